//! Notice drafts: the pricing notice carries every figure and date of seed 000 (IIJ,
//! 2013-07-10) exactly as the notice prints them; the stock-option notice carries seed 001's
//! terms and the computed amount per right; user text cannot break either format.

mod common;

use offering_desk::domain::{FieldError, Message};
use offering_desk::i18n::Language;
use offering_desk::report::{ExportError, ExportOptions, Format, render, render_with};
use offering_desk::scenario::{self, Scenario, ScenarioResults};

fn sample() -> Scenario {
    scenario::sample().expect("bundled sample loads")
}

fn rendered(format: Format, s: &Scenario) -> String {
    let results = ScenarioResults::compute(s);
    let bytes = render(format, s, &results).unwrap_or_else(|e| panic!("{format:?}: {e}"));
    String::from_utf8(bytes).expect("UTF-8")
}

fn rendered_in(format: Format, s: &Scenario, language: Language) -> Result<String, ExportError> {
    let results = ScenarioResults::compute(s);
    let options = ExportOptions {
        language,
        ..ExportOptions::default()
    };
    render_with(format, s, &results, options).map(|b| String::from_utf8(b).expect("UTF-8"))
}

/// The text a reader sees: tags dropped, the five escapes decoded.
fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(ch),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Every figure and date of seed 000, written out by hand from the notice text.
const SEED_000: &[&str] = &[
    "JPY3,346",
    "JPY15,726,200,000",
    "JPY3,208",
    "JPY15,077,600,000",
    "JPY7,538,800,000",
    "JPY2,342,200,000",
    "JPY2,245,600,000",
    "JPY1,122,800,000",
    "JPY3,450",
    "3.01%",
    "JPY17,223,200,000",
    "JPY10,122,000,000",
    "JPY5,111,200,000",
    "JPY1,990,000,000",
    "700,000",
    "Thursday, July 11, 2013 to Friday, July 12, 2013",
    "Thursday, July 18, 2013",
    "Friday, July 19, 2013",
    "Friday, August 2, 2013",
    "Monday, August 5, 2013",
    "Wednesday, July 10, 2013",
    "Saturday, July 13, 2013 to Monday, July 29, 2013",
];

/// Phrases of seed 000 that carry its figures in context.
const SEED_000_PHRASES: &[&str] = &[
    "Notice of Issue Price and Selling Price for Offering in Japan",
    "Tokyo, July 10, 2013 - Internet Initiative Japan Inc.",
    "today announces that it has determined the issue price and the selling price",
    "JPY3,346 per share",
    "JPY3,208 per share",
    "JPY2,245,600,000 (maximum)",
    "JPY1,122,800,000 (maximum)",
    "estimated to be up to JPY17,223,200,000 in total",
    "JPY10,122,000,000 is planned to be used for capital investment for the Network Services \
     and Systems Integration business by the end of March 2015",
    "JPY1,990,000,000 is planned to be used to repay debt to be repaid by August 2014",
    "Syndicate Cover Transaction Period",
];

/// Seed 000's first sentence, copied from the notice.
const SEED_000_OPENING: &str = "Tokyo, July 10, 2013 - Internet Initiative Japan Inc. \
(\"IIJ\", the \"Company\", \"we\", NASDAQ:IIJI, TSE:3774) today announces that it has \
determined the issue price and the selling price in relation to the issuance of new shares and \
the secondary offering of shares (secondary offering by way of over-allotment) resolved at the \
meeting of the Board of Directors held on July 2, 2013.";

/// Seed 000's "3. Use of Proceeds", copied from the notice.
const SEED_000_USE_OF_PROCEEDS: &str = "Out of proceeds from the Public Offering of new shares \
and the Issuance through Third-Party Allotment, which are estimated to be up to \
JPY17,223,200,000 in total, JPY10,122,000,000 is planned to be used for capital investment for \
the Network Services and Systems Integration business by the end of March 2015, \
JPY5,111,200,000 is planned to be used to repay debt for network equipment leased by the end of \
March 2013 and to be repaid by the end of March 2015 and JPY1,990,000,000 is planned to be used \
to repay debt to be repaid by August 2014. For more information, please refer to our press \
release entitled \"Notice Concerning Issuance of New Shares and Secondary Offering of Shares in \
Japan\" on July 2, 2013.";

/// The Markdown paragraph that starts with `start` (the drafts' sentences contain no
/// Markdown metacharacters, so it reads as the notice prints it).
fn paragraph<'a>(md: &'a str, start: &str) -> &'a str {
    md.lines()
        .find(|l| l.starts_with(start))
        .unwrap_or_else(|| panic!("no paragraph starting {start:?} in:\n{md}"))
}

/// Occurrences of `pattern` in Markdown not preceded by a backslash escape.
fn unescaped(md: &str, pattern: &str) -> usize {
    md.match_indices(pattern)
        .filter(|(i, _)| !md[..*i].ends_with('\\'))
        .count()
}

fn assert_contains_all(text: &str, expected: &[&str], what: &str) {
    let missing: Vec<&&str> = expected.iter().filter(|e| !text.contains(**e)).collect();
    assert!(missing.is_empty(), "{what} lacks {missing:?}:\n{text}");
}

#[test]
fn pricing_markdown_carries_every_figure_and_date_of_seed_000() {
    let md = rendered(Format::PricingNoticeMd, &sample());
    assert_contains_all(&md, SEED_000, "pricing Markdown");
    assert_contains_all(&md, SEED_000_PHRASES, "pricing Markdown");
    assert!(md.contains("DRAFT"), "{md}");
    assert!(md.contains("Offering Desk"), "{md}");
    assert!(md.contains(&sample().title), "names the scenario");
    assert!(md.contains("Legal notes as in the company's template"));
    assert_eq!(paragraph(&md, "Tokyo, "), SEED_000_OPENING);
    assert_eq!(paragraph(&md, "Out of proceeds"), SEED_000_USE_OF_PROCEEDS);
    // A Markdown table with its figures column right-aligned.
    assert!(md.contains("| :--- | ---: |"), "{md}");
    assert!(
        md.contains("| 1. Issue Price | JPY3,346 per share |"),
        "{md}"
    );
    // The notice's number style: no space after JPY, none before %.
    assert!(!md.contains("JPY 3,346"));
    assert!(!md.contains("3.01 %"));
}

#[test]
fn pricing_html_carries_every_figure_and_date_of_seed_000() {
    let html = rendered(Format::PricingNoticeHtml, &sample());
    let text = visible_text(&html);
    assert_contains_all(&text, SEED_000, "pricing HTML text");
    assert_contains_all(&text, SEED_000_PHRASES, "pricing HTML text");
    assert_contains_all(
        &text,
        &[SEED_000_OPENING, SEED_000_USE_OF_PROCEEDS],
        "pricing HTML text",
    );
    assert!(
        text.contains("<For References>"),
        "escaped heading reads right"
    );
    assert!(html.contains("&lt;For References&gt;"));
    assert!(text.contains("DRAFT"));
}

#[test]
fn html_is_a_standalone_a4_print_document() {
    for format in [Format::PricingNoticeHtml, Format::OptionNoticeHtml] {
        let html = rendered(format, &sample());
        assert!(html.starts_with("<!doctype html>"), "{format:?}");
        assert!(html.contains("<meta charset=\"utf-8\">"), "{format:?}");
        assert!(
            html.contains("@page { size: A4; margin: 20mm }"),
            "{format:?}"
        );
        assert!(html.contains("<title>"), "{format:?}");
        assert!(html.contains("<td class=\"num\">"), "right-aligned figures");
        assert!(html.trim_end().ends_with("</html>"), "{format:?}");
        // Balanced structure: every table and paragraph is closed.
        for tag in ["table", "p", "tr", "td", "ul", "li", "pre"] {
            let open = html.matches(&format!("<{tag}>")).count()
                + html.matches(&format!("<{tag} ")).count();
            let close = html.matches(&format!("</{tag}>")).count();
            assert_eq!(open, close, "{format:?}: <{tag}> {open} vs {close}");
        }
    }
}

#[test]
fn option_notice_carries_the_terms_of_seed_001_and_the_computed_amount() {
    let s = sample();
    let md = rendered(Format::OptionNoticeMd, &s);
    let html = rendered(Format::OptionNoticeHtml, &s);
    let text = visible_text(&html);
    let expected = [
        "Notice regarding Issuance of Stock-Compensation-Type Stock Options",
        "Internet Initiative Japan Inc. Stock Acquisition Rights (3rd series)",
        "Maximum number of stock acquisition rights: 135",
        "shall be two hundred (200)",
        "rounded down",
        "the exercise price shall be one (1) yen",
        "From July 12, 2013 to July 11, 2043",
        "half of the upper limit of capital increase",
        "rounded up to the nearest yen",
        "Black-Scholes",
        "C = S·e^(−qT)·N(d) − X·e^(−rT)·N(d − σ√T)",
        "July 11, 2013",
        // The figures below: tests/reference/sample.json (mpmath from the scenario
        // file): σ 0.425281, C = 3,325.592368080560…, C × 200 = 665,118.4736… →
        // 665,119; 95 and 40 rights × 665,119; limit 135 × 665,119 + 27,000 × 1 =
        // 89,818,065, half rounded up to capital stock.
        "JPY3,509",
        "42.5281%",
        "1.25%",
        "15 years",
        "JPY665,119",
        "JPY3,325.5923680806",
        "JPY665,118.47361612",
        // The allotment table: groups, persons, rights, value, totals.
        "Directors (excluding part-time and outside directors)",
        "Executive officers",
        "JPY63,186,305",
        "JPY26,604,760",
        "JPY89,791,065",
        "27,000",
        // Capital on exercise of all 135 rights.
        "JPY89,818,065",
        "JPY44,909,033",
        "JPY44,909,032",
        // The scenario notes saying S, σ, r and the dividend are illustrative.
        "ILLUSTRATIVE",
        "SYNTHETIC",
    ];
    assert_contains_all(&md, &expected, "option Markdown");
    assert_contains_all(&text, &expected, "option HTML text");
    for row in [
        "| Directors (excluding part-time and outside directors) | 7 | 95 | 19,000 | JPY63,186,305 |",
        "| Executive officers | 10 | 40 | 8,000 | JPY26,604,760 |",
        "| **Total** | **17** | **135** | **27,000** | **JPY89,791,065** |",
    ] {
        assert!(md.contains(row), "{row}\n{md}");
    }
    assert!(md.contains("DRAFT") && text.contains("DRAFT"));
}

#[test]
fn option_amount_per_right_matches_the_computed_results() {
    let s = sample();
    let r = ScenarioResults::compute(&s);
    let amount = r.option.as_ref().expect("option computes").per_right.amount;
    // tests/reference/sample.json: C × 200 = 665,118.4736… → rounded up.
    assert_eq!(amount.to_string(), "665119");
    let md = rendered(Format::OptionNoticeMd, &s);
    assert!(md.contains("| **JPY665,119** |"), "{md}");
}

#[test]
fn a_later_consolidation_is_illustrated_with_fractions_rounded_down() {
    let mut s = sample();
    s.option.later_split_ratio = "0.333".parse().unwrap();
    let md = rendered(Format::OptionNoticeMd, &s);
    assert!(
        md.contains(
            "at a ratio of 0.333, 200 × 0.333 = 66.6 shares, rounded down to 66 shares per right"
        ),
        "{md}"
    );
    // No illustration when the scenario has no later split.
    let md = rendered(Format::OptionNoticeMd, &sample());
    assert!(!md.contains("rounded down to 200 shares per right"), "{md}");
}

#[test]
fn a_deal_without_over_allotment_or_third_party_allotment_still_drafts() {
    let mut s = sample();
    s.offering.over_allotment_shares = 0;
    s.offering.allotment_shares = 0;
    let md = rendered(Format::PricingNoticeMd, &s);
    assert!(
        md.contains("No secondary offering by way of over-allotment"),
        "{md}"
    );
    assert!(
        md.contains("No new shares are issued by way of third-party allotment"),
        "{md}"
    );
    assert!(!md.contains("Syndicate Cover Transaction Period"), "{md}");
    assert!(
        !md.contains("secondary offering by way of over-allotment) resolved"),
        "{md}"
    );
    // Net proceeds fall to 15,077,600,000 − 100,000,000; the planned uses no longer reconcile.
    assert!(md.contains("up to JPY14,977,600,000 in total"), "{md}");
    assert!(
        md.contains("differs from the net proceeds of JPY14,977,600,000"),
        "{md}"
    );
}

#[test]
fn user_text_is_escaped_in_html_and_harmless_in_markdown() {
    let mut s = sample();
    let hostile = "<script>alert(1)</script> & co";
    s.offering.uses_of_proceeds[0].purpose = hostile.into();
    s.title = "Deal \"X\" | 'Y' <b>".into();
    s.company.name = "# ACME | <i>Corp</i>".into();
    s.option.allotment[0].name = "Directors | *all* <em>".into();
    s.notes = "- one\n# two\n1. three <img src=x onerror=alert(1)>".into();

    for format in [Format::PricingNoticeHtml, Format::OptionNoticeHtml] {
        let html = rendered(format, &s);
        assert!(!html.contains("<script>"), "{format:?}");
        assert!(!html.contains("<img"), "{format:?}");
        assert!(!html.contains("<i>Corp"), "{format:?}");
        assert!(!html.contains("<b>"), "{format:?}");
        assert!(html.contains("&quot;X&quot;"), "{format:?}");
        assert!(html.contains("&#39;Y&#39;"), "{format:?}");
        if format == Format::PricingNoticeHtml {
            assert!(
                html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"),
                "{html}"
            );
            assert!(visible_text(&html).contains(hostile));
        }
    }

    let md = rendered(Format::PricingNoticeMd, &s);
    assert!(!md.contains("<script>"), "{md}");
    assert!(
        md.contains("\\<script\\>alert(1)\\</script\\> \\& co"),
        "{md}"
    );
    // The purpose is in the Use of Proceeds sentence, escaped there.
    assert!(
        paragraph(&md, "Out of proceeds").contains(
            "JPY10,122,000,000 is planned to be used for \\<script\\>alert(1)\\</script\\> \\& \
             co by the end of March 2015"
        ),
        "{md}"
    );
    assert!(md.contains("\\# ACME \\| \\<i\\>Corp\\</i\\>"), "{md}");
    // Notes lines cannot become headings or lists.
    assert!(!md.lines().any(|l| l.starts_with("- one")), "{md}");
    assert!(!md.lines().any(|l| l.starts_with("# two")), "{md}");
    assert_eq!(unescaped(&md, "<img"), 0, "{md}");
    assert_eq!(unescaped(&md, "<script"), 0, "{md}");

    let md = rendered(Format::OptionNoticeMd, &s);
    let row = md
        .lines()
        .find(|l| l.starts_with("| Directors"))
        .expect("allotment row");
    assert_eq!(row.matches(" | ").count(), 4, "{row}");
    assert!(row.contains("Directors \\| \\*all\\* \\<em\\>"), "{row}");
}

#[test]
fn an_invalid_section_makes_the_draft_incomplete() {
    let s = sample();
    let mut r = ScenarioResults::compute(&s);
    r.offering = Err(FieldError::new("offering.x", Message::id("err-not-empty")));
    for format in [Format::PricingNoticeMd, Format::PricingNoticeHtml] {
        match render(format, &s, &r) {
            Err(e @ ExportError::Incomplete { section, .. }) => {
                assert_eq!(section, "offering");
                let message = e.to_string();
                assert!(message.contains("offering.x") && message.contains("must not be empty"));
                // Said in Japanese too, naming the section as the window does.
                let ja = e.message_in(Language::Japanese);
                assert!(ja.starts_with("募集・売出しに問題があるため書き出せません：offering.x："));
            }
            other => panic!("{format:?}: {other:?}"),
        }
    }
    // The option notice does not need the offering.
    assert!(render(Format::OptionNoticeMd, &s, &r).is_ok());

    let mut r = ScenarioResults::compute(&s);
    r.timetable = Err(FieldError::new(
        "schedule.calculation_date",
        Message::id("err-not-empty"),
    ));
    assert!(matches!(
        render(Format::PricingNoticeHtml, &s, &r),
        Err(ExportError::Incomplete {
            section: "timetable",
            ..
        })
    ));

    let mut r = ScenarioResults::compute(&s);
    r.option = Err(FieldError::new(
        "option.volatility",
        Message::id("err-not-empty"),
    ));
    for format in [Format::OptionNoticeMd, Format::OptionNoticeHtml] {
        assert!(matches!(
            render(format, &s, &r),
            Err(ExportError::Incomplete {
                section: "option",
                ..
            })
        ));
    }
}

#[test]
fn markdown_and_html_are_written_from_the_same_content() {
    // Every table cell of the Markdown appears as a cell of the HTML.
    let s = sample();
    for (md_format, html_format) in [
        (Format::PricingNoticeMd, Format::PricingNoticeHtml),
        (Format::OptionNoticeMd, Format::OptionNoticeHtml),
    ] {
        let md = rendered(md_format, &s);
        let html = rendered(html_format, &s);
        let md_rows = md.lines().filter(|l| l.starts_with("| ")).count();
        let md_separators = md
            .lines()
            .filter(|l| l.starts_with("| :---") || l.starts_with("| ---"))
            .count();
        let html_rows = html.matches("<tr").count();
        assert_eq!(md_rows, html_rows + md_separators, "{md_format:?}");
        let md_headings = md.lines().filter(|l| l.starts_with('#')).count();
        let html_headings = (1..=6)
            .map(|n| html.matches(&format!("<h{n}>")).count())
            .sum::<usize>();
        assert_eq!(md_headings, html_headings, "{md_format:?}");
    }
}

// ---------------------------------------------------------------- wording from the scenario

fn use_of(purpose: &str, amount: &str, deadline: &str) -> scenario::UseOfProceedsTerms {
    scenario::UseOfProceedsTerms {
        purpose: purpose.into(),
        amount: amount.parse().unwrap(),
        deadline: deadline.into(),
        ..Default::default()
    }
}

/// The Use of Proceeds paragraph for `uses` on the sample's offering.
fn proceeds_sentence(uses: Vec<scenario::UseOfProceedsTerms>) -> String {
    let mut s = sample();
    s.offering.uses_of_proceeds = uses;
    let md = rendered(Format::PricingNoticeMd, &s);
    paragraph(&md, "Out of proceeds").to_owned()
}

/// What every sentence of the sample's offering starts and ends with (seed 000).
const FROM: &str = "Out of proceeds from the Public Offering of new shares and the Issuance \
through Third-Party Allotment, which are estimated to be up to JPY17,223,200,000 in total, ";
const RELEASE: &str = " For more information, please refer to our press release entitled \
\"Notice Concerning Issuance of New Shares and Secondary Offering of Shares in Japan\" on July \
2, 2013.";

#[test]
fn use_of_proceeds_reads_grammatically_for_one_two_and_four_uses() {
    // Expected sentences written by hand.
    assert_eq!(
        proceeds_sentence(vec![use_of(
            "for working capital",
            "17223200000",
            "by the end of March 2014"
        )]),
        format!(
            "{FROM}JPY17,223,200,000 is planned to be used for working capital by the end of \
             March 2014.{RELEASE}"
        )
    );
    // A noun phrase (as version 1 files hold) is used "for" it; a bare date is a
    // deadline "by" it; a use without a deadline has none; a typed full stop is dropped.
    assert_eq!(
        proceeds_sentence(vec![
            use_of(
                "Capital investment in data centres",
                "10000000000",
                "the end of March 2015"
            ),
            use_of("to repay bank loans.", "7223200000", ""),
        ]),
        format!(
            "{FROM}JPY10,000,000,000 is planned to be used for capital investment in data \
             centres by the end of March 2015 and JPY7,223,200,000 is planned to be used to repay \
             bank loans.{RELEASE}"
        )
    );
    assert_eq!(
        proceeds_sentence(vec![
            use_of("for IT systems", "5000000000", "By March 2014"),
            use_of(
                "for research and development",
                "4000000000",
                "within three years"
            ),
            use_of(
                "to repay commercial paper",
                "3000000000",
                "due in September 2013"
            ),
            use_of("for working capital", "5223200000", "  "),
        ]),
        format!(
            "{FROM}JPY5,000,000,000 is planned to be used for IT systems by March 2014, \
             JPY4,000,000,000 is planned to be used for research and development within three \
             years, JPY3,000,000,000 is planned to be used to repay commercial paper due in \
             September 2013 and JPY5,223,200,000 is planned to be used for working \
             capital.{RELEASE}"
        )
    );
}

#[test]
fn a_deal_without_third_party_allotment_or_uses_still_reads() {
    let mut s = sample();
    s.offering.allotment_shares = 0;
    s.offering.uses_of_proceeds.clear();
    s.drafts.launch_release_title.clear();
    s.drafts.launch_release_date = None;
    s.schedule.launch_resolution_date = None;
    let md = rendered(Format::PricingNoticeMd, &s);
    // 15,077,600,000 − 100,000,000 = 14,977,600,000; written by hand.
    assert_eq!(
        paragraph(&md, "The proceeds from"),
        "The proceeds from the Public Offering of new shares are estimated to be up to \
         JPY14,977,600,000 in total. For more information, please refer to our press release \
         entitled \"\\[title of the launch press release\\]\" on \\[date of the launch press \
         release\\]."
    );
    assert!(md.contains("\\[The planned uses of the proceeds"), "{md}");
    assert!(
        paragraph(&md, "Tokyo, July 10, 2013 - ")
            .ends_with("held on \\[date of the resolution\\]."),
        "{md}"
    );
}

#[test]
fn the_launch_release_date_defaults_to_the_launch_resolution() {
    let mut s = sample();
    s.drafts.launch_release_date = None;
    s.schedule.launch_resolution_date = "2013-07-01".parse().ok();
    let md = rendered(Format::PricingNoticeMd, &s);
    assert!(
        paragraph(&md, "Out of proceeds").ends_with("Shares in Japan\" on July 1, 2013."),
        "{md}"
    );
}

#[test]
fn the_identification_line_comes_from_the_company_fields() {
    let mut s = sample();
    s.company.name = "Example Holdings K.K.".into();
    s.company.short_name.clear();
    s.company.listing_codes = vec!["TSE:9999".into()];
    s.company.dateline_city = "Osaka".into();
    let md = rendered(Format::PricingNoticeMd, &s);
    assert!(
        paragraph(&md, "Osaka, July 10, 2013 - ").starts_with(
            "Osaka, July 10, 2013 - Example Holdings K.K. (the \"Company\", \"we\", TSE:9999) \
             today announces"
        ),
        "{md}"
    );
    s.company.listing_codes.clear();
    s.company.dateline_city.clear();
    let md = rendered(Format::PricingNoticeMd, &s);
    assert!(
        paragraph(&md, "July 10, 2013 - ").starts_with(
            "July 10, 2013 - Example Holdings K.K. (the \"Company\", \"we\") today announces"
        ),
        "{md}"
    );
}

#[test]
fn the_number_of_new_shares_is_printed_only_when_asked() {
    // Seed 000 has no such row: the number is in the launch notice.
    let md = rendered(Format::PricingNoticeMd, &sample());
    assert!(!md.contains("Number of New Shares to be Offered"), "{md}");
    let mut s = sample();
    s.drafts.show_new_shares_offered = true;
    let md = rendered(Format::PricingNoticeMd, &s);
    for row in [
        "| Number of New Shares to be Offered | 4,700,000 shares of common stock |",
        "| Number of New Shares to be Offered | 700,000 shares (maximum) |",
    ] {
        assert!(md.contains(row), "{row}\n{md}");
    }
}

/// The option notice against seed 001. Deliberate differences from the seed: the dateline
/// and identification line are written as in seed 000; the legal basis cites the
/// Companies Act correctly ("Article 238 Paragraphs 1 and 2"); the footnote names the
/// company by its short name where the seed misspells it ("IJJ"); item 5) says "between
/// … and …" where the seed has "between … to …".
#[test]
fn the_option_notice_reads_as_seed_001() {
    let s = sample();
    let md = rendered(Format::OptionNoticeMd, &s);
    let text = visible_text(&rendered(Format::OptionNoticeHtml, &s));
    assert_eq!(
        paragraph(&md, "Tokyo, June 26, 2013 - "),
        "Tokyo, June 26, 2013 - Internet Initiative Japan Inc. (\"IIJ\", the \"Company\", \
         \"we\", NASDAQ:IIJI, TSE:3774) announced that IIJ's Board of Directors today resolved \
         that stock-compensation-type stock options (Stock Acquisition Rights) be issued to \
         Directors (excluding part-time and outside directors) and Executive officers of IIJ, \
         in accordance with the provisions of Article 236 Paragraph 1, Article 238 Paragraphs 1 \
         and 2 and Article 240 Paragraph 1 of the Companies Act, as follows."
    );
    // Sentences of seed 001, copied from the notice.
    let seed = [
        // (3), second paragraph: when an adjusted number takes effect.
        "In the case of a share split, the Number of Shares Granted after adjustment shall \
         apply from the day after the record date of the said share split. Whereas, in the case \
         of a share consolidation, the Number of Shares Granted after adjustment shall apply \
         from the day the share consolidation becomes effective. Provided, however, that in \
         cases where the Company conducts a share split conditional on approval at a General \
         Meeting of Shareholders of the Company of a proposal to reduce surplus and increase \
         capital stock and capital reserve, and the record date for the share split shall be \
         the day prior to the day on which said shareholders' meeting closes, the Number of \
         Shares Granted after adjustment shall retroactively apply from the day after the day \
         the applicable shareholders' meeting closes and the day following the applicable \
         record date.",
        // (12), the inputs.
        "2) Share price (S): the closing price (base price for the next trading day when there \
         is no closing price) of the common stock of the Company in regular trading on the \
         Tokyo Stock Exchange on July 11, 2013",
        "3) Exercise price (X): one (1) yen",
        "4) Expected remaining period (T): 15 years",
        "6) Risk-free interest rate (r): The interest rate on super-long-term Japanese \
         government bonds with remaining years corresponding to the expected remaining period.",
        "7) Dividend yield (q): Dividend per share (amount of dividend per share paid for the \
         fiscal year ended March, 2013) divided by the share price as set forth in 2) above.",
        // The footnote, with the seed's "IJJ" read as the short name.
        "* IIJ conducted a 1:200 stock split on common stock with an effective date of October \
         1, 2012. Dividend yield above is calculated based on the paid dividends per share for \
         the fiscal year retroactively adjusted to reflect the stock split.",
        "The monetary remuneration claims of the person who will be allotted the stock \
         acquisition rights against the Company and their obligations to pay for the allotment \
         of the stock acquisition rights will be offset.",
    ];
    assert_contains_all(&text, &seed, "option HTML text");
    assert!(
        text.contains(
            "5) Volatility (σ): volatility of share price computed based on the closing price of \
             the common stock of the Company in regular trading for the last trading date of \
             each week between December 2, 2005 and July 11, 2013."
        ),
        "{text}"
    );
    // q as a percentage like σ and r: 12.5 ÷ 3,509 = 0.356226845…% → six decimals.
    assert!(md.contains("| 7) Dividend yield (q) | 0.356227% |"), "{md}");
    // 2,500 ÷ 200 = 12.50 yen per share after the split.
    assert!(
        md.contains("| \u{2003}Adjusted for the 1:200 stock split | JPY12.50 |"),
        "{md}"
    );
    // The footnote sits under item 7) in the Markdown list (a hard line break).
    assert!(
        md.contains("divided by the share price as set forth in 2) above.\\\n  \\* IIJ conducted"),
        "{md}"
    );
}

/// Every line of items (8), (9) and (11) of seed 001, as the notice prints them.
fn seed_001_item_lines() -> Vec<String> {
    let seed = include_str!("fixtures/seed-001-items-8-9-11.txt");
    seed.lines()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

#[test]
fn option_items_8_9_and_11_default_to_the_seed_wording_and_can_be_edited() {
    let s = sample();
    let text = visible_text(&rendered(Format::OptionNoticeHtml, &s));
    let lines = seed_001_item_lines();
    // 3 headings, 2 paragraphs, 2 + 18 + 5 item lines: counted in the seed.
    assert_eq!(lines.len(), 30, "{lines:?}");
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    assert_contains_all(&text, &refs, "option HTML text");
    assert!(!text.contains(": as in the company's template"), "{text}");
    // In order: (8), (9), (10), (11), (12).
    let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("{needle}"));
    assert!(at("(8) Conditions for acquisition") < at("(9) Matters concerning"));
    assert!(at("(9) Matters concerning") < at("(10) Rules pertaining"));
    assert!(at("(10) Rules pertaining") < at("(11) Other terms"));
    assert!(at("(11) Other terms") < at("5) Matters concerning other conditions"));

    let mut s = sample();
    s.option.exercise_conditions =
        "1) No partial exercise.\n2) Within ten days of leaving office.\n   Unless by death."
            .into();
    s.option.acquisition_conditions = "Not applicable.".into();
    let md = rendered(Format::OptionNoticeMd, &s);
    assert!(
        md.contains(
            "- 1\\) No partial exercise.\n- 2\\) Within ten days of leaving office.\\\n  Unless \
             by death.\n"
        ),
        "{md}"
    );
    assert!(md.contains("\nNot applicable.\n"), "{md}");
    assert!(!md.contains("Partial execution of each"), "{md}");
    // Item (9) still has the seed's wording.
    assert!(md.contains("Organizational Restructuring"), "{md}");
}

#[test]
fn the_dividend_footnote_follows_the_split_and_the_fiscal_year() {
    let mut s = sample();
    // A 2:1 consolidation since a dividend of 6.25 yen: 12.50 yen per share today.
    s.option.dividend_split_ratio = "0.5".parse().unwrap();
    s.option.dividend_per_share = "6.25".parse().unwrap();
    s.option.dividend_split_effective_date = None;
    s.option.dividend_fiscal_year_end = None;
    s.company.short_name.clear();
    let text = visible_text(&rendered(Format::OptionNoticeHtml, &s));
    // Written by hand for a 2:1 consolidation with no date and no fiscal year given.
    for sentence in [
        "7) Dividend yield (q): Dividend per share (amount of dividend per share paid for the \
         last fiscal year) divided by the share price as set forth in 2) above.",
        "* The Company conducted a 2:1 share consolidation on common stock. Dividend yield \
         above is calculated based on the paid dividends per share for the fiscal year \
         retroactively adjusted to reflect the share consolidation.",
    ] {
        assert!(text.contains(sentence), "{sentence}\n{text}");
    }
    // No split since the dividend: no footnote.
    s.option.dividend_split_ratio = rust_decimal::Decimal::ONE;
    let text = visible_text(&rendered(Format::OptionNoticeHtml, &s));
    assert!(!text.contains("conducted a"), "{text}");
    assert!(!text.contains("Adjusted for the"), "{text}");
}

#[test]
fn a_version_1_file_drafts_with_the_dateline_and_code_it_printed_before() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/scenario-v1.json"
    );
    let v1 = offering_desk::storage::load_scenario(std::path::Path::new(path)).unwrap();
    let md = rendered(Format::PricingNoticeMd, &v1);
    assert!(
        paragraph(&md, "Tokyo, July 10, 2013 - ").starts_with(
            "Tokyo, July 10, 2013 - Internet Initiative Japan Inc. (the \"Company\", \"we\", \
             TSE:3774) today announces"
        ),
        "{md}"
    );
    // Version 1 purposes are noun phrases: each reads "for …".
    assert!(
        md.contains(
            "JPY10,122,000,000 is planned to be used for capital investment for the Network \
             Services and Systems Integration business by the end of March 2015"
        ),
        "{md}"
    );
}

#[test]
fn dates_the_board_fixes_are_marked_assumed_until_entered() {
    // The cover period's end and the third-party allotment's dates come from fitted
    // offsets (12 and 16 TSE business days) until the launch notice's dates are entered.
    let mark = "[assumed — set the date from the launch notice]";
    let mut s = sample();
    for format in [Format::PricingNoticeMd, Format::PricingNoticeHtml] {
        let text = rendered(format, &s);
        let text = if format == Format::PricingNoticeHtml {
            visible_text(&text)
        } else {
            text.replace('\\', "")
        };
        for date in [
            "Friday, August 2, 2013",
            "Monday, August 5, 2013",
            "Monday, July 29, 2013",
        ] {
            assert!(
                text.contains(&format!("{date} {mark}")),
                "{format:?}: {date} not marked"
            );
        }
        assert_eq!(text.matches(mark).count(), 3, "{format:?}");
    }
    // Seed 000's dates, entered as the launch notice fixed them: the marks go, the dates stay.
    let date = |t: &str| chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").unwrap();
    let o = &mut s.schedule.overrides;
    o.cover_end = Some(date("2013-07-29"));
    o.allotment_subscription = Some(date("2013-08-02"));
    o.allotment_payment = Some(date("2013-08-05"));
    let text = rendered(Format::PricingNoticeMd, &s);
    assert!(
        !text.contains("assumed"),
        "marks left after the dates were entered"
    );
    assert_contains_all(&text.replace('\\', ""), SEED_000, "entered dates");
}

/// Seed 000's figures and dates as a Japanese notice prints them: the amounts of the
/// English notice in 円, its dates with their weekdays (July 10, 2013 a Wednesday, July
/// 11 a Thursday, … as the English notice names them; July 13, 2013 a Saturday).
const SEED_000_JA: &[&str] = &[
    "# 発行価格及び売出価格等の決定に関するお知らせ",
    "2013年7月2日開催の当社取締役会において決議いたしました新株式発行及び当社株式の売出しに関し",
    "(1) 発行価格（募集価格） | 1株につき3,346円",
    "(2) 発行価格の総額 | 15,726,200,000円",
    "(3) 払込金額 | 1株につき3,208円",
    "(4) 払込金額の総額 | 15,077,600,000円",
    "増加する資本金の額 | 7,538,800,000円",
    "増加する資本準備金の額 | 7,538,800,000円",
    "(6) 申込期間 | 2013年7月11日（木）～2013年7月12日（金）",
    "(7) 払込期日 | 2013年7月18日（木）",
    "(1) 売出株式数 | 700,000株",
    "(3) 売出価格の総額 | 2,342,200,000円",
    "(5) 受渡期日 | 2013年7月19日（金）",
    "(2) 払込金額の総額 | 2,245,600,000円（上限）",
    "増加する資本金の額 | 1,122,800,000円（上限）",
    "(4) 申込期日 | 2013年8月2日（金）［仮の日付］",
    "(5) 払込期日 | 2013年8月5日（月）［仮の日付］",
    "(1) 算定基準日及びその価格 | 2013年7月10日（水）　3,450円",
    "(2) ディスカウント率 | 3.01%",
    "2013年7月13日（土）から2013年7月29日（月）まで［仮の日付］",
    "手取概算額合計上限17,223,200,000円",
    "10,122,000,000円",
    "5,111,200,000円",
    "1,990,000,000円",
];

#[test]
fn the_japanese_pricing_notice_carries_every_figure_and_date_of_seed_000() {
    let md = rendered_in(Format::PricingNoticeMd, &sample(), Language::Japanese).unwrap();
    assert_contains_all(&md, SEED_000_JA, "Japanese markdown");
    // The three dates from fitted offsets are marked, and the mark explained once.
    assert_eq!(md.matches("［仮の日付］").count(), 4);
    assert_eq!(
        md.matches("発行決議時のお知らせに記載の日付を入力してください")
            .count(),
        1
    );
    // No English left in the notice's own words (the scenario's texts are the user's).
    for english in ["JPY", "Issue Price", "Item | Terms", "per share", "DRAFT"] {
        assert!(!md.contains(english), "{english:?} in the Japanese draft");
    }
    let html = rendered_in(Format::PricingNoticeHtml, &sample(), Language::Japanese).unwrap();
    assert!(html.contains("<html lang=\"ja\">"));
    assert!(html.contains("Mincho"));
    let text = visible_text(&html);
    for expected in [
        "1株につき3,346円",
        "2013年7月18日（木）",
        "3.01%",
        "2,245,600,000円（上限）",
    ] {
        assert!(
            text.contains(expected),
            "{expected} missing from the Japanese HTML"
        );
    }
    // The English draft is unchanged by the language option's default.
    let en = rendered_in(Format::PricingNoticeMd, &sample(), Language::English).unwrap();
    assert_eq!(en, rendered(Format::PricingNoticeMd, &sample()));
}

/// Seed 001's terms as the Japanese option notice states them, and the sample's computed
/// figures (tests/reference/sample.json: C × 200 = 665,118.4736… → 665,119; 135 rights
/// exercised: limit 89,818,065, half rounded up 44,909,033).
const SEED_001_JA: &[&str] = &[
    "# 株式報酬型ストックオプション（新株予約権）の発行に関するお知らせ",
    "2013年6月26日開催の取締役会において、会社法第236条第1項、第238条第1項及び第2項並びに第240条第1項",
    "### (2) 新株予約権の総数　135個",
    "新株予約権1個当たりの目的となる株式の数（以下「付与株式数」という。）は200株とする。",
    "（以下「行使価額」という。）を1円とし、これに付与株式数を乗じた金額とする（新株予約権1個当たり200円）。",
    "2013年7月12日から2043年7月11日まで",
    "会社計算規則第17条第1項",
    "| 資本金等増加限度額 | 89,818,065円 |",
    "増加する資本金の額（2分の1、1円未満切上げ） | 44,909,033円 |",
    "2\\) 株価（S）：2013年7月11日の東京証券取引所",
    "4\\) 予想残存期間（T）：15年",
    "| 5) 株価変動性（σ） | 42.5281% |",
    "| ＝ 新株予約権1個当たりのオプション価格 | 665,118.47361612円 |",
    "| **新株予約権1個当たりの払込金額（1円未満切上げ）** | **665,119円** |",
    "| **合計** | **17名** | **135個** | **27,000株** | **89,791,065円** |",
    "### (13) 新株予約権の割当日\n\n2013年7月11日",
    "新株予約権証券は発行しない。",
];

#[test]
fn the_japanese_option_notice_carries_the_terms_of_seed_001() {
    let md = rendered_in(Format::OptionNoticeMd, &sample(), Language::Japanese).unwrap();
    assert_contains_all(&md, SEED_001_JA, "Japanese option notice");
    // Items (8), (9), (11) left empty in the scenario print the Japanese standard wording.
    assert!(md.contains("当社が消滅会社となる合併契約承認の議案"));
    assert!(md.contains("会社法第236条第1項第8号イからホまで"));
    assert!(md.contains("各新株予約権の一部行使はできないものとする。"));
    // The 1:200 split behind the dividend yield is named in the footnote.
    assert!(md.contains("2012年10月1日を効力発生日として普通株式1株につき200株の割合での株式分割"));
    for english in [
        "JPY",
        "Stock Acquisition Right Holder",
        "Item | Terms",
        "DRAFT",
    ] {
        assert!(!md.contains(english), "{english:?} in the Japanese draft");
    }
    // A text the user typed is printed as typed, in either language (one typed in the
    // English field only: the Japanese draft has none of its own, see below).
    let mut s = sample();
    s.option.exercise_conditions = "1) 独自の行使条件".into();
    let md = rendered_in(Format::OptionNoticeMd, &s, Language::Japanese).unwrap();
    assert!(md.contains("1\\) 独自の行使条件"));
    assert!(!md.contains("各新株予約権の一部行使はできないものとする。"));
    let html = rendered_in(Format::OptionNoticeHtml, &sample(), Language::Japanese).unwrap();
    assert!(html.contains("<html lang=\"ja\">"));
    assert!(visible_text(&html).contains("665,119円"));
}

#[test]
fn each_draft_prints_its_own_languages_item_text_else_the_others() {
    let english_item = "1) Not applicable: the rights are not acquired by the Company.";
    let japanese_item = "1) 当社は本新株予約権を取得しない。";
    let en_md = |s: &Scenario| rendered(Format::OptionNoticeMd, s);
    let ja_md = |s: &Scenario| rendered_in(Format::OptionNoticeMd, s, Language::Japanese).unwrap();

    // Only an English item (8): the Japanese draft prints it rather than the standard
    // wording, which would silently drop the company's own condition.
    let mut s = sample();
    s.option.acquisition_conditions = english_item.into();
    let ja = ja_md(&s);
    assert!(
        ja.contains("1\\) Not applicable: the rights are not acquired"),
        "{ja}"
    );
    assert!(!ja.contains("当社が消滅会社となる合併契約承認の議案"));
    let en_before = en_md(&s);
    assert!(en_before.contains("1\\) Not applicable: the rights are not acquired"));

    // A Japanese item (8) as well: the Japanese draft prints it, the English one is
    // unaffected, byte for byte.
    s.option.acquisition_conditions_ja = japanese_item.into();
    let ja = ja_md(&s);
    assert!(ja.contains("1\\) 当社は本新株予約権を取得しない。"), "{ja}");
    assert!(!ja.contains("Not applicable"));
    assert_eq!(en_md(&s), en_before);

    // Only a Japanese item (8): the English draft prints it, the Japanese one too.
    s.option.acquisition_conditions.clear();
    assert!(en_md(&s).contains("1\\) 当社は本新株予約権を取得しない。"));
    assert!(!en_md(&s).contains("Proposal for approval of a merger agreement"));
    assert!(ja_md(&s).contains("1\\) 当社は本新株予約権を取得しない。"));

    // Neither: each prints the standard wording of its own language. Items (9) and (11),
    // untouched throughout, always did.
    s.option.acquisition_conditions_ja.clear();
    let (en, ja) = (en_md(&s), ja_md(&s));
    assert!(en.contains("Proposal for approval of a merger agreement"));
    assert!(ja.contains("当社が消滅会社となる合併契約承認の議案"));
    assert!(en.contains("Partial execution of each stock acquisition rights is not allowed."));
    assert!(ja.contains("各新株予約権の一部行使はできないものとする。"));
}

#[test]
fn japanese_drafts_use_the_japanese_name_title_and_notes_and_the_era_when_asked() {
    let s = sample();
    let md = rendered_in(Format::PricingNoticeMd, &s, Language::Japanese).unwrap();
    assert!(md.contains("会社名　株式会社インターネットイニシアティブ"));
    assert!(
        md.contains("シナリオ「IIJ 公募増資（2013年7月）及び第3回株式報酬型ストックオプション」")
    );
    assert!(md.contains("**シナリオのメモ：**募集・売出し、日程、割当て及び新株予約権の条件は"));
    // The English draft keeps the English title and notes.
    let en = rendered(Format::PricingNoticeMd, &s);
    assert!(en.contains("\"IIJ follow-on offering (July 2013)"));
    assert!(!en.contains("株式会社インターネットイニシアティブ"));

    // 2013 is Heisei 25: with the era option every date of both drafts is written so.
    let mut era = sample();
    era.drafts.japanese_era = true;
    let md = rendered_in(Format::PricingNoticeMd, &era, Language::Japanese).unwrap();
    for expected in [
        "平成25年7月10日",
        "平成25年7月2日開催の当社取締役会において",
        "(6) 申込期間 | 平成25年7月11日（木）～平成25年7月12日（金）",
        "(7) 払込期日 | 平成25年7月18日（木）",
        "平成25年7月13日（土）から平成25年7月29日（月）まで",
    ] {
        assert!(md.contains(expected), "{expected} missing");
    }
    // No drafted date is left in Western years (the title and notes are the user's text).
    for western in [
        "2013年7月18日",
        "2013年7月29日",
        "2013年7月2日開催",
        "2013年8月",
    ] {
        assert!(!md.contains(western), "{western} is left");
    }
    let option = rendered_in(Format::OptionNoticeMd, &era, Language::Japanese).unwrap();
    // The exercise period ends in Reiwa 25 (2043).
    assert!(option.contains("平成25年7月12日から令和25年7月11日まで"));
    assert!(option.contains("平成25年6月26日開催の取締役会において"));
}

#[test]
fn each_draft_prints_the_uses_of_proceeds_in_its_own_language() {
    let s = sample();
    let r = ScenarioResults::compute(&s);
    let ja = String::from_utf8(
        render_with(
            Format::PricingNoticeMd,
            &s,
            &r,
            offering_desk::report::ExportOptions {
                language: Language::Japanese,
                ..offering_desk::report::ExportOptions::default()
            },
        )
        .unwrap(),
    )
    .unwrap();
    assert!(
        ja.contains("ネットワークサービス及びシステムインテグレーション事業に係る設備投資資金"),
        "{ja}"
    );
    assert!(ja.contains("2014年8月までに返済予定"), "{ja}");
    assert!(!ja.contains("to repay debt"), "{ja}");
    let en = String::from_utf8(render(Format::PricingNoticeMd, &s, &r).unwrap()).unwrap();
    // Seed 000's sentence, unchanged by the Japanese texts.
    assert!(en.contains("to repay debt for network equipment leased by the end of March 2013"));
    assert!(!en.contains("設備投資資金"));
}

#[test]
fn the_option_notice_says_how_r_was_read_off_the_jgb_curve() {
    let s = common::sample_with_r_from_the_curve();
    let results = ScenarioResults::compute(&s);
    let draft = |language| {
        let options = ExportOptions {
            language,
            ..ExportOptions::default()
        };
        String::from_utf8(render_with(Format::OptionNoticeMd, &s, &results, options).unwrap())
            .unwrap()
    };
    let en = draft(Language::English);
    assert!(
        // Markdown escapes the underscore of the file's name.
        en.contains("from the Ministry of Finance's JGB yield curve (jgbcm\\_all.csv)"),
        "{en}"
    );
    assert!(en.contains("= 1.0248 %"), "{en}");
    let ja = draft(Language::Japanese);
    assert!(
        ja.contains("財務省 国債金利情報（jgbcm\\_all.csv）から線形補間により算出"),
        "{ja}"
    );
    // A rate typed in keeps the notice's plain definition.
    let plain = String::from_utf8(
        render(
            Format::OptionNoticeMd,
            &sample(),
            &ScenarioResults::compute(&sample()),
        )
        .unwrap(),
    )
    .unwrap();
    assert!(!plain.contains("yield curve ("));
}

/// The sample with 41,000,000 issued shares (1,000,000 of them treasury shares).
fn with_issued_shares() -> Scenario {
    let mut s = sample();
    s.capital.issued_shares = Some(41_000_000);
    s.capital.treasury_shares = 1_000_000;
    s
}

#[test]
fn the_pricing_notice_states_the_change_in_the_issued_shares_when_given() {
    // Not given: the references stop at the use of proceeds.
    let en = rendered(Format::PricingNoticeMd, &sample());
    assert!(
        !en.contains("Change in the Total Number of Issued Shares"),
        "{en}"
    );
    let ja = rendered_in(Format::PricingNoticeMd, &sample(), Language::Japanese).unwrap();
    assert!(!ja.contains("発行済株式総数の推移"), "{ja}");

    // By hand: 41,000,000 + 4,700,000 = 45,700,000; + 700,000 (maximum) = 46,400,000.
    let s = with_issued_shares();
    let ja = rendered_in(Format::PricingNoticeMd, &s, Language::Japanese).unwrap();
    assert_contains_all(
        &ja,
        &[
            "### 4．今回の公募増資及び第三者割当増資による発行済株式総数の推移",
            "| 現在の発行済株式総数 | 41,000,000株 |",
            "| 公募増資による増加株式数 | 4,700,000株 |",
            "| 公募増資後の発行済株式総数 | 45,700,000株 |",
            "| 第三者割当増資による増加株式数 | 700,000株（注） |",
            "| 第三者割当増資後の発行済株式総数 | 46,400,000株（注） |",
            "（注）前記「3．第三者割当による新株式発行」の募集株式数（上限）の全株に対し申込みが\
             あり、発行がなされた場合の数字です。",
        ],
        "Japanese markdown",
    );
    // After the use of proceeds, before 以上.
    let at = |text: &str| ja.find(text).unwrap_or_else(|| panic!("{text} missing"));
    assert!(at("3．今回の調達資金の使途") < at("発行済株式総数の推移"));
    assert!(at("発行済株式総数の推移") < at("以　上"));

    let en = rendered(Format::PricingNoticeMd, &s);
    assert_contains_all(
        &en,
        &[
            "### 4. Change in the Total Number of Issued Shares by the Public Offering and the \
             Third-Party Allotment",
            "| Total number of issued shares at present | 41,000,000 shares |",
            "| Increase in the number of shares by the public offering | 4,700,000 shares |",
            "| Total number of issued shares after the public offering | 45,700,000 shares |",
            "| Increase in the number of shares by the third-party allotment | 700,000 shares \
             (Note) |",
            "| Total number of issued shares after the third-party allotment | 46,400,000 \
             shares (Note) |",
            "assume that all the new shares offered in \"3. Issuance of New Shares by way of \
             Third-Party Allotment\" above, at their maximum, are subscribed for and issued.",
        ],
        "English markdown",
    );
    let html = visible_text(&rendered(Format::PricingNoticeHtml, &s));
    assert!(html.contains("46,400,000 shares (Note)"), "{html}");

    // No allotment: the public offering's rows alone, with no note.
    let mut s = with_issued_shares();
    s.offering.allotment_shares = 0;
    let ja = rendered_in(Format::PricingNoticeMd, &s, Language::Japanese).unwrap();
    assert!(
        ja.contains("### 4．今回の公募増資による発行済株式総数の推移"),
        "{ja}"
    );
    assert!(
        ja.contains("| 公募増資後の発行済株式総数 | 45,700,000株 |"),
        "{ja}"
    );
    assert!(!ja.contains("第三者割当増資による増加株式数"), "{ja}");
    assert!(!ja.contains("発行がなされた場合の数字です"), "{ja}");
}

//! Notice drafts: the pricing notice carries every figure and date of seed 000 (IIJ,
//! 2013-07-10) exactly as the notice prints them; the stock-option notice carries seed 001's
//! terms and the computed amount per right; user text cannot break either format.

use offering_desk::domain::FieldError;
use offering_desk::report::{ExportError, Format, render};
use offering_desk::scenario::{self, Scenario, ScenarioResults};

fn sample() -> Scenario {
    scenario::sample().expect("bundled sample loads")
}

fn rendered(format: Format, s: &Scenario) -> String {
    let results = ScenarioResults::compute(s);
    let bytes = render(format, s, &results).unwrap_or_else(|e| panic!("{format:?}: {e}"));
    String::from_utf8(bytes).expect("UTF-8")
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
    "JPY1,990,000,000 is planned to be used for repayment of debt by August 2014",
    "Syndicate Cover Transaction Period",
];

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
    // A table row keeps its columns: the pipe in the purpose is escaped.
    let row = md
        .lines()
        .find(|l| l.contains("alert(1)") && l.starts_with('|'))
        .expect("uses table row");
    assert_eq!(row.matches(" | ").count(), 2, "{row}");
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
    r.offering = Err(FieldError::new("offering.x", "bad"));
    for format in [Format::PricingNoticeMd, Format::PricingNoticeHtml] {
        match render(format, &s, &r) {
            Err(ExportError::Incomplete { section, message }) => {
                assert_eq!(section, "offering");
                assert!(message.contains("offering.x") && message.contains("bad"));
            }
            other => panic!("{format:?}: {other:?}"),
        }
    }
    // The option notice does not need the offering.
    assert!(render(Format::OptionNoticeMd, &s, &r).is_ok());

    let mut r = ScenarioResults::compute(&s);
    r.timetable = Err(FieldError::new("schedule.calculation_date", "bad"));
    assert!(matches!(
        render(Format::PricingNoticeHtml, &s, &r),
        Err(ExportError::Incomplete {
            section: "timetable",
            ..
        })
    ));

    let mut r = ScenarioResults::compute(&s);
    r.option = Err(FieldError::new("option.volatility", "bad"));
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

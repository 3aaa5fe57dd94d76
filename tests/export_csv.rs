//! The CSV exports and the export command line: one figure per row in its real unit, the
//! price series, the byte-order mark Excel needs, formula neutralising, format by
//! extension, atomic writes.

use std::process::Command;

use offering_desk::i18n::Language;
use offering_desk::report::{ExportOptions, Format, UTF8_BOM, render, render_with};
use offering_desk::scenario::{self, ScenarioResults};

/// The bytes after the UTF-8 byte-order mark, which every CSV export starts with.
fn after_bom(bytes: &[u8]) -> &[u8] {
    assert_eq!(&bytes[..3], [0xEF, 0xBB, 0xBF], "no UTF-8 byte-order mark");
    &bytes[3..]
}

fn figures(s: &offering_desk::scenario::Scenario) -> Vec<csv::StringRecord> {
    let bytes = render(Format::Csv, s, &ScenarioResults::compute(s)).unwrap();
    let mut reader = csv::Reader::from_reader(after_bom(&bytes));
    assert_eq!(
        reader.headers().unwrap(),
        &csv::StringRecord::from(vec![
            "section", "item", "value", "unit", "key", "rounding", "status"
        ])
    );
    reader.records().map(|r| r.unwrap()).collect()
}

fn value_of<'a>(rows: &'a [csv::StringRecord], section: &str, item: &str) -> (&'a str, &'a str) {
    let row = rows
        .iter()
        .find(|r| &r[0] == section && &r[1] == item)
        .unwrap_or_else(|| panic!("{section}/{item} missing"));
    (row.get(2).unwrap(), row.get(3).unwrap())
}

#[test]
fn figures_csv_carries_the_seed_figures_exactly() {
    let rows = figures(&scenario::sample().unwrap());
    assert_eq!(
        value_of(&rows, "offering", "Issue price (selling price)"),
        ("3346", "JPY per share")
    );
    assert_eq!(
        value_of(&rows, "offering", "Amount to be paid"),
        ("3208", "JPY per share")
    );
    let expect = [
        ("Total amount of the issue price", "15726200000"),
        ("Total amount to be paid", "15077600000"),
        ("Public offering: stated capital increase", "7538800000"),
        (
            "Public offering: additional paid-in capital increase",
            "7538800000",
        ),
        (
            "Over-allotment: total amount of the selling price",
            "2342200000",
        ),
        (
            "Third-party allotment: total amount to be paid (maximum)",
            "2245600000",
        ),
        (
            "Third-party allotment: stated capital increase",
            "1122800000",
        ),
        ("Net proceeds (maximum)", "17223200000"),
    ];
    for (item, value) in expect {
        assert_eq!(value_of(&rows, "offering", item), (value, "JPY"), "{item}");
    }
    assert_eq!(
        value_of(&rows, "timetable", "Payment date"),
        ("2013-07-18", "date")
    );
    // (3,450 − 3,346) ÷ 3,450 = 3.0144927536231884…% (long division), in percent.
    let (rate, unit) = value_of(&rows, "offering", "Discount rate applied");
    assert_eq!(unit, "%");
    assert!(rate.starts_with("3.01449275362318840579"), "{rate}");
}

#[test]
fn every_figure_has_its_real_unit() {
    let rows = figures(&scenario::sample().unwrap());
    // Units a figure of the sample may have; "number", "fraction" and "count" are gone.
    let allowed = [
        "JPY",
        "JPY per share",
        "JPY per right",
        "shares",
        "shares per right",
        "rights",
        "persons",
        "%",
        "years",
        "date",
        "closes",
        "log returns",
        "dimensionless",
        "per JPY of S",
        "JPY per 1.00 of σ",
        "JPY per year",
        "JPY per 1.00 of r",
        // The rounding convention of the amount per right is a word.
        "text",
    ];
    for r in &rows {
        assert!(
            allowed.contains(&&r[3]),
            "{} / {}: unit {:?}",
            &r[0],
            &r[1],
            &r[3]
        );
    }
    // C in yen per share to the digits its error bound supports (tests/reference/
    // sample.json, mpmath: 3,325.592368080560630…), and as the notice states it, to ten
    // decimals; σ, r and q in percent (the inputs are 0.425281 and 0.0125; q = 12.5 ÷
    // 3,509 = 0.0035622684525505842120…, by long division).
    let (c, unit) = value_of(&rows, "option", "Option price per share (C)");
    assert_eq!(unit, "JPY per share");
    assert!(c.starts_with("3325.59236808056063"), "{c}");
    assert_eq!(
        value_of(&rows, "option", "Option price per share (C) (as stated)"),
        ("3325.5923680806", "JPY per share")
    );
    assert_eq!(
        value_of(&rows, "option", "Amount per stock acquisition right"),
        ("665119", "JPY per right")
    );
    assert_eq!(
        value_of(&rows, "option", "Volatility (σ)"),
        ("42.5281", "%")
    );
    assert_eq!(
        value_of(&rows, "option", "Risk-free rate (r)"),
        ("1.25", "%")
    );
    let (q, unit) = value_of(&rows, "option", "Dividend yield (q)");
    assert_eq!(unit, "%");
    assert!(q.starts_with("0.35622684525505842120"), "{q}");
    assert_eq!(
        value_of(&rows, "option", "Expected remaining period (T)"),
        ("15", "years")
    );
    assert_eq!(
        value_of(&rows, "option", "Allotment: persons"),
        ("17", "persons")
    );
    assert_eq!(
        value_of(&rows, "option", "Allotment: rights"),
        ("135", "rights")
    );
    assert_eq!(
        value_of(&rows, "option", "Shares per right after a later split"),
        ("200", "shares per right")
    );
    // The measured σ in percent: tests/reference/sample.json gives 0.4252805395791216444…
    // (mpmath); the CSV holds the f64 figure, equal to it to 1e-12 relative.
    let (sigma, unit) = value_of(&rows, "volatility", "Annualised volatility");
    assert_eq!(unit, "%");
    let sigma: f64 = sigma.parse().unwrap();
    assert!((sigma / 42.528053957912164 - 1.0).abs() < 1e-12, "{sigma}");
}

/// The row of `key` (the CSV's key column): (item, value, unit, rounding, status).
fn keyed<'a>(rows: &'a [csv::StringRecord], key: &str) -> [&'a str; 5] {
    let row = rows
        .iter()
        .find(|r| &r[4] == key)
        .unwrap_or_else(|| panic!("no row with key {key}"));
    [&row[1], &row[2], &row[3], &row[5], &row[6]]
}

#[test]
fn figures_the_notices_print_rounded_carry_their_stated_value_and_rule() {
    let rows = figures(&scenario::sample().unwrap());
    // Seed 000: "(ii) Discount Rate 3.01%", from (3,450 − 3,346) ÷ 3,450 = 3.0144…%.
    assert_eq!(
        keyed(&rows, "discount_rate_stated"),
        [
            "Discount rate applied (as stated)",
            "3.01",
            "%",
            "two decimals of a percent, half up",
            ""
        ]
    );
    assert!(keyed(&rows, "discount_rate")[1].starts_with("3.0144927536"));
    // The spread: (3,346 − 3,208) ÷ 3,346 = 4.1243…% → 4.12 %.
    assert_eq!(keyed(&rows, "spread_rate_stated")[1], "4.12");
    assert!(keyed(&rows, "spread_rate")[1].starts_with("4.12432755528"));
    // The option notice's q to six decimals of a percent (12.5 ÷ 3,509 = 0.3562268…%),
    // d and N(d) to ten decimals (tests/reference/sample.json: d1 = 5.86096490771…).
    assert_eq!(keyed(&rows, "dividend_yield_stated")[1], "0.356227");
    assert_eq!(
        keyed(&rows, "dividend_yield_stated")[3],
        "six decimals of a percent, half up"
    );
    assert_eq!(keyed(&rows, "d1_stated")[1], "5.8609649077");
    // C × 200 as the notice prints it: 3,325.5923680806 × 200 = 665,118.47361612.
    assert_eq!(
        keyed(&rows, "price_times_shares_stated")[1],
        "665118.47361612"
    );
    // The convention the amount per right was rounded by; what it means is the
    // figure's derivation line in the window.
    assert_eq!(keyed(&rows, "amount_convention")[1], "exact");
    let sample = scenario::sample().unwrap();
    let figures = offering_desk::report::summary(&sample, &ScenarioResults::compute(&sample));
    let convention = figures
        .iter()
        .find(|f| f.key == "amount_convention")
        .unwrap();
    assert_eq!(
        convention.derivation.text(Language::English),
        "exact: the true C × shares, any fraction of a yen rounded up"
    );
    // A figure printed as it is has no stated row; nothing in the sample is undecided.
    assert!(rows.iter().all(|r| &r[4] != "issue_price_stated"));
    assert!(rows.iter().all(|r| !r[6].starts_with("undecided")));
}

#[test]
fn dates_from_fitted_offsets_say_they_are_assumed() {
    let rows = figures(&scenario::sample().unwrap());
    let assumed = "assumed — set the date from the launch notice";
    for key in ["cover_end", "allotment_subscription", "allotment_payment"] {
        assert_eq!(keyed(&rows, key)[4], assumed, "{key}");
    }
    for key in ["subscription_start", "payment", "delivery", "cover_start"] {
        assert_eq!(keyed(&rows, key)[4], "", "{key}");
    }
    // Entering the subscription date: it and the payment that follows it are no longer
    // assumed; the cover end still is.
    let mut s = scenario::sample().unwrap();
    s.schedule.overrides.allotment_subscription =
        Some(chrono::NaiveDate::from_ymd_opt(2013, 8, 2).unwrap());
    let rows = figures(&s);
    assert_eq!(keyed(&rows, "allotment_subscription")[4], "");
    assert_eq!(keyed(&rows, "allotment_payment")[4], "");
    assert_eq!(keyed(&rows, "cover_end")[4], assumed);
}

#[test]
fn csv_files_start_with_a_byte_order_mark_unless_asked_not_to() {
    let s = scenario::sample().unwrap();
    let r = ScenarioResults::compute(&s);
    for format in [Format::Csv, Format::PricesCsv] {
        let with = render(format, &s, &r).unwrap();
        assert!(with.starts_with(UTF8_BOM), "{format:?}");
        let without = render_with(
            format,
            &s,
            &r,
            ExportOptions {
                csv_bom: false,
                ..ExportOptions::default()
            },
        )
        .unwrap();
        assert_eq!(&with[3..], without.as_slice(), "{format:?}");
        assert!(without.starts_with(b"date,") || without.starts_with(b"section,"));
    }
    // Only CSV: a mark in a Markdown draft would print as a stray character.
    let md = render(Format::PricingNoticeMd, &s, &r).unwrap();
    assert!(!md.starts_with(UTF8_BOM));
}

#[test]
fn user_text_cannot_run_as_a_formula() {
    let mut s = scenario::sample().unwrap();
    s.option.allotment[0].name = "=HYPERLINK(\"x\")".into();
    let rows = figures(&s);
    let labels: Vec<&str> = rows.iter().map(|r| r.get(1).unwrap()).collect();
    assert!(
        labels.iter().any(|l| l.starts_with("'=HYPERLINK")),
        "{labels:?}"
    );
    assert!(!labels.iter().any(|l| l.starts_with('=')));
}

#[test]
fn prices_csv_lists_quoted_and_split_adjusted_closes() {
    let s = scenario::sample().unwrap();
    let bytes = render(Format::PricesCsv, &s, &ScenarioResults::compute(&s)).unwrap();
    let mut reader = csv::Reader::from_reader(after_bom(&bytes));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), s.price_history.closes.len());
    // Before the 1:200 split of 2012-10-01 the adjusted close is the quote ÷ 200.
    let first = &rows[0];
    assert_eq!(&first[0], "2005-12-02");
    assert_eq!(&first[1], "520000");
    assert_eq!(first[2].parse::<f64>().unwrap(), 2600.0);
    let last = rows.last().unwrap();
    assert_eq!(
        (&last[0], &last[1], &last[2]),
        ("2013-07-11", "3509", "3509")
    );
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_offering-desk"))
        .args(args)
        .output()
        .expect("binary runs")
}

fn sample_path() -> String {
    format!(
        "{}/assets/scenarios/iij-2013.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn export_picks_the_format_from_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("figures.csv");
    let o = run(&["export", &sample_path(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("\u{feff}section,item,value,unit,key,rounding,status\n"));
    assert!(
        text.contains(
            "offering,Total amount to be paid,15077600000,JPY,total_amount_to_be_paid,,\n"
        )
    );
    // Nothing but the output itself is left in the folder.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn export_refuses_an_unknown_extension_and_names_the_flag() {
    let o = run(&["export", &sample_path(), "--out", "summary.pdf"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--out") && err.contains(".xlsx"), "{err}");
}

#[test]
fn export_failure_names_the_path_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("missing-folder").join("figures.csv");
    let o = run(&["export", &sample_path(), "--out", out.to_str().unwrap()]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("figures.csv"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn export_several_formats_into_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(&[
        "export",
        &sample_path(),
        "--format",
        "csv",
        "--format",
        "prices-csv",
        "--out-dir",
        dir.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(dir.path().join("iij-2013-figures.csv").exists());
    assert!(dir.path().join("iij-2013-prices.csv").exists());
}

#[test]
fn format_from_path_covers_every_extension() {
    use std::path::Path;
    let cases = [
        ("deal.xlsx", Format::Xlsx),
        ("deal.csv", Format::Csv),
        ("deal-prices.csv", Format::PricesCsv),
        ("notice.md", Format::PricingNoticeMd),
        ("notice.html", Format::PricingNoticeHtml),
        ("option-notice.md", Format::OptionNoticeMd),
        ("stock-option.HTML", Format::OptionNoticeHtml),
    ];
    for (name, format) in cases {
        assert_eq!(Format::from_path(Path::new(name)), Some(format), "{name}");
    }
    assert_eq!(Format::from_path(Path::new("deal.pdf")), None);
    for f in Format::ALL {
        assert_eq!(Format::from_path(Path::new(&f.file_name("deal"))), Some(f));
    }
}

#[test]
fn figures_csv_in_japanese_has_japanese_words_and_the_same_exact_values() {
    let s = scenario::sample().unwrap();
    let results = ScenarioResults::compute(&s);
    let options = ExportOptions {
        language: Language::Japanese,
        ..ExportOptions::default()
    };
    let bytes = render_with(Format::Csv, &s, &results, options).unwrap();
    let mut reader = csv::Reader::from_reader(after_bom(&bytes));
    assert_eq!(
        reader.headers().unwrap(),
        &csv::StringRecord::from(vec![
            "区分",
            "項目",
            "値",
            "単位",
            "キー",
            "端数処理",
            "状態"
        ])
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    // The same rows and values as the English file: only the words change.
    let english = figures(&s);
    assert_eq!(rows.len(), english.len());
    for (ja, en) in rows.iter().zip(&english) {
        assert_eq!(&ja[4], &en[4], "key");
        if en[3] != *"text" {
            assert_eq!(&ja[2], &en[2], "{}", &en[4]);
        }
    }
    // Seed 000: 発行価格 3,346円 per share, the discount stated as 3.01 %.
    assert_eq!(
        keyed(&rows, "issue_price"),
        ["発行価格（売出価格）", "3346", "円/株", "", ""]
    );
    assert_eq!(
        &keyed(&rows, "total_issue_price")[1..3],
        ["15726200000", "円"]
    );
    let stated = keyed(&rows, "discount_rate_stated");
    assert_eq!(stated[0], "適用されたディスカウント率（表示値）");
    assert_eq!(stated[1], "3.01");
    assert_eq!(stated[3], "パーセントの小数点以下第2位まで（四捨五入）");
    assert_eq!(keyed(&rows, "amount_convention")[1], "厳密");
    assert!(rows.iter().any(|r| &r[0] == "募集・売出し"));
    assert!(rows.iter().any(|r| &r[0] == "新株予約権"));
    // No English word is left in the words of the file, but for the names the user
    // gave the allotment groups (the sample's are English).
    let group = |r: &csv::StringRecord| r[4].starts_with("allotment_") && r[4].ends_with("_value");
    assert_eq!(
        rows.iter().find(|r| group(r)).map(|r| &r[1]),
        Some("Directors (excluding part-time and outside directors)：7名、95個")
    );
    for r in rows.iter().filter(|r| !group(r)) {
        for cell in [&r[0], &r[1], &r[3], &r[5], &r[6]] {
            assert!(
                !cell
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .any(|w| w.len() >= 3 && w.chars().any(|c| c.is_ascii_lowercase())),
                "{cell}"
            );
        }
    }
}

#[test]
fn the_dilution_figures_are_rows_of_their_own_section() {
    let mut s = scenario::sample().unwrap();
    // Without the issued shares, one row says what to enter.
    let rows = figures(&s);
    assert_eq!(
        keyed(&rows, "issued_shares"),
        [
            "Issued shares before the offering",
            "not entered",
            "text",
            "",
            ""
        ]
    );
    s.capital.issued_shares = Some(41_000_000);
    s.capital.treasury_shares = 1_000_000;
    s.capital.net_income = Some(rust_decimal::Decimal::from(3_000_000_000u64));
    let rows = figures(&s);
    assert!(
        rows.iter()
            .any(|r| &r[0] == "dilution" && &r[4] == "eps_before")
    );
    // 41,000,000 + 4,700,000 + 700,000.
    assert_eq!(
        keyed(&rows, "shares_after_allotment"),
        [
            "Issued shares after the allotment (maximum)",
            "46400000",
            "shares",
            "",
            ""
        ]
    );
    // 5,400,000 ÷ 41,000,000 = 13.17073170731707317…%, in percent; stated 13.17.
    let [_, rate, unit, _, _] = keyed(&rows, "dilution_total_before");
    assert_eq!(unit, "%");
    assert!(rate.starts_with("13.1707317073170731707"), "{rate}");
    assert_eq!(keyed(&rows, "dilution_total_before_stated")[1], "13.17");
    // 3,000,000,000 ÷ 45,400,000 = 66.0792951541850220264…, stated to the sen.
    let [_, eps, unit, _, _] = keyed(&rows, "eps_after_allotment");
    assert_eq!(unit, "JPY per share");
    assert!(eps.starts_with("66.079295154185022026"), "{eps}");
    assert_eq!(
        keyed(&rows, "eps_after_allotment_stated"),
        [
            "EPS after the offering and maximum allotment (as stated)",
            "66.08",
            "JPY per share",
            "to the sen (two decimals of a yen), half up",
            ""
        ]
    );
}

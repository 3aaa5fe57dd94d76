//! The CSV exports and the export command line: one figure per row, the price series,
//! formula neutralising, format by extension, atomic writes.

use std::process::Command;

use offering_desk::report::{Format, render};
use offering_desk::scenario::{self, ScenarioResults};

fn figures(s: &offering_desk::scenario::Scenario) -> Vec<csv::StringRecord> {
    let bytes = render(Format::Csv, s, &ScenarioResults::compute(s)).unwrap();
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    assert_eq!(
        reader.headers().unwrap(),
        &csv::StringRecord::from(vec!["section", "item", "value", "unit"])
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
    let expect = [
        ("Issue price (selling price)", "3346"),
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
    let (rate, unit) = value_of(&rows, "offering", "Discount rate applied");
    assert_eq!(unit, "fraction");
    assert!(rate.starts_with("0.0301449"), "{rate}");
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
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
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
    assert!(text.starts_with("section,item,value,unit\n"));
    assert!(text.contains("offering,Total amount to be paid,15077600000,JPY"));
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

//! The Excel summary workbook: sheets, cached values to the yen, formulas with the
//! rounding rules, number formats, neutralised user text, refusal while a section has
//! a problem, and (when LibreOffice is installed) a real recalculation.

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Range, Reader, Xlsx, open_workbook};
use chrono::NaiveDate;
use offering_desk::domain::FieldError;
use offering_desk::domain::schedule::TimetableItem;
use offering_desk::report::{ExportError, Format, render};
use offering_desk::scenario::{self, Scenario, ScenarioResults};
use rust_decimal::prelude::ToPrimitive;

const SHEETS: [&str; 5] = ["Inputs", "Offering", "Options", "Timetable", "Volatility"];

struct Exported {
    _dir: tempfile::TempDir,
    path: PathBuf,
    book: Xlsx<BufReader<File>>,
}

impl Exported {
    fn range(&mut self, sheet: &str) -> Range<Data> {
        self.book.worksheet_range(sheet).unwrap()
    }

    fn formulas(&mut self, sheet: &str) -> Range<String> {
        self.book.worksheet_formula(sheet).unwrap()
    }
}

fn export(s: &Scenario) -> Exported {
    let bytes = render(Format::Xlsx, s, &ScenarioResults::compute(s)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("summary.xlsx");
    std::fs::write(&path, bytes).unwrap();
    let book = open_workbook(&path).unwrap();
    Exported {
        _dir: dir,
        path,
        book,
    }
}

fn sample() -> Scenario {
    scenario::sample().unwrap()
}

/// Absolute (row, column) of the cell in column A reading `label`.
fn find(range: &Range<Data>, label: &str) -> (u32, u32) {
    let (start, end) = (range.start().unwrap(), range.end().unwrap());
    (start.0..=end.0)
        .find(|&r| matches!(range.get_value((r, 0)), Some(Data::String(s)) if s == label))
        .map(|r| (r, 1))
        .unwrap_or_else(|| panic!("no row labelled {label:?}"))
}

fn number(range: &Range<Data>, label: &str) -> f64 {
    match range.get_value(find(range, label)) {
        Some(Data::Float(v)) => *v,
        Some(Data::Int(v)) => *v as f64,
        other => panic!("{label}: not a number: {other:?}"),
    }
}

fn formula(formulas: &Range<String>, range: &Range<Data>, label: &str) -> String {
    formulas
        .get_value(find(range, label))
        .cloned()
        .unwrap_or_default()
}

fn cells(range: &Range<Data>) -> impl Iterator<Item = ((u32, u32), &Data)> {
    let start = range.start().unwrap_or((0, 0));
    range
        .used_cells()
        .map(move |(r, c, v)| ((start.0 + r as u32, start.1 + c as u32), v))
}

#[test]
fn the_workbook_has_five_sheets_and_the_seed_figures_to_the_yen() {
    let mut x = export(&sample());
    assert_eq!(x.book.sheet_names(), SHEETS);

    let offering = x.range("Offering");
    for (label, yen) in [
        ("Issue price (selling price)", 3_346.0),
        ("Total amount of the issue price", 15_726_200_000.0),
        ("Total amount to be paid", 15_077_600_000.0),
        ("Public offering: stated capital increase", 7_538_800_000.0),
        (
            "Public offering: additional paid-in capital increase",
            7_538_800_000.0,
        ),
        (
            "Over-allotment: total amount of the selling price",
            2_342_200_000.0,
        ),
        (
            "Third-party allotment: total amount to be paid (maximum)",
            2_245_600_000.0,
        ),
        (
            "Third-party allotment: stated capital increase",
            1_122_800_000.0,
        ),
        (
            "Third-party allotment: additional paid-in capital increase",
            1_122_800_000.0,
        ),
        ("Net proceeds (maximum)", 17_223_200_000.0),
        ("Net proceeds not allocated to a use", 0.0),
    ] {
        assert_eq!(number(&offering, label), yen, "{label}");
    }

    let options = x.range("Options");
    assert_eq!(
        number(&options, "Amount per stock acquisition right"),
        665_119.0
    );
    assert_eq!(number(&options, "Allotment: total value"), 89_791_065.0);
    assert_eq!(number(&options, "Allotment: rights"), 135.0);
    assert_eq!(
        number(&options, "On exercise: increase in capital stock"),
        44_909_033.0
    );
    assert_eq!(
        number(&options, "On exercise: increase in capital reserve"),
        44_909_032.0
    );

    // f64 figures are cached bit for bit.
    let s = sample();
    let r = ScenarioResults::compute(&s);
    let o = r.option.as_ref().unwrap();
    assert_eq!(number(&options, "d1"), o.valuation.d1);
    assert_eq!(number(&options, "d2"), o.valuation.d2);
    assert_eq!(
        number(&options, "Option price per share (C)"),
        o.valuation.price
    );
    let v = r.volatility.as_ref().unwrap();
    let vol = x.range("Volatility");
    let (row, _) = (0..30)
        .find_map(|row| match vol.get_value((row, 7)) {
            Some(Data::String(s)) if s == "Annualised volatility (σ)" => Some((row, 8)),
            _ => None,
        })
        .expect("annualised σ row");
    assert_eq!(vol.get_value((row, 8)), Some(&Data::Float(v.annualized)));
}

#[test]
fn derived_figures_are_formulas_with_the_rounding_rules_on_the_inputs() {
    let mut x = export(&sample());
    let offering = x.range("Offering");
    let f = x.formulas("Offering");

    let issue = formula(&f, &offering, "Issue price (selling price)");
    assert!(issue.contains("ROUNDDOWN("), "{issue}");
    let unrounded = formula(
        &f,
        &offering,
        "Base price × (1 − discount), before rounding",
    );
    assert!(
        unrounded.contains("BasePrice") && unrounded.contains("DiscountRate"),
        "{unrounded}"
    );
    let stated = formula(&f, &offering, "Public offering: stated capital increase");
    assert!(
        stated.contains("ROUNDUP(") && stated.contains("CapitalRatio"),
        "{stated}"
    );
    let paid = formula(&f, &offering, "Total amount to be paid");
    assert!(paid.contains("NewShares"), "{paid}");
    assert_eq!(formula(&f, &offering, "Amount to be paid"), "PaidEntered");

    // Every number on the Offering and Options sheets is a formula.
    for sheet in ["Offering", "Options"] {
        let range = x.range(sheet);
        let formulas = x.formulas(sheet);
        for (pos, value) in cells(&range) {
            if matches!(value, Data::Float(_) | Data::Int(_)) {
                let text = formulas.get_value(pos).cloned().unwrap_or_default();
                assert!(
                    !text.is_empty(),
                    "{sheet} {pos:?} holds a value, not a formula"
                );
            }
        }
    }

    let options = x.range("Options");
    let f = x.formulas("Options");
    let per_right = formula(&f, &options, "Amount per stock acquisition right");
    assert!(per_right.contains("ROUNDUP("), "{per_right}");
    let before = formula(&f, &options, "Amount per right before rounding");
    assert!(before.contains("SharesPerRight"), "{before}");
    let c = formula(&f, &options, "Option price per share (C)");
    assert!(
        c.contains("SharePrice") && c.contains("ExercisePrice"),
        "{c}"
    );
    let n = formula(&f, &options, "N(d1)");
    assert!(n.contains("NORM.S.DIST("), "{n}");
    let split = formula(&f, &options, "Shares per right after a later split");
    assert!(split.contains("ROUNDDOWN("), "{split}");

    // The names the formulas use point at the Inputs sheet.
    let names = x.book.defined_names().to_vec();
    let inputs = x.range("Inputs");
    for (name, label, value) in [
        (
            "BasePrice",
            "Base price (closing price on the calculation date)",
            3450.0,
        ),
        ("DiscountRate", "Discount rate", 0.03),
        ("NewShares", "New shares (public offering)", 4_700_000.0),
        ("SharesPerRight", "Shares per right", 200.0),
    ] {
        let (_, target) = names
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("no name {name}"));
        let (row, _) = find(&inputs, label);
        assert_eq!(target, &format!("Inputs!$B${}", row + 1), "{name}");
        assert_eq!(number(&inputs, label), value, "{name}");
    }

    let vol = x.range("Volatility");
    let f = x.formulas("Volatility");
    let sigma = (0..30)
        .find(|&row| {
            matches!(vol.get_value((row, 7)), Some(Data::String(s)) if s == "Standard deviation per period (n − 1)")
        })
        .unwrap();
    let text = f.get_value((sigma, 8)).unwrap();
    assert!(text.contains("STDEV.S(E3:E"), "{text}");
    assert_eq!(f.get_value((2, 4)).unwrap(), "LN(D3/D2)");
}

#[test]
fn yen_rates_and_dates_carry_their_number_formats() {
    let mut x = export(&sample());
    let offering = x.range("Offering");
    let inputs = x.range("Inputs");
    let timetable = x.range("Timetable");
    let options = x.range("Options");
    let mut format_of = |sheet: &str, pos: (u32, u32)| {
        let styles = x.book.worksheet_style(sheet).unwrap();
        styles
            .get(pos)
            .and_then(|s| s.number_format.clone())
            .map(|n| n.format_code)
            .unwrap_or_default()
    };
    assert_eq!(
        format_of("Offering", find(&offering, "Total amount to be paid")),
        "#,##0"
    );
    assert_eq!(
        format_of("Offering", find(&offering, "Issue price (selling price)")),
        "#,##0"
    );
    assert_eq!(
        format_of("Offering", find(&offering, "Discount rate applied")),
        "0.00%"
    );
    assert_eq!(format_of("Inputs", find(&inputs, "Discount rate")), "0.00%");
    assert_eq!(
        format_of("Inputs", find(&inputs, "Volatility (σ)")),
        "0.0000%"
    );
    assert_eq!(
        format_of("Inputs", find(&inputs, "New shares (public offering)")),
        "#,##0"
    );
    assert_eq!(
        format_of("Options", find(&options, "Allotment: total value")),
        "#,##0"
    );
    assert_eq!(
        format_of("Timetable", find(&timetable, "Payment date")),
        "yyyy-mm-dd"
    );
    assert_eq!(
        format_of("Inputs", find(&inputs, "Calculation date (pricing date)")),
        "yyyy-mm-dd"
    );

    // Dates are real Excel dates (serial numbers), not text.
    let s = sample();
    let t = ScenarioResults::compute(&s).timetable.unwrap();
    let serial =
        |d: NaiveDate| (d - NaiveDate::from_ymd_opt(1899, 12, 30).unwrap()).num_days() as f64;
    for item in TimetableItem::ALL {
        match timetable.get_value(find(&timetable, item.label())) {
            Some(Data::DateTime(dt)) => {
                assert_eq!(dt.as_f64(), serial(t.date(item)), "{}", item.label())
            }
            other => panic!("{}: not a date: {other:?}", item.label()),
        }
    }
    match timetable.get_value(find(&timetable, "Calculation date")) {
        Some(Data::DateTime(dt)) => assert_eq!(dt.as_f64(), serial(t.calculation_date)),
        other => panic!("calculation date: {other:?}"),
    }
}

#[test]
fn user_text_that_looks_like_a_formula_stays_text() {
    let mut s = sample();
    s.title = "=HYPERLINK(\"http://example.com\",\"click\")".into();
    s.company.name = "@SUM(1+1)".into();
    s.notes = "\t=1+1".into();
    s.offering.uses_of_proceeds[0].purpose = "+cmd".into();
    s.offering.uses_of_proceeds[1].deadline = "-2+3".into();
    s.option.series_name = "=A1".into();
    s.option.allotment[0].name = "\r=cmd".into();
    s.price_history.source = "=1".into();
    let mut x = export(&s);

    let inputs = x.range("Inputs");
    let title = find(&inputs, "Title");
    assert_eq!(
        inputs.get_value(title),
        Some(&Data::String(
            "'=HYPERLINK(\"http://example.com\",\"click\")".into()
        ))
    );
    let offering = x.range("Offering");
    let cmd = find(&offering, "'+cmd");
    assert_eq!(
        offering.get_value((cmd.0, 1)),
        Some(&Data::Float(10_122_000_000.0))
    );
    assert_eq!(
        offering.get_value((cmd.0 + 1, 3)),
        Some(&Data::String("'-2+3".into()))
    );

    for sheet in SHEETS {
        let range = x.range(sheet);
        let formulas = x.formulas(sheet);
        for (pos, value) in cells(&range) {
            if let Data::String(text) = value {
                assert!(
                    !text.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{sheet} {pos:?}: {text:?}"
                );
            }
        }
        for (_, _, f) in formulas.used_cells() {
            assert!(
                !f.contains("HYPERLINK") && !f.contains("cmd") && !f.contains("SUM(1+1)"),
                "{sheet}: user text became a formula: {f}"
            );
        }
    }
}

#[test]
fn a_section_with_a_problem_refuses_the_export() {
    let s = sample();
    fn bad<T>() -> Result<T, FieldError> {
        Err(FieldError::new("option.x", "bad"))
    }
    let mut r = ScenarioResults::compute(&s);
    r.option = bad();
    match render(Format::Xlsx, &s, &r) {
        Err(ExportError::Incomplete { section, message }) => {
            assert_eq!(section, "option");
            assert!(message.contains("option.x") && message.contains("bad"));
        }
        other => panic!("expected Incomplete, got {other:?}"),
    }

    let mut r = ScenarioResults::compute(&s);
    r.offering = bad();
    assert!(matches!(
        render(Format::Xlsx, &s, &r),
        Err(ExportError::Incomplete {
            section: "offering",
            ..
        })
    ));
    let mut r = ScenarioResults::compute(&s);
    r.timetable = bad();
    assert!(matches!(
        render(Format::Xlsx, &s, &r),
        Err(ExportError::Incomplete {
            section: "timetable",
            ..
        })
    ));
    let mut r = ScenarioResults::compute(&s);
    r.volatility = bad();
    assert!(matches!(
        render(Format::Xlsx, &s, &r),
        Err(ExportError::Incomplete {
            section: "volatility",
            ..
        })
    ));

    // A scenario whose own inputs are invalid is refused the same way.
    let mut s = sample();
    s.option.volatility = rust_decimal::Decimal::ZERO;
    assert!(matches!(
        render(Format::Xlsx, &s, &ScenarioResults::compute(&s)),
        Err(ExportError::Incomplete {
            section: "option",
            ..
        })
    ));
}

#[test]
fn other_pricing_methods_and_sen_are_written_as_formulas_too() {
    use offering_desk::scenario::{IssuePriceTerms, PaidTerms};
    use rust_decimal::Decimal;
    let s = variant();
    let r = ScenarioResults::compute(&s);
    let o = r.offering.as_ref().unwrap();
    let mut x = export(&s);
    let offering = x.range("Offering");
    let f = x.formulas("Offering");
    assert_eq!(
        number(&offering, "Issue price (selling price)"),
        o.issue_price.issue_price.to_f64().unwrap()
    );
    let issue = formula(&f, &offering, "Issue price (selling price)");
    assert!(
        issue.contains("TickSize") && issue.contains("ROUNDDOWN("),
        "{issue}"
    );
    let paid = formula(&f, &offering, "Amount to be paid");
    assert!(
        paid.contains("SpreadRate") && paid.contains("ROUNDDOWN("),
        "{paid}"
    );
    assert_eq!(
        number(&offering, "Amount to be paid"),
        o.paid.amount_to_be_paid.to_f64().unwrap()
    );
    assert_eq!(
        number(&offering, "Public offering: stated capital increase"),
        o.public_offering_capital.stated_capital.to_f64().unwrap()
    );

    let mut s = sample();
    s.offering.issue_price = IssuePriceTerms::Entered {
        issue_price: Decimal::from(3346),
    };
    s.offering.amount_to_be_paid = PaidTerms::Entered {
        amount_to_be_paid: Decimal::new(320_855, 2),
    };
    let mut x = export(&s);
    let offering = x.range("Offering");
    let f = x.formulas("Offering");
    assert_eq!(
        formula(&f, &offering, "Issue price (selling price)"),
        "IssuePriceEntered"
    );
    assert_eq!(number(&offering, "Amount to be paid"), 3208.55);
    let styles = x.book.worksheet_style("Offering").unwrap();
    let code = styles
        .get(find(&offering, "Amount to be paid"))
        .and_then(|s| s.number_format.clone())
        .unwrap()
        .format_code;
    assert_eq!(code, "#,##0.00");
}

// ---------------------------------------------------------------------------------
// LibreOffice recalculation

fn office() -> Option<&'static str> {
    ["libreoffice", "soffice"].into_iter().find(|bin| {
        Command::new(bin)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Converts `xlsx` to one CSV per sheet with a profile that recalculates every
/// formula on load; returns the CSV of `sheet` as rows of fields.
fn recalculated(
    office: &str,
    dir: &Path,
    xlsx: &Path,
) -> impl Fn(&str) -> Vec<Vec<String>> + use<> {
    let profile = dir.join("lo-profile");
    std::fs::create_dir_all(profile.join("user")).unwrap();
    // Calc's default for OOXML files is "never recalculate"; 0 = always.
    std::fs::write(
        profile.join("user/registrymodifications.xcu"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#,
    )
    .unwrap();
    let out = dir.join("csv");
    let status = Command::new(office)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to"])
        // All sheets (-1), full precision (not "as shown"), UTF-8.
        .arg("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1")
        .arg("--outdir")
        .arg(&out)
        .arg(xlsx)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let stem = xlsx.file_stem().unwrap().to_string_lossy().into_owned();
    move |sheet: &str| {
        let path = out.join(format!("{stem}-{sheet}.csv"));
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }
}

fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim().replace(',', "");
    match text.strip_suffix('%') {
        Some(p) => p.parse::<f64>().ok().map(|v| v / 100.0),
        None => text.parse().ok(),
    }
}

#[test]
fn libreoffice_recalculates_the_same_figures() {
    let Some(office) = office() else {
        eprintln!("skipped: neither libreoffice nor soffice is on PATH");
        return;
    };
    let dir = tempfile::tempdir().unwrap();

    // Canary: a cached result that is wrong on purpose must come back recalculated,
    // or this test would only compare the cached values with themselves.
    let canary = dir.path().join("canary.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet()
        .write_formula(0, 0, rust_xlsxwriter::Formula::new("=1+1").set_result("5"))
        .unwrap();
    book.save(&canary).unwrap();
    let sheet = recalculated(office, &dir.path().join("canary"), &canary);
    assert_eq!(
        sheet("Sheet1")[0][0],
        "2",
        "LibreOffice did not recalculate on load"
    );

    for (name, scenario) in [("sample", sample()), ("variant", variant())] {
        let compared = compare_with_libreoffice(office, &dir.path().join(name), &scenario);
        assert!(compared > 100, "{name}: only {compared} figures compared");
        eprintln!("{name}: LibreOffice recalculated {compared} figures identically");
    }
}

/// Recalculates the exported workbook of `s` in LibreOffice and compares every number
/// of the Offering, Options and Volatility sheets with the app's cached value: whole
/// numbers (yen, shares) exactly, the others to 1e-9 relative. Returns how many.
fn compare_with_libreoffice(office: &str, dir: &Path, s: &Scenario) -> usize {
    let mut x = export(s);
    let csv = recalculated(office, dir, &x.path);
    let mut compared = 0;
    for sheet in ["Offering", "Options", "Volatility"] {
        let range = x.range(sheet);
        let lo = csv(sheet);
        for ((row, col), value) in cells(&range) {
            let app = match value {
                Data::Float(v) => *v,
                Data::Int(v) => *v as f64,
                _ => continue,
            };
            let text = lo
                .get(row as usize)
                .and_then(|r| r.get(col as usize))
                .unwrap_or_else(|| panic!("{sheet} ({row}, {col}) missing in LibreOffice's CSV"));
            let excel = parse_number(text)
                .unwrap_or_else(|| panic!("{sheet} ({row}, {col}): {text:?} is not a number"));
            let label = match range.get_value((row, 0)) {
                Some(Data::String(s)) => s.clone(),
                _ => format!("({row}, {col})"),
            };
            if app.fract() == 0.0 && app.abs() >= 1.0 {
                // Yen, shares, counts: exactly.
                assert_eq!(
                    excel, app,
                    "{sheet} {label}: LibreOffice {excel}, app {app}"
                );
            } else {
                let tolerance = 1e-9 * app.abs().max(1e-300);
                assert!(
                    (excel - app).abs() <= tolerance.max(1e-15),
                    "{sheet} {label}: LibreOffice {excel}, app {app}"
                );
            }
            compared += 1;
        }
    }
    compared
}

/// Tick size, spread, a 55 % capital ratio and a 7 % discount: 1 − 0.07 and 0.55 are
/// not exact in binary, which the ROUND guards inside ROUNDDOWN/ROUNDUP must absorb.
fn variant() -> Scenario {
    use offering_desk::scenario::{IssuePriceTerms, PaidTerms};
    use rust_decimal::Decimal;
    let mut s = sample();
    s.offering.base_price = Decimal::from(1000);
    s.offering.issue_price = IssuePriceTerms::Discount {
        discount_rate: Decimal::new(7, 2),
    };
    s.offering.tick_size = Some(Decimal::from(5));
    s.offering.amount_to_be_paid = PaidTerms::Spread {
        spread_rate: Decimal::new(325, 4),
    };
    s.offering.stated_capital_ratio = Decimal::new(55, 2);
    s.offering.new_shares = 15_077_600;
    s.offering.uses_of_proceeds.clear();
    s.option.later_split_ratio = Decimal::new(15, 1);
    s
}

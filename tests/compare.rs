//! Scenario comparison: the table, its exports, and `offering-desk compare`, on the
//! sample (seed 000: discount 3 %) against variants whose figures are worked out by
//! hand in the comments.

use std::process::{Command, Output};

use offering_desk::i18n::Language;
use offering_desk::report::compare::{Change, Column, Counted, Kind, compare};
use offering_desk::report::{ComparisonFormat, ExportOptions, render_comparison};
use offering_desk::scenario::{IssuePriceTerms, Scenario, sample, to_json};
use rust_decimal::Decimal;

/// An exact decimal from its digits.
fn d(digits: &str) -> Decimal {
    digits.parse().expect("a decimal")
}

fn with_discount(rate: Decimal) -> Scenario {
    let mut s = sample().expect("the sample loads");
    s.offering.issue_price = IssuePriceTerms::Discount {
        discount_rate: rate,
    };
    s
}

fn table(scenarios: &[(&str, &Scenario)]) -> offering_desk::report::compare::Comparison {
    let columns: Vec<Column<'_>> = scenarios
        .iter()
        .map(|(name, scenario)| Column {
            name: (*name).to_owned(),
            scenario,
        })
        .collect();
    compare(&columns)
}

#[test]
fn a_four_percent_discount_against_the_seed() {
    let base = sample().unwrap();
    let four = with_discount(d("0.04"));
    let cmp = table(&[("base.json", &base), ("four.json", &four)]);
    let row = |id: &str| {
        cmp.rows
            .iter()
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("no row {id}"))
    };

    // 3,450 × (1 − 4 %) = 3,312 exactly; the seed's 3,346: −34 yen, −34 / 3,346 =
    // −1.0161… % → −1.02 %.
    let issue = row("offering.issue_price");
    assert_eq!(issue.kind, Kind::Figure);
    assert_eq!(
        issue.label_in(Language::English),
        "Issue price (selling price)"
    );
    assert!(issue.differs_at(1));
    assert_eq!(
        issue.change(1),
        Some(Change::Exact {
            delta: d("-34"),
            relative: Some(d("-34") / d("3346")),
            of: Counted::Yen,
        })
    );
    assert_eq!(
        issue.change(1).unwrap().text_in(Language::English),
        "−JPY 34 (−1.02 %)"
    );
    assert_eq!(
        issue.change(1).unwrap().text_in(Language::Japanese),
        "−34円（−1.02 %）"
    );

    // 4,700,000 × 3,312 = 15,566,400,000 against 15,726,200,000: −159,800,000.
    let total = row("offering.total_issue_price");
    match total.change(1) {
        Some(Change::Exact { delta, .. }) => assert_eq!(delta, d("-159800000")),
        other => panic!("{other:?}"),
    }

    // The input: 3 % → 4 %, one percentage point.
    let rate = row("offering.issue_price.discount_rate");
    assert_eq!(rate.kind, Kind::Input);
    assert_eq!(
        rate.change(1),
        Some(Change::Points {
            delta: d("0.01"),
            dp: 2
        })
    );
    assert_eq!(
        rate.change(1).unwrap().text_in(Language::English),
        "+1.00 pt"
    );
    assert_eq!(
        rate.cells[1].as_ref().unwrap().shown_in(Language::English),
        "4.00 %"
    );

    // The rate applied moves from (3,450 − 3,346) / 3,450 = 3.0145 % to exactly 4 %:
    // +0.98551 pt, shown half up to the figure's two decimals.
    let applied = row("offering.discount_rate");
    assert_eq!(
        applied.change(1).unwrap().text_in(Language::English),
        "+0.99 pt"
    );

    // The amount to be paid is entered (3,208), so it does not move.
    let paid = row("offering.total_amount_to_be_paid");
    assert!(!paid.differs());
    // Unchanged inputs and figures are hidden with only_differences; changed ones stay.
    let shown: Vec<&str> = cmp.rows(true).map(|r| r.id.as_str()).collect();
    assert!(shown.contains(&"offering.issue_price"));
    assert!(shown.contains(&"offering.issue_price.discount_rate"));
    assert!(!shown.contains(&"offering.total_amount_to_be_paid"));
    assert!(!shown.contains(&"option.total_rights"));
    assert!(cmp.rows(false).count() > shown.len());
}

#[test]
fn rows_line_up_by_id_in_the_summary_groups() {
    let base = sample().unwrap();
    let mut other = with_discount(d("0.02"));
    other.offering.uses_of_proceeds.pop();
    let cmp = table(&[("a", &base), ("b", &other), ("c", &base)]);
    // Inputs of a group before its figures, groups in the Summary's order.
    let groups: Vec<&str> = cmp.rows.iter().map(|r| r.group).collect();
    let first = |g: &str| groups.iter().position(|x| *x == g).unwrap();
    assert!(first("scenario") < first("offering"));
    assert!(first("offering") < first("timetable"));
    assert!(first("timetable") < first("option"));
    assert!(first("option") < first("volatility"));
    // The third use of proceeds is only in a and c: b's cell is empty, and differs.
    let third = cmp
        .rows
        .iter()
        .find(|r| r.id == "offering.uses_of_proceeds.3.amount")
        .expect("the third use's amount");
    assert!(third.cells[1].is_none());
    assert!(third.differs_at(1));
    assert!(!third.differs_at(2));
    assert_eq!(
        third.label_in(Language::English),
        "Use of proceeds 3: Amount"
    );
    assert_eq!(third.label_in(Language::Japanese), "資金使途3：金額");
    // The 1,868 closes are one row, compared whole.
    let closes = cmp
        .rows
        .iter()
        .find(|r| r.id == "price_history.closes")
        .unwrap();
    assert!(!closes.differs());
}

#[test]
fn a_changed_close_in_the_history_is_a_difference() {
    let base = sample().unwrap();
    let mut moved = base.clone();
    moved.price_history.closes[100].close += Decimal::ONE;
    let cmp = table(&[("a", &base), ("b", &moved)]);
    let closes = cmp
        .rows
        .iter()
        .find(|r| r.id == "price_history.closes")
        .unwrap();
    assert!(closes.differs(), "same count, one close changed");
}

#[test]
fn the_csv_and_the_workbook_carry_the_changes() {
    let base = sample().unwrap();
    let four = with_discount(d("0.04"));
    let cmp = table(&[("base.json", &base), ("four.json", &four)]);
    let options = ExportOptions {
        csv_bom: false,
        language: Language::English,
    };
    let csv =
        String::from_utf8(render_comparison(&cmp, ComparisonFormat::Csv, true, options).unwrap())
            .unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[5], "base.json");
    assert_eq!(&header[6], "four.json");
    let issue = reader
        .records()
        .map(Result::unwrap)
        .find(|r| &r[4] == "offering.issue_price")
        .expect("the issue price row");
    assert_eq!(&issue[5], "3346");
    assert_eq!(&issue[6], "3312");
    assert_eq!(&issue[7], "-34");
    // −34 / 3,346 in percent, exact to Decimal's 28 digits.
    assert!(issue[8].starts_with("-1.01613867304"), "{}", &issue[8]);

    // The workbook: the values as numbers and the change as a live formula.
    use calamine::{Data, Reader, Xlsx};
    let bytes = render_comparison(&cmp, ComparisonFormat::Xlsx, false, options).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("Comparison").unwrap();
    let formulas = book.worksheet_formula("Comparison").unwrap();
    let row = sheet
        .rows()
        .position(|r| r.first() == Some(&Data::String("Issue price (selling price)".into())))
        .expect("the issue price row");
    assert_eq!(sheet.get((row, 2)), Some(&Data::Float(3346.0)));
    assert_eq!(sheet.get((row, 3)), Some(&Data::Float(3312.0)));
    assert_eq!(sheet.get((row, 4)), Some(&Data::Float(-34.0)));
    let (r0, c0) = formulas.start().unwrap();
    let f = formulas
        .get((row - r0 as usize, 4 - c0 as usize))
        .expect("a formula");
    let excel_row = row + 1;
    assert_eq!(f, &format!("D{excel_row}-C{excel_row}"));
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_offering-desk"))
        .args(args)
        .output()
        .expect("binary runs")
}

#[test]
fn the_command_compares_files_and_lists_those_that_fail() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.json");
    let four = dir.path().join("four.json");
    let broken = dir.path().join("broken.json");
    std::fs::write(&base, to_json(&sample().unwrap())).unwrap();
    std::fs::write(&four, to_json(&with_discount(d("0.04")))).unwrap();
    std::fs::write(&broken, "{ not json").unwrap();
    let arg = |p: &std::path::Path| p.display().to_string();

    let out = run(&[
        "compare",
        &arg(&base),
        &arg(&four),
        "--json",
        "--only-differences",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"], serde_json::json!(["base.json", "four.json"]));
    assert_eq!(
        v["figures"]["offering.issue_price"],
        serde_json::json!(["3346", "3312"])
    );
    assert_eq!(
        v["inputs"]["offering.issue_price.discount_rate"],
        serde_json::json!(["0.03", "0.04"])
    );
    assert!(
        v["figures"]
            .get("offering.total_amount_to_be_paid")
            .is_none()
    );

    // A broken file is named on stderr with a non-zero exit; the others still compare.
    let out = run(&["compare", &arg(&base), &arg(&broken), &arg(&four)]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.json was left out"), "{stderr}");
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("−JPY 34 (−1.02 %)"), "{table}");
    assert!(table.contains("Issue price (selling price)"));

    // Japanese labels with --lang ja.
    let out = run(&[
        "compare",
        &arg(&base),
        &arg(&four),
        "--lang",
        "ja",
        "--only-differences",
    ]);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("−34円（−1.02 %）"), "{table}");

    // Fewer than two loadable files is an error.
    let out = run(&["compare", &arg(&base), &arg(&broken)]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 2"));
    assert!(out.stdout.is_empty());

    // --out writes the workbook.
    let book = dir.path().join("cmp.xlsx");
    let out = run(&["compare", &arg(&base), &arg(&four), "--out", &arg(&book)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::read(&book).unwrap().starts_with(b"PK"));
}

#[test]
fn share_counts_change_in_shares() {
    let base = sample().unwrap();
    let mut none = sample().unwrap();
    none.offering.allotment_shares = 0;
    let cmp = table(&[("base", &base), ("none", &none)]);
    let row = cmp
        .rows
        .iter()
        .find(|r| r.id == "offering.allotment_shares")
        .unwrap();
    // 700,000 → 0: all of it, −100 %.
    let change = row.change(1).unwrap();
    assert_eq!(
        change.text_in(Language::English),
        "−700,000 shares (−100.00 %)"
    );
    assert_eq!(
        change.text_in(Language::Japanese),
        "−700,000株（−100.00 %）"
    );
    // The maximum allotment's amount goes with it: 700,000 × 3,208 = 2,245,600,000.
    let paid = cmp
        .rows
        .iter()
        .find(|r| r.id == "offering.allotment_total_amount_to_be_paid")
        .unwrap();
    assert_eq!(
        paid.change(1).unwrap().text_in(Language::English),
        "−JPY 2,245,600,000 (−100.00 %)"
    );
}

#[test]
fn eps_changes_to_the_sen() {
    // 41,000,000 issued, 1,000,000 of them treasury shares, net income 3,000,000,000.
    let mut with = sample().unwrap();
    with.capital.issued_shares = Some(41_000_000);
    with.capital.treasury_shares = 1_000_000;
    with.capital.net_income = Some(d("3000000000"));
    let mut without = with.clone();
    without.offering.allotment_shares = 0;
    let cmp = table(&[("with", &with), ("without", &without)]);
    let eps = cmp
        .rows
        .iter()
        .find(|r| r.id == "dilution.eps_after_allotment")
        .expect("the EPS after the allotment");
    // 3,000,000,000 ÷ (40,000,000 + 4,700,000 + 700,000) = 66.0792951…;
    // without the allotment ÷ 44,700,000 = 67.1140939…: +1.0347988… yen, shown to the
    // sen; +1.0347988 ÷ 66.0792951 = +1.566 % → +1.57 %.
    let change = eps.change(1).unwrap();
    assert_eq!(change.text_in(Language::English), "+JPY 1.03 (+1.57 %)");
    assert_eq!(change.text_in(Language::Japanese), "+1.03円（+1.57 %）");
    // The dilution of offering + allotment against the shares before: 5,400,000 ÷
    // 41,000,000 = 13.17 % → 4,700,000 ÷ 41,000,000 = 11.46 %: −1.71 pt.
    let dilution = cmp
        .rows
        .iter()
        .find(|r| r.id == "dilution.dilution_total_before")
        .unwrap();
    assert_eq!(
        dilution.change(1).unwrap().text_in(Language::English),
        "−1.71 pt"
    );
}

#[test]
fn paid_in_grants_compare_in_their_own_group_valued() {
    let mut a: Scenario = offering_desk::scenario::from_json(include_str!(
        "../assets/scenarios/paid-in-example.json"
    ))
    .unwrap();
    a.paid_option.as_mut().unwrap().valuation.pairs = Some(20_000);
    let mut b = a.clone();
    // The forced exercise at 40 % of the exercise price instead of 50 %.
    b.paid_option.as_mut().unwrap().conditions[0].level = d("0.4");
    let columns = [
        Column {
            name: "a.json".into(),
            scenario: &a,
        },
        Column {
            name: "b.json".into(),
            scenario: &b,
        },
    ];
    let cmp = offering_desk::report::compare::compare_valued(&columns);
    let row = |id: &str| {
        cmp.rows
            .iter()
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let level = row("paid_option.conditions.1.level");
    assert_eq!(level.kind, Kind::Input);
    assert_eq!(level.group, "paid_option");
    assert_eq!(
        level.label_in(Language::English),
        "Share-price condition 1: level"
    );
    assert_eq!(level.label_in(Language::Japanese), "株価条件1：水準");
    // 40 % × 3,450 − 50 % × 3,450 = −345 yen.
    let yen = row("paid_option.paid_condition_1_level");
    assert!(matches!(
        yen.change(1),
        Some(Change::Exact { delta, of: Counted::Yen, .. }) if delta == d("-345")
    ));
    // Valued: a lower level is hit less often and costs less when it is, so the right
    // is worth more.
    let amount = row("paid_option.paid_amount_per_right");
    assert!(amount.differs());
    assert!(matches!(
        amount.change(1),
        Some(Change::Exact { delta, .. }) if delta > Decimal::ZERO
    ));
    // The window's comparison does not wait for a valuation: "not valued yet".
    let unvalued = compare(&columns);
    let pending = unvalued
        .rows
        .iter()
        .find(|r| r.id == "paid_option.paid_value_per_share")
        .unwrap();
    assert!(!pending.differs());
}

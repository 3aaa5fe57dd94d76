//! r from the JGB yield curve through the real window: the preview of the Ministry's
//! file (tests/fixtures/jgb/make.py, synthetic yields), "Use this rate", where r came
//! from under its field, a T changed afterwards, and a dropped curve file.

mod common;

use std::path::PathBuf;

use common::*;
use eframe::egui::Key;
use egui_kittest::kittest::Queryable;
use offering_desk::scenario::{RateSource, Scenario};
use offering_desk::ui::{Command, DeskApp, Panel};
use rust_decimal::Decimal;

type H = egui_kittest::Harness<'static, DeskApp>;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/jgb/jgbcm-sjis.csv")
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn click(h: &mut H, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn preview(h: &mut H) {
    h.state_mut().push(Command::PreviewCurve(fixture()));
    h.run();
}

fn scenario(h: &H) -> &Scenario {
    h.state().scenario()
}

#[test]
fn the_curve_is_previewed_and_its_rate_used_for_the_option() {
    let mut h = harness_on(Panel::Options);
    assert!(shows(&h, "r entered"));
    preview(&mut h);
    assert!(shows(&h, "Import JGB yield curve"));
    assert!(shows(
        &h,
        "15 days from 1989-01-05 to 2024-04-02 (tenors 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, \
         20, 25, 30, 40 years; Shift_JIS (CP932) text)."
    ));
    // The first and last days with every tenor; "–" where a tenor had no yield.
    assert!(shows_exactly(&h, "1989-01-05"));
    assert!(shows_exactly(&h, "2024-04-02"));
    assert!(shows_exactly(&h, "40y"));
    assert!(shows(&h, "2 lines were not read:"));
    assert!(shows(
        &h,
        "line 16: date \"H31.5.1\" would be 2019-05-01, which is not in the Heisei era"
    ));
    // The sample's allotment date and T: the 15-year yield of 2013-07-11.
    assert!(shows(
        &h,
        "r for the allotment date 2013-07-11 and T = 15 years:"
    ));
    assert!(shows_exactly(&h, "r = 1.272 %"));
    assert!(shows(&h, "JGB yield on 2013-07-11, 15 years: 1.272 %"));
    // Nothing changes before "Use this rate".
    assert_eq!(scenario(&h).option.risk_free_rate, d("0.0125"));
    click(&mut h, "Use this rate");

    let o = &scenario(&h).option;
    assert_eq!(o.risk_free_rate, d("0.01272"));
    let RateSource::JgbCurve {
        file,
        valuation_date,
        term_years,
        curve,
        rate,
        ..
    } = &o.risk_free_rate_source
    else {
        panic!("{:?}", o.risk_free_rate_source);
    };
    assert_eq!(file, "jgbcm-sjis.csv");
    assert_eq!(valuation_date.to_string(), "2013-07-11");
    assert_eq!(*term_years, d("15"));
    assert_eq!(*rate, d("0.01272"));
    assert_eq!(curve.yields.len(), 15);
    assert!(shows(
        &h,
        "r set to 1.272 % from jgbcm-sjis.csv (2013-07-11, T = 15 years)."
    ));
    assert!(shows(
        &h,
        "r from the JGB yield curve: jgbcm-sjis.csv, 2013-07-11, T = 15 years, linear \
         interpolation"
    ));
    assert_eq!(
        field_text(&h, "Risk-free rate (r)"),
        "1.272",
        "the field shows the new r"
    );

    // T changed: r is no longer the curve's, and the kept day gives the new one,
    // 0.860 % + (12 − 10) ÷ (15 − 10) × (1.272 % − 0.860 %) = 1.0248 %.
    retype(&mut h, "Expected remaining period (T)", "12");
    assert!(shows(
        &h,
        "⚠ r 1.272 % no longer is what the JGB curve (jgbcm-sjis.csv) gave"
    ));
    assert!(shows(&h, "1 problem"));
    click(
        &mut h,
        "Use r from the kept curve (1.0248 % for T = 12 years)",
    );
    assert_eq!(scenario(&h).option.risk_free_rate, d("0.010248"));
    assert!(shows(
        &h,
        "r from the JGB yield curve: jgbcm-sjis.csv, 2013-07-11, T = 12 years"
    ));
    assert!(!shows(&h, "1 problem"));

    // Typing r makes it an entered one again.
    retype(&mut h, "Risk-free rate (r)", "1.5");
    assert_eq!(scenario(&h).option.risk_free_rate, d("0.015"));
    assert_eq!(
        scenario(&h).option.risk_free_rate_source,
        RateSource::Manual
    );
    assert!(shows(&h, "r entered"));
}

#[test]
fn a_term_the_curve_cannot_answer_is_refused_and_cannot_be_used() {
    let mut h = harness_on(Panel::Options);
    retype(&mut h, "Expected remaining period (T)", "45");
    preview(&mut h);
    assert!(shows(
        &h,
        "⚠ Expected remaining period (T): must be from 1 to 40 years, the tenors the curve \
         has on 2013-07-11"
    ));
    h.get_by_label("Use this rate").click();
    h.run();
    assert_eq!(scenario(&h).option.risk_free_rate, d("0.0125"));
    assert!(
        shows(&h, "Import JGB yield curve"),
        "the preview stays open"
    );
    click(&mut h, "Cancel");
    assert!(!shows(&h, "Import JGB yield curve"));
    assert_eq!(
        scenario(&h).option.risk_free_rate_source,
        RateSource::Manual
    );
}

#[test]
fn the_nearest_tenor_can_be_chosen_and_undo_brings_the_old_rate_back() {
    let mut h = harness_on(Panel::Options);
    retype(&mut h, "Expected remaining period (T)", "12");
    preview(&mut h);
    // Linear first: 1.0248 %; the nearest tenor to 12 years is 10, 0.860 %.
    assert!(shows_exactly(&h, "r = 1.0248 %"));
    click(&mut h, "Nearest tenor");
    assert!(shows_exactly(&h, "r = 0.860 %"));
    assert!(shows(
        &h,
        "JGB yield on 2013-07-11 of the tenor nearest to T = 12 years, 10 years: 0.860 %"
    ));
    click(&mut h, "Use this rate");
    assert_eq!(scenario(&h).option.risk_free_rate, d("0.0086"));
    assert!(shows(&h, "nearest tenor"));
    shortcut(&mut h, Key::Z);
    assert_eq!(scenario(&h).option.risk_free_rate, d("0.0125"));
    assert_eq!(
        scenario(&h).option.risk_free_rate_source,
        RateSource::Manual
    );
}

#[test]
fn the_file_menu_imports_a_curve_by_dialog_or_typed_path() {
    use eframe::egui::accesskit::Role;
    let mut h = harness_on(Panel::Options);
    click(&mut h, "File");
    // Not `click`: the file-dialog thread answers a moment later, so the window does not
    // settle at once (the loop below steps frames until it has).
    h.get_by_label("Import JGB yield curve…").click();
    h.step();
    // No file-dialog service here: the desk asks for a typed path instead.
    let asked = "Import the JGB yield curve (Ministry of Finance CSV)";
    let started = std::time::Instant::now();
    while !shows(&h, asked) {
        assert!(started.elapsed().as_secs() < 30, "no path prompt");
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Path")
        .type_text(&fixture().display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(shows(&h, "Import JGB yield curve"));
    assert!(shows_exactly(&h, "r = 1.272 %"));
    // The panel's own button queues the same command.
    click(&mut h, "Cancel");
    assert!(h.query_by_label("Import JGB curve…").is_some());
}

#[test]
fn a_dropped_curve_file_goes_to_the_curve_preview_not_the_price_import() {
    let mut h = harness_on(Panel::Volatility);
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(fixture())));
    h.run();
    assert!(!h.state().importing(), "not read as closes");
    assert!(shows(&h, "Import JGB yield curve"));
    assert!(!shows(&h, "Import price history"));
    assert!(shows_exactly(&h, "r = 1.272 %"));
    click(&mut h, "Cancel");
    assert_eq!(scenario(&h).option.risk_free_rate, d("0.0125"));
}

#[test]
fn the_preview_speaks_japanese() {
    let mut h = japanese_on(Some(Panel::Options));
    assert!(shows(&h, "r は入力値"));
    preview(&mut h);
    assert!(shows(&h, "国債金利情報の取込み"));
    assert!(shows_exactly(&h, "基準日"));
    assert!(shows_exactly(&h, "40年"));
    assert!(shows(&h, "2013年7月11日（木）の国債金利（15年）：1.272 %"));
    assert!(shows(&h, "2行を読み取れませんでした："));
    click(&mut h, "この利子率を使う");
    assert_eq!(scenario(&h).option.risk_free_rate, d("0.01272"));
    assert!(shows(
        &h,
        "r は国債金利情報による：jgbcm-sjis.csv、2013-07-11、T = 15年、線形補間"
    ));
}

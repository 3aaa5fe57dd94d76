//! The stock options panel, driven through the real window.

mod common;

use common::*;
use egui_kittest::kittest::Queryable;
use offering_desk::scenario::VolatilitySource;
use offering_desk::ui::Panel;
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

#[test]
fn the_bundled_scenario_shows_its_option_figures() {
    let h = harness_on(Panel::Options);
    // Source: tests/reference/sample.json (mpmath, 50 digits, from the scenario file):
    // d1 5.860964907719…, d2 4.213858677260…, C 3,325.592368080560…, C × 200 =
    // 665,118.4736… → 665,119; 95 and 40 rights × 665,119; limit 135 × 665,119 +
    // 27,000 × 1 = 89,818,065, half rounded up 44,909,033.
    for (row, value) in [
        ("Amount per stock acquisition right", "JPY 665,119"),
        ("d", "5.8609649077"),
        ("d − σ√T", "4.2138586773"),
        ("Allotment: persons", "17"),
        ("Allotment: rights", "135"),
        ("Allotment: shares on exercise", "27,000 shares"),
        ("Allotment: total value", "JPY 89,791,065"),
        ("On exercise: capital-increase limit", "JPY 89,818,065"),
        ("On exercise: increase in capital stock", "JPY 44,909,033"),
        ("On exercise: increase in capital reserve", "JPY 44,909,032"),
    ] {
        assert_eq!(figure(&h, row), value, "{row}");
    }
    assert!(shows_exactly(
        &h,
        "3,325.5923680806 × 200 shares = 665,118.47361612 → fractions of a yen rounded up → 665,119"
    ));
    // Each group's value, on its row of the allotment table.
    assert!(shows_exactly(&h, "JPY 63,186,305"));
    assert!(shows_exactly(&h, "JPY 26,604,760"));
    assert!(shows_exactly(
        &h,
        "σ from price history, 2005-12-02 to 2013-07-11, weekly"
    ));
}

#[test]
fn typing_a_volatility_changes_the_amount_and_marks_it_entered() {
    let mut h = harness_on(Panel::Options);
    // mpmath on the sample with σ = 60 %: C = 3,325.5953127735…, × 200 = 665,119.0626 →
    // rounded up → 665,120.
    retype(&mut h, "Volatility (σ)", "60");
    let option = &h.state().scenario().option;
    assert_eq!(option.volatility, d("0.6"));
    assert_eq!(option.volatility_source, VolatilitySource::Manual);
    assert!(shows(&h, "σ entered"));
    assert!(!shows(&h, "from price history"));
    assert_eq!(
        figure(&h, "Amount per stock acquisition right"),
        "JPY 665,120"
    );
}

#[test]
fn an_invalid_volatility_shows_its_message_and_keeps_the_value() {
    let mut h = harness_on(Panel::Options);
    retype(&mut h, "Volatility (σ)", "abc");
    assert!(shows(&h, "is not a percentage"));
    assert!(shows(&h, "Not current"));
    assert_eq!(h.state().scenario().option.volatility, d("0.425281"));
    assert!(matches!(
        h.state().scenario().option.volatility_source,
        VolatilitySource::History { .. }
    ));
    assert_eq!(
        figure(&h, "Amount per stock acquisition right"),
        "JPY 665,119"
    );
}

#[test]
fn a_negative_term_is_refused_with_its_rule() {
    let mut h = harness_on(Panel::Options);
    retype(&mut h, "Expected remaining period (T)", "-1");
    assert!(shows(&h, "must be above 0 and at most 100 years"));
    assert_eq!(h.state().scenario().option.term_years, d("15"));
}

#[test]
fn allotting_more_than_the_maximum_is_refused_and_named() {
    let mut h = harness_on(Panel::Options);
    retype(&mut h, "Rights (1)", "96");
    assert!(shows(&h, "more than the maximum of 135"));
    assert_eq!(h.state().scenario().option.allotment[0].rights, 95);
    assert_eq!(figure(&h, "Allotment: total value"), "JPY 89,791,065");
}

#[test]
fn a_group_can_be_added_and_filled_in() {
    let mut h = harness_on(Panel::Options);
    h.get_by_label("Add a group").click_accesskit();
    h.run();
    assert_eq!(h.state().scenario().option.allotment.len(), 3);
    assert_eq!(field_text(&h, "Group 3"), "New group");
    // Room under the maximum first, then the new group's rights.
    retype(&mut h, "Total number of rights (maximum)", "150");
    retype(&mut h, "Rights (3)", "10");
    let option = &h.state().scenario().option;
    assert_eq!(option.max_rights, 150);
    assert_eq!(option.allotment[2].rights, 10);
    // The new group adds one person (its default) and 10 rights.
    assert_eq!(figure(&h, "Allotment: rights"), "145");
    assert_eq!(figure(&h, "Allotment: persons"), "18");
    // 10 rights × 665,119
    assert!(shows_exactly(&h, "JPY 6,651,190"));
    // 145 × 665,119
    assert_eq!(figure(&h, "Allotment: total value"), "JPY 96,442,255");
}

#[test]
fn a_group_can_be_removed() {
    let mut h = harness_on(Panel::Options);
    h.query_all_by_label("Remove")
        .next()
        .expect("a Remove button")
        .click_accesskit();
    h.run();
    let option = &h.state().scenario().option;
    assert_eq!(option.allotment.len(), 1);
    assert_eq!(option.allotment[0].name, "Executive officers");
    // 40 × 665,119 is all that is left.
    assert_eq!(figure(&h, "Allotment: total value"), "JPY 26,604,760");
    assert!(!shows_exactly(&h, "JPY 63,186,305"));
}

/// The sample scenario with four Friday closes (2013-01-04 … 2013-01-25) and σ taken
/// from them over the whole series, weekly.
fn four_fridays_scenario(last_close: &str, sigma: &str) -> serde_json::Value {
    let text = std::fs::read_to_string("assets/scenarios/iij-2013.json").unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["price_history"]["closes"] = serde_json::json!([
        { "date": "2013-01-04", "close": "100" },
        { "date": "2013-01-11", "close": "110" },
        { "date": "2013-01-18", "close": "99" },
        { "date": "2013-01-25", "close": last_close },
    ]);
    json["price_history"]["splits"] = serde_json::json!([]);
    json["price_history"]["window_start"] = serde_json::Value::Null;
    json["price_history"]["window_end"] = serde_json::Value::Null;
    json["option"]["volatility"] = serde_json::json!(sigma);
    json["option"]["volatility_source"] = serde_json::json!({
        "kind": "history", "window_start": null, "window_end": null, "frequency": "weekly"
    });
    json
}

#[test]
fn the_sigma_note_warns_when_the_closes_were_edited_and_use_clears_it() {
    let dir = tempfile::tempdir().unwrap();
    // Returns ln 1.1, ln 0.9, ln 1.1: σ = ln(1.1/0.9)/√3 × √52 = 0.8354587276655658
    // (tests/volatility.rs), stored rounded to 6 decimals.
    let measured = dir.path().join("measured.json");
    let json = four_fridays_scenario("108.9", "0.835459");
    std::fs::write(&measured, serde_json::to_string(&json).unwrap()).unwrap();
    // The same file with the last close edited to 118.8: returns ln 1.1, ln 0.9, ln 1.2;
    // Python's statistics.stdev of them × √52 = 1.06389500521734 → 1.063895.
    let edited = dir.path().join("edited.json");
    let json = four_fridays_scenario("118.8", "0.835459");
    std::fs::write(&edited, serde_json::to_string(&json).unwrap()).unwrap();

    let mut h = harness_on(Panel::Options);
    h.state_mut()
        .push(offering_desk::ui::Command::Open(measured.clone()));
    h.run();
    assert!(shows(
        &h,
        "σ from price history, first close to last close, weekly"
    ));
    assert!(shows(&h, "No problems"));
    assert!(!shows(&h, "no longer comes from the loaded price history"));

    h.state_mut()
        .push(offering_desk::ui::Command::Open(edited.clone()));
    h.run();
    assert!(shows(
        &h,
        "⚠ σ 83.5459\u{a0}% no longer comes from the loaded price history: over first close \
         to last close, weekly, the history gives 106.3895\u{a0}%."
    ));
    assert!(shows(&h, "⚠ 1 problem"));
    h.get_by_label("Use σ from history (106.3895\u{a0}%)")
        .click();
    h.run();
    let option = &h.state().scenario().option;
    assert_eq!(option.volatility, d("1.063895"));
    assert!(matches!(
        option.volatility_source,
        VolatilitySource::History { .. }
    ));
    assert!(!shows(&h, "no longer comes from the loaded price history"));
    assert!(shows(&h, "No problems"));
    assert!(shows(
        &h,
        "σ from price history, first close to last close, weekly"
    ));
}

#[test]
fn where_the_roundings_differ_both_show_and_the_setting_chooses() {
    // tests/reference/ceiling.json ("zero rates, S 2000, T 10, sigma 0.25, 200 shares",
    // mpmath): C × 200 = 399,800 + 2.3e-19 yen. Exact rounding up gives 399,801; a
    // double-precision ROUNDUP loses the excess and gives 399,800.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zero-rates.json");
    let text = std::fs::read_to_string("assets/scenarios/iij-2013.json").unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    for (key, value) in [
        ("share_price", "2000"),
        ("exercise_price", "1"),
        ("term_years", "10"),
        ("volatility", "0.25"),
        ("risk_free_rate", "0"),
        ("dividend_per_share", "0"),
    ] {
        json["option"][key] = serde_json::json!(value);
    }
    json["option"]["volatility_source"] = serde_json::json!({ "kind": "manual" });
    std::fs::write(&path, serde_json::to_string(&json).unwrap()).unwrap();

    let mut h = harness_on(Panel::Options);
    h.state_mut().push(offering_desk::ui::Command::Open(path));
    h.run();
    assert_eq!(
        figure(&h, "Amount per stock acquisition right"),
        "JPY 399,801"
    );
    assert!(shows(
        &h,
        "Exact (any true fraction of a yen rounded up): JPY 399,801 — used. Spreadsheet \
         (ROUNDUP in double precision, as Excel): JPY 399,800."
    ));

    h.get_by_label("spreadsheet").click();
    h.run();
    assert_eq!(
        h.state().scenario().option.amount_convention,
        offering_desk::domain::options::AmountConvention::Spreadsheet
    );
    assert_eq!(
        figure(&h, "Amount per stock acquisition right"),
        "JPY 399,800"
    );
    assert!(shows(
        &h,
        "Spreadsheet (ROUNDUP in double precision, as Excel): JPY 399,800 — used."
    ));
}

#[test]
fn the_stale_sigma_warning_and_its_button_read_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    // The edited file of the test above: σ 0.835459 recorded, the closes give 1.063895.
    let edited = dir.path().join("edited.json");
    let json = four_fridays_scenario("118.8", "0.835459");
    std::fs::write(&edited, serde_json::to_string(&json).unwrap()).unwrap();
    let mut h = japanese_on(Some(Panel::Options));
    h.state_mut().push(offering_desk::ui::Command::Open(edited));
    h.run();
    assert!(shows_exactly(
        &h,
        "⚠ σ 83.5459\u{a0}% は読み込まれている株価履歴と合いません。最初の終値 から 最後の終値、\
         週次 の履歴からは 106.3895\u{a0}% になります。"
    ));
    h.get_by_label("履歴の σ を使う（106.3895\u{a0}%）").click();
    h.run();
    assert_eq!(h.state().scenario().option.volatility, d("1.063895"));
    assert!(shows_exactly(
        &h,
        "σ は株価履歴から算出（最初の終値 から 最後の終値、週次）"
    ));
}

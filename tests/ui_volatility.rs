//! The volatility panel driven through the real window: the bundled history, the
//! window and split settings, and handing σ to the option valuation.

mod common;

use chrono::{Datelike, NaiveDate};
use common::*;
use egui_kittest::kittest::{NodeT, Queryable};
use offering_desk::scenario::{FrequencyTerm, ScenarioResults, VolatilitySource};
use offering_desk::ui::{Panel, StartOptions};
use rust_decimal::Decimal;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The window's σ as the results compute it for the app's current scenario.
fn current_sigma(h: &egui_kittest::Harness<'static, offering_desk::ui::DeskApp>) -> f64 {
    ScenarioResults::compute(h.state().scenario())
        .volatility
        .expect("volatility computes")
        .annualized
}

/// A variant of the sample's σ from tests/reference/sample.json (mpmath, 50 digits,
/// straight from the scenario file): `(σ as the window shows it, σ to 6 decimals)`.
fn reference(variant: &str) -> (String, Decimal) {
    let all: serde_json::Value =
        serde_json::from_str(include_str!("reference/sample.json")).unwrap();
    let v = &all[variant];
    (
        v["annualized_shown"].as_str().unwrap().to_owned(),
        v["annualized_6dp_half_up"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap(),
    )
}

#[test]
fn the_bundled_history_shows_its_source_and_sigma() {
    let h = harness_on(Panel::Volatility);
    assert!(shows(&h, "SYNTHETIC"));
    assert_eq!(
        figure(&h, "Annualised volatility"),
        reference("volatility").0
    );
    assert!(shows(&h, "1,868 closes from 2005-12-02 to 2013-07-11"));
    assert!(shows(&h, "In use for the option valuation"));
    assert_eq!(field_text(&h, "Window start"), "2005-12-02");
    assert_eq!(field_text(&h, "Ratio 1"), "200");
}

#[test]
fn use_this_sigma_takes_the_new_window() {
    let mut h = harness_on(Panel::Volatility);
    retype(&mut h, "Window start", "2010-01-01");
    let (shown, expected) = reference("volatility_from_2010_01_01");
    assert_eq!(figure(&h, "Annualised volatility"), shown);
    // The option still uses the old figure until the user says otherwise.
    assert!(shows_exactly(
        &h,
        "The option uses σ = 42.5281\u{a0}% (from the history, 2005-12-02 to 2013-07-11, weekly)"
    ));

    h.get_by_label("Use this σ").click();
    h.run();
    let option = &h.state().scenario().option;
    assert_eq!(option.volatility, expected);
    assert_eq!(
        option.volatility_source,
        VolatilitySource::History {
            window_start: Some(date(2010, 1, 1)),
            window_end: Some(date(2013, 7, 11)),
            frequency: FrequencyTerm::Weekly,
        }
    );
    assert!(shows(&h, "In use for the option valuation"));
}

#[test]
fn removing_the_split_shows_the_crash_as_volatility() {
    let mut h = harness_on(Panel::Volatility);
    h.get_by_label("Remove").click();
    h.run();
    assert!(h.state().scenario().price_history.splits.is_empty());
    // A 1:200 split read as a price move is a log return of −5.3 in one week: σ 197.57 %.
    assert_eq!(
        figure(&h, "Annualised volatility"),
        reference("volatility_without_the_split").0
    );
    assert!(shows(&h, "None: closes are used as recorded."));

    h.get_by_label("Add a split or consolidation").click();
    h.run();
    retype(&mut h, "Effective date 1", "2012-10-01");
    retype(&mut h, "Ratio 1", "200");
    assert_eq!(figure(&h, "Annualised volatility"), "42.5281 %");
}

#[test]
fn an_invalid_window_date_shows_its_message() {
    let mut h = harness_on(Panel::Volatility);
    retype(&mut h, "Window start", "2010-13-45");
    assert!(shows(&h, "is not a date"));
    assert!(shows(&h, "Not current"));
    // The scenario keeps the last valid start.
    assert_eq!(
        h.state().scenario().price_history.window_start,
        Some(date(2005, 12, 2))
    );
    retype(&mut h, "Window end", "2004-01-01");
    assert!(shows(&h, "must be on or after the window start"));
}

#[test]
fn too_few_closes_in_the_window_is_a_problem_not_a_figure() {
    let mut h = harness_on(Panel::Volatility);
    retype(&mut h, "Window start", "2013-07-01");
    assert!(shows(&h, "needs at least 3 weekly samples"));
    assert!(!shows(&h, "Use this σ"));
}

#[test]
fn daily_sampling_changes_sigma() {
    let mut h = harness_on(Panel::Volatility);
    h.get_by_label("daily").click();
    h.run();
    assert_eq!(
        h.state().scenario().price_history.frequency,
        FrequencyTerm::Daily
    );
    assert_eq!(
        figure(&h, "Annualised volatility"),
        reference("volatility_daily").0
    );
    assert!(shows(&h, "The option uses σ = 42.5281\u{a0}%"));
}

/// Thirty years of weekday closes (~7,800) keep each frame quick: the chart series
/// are derived once, not every frame.
#[test]
fn thirty_years_of_daily_closes_stay_smooth() {
    let text = std::fs::read_to_string("assets/scenarios/iij-2013.json").unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut closes = Vec::new();
    let mut day = date(1983, 7, 11);
    let mut price = 3_000.0f64;
    while day <= date(2013, 7, 11) {
        if day.weekday().num_days_from_monday() < 5 {
            let step = ((closes.len() * 7_919) % 101) as f64 / 100.0 - 0.5;
            price = (price * (1.0 + 0.03 * step)).max(10.0);
            closes.push(serde_json::json!({
                "date": day.to_string(),
                "close": format!("{price:.0}"),
            }));
        }
        day = day.succ_opt().unwrap();
    }
    let count = closes.len();
    assert!(count > 7_500);
    json["price_history"]["closes"] = serde_json::Value::Array(closes);
    json["price_history"]["splits"] = serde_json::json!([]);
    json["price_history"]["window_start"] = serde_json::Value::Null;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.json");
    std::fs::write(&path, serde_json::to_string(&json).unwrap()).unwrap();

    let mut h = harness_with(StartOptions {
        file: Some(path),
        panel: Some(Panel::Volatility),
        ..StartOptions::default()
    });
    assert!(shows(
        &h,
        &format!(
            "{} closes",
            offering_desk::domain::money::format_count(count as u64)
        )
    ));
    // Frames keep drawing the chart from the cache (the panel's unit tests count the
    // derivations); the frame-time goal is measured by `cargo bench --bench frame`.
    for _ in 0..10 {
        h.step();
    }
    assert!(shows(&h, "Annualised volatility"));
}

#[test]
fn import_from_a_typed_path_opens_the_prompt() {
    let mut h = harness_on(Panel::Volatility);
    h.get_by_label("from path…").click();
    h.run();
    assert!(shows(&h, "Import price history (CSV)"));
}

/// σ of the sample's synthetic closes with closes before 2012-10-01 divided by 200,
/// sampled on the last close of each ISO week over 2005-12-02 … 2013-07-11: Python's
/// `statistics.stdev` of the weekly log returns × √52.
const SAMPLE_SIGMA_PYTHON: f64 = 0.425_280_539_579_121_65;

#[test]
fn removing_the_split_flags_the_move_and_one_click_adds_it_back() {
    let mut h = harness_on(Panel::Volatility);
    assert!(shows(&h, "No problems"));
    h.get_by_label("Remove").click();
    h.run();
    // The CSV: 858,700 on 2012-09-28, 4,212 on 2012-10-01; 858,700 / 4,212 = 203.87,
    // nearest plausible ratio 200.
    assert!(shows(
        &h,
        "2012-10-01: 858,700 → 4,212 (÷ 203.87), looks like a 1:200 split with no \
         adjustment entered"
    ));
    // The suspect and the option's σ, which the history no longer gives.
    assert!(shows(&h, "⚠ 2 problems"));
    // Without the split, Python gives σ = 1.9757265169479452 on the same window.
    assert!((current_sigma(&h) - 1.975_726_516_947_945_2).abs() < 1e-9);
    let use_button = h.get_by_label("Use this σ");
    assert!(use_button.accesskit_node().is_disabled());
    assert!(shows_exactly(
        &h,
        "⚠ A suspected unadjusted split lies inside the window: this σ includes it. Add the \
         split or confirm the move as real (above) before using it."
    ));

    h.get_by_label("Add a 1:200 split on 2012-10-01").click();
    h.run();
    let history = &h.state().scenario().price_history;
    assert_eq!(history.splits.len(), 1);
    assert_eq!(history.splits[0].effective_date, date(2012, 10, 1));
    assert_eq!(history.splits[0].ratio, Decimal::from(200));
    assert!((current_sigma(&h) - SAMPLE_SIGMA_PYTHON).abs() < 1e-12);
    assert!(shows(&h, "No problems"));
    assert!(shows(&h, "In use for the option valuation"));
    assert!(!h.get_by_label("Use this σ").accesskit_node().is_disabled());
}

#[test]
fn a_move_confirmed_as_real_stops_counting_and_is_saved() {
    let mut h = harness_on(Panel::Volatility);
    h.get_by_label("Remove").click();
    h.run();
    h.get_by_label("Not a split: a real move on 2012-10-01")
        .click();
    h.run();
    let scenario = h.state().scenario().clone();
    assert_eq!(
        scenario.price_history.confirmed_moves,
        vec![date(2012, 10, 1)]
    );
    // Only the stale σ is left.
    assert!(shows(&h, "⚠ 1 problem"));
    assert!(shows(&h, "Confirmed as real moves, not splits:"));
    let json = offering_desk::scenario::to_json(&scenario);
    assert!(
        json.contains("\"confirmed_moves\": [\n      \"2012-10-01\"\n    ]"),
        "{json}"
    );
    let back = offering_desk::scenario::from_json(&json).unwrap();
    assert_eq!(back, scenario);
    // The sample itself has none, and its file does not mention the field.
    assert!(!offering_desk::scenario::SAMPLE_SCENARIO_JSON.contains("confirmed_moves"));
    // Undoing the confirmation brings the suspect back.
    h.get_by_label("2012-10-01 ✕").click();
    h.run();
    assert!(shows(&h, "⚠ 2 problems"));
}

#[test]
fn the_problem_count_leads_to_the_suspect_then_to_the_stale_sigma() {
    let mut h = harness_on(Panel::Volatility);
    h.get_by_label("Remove").click();
    h.run();
    h.state_mut()
        .push(offering_desk::ui::Command::ShowPanel(Panel::Offering));
    h.run();
    assert!(!shows(&h, "Suspected unadjusted splits"));
    h.get_by_label("⚠ 2 problems").click();
    h.run();
    assert!(shows(&h, "⚠ Suspected unadjusted splits (1)"));
    h.get_by_label("Not a split: a real move on 2012-10-01")
        .click();
    h.run();
    h.get_by_label("⚠ 1 problem").click();
    h.run();
    // The Stock options panel, with the σ field focused and the reason beside it.
    assert!(shows(&h, "Black–Scholes"));
    assert!(
        h.get_by_role_and_label(eframe::egui::accesskit::Role::TextInput, "Volatility (σ)")
            .accesskit_node()
            .is_focused()
    );
    // Python: 1.9757265169479452 → 197.5727 %.
    assert!(shows(
        &h,
        "σ 42.5281\u{a0}% no longer comes from the loaded price history: over 2005-12-02 to \
         2013-07-11, weekly, the history gives 197.5727\u{a0}%."
    ));
}

#[test]
fn the_sigma_in_use_and_a_suspect_in_the_window_read_in_japanese() {
    let mut h = japanese_on(Some(Panel::Volatility));
    retype(&mut h, "算定期間（初日）", "2010-01-01");
    assert!(shows_exactly(
        &h,
        "ストック・オプションには σ = 42.5281\u{a0}%（株価履歴から算出、2005-12-02 から \
         2013-07-11、週次）を使っています"
    ));
    retype(&mut h, "算定期間（初日）", "2005-12-02");
    h.get_by_label("削除").click();
    h.run();
    assert!(shows_exactly(
        &h,
        "⚠ 期間内に未調整の株式分割の疑いが1件あり、この σ はそれを含んでいます。使う前に、\
         分割を追加するか実際の値動きとして確認してください（上）。"
    ));
    // The suspect in words, and its fix, as in the English test above.
    assert!(shows_exactly(
        &h,
        "⚠ 2012-10-01：858,700 → 4,212（÷ 203.87）、調整が入力されていない1:200の株式分割のようです"
    ));
    assert!(shows_exactly(&h, "⚠ 未調整の株式分割の疑い（1件）"));
    h.get_by_label("2012-10-01 に1:200の株式分割を追加").click();
    h.run();
    let history = &h.state().scenario().price_history;
    assert_eq!(history.splits.len(), 1);
    assert_eq!(history.splits[0].ratio, Decimal::from(200));
}

//! The paid-in options panel, driven through the real window: the empty state, the
//! terms and conditions, the background valuation and the design table.

mod common;

use std::path::PathBuf;

use common::*;
use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use offering_desk::ui::{Command, DeskApp, Panel};
use rust_decimal::Decimal;

/// The window on the Paid-in options panel with `path` open.
fn open(path: PathBuf, japanese: bool) -> Harness<'static, DeskApp> {
    let mut h = if japanese {
        japanese_on(Some(Panel::Paid))
    } else {
        harness_on(Panel::Paid)
    };
    h.state_mut().push(Command::Open(path));
    settle(&mut h);
    h
}

/// Runs frames until the window is still: the panel's grids each take a sizing frame
/// as they first appear, one under the other.
fn settle(h: &mut Harness<'static, DeskApp>) {
    for _ in 0..5 {
        if h.run_ok().is_some() {
            return;
        }
    }
    h.run();
}

/// Runs frames until the background valuation is over, then lets the window settle.
/// Bounded by frames: a valuation of 1,000 pairs ends long before.
fn wait_for_value(h: &mut Harness<'static, DeskApp>) {
    let ended = step_until(h, 20_000, |h| !h.state().valuing());
    assert!(ended, "the valuation did not end");
    settle(h);
}

/// Texts on the row of `row`, left to right after it (a table's cells).
fn row_after(h: &Harness<'static, DeskApp>, row: &str) -> Vec<String> {
    let label = h.get_by_role_and_label(Role::Label, row).rect();
    let mut cells: Vec<(f32, String)> = h
        .query_all_by_role(Role::Label)
        .filter_map(|n| {
            let r = n.rect();
            let on_row = r.min.y < label.max.y && r.max.y > label.min.y;
            let text = n
                .accesskit_node()
                .value()
                .or_else(|| n.accesskit_node().label())
                .unwrap_or_default()
                .trim()
                .to_owned();
            (on_row && r.min.x >= label.max.x && !text.is_empty()).then_some((r.min.x, text))
        })
        .collect();
    cells.sort_by(|a, b| a.0.total_cmp(&b.0));
    cells.into_iter().map(|(_, t)| t).collect()
}

#[test]
fn the_empty_state_adds_a_grant_from_the_scenario() {
    let mut h = harness_on(Panel::Paid);
    assert!(h.state().scenario().paid_option.is_none());
    assert!(shows(&h, "rights the holders pay their fair value for"));
    h.get_by_label("Add a paid-in grant").click_accesskit();
    settle(&mut h);

    let grant = h.state().scenario().paid_option.clone().expect("a grant");
    // The sample's last close: 3,509 yen on 2013-07-11, which is also the exercise price.
    assert_eq!(grant.share_price, Decimal::from(3_509));
    assert_eq!(field_text(&h, "Share price on the valuation date"), "3,509");
    assert_eq!(field_text(&h, "Exercise price: close of"), "2013-07-11");
    assert_eq!(field_text(&h, "Level (1)"), "50");
    assert!(shows_exactly(&h, "= JPY 3,509 per share"));
    // 50 % × 3,509 = 1,754.5 yen.
    assert!(shows_exactly(&h, "= JPY 1,754.50"));
    // The default accuracy takes a while in a debug build: it runs, and the frame did not wait.
    assert!(h.state().valuing());
    assert!(shows(&h, "Valuing in the background"));
    // Undo takes the grant away again.
    h.state_mut().push(Command::Undo);
    h.run();
    assert!(h.state().scenario().paid_option.is_none());
}

#[test]
fn editing_the_share_price_values_again_and_the_value_becomes_current() {
    let dir = tempfile::tempdir().unwrap();
    // No condition: the value is Black–Scholes, exact. mpmath, 40 digits: S 3,509,
    // X 3,450 (the close of 2013-07-10), T = 364 / 365 (2013-07-11 to 2014-07-10),
    // σ 42.5281 %, r 1.25 %, q 0.76 %: C = 617.68664571…; × 100 shares = 61,768.66 →
    // 61,769 yen per right. With S 3,600: C = 673.28545521…, 67,328.55 → 67,329.
    let path = paid_file(dir.path(), |json| {
        json["paid_option"]["conditions"] = serde_json::json!([]);
    });
    let mut h = open(path, false);
    wait_for_value(&mut h);
    assert_eq!(figure(&h, "Value per share"), "617.6866");
    assert_eq!(figure(&h, "Amount to be paid per right"), "JPY 61,769");
    assert!(!shows(&h, "Not current"));
    // Nothing simulated, nothing to check: the chart says why, and no check is offered.
    assert!(shows(
        &h,
        "without a condition the value is Black–Scholes, exact"
    ));
    assert!(!shows(&h, "Check by simulation"));
    retype(&mut h, "Share price on the valuation date", "3600");
    assert_eq!(
        h.state()
            .scenario()
            .paid_option
            .as_ref()
            .unwrap()
            .share_price,
        Decimal::from(3_600)
    );
    wait_for_value(&mut h);
    assert_eq!(figure(&h, "Value per share"), "673.2855");
    assert_eq!(figure(&h, "Amount to be paid per right"), "JPY 67,329");
    // 67,329 × 5,000 rights.
    assert!(shows_exactly(&h, "JPY 336,645,000"));
    assert!(!shows(&h, "Not current"));
}

#[test]
fn a_level_at_or_above_the_share_price_is_refused_beside_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(paid_file(dir.path(), |_| {}), false);
    // 150 % of the exercise price 3,450 is 5,175 yen: a close below it would already be
    // met by the share price 3,509.
    retype(&mut h, "Level (1)", "150");
    assert!(shows(&h, "⚠ must be below the share price 3,509"));
    let level = h
        .state()
        .scenario()
        .paid_option
        .as_ref()
        .unwrap()
        .conditions[0]
        .level;
    assert_eq!(level, Decimal::new(5, 1));
    // The message sits under the field it is about.
    let field = text_field(&h, "Level (1)").rect();
    let message = h
        .get_by_label_contains("must be below the share price")
        .rect();
    assert!(message.min.y >= field.max.y - 1.0 && message.min.x < field.max.x);
    wait_for_value(&mut h);
}

#[test]
fn while_a_new_value_runs_the_last_one_is_marked_not_current_and_can_be_stopped() {
    let dir = tempfile::tempdir().unwrap();
    // The simulation, whose pairs make it as slow as a test needs.
    let mut h = open(
        paid_file(dir.path(), |json| {
            json["paid_option"]["valuation"]["method"] = serde_json::json!("simulation");
        }),
        false,
    );
    wait_for_value(&mut h);
    let before = figure(&h, "Amount to be paid per right");
    assert!(!shows(&h, "Not current"));
    // Fifty million pairs take far longer than the frames below.
    retype(&mut h, "Path pairs", "50000000");
    assert!(h.state().valuing());
    assert!(shows(
        &h,
        "Not current: these figures are for the terms before"
    ));
    assert!(shows(&h, "Valuing in the background"));
    // The previous value is still shown meanwhile.
    assert_eq!(figure(&h, "Amount to be paid per right"), before);
    h.get_by_label("Stop").click_accesskit();
    h.run();
    assert!(!h.state().valuing());
    assert!(shows(&h, "The valuation was stopped."));
    assert!(shows(&h, "Not current"));
}

#[test]
fn the_design_table_fills_in_and_its_own_design_matches_the_value() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(paid_file(dir.path(), |_| {}), false);
    wait_for_value(&mut h);
    let amount = figure(&h, "Amount to be paid per right");
    h.get_by_label("Compute design table").click_accesskit();
    h.run();
    step_until(&mut h, 50_000, |h| {
        h.query_by_label("Compute again").is_some()
    });
    h.run();
    // One share-price condition and nothing else: the grid, as for the value itself.
    assert!(shows(
        &h,
        "Each cell is valued on the grid over the daily closes"
    ));
    // σ 42.5281 % and 5 and 10 points either side.
    let header = row_after(&h, "Level \\ σ");
    assert_eq!(
        header,
        [
            "32.53 %",
            "37.53 %",
            "42.53 % (entered)",
            "47.53 %",
            "52.53 %"
        ]
    );
    for level in ["40 %", "60 %", "70 %", "80 %"] {
        let cells = row_after(&h, level);
        assert_eq!(cells.len(), 5, "{level}: {cells:?}");
        assert!(cells.iter().all(|c| c.starts_with("JPY ")), "{cells:?}");
    }
    // The grant as it is (forced exercise below 50 %, σ as entered) is the middle cell
    // of the 50 % row, marked as entered: the same grid valuation.
    let fifty = row_after(&h, "50 % (entered)");
    assert_eq!(fifty[2], amount, "{fifty:?}");
}

#[test]
fn the_panel_reads_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(paid_file(dir.path(), |_| {}), true);
    wait_for_value(&mut h);
    for label in [
        "有償ストックオプション",
        "新株予約権の名称",
        "算定基準日",
        "行使期間（初日）",
        "行使価額とする終値の日",
        "新株予約権1個当たりの払込金額",
        "株価に関する行使条件",
    ] {
        assert!(shows_exactly(&h, label), "{label}");
    }
    // The condition's kind, chosen in the notice's words.
    let kind = h
        .query_all_by_role(Role::ComboBox)
        .filter_map(|n| n.accesskit_node().value())
        .collect::<Vec<_>>();
    assert!(
        kind.iter().any(|k| k
            == "終値が水準を下回った場合、残存する全ての本新株予約権を行使価額で行使しなければならない"),
        "{kind:?}"
    );
    // 50 % × 3,450 = 1,725 yen.
    assert!(shows_exactly(&h, "＝ 1,725円"));
    assert!(!shows(&h, "Exercise price"));
}

#[test]
fn removing_the_grant_asks_first_and_undo_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(paid_file(dir.path(), |_| {}), false);
    h.get_by_label("Remove the grant…").click_accesskit();
    h.run();
    assert!(h.state().scenario().paid_option.is_some());
    h.get_by_label("Yes, remove the grant").click_accesskit();
    h.run();
    assert!(h.state().scenario().paid_option.is_none());
    assert!(shows(&h, "Add a paid-in grant"));
    h.state_mut().push(Command::Undo);
    h.run();
    assert!(h.state().scenario().paid_option.is_some());
}

/// The example's grant with its tiers back, tested at the one fiscal year-end in the
/// shortened period (2014-03-31): operating profit above 8,000,000,000 yen makes 50 %
/// of the rights exercisable, above 10,000,000,000 yen all, with the example's
/// probabilities 90 % and 60 %.
fn with_tiers(json: &mut serde_json::Value) {
    json["paid_option"]["performance"] = serde_json::json!({
        "metric": "営業利益",
        "tiers": [
            { "threshold": "8000000000", "fraction": "0.5" },
            { "threshold": "10000000000", "fraction": "1" }
        ],
        "year_ends": ["2014-03-31"],
        "test": "any_year",
        "valuation": { "kind": "probabilities", "probabilities": ["0.9", "0.6"] }
    });
}

/// A percentage as the figures show it ("46.62 %"), as a fraction.
fn fraction_shown(text: &str) -> f64 {
    let number = text.trim_end_matches('%').trim();
    number.parse::<f64>().unwrap_or_else(|_| panic!("{text:?}")) / 100.0
}

#[test]
fn the_performance_condition_is_edited_beside_its_fields_and_valued() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(paid_file(dir.path(), |_| {}), false);
    wait_for_value(&mut h);
    assert!(shows(&h, "every right is exercisable, whatever"));
    h.get_by_label("Performance condition").click_accesskit();
    settle(&mut h);
    let p = h
        .state()
        .scenario()
        .paid_option
        .as_ref()
        .unwrap()
        .performance
        .clone()
        .expect("a performance condition");
    // Valued 2013-07-11, exercisable to 2014-07-10: the one March 31 between.
    assert_eq!(p.metric, "operating profit");
    assert_eq!(field_text(&h, "Fiscal year-end 1"), "2014-03-31");
    assert_eq!(field_text(&h, "Threshold (tier 1)"), "1,000,000,000");
    assert_eq!(field_text(&h, "Exercisable fraction (tier 1)"), "100");
    assert_eq!(field_text(&h, "Probability of tier 1"), "50");
    wait_for_value(&mut h);
    let value = figure(&h, "Value per share");

    // 120 % of the rights is refused beside its field; the grant keeps 100 % and is not
    // valued again.
    retype(&mut h, "Exercisable fraction (tier 1)", "120");
    let message = "⚠ must be above 0 and at most 1 (100 % of the rights)";
    assert!(shows_exactly(&h, message));
    let field = text_field(&h, "Exercisable fraction (tier 1)").rect();
    let beside = h.get_by_label(message).rect();
    assert!(beside.min.y >= field.max.y - 1.0 && beside.min.x < field.max.x);
    let tiers = &h.state().scenario().paid_option.as_ref().unwrap();
    let tiers = &tiers.performance.as_ref().unwrap().tiers;
    assert_eq!(tiers[0].fraction, Decimal::ONE);
    assert!(!h.state().valuing());
    assert!(shows(&h, "Not current"));
    assert_eq!(figure(&h, "Value per share"), value);
    // The status bar leads back to it from another panel, as it does for every field
    // of the condition and the multiple.
    for path in [
        "paid_option.performance.metric",
        "paid_option.performance.year_ends[0]",
        "paid_option.performance.tiers[1].threshold",
        "paid_option.performance.probabilities[1]",
        "paid_option.performance.correlation",
        "paid_option.exercise_multiple",
    ] {
        assert_eq!(Panel::for_field(path), Panel::Paid, "{path}");
    }
    h.state_mut().push(Command::ShowPanel(Panel::Summary));
    h.run();
    h.get_by_label("⚠ 1 problem").click_accesskit();
    settle(&mut h);
    assert_eq!(h.state().settings().panel, Panel::Paid);
    assert!(text_field(&h, "Exercisable fraction (tier 1)").is_focused());
    retype(&mut h, "Exercisable fraction (tier 1)", "100");
    assert!(!shows(&h, "⚠ must be above 0"));

    // The metric simulated from its last actual value 1,000,000,000 yen (the tier's
    // threshold), no growth, ν 20 %, ρ 0, tested on the close of 2014-03-31, 263 days
    // on: t = 263 / 365 = 0.720548. It exceeds the threshold when
    // (−ν²/2) t + ν √t Z > 0, Z > ν √t / 2 = 0.2 × 0.848851 / 2 = 0.0848851, so
    // P = 1 − Φ(0.0848851) = 0.466176. 2,000 paths: a standard error near 0.011.
    h.get_by_label("simulate the metric").click_accesskit();
    settle(&mut h);
    assert_eq!(
        field_text(&h, "Last actual value of the metric"),
        "1,000,000,000"
    );
    assert_eq!(field_text(&h, "Volatility of the metric"), "20");
    wait_for_value(&mut h);
    assert!(!shows(&h, "Not current"));
    let reached = figure(
        &h,
        "Tier 1 reached (operating profit above JPY 1,000,000,000)",
    );
    let p = fraction_shown(&reached);
    assert!((p - 0.466_176).abs() < 0.045, "{reached}");
    // One tier giving all the rights: the expected fraction is its probability.
    assert_eq!(figure(&h, "Expected exercisable fraction"), reached);

    // Unticking removes it at once; Edit › Undo brings it back.
    h.get_by_label("Performance condition").click_accesskit();
    settle(&mut h);
    let grant = h.state().scenario().paid_option.clone().unwrap();
    assert!(grant.performance.is_none());
    h.state_mut().push(Command::Undo);
    settle(&mut h);
    let grant = h.state().scenario().paid_option.clone().unwrap();
    assert!(grant.performance.is_some());
    wait_for_value(&mut h);
}

#[test]
fn tiers_and_year_ends_are_added_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(paid_file(dir.path(), with_tiers), false);
    let performance = |h: &Harness<'static, DeskApp>| {
        let grant = h.state().scenario().paid_option.clone().unwrap();
        grant.performance.unwrap()
    };
    // A tier above 10,000,000,000 yen: × 1.25 = 12,500,000,000 yen, all the rights;
    // the tier below gave them all, so it now gives half-way from 50 %: 75 %. Its
    // probability is half the highest one's: 60 % / 2 = 30 %.
    h.get_by_label("Add a tier").click_accesskit();
    settle(&mut h);
    assert_eq!(field_text(&h, "Threshold (tier 3)"), "12,500,000,000");
    assert_eq!(field_text(&h, "Exercisable fraction (tier 2)"), "75");
    assert_eq!(field_text(&h, "Exercisable fraction (tier 3)"), "100");
    assert_eq!(field_text(&h, "Probability of tier 3"), "30");
    // Removing the first tier takes its probability with it.
    let removes = h.query_all_by_label("Remove").count();
    h.query_all_by_label("Remove")
        .find(|n| {
            let field = text_field(&h, "Threshold (tier 1)").rect();
            n.rect().center().y > field.min.y && n.rect().center().y < field.max.y
        })
        .expect("Remove on the first tier's row")
        .click_accesskit();
    settle(&mut h);
    assert_eq!(h.query_all_by_label("Remove").count(), removes - 1);
    let p = performance(&h);
    assert_eq!(p.tiers.len(), 2);
    assert_eq!(p.tiers[0].threshold, Decimal::from(10_000_000_000_i64));
    assert_eq!(
        p.valuation,
        offering_desk::scenario::PerformanceValuationTerms::Probabilities {
            probabilities: vec![Decimal::new(6, 1), Decimal::new(3, 1)]
        }
    );
    // A year after 2014-03-31 is past the end of the period, 2014-07-10: refused,
    // naming the range.
    h.get_by_label("Add a fiscal year-end").click_accesskit();
    settle(&mut h);
    assert!(shows(
        &h,
        "must be a fiscal year-end after the valuation date 2013-07-11"
    ));
    assert_eq!(performance(&h).year_ends.len(), 1);
    // The refusal stays until the condition changes.
    h.run();
    assert!(shows(&h, "must be a fiscal year-end after"));
    retype(&mut h, "Threshold (tier 1)", "11,000,000,000");
    assert_eq!(
        performance(&h).tiers[0].threshold,
        Decimal::from(11_000_000_000_i64)
    );
    assert!(!shows(&h, "must be a fiscal year-end after"));
    // A given year keeps the one year-end and offers no other.
    h.get_by_label("a given year").click_accesskit();
    settle(&mut h);
    assert_eq!(
        performance(&h).test,
        offering_desk::scenario::PerformanceTest::GivenYear
    );
    assert!(h.query_by_label("Add a fiscal year-end").is_none());
    wait_for_value(&mut h);
}

#[test]
fn an_exercise_multiple_of_one_is_refused_beside_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(paid_file(dir.path(), |_| {}), false);
    assert!(shows(
        &h,
        "exercised, if at all, at the end of the exercise period"
    ));
    h.get_by_label("Early exercise").click_accesskit();
    settle(&mut h);
    let multiple = |h: &Harness<'static, DeskApp>| {
        h.state()
            .scenario()
            .paid_option
            .as_ref()
            .unwrap()
            .exercise_multiple
    };
    assert_eq!(multiple(&h), Some(Decimal::TWO));
    assert_eq!(field_text(&h, "Exercise once the close reaches"), "2");
    assert!(shows_exactly(&h, "× the exercise price"));
    retype(&mut h, "Exercise once the close reaches", "1");
    let message = "⚠ must be above 1 and at most 10 (times the exercise price)";
    assert!(shows_exactly(&h, message));
    let field = text_field(&h, "Exercise once the close reaches").rect();
    let beside = h.get_by_label(message).rect();
    assert!(beside.min.y >= field.max.y - 1.0 && beside.min.x < field.max.x);
    assert_eq!(multiple(&h), Some(Decimal::TWO));
    retype(&mut h, "Exercise once the close reaches", "2.5");
    assert_eq!(multiple(&h), Some(Decimal::new(25, 1)));
    wait_for_value(&mut h);
    // A path is exercised early only if its close reaches 2.5 × 3,450 = 8,625 yen from
    // 3,509: ln(8,625 / 3,509) = b = 0.899334. The running maximum of a Brownian motion
    // with drift μ = r − q − σ²/2 = 0.0125 − 0.0076 − 0.090432 = −0.085532 and
    // σ = 0.425281 reaches b within T = 364 / 365 with probability
    // Φ((−b + μT)/(σ√T)) + e^(2μb/σ²) Φ((−b − μT)/(σ√T))
    // = Φ(−2.3184) + 0.42716 × Φ(−1.9167) = 0.01021 + 0.01180 = 0.0220: tested on the
    // closes only, from the start of the exercise period, and after a forced exercise on
    // some paths, fewer are exercised early.
    // 2,000 paths: three standard errors are about 0.01.
    let early = fraction_shown(&figure(&h, "Exercised early (share of paths)"));
    assert!(early > 0.0 && early < 0.0220 + 0.01, "{early}");
    // The sample paths show the price it happens at.
    assert!(shows(&h, "Early exercise: 2.50 × the exercise price"));
}

#[test]
fn the_performance_condition_and_early_exercise_read_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let path = paid_file(dir.path(), |json| {
        with_tiers(json);
        json["paid_option"]["exercise_multiple"] = serde_json::json!("2");
    });
    let mut h = open(path, true);
    wait_for_value(&mut h);
    for label in [
        "業績条件",
        "業績指標",
        "いずれかの事業年度",
        "判定する事業年度末",
        "事業年度末（1）",
        "基準値（第1段階）",
        "行使可能割合（第2段階）",
        "各段階の達成確率",
        "第2段階の達成確率",
        "早期行使",
        "早期行使する株価",
        "倍（行使価額に対する）",
    ] {
        assert!(shows_exactly(&h, label), "{label}");
    }
    assert_eq!(field_text(&h, "基準値（第2段階）"), "10,000,000,000");
    // (90 % − 60 %) × 50 % + 60 % × 100 % = 15 % + 60 % = 75 %.
    assert_eq!(figure(&h, "行使可能割合の期待値"), "75.00 %");
    assert_eq!(
        figure(&h, "第1段階の達成確率（営業利益が8,000,000,000円超）"),
        "90.00 %"
    );
    assert!(!shows(&h, "Performance"));
}

#[test]
fn the_notices_panel_offers_the_paid_in_draft_only_with_a_grant() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(paid_file(dir.path(), |_| {}), false);
    wait_for_value(&mut h);
    h.get_by_label(&panel_name(Panel::Notices))
        .click_accesskit();
    settle(&mut h);
    assert!(shows(&h, "Paid-in stock-option notice draft (.html)…"));
    assert!(shows(&h, "Paid-in stock-option notice draft (.md)…"));
    // The bundled sample has no grant: no such section.
    let mut plain = harness_on(Panel::Notices);
    plain.run();
    assert!(shows(&plain, "Stock-option notice draft (.html)…"));
    assert!(!shows(&plain, "Paid-in stock-option notice"));
}

#[test]
fn a_grid_value_is_checked_by_simulation_on_request() {
    let dir = tempfile::tempdir().unwrap();
    // One forced-exercise condition and nothing else: the grid values it.
    let mut h = open(paid_file(dir.path(), |_| {}), false);
    wait_for_value(&mut h);
    assert!(shows(&h, "Computed on a grid over the daily closes"));
    assert!(!shows(&h, "Checked by simulation"));
    // No convergence chart: the grid ran, not a simulation (nor Black–Scholes).
    assert!(shows(
        &h,
        "the value is computed on the grid over the daily closes"
    ));
    assert!(!shows(&h, "the value is Black–Scholes"));

    // The same right by simulation, as the domain values it: the window must show
    // these figures, from the grant's own 1,000 pairs and seed.
    let results = offering_desk::scenario::ScenarioResults::compute(h.state().scenario());
    let inputs = results.paid_option.unwrap().unwrap().inputs;
    let grid = inputs.value(&|_, _| true).unwrap().valuation;
    let mut simulated = inputs.clone();
    simulated.settings.method = offering_desk::domain::paid_option::valuation::Method::Simulation;
    let simulation = simulated.value(&|_, _| true).unwrap().valuation;
    let run = simulation.simulation.as_ref().unwrap();
    assert_eq!(run.pairs, 1_000);
    // The grid against the simulation: within 4 standard errors (the grid's error
    // estimate, a small fraction of the simulation's, added in quadrature).
    let spread = simulation.uncertainty.hypot(grid.uncertainty);
    let apart = (grid.value_per_share - simulation.value_per_share) / spread;
    assert!(apart.abs() <= 4.0, "{apart} standard errors apart");

    h.get_by_label("Check by simulation").click();
    h.run();
    let side = if apart < 0.0 { "below" } else { "above" };
    let expected = format!(
        "Checked by simulation: {:.4} ± {:.4} (1,000 path pairs, seed {}); the grid's value is {:.1} standard errors {side} it.",
        simulation.value_per_share,
        simulation.uncertainty,
        run.seed,
        apart.abs()
    );
    step_until(&mut h, 20_000, |h| shows(h, "Checked by simulation"));
    assert!(shows_exactly(&h, &expected), "{expected}");
    assert!(!shows(&h, "the two methods disagree"));
    // The convergence chart now follows the check, against the grid's value.
    assert!(shows(
        &h,
        "The check by simulation; the dashed line is the grid's value."
    ));
    assert!(!shows(
        &h,
        "No simulation: the value is computed on the grid"
    ));

    // A change of terms drops the check: the new value is checked on request again.
    retype(&mut h, "Share price on the valuation date", "3600");
    wait_for_value(&mut h);
    assert!(!shows(&h, "Checked by simulation"));
    assert!(shows(&h, "Check by simulation"));
    assert!(shows(
        &h,
        "No simulation: the value is computed on the grid"
    ));
}

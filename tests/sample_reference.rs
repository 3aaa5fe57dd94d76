//! The bundled sample against figures computed without the app's code: every value
//! below is read from `tests/reference/sample.json`, written by
//! `tests/reference/generate_sample_reference.py` (mpmath, 50 digits, straight from the
//! scenario file). The notice drafts, the workbook and the window show these figures,
//! and their tests quote the same file as the source of their long literals.

use offering_desk::scenario::{self, ScenarioResults};
use rust_decimal::Decimal;
use serde_json::Value;

fn reference() -> Value {
    let text = include_str!("reference/sample.json");
    serde_json::from_str(text).expect("tests/reference/sample.json is JSON")
}

fn num(v: &Value, key: &str) -> f64 {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} missing"))
        .parse()
        .unwrap()
}

fn int(v: &Value, key: &str) -> u64 {
    v[key].as_u64().unwrap_or_else(|| panic!("{key} missing"))
}

/// Relative agreement to 1e-12: the app sums ~400 log returns in f64 (error ~1e-14)
/// and evaluates Black–Scholes from f64 inputs (error ~1e-15 relative at these inputs,
/// see tests/black_scholes.rs).
fn close_to(actual: f64, expected: f64, what: &str) {
    let rel = ((actual - expected) / expected).abs();
    assert!(rel < 1e-12, "{what}: {actual} vs {expected} (rel {rel:e})");
}

#[test]
fn the_samples_volatility_matches_the_independent_computation() {
    let r = reference();
    let v = &r["volatility"];
    let s = scenario::sample().unwrap();
    let got = ScenarioResults::compute(&s).volatility.unwrap();
    assert_eq!(
        got.first_date.to_string(),
        v["first_sample"].as_str().unwrap()
    );
    assert_eq!(
        got.last_date.to_string(),
        v["last_sample"].as_str().unwrap()
    );
    assert_eq!(got.samples as u64, int(v, "samples"));
    assert_eq!(got.returns as u64, int(v, "returns"));
    close_to(
        got.mean_return,
        num(v, "mean_return"),
        "mean weekly log return",
    );
    close_to(got.stdev_per_period, num(v, "stdev_per_period"), "weekly σ");
    close_to(got.annualized, num(v, "annualized"), "annualised σ");
    // The scenario's σ is that figure as "Use this σ" stores it.
    assert_eq!(
        s.option.volatility.to_string(),
        v["annualized_6dp_half_up"].as_str().unwrap()
    );
}

#[test]
fn the_samples_option_value_matches_the_independent_computation() {
    let r = reference();
    let o = &r["option"];
    let s = scenario::sample().unwrap();
    let got = ScenarioResults::compute(&s).option.unwrap();
    close_to(got.dividend.yield_, num(o, "dividend_yield"), "q");
    close_to(got.valuation.d1, num(o, "d1"), "d1");
    close_to(got.valuation.d2, num(o, "d2"), "d2");
    close_to(got.valuation.price, num(o, "price_per_share"), "C");
    let per_right = Decimal::from(int(o, "amount_per_right"));
    assert_eq!(got.per_right.amount, per_right);
    // The fraction rounded up is far from an integer here: C × 200 ends in .47…
    let times = num(o, "price_times_shares");
    assert!(times.fract() > 0.4 && times.fract() < 0.5, "{times}");

    let groups = o["allotment"].as_array().unwrap();
    assert_eq!(got.allotment.rows.len(), groups.len());
    for (row, g) in got.allotment.rows.iter().zip(groups) {
        assert_eq!(row.name, g["name"].as_str().unwrap());
        assert_eq!(u64::from(row.rights), int(g, "rights"));
        assert_eq!(row.shares, int(g, "shares"));
        assert_eq!(row.value, Decimal::from(int(g, "value")));
    }
    assert_eq!(
        u64::from(got.allotment.total_rights),
        int(o, "allotment_rights")
    );
    assert_eq!(got.allotment.total_shares, int(o, "allotment_shares"));
    assert_eq!(
        got.allotment.total_value,
        Decimal::from(int(o, "allotment_value"))
    );
    let e = &got.exercise;
    assert_eq!(
        e.capital_increase_limit,
        Decimal::from(int(o, "exercise_capital_increase_limit"))
    );
    assert_eq!(
        e.stated_capital,
        Decimal::from(int(o, "exercise_increase_in_capital_stock"))
    );
    assert_eq!(
        e.capital_reserve,
        Decimal::from(int(o, "exercise_increase_in_capital_reserve"))
    );
}

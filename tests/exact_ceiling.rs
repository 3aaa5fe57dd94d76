//! The amount per right at its rounding edge: C × shares within 1e-6 yen of a whole yen
//! (many within 1e-9, some by far less), against independent high-precision values.
//!
//! The cases are `tests/reference/ceiling.json`, made by
//! `tests/reference/generate_ceiling_reference.py` (mpmath, 100 digits checked at 150;
//! see that script for the cases and for how the spreadsheet figure is defined).

use std::str::FromStr;

use offering_desk::domain::options::*;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde_json::Value;

fn dec(v: &Value) -> Decimal {
    Decimal::from_str(v.as_str().expect("decimal string")).expect("decimal")
}

struct Case {
    name: String,
    exact: ExactInputs,
    shares: u32,
    excess: f64,
    exact_ceiling: i64,
    spreadsheet_ceiling: i64,
}

fn cases() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/reference/ceiling.json");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| Case {
            name: c["name"].as_str().unwrap().to_owned(),
            exact: ExactInputs {
                spot: dec(&c["spot"]),
                strike: dec(&c["strike"]),
                term_years: dec(&c["term_years"]),
                volatility: dec(&c["volatility"]),
                risk_free_rate: dec(&c["risk_free_rate"]),
                dividend_yield: Quotient {
                    numerator: dec(&c["dividend"]["numerator"]),
                    denominator: dec(&c["dividend"]["denominator"]),
                },
            },
            shares: c["shares"].as_u64().unwrap() as u32,
            excess: c["excess"].as_str().unwrap().parse().unwrap(),
            exact_ceiling: c["exact_ceiling"].as_i64().unwrap(),
            spreadsheet_ceiling: c["spreadsheet_ceiling"].as_i64().unwrap(),
        })
        .collect()
}

/// As the app runs it (`scenario::results`): the decimals, converted to doubles for
/// Black–Scholes, q as the quotient's decimal value.
fn amount(c: &Case, convention: AmountConvention) -> AmountPerRight {
    let e = &c.exact;
    let f = |d: Decimal| d.to_f64().unwrap();
    let q = e.dividend_yield;
    let inputs = BlackScholesInputs {
        spot: f(e.spot),
        strike: f(e.strike),
        term_years: f(e.term_years),
        volatility: f(e.volatility),
        risk_free_rate: f(e.risk_free_rate),
        dividend_yield: f(q.numerator / q.denominator),
    };
    let valuation = black_scholes(&inputs).unwrap();
    amount_per_right(e, &inputs, &valuation, c.shares, convention).unwrap()
}

#[test]
fn there_are_enough_cases_on_both_sides_of_a_whole_yen() {
    let all = cases();
    assert!(all.len() >= 50, "{}", all.len());
    let within = |limit: f64| all.iter().filter(|c| c.excess.abs() < limit).count();
    assert_eq!(within(1e-6), all.len(), "every case is within 1e-6 yen");
    assert!(within(1e-9) >= 20, "{} within 1e-9 yen", within(1e-9));
    assert!(all.iter().filter(|c| c.excess < 0.0).count() >= 15);
    let zero_rates = all
        .iter()
        .filter(|c| c.exact.risk_free_rate.is_zero() && c.exact.dividend_yield.numerator.is_zero())
        .count();
    assert!(zero_rates >= 10, "{zero_rates} cases with r = q = 0");
    // Where the two conventions part: the excess a spreadsheet cannot see.
    assert!(
        all.iter()
            .filter(|c| c.exact_ceiling != c.spreadsheet_ceiling)
            .count()
            >= 15
    );
}

#[test]
fn every_amount_is_the_exact_ceiling() {
    let mut failures = Vec::new();
    for c in cases() {
        let p = amount(&c, AmountConvention::Exact);
        let expected = Ceiling::Decided(Decimal::from(c.exact_ceiling));
        if p.exact != expected || p.amount != Decimal::from(c.exact_ceiling) {
            failures.push(format!(
                "{}: {:?}, expected {} (excess {:e}, bound {:e}, {:?})",
                c.name, p.exact, c.exact_ceiling, c.excess, p.error_bound, p.method
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_spreadsheet_figure_is_what_excel_gives() {
    let mut failures = Vec::new();
    for c in cases() {
        let p = amount(&c, AmountConvention::Spreadsheet);
        let expected = Ceiling::Decided(Decimal::from(c.spreadsheet_ceiling));
        if p.spreadsheet != expected || p.amount != Decimal::from(c.spreadsheet_ceiling) {
            failures.push(format!(
                "{}: {:?}, expected {expected:?}",
                c.name, p.spreadsheet
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_error_bound_holds_and_is_tight_enough_to_decide() {
    for c in cases() {
        let p = amount(&c, AmountConvention::Exact);
        // The distance to the nearest whole yen as the app estimates it, against mpmath:
        // within its bound (plus the reference's own 10 printed digits).
        let diff = (p.excess - c.excess).abs();
        assert!(
            diff <= p.error_bound + 1e-9 * c.excess.abs(),
            "{}: excess {:e} vs mpmath {:e}, bound {:e}",
            c.name,
            p.excess,
            c.excess,
            p.error_bound
        );
        // Deep in the money (the 1-yen strike, every zero-rate case) the forward part in
        // double-double leaves only the put's bound: 30 times below the closest case
        // (3e-10 yen) at the least, usually far more.
        if c.exact.strike == Decimal::ONE {
            assert_eq!(p.method, Method::ForwardPlusPut, "{}", c.name);
            assert!(
                p.error_bound < 1e-11,
                "{}: bound {:e}",
                c.name,
                p.error_bound
            );
        }
    }
}

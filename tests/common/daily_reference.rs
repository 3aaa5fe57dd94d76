//! The nine daily-monitored reference values of `tests/reference/daily_barrier.json`,
//! from a separate program (`tests/reference/generate_daily_barrier_reference.py`,
//! numpy): each case's right, its closes on the TSE calendar (checked against the count
//! and T the reference used) and its value with the reference's error estimate.
//!
//! Also the right most of the paid-in tests value (the reference cases' S, X, σ, r and
//! q), its closes and its plain call.
//!
//! Include it with `#[path = "common/daily_reference.rs"] mod daily_reference;`.
#![allow(dead_code)]

use offering_desk::domain::options::{BlackScholesInputs, black_scholes};
use offering_desk::domain::paid_option::monte_carlo::SimulationInputs;
use offering_desk::domain::paid_option::{ConditionKind, PriceCondition, monitored_closes};

/// The TSE closes after `valuation` up to `expiry` (ISO dates), as times in years.
pub fn closes(valuation: &str, expiry: &str) -> Vec<f64> {
    monitored_closes(valuation.parse().unwrap(), expiry.parse().unwrap())
        .unwrap()
        .times
}

/// S = X = 1,000, σ 40 %, r 0.5 %, q 1 %, as in the reference cases.
pub fn inputs<'a>(times: &'a [f64], conditions: &'a [PriceCondition]) -> SimulationInputs<'a> {
    SimulationInputs {
        spot: 1000.0,
        strike: 1000.0,
        volatility: 0.4,
        risk_free_rate: 0.005,
        dividend_yield: 0.01,
        times,
        conditions,
        performance: None,
        early_exercise: None,
    }
}

/// The Black–Scholes value of the right without its conditions, to its last close.
pub fn plain_call(inputs: &SimulationInputs<'_>) -> f64 {
    black_scholes(&BlackScholesInputs {
        spot: inputs.spot,
        strike: inputs.strike,
        term_years: *inputs.times.last().unwrap(),
        volatility: inputs.volatility,
        risk_free_rate: inputs.risk_free_rate,
        dividend_yield: inputs.dividend_yield,
    })
    .unwrap()
    .price
}

pub struct Case {
    pub name: String,
    pub spot: f64,
    pub strike: f64,
    pub volatility: f64,
    pub risk_free_rate: f64,
    pub dividend_yield: f64,
    pub times: Vec<f64>,
    pub condition: [PriceCondition; 1],
    /// The reference value per share and its error estimate (below 1e-6 yen).
    pub value: f64,
    pub error_estimate: f64,
}

impl Case {
    pub fn inputs(&self) -> SimulationInputs<'_> {
        SimulationInputs {
            spot: self.spot,
            strike: self.strike,
            volatility: self.volatility,
            risk_free_rate: self.risk_free_rate,
            dividend_yield: self.dividend_yield,
            times: &self.times,
            conditions: &self.condition,
            performance: None,
            early_exercise: None,
        }
    }
}

pub fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/reference/daily_barrier.json"
    ))
    .unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let cases = doc["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 9);
    cases
        .iter()
        .map(|case| {
            let name = case["name"].as_str().unwrap().to_owned();
            let f = |key: &str| case[key].as_f64().unwrap();
            let kind = match case["kind"].as_str().unwrap() {
                "ko_down" => ConditionKind::KnockOutBelow,
                "ko_up" => ConditionKind::KnockOutAbove,
                "ki_up" => ConditionKind::KnockInAbove,
                "ki_down" => ConditionKind::KnockInBelow,
                "fe_down" => ConditionKind::ForcedExerciseBelow,
                other => panic!("{other}"),
            };
            let closes = monitored_closes(
                case["valuation_date"].as_str().unwrap().parse().unwrap(),
                case["expiry"].as_str().unwrap().parse().unwrap(),
            )
            .unwrap();
            // The closes the reference was computed on.
            assert_eq!(
                closes.times.len() as u64,
                case["monitoring_dates"].as_u64().unwrap(),
                "{name}"
            );
            assert!(
                (closes.expiry_time() - f("T_years")).abs() < 1e-12,
                "{name}"
            );
            Case {
                spot: f("S"),
                strike: f("K"),
                volatility: f("sigma"),
                risk_free_rate: f("r"),
                dividend_yield: f("q"),
                times: closes.times,
                condition: [PriceCondition {
                    kind,
                    level: f("H"),
                }],
                value: f("value"),
                error_estimate: f("error_estimate"),
                name,
            }
        })
        .collect()
}

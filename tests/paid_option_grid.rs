//! The deterministic daily method (density convolution on a ln S grid) against what is
//! known without it: the independent numpy reference values, Black–Scholes where the
//! condition cannot matter, and the simulation where no reference exists.

#[path = "common/daily_reference.rs"]
mod daily_reference;

use daily_reference::{closes, inputs, plain_call};

use offering_desk::domain::options::{BlackScholesInputs, black_scholes};
use offering_desk::domain::paid_option::convolution::{GridResult, value_on_grid};
use offering_desk::domain::paid_option::monte_carlo::{
    Paths, SimulationInputs, SimulationResult, SimulationSettings, simulate,
};
use offering_desk::domain::paid_option::{ConditionKind, PriceCondition};

fn one(kind: ConditionKind, level: f64) -> [PriceCondition; 1] {
    [PriceCondition { kind, level }]
}

/// The nine values of tests/reference/daily_barrier.json, from a separate program
/// (numpy, backward induction with FFT on grids 8 to 40 times finer, four levels of
/// Richardson): each within the reference's error plus ours, and our estimate above the
/// true error (the reference's is below 1e-6, ours above 4e-5) — and at most 0.05 % of
/// the spot, the target. The grids converge as h²: successive differences of
/// the raw values shrink about fourfold.
#[test]
fn the_grid_meets_the_independent_daily_reference_within_its_error_estimate() {
    for case in daily_reference::cases() {
        let name = &case.name;
        let inputs = case.inputs();
        let g = value_on_grid(&inputs).unwrap();
        let (reference, reference_error) = (case.value, case.error_estimate);
        assert!(reference_error < 1e-6, "{name}");
        let error = (g.value_per_share - reference).abs();
        assert!(
            error + reference_error <= g.error_estimate,
            "{name}: grid {} ± {}, reference {reference}: off by {error}",
            g.value_per_share,
            g.error_estimate
        );
        assert!(g.error_estimate <= 0.0005 * inputs.spot, "{name}");
        let v: Vec<f64> = g.grids.iter().map(|l| l.value).collect();
        assert_eq!(v.len(), 3);
        let ratio = (v[0] - v[1]) / (v[1] - v[2]);
        assert!((3.5..4.5).contains(&ratio), "{name}: ratio {ratio}");
    }
}

/// A knock-out at a millionth of the spot is never reached: the grid gives the plain
/// call (Black–Scholes) within its estimate, nobody is knocked out, and the right is
/// exercised when it ends in the money, N(d₂).
#[test]
fn a_level_out_of_reach_gives_black_scholes() {
    let times = closes("2026-12-07", "2031-12-05");
    let never = one(ConditionKind::KnockOutBelow, 0.001);
    let inputs = inputs(&times, &never);
    let g = value_on_grid(&inputs).unwrap();
    let call = plain_call(&inputs);
    assert!(
        (g.value_per_share - call).abs() <= g.error_estimate,
        "{} vs {call}",
        g.value_per_share
    );
    assert!(g.error_estimate < 1e-6, "{}", g.error_estimate);
    // Only the kernel's tails beyond 8 standard deviations are lost: 2·N(−8) = 1.2e-15
    // a close, 1.5e-12 over the 1,222 closes.
    assert!(
        g.condition_probability < 2e-12,
        "{}",
        g.condition_probability
    );
    assert!((g.exercisable_at_expiry - 1.0).abs() < 1e-9);
    let n_d2 = black_scholes(&BlackScholesInputs {
        spot: 1000.0,
        strike: 1000.0,
        term_years: *times.last().unwrap(),
        volatility: 0.4,
        risk_free_rate: 0.005,
        dividend_yield: 0.01,
    })
    .unwrap()
    .n_d2;
    assert!(
        (g.exercised - n_d2).abs() < 1e-9,
        "{} vs {n_d2}",
        g.exercised
    );
}

/// With a single close the value is the closed form at expiry: a knock-out below 800 of
/// a call struck at 1,000 pays exactly what the plain call pays (a close under 800 is
/// out of the money anyway), and the knock-in nothing.
#[test]
fn a_single_close_gives_the_closed_form() {
    let times = [30.0 / 365.0];
    let ko = one(ConditionKind::KnockOutBelow, 800.0);
    let ki = one(ConditionKind::KnockInBelow, 800.0);
    let call = plain_call(&inputs(&times, &ko));
    let out = value_on_grid(&inputs(&times, &ko)).unwrap();
    let r#in = value_on_grid(&inputs(&times, &ki)).unwrap();
    assert!((out.value_per_share - call).abs() < 1e-10 * call);
    assert!(r#in.value_per_share.abs() < 1e-10 * call);
    // P(close < 800) = N(−d) with d = (ln 1.25 + (r − q − σ²/2)T)/(σ√T):
    // T = 30/365, ln 1.25 = 0.223144, drift (0.005 − 0.01 − 0.08)·0.0821918 = −0.006986,
    // σ√T = 0.4·0.286691 = 0.114676, d = 0.216157/0.114676 = 1.884932, N(−d) = 0.029720.
    assert!(
        (out.condition_probability - 0.029_720).abs() < 2e-6,
        "{}",
        out.condition_probability
    );
}

fn simulated(inputs: &SimulationInputs<'_>, pairs: u64) -> SimulationResult {
    let settings = SimulationSettings {
        paths: Paths::Pairs(pairs),
        seed: 2027,
        threads: 2,
    };
    simulate(inputs, &settings, &|_, _| true).unwrap()
}

/// The grid within 4 standard errors of the simulation (its own error is far below
/// them), and the probability that the condition took effect within 4 binomial
/// standard errors counted on pairs (paths of a pair are not independent).
fn agrees(name: &str, g: &GridResult, s: &SimulationResult) {
    let z = (g.value_per_share - s.value_per_share) / s.standard_error;
    assert!(
        z.abs() < 4.0,
        "{name}: grid {}, simulated {} ± {}: z = {z}",
        g.value_per_share,
        s.value_per_share,
        s.standard_error
    );
    assert!(g.error_estimate < 0.01 * s.standard_error, "{name}");
    for (grid, sim) in [
        (g.condition_probability, s.condition_probabilities[0]),
        (g.exercisable_at_expiry, s.exercisable_at_expiry),
        (g.exercised, s.exercised),
    ] {
        let se = (grid * (1.0 - grid) / s.pairs as f64).sqrt();
        assert!(
            (grid - sim).abs() <= 4.0 * se + 1e-12,
            "{name}: probability {grid} on the grid, {sim} simulated"
        );
    }
}

/// Forced exercise below 990 over a month (21 closes): most paths are forced, at a
/// loss, on a close just under the level; and below 700 over two years, seldom.
#[test]
fn forced_exercise_agrees_with_the_simulation() {
    for (expiry, level) in [("2027-01-07", 990.0), ("2028-12-05", 700.0)] {
        let times = closes("2026-12-07", expiry);
        let forced = one(ConditionKind::ForcedExerciseBelow, level);
        let inputs = inputs(&times, &forced);
        let g = value_on_grid(&inputs).unwrap();
        let s = simulated(&inputs, 20_000);
        agrees(&format!("forced below {level} to {expiry}"), &g, &s);
    }
}

/// Knock-in above 1,300 over a year and below 900 over three months.
#[test]
fn knock_in_agrees_with_the_simulation() {
    for (expiry, kind, level) in [
        ("2027-12-06", ConditionKind::KnockInAbove, 1300.0),
        ("2027-03-05", ConditionKind::KnockInBelow, 900.0),
    ] {
        let times = closes("2026-12-07", expiry);
        let ki = one(kind, level);
        let inputs = inputs(&times, &ki);
        let g = value_on_grid(&inputs).unwrap();
        let s = simulated(&inputs, 20_000);
        agrees(&format!("{kind:?} {level} to {expiry}"), &g, &s);
    }
}

#[test]
fn the_grid_values_exactly_one_condition_and_refuses_bad_input_naming_the_field() {
    let times = closes("2026-12-07", "2027-12-06");
    let two = [
        PriceCondition {
            kind: ConditionKind::KnockOutBelow,
            level: 800.0,
        },
        PriceCondition {
            kind: ConditionKind::KnockOutAbove,
            level: 1500.0,
        },
    ];
    let e = value_on_grid(&inputs(&times, &two)).unwrap_err();
    assert_eq!(e.field, "paid_option.conditions");
    let e = value_on_grid(&inputs(&times, &[])).unwrap_err();
    assert_eq!(e.field, "paid_option.conditions");
    // The simulation's own checks: a level already breached, a volatility of zero.
    let breached = one(ConditionKind::KnockOutBelow, 1200.0);
    let e = value_on_grid(&inputs(&times, &breached)).unwrap_err();
    assert_eq!(e.field, "paid_option.conditions[0].level");
    let ko = one(ConditionKind::KnockOutBelow, 800.0);
    // A first close 1e-10 years after the valuation date, the next a year later: the
    // step must resolve the first (σ√t = 4e-6) and the grid span the second (σ = 0.4
    // on either side), ten million nodes. Refused, for the simulation.
    let crowded = [1e-10, 1.0, 1.0 + 1.0 / 365.0];
    let e = value_on_grid(&inputs(&crowded, &ko)).unwrap_err();
    assert_eq!(e.field, "paid_option.method");
    let flat = SimulationInputs {
        volatility: 0.0,
        ..inputs(&times, &ko)
    };
    assert_eq!(
        value_on_grid(&flat).unwrap_err().field,
        "paid_option.volatility"
    );
}

fn cli(args: &str) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_offering-desk"))
        .arg("paid-option")
        .args(args.split_whitespace())
        .output()
        .expect("binary runs")
}

fn json_of(out: &std::process::Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The reference case ko_up_1500: five years of closes, knocked out above 1,500,
/// 4.3950875138 by the reference (error 2e-8).
const KO_UP_1500: &str = "--spot 1000 --strike 1000 --barrier 1500 --condition knock-out-above \
    --volatility 0.4 --risk-free-rate 0.005 --dividend-yield 0.01 \
    --valuation-date 2026-12-07 --expiry 2031-12-05 --monitoring daily";
const KO_UP_1500_VALUE: f64 = 4.395_087_513_8;

#[test]
fn the_command_uses_the_grid_by_default_and_simulates_when_asked() {
    let grid = json_of(&cli(&format!("{KO_UP_1500} --json")));
    assert_eq!(grid["method"], "deterministic-daily");
    let value = grid["value_per_share"].as_f64().unwrap();
    let estimate = grid["standard_error"].as_f64().unwrap();
    assert_eq!(grid["error_estimate"].as_f64(), Some(estimate));
    assert!(
        (value - KO_UP_1500_VALUE).abs() <= estimate,
        "{value} ± {estimate}"
    );
    // The target: an uncertainty of at most 0.05 % of the spot, 0.5 yen.
    assert!(estimate <= 0.5);
    assert!(grid["paths"].is_null() && grid["seed"].is_null());
    assert_eq!(grid["closes"], 1222);
    assert_eq!(grid["grids"].as_array().unwrap().len(), 3);

    let sim = json_of(&cli(&format!(
        "{KO_UP_1500} --method simulation --paths 2000 --seed 5 --json"
    )));
    assert_eq!(sim["method"], "monte-carlo-daily");
    assert_eq!(sim["paths"], 4000);
    assert_eq!(sim["seed"], 5);
    let z = (sim["value_per_share"].as_f64().unwrap() - KO_UP_1500_VALUE)
        / sim["standard_error"].as_f64().unwrap();
    assert!(z.abs() < 4.0, "z = {z}");

    // The text says which method and its error estimate.
    let out = cli(KO_UP_1500);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("error estimate"), "{text}");
    assert!(text.contains("deterministic"), "{text}");
}

#[test]
fn simulation_settings_without_the_simulation_are_refused_naming_the_flag() {
    for (flag, more) in [
        ("--paths", "--paths 2000"),
        ("--seed", "--method grid --seed 3"),
    ] {
        let out = cli(&format!("{KO_UP_1500} {more}"));
        assert!(!out.status.success(), "{more}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(flag), "{stderr}");
        assert!(stderr.contains("--method simulation"), "{stderr}");
        assert!(out.stdout.is_empty());
    }
}

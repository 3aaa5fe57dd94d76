//! The paid-in options' simulation against what must hold whatever its random numbers:
//! in-out parity on the same paths, Black–Scholes where no barrier can be reached, the
//! same value on any number of threads, and refusals of bad input.

#[path = "common/daily_reference.rs"]
mod daily_reference;

use daily_reference::{closes, inputs, plain_call};

use offering_desk::domain::paid_option::monte_carlo::{
    Paths, SimulationInputs, SimulationResult, SimulationSettings, simulate,
};
use offering_desk::domain::paid_option::{ConditionKind, PriceCondition, monitored_closes};

/// A year of daily closes (business days from 2026-12-07 to 2027-12-06), by the
/// project's TSE calendar.
fn one_year() -> Vec<f64> {
    closes("2026-12-07", "2027-12-06")
}

fn run(
    times: &[f64],
    conditions: &[PriceCondition],
    pairs: u64,
    seed: u64,
    threads: usize,
) -> SimulationResult {
    let inputs = inputs(times, conditions);
    let settings = SimulationSettings {
        paths: Paths::Pairs(pairs),
        seed,
        threads,
    };
    simulate(&inputs, &settings, &|_, _| true).expect("valid inputs")
}

#[test]
fn the_closes_are_the_tse_business_days_at_calendar_days_over_365() {
    let d = |s: &str| s.parse().unwrap();
    let closes = monitored_closes(d("2026-12-07"), d("2027-01-08")).unwrap();
    // After Mon 2026-12-07: the TSE closes 2026-12-31 to 2027-01-03, and 2027-01-08 is
    // a Friday 32 days later.
    assert_eq!(closes.dates.first(), Some(&d("2026-12-08")));
    assert!(!closes.dates.contains(&d("2026-12-31")));
    assert!(!closes.dates.contains(&d("2027-01-01")));
    assert_eq!(closes.dates.last(), Some(&d("2027-01-08")));
    assert_eq!(closes.times[0], 1.0 / 365.0);
    assert_eq!(closes.expiry_time(), 32.0 / 365.0);
    // An expiry before the valuation date is refused, naming the field.
    let e = monitored_closes(d("2026-12-07"), d("2026-12-01")).unwrap_err();
    assert_eq!(e.field, "paid_option.expiry");
}

#[test]
fn knock_in_and_knock_out_at_one_level_make_the_plain_call_on_the_same_paths() {
    let times = one_year();
    for kind in [
        (
            ConditionKind::KnockInAbove,
            ConditionKind::KnockOutAbove,
            1300.0,
        ),
        (
            ConditionKind::KnockInBelow,
            ConditionKind::KnockOutBelow,
            800.0,
        ),
    ] {
        let (ki, ko, level) = kind;
        let a = run(&times, &[PriceCondition { kind: ki, level }], 5_000, 7, 2);
        let b = run(&times, &[PriceCondition { kind: ko, level }], 5_000, 7, 2);
        // Path by path the two payoffs add up to the plain call's: only the order of
        // additions differs, so the sums agree to rounding.
        let sum = a.uncontrolled_value + b.uncontrolled_value;
        assert!(
            (sum - a.simulated_plain_call).abs() <= 1e-9 * a.simulated_plain_call,
            "{kind:?}: {sum} vs {}",
            a.simulated_plain_call
        );
        // The same paths cross the level: one knocks in where the other knocks out.
        assert_eq!(a.condition_probabilities, b.condition_probabilities);
        assert!(a.condition_probabilities[0] > 0.05);
    }
}

#[test]
fn a_barrier_no_path_reaches_gives_black_scholes_within_the_standard_error() {
    let times = one_year();
    let never = [PriceCondition {
        kind: ConditionKind::KnockOutBelow,
        level: 1e-9,
    }];
    let r = run(&times, &never, 20_000, 11, 2);
    let bs = plain_call(&inputs(&times, &[]));
    assert_eq!(r.condition_probabilities, vec![0.0]);
    // Without the control (which would make it exact by construction): within 4
    // standard errors of the closed form.
    let z = (r.uncontrolled_value - bs) / r.uncontrolled_standard_error;
    assert!(z.abs() < 4.0, "{} vs {bs}: z = {z}", r.uncontrolled_value);
    assert_eq!(r.plain_call, bs);
}

#[test]
fn a_seed_gives_the_same_value_on_any_number_of_threads() {
    let times = one_year();
    let ko = [PriceCondition {
        kind: ConditionKind::KnockOutBelow,
        level: 800.0,
    }];
    // 10,000 pairs: two full chunks of 4,096 and a partial one.
    let one = run(&times, &ko, 10_000, 42, 1);
    let four = run(&times, &ko, 10_000, 42, 4);
    assert_eq!(one, four);
    let other_seed = run(&times, &ko, 10_000, 43, 1);
    assert_ne!(one.value_per_share, other_seed.value_per_share);
    // A knock-out is worth less than the plain call, by more than the noise.
    assert!(one.value_per_share + 4.0 * one.standard_error < plain_call(&inputs(&times, &[])));
}

#[test]
fn forced_exercise_below_the_strike_is_worth_less_than_knock_out() {
    let times = one_year();
    let level = 800.0;
    let forced = run(
        &times,
        &[PriceCondition {
            kind: ConditionKind::ForcedExerciseBelow,
            level,
        }],
        10_000,
        5,
        2,
    );
    let ko = run(
        &times,
        &[PriceCondition {
            kind: ConditionKind::KnockOutBelow,
            level,
        }],
        10_000,
        5,
        2,
    );
    // Same paths, same hits: where the knock-out pays 0 the forced exercise pays the
    // close − 1,000 < −200 (discounted); the same paths are exercisable otherwise.
    assert_eq!(forced.condition_probabilities, ko.condition_probabilities);
    assert!(
        forced.uncontrolled_value
            < ko.uncontrolled_value - 0.2 * 200.0 * ko.condition_probabilities[0]
    );
}

#[test]
fn bad_inputs_are_refused_naming_the_field() {
    let times = one_year();
    let settings = SimulationSettings {
        paths: Paths::Pairs(10_000),
        seed: 1,
        threads: 1,
    };
    let base = inputs(&times, &[]);
    let refused = |inputs: SimulationInputs<'_>, settings: SimulationSettings| {
        simulate(&inputs, &settings, &|_, _| true)
            .unwrap_err()
            .field
    };
    // A knock-out below at or above the spot: already breached on the valuation date.
    let breached = [PriceCondition {
        kind: ConditionKind::KnockOutBelow,
        level: 1000.0,
    }];
    assert_eq!(
        refused(
            SimulationInputs {
                conditions: &breached,
                ..base
            },
            settings
        ),
        "paid_option.conditions[0].level"
    );
    let above = [PriceCondition {
        kind: ConditionKind::KnockInAbove,
        level: 900.0,
    }];
    assert_eq!(
        refused(
            SimulationInputs {
                conditions: &above,
                ..base
            },
            settings
        ),
        "paid_option.conditions[0].level"
    );
    assert_eq!(
        refused(
            SimulationInputs {
                volatility: f64::NAN,
                ..base
            },
            settings
        ),
        "paid_option.volatility"
    );
    assert_eq!(
        refused(SimulationInputs { times: &[], ..base }, settings),
        "paid_option.expiry"
    );
    for pairs in [10, 1_000_000_000] {
        assert_eq!(
            refused(
                base,
                SimulationSettings {
                    paths: Paths::Pairs(pairs),
                    ..settings
                }
            ),
            "paid_option.paths"
        );
    }
    // Stopped from the progress callback: an error, not a number.
    let e = simulate(&base, &settings, &|_, _| false).unwrap_err();
    assert_eq!(e.field, "paid_option.paths");
}

#[test]
fn a_target_standard_error_is_reached_reproducibly() {
    let times = one_year();
    let ko = [PriceCondition {
        kind: ConditionKind::KnockOutBelow,
        level: 800.0,
    }];
    let inputs = inputs(&times, &ko);
    // 0.05 % of the spot: 0.5 yen.
    let settings = |threads| SimulationSettings {
        paths: Paths::Target {
            standard_error: 0.5,
            max_pairs: 4_000_000,
        },
        seed: 2026,
        threads,
    };
    let a = simulate(&inputs, &settings(1), &|_, _| true).unwrap();
    let b = simulate(&inputs, &settings(3), &|_, _| true).unwrap();
    assert!(a.standard_error <= 0.5, "{}", a.standard_error);
    assert_eq!(a, b);
    let (low, high) = a.interval_95();
    assert!(low < a.value_per_share && a.value_per_share < high);
}

fn cli(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_offering-desk"))
        .arg("paid-option")
        .args(args)
        .output()
        .expect("binary runs")
}

/// A one-year knock-out below 800 on the closes of 2026-12-08 to 2027-12-06.
const ONE_YEAR_KO: &str = "--spot 1000 --strike 1000 --barrier 800 --condition knock-out-below \
    --volatility 0.4 --risk-free-rate 0.005 --dividend-yield 0.01 \
    --valuation-date 2026-12-07 --expiry 2027-12-06";

/// `ONE_YEAR_KO` with `more` after it and, when given, one flag's value swapped.
fn args<'a>(more: &'a str, replace: Option<(&str, &'a str)>) -> Vec<&'a str> {
    let mut args: Vec<&str> = ONE_YEAR_KO.split_whitespace().collect();
    if let Some((flag, value)) = replace {
        let at = args
            .iter()
            .position(|a| *a == flag)
            .expect("a flag of the base")
            + 1;
        args[at] = value;
    }
    args.extend(more.split_whitespace());
    args
}

#[test]
fn the_command_prints_the_value_its_standard_error_and_how_it_was_reached() {
    let args = args(
        "--monitoring daily --method simulation --paths 10000 --seed 42 --shares-per-right 100 --json",
        None,
    );
    let out = cli(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // The same run in-process: the command adds nothing of its own to the number.
    let direct = run(
        &one_year(),
        &[PriceCondition {
            kind: ConditionKind::KnockOutBelow,
            level: 800.0,
        }],
        10_000,
        42,
        3,
    );
    assert_eq!(v["value_per_share"].as_f64(), Some(direct.value_per_share));
    assert_eq!(v["standard_error"].as_f64(), Some(direct.standard_error));
    assert_eq!(v["method"], "monte-carlo-daily");
    assert_eq!(v["paths"], 20_000);
    assert_eq!(v["seed"], 42);
    assert_eq!(v["closes"], 243);
    // 100 shares × the value per share, any fraction of a yen rounded up.
    let per_right: f64 = v["value_per_right"].as_str().unwrap().parse().unwrap();
    assert_eq!(per_right, (direct.value_per_share * 100.0).ceil());
}

#[test]
fn the_command_refuses_what_it_cannot_value_naming_the_flag() {
    // Daily monitoring without the dates.
    let mut undated: Vec<&str> = args("", None)
        .into_iter()
        .take_while(|a| *a != "--valuation-date")
        .collect();
    undated.extend(["--term-years", "5", "--monitoring", "daily"]);
    let out = cli(&undated);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--monitoring"));
    // A knock-out below a level over the spot is already breached.
    let args = args("--monitoring daily", Some(("--barrier", "1200")));
    let out = cli(&args);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--barrier"), "{stderr}");
    assert!(stderr.contains("below the share price"), "{stderr}");
    assert!(out.stdout.is_empty());
}

/// Daily-monitored values from a separate method, written for the tests: backward
/// induction on a fine ln S grid, each step the exact Gaussian transition between two
/// closes, with Richardson extrapolation over three grid spacings
/// (tests/reference/generate_daily_barrier_reference.py, numpy). Their error estimates
/// are below 1e-6 yen, so the simulation must land within 4 of its standard errors.
#[test]
fn the_simulation_agrees_with_an_independent_daily_reference() {
    for case in daily_reference::cases() {
        let settings = SimulationSettings {
            paths: Paths::Pairs(12_000),
            seed: 2013,
            threads: 2,
        };
        let r = simulate(&case.inputs(), &settings, &|_, _| true).unwrap();
        let z = (r.value_per_share - case.value) / r.standard_error;
        assert!(
            z.abs() < 4.0,
            "{}: simulated {} ± {}, reference {}: z = {z}",
            case.name,
            r.value_per_share,
            r.standard_error,
            case.value
        );
    }
}

#[test]
fn continuous_monitoring_gives_the_closed_form_and_daily_prints_it_beside() {
    let five_years = "--spot 1000 --strike 1000 --barrier 800 --condition knock-out-below \
        --volatility 0.4 --risk-free-rate 0.005 --dividend-yield 0.01 --json";
    let run = |more: &str| {
        let args: Vec<&str> = five_years
            .split_whitespace()
            .chain(more.split_whitespace())
            .collect();
        let out = cli(&args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    // The same T as the daily closes' last: 1,824 days / 365.
    let continuous = run("--monitoring continuous --term-years 4.997260273972603");
    assert_eq!(continuous["method"], "closed-form-continuous");
    assert_eq!(continuous["standard_error"], 0.0);
    // 163.3271923088 from the reference generator's own continuous formula (numpy).
    let value = continuous["value_per_share"].as_f64().unwrap();
    assert!((value - 163.327_192_308_8).abs() < 1e-8, "{value}");
    // Daily monitoring knocks out less: worth more, 172.0585006 by the daily reference
    // (tests/reference/daily_barrier.json, ko_down_800), which the default method, the
    // grid, meets within its error estimate; the closed form is printed beside it.
    let daily = run("--monitoring daily --valuation-date 2026-12-07 --expiry 2031-12-05");
    assert_eq!(daily["method"], "deterministic-daily");
    assert_eq!(daily["continuous_closed_form"].as_f64(), Some(value));
    let grid = daily["value_per_share"].as_f64().unwrap();
    let estimate = daily["standard_error"].as_f64().unwrap();
    assert!(
        (grid - 172.058_500_58).abs() <= estimate,
        "{grid} ± {estimate}"
    );
    assert!(grid > value + 4.0);
}

#[test]
fn the_command_speaks_japanese_with_lang_ja() {
    let out = cli(&args(
        "--monitoring daily --shares-per-right 100 --lang ja",
        None,
    ));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("1株当たりの価値"), "{text}");
    assert!(text.contains("2026年12月8日"), "{text}");
    assert!(text.contains("1円未満の端数切上げ"), "{text}");
    assert!(text.contains("決定論的手法"), "{text}");
    assert!(text.contains("誤差の推定値"), "{text}");
    // Errors too: a level over the spot for a condition tested below.
    let out = cli(&args(
        "--monitoring daily --lang ja",
        Some(("--barrier", "1200")),
    ));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("株価"));
}

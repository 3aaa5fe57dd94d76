//! Speed goals of the paid-in options' simulation (README lists the measured figures):
//! a 5-year daily-monitored knock-out at the default accuracy (standard error at most
//! 0.05 % of the spot) in at most 1 s, and the engine at QuantLib's `MCBarrierEngine`
//! settings (100,000 antithetic pairs over the 1,219 closes of five TSE years), whose
//! time is set against QuantLib's in the README; and the deterministic method on the
//! same right (the default for one condition), well under 1 s with an error estimate at
//! most 0.05 % of the spot.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use offering_desk::domain::paid_option::convolution::value_on_grid;
use offering_desk::domain::paid_option::monte_carlo::{
    Paths, SimulationInputs, SimulationSettings, simulate,
};
use offering_desk::domain::paid_option::{ConditionKind, PriceCondition, monitored_closes};

/// The closes of 2026-12-08 to 2031-12-05 and the right valued on them: S = X = 1,000,
/// knocked out by a close under 800, σ 40 %, r 0.5 %, q 1 %.
fn five_years() -> (Vec<f64>, [PriceCondition; 1]) {
    let d = |s: &str| s.parse().expect("a date");
    let closes = monitored_closes(d("2026-12-07"), d("2031-12-05")).expect("in the calendar");
    let ko = [PriceCondition {
        kind: ConditionKind::KnockOutBelow,
        level: 800.0,
    }];
    (closes.times, ko)
}

fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn paid_option(c: &mut Criterion) {
    let (times, ko) = five_years();
    let inputs = SimulationInputs {
        spot: 1000.0,
        strike: 1000.0,
        volatility: 0.4,
        risk_free_rate: 0.005,
        dividend_yield: 0.01,
        times: &times,
        conditions: &ko,
        performance: None,
        early_exercise: None,
    };
    let mut group = c.benchmark_group("paid option");
    group.sample_size(10);
    let default = SimulationSettings {
        paths: Paths::Target {
            standard_error: 0.0005 * inputs.spot,
            max_pairs: 20_000_000,
        },
        seed: 42,
        threads: threads(),
    };
    group.bench_function("5-year daily knock-out, default accuracy", |b| {
        b.iter(|| simulate(black_box(&inputs), &default, &|_, _| true).expect("valid"))
    });
    let quantlib = SimulationSettings {
        paths: Paths::Pairs(100_000),
        ..default
    };
    group.bench_function("100,000 antithetic pairs x 1,219 closes", |b| {
        b.iter(|| simulate(black_box(&inputs), &quantlib, &|_, _| true).expect("valid"))
    });
    group.bench_function("convolution 5y knock-out", |b| {
        b.iter(|| value_on_grid(black_box(&inputs)).expect("valid"))
    });
    group.finish();
}

criterion_group!(benches, paid_option);
criterion_main!(benches);

//! Speed goals of the pricing core (README lists the measured figures):
//! a full recompute of the sample scenario under 20 µs, one Black–Scholes evaluation
//! with Greeks under 100 ns, and volatility of 1,000,000 daily closes (with weekly
//! resampling) under 50 ms.

use std::hint::black_box;

use chrono::{Days, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use offering_desk::domain::options::{BlackScholesInputs, black_scholes};
use offering_desk::domain::volatility::{
    Close, Frequency, VolatilityWindow, historical_volatility,
};
use offering_desk::scenario::{self, ScenarioResults};

fn recompute(c: &mut Criterion) {
    let mut s = scenario::sample().expect("sample loads");
    // The recompute target is the pricing figures; the embedded history is measured
    // separately below, so leave it out here.
    s.price_history.closes.truncate(60);
    c.bench_function("recompute sample scenario (history trimmed)", |b| {
        b.iter(|| ScenarioResults::compute(black_box(&s)))
    });
    let full = scenario::sample().expect("sample loads");
    c.bench_function("recompute sample scenario (full history)", |b| {
        b.iter(|| ScenarioResults::compute(black_box(&full)))
    });
}

fn black_scholes_with_greeks(c: &mut Criterion) {
    let inputs = BlackScholesInputs {
        spot: 3400.0,
        strike: 1.0,
        term_years: 15.0,
        volatility: 0.42,
        risk_free_rate: 0.0125,
        dividend_yield: 0.0037,
    };
    c.bench_function("black-scholes with greeks", |b| {
        b.iter(|| black_scholes(black_box(&inputs)))
    });
    // Near the money (the cancellation-free in-the-money branch) and out of the money
    // with a small σ√T (the Mills-ratio series), so every branch has a figure.
    let near_the_money = BlackScholesInputs {
        spot: 3400.0,
        strike: 3300.0,
        term_years: 2.0,
        volatility: 0.3,
        ..inputs
    };
    c.bench_function("black-scholes near the money", |b| {
        b.iter(|| black_scholes(black_box(&near_the_money)))
    });
    let out_of_the_money = BlackScholesInputs {
        spot: 3400.0,
        strike: 10000.0,
        term_years: 0.25,
        volatility: 0.2,
        ..inputs
    };
    c.bench_function("black-scholes out of the money", |b| {
        b.iter(|| black_scholes(black_box(&out_of_the_money)))
    });
}

fn volatility_million_closes(c: &mut Criterion) {
    let start = NaiveDate::from_ymd_opt(1900, 1, 1).expect("valid date");
    // Deterministic pseudo-random walk, one close per calendar day.
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut price = 1000.0f64;
    let closes: Vec<Close> = (0..1_000_000u64)
        .map(|i| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let u = (state >> 11) as f64 / (1u64 << 53) as f64 - 0.5;
            price *= (0.02 * u).exp();
            Close {
                date: start + Days::new(i),
                close: price,
            }
        })
        .collect();
    let window = VolatilityWindow {
        start: None,
        end: None,
    };
    let mut group = c.benchmark_group("volatility");
    group.sample_size(20);
    group.bench_function("1,000,000 daily closes, weekly", |b| {
        b.iter(|| historical_volatility(black_box(&closes), &[], window, Frequency::Weekly))
    });
    group.finish();
}

criterion_group!(
    benches,
    recompute,
    black_scholes_with_greeks,
    volatility_million_closes
);
criterion_main!(benches);

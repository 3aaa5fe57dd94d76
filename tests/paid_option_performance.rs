//! Performance conditions and early exercise in the paid-in options' simulation, against
//! values known without it: the expected fraction worked by hand, the metric's lognormal
//! tier probabilities in closed form, a gate that is the share price itself (a
//! one-dimensional integral of Black–Scholes), and early exercise on a few closes by
//! backward induction with Simpson's rule; the same value on any number of threads; and
//! refusals naming the field.

use offering_desk::domain::FieldError;
use offering_desk::domain::options::{BlackScholesInputs, black_scholes, norm_cdf, norm_pdf};
use offering_desk::domain::paid_option::monte_carlo::{
    Paths, SimulationInputs, SimulationResult, SimulationSettings, simulate,
};
use offering_desk::domain::paid_option::{
    ConditionKind, EarlyExercise, PerformanceModel, PerformanceValuation, PriceCondition, Tier,
    monitored_closes,
};

const SPOT: f64 = 1000.0;
const STRIKE: f64 = 1000.0;
const SIGMA: f64 = 0.4;
const R: f64 = 0.005;
const Q: f64 = 0.01;

/// The TSE closes after 2026-12-07 up to `to`.
fn closes(to: &str) -> Vec<f64> {
    monitored_closes("2026-12-07".parse().unwrap(), to.parse().unwrap())
        .unwrap()
        .times
}

/// Years from 2026-12-07 to `date`, as the closes' times are counted (days / 365).
fn years(date: &str) -> f64 {
    let d: chrono::NaiveDate = date.parse().unwrap();
    (d - "2026-12-07".parse::<chrono::NaiveDate>().unwrap()).num_days() as f64 / 365.0
}

/// S = X = 1,000, σ 40 %, r 0.5 %, q 1 %, no performance condition, European.
fn right<'a>(times: &'a [f64], conditions: &'a [PriceCondition]) -> SimulationInputs<'a> {
    SimulationInputs {
        spot: SPOT,
        strike: STRIKE,
        volatility: SIGMA,
        risk_free_rate: R,
        dividend_yield: Q,
        times,
        conditions,
        performance: None,
        early_exercise: None,
    }
}

fn run(inputs: &SimulationInputs<'_>, pairs: u64, seed: u64, threads: usize) -> SimulationResult {
    let settings = SimulationSettings {
        paths: Paths::Pairs(pairs),
        seed,
        threads,
    };
    simulate(inputs, &settings, &|_, _| true).expect("valid inputs")
}

fn refused(inputs: &SimulationInputs<'_>) -> FieldError {
    let settings = SimulationSettings {
        paths: Paths::Pairs(1_000),
        seed: 1,
        threads: 1,
    };
    simulate(inputs, &settings, &|_, _| true).unwrap_err()
}

fn bs(spot: f64, term: f64, q: f64) -> f64 {
    black_scholes(&BlackScholesInputs {
        spot,
        strike: STRIKE,
        term_years: term,
        volatility: SIGMA,
        risk_free_rate: R,
        dividend_yield: q,
    })
    .unwrap()
    .price
}

fn tiers(t: &[(f64, f64)]) -> Vec<Tier> {
    t.iter()
        .map(|&(threshold, fraction)| Tier {
            threshold,
            fraction,
        })
        .collect()
}

fn simulated(
    tiers: Vec<Tier>,
    last_actual: f64,
    drift: f64,
    volatility: f64,
    correlation: f64,
    test_times: Vec<f64>,
) -> PerformanceModel {
    PerformanceModel {
        tiers,
        valuation: PerformanceValuation::Simulated {
            last_actual,
            drift,
            volatility,
            correlation,
            test_times,
        },
    }
}

/// Simpson's rule over [a, b] with `n` (even) intervals.
fn simpson(f: impl Fn(f64) -> f64, a: f64, b: f64, n: usize) -> f64 {
    let h = (b - a) / n as f64;
    let mut sum = f(a) + f(b);
    for i in 1..n {
        sum += f(a + i as f64 * h) * if i % 2 == 1 { 4.0 } else { 2.0 };
    }
    sum * h / 3.0
}

#[test]
fn given_probabilities_scale_what_is_exercised_by_the_expected_fraction() {
    let times = closes("2027-12-06");
    let model = PerformanceModel {
        tiers: tiers(&[(100.0, 0.5), (150.0, 1.0)]),
        valuation: PerformanceValuation::Probabilities(vec![0.6, 0.25]),
    };
    // E[f] = (P1 − P2) f1 + P2 f2 = (0.6 − 0.25) × 0.5 + 0.25 × 1 = 0.175 + 0.25 = 0.425.
    let expected = 0.425;
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1.0);
    let ko = [PriceCondition {
        kind: ConditionKind::KnockOutBelow,
        level: 800.0,
    }];
    // European, and exercised early at 1.5 × K from a quarter on.
    let early_at = EarlyExercise {
        multiple: 1.5,
        from_time: 0.25,
    };
    for early in [None, Some(early_at)] {
        let without = SimulationInputs {
            early_exercise: early,
            ..right(&times, &ko)
        };
        let with = SimulationInputs {
            performance: Some(&model),
            ..without
        };
        let a = run(&without, 10_000, 3, 2);
        let b = run(&with, 10_000, 3, 2);
        // The same paths (the fraction draws nothing): every payoff × 0.425, so the
        // value, its standard error and the uncontrolled value too, to rounding.
        assert!(
            close(b.value_per_share, expected * a.value_per_share),
            "{b:?}"
        );
        assert!(close(b.standard_error, expected * a.standard_error));
        assert!(close(b.uncontrolled_value, expected * a.uncontrolled_value));
        assert_eq!(b.condition_probabilities, a.condition_probabilities);
        assert_eq!(b.early_exercised, a.early_exercised);
        assert_eq!(b.tier_probabilities, vec![0.6, 0.25]);
        assert!((b.expected_fraction - expected).abs() < 1e-15);
        assert!(a.condition_probabilities[0] > 0.1);
        assert_eq!(a.expected_fraction, 1.0);
        assert!(a.tier_probabilities.is_empty());
    }
    // A forced exercise takes all remaining rights, whatever the tiers: on the paths it
    // hits it pays as without performance, elsewhere 0.425 × the call. The knock-out at
    // the same level hits the same paths and pays the call elsewhere, so
    // forced with performance = forced − (1 − 0.425) × knock-out.
    let forced = [PriceCondition {
        kind: ConditionKind::ForcedExerciseBelow,
        level: 800.0,
    }];
    let f = run(&right(&times, &forced), 10_000, 4, 2);
    let k = run(&right(&times, &ko), 10_000, 4, 2);
    let fp = run(
        &SimulationInputs {
            performance: Some(&model),
            ..right(&times, &forced)
        },
        10_000,
        4,
        2,
    );
    let identity = f.uncontrolled_value - (1.0 - expected) * k.uncontrolled_value;
    assert!(
        (fp.uncontrolled_value - identity).abs() < 1e-9 * k.uncontrolled_value,
        "{} vs {identity}",
        fp.uncontrolled_value
    );
}

/// P(M_t > H) for the lognormal metric: N((ln(M0/H) + (μ − ν²/2) t) / (ν√t)).
fn lognormal_above(m0: f64, h: f64, mu: f64, nu: f64, t: f64) -> f64 {
    norm_cdf(((m0 / h).ln() + (mu - 0.5 * nu * nu) * t) / (nu * t.sqrt()))
}

#[test]
fn an_uncorrelated_metric_on_one_year_gives_black_scholes_times_the_expected_fraction() {
    // Two years of closes; the metric tested once, at the fiscal year-end 2028-03-31
    // (a Friday, a close, 480 days on). M0 = 100, μ = 5 %, ν = 30 %, ρ = 0.
    let times = closes("2028-12-06");
    let t = years("2028-03-31");
    assert!(times.contains(&t));
    let (m0, mu, nu) = (100.0, 0.05, 0.3);
    let model = simulated(
        tiers(&[(100.0, 0.5), (120.0, 1.0)]),
        m0,
        mu,
        nu,
        0.0,
        vec![t],
    );
    let inputs = SimulationInputs {
        performance: Some(&model),
        ..right(&times, &[])
    };
    let pairs = 20_000;
    let r = run(&inputs, pairs, 15, 2);
    // ν√t = 0.3 × √(480/365) = 0.34403, (μ − ν²/2) t = 0.005 × 480/365 = 0.006575:
    // P1 = N((ln(100/100) + 0.006575) / 0.34403) = N(0.01911) ≈ 0.5076,
    // P2 = N((ln(100/120) + 0.006575) / 0.34403) = N(−0.51086) ≈ 0.3047.
    let p1 = lognormal_above(m0, 100.0, mu, nu, t);
    let p2 = lognormal_above(m0, 120.0, mu, nu, t);
    assert!(
        (p1 - 0.5076).abs() < 1e-4 && (p2 - 0.3047).abs() < 1e-4,
        "{p1} {p2}"
    );
    let expected_fraction = (p1 - p2) * 0.5 + p2;
    let paths = 2.0 * pairs as f64;
    for (p, simulated) in [p1, p2].iter().zip(&r.tier_probabilities) {
        let binomial_se = (p * (1.0 - p) / paths).sqrt();
        assert!(
            (simulated - p).abs() < 4.0 * binomial_se,
            "{simulated} vs {p}"
        );
    }
    // f ∈ {0, 0.5, 1}: its standard deviation is at most 0.5.
    assert!((r.expected_fraction - expected_fraction).abs() < 4.0 * 0.5 / paths.sqrt());
    // Independent of the share: the value is E[f] × the plain call.
    let value = expected_fraction * bs(SPOT, *times.last().unwrap(), Q);
    let z = (r.value_per_share - value) / r.standard_error;
    assert!(z.abs() < 4.0, "{} vs {value}: z = {z}", r.value_per_share);
}

#[test]
fn any_one_year_takes_the_best_tier_even_on_paths_a_knock_out_ended_first() {
    // Tested at the year-ends 2027-03-31 and 2028-03-31; a knock-out below 950 ends most
    // pairs within weeks, after which the pair's metric is drawn straight to each tested
    // close. The metric's own law does not depend on ρ or on the share's conditions, so
    // P(best of the two years > H) must still be the lognormal one:
    // 1 − P(X1 ≤ h, X2 ≤ h), X1 = (μ − ν²/2) t1 + ν√t1 Z1, X2 = X1 + (μ − ν²/2)(t2 − t1)
    // + ν√(t2 − t1) Z2, h = ln(H/M0): a one-dimensional integral over Z1.
    let times = closes("2028-12-06");
    let (t1, t2) = (years("2027-03-31"), years("2028-03-31"));
    let (m0, mu, nu) = (100.0, 0.05, 0.3);
    let model = simulated(
        tiers(&[(110.0, 0.5), (130.0, 1.0)]),
        m0,
        mu,
        nu,
        0.5,
        vec![t1, t2],
    );
    let ko = [PriceCondition {
        kind: ConditionKind::KnockOutBelow,
        level: 950.0,
    }];
    let inputs = SimulationInputs {
        performance: Some(&model),
        ..right(&times, &ko)
    };
    let pairs = 20_000;
    let r = run(&inputs, pairs, 21, 2);
    assert!(r.condition_probabilities[0] > 0.8);
    let a = mu - 0.5 * nu * nu;
    let best_above = |threshold: f64| {
        let h = (threshold / m0).ln();
        let z_max = (h - a * t1) / (nu * t1.sqrt());
        let both_below = simpson(
            |z| {
                let x1 = a * t1 + nu * t1.sqrt() * z;
                norm_pdf(z) * norm_cdf((h - x1 - a * (t2 - t1)) / (nu * (t2 - t1).sqrt()))
            },
            -12.0,
            z_max,
            4_000,
        );
        1.0 - both_below
    };
    let paths = 2.0 * pairs as f64;
    let expected: Vec<f64> = [110.0, 130.0].iter().map(|h| best_above(*h)).collect();
    // The best of two years beats either year alone.
    assert!(expected[0] > lognormal_above(m0, 110.0, mu, nu, t2) + 0.05);
    for (p, simulated) in expected.iter().zip(&r.tier_probabilities) {
        let binomial_se = (p * (1.0 - p) / paths).sqrt();
        assert!(
            (simulated - p).abs() < 4.0 * binomial_se,
            "{simulated} vs {p}"
        );
    }
    let expected_fraction = (expected[0] - expected[1]) * 0.5 + expected[1];
    assert!((r.expected_fraction - expected_fraction).abs() < 4.0 * 0.5 / paths.sqrt());
}

#[test]
fn a_metric_that_is_the_share_price_gates_the_call_by_the_close_it_is_tested_on() {
    // ρ = 1, ν = σ, μ = r − q: M_t / M0 = S_t / S0 on every path. With M0 = 50 and one
    // tier at M0 × K / S0 = 50 (fraction 1), the right is exercisable when S > K on the
    // tested close.
    let times = closes("2027-12-06");
    let m0 = 50.0;
    let gate = |t: f64| {
        simulated(
            tiers(&[(m0 * STRIKE / SPOT, 1.0)]),
            m0,
            R - Q,
            SIGMA,
            1.0,
            vec![t],
        )
    };
    let pairs = 20_000;

    // Tested at expiry: gate and payoff coincide, so each path pays the plain call's
    // payoff, and the tier is reached with P(S_T > K) = N(d2).
    let expiry = *times.last().unwrap();
    let at_expiry = gate(expiry);
    let r = run(
        &SimulationInputs {
            performance: Some(&at_expiry),
            ..right(&times, &[])
        },
        pairs,
        8,
        2,
    );
    assert!(
        (r.uncontrolled_value - r.simulated_plain_call).abs() < 1e-9 * r.simulated_plain_call,
        "{} vs {}",
        r.uncontrolled_value,
        r.simulated_plain_call
    );
    let d2 =
        ((SPOT / STRIKE).ln() + (R - Q - 0.5 * SIGMA * SIGMA) * expiry) / (SIGMA * expiry.sqrt());
    let p = norm_cdf(d2);
    let binomial_se = (p * (1.0 - p) / (2.0 * pairs as f64)).sqrt();
    assert!((r.tier_probabilities[0] - p).abs() < 4.0 * binomial_se);

    // Tested at the fiscal year-end 2027-03-31 (114 days on): the call to expiry, paid
    // only where S > K on that close. Its value conditions on that close:
    // e^(−r t1) ∫_{S(z) > K} φ(z) BS(S(z), K, T − t1) dz, S(z) = S0 e^((r − q − σ²/2) t1 + σ√t1 z).
    let t1 = years("2027-03-31");
    let mid = gate(t1);
    let r = run(
        &SimulationInputs {
            performance: Some(&mid),
            ..right(&times, &[])
        },
        pairs,
        9,
        2,
    );
    let s_at = |z: f64| SPOT * ((R - Q - 0.5 * SIGMA * SIGMA) * t1 + SIGMA * t1.sqrt() * z).exp();
    let z_gate = -((SPOT / STRIKE).ln() + (R - Q - 0.5 * SIGMA * SIGMA) * t1) / (SIGMA * t1.sqrt());
    let value = (-R * t1).exp()
        * simpson(
            |z| norm_pdf(z) * bs(s_at(z), expiry - t1, Q),
            z_gate,
            z_gate + 14.0,
            6_000,
        );
    // Well below the plain call (the paths under K at the test lose the rest).
    assert!(value < 0.8 * bs(SPOT, expiry, Q));
    let z = (r.value_per_share - value) / r.standard_error;
    assert!(
        z.abs() < 4.0,
        "{} ± {} vs {value}: z = {z}",
        r.value_per_share,
        r.standard_error
    );
}

/// A right exercised at the first of the closes marked in `exercise` on which
/// S ≥ `level`, else at the last close: backward induction over the closes on a grid in
/// x = ln S with b = ln(level) a node, each step's expectation
/// E[V(x + m + sZ)] by Simpson's rule over the continuation value below b and in closed
/// form over the exercise region above it (∫_b^∞ (e^y − K) φ = e^(μ + s²/2) N((μ + s² − b)/s)
/// − K N((μ − b)/s)), the step to the last close by Black–Scholes.
fn bermudan_reference(times: &[f64], exercise: &[bool], level: f64, q: f64) -> f64 {
    let n = times.len();
    let b = level.ln();
    let h = 0.0025;
    let (below, above) = (1_600usize, 1_200usize); // 4.0 and 3.0 in ln S; both even
    let x: Vec<f64> = (0..=below + above)
        .map(|i| b + (i as f64 - below as f64) * h)
        .collect();
    let step = |dt: f64| ((R - q - 0.5 * SIGMA * SIGMA) * dt, SIGMA * dt.sqrt());
    let upper = |mean: f64, s: f64| {
        (mean + 0.5 * s * s).exp() * norm_cdf((mean + s * s - b) / s)
            - STRIKE * norm_cdf((mean - b) / s)
    };
    // E[V_{k+1}] from x at mean x + m, where `cont` is V_{k+1}'s continuation on the grid.
    let expectation = |cont: &[f64], exercisable: bool, mean: f64, s: f64| {
        let last = if exercisable { below } else { below + above };
        let mut sum = 0.0;
        for (j, (xj, cj)) in x.iter().zip(cont).take(last + 1).enumerate() {
            let w = if j == 0 || j == last {
                1.0
            } else if j % 2 == 1 {
                4.0
            } else {
                2.0
            };
            let u = (xj - mean) / s;
            sum += w * cj * (-0.5 * u * u).exp();
        }
        let mut e = sum * h / 3.0 / (s * (2.0 * std::f64::consts::PI).sqrt());
        if exercisable {
            e += upper(mean, s);
        }
        e
    };
    // The continuation at the close before the last: the call to the last close.
    let dt = times[n - 1] - times[n - 2];
    let mut cont: Vec<f64> = x.iter().map(|xi| bs(xi.exp(), dt, q)).collect();
    for k in (0..n - 2).rev() {
        let dt = times[k + 1] - times[k];
        let (m, s) = step(dt);
        cont = x
            .iter()
            .map(|xi| (-R * dt).exp() * expectation(&cont, exercise[k + 1], xi + m, s))
            .collect();
    }
    let (m, s) = step(times[0]);
    (-R * times[0]).exp() * expectation(&cont, exercise[0], SPOT.ln() + m, s)
}

#[test]
fn early_exercise_at_a_multiple_agrees_with_backward_induction_on_quarterly_closes() {
    // Four closes a quarter apart, q = 0, exercise once S ≥ 1.3 × 1,000. With q = 0 an
    // early exercise gives up time value: every variant is worth less than the
    // European call.
    let times = [0.25, 0.5, 0.75, 1.0];
    let level = 1.3 * STRIKE;
    let european = bs(SPOT, 1.0, 0.0);
    // Exercisable early from 0.25 (closes 1-3), from 0.5 (closes 2-3), and from 0.25
    // with the metric tested at 0.5, which puts off any exercise to after that test:
    // the close at 0.75 only. The metric there is certain to pass its one tier
    // (threshold 1e-6 of a value of 100), so it changes nothing else.
    let certain = simulated(tiers(&[(1e-6, 1.0)]), 100.0, 0.0, 0.2, 0.3, vec![0.5]);
    let cases: [(f64, Option<&PerformanceModel>, [bool; 4]); 3] = [
        (0.25, None, [true, true, true, false]),
        (0.5, None, [false, true, true, false]),
        (0.25, Some(&certain), [false, false, true, false]),
    ];
    let mut values = Vec::new();
    for (from_time, performance, exercise) in cases {
        let inputs = SimulationInputs {
            dividend_yield: 0.0,
            times: &times,
            performance,
            early_exercise: Some(EarlyExercise {
                multiple: 1.3,
                from_time,
            }),
            ..right(&times, &[])
        };
        let r = run(&inputs, 100_000, 77, 2);
        let reference = bermudan_reference(&times, &exercise, level, 0.0);
        let z = (r.value_per_share - reference) / r.standard_error;
        assert!(
            z.abs() < 4.0,
            "from {from_time}: {} ± {} vs {reference}: z = {z}",
            r.value_per_share,
            r.standard_error
        );
        assert!(reference < european, "{reference} vs {european}");
        assert!(r.early_exercised > 0.1);
        values.push(reference);
    }
    // Each later start gives up less, by over 2 yen: more than 4 standard errors (about
    // 0.28 yen at 100,000 pairs), so the comparisons above tell the starts apart.
    assert!(
        values[0] + 2.0 < values[1] && values[1] + 2.0 < values[2],
        "{values:?}"
    );
}

#[test]
fn with_no_dividend_early_exercise_on_daily_closes_is_worth_less_than_the_european_call() {
    let times = closes("2027-12-06");
    let inputs = SimulationInputs {
        dividend_yield: 0.0,
        early_exercise: Some(EarlyExercise {
            multiple: 1.2,
            from_time: 0.0,
        }),
        ..right(&times, &[])
    };
    let r = run(&inputs, 10_000, 5, 2);
    let european = bs(SPOT, *times.last().unwrap(), 0.0);
    assert!(
        r.value_per_share + 4.0 * r.standard_error < european,
        "{} ± {} vs {european}",
        r.value_per_share,
        r.standard_error
    );
    // A close of 1,200 within the year: ln 1.2 / (0.4 × 1) ≈ 0.46 standard deviations
    // away, reached by about twice P(S_T > 1,200) ≈ 2 × 0.28 of the paths (reflection).
    assert!(
        r.early_exercised > 0.4 && r.early_exercised < 0.7,
        "{}",
        r.early_exercised
    );
    assert!(r.exercised > r.early_exercised);
}

#[test]
fn a_seed_gives_the_same_value_on_any_number_of_threads_with_performance_and_early_exercise() {
    let times = closes("2029-12-06");
    let model = simulated(
        tiers(&[(110.0, 0.5), (130.0, 0.8), (160.0, 1.0)]),
        100.0,
        0.05,
        0.3,
        0.5,
        vec![
            years("2027-03-31"),
            years("2028-03-31"),
            years("2029-03-30"),
        ],
    );
    let ko = [PriceCondition {
        kind: ConditionKind::KnockOutBelow,
        level: 700.0,
    }];
    let inputs = SimulationInputs {
        performance: Some(&model),
        early_exercise: Some(EarlyExercise {
            multiple: 1.6,
            from_time: 2.0,
        }),
        ..right(&times, &ko)
    };
    // 10,000 pairs: two full chunks of 4,096 and a partial one.
    let one = run(&inputs, 10_000, 42, 1);
    let three = run(&inputs, 10_000, 42, 3);
    assert_eq!(one, three);
    assert_eq!(one.tier_probabilities.len(), 3);
    assert!(one.early_exercised > 0.0);
    let other = run(&inputs, 10_000, 43, 1);
    assert_ne!(one.value_per_share, other.value_per_share);
}

#[test]
fn bad_performance_inputs_are_refused_naming_the_field_and_the_range() {
    let times = closes("2027-12-06");
    let base = right(&times, &[]);
    let with = |model: &PerformanceModel| {
        refused(&SimulationInputs {
            performance: Some(model),
            ..base
        })
    };
    let given = |t: &[(f64, f64)], p: &[f64]| PerformanceModel {
        tiers: tiers(t),
        valuation: PerformanceValuation::Probabilities(p.to_vec()),
    };
    // Thresholds not increasing.
    let e = with(&given(&[(100.0, 0.5), (100.0, 1.0)], &[0.5, 0.2]));
    assert_eq!(e.field, "paid_option.performance.tiers[1].threshold");
    assert!(
        e.message()
            .contains("above the previous tier's threshold 100"),
        "{}",
        e.message()
    );
    // A fraction above 100 %.
    let e = with(&given(&[(100.0, 1.5)], &[0.5]));
    assert_eq!(e.field, "paid_option.performance.tiers[0].fraction");
    assert!(e.message().contains("at most 1 (100 %"), "{}", e.message());
    // Fractions not increasing.
    let e = with(&given(&[(100.0, 0.8), (150.0, 0.5)], &[0.5, 0.2]));
    assert_eq!(e.field, "paid_option.performance.tiers[1].fraction");
    // Probabilities rising from tier to tier.
    let e = with(&given(&[(100.0, 0.5), (150.0, 1.0)], &[0.3, 0.5]));
    assert_eq!(e.field, "paid_option.performance.probabilities[1]");
    assert!(
        e.message()
            .contains("from 0 to the previous tier's probability 0.3"),
        "{}",
        e.message()
    );
    // One probability per tier.
    let e = with(&given(&[(100.0, 0.5), (150.0, 1.0)], &[0.3]));
    assert_eq!(e.field, "paid_option.performance.probabilities");
    // A correlation of 2, a volatility of 0, a last actual of 0, a tested year-end
    // after the last close.
    let t = years("2027-03-31");
    let sim = |last: f64, vol: f64, rho: f64, times: Vec<f64>| {
        simulated(tiers(&[(100.0, 1.0)]), last, 0.05, vol, rho, times)
    };
    let e = with(&sim(100.0, 0.3, 2.0, vec![t]));
    assert_eq!(e.field, "paid_option.performance.correlation");
    assert!(e.message().contains("from -1 to 1"), "{}", e.message());
    let e = with(&sim(100.0, 0.0, 0.5, vec![t]));
    assert_eq!(e.field, "paid_option.performance.volatility");
    assert!(
        e.message().contains("above 0 and at most 3 (300 %)"),
        "{}",
        e.message()
    );
    // The share's volatility says the same range, the one the simulation accepts.
    let e = refused(&SimulationInputs {
        volatility: 4.0,
        ..base
    });
    assert_eq!(e.field, "paid_option.volatility");
    assert!(e.message().contains("at most 3 (300 %)"), "{}", e.message());
    assert_eq!(
        with(&sim(0.0, 0.3, 0.5, vec![t])).field,
        "paid_option.performance.last_actual"
    );
    for bad in [vec![], vec![t, t], vec![2.0]] {
        assert_eq!(
            with(&sim(100.0, 0.3, 0.5, bad)).field,
            "paid_option.performance.test_times"
        );
    }
    // An exercise multiple of 1 or less.
    let e = refused(&SimulationInputs {
        early_exercise: Some(EarlyExercise {
            multiple: 1.0,
            from_time: 0.0,
        }),
        ..base
    });
    assert_eq!(e.field, "paid_option.early_exercise.multiple");
    assert!(e.message().contains("above 1"), "{}", e.message());
    // Japanese too, from the catalogue.
    let e = with(&given(&[(100.0, 1.5)], &[0.5]));
    assert!(
        e.message_in(offering_desk::i18n::Language::Japanese)
            .contains("1（100 %）以下"),
        "{}",
        e.message_in(offering_desk::i18n::Language::Japanese)
    );
}

//! Black–Scholes against independent 60-digit mpmath values, textbook cases, and properties.
//!
//! The reference grid is `tests/reference/black_scholes.csv`, made by
//! `tests/reference/generate_bs_reference.py` (see that script for how to rerun it).

use offering_desk::domain::options::*;
use proptest::prelude::*;

const EPS: f64 = f64::EPSILON;

/// Required relative accuracy of the price.
const PRICE_RELATIVE: f64 = 1e-12;
/// Backward-error fallback for the price: the result must equal the exact formula at inputs
/// each moved by at most this many ulps, i.e. |error| <= PRICE_ULPS·ε·Σ|p·∂C/∂p| (cond_abs).
/// Where C is tiny against S (deep out of the money with small σ√T, or ln(S/X) cancelled by
/// (r − q)T) the relative condition number exceeds 1e4, and the unavoidable rounding of
/// ln(S/X) and d₁ alone moves C by more than 1e-12 relative. No double-precision method avoids
/// that, so there the bound is on the backward error instead.
const PRICE_ULPS: f64 = 8.0;
/// Results below this are where the reference underflows; only an absolute bound applies.
const UNDERFLOW: f64 = 1e-290;
/// Greeks: 1e-10 relative. They use N(d₁), N(d₂), φ(d₁) whose relative error is about
/// |d|·(error of d), and d = (ln(S/X) + (r − q)T)/s ± s/2 is ill-conditioned when s is tiny;
/// the fallback is the backward bound again, through d (see `greek_tolerance`).
const GREEK_RELATIVE: f64 = 1e-10;

struct Row {
    line: usize,
    inputs: BlackScholesInputs,
    price: f64,
    delta: f64,
    gamma: f64,
    vega: f64,
    theta: f64,
    rho: f64,
    d1: f64,
    d2: f64,
    cond_abs: f64,
    put: f64,
}

fn reference_rows() -> Vec<Row> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/reference/black_scholes.csv"
    );
    let text = std::fs::read_to_string(path).expect("reference CSV is committed");
    let mut lines = text.lines().enumerate();
    let (_, header) = lines.next().expect("header");
    assert!(header.starts_with("spot,strike,term_years,volatility,risk_free_rate"));
    lines
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            let v: Vec<f64> = line
                .split(',')
                .map(|field| field.parse().expect("number"))
                .collect();
            assert_eq!(v.len(), 16, "line {}", index + 1);
            Row {
                line: index + 1,
                inputs: BlackScholesInputs {
                    spot: v[0],
                    strike: v[1],
                    term_years: v[2],
                    volatility: v[3],
                    risk_free_rate: v[4],
                    dividend_yield: v[5],
                },
                price: v[6],
                delta: v[7],
                gamma: v[8],
                vega: v[9],
                theta: v[10],
                rho: v[11],
                d1: v[12],
                d2: v[13],
                cond_abs: v[14],
                put: v[15],
            }
        })
        .collect()
}

fn price_tolerance(row: &Row) -> f64 {
    let relative = PRICE_RELATIVE * row.price.abs();
    let backward = PRICE_ULPS * EPS * row.cond_abs;
    relative
        .max(backward)
        .max(if row.price < UNDERFLOW { 1e-300 } else { 0.0 })
}

/// How far d₁, d₂ may be off when every input is moved by up to PRICE_ULPS ulps:
/// ∂d/∂ln S = ∂d/∂ln X = 1/s, ∂d/∂ln r = rT/s, ∂d/∂ln q = qT/s, and ∂d/∂ln σ, ∂d/∂ln T are
/// bounded by |d₁| + |d₂|.
fn d_tolerance(row: &Row) -> f64 {
    let i = &row.inputs;
    let s = i.volatility * i.term_years.sqrt();
    let rates = (i.risk_free_rate * i.term_years).abs() + (i.dividend_yield * i.term_years).abs();
    PRICE_ULPS * EPS * ((2.0 + rates) / s + row.d1.abs() + row.d2.abs())
}

/// A Greek g built from N(d) or φ(d) moves by about |∂ln g/∂d| <= 1 + |d| times the error
/// of d; the tolerance is 1e-10 relative or that, whichever is larger.
fn greek_tolerance(reference: f64, row: &Row) -> f64 {
    let sensitivity = 1.0 + row.d1.abs() + row.d2.abs();
    let relative = GREEK_RELATIVE.max(sensitivity * d_tolerance(row));
    (relative * reference.abs()).max(1e-300)
}

#[test]
fn price_matches_mpmath_reference() {
    let rows = reference_rows();
    assert!(rows.len() >= 200, "only {} reference rows", rows.len());
    let mut strict = 0;
    let mut worst_relative: f64 = 0.0;
    let mut failures = Vec::new();
    for row in &rows {
        let result = black_scholes(&row.inputs)
            .unwrap_or_else(|e| panic!("line {}: {e} for {:?}", row.line, row.inputs));
        let error = (result.price - row.price).abs();
        if row.price >= UNDERFLOW {
            let relative = error / row.price;
            if relative <= PRICE_RELATIVE {
                strict += 1;
                worst_relative = worst_relative.max(relative);
            }
        }
        if error > price_tolerance(row) {
            failures.push(format!(
                "line {}: {:?} price {:e} vs {:e} (relative {:e}, cond_abs {:e})",
                row.line,
                row.inputs,
                result.price,
                row.price,
                error / row.price.abs(),
                row.cond_abs
            ));
        }
    }
    let above_underflow = rows.iter().filter(|r| r.price >= UNDERFLOW).count();
    println!(
        "{strict} of {above_underflow} non-underflowing prices within 1e-12 relative \
         (worst {worst_relative:e}); {} rows in all",
        rows.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn intermediate_values_and_greeks_match_mpmath_reference() {
    let mut failures = Vec::new();
    for row in reference_rows() {
        let result = black_scholes(&row.inputs).expect("accepted input");
        let checks = [
            ("d1", result.d1, row.d1),
            ("d2", result.d2, row.d2),
            ("delta", result.delta, row.delta),
            ("gamma", result.gamma, row.gamma),
            ("vega", result.vega, row.vega),
            ("rho", result.rho, row.rho),
        ];
        for (name, got, want) in checks {
            let tolerance = if name.starts_with('d') {
                1e-13 * want.abs() + d_tolerance(&row)
            } else {
                greek_tolerance(want, &row)
            };
            if (got - want).abs() > tolerance {
                failures.push(format!("line {} {name}: {got:e} vs {want:e}", row.line));
            }
        }
        // Theta is a sum of three terms of mixed sign: relative to the largest of them.
        let BlackScholesInputs {
            spot,
            term_years: term,
            volatility: sigma,
            risk_free_rate: r,
            dividend_yield: q,
            ..
        } = row.inputs;
        let scale = (row.vega * sigma / (2.0 * term)).abs()
            + (r * row.rho / term).abs()
            + (q * spot * row.delta).abs();
        let tolerance = greek_tolerance(row.theta, &row).max(greek_tolerance(scale, &row));
        if (result.theta - row.theta).abs() > tolerance {
            failures.push(format!(
                "line {} theta: {:e} vs {:e}",
                row.line, result.theta, row.theta
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The evaluation's own error bounds (`Evaluation`, which the amount per right's exact
/// ceiling relies on) hold on every row of the grid: |price − C| ≤ price_error, and where
/// the price was evaluated as forward part plus put, |put − P| ≤ put error. The reference
/// is the formula at the exact double inputs, as the bounds are. And the bounds are
/// useful: within 2^10 of what rounding the inputs alone can do (8ε·cond_abs) or 1e-12
/// relative, whichever is larger, so they decide a ceiling unless C × shares lies that
/// close to a whole yen.
#[test]
fn error_bounds_hold_on_the_reference_grid() {
    let mut checked_puts = 0;
    let mut worst_ratio: f64 = 0.0;
    for row in reference_rows() {
        let r = black_scholes(&row.inputs).unwrap();
        let e = r.evaluation;
        let error = (r.price - row.price).abs();
        assert!(
            error <= e.price_error,
            "line {}: price {} vs {}, error {error:e} > bound {:e}",
            row.line,
            r.price,
            row.price,
            e.price_error
        );
        if row.price > UNDERFLOW {
            let useful = (PRICE_RELATIVE * row.price).max(PRICE_ULPS * EPS * row.cond_abs);
            assert!(
                e.price_error <= 1024.0 * useful,
                "line {}: bound {:e} against {useful:e}",
                row.line,
                e.price_error
            );
            worst_ratio = worst_ratio.max(error / e.price_error);
        }
        if let Some(put) = e.put {
            let error = (put.value - row.put).abs();
            worst_ratio = worst_ratio.max(error / put.error);
            assert!(
                error <= put.error,
                "line {}: put {} vs {}, error {error:e} > bound {:e}",
                row.line,
                put.value,
                row.put,
                put.error
            );
            checked_puts += 1;
        }
    }
    assert!(checked_puts > 200, "{checked_puts} puts checked");
    // Not a vacuous bound: somewhere the error uses a fair share of it (0.21 of the put's
    // bound at S = X = 3,000, T = 5, σ = 0.001, where d₁ and d₂ are 33.5 and their
    // rounding moves the put by all the first-order analysis allows).
    assert!(worst_ratio > 0.05, "largest error / bound {worst_ratio:e}");
}

#[test]
fn one_yen_strike_is_accurate_to_1e_minus_13() {
    // The desk's main case: within 1e-13 relative even before rounding up after × 200.
    for row in reference_rows().iter().filter(|r| r.inputs.strike == 1.0) {
        let price = black_scholes(&row.inputs).expect("accepted").price;
        let relative = (price - row.price).abs() / row.price;
        assert!(
            relative <= 1e-13,
            "line {}: relative {relative:e}",
            row.line
        );
    }
}

fn inputs(spot: f64, strike: f64, term: f64, vol: f64, r: f64, q: f64) -> BlackScholesInputs {
    BlackScholesInputs {
        spot,
        strike,
        term_years: term,
        volatility: vol,
        risk_free_rate: r,
        dividend_yield: q,
    }
}

#[test]
fn hull_textbook_example() {
    // Hull, Options, Futures and Other Derivatives, example 15.6: C ≈ 4.76.
    let result = black_scholes(&inputs(42.0, 40.0, 0.5, 0.2, 0.1, 0.0)).unwrap();
    assert!((result.price - 4.7594).abs() < 5e-5, "{}", result.price);
    assert!((result.d1 - 0.7693).abs() < 5e-5);
    assert!((result.d2 - 0.6278).abs() < 5e-5);
    // Put from parity: P ≈ 0.8086.
    let put = result.price - 42.0 + 40.0 * (-0.05f64).exp();
    assert!((put - 0.8086).abs() < 5e-5, "{put}");
    // With a 3 % dividend yield the call is worth less: 4.2823 (mpmath 4.282311…).
    let with_q = black_scholes(&inputs(42.0, 40.0, 0.5, 0.2, 0.1, 0.03)).unwrap();
    assert!(with_q.price < result.price);
    assert!((with_q.price - 4.2823).abs() < 5e-5, "{}", with_q.price);
}

#[test]
fn rejects_every_bad_input_with_its_field() {
    let good = inputs(3000.0, 1.0, 15.0, 0.5, 0.02, 0.005);
    assert!(black_scholes(&good).is_ok());
    let cases: Vec<(BlackScholesInputs, &str)> = vec![
        (
            BlackScholesInputs { spot: 0.0, ..good },
            "option.share_price",
        ),
        (
            BlackScholesInputs { spot: -1.0, ..good },
            "option.share_price",
        ),
        (
            BlackScholesInputs {
                spot: f64::NAN,
                ..good
            },
            "option.share_price",
        ),
        (
            BlackScholesInputs {
                spot: f64::INFINITY,
                ..good
            },
            "option.share_price",
        ),
        (
            BlackScholesInputs {
                strike: 0.0,
                ..good
            },
            "option.exercise_price",
        ),
        (
            BlackScholesInputs {
                strike: f64::NAN,
                ..good
            },
            "option.exercise_price",
        ),
        (
            BlackScholesInputs {
                term_years: 0.0,
                ..good
            },
            "option.term_years",
        ),
        (
            BlackScholesInputs {
                term_years: 100.5,
                ..good
            },
            "option.term_years",
        ),
        (
            BlackScholesInputs {
                term_years: f64::NAN,
                ..good
            },
            "option.term_years",
        ),
        (
            BlackScholesInputs {
                volatility: 0.0,
                ..good
            },
            "option.volatility",
        ),
        (
            BlackScholesInputs {
                volatility: 5.01,
                ..good
            },
            "option.volatility",
        ),
        (
            BlackScholesInputs {
                volatility: f64::NAN,
                ..good
            },
            "option.volatility",
        ),
        (
            BlackScholesInputs {
                risk_free_rate: 1.5,
                ..good
            },
            "option.risk_free_rate",
        ),
        (
            BlackScholesInputs {
                risk_free_rate: f64::NAN,
                ..good
            },
            "option.risk_free_rate",
        ),
        (
            BlackScholesInputs {
                dividend_yield: -1.01,
                ..good
            },
            "option.dividend_yield",
        ),
        (
            BlackScholesInputs {
                dividend_yield: f64::INFINITY,
                ..good
            },
            "option.dividend_yield",
        ),
    ];
    for (bad, field) in cases {
        let error = black_scholes(&bad).expect_err("must be rejected");
        assert_eq!(error.field, field, "{bad:?}");
        assert!(!error.message().is_empty());
    }
    let error = black_scholes(&BlackScholesInputs {
        volatility: 9.0,
        ..good
    })
    .unwrap_err();
    assert_eq!(
        error.message(),
        "must be between 0.0001 and 5 (0.01 % to 500 %)"
    );
}

#[test]
fn extreme_magnitudes_error_instead_of_overflowing() {
    // Accepted inputs whose Greeks cannot be represented: an error, never inf or NaN.
    let tiny = inputs(1e-320, 1e300, 1e-300, 0.0001, 0.0, 0.0);
    match black_scholes(&tiny) {
        Ok(result) => assert!(result.price.is_finite() && result.gamma.is_finite()),
        Err(error) => assert_eq!(error.field, "option"),
    }
    let huge = inputs(1e308, 1e-308, 100.0, 5.0, -1.0, -1.0);
    assert_eq!(black_scholes(&huge).unwrap_err().field, "option");
}

// Property tests over wide accepted ranges.

fn spot_strike() -> impl Strategy<Value = (f64, f64)> {
    (-4.0f64..4.0, 1.0f64..5.0).prop_map(|(log_ratio, log_strike)| {
        let strike = 10f64.powf(log_strike);
        (strike * 10f64.powf(log_ratio), strike)
    })
}

fn accepted_inputs() -> impl Strategy<Value = BlackScholesInputs> {
    (
        spot_strike(),
        (1.0 / 365.0)..40.0f64,
        0.001f64..3.0,
        -0.05f64..0.2,
        0.0f64..0.1,
    )
        .prop_map(|((spot, strike), term, vol, r, q)| inputs(spot, strike, term, vol, r, q))
}

fn put_from_tails(i: &BlackScholesInputs, d1: f64, d2: f64) -> f64 {
    let ds = i.spot * (-i.dividend_yield * i.term_years).exp();
    let dk = i.strike * (-i.risk_free_rate * i.term_years).exp();
    dk * norm_cdf(-d2) - ds * norm_cdf(-d1)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn put_call_parity(i in accepted_inputs()) {
        let result = black_scholes(&i).unwrap();
        let put = put_from_tails(&i, result.d1, result.d2);
        let ds = i.spot * result.spot_discount;
        let dk = i.strike * result.strike_discount;
        // The naive put and S e^(−qT) − X e^(−rT) each carry a few ulps of the larger of
        // S e^(−qT), X e^(−rT); that, not the call, bounds the check.
        let slack = 8.0 * EPS * ds.max(dk);
        prop_assert!((result.price - put - (ds - dk)).abs() <= slack,
            "C {} P {} F-K {}", result.price, put, ds - dk);
    }

    #[test]
    fn no_arbitrage_bounds(i in accepted_inputs()) {
        let result = black_scholes(&i).unwrap();
        let ds = i.spot * result.spot_discount;
        let dk = i.strike * result.strike_discount;
        // Slack: the discount factors and the bound itself are rounded (a few ulps of the
        // larger term); the price is clamped at 0 so the lower bound 0 is exact.
        let slack = 4.0 * EPS * ds.max(dk);
        prop_assert!(result.price >= 0.0);
        prop_assert!(result.price >= (ds - dk) - slack, "{} < {}", result.price, ds - dk);
        prop_assert!(result.price <= ds + slack, "{} > {}", result.price, ds);
    }

    #[test]
    fn greeks_have_their_signs_and_bounds(i in accepted_inputs()) {
        let result = black_scholes(&i).unwrap();
        prop_assert!(result.delta >= 0.0 && result.delta <= result.spot_discount);
        prop_assert!(result.gamma >= 0.0);
        prop_assert!(result.vega >= 0.0);
        prop_assert!(result.rho >= 0.0);
        prop_assert!((0.0..=1.0).contains(&result.n_d1));
        prop_assert!((0.0..=1.0).contains(&result.n_d2));
    }

    #[test]
    fn non_decreasing_in_spot_and_volatility(i in accepted_inputs(), bump in 1e-6f64..0.5) {
        let base = black_scholes(&i).unwrap().price;
        let higher_spot = black_scholes(&BlackScholesInputs { spot: i.spot * (1.0 + bump), ..i })
            .unwrap().price;
        let higher_vol = black_scholes(&BlackScholesInputs {
            volatility: (i.volatility * (1.0 + bump)).min(5.0), ..i
        }).unwrap().price;
        // A few ulps of slack: bumps this small may change C by less than its rounding.
        let slack = 1e-14 * base;
        prop_assert!(higher_spot >= base - slack, "{higher_spot} < {base}");
        prop_assert!(higher_vol >= base - slack, "{higher_vol} < {base}");
    }

    #[test]
    fn every_accepted_input_gives_finite_values(
        log_spot in -3.0f64..8.0,
        log_strike in -3.0f64..8.0,
        term in 1e-6f64..=100.0,
        vol in 0.0001f64..=5.0,
        r in -1.0f64..=1.0,
        q in -1.0f64..=1.0,
    ) {
        let i = inputs(10f64.powf(log_spot), 10f64.powf(log_strike), term, vol, r, q);
        let result = black_scholes(&i).unwrap();
        for value in [result.price, result.d1, result.d2, result.n_d1, result.n_d2,
            result.delta, result.gamma, result.vega, result.theta, result.rho] {
            prop_assert!(value.is_finite());
        }
    }

    #[test]
    fn arbitrary_floats_never_panic(
        spot in any::<f64>(), strike in any::<f64>(), term in any::<f64>(),
        vol in any::<f64>(), r in any::<f64>(), q in any::<f64>(),
    ) {
        if let Ok(result) = black_scholes(&inputs(spot, strike, term, vol, r, q)) {
            prop_assert!(result.price.is_finite() && result.theta.is_finite());
        }
    }
}

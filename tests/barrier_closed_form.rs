//! Continuously monitored barrier calls and the rebate paid at the hit, against Haug's
//! published table, against 50-digit mpmath values of Haug's formulas, by the parity of
//! knock-in and knock-out calls, and on bad input.
//!
//! The reference tables at the end are printed by `tests/reference/barrier_closed_form.py`
//! (see that script for how to rerun it); it evaluates Haug's terms A–F literally, while the
//! code arranges them as plain calls at the spot and at the spot reflected in the barrier.

use offering_desk::domain::FieldError;
use offering_desk::domain::options::{BlackScholesInputs, black_scholes};
use offering_desk::domain::paid_option::closed_form::BarrierKind::{self, *};
use offering_desk::domain::paid_option::closed_form::{BarrierInputs, barrier_call, rebate_at_hit};
use offering_desk::i18n::Language;
use proptest::prelude::*;

/// Agreement required with the 50-digit references. Each reference is the exact formula at
/// the exact double inputs, so what is left is the rounding inside the evaluation: a few
/// 1e-15 where the value is a sizeable part of its terms, up to about 4e-12 where a
/// knock-out value has shrunk to 1/1000 of the two terms it is the difference of (up-and-out,
/// 15 years, σ = 60 %).
const REFERENCE_RELATIVE: f64 = 1e-10;
/// Where a knock-out value all but vanishes its relative error grows while its absolute error
/// stays a few ulps of the terms it is the difference of: up-and-out with the barrier 1 %
/// above the spot and the strike at the spot is worth 4e−5 to 4e−9 per share of a 100-yen
/// stock, computed within 2e−14 yen. Those rows alone are held to this many yen per yen of
/// spot instead (see `barrier_calls_match_mpmath_references`, which counts them).
const VANISHING_OUT_ABSOLUTE: f64 = 1e-15;
/// In + out = plain call: the two are computed separately, each from terms no larger than the
/// plain call, so their sum is within a few ulps of it.
const PARITY_RELATIVE: f64 = 1e-12;

/// kind, spot, strike, barrier, term_years, volatility, risk_free_rate, dividend_yield, value.
type CallRow = (BarrierKind, f64, f64, f64, f64, f64, f64, f64, f64);
/// down, rebate, spot, barrier, term_years, volatility, risk_free_rate, dividend_yield, value.
type RebateRow = (bool, f64, f64, f64, f64, f64, f64, f64, f64);

fn inputs(
    spot: f64,
    strike: f64,
    barrier: f64,
    term: f64,
    sigma: f64,
    r: f64,
    q: f64,
) -> BarrierInputs {
    BarrierInputs {
        spot,
        strike,
        barrier,
        term_years: term,
        volatility: sigma,
        risk_free_rate: r,
        dividend_yield: q,
    }
}

fn plain_call(i: &BarrierInputs) -> f64 {
    black_scholes(&BlackScholesInputs {
        spot: i.spot,
        strike: i.strike,
        term_years: i.term_years,
        volatility: i.volatility,
        risk_free_rate: i.risk_free_rate,
        dividend_yield: i.dividend_yield,
    })
    .unwrap()
    .price
}

fn relative_error(value: f64, reference: f64) -> f64 {
    if reference == 0.0 {
        value.abs()
    } else {
        ((value - reference) / reference).abs()
    }
}

/// Haug (2nd ed.), Table 4-13, every call row: S = 100, T = 0.5, r = 0.08, q = 0.04
/// (b = 0.04), rebate K = 3 on every row. (kind, barrier, strike, σ, value.)
///
/// The table has no row without a rebate: on an out row the 3 is paid at the hit, which is
/// `rebate_at_hit`; on an in row it is paid at expiry if the barrier was never reached.
const HAUG_CALLS: &[(BarrierKind, f64, f64, f64, f64)] = &[
    (DownAndOut, 95.0, 90.0, 0.25, 9.0246),
    (DownAndOut, 95.0, 100.0, 0.25, 6.7924),
    (DownAndOut, 95.0, 110.0, 0.25, 4.8759),
    (UpAndOut, 105.0, 90.0, 0.25, 2.6789),
    (UpAndOut, 105.0, 100.0, 0.25, 2.3580),
    (UpAndOut, 105.0, 110.0, 0.25, 2.3453),
    (DownAndIn, 95.0, 90.0, 0.25, 7.7627),
    (DownAndIn, 95.0, 100.0, 0.25, 4.0109),
    (DownAndIn, 95.0, 110.0, 0.25, 2.0576),
    (UpAndIn, 105.0, 90.0, 0.25, 14.1112),
    (UpAndIn, 105.0, 100.0, 0.25, 8.4482),
    (UpAndIn, 105.0, 110.0, 0.25, 4.5910),
    (DownAndOut, 95.0, 90.0, 0.30, 8.8334),
    (DownAndOut, 95.0, 100.0, 0.30, 7.0285),
    (DownAndOut, 95.0, 110.0, 0.30, 5.4137),
    // Haug prints 2.6341; the exact value is 2.6340419513 (see haug_table_call_rows).
    (UpAndOut, 105.0, 90.0, 0.30, 2.6341),
    (UpAndOut, 105.0, 100.0, 0.30, 2.4389),
    (UpAndOut, 105.0, 110.0, 0.30, 2.4315),
    (DownAndIn, 95.0, 90.0, 0.30, 9.0093),
    (DownAndIn, 95.0, 100.0, 0.30, 5.1370),
    (DownAndIn, 95.0, 110.0, 0.30, 2.8517),
    (UpAndIn, 105.0, 90.0, 0.30, 15.2098),
    (UpAndIn, 105.0, 100.0, 0.30, 9.7278),
    (UpAndIn, 105.0, 110.0, 0.30, 5.8350),
];

#[test]
fn haug_table_call_rows() {
    // The table prints 4 decimals: the exact value is within half a unit of the last printed
    // digit of it, and ours is within 1e-13 of the exact value.
    const PRINTED: f64 = 5e-5;
    // One row is off by more. Up-and-out, H = 105, X = 90, σ = 30 %: Haug prints 2.6341, but
    // the call is 0.2025092727790238 and the rebate 2.4315326785555854 (the rebate alone is
    // the X = 110 row, 2.4315), 2.6340419513346092 in all, which rounds to 2.6340. Two
    // independent 50-digit evaluations agree on the call: Haug's terms A − B + C − D
    // (tests/reference/barrier_closed_form.py) and the integral of (e^x − X) against the
    // density killed at the barrier, e^(−rT)∫ from ln X to ln H of (e^x − X)·φ((x − ln S −
    // νT)/s)/s·(1 − e^(−2 ln(H/S)(ln H − x)/s²)) dx, ν = b − σ²/2, s = σ√T. QuantLib's test
    // of the same table allows 1e-4, which hides it; this row is held to that and to the exact
    // value.
    const MISPRINTED: (f64, f64) = (1e-4, 2.634_041_951_334_609);
    const REBATE: f64 = 3.0;
    let (r, q, t) = (0.08, 0.04, 0.5);
    for &(kind, barrier, strike, sigma, haug) in HAUG_CALLS {
        let i = inputs(100.0, strike, barrier, t, sigma, r, q);
        let call = barrier_call(kind, &i).unwrap();
        let rebate = match kind {
            DownAndOut | UpAndOut => rebate_at_hit(kind.is_down(), REBATE, &i).unwrap(),
            DownAndIn | UpAndIn => {
                // Paid at expiry if never hit: K·e^(−rT)·(1 − P(hit)). With r = 0 the value
                // of 1 yen paid at the hit is P(hit) itself, and the path of the price depends
                // on r and q only through b = r − q, so r = 0, q = q − r gives P(hit).
                let same_path = BarrierInputs {
                    risk_free_rate: 0.0,
                    dividend_yield: q - r,
                    ..i
                };
                let hit = rebate_at_hit(kind.is_down(), 1.0, &same_path).unwrap();
                REBATE * (-r * t).exp() * (1.0 - hit)
            }
        };
        let value = call + rebate;
        let tolerance = if (kind, barrier, strike, sigma) == (UpAndOut, 105.0, 90.0, 0.30) {
            assert!((value - MISPRINTED.1).abs() <= 1e-13, "{value}");
            MISPRINTED.0
        } else {
            PRINTED
        };
        assert!(
            (value - haug).abs() <= tolerance,
            "{kind:?} H={barrier} X={strike} σ={sigma}: {value} (call {call} + rebate {rebate}) vs Haug {haug}"
        );
    }
}

#[test]
fn haug_rows_with_the_barrier_at_the_spot_are_refused() {
    // Table 4-13 also has H = 100 = S, where the barrier is reached at the start (it gives the
    // rebate 3.0000 for down-and-out and the plain call for down-and-in). A barrier already
    // reached is an input error here, not a valuation.
    for kind in [DownAndOut, DownAndIn] {
        for strike in [90.0, 100.0, 110.0] {
            let i = inputs(100.0, strike, 100.0, 0.5, 0.25, 0.08, 0.04);
            let error = barrier_call(kind, &i).unwrap_err();
            assert_eq!(error.field, "paid_option.barrier");
            assert_eq!(error.problem.id, "err-barrier-below-spot");
        }
    }
}

#[test]
fn barrier_calls_match_mpmath_references() {
    assert_eq!(BARRIER_CALLS.len(), 240);
    let mut failures = Vec::new();
    let mut worst: f64 = 0.0;
    let mut vanishing = 0;
    for &(kind, s, x, h, t, sigma, r, q, reference) in BARRIER_CALLS {
        let value = barrier_call(kind, &inputs(s, x, h, t, sigma, r, q)).unwrap();
        let error = relative_error(value, reference);
        if (kind, x, h) == (UpAndOut, 100.0, 101.0) {
            vanishing += 1;
            if (value - reference).abs() > VANISHING_OUT_ABSOLUTE * s {
                failures.push(format!(
                    "{kind:?} X={x} H={h} T={t} σ={sigma} r={r} q={q}: {value:e} vs {reference:e}"
                ));
            }
            continue;
        }
        worst = worst.max(error);
        if error > REFERENCE_RELATIVE {
            failures.push(format!(
                "{kind:?} X={x} H={h} T={t} σ={sigma} r={r} q={q}: {value:e} vs {reference:e} ({error:e})"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "worst {worst:e}\n{}",
        failures.join("\n")
    );
    assert_eq!(vanishing, 12);
}

#[test]
fn rebates_at_the_hit_match_mpmath_references() {
    assert_eq!(REBATES.len(), 75);
    let mut failures = Vec::new();
    let mut worst: f64 = 0.0;
    for &(down, rebate, s, h, t, sigma, r, q, reference) in REBATES {
        // The strike plays no part in a rebate; any valid one will do.
        let value = rebate_at_hit(down, rebate, &inputs(s, 100.0, h, t, sigma, r, q)).unwrap();
        let error = relative_error(value, reference);
        worst = worst.max(error);
        if error > REFERENCE_RELATIVE {
            failures.push(format!(
                "down={down} H={h} T={t} σ={sigma} r={r} q={q}: {value:e} vs {reference:e} ({error:e})"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "worst {worst:e}\n{}",
        failures.join("\n")
    );
}

/// Inputs for the property tests: barriers from 70 % to 0.1 % below the spot and from 0.1 %
/// to 300 % above it, strikes on both sides of them, terms from 5 weeks to 30 years, σ from
/// 5 % to 120 %, and r and q each negative, zero and positive.
fn property_grid() -> Vec<BarrierInputs> {
    let mut grid = Vec::new();
    let rates = [
        (0.05, 0.02),
        (0.0, 0.0),
        (-0.003, 0.01),
        (0.01, 0.04),
        (0.02, -0.01),
    ];
    let mut n = 0;
    for barrier in [
        30.0, 70.0, 90.0, 99.0, 99.9, 100.1, 101.0, 110.0, 150.0, 400.0,
    ] {
        for strike in [1.0, 50.0, 95.0, 100.0, 105.0, 200.0] {
            for term in [0.1, 1.0, 7.0, 15.0, 30.0] {
                for sigma in [0.05, 0.2, 0.6, 1.2] {
                    let (r, q) = rates[n % rates.len()];
                    n += 1;
                    grid.push(inputs(100.0, strike, barrier, term, sigma, r, q));
                }
            }
        }
    }
    grid
}

#[test]
fn in_plus_out_is_the_plain_call() {
    for i in property_grid() {
        let (out_kind, in_kind) = if i.barrier < i.spot {
            (DownAndOut, DownAndIn)
        } else {
            (UpAndOut, UpAndIn)
        };
        let out = barrier_call(out_kind, &i).unwrap();
        let knocked_in = barrier_call(in_kind, &i).unwrap();
        let call = plain_call(&i);
        assert!(
            relative_error(out + knocked_in, call) <= PARITY_RELATIVE,
            "{i:?}: {out_kind:?} {out:e} + {in_kind:?} {knocked_in:e} = {:e} vs {call:e}",
            out + knocked_in
        );
        assert!(out >= 0.0 && knocked_in >= 0.0, "{i:?}: {out} {knocked_in}");
    }
}

#[test]
fn a_barrier_far_away_leaves_the_plain_call() {
    // At 1e−6 × spot (down) or 1e6 × spot (up) the barrier is ln(1e6) = 13.8 away in log
    // price, 11.5 standard deviations at σ√T = 1.2 (σ = 40 %, 9 years): N(−11.5 + 1) ≈ 1e−25,
    // so the knock-in part is below 1e−16 of the call, and 1 yen paid at the hit is worth as
    // little.
    let mut checked = 0;
    for (r, q) in [(0.05, 0.02), (0.0, 0.0), (-0.003, 0.01), (0.01, 0.04)] {
        for strike in [50.0, 100.0, 150.0] {
            for (down, barrier) in [(true, 100.0 * 1e-6), (false, 100.0 * 1e6)] {
                let i = inputs(100.0, strike, barrier, 9.0, 0.4, r, q);
                let call = plain_call(&i);
                let (out_kind, in_kind) = if down {
                    (DownAndOut, DownAndIn)
                } else {
                    (UpAndOut, UpAndIn)
                };
                let out = barrier_call(out_kind, &i).unwrap();
                let knocked_in = barrier_call(in_kind, &i).unwrap();
                assert!(relative_error(out, call) <= 1e-15, "{i:?}: {out} vs {call}");
                assert!(knocked_in <= 1e-16 * call, "{i:?}: {knocked_in}");
                let rebate = rebate_at_hit(down, 1.0, &i).unwrap();
                assert!((0.0..1e-16).contains(&rebate), "{i:?}: {rebate}");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 24);
}

#[test]
fn a_rebate_is_worth_at_most_itself_discounted_at_worst() {
    // PV of K at the first hit ≤ |K|·max(1, e^(−rT)); and as the barrier comes to the spot
    // the hit is at once: the value tends to K itself, short of it by about
    // K·|ln(H/S)|/(σ√T) = 10 × 1e−8/0.3 ≈ 3e−7 here.
    for i in property_grid() {
        let down = i.barrier < i.spot;
        let bound = (-i.risk_free_rate * i.term_years).exp().max(1.0);
        let value = rebate_at_hit(down, -7.0, &i).unwrap();
        assert!(value <= 0.0 && value >= -7.0 * bound, "{i:?}: {value}");
    }
    let next_to_spot = inputs(100.0, 100.0, 99.999_999, 1.0, 0.3, 0.01, 0.0);
    let value = rebate_at_hit(true, 10.0, &next_to_spot).unwrap();
    assert!(value < 10.0 && value > 10.0 - 1e-6, "{value}");
}

fn refused(result: Result<f64, FieldError>) -> FieldError {
    match result {
        Err(error) => error,
        Ok(value) => panic!("accepted with {value}"),
    }
}

#[test]
fn bad_inputs_name_the_field() {
    let good = inputs(100.0, 100.0, 80.0, 1.0, 0.3, 0.01, 0.02);
    let with = |field: &str, value: f64| {
        let mut bad = good;
        match field {
            "share_price" => bad.spot = value,
            "exercise_price" => bad.strike = value,
            "barrier" => bad.barrier = value,
            "term_years" => bad.term_years = value,
            "volatility" => bad.volatility = value,
            "risk_free_rate" => bad.risk_free_rate = value,
            "dividend_yield" => bad.dividend_yield = value,
            _ => unreachable!("{field}"),
        }
        bad
    };
    let (nan, inf) = (f64::NAN, f64::INFINITY);
    let cases = [
        (
            "share_price",
            [0.0, -100.0, nan, inf],
            "err-finite-positive",
        ),
        (
            "exercise_price",
            [0.0, -1.0, nan, inf],
            "err-finite-positive",
        ),
        ("barrier", [0.0, -80.0, nan, -inf], "err-finite-positive"),
        ("term_years", [0.0, 100.5, nan, inf], "err-term-range"),
        ("volatility", [0.0, 5.5, nan, -0.3], "err-volatility-range"),
        (
            "risk_free_rate",
            [1.5, -1.01, nan, inf],
            "err-rate-plus-minus-one",
        ),
        (
            "dividend_yield",
            [-1.5, 1.01, nan, -inf],
            "err-rate-plus-minus-one",
        ),
    ];
    for (field, values, id) in cases {
        let path = format!("paid_option.{field}");
        for value in values {
            let bad = with(field, value);
            for kind in [DownAndOut, DownAndIn] {
                let error = refused(barrier_call(kind, &bad));
                assert_eq!(
                    (error.field.as_str(), error.problem.id),
                    (path.as_str(), id)
                );
            }
            let error = refused(rebate_at_hit(true, -20.0, &bad));
            assert_eq!(
                (error.field.as_str(), error.problem.id),
                (path.as_str(), id)
            );
        }
    }
    for rebate in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let error = refused(rebate_at_hit(true, rebate, &good));
        assert_eq!(error.field, "paid_option.rebate");
        assert_eq!(error.problem.id, "err-finite-number");
    }
}

#[test]
fn a_barrier_already_reached_is_refused() {
    let at = |barrier| inputs(100.0, 100.0, barrier, 1.0, 0.3, 0.01, 0.02);
    for barrier in [100.0, 120.0] {
        for kind in [DownAndOut, DownAndIn] {
            let error = refused(barrier_call(kind, &at(barrier)));
            assert_eq!(error.field, "paid_option.barrier");
            assert_eq!(error.problem.id, "err-barrier-below-spot");
        }
        let error = refused(rebate_at_hit(true, 1.0, &at(barrier)));
        assert_eq!(error.problem.id, "err-barrier-below-spot");
    }
    for barrier in [100.0, 80.0] {
        for kind in [UpAndOut, UpAndIn] {
            let error = refused(barrier_call(kind, &at(barrier)));
            assert_eq!(error.field, "paid_option.barrier");
            assert_eq!(error.problem.id, "err-barrier-above-spot");
        }
        let error = refused(rebate_at_hit(false, 1.0, &at(barrier)));
        assert_eq!(error.problem.id, "err-barrier-above-spot");
    }
    let english = refused(barrier_call(UpAndOut, &at(80.0)))
        .problem
        .text(Language::English);
    assert!(
        english.starts_with("must be above the share price"),
        "{english}"
    );
}

#[test]
fn a_rebate_with_imaginary_lambda_is_refused_with_the_band() {
    // q = −5 %, σ = 20 %: λ² = μ² + 2r/σ² < 0 for r strictly between
    // (q − σ²/2) ∓ σ·√(−2q) = −0.07 ∓ 0.2·√0.1 = −0.07 ∓ 0.063245553…,
    // i.e. −13.3245553…% and −0.6754447…%, said outwards to 4 decimals.
    let at = |r| inputs(100.0, 100.0, 80.0, 7.0, 0.2, r, -0.05);
    let error = refused(rebate_at_hit(true, -20.0, &at(-0.05)));
    assert_eq!(error.field, "paid_option.risk_free_rate");
    assert_eq!(error.problem.id, "err-rebate-rate-band");
    let english = error.problem.text(Language::English);
    assert!(
        english.starts_with("must be at most -13.3246 % or at least -0.6754 %"),
        "{english}"
    );
    // Both ends named are accepted; the call itself has no λ and is valued throughout.
    for r in [-0.133_246, -0.006_754] {
        let value = rebate_at_hit(true, -20.0, &at(r)).unwrap();
        assert!(
            value < 0.0 && value > -20.0 * (-r * 7.0_f64).exp(),
            "{r}: {value}"
        );
    }
    assert!(barrier_call(DownAndOut, &at(-0.05)).unwrap() > 0.0);
}

proptest! {
    /// Anything inside the accepted ranges gives a finite value no larger than the plain
    /// call, or a refusal; never a panic or NaN.
    #[test]
    fn never_a_panic_or_nan(
        spot in 1.0f64..1e6,
        strike_ratio in 0.01f64..10.0,
        barrier_ratio in 0.01f64..10.0,
        term in 0.01f64..100.0,
        sigma in 0.0001f64..5.0,
        r in -1.0f64..1.0,
        q in -1.0f64..1.0,
        kind in prop_oneof![Just(DownAndOut), Just(DownAndIn), Just(UpAndOut), Just(UpAndIn)],
    ) {
        let i = inputs(spot, spot * strike_ratio, spot * barrier_ratio, term, sigma, r, q);
        match barrier_call(kind, &i) {
            Ok(value) => {
                let call = plain_call(&i);
                prop_assert!(value.is_finite() && value >= 0.0, "{value}");
                prop_assert!(value <= call * (1.0 + 1e-9) + 1e-300, "{value} > {call}");
            }
            Err(error) => prop_assert!(error.field.starts_with("paid_option"), "{error:?}"),
        }
        match rebate_at_hit(kind.is_down(), 1.0, &i) {
            Ok(value) => {
                let bound = (-r * term).exp().max(1.0);
                prop_assert!(value.is_finite() && value >= 0.0 && value <= bound * (1.0 + 1e-12), "{value}");
            }
            Err(error) => prop_assert!(error.field.starts_with("paid_option"), "{error:?}"),
        }
    }
}

// kind, spot, strike, barrier, term_years, volatility, risk_free_rate, dividend_yield, value
#[rustfmt::skip]
const BARRIER_CALLS: &[CallRow] = &[
    (DownAndOut, 100.0, 100.0, 80.0, 0.5, 0.2, 0.05, 0.02, 6.304456882772344),
    (DownAndIn, 100.0, 100.0, 80.0, 0.5, 0.2, 0.05, 0.02, 0.0031782721818563843),
    (DownAndOut, 100.0, 100.0, 80.0, 0.5, 0.4, 0.0, 0.0, 10.55888612321324),
    (DownAndIn, 100.0, 100.0, 80.0, 0.5, 0.4, 0.0, 0.0, 0.6874054786152498),
    (DownAndOut, 100.0, 100.0, 80.0, 0.5, 0.6, -0.002, 0.01, 13.361556575583192),
    (DownAndIn, 100.0, 100.0, 80.0, 0.5, 0.6, -0.002, 0.01, 3.106800926558564),
    (DownAndOut, 100.0, 100.0, 80.0, 1.0, 0.2, 0.01, 0.04, 6.315604057219181),
    (DownAndIn, 100.0, 100.0, 80.0, 1.0, 0.2, 0.01, 0.04, 0.07809493829386975),
    (DownAndOut, 100.0, 100.0, 80.0, 1.0, 0.4, 0.05, 0.02, 14.097103497353524),
    (DownAndIn, 100.0, 100.0, 80.0, 1.0, 0.4, 0.05, 0.02, 2.7022620279515595),
    (DownAndOut, 100.0, 100.0, 80.0, 1.0, 0.6, 0.0, 0.0, 15.83091762614678),
    (DownAndIn, 100.0, 100.0, 80.0, 1.0, 0.6, 0.0, 0.0, 7.751366811643747),
    (DownAndOut, 100.0, 100.0, 80.0, 7.0, 0.2, -0.002, 0.01, 11.698218896513158),
    (DownAndIn, 100.0, 100.0, 80.0, 7.0, 0.2, -0.002, 0.01, 4.773876314568312),
    (DownAndOut, 100.0, 100.0, 80.0, 7.0, 0.4, 0.01, 0.04, 11.19763423205578),
    (DownAndIn, 100.0, 100.0, 80.0, 7.0, 0.4, 0.01, 0.04, 14.61904010303608),
    (DownAndOut, 100.0, 100.0, 80.0, 7.0, 0.6, 0.05, 0.02, 18.67620261288537),
    (DownAndIn, 100.0, 100.0, 80.0, 7.0, 0.6, 0.05, 0.02, 34.94212678995026),
    (DownAndOut, 100.0, 100.0, 80.0, 15.0, 0.2, 0.0, 0.0, 17.09576233181079),
    (DownAndIn, 100.0, 100.0, 80.0, 15.0, 0.2, 0.0, 0.0, 13.05070183785534),
    (DownAndOut, 100.0, 100.0, 80.0, 15.0, 0.4, -0.002, 0.01, 14.88671050158427),
    (DownAndIn, 100.0, 100.0, 80.0, 15.0, 0.4, -0.002, 0.01, 30.003894448263445),
    (DownAndOut, 100.0, 100.0, 80.0, 15.0, 0.6, 0.01, 0.04, 9.402464576817179),
    (DownAndIn, 100.0, 100.0, 80.0, 15.0, 0.6, 0.01, 0.04, 28.801430419990815),
    (DownAndOut, 100.0, 120.0, 90.0, 0.5, 0.2, 0.05, 0.02, 0.8675238602928558),
    (DownAndIn, 100.0, 120.0, 90.0, 0.5, 0.2, 0.05, 0.02, 0.015006534254624735),
    (DownAndOut, 100.0, 120.0, 90.0, 0.5, 0.4, 0.0, 0.0, 3.676455748438201),
    (DownAndIn, 100.0, 120.0, 90.0, 0.5, 0.4, 0.0, 0.0, 1.1541796297355735),
    (DownAndOut, 100.0, 120.0, 90.0, 0.5, 0.6, -0.002, 0.01, 5.601173109224716),
    (DownAndIn, 100.0, 120.0, 90.0, 0.5, 0.6, -0.002, 0.01, 4.292134554925292),
    (DownAndOut, 100.0, 120.0, 90.0, 1.0, 0.2, 0.01, 0.04, 1.4213405339994074),
    (DownAndIn, 100.0, 120.0, 90.0, 1.0, 0.2, 0.01, 0.04, 0.15458548472753306),
    (DownAndOut, 100.0, 120.0, 90.0, 1.0, 0.4, 0.05, 0.02, 5.959533045512854),
    (DownAndIn, 100.0, 120.0, 90.0, 1.0, 0.4, 0.05, 0.02, 3.9788793258545305),
    (DownAndOut, 100.0, 120.0, 90.0, 1.0, 0.6, 0.0, 0.0, 7.211786661930967),
    (DownAndIn, 100.0, 120.0, 90.0, 1.0, 0.6, 0.0, 0.0, 9.878018525714086),
    (DownAndOut, 100.0, 120.0, 90.0, 7.0, 0.2, -0.002, 0.01, 5.009570759725888),
    (DownAndIn, 100.0, 120.0, 90.0, 7.0, 0.2, -0.002, 0.01, 5.885818727257091),
    (DownAndOut, 100.0, 120.0, 90.0, 7.0, 0.4, 0.01, 0.04, 5.289830780078758),
    (DownAndIn, 100.0, 120.0, 90.0, 7.0, 0.4, 0.01, 0.04, 16.658497942857288),
    (DownAndOut, 100.0, 120.0, 90.0, 7.0, 0.6, 0.05, 0.02, 9.312377900427776),
    (DownAndIn, 100.0, 120.0, 90.0, 7.0, 0.6, 0.05, 0.02, 40.9840940160091),
    (DownAndOut, 100.0, 120.0, 90.0, 15.0, 0.2, 0.0, 0.0, 8.059450961798886),
    (DownAndIn, 100.0, 120.0, 90.0, 15.0, 0.2, 0.0, 0.0, 15.968226316213732),
    (DownAndOut, 100.0, 120.0, 90.0, 15.0, 0.4, -0.002, 0.01, 7.270236910061286),
    (DownAndIn, 100.0, 120.0, 90.0, 15.0, 0.4, -0.002, 0.01, 34.09960770785446),
    (DownAndOut, 100.0, 120.0, 90.0, 15.0, 0.6, 0.01, 0.04, 4.633067014820623),
    (DownAndIn, 100.0, 120.0, 90.0, 15.0, 0.6, 0.01, 0.04, 32.16931366895846),
    (DownAndOut, 100.0, 70.0, 80.0, 0.5, 0.2, 0.05, 0.02, 29.635249116186635),
    (DownAndIn, 100.0, 70.0, 80.0, 0.5, 0.2, 0.05, 0.02, 1.1135641464145607),
    (DownAndOut, 100.0, 70.0, 80.0, 0.5, 0.4, 0.0, 0.0, 25.21231381422807),
    (DownAndIn, 100.0, 70.0, 80.0, 0.5, 0.4, 0.0, 0.0, 5.949480820107733),
    (DownAndOut, 100.0, 70.0, 80.0, 0.5, 0.6, -0.002, 0.01, 22.94983095651043),
    (DownAndIn, 100.0, 70.0, 80.0, 0.5, 0.6, -0.002, 0.01, 10.490044759797621),
    (DownAndOut, 100.0, 70.0, 80.0, 1.0, 0.2, 0.01, 0.04, 23.73053814734919),
    (DownAndIn, 100.0, 70.0, 80.0, 1.0, 0.2, 0.01, 0.04, 3.3940723509543425),
    (DownAndOut, 100.0, 70.0, 80.0, 1.0, 0.4, 0.05, 0.02, 24.63769590127505),
    (DownAndIn, 100.0, 70.0, 80.0, 1.0, 0.4, 0.05, 0.02, 9.62791414906758),
    (DownAndOut, 100.0, 70.0, 80.0, 1.0, 0.6, 0.0, 0.0, 22.151343651041735),
    (DownAndIn, 100.0, 70.0, 80.0, 1.0, 0.6, 0.0, 0.0, 16.189090093951712),
    (DownAndOut, 100.0, 70.0, 80.0, 7.0, 0.2, -0.002, 0.01, 18.04543584378083),
    (DownAndIn, 100.0, 70.0, 80.0, 7.0, 0.2, -0.002, 0.01, 12.372535393077516),
    (DownAndOut, 100.0, 70.0, 80.0, 7.0, 0.4, 0.01, 0.04, 13.028868420982668),
    (DownAndIn, 100.0, 70.0, 80.0, 7.0, 0.4, 0.01, 0.04, 20.775336506633604),
    (DownAndOut, 100.0, 70.0, 80.0, 7.0, 0.6, 0.05, 0.02, 19.660511723458484),
    (DownAndIn, 100.0, 70.0, 80.0, 7.0, 0.6, 0.05, 0.02, 40.07978006436602),
    (DownAndOut, 100.0, 70.0, 80.0, 15.0, 0.2, 0.0, 0.0, 21.48333003621402),
    (DownAndIn, 100.0, 70.0, 80.0, 15.0, 0.2, 0.0, 0.0, 21.646752880910682),
    (DownAndOut, 100.0, 70.0, 80.0, 15.0, 0.4, -0.002, 0.01, 15.908181152765623),
    (DownAndIn, 100.0, 70.0, 80.0, 15.0, 0.4, -0.002, 0.01, 35.70501944103168),
    (DownAndOut, 100.0, 70.0, 80.0, 15.0, 0.6, 0.01, 0.04, 9.629070482766487),
    (DownAndIn, 100.0, 70.0, 80.0, 15.0, 0.6, 0.01, 0.04, 31.154459500041543),
    (DownAndOut, 100.0, 85.0, 95.0, 0.5, 0.2, 0.05, 0.02, 8.456779985812327),
    (DownAndIn, 100.0, 85.0, 95.0, 0.5, 0.2, 0.05, 0.02, 8.286824150510453),
    (DownAndOut, 100.0, 85.0, 95.0, 0.5, 0.4, 0.0, 0.0, 6.228357045532965),
    (DownAndIn, 100.0, 85.0, 95.0, 0.5, 0.4, 0.0, 0.0, 13.330347036010235),
    (DownAndOut, 100.0, 85.0, 95.0, 0.5, 0.6, -0.002, 0.01, 5.619632983286159),
    (DownAndIn, 100.0, 85.0, 95.0, 0.5, 0.6, -0.002, 0.01, 18.11848618413628),
    (DownAndOut, 100.0, 85.0, 95.0, 1.0, 0.2, 0.01, 0.04, 5.481503704000566),
    (DownAndIn, 100.0, 85.0, 95.0, 1.0, 0.2, 0.01, 0.04, 9.171865739012182),
    (DownAndOut, 100.0, 85.0, 95.0, 1.0, 0.4, 0.05, 0.02, 6.22688094227632),
    (DownAndIn, 100.0, 85.0, 95.0, 1.0, 0.4, 0.05, 0.02, 18.116977434579745),
    (DownAndOut, 100.0, 85.0, 95.0, 1.0, 0.6, 0.0, 0.0, 5.467188130927928),
    (DownAndIn, 100.0, 85.0, 95.0, 1.0, 0.6, 0.0, 0.0, 24.61608481224299),
    (DownAndOut, 100.0, 85.0, 95.0, 7.0, 0.2, -0.002, 0.01, 4.248321562150159),
    (DownAndIn, 100.0, 85.0, 95.0, 7.0, 0.2, -0.002, 0.01, 18.19405829534736),
    (DownAndOut, 100.0, 85.0, 95.0, 7.0, 0.4, 0.01, 0.04, 3.139281621828051),
    (DownAndIn, 100.0, 85.0, 95.0, 7.0, 0.4, 0.01, 0.04, 26.273503080131036),
    (DownAndOut, 100.0, 85.0, 95.0, 7.0, 0.6, 0.05, 0.02, 4.968976050225476),
    (DownAndIn, 100.0, 85.0, 95.0, 7.0, 0.6, 0.05, 0.02, 51.50839055386367),
    (DownAndOut, 100.0, 85.0, 95.0, 15.0, 0.2, 0.0, 0.0, 5.318773730998036),
    (DownAndIn, 100.0, 85.0, 95.0, 15.0, 0.2, 0.0, 0.0, 30.646668421121515),
    (DownAndOut, 100.0, 85.0, 95.0, 15.0, 0.4, -0.002, 0.01, 3.9162319835127715),
    (DownAndIn, 100.0, 85.0, 95.0, 15.0, 0.4, -0.002, 0.01, 44.07549086819534),
    (DownAndOut, 100.0, 85.0, 95.0, 15.0, 0.6, 0.01, 0.04, 2.371776945720362),
    (DownAndIn, 100.0, 85.0, 95.0, 15.0, 0.6, 0.01, 0.04, 37.03549667225739),
    (DownAndOut, 100.0, 90.0, 99.0, 0.5, 0.2, 0.05, 0.02, 1.6703334162503183),
    (DownAndIn, 100.0, 90.0, 99.0, 0.5, 0.2, 0.05, 0.02, 11.001606726761059),
    (DownAndOut, 100.0, 90.0, 99.0, 0.5, 0.4, 0.0, 0.0, 1.2135020787170163),
    (DownAndIn, 100.0, 90.0, 99.0, 0.5, 0.4, 0.0, 0.0, 15.197565910131578),
    (DownAndOut, 100.0, 90.0, 99.0, 0.5, 0.6, -0.002, 0.01, 1.1028327918223564),
    (DownAndIn, 100.0, 90.0, 99.0, 0.5, 0.6, -0.002, 0.01, 19.955877698950268),
    (DownAndOut, 100.0, 90.0, 99.0, 1.0, 0.2, 0.01, 0.04, 1.0278600978782082),
    (DownAndIn, 100.0, 90.0, 99.0, 1.0, 0.2, 0.01, 0.04, 10.350273917095052),
    (DownAndOut, 100.0, 90.0, 99.0, 1.0, 0.4, 0.05, 0.02, 1.2320834504313483),
    (DownAndIn, 100.0, 90.0, 99.0, 1.0, 0.4, 0.05, 0.02, 20.340024391297042),
    (DownAndOut, 100.0, 90.0, 99.0, 1.0, 0.6, 0.0, 0.0, 1.080831335719763),
    (DownAndIn, 100.0, 90.0, 99.0, 1.0, 0.6, 0.0, 0.0, 26.65626409399724),
    (DownAndOut, 100.0, 90.0, 99.0, 7.0, 0.2, -0.002, 0.01, 0.8274285120964092),
    (DownAndIn, 100.0, 90.0, 99.0, 7.0, 0.2, -0.002, 0.01, 19.423192901697018),
    (DownAndOut, 100.0, 90.0, 99.0, 7.0, 0.4, 0.01, 0.04, 0.6196608817428156),
    (DownAndIn, 100.0, 90.0, 99.0, 7.0, 0.4, 0.01, 0.04, 27.516435003128557),
    (DownAndOut, 100.0, 90.0, 99.0, 7.0, 0.6, 0.05, 0.02, 0.9952341465424152),
    (DownAndIn, 100.0, 90.0, 99.0, 7.0, 0.6, 0.05, 0.02, 54.488871747025854),
    (DownAndOut, 100.0, 90.0, 99.0, 15.0, 0.2, 0.0, 0.0, 1.0551219249602384),
    (DownAndIn, 100.0, 90.0, 99.0, 15.0, 0.2, 0.0, 0.0, 32.83528927433157),
    (DownAndOut, 100.0, 90.0, 99.0, 15.0, 0.4, -0.002, 0.01, 0.778912716560868),
    (DownAndIn, 100.0, 90.0, 99.0, 15.0, 0.4, -0.002, 0.01, 46.127916194208126),
    (DownAndOut, 100.0, 90.0, 99.0, 15.0, 0.6, 0.01, 0.04, 0.47231591390925914),
    (DownAndIn, 100.0, 90.0, 99.0, 15.0, 0.6, 0.01, 0.04, 38.516888758608765),
    (UpAndOut, 100.0, 90.0, 130.0, 0.5, 0.2, 0.05, 0.02, 9.989374368282192),
    (UpAndIn, 100.0, 90.0, 130.0, 0.5, 0.2, 0.05, 0.02, 2.682565774729185),
    (UpAndOut, 100.0, 90.0, 130.0, 0.5, 0.4, 0.0, 0.0, 3.94714170352088),
    (UpAndIn, 100.0, 90.0, 130.0, 0.5, 0.4, 0.0, 0.0, 12.463926285327716),
    (UpAndOut, 100.0, 90.0, 130.0, 0.5, 0.6, -0.002, 0.01, 1.5768285561269226),
    (UpAndIn, 100.0, 90.0, 130.0, 0.5, 0.6, -0.002, 0.01, 19.4818819346457),
    (UpAndOut, 100.0, 90.0, 130.0, 1.0, 0.2, 0.01, 0.04, 6.266294624802769),
    (UpAndIn, 100.0, 90.0, 130.0, 1.0, 0.2, 0.01, 0.04, 5.11183939017049),
    (UpAndOut, 100.0, 90.0, 130.0, 1.0, 0.4, 0.05, 0.02, 1.7935163961913745),
    (UpAndIn, 100.0, 90.0, 130.0, 1.0, 0.4, 0.05, 0.02, 19.778591445537018),
    (UpAndOut, 100.0, 90.0, 130.0, 1.0, 0.6, 0.0, 0.0, 0.6295937822010719),
    (UpAndIn, 100.0, 90.0, 130.0, 1.0, 0.6, 0.0, 0.0, 27.10750164751593),
    (UpAndOut, 100.0, 90.0, 130.0, 7.0, 0.2, -0.002, 0.01, 0.8341129526958075),
    (UpAndIn, 100.0, 90.0, 130.0, 7.0, 0.2, -0.002, 0.01, 19.41650846109762),
    (UpAndOut, 100.0, 90.0, 130.0, 7.0, 0.4, 0.01, 0.04, 0.09343226655328349),
    (UpAndIn, 100.0, 90.0, 130.0, 7.0, 0.4, 0.01, 0.04, 28.042663618318088),
    (UpAndOut, 100.0, 90.0, 130.0, 7.0, 0.6, 0.05, 0.02, 0.022987951539543895),
    (UpAndIn, 100.0, 90.0, 130.0, 7.0, 0.6, 0.05, 0.02, 55.46111794202872),
    (UpAndOut, 100.0, 90.0, 130.0, 15.0, 0.2, 0.0, 0.0, 0.3009071365494138),
    (UpAndIn, 100.0, 90.0, 130.0, 15.0, 0.2, 0.0, 0.0, 33.5895040627424),
    (UpAndOut, 100.0, 90.0, 130.0, 15.0, 0.4, -0.002, 0.01, 0.02986091693984665),
    (UpAndIn, 100.0, 90.0, 130.0, 15.0, 0.4, -0.002, 0.01, 46.87696799382915),
    (UpAndOut, 100.0, 90.0, 130.0, 15.0, 0.6, 0.01, 0.04, 0.0044375426701588954),
    (UpAndIn, 100.0, 90.0, 130.0, 15.0, 0.6, 0.01, 0.04, 38.98476712984786),
    (UpAndOut, 100.0, 100.0, 150.0, 0.5, 0.2, 0.05, 0.02, 6.082550532823878),
    (UpAndIn, 100.0, 100.0, 150.0, 0.5, 0.2, 0.05, 0.02, 0.22508462213032243),
    (UpAndOut, 100.0, 100.0, 150.0, 0.5, 0.4, 0.0, 0.0, 5.075666419972309),
    (UpAndIn, 100.0, 100.0, 150.0, 0.5, 0.4, 0.0, 0.0, 6.170625181856181),
    (UpAndOut, 100.0, 100.0, 150.0, 0.5, 0.6, -0.002, 0.01, 2.6371215099835723),
    (UpAndIn, 100.0, 100.0, 150.0, 0.5, 0.6, -0.002, 0.01, 13.831235992158184),
    (UpAndOut, 100.0, 100.0, 150.0, 1.0, 0.2, 0.01, 0.04, 5.1796610885501915),
    (UpAndIn, 100.0, 100.0, 150.0, 1.0, 0.2, 0.01, 0.04, 1.2140379069628595),
    (UpAndOut, 100.0, 100.0, 150.0, 1.0, 0.4, 0.05, 0.02, 2.993686536706756),
    (UpAndIn, 100.0, 100.0, 150.0, 1.0, 0.4, 0.05, 0.02, 13.805678988598327),
    (UpAndOut, 100.0, 100.0, 150.0, 1.0, 0.6, 0.0, 0.0, 1.1982586458831144),
    (UpAndIn, 100.0, 100.0, 150.0, 1.0, 0.6, 0.0, 0.0, 22.384025791907412),
    (UpAndOut, 100.0, 100.0, 150.0, 7.0, 0.2, -0.002, 0.01, 1.4736731646874515),
    (UpAndIn, 100.0, 100.0, 150.0, 7.0, 0.2, -0.002, 0.01, 14.998422046394019),
    (UpAndOut, 100.0, 100.0, 150.0, 7.0, 0.4, 0.01, 0.04, 0.19047565715874412),
    (UpAndIn, 100.0, 100.0, 150.0, 7.0, 0.4, 0.01, 0.04, 25.626198677933115),
    (UpAndOut, 100.0, 100.0, 150.0, 7.0, 0.6, 0.05, 0.02, 0.04971179978278408),
    (UpAndIn, 100.0, 100.0, 150.0, 7.0, 0.6, 0.05, 0.02, 53.56861760305284),
    (UpAndOut, 100.0, 100.0, 150.0, 15.0, 0.2, 0.0, 0.0, 0.6041849905818444),
    (UpAndIn, 100.0, 100.0, 150.0, 15.0, 0.2, 0.0, 0.0, 29.542279179084286),
    (UpAndOut, 100.0, 100.0, 150.0, 15.0, 0.4, -0.002, 0.01, 0.06325037080546432),
    (UpAndIn, 100.0, 100.0, 150.0, 15.0, 0.4, -0.002, 0.01, 44.82735457904225),
    (UpAndOut, 100.0, 100.0, 150.0, 15.0, 0.6, 0.01, 0.04, 0.009502591374822511),
    (UpAndIn, 100.0, 100.0, 150.0, 15.0, 0.6, 0.01, 0.04, 38.19439240543317),
    (UpAndOut, 100.0, 80.0, 110.0, 0.5, 0.2, 0.05, 0.02, 5.726707306005433),
    (UpAndIn, 100.0, 80.0, 110.0, 0.5, 0.2, 0.05, 0.02, 15.489406896553007),
    (UpAndOut, 100.0, 80.0, 110.0, 0.5, 0.4, 0.0, 0.0, 1.2742105125048986),
    (UpAndIn, 100.0, 80.0, 110.0, 0.5, 0.4, 0.0, 0.0, 21.808441789213703),
    (UpAndOut, 100.0, 80.0, 110.0, 0.5, 0.6, -0.002, 0.01, 0.4219679778670121),
    (UpAndIn, 100.0, 80.0, 110.0, 0.5, 0.6, -0.002, 0.01, 26.26866093752659),
    (UpAndOut, 100.0, 80.0, 110.0, 1.0, 0.2, 0.01, 0.04, 2.962381657622129),
    (UpAndIn, 100.0, 80.0, 110.0, 1.0, 0.2, 0.01, 0.04, 15.458716034300256),
    (UpAndOut, 100.0, 80.0, 110.0, 1.0, 0.4, 0.05, 0.02, 0.47466647115045923),
    (UpAndIn, 100.0, 80.0, 110.0, 1.0, 0.4, 0.05, 0.02, 26.908698354244898),
    (UpAndOut, 100.0, 80.0, 110.0, 1.0, 0.6, 0.0, 0.0, 0.15371758071950128),
    (UpAndIn, 100.0, 80.0, 110.0, 1.0, 0.6, 0.0, 0.0, 32.471174001919636),
    (UpAndOut, 100.0, 80.0, 110.0, 7.0, 0.2, -0.002, 0.01, 0.21809106870547001),
    (UpAndIn, 100.0, 80.0, 110.0, 7.0, 0.2, -0.002, 0.01, 24.639348649804322),
    (UpAndOut, 100.0, 80.0, 110.0, 7.0, 0.4, 0.01, 0.04, 0.02200622332312922),
    (UpAndIn, 100.0, 80.0, 110.0, 7.0, 0.4, 0.01, 0.04, 30.75521831520982),
    (UpAndOut, 100.0, 80.0, 110.0, 7.0, 0.6, 0.05, 0.02, 0.00512118428605112),
    (UpAndIn, 100.0, 80.0, 110.0, 7.0, 0.6, 0.05, 0.02, 57.510093063760365),
    (UpAndOut, 100.0, 80.0, 110.0, 15.0, 0.2, 0.0, 0.0, 0.07082863879895818),
    (UpAndIn, 100.0, 80.0, 110.0, 15.0, 0.2, 0.0, 0.0, 38.11880331817194),
    (UpAndOut, 100.0, 80.0, 110.0, 15.0, 0.4, -0.002, 0.01, 0.006808932824493209),
    (UpAndIn, 100.0, 80.0, 110.0, 15.0, 0.4, -0.002, 0.01, 49.127175084943325),
    (UpAndOut, 100.0, 80.0, 110.0, 15.0, 0.6, 0.01, 0.04, 0.0010049549609015595),
    (UpAndIn, 100.0, 80.0, 110.0, 15.0, 0.6, 0.01, 0.04, 39.84337757568987),
    (UpAndOut, 100.0, 140.0, 120.0, 0.5, 0.2, 0.05, 0.02, 0.0),
    (UpAndIn, 100.0, 140.0, 120.0, 0.5, 0.2, 0.05, 0.02, 0.06498055521383278),
    (UpAndOut, 100.0, 140.0, 120.0, 0.5, 0.4, 0.0, 0.0, 0.0),
    (UpAndIn, 100.0, 140.0, 120.0, 0.5, 0.4, 0.0, 0.0, 1.9050765273920744),
    (UpAndOut, 100.0, 140.0, 120.0, 0.5, 0.6, -0.002, 0.01, 0.0),
    (UpAndIn, 100.0, 140.0, 120.0, 0.5, 0.6, -0.002, 0.01, 5.867547620996594),
    (UpAndOut, 100.0, 140.0, 120.0, 1.0, 0.2, 0.01, 0.04, 0.0),
    (UpAndIn, 100.0, 140.0, 120.0, 1.0, 0.2, 0.01, 0.04, 0.3024181845594789),
    (UpAndOut, 100.0, 140.0, 120.0, 1.0, 0.4, 0.05, 0.02, 0.0),
    (UpAndIn, 100.0, 140.0, 120.0, 1.0, 0.4, 0.05, 0.02, 5.7612857113518725),
    (UpAndOut, 100.0, 140.0, 120.0, 1.0, 0.6, 0.0, 0.0, 0.0),
    (UpAndIn, 100.0, 140.0, 120.0, 1.0, 0.6, 0.0, 0.0, 12.457962872731153),
    (UpAndOut, 100.0, 140.0, 120.0, 7.0, 0.2, -0.002, 0.01, 0.0),
    (UpAndIn, 100.0, 140.0, 120.0, 7.0, 0.2, -0.002, 0.01, 7.237623139428406),
    (UpAndOut, 100.0, 140.0, 120.0, 7.0, 0.4, 0.01, 0.04, 0.0),
    (UpAndIn, 100.0, 140.0, 120.0, 7.0, 0.4, 0.01, 0.04, 18.869509968029096),
    (UpAndOut, 100.0, 140.0, 120.0, 7.0, 0.6, 0.05, 0.02, 0.0),
    (UpAndIn, 100.0, 140.0, 120.0, 7.0, 0.6, 0.05, 0.02, 47.41474044380517),
    (UpAndOut, 100.0, 140.0, 120.0, 15.0, 0.2, 0.0, 0.0, 0.0),
    (UpAndIn, 100.0, 140.0, 120.0, 15.0, 0.2, 0.0, 0.0, 19.334207498257005),
    (UpAndOut, 100.0, 140.0, 120.0, 15.0, 0.4, -0.002, 0.01, 0.0),
    (UpAndIn, 100.0, 140.0, 120.0, 15.0, 0.4, -0.002, 0.01, 38.385967136136955),
    (UpAndOut, 100.0, 140.0, 120.0, 15.0, 0.6, 0.01, 0.04, 0.0),
    (UpAndIn, 100.0, 140.0, 120.0, 15.0, 0.6, 0.01, 0.04, 35.57870253630793),
    (UpAndOut, 100.0, 100.0, 101.0, 0.5, 0.2, 0.05, 0.02, 4.4945922383614005e-05),
    (UpAndIn, 100.0, 100.0, 101.0, 0.5, 0.2, 0.05, 0.02, 6.307590209031817),
    (UpAndOut, 100.0, 100.0, 101.0, 0.5, 0.4, 0.0, 0.0, 5.699177447689033e-06),
    (UpAndIn, 100.0, 100.0, 101.0, 0.5, 0.4, 0.0, 0.0, 11.246285902651042),
    (UpAndOut, 100.0, 100.0, 101.0, 0.5, 0.6, -0.002, 0.01, 1.6646377602014576e-06),
    (UpAndIn, 100.0, 100.0, 101.0, 0.5, 0.6, -0.002, 0.01, 16.468355837503996),
    (UpAndOut, 100.0, 100.0, 101.0, 1.0, 0.2, 0.01, 0.04, 1.5553069185615866e-05),
    (UpAndIn, 100.0, 100.0, 101.0, 1.0, 0.2, 0.01, 0.04, 6.393683442443865),
    (UpAndOut, 100.0, 100.0, 101.0, 1.0, 0.4, 0.05, 0.02, 1.923456264057832e-06),
    (UpAndIn, 100.0, 100.0, 101.0, 1.0, 0.4, 0.05, 0.02, 16.799363601848817),
    (UpAndOut, 100.0, 100.0, 101.0, 1.0, 0.6, 0.0, 0.0, 5.768525227709231e-07),
    (UpAndIn, 100.0, 100.0, 101.0, 1.0, 0.6, 0.0, 0.0, 23.582283860938002),
    (UpAndOut, 100.0, 100.0, 101.0, 7.0, 0.2, -0.002, 0.01, 8.143700389168437e-07),
    (UpAndIn, 100.0, 100.0, 101.0, 7.0, 0.2, -0.002, 0.01, 16.47209439671143),
    (UpAndOut, 100.0, 100.0, 101.0, 7.0, 0.4, 0.01, 0.04, 7.861934449887704e-08),
    (UpAndIn, 100.0, 100.0, 101.0, 7.0, 0.4, 0.01, 0.04, 25.816674256472513),
    (UpAndOut, 100.0, 100.0, 101.0, 7.0, 0.6, 0.05, 0.02, 1.8458763728746904e-08),
    (UpAndIn, 100.0, 100.0, 101.0, 7.0, 0.6, 0.05, 0.02, 53.618329384376864),
    (UpAndOut, 100.0, 100.0, 101.0, 15.0, 0.2, 0.0, 0.0, 2.6019197108123094e-07),
    (UpAndIn, 100.0, 100.0, 101.0, 15.0, 0.2, 0.0, 0.0, 30.146463909474157),
    (UpAndOut, 100.0, 100.0, 101.0, 15.0, 0.4, -0.002, 0.01, 2.428686055532281e-08),
    (UpAndIn, 100.0, 100.0, 101.0, 15.0, 0.4, -0.002, 0.01, 44.89060492556085),
    (UpAndOut, 100.0, 100.0, 101.0, 15.0, 0.6, 0.01, 0.04, 3.566246360269213e-09),
    (UpAndIn, 100.0, 100.0, 101.0, 15.0, 0.6, 0.01, 0.04, 38.20389499324175),
];

// down, rebate, spot, barrier, term_years, volatility, risk_free_rate, dividend_yield, value
#[rustfmt::skip]
const REBATES: &[RebateRow] = &[
    (true, -30.0, 100.0, 50.0, 0.5, 0.2, 0.05, 0.02, -2.3452577357422672e-05),
    (true, -30.0, 100.0, 50.0, 0.5, 0.4, 0.0, 0.0, -0.600171121979938),
    (true, -30.0, 100.0, 50.0, 0.5, 0.6, -0.002, 0.01, -4.367843762226863),
    (true, -30.0, 100.0, 50.0, 1.0, 0.2, 0.01, 0.04, -0.03638808439865417),
    (true, -30.0, 100.0, 50.0, 1.0, 0.4, -0.001, 0.0, -3.4935161686507152),
    (true, -30.0, 100.0, 50.0, 1.0, 0.6, 0.02, -0.01, -9.644326303260062),
    (true, -30.0, 100.0, 50.0, 7.0, 0.2, 0.05, 0.02, -3.862163466677909),
    (true, -30.0, 100.0, 50.0, 7.0, 0.4, 0.0, 0.0, -20.589260657960825),
    (true, -30.0, 100.0, 50.0, 7.0, 0.6, -0.002, 0.01, -26.1354499570934),
    (true, -30.0, 100.0, 50.0, 15.0, 0.2, 0.01, 0.04, -19.772422396464652),
    (true, -30.0, 100.0, 50.0, 15.0, 0.4, -0.001, 0.0, -25.661448365624825),
    (true, -30.0, 100.0, 50.0, 15.0, 0.6, 0.02, -0.01, -26.46720142964266),
    (true, -30.0, 100.0, 80.0, 0.5, 0.2, 0.05, 0.02, -3.1957296410534037),
    (true, -30.0, 100.0, 80.0, 0.5, 0.4, 0.0, 0.0, -14.363058557315782),
    (true, -30.0, 100.0, 80.0, 0.5, 0.6, -0.002, 0.01, -20.073354231075825),
    (true, -30.0, 100.0, 80.0, 1.0, 0.2, 0.01, 0.04, -10.250005298767514),
    (true, -30.0, 100.0, 80.0, 1.0, 0.4, -0.001, 0.0, -19.246919991835103),
    (true, -30.0, 100.0, 80.0, 1.0, 0.6, 0.02, -0.01, -23.07621706035077),
    (true, -30.0, 100.0, 80.0, 7.0, 0.2, 0.05, 0.02, -17.341681430251818),
    (true, -30.0, 100.0, 80.0, 7.0, 0.4, 0.0, 0.0, -27.357995085001985),
    (true, -30.0, 100.0, 80.0, 7.0, 0.6, -0.002, 0.01, -28.99394858070431),
    (true, -30.0, 100.0, 80.0, 15.0, 0.2, 0.01, 0.04, -27.29104118512034),
    (true, -30.0, 100.0, 80.0, 15.0, 0.4, -0.001, 0.0, -28.85445465581215),
    (true, -30.0, 100.0, 80.0, 15.0, 0.6, 0.02, -0.01, -28.901779188345596),
    (true, -30.0, 100.0, 99.0, 0.5, 0.2, 0.05, 0.02, -28.18979010071216),
    (true, -30.0, 100.0, 99.0, 0.5, 0.4, 0.0, 0.0, -29.288326404276614),
    (true, -30.0, 100.0, 99.0, 0.5, 0.6, -0.002, 0.01, -29.577659114136782),
    (true, -30.0, 100.0, 99.0, 1.0, 0.2, 0.01, 0.04, -29.1149171069351),
    (true, -30.0, 100.0, 99.0, 1.0, 0.4, -0.001, 0.0, -29.537214783775426),
    (true, -30.0, 100.0, 99.0, 1.0, 0.6, 0.02, -0.01, -29.70324825605588),
    (true, -30.0, 100.0, 99.0, 7.0, 0.2, 0.05, 0.02, -29.321469630505216),
    (true, -30.0, 100.0, 99.0, 7.0, 0.4, 0.0, 0.0, -29.891795505331),
    (true, -30.0, 100.0, 99.0, 7.0, 0.6, -0.002, 0.01, -29.959637744776334),
    (true, -30.0, 100.0, 99.0, 15.0, 0.2, 0.01, 0.04, -29.891152929817462),
    (true, -30.0, 100.0, 99.0, 15.0, 0.4, -0.001, 0.0, -29.95376215193419),
    (true, -30.0, 100.0, 99.0, 15.0, 0.6, 0.02, -0.01, -29.951304981956998),
    (false, 5.0, 100.0, 101.0, 0.5, 0.2, 0.05, 0.02, 4.7247303756875025),
    (false, 5.0, 100.0, 101.0, 0.5, 0.4, 0.0, 0.0, 4.83423096537518),
    (false, 5.0, 100.0, 101.0, 0.5, 0.6, -0.002, 0.01, 4.8782617610744365),
    (false, 5.0, 100.0, 101.0, 1.0, 0.2, 0.01, 0.04, 4.734712461157067),
    (false, 5.0, 100.0, 101.0, 1.0, 0.4, -0.001, 0.0, 4.874285103204946),
    (false, 5.0, 100.0, 101.0, 1.0, 0.6, 0.02, -0.01, 4.9101512587555405),
    (false, 5.0, 100.0, 101.0, 7.0, 0.2, 0.05, 0.02, 4.912407244303644),
    (false, 5.0, 100.0, 101.0, 7.0, 0.4, 0.0, 0.0, 4.932818067946157),
    (false, 5.0, 100.0, 101.0, 7.0, 0.6, -0.002, 0.01, 4.9406227868109545),
    (false, 5.0, 100.0, 101.0, 15.0, 0.2, 0.01, 0.04, 4.859636710402937),
    (false, 5.0, 100.0, 101.0, 15.0, 0.4, -0.001, 0.0, 4.942326614011239),
    (false, 5.0, 100.0, 101.0, 15.0, 0.6, 0.02, -0.01, 4.950743033112318),
    (false, 5.0, 100.0, 130.0, 0.5, 0.2, 0.05, 0.02, 0.33315082638646704),
    (false, 5.0, 100.0, 130.0, 0.5, 0.4, 0.0, 0.0, 1.5429683247129833),
    (false, 5.0, 100.0, 130.0, 0.5, 0.6, -0.002, 0.01, 2.3099029895254017),
    (false, 5.0, 100.0, 130.0, 1.0, 0.2, 0.01, 0.04, 0.6658026094836101),
    (false, 5.0, 100.0, 130.0, 1.0, 0.4, -0.001, 0.0, 2.2239306001151005),
    (false, 5.0, 100.0, 130.0, 1.0, 0.6, 0.02, -0.01, 2.9236214819413937),
    (false, 5.0, 100.0, 130.0, 7.0, 0.2, 0.05, 0.02, 2.9641201109059088),
    (false, 5.0, 100.0, 130.0, 7.0, 0.4, 0.0, 0.0, 3.4417935276701095),
    (false, 5.0, 100.0, 130.0, 7.0, 0.6, -0.002, 0.01, 3.6274419863795706),
    (false, 5.0, 100.0, 130.0, 15.0, 0.2, 0.01, 0.04, 2.3138384465227073),
    (false, 5.0, 100.0, 130.0, 15.0, 0.4, -0.001, 0.0, 3.658180436084336),
    (false, 5.0, 100.0, 130.0, 15.0, 0.6, 0.02, -0.01, 3.844618210960809),
    (false, 5.0, 100.0, 200.0, 0.5, 0.2, 0.05, 0.02, 5.527825495245217e-06),
    (false, 5.0, 100.0, 200.0, 0.5, 0.4, 0.0, 0.0, 0.050014260164994835),
    (false, 5.0, 100.0, 200.0, 0.5, 0.6, -0.002, 0.01, 0.34754991196290047),
    (false, 5.0, 100.0, 200.0, 1.0, 0.2, 0.01, 0.04, 0.0010720942180281992),
    (false, 5.0, 100.0, 200.0, 1.0, 0.4, -0.001, 0.0, 0.28861482585133247),
    (false, 5.0, 100.0, 200.0, 1.0, 0.6, 0.02, -0.01, 0.9021158547434377),
    (false, 5.0, 100.0, 200.0, 7.0, 0.2, 0.05, 0.02, 0.9103206591129647),
    (false, 5.0, 100.0, 200.0, 7.0, 0.4, 0.0, 0.0, 1.7157717214967352),
    (false, 5.0, 100.0, 200.0, 7.0, 0.6, -0.002, 0.01, 2.079601246329291),
    (false, 5.0, 100.0, 200.0, 15.0, 0.2, 0.01, 0.04, 0.5825505815427051),
    (false, 5.0, 100.0, 200.0, 15.0, 0.4, -0.001, 0.0, 2.1200057745827636),
    (false, 5.0, 100.0, 200.0, 15.0, 0.6, 0.02, -0.01, 2.475702427477789),
    (true, -30.0, 100.0, 80.0, 7.0, 0.2, -0.005, -0.05, -17.471892528272836),
    (false, 5.0, 100.0, 130.0, 7.0, 0.2, -0.005, -0.05, 3.629718468840039),
    (true, -30.0, 100.0, 80.0, 7.0, 0.3, -0.001, -0.02, -24.818871062925638),
];

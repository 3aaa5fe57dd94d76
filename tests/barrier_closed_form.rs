//! Continuously monitored barrier calls and the rebate paid at the hit, against Haug's
//! published table, and on bad input.

use offering_desk::domain::FieldError;
use offering_desk::domain::paid_option::closed_form::BarrierKind::{self, *};
use offering_desk::domain::paid_option::closed_form::{BarrierInputs, barrier_call, rebate_at_hit};
use offering_desk::i18n::Language;

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

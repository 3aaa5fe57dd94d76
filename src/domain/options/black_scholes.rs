//! Black–Scholes call price with a continuous dividend yield, as in the notices that value
//! stock acquisition rights (e.g. IIJ, 2013):
//!
//! C = S e^(−qT) N(d) − X e^(−rT) N(d − σ√T),  d = (ln(S/X) + (r − q + σ²/2) T) / (σ√T).
//!
//! The two terms are never simply subtracted where they nearly cancel. With x = ln(F/X) the
//! log-moneyness of the forward, s = σ√T, d₁ = x/s + s/2, d₂ = d₁ − s and the Mills ratio R:
//!
//! * s/2 > |x|/s + 0.85 (d₁ > 0.85 > −0.85 > d₂): the formula as written; C is then a sizeable
//!   part of its first term, so at most a bit or two is lost.
//! * otherwise, x ≤ 0 (out of the money): C = X e^(−rT) φ(d₂) · [R(−d₁) − R(−d₂)], because
//!   S e^(−qT) φ(d₁) = X e^(−rT) φ(d₂);
//! * otherwise, x > 0 (in the money): C = (S e^(−qT) − X e^(−rT)) + P with the put
//!   P = X e^(−rT) φ(d₂) · [R(d₂) − R(d₁)]; both parts are positive. Where P is tiny against
//!   the forward part (deep in the money, the desk's 1-yen strike) P = X e^(−rT) N(−d₂) −
//!   S e^(−qT) N(−d₁) from the tails already computed for N(d) is used instead, once a bound
//!   on its error (rounding of both terms and of d₁, d₂) is below 1/16 ulp of the forward part.
//!
//! The bracket R(u) − R(u + s) is evaluated with relative accuracy by
//! [`super::normal::mills_difference`]. Against 60-digit values the price is within 1e-12
//! relative on the whole reference grid (typically a few 1e-16; worst about 4e-13, deep out of
//! the money where C ≈ 1e-200 and |d| ≈ 30, as φ(d) turns the rounding of d into a relative
//! error of |d|·δd). What is left is the rounding of ln(S/X), (r − q)T and d₁, which no
//! double-precision evaluation avoids: when σ√T is tiny and ln(S/X) nearly cancels (r − q)T,
//! the exact formula itself moves by more than 1e-12 when the inputs move by one ulp.

use super::normal::{mills_difference, norm_cdf_both, norm_pdf};
use crate::domain::{FieldError, Message};

/// Inputs of the Black–Scholes call. Rates, yield and volatility are annual and continuous
/// (0.02 = 2 %); the term is in years.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BlackScholesInputs {
    pub spot: f64,
    pub strike: f64,
    pub term_years: f64,
    pub volatility: f64,
    pub risk_free_rate: f64,
    pub dividend_yield: f64,
}

/// The call price per share, the intermediate values a valuation notice shows, and the Greeks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BlackScholesResult {
    /// Call price per share.
    pub price: f64,
    pub d1: f64,
    pub d2: f64,
    /// N(d1).
    pub n_d1: f64,
    /// N(d2).
    pub n_d2: f64,
    /// e^(−qT).
    pub spot_discount: f64,
    /// e^(−rT).
    pub strike_discount: f64,
    /// ∂C/∂S.
    pub delta: f64,
    /// ∂²C/∂S².
    pub gamma: f64,
    /// ∂C/∂σ, per 1.00 change of σ.
    pub vega: f64,
    /// −∂C/∂T, per year (the change as time passes).
    pub theta: f64,
    /// ∂C/∂r, per 1.00 change of r.
    pub rho: f64,
    /// How `price` was evaluated and how far it can be from the formula's value: what the
    /// amount per right needs to round C × shares up exactly (see [`Evaluation`]).
    pub evaluation: Evaluation,
}

/// A bound on the rounding error of [`BlackScholesResult::price`], and the parts an exact
/// rounding of C × shares builds on.
///
/// Every bound is on |computed − exact| where "exact" is the formula evaluated exactly at
/// the double inputs given (the rounding of the inputs themselves is the caller's to
/// bound). It is a first-order bound, u = 2⁻⁵³:
///
/// * x = ln(S/X) + (r − q)T is computed within δx = 4u·(1 + |ln(S/X)| + |(r − q)T| + |x|),
///   plus 3u·|x| for the quotient x/s and σ√T, which act on d₁ and d₂ alike.
/// * An error common to d₁ and d₂ moves F·N(d₁) − K·N(d₂) (F = S e^(−qT), K = X e^(−rT))
///   only to second order: the formula is stationary in d where F φ(d₁) = K φ(d₂). That
///   leaves ½ F φ(d₁) s (δx/s)². The forms that use e^x itself (the Mills-ratio forms,
///   which take F φ(d₁) as K φ(d₂); the forward part as K·(e^x − 1)) move to first order,
///   by F N(±d₁)·δx.
/// * What differs between d₁ and d₂ (the rounding of each sum, u·(|d₁| + |d₂|), and of
///   σ√T/2, 3u·s/2) and the rounding of σ√T itself move C by F φ(d₁) times that.
/// * e^(−qT), e^(−rT) are within u·(4 + |qT|) and u·(4 + |rT|) relative (the rounding of
///   the product qT moves the exponential by |qT|·u); N(d) and the tails within 4u relative
///   (libm's erfc and the one-exp tail are within about an ulp for the argument given).
/// * The Mills-ratio difference R(u) − R(u + s) is within [`MILLS_DIFFERENCE_ULPS`] ulps
///   relative (the plain difference loses up to about 60 times its few ulps; the series is
///   better) and moves with what differs between its arguments by (2 + |d₁| + |d₂|)
///   relative per unit.
///
/// Each branch's terms are added up and the sum multiplied by 4 (second-order terms, and
/// the constants above being estimates of a few ulps; on the reference grid the largest
/// error is 0.21 of the bound so multiplied), and (S e^(−qT) + X e^(−rT))·2⁻⁹⁹⁰ added
/// for results in or near the subnormal range. The test `error_bounds_hold_on_the_reference_grid`
/// checks the bound against 60-digit values of every row of tests/reference/black_scholes.csv.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evaluation {
    /// Bound on |price − C|.
    pub price_error: f64,
    /// In the money, where `price` was evaluated as (S e^(−qT) − X e^(−rT)) + P: the put
    /// P = X e^(−rT) N(−d₂) − S e^(−qT) N(−d₁) > 0, evaluated without cancellation.
    pub put: Option<Part>,
    /// N(−d₁) and N(−d₂), each with relative accuracy even where N(d) rounds to 1.
    pub tail_d1: f64,
    pub tail_d2: f64,
}

/// A computed value and a bound on its error.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Part {
    pub value: f64,
    pub error: f64,
}

/// Relative accuracy of `mills_difference`, in ulps (see [`Evaluation`]): its unit test
/// finds the series and the plain difference within 225 ulps of each other where they
/// meet, the worst place for both.
const MILLS_DIFFERENCE_ULPS: f64 = 256.0;
/// Unit roundoff of a double.
const U: f64 = f64::EPSILON / 2.0;

/// Accepted volatility range (0.01 % to 500 %); below it σ√T underflows d into infinity.
pub const VOLATILITY_RANGE: (f64, f64) = (0.0001, 5.0);
/// Longest accepted term, in years.
pub const MAX_TERM_YEARS: f64 = 100.0;
/// Rates and yields are accepted between −100 % and +100 %.
pub const RATE_LIMIT: f64 = 1.0;

/// Below this s/2 − |x|/s the cancellation-free forms are used (see the module docs).
const DIRECT_FORMULA_MARGIN: f64 = 0.85;

fn validate(inputs: &BlackScholesInputs) -> Result<(), FieldError> {
    let positive = |value: f64, field: &str| {
        if value > 0.0 && value.is_finite() {
            Ok(())
        } else {
            Err(FieldError::new(field, Message::id("err-finite-positive")))
        }
    };
    positive(inputs.spot, "option.share_price")?;
    positive(inputs.strike, "option.exercise_price")?;
    let term = inputs.term_years;
    if !(term > 0.0 && term <= MAX_TERM_YEARS) {
        return Err(FieldError::new(
            "option.term_years",
            Message::id("err-term-range"),
        ));
    }
    let (low, high) = VOLATILITY_RANGE;
    if !(inputs.volatility >= low && inputs.volatility <= high) {
        return Err(FieldError::new(
            "option.volatility",
            Message::id("err-volatility-range"),
        ));
    }
    let rate = |value: f64, field: &str| {
        if (-RATE_LIMIT..=RATE_LIMIT).contains(&value) {
            Ok(())
        } else {
            Err(FieldError::new(
                field,
                Message::id("err-rate-plus-minus-one"),
            ))
        }
    };
    rate(inputs.risk_free_rate, "option.risk_free_rate")?;
    rate(inputs.dividend_yield, "option.dividend_yield")?;
    Ok(())
}

/// ln(S/X). Near the money S − X is exact (Sterbenz), so ln_1p((S − X)/X) keeps ln(S/X)
/// accurate relative to itself rather than to 1; far from it the ratio is fine, and where the
/// ratio itself would overflow or underflow ln S − ln X is used.
pub(crate) fn log_moneyness(spot: f64, strike: f64) -> f64 {
    let ratio = spot / strike;
    if (0.5..=2.0).contains(&ratio) {
        ((spot - strike) / strike).ln_1p()
    } else if ratio.is_normal() {
        ratio.ln()
    } else {
        spot.ln() - strike.ln()
    }
}

/// X e^(−rT) φ(d₂), kept out of premature underflow by working in logarithms when φ(d₂)
/// alone would underflow.
fn discounted_strike_density(strike: f64, strike_discount: f64, d2: f64) -> f64 {
    if d2.abs() < 37.0 {
        strike * strike_discount * norm_pdf(d2)
    } else {
        const LN_SQRT_2PI: f64 = 0.918_938_533_204_672_8;
        (strike.ln() + strike_discount.ln() - 0.5 * d2 * d2 - LN_SQRT_2PI).exp()
    }
}

/// Values the call, with Greeks. Every input outside its accepted range is a [`FieldError`];
/// so is a result that does not fit a finite double (only possible for extreme spot or strike).
pub fn black_scholes(inputs: &BlackScholesInputs) -> Result<BlackScholesResult, FieldError> {
    validate(inputs)?;
    let BlackScholesInputs {
        spot,
        strike,
        term_years: term,
        volatility: sigma,
        risk_free_rate: r,
        dividend_yield: q,
    } = *inputs;

    let sqrt_term = term.sqrt();
    let s = sigma * sqrt_term;
    let log_moneyness = log_moneyness(spot, strike);
    let drift = (r - q) * term;
    let x = log_moneyness + drift;
    let h = x / s;
    let t = 0.5 * s;
    let d1 = h + t;
    let d2 = h - t;

    let spot_discount = (-q * term).exp();
    let strike_discount = (-r * term).exp();
    let discounted_spot = spot * spot_discount;
    let discounted_strike = strike * strike_discount;
    // N(d) and N(−d) share one tail evaluation.
    let (n_d1, tail_d1) = norm_cdf_both(d1);
    let (n_d2, tail_d2) = norm_cdf_both(d2);
    // e^(−qT) φ(d₁): shared by the put bound below, gamma, vega and theta.
    let spot_density = spot_discount * norm_pdf(d1);

    // The error-bound ingredients of `Evaluation` (see its docs).
    let dx = 4.0 * U * (1.0 + log_moneyness.abs() + drift.abs() + x.abs()) + 3.0 * U * x.abs();
    let common_d = dx / s;
    let split_d = U * (d1.abs() + d2.abs()) + 3.0 * U * t;
    let density = discounted_spot * norm_pdf(d1);
    let stationary = density * (split_d + 1.5 * U * s) + 0.5 * density * s * common_d * common_d;
    let spot_discount_error = U * (4.0 + (q * term).abs());
    let strike_discount_error = U * (4.0 + (r * term).abs());
    let mills_error = |value: f64, spot_weight: f64| {
        (MILLS_DIFFERENCE_ULPS * U + strike_discount_error + 2.0 * U) * value
            + discounted_spot * spot_weight * dx
            + 2.0 * (2.0 + d1.abs() + d2.abs()) * split_d * value
            + stationary
    };
    let mut put = None;

    let (price, error) = if t > h.abs() + DIRECT_FORMULA_MARGIN {
        let price = discounted_spot * n_d1 - discounted_strike * n_d2;
        let error = (8.0 * U + spot_discount_error) * discounted_spot * n_d1
            + (8.0 * U + strike_discount_error) * discounted_strike * n_d2
            + stationary
            + U * price.abs();
        (price, error)
    } else if x <= 0.0 {
        let price =
            discounted_strike_density(strike, strike_discount, d2) * mills_difference(-d1, s);
        (price, mills_error(price, n_d1))
    } else {
        // Forward minus strike, both discounted: expm1 keeps it accurate near the money;
        // from x = ln 2 on the plain difference loses at most one bit and avoids expm1's
        // error growing with |x|.
        let (forward_excess, forward_error) = if x < std::f64::consts::LN_2 {
            let excess = discounted_strike * x.exp_m1();
            let error = discounted_spot * dx + (strike_discount_error + 2.0 * U) * excess;
            (excess, error)
        } else {
            let excess = discounted_spot - discounted_strike;
            let error = spot_discount_error * discounted_spot
                + strike_discount_error * discounted_strike
                + U * excess;
            (excess, error)
        };
        // The put from the tails: each term carries a few ulps, and the rounding of d₁ and d₂
        // (each within |d|·ε) moves it by X e^(−rT) φ(d₂) = S e^(−qT) φ(d₁) times that.
        let tails_put = discounted_strike * tail_d2 - discounted_spot * tail_d1;
        let tails_put_error_scale = discounted_strike * tail_d2
            + discounted_spot * tail_d1
            + spot * spot_density * (d1.abs() + d2.abs());
        let (value, error) = if 16.0 * tails_put_error_scale <= forward_excess {
            let error = (8.0 * U + strike_discount_error) * discounted_strike * tail_d2
                + (8.0 * U + spot_discount_error) * discounted_spot * tail_d1
                + stationary;
            (tails_put, error)
        } else {
            let value =
                discounted_strike_density(strike, strike_discount, d2) * mills_difference(d2, s);
            (value, mills_error(value, tail_d1))
        };
        let price = forward_excess + value;
        put = Some((value, error));
        (price, forward_error + error + U * price)
    };
    // The formula is never negative; rounding could only push a result of 0 below it.
    let price = price.max(0.0);
    let bound = |error: f64| 4.0 * error + (discounted_spot + discounted_strike) * 2f64.powi(-990);
    let evaluation = Evaluation {
        price_error: bound(error),
        put: put.map(|(value, error)| Part {
            value: value.max(0.0),
            error: bound(error),
        }),
        tail_d1,
        tail_d2,
    };

    let delta = spot_discount * n_d1;
    let gamma = spot_density / (spot * s);
    let vega = spot * spot_density * sqrt_term;
    let theta = -spot * spot_density * sigma / (2.0 * sqrt_term) - r * discounted_strike * n_d2
        + q * discounted_spot * n_d1;
    let rho = strike * term * strike_discount * n_d2;

    let result = BlackScholesResult {
        price,
        d1,
        d2,
        n_d1,
        n_d2,
        spot_discount,
        strike_discount,
        delta,
        gamma,
        vega,
        theta,
        rho,
        evaluation,
    };
    let all_finite = [
        price,
        d1,
        d2,
        n_d1,
        n_d2,
        spot_discount,
        strike_discount,
        delta,
        gamma,
        vega,
        theta,
        rho,
    ]
    .iter()
    .all(|value| value.is_finite());
    if all_finite {
        Ok(result)
    } else {
        Err(FieldError::new(
            "option",
            Message::id("err-option-not-computable"),
        ))
    }
}

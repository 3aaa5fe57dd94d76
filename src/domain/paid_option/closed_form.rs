//! Closed-form values of a European call with one barrier **monitored continuously**
//! (Reiner and Rubinstein 1991, in the form of Haug, *The Complete Guide to Option Pricing
//! Formulas*, 2nd ed., 4.17.1 "Standard Barrier Options"), with a continuous dividend yield q
//! (cost of carry b = r − q) and no rebate at expiry; and the value of a rebate paid at the
//! moment the barrier is hit (Haug's term F), which is what a forced exercise at a down
//! barrier pays: S − K = H − K at the hit.
//!
//! Continuous monitoring is what makes these closed forms exist. A barrier checked once a
//! day is hit less often than one watched at every instant, so these values are the limit of
//! the daily-monitored ones, not equal to them; how much daily monitoring matters is shown
//! beside the simulation, which watches the price as the option's terms do.
//!
//! Haug writes each value as a sum of his terms A–D. With the spot reflected in the barrier,
//! S* = H²/S, and its weight w = (H/S)^(2μ), μ = (b − σ²/2)/σ², those terms are plain calls
//! and parts of calls (the reflection principle), each part evaluated without cancellation:
//!
//! * call(S) = C_BS(S, X), Black–Scholes with its accurate tails ([`black_scholes`]): A;
//!   for a down barrier with X ≥ H, C = w·call(S*).
//! * above(S) = E[(S_T − X)·1{S_T > H}] = C_BS(S, H) + (H − X)·e^(−rT)·N(d₂(S, H)), both
//!   parts non-negative for H ≥ X: B; for a down barrier D = w·above(S*).
//! * band(S) = E[(S_T − X)·1{X < S_T < H}]: A − B; for an up barrier C − D = −w·band(S*).
//!
//! | kind         | X ≥ H                | X < H                  |
//! |--------------|----------------------|------------------------|
//! | down-and-out | call(S) − w·call(S*) | above(S) − w·above(S*) |
//! | down-and-in  | w·call(S*)           | band(S) + w·above(S*)  |
//! | up-and-out   | 0                    | band(S) − w·band(S*)   |
//! | up-and-in    | call(S)              | above(S) + w·band(S*)  |
//!
//! Every knock-in value is a sum of non-negative parts and keeps full relative accuracy; a
//! knock-out value is a difference, which loses relative accuracy only as it vanishes (the
//! spot next to the barrier, or an up barrier next to the strike): its absolute error stays
//! a few ulps of the call. Against 50-digit values (tests/barrier_closed_form.rs) the error
//! is below 1e-13 relative except there, e.g. 2e-7 relative, 3e-15 yen, for an up-and-out
//! worth 2e-8 yen on a 100-yen share with the barrier 1 % above spot and strike.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::domain::options::{
    BlackScholesInputs, BlackScholesResult, MAX_TERM_YEARS, RATE_LIMIT, VOLATILITY_RANGE,
    black_scholes, log_moneyness, norm_cdf, norm_pdf,
};
use crate::domain::{Arg, FieldError, Message};

/// Which side the barrier is on and what hitting it does to the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BarrierKind {
    /// The call ends when the price falls to the barrier (below the spot).
    DownAndOut,
    /// The call exists only once the price has fallen to the barrier.
    DownAndIn,
    /// The call ends when the price rises to the barrier (above the spot).
    UpAndOut,
    /// The call exists only once the price has risen to the barrier.
    UpAndIn,
}

impl BarrierKind {
    /// True for a barrier below the spot.
    pub fn is_down(self) -> bool {
        matches!(self, BarrierKind::DownAndOut | BarrierKind::DownAndIn)
    }
}

/// Inputs of a barrier call, per share. Rates, yield and volatility are annual and continuous
/// (0.02 = 2 %); the term is in years; spot, strike and barrier are in yen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BarrierInputs {
    pub spot: f64,
    pub strike: f64,
    pub barrier: f64,
    pub term_years: f64,
    pub volatility: f64,
    pub risk_free_rate: f64,
    pub dividend_yield: f64,
}

/// The field paths a refusal names (the paid-option section of a scenario).
const SPOT: &str = "paid_option.share_price";
const STRIKE: &str = "paid_option.exercise_price";
const BARRIER: &str = "paid_option.barrier";
const TERM: &str = "paid_option.term_years";
const VOLATILITY: &str = "paid_option.volatility";
const RISK_FREE_RATE: &str = "paid_option.risk_free_rate";
const DIVIDEND_YIELD: &str = "paid_option.dividend_yield";
const REBATE: &str = "paid_option.rebate";
/// A result that does not fit a double is laid at the section's door, as no one input is
/// to blame.
const SECTION: &str = "paid_option";

/// Unit roundoff of a double.
const U: f64 = f64::EPSILON / 2.0;
/// 1/√(2π).
const FRAC_1_SQRT_2PI: f64 = 0.398_942_280_401_432_7;
/// From here on the Mills ratio comes from its continued fraction: below it N(−z) and φ(z)
/// are both normal doubles (N(−37.5) ≈ 5e−308).
const MILLS_CONTINUED_FRACTION_FROM: f64 = 35.0;

/// Value per share of the call with a continuously monitored barrier (no rebate).
///
/// Refuses, naming the field (`paid_option.share_price`, `.exercise_price`, `.barrier`,
/// `.term_years`, `.volatility`, `.risk_free_rate`, `.dividend_yield`) and the accepted
/// range: a spot, strike or barrier that is not a finite positive number of yen; a term,
/// volatility or rate outside the ranges [`black_scholes`] accepts; a barrier already
/// reached at the spot (down: spot ≤ barrier; up: spot ≥ barrier) — the call is then already
/// out, or already a plain call; and, naming `paid_option`, a value that does not fit a
/// double (only where σ is about 1 % or less over years, so that (H/S)^(2μ) overflows).
pub fn barrier_call(kind: BarrierKind, inputs: &BarrierInputs) -> Result<f64, FieldError> {
    validate(inputs, kind.is_down())?;
    let &BarrierInputs {
        spot,
        strike,
        barrier,
        ..
    } = inputs;
    let mirror = Mirror::new(inputs);
    let value = if strike >= barrier {
        match kind {
            BarrierKind::DownAndOut => {
                call(inputs, spot, strike)?.price
                    - mirror.weighted(|s| Ok(call(inputs, s, strike)?.price))?
            }
            BarrierKind::DownAndIn => mirror.weighted(|s| Ok(call(inputs, s, strike)?.price))?,
            BarrierKind::UpAndOut => 0.0,
            BarrierKind::UpAndIn => call(inputs, spot, strike)?.price,
        }
    } else {
        match kind {
            BarrierKind::DownAndOut => {
                above(inputs, spot)? - mirror.weighted(|s| above(inputs, s))?
            }
            BarrierKind::DownAndIn => {
                band(inputs, spot)? + mirror.weighted(|s| above(inputs, s))?
            }
            BarrierKind::UpAndOut => band(inputs, spot)? - mirror.weighted(|s| band(inputs, s))?,
            BarrierKind::UpAndIn => above(inputs, spot)? + mirror.weighted(|s| band(inputs, s))?,
        }
    };
    finite(value)
}

/// Present value of `rebate` yen paid at the first moment the price reaches the barrier
/// (`down`: falling to it from above; otherwise rising to it from below), if that happens
/// within `term_years`, the barrier monitored continuously. `rebate` may be negative (a
/// forced exercise at a barrier below the strike pays H − K < 0).
///
/// Haug's F: K·[(H/S)^(μ+λ)·N(ηz) + (H/S)^(μ−λ)·N(η(z − 2λσ√T))] with λ = √(μ² + 2r/σ²),
/// z = ln(H/S)/(σ√T) + λσ√T, η = 1 down, −1 up. Both terms are positive; a term whose N
/// is a lower tail is evaluated as e^(μ·ln(H/S) − (ln(H/S)/σ√T)²/2 − (λσ√T)²/2)·R/√(2π) with
/// the Mills ratio R, so that a large power of H/S never meets a tiny N.
///
/// Refuses what [`barrier_call`] refuses, a rebate that is not a finite number
/// (`paid_option.rebate`), and a negative dividend yield together with a negative rate in
/// the band where μ² + 2r/σ² < 0 (`paid_option.risk_free_rate`): there λ is imaginary and
/// the closed form needs the normal distribution at complex arguments. With q ≥ 0 that band
/// is empty for every r.
pub fn rebate_at_hit(down: bool, rebate: f64, inputs: &BarrierInputs) -> Result<f64, FieldError> {
    validate(inputs, down)?;
    if !rebate.is_finite() {
        return Err(FieldError::new(REBATE, Message::id("err-finite-number")));
    }
    let &BarrierInputs {
        spot,
        barrier,
        term_years: term,
        volatility: sigma,
        risk_free_rate: r,
        dividend_yield: q,
        ..
    } = inputs;
    let variance = sigma * sigma;
    let mu = mu(inputs);
    let squared = mu * mu + 2.0 * r / variance;
    // Where μ² + 2r/σ² is 0 within its rounding, λ = 0 (F depends on λ² only, smoothly).
    let lambda = if squared >= 0.0 {
        squared.sqrt()
    } else if squared >= -8.0 * U * (mu * mu + (2.0 * r / variance).abs()) {
        0.0
    } else {
        return Err(rate_band(q, sigma));
    };
    let s = sigma * term.sqrt();
    let h = log_moneyness(barrier, spot);
    let a = h / s;
    let l = lambda * s;
    let eta = if down { 1.0 } else { -1.0 };
    // c·h − x²/2 for both terms below: (μ ± λ)h − (a ± l)²/2 = μh − (a² + l²)/2, as λh = a·l.
    let density_exponent = mu * h - 0.5 * (a * a + l * l);
    let term = |power: f64, x: f64| {
        if x >= 0.0 {
            (power * h).exp() * norm_cdf(x)
        } else {
            density_exponent.exp() * FRAC_1_SQRT_2PI * mills_ratio(-x)
        }
    };
    let value = rebate * (term(mu + lambda, eta * (a + l)) + term(mu - lambda, eta * (a - l)));
    if value.is_finite() {
        Ok(value)
    } else {
        Err(not_computable())
    }
}

fn validate(inputs: &BarrierInputs, down: bool) -> Result<(), FieldError> {
    let positive = |value: f64, field: &'static str| {
        if value > 0.0 && value.is_finite() {
            Ok(())
        } else {
            Err(FieldError::new(field, Message::id("err-finite-positive")))
        }
    };
    positive(inputs.spot, SPOT)?;
    positive(inputs.strike, STRIKE)?;
    positive(inputs.barrier, BARRIER)?;
    let term = inputs.term_years;
    if !(term > 0.0 && term <= MAX_TERM_YEARS) {
        return Err(FieldError::new(TERM, Message::id("err-term-range")));
    }
    let (low, high) = VOLATILITY_RANGE;
    if !(inputs.volatility >= low && inputs.volatility <= high) {
        return Err(FieldError::new(
            VOLATILITY,
            Message::id("err-volatility-range"),
        ));
    }
    let rate = |value: f64, field: &'static str| {
        if (-RATE_LIMIT..=RATE_LIMIT).contains(&value) {
            Ok(())
        } else {
            Err(FieldError::new(
                field,
                Message::id("err-rate-plus-minus-one"),
            ))
        }
    };
    rate(inputs.risk_free_rate, RISK_FREE_RATE)?;
    rate(inputs.dividend_yield, DIVIDEND_YIELD)?;
    if down && inputs.barrier >= inputs.spot {
        return Err(FieldError::new(
            BARRIER,
            Message::id("err-barrier-below-spot"),
        ));
    }
    if !down && inputs.barrier <= inputs.spot {
        return Err(FieldError::new(
            BARRIER,
            Message::id("err-barrier-above-spot"),
        ));
    }
    Ok(())
}

/// The refusal of a rate inside the band where λ² < 0: with q < 0 that is the open interval
/// between (q − σ²/2) ∓ σ√(−2q), both ends ≤ 0. Its ends are said as percentages to four
/// decimals, rounded outwards so that the values named are accepted.
fn rate_band(q: f64, sigma: f64) -> FieldError {
    let centre = q - 0.5 * sigma * sigma;
    let half_width = sigma * (-2.0 * q).max(0.0).sqrt();
    let end = |value: f64, strategy| {
        let rate = Decimal::from_f64_retain(value)
            .unwrap_or_default()
            .round_dp_with_strategy(6, strategy);
        Arg::Percent { rate, dp: 4 }
    };
    FieldError::new(
        RISK_FREE_RATE,
        Message::id("err-rebate-rate-band")
            .with(
                "low",
                end(centre - half_width, RoundingStrategy::ToNegativeInfinity),
            )
            .with(
                "high",
                end(centre + half_width, RoundingStrategy::ToPositiveInfinity),
            ),
    )
}

fn not_computable() -> FieldError {
    FieldError::new(SECTION, Message::id("err-option-not-computable"))
}

/// A knock-out value is a difference of two non-negative parts; rounding can leave −0 or a
/// few ulps below 0 where the exact value is 0 or nearly so.
fn finite(value: f64) -> Result<f64, FieldError> {
    if value.is_finite() {
        Ok(value.max(0.0))
    } else {
        Err(not_computable())
    }
}

/// μ = (b − σ²/2)/σ² with b = r − q.
fn mu(inputs: &BarrierInputs) -> f64 {
    let variance = inputs.volatility * inputs.volatility;
    (inputs.risk_free_rate - inputs.dividend_yield - 0.5 * variance) / variance
}

/// The spot reflected in the barrier, S* = H²/S, and its weight w = (H/S)^(2μ).
struct Mirror {
    spot: f64,
    weight: f64,
}

impl Mirror {
    fn new(inputs: &BarrierInputs) -> Self {
        let h = log_moneyness(inputs.barrier, inputs.spot);
        Mirror {
            spot: inputs.barrier * (inputs.barrier / inputs.spot),
            weight: (2.0 * mu(inputs) * h).exp(),
        }
    }

    /// w·part(S*). A weight that underflows to 0 leaves nothing to evaluate (the reflected
    /// spot is then extreme); an infinite one against a part that underflowed is refused.
    fn weighted(&self, part: impl Fn(f64) -> Result<f64, FieldError>) -> Result<f64, FieldError> {
        if self.weight == 0.0 {
            return Ok(0.0);
        }
        let value = self.weight * part(self.spot)?;
        if value.is_finite() {
            Ok(value)
        } else {
            Err(not_computable())
        }
    }
}

/// The Black–Scholes call at `spot` and `strike`, the other inputs as given. Inputs are
/// validated before this is reached, so a refusal here is one of size (a reflected spot
/// that overflows, a result out of range).
fn call(inputs: &BarrierInputs, spot: f64, strike: f64) -> Result<BlackScholesResult, FieldError> {
    black_scholes(&BlackScholesInputs {
        spot,
        strike,
        term_years: inputs.term_years,
        volatility: inputs.volatility,
        risk_free_rate: inputs.risk_free_rate,
        dividend_yield: inputs.dividend_yield,
    })
    .map_err(|_| not_computable())
}

/// above(spot) = E[(S_T − X)·1{S_T > H}] = C_BS(spot, H) + (H − X)·e^(−rT)·N(d₂(spot, H)),
/// for H ≥ X: two non-negative parts.
fn above(inputs: &BarrierInputs, spot: f64) -> Result<f64, FieldError> {
    let at_barrier = call(inputs, spot, inputs.barrier)?;
    Ok(above_from(inputs, &at_barrier))
}

fn above_from(inputs: &BarrierInputs, at_barrier: &BlackScholesResult) -> f64 {
    at_barrier.price
        + (inputs.barrier - inputs.strike) * at_barrier.strike_discount * at_barrier.n_d2
}

/// band(spot) = E[(S_T − X)·1{X < S_T < H}] for X < H, in whichever of two forms has the
/// smaller error estimate:
///
/// * C_BS(spot, X) − above(spot): good while the band holds a fair part of the call;
/// * spot·e^(−qT)·[N(d₁(X)) − N(d₁(H))] − X·e^(−rT)·[N(d₂(X)) − N(d₂(H))], each difference
///   taken between upper tails where both are upper tails: good where the band lies in a tail
///   and the first form would subtract two nearly equal calls.
fn band(inputs: &BarrierInputs, spot: f64) -> Result<f64, FieldError> {
    let at_strike = call(inputs, spot, inputs.strike)?;
    let at_barrier = call(inputs, spot, inputs.barrier)?;
    let above = above_from(inputs, &at_barrier);
    let by_subtraction = at_strike.price - above;
    let subtraction_error = 4.0 * (at_strike.price + above);

    let forward = spot * at_strike.spot_discount;
    let discounted_strike = inputs.strike * at_strike.strike_discount;
    let (asset, asset_error) = between(
        (at_strike.d1, at_strike.n_d1, at_strike.evaluation.tail_d1),
        (
            at_barrier.d1,
            at_barrier.n_d1,
            at_barrier.evaluation.tail_d1,
        ),
    );
    let (cash, cash_error) = between(
        (at_strike.d2, at_strike.n_d2, at_strike.evaluation.tail_d2),
        (
            at_barrier.d2,
            at_barrier.n_d2,
            at_barrier.evaluation.tail_d2,
        ),
    );
    let direct = forward * asset - discounted_strike * cash;
    let direct_error = forward * asset_error + discounted_strike * cash_error;
    Ok(if direct_error < subtraction_error {
        direct
    } else {
        by_subtraction
    })
}

/// N(upper) − N(lower) for upper ≥ lower, each given as (d, N(d), N(−d)), and an estimate of
/// its rounding error in units of u: the magnitudes subtracted (each within a few ulps) and
/// the rounding of d itself (|d|·u moves N by φ(d)·|d|·u).
fn between(upper: (f64, f64, f64), lower: (f64, f64, f64)) -> (f64, f64) {
    let (d_upper, n_upper, tail_upper) = upper;
    let (d_lower, n_lower, tail_lower) = lower;
    let (difference, subtracted) = if d_lower >= 0.0 {
        (tail_lower - tail_upper, tail_lower + tail_upper)
    } else {
        (n_upper - n_lower, n_upper + n_lower)
    };
    let moved = d_upper.abs() * norm_pdf(d_upper) + d_lower.abs() * norm_pdf(d_lower);
    (difference, 4.0 * subtracted + 4.0 * moved)
}

/// Mills ratio R(z) = N(−z)/φ(z) for z ≥ 0: the quotient while both are normal doubles (each
/// is accurate relative to itself), beyond that Laplace's continued fraction
/// R(z) = 1/(z + 1/(z + 2/(z + 3/(z + …)))), which at z ≥ 35 settles within 30 levels.
fn mills_ratio(z: f64) -> f64 {
    if z < MILLS_CONTINUED_FRACTION_FROM {
        return norm_cdf(-z) / norm_pdf(z);
    }
    let mut tail = 0.0;
    for k in (1..=30).rev() {
        tail = k as f64 / (z + tail);
    }
    1.0 / (z + tail)
}

//! The amount per stock acquisition right: C × shares per right, "fractions of less than
//! one yen rounded up" — the ceiling of the true product, however small its fraction.
//!
//! # The exact ceiling
//!
//! C is transcendental, so only an enclosure of C × N is ever known; the amount is the
//! ceiling of every value in it, or "undecided" when the enclosure holds a whole yen. Two
//! enclosures are formed and the narrower one is used:
//!
//! * **Forward part plus put** (in the money, where Black–Scholes already evaluates
//!   C = A + P): A = S e^(−qT) − X e^(−rT) in double-double arithmetic from the scenario's
//!   exact decimals ([`super::dd`]; within 2⁻⁹³ of S e^(−qT) + X e^(−rT), and exact when
//!   r = q = 0, where A = S − X is a decimal), and the put P > 0 from the double-precision
//!   evaluation with its bound ([`super::Evaluation`]) plus the effect of rounding the
//!   inputs to doubles. For the desk's 1-yen strike P is tiny and its bound tinier, so
//!   N·C is known to about 1e-20 yen.
//! * **C in double precision** (near and out of the money): C with its evaluation bound
//!   and the input-rounding effect.
//!
//! The input-rounding effect is first order: the actual difference between each double
//! input and its decimal (measured in double-double), times the magnitude of the
//! matching derivative of C (or of P), summed and doubled.
//!
//! Since P > 0 for every finite input, C × N > A × N: when A × N is a whole number and
//! P × N < 1, the amount is A × N + 1 exactly, even where P underflows to 0 in double
//! precision.
//!
//! # The spreadsheet convention
//!
//! What a double-precision spreadsheet gives for ROUNDUP(C*N, 0) when its cell holds C as
//! the double nearest the true C: c = fl(C), then the product fl(c × N), then Excel's
//! ROUNDUP, which reads its argument to 15 significant digits (as Excel displays it) before
//! rounding up. So an excess over a whole yen below about 5 in the 16th significant digit
//! is lost there. (LibreOffice Calc reads even fewer digits: version 7.4 rounds to 12
//! significant digits inside ROUNDUP.) A workbook that computes C with its own formula
//! differs further wherever C × N is within that formula's error of a whole yen.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::black_scholes::{BlackScholesInputs, BlackScholesResult};
use super::dd::Dd;
use super::normal::norm_pdf;
use crate::domain::{FieldError, Message};

/// Decimal places of C as the notices print it (and as the stated value carries it).
pub const STATED_PRICE_DECIMAL_PLACES: u32 = 10;

/// Which rounding of C × shares per right the scenario files.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmountConvention {
    /// The rule as written: any true fraction of a yen, however small, is rounded up.
    #[default]
    Exact,
    /// What a double-precision spreadsheet's ROUNDUP(C*N, 0) gives (see the module docs).
    Spreadsheet,
}

impl AmountConvention {
    pub const ALL: [AmountConvention; 2] = [AmountConvention::Exact, AmountConvention::Spreadsheet];

    /// The word saved in scenario files and printed in JSON: "exact", "spreadsheet".
    pub fn key(self) -> &'static str {
        match self {
            AmountConvention::Exact => "exact",
            AmountConvention::Spreadsheet => "spreadsheet",
        }
    }

    /// What the convention computes, for labels and derivations.
    pub fn describe(self) -> &'static str {
        match self {
            AmountConvention::Exact => {
                "exact: the true C × shares, any fraction of a yen rounded up"
            }
            AmountConvention::Spreadsheet => {
                "spreadsheet: ROUNDUP(C × shares, 0) in double precision, as Excel computes it"
            }
        }
    }
}

/// A fraction of two decimals (the dividend yield q = dividend ÷ (split ratio × S)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotient {
    pub numerator: Decimal,
    pub denominator: Decimal,
}

impl Quotient {
    /// A value typed as such (denominator 1).
    pub fn of(value: Decimal) -> Self {
        Self {
            numerator: value,
            denominator: Decimal::ONE,
        }
    }
}

/// The valuation inputs as the scenario states them: the numbers the true C is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExactInputs {
    pub spot: Decimal,
    pub strike: Decimal,
    pub term_years: Decimal,
    pub volatility: Decimal,
    pub risk_free_rate: Decimal,
    pub dividend_yield: Quotient,
}

/// A rounded-up figure, or the two whole yen it lies between when the computation cannot
/// tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ceiling {
    Decided(Decimal),
    /// The true ceiling is one of `low` … `high` (usually adjacent yen).
    Undecided {
        low: Decimal,
        high: Decimal,
    },
}

impl Ceiling {
    pub fn decided(self) -> Option<Decimal> {
        match self {
            Ceiling::Decided(v) => Some(v),
            Ceiling::Undecided { .. } => None,
        }
    }

    /// The figure to carry forward: the decided one, else the higher candidate.
    pub fn figure(self) -> Decimal {
        match self {
            Ceiling::Decided(v) => v,
            Ceiling::Undecided { high, .. } => high,
        }
    }
}

/// How the enclosure of C × shares was formed (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// (S e^(−qT) − X e^(−rT)) in double-double plus the put.
    ForwardPlusPut,
    /// C in double precision.
    DoublePrecision,
}

/// A right's value: C × shares per right, rounded up to the yen, by both conventions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AmountPerRight {
    pub shares_per_right: u32,
    /// C per share, to the digits its error bound supports.
    pub price_per_share: Decimal,
    /// C × shares per right, to the digits its error bound supports.
    pub unrounded: Decimal,
    /// The whole yen nearest C × shares, and C × shares minus it in yen (signed): the
    /// "399,800 + 1.0e-19" of a derivation.
    pub nearest_yen: Decimal,
    pub excess: f64,
    /// Bound on |unrounded − true C × shares|, in yen.
    pub error_bound: f64,
    pub method: Method,
    /// The notice's rule applied to the true product.
    pub exact: Ceiling,
    /// ROUNDUP(C*N, 0) in a double-precision spreadsheet.
    pub spreadsheet: Ceiling,
    /// The convention the scenario files.
    pub convention: AmountConvention,
    /// The figure of `convention` (the higher candidate when undecided).
    pub amount: Decimal,
}

impl AmountPerRight {
    /// The convention's figure, when it is decided.
    pub fn chosen(&self) -> Ceiling {
        match self.convention {
            AmountConvention::Exact => self.exact,
            AmountConvention::Spreadsheet => self.spreadsheet,
        }
    }

    /// Both conventions decided and equal.
    pub fn conventions_agree(&self) -> bool {
        matches!((self.exact, self.spreadsheet), (Ceiling::Decided(a), Ceiling::Decided(b)) if a == b)
    }

    /// C to the decimals the notices print, rounded half up.
    pub fn stated_price(&self) -> Decimal {
        round_half_up(self.price_per_share, STATED_PRICE_DECIMAL_PLACES)
    }
}

fn round_half_up(value: Decimal, dp: u32) -> Decimal {
    value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// Relative error of A = S e^(−qT) − X e^(−rT) in double-double, against S e^(−qT) +
/// X e^(−rT): the inputs (4u² each), qT and rT (about 30u² relative, times |qT| ≤ 100 in
/// the exponential), exp (2⁻⁹⁸), two products and a difference — about 2⁻⁹⁴·⁵ at worst.
const FORWARD_RELATIVE_ERROR: f64 = 1.0 / (1u128 << 93) as f64;
/// Covers the roundings of the few double-double sums that form the enclosure.
const SUM_RELATIVE_ERROR: f64 = 1.0 / (1u128 << 100) as f64;
/// Bounds are inflated by this factor so a bound is never met exactly.
const INFLATE: f64 = 1.0 + 1.0 / (1u64 << 40) as f64;

fn overflow(field: &str) -> FieldError {
    FieldError::new(field, Message::id("err-too-large-in-yen"))
}

/// The first-order effect on C (or P) of the doubles the valuation ran on differing from
/// the scenario's decimals: Σ |∂/∂input| × |double − decimal|, doubled.
fn input_rounding(
    exact: &ExactInputs,
    inputs: &BlackScholesInputs,
    v: &BlackScholesResult,
    spot_weight: f64,
    strike_weight: f64,
) -> f64 {
    let dev =
        |decimal: Decimal, double: f64| Dd::from_decimal(decimal).add_f64(-double).to_f64().abs();
    let q = Dd::from_decimal(exact.dividend_yield.numerator)
        .div(Dd::from_decimal(exact.dividend_yield.denominator));
    let d_spot = dev(exact.spot, inputs.spot);
    let d_strike = dev(exact.strike, inputs.strike);
    let d_term = dev(exact.term_years, inputs.term_years);
    let d_sigma = dev(exact.volatility, inputs.volatility);
    let d_rate = dev(exact.risk_free_rate, inputs.risk_free_rate);
    let d_yield = q.add_f64(-inputs.dividend_yield).to_f64().abs();
    let term = inputs.term_years;
    let discounted_spot = inputs.spot * v.spot_discount;
    let discounted_strike = inputs.strike * v.strike_discount;
    let density = discounted_spot * norm_pdf(v.d1);
    let vega = density * term.sqrt();
    let by_term = density * inputs.volatility / (2.0 * term.sqrt())
        + inputs.risk_free_rate.abs() * discounted_strike * strike_weight
        + inputs.dividend_yield.abs() * discounted_spot * spot_weight;
    2.0 * (v.spot_discount * spot_weight * d_spot
        + v.strike_discount * strike_weight * d_strike
        + vega * d_sigma
        + term * discounted_strike * strike_weight * d_rate
        + term * discounted_spot * spot_weight * d_yield
        + by_term * d_term)
}

/// An enclosure of C × N: `low` < true value ≤ `high`.
struct Enclosure {
    estimate: Dd,
    low: Dd,
    high: Dd,
    method: Method,
}

impl Enclosure {
    fn width(&self) -> f64 {
        self.high.sub(self.low).to_f64()
    }
}

/// C × N from the forward part in double-double and the put.
fn forward_plus_put(
    exact: &ExactInputs,
    put: f64,
    put_error: f64,
    shares: u32,
) -> Result<Enclosure, FieldError> {
    let n = f64::from(shares);
    let (forward, forward_error, exactly) =
        if exact.risk_free_rate.is_zero() && exact.dividend_yield.numerator.is_zero() {
            // A × N = (S − X) × N is a decimal: exact when whole.
            let product = (exact.spot - exact.strike)
                .checked_mul(Decimal::from(shares))
                .ok_or_else(|| overflow("option.share_price"))?
                .normalize();
            let whole = product.scale() == 0;
            let value = Dd::from_decimal(product);
            let error = if whole {
                0.0
            } else {
                4.0 * SUM_RELATIVE_ERROR * value.to_f64().abs()
            };
            (value, error, whole)
        } else {
            let dd = Dd::from_decimal;
            let term = dd(exact.term_years);
            let rate_term = dd(exact.risk_free_rate).mul(term);
            let yield_term = dd(exact.dividend_yield.numerator)
                .mul(term)
                .div(dd(exact.dividend_yield.denominator));
            let spot = dd(exact.spot).mul(yield_term.neg().exp());
            let strike = dd(exact.strike).mul(rate_term.neg().exp());
            let forward = spot.sub(strike).mul_f64(n);
            let error = n * FORWARD_RELATIVE_ERROR * (spot.to_f64().abs() + strike.to_f64().abs())
                + SUM_RELATIVE_ERROR * forward.to_f64().abs();
            (forward, error, false)
        };
    // P × N exactly (two doubles' product), its error inflated so it is strict.
    let put_times = Dd::from_f64(put).mul_f64(n);
    let put_error = n * put_error * INFLATE;
    let estimate = forward.add(put_times);
    let margin = SUM_RELATIVE_ERROR
        * (forward.to_f64().abs() + put_times.to_f64().abs() + put_error + forward_error);
    // P > 0, so the true value exceeds A × N + N × max(P − error, 0).
    let put_low = put_times.add_f64(-put_error);
    let put_low = if put_low.hi > 0.0 { put_low } else { Dd::ZERO };
    let low = forward
        .add_f64(-forward_error)
        .add(put_low)
        .add_f64(-margin);
    let low = if exactly && low.sub(forward).hi < 0.0 {
        forward
    } else {
        low
    };
    let high = forward
        .add_f64(forward_error)
        .add(put_times)
        .add_f64(put_error + margin);
    Ok(Enclosure {
        estimate,
        low,
        high,
        method: Method::ForwardPlusPut,
    })
}

/// C × N from C in double precision.
fn double_precision(price: f64, error: f64, n: f64) -> Enclosure {
    let estimate = Dd::from_f64(price).mul_f64(n);
    let error = n * error * INFLATE + SUM_RELATIVE_ERROR * estimate.to_f64().abs();
    Enclosure {
        estimate,
        low: estimate.add_f64(-error),
        high: estimate.add_f64(error),
        method: Method::DoublePrecision,
    }
}

/// The ceiling over an enclosure whose lower end is strict.
fn ceiling_of(low: Dd, high: Dd) -> Result<Ceiling, FieldError> {
    let from = low.floor() + 1;
    let to = high.ceil();
    let yen = |v: i128| {
        i64::try_from(v)
            .map(Decimal::from)
            .map_err(|_| overflow("option.share_price"))
    };
    // from ≤ to always; equal when no whole yen lies inside (low, high].
    Ok(if from >= to {
        Ceiling::Decided(yen(from)?)
    } else {
        Ceiling::Undecided {
            low: yen(from)?,
            high: yen(to)?,
        }
    })
}

/// Excel's ROUNDUP(x, 0) for x ≥ 0: x read to 15 significant digits (rounded half up at
/// the 16th), then rounded up to a whole number.
pub fn spreadsheet_roundup(x: f64) -> i128 {
    if x.is_nan() || x <= 0.0 {
        return 0;
    }
    if x <= 1.0 {
        // Any positive value is still positive at 15 digits (and 0.9999999999999999 reads
        // as 1): ROUNDUP gives 1. The decimal reading below cannot hold the 30-odd
        // decimals of a value such as 8.7e-18 (a far out-of-the-money C).
        return 1;
    }
    if x < 1e15 {
        // Below 1e15 a double can never lie exactly halfway at the 16th digit (that would
        // need a factor 5 in its denominator), so the correctly rounded shortest form is
        // the half-up one.
        let text = format!("{x:.14e}");
        let value = Decimal::from_scientific(&text).unwrap_or(Decimal::MAX);
        value
            .round_dp_with_strategy(0, RoundingStrategy::AwayFromZero)
            .to_i128()
            .unwrap_or(i128::MAX)
    } else {
        // From 1e15 on a double is a multiple of 1/8: round eighths half up to the unit
        // of the 15th digit.
        let eighths = (x * 8.0) as i128;
        let digits = (x as i128).to_string().len() as u32;
        let unit = 8 * 10i128.pow(digits - 15);
        let rounded = (eighths + unit / 2) / unit * unit;
        rounded / 8
    }
}

/// The spreadsheet figure for every C in [low, high] / N: fl(C), fl(fl(C) × N), ROUNDUP.
/// It is monotone in C, so the two ends decide it.
fn spreadsheet_ceiling(low: Dd, high: Dd, n: f64) -> Result<Ceiling, FieldError> {
    let end = |v: Dd, widen: f64| {
        let c = v.div_f64(n);
        let c = c.add_f64(widen * 4.0 * SUM_RELATIVE_ERROR * c.to_f64().abs());
        spreadsheet_roundup(c.to_f64().max(0.0) * n)
    };
    let from = end(low, -1.0);
    let to = end(high, 1.0);
    let yen = |v: i128| {
        i64::try_from(v)
            .map(Decimal::from)
            .map_err(|_| overflow("option.share_price"))
    };
    Ok(if from == to {
        Ceiling::Decided(yen(from)?)
    } else {
        Ceiling::Undecided {
            low: yen(from)?,
            high: yen(to)?,
        }
    })
}

/// The largest number of decimals whose last digit an error of `bound` does not reach,
/// within what a `Decimal` holds beside `whole_digits` integer digits.
fn supported_decimals(bound: f64, whole_digits: u32) -> u32 {
    let by_bound = if bound > 0.0 {
        (-(2.0 * bound).log10()).floor().clamp(0.0, 28.0) as u32
    } else {
        28
    };
    by_bound.min(27u32.saturating_sub(whole_digits))
}

/// A double-double as a decimal with `dp` decimals, rounded half up.
fn to_decimal(value: Dd, dp: u32) -> Result<Decimal, FieldError> {
    let whole = value.floor();
    let fraction = value.sub(Dd::from_i128(whole));
    let scale = 10i128.pow(dp);
    let digits = fraction.mul(Dd::from_i128(scale)).add_f64(0.5).floor();
    let mantissa = whole
        .checked_mul(scale)
        .and_then(|w| w.checked_add(digits))
        .ok_or_else(|| overflow("option.share_price"))?;
    Decimal::try_from_i128_with_scale(mantissa, dp).map_err(|_| overflow("option.share_price"))
}

fn whole_digits(value: f64) -> u32 {
    if value.abs() < 1.0 {
        1
    } else {
        value.abs().log10().floor() as u32 + 1
    }
}

/// Rounds C × shares per right up to the yen, by both conventions.
///
/// `exact` are the scenario's decimals, `inputs` the doubles the valuation ran on and
/// `valuation` its result. Errors name the field that makes a figure too large.
pub fn amount_per_right(
    exact: &ExactInputs,
    inputs: &BlackScholesInputs,
    valuation: &BlackScholesResult,
    shares_per_right: u32,
    convention: AmountConvention,
) -> Result<AmountPerRight, FieldError> {
    let price = valuation.price;
    if !(price >= 0.0 && price.is_finite()) {
        return Err(FieldError::new(
            "option.price_per_share",
            Message::id("err-yen-finite-not-negative"),
        ));
    }
    if shares_per_right == 0 {
        return Err(FieldError::new(
            "option.shares_per_right",
            Message::id("err-at-least-one"),
        ));
    }
    if exact.dividend_yield.denominator <= Decimal::ZERO {
        return Err(FieldError::new(
            "option.dividend_yield",
            Message::id("err-positive-denominator"),
        ));
    }
    let n = f64::from(shares_per_right);
    if price * n >= 4e18 {
        return Err(overflow("option.share_price"));
    }
    let e = &valuation.evaluation;
    let call_inputs = input_rounding(exact, inputs, valuation, valuation.n_d1, valuation.n_d2);
    let mut enclosure = double_precision(price, e.price_error + call_inputs, n);
    if let Some(put) = e.put {
        let put_inputs = input_rounding(exact, inputs, valuation, e.tail_d1, e.tail_d2);
        let other = forward_plus_put(exact, put.value, put.error + put_inputs, shares_per_right)?;
        if other.width() <= enclosure.width() {
            enclosure = other;
        }
    }
    let exact_ceiling = ceiling_of(enclosure.low, enclosure.high)?;
    let spreadsheet = spreadsheet_ceiling(enclosure.low, enclosure.high, n)?;
    let chosen = match convention {
        AmountConvention::Exact => exact_ceiling,
        AmountConvention::Spreadsheet => spreadsheet,
    };

    let estimate = enclosure.estimate;
    let bound = enclosure.width() / 2.0;
    let per_share = estimate.div_f64(n);
    let product_dp = supported_decimals(bound, whole_digits(estimate.to_f64()));
    let price_dp = supported_decimals(bound / n, whole_digits(per_share.to_f64()));
    let nearest = estimate.add_f64(0.5).floor();
    let excess = estimate.sub(Dd::from_i128(nearest)).to_f64();
    Ok(AmountPerRight {
        shares_per_right,
        price_per_share: to_decimal(per_share, price_dp)?,
        unrounded: to_decimal(estimate, product_dp)?,
        nearest_yen: Decimal::from(
            i64::try_from(nearest).map_err(|_| overflow("option.share_price"))?,
        ),
        excess,
        error_bound: bound,
        method: enclosure.method,
        exact: exact_ceiling,
        spreadsheet,
        convention,
        amount: chosen.figure(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_reads_fifteen_digits() {
        assert_eq!(spreadsheet_roundup(0.0), 0);
        assert_eq!(spreadsheet_roundup(665_118.473_616_12), 665_119);
        // 399,800 + 3.9e-9 keeps its excess at 15 digits (399800.000000004).
        assert_eq!(spreadsheet_roundup(399_800.000_000_003_9), 399_801);
        // 399,800 + 4e-10 does not (399800.000000000).
        assert_eq!(spreadsheet_roundup(399_800.000_000_000_4), 399_800);
        // 0.1 × 3 = 0.30000000000000004 reads as 0.3.
        assert_eq!(spreadsheet_roundup(0.1 * 3.0), 1);
        assert_eq!(spreadsheet_roundup(2.0), 2);
        // From 1e15 on the 15th digit is the tens or above: 1e15 + 5 reads (half up) as
        // 1e15 + 10, 1e15 + 4.875 as 1e15; 4e18 + 512 as 4e18 (15th digit: ten thousands).
        assert_eq!(spreadsheet_roundup(1e15 + 5.0), 1_000_000_000_000_010);
        assert_eq!(spreadsheet_roundup(1e15 + 4.875), 1_000_000_000_000_000);
        assert_eq!(spreadsheet_roundup(4e18 + 512.0), 4_000_000_000_000_000_000);
        assert_eq!(
            spreadsheet_roundup(4e18 + 5120.0),
            4_000_000_000_000_010_000
        );
    }

    #[test]
    fn decimals_follow_the_bound() {
        assert_eq!(supported_decimals(1e-10, 6), 9);
        assert_eq!(supported_decimals(4e-10, 6), 9);
        assert_eq!(supported_decimals(6e-10, 6), 8);
        assert_eq!(supported_decimals(1e-40, 6), 21);
        assert_eq!(supported_decimals(0.0, 1), 26);
        let v = Dd::from_f64(399_800.0).add_f64(1.047e-19);
        assert_eq!(
            to_decimal(v, 21).unwrap().to_string(),
            "399800.000000000000000000105"
        );
        assert_eq!(to_decimal(Dd::from_f64(2.5), 0).unwrap(), Decimal::from(3));
    }
}

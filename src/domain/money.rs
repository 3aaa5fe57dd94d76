//! Yen amounts and rates as exact decimals, with every rounding named by intent.
//!
//! `rust_decimal`'s `round()` is banker's rounding, which no Japanese notice uses; the
//! helpers here name the strategy so a reader can check each figure against its rule.

use rust_decimal::{Decimal, RoundingStrategy};

/// Fractions of a yen rounded down (issue price from a discount, "切り捨て").
pub fn round_down_to_yen(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(0, RoundingStrategy::ToZero)
}

/// Fractions of a yen rounded up (stated capital, amount per right, "切り上げ").
pub fn round_up_to_yen(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(0, RoundingStrategy::AwayFromZero)
}

/// Fractions of a share rounded down (shares per right after a split, "切り捨て").
pub fn round_down_to_whole_shares(shares: Decimal) -> Decimal {
    shares.round_dp_with_strategy(0, RoundingStrategy::ToZero)
}

/// Rounded to `dp` decimals, halves away from zero ("四捨五入"); for values a person
/// types or reads, such as a rate taken from a slider.
pub fn round_half_up(value: Decimal, dp: u32) -> Decimal {
    value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// Round down to a multiple of `tick` (a positive price step such as 1, 5 or 10 yen).
pub fn round_down_to_tick(amount: Decimal, tick: Decimal) -> Decimal {
    if tick <= Decimal::ZERO {
        return amount;
    }
    (amount / tick).round_dp_with_strategy(0, RoundingStrategy::ToZero) * tick
}

/// A rate shown with `dp` decimals of a percent, rounded half up ("四捨五入"), as
/// notices show the discount actually applied (3.0145 % → 3.01 %).
pub fn percent_rounded_half_up(rate: Decimal, dp: u32) -> Decimal {
    (rate * Decimal::ONE_HUNDRED).round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

/// Formats a yen amount as notices do: thousands separators, sen only when present
/// ("15,726,200,000", "1,286.55").
pub fn format_yen(amount: Decimal) -> String {
    let normalized = amount.normalize();
    let text = normalized.abs().to_string();
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 1);
    if normalized.is_sign_negative() && !normalized.is_zero() {
        out.push('-');
    }
    out.push_str(&group_thousands(int_part));
    if let Some(frac) = frac_part {
        out.push('.');
        // Sen: always two places once fractional ("1,286.5" reads as 1,286 yen 50 sen).
        out.push_str(frac);
        if frac.len() == 1 {
            out.push('0');
        }
    }
    out
}

/// An intermediate value with thousands separators and every significant digit
/// ("3,346.5", "665,118.47361612"): derivations show exactly what was rounded.
pub fn format_grouped(value: Decimal) -> String {
    let normalized = value.normalize();
    let text = normalized.abs().to_string();
    let (int_part, frac) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let sign = if normalized.is_sign_negative() && !normalized.is_zero() {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{}", group_thousands(int_part))
    } else {
        format!("{sign}{}.{frac}", group_thousands(int_part))
    }
}

/// "JPY 15,726,200,000" — the notices' own style.
pub fn format_jpy(amount: Decimal) -> String {
    format!("JPY {}", format_yen(amount))
}

/// A fraction (0.0301) as a percent with exactly `dp` decimals ("3.01 %"); the
/// last digit rounded half up. Trailing zeros are kept so columns align.
pub fn format_percent(rate: Decimal, dp: u32) -> String {
    let pct = percent_rounded_half_up(rate, dp);
    format!("{} %", fixed_dp(pct, dp))
}

/// Whole numbers with thousands separators (share counts, rights).
pub fn format_count(n: u64) -> String {
    group_thousands(&n.to_string())
}

/// `value` printed with exactly `dp` decimals (Decimal keeps whatever scale it has).
pub fn fixed_dp(value: Decimal, dp: u32) -> String {
    let mut v = value;
    v.rescale(dp);
    v.to_string()
}

fn group_thousands(digits: &str) -> String {
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// A close as a statistics input: mantissa ÷ 10^scale, one rounding (exact for whole
/// yen). Several times faster than the general conversion, which matters because the
/// whole history is converted on every recompute, and an imported file of millions of
/// closes once. The one conversion of a close to `f64`: the import, the CLI and the
/// scenario agree to the last bit.
pub fn price_to_f64(d: Decimal) -> f64 {
    let u = d.unpack();
    // 96-bit mantissa from its three words: exact in f64 up to 2^53, one rounding above.
    let mantissa = if u.hi == 0 && u.mid == 0 {
        f64::from(u.lo)
    } else {
        (f64::from(u.hi) * 4_294_967_296.0 + f64::from(u.mid)) * 4_294_967_296.0 + f64::from(u.lo)
    };
    let magnitude = match u.scale {
        0 => mantissa,
        scale => mantissa / 10f64.powi(scale as i32),
    };
    if u.negative { -magnitude } else { magnitude }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn rounding_is_directional_not_bankers() {
        assert_eq!(round_down_to_yen(d("3346.5")), d("3346"));
        assert_eq!(round_down_to_yen(d("3346.99")), d("3346"));
        assert_eq!(round_up_to_yen(d("7538800000.01")), d("7538800001"));
        assert_eq!(round_up_to_yen(d("289112.5")), d("289113"));
        assert_eq!(round_up_to_yen(d("42")), d("42"));
        assert_eq!(round_down_to_tick(d("3346.5"), d("5")), d("3345"));
        assert_eq!(round_down_to_tick(d("3346.5"), d("0.5")), d("3346.5"));
    }

    #[test]
    fn percent_display_rounds_half_up() {
        // (3,450 − 3,346) / 3,450 = 0.0301449… → 3.01 %
        let rate = (d("3450") - d("3346")) / d("3450");
        assert_eq!(format_percent(rate, 2), "3.01 %");
        assert_eq!(format_percent(d("0.0412"), 2), "4.12 %");
        assert_eq!(format_percent(d("0.03"), 2), "3.00 %");
        assert_eq!(format_percent(d("0.000125"), 2), "0.01 %");
    }

    #[test]
    fn yen_formatting_matches_the_notices() {
        assert_eq!(format_yen(d("15726200000")), "15,726,200,000");
        assert_eq!(format_yen(d("1286.55")), "1,286.55");
        assert_eq!(format_yen(d("1286.50")), "1,286.50");
        assert_eq!(format_yen(d("3346.0")), "3,346");
        assert_eq!(format_yen(d("-138")), "-138");
        assert_eq!(format_yen(d("999")), "999");
        assert_eq!(format_yen(d("0")), "0");
        assert_eq!(format_jpy(d("7538800000")), "JPY 7,538,800,000");
        assert_eq!(format_count(4_700_000), "4,700,000");
        assert_eq!(format_grouped(d("3346.50")), "3,346.5");
        assert_eq!(format_grouped(d("665118.4736161200")), "665,118.47361612");
        assert_eq!(format_grouped(d("-1234")), "-1,234");
    }
}

//! Parsing what people type into money, share and rate fields.
//!
//! Finance staff paste figures from notices and spreadsheets: "3,450", "3450円",
//! "JPY 3,450", "¥3,450", full-width "３，４５０", "3 %". These parsers accept all of
//! those and reject anything ambiguous with a message saying what is accepted.

use rust_decimal::Decimal;
use std::str::FromStr;

/// Folds full-width forms to ASCII (digits, letters, punctuation: "３，４５０",
/// "Ｈ２５．７．１９"), reads the minus signs people paste (−, ‐, ー) as "-", and drops
/// spaces, so every parser sees the text as if typed in ASCII.
pub(crate) fn normalize(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            // U+FF01…U+FF5E mirror ASCII ! … ~ at a fixed distance.
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
            '−' | '‐' | 'ー' => Some('-'),
            c if c.is_whitespace() => None,
            c => Some(c),
        })
        .collect()
}

/// Parses a plain decimal with optional thousands separators ("1,234,567.5").
fn parse_grouped(text: &str) -> Option<Decimal> {
    if text.is_empty() {
        return None;
    }
    let (int_part, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    let (sign, digits) = match int_part.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", int_part.strip_prefix('+').unwrap_or(int_part)),
    };
    if digits.contains(',') {
        // Separators must group by thousands: "3,450" yes, "34,50" no.
        let groups: Vec<&str> = digits.split(',').collect();
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return None;
        }
    }
    let plain: String = digits.chars().filter(|c| *c != ',').collect();
    if plain.is_empty() || !plain.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if let Some(f) = frac
        && (f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let joined = match frac {
        Some(f) => format!("{sign}{plain}.{f}"),
        None => format!("{sign}{plain}"),
    };
    Decimal::from_str(&joined).ok()
}

/// A yen amount: "3,450", "3450円", "JPY 3,450", "¥3,450", "３，４５０", "1,286.55".
pub fn parse_yen(text: &str) -> Result<Decimal, String> {
    let t = normalize(text);
    let t = t
        .strip_prefix("JPY")
        .or_else(|| t.strip_prefix("jpy"))
        .or_else(|| t.strip_prefix('¥'))
        .or_else(|| t.strip_prefix('￥'))
        .unwrap_or(&t);
    let t = t.strip_suffix('円').unwrap_or(t);
    parse_grouped(t).ok_or_else(|| {
        format!("{text:?} is not an amount in yen; type e.g. 3,450 or 3450円 or JPY 1,286.55")
    })
}

/// A whole number of shares or rights: "4,700,000", "4700000株".
pub fn parse_count(text: &str) -> Result<u64, String> {
    let t = normalize(text);
    let t = t
        .strip_suffix('株')
        .or_else(|| t.strip_suffix('個'))
        .unwrap_or(&t);
    let err = || format!("{text:?} is not a whole number; type e.g. 4,700,000");
    let d = parse_grouped(t).ok_or_else(err)?;
    if d.fract() != Decimal::ZERO || d.is_sign_negative() {
        return Err(err());
    }
    u64::from_str(&d.trunc().to_string()).map_err(|_| err())
}

/// A rate typed as a percent: "3", "3%", "3.0 %" → 0.03. The unit is shown beside
/// the field, so a bare number is read as percent, as people type it.
pub fn parse_percent(text: &str) -> Result<Decimal, String> {
    let t = normalize(text);
    let t = t.strip_suffix('%').unwrap_or(&t);
    let pct = parse_grouped(t)
        .ok_or_else(|| format!("{text:?} is not a percentage; type e.g. 3, 3% or 3.0 %"))?;
    Ok(pct / Decimal::ONE_HUNDRED)
}

/// A plain decimal such as a split ratio or a term in years: "200", "0.5", "15".
pub fn parse_decimal(text: &str) -> Result<Decimal, String> {
    let t = normalize(text);
    parse_grouped(&t).ok_or_else(|| format!("{text:?} is not a number; type e.g. 200 or 0.5"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn yen_in_every_form_people_type() {
        for t in [
            "3,450",
            "3450",
            "3450円",
            "JPY 3,450",
            "¥3,450",
            "￥3450",
            "３，４５０",
            " 3 450 ",
        ] {
            assert_eq!(parse_yen(t), Ok(d("3450")), "{t}");
        }
        assert_eq!(parse_yen("1,286.55"), Ok(d("1286.55")));
        assert_eq!(parse_yen("15,726,200,000"), Ok(d("15726200000")));
        for bad in [
            "", "abc", "34,50", "3..4", "1,2345", "3,450.", "JPY", "¥-", "1e5",
        ] {
            assert!(parse_yen(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn counts_are_whole_and_non_negative() {
        assert_eq!(parse_count("4,700,000"), Ok(4_700_000));
        assert_eq!(parse_count("4700000株"), Ok(4_700_000));
        assert!(parse_count("1.5").is_err());
        assert!(parse_count("-3").is_err());
        assert!(parse_count("99999999999999999999999").is_err());
    }

    #[test]
    fn rates_read_as_percent() {
        assert_eq!(parse_percent("3"), Ok(d("0.03")));
        assert_eq!(parse_percent("3%"), Ok(d("0.03")));
        assert_eq!(parse_percent("3.0 %"), Ok(d("0.030")));
        assert_eq!(parse_percent("３％"), Ok(d("0.03")));
        assert_eq!(parse_percent("-0.1"), Ok(d("-0.001")));
        assert!(parse_percent("three").is_err());
    }

    #[test]
    fn plain_numbers_for_ratios_and_years() {
        // Mutation testing found this parser untested: a split ratio, a consolidation, a
        // term in years, full-width digits.
        assert_eq!(parse_decimal("200"), Ok(d("200")));
        assert_eq!(parse_decimal("0.5"), Ok(d("0.5")));
        assert_eq!(parse_decimal("1,000"), Ok(d("1000")));
        assert_eq!(parse_decimal("１５"), Ok(d("15")));
        let e = parse_decimal("two").unwrap_err();
        assert!(e.contains("\"two\" is not a number"), "{e}");
    }
}

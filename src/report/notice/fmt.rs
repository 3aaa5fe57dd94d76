//! Figures and dates in the English notices' own style: "JPY3,346" (no space), "3.01%",
//! "Thursday, July 11, 2013", "two hundred (200)".

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::domain::money::{
    fixed_dp, format_count, format_grouped, format_yen, percent_rounded_half_up,
};

/// "JPY3,346", "JPY15,726,200,000", "JPY1,286.55".
pub fn jpy(amount: Decimal) -> String {
    format!("JPY{}", format_yen(amount))
}

/// An intermediate value with every significant digit: "JPY3,325.5923680806".
pub fn jpy_exact(amount: Decimal) -> String {
    format!("JPY{}", format_grouped(amount))
}

/// A fraction as a percent with `dp` decimals, rounded half up: "3.01%".
pub fn percent(rate: Decimal, dp: u32) -> String {
    format!("{}%", fixed_dp(percent_rounded_half_up(rate, dp), dp))
}

/// A fraction as a percent with exactly the digits it has: 0.425281 → "42.5281%".
pub fn percent_exact(rate: Decimal) -> String {
    let pct = (rate * Decimal::ONE_HUNDRED).normalize();
    format!("{}%", format_grouped(pct))
}

/// "Thursday, July 11, 2013".
pub fn long_date(d: NaiveDate) -> String {
    d.format("%A, %B %-d, %Y").to_string()
}

/// "July 11, 2013".
pub fn date(d: NaiveDate) -> String {
    d.format("%B %-d, %Y").to_string()
}

/// A count as the notices spell it: "two hundred (200)".
pub fn spelled(n: u64) -> String {
    format!("{} ({})", words(n), format_count(n))
}

/// A yen amount as the notices spell it: "one (1) yen"; amounts with sen as "JPY1.50".
pub fn spelled_yen(amount: Decimal) -> String {
    match amount.normalize() {
        a if a.scale() == 0 && a >= Decimal::ZERO => match a.to_u64() {
            Some(n) => format!("{} yen", spelled(n)),
            None => jpy(amount),
        },
        _ => jpy(amount),
    }
}

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn below_thousand(n: u64) -> String {
    debug_assert!(n < 1000);
    let (hundreds, rest) = (n / 100, n % 100);
    let rest_words = match rest {
        0 => String::new(),
        1..=19 => ONES[rest as usize].to_owned(),
        _ if rest % 10 == 0 => TENS[(rest / 10) as usize].to_owned(),
        _ => format!(
            "{}-{}",
            TENS[(rest / 10) as usize],
            ONES[(rest % 10) as usize]
        ),
    };
    match (hundreds, rest_words.is_empty()) {
        (0, _) => rest_words,
        (h, true) => format!("{} hundred", ONES[h as usize]),
        (h, false) => format!("{} hundred {rest_words}", ONES[h as usize]),
    }
}

/// English words for a whole number: 200 → "two hundred", 1,500 → "one thousand five hundred".
pub fn words(n: u64) -> String {
    if n == 0 {
        return ONES[0].to_owned();
    }
    const SCALES: [&str; 7] = [
        "",
        "thousand",
        "million",
        "billion",
        "trillion",
        "quadrillion",
        "quintillion",
    ];
    let mut groups = Vec::new();
    let mut rest = n;
    while rest > 0 {
        groups.push(rest % 1000);
        rest /= 1000;
    }
    let mut parts = Vec::new();
    for (scale, group) in groups.iter().enumerate().rev() {
        if *group == 0 {
            continue;
        }
        let w = below_thousand(*group);
        parts.push(if scale == 0 {
            w
        } else {
            format!("{w} {}", SCALES[scale])
        });
    }
    parts.join(" ")
}

/// A purpose as typed ("Capital investment for …") inside a sentence ("… used for capital
/// investment for …"): the first letter lowered unless the word is an acronym ("IT").
pub fn in_sentence(text: &str) -> String {
    let text = text.trim();
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            let mut out: String = first.to_lowercase().collect();
            out.push_str(&text[first.len_utf8()..]);
            out
        }
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn notice_number_style() {
        assert_eq!(jpy(d("15726200000")), "JPY15,726,200,000");
        assert_eq!(jpy(d("1286.5")), "JPY1,286.50");
        assert_eq!(percent((d("3450") - d("3346")) / d("3450"), 2), "3.01%");
        assert_eq!(percent(d("0.03"), 2), "3.00%");
        assert_eq!(percent_exact(d("0.425281")), "42.5281%");
        assert_eq!(percent_exact(d("0.0125")), "1.25%");
        let day = NaiveDate::from_ymd_opt(2013, 7, 11).unwrap();
        assert_eq!(long_date(day), "Thursday, July 11, 2013");
        assert_eq!(date(day), "July 11, 2013");
    }

    #[test]
    fn numbers_in_words() {
        assert_eq!(spelled(200), "two hundred (200)");
        assert_eq!(spelled(1), "one (1)");
        assert_eq!(words(0), "zero");
        assert_eq!(words(15), "fifteen");
        assert_eq!(words(42), "forty-two");
        assert_eq!(words(100), "one hundred");
        assert_eq!(words(1_500), "one thousand five hundred");
        assert_eq!(words(2_000_013), "two million thirteen");
        assert_eq!(spelled_yen(d("1")), "one (1) yen");
        assert_eq!(spelled_yen(d("1.00")), "one (1) yen");
        assert_eq!(spelled_yen(d("1.5")), "JPY1.50");
        assert!(words(u64::MAX).starts_with("eighteen quintillion"));
    }

    #[test]
    fn purposes_inside_sentences() {
        assert_eq!(in_sentence("Capital investment"), "capital investment");
        assert_eq!(in_sentence("IT systems"), "IT systems");
        assert_eq!(in_sentence("É"), "É");
    }
}

//! Formulas that print numbers as the app prints them, so that the derivation beside
//! each figure ("3,450 × (1 − 3.00 %) = 3,346.5 → rounded down → 3,346") is itself a
//! formula and follows an input edited in the workbook.
//!
//! FIXED, not TEXT: TEXT's format codes are read in the language of the Excel that
//! opens the file (a German Excel does not know "#,##0"), while FIXED takes a count of
//! decimals and uses the reader's own separators. Every function returns an Excel
//! expression (no leading `=`); [`spell`] makes one of a catalogue message.

use fluent_bundle::FluentValue;

use crate::i18n::{Language, text_with};

/// Marks a placeholder in a message rendered for [`spell`]; private-use characters
/// no message contains.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// The catalogue message `id` in `language` as an Excel expression: its words as string
/// literals, each placeholder as the expression `args` gives for it. The workbook's
/// derivation formulas are spelled from the same messages as the app's derivations,
/// so in either language the recalculated text is the app's, word for word.
pub(crate) fn spell(language: Language, id: &str, args: &[(&str, String)]) -> String {
    let marked: Vec<(&str, FluentValue<'_>)> = args
        .iter()
        .map(|(name, _)| (*name, FluentValue::from(format!("{OPEN}{name}{CLOSE}"))))
        .collect();
    let text = text_with(language, id, &marked);
    let mut parts = Vec::new();
    let mut rest = text.as_str();
    while let Some((before, after)) = rest.split_once(OPEN) {
        let Some((name, tail)) = after.split_once(CLOSE) else {
            break;
        };
        if !before.is_empty() {
            parts.push(lit(before));
        }
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, expression)) => parts.push(expression.clone()),
            None => parts.push(lit(name)),
        }
        rest = tail;
    }
    if !rest.is_empty() || parts.is_empty() {
        parts.push(lit(rest));
    }
    parts.join("&")
}

/// The messages `parts` (id and placeholders, as for [`spell`]) one after another,
/// joined by the language's `der-joiner` ("; "), as a derivation of several messages
/// reads in the app.
pub(crate) fn spell_all(language: Language, parts: &[(&str, &[(&str, String)])]) -> String {
    let joiner = format!("&{}&", lit(&crate::i18n::text(language, "der-joiner")));
    parts
        .iter()
        .map(|(id, args)| spell(language, id, args))
        .collect::<Vec<_>>()
        .join(&joiner)
}

/// A string literal: `"…"` with quotes doubled.
pub(crate) fn lit(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// Yen as `format_yen` prints it: thousands separators; sen, two places, only when
/// the amount has them ("3,346", "1,286.55").
pub(crate) fn yen(x: &str) -> String {
    format!("FIXED({x},IF({x}=INT({x}),0,2))")
}

/// A whole count with thousands separators ("4,700,000").
pub(crate) fn count(x: &str) -> String {
    format!("FIXED({x},0)")
}

/// A fraction as `format_percent` prints it: a percent with `dp` decimals, the last
/// rounded half up, and " %" ("3.00 %"). The inner ROUND drops binary noise
/// (0.00125 × 100 is 0.12499… in binary) before FIXED rounds the half.
pub(crate) fn percent(x: &str, dp: u32) -> String {
    format!("FIXED(ROUND({x}*100,10),{dp})&\" %\"")
}

/// A decimal as `format_grouped` prints it: thousands separators and every
/// significant decimal up to `k` ("3,346.5", "665,118.47361612"). `x` is first rounded
/// to `k` decimals (binary noise off); the decimals shown are `k` less the number of
/// j < k for which rounding to j decimals changes nothing.
pub(crate) fn grouped(x: &str, k: u32) -> String {
    let e = format!("ROUND({x},{k})");
    if k == 0 {
        return format!("FIXED({e},0)");
    }
    let places: Vec<String> = (0..k).map(|j| j.to_string()).collect();
    format!(
        "FIXED({e},{k}-SUMPRODUCT(--(ROUND({e},{{{}}})={e})))",
        places.join(",")
    )
}

/// A positive number as Rust's `{:.1e}` prints it: one decimal of the mantissa, then
/// "e" and the exponent ("1.0e-19", "3.9e-9"). The mantissa is rounded first, so 9.96e-20
/// becomes "1.0e-19" as in the app.
pub(crate) fn scientific(x: &str) -> String {
    let e = format!("INT(LOG10({x}))");
    let m = format!("ROUND({x}/10^{e},1)");
    format!("IF({m}>=10,FIXED({m}/10,1)&\"e\"&({e}+1),FIXED({m},1)&\"e\"&{e})")
}

/// `n` with its English ordinal suffix, as the timetable's rules print it ("1st",
/// "12th", "23rd").
pub(crate) fn ordinal(n: &str) -> String {
    format!(
        "{n}&IF(AND(MOD({n},100)>=11,MOD({n},100)<=13),\"th\",\
         CHOOSE(MOD({n},10)+1,\"th\",\"st\",\"nd\",\"rd\",\"th\",\"th\",\"th\",\"th\",\"th\",\"th\"))"
    )
}

/// Weekday names from Sunday, as `language` abbreviates them.
fn weekday_names(language: Language) -> [&'static str; 7] {
    match language {
        Language::English => ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
        Language::Japanese => ["日", "月", "火", "水", "木", "金", "土"],
    }
}

/// The weekday of a date in `language` ("Wed", 水), whatever the language of the Excel
/// that opens the file (TEXT(…, "ddd") depends on it).
pub(crate) fn weekday(date: &str, language: Language) -> String {
    let names: Vec<String> = weekday_names(language).iter().map(|n| lit(n)).collect();
    format!("CHOOSE(WEEKDAY({date}),{})", names.join(","))
}

/// What [`weekday`] gives for `date`: the cached result ("Mon", 月).
pub(crate) fn weekday_name(date: chrono::NaiveDate, language: Language) -> String {
    match language {
        Language::English => date.format("%a").to_string(),
        Language::Japanese => crate::report::fmt_ja::weekday(date).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_read_as_written() {
        assert_eq!(lit("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(
            [yen("B3"), lit(" × "), count("NewShares")].join("&"),
            "FIXED(B3,IF(B3=INT(B3),0,2))&\" × \"&FIXED(NewShares,0)"
        );
        assert_eq!(
            grouped("B4", 3),
            "FIXED(ROUND(B4,3),3-SUMPRODUCT(--(ROUND(ROUND(B4,3),{0,1,2})=ROUND(B4,3))))"
        );
        assert_eq!(grouped("B4", 0), "FIXED(ROUND(B4,0),0)");
        assert_eq!(percent("R", 2), "FIXED(ROUND(R*100,10),2)&\" %\"");
        let ab = [("a", "A1".to_owned()), ("b", "B1".to_owned())];
        assert_eq!(
            spell_all(Language::English, &[("der-minus", &ab), ("der-plus", &ab)]),
            "A1&\" − \"&B1&\"; \"&A1&\" + \"&B1"
        );
        assert_eq!(
            spell_all(Language::Japanese, &[("der-minus", &ab), ("der-plus", &ab)]),
            "A1&\" − \"&B1&\"；\"&A1&\" + \"&B1"
        );
    }
}

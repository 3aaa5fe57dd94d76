//! A [`FieldError`] in words: its problem's message in the chosen language, the
//! placeholders written the way that language writes amounts, counts and dates.

use std::fmt;

use fluent_bundle::FluentValue;

use super::{Language, text, text_with};
use crate::domain::error::{Arg, FieldError, Message};
use crate::domain::money::{format_count, format_grouped, format_jpy, format_percent, format_yen};
use crate::report::fmt_ja;
use crate::scenario::LoadError;
use crate::storage::FileError;

impl Message {
    /// The problem as a sentence fragment in `language` ("must be at least 1").
    pub fn text(&self, language: Language) -> String {
        let values: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, arg)| (*name, arg_value(arg, language)))
            .collect();
        text_with(language, self.id, &values)
    }
}

/// A placeholder's value. Counts under 1,000 go in as numbers, so Fluent's plural
/// selectors see them; larger ones as grouped text ("10,000"), which every selector
/// reads as "other" — right in English and in Japanese alike.
fn arg_value(arg: &Arg, language: Language) -> FluentValue<'static> {
    let japanese = language == Language::Japanese;
    match arg {
        Arg::Count(n) if *n < 1000 => FluentValue::from(*n),
        Arg::Count(n) => FluentValue::from(format_count(*n)),
        Arg::Int(n) if n.unsigned_abs() < 1000 => FluentValue::from(*n),
        Arg::Int(n) => {
            let sign = if *n < 0 { "-" } else { "" };
            FluentValue::from(format!("{sign}{}", format_count(n.unsigned_abs())))
        }
        Arg::Text(text) => FluentValue::from(text.clone()),
        Arg::Number(v) => FluentValue::from(format_grouped(*v)),
        Arg::Yen(v) if japanese => FluentValue::from(fmt_ja::yen(*v)),
        Arg::Yen(v) => FluentValue::from(format_jpy(*v)),
        Arg::Amount(v) => FluentValue::from(format_yen(*v)),
        Arg::Percent { rate, dp } => FluentValue::from(format_percent(*rate, *dp)),
        Arg::Rule(rule) if japanese => FluentValue::from(fmt_ja::date_rule(*rule)),
        Arg::Rule(rule) => FluentValue::from(rule.to_string()),
        Arg::Holiday(name) if japanese => FluentValue::from(fmt_ja::holiday(name).to_owned()),
        Arg::Holiday(name) => FluentValue::from(name.clone()),
        Arg::Date(d) if japanese => FluentValue::from(fmt_ja::long_date(*d)),
        Arg::Date(d) => FluentValue::from(d.to_string()),
        Arg::Label(id) => FluentValue::from(text(language, id)),
        Arg::Term(id) if japanese => FluentValue::from(text(language, id)),
        Arg::Term(id) => FluentValue::from(lower_first(&text(language, id))),
        Arg::Message(problem) => FluentValue::from(problem.text(language)),
    }
}

/// "Payment date" → "payment date"; names that start with an acronym stay as they are.
fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => first
            .to_lowercase()
            .chain(name[first.len_utf8()..].chars())
            .collect(),
        _ => name.to_owned(),
    }
}

impl FieldError {
    /// What is wrong, in English (tests, logs, the CLI's default).
    pub fn message(&self) -> String {
        self.problem.text(Language::English)
    }

    /// What is wrong, in `language`.
    pub fn message_in(&self, language: Language) -> String {
        self.problem.text(language)
    }
}

/// A scenario's problems as a list under one line saying how many, in `language`.
pub fn problems_in(problems: &[FieldError], language: Language) -> String {
    let head = text_with(
        language,
        "load-problems",
        &[("count", FluentValue::from(problems.len()))],
    );
    let lines: Vec<String> = problems
        .iter()
        .map(|p| format!("  {}: {}", p.field, p.message_in(language)))
        .collect();
    format!("{head}\n{}", lines.join("\n"))
}

impl FileError {
    /// The refusal in `language`, "<path>: <why>"; in English the same words as its
    /// `Display`. Only the detail a parser or the system gives (serde's "expected `,`",
    /// the OS's error text) stays as they word it.
    pub fn message_in(&self, language: Language) -> String {
        let (path, why) = match self {
            FileError::Io { path, source } => (path, io_words(source, language)),
            FileError::TooLarge { path, size, limit } => (
                path,
                Message::id("file-too-large")
                    .with("size", size.to_string())
                    .with("limit", limit.to_string())
                    .text(language),
            ),
            FileError::NotUtf8 { path, offset } => (
                path,
                Message::id("file-not-utf8")
                    .with("offset", offset.to_string())
                    .text(language),
            ),
            FileError::Undecodable { path, source } => (
                path,
                Message::id("file-undecodable")
                    .with("offset", source.offset.to_string())
                    .text(language),
            ),
            FileError::Scenario { path, source } => (path, source.message_in(language)),
        };
        format!("{}: {why}", path.display())
    }
}

/// An I/O error in `language`: the common causes in words, the rest as the system
/// gives them.
fn io_words(error: &std::io::Error, language: Language) -> String {
    use std::io::ErrorKind;
    let id = match error.kind() {
        _ if language == Language::English => return error.to_string(),
        ErrorKind::NotFound => "file-not-found",
        ErrorKind::PermissionDenied => "file-permission-denied",
        ErrorKind::Interrupted => "file-interrupted",
        ErrorKind::AlreadyExists => "file-already-exists",
        ErrorKind::StorageFull => "file-storage-full",
        _ => "file-io-other",
    };
    Message::id(id)
        .with("detail", error.to_string())
        .text(language)
}

impl LoadError {
    /// Why the document was refused, in `language`; in English the same words as its
    /// `Display`.
    pub fn message_in(&self, language: Language) -> String {
        let message = match self {
            LoadError::Invalid(problems) => return problems_in(problems, language),
            LoadError::Syntax {
                line,
                column,
                message,
            } => Message::id("load-syntax")
                .with("line", line.to_string())
                .with("column", column.to_string())
                .with("detail", message.as_str()),
            LoadError::MissingVersion => Message::id("load-missing-version"),
            LoadError::BadVersion { found, supported } => Message::id("load-bad-version")
                .with("found", found.as_str())
                .with("supported", *supported),
            LoadError::NewerVersion { found, supported } => Message::id("load-newer-version")
                .with("found", found.to_string())
                .with("supported", *supported),
            LoadError::Field {
                path,
                message,
                line: 0,
                ..
            } => Message::id("load-field")
                .with("path", path.as_str())
                .with("detail", message.as_str()),
            LoadError::Field {
                path,
                message,
                line,
                column,
            } => Message::id("load-field-at")
                .with("path", path.as_str())
                .with("detail", message.as_str())
                .with("line", line.to_string())
                .with("column", column.to_string()),
        };
        message.text(language)
    }
}

/// "offering.discount_rate: must be at least 0 % and below 100 %".
impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message())
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    use super::*;

    fn error(problem: Message) -> FieldError {
        FieldError::new("offering.x", problem)
    }

    #[test]
    fn amounts_and_dates_are_written_as_each_language_writes_them() {
        let e = error(
            Message::id("err-paid-over-issue").with("price", Arg::Yen(Decimal::new(334_650, 2))),
        );
        assert_eq!(
            e.message(),
            "must not exceed the issue price of JPY 3,346.50"
        );
        assert_eq!(
            e.message_in(Language::Japanese),
            "発行価格（3,346.50円）以下にしてください"
        );
        let day = NaiveDate::from_ymd_opt(2013, 7, 11).unwrap();
        let e = error(Message::id("err-window-end-before-start").with("start", day));
        assert_eq!(
            e.message(),
            "must be on or after the window start (2013-07-11)"
        );
        assert_eq!(
            e.message_in(Language::Japanese),
            "期間の開始日（2013年7月11日（木））以降にしてください"
        );
        assert_eq!(
            e.to_string(),
            "offering.x: must be on or after the window start (2013-07-11)"
        );
    }

    #[test]
    fn counts_are_grouped_and_small_ones_still_select_plurals() {
        let e = error(Message::id("err-shares-range").with("min", 1_000_000u64));
        assert_eq!(
            e.message(),
            "must be a whole number of shares from 1,000,000 to 10,000,000,000"
        );
        let e = error(
            Message::id("err-too-few-samples")
                .with("frequency", "weekly")
                .with("found", 2usize),
        );
        assert_eq!(
            e.message(),
            "needs at least 3 weekly samples in the window (2 returns), found 2; widen the window"
        );
        assert_eq!(
            e.message_in(Language::Japanese),
            "期間内に週次の標本が3つ以上（収益率2つ以上）必要ですが、2つしかありません。期間を広げてください"
        );
    }

    #[test]
    fn a_name_inside_an_english_sentence_is_lower_case_and_japanese_is_unchanged() {
        let e = error(
            Message::id("err-date-order")
                .with("later", Arg::Label("fig-delivery"))
                .with("later_date", NaiveDate::from_ymd_opt(2013, 7, 17).unwrap())
                .with("may_equal", "no")
                .with("earlier", Arg::Term("fig-payment"))
                .with(
                    "earlier_date",
                    NaiveDate::from_ymd_opt(2013, 7, 18).unwrap(),
                ),
        );
        assert_eq!(
            e.message(),
            "Delivery date (2013-07-17) must be after the payment date (2013-07-18)"
        );
        assert_eq!(
            e.message_in(Language::Japanese),
            "受渡期日（2013年7月17日（水））は払込期日（2013年7月18日（木））より後にしてください"
        );
        assert_eq!(lower_first("TSE calendar"), "TSE calendar");
    }
}

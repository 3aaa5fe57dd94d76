//! Sentences as data: a catalogue message id and its typed placeholders, so the window,
//! the CLI and the exports each say it in their language (`crate::i18n::message`
//! renders it).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::schedule::DateRule;

/// A sentence before it is put into words: a message of the catalogue (assets/i18n) and
/// its placeholders. A refusal (`err-…`) and a derivation (`der-…`) are both one; there is
/// no way to pass English prose, so each has its words in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A placeholder's value, kept typed so each language writes it its own way
/// (JPY 3,346 / 3,346円; 2013-07-11 / 2013年7月11日).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Written as it is (a listing code, a file name, a typed text).
    Text(String),
    /// A whole number, with thousands separators.
    Count(u64),
    /// A signed whole number (business-day offsets).
    Int(i64),
    /// A plain number with every significant digit ("0.5", "1,286.55").
    Number(Decimal),
    /// An amount of yen.
    Yen(Decimal),
    /// An amount of yen inside a formula, bare in every language ("3,346", "1,286.50"):
    /// a derivation's figures are all yen, and its result says so.
    Amount(Decimal),
    /// A fraction as a percent with `dp` decimals, the last rounded half up ("3.00 %").
    Percent { rate: Decimal, dp: u32 },
    /// A timetable date's rule, worded by each language from the data.
    Rule(DateRule),
    /// A closed day's name as the holiday table has it (English), translated by
    /// each language ("Marine Day" / 海の日).
    Holiday(String),
    /// A calendar date.
    Date(NaiveDate),
    /// The name a catalogue message gives something ("fig-payment": Payment date).
    Label(&'static str),
    /// The same inside a sentence: lower case in English ("after the payment date").
    Term(&'static str),
    /// Another message, said in the same language (why the first rejected line was; an
    /// optional part of a derivation).
    Message(Box<Message>),
}

impl Message {
    /// The catalogue message `id`, placeholders to be added with [`Message::with`].
    pub fn id(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Adds the placeholder `name`.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_owned())
    }
}

impl From<u64> for Arg {
    fn from(v: u64) -> Self {
        Arg::Count(v)
    }
}

impl From<u32> for Arg {
    fn from(v: u32) -> Self {
        Arg::Count(u64::from(v))
    }
}

impl From<usize> for Arg {
    fn from(v: usize) -> Self {
        Arg::Count(v as u64)
    }
}

impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::Int(v)
    }
}

impl From<Decimal> for Arg {
    fn from(v: Decimal) -> Self {
        Arg::Number(v)
    }
}

impl From<NaiveDate> for Arg {
    fn from(v: NaiveDate) -> Self {
        Arg::Date(v)
    }
}

//! The one error every domain function returns for bad input: which field, and what is
//! wrong with it as data — a message id and its arguments — so the window and the CLI
//! say it in the user's language (`crate::i18n::problem` renders it).

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// A rejected input: the field's path (e.g. `offering.discount_rate`) and the problem,
/// which says what is accepted (e.g. "must be at least 0 % and below 100 %").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: Problem,
}

/// What is wrong with a field, before it is put into words: a message of the catalogue
/// (`err-…` in assets/i18n) and its placeholders. There is no way to pass English prose:
/// every refusal has its words in each language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
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
    /// A calendar date.
    Date(NaiveDate),
    /// The name a catalogue message gives something ("fig-payment": Payment date).
    Label(&'static str),
    /// The same inside a sentence: lower case in English ("after the payment date").
    Term(&'static str),
    /// Another problem, said in the same language (why the first rejected line was).
    Problem(Box<Problem>),
}

impl Problem {
    /// The catalogue message `id`, placeholders to be added with [`Problem::with`].
    pub fn id(id: &'static str) -> Self {
        Problem {
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

impl FieldError {
    pub fn new(field: impl Into<String>, problem: Problem) -> Self {
        Self {
            field: field.into(),
            problem,
        }
    }

    /// The same problem said of another field (a CLI flag for a scenario path).
    pub fn at(self, field: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            problem: self.problem,
        }
    }
}

impl std::error::Error for FieldError {}

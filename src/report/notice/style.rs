//! How a draft says things in its language: the words from the catalogue
//! (assets/i18n, `notice-…`), and figures and dates as that language's notices print
//! them — "JPY3,346", "Thursday, July 11, 2013" in English; "3,346円",
//! "2013年7月11日（木）" (or 平成25年… when the scenario asks for the era) in Japanese.
//!
//! The notices write amounts without the space the window puts after "JPY" and dates
//! in words, so their figures go into messages already formatted here (`Arg::Text`);
//! counts go in as `Arg::Count`, so the catalogue can choose "share" or "shares".

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::fmt;
use crate::domain::Message;
use crate::i18n::{Language, text};
use crate::report::fmt_ja::{self, Dates};
use crate::scenario::Scenario;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub language: Language,
    /// The scenario's choice of era dates, for the Japanese drafts.
    ja: Dates,
}

impl Style {
    pub fn new(s: &Scenario, language: Language) -> Self {
        Style {
            language,
            ja: Dates {
                era: s.drafts.japanese_era,
            },
        }
    }

    pub fn japanese(self) -> bool {
        self.language == Language::Japanese
    }

    /// A word or phrase of the catalogue.
    pub fn say(self, id: &str) -> String {
        text(self.language, id)
    }

    /// A sentence of the catalogue with its placeholders.
    pub fn tell(self, message: Message) -> String {
        message.text(self.language)
    }

    /// "JPY3,346" / "3,346円".
    pub fn yen(self, amount: Decimal) -> String {
        match self.language {
            Language::English => fmt::jpy(amount),
            Language::Japanese => fmt_ja::yen(amount),
        }
    }

    /// An intermediate value with every significant digit: "JPY3,325.5923680806" /
    /// "3,325.5923680806円".
    pub fn yen_exact(self, amount: Decimal) -> String {
        match self.language {
            Language::English => fmt::jpy_exact(amount),
            Language::Japanese => fmt_ja::yen_exact(amount),
        }
    }

    /// An amount already written out ("399,800 + 1.0e-19") with the yen sign or unit.
    pub fn yen_written(self, amount: &str) -> String {
        match self.language {
            Language::English => format!("JPY{amount}"),
            Language::Japanese => format!("{amount}円"),
        }
    }

    /// "July 11, 2013" / "2013年7月11日".
    pub fn date(self, d: NaiveDate) -> String {
        match self.language {
            Language::English => fmt::date(d),
            Language::Japanese => self.ja.date(d),
        }
    }

    /// "Thursday, July 11, 2013" / "2013年7月11日（木）".
    pub fn long_date(self, d: NaiveDate) -> String {
        match self.language {
            Language::English => fmt::long_date(d),
            Language::Japanese => self.ja.long_date(d),
        }
    }

    /// The long dates of a period, or the one date when both are the same day.
    pub fn period(self, start: NaiveDate, end: NaiveDate) -> String {
        if start == end {
            return self.long_date(start);
        }
        self.tell(
            Message::id("notice-period")
                .with("start", self.long_date(start))
                .with("end", self.long_date(end)),
        )
    }

    /// "4,700,000 shares", "1 share" / "4,700,000株".
    pub fn shares(self, n: u64) -> String {
        self.tell(Message::id("notice-shares").with("count", n))
    }

    /// "a, b and c" / "a及びb及びc".
    pub fn list(self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => self.tell(
                Message::id("notice-list")
                    .with("head", init.join(&self.say("notice-list-separator")))
                    .with("last", last.as_str()),
            ),
        }
    }
}

/// A yes/no placeholder for the catalogue's selectors.
pub fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

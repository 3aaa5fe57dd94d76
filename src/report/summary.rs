//! Flattens a scenario's results into labelled figures with their derivations.

mod paid;

use crate::i18n::Language;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::dilution::{DilutionResult, Eps, NetIncomeBasis};
use crate::domain::money::{
    format_count, format_grouped, format_percent, format_yen, percent_rounded_half_up,
    round_half_up,
};
use crate::domain::offering::{CapitalSplit, OfferingResult};
use crate::domain::options::{AmountConvention, AmountPerRight, Ceiling, Method};
use crate::domain::schedule::Timetable;
use crate::domain::volatility::Frequency;
use crate::domain::yield_curve;
use crate::domain::{Arg, FieldError, Message};
use crate::scenario::{
    OptionResults, OptionTerms, RateSource, Scenario, ScenarioResults, VolatilityResults,
    check_rate,
};

/// A figure's value, typed so each writer can format it its own way.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Yen(Decimal),
    Shares(u64),
    Count(u64),
    /// An exact fraction shown as a percent with `dp` decimals ("3.01 %").
    Rate {
        rate: Decimal,
        dp: u32,
    },
    /// A measured fraction (statistics, in f64) shown as a percent with `dp` decimals.
    Percent {
        fraction: f64,
        dp: usize,
    },
    /// An exact decimal shown with all its digits ("15" years).
    Decimal(Decimal),
    /// A statistic or model value with the number of decimals worth showing.
    Number {
        value: f64,
        dp: usize,
    },
    Date(NaiveDate),
    Text(String),
    /// One of a few named choices: the key in files, its catalogue label on screen.
    Choice {
        key: &'static str,
        label: &'static str,
    },
    /// An amount the computation cannot decide between two whole yen.
    Undecided {
        low: Decimal,
        high: Decimal,
    },
    /// A section's inputs are refused: the first problem, said in each language.
    Refused(FieldError),
}

impl Value {
    /// As the notices print it: "JPY 3,346", "3.01 %", "Thu 2013-07-11".
    /// [`Value::display`] in `language`; Japanese writes yen as 円, shares as 株 and
    /// dates as 2013年7月18日（木）.
    pub fn display_in(&self, language: Language) -> String {
        use super::fmt_ja;
        match (language, self) {
            (Language::Japanese, Value::Yen(v)) => fmt_ja::yen(*v),
            (Language::Japanese, Value::Shares(n)) => fmt_ja::shares(*n),
            (Language::Japanese, Value::Date(d)) => fmt_ja::long_date(*d),
            (_, Value::Choice { label, .. }) => crate::i18n::text(language, label),
            (_, Value::Undecided { low, high }) => Message::id("value-undecided")
                .with("low", Arg::Yen(*low))
                .with("high", Arg::Yen(*high))
                .text(language),
            (_, Value::Refused(e)) => format!("{}: {}", e.field, e.message_in(language)),
            _ => self.display(),
        }
    }

    pub fn display(&self) -> String {
        match self {
            Value::Yen(v) => format!("JPY {}", format_yen(*v)),
            Value::Shares(n) => format!("{} shares", format_count(*n)),
            Value::Count(n) => format_count(*n),
            Value::Rate { rate, dp } => format_percent(*rate, *dp),
            Value::Percent { fraction, dp } => format!("{:.dp$} %", fraction * 100.0),
            Value::Decimal(v) => format_grouped(*v),
            // Tiny values (gamma of a deep in-the-money option) in scientific form,
            // so they do not print as a row of zeros.
            Value::Number { value, .. } if *value != 0.0 && value.abs() < 1e-3 => {
                format!("{value:.4e}")
            }
            Value::Number { value, dp } => format!("{value:.dp$}"),
            Value::Date(d) => d.format("%a %Y-%m-%d").to_string(),
            Value::Text(t) => t.clone(),
            Value::Choice { key, .. } => (*key).to_owned(),
            Value::Undecided { .. } | Value::Refused(_) => self.display_in(Language::English),
        }
    }

    /// Lossless, machine-readable: decimals as strings, rates as fractions, dates ISO.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match self {
            Value::Yen(v) | Value::Decimal(v) => J::String(v.normalize().to_string()),
            Value::Rate { rate, .. } => J::String(rate.normalize().to_string()),
            Value::Shares(n) | Value::Count(n) => J::from(*n),
            Value::Percent {
                fraction: value, ..
            }
            | Value::Number { value, .. } => J::from(*value),
            Value::Date(d) => J::String(d.to_string()),
            Value::Text(t) => J::String(t.clone()),
            Value::Choice { key, .. } => J::String((*key).to_owned()),
            Value::Undecided { .. } | Value::Refused(_) => J::String(self.display()),
        }
    }

    /// The value as a spreadsheet cell should hold it in the figure's [`Unit`]: exact
    /// decimal strings, rates in percent ("42.5281" with unit "%"), dates ISO.
    pub fn plain(&self) -> String {
        match self {
            Value::Rate { rate, .. } => (rate * Decimal::ONE_HUNDRED).normalize().to_string(),
            // The shortest decimal that reads back as the same double, times 100 exactly.
            Value::Percent { fraction, .. } => Decimal::from_str_exact(&fraction.to_string())
                .ok()
                .and_then(|d| d.checked_mul(Decimal::ONE_HUNDRED))
                .map_or_else(
                    || (fraction * 100.0).to_string(),
                    |d| d.normalize().to_string(),
                ),
            other => match other.to_json() {
                serde_json::Value::String(s) => s,
                json => json.to_string(),
            },
        }
    }
}

/// What a figure is measured in; the CSV's unit column and the clipboard's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Jpy,
    JpyPerShare,
    JpyPerRight,
    Shares,
    SharesPerRight,
    Rights,
    Persons,
    /// A rate, in percent.
    Percent,
    Years,
    Date,
    /// Closing prices sampled (weekly or daily).
    Closes,
    /// Log returns between samples.
    Returns,
    /// A pure number (d, delta).
    Dimensionless,
    /// Gamma: change of delta per yen of the share price.
    PerJpy,
    /// Vega: yen of C per 1.00 (100 percentage points) of σ.
    JpyPerUnitOfSigma,
    /// Theta: yen of C per year.
    JpyPerYear,
    /// Rho: yen of C per 1.00 (100 percentage points) of r.
    JpyPerUnitOfRate,
    Text,
}

impl Unit {
    /// Its name in the catalogue (`measure-…`).
    fn message_id(self) -> &'static str {
        match self {
            Unit::Jpy => "measure-jpy",
            Unit::JpyPerShare => "measure-jpy-per-share",
            Unit::JpyPerRight => "measure-jpy-per-right",
            Unit::Shares => "measure-shares",
            Unit::SharesPerRight => "measure-shares-per-right",
            Unit::Rights => "measure-rights",
            Unit::Persons => "measure-persons",
            Unit::Percent => "measure-percent",
            Unit::Years => "measure-years",
            Unit::Date => "measure-date",
            Unit::Closes => "measure-closes",
            Unit::Returns => "measure-returns",
            Unit::Dimensionless => "measure-dimensionless",
            Unit::PerJpy => "measure-per-jpy",
            Unit::JpyPerUnitOfSigma => "measure-jpy-per-sigma",
            Unit::JpyPerYear => "measure-jpy-per-year",
            Unit::JpyPerUnitOfRate => "measure-jpy-per-rate",
            Unit::Text => "measure-text",
        }
    }

    /// As the CSV writes it in `language` ("JPY per share" / 円/株).
    pub fn label_in(self, language: Language) -> String {
        crate::i18n::text(language, self.message_id())
    }

    /// [`Unit::label_in`] English.
    pub fn label(self) -> String {
        self.label_in(Language::English)
    }
}

/// One line of the summary sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub section: &'static str,
    /// Stable snake_case key for JSON and CSV.
    pub key: String,
    pub label: String,
    /// The label in words when it is built from data (an allotment group's row); else
    /// the catalogue's `fig-<key>`.
    pub label_words: Option<Message>,
    pub value: Value,
    pub unit: Unit,
    /// How the figure was reached, e.g. "3,450 × (1 − 3.00 %) = 3,346.5 → rounded down → 3,346".
    pub derivation: Derivation,
    /// The figure as a notice prints it, rounded for display, when that differs from the
    /// exact value (the discount rate 3.0145 % printed as 3.01 %).
    pub stated: Option<Stated>,
    /// A figure that is not (yet) a fact: a date from a fitted offset, an amount the
    /// computation cannot decide.
    pub status: Option<Status>,
}

/// A figure as printed, and the rounding that gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct Stated {
    pub value: Value,
    /// The rounding, a catalogue message ("two decimals of a percent, half up").
    pub rule: &'static str,
}

impl Stated {
    /// The rounding in words, in `language`.
    pub fn rule_in(&self, language: Language) -> String {
        crate::i18n::text(language, self.rule)
    }
}

/// How a figure was reached: catalogue messages said one after another, joined by the
/// language's separator ("; "), each with its figures as typed placeholders.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Derivation(Vec<Message>);

impl Derivation {
    /// The one message `id` without placeholders ("closing price").
    fn id(id: &'static str) -> Self {
        Self(vec![Message::id(id)])
    }

    /// The same, followed by `next`.
    fn then(mut self, next: Message) -> Self {
        self.0.push(next);
        self
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The messages, in order (the workbook spells each as a formula).
    pub fn messages(&self) -> &[Message] {
        &self.0
    }

    /// In words, in `language`.
    pub fn text(&self, language: Language) -> String {
        let parts: Vec<String> = self.0.iter().map(|m| m.text(language)).collect();
        parts.join(&crate::i18n::text(language, "der-joiner"))
    }
}

impl From<Message> for Derivation {
    fn from(message: Message) -> Self {
        Self(vec![message])
    }
}

/// Why a figure is not to be taken as final.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// A timetable date from a fitted business-day offset that the board fixes at launch.
    Assumed,
    /// C × shares lies too close to a whole yen for the computation to round it up.
    Undecided,
    /// Computed from an undecided amount per right (its higher candidate).
    Provisional,
}

impl Status {
    /// The machine-readable word of the JSON (`<key>_status`).
    pub fn key(self) -> &'static str {
        match self {
            Status::Assumed => "assumed",
            Status::Undecided => "undecided",
            Status::Provisional => "provisional",
        }
    }

    /// What to tell the reader, as a catalogue message.
    fn message_id(self) -> &'static str {
        match self {
            Status::Assumed => ASSUMED_DATE,
            Status::Undecided => "status-undecided",
            Status::Provisional => "status-provisional",
        }
    }

    /// What to tell the reader in `language`, in the CSV's status column and beside
    /// the figure.
    pub fn text_in(self, language: Language) -> String {
        crate::i18n::text(language, self.message_id())
    }
}

/// How every surface marks a date from a fitted offset until the user enters it (a
/// catalogue message: "assumed — set the date from the launch notice").
const ASSUMED_DATE: &str = "status-assumed";

/// [`ASSUMED_DATE`] in `language`.
pub fn assumed_date(language: Language) -> String {
    crate::i18n::text(language, ASSUMED_DATE)
}

/// Builds the figure list; a section whose inputs are invalid contributes one
/// "problem" line instead of figures.
pub fn summary(scenario: &Scenario, results: &ScenarioResults) -> Vec<Figure> {
    let mut out = Vec::new();
    section(&mut out, "offering", &results.offering, offering_figures);
    section(&mut out, "dilution", &results.dilution, |d| {
        dilution_figures(d.as_ref())
    });
    section(&mut out, "timetable", &results.timetable, summary_timetable);
    section(&mut out, "option", &results.option, |o| {
        option_figures(scenario, o)
    });
    section(
        &mut out,
        "volatility",
        &results.volatility,
        volatility_figures,
    );
    if let Some(paid) = &results.paid_option {
        section(&mut out, "paid_option", paid, |p| {
            paid::paid_figures(scenario, p)
        });
    }
    out
}

fn section<T>(
    out: &mut Vec<Figure>,
    name: &'static str,
    result: &Result<T, FieldError>,
    figures: impl FnOnce(&T) -> Vec<Figure>,
) {
    match result {
        Ok(r) => out.extend(figures(r)),
        Err(e) => out.push(Figure {
            section: name,
            key: "problem".into(),
            label: crate::i18n::text(Language::English, "fig-problem"),
            label_words: None,
            value: Value::Refused(e.clone()),
            unit: Unit::Text,
            derivation: Derivation::default(),
            stated: None,
            status: None,
        }),
    }
}

/// A figure whose label is the catalogue's `fig-<key>` and whose unit follows from its
/// value: yen totals, shares, percent, dates.
fn fig(
    section: &'static str,
    key: &str,
    value: Value,
    derivation: impl Into<Derivation>,
) -> Figure {
    let unit = match &value {
        Value::Yen(_) => Unit::Jpy,
        Value::Shares(_) => Unit::Shares,
        Value::Rate { .. } | Value::Percent { .. } => Unit::Percent,
        Value::Date(_) => Unit::Date,
        Value::Text(_) | Value::Choice { .. } | Value::Refused(_) => Unit::Text,
        Value::Undecided { .. } => Unit::Jpy,
        Value::Count(_) | Value::Decimal(_) | Value::Number { .. } => Unit::Dimensionless,
    };
    Figure {
        section,
        key: key.into(),
        label: crate::i18n::text(Language::English, &format!("fig-{key}")),
        label_words: None,
        value,
        unit,
        derivation: derivation.into(),
        stated: None,
        status: None,
    }
}

impl Figure {
    /// The same figure in another unit (per share, per right, persons, …).
    fn in_unit(mut self, unit: Unit) -> Self {
        self.unit = unit;
        self
    }

    /// The figure as printed, rounded by `rule`.
    fn stated(mut self, value: Value, rule: &'static str) -> Self {
        self.stated = Some(Stated { value, rule });
        self
    }

    fn with_status(mut self, status: Option<Status>) -> Self {
        self.status = status;
        self
    }

    /// The value as a notice prints it: the stated value where there is one ("3.01 %",
    /// C to ten decimals), else the value itself.
    /// The label in `language`: the message `fig-<key>`, else the English label (an
    /// allotment group's row, named by the user).
    pub fn label_in(&self, language: Language) -> String {
        if let Some(words) = &self.label_words {
            return words.text(language);
        }
        if language == Language::English {
            return self.label.clone();
        }
        crate::i18n::lookup(language, &format!("fig-{}", self.key))
            .unwrap_or_else(|| self.label.clone())
    }

    /// [`Figure::shown`] as `language` writes it: 3,346円, 700,000株, 2013年7月18日（木）.
    pub fn shown_in(&self, language: Language) -> String {
        let value = self.stated.as_ref().map_or(&self.value, |s| &s.value);
        value.display_in(language)
    }

    pub fn shown(&self) -> String {
        match &self.stated {
            Some(stated) => stated.value.display(),
            None => self.value.display(),
        }
    }

    /// The derivation in `language`, with the figure's status in front unless it
    /// already says so ("provisional — …; 95 rights × 399,801").
    pub fn explained_in(&self, language: Language) -> String {
        let says_it = |status: Status| {
            self.derivation
                .messages()
                .iter()
                .any(|m| m.id == status.message_id() || m.id == AMOUNT_UNDECIDED)
        };
        match self.status {
            Some(status) if !says_it(status) => {
                let mut parts = Derivation::id(status.message_id());
                parts.0.extend(self.derivation.0.iter().cloned());
                parts.text(language)
            }
            _ => self.derivation.text(language),
        }
    }

    /// [`Figure::explained_in`] English (the CLI's default, tests).
    pub fn explained(&self) -> String {
        self.explained_in(Language::English)
    }
}

/// Rules of the stated values (catalogue messages).
const TWO_DECIMALS_OF_A_PERCENT: &str = "rule-two-decimals-of-a-percent";
const SIX_DECIMALS_OF_A_PERCENT: &str = "rule-six-decimals-of-a-percent";
const TEN_DECIMALS: &str = "rule-ten-decimals";
const C_TEN_DECIMALS: &str = "rule-c-ten-decimals";
const C_TIMES_SHARES: &str = "rule-c-times-shares";
const SEN_HALF_UP: &str = "rule-sen-half-up";

/// The part of the amount's derivation that says it is undecided; the figure's status
/// is not repeated in front of it.
const AMOUNT_UNDECIDED: &str = "der-amount-undecided";

/// A yen figure inside a derivation ("3,346", "1,286.50").
fn amount(v: Decimal) -> Arg {
    Arg::Amount(v)
}

/// An intermediate value with every significant digit ("3,346.5").
fn digits(v: Decimal) -> Arg {
    Arg::Number(v)
}

/// A rate as a percent with `dp` decimals ("3.00 %").
fn percent(rate: Decimal, dp: u32) -> Arg {
    Arg::Percent { rate, dp }
}

/// A double as Rust's `{:.1e}` writes it ("1.0e-19"), the same in every language.
fn scientific(v: f64) -> Arg {
    Arg::Text(format!("{v:.1e}"))
}

/// "a − b = c".
fn difference(a: Decimal, b: Decimal, c: Decimal) -> Message {
    Message::id("der-difference")
        .with("a", amount(a))
        .with("b", amount(b))
        .with("c", amount(c))
}

/// A rate as a notice prints it with `dp` decimals of a percent, half up, as a fraction.
fn stated_rate(rate: Decimal, dp: u32) -> Value {
    Value::Rate {
        rate: percent_rounded_half_up(rate, dp) / Decimal::ONE_HUNDRED,
        dp,
    }
}

/// A double as a notice prints it with ten decimals ("5.8609649077").
fn stated_ten_decimals(value: f64) -> Value {
    match Decimal::from_str_exact(&format!("{value:.10}")) {
        Ok(d) => Value::Decimal(d),
        Err(_) => Value::Number { value, dp: 10 },
    }
}

fn capital_figures(prefix: &str, c: &CapitalSplit) -> Vec<Figure> {
    vec![
        fig(
            "offering",
            &format!("{prefix}stated_capital"),
            Value::Yen(c.stated_capital),
            Message::id("der-stated-capital")
                .with("total", amount(c.total_paid))
                .with("ratio", percent(c.ratio, 2))
                .with("unrounded", digits(c.unrounded))
                .with("capital", amount(c.stated_capital)),
        ),
        fig(
            "offering",
            &format!("{prefix}additional_paid_in_capital"),
            Value::Yen(c.additional_paid_in_capital),
            difference(c.total_paid, c.stated_capital, c.additional_paid_in_capital),
        ),
    ]
}

fn offering_figures(r: &OfferingResult) -> Vec<Figure> {
    let ip = &r.issue_price;
    // "3,450 × (1 − 3.00 %) = 3,346.5 → rounded down → 3,346", the tick named when
    // it is not one yen.
    let discounted = |from: Decimal, rate: Decimal, unrounded: Decimal, to: Decimal, tick| {
        let tick = match tick {
            Some(t) if t != Decimal::ONE => {
                Arg::Message(Box::new(Message::id("der-tick").with("tick", amount(t))))
            }
            _ => Arg::Text(String::new()),
        };
        Derivation::from(
            Message::id("der-discounted")
                .with("from", amount(from))
                .with("rate", percent(rate, 2))
                .with("unrounded", digits(unrounded))
                .with("tick", tick)
                .with("to", amount(to)),
        )
    };
    let issue_derivation = match ip.discount_rate {
        Some(rate) => discounted(
            ip.base_price,
            rate,
            ip.unrounded,
            ip.issue_price,
            Some(ip.tick_size),
        ),
        None => Derivation::id("der-entered"),
    };
    let p = &r.paid;
    let paid_derivation = match p.spread_rate_input {
        Some(rate) => discounted(ip.issue_price, rate, p.unrounded, p.amount_to_be_paid, None),
        None => Derivation::id("der-entered"),
    };
    let tranche = |key: &str, t: &crate::domain::offering::Tranche| {
        fig(
            "offering",
            key,
            Value::Yen(t.total),
            Message::id("der-price-times-shares")
                .with("price", amount(t.price))
                .with("shares", t.shares),
        )
    };
    let pr = &r.proceeds;
    let mut v = vec![
        fig(
            "offering",
            "base_price",
            Value::Yen(ip.base_price),
            Derivation::id("der-closing-price"),
        )
        .in_unit(Unit::JpyPerShare),
        fig(
            "offering",
            "issue_price",
            Value::Yen(ip.issue_price),
            issue_derivation,
        )
        .in_unit(Unit::JpyPerShare),
        fig(
            "offering",
            "discount_rate",
            Value::Rate {
                rate: ip.applied_discount,
                dp: 2,
            },
            Message::id("der-applied-discount")
                .with("base", amount(ip.base_price))
                .with("price", amount(ip.issue_price))
                .with("rate", percent(ip.applied_discount, 4)),
        )
        .stated(
            stated_rate(ip.applied_discount, 2),
            TWO_DECIMALS_OF_A_PERCENT,
        ),
        fig(
            "offering",
            "amount_to_be_paid",
            Value::Yen(p.amount_to_be_paid),
            paid_derivation,
        )
        .in_unit(Unit::JpyPerShare),
        fig(
            "offering",
            "spread_per_share",
            Value::Yen(p.spread_per_share),
            Message::id("der-spread-per-share")
                .with("price", amount(ip.issue_price))
                .with("paid", amount(p.amount_to_be_paid))
                .with("spread", amount(p.spread_per_share))
                .with("rate", percent(p.spread_rate, 2)),
        )
        .in_unit(Unit::JpyPerShare),
        fig(
            "offering",
            "spread_rate",
            Value::Rate {
                rate: p.spread_rate,
                dp: 2,
            },
            Message::id("der-ratio")
                .with("a", amount(p.spread_per_share))
                .with("b", amount(ip.issue_price))
                .with("rate", percent(p.spread_rate, 4)),
        )
        .stated(stated_rate(p.spread_rate, 2), TWO_DECIMALS_OF_A_PERCENT),
        fig(
            "offering",
            "new_shares",
            Value::Shares(r.public_offering_issue.shares),
            Derivation::default(),
        ),
        tranche("total_issue_price", &r.public_offering_issue),
        tranche("total_amount_to_be_paid", &r.public_offering_paid),
    ];
    v.extend(capital_figures("", &r.public_offering_capital));
    v.push(fig(
        "offering",
        "underwriting_spread_total",
        Value::Yen(r.underwriting_spread_total),
        Message::id("der-minus")
            .with("a", amount(r.public_offering_issue.total))
            .with("b", amount(r.public_offering_paid.total)),
    ));
    v.push(fig(
        "offering",
        "over_allotment_shares",
        Value::Shares(r.over_allotment.shares),
        Derivation::default(),
    ));
    v.push(tranche("total_selling_price", &r.over_allotment));
    v.push(fig(
        "offering",
        "allotment_shares",
        Value::Shares(r.allotment.shares),
        Derivation::default(),
    ));
    v.push(tranche("allotment_total_amount_to_be_paid", &r.allotment));
    v.extend(capital_figures("allotment_", &r.allotment_capital));
    v.push(fig(
        "offering",
        "gross_proceeds",
        Value::Yen(pr.gross),
        Message::id("der-plus")
            .with("a", amount(pr.public_offering_paid))
            .with("b", amount(pr.allotment_paid)),
    ));
    v.push(fig(
        "offering",
        "estimated_expenses",
        Value::Yen(pr.estimated_expenses),
        Derivation::default(),
    ));
    v.push(fig(
        "offering",
        "net_proceeds",
        Value::Yen(pr.net),
        Message::id("der-minus")
            .with("a", amount(pr.gross))
            .with("b", amount(pr.estimated_expenses)),
    ));
    v.push(fig(
        "offering",
        "uses_of_proceeds_total",
        Value::Yen(pr.uses_total),
        Derivation::default(),
    ));
    v.push(fig(
        "offering",
        "unallocated_proceeds",
        Value::Yen(pr.unallocated),
        Derivation::id(if pr.unallocated.is_zero() {
            "der-reconciles"
        } else {
            "der-does-not-reconcile"
        }),
    ));
    v
}

/// The dilution and per-share figures (issue 11), or one line saying what to enter
/// while the issued shares are not given. Ratios are on the issued shares (treasury
/// shares included), EPS on the shares outstanding (treasury shares excluded); each
/// derivation says which.
fn dilution_figures(d: Option<&DilutionResult>) -> Vec<Figure> {
    const S: &str = "dilution";
    let Some(d) = d else {
        return vec![fig(
            S,
            "issued_shares",
            Value::Choice {
                key: "not_entered",
                label: "value-not-entered",
            },
            Derivation::id("der-dilution-not-entered"),
        )];
    };
    let count = Arg::Count;
    // A ratio as notices print it: exact, stated to two decimals of a percent half up.
    let ratio = |key: &str, rate: Decimal, derivation: Message| {
        fig(S, key, Value::Rate { rate, dp: 2 }, derivation)
            .stated(stated_rate(rate, 2), TWO_DECIMALS_OF_A_PERCENT)
    };
    let share_of = |id: &'static str, new: u64, base: u64, rate: Decimal| {
        Message::id(id)
            .with("new", count(new))
            .with("issued", count(base))
            .with("rate", percent(rate, 4))
    };
    let mut v = vec![
        fig(
            S,
            "issued_shares",
            Value::Shares(d.issued_before),
            Derivation::id("der-issued-shares"),
        ),
        fig(
            S,
            "treasury_shares",
            Value::Shares(d.treasury_shares),
            Derivation::id("der-entered"),
        ),
        fig(
            S,
            "shares_outstanding",
            Value::Shares(d.outstanding_before),
            Message::id("der-shares-outstanding")
                .with("issued", count(d.issued_before))
                .with("treasury", count(d.treasury_shares))
                .with("outstanding", count(d.outstanding_before)),
        ),
        fig(
            S,
            "shares_after_offering",
            Value::Shares(d.issued_after_offering),
            Message::id("der-shares-after-offering")
                .with("issued", count(d.issued_before))
                .with("new", count(d.offering.new_shares))
                .with("after", count(d.issued_after_offering)),
        ),
        fig(
            S,
            "shares_after_allotment",
            Value::Shares(d.issued_after_allotment),
            Message::id("der-shares-after-allotment")
                .with("before", count(d.issued_after_offering))
                .with("allotment", count(d.allotment_shares))
                .with("after", count(d.issued_after_allotment)),
        ),
    ];
    for (prefix, x) in [("offering", &d.offering), ("total", &d.total)] {
        v.push(ratio(
            &format!("dilution_{prefix}_before"),
            x.of_before,
            share_of("der-dilution-before", x.new_shares, x.before, x.of_before),
        ));
        v.push(ratio(
            &format!("dilution_{prefix}_after"),
            x.of_after,
            share_of("der-dilution-after", x.new_shares, x.after, x.of_after),
        ));
    }
    let o = &d.options;
    v.push(fig(
        S,
        "option_potential_shares",
        Value::Shares(o.shares),
        Message::id("der-option-potential")
            .with("rights", o.rights)
            .with("shares", o.shares_per_right),
    ));
    v.push(ratio(
        "option_potential_before",
        o.of_before,
        share_of(
            "der-potential-before",
            o.shares,
            d.issued_before,
            o.of_before,
        ),
    ));
    v.push(ratio(
        "option_potential_after",
        o.of_after,
        share_of(
            "der-potential-after",
            o.shares,
            d.issued_after_allotment,
            o.of_after,
        ),
    ));
    let Some(p) = &d.per_share else {
        return v;
    };
    v.push(fig(
        S,
        "net_income",
        Value::Yen(p.net_income),
        match p.basis {
            NetIncomeBasis::Entered => Derivation::id("der-entered"),
            NetIncomeBasis::FromEps(eps) => Derivation::from(
                Message::id("der-net-income-from-eps")
                    .with("eps", amount(eps))
                    .with("shares", count(d.outstanding_before))
                    .with("income", amount(p.net_income)),
            ),
        },
    ));
    // "3,000,000,000 ÷ 44,700,000 shares (40,000,000 outstanding + 4,700,000 new) =
    // 67.1141 → to the sen, half up → 67.11".
    let eps = |key: &str, e: &Eps, added: Option<u64>| {
        let derivation = match (added, p.basis) {
            (None, NetIncomeBasis::FromEps(_)) => Derivation::id("der-entered"),
            (None, NetIncomeBasis::Entered) => Derivation::from(
                Message::id("der-eps")
                    .with("income", amount(p.net_income))
                    .with("shares", count(e.shares))
                    .with("eps", digits(round_half_up(e.exact, 4)))
                    .with("stated", amount(e.stated())),
            ),
            (Some(added), _) => Derivation::from(
                Message::id("der-eps-after")
                    .with("income", amount(p.net_income))
                    .with("shares", count(e.shares))
                    .with("outstanding", count(d.outstanding_before))
                    .with("added", count(added))
                    .with("eps", digits(round_half_up(e.exact, 4)))
                    .with("stated", amount(e.stated())),
            ),
        };
        fig(S, key, Value::Yen(e.exact), derivation)
            .in_unit(Unit::JpyPerShare)
            .stated(Value::Yen(e.stated()), SEN_HALF_UP)
    };
    v.push(eps("eps_before", &p.before, None));
    v.push(eps(
        "eps_after_offering",
        &p.after_offering,
        Some(d.offering.new_shares),
    ));
    v.push(eps(
        "eps_after_allotment",
        &p.after_allotment,
        Some(d.total.new_shares),
    ));
    v
}

/// The timetable alone (the `schedule` command prints it without a scenario).
pub fn summary_timetable(t: &Timetable) -> Vec<Figure> {
    let mut v = vec![fig(
        "timetable",
        "calculation_date",
        Value::Date(t.calculation_date),
        Derivation::default(),
    )];
    for d in &t.dates {
        let rule = Message::id("der-rule").with("rule", Arg::Rule(d.rule));
        let mut derivation = if d.overridden {
            Derivation::from(Message::id("der-overridden").with("derived", d.derived))
        } else if d.assumed {
            Derivation::id(ASSUMED_DATE).then(rule)
        } else {
            Derivation::from(rule)
        };
        for (date, why) in &d.shifted_by {
            derivation = derivation.then(skipped(*date, why));
        }
        v.push(
            fig("timetable", d.item.key(), Value::Date(d.date), derivation)
                .with_status(d.assumed.then_some(Status::Assumed)),
        );
    }
    v
}

/// A weekday closure skipped in counting business days, as a timetable derivation says
/// it ("2013-07-15 Marine Day skipped", 海の日の2013年7月15日（月）を除く). The workbook's
/// holiday table cites each closure in the same words, so that its formulas write what
/// the app does.
pub(crate) fn skipped(date: NaiveDate, why: &str) -> Message {
    Message::id("der-skipped")
        .with("date", date)
        .with("why", Arg::Holiday(why.to_owned()))
}

/// The option results for a document that states the amount per right: refused while
/// the section has a problem or the amount is undecided (a draft or a workbook must
/// not carry a yen that noise chose).
pub(crate) fn decided_option(
    r: &Result<OptionResults, FieldError>,
) -> Result<&OptionResults, crate::report::ExportError> {
    let o = r
        .as_ref()
        .map_err(|e| crate::report::ExportError::Incomplete {
            section: "option",
            problem: e.clone(),
        })?;
    match o.per_right.chosen() {
        Ceiling::Decided(_) => Ok(o),
        Ceiling::Undecided { low, high } => Err(crate::report::ExportError::Incomplete {
            section: "option",
            problem: FieldError::new(
                "option.amount_per_right",
                Message::id("export-undecided")
                    .with("shares", o.per_right.shares_per_right)
                    .with("bound", scientific(o.per_right.error_bound))
                    .with("low", Arg::Yen(low))
                    .with("high", Arg::Yen(high)),
            ),
        }),
    }
}

/// The amount as a figure: yen, or the two candidates when undecided.
fn amount_value(c: Ceiling) -> Value {
    match c {
        Ceiling::Decided(v) => Value::Yen(v),
        Ceiling::Undecided { low, high } => Value::Undecided { low, high },
    }
}

fn undecided(c: Ceiling) -> Option<Status> {
    c.decided().is_none().then_some(Status::Undecided)
}

/// C as stated (ten decimals) × shares per right: the product the notice prints.
pub(crate) fn stated_product(p: &AmountPerRight) -> Decimal {
    p.stated_price() * Decimal::from(p.shares_per_right)
}

/// Where C × shares lies closer to a whole yen than this, derivations spell out the
/// difference ("399,800 + 1.0e-19").
const NEAR_A_WHOLE_YEN: f64 = 1e-6;

/// The true C × shares beside the stated product when the stated one does not show it:
/// "399,800 + 1.0e-19" near a whole yen, else its digits. Empty when not needed.
pub(crate) fn exact_product_text(p: &AmountPerRight) -> String {
    if !exact_product_needed(p) {
        return String::new();
    }
    let near = p.excess.abs() < NEAR_A_WHOLE_YEN;
    if near {
        let sign = if p.excess < 0.0 { "−" } else { "+" };
        let size = if p.error_bound * 20.0 <= p.excess.abs() {
            format!("{:.1e}", p.excess.abs())
        } else {
            format!("{:.0e} ± {:.0e}", p.excess.abs(), p.error_bound)
        };
        format!("{} {sign} {size}", format_grouped(p.nearest_yen))
    } else {
        format_grouped(p.unrounded)
    }
}

/// Whether the stated product (C to ten decimals × shares) hides what decides the
/// rounding: near a whole yen, or rounding up to a different yen than the true product.
fn exact_product_needed(p: &AmountPerRight) -> bool {
    let stated_gives = crate::domain::money::round_up_to_yen(stated_product(p));
    p.excess.abs() < NEAR_A_WHOLE_YEN || p.exact.decided() != Some(stated_gives)
}

/// The amount as printed: "JPY 665,119", or "undecided: JPY 399,800 or JPY 399,801".
pub fn amount_text(p: &AmountPerRight) -> String {
    amount_value(p.chosen()).display()
}

/// An amount, or its two candidates ("399,800 or 399,801").
fn candidates(c: Ceiling) -> Arg {
    match c {
        Ceiling::Decided(v) => amount(v),
        Ceiling::Undecided { low, high } => Arg::Message(Box::new(
            Message::id("der-either")
                .with("low", amount(low))
                .with("high", amount(high)),
        )),
    }
}

/// "3,325.5923680806 × 200 shares = 665,118.47361612 → fractions of a yen rounded up →
/// 665,119", with the true product where the stated one does not show it, and the other
/// convention's figure where the two differ.
pub fn amount_derivation(p: &AmountPerRight) -> Derivation {
    let exact_product = if exact_product_needed(p) {
        Arg::Message(Box::new(
            Message::id("der-exact-product").with("product", exact_product_text(p)),
        ))
    } else {
        Arg::Text(String::new())
    };
    let (rounding, other) = match p.convention {
        AmountConvention::Exact => (
            Message::id("der-amount-rounded-up").with("amount", candidates(p.exact)),
            Message::id("der-amount-spreadsheet-gives").with("amount", candidates(p.spreadsheet)),
        ),
        AmountConvention::Spreadsheet => (
            Message::id("der-amount-roundup").with("amount", candidates(p.spreadsheet)),
            Message::id("der-amount-exact-gives").with("amount", candidates(p.exact)),
        ),
    };
    let mut derivation = Derivation::from(
        Message::id("der-amount")
            .with("price", digits(p.stated_price()))
            .with("shares", p.shares_per_right)
            .with("product", digits(stated_product(p)))
            .with("exact", exact_product)
            .with("rounding", Arg::Message(Box::new(rounding))),
    );
    if !p.conventions_agree() {
        derivation = derivation.then(other);
    }
    if let Ceiling::Undecided { high, .. } = p.chosen() {
        derivation = derivation.then(
            Message::id(AMOUNT_UNDECIDED)
                .with("bound", scientific(p.error_bound))
                .with("high", amount(high)),
        );
    }
    derivation
}

/// Where r came from: nothing to say of a rate typed in; for one read off the JGB
/// curve, the file and method, the derivation read again off the day kept with the
/// scenario, and, when the option's r, allotment date or T has changed since, what it
/// was read for.
pub(crate) fn rate_derivation(o: &OptionTerms) -> Derivation {
    let RateSource::JgbCurve {
        file,
        valuation_date,
        term_years,
        method,
        rate,
        ..
    } = &o.risk_free_rate_source
    else {
        return Derivation::default();
    };
    let mut steps = vec![
        Message::id("der-rate-from-curve")
            .with("file", file.as_str())
            .with("method", Arg::Term(method.label_id())),
    ];
    if let Some(Ok(derived)) = o.risk_free_rate_source.derivation() {
        steps.extend(derived.derivation());
    }
    if check_rate(o).is_problem() {
        steps.push(
            Message::id("der-rate-not-current")
                .with("date", *valuation_date)
                .with("term", digits(term_years.normalize()))
                .with("rate", yield_curve::percent(*rate)),
        );
    }
    Derivation(steps)
}

fn option_figures(s: &Scenario, o: &OptionResults) -> Vec<Figure> {
    let b = &o.valuation;
    let num = |key: &str, value: f64, dp: usize, derivation: Derivation| {
        fig("option", key, Value::Number { value, dp }, derivation)
    };
    let dv = &o.dividend;
    let p = &o.per_right;
    let mut v = vec![
        fig(
            "option",
            "share_price",
            Value::Yen(s.option.share_price),
            Derivation::default(),
        )
        .in_unit(Unit::JpyPerShare),
        fig(
            "option",
            "exercise_price",
            Value::Yen(s.option.exercise_price),
            Derivation::default(),
        )
        .in_unit(Unit::JpyPerShare),
        fig(
            "option",
            "term_years",
            Value::Decimal(s.option.term_years),
            Derivation::default(),
        )
        .in_unit(Unit::Years),
        fig(
            "option",
            "volatility",
            Value::Rate {
                rate: s.option.volatility,
                dp: 4,
            },
            Derivation::default(),
        ),
        fig(
            "option",
            "risk_free_rate",
            Value::Rate {
                rate: s.option.risk_free_rate,
                dp: 3,
            },
            rate_derivation(&s.option),
        ),
        fig(
            "option",
            "dividend_yield",
            Value::Rate {
                rate: dv.rate,
                dp: 4,
            },
            Derivation::from(
                Message::id("der-split-adjusted-dividend")
                    .with("dividend", amount(dv.dividend_per_share))
                    .with("ratio", digits(dv.split_ratio_since))
                    .with("adjusted", digits(dv.adjusted_dividend)),
            )
            .then(
                Message::id("der-dividend-yield")
                    .with("adjusted", digits(dv.adjusted_dividend))
                    .with("spot", amount(dv.spot))
                    .with("rate", percent(dv.rate, 8)),
            ),
        )
        .stated(stated_rate(dv.rate, 6), SIX_DECIMALS_OF_A_PERCENT),
        num("d1", b.d1, 10, Derivation::default()).stated(stated_ten_decimals(b.d1), TEN_DECIMALS),
        num("d2", b.d2, 10, Derivation::default()).stated(stated_ten_decimals(b.d2), TEN_DECIMALS),
        num("n_d1", b.n_d1, 10, Derivation::default())
            .stated(stated_ten_decimals(b.n_d1), TEN_DECIMALS),
        num("n_d2", b.n_d2, 10, Derivation::default())
            .stated(stated_ten_decimals(b.n_d2), TEN_DECIMALS),
        fig(
            "option",
            "price_per_share",
            Value::Yen(p.price_per_share),
            Derivation::id("der-black-scholes"),
        )
        .in_unit(Unit::JpyPerShare)
        .stated(Value::Yen(p.stated_price()), C_TEN_DECIMALS),
        fig(
            "option",
            "price_times_shares",
            Value::Yen(p.unrounded),
            Message::id("der-times-shares")
                .with("shares", p.shares_per_right)
                .with("bound", scientific(p.error_bound))
                .with(
                    "method",
                    Arg::Label(match p.method {
                        Method::ForwardPlusPut => "der-method-forward-plus-put",
                        Method::DoublePrecision => "der-method-double",
                    }),
                ),
        )
        .in_unit(Unit::JpyPerRight)
        .stated(Value::Yen(stated_product(p)), C_TIMES_SHARES),
        fig(
            "option",
            "amount_per_right",
            amount_value(p.chosen()),
            amount_derivation(p),
        )
        .in_unit(Unit::JpyPerRight)
        .with_status(undecided(p.chosen())),
        fig(
            "option",
            "amount_convention",
            convention_value(p.convention),
            Derivation::id(convention_words(p.convention)),
        ),
    ];
    if !p.conventions_agree() {
        for (key, ceiling, convention) in [
            ("amount_per_right_exact", p.exact, AmountConvention::Exact),
            (
                "amount_per_right_spreadsheet",
                p.spreadsheet,
                AmountConvention::Spreadsheet,
            ),
        ] {
            let used = if convention == p.convention {
                "der-convention-used"
            } else {
                "der-convention-not-used"
            };
            v.push(
                fig(
                    "option",
                    key,
                    amount_value(ceiling),
                    Message::id(used).with("convention", Arg::Label(convention_words(convention))),
                )
                .in_unit(Unit::JpyPerRight)
                .with_status(undecided(ceiling)),
            );
        }
    }
    let provisional = p
        .chosen()
        .decided()
        .is_none()
        .then_some(Status::Provisional);
    v.extend([
        num("delta", b.delta, 6, Derivation::id("der-per-yen-of-s")),
        num("gamma", b.gamma, 10, Derivation::id("der-per-yen-of-s")).in_unit(Unit::PerJpy),
        num("vega", b.vega, 4, Derivation::id("der-per-sigma")).in_unit(Unit::JpyPerUnitOfSigma),
        num("theta", b.theta, 4, Derivation::id("der-per-year")).in_unit(Unit::JpyPerYear),
        num("rho", b.rho, 4, Derivation::id("der-per-rate")).in_unit(Unit::JpyPerUnitOfRate),
    ]);
    let rights_times = |rights: u64| {
        Message::id("der-rights-times")
            .with("rights", rights)
            .with("amount", amount(o.per_right.amount))
    };
    for (idx, row) in o.allotment.rows.iter().enumerate() {
        let label = Message::id("fig-allotment-row")
            .with("name", row.name.as_str())
            .with("persons", row.persons)
            .with("rights", row.rights);
        let mut figure = fig(
            "option",
            &format!("allotment_{idx}_value"),
            Value::Yen(row.value),
            rights_times(row.rights.into()),
        )
        .with_status(provisional);
        figure.label_words = Some(label);
        v.push(figure);
    }
    let a = &o.allotment;
    v.push(
        fig(
            "option",
            "total_persons",
            Value::Count(a.total_persons.into()),
            Derivation::default(),
        )
        .in_unit(Unit::Persons),
    );
    v.push(
        fig(
            "option",
            "total_rights",
            Value::Count(a.total_rights.into()),
            Message::id("der-maximum").with("max", a.max_rights),
        )
        .in_unit(Unit::Rights),
    );
    v.push(fig(
        "option",
        "total_shares",
        Value::Shares(a.total_shares),
        Derivation::default(),
    ));
    v.push(
        fig(
            "option",
            "total_value",
            Value::Yen(a.total_value),
            rights_times(a.total_rights.into()),
        )
        .with_status(provisional),
    );
    let e = &o.exercise;
    v.push(
        fig(
            "option",
            "exercise_capital_increase_limit",
            Value::Yen(e.capital_increase_limit),
            Message::id("der-exercise-limit")
                .with("rights", e.rights_exercised)
                .with("book", amount(e.book_value))
                .with("exercise", amount(e.exercise_amount)),
        )
        .with_status(provisional),
    );
    v.push(
        fig(
            "option",
            "exercise_stated_capital",
            Value::Yen(e.stated_capital),
            Message::id("der-half-rounded-up").with("limit", amount(e.capital_increase_limit)),
        )
        .with_status(provisional),
    );
    v.push(
        fig(
            "option",
            "exercise_capital_reserve",
            Value::Yen(e.capital_reserve),
            Message::id("der-minus")
                .with("a", amount(e.capital_increase_limit))
                .with("b", amount(e.stated_capital)),
        )
        .with_status(provisional),
    );
    let sp = &o.split;
    v.push(
        fig(
            "option",
            "shares_per_right_after_split",
            Value::Shares(sp.shares_after.into()),
            Message::id("der-split-shares")
                .with("before", sp.shares_before)
                .with("ratio", digits(sp.ratio))
                .with("unrounded", digits(sp.unrounded)),
        )
        .in_unit(Unit::SharesPerRight),
    );
    v
}

fn volatility_figures(r: &VolatilityResults) -> Vec<Figure> {
    vec![
        fig(
            "volatility",
            "first_date",
            Value::Date(r.first_date),
            Derivation::default(),
        ),
        fig(
            "volatility",
            "last_date",
            Value::Date(r.last_date),
            Derivation::default(),
        ),
        fig(
            "volatility",
            "samples",
            Value::Count(r.samples as u64),
            Derivation::id(match r.frequency {
                Frequency::Daily => "der-daily",
                Frequency::Weekly => "der-weekly",
            }),
        )
        .in_unit(Unit::Closes),
        fig(
            "volatility",
            "returns",
            Value::Count(r.returns as u64),
            Derivation::default(),
        )
        .in_unit(Unit::Returns),
        fig(
            "volatility",
            "stdev_per_period",
            Value::Percent {
                fraction: r.stdev_per_period,
                dp: 4,
            },
            Derivation::id("der-sample-stdev"),
        ),
        fig(
            "volatility",
            "annualized_volatility",
            Value::Percent {
                fraction: r.annualized,
                dp: 4,
            },
            Message::id("der-annualised")
                .with("stdev", format!("{:.6}", r.stdev_per_period * 100.0))
                .with("periods", r.periods_per_year.to_string()),
        ),
    ]
}

/// The convention as a figure: its key in files, its name on screen.
fn convention_value(c: AmountConvention) -> Value {
    Value::Choice {
        key: c.key(),
        label: match c {
            AmountConvention::Exact => "convention-exact",
            AmountConvention::Spreadsheet => "convention-spreadsheet",
        },
    }
}

/// What the convention computes, as a catalogue message.
pub(crate) fn convention_words(c: AmountConvention) -> &'static str {
    match c {
        AmountConvention::Exact => "der-convention-exact",
        AmountConvention::Spreadsheet => "der-convention-spreadsheet",
    }
}

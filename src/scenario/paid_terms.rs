//! The serde types of a paid-in grant (有償ストックオプション, schema version 8): the
//! rights, their share-price and performance conditions, and how they are valued.
//! Rates and fractions are decimal fractions ("0.4" = 40 %), as everywhere in the file.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::domain::paid_option::ConditionKind;
use crate::i18n::Language;

/// A paid-in grant: the holder pays the fair value of each right at allotment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaidOptionTerms {
    /// 第N回新株予約権: the series the notice names.
    #[serde(default)]
    pub series_name: String,
    /// The same in Japanese (第1回新株予約権): the Japanese window and draft use it;
    /// empty, they use `series_name` (and the English draft this one when that is empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub series_name_ja: String,
    /// The day the value is computed for (算定基準日); conditions are tested on the
    /// closes after it.
    pub valuation_date: NaiveDate,
    /// The share price on the valuation date (yen).
    pub share_price: Decimal,
    pub exercise_price: ExercisePriceTerms,
    pub exercise_period_start: NaiveDate,
    pub exercise_period_end: NaiveDate,
    pub shares_per_right: u32,
    /// 新株予約権の総数.
    pub rights: u32,
    /// σ, r and q as fractions per year.
    pub volatility: Decimal,
    pub risk_free_rate: Decimal,
    #[serde(default)]
    pub dividend_yield: Decimal,
    /// Share-price conditions, any number, each tested on every close.
    #[serde(default)]
    pub conditions: Vec<PriceConditionTerms>,
    /// Tiers of a performance metric; absent, every right is exercisable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performance: Option<PerformanceTerms>,
    /// Early exercise once a close reaches this multiple of the exercise price (the
    /// usual employee assumption); absent, exercise at the end of the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise_multiple: Option<Decimal>,
    #[serde(default)]
    pub valuation: ValuationTerms,
}

/// The exercise price: typed in, or the close of a day in the price history (often the
/// business day before the board resolution).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ExercisePriceTerms {
    Entered { yen: Decimal },
    CloseOf { date: NaiveDate },
}

/// One share-price condition: what it does, and its level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriceConditionTerms {
    pub kind: ConditionKind,
    /// A fraction of the exercise price ("0.5" = 50 %), or yen, as `unit` says.
    pub level: Decimal,
    #[serde(default)]
    pub unit: LevelUnit,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LevelUnit {
    /// 行使価額に○%を乗じた価格: the notices' usual wording.
    #[default]
    OfExercisePrice,
    Yen,
}

/// Tiers of a performance metric (営業利益 by default) tested at fiscal year-ends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerformanceTerms {
    /// The metric as the English notice names it (operating profit, net sales, …).
    pub metric: String,
    /// The same in Japanese (営業利益, 売上高, …); empty, `metric` serves both drafts.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub metric_ja: String,
    /// Increasing thresholds (yen), each with the fraction of the rights that becomes
    /// exercisable once the metric exceeds it.
    pub tiers: Vec<TierTerms>,
    /// The fiscal year-ends tested.
    pub year_ends: Vec<NaiveDate>,
    #[serde(default)]
    pub test: PerformanceTest,
    pub valuation: PerformanceValuationTerms,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierTerms {
    pub threshold: Decimal,
    pub fraction: Decimal,
}

/// Whether a tier is reached in any one of the years, or in one given year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PerformanceTest {
    #[default]
    AnyYear,
    GivenYear,
}

/// How the tiers are valued: a probability the user assigns to each (independent of the
/// share price), or the metric simulated beside the share price.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum PerformanceValuationTerms {
    /// P(this tier or a higher one is reached), one per tier.
    Probabilities { probabilities: Vec<Decimal> },
    /// A lognormal path from the last actual value, with the entered growth and
    /// volatility per year and a correlation with the share price.
    Simulated {
        last_actual: Decimal,
        drift: Decimal,
        volatility: Decimal,
        correlation: Decimal,
    },
}

/// How the value is computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValuationTerms {
    #[serde(default)]
    pub method: MethodTerm,
    /// Antithetic path pairs; absent, as many as it takes for a standard error of at
    /// most 0.05 % of the share price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pairs: Option<u64>,
    #[serde(default = "default_seed")]
    pub seed: u64,
}

/// The seed a new grant starts with; any fixed number makes the value reproducible.
pub const DEFAULT_SEED: u64 = 20_130_711;

fn default_seed() -> u64 {
    DEFAULT_SEED
}

impl Default for ValuationTerms {
    fn default() -> Self {
        Self {
            method: MethodTerm::Auto,
            pairs: None,
            seed: DEFAULT_SEED,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MethodTerm {
    /// The grid on the daily closes where the conditions allow it (one share-price
    /// condition, no simulated metric, no early exercise), else the simulation.
    #[default]
    Auto,
    /// Always the simulation.
    Simulation,
}

/// The text of `language`, else the other language's: a draft never prints a blank
/// where the scenario has a name in either language.
fn in_language<'a>(english: &'a str, japanese: &'a str, language: Language) -> &'a str {
    let (own, other) = match language {
        Language::English => (english, japanese),
        Language::Japanese => (japanese, english),
    };
    if own.trim().is_empty() { other } else { own }
}

impl PaidOptionTerms {
    /// The series' name as `language`'s draft and window print it.
    pub fn series_name_in(&self, language: Language) -> &str {
        in_language(&self.series_name, &self.series_name_ja, language)
    }
}

impl PerformanceTerms {
    /// The metric's name as `language`'s draft prints it.
    pub fn metric_in(&self, language: Language) -> &str {
        in_language(&self.metric, &self.metric_ja, language)
    }
}

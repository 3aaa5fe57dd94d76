//! The serde types of a scenario file, section by section.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::domain::offering::{IssuePricing, OfferingInputs, PaidPricing, UseOfProceeds};
use crate::domain::options::{AllotmentGroup, AmountConvention};
use crate::domain::schedule::{ScheduleInputs, ScheduleOffsets, ScheduleOverrides};
use crate::domain::split_check::{SuspectedSplit, suspected_splits};
use crate::domain::volatility::{Close, Frequency, SplitEvent, VolatilityWindow};
use crate::domain::yield_curve::{CurveMethod, CurveRate, CurveRow, rate_for};

use super::wording;

/// One saved scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub schema_version: u32,
    pub title: String,
    pub company: Company,
    pub offering: OfferingTerms,
    /// The company's shares and earnings before the offering, for the dilution and EPS
    /// figures (schema version 7). Left out of the file while nothing is entered.
    #[serde(default, skip_serializing_if = "CapitalTerms::is_empty")]
    pub capital: CapitalTerms,
    pub schedule: ScheduleTerms,
    pub option: OptionTerms,
    /// A paid-in grant (schema version 8), valued beside the stock-compensation one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_option: Option<super::PaidOptionTerms>,
    pub price_history: PriceHistory,
    /// Facts and choices only the notice drafts use (schema version 2).
    #[serde(default)]
    pub drafts: DraftTerms,
    /// Free text: sources, assumptions, who changed what.
    #[serde(default)]
    pub notes: String,
    /// The title in Japanese (schema version 3): the Japanese window and drafts use it;
    /// empty, they use `title`.
    #[serde(default)]
    pub title_ja: String,
    /// The notes in Japanese (schema version 3), for the Japanese drafts; empty, `notes`.
    #[serde(default)]
    pub notes_ja: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Company {
    pub name: String,
    /// The name the notices use after defining it: "IIJ" in `("IIJ", the "Company", …)`.
    /// Empty: the notices say "the Company" only.
    #[serde(default)]
    pub short_name: String,
    /// TSE securities code, e.g. "3774".
    #[serde(default)]
    pub securities_code: String,
    /// Listing codes as the identification line prints them, in order:
    /// `["NASDAQ:IIJI", "TSE:3774"]`. A version 1 file gets `["TSE:<securities_code>"]`.
    #[serde(default)]
    pub listing_codes: Vec<String>,
    /// The city of the dateline: "Tokyo" in "Tokyo, July 10, 2013 - …". Empty: the
    /// dateline is the date alone. A version 1 file gets "Tokyo", as its drafts printed.
    #[serde(default)]
    pub dateline_city: String,
    /// The company's name as a Japanese notice's letterhead prints it (会社名), e.g.
    /// 株式会社インターネットイニシアティブ (schema version 3). Empty: a [会社名] blank.
    #[serde(default)]
    pub name_ja: String,
}

/// How the issue price is set: from a discount on the base price, or typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case", deny_unknown_fields)]
pub enum IssuePriceTerms {
    Discount { discount_rate: Decimal },
    Entered { issue_price: Decimal },
}

/// How the amount to be paid is set: typed in, or from the underwriting spread.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case", deny_unknown_fields)]
pub enum PaidTerms {
    Entered { amount_to_be_paid: Decimal },
    Spread { spread_rate: Decimal },
}

/// One planned use of the net proceeds, worded as the notice's sentence reads:
/// "JPY5,111,200,000 is planned to be used *to repay debt for network equipment leased by
/// the end of March 2013* *and to be repaid by the end of March 2015*".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UseOfProceedsTerms {
    /// What follows "is planned to be used": "for capital investment for …", "to repay
    /// debt". A noun phrase ("Capital investment for …", as version 1 files hold) is
    /// written "for capital investment for …".
    pub purpose: String,
    pub amount: Decimal,
    /// What follows the purpose: "by the end of March 2015", "to be repaid by August
    /// 2014", "and to be repaid by …". A bare date phrase ("the end of March 2015") is
    /// written "by the end of March 2015"; empty = no deadline.
    #[serde(default)]
    pub deadline: String,
    /// The purpose as the Japanese draft's table words it (ネットワーク…に係る設備投資資金);
    /// empty: the Japanese draft prints `purpose`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub purpose_ja: String,
    /// The deadline in Japanese (2015年3月末まで); empty: `deadline`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub deadline_ja: String,
}

impl UseOfProceedsTerms {
    /// The purpose and the deadline a draft in `language` prints: that language's text,
    /// else the other's (a use typed in one language is never dropped from the other
    /// draft).
    pub fn texts_in(&self, language: crate::i18n::Language) -> (&str, &str) {
        fn own_or_other<'a>(own: &'a str, other: &'a str) -> &'a str {
            if own.trim().is_empty() && !other.trim().is_empty() {
                other
            } else {
                own
            }
        }
        match language {
            crate::i18n::Language::English => (
                own_or_other(&self.purpose, &self.purpose_ja),
                own_or_other(&self.deadline, &self.deadline_ja),
            ),
            crate::i18n::Language::Japanese => (
                own_or_other(&self.purpose_ja, &self.purpose),
                own_or_other(&self.deadline_ja, &self.deadline),
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferingTerms {
    pub base_price: Decimal,
    pub issue_price: IssuePriceTerms,
    /// Price step for the issue price; absent = 1 yen.
    #[serde(default)]
    pub tick_size: Option<Decimal>,
    pub amount_to_be_paid: PaidTerms,
    pub new_shares: u64,
    pub stated_capital_ratio: Decimal,
    pub over_allotment_shares: u64,
    pub allotment_shares: u64,
    pub estimated_expenses: Decimal,
    #[serde(default)]
    pub uses_of_proceeds: Vec<UseOfProceedsTerms>,
}

impl OfferingTerms {
    /// The domain's view of these terms.
    pub fn to_inputs(&self) -> OfferingInputs {
        OfferingInputs {
            base_price: self.base_price,
            pricing: match self.issue_price {
                IssuePriceTerms::Discount { discount_rate } => {
                    IssuePricing::Discount { discount_rate }
                }
                IssuePriceTerms::Entered { issue_price } => IssuePricing::Entered { issue_price },
            },
            tick_size: self.tick_size,
            paid: match self.amount_to_be_paid {
                PaidTerms::Entered { amount_to_be_paid } => {
                    PaidPricing::Entered { amount_to_be_paid }
                }
                PaidTerms::Spread { spread_rate } => PaidPricing::Spread { spread_rate },
            },
            new_shares: self.new_shares,
            stated_capital_ratio: self.stated_capital_ratio,
            over_allotment_shares: self.over_allotment_shares,
            allotment_shares: self.allotment_shares,
            estimated_expenses: self.estimated_expenses,
            uses_of_proceeds: self
                .uses_of_proceeds
                .iter()
                .map(|u| UseOfProceeds {
                    purpose: u.purpose.clone(),
                    amount: u.amount,
                    deadline: u.deadline.clone(),
                })
                .collect(),
        }
    }
}

/// The company's shares before the offering and last fiscal year's earnings (schema
/// version 7): the inputs of the dilution and per-share figures. All optional; without
/// the issued shares there are no dilution figures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CapitalTerms {
    /// 発行済株式総数 before the offering, treasury shares included: the base of the
    /// dilution ratios and the count the notices state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_shares: Option<u64>,
    /// 自己株式数 (0 when absent): EPS is on the issued shares less these.
    #[serde(default)]
    pub treasury_shares: u64,
    /// 当期純利益 of the last fiscal year in yen; negative for a loss. At most one of this
    /// and `eps`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_income: Option<Decimal>,
    /// 1株当たり当期純利益 of the last fiscal year, in yen and sen; net income is then
    /// EPS × (issued − treasury shares).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eps: Option<Decimal>,
}

impl CapitalTerms {
    /// Nothing entered: the file leaves the section out.
    pub fn is_empty(&self) -> bool {
        *self == CapitalTerms::default()
    }

    /// The earnings basis as the domain takes it; `None` when neither is given (both
    /// given is a validation error, and net income is then taken).
    pub fn earnings(&self) -> Option<crate::domain::dilution::Earnings> {
        use crate::domain::dilution::Earnings;
        match (self.net_income, self.eps) {
            (Some(v), _) => Some(Earnings::NetIncome(v)),
            (None, Some(v)) => Some(Earnings::Eps(v)),
            (None, None) => None,
        }
    }
}

/// Business-day offsets from the calculation date, dates fixed by hand, and the dates
/// of the board resolutions the notices cite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduleTerms {
    pub calculation_date: NaiveDate,
    /// The board meeting that resolved the offering (the launch): the pricing notice's
    /// "resolved at the meeting of the Board of Directors held on July 2, 2013".
    #[serde(default)]
    pub launch_resolution_date: Option<NaiveDate>,
    /// The resolution that fixed the issue price, when the board (not a delegate)
    /// resolved it; absent when the price was determined under the launch resolution.
    #[serde(default)]
    pub pricing_resolution_date: Option<NaiveDate>,
    #[serde(default)]
    pub offsets: ScheduleOffsets,
    #[serde(default)]
    pub overrides: ScheduleOverrides,
}

impl ScheduleTerms {
    pub fn to_inputs(&self) -> ScheduleInputs {
        ScheduleInputs {
            calculation_date: self.calculation_date,
            offsets: self.offsets.clone(),
            overrides: self.overrides.clone(),
        }
    }
}

/// Where the option's σ came from: typed in, or taken from the price history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum VolatilitySource {
    Manual,
    /// "Use this σ": the window and sampling it was measured over.
    History {
        window_start: Option<NaiveDate>,
        window_end: Option<NaiveDate>,
        frequency: FrequencyTerm,
    },
}

/// Where the option's r came from: typed in, or read off the Ministry of Finance's JGB
/// yield curve (schema version 6).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum RateSource {
    #[default]
    Manual,
    /// "Use this rate": the curve file, the valuation date and T it was read for, how,
    /// the day of the curve used with all its tenors (so the file is not needed to see
    /// or check the derivation again), and the rate it gave.
    JgbCurve {
        /// The file's name (without its folder): jgbcm_all.csv.
        file: String,
        valuation_date: NaiveDate,
        term_years: Decimal,
        method: CurveMethod,
        /// The day used (the valuation date, or the last before it with a row) and
        /// every tenor's yield that day, as fractions.
        curve: CurveRow,
        /// r as read off `curve`.
        rate: Decimal,
    },
}

impl RateSource {
    /// The source recorded by "Use this rate" for `rate`, read from the file `file`.
    pub fn from_curve(file: &str, rate: &CurveRate) -> Self {
        RateSource::JgbCurve {
            file: file.to_owned(),
            valuation_date: rate.valuation_date,
            term_years: rate.term_years,
            method: rate.method,
            curve: rate.day.clone(),
            rate: rate.rate,
        }
    }

    /// The recorded derivation read again off the recorded day: `None` for a rate typed
    /// in. Validation refuses a file where this fails or gives another rate.
    pub fn derivation(&self) -> Option<Result<CurveRate, crate::domain::FieldError>> {
        let RateSource::JgbCurve {
            valuation_date,
            term_years,
            method,
            curve,
            ..
        } = self
        else {
            return None;
        };
        Some(rate_for(
            std::slice::from_ref(curve),
            *valuation_date,
            *term_years,
            *method,
        ))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllotmentGroupTerms {
    pub name: String,
    pub persons: u32,
    pub rights: u32,
}

/// Stock acquisition rights: the Black–Scholes inputs as the notice defines them,
/// the allotment, and the exercise terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionTerms {
    pub series_name: String,
    /// S: closing price on the allotment date.
    pub share_price: Decimal,
    /// X: exercise price per share (1 yen for stock-compensation options).
    pub exercise_price: Decimal,
    /// T: expected remaining period in years.
    pub term_years: Decimal,
    /// σ as a fraction (0.45 = 45 %).
    pub volatility: Decimal,
    pub volatility_source: VolatilitySource,
    /// r: super-long JGB yield matching T, as a fraction.
    pub risk_free_rate: Decimal,
    /// Where r came from (schema version 6; older files: typed in).
    pub risk_free_rate_source: RateSource,
    /// Dividend per share for the last fiscal year, as paid (before later splits).
    pub dividend_per_share: Decimal,
    /// Splits since that dividend (200 for IIJ's 1:200 split); 1 when none.
    pub dividend_split_ratio: Decimal,
    pub shares_per_right: u32,
    pub max_rights: u32,
    pub allotment: Vec<AllotmentGroupTerms>,
    pub allotment_date: NaiveDate,
    pub exercise_period_start: NaiveDate,
    pub exercise_period_end: NaiveDate,
    /// Rights assumed exercised for the capital-on-exercise illustration.
    pub rights_exercised: u32,
    /// A later split (> 1) or consolidation (< 1) to illustrate the adjustment; 1 = none.
    pub later_split_ratio: Decimal,
    /// How C × shares per right is rounded up: "exact" (the rule as written, the default)
    /// or "spreadsheet" (ROUNDUP in double precision, as Excel computes it). Schema 2;
    /// absent in older files, which mean "exact".
    #[serde(default)]
    pub amount_convention: AmountConvention,
    /// The board meeting that resolved the issuance: the option notice's date.
    #[serde(default)]
    pub resolution_date: Option<NaiveDate>,
    /// Last day of the fiscal year the dividend was paid for (2013-03-31: "the fiscal
    /// year ended March, 2013").
    #[serde(default)]
    pub dividend_fiscal_year_end: Option<NaiveDate>,
    /// Effective date of the split `dividend_split_ratio` adjusts for (2012-10-01 for
    /// IIJ's 1:200 split); named in the dividend footnote. Ignored when the ratio is 1.
    #[serde(default)]
    pub dividend_split_effective_date: Option<NaiveDate>,
    /// Item (8), conditions for acquisition of the rights, for the English draft.
    /// What an empty text prints: [`item_wording`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub acquisition_conditions: String,
    /// Item (9), rights on an organizational restructuring, for the English draft.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub restructuring_terms: String,
    /// Item (11), other conditions of exercise, for the English draft.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub exercise_conditions: String,
    /// Item (8) for the Japanese draft (schema version 4).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub acquisition_conditions_ja: String,
    /// Item (9) for the Japanese draft (schema version 4).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub restructuring_terms_ja: String,
    /// Item (11) for the Japanese draft (schema version 4).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub exercise_conditions_ja: String,
}

/// One of the option notice's items a scenario may word itself, once per language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionItem {
    /// (8) Conditions for acquisition of the rights.
    Acquisition,
    /// (9) The rights on an organizational restructuring.
    Restructuring,
    /// (11) Other conditions of exercise.
    Exercise,
}

impl OptionItem {
    /// In the notice's order.
    pub const ALL: [OptionItem; 3] = [
        OptionItem::Acquisition,
        OptionItem::Restructuring,
        OptionItem::Exercise,
    ];

    /// The standard wording in `language`: IIJ's notice of June 26, 2013.
    pub fn standard(self, language: crate::i18n::Language) -> &'static str {
        use crate::i18n::Language::{English, Japanese};
        match (self, language) {
            (OptionItem::Acquisition, English) => wording::ACQUISITION_CONDITIONS,
            (OptionItem::Restructuring, English) => wording::RESTRUCTURING_TERMS,
            (OptionItem::Exercise, English) => wording::EXERCISE_CONDITIONS,
            (OptionItem::Acquisition, Japanese) => wording::ACQUISITION_CONDITIONS_JA,
            (OptionItem::Restructuring, Japanese) => wording::RESTRUCTURING_TERMS_JA,
            (OptionItem::Exercise, Japanese) => wording::EXERCISE_CONDITIONS_JA,
        }
    }

    /// The field path of the item's text in `language`, as in the file and in
    /// validation messages.
    pub fn path(self, language: crate::i18n::Language) -> &'static str {
        use crate::i18n::Language::{English, Japanese};
        match (self, language) {
            (OptionItem::Acquisition, English) => "option.acquisition_conditions",
            (OptionItem::Restructuring, English) => "option.restructuring_terms",
            (OptionItem::Exercise, English) => "option.exercise_conditions",
            (OptionItem::Acquisition, Japanese) => "option.acquisition_conditions_ja",
            (OptionItem::Restructuring, Japanese) => "option.restructuring_terms_ja",
            (OptionItem::Exercise, Japanese) => "option.exercise_conditions_ja",
        }
    }
}

/// Where the text a draft prints for an item comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemSource {
    /// The scenario's text in the draft's language.
    Own,
    /// The scenario's text in the other language: there is none in this one yet.
    OtherLanguage,
    /// No text in either language: the standard wording in the draft's language.
    Standard,
}

/// What a draft prints for an item, and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemWording<'a> {
    pub text: &'a str,
    pub source: ItemSource,
}

/// The rule every draft uses for items (8), (9) and (11), given the scenario's text in
/// the draft's language (`own`), its text in the other language (`other`) and the
/// standard wording in the draft's language:
///
/// 1. the draft's own language's text, when there is one;
/// 2. else the other language's text, when there is one: a condition the company wrote
///    for itself is never silently replaced by the standard wording, only not yet
///    translated (the Notices panel says so beside the box);
/// 3. else the standard wording.
///
/// A text of spaces and line breaks only counts as none.
pub fn item_wording<'a>(own: &'a str, other: &'a str, standard: &'a str) -> ItemWording<'a> {
    let (text, source) = if !own.trim().is_empty() {
        (own, ItemSource::Own)
    } else if !other.trim().is_empty() {
        (other, ItemSource::OtherLanguage)
    } else {
        (standard, ItemSource::Standard)
    };
    ItemWording { text, source }
}

impl Scenario {
    /// The title in `language`: the Japanese one when there is one, else the title.
    pub fn title_in(&self, language: crate::i18n::Language) -> &str {
        match (language, self.title_ja.trim()) {
            (crate::i18n::Language::Japanese, ja) if !ja.is_empty() => ja,
            _ => self.title.trim(),
        }
    }

    /// The notes in `language`: the Japanese ones when there are some, else the notes.
    pub fn notes_in(&self, language: crate::i18n::Language) -> &str {
        match (language, self.notes_ja.trim()) {
            (crate::i18n::Language::Japanese, ja) if !ja.is_empty() => &self.notes_ja,
            _ => &self.notes,
        }
    }
}

impl Company {
    /// The company's name in `language`: the Japanese one when there is one.
    pub fn name_in(&self, language: crate::i18n::Language) -> &str {
        match (language, self.name_ja.trim()) {
            (crate::i18n::Language::Japanese, ja) if !ja.is_empty() => ja,
            _ => self.name.trim(),
        }
    }
}

impl OptionTerms {
    /// The scenario's own text of `item` in `language`, as stored (empty: none).
    pub fn item_text(&self, item: OptionItem, language: crate::i18n::Language) -> &str {
        use crate::i18n::Language::{English, Japanese};
        match (item, language) {
            (OptionItem::Acquisition, English) => &self.acquisition_conditions,
            (OptionItem::Restructuring, English) => &self.restructuring_terms,
            (OptionItem::Exercise, English) => &self.exercise_conditions,
            (OptionItem::Acquisition, Japanese) => &self.acquisition_conditions_ja,
            (OptionItem::Restructuring, Japanese) => &self.restructuring_terms_ja,
            (OptionItem::Exercise, Japanese) => &self.exercise_conditions_ja,
        }
    }

    /// Where the scenario keeps its text of `item` in `language`.
    pub fn item_text_mut(
        &mut self,
        item: OptionItem,
        language: crate::i18n::Language,
    ) -> &mut String {
        use crate::i18n::Language::{English, Japanese};
        match (item, language) {
            (OptionItem::Acquisition, English) => &mut self.acquisition_conditions,
            (OptionItem::Restructuring, English) => &mut self.restructuring_terms,
            (OptionItem::Exercise, English) => &mut self.exercise_conditions,
            (OptionItem::Acquisition, Japanese) => &mut self.acquisition_conditions_ja,
            (OptionItem::Restructuring, Japanese) => &mut self.restructuring_terms_ja,
            (OptionItem::Exercise, Japanese) => &mut self.exercise_conditions_ja,
        }
    }

    /// What the draft in `language` prints for `item`, by [`item_wording`].
    pub fn item_in(&self, item: OptionItem, language: crate::i18n::Language) -> ItemWording<'_> {
        item_wording(
            self.item_text(item, language),
            self.item_text(item, language.other()),
            item.standard(language),
        )
    }

    /// The valuation inputs as the scenario states them, at share price `spot` (the
    /// dividend stays, so q = dividend ÷ split ratio ÷ S moves with S, as the notice
    /// defines it, not the rounded rate); `None` when split ratio × S overflows.
    pub fn exact_inputs_at(&self, spot: Decimal) -> Option<crate::domain::options::ExactInputs> {
        use crate::domain::options::{ExactInputs, Quotient};
        Some(ExactInputs {
            spot,
            strike: self.exercise_price,
            term_years: self.term_years,
            volatility: self.volatility,
            risk_free_rate: self.risk_free_rate,
            dividend_yield: Quotient {
                numerator: self.dividend_per_share,
                denominator: self.dividend_split_ratio.checked_mul(spot)?,
            },
        })
    }

    /// Items (8), (9) and (11) as the draft in `language` prints them ([`item_wording`]).
    pub fn item_texts_in(&self, language: crate::i18n::Language) -> [&str; 3] {
        OptionItem::ALL.map(|item| self.item_in(item, language).text)
    }

    pub fn allotment_groups(&self) -> Vec<AllotmentGroup> {
        self.allotment
            .iter()
            .map(|g| AllotmentGroup {
                name: g.name.clone(),
                persons: g.persons,
                rights: g.rights,
            })
            .collect()
    }
}

/// What only the notice drafts use: the launch press release the pricing notice refers
/// to, and which optional rows to print.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftTerms {
    /// Title of the press release that announced the offering, quoted in the pricing
    /// notice's closing sentence ("For more information, please refer to …").
    #[serde(default)]
    pub launch_release_title: String,
    /// Its date; absent = the launch resolution date (the usual case).
    #[serde(default)]
    pub launch_release_date: Option<NaiveDate>,
    /// Print "Number of New Shares to be Offered" in sections 1 and 3 of the pricing
    /// notice. The seed notice leaves it out (the launch notice states it).
    #[serde(default)]
    pub show_new_shares_offered: bool,
    /// Japanese drafts write dates with the era (平成25年7月18日（木）) instead of the
    /// Western year (schema version 3).
    #[serde(default)]
    pub japanese_era: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FrequencyTerm {
    Daily,
    Weekly,
}

impl From<FrequencyTerm> for Frequency {
    fn from(f: FrequencyTerm) -> Self {
        match f {
            FrequencyTerm::Daily => Frequency::Daily,
            FrequencyTerm::Weekly => Frequency::Weekly,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PricePoint {
    pub date: NaiveDate,
    pub close: Decimal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SplitTerms {
    pub effective_date: NaiveDate,
    /// Shares after ÷ shares before: 200 for a 1:200 split, 0.5 for a 2:1 consolidation.
    pub ratio: Decimal,
}

/// The embedded price history and how volatility is measured on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriceHistory {
    /// Where the closes came from ("synthetic: …" for generated data).
    pub source: String,
    /// Left out of the file when the scenario has no history yet; an empty list in a
    /// file is refused (it is what a truncated or broken export looks like).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "non_empty_closes"
    )]
    pub closes: Vec<PricePoint>,
    #[serde(default)]
    pub splits: Vec<SplitTerms>,
    pub window_start: Option<NaiveDate>,
    pub window_end: Option<NaiveDate>,
    pub frequency: FrequencyTerm,
    /// Returns per rolling window for the chart (52 = one year of weeks).
    pub rolling_returns: u32,
    /// Dates of closes whose large move from the previous close the user confirmed as
    /// a real price move, not a split or consolidation: no longer reported as suspect.
    /// Left out of the file when empty, so older files and the sample read unchanged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub confirmed_moves: Vec<NaiveDate>,
}

fn non_empty_closes<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<PricePoint>, D::Error> {
    let closes = Vec::<PricePoint>::deserialize(d)?;
    if closes.is_empty() {
        return Err(serde::de::Error::custom(
            "an empty price history: leave `closes` out when the scenario has none, or import one",
        ));
    }
    Ok(closes)
}

impl PriceHistory {
    /// Closes as statistics inputs. Prices are exact decimals on file; volatility is
    /// statistics and runs in f64.
    pub fn closes_f64(&self) -> Vec<Close> {
        self.closes
            .iter()
            .map(|p| Close {
                date: p.date,
                close: crate::domain::money::price_to_f64(p.close),
            })
            .collect()
    }

    pub fn split_events(&self) -> Vec<SplitEvent> {
        use rust_decimal::prelude::ToPrimitive;
        self.splits
            .iter()
            .map(|s| SplitEvent {
                effective_date: s.effective_date,
                ratio: s.ratio.to_f64().unwrap_or(f64::NAN),
            })
            .collect()
    }

    /// Moves the closes show that no entered split explains, except confirmed ones.
    pub fn suspected_splits(&self) -> Vec<SuspectedSplit> {
        suspected_splits(
            &self.closes_f64(),
            &self.split_events(),
            &self.confirmed_moves,
        )
    }

    pub fn window(&self) -> VolatilityWindow {
        VolatilityWindow {
            start: self.window_start,
            end: self.window_end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ItemSource, OptionItem, item_wording};
    use crate::domain::money::price_to_f64;
    use crate::i18n::Language;
    use rust_decimal::Decimal;
    use rust_decimal::prelude::ToPrimitive;
    use std::str::FromStr;

    #[test]
    fn fast_price_conversion_agrees_with_the_general_one() {
        for text in [
            "3450",
            "520000",
            "1286.55",
            "0.01",
            "99999999.99",
            "3509.5",
            "-1.5",
            "0",
            "79228162514264337593543950335",
            "4294967296.25",
        ] {
            let d = Decimal::from_str(text).unwrap();
            assert_eq!(price_to_f64(d), d.to_f64().unwrap(), "{text}");
        }
    }

    #[test]
    fn a_draft_prints_its_own_text_else_the_other_languages_else_the_standard() {
        let rule = |own, other| {
            let w = item_wording(own, other, "STANDARD");
            (w.text, w.source)
        };
        assert_eq!(rule("own", "other"), ("own", ItemSource::Own));
        assert_eq!(rule("own", ""), ("own", ItemSource::Own));
        assert_eq!(rule("", "other"), ("other", ItemSource::OtherLanguage));
        assert_eq!(rule(" \n", "other"), ("other", ItemSource::OtherLanguage));
        assert_eq!(rule("", ""), ("STANDARD", ItemSource::Standard));
        assert_eq!(rule("  ", "\n"), ("STANDARD", ItemSource::Standard));
    }

    #[test]
    fn each_item_and_language_has_its_own_field_and_standard_wording() {
        let mut option = crate::scenario::sample().unwrap().option;
        let mut paths = std::collections::BTreeSet::new();
        for item in OptionItem::ALL {
            for language in Language::ALL {
                assert!(paths.insert(item.path(language)));
                *option.item_text_mut(item, language) = item.path(language).to_owned();
            }
            assert_ne!(
                item.standard(Language::English),
                item.standard(Language::Japanese)
            );
        }
        for item in OptionItem::ALL {
            for language in Language::ALL {
                assert_eq!(option.item_text(item, language), item.path(language));
                assert_eq!(option.item_in(item, language).text, item.path(language));
            }
        }
        assert_eq!(
            option.exercise_conditions_ja,
            "option.exercise_conditions_ja"
        );
        assert_eq!(
            option.acquisition_conditions,
            "option.acquisition_conditions"
        );
    }

    #[test]
    fn item_texts_follow_the_rule_in_each_language() {
        let mut option = crate::scenario::sample().unwrap().option;
        assert_eq!(
            option.item_texts_in(Language::Japanese),
            OptionItem::ALL.map(|i| i.standard(Language::Japanese))
        );
        assert_eq!(
            option.item_texts_in(Language::English),
            OptionItem::ALL.map(|i| i.standard(Language::English))
        );
        option.acquisition_conditions = "Not applicable.".into();
        option.exercise_conditions_ja = "該当事項なし".into();
        let [acquisition, restructuring, exercise] = option.item_texts_in(Language::Japanese);
        assert_eq!(acquisition, "Not applicable.");
        assert_eq!(restructuring, super::wording::RESTRUCTURING_TERMS_JA);
        assert_eq!(exercise, "該当事項なし");
        let [acquisition, restructuring, exercise] = option.item_texts_in(Language::English);
        assert_eq!(acquisition, "Not applicable.");
        assert_eq!(restructuring, super::wording::RESTRUCTURING_TERMS);
        assert_eq!(exercise, "該当事項なし");
        assert_eq!(
            option
                .item_in(OptionItem::Exercise, Language::English)
                .source,
            ItemSource::OtherLanguage
        );
    }
}

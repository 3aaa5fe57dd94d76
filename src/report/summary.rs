//! Flattens a scenario's results into labelled figures with their derivations.

use crate::i18n::Language;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::FieldError;
use crate::domain::money::{
    format_count, format_grouped, format_percent, format_yen, percent_rounded_half_up,
};
use crate::domain::offering::{CapitalSplit, OfferingResult};
use crate::domain::options::{AmountConvention, AmountPerRight, Ceiling, Method};
use crate::domain::schedule::Timetable;
use crate::scenario::{OptionResults, Scenario, ScenarioResults, VolatilityResults};

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
    /// As the CSV writes it.
    pub fn label(self) -> &'static str {
        match self {
            Unit::Jpy => "JPY",
            Unit::JpyPerShare => "JPY per share",
            Unit::JpyPerRight => "JPY per right",
            Unit::Shares => "shares",
            Unit::SharesPerRight => "shares per right",
            Unit::Rights => "rights",
            Unit::Persons => "persons",
            Unit::Percent => "%",
            Unit::Years => "years",
            Unit::Date => "date",
            Unit::Closes => "closes",
            Unit::Returns => "log returns",
            Unit::Dimensionless => "dimensionless",
            Unit::PerJpy => "per JPY of S",
            Unit::JpyPerUnitOfSigma => "JPY per 1.00 of σ",
            Unit::JpyPerYear => "JPY per year",
            Unit::JpyPerUnitOfRate => "JPY per 1.00 of r",
            Unit::Text => "text",
        }
    }
}

/// One line of the summary sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub section: &'static str,
    /// Stable snake_case key for JSON and CSV.
    pub key: String,
    pub label: String,
    pub value: Value,
    pub unit: Unit,
    /// How the figure was reached, e.g. "3,450 × (1 − 3.00 %) = 3,346.5 → rounded down → 3,346".
    pub derivation: String,
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
    /// The rounding, in words: "two decimals of a percent, half up".
    pub rule: &'static str,
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

    /// What to tell the reader, in the CSV's status column and beside the figure.
    pub fn text(self) -> &'static str {
        match self {
            Status::Assumed => ASSUMED_DATE,
            Status::Undecided => {
                "undecided — C × shares lies within the computation's error of a whole yen"
            }
            Status::Provisional => {
                "provisional — from the higher candidate of an undecided amount per right"
            }
        }
    }
}

/// How every surface marks a date from a fitted offset until the user enters it.
pub const ASSUMED_DATE: &str = "assumed — set the date from the launch notice";

/// Builds the figure list; a section whose inputs are invalid contributes one
/// "problem" line instead of figures.
pub fn summary(scenario: &Scenario, results: &ScenarioResults) -> Vec<Figure> {
    let mut out = Vec::new();
    section(&mut out, "offering", &results.offering, offering_figures);
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
            label: "Problem".into(),
            value: Value::Text(e.to_string()),
            unit: Unit::Text,
            derivation: String::new(),
            stated: None,
            status: None,
        }),
    }
}

/// A figure whose unit follows from its value: yen totals, shares, percent, dates.
fn fig(section: &'static str, key: &str, label: &str, value: Value, derivation: String) -> Figure {
    let unit = match &value {
        Value::Yen(_) => Unit::Jpy,
        Value::Shares(_) => Unit::Shares,
        Value::Rate { .. } | Value::Percent { .. } => Unit::Percent,
        Value::Date(_) => Unit::Date,
        Value::Text(_) => Unit::Text,
        Value::Count(_) | Value::Decimal(_) | Value::Number { .. } => Unit::Dimensionless,
    };
    Figure {
        section,
        key: key.into(),
        label: label.into(),
        value,
        unit,
        derivation,
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

    /// The derivation, with the figure's status in front unless it already says so
    /// ("provisional — …; 95 rights × 399,801").
    pub fn explained(&self) -> String {
        match self.status {
            Some(status) if !self.derivation.contains(status.key()) => {
                if self.derivation.is_empty() {
                    status.text().to_owned()
                } else {
                    format!("{}; {}", status.text(), self.derivation)
                }
            }
            _ => self.derivation.clone(),
        }
    }
}

/// Rules of the stated values, in words.
const TWO_DECIMALS_OF_A_PERCENT: &str = "two decimals of a percent, half up";
const SIX_DECIMALS_OF_A_PERCENT: &str = "six decimals of a percent, half up";
const TEN_DECIMALS: &str = "ten decimals, rounded to nearest";
const C_TEN_DECIMALS: &str = "ten decimals of a yen, half up";
const C_TIMES_SHARES: &str =
    "C as stated (ten decimals of a yen, half up) times the shares per right";

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

fn yen(v: Decimal) -> String {
    format_yen(v)
}

fn capital_figures(prefix: &str, label: &str, c: &CapitalSplit) -> Vec<Figure> {
    let ratio = format_percent(c.ratio, 2);
    vec![
        fig(
            "offering",
            &format!("{prefix}stated_capital"),
            &format!("{label}stated capital increase"),
            Value::Yen(c.stated_capital),
            format!(
                "{} × {ratio} = {} → fractions of a yen rounded up → {} (Ordinance on Company Accounting art. 14)",
                yen(c.total_paid),
                format_grouped(c.unrounded),
                yen(c.stated_capital)
            ),
        ),
        fig(
            "offering",
            &format!("{prefix}additional_paid_in_capital"),
            &format!("{label}additional paid-in capital increase"),
            Value::Yen(c.additional_paid_in_capital),
            format!(
                "{} − {} = {}",
                yen(c.total_paid),
                yen(c.stated_capital),
                yen(c.additional_paid_in_capital)
            ),
        ),
    ]
}

fn offering_figures(r: &OfferingResult) -> Vec<Figure> {
    let ip = &r.issue_price;
    let issue_derivation = match ip.discount_rate {
        Some(rate) => format!(
            "{} × (1 − {}) = {} → rounded down{} → {}",
            yen(ip.base_price),
            format_percent(rate, 2),
            format_grouped(ip.unrounded),
            if ip.tick_size == Decimal::ONE {
                String::new()
            } else {
                format!(" to a {}-yen tick", yen(ip.tick_size))
            },
            yen(ip.issue_price)
        ),
        None => "entered".to_owned(),
    };
    let p = &r.paid;
    let paid_derivation = match p.spread_rate_input {
        Some(rate) => format!(
            "{} × (1 − {}) = {} → rounded down → {}",
            yen(ip.issue_price),
            format_percent(rate, 2),
            format_grouped(p.unrounded),
            yen(p.amount_to_be_paid)
        ),
        None => "entered".to_owned(),
    };
    let tranche = |key: &str, label: &str, t: &crate::domain::offering::Tranche| {
        fig(
            "offering",
            key,
            label,
            Value::Yen(t.total),
            format!("{} × {} shares", yen(t.price), format_count(t.shares)),
        )
    };
    let pr = &r.proceeds;
    let mut v = vec![
        fig(
            "offering",
            "base_price",
            "Base price on the calculation date",
            Value::Yen(ip.base_price),
            "closing price".into(),
        )
        .in_unit(Unit::JpyPerShare),
        fig(
            "offering",
            "issue_price",
            "Issue price (selling price)",
            Value::Yen(ip.issue_price),
            issue_derivation,
        )
        .in_unit(Unit::JpyPerShare),
        fig(
            "offering",
            "discount_rate",
            "Discount rate applied",
            Value::Rate {
                rate: ip.applied_discount,
                dp: 2,
            },
            format!(
                "({} − {}) ÷ {} = {} → shown to two decimals, rounded half up",
                yen(ip.base_price),
                yen(ip.issue_price),
                yen(ip.base_price),
                format_percent(ip.applied_discount, 4)
            ),
        )
        .stated(
            stated_rate(ip.applied_discount, 2),
            TWO_DECIMALS_OF_A_PERCENT,
        ),
        fig(
            "offering",
            "amount_to_be_paid",
            "Amount to be paid",
            Value::Yen(p.amount_to_be_paid),
            paid_derivation,
        )
        .in_unit(Unit::JpyPerShare),
        fig(
            "offering",
            "spread_per_share",
            "Underwriting spread per share",
            Value::Yen(p.spread_per_share),
            format!(
                "{} − {} = {} ({} of the issue price)",
                yen(ip.issue_price),
                yen(p.amount_to_be_paid),
                yen(p.spread_per_share),
                format_percent(p.spread_rate, 2)
            ),
        )
        .in_unit(Unit::JpyPerShare),
        fig(
            "offering",
            "spread_rate",
            "Underwriting spread rate",
            Value::Rate {
                rate: p.spread_rate,
                dp: 2,
            },
            format!(
                "{} ÷ {} = {}",
                yen(p.spread_per_share),
                yen(ip.issue_price),
                format_percent(p.spread_rate, 4)
            ),
        )
        .stated(stated_rate(p.spread_rate, 2), TWO_DECIMALS_OF_A_PERCENT),
        fig(
            "offering",
            "new_shares",
            "Public offering: new shares",
            Value::Shares(r.public_offering_issue.shares),
            String::new(),
        ),
        tranche(
            "total_issue_price",
            "Total amount of the issue price",
            &r.public_offering_issue,
        ),
        tranche(
            "total_amount_to_be_paid",
            "Total amount to be paid",
            &r.public_offering_paid,
        ),
    ];
    v.extend(capital_figures(
        "",
        "Public offering: ",
        &r.public_offering_capital,
    ));
    v.push(fig(
        "offering",
        "underwriting_spread_total",
        "Underwriters' spread on the public offering",
        Value::Yen(r.underwriting_spread_total),
        format!(
            "{} − {}",
            yen(r.public_offering_issue.total),
            yen(r.public_offering_paid.total)
        ),
    ));
    v.push(fig(
        "offering",
        "over_allotment_shares",
        "Over-allotment: shares to be sold",
        Value::Shares(r.over_allotment.shares),
        String::new(),
    ));
    v.push(tranche(
        "total_selling_price",
        "Over-allotment: total amount of the selling price",
        &r.over_allotment,
    ));
    v.push(fig(
        "offering",
        "allotment_shares",
        "Third-party allotment: new shares (maximum)",
        Value::Shares(r.allotment.shares),
        String::new(),
    ));
    v.push(tranche(
        "allotment_total_amount_to_be_paid",
        "Third-party allotment: total amount to be paid (maximum)",
        &r.allotment,
    ));
    v.extend(capital_figures(
        "allotment_",
        "Third-party allotment: ",
        &r.allotment_capital,
    ));
    v.push(fig(
        "offering",
        "gross_proceeds",
        "Gross proceeds (maximum)",
        Value::Yen(pr.gross),
        format!(
            "{} + {}",
            yen(pr.public_offering_paid),
            yen(pr.allotment_paid)
        ),
    ));
    v.push(fig(
        "offering",
        "estimated_expenses",
        "Estimated issuance expenses",
        Value::Yen(pr.estimated_expenses),
        String::new(),
    ));
    v.push(fig(
        "offering",
        "net_proceeds",
        "Net proceeds (maximum)",
        Value::Yen(pr.net),
        format!("{} − {}", yen(pr.gross), yen(pr.estimated_expenses)),
    ));
    v.push(fig(
        "offering",
        "uses_of_proceeds_total",
        "Planned uses of proceeds",
        Value::Yen(pr.uses_total),
        String::new(),
    ));
    v.push(fig(
        "offering",
        "unallocated_proceeds",
        "Net proceeds not allocated to a use",
        Value::Yen(pr.unallocated),
        if pr.unallocated.is_zero() {
            "reconciles".into()
        } else {
            "does not reconcile".into()
        },
    ));
    v
}

/// The timetable alone (the `schedule` command prints it without a scenario).
pub fn summary_timetable(t: &Timetable) -> Vec<Figure> {
    let mut v = vec![fig(
        "timetable",
        "calculation_date",
        "Calculation date",
        Value::Date(t.calculation_date),
        String::new(),
    )];
    for d in &t.dates {
        let mut derivation = d.rule.to_string();
        if d.overridden {
            derivation = format!("overridden (derived: {})", d.derived);
        } else if d.assumed {
            derivation = format!("{ASSUMED_DATE}; {derivation}");
        }
        for (date, why) in &d.shifted_by {
            derivation.push_str(&format!("; {date} {why} skipped"));
        }
        v.push(
            fig(
                "timetable",
                d.item.key(),
                d.item.label(),
                Value::Date(d.date),
                derivation,
            )
            .with_status(d.assumed.then_some(Status::Assumed)),
        );
    }
    v
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
            message: e.to_string(),
        })?;
    match o.per_right.chosen() {
        Ceiling::Decided(_) => Ok(o),
        Ceiling::Undecided { low, high } => Err(crate::report::ExportError::Incomplete {
            section: "option",
            message: format!(
                "the amount per right is undecided: C × {} shares lies within {:.1e} yen of \
                 a whole yen, so it is JPY {} or JPY {}; change an input (for example S or σ \
                 in its last digit) or check the figure by hand",
                o.per_right.shares_per_right,
                o.per_right.error_bound,
                format_yen(low),
                format_yen(high)
            ),
        }),
    }
}

/// The amount as a figure: yen, or the two candidates when undecided.
fn amount_value(c: Ceiling) -> Value {
    match c {
        Ceiling::Decided(v) => Value::Yen(v),
        Ceiling::Undecided { low, high } => Value::Text(format!(
            "undecided: JPY {} or JPY {}",
            format_yen(low),
            format_yen(high)
        )),
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
    let stated = stated_product(p);
    let stated_gives = crate::domain::money::round_up_to_yen(stated);
    let near = p.excess.abs() < NEAR_A_WHOLE_YEN;
    if !near && p.exact.decided() == Some(stated_gives) {
        return String::new();
    }
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

/// The amount as printed: "JPY 665,119", or "undecided: JPY 399,800 or JPY 399,801".
pub fn amount_text(p: &AmountPerRight) -> String {
    amount_value(p.chosen()).display()
}

/// "3,325.5923680806 × 200 shares = 665,118.47361612 → fractions of a yen rounded up →
/// 665,119", with the true product where the stated one does not show it, and the other
/// convention's figure where the two differ.
pub fn amount_derivation(p: &AmountPerRight) -> String {
    let mut text = format!(
        "{} × {} shares = {}",
        format_grouped(p.stated_price()),
        p.shares_per_right,
        format_grouped(stated_product(p))
    );
    let exact_product = exact_product_text(p);
    if !exact_product.is_empty() {
        text.push_str(&format!(" (exact product: {exact_product})"));
    }
    let candidates = |c: Ceiling| match c {
        Ceiling::Decided(v) => yen(v),
        Ceiling::Undecided { low, high } => format!("{} or {}", yen(low), yen(high)),
    };
    match p.convention {
        AmountConvention::Exact => {
            text.push_str(&format!(
                " → fractions of a yen rounded up → {}",
                candidates(p.exact)
            ));
            if !p.conventions_agree() {
                text.push_str(&format!(
                    "; a double-precision spreadsheet's ROUNDUP gives {}",
                    candidates(p.spreadsheet)
                ));
            }
        }
        AmountConvention::Spreadsheet => {
            text.push_str(&format!(
                " → ROUNDUP in double precision (spreadsheet convention) → {}",
                candidates(p.spreadsheet)
            ));
            if !p.conventions_agree() {
                text.push_str(&format!(
                    "; the exact rounding up gives {}",
                    candidates(p.exact)
                ));
            }
        }
    }
    if let Ceiling::Undecided { high, .. } = p.chosen() {
        text.push_str(&format!(
            "; undecided: C × shares is within {:.1e} yen of a whole yen, closer than the \
             computation can resolve ({} carried forward provisionally)",
            p.error_bound,
            yen(high)
        ));
    }
    text
}

fn option_figures(s: &Scenario, o: &OptionResults) -> Vec<Figure> {
    let b = &o.valuation;
    let num = |key: &str, label: &str, value: f64, dp: usize, derivation: String| {
        fig(
            "option",
            key,
            label,
            Value::Number { value, dp },
            derivation,
        )
    };
    let dv = &o.dividend;
    let p = &o.per_right;
    let mut v = vec![
        fig(
            "option",
            "share_price",
            "Share price (S)",
            Value::Yen(s.option.share_price),
            String::new(),
        )
        .in_unit(Unit::JpyPerShare),
        fig(
            "option",
            "exercise_price",
            "Exercise price (X)",
            Value::Yen(s.option.exercise_price),
            String::new(),
        )
        .in_unit(Unit::JpyPerShare),
        fig(
            "option",
            "term_years",
            "Expected remaining period (T)",
            Value::Decimal(s.option.term_years),
            String::new(),
        )
        .in_unit(Unit::Years),
        fig(
            "option",
            "volatility",
            "Volatility (σ)",
            Value::Rate {
                rate: s.option.volatility,
                dp: 4,
            },
            String::new(),
        ),
        fig(
            "option",
            "risk_free_rate",
            "Risk-free rate (r)",
            Value::Rate {
                rate: s.option.risk_free_rate,
                dp: 3,
            },
            String::new(),
        ),
        fig(
            "option",
            "dividend_yield",
            "Dividend yield (q)",
            Value::Rate {
                rate: dv.rate,
                dp: 4,
            },
            format!(
                "{} ÷ {} (split-adjusted) = {}; {} ÷ {} = {}",
                yen(dv.dividend_per_share),
                dv.split_ratio_since.normalize(),
                format_grouped(dv.adjusted_dividend),
                format_grouped(dv.adjusted_dividend),
                yen(dv.spot),
                format_percent(dv.rate, 8)
            ),
        )
        .stated(stated_rate(dv.rate, 6), SIX_DECIMALS_OF_A_PERCENT),
        num("d1", "d", b.d1, 10, String::new()).stated(stated_ten_decimals(b.d1), TEN_DECIMALS),
        num("d2", "d − σ√T", b.d2, 10, String::new())
            .stated(stated_ten_decimals(b.d2), TEN_DECIMALS),
        num("n_d1", "N(d)", b.n_d1, 10, String::new())
            .stated(stated_ten_decimals(b.n_d1), TEN_DECIMALS),
        num("n_d2", "N(d − σ√T)", b.n_d2, 10, String::new())
            .stated(stated_ten_decimals(b.n_d2), TEN_DECIMALS),
        fig(
            "option",
            "price_per_share",
            "Option price per share (C)",
            Value::Yen(p.price_per_share),
            "S e^(−qT) N(d) − X e^(−rT) N(d − σ√T)".into(),
        )
        .in_unit(Unit::JpyPerShare)
        .stated(Value::Yen(p.stated_price()), C_TEN_DECIMALS),
        fig(
            "option",
            "price_times_shares",
            "C × shares per right",
            Value::Yen(p.unrounded),
            format!(
                "{} shares per right; within {:.1e} yen ({})",
                p.shares_per_right,
                p.error_bound,
                match p.method {
                    Method::ForwardPlusPut => {
                        "S e^(−qT) − X e^(−rT) to 32 digits plus the put in double precision"
                    }
                    Method::DoublePrecision => "C in double precision",
                }
            ),
        )
        .in_unit(Unit::JpyPerRight)
        .stated(Value::Yen(stated_product(p)), C_TIMES_SHARES),
        fig(
            "option",
            "amount_per_right",
            "Amount per stock acquisition right",
            amount_value(p.chosen()),
            amount_derivation(p),
        )
        .in_unit(Unit::JpyPerRight)
        .with_status(undecided(p.chosen())),
        fig(
            "option",
            "amount_convention",
            "Rounding convention of the amount per right",
            Value::Text(p.convention.key().to_owned()),
            p.convention.describe().to_owned(),
        ),
    ];
    if !p.conventions_agree() {
        for (key, label, ceiling, convention) in [
            (
                "amount_per_right_exact",
                "Amount per right, exact convention",
                p.exact,
                AmountConvention::Exact,
            ),
            (
                "amount_per_right_spreadsheet",
                "Amount per right, spreadsheet convention",
                p.spreadsheet,
                AmountConvention::Spreadsheet,
            ),
        ] {
            let used = if convention == p.convention {
                "used"
            } else {
                "not used"
            };
            v.push(
                fig(
                    "option",
                    key,
                    label,
                    amount_value(ceiling),
                    format!("{} ({used})", convention.describe()),
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
        num("delta", "Delta", b.delta, 6, "per 1 yen of S".into()),
        num("gamma", "Gamma", b.gamma, 10, "per 1 yen of S".into()).in_unit(Unit::PerJpy),
        num("vega", "Vega", b.vega, 4, "per 1.00 of σ".into()).in_unit(Unit::JpyPerUnitOfSigma),
        num("theta", "Theta", b.theta, 4, "per year".into()).in_unit(Unit::JpyPerYear),
        num("rho", "Rho", b.rho, 4, "per 1.00 of r".into()).in_unit(Unit::JpyPerUnitOfRate),
    ]);
    for (idx, row) in o.allotment.rows.iter().enumerate() {
        v.push(
            fig(
                "option",
                &format!("allotment_{idx}_value"),
                &format!(
                    "{}: {} persons, {} rights",
                    row.name, row.persons, row.rights
                ),
                Value::Yen(row.value),
                format!("{} rights × {}", row.rights, yen(o.per_right.amount)),
            )
            .with_status(provisional),
        );
    }
    let a = &o.allotment;
    v.push(
        fig(
            "option",
            "total_persons",
            "Allotment: persons",
            Value::Count(a.total_persons.into()),
            String::new(),
        )
        .in_unit(Unit::Persons),
    );
    v.push(
        fig(
            "option",
            "total_rights",
            "Allotment: rights",
            Value::Count(a.total_rights.into()),
            format!("maximum {}", a.max_rights),
        )
        .in_unit(Unit::Rights),
    );
    v.push(fig(
        "option",
        "total_shares",
        "Allotment: shares on exercise",
        Value::Shares(a.total_shares),
        String::new(),
    ));
    v.push(
        fig(
            "option",
            "total_value",
            "Allotment: total value",
            Value::Yen(a.total_value),
            format!("{} rights × {}", a.total_rights, yen(o.per_right.amount)),
        )
        .with_status(provisional),
    );
    let e = &o.exercise;
    v.push(
        fig(
            "option",
            "exercise_capital_increase_limit",
            "On exercise: capital-increase limit",
            Value::Yen(e.capital_increase_limit),
            format!(
                "{} rights: book value {} + exercise amount {}",
                e.rights_exercised,
                yen(e.book_value),
                yen(e.exercise_amount)
            ),
        )
        .with_status(provisional),
    );
    v.push(
        fig(
            "option",
            "exercise_stated_capital",
            "On exercise: increase in capital stock",
            Value::Yen(e.stated_capital),
            format!(
                "half of {} → fractions of a yen rounded up",
                yen(e.capital_increase_limit)
            ),
        )
        .with_status(provisional),
    );
    v.push(
        fig(
            "option",
            "exercise_capital_reserve",
            "On exercise: increase in capital reserve",
            Value::Yen(e.capital_reserve),
            format!(
                "{} − {}",
                yen(e.capital_increase_limit),
                yen(e.stated_capital)
            ),
        )
        .with_status(provisional),
    );
    let sp = &o.split;
    v.push(
        fig(
            "option",
            "shares_per_right_after_split",
            "Shares per right after a later split",
            Value::Shares(sp.shares_after.into()),
            format!(
                "{} × {} = {} → fractions of a share rounded down",
                sp.shares_before,
                sp.ratio.normalize(),
                sp.unrounded.normalize()
            ),
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
            "First sample",
            Value::Date(r.first_date),
            String::new(),
        ),
        fig(
            "volatility",
            "last_date",
            "Last sample",
            Value::Date(r.last_date),
            String::new(),
        ),
        fig(
            "volatility",
            "samples",
            "Samples",
            Value::Count(r.samples as u64),
            r.frequency.label().to_string(),
        )
        .in_unit(Unit::Closes),
        fig(
            "volatility",
            "returns",
            "Log returns",
            Value::Count(r.returns as u64),
            String::new(),
        )
        .in_unit(Unit::Returns),
        fig(
            "volatility",
            "stdev_per_period",
            "Standard deviation per period",
            Value::Percent {
                fraction: r.stdev_per_period,
                dp: 4,
            },
            "sample standard deviation (n − 1) of the log returns".into(),
        ),
        fig(
            "volatility",
            "annualized_volatility",
            "Annualised volatility",
            Value::Percent {
                fraction: r.annualized,
                dp: 4,
            },
            format!(
                "{:.6} % × √{}",
                r.stdev_per_period * 100.0,
                r.periods_per_year
            ),
        ),
    ]
}

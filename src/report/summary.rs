//! Flattens a scenario's results into labelled figures with their derivations.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::FieldError;
use crate::domain::money::{format_count, format_grouped, format_percent, format_yen};
use crate::domain::offering::{CapitalSplit, OfferingResult};
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
}

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
    }
}

impl Figure {
    /// The same figure in another unit (per share, per right, persons, …).
    fn in_unit(mut self, unit: Unit) -> Self {
        self.unit = unit;
        self
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
        let mut derivation = d.rule.clone();
        if d.overridden {
            derivation = format!("overridden (derived: {})", d.derived);
        }
        for (date, why) in &d.shifted_by {
            derivation.push_str(&format!("; {date} {why} skipped"));
        }
        v.push(fig(
            "timetable",
            d.item.key(),
            d.item.label(),
            Value::Date(d.date),
            derivation,
        ));
    }
    v
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
        ),
        num("d1", "d", b.d1, 10, String::new()),
        num("d2", "d − σ√T", b.d2, 10, String::new()),
        fig(
            "option",
            "price_per_share",
            "Option price per share (C)",
            Value::Yen(o.per_right.price_per_share),
            "S e^(−qT) N(d) − X e^(−rT) N(d − σ√T)".into(),
        )
        .in_unit(Unit::JpyPerShare),
        fig(
            "option",
            "amount_per_right",
            "Amount per stock acquisition right",
            Value::Yen(o.per_right.amount),
            format!(
                "{} × {} shares = {} → fractions of a yen rounded up → {}",
                format_grouped(o.per_right.price_per_share),
                o.per_right.shares_per_right,
                format_grouped(o.per_right.unrounded),
                yen(o.per_right.amount)
            ),
        )
        .in_unit(Unit::JpyPerRight),
        num("delta", "Delta", b.delta, 6, "per 1 yen of S".into()),
        num("gamma", "Gamma", b.gamma, 10, "per 1 yen of S".into()).in_unit(Unit::PerJpy),
        num("vega", "Vega", b.vega, 4, "per 1.00 of σ".into()).in_unit(Unit::JpyPerUnitOfSigma),
        num("theta", "Theta", b.theta, 4, "per year".into()).in_unit(Unit::JpyPerYear),
        num("rho", "Rho", b.rho, 4, "per 1.00 of r".into()).in_unit(Unit::JpyPerUnitOfRate),
    ];
    for (idx, row) in o.allotment.rows.iter().enumerate() {
        v.push(fig(
            "option",
            &format!("allotment_{idx}_value"),
            &format!(
                "{}: {} persons, {} rights",
                row.name, row.persons, row.rights
            ),
            Value::Yen(row.value),
            format!("{} rights × {}", row.rights, yen(o.per_right.amount)),
        ));
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
    v.push(fig(
        "option",
        "total_value",
        "Allotment: total value",
        Value::Yen(a.total_value),
        format!("{} rights × {}", a.total_rights, yen(o.per_right.amount)),
    ));
    let e = &o.exercise;
    v.push(fig(
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
    ));
    v.push(fig(
        "option",
        "exercise_stated_capital",
        "On exercise: increase in capital stock",
        Value::Yen(e.stated_capital),
        format!(
            "half of {} → fractions of a yen rounded up",
            yen(e.capital_increase_limit)
        ),
    ));
    v.push(fig(
        "option",
        "exercise_capital_reserve",
        "On exercise: increase in capital reserve",
        Value::Yen(e.capital_reserve),
        format!(
            "{} − {}",
            yen(e.capital_increase_limit),
            yen(e.stated_capital)
        ),
    ));
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

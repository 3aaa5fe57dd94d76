//! The Inputs sheet: one labelled input per row (label, value, unit, field path,
//! workbook name). The other sheets' formulas refer to these cells by name.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_xlsxwriter::Worksheet;

use super::{Formats, INPUTS, Rows, abs_ref, to_f64};
use crate::domain::schedule::TimetableItem;
use crate::report::ExportError;
use crate::scenario::{IssuePriceTerms, PaidTerms, Scenario, VolatilitySource};

/// The written sheet and where its inputs are.
pub(crate) struct Inputs {
    pub worksheet: Worksheet,
    /// Workbook names and their absolute cells on this sheet ("$B$3").
    pub names: Vec<(&'static str, String)>,
    /// `Inputs!$B$n` of each use of proceeds' amount, in order.
    pub use_amounts: Vec<String>,
    /// `Inputs!$B$n` of each allotment group's persons and rights, in order.
    pub group_persons: Vec<String>,
    pub group_rights: Vec<String>,
}

enum In<'a> {
    Yen(Decimal),
    /// A fraction shown as a percent with at least this many decimals.
    Rate(Decimal, u32),
    Count(u64),
    Exact(Decimal),
    Date(NaiveDate),
    Text(&'a str),
}

struct Writer<'f> {
    rows: Rows<'f>,
    names: Vec<(&'static str, String)>,
}

impl Writer<'_> {
    /// Writes one input; returns its cell as `Inputs!$B$n`.
    fn input(
        &mut self,
        label: &str,
        value: In<'_>,
        unit: &str,
        field: &str,
        name: Option<&'static str>,
    ) -> Result<String, ExportError> {
        let row = self.rows.row;
        let f = self.rows.f;
        self.rows.text(row, 0, label, &f.wrap)?;
        match value {
            In::Yen(v) => self.rows.number(row, 1, to_f64(v), &f.yen(v))?,
            In::Rate(v, dp) => self.rows.number(row, 1, to_f64(v), &f.rate(v, dp))?,
            In::Count(n) => self.rows.number(row, 1, n as f64, &f.count)?,
            In::Exact(v) => self.rows.number(row, 1, to_f64(v), &f.exact(v))?,
            In::Date(d) => self.rows.date(row, 1, d)?,
            In::Text(t) => self.rows.text(row, 1, t, &f.wrap)?,
        }
        self.rows.text(row, 2, unit, &f.unit)?;
        self.rows.text(row, 3, field, &f.text)?;
        let cell = abs_ref(1, row);
        if let Some(name) = name {
            self.rows.text(row, 4, name, &f.text)?;
            self.names.push((name, cell.clone()));
        }
        self.rows.row += 1;
        Ok(format!("{INPUTS}!{cell}"))
    }
}

pub(crate) fn sheet(s: &Scenario, f: &Formats) -> Result<Inputs, ExportError> {
    let rows = Rows::new(
        INPUTS,
        &[
            ("Input", 40.0),
            ("Value", 30.0),
            ("Unit", 24.0),
            ("Field", 38.0),
            ("Name", 18.0),
        ],
        f,
    )?;
    let mut w = Writer {
        rows,
        names: Vec::new(),
    };

    w.rows.section("Scenario")?;
    w.input("Title", In::Text(&s.title), "", "title", None)?;
    w.input(
        "Company",
        In::Text(&s.company.name),
        "",
        "company.name",
        None,
    )?;
    w.input(
        "Securities code",
        In::Text(&s.company.securities_code),
        "",
        "company.securities_code",
        None,
    )?;

    let o = &s.offering;
    w.rows.section("Offering")?;
    w.input(
        "Base price (closing price on the calculation date)",
        In::Yen(o.base_price),
        "JPY per share",
        "offering.base_price",
        Some("BasePrice"),
    )?;
    match o.issue_price {
        IssuePriceTerms::Discount { discount_rate } => {
            w.input(
                "Issue price method",
                In::Text("discount on the base price"),
                "",
                "offering.issue_price.method",
                None,
            )?;
            w.input(
                "Discount rate",
                In::Rate(discount_rate, 2),
                "of the base price",
                "offering.issue_price.discount_rate",
                Some("DiscountRate"),
            )?;
        }
        IssuePriceTerms::Entered { issue_price } => {
            w.input(
                "Issue price method",
                In::Text("entered"),
                "",
                "offering.issue_price.method",
                None,
            )?;
            w.input(
                "Issue price (entered)",
                In::Yen(issue_price),
                "JPY per share",
                "offering.issue_price.issue_price",
                Some("IssuePriceEntered"),
            )?;
        }
    }
    w.input(
        "Tick size (price step of the issue price)",
        In::Yen(o.tick_size.unwrap_or(Decimal::ONE)),
        if o.tick_size.is_some() {
            "JPY"
        } else {
            "JPY (not set: 1 yen)"
        },
        "offering.tick_size",
        Some("TickSize"),
    )?;
    match o.amount_to_be_paid {
        PaidTerms::Entered { amount_to_be_paid } => {
            w.input(
                "Amount to be paid method",
                In::Text("entered"),
                "",
                "offering.amount_to_be_paid.method",
                None,
            )?;
            w.input(
                "Amount to be paid (entered)",
                In::Yen(amount_to_be_paid),
                "JPY per share",
                "offering.amount_to_be_paid.amount_to_be_paid",
                Some("PaidEntered"),
            )?;
        }
        PaidTerms::Spread { spread_rate } => {
            w.input(
                "Amount to be paid method",
                In::Text("underwriting spread on the issue price"),
                "",
                "offering.amount_to_be_paid.method",
                None,
            )?;
            w.input(
                "Underwriting spread rate",
                In::Rate(spread_rate, 2),
                "of the issue price",
                "offering.amount_to_be_paid.spread_rate",
                Some("SpreadRate"),
            )?;
        }
    }
    w.input(
        "New shares (public offering)",
        In::Count(o.new_shares),
        "shares",
        "offering.new_shares",
        Some("NewShares"),
    )?;
    w.input(
        "Stated capital ratio",
        In::Rate(o.stated_capital_ratio, 2),
        "of the amount paid",
        "offering.stated_capital_ratio",
        Some("CapitalRatio"),
    )?;
    w.input(
        "Over-allotment shares",
        In::Count(o.over_allotment_shares),
        "shares",
        "offering.over_allotment_shares",
        Some("OverAllotmentShares"),
    )?;
    w.input(
        "Third-party allotment shares (maximum)",
        In::Count(o.allotment_shares),
        "shares",
        "offering.allotment_shares",
        Some("AllotmentShares"),
    )?;
    w.input(
        "Estimated issuance expenses",
        In::Yen(o.estimated_expenses),
        "JPY",
        "offering.estimated_expenses",
        Some("Expenses"),
    )?;
    let mut use_amounts = Vec::new();
    for (i, u) in o.uses_of_proceeds.iter().enumerate() {
        let field = |leaf: &str| format!("offering.uses_of_proceeds[{i}].{leaf}");
        let n = i + 1;
        w.input(
            &format!("Use of proceeds {n}: purpose"),
            In::Text(&u.purpose),
            "",
            &field("purpose"),
            None,
        )?;
        use_amounts.push(w.input(
            &format!("Use of proceeds {n}: amount"),
            In::Yen(u.amount),
            "JPY",
            &field("amount"),
            None,
        )?);
        w.input(
            &format!("Use of proceeds {n}: deadline"),
            In::Text(&u.deadline),
            "",
            &field("deadline"),
            None,
        )?;
    }

    let sc = &s.schedule;
    w.rows.section("Schedule")?;
    w.input(
        "Calculation date (pricing date)",
        In::Date(sc.calculation_date),
        "date",
        "schedule.calculation_date",
        Some("CalculationDate"),
    )?;
    let offsets = [
        (
            TimetableItem::SubscriptionStart,
            sc.offsets.subscription_start,
        ),
        (TimetableItem::SubscriptionEnd, sc.offsets.subscription_end),
        (TimetableItem::Payment, sc.offsets.payment),
        (TimetableItem::CoverEnd, sc.offsets.cover_end),
        (
            TimetableItem::AllotmentSubscription,
            sc.offsets.allotment_subscription,
        ),
    ];
    for (item, days) in offsets {
        w.input(
            &format!("Offset: {}", item.label()),
            In::Count(days.into()),
            "TSE business days",
            &format!("schedule.offsets.{}", item.key()),
            None,
        )?;
    }
    for item in TimetableItem::ALL {
        if let Some(date) = sc.overrides.get(item) {
            w.input(
                &format!("Override: {}", item.label()),
                In::Date(date),
                "date (fixed by hand)",
                &item.override_field(),
                None,
            )?;
        }
    }

    let op = &s.option;
    w.rows.section("Stock acquisition rights")?;
    w.input(
        "Series name",
        In::Text(&op.series_name),
        "",
        "option.series_name",
        None,
    )?;
    w.input(
        "Share price (S)",
        In::Yen(op.share_price),
        "JPY per share",
        "option.share_price",
        Some("SharePrice"),
    )?;
    w.input(
        "Exercise price (X)",
        In::Yen(op.exercise_price),
        "JPY per share",
        "option.exercise_price",
        Some("ExercisePrice"),
    )?;
    w.input(
        "Expected remaining period (T)",
        In::Exact(op.term_years),
        "years",
        "option.term_years",
        Some("TermYears"),
    )?;
    w.input(
        "Volatility (σ)",
        In::Rate(op.volatility, 4),
        "per year",
        "option.volatility",
        Some("Volatility"),
    )?;
    let source = match &op.volatility_source {
        VolatilitySource::Manual => "entered".to_owned(),
        VolatilitySource::History {
            window_start,
            window_end,
            frequency,
        } => format!(
            "price history, {} returns, {} to {}",
            match frequency {
                crate::scenario::FrequencyTerm::Daily => "daily",
                crate::scenario::FrequencyTerm::Weekly => "weekly",
            },
            window_start.map_or("start of series".to_owned(), |d| d.to_string()),
            window_end.map_or("end of series".to_owned(), |d| d.to_string()),
        ),
    };
    w.input(
        "Volatility source",
        In::Text(&source),
        "",
        "option.volatility_source",
        None,
    )?;
    w.input(
        "Risk-free rate (r)",
        In::Rate(op.risk_free_rate, 3),
        "per year",
        "option.risk_free_rate",
        Some("RiskFreeRate"),
    )?;
    w.input(
        "Dividend per share (last fiscal year, as paid)",
        In::Yen(op.dividend_per_share),
        "JPY per share",
        "option.dividend_per_share",
        Some("DividendPerShare"),
    )?;
    w.input(
        "Splits since that dividend (ratio)",
        In::Exact(op.dividend_split_ratio),
        "new shares per old share",
        "option.dividend_split_ratio",
        Some("DividendSplitRatio"),
    )?;
    w.input(
        "Shares per right",
        In::Count(op.shares_per_right.into()),
        "shares",
        "option.shares_per_right",
        Some("SharesPerRight"),
    )?;
    w.input(
        "Maximum rights",
        In::Count(op.max_rights.into()),
        "rights",
        "option.max_rights",
        Some("MaxRights"),
    )?;
    let mut group_persons = Vec::new();
    let mut group_rights = Vec::new();
    for (i, g) in op.allotment.iter().enumerate() {
        let field = |leaf: &str| format!("option.allotment[{i}].{leaf}");
        let n = i + 1;
        w.input(
            &format!("Allotment group {n}: name"),
            In::Text(&g.name),
            "",
            &field("name"),
            None,
        )?;
        group_persons.push(w.input(
            &format!("Allotment group {n}: persons"),
            In::Count(g.persons.into()),
            "persons",
            &field("persons"),
            None,
        )?);
        group_rights.push(w.input(
            &format!("Allotment group {n}: rights"),
            In::Count(g.rights.into()),
            "rights",
            &field("rights"),
            None,
        )?);
    }
    w.input(
        "Allotment date",
        In::Date(op.allotment_date),
        "date",
        "option.allotment_date",
        Some("AllotmentDate"),
    )?;
    w.input(
        "Exercise period start",
        In::Date(op.exercise_period_start),
        "date",
        "option.exercise_period_start",
        Some("ExerciseStart"),
    )?;
    w.input(
        "Exercise period end",
        In::Date(op.exercise_period_end),
        "date",
        "option.exercise_period_end",
        Some("ExerciseEnd"),
    )?;
    w.input(
        "Rights assumed exercised",
        In::Count(op.rights_exercised.into()),
        "rights",
        "option.rights_exercised",
        Some("RightsExercised"),
    )?;
    w.input(
        "Later split ratio (1 = none)",
        In::Exact(op.later_split_ratio),
        "new shares per old share",
        "option.later_split_ratio",
        Some("LaterSplitRatio"),
    )?;

    let h = &s.price_history;
    w.rows.section("Price history")?;
    w.input(
        "Source",
        In::Text(&h.source),
        "",
        "price_history.source",
        None,
    )?;
    w.input(
        "Closes on file",
        In::Count(h.closes.len() as u64),
        "closes",
        "price_history.closes",
        None,
    )?;
    for (i, sp) in h.splits.iter().enumerate() {
        let n = i + 1;
        w.input(
            &format!("Split {n}: effective date"),
            In::Date(sp.effective_date),
            "date",
            &format!("price_history.splits[{i}].effective_date"),
            None,
        )?;
        w.input(
            &format!("Split {n}: ratio"),
            In::Exact(sp.ratio),
            "new shares per old share",
            &format!("price_history.splits[{i}].ratio"),
            None,
        )?;
    }
    let window_edge =
        |w: &mut Writer<'_>, label: &str, date: Option<NaiveDate>, field: &str, none: &str| {
            match date {
                Some(d) => w.input(label, In::Date(d), "date", field, None),
                None => w.input(label, In::Text(none), "", field, None),
            }
        };
    window_edge(
        &mut w,
        "Volatility window start",
        h.window_start,
        "price_history.window_start",
        "start of series",
    )?;
    window_edge(
        &mut w,
        "Volatility window end",
        h.window_end,
        "price_history.window_end",
        "end of series",
    )?;
    w.input(
        "Sampling",
        In::Text(match h.frequency {
            crate::scenario::FrequencyTerm::Daily => "daily",
            crate::scenario::FrequencyTerm::Weekly => "weekly",
        }),
        "",
        "price_history.frequency",
        None,
    )?;
    w.input(
        "Returns per rolling window",
        In::Count(h.rolling_returns.into()),
        "returns",
        "price_history.rolling_returns",
        Some("RollingReturns"),
    )?;

    w.rows.section("Notes")?;
    w.input("Notes", In::Text(&s.notes), "", "notes", None)?;

    let worksheet = w.rows.finish(true)?;
    Ok(Inputs {
        worksheet,
        names: w.names,
        use_amounts,
        group_persons,
        group_rights,
    })
}

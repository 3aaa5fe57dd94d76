//! The Inputs sheet: one labelled input per row (label, value, unit, field path,
//! workbook name). The other sheets' formulas refer to these cells by name, and the
//! inputs the pricing and the timetable depend on carry Excel data validation with
//! the app's accepted ranges, so a typo is refused instead of giving a figure.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_xlsxwriter::{DataValidation, DataValidationRule, Formula, Worksheet};

use super::{Formats, Rows, Sheet, abs_ref, to_f64, xlsx_error};
use crate::domain::calendar::{CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY};
use crate::domain::schedule::{MAX_OFFSET, TimetableItem};
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
    /// A date the user may leave empty (a timetable override).
    OptionalDate(Option<NaiveDate>),
    Text(&'a str),
}

/// The range an input accepts, as the app checks it.
enum Check {
    /// 0 ≤ rate < 100 %.
    Rate,
    /// A price above 0, at most JPY 1,000,000,000.
    Price,
    /// A price step above 0, at most the base price.
    Tick,
    /// An amount from JPY 0.
    Amount,
    /// A whole number of shares from this minimum to 10,000,000,000.
    Shares(u64),
    /// 50 % to 100 %.
    CapitalRatio,
    /// A whole number of TSE business days, 1 to MAX_OFFSET.
    Offset,
    /// A date the TSE calendar covers.
    Date,
    /// One of a list of words.
    OneOf(&'static [&'static str]),
}

impl Check {
    /// The validation for `cell` (relative A1), with the app's message.
    fn validation(&self, cell: &str, field: &str) -> Result<DataValidation, ExportError> {
        let (dv, message) = match self {
            Check::Rate => (
                DataValidation::new()
                    .allow_decimal_number(DataValidationRule::Between(0.0, 0.999_999_999)),
                "must be at least 0 % and below 100 %".to_owned(),
            ),
            Check::Price => (
                DataValidation::new().allow_custom(Formula::new(format!(
                    "AND({cell}>0,{cell}<=1000000000,{cell}=ROUND({cell},2))"
                ))),
                "must be a price above 0 and at most JPY 1,000,000,000, in yen and sen".to_owned(),
            ),
            Check::Tick => (
                DataValidation::new().allow_custom(Formula::new(format!(
                    "AND({cell}>0,{cell}<=BasePrice,{cell}=ROUND({cell},2))"
                ))),
                "must be a positive price step no larger than the base price".to_owned(),
            ),
            Check::Amount => (
                DataValidation::new().allow_custom(Formula::new(format!(
                    "AND({cell}>=0,{cell}=ROUND({cell},2))"
                ))),
                "must be an amount from JPY 0, in yen and sen".to_owned(),
            ),
            Check::Shares(min) => (
                DataValidation::new().allow_custom(Formula::new(format!(
                    "AND({cell}=INT({cell}),{cell}>={min},{cell}<=10000000000)"
                ))),
                format!("must be a whole number of shares from {min} to 10,000,000,000"),
            ),
            Check::CapitalRatio => (
                DataValidation::new().allow_decimal_number(DataValidationRule::Between(0.5, 1.0)),
                "must be from 50 % to 100 %: at least half of the amount paid goes to \
                 stated capital (Companies Act art. 445)"
                    .to_owned(),
            ),
            Check::Offset => (
                DataValidation::new()
                    .allow_whole_number(DataValidationRule::Between(1, MAX_OFFSET as i32)),
                format!("must be from 1 to {MAX_OFFSET} TSE business days"),
            ),
            Check::Date => (
                DataValidation::new().allow_date(DataValidationRule::Between(
                    super::excel_date(CALENDAR_FIRST_DAY)?,
                    super::excel_date(CALENDAR_LAST_DAY)?,
                )),
                format!(
                    "must be a date the TSE calendar covers, {CALENDAR_FIRST_DAY} to {CALENDAR_LAST_DAY}"
                ),
            ),
            Check::OneOf(words) => (
                DataValidation::new()
                    .allow_list_strings(words)
                    .map_err(xlsx_error)?,
                format!("must be one of: {}", words.join(", ")),
            ),
        };
        dv.ignore_blank(true)
            .set_error_title("Offering Desk")
            .and_then(|dv| dv.set_error_message(format!("{field} {message}")))
            .map_err(xlsx_error)
    }
}

/// The workbook name of the business-day offset behind a timetable date, if it has
/// one.
pub(crate) fn offset_name(item: TimetableItem) -> Option<&'static str> {
    match item {
        TimetableItem::SubscriptionStart => Some("OffsetSubscriptionStart"),
        TimetableItem::SubscriptionEnd => Some("OffsetSubscriptionEnd"),
        TimetableItem::Payment => Some("OffsetPayment"),
        TimetableItem::CoverEnd => Some("OffsetCoverEnd"),
        TimetableItem::AllotmentSubscription => Some("OffsetAllotmentSubscription"),
        TimetableItem::Delivery | TimetableItem::CoverStart | TimetableItem::AllotmentPayment => {
            None
        }
    }
}

/// The workbook name of a timetable date's override cell (empty: by the rule).
pub(crate) fn override_name(item: TimetableItem) -> &'static str {
    match item {
        TimetableItem::SubscriptionStart => "OverrideSubscriptionStart",
        TimetableItem::SubscriptionEnd => "OverrideSubscriptionEnd",
        TimetableItem::Payment => "OverridePayment",
        TimetableItem::Delivery => "OverrideDelivery",
        TimetableItem::CoverStart => "OverrideCoverStart",
        TimetableItem::CoverEnd => "OverrideCoverEnd",
        TimetableItem::AllotmentSubscription => "OverrideAllotmentSubscription",
        TimetableItem::AllotmentPayment => "OverrideAllotmentPayment",
    }
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
            In::OptionalDate(Some(d)) => self.rows.date(row, 1, d)?,
            In::OptionalDate(None) => {
                self.rows
                    .ws
                    .write_blank(row, 1, &f.date)
                    .map_err(xlsx_error)?;
            }
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
        Ok(super::sheet_ref(&self.rows.f.sheet(Sheet::Inputs), &cell))
    }

    /// Like [`Writer::input`], with Excel data validation of the app's range.
    fn checked(
        &mut self,
        label: &str,
        value: In<'_>,
        unit: &str,
        field: &str,
        name: Option<&'static str>,
        check: Check,
    ) -> Result<String, ExportError> {
        let row = self.rows.row;
        let dv = check.validation(&super::rel_ref(1, row), field)?;
        self.rows
            .ws
            .add_data_validation(row, 1, row, 1, &dv)
            .map_err(xlsx_error)?;
        self.input(label, value, unit, field, name)
    }
}

pub(crate) fn sheet(s: &Scenario, f: &Formats) -> Result<Inputs, ExportError> {
    let rows = Rows::new(
        Sheet::Inputs,
        &[
            ("xl-col-input", 40.0),
            ("xl-col-value", 30.0),
            ("xl-col-unit", 24.0),
            ("xl-col-field", 38.0),
            ("xl-col-name", 18.0),
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
    w.checked(
        "Base price (closing price on the calculation date)",
        In::Yen(o.base_price),
        "JPY per share",
        "offering.base_price",
        Some("BasePrice"),
        Check::Price,
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
            w.checked(
                "Discount rate",
                In::Rate(discount_rate, 2),
                "of the base price",
                "offering.issue_price.discount_rate",
                Some("DiscountRate"),
                Check::Rate,
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
            w.checked(
                "Issue price (entered)",
                In::Yen(issue_price),
                "JPY per share",
                "offering.issue_price.issue_price",
                Some("IssuePriceEntered"),
                Check::Price,
            )?;
        }
    }
    w.checked(
        "Tick size (price step of the issue price)",
        In::Yen(o.tick_size.unwrap_or(Decimal::ONE)),
        match (o.issue_price, o.tick_size) {
            (IssuePriceTerms::Entered { .. }, _) => "JPY (used with a discount only)",
            (_, Some(_)) => "JPY",
            (_, None) => "JPY (not set: 1 yen)",
        },
        "offering.tick_size",
        Some("TickSize"),
        Check::Tick,
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
            w.checked(
                "Amount to be paid (entered)",
                In::Yen(amount_to_be_paid),
                "JPY per share",
                "offering.amount_to_be_paid.amount_to_be_paid",
                Some("PaidEntered"),
                Check::Price,
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
            w.checked(
                "Underwriting spread rate",
                In::Rate(spread_rate, 2),
                "of the issue price",
                "offering.amount_to_be_paid.spread_rate",
                Some("SpreadRate"),
                Check::Rate,
            )?;
        }
    }
    w.checked(
        "New shares (public offering)",
        In::Count(o.new_shares),
        "shares",
        "offering.new_shares",
        Some("NewShares"),
        Check::Shares(1),
    )?;
    w.checked(
        "Stated capital ratio",
        In::Rate(o.stated_capital_ratio, 2),
        "of the amount paid",
        "offering.stated_capital_ratio",
        Some("CapitalRatio"),
        Check::CapitalRatio,
    )?;
    w.checked(
        "Over-allotment shares",
        In::Count(o.over_allotment_shares),
        "shares",
        "offering.over_allotment_shares",
        Some("OverAllotmentShares"),
        Check::Shares(0),
    )?;
    w.checked(
        "Third-party allotment shares (maximum)",
        In::Count(o.allotment_shares),
        "shares",
        "offering.allotment_shares",
        Some("AllotmentShares"),
        Check::Shares(0),
    )?;
    w.checked(
        "Estimated issuance expenses",
        In::Yen(o.estimated_expenses),
        "JPY",
        "offering.estimated_expenses",
        Some("Expenses"),
        Check::Amount,
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
    w.checked(
        "Calculation date (pricing date)",
        In::Date(sc.calculation_date),
        "date",
        "schedule.calculation_date",
        Some("CalculationDate"),
        Check::Date,
    )?;
    let o = &sc.offsets;
    for (item, days) in [
        (TimetableItem::SubscriptionStart, o.subscription_start),
        (TimetableItem::SubscriptionEnd, o.subscription_end),
        (TimetableItem::Payment, o.payment),
        (TimetableItem::CoverEnd, o.cover_end),
        (
            TimetableItem::AllotmentSubscription,
            o.allotment_subscription,
        ),
    ] {
        let Some(name) = offset_name(item) else {
            continue;
        };
        w.checked(
            &format!("Offset: {}", item.label()),
            In::Count(days.into()),
            "TSE business days",
            &format!("schedule.offsets.{}", item.key()),
            Some(name),
            Check::Offset,
        )?;
    }
    for item in TimetableItem::ALL {
        w.checked(
            &format!("Override: {}", item.label()),
            In::OptionalDate(sc.overrides.get(item)),
            "date (empty: by rule)",
            &item.override_field(),
            Some(override_name(item)),
            Check::Date,
        )?;
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
    w.checked(
        "Rounding convention of the amount per right",
        In::Text(op.amount_convention.key()),
        "exact or spreadsheet",
        "option.amount_convention",
        Some("AmountConvention"),
        Check::OneOf(&["exact", "spreadsheet"]),
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

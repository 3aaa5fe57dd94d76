//! The Inputs sheet: one labelled input per row (label, value, unit, field path,
//! workbook name). The other sheets' formulas refer to these cells by name, and the
//! inputs the pricing and the timetable depend on carry Excel data validation with
//! the app's accepted ranges, so a typo is refused instead of giving a figure.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_xlsxwriter::{DataValidation, DataValidationRule, Formula, Worksheet};

use super::{Formats, Rows, Sheet, abs_ref, to_f64, xlsx_error};
use crate::domain::calendar::{CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY};
use crate::domain::options::AmountConvention;
use crate::domain::schedule::{MAX_OFFSET, TimetableItem};
use crate::domain::{Arg, Message};
use crate::i18n::Language;
use crate::report::ExportError;
use crate::scenario::{FrequencyTerm, IssuePriceTerms, PaidTerms, Scenario, VolatilitySource};

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
    /// An amount the user may leave empty (net income, EPS).
    OptionalYen(Option<Decimal>),
    /// A fraction shown as a percent with at least this many decimals.
    Rate(Decimal, u32),
    Count(u64),
    /// A count the user may leave empty (the issued shares before the offering).
    OptionalCount(Option<u64>),
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
    /// The rounding convention of the amount per right, by its key.
    Convention,
    /// A whole number of shares from 0, fewer than the issued shares.
    Treasury,
    /// Yen and sen of either sign, at most this many yen either way (net income, EPS),
    /// with the message saying so.
    SignedAmount(u64, &'static str),
}

impl Check {
    /// The validation for `cell` (relative A1), refusing with the app's message in the
    /// workbook's language: in English "<field> <problem>", in Japanese with the label.
    fn validation(
        &self,
        cell: &str,
        field: &str,
        label: &str,
        f: &Formats,
    ) -> Result<DataValidation, ExportError> {
        let (dv, problem) = match self {
            Check::Rate => (
                DataValidation::new()
                    .allow_decimal_number(DataValidationRule::Between(0.0, 0.999_999_999)),
                Message::id("err-rate-range"),
            ),
            Check::Price => (
                DataValidation::new().allow_custom(Formula::new(format!(
                    "AND({cell}>0,{cell}<=1000000000,{cell}=ROUND({cell},2))"
                ))),
                Message::id("xl-check-price"),
            ),
            Check::Tick => (
                DataValidation::new().allow_custom(Formula::new(format!(
                    "AND({cell}>0,{cell}<=BasePrice,{cell}=ROUND({cell},2))"
                ))),
                Message::id("err-tick-size"),
            ),
            Check::Amount => (
                DataValidation::new().allow_custom(Formula::new(format!(
                    "AND({cell}>=0,{cell}=ROUND({cell},2))"
                ))),
                Message::id("xl-check-amount"),
            ),
            Check::Shares(min) => (
                DataValidation::new().allow_custom(Formula::new(format!(
                    "AND({cell}=INT({cell}),{cell}>={min},{cell}<=10000000000)"
                ))),
                Message::id("err-shares-range").with("min", *min),
            ),
            Check::CapitalRatio => (
                DataValidation::new().allow_decimal_number(DataValidationRule::Between(0.5, 1.0)),
                Message::id("err-capital-ratio"),
            ),
            Check::Offset => (
                DataValidation::new()
                    .allow_whole_number(DataValidationRule::Between(1, MAX_OFFSET as i32)),
                Message::id("xl-check-offset").with("max", MAX_OFFSET),
            ),
            Check::Date => (
                DataValidation::new().allow_date(DataValidationRule::Between(
                    super::excel_date(CALENDAR_FIRST_DAY)?,
                    super::excel_date(CALENDAR_LAST_DAY)?,
                )),
                Message::id("xl-check-date")
                    .with("first", CALENDAR_FIRST_DAY)
                    .with("last", CALENDAR_LAST_DAY),
            ),
            Check::Convention => {
                let (exact, spreadsheet) = (
                    AmountConvention::Exact.key(),
                    AmountConvention::Spreadsheet.key(),
                );
                (
                    DataValidation::new()
                        .allow_list_strings(&[exact, spreadsheet])
                        .map_err(xlsx_error)?,
                    Message::id("xl-check-amount-convention")
                        .with("exact", exact)
                        .with("spreadsheet", spreadsheet),
                )
            }
            Check::Treasury => (
                DataValidation::new().allow_custom(Formula::new(format!(
                    "AND({cell}=INT({cell}),{cell}>=0,{cell}<IssuedShares)"
                ))),
                Message::id("xl-check-treasury"),
            ),
            Check::SignedAmount(limit, problem) => (
                DataValidation::new().allow_custom(Formula::new(format!(
                    "AND(ABS({cell})<={limit},{cell}=ROUND({cell},2))"
                ))),
                Message::id(problem),
            ),
        };
        let message = Message::id("xl-check-message")
            .with("field", field)
            .with("label", label)
            .with("problem", Arg::Message(Box::new(problem)));
        dv.ignore_blank(true)
            .set_error_title(f.t("xl-check-title"))
            .and_then(|dv| dv.set_error_message(message.text(f.language)))
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
            In::Yen(v) | In::OptionalYen(Some(v)) => {
                self.rows.number(row, 1, to_f64(v), &f.yen(v))?
            }
            In::OptionalYen(None) => {
                self.rows
                    .ws
                    .write_blank(row, 1, &f.yen(Decimal::ZERO))
                    .map_err(xlsx_error)?;
            }
            In::OptionalCount(Some(n)) => self.rows.number(row, 1, n as f64, &f.count)?,
            In::OptionalCount(None) => {
                self.rows
                    .ws
                    .write_blank(row, 1, &f.count)
                    .map_err(xlsx_error)?;
            }
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

    /// Like [`Writer::input`] for a value written as fixed English words (a method, a
    /// sampling, where σ came from), with their meaning beside it in the unit column
    /// for a reader of another language. In English the value says it, and the column
    /// stays empty.
    fn explained(
        &mut self,
        label: &str,
        value: &str,
        meaning: String,
        field: &str,
    ) -> Result<String, ExportError> {
        let row = self.rows.row;
        let cell = self.input(label, In::Text(value), "", field, None)?;
        if self.rows.f.language != Language::English {
            let f = self.rows.f;
            self.rows.text(row, 2, &meaning, &f.wrap_indented)?;
        }
        Ok(cell)
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
        let dv = check.validation(&super::rel_ref(1, row), field, label, self.rows.f)?;
        self.rows
            .ws
            .add_data_validation(row, 1, row, 1, &dv)
            .map_err(xlsx_error)?;
        self.input(label, value, unit, field, name)
    }
}

/// Where σ came from, as the app's option panel says it: "σ entered", "σ from price
/// history, 2005-12-02 to 2013-07-11, weekly".
fn sigma_source(f: &Formats, source: &VolatilitySource) -> String {
    match source {
        VolatilitySource::Manual => f.t("sigma-entered"),
        VolatilitySource::History {
            window_start,
            window_end,
            frequency,
        } => {
            let date =
                |d: &Option<NaiveDate>, none: &str| d.map_or_else(|| f.t(none), |d| d.to_string());
            let window = Message::id("sigma-window")
                .with("from", date(window_start, "sigma-first-close"))
                .with("to", date(window_end, "sigma-last-close"))
                .with("sampling", f.t(sampling(*frequency)));
            Message::id("sigma-from-history")
                .with("window", Arg::Message(Box::new(window)))
                .text(f.language)
        }
    }
}

/// The catalogue's word for a sampling frequency.
fn sampling(frequency: FrequencyTerm) -> &'static str {
    match frequency {
        FrequencyTerm::Daily => "radio-daily",
        FrequencyTerm::Weekly => "radio-weekly",
    }
}

pub(crate) fn sheet(s: &Scenario, f: &Formats) -> Result<Inputs, ExportError> {
    // Japanese labels and units are wider: a kanji takes two digits' width.
    let (label_width, unit_width) = match f.language {
        Language::English => (40.0, 24.0),
        Language::Japanese => (48.0, 30.0),
    };
    let rows = Rows::new(
        Sheet::Inputs,
        &[
            ("xl-col-input", label_width),
            ("xl-col-value", 30.0),
            ("xl-col-unit", unit_width),
            ("xl-col-field", 38.0),
            ("xl-col-name", 18.0),
        ],
        f,
    )?;
    let mut w = Writer {
        rows,
        names: Vec::new(),
    };
    let t = |id: &str| f.t(id);
    // "Use of proceeds 1: amount": a row of a numbered list.
    let numbered = |id: &'static str, n: usize| Message::id(id).with("n", n).text(f.language);
    // "Offset: Payment date": a row about a timetable date.
    let of_item = |id: &'static str, item: TimetableItem| {
        Message::id(id)
            .with("item", Arg::Label(item.message_id()))
            .text(f.language)
    };
    let jpy = t("measure-jpy");
    let jpy_per_share = t("measure-jpy-per-share");
    let shares = t("measure-shares");
    let rights = t("measure-rights");
    let date = t("measure-date");
    let per_year = t("xl-input-unit-per-year");
    let new_per_old = t("xl-input-unit-new-per-old");

    w.rows.section(&t("xl-input-section-scenario"))?;
    w.input(&t("xl-input-title"), In::Text(&s.title), "", "title", None)?;
    w.input(
        &t("xl-input-company"),
        In::Text(&s.company.name),
        "",
        "company.name",
        None,
    )?;
    w.input(
        &t("field-company-securities_code"),
        In::Text(&s.company.securities_code),
        "",
        "company.securities_code",
        None,
    )?;

    let o = &s.offering;
    w.rows.section(&t("xl-input-section-offering"))?;
    w.checked(
        &t("xl-input-base-price"),
        In::Yen(o.base_price),
        &jpy_per_share,
        "offering.base_price",
        Some("BasePrice"),
        Check::Price,
    )?;
    match o.issue_price {
        IssuePriceTerms::Discount { discount_rate } => {
            w.explained(
                &t("xl-input-issue-price-method"),
                "discount on the base price",
                t("radio-discount"),
                "offering.issue_price.method",
            )?;
            w.checked(
                &t("field-offering-discount_rate"),
                In::Rate(discount_rate, 2),
                &t("xl-unit-of-the-base-price"),
                "offering.issue_price.discount_rate",
                Some("DiscountRate"),
                Check::Rate,
            )?;
        }
        IssuePriceTerms::Entered { issue_price } => {
            w.explained(
                &t("xl-input-issue-price-method"),
                "entered",
                t("radio-entered-price"),
                "offering.issue_price.method",
            )?;
            w.checked(
                &t("xl-input-issue-price-entered"),
                In::Yen(issue_price),
                &jpy_per_share,
                "offering.issue_price.issue_price",
                Some("IssuePriceEntered"),
                Check::Price,
            )?;
        }
    }
    w.checked(
        &t("xl-input-tick-size"),
        In::Yen(o.tick_size.unwrap_or(Decimal::ONE)),
        &t(match (o.issue_price, o.tick_size) {
            (IssuePriceTerms::Entered { .. }, _) => "xl-input-unit-tick-unused",
            (_, Some(_)) => "measure-jpy",
            (_, None) => "xl-input-unit-tick-default",
        }),
        "offering.tick_size",
        Some("TickSize"),
        Check::Tick,
    )?;
    match o.amount_to_be_paid {
        PaidTerms::Entered { amount_to_be_paid } => {
            w.explained(
                &t("xl-input-paid-method"),
                "entered",
                t("radio-entered-amount"),
                "offering.amount_to_be_paid.method",
            )?;
            w.checked(
                &t("xl-input-paid-entered"),
                In::Yen(amount_to_be_paid),
                &jpy_per_share,
                "offering.amount_to_be_paid.amount_to_be_paid",
                Some("PaidEntered"),
                Check::Price,
            )?;
        }
        PaidTerms::Spread { spread_rate } => {
            w.explained(
                &t("xl-input-paid-method"),
                "underwriting spread on the issue price",
                t("radio-spread"),
                "offering.amount_to_be_paid.method",
            )?;
            w.checked(
                &t("xl-input-spread-rate"),
                In::Rate(spread_rate, 2),
                &t("xl-unit-of-the-issue-price"),
                "offering.amount_to_be_paid.spread_rate",
                Some("SpreadRate"),
                Check::Rate,
            )?;
        }
    }
    w.checked(
        &t("field-offering-new_shares"),
        In::Count(o.new_shares),
        &shares,
        "offering.new_shares",
        Some("NewShares"),
        Check::Shares(1),
    )?;
    w.checked(
        &t("xl-input-stated-capital-ratio"),
        In::Rate(o.stated_capital_ratio, 2),
        &t("xl-input-unit-of-the-amount-paid"),
        "offering.stated_capital_ratio",
        Some("CapitalRatio"),
        Check::CapitalRatio,
    )?;
    w.checked(
        &t("field-offering-over_allotment_shares"),
        In::Count(o.over_allotment_shares),
        &shares,
        "offering.over_allotment_shares",
        Some("OverAllotmentShares"),
        Check::Shares(0),
    )?;
    w.checked(
        &t("xl-input-allotment-shares"),
        In::Count(o.allotment_shares),
        &shares,
        "offering.allotment_shares",
        Some("AllotmentShares"),
        Check::Shares(0),
    )?;
    w.checked(
        &t("field-offering-estimated_expenses"),
        In::Yen(o.estimated_expenses),
        &jpy,
        "offering.estimated_expenses",
        Some("Expenses"),
        Check::Amount,
    )?;
    let mut use_amounts = Vec::new();
    for (i, u) in o.uses_of_proceeds.iter().enumerate() {
        let field = |leaf: &str| format!("offering.uses_of_proceeds[{i}].{leaf}");
        let n = i + 1;
        w.input(
            &numbered("xl-input-use-purpose", n),
            In::Text(&u.purpose),
            "",
            &field("purpose"),
            None,
        )?;
        use_amounts.push(w.input(
            &numbered("xl-input-use-amount", n),
            In::Yen(u.amount),
            &jpy,
            &field("amount"),
            None,
        )?);
        w.input(
            &numbered("xl-input-use-deadline", n),
            In::Text(&u.deadline),
            "",
            &field("deadline"),
            None,
        )?;
    }

    // The dilution figures' inputs, empty when not entered (the Offering sheet then
    // has no dilution formulas). Net income and EPS: the one given is the basis.
    let c = &s.capital;
    w.rows.section(&t("ui-capital-and-dilution"))?;
    w.checked(
        &t("field-capital-issued_shares"),
        In::OptionalCount(c.issued_shares),
        &shares,
        "capital.issued_shares",
        Some("IssuedShares"),
        Check::Shares(1),
    )?;
    w.checked(
        &t("field-capital-treasury_shares"),
        In::Count(c.treasury_shares),
        &shares,
        "capital.treasury_shares",
        Some("TreasuryShares"),
        Check::Treasury,
    )?;
    w.checked(
        &t("field-capital-net_income"),
        In::OptionalYen(c.net_income),
        &jpy,
        "capital.net_income",
        Some("NetIncome"),
        Check::SignedAmount(10u64.pow(18), "err-net-income-range"),
    )?;
    w.checked(
        &t("field-capital-eps"),
        In::OptionalYen(c.eps),
        &jpy_per_share,
        "capital.eps",
        Some("Eps"),
        Check::SignedAmount(1_000_000_000, "err-eps-range"),
    )?;

    let sc = &s.schedule;
    w.rows.section(&t("xl-input-section-schedule"))?;
    w.checked(
        &t("xl-input-calculation-date"),
        In::Date(sc.calculation_date),
        &date,
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
            &of_item("xl-input-offset", item),
            In::Count(days.into()),
            &t("xl-input-unit-business-days"),
            &format!("schedule.offsets.{}", item.key()),
            Some(name),
            Check::Offset,
        )?;
    }
    for item in TimetableItem::ALL {
        w.checked(
            &of_item("xl-input-override", item),
            In::OptionalDate(sc.overrides.get(item)),
            &t("xl-input-unit-date-or-rule"),
            &item.override_field(),
            Some(override_name(item)),
            Check::Date,
        )?;
    }

    let op = &s.option;
    w.rows.section(&t("xl-input-section-option"))?;
    w.input(
        &t("xl-input-series-name"),
        In::Text(&op.series_name),
        "",
        "option.series_name",
        None,
    )?;
    w.input(
        &t("field-option-share_price"),
        In::Yen(op.share_price),
        &jpy_per_share,
        "option.share_price",
        Some("SharePrice"),
    )?;
    w.input(
        &t("field-option-exercise_price"),
        In::Yen(op.exercise_price),
        &jpy_per_share,
        "option.exercise_price",
        Some("ExercisePrice"),
    )?;
    w.input(
        &t("field-option-term_years"),
        In::Exact(op.term_years),
        &t("measure-years"),
        "option.term_years",
        Some("TermYears"),
    )?;
    w.input(
        &t("field-option-volatility"),
        In::Rate(op.volatility, 4),
        &per_year,
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
                FrequencyTerm::Daily => "daily",
                FrequencyTerm::Weekly => "weekly",
            },
            window_start.map_or("start of series".to_owned(), |d| d.to_string()),
            window_end.map_or("end of series".to_owned(), |d| d.to_string()),
        ),
    };
    w.explained(
        &t("xl-input-volatility-source"),
        &source,
        sigma_source(f, &op.volatility_source),
        "option.volatility_source",
    )?;
    w.input(
        &t("field-option-risk_free_rate"),
        In::Rate(op.risk_free_rate, 3),
        &per_year,
        "option.risk_free_rate",
        Some("RiskFreeRate"),
    )?;
    // Where r came from, as the summary derives it: entered, or read off the JGB curve
    // (the file, the day, the tenors, the interpolation).
    // Like σ's source: the value in English, the same cell in every workbook; its
    // words in the workbook's language beside it.
    let how = crate::report::summary::rate_derivation(op);
    let rate_source = |language| {
        if how.is_empty() {
            crate::i18n::text(language, "der-entered")
        } else {
            how.text(language)
        }
    };
    w.explained(
        &t("xl-input-rate-source"),
        &rate_source(Language::English),
        rate_source(f.language),
        "option.risk_free_rate_source",
    )?;
    w.input(
        &t("xl-input-dividend"),
        In::Yen(op.dividend_per_share),
        &jpy_per_share,
        "option.dividend_per_share",
        Some("DividendPerShare"),
    )?;
    w.input(
        &t("xl-input-dividend-split-ratio"),
        In::Exact(op.dividend_split_ratio),
        &new_per_old,
        "option.dividend_split_ratio",
        Some("DividendSplitRatio"),
    )?;
    w.input(
        &t("field-option-shares_per_right"),
        In::Count(op.shares_per_right.into()),
        &shares,
        "option.shares_per_right",
        Some("SharesPerRight"),
    )?;
    w.input(
        &t("xl-input-max-rights"),
        In::Count(op.max_rights.into()),
        &rights,
        "option.max_rights",
        Some("MaxRights"),
    )?;
    let mut group_persons = Vec::new();
    let mut group_rights = Vec::new();
    for (i, g) in op.allotment.iter().enumerate() {
        let field = |leaf: &str| format!("option.allotment[{i}].{leaf}");
        let n = i + 1;
        w.input(
            &numbered("xl-input-group-name", n),
            In::Text(&g.name),
            "",
            &field("name"),
            None,
        )?;
        group_persons.push(w.input(
            &numbered("xl-input-group-persons", n),
            In::Count(g.persons.into()),
            &t("measure-persons"),
            &field("persons"),
            None,
        )?);
        group_rights.push(w.input(
            &numbered("xl-input-group-rights", n),
            In::Count(g.rights.into()),
            &rights,
            &field("rights"),
            None,
        )?);
    }
    w.input(
        &t("field-option-allotment_date"),
        In::Date(op.allotment_date),
        &date,
        "option.allotment_date",
        Some("AllotmentDate"),
    )?;
    w.input(
        &t("xl-input-exercise-start"),
        In::Date(op.exercise_period_start),
        &date,
        "option.exercise_period_start",
        Some("ExerciseStart"),
    )?;
    w.input(
        &t("xl-input-exercise-end"),
        In::Date(op.exercise_period_end),
        &date,
        "option.exercise_period_end",
        Some("ExerciseEnd"),
    )?;
    w.input(
        &t("field-option-rights_exercised"),
        In::Count(op.rights_exercised.into()),
        &rights,
        "option.rights_exercised",
        Some("RightsExercised"),
    )?;
    w.input(
        &t("xl-input-later-split-ratio"),
        In::Exact(op.later_split_ratio),
        &new_per_old,
        "option.later_split_ratio",
        Some("LaterSplitRatio"),
    )?;
    w.checked(
        &t("xl-input-amount-convention"),
        In::Text(op.amount_convention.key()),
        &t("xl-input-unit-amount-convention"),
        "option.amount_convention",
        Some("AmountConvention"),
        Check::Convention,
    )?;

    let h = &s.price_history;
    w.rows.section(&t("xl-input-section-price-history"))?;
    w.input(
        &t("xl-input-history-source"),
        In::Text(&h.source),
        "",
        "price_history.source",
        None,
    )?;
    w.input(
        &t("xl-input-closes"),
        In::Count(h.closes.len() as u64),
        &t("measure-closes"),
        "price_history.closes",
        None,
    )?;
    for (i, sp) in h.splits.iter().enumerate() {
        let n = i + 1;
        w.input(
            &numbered("xl-input-split-date", n),
            In::Date(sp.effective_date),
            &date,
            &format!("price_history.splits[{i}].effective_date"),
            None,
        )?;
        w.input(
            &numbered("xl-input-split-ratio", n),
            In::Exact(sp.ratio),
            &new_per_old,
            &format!("price_history.splits[{i}].ratio"),
            None,
        )?;
    }
    // An open end of the window: the value says so in words, explained for a reader of
    // another language as the app's option panel says it.
    let window_edge = |w: &mut Writer<'_>,
                       label: &str,
                       edge: Option<NaiveDate>,
                       field: &str,
                       none: &str,
                       meaning: &str| match edge {
        Some(d) => w.input(label, In::Date(d), &date, field, None),
        None => w.explained(label, none, t(meaning), field),
    };
    window_edge(
        &mut w,
        &t("xl-input-window-start"),
        h.window_start,
        "price_history.window_start",
        "start of series",
        "sigma-first-close",
    )?;
    window_edge(
        &mut w,
        &t("xl-input-window-end"),
        h.window_end,
        "price_history.window_end",
        "end of series",
        "sigma-last-close",
    )?;
    w.explained(
        &t("xl-input-sampling"),
        match h.frequency {
            FrequencyTerm::Daily => "daily",
            FrequencyTerm::Weekly => "weekly",
        },
        t(sampling(h.frequency)),
        "price_history.frequency",
    )?;
    w.input(
        &t("field-price_history-rolling_returns"),
        In::Count(h.rolling_returns.into()),
        &t("unit-returns"),
        "price_history.rolling_returns",
        Some("RollingReturns"),
    )?;

    w.rows.section(&t("xl-input-section-notes"))?;
    w.input(&t("field-notes"), In::Text(&s.notes), "", "notes", None)?;

    let worksheet = w.rows.finish(true)?;
    Ok(Inputs {
        worksheet,
        names: w.names,
        use_amounts,
        group_persons,
        group_rights,
    })
}

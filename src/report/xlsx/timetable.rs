//! The Timetable sheet: the offering's dates as formulas that count TSE business days
//! from the calculation date over the Holidays sheet (WORKDAY.INTL), as the app's
//! `derive_timetable` does; a date fixed by hand on the Inputs sheet takes the place
//! of its rule, and later dates follow it. Weekdays, rules, the holidays each date
//! skipped and the order checks are formulas too, so that every cell of the sheet
//! follows a changed calculation date, offset or override.

use rust_xlsxwriter::Worksheet;

use super::holidays::{CITED, DATES};
use super::inputs::{offset_name, override_name};
use super::words::{join, lit, ordinal, weekday};
use super::{Formats, Rows, Sheet, excel_date, num, rel_ref};
use crate::domain::calendar::{CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY};
use crate::domain::schedule::{Timetable, TimetableDate, TimetableItem};
use crate::report::ExportError;
use crate::scenario::Scenario;

const COLUMNS: [(&str, f64); 8] = [
    ("xl-col-date", 38.0),
    ("xl-col-value", 12.0),
    ("xl-col-weekday", 9.0),
    ("xl-col-set-by", 26.0),
    ("xl-col-rule", 44.0),
    ("xl-col-rule-date", 12.0),
    ("xl-col-closures-skipped-weekdays", 34.0),
    ("xl-col-check", 34.0),
];
const VALUE: u16 = 1;
const WEEKDAY: u16 = 2;
const SET_BY: u16 = 3;
const RULE: u16 = 4;
const RULE_DATE: u16 = 5;
const SKIPPED: u16 = 6;
const CHECK: u16 = 7;

/// Text shown for a date fixed by hand, and for one that follows its rule.
pub(crate) const FIXED: &str = "fixed (entered)";
pub(crate) const BY_RULE: &str = "rule";
/// Text shown for a date from a fitted offset that the user has not entered.
pub(crate) fn assumed() -> String {
    crate::report::assumed_date(crate::i18n::Language::English)
}
/// The check's text for an overridden date on which the TSE is closed.
pub(crate) const NOT_BUSINESS_DAY: &str = "not a TSE business day";

/// The date an item's rule counts from, and how many TSE business days; `None` for
/// the cover start, the calendar day after the subscription period.
fn counted_from(item: TimetableItem) -> Option<(Option<TimetableItem>, Count)> {
    use TimetableItem::*;
    match item {
        SubscriptionStart | SubscriptionEnd | Payment | CoverEnd | AllotmentSubscription => {
            offset_name(item).map(|name| (None, Count::Offset(name)))
        }
        Delivery => Some((Some(Payment), Count::One)),
        AllotmentPayment => Some((Some(AllotmentSubscription), Count::One)),
        CoverStart => None,
    }
}

enum Count {
    /// A business-day offset input on the Inputs sheet.
    Offset(&'static str),
    /// The next business day.
    One,
}

/// The item that must come before `item`, and whether both may fall on one day,
/// as the app's order check has them; `None`: the calculation date, strictly before.
fn earlier(item: TimetableItem) -> (Option<TimetableItem>, bool) {
    use TimetableItem::*;
    match item {
        SubscriptionStart => (None, false),
        SubscriptionEnd => (Some(SubscriptionStart), true),
        Payment => (Some(SubscriptionEnd), true),
        Delivery => (Some(Payment), false),
        CoverStart => (Some(SubscriptionEnd), false),
        CoverEnd => (Some(CoverStart), true),
        AllotmentSubscription => (Some(CoverEnd), false),
        AllotmentPayment => (Some(AllotmentSubscription), true),
    }
}

/// Excel serial of a date, as a cached result.
fn serial(date: chrono::NaiveDate) -> Result<String, ExportError> {
    Ok(num(excel_date(date)?.to_excel()))
}

pub(crate) fn sheet(s: &Scenario, t: &Timetable, f: &Formats) -> Result<Worksheet, ExportError> {
    let mut w = Rows::new(Sheet::Timetable, &COLUMNS, f)?;
    let app_weekday = |d: chrono::NaiveDate| d.format("%a").to_string();

    w.section("Offering timetable")?;
    let r = w.row;
    let calc = rel_ref(VALUE, r);
    w.text(r, 0, "Calculation date", &f.wrap)?;
    w.formula(
        r,
        VALUE,
        "=CalculationDate",
        serial(t.calculation_date)?,
        &f.date,
    )?;
    w.text_formula(
        r,
        WEEKDAY,
        &format!("={}", weekday(&calc)),
        &app_weekday(t.calculation_date),
        &f.unit,
    )?;
    w.text(r, SET_BY, "input", &f.text)?;
    w.text(r, RULE, "Inputs sheet", &f.wrap_indented)?;
    w.text_formula(
        r,
        CHECK,
        &format!("={}", out_of_calendar(&calc)),
        "",
        &f.wrap,
    )?;
    w.row += 1;

    // Each item's effective date cell, filled in timetable order: every rule refers
    // only to earlier items.
    let mut cells: Vec<(TimetableItem, String)> = Vec::new();
    let cell_of = |cells: &[(TimetableItem, String)], item: TimetableItem| {
        cells
            .iter()
            .find(|(i, _)| *i == item)
            .map(|(_, c)| c.clone())
            .unwrap_or_default()
    };
    for d in &t.dates {
        let r = w.row;
        let item = d.item;
        let value = rel_ref(VALUE, r);
        let rule_date = rel_ref(RULE_DATE, r);
        let fixed = override_name(item);

        let (derived, base) = match counted_from(item) {
            Some((from, count)) => {
                let base = from.map_or(calc.clone(), |i| cell_of(&cells, i));
                let n = match count {
                    Count::Offset(name) => name.to_owned(),
                    Count::One => "1".to_owned(),
                };
                (format!("WORKDAY.INTL({base},{n},1,{DATES})"), Some(base))
            }
            None => (
                format!("{}+1", cell_of(&cells, TimetableItem::SubscriptionEnd)),
                None,
            ),
        };
        w.text(r, 0, item.label(), &f.wrap)?;
        w.formula(
            r,
            VALUE,
            &format!("=IF(ISNUMBER({fixed}),{fixed},{rule_date})"),
            serial(d.date)?,
            &f.date,
        )?;
        w.text_formula(
            r,
            WEEKDAY,
            &format!("={}", weekday(&value)),
            &app_weekday(d.date),
            &f.unit,
        )?;
        // A date from a fitted offset is an assumption until entered (and the
        // allotment payment with it while the allotment subscription is one).
        let unfixed = if item.fitted() {
            lit(&assumed())
        } else if item == TimetableItem::AllotmentPayment {
            let follows = override_name(TimetableItem::AllotmentSubscription);
            format!(
                "IF(ISNUMBER({follows}),{},{})",
                lit(BY_RULE),
                lit(&assumed())
            )
        } else {
            lit(BY_RULE)
        };
        w.text_formula(
            r,
            SET_BY,
            &format!("=IF(ISNUMBER({fixed}),{},{unfixed})", lit(FIXED)),
            &if d.overridden {
                FIXED.to_owned()
            } else if d.assumed {
                assumed()
            } else {
                BY_RULE.to_owned()
            },
            &f.wrap,
        )?;
        let rule = match counted_from(item) {
            Some((None, Count::Offset(name))) => join(&[
                ordinal(name),
                lit(" TSE business day after the calculation date"),
            ]),
            _ => format!("={}", lit(&d.rule.to_string())),
        };
        w.text_formula(r, RULE, &rule, &d.rule.to_string(), &f.wrap_indented)?;
        w.formula(
            r,
            RULE_DATE,
            &format!("={derived}"),
            serial(d.derived)?,
            &f.date,
        )?;
        // The cover start is a calendar day: no business days counted, none skipped.
        if let Some(base) = base {
            w.text_array_formula(
                r,
                SKIPPED,
                &format!(
                    "=TEXTJOIN(\"; \",TRUE,IF(({DATES}>{base})*({DATES}<{rule_date}),{CITED},\"\"))"
                ),
                &skipped(d),
                &f.wrap_indented,
            )?;
        }
        w.text_formula(
            r,
            CHECK,
            &check(item, &value, &calc, &cells),
            &app_check(d),
            &f.wrap,
        )?;
        cells.push((item, value));
        w.row += 1;
    }

    w.section("Stock acquisition rights")?;
    for (label, name, date) in [
        ("Allotment date", "AllotmentDate", s.option.allotment_date),
        (
            "Exercise period start",
            "ExerciseStart",
            s.option.exercise_period_start,
        ),
        (
            "Exercise period end",
            "ExerciseEnd",
            s.option.exercise_period_end,
        ),
    ] {
        let r = w.row;
        w.text(r, 0, label, &f.wrap)?;
        w.formula(r, VALUE, &format!("={name}"), serial(date)?, &f.date)?;
        w.text_formula(
            r,
            WEEKDAY,
            &format!("={}", weekday(&rel_ref(VALUE, r))),
            &app_weekday(date),
            &f.unit,
        )?;
        w.text(r, SET_BY, "input", &f.text)?;
        w.text(r, RULE, "Inputs sheet", &f.wrap_indented)?;
        w.row += 1;
    }

    w.row += 1;
    w.note(
        "Every offering date is a formula: WORKDAY.INTL counts TSE business days from the \
         calculation date (or from the date it follows) over the Holidays sheet, skipping \
         weekends, national holidays and the year-end closure (31 Dec – 3 Jan), as the app \
         does. Change the calculation date or an offset on the Inputs sheet and the whole \
         timetable moves. A date typed into an override cell on the Inputs sheet is used \
         as it is (\"fixed (entered)\"), and later dates follow it; the Rule date column \
         still shows what the rule gives. The cover period's end and the third-party \
         allotment's subscription date (and its payment date, the next business day) are \
         fixed by the board at launch: their offsets only fit one past deal, so until a \
         date is entered they read \"assumed — set the date from the launch notice\".",
    )?;

    w.finish(true)
}

/// The check formula: the first order problem, else a closed day (for a date fixed
/// by hand), else a date outside the calendar; empty when all is well.
fn check(
    item: TimetableItem,
    value: &str,
    calc: &str,
    cells: &[(TimetableItem, String)],
) -> String {
    let (before, may_equal) = earlier(item);
    let (other, name) = match before {
        Some(i) => (
            cells
                .iter()
                .find(|(c, _)| *c == i)
                .map(|(_, c)| c.clone())
                .unwrap_or_default(),
            i.label().to_lowercase(),
        ),
        None => (calc.to_owned(), "calculation date".to_owned()),
    };
    let (cmp, relation) = if may_equal {
        ("<", "on or after")
    } else {
        ("<=", "after")
    };
    let mut problems = vec![(
        format!("{value}{cmp}{other}"),
        lit(&format!("must be {relation} the {name}")),
    )];
    if item.requires_business_day() {
        problems.push((
            format!(
                "AND(ISNUMBER({}),NETWORKDAYS.INTL({value},{value},1,{DATES})=0)",
                override_name(item)
            ),
            lit(NOT_BUSINESS_DAY),
        ));
    }
    let mut formula = out_of_calendar(value);
    for (condition, message) in problems.into_iter().rev() {
        formula = format!("IF({condition},{message},{formula})");
    }
    format!("={formula}")
}

/// "outside the TSE calendar" for a date the Holidays sheet does not cover, else "".
fn out_of_calendar(date: &str) -> String {
    use chrono::Datelike;
    let (a, b) = (CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY);
    format!(
        "IF(OR({date}<DATE({},{},{}),{date}>DATE({},{},{})),{},\"\")",
        a.year(),
        a.month(),
        a.day(),
        b.year(),
        b.month(),
        b.day(),
        lit(&format!(
            "outside the TSE calendar ({} to {})",
            a.year(),
            b.year()
        ))
    )
}

/// The weekday closures the app skipped counting to the rule date, as the Holidays
/// sheet cites them.
fn skipped(d: &TimetableDate) -> String {
    d.shifted_by
        .iter()
        .map(|(date, why)| format!("{date} {why}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// What the check column shows for the exported scenario: the app refuses to export
/// a timetable out of order, so only the closed-day warning can be there.
fn app_check(d: &TimetableDate) -> String {
    if d.overridden && d.not_business_day && d.item.requires_business_day() {
        NOT_BUSINESS_DAY.to_owned()
    } else {
        String::new()
    }
}

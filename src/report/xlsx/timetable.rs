//! The Timetable sheet: the offering's dates as formulas that count TSE business days
//! from the calculation date over the Holidays sheet (WORKDAY.INTL), as the app's
//! `derive_timetable` does; a date fixed by hand on the Inputs sheet takes the place
//! of its rule, and later dates follow it. Weekdays, rules, the holidays each date
//! skipped and the order checks are formulas too, so that every cell of the sheet
//! follows a changed calculation date, offset or override.

use rust_xlsxwriter::Worksheet;

use super::holidays::{CITED, DATES};
use super::inputs::{offset_name, override_name};
use super::words::{lit, ordinal, spell, weekday};
use super::{Formats, Rows, Sheet, excel_date, num, rel_ref};
use crate::domain::calendar::{CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY};
use crate::domain::schedule::{DateRule, Timetable, TimetableDate, TimetableItem};
use crate::domain::{Arg, Message};
use crate::i18n::Language;
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

/// Messages shown for a date fixed by hand, and for one that follows its rule.
const FIXED: &str = "xl-set-by-fixed";
const BY_RULE: &str = "xl-set-by-rule";
/// The check's message for an overridden date on which the TSE is closed.
const NOT_BUSINESS_DAY: &str = "xl-check-not-business-day";

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
    let language = f.language;
    let app_weekday = |d: chrono::NaiveDate| super::words::weekday_name(d, language);
    let weekday = |cell: &str| weekday(cell, language);
    let assumed = crate::report::assumed_date(language);

    w.section(&f.t("xl-section-offering-timetable"))?;
    let r = w.row;
    let calc = rel_ref(VALUE, r);
    w.text(r, 0, &f.fig("calculation_date"), &f.wrap)?;
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
    w.text(r, SET_BY, &f.t("xl-set-by-input"), &f.text)?;
    w.text(r, RULE, &f.t("xl-rule-inputs-sheet"), &f.wrap_indented)?;
    w.text_formula(
        r,
        CHECK,
        &format!("={}", out_of_calendar(&calc, language)),
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
        w.text(r, 0, &f.fig(item.key()), &f.wrap)?;
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
        let by_rule = lit(&f.t(BY_RULE));
        let unfixed = if item.fitted() {
            lit(&assumed)
        } else if item == TimetableItem::AllotmentPayment {
            let follows = override_name(TimetableItem::AllotmentSubscription);
            format!("IF(ISNUMBER({follows}),{by_rule},{})", lit(&assumed))
        } else {
            by_rule
        };
        w.text_formula(
            r,
            SET_BY,
            &format!("=IF(ISNUMBER({fixed}),{},{unfixed})", lit(&f.t(FIXED))),
            &if d.overridden {
                f.t(FIXED)
            } else if d.assumed {
                assumed.clone()
            } else {
                f.t(BY_RULE)
            },
            &f.wrap,
        )?;
        // The rule as the app words it; an offset typed on the Inputs sheet moves it.
        let rule_text = rule_words(d.rule, language);
        let rule = match counted_from(item) {
            Some((None, Count::Offset(name))) => {
                let nth = match language {
                    Language::English => ordinal(name),
                    Language::Japanese => name.to_owned(),
                };
                format!(
                    "={}",
                    spell(language, "xl-rule-business-days-after", &[("nth", nth)])
                )
            }
            _ => format!("={}", lit(&rule_text)),
        };
        w.text_formula(r, RULE, &rule, &rule_text, &f.wrap_indented)?;
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
                    "=TEXTJOIN({},TRUE,IF(({DATES}>{base})*({DATES}<{rule_date}),{CITED},\"\"))",
                    lit(&f.t("xl-cited-joiner"))
                ),
                &skipped(d, language),
                &f.wrap_indented,
            )?;
        }
        w.text_formula(
            r,
            CHECK,
            &check(item, &value, &calc, &cells, language),
            &app_check(d, language),
            &f.wrap,
        )?;
        cells.push((item, value));
        w.row += 1;
    }

    w.section(&f.t("xl-section-stock-acquisition-rights"))?;
    for (label, name, date) in [
        (
            "xl-allotment-date",
            "AllotmentDate",
            s.option.allotment_date,
        ),
        (
            "xl-exercise-period-start",
            "ExerciseStart",
            s.option.exercise_period_start,
        ),
        (
            "xl-exercise-period-end",
            "ExerciseEnd",
            s.option.exercise_period_end,
        ),
    ] {
        let r = w.row;
        w.text(r, 0, &f.t(label), &f.wrap)?;
        w.formula(r, VALUE, &format!("={name}"), serial(date)?, &f.date)?;
        w.text_formula(
            r,
            WEEKDAY,
            &format!("={}", weekday(&rel_ref(VALUE, r))),
            &app_weekday(date),
            &f.unit,
        )?;
        w.text(r, SET_BY, &f.t("xl-set-by-input"), &f.text)?;
        w.text(r, RULE, &f.t("xl-rule-inputs-sheet"), &f.wrap_indented)?;
        w.row += 1;
    }

    w.row += 1;
    w.note(&f.t("xl-note-timetable"))?;

    w.finish(true)
}

/// The check formula: the first order problem, else a closed day (for a date fixed
/// by hand), else a date outside the calendar; empty when all is well.
fn check(
    item: TimetableItem,
    value: &str,
    calc: &str,
    cells: &[(TimetableItem, String)],
    language: Language,
) -> String {
    let (before, may_equal) = earlier(item);
    let (other, name) = match before {
        Some(i) => (
            cells
                .iter()
                .find(|(c, _)| *c == i)
                .map(|(_, c)| c.clone())
                .unwrap_or_default(),
            i.key(),
        ),
        None => (calc.to_owned(), "calculation_date"),
    };
    let (cmp, id) = if may_equal {
        ("<", "xl-check-on-or-after")
    } else {
        ("<=", "xl-check-after")
    };
    let earlier_name: &'static str = figure_id(name);
    let mut problems = vec![(
        format!("{value}{cmp}{other}"),
        lit(&Message::id(id)
            .with("earlier", Arg::Term(earlier_name))
            .text(language)),
    )];
    if item.requires_business_day() {
        problems.push((
            format!(
                "AND(ISNUMBER({}),NETWORKDAYS.INTL({value},{value},1,{DATES})=0)",
                override_name(item)
            ),
            lit(&crate::i18n::text(language, NOT_BUSINESS_DAY)),
        ));
    }
    let mut formula = out_of_calendar(value, language);
    for (condition, message) in problems.into_iter().rev() {
        formula = format!("IF({condition},{message},{formula})");
    }
    format!("={formula}")
}

/// The catalogue name of a timetable figure (`fig-<key>`).
fn figure_id(key: &str) -> &'static str {
    match key {
        "subscription_start" => "fig-subscription_start",
        "subscription_end" => "fig-subscription_end",
        "payment" => "fig-payment",
        "delivery" => "fig-delivery",
        "cover_start" => "fig-cover_start",
        "cover_end" => "fig-cover_end",
        "allotment_subscription" => "fig-allotment_subscription",
        "allotment_payment" => "fig-allotment_payment",
        _ => "fig-calculation_date",
    }
}

/// How a date's rule reads in `language` ("5th TSE business day after the
/// calculation date" / 算定基準日の5営業日後（東証）).
fn rule_words(rule: DateRule, language: Language) -> String {
    Message::id("der-rule")
        .with("rule", Arg::Rule(rule))
        .text(language)
}

/// A warning for a date the Holidays sheet does not cover, else "".
fn out_of_calendar(date: &str, language: Language) -> String {
    use chrono::Datelike;
    let (a, b) = (CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY);
    let message = Message::id("xl-check-outside-calendar")
        .with("first", a.year().to_string())
        .with("last", b.year().to_string())
        .text(language);
    format!(
        "IF(OR({date}<DATE({},{},{}),{date}>DATE({},{},{})),{},\"\")",
        a.year(),
        a.month(),
        a.day(),
        b.year(),
        b.month(),
        b.day(),
        lit(&message)
    )
}

/// The weekday closures the app skipped counting to the rule date, as the Holidays
/// sheet cites them.
fn skipped(d: &TimetableDate, language: Language) -> String {
    d.shifted_by
        .iter()
        .map(|(date, why)| super::holidays::cited_name(*date, why, language))
        .collect::<Vec<_>>()
        .join(&crate::i18n::text(language, "xl-cited-joiner"))
}

/// What the check column shows for the exported scenario: the app refuses to export
/// a timetable out of order, so only the closed-day warning can be there.
fn app_check(d: &TimetableDate, language: Language) -> String {
    if d.overridden && d.not_business_day && d.item.requires_business_day() {
        crate::i18n::text(language, NOT_BUSINESS_DAY)
    } else {
        String::new()
    }
}

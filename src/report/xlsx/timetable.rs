//! The Timetable sheet: the offering's dates as real dates with their rules, and the
//! option's dates.

use rust_xlsxwriter::Worksheet;

use super::{Formats, Rows, TIMETABLE, excel_date, num};
use crate::domain::schedule::Timetable;
use crate::report::ExportError;
use crate::scenario::Scenario;

const COLUMNS: [(&str, f64); 5] = [
    ("Date", 40.0),
    ("Value", 12.0),
    ("Weekday", 9.0),
    ("Rule", 52.0),
    ("Rule date, if overridden", 22.0),
];

pub(crate) fn sheet(s: &Scenario, t: &Timetable, f: &Formats) -> Result<Worksheet, ExportError> {
    let mut w = Rows::new(TIMETABLE, &COLUMNS, f)?;
    let weekday = |d: chrono::NaiveDate| d.format("%a").to_string();

    w.section("Offering timetable")?;
    let r = w.row;
    w.text(r, 0, "Calculation date", &f.wrap)?;
    w.formula(
        r,
        1,
        "=CalculationDate",
        num(excel_date(t.calculation_date)?.to_excel()),
        &f.date,
    )?;
    w.text(r, 2, &weekday(t.calculation_date), &f.text)?;
    w.text(r, 3, "input (Inputs sheet)", &f.wrap)?;
    w.row += 1;

    for d in &t.dates {
        let r = w.row;
        w.text(r, 0, d.item.label(), &f.wrap)?;
        w.date(r, 1, d.date)?;
        w.text(r, 2, &weekday(d.date), &f.text)?;
        let mut rule = if d.overridden {
            "fixed by hand (Inputs sheet)".to_owned()
        } else {
            d.rule.clone()
        };
        for (date, why) in &d.shifted_by {
            rule.push_str(&format!("; {date} {why} skipped"));
        }
        if d.not_business_day && d.item.requires_business_day() {
            rule.push_str("; not a TSE business day");
        }
        w.text(r, 3, &rule, &f.wrap)?;
        if d.overridden {
            w.date(r, 4, d.derived)?;
        }
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
        w.formula(
            r,
            1,
            &format!("={name}"),
            num(excel_date(date)?.to_excel()),
            &f.date,
        )?;
        w.text(r, 2, &weekday(date), &f.text)?;
        w.text(r, 3, "input (Inputs sheet)", &f.wrap)?;
        w.row += 1;
    }

    w.row += 1;
    w.note(
        "The offering dates count TSE business days from the calculation date, skipping \
         weekends, national holidays and the year-end closure (31 Dec – 3 Jan). Excel has \
         no TSE holiday calendar, so these dates are written as values computed by the \
         app, with the rule beside each; they do not move when the calculation date is \
         changed in this workbook.",
    )?;

    w.finish(false)
}

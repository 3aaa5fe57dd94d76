//! The Holidays sheet: every weekday on which the TSE is closed over the whole
//! calendar the app knows (national, substitute and citizens' holidays, and the
//! year-end closure Dec 31 – Jan 3), as real dates. The Timetable sheet counts
//! business days over it with WORKDAY.INTL, so a calculation date typed into the
//! workbook gets the same timetable the app derives.

use chrono::{Datelike, Weekday};
use rust_xlsxwriter::Worksheet;

use super::{Formats, Rows, Sheet, abs_ref};
use crate::domain::calendar::{self, CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY};
use crate::report::ExportError;

/// Workbook name of the dates column; WORKDAY.INTL's holiday list.
pub(crate) const DATES: &str = "TseHolidays";
/// Workbook name of the "date name" column, as the timetable cites a skipped closure.
pub(crate) const CITED: &str = "TseHolidayCited";

pub(crate) struct Holidays {
    pub worksheet: Worksheet,
    /// Workbook names and their ranges on this sheet.
    pub names: Vec<(&'static str, String)>,
}

/// A weekday closure as the app's timetable cites it: "2013-07-15 Marine Day".
pub(crate) fn cited(date: chrono::NaiveDate, closure: &calendar::Closure) -> String {
    format!("{date} {closure}")
}

pub(crate) fn sheet(f: &Formats) -> Result<Holidays, ExportError> {
    let mut w = Rows::new(
        Sheet::Holidays,
        &[
            ("xl-col-date", 12.0),
            ("xl-col-weekday", 9.0),
            ("xl-col-tse-closed-for", 36.0),
            ("xl-col-cited-in-the-timetable-as", 48.0),
        ],
        f,
    )?;
    let first = w.row;
    for date in CALENDAR_FIRST_DAY.iter_days() {
        if date > CALENDAR_LAST_DAY {
            break;
        }
        if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            continue;
        }
        // In range by construction: the loop stays inside the calendar.
        let Ok(Some(closure)) = calendar::closure(date) else {
            continue;
        };
        let r = w.row;
        w.date(r, 0, date)?;
        w.text(r, 1, &date.format("%a").to_string(), &f.text)?;
        w.text(r, 2, &closure.to_string(), &f.text)?;
        w.text(r, 3, &cited(date, &closure), &f.text)?;
        w.row += 1;
    }
    let last = w.row - 1;
    let names = vec![
        (DATES, format!("{}:{}", abs_ref(0, first), abs_ref(0, last))),
        (CITED, format!("{}:{}", abs_ref(3, first), abs_ref(3, last))),
    ];
    // The note beside the table, one sentence per row so that no row grows tall.
    let italic = rust_xlsxwriter::Format::new().set_italic();
    w.set_width(4, 2.0);
    for (i, line) in [
        format!("Every weekday the Tokyo Stock Exchange is closed, {CALENDAR_FIRST_DAY} to {CALENDAR_LAST_DAY}:"),
        "national holidays (with substitute and citizens' holidays) and the year-end closure, Dec 31 – Jan 3.".to_owned(),
        "Saturdays and Sundays are closed anyway and are not listed.".to_owned(),
        format!("The Timetable sheet counts TSE business days over this list ({DATES}) with WORKDAY.INTL;"),
        "a date outside these years is flagged there.".to_owned(),
    ]
    .iter()
    .enumerate()
    {
        w.text(first + i as u32, 5, line, &italic)?;
    }
    Ok(Holidays {
        worksheet: w.finish(false)?,
        names,
    })
}

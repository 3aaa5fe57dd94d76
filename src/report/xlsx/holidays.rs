//! The Holidays sheet: every weekday on which the TSE is closed over the whole
//! calendar the app knows (national, substitute and citizens' holidays, and the
//! year-end closure Dec 31 – Jan 3), as real dates. The Timetable sheet counts
//! business days over it with WORKDAY.INTL, so a calculation date typed into the
//! workbook gets the same timetable the app derives.

use chrono::{Datelike, Weekday};
use rust_xlsxwriter::Worksheet;

use super::{Formats, Rows, Sheet, abs_ref};
use crate::domain::Message;
use crate::domain::calendar::{self, CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY};
use crate::i18n::Language;
use crate::report::{ExportError, fmt_ja};

/// Workbook name of the dates column; WORKDAY.INTL's holiday list.
pub(crate) const DATES: &str = "TseHolidays";
/// Workbook name of the "date name" column, as the timetable cites a skipped closure.
pub(crate) const CITED: &str = "TseHolidayCited";

pub(crate) struct Holidays {
    pub worksheet: Worksheet,
    /// Workbook names and their ranges on this sheet.
    pub names: Vec<(&'static str, String)>,
}

/// A weekday closure as the app's timetable cites it in `language`: "2013-07-15 Marine
/// Day"; in Japanese the app's own derivation text for the skipped day,
/// 海の日の2013年7月15日（月）を除く, rendered from the same message so the two cannot
/// drift. (The English derivation adds "skipped", which the English sheet has always
/// left to its column title.)
pub(crate) fn cited(
    date: chrono::NaiveDate,
    closure: &calendar::Closure,
    language: Language,
) -> String {
    cited_name(date, &closure.to_string(), language)
}

/// [`cited`] for a closure known by its (English) name, as a timetable date keeps the
/// days it skipped.
pub(crate) fn cited_name(date: chrono::NaiveDate, name: &str, language: Language) -> String {
    match language {
        Language::English => format!("{date} {name}"),
        Language::Japanese => crate::report::summary::skipped(date, name).text(language),
    }
}

/// The closure's name: "Marine Day", 海の日.
fn closure_name(closure: &calendar::Closure, language: Language) -> String {
    let name = closure.to_string();
    match language {
        Language::English => name,
        Language::Japanese => fmt_ja::holiday(&name).to_owned(),
    }
}

pub(crate) fn sheet(f: &Formats) -> Result<Holidays, ExportError> {
    // The Japanese names and citations are wider: a kanji takes two digits' width
    // (年末年始の休業日（12月31日～1月3日）の2013年12月31日（火）を除く).
    let (name_width, cited_width) = match f.language {
        Language::English => (36.0, 48.0),
        Language::Japanese => (38.0, 66.0),
    };
    let mut w = Rows::new(
        Sheet::Holidays,
        &[
            ("xl-col-date", 12.0),
            ("xl-col-weekday", 9.0),
            ("xl-col-tse-closed-for", name_width),
            ("xl-col-cited-in-the-timetable-as", cited_width),
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
        w.text(r, 1, &super::words::weekday_name(date, f.language), &f.text)?;
        w.text(r, 2, &closure_name(&closure, f.language), &f.text)?;
        w.text(r, 3, &cited(date, &closure, f.language), &f.text)?;
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
    let timetable = f.sheet(Sheet::Timetable);
    let note = |id: &'static str| {
        Message::id(id)
            .with("first", CALENDAR_FIRST_DAY)
            .with("last", CALENDAR_LAST_DAY)
            .with("sheet", timetable.as_str())
            .with("name", DATES)
            .text(f.language)
    };
    for (i, id) in [
        "xl-holidays-note-1",
        "xl-holidays-note-2",
        "xl-holidays-note-3",
        "xl-holidays-note-4",
        "xl-holidays-note-5",
    ]
    .into_iter()
    .enumerate()
    {
        w.text(first + i as u32, 5, &note(id), &italic)?;
    }
    Ok(Holidays {
        worksheet: w.finish(false)?,
        names,
    })
}

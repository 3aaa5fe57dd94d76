//! Tokyo Stock Exchange business days.
//!
//! The TSE is closed on Saturdays, Sundays, Japanese national holidays (including substitute
//! and citizens' holidays) and over the year-end holidays, Dec 31 – Jan 3. The holiday table
//! is compiled in by build.rs from `assets/holidays/jp-holidays.csv`; a date outside the
//! table is refused with a [`FieldError`] rather than answered with a guess, because a wrong
//! settlement date is worse than no date.

use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};

use super::error::{FieldError, Message};

/// The generated table: `FIRST_YEAR`, `LAST_YEAR` and the sorted `HOLIDAYS` slice.
mod table {
    include!(concat!(env!("OUT_DIR"), "/holidays.rs"));
}

/// First year the holiday table covers (inclusive).
pub const CALENDAR_FIRST_YEAR: i32 = table::FIRST_YEAR;
/// Last year the holiday table covers (inclusive).
pub const CALENDAR_LAST_YEAR: i32 = table::LAST_YEAR;

/// First day the calendar answers for (Jan 1 of [`CALENDAR_FIRST_YEAR`]).
pub const CALENDAR_FIRST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(CALENDAR_FIRST_YEAR, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};
/// Last day the calendar answers for (Dec 31 of [`CALENDAR_LAST_YEAR`]).
pub const CALENDAR_LAST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(CALENDAR_LAST_YEAR, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// Why the TSE is closed on a day.
///
/// When several reasons apply, a national holiday wins over the year-end holidays, which win
/// over the weekend: the most specific name is the most useful one to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Closure {
    Saturday,
    Sunday,
    /// A national, substitute or citizens' holiday, with its English name.
    NationalHoliday(&'static str),
    /// Dec 31 – Jan 3 (Jan 1 itself reports as the New Year's Day national holiday).
    YearEndHolidays,
}

impl Closure {
    /// True for Saturday/Sunday closures, which never "push" a date the way a holiday does.
    pub fn is_weekend(&self) -> bool {
        matches!(self, Closure::Saturday | Closure::Sunday)
    }
}

impl fmt::Display for Closure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Closure::Saturday => f.write_str("Saturday"),
            Closure::Sunday => f.write_str("Sunday"),
            Closure::NationalHoliday(name) => f.write_str(name),
            Closure::YearEndHolidays => f.write_str("Year-end holidays (Dec 31 – Jan 3)"),
        }
    }
}

/// The refusal every lookup gives for a date outside the table.
fn out_of_range(field: &str, date: NaiveDate) -> FieldError {
    FieldError::new(
        field,
        Message::id("err-calendar-range")
            .with("first", CALENDAR_FIRST_DAY)
            .with("last", CALENDAR_LAST_DAY)
            .with("date", date),
    )
}

/// Refuses `date` unless the holiday table covers it; `field` names the caller's input so
/// the error points at the right widget (e.g. `schedule.calculation_date`).
pub fn ensure_in_calendar(date: NaiveDate, field: &str) -> Result<(), FieldError> {
    if (CALENDAR_FIRST_DAY..=CALENDAR_LAST_DAY).contains(&date) {
        Ok(())
    } else {
        Err(out_of_range(field, date))
    }
}

/// Binary search of the static table; only called for in-range dates.
fn table_holiday(date: NaiveDate) -> Option<&'static str> {
    let key = (date.year(), date.month(), date.day());
    table::HOLIDAYS
        .binary_search_by(|&(y, m, d, _)| (y, m, d).cmp(&key))
        .ok()
        .and_then(|i| table::HOLIDAYS.get(i))
        .map(|&(_, _, _, name)| name)
}

/// Closure of an in-range date (callers have checked the range).
fn closure_in_range(date: NaiveDate) -> Option<Closure> {
    if let Some(name) = table_holiday(date) {
        return Some(Closure::NationalHoliday(name));
    }
    match (date.month(), date.day()) {
        (12, 31) | (1, 1..=3) => return Some(Closure::YearEndHolidays),
        _ => {}
    }
    match date.weekday() {
        Weekday::Sat => Some(Closure::Saturday),
        Weekday::Sun => Some(Closure::Sunday),
        _ => None,
    }
}

/// The national holiday on `date`, if any (substitute and citizens' holidays included).
pub fn holiday_name(date: NaiveDate) -> Result<Option<&'static str>, FieldError> {
    ensure_in_calendar(date, "date")?;
    Ok(table_holiday(date))
}

/// Why the TSE is closed on `date`, or `None` when it is a business day.
pub fn closure(date: NaiveDate) -> Result<Option<Closure>, FieldError> {
    ensure_in_calendar(date, "date")?;
    Ok(closure_in_range(date))
}

/// Whether the TSE is open on `date`.
pub fn is_business_day(date: NaiveDate) -> Result<bool, FieldError> {
    Ok(closure(date)?.is_none())
}

/// Every closed day passed over while counting business days, in walking order.
pub type SkippedClosures = Vec<(NaiveDate, Closure)>;

/// Like [`add_business_days`], and also returns the closed days stepped over on the way
/// (strictly between `date` and the result), so a timetable can say which holiday pushed it.
pub fn add_business_days_traced(
    date: NaiveDate,
    n: i32,
) -> Result<(NaiveDate, SkippedClosures), FieldError> {
    ensure_in_calendar(date, "date")?;
    if n == 0 {
        return Err(FieldError::new(
            "business_days",
            Message::id("err-business-days-nonzero"),
        ));
    }
    let forward = n > 0;
    let mut remaining = n.unsigned_abs();
    let mut current = date;
    let mut skipped = Vec::new();
    while remaining > 0 {
        let step = if forward {
            current.succ_opt()
        } else {
            current.pred_opt()
        };
        current = match step {
            Some(d) if (CALENDAR_FIRST_DAY..=CALENDAR_LAST_DAY).contains(&d) => d,
            _ => {
                let edge = if forward {
                    CALENDAR_LAST_DAY
                } else {
                    CALENDAR_FIRST_DAY
                };
                return Err(FieldError::new(
                    "date",
                    Message::id("err-count-runs-past")
                        .with("n", i64::from(n))
                        .with("date", date)
                        .with("edge", edge)
                        .with("first", CALENDAR_FIRST_DAY)
                        .with("last", CALENDAR_LAST_DAY),
                ));
            }
        };
        match closure_in_range(current) {
            None => remaining -= 1,
            Some(c) => skipped.push((current, c)),
        }
    }
    Ok((current, skipped))
}

/// The `n`-th TSE business day strictly after `date` (`n >= 1`) or strictly before it
/// (`n <= -1`). `date` itself need not be a business day.
///
/// `n == 0` is refused (field `business_days`): "zero business days from a holiday" has no
/// single right answer, so the caller must say which way to roll.
pub fn add_business_days(date: NaiveDate, n: i32) -> Result<NaiveDate, FieldError> {
    add_business_days_traced(date, n).map(|(d, _)| d)
}

/// The first TSE business day strictly after `date`.
pub fn next_business_day(date: NaiveDate) -> Result<NaiveDate, FieldError> {
    add_business_days(date, 1)
}

/// The last TSE business day strictly before `date`.
pub fn previous_business_day(date: NaiveDate) -> Result<NaiveDate, FieldError> {
    add_business_days(date, -1)
}

/// The TSE business days from `from` to `to`, both inclusive; `from > to` is refused
/// (field `to`) rather than returning an empty list that would hide a swapped pair.
pub fn business_days_between(from: NaiveDate, to: NaiveDate) -> Result<Vec<NaiveDate>, FieldError> {
    ensure_in_calendar(from, "date")?;
    ensure_in_calendar(to, "date")?;
    if from > to {
        return Err(FieldError::new(
            "to",
            Message::id("err-to-before-from")
                .with("from", from)
                .with("to", to),
        ));
    }
    Ok(from
        .iter_days()
        .take_while(|d| *d <= to)
        .filter(|d| closure_in_range(*d).is_none())
        .collect())
}

/// Every holiday in the table, in date order.
pub fn holidays() -> impl Iterator<Item = (NaiveDate, &'static str)> {
    table::HOLIDAYS
        .iter()
        .filter_map(|&(y, m, d, name)| NaiveDate::from_ymd_opt(y, m, d).map(|date| (date, name)))
}

/// The holidays of one year, in date order; years outside the table are refused.
pub fn holidays_in_year(year: i32) -> Result<Vec<(NaiveDate, &'static str)>, FieldError> {
    if !(CALENDAR_FIRST_YEAR..=CALENDAR_LAST_YEAR).contains(&year) {
        return Err(FieldError::new(
            "year",
            Message::id("err-calendar-years")
                .with("first", CALENDAR_FIRST_YEAR.to_string())
                .with("last", CALENDAR_LAST_YEAR.to_string())
                .with("year", year.to_string()),
        ));
    }
    Ok(holidays().filter(|(d, _)| d.year() == year).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn only_weekends_count_as_weekend_closures() {
        // 2013-07-13 is a Saturday, 07-14 a Sunday, 07-15 Marine Day (a Monday).
        let closed = |y, m, d| closure(ymd(y, m, d)).unwrap().unwrap();
        assert!(closed(2013, 7, 13).is_weekend());
        assert!(closed(2013, 7, 14).is_weekend());
        assert!(!closed(2013, 7, 15).is_weekend());
        // Dec 31 (a Tuesday in 2013) closes for the year-end holidays, not a weekend.
        assert!(!closed(2013, 12, 31).is_weekend());
    }

    #[test]
    fn table_bounds_match_constants() {
        assert_eq!(CALENDAR_FIRST_DAY, ymd(1990, 1, 1));
        assert_eq!(CALENDAR_LAST_DAY, ymd(2060, 12, 31));
        assert!(
            table::HOLIDAYS
                .windows(2)
                .all(|w| (w[0].0, w[0].1, w[0].2) < (w[1].0, w[1].1, w[1].2))
        );
    }

    #[test]
    fn precedence_holiday_over_year_end_over_weekend() {
        // 2017-01-01 was a Sunday and New Year's Day; 2017-01-02 its substitute holiday.
        assert_eq!(
            closure_in_range(ymd(2017, 1, 1)),
            Some(Closure::NationalHoliday("New Year's Day"))
        );
        assert_eq!(
            closure_in_range(ymd(2017, 1, 2)),
            Some(Closure::NationalHoliday("Substitute holiday"))
        );
        // 2022-01-01 Saturday: a holiday; 2022-01-02 Sunday: year-end beats Sunday.
        assert_eq!(
            closure_in_range(ymd(2022, 1, 2)),
            Some(Closure::YearEndHolidays)
        );
    }

    #[test]
    fn counting_past_the_table_is_refused() {
        let err = add_business_days(ymd(2060, 12, 28), 5).unwrap_err();
        assert_eq!(err.field, "date");
        assert!(err.message().contains("2060-12-31"), "{}", err.message());
        assert!(add_business_days(ymd(1990, 1, 5), -3).is_err());
    }
}

//! A date axis for the charts: x is days since 1970-01-01, grid lines fall on
//! calendar boundaries (days, Mondays, months, quarters, years) and labels read as
//! dates, so a zoomed chart still says which week it shows.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use egui_plot::{GridInput, GridMark};

/// `NaiveDate::num_days_from_ce` of 1970-01-01.
const EPOCH_CE: i32 = 719_163;

/// Grid steps short of a month, in days: every day, every Monday.
const DAY_STEPS: [i64; 2] = [1, 7];
/// Grid steps in months: month, quarter, half-year, 1, 2, 5, 10, 20, 50 years.
const MONTH_STEPS: [i32; 9] = [1, 3, 6, 12, 24, 60, 120, 240, 600];
/// At most this many marks per level, whatever the zoom.
const MAX_MARKS: usize = 4_000;

/// The chart's x for a date.
pub fn to_x(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce() - EPOCH_CE)
}

/// The date containing chart position `x`; `None` far outside the calendar.
pub fn from_x(x: f64) -> Option<NaiveDate> {
    if !x.is_finite() || x.abs() > 1.0e8 {
        return None;
    }
    let days = i32::try_from(x.floor() as i64 + i64::from(EPOCH_CE)).ok()?;
    NaiveDate::from_num_days_from_ce_opt(days)
}

/// "2013-07-11" for hover read-outs.
pub fn day_text(x: f64) -> String {
    from_x(x).map(|d| d.to_string()).unwrap_or_default()
}

/// Axis label: "2013-07" when marks are a month or more apart, "2013-07-11" closer in.
pub fn axis_label(mark: GridMark) -> String {
    match from_x(mark.value) {
        Some(d) if mark.step_size >= 28.0 => d.format("%Y-%m").to_string(),
        Some(d) => d.to_string(),
        None => String::new(),
    }
}

#[derive(Clone, Copy)]
enum Step {
    Days(i64),
    Months(i32),
}

impl Step {
    /// Approximate length in days: sets which level is fine enough and line weight.
    fn days(self) -> f64 {
        match self {
            Step::Days(n) => n as f64,
            Step::Months(m) => f64::from(m) * 30.436_875,
        }
    }
}

fn steps() -> impl Iterator<Item = Step> {
    DAY_STEPS
        .into_iter()
        .map(Step::Days)
        .chain(MONTH_STEPS.into_iter().map(Step::Months))
}

/// Grid spacer: the finest calendar step at least `base_step_size` apart and the
/// next two coarser ones, so lines and labels thin out as the user zooms out.
pub fn spacer(input: GridInput) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    if !(min.is_finite() && max.is_finite() && min < max) {
        return Vec::new();
    }
    let chosen: Vec<Step> = steps()
        .skip_while(|s| s.days() < input.base_step_size)
        .take(3)
        .collect();
    // Keyed by whole day: coarser levels come later and replace a finer mark there.
    let mut marks: BTreeMap<i64, GridMark> = BTreeMap::new();
    for step in chosen {
        let new = match step {
            Step::Days(n) => day_marks(n, min, max),
            Step::Months(m) => month_marks(m, min, max),
        };
        for value in new {
            let mark = GridMark {
                value,
                step_size: step.days(),
            };
            marks.insert(value as i64, mark);
        }
    }
    marks.into_values().collect()
}

fn day_marks(n: i64, min: f64, max: f64) -> Vec<f64> {
    // 1970-01-05 (x = 4) was a Monday: weekly marks fall on Mondays.
    let offset = if n == 7 { 4 } else { 0 };
    let first = min.ceil() as i64;
    let aligned = first + (offset - first).rem_euclid(n);
    (0..)
        .map(|k| (aligned + k * n) as f64)
        .take_while(|x| *x <= max)
        .take(MAX_MARKS)
        .collect()
}

fn month_marks(step: i32, min: f64, max: f64) -> Vec<f64> {
    let month_index = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
    let (Some(lo), Some(hi)) = (from_x(min), from_x(max)) else {
        return Vec::new();
    };
    let (lo, hi) = (month_index(lo), month_index(hi));
    let first = lo + (-lo).rem_euclid(step);
    (0..)
        .map(|k| first + k * step)
        .take_while(|m| *m <= hi)
        .take(MAX_MARKS)
        .filter_map(|m| NaiveDate::from_ymd_opt(m.div_euclid(12), m.rem_euclid(12) as u32 + 1, 1))
        .map(to_x)
        .filter(|x| *x >= min && *x <= max)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_round_trip_through_x() {
        assert_eq!(to_x(d(1970, 1, 1)), 0.0);
        for date in [d(2005, 12, 2), d(2013, 7, 11), d(1960, 2, 29)] {
            assert_eq!(from_x(to_x(date)), Some(date));
            assert_eq!(from_x(to_x(date) + 0.7), Some(date));
        }
        assert_eq!(from_x(f64::NAN), None);
        assert_eq!(from_x(1e300), None);
    }

    #[test]
    fn marks_fall_on_calendar_boundaries() {
        // Eight years at ~1,000 px with 8 px minimum spacing: months and coarser.
        let (min, max) = (to_x(d(2005, 12, 2)), to_x(d(2013, 7, 11)));
        let marks = spacer(GridInput {
            bounds: (min, max),
            base_step_size: (max - min) / 1000.0 * 8.0,
        });
        assert!(!marks.is_empty());
        for m in &marks {
            let date = from_x(m.value).unwrap();
            assert_eq!(date.day(), 1, "{date}");
        }
        assert!(marks.iter().any(|m| axis_label(*m) == "2010-01"));
        // A fortnight: daily and weekly marks, labelled with the day.
        let (min, max) = (to_x(d(2013, 7, 1)), to_x(d(2013, 7, 14)));
        let marks = spacer(GridInput {
            bounds: (min, max),
            base_step_size: 0.5,
        });
        let monday = marks
            .iter()
            .find(|m| m.value == to_x(d(2013, 7, 8)))
            .unwrap();
        assert_eq!(monday.step_size, 7.0);
        assert_eq!(axis_label(*monday), "2013-07-08");
    }

    #[test]
    fn absurd_bounds_give_no_marks_rather_than_hanging() {
        for (min, max, base) in [
            (-1e12, 1e12, 1e9),
            (f64::NEG_INFINITY, 0.0, 1.0),
            (5.0, 5.0, 1.0),
            (0.0, 1e7, 1e-3),
        ] {
            let marks = spacer(GridInput {
                bounds: (min, max),
                base_step_size: base,
            });
            assert!(marks.len() <= 3 * MAX_MARKS);
        }
    }
}

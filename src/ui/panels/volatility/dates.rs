//! A date axis for the charts: x is days since 1970-01-01, grid lines fall on
//! calendar boundaries (days, Mondays, months, quarters, years) and labels read as
//! dates, so a zoomed chart still says which week it shows.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use egui_plot::{AxisHints, GridInput, GridMark};

/// `NaiveDate::num_days_from_ce` of 1970-01-01.
const EPOCH_CE: i32 = 719_163;

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

/// Axis label, as fine as the mark's step: "2013-07-11" for days and weeks,
/// "2013-07" for months and quarters, "2013" for years.
pub fn axis_label(mark: GridMark) -> String {
    let Some(d) = from_x(mark.value) else {
        return String::new();
    };
    let format = if mark.step_size < MONTH_DAYS - 3.0 {
        "%Y-%m-%d"
    } else if mark.step_size < YEAR_DAYS - 1.0 {
        "%Y-%m"
    } else {
        "%Y"
    };
    d.format(format).to_string()
}

/// Average month and year in days: the nominal step sizes of month-based marks.
const MONTH_DAYS: f64 = 30.436_875;
const YEAR_DAYS: f64 = 12.0 * MONTH_DAYS;

/// Grid lines closer than this are not drawn (the plots' `grid_spacing` minimum): the
/// spacer reads the scale from `GridInput::base_step_size`, which is this many points
/// in days.
pub const GRID_MIN_SPACING: f32 = 8.0;
/// Upper end of the plots' grid spacing (lines fade in between).
pub const GRID_MAX_SPACING: f32 = 300.0;

/// Estimated width of a label in the axis font, in points: 7 pt a character plus 2.
/// egui's default font at body size draws "2013-07-11" 66 pt wide, "2013-07" 47.7 and
/// "2000" 29.3 (a unit test measures them); zoom scales text and points alike.
pub const fn label_width_estimate(chars: usize) -> f32 {
    7.0 * chars as f32 + 2.0
}

/// Clear space between neighbouring labels.
pub const LABEL_GAP: f32 = 12.0;
/// A level's marks are labelled when its nominal spacing exceeds this many points; egui
/// hides the labels of closer levels (`AxisHints::label_spacing`), so the finest
/// labelled level is the one [`choose`] names. The widest label, a day
/// ("2013-07-11", 72 pt estimated), sets it: day steps are exact, so 72 + 12 = 84 pt
/// keeps day labels apart. Month labels (51 pt) need (51 + 12) / 0.919 = 69 pt, since
/// February is 0.919 of the average month; year labels (30 pt) need 42 pt.
pub const LABEL_MIN_SPACING: f32 = label_width_estimate(10) + LABEL_GAP;

/// The x axis of the date charts: labels only where they fit, as dates.
pub fn x_axis<'a>() -> AxisHints<'a> {
    AxisHints::new_x()
        .label_spacing(LABEL_MIN_SPACING..=LABEL_MIN_SPACING + 1.0)
        .formatter(|mark, _| axis_label(mark))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Days(i64),
    Months(i32),
}

impl Step {
    /// True when every mark of `self` is also a mark of `finer`: the same unit and a
    /// whole multiple (fortnights fall on Mondays, which are even days since 1970-01-01).
    fn is_multiple_of(self, finer: Step) -> bool {
        match (self, finer) {
            (Step::Days(a), Step::Days(b)) => a % b == 0,
            (Step::Months(a), Step::Months(b)) => a % b == 0,
            _ => false,
        }
    }

    /// Nominal length in days: what the marks report as their step size.
    pub fn days(self) -> f64 {
        match self {
            Step::Days(n) => n as f64,
            Step::Months(m) => f64::from(m) * MONTH_DAYS,
        }
    }
}

/// Every calendar step, finest first: days, every other day, weeks (Mondays),
/// fortnights, months, two months, quarters, half-years, years, 2, 5, 10, 20, 50 years,
/// and on to 1,000 years so that even a nonsense span keeps a few labels.
const STEPS: [Step; 18] = [
    Step::Days(1),
    Step::Days(2),
    Step::Days(7),
    Step::Days(14),
    Step::Months(1),
    Step::Months(2),
    Step::Months(3),
    Step::Months(6),
    Step::Months(12),
    Step::Months(24),
    Step::Months(60),
    Step::Months(120),
    Step::Months(240),
    Step::Months(600),
    Step::Months(1_200),
    Step::Months(2_400),
    Step::Months(6_000),
    Step::Months(12_000),
];

/// The levels drawn at one scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticks {
    /// Grid levels, finest first: every level from the finest at least
    /// [`GRID_MIN_SPACING`] apart up to the labelled one and one coarser.
    pub levels: Vec<Step>,
    /// The finest level whose labels fit; `None` only at absurd zoom (1,000 years per
    /// label width).
    pub label: Option<Step>,
}

/// Chooses grid and label levels for a scale of `days_per_point`.
pub fn choose(days_per_point: f64) -> Ticks {
    if !(days_per_point.is_finite() && days_per_point > 0.0) {
        return Ticks {
            levels: Vec::new(),
            label: None,
        };
    }
    let points = |s: &Step| s.days() / days_per_point;
    let label = STEPS
        .iter()
        .position(|s| points(s) > f64::from(LABEL_MIN_SPACING));
    let first = STEPS
        .iter()
        .position(|s| points(s) >= f64::from(GRID_MIN_SPACING))
        .unwrap_or(STEPS.len() - 1);
    let last = label.unwrap_or(STEPS.len() - 1);
    let mut levels = STEPS[first.min(last)..=last].to_vec();
    // One coarser level for stronger lines, only if its marks are label marks too: a
    // 5-year mark between 2-year labels would crowd them.
    if let Some(l) = label
        && let Some(coarser) = STEPS[l + 1..].iter().find(|s| s.is_multiple_of(STEPS[l]))
    {
        levels.push(*coarser);
    }
    Ticks {
        levels,
        label: label.map(|l| STEPS[l]),
    }
}

/// Grid spacer: the levels [`choose`] picks for the plot's scale, each mark with its
/// level's nominal step (which is what egui fades lines and hides labels by).
pub fn spacer(input: GridInput) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    if !(min.is_finite() && max.is_finite() && min < max) {
        return Vec::new();
    }
    let days_per_point = input.base_step_size / f64::from(GRID_MIN_SPACING);
    // Keyed by whole day: coarser levels come later and replace a finer mark there.
    let mut marks: BTreeMap<i64, GridMark> = BTreeMap::new();
    for step in choose(days_per_point).levels {
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
    // 1970-01-05 (x = 4) was a Monday: weekly and fortnightly marks fall on Mondays.
    let offset = if n % 7 == 0 { 4 } else { 0 };
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
        // 2.8 days a point: a year is 130 pt, the finest level whose labels fit.
        assert!(marks.iter().any(|m| axis_label(*m) == "2010"));
        assert!(marks.iter().any(|m| axis_label(*m) == "2010-02"));
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
        // Weekly labels; this Monday is also a fortnight mark.
        assert!(monday.step_size >= 7.0);
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
            assert!(marks.len() <= STEPS.len() * MAX_MARKS);
        }
    }

    fn estimated_width(label: &str) -> f32 {
        label_width_estimate(label.chars().count())
    }

    /// The labels egui draws for `marks` at `days_per_point`: those whose level's
    /// nominal spacing exceeds the axis's label spacing (egui's own rule).
    fn drawn_labels(marks: &[GridMark], days_per_point: f64) -> Vec<(f64, String)> {
        marks
            .iter()
            .filter(|m| m.step_size / days_per_point > f64::from(LABEL_MIN_SPACING))
            .map(|m| (m.value, axis_label(*m)))
            .collect()
    }

    #[test]
    fn every_span_from_a_week_to_fifty_years_gets_labels_that_never_overlap() {
        let spans_days = [
            7.0,
            10.0,
            14.0,
            31.0,
            61.0,
            92.0,
            183.0,
            365.0,
            730.0,
            1_826.0,
            2_778.0,
            3_652.0,
            9_497.0,
            10_957.0,
            18_262.0,
            2_000_000.0,
        ];
        // The last span is 5,475 years of nonsense data (a file of 2,000,000 days).
        let start = to_x(d(1975, 3, 14));
        for width in [600.0, 800.0, 1_000.0, 1_216.0, 1_280.0, 1_500.0] {
            for span in spans_days {
                let days_per_point = span / width;
                let marks = spacer(GridInput {
                    bounds: (start, start + span),
                    base_step_size: days_per_point * f64::from(GRID_MIN_SPACING),
                });
                let labels = drawn_labels(&marks, days_per_point);
                let case = format!("{span} days at {width} pt");
                assert!(labels.len() >= 2, "{case}: {labels:?}");
                assert!(labels.iter().all(|(_, t)| !t.is_empty()), "{case}");
                for pair in labels.windows(2) {
                    let ((x0, t0), (x1, t1)) = (&pair[0], &pair[1]);
                    assert!(x1 > x0, "{case}: out of order {t0} {t1}");
                    assert!(from_x(*x1) > from_x(*x0), "{case}");
                    let apart = ((x1 - x0) / days_per_point) as f32;
                    let needed = (estimated_width(t0) + estimated_width(t1)) / 2.0 + LABEL_GAP;
                    assert!(apart >= needed, "{case}: {t0} and {t1} {apart} pt apart");
                }
                // Not so sparse that the axis says little: at most 2 labels short of
                // what the width allows at the label level's real spacing.
                assert!(
                    labels.len() as f64 >= (width / 250.0).min(3.0),
                    "{case}: {labels:?}"
                );
            }
        }
    }

    #[test]
    fn a_26_year_history_is_labelled_in_years() {
        // 1999-07 … 2025-07 across 1,216 pt (a 1,280 px window less the y axis):
        // 7.8 days a point, so a year is 47 pt and two years 94 pt (over 84): labels
        // every two years (13 of them), grid lines at quarters, half-years, years, 2 and
        // 10 years.
        let (min, max) = (to_x(d(1999, 7, 1)), to_x(d(2025, 7, 1)));
        let days_per_point = (max - min) / 1_216.0;
        let ticks = choose(days_per_point);
        assert_eq!(ticks.label, Some(Step::Months(24)));
        assert_eq!(
            ticks.levels,
            vec![
                Step::Months(3),
                Step::Months(6),
                Step::Months(12),
                Step::Months(24),
                Step::Months(120)
            ]
        );
        let marks = spacer(GridInput {
            bounds: (min, max),
            base_step_size: days_per_point * f64::from(GRID_MIN_SPACING),
        });
        let labels: Vec<String> = drawn_labels(&marks, days_per_point)
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        let expected: Vec<String> = (2000..=2024).step_by(2).map(|y| y.to_string()).collect();
        assert_eq!(labels, expected);
    }

    #[test]
    fn the_width_estimate_covers_the_real_font() {
        use eframe::egui;
        let ctx = egui::Context::default();
        crate::ui::fonts::install(&ctx);
        let mut widths = Vec::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let font = egui::TextStyle::Body.resolve(ui.style());
            for text in ["2013-07-11", "2008-08-28", "2013-07", "2000"] {
                let galley = ui.painter().layout_no_wrap(
                    text.to_owned(),
                    font.clone(),
                    egui::Color32::WHITE,
                );
                widths.push((text, galley.size().x));
            }
        });
        output.textures_delta.clear();
        assert_eq!(widths.len(), 4);
        for (text, width) in widths {
            assert!(width <= estimated_width(text), "{text}: {width} pt");
        }
    }
}

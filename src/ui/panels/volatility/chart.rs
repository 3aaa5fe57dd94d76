//! The price and rolling-volatility charts. The series come from the domain
//! (split adjustment, sampling, rolling σ) and are cached: with 30 years of daily
//! closes, deriving them every frame would make the panel stutter.

use crate::ui::lang::{tr, tr_args};
use std::ops::RangeInclusive;

use eframe::egui::{self, Color32, Ui};
use egui_plot::{
    CoordinatesFormatter, Corner, HLine, HoverPosition, Legend, Line, LineStyle, MarkerShape, Plot,
    PlotPoint, PlotPoints, Points, Span, Text, VLine,
};
use rust_decimal::Decimal;

use super::dates;
use crate::domain::money::{format_grouped, round_half_up};
use crate::domain::split_check::SuspectedSplit;
use crate::domain::volatility::{Close, Frequency, adjust_for_splits, rolling_volatility, sample};
use crate::scenario::PriceHistory;

/// Room for the y tick labels and axis title, the same in both plots.
const Y_AXIS_WIDTH: f32 = 64.0;

/// The plotted series of one price history and its settings.
struct Series {
    /// Split-adjusted closes, every trading day.
    daily: Vec<PlotPoint>,
    /// The sampled closes (weekly); empty when sampling daily (they are `daily`).
    samples: Vec<PlotPoint>,
    /// Annualised σ over each rolling window, at the window's last sample.
    rolling: Vec<PlotPoint>,
    /// The pricing window, the series' ends where the window leaves them open.
    window: Option<RangeInclusive<f64>>,
    rolling_returns: u32,
    frequency: Frequency,
}

/// The derived series, kept until the history or its settings change.
#[derive(Default)]
pub struct ChartCache {
    /// The history the series were derived from: compared in full each frame (tens of
    /// microseconds for 30 years of closes), cloned only when it changes.
    key: Option<PriceHistory>,
    series: Option<Result<Series, String>>,
    /// How many times the series were derived (tests check that frames reuse them).
    pub derivations: usize,
}

impl ChartCache {
    /// Derives the series if `history` differs from the one cached.
    pub fn update(&mut self, history: &PriceHistory) {
        if self.key.as_ref() != Some(history) || self.series.is_none() {
            self.series = Some(derive(history));
            self.key = Some(history.clone());
            self.derivations += 1;
        }
    }

    /// The price chart and, linked on the x axis below it, the rolling σ. `sigma` is
    /// the window's σ from the results, drawn as a reference line; `suspects` are
    /// marked where they are.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        history: &PriceHistory,
        sigma: Option<f64>,
        suspects: &[SuspectedSplit],
    ) {
        self.update(history);
        match &self.series {
            Some(Ok(series)) if !series.daily.is_empty() => draw(ui, series, sigma, suspects),
            Some(Ok(_)) => {
                ui.label(tr(ui, "ui-no-closes-to-chart-import-a-price-history"));
            }
            Some(Err(message)) => crate::ui::results::problem(ui, message),
            None => {}
        }
    }
}

fn points(closes: &[Close]) -> Vec<PlotPoint> {
    closes
        .iter()
        .map(|c| PlotPoint::new(dates::to_x(c.date), c.close))
        .collect()
}

fn derive(h: &PriceHistory) -> Result<Series, String> {
    let adjusted =
        adjust_for_splits(&h.closes_f64(), &h.split_events()).map_err(|e| e.to_string())?;
    let frequency: Frequency = h.frequency.into();
    let sampled = sample(&adjusted, frequency);
    let rolling = rolling_volatility(&sampled, h.rolling_returns as usize, frequency)
        .into_iter()
        .map(|(date, sigma)| PlotPoint::new(dates::to_x(date), sigma))
        .collect();
    let window = match (adjusted.first(), adjusted.last()) {
        (Some(first), Some(last)) => {
            let start = h.window_start.unwrap_or(first.date);
            let end = h.window_end.unwrap_or(last.date);
            Some(dates::to_x(start)..=dates::to_x(end))
        }
        _ => None,
    };
    Ok(Series {
        samples: match frequency {
            Frequency::Weekly => points(&sampled),
            Frequency::Daily => Vec::new(),
        },
        daily: points(&adjusted),
        rolling,
        window,
        rolling_returns: h.rolling_returns,
        frequency,
    })
}

fn price_text(y: f64) -> String {
    Decimal::from_f64_retain(y)
        .map(|v| format!("JPY {}", format_grouped(round_half_up(v, 2))))
        .unwrap_or_default()
}

/// Decimals a tick needs to tell it from its neighbour `step` away.
fn tick_decimals(step: f64) -> u32 {
    if step.is_finite() && step > 0.0 {
        (-step.log10().floor()).clamp(0.0, 8.0) as u32
    } else {
        0
    }
}

fn sigma_text(y: f64) -> String {
    format!("σ {:.2} %", y * 100.0)
}

/// Hover read-out: the series, the date and the value as the axis reads it.
fn read_out(pos: &HoverPosition<'_>, value: fn(f64) -> String) -> Option<String> {
    Some(match pos {
        HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } => format!(
            "{plot_name}\n{}\n{}",
            dates::day_text(position.x),
            value(position.y)
        ),
        HoverPosition::Elsewhere { position } => {
            format!("{}\n{}", dates::day_text(position.x), value(position.y))
        }
    })
}

fn window_span(series: &Series, color: Color32, words: &Words) -> Option<Span> {
    series.window.clone().map(|range| {
        Span::new(words.window.as_str(), range)
            .fill(color.gamma_multiply(0.12))
            .border_color(color.gamma_multiply(0.6))
    })
}

/// The charts' legend words in the window's language, taken before the plots borrow
/// `ui` for themselves.
struct Words {
    language: crate::i18n::Language,
    window: String,
    /// One legend entry for all the suspected-split markers.
    suspect: String,
    daily: String,
    samples: String,
}

impl Words {
    fn of(ui: &Ui, frequency: Frequency) -> Self {
        Self {
            language: crate::ui::lang::language(ui.ctx()),
            window: tr(ui, "chart-pricing-window"),
            suspect: tr(ui, "chart-suspected-split"),
            daily: tr(ui, "chart-daily-close"),
            samples: match frequency {
                Frequency::Weekly => tr(ui, "chart-weekly-closes"),
                Frequency::Daily => tr(ui, "chart-daily-closes"),
            },
        }
    }
}

/// A dashed line at each suspected split; with `label_at` (the y of the series' top
/// and the x of its middle), a label naming the ratio it suggests, on the side of the
/// line facing the middle. The label is placed from the data, not the plot bounds: a
/// label at the bounds' edge would widen the bounds every frame.
fn mark_suspects(
    plot: &mut egui_plot::PlotUi<'_>,
    suspects: &[SuspectedSplit],
    color: Color32,
    label_at: Option<(f64, f64)>,
    words: &Words,
) {
    for s in suspects {
        let x = dates::to_x(s.date);
        plot.vline(
            VLine::new(words.suspect.as_str(), x)
                .id(("suspect-line", s.date))
                .color(color)
                .width(1.5)
                .style(LineStyle::dashed_loose()),
        );
        let Some((top, middle)) = label_at else {
            continue;
        };
        let text = match s.suggested {
            Some(r) if s.unadjusted() => crate::domain::Message::id("chart-suspect-looks-like")
                .with("date", s.date.to_string())
                .with(
                    "ratio",
                    crate::ui::history_words::ratio_words(words.language, r),
                ),
            _ => crate::domain::Message::id("chart-suspect-check").with("date", s.date.to_string()),
        }
        .text(words.language);
        let anchor = if x > middle {
            egui::Align2::RIGHT_TOP
        } else {
            egui::Align2::LEFT_TOP
        };
        plot.text(
            Text::new(
                words.suspect.as_str(),
                PlotPoint::new(x, top),
                egui::RichText::new(text).size(13.0),
            )
            .id(("suspect-text", s.date))
            .color(color)
            .anchor(anchor),
        );
    }
}

fn draw(ui: &mut Ui, series: &Series, sigma: Option<f64>, suspects: &[SuspectedSplit]) {
    let accent = ui.visuals().selection.bg_fill;
    // Red, apart from the orange weekly closes.
    let alarm = ui.visuals().error_fg_color;
    let link = egui::Id::unique("vol-x");
    // Both plots span the whole series with equal axis widths, so dates line up.
    let (first, last) = match (series.daily.first(), series.daily.last()) {
        (Some(f), Some(l)) => (f.x, l.x),
        _ => (0.0, 1.0),
    };
    let top = series.daily.iter().map(|p| p.y).fold(f64::MIN, f64::max);
    let words = Words::of(ui, series.frequency);
    let sample_word = words.samples.as_str();
    Plot::new("volatility-price")
        .height(260.0)
        .legend(Legend::default().position(Corner::LeftTop))
        .link_axis(link, [true, false])
        .link_cursor(link, [true, false])
        .include_x(first)
        .include_x(last)
        .y_axis_min_width(Y_AXIS_WIDTH)
        .custom_x_axes(vec![dates::x_axis()])
        .x_grid_spacer(dates::spacer)
        .grid_spacing(dates::GRID_MIN_SPACING..=dates::GRID_MAX_SPACING)
        .y_axis_label(tr(ui, "ui-jpy-per-share-split-adjusted"))
        .y_axis_formatter(|mark, _| {
            Decimal::from_f64_retain(mark.value)
                .map(|v| format_grouped(round_half_up(v, tick_decimals(mark.step_size))))
                .unwrap_or_default()
        })
        .label_formatter(|pos| read_out(pos, price_text))
        .coordinates_formatter(
            Corner::RightBottom,
            CoordinatesFormatter::new(|p, _| {
                format!("{}  {}", dates::day_text(p.x), price_text(p.y))
            }),
        )
        .allow_scroll(false)
        .show(ui, |plot| {
            if let Some(span) = window_span(series, accent, &words) {
                plot.span(span);
            }
            plot.line(
                Line::new(words.daily.as_str(), PlotPoints::Borrowed(&series.daily))
                    .width(1.0)
                    .color(Color32::from_rgb(120, 140, 170)),
            );
            mark_suspects(
                plot,
                suspects,
                alarm,
                Some((top, (first + last) / 2.0)),
                &words,
            );
            if !series.samples.is_empty() {
                plot.points(
                    Points::new(sample_word, PlotPoints::Borrowed(&series.samples))
                        .radius(1.6)
                        .shape(MarkerShape::Circle)
                        .color(Color32::from_rgb(230, 120, 30)),
                );
            }
        });

    let rolling_name = tr_args(
        ui,
        "chart-rolling-sigma",
        &[
            ("returns", &series.rolling_returns.to_string()),
            (
                "frequency",
                &tr(
                    ui,
                    match series.frequency {
                        Frequency::Daily => "der-daily",
                        Frequency::Weekly => "der-weekly",
                    },
                ),
            ),
        ],
    );
    let sigma_name = tr(ui, "chart-sigma-of-the-window");
    Plot::new("volatility-rolling")
        .height(170.0)
        .legend(Legend::default().position(Corner::LeftTop))
        .link_axis(link, [true, false])
        .link_cursor(link, [true, false])
        .include_x(first)
        .include_x(last)
        .y_axis_min_width(Y_AXIS_WIDTH)
        .custom_x_axes(vec![dates::x_axis()])
        .x_grid_spacer(dates::spacer)
        .grid_spacing(dates::GRID_MIN_SPACING..=dates::GRID_MAX_SPACING)
        .y_axis_formatter(|mark, _| {
            let dp = tick_decimals(mark.step_size * 100.0) as usize;
            format!("{:.dp$} %", mark.value * 100.0)
        })
        .y_axis_label(tr(ui, "ui-annualised"))
        .include_y(0.0)
        .label_formatter(|pos| read_out(pos, sigma_text))
        .coordinates_formatter(
            Corner::RightBottom,
            CoordinatesFormatter::new(|p, _| {
                format!("{}  {}", dates::day_text(p.x), sigma_text(p.y))
            }),
        )
        .allow_scroll(false)
        .show(ui, |plot| {
            if let Some(span) = window_span(series, accent, &words) {
                plot.span(span);
            }
            if let Some(sigma) = sigma {
                plot.hline(HLine::new(sigma_name.as_str(), sigma).color(accent));
            }
            mark_suspects(plot, suspects, alarm, None, &words);
            plot.line(
                Line::new(rolling_name, PlotPoints::Borrowed(&series.rolling))
                    .width(1.2)
                    .color(Color32::from_rgb(200, 60, 60)),
            );
        });
    if series.rolling.is_empty() {
        ui.label(
            egui::RichText::new(crate::ui::lang::tr_args(
                ui,
                "chart-too-few-samples",
                &[("returns", &series.rolling_returns.to_string())],
            ))
            .weak(),
        );
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    use super::*;
    use crate::scenario::FrequencyTerm;
    use crate::scenario::{PricePoint, SplitTerms};

    /// ~30 years of weekday closes with a 1:200 split in the middle.
    fn long_history() -> PriceHistory {
        let mut date = NaiveDate::from_ymd_opt(1995, 1, 2).unwrap();
        let mut closes = Vec::new();
        let mut price = 500_000i64;
        while closes.len() < 7_800 {
            if chrono::Datelike::weekday(&date).num_days_from_monday() < 5 {
                let split = date >= NaiveDate::from_ymd_opt(2010, 1, 4).unwrap();
                let shown = if split { price / 200 } else { price };
                closes.push(PricePoint {
                    date,
                    close: Decimal::from(shown.max(1)),
                });
                price += if closes.len() % 3 == 0 { -2_000 } else { 1_500 };
            }
            date = date.succ_opt().unwrap();
        }
        PriceHistory {
            source: "test".into(),
            closes,
            splits: vec![SplitTerms {
                effective_date: NaiveDate::from_ymd_opt(2010, 1, 4).unwrap(),
                ratio: Decimal::from(200),
            }],
            window_start: None,
            window_end: None,
            frequency: FrequencyTerm::Weekly,
            rolling_returns: 52,
            confirmed_moves: Vec::new(),
        }
    }

    #[test]
    fn unchanged_history_is_not_derived_again() {
        let mut history = long_history();
        let mut cache = ChartCache::default();
        let started = Instant::now();
        cache.update(&history);
        let first = started.elapsed();
        let started = Instant::now();
        for _ in 0..100 {
            cache.update(&history);
        }
        let per_frame = started.elapsed() / 100;
        assert_eq!(cache.derivations, 1);
        // The key is a sparse hash: far cheaper than deriving.
        assert!(
            per_frame < first,
            "cache check {per_frame:?} vs derive {first:?}"
        );
        let series = cache.series.as_ref().unwrap().as_ref().unwrap();
        assert_eq!(series.daily.len(), 7_800);
        assert!(series.samples.len() > 1_500);
        assert!(!series.rolling.is_empty());

        for edit in [
            (|h: &mut PriceHistory| h.splits.clear()) as fn(&mut PriceHistory),
            |h| h.window_start = NaiveDate::from_ymd_opt(2005, 12, 2),
            |h| h.frequency = FrequencyTerm::Daily,
            |h| h.rolling_returns = 26,
            |h| h.closes.truncate(7_000),
            |h| {
                let last = h.closes.len() - 1;
                h.closes[last].close += Decimal::ONE
            },
        ] {
            let before = cache.derivations;
            edit(&mut history);
            cache.update(&history);
            assert_eq!(cache.derivations, before + 1);
        }
    }

    #[test]
    fn the_split_keeps_the_adjusted_series_continuous() {
        let mut cache = ChartCache::default();
        cache.update(&long_history());
        let series = cache.series.as_ref().unwrap().as_ref().unwrap();
        let worst = series
            .daily
            .windows(2)
            .map(|w| (w[1].y / w[0].y).ln().abs())
            .fold(0.0, f64::max);
        assert!(worst < 0.5, "largest daily move {worst}");
    }

    #[test]
    fn a_bad_split_is_reported_not_charted() {
        let mut history = long_history();
        history.splits[0].ratio = Decimal::ZERO;
        let mut cache = ChartCache::default();
        cache.update(&history);
        let message = cache.series.as_ref().unwrap().as_ref().err().unwrap();
        assert!(
            message.contains("price_history.splits[0].ratio"),
            "{message}"
        );
    }
}

//! Two charts beside the value: how the estimate settled as paths were added (value ±
//! 2 standard errors against the paths, on a log scale), and a handful of share-price
//! paths on the monitored closes with the exercise price, the early-exercise price and
//! every level drawn across.

use eframe::egui::{RichText, Ui};
use egui_plot::{
    Corner, FilledArea, HLine, HoverPosition, Legend, Line, LineStyle, Plot, PlotPoint, PlotPoints,
    Points,
};

use crate::domain::money::format_count;
use crate::domain::paid_option::sample_paths::sample_paths;
use crate::domain::paid_option::valuation::{MethodUsed, Valuation};
use crate::report::Value;
use crate::scenario::PaidInputs;
use crate::ui::lang::{language, tr, tr_args};
use crate::ui::panels::volatility::dates;

/// Paths drawn in the sample chart: enough to see the spread, few enough to read.
pub const SAMPLE_PATHS: usize = 20;
const HEIGHT: f32 = 240.0;

/// The sample paths, kept until the inputs change (each frame would redraw them from
/// the same seed: the same paths, computed again for nothing).
#[derive(Default)]
pub struct PathCache {
    key: Option<PaidInputs>,
    paths: Vec<Vec<PlotPoint>>,
}

impl PathCache {
    fn update(&mut self, inputs: &PaidInputs) {
        if self.key.as_ref() == Some(inputs) {
            return;
        }
        let right = &inputs.right;
        let xs: Vec<f64> = right.closes.dates.iter().map(|d| dates::to_x(*d)).collect();
        let start = right
            .closes
            .dates
            .first()
            .map(|d| dates::to_x(*d) - 1.0)
            .unwrap_or_default();
        self.paths = sample_paths(
            &right.simulation_inputs(),
            inputs.settings.seed,
            SAMPLE_PATHS,
        )
        .into_iter()
        .map(|prices| {
            std::iter::once(PlotPoint::new(start, right.spot))
                .chain(xs.iter().zip(prices).map(|(x, y)| PlotPoint::new(*x, y)))
                .collect()
        })
        .collect();
        self.key = Some(inputs.clone());
    }
}

/// Value ± 2 standard errors as the pairs accumulated (paths = 2 × pairs), log x-axis.
/// For a grid value, the check by simulation (`check`, once run) with the grid's value
/// as a line across.
pub fn convergence(ui: &mut Ui, valuation: Option<&Valuation>, check: Option<&Valuation>) {
    ui.label(RichText::new(tr(ui, "paid-chart-convergence")).strong());
    let grid = valuation.filter(|v| v.method == MethodUsed::Grid);
    let simulated = valuation
        .and_then(|v| v.simulation.as_ref())
        .or_else(|| grid.and(check).and_then(|c| c.simulation.as_ref()));
    let Some(sim) = simulated else {
        // No value (not yet, or refused) is not a value without a simulation.
        let id = match valuation.map(|v| v.method) {
            Some(MethodUsed::Grid) => "paid-chart-convergence-grid",
            Some(_) => "paid-chart-convergence-none",
            None => "paid-chart-convergence-no-value",
        };
        ui.label(RichText::new(tr(ui, id)).weak());
        return;
    };
    let points = &sim.convergence;
    let xs: Vec<f64> = points
        .iter()
        .map(|p| (2.0 * p.pairs as f64).log10())
        .collect();
    let low: Vec<f64> = points
        .iter()
        .map(|p| p.value - 2.0 * p.standard_error)
        .collect();
    let high: Vec<f64> = points
        .iter()
        .map(|p| p.value + 2.0 * p.standard_error)
        .collect();
    let value: Vec<[f64; 2]> = xs.iter().zip(points).map(|(x, p)| [*x, p.value]).collect();
    let band = tr(ui, "paid-chart-band");
    let estimate = tr(ui, "paid-chart-estimate");
    let accent = ui.visuals().selection.bg_fill;
    let ui_text = ui.visuals().text_color();
    let grid_name = tr(ui, "paid-chart-grid-value");
    Plot::new("paid-convergence")
        .height(HEIGHT)
        .legend(Legend::default().position(Corner::RightTop))
        .x_axis_label(tr(ui, "paid-chart-paths-log"))
        .y_axis_label(tr(ui, "paid-chart-value-per-share"))
        .x_axis_formatter(|mark, _| paths_text(mark.value))
        .label_formatter(|pos| {
            let p = position(pos);
            Some(format!("{}  {:.4}", paths_text(p.x), p.y))
        })
        .allow_scroll(false)
        .show(ui, |plot| {
            plot.add(
                FilledArea::new(band.as_str(), &xs, &low, &high)
                    .fill_color(accent.gamma_multiply(0.35)),
            );
            plot.line(
                Line::new(estimate.as_str(), value.clone())
                    .color(accent)
                    .width(1.5),
            );
            plot.points(
                Points::new(estimate.as_str(), value)
                    .color(accent)
                    .radius(2.5),
            );
            if let Some(grid) = grid {
                plot.hline(
                    HLine::new(grid_name.as_str(), grid.value_per_share)
                        .color(ui_text)
                        .style(LineStyle::dashed_dense()),
                );
            }
        });
    ui.label(
        RichText::new(tr_args(
            ui,
            "paid-chart-convergence-caption",
            &[("paths", &format_count(2 * sim.pairs))],
        ))
        .weak(),
    );
    if grid.is_some() {
        ui.label(RichText::new(tr(ui, "paid-chart-convergence-check")).weak());
    }
}

/// Where the cursor reads: the nearest point, or the cursor itself.
fn position(pos: &HoverPosition<'_>) -> PlotPoint {
    match pos {
        HoverPosition::NearDataPoint { position, .. } | HoverPosition::Elsewhere { position } => {
            *position
        }
    }
}

/// "100,000" for the paths at a log10 mark; whole powers of ten read best.
fn paths_text(log: f64) -> String {
    let paths = 10f64.powf(log);
    if (1.0..1e15).contains(&paths) {
        format_count(paths.round() as u64)
    } else {
        String::new()
    }
}

/// A handful of share-price paths with the exercise price, the early-exercise price and
/// each condition's level.
pub fn sample(ui: &mut Ui, cache: &mut PathCache, inputs: &PaidInputs) {
    ui.label(RichText::new(tr(ui, "paid-chart-paths")).strong());
    cache.update(inputs);
    let strike_name = tr(ui, "paid-chart-exercise-price");
    let path_name = tr(ui, "paid-chart-path");
    let levels: Vec<(String, f64)> = inputs
        .right
        .conditions
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let kind = tr(ui, &format!("paid-kind-{}", c.kind.key()));
            let name = tr_args(
                ui,
                "paid-chart-level",
                &[("n", &(i + 1).to_string()), ("kind", &kind)],
            );
            (name, c.level)
        })
        .collect();
    // Early exercise: the price at which a holder exercises (after vesting and the last
    // year-end tested).
    let early = inputs.right.early_exercise.as_ref().map(|e| {
        let multiple = Value::Number {
            value: e.multiple,
            dp: 2,
        }
        .display_in(language(ui.ctx()));
        let name = tr_args(ui, "paid-chart-early-exercise", &[("multiple", &multiple)]);
        (name, e.multiple * inputs.right.strike)
    });
    let alarm = ui.visuals().error_fg_color;
    let accent = ui.visuals().selection.bg_fill;
    let grey = ui.visuals().weak_text_color().gamma_multiply(0.8);
    Plot::new("paid-paths")
        .height(HEIGHT)
        .legend(Legend::default().position(Corner::LeftTop))
        .custom_x_axes(vec![dates::x_axis()])
        .x_grid_spacer(dates::spacer)
        .grid_spacing(dates::GRID_MIN_SPACING..=dates::GRID_MAX_SPACING)
        .y_axis_label(tr(ui, "paid-chart-price"))
        .label_formatter(|pos| {
            let p = position(pos);
            Some(format!("{}  {:.0}", dates::day_text(p.x), p.y))
        })
        .include_y(0.0)
        .allow_scroll(false)
        .show(ui, |plot| {
            for (i, path) in cache.paths.iter().enumerate() {
                plot.line(
                    Line::new(path_name.as_str(), PlotPoints::Borrowed(path))
                        .id(("paid-path", i))
                        .color(grey)
                        .width(0.8),
                );
            }
            plot.hline(
                HLine::new(strike_name.as_str(), inputs.right.strike)
                    .color(accent)
                    .width(1.5),
            );
            if let Some((name, price)) = &early {
                plot.hline(
                    HLine::new(name.as_str(), *price)
                        .color(accent)
                        .width(1.5)
                        .style(LineStyle::dashed_loose()),
                );
            }
            for (i, (name, level)) in levels.iter().enumerate() {
                plot.hline(
                    HLine::new(name.as_str(), *level)
                        .id(("paid-level", i))
                        .color(alarm)
                        .width(1.5)
                        .style(LineStyle::dashed_loose()),
                );
            }
        });
    ui.label(
        RichText::new(tr_args(
            ui,
            "paid-chart-paths-caption",
            &[
                ("count", &SAMPLE_PATHS.to_string()),
                ("seed", &inputs.settings.seed.to_string()),
            ],
        ))
        .weak(),
    );
}

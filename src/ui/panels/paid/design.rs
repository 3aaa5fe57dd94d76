//! The design table: the value per right if the first condition met below its level
//! were set at 40 … 80 % of the exercise price, by σ 10 and 5 points either side of
//! the one entered. Computed on a worker thread at a fixed, lower accuracy (stated in
//! the caption), on request; an edit while it runs starts it again on the new terms.

use eframe::egui::{self, RichText, Ui};
use rust_decimal::Decimal;

use crate::domain::FieldError;
use crate::domain::paid_option::monte_carlo::Paths;
use crate::domain::paid_option::valuation::Method;
use crate::report::Value;
use crate::scenario::PaidInputs;
use crate::ui::lang::{language, tr, tr_args};
use crate::ui::paid_job::{Job, Progress};

/// Levels as percentages of the exercise price, one row each.
pub const LEVELS: [u32; 5] = [40, 50, 60, 70, 80];
/// σ moved by these percentage points, one column each.
pub const SIGMA_SHIFTS: [i32; 5] = [-10, -5, 0, 5, 10];
/// Path pairs per cell: a standard error a few times the valuation's, enough to
/// compare designs.
pub const DESIGN_PAIRS: u64 = 20_000;

/// One cell: the amount per right, or why there is none (a level at or above the share
/// price, σ at or below zero).
pub type Cell = Result<Decimal, FieldError>;

/// A table computed for some inputs: cells by level (rows) and σ shift (columns).
struct Table {
    cells: Vec<Vec<Cell>>,
    pairs: u64,
}

/// The table's state: the one computed last, and the one computing.
#[derive(Default)]
pub struct DesignTable {
    done: Option<(PaidInputs, Table)>,
    running: Option<(PaidInputs, Job<Table>)>,
}

impl DesignTable {
    fn start(&mut self, ctx: &egui::Context, inputs: &PaidInputs, condition: usize) {
        self.running = None;
        let work = inputs.clone();
        if let Ok(job) = Job::start(ctx, "paid-design", move |p: &Progress| {
            compute(&work, condition, p)
        }) {
            self.running = Some((inputs.clone(), job));
        }
    }

    /// Collects a finished table; restarts one running on terms since changed.
    fn update(&mut self, ctx: &egui::Context, inputs: &PaidInputs, condition: Option<usize>) {
        if let Some((_, job)) = &self.running
            && let Some(result) = job.poll()
            && let Some((for_inputs, _)) = self.running.take()
            && let Some(table) = result
        {
            self.done = Some((for_inputs, table));
        }
        let stale = self.running.as_ref().is_some_and(|(i, _)| i != inputs);
        match condition {
            Some(c) if stale => self.start(ctx, inputs, c),
            None => self.running = None,
            _ => {}
        }
        if self.running.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }
}

/// The varied condition's level as a whole percentage of the exercise price, when it is
/// one of the table's rows: that row is the grant's own.
fn own_level(inputs: &PaidInputs, condition: usize) -> Option<u32> {
    let level = *inputs.levels.get(condition)?;
    if inputs.exercise_price.is_zero() {
        return None;
    }
    let percent = level * Decimal::ONE_HUNDRED / inputs.exercise_price;
    LEVELS.into_iter().find(|l| Decimal::from(*l) == percent)
}

/// The first condition met below its level: the one the table varies.
fn varied(inputs: &PaidInputs) -> Option<usize> {
    inputs.right.conditions.iter().position(|c| c.kind.below())
}

/// The pairs per cell: [`DESIGN_PAIRS`], or fewer when the grant itself is valued on
/// fewer (the table is never more accurate than the valuation).
fn pairs_for(inputs: &PaidInputs) -> u64 {
    match inputs.settings.paths {
        Paths::Pairs(n) => n.min(DESIGN_PAIRS),
        Paths::Target { .. } => DESIGN_PAIRS,
    }
}

/// Whether the cells are valued on the grid (one share-price condition, nothing else,
/// automatic method), as the grant itself is.
fn on_grid(inputs: &PaidInputs) -> bool {
    inputs.settings.method == Method::Auto
        && inputs.right.conditions.len() == 1
        && inputs.right.price_conditions_only()
}

fn compute(inputs: &PaidInputs, condition: usize, progress: &Progress) -> Table {
    let pairs = pairs_for(inputs);
    let cells_total = (LEVELS.len() * SIGMA_SHIFTS.len()) as u64;
    let mut cells = Vec::with_capacity(LEVELS.len());
    let mut n = 0u64;
    for level in LEVELS {
        let mut row = Vec::with_capacity(SIGMA_SHIFTS.len());
        for shift in SIGMA_SHIFTS {
            if progress.cancelled() {
                return Table { cells, pairs };
            }
            // The grant's own method: the grid where it applies (as exact as the value
            // above), else a simulation of `pairs` pairs.
            let mut variant = inputs.clone();
            variant.settings.paths = Paths::Pairs(pairs);
            let right = &mut variant.right;
            right.volatility += f64::from(shift) / 100.0;
            if let Some(c) = right.conditions.get_mut(condition) {
                c.level = right.strike * f64::from(level) / 100.0;
            }
            let cell = variant
                .value(&|done, planned| progress.report(n * planned + done, cells_total * planned))
                .map(|v| v.amount_per_right);
            row.push(cell);
            n += 1;
        }
        cells.push(row);
    }
    Table { cells, pairs }
}

pub fn show(ui: &mut Ui, table: &mut DesignTable, inputs: Option<&PaidInputs>) {
    ui.heading(tr(ui, "paid-heading-design"));
    let Some(inputs) = inputs else {
        ui.label(RichText::new(tr(ui, "paid-design-needs-valid-terms")).weak());
        return;
    };
    let condition = varied(inputs);
    table.update(ui.ctx(), inputs, condition);
    let Some(condition) = condition else {
        ui.label(RichText::new(tr(ui, "paid-design-needs-below")).weak());
        return;
    };
    ui.horizontal(|ui| {
        let label = if table.done.is_some() {
            tr(ui, "paid-design-compute-again")
        } else {
            tr(ui, "paid-design-compute")
        };
        if ui
            .add_enabled(table.running.is_none(), egui::Button::new(label))
            .on_hover_text(tr(ui, "paid-design-hint"))
            .clicked()
        {
            table.start(ui.ctx(), inputs, condition);
        }
        if let Some((_, job)) = &table.running {
            ui.add(
                egui::ProgressBar::new(job.fraction())
                    .desired_width(200.0)
                    .show_percentage(),
            );
            if ui.button(tr(ui, "paid-stop")).clicked() {
                table.running = None;
            }
        }
    });
    let Some((for_inputs, t)) = &table.done else {
        return;
    };
    let current = for_inputs == inputs;
    if !current {
        ui.label(
            RichText::new(tr(ui, "paid-design-not-current")).color(ui.visuals().warn_fg_color),
        );
    }
    let language = language(ui.ctx());
    let sigma = for_inputs.right.volatility;
    let kind = for_inputs
        .right
        .conditions
        .get(condition)
        .map(|c| tr(ui, super::conditions::kind_words(c.kind)))
        .unwrap_or_default();
    ui.label(
        RichText::new(tr_args(
            ui,
            if on_grid(for_inputs) {
                "paid-design-caption-grid"
            } else {
                "paid-design-caption"
            },
            &[
                ("n", &(condition + 1).to_string()),
                ("kind", &kind),
                ("pairs", &crate::domain::money::format_count(t.pairs)),
                ("seed", &for_inputs.settings.seed.to_string()),
            ],
        ))
        .weak(),
    );
    let own_level = own_level(for_inputs, condition);
    // Amounts padded to one width in monospace, so their digits line up.
    let amounts: Vec<Vec<Result<String, &FieldError>>> = t
        .cells
        .iter()
        .map(|row| {
            row.iter()
                .map(|c| c.as_ref().map(|a| Value::Yen(*a).display_in(language)))
                .collect()
        })
        .collect();
    let width = amounts
        .iter()
        .flatten()
        .flat_map(|a| a.as_ref().ok())
        .map(|a| a.chars().count())
        .max()
        .unwrap_or(0);
    let padded = |text: &str| format!("{text:>width$}");
    let highlight = ui.visuals().selection.bg_fill.gamma_multiply(0.35);
    ui.scope(|ui| {
        if !current {
            ui.multiply_opacity(0.45);
        }
        egui::Grid::new("paid-design")
            .num_columns(SIGMA_SHIFTS.len() + 1)
            .striped(true)
            .spacing([18.0, 4.0])
            .show(ui, |ui| {
                ui.label(RichText::new(tr(ui, "paid-design-corner")).strong());
                for shift in SIGMA_SHIFTS {
                    let s = sigma + f64::from(shift) / 100.0;
                    let text = Value::Percent { fraction: s, dp: 2 }.display_in(language);
                    let text = if shift == 0 {
                        tr_args(ui, "paid-design-sigma-now", &[("sigma", &text)])
                    } else {
                        text
                    };
                    ui.label(RichText::new(text).strong());
                }
                ui.end_row();
                for (level, row) in LEVELS.iter().zip(&amounts) {
                    let own_row = own_level == Some(*level);
                    let text = format!("{level} %");
                    let text = if own_row {
                        tr_args(ui, "paid-design-level-now", &[("level", &text)])
                    } else {
                        text
                    };
                    ui.label(RichText::new(text).strong());
                    for (amount, shift) in row.iter().zip(SIGMA_SHIFTS) {
                        match amount {
                            Ok(amount) if own_row && shift == 0 => {
                                // The grant as entered: the figure the value above gives.
                                let text = RichText::new(padded(amount)).monospace().strong();
                                egui::Frame::new().fill(highlight).show(ui, |ui| {
                                    ui.label(text).on_hover_text(tr(ui, "paid-design-own-cell"));
                                });
                            }
                            Ok(amount) => {
                                ui.label(RichText::new(padded(amount)).monospace());
                            }
                            Err(e) => {
                                ui.label("—").on_hover_text(e.message_in(language));
                            }
                        }
                    }
                    ui.end_row();
                }
            });
    });
}

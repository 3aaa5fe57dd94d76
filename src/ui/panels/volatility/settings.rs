//! How σ is measured: the window, the sampling, the rolling window of the chart, and
//! the splits and consolidations that make closes comparable across the series.

use crate::ui::lang::tr;
use eframe::egui::{self, RichText, Ui};
use rust_decimal::Decimal;

use crate::scenario::{FrequencyTerm, SplitTerms};
use crate::ui::fields::{Field, Form};

const WINDOW_START: Field = Field::new("price_history.window_start", "");
const WINDOW_END: Field = Field::new("price_history.window_end", "");
const ROLLING: Field = Field::new("price_history.rolling_returns", "returns");

/// Split rows sit in half the panel: narrower boxes keep "Remove" in view at 1,280 px.
const SPLIT_FIELD_WIDTH: f32 = 96.0;

/// The measurement settings, as a two-column grid.
pub fn settings(ui: &mut Ui, form: &mut Form<'_>) {
    let h = form.scenario.price_history.clone();
    egui::Grid::new("volatility-settings")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            form.optional_date(ui, WINDOW_START, h.window_start, |s, v| {
                s.price_history.window_start = v
            });
            ui.end_row();
            form.optional_date(ui, WINDOW_END, h.window_end, |s, v| {
                s.price_history.window_end = v
            });
            ui.end_row();

            let hint = tr(ui, "hint-sampling");
            ui.label(tr(ui, "ui-sampling")).on_hover_text(&hint);
            ui.horizontal(|ui| {
                for (value, text) in [
                    (FrequencyTerm::Weekly, tr(ui, "radio-weekly")),
                    (FrequencyTerm::Daily, tr(ui, "radio-daily")),
                ] {
                    let selected = h.frequency == value;
                    if ui.radio(selected, text).on_hover_text(&hint).clicked() && !selected {
                        form.scenario.price_history.frequency = value;
                    }
                }
            });
            ui.end_row();

            form.count(ui, ROLLING, u64::from(h.rolling_returns), 1_000, |s, v| {
                s.price_history.rolling_returns = u32::try_from(v).unwrap_or(u32::MAX)
            });
            ui.end_row();
        });
}

/// The editable list of splits and consolidations.
pub fn splits(ui: &mut Ui, form: &mut Form<'_>) {
    ui.label(RichText::new(tr(ui, "hint-price_history-splits-ratio")).weak());
    let splits = form.scenario.price_history.splits.clone();
    let mut remove = None;
    if splits.is_empty() {
        ui.label(RichText::new(tr(ui, "ui-none-closes-are-used-as-recorded")).weak());
    }
    // One row per event; a Grid would pin the date column to its first-frame width.
    for (i, s) in splits.iter().enumerate() {
        let date_path = format!("price_history.splits[{i}].effective_date");
        let ratio_path = format!("price_history.splits[{i}].ratio");
        ui.horizontal(|ui| {
            form.date(
                ui,
                Field::new(&date_path, "").with_width(SPLIT_FIELD_WIDTH),
                s.effective_date,
                move |sc, v| {
                    if let Some(x) = sc.price_history.splits.get_mut(i) {
                        x.effective_date = v;
                    }
                },
            );
            form.decimal(
                ui,
                Field::new(&ratio_path, "new per old share").with_width(SPLIT_FIELD_WIDTH),
                s.ratio,
                move |sc, v| {
                    if let Some(x) = sc.price_history.splits.get_mut(i) {
                        x.ratio = v;
                    }
                },
            );
            if ui
                .small_button(tr(ui, "ui-remove"))
                .on_hover_text(tr(ui, "ui-remove-this-split-or-consolidation"))
                .clicked()
            {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        // Rows after the removed one shift up: their drafts would land on the wrong row.
        for j in 0..splits.len() {
            form.drafts
                .clear_path(&format!("price_history.splits[{j}].effective_date"));
            form.drafts
                .clear_path(&format!("price_history.splits[{j}].ratio"));
        }
        form.scenario.price_history.splits.remove(i);
    }
    // In a row of its own so the column's justified layout does not stretch it.
    let add = ui
        .horizontal(|ui| {
            ui.button(tr(ui, "ui-add-a-split-or-consolidation"))
                .on_hover_text(tr(ui, "hint-price_history-splits-ratio"))
                .clicked()
        })
        .inner;
    if add {
        // Ratio 1 changes nothing until the user types the real one.
        let history = &form.scenario.price_history;
        let date = history
            .closes
            .last()
            .map(|c| c.date)
            .or(history.window_end)
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        form.scenario.price_history.splits.push(SplitTerms {
            effective_date: date,
            ratio: Decimal::ONE,
        });
    }
}

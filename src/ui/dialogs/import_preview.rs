//! Preview of a price-history CSV before it replaces anything: the rows read, the
//! lines rejected (with line number and reason), and the date range.

use std::path::PathBuf;

use eframe::egui::{self, RichText};

use crate::domain::money::format_yen;
use crate::price_csv::ParsedPrices;

pub struct ImportPreview {
    pub path: PathBuf,
    pub parsed: ParsedPrices,
}

/// What the user decided this frame.
pub enum PreviewResult {
    Open,
    Replace,
    Cancelled,
}

const SHOWN_ROWS: usize = 8;

pub fn show(ctx: &egui::Context, preview: &ImportPreview) -> PreviewResult {
    let mut result = PreviewResult::Open;
    let p = &preview.parsed;
    let modal = egui::Modal::new(egui::Id::unique("import-preview")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading("Import price history");
        ui.label(RichText::new(preview.path.display().to_string()).weak());
        ui.add_space(6.0);
        let (first, last) = (p.closes.first(), p.closes.last());
        if let (Some((d0, _)), Some((d1, _))) = (first, last) {
            ui.label(format!(
                "{} closes from {d0} to {d1} (columns “{}” and “{}”).",
                p.closes.len(),
                p.date_column,
                p.close_column
            ));
        }
        ui.add_space(4.0);
        egui::Grid::new("import-rows").striped(true).num_columns(2).show(ui, |ui| {
            ui.label(RichText::new("Date").strong());
            ui.label(RichText::new("Close (JPY)").strong());
            ui.end_row();
            let n = p.closes.len();
            let head = p.closes.iter().take(SHOWN_ROWS / 2);
            let tail = p.closes.iter().skip(n.saturating_sub(SHOWN_ROWS / 2).max(SHOWN_ROWS / 2));
            for (i, (date, close)) in head.chain(tail).enumerate() {
                if i == SHOWN_ROWS / 2 && n > SHOWN_ROWS {
                    ui.label("…");
                    ui.label("…");
                    ui.end_row();
                }
                ui.label(date.to_string());
                ui.monospace(format_yen(*close));
                ui.end_row();
            }
        });
        ui.add_space(6.0);
        if p.rejected.is_empty() {
            ui.label("No lines were rejected.");
        } else {
            ui.label(
                RichText::new(format!(
                    "{} line{} rejected:",
                    p.rejected.len(),
                    if p.rejected.len() == 1 { "" } else { "s" }
                ))
                    .color(ui.visuals().warn_fg_color),
            );
            egui::ScrollArea::vertical().max_height(140.0).show(ui, |ui| {
                for r in &p.rejected {
                    ui.label(format!("line {}: {} — {}", r.line, r.reason, r.text));
                }
            });
        }
        ui.add_space(8.0);
        ui.label(RichText::new("Replacing keeps the split list and the pricing window; undo brings the old history back.").small().weak());
        ui.horizontal(|ui| {
            if ui.button(RichText::new("Replace price history").strong()).clicked() {
                result = PreviewResult::Replace;
            }
            if ui.button("Cancel").clicked() {
                result = PreviewResult::Cancelled;
            }
        });
    });
    if matches!(result, PreviewResult::Open) && modal.should_close() {
        result = PreviewResult::Cancelled;
    }
    result
}

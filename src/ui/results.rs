//! Computed figures shown beside the inputs: label, value as the notices print it, and
//! how it was reached.

use eframe::egui::{self, RichText, Ui};

use crate::report::Figure;

/// A grid of figures. When `stale`, an entry elsewhere is invalid and these figures
/// are from the last valid inputs: they are dimmed and say so.
pub fn figures_grid(ui: &mut Ui, id: &str, figures: &[&Figure], stale: bool) {
    if stale {
        ui.label(
            RichText::new("Not current: results are from the last valid entries.")
                .color(ui.visuals().warn_fg_color),
        );
    }
    ui.scope(|ui| {
        if stale {
            ui.multiply_opacity(0.45);
        }
        egui::Grid::new(id)
            .num_columns(3)
            .striped(true)
            .spacing([16.0, 4.0])
            .show(ui, |ui| {
                for f in figures {
                    ui.label(&f.label);
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(RichText::new(f.value.display()).monospace().strong())
                            .on_hover_text(&f.derivation);
                    });
                    ui.label(RichText::new(&f.derivation).small().weak());
                    ui.end_row();
                }
            });
    });
}

/// A section's problem in place of its figures.
pub fn problem(ui: &mut Ui, message: &str) {
    ui.label(RichText::new(format!("⚠ {message}")).color(ui.visuals().error_fg_color));
}

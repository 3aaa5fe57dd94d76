//! Computed figures shown beside the inputs: label, value as the notices print it, and
//! how it was reached (on hover, or as a line under each figure when "Show how each
//! figure was reached" is ticked).

use crate::ui::lang::tr;
use eframe::egui::{self, RichText, Ui};

use crate::report::Figure;

/// Whether derivations are shown as lines; one switch for every panel, kept in egui's
/// memory so it survives panel changes.
fn show_derivations(ui: &Ui) -> bool {
    ui.ctx()
        .data(|d| d.get_temp::<bool>(derivations_id()))
        .unwrap_or(false)
}

fn derivations_id() -> egui::Id {
    egui::Id::unique("show-derivations")
}

/// The switch itself; panels put it above their figures.
pub fn derivations_toggle(ui: &mut Ui) {
    let mut on = show_derivations(ui);
    if ui
        .checkbox(&mut on, tr(ui, "ui-show-how-each-figure-was-reached"))
        .changed()
    {
        ui.ctx().data_mut(|d| d.insert_temp(derivations_id(), on));
    }
}

/// Width of the label column: the longest label of the Summary panel fits.
const LABEL_WIDTH: f32 = 300.0;

/// Width of the value column: "JPY 15,726,200,000" in monospace with room to spare.
const VALUE_WIDTH: f32 = 190.0;

/// A grid of figures. When `stale`, an entry elsewhere is invalid and these figures
/// are from the last valid inputs: they are dimmed and say so.
pub fn figures_grid(ui: &mut Ui, id: &str, figures: &[&Figure], stale: bool) {
    if stale {
        ui.label(
            RichText::new(tr(
                ui,
                "ui-not-current-results-are-from-the-last-valid-entr",
            ))
            .color(ui.visuals().warn_fg_color),
        );
    }
    let lines = show_derivations(ui);
    let language = super::lang::language(ui.ctx());
    ui.scope(|ui| {
        if stale {
            ui.multiply_opacity(0.45);
        }
        // One label width for every grid, so the values of consecutive sections line up.
        egui::Grid::new(id)
            .num_columns(2)
            .min_col_width(LABEL_WIDTH)
            .striped(true)
            .spacing([16.0, 4.0])
            .show(ui, |ui| {
                for f in figures {
                    let derivation = f.explained_in(language);
                    ui.vertical(|ui| {
                        // Labels never wrap: a grid column is as wide as its first
                        // frame, and wrapped labels would keep it narrow.
                        ui.add(
                            egui::Label::new(f.label_in(language))
                                .wrap_mode(egui::TextWrapMode::Extend),
                        );
                        if lines && !derivation.is_empty() {
                            ui.add(
                                egui::Label::new(RichText::new(&derivation).small().weak())
                                    .wrap_mode(egui::TextWrapMode::Extend),
                            );
                        }
                    });
                    // Values right-aligned in a cell of their own width, so digits line
                    // up without running to the window's edge.
                    let size = egui::vec2(VALUE_WIDTH, ui.spacing().interact_size.y);
                    ui.allocate_ui_with_layout(
                        size,
                        egui::Layout::right_to_left(egui::Align::Min),
                        |ui| {
                            let value = ui.add(
                                egui::Label::new(
                                    RichText::new(f.shown_in(language)).monospace().strong(),
                                )
                                .wrap_mode(egui::TextWrapMode::Extend),
                            );
                            if !derivation.is_empty() {
                                value.on_hover_text(&derivation);
                            }
                        },
                    );
                    ui.end_row();
                }
            });
    });
}

/// A section's problem in place of its figures.
pub fn problem(ui: &mut Ui, message: &str) {
    ui.label(RichText::new(format!("⚠ {message}")).color(ui.visuals().error_fg_color));
}

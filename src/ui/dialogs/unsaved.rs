//! "Save changes before …?" — asked before New, Open or Quit discards unsaved work.

use crate::ui::lang::tr;
use eframe::egui::{self, RichText};

/// The user's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsavedChoice {
    Save,
    Discard,
    Cancel,
}

/// Shows the prompt; returns the answer once given. Escape or clicking outside cancels.
pub fn show(ctx: &egui::Context, file_name: &str, action: &str) -> Option<UnsavedChoice> {
    let mut choice = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved-changes")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(tr(ui, "ui-unsaved-changes"));
        ui.add_space(6.0);
        ui.label(format!(
            "{file_name} has changes that are not saved. Save them before you {action}?"
        ));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(tr(ui, "ui-save")).strong())
                .clicked()
            {
                choice = Some(UnsavedChoice::Save);
            }
            if ui.button(tr(ui, "ui-discard-changes")).clicked() {
                choice = Some(UnsavedChoice::Discard);
            }
            if ui.button(tr(ui, "ui-cancel")).clicked() {
                choice = Some(UnsavedChoice::Cancel);
            }
        });
    });
    if choice.is_none() && modal.should_close() {
        choice = Some(UnsavedChoice::Cancel);
    }
    choice
}

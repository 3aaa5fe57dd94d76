//! "Save changes before …?" — asked before New, Open or Quit discards unsaved work.

use crate::ui::lang::{tr, tr_args};
use eframe::egui::{self, RichText};

/// The user's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsavedChoice {
    Save,
    Discard,
    Cancel,
}

/// Shows the prompt; returns the answer once given. Escape or clicking outside cancels.
/// `question` is the message that asks: `dialog-unsaved-before-new`, `-open` or `-quit`.
pub fn show(ctx: &egui::Context, file_name: &str, question: &str) -> Option<UnsavedChoice> {
    let mut choice = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved-changes")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(tr(ui, "ui-unsaved-changes"));
        ui.add_space(6.0);
        ui.label(tr_args(ui, question, &[("file", file_name)]));
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

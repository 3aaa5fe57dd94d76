//! "Changed on disk": asked before Save overwrites a file another program has changed
//! since it was opened or last saved here.

use crate::ui::lang::{tr, tr_args};
use eframe::egui::{self, RichText};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictChoice {
    Overwrite,
    SaveAs,
    Cancel,
}

pub fn show(ctx: &egui::Context, file_name: &str) -> Option<ConflictChoice> {
    let mut choice = None;
    let modal = egui::Modal::new(egui::Id::unique("changed-on-disk")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(tr(ui, "ui-changed-on-disk"));
        ui.add_space(6.0);
        ui.label(tr_args(
            ui,
            "dialog-changed-on-disk",
            &[("file", file_name)],
        ));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(tr(ui, "ui-overwrite")).strong())
                .clicked()
            {
                choice = Some(ConflictChoice::Overwrite);
            }
            if ui.button(tr(ui, "ui-save-as")).clicked() {
                choice = Some(ConflictChoice::SaveAs);
            }
            if ui.button(tr(ui, "ui-cancel")).clicked() {
                choice = Some(ConflictChoice::Cancel);
            }
        });
    });
    if choice.is_none() && modal.should_close() {
        choice = Some(ConflictChoice::Cancel);
    }
    choice
}

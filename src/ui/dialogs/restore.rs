//! "Restore unsaved work?" — offered at start when the last session ended without a
//! clean exit and left a recovery file.

use crate::ui::lang::{tr, tr_args};
use eframe::egui::{self, RichText};

use crate::storage::recovery::RecoveryMeta;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestoreChoice {
    Restore,
    Discard,
}

pub fn show(ctx: &egui::Context, title: &str, meta: &RecoveryMeta) -> Option<RestoreChoice> {
    let mut choice = None;
    egui::Modal::new(egui::Id::unique("restore-unsaved-work")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading(tr(ui, "ui-restore-unsaved-work"));
        ui.add_space(6.0);
        let file = meta
            .original_path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| tr(ui, "dialog-restore-unnamed"));
        let args = [
            ("file", file.as_str()),
            ("title", title),
            ("when", meta.written_at.as_str()),
        ];
        ui.label(if meta.written_at.is_empty() {
            tr_args(ui, "dialog-restore-kept", &args)
        } else {
            tr_args(ui, "dialog-restore-kept-at", &args)
        });
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(tr(ui, "ui-restore")).strong())
                .clicked()
            {
                choice = Some(RestoreChoice::Restore);
            }
            if ui.button(tr(ui, "ui-discard-them")).clicked() {
                choice = Some(RestoreChoice::Discard);
            }
        });
    });
    choice
}

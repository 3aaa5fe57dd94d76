//! The status bar: file name, unsaved marker, a background import's progress with
//! Cancel, and "N problems" that jumps to the first.

use std::path::Path;

use eframe::egui::{self, RichText, Ui};

use super::command::Command;
use super::import_job::Progress;
use super::lang::{tr, tr_count};

/// Draws the bar; returns true when the user cancelled the import.
pub fn show(
    ui: &mut Ui,
    file_name: &str,
    path: Option<&Path>,
    dirty: bool,
    problems: usize,
    import: Option<&Progress>,
    queue: &mut Vec<Command>,
) -> bool {
    let mut cancel = false;
    ui.horizontal(|ui| {
        let name = ui.label(RichText::new(file_name).strong());
        if let Some(p) = path {
            name.on_hover_text(p.display().to_string());
        }
        if dirty {
            ui.label(RichText::new(tr(ui, "status-unsaved")).color(ui.visuals().warn_fg_color));
        } else {
            ui.label(RichText::new(tr(ui, "status-saved")).weak());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if problems == 0 {
                ui.label(RichText::new(tr(ui, "status-no-problems")).weak());
            } else {
                let text = tr_count(ui, "status-problems", problems);
                let button =
                    egui::Button::new(RichText::new(text).color(ui.visuals().error_fg_color));
                if ui
                    .add(button)
                    .on_hover_text(tr(ui, "status-problems-hint"))
                    .clicked()
                {
                    queue.push(Command::JumpToFirstProblem);
                }
            }
            if let Some(p) = import {
                ui.separator();
                cancel = ui
                    .small_button(tr(ui, "status-cancel-import"))
                    .on_hover_text(tr(ui, "status-cancel-import-hint"))
                    .clicked();
                ui.add(
                    egui::ProgressBar::new(p.fraction())
                        .desired_width(140.0)
                        .show_percentage(),
                );
                ui.label(p.text(crate::ui::lang::language(ui.ctx())));
            }
        });
    });
    cancel
}

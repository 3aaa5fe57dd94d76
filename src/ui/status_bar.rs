//! The status bar: file name, unsaved marker, and "N problems" that jumps to the first.

use std::path::Path;

use eframe::egui::{self, RichText, Ui};

use super::command::Command;

pub fn show(
    ui: &mut Ui,
    file_name: &str,
    path: Option<&Path>,
    dirty: bool,
    problems: usize,
    queue: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        let name = ui.label(RichText::new(file_name).strong());
        if let Some(p) = path {
            name.on_hover_text(p.display().to_string());
        }
        if dirty {
            ui.label(RichText::new("● Unsaved changes").color(ui.visuals().warn_fg_color));
        } else {
            ui.label(RichText::new("Saved").weak());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if problems == 0 {
                ui.label(RichText::new("No problems").weak());
            } else {
                let text = if problems == 1 {
                    "1 problem".to_owned()
                } else {
                    format!("{problems} problems")
                };
                let button = egui::Button::new(
                    RichText::new(format!("⚠ {text}")).color(ui.visuals().error_fg_color),
                );
                if ui
                    .add(button)
                    .on_hover_text("Go to the first invalid field")
                    .clicked()
                {
                    queue.push(Command::JumpToFirstProblem);
                }
            }
        });
    });
}

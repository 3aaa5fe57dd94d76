//! The menu bar: File, Edit, View, Help. Items only queue commands.

use eframe::egui::{self, Button, Ui};

use super::Panel;
use super::command::{Command, shortcut_text};
use super::settings::{Settings, ThemeChoice};
use crate::report::Format;

fn item(ui: &mut Ui, label: &str, command: Command, queue: &mut Vec<Command>) {
    let mut button = Button::new(label);
    if let Some(text) = shortcut_text(ui.ctx(), &command) {
        button = button.shortcut_text(text);
    }
    if ui.add(button).clicked() {
        queue.push(command);
    }
}

pub fn show(ui: &mut Ui, settings: &Settings, queue: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            item(ui, "New", Command::NewScenario, queue);
            item(ui, "Open…", Command::OpenDialog, queue);
            item(ui, "Open path…", Command::OpenPathPrompt, queue);
            ui.menu_button("Open Recent", |ui| {
                if settings.recent_files.is_empty() {
                    ui.label("No recent files");
                }
                for path in &settings.recent_files {
                    let name = path.display().to_string();
                    if ui.button(name).clicked() {
                        queue.push(Command::Open(path.clone()));
                    }
                }
            });
            ui.separator();
            item(ui, "Save", Command::Save, queue);
            item(ui, "Save As…", Command::SaveAsDialog, queue);
            item(ui, "Save to path…", Command::SaveAsPathPrompt, queue);
            ui.separator();
            item(
                ui,
                "Import price history…",
                Command::ImportPricesDialog,
                queue,
            );
            item(
                ui,
                "Import price history from path…",
                Command::ImportPricesPathPrompt,
                queue,
            );
            ui.menu_button("Export", |ui| {
                for format in Format::ALL {
                    item(
                        ui,
                        &format!("{}…", format.label()),
                        Command::ExportDialog(format),
                        queue,
                    );
                }
                ui.separator();
                item(ui, "Copy summary", Command::CopySummary, queue);
            });
            ui.separator();
            item(ui, "Quit", Command::Quit, queue);
        });
        ui.menu_button("Edit", |ui| {
            item(ui, "Undo", Command::Undo, queue);
            item(ui, "Redo", Command::Redo, queue);
        });
        ui.menu_button("View", |ui| {
            for panel in Panel::ALL {
                item(ui, panel.label(), Command::ShowPanel(panel), queue);
            }
            ui.separator();
            for theme in ThemeChoice::ALL {
                if ui.radio(settings.theme == theme, theme.label()).clicked() {
                    queue.push(Command::SetTheme(theme));
                }
            }
            ui.separator();
            item(ui, "Zoom in", Command::ZoomIn, queue);
            item(ui, "Zoom out", Command::ZoomOut, queue);
            item(ui, "Actual size", Command::ZoomReset, queue);
        });
        ui.menu_button("Help", |ui| {
            item(ui, "Formulas and sources", Command::ShowHelp, queue);
            item(ui, "About Offering Desk", Command::ShowAbout, queue);
        });
    });
}

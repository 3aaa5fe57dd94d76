//! The menu bar: File, Edit, View, Help. Items only queue commands.

use eframe::egui::{self, Button, Ui};

use super::Panel;
use super::command::{Command, shortcut_text};
use super::lang::{language, tr};
use super::settings::{Settings, ThemeChoice};
use crate::i18n::Language;
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

/// `valuing`: the paid-in grant's value is being computed; the exports wait for it.
pub fn show(ui: &mut Ui, settings: &Settings, valuing: bool, queue: &mut Vec<Command>) {
    let current_language = language(ui.ctx());
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr(ui, "menu-file"), |ui| {
            item(ui, &tr(ui, "menu-new"), Command::NewScenario, queue);
            item(ui, &tr(ui, "menu-open"), Command::OpenDialog, queue);
            item(
                ui,
                &tr(ui, "menu-open-path"),
                Command::OpenPathPrompt,
                queue,
            );
            ui.menu_button(tr(ui, "menu-open-recent"), |ui| {
                if settings.recent_files.is_empty() {
                    ui.label(tr(ui, "menu-no-recent"));
                }
                for path in &settings.recent_files {
                    let name = path.display().to_string();
                    if ui.button(name).clicked() {
                        queue.push(Command::Open(path.clone()));
                    }
                }
            });
            ui.separator();
            item(ui, &tr(ui, "menu-save"), Command::Save, queue);
            item(ui, &tr(ui, "menu-save-as"), Command::SaveAsDialog, queue);
            item(
                ui,
                &tr(ui, "menu-save-path"),
                Command::SaveAsPathPrompt,
                queue,
            );
            item(
                ui,
                &tr(ui, "menu-duplicate-variant"),
                Command::DuplicateAsVariant,
                queue,
            );
            item(ui, &tr(ui, "menu-compare"), Command::CompareDialog, queue);
            ui.separator();
            item(
                ui,
                &tr(ui, "menu-import-prices"),
                Command::ImportPricesDialog,
                queue,
            );
            item(
                ui,
                &tr(ui, "menu-import-prices-path"),
                Command::ImportPricesPathPrompt,
                queue,
            );
            item(
                ui,
                &tr(ui, "menu-import-curve"),
                Command::ImportCurveDialog,
                queue,
            );
            ui.menu_button(tr(ui, "menu-export"), |ui| {
                // Written with the grant's value, so not while it is being computed.
                let waits = tr(ui, "menu-export-valuing");
                if valuing {
                    ui.label(egui::RichText::new(&waits).weak());
                }
                ui.add_enabled_ui(!valuing, |ui| {
                    for format in Format::ALL {
                        item(
                            ui,
                            &format!("{}…", format.label_in(crate::ui::lang::language(ui.ctx()))),
                            Command::ExportDialog(format),
                            queue,
                        );
                    }
                    ui.separator();
                    item(
                        ui,
                        &tr(ui, "menu-copy-summary"),
                        Command::CopySummary,
                        queue,
                    );
                })
                .response
                .on_disabled_hover_text(waits);
            });
            ui.separator();
            item(ui, &tr(ui, "menu-quit"), Command::Quit, queue);
        });
        ui.menu_button(tr(ui, "menu-edit"), |ui| {
            item(ui, &tr(ui, "menu-undo"), Command::Undo, queue);
            item(ui, &tr(ui, "menu-redo"), Command::Redo, queue);
        });
        ui.menu_button(tr(ui, "menu-view"), |ui| {
            for panel in Panel::ALL {
                item(
                    ui,
                    &tr(ui, panel.message_id()),
                    Command::ShowPanel(panel),
                    queue,
                );
            }
            ui.separator();
            for theme in ThemeChoice::ALL {
                if ui
                    .radio(settings.theme == theme, tr(ui, theme.message_id()))
                    .clicked()
                {
                    queue.push(Command::SetTheme(theme));
                }
            }
            ui.separator();
            ui.menu_button(tr(ui, "menu-language"), |ui| {
                for language in Language::ALL {
                    if ui
                        .radio(current_language == language, language.native_name())
                        .clicked()
                    {
                        queue.push(Command::SetLanguage(language));
                    }
                }
            });
            ui.separator();
            item(ui, &tr(ui, "menu-zoom-in"), Command::ZoomIn, queue);
            item(ui, &tr(ui, "menu-zoom-out"), Command::ZoomOut, queue);
            item(ui, &tr(ui, "menu-zoom-reset"), Command::ZoomReset, queue);
        });
        ui.menu_button(tr(ui, "menu-help"), |ui| {
            item(ui, &tr(ui, "menu-formulas"), Command::ShowHelp, queue);
            item(ui, &tr(ui, "menu-about"), Command::ShowAbout, queue);
        });
    });
}

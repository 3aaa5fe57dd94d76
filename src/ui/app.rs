//! The application state: the open scenario and the figures derived from it each frame.

use std::path::PathBuf;

use eframe::egui;

use crate::report::{self, Figure};
use crate::scenario::{self, Scenario, ScenarioResults};
use crate::storage;

/// The open scenario and where it came from. Results are derived every frame, never stored.
pub struct DeskApp {
    scenario: Option<Scenario>,
    path: Option<PathBuf>,
    /// Why the requested file could not be opened, shown above the sample.
    load_error: Option<String>,
}

impl DeskApp {
    pub fn new(_cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        let mut load_error = None;
        let mut path = None;
        let loaded = match &file {
            Some(p) => match storage::load_scenario(p) {
                Ok(s) => {
                    path = Some(p.clone());
                    Some(s)
                }
                Err(e) => {
                    load_error = Some(e.to_string());
                    None
                }
            },
            None => None,
        };
        let scenario = loaded.or_else(|| match scenario::sample() {
            Ok(s) => Some(s),
            Err(e) => {
                load_error = Some(format!("the bundled sample scenario is invalid: {e}"));
                None
            }
        });
        Self {
            scenario,
            path,
            load_error,
        }
    }

    fn title(&self) -> String {
        let name = self
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "Sample scenario".to_owned());
        format!("{name} — Offering Desk")
    }
}

impl eframe::App for DeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ui.ctx()
            .send_viewport_cmd(egui::ViewportCommand::Title(self.title()));
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(err) = &self.load_error {
                ui.colored_label(ui.visuals().error_fg_color, err);
                ui.separator();
            }
            let Some(scenario) = &self.scenario else {
                return;
            };
            ui.heading(&scenario.title);
            let results = ScenarioResults::compute(scenario);
            let figures = report::summary(scenario, &results);
            egui::ScrollArea::vertical().show(ui, |ui| summary_grid(ui, &figures));
        });
    }
}

fn summary_grid(ui: &mut egui::Ui, figures: &[Figure]) {
    let mut current = "";
    for f in figures {
        if f.section != current {
            ui.add_space(8.0);
            ui.strong(f.section.to_uppercase());
            current = f.section;
        }
        ui.horizontal(|ui| {
            ui.label(&f.label);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.monospace(f.value.display()).on_hover_text(&f.derivation);
            });
        });
    }
}

//! The summary panel: every figure of the scenario with its derivation, as the command
//! line and the clipboard print it.

use crate::ui::lang::tr;
use eframe::egui::{RichText, Ui};

use super::PanelContext;
use crate::report;
use crate::ui::command::Command;
use crate::ui::results::figures_grid;

#[derive(Default)]
pub struct SummaryPanel {}

impl SummaryPanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        let scenario = &*cx.form.scenario;
        let language = crate::ui::lang::language(ui.ctx());
        ui.horizontal(|ui| {
            ui.heading(scenario.title_in(language));
            if ui.button(tr(ui, "ui-copy-summary")).clicked() {
                cx.queue.push(Command::CopySummary);
            }
        });
        ui.label(RichText::new(scenario.company.name_in(language)).weak());
        let figures = report::summary(scenario, cx.results);
        let stale = cx.stale();
        for (section, title) in [
            ("offering", tr(ui, "panel-offering")),
            ("dilution", tr(ui, "ui-capital-and-dilution")),
            ("timetable", tr(ui, "panel-timetable")),
            ("option", tr(ui, "panel-options")),
            ("volatility", tr(ui, "panel-volatility")),
        ] {
            ui.add_space(10.0);
            ui.label(RichText::new(title).heading());
            let rows: Vec<&report::Figure> =
                figures.iter().filter(|f| f.section == section).collect();
            figures_grid(ui, section, &rows, stale);
        }
    }
}

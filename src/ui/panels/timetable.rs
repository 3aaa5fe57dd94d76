//! The timetable panel.

use eframe::egui::Ui;

use super::PanelContext;

#[derive(Default)]
pub struct TimetablePanel {}

impl TimetablePanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        let _ = cx;
        ui.heading("timetable");
    }
}

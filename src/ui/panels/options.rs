//! The options panel.

use eframe::egui::Ui;

use super::PanelContext;

#[derive(Default)]
pub struct OptionsPanel {}

impl OptionsPanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        let _ = cx;
        ui.heading("options");
    }
}

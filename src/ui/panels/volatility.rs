//! The volatility panel.

use eframe::egui::Ui;

use super::PanelContext;

#[derive(Default)]
pub struct VolatilityPanel {}

impl VolatilityPanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        let _ = cx;
        ui.heading("volatility");
    }
}

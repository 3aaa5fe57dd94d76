//! About: version and build date (stamped by build.rs).

use crate::ui::lang::tr;
use eframe::egui;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
pub const BUILD_DATE: &str = env!("OFFERING_DESK_BUILD_DATE");

/// Returns false once closed.
pub fn show(ctx: &egui::Context) -> bool {
    let mut open = true;
    let modal = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading("Offering Desk");
        ui.label(format!("Version {VERSION}, built {BUILD_DATE}"));
        ui.add_space(6.0);
        ui.label(
            "Pricing of Japanese follow-on offerings and stock-compensation stock options: \
             issue price, capital split, proceeds, timetable and option value per right.",
        );
        ui.add_space(8.0);
        if ui.button(tr(ui, "ui-close")).clicked() {
            open = false;
        }
    });
    open && !modal.should_close()
}

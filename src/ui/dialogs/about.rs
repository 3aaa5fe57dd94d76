//! About: version and build date (stamped by build.rs).

use crate::ui::lang::{tr, tr_args};
use eframe::egui;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
pub const BUILD_DATE: &str = env!("OFFERING_DESK_BUILD_DATE");

/// Returns false once closed.
pub fn show(ctx: &egui::Context) -> bool {
    let mut open = true;
    let modal = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading("Offering Desk");
        ui.label(tr_args(
            ui,
            "about-version",
            &[("version", VERSION), ("date", BUILD_DATE)],
        ));
        ui.add_space(6.0);
        ui.label(tr(ui, "about-text"));
        ui.add_space(8.0);
        if ui.button(tr(ui, "ui-close")).clicked() {
            open = false;
        }
    });
    open && !modal.should_close()
}

//! The desktop window (eframe, glow renderer).

mod app;

pub use app::DeskApp;

use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the window on `file`, or on the bundled sample scenario.
pub fn run(file: Option<PathBuf>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("Offering Desk")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Offering Desk",
        options,
        Box::new(move |cc| Ok(Box::new(DeskApp::new(cc, file)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

//! The desktop window (eframe, glow renderer): the app state and its commands in
//! `app.rs`, one file per panel in `panels/`, one file per dialog in `dialogs/`.

mod app;
mod command;
mod dialogs;
mod fields;
mod files;
mod fonts;
mod history_check;
mod history_words;
mod import_job;
pub(crate) mod lang;
mod menu_bar;
mod notices;
mod paid_job;
mod panels;
mod results;
mod settings;
mod status_bar;
mod style;
mod tabs;
mod value_queue;

pub use app::DeskApp;
pub use command::Command;
pub use notices::Notice;
pub use settings::{Settings, ThemeChoice};

use std::path::PathBuf;
use std::process::ExitCode;

use serde::{Deserialize, Serialize};

/// Names the data folder (settings, window state, recovery file).
pub const APP_ID: &str = "offering-desk";

/// The panels, in tab order.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, clap::ValueEnum,
)]
pub enum Panel {
    #[default]
    Offering,
    Timetable,
    Options,
    Paid,
    Volatility,
    Notices,
    Summary,
    Compare,
}

impl Panel {
    pub const ALL: [Panel; 8] = [
        Panel::Offering,
        Panel::Timetable,
        Panel::Options,
        Panel::Paid,
        Panel::Volatility,
        Panel::Notices,
        Panel::Summary,
        Panel::Compare,
    ];

    /// The message id of the panel's name (tabs, View menu).
    pub fn message_id(self) -> &'static str {
        match self {
            Panel::Offering => "panel-offering",
            Panel::Timetable => "panel-timetable",
            Panel::Options => "panel-options",
            Panel::Paid => "panel-paid",
            Panel::Volatility => "panel-volatility",
            Panel::Notices => "panel-notices",
            Panel::Summary => "panel-summary",
            Panel::Compare => "panel-compare",
        }
    }

    /// The panel that edits a field path ("option.volatility" → Stock options).
    pub fn for_field(path: &str) -> Panel {
        const ON_NOTICES: [&str; 11] = [
            "schedule.launch_resolution_date",
            "schedule.pricing_resolution_date",
            "option.resolution_date",
            "option.dividend_fiscal_year_end",
            "option.dividend_split_effective_date",
            "option.acquisition_conditions",
            "option.restructuring_terms",
            "option.exercise_conditions",
            "option.acquisition_conditions_ja",
            "option.restructuring_terms_ja",
            "option.exercise_conditions_ja",
        ];
        if ON_NOTICES.contains(&path) {
            return Panel::Notices;
        }
        let head = path.split(['.', '[']).next().unwrap_or(path);
        match head {
            "title" | "notes" | "company" | "drafts" => Panel::Notices,
            "schedule" => Panel::Timetable,
            "option" => Panel::Options,
            "paid_option" => Panel::Paid,
            "price_history" | "volatility" => Panel::Volatility,
            "offering" => Panel::Offering,
            _ => Panel::Summary,
        }
    }
}

/// How the window starts: a file to open, and optionally a panel and theme (the
/// screenshot script uses those two).
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    pub file: Option<PathBuf>,
    pub panel: Option<Panel>,
    pub theme: Option<ThemeChoice>,
    /// The window's language; remembered. `None` keeps the remembered one, or on the
    /// first run the system's.
    pub language: Option<crate::i18n::Language>,
    /// Scenario files to show on the Compare tab (which then opens first).
    pub compare: Vec<PathBuf>,
    /// Where unsaved work is kept for recovery; `None` keeps none (tests). The window
    /// uses the app's data folder.
    pub data_dir: Option<PathBuf>,
}

/// The app icon (assets/icon) for the title bar, taskbar and window switcher; decoded
/// with the PNG reader eframe already carries. `None` (eframe's default icon) if the
/// bundled file were ever unreadable: an icon is no reason not to open the desk.
fn window_icon() -> Option<eframe::egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon/offering-desk-128.png"))
        .ok()
}

/// Opens the window.
pub fn run(mut start: StartOptions) -> ExitCode {
    if start.data_dir.is_none() {
        start.data_dir = eframe::storage_dir(APP_ID);
    }
    let mut viewport = eframe::egui::ViewportBuilder::default()
        .with_title("Offering Desk")
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 820.0])
        .with_min_inner_size([760.0, 480.0]);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        persist_window: true,
        ..Default::default()
    };
    let result = eframe::run_native(
        "Offering Desk",
        options,
        Box::new(move |cc| Ok(Box::new(DeskApp::new(cc, start)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

//! What the window remembers between runs (eframe storage): recent files, theme, zoom
//! and the panel last shown. The window size is persisted by eframe itself.

use std::path::{Path, PathBuf};

use eframe::egui;
use serde::{Deserialize, Serialize};

use super::Panel;
use crate::i18n::Language;

pub const SETTINGS_KEY: &str = "offering-desk-settings";
const MAX_RECENT: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
pub enum ThemeChoice {
    Light,
    Dark,
    #[default]
    System,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::System];

    /// The message id of the choice's name (View menu).
    pub fn message_id(self) -> &'static str {
        match self {
            ThemeChoice::Light => "theme-light",
            ThemeChoice::Dark => "theme-dark",
            ThemeChoice::System => "theme-system",
        }
    }

    pub fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
            ThemeChoice::System => egui::ThemePreference::System,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub recent_files: Vec<PathBuf>,
    pub theme: ThemeChoice,
    pub zoom: f32,
    pub panel: Panel,
    /// The language chosen in View > Language; `None` until one is (then the system's).
    pub language: Option<Language>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            recent_files: Vec::new(),
            theme: ThemeChoice::System,
            zoom: 1.0,
            panel: Panel::Offering,
            language: None,
        }
    }
}

impl Settings {
    /// Moves `path` to the top of the recent list.
    pub fn remember(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_path_buf());
        self.recent_files.truncate(MAX_RECENT);
    }

    pub fn forget(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
    }

    /// Zoom kept within what stays readable and fits a laptop screen.
    pub fn clamp_zoom(zoom: f32) -> f32 {
        zoom.clamp(0.5, 2.5)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_move_to_the_top_without_duplicates_and_stay_bounded() {
        let mut s = Settings::default();
        for i in 0..12 {
            s.remember(Path::new(&format!("deal-{i}.json")));
        }
        assert_eq!(s.recent_files.len(), MAX_RECENT);
        assert_eq!(s.recent_files[0], Path::new("deal-11.json"));
        s.remember(Path::new("deal-5.json"));
        assert_eq!(s.recent_files[0], Path::new("deal-5.json"));
        assert_eq!(
            s.recent_files
                .iter()
                .filter(|p| *p == Path::new("deal-5.json"))
                .count(),
            1
        );
    }

    #[test]
    fn settings_survive_a_round_trip_and_tolerate_missing_fields() {
        let mut s = Settings::default();
        s.remember(Path::new("a.json"));
        s.theme = ThemeChoice::Dark;
        s.zoom = 1.3;
        s.panel = Panel::Volatility;
        s.language = Some(Language::Japanese);
        let text = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<Settings>(&text).unwrap(), s);
        // A file written by an older build with fewer fields still loads.
        let old: Settings = serde_json::from_str(r#"{"theme":"Dark"}"#).unwrap();
        assert_eq!(old.theme, ThemeChoice::Dark);
        assert_eq!(old.zoom, 1.0);
    }

    #[test]
    fn zoom_is_kept_readable() {
        assert_eq!(Settings::clamp_zoom(0.1), 0.5);
        assert_eq!(Settings::clamp_zoom(9.0), 2.5);
        assert_eq!(Settings::clamp_zoom(1.2), 1.2);
    }
}

//! Every user action is one `Command`, handled in one place (`DeskApp::handle`), whether
//! it came from a menu, a shortcut, a button or a dropped file.

use std::path::PathBuf;

use eframe::egui::{Key, KeyboardShortcut, Modifiers};

use super::Panel;
use super::settings::ThemeChoice;
use crate::report::Format;

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    NewScenario,
    /// Ask for a file with the system dialog.
    OpenDialog,
    /// Ask for a path typed by hand (works where no dialog service exists).
    OpenPathPrompt,
    Open(PathBuf),
    Save,
    SaveAsDialog,
    SaveAsPathPrompt,
    SaveAs(PathBuf),
    ImportPricesDialog,
    ImportPricesPathPrompt,
    /// Parse a CSV and show the preview; nothing is replaced yet.
    PreviewPrices(PathBuf),
    /// Ask for the Ministry of Finance's JGB yield curve CSV with the system dialog.
    ImportCurveDialog,
    /// Read a JGB curve file and show r for the option with its derivation; nothing
    /// changes until "Use this rate".
    PreviewCurve(PathBuf),
    CopySummary,
    /// Ask for scenario files to add to the Compare tab (several at once).
    CompareDialog,
    /// Read scenario files and add them to the Compare tab as columns.
    AddToComparison(Vec<PathBuf>),
    /// Ask where to write the comparison.
    ExportComparisonDialog(crate::report::ComparisonFormat),
    ExportComparison(crate::report::ComparisonFormat, PathBuf),
    /// The open scenario becomes an unsaved copy with the next variant title; the base
    /// file is left as last saved.
    DuplicateAsVariant,
    /// Ask where to write an export (system dialog, typed path as fallback).
    ExportDialog(Format),
    Export(Format, PathBuf),
    Quit,
    Undo,
    Redo,
    SetTheme(ThemeChoice),
    SetLanguage(crate::i18n::Language),
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ShowPanel(Panel),
    ShowHelp,
    ShowAbout,
    /// From the status bar: open the panel of the first invalid field and focus it.
    JumpToFirstProblem,
    /// Stop the paid-in grant's valuation; it stays stopped until the terms change.
    StopPaidValuation,
    /// Value the paid-in grant after all, once stopped.
    ResumePaidValuation,
}

impl Command {
    /// Commands that would discard unsaved work go through the Save / Discard / Cancel prompt.
    pub fn discards_work(&self) -> bool {
        matches!(
            self,
            Command::NewScenario | Command::Open(_) | Command::Quit
        )
    }
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

/// Makes the command a shortcut stands for.
pub type MakeCommand = fn() -> Command;

/// The keyboard shortcuts, most specific first (Ctrl+Shift+S before Ctrl+S).
pub const SHORTCUTS: &[(KeyboardShortcut, MakeCommand)] = &[
    (KeyboardShortcut::new(CTRL_SHIFT, Key::S), || {
        Command::SaveAsDialog
    }),
    (KeyboardShortcut::new(CTRL_SHIFT, Key::Z), || Command::Redo),
    (KeyboardShortcut::new(CTRL, Key::N), || Command::NewScenario),
    (KeyboardShortcut::new(CTRL, Key::O), || Command::OpenDialog),
    (KeyboardShortcut::new(CTRL, Key::S), || Command::Save),
    (KeyboardShortcut::new(CTRL, Key::Z), || Command::Undo),
    (KeyboardShortcut::new(CTRL, Key::Y), || Command::Redo),
    (KeyboardShortcut::new(CTRL, Key::Q), || Command::Quit),
];

/// The shortcut text shown beside a menu item.
pub fn shortcut_text(ctx: &eframe::egui::Context, command: &Command) -> Option<String> {
    SHORTCUTS
        .iter()
        .find(|(_, make)| make() == *command)
        .map(|(s, _)| ctx.format_shortcut(s))
}

//! System file dialogs on a worker thread, so the window never freezes while one is open.
//!
//! On Linux, rfd talks to the XDG desktop portal (or zenity) and returns nothing at once
//! when neither exists, exactly as when the user cancels. A dialog that "cancels"
//! faster than a person could is taken to mean "no dialog service": the app then asks
//! for a typed path instead.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use eframe::egui;

use crate::i18n::Language;
use crate::report::{ComparisonFormat, Format};

/// What the chosen file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilePurpose {
    OpenScenario,
    SaveScenario,
    ImportPrices,
    ImportCurve,
    Export(Format),
    /// Scenario files to compare (several may be picked).
    CompareScenarios,
    ExportComparison(ComparisonFormat),
}

impl FilePurpose {
    /// The dialog's title in `language`.
    pub fn title(self, language: Language) -> String {
        match self {
            FilePurpose::OpenScenario => crate::i18n::text(language, "dialog-open-scenario"),
            FilePurpose::SaveScenario => crate::i18n::text(language, "dialog-save-scenario-as"),
            FilePurpose::ImportPrices => crate::i18n::text(language, "dialog-import-prices"),
            FilePurpose::ImportCurve => crate::i18n::text(language, "dialog-import-curve"),
            FilePurpose::Export(format) => format.label_in(language),
            FilePurpose::CompareScenarios => {
                crate::i18n::text(language, "dialog-compare-scenarios")
            }
            FilePurpose::ExportComparison(_) => {
                crate::i18n::text(language, "dialog-export-comparison")
            }
        }
    }

    /// The file-type filter of the dialog: its name (a message) and extensions.
    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            FilePurpose::OpenScenario
            | FilePurpose::SaveScenario
            | FilePurpose::CompareScenarios => ("filter-scenario", &["json"]),
            FilePurpose::ExportComparison(ComparisonFormat::Xlsx) => ("filter-xlsx", &["xlsx"]),
            FilePurpose::ExportComparison(ComparisonFormat::Csv) => ("filter-csv", &["csv"]),
            FilePurpose::ImportPrices | FilePurpose::ImportCurve => ("filter-csv", &["csv", "txt"]),
            FilePurpose::Export(Format::Xlsx) => ("filter-xlsx", &["xlsx"]),
            FilePurpose::Export(Format::Csv | Format::PricesCsv) => ("filter-csv", &["csv"]),
            FilePurpose::Export(
                Format::PricingNoticeMd | Format::OptionNoticeMd | Format::PaidNoticeMd,
            ) => ("filter-markdown", &["md"]),
            FilePurpose::Export(
                Format::PricingNoticeHtml | Format::OptionNoticeHtml | Format::PaidNoticeHtml,
            ) => ("filter-html", &["html"]),
        }
    }

    /// Whether the dialog picks a file to write (rather than one to read).
    fn writes(self) -> bool {
        matches!(
            self,
            FilePurpose::SaveScenario | FilePurpose::Export(_) | FilePurpose::ExportComparison(_)
        )
    }
}

/// The answer of a dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum DialogOutcome {
    Chosen(FilePurpose, PathBuf),
    /// Several files, from a dialog that lets the user pick more than one.
    ChosenMany(FilePurpose, Vec<PathBuf>),
    Cancelled,
    /// Returned too fast to have been shown: ask for a typed path.
    Unavailable(FilePurpose),
}

/// Faster than this, a "cancel" cannot have come from a person.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(400);

/// The worker's answer: the files picked, or none (cancelled or no dialog service).
type Picked = Receiver<Option<Vec<PathBuf>>>;

#[derive(Default)]
pub struct FileDialogs {
    pending: Option<(FilePurpose, Instant, Picked)>,
}

impl FileDialogs {
    pub fn busy(&self) -> bool {
        self.pending.is_some()
    }

    /// Opens the system dialog on a worker thread; `poll` collects the answer.
    pub fn start(&mut self, purpose: FilePurpose, ctx: &egui::Context, file_name: Option<String>) {
        if self.busy() {
            return;
        }
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let language = super::lang::language(&ctx);
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let (filter_name, extensions) = purpose.filter();
                let mut dialog = rfd::AsyncFileDialog::new()
                    .set_title(purpose.title(language))
                    .add_filter(crate::i18n::text(language, filter_name), extensions);
                if let Some(name) = file_name {
                    dialog = dialog.set_file_name(name);
                }
                let picked = pollster::block_on(async move {
                    if purpose.writes() {
                        dialog.save_file().await.map(|h| vec![h])
                    } else if purpose == FilePurpose::CompareScenarios {
                        dialog.pick_files().await
                    } else {
                        dialog.pick_file().await.map(|h| vec![h])
                    }
                });
                let paths = picked
                    .map(|handles| handles.iter().map(|h| h.path().to_path_buf()).collect())
                    .filter(|paths: &Vec<PathBuf>| !paths.is_empty());
                let _ = tx.send(paths);
                ctx.request_repaint();
            });
        if spawned.is_ok() {
            self.pending = Some((purpose, Instant::now(), rx));
        }
    }

    /// The dialog's answer, once there is one.
    pub fn poll(&mut self) -> Option<DialogOutcome> {
        let (purpose, started, rx) = self.pending.as_ref()?;
        let outcome = match rx.try_recv() {
            Ok(Some(mut paths)) if paths.len() == 1 => {
                DialogOutcome::Chosen(*purpose, paths.remove(0))
            }
            Ok(Some(paths)) => DialogOutcome::ChosenMany(*purpose, paths),
            Ok(None) if started.elapsed() < NO_DIALOG_THRESHOLD => {
                DialogOutcome::Unavailable(*purpose)
            }
            Ok(None) => DialogOutcome::Cancelled,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => DialogOutcome::Unavailable(*purpose),
        };
        self.pending = None;
        Some(outcome)
    }
}

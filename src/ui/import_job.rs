//! Reading and parsing a price CSV on a worker thread, so a file of up to the size
//! limit never freezes the window. The worker reports bytes done; the app polls the
//! job each frame (from `App::logic`, which runs even while the window is minimised),
//! shows the progress, and may cancel it. The scenario is not touched here: the parsed
//! closes go to the preview, and a file that fails changes nothing. The preview reads
//! the same text again, on a worker too ([`Reparse`]), when another close column is
//! chosen.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use eframe::egui;

use super::dialogs::import_preview::closes_of;
use crate::domain::volatility::Close;
use crate::domain::{FieldError, Message};
use crate::i18n::Language;
use crate::price_csv::{ParsedPrices, PriceColumns, parse_price_csv_with_progress};
use crate::storage;
use crate::text_encoding::TextEncoding;

/// What the worker is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Reading,
    Parsing,
}

/// A snapshot of the job's progress for the status bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub file_name: String,
    pub stage: Stage,
    pub done: u64,
    pub total: u64,
}

impl Progress {
    /// Reading is the first half of the bar, parsing the second.
    pub fn fraction(&self) -> f32 {
        let part = if self.total == 0 {
            0.0
        } else {
            (self.done as f64 / self.total as f64).clamp(0.0, 1.0)
        };
        let stage = match self.stage {
            Stage::Reading => 0.0,
            Stage::Parsing => 1.0,
        };
        ((stage + part) / 2.0) as f32
    }

    /// "Reading prices.csv: 12.0 of 48.0 MB", in `language`.
    pub fn text(&self, language: crate::i18n::Language) -> String {
        let stage = match self.stage {
            Stage::Reading => "reading",
            Stage::Parsing => "parsing",
        };
        crate::i18n::text_with(
            language,
            "import-progress",
            &[
                ("stage", stage.into()),
                ("file", self.file_name.clone().into()),
                ("done", megabytes(self.done).into()),
                ("total", megabytes(self.total).into()),
            ],
        )
    }
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

/// How a job ended.
#[derive(Debug)]
pub enum Outcome {
    /// The parsed file and its closes as statistics inputs, converted here rather than
    /// on the UI thread (millions of decimals take a while), and the file's text, kept
    /// for reading another close column.
    Done(Read),
    Failed(String),
    Cancelled(PathBuf),
}

/// A file read and parsed.
#[derive(Debug)]
pub struct Read {
    pub path: PathBuf,
    pub text: Arc<str>,
    pub parsed: ParsedPrices,
    pub closes: Vec<Close>,
}

/// Shared between the worker and the app.
#[derive(Default)]
struct Shared {
    stage: AtomicU8,
    done: AtomicU64,
    total: AtomicU64,
    cancel: AtomicBool,
}

/// One CSV being read in the background.
pub struct ImportJob {
    path: PathBuf,
    shared: Arc<Shared>,
    result: Receiver<Result<Read, String>>,
    /// The window's language when the job started: its failures are said in it.
    language: Language,
}

impl ImportJob {
    /// Starts reading `path` on a worker thread; `ctx` is asked to repaint as the work
    /// advances, so progress shows and the result is collected promptly.
    pub fn start(path: &Path, ctx: &egui::Context) -> Result<Self, String> {
        let language = crate::ui::lang::language(ctx);
        let shared = Arc::new(Shared::default());
        let (tx, rx) = channel();
        let worker_shared = Arc::clone(&shared);
        let worker_path = path.to_path_buf();
        let ctx = ctx.clone();
        std::thread::Builder::new()
            .name("price-import".into())
            .spawn(move || {
                let result = read_and_parse(&worker_path, &worker_shared, &ctx, language);
                let _ = tx.send(result);
                ctx.request_repaint();
            })
            .map_err(|e| {
                Message::id("import-cannot-start")
                    .with("path", path.display().to_string())
                    .with("detail", e.to_string())
                    .text(language)
            })?;
        Ok(Self {
            path: path.to_path_buf(),
            shared,
            result: rx,
            language,
        })
    }

    pub fn progress(&self) -> Progress {
        Progress {
            file_name: self
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| self.path.display().to_string()),
            stage: match self.shared.stage.load(Ordering::Relaxed) {
                0 => Stage::Reading,
                _ => Stage::Parsing,
            },
            done: self.shared.done.load(Ordering::Relaxed),
            total: self.shared.total.load(Ordering::Relaxed),
        }
    }

    /// Asks the worker to stop; the next `poll` reports the job cancelled at once.
    pub fn cancel(&self) {
        self.shared.cancel.store(true, Ordering::Relaxed);
    }

    /// The outcome, once there is one.
    pub fn poll(&mut self) -> Option<Outcome> {
        if self.shared.cancel.load(Ordering::Relaxed) {
            return Some(Outcome::Cancelled(self.path.clone()));
        }
        match self.result.try_recv() {
            Ok(Ok(read)) => Some(Outcome::Done(read)),
            Ok(Err(message)) => Some(Outcome::Failed(message)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Outcome::Failed(
                Message::id("import-stopped")
                    .with("path", self.path.display().to_string())
                    .text(self.language),
            )),
        }
    }
}

impl Drop for ImportJob {
    /// A job dropped unfinished (replaced by another, or the app closing) stops its worker.
    fn drop(&mut self) {
        self.shared.cancel.store(true, Ordering::Relaxed);
    }
}

fn read_and_parse(
    path: &Path,
    shared: &Shared,
    ctx: &egui::Context,
    language: Language,
) -> Result<Read, String> {
    let report = |done: u64, total: u64| {
        shared.done.store(done, Ordering::Relaxed);
        shared.total.store(total, Ordering::Relaxed);
        ctx.request_repaint();
        !shared.cancel.load(Ordering::Relaxed)
    };
    let (text, encoding) =
        storage::read_any_text_with_progress(path, report).map_err(|e| e.message_in(language))?;
    shared.stage.store(1, Ordering::Relaxed);
    report(0, text.len() as u64);
    let mut parsed = parse_price_csv_with_progress(&text, &PriceColumns::default(), report)
        .map_err(|e| {
            format!(
                "{}: {}: {}",
                path.display(),
                e.field,
                e.message_in(language)
            )
        })?;
    parsed.encoding = encoding;
    let closes = closes_of(&parsed);
    Ok(Read {
        path: path.to_path_buf(),
        text: text.into(),
        parsed,
        closes,
    })
}

/// What a [`Reparse`] gives: the closes from the chosen column, or why there are none.
pub type Reparsed = Result<(ParsedPrices, Vec<Close>), FieldError>;

/// The text of a file already read, parsed again with another close column on a
/// worker thread: a file of up to the size limit takes a while. Dropping it stops the
/// worker.
pub struct Reparse {
    /// The column asked for.
    pub column: String,
    cancel: Arc<AtomicBool>,
    result: Receiver<Reparsed>,
}

impl Reparse {
    /// Starts parsing `text` (read as `encoding`) with its close from `column`; `ctx`
    /// is asked to repaint when it is done.
    pub fn start(
        text: Arc<str>,
        encoding: TextEncoding,
        column: &str,
        ctx: &egui::Context,
    ) -> Self {
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, rx) = channel();
        let columns = PriceColumns {
            close: Some(column.to_owned()),
        };
        let work = {
            let cancel = Arc::clone(&cancel);
            let ctx = ctx.clone();
            move || {
                let parsed = parse_price_csv_with_progress(&text, &columns, |_, _| {
                    !cancel.load(Ordering::Relaxed)
                })
                .map(|mut parsed| {
                    parsed.encoding = encoding;
                    let closes = closes_of(&parsed);
                    (parsed, closes)
                });
                let _ = tx.send(parsed);
                ctx.request_repaint();
            }
        };
        let result = match std::thread::Builder::new()
            .name("price-reparse".into())
            .spawn(work)
        {
            Ok(_) => rx,
            // No thread to be had: say so where the closes would have shown.
            Err(e) => {
                let (tx, failed) = channel();
                let _ = tx.send(Err(FieldError::new(
                    "price_history.csv",
                    Message::id("import-cannot-start")
                        .with("path", column.to_owned())
                        .with("detail", e.to_string()),
                )));
                failed
            }
        };
        Self {
            column: column.to_owned(),
            cancel,
            result,
        }
    }

    /// The closes from the column, once parsed.
    pub fn poll(&self) -> Option<Reparsed> {
        match self.result.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(FieldError::new(
                "price_history.csv",
                Message::id("import-stopped").with("path", self.column.clone()),
            ))),
        }
    }
}

impl Drop for Reparse {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

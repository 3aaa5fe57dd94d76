//! The application: the open scenario, its file, undo history and dialogs, and the one
//! place where commands are carried out. Results are derived from the scenario every
//! frame and never stored.

use crate::i18n::Language;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

use eframe::egui;
use eframe::egui::util::undoer::Undoer;

use super::command::{Command, SHORTCUTS};
use super::dialogs::conflict::ConflictChoice;
use super::dialogs::curve_preview::{CurvePreview, CurvePreviewResult};
use super::dialogs::import_preview::{ImportPreview, PreviewResult};
use super::dialogs::path_prompt::{PathPrompt, PromptResult};
use super::dialogs::restore::{self, RestoreChoice};
use super::dialogs::unsaved::UnsavedChoice;
use super::dialogs::{about, conflict, curve_preview, help, import_preview, path_prompt, unsaved};
use super::fields::{Drafts, Form};
use super::files::{DialogOutcome, FileDialogs, FilePurpose};
use super::history_check::CheckCache;
use super::import_job::{ImportJob, Outcome as ImportOutcome};
use super::notices::Notices;
use super::paid_job::PaidValuer;
use super::panels::{PanelContext, Panels};
use super::settings::{SETTINGS_KEY, Settings};
use super::{Panel, StartOptions};
use crate::domain::money::format_count;
use crate::domain::yield_curve;
use crate::report;
use crate::scenario::{self, PricePoint, Scenario, ScenarioResults};
use crate::storage;
use crate::storage::recovery::{self, RecoveryMeta};

/// Autosave of unsaved work to the data folder.
struct Recovery {
    dir: PathBuf,
    /// The scenario as last written to the recovery file.
    written: Option<Scenario>,
    /// A recovery file from an earlier session is still on disk.
    left_over: bool,
    /// The scenario as last seen, to tell when editing paused.
    seen: Option<Scenario>,
    /// Times on the app's clock ([`DeskApp::clock`]).
    changed_at: f64,
    written_at: f64,
    /// Write failures reported by the writer thread.
    errors: (Sender<String>, Receiver<String>),
}

/// Bytes read from a dropped file to tell a JGB curve from closes.
const HEAD_BYTES: usize = 4096;

/// The focus path that makes the Volatility panel show its suspected splits.
pub const SUSPECTS_FOCUS: &str = "price_history.suspects";

/// Write this long after the last edit…
const RECOVERY_DEBOUNCE_S: f64 = 2.0;
/// …and at least this often while edits go on.
const RECOVERY_INTERVAL_S: f64 = 30.0;

/// Dialogs that may be open; at most one modal at a time is shown.
#[derive(Default)]
struct Dialogs {
    /// A command waiting for Save / Discard / Cancel.
    unsaved: Option<Command>,
    /// A save waiting for Overwrite / Save As / Cancel (the file changed on disk).
    conflict: Option<PathBuf>,
    /// Work found in the recovery file at start, waiting for Restore / Discard.
    restore: Option<(Scenario, RecoveryMeta)>,
    path_prompt: Option<PathPrompt>,
    import: Option<ImportPreview>,
    /// A JGB yield curve read, waiting for "Use this rate" or Cancel.
    curve: Option<CurvePreview>,
    about: bool,
    help: bool,
}

pub struct DeskApp {
    scenario: Scenario,
    /// The scenario as last opened or saved: the unsaved marker compares against it.
    saved: Scenario,
    path: Option<PathBuf>,
    /// What `path` held when last read or written here.
    disk: Option<storage::Fingerprint>,
    undoer: Undoer<Scenario>,
    drafts: Drafts,
    focus: Option<String>,
    settings: Settings,
    panels: Panels,
    dialogs: Dialogs,
    files: FileDialogs,
    notices: Notices,
    queue: Vec<Command>,
    /// What the unsaved-changes prompt was guarding, while its "Save" waits for a path
    /// (or for an answer about a file changed on disk): carried out once saved.
    after_save: Option<Command>,
    /// When the app started: the autosave clock keeps running while the window is
    /// minimised, when egui's input clock stands still.
    started: std::time::Instant,
    /// Set once the user agreed to quit; the next close request goes through.
    allow_close: bool,
    /// The bundled sample is open (not a file of the user's).
    is_sample: bool,
    recovery: Option<Recovery>,
    title: String,
    /// A price CSV being read in the background.
    import_job: Option<ImportJob>,
    /// Suspected splits and a stale σ, checked when the history or σ changes.
    check: CheckCache,
    /// The paid-in grant valued in the background, restarted when its inputs change.
    paid: PaidValuer,
}

impl DeskApp {
    pub fn new(cc: &eframe::CreationContext<'_>, start: StartOptions) -> Self {
        let mut settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
            .unwrap_or_default();
        if let Some(panel) = start.panel {
            settings.panel = panel;
        }
        if let Some(theme) = start.theme {
            settings.theme = theme;
        }
        if let Some(language) = start.language {
            settings.language = Some(language);
        }
        let language = settings.language.unwrap_or_else(Language::of_system);
        super::lang::set_language(&cc.egui_ctx, language);
        settings.zoom = Settings::clamp_zoom(settings.zoom);
        super::fonts::install(&cc.egui_ctx);
        super::style::install(&cc.egui_ctx);
        cc.egui_ctx.set_theme(settings.theme.preference());
        cc.egui_ctx.set_zoom_factor(settings.zoom);
        cc.egui_ctx
            .options_mut(|o| o.fallback_theme = egui::Theme::Light);

        let mut notices = Notices::default();
        let sample = scenario::sample().unwrap_or_else(|e| {
            let language = start.language.unwrap_or_else(Language::of_system);
            notices.error(crate::i18n::text_with(
                language,
                "notice-sample-invalid",
                &[("reason", e.message_in(language).into())],
            ));
            Scenario::template(chrono::Local::now().date_naive())
        });
        let mut app = Self {
            saved: sample.clone(),
            scenario: sample,
            path: None,
            disk: None,
            undoer: Undoer::default(),
            drafts: Drafts::default(),
            focus: None,
            settings,
            panels: Panels::default(),
            dialogs: Dialogs::default(),
            files: FileDialogs::default(),
            notices,
            queue: Vec::new(),
            after_save: None,
            started: std::time::Instant::now(),
            allow_close: false,
            is_sample: true,
            recovery: None,
            title: String::new(),
            import_job: None,
            check: CheckCache::default(),
            paid: PaidValuer::default(),
        };
        if let Some(dir) = start.data_dir {
            let found = recovery::read(&dir);
            let left_over = found.is_some();
            match found {
                Some(Ok(found)) => app.dialogs.restore = Some(found),
                Some(Err(e)) => {
                    let text = app.say(
                        "notice-recovery-unreadable",
                        &[
                            ("path", dir.display().to_string()),
                            ("reason", e.message_in(app.language())),
                        ],
                    );
                    app.notify_error(text)
                }
                None => {}
            }
            app.recovery = Some(Recovery {
                dir,
                written: None,
                left_over,
                seen: None,
                changed_at: 0.0,
                written_at: 0.0,
                errors: channel(),
            });
        }
        if let Some(path) = start.file {
            app.open(&path);
        }
        if !start.compare.is_empty() {
            app.queue.push(Command::AddToComparison(start.compare));
        }
        app
    }

    /// The open scenario (read-only; for tests and the CLI bridge).
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// What the window remembers between runs (read-only; for tests).
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn is_dirty(&self) -> bool {
        self.scenario != self.saved
    }

    /// The name shown in the title and the status bar.
    pub fn file_name(&self) -> String {
        match &self.path {
            Some(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
            None if self.is_sample => self.say("file-sample", &[]),
            None => self.say("file-untitled", &[]),
        }
    }

    /// Queues a command as if it came from a menu.
    pub fn push(&mut self, command: Command) {
        self.queue.push(command);
    }

    /// The messages on screen, oldest first.
    pub fn notices(&self) -> &[super::notices::Notice] {
        self.notices.current()
    }

    fn notify_error(&mut self, text: impl Into<String>) {
        self.notices.error(text);
    }

    fn notify(&mut self, text: impl Into<String>) {
        self.notices.info(text);
    }

    /// True while a modal dialog is open: the menus, tabs and shortcuts behind it rest.
    pub fn modal_open(&self) -> bool {
        let d = &self.dialogs;
        d.unsaved.is_some()
            || d.conflict.is_some()
            || d.restore.is_some()
            || d.path_prompt.is_some()
            || d.import.is_some()
            || d.curve.is_some()
            || d.about
            || d.help
    }

    /// Seconds since start that keep counting while the window is minimised (egui's
    /// input clock stops then) and that follow egui's clock where it runs ahead (the
    /// test harness steps it).
    fn clock(&self, ctx: &egui::Context) -> f64 {
        let input = ctx.input(|i| i.time);
        input.max(self.started.elapsed().as_secs_f64())
    }

    /// Replaces the open scenario with a file's; on any error nothing changes.
    fn open(&mut self, path: &Path) {
        match storage::load_scenario_with_fingerprint(path) {
            Ok((s, fingerprint)) => {
                self.disk = Some(fingerprint);
                self.saved = s.clone();
                self.scenario = s;
                self.path = Some(path.to_path_buf());
                self.is_sample = false;
                self.undoer = Undoer::default();
                self.drafts.clear();
                self.settings.remember(path);
                self.notify(self.say("notice-opened", &[("path", path.display().to_string())]));
            }
            Err(e) => self.notify_error(self.say(
                "notice-open-failed",
                &[("reason", e.message_in(self.language()))],
            )),
        }
    }

    /// Saves to `path`; asks first if the open file was changed on disk meanwhile.
    fn save_to(&mut self, path: &Path) -> bool {
        let same_file = self.path.as_deref() == Some(path);
        if same_file
            && let Some(now) = storage::Fingerprint::of_file(path)
            && Some(now) != self.disk
        {
            self.dialogs.conflict = Some(path.to_path_buf());
            return false;
        }
        self.write_to(path)
    }

    fn write_to(&mut self, path: &Path) -> bool {
        match storage::save_scenario(path, &self.scenario) {
            Ok(fingerprint) => {
                self.disk = Some(fingerprint);
                self.saved = self.scenario.clone();
                self.path = Some(path.to_path_buf());
                self.is_sample = false;
                self.settings.remember(path);
                self.notify(self.say("notice-saved", &[("path", path.display().to_string())]));
                if let Some(next) = self.after_save.take() {
                    self.queue.push(next);
                }
                true
            }
            Err(e) => {
                let reason = e.message_in(self.language());
                self.notify_error(self.say("notice-save-failed", &[("reason", reason)]));
                self.after_save = None;
                false
            }
        }
    }

    /// The message `id` in the window's language, its placeholders filled.
    fn say(&self, id: &str, args: &[(&str, String)]) -> String {
        let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = args
            .iter()
            .map(|(name, value)| (*name, value.as_str().into()))
            .collect();
        crate::i18n::text_with(self.language(), id, &args)
    }

    /// The window's language: the one chosen, else the system's.
    fn language(&self) -> Language {
        self.settings.language.unwrap_or_else(Language::of_system)
    }

    /// Writes an export atomically, its notice drafts in the window's language; a
    /// failure names the path and the reason.
    fn export(&mut self, format: report::Format, path: &Path) {
        let results = self.results();
        let options = report::ExportOptions {
            language: self.language(),
            ..report::ExportOptions::default()
        };
        let language = self.language();
        let written = report::render_with(format, &self.scenario, &results, options)
            .map_err(|e| format!("{}: {}", path.display(), e.message_in(language)))
            .and_then(|bytes| {
                storage::write_atomic(path, &bytes).map_err(|e| e.message_in(language))
            });
        match written {
            Ok(()) => {
                self.notify(self.say("notice-exported", &[("path", path.display().to_string())]))
            }
            Err(e) => self.notify_error(self.say("notice-export-failed", &[("reason", e)])),
        }
    }

    /// Writes the Compare tab's table (as shown: with or without the equal rows).
    fn export_comparison(&mut self, format: report::ComparisonFormat, path: &Path) {
        let language = self.language();
        let name = self.file_name();
        let results = self.results();
        let open_paid = results.paid_option.as_ref().and_then(|p| p.as_ref().ok());
        let compare = self.panels.compare_mut();
        if compare.valuing() || (compare.includes_open() && self.paid.valuing()) {
            self.notify_error(self.say("cmp-export-valuing", &[]));
            return;
        }
        let only_differences = compare.only_differences();
        let Some(table) = compare.comparison(&self.scenario, &name, open_paid) else {
            self.notify_error(self.say("notice-comparison-too-few", &[]));
            return;
        };
        let options = report::ExportOptions {
            language,
            ..report::ExportOptions::default()
        };
        let written = report::render_comparison(table, format, only_differences, options)
            .map_err(|e| e.message_in(language))
            .and_then(|bytes| {
                storage::write_atomic(path, &bytes).map_err(|e| e.message_in(language))
            });
        match written {
            Ok(()) => self.notify(self.say(
                "notice-comparison-exported",
                &[("file", path.display().to_string())],
            )),
            Err(e) => {
                self.notify_error(self.say("notice-comparison-export-failed", &[("reason", e)]))
            }
        }
    }

    /// The open scenario becomes an unsaved variant (next variant title, no file); the
    /// base file stays as last saved and joins the Compare tab, so the two can be
    /// compared at once. Nothing is lost: unsaved changes go on in the variant, which
    /// the usual prompt guards.
    fn duplicate_as_variant(&mut self) {
        let base = self.file_name();
        self.scenario = self.scenario.variant();
        self.drafts.clear();
        self.is_sample = false;
        self.disk = None;
        let notice = match self.path.take() {
            Some(path) => {
                let language = self.language();
                if !self.panels.compare_mut().has(&path) {
                    for note in self.panels.compare_mut().add(vec![path], language) {
                        self.notify_error(note);
                    }
                }
                self.say("notice-variant-made", &[("file", base)])
            }
            None => self.say("notice-variant-of-unsaved", &[]),
        };
        self.notify(notice);
    }

    /// Starts reading a price CSV in the background (replacing any read under way);
    /// the preview opens when it is done.
    fn preview_prices(&mut self, ctx: &egui::Context, path: &Path) {
        match ImportJob::start(path, ctx) {
            Ok(job) => self.import_job = Some(job),
            Err(reason) => {
                self.notify_error(self.say("notice-import-failed", &[("reason", reason)]))
            }
        }
    }

    /// True while a price CSV is being read, or read again with another close column.
    pub fn importing(&self) -> bool {
        self.import_job.is_some()
            || self
                .dialogs
                .import
                .as_ref()
                .is_some_and(ImportPreview::reparsing)
    }

    /// Collects the background read: opens the preview, or says why not. Called every
    /// frame from `App::logic`, which runs even while the window is minimised.
    pub fn poll_import(&mut self) {
        let Some(outcome) = self.import_job.as_mut().and_then(ImportJob::poll) else {
            return;
        };
        self.import_job = None;
        match outcome {
            ImportOutcome::Done(read) => {
                self.dialogs.import = Some(ImportPreview::new(read, &self.scenario));
            }
            ImportOutcome::Failed(reason) => {
                self.notify_error(self.say("notice-import-failed", &[("reason", reason)]))
            }
            ImportOutcome::Cancelled(path) => self.notify(self.say(
                "notice-import-cancelled",
                &[("path", path.display().to_string())],
            )),
        }
    }

    /// Replaces the closes and the adjustments as the preview decided, and says what
    /// was decided, including when the option's σ does not come from the new closes.
    fn replace_prices(&mut self, preview: ImportPreview) {
        let outcome = preview.outcome(self.language());
        let name = preview
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source = self.say("import-source", &[("file", name.clone())]);
        let history = &mut self.scenario.price_history;
        history.closes = preview
            .parsed
            .closes
            .iter()
            .map(|(date, close)| PricePoint {
                date: *date,
                close: *close,
            })
            .collect();
        history.source = source;
        history.splits = outcome.splits;
        history.confirmed_moves = outcome.confirmed_moves;
        let count = history.closes.len();
        let mut text = self.say(
            "notice-imported-closes",
            &[("count", format_count(count as u64)), ("file", name)],
        );
        for sentence in &outcome.summary {
            text.push(' ');
            text.push_str(sentence);
        }
        self.notify(text);
    }

    /// Reads a JGB yield curve file and shows r for the option; a file that cannot be
    /// read says why and changes nothing. The file is small (the whole history since
    /// 1974 is under 1 MB), so it is read here rather than in the background.
    fn preview_curve(&mut self, path: &Path) {
        let language = self.language();
        let read = storage::read_any_text_with_progress(path, |_, _| true)
            .map_err(|e| e.message_in(language))
            .and_then(|(text, encoding)| {
                yield_curve::parse_curve(&text)
                    .map(|parsed| (parsed, encoding))
                    .map_err(|e| format!("{}: {}", path.display(), e.message_in(language)))
            });
        match read {
            Ok((parsed, encoding)) => {
                self.dialogs.curve = Some(CurvePreview::new(path.to_path_buf(), parsed, encoding))
            }
            Err(reason) => {
                self.notify_error(self.say("notice-curve-failed", &[("reason", reason)]))
            }
        }
    }

    /// "Use this rate": r and where it came from, unless that would make the scenario
    /// invalid (then the first problem it would add is said, and nothing changes).
    fn use_rate(&mut self, file: &str, rate: &yield_curve::CurveRate) {
        match super::panels::use_rate(&mut self.scenario, file, rate) {
            Ok(()) => {
                self.drafts.clear_path("option.risk_free_rate");
                let percent = crate::domain::money::format_percent(
                    rate.rate,
                    yield_curve::percent_dp(rate.rate),
                );
                let text = self.say(
                    "notice-rate-used",
                    &[
                        ("rate", percent),
                        ("file", file.to_owned()),
                        ("date", rate.date_used.to_string()),
                        ("term", rate.term_years.normalize().to_string()),
                    ],
                );
                self.notify(text);
            }
            Err(e) => {
                let reason = curve_preview::refusal_text(self.language(), &e);
                self.notify_error(self.say("notice-rate-refused", &[("reason", reason)]));
            }
        }
    }

    /// Where the status bar's "N problems" leads: the first invalid entry, else the
    /// first section that cannot be computed, else the first suspected split, else a σ
    /// that no longer comes from the history.
    fn first_problem(&mut self) -> Option<(Panel, String)> {
        let field = self
            .drafts
            .errors()
            .next()
            .map(|(p, _)| p.to_owned())
            .or_else(|| {
                ScenarioResults::compute(&self.scenario)
                    .errors()
                    .first()
                    .map(|e| e.field.clone())
            });
        if let Some(path) = field {
            return Some((Panel::for_field(&path), path));
        }
        let check = self.check.get(&self.scenario);
        if !check.suspects.is_empty() {
            return Some((Panel::Volatility, SUSPECTS_FOCUS.to_owned()));
        }
        if check.sigma.is_problem() {
            return Some((Panel::Options, "option.volatility".to_owned()));
        }
        if scenario::check_rate(&self.scenario.option).is_problem() {
            return Some((Panel::Options, "option.risk_free_rate".to_owned()));
        }
        None
    }

    /// Carries out one command. Commands that would discard unsaved work ask first.
    fn handle(&mut self, ctx: &egui::Context, command: Command) {
        if command.discards_work() && self.is_dirty() {
            if self.dialogs.unsaved.is_none() {
                self.dialogs.unsaved = Some(command);
            }
            return;
        }
        self.carry_out(ctx, command);
    }

    /// Carries out a command without asking about unsaved work (asked already).
    fn carry_out(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::NewScenario => {
                let today = chrono::Local::now().date_naive();
                self.scenario = Scenario::template(today);
                self.saved = self.scenario.clone();
                self.path = None;
                self.disk = None;
                self.is_sample = false;
                self.undoer = Undoer::default();
                self.drafts.clear();
            }
            Command::OpenDialog => self.files.start(FilePurpose::OpenScenario, ctx, None),
            Command::OpenPathPrompt => self.prompt_path(FilePurpose::OpenScenario, None),
            Command::Open(path) => self.open(&path),
            Command::Save => match self.path.clone() {
                Some(path) => {
                    self.save_to(&path);
                }
                None => self.handle(ctx, Command::SaveAsDialog),
            },
            Command::SaveAsDialog => {
                let name = self
                    .path
                    .as_ref()
                    .map(|_| self.file_name())
                    .unwrap_or_else(|| "scenario.json".into());
                self.files.start(FilePurpose::SaveScenario, ctx, Some(name));
            }
            Command::SaveAsPathPrompt => self.prompt_path(FilePurpose::SaveScenario, None),
            Command::SaveAs(path) => {
                self.save_to(&path);
            }
            Command::ImportPricesDialog => self.files.start(FilePurpose::ImportPrices, ctx, None),
            Command::ImportPricesPathPrompt => self.prompt_path(FilePurpose::ImportPrices, None),
            Command::PreviewPrices(path) => self.preview_prices(ctx, &path),
            Command::ImportCurveDialog => self.files.start(FilePurpose::ImportCurve, ctx, None),
            Command::PreviewCurve(path) => self.preview_curve(&path),
            Command::CopySummary => {
                let results = self.results();
                let figures = report::summary(&self.scenario, &results);
                let language = self.language();
                ctx.copy_text(report::summary_tsv(
                    self.scenario.title_in(language),
                    &figures,
                    language,
                ));
                self.notify(self.say("notice-summary-copied", &[]));
            }
            Command::ExportDialog(format) => {
                let stem = self
                    .path
                    .as_ref()
                    .and_then(|p| p.file_stem())
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "scenario".into());
                self.files.start(
                    FilePurpose::Export(format),
                    ctx,
                    Some(format.file_name(&stem)),
                );
            }
            Command::Export(format, path) => self.export(format, &path),
            Command::CompareDialog => {
                self.settings.panel = Panel::Compare;
                self.files.start(FilePurpose::CompareScenarios, ctx, None);
            }
            Command::AddToComparison(paths) => {
                self.settings.panel = Panel::Compare;
                let language = self.language();
                for note in self.panels.compare_mut().add(paths, language) {
                    self.notify_error(note);
                }
            }
            Command::ExportComparisonDialog(format) => self.files.start(
                FilePurpose::ExportComparison(format),
                ctx,
                Some(format!("comparison.{}", format.extension())),
            ),
            Command::ExportComparison(format, path) => self.export_comparison(format, &path),
            Command::DuplicateAsVariant => self.duplicate_as_variant(),
            Command::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Command::Undo => {
                if let Some(previous) = self.undoer.undo(&self.scenario) {
                    self.scenario = previous.clone();
                    self.drafts.clear();
                }
            }
            Command::Redo => {
                if let Some(next) = self.undoer.redo(&self.scenario) {
                    self.scenario = next.clone();
                    self.drafts.clear();
                }
            }
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                ctx.set_theme(theme.preference());
            }
            Command::SetLanguage(language) => {
                self.settings.language = Some(language);
                super::lang::set_language(ctx, language);
            }
            Command::ZoomIn => self.set_zoom(ctx, ctx.zoom_factor() + 0.1),
            Command::ZoomOut => self.set_zoom(ctx, ctx.zoom_factor() - 0.1),
            Command::ZoomReset => self.set_zoom(ctx, 1.0),
            Command::ShowPanel(panel) => self.settings.panel = panel,
            Command::ShowHelp => self.dialogs.help = true,
            Command::ShowAbout => self.dialogs.about = true,
            Command::JumpToFirstProblem => {
                if let Some((panel, path)) = self.first_problem() {
                    self.settings.panel = panel;
                    self.focus = Some(path);
                }
            }
            Command::StopPaidValuation => self.paid.stop(),
            Command::ResumePaidValuation => self.paid.resume(),
        }
    }

    /// The scenario's results with the paid-in grant's value when the background
    /// valuation has one for its current terms (else "not valued yet"): what the
    /// panels, exports and the copied summary show. Never waits for the valuation.
    fn results(&self) -> ScenarioResults {
        let mut results = ScenarioResults::compute(&self.scenario);
        self.paid.fill(&mut results);
        results
    }

    /// True while the paid-in grant's value is being computed (exports then wait).
    pub fn valuing(&self) -> bool {
        self.paid.valuing()
    }

    /// True while a compared file's paid-in grant is being valued (the comparison's
    /// exports then wait).
    pub fn compare_valuing(&self) -> bool {
        self.panels.compare().valuing()
    }

    fn set_zoom(&mut self, ctx: &egui::Context, zoom: f32) {
        let zoom = Settings::clamp_zoom(zoom);
        self.settings.zoom = zoom;
        ctx.set_zoom_factor(zoom);
    }

    fn prompt_path(&mut self, purpose: FilePurpose, note: Option<String>) {
        if let Some(open) = &self.dialogs.path_prompt {
            // Never replace what the user may be typing.
            let title = open.purpose.title(self.language());
            self.notify_error(self.say(
                "notice-finish-dialog-first",
                &[("title", title.to_string())],
            ));
            return;
        }
        let text = match (purpose, &self.path) {
            (FilePurpose::SaveScenario, Some(p)) => p.display().to_string(),
            (FilePurpose::Export(format), Some(p)) => {
                let stem = p
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "scenario".into());
                p.with_file_name(format.file_name(&stem))
                    .display()
                    .to_string()
            }
            (FilePurpose::Export(format), None) => format.file_name("scenario"),
            _ => String::new(),
        };
        self.dialogs.path_prompt = Some(PathPrompt::new(purpose, text, note));
    }

    fn chosen(&mut self, purpose: FilePurpose, path: PathBuf) {
        let command = match purpose {
            FilePurpose::OpenScenario => Command::Open(path),
            FilePurpose::SaveScenario => Command::SaveAs(path),
            FilePurpose::ImportPrices => Command::PreviewPrices(path),
            FilePurpose::ImportCurve => Command::PreviewCurve(path),
            FilePurpose::Export(format) => Command::Export(format, path),
            FilePurpose::CompareScenarios => Command::AddToComparison(vec![path]),
            FilePurpose::ExportComparison(format) => Command::ExportComparison(format, path),
        };
        self.queue.push(command);
    }

    /// Keyboard shortcuts, dropped files, file-dialog answers and close requests.
    fn collect_input(&mut self, ctx: &egui::Context) {
        let modal = self.modal_open();
        for (shortcut, make) in SHORTCUTS {
            // Consumed either way, so a text field in a dialog does not act on it.
            if ctx.input_mut(|i| i.consume_shortcut(shortcut)) && !modal {
                self.queue.push(make());
            }
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if modal && !dropped.is_empty() {
            self.notify_error(self.say("notice-close-dialog-first", &[]));
            return;
        }
        // Scenario files dropped on the Compare tab join the comparison; elsewhere one
        // is opened.
        let (compared, dropped): (Vec<PathBuf>, Vec<PathBuf>) =
            dropped.into_iter().partition(|path| {
                self.settings.panel == Panel::Compare
                    && path
                        .extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
            });
        if !compared.is_empty() {
            self.queue.push(Command::AddToComparison(compared));
        }
        for path in dropped {
            let is_json = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"));
            // A file whose header starts with 基準日 is the Ministry's JGB curve, not closes.
            let is_curve = !is_json
                && storage::read_head_text(&path, HEAD_BYTES)
                    .is_some_and(|head| yield_curve::looks_like_curve(&head));
            self.queue.push(if is_json {
                Command::Open(path)
            } else if is_curve {
                Command::PreviewCurve(path)
            } else {
                Command::PreviewPrices(path)
            });
        }
        match self.files.poll() {
            Some(DialogOutcome::Chosen(purpose, path)) => self.chosen(purpose, path),
            Some(DialogOutcome::ChosenMany(_, paths)) => {
                self.queue.push(Command::AddToComparison(paths))
            }
            Some(DialogOutcome::Unavailable(purpose)) => {
                self.prompt_path(purpose, Some(self.say("notice-no-file-dialog", &[])))
            }
            Some(DialogOutcome::Cancelled) => self.after_save = None,
            None => {}
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if self.dialogs.unsaved.is_none() {
                self.dialogs.unsaved = Some(Command::Quit);
            }
        }
    }

    fn show_dialogs(&mut self, ctx: &egui::Context) {
        if let Some((scenario, meta)) = &self.dialogs.restore {
            if let Some(choice) = restore::show(ctx, &scenario.title, meta)
                && let Some(found) = self.dialogs.restore.take()
            {
                self.restore(choice, found);
            }
            return;
        }
        if let Some(pending) = self.dialogs.unsaved.clone() {
            // One whole question per action, so each language words it its own way.
            let question = match pending {
                Command::NewScenario => "dialog-unsaved-before-new",
                Command::Open(_) => "dialog-unsaved-before-open",
                _ => "dialog-unsaved-before-quit",
            };
            match unsaved::show(ctx, &self.file_name(), question) {
                Some(UnsavedChoice::Save) => {
                    self.dialogs.unsaved = None;
                    // Carried out once the save succeeds: at once for a file that has a
                    // path, after Save As for one that has none.
                    self.after_save = Some(pending);
                    match self.path.clone() {
                        Some(path) => {
                            self.save_to(&path);
                        }
                        None => self.carry_out(ctx, Command::SaveAsDialog),
                    }
                }
                Some(UnsavedChoice::Discard) => {
                    // The document stays marked as changed until the command replaces
                    // it: an Open that fails keeps the work, and says it is unsaved.
                    self.dialogs.unsaved = None;
                    self.carry_out(ctx, pending);
                }
                Some(UnsavedChoice::Cancel) => self.dialogs.unsaved = None,
                None => {}
            }
            return;
        }
        if let Some(path) = self.dialogs.conflict.clone() {
            match conflict::show(ctx, &self.file_name()) {
                Some(ConflictChoice::Overwrite) => {
                    self.dialogs.conflict = None;
                    self.write_to(&path);
                }
                Some(ConflictChoice::SaveAs) => {
                    self.dialogs.conflict = None;
                    self.queue.push(Command::SaveAsDialog);
                }
                Some(ConflictChoice::Cancel) => {
                    self.dialogs.conflict = None;
                    self.after_save = None;
                }
                None => {}
            }
            return;
        }
        if let Some(prompt) = &mut self.dialogs.path_prompt {
            match path_prompt::show(ctx, prompt) {
                PromptResult::Open => {}
                PromptResult::Cancelled => {
                    self.dialogs.path_prompt = None;
                    self.after_save = None;
                }
                PromptResult::Chosen(purpose, path) => {
                    self.dialogs.path_prompt = None;
                    self.chosen(purpose, path);
                }
            }
            return;
        }
        if let Some(preview) = &mut self.dialogs.import {
            match import_preview::show(ctx, preview) {
                PreviewResult::Open => {}
                PreviewResult::Cancelled => self.dialogs.import = None,
                PreviewResult::Replace => {
                    if let Some(preview) = self.dialogs.import.take() {
                        self.replace_prices(preview);
                    }
                }
            }
            return;
        }
        if let Some(preview) = &mut self.dialogs.curve {
            match curve_preview::show(ctx, preview, &self.scenario.option) {
                CurvePreviewResult::Open => {}
                CurvePreviewResult::Cancelled => self.dialogs.curve = None,
                CurvePreviewResult::Use(rate) => {
                    if let Some(preview) = self.dialogs.curve.take() {
                        self.use_rate(&preview.file_name(), &rate);
                    }
                }
            }
            return;
        }
        if self.dialogs.about {
            self.dialogs.about = about::show(ctx);
        }
        if self.dialogs.help {
            self.dialogs.help = help::show(ctx);
        }
    }

    /// Keeps unsaved work in the recovery file: a moment after editing pauses, and at
    /// least every 30 s while it goes on. The file is written on a worker thread.
    fn autosave(&mut self, ctx: &egui::Context) {
        let dirty = self.is_dirty();
        let now = self.clock(ctx);
        let language = self.language();
        let Some(r) = &mut self.recovery else {
            return;
        };
        while let Ok(message) = r.errors.1.try_recv() {
            let text = crate::i18n::text_with(
                language,
                "notice-recovery-failed",
                &[("reason", message.into())],
            );
            self.notices.error(text);
        }
        if self.dialogs.restore.is_some() {
            return;
        }
        if !dirty {
            if r.written.take().is_some() || std::mem::take(&mut r.left_over) {
                recovery::clear(&r.dir);
            }
            return;
        }
        if r.seen.as_ref() != Some(&self.scenario) {
            r.seen = Some(self.scenario.clone());
            r.changed_at = now;
        }
        if r.written.as_ref() == Some(&self.scenario) {
            return;
        }
        let paused = now - r.changed_at >= RECOVERY_DEBOUNCE_S;
        let overdue = now - r.written_at >= RECOVERY_INTERVAL_S;
        if paused || overdue {
            let dir = r.dir.clone();
            let scenario = self.scenario.clone();
            let meta = RecoveryMeta {
                original_path: self.path.clone(),
                written_at: chrono::Local::now().format("%Y-%m-%d %H:%M").to_string(),
            };
            let errors = r.errors.0.clone();
            let ctx = ctx.clone();
            std::thread::spawn(move || {
                if let Err(e) = recovery::write(&dir, &scenario, &meta) {
                    let _ = errors.send(e.message_in(language));
                    ctx.request_repaint();
                }
            });
            r.written = Some(self.scenario.clone());
            r.written_at = now;
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(RECOVERY_DEBOUNCE_S));
        }
    }

    /// Restores work from the recovery file (or discards it).
    fn restore(&mut self, choice: RestoreChoice, found: (Scenario, RecoveryMeta)) {
        let (scenario, meta) = found;
        if choice == RestoreChoice::Discard {
            if let Some(r) = &mut self.recovery {
                recovery::clear(&r.dir);
                r.left_over = false;
            }
            return;
        }
        // The unsaved marker compares against the file as it is on disk.
        let original = meta
            .original_path
            .as_deref()
            .and_then(|p| storage::load_scenario_with_fingerprint(p).ok());
        match original {
            Some((saved, fingerprint)) => {
                self.saved = saved;
                self.disk = Some(fingerprint);
            }
            None => {
                self.saved = Scenario::template(chrono::Local::now().date_naive());
                self.disk = None;
            }
        }
        self.path = meta.original_path;
        self.scenario = scenario;
        self.is_sample = false;
        self.undoer = Undoer::default();
        self.drafts.clear();
        self.notify(self.say("notice-restored", &[]));
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let marker = if self.is_dirty() { " •" } else { "" };
        let title = format!("{}{marker} — Offering Desk", self.file_name());
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

impl eframe::App for DeskApp {
    /// Runs before every frame and also while the window is minimised: unsaved work
    /// reaches the recovery file, and a background import is collected, even then.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.poll_import();
        self.autosave(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.collect_input(&ctx);

        let mut results = ScenarioResults::compute(&self.scenario);
        let paid_inputs = match &results.paid_option {
            Some(Ok(p)) => Some(&p.inputs),
            _ => None,
        };
        self.paid.update(paid_inputs, &ctx);
        self.paid.fill(&mut results);
        self.panels.compare_mut().update_valuations(&ctx);
        let check = self.check.get(&self.scenario).clone();
        let problems = self.drafts.error_count()
            + results.errors().len()
            + check.problem_count()
            + usize::from(scenario::check_rate(&self.scenario.option).is_problem());
        let progress = self.import_job.as_ref().map(ImportJob::progress);

        let modal = self.modal_open();
        egui::Panel::top("menu-bar").show(ui, |ui| {
            ui.add_enabled_ui(!modal, |ui| {
                super::menu_bar::show(ui, &self.settings, self.paid.valuing(), &mut self.queue);
                super::tabs::show(ui, self.settings.panel, &mut self.queue);
            });
        });
        egui::Panel::bottom("status-bar").show(ui, |ui| {
            let cancel = super::status_bar::show(
                ui,
                &self.file_name(),
                self.path.as_deref(),
                self.is_dirty(),
                problems,
                progress.as_ref(),
                &mut self.queue,
            );
            if cancel && let Some(job) = &self.import_job {
                job.cancel();
            }
        });
        egui::CentralPanel::default().show(ui, |ui| {
            let file_name = self.file_name();
            let paid_view = self.paid.view(match &results.paid_option {
                Some(Ok(p)) => Some(&p.inputs),
                _ => None,
            });
            let mut form = Form {
                scenario: &mut self.scenario,
                drafts: &mut self.drafts,
                focus: &mut self.focus,
            };
            egui::ScrollArea::both()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    // The scroll bar floats over the content's right edge: keep full-width
                    // text (wrapped notes, framed headlines) clear of it.
                    let bar = ui.spacing().scroll;
                    let gutter = bar.bar_width + bar.bar_inner_margin + bar.bar_outer_margin;
                    ui.set_max_width(ui.available_width() - gutter);
                    let mut cx = PanelContext {
                        form: &mut form,
                        results: &results,
                        history: &check,
                        queue: &mut self.queue,
                        file_name: &file_name,
                        paid: &paid_view,
                    };
                    self.panels.show(self.settings.panel, ui, &mut cx);
                });
        });

        self.show_dialogs(&ctx);
        self.notices.show(&ctx);
        let commands = std::mem::take(&mut self.queue);
        if !commands.is_empty() {
            // A command changes what is shown: draw its outcome at once.
            ctx.request_repaint();
        }
        for command in commands {
            self.handle(&ctx, command);
        }
        self.undoer
            .feed_state(ctx.input(|i| i.time), &self.scenario);
        self.settings.zoom = ctx.zoom_factor();
        self.update_title(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }

    /// A clean exit: the user saved or chose to discard, so the recovery copy goes.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if let Some(r) = &self.recovery
            && self.dialogs.restore.is_none()
        {
            recovery::clear(&r.dir);
        }
    }
}

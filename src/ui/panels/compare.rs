//! The Compare tab: the open scenario and up to five files side by side, every input
//! and figure in rows, each column's change against the first, differences
//! highlighted. The table comes from `report::compare`, as the command line's does;
//! the files' paid-in grants are valued in the background and join it as they arrive.

use std::path::{Path, PathBuf};

use eframe::egui::{self, Align, Layout, RichText, Ui};

use super::PanelContext;
use crate::i18n::Language;
use crate::report::ComparisonFormat;
use crate::report::compare::{self, Column, Comparison, MAX_COLUMNS, MIN_COLUMNS};
use crate::scenario::{PaidInputs, PaidOptionResults, Scenario, ScenarioResults, paid_inputs};
use crate::storage;
use crate::ui::command::Command;
use crate::ui::lang::{language, tr, tr_args};
use crate::ui::value_queue::ValueQueue;

/// A file added to the comparison, as read when it was added.
struct CompareFile {
    path: PathBuf,
    name: String,
    /// The scenario, or why the file could not be read (shown, and left out).
    scenario: Result<Scenario, String>,
    /// Its paid-in grant's inputs, when it has a grant that can be valued.
    grant: Option<PaidInputs>,
}

/// The files compared with the open scenario, and the table last built from them.
#[derive(Default)]
pub struct ComparePanel {
    files: Vec<CompareFile>,
    /// The open scenario is the first column unless the user leaves it out.
    leave_out_open: bool,
    only_differences: bool,
    /// The table and what it was built from.
    cache: Option<(CacheKey, Option<Comparison>)>,
    generation: u64,
    /// The files' paid-in grants, valued in the background.
    valuer: ValueQueue,
}

/// What a table was built from: the open scenario (when in it) with its grant's value
/// if the window has it, the file list's generation and the valuer's.
#[derive(PartialEq)]
struct CacheKey {
    open: Option<Scenario>,
    open_valued: bool,
    files: u64,
    values: u64,
}

impl ComparePanel {
    /// Reads `paths` and adds them as columns; a file already in the table is not added
    /// twice. Returns what to tell the user (a file that would make more than six
    /// columns).
    pub fn add(&mut self, paths: Vec<PathBuf>, language: Language) -> Vec<String> {
        let mut notes = Vec::new();
        for path in paths {
            if self.files.iter().any(|f| f.path == path) {
                continue;
            }
            if self.files.len() + 1 >= MAX_COLUMNS + usize::from(self.leave_out_open) {
                notes.push(
                    crate::domain::Message::id("cmp-too-many")
                        .with("max", MAX_COLUMNS)
                        .with("given", self.files.len() + 2)
                        .text(language),
                );
                break;
            }
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let scenario = storage::load_scenario(&path).map_err(|e| e.message_in(language));
            let grant = scenario
                .as_ref()
                .ok()
                .and_then(paid_inputs)
                .and_then(Result::ok);
            self.files.push(CompareFile {
                path,
                name,
                scenario,
                grant,
            });
        }
        self.generation += 1;
        notes
    }

    /// Whether a file is in the table.
    pub fn has(&self, path: &Path) -> bool {
        self.files.iter().any(|f| f.path == path)
    }

    /// Collects the value of a file's grant and starts the next: every frame, whatever
    /// tab is shown, so the values are there when the user comes to look.
    pub fn update_valuations(&mut self, ctx: &egui::Context) {
        self.valuer.update(&grants(&self.files), ctx);
    }

    /// True while a file's grant is being valued: the exports of the table wait.
    pub fn valuing(&self) -> bool {
        self.valuer.progress(&grants(&self.files)).is_some()
    }

    /// True when the open scenario is a column: its grant's valuation counts too.
    pub fn includes_open(&self) -> bool {
        !self.leave_out_open
    }

    /// The table for the open scenario (named `open_name`, its grant as the window
    /// values it: `open_paid`) and the files, when at least two columns can be
    /// compared; rebuilt only when one of them changed. A grant not valued yet says so.
    pub fn comparison(
        &mut self,
        open: &Scenario,
        open_name: &str,
        open_paid: Option<&PaidOptionResults>,
    ) -> Option<&Comparison> {
        let open_in = (!self.leave_out_open).then(|| open.clone());
        let key = CacheKey {
            open_valued: open_in.is_some() && open_paid.is_some_and(|p| p.valued.is_some()),
            open: open_in,
            files: self.generation,
            values: self.valuer.generation(),
        };
        let current = self.cache.as_ref().is_some_and(|(k, _)| *k == key);
        if !current {
            let open_in = &key.open;
            let mut columns = Vec::new();
            if let Some(open) = &open_in {
                columns.push(Column {
                    name: open_name.to_owned(),
                    scenario: open,
                });
            }
            for file in &self.files {
                if let Ok(scenario) = &file.scenario {
                    columns.push(Column {
                        name: file.name.clone(),
                        scenario,
                    });
                }
            }
            let valuer = &self.valuer;
            let fill = |results: &mut ScenarioResults| {
                if let Some(Ok(paid)) = &mut results.paid_option
                    && paid.valued.is_none()
                {
                    paid.valued = open_paid
                        .filter(|open| open.inputs == paid.inputs)
                        .and_then(|open| open.valued.clone())
                        .or_else(|| valuer.value_of(&paid.inputs).cloned());
                }
            };
            let table =
                (columns.len() >= MIN_COLUMNS).then(|| compare::compare_filled(&columns, fill));
            self.cache = Some((key, table));
        }
        self.cache.as_ref().and_then(|(_, t)| t.as_ref())
    }

    pub fn only_differences(&self) -> bool {
        self.only_differences
    }

    pub fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        let lang = language(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            ui.heading(tr(ui, "cmp-title"));
            ui.add_space(12.0);
            if ui.button(tr(ui, "cmp-add-files")).clicked() {
                cx.queue.push(Command::CompareDialog);
            }
            let mut include_open = !self.leave_out_open;
            if ui
                .checkbox(&mut include_open, tr(ui, "cmp-include-open"))
                .changed()
            {
                self.leave_out_open = !include_open;
            }
            ui.checkbox(&mut self.only_differences, tr(ui, "cmp-hide-equal"));
            ui.separator();
            // The exports wait for every grant's value, the open scenario's included.
            let valuing = self.valuing() || (self.includes_open() && cx.paid.running.is_some());
            for (format, id) in [
                (ComparisonFormat::Xlsx, "cmp-export-xlsx"),
                (ComparisonFormat::Csv, "cmp-export-csv"),
            ] {
                let button = ui
                    .add_enabled(!valuing, egui::Button::new(tr(ui, id)))
                    .on_disabled_hover_text(tr(ui, "cmp-export-valuing"));
                if button.clicked() {
                    cx.queue.push(Command::ExportComparisonDialog(format));
                }
            }
        });
        if let Some(progress) = self.valuer.progress(&grants(&self.files)) {
            ui.horizontal(|ui| {
                let done = (progress.done + 1).to_string();
                let total = progress.total.to_string();
                let text = tr_args(ui, "cmp-valuing", &[("n", &done), ("total", &total)]);
                ui.label(text);
                ui.add(
                    egui::ProgressBar::new(progress.fraction)
                        .desired_width(160.0)
                        .show_percentage(),
                );
            });
        }
        let mut remove = None;
        for (i, file) in self.files.iter().enumerate() {
            if let Err(problem) = &file.scenario {
                ui.horizontal_wrapped(|ui| {
                    let text = tr_args(
                        ui,
                        "cmp-failed",
                        &[("file", &file.name), ("problem", problem)],
                    );
                    ui.colored_label(ui.visuals().error_fg_color, text);
                    if ui.small_button(tr(ui, "cmp-remove")).clicked() {
                        remove = Some(i);
                    }
                });
            }
        }
        ui.add_space(6.0);
        let open_name = cx.file_name.to_owned();
        let only_differences = self.only_differences;
        let names: Vec<String> = self.files.iter().map(|f| f.name.clone()).collect();
        let open_paid = cx
            .results
            .paid_option
            .as_ref()
            .and_then(|p| p.as_ref().ok());
        let Some(table) = self.comparison(cx.form.scenario, &open_name, open_paid) else {
            ui.label(RichText::new(tr(ui, "cmp-empty")).weak());
            self.remove(remove);
            return;
        };
        // The central panel scrolls both ways already.
        if let Some(i) = table_grid(ui, table, only_differences, &names, lang) {
            remove = Some(i);
        }
        self.remove(remove);
    }

    fn remove(&mut self, index: Option<usize>) {
        if let Some(i) = index {
            self.files.remove(i);
            self.generation += 1;
        }
    }
}

/// The distinct grants of the files, in file order: what the valuer values.
fn grants(files: &[CompareFile]) -> Vec<&PaidInputs> {
    let mut grants: Vec<&PaidInputs> = Vec::new();
    for grant in files.iter().filter_map(|f| f.grant.as_ref()) {
        if !grants.contains(&grant) {
            grants.push(grant);
        }
    }
    grants
}

/// Width of a value column: "JPY 15,726,200,000" in monospace, with room to spare;
/// longer texts (titles, notes) are cut short and shown whole on hover.
const VALUE_WIDTH: f32 = 200.0;

/// Width of a change column: "−JPY 159,800,000 (−1.02 %)".
const CHANGE_WIDTH: f32 = 230.0;

/// One cell of a value or change column: right-aligned in a fixed width, so digits
/// line up, on a highlight when it differs from the first column.
fn cell_at(ui: &mut Ui, width: f32, fill: Option<egui::Color32>, text: RichText, full: &str) {
    let size = egui::vec2(width, ui.spacing().interact_size.y);
    let frame = egui::Frame::new().fill(fill.unwrap_or(egui::Color32::TRANSPARENT));
    frame.show(ui, |ui| {
        ui.allocate_ui_with_layout(size, Layout::right_to_left(Align::Center), |ui| {
            ui.set_min_width(width);
            let label = ui.add(egui::Label::new(text).truncate());
            if label.rect.width() >= width - 1.0 {
                label.on_hover_text(full);
            }
        });
    });
}

/// The grid of the table. Returns the index into `files` of a file whose remove button
/// was clicked.
fn table_grid(
    ui: &mut Ui,
    table: &Comparison,
    only_differences: bool,
    files: &[String],
    lang: Language,
) -> Option<usize> {
    let mut removed = None;
    let highlight = ui.visuals().selection.bg_fill.gamma_multiply(0.35);
    egui::Grid::new("comparison")
        .striped(true)
        .min_col_width(60.0)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            ui.label(RichText::new(tr(ui, "cmp-col-item")).strong());
            ui.label(RichText::new(tr(ui, "cmp-col-unit")).strong());
            for (i, name) in table.names.iter().enumerate() {
                ui.vertical(|ui| {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(name).strong());
                        if let Some(f) = files.iter().position(|f| f == name)
                            && ui
                                .small_button("×")
                                .on_hover_text(tr(ui, "cmp-remove"))
                                .clicked()
                        {
                            removed = Some(f);
                        }
                    });
                    ui.label(RichText::new(table.title_in(i, lang)).weak().small());
                });
                if i > 0 {
                    ui.label(
                        RichText::new(tr_args(ui, "cmp-col-change", &[("first", &table.names[0])]))
                            .strong(),
                    );
                }
            }
            ui.end_row();
            let mut group = "";
            for row in table.rows(only_differences) {
                if row.group != group {
                    group = row.group;
                    ui.label(RichText::new(tr(ui, &format!("cmp-group-{group}"))).heading());
                    ui.end_row();
                }
                ui.label(row.label_in(lang));
                let unit = match row.unit {
                    crate::report::Unit::Text => String::new(),
                    unit => unit.label_in(lang),
                };
                ui.label(RichText::new(unit).weak());
                for (i, cell) in row.cells.iter().enumerate() {
                    let text = cell
                        .as_ref()
                        .map_or_else(|| "—".to_owned(), |c| c.shown_in(lang));
                    let mut value = RichText::new(text.clone()).monospace();
                    let differs = i > 0 && row.differs_at(i);
                    if differs {
                        value = value.strong();
                    }
                    cell_at(ui, VALUE_WIDTH, differs.then_some(highlight), value, &text);
                    if i > 0 {
                        let change = row
                            .change(i)
                            .filter(|c| !c.is_zero())
                            .map_or_else(String::new, |c| c.text_in(lang));
                        let shown = RichText::new(change.clone()).monospace();
                        cell_at(ui, CHANGE_WIDTH, None, shown, &change);
                    }
                }
                ui.end_row();
            }
        });
    removed
}

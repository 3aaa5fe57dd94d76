//! Preview of a price-history CSV before it replaces anything: the rows read, the
//! lines rejected (with line number and reason), the date range, what happens to the
//! splits and consolidations already entered (clear / keep / review, with a default
//! and why), and the moves in the new closes that look like unadjusted splits. The
//! close is read from the file's plain close column unless another is chosen here,
//! which reads the file again (an adjusted column brings a warning: its closes already
//! include the splits).

use crate::ui::lang::{tr, tr_args};
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use eframe::egui::{self, RichText, Ui};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::domain::money::{format_count, format_grouped, format_yen};
use crate::domain::split_check::{
    SourceComparison, SplitFit, SuspectedSplit, compare_sources, is_large_move, split_fit,
    suspected_splits,
};
use crate::domain::volatility::{Close, SplitEvent};
use crate::domain::{Arg, FieldError, Message};
use crate::i18n::{self, Language};
use crate::price_csv::ParsedPrices;
use crate::scenario::{Scenario, SigmaCheck, SplitTerms, VolatilitySource, sigma_against};
use crate::ui::history_words::{
    change_text, describe_suspect, ratio_message, ratio_words, sigma_percent, window_words,
};
use crate::ui::import_job::{Read, Reparse};
use fluent_bundle::FluentValue;

/// What to do with the adjustments entered for the history being replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdjustmentChoice {
    /// Drop them: they belong to the old closes.
    Clear,
    /// Apply them to the new closes too.
    Keep,
    /// Pick them one by one, seeing how each fits the new closes.
    Review,
}

/// One entered adjustment under review: a split, or a move confirmed as real.
struct Reviewed<T> {
    item: T,
    /// How it fits the new closes, as a message the window words in its language.
    fit: Message,
    /// Whether it fits (the review's default for keeping it).
    fits: bool,
    keep: bool,
}

pub struct ImportPreview {
    pub path: PathBuf,
    pub parsed: ParsedPrices,
    /// The file's text, to read another close column from.
    text: Arc<str>,
    /// The close column read by default, marked so in the choice of columns.
    default_column: String,
    /// Another close column being read.
    reparse: Option<Reparse>,
    /// Why the column last chosen could not be read, with its name.
    column_failed: Option<(String, FieldError)>,
    /// The loaded history's closes, splits and confirmed moves, which the new closes
    /// are checked against.
    loaded: (Vec<Close>, Vec<SplitTerms>, Vec<NaiveDate>),
    /// The new closes as statistics inputs, for the checks.
    closes: Vec<Close>,
    splits: Vec<Reviewed<SplitTerms>>,
    confirmed: Vec<Reviewed<NaiveDate>>,
    comparison: SourceComparison,
    choice: AdjustmentChoice,
    default_choice: AdjustmentChoice,
    /// Suspected splits in the new closes with the adjustments that would be kept, and
    /// whether to add each one's suggested ratio.
    suspects: Vec<(SuspectedSplit, bool)>,
    /// The option's σ and where it came from, as loaded.
    sigma: (Decimal, VolatilitySource),
    /// That σ against the new closes with the adjustments they would get.
    sigma_after: SigmaCheck,
}

/// What replacing does to the history's adjustments, and the words that say so.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub splits: Vec<SplitTerms>,
    pub confirmed_moves: Vec<NaiveDate>,
    /// One sentence per decision, for the notification.
    pub summary: Vec<String>,
}

/// The parsed closes as statistics inputs, for the checks.
pub fn closes_of(parsed: &ParsedPrices) -> Vec<Close> {
    parsed
        .closes
        .iter()
        .map(|(date, close)| Close {
            date: *date,
            close: crate::domain::money::price_to_f64(*close),
        })
        .collect()
}

fn event(s: &SplitTerms) -> SplitEvent {
    SplitEvent {
        effective_date: s.effective_date,
        ratio: s.ratio.to_f64().unwrap_or(f64::NAN),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        format_count(n as u64),
        if n == 1 { one } else { many }
    )
}

/// "2012-10-01 × 200".
fn split_text(s: &SplitTerms) -> String {
    format!("{} × {}", s.effective_date, format_grouped(s.ratio))
}

/// How an entered split fits the new closes, as a message, and whether it fits.
fn describe_fit(fit: SplitFit) -> (Message, bool) {
    let change = |implied_ratio: f64| Arg::Text(change_text(implied_ratio));
    match fit {
        SplitFit::OutsideData => (Message::id("import-fit-outside"), true),
        SplitFit::Matches { implied_ratio } => (
            Message::id("import-fit-matches").with("change", change(implied_ratio)),
            true,
        ),
        SplitFit::NoJump { implied_ratio } => (
            Message::id("import-fit-no-jump").with("change", change(implied_ratio)),
            false,
        ),
        SplitFit::Differs {
            implied_ratio,
            suggested,
        } => {
            let suggested = match suggested {
                Some(r) => Arg::Message(Box::new(
                    Message::id("import-fit-suggested")
                        .with("ratio", Arg::Message(Box::new(ratio_message(r)))),
                )),
                None => Arg::Text(String::new()),
            };
            (
                Message::id("import-fit-differs")
                    .with("change", change(implied_ratio))
                    .with("suggested", suggested),
                false,
            )
        }
    }
}

impl ImportPreview {
    /// The preview of the file `read` replacing the scenario's history, with the default
    /// choice for the adjustments entered on that history.
    pub fn new(read: Read, scenario: &Scenario) -> Self {
        let history = &scenario.price_history;
        let mut preview = Self {
            path: read.path,
            default_column: read.parsed.close_column.clone(),
            parsed: read.parsed,
            text: read.text,
            reparse: None,
            column_failed: None,
            loaded: (
                history.closes_f64(),
                history.splits.clone(),
                history.confirmed_moves.clone(),
            ),
            closes: Vec::new(),
            splits: Vec::new(),
            confirmed: Vec::new(),
            comparison: SourceComparison {
                shared_dates: 0,
                agreeing: 0,
            },
            choice: AdjustmentChoice::Clear,
            default_choice: AdjustmentChoice::Clear,
            suspects: Vec::new(),
            sigma: (
                scenario.option.volatility,
                scenario.option.volatility_source.clone(),
            ),
            sigma_after: SigmaCheck::Entered,
        };
        preview.assess(read.closes);
        preview
    }

    /// Checks the new closes against the loaded history: how far they agree, how each
    /// entered adjustment fits them, the default choice (made the choice), the suspected
    /// splits and the σ. `closes` are the parsed closes as [`closes_of`] gives them.
    fn assess(&mut self, closes: Vec<Close>) {
        let (loaded_closes, loaded_splits, loaded_confirmed) = &self.loaded;
        let comparison = compare_sources(loaded_closes, &closes);
        let splits = loaded_splits
            .iter()
            .map(|s| {
                let (fit, fits) = describe_fit(split_fit(&closes, event(s)));
                Reviewed {
                    item: *s,
                    fit,
                    fits,
                    keep: fits,
                }
            })
            .collect();
        let confirmed = loaded_confirmed
            .iter()
            .map(|&date| {
                let i = closes.partition_point(|c| c.date < date);
                let large = i > 0
                    && closes.get(i).is_some_and(|c| {
                        c.date == date && is_large_move(closes[i - 1].close / c.close)
                    });
                Reviewed {
                    item: date,
                    fit: Message::id(if large {
                        "import-fit-also-moves"
                    } else {
                        "import-fit-no-move"
                    }),
                    fits: large,
                    keep: large,
                }
            })
            .collect();
        let default_choice = if comparison.same_source() {
            AdjustmentChoice::Keep
        } else {
            AdjustmentChoice::Clear
        };
        self.closes = closes;
        self.splits = splits;
        self.confirmed = confirmed;
        self.comparison = comparison;
        self.choice = default_choice;
        self.default_choice = default_choice;
        self.refresh_suspects();
    }

    /// Reads the closes from another column of the file, on a worker; the preview
    /// shows them when [`Self::poll_reparse`] has them.
    pub fn choose_column(&mut self, column: &str, ctx: &egui::Context) {
        let pending = self.reparse.as_ref().map(|r| r.column.as_str());
        if pending == Some(column) || (pending.is_none() && column == self.parsed.close_column) {
            return;
        }
        self.column_failed = None;
        self.reparse = Some(Reparse::start(
            Arc::clone(&self.text),
            self.parsed.encoding,
            column,
            ctx,
        ));
    }

    /// True while another close column is being read.
    pub fn reparsing(&self) -> bool {
        self.reparse.is_some()
    }

    /// Takes the closes read from another column, once there: the checks and the
    /// default choice start again from them. A column that gives no closes leaves the
    /// preview as it was and says why.
    pub fn poll_reparse(&mut self) {
        let Some(result) = self.reparse.as_ref().and_then(Reparse::poll) else {
            return;
        };
        let column = self
            .reparse
            .take()
            .map(|r| r.column.clone())
            .unwrap_or_default();
        match result {
            Ok((parsed, closes)) => {
                self.parsed = parsed;
                self.assess(closes);
            }
            Err(e) => self.column_failed = Some((column, e)),
        }
    }

    fn has_adjustments(&self) -> bool {
        !self.splits.is_empty() || !self.confirmed.is_empty()
    }

    /// Why the default is what it is, in `language`.
    pub fn reason(&self, language: crate::i18n::Language) -> String {
        let c = self.comparison;
        let shared = c.shared_dates as u64;
        let message = if c.same_source() {
            Message::id("import-same-source")
                .with("agreeing", c.agreeing as u64)
                .with("shared", shared)
        } else if c.shared_dates == 0 {
            Message::id("import-no-shared-date")
        } else {
            Message::id("import-other-source")
                .with("differing", (c.shared_dates - c.agreeing) as u64)
                .with("shared", shared)
        };
        message.text(language)
    }

    /// The splits and confirmed moves kept under the current choice.
    fn kept(&self) -> (Vec<SplitTerms>, Vec<NaiveDate>) {
        match self.choice {
            AdjustmentChoice::Clear => (Vec::new(), Vec::new()),
            AdjustmentChoice::Keep => (
                self.splits.iter().map(|r| r.item).collect(),
                self.confirmed.iter().map(|r| r.item).collect(),
            ),
            AdjustmentChoice::Review => (
                self.splits
                    .iter()
                    .filter(|r| r.keep)
                    .map(|r| r.item)
                    .collect(),
                self.confirmed
                    .iter()
                    .filter(|r| r.keep)
                    .map(|r| r.item)
                    .collect(),
            ),
        }
    }

    /// Finds the suspected splits again after the kept adjustments changed.
    fn refresh_suspects(&mut self) {
        let (splits, confirmed) = self.kept();
        let events: Vec<SplitEvent> = splits.iter().map(event).collect();
        self.suspects = suspected_splits(&self.closes, &events, &confirmed)
            .into_iter()
            .map(|s| (s, false))
            .collect();
        self.refresh_sigma();
    }

    /// Checks the option's σ again after the splits to be applied changed.
    fn refresh_sigma(&mut self) {
        let events: Vec<SplitEvent> = self
            .outcome(Language::English)
            .splits
            .iter()
            .map(event)
            .collect();
        self.sigma_after = sigma_against(self.sigma.0, &self.sigma.1, &self.closes, &events);
    }

    /// Sets the choice (as the radio buttons do).
    pub fn choose(&mut self, choice: AdjustmentChoice) {
        if self.choice != choice {
            self.choice = choice;
            self.refresh_suspects();
        }
    }

    /// The adjustments after replacing, and the sentences, in `language`, that say what
    /// was decided.
    pub fn outcome(&self, language: Language) -> Outcome {
        let (mut splits, confirmed_moves) = self.kept();
        let mut summary = Vec::new();
        let n = self.splits.len();
        let say = |id: &str, args: &[(&str, FluentValue<'_>)]| i18n::text_with(language, id, args);
        if self.has_adjustments() {
            let listed = |items: &[String]| items.join(", ");
            let all: Vec<String> = self.splits.iter().map(|r| split_text(&r.item)).collect();
            let confirmed = say(
                "import-confirmed-moves",
                &[("count", self.confirmed.len().into())],
            );
            let what = match (n, self.confirmed.len()) {
                (0, _) => confirmed,
                (_, 0) => listed(&all),
                (_, _) => format!("{}; {confirmed}", listed(&all)),
            };
            let what = || FluentValue::from(what.clone());
            let defaulted = self.choice == self.default_choice;
            match self.choice {
                AdjustmentChoice::Clear => {
                    let why = if !defaulted {
                        "chosen"
                    } else if self.comparison.shared_dates == 0 {
                        "no-shared-dates"
                    } else {
                        "other-source"
                    };
                    summary.push(say(
                        "import-cleared",
                        &[("what", what()), ("why", why.into())],
                    ));
                }
                AdjustmentChoice::Keep => {
                    let why = if defaulted { "match" } else { "chosen" };
                    summary.push(say("import-kept", &[("what", what()), ("why", why.into())]));
                }
                AdjustmentChoice::Review => {
                    let kept: Vec<String> = splits.iter().map(split_text).collect();
                    let removed: Vec<String> = self
                        .splits
                        .iter()
                        .filter(|r| !r.keep)
                        .map(|r| split_text(&r.item))
                        .collect();
                    if n > 0 {
                        summary.push(say(
                            "import-reviewed-splits",
                            &[
                                ("kept", kept.len().into()),
                                ("count", n.into()),
                                ("list", listed(&kept).into()),
                            ],
                        ));
                    }
                    if !removed.is_empty() {
                        summary.push(say(
                            "import-reviewed-removed",
                            &[("list", listed(&removed).into())],
                        ));
                    }
                    if !self.confirmed.is_empty() {
                        summary.push(say(
                            "import-reviewed-confirmed",
                            &[
                                ("kept", confirmed_moves.len().into()),
                                ("count", self.confirmed.len().into()),
                            ],
                        ));
                    }
                }
            }
        }
        let mut remaining = 0;
        for (s, add) in &self.suspects {
            match (add, s.suggested) {
                (true, Some(r)) if s.unadjusted() => {
                    splits.push(SplitTerms {
                        effective_date: s.date,
                        ratio: r.as_decimal(),
                    });
                    summary.push(i18n::text_with(
                        language,
                        "import-added-split",
                        &[
                            ("ratio", ratio_words(language, r).into()),
                            ("date", s.date.to_string().into()),
                        ],
                    ));
                }
                _ => remaining += 1,
            }
        }
        if remaining > 0 {
            summary.push(say("import-still-suspects", &[("count", remaining.into())]));
        }
        if let SigmaCheck::Stale { measured } = &self.sigma_after {
            let now = sigma_percent(self.sigma.0);
            let window = window_words(language, &self.sigma.1);
            summary.push(match measured {
                Ok(v) => i18n::text_with(
                    language,
                    "import-sigma-stale",
                    &[
                        ("in_use", now.into()),
                        ("window", window.into()),
                        ("measured", sigma_percent(*v).into()),
                    ],
                ),
                Err(_) => i18n::text_with(
                    language,
                    "import-sigma-unmeasurable",
                    &[("in_use", now.into()), ("window", window.into())],
                ),
            });
        }
        Outcome {
            splits,
            confirmed_moves,
            summary,
        }
    }
}

/// What the user decided this frame.
pub enum PreviewResult {
    Open,
    Replace,
    Cancelled,
}

const SHOWN_ROWS: usize = 8;
/// Height kept for the heading above the scrolling part and the decision and buttons
/// below it.
const BELOW_SCROLL: f32 = 380.0;
/// Suspected splits listed with a box each; more means the file is not one share's.
const SHOWN_SUSPECTS: usize = 20;
/// Rejected lines are listed in a scrolling box of this height, one row each.
const REJECTED_HEIGHT: f32 = 120.0;

pub fn show(ctx: &egui::Context, preview: &mut ImportPreview) -> PreviewResult {
    let mut result = PreviewResult::Open;
    preview.poll_reparse();
    let modal = egui::Modal::new(egui::Id::unique("import-preview")).show(ctx, |ui| {
        ui.set_width(640.0);
        ui.heading(tr(ui, "ui-import-price-history"));
        ui.label(RichText::new(preview.path.display().to_string()).weak());
        ui.add_space(6.0);
        // Room below for the decision, which runs to several lines, and the buttons:
        // they must stay on screen however much there is to review.
        let max_height = (ctx.content_rect().height() - BELOW_SCROLL).max(160.0);
        egui::ScrollArea::vertical()
            .max_height(max_height)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                close_column(ui, preview);
                rows(ui, &preview.parsed);
                adjustments(ui, preview);
                suspects(ui, preview);
            });
        ui.separator();
        let outcome = preview.outcome(crate::ui::lang::language(ui.ctx()));
        let summary = if outcome.summary.is_empty() {
            tr(ui, "import-nothing-else-changes")
        } else {
            outcome.summary.join(" ")
        };
        let on_replace = tr_args(ui, "import-on-replace", &[("summary", &summary)]);
        ui.label(RichText::new(on_replace).strong());
        ui.label(
            RichText::new(tr(
                ui,
                "ui-the-pricing-window-is-kept-undo-brings-the-old-h",
            ))
            .weak(),
        );
        ui.horizontal(|ui| {
            let replace =
                egui::Button::new(RichText::new(tr(ui, "ui-replace-price-history")).strong());
            if ui.add_enabled(!preview.reparsing(), replace).clicked() {
                result = PreviewResult::Replace;
            }
            if ui.button(tr(ui, "ui-cancel")).clicked() {
                result = PreviewResult::Cancelled;
            }
        });
    });
    if matches!(result, PreviewResult::Open) && modal.should_close() {
        result = PreviewResult::Cancelled;
    }
    result
}

/// The column the closes are read from, with the file's other price columns to choose
/// from; a warning when it holds adjusted closes, and what happened to the last choice.
fn close_column(ui: &mut Ui, preview: &mut ImportPreview) {
    let columns = &preview.parsed.columns;
    if columns.len() > 1 {
        let named = |ui: &Ui, column: &str| {
            if column == preview.default_column {
                tr_args(ui, "import-default-choice", &[("choice", column)])
            } else {
                column.to_owned()
            }
        };
        let shown = preview
            .reparse
            .as_ref()
            .map_or(preview.parsed.close_column.as_str(), |r| r.column.as_str());
        let mut chosen = None;
        ui.add_enabled_ui(!preview.reparsing(), |ui| {
            egui::ComboBox::from_label(tr(ui, "import-close-column"))
                .selected_text(named(ui, shown))
                .show_ui(ui, |ui| {
                    for column in columns {
                        let text = named(ui, column);
                        if ui.selectable_label(column == shown, text).clicked() {
                            chosen = Some(column.clone());
                        }
                    }
                });
        });
        if let Some(column) = chosen {
            preview.choose_column(&column, ui.ctx());
        }
    }
    if let Some(r) = &preview.reparse {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr_args(
                ui,
                "import-reading-column",
                &[("column", &r.column)],
            ));
        });
    }
    let language = crate::ui::lang::language(ui.ctx());
    if let Some((column, e)) = &preview.column_failed {
        let text = tr_args(
            ui,
            "import-column-failed",
            &[("column", column), ("reason", &e.message_in(language))],
        );
        ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
    }
    if preview.parsed.adjusted {
        let text = tr_args(
            ui,
            "import-adjusted-column",
            &[("column", &preview.parsed.close_column)],
        );
        ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
    }
}

/// The span, the first and last rows, and the rejected lines.
fn rows(ui: &mut Ui, p: &ParsedPrices) {
    if let (Some((d0, _)), Some((d1, _))) = (p.closes.first(), p.closes.last()) {
        let count = p.closes.len();
        ui.label(tr_args(
            ui,
            "import-read",
            &[
                ("count", &format_count(count as u64)),
                ("closes", &plural(count, "close", "closes")),
                ("from", &d0.to_string()),
                ("to", &d1.to_string()),
                ("date_column", &p.date_column),
                ("close_column", &p.close_column),
                ("encoding", &p.encoding.to_string()),
            ],
        ));
    }
    ui.add_space(4.0);
    egui::Grid::new("import-rows")
        .striped(true)
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(RichText::new(tr(ui, "ui-date")).strong());
            ui.label(RichText::new(tr(ui, "ui-close-jpy")).strong());
            ui.end_row();
            let n = p.closes.len();
            let head = p.closes.iter().take(SHOWN_ROWS / 2);
            let tail = p
                .closes
                .iter()
                .skip(n.saturating_sub(SHOWN_ROWS / 2).max(SHOWN_ROWS / 2));
            for (i, (date, close)) in head.chain(tail).enumerate() {
                if i == SHOWN_ROWS / 2 && n > SHOWN_ROWS {
                    ui.label("…");
                    ui.label("…");
                    ui.end_row();
                }
                ui.label(date.to_string());
                ui.monospace(format_yen(*close));
                ui.end_row();
            }
        });
    ui.add_space(6.0);
    if p.rejected.is_empty() {
        ui.label(tr(ui, "ui-no-lines-were-rejected"));
        return;
    }
    let rejected = tr_args(
        ui,
        "import-rejected",
        &[
            ("count", &format_count(p.rejected.len() as u64)),
            ("lines", &plural(p.rejected.len(), "line", "lines")),
        ],
    );
    ui.label(RichText::new(rejected).color(ui.visuals().warn_fg_color));
    // Only the visible rows are laid out: a file can have a million bad lines.
    let row_height = ui.text_style_height(&egui::TextStyle::Body);
    egui::ScrollArea::vertical()
        .id_salt("rejected-lines")
        .max_height(REJECTED_HEIGHT)
        .show_rows(ui, row_height, p.rejected.len(), |ui, range| {
            let language = crate::ui::lang::language(ui.ctx());
            for r in &p.rejected[range] {
                let line = crate::i18n::text_with(
                    language,
                    "csv-rejected-line",
                    &[
                        ("line", r.line.into()),
                        ("reason", r.reason_in(language).into()),
                        ("text", r.text.clone().into()),
                    ],
                );
                ui.add(egui::Label::new(line).truncate());
            }
        });
}

/// The splits and confirmed moves of the loaded history: clear, keep or review.
fn adjustments(ui: &mut Ui, preview: &mut ImportPreview) {
    ui.add_space(8.0);
    ui.label(
        RichText::new(tr(
            ui,
            "ui-splits-and-consolidations-entered-for-the-loaded",
        ))
        .strong(),
    );
    if !preview.has_adjustments() {
        ui.label(tr(
            ui,
            "ui-none-are-entered-there-is-nothing-to-clear-or-ke",
        ));
        return;
    }
    let all: Vec<String> = preview.splits.iter().map(|r| split_text(&r.item)).collect();
    if !all.is_empty() {
        ui.label(tr_args(ui, "import-entered", &[("list", &all.join(", "))]));
    }
    if !preview.confirmed.is_empty() {
        let dates: Vec<String> = preview
            .confirmed
            .iter()
            .map(|r| r.item.to_string())
            .collect();
        ui.label(tr_args(
            ui,
            "import-confirmed",
            &[("list", &dates.join(", "))],
        ));
    }
    ui.label(RichText::new(preview.reason(crate::ui::lang::language(ui.ctx()))).weak());
    let mut choice = preview.choice;
    ui.horizontal_wrapped(|ui| {
        for (value, id) in [
            (AdjustmentChoice::Clear, "import-clear-them"),
            (AdjustmentChoice::Keep, "import-keep-them"),
            (AdjustmentChoice::Review, "import-review-each"),
        ] {
            let text = tr(ui, id);
            let text = if value == preview.default_choice {
                tr_args(ui, "import-default-choice", &[("choice", &text)])
            } else {
                text
            };
            ui.radio_value(&mut choice, value, text);
        }
    });
    preview.choose(choice);
    if preview.choice != AdjustmentChoice::Review {
        return;
    }
    let mut changed = false;
    let language = crate::ui::lang::language(ui.ctx());
    for r in &mut preview.splits {
        let label = Message::id("import-keep-split")
            .with("split", split_text(&r.item))
            .text(language);
        changed |= review_row(ui, r, &label);
    }
    for r in &mut preview.confirmed {
        let label = Message::id("import-keep-confirmed")
            .with("date", r.item.to_string())
            .text(language);
        changed |= review_row(ui, r, &label);
    }
    if changed {
        preview.refresh_suspects();
    }
}

/// One adjustment under review: a checkbox to keep it and how it fits the new closes.
fn review_row<T>(ui: &mut Ui, r: &mut Reviewed<T>, label: &str) -> bool {
    ui.horizontal_wrapped(|ui| {
        let changed = ui.checkbox(&mut r.keep, label).changed();
        let color = if r.fits {
            ui.visuals().weak_text_color()
        } else {
            ui.visuals().warn_fg_color
        };
        let fit = r.fit.text(crate::ui::lang::language(ui.ctx()));
        ui.label(RichText::new(format!("— {fit}")).color(color));
        changed
    })
    .inner
}

/// Moves in the new closes that look like unadjusted splits, each with a box to add it.
fn suspects(ui: &mut Ui, preview: &mut ImportPreview) {
    ui.add_space(8.0);
    ui.label(RichText::new(tr(ui, "ui-suspected-unadjusted-splits-in-the-new-closes")).strong());
    if preview.suspects.is_empty() {
        ui.label(tr(ui, "import-no-suspects"));
        return;
    }
    let total = preview.suspects.len();
    let mut ticked = false;
    for (s, add) in preview.suspects.iter_mut().take(SHOWN_SUSPECTS) {
        ui.label(
            RichText::new(format!(
                "⚠ {}",
                describe_suspect(crate::ui::lang::language(ui.ctx()), s)
            ))
            .color(ui.visuals().warn_fg_color),
        );
        if let (true, Some(r)) = (s.unadjusted(), s.suggested) {
            ticked |= ui
                .checkbox(
                    add,
                    tr_args(
                        ui,
                        "suspect-add",
                        &[
                            (
                                "ratio",
                                &ratio_words(crate::ui::lang::language(ui.ctx()), r),
                            ),
                            ("date", &s.date.to_string()),
                        ],
                    ),
                )
                .changed();
        }
    }
    if ticked {
        preview.refresh_sigma();
    }
    if total > SHOWN_SUSPECTS {
        ui.label(
            RichText::new(tr_args(
                ui,
                "import-more-suspects",
                &[("count", &format_count((total - SHOWN_SUSPECTS) as u64))],
            ))
            .color(ui.visuals().warn_fg_color),
        );
    }
    ui.label(RichText::new(tr(ui, "import-unticked-moves")).weak());
}

//! Preview of the Ministry of Finance's JGB yield curve CSV before r changes: the days
//! read, the lines rejected (line number and reason), and r for the option's allotment
//! date and T with its derivation, by linear interpolation or the nearest tenor. "Use
//! this rate" hands it to the option valuation; nothing changes before.

use std::path::PathBuf;

use eframe::egui::{self, RichText, Ui};

use crate::domain::FieldError;
use crate::domain::money::{fixed_dp, format_count};
use crate::domain::yield_curve::{CurveMethod, CurveRate, CurveRow, ParsedCurve, rate_for};
use crate::i18n::{self, Language};
use crate::scenario::OptionTerms;
use crate::text_encoding::TextEncoding;
use crate::ui::lang::{language, tr, tr_args};

pub struct CurvePreview {
    pub path: PathBuf,
    pub parsed: ParsedCurve,
    pub encoding: TextEncoding,
    pub method: CurveMethod,
}

/// What the user decided this frame.
pub enum CurvePreviewResult {
    Open,
    Use(CurveRate),
    Cancelled,
}

impl CurvePreview {
    pub fn new(path: PathBuf, parsed: ParsedCurve, encoding: TextEncoding) -> Self {
        Self {
            path,
            parsed,
            encoding,
            method: CurveMethod::default(),
        }
    }

    /// The file's name, as the scenario records it.
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.path.display().to_string())
    }

    /// r for the option's allotment date and T, by the chosen method.
    pub fn rate(&self, option: &OptionTerms) -> Result<CurveRate, FieldError> {
        rate_for(
            &self.parsed.rows,
            option.allotment_date,
            option.term_years,
            self.method,
        )
    }
}

/// The derivation of `r`, its steps joined as a figure's are, in `language`.
pub fn derivation_text(language: Language, r: &CurveRate) -> String {
    let steps: Vec<String> = r.derivation().iter().map(|m| m.text(language)).collect();
    steps.join(&i18n::text(language, "der-joiner"))
}

/// A refusal of r, its field named as the window labels it, in `language`.
pub fn refusal_text(language: Language, e: &FieldError) -> String {
    let field = i18n::lookup(language, &format!("field-{}", e.field.replace('.', "-")))
        .unwrap_or_else(|| e.field.clone());
    i18n::text_with(
        language,
        "curve-rate-refused",
        &[
            ("field", field.into()),
            ("reason", e.message_in(language).into()),
        ],
    )
}

const SHOWN_ROWS: usize = 8;
/// Height kept for the heading above the scrolling part and r and the buttons below.
const BELOW_SCROLL: f32 = 360.0;
const REJECTED_HEIGHT: f32 = 120.0;

pub fn show(
    ctx: &egui::Context,
    preview: &mut CurvePreview,
    option: &OptionTerms,
) -> CurvePreviewResult {
    let mut result = CurvePreviewResult::Open;
    let modal = egui::Modal::new(egui::Id::unique("curve-preview")).show(ctx, |ui| {
        ui.set_width(680.0);
        ui.heading(tr(ui, "ui-import-jgb-yield-curve"));
        ui.label(RichText::new(preview.path.display().to_string()).weak());
        ui.add_space(6.0);
        let max_height = (ctx.content_rect().height() - BELOW_SCROLL).max(160.0);
        egui::ScrollArea::vertical()
            .max_height(max_height)
            .auto_shrink([false, true])
            .show(ui, |ui| rows(ui, preview));
        ui.separator();
        let rate = rate_part(ui, preview, option);
        ui.label(RichText::new(tr(ui, "curve-use-note")).weak());
        ui.horizontal(|ui| {
            let button = ui
                .add_enabled(
                    rate.is_some(),
                    egui::Button::new(RichText::new(tr(ui, "ui-use-this-rate")).strong()),
                )
                .on_hover_text(tr(ui, "ui-use-this-rate-hint"));
            if button.clicked()
                && let Some(r) = rate
            {
                result = CurvePreviewResult::Use(r);
            }
            if ui.button(tr(ui, "ui-cancel")).clicked() {
                result = CurvePreviewResult::Cancelled;
            }
        });
    });
    if matches!(result, CurvePreviewResult::Open) && modal.should_close() {
        result = CurvePreviewResult::Cancelled;
    }
    result
}

/// What was read: the span, the first and last days with every tenor, the rejected lines.
fn rows(ui: &mut Ui, preview: &CurvePreview) {
    let p = &preview.parsed;
    if let (Some(first), Some(last)) = (p.rows.first(), p.rows.last()) {
        let tenors: Vec<String> = p.tenors.iter().map(u32::to_string).collect();
        ui.label(tr_args(
            ui,
            "curve-read",
            &[
                ("days", &format_count(p.rows.len() as u64)),
                ("from", &first.date.to_string()),
                ("to", &last.date.to_string()),
                ("tenors", &tenors.join(", ")),
                ("encoding", &preview.encoding.to_string()),
            ],
        ));
    }
    ui.add_space(4.0);
    egui::ScrollArea::horizontal()
        .id_salt("curve-rows")
        .show(ui, |ui| {
            egui::Grid::new("curve-rows-grid")
                .striped(true)
                .num_columns(p.tenors.len() + 1)
                .show(ui, |ui| {
                    ui.label(RichText::new(tr(ui, "ui-curve-date")).strong());
                    for years in &p.tenors {
                        let head = tr_args(ui, "curve-tenor", &[("years", &years.to_string())]);
                        ui.label(RichText::new(head).strong());
                    }
                    ui.end_row();
                    let n = p.rows.len();
                    let head = p.rows.iter().take(SHOWN_ROWS / 2);
                    let tail = p
                        .rows
                        .iter()
                        .skip(n.saturating_sub(SHOWN_ROWS / 2).max(SHOWN_ROWS / 2));
                    for (i, row) in head.chain(tail).enumerate() {
                        if i == SHOWN_ROWS / 2 && n > SHOWN_ROWS {
                            ui.label("…");
                            ui.end_row();
                        }
                        day(ui, row, &p.tenors);
                    }
                });
        });
    ui.add_space(6.0);
    if p.rejected.is_empty() {
        ui.label(tr(ui, "ui-no-lines-were-rejected"));
        return;
    }
    let count = i18n::text_with(
        language(ui.ctx()),
        "curve-rejected",
        &[("count", p.rejected.len().into())],
    );
    ui.label(RichText::new(count).color(ui.visuals().warn_fg_color));
    let row_height = ui.text_style_height(&egui::TextStyle::Body);
    egui::ScrollArea::vertical()
        .id_salt("curve-rejected-lines")
        .max_height(REJECTED_HEIGHT)
        .show_rows(ui, row_height, p.rejected.len(), |ui, range| {
            let language = language(ui.ctx());
            for r in &p.rejected[range] {
                let line = i18n::text_with(
                    language,
                    "csv-rejected-line",
                    &[
                        ("line", r.line.into()),
                        ("reason", r.reason.text(language).into()),
                        ("text", r.text.clone().into()),
                    ],
                );
                ui.add(egui::Label::new(line).truncate());
            }
        });
}

/// One day: its date, then each tenor's yield in percent ("–" where it had none).
fn day(ui: &mut Ui, row: &CurveRow, tenors: &[u32]) {
    ui.label(row.date.to_string());
    for years in tenors {
        match row.yields.iter().find(|t| t.years == *years) {
            Some(t) => ui.monospace(fixed_dp(t.rate * rust_decimal::Decimal::ONE_HUNDRED, 3)),
            None => ui.label(RichText::new("–").weak()),
        };
    }
    ui.end_row();
}

/// r for the option's allotment date and T, the method, and the derivation or refusal.
fn rate_part(ui: &mut Ui, preview: &mut CurvePreview, option: &OptionTerms) -> Option<CurveRate> {
    let language = language(ui.ctx());
    ui.label(
        RichText::new(tr_args(
            ui,
            "curve-rate-for",
            &[
                ("date", &option.allotment_date.to_string()),
                ("term", &option.term_years.normalize().to_string()),
            ],
        ))
        .strong(),
    );
    ui.horizontal(|ui| {
        for (method, id) in [
            (CurveMethod::Linear, "ui-curve-linear"),
            (CurveMethod::NearestTenor, "ui-curve-nearest"),
        ] {
            ui.radio_value(&mut preview.method, method, tr(ui, id));
        }
    });
    match preview.rate(option) {
        Ok(r) => {
            let percent = crate::domain::money::format_percent(
                r.rate,
                crate::domain::yield_curve::percent_dp(r.rate),
            );
            ui.label(
                RichText::new(tr_args(ui, "curve-rate-result", &[("rate", &percent)]))
                    .monospace()
                    .strong()
                    .size(16.0),
            );
            ui.add(egui::Label::new(RichText::new(derivation_text(language, &r)).small()).wrap());
            Some(r)
        }
        Err(e) => {
            ui.add(
                egui::Label::new(
                    RichText::new(refusal_text(language, &e)).color(ui.visuals().error_fg_color),
                )
                .wrap(),
            );
            None
        }
    }
}

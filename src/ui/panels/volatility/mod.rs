//! The volatility panel: the price history and where it came from, how σ is measured
//! on it, the result with its working, "Use this σ" for the option valuation, and
//! the price and rolling-σ charts.

mod chart;
pub(super) mod dates;
mod settings;
mod suspects;

use crate::domain::FieldError;
use crate::i18n::{self, Language};
use crate::ui::lang::{tr, tr_args, tr_count};
use eframe::egui::{RichText, Ui};
use rust_decimal::Decimal;

use super::PanelContext;
use crate::domain::money::format_count;
use crate::domain::split_check::SuspectedSplit;
use crate::report::{self, Figure};
use crate::scenario::{
    PriceHistory, Scenario, SigmaCheck, VolatilitySource, sigma_for_option, validate,
};
use crate::ui::command::Command;
use crate::ui::fields::Form;
use crate::ui::history_words::{sigma_percent, window_words};
use crate::ui::results::{figures_grid, problem};

/// View state: the cached chart series and the last "Use this σ" refusal.
#[derive(Default)]
pub struct VolatilityPanel {
    chart: chart::ChartCache,
    use_error: Option<String>,
}

impl VolatilityPanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        history(ui, cx);
        suspects::show(ui, cx);
        ui.add_space(8.0);
        ui.columns(2, |cols| {
            cols[0].heading(tr(&cols[0], "ui-measurement"));
            settings::settings(&mut cols[0], cx.form);
            cols[1].heading(tr(&cols[1], "ui-splits-and-consolidations"));
            settings::splits(&mut cols[1], cx.form);
        });
        ui.add_space(8.0);
        ui.separator();
        self.result(ui, cx);
        ui.add_space(12.0);
        ui.separator();
        ui.heading(tr(ui, "ui-chart"));
        let sigma = cx.results.volatility.as_ref().ok().map(|r| r.annualized);
        self.chart.show(
            ui,
            &cx.form.scenario.price_history,
            sigma,
            &cx.history.suspects,
        );
    }

    fn result(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        ui.heading(tr(ui, "ui-historical-volatility"));
        let result = match &cx.results.volatility {
            Ok(r) => r,
            Err(e) => {
                problem(ui, &e.to_string());
                return;
            }
        };
        let all = report::summary(cx.form.scenario, cx.results);
        let rows: Vec<&Figure> = all.iter().filter(|f| f.section == "volatility").collect();
        figures_grid(ui, "volatility-figures", &rows, cx.stale());
        ui.add_space(8.0);

        let sigma = sigma_for_option(result.annualized);
        let source = history_source(cx.form.scenario);
        let option = cx.form.scenario.option.clone();
        let in_use = sigma == Some(option.volatility) && option.volatility_source == source;
        let blocking = in_window(&cx.history.suspects, &cx.form.scenario.price_history);
        ui.horizontal_wrapped(|ui| {
            let disabled_why = match blocking.first() {
                Some(s) => tr_args(
                    ui,
                    "vol-resolve-suspect-first",
                    &[("date", &s.date.to_string())],
                ),
                None => tr(ui, "vol-correct-first"),
            };
            let button = ui
                .add_enabled(
                    sigma.is_some() && !cx.stale() && blocking.is_empty(),
                    eframe::egui::Button::new(tr(ui, "vol-use-this-sigma")),
                )
                .on_hover_text(tr(ui, "vol-use-this-sigma-hint"))
                .on_disabled_hover_text(disabled_why);
            if button.clicked()
                && let Some(sigma) = sigma
            {
                let language = crate::ui::lang::language(ui.ctx());
                self.use_error = use_sigma(cx.form, sigma, source.clone())
                    .err()
                    .map(|e| cannot_use_sigma(language, &e));
            }
            if in_use {
                ui.label(RichText::new(tr(ui, "ui-in-use-for-the-option-valuation")).strong());
            } else {
                let language = crate::ui::lang::language(ui.ctx());
                let kind = match &option.volatility_source {
                    VolatilitySource::Manual => "entered",
                    VolatilitySource::History { .. } => "history",
                };
                let stale = match &cx.history.sigma {
                    SigmaCheck::Stale { .. } => "yes",
                    _ => "no",
                };
                let text = tr_args(
                    ui,
                    "vol-option-uses",
                    &[
                        ("sigma", &sigma_percent(option.volatility)),
                        ("kind", kind),
                        ("window", &window_words(language, &option.volatility_source)),
                        ("stale", stale),
                    ],
                );
                ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
            }
        });
        if !blocking.is_empty() {
            problem(ui, &tr_count(ui, "vol-suspects-in-window", blocking.len()));
        }
        if let Some(e) = &self.use_error {
            problem(ui, e);
        }
    }
}

/// Source text, size and span of the embedded history, and the import buttons.
fn history(ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
    ui.heading(tr(ui, "ui-price-history"));
    let h = &cx.form.scenario.price_history;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr(ui, "ui-source")).strong());
        let text = if h.source.to_lowercase().contains("synthetic") {
            RichText::new(format!("⚠ {}", h.source)).color(ui.visuals().warn_fg_color)
        } else {
            RichText::new(&h.source)
        };
        ui.label(text);
    });
    ui.horizontal_wrapped(|ui| {
        let span = match (h.closes.first(), h.closes.last()) {
            (Some(first), Some(last)) => tr_args(
                ui,
                "vol-closes-span",
                &[
                    ("count", &format_count(h.closes.len() as u64)),
                    ("from", &first.date.to_string()),
                    ("to", &last.date.to_string()),
                ],
            ),
            _ => tr(ui, "vol-no-closes"),
        };
        ui.label(span);
        if ui
            .button(tr(ui, "ui-import-csv"))
            .on_hover_text(tr(ui, "vol-import-hint"))
            .clicked()
        {
            cx.queue.push(Command::ImportPricesDialog);
        }
        if ui
            .button(tr(ui, "ui-from-path"))
            .on_hover_text(tr(
                ui,
                "ui-import-a-csv-by-typing-its-path-where-no-file-di",
            ))
            .clicked()
        {
            cx.queue.push(Command::ImportPricesPathPrompt);
        }
    });
}

/// The option's σ source for the current measurement settings.
fn history_source(s: &Scenario) -> VolatilitySource {
    let h = &s.price_history;
    VolatilitySource::History {
        window_start: h.window_start,
        window_end: h.window_end,
        frequency: h.frequency,
    }
}

/// Suspected splits whose move falls inside the pricing window (both closes in it).
fn in_window<'s>(suspects: &'s [SuspectedSplit], h: &PriceHistory) -> Vec<&'s SuspectedSplit> {
    suspects
        .iter()
        .filter(|s| {
            h.window_start.is_none_or(|start| s.previous_date >= start)
                && h.window_end.is_none_or(|end| s.date <= end)
        })
        .collect()
}

/// Why σ could not be handed to the option valuation, in `language`.
pub fn cannot_use_sigma(language: Language, e: &FieldError) -> String {
    i18n::text_with(
        language,
        "vol-cannot-use",
        &[
            ("field", e.field.clone().into()),
            ("reason", e.message_in(language).into()),
        ],
    )
}

/// Hands σ to the option valuation, unless that would make the scenario invalid (the
/// first problem it would add).
pub fn use_sigma(
    form: &mut Form<'_>,
    sigma: Decimal,
    source: VolatilitySource,
) -> Result<(), FieldError> {
    let mut candidate = form.scenario.clone();
    candidate.option.volatility = sigma;
    candidate.option.volatility_source = source;
    let before = validate(form.scenario);
    if let Some(e) = validate(&candidate)
        .into_iter()
        .find(|e| !before.contains(e))
    {
        return Err(e);
    }
    *form.scenario = candidate;
    form.drafts.clear_path("option.volatility");
    Ok(())
}

//! The grant's value as the background valuation last gave it: the method, the value
//! per share with its standard error and 95 % interval, the amounts, the performance
//! tiers' probabilities and the share exercised early, each condition's probability,
//! and the continuous closed form beside with the gap. While a new value is being
//! computed the previous one stays, dimmed and marked not current, under a progress
//! bar with Stop. Under a grid value, its check by simulation.

use eframe::egui::{self, RichText, Ui};

use crate::domain::paid_option::valuation::Valuation;
use crate::report::{self, Figure, Value};
use crate::scenario::{PaidOptionResults, PaidOptionTerms, ScenarioResults};
use crate::ui::command::Command;
use crate::ui::lang::{language, tr, tr_args};
use crate::ui::paid_job::PaidView;
use crate::ui::panels::PanelContext;
use crate::ui::panels::paid::check::SimulationCheck;
use crate::ui::results::{derivations_toggle, figures_grid, problem};

/// `check`: the simulation beside a grid value, when the user asks for it.
pub fn show(
    ui: &mut Ui,
    cx: &mut PanelContext<'_, '_>,
    paid: &PaidOptionResults,
    check: &mut SimulationCheck,
) {
    ui.heading(tr(ui, "paid-heading-result"));
    let view = cx.paid;
    progress(ui, view, cx.queue);
    // What to show: the value for these inputs, else the last one, marked.
    let shown = if view.current {
        Some(paid.clone())
    } else {
        view.last.map(|(inputs, valued)| PaidOptionResults {
            inputs: inputs.clone(),
            valued: Some(valued.clone()),
        })
    };
    let Some(shown) = shown else {
        ui.label(RichText::new(tr(ui, "paid-not-valued")).weak());
        return;
    };
    let not_current = !view.current || cx.stale();
    if not_current {
        ui.add(
            egui::Label::new(
                RichText::new(tr(ui, "paid-not-current")).color(ui.visuals().warn_fg_color),
            )
            .wrap(),
        );
    }
    let mut results: ScenarioResults = cx.results.clone();
    results.paid_option = Some(Ok(shown.clone()));
    let figures = report::summary(cx.form.scenario, &results);
    // A refusal is said once, above the figures, where it wraps; in the table it would
    // run as one line across the window.
    let picked: Vec<&Figure> = figures
        .iter()
        .filter(|f| f.section == "paid_option" && f.key != "problem")
        .collect();
    ui.scope(|ui| {
        if not_current {
            ui.multiply_opacity(0.45);
        }
        match &shown.valued {
            Some(Ok(valued)) => {
                headline(ui, &valued.valuation, &figures);
                let terms = cx.form.scenario.paid_option.as_ref();
                let early = shown.inputs.right.early_exercise.is_some();
                performance(ui, &valued.valuation, terms, early);
            }
            Some(Err(e)) => problem(ui, &e.message_in(language(ui.ctx()))),
            None => {}
        }
        derivations_toggle(ui);
        figures_grid(ui, "paid-figures", &picked, false);
        if let Some(Ok(valued)) = &shown.valued {
            gap(ui, &valued.valuation);
            if !not_current {
                check.show(ui, &shown.inputs, &valued.valuation);
            }
        }
    });
}

/// The progress bar and Stop while a valuation runs; "Value now" once stopped.
fn progress(ui: &mut Ui, view: &PaidView<'_>, queue: &mut Vec<Command>) {
    if let Some(fraction) = view.running {
        ui.horizontal(|ui| {
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(240.0)
                    .show_percentage(),
            );
            ui.label(tr(ui, "paid-valuing"));
            if ui
                .button(tr(ui, "paid-stop"))
                .on_hover_text(tr(ui, "paid-stop-hint"))
                .clicked()
            {
                queue.push(Command::StopPaidValuation);
            }
        });
    } else if view.stopped {
        ui.horizontal(|ui| {
            ui.label(RichText::new(tr(ui, "paid-stopped")).color(ui.visuals().warn_fg_color));
            if ui.button(tr(ui, "paid-value-now")).clicked() {
                queue.push(Command::ResumePaidValuation);
            }
        });
    }
}

/// Value per share ± its standard error and the amount per right, large.
fn headline(ui: &mut Ui, v: &Valuation, figures: &[Figure]) {
    let language = language(ui.ctx());
    let shown = |key: &str| {
        figures
            .iter()
            .find(|f| f.section == "paid_option" && f.key == key)
            .map(|f| f.shown_in(language))
            .unwrap_or_default()
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let big = |text: String| RichText::new(text).monospace().strong().size(18.0);
        ui.horizontal(|ui| {
            ui.label(tr(ui, "paid-value-per-share"));
            let se = Value::Number {
                value: v.uncertainty,
                dp: 4,
            }
            .display_in(language);
            ui.label(big(tr_args(
                ui,
                "paid-value-plus-minus",
                &[("value", &shown("paid_value_per_share")), ("se", &se)],
            )));
        });
        ui.horizontal(|ui| {
            ui.label(tr(ui, "paid-amount-per-right"));
            ui.label(big(shown("paid_amount_per_right")));
        });
        if v.grid.is_some() {
            ui.label(RichText::new(tr(ui, "paid-grid-note")).weak());
        } else if v.uncertainty > 0.0 {
            ui.label(
                RichText::new(tr_args(
                    ui,
                    "paid-interval",
                    &[
                        ("low", &shown("paid_interval_low")),
                        ("high", &shown("paid_interval_high")),
                    ],
                ))
                .weak(),
            );
        }
    });
}

/// Each tier's probability, the expected exercisable fraction and the share of paths
/// exercised early, when the grant has tiers or an exercise multiple.
fn performance(ui: &mut Ui, v: &Valuation, terms: Option<&PaidOptionTerms>, early: bool) {
    if v.tier_probabilities.is_empty() && !early {
        return;
    }
    let language = language(ui.ctx());
    let percent = |fraction: f64| Value::Percent { fraction, dp: 2 }.display_in(language);
    let performance = terms.and_then(|t| t.performance.as_ref());
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(tr(ui, "paid-heading-performance")).strong());
        egui::Grid::new("paid-performance-figures")
            .num_columns(2)
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                let row = |ui: &mut Ui, label: String, value: String| {
                    ui.label(label);
                    ui.label(RichText::new(value).monospace().strong());
                    ui.end_row();
                };
                if !v.tier_probabilities.is_empty() {
                    row(
                        ui,
                        tr(ui, "paid-expected-fraction"),
                        percent(v.expected_fraction),
                    );
                }
                for (i, probability) in v.tier_probabilities.iter().enumerate() {
                    let tier = performance.and_then(|p| p.tiers.get(i).map(|t| (p, t)));
                    let (metric, threshold) = tier.map_or_else(Default::default, |(p, t)| {
                        (
                            p.metric_in(language).to_owned(),
                            Value::Yen(t.threshold).display_in(language),
                        )
                    });
                    let label = tr_args(
                        ui,
                        "paid-tier-reached",
                        &[
                            ("n", &(i + 1).to_string()),
                            ("metric", &metric),
                            ("threshold", &threshold),
                        ],
                    );
                    row(ui, label, percent(*probability));
                }
                if early {
                    row(
                        ui,
                        tr(ui, "paid-early-exercised"),
                        percent(v.early_exercised),
                    );
                }
            });
    });
}

/// The daily value against the continuous closed form: what daily monitoring is worth.
fn gap(ui: &mut Ui, v: &Valuation) {
    let Some(continuous) = v.continuous else {
        return;
    };
    let language = language(ui.ctx());
    let number = |value: f64| Value::Number { value, dp: 4 }.display_in(language);
    let gap = v.value_per_share - continuous;
    let share = if continuous.abs() > 0.0 {
        Value::Percent {
            fraction: gap / continuous,
            dp: 2,
        }
        .display_in(language)
    } else {
        String::from("—")
    };
    ui.add(
        egui::Label::new(
            RichText::new(tr_args(
                ui,
                "paid-gap",
                &[
                    ("daily", &number(v.value_per_share)),
                    ("continuous", &number(continuous)),
                    ("gap", &number(gap)),
                    ("share", &share),
                    ("se", &number(v.uncertainty)),
                ],
            ))
            .weak(),
        )
        .wrap(),
    );
}

//! The performance condition (業績条件) and early exercise (早期行使), in the notice's
//! words: the metric, the fiscal year-ends tested, the tiers of (threshold, fraction of
//! the rights exercisable), how the tiers are valued (given probabilities, or the
//! metric simulated beside the share price), and the exercise multiple. Every edit goes
//! through the form, so a value the grant cannot be valued with is refused beside its
//! field; turning a part on or off is one edit, undone like any other.

use chrono::{Months, NaiveDate};
use eframe::egui::{self, RichText, Ui};
use rust_decimal::Decimal;

use super::terms::grant;
use crate::domain::money::round_half_up;
use crate::scenario::{
    PaidOptionTerms, PerformanceTerms, PerformanceTest, PerformanceValuationTerms,
    TEMPLATE_EXERCISE_MULTIPLE, TierTerms,
};
use crate::ui::fields::{Field, Form};
use crate::ui::lang::{language, tr};

const SECTION: &str = "paid_option.performance";
const METRIC: Field = Field::new("paid_option.performance.metric", "").narrow_text();
const METRIC_JA: Field = Field::new("paid_option.performance.metric_ja", "").narrow_text();
const PROBABILITIES: &str = "paid_option.performance.probabilities";
const LAST_ACTUAL: Field = Field::new("paid_option.performance.last_actual", "JPY");
const DRIFT: Field = Field::new("paid_option.performance.drift", "%");
const METRIC_VOLATILITY: Field = Field::new("paid_option.performance.volatility", "%");
const CORRELATION: Field = Field::new("paid_option.performance.correlation", "");
const MULTIPLE: Field = Field::new("paid_option.exercise_multiple", "times-exercise-price");
/// The fields of the simulated metric, whose drafts go when the mode changes.
const SIMULATED: [&str; 4] = [
    LAST_ACTUAL.path,
    DRIFT.path,
    METRIC_VOLATILITY.path,
    CORRELATION.path,
];

/// The labels' column is as wide in every part, so the boxes line up under each other
/// (and under the terms' boxes above).
const LABEL_WIDTH: f32 = 200.0;

/// Rows of labelled fields: label, box, and a Remove where a row has one.
fn grid(ui: &mut Ui, id: &str, rows: impl FnOnce(&mut Ui)) {
    egui::Grid::new(id)
        .num_columns(3)
        .min_col_width(LABEL_WIDTH)
        .spacing([12.0, 6.0])
        .show(ui, rows);
}

/// A new tier's threshold is the highest one's × 1.25, to the yen.
const NEXT_THRESHOLD: Decimal = Decimal::from_parts(125, 0, 0, false, 2);

/// The last refusal of an edit that is not typed in a field (turning a part on, adding or
/// removing a row, switching the test or the mode), shown under its part until the
/// condition or the multiple changes.
#[derive(Default)]
pub struct PerformanceState {
    performance: Option<String>,
    multiple: Option<String>,
    /// The condition and multiple the refusals were made on.
    seen: Option<(Option<PerformanceTerms>, Option<Decimal>)>,
}

/// The performance condition, then early exercise.
pub fn show(ui: &mut Ui, form: &mut Form<'_>, t: &PaidOptionTerms, state: &mut PerformanceState) {
    let now = (t.performance.clone(), t.exercise_multiple);
    if state.seen.as_ref() != Some(&now) {
        // An edit went in since: what was refused before no longer describes the terms.
        state.performance = None;
        state.multiple = None;
        state.seen = Some(now);
    }
    performance(ui, form, t, state);
    ui.add_space(12.0);
    early_exercise(ui, form, t, state);
}

/// The grant's performance condition, if any.
fn perf(s: &mut crate::scenario::Scenario) -> Option<&mut PerformanceTerms> {
    grant(s).and_then(|p| p.performance.as_mut())
}

fn refusal(ui: &mut Ui, message: &Option<String>) {
    if let Some(message) = message {
        ui.add(
            egui::Label::new(
                RichText::new(format!("⚠ {message}")).color(ui.visuals().error_fg_color),
            )
            .wrap(),
        );
    }
}

fn explained(ui: &mut Ui, id: &str) {
    ui.add(egui::Label::new(RichText::new(tr(ui, id)).weak()).wrap());
}

/// "Performance condition": on, with a template; off, gone (Edit › Undo brings it back).
fn performance(
    ui: &mut Ui,
    form: &mut Form<'_>,
    t: &PaidOptionTerms,
    state: &mut PerformanceState,
) {
    let language = language(ui.ctx());
    let mut on = t.performance.is_some();
    let toggle = ui
        .checkbox(
            &mut on,
            RichText::new(tr(ui, "paid-performance-toggle")).heading(),
        )
        .on_hover_text(tr(ui, "paid-performance-toggle-hint"));
    if toggle.changed() {
        form.drafts.clear_under(SECTION);
        state.performance = if on {
            let template = PerformanceTerms::template(t);
            form.try_commit(language, SECTION, &|s| {
                if let Some(p) = grant(s) {
                    p.performance = Some(template.clone());
                }
            })
            .err()
        } else {
            if let Some(p) = grant(form.scenario) {
                p.performance = None;
            }
            None
        };
    }
    let Some(p) = &t.performance else {
        explained(ui, "paid-performance-none");
        refusal(ui, &state.performance);
        return;
    };
    explained(ui, "paid-performance-explained");
    grid(ui, "paid-performance", |ui| {
        form.text(ui, METRIC, &p.metric, |s, v| {
            if let Some(p) = perf(s) {
                p.metric = v;
            }
        });
        ui.end_row();
        form.text(ui, METRIC_JA, &p.metric_ja, |s, v| {
            if let Some(p) = perf(s) {
                p.metric_ja = v;
            }
        });
        ui.end_row();
        test_choice(ui, form, p, state);
        ui.end_row();
    });
    ui.add_space(6.0);
    ui.label(RichText::new(tr(ui, "paid-performance-year-ends")).strong())
        .on_hover_text(tr(ui, "paid-performance-year-ends-hint"));
    year_ends(ui, form, t, p, state);
    ui.add_space(6.0);
    ui.label(RichText::new(tr(ui, "paid-performance-tiers-heading")).strong())
        .on_hover_text(tr(ui, "paid-performance-tiers-hint"));
    tiers(ui, form, p, state);
    ui.add_space(6.0);
    valuation(ui, form, p, state);
    refusal(ui, &state.performance);
}

/// "Any one year" or "a given year"; a given year keeps only the last year-end listed.
fn test_choice(
    ui: &mut Ui,
    form: &mut Form<'_>,
    p: &PerformanceTerms,
    state: &mut PerformanceState,
) {
    let language = language(ui.ctx());
    let hint = tr(ui, "paid-performance-test-hint");
    ui.label(tr(ui, "paid-performance-test"))
        .on_hover_text(&hint);
    ui.horizontal(|ui| {
        for (choice, id) in [
            (PerformanceTest::AnyYear, "paid-performance-any-year"),
            (PerformanceTest::GivenYear, "paid-performance-given-year"),
        ] {
            let clicked = ui
                .radio(p.test == choice, tr(ui, id))
                .on_hover_text(&hint)
                .clicked();
            if clicked && p.test != choice {
                form.drafts.clear_under(&format!("{SECTION}.year_ends"));
                state.performance = form
                    .try_commit(language, &format!("{SECTION}.test"), &|s| {
                        if let Some(p) = perf(s) {
                            p.test = choice;
                            if choice == PerformanceTest::GivenYear {
                                let last = p.year_ends.last().copied();
                                p.year_ends = last.into_iter().collect();
                            }
                        }
                    })
                    .err();
            }
        }
    });
}

/// The fiscal year-ends tested, each a date with Remove, then "Add a year-end" (a year
/// after the last) while the test is "any one year".
fn year_ends(
    ui: &mut Ui,
    form: &mut Form<'_>,
    t: &PaidOptionTerms,
    p: &PerformanceTerms,
    state: &mut PerformanceState,
) {
    let language = language(ui.ctx());
    let mut remove = None;
    grid(ui, "paid-performance-year-ends", |ui| {
        for (i, year_end) in p.year_ends.iter().enumerate() {
            let path = format!("{SECTION}.year_ends[{i}]");
            form.date(ui, Field::new(&path, ""), *year_end, move |s, v| {
                if let Some(d) = perf(s).and_then(|p| p.year_ends.get_mut(i)) {
                    *d = v;
                }
            });
            if p.year_ends.len() > 1
                && ui
                    .small_button(tr(ui, "ui-remove"))
                    .on_hover_text(tr(ui, "paid-performance-year-end-remove-hint"))
                    .clicked()
            {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        // The dates after it move up a row: their drafts would be on the wrong rows.
        form.drafts.clear_under(&format!("{SECTION}.year_ends"));
        state.performance = form
            .try_commit(language, &format!("{SECTION}.year_ends"), &|s| {
                if let Some(p) = perf(s) {
                    p.year_ends.remove(i);
                }
            })
            .err();
    }
    if p.test == PerformanceTest::AnyYear {
        let add = ui.horizontal(|ui| {
            ui.button(tr(ui, "paid-performance-year-end-add"))
                .on_hover_text(tr(ui, "paid-performance-year-end-add-hint"))
        });
        if add.inner.clicked() {
            let row = p.year_ends.len();
            let next = next_year_end(p.year_ends.last().copied(), t);
            state.performance = form
                .try_commit(language, &format!("{SECTION}.year_ends[{row}]"), &|s| {
                    if let Some(p) = perf(s) {
                        p.year_ends.push(next);
                    }
                })
                .err();
        }
    }
}

/// A year after `last`, or the end of the exercise period when there is none.
fn next_year_end(last: Option<NaiveDate>, t: &PaidOptionTerms) -> NaiveDate {
    last.and_then(|d| d.checked_add_months(Months::new(12)))
        .unwrap_or(t.exercise_period_end)
}

/// The tiers, each its threshold (with Remove while there is more than one) and the
/// fraction of the rights it makes exercisable, then "Add a tier".
fn tiers(ui: &mut Ui, form: &mut Form<'_>, p: &PerformanceTerms, state: &mut PerformanceState) {
    let language = language(ui.ctx());
    let mut remove = None;
    grid(ui, "paid-tier-rows", |ui| {
        for (i, tier) in p.tiers.iter().enumerate() {
            let threshold = format!("{SECTION}.tiers[{i}].threshold");
            form.yen(
                ui,
                Field::new(&threshold, "JPY"),
                tier.threshold,
                move |s, v| {
                    if let Some(x) = perf(s).and_then(|p| p.tiers.get_mut(i)) {
                        x.threshold = v;
                    }
                },
            );
            if p.tiers.len() > 1
                && ui
                    .small_button(tr(ui, "ui-remove"))
                    .on_hover_text(tr(ui, "paid-performance-tier-remove-hint"))
                    .clicked()
            {
                remove = Some(i);
            }
            ui.end_row();
            let fraction = format!("{SECTION}.tiers[{i}].fraction");
            form.percent(
                ui,
                Field::new(&fraction, "%"),
                tier.fraction,
                move |s, v| {
                    if let Some(x) = perf(s).and_then(|p| p.tiers.get_mut(i)) {
                        x.fraction = v;
                    }
                },
            );
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        // Rows after it move up: their drafts would be on the wrong rows.
        form.drafts.clear_under(&format!("{SECTION}.tiers"));
        form.drafts.clear_under(PROBABILITIES);
        state.performance = form
            .try_commit(language, &format!("{SECTION}.tiers"), &|s| {
                if let Some(p) = perf(s) {
                    p.tiers.remove(i);
                    if let PerformanceValuationTerms::Probabilities { probabilities } =
                        &mut p.valuation
                        && i < probabilities.len()
                    {
                        probabilities.remove(i);
                    }
                }
            })
            .err();
    }
    let add = ui.horizontal(|ui| {
        ui.button(tr(ui, "paid-performance-tier-add"))
            .on_hover_text(tr(ui, "paid-performance-tier-add-hint"))
    });
    if add.inner.clicked() {
        let row = p.tiers.len();
        let added = with_tier_added(p);
        state.performance = form
            .try_commit(
                language,
                &format!("{SECTION}.tiers[{row}].threshold"),
                &|s| {
                    if let Some(p) = perf(s) {
                        *p = added.clone();
                    }
                },
            )
            .err();
    }
}

/// The condition with a tier above the highest: its threshold × 1.25 (to the yen), all
/// the rights exercisable. Fractions must rise from tier to tier, so a highest tier
/// that already gave them all now gives half the way from the tier below it (from 0
/// for the first); a given probability for the new tier is half the highest one's.
fn with_tier_added(p: &PerformanceTerms) -> PerformanceTerms {
    let mut p = p.clone();
    let n = p.tiers.len();
    let threshold = p
        .tiers
        .last()
        .map_or(Decimal::from(crate::scenario::TEMPLATE_THRESHOLD), |t| {
            round_half_up(t.threshold * NEXT_THRESHOLD, 0)
        });
    if n > 0 && p.tiers[n - 1].fraction >= Decimal::ONE {
        let below = if n > 1 {
            p.tiers[n - 2].fraction
        } else {
            Decimal::ZERO
        };
        p.tiers[n - 1].fraction = (below + Decimal::ONE) / Decimal::TWO;
    }
    p.tiers.push(TierTerms {
        threshold,
        fraction: Decimal::ONE,
    });
    if let PerformanceValuationTerms::Probabilities { probabilities } = &mut p.valuation {
        let last = probabilities.last().copied().unwrap_or(Decimal::ONE);
        probabilities.push(last / Decimal::TWO);
    }
    p
}

/// How the tiers are valued: a probability per tier, or the metric simulated.
fn valuation(ui: &mut Ui, form: &mut Form<'_>, p: &PerformanceTerms, state: &mut PerformanceState) {
    let language = language(ui.ctx());
    let hint = tr(ui, "paid-performance-valuation-hint");
    let by_probabilities = matches!(p.valuation, PerformanceValuationTerms::Probabilities { .. });
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr(ui, "paid-performance-valuation")).strong())
            .on_hover_text(&hint);
        for (probabilities, id) in [
            (true, "paid-performance-by-probabilities"),
            (false, "paid-performance-simulated"),
        ] {
            let clicked = ui
                .radio(by_probabilities == probabilities, tr(ui, id))
                .on_hover_text(&hint)
                .clicked();
            if clicked && by_probabilities != probabilities {
                form.drafts.clear_under(PROBABILITIES);
                for path in SIMULATED {
                    form.drafts.clear_path(path);
                }
                let valuation = if probabilities {
                    PerformanceValuationTerms::probabilities_for(&p.tiers)
                } else {
                    PerformanceValuationTerms::simulated_for(&p.tiers)
                };
                state.performance = form
                    .try_commit(language, &format!("{SECTION}.valuation"), &|s| {
                        if let Some(p) = perf(s) {
                            p.valuation = valuation.clone();
                        }
                    })
                    .err();
            }
        }
    });
    match &p.valuation {
        PerformanceValuationTerms::Probabilities { probabilities } => {
            explained(ui, "paid-performance-probabilities-explained");
            grid(ui, "paid-performance-probabilities", |ui| {
                for (i, value) in probabilities.iter().enumerate() {
                    let path = format!("{PROBABILITIES}[{i}]");
                    form.percent(ui, Field::new(&path, "%"), *value, move |s, v| {
                        if let Some(PerformanceValuationTerms::Probabilities { probabilities }) =
                            perf(s).map(|p| &mut p.valuation)
                            && let Some(x) = probabilities.get_mut(i)
                        {
                            *x = v;
                        }
                    });
                    ui.end_row();
                }
            });
        }
        PerformanceValuationTerms::Simulated {
            last_actual,
            drift,
            volatility,
            correlation,
        } => {
            explained(ui, "paid-performance-simulated-explained");
            grid(ui, "paid-metric-model", |ui| {
                form.yen(ui, LAST_ACTUAL, *last_actual, |s, v| {
                    if let Some(PerformanceValuationTerms::Simulated { last_actual, .. }) =
                        perf(s).map(|p| &mut p.valuation)
                    {
                        *last_actual = v;
                    }
                });
                ui.end_row();
                form.percent(ui, DRIFT, *drift, |s, v| {
                    if let Some(PerformanceValuationTerms::Simulated { drift, .. }) =
                        perf(s).map(|p| &mut p.valuation)
                    {
                        *drift = v;
                    }
                });
                ui.end_row();
                form.percent(ui, METRIC_VOLATILITY, *volatility, |s, v| {
                    if let Some(PerformanceValuationTerms::Simulated { volatility, .. }) =
                        perf(s).map(|p| &mut p.valuation)
                    {
                        *volatility = v;
                    }
                });
                ui.end_row();
                form.decimal(ui, CORRELATION, *correlation, |s, v| {
                    if let Some(PerformanceValuationTerms::Simulated { correlation, .. }) =
                        perf(s).map(|p| &mut p.valuation)
                    {
                        *correlation = v;
                    }
                });
                ui.end_row();
            });
        }
    }
}

/// "Early exercise": on, at twice the exercise price; the multiple typed beside.
fn early_exercise(
    ui: &mut Ui,
    form: &mut Form<'_>,
    t: &PaidOptionTerms,
    state: &mut PerformanceState,
) {
    let language = language(ui.ctx());
    let mut on = t.exercise_multiple.is_some();
    let toggle = ui
        .checkbox(
            &mut on,
            RichText::new(tr(ui, "paid-early-exercise-toggle")).heading(),
        )
        .on_hover_text(tr(ui, "paid-early-exercise-hint"));
    if toggle.changed() {
        form.drafts.clear_path(MULTIPLE.path);
        let multiple = on.then(|| Decimal::from(TEMPLATE_EXERCISE_MULTIPLE));
        state.multiple = form
            .try_commit(language, MULTIPLE.path, &|s| {
                if let Some(p) = grant(s) {
                    p.exercise_multiple = multiple;
                }
            })
            .err();
    }
    match t.exercise_multiple {
        None => explained(ui, "paid-early-exercise-none"),
        Some(multiple) => {
            explained(ui, "paid-early-exercise-explained");
            grid(ui, "paid-early-exercise", |ui| {
                form.decimal(ui, MULTIPLE, multiple, |s, v| {
                    if let Some(p) = grant(s) {
                        p.exercise_multiple = Some(v);
                    }
                });
                ui.end_row();
            });
        }
    }
    refusal(ui, &state.multiple);
}

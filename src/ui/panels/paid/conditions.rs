//! The share-price conditions: what each does (in words, as the notice states it), its
//! level as a percentage of the exercise price or in yen, and that level in yen beside.
//! Rows are added, changed and removed through the form's check: a condition the grant
//! cannot be valued with is refused, and the refusal shown on its row.

use std::collections::BTreeMap;

use eframe::egui::{self, RichText, Ui};
use rust_decimal::Decimal;

use super::terms::grant;
use crate::domain::money::round_half_up;
use crate::domain::paid_option::ConditionKind;
use crate::report::Value;
use crate::scenario::{LevelUnit, PaidInputs, PaidOptionTerms, PriceConditionTerms};
use crate::ui::fields::{Field, Form};
use crate::ui::lang::{language, tr, tr_args};

/// A level as a fraction of the exercise price keeps six decimals (0.0001 %) when it is
/// converted from yen.
const FRACTION_DP: u32 = 6;

/// The level a new condition starts at: half the exercise price.
fn new_level() -> Decimal {
    Decimal::new(5, 1)
}

/// The sentence naming a kind in the window's language.
pub fn kind_words(kind: ConditionKind) -> &'static str {
    match kind {
        ConditionKind::KnockOutBelow => "paid-kind-words-knock-out-below",
        ConditionKind::ForcedExerciseBelow => "paid-kind-words-forced-exercise-below",
        ConditionKind::KnockInAbove => "paid-kind-words-knock-in-above",
        ConditionKind::KnockOutAbove => "paid-kind-words-knock-out-above",
        ConditionKind::KnockInBelow => "paid-kind-words-knock-in-below",
    }
}

/// The conditions' table. `refused` holds the last refusal of a row (a kind or unit
/// that could not be taken), by row, until the row changes again.
pub fn show(
    ui: &mut Ui,
    form: &mut Form<'_>,
    t: &PaidOptionTerms,
    inputs: Option<&PaidInputs>,
    refused: &mut BTreeMap<usize, String>,
) {
    ui.heading(tr(ui, "paid-heading-conditions"));
    ui.add(egui::Label::new(RichText::new(tr(ui, "paid-conditions-explained")).weak()).wrap());
    let language = language(ui.ctx());
    let mut remove = None;
    egui::Grid::new("paid-conditions")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for (i, c) in t.conditions.iter().enumerate() {
                let path = format!("paid_option.conditions[{i}].level");
                let kind_label = tr_args(ui, "paid-condition-n", &[("n", &(i + 1).to_string())]);
                ui.label(RichText::new(kind_label).strong())
                    .on_hover_text(tr(ui, "paid-condition-kind-hint"));
                kind_combo(ui, form, i, c, refused);
                ui.end_row();
                let field = Field::new(&path, "");
                match c.unit {
                    LevelUnit::OfExercisePrice => form.percent(ui, field, c.level, move |s, v| {
                        if let Some(x) = grant(s).and_then(|p| p.conditions.get_mut(i)) {
                            x.level = v;
                        }
                    }),
                    LevelUnit::Yen => form.yen(ui, field, c.level, move |s, v| {
                        if let Some(x) = grant(s).and_then(|p| p.conditions.get_mut(i)) {
                            x.level = v;
                        }
                    }),
                };
                ui.end_row();
                ui.label("");
                ui.horizontal(|ui| {
                    unit_combo(ui, form, i, c, inputs, refused);
                    if let Some(yen) = inputs.and_then(|x| x.levels.get(i)) {
                        let beside = match c.unit {
                            LevelUnit::OfExercisePrice => Value::Yen(*yen).display_in(language),
                            LevelUnit::Yen => inputs
                                .filter(|x| !x.exercise_price.is_zero())
                                .map(|x| {
                                    super::terms::percent(round_half_up(
                                        *yen / x.exercise_price,
                                        FRACTION_DP,
                                    ))
                                })
                                .unwrap_or_default(),
                        };
                        ui.label(
                            RichText::new(tr_args(ui, "paid-level-is", &[("level", &beside)]))
                                .weak(),
                        );
                    }
                    if ui
                        .small_button(tr(ui, "ui-remove"))
                        .on_hover_text(tr(ui, "paid-condition-remove-hint"))
                        .clicked()
                    {
                        remove = Some(i);
                    }
                });
                ui.end_row();
                if let Some(message) = refused.get(&i) {
                    ui.label("");
                    ui.add(
                        egui::Label::new(
                            RichText::new(format!("⚠ {message}"))
                                .color(ui.visuals().error_fg_color),
                        )
                        .wrap(),
                    );
                    ui.end_row();
                }
            }
        });
    if t.conditions.is_empty() {
        // Without any condition the rights are plain calls; tiers or early exercise
        // still take the simulation.
        let id = if t.performance.is_none() && t.exercise_multiple.is_none() {
            "paid-conditions-none"
        } else {
            "paid-conditions-none-on-price"
        };
        ui.label(RichText::new(tr(ui, id)).weak());
    }
    if let Some(i) = remove {
        // Rows after it move up: their drafts and refusals would be on the wrong rows.
        form.drafts.clear();
        refused.clear();
        if let Some(p) = grant(form.scenario) {
            p.conditions.remove(i);
        }
    }
    let add = ui.horizontal(|ui| {
        ui.button(tr(ui, "paid-condition-add"))
            .on_hover_text(tr(ui, "paid-condition-add-hint"))
    });
    if add.inner.clicked() {
        let row = t.conditions.len();
        let result = form.try_commit(
            language,
            &format!("paid_option.conditions[{row}].level"),
            &|s| {
                if let Some(p) = grant(s) {
                    p.conditions.push(PriceConditionTerms {
                        kind: ConditionKind::KnockOutBelow,
                        level: new_level(),
                        unit: LevelUnit::OfExercisePrice,
                    });
                }
            },
        );
        if let Err(message) = result {
            refused.insert(row, message);
        }
    }
}

/// What the condition does, chosen in words.
fn kind_combo(
    ui: &mut Ui,
    form: &mut Form<'_>,
    i: usize,
    c: &PriceConditionTerms,
    refused: &mut BTreeMap<usize, String>,
) {
    let language = language(ui.ctx());
    let mut chosen = c.kind;
    // The sentence is cut to the column ("…") and read whole in the list.
    egui::ComboBox::from_id_salt(("paid-condition-kind", i))
        .width(ui.available_width().min(460.0))
        .truncate()
        .selected_text(tr(ui, kind_words(c.kind)))
        .show_ui(ui, |ui| {
            for kind in ConditionKind::ALL {
                ui.selectable_value(&mut chosen, kind, tr(ui, kind_words(kind)));
            }
        })
        .response
        .on_hover_text(tr(ui, "paid-condition-kind-hint"));
    if chosen != c.kind {
        let path = format!("paid_option.conditions[{i}].level");
        match form.try_commit(language, &path, &|s| {
            if let Some(x) = grant(s).and_then(|p| p.conditions.get_mut(i)) {
                x.kind = chosen;
            }
        }) {
            Ok(()) => refused.remove(&i),
            Err(message) => refused.insert(i, message),
        };
    }
}

/// The level's unit; switching converts the level so the yen level stays the same (a
/// fraction to six decimals, half up).
fn unit_combo(
    ui: &mut Ui,
    form: &mut Form<'_>,
    i: usize,
    c: &PriceConditionTerms,
    inputs: Option<&PaidInputs>,
    refused: &mut BTreeMap<usize, String>,
) {
    let language = language(ui.ctx());
    let words = |ui: &Ui, unit: LevelUnit| match unit {
        LevelUnit::OfExercisePrice => tr(ui, "paid-unit-of-exercise-price"),
        LevelUnit::Yen => tr(ui, "paid-unit-yen"),
    };
    let mut chosen = c.unit;
    egui::ComboBox::from_id_salt(("paid-condition-unit", i))
        .selected_text(words(ui, c.unit))
        .show_ui(ui, |ui| {
            for unit in [LevelUnit::OfExercisePrice, LevelUnit::Yen] {
                ui.selectable_value(&mut chosen, unit, words(ui, unit));
            }
        })
        .response
        .on_hover_text(tr(ui, "paid-unit-hint"));
    if chosen == c.unit {
        return;
    }
    let Some(inputs) = inputs.filter(|x| !x.exercise_price.is_zero()) else {
        refused.insert(i, tr(ui, "paid-unit-needs-valid-terms"));
        return;
    };
    let Some(yen) = inputs.levels.get(i).copied() else {
        return;
    };
    let level = match chosen {
        LevelUnit::Yen => yen,
        LevelUnit::OfExercisePrice => round_half_up(yen / inputs.exercise_price, FRACTION_DP),
    };
    let path = format!("paid_option.conditions[{i}].level");
    match form.try_commit(language, &path, &|s| {
        if let Some(x) = grant(s).and_then(|p| p.conditions.get_mut(i)) {
            x.unit = chosen;
            x.level = level;
        }
    }) {
        Ok(()) => {
            form.drafts.clear_path(&path);
            refused.remove(&i);
        }
        Err(message) => {
            refused.insert(i, message);
        }
    }
}

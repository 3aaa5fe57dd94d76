//! The grant's terms, worded as a paid-in options notice words them (行使価額,
//! 算定基準日, 行使期間…), each with its rule on hover. Every edit goes through the form:
//! a value the grant cannot be valued with is refused beside its field.

use eframe::egui::{self, RichText, Ui};
use rust_decimal::Decimal;

use crate::domain::money::format_grouped;
use crate::domain::paid_option::monte_carlo::MAX_PAIRS;
use crate::report::Value;
use crate::scenario::{ExercisePriceTerms, MethodTerm, PaidInputs, PaidOptionTerms, Scenario};
use crate::ui::fields::{Field, Form};
use crate::ui::lang::{tr, tr_args};

const SERIES: Field = Field::new("paid_option.series_name", "").wide();
const SERIES_JA: Field = Field::new("paid_option.series_name_ja", "").wide();
const VALUATION_DATE: Field = Field::new("paid_option.valuation_date", "");
const SHARE_PRICE: Field = Field::new("paid_option.share_price", "JPY");
const EXERCISE_DATE: Field = Field::new("paid_option.exercise_price.date", "");
const EXERCISE_PRICE: Field = Field::new("paid_option.exercise_price", "JPY");
const PERIOD_START: Field = Field::new("paid_option.exercise_period_start", "");
const PERIOD_END: Field = Field::new("paid_option.exercise_period_end", "");
const SHARES_PER_RIGHT: Field = Field::new("paid_option.shares_per_right", "shares");
const RIGHTS: Field = Field::new("paid_option.rights", "rights");
const VOLATILITY: Field = Field::new("paid_option.volatility", "%");
const RATE: Field = Field::new("paid_option.risk_free_rate", "%");
const DIVIDEND: Field = Field::new("paid_option.dividend_yield", "%");
const PAIRS: Field = Field::new("paid_option.valuation.pairs", "");
const SEED: Field = Field::new("paid_option.valuation.seed", "");

/// The grant being edited, inside a candidate scenario.
pub fn grant(s: &mut Scenario) -> Option<&mut PaidOptionTerms> {
    s.paid_option.as_mut()
}

fn to_u32(v: u64) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

/// The form, in the notice's groups. `inputs` are the grant's derived inputs (the
/// exercise price taken from the history), when valid.
pub fn show(ui: &mut Ui, form: &mut Form<'_>, t: &PaidOptionTerms, inputs: Option<&PaidInputs>) {
    ui.heading(tr(ui, "paid-heading-rights"));
    grid(ui, "paid-rights", |ui| {
        form.text(ui, SERIES, &t.series_name, |s, v| {
            if let Some(p) = grant(s) {
                p.series_name = v
            }
        });
        ui.end_row();
        form.text(ui, SERIES_JA, &t.series_name_ja, |s, v| {
            if let Some(p) = grant(s) {
                p.series_name_ja = v
            }
        });
        ui.end_row();
        form.count(
            ui,
            SHARES_PER_RIGHT,
            t.shares_per_right.into(),
            u32::MAX.into(),
            |s, v| {
                if let Some(p) = grant(s) {
                    p.shares_per_right = to_u32(v)
                }
            },
        );
        ui.end_row();
        form.count(ui, RIGHTS, t.rights.into(), u32::MAX.into(), |s, v| {
            if let Some(p) = grant(s) {
                p.rights = to_u32(v)
            }
        });
        ui.end_row();
        form.date(ui, PERIOD_START, t.exercise_period_start, |s, v| {
            if let Some(p) = grant(s) {
                p.exercise_period_start = v
            }
        });
        ui.end_row();
        form.date(ui, PERIOD_END, t.exercise_period_end, |s, v| {
            if let Some(p) = grant(s) {
                p.exercise_period_end = v
            }
        });
        ui.end_row();
    });

    ui.add_space(8.0);
    ui.heading(tr(ui, "paid-heading-basis"));
    grid(ui, "paid-basis", |ui| {
        form.date(ui, VALUATION_DATE, t.valuation_date, |s, v| {
            if let Some(p) = grant(s) {
                p.valuation_date = v
            }
        });
        ui.end_row();
        form.yen(ui, SHARE_PRICE, t.share_price, |s, v| {
            if let Some(p) = grant(s) {
                p.share_price = v
            }
        });
        ui.end_row();
        exercise_price(ui, form, t, inputs);
        form.percent(ui, VOLATILITY, t.volatility, |s, v| {
            if let Some(p) = grant(s) {
                p.volatility = v
            }
        });
        ui.end_row();
        form.percent(ui, RATE, t.risk_free_rate, |s, v| {
            if let Some(p) = grant(s) {
                p.risk_free_rate = v
            }
        });
        ui.end_row();
        form.percent(ui, DIVIDEND, t.dividend_yield, |s, v| {
            if let Some(p) = grant(s) {
                p.dividend_yield = v
            }
        });
        ui.end_row();
    });

    ui.add_space(8.0);
    ui.heading(tr(ui, "paid-heading-method"));
    grid(ui, "paid-method", |ui| {
        method(ui, form, t.valuation.method);
        ui.end_row();
        form.optional_count(ui, PAIRS, t.valuation.pairs, MAX_PAIRS, |s, v| {
            if let Some(p) = grant(s) {
                p.valuation.pairs = v
            }
        });
        ui.end_row();
        form.count(ui, SEED, t.valuation.seed, u64::MAX, |s, v| {
            if let Some(p) = grant(s) {
                p.valuation.seed = v
            }
        });
        ui.end_row();
    });
}

/// The exercise price: the close of a day in the price history (the notices' usual
/// rule), or a figure typed in; the close taken shown beside its day.
fn exercise_price(
    ui: &mut Ui,
    form: &mut Form<'_>,
    t: &PaidOptionTerms,
    inputs: Option<&PaidInputs>,
) {
    let hint = tr(ui, "paid-exercise-price-from-hint");
    ui.label(tr(ui, "paid-exercise-price-from"))
        .on_hover_text(&hint);
    let language = crate::ui::lang::language(ui.ctx());
    ui.horizontal(|ui| {
        let from_close = matches!(t.exercise_price, ExercisePriceTerms::CloseOf { .. });
        // The close of the valuation date, or the last one before it.
        let close_day = form
            .scenario
            .price_history
            .closes
            .iter()
            .rev()
            .find(|p| p.date <= t.valuation_date)
            .map(|p| p.date);
        let close = ui
            .add_enabled(
                close_day.is_some(),
                egui::RadioButton::new(from_close, tr(ui, "paid-exercise-price-close")),
            )
            .on_hover_text(&hint)
            .on_disabled_hover_text(tr(ui, "paid-exercise-price-no-history"));
        if close.clicked()
            && !from_close
            && let Some(date) = close_day
        {
            let _ = form.try_commit(language, EXERCISE_DATE.path, &|s| {
                if let Some(p) = grant(s) {
                    p.exercise_price = ExercisePriceTerms::CloseOf { date }
                }
            });
            form.drafts.clear_path(EXERCISE_PRICE.path);
        }
        let entered = ui
            .radio(!from_close, tr(ui, "paid-exercise-price-entered"))
            .on_hover_text(&hint);
        if entered.clicked() && from_close {
            let yen = inputs.map_or(t.share_price, |i| i.exercise_price);
            let _ = form.try_commit(language, EXERCISE_PRICE.path, &|s| {
                if let Some(p) = grant(s) {
                    p.exercise_price = ExercisePriceTerms::Entered { yen }
                }
            });
            form.drafts.clear_path(EXERCISE_DATE.path);
        }
    });
    ui.end_row();
    match t.exercise_price {
        ExercisePriceTerms::CloseOf { date } => {
            form.date(ui, EXERCISE_DATE, date, |s, v| {
                if let Some(p) = grant(s) {
                    p.exercise_price = ExercisePriceTerms::CloseOf { date: v }
                }
            });
            ui.end_row();
            if let Some(i) = inputs {
                ui.label("");
                let yen = Value::Yen(i.exercise_price).display_in(language);
                ui.label(
                    RichText::new(tr_args(ui, "paid-exercise-price-is", &[("yen", &yen)])).weak(),
                );
                ui.end_row();
            }
        }
        ExercisePriceTerms::Entered { yen } => {
            form.yen(ui, EXERCISE_PRICE, yen, |s, v| {
                if let Some(p) = grant(s) {
                    p.exercise_price = ExercisePriceTerms::Entered { yen: v }
                }
            });
            ui.end_row();
        }
    }
}

/// Auto (Black–Scholes without a condition, else the simulation) or the simulation.
fn method(ui: &mut Ui, form: &mut Form<'_>, current: MethodTerm) {
    let hint = tr(ui, "paid-method-hint");
    ui.label(tr(ui, "paid-method")).on_hover_text(&hint);
    ui.horizontal(|ui| {
        for (choice, id) in [
            (MethodTerm::Auto, "paid-method-auto"),
            (MethodTerm::Simulation, "paid-method-always-simulate"),
        ] {
            if ui
                .radio(current == choice, tr(ui, id))
                .on_hover_text(&hint)
                .clicked()
                && current != choice
                && let Some(p) = grant(form.scenario)
            {
                p.valuation.method = choice;
            }
        }
    });
}

/// A fraction as a percent, as typed ("0.25" → "25 %").
pub fn percent(fraction: Decimal) -> String {
    format!("{} %", format_grouped(fraction * Decimal::ONE_HUNDRED))
}

pub fn grid(ui: &mut Ui, id: &str, rows: impl FnOnce(&mut Ui)) {
    egui::Grid::new(id)
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, rows);
}

//! The terms of the rights, grouped and worded as in a "Notice regarding Issuance of
//! Stock-Compensation-Type Stock Options (Stock Acquisition Rights)".

use crate::ui::lang::{tr, tr_args};
use eframe::egui::{self, RichText, Ui};

use crate::domain::FieldError;
use crate::domain::money::format_percent;
use crate::domain::options::AmountConvention;
use crate::domain::yield_curve::{self, CurveRate};
use crate::scenario::{
    RateCheck, RateSource, Scenario, SigmaCheck, VolatilitySource, check_rate, validate,
};
use crate::ui::Panel;
use crate::ui::command::Command;
use crate::ui::dialogs::curve_preview;
use crate::ui::fields::{Field, Form};
use crate::ui::history_words::{sigma_percent, sigma_source, window_words};
use crate::ui::panels::volatility::{cannot_use_sigma, use_sigma};
use rust_decimal::Decimal;

const SERIES: Field = Field::new("option.series_name", "").wide();
const SHARES_PER_RIGHT: Field = Field::new("option.shares_per_right", "shares");
const MAX_RIGHTS: Field = Field::new("option.max_rights", "rights");
const ALLOTMENT_DATE: Field = Field::new("option.allotment_date", "");
const EXERCISE_START: Field = Field::new("option.exercise_period_start", "");
const EXERCISE_END: Field = Field::new("option.exercise_period_end", "");

const SHARE_PRICE: Field = Field::new("option.share_price", "JPY");
const EXERCISE_PRICE: Field = Field::new("option.exercise_price", "JPY per share");
const TERM: Field = Field::new("option.term_years", "years");
pub const VOLATILITY: Field = Field::new("option.volatility", "%");
const RATE: Field = Field::new("option.risk_free_rate", "%");
const DIVIDEND: Field = Field::new("option.dividend_per_share", "JPY per share");
const DIVIDEND_SPLIT: Field = Field::new("option.dividend_split_ratio", "×");

const RIGHTS_EXERCISED: Field = Field::new("option.rights_exercised", "rights");
const LATER_SPLIT: Field = Field::new("option.later_split_ratio", "×");

const MAX_COUNT: u64 = u32::MAX as u64;

fn to_u32(v: u64) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

/// The input grid, in three groups. `sigma` says whether σ still comes from the
/// loaded price history; `queue` takes the jump to the Volatility panel.
pub fn show(ui: &mut Ui, form: &mut Form<'_>, sigma: &SigmaCheck, queue: &mut Vec<Command>) {
    let o = form.scenario.option.clone();

    ui.heading(tr(ui, "ui-stock-acquisition-rights"));
    grid(ui, "option-rights", |ui| {
        form.text(ui, SERIES, &o.series_name, |s, v| s.option.series_name = v);
        ui.end_row();
        form.count(
            ui,
            SHARES_PER_RIGHT,
            o.shares_per_right.into(),
            MAX_COUNT,
            |s, v| s.option.shares_per_right = to_u32(v),
        );
        ui.end_row();
        form.count(ui, MAX_RIGHTS, o.max_rights.into(), MAX_COUNT, |s, v| {
            s.option.max_rights = to_u32(v)
        });
        ui.end_row();
        form.date(ui, ALLOTMENT_DATE, o.allotment_date, |s, v| {
            s.option.allotment_date = v
        });
        ui.end_row();
        form.date(ui, EXERCISE_START, o.exercise_period_start, |s, v| {
            s.option.exercise_period_start = v
        });
        ui.end_row();
        form.date(ui, EXERCISE_END, o.exercise_period_end, |s, v| {
            s.option.exercise_period_end = v
        });
        ui.end_row();
    });

    ui.add_space(8.0);
    ui.heading(tr(ui, "ui-calculation-of-the-amount-to-be-paid"));
    ui.label(
        RichText::new(
            "Black–Scholes: C = S e^(−qT) N(d) − X e^(−rT) N(d − σ√T), \
             d = (ln(S/X) + (r − q + σ²/2) T) / (σ√T)",
        )
        .small()
        .weak(),
    );
    grid(ui, "option-valuation-inputs", |ui| {
        form.yen(ui, SHARE_PRICE, o.share_price, |s, v| {
            s.option.share_price = v
        });
        ui.end_row();
        form.yen(ui, EXERCISE_PRICE, o.exercise_price, |s, v| {
            s.option.exercise_price = v
        });
        ui.end_row();
        form.decimal(ui, TERM, o.term_years, |s, v| s.option.term_years = v);
        ui.end_row();
        form.percent(ui, VOLATILITY, o.volatility, set_volatility);
        ui.end_row();
        ui.label("");
        sigma_note(ui, form, sigma, queue);
        ui.end_row();
        form.percent(ui, RATE, o.risk_free_rate, set_rate);
        ui.end_row();
        ui.label("");
        rate_note(ui, form, queue);
        ui.end_row();
        form.yen(ui, DIVIDEND, o.dividend_per_share, |s, v| {
            s.option.dividend_per_share = v
        });
        ui.end_row();
        form.decimal(ui, DIVIDEND_SPLIT, o.dividend_split_ratio, |s, v| {
            s.option.dividend_split_ratio = v
        });
        ui.end_row();
        convention(ui, form, o.amount_convention);
        ui.end_row();
    });

    ui.add_space(8.0);
    ui.heading(tr(ui, "ui-illustrations"));
    grid(ui, "option-illustrations", |ui| {
        form.count(
            ui,
            RIGHTS_EXERCISED,
            o.rights_exercised.into(),
            MAX_COUNT,
            |s, v| s.option.rights_exercised = to_u32(v),
        );
        ui.end_row();
        form.decimal(ui, LATER_SPLIT, o.later_split_ratio, |s, v| {
            s.option.later_split_ratio = v
        });
        ui.end_row();
    });
}

/// How C × shares per right is rounded up: the rule as written, or as a spreadsheet.
fn convention(ui: &mut Ui, form: &mut Form<'_>, current: AmountConvention) {
    let hint = tr(ui, "option-convention-hint");
    ui.label(tr(ui, "ui-rounding-of-c-shares"))
        .on_hover_text(&hint);
    ui.horizontal(|ui| {
        for (choice, text) in [
            (AmountConvention::Exact, tr(ui, "radio-exact")),
            (AmountConvention::Spreadsheet, tr(ui, "radio-spreadsheet")),
        ] {
            if ui
                .radio(current == choice, text)
                .on_hover_text(&hint)
                .clicked()
                && current != choice
            {
                form.scenario.option.amount_convention = choice;
            }
        }
    });
}

/// Where σ came from, under the σ field. When σ was taken from the price history but
/// the history loaded now gives another figure over the recorded window (another file,
/// edited closes or splits), says so, with one click to take the new figure and one to
/// go to the Volatility panel.
fn sigma_note(ui: &mut Ui, form: &mut Form<'_>, sigma: &SigmaCheck, queue: &mut Vec<Command>) {
    let language = crate::ui::lang::language(ui.ctx());
    let o = &form.scenario.option;
    let SigmaCheck::Stale { measured } = sigma else {
        let note = sigma_source(language, &o.volatility_source);
        ui.label(RichText::new(note).weak()).on_hover_text(tr(
            ui,
            "ui-where-came-from-typed-here-or-measured-on-the-pr",
        ));
        return;
    };
    let window = window_words(language, &o.volatility_source);
    let error_id = egui::Id::unique("option-sigma-use-error");
    let in_use = sigma_percent(o.volatility);
    let warn = ui.visuals().warn_fg_color;
    ui.vertical(|ui| {
        ui.set_max_width(380.0);
        let text = match measured {
            Ok(v) => tr_args(
                ui,
                "sigma-stale",
                &[
                    ("in_use", &in_use),
                    ("window", &window),
                    ("measured", &sigma_percent(*v)),
                ],
            ),
            Err(e) => tr_args(
                ui,
                "sigma-stale-unmeasurable",
                &[
                    ("in_use", &in_use),
                    ("window", &window),
                    ("reason", &e.message_in(language)),
                ],
            ),
        };
        ui.add(egui::Label::new(RichText::new(text).color(warn)).wrap());
        ui.horizontal_wrapped(|ui| {
            if let Ok(v) = measured
                && ui
                    .button(tr_args(
                        ui,
                        "sigma-use-from-history",
                        &[("sigma", &sigma_percent(*v))],
                    ))
                    .on_hover_text(tr(
                        ui,
                        "ui-take-the-the-loaded-history-gives-over-the-recor",
                    ))
                    .clicked()
            {
                let source = form.scenario.option.volatility_source.clone();
                let result = use_sigma(form, *v, source)
                    .err()
                    .map(|e| cannot_use_sigma(language, &e));
                ui.ctx().data_mut(|d| match result {
                    Some(e) => {
                        d.insert_temp(error_id, e);
                    }
                    None => d.remove::<String>(error_id),
                });
            }
            if ui
                .button(tr(ui, "ui-open-the-volatility-panel"))
                .on_hover_text(tr(ui, "ui-check-the-history-then-use-this-sigma"))
                .clicked()
            {
                queue.push(Command::ShowPanel(Panel::Volatility));
            }
        });
        if let Some(e) = ui.ctx().data(|d| d.get_temp::<String>(error_id)) {
            ui.label(RichText::new(format!("⚠ {e}")).color(ui.visuals().error_fg_color));
        }
    });
}

/// Where r came from, under the r field, with "Import JGB curve…". When r was read off
/// the curve but the option's r, allotment date or T has changed since, says so, with
/// one click to read r again off the day kept with the scenario when it can answer.
fn rate_note(ui: &mut Ui, form: &mut Form<'_>, queue: &mut Vec<Command>) {
    let language = crate::ui::lang::language(ui.ctx());
    let o = form.scenario.option.clone();
    let check = check_rate(&o);
    let percent = |rate: Decimal| format_percent(rate, yield_curve::percent_dp(rate));
    let error_id = egui::Id::unique("option-rate-use-error");
    ui.vertical(|ui| {
        ui.set_max_width(380.0);
        let file = match &o.risk_free_rate_source {
            RateSource::JgbCurve { file, .. } => file.clone(),
            RateSource::Manual => String::new(),
        };
        match (&check, &o.risk_free_rate_source) {
            (
                RateCheck::Current,
                RateSource::JgbCurve {
                    curve,
                    term_years,
                    method,
                    ..
                },
            ) => {
                let text = tr_args(
                    ui,
                    "rate-from-curve",
                    &[
                        ("file", &file),
                        ("date", &curve.date.to_string()),
                        ("term", &term_years.normalize().to_string()),
                        ("method", &tr(ui, method.label_id())),
                    ],
                );
                ui.add(egui::Label::new(RichText::new(text).weak()).wrap());
            }
            (
                RateCheck::Stale { now },
                RateSource::JgbCurve {
                    valuation_date,
                    term_years,
                    rate,
                    ..
                },
            ) => {
                let warn = ui.visuals().warn_fg_color;
                let text = tr_args(
                    ui,
                    "rate-stale",
                    &[
                        ("in_use", &percent(o.risk_free_rate)),
                        ("file", &file),
                        ("date", &valuation_date.to_string()),
                        ("term", &term_years.normalize().to_string()),
                        ("rate", &percent(*rate)),
                    ],
                );
                ui.add(egui::Label::new(RichText::new(text).color(warn)).wrap());
                match now {
                    Ok(now) => {
                        let label = tr_args(
                            ui,
                            "rate-use-from-kept-curve",
                            &[
                                ("rate", &percent(now.rate)),
                                ("term", &now.term_years.normalize().to_string()),
                            ],
                        );
                        if ui.button(label).clicked() {
                            let result = use_rate(form.scenario, &file, now)
                                .err()
                                .map(|e| curve_preview::refusal_text(language, &e));
                            if result.is_none() {
                                form.drafts.clear_path("option.risk_free_rate");
                            }
                            ui.ctx().data_mut(|d| match result {
                                Some(e) => {
                                    d.insert_temp(error_id, e);
                                }
                                None => d.remove::<String>(error_id),
                            });
                        }
                    }
                    Err(e) => {
                        let text = curve_preview::refusal_text(language, e);
                        ui.add(egui::Label::new(RichText::new(text).color(warn)).wrap());
                    }
                }
            }
            _ => {
                ui.label(RichText::new(tr(ui, "rate-entered")).weak());
            }
        }
        if ui
            .button(tr(ui, "ui-import-jgb-curve"))
            .on_hover_text(tr(ui, "ui-import-jgb-curve-hint"))
            .clicked()
        {
            queue.push(Command::ImportCurveDialog);
        }
        if let Some(e) = ui.ctx().data(|d| d.get_temp::<String>(error_id)) {
            ui.label(RichText::new(format!("⚠ {e}")).color(ui.visuals().error_fg_color));
        }
    });
}

/// r typed by hand no longer comes from a curve.
fn set_rate(s: &mut Scenario, v: Decimal) {
    s.option.risk_free_rate = v;
    s.option.risk_free_rate_source = RateSource::Manual;
}

/// "Use this rate": r read off the JGB curve in the file `file`, and where it came from,
/// unless that would make the scenario invalid (the first problem it would add).
pub fn use_rate(scenario: &mut Scenario, file: &str, rate: &CurveRate) -> Result<(), FieldError> {
    let mut candidate = scenario.clone();
    candidate.option.risk_free_rate = rate.rate;
    candidate.option.risk_free_rate_source = RateSource::from_curve(file, rate);
    let before = validate(scenario);
    if let Some(e) = validate(&candidate)
        .into_iter()
        .find(|e| !before.contains(e))
    {
        return Err(e);
    }
    *scenario = candidate;
    Ok(())
}

/// σ typed by hand is no longer the measured one.
fn set_volatility(s: &mut Scenario, v: rust_decimal::Decimal) {
    s.option.volatility = v;
    s.option.volatility_source = VolatilitySource::Manual;
}

fn grid(ui: &mut Ui, id: &str, rows: impl FnOnce(&mut Ui)) {
    egui::Grid::new(id)
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, rows);
}

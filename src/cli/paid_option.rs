//! `offering-desk paid-option`: one paid-in right with one share-price condition, on
//! the TSE's daily closes by the deterministic grid (or, asked for, the simulation) or,
//! monitored continuously, in closed form.

use chrono::NaiveDate;
use clap::ValueEnum;
use rust_decimal::Decimal;
use serde_json::json;

use super::{CliError, pretty};
use crate::domain::paid_option::closed_form::BarrierInputs;
use crate::domain::paid_option::convolution::{GridResult, value_on_grid};
use crate::domain::paid_option::monte_carlo::{
    Paths, SimulationInputs, SimulationResult, SimulationSettings, simulate,
};
use crate::domain::paid_option::valuation::{
    DEFAULT_MAX_PAIRS, TARGET_FRACTION_OF_SPOT, amount_per_right, single_barrier,
};
use crate::domain::paid_option::{ConditionKind, PriceCondition, monitored_closes};
use crate::domain::{FieldError, Message};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ConditionArg {
    KnockOutBelow,
    ForcedExerciseBelow,
    KnockInAbove,
    KnockOutAbove,
    KnockInBelow,
}

impl From<ConditionArg> for ConditionKind {
    fn from(c: ConditionArg) -> Self {
        match c {
            ConditionArg::KnockOutBelow => ConditionKind::KnockOutBelow,
            ConditionArg::ForcedExerciseBelow => ConditionKind::ForcedExerciseBelow,
            ConditionArg::KnockInAbove => ConditionKind::KnockInAbove,
            ConditionArg::KnockOutAbove => ConditionKind::KnockOutAbove,
            ConditionArg::KnockInBelow => ConditionKind::KnockInBelow,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MonitoringArg {
    /// Every TSE business-day close after the valuation date (needs the dates).
    Daily,
    /// Continuously: the closed form (Reiner–Rubinstein).
    Continuous,
}

/// How the daily-monitored value is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MethodArg {
    /// The grid, or the simulation when the closes would need too fine a grid.
    Auto,
    /// The deterministic method: the density of ln S carried from close to close on a
    /// grid, Richardson-extrapolated; its error estimate stands as the standard error.
    Grid,
    /// Monte Carlo, with --paths and --seed.
    Simulation,
}

/// The simulation's seed when none is given.
const DEFAULT_SEED: u64 = 1;

#[derive(Debug, clap::Args)]
pub struct PaidOptionArgs {
    /// Share price S on the valuation date (yen).
    #[arg(long)]
    pub spot: f64,
    /// Exercise price K (yen).
    #[arg(long)]
    pub strike: f64,
    /// The condition's level H (yen).
    #[arg(long)]
    pub barrier: f64,
    #[arg(long, value_enum)]
    pub condition: ConditionArg,
    /// σ as a fraction (0.4 = 40 %).
    #[arg(long)]
    pub volatility: f64,
    /// r as a fraction.
    #[arg(long)]
    pub risk_free_rate: f64,
    /// q as a fraction.
    #[arg(long, default_value_t = 0.0)]
    pub dividend_yield: f64,
    #[arg(long, value_name = "DATE", requires = "expiry")]
    pub valuation_date: Option<NaiveDate>,
    /// Last day of the exercise period.
    #[arg(long, value_name = "DATE", requires = "valuation_date")]
    pub expiry: Option<NaiveDate>,
    /// Term in years (continuous monitoring only).
    #[arg(long, conflicts_with_all = ["valuation_date", "expiry"])]
    pub term_years: Option<f64>,
    #[arg(long, value_enum)]
    pub monitoring: MonitoringArg,
    /// Daily monitoring: auto (the grid), grid, or simulation. The grid's JSON has
    /// "method": "deterministic-daily", its error estimate as "standard_error", and
    /// "paths" and "seed" null.
    #[arg(long, value_enum, default_value = "auto")]
    pub method: MethodArg,
    /// Simulation only: antithetic path pairs; default: as many as a standard error of
    /// 0.05 % of the spot takes.
    #[arg(long)]
    pub paths: Option<u64>,
    /// Simulation only: the seed (default 1).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Shares per right: the value per right is value per share × this, fractions of a
    /// yen rounded up.
    #[arg(long, default_value_t = 1)]
    pub shares_per_right: u32,
    #[arg(long)]
    pub json: bool,
    /// Language of the text output and of errors: en (default) or ja. JSON is the same
    /// in both.
    #[arg(long, value_enum, default_value = "en")]
    pub lang: crate::i18n::Language,
}

/// Maps the domain's fields to this command's flags, so errors name what was typed.
fn flag(field: &str) -> String {
    let name = field.rsplit('.').next().unwrap_or(field);
    match name {
        "level" => "--barrier".into(),
        "spot" | "strike" | "volatility" | "expiry" | "paths" | "seed" | "method" => {
            format!("--{name}")
        }
        "risk_free_rate" => "--risk-free-rate".into(),
        "dividend_yield" => "--dividend-yield".into(),
        "valuation_date" => "--valuation-date".into(),
        "term_years" => "--term-years".into(),
        "monitoring" => "--monitoring".into(),
        _ => field.into(),
    }
}

fn at_flag(e: FieldError) -> CliError {
    let f = flag(&e.field);
    CliError::Field(e.at(f))
}

/// The continuous closed form: knock-outs and knock-ins from the barrier formulas, a
/// forced exercise as the knock-out plus H − K paid at the hit.
fn closed_form(a: &PaidOptionArgs, term_years: f64) -> Result<f64, FieldError> {
    let condition = PriceCondition {
        kind: a.condition.into(),
        level: a.barrier,
    };
    single_barrier(
        &condition,
        &BarrierInputs {
            spot: a.spot,
            strike: a.strike,
            barrier: a.barrier,
            term_years,
            volatility: a.volatility,
            risk_free_rate: a.risk_free_rate,
            dividend_yield: a.dividend_yield,
        },
    )
}

/// The value per right as the notices round it; none for a negative value.
fn per_right(value_per_share: f64, shares: u32) -> Option<Decimal> {
    amount_per_right(value_per_share, shares).ok()
}

pub fn run(a: &PaidOptionArgs) -> Result<String, CliError> {
    if a.shares_per_right == 0 {
        return Err(CliError::Field(FieldError::new(
            "--shares-per-right",
            Message::id("err-paid-positive"),
        )));
    }
    let condition = PriceCondition {
        kind: a.condition.into(),
        level: a.barrier,
    };
    match (a.monitoring, a.valuation_date.zip(a.expiry), a.term_years) {
        (MonitoringArg::Continuous, dates, term) => {
            let term = match (dates, term) {
                (_, Some(t)) => t,
                (Some((v, e)), None) => (e - v).num_days() as f64 / 365.0,
                (None, None) => return Err(needs_term()),
            };
            let value = closed_form(a, term).map_err(at_flag)?;
            Ok(report(a, &Outcome::ClosedForm { value, term }))
        }
        (MonitoringArg::Daily, Some((valuation, expiry)), _) => {
            let closes = monitored_closes(valuation, expiry).map_err(at_flag)?;
            let inputs = SimulationInputs {
                spot: a.spot,
                strike: a.strike,
                volatility: a.volatility,
                risk_free_rate: a.risk_free_rate,
                dividend_yield: a.dividend_yield,
                times: &closes.times,
                conditions: &[condition],
                performance: None,
                early_exercise: None,
            };
            let place = Place {
                closes: closes.times.len(),
                first: closes.dates[0],
                last: closes.dates[closes.dates.len() - 1],
                expiry_time: closes.expiry_time(),
                // The continuous value beside it: how much the daily monitoring matters.
                continuous: closed_form(a, closes.expiry_time()).ok(),
            };
            let grid = match a.method {
                MethodArg::Simulation => None,
                MethodArg::Grid | MethodArg::Auto => {
                    if let Some(flag) =
                        [("--paths", a.paths.is_some()), ("--seed", a.seed.is_some())]
                            .into_iter()
                            .find_map(|(flag, given)| given.then_some(flag))
                    {
                        return Err(CliError::Field(FieldError::new(
                            flag,
                            Message::id("err-paid-simulation-only"),
                        )));
                    }
                    match value_on_grid(&inputs) {
                        Ok(result) => Some(result),
                        // Closes the grid cannot afford: auto simulates them.
                        Err(e)
                            if a.method == MethodArg::Auto && e.field == "paid_option.method" =>
                        {
                            None
                        }
                        Err(e) => return Err(at_flag(e)),
                    }
                }
            };
            if let Some(result) = grid {
                return Ok(report(a, &Outcome::Grid { result, place }));
            }
            let settings = SimulationSettings {
                paths: match a.paths {
                    Some(n) => Paths::Pairs(n),
                    None => Paths::Target {
                        standard_error: TARGET_FRACTION_OF_SPOT * a.spot.abs(),
                        max_pairs: DEFAULT_MAX_PAIRS,
                    },
                },
                seed: a.seed.unwrap_or(DEFAULT_SEED),
                threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            };
            let result = simulate(&inputs, &settings, &|_, _| true).map_err(at_flag)?;
            Ok(report(a, &Outcome::Simulated { result, place }))
        }
        (MonitoringArg::Daily, None, _) => Err(CliError::Field(FieldError::new(
            "--monitoring",
            Message::id("err-paid-daily-needs-dates"),
        ))),
    }
}

fn needs_term() -> CliError {
    CliError::Field(FieldError::new(
        "--term-years",
        Message::id("err-paid-continuous-needs-term"),
    ))
}

/// The daily closes a value was computed on, and the continuous value beside it.
struct Place {
    closes: usize,
    first: NaiveDate,
    last: NaiveDate,
    /// Years to the last close, (calendar days) / 365.
    expiry_time: f64,
    continuous: Option<f64>,
}

enum Outcome {
    ClosedForm {
        value: f64,
        term: f64,
    },
    Grid {
        result: GridResult,
        place: Place,
    },
    Simulated {
        result: SimulationResult,
        place: Place,
    },
}

fn report(a: &PaidOptionArgs, outcome: &Outcome) -> String {
    let condition = ConditionKind::from(a.condition).key();
    let (value, se) = match outcome {
        Outcome::ClosedForm { value, .. } => (*value, 0.0),
        Outcome::Grid { result, .. } => (result.value_per_share, result.error_estimate),
        Outcome::Simulated { result, .. } => (result.value_per_share, result.standard_error),
    };
    let right = per_right(value, a.shares_per_right);
    if a.json {
        let mut doc = json!({
            "condition": condition,
            "barrier": a.barrier,
            "value_per_share": value,
            "standard_error": se,
            "shares_per_right": a.shares_per_right,
            "value_per_right": right.map(|d| d.to_string()),
        });
        let place_json = |doc: &mut serde_json::Value, p: &Place| {
            doc["closes"] = json!(p.closes);
            doc["first_close"] = json!(p.first.to_string());
            doc["last_close"] = json!(p.last.to_string());
            doc["expiry_time_years"] = json!(p.expiry_time);
        };
        match outcome {
            Outcome::ClosedForm { term, .. } => {
                doc["method"] = json!("closed-form-continuous");
                doc["term_years"] = json!(term);
            }
            Outcome::Grid { result, place } => {
                doc["method"] = json!("deterministic-daily");
                doc["error_estimate"] = json!(result.error_estimate);
                // The simulation's own figures: none here.
                for key in ["paths", "antithetic_pairs", "seed", "interval_95"] {
                    doc[key] = serde_json::Value::Null;
                }
                place_json(&mut doc, place);
                doc["probability_condition_met"] = json!(result.condition_probability);
                doc["probability_exercisable_at_expiry"] = json!(result.exercisable_at_expiry);
                doc["probability_exercised"] = json!(result.exercised);
                doc["grids"] = result
                    .grids
                    .iter()
                    .map(|g| json!({"step": g.step, "nodes": g.nodes, "value": g.value}))
                    .collect();
                doc["continuous_closed_form"] = json!(place.continuous);
            }
            Outcome::Simulated { result, place } => {
                let (low, high) = result.interval_95();
                doc["method"] = json!("monte-carlo-daily");
                doc["paths"] = json!(2 * result.pairs);
                doc["antithetic_pairs"] = json!(result.pairs);
                doc["seed"] = json!(result.seed);
                doc["interval_95"] = json!([low, high]);
                place_json(&mut doc, place);
                doc["probability_condition_met"] = json!(result.condition_probabilities[0]);
                doc["probability_exercisable_at_expiry"] = json!(result.exercisable_at_expiry);
                doc["probability_exercised"] = json!(result.exercised);
                doc["plain_call"] = json!(result.plain_call);
                doc["control_variate_beta"] = json!(result.beta);
                doc["uncontrolled_value"] = json!(result.uncontrolled_value);
                doc["uncontrolled_standard_error"] = json!(result.uncontrolled_standard_error);
                doc["continuous_closed_form"] = json!(place.continuous);
            }
        }
        return pretty(&doc);
    }
    let language = a.lang;
    let say = |id: &str, args: &[(&str, String)]| {
        let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> =
            args.iter().map(|(k, v)| (*k, v.as_str().into())).collect();
        let mut line = crate::i18n::text_with(language, id, &args);
        line.push('\n');
        line
    };
    let fixed = |v: f64, dp: usize| format!("{v:.dp$}");
    let date_in = |d: NaiveDate| match language {
        crate::i18n::Language::Japanese => crate::report::fmt_ja::date(d),
        crate::i18n::Language::English => d.to_string(),
    };
    let condition_words = crate::i18n::text(language, &format!("paid-condition-{condition}"));
    let right_text = right.map_or_else(
        || "—".to_owned(),
        |d| crate::report::Value::Yen(d).display_in(language),
    );
    let right_line = say(
        "paid-text-per-right",
        &[
            ("value", right_text),
            ("shares", a.shares_per_right.to_string()),
        ],
    );
    let daily_line = |p: &Place| {
        say(
            "paid-text-daily",
            &[
                ("condition", condition_words.clone()),
                ("barrier", a.barrier.to_string()),
                ("closes", p.closes.to_string()),
                ("first", date_in(p.first)),
                ("last", date_in(p.last)),
            ],
        )
    };
    let probabilities = |met: f64, exercisable: f64, exercised: f64, id: &str| {
        say(
            id,
            &[
                ("met", fixed(met, 4)),
                ("exercisable", fixed(exercisable, 4)),
                ("exercised", fixed(exercised, 4)),
            ],
        )
    };
    let continuous_line = |p: &Place| {
        p.continuous.map_or_else(String::new, |c| {
            say("paid-text-continuous", &[("value", fixed(c, 6))])
        })
    };
    match outcome {
        Outcome::ClosedForm { term, .. } => {
            let mut text = say(
                "paid-text-closed-form",
                &[
                    ("condition", condition_words.clone()),
                    ("barrier", a.barrier.to_string()),
                    ("term", fixed(*term, 6)),
                ],
            );
            text.push_str(&say("paid-text-value", &[("value", fixed(value, 6))]));
            text.push_str(&right_line);
            text
        }
        Outcome::Grid { result, place } => {
            let mut text = daily_line(place);
            text.push_str(&say(
                "paid-text-value-grid",
                &[("value", fixed(value, 6)), ("error", fixed(se, 6))],
            ));
            text.push_str(&right_line);
            let list =
                |f: &dyn Fn(&crate::domain::paid_option::convolution::GridLevel) -> String| {
                    result.grids.iter().map(f).collect::<Vec<_>>().join(", ")
                };
            text.push_str(&say(
                "paid-text-method-grid",
                &[
                    ("steps", list(&|g| format!("{:.5}", g.step))),
                    ("nodes", list(&|g| g.nodes.to_string())),
                ],
            ));
            text.push_str(&probabilities(
                result.condition_probability,
                result.exercisable_at_expiry,
                result.exercised,
                "paid-text-probabilities-grid",
            ));
            text.push_str(&continuous_line(place));
            text
        }
        Outcome::Simulated { result, place } => {
            let (low, high) = result.interval_95();
            let mut text = daily_line(place);
            text.push_str(&say(
                "paid-text-value-simulated",
                &[
                    ("value", fixed(value, 6)),
                    ("se", fixed(se, 6)),
                    ("low", fixed(low, 6)),
                    ("high", fixed(high, 6)),
                ],
            ));
            text.push_str(&right_line);
            text.push_str(&say("paid-text-method-simulation", &[]));
            text.push_str(&say(
                "paid-text-paths",
                &[
                    ("paths", (2 * result.pairs).to_string()),
                    ("pairs", result.pairs.to_string()),
                    ("seed", result.seed.to_string()),
                ],
            ));
            text.push_str(&probabilities(
                result.condition_probabilities[0],
                result.exercisable_at_expiry,
                result.exercised,
                "paid-text-probabilities",
            ));
            text.push_str(&say(
                "paid-text-control",
                &[
                    ("plain", fixed(result.plain_call, 6)),
                    ("beta", fixed(result.beta, 4)),
                ],
            ));
            text.push_str(&continuous_line(place));
            text
        }
    }
}

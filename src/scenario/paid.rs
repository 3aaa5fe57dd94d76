//! A paid-in grant from its saved terms to its value: the checks of the terms, the
//! right as the domain values it (exercise price from the price history, levels in yen,
//! the monitored closes), and the amounts the notice states.
//!
//! Turning the terms into a right is cheap and runs every frame; the valuation itself
//! (a simulation of up to seconds) runs once, from the command line or in the window's
//! background job, and its result joins the others in [`super::ScenarioResults`].

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::paid_terms::{
    ExercisePriceTerms, LevelUnit, MethodTerm, PaidOptionTerms, PerformanceTest,
    PerformanceValuationTerms,
};
use super::results::to_f64;
use super::{PriceHistory, Scenario};
use crate::domain::paid_option::monte_carlo::{MAX_PAIRS, MIN_PAIRS, Paths};
use crate::domain::paid_option::valuation::{
    Method, PaidRight, Valuation, ValuationSettings, amount_per_right, value,
};
use crate::domain::paid_option::{
    EarlyExercise, MonitoredCloses, PerformanceModel, PerformanceValuation, PriceCondition, Tier,
    monitored_closes,
};
use crate::domain::{FieldError, Message};

/// The right ready to value, with the exact yen figures it was built from.
#[derive(Debug, Clone, PartialEq)]
pub struct PaidInputs {
    pub right: PaidRight,
    pub settings: ValuationSettings,
    /// The exercise price in yen: entered, or the close of the chosen day.
    pub exercise_price: Decimal,
    /// Each condition's level in yen (a fraction of the exercise price, multiplied out).
    pub levels: Vec<Decimal>,
    pub shares_per_right: u32,
    pub rights: u32,
}

/// The value and the amounts the notice states.
#[derive(Debug, Clone, PartialEq)]
pub struct PaidValued {
    pub valuation: Valuation,
    /// 払込金額: value per share × shares per right, fractions of a yen rounded up.
    pub amount_per_right: Decimal,
    /// 払込金額の総額: the amount per right × the rights.
    pub total_payment: Decimal,
    /// The exercise price × the shares of all rights: paid in if every right is
    /// exercised.
    pub total_exercise: Decimal,
}

/// The grant's figures: always its inputs; its value once valued (`None` before).
#[derive(Debug, Clone, PartialEq)]
pub struct PaidOptionResults {
    pub inputs: PaidInputs,
    pub valued: Option<Result<PaidValued, FieldError>>,
}

/// Most rights and shares per right a grant may have.
const MAX_RIGHTS: u32 = 100_000_000;
const MAX_SHARES_PER_RIGHT: u32 = 1_000_000;
/// Levels and the exercise multiple may be up to ten times the exercise price.
const MAX_LEVEL_FRACTION: i64 = 10;

impl PaidOptionTerms {
    /// The exercise price in yen; a close taken from a day the history does not have
    /// is refused, naming the day and the history's span.
    pub fn exercise_price_in(&self, history: &PriceHistory) -> Result<Decimal, FieldError> {
        match &self.exercise_price {
            ExercisePriceTerms::Entered { yen } => Ok(*yen),
            ExercisePriceTerms::CloseOf { date } => close_on(history, *date),
        }
    }

    /// The right as the domain values it, and the settings the terms ask for; every
    /// range the domain would refuse is refused here with the scenario's field names.
    pub fn inputs(&self, history: &PriceHistory, threads: usize) -> Result<PaidInputs, FieldError> {
        let price_max = crate::domain::offering::max_price();
        let positive_price = |value: Decimal, field: &str, id: &'static str| {
            if value > Decimal::ZERO && value <= price_max {
                Ok(())
            } else {
                Err(FieldError::new(field, Message::id(id)))
            }
        };
        positive_price(
            self.share_price,
            "paid_option.share_price",
            "err-share-price-range",
        )?;
        let exercise_price = self.exercise_price_in(history)?;
        positive_price(
            exercise_price,
            "paid_option.exercise_price",
            "err-paid-exercise-price-range",
        )?;
        count_in(
            self.shares_per_right,
            MAX_SHARES_PER_RIGHT,
            "paid_option.shares_per_right",
        )?;
        count_in(self.rights, MAX_RIGHTS, "paid_option.rights")?;
        if self.exercise_period_start <= self.valuation_date
            || self.exercise_period_start > self.exercise_period_end
        {
            return Err(FieldError::new(
                "paid_option.exercise_period_start",
                Message::id("err-paid-period-start")
                    .with("valuation", self.valuation_date)
                    .with("end", self.exercise_period_end),
            ));
        }
        let closes = monitored_closes(self.valuation_date, self.exercise_period_end)
            .map_err(|e| rename(e, "paid_option.expiry", "paid_option.exercise_period_end"))?;
        let mut levels = Vec::with_capacity(self.conditions.len());
        let mut conditions = Vec::with_capacity(self.conditions.len());
        for (i, c) in self.conditions.iter().enumerate() {
            let field = format!("paid_option.conditions[{i}].level");
            let yen = match c.unit {
                LevelUnit::OfExercisePrice => {
                    if c.level <= Decimal::ZERO || c.level > Decimal::from(MAX_LEVEL_FRACTION) {
                        return Err(FieldError::new(
                            field,
                            Message::id("err-paid-level-fraction"),
                        ));
                    }
                    exercise_price * c.level
                }
                LevelUnit::Yen => {
                    positive_price(c.level, &field, "err-paid-level-yen")?;
                    c.level
                }
            };
            levels.push(yen);
            conditions.push(PriceCondition {
                kind: c.kind,
                level: to_f64(&field, yen)?,
            });
        }
        let settings = self.settings(
            to_f64("paid_option.share_price", self.share_price)?,
            threads,
        )?;
        let right = PaidRight {
            spot: to_f64("paid_option.share_price", self.share_price)?,
            strike: to_f64("paid_option.exercise_price", exercise_price)?,
            volatility: to_f64("paid_option.volatility", self.volatility)?,
            risk_free_rate: to_f64("paid_option.risk_free_rate", self.risk_free_rate)?,
            dividend_yield: to_f64("paid_option.dividend_yield", self.dividend_yield)?,
            performance: self.performance_model(&closes)?,
            early_exercise: self.early_exercise(&closes)?,
            closes,
            conditions,
        };
        crate::domain::paid_option::monte_carlo::validate(&right.simulation_inputs())?;
        Ok(PaidInputs {
            right,
            settings,
            exercise_price,
            levels,
            shares_per_right: self.shares_per_right,
            rights: self.rights,
        })
    }

    /// The tiers as the domain values them: thresholds and fractions, and either the
    /// probabilities given or the metric's model tested on the close of each fiscal
    /// year-end (the last close on or before it).
    fn performance_model(
        &self,
        closes: &MonitoredCloses,
    ) -> Result<Option<PerformanceModel>, FieldError> {
        let Some(p) = &self.performance else {
            return Ok(None);
        };
        const FIELD: &str = "paid_option.performance";
        check_metric_name(&p.metric, &p.metric_ja)?;
        if p.year_ends.is_empty()
            || (p.test == PerformanceTest::GivenYear && p.year_ends.len() != 1)
            || p.year_ends.windows(2).any(|w| w[0] >= w[1])
        {
            return Err(FieldError::new(
                format!("{FIELD}.year_ends"),
                Message::id("err-paid-year-ends"),
            ));
        }
        let mut tiers = Vec::with_capacity(p.tiers.len());
        for (i, t) in p.tiers.iter().enumerate() {
            tiers.push(Tier {
                threshold: to_f64(&format!("{FIELD}.tiers[{i}].threshold"), t.threshold)?,
                fraction: to_f64(&format!("{FIELD}.tiers[{i}].fraction"), t.fraction)?,
            });
        }
        let mut test_times = Vec::with_capacity(p.year_ends.len());
        for (i, year_end) in p.year_ends.iter().enumerate() {
            let close = closes
                .dates
                .iter()
                .rposition(|d| d <= year_end)
                .filter(|_| *year_end <= self.exercise_period_end)
                .ok_or_else(|| {
                    FieldError::new(
                        format!("{FIELD}.year_ends[{i}]"),
                        Message::id("err-paid-year-end-in-period")
                            .with("valuation", self.valuation_date)
                            .with("end", self.exercise_period_end),
                    )
                })?;
            // Two year-ends with no close between them would test the same close twice.
            if test_times.last() == Some(&closes.times[close]) {
                return Err(FieldError::new(
                    format!("{FIELD}.year_ends[{i}]"),
                    Message::id("err-paid-year-ends-same-close").with("date", closes.dates[close]),
                ));
            }
            test_times.push(closes.times[close]);
        }
        let valuation = match &p.valuation {
            PerformanceValuationTerms::Probabilities { probabilities } => {
                let mut given = Vec::with_capacity(probabilities.len());
                for (i, v) in probabilities.iter().enumerate() {
                    given.push(to_f64(&format!("{FIELD}.probabilities[{i}]"), *v)?);
                }
                PerformanceValuation::Probabilities(given)
            }
            PerformanceValuationTerms::Simulated {
                last_actual,
                drift,
                volatility,
                correlation,
            } => PerformanceValuation::Simulated {
                last_actual: to_f64(&format!("{FIELD}.last_actual"), *last_actual)?,
                drift: to_f64(&format!("{FIELD}.drift"), *drift)?,
                volatility: to_f64(&format!("{FIELD}.volatility"), *volatility)?,
                correlation: to_f64(&format!("{FIELD}.correlation"), *correlation)?,
                test_times,
            },
        };
        let model = PerformanceModel { tiers, valuation };
        model.validate(&closes.times)?;
        Ok(Some(model))
    }

    /// Early exercise at the multiple from the first day of the exercise period.
    fn early_exercise(
        &self,
        closes: &MonitoredCloses,
    ) -> Result<Option<EarlyExercise>, FieldError> {
        let Some(multiple) = self.exercise_multiple else {
            return Ok(None);
        };
        let field = "paid_option.exercise_multiple";
        if multiple <= Decimal::ONE || multiple > Decimal::from(MAX_LEVEL_FRACTION) {
            return Err(FieldError::new(field, Message::id("err-paid-multiple")));
        }
        let exercise = EarlyExercise {
            multiple: to_f64(field, multiple)?,
            from_time: (self.exercise_period_start - self.valuation_date).num_days() as f64 / 365.0,
        };
        exercise.validate(&closes.times)?;
        Ok(Some(exercise))
    }

    fn settings(&self, spot: f64, threads: usize) -> Result<ValuationSettings, FieldError> {
        let mut settings = ValuationSettings::default_for(spot, self.valuation.seed, threads);
        settings.method = match self.valuation.method {
            MethodTerm::Auto => Method::Auto,
            MethodTerm::Simulation => Method::Simulation,
        };
        if let Some(pairs) = self.valuation.pairs {
            if !(MIN_PAIRS..=MAX_PAIRS).contains(&pairs) {
                return Err(FieldError::new(
                    "paid_option.valuation.pairs",
                    Message::id("err-paid-paths")
                        .with("min", MIN_PAIRS)
                        .with("max", MAX_PAIRS),
                ));
            }
            settings.paths = Paths::Pairs(pairs);
        }
        Ok(settings)
    }
}

impl PaidInputs {
    /// Values the right (seconds at most at the default accuracy) and works out the
    /// amounts; `progress` as in the simulation.
    pub fn value(
        &self,
        progress: &(dyn Fn(u64, u64) -> bool + Sync),
    ) -> Result<PaidValued, FieldError> {
        let valuation = value(&self.right, &self.settings, progress)?;
        self.amounts(valuation)
    }

    /// The notice's amounts from a value per share.
    pub fn amounts(&self, valuation: Valuation) -> Result<PaidValued, FieldError> {
        let per_right = amount_per_right(valuation.value_per_share, self.shares_per_right)?;
        let rights = Decimal::from(self.rights);
        Ok(PaidValued {
            valuation,
            amount_per_right: per_right,
            total_payment: per_right * rights,
            total_exercise: self.exercise_price * Decimal::from(self.shares_per_right) * rights,
        })
    }
}

/// The grant's inputs, unvalued; `None` without a grant.
pub fn paid_inputs(scenario: &Scenario) -> Option<Result<PaidInputs, FieldError>> {
    scenario
        .paid_option
        .as_ref()
        .map(|p| p.inputs(&scenario.price_history, worker_threads()))
}

/// The threads a valuation uses: every core the machine offers.
pub fn worker_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn close_on(history: &PriceHistory, date: NaiveDate) -> Result<Decimal, FieldError> {
    if let Some(p) = history.closes.iter().find(|p| p.date == date) {
        return Ok(p.close);
    }
    let field = "paid_option.exercise_price.date";
    let message = match (history.closes.first(), history.closes.last()) {
        (Some(first), Some(last)) => Message::id("err-paid-no-close-on")
            .with("date", date)
            .with("first", first.date)
            .with("last", last.date),
        _ => Message::id("err-paid-no-history").with("date", date),
    };
    Err(FieldError::new(field, message))
}

/// The metric's name: one line, as the notice names it.
/// The metric's names: one line each, at least one of the two given.
fn check_metric_name(english: &str, japanese: &str) -> Result<(), FieldError> {
    const MAX: usize = 40;
    let bad = |name: &str| name.contains(['\n', '\r']) || name.chars().count() > MAX;
    let both_empty = english.trim().is_empty() && japanese.trim().is_empty();
    for (name, field) in [
        (english, "paid_option.performance.metric"),
        (japanese, "paid_option.performance.metric_ja"),
    ] {
        if bad(name) || (both_empty && field.ends_with("metric")) {
            return Err(FieldError::new(
                field,
                Message::id("err-paid-metric-name").with("max", MAX),
            ));
        }
    }
    Ok(())
}

fn count_in(value: u32, max: u32, field: &str) -> Result<(), FieldError> {
    if (1..=max).contains(&value) {
        Ok(())
    } else {
        Err(FieldError::new(
            field,
            Message::id("err-count-range").with("max", max),
        ))
    }
}

/// The domain names the expiry `paid_option.expiry`; the scenario calls it the end of
/// the exercise period.
fn rename(mut e: FieldError, from: &str, to: &str) -> FieldError {
    if e.field == from {
        e.field = to.into();
    }
    e
}

//! Every computed figure of a scenario, section by section. A problem in one section
//! leaves the others computed, so the UI can keep showing them.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::Scenario;
use crate::domain::dilution::{DilutionInputs, DilutionResult, compute_dilution};
use crate::domain::offering::{OfferingResult, compute_offering};
use crate::domain::options::{
    AllotmentSummary, AmountPerRight, BlackScholesInputs, BlackScholesResult, DividendYield,
    ExerciseCapital, SplitAdjustment, adjust_shares_per_right, allotment, amount_per_right,
    black_scholes, capital_on_exercise, dividend_yield,
};
use crate::domain::schedule::{Timetable, derive_timetable};
use crate::domain::volatility::{VolatilityResult, historical_volatility};
use crate::domain::{FieldError, Message};

/// The option valuation with every step of it.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionResults {
    pub dividend: DividendYield,
    pub inputs: BlackScholesInputs,
    pub valuation: BlackScholesResult,
    pub per_right: AmountPerRight,
    pub allotment: AllotmentSummary,
    pub exercise: ExerciseCapital,
    pub split: SplitAdjustment,
}

/// Historical volatility of the embedded price history over its window.
pub type VolatilityResults = VolatilityResult;

/// All results of one scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioResults {
    pub offering: Result<OfferingResult, FieldError>,
    /// `Ok(None)` while the issued shares before the offering are not entered.
    pub dilution: Result<Option<DilutionResult>, FieldError>,
    pub timetable: Result<Timetable, FieldError>,
    pub option: Result<OptionResults, FieldError>,
    pub volatility: Result<VolatilityResults, FieldError>,
    /// The paid-in grant: `None` without one. Its value is left out by [`compute`]
    /// (too slow for every frame) and filled by [`value_paid_option`] or the window's
    /// background job.
    ///
    /// [`compute`]: ScenarioResults::compute
    /// [`value_paid_option`]: ScenarioResults::value_paid_option
    pub paid_option: Option<Result<super::PaidOptionResults, FieldError>>,
}

impl ScenarioResults {
    /// Derives every figure from the scenario; cheap enough to run every frame.
    pub fn compute(scenario: &Scenario) -> Self {
        Self {
            offering: compute_offering(&scenario.offering.to_inputs()),
            dilution: compute_dilution_of(scenario),
            timetable: derive_timetable(&scenario.schedule.to_inputs()),
            option: compute_option(scenario),
            volatility: compute_volatility(scenario),
            paid_option: super::paid_inputs(scenario).map(|inputs| {
                inputs.map(|inputs| super::PaidOptionResults {
                    inputs,
                    valued: None,
                })
            }),
        }
    }

    /// [`compute`](Self::compute), with the paid-in grant valued too (waits for it):
    /// what the command line and the exports of a file use.
    pub fn compute_valued(scenario: &Scenario) -> Self {
        let mut results = Self::compute(scenario);
        results.value_paid_option();
        results
    }

    /// Values the paid-in grant, if there is one and it is not valued yet.
    pub fn value_paid_option(&mut self) {
        if let Some(Ok(paid)) = &mut self.paid_option
            && paid.valued.is_none()
        {
            paid.valued = Some(paid.inputs.value(&|_, _| true));
        }
    }

    /// Every section's problem, in display order.
    pub fn errors(&self) -> Vec<&FieldError> {
        [
            self.offering.as_ref().err(),
            self.dilution.as_ref().err(),
            self.timetable.as_ref().err(),
            self.option.as_ref().err(),
            self.volatility.as_ref().err(),
            self.paid_option.as_ref().and_then(|p| match p {
                Err(e) => Some(e),
                Ok(p) => p.valued.as_ref().and_then(|v| v.as_ref().err()),
            }),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

pub(crate) fn to_f64(field: &str, value: Decimal) -> Result<f64, FieldError> {
    value
        .to_f64()
        .filter(|v| v.is_finite())
        .ok_or_else(|| FieldError::new(field, Message::id("err-not-representable")))
}

/// The dilution figures from the capital section, the offering's share counts and the
/// options' maximum; none until the issued shares are entered.
fn compute_dilution_of(scenario: &Scenario) -> Result<Option<DilutionResult>, FieldError> {
    let c = &scenario.capital;
    let Some(issued_shares) = c.issued_shares else {
        return Ok(None);
    };
    compute_dilution(&DilutionInputs {
        issued_shares,
        treasury_shares: c.treasury_shares,
        new_shares: scenario.offering.new_shares,
        allotment_shares: scenario.offering.allotment_shares,
        option_rights: scenario.option.max_rights,
        shares_per_right: scenario.option.shares_per_right,
        earnings: c.earnings(),
    })
    .map(Some)
}

fn compute_option(scenario: &Scenario) -> Result<OptionResults, FieldError> {
    let o = &scenario.option;
    let dividend = dividend_yield(o.dividend_per_share, o.dividend_split_ratio, o.share_price)?;
    let inputs = BlackScholesInputs {
        spot: to_f64("option.share_price", o.share_price)?,
        strike: to_f64("option.exercise_price", o.exercise_price)?,
        term_years: to_f64("option.term_years", o.term_years)?,
        volatility: to_f64("option.volatility", o.volatility)?,
        risk_free_rate: to_f64("option.risk_free_rate", o.risk_free_rate)?,
        dividend_yield: dividend.yield_,
    };
    let valuation = black_scholes(&inputs)?;
    let exact = o.exact_inputs_at(o.share_price).ok_or_else(|| {
        FieldError::new("option.dividend_split_ratio", Message::id("err-too-large"))
    })?;
    let per_right = amount_per_right(
        &exact,
        &inputs,
        &valuation,
        o.shares_per_right,
        o.amount_convention,
    )?;
    let allotment = allotment(
        &o.allotment_groups(),
        o.max_rights,
        per_right.amount,
        o.shares_per_right,
    )?;
    let exercise = capital_on_exercise(
        o.rights_exercised,
        per_right.amount,
        o.shares_per_right,
        o.exercise_price,
    )?;
    let split = adjust_shares_per_right(o.shares_per_right, o.later_split_ratio)?;
    Ok(OptionResults {
        dividend,
        inputs,
        valuation,
        per_right,
        allotment,
        exercise,
        split,
    })
}

fn compute_volatility(scenario: &Scenario) -> Result<VolatilityResults, FieldError> {
    let h = &scenario.price_history;
    historical_volatility(
        &h.closes_f64(),
        &h.split_events(),
        h.window(),
        h.frequency.into(),
    )
}

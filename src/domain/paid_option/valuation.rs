//! One paid-in right valued as a whole: the method chosen for its conditions, the value
//! per share with its uncertainty, the amount per right as the notice rounds it, and
//! the continuously monitored closed form beside a single barrier.

use rust_decimal::Decimal;

use super::closed_form::{BarrierInputs, BarrierKind, barrier_call, rebate_at_hit};
use super::convolution::{GridResult, value_on_grid};
use super::monte_carlo::{Paths, SimulationInputs, SimulationResult, SimulationSettings, simulate};
use super::{ConditionKind, EarlyExercise, MonitoredCloses, PerformanceModel, PriceCondition};
use crate::domain::options::{BlackScholesInputs, black_scholes};
use crate::domain::{FieldError, Message};

/// Everything the value depends on, owned (the window's background job keeps a copy and
/// compares it with the current one to know whether its result is still current).
#[derive(Debug, Clone, PartialEq)]
pub struct PaidRight {
    pub spot: f64,
    pub strike: f64,
    pub volatility: f64,
    pub risk_free_rate: f64,
    pub dividend_yield: f64,
    pub closes: MonitoredCloses,
    pub conditions: Vec<PriceCondition>,
    pub performance: Option<PerformanceModel>,
    pub early_exercise: Option<EarlyExercise>,
}

impl PaidRight {
    pub fn simulation_inputs(&self) -> SimulationInputs<'_> {
        SimulationInputs {
            spot: self.spot,
            strike: self.strike,
            volatility: self.volatility,
            risk_free_rate: self.risk_free_rate,
            dividend_yield: self.dividend_yield,
            times: &self.closes.times,
            conditions: &self.conditions,
            performance: self.performance.as_ref(),
            early_exercise: self.early_exercise,
        }
    }

    /// Whether only share-price conditions shape the right (no tiers, no early
    /// exercise): what the closed forms and the plain Black–Scholes value cover.
    pub fn price_conditions_only(&self) -> bool {
        self.performance.is_none() && self.early_exercise.is_none()
    }

    /// The barrier inputs of condition `level` over the whole period.
    fn barrier_inputs(&self, barrier: f64) -> BarrierInputs {
        BarrierInputs {
            spot: self.spot,
            strike: self.strike,
            barrier,
            term_years: self.closes.expiry_time(),
            volatility: self.volatility,
            risk_free_rate: self.risk_free_rate,
            dividend_yield: self.dividend_yield,
        }
    }
}

/// The method the user asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Method {
    /// Black–Scholes without conditions; the grid with one share-price condition and
    /// no tiers or early exercise; else the simulation.
    #[default]
    Auto,
    Simulation,
}

/// The method that produced a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodUsed {
    /// No condition: the plain call, exact.
    BlackScholes,
    /// One share-price condition and nothing else: the density carried over a grid
    /// from close to close, with an error estimate (`convolution`).
    Grid,
    Simulation,
}

impl MethodUsed {
    pub fn key(self) -> &'static str {
        match self {
            MethodUsed::BlackScholes => "black-scholes",
            MethodUsed::Grid => "deterministic-daily",
            MethodUsed::Simulation => "monte-carlo-daily",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ValuationSettings {
    pub method: Method,
    pub paths: Paths,
    pub seed: u64,
    pub threads: usize,
}

/// The default accuracy: an uncertainty of at most 0.05 % of the spot.
pub const TARGET_FRACTION_OF_SPOT: f64 = 0.0005;
/// The most pairs the default accuracy may take.
pub const DEFAULT_MAX_PAIRS: u64 = 20_000_000;

impl ValuationSettings {
    /// The default: as many pairs as it takes for 0.05 % of the spot.
    pub fn default_for(spot: f64, seed: u64, threads: usize) -> Self {
        Self {
            method: Method::Auto,
            paths: Paths::Target {
                standard_error: TARGET_FRACTION_OF_SPOT * spot,
                max_pairs: DEFAULT_MAX_PAIRS,
            },
            seed,
            threads,
        }
    }
}

/// The value of one right per share and what stands behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Valuation {
    pub method: MethodUsed,
    pub value_per_share: f64,
    /// The standard error of a simulation, the grid's error estimate; 0 for
    /// Black–Scholes.
    pub uncertainty: f64,
    /// For each condition, in order: the probability it takes effect.
    pub condition_probabilities: Vec<f64>,
    /// The probability the right is still exercisable at the last close.
    pub exercisable_at_expiry: f64,
    /// For each performance tier: the probability the highest tier reached is it or a
    /// higher one (given, or simulated); empty without tiers.
    pub tier_probabilities: Vec<f64>,
    /// The expected exercisable fraction from the tiers (1 without them).
    pub expected_fraction: f64,
    /// The share of paths exercised early at the exercise multiple.
    pub early_exercised: f64,
    /// The continuously monitored closed form, for a single knock-out, knock-in or
    /// forced exercise (the same right tested at every instant, not every close).
    pub continuous: Option<f64>,
    /// The simulation's details, when it ran.
    pub simulation: Option<SimulationResult>,
    /// The grid's details, when it ran.
    pub grid: Option<GridResult>,
}

impl Valuation {
    /// The 95 % interval: value ± 1.96 uncertainties.
    pub fn interval_95(&self) -> (f64, f64) {
        let half = 1.959_963_984_540_054 * self.uncertainty;
        (self.value_per_share - half, self.value_per_share + half)
    }
}

/// Values the right; `progress(done, planned)` as in [`simulate`].
pub fn value(
    right: &PaidRight,
    settings: &ValuationSettings,
    progress: &(dyn Fn(u64, u64) -> bool + Sync),
) -> Result<Valuation, FieldError> {
    let inputs = right.simulation_inputs();
    let continuous = continuous_value(right)?;
    if right.conditions.is_empty()
        && right.price_conditions_only()
        && settings.method == Method::Auto
    {
        let price = black_scholes(&BlackScholesInputs {
            spot: right.spot,
            strike: right.strike,
            term_years: right.closes.expiry_time(),
            volatility: right.volatility,
            risk_free_rate: right.risk_free_rate,
            dividend_yield: right.dividend_yield,
        })?
        .price;
        return Ok(Valuation {
            method: MethodUsed::BlackScholes,
            value_per_share: price,
            uncertainty: 0.0,
            condition_probabilities: Vec::new(),
            exercisable_at_expiry: 1.0,
            tier_probabilities: Vec::new(),
            expected_fraction: 1.0,
            early_exercised: 0.0,
            continuous: None,
            simulation: None,
            grid: None,
        });
    }
    if right.conditions.len() == 1
        && right.price_conditions_only()
        && settings.method == Method::Auto
    {
        match value_on_grid(&inputs) {
            Ok(grid) => {
                return Ok(Valuation {
                    method: MethodUsed::Grid,
                    value_per_share: grid.value_per_share,
                    uncertainty: grid.error_estimate,
                    condition_probabilities: vec![grid.condition_probability],
                    exercisable_at_expiry: grid.exercisable_at_expiry,
                    tier_probabilities: Vec::new(),
                    expected_fraction: 1.0,
                    early_exercised: 0.0,
                    continuous,
                    simulation: None,
                    grid: Some(grid),
                });
            }
            // A grid too large for memory (decades of closes at a tiny σ): simulate.
            Err(e) if e.field == GRID_TOO_LARGE_FIELD => {}
            Err(e) => return Err(e),
        }
    }
    let result = simulate(
        &inputs,
        &SimulationSettings {
            paths: settings.paths,
            seed: settings.seed,
            threads: settings.threads,
        },
        progress,
    )?;
    Ok(Valuation {
        method: MethodUsed::Simulation,
        value_per_share: result.value_per_share,
        uncertainty: result.standard_error,
        condition_probabilities: result.condition_probabilities.clone(),
        exercisable_at_expiry: result.exercisable_at_expiry,
        tier_probabilities: result.tier_probabilities.clone(),
        expected_fraction: result.expected_fraction,
        early_exercised: result.early_exercised,
        continuous,
        simulation: Some(result),
        grid: None,
    })
}

/// The field the grid names when it would need more memory than it allows.
const GRID_TOO_LARGE_FIELD: &str = "paid_option.method";

/// The continuously monitored value of a right with exactly one condition and nothing
/// else; `None` otherwise (no closed form covers it).
pub fn continuous_value(right: &PaidRight) -> Result<Option<f64>, FieldError> {
    let [condition] = right.conditions.as_slice() else {
        return Ok(None);
    };
    if !right.price_conditions_only() {
        return Ok(None);
    }
    single_barrier(condition, &right.barrier_inputs(condition.level)).map(Some)
}

/// The closed form of one condition: knock-outs and knock-ins from the barrier
/// formulas, a forced exercise as the knock-out plus H − K paid at the hit.
pub fn single_barrier(
    condition: &PriceCondition,
    inputs: &BarrierInputs,
) -> Result<f64, FieldError> {
    match condition.kind {
        ConditionKind::KnockOutBelow => barrier_call(BarrierKind::DownAndOut, inputs),
        ConditionKind::KnockInBelow => barrier_call(BarrierKind::DownAndIn, inputs),
        ConditionKind::KnockOutAbove => barrier_call(BarrierKind::UpAndOut, inputs),
        ConditionKind::KnockInAbove => barrier_call(BarrierKind::UpAndIn, inputs),
        ConditionKind::ForcedExerciseBelow => Ok(barrier_call(BarrierKind::DownAndOut, inputs)?
            + rebate_at_hit(true, inputs.barrier - inputs.strike, inputs)?),
    }
}

/// The amount per right: value per share × shares per right, any fraction of a yen
/// rounded up, on the double's exact value (a value that cannot be represented, or is
/// negative — a forced exercise can be worth less than nothing — is refused: a right
/// is not sold for a negative amount).
pub fn amount_per_right(value_per_share: f64, shares: u32) -> Result<Decimal, FieldError> {
    let refused = |shown: Decimal| {
        FieldError::new(
            "paid_option.value_per_share",
            Message::id("err-paid-negative-value").with("value", shown),
        )
    };
    let exact = Decimal::from_f64_retain(value_per_share)
        .ok_or_else(|| refused(Decimal::ZERO))?
        .checked_mul(Decimal::from(shares))
        .ok_or_else(|| refused(Decimal::ZERO))?;
    if exact.is_sign_negative() {
        let per_share = Decimal::from_f64_retain(value_per_share).unwrap_or_default();
        return Err(refused(crate::domain::money::round_half_up(per_share, 4)));
    }
    Ok(crate::domain::money::round_up_to_yen(exact))
}

//! What can make σ silently wrong, checked on the scenario as a whole: moves in the
//! price history that look like splits nobody adjusted for, and an option σ that
//! claims to come from the history but no longer equals what that history gives.

use rust_decimal::Decimal;

use super::{Scenario, VolatilitySource};
use crate::domain::money::round_half_up;
use crate::domain::split_check::SuspectedSplit;
use crate::domain::volatility::{Close, SplitEvent, VolatilityWindow, historical_volatility};
use crate::domain::{FieldError, Message};

/// Decimals of σ when it is handed to the option valuation ("Use this σ").
pub const SIGMA_DP: u32 = 6;

/// A measured σ as the option stores it: rounded half up to 6 decimals.
pub fn sigma_for_option(annualized: f64) -> Option<Decimal> {
    Decimal::from_f64_retain(annualized).map(|v| round_half_up(v, SIGMA_DP))
}

/// Whether the option's σ still comes from the loaded price history.
#[derive(Debug, Clone, PartialEq)]
pub enum SigmaCheck {
    /// Typed by hand: it makes no claim about the history.
    Entered,
    /// Equal, at 6 decimals, to the history's σ over the recorded window and sampling.
    Current,
    /// Recorded as from the history, but the loaded history (another file, edited
    /// closes or splits) gives another figure over that window, or none at all.
    Stale {
        /// What the history gives now over the recorded window and sampling.
        measured: Result<Decimal, FieldError>,
    },
}

impl SigmaCheck {
    pub fn is_problem(&self) -> bool {
        matches!(self, SigmaCheck::Stale { .. })
    }
}

/// Everything that can make σ silently wrong, for the status bar and the panels.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryCheck {
    /// Large moves no entered split explains and the user has not confirmed as real.
    pub suspects: Vec<SuspectedSplit>,
    pub sigma: SigmaCheck,
}

impl HistoryCheck {
    /// Checks `scenario`: one pass over the closes for the suspects, and one σ
    /// measurement over the window the option's σ was recorded with.
    pub fn of(scenario: &Scenario) -> Self {
        Self {
            suspects: scenario.price_history.suspected_splits(),
            sigma: check_sigma(scenario),
        }
    }

    /// Problems to count in the status bar: one per suspect, one for a stale σ.
    pub fn problem_count(&self) -> usize {
        self.suspects.len() + usize::from(self.sigma.is_problem())
    }
}

/// The option's σ against the loaded history over the recorded window and sampling.
pub fn check_sigma(scenario: &Scenario) -> SigmaCheck {
    let h = &scenario.price_history;
    sigma_against(
        scenario.option.volatility,
        &scenario.option.volatility_source,
        &h.closes_f64(),
        &h.split_events(),
    )
}

/// σ recorded with `source` against `closes` adjusted for `splits`: the same check on
/// a history that is not (yet) the scenario's, such as a file about to replace it.
pub fn sigma_against(
    volatility: Decimal,
    source: &VolatilitySource,
    closes: &[Close],
    splits: &[SplitEvent],
) -> SigmaCheck {
    let VolatilitySource::History {
        window_start,
        window_end,
        frequency,
    } = *source
    else {
        return SigmaCheck::Entered;
    };
    let measured = historical_volatility(
        closes,
        splits,
        VolatilityWindow {
            start: window_start,
            end: window_end,
        },
        frequency.into(),
    )
    .and_then(|r| {
        sigma_for_option(r.annualized).ok_or_else(|| {
            FieldError::new("option.volatility", Message::id("err-sigma-not-finite"))
        })
    });
    match measured {
        Ok(sigma) if sigma == volatility => SigmaCheck::Current,
        measured => SigmaCheck::Stale { measured },
    }
}

//! Paid-in stock options (有償ストックオプション): rights whose holder pays their fair value
//! at allotment, at a market exercise price, with share-price conditions tested on every
//! TSE business-day close. The simulation (`monte_carlo`) values any set of conditions;
//! with one condition the deterministic method (`convolution`) values it faster and to
//! a known error; the closed forms (`closed_form`) give the continuously monitored value
//! of one barrier beside them, so a user sees how much the daily monitoring matters.
//! Performance conditions on a metric and early exercise at a multiple of the exercise
//! price (`performance`) enter the simulation.

pub mod closed_form;
mod closes;
pub mod convolution;
pub mod monte_carlo;
pub mod performance;
pub mod sample_paths;
pub mod valuation;

pub use closes::{MonitoredCloses, monitored_closes};
pub use performance::{EarlyExercise, PerformanceModel, PerformanceValuation, Tier};

/// What a share-price condition does when a close crosses its level. Its file and
/// command-line key is the kebab-case name (`knock-out-below`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConditionKind {
    /// A close below the level ends the rights: they can no longer be exercised.
    KnockOutBelow,
    /// A close below the level obliges the holder to exercise every remaining right at
    /// the exercise price that day (a loss when the level is under the exercise price).
    ForcedExerciseBelow,
    /// The rights become exercisable only once a close has been above the level.
    KnockInAbove,
    /// A close above the level ends the rights.
    KnockOutAbove,
    /// The rights become exercisable only once a close has been below the level.
    KnockInBelow,
}

impl ConditionKind {
    pub const ALL: [ConditionKind; 5] = [
        ConditionKind::KnockOutBelow,
        ConditionKind::ForcedExerciseBelow,
        ConditionKind::KnockInAbove,
        ConditionKind::KnockOutAbove,
        ConditionKind::KnockInBelow,
    ];

    /// Whether the condition is met by a close under its level (else over it).
    pub fn below(self) -> bool {
        matches!(
            self,
            ConditionKind::KnockOutBelow
                | ConditionKind::ForcedExerciseBelow
                | ConditionKind::KnockInBelow
        )
    }

    /// The key in files and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            ConditionKind::KnockOutBelow => "knock-out-below",
            ConditionKind::ForcedExerciseBelow => "forced-exercise-below",
            ConditionKind::KnockInAbove => "knock-in-above",
            ConditionKind::KnockOutAbove => "knock-out-above",
            ConditionKind::KnockInBelow => "knock-in-below",
        }
    }
}

/// One share-price condition: what it does, and its level in yen. A close strictly
/// below (or above) the level meets it, as "falls below" and "exceeds" read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PriceCondition {
    pub kind: ConditionKind,
    pub level: f64,
}

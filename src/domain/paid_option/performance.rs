//! Performance conditions and early exercise of a paid-in right.
//!
//! A performance condition makes a fraction of the rights exercisable by how far a named
//! metric (営業利益, operating profit, by default) got: tiers of (threshold, fraction),
//! tested at chosen fiscal year-ends. The exercisable fraction `f` is the fraction of the
//! highest tier whose threshold the metric exceeds (strictly greater) on a tested
//! year-end, the best over the tested years ("any one year"; one tested year for "a given
//! year"), and 0 when no tier is reached.
//!
//! Two ways to value it, the user's choice:
//! - [`PerformanceValuation::Probabilities`]: the user assigns each tier its probability,
//!   independent of the share price, so `E[f] = Σ (P_i − P_{i+1}) f_i` (P_{n+1} = 0)
//!   scales the value of what is paid at expiry or exercised early;
//! - [`PerformanceValuation::Simulated`]: the metric follows a lognormal path from its
//!   last actual value, correlated with the share price, in the same simulation; its
//!   drift is the growth the user expects (real-world: the metric is not traded, so no
//!   risk-neutral drift exists for it).
//!
//! A forced exercise takes all remaining rights whatever `f` (the clauses say "all
//! remaining rights"); a knock-out ends them at 0.

use crate::domain::{FieldError, Message};

/// Times closer than this (years, about 0.03 s) are the same moment: a fiscal year-end
/// computed as days / 365 matches its close's time even after rounding.
pub(crate) const SAME_TIME: f64 = 1e-9;

/// One tier: a metric above `threshold` makes `fraction` of the rights exercisable.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tier {
    /// In the metric's unit (yen, millions of yen: as the thresholds are written).
    pub threshold: f64,
    /// In (0, 1].
    pub fraction: f64,
}

/// The tiers and how their probabilities are found. Thresholds are positive and
/// strictly increasing; fractions are in (0, 1] and strictly increasing too (a higher
/// tier that did not raise the fraction would change nothing).
#[derive(Debug, Clone, PartialEq)]
pub struct PerformanceModel {
    pub tiers: Vec<Tier>,
    pub valuation: PerformanceValuation,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PerformanceValuation {
    /// P(the highest tier reached is this tier or a higher one), one per tier,
    /// non-increasing, in [0, 1]; independent of the share price.
    Probabilities(Vec<f64>),
    /// The metric simulated beside the share: at the close k(j) (the last monitored close
    /// at or before test time j), ln M = ln M0 + (μ − ν²/2) t_k + ν B(t_k), with
    /// B = ρ W + √(1 − ρ²) W⊥, W the share's Brownian motion and W⊥ independent of it.
    Simulated {
        /// The metric's last actual value (> 0), same unit as the thresholds.
        last_actual: f64,
        /// Annual growth rate μ of the metric (real-world, as entered), in [−1, 1].
        drift: f64,
        /// Annual ν, (0, 3].
        volatility: f64,
        /// ρ with the share price's Brownian motion, [−1, 1].
        correlation: f64,
        /// Years from the valuation date of each tested fiscal year-end (increasing,
        /// > 0, ≤ the last close). "any one year": several; "a given year": one.
        test_times: Vec<f64>,
    },
}

/// Exercise before the end of the period, the usual employee-option assumption: at the
/// first close at or after `from_time` (and after the last performance test, so the
/// exercisable fraction is known) on which the share reaches `multiple` × the exercise
/// price, the holder exercises the exercisable fraction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EarlyExercise {
    /// Above 1.
    pub multiple: f64,
    /// Years from the valuation date: the start of the exercise period (vesting).
    pub from_time: f64,
}

const FIELD: &str = "paid_option.performance";

fn number(value: f64) -> rust_decimal::Decimal {
    rust_decimal::Decimal::from_f64_retain(value)
        .unwrap_or_default()
        .round_dp(6)
        .normalize()
}

impl PerformanceModel {
    /// The expected exercisable fraction in the Probabilities mode, Σ (P_i − P_{i+1}) f_i;
    /// `None` when the fraction is simulated.
    pub fn expected_fraction(&self) -> Option<f64> {
        let PerformanceValuation::Probabilities(p) = &self.valuation else {
            return None;
        };
        let mut sum = 0.0;
        for (i, tier) in self.tiers.iter().enumerate() {
            let next = p.get(i + 1).copied().unwrap_or(0.0);
            sum += (p[i] - next) * tier.fraction;
        }
        Some(sum)
    }

    /// Checks the model against the monitored closes' times (increasing, non-empty);
    /// each refusal names the field and the accepted range.
    pub fn validate(&self, closes: &[f64]) -> Result<(), FieldError> {
        if self.tiers.is_empty() {
            return Err(FieldError::new(
                format!("{FIELD}.tiers"),
                Message::id("err-paid-tiers-empty"),
            ));
        }
        let mut previous: Option<Tier> = None;
        for (i, tier) in self.tiers.iter().enumerate() {
            let field = format!("{FIELD}.tiers[{i}].threshold");
            if !(tier.threshold.is_finite() && tier.threshold > 0.0) {
                return Err(FieldError::new(
                    field,
                    Message::id("err-paid-tier-threshold-positive"),
                ));
            }
            if let Some(p) = previous
                && tier.threshold <= p.threshold
            {
                return Err(FieldError::new(
                    field,
                    Message::id("err-paid-tier-threshold-increasing")
                        .with("previous", number(p.threshold)),
                ));
            }
            let field = format!("{FIELD}.tiers[{i}].fraction");
            let in_range = tier.fraction > 0.0 && tier.fraction <= 1.0;
            if !in_range || previous.is_some_and(|p| tier.fraction <= p.fraction) {
                let problem = match previous {
                    None => Message::id("err-paid-tier-fraction"),
                    Some(p) => Message::id("err-paid-tier-fraction-increasing")
                        .with("previous", number(p.fraction)),
                };
                return Err(FieldError::new(field, problem));
            }
            previous = Some(*tier);
        }
        match &self.valuation {
            PerformanceValuation::Probabilities(p) => self.validate_probabilities(p),
            PerformanceValuation::Simulated {
                last_actual,
                drift,
                volatility,
                correlation,
                test_times,
            } => {
                if !(last_actual.is_finite() && *last_actual > 0.0) {
                    return Err(FieldError::new(
                        format!("{FIELD}.last_actual"),
                        Message::id("err-paid-metric-last-actual"),
                    ));
                }
                if !(-1.0..=1.0).contains(drift) {
                    return Err(FieldError::new(
                        format!("{FIELD}.drift"),
                        Message::id("err-rate-plus-minus-one"),
                    ));
                }
                if !(*volatility > 0.0 && *volatility <= 3.0) {
                    return Err(FieldError::new(
                        format!("{FIELD}.volatility"),
                        Message::id("err-paid-volatility"),
                    ));
                }
                if !(-1.0..=1.0).contains(correlation) {
                    return Err(FieldError::new(
                        format!("{FIELD}.correlation"),
                        Message::id("err-paid-correlation"),
                    ));
                }
                validate_test_times(test_times, closes)
            }
        }
    }

    fn validate_probabilities(&self, p: &[f64]) -> Result<(), FieldError> {
        if p.len() != self.tiers.len() {
            return Err(FieldError::new(
                format!("{FIELD}.probabilities"),
                Message::id("err-paid-tier-probabilities-count").with("tiers", self.tiers.len()),
            ));
        }
        for (i, value) in p.iter().enumerate() {
            let field = format!("{FIELD}.probabilities[{i}]");
            let in_range = (0.0..=1.0).contains(value);
            if !in_range || (i > 0 && *value > p[i - 1]) {
                let problem = if i == 0 {
                    Message::id("err-paid-tier-probability")
                } else {
                    Message::id("err-paid-tier-probability-increasing")
                        .with("previous", number(p[i - 1]))
                };
                return Err(FieldError::new(field, problem));
            }
        }
        Ok(())
    }
}

/// Tested year-ends: increasing, each with a close at or before it, none after the last.
fn validate_test_times(test_times: &[f64], closes: &[f64]) -> Result<(), FieldError> {
    let (first, last) = (closes[0], closes[closes.len() - 1]);
    let increasing = test_times.windows(2).all(|w| w[1] > w[0]);
    let within = test_times
        .iter()
        .all(|t| *t >= first - SAME_TIME && *t <= last + SAME_TIME);
    if test_times.is_empty() || !increasing || !within {
        return Err(FieldError::new(
            format!("{FIELD}.test_times"),
            Message::id("err-paid-test-times")
                .with("first", number(first))
                .with("last", number(last)),
        ));
    }
    Ok(())
}

impl EarlyExercise {
    /// Checks the multiple and the start of the exercise period against the last close.
    pub fn validate(&self, closes: &[f64]) -> Result<(), FieldError> {
        if !(self.multiple.is_finite() && self.multiple > 1.0) {
            return Err(FieldError::new(
                "paid_option.early_exercise.multiple",
                Message::id("err-paid-exercise-multiple"),
            ));
        }
        let last = closes[closes.len() - 1];
        if !(self.from_time >= 0.0 && self.from_time <= last + SAME_TIME) {
            return Err(FieldError::new(
                "paid_option.early_exercise.from_time",
                Message::id("err-paid-exercise-from").with("last", number(last)),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiers(t: &[(f64, f64)]) -> Vec<Tier> {
        t.iter()
            .map(|&(threshold, fraction)| Tier {
                threshold,
                fraction,
            })
            .collect()
    }

    #[test]
    fn the_expected_fraction_weighs_each_tier_by_its_own_probability() {
        // P(≥ tier 1) = 0.6, P(≥ tier 2) = 0.25, fractions 0.5 and 1:
        // (0.6 − 0.25) × 0.5 + 0.25 × 1 = 0.175 + 0.25 = 0.425.
        let model = PerformanceModel {
            tiers: tiers(&[(100.0, 0.5), (150.0, 1.0)]),
            valuation: PerformanceValuation::Probabilities(vec![0.6, 0.25]),
        };
        assert!((model.expected_fraction().unwrap() - 0.425).abs() < 1e-15);
        assert_eq!(model.validate(&[1.0]), Ok(()));
    }

    #[test]
    fn fractions_must_rise_from_tier_to_tier() {
        let model = PerformanceModel {
            tiers: tiers(&[(100.0, 0.5), (150.0, 0.5)]),
            valuation: PerformanceValuation::Probabilities(vec![0.6, 0.25]),
        };
        let e = model.validate(&[1.0]).unwrap_err();
        assert_eq!(e.field, "paid_option.performance.tiers[1].fraction");
        assert_eq!(e.problem.id, "err-paid-tier-fraction-increasing");
    }
}

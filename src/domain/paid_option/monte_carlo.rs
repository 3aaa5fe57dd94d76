//! Monte Carlo value of a paid-in right with share-price conditions tested on every
//! monitored close: geometric Brownian motion with r and q, exact between closes (the
//! log price moves by (r − q − σ²/2)Δt + σ√Δt·Z from one close to the next, whatever
//! the gap: a weekend, a holiday week).
//!
//! Variance reduction, both valid for any set of conditions: antithetic pairs (each
//! path with its mirror, −Z at every step), and the plain call on the same paths as a
//! control variate, whose value Black–Scholes gives exactly. The coefficient is the
//! regression estimate from the same samples (its bias is of order 1/n, far below the
//! standard error reported).
//!
//! Reproducible: pair `i` draws from its own xoshiro256++ stream, seeded from the run's
//! seed and `i`; pairs are summed in chunks of [`CHUNK_PAIRS`], and the chunks in their
//! order, so a seed gives the same value to the last bit on any number of threads.
//!
//! A performance condition (`super::performance`) scales what is exercised at expiry or
//! early by the exercisable fraction: the expected one when the user gives the tiers'
//! probabilities, the path's own when the metric is simulated. The metric's Brownian
//! motion is ρ W + √(1 − ρ²) W⊥: W is the share's, recovered at a tested close as half
//! the pair's log-price difference (the pair's paths are mirrors), and W⊥ draws its
//! increments from the pair's stream, mirrored too.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal};
use rand_xoshiro::Xoshiro256PlusPlus;

use super::performance::{EarlyExercise, PerformanceModel, PerformanceValuation, SAME_TIME};
use super::{ConditionKind, PriceCondition};
use crate::domain::options::{BlackScholesInputs, black_scholes};
use crate::domain::{FieldError, Message};

/// What is valued: one share's worth of the right.
#[derive(Debug, Clone, Copy)]
pub struct SimulationInputs<'a> {
    pub spot: f64,
    pub strike: f64,
    pub volatility: f64,
    pub risk_free_rate: f64,
    pub dividend_yield: f64,
    /// Years from the valuation date of each monitored close, increasing; the last is
    /// the expiry, on which the right is exercised if it still can be.
    pub times: &'a [f64],
    pub conditions: &'a [PriceCondition],
    /// A performance condition on a metric (営業利益 by default), if any.
    pub performance: Option<&'a PerformanceModel>,
    /// Exercise once the close reaches a multiple of the exercise price, if assumed;
    /// European (at the last close) otherwise.
    pub early_exercise: Option<EarlyExercise>,
}

/// How many paths: a fixed number of antithetic pairs, or as many as it takes for the
/// standard error to reach a target (checked on whole rounds, so still reproducible).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Paths {
    Pairs(u64),
    Target {
        /// The standard error to reach, in yen per share.
        standard_error: f64,
        /// Never more pairs than this; the result then says the target was missed.
        max_pairs: u64,
    },
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SimulationSettings {
    pub paths: Paths,
    pub seed: u64,
    /// Worker threads (1 or more); the result does not depend on it.
    pub threads: usize,
}

/// Pairs summed together before chunks are added in order: large enough that threads
/// rarely meet, small enough for a fine progress bar.
pub const CHUNK_PAIRS: u64 = 4_096;

/// The accepted range of a fixed number of pairs.
pub const MIN_PAIRS: u64 = 1_000;
pub const MAX_PAIRS: u64 = 100_000_000;

/// The value and what stands behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct SimulationResult {
    /// Value per share, control variate applied.
    pub value_per_share: f64,
    /// Its standard error.
    pub standard_error: f64,
    /// The same without the control variate (antithetic pairs only).
    pub uncontrolled_value: f64,
    pub uncontrolled_standard_error: f64,
    /// The Black–Scholes value of the plain call to the last close (the control).
    pub plain_call: f64,
    /// The plain call's mean on the simulated paths, and the control's coefficient.
    pub simulated_plain_call: f64,
    pub beta: f64,
    /// Antithetic pairs simulated (paths = 2 × pairs).
    pub pairs: u64,
    pub seed: u64,
    /// For each condition, in the order given: the share of paths on which it took
    /// effect (knocked out, forced the exercise, knocked in).
    pub condition_probabilities: Vec<f64>,
    /// The share of paths whose right can still be exercised at the last close (with a
    /// simulated metric: and a tier was reached; with given probabilities the
    /// performance condition is independent and not counted here).
    pub exercisable_at_expiry: f64,
    /// The share of paths exercised: forced, early, or exercisable and in the money at
    /// expiry.
    pub exercised: f64,
    /// For each tier: P(the highest tier reached is this one or a higher one), over all
    /// paths (a path a share-price condition ended is still tested); the given ones with
    /// given probabilities; empty without a performance condition.
    pub tier_probabilities: Vec<f64>,
    /// The expected exercisable fraction from the performance condition (1 without one).
    pub expected_fraction: f64,
    /// The share of paths exercised early (at a close reaching the multiple).
    pub early_exercised: f64,
    /// The estimate as the pairs accumulated: after 1, 2, 4, 8, … chunks and at the end,
    /// for the convergence chart.
    pub convergence: Vec<ConvergencePoint>,
}

/// The estimate after the first `pairs` pairs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ConvergencePoint {
    pub pairs: u64,
    pub value: f64,
    pub standard_error: f64,
}

impl SimulationResult {
    /// The 95 % confidence interval, value ± 1.96 standard errors.
    pub fn interval_95(&self) -> (f64, f64) {
        let half = 1.959_963_984_540_054 * self.standard_error;
        (self.value_per_share - half, self.value_per_share + half)
    }
}

/// A condition as the inner loop tests it.
#[derive(Clone, Copy)]
struct Test {
    kind: ConditionKind,
    below: bool,
    ln_level: f64,
    /// Its place in the caller's list (the probabilities are reported in that order).
    index: usize,
    /// Its bit among the knock-in conditions.
    bit: u32,
}

/// Sums over antithetic pairs, shifted by `shift` so the variance is not lost to
/// cancellation.
#[derive(Debug, Clone, Default)]
struct Sums {
    pairs: u64,
    x: f64,
    y: f64,
    xx: f64,
    yy: f64,
    xy: f64,
    triggered: Vec<u64>,
    exercisable: u64,
    exercised: u64,
    /// Paths that reached each tier (or a higher one), with a simulated metric.
    reached: Vec<u64>,
    /// The sum of the paths' exercisable fractions, with a simulated metric.
    fraction: f64,
    early: u64,
}

impl Sums {
    fn add(&mut self, other: &Sums) {
        self.pairs += other.pairs;
        self.x += other.x;
        self.y += other.y;
        self.xx += other.xx;
        self.yy += other.yy;
        self.xy += other.xy;
        if self.triggered.len() < other.triggered.len() {
            self.triggered.resize(other.triggered.len(), 0);
        }
        for (a, b) in self.triggered.iter_mut().zip(&other.triggered) {
            *a += b;
        }
        self.exercisable += other.exercisable;
        self.exercised += other.exercised;
        if self.reached.len() < other.reached.len() {
            self.reached.resize(other.reached.len(), 0);
        }
        for (a, b) in self.reached.iter_mut().zip(&other.reached) {
            *a += b;
        }
        self.fraction += other.fraction;
        self.early += other.early;
    }
}

/// Validates the inputs; each refusal names the field and the accepted range.
pub(crate) fn validate(inputs: &SimulationInputs<'_>) -> Result<(), FieldError> {
    let positive = |value: f64, field: &str| {
        if value.is_finite() && value > 0.0 {
            Ok(())
        } else {
            Err(FieldError::new(field, Message::id("err-paid-positive")))
        }
    };
    positive(inputs.spot, "paid_option.spot")?;
    positive(inputs.strike, "paid_option.strike")?;
    if !(inputs.volatility > 0.0 && inputs.volatility <= 3.0) {
        return Err(FieldError::new(
            "paid_option.volatility",
            Message::id("err-paid-volatility"),
        ));
    }
    for (value, field) in [
        (inputs.risk_free_rate, "paid_option.risk_free_rate"),
        (inputs.dividend_yield, "paid_option.dividend_yield"),
    ] {
        if !(-1.0..=1.0).contains(&value) {
            return Err(FieldError::new(
                field,
                Message::id("err-rate-plus-minus-one"),
            ));
        }
    }
    let increasing = inputs.times.windows(2).all(|w| w[1] > w[0]);
    let first_positive = inputs.times.first().is_some_and(|t| *t > 0.0);
    if !increasing || !first_positive || inputs.times.last().is_some_and(|t| *t > 100.0) {
        return Err(FieldError::new(
            "paid_option.expiry",
            Message::id("err-paid-closes"),
        ));
    }
    if let Some(performance) = inputs.performance {
        performance.validate(inputs.times)?;
    }
    if let Some(early) = inputs.early_exercise {
        early.validate(inputs.times)?;
    }
    for (i, c) in inputs.conditions.iter().enumerate() {
        let field = format!("paid_option.conditions[{i}].level");
        positive(c.level, &field)?;
        let breached = if c.kind.below() {
            c.level >= inputs.spot
        } else {
            c.level <= inputs.spot
        };
        if breached {
            let id = if c.kind.below() {
                "err-paid-level-below-spot"
            } else {
                "err-paid-level-above-spot"
            };
            return Err(FieldError::new(
                field,
                Message::id(id).with("spot", crate::domain::Arg::Number(to_decimal(inputs.spot))),
            ));
        }
    }
    Ok(())
}

fn to_decimal(value: f64) -> rust_decimal::Decimal {
    rust_decimal::Decimal::from_f64_retain(value)
        .unwrap_or_default()
        .round_dp(6)
        .normalize()
}

fn check_settings(settings: &SimulationSettings) -> Result<(), FieldError> {
    let pairs_ok = |n: u64| (MIN_PAIRS..=MAX_PAIRS).contains(&n);
    let ok = match settings.paths {
        Paths::Pairs(n) => pairs_ok(n),
        Paths::Target {
            standard_error,
            max_pairs,
        } => standard_error > 0.0 && pairs_ok(max_pairs),
    };
    if !ok {
        return Err(FieldError::new(
            "paid_option.paths",
            Message::id("err-paid-paths")
                .with("min", MIN_PAIRS)
                .with("max", MAX_PAIRS),
        ));
    }
    Ok(())
}

/// The stream of pair `index` of a run seeded with `seed`: SplitMix64 of the seed,
/// offset by the index, expanded to xoshiro's 256-bit state by `seed_from_u64` (itself
/// SplitMix64), so neighbouring pairs and neighbouring seeds get unrelated streams.
pub(super) fn stream(seed: u64, index: u64) -> Xoshiro256PlusPlus {
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    Xoshiro256PlusPlus::seed_from_u64(z.wrapping_add(index))
}

/// The model's per-close constants.
struct Model {
    drift: Vec<f64>,
    vol: Vec<f64>,
    /// e^(−r t) at each close.
    discount: Vec<f64>,
    /// The drift and the standard deviation of the log price from each close to the
    /// last: once both paths of a pair have ended, their last close (which the control
    /// needs) is drawn in one step.
    drift_to_end: Vec<f64>,
    vol_to_end: Vec<f64>,
    ln_spot: f64,
    strike: f64,
    tests: Vec<Test>,
    /// All knock-in bits: a right is exercisable once every one is set.
    all_in: u32,
    conditions: usize,
    shift: f64,
    /// The simulated metric, if the performance condition is valued that way.
    metric: Option<Metric>,
    /// The exercisable fraction of every path when it is not simulated: 1 without a
    /// performance condition, the expected one with given probabilities.
    fixed_fraction: f64,
    exercise: Option<Exercise>,
    /// The first close on which the metric is tested or a right may be exercised early
    /// (`usize::MAX` when neither can happen).
    events_from: usize,
}

/// A pair's metric between tested closes: W⊥ of its first path at the last one, and
/// the next one's place in `Metric::closes`.
#[derive(Default)]
struct PairMetric {
    perp: f64,
    next: usize,
}

/// The simulated metric as the inner loop tests it.
struct Metric {
    /// The close of each tested year-end (the last at or before it), distinct, increasing.
    closes: Vec<usize>,
    /// ln M0 + (μ − ν²/2) t_k at each tested close.
    centre: Vec<f64>,
    /// √(t_k(j) − t_k(j−1)): the standard deviation of W⊥'s increment up to that close.
    perp_sd: Vec<f64>,
    /// ν ρ / σ: multiplies σ W, the share's part of its log price.
    share_loading: f64,
    /// ν √(1 − ρ²).
    perp_loading: f64,
    ln_thresholds: Vec<f64>,
    /// The exercisable fraction by the number of thresholds exceeded (0: none reached).
    fractions: Vec<f64>,
}

/// Early exercise as the inner loop tests it.
struct Exercise {
    /// The first close it may happen on: at or after the start of the exercise period
    /// and after the last tested year-end.
    first_close: usize,
    /// ln(multiple × exercise price).
    ln_level: f64,
}

impl Metric {
    fn new(inputs: &SimulationInputs<'_>, model: &PerformanceModel) -> Option<Self> {
        let PerformanceValuation::Simulated {
            last_actual,
            drift,
            volatility: nu,
            correlation: rho,
            test_times,
        } = &model.valuation
        else {
            return None;
        };
        let times = inputs.times;
        let mut closes: Vec<usize> = Vec::with_capacity(test_times.len());
        for &t in test_times {
            // Validated: a close lies at or before every tested time.
            let k = times
                .partition_point(|c| *c <= t + SAME_TIME)
                .saturating_sub(1);
            if closes.last() != Some(&k) {
                closes.push(k);
            }
        }
        let mut previous = 0.0;
        let mut centre = Vec::with_capacity(closes.len());
        let mut perp_sd = Vec::with_capacity(closes.len());
        for &k in &closes {
            let t = times[k];
            centre.push(last_actual.ln() + (drift - 0.5 * nu * nu) * t);
            perp_sd.push((t - previous).sqrt());
            previous = t;
        }
        let mut fractions = vec![0.0];
        fractions.extend(model.tiers.iter().map(|t| t.fraction));
        Some(Self {
            closes,
            centre,
            perp_sd,
            share_loading: nu * rho / inputs.volatility,
            perp_loading: nu * (1.0 - rho * rho).max(0.0).sqrt(),
            ln_thresholds: model.tiers.iter().map(|t| t.threshold.ln()).collect(),
            fractions,
        })
    }

    /// Tests the pair's metric at tested close `j`: draws W⊥'s increment (mirrored for
    /// the second path) and raises each path's best tier.
    #[inline]
    fn test(
        &self,
        j: usize,
        paths: &mut [PathState; 2],
        perp: &mut f64,
        rng: &mut Xoshiro256PlusPlus,
    ) {
        let z: f64 = StandardNormal.sample(rng);
        *perp += self.perp_sd[j] * z;
        // σ W of the first path: the pair's log prices are mirrors about their mean.
        let share = 0.5 * (paths[0].x - paths[1].x);
        let b = self.share_loading * share + self.perp_loading * *perp;
        for (path, ln_m) in paths
            .iter_mut()
            .zip([self.centre[j] + b, self.centre[j] - b])
        {
            // "Exceeds": strictly greater than the threshold.
            let reached = self.ln_thresholds.iter().take_while(|h| ln_m > **h).count();
            path.reached = path.reached.max(reached);
        }
    }
}

impl Model {
    fn new(inputs: &SimulationInputs<'_>, shift: f64) -> Self {
        let (r, q, s) = (
            inputs.risk_free_rate,
            inputs.dividend_yield,
            inputs.volatility,
        );
        let mut drift = Vec::with_capacity(inputs.times.len());
        let mut vol = Vec::with_capacity(inputs.times.len());
        let mut previous = 0.0;
        for &t in inputs.times {
            let dt = t - previous;
            drift.push((r - q - 0.5 * s * s) * dt);
            vol.push(s * dt.sqrt());
            previous = t;
        }
        let discount = inputs.times.iter().map(|t| (-r * t).exp()).collect();
        let n = drift.len();
        let (mut drift_to_end, mut vol_to_end) = (vec![0.0; n], vec![0.0; n]);
        let (mut d, mut v2) = (0.0_f64, 0.0_f64);
        for k in (0..n).rev() {
            drift_to_end[k] = d;
            vol_to_end[k] = v2.sqrt();
            d += drift[k];
            v2 += vol[k] * vol[k];
        }
        // Knock-outs first, then forced exercise, then knock-ins: on a close that meets
        // a knock-out and a forced exercise at once, the rights end without the loss.
        let rank = |k: ConditionKind| match k {
            ConditionKind::KnockOutBelow | ConditionKind::KnockOutAbove => 0,
            ConditionKind::ForcedExerciseBelow => 1,
            ConditionKind::KnockInAbove | ConditionKind::KnockInBelow => 2,
        };
        let mut tests: Vec<Test> = Vec::new();
        let mut bit = 0;
        for (index, c) in inputs.conditions.iter().enumerate() {
            let is_in = rank(c.kind) == 2;
            tests.push(Test {
                kind: c.kind,
                below: c.kind.below(),
                ln_level: c.level.ln(),
                index,
                bit: if is_in { 1 << bit } else { 0 },
            });
            if is_in {
                bit += 1;
            }
        }
        tests.sort_by_key(|t| rank(t.kind));
        let metric = inputs.performance.and_then(|p| Metric::new(inputs, p));
        let fixed_fraction = inputs
            .performance
            .and_then(PerformanceModel::expected_fraction)
            .unwrap_or(1.0);
        let exercise = inputs.early_exercise.map(|e| {
            let from = inputs
                .times
                .partition_point(|t| *t < e.from_time - SAME_TIME);
            let after_tests = metric
                .as_ref()
                .and_then(|m| m.closes.last())
                .map_or(0, |k| k + 1);
            Exercise {
                first_close: from.max(after_tests),
                ln_level: (e.multiple * inputs.strike).ln(),
            }
        });
        let steps = drift.len();
        let events_from = metric
            .as_ref()
            .and_then(|m| m.closes.first().copied())
            .unwrap_or(usize::MAX)
            .min(
                exercise
                    .as_ref()
                    .filter(|e| e.first_close + 1 < steps)
                    .map_or(usize::MAX, |e| e.first_close),
            );
        Self {
            events_from,
            drift,
            vol,
            discount,
            drift_to_end,
            vol_to_end,
            ln_spot: inputs.spot.ln(),
            strike: inputs.strike,
            tests,
            all_in: (1u32 << bit) - 1,
            conditions: inputs.conditions.len(),
            shift,
            metric,
            fixed_fraction,
            exercise,
        }
    }

    /// The path's exercisable fraction (final once its tested closes are behind it).
    #[inline]
    fn fraction(&self, path: &PathState) -> f64 {
        match &self.metric {
            Some(m) => m.fractions[path.reached],
            None => self.fixed_fraction,
        }
    }

    /// Simulates pairs `first..first + count` into one chunk's sums.
    fn chunk(&self, seed: u64, first: u64, count: u64) -> Sums {
        let tiers = self.metric.as_ref().map_or(0, |m| m.ln_thresholds.len());
        let mut sums = Sums {
            triggered: vec![0; self.conditions],
            reached: vec![0; tiers],
            ..Sums::default()
        };
        let steps = self.drift.len();
        let last_discount = self.discount[steps - 1];
        for index in first..first + count {
            let mut rng = stream(seed, index);
            let mut paths = [PathState::new(self.ln_spot), PathState::new(self.ln_spot)];
            let mut pair = PairMetric::default();
            for k in 0..steps {
                let z: f64 = StandardNormal.sample(&mut rng);
                let step = self.vol[k] * z;
                paths[0].x += self.drift[k] + step;
                paths[1].x += self.drift[k] - step;
                for path in &mut paths {
                    if path.ended.is_none() {
                        self.test(path, k, &mut sums.triggered);
                    }
                }
                // Before the first tested close or possible early exercise, a step is
                // the share's alone: one comparison keeps the plain loop as fast.
                if k >= self.events_from {
                    self.events(k, &mut paths, &mut pair, &mut rng);
                }
                if paths[0].ended.is_some() && paths[1].ended.is_some() {
                    // Both decided: what is left to draw is the metric on the tested
                    // closes still ahead (the tiers are reported over all paths) and the
                    // last close, for the control, each in one step of the same law
                    // (mirrored, as every step).
                    let at = self.metric_to_end(k, &mut paths, &mut pair, &mut rng);
                    let z: f64 = StandardNormal.sample(&mut rng);
                    let step = self.vol_to_end[at] * z;
                    paths[0].x += self.drift_to_end[at] + step;
                    paths[1].x += self.drift_to_end[at] - step;
                    break;
                }
            }
            let mut x = 0.0;
            let mut y = 0.0;
            for path in &paths {
                let s_t = path.x.exp();
                let call = last_discount * (s_t - self.strike).max(0.0);
                y += call;
                if let Some(m) = &self.metric {
                    sums.fraction += m.fractions[path.reached];
                    for r in &mut sums.reached[..path.reached] {
                        *r += 1;
                    }
                }
                match path.ended {
                    Some(value) => {
                        x += value;
                        // Forced and early exercises are exercises; knock-outs end at 0
                        // unexercised.
                        if value != 0.0 {
                            sums.exercised += 1;
                        }
                        if path.early {
                            sums.early += 1;
                        }
                    }
                    None if path.knocked_in == self.all_in => {
                        let fraction = self.fraction(path);
                        if fraction > 0.0 {
                            sums.exercisable += 1;
                            if call > 0.0 {
                                sums.exercised += 1;
                            }
                        }
                        x += fraction * call;
                    }
                    None => {}
                }
            }
            let (x, y) = (0.5 * x - self.shift, 0.5 * y - self.shift);
            sums.pairs += 1;
            sums.x += x;
            sums.y += y;
            sums.xx += x * x;
            sums.yy += y * y;
            sums.xy += x * y;
        }
        sums
    }

    /// The metric's test and early exercise at close `k` (at or after `events_from`).
    fn events(
        &self,
        k: usize,
        paths: &mut [PathState; 2],
        pair: &mut PairMetric,
        rng: &mut Xoshiro256PlusPlus,
    ) {
        if let Some(m) = &self.metric
            && m.closes.get(pair.next) == Some(&k)
        {
            m.test(pair.next, paths, &mut pair.perp, rng);
            pair.next += 1;
        }
        if let Some(e) = &self.exercise
            && k >= e.first_close
            && k + 1 < self.drift.len()
        {
            self.exercise_early(e, k, paths);
        }
    }

    /// Once both paths of a pair have ended at close `k`: draws the share straight to
    /// each tested close still ahead, exactly, and tests the metric there; returns the
    /// last close drawn.
    fn metric_to_end(
        &self,
        k: usize,
        paths: &mut [PathState; 2],
        pair: &mut PairMetric,
        rng: &mut Xoshiro256PlusPlus,
    ) -> usize {
        let Some(m) = &self.metric else {
            return k;
        };
        let mut at = k;
        while let Some(&next) = m.closes.get(pair.next) {
            let z: f64 = StandardNormal.sample(rng);
            let var = self.vol_to_end[at].powi(2) - self.vol_to_end[next].powi(2);
            let step = var.max(0.0).sqrt() * z;
            let drift = self.drift_to_end[at] - self.drift_to_end[next];
            paths[0].x += drift + step;
            paths[1].x += drift - step;
            m.test(pair.next, paths, &mut pair.perp, rng);
            pair.next += 1;
            at = next;
        }
        at
    }

    /// Ends, at close `k`, each path still running whose right is exercisable and whose
    /// close reached the multiple: the holder exercises the exercisable fraction. A
    /// path with nothing exercisable (no tier reached) runs on: a forced exercise
    /// takes all remaining rights whatever the tiers.
    #[inline]
    fn exercise_early(&self, e: &Exercise, k: usize, paths: &mut [PathState; 2]) {
        for path in paths {
            if path.ended.is_none() && path.knocked_in == self.all_in && path.x >= e.ln_level {
                let fraction = self.fraction(path);
                if fraction > 0.0 {
                    path.ended = Some(fraction * self.discount[k] * (path.x.exp() - self.strike));
                    path.early = true;
                }
            }
        }
    }

    /// Tests one path's close `k` against the conditions.
    #[inline]
    fn test(&self, path: &mut PathState, k: usize, triggered: &mut [u64]) {
        for t in &self.tests {
            let met = if t.below {
                path.x < t.ln_level
            } else {
                path.x > t.ln_level
            };
            if !met {
                continue;
            }
            match t.kind {
                ConditionKind::KnockOutBelow | ConditionKind::KnockOutAbove => {
                    path.ended = Some(0.0);
                    triggered[t.index] += 1;
                    return;
                }
                ConditionKind::ForcedExerciseBelow => {
                    path.ended = Some(self.discount[k] * (path.x.exp() - self.strike));
                    triggered[t.index] += 1;
                    return;
                }
                ConditionKind::KnockInAbove | ConditionKind::KnockInBelow => {
                    if path.knocked_in & t.bit == 0 {
                        path.knocked_in |= t.bit;
                        triggered[t.index] += 1;
                    }
                }
            }
        }
    }
}

/// One simulated path: its log price, and how its conditions stand.
#[derive(Clone, Copy)]
struct PathState {
    x: f64,
    /// The discounted payoff once the right has ended early (knocked out: 0; forced;
    /// exercised early).
    ended: Option<f64>,
    knocked_in: u32,
    /// Thresholds the metric exceeded on its best tested close so far.
    reached: usize,
    early: bool,
}

impl PathState {
    fn new(x: f64) -> Self {
        Self {
            x,
            ended: None,
            knocked_in: 0,
            reached: 0,
            early: false,
        }
    }
}

/// Runs chunks `first_chunk..last_chunk` on `threads` workers; returns their sums added
/// in chunk order, or `None` when `progress` asked to stop.
fn run_chunks(
    model: &Model,
    seed: u64,
    first_chunk: u64,
    last_chunk: u64,
    total_pairs: u64,
    threads: usize,
    progress: &(dyn Fn(u64, u64) -> bool + Sync),
) -> Option<Vec<Sums>> {
    let next = AtomicU64::new(first_chunk);
    let done_pairs = AtomicU64::new(first_chunk * CHUNK_PAIRS);
    let stop = AtomicBool::new(false);
    let results: Mutex<Vec<(u64, Sums)>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            scope.spawn(|| {
                loop {
                    if stop.load(Ordering::Relaxed) {
                        return;
                    }
                    let chunk = next.fetch_add(1, Ordering::Relaxed);
                    if chunk >= last_chunk {
                        return;
                    }
                    let first = chunk * CHUNK_PAIRS;
                    let count = CHUNK_PAIRS.min(total_pairs.saturating_sub(first));
                    let sums = model.chunk(seed, first, count);
                    if let Ok(mut r) = results.lock() {
                        r.push((chunk, sums));
                    }
                    let done = done_pairs.fetch_add(count, Ordering::Relaxed) + count;
                    if !progress(done, total_pairs) {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
            });
        }
    });
    if stop.load(Ordering::Relaxed) {
        return None;
    }
    let mut results = results.into_inner().ok()?;
    results.sort_by_key(|(chunk, _)| *chunk);
    Some(results.into_iter().map(|(_, s)| s).collect())
}

/// Values the right. `progress(pairs done, pairs planned)` is called as chunks finish
/// (from the worker threads); returning false stops the run, which then returns an
/// error saying it was cancelled.
pub fn simulate(
    inputs: &SimulationInputs<'_>,
    settings: &SimulationSettings,
    progress: &(dyn Fn(u64, u64) -> bool + Sync),
) -> Result<SimulationResult, FieldError> {
    validate(inputs)?;
    check_settings(settings)?;
    let expiry = *inputs.times.last().unwrap_or(&0.0);
    let plain_call = black_scholes(&BlackScholesInputs {
        spot: inputs.spot,
        strike: inputs.strike,
        term_years: expiry,
        volatility: inputs.volatility,
        risk_free_rate: inputs.risk_free_rate,
        dividend_yield: inputs.dividend_yield,
    })?
    .price;
    let model = Model::new(inputs, plain_call);
    let cancelled = || FieldError::new("paid_option.paths", Message::id("err-paid-cancelled"));

    let mut total = Sums {
        triggered: vec![0; inputs.conditions.len()],
        reached: vec![0; model.metric.as_ref().map_or(0, |m| m.ln_thresholds.len())],
        ..Sums::default()
    };
    let mut chunks_done = 0u64;
    let mut chunks_added = 0u64;
    let mut convergence = Vec::new();
    let mut planned = match settings.paths {
        Paths::Pairs(n) => n,
        // A first round to measure the variance with.
        Paths::Target { max_pairs, .. } => (16 * CHUNK_PAIRS).min(max_pairs),
    };
    loop {
        let last_chunk = planned.div_ceil(CHUNK_PAIRS);
        let sums = run_chunks(
            &model,
            settings.seed,
            chunks_done,
            last_chunk,
            planned,
            settings.threads,
            progress,
        )
        .ok_or_else(cancelled)?;
        for s in &sums {
            total.add(s);
            chunks_added += 1;
            if chunks_added.is_power_of_two() {
                convergence.push(point(&total, plain_call));
            }
        }
        chunks_done = last_chunk;
        let Paths::Target {
            standard_error: target,
            max_pairs,
        } = settings.paths
        else {
            break;
        };
        let estimate = estimate(&total, plain_call);
        if estimate.standard_error <= target || planned >= max_pairs {
            break;
        }
        // Pairs needed at the measured variance, a tenth more for its own error, in
        // whole chunks; decided from chunk-ordered sums, so the same on any machine.
        let ratio = estimate.standard_error / target;
        let needed = (total.pairs as f64 * ratio * ratio * 1.1).ceil() as u64;
        planned = needed
            .max(planned + CHUNK_PAIRS)
            .div_ceil(CHUNK_PAIRS)
            .saturating_mul(CHUNK_PAIRS)
            .min(max_pairs);
    }
    if convergence.last().is_none_or(|p| p.pairs != total.pairs) {
        convergence.push(point(&total, plain_call));
    }
    let e = estimate(&total, plain_call);
    let paths = 2.0 * total.pairs as f64;
    Ok(SimulationResult {
        value_per_share: e.value,
        standard_error: e.standard_error,
        uncontrolled_value: e.raw_value,
        uncontrolled_standard_error: e.raw_standard_error,
        plain_call,
        simulated_plain_call: e.plain_mean,
        beta: e.beta,
        pairs: total.pairs,
        seed: settings.seed,
        condition_probabilities: total.triggered.iter().map(|c| *c as f64 / paths).collect(),
        exercisable_at_expiry: total.exercisable as f64 / paths,
        exercised: total.exercised as f64 / paths,
        tier_probabilities: match inputs.performance.map(|p| &p.valuation) {
            Some(PerformanceValuation::Probabilities(p)) => p.clone(),
            Some(PerformanceValuation::Simulated { .. }) => {
                total.reached.iter().map(|c| *c as f64 / paths).collect()
            }
            None => Vec::new(),
        },
        expected_fraction: match &model.metric {
            Some(_) => total.fraction / paths,
            None => model.fixed_fraction,
        },
        early_exercised: total.early as f64 / paths,
        convergence,
    })
}

fn point(total: &Sums, plain_call: f64) -> ConvergencePoint {
    let e = estimate(total, plain_call);
    ConvergencePoint {
        pairs: total.pairs,
        value: e.value,
        standard_error: e.standard_error,
    }
}

struct Estimate {
    value: f64,
    standard_error: f64,
    raw_value: f64,
    raw_standard_error: f64,
    plain_mean: f64,
    beta: f64,
}

/// The control-variate estimate from the sums (shifted by the plain call's value).
fn estimate(s: &Sums, plain_call: f64) -> Estimate {
    let n = s.pairs.max(1) as f64;
    let (mx, my) = (s.x / n, s.y / n);
    let denominator = (n - 1.0).max(1.0);
    let var_x = ((s.xx - n * mx * mx) / denominator).max(0.0);
    let var_y = ((s.yy - n * my * my) / denominator).max(0.0);
    let cov = (s.xy - n * mx * my) / denominator;
    let beta = if var_y > 0.0 { cov / var_y } else { 0.0 };
    let var_controlled = (var_x - 2.0 * beta * cov + beta * beta * var_y).max(0.0);
    // The shift is the plain call's value: my is the simulated plain call minus it.
    Estimate {
        value: plain_call + mx - beta * my,
        standard_error: (var_controlled / n).sqrt(),
        raw_value: plain_call + mx,
        raw_standard_error: (var_x / n).sqrt(),
        plain_mean: plain_call + my,
        beta,
    }
}

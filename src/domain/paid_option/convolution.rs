//! The deterministic value of a right with ONE share-price condition on the daily closes:
//! the risk-neutral density of x = ln S carried forward from close to close on a uniform
//! grid, each step the exact Gaussian transition over the actual gap (weekends, holiday
//! weeks), the condition applied at every close. It is the transpose of the backward
//! induction of `tests/reference/generate_daily_barrier_reference.py`, with the same
//! numerical choices, so its error has the same expansion in even powers of the step h:
//!
//! * The level's log is a node; at each close the density at that node is split in half
//!   (the trapezoidal rule on each side of the jump, Euler–Maclaurin error −h²/12·f′ +
//!   h⁴/720·f‴ − …). The spot need not be a node: the first close's density is the
//!   Gaussian itself, sampled on the nodes.
//! * Between closes the trapezoidal rule with the Gaussian kernel, cut at
//!   [`KERNEL_STDS`] standard deviations: direct convolution, a daily step's kernel
//!   covers a few dozen nodes. With h at most [`STEP_PER_DAILY_SD`] of the shortest
//!   step's standard deviation the rule's aliasing error, e^(−2π²s²/h²), is negligible.
//! * The last step, from the last close but one to the expiry close, in closed form:
//!   the payoff's kink and the expiry's test never meet the grid.
//! * Forward, one pass gives the value and the probabilities (condition met, exercisable
//!   at expiry, exercised) at the cost of one vector: no second induction.
//!
//! Richardson extrapolation over h, h/2, h/4 removes the h² and h⁴ terms; the error
//! estimate is the size of the last correction, |R − R₂|, where R₂ = (4V_{h/4} − V_{h/2})/3.
//! A knock-in is the plain call (Black–Scholes, exact) minus the knock-out at its level:
//! on a grid without a barrier the scheme reproduces Black–Scholes to about 1e-10, so
//! the grid's plain call would add work, not accuracy.

use super::ConditionKind;
use super::monte_carlo::{SimulationInputs, validate};
use crate::domain::options::{BlackScholesInputs, black_scholes, norm_cdf};
use crate::domain::{FieldError, Message};

/// The kernel is cut this many standard deviations from its mean (tail 6e-16).
pub const KERNEL_STDS: f64 = 8.0;
/// The grid reaches this many standard deviations of the whole term beyond the spot
/// (and the drift): a path leaving it is lost, about 1e-15 of the mass.
pub const PAD_STDS: f64 = 8.0;
/// The coarsest step h, as a fraction of the standard deviation s of ln S over the
/// shortest gap between closes: the trapezoidal rule's aliasing, 2e^(−2π²s²/h²) = 6e-18
/// a step, then stays out of the extrapolation (at h = s it is 5e-9 a step, which the
/// h² and h⁴ terms do not describe).
pub const STEP_PER_DAILY_SD: f64 = 0.7;
/// The rounding allowed for on top of the last correction, as a fraction of the spot.
pub const ROUNDING: f64 = 1e-10;
/// Refused above this much work (node × kernel products over the three grids), about
/// six seconds: the caller then simulates. Five years of closes take 4e8; a hundred
/// years at σ 40 %, 4e10.
pub const MAX_WORK: f64 = 4.0e10;
/// Refused above this many nodes on the finest grid (32 MB a vector): closes far closer
/// together than a day. Five years of closes take 2,116.
pub const MAX_NODES: f64 = 4.0e6;

/// One grid's raw result.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GridLevel {
    /// The step in ln S.
    pub step: f64,
    pub nodes: usize,
    /// Value per share on this grid, before extrapolation.
    pub value: f64,
}

/// The extrapolated value and what stands behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct GridResult {
    /// Value per share, Richardson-extrapolated from the three grids.
    pub value_per_share: f64,
    /// The size of the last Richardson correction: a bound on the error, in yen per
    /// share, normally far above it.
    pub error_estimate: f64,
    /// The probability that the condition takes effect (knocks out, forces the exercise,
    /// knocks in) on some close, risk-neutral.
    pub condition_probability: f64,
    /// The probability that the right can still be exercised at the last close.
    pub exercisable_at_expiry: f64,
    /// The probability that it is exercised: forced, or exercisable and in the money.
    pub exercised: f64,
    /// The grids, coarsest first.
    pub grids: Vec<GridLevel>,
}

/// Which side of the level survives, and what happens on the other.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// A close beyond the level ends the right worthless (`below`: under the level).
    KnockOut { below: bool },
    /// A close under the level pays S − K that day.
    ForcedBelow,
}

/// The model on one set of closes.
struct Model<'a> {
    kind: Kind,
    x0: f64,
    x_level: f64,
    level: f64,
    strike: f64,
    r: f64,
    q: f64,
    sigma: f64,
    times: &'a [f64],
}

/// Sums on one grid, before extrapolation.
#[derive(Debug, Clone, Copy, Default)]
struct Raw {
    value: f64,
    /// Probabilities: alive at expiry, alive and in the money at expiry, forced.
    alive: f64,
    alive_in_money: f64,
    forced: f64,
}

/// Values a right with exactly one share-price condition; refuses any other number of
/// conditions (naming `paid_option.conditions`) and grids beyond [`MAX_WORK`] (naming
/// `paid_option.method`), so the caller can simulate instead.
pub fn value_on_grid(inputs: &SimulationInputs<'_>) -> Result<GridResult, FieldError> {
    validate(inputs)?;
    let [condition] = inputs.conditions else {
        return Err(FieldError::new(
            "paid_option.conditions",
            Message::id("err-paid-grid-one-condition").with("count", inputs.conditions.len()),
        ));
    };
    let kind = match condition.kind {
        ConditionKind::KnockOutBelow | ConditionKind::KnockInBelow => {
            Kind::KnockOut { below: true }
        }
        ConditionKind::KnockOutAbove | ConditionKind::KnockInAbove => {
            Kind::KnockOut { below: false }
        }
        ConditionKind::ForcedExerciseBelow => Kind::ForcedBelow,
    };
    let model = Model {
        kind,
        x0: inputs.spot.ln(),
        x_level: condition.level.ln(),
        level: condition.level,
        strike: inputs.strike,
        r: inputs.risk_free_rate,
        q: inputs.dividend_yield,
        sigma: inputs.volatility,
        times: inputs.times,
    };
    let h0 = model.coarsest_step();
    let steps = [h0, 0.5 * h0, 0.25 * h0];
    let (work, nodes) = (model.work(h0), model.node_count(steps[2]));
    let affordable = work.is_finite() && work <= MAX_WORK && nodes <= MAX_NODES;
    if !affordable || !model.range_ok(steps[2]) {
        return Err(FieldError::new(
            "paid_option.method",
            Message::id("err-paid-grid-too-large"),
        ));
    }
    let raws: Vec<(usize, Raw)> = steps.iter().map(|h| model.run(*h)).collect();
    let extrapolate = |f: fn(&Raw) -> f64| richardson([0, 1, 2].map(|i| f(&raws[i].1)));
    let (out_value, correction) = extrapolate(|r| r.value);
    let (alive, _) = extrapolate(|r| r.alive);
    let (alive_in_money, _) = extrapolate(|r| r.alive_in_money);
    let (forced, _) = extrapolate(|r| r.forced);
    let knock_in = matches!(
        condition.kind,
        ConditionKind::KnockInBelow | ConditionKind::KnockInAbove
    );
    // A knock-in: the plain call less the knock-out (its grids' values likewise); it
    // can be exercised once knocked in, and is exercised when it then ends in the money.
    let (plain, sign, met, exercisable, exercised) = if knock_in {
        let call = black_scholes(&BlackScholesInputs {
            spot: inputs.spot,
            strike: inputs.strike,
            term_years: *inputs.times.last().unwrap_or(&0.0),
            volatility: inputs.volatility,
            risk_free_rate: inputs.risk_free_rate,
            dividend_yield: inputs.dividend_yield,
        })?;
        let met = 1.0 - alive;
        (call.price, -1.0, met, met, call.n_d2 - alive_in_money)
    } else if kind == Kind::ForcedBelow {
        (0.0, 1.0, forced, alive, forced + alive_in_money)
    } else {
        (0.0, 1.0, 1.0 - alive, alive, alive_in_money)
    };
    let grids = steps
        .iter()
        .zip(&raws)
        .map(|(h, (nodes, raw))| GridLevel {
            step: *h,
            nodes: *nodes,
            value: plain + sign * raw.value,
        })
        .collect();
    let probability = |p: f64| p.clamp(0.0, 1.0);
    Ok(GridResult {
        value_per_share: plain + sign * out_value,
        // Rounding over a few thousand closes is far below ROUNDING; it keeps the
        // estimate a bound where the grids agree to the last digits.
        error_estimate: correction + ROUNDING * inputs.spot,
        condition_probability: probability(met),
        exercisable_at_expiry: probability(exercisable),
        exercised: probability(exercised),
        grids,
    })
}

/// Richardson over V_h, V_{h/2}, V_{h/4} with errors in h², h⁴, …: the value with both
/// terms removed and the size of the last correction.
fn richardson([a, b, c]: [f64; 3]) -> (f64, f64) {
    let r1 = (4.0 * b - a) / 3.0;
    let r2 = (4.0 * c - b) / 3.0;
    let value = (16.0 * r2 - r1) / 15.0;
    (value, (value - r2).abs())
}

/// The last step, from the last close but one to the expiry close, in closed form.
struct LastStep {
    strike: f64,
    tau: f64,
    r: f64,
    q: f64,
    sigma: f64,
}

impl LastStep {
    /// e^(−rτ)·E[(S_τ − K)·1{a < S_τ < b}] from S (a = 0: no lower bound; b = ∞: no
    /// upper bound).
    fn value(&self, s: f64, a: f64, b: f64) -> f64 {
        if b <= a {
            return 0.0;
        }
        let sd = self.sigma * self.tau.sqrt();
        let ln_forward = s.ln() + (self.r - self.q) * self.tau;
        // P(S_τ > L) under the share measure (d₁) and the risk-neutral one (d₂).
        let over = |level: f64| -> (f64, f64) {
            if level <= 0.0 {
                (1.0, 1.0)
            } else if level.is_infinite() {
                (0.0, 0.0)
            } else {
                let d1 = (ln_forward - level.ln() + 0.5 * sd * sd) / sd;
                (norm_cdf(d1), norm_cdf(d1 - sd))
            }
        };
        let (a1, a2) = over(a);
        let (b1, b2) = over(b);
        s * (-self.q * self.tau).exp() * (a1 - b1)
            - self.strike * (-self.r * self.tau).exp() * (a2 - b2)
    }

    /// P(a < S_τ < b) from S, risk-neutral.
    fn probability(&self, s: f64, a: f64, b: f64) -> f64 {
        if b <= a {
            return 0.0;
        }
        let sd = self.sigma * self.tau.sqrt();
        let mean = s.ln() + (self.r - self.q - 0.5 * self.sigma * self.sigma) * self.tau;
        let over = |level: f64| -> f64 {
            if level <= 0.0 {
                1.0
            } else if level.is_infinite() {
                0.0
            } else {
                norm_cdf((mean - level.ln()) / sd)
            }
        };
        over(a) - over(b)
    }
}

impl Model<'_> {
    /// The risk-neutral drift of ln S per year.
    fn drift(&self) -> f64 {
        self.r - self.q - 0.5 * self.sigma * self.sigma
    }

    /// The gaps between closes the grid steps over: from the first close to the last
    /// but one (the first step is the Gaussian itself, the last in closed form).
    fn grid_gaps(&self) -> impl Iterator<Item = f64> + '_ {
        let n = self.times.len();
        let inner = if n >= 3 {
            &self.times[..n - 1]
        } else {
            &[][..]
        };
        inner.windows(2).map(|w| w[1] - w[0])
    }

    /// The coarsest step: from the shortest gap the grid resolves, the first close's
    /// Gaussian (from the valuation date) included.
    fn coarsest_step(&self) -> f64 {
        let first = self.times.first().copied().unwrap_or(1.0);
        let shortest = self.grid_gaps().fold(first, f64::min);
        STEP_PER_DAILY_SD * self.sigma * shortest.sqrt()
    }

    /// The last close on the grid: the last but one (the valuation date when there is
    /// only one close).
    fn grid_end(&self) -> f64 {
        let n = self.times.len();
        if n >= 2 { self.times[n - 2] } else { 0.0 }
    }

    /// How far the grid reaches below and above the spot, in ln S: the drift of the
    /// density and of the share measure (the value weighs the density by S), and
    /// [`PAD_STDS`] standard deviations beyond.
    fn reach(&self) -> (f64, f64) {
        let t = self.grid_end();
        let spread = PAD_STDS * self.sigma * t.sqrt();
        let d = self.drift() * t;
        let d_share = d + self.sigma * self.sigma * t;
        (
            spread + (-d.min(d_share)).max(0.0),
            spread + d.max(d_share).max(0.0),
        )
    }

    /// The node indices j (x = ln H + j·h) the grid holds.
    fn nodes(&self, h: f64) -> (i64, i64) {
        let (down, up) = self.reach();
        let lo = ((self.x0 - down - self.x_level) / h).floor() as i64;
        let hi = ((self.x0 + up - self.x_level) / h).ceil() as i64;
        let widest = self.widest_kernel(h);
        match self.kind {
            Kind::KnockOut { below: true } => (lo.max(0), hi.max(1)),
            Kind::KnockOut { below: false } => (lo.min(-1), hi.min(0)),
            // The dead side as far as the first close's Gaussian or one kernel from the
            // level reaches: its density pays S − K.
            Kind::ForcedBelow => {
                let first = self.times.first().map_or(0, |t| self.kernel_reach(*t, h));
                (lo.max(-widest.max(first)), hi.max(1))
            }
        }
    }

    /// Nodes from the kernel's centre to its cut, on the longest gap.
    fn widest_kernel(&self, h: f64) -> i64 {
        self.grid_gaps()
            .map(|dt| self.kernel_reach(dt, h))
            .max()
            .unwrap_or(0)
    }

    fn kernel_reach(&self, dt: f64, h: f64) -> i64 {
        (self.kernel_width(dt) / h).ceil() as i64 + 1
    }

    /// Node × kernel products over the three grids, from the coarsest step, and the
    /// closed-form last step's normal distribution functions, about a hundred
    /// products' time a node.
    fn work(&self, h0: f64) -> f64 {
        let mut total = 0.0;
        for level in 0..3 {
            let h = h0 / f64::from(1 << level);
            let taps: f64 = self
                .grid_gaps()
                .map(|dt| 2.0 * self.kernel_width(dt) / h + 3.0)
                .sum();
            total += self.node_count(h) * (taps + 100.0);
        }
        total
    }

    /// About how many nodes the grid of step h holds, in floating point: integer node
    /// indices are only formed once this has passed.
    fn node_count(&self, h: f64) -> f64 {
        let (down, up) = self.reach();
        let first = self.times.first().map_or(0.0, |t| self.kernel_width(*t));
        let widest = self
            .grid_gaps()
            .map(|dt| self.kernel_width(dt))
            .fold(first, f64::max);
        (down + up + widest) / h + 3.0
    }

    /// From the kernel's centre to its cut, in ln S, over a gap of dt.
    fn kernel_width(&self, dt: f64) -> f64 {
        KERNEL_STDS * self.sigma * dt.sqrt() + (self.drift() * dt).abs()
    }

    /// Whether e^x stays finite and far from underflow on the finest grid.
    fn range_ok(&self, h: f64) -> bool {
        let (lo, hi) = self.nodes(h);
        let x = |j: i64| self.x_level + j as f64 * h;
        x(lo) > -600.0 && x(hi) < 600.0
    }

    /// The raw value and probabilities on the grid of step h, and its node count.
    fn run(&self, h: f64) -> (usize, Raw) {
        let times = self.times;
        let n_closes = times.len();
        let (lo, hi) = self.nodes(h);
        let n = (hi - lo + 1) as usize;
        let xs: Vec<f64> = (lo..=hi).map(|j| self.x_level + j as f64 * h).collect();
        let prices: Vec<f64> = xs.iter().map(|x| x.exp()).collect();
        // The barrier node's index in the arrays (may lie off the grid when the level
        // is out of reach).
        let barrier = -lo;
        let mut raw = Raw::default();
        let (r, q, sigma) = (self.r, self.q, self.sigma);
        let end = self.grid_end();
        let tau = times[n_closes - 1] - end;

        // The density at the last close but one, the condition applied at every close
        // up to it. With one close only, a point mass at the spot.
        let density: Option<Vec<f64>> = if n_closes >= 2 {
            let t1 = times[0];
            let sd = sigma * t1.sqrt();
            let mean = self.x0 + self.drift() * t1;
            let mut p: Vec<f64> = xs
                .iter()
                .map(|x| {
                    let z = (x - mean) / sd;
                    if z.abs() > 38.0 {
                        0.0
                    } else {
                        (-0.5 * z * z).exp() / (sd * (2.0 * std::f64::consts::PI).sqrt())
                    }
                })
                .collect();
            self.condition(&mut p, &prices, barrier, h, t1, &mut raw);
            let mut scratch = Vec::new();
            for k in 1..n_closes - 1 {
                let dt = times[k] - times[k - 1];
                self.step(&mut p, &mut scratch, dt, h);
                self.condition(&mut p, &prices, barrier, h, times[k], &mut raw);
            }
            Some(p)
        } else {
            None
        };

        // The last step in closed form: what the expiry close pays, seen from each node.
        let (level, strike) = (self.level, self.strike);
        let inf = f64::INFINITY;
        let step = LastStep {
            strike,
            tau,
            r,
            q,
            sigma,
        };
        let last = |s: f64| -> (f64, f64, f64, f64) {
            let value = |a, b| step.value(s, a, b);
            let prob = |a, b| step.probability(s, a, b);
            match self.kind {
                Kind::KnockOut { below: true } => (
                    value(strike.max(level), inf),
                    prob(level, inf),
                    prob(strike.max(level), inf),
                    0.0,
                ),
                Kind::KnockOut { below: false } => (
                    value(strike, level),
                    prob(0.0, level),
                    prob(strike, level),
                    0.0,
                ),
                Kind::ForcedBelow => (
                    value(strike.max(level), inf) + value(0.0, level),
                    prob(level, inf),
                    prob(strike.max(level), inf),
                    prob(0.0, level),
                ),
            }
        };
        let discount = (-r * end).exp();
        match density {
            None => {
                let (v, alive, in_money, forced) = last(self.x0.exp());
                raw.value += v;
                raw.alive += alive;
                raw.alive_in_money += in_money;
                raw.forced += forced;
            }
            Some(p) => {
                let (mut v, mut alive, mut in_money, mut forced) = (0.0, 0.0, 0.0, 0.0);
                for (pj, s) in p.iter().zip(&prices) {
                    if *pj == 0.0 {
                        continue;
                    }
                    let (a, b, c, d) = last(*s);
                    v += pj * a;
                    alive += pj * b;
                    in_money += pj * c;
                    forced += pj * d;
                }
                raw.value += h * discount * v;
                raw.alive += h * alive;
                raw.alive_in_money += h * in_money;
                raw.forced += h * forced;
            }
        }
        (n, raw)
    }

    /// Applies the condition at the close at time t: the density beyond the level ends
    /// (a forced exercise pays S − K on it), the node at the level keeps half.
    fn condition(
        &self,
        p: &mut [f64],
        prices: &[f64],
        barrier: i64,
        h: f64,
        t: f64,
        raw: &mut Raw,
    ) {
        let n = p.len() as i64;
        if (0..n).contains(&barrier) {
            let b = barrier as usize;
            let half = 0.5 * p[b];
            p[b] = half;
            if self.kind == Kind::ForcedBelow {
                let discount = (-self.r * t).exp();
                raw.forced += h * half;
                raw.value += h * half * discount * (prices[b] - self.strike);
            }
        }
        if self.kind == Kind::ForcedBelow {
            let dead = barrier.clamp(0, n) as usize;
            let discount = (-self.r * t).exp();
            let (mut mass, mut pays) = (0.0, 0.0);
            for (pj, s) in p[..dead].iter_mut().zip(prices) {
                mass += *pj;
                pays += *pj * (s - self.strike);
                *pj = 0.0;
            }
            raw.forced += h * mass;
            raw.value += h * discount * pays;
        }
        // Knock-outs: the grid holds no node beyond the level.
    }

    /// Carries the density over a gap of dt: p ← Σ h·φ_s(x − y − m)·p(y), the kernel
    /// cut at [`KERNEL_STDS`], nothing flowing in from beyond the grid.
    fn step(&self, p: &mut [f64], scratch: &mut Vec<f64>, dt: f64, h: f64) {
        let sd = self.sigma * dt.sqrt();
        let mean = self.drift() * dt;
        let reach = self.kernel_reach(dt, h);
        let norm = h / (sd * (2.0 * std::f64::consts::PI).sqrt());
        // kernel[d + reach] weighs p(x − d·h) into x.
        let kernel: Vec<f64> = (-reach..=reach)
            .map(|d| {
                let z = (d as f64 * h - mean) / sd;
                if z.abs() > KERNEL_STDS {
                    0.0
                } else {
                    norm * (-0.5 * z * z).exp()
                }
            })
            .collect();
        let n = p.len();
        let pad = reach as usize;
        scratch.clear();
        scratch.resize(n + 2 * pad, 0.0);
        scratch[pad..pad + n].copy_from_slice(p);
        // Reversed, tap t weighs the padded input at x + t into x.
        let taps: Vec<f64> = kernel.into_iter().rev().collect();
        correlate(p, scratch, &taps);
    }
}

/// out[x] = Σ_t taps[t]·input[x + t], input holding out.len() + taps.len() − 1 values.
/// Eight outputs at a time stay in registers over all the taps: one load per two
/// products, no stores in the inner loop. The sum runs over t in order, as a plain loop
/// would, so the result does not depend on the blocking. Plain loops, unrolled by hand:
/// unoptimised test builds run them ten times slower, not a hundred as iterator chains.
fn correlate(out: &mut [f64], input: &[f64], taps: &[f64]) {
    const BLOCK: usize = 8;
    let n = out.len();
    let mut x = 0;
    while x + BLOCK <= n {
        let mut a = [0.0; BLOCK];
        let mut t = 0;
        while t < taps.len() {
            let c = taps[t];
            let w = &input[x + t..x + t + BLOCK];
            a[0] += c * w[0];
            a[1] += c * w[1];
            a[2] += c * w[2];
            a[3] += c * w[3];
            a[4] += c * w[4];
            a[5] += c * w[5];
            a[6] += c * w[6];
            a[7] += c * w[7];
            t += 1;
        }
        out[x..x + BLOCK].copy_from_slice(&a);
        x += BLOCK;
    }
    while x < n {
        let mut sum = 0.0;
        let mut t = 0;
        while t < taps.len() {
            sum += taps[t] * input[x + t];
            t += 1;
        }
        out[x] = sum;
        x += 1;
    }
}

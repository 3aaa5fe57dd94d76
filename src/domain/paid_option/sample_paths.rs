//! A few share-price paths on the monitored closes, for the window's chart: the law the
//! simulation draws from (geometric Brownian motion with r and q, exact from one close
//! to the next), with no condition applied, so a user sees where the levels lie against
//! the spread of the prices.
//!
//! Path `i` draws from pair `i`'s stream of the simulation seeded alike (SplitMix64 of
//! the seed, offset by the index, into xoshiro256++), taking the `+Z` side of the pair:
//! the same prices the simulation's first path of that pair had until its conditions
//! decided it.

use rand_distr::{Distribution, StandardNormal};

use super::monte_carlo::{SimulationInputs, stream};

/// `count` paths of the share price: for each, the price at every close of
/// `inputs.times` (the conditions in `inputs` are not applied). Empty when the inputs
/// could not be simulated (no closes, a non-positive price or σ).
pub fn sample_paths(inputs: &SimulationInputs<'_>, seed: u64, count: usize) -> Vec<Vec<f64>> {
    let usable = inputs.spot > 0.0
        && inputs.spot.is_finite()
        && inputs.volatility > 0.0
        && inputs.volatility.is_finite()
        && !inputs.times.is_empty();
    if !usable {
        return Vec::new();
    }
    let (r, q, s) = (
        inputs.risk_free_rate,
        inputs.dividend_yield,
        inputs.volatility,
    );
    (0..count as u64)
        .map(|index| {
            let mut rng = stream(seed, index);
            let mut x = inputs.spot.ln();
            let mut previous = 0.0;
            inputs
                .times
                .iter()
                .map(|&t| {
                    let dt = t - previous;
                    previous = t;
                    let z: f64 = StandardNormal.sample(&mut rng);
                    x += (r - q - 0.5 * s * s) * dt + s * dt.sqrt() * z;
                    x.exp()
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(times: &[f64]) -> SimulationInputs<'_> {
        SimulationInputs {
            spot: 1_000.0,
            strike: 1_000.0,
            volatility: 0.4,
            risk_free_rate: 0.02,
            dividend_yield: 0.01,
            times,
            conditions: &[],
            performance: None,
            early_exercise: None,
        }
    }

    /// Under the model ln S_T ~ N(ln S_0 + (r − q − σ²/2)T, σ²T): with r = 2 %, q = 1 %,
    /// σ = 40 % and T = 2, the mean is ln 1000 + (0.02 − 0.01 − 0.08) × 2 = ln 1000 −
    /// 0.14 and the variance 0.16 × 2 = 0.32. Over 20,000 paths the sample mean is
    /// within 4 standard errors (4 × √(0.32 / 20,000) = 0.016) of it, and the sample
    /// variance within 4 of its own (≈ 0.32 × √(2 / 20,000) = 0.0032 each).
    #[test]
    fn the_last_close_has_the_lognormal_law() {
        // Weekly closes over two years, with one long gap (a holiday week).
        let mut times: Vec<f64> = (1..=104).map(|w| w as f64 * 7.0 / 365.0).collect();
        times.retain(|t| (*t - 0.5).abs() > 0.02);
        let t = *times.last().unwrap();
        let paths = sample_paths(&inputs(&times), 7, 20_000);
        assert_eq!(paths.len(), 20_000);
        assert!(paths.iter().all(|p| p.len() == times.len()));
        let logs: Vec<f64> = paths.iter().map(|p| p[p.len() - 1].ln()).collect();
        let n = logs.len() as f64;
        let mean = logs.iter().sum::<f64>() / n;
        let variance = logs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
        let expected_mean = 1_000f64.ln() + (0.02 - 0.01 - 0.5 * 0.16) * t;
        let expected_variance = 0.16 * t;
        let se_mean = (expected_variance / n).sqrt();
        let se_variance = expected_variance * (2.0 / (n - 1.0)).sqrt();
        assert!(
            (mean - expected_mean).abs() < 4.0 * se_mean,
            "mean {mean} vs {expected_mean} (se {se_mean})"
        );
        assert!(
            (variance - expected_variance).abs() < 4.0 * se_variance,
            "variance {variance} vs {expected_variance} (se {se_variance})"
        );
    }

    /// The same seed gives the same paths; another seed, others.
    #[test]
    fn a_seed_gives_the_same_paths() {
        let times = [0.1, 0.2, 0.3];
        let a = sample_paths(&inputs(&times), 11, 5);
        assert_eq!(a, sample_paths(&inputs(&times), 11, 5));
        assert_ne!(a, sample_paths(&inputs(&times), 12, 5));
    }

    #[test]
    fn inputs_that_cannot_be_simulated_give_no_paths() {
        let times = [0.1];
        let mut bad = inputs(&times);
        bad.volatility = 0.0;
        assert!(sample_paths(&bad, 1, 3).is_empty());
        assert!(sample_paths(&inputs(&[]), 1, 3).is_empty());
    }
}

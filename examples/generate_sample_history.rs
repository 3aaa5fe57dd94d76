//! Generates the bundled SYNTHETIC price history (no real IIJ closes can be bundled).
//!
//! A seeded geometric Brownian motion on TSE business days from 2005-12-02 (IIJ's TSE
//! listing) to 2013-07-11, bridged so that the close on 2013-07-10 is the notice's base
//! price of 3,450 yen. Closes before the 1:200 split of 2012-10-01 are quoted per
//! pre-split share (× 200, rounded to 100 yen), as a real download would show them.
//!
//! Rerun: `cargo run --example generate_sample_history > assets/prices/iij-2005-2013-synthetic.csv`
//! The same seed always gives the same file.

use chrono::NaiveDate;
use offering_desk::domain::calendar::business_days_between;

/// SplitMix64: tiny, well-known, and fully determined by its seed.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in (0, 1].
    fn uniform(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 1.0) / (1u64 << 53) as f64
    }
    /// Standard normal by Box–Muller.
    fn normal(&mut self) -> f64 {
        let (u1, u2) = (self.uniform(), self.uniform());
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    }
}

const SEED: u64 = 20_130_710;
const ANNUAL_VOLATILITY: f64 = 0.42;
const START_PRICE: f64 = 2_600.0; // split-adjusted yen
const BASE_PRICE: f64 = 3_450.0; // notice: close on the calculation date 2013-07-10

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid constant date")
}

fn main() {
    let days = business_days_between(date(2005, 12, 2), date(2013, 7, 11))
        .expect("the range is inside the TSE calendar");
    let anchor = days
        .iter()
        .position(|d| *d == date(2013, 7, 10))
        .expect("2013-07-10 is a business day");
    let split = date(2012, 10, 1);

    let mut rng = SplitMix64(SEED);
    let step_sd = ANNUAL_VOLATILITY / 252f64.sqrt();
    let mut log_path = vec![0.0f64; days.len()];
    for i in 1..days.len() {
        log_path[i] = log_path[i - 1] + step_sd * rng.normal() - 0.5 * step_sd * step_sd;
    }
    // Brownian bridge: tilt the path linearly so it ends at the base price on the anchor.
    let target = (BASE_PRICE / START_PRICE).ln();
    let correction = target - log_path[anchor];
    println!("Date,Close");
    for (i, d) in days.iter().enumerate() {
        let t = (i.min(anchor)) as f64 / anchor as f64;
        let adjusted = START_PRICE * (log_path[i] + correction * t).exp();
        let quoted = if *d < split {
            (adjusted * 200.0 / 100.0).round() * 100.0
        } else {
            adjusted.round()
        };
        println!("{},{}", d, quoted as u64);
    }
}

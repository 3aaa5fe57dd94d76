//! Historical volatility of a share-price series: the σ input of option valuation.
//!
//! The steps follow the design brief: validate the closes, undo share splits and
//! consolidations, cut the series to the window, sample weekly (or daily), take log
//! returns between consecutive samples, and annualise their sample standard deviation.
//!
//! Statistics run in `f64`: this is an estimate, not money. Every bad input is a
//! [`FieldError`]; nothing here panics or returns NaN/∞ for any input.

use chrono::{Datelike, NaiveDate};

use super::{FieldError, Message};

const CLOSES: &str = "price_history.closes";
const SPLITS: &str = "price_history.splits";

/// How often the series is sampled before taking returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    /// Every close in the series.
    Daily,
    /// The last close of each ISO (Monday–Sunday) week.
    Weekly,
}

impl Frequency {
    /// Periods in a year used to annualise: 252 trading days or 52 weeks.
    pub fn periods_per_year(self) -> f64 {
        match self {
            Frequency::Daily => 252.0,
            Frequency::Weekly => 52.0,
        }
    }

    /// Lower-case name for messages and labels.
    pub fn label(self) -> &'static str {
        match self {
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
        }
    }

    /// What one sample is, as a message selector ("daily", "weekly").
    fn sample_key(self) -> &'static str {
        match self {
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
        }
    }
}

/// One closing price. Dates in a series must be strictly increasing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Close {
    pub date: NaiveDate,
    pub close: f64,
}

/// A split or consolidation. `ratio` is new shares per old share: a 1:200 split is
/// 200, a 2:1 consolidation is 0.5. Closes dated before `effective_date` are divided
/// by it so that the series is comparable across the event.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SplitEvent {
    pub effective_date: NaiveDate,
    pub ratio: f64,
}

/// Inclusive date window; `None` means the start or end of the series.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VolatilityWindow {
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
}

impl VolatilityWindow {
    /// The whole series.
    pub const ALL: VolatilityWindow = VolatilityWindow {
        start: None,
        end: None,
    };
}

/// The estimate and the numbers behind it, so the UI can show its working.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VolatilityResult {
    pub frequency: Frequency,
    /// Date of the first sample used.
    pub first_date: NaiveDate,
    /// Date of the last sample used.
    pub last_date: NaiveDate,
    pub samples: usize,
    pub returns: usize,
    /// Mean log return per period.
    pub mean_return: f64,
    /// Sample standard deviation (n − 1) of the log returns per period.
    pub stdev_per_period: f64,
    pub periods_per_year: f64,
    /// `stdev_per_period × √periods_per_year`.
    pub annualized: f64,
}

/// Checks that dates strictly increase and closes are positive and finite, naming the
/// first bad row: everything downstream (binary search, log returns) relies on it.
pub fn validate_closes(closes: &[Close]) -> Result<(), FieldError> {
    let mut previous: Option<NaiveDate> = None;
    for (i, c) in closes.iter().enumerate() {
        if !(c.close.is_finite() && c.close > 0.0) {
            return Err(FieldError::new(
                format!("{CLOSES}[{i}].close"),
                Message::id("err-close-positive")
                    .with("close", number_text(c.close))
                    .with("date", c.date),
            ));
        }
        if let Some(prev) = previous
            && c.date <= prev
        {
            return Err(FieldError::new(
                format!("{CLOSES}[{i}].date"),
                Message::id("err-dates-increasing")
                    .with("date", c.date)
                    .with("previous", prev)
                    .with("row", i - 1),
            ));
        }
        previous = Some(c.date);
    }
    Ok(())
}

/// Cumulative split factors: `factor_after(i)` is the product of the ratios of the
/// sorted events `i..`, i.e. what a close dated before event `i` is divided by.
struct SplitFactors {
    /// Effective dates, ascending.
    dates: Vec<NaiveDate>,
    /// `suffix[i]` = product of ratios of events `i..`; `suffix[len] = 1`.
    suffix: Vec<f64>,
}

impl SplitFactors {
    fn new(splits: &[SplitEvent]) -> Result<Self, FieldError> {
        for (i, s) in splits.iter().enumerate() {
            if !(s.ratio.is_finite() && s.ratio > 0.0) {
                return Err(FieldError::new(
                    format!("{SPLITS}[{i}].ratio"),
                    Message::id("err-split-ratio-got").with("ratio", number_text(s.ratio)),
                ));
            }
        }
        let mut sorted: Vec<SplitEvent> = splits.to_vec();
        sorted.sort_by_key(|s| s.effective_date);
        let mut suffix = vec![1.0; sorted.len() + 1];
        for i in (0..sorted.len()).rev() {
            let product = suffix[i + 1] * sorted[i].ratio;
            if !(product.is_finite() && product > 0.0) {
                return Err(FieldError::new(SPLITS, Message::id("err-splits-combined")));
            }
            suffix[i] = product;
        }
        Ok(Self {
            dates: sorted.iter().map(|s| s.effective_date).collect(),
            suffix,
        })
    }

    /// Index of the first event strictly after `date`.
    fn first_after(&self, date: NaiveDate) -> usize {
        self.dates.partition_point(|d| *d <= date)
    }
}

/// Walks closes in date order and yields split-adjusted closes without allocating.
struct Adjuster<'a> {
    factors: &'a SplitFactors,
    next_event: usize,
}

impl<'a> Adjuster<'a> {
    fn starting_at(factors: &'a SplitFactors, date: NaiveDate) -> Self {
        Self {
            factors,
            next_event: factors.first_after(date),
        }
    }

    /// Adjusted close; `index` is the row in the caller's series, for the error.
    fn adjust(&mut self, c: &Close, index: usize) -> Result<f64, FieldError> {
        let dates = &self.factors.dates;
        while self.next_event < dates.len() && dates[self.next_event] <= c.date {
            self.next_event += 1;
        }
        let adjusted = c.close / self.factors.suffix[self.next_event];
        if adjusted.is_finite() && adjusted > 0.0 {
            Ok(adjusted)
        } else {
            Err(FieldError::new(
                format!("{CLOSES}[{index}].close"),
                Message::id("err-close-after-splits")
                    .with("close", number_text(c.close))
                    .with("date", c.date)
                    .with("splits", SPLITS),
            ))
        }
    }
}

/// Divides every close dated before a split's effective date by its ratio
/// (cumulatively), so that a 1:200 split does not look like a 99.5 % crash.
pub fn adjust_for_splits(
    closes: &[Close],
    splits: &[SplitEvent],
) -> Result<Vec<Close>, FieldError> {
    validate_closes(closes)?;
    let factors = SplitFactors::new(splits)?;
    let Some(first) = closes.first() else {
        return Ok(Vec::new());
    };
    let mut adjuster = Adjuster::starting_at(&factors, first.date);
    let mut out = Vec::with_capacity(closes.len());
    for (i, c) in closes.iter().enumerate() {
        out.push(Close {
            date: c.date,
            close: adjuster.adjust(c, i)?,
        });
    }
    Ok(out)
}

/// Groups dates into Monday–Sunday weeks. A new week starts when a date leaves the
/// current week's range; comparing dates is much cheaper than computing an ISO week
/// for every close, which matters on a million-row series.
struct WeekTracker {
    monday: NaiveDate,
    sunday: NaiveDate,
}

impl WeekTracker {
    fn containing(date: NaiveDate) -> Self {
        let offset = u64::from(date.weekday().num_days_from_monday());
        // Near NaiveDate::MIN/MAX the arithmetic can fail; clamping keeps it total.
        let monday = date
            .checked_sub_days(chrono::Days::new(offset))
            .unwrap_or(NaiveDate::MIN);
        let sunday = date
            .checked_add_days(chrono::Days::new(6 - offset))
            .unwrap_or(NaiveDate::MAX);
        Self { monday, sunday }
    }

    fn contains(&self, date: NaiveDate) -> bool {
        self.monday <= date && date <= self.sunday
    }
}

/// Calls `emit` with each sample of `closes` (assumed in date order): every close for
/// daily, the last close present in each Monday–Sunday week for weekly.
fn for_each_sample<E>(
    closes: &[Close],
    frequency: Frequency,
    mut emit: impl FnMut(usize, &Close) -> Result<(), E>,
) -> Result<(), E> {
    match frequency {
        Frequency::Daily => {
            for (i, c) in closes.iter().enumerate() {
                emit(i, c)?;
            }
        }
        Frequency::Weekly => {
            let Some(first) = closes.first() else {
                return Ok(());
            };
            let mut week = WeekTracker::containing(first.date);
            let mut pending = 0usize;
            for (i, c) in closes.iter().enumerate().skip(1) {
                if !week.contains(c.date) {
                    emit(pending, &closes[pending])?;
                    week = WeekTracker::containing(c.date);
                }
                pending = i;
            }
            emit(pending, &closes[pending])?;
        }
    }
    Ok(())
}

/// Samples a date-ordered series: every close (daily) or the close on the last
/// trading day present in each ISO Monday–Sunday week (weekly). Apply the window
/// first, so a week cut by the window contributes its last close inside it.
pub fn sample(closes: &[Close], frequency: Frequency) -> Vec<Close> {
    let mut out = Vec::new();
    let _ = for_each_sample::<()>(closes, frequency, |_, c| {
        out.push(*c);
        Ok(())
    });
    out
}

/// Welford's running mean and sum of squared deviations: one pass, no allocation,
/// and none of the cancellation of sum-of-squares minus square-of-sum.
#[derive(Default)]
struct Welford {
    n: usize,
    mean: f64,
    m2: f64,
}

impl Welford {
    fn push(&mut self, x: f64) {
        self.n += 1;
        let delta = x - self.mean;
        self.mean += delta / self.n as f64;
        self.m2 += delta * (x - self.mean);
    }

    /// Sample variance (n − 1); callers ensure n ≥ 2.
    fn sample_variance(&self) -> f64 {
        (self.m2 / (self.n as f64 - 1.0)).max(0.0)
    }
}

/// Annualised historical volatility of `closes` over `window`, after split
/// adjustment, sampled at `frequency`.
///
/// The window is applied to the closes before sampling: no close before the start is
/// used, and a week cut by the end contributes its last close inside the window.
/// Runs in one pass after validation, without per-element allocation; the window
/// bounds are found by binary search.
pub fn historical_volatility(
    closes: &[Close],
    splits: &[SplitEvent],
    window: VolatilityWindow,
    frequency: Frequency,
) -> Result<VolatilityResult, FieldError> {
    validate_closes(closes)?;
    let factors = SplitFactors::new(splits)?;
    if let (Some(start), Some(end)) = (window.start, window.end)
        && start > end
    {
        return Err(FieldError::new(
            "price_history.window_start",
            Message::id("err-window-start-after-end")
                .with("end", end)
                .with("start", start),
        ));
    }

    let lo = window
        .start
        .map_or(0, |s| closes.partition_point(|c| c.date < s));
    let hi = window
        .end
        .map_or(closes.len(), |e| closes.partition_point(|c| c.date <= e));
    let in_window = closes.get(lo..hi).unwrap_or(&[]);

    let mut stats = Welford::default();
    let mut samples = 0usize;
    let mut first_date = None;
    let mut last: Option<(NaiveDate, f64)> = None;
    if let Some(first) = in_window.first() {
        let mut adjuster = Adjuster::starting_at(&factors, first.date);
        for_each_sample(in_window, frequency, |i, c| {
            let price = adjuster.adjust(c, lo + i)?;
            if let Some((_, previous)) = last {
                // ln of the ratio rather than a difference of logs: exact for small moves.
                stats.push((price / previous).ln());
            } else {
                first_date = Some(c.date);
            }
            last = Some((c.date, price));
            samples += 1;
            Ok(())
        })?;
    }

    let (Some(first_date), Some((last_date, _))) = (first_date, last) else {
        return Err(too_few(frequency, 0));
    };
    if stats.n < 2 {
        return Err(too_few(frequency, samples));
    }
    let stdev = stats.sample_variance().sqrt();
    let periods_per_year = frequency.periods_per_year();
    let annualized = stdev * periods_per_year.sqrt();
    if !(annualized.is_finite() && stats.mean.is_finite()) {
        // Unreachable for validated positive finite closes; kept so no NaN escapes.
        return Err(FieldError::new(
            CLOSES,
            Message::id("err-closes-too-extreme"),
        ));
    }
    Ok(VolatilityResult {
        frequency,
        first_date,
        last_date,
        samples,
        returns: stats.n,
        mean_return: stats.mean,
        stdev_per_period: stdev,
        periods_per_year,
        annualized,
    })
}

/// A double as a message quotes it: plainly ("3450.5"), or in scientific form when
/// plain digits would run to hundreds of places ("5e-324").
fn number_text(x: f64) -> String {
    if x != 0.0 && (x.abs() < 1e-6 || x.abs() >= 1e15) {
        format!("{x:e}")
    } else {
        x.to_string()
    }
}

fn too_few(frequency: Frequency, found: usize) -> FieldError {
    FieldError::new(
        "price_history.window_start",
        Message::id("err-too-few-samples")
            .with("frequency", frequency.sample_key())
            .with("found", found),
    )
}

/// Annualised σ of the last `returns_per_window` log returns ending at each sample
/// (52 weekly returns for the chart), as `(date of that sample, σ)`.
///
/// O(n): the window's mean and sum of squared deviations are slid one return at a
/// time with the fixed-size Welford update, which avoids the catastrophic
/// cancellation of running Σx and Σx². Rounding still drifts slowly, so the sums are
/// recomputed exactly (two-pass) once every window length, which keeps the error at
/// one window's worth while costing O(1) amortised per sample.
///
/// Returns nothing for fewer than 2 returns per window. Windows touching a
/// non-positive or non-finite close are left out rather than reported as NaN.
pub fn rolling_volatility(
    samples: &[Close],
    returns_per_window: usize,
    frequency: Frequency,
) -> Vec<(NaiveDate, f64)> {
    let k = returns_per_window;
    if k < 2 || samples.len() <= k {
        return Vec::new();
    }
    let returns: Vec<Option<f64>> = samples
        .windows(2)
        .map(|w| {
            let r = (w[1].close / w[0].close).ln();
            (w[0].close > 0.0 && w[1].close > 0.0 && r.is_finite()).then_some(r)
        })
        .collect();
    let kf = k as f64;
    let scale = frequency.periods_per_year().sqrt();
    let mut out = Vec::with_capacity(returns.len() + 1 - k);
    let mut bad = returns[..k].iter().filter(|r| r.is_none()).count();
    // (mean, m2, slides since the last exact recomputation)
    let mut state: Option<(f64, f64, usize)> = None;

    for end in k..=returns.len() {
        if end > k {
            let outgoing = returns[end - k - 1];
            let incoming = returns[end - 1];
            bad = bad + usize::from(incoming.is_none()) - usize::from(outgoing.is_none());
            state = match (state, outgoing, incoming) {
                (Some((mean, m2, slides)), Some(y), Some(x)) if slides + 1 < k => {
                    let new_mean = mean + (x - y) / kf;
                    let new_m2 = m2 + (x - y) * (x - new_mean + y - mean);
                    Some((new_mean, new_m2.max(0.0), slides + 1))
                }
                _ => None,
            };
        }
        if bad > 0 {
            state = None;
            continue;
        }
        let (mean, m2, slides) = match state {
            Some(s) => s,
            None => exact(&returns[end - k..end]),
        };
        state = Some((mean, m2, slides));
        let sigma = (m2 / (kf - 1.0)).max(0.0).sqrt() * scale;
        if sigma.is_finite() {
            out.push((samples[end].date, sigma));
        }
    }
    out
}

/// Two-pass mean and sum of squared deviations of a window with no missing returns.
fn exact(window: &[Option<f64>]) -> (f64, f64, usize) {
    let n = window.len() as f64;
    let mean = window.iter().flatten().sum::<f64>() / n;
    let m2 = window
        .iter()
        .flatten()
        .map(|r| (r - mean) * (r - mean))
        .sum();
    (mean, m2, 0)
}

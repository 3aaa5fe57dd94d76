//! Splits and consolidations the closes show but the split list does not (or that the
//! list holds but the closes do not show), and whether two histories are the same
//! share's closes.
//!
//! An unadjusted 1:200 split reads as a 99.5 % crash and turns σ into nonsense, so the
//! app looks for day-to-day moves too large to be trading: a factor of
//! [`SUSPECT_FACTOR`] or more either way between consecutive closes, after the splits
//! already entered are applied. Each such move comes with the split ratio it suggests
//! (the nearest of [`PLAUSIBLE_RATIOS`] or a reciprocal), so one click can add it; a
//! move the user confirms as real is passed in `confirmed` and no longer reported.
//!
//! Pure and total: any input, including unsorted dates or non-positive closes, gives an
//! answer without panicking (bad pairs are skipped; validation reports them elsewhere).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::money::round_half_up;
use super::volatility::{Close, SplitEvent};

/// A move between consecutive closes by this factor or more, either way, looks like a
/// split or consolidation: down 44.4 % (× 1/1.8 ≈ 0.556) or up 80 % (× 1.8). A genuine
/// ±40 % day (× 0.6 or × 1.4) stays below it.
pub const SUSPECT_FACTOR: f64 = 1.8;

/// The split ratios (new shares per old share) a suggestion is rounded to. Japanese
/// issuers split 1:2 … 1:5 or 1:10, and many split 1:100 or 1:200 in the 2009–2014
/// move to 100-share trading units; consolidations are the reciprocals (a 10:1
/// consolidation is 0.1). A move is matched to the nearest of these in log terms,
/// so 203.9 (IIJ's 1:200 split on a day the price also rose 1.9 %) suggests 200.
pub const PLAUSIBLE_RATIOS: [u32; 12] = [2, 3, 4, 5, 10, 20, 25, 50, 100, 200, 500, 1000];

/// Decimals kept when a consolidation's ratio does not terminate (1/3 → 0.333333).
const RATIO_DP: u32 = 6;

/// A plausible split (`n` new shares per old) or consolidation (`n` old shares to one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SplitRatio {
    pub n: u32,
    pub consolidation: bool,
}

impl SplitRatio {
    /// New shares per old share: 200 for a 1:200 split, 0.5 for a 2:1 consolidation.
    pub fn value(self) -> f64 {
        if self.consolidation {
            1.0 / f64::from(self.n)
        } else {
            f64::from(self.n)
        }
    }

    /// The ratio as the split list stores it; a non-terminating reciprocal is rounded
    /// half up to 6 decimals (1/3 → 0.333333, which moves a close by 1 part in a million).
    pub fn as_decimal(self) -> Decimal {
        let n = Decimal::from(self.n);
        if self.consolidation {
            round_half_up(Decimal::ONE / n, RATIO_DP).normalize()
        } else {
            n
        }
    }

    /// "1:200 split" or "2:1 consolidation".
    pub fn describe(self) -> String {
        if self.consolidation {
            format!("{}:1 consolidation", self.n)
        } else {
            format!("1:{} split", self.n)
        }
    }

    /// The plausible ratio nearest to `implied` (new shares per old share) in log terms;
    /// `None` for a non-positive or non-finite input.
    pub fn nearest(implied: f64) -> Option<SplitRatio> {
        if !(implied.is_finite() && implied > 0.0) {
            return None;
        }
        let consolidation = implied < 1.0;
        let target = if consolidation {
            1.0 / implied
        } else {
            implied
        }
        .ln();
        PLAUSIBLE_RATIOS
            .iter()
            .min_by(|a, b| {
                let da = (f64::from(**a).ln() - target).abs();
                let db = (f64::from(**b).ln() - target).abs();
                da.total_cmp(&db)
            })
            .map(|&n| SplitRatio { n, consolidation })
    }
}

/// True when a factor (a ratio of closes) is at least [`SUSPECT_FACTOR`] either way.
/// The comparison allows 1e-12 in log terms, so that 1/1.8, which rounds in binary,
/// counts exactly as 1.8 does.
pub fn is_large_move(factor: f64) -> bool {
    factor.is_finite() && factor > 0.0 && factor.ln().abs() >= SUSPECT_FACTOR.ln() - 1e-12
}

/// A day-to-day move that looks like a split or consolidation not (rightly) adjusted for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SuspectedSplit {
    /// The first close after the move: the effective date a split would have.
    pub date: NaiveDate,
    pub previous_date: NaiveDate,
    /// The two closes as recorded (before any adjustment).
    pub previous_close: f64,
    pub close: f64,
    /// Previous close ÷ close as recorded: the ratio that alone would explain the move
    /// (≈ 203.87 on 2012-10-01 for the sample without its split).
    pub implied_ratio: f64,
    /// Product of the ratios already entered with an effective date in
    /// (`previous_date`, `date`]; 1 when none is.
    pub entered_ratio: f64,
    /// What the entered ratios leave: `implied_ratio ÷ entered_ratio`, a large move by
    /// construction.
    pub remaining_ratio: f64,
    /// The plausible ratio nearest `implied_ratio`; `None` when the recorded closes do
    /// not jump at all, i.e. the entered split is what makes the jump.
    pub suggested: Option<SplitRatio>,
}

impl SuspectedSplit {
    /// True when no split is entered across this move.
    pub fn unadjusted(&self) -> bool {
        self.entered_ratio == 1.0
    }
}

/// Valid split events sorted by date (invalid ratios are validation's business).
fn sorted_valid(splits: &[SplitEvent]) -> Vec<SplitEvent> {
    let mut v: Vec<SplitEvent> = splits
        .iter()
        .copied()
        .filter(|s| s.ratio.is_finite() && s.ratio > 0.0)
        .collect();
    v.sort_by_key(|s| s.effective_date);
    v
}

/// Every move between consecutive closes that is still large once the entered splits
/// are applied, except those dated in `confirmed` (moves the user confirmed as real).
/// One pass over the closes.
pub fn suspected_splits(
    closes: &[Close],
    splits: &[SplitEvent],
    confirmed: &[NaiveDate],
) -> Vec<SuspectedSplit> {
    let events = sorted_valid(splits);
    let mut confirmed = confirmed.to_vec();
    confirmed.sort_unstable();
    let mut next_event = 0usize;
    let mut out = Vec::new();
    for pair in closes.windows(2) {
        let (prev, cur) = (pair[0], pair[1]);
        // Events on or before the earlier close change nothing between these two.
        while next_event < events.len() && events[next_event].effective_date <= prev.date {
            next_event += 1;
        }
        let mut entered = 1.0;
        let mut k = next_event;
        while k < events.len() && events[k].effective_date <= cur.date {
            entered *= events[k].ratio;
            k += 1;
        }
        let valid = |c: &Close| c.close.is_finite() && c.close > 0.0;
        if cur.date <= prev.date || !valid(&prev) || !valid(&cur) {
            continue;
        }
        let implied = prev.close / cur.close;
        let remaining = implied / entered;
        if !is_large_move(remaining) || confirmed.binary_search(&cur.date).is_ok() {
            continue;
        }
        out.push(SuspectedSplit {
            date: cur.date,
            previous_date: prev.date,
            previous_close: prev.close,
            close: cur.close,
            implied_ratio: implied,
            entered_ratio: entered,
            remaining_ratio: remaining,
            suggested: if is_large_move(implied) {
                SplitRatio::nearest(implied)
            } else {
                None
            },
        });
    }
    out
}

/// How an entered split fits a history's closes, judged on its own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SplitFit {
    /// No close on one side of the effective date: the split changes no return.
    OutsideData,
    /// The closes jump across the date by about the ratio: adjusting leaves an
    /// ordinary move. `implied_ratio` = last close before ÷ first close from the date.
    Matches { implied_ratio: f64 },
    /// The closes move normally there: applying the ratio would create a jump.
    NoJump { implied_ratio: f64 },
    /// The closes jump, but by another ratio.
    Differs {
        implied_ratio: f64,
        suggested: Option<SplitRatio>,
    },
}

/// Whether `split` matches what `closes` (sorted by date) do across its effective date.
pub fn split_fit(closes: &[Close], split: SplitEvent) -> SplitFit {
    let i = closes.partition_point(|c| c.date < split.effective_date);
    let (Some(before), Some(after)) = (i.checked_sub(1).and_then(|j| closes.get(j)), closes.get(i))
    else {
        return SplitFit::OutsideData;
    };
    if !(before.close > 0.0 && after.close > 0.0) {
        return SplitFit::OutsideData;
    }
    let implied_ratio = before.close / after.close;
    if !is_large_move(implied_ratio / split.ratio) {
        SplitFit::Matches { implied_ratio }
    } else if !is_large_move(implied_ratio) {
        SplitFit::NoJump { implied_ratio }
    } else {
        SplitFit::Differs {
            implied_ratio,
            suggested: SplitRatio::nearest(implied_ratio),
        }
    }
}

/// Two closes on the same date agree when they differ by at most this fraction
/// (vendors round differently; another share's closes differ by far more).
pub const AGREEMENT_TOLERANCE: f64 = 0.005;
/// Fewer shared dates than this prove nothing either way.
pub const MIN_SHARED_DATES: usize = 5;
/// The share of shared dates that must agree for the histories to be the same closes.
pub const MIN_AGREEING_SHARE: f64 = 0.95;

/// How a new history compares with the one loaded, on the dates both have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceComparison {
    pub shared_dates: usize,
    /// Shared dates whose closes agree within [`AGREEMENT_TOLERANCE`].
    pub agreeing: usize,
}

impl SourceComparison {
    /// The same share's closes as recorded: at least [`MIN_SHARED_DATES`] shared dates
    /// and at least 95 % of them agreeing. A file already adjusted for a split, another
    /// share, or no overlap at all is not.
    pub fn same_source(&self) -> bool {
        self.shared_dates >= MIN_SHARED_DATES
            && self.agreeing as f64 >= MIN_AGREEING_SHARE * self.shared_dates as f64
    }
}

/// Compares two date-sorted histories on their shared dates (a merge walk).
pub fn compare_sources(loaded: &[Close], new: &[Close]) -> SourceComparison {
    let (mut i, mut j) = (0, 0);
    let mut result = SourceComparison {
        shared_dates: 0,
        agreeing: 0,
    };
    while i < loaded.len() && j < new.len() {
        let (a, b) = (loaded[i], new[j]);
        match a.date.cmp(&b.date) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                result.shared_dates += 1;
                if a.close > 0.0 && (b.close / a.close - 1.0).abs() <= AGREEMENT_TOLERANCE {
                    result.agreeing += 1;
                }
                i += 1;
                j += 1;
            }
        }
    }
    result
}

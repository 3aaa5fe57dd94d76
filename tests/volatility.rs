//! Historical volatility against hand-checked values (derivations in comments;
//! numbers cross-checked with Python's `statistics.stdev`, which divides by n − 1).

use chrono::{Datelike, NaiveDate, Weekday};
use offering_desk::domain::volatility::{
    Close, Frequency, SplitEvent, VolatilityWindow, adjust_for_splits, historical_volatility,
    rolling_volatility, sample,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn series(rows: &[(NaiveDate, f64)]) -> Vec<Close> {
    rows.iter()
        .map(|&(date, close)| Close { date, close })
        .collect()
}

fn assert_close(actual: f64, expected: f64, tol: f64) {
    assert!(
        (actual - expected).abs() <= tol,
        "expected {expected}, got {actual} (diff {})",
        (actual - expected).abs()
    );
}

const ALL: VolatilityWindow = VolatilityWindow::ALL;

fn window(start: Option<NaiveDate>, end: Option<NaiveDate>) -> VolatilityWindow {
    VolatilityWindow { start, end }
}

/// Fridays 2013-01-04 … 2013-01-25 closing 100, 110, 99, 108.9.
fn four_fridays() -> Vec<Close> {
    series(&[
        (d(2013, 1, 4), 100.0),
        (d(2013, 1, 11), 110.0),
        (d(2013, 1, 18), 99.0),
        (d(2013, 1, 25), 108.9),
    ])
}

#[test]
fn frequency_constants() {
    assert_eq!(Frequency::Daily.periods_per_year(), 252.0);
    assert_eq!(Frequency::Weekly.periods_per_year(), 52.0);
    assert_eq!(Frequency::Daily.label(), "daily");
    assert_eq!(Frequency::Weekly.label(), "weekly");
}

#[test]
fn small_weekly_series_matches_hand_calculation() {
    // Returns a = ln 1.1, b = ln 0.9, a. Mean m = (2a + b)/3, deviations (a−b)/3 twice
    // and −2(a−b)/3 once: Σdev² = 6(a−b)²/9, sample variance = (a−b)²/3,
    // σ_week = ln(1.1/0.9)/√3 = 0.11585728004354241, × √52 = 0.8354587276655658.
    let r = historical_volatility(&four_fridays(), &[], ALL, Frequency::Weekly).unwrap();
    assert_eq!(r.frequency, Frequency::Weekly);
    assert_eq!(r.samples, 4);
    assert_eq!(r.returns, 3);
    assert_eq!(r.first_date, d(2013, 1, 4));
    assert_eq!(r.last_date, d(2013, 1, 25));
    assert_eq!(r.periods_per_year, 52.0);
    // (2 ln 1.1 + ln 0.9)/3
    assert_close(r.mean_return, 0.028419947983607863, 1e-12);
    assert_close(r.stdev_per_period, 0.11585728004354241, 1e-12);
    assert_close(r.annualized, 0.8354587276655658, 1e-12);
    assert_close(
        r.annualized,
        (1.1f64 / 0.9).ln() / 3f64.sqrt() * 52f64.sqrt(),
        1e-12,
    );
}

#[test]
fn daily_frequency_annualises_by_sqrt_252() {
    // Same four closes on consecutive trading days, daily: σ = 0.11585728004354241 × √252
    // = 1.8391773034294787.
    let closes = series(&[
        (d(2013, 1, 7), 100.0),
        (d(2013, 1, 8), 110.0),
        (d(2013, 1, 9), 99.0),
        (d(2013, 1, 10), 108.9),
    ]);
    let r = historical_volatility(&closes, &[], ALL, Frequency::Daily).unwrap();
    assert_eq!(r.samples, 4);
    assert_eq!(r.periods_per_year, 252.0);
    assert_close(r.stdev_per_period, 0.11585728004354241, 1e-12);
    assert_close(r.annualized, 1.8391773034294787, 1e-12);
    // Weekly sampling of the same four days is one sample: too few.
    let err = historical_volatility(&closes, &[], ALL, Frequency::Weekly).unwrap_err();
    assert_eq!(err.field, "price_history.window_start");
    assert!(err.message().contains("found 1"), "{}", err.message());
}

/// Four weeks of daily closes exercising the week rules:
/// week of 03-04: Mon–Thu, Friday 03-08 a holiday → sample Thu 03-07 = 103;
/// week of 03-11: one trading day, Wed 03-13 = 105;
/// week of 03-18: Mon 104, Fri 108 → 108;
/// week of 03-25: Mon 110, Thu 107, Fri 111 → 111.
fn march_2013() -> Vec<Close> {
    series(&[
        (d(2013, 3, 4), 100.0),
        (d(2013, 3, 5), 101.0),
        (d(2013, 3, 6), 102.0),
        (d(2013, 3, 7), 103.0),
        (d(2013, 3, 13), 105.0),
        (d(2013, 3, 18), 104.0),
        (d(2013, 3, 22), 108.0),
        (d(2013, 3, 25), 110.0),
        (d(2013, 3, 28), 107.0),
        (d(2013, 3, 29), 111.0),
    ])
}

#[test]
fn weekly_sample_takes_last_close_of_each_week() {
    let s = sample(&march_2013(), Frequency::Weekly);
    let got: Vec<(NaiveDate, f64)> = s.iter().map(|c| (c.date, c.close)).collect();
    assert_eq!(
        got,
        vec![
            (d(2013, 3, 7), 103.0),  // holiday Friday: Thursday's close
            (d(2013, 3, 13), 105.0), // a week with one trading day
            (d(2013, 3, 22), 108.0),
            (d(2013, 3, 29), 111.0),
        ]
    );
    assert_eq!(sample(&march_2013(), Frequency::Daily), march_2013());
    assert!(sample(&[], Frequency::Weekly).is_empty());

    // Returns ln(105/103), ln(108/105), ln(111/108); Python stdev × √52 = 0.035719914985032915.
    let r = historical_volatility(&march_2013(), &[], ALL, Frequency::Weekly).unwrap();
    assert_eq!(r.samples, 4);
    assert_eq!(r.first_date, d(2013, 3, 7));
    assert_close(r.annualized, 0.035719914985032915, 1e-12);

    // Daily over all ten closes: Python stdev of the nine log returns × √252.
    let r = historical_volatility(&march_2013(), &[], ALL, Frequency::Daily).unwrap();
    assert_eq!(r.samples, 10);
    assert_close(r.annualized, 0.3279914814637221, 1e-12);
}

#[test]
fn window_ending_on_thursday_counts_that_close() {
    // End Thu 2013-03-28: the last week is cut, its sample is Thursday's 107, not
    // Friday's 111. Samples 103, 105, 108, 107 → stdev × √52 = 0.1411343762018026.
    let w = window(None, Some(d(2013, 3, 28)));
    let r = historical_volatility(&march_2013(), &[], w, Frequency::Weekly).unwrap();
    assert_eq!(r.last_date, d(2013, 3, 28));
    assert_eq!(r.samples, 4);
    assert_close(r.annualized, 0.1411343762018026, 1e-12);
}

#[test]
fn window_starting_mid_week_uses_no_earlier_close() {
    // Start Wed 2013-03-06: the first week's sample is still Thu 03-07 (inside).
    let w = window(Some(d(2013, 3, 6)), None);
    let r = historical_volatility(&march_2013(), &[], w, Frequency::Weekly).unwrap();
    assert_eq!(r.first_date, d(2013, 3, 7));
    assert_close(r.annualized, 0.035719914985032915, 1e-12);

    // Start Fri 2013-03-08 (a holiday): Thursday's close is before the window, so that
    // week contributes nothing. Samples 105, 108, 111:
    // returns ln(108/105), ln(111/108) → stdev × √52 = 0.003935947330585483.
    let w = window(Some(d(2013, 3, 8)), None);
    let r = historical_volatility(&march_2013(), &[], w, Frequency::Weekly).unwrap();
    assert_eq!(r.first_date, d(2013, 3, 13));
    assert_eq!(r.samples, 3);
    assert_close(r.annualized, 0.003935947330585483, 1e-12);

    // Start Tue 03-26 daily: closes 107, 111 only → too few.
    let w = window(Some(d(2013, 3, 26)), None);
    let err = historical_volatility(&march_2013(), &[], w, Frequency::Daily).unwrap_err();
    assert_eq!(err.field, "price_history.window_start");
    assert!(err.message().contains("found 2"), "{}", err.message());
}

#[test]
fn iso_weeks_span_the_year_boundary() {
    // Monday 2012-12-31 is in ISO week 2013-W01 with Friday 2013-01-04.
    assert_eq!(d(2012, 12, 31).iso_week().week(), 1);
    let closes = series(&[
        (d(2012, 12, 27), 200.0),
        (d(2012, 12, 28), 202.0),
        (d(2012, 12, 31), 204.0),
        (d(2013, 1, 4), 206.0),
        (d(2013, 1, 7), 203.0),
        (d(2013, 1, 11), 210.0),
    ]);
    let s = sample(&closes, Frequency::Weekly);
    let dates: Vec<NaiveDate> = s.iter().map(|c| c.date).collect();
    assert_eq!(dates, vec![d(2012, 12, 28), d(2013, 1, 4), d(2013, 1, 11)]);
    // Samples 202, 206, 210 → stdev × √52 = 0.001922888497792557.
    let r = historical_volatility(&closes, &[], ALL, Frequency::Weekly).unwrap();
    assert_close(r.annualized, 0.001922888497792557, 1e-12);
}

/// IIJ-like weekly series around the 2012-10-01 1:200 split (a Monday).
fn split_fixture() -> (Vec<Close>, Vec<Close>, SplitEvent) {
    let dates = [
        d(2012, 9, 7),
        d(2012, 9, 14),
        d(2012, 9, 21),
        d(2012, 9, 28),
        d(2012, 10, 5),
        d(2012, 10, 12),
        d(2012, 10, 19),
    ];
    // Post-split-equivalent prices (yen per new share).
    let unsplit = [3150.0, 3210.0, 3080.0, 3175.0, 3240.0, 3105.0, 3190.0];
    let split = SplitEvent {
        effective_date: d(2012, 10, 1),
        ratio: 200.0,
    };
    let adjusted: Vec<Close> = dates
        .iter()
        .zip(unsplit)
        .map(|(&date, close)| Close { date, close })
        .collect();
    let raw: Vec<Close> = adjusted
        .iter()
        .map(|c| Close {
            date: c.date,
            close: if c.date < split.effective_date {
                c.close * 200.0
            } else {
                c.close
            },
        })
        .collect();
    (raw, adjusted, split)
}

#[test]
fn split_adjustment_recovers_the_unsplit_series() {
    let (raw, unsplit, split) = split_fixture();
    let adjusted = adjust_for_splits(&raw, &[split]).unwrap();
    for (a, u) in adjusted.iter().zip(&unsplit) {
        assert_eq!(a.date, u.date);
        assert_close(a.close, u.close, 1e-9);
    }
    let with = historical_volatility(&raw, &[split], ALL, Frequency::Weekly).unwrap();
    let reference = historical_volatility(&unsplit, &[], ALL, Frequency::Weekly).unwrap();
    assert_close(with.annualized, reference.annualized, 1e-12);
    assert!(reference.annualized < 0.5, "{}", reference.annualized);

    // Unadjusted, the split looks like a ln(1/200) ≈ −5.3 weekly return.
    let without = historical_volatility(&raw, &[], ALL, Frequency::Weekly).unwrap();
    assert!(
        without.annualized > 10.0 * reference.annualized,
        "{} vs {}",
        without.annualized,
        reference.annualized
    );
}

#[test]
fn splits_apply_cumulatively_and_only_before_the_effective_date() {
    let closes = series(&[
        (d(2010, 1, 4), 1000.0),
        (d(2011, 1, 4), 600.0),
        (d(2012, 1, 4), 50.0),
        (d(2013, 1, 4), 48.0),
    ]);
    let splits = [
        // Given out of order on purpose.
        SplitEvent {
            effective_date: d(2012, 1, 4),
            ratio: 10.0,
        },
        SplitEvent {
            effective_date: d(2011, 1, 1),
            ratio: 0.5, // 2:1 consolidation
        },
    ];
    let adjusted = adjust_for_splits(&closes, &splits).unwrap();
    let got: Vec<f64> = adjusted.iter().map(|c| c.close).collect();
    // 1000 / (0.5 × 10) = 200; 600 / 10 = 60; 50 is on the effective date: unchanged.
    assert_eq!(got, vec![200.0, 60.0, 50.0, 48.0]);
    assert_eq!(adjust_for_splits(&[], &splits).unwrap(), vec![]);
}

#[test]
fn rolling_volatility_matches_historical_on_each_trailing_window() {
    // Deterministic pseudo-random walk on weekdays with some holidays removed.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        ((state >> 11) as f64) / ((1u64 << 53) as f64)
    };
    let mut closes = Vec::new();
    let mut date = d(2005, 12, 1);
    let mut price = 500_000.0;
    while closes.len() < 2000 {
        let holiday = next() < 0.05;
        if date.weekday() != Weekday::Sat && date.weekday() != Weekday::Sun && !holiday {
            price *= (0.03 * (next() - 0.5)).exp();
            closes.push(Close { date, close: price });
        }
        date = date.succ_opt().unwrap();
    }

    for (frequency, k) in [(Frequency::Weekly, 52), (Frequency::Daily, 20)] {
        let samples = sample(&closes, frequency);
        let rolling = rolling_volatility(&samples, k, frequency);
        assert_eq!(rolling.len(), samples.len() - k);
        for (j, &(date, sigma)) in rolling.iter().enumerate() {
            let end = j + k;
            assert_eq!(date, samples[end].date);
            if j % 7 == 0 || j + 1 == rolling.len() {
                let w = window(Some(samples[end - k].date), Some(samples[end].date));
                let h = historical_volatility(&closes, &[], w, frequency).unwrap();
                assert_eq!(h.returns, k);
                assert_close(sigma, h.annualized, 1e-12);
            }
        }
    }
}

#[test]
fn rolling_volatility_edge_cases() {
    let s = sample(&march_2013(), Frequency::Daily);
    assert!(rolling_volatility(&s, 1, Frequency::Daily).is_empty());
    assert!(rolling_volatility(&s, 10, Frequency::Daily).is_empty());
    assert_eq!(rolling_volatility(&s, 9, Frequency::Daily).len(), 1);
    // A bad close drops every window that touches it instead of giving NaN.
    let mut bad = s.clone();
    bad[4].close = 0.0;
    let r = rolling_volatility(&bad, 2, Frequency::Daily);
    // Returns 3 and 4 touch row 4: windows ending at samples 4, 5 and 6 are dropped.
    let dates: Vec<NaiveDate> = r.iter().map(|(date, _)| *date).collect();
    let expected: Vec<NaiveDate> = [2, 3, 7, 8, 9].iter().map(|&i| s[i].date).collect();
    assert_eq!(dates, expected);
    assert!(r.iter().all(|(_, v)| v.is_finite()));
}

#[test]
fn bad_closes_name_the_row() {
    let mut unsorted = four_fridays();
    unsorted.swap(1, 2);
    let err = historical_volatility(&unsorted, &[], ALL, Frequency::Weekly).unwrap_err();
    assert_eq!(err.field, "price_history.closes[2].date");

    let mut duplicate = four_fridays();
    duplicate[1].date = duplicate[0].date;
    let err = adjust_for_splits(&duplicate, &[]).unwrap_err();
    assert_eq!(err.field, "price_history.closes[1].date");

    for bad in [0.0, -5.0, f64::NAN, f64::INFINITY] {
        let mut closes = four_fridays();
        closes[3].close = bad;
        let err = historical_volatility(&closes, &[], ALL, Frequency::Daily).unwrap_err();
        assert_eq!(err.field, "price_history.closes[3].close");
        assert!(err.message().contains("positive"), "{}", err.message());
    }
}

#[test]
fn bad_splits_name_the_event() {
    for bad in [0.0, -200.0, f64::NAN, f64::INFINITY] {
        let splits = [
            SplitEvent {
                effective_date: d(2013, 1, 10),
                ratio: 2.0,
            },
            SplitEvent {
                effective_date: d(2013, 1, 15),
                ratio: bad,
            },
        ];
        let err =
            historical_volatility(&four_fridays(), &splits, ALL, Frequency::Weekly).unwrap_err();
        assert_eq!(err.field, "price_history.splits[1].ratio");
        let err = adjust_for_splits(&four_fridays(), &splits).unwrap_err();
        assert_eq!(err.field, "price_history.splits[1].ratio");
    }
    // Ratios whose product overflows are refused, not turned into zero prices.
    let huge = [
        SplitEvent {
            effective_date: d(2013, 1, 10),
            ratio: 1e300,
        },
        SplitEvent {
            effective_date: d(2013, 1, 15),
            ratio: 1e300,
        },
    ];
    let err = adjust_for_splits(&four_fridays(), &huge).unwrap_err();
    assert_eq!(err.field, "price_history.splits");
    // A single ratio that pushes a close out of range names the close.
    let tiny = [SplitEvent {
        effective_date: d(2013, 1, 10),
        ratio: 1e-308,
    }];
    let err = adjust_for_splits(&four_fridays(), &tiny).unwrap_err();
    assert_eq!(err.field, "price_history.closes[0].close");
}

#[test]
fn window_errors() {
    let w = window(Some(d(2013, 2, 1)), Some(d(2013, 1, 1)));
    let err = historical_volatility(&four_fridays(), &[], w, Frequency::Weekly).unwrap_err();
    assert_eq!(err.field, "price_history.window_start");

    let w = window(Some(d(2014, 1, 1)), None);
    let err = historical_volatility(&four_fridays(), &[], w, Frequency::Weekly).unwrap_err();
    assert_eq!(err.field, "price_history.window_start");
    assert!(err.message().contains("found 0"), "{}", err.message());

    let err = historical_volatility(&[], &[], ALL, Frequency::Daily).unwrap_err();
    assert_eq!(err.field, "price_history.window_start");

    let w = window(None, Some(d(2013, 1, 11)));
    let err = historical_volatility(&four_fridays(), &[], w, Frequency::Weekly).unwrap_err();
    assert_eq!(err.field, "price_history.window_start");
    assert_eq!(
        err.message(),
        "needs at least 3 weekly samples in the window (2 returns), found 2; widen the window"
    );
    // Daily sampling says closes.
    let err = historical_volatility(&four_fridays()[..2], &[], ALL, Frequency::Daily).unwrap_err();
    assert_eq!(
        err.message(),
        "needs at least 3 closes in the window (2 returns), found 2; widen the window"
    );
}

#[test]
fn a_date_out_of_order_names_its_row_and_the_row_before() {
    // Row 2 (2013-01-07) does not come after row 1 (2013-01-08).
    let closes = series(&[
        (d(2013, 1, 4), 100.0),
        (d(2013, 1, 8), 101.0),
        (d(2013, 1, 7), 102.0),
    ]);
    let err = historical_volatility(&closes, &[], ALL, Frequency::Daily).unwrap_err();
    assert_eq!(err.field, "price_history.closes[2].date");
    assert_eq!(
        err.message(),
        "dates must be strictly increasing with no duplicates: 2013-01-07 does not come \
         after 2013-01-08 (row 1)"
    );
}

#[test]
fn constant_prices_give_zero_not_nan() {
    let closes = series(&[
        (d(2013, 1, 7), 100.0),
        (d(2013, 1, 8), 100.0),
        (d(2013, 1, 9), 100.0),
    ]);
    let r = historical_volatility(&closes, &[], ALL, Frequency::Daily).unwrap();
    assert_eq!(r.annualized, 0.0);
    assert_eq!(r.mean_return, 0.0);
}

#[test]
fn extreme_dates_do_not_panic() {
    let closes = series(&[
        (NaiveDate::MIN, 1.0),
        (NaiveDate::MIN.succ_opt().unwrap(), 2.0),
        (NaiveDate::MAX.pred_opt().unwrap(), 3.0),
        (NaiveDate::MAX, 4.0),
    ]);
    assert!(!sample(&closes, Frequency::Weekly).is_empty());
    let _ = historical_volatility(&closes, &[], ALL, Frequency::Weekly);
    let r = historical_volatility(&closes, &[], ALL, Frequency::Daily).unwrap();
    assert!(r.annualized.is_finite());
}

/// One million daily closes with weekly resampling and a split, built so the answer
/// follows from the calendar alone: every close of an ISO week is 1,000 × e^a in odd
/// weeks and 1,000 in even ones once split-adjusted (200 × that before 2012-10-01), so
/// each weekly log return is +a, −a, or 0 where two weeks of the same parity meet (at
/// a 53-week year). The expected σ is computed from those steps, without the closes,
/// the split adjustment or the sampling. Its speed goal (under 50 ms) is measured by
/// `cargo bench`, not here.
#[test]
fn million_closes_resample_weekly() {
    let a = 0.03_f64;
    let split = d(2012, 10, 1);
    let mut closes = Vec::with_capacity(1_000_000);
    let mut date = d(1900, 1, 1);
    // ISO weeks that hold a trading day inside the window, counted independently.
    let start = d(1900, 3, 1);
    let mut weeks = std::collections::BTreeSet::new();
    while closes.len() < 1_000_000 {
        if date.weekday().num_days_from_monday() < 5 {
            let week = date.iso_week();
            let odd = (i64::from(week.year()) * 53 + i64::from(week.week())) % 2 == 1;
            let adjusted = if odd { 1000.0 * a.exp() } else { 1000.0 };
            let close = if date < split {
                adjusted * 200.0
            } else {
                adjusted
            };
            closes.push(Close { date, close });
            if date >= start {
                weeks.insert((week.year(), week.week()));
            }
        }
        date = date.succ_opt().unwrap();
    }
    let last = closes.last().unwrap().date;
    let splits = [SplitEvent {
        effective_date: split,
        ratio: 200.0,
    }];
    let window = VolatilityWindow {
        start: Some(start),
        end: Some(last),
    };
    let r = historical_volatility(&closes, &splits, window, Frequency::Weekly).unwrap();
    assert_eq!(r.samples, weeks.len());
    assert_eq!(r.returns, weeks.len() - 1);
    assert_eq!(r.last_date, last);
    // Consecutive ISO weeks alternate parity except across a 53-week year (both odd or
    // both even: a return of 0). Count the returns of each kind independently.
    let parities: Vec<bool> = weeks
        .iter()
        .map(|(y, w)| (i64::from(*y) * 53 + i64::from(*w)) % 2 == 1)
        .collect();
    let steps: Vec<f64> = parities
        .windows(2)
        .map(|p| match (p[0], p[1]) {
            (false, true) => a,
            (true, false) => -a,
            _ => 0.0,
        })
        .collect();
    let n = steps.len() as f64;
    let mean = steps.iter().sum::<f64>() / n;
    let var = steps.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
    // Two passes over 2·10⁵ returns of ±0.03: rounding stays near 1e-12 relative; the
    // returns themselves are ln(e^a) = a to a few ulps.
    let expected = var.sqrt();
    assert!(
        ((r.stdev_per_period - expected) / expected).abs() < 1e-9,
        "{} vs {expected}",
        r.stdev_per_period
    );
    assert!(((r.annualized - expected * 52f64.sqrt()) / r.annualized).abs() < 1e-9);
    // The weekly σ is a little under a (the zero returns at 53-week years pull it down).
    assert!(expected < a && expected > 0.99 * a, "{expected}");
}

#[test]
fn a_close_that_a_split_divides_to_zero_is_refused() {
    // 5e-324 (the smallest double) divided by 1e10 for a later split underflows to 0:
    // no log return can be taken from it, so the close is named rather than used.
    // The window starts at row 1, so the row named is counted in the whole series.
    let closes = series(&[
        (d(2013, 1, 3), 100.0),
        (d(2013, 1, 4), 5e-324),
        (d(2013, 1, 7), 100.0),
        (d(2013, 1, 8), 101.0),
        (d(2013, 1, 9), 102.0),
    ]);
    let split = SplitEvent {
        effective_date: d(2013, 1, 7),
        ratio: 1e10,
    };
    let w = window(Some(d(2013, 1, 4)), None);
    let err = historical_volatility(&closes, &[split], w, Frequency::Daily).unwrap_err();
    assert_eq!(err.field, "price_history.closes[1].close");
    assert_eq!(
        err.message(),
        "5e-324 on 2013-01-04 falls outside the representable range once the splits are \
         applied; check price_history.splits"
    );
}

#[test]
fn a_window_of_one_day_is_too_short_and_a_reversed_one_is_refused() {
    let closes = four_fridays();
    let day = closes[1].date;
    let err = historical_volatility(&closes, &[], window(Some(day), Some(day)), Frequency::Daily)
        .unwrap_err();
    assert_eq!(err.field, "price_history.window_start");
    assert_eq!(
        err.message(),
        "needs at least 3 closes in the window (2 returns), found 1; widen the window"
    );
    let (start, end) = (closes[2].date, closes[1].date);
    let err = historical_volatility(
        &closes,
        &[],
        window(Some(start), Some(end)),
        Frequency::Daily,
    )
    .unwrap_err();
    assert_eq!(err.field, "price_history.window_start");
    assert_eq!(
        err.message(),
        format!("must be on or before the window end ({end}), got {start}")
    );
}

//! Suspected unadjusted splits, how entered splits fit the closes, and whether a new
//! history is the same share's closes. Expected values are worked out beside each
//! assertion from the closes themselves.

use chrono::NaiveDate;
use offering_desk::domain::split_check::{
    SplitFit, SplitRatio, compare_sources, is_large_move, split_fit, suspected_splits,
};
use offering_desk::domain::volatility::{Close, SplitEvent};
use offering_desk::price_csv::parse_price_csv;
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use std::str::FromStr;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn series(rows: &[(NaiveDate, f64)]) -> Vec<Close> {
    rows.iter()
        .map(|&(date, close)| Close { date, close })
        .collect()
}

/// The bundled synthetic IIJ history, as recorded (the 1:200 split is not applied).
fn sample_closes() -> Vec<Close> {
    let text = std::fs::read_to_string("assets/prices/iij-2005-2013-synthetic.csv").unwrap();
    parse_price_csv(&text)
        .unwrap()
        .closes
        .iter()
        .map(|(date, close)| Close {
            date: *date,
            close: close.to_f64().unwrap(),
        })
        .collect()
}

fn split(date: NaiveDate, ratio: f64) -> SplitEvent {
    SplitEvent {
        effective_date: date,
        ratio,
    }
}

fn split_of(n: u32) -> SplitRatio {
    SplitRatio {
        n,
        consolidation: false,
    }
}

fn consolidation_of(n: u32) -> SplitRatio {
    SplitRatio {
        n,
        consolidation: true,
    }
}

#[test]
fn the_sample_without_its_split_flags_2012_10_01_as_about_200() {
    let closes = sample_closes();
    let found = suspected_splits(&closes, &[], &[]);
    assert_eq!(found.len(), 1, "{found:?}");
    let s = found[0];
    // The CSV: 2012-09-28 closes at 858,700 and 2012-10-01 at 4,212.
    assert_eq!(s.date, d(2012, 10, 1));
    assert_eq!(s.previous_date, d(2012, 9, 28));
    assert_eq!(s.previous_close, 858_700.0);
    assert_eq!(s.close, 4_212.0);
    // 858,700 / 4,212 = 203.869895…
    assert!(
        (s.implied_ratio - 203.869_895).abs() < 1e-6,
        "{}",
        s.implied_ratio
    );
    assert_eq!(s.entered_ratio, 1.0);
    assert!(s.unadjusted());
    // ln(203.87/200) = 0.019 against ln(500/203.87) = 0.90 and ln(203.87/100) = 0.71.
    assert_eq!(s.suggested, Some(split_of(200)));
    assert_eq!(split_of(200).as_decimal(), Decimal::from(200));
    assert_eq!(split_of(200).describe(), "1:200 split");
}

#[test]
fn the_sample_with_its_split_has_nothing_to_flag() {
    let closes = sample_closes();
    // Its largest other move is 2012-05-17: × 0.907 (ln −0.097), far below × 1/1.8.
    let found = suspected_splits(&closes, &[split(d(2012, 10, 1), 200.0)], &[]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn splits_with_a_ratio_of_zero_or_below_are_left_to_validation() {
    let closes = sample_closes();
    // An invalid ratio entered inside the unadjusted 2012-10-01 move is ignored, not
    // multiplied in (validation reports it): the move is still flagged as about 1:200.
    for bad in [0.0, -200.0, f64::NAN, f64::INFINITY] {
        let found = suspected_splits(&closes, &[split(d(2012, 9, 30), bad)], &[]);
        assert_eq!(found.len(), 1, "ratio {bad}: {found:?}");
        assert_eq!(found[0].date, d(2012, 10, 1));
        assert_eq!(found[0].entered_ratio, 1.0, "ratio {bad}");
        assert_eq!(found[0].suggested, Some(split_of(200)), "ratio {bad}");
    }
}

#[test]
fn a_split_next_to_a_close_of_zero_cannot_be_checked() {
    // Validation refuses a close of 0; until it is fixed the split is "outside the data",
    // not a match against an infinite or zero ratio.
    let s = split(d(2013, 7, 2), 2.0);
    for (before, after) in [(0.0, 100.0), (200.0, 0.0), (0.0, 0.0)] {
        let closes = series(&[(d(2013, 7, 1), before), (d(2013, 7, 2), after)]);
        assert_eq!(
            split_fit(&closes, s),
            SplitFit::OutsideData,
            "{before} → {after}"
        );
    }
    let closes = series(&[(d(2013, 7, 1), 200.0), (d(2013, 7, 2), 100.0)]);
    assert_eq!(
        split_fit(&closes, s),
        SplitFit::Matches { implied_ratio: 2.0 }
    );
}

#[test]
fn sources_are_compared_on_the_dates_they_share_whichever_starts_first() {
    // Loaded: 3, 4, 5 July; new: 1 to 4 July, agreeing on the 3rd, not on the 4th.
    let loaded = series(&[
        (d(2013, 7, 3), 100.0),
        (d(2013, 7, 4), 100.0),
        (d(2013, 7, 5), 100.0),
    ]);
    let new = series(&[
        (d(2013, 7, 1), 90.0),
        (d(2013, 7, 2), 95.0),
        (d(2013, 7, 3), 100.0),
        (d(2013, 7, 4), 150.0),
    ]);
    for (a, b) in [(&loaded, &new), (&new, &loaded)] {
        let cmp = compare_sources(a, b);
        assert_eq!((cmp.shared_dates, cmp.agreeing), (2, 1));
    }
}

#[test]
fn closes_out_of_date_order_are_not_compared() {
    // Validation refuses such a series; until it is fixed, a pair whose dates do not
    // increase is skipped rather than read as a move (here × 3, which would be flagged).
    let closes = series(&[(d(2013, 7, 2), 100.0), (d(2013, 7, 1), 300.0)]);
    assert!(suspected_splits(&closes, &[], &[]).is_empty());
    let closes = series(&[(d(2013, 7, 1), 100.0), (d(2013, 7, 2), 300.0)]);
    assert_eq!(suspected_splits(&closes, &[], &[]).len(), 1);
}

#[test]
fn no_move_at_all_and_a_zero_factor_are_not_large_moves() {
    assert!(!is_large_move(1.0));
    assert!(!is_large_move(0.0));
    assert!(!is_large_move(-1.8));
    assert!(is_large_move(1.8));
    assert!(is_large_move(1.0 / 1.8));
}

#[test]
fn a_confirmed_move_is_no_longer_flagged() {
    let closes = sample_closes();
    assert!(suspected_splits(&closes, &[], &[d(2012, 10, 1)]).is_empty());
    // Confirming another date changes nothing.
    assert_eq!(suspected_splits(&closes, &[], &[d(2012, 10, 2)]).len(), 1);
}

#[test]
fn a_genuine_forty_percent_day_is_not_a_split() {
    // 1,000 → 600 is −40 % (implied ratio 1.667 < 1.8); 600 → 840 is +40 %
    // (implied 0.714 > 1/1.8 = 0.556).
    let closes = series(&[
        (d(2020, 3, 2), 1_000.0),
        (d(2020, 3, 3), 600.0),
        (d(2020, 3, 4), 840.0),
    ]);
    assert!(suspected_splits(&closes, &[], &[]).is_empty());
    // −45 % is beyond the threshold: 1,000 / 550 = 1.818 ≥ 1.8.
    let crash = series(&[(d(2020, 3, 2), 1_000.0), (d(2020, 3, 3), 550.0)]);
    let found = suspected_splits(&crash, &[], &[]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].suggested, Some(split_of(2)));
}

#[test]
fn a_two_to_one_consolidation_flags_one_half() {
    // The price doubles overnight: 1,500 / 3,030 = 0.495, nearest 1/2 (a 2:1
    // consolidation: ln(0.5/0.495) = 0.01 against ln(0.495/0.333) = 0.40).
    let closes = series(&[
        (d(2018, 9, 27), 1_480.0),
        (d(2018, 9, 28), 1_500.0),
        (d(2018, 10, 1), 3_030.0),
        (d(2018, 10, 2), 3_000.0),
    ]);
    let found = suspected_splits(&closes, &[], &[]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].date, d(2018, 10, 1));
    let r = found[0].suggested.unwrap();
    assert_eq!(r, consolidation_of(2));
    assert_eq!(r.as_decimal(), Decimal::from_str("0.5").unwrap());
    assert_eq!(r.value(), 0.5);
    assert_eq!(r.describe(), "2:1 consolidation");
    // Entering it clears the flag: 1,500 / 0.5 = 3,000 against 3,030 is +1 %.
    let fixed = suspected_splits(&closes, &[split(d(2018, 10, 1), 0.5)], &[]);
    assert!(fixed.is_empty());
}

#[test]
fn a_split_on_a_non_trading_day_adjusts_the_move_across_it() {
    // Effective on Saturday 2012-09-29: it lies between the Friday and Monday closes.
    let closes = sample_closes();
    assert!(suspected_splits(&closes, &[split(d(2012, 9, 29), 200.0)], &[]).is_empty());
}

#[test]
fn the_old_split_on_another_shares_closes_is_flagged_with_no_suggestion() {
    // Another share moving 1 % a day across 2012-10-01, with the old 1:200 split kept:
    // the adjusted closes jump × 200 there. The closes themselves do not jump, so the
    // fix is to remove the split, not to add another.
    let closes = series(&[
        (d(2012, 9, 27), 1_000.0),
        (d(2012, 9, 28), 1_010.0),
        (d(2012, 10, 1), 1_000.0),
    ]);
    let found = suspected_splits(&closes, &[split(d(2012, 10, 1), 200.0)], &[]);
    assert_eq!(found.len(), 1);
    let s = found[0];
    assert_eq!(s.entered_ratio, 200.0);
    assert!(!s.unadjusted());
    assert!((s.implied_ratio - 1.01).abs() < 1e-12);
    assert!((s.remaining_ratio - 1.01 / 200.0).abs() < 1e-12);
    assert_eq!(s.suggested, None);
}

#[test]
fn suggestions_round_to_the_nearest_plausible_ratio() {
    for (implied, expected) in [
        (1.8, split_of(2)),
        (2.9, split_of(3)),
        (3.6, split_of(4)),
        (9.2, split_of(10)),
        (97.0, split_of(100)),
        (480.0, split_of(500)),
        (5_000.0, split_of(1000)),
        (0.52, consolidation_of(2)),
        (0.34, consolidation_of(3)),
        (0.098, consolidation_of(10)),
    ] {
        assert_eq!(SplitRatio::nearest(implied), Some(expected), "{implied}");
    }
    assert_eq!(
        consolidation_of(3).as_decimal(),
        Decimal::from_str("0.333333").unwrap()
    );
    assert_eq!(SplitRatio::nearest(0.0), None);
    assert_eq!(SplitRatio::nearest(f64::NAN), None);
    // The threshold is symmetric in log terms: 1.8 and 1/1.8 flag, 1.79 does not.
    assert!(is_large_move(1.8) && is_large_move(1.0 / 1.8));
    assert!(!is_large_move(1.79) && !is_large_move(0.56));
}

#[test]
fn entered_splits_are_checked_against_the_closes() {
    let closes = sample_closes();
    // 858,700 / 4,212 = 203.87: a ratio of 200 leaves + 1.9 %.
    match split_fit(&closes, split(d(2012, 10, 1), 200.0)) {
        SplitFit::Matches { implied_ratio } => assert!((implied_ratio - 203.869_895).abs() < 1e-6),
        other => panic!("{other:?}"),
    }
    // A ratio of 100 leaves × 2.04: the closes jump by another ratio.
    assert_eq!(
        split_fit(&closes, split(d(2012, 10, 1), 100.0)),
        SplitFit::Differs {
            implied_ratio: 858_700.0 / 4_212.0,
            suggested: Some(split_of(200)),
        }
    );
    // 2010-06-01: no jump in the closes (the sample's largest moves are under 10 %).
    assert!(matches!(
        split_fit(&closes, split(d(2010, 6, 1), 200.0)),
        SplitFit::NoJump { .. }
    ));
    // Before the first close or after the last one, a split changes no return.
    assert_eq!(
        split_fit(&closes, split(d(2001, 1, 1), 200.0)),
        SplitFit::OutsideData
    );
    assert_eq!(
        split_fit(&closes, split(d(2020, 1, 1), 200.0)),
        SplitFit::OutsideData
    );
}

#[test]
fn the_same_closes_are_the_same_source_and_another_shares_are_not() {
    let sample = sample_closes();
    // The same file: all 1,868 closes agree.
    let same = compare_sources(&sample, &sample);
    assert_eq!((same.shared_dates, same.agreeing), (1_868, 1_868));
    assert!(same.same_source());
    // A longer extract of the same share: shared dates still agree.
    let mut longer = sample.clone();
    longer.push(Close {
        date: d(2013, 7, 12),
        close: 3_500.0,
    });
    assert!(compare_sources(&sample, &longer).same_source());
    // Another share: the sample's closes × 0.37 disagree on every shared date.
    let other: Vec<Close> = sample
        .iter()
        .map(|c| Close {
            date: c.date,
            close: c.close * 0.37,
        })
        .collect();
    let cmp = compare_sources(&sample, &other);
    assert_eq!((cmp.shared_dates, cmp.agreeing), (1_868, 0));
    assert!(!cmp.same_source());
    // A file already adjusted for the split: the 1,677 closes before 2012-10-01 are
    // 1/200 of the recorded ones, so only the 191 from 2012-10-01 agree (10 %).
    let adjusted: Vec<Close> = sample
        .iter()
        .map(|c| Close {
            date: c.date,
            close: if c.date < d(2012, 10, 1) {
                c.close / 200.0
            } else {
                c.close
            },
        })
        .collect();
    let cmp = compare_sources(&sample, &adjusted);
    assert_eq!((cmp.shared_dates, cmp.agreeing), (1_868, 191));
    assert!(!cmp.same_source());
    // No overlap proves nothing: treated as another source.
    let later = series(&[(d(2014, 1, 6), 3_000.0), (d(2014, 1, 7), 3_010.0)]);
    assert_eq!(compare_sources(&sample, &later).shared_dates, 0);
    assert!(!compare_sources(&sample, &later).same_source());
}

proptest! {
    /// No input panics, and every reported move is a large one that no confirmed date
    /// covers.
    #[test]
    fn any_closes_give_an_answer(
        rows in proptest::collection::vec((0i64..400, -10.0f64..1e7), 0..60),
        ratios in proptest::collection::vec((0i64..400, -1.0f64..500.0), 0..4),
        confirmed in proptest::collection::vec(0i64..400, 0..4),
    ) {
        let base = d(2000, 1, 1);
        let day = |k: i64| base + chrono::Duration::days(k);
        let closes: Vec<Close> = rows.iter().map(|&(k, c)| Close { date: day(k), close: c }).collect();
        let splits: Vec<SplitEvent> = ratios.iter().map(|&(k, r)| split(day(k), r)).collect();
        let confirmed: Vec<NaiveDate> = confirmed.iter().map(|&k| day(k)).collect();
        for s in suspected_splits(&closes, &splits, &confirmed) {
            prop_assert!(is_large_move(s.remaining_ratio));
            prop_assert!(!confirmed.contains(&s.date));
            prop_assert!(s.date > s.previous_date);
        }
        for s in &splits {
            let _ = split_fit(&closes, *s);
        }
        let _ = compare_sources(&closes, &closes);
    }
}

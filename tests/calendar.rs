//! Known TSE closures, the holiday table's invariants, and the offering timetable.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use offering_desk::domain::calendar::{self, Closure};
use offering_desk::domain::schedule::{
    self, DateRule, ScheduleInputs, ScheduleOffsets, ScheduleOverrides, TimetableItem,
};
use proptest::prelude::*;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn closed(date: NaiveDate) -> bool {
    !calendar::is_business_day(date).unwrap()
}

fn holiday_dates(year: i32) -> Vec<NaiveDate> {
    calendar::holidays_in_year(year)
        .unwrap()
        .into_iter()
        .map(|(d, _)| d)
        .collect()
}

// ---------------------------------------------------------------- known years

#[test]
fn holidays_2013_exactly() {
    let expected = [
        (1, 1),
        (1, 14),
        (2, 11),
        (3, 20),
        (4, 29),
        (5, 3),
        (5, 4),
        (5, 5),
        (5, 6),
        (7, 15),
        (9, 16),
        (9, 23),
        (10, 14),
        (11, 3),
        (11, 4),
        (11, 23),
        (12, 23),
    ]
    .map(|(m, d)| ymd(2013, m, d));
    assert_eq!(holiday_dates(2013), expected);
    assert_eq!(
        calendar::closure(ymd(2013, 7, 15)).unwrap(),
        Some(Closure::NationalHoliday("Marine Day"))
    );
    assert_eq!(
        calendar::holiday_name(ymd(2013, 5, 6)).unwrap(),
        Some("Substitute holiday")
    );
    assert_eq!(
        calendar::holiday_name(ymd(2013, 11, 4)).unwrap(),
        Some("Substitute holiday")
    );
    assert!(closed(ymd(2013, 7, 15)));
    assert!(!closed(ymd(2013, 7, 16)));
}

#[test]
fn golden_week_2019_is_ten_days() {
    let mut day = ymd(2019, 4, 27);
    while day <= ymd(2019, 5, 6) {
        assert!(closed(day), "{day} should be closed");
        day = day.succ_opt().unwrap();
    }
    assert!(!closed(ymd(2019, 4, 26)));
    assert!(!closed(ymd(2019, 5, 7)));
    let names: Vec<_> = (29..=30)
        .map(|d| ymd(2019, 4, d))
        .chain((1..=6).map(|d| ymd(2019, 5, d)))
        .map(|d| calendar::holiday_name(d).unwrap())
        .collect();
    assert_eq!(
        names,
        [
            Some("Showa Day"),
            Some("Citizens' holiday"),
            Some("Accession Day"),
            Some("Citizens' holiday"),
            Some("Constitution Memorial Day"),
            Some("Greenery Day"),
            Some("Children's Day"),
            Some("Substitute holiday"),
        ]
    );
    assert_eq!(
        calendar::holiday_name(ymd(2019, 10, 22)).unwrap(),
        Some("Enthronement Ceremony")
    );
    // No Emperor's Birthday in 2019: Dec 23 was an ordinary Monday.
    assert!(calendar::is_business_day(ymd(2019, 12, 23)).unwrap());
    assert!(
        closed(ymd(2018, 12, 24)),
        "2018-12-24 substitute for Sunday Dec 23"
    );
}

#[test]
fn emperors_birthday_moves_to_february_in_2020() {
    assert_eq!(
        calendar::holiday_name(ymd(2020, 2, 23)).unwrap(),
        Some("Emperor's Birthday")
    );
    assert_eq!(
        calendar::holiday_name(ymd(2020, 2, 24)).unwrap(),
        Some("Substitute holiday")
    );
    assert!(calendar::is_business_day(ymd(2020, 12, 23)).unwrap());
}

#[test]
fn olympic_moves_2020_and_2021() {
    for d in [ymd(2020, 7, 23), ymd(2020, 7, 24), ymd(2020, 8, 10)] {
        assert!(closed(d), "{d}");
    }
    for d in [ymd(2020, 7, 20), ymd(2020, 10, 12), ymd(2020, 8, 11)] {
        assert!(!closed(d), "{d}");
    }
    for d in [ymd(2021, 7, 22), ymd(2021, 7, 23), ymd(2021, 8, 9)] {
        assert!(closed(d), "{d}");
    }
    for d in [ymd(2021, 7, 19), ymd(2021, 10, 11), ymd(2021, 8, 11)] {
        assert!(!closed(d), "{d}");
    }
    assert_eq!(
        calendar::holiday_name(ymd(2021, 8, 8)).unwrap(),
        Some("Mountain Day")
    );
    assert_eq!(
        calendar::holiday_name(ymd(2021, 8, 9)).unwrap(),
        Some("Substitute holiday")
    );
}

#[test]
fn citizens_holidays() {
    for d in [ymd(2009, 9, 22), ymd(2015, 9, 22), ymd(2026, 9, 22)] {
        assert_eq!(
            calendar::holiday_name(d).unwrap(),
            Some("Citizens' holiday"),
            "{d}"
        );
    }
    // May 4 before 2007 (1990 was a Friday), Greenery Day from 2007.
    assert_eq!(
        calendar::holiday_name(ymd(1990, 5, 4)).unwrap(),
        Some("Citizens' holiday")
    );
    assert_eq!(
        calendar::holiday_name(ymd(2007, 5, 4)).unwrap(),
        Some("Greenery Day")
    );
}

#[test]
fn older_rules() {
    // Fixed-date Coming of Age Day and Health-Sports Day before 2000, Marine Day from 1996.
    assert_eq!(
        calendar::holiday_name(ymd(1999, 1, 15)).unwrap(),
        Some("Coming of Age Day")
    );
    assert_eq!(
        calendar::holiday_name(ymd(1999, 10, 11)).unwrap(),
        Some("Substitute holiday")
    );
    assert_eq!(calendar::holiday_name(ymd(1995, 7, 20)).unwrap(), None);
    assert_eq!(
        calendar::holiday_name(ymd(1996, 7, 20)).unwrap(),
        Some("Marine Day")
    );
    assert_eq!(
        calendar::holiday_name(ymd(1990, 11, 12)).unwrap(),
        Some("Enthronement Ceremony")
    );
    assert_eq!(
        calendar::holiday_name(ymd(1993, 6, 9)).unwrap(),
        Some("Crown Prince's Wedding")
    );
    // Mountain Day from 2016.
    assert_eq!(calendar::holiday_name(ymd(2015, 8, 11)).unwrap(), None);
    assert_eq!(
        calendar::holiday_name(ymd(2016, 8, 11)).unwrap(),
        Some("Mountain Day")
    );
}

// ---------------------------------------------------------------- year end

#[test]
fn year_end_holidays() {
    assert!(calendar::is_business_day(ymd(2013, 12, 30)).unwrap());
    assert_eq!(
        calendar::closure(ymd(2013, 12, 31)).unwrap(),
        Some(Closure::YearEndHolidays)
    );
    assert_eq!(
        calendar::closure(ymd(2014, 1, 1)).unwrap(),
        Some(Closure::NationalHoliday("New Year's Day"))
    );
    assert_eq!(
        calendar::closure(ymd(2014, 1, 2)).unwrap(),
        Some(Closure::YearEndHolidays)
    );
    assert_eq!(
        calendar::closure(ymd(2014, 1, 3)).unwrap(),
        Some(Closure::YearEndHolidays)
    );
    assert_eq!(
        calendar::closure(ymd(2014, 1, 4)).unwrap(),
        Some(Closure::Saturday)
    );
    assert_eq!(
        calendar::closure(ymd(2014, 1, 5)).unwrap(),
        Some(Closure::Sunday)
    );
    assert!(calendar::is_business_day(ymd(2014, 1, 6)).unwrap());
    assert_eq!(
        calendar::next_business_day(ymd(2013, 12, 30)).unwrap(),
        ymd(2014, 1, 6)
    );
    assert_eq!(
        calendar::add_business_days(ymd(2013, 12, 27), 2).unwrap(),
        ymd(2014, 1, 6)
    );
    assert_eq!(
        calendar::add_business_days(ymd(2013, 12, 30), 3).unwrap(),
        ymd(2014, 1, 8)
    );
    assert_eq!(
        calendar::add_business_days(ymd(2014, 1, 6), -1).unwrap(),
        ymd(2013, 12, 30)
    );
    assert_eq!(
        calendar::previous_business_day(ymd(2014, 1, 1)).unwrap(),
        ymd(2013, 12, 30)
    );
    assert_eq!(
        calendar::business_days_between(ymd(2013, 12, 27), ymd(2014, 1, 7)).unwrap(),
        [
            ymd(2013, 12, 27),
            ymd(2013, 12, 30),
            ymd(2014, 1, 6),
            ymd(2014, 1, 7)
        ]
    );
}

#[test]
fn closure_display() {
    assert_eq!(Closure::Saturday.to_string(), "Saturday");
    assert_eq!(
        Closure::NationalHoliday("Marine Day").to_string(),
        "Marine Day"
    );
    assert_eq!(
        Closure::YearEndHolidays.to_string(),
        "Year-end holidays (Dec 31 – Jan 3)"
    );
}

// ---------------------------------------------------------------- refusals

#[test]
fn dates_outside_the_table_are_refused() {
    let err = calendar::is_business_day(ymd(2061, 1, 5)).unwrap_err();
    assert_eq!(err.field, "date");
    assert_eq!(
        err.message(),
        "the TSE calendar covers 1990-01-01 to 2060-12-31; 2061-01-05 is outside it"
    );
    assert!(calendar::closure(ymd(1989, 12, 31)).is_err());
    assert!(calendar::holiday_name(ymd(1989, 12, 31)).is_err());
    assert!(calendar::add_business_days(ymd(2061, 1, 5), 1).is_err());
    assert!(calendar::next_business_day(ymd(2060, 12, 30)).is_err());
    assert!(calendar::business_days_between(ymd(1989, 12, 1), ymd(1990, 1, 10)).is_err());
    assert!(calendar::holidays_in_year(2061).is_err());
    assert!(calendar::is_business_day(ymd(1990, 1, 1)).is_ok());
    assert!(calendar::is_business_day(ymd(2060, 12, 31)).is_ok());
    assert_eq!(calendar::CALENDAR_FIRST_YEAR, 1990);
    assert_eq!(calendar::CALENDAR_LAST_YEAR, 2060);
}

#[test]
fn zero_and_reversed_arguments_are_refused() {
    let err = calendar::add_business_days(ymd(2013, 7, 10), 0).unwrap_err();
    assert_eq!(err.field, "business_days");
    let err = calendar::business_days_between(ymd(2013, 7, 12), ymd(2013, 7, 10)).unwrap_err();
    assert_eq!(err.field, "to");
    assert_eq!(
        calendar::business_days_between(ymd(2013, 7, 13), ymd(2013, 7, 13)).unwrap(),
        Vec::<NaiveDate>::new()
    );
}

// ---------------------------------------------------------------- the table itself

#[test]
fn every_year_has_a_plausible_number_of_holidays() {
    for year in calendar::CALENDAR_FIRST_YEAR..=calendar::CALENDAR_LAST_YEAR {
        let n = holiday_dates(year).len();
        // 2019 (22: the accession) and years with many Sunday holidays such as 2024 (21)
        // legitimately exceed 20.
        assert!((14..=22).contains(&n), "{year} has {n} holidays");
        if year != 2019 && year != 2024 && year != 2052 {
            assert!(n <= 20, "{year} has {n} holidays");
        }
    }
    assert_eq!(holiday_dates(2019).len(), 22);
    assert_eq!(holiday_dates(2024).len(), 21);
}

#[test]
fn sunday_holidays_have_substitutes() {
    let all: Vec<(NaiveDate, &str)> = calendar::holidays().collect();
    let is_holiday = |d: NaiveDate| all.binary_search_by(|(h, _)| h.cmp(&d)).is_ok();
    for &(date, name) in &all {
        if date.weekday() != Weekday::Sun {
            continue;
        }
        assert_ne!(name, "Substitute holiday", "{date}");
        assert_ne!(name, "Citizens' holiday", "{date}");
        // From 2007 the next day that is not a holiday; before, always the Monday (which
        // this loop reaches first, as no Monday after a Sunday holiday was a holiday then).
        let mut sub = date.succ_opt().unwrap();
        while is_holiday(sub) && calendar::holiday_name(sub).unwrap() != Some("Substitute holiday")
        {
            sub = sub.succ_opt().unwrap();
        }
        if date.year() < 2007 {
            assert_eq!(sub, date.succ_opt().unwrap(), "{date}");
        }
        assert_eq!(
            calendar::holiday_name(sub).unwrap(),
            Some("Substitute holiday"),
            "Sunday holiday {date} ({name}) has no substitute on {sub}"
        );
    }
    // 2007+ rule: Sunday May 3 2015 → substitute Wed May 6 (May 4, 5 are holidays).
    assert_eq!(
        calendar::holiday_name(ymd(2015, 5, 6)).unwrap(),
        Some("Substitute holiday")
    );
}

#[test]
fn csv_rows_are_unique_and_sorted() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/holidays/jp-holidays.csv"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("date,name"));
    let rows: Vec<(NaiveDate, &str)> = lines
        .map(|l| {
            let (d, n) = l.split_once(',').unwrap();
            (NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap(), n)
        })
        .collect();
    assert!(rows.windows(2).all(|w| w[0].0 < w[1].0));
    assert_eq!(rows.first().unwrap().0, ymd(1990, 1, 1));
    assert_eq!(rows.last().unwrap().0.year(), 2060);
    // The compiled table is exactly the CSV.
    assert_eq!(calendar::holidays().collect::<Vec<_>>(), rows);
}

#[test]
fn build_stamps_date_and_version() {
    let date = env!("OFFERING_DESK_BUILD_DATE");
    assert!(
        NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(),
        "{date}"
    );
    assert_eq!(env!("OFFERING_DESK_VERSION"), env!("CARGO_PKG_VERSION"));
}

// ---------------------------------------------------------------- timetable

fn seed() -> ScheduleInputs {
    ScheduleInputs::new(ymd(2013, 7, 10))
}

#[test]
fn seed_timetable_iij_2013() {
    let t = schedule::derive_timetable(&seed()).unwrap();
    let got: Vec<(TimetableItem, NaiveDate)> = t.dates.iter().map(|d| (d.item, d.date)).collect();
    assert_eq!(
        got,
        [
            (TimetableItem::SubscriptionStart, ymd(2013, 7, 11)),
            (TimetableItem::SubscriptionEnd, ymd(2013, 7, 12)),
            (TimetableItem::Payment, ymd(2013, 7, 18)),
            (TimetableItem::Delivery, ymd(2013, 7, 19)),
            (TimetableItem::CoverStart, ymd(2013, 7, 13)),
            (TimetableItem::CoverEnd, ymd(2013, 7, 29)),
            (TimetableItem::AllotmentSubscription, ymd(2013, 8, 2)),
            (TimetableItem::AllotmentPayment, ymd(2013, 8, 5)),
        ]
    );
    assert!(t.dates.iter().all(|d| !d.overridden && d.date == d.derived));
    let payment = t.get(TimetableItem::Payment);
    assert_eq!(payment.rule, DateRule::BusinessDaysAfterCalculation(5));
    assert_eq!(
        payment.rule.to_string(),
        "5th TSE business day after the calculation date"
    );
    assert_eq!(
        payment.shifted_by,
        [(ymd(2013, 7, 15), "Marine Day".to_owned())]
    );
    assert!(t.get(TimetableItem::SubscriptionEnd).shifted_by.is_empty());
    assert_eq!(
        t.get(TimetableItem::CoverEnd).rule.to_string(),
        "12th TSE business day after the calculation date"
    );
    assert_eq!(
        t.get(TimetableItem::Delivery).rule.to_string(),
        "next TSE business day after the payment date"
    );
    assert_eq!(
        t.get(TimetableItem::CoverStart).rule.to_string(),
        "calendar day after the subscription period ends"
    );
    assert_eq!(
        t.get(TimetableItem::AllotmentPayment).rule.to_string(),
        "next TSE business day after the third-party allotment subscription date"
    );
    // Cover start is a Saturday by design: flagged, but no warning.
    assert!(t.get(TimetableItem::CoverStart).not_business_day);
    assert!(t.warnings().is_empty());
    assert_eq!(t.date(TimetableItem::Delivery), ymd(2013, 7, 19));
    assert_eq!(TimetableItem::Payment.key(), "payment");
    assert_eq!(
        TimetableItem::SubscriptionStart.label(),
        "Subscription period start"
    );
}

#[test]
fn overriding_payment_moves_delivery() {
    let mut inputs = seed();
    inputs.overrides.payment = Some(ymd(2013, 7, 19));
    let t = schedule::derive_timetable(&inputs).unwrap();
    let payment = t.get(TimetableItem::Payment);
    assert!(payment.overridden);
    assert_eq!(payment.date, ymd(2013, 7, 19));
    assert_eq!(payment.derived, ymd(2013, 7, 18));
    let delivery = t.get(TimetableItem::Delivery);
    assert!(!delivery.overridden);
    assert_eq!(delivery.date, ymd(2013, 7, 22));
    assert!(t.warnings().is_empty());
}

#[test]
fn overriding_subscription_end_moves_cover_start_and_allotment_payment_follows() {
    let mut inputs = seed();
    inputs.overrides.subscription_end = Some(ymd(2013, 7, 16));
    inputs.overrides.allotment_subscription = Some(ymd(2013, 8, 9));
    let t = schedule::derive_timetable(&inputs).unwrap();
    assert_eq!(t.date(TimetableItem::CoverStart), ymd(2013, 7, 17));
    assert_eq!(t.date(TimetableItem::AllotmentPayment), ymd(2013, 8, 12));
}

#[test]
fn override_on_a_closed_day_warns() {
    let mut inputs = seed();
    inputs.overrides.payment = Some(ymd(2013, 7, 15));
    let t = schedule::derive_timetable(&inputs).unwrap();
    assert!(t.get(TimetableItem::Payment).not_business_day);
    assert_eq!(t.date(TimetableItem::Delivery), ymd(2013, 7, 16));
    let warnings = t.warnings();
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("Payment date"), "{warnings:?}");
}

#[test]
fn override_breaking_the_order_names_the_field() {
    let mut inputs = seed();
    inputs.overrides.delivery = Some(ymd(2013, 7, 18));
    let err = schedule::derive_timetable(&inputs).unwrap_err();
    assert_eq!(err.field, "schedule.overrides.delivery");
    assert!(
        err.message().contains("after the payment date"),
        "{}",
        err.message()
    );

    let mut inputs = seed();
    inputs.overrides.subscription_end = Some(ymd(2013, 7, 22));
    let err = schedule::derive_timetable(&inputs).unwrap_err();
    assert_eq!(err.field, "schedule.overrides.subscription_end");

    let mut inputs = seed();
    inputs.overrides.subscription_start = Some(ymd(2013, 7, 10));
    let err = schedule::derive_timetable(&inputs).unwrap_err();
    assert_eq!(err.field, "schedule.overrides.subscription_start");

    let mut inputs = seed();
    inputs.overrides.allotment_payment = Some(ymd(2013, 8, 1));
    let err = schedule::derive_timetable(&inputs).unwrap_err();
    assert_eq!(err.field, "schedule.overrides.allotment_payment");

    let mut inputs = seed();
    inputs.overrides.cover_end = Some(ymd(2070, 1, 1));
    let err = schedule::derive_timetable(&inputs).unwrap_err();
    assert_eq!(err.field, "schedule.overrides.cover_end");
}

#[test]
fn bad_offsets_and_dates_are_refused() {
    let mut inputs = seed();
    inputs.offsets = ScheduleOffsets {
        subscription_end: 5,
        ..ScheduleOffsets::default()
    };
    let err = schedule::derive_timetable(&inputs).unwrap_err();
    assert_eq!(err.field, "schedule.offsets.payment");

    let inputs = ScheduleInputs::new(ymd(2061, 1, 5));
    let err = schedule::derive_timetable(&inputs).unwrap_err();
    assert_eq!(err.field, "schedule.calculation_date");

    let inputs = ScheduleInputs::new(ymd(2060, 12, 20));
    let err = schedule::derive_timetable(&inputs).unwrap_err();
    assert_eq!(err.field, "schedule.calculation_date");
}

#[test]
fn the_cover_period_must_end_after_the_subscription_period() {
    // Offsets 1, 2, 5, 12, 16 by default: cover_end must exceed subscription_end (2).
    let with_cover_end = |cover_end| {
        let mut inputs = seed();
        inputs.offsets = ScheduleOffsets {
            cover_end,
            ..ScheduleOffsets::default()
        };
        schedule::derive_timetable(&inputs)
    };
    let err = with_cover_end(2).unwrap_err();
    assert_eq!(err.field, "schedule.offsets.cover_end");
    assert_eq!(
        err.message(),
        "must be from 3 to 250 TSE business days after the calculation date (after \
         subscription_end, 2); got 2"
    );
    // 3 business days after 2013-07-10 (a Wednesday): Monday 2013-07-16, past Marine Day.
    let t = with_cover_end(3).unwrap();
    assert_eq!(t.date(TimetableItem::CoverEnd), ymd(2013, 7, 16));
}

#[test]
fn when_both_dates_of_a_pair_are_overridden_the_later_one_is_named() {
    // Subscription ends 2013-07-19, payment 2013-07-18: both typed, the later is wrong.
    let mut inputs = seed();
    inputs.overrides.subscription_end = Some(ymd(2013, 7, 19));
    inputs.overrides.payment = Some(ymd(2013, 7, 18));
    let err = schedule::derive_timetable(&inputs).unwrap_err();
    assert_eq!(err.field, "schedule.overrides.payment");
}

#[test]
fn the_allotment_payment_is_assumed_only_while_its_subscription_date_is() {
    let allotment_payment_assumed = |inputs: &ScheduleInputs| {
        schedule::derive_timetable(inputs)
            .unwrap()
            .get(TimetableItem::AllotmentPayment)
            .assumed
    };
    // Derived from the fitted 16-day offset: assumed, as the subscription date is.
    assert!(allotment_payment_assumed(&seed()));
    // The subscription date typed from the launch notice: the payment follows it, known.
    let mut inputs = seed();
    inputs.overrides.allotment_subscription = Some(ymd(2013, 8, 2));
    assert!(!allotment_payment_assumed(&inputs));
    // The payment date itself typed: known, whatever the subscription date.
    let mut inputs = seed();
    inputs.overrides.allotment_payment = Some(ymd(2013, 8, 5));
    assert!(!allotment_payment_assumed(&inputs));
}

#[test]
fn overrides_accessors_round_trip() {
    let mut o = ScheduleOverrides::default();
    for (i, item) in TimetableItem::ALL.into_iter().enumerate() {
        o.set(item, Some(ymd(2013, 7, 1 + i as u32)));
    }
    for (i, item) in TimetableItem::ALL.into_iter().enumerate() {
        assert_eq!(o.get(item), Some(ymd(2013, 7, 1 + i as u32)));
    }
}

// ---------------------------------------------------------------- properties

proptest! {
    #[test]
    fn adding_business_days_lands_on_a_business_day(
        offset in 0u64..25_500,
        n in 1i32..=30,
    ) {
        // 1990-01-01 + 25_500 days is in 2059, leaving room for 30 business days.
        let d = ymd(1990, 1, 1).checked_add_days(Days::new(offset)).unwrap();
        let result = calendar::add_business_days(d, n).unwrap();
        prop_assert!(calendar::is_business_day(result).unwrap());
        prop_assert!(result > d);
        let between = calendar::business_days_between(d.succ_opt().unwrap(), result).unwrap();
        prop_assert_eq!(between.len(), n as usize);
        if calendar::is_business_day(d).unwrap() {
            prop_assert_eq!(calendar::add_business_days(result, -n).unwrap(), d);
        }
    }
}

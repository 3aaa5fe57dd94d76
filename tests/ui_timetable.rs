//! The timetable panel, driven through the real window.

mod common;

use chrono::NaiveDate;
use common::*;
use egui_kittest::kittest::Queryable;
use offering_desk::domain::schedule::{TimetableItem, derive_timetable};
use offering_desk::ui::Panel;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Each timetable row and its date in seed 000.
const SEED_DATES: [(&str, &str); 8] = [
    ("Subscription period start", "Thu 2013-07-11"),
    ("Subscription period end", "Fri 2013-07-12"),
    ("Payment date", "Thu 2013-07-18"),
    ("Delivery date", "Fri 2013-07-19"),
    ("Syndicate cover transaction period start", "Sat 2013-07-13"),
    ("Syndicate cover transaction period end", "Mon 2013-07-29"),
    ("Third-party allotment subscription date", "Fri 2013-08-02"),
    ("Third-party allotment payment date", "Mon 2013-08-05"),
];

#[test]
fn the_bundled_scenario_shows_the_seed_dates_and_the_holiday_that_moved_them() {
    let h = harness_on(Panel::Timetable);
    assert_eq!(field_text(&h, "Calculation date"), "2013-07-10");
    // Seed 000: subscription Jul 11–12, payment Jul 18, delivery Jul 19, cover period
    // Jul 13–29, third-party allotment subscription Aug 2 and payment Aug 5.
    for (row, date) in SEED_DATES {
        assert_eq!(after_field(&h, row), date, "{row}");
    }
    for text in [
        "5th TSE business day after the calculation date",
        "Marine Day (Mon 2013-07-15) skipped",
    ] {
        assert!(shows_exactly(&h, text), "{text} not on screen");
    }
    // No override in the seed: no Reset button, no override marker, no warning.
    assert!(h.query_by_label("Reset").is_none());
    assert!(!shows(&h, "overridden"));
    assert!(!shows(&h, "is not a TSE business day"));
}

#[test]
fn overriding_the_payment_date_moves_delivery_and_marks_the_override() {
    let mut h = harness_on(Panel::Timetable);
    retype(&mut h, "Payment date", "2013-07-17");
    let t = derive_timetable(&h.state().scenario().schedule.to_inputs()).unwrap();
    assert_eq!(t.date(TimetableItem::Payment), ymd(2013, 7, 17));
    assert_eq!(t.date(TimetableItem::Delivery), ymd(2013, 7, 18));
    assert_eq!(after_field(&h, "Payment date"), "Wed 2013-07-17");
    assert!(shows(&h, "overridden; derived date was Thu 2013-07-18"));
    // Delivery followed the override: the business day after Wed 2013-07-17.
    assert_eq!(after_field(&h, "Delivery date"), "Thu 2013-07-18");

    // Reset clears the override and its field.
    h.get_by_label("Reset").click();
    h.run();
    assert_eq!(h.state().scenario().schedule.overrides.payment, None);
    assert_eq!(field_text(&h, "Payment date"), "");
    assert_eq!(after_field(&h, "Delivery date"), "Fri 2013-07-19");
    assert!(!shows(&h, "overridden"));
}

#[test]
fn an_override_out_of_order_shows_the_domain_message_beside_the_field() {
    let mut h = harness_on(Panel::Timetable);
    retype(&mut h, "Payment date", "2013-07-11");
    assert!(
        shows(
            &h,
            "Payment date (2013-07-11) must be on or after the subscription period end (2013-07-12)"
        ),
        "order message not on screen"
    );
    // The scenario keeps the last valid value; the field keeps the text.
    assert_eq!(h.state().scenario().schedule.overrides.payment, None);
    assert_eq!(field_text(&h, "Payment date"), "2013-07-11");
    assert!(shows(&h, "1 problem"));
}

#[test]
fn an_overridden_date_on_a_holiday_is_warned_about() {
    let mut h = harness_on(Panel::Timetable);
    retype(&mut h, "Delivery date", "2013-07-20");
    assert_eq!(
        h.state().scenario().schedule.overrides.delivery,
        Some(ymd(2013, 7, 20))
    );
    assert!(shows_exactly(
        &h,
        "⚠ Sat 2013-07-20 is not a TSE business day (Saturday)"
    ));
}

#[test]
fn a_new_calculation_date_moves_the_dates_across_the_year_end() {
    let mut h = harness_on(Panel::Timetable);
    retype(&mut h, "Calculation date", "2013-12-27");
    assert_eq!(
        h.state().scenario().schedule.calculation_date,
        ymd(2013, 12, 27)
    );
    // By hand from Fri 2013-12-27: TSE business days Dec 30 (1st); Dec 31 – Jan 3
    // closed; Jan 6 (2nd), 7, 8, 9 (5th = payment), 10 (6th); Jan 13 Coming of Age
    // Day; 14, 15, 16, 17, 20, 21 (12th = cover end); 22, 23, 24, 27 (16th); 28.
    for (row, date) in [
        ("Subscription period start", "Mon 2013-12-30"),
        ("Subscription period end", "Mon 2014-01-06"),
        ("Payment date", "Thu 2014-01-09"),
        ("Delivery date", "Fri 2014-01-10"),
        ("Syndicate cover transaction period start", "Tue 2014-01-07"),
        ("Syndicate cover transaction period end", "Tue 2014-01-21"),
        ("Third-party allotment subscription date", "Mon 2014-01-27"),
        ("Third-party allotment payment date", "Tue 2014-01-28"),
    ] {
        assert_eq!(after_field(&h, row), date, "{row}");
    }
    for text in [
        "New Year's Day",
        "Coming of Age Day",
        "Year-end holidays (Dec 31 – Jan 3)",
    ] {
        assert!(shows_exactly(&h, text), "{text} not on screen");
    }
}

#[test]
fn a_calculation_date_on_a_holiday_is_warned_about() {
    let mut h = harness_on(Panel::Timetable);
    retype(&mut h, "Calculation date", "2013-07-15");
    assert!(shows_exactly(
        &h,
        "⚠ Mon 2013-07-15 is not a TSE business day (Marine Day): there is no closing \
         price to take the base price from."
    ));
}

#[test]
fn offsets_can_be_changed_and_restored() {
    let mut h = harness_on(Panel::Timetable);
    h.get_by_label("Offsets (TSE business days after the calculation date)")
        .click();
    h.run();
    assert_eq!(field_text(&h, "Payment"), "5");
    retype(&mut h, "Payment", "6");
    assert_eq!(h.state().scenario().schedule.offsets.payment, 6);
    assert!(shows_exactly(
        &h,
        "6th TSE business day after the calculation date"
    ));
    // Jul 11, 12, 16, 17, 18, 19: the 6th business day (Marine Day skipped).
    assert_eq!(after_field(&h, "Payment date"), "Fri 2013-07-19");
    h.get_by_label("Restore defaults").click();
    h.run();
    assert_eq!(h.state().scenario().schedule.offsets.payment, 5);
    assert_eq!(field_text(&h, "Payment"), "5");
}

#[test]
fn an_invalid_timetable_shows_its_message_and_stays_editable() {
    let mut h = harness_on(Panel::Timetable);
    h.get_by_label("Offsets (TSE business days after the calculation date)")
        .click();
    h.run();
    retype(&mut h, "Payment", "3");
    retype(&mut h, "Delivery date", "2013-07-17");
    assert_eq!(
        h.state().scenario().schedule.overrides.delivery,
        Some(ymd(2013, 7, 17))
    );
    // Restoring the offsets moves the payment date past the delivery override.
    h.get_by_label("Restore defaults").click();
    h.run();
    assert!(shows(
        &h,
        "Delivery date (2013-07-17) must be after the payment date (2013-07-18)"
    ));
    // Still editable: clearing the override makes the timetable valid again.
    h.get_by_label("Reset").click();
    h.run();
    assert_eq!(after_field(&h, "Delivery date"), "Fri 2013-07-19");
    assert!(!shows(&h, "must be after"));
}

#[test]
fn dates_from_fitted_offsets_are_marked_until_entered() {
    let mut h = harness_on(Panel::Timetable);
    let marked = |h: &egui_kittest::Harness<'static, offering_desk::ui::DeskApp>| {
        h.query_all_by_label_contains("assumed — set the date from the launch notice")
            .count()
    };
    // The cover end (12 business days) and the allotment's subscription (16) and payment
    // (the next business day) come from offsets fitted to the 2013 deal.
    assert_eq!(marked(&h), 3);
    // Entering the subscription date from the launch notice settles it and its payment.
    retype(
        &mut h,
        "Third-party allotment subscription date",
        "2013-08-02",
    );
    assert_eq!(
        h.state()
            .scenario()
            .schedule
            .overrides
            .allotment_subscription,
        Some(ymd(2013, 8, 2))
    );
    assert_eq!(marked(&h), 1);
    retype(
        &mut h,
        "Syndicate cover transaction period end",
        "2013-07-29",
    );
    assert_eq!(marked(&h), 0);
}

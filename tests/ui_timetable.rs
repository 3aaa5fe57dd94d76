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

#[test]
fn the_bundled_scenario_shows_the_seed_dates_and_the_holiday_that_moved_them() {
    let h = harness_on(Panel::Timetable);
    assert_eq!(field_text(&h, "Calculation date"), "2013-07-10");
    for text in [
        "Thu 2013-07-11",
        "Fri 2013-07-12",
        "Thu 2013-07-18",
        "Fri 2013-07-19",
        "Sat 2013-07-13",
        "Mon 2013-07-29",
        "Fri 2013-08-02",
        "Mon 2013-08-05",
        "5th TSE business day after the calculation date",
        "Marine Day (Mon 2013-07-15) skipped",
        "Marine Day",
    ] {
        assert!(shows(&h, text), "{text} not on screen");
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
    assert!(shows(&h, "Wed 2013-07-17"));
    assert!(shows(&h, "overridden; derived date was Thu 2013-07-18"));
    // Delivery followed the override: Fri 2013-07-19 is gone.
    assert!(!shows(&h, "Fri 2013-07-19"));

    // Reset clears the override and its field.
    h.get_by_label("Reset").click();
    h.run();
    assert_eq!(h.state().scenario().schedule.overrides.payment, None);
    assert_eq!(field_text(&h, "Payment date"), "");
    assert!(shows(&h, "Fri 2013-07-19"));
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
    assert!(shows(
        &h,
        "Sat 2013-07-20 is not a TSE business day (Saturday)"
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
    // As `offering-desk schedule --calculation-date 2013-12-27` prints them.
    for text in [
        "Mon 2013-12-30",
        "Mon 2014-01-06",
        "Thu 2014-01-09",
        "Fri 2014-01-10",
        "Tue 2014-01-07",
        "Tue 2014-01-21",
        "Mon 2014-01-27",
        "Tue 2014-01-28",
        "New Year's Day",
        "Coming of Age Day",
        "Year-end holidays (Dec 31 – Jan 3)",
    ] {
        assert!(shows(&h, text), "{text} not on screen");
    }
    assert!(!shows(&h, "Thu 2013-07-18"));
}

#[test]
fn a_calculation_date_on_a_holiday_is_warned_about() {
    let mut h = harness_on(Panel::Timetable);
    retype(&mut h, "Calculation date", "2013-07-15");
    assert!(shows(
        &h,
        "Mon 2013-07-15 is not a TSE business day (Marine Day)"
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
    assert!(shows(&h, "6th TSE business day after the calculation date"));
    assert!(shows(&h, "Fri 2013-07-19"));
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
    assert!(shows(&h, "Fri 2013-07-19"));
    assert!(!shows(&h, "must be after"));
}

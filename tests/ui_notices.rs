//! The notices panel: the company, the board's dates and the option notice's standard
//! items, edited in the window and kept in the scenario.

mod common;

use chrono::NaiveDate;
use common::*;
use egui_kittest::kittest::Queryable;
use offering_desk::scenario::wording;
use offering_desk::ui::Panel;

#[test]
fn the_sample_shows_the_company_as_the_notices_name_it() {
    let h = harness_on(Panel::Notices);
    // Seed 000's identification line: ("IIJ", …, NASDAQ:IIJI, TSE:3774), "Tokyo, July 10".
    assert_eq!(
        field_text(&h, "Company name"),
        "Internet Initiative Japan Inc."
    );
    assert_eq!(field_text(&h, "Short name"), "IIJ");
    assert_eq!(field_text(&h, "Listing codes"), "NASDAQ:IIJI, TSE:3774");
    assert_eq!(field_text(&h, "Dateline city"), "Tokyo");
    // "resolved at the meeting of the Board of Directors held on July 2, 2013".
    assert_eq!(field_text(&h, "Launch resolution (board)"), "2013-07-02");
    // Seed 001 is dated June 26, 2013, the day of the board's resolution.
    assert_eq!(field_text(&h, "Board resolution"), "2013-06-26");
    // Items left to the standard wording show it.
    assert_eq!(
        field_text(&h, "(8) Conditions for acquisition"),
        wording::ACQUISITION_CONDITIONS
    );
}

#[test]
fn company_fields_and_dates_are_kept_in_the_scenario() {
    let mut h = harness_on(Panel::Notices);
    retype(&mut h, "Short name", "ACME");
    retype(&mut h, "Listing codes", "TSE:9999、 NASDAQ:ACME ,");
    retype(&mut h, "Pricing resolution (board)", "平成25年7月10日");
    let s = h.state().scenario();
    assert_eq!(s.company.short_name, "ACME");
    assert_eq!(s.company.listing_codes, ["TSE:9999", "NASDAQ:ACME"]);
    assert_eq!(
        s.schedule.pricing_resolution_date,
        NaiveDate::from_ymd_opt(2013, 7, 10)
    );
    assert!(h.state().is_dirty());
}

#[test]
fn a_date_that_breaks_a_rule_is_refused_beside_its_field() {
    let mut h = harness_on(Panel::Notices);
    // The launch resolution must come on or before the calculation date (2013-07-10).
    retype(&mut h, "Launch resolution (board)", "2013-07-11");
    assert!(shows(
        &h,
        "must be on or before the calculation date (2013-07-10)"
    ));
    assert_eq!(
        h.state().scenario().schedule.launch_resolution_date,
        NaiveDate::from_ymd_opt(2013, 7, 2)
    );
    assert!(shows(&h, "1 problem"));
}

#[test]
fn an_item_edited_and_put_back_to_the_standard_wording() {
    let mut h = harness_on(Panel::Notices);
    let label = "(11) Other exercise conditions";
    retype(&mut h, label, "1) Partial exercise is not allowed.");
    assert_eq!(
        h.state().scenario().option.exercise_conditions,
        "1) Partial exercise is not allowed."
    );
    assert!(shows_exactly(&h, "Edited for this scenario."));
    h.get_by_label("Back to the standard wording")
        .click_accesskit();
    h.run();
    assert_eq!(h.state().scenario().option.exercise_conditions, "");
    assert_eq!(field_text(&h, label), wording::EXERCISE_CONDITIONS);
    // Typing the standard text itself stores nothing: the file stays small.
    retype(&mut h, label, wording::EXERCISE_CONDITIONS);
    assert_eq!(h.state().scenario().option.exercise_conditions, "");
}

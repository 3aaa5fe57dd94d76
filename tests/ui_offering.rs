//! The offering panel and the app's habits, driven through the real window.

mod common;

use common::*;
use egui_kittest::kittest::Queryable;
use offering_desk::ui::Panel;
use rust_decimal::Decimal;
use std::str::FromStr;

#[test]
fn the_bundled_scenario_shows_the_seed_figures() {
    let h = harness();
    for text in [
        "JPY 3,346",
        "3.01 %",
        "JPY 15,726,200,000",
        "JPY 15,077,600,000",
        "JPY 7,538,800,000",
        "JPY 2,342,200,000",
        "JPY 2,245,600,000",
        "JPY 1,122,800,000",
        "JPY 17,223,200,000",
    ] {
        assert!(shows(&h, text), "{text} not on screen");
    }
}

#[test]
fn typing_a_discount_rate_changes_the_issue_price() {
    let mut h = harness();
    retype(&mut h, "Discount rate", "5");
    // 3,450 × 0.95 = 3,277.5 → rounded down → 3,277
    assert_eq!(
        h.state().scenario().offering.to_inputs().pricing,
        offering_desk::domain::offering::IssuePricing::Discount {
            discount_rate: Decimal::from_str("0.05").unwrap()
        }
    );
    assert!(shows(&h, "JPY 3,277"));
    assert!(!shows(&h, "JPY 3,346"));
}

#[test]
fn an_invalid_entry_shows_its_message_and_keeps_the_last_result() {
    let mut h = harness();
    retype(&mut h, "Discount rate", "abc");
    assert!(shows(&h, "is not a percentage"));
    assert!(shows(&h, "Not current"));
    // The scenario keeps the last valid discount, so the figures stay.
    assert!(shows(&h, "JPY 3,346"));
    assert!(shows(&h, "1 problem"));
    retype(&mut h, "Discount rate", "120");
    assert!(shows(&h, "must be at least 0 % and below 100 %"));
}

#[test]
fn an_edit_marks_unsaved_and_undo_restores_it() {
    let mut h = harness();
    assert!(!h.state().is_dirty());
    retype(&mut h, "Base price", "4,000");
    assert!(h.state().is_dirty());
    assert!(shows(&h, "Unsaved changes"));
    shortcut(&mut h, eframe::egui::Key::Z);
    assert_eq!(
        h.state().scenario().offering.base_price,
        Decimal::from(3450)
    );
    assert!(!h.state().is_dirty());
}

#[test]
fn tabs_switch_panels() {
    let mut h = harness();
    h.get_by_label("Summary").click();
    h.run();
    assert!(shows(&h, "Copy summary"));
    let _ = Panel::Summary;
}

#[test]
fn the_explorer_slider_sets_the_discount() {
    let mut h = harness();
    // With an entered amount to be paid, the curves hold the current spread (138 / 3,346).
    assert!(shows(&h, "current underwriting spread of 4.12 %"));
    h.get_by_role_and_label(eframe::egui::accesskit::Role::Slider, "Discount rate")
        .set_value_accesskit(5.0);
    h.run();
    assert_eq!(
        h.state().scenario().offering.to_inputs().pricing,
        offering_desk::domain::offering::IssuePricing::Discount {
            discount_rate: Decimal::from_str("0.05").unwrap()
        }
    );
    // 3,450 × 0.95 = 3,277.5 → 3,277
    assert!(shows(&h, "JPY 3,277"));
}

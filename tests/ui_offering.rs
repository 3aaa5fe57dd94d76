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
    // Seed 000 (IIJ pricing notice, 2013-07-10), each figure on its own row.
    for (row, value) in [
        ("Issue price (selling price)", "JPY 3,346"),
        ("Discount rate applied", "3.01 %"),
        ("Amount to be paid", "JPY 3,208"),
        ("Total amount of the issue price", "JPY 15,726,200,000"),
        ("Total amount to be paid", "JPY 15,077,600,000"),
        (
            "Public offering: stated capital increase",
            "JPY 7,538,800,000",
        ),
        (
            "Public offering: additional paid-in capital increase",
            "JPY 7,538,800,000",
        ),
        (
            "Over-allotment: total amount of the selling price",
            "JPY 2,342,200,000",
        ),
        (
            "Third-party allotment: total amount to be paid (maximum)",
            "JPY 2,245,600,000",
        ),
        (
            "Third-party allotment: stated capital increase",
            "JPY 1,122,800,000",
        ),
        (
            "Third-party allotment: additional paid-in capital increase",
            "JPY 1,122,800,000",
        ),
        ("Net proceeds (maximum)", "JPY 17,223,200,000"),
    ] {
        assert_eq!(figure(&h, row), value, "{row}");
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
    assert_eq!(figure(&h, "Issue price (selling price)"), "JPY 3,277");
    // (3,450 − 3,277) ÷ 3,450 = 5.014… % → 5.01 %
    assert_eq!(figure(&h, "Discount rate applied"), "5.01 %");
    // 3,277 × 4,700,000
    assert_eq!(
        figure(&h, "Total amount of the issue price"),
        "JPY 15,401,900,000"
    );
    assert!(!shows_exactly(&h, "JPY 3,346"));
}

#[test]
fn an_invalid_entry_shows_its_message_and_keeps_the_last_result() {
    let mut h = harness();
    retype(&mut h, "Discount rate", "abc");
    assert!(shows(&h, "is not a percentage"));
    assert!(shows(&h, "Not current"));
    // The scenario keeps the last valid discount, so the figures stay.
    assert_eq!(figure(&h, "Issue price (selling price)"), "JPY 3,346");
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
    assert_eq!(figure(&h, "Issue price (selling price)"), "JPY 3,277");
}

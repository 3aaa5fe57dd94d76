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

/// Scrolls the panel until the figure labelled `row` is in view: the capital group lies
/// below the fold of the test window, and a figure is read off its row on screen.
fn scroll_to(h: &mut egui_kittest::Harness<'static, offering_desk::ui::DeskApp>, row: &str) {
    h.get_by_role_and_label(eframe::egui::accesskit::Role::Label, row)
        .scroll_to_me();
    h.run();
}

/// The dilution figures of the sample's 4,700,000 new shares and 700,000 allotment
/// shares on 41,000,000 issued shares (1,000,000 of them treasury shares) and a net
/// income of JPY 3,000,000,000, by hand: 4,700,000 ÷ 41,000,000 = 11.4634…% → 11.46 %;
/// 5,400,000 ÷ 46,400,000 = 11.6379…% → 11.64 %; EPS after the offering
/// 3,000,000,000 ÷ (40,000,000 + 4,700,000) = 67.1140… → 67.11.
#[test]
fn typing_the_shares_before_the_offering_shows_the_dilution() {
    let mut h = harness_on(Panel::Offering);
    // Until the issued shares are entered, one line says what to enter.
    assert_eq!(
        figure(&h, "Issued shares before the offering"),
        "not entered"
    );
    retype(&mut h, "Issued shares before the offering", "41,000,000");
    retype(&mut h, "Treasury shares", "1,000,000");
    retype(&mut h, "Net income (last fiscal year)", "3,000,000,000");
    let c = &h.state().scenario().capital;
    assert_eq!(c.issued_shares, Some(41_000_000));
    assert_eq!(c.treasury_shares, 1_000_000);
    assert_eq!(c.net_income, Some(Decimal::from(3_000_000_000u64)));
    assert_eq!(
        figure(&h, "Dilution, public offering (÷ issued shares before)"),
        "11.46 %"
    );
    let total_after = "Dilution, offering + max. allotment (÷ issued shares after)";
    scroll_to(&mut h, total_after);
    assert_eq!(figure(&h, total_after), "11.64 %");
    scroll_to(&mut h, "EPS after the public offering");
    assert_eq!(figure(&h, "EPS after the public offering"), "JPY 67.11");

    // Treasury shares must be fewer than the issued shares: refused beside the field,
    // the figures kept from the last valid entry.
    retype(&mut h, "Treasury shares", "41,000,000");
    assert!(shows(
        &h,
        "must be from 0 to 40,999,999 shares: fewer than the 41,000,000 issued shares"
    ));
    assert_eq!(h.state().scenario().capital.treasury_shares, 1_000_000);
    assert_eq!(figure(&h, "EPS after the public offering"), "JPY 67.11");
    // EPS while net income is given: refused, naming the other field.
    retype(&mut h, "EPS (last fiscal year)", "75");
    assert!(shows(
        &h,
        "must be empty when net income (capital.net_income)"
    ));
    assert_eq!(h.state().scenario().capital.eps, None);

    // The Summary panel lists them too.
    h.state_mut()
        .push(offering_desk::ui::Command::ShowPanel(Panel::Summary));
    h.run();
    assert_eq!(
        figure(&h, "Issued shares after the allotment (maximum)"),
        "46,400,000 shares"
    );
}

#[test]
fn the_japanese_window_takes_the_shares_in_full_width_digits() {
    let mut h = japanese_on(Some(Panel::Offering));
    assert_eq!(figure(&h, "増資前の発行済株式総数"), "未入力");
    retype(&mut h, "増資前の発行済株式総数", "４１，０００，０００株");
    retype(&mut h, "自己株式数", "１，０００，０００");
    retype(
        &mut h,
        "当期純利益（直前事業年度）",
        "３，０００，０００，０００円",
    );
    // 4,700,000 ÷ 45,700,000 = 10.2844…% → 10.28 %; 3,000,000,000 ÷ 45,400,000 =
    // 66.0792… → 66.08円.
    scroll_to(&mut h, "1株当たり当期純利益（第三者割当増資後）");
    assert_eq!(figure(&h, "希薄化率：公募増資（増資後比）"), "10.28 %");
    assert_eq!(
        figure(&h, "1株当たり当期純利益（第三者割当増資後）"),
        "66.08円"
    );
    assert_eq!(figure(&h, "公募増資後の発行済株式総数"), "45,700,000株");
}

//! The yen side of the option module, on hand-checked figures.

use std::str::FromStr;

use offering_desk::domain::options::*;
use rust_decimal::Decimal;

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).expect("decimal literal")
}

#[test]
fn amount_per_right_rounds_up_to_the_yen() {
    // 2,890.123 × 200 = 578,024.6 → 578,025.
    let amount = amount_per_right(2890.123, 200).unwrap();
    assert_eq!(amount.price_per_share, dec("2890.1230000000"));
    assert_eq!(amount.unrounded, dec("578024.6"));
    assert_eq!(amount.amount, dec("578025"));
    assert_eq!(amount.shares_per_right, 200);
}

#[test]
fn amount_per_right_keeps_an_exact_integer() {
    // 2,890.12 is stored as 2,890.11999999999989…; × 200 must stay 578,024, and
    // 2,890.125 (exact in binary) × 200 = 578,025 exactly.
    assert_eq!(
        amount_per_right(2890.12, 200).unwrap().amount,
        dec("578024")
    );
    assert_eq!(
        amount_per_right(2890.125, 200).unwrap().amount,
        dec("578025")
    );
    assert_eq!(amount_per_right(0.1, 10).unwrap().amount, dec("1"));
    assert_eq!(amount_per_right(0.0, 200).unwrap().amount, Decimal::ZERO);
    // Anything above the integer, however little (beyond the noise), is rounded up.
    assert_eq!(
        amount_per_right(2_890.120_001, 200).unwrap().amount,
        dec("578025")
    );
}

#[test]
fn amount_per_right_of_the_one_yen_strike_option() {
    let result = black_scholes(&BlackScholesInputs {
        spot: 3000.0,
        strike: 1.0,
        term_years: 15.0,
        volatility: 0.5,
        risk_free_rate: 0.02,
        dividend_yield: 0.005,
    })
    .unwrap();
    // mpmath: C = 2,782.48977…, × 200 = 556,497.95… → 556,498.
    let amount = amount_per_right(result.price, 200).unwrap();
    assert_eq!(amount.amount, dec("556498"));
}

#[test]
fn amount_per_right_rejects_bad_input() {
    assert_eq!(
        amount_per_right(f64::NAN, 200).unwrap_err().field,
        "option.price_per_share"
    );
    assert_eq!(
        amount_per_right(-1.0, 200).unwrap_err().field,
        "option.price_per_share"
    );
    assert_eq!(
        amount_per_right(1e300, 200).unwrap_err().field,
        "option.price_per_share"
    );
    assert_eq!(
        amount_per_right(100.0, 0).unwrap_err().field,
        "option.shares_per_right"
    );
}

fn seed_groups() -> Vec<AllotmentGroup> {
    vec![
        AllotmentGroup {
            name: "Directors".into(),
            persons: 7,
            rights: 95,
        },
        AllotmentGroup {
            name: "Executive officers".into(),
            persons: 10,
            rights: 40,
        },
    ]
}

#[test]
fn allotment_of_the_seed() {
    let summary = allotment(&seed_groups(), 135, dec("578025"), 200).unwrap();
    assert_eq!(summary.total_persons, 17);
    assert_eq!(summary.total_rights, 135);
    assert_eq!(summary.total_shares, 27_000);
    assert_eq!(summary.total_value, dec("78033375"));
    assert!(summary.within_maximum);
    assert_eq!(summary.max_rights, 135);
    assert_eq!(summary.rows[0].shares, 19_000);
    assert_eq!(summary.rows[0].value, dec("54912375"));
    assert_eq!(summary.rows[1].shares, 8_000);
    assert_eq!(summary.rows[1].value, dec("23121000"));
}

#[test]
fn allotment_over_the_maximum_names_both_numbers() {
    let error = allotment(&seed_groups(), 130, dec("578025"), 200).unwrap_err();
    assert_eq!(error.field, "option.allotment");
    assert!(error.message.contains("135"), "{}", error.message);
    assert!(error.message.contains("130"), "{}", error.message);
}

#[test]
fn allotment_rejects_bad_groups_and_overflow() {
    let mut groups = seed_groups();
    groups[1].name = "  ".into();
    assert_eq!(
        allotment(&groups, 135, dec("1"), 200).unwrap_err().field,
        "option.allotment[1].name"
    );
    let mut groups = seed_groups();
    groups[0].persons = 0;
    assert_eq!(
        allotment(&groups, 135, dec("1"), 200).unwrap_err().field,
        "option.allotment[0].persons"
    );
    let huge = vec![
        AllotmentGroup {
            name: "A".into(),
            persons: 1,
            rights: u32::MAX,
        },
        AllotmentGroup {
            name: "B".into(),
            persons: 1,
            rights: 1,
        },
    ];
    assert_eq!(
        allotment(&huge, u32::MAX, dec("1"), 200).unwrap_err().field,
        "option.allotment[1].rights"
    );
    assert_eq!(
        allotment(&seed_groups(), 135, dec("-1"), 200)
            .unwrap_err()
            .field,
        "option.amount_per_right"
    );
    assert_eq!(
        allotment(&seed_groups(), 135, dec("1"), 0)
            .unwrap_err()
            .field,
        "option.shares_per_right"
    );
    // No groups at all is a valid, empty allotment.
    let empty = allotment(&[], 135, dec("1"), 200).unwrap();
    assert_eq!(empty.total_rights, 0);
    assert_eq!(empty.total_value, Decimal::ZERO);
}

#[test]
fn capital_on_exercise_rounds_stated_capital_up() {
    // 1 right: 578,025 + 200 shares × 1 yen = 578,225 → 289,112.5 → 289,113 and 289,112.
    let capital = capital_on_exercise(1, dec("578025"), 200, dec("1")).unwrap();
    assert_eq!(capital.book_value, dec("578025"));
    assert_eq!(capital.exercise_amount, dec("200"));
    assert_eq!(capital.capital_increase_limit, dec("578225"));
    assert_eq!(capital.stated_capital, dec("289113"));
    assert_eq!(capital.capital_reserve, dec("289112"));
    // An even limit splits exactly.
    let even = capital_on_exercise(2, dec("578025"), 200, dec("1")).unwrap();
    assert_eq!(even.capital_increase_limit, dec("1156450"));
    assert_eq!(even.stated_capital, dec("578225"));
    assert_eq!(even.capital_reserve, dec("578225"));
    // All 135 rights.
    let all = capital_on_exercise(135, dec("578025"), 200, dec("1")).unwrap();
    assert_eq!(all.capital_increase_limit, dec("78060375"));
    assert_eq!(all.stated_capital, dec("39030188"));
    assert_eq!(all.capital_reserve, dec("39030187"));
}

#[test]
fn capital_on_exercise_rejects_bad_input() {
    assert_eq!(
        capital_on_exercise(0, dec("1"), 200, dec("1"))
            .unwrap_err()
            .field,
        "option.rights_exercised"
    );
    assert_eq!(
        capital_on_exercise(1, dec("-1"), 200, dec("1"))
            .unwrap_err()
            .field,
        "option.amount_per_right"
    );
    assert_eq!(
        capital_on_exercise(1, dec("1"), 0, dec("1"))
            .unwrap_err()
            .field,
        "option.shares_per_right"
    );
    assert_eq!(
        capital_on_exercise(1, dec("1"), 200, dec("-0.5"))
            .unwrap_err()
            .field,
        "option.exercise_price"
    );
    assert_eq!(
        capital_on_exercise(u32::MAX, Decimal::MAX, 200, dec("1"))
            .unwrap_err()
            .field,
        "option.amount_per_right"
    );
}

#[test]
fn split_adjustment_drops_fractions_of_a_share() {
    let up = adjust_shares_per_right(200, dec("1.5")).unwrap();
    assert_eq!(up.unrounded, dec("300"));
    assert_eq!(up.shares_after, 300);
    let down = adjust_shares_per_right(201, dec("0.5")).unwrap();
    assert_eq!(down.unrounded, dec("100.5"));
    assert_eq!(down.shares_after, 100);
    assert_eq!(
        adjust_shares_per_right(1, dec("200")).unwrap().shares_after,
        200
    );
    // 1/3 has no exact decimal: 3 × 0.333…3 (28 digits) still gives 1 whole share.
    let third = Decimal::ONE / Decimal::from(3);
    let snapped = adjust_shares_per_right(3, third).unwrap();
    assert!(snapped.unrounded < Decimal::ONE);
    assert_eq!(snapped.shares_after, 1);
    // But 3 × 0.3333 as typed is 0.9999: under one share, an error.
    let error = adjust_shares_per_right(3, dec("0.3333")).unwrap_err();
    assert_eq!(error.field, "option.later_split_ratio");
    assert!(error.message.contains("0.9999"), "{}", error.message);
}

#[test]
fn split_adjustment_rejects_bad_input() {
    assert_eq!(
        adjust_shares_per_right(200, Decimal::ZERO)
            .unwrap_err()
            .field,
        "option.later_split_ratio"
    );
    assert_eq!(
        adjust_shares_per_right(200, dec("-2")).unwrap_err().field,
        "option.later_split_ratio"
    );
    assert_eq!(
        adjust_shares_per_right(0, dec("2")).unwrap_err().field,
        "option.shares_per_right"
    );
    assert_eq!(
        adjust_shares_per_right(1, dec("0.4")).unwrap_err().field,
        "option.later_split_ratio"
    );
    assert_eq!(
        adjust_shares_per_right(u32::MAX, dec("2"))
            .unwrap_err()
            .field,
        "option.later_split_ratio"
    );
}

#[test]
fn dividend_yield_adjusts_for_the_split() {
    // IIJ-like: 1,500 yen before the 1:200 split is 7.5 yen today; at 3,000 yen, 0.25 %.
    let dividend = dividend_yield(dec("1500"), dec("200"), dec("3000")).unwrap();
    assert_eq!(dividend.adjusted_dividend, dec("7.5"));
    assert_eq!(dividend.yield_, 0.0025);
    let none = dividend_yield(dec("15"), Decimal::ONE, dec("2987")).unwrap();
    assert_eq!(none.adjusted_dividend, dec("15"));
    assert!((none.yield_ - 15.0 / 2987.0).abs() < 1e-17);
    assert_eq!(
        dividend_yield(dec("0"), dec("1"), dec("3000"))
            .unwrap()
            .yield_,
        0.0
    );
}

#[test]
fn dividend_yield_rejects_bad_input() {
    assert_eq!(
        dividend_yield(dec("-1"), dec("1"), dec("3000"))
            .unwrap_err()
            .field,
        "option.dividend_per_share"
    );
    assert_eq!(
        dividend_yield(dec("1"), dec("0"), dec("3000"))
            .unwrap_err()
            .field,
        "option.dividend_split_ratio"
    );
    assert_eq!(
        dividend_yield(dec("1"), dec("1"), dec("0"))
            .unwrap_err()
            .field,
        "option.share_price"
    );
}

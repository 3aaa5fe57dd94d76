//! Every figure of seed 000 (IIJ, Notice of Issue Price and Selling Price, 2013-07-10)
//! from the bundled scenario, to the yen. Expected values are typed from the notice.

use chrono::NaiveDate;
use offering_desk::domain::money::format_percent;
use offering_desk::domain::offering::{
    IssuePricing, OfferingResult, PaidPricing, capital_split, compute_offering, issue_price,
};
use offering_desk::domain::schedule::TimetableItem;
use offering_desk::scenario::{self, ScenarioResults};
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn results() -> ScenarioResults {
    ScenarioResults::compute(&scenario::sample().expect("bundled sample loads"))
}

fn offering() -> OfferingResult {
    results().offering.expect("sample offering computes")
}

#[test]
fn public_offering_matches_the_notice() {
    let r = offering();
    assert_eq!(r.issue_price.base_price, d("3450"));
    // 3,450 × 0.97 = 3,346.5 → rounded down → 3,346
    assert_eq!(r.issue_price.unrounded, d("3346.5"));
    assert_eq!(r.issue_price.issue_price, d("3346"));
    assert_eq!(format_percent(r.issue_price.applied_discount, 2), "3.01 %");
    assert_eq!(r.public_offering_issue.shares, 4_700_000);
    assert_eq!(r.public_offering_issue.total, d("15726200000"));
    assert_eq!(r.paid.amount_to_be_paid, d("3208"));
    assert_eq!(r.public_offering_paid.total, d("15077600000"));
    assert_eq!(r.public_offering_capital.stated_capital, d("7538800000"));
    assert_eq!(
        r.public_offering_capital.additional_paid_in_capital,
        d("7538800000")
    );
    // The underwriters' spread: 3,346 − 3,208 = 138 yen, 4.12 % of the issue price.
    assert_eq!(r.paid.spread_per_share, d("138"));
    assert_eq!(format_percent(r.paid.spread_rate, 2), "4.12 %");
}

#[test]
fn over_allotment_and_third_party_allotment_match_the_notice() {
    let r = offering();
    assert_eq!(r.over_allotment.shares, 700_000);
    assert_eq!(r.over_allotment.price, d("3346"));
    assert_eq!(r.over_allotment.total, d("2342200000"));
    assert_eq!(r.allotment.shares, 700_000);
    assert_eq!(r.allotment.price, d("3208"));
    assert_eq!(r.allotment.total, d("2245600000"));
    assert_eq!(r.allotment_capital.stated_capital, d("1122800000"));
    assert_eq!(
        r.allotment_capital.additional_paid_in_capital,
        d("1122800000")
    );
}

#[test]
fn proceeds_reconcile_with_the_uses_in_the_notice() {
    let p = offering().proceeds;
    assert_eq!(p.gross, d("17323200000"));
    assert_eq!(p.estimated_expenses, d("100000000"));
    assert_eq!(p.net, d("17223200000"));
    // 10,122,000,000 + 5,111,200,000 + 1,990,000,000
    assert_eq!(p.uses_total, d("17223200000"));
    assert_eq!(p.unallocated, Decimal::ZERO);
}

#[test]
fn timetable_matches_the_notice() {
    let t = results().timetable.expect("sample timetable derives");
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let expect = [
        (TimetableItem::SubscriptionStart, date(2013, 7, 11)),
        (TimetableItem::SubscriptionEnd, date(2013, 7, 12)),
        (TimetableItem::Payment, date(2013, 7, 18)),
        (TimetableItem::Delivery, date(2013, 7, 19)),
        (TimetableItem::CoverStart, date(2013, 7, 13)),
        (TimetableItem::CoverEnd, date(2013, 7, 29)),
        (TimetableItem::AllotmentSubscription, date(2013, 8, 2)),
        (TimetableItem::AllotmentPayment, date(2013, 8, 5)),
    ];
    for (item, want) in expect {
        let got = t
            .dates
            .iter()
            .find(|x| x.item == item)
            .expect("item present");
        assert_eq!(got.date, want, "{}", item.label());
        assert!(!got.overridden);
    }
}

#[test]
fn capital_split_is_on_totals_and_rounds_up() {
    // Per-share amounts in sen: 1,286.55 × 3 shares = 3,859.65; half = 1,929.825 → 1,930.
    let c = capital_split(d("3859.65"), d("0.5")).unwrap();
    assert_eq!(c.stated_capital, d("1930"));
    assert_eq!(c.additional_paid_in_capital, d("1929.65"));
    // Splitting per share first would give 643.275 → 644 × 3 = 1,932: wrong.
    assert_ne!(c.stated_capital, d("1932"));
    // An odd total: 15,077,600,001 / 2 = 7,538,800,000.5 → 7,538,800,001.
    let c = capital_split(d("15077600001"), d("0.5")).unwrap();
    assert_eq!(c.stated_capital, d("7538800001"));
    assert_eq!(c.additional_paid_in_capital, d("7538800000"));
    // Below half is refused.
    let e = capital_split(d("100"), d("0.49")).unwrap_err();
    assert_eq!(e.field, "offering.stated_capital_ratio");
}

#[test]
fn entered_issue_price_shows_implied_discount_and_tick_rounding() {
    let entered = issue_price(
        d("3450"),
        IssuePricing::Entered {
            issue_price: d("3346"),
        },
        None,
    )
    .unwrap();
    assert_eq!(entered.issue_price, d("3346"));
    assert_eq!(format_percent(entered.applied_discount, 2), "3.01 %");
    // 3,450 × 0.97 = 3,346.5 → down to a 5-yen tick → 3,345.
    let ticked = issue_price(
        d("3450"),
        IssuePricing::Discount {
            discount_rate: d("0.03"),
        },
        Some(d("5")),
    )
    .unwrap();
    assert_eq!(ticked.issue_price, d("3345"));
}

#[test]
fn amount_to_be_paid_from_a_spread_rounds_down() {
    let mut inputs = scenario::sample().unwrap().offering.to_inputs();
    // 3,346 × (1 − 4.12 %) = 3,208.1448 → 3,208
    inputs.paid = PaidPricing::Spread {
        spread_rate: d("0.0412"),
    };
    let r = compute_offering(&inputs).unwrap();
    assert_eq!(r.paid.unrounded, d("3208.1448"));
    assert_eq!(r.paid.amount_to_be_paid, d("3208"));
}

#[test]
fn bad_offering_inputs_name_their_field() {
    let base = scenario::sample().unwrap().offering.to_inputs();
    let mut i = base.clone();
    i.pricing = IssuePricing::Discount {
        discount_rate: d("1"),
    };
    assert_eq!(
        compute_offering(&i).unwrap_err().field,
        "offering.discount_rate"
    );
    let mut i = base.clone();
    i.new_shares = 0;
    assert_eq!(
        compute_offering(&i).unwrap_err().field,
        "offering.new_shares"
    );
    let mut i = base.clone();
    i.paid = PaidPricing::Entered {
        amount_to_be_paid: d("4000"),
    };
    assert_eq!(
        compute_offering(&i).unwrap_err().field,
        "offering.amount_to_be_paid"
    );
    let mut i = base;
    i.estimated_expenses = d("20000000000");
    assert_eq!(
        compute_offering(&i).unwrap_err().field,
        "offering.estimated_expenses"
    );
}

//! The offering's accepted ranges at their edges: each limit itself is accepted and the
//! next step past it refused, on the field that says so. Every expected figure is a hand
//! calculation written beside it (mutation testing found these edges untested).

use offering_desk::domain::offering::{
    IssuePricing, OfferingInputs, PaidPricing, UseOfProceeds, amount_to_be_paid, compute_offering,
    issue_price, max_price, validate,
};
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// 1,000 shares at 1,000 yen, 10 % discount, paid at 880 yen: small enough to add by hand.
fn small() -> OfferingInputs {
    OfferingInputs {
        base_price: d("1000"),
        pricing: IssuePricing::Discount {
            discount_rate: d("0.1"),
        },
        tick_size: None,
        paid: PaidPricing::Entered {
            amount_to_be_paid: d("880"),
        },
        new_shares: 1_000,
        stated_capital_ratio: d("0.5"),
        over_allotment_shares: 100,
        allotment_shares: 100,
        estimated_expenses: d("68000"),
        uses_of_proceeds: vec![UseOfProceeds {
            purpose: "capital expenditure".into(),
            amount: d("900000"),
            deadline: "2014".into(),
        }],
    }
}

fn refused_field(inputs: &OfferingInputs) -> String {
    compute_offering(inputs).map(|_| ()).unwrap_err().field
}

#[test]
fn the_proceeds_add_up_by_hand() {
    let r = compute_offering(&small()).unwrap();
    // Issue price 1,000 × 0.9 = 900; paid 880 × 1,000 = 880,000; allotment 880 × 100 = 88,000.
    assert_eq!(r.issue_price.issue_price, d("900"));
    assert_eq!(r.proceeds.gross, d("968000"));
    // 968,000 − 68,000 = 900,000, all of it allotted to the one use.
    assert_eq!(r.proceeds.net, d("900000"));
    assert_eq!(r.proceeds.uses_total, d("900000"));
    assert_eq!(r.proceeds.unallocated, d("0"));
    // With a use of 850,000, 50,000 is left unallocated.
    let mut inputs = small();
    inputs.uses_of_proceeds[0].amount = d("850000");
    let r = compute_offering(&inputs).unwrap();
    assert_eq!(r.proceeds.unallocated, d("50000"));
    // The spread is issue minus paid on the public offering: (900 − 880) × 1,000.
    assert_eq!(r.underwriting_spread_total, d("20000"));
}

#[test]
fn expenses_may_take_all_the_gross_proceeds_but_no_more() {
    let mut inputs = small();
    inputs.estimated_expenses = d("968000");
    inputs.uses_of_proceeds.clear();
    assert_eq!(compute_offering(&inputs).unwrap().proceeds.net, d("0"));
    inputs.estimated_expenses = d("968000.01");
    assert_eq!(refused_field(&inputs), "offering.estimated_expenses");
}

#[test]
fn the_tick_may_be_the_base_price_but_not_above_it_nor_zero() {
    let discount = IssuePricing::Discount {
        discount_rate: d("0"),
    };
    // A tick equal to the base price: 1,000 rounded down to a 1,000 tick is 1,000.
    let p = issue_price(d("1000"), discount, Some(d("1000"))).unwrap();
    assert_eq!(p.issue_price, d("1000"));
    for bad in ["1000.01", "0", "-5"] {
        let e = issue_price(d("1000"), discount, Some(d(bad))).unwrap_err();
        assert_eq!(e.field, "offering.tick_size", "tick {bad}");
    }
    // A 5-yen tick: 1,000 × 0.9 = 900 is already on the tick; 999 × 0.9 = 899.1 → 895.
    let p = issue_price(
        d("999"),
        IssuePricing::Discount {
            discount_rate: d("0.1"),
        },
        Some(d("5")),
    )
    .unwrap();
    assert_eq!(p.issue_price, d("895"));
}

#[test]
fn the_amount_paid_may_equal_the_issue_price_but_not_exceed_it() {
    let entered = |a: &str| PaidPricing::Entered {
        amount_to_be_paid: d(a),
    };
    let paid = amount_to_be_paid(d("900"), entered("900")).unwrap();
    assert_eq!(paid.spread_per_share, d("0"));
    let e = amount_to_be_paid(d("900"), entered("900.01")).unwrap_err();
    assert_eq!(e.field, "offering.amount_to_be_paid");
    assert_eq!(e.message(), "must not exceed the issue price of JPY 900");
}

#[test]
fn a_price_may_be_one_billion_yen_and_two_decimals_but_no_more() {
    let base = |p: Decimal| OfferingInputs {
        base_price: p,
        ..small()
    };
    assert_eq!(max_price(), d("1000000000"));
    assert!(validate(&base(d("1000000000"))).is_empty());
    assert!(validate(&base(d("999.99"))).is_empty());
    for bad in ["1000000000.01", "999.999", "0", "-1"] {
        let errors = validate(&base(d(bad)));
        assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
        assert_eq!(errors[0].field, "offering.base_price", "{bad}");
    }
}

#[test]
fn an_amount_of_yen_is_refused_below_zero_above_its_limit_and_below_the_sen() {
    let expenses = |a: &str| OfferingInputs {
        estimated_expenses: d(a),
        uses_of_proceeds: Vec::new(),
        ..small()
    };
    for good in ["0", "1234.56", "1000000000000000000"] {
        assert!(validate(&expenses(good)).is_empty(), "{good}");
    }
    for bad in ["-0.01", "1000000000000000000.01", "0.001"] {
        let errors = validate(&expenses(bad));
        assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
        assert_eq!(errors[0].field, "offering.estimated_expenses", "{bad}");
        assert_eq!(
            errors[0].message(),
            "must be an amount from JPY 0 to JPY 1,000,000,000,000,000,000, in yen and sen"
        );
    }
}

#[test]
fn share_counts_run_from_their_minimum_to_ten_billion() {
    let with = |new: u64, over: u64| OfferingInputs {
        new_shares: new,
        over_allotment_shares: over,
        ..small()
    };
    // New shares from 1; the over-allotment may be 0; both at most 10,000,000,000.
    assert!(validate(&with(1, 0)).is_empty());
    assert!(validate(&with(10_000_000_000, 10_000_000_000)).is_empty());
    let fields =
        |i: OfferingInputs| -> Vec<String> { validate(&i).into_iter().map(|e| e.field).collect() };
    assert_eq!(fields(with(0, 0)), ["offering.new_shares"]);
    assert_eq!(
        fields(with(10_000_000_001, 10_000_000_001)),
        ["offering.new_shares", "offering.over_allotment_shares"]
    );
}

#[test]
fn a_discount_may_be_zero_but_not_negative_nor_a_hundred_percent() {
    let rate = |r: &str| OfferingInputs {
        pricing: IssuePricing::Discount {
            discount_rate: d(r),
        },
        ..small()
    };
    assert!(validate(&rate("0")).is_empty());
    assert!(validate(&rate("0.9999")).is_empty());
    for bad in ["-0.0001", "1"] {
        let errors = validate(&rate(bad));
        assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
        assert_eq!(errors[0].field, "offering.discount_rate");
    }
}

#[test]
fn stated_capital_takes_from_half_to_all_of_the_amount_paid() {
    let ratio = |r: &str| OfferingInputs {
        stated_capital_ratio: d(r),
        ..small()
    };
    // All of it: 880 × 1,000 = 880,000 to stated capital, nothing to the reserve.
    let r = compute_offering(&ratio("1")).unwrap();
    assert_eq!(r.public_offering_capital.stated_capital, d("880000"));
    assert_eq!(r.public_offering_capital.additional_paid_in_capital, d("0"));
    assert!(validate(&ratio("0.5")).is_empty());
    for bad in ["0.4999", "1.0001"] {
        let errors = validate(&ratio(bad));
        assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
        assert_eq!(errors[0].field, "offering.stated_capital_ratio");
    }
}

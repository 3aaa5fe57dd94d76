//! No combination of inputs, valid or not, panics the computation or shows NaN or ∞:
//! every section either computes finite figures or names its problem.

use chrono::NaiveDate;
use offering_desk::report::{Value, summary};
use offering_desk::scenario::{self, IssuePriceTerms, PaidTerms, ScenarioResults};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Any decimal, from tiny to Decimal's extremes, of either sign.
fn any_decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (any::<i64>(), 0u32..=28).prop_map(|(m, s)| Decimal::new(m, s)),
        (any::<i32>(), 0u32..=4).prop_map(|(m, s)| Decimal::new(i64::from(m), s)),
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::ZERO),
        (-5i64..5, 0u32..=3).prop_map(|(m, s)| Decimal::new(m, s)),
    ]
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (1900i32..2200, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).expect("day 1..=28 exists"))
}

/// The sample with a short history: the sections under test, without recomputing
/// 1,868 closes per case.
fn sample() -> offering_desk::scenario::Scenario {
    let mut s = scenario::sample().unwrap();
    s.price_history.closes.truncate(80);
    s.price_history.window_start = None;
    s.price_history.window_end = None;
    s
}

fn assert_finite(s: &offering_desk::scenario::Scenario) {
    let results = ScenarioResults::compute(s);
    for f in summary(s, &results) {
        if let Value::Number { value, .. } = f.value {
            assert!(value.is_finite(), "{} = {value}", f.key);
        }
    }
    for e in results.errors() {
        assert!(!e.field.is_empty() && !e.message().is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn offering_inputs_never_panic(
        base in any_decimal(), rate in any_decimal(), paid in any_decimal(),
        shares in any::<u64>(), ratio in any_decimal(), expenses in any_decimal(),
        entered in any::<bool>(), spread in any::<bool>(), tick in proptest::option::of(any_decimal()),
    ) {
        let mut s = sample();
        let o = &mut s.offering;
        o.base_price = base;
        o.issue_price = if entered {
            IssuePriceTerms::Entered { issue_price: rate }
        } else {
            IssuePriceTerms::Discount { discount_rate: rate }
        };
        o.amount_to_be_paid = if spread {
            PaidTerms::Spread { spread_rate: paid }
        } else {
            PaidTerms::Entered { amount_to_be_paid: paid }
        };
        o.tick_size = tick;
        o.new_shares = shares;
        o.over_allotment_shares = shares / 3;
        o.allotment_shares = shares;
        o.stated_capital_ratio = ratio;
        o.estimated_expenses = expenses;
        assert_finite(&s);
    }

    #[test]
    fn option_inputs_never_panic(
        spot in any_decimal(), strike in any_decimal(), term in any_decimal(), vol in any_decimal(),
        r in any_decimal(), dividend in any_decimal(), dividend_ratio in any_decimal(),
        shares_per_right in any::<u32>(), rights in any::<u32>(), later in any_decimal(),
    ) {
        let mut s = sample();
        let o = &mut s.option;
        o.share_price = spot;
        o.exercise_price = strike;
        o.term_years = term;
        o.volatility = vol;
        o.risk_free_rate = r;
        o.dividend_per_share = dividend;
        o.dividend_split_ratio = dividend_ratio;
        o.shares_per_right = shares_per_right;
        o.allotment[0].rights = rights;
        o.max_rights = rights;
        o.rights_exercised = rights;
        o.later_split_ratio = later;
        assert_finite(&s);
    }

    #[test]
    fn schedule_and_history_inputs_never_panic(
        calc in any_date(), payment in proptest::option::of(any_date()),
        offset in 0u32..400, start in proptest::option::of(any_date()),
        end in proptest::option::of(any_date()), ratio in any_decimal(), rolling in any::<u32>(),
        closes in proptest::collection::vec((any_date(), any_decimal()), 0..40),
    ) {
        let mut s = sample();
        s.schedule.calculation_date = calc;
        s.schedule.overrides.payment = payment;
        s.schedule.offsets.payment = offset;
        let h = &mut s.price_history;
        h.window_start = start;
        h.window_end = end;
        h.splits[0].ratio = ratio;
        h.rolling_returns = rolling;
        if !closes.is_empty() {
            h.closes = closes
                .into_iter()
                .map(|(date, close)| scenario::PricePoint { date, close })
                .collect();
        }
        assert_finite(&s);
    }
}

//! The yen side of the option module, on hand-checked figures.

use std::str::FromStr;

use offering_desk::domain::options::*;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).expect("decimal literal")
}

/// The scenario's decimals, the doubles the valuation runs on, and the amount per right.
/// One argument per input, in the notice's order, so each case reads like its table row.
#[allow(clippy::too_many_arguments)]
fn value(
    spot: &str,
    strike: &str,
    term: &str,
    sigma: &str,
    r: &str,
    q: Quotient,
    shares: u32,
    convention: AmountConvention,
) -> Result<AmountPerRight, offering_desk::domain::FieldError> {
    let exact = ExactInputs {
        spot: dec(spot),
        strike: dec(strike),
        term_years: dec(term),
        volatility: dec(sigma),
        risk_free_rate: dec(r),
        dividend_yield: q,
    };
    let (inputs, valuation) = run(&exact);
    amount_per_right(&exact, &inputs, &valuation, shares, convention)
}

fn run(exact: &ExactInputs) -> (BlackScholesInputs, BlackScholesResult) {
    let f = |d: Decimal| d.to_f64().unwrap();
    let q = exact.dividend_yield;
    let inputs = BlackScholesInputs {
        spot: f(exact.spot),
        strike: f(exact.strike),
        term_years: f(exact.term_years),
        volatility: f(exact.volatility),
        risk_free_rate: f(exact.risk_free_rate),
        dividend_yield: f(q.numerator / q.denominator),
    };
    (inputs, black_scholes(&inputs).unwrap())
}

fn zero() -> Quotient {
    Quotient::of(Decimal::ZERO)
}

#[test]
fn the_issues_example_is_rounded_up_to_the_next_yen() {
    // Issue 8: S = 2,000, X = 1, T = 10, σ = 0.35, r = q = 0, 200 shares. mpmath (50
    // digits, tests/reference/generate_ceiling_reference.py): C × 200 = 399,800 +
    // 3.907899124e-9. Any fraction rounded up: 399,801. The spreadsheet keeps it too:
    // fl(C) × 200 = 399,800.0000000039…, read to 15 digits 399,800.000000004 → 399,801.
    let p = value(
        "2000",
        "1",
        "10",
        "0.35",
        "0",
        zero(),
        200,
        AmountConvention::Exact,
    )
    .unwrap();
    assert_eq!(p.exact, Ceiling::Decided(dec("399801")));
    assert_eq!(p.spreadsheet, Ceiling::Decided(dec("399801")));
    assert_eq!(p.amount, dec("399801"));
    assert_eq!(p.method, Method::ForwardPlusPut);
    assert_eq!(p.nearest_yen, dec("399800"));
    assert!((p.excess - 3.907_899_124e-9).abs() < 1e-18, "{}", p.excess);
    assert!(p.error_bound < 1e-18, "{}", p.error_bound);
    // The digits the bound supports: 399,800.0000000039078991239… (mpmath).
    assert!(
        p.unrounded
            .to_string()
            .starts_with("399800.0000000039078991"),
        "{}",
        p.unrounded
    );
}

#[test]
fn an_excess_below_the_spreadsheets_resolution_still_rounds_up() {
    // σ = 0.25: mpmath C × 200 = 399,800 + 2.317707133e-19. Exact: 399,801. In double
    // precision C is 1,999 exactly, so ROUNDUP gives 399,800.
    for convention in AmountConvention::ALL {
        let p = value("2000", "1", "10", "0.25", "0", zero(), 200, convention).unwrap();
        assert_eq!(p.exact, Ceiling::Decided(dec("399801")));
        assert_eq!(p.spreadsheet, Ceiling::Decided(dec("399800")));
        assert!(!p.conventions_agree());
        assert!((p.excess - 2.317_707_133e-19).abs() < 1e-27, "{}", p.excess);
        let expected = match convention {
            AmountConvention::Exact => dec("399801"),
            AmountConvention::Spreadsheet => dec("399800"),
        };
        assert_eq!(p.amount, expected, "{convention:?}");
        assert_eq!(p.convention, convention);
    }
    // σ = 0.05: the put is about e^-1150, far below the smallest double, but above 0:
    // still 399,801.
    let p = value(
        "2000",
        "1",
        "10",
        "0.05",
        "0",
        zero(),
        200,
        AmountConvention::Exact,
    )
    .unwrap();
    assert_eq!(p.exact, Ceiling::Decided(dec("399801")));
    assert_eq!(p.spreadsheet, Ceiling::Decided(dec("399800")));
}

#[test]
fn a_whole_product_from_sen_prices_is_exact_too() {
    // S = 1,000.50, X = 1, 2 shares: (S − X) × 2 = 1,999 exactly, plus the put → 2,000.
    let p = value(
        "1000.50",
        "1",
        "10",
        "0.2",
        "0",
        zero(),
        2,
        AmountConvention::Exact,
    )
    .unwrap();
    assert_eq!(p.exact, Ceiling::Decided(dec("2000")));
    // S = 1,000.25, 2 shares: 1,998.5 plus a put far below half a yen → 1,999.
    let p = value(
        "1000.25",
        "1",
        "10",
        "0.2",
        "0",
        zero(),
        2,
        AmountConvention::Exact,
    )
    .unwrap();
    assert_eq!(p.exact, Ceiling::Decided(dec("1999")));
}

#[test]
fn amount_per_right_of_the_one_yen_strike_option() {
    // mpmath: C = 2,782.48977…, × 200 = 556,497.95… → 556,498.
    let q = Quotient::of(dec("0.005"));
    let p = value(
        "3000",
        "1",
        "15",
        "0.5",
        "0.02",
        q,
        200,
        AmountConvention::Exact,
    )
    .unwrap();
    assert_eq!(p.amount, dec("556498"));
    assert!(p.conventions_agree());
    // mpmath: 2,782.48977153119968… → ten decimals, half up.
    assert_eq!(
        p.stated_price(),
        dec("2782.4897715312"),
        "{}",
        p.price_per_share
    );
}

#[test]
fn near_and_out_of_the_money() {
    // Hull: S = 42, X = 40, r = 10 %, σ = 20 %, T = 0.5, C = 4.7594223928715… (mpmath);
    // × 200 = 951.88… → 952. In the money, the put part is the smaller one to bound.
    let p = value(
        "42",
        "40",
        "0.5",
        "0.2",
        "0.1",
        zero(),
        200,
        AmountConvention::Exact,
    )
    .unwrap();
    assert_eq!(p.amount, dec("952"));
    assert!(
        p.error_bound > 0.0 && p.error_bound < 1e-10,
        "{}",
        p.error_bound
    );
    // Out of the money (S = 40, X = 45; 40 e^(0.05) is below 45): C = 1.1937933588477…
    // (mpmath); × 200 = 238.76… → 239, from C in double precision: a few ulps of C's
    // terms and the inputs' rounding, well below 1e-10 yen.
    let p = value(
        "40",
        "45",
        "0.5",
        "0.2",
        "0.1",
        zero(),
        200,
        AmountConvention::Exact,
    )
    .unwrap();
    assert_eq!(p.amount, dec("239"));
    assert_eq!(p.method, Method::DoublePrecision);
    assert!(
        p.error_bound > 0.0 && p.error_bound < 1e-10,
        "{}",
        p.error_bound
    );
}

#[test]
fn amount_per_right_rejects_bad_input() {
    let field = |r: Result<AmountPerRight, offering_desk::domain::FieldError>| r.unwrap_err().field;
    assert_eq!(
        field(value(
            "100",
            "1",
            "1",
            "0.3",
            "0",
            zero(),
            0,
            AmountConvention::Exact
        )),
        "option.shares_per_right"
    );
    let bad_q = Quotient {
        numerator: dec("1"),
        denominator: Decimal::ZERO,
    };
    let exact = ExactInputs {
        spot: dec("100"),
        strike: dec("1"),
        term_years: dec("1"),
        volatility: dec("0.3"),
        risk_free_rate: dec("0"),
        dividend_yield: zero(),
    };
    let (inputs, valuation) = run(&exact);
    let with_bad_q = ExactInputs {
        dividend_yield: bad_q,
        ..exact
    };
    assert_eq!(
        amount_per_right(&with_bad_q, &inputs, &valuation, 1, AmountConvention::Exact)
            .unwrap_err()
            .field,
        "option.dividend_yield"
    );
    // C × shares beyond what whole yen in a 64-bit integer hold.
    let huge = ExactInputs {
        spot: dec("1000000000"),
        ..exact
    };
    let (inputs, valuation) = run(&huge);
    assert_eq!(
        amount_per_right(
            &huge,
            &inputs,
            &valuation,
            u32::MAX,
            AmountConvention::Exact
        )
        .unwrap_err()
        .field,
        "option.share_price"
    );
}

#[test]
fn excel_roundup_reads_fifteen_significant_digits() {
    // 665,118.47361612 → 665,119; an excess in the 16th digit is lost (399,800 + 4e-10
    // reads as 399,800.000000000), one in the 15th kept (399,800 + 4e-9).
    assert_eq!(spreadsheet_roundup(665_118.473_616_12), 665_119);
    assert_eq!(spreadsheet_roundup(399_800.000_000_000_4), 399_800);
    assert_eq!(spreadsheet_roundup(399_800.000_000_004), 399_801);
    assert_eq!(spreadsheet_roundup(0.0), 0);
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
    assert!(error.message().contains("135"), "{}", error.message());
    assert!(error.message().contains("130"), "{}", error.message());
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
    assert!(error.message().contains("0.9999"), "{}", error.message());
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

// Properties of the amount per right over wide ranges of decimal inputs.

use proptest::prelude::*;

/// C by the textbook formula, F N(d₁) − K N(d₂) with N from erfc, in double precision:
/// independent of the app's evaluation (no Mills ratios, no put, no double-double).
fn textbook(i: &BlackScholesInputs) -> f64 {
    let s = i.volatility * i.term_years.sqrt();
    let d1 = ((i.spot / i.strike).ln()
        + (i.risk_free_rate - i.dividend_yield + i.volatility * i.volatility / 2.0) * i.term_years)
        / s;
    let d2 = d1 - s;
    let n = |x: f64| 0.5 * libm::erfc(-x / std::f64::consts::SQRT_2);
    let f = i.spot * (-i.dividend_yield * i.term_years).exp();
    let k = i.strike * (-i.risk_free_rate * i.term_years).exp();
    f * n(d1) - k * n(d2)
}

/// How far `textbook` × N may be from the true C × N at the decimal inputs: each term of
/// the formula to a few ulps of F = S e^(−qT) or K = X e^(−rT) (N's relative error grows
/// with d² only where N is a tail, whose absolute size is then tiny), the doubles standing
/// for the decimals (one ulp each, through derivatives at most F, K times 1 + |rT| + |qT|
/// and a vega term below 10 F), all within 64 ulps of (F + K)(1 + |rT| + |qT|).
fn tolerance(i: &BlackScholesInputs, shares: u32) -> f64 {
    let f = i.spot * (-i.dividend_yield * i.term_years).exp();
    let k = i.strike * (-i.risk_free_rate * i.term_years).exp();
    let rates = (i.risk_free_rate * i.term_years).abs() + (i.dividend_yield * i.term_years).abs();
    f64::from(shares) * 64.0 * f64::EPSILON * (f + k) * (1.0 + rates)
}

fn decimal(low: i64, high: i64, scale: u32) -> impl Strategy<Value = Decimal> {
    (low..=high).prop_map(move |m| Decimal::new(m, scale))
}

/// Valid inputs: S from 1 to 1,000,000 yen in sen; X the 1-yen strike or 50–150 % of S;
/// T from 0.25 to 40 years; σ 5–150 %; r −1 % to 5 %; q as a typed yield or a dividend
/// over S (at most 100 %); 1 to 1,000 shares per right.
fn exact_inputs() -> impl Strategy<Value = (ExactInputs, u32)> {
    (
        decimal(100, 100_000_000, 2),
        prop_oneof![Just(None), decimal(50, 150, 2).prop_map(Some)],
        decimal(25, 4000, 2),
        decimal(500, 15_000, 4),
        decimal(-100, 500, 4),
        prop_oneof![
            decimal(0, 500, 4).prop_map(|q| (q, false)),
            decimal(0, 5_000, 2).prop_map(|d| (d, true))
        ],
        1u32..=1000,
    )
        .prop_map(
            |(spot, strike_ratio, term, sigma, r, (q, per_share), shares)| {
                let strike = match strike_ratio {
                    None => Decimal::ONE,
                    Some(ratio) => (spot * ratio).round_dp(2).max(Decimal::new(1, 2)),
                };
                let dividend_yield = if per_share {
                    Quotient {
                        numerator: q,
                        denominator: spot,
                    }
                } else {
                    Quotient::of(q)
                };
                (
                    ExactInputs {
                        spot,
                        strike,
                        term_years: term,
                        volatility: sigma,
                        risk_free_rate: r,
                        dividend_yield,
                    },
                    shares,
                )
            },
        )
        // The valuation accepts q up to 100 %: a dividend above the share price is not
        // a valid input (a 50-yen dividend on a share of a few yen).
        .prop_filter("q within 100 %", |(e, _)| {
            e.dividend_yield.numerator <= e.dividend_yield.denominator
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// amount ≥ C × N and amount − C × N < 1, with C × N from the independent textbook
    /// evaluation and its tolerance: the amount is the ceiling of a value within that
    /// tolerance of C × N (the exact edge is `tests/exact_ceiling.rs`'s, against mpmath).
    #[test]
    fn the_amount_is_c_times_shares_rounded_up((exact, shares) in exact_inputs()) {
        let (inputs, valuation) = run(&exact);
        let p = amount_per_right(&exact, &inputs, &valuation, shares, AmountConvention::Exact)
            .unwrap();
        let product = textbook(&inputs) * f64::from(shares);
        let tol = tolerance(&inputs, shares);
        let amount = p.amount.to_f64().unwrap();
        prop_assert!(amount >= product - tol, "{amount} < {product} (tol {tol:e})");
        prop_assert!(amount - product < 1.0 + tol, "{amount} − {product} ≥ 1 (tol {tol:e})");
        // The app's own bound is of the same order or (deep in the money) far smaller, and
        // it decides every amount not that close to a whole yen.
        prop_assert!(p.error_bound <= 16.0 * tol, "bound {:e}, tol {tol:e}", p.error_bound);
        let distance = (product - product.round()).abs();
        if distance > tol + 2.0 * p.error_bound {
            prop_assert!(p.exact.decided().is_some(), "{:?} at distance {distance:e}", p.exact);
        }
    }

    /// The spreadsheet reads fewer digits: it gives the exact figure or one yen less.
    #[test]
    fn the_spreadsheet_figure_is_the_exact_one_or_a_yen_less((exact, shares) in exact_inputs()) {
        let (inputs, valuation) = run(&exact);
        let p = amount_per_right(&exact, &inputs, &valuation, shares, AmountConvention::Spreadsheet)
            .unwrap();
        if let (Some(e), Some(s)) = (p.exact.decided(), p.spreadsheet.decided()) {
            prop_assert!(s == e || s + Decimal::ONE == e, "exact {e}, spreadsheet {s}");
        }
        prop_assert_eq!(p.amount, p.spreadsheet.figure());
    }

    /// r = q = 0 with whole S and X: C × N = N (S − X) + N P with 0 < N P. Wherever the
    /// put part stays below a yen, the amount is N (S − X) + 1, exactly, however small P.
    #[test]
    fn zero_rates_add_exactly_one_yen(
        spot in 2i64..=1_000_000,
        term in decimal(25, 4000, 2),
        sigma in decimal(500, 6000, 4),
        shares in 1u32..=1000,
    ) {
        let exact = ExactInputs {
            spot: Decimal::from(spot),
            strike: Decimal::ONE,
            term_years: term,
            volatility: sigma,
            risk_free_rate: Decimal::ZERO,
            dividend_yield: Quotient::of(Decimal::ZERO),
        };
        let (inputs, valuation) = run(&exact);
        let forward = Decimal::from(spot - 1) * Decimal::from(shares);
        let put_part = textbook(&inputs) * f64::from(shares) - forward.to_f64().unwrap();
        prop_assume!(put_part < 1.0 - tolerance(&inputs, shares));
        let p = amount_per_right(&exact, &inputs, &valuation, shares, AmountConvention::Exact)
            .unwrap();
        prop_assert_eq!(p.exact, Ceiling::Decided(forward + Decimal::ONE));
    }
}

#[test]
fn a_far_out_of_the_money_right_is_worth_one_yen_by_both_roundings() {
    // Found by the_amount_is_c_times_shares_rounded_up (its seed is kept in
    // option_amounts.proptest-regressions): S = X = 1, T = 0.25, σ = 5 %, q = 78 %. C is
    // about 8.7e-18 yen (N(d2) at d2 = −7.8): any fraction of a yen rounds up to 1, and a
    // spreadsheet's ROUNDUP of a positive number below 1 is 1 too.
    let p = value(
        "1.00",
        "1",
        "0.25",
        "0.0500",
        "0",
        Quotient {
            numerator: dec("0.78"),
            denominator: dec("1.00"),
        },
        1,
        AmountConvention::Exact,
    )
    .unwrap();
    assert!(p.price_per_share > Decimal::ZERO && p.price_per_share < dec("1e-16"));
    assert_eq!(p.exact, Ceiling::Decided(Decimal::ONE));
    assert_eq!(p.spreadsheet, Ceiling::Decided(Decimal::ONE));
    assert_eq!(spreadsheet_roundup(8.7e-18), 1);
    assert_eq!(spreadsheet_roundup(0.9999999999999999), 1);
    assert_eq!(spreadsheet_roundup(1.0), 1);
}

#[test]
fn an_amount_of_zero_and_a_group_with_no_rights_and_no_one_are_accepted() {
    // A right worth 0 yen (far out of the money) allots for 0 yen in all.
    let summary = allotment(&seed_groups(), 135, dec("0"), 200).unwrap();
    assert_eq!(summary.total_value, dec("0"));
    // A group kept in the table with neither persons nor rights is no error; the totals
    // are the seed's: 17 persons, 135 rights.
    let mut groups = seed_groups();
    groups.push(AllotmentGroup {
        name: "Employees (next year)".into(),
        persons: 0,
        rights: 0,
    });
    let summary = allotment(&groups, 135, dec("578025"), 200).unwrap();
    assert_eq!((summary.total_persons, summary.total_rights), (17, 135));
    // A negative amount is refused.
    let err = allotment(&seed_groups(), 135, dec("-1"), 200).unwrap_err();
    assert_eq!(err.field, "option.amount_per_right");
}

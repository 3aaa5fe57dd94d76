//! A paid-in grant in a scenario file (schema 8): the exercise price from the price
//! history, the levels in yen, the refusals with their field names, the figures.

use std::str::FromStr;

use rust_decimal::Decimal;

use offering_desk::report;
use offering_desk::scenario::{
    self, ExercisePriceTerms, LevelUnit, PaidOptionTerms, Scenario, ScenarioResults,
};

const EXAMPLE: &str = include_str!("../assets/scenarios/paid-in-example.json");

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn example() -> Scenario {
    scenario::from_json(EXAMPLE).expect("the paid-in example loads")
}

fn grant(s: &mut Scenario) -> &mut PaidOptionTerms {
    s.paid_option
        .as_mut()
        .expect("the example has a paid-in grant")
}

/// The first problem `validate` finds on a `paid_option` field.
fn paid_problem(s: &Scenario) -> String {
    scenario::validate(s)
        .into_iter()
        .find(|e| e.field.starts_with("paid_option"))
        .map(|e| e.field)
        .unwrap_or_default()
}

#[test]
fn the_exercise_price_is_the_close_of_the_chosen_day() {
    let s = example();
    assert!(
        scenario::validate(&s).is_empty(),
        "{:?}",
        scenario::validate(&s)
    );
    let r = ScenarioResults::compute(&s);
    let paid = r.paid_option.expect("a grant").expect("valid inputs");
    // 2013-07-10's close is the offering's base price in the pricing notice: 3,450 yen.
    assert_eq!(paid.inputs.exercise_price, d("3450"));
    // The forced exercise at 50 % of it: 1,725 yen.
    assert_eq!(paid.inputs.levels, vec![d("1725")]);
    let closes = &paid.inputs.right.closes;
    assert_eq!(closes.dates.first().unwrap().to_string(), "2013-07-12");
    assert_eq!(closes.dates.last().unwrap().to_string(), "2018-07-10");
    // 2013-07-11 to 2018-07-10: five years of 365 days (2016-02-29 inside, 2018-07-11
    // not reached) = 1,825 days = 5 years exactly.
    assert_eq!(closes.expiry_time(), 1825.0 / 365.0);
    // Not valued by the every-frame computation.
    assert!(paid.valued.is_none());
}

#[test]
fn a_file_keeps_the_grant_as_written() {
    let s = example();
    let again = scenario::from_json(&scenario::to_json(&s)).unwrap();
    assert_eq!(again, s);
    // A version 7 file (the bundled sample) has no grant.
    assert!(scenario::sample().unwrap().paid_option.is_none());
}

#[test]
fn bad_terms_are_refused_naming_the_field() {
    type Change = Box<dyn Fn(&mut PaidOptionTerms)>;
    let cases: Vec<(&str, Change)> = vec![
        (
            "paid_option.exercise_price.date",
            Box::new(|g| {
                g.exercise_price = ExercisePriceTerms::CloseOf {
                    date: "2013-07-13".parse().unwrap(), // a Saturday: no close
                }
            }),
        ),
        (
            "paid_option.conditions[0].level",
            // 110 % of 3,450 = 3,795 is above the share price 3,509: a "below" level
            // would be breached on the valuation date.
            Box::new(|g| g.conditions[0].level = d("1.1")),
        ),
        (
            "paid_option.conditions[0].level",
            Box::new(|g| {
                g.conditions[0].unit = LevelUnit::Yen;
                g.conditions[0].level = d("0");
            }),
        ),
        (
            "paid_option.exercise_period_start",
            Box::new(|g| g.exercise_period_start = "2013-07-01".parse().unwrap()),
        ),
        (
            "paid_option.exercise_period_start",
            Box::new(|g| g.exercise_period_start = "2019-01-04".parse().unwrap()),
        ),
        ("paid_option.rights", Box::new(|g| g.rights = 0)),
        (
            "paid_option.valuation.pairs",
            Box::new(|g| g.valuation.pairs = Some(10)),
        ),
        (
            "paid_option.volatility",
            Box::new(|g| g.volatility = d("0")),
        ),
    ];
    for (field, change) in cases {
        let mut s = example();
        change(grant(&mut s));
        assert_eq!(paid_problem(&s), field);
        // The figures say so instead of a number.
        let r = ScenarioResults::compute(&s);
        assert!(r.paid_option.unwrap().is_err(), "{field}");
    }
}

#[test]
fn valued_figures_state_the_amount_per_right_rounded_up() {
    let mut s = example();
    grant(&mut s).valuation.pairs = Some(20_000);
    let r = ScenarioResults::compute_valued(&s);
    let figures = report::summary(&s, &r);
    let get = |key: &str| {
        figures
            .iter()
            .find(|f| f.section == "paid_option" && f.key == key)
            .unwrap_or_else(|| panic!("{key}"))
    };
    let report::Value::Number { value, .. } = get("paid_value_per_share").value else {
        panic!("a value per share")
    };
    let report::Value::Yen(per_right) = get("paid_amount_per_right").value else {
        panic!("a yen amount per right")
    };
    // 100 shares per right, fractions of a yen rounded up: the amount lies in
    // [100 v, 100 v + 1).
    let hundred_v = Decimal::from_f64_retain(value).unwrap() * d("100");
    assert!(per_right >= hundred_v && per_right < hundred_v + Decimal::ONE);
    assert_eq!(per_right.fract(), Decimal::ZERO);
    assert_eq!(
        get("paid_total_payment").value,
        report::Value::Yen(per_right * d("5000"))
    );
    // 3,450 × 100 shares × 5,000 rights.
    assert_eq!(
        get("paid_total_exercise").value,
        report::Value::Yen(d("1725000000"))
    );
    assert_eq!(get("paid_paths").value, report::Value::Count(40_000));

    // The convergence chart's points: after 1, 2 and 4 chunks of 4,096 pairs, then all
    // 20,000; the standard error falls as 1/√pairs (its square times the pairs, the
    // variance per pair, stays within a third of the final one).
    let sim = r.paid_option.unwrap().unwrap().valued.unwrap().unwrap();
    let points = &sim.valuation.simulation.as_ref().unwrap().convergence;
    let pairs: Vec<u64> = points.iter().map(|p| p.pairs).collect();
    assert_eq!(pairs, vec![4_096, 8_192, 16_384, 20_000]);
    let last = points.last().unwrap();
    assert_eq!(last.value, value);
    let variance = |p: &offering_desk::domain::paid_option::monte_carlo::ConvergencePoint| {
        p.standard_error * p.standard_error * p.pairs as f64
    };
    for p in points {
        let ratio = variance(p) / variance(last);
        assert!((0.67..1.5).contains(&ratio), "{pairs:?} {ratio}");
    }
    // The probability of a close below 1,725: GBM's first passage below H in T = 5
    // with ν = r − q − σ²/2 (σ = 30 %), N((a − νT)/σ√T) + (H/S)^(2ν/σ²) N((a + νT)/σ√T),
    // a = ln(H/S), is 0.38813 monitored continuously; on daily closes Broadie and
    // Glasserman's shift of H by e^(−0.5826 σ √(1/250)) gives 0.37995 (their
    // correction is good to about 0.002 here). 40,000 paths give a binomial standard
    // error of √(0.38 × 0.62 / 40,000) = 0.0024: 4 of them plus the correction's error.
    let report::Value::Percent { fraction, .. } = get("paid_condition_1_probability").value else {
        panic!("a probability")
    };
    assert!(
        (fraction - 0.37995).abs() < 4.0 * 0.0024 + 0.002,
        "{fraction}"
    );
}

#[test]
fn the_figures_csv_and_json_carry_the_value() {
    let mut s = example();
    grant(&mut s).valuation.pairs = Some(20_000);
    let r = ScenarioResults::compute_valued(&s);
    let json = report::summary_json(&report::summary(&s, &r));
    let paid = &json["paid_option"];
    let value = paid["paid_value_per_share"].as_f64().expect("a number");
    let se = paid["paid_uncertainty"].as_f64().expect("a number");
    // 40,000 paths of a five-year right: a standard error of a few yen.
    assert!(se > 0.5 && se < 10.0, "{se}");
    assert!(value > 0.0, "{value}");
    let csv = String::from_utf8(report::render(report::Format::Csv, &s, &r).unwrap()).unwrap();
    let row = csv
        .lines()
        .find(|l| l.contains("Amount to be paid per right"))
        .expect("the CSV has the amount per right");
    assert!(row.starts_with("Paid-in stock options,"), "{row}");
}

#[test]
fn performance_tiers_scale_the_value_by_their_expected_fraction() {
    let mut s = example();
    grant(&mut s).valuation.pairs = Some(20_000);
    let r = ScenarioResults::compute_valued(&s);
    let valued = r.paid_option.unwrap().unwrap().valued.unwrap().unwrap();
    let v = &valued.valuation;
    // Given: P(≥ tier 1) = 0.9, P(≥ tier 2) = 0.6 with fractions 50 % and 100 %:
    // E[f] = (0.9 − 0.6) × 0.5 + 0.6 × 1 = 0.75.
    assert_eq!(v.tier_probabilities, vec![0.9, 0.6]);
    assert!((v.expected_fraction - 0.75).abs() < 1e-15);
    let figures = report::summary(&s, &ScenarioResults::compute_valued(&s));
    let tier = figures
        .iter()
        .find(|f| f.key == "paid_tier_2_probability")
        .unwrap();
    assert_eq!(
        tier.label_in(offering_desk::i18n::Language::English),
        "Tier 2 (metric above 10,000,000,000): probability reached"
    );
    // The forced exercise takes every right whatever the tiers, so only the rest
    // scales. On the same paths (same seed) the control-variate estimate is linear in
    // the payoff: with F the forced part and E the rest, tiers give F + 0.75 E and none
    // F + E, so the difference tiers − 0.75 × none is 0.25 F: negative, as a forced
    // exercise below half the exercise price always loses.
    let mut without = s.clone();
    grant(&mut without).performance = None;
    let plain = ScenarioResults::compute_valued(&without)
        .paid_option
        .unwrap()
        .unwrap()
        .valued
        .unwrap()
        .unwrap()
        .valuation
        .value_per_share;
    assert!(v.value_per_share > 0.0);
    assert!(
        v.value_per_share < 0.75 * plain,
        "{} {plain}",
        v.value_per_share
    );
}

#[test]
fn a_year_end_on_a_closed_day_is_tested_on_the_close_before() {
    use offering_desk::domain::paid_option::PerformanceValuation;
    use offering_desk::scenario::PerformanceValuationTerms;
    let mut s = example();
    let p = grant(&mut s).performance.as_mut().unwrap();
    // 2013-12-31 is a TSE holiday: the last close of the year is 2013-12-30, 172 days
    // after the valuation date 2013-07-11 (20 + 31 + 30 + 31 + 30 + 30).
    p.year_ends = vec!["2013-12-31".parse().unwrap()];
    p.test = offering_desk::scenario::PerformanceTest::GivenYear;
    p.valuation = PerformanceValuationTerms::Simulated {
        last_actual: d("7000000000"),
        drift: d("0.1"),
        volatility: d("0.2"),
        correlation: d("0.3"),
    };
    let r = ScenarioResults::compute(&s);
    let inputs = r.paid_option.unwrap().unwrap().inputs;
    let Some(PerformanceValuation::Simulated { test_times, .. }) =
        inputs.right.performance.map(|m| m.valuation)
    else {
        panic!("a simulated metric")
    };
    assert_eq!(test_times, vec![172.0 / 365.0]);
}

#[test]
fn bad_performance_and_exercise_terms_are_refused_naming_the_field() {
    type Change = Box<dyn Fn(&mut PaidOptionTerms)>;
    let cases: Vec<(&str, Change)> = vec![
        (
            // "A given year" with two years.
            "paid_option.performance.year_ends",
            Box::new(|g| {
                g.performance.as_mut().unwrap().test =
                    offering_desk::scenario::PerformanceTest::GivenYear
            }),
        ),
        (
            // After the end of the exercise period (2018-07-10).
            "paid_option.performance.year_ends[1]",
            Box::new(|g| {
                g.performance.as_mut().unwrap().year_ends[1] = "2019-03-31".parse().unwrap()
            }),
        ),
        (
            // Thresholds not increasing.
            "paid_option.performance.tiers[1].threshold",
            Box::new(|g| g.performance.as_mut().unwrap().tiers[1].threshold = d("8000000000")),
        ),
        (
            // A fraction above 100 %.
            "paid_option.performance.tiers[1].fraction",
            Box::new(|g| g.performance.as_mut().unwrap().tiers[1].fraction = d("1.2")),
        ),
        (
            "paid_option.exercise_multiple",
            Box::new(|g| g.exercise_multiple = Some(d("1"))),
        ),
        (
            // 2014-03-29 is a Saturday: its last close is 2014-03-28, as for 2014-03-30.
            "paid_option.performance.year_ends[1]",
            Box::new(|g| {
                g.performance.as_mut().unwrap().year_ends =
                    vec!["2014-03-29".parse().unwrap(), "2014-03-30".parse().unwrap()];
                g.performance.as_mut().unwrap().valuation =
                    offering_desk::scenario::PerformanceValuationTerms::Simulated {
                        last_actual: d("7000000000"),
                        drift: d("0.1"),
                        volatility: d("0.2"),
                        correlation: d("0"),
                    };
            }),
        ),
        (
            "paid_option.performance.metric",
            // Named in neither language.
            Box::new(|g| {
                let p = g.performance.as_mut().unwrap();
                p.metric = String::new();
                p.metric_ja = " ".into();
            }),
        ),
    ];
    for (field, change) in cases {
        let mut s = example();
        change(grant(&mut s));
        assert_eq!(paid_problem(&s), field);
    }
}

#[test]
fn one_condition_alone_is_valued_on_the_grid_and_the_simulation_agrees() {
    use offering_desk::domain::paid_option::valuation::MethodUsed;
    use offering_desk::scenario::MethodTerm;
    let valued = |s: &Scenario| {
        ScenarioResults::compute_valued(s)
            .paid_option
            .unwrap()
            .unwrap()
            .valued
            .unwrap()
            .unwrap()
            .valuation
    };
    let mut s = example();
    grant(&mut s).performance = None;
    let grid = valued(&s);
    assert_eq!(grid.method, MethodUsed::Grid);
    // The default accuracy: at most 0.05 % of the share price 3,509 = 1.75 yen.
    assert!(grid.uncertainty <= 0.0005 * 3509.0, "{}", grid.uncertainty);
    assert!(grid.simulation.is_none() && grid.grid.is_some());
    // The simulation as its check: 40,000 paths, within 4 of their standard errors
    // (the grid's own error is far below).
    grant(&mut s).valuation.method = MethodTerm::Simulation;
    grant(&mut s).valuation.pairs = Some(20_000);
    let sim = valued(&s);
    assert_eq!(sim.method, MethodUsed::Simulation);
    let gap = (sim.value_per_share - grid.value_per_share).abs();
    assert!(gap < 4.0 * sim.uncertainty, "{gap} vs {}", sim.uncertainty);
    let p_gap = (sim.condition_probabilities[0] - grid.condition_probabilities[0]).abs();
    // Binomial standard error of a probability near 0.38 over 40,000 paths: 0.0024.
    assert!(p_gap < 4.0 * 0.0024, "{p_gap}");
}

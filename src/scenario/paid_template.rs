//! A new paid-in grant prefilled from the open scenario, so "Add a paid-in grant" starts
//! from figures that already fit the company: the last close, σ and r of the stock
//! option, and the most common design of the notices (a forced exercise below half the
//! exercise price).

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;

use super::Scenario;
use super::paid_terms::{
    ExercisePriceTerms, LevelUnit, PaidOptionTerms, PerformanceTerms, PerformanceTest,
    PerformanceValuationTerms, PriceConditionTerms, TierTerms, ValuationTerms,
};
use crate::domain::money::round_half_up;
use crate::domain::paid_option::ConditionKind;

/// Shares per right of a new grant: one trading unit (単元株式数, 100 shares).
pub const TEMPLATE_SHARES_PER_RIGHT: u32 = 100;
/// Rights of a new grant: a round number to be replaced by the resolution's.
pub const TEMPLATE_RIGHTS: u32 = 1_000;
/// The exercise period runs from two to five years after the valuation date.
const PERIOD_START_MONTHS: u32 = 24;
const PERIOD_END_MONTHS: u32 = 60;

/// The threshold of a new performance condition's tier: a round figure (JPY 1 billion)
/// to be replaced by the notice's.
pub const TEMPLATE_THRESHOLD: i64 = 1_000_000_000;
/// The probability a new tier starts with, in the mode of given probabilities: 50 %.
const TEMPLATE_PROBABILITY: Decimal = Decimal::from_parts(5, 0, 0, false, 1);
/// The metric's model a switch to "simulated" starts from: no growth, 20 % a year.
const TEMPLATE_METRIC_VOLATILITY: Decimal = Decimal::from_parts(2, 0, 0, false, 1);
/// The exercise multiple early exercise starts at: twice the exercise price, the usual
/// assumption for employees' exercise.
pub const TEMPLATE_EXERCISE_MULTIPLE: i64 = 2;

impl PaidOptionTerms {
    /// A grant valued on the last close of the price history (its day and price; the
    /// exercise price is that close), or without a history on the stock option's
    /// allotment date and share price (entered as the exercise price). σ and r are the
    /// stock option's; q is its dividend ÷ the split ratio since ÷ the share price,
    /// rounded half up to 0.01 %. One condition: exercise is forced once a close falls
    /// below 50 % of the exercise price.
    pub fn template(scenario: &Scenario) -> Self {
        let option = &scenario.option;
        let (valuation_date, share_price, exercise_price) =
            match scenario.price_history.closes.last() {
                Some(last) => (
                    last.date,
                    last.close,
                    ExercisePriceTerms::CloseOf { date: last.date },
                ),
                None => (
                    option.allotment_date,
                    option.share_price,
                    ExercisePriceTerms::Entered {
                        yen: option.share_price,
                    },
                ),
            };
        let later = |months| add_months(valuation_date, months);
        Self {
            series_name: String::new(),
            series_name_ja: String::new(),
            valuation_date,
            share_price,
            exercise_price,
            exercise_period_start: later(PERIOD_START_MONTHS),
            exercise_period_end: later(PERIOD_END_MONTHS),
            shares_per_right: TEMPLATE_SHARES_PER_RIGHT,
            rights: TEMPLATE_RIGHTS,
            volatility: option.volatility,
            risk_free_rate: option.risk_free_rate,
            dividend_yield: dividend_yield(
                option.dividend_per_share,
                option.dividend_split_ratio,
                share_price,
            ),
            conditions: vec![PriceConditionTerms {
                kind: ConditionKind::ForcedExerciseBelow,
                level: Decimal::new(5, 1),
                unit: LevelUnit::OfExercisePrice,
            }],
            performance: None,
            exercise_multiple: None,
            valuation: ValuationTerms::default(),
        }
    }
}

impl PerformanceTerms {
    /// A performance condition for `grant`: operating profit (営業利益), one
    /// tier at which every right becomes exercisable, tested in any one of the fiscal
    /// years ending March 31 after the valuation date up to the end of the exercise
    /// period (the end of the period itself when no March 31 falls in it), valued with a
    /// probability of 50 %.
    pub fn template(grant: &PaidOptionTerms) -> Self {
        let tiers = vec![TierTerms {
            threshold: Decimal::from(TEMPLATE_THRESHOLD),
            fraction: Decimal::ONE,
        }];
        let mut year_ends = march_year_ends(grant.valuation_date, grant.exercise_period_end);
        if year_ends.is_empty() {
            year_ends.push(grant.exercise_period_end);
        }
        Self {
            metric: "operating profit".to_owned(),
            metric_ja: "営業利益".to_owned(),
            valuation: PerformanceValuationTerms::probabilities_for(&tiers),
            tiers,
            year_ends,
            test: PerformanceTest::AnyYear,
        }
    }
}

impl PerformanceValuationTerms {
    /// Given probabilities for `tiers`: 50 % for each (non-increasing, as required).
    pub fn probabilities_for(tiers: &[TierTerms]) -> Self {
        Self::Probabilities {
            probabilities: vec![TEMPLATE_PROBABILITY; tiers.len()],
        }
    }

    /// The metric simulated from the first tier's threshold as its last actual value,
    /// with no growth, a volatility of 20 % a year and no correlation with the share
    /// price: a start that puts the first tier about even, to be replaced by the
    /// company's figures.
    pub fn simulated_for(tiers: &[TierTerms]) -> Self {
        Self::Simulated {
            last_actual: tiers
                .first()
                .map_or(Decimal::from(TEMPLATE_THRESHOLD), |t| t.threshold),
            drift: Decimal::ZERO,
            volatility: TEMPLATE_METRIC_VOLATILITY,
            correlation: Decimal::ZERO,
        }
    }
}

/// Every March 31 after `after` up to `through`: the Japanese fiscal year-ends between.
pub fn march_year_ends(after: NaiveDate, through: NaiveDate) -> Vec<NaiveDate> {
    use chrono::Datelike;
    (after.year()..=through.year())
        .filter_map(|y| NaiveDate::from_ymd_opt(y, 3, 31))
        .filter(|d| *d > after && *d <= through)
        .collect()
}

/// `months` later; a day past the end of the month falls back to its last day (the
/// calendar's range is checked by validation, so the far end of time is only kept).
fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap_or(date)
}

/// Dividend ÷ split ratio ÷ price, half up to four decimals; 0 where it cannot be said.
fn dividend_yield(dividend: Decimal, split_ratio: Decimal, price: Decimal) -> Decimal {
    if dividend <= Decimal::ZERO || split_ratio <= Decimal::ZERO || price <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    dividend
        .checked_div(split_ratio)
        .and_then(|d| d.checked_div(price))
        .map_or(Decimal::ZERO, |q| round_half_up(q, 4))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{ScenarioResults, sample, validate};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_sample_gives_a_grant_on_its_last_close() {
        let mut s = sample().unwrap();
        let t = PaidOptionTerms::template(&s);
        // The sample's history ends with 3,509 yen on 2013-07-11.
        assert_eq!(t.valuation_date, date(2013, 7, 11));
        assert_eq!(t.share_price, Decimal::from(3_509));
        assert_eq!(
            t.exercise_price,
            ExercisePriceTerms::CloseOf {
                date: date(2013, 7, 11)
            }
        );
        assert_eq!(t.exercise_period_start, date(2015, 7, 11));
        assert_eq!(t.exercise_period_end, date(2018, 7, 11));
        // The stock option's σ 42.5281 % and r 1.25 %.
        assert_eq!(t.volatility, Decimal::new(425_281, 6));
        assert_eq!(t.risk_free_rate, Decimal::new(125, 4));
        // 2,500 yen ÷ 200 (the 1:200 split since) ÷ 3,509 = 0.0035623… → 0.0036.
        assert_eq!(t.dividend_yield, Decimal::new(36, 4));
        assert_eq!(t.conditions.len(), 1);
        assert_eq!(t.conditions[0].kind, ConditionKind::ForcedExerciseBelow);
        assert_eq!(t.conditions[0].level, Decimal::new(5, 1));
        assert_eq!(t.conditions[0].unit, LevelUnit::OfExercisePrice);
        // Valid as it stands: the exercise price is that day's close, the level
        // 50 % × 3,509 = 1,754.5 yen.
        s.paid_option = Some(t);
        assert_eq!(validate(&s), Vec::new());
        let results = ScenarioResults::compute(&s);
        let inputs = &results.paid_option.unwrap().unwrap().inputs;
        assert_eq!(inputs.exercise_price, Decimal::from(3_509));
        assert_eq!(inputs.levels, vec![Decimal::new(17_545, 1)]);
    }

    #[test]
    fn without_a_history_the_option_gives_the_day_and_price() {
        let mut s = sample().unwrap();
        s.price_history.closes.clear();
        s.option.dividend_per_share = Decimal::ZERO;
        let t = PaidOptionTerms::template(&s);
        // The sample's option: allotted 2013-07-11 at a share price of 3,509 yen.
        assert_eq!(t.valuation_date, s.option.allotment_date);
        assert_eq!(t.share_price, s.option.share_price);
        assert_eq!(
            t.exercise_price,
            ExercisePriceTerms::Entered {
                yen: s.option.share_price
            }
        );
        assert_eq!(t.dividend_yield, Decimal::ZERO);
    }

    #[test]
    fn a_performance_condition_tests_each_march_year_end_in_the_period() {
        let mut s = sample().unwrap();
        let mut t = PaidOptionTerms::template(&s);
        // Valued 2013-07-11, exercisable to 2018-07-11: the March 31s of 2014 to 2018.
        let p = PerformanceTerms::template(&t);
        assert_eq!(
            p.year_ends,
            (2014..=2018).map(|y| date(y, 3, 31)).collect::<Vec<_>>()
        );
        // Named in both languages: each draft prints its own.
        assert_eq!(p.metric, "operating profit");
        assert_eq!(p.metric_ja, "営業利益");
        assert_eq!(p.test, PerformanceTest::AnyYear);
        assert_eq!(
            p.tiers,
            vec![TierTerms {
                threshold: Decimal::from(1_000_000_000),
                fraction: Decimal::ONE
            }]
        );
        assert_eq!(
            p.valuation,
            PerformanceValuationTerms::Probabilities {
                probabilities: vec![Decimal::new(5, 1)]
            }
        );
        t.performance = Some(p);
        t.exercise_multiple = Some(Decimal::from(TEMPLATE_EXERCISE_MULTIPLE));
        s.paid_option = Some(t);
        assert_eq!(validate(&s), Vec::new());
    }

    #[test]
    fn a_period_without_a_march_31_tests_its_last_day() {
        let mut t = PaidOptionTerms::template(&sample().unwrap());
        // 2013-07-11 to 2014-01-10: no March 31 in between.
        t.exercise_period_start = date(2013, 10, 1);
        t.exercise_period_end = date(2014, 1, 10);
        let p = PerformanceTerms::template(&t);
        assert_eq!(p.year_ends, vec![date(2014, 1, 10)]);
        // A March 31 on the valuation date itself is not after it; the end of the
        // period on one is tested.
        assert_eq!(
            march_year_ends(date(2014, 3, 31), date(2016, 3, 31)),
            vec![date(2015, 3, 31), date(2016, 3, 31)]
        );
    }

    #[test]
    fn the_metric_simulated_starts_from_the_first_threshold() {
        let tiers = [
            TierTerms {
                threshold: Decimal::from(8_000),
                fraction: Decimal::new(5, 1),
            },
            TierTerms {
                threshold: Decimal::from(10_000),
                fraction: Decimal::ONE,
            },
        ];
        assert_eq!(
            PerformanceValuationTerms::simulated_for(&tiers),
            PerformanceValuationTerms::Simulated {
                last_actual: Decimal::from(8_000),
                drift: Decimal::ZERO,
                volatility: Decimal::new(2, 1),
                correlation: Decimal::ZERO,
            }
        );
        assert_eq!(
            PerformanceValuationTerms::probabilities_for(&tiers),
            PerformanceValuationTerms::Probabilities {
                probabilities: vec![Decimal::new(5, 1); 2]
            }
        );
    }

    #[test]
    fn a_month_end_falls_back_to_the_last_day() {
        // 2014-02-28 is the last day of February 24 months after 2012-02-29.
        assert_eq!(add_months(date(2012, 2, 29), 24), date(2014, 2, 28));
    }
}

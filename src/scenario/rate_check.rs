//! Whether the option's r is still what the JGB curve it was read from gives for the
//! option's allotment date and T: the same question the stale-σ check asks of the price
//! history, asked of the day of the curve the scenario keeps.

use super::{OptionTerms, RateSource};
use crate::domain::yield_curve::{CurveRate, DATE_FIELD, rate_for};
use crate::domain::{FieldError, Message};

/// Where the option's r stands against its recorded source.
#[derive(Debug, Clone, PartialEq)]
pub enum RateCheck {
    /// Typed by hand: it makes no claim about a curve.
    Entered,
    /// The rate read off the curve for the option's allotment date and T, as recorded.
    Current,
    /// Read off the curve, but r, the allotment date or T has changed since.
    Stale {
        /// What the kept day of the curve gives now for the option's T; an error when
        /// the allotment date moved (the kept day is another date's) or T lies beyond
        /// that day's tenors.
        now: Result<CurveRate, FieldError>,
    },
}

impl RateCheck {
    pub fn is_problem(&self) -> bool {
        matches!(self, RateCheck::Stale { .. })
    }
}

/// The option's r against the curve it records as its source.
pub fn check_rate(option: &OptionTerms) -> RateCheck {
    let RateSource::JgbCurve {
        valuation_date,
        term_years,
        method,
        curve,
        rate,
        ..
    } = &option.risk_free_rate_source
    else {
        return RateCheck::Entered;
    };
    if option.risk_free_rate == *rate
        && option.allotment_date == *valuation_date
        && option.term_years == *term_years
    {
        return RateCheck::Current;
    }
    let now = if option.allotment_date == *valuation_date {
        rate_for(
            std::slice::from_ref(curve),
            option.allotment_date,
            option.term_years,
            *method,
        )
    } else {
        Err(FieldError::new(
            DATE_FIELD,
            Message::id("err-rate-curve-other-day")
                .with("recorded", *valuation_date)
                .with("date", option.allotment_date),
        ))
    };
    RateCheck::Stale { now }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::yield_curve::{CurveMethod, parse_curve};
    use rust_decimal::Decimal;

    fn read(term: &str) -> (OptionTerms, CurveRate) {
        let curve = parse_curve("基準日,10年,15年,20年\nH25.7.11,0.860,1.272,1.640\n").unwrap();
        let mut option = crate::scenario::sample().unwrap().option;
        let r = rate_for(
            &curve.rows,
            option.allotment_date,
            term.parse().unwrap(),
            CurveMethod::Linear,
        )
        .unwrap();
        option.term_years = r.term_years;
        option.risk_free_rate = r.rate;
        option.risk_free_rate_source = RateSource::from_curve("jgbcm_all.csv", &r);
        (option, r)
    }

    #[test]
    fn r_read_off_the_curve_is_current_until_r_the_date_or_t_changes() {
        let mut option = crate::scenario::sample().unwrap().option;
        assert_eq!(check_rate(&option), RateCheck::Entered);
        let (read, r) = read("15");
        assert_eq!(check_rate(&read), RateCheck::Current);
        assert_eq!(r.rate, "0.01272".parse::<Decimal>().unwrap());

        // T = 12 now: the kept day gives 0.860 % + 0.4 × 0.412 % = 1.0248 %.
        option.clone_from(&read);
        option.term_years = Decimal::from(12);
        let RateCheck::Stale { now: Ok(now) } = check_rate(&option) else {
            panic!("{:?}", check_rate(&option));
        };
        assert_eq!(now.rate, "0.010248".parse::<Decimal>().unwrap());

        // Beyond the day's tenors: the refusal says why.
        option.term_years = Decimal::from(25);
        assert!(matches!(
            check_rate(&option),
            RateCheck::Stale { now: Err(_) }
        ));

        // Another allotment date: the kept day is not that date's curve.
        option.clone_from(&read);
        option.allotment_date = option.allotment_date.succ_opt().unwrap();
        let RateCheck::Stale { now: Err(e) } = check_rate(&option) else {
            panic!();
        };
        assert_eq!(e.problem.id, "err-rate-curve-other-day");

        // r typed over it without the source cleared (a hand edit of the file).
        option.clone_from(&read);
        option.risk_free_rate = Decimal::new(1, 2);
        assert!(check_rate(&option).is_problem());
    }
}

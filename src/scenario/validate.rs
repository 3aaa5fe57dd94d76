//! Every problem in a scenario at once, each with its field path and what is accepted.

use rust_decimal::Decimal;

use super::{OptionTerms, PriceHistory, Scenario};
use crate::domain::FieldError;
use crate::domain::offering;
use crate::domain::schedule::derive_timetable;

/// Lists all problems; empty when the scenario is valid.
pub fn validate(scenario: &Scenario) -> Vec<FieldError> {
    let mut errors = offering::validate(&scenario.offering.to_inputs());
    if let Err(e) = derive_timetable(&scenario.schedule.to_inputs()) {
        errors.push(e);
    }
    validate_option(&scenario.option, &mut errors);
    validate_history(&scenario.price_history, &mut errors);
    errors
}

fn dec(v: i64, scale: u32) -> Decimal {
    Decimal::new(v, scale)
}

/// Pushes an error when `value` is outside `[min, max]` (or `(min, max]` when `open_min`).
fn check_range(
    errors: &mut Vec<FieldError>,
    field: &str,
    value: Decimal,
    (min, open_min): (Decimal, bool),
    max: Decimal,
    accepted: &str,
) {
    let below = if open_min { value <= min } else { value < min };
    if below || value > max {
        errors.push(FieldError::new(field, format!("must be {accepted}")));
    }
}

fn validate_option(o: &OptionTerms, errors: &mut Vec<FieldError>) {
    let e = errors;
    let price_max = offering::max_price();
    check_range(
        e,
        "option.share_price",
        o.share_price,
        (Decimal::ZERO, true),
        price_max,
        "above JPY 0 and at most JPY 1,000,000,000",
    );
    check_range(
        e,
        "option.exercise_price",
        o.exercise_price,
        (Decimal::ZERO, true),
        price_max,
        "above JPY 0 and at most JPY 1,000,000,000 (1 yen for stock-compensation options)",
    );
    check_range(
        e,
        "option.term_years",
        o.term_years,
        (Decimal::ZERO, true),
        dec(100, 0),
        "above 0 and at most 100 years",
    );
    check_range(
        e,
        "option.volatility",
        o.volatility,
        (dec(1, 4), false),
        dec(5, 0),
        "from 0.01 % to 500 %",
    );
    // Open at both ends: a yield of ±100 % is no JGB yield, only a mistyped percentage.
    if o.risk_free_rate <= dec(-1, 0) || o.risk_free_rate >= Decimal::ONE {
        e.push(FieldError::new(
            "option.risk_free_rate",
            "must be above −100 % and below 100 % (a fraction: 0.0125 = 1.25 %)",
        ));
    }
    check_range(
        e,
        "option.dividend_per_share",
        o.dividend_per_share,
        (Decimal::ZERO, false),
        price_max,
        "from JPY 0 to JPY 1,000,000,000",
    );
    check_range(
        e,
        "option.dividend_split_ratio",
        o.dividend_split_ratio,
        (Decimal::ZERO, true),
        dec(1_000_000, 0),
        "above 0 (200 for a 1:200 split since the dividend; 1 when none)",
    );
    check_range(
        e,
        "option.later_split_ratio",
        o.later_split_ratio,
        (Decimal::ZERO, true),
        dec(1_000_000, 0),
        "above 0 (2 for a 1:2 split, 0.5 for a 2:1 consolidation, 1 for none)",
    );
    if o.shares_per_right == 0 {
        e.push(FieldError::new(
            "option.shares_per_right",
            "must be at least 1 share",
        ));
    }
    if o.max_rights == 0 {
        e.push(FieldError::new(
            "option.max_rights",
            "must be at least 1 right",
        ));
    }
    let total_rights: u64 = o.allotment.iter().map(|g| u64::from(g.rights)).sum();
    if total_rights > u64::from(o.max_rights) {
        e.push(FieldError::new(
            "option.allotment",
            format!(
                "allots {total_rights} rights, more than the maximum of {}",
                o.max_rights
            ),
        ));
    }
    for (i, g) in o.allotment.iter().enumerate() {
        if g.name.trim().is_empty() {
            e.push(FieldError::new(
                format!("option.allotment[{i}].name"),
                "must not be empty",
            ));
        }
        if g.persons == 0 && g.rights > 0 {
            e.push(FieldError::new(
                format!("option.allotment[{i}].persons"),
                "must be at least 1 when the group receives rights",
            ));
        }
    }
    if u64::from(o.rights_exercised) > total_rights {
        e.push(FieldError::new(
            "option.rights_exercised",
            format!("must be from 0 to the {total_rights} rights allotted"),
        ));
    }
    if o.exercise_period_start > o.exercise_period_end {
        e.push(FieldError::new(
            "option.exercise_period_end",
            "must be on or after the start of the exercise period",
        ));
    }
    if o.exercise_period_start < o.allotment_date {
        e.push(FieldError::new(
            "option.exercise_period_start",
            "must be on or after the allotment date",
        ));
    }
}

fn validate_history(h: &PriceHistory, errors: &mut Vec<FieldError>) {
    for (i, p) in h.closes.iter().enumerate() {
        if p.close <= Decimal::ZERO {
            errors.push(FieldError::new(
                format!("price_history.closes[{i}].close"),
                format!("must be a price above 0 (on {})", p.date),
            ));
        }
    }
    if let Some(i) = h.closes.windows(2).position(|w| w[0].date >= w[1].date) {
        errors.push(FieldError::new(
            format!("price_history.closes[{}].date", i + 1),
            format!(
                "dates must be strictly increasing: {} follows {}",
                h.closes[i + 1].date,
                h.closes[i].date
            ),
        ));
    }
    for (i, s) in h.splits.iter().enumerate() {
        if s.ratio <= Decimal::ZERO {
            errors.push(FieldError::new(
                format!("price_history.splits[{i}].ratio"),
                "must be above 0 (200 for a 1:200 split, 0.5 for a 2:1 consolidation)",
            ));
        }
    }
    if let (Some(start), Some(end)) = (h.window_start, h.window_end)
        && start > end
    {
        errors.push(FieldError::new(
            "price_history.window_end",
            format!("must be on or after the window start ({start})"),
        ));
    }
    if !(2..=1000).contains(&h.rolling_returns) {
        errors.push(FieldError::new(
            "price_history.rolling_returns",
            "must be from 2 to 1,000 returns per rolling window",
        ));
    }
}

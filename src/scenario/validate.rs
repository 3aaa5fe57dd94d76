//! Every problem in a scenario at once, each with its field path and what is accepted.

use rust_decimal::Decimal;

use chrono::NaiveDate;

use super::{Company, DraftTerms, OptionTerms, PriceHistory, Scenario, ScheduleTerms};
use crate::domain::FieldError;
use crate::domain::offering;
use crate::domain::schedule::derive_timetable;

/// Lists all problems; empty when the scenario is valid.
pub fn validate(scenario: &Scenario) -> Vec<FieldError> {
    let mut errors = offering::validate(&scenario.offering.to_inputs());
    if let Err(e) = derive_timetable(&scenario.schedule.to_inputs()) {
        errors.push(e);
    }
    validate_company(&scenario.company, &mut errors);
    validate_resolutions(&scenario.schedule, &mut errors);
    validate_drafts(&scenario.drafts, &scenario.schedule, &mut errors);
    validate_option(&scenario.option, &mut errors);
    validate_history(&scenario.price_history, &mut errors);
    errors
}

/// Most characters a one-line name or code may have; a title may have more.
const NAME_MAX: usize = 80;
const TITLE_MAX: usize = 300;
/// Most characters of an editable notice item (the longest default, item (9), has ~3,000).
const TEXT_BLOCK_MAX: usize = 20_000;
const LISTING_CODES_MAX: usize = 10;

/// Pushes an error when one-line text has a line break or more than `max` characters.
fn check_line(errors: &mut Vec<FieldError>, field: &str, text: &str, max: usize, what: &str) {
    if text.contains(['\n', '\r']) || text.chars().count() > max {
        errors.push(FieldError::new(
            field,
            format!("must be {what}: one line of at most {max} characters"),
        ));
    }
}

fn validate_company(c: &Company, e: &mut Vec<FieldError>) {
    check_line(
        e,
        "company.name_ja",
        &c.name_ja,
        NAME_MAX,
        "the company's name as a Japanese notice prints it, or empty",
    );
    check_line(
        e,
        "company.short_name",
        &c.short_name,
        NAME_MAX,
        "the name the notices use after the first mention (\"IIJ\"), or empty",
    );
    check_line(
        e,
        "company.dateline_city",
        &c.dateline_city,
        NAME_MAX,
        "the city of the dateline (\"Tokyo\"), or empty",
    );
    if c.listing_codes.len() > LISTING_CODES_MAX {
        e.push(FieldError::new(
            "company.listing_codes",
            format!("must list at most {LISTING_CODES_MAX} listing codes"),
        ));
    }
    for (i, code) in c.listing_codes.iter().enumerate() {
        let field = format!("company.listing_codes[{i}]");
        if code.trim().is_empty() {
            e.push(FieldError::new(
                field,
                "must be a listing code such as TSE:3774 or NASDAQ:IIJI, not empty",
            ));
        } else if c.listing_codes[..i].contains(code) {
            e.push(FieldError::new(
                field,
                format!("must not repeat a listing code ({code} is listed twice)"),
            ));
        } else {
            check_line(e, &field, code, NAME_MAX, "a listing code such as TSE:3774");
        }
    }
}

fn validate_resolutions(s: &ScheduleTerms, e: &mut Vec<FieldError>) {
    if let Some(launch) = s.launch_resolution_date
        && launch > s.calculation_date
    {
        e.push(FieldError::new(
            "schedule.launch_resolution_date",
            format!(
                "must be on or before the calculation date ({}): the offering is resolved \
                 before it is priced",
                s.calculation_date
            ),
        ));
    }
    if let (Some(launch), Some(pricing)) = (s.launch_resolution_date, s.pricing_resolution_date)
        && pricing < launch
    {
        e.push(FieldError::new(
            "schedule.pricing_resolution_date",
            format!("must be on or after the launch resolution date ({launch})"),
        ));
    }
}

fn validate_drafts(d: &DraftTerms, s: &ScheduleTerms, e: &mut Vec<FieldError>) {
    check_line(
        e,
        "drafts.launch_release_title",
        &d.launch_release_title,
        TITLE_MAX,
        "the title of the launch press release",
    );
    if let Some(date) = d.launch_release_date {
        if date > s.calculation_date {
            e.push(FieldError::new(
                "drafts.launch_release_date",
                format!(
                    "must be on or before the calculation date ({}): the launch is announced \
                     before pricing",
                    s.calculation_date
                ),
            ));
        } else if let Some(launch) = s.launch_resolution_date
            && date < launch
        {
            e.push(FieldError::new(
                "drafts.launch_release_date",
                format!("must be on or after the launch resolution date ({launch})"),
            ));
        }
    }
}

/// Pushes an error when an optional date falls after `limit`.
fn check_not_after(
    errors: &mut Vec<FieldError>,
    field: &str,
    date: Option<NaiveDate>,
    limit: NaiveDate,
    what: &str,
) {
    if let Some(d) = date
        && d > limit
    {
        errors.push(FieldError::new(
            field,
            format!("must be on or before the allotment date ({limit}): {what}"),
        ));
    }
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
    check_not_after(
        e,
        "option.resolution_date",
        o.resolution_date,
        o.allotment_date,
        "the board resolves the issuance before the rights are allotted",
    );
    check_not_after(
        e,
        "option.dividend_fiscal_year_end",
        o.dividend_fiscal_year_end,
        o.allotment_date,
        "the dividend is that of a fiscal year already ended",
    );
    check_not_after(
        e,
        "option.dividend_split_effective_date",
        o.dividend_split_effective_date,
        o.allotment_date,
        "the dividend is adjusted for splits made by then",
    );
    for (field, text) in [
        ("option.acquisition_conditions", &o.acquisition_conditions),
        ("option.restructuring_terms", &o.restructuring_terms),
        ("option.exercise_conditions", &o.exercise_conditions),
    ] {
        if text.chars().count() > TEXT_BLOCK_MAX {
            e.push(FieldError::new(
                field,
                format!(
                    "must be at most {} characters (empty for the wording of the 2013 notice)",
                    crate::domain::money::format_count(TEXT_BLOCK_MAX as u64)
                ),
            ));
        }
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

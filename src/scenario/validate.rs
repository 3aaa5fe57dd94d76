//! Every problem in a scenario at once, each with its field path and what is accepted.

use rust_decimal::Decimal;

use chrono::NaiveDate;

use super::{Company, DraftTerms, OptionTerms, PriceHistory, RateSource, Scenario, ScheduleTerms};
use crate::domain::schedule::derive_timetable;
use crate::domain::yield_curve;
use crate::domain::{FieldError, Message};
use crate::domain::{dilution, offering};

/// Lists all problems; empty when the scenario is valid.
pub fn validate(scenario: &Scenario) -> Vec<FieldError> {
    let mut errors = offering::validate(&scenario.offering.to_inputs());
    if let Err(e) = derive_timetable(&scenario.schedule.to_inputs()) {
        errors.push(e);
    }
    let c = &scenario.capital;
    errors.extend(dilution::validate_capital(
        c.issued_shares,
        c.treasury_shares,
        c.net_income,
        c.eps,
    ));
    validate_company(&scenario.company, &mut errors);
    validate_resolutions(&scenario.schedule, &mut errors);
    validate_drafts(&scenario.drafts, &scenario.schedule, &mut errors);
    validate_option(&scenario.option, &mut errors);
    validate_history(&scenario.price_history, &mut errors);
    if let Some(Err(e)) = super::paid_inputs(scenario) {
        errors.push(e);
    }
    if let Some(p) = &scenario.paid_option {
        for (field, text) in [
            ("paid_option.series_name", &p.series_name),
            ("paid_option.series_name_ja", &p.series_name_ja),
        ] {
            check_line(&mut errors, field, text, NAME_MAX, "err-line-series");
        }
    }
    errors
}

/// Most characters a one-line name or code may have; a title may have more.
const NAME_MAX: usize = 80;
const TITLE_MAX: usize = 300;
/// Most characters of an editable notice item (the longest default, item (9), has ~3,000).
const TEXT_BLOCK_MAX: usize = 20_000;
const LISTING_CODES_MAX: usize = 10;
/// Most characters of a file name kept in the scenario (Windows allows 255).
const FILE_NAME_MAX: usize = 255;

/// Pushes an error when one-line text has a line break or more than `max` characters.
/// `what` is the message saying what the field holds, with a `$max` placeholder.
fn check_line(
    errors: &mut Vec<FieldError>,
    field: &str,
    text: &str,
    max: usize,
    what: &'static str,
) {
    if text.contains(['\n', '\r']) || text.chars().count() > max {
        errors.push(FieldError::new(field, Message::id(what).with("max", max)));
    }
}

/// A rate read off the JGB curve: a one-line file name, the day's tenors once each and
/// shortest first with yields a rate may have, and the recorded rate what that day
/// gives for the recorded date, T and method (a hand edit of one without the other
/// would leave a derivation that does not add up).
fn validate_rate_source(source: &RateSource, e: &mut Vec<FieldError>) {
    let RateSource::JgbCurve {
        file, curve, rate, ..
    } = source
    else {
        return;
    };
    const FIELD: &str = "option.risk_free_rate_source";
    check_line(
        e,
        "option.risk_free_rate_source.file",
        file,
        FILE_NAME_MAX,
        "err-line-curve-file",
    );
    let tenors_ok = !curve.yields.is_empty()
        && curve.yields.windows(2).all(|w| w[0].years < w[1].years)
        && curve
            .yields
            .iter()
            .all(|t| (1..=100).contains(&t.years) && t.rate > dec(-1, 0) && t.rate < Decimal::ONE);
    if !tenors_ok {
        e.push(FieldError::new(
            "option.risk_free_rate_source.curve",
            Message::id("err-rate-curve-yields"),
        ));
        return;
    }
    match source.derivation() {
        Some(Err(problem)) => e.push(problem.at(FIELD)),
        Some(Ok(derived)) if derived.rate != *rate => e.push(FieldError::new(
            "option.risk_free_rate_source.rate",
            Message::id("err-rate-curve-mismatch")
                .with("given", yield_curve::percent(derived.rate))
                .with("date", curve.date),
        )),
        _ => {}
    }
}

fn validate_company(c: &Company, e: &mut Vec<FieldError>) {
    check_line(
        e,
        "company.name_ja",
        &c.name_ja,
        NAME_MAX,
        "err-line-company-name-ja",
    );
    check_line(
        e,
        "company.short_name",
        &c.short_name,
        NAME_MAX,
        "err-line-short-name",
    );
    check_line(
        e,
        "company.dateline_city",
        &c.dateline_city,
        NAME_MAX,
        "err-line-dateline-city",
    );
    if c.listing_codes.len() > LISTING_CODES_MAX {
        e.push(FieldError::new(
            "company.listing_codes",
            Message::id("err-listing-codes-max").with("max", LISTING_CODES_MAX),
        ));
    }
    for (i, code) in c.listing_codes.iter().enumerate() {
        let field = format!("company.listing_codes[{i}]");
        if code.trim().is_empty() {
            e.push(FieldError::new(
                field,
                Message::id("err-listing-code-empty"),
            ));
        } else if c.listing_codes[..i].contains(code) {
            e.push(FieldError::new(
                field,
                Message::id("err-listing-code-twice").with("code", code.as_str()),
            ));
        } else {
            check_line(e, &field, code, NAME_MAX, "err-line-listing-code");
        }
    }
}

fn validate_resolutions(s: &ScheduleTerms, e: &mut Vec<FieldError>) {
    if let Some(launch) = s.launch_resolution_date
        && launch > s.calculation_date
    {
        e.push(FieldError::new(
            "schedule.launch_resolution_date",
            Message::id("err-launch-resolution-after-calculation").with("date", s.calculation_date),
        ));
    }
    if let (Some(launch), Some(pricing)) = (s.launch_resolution_date, s.pricing_resolution_date)
        && pricing < launch
    {
        e.push(FieldError::new(
            "schedule.pricing_resolution_date",
            Message::id("err-before-launch-resolution").with("date", launch),
        ));
    }
}

fn validate_drafts(d: &DraftTerms, s: &ScheduleTerms, e: &mut Vec<FieldError>) {
    check_line(
        e,
        "drafts.launch_release_title",
        &d.launch_release_title,
        TITLE_MAX,
        "err-line-launch-release-title",
    );
    if let Some(date) = d.launch_release_date {
        if date > s.calculation_date {
            e.push(FieldError::new(
                "drafts.launch_release_date",
                Message::id("err-launch-release-after-calculation")
                    .with("date", s.calculation_date),
            ));
        } else if let Some(launch) = s.launch_resolution_date
            && date < launch
        {
            e.push(FieldError::new(
                "drafts.launch_release_date",
                Message::id("err-before-launch-resolution").with("date", launch),
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
    why: &'static str,
) {
    if let Some(d) = date
        && d > limit
    {
        errors.push(FieldError::new(field, Message::id(why).with("date", limit)));
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
    accepted: &'static str,
) {
    let below = if open_min { value <= min } else { value < min };
    if below || value > max {
        errors.push(FieldError::new(field, Message::id(accepted)));
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
        "err-share-price-range",
    );
    check_range(
        e,
        "option.exercise_price",
        o.exercise_price,
        (Decimal::ZERO, true),
        price_max,
        "err-exercise-price-range",
    );
    check_range(
        e,
        "option.term_years",
        o.term_years,
        (Decimal::ZERO, true),
        dec(100, 0),
        "err-term-range",
    );
    check_range(
        e,
        "option.volatility",
        o.volatility,
        (dec(1, 4), false),
        dec(5, 0),
        "err-volatility-percent-range",
    );
    // Open at both ends: a yield of ±100 % is no JGB yield, only a mistyped percentage.
    if o.risk_free_rate <= dec(-1, 0) || o.risk_free_rate >= Decimal::ONE {
        e.push(FieldError::new(
            "option.risk_free_rate",
            Message::id("err-risk-free-rate-range"),
        ));
    }
    validate_rate_source(&o.risk_free_rate_source, e);
    check_range(
        e,
        "option.dividend_per_share",
        o.dividend_per_share,
        (Decimal::ZERO, false),
        price_max,
        "err-dividend-range",
    );
    check_range(
        e,
        "option.dividend_split_ratio",
        o.dividend_split_ratio,
        (Decimal::ZERO, true),
        dec(1_000_000, 0),
        "err-dividend-split-ratio-range",
    );
    check_range(
        e,
        "option.later_split_ratio",
        o.later_split_ratio,
        (Decimal::ZERO, true),
        dec(1_000_000, 0),
        "err-later-split-ratio-range",
    );
    if o.shares_per_right == 0 {
        e.push(FieldError::new(
            "option.shares_per_right",
            Message::id("err-at-least-one-share"),
        ));
    }
    if o.max_rights == 0 {
        e.push(FieldError::new(
            "option.max_rights",
            Message::id("err-at-least-one-right"),
        ));
    }
    let total_rights: u64 = o.allotment.iter().map(|g| u64::from(g.rights)).sum();
    if total_rights > u64::from(o.max_rights) {
        e.push(FieldError::new(
            "option.allotment",
            Message::id("err-allotment-over-max")
                .with("total", total_rights)
                .with("max", o.max_rights),
        ));
    }
    for (i, g) in o.allotment.iter().enumerate() {
        if g.name.trim().is_empty() {
            e.push(FieldError::new(
                format!("option.allotment[{i}].name"),
                Message::id("err-not-empty"),
            ));
        }
        if g.persons == 0 && g.rights > 0 {
            e.push(FieldError::new(
                format!("option.allotment[{i}].persons"),
                Message::id("err-persons-for-rights"),
            ));
        }
    }
    if u64::from(o.rights_exercised) > total_rights {
        e.push(FieldError::new(
            "option.rights_exercised",
            Message::id("err-exercised-over-allotted").with("total", total_rights),
        ));
    }
    if o.exercise_period_start > o.exercise_period_end {
        e.push(FieldError::new(
            "option.exercise_period_end",
            Message::id("err-exercise-end-before-start"),
        ));
    }
    if o.exercise_period_start < o.allotment_date {
        e.push(FieldError::new(
            "option.exercise_period_start",
            Message::id("err-exercise-start-before-allotment"),
        ));
    }
    check_not_after(
        e,
        "option.resolution_date",
        o.resolution_date,
        o.allotment_date,
        "err-resolution-after-allotment",
    );
    check_not_after(
        e,
        "option.dividend_fiscal_year_end",
        o.dividend_fiscal_year_end,
        o.allotment_date,
        "err-fiscal-year-end-after-allotment",
    );
    check_not_after(
        e,
        "option.dividend_split_effective_date",
        o.dividend_split_effective_date,
        o.allotment_date,
        "err-dividend-split-after-allotment",
    );
    for (field, text) in [
        ("option.acquisition_conditions", &o.acquisition_conditions),
        ("option.restructuring_terms", &o.restructuring_terms),
        ("option.exercise_conditions", &o.exercise_conditions),
        (
            "option.acquisition_conditions_ja",
            &o.acquisition_conditions_ja,
        ),
        ("option.restructuring_terms_ja", &o.restructuring_terms_ja),
        ("option.exercise_conditions_ja", &o.exercise_conditions_ja),
    ] {
        if text.chars().count() > TEXT_BLOCK_MAX {
            e.push(FieldError::new(
                field,
                Message::id("err-text-block-max").with("max", TEXT_BLOCK_MAX),
            ));
        }
    }
}

fn validate_history(h: &PriceHistory, errors: &mut Vec<FieldError>) {
    for (i, p) in h.closes.iter().enumerate() {
        if p.close <= Decimal::ZERO {
            errors.push(FieldError::new(
                format!("price_history.closes[{i}].close"),
                Message::id("err-history-close-positive").with("date", p.date),
            ));
        }
    }
    if let Some(i) = h.closes.windows(2).position(|w| w[0].date >= w[1].date) {
        errors.push(FieldError::new(
            format!("price_history.closes[{}].date", i + 1),
            Message::id("err-history-dates-increasing")
                .with("date", h.closes[i + 1].date)
                .with("previous", h.closes[i].date),
        ));
    }
    for (i, s) in h.splits.iter().enumerate() {
        if s.ratio <= Decimal::ZERO {
            errors.push(FieldError::new(
                format!("price_history.splits[{i}].ratio"),
                Message::id("err-split-ratio-positive"),
            ));
        }
    }
    if let (Some(start), Some(end)) = (h.window_start, h.window_end)
        && start > end
    {
        errors.push(FieldError::new(
            "price_history.window_end",
            Message::id("err-window-end-before-start").with("start", start),
        ));
    }
    if !(2..=1000).contains(&h.rolling_returns) {
        errors.push(FieldError::new(
            "price_history.rolling_returns",
            Message::id("err-rolling-returns-range"),
        ));
    }
}

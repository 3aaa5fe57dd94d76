//! The yen side of a stock-option issue: allotment, capital on exercise, share
//! adjustments after splits, and the dividend yield used as q (the amount per right is in
//! `per_right`).
//!
//! Money is `Decimal`; every rounding goes through a helper named for its intent.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::domain::money::{round_down_to_whole_shares, round_up_to_yen};
use crate::domain::{FieldError, Message};

/// Decimal places kept of a share count times a split ratio before whole shares are taken
/// (see [`adjust_shares_per_right`]).
pub const RATIO_PRODUCT_DECIMAL_PLACES: u32 = 12;

/// Drops the noise digits of a float turned into a decimal: nearest at `places`, ties away
/// from zero (no banker's rounding anywhere).
fn round_to_places(value: Decimal, places: u32) -> Decimal {
    value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
}

fn overflow(field: &str) -> FieldError {
    FieldError::new(field, Message::id("err-too-large-in-yen"))
}

/// One line of the allotment table (e.g. "Directors", 7 persons, 95 rights).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllotmentGroup {
    pub name: String,
    pub persons: u32,
    pub rights: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllotmentRow {
    pub name: String,
    pub persons: u32,
    pub rights: u32,
    /// rights × amount per right.
    pub value: Decimal,
    /// rights × shares per right.
    pub shares: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllotmentSummary {
    pub rows: Vec<AllotmentRow>,
    pub total_persons: u32,
    pub total_rights: u32,
    pub total_shares: u64,
    pub total_value: Decimal,
    /// The maximum number of rights the resolution allows.
    pub max_rights: u32,
    /// Always true in a returned summary (going over the maximum is an error); kept so a
    /// view can show the check.
    pub within_maximum: bool,
}

/// Totals the allotment and checks it against the maximum number of rights.
pub fn allotment(
    groups: &[AllotmentGroup],
    max_rights: u32,
    amount_per_right: Decimal,
    shares_per_right: u32,
) -> Result<AllotmentSummary, FieldError> {
    if amount_per_right < Decimal::ZERO {
        return Err(FieldError::new(
            "option.amount_per_right",
            Message::id("err-yen-not-negative"),
        ));
    }
    if shares_per_right == 0 {
        return Err(FieldError::new(
            "option.shares_per_right",
            Message::id("err-at-least-one"),
        ));
    }
    let mut rows = Vec::with_capacity(groups.len());
    let mut total_persons: u32 = 0;
    let mut total_rights: u32 = 0;
    let mut total_shares: u64 = 0;
    let mut total_value = Decimal::ZERO;
    for (index, group) in groups.iter().enumerate() {
        let field = |name: &str| format!("option.allotment[{index}].{name}");
        if group.name.trim().is_empty() {
            return Err(FieldError::new(field("name"), Message::id("err-not-empty")));
        }
        if group.rights > 0 && group.persons == 0 {
            return Err(FieldError::new(
                field("persons"),
                Message::id("err-persons-for-rights"),
            ));
        }
        let value = amount_per_right
            .checked_mul(Decimal::from(group.rights))
            .ok_or_else(|| overflow(&field("rights")))?;
        let shares = u64::from(group.rights) * u64::from(shares_per_right);
        total_persons = total_persons
            .checked_add(group.persons)
            .ok_or_else(|| FieldError::new(field("persons"), Message::id("err-total-too-large")))?;
        total_rights = total_rights
            .checked_add(group.rights)
            .ok_or_else(|| FieldError::new(field("rights"), Message::id("err-total-too-large")))?;
        total_shares = total_shares
            .checked_add(shares)
            .ok_or_else(|| FieldError::new(field("rights"), Message::id("err-total-too-large")))?;
        total_value = total_value
            .checked_add(value)
            .ok_or_else(|| overflow(&field("rights")))?;
        rows.push(AllotmentRow {
            name: group.name.clone(),
            persons: group.persons,
            rights: group.rights,
            value,
            shares,
        });
    }
    if total_rights > max_rights {
        return Err(FieldError::new(
            "option.allotment",
            Message::id("err-allotment-over-max")
                .with("total", total_rights)
                .with("max", max_rights),
        ));
    }
    Ok(AllotmentSummary {
        rows,
        total_persons,
        total_rights,
        total_shares,
        total_value,
        max_rights,
        within_maximum: true,
    })
}

/// How exercising rights increases capital (Rules of Corporate Accounting, art. 17).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExerciseCapital {
    pub rights_exercised: u32,
    /// rights × amount per right paid at allotment (the rights' book value).
    pub book_value: Decimal,
    /// rights × shares per right × exercise price per share.
    pub exercise_amount: Decimal,
    /// book value + exercise amount.
    pub capital_increase_limit: Decimal,
    /// Half of the limit, fractions of a yen rounded up.
    pub stated_capital: Decimal,
    /// The rest of the limit.
    pub capital_reserve: Decimal,
}

pub fn capital_on_exercise(
    rights_exercised: u32,
    amount_per_right: Decimal,
    shares_per_right: u32,
    exercise_price_per_share: Decimal,
) -> Result<ExerciseCapital, FieldError> {
    if rights_exercised == 0 {
        return Err(FieldError::new(
            "option.rights_exercised",
            Message::id("err-at-least-one"),
        ));
    }
    if amount_per_right < Decimal::ZERO {
        return Err(FieldError::new(
            "option.amount_per_right",
            Message::id("err-yen-not-negative"),
        ));
    }
    if shares_per_right == 0 {
        return Err(FieldError::new(
            "option.shares_per_right",
            Message::id("err-at-least-one"),
        ));
    }
    if exercise_price_per_share < Decimal::ZERO {
        return Err(FieldError::new(
            "option.exercise_price",
            Message::id("err-yen-not-negative"),
        ));
    }
    let rights = Decimal::from(rights_exercised);
    let book_value = amount_per_right
        .checked_mul(rights)
        .ok_or_else(|| overflow("option.amount_per_right"))?;
    let shares = Decimal::from(u64::from(rights_exercised) * u64::from(shares_per_right));
    let exercise_amount = exercise_price_per_share
        .checked_mul(shares)
        .ok_or_else(|| overflow("option.exercise_price"))?;
    let capital_increase_limit = book_value
        .checked_add(exercise_amount)
        .ok_or_else(|| overflow("option.exercise_price"))?;
    // At least half goes to stated capital (Rules of Corporate Accounting, art. 17), so its
    // fraction of a yen is rounded up. Halving a Decimal is exact.
    let stated_capital = round_up_to_yen(capital_increase_limit / Decimal::TWO);
    let capital_reserve = capital_increase_limit - stated_capital;
    Ok(ExerciseCapital {
        rights_exercised,
        book_value,
        exercise_amount,
        capital_increase_limit,
        stated_capital,
        capital_reserve,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SplitAdjustment {
    pub shares_before: u32,
    /// New shares per old share: 200 for a 1:200 split, 0.5 for a 2:1 consolidation.
    pub ratio: Decimal,
    /// shares before × ratio, exact.
    pub unrounded: Decimal,
    /// Fractions of a share rounded down.
    pub shares_after: u32,
}

/// Shares per right after a split or consolidation.
///
/// A ratio such as 1/3 has no exact decimal; typed as 0.333…3 (28 digits) it would give
/// 3 × ratio = 0.999…9 and lose the share. The product is therefore rounded to
/// [`RATIO_PRODUCT_DECIMAL_PLACES`] places before the fraction is dropped; a real ratio has
/// far fewer decimals, so this only ever snaps such repeating-decimal ratios.
pub fn adjust_shares_per_right(
    shares_per_right: u32,
    ratio: Decimal,
) -> Result<SplitAdjustment, FieldError> {
    if shares_per_right == 0 {
        return Err(FieldError::new(
            "option.shares_per_right",
            Message::id("err-at-least-one"),
        ));
    }
    if ratio <= Decimal::ZERO {
        return Err(FieldError::new(
            "option.later_split_ratio",
            Message::id("err-split-ratio-positive"),
        ));
    }
    let unrounded = ratio
        .checked_mul(Decimal::from(shares_per_right))
        .ok_or_else(|| overflow("option.later_split_ratio"))?;
    let whole =
        round_down_to_whole_shares(round_to_places(unrounded, RATIO_PRODUCT_DECIMAL_PLACES));
    let shares_after = whole.to_u32().ok_or_else(|| {
        FieldError::new(
            "option.later_split_ratio",
            Message::id("err-split-too-many-shares")
                .with("shares", whole)
                .with("max", u32::MAX),
        )
    })?;
    if shares_after == 0 {
        return Err(FieldError::new(
            "option.later_split_ratio",
            Message::id("err-split-under-one-share")
                .with("before", shares_per_right)
                .with("ratio", ratio)
                .with("unrounded", unrounded),
        ));
    }
    Ok(SplitAdjustment {
        shares_before: shares_per_right,
        ratio,
        unrounded,
        shares_after,
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DividendYield {
    /// Annual dividend per share as paid, before any later split.
    pub dividend_per_share: Decimal,
    /// Split ratio since the dividend (1 if none).
    pub split_ratio_since: Decimal,
    /// dividend ÷ ratio: exact when the quotient has at most 28 significant digits, else
    /// rounded by `Decimal` division to 28 significant digits.
    pub adjusted_dividend: Decimal,
    pub spot: Decimal,
    /// adjusted dividend ÷ spot, exact to 28 significant digits: the yield as reported.
    pub rate: Decimal,
    /// `rate` as the continuous yield q fed to Black–Scholes.
    pub yield_: f64,
}

/// The dividend yield on today's share count: a dividend declared before a 1:200 split is
/// divided by 200 first.
pub fn dividend_yield(
    dividend_per_share: Decimal,
    split_ratio_since: Decimal,
    spot: Decimal,
) -> Result<DividendYield, FieldError> {
    if dividend_per_share < Decimal::ZERO {
        return Err(FieldError::new(
            "option.dividend_per_share",
            Message::id("err-yen-not-negative"),
        ));
    }
    if split_ratio_since <= Decimal::ZERO {
        return Err(FieldError::new(
            "option.dividend_split_ratio",
            Message::id("err-dividend-split-ratio"),
        ));
    }
    if spot <= Decimal::ZERO {
        return Err(FieldError::new(
            "option.share_price",
            Message::id("err-yen-positive"),
        ));
    }
    let adjusted_dividend = dividend_per_share
        .checked_div(split_ratio_since)
        .ok_or_else(|| overflow("option.dividend_split_ratio"))?;
    let rate = adjusted_dividend
        .checked_div(spot)
        .ok_or_else(|| overflow("option.dividend_per_share"))?;
    let yield_ = rate
        .to_f64()
        .filter(|value| value.is_finite())
        .ok_or_else(|| overflow("option.dividend_per_share"))?;
    Ok(DividendYield {
        dividend_per_share,
        split_ratio_since,
        adjusted_dividend,
        spot,
        rate,
        yield_,
    })
}

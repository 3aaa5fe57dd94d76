//! The follow-on offering: issue price, amount to be paid, totals, the capital split,
//! the over-allotment, the third-party allotment and the proceeds.
//!
//! Every result keeps the values it was computed from, so the UI and the exports can
//! show how each figure was reached.

use rust_decimal::Decimal;

use super::money::{round_down_to_tick, round_down_to_yen, round_up_to_yen};
use super::{Arg, FieldError, Message};

/// How the issue price is fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssuePricing {
    /// Base price × (1 − discount), fractions rounded down (to the tick, if any).
    Discount { discount_rate: Decimal },
    /// The issue price as entered; the discount it implies is shown.
    Entered { issue_price: Decimal },
}

/// How the amount to be paid (the underwriters' price) is fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaidPricing {
    /// Entered per share; may carry sen (1,286.55).
    Entered { amount_to_be_paid: Decimal },
    /// Issue price × (1 − spread), fractions of a yen rounded down.
    Spread { spread_rate: Decimal },
}

/// One planned use of the net proceeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UseOfProceeds {
    pub purpose: String,
    pub amount: Decimal,
    pub deadline: String,
}

/// The terms of a follow-on offering, as the pricing notice states them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferingInputs {
    /// Closing price on the calculation date.
    pub base_price: Decimal,
    pub pricing: IssuePricing,
    /// Price step the issue price is rounded down to; `None` = 1 yen.
    pub tick_size: Option<Decimal>,
    pub paid: PaidPricing,
    pub new_shares: u64,
    /// Share of the amount paid credited to stated capital: at least one half
    /// (Companies Act art. 445), at most all of it.
    pub stated_capital_ratio: Decimal,
    pub over_allotment_shares: u64,
    /// Maximum number of new shares in the third-party allotment to the lead underwriter.
    pub allotment_shares: u64,
    pub estimated_expenses: Decimal,
    pub uses_of_proceeds: Vec<UseOfProceeds>,
}

/// The issue price and how it was reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuePrice {
    pub base_price: Decimal,
    /// The discount typed by the user, when the price came from a discount.
    pub discount_rate: Option<Decimal>,
    /// Base × (1 − discount) before rounding; equals the issue price when entered.
    pub unrounded: Decimal,
    pub tick_size: Decimal,
    pub issue_price: Decimal,
    /// (base − issue) / base at full precision; notices show it to two decimals of a percent.
    pub applied_discount: Decimal,
}

/// The amount to be paid per share and the underwriters' spread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmountToBePaid {
    pub spread_rate_input: Option<Decimal>,
    pub unrounded: Decimal,
    pub amount_to_be_paid: Decimal,
    /// Issue price − amount to be paid: the underwriters' take per share.
    pub spread_per_share: Decimal,
    /// Spread ÷ issue price at full precision.
    pub spread_rate: Decimal,
}

/// Stated capital and additional paid-in capital from a total amount paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapitalSplit {
    pub total_paid: Decimal,
    pub ratio: Decimal,
    /// Total × ratio before rounding up.
    pub unrounded: Decimal,
    pub stated_capital: Decimal,
    pub additional_paid_in_capital: Decimal,
}

/// Shares × a per-share price.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tranche {
    pub shares: u64,
    pub price: Decimal,
    pub total: Decimal,
}

/// One use of proceeds with its running share of the net proceeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proceeds {
    pub public_offering_paid: Decimal,
    pub allotment_paid: Decimal,
    pub gross: Decimal,
    pub estimated_expenses: Decimal,
    pub net: Decimal,
    pub uses_total: Decimal,
    /// Net proceeds − planned uses; zero when the uses reconcile.
    pub unallocated: Decimal,
}

/// Every figure of the pricing notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferingResult {
    pub issue_price: IssuePrice,
    pub paid: AmountToBePaid,
    /// New shares at the issue price (total amount of the issue price).
    pub public_offering_issue: Tranche,
    /// New shares at the amount to be paid (total amount to be paid).
    pub public_offering_paid: Tranche,
    pub public_offering_capital: CapitalSplit,
    /// Underwriters' spread on the public offering.
    pub underwriting_spread_total: Decimal,
    /// Secondary offering by over-allotment, sold at the issue price.
    pub over_allotment: Tranche,
    /// Third-party allotment to the lead underwriter at the amount to be paid (maximum).
    pub allotment: Tranche,
    pub allotment_capital: CapitalSplit,
    pub proceeds: Proceeds,
}

/// Upper bound on share counts the desk accepts: 10 billion shares, far above any
/// listed company, small enough that every product below fits a Decimal exactly.
pub const MAX_SHARES: u64 = 10_000_000_000;
/// Upper bound on a per-share price in yen.
pub fn max_price() -> Decimal {
    Decimal::from(1_000_000_000u64)
}

/// Every problem with the inputs at once, each naming its field and what is accepted.
pub fn validate(inputs: &OfferingInputs) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut check = |r: Result<(), FieldError>| {
        if let Err(e) = r {
            errors.push(e);
        }
    };
    check(check_price("offering.base_price", inputs.base_price));
    match inputs.pricing {
        IssuePricing::Discount { discount_rate } => {
            check(check_rate("offering.discount_rate", discount_rate))
        }
        IssuePricing::Entered { issue_price } => {
            check(check_price("offering.issue_price", issue_price))
        }
    }
    if let Some(t) = inputs.tick_size {
        check(check_price("offering.tick_size", t));
    }
    match inputs.paid {
        PaidPricing::Entered { amount_to_be_paid } => {
            check(check_price("offering.amount_to_be_paid", amount_to_be_paid))
        }
        PaidPricing::Spread { spread_rate } => {
            check(check_rate("offering.spread_rate", spread_rate))
        }
    }
    check(check_shares("offering.new_shares", inputs.new_shares, 1));
    check(check_shares(
        "offering.over_allotment_shares",
        inputs.over_allotment_shares,
        0,
    ));
    check(check_shares(
        "offering.allotment_shares",
        inputs.allotment_shares,
        0,
    ));
    check(check_capital_ratio(inputs.stated_capital_ratio));
    check(check_amount(
        "offering.estimated_expenses",
        inputs.estimated_expenses,
    ));
    for (i, u) in inputs.uses_of_proceeds.iter().enumerate() {
        check(check_amount(
            &format!("offering.uses_of_proceeds[{i}].amount"),
            u.amount,
        ));
    }
    errors
}

/// Computes the whole notice. Returns the first problem; [`validate`] lists them all.
pub fn compute_offering(inputs: &OfferingInputs) -> Result<OfferingResult, FieldError> {
    if let Some(first) = validate(inputs).into_iter().next() {
        return Err(first);
    }
    let issue_price = issue_price(inputs.base_price, inputs.pricing, inputs.tick_size)?;
    let paid = amount_to_be_paid(issue_price.issue_price, inputs.paid)?;

    let public_offering_issue = tranche(inputs.new_shares, issue_price.issue_price);
    let public_offering_paid = tranche(inputs.new_shares, paid.amount_to_be_paid);
    let public_offering_capital =
        capital_split(public_offering_paid.total, inputs.stated_capital_ratio)?;
    let over_allotment = tranche(inputs.over_allotment_shares, issue_price.issue_price);
    let allotment = tranche(inputs.allotment_shares, paid.amount_to_be_paid);
    let allotment_capital = capital_split(allotment.total, inputs.stated_capital_ratio)?;

    let gross = public_offering_paid.total + allotment.total;
    let net = gross - inputs.estimated_expenses;
    if net < Decimal::ZERO {
        return Err(FieldError::new(
            "offering.estimated_expenses",
            Message::id("err-expenses-over-gross").with("gross", Arg::Yen(gross)),
        ));
    }
    let uses_total: Decimal = inputs.uses_of_proceeds.iter().map(|u| u.amount).sum();
    let proceeds = Proceeds {
        public_offering_paid: public_offering_paid.total,
        allotment_paid: allotment.total,
        gross,
        estimated_expenses: inputs.estimated_expenses,
        net,
        uses_total,
        unallocated: net - uses_total,
    };

    Ok(OfferingResult {
        underwriting_spread_total: public_offering_issue.total - public_offering_paid.total,
        issue_price,
        paid,
        public_offering_issue,
        public_offering_paid,
        public_offering_capital,
        over_allotment,
        allotment,
        allotment_capital,
        proceeds,
    })
}

/// Issue price from the base price: by discount (rounded down) or as entered.
pub fn issue_price(
    base_price: Decimal,
    pricing: IssuePricing,
    tick_size: Option<Decimal>,
) -> Result<IssuePrice, FieldError> {
    check_price("offering.base_price", base_price)?;
    let tick = match tick_size {
        Some(t) if t <= Decimal::ZERO || t > base_price => {
            return Err(FieldError::new(
                "offering.tick_size",
                Message::id("err-tick-size"),
            ));
        }
        Some(t) => t,
        None => Decimal::ONE,
    };
    let (discount_rate, unrounded, price) = match pricing {
        IssuePricing::Discount { discount_rate } => {
            check_rate("offering.discount_rate", discount_rate)?;
            let unrounded = base_price * (Decimal::ONE - discount_rate);
            let price = if tick == Decimal::ONE {
                round_down_to_yen(unrounded)
            } else {
                round_down_to_tick(unrounded, tick)
            };
            (Some(discount_rate), unrounded, price)
        }
        IssuePricing::Entered { issue_price } => {
            check_price("offering.issue_price", issue_price)?;
            (None, issue_price, issue_price)
        }
    };
    if price <= Decimal::ZERO {
        return Err(FieldError::new(
            "offering.discount_rate",
            Message::id("err-no-issue-price"),
        ));
    }
    Ok(IssuePrice {
        base_price,
        discount_rate,
        unrounded,
        tick_size: tick,
        issue_price: price,
        applied_discount: (base_price - price) / base_price,
    })
}

/// The amount to be paid per share, entered or derived from the underwriting spread.
pub fn amount_to_be_paid(
    issue_price: Decimal,
    pricing: PaidPricing,
) -> Result<AmountToBePaid, FieldError> {
    let (spread_rate_input, unrounded, amount) = match pricing {
        PaidPricing::Entered { amount_to_be_paid } => {
            check_price("offering.amount_to_be_paid", amount_to_be_paid)?;
            if amount_to_be_paid > issue_price {
                return Err(FieldError::new(
                    "offering.amount_to_be_paid",
                    Message::id("err-paid-over-issue").with("price", Arg::Yen(issue_price)),
                ));
            }
            (None, amount_to_be_paid, amount_to_be_paid)
        }
        PaidPricing::Spread { spread_rate } => {
            check_rate("offering.spread_rate", spread_rate)?;
            let unrounded = issue_price * (Decimal::ONE - spread_rate);
            let amount = round_down_to_yen(unrounded);
            if amount <= Decimal::ZERO {
                return Err(FieldError::new(
                    "offering.spread_rate",
                    Message::id("err-spread-leaves-nothing"),
                ));
            }
            (Some(spread_rate), unrounded, amount)
        }
    };
    let spread = issue_price - amount;
    Ok(AmountToBePaid {
        spread_rate_input,
        unrounded,
        amount_to_be_paid: amount,
        spread_per_share: spread,
        spread_rate: spread / issue_price,
    })
}

/// Stated capital = total paid × ratio, fractions of a yen rounded up; the rest is
/// additional paid-in capital. Always on totals, never per share (Ordinance on
/// Company Accounting art. 14; Companies Act art. 445).
pub fn capital_split(total_paid: Decimal, ratio: Decimal) -> Result<CapitalSplit, FieldError> {
    check_capital_ratio(ratio)?;
    let unrounded = total_paid * ratio;
    let stated = round_up_to_yen(unrounded);
    Ok(CapitalSplit {
        total_paid,
        ratio,
        unrounded,
        stated_capital: stated,
        additional_paid_in_capital: total_paid - stated,
    })
}

fn tranche(shares: u64, price: Decimal) -> Tranche {
    // Bounded by MAX_SHARES × max_price() = 1e19, well inside Decimal's 7.9e28.
    Tranche {
        shares,
        price,
        total: Decimal::from(shares) * price,
    }
}

fn check_price(field: &str, price: Decimal) -> Result<(), FieldError> {
    if price <= Decimal::ZERO || price > max_price() || price.normalize().scale() > 2 {
        return Err(FieldError::new(field, Message::id("err-price-range")));
    }
    Ok(())
}

fn check_amount(field: &str, amount: Decimal) -> Result<(), FieldError> {
    let limit = Decimal::from(10u64.pow(18));
    if amount < Decimal::ZERO || amount > limit || amount.normalize().scale() > 2 {
        return Err(FieldError::new(field, Message::id("err-amount-range")));
    }
    Ok(())
}

fn check_shares(field: &str, shares: u64, min: u64) -> Result<(), FieldError> {
    if shares < min || shares > MAX_SHARES {
        return Err(FieldError::new(
            field,
            Message::id("err-shares-range").with("min", min),
        ));
    }
    Ok(())
}

fn check_rate(field: &str, rate: Decimal) -> Result<(), FieldError> {
    if rate < Decimal::ZERO || rate >= Decimal::ONE {
        return Err(FieldError::new(field, Message::id("err-rate-range")));
    }
    Ok(())
}

fn check_capital_ratio(ratio: Decimal) -> Result<(), FieldError> {
    if ratio < Decimal::new(5, 1) || ratio > Decimal::ONE {
        return Err(FieldError::new(
            "offering.stated_capital_ratio",
            Message::id("err-capital-ratio"),
        ));
    }
    Ok(())
}

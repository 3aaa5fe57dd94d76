//! Dilution and per-share effects of a follow-on offering (issue 11): the issued shares
//! after the public offering and after the maximum third-party allotment, the dilution
//! ratios, the stock options' potential shares, and EPS on the increased share count.
//!
//! Two share bases, as Japanese disclosure uses them:
//! - the dilution ratios and the options' share are on the *issued* shares
//!   (発行済株式総数, treasury shares included), the count the notices state;
//! - EPS is on the shares *outstanding*, issued less treasury shares. It is a pro forma
//!   on the counts at the offering (last year's net income over them), not the filed EPS
//!   on the year's average share count (期中平均株式数): the same rule before and after,
//!   so the two compare.
//!
//! Every ratio and EPS is an exact `Decimal` quotient (28 significant digits); the
//! notices print them rounded half up, the ratios to two decimals of a percent and EPS to
//! the sen ([`Eps::stated`]). A quotient of whole shares into yen and sen cannot lie
//! within 10⁻²⁰ of a rounding midpoint without being on it, so the 28-digit quotient
//! rounds as the true one does.

use rust_decimal::Decimal;

use super::money::round_half_up;
use super::offering::{MAX_SHARES, max_price};
use super::{FieldError, Message};

/// What the last fiscal year's earnings are given as: at most one of the two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Earnings {
    /// 当期純利益 in yen; negative for a net loss.
    NetIncome(Decimal),
    /// 1株当たり当期純利益 in yen and sen: net income is taken as EPS × shares outstanding.
    Eps(Decimal),
}

/// The inputs: the company's shares before the offering, the offering's new shares, the
/// options' maximum, and the earnings (optional).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DilutionInputs {
    /// 発行済株式総数 before the offering, treasury shares included.
    pub issued_shares: u64,
    /// 自己株式数; fewer than the issued shares.
    pub treasury_shares: u64,
    /// New shares of the public offering.
    pub new_shares: u64,
    /// New shares of the third-party allotment, at its maximum.
    pub allotment_shares: u64,
    /// The stock options' maximum number of rights and the shares under each.
    pub option_rights: u32,
    pub shares_per_right: u32,
    pub earnings: Option<Earnings>,
}

/// New shares as a share of the issued shares before and after they are issued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dilution {
    pub new_shares: u64,
    /// Issued shares before the offering.
    pub before: u64,
    /// Issued shares once the new shares are issued.
    pub after: u64,
    /// new ÷ before.
    pub of_before: Decimal,
    /// new ÷ after.
    pub of_after: Decimal,
}

/// The stock options' potential shares (every right exercised) as a share of the issued
/// shares before the offering and after it and the maximum allotment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptionPotential {
    pub rights: u32,
    pub shares_per_right: u32,
    /// rights × shares per right.
    pub shares: u64,
    pub of_before: Decimal,
    pub of_after: Decimal,
}

/// One EPS: net income over a share count, exact and as a notice prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Eps {
    /// Shares outstanding (treasury shares excluded) it is computed on.
    pub shares: u64,
    pub exact: Decimal,
}

impl Eps {
    /// Rounded half up (away from zero for a loss) to the sen, as notices print EPS.
    pub fn stated(&self) -> Decimal {
        round_half_up(self.exact, 2)
    }
}

/// Where the net income came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetIncomeBasis {
    Entered,
    /// EPS as entered × the shares outstanding before the offering.
    FromEps(Decimal),
}

/// EPS before the offering and on the increased share counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PerShare {
    pub net_income: Decimal,
    pub basis: NetIncomeBasis,
    pub before: Eps,
    /// On the shares outstanding plus the public offering's new shares.
    pub after_offering: Eps,
    /// Plus the third-party allotment's maximum as well.
    pub after_allotment: Eps,
}

/// Every dilution figure, with the counts it was computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DilutionResult {
    pub issued_before: u64,
    pub treasury_shares: u64,
    /// Issued less treasury shares: the base of EPS.
    pub outstanding_before: u64,
    pub allotment_shares: u64,
    /// Issued + the public offering's new shares.
    pub issued_after_offering: u64,
    /// That + the third-party allotment's maximum.
    pub issued_after_allotment: u64,
    /// The public offering alone.
    pub offering: Dilution,
    /// The public offering and the maximum allotment together.
    pub total: Dilution,
    pub options: OptionPotential,
    /// Only when net income or EPS is given.
    pub per_share: Option<PerShare>,
}

/// Largest |net income| the desk accepts: JPY 10¹⁸, as for other amounts.
fn max_net_income() -> Decimal {
    Decimal::from(10u64.pow(18))
}

/// Problems with the capital inputs alone (the `capital.…` fields of a scenario), each
/// naming its field and what is accepted; `issued` is `None` when not entered.
pub fn validate_capital(
    issued: Option<u64>,
    treasury: u64,
    net_income: Option<Decimal>,
    eps: Option<Decimal>,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Some(issued) = issued {
        if issued == 0 || issued > MAX_SHARES {
            errors.push(FieldError::new(
                "capital.issued_shares",
                Message::id("err-issued-shares-range"),
            ));
        } else if treasury >= issued {
            errors.push(FieldError::new(
                "capital.treasury_shares",
                Message::id("err-treasury-shares-range")
                    .with("max", issued - 1)
                    .with("issued", issued),
            ));
        }
    } else if treasury > MAX_SHARES {
        errors.push(FieldError::new(
            "capital.treasury_shares",
            Message::id("err-shares-range").with("min", 0u64),
        ));
    }
    if let Some(v) = net_income
        && (v.abs() > max_net_income() || v.normalize().scale() > 2)
    {
        errors.push(FieldError::new(
            "capital.net_income",
            Message::id("err-net-income-range"),
        ));
    }
    if let Some(v) = eps
        && (v.abs() > max_price() || v.normalize().scale() > 2)
    {
        errors.push(FieldError::new("capital.eps", Message::id("err-eps-range")));
    }
    if net_income.is_some() && eps.is_some() {
        errors.push(FieldError::new(
            "capital.eps",
            Message::id("err-net-income-and-eps").with("other", "capital.net_income"),
        ));
    }
    errors
}

/// Every problem with `inputs`: the capital fields, and share counts the offering or
/// the options would refuse (said of their own fields).
pub fn validate(inputs: &DilutionInputs) -> Vec<FieldError> {
    let (net_income, eps) = match inputs.earnings {
        Some(Earnings::NetIncome(v)) => (Some(v), None),
        Some(Earnings::Eps(v)) => (None, Some(v)),
        None => (None, None),
    };
    let mut errors = validate_capital(
        Some(inputs.issued_shares),
        inputs.treasury_shares,
        net_income,
        eps,
    );
    for (field, shares) in [
        ("offering.new_shares", inputs.new_shares),
        ("offering.allotment_shares", inputs.allotment_shares),
    ] {
        if shares > MAX_SHARES {
            errors.push(FieldError::new(
                field,
                Message::id("err-shares-range").with("min", 0u64),
            ));
        }
    }
    errors
}

/// Computes every figure. Returns the first problem; [`validate`] lists them all.
pub fn compute_dilution(inputs: &DilutionInputs) -> Result<DilutionResult, FieldError> {
    if let Some(first) = validate(inputs).into_iter().next() {
        return Err(first);
    }
    // Each count is at most 10¹⁰ (MAX_SHARES): their sums fit a u64 with room to spare.
    let issued = inputs.issued_shares;
    let outstanding = issued - inputs.treasury_shares;
    let after_offering = issued + inputs.new_shares;
    let after_allotment = after_offering + inputs.allotment_shares;
    let ratio = |a: u64, b: u64| Decimal::from(a) / Decimal::from(b);
    let dilution = |new: u64, after: u64| Dilution {
        new_shares: new,
        before: issued,
        after,
        of_before: ratio(new, issued),
        of_after: ratio(new, after),
    };
    let potential = u64::from(inputs.option_rights) * u64::from(inputs.shares_per_right);
    let per_share = inputs.earnings.map(|earnings| {
        let (net_income, basis) = match earnings {
            Earnings::NetIncome(v) => (v, NetIncomeBasis::Entered),
            Earnings::Eps(eps) => (
                eps * Decimal::from(outstanding),
                NetIncomeBasis::FromEps(eps),
            ),
        };
        let eps = |shares: u64| Eps {
            shares,
            exact: net_income / Decimal::from(shares),
        };
        PerShare {
            net_income,
            basis,
            before: eps(outstanding),
            after_offering: eps(outstanding + inputs.new_shares),
            after_allotment: eps(outstanding + inputs.new_shares + inputs.allotment_shares),
        }
    });
    Ok(DilutionResult {
        issued_before: issued,
        treasury_shares: inputs.treasury_shares,
        outstanding_before: outstanding,
        allotment_shares: inputs.allotment_shares,
        issued_after_offering: after_offering,
        issued_after_allotment: after_allotment,
        offering: dilution(inputs.new_shares, after_offering),
        total: dilution(inputs.new_shares + inputs.allotment_shares, after_allotment),
        options: OptionPotential {
            rights: inputs.option_rights,
            shares_per_right: inputs.shares_per_right,
            shares: potential,
            of_before: ratio(potential, issued),
            of_after: ratio(potential, after_allotment),
        },
        per_share,
    })
}

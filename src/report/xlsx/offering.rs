//! The Offering sheet: every figure of the pricing notice as a formula on the Inputs
//! sheet, with the app's value cached.

use rust_decimal::Decimal;
use rust_xlsxwriter::Worksheet;

use super::inputs::Inputs;
use super::{Derivations, Formats, OFFERING, Rows, dec, guard_digits};
use crate::domain::offering::{CapitalSplit, OfferingResult};
use crate::report::ExportError;
use crate::scenario::{IssuePriceTerms, PaidTerms, Scenario};

const COLUMNS: [(&str, f64); 4] = [
    ("Item", 46.0),
    ("Value", 18.0),
    ("Unit", 15.0),
    ("Derivation (as the app computed it)", 50.0),
];

pub(crate) fn sheet(
    s: &Scenario,
    r: &OfferingResult,
    inputs: &Inputs,
    why: &Derivations,
    f: &Formats,
) -> Result<Worksheet, ExportError> {
    let mut w = Rows::new(OFFERING, &COLUMNS, f)?;
    let ip = &r.issue_price;
    let o = |key: &str| why.get("offering", key);

    w.section("Issue price")?;
    let base = w.figure(
        "Base price on the calculation date",
        "=BasePrice",
        dec(ip.base_price),
        &f.yen(ip.base_price),
        "JPY per share",
        &o("base_price"),
    )?;
    let issue = match s.offering.issue_price {
        IssuePriceTerms::Discount { .. } => {
            let unrounded = w.figure(
                "Base price × (1 − discount), before rounding",
                "=BasePrice*(1-DiscountRate)",
                dec(ip.unrounded),
                &f.yen_exact(ip.unrounded),
                "JPY per share",
                "",
            )?;
            let k = guard_digits(ip.unrounded);
            let formula = if ip.tick_size == Decimal::ONE {
                format!("=ROUNDDOWN(ROUND({unrounded},{k}),0)")
            } else {
                format!("=ROUNDDOWN(ROUND({unrounded}/TickSize,{k}),0)*TickSize")
            };
            w.figure(
                "Issue price (selling price)",
                &formula,
                dec(ip.issue_price),
                &f.yen(ip.issue_price),
                "JPY per share",
                &o("issue_price"),
            )?
        }
        IssuePriceTerms::Entered { .. } => w.figure(
            "Issue price (selling price)",
            "=IssuePriceEntered",
            dec(ip.issue_price),
            &f.yen(ip.issue_price),
            "JPY per share",
            &o("issue_price"),
        )?,
    };
    w.figure(
        "Discount rate applied",
        &format!("=({base}-{issue})/{base}"),
        dec(ip.applied_discount),
        &Formats::percent(2),
        "of the base price",
        &o("discount_rate"),
    )?;

    let p = &r.paid;
    let paid = match s.offering.amount_to_be_paid {
        PaidTerms::Entered { .. } => w.figure(
            "Amount to be paid",
            "=PaidEntered",
            dec(p.amount_to_be_paid),
            &f.yen(p.amount_to_be_paid),
            "JPY per share",
            &o("amount_to_be_paid"),
        )?,
        PaidTerms::Spread { .. } => {
            let k = guard_digits(p.unrounded);
            w.figure(
                "Amount to be paid",
                &format!("=ROUNDDOWN(ROUND({issue}*(1-SpreadRate),{k}),0)"),
                dec(p.amount_to_be_paid),
                &f.yen(p.amount_to_be_paid),
                "JPY per share",
                &o("amount_to_be_paid"),
            )?
        }
    };
    let spread = w.figure(
        "Underwriting spread per share",
        &format!("={issue}-{paid}"),
        dec(p.spread_per_share),
        &f.yen(p.spread_per_share),
        "JPY per share",
        &o("spread_per_share"),
    )?;
    w.figure(
        "Underwriting spread rate",
        &format!("={spread}/{issue}"),
        dec(p.spread_rate),
        &Formats::percent(2),
        "of the issue price",
        "",
    )?;

    w.section("Public offering")?;
    w.figure(
        "Public offering: new shares",
        "=NewShares",
        r.public_offering_issue.shares.to_string(),
        &f.count,
        "shares",
        "",
    )?;
    let total_issue = w.figure(
        "Total amount of the issue price",
        &format!("={issue}*NewShares"),
        dec(r.public_offering_issue.total),
        &f.yen(r.public_offering_issue.total),
        "JPY",
        &o("total_issue_price"),
    )?;
    let total_paid = w.figure(
        "Total amount to be paid",
        &format!("={paid}*NewShares"),
        dec(r.public_offering_paid.total),
        &f.yen(r.public_offering_paid.total),
        "JPY",
        &o("total_amount_to_be_paid"),
    )?;
    capital(
        &mut w,
        "Public offering: ",
        "",
        &total_paid,
        &r.public_offering_capital,
        why,
    )?;
    w.figure(
        "Underwriters' spread on the public offering",
        &format!("={total_issue}-{total_paid}"),
        dec(r.underwriting_spread_total),
        &f.yen(r.underwriting_spread_total),
        "JPY",
        &o("underwriting_spread_total"),
    )?;

    w.section("Secondary offering by over-allotment")?;
    w.figure(
        "Over-allotment: shares to be sold",
        "=OverAllotmentShares",
        r.over_allotment.shares.to_string(),
        &f.count,
        "shares",
        "",
    )?;
    w.figure(
        "Over-allotment: total amount of the selling price",
        &format!("={issue}*OverAllotmentShares"),
        dec(r.over_allotment.total),
        &f.yen(r.over_allotment.total),
        "JPY",
        &o("total_selling_price"),
    )?;

    w.section("Third-party allotment to the lead underwriter")?;
    w.figure(
        "Third-party allotment: new shares (maximum)",
        "=AllotmentShares",
        r.allotment.shares.to_string(),
        &f.count,
        "shares",
        "",
    )?;
    let allot_total = w.figure(
        "Third-party allotment: total amount to be paid (maximum)",
        &format!("={paid}*AllotmentShares"),
        dec(r.allotment.total),
        &f.yen(r.allotment.total),
        "JPY",
        &o("allotment_total_amount_to_be_paid"),
    )?;
    capital(
        &mut w,
        "Third-party allotment: ",
        "allotment_",
        &allot_total,
        &r.allotment_capital,
        why,
    )?;

    let pr = &r.proceeds;
    w.section("Proceeds")?;
    let gross = w.figure(
        "Gross proceeds (maximum)",
        &format!("={total_paid}+{allot_total}"),
        dec(pr.gross),
        &f.yen(pr.gross),
        "JPY",
        &o("gross_proceeds"),
    )?;
    let expenses = w.figure(
        "Estimated issuance expenses",
        "=Expenses",
        dec(pr.estimated_expenses),
        &f.yen(pr.estimated_expenses),
        "JPY",
        "",
    )?;
    let net = w.figure(
        "Net proceeds (maximum)",
        &format!("={gross}-{expenses}"),
        dec(pr.net),
        &f.yen(pr.net),
        "JPY",
        &o("net_proceeds"),
    )?;

    w.section("Uses of proceeds")?;
    let first_use = w.row;
    for (u, cell) in s.offering.uses_of_proceeds.iter().zip(&inputs.use_amounts) {
        w.figure(
            &u.purpose,
            &format!("={cell}"),
            dec(u.amount),
            &f.yen(u.amount),
            "JPY",
            &u.deadline,
        )?;
    }
    let uses_total = if w.row > first_use {
        format!(
            "=SUM({}:{})",
            super::rel_ref(1, first_use),
            super::rel_ref(1, w.row - 1)
        )
    } else {
        "=0".to_owned()
    };
    let uses = w.figure(
        "Planned uses of proceeds",
        &uses_total,
        dec(pr.uses_total),
        &f.yen(pr.uses_total),
        "JPY",
        "",
    )?;
    w.figure(
        "Net proceeds not allocated to a use",
        &format!("={net}-{uses}"),
        dec(pr.unallocated),
        &f.yen(pr.unallocated),
        "JPY",
        &o("unallocated_proceeds"),
    )?;

    w.row += 1;
    w.note(
        "Every figure is a formula on the Inputs sheet (workbook names such as BasePrice) \
         holding the app's value as its cached result. ROUNDDOWN and ROUNDUP are the \
         notices' rounding rules; the ROUND(…, k) inside them only removes binary \
         floating-point noise (1 − 0.07 is 0.92999… in binary) so that Excel rounds the \
         exact decimal product, as the app does.",
    )?;

    w.finish(false)
}

/// Stated capital (rounded up) and additional paid-in capital from a total paid.
fn capital(
    w: &mut Rows<'_>,
    label: &str,
    key_prefix: &str,
    total: &str,
    c: &CapitalSplit,
    why: &Derivations,
) -> Result<(), ExportError> {
    let f = w.f;
    let k = guard_digits(c.unrounded);
    let stated = w.figure(
        &format!("{label}stated capital increase"),
        &format!("=ROUNDUP(ROUND({total}*CapitalRatio,{k}),0)"),
        dec(c.stated_capital),
        &f.yen(c.stated_capital),
        "JPY",
        &why.get("offering", &format!("{key_prefix}stated_capital")),
    )?;
    w.figure(
        &format!("{label}additional paid-in capital increase"),
        &format!("={total}-{stated}"),
        dec(c.additional_paid_in_capital),
        &f.yen(c.additional_paid_in_capital),
        "JPY",
        &why.get(
            "offering",
            &format!("{key_prefix}additional_paid_in_capital"),
        ),
    )?;
    Ok(())
}

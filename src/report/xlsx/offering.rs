//! The Offering sheet: every figure of the pricing notice as a formula on the Inputs
//! sheet, and its derivation as a formula that spells it out from the live values,
//! each with the app's value or text cached.

use rust_xlsxwriter::Worksheet;

use super::inputs::Inputs;
use super::words::{count, grouped, join, lit, percent, yen};
use super::{Derivations, Formats, OFFERING, Rows, Why, dec, guard_digits};
use crate::domain::offering::{CapitalSplit, OfferingResult};
use crate::report::ExportError;
use crate::scenario::{IssuePriceTerms, PaidTerms, Scenario};

const COLUMNS: [(&str, f64); 4] = [
    ("Item", 46.0),
    ("Value", 18.0),
    ("Unit", 15.0),
    ("Derivation", 64.0),
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
    let live = |formula: String, key: &str| Why::Live {
        formula,
        cached: o(key),
    };

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
            // Guard digits for the product and for the product in ticks (a tick below
            // one yen, such as 0.5, doubles it).
            let k = guard_digits(ip.unrounded * rust_decimal::Decimal::TEN);
            let unrounded = w.figure(
                "Base price × (1 − discount), before rounding",
                &format!("=ROUND(BasePrice*(1-DiscountRate),{k})"),
                dec(ip.unrounded),
                &f.yen_exact(ip.unrounded),
                "JPY per share",
                "",
            )?;
            // Always through TickSize (1 when the scenario sets none), so that a tick
            // typed into the workbook moves the price.
            let issue = w.next_value();
            let derivation = join(&[
                yen(&base),
                lit(" × (1 − "),
                percent("DiscountRate", 2),
                lit(") = "),
                grouped(&unrounded, k),
                lit(" → rounded down"),
                format!(
                    "IF(TickSize=1,\"\",{})",
                    [lit(" to a "), yen("TickSize"), lit("-yen tick")].join("&")
                ),
                lit(" → "),
                yen(&issue),
            ]);
            w.figure(
                "Issue price (selling price)",
                &format!("=ROUNDDOWN(ROUND({unrounded}/TickSize,{k}),0)*TickSize"),
                dec(ip.issue_price),
                &f.yen(ip.issue_price),
                "JPY per share",
                live(derivation, "issue_price"),
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
    let applied = w.next_value();
    w.figure(
        "Discount rate applied",
        &format!("=({base}-{issue})/{base}"),
        dec(ip.applied_discount),
        &Formats::percent(2),
        "of the base price",
        live(
            join(&[
                lit("("),
                yen(&base),
                lit(" − "),
                yen(&issue),
                lit(") ÷ "),
                yen(&base),
                lit(" = "),
                percent(&applied, 4),
                lit(" → shown to two decimals, rounded half up"),
            ]),
            "discount_rate",
        ),
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
            let unrounded = format!("ROUND({issue}*(1-SpreadRate),{k})");
            let paid = w.next_value();
            w.figure(
                "Amount to be paid",
                &format!("=ROUNDDOWN({unrounded},0)"),
                dec(p.amount_to_be_paid),
                &f.yen(p.amount_to_be_paid),
                "JPY per share",
                live(
                    join(&[
                        yen(&issue),
                        lit(" × (1 − "),
                        percent("SpreadRate", 2),
                        lit(") = "),
                        grouped(&unrounded, k),
                        lit(" → rounded down → "),
                        yen(&paid),
                    ]),
                    "amount_to_be_paid",
                ),
            )?
        }
    };
    let spread = w.next_value();
    let spread_rate = super::rel_ref(1, w.row + 1);
    w.figure(
        "Underwriting spread per share",
        &format!("=ROUND({issue}-{paid},2)"),
        dec(p.spread_per_share),
        &f.yen(p.spread_per_share),
        "JPY per share",
        live(
            join(&[
                yen(&issue),
                lit(" − "),
                yen(&paid),
                lit(" = "),
                yen(&spread),
                lit(" ("),
                percent(&spread_rate, 2),
                lit(" of the issue price)"),
            ]),
            "spread_per_share",
        ),
    )?;
    w.figure(
        "Underwriting spread rate",
        &format!("={spread}/{issue}"),
        dec(p.spread_rate),
        &Formats::percent(2),
        "of the issue price",
        live(
            join(&[
                yen(&spread),
                lit(" ÷ "),
                yen(&issue),
                lit(" = "),
                percent(&spread_rate, 4),
            ]),
            "spread_rate",
        ),
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
        &format!("=ROUND({issue}*NewShares,2)"),
        dec(r.public_offering_issue.total),
        &f.yen(r.public_offering_issue.total),
        "JPY",
        live(tranche(&issue, "NewShares"), "total_issue_price"),
    )?;
    let total_paid = w.figure(
        "Total amount to be paid",
        &format!("=ROUND({paid}*NewShares,2)"),
        dec(r.public_offering_paid.total),
        &f.yen(r.public_offering_paid.total),
        "JPY",
        live(tranche(&paid, "NewShares"), "total_amount_to_be_paid"),
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
        &format!("=ROUND({total_issue}-{total_paid},2)"),
        dec(r.underwriting_spread_total),
        &f.yen(r.underwriting_spread_total),
        "JPY",
        live(
            join(&[yen(&total_issue), lit(" − "), yen(&total_paid)]),
            "underwriting_spread_total",
        ),
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
        &format!("=ROUND({issue}*OverAllotmentShares,2)"),
        dec(r.over_allotment.total),
        &f.yen(r.over_allotment.total),
        "JPY",
        live(
            tranche(&issue, "OverAllotmentShares"),
            "total_selling_price",
        ),
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
        &format!("=ROUND({paid}*AllotmentShares,2)"),
        dec(r.allotment.total),
        &f.yen(r.allotment.total),
        "JPY",
        live(
            tranche(&paid, "AllotmentShares"),
            "allotment_total_amount_to_be_paid",
        ),
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
        &format!("=ROUND({total_paid}+{allot_total},2)"),
        dec(pr.gross),
        &f.yen(pr.gross),
        "JPY",
        live(
            join(&[yen(&total_paid), lit(" + "), yen(&allot_total)]),
            "gross_proceeds",
        ),
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
        &format!("=ROUND({gross}-{expenses},2)"),
        dec(pr.net),
        &f.yen(pr.net),
        "JPY",
        live(
            join(&[yen(&gross), lit(" − "), yen(&expenses)]),
            "net_proceeds",
        ),
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
    let unallocated = w.next_value();
    w.figure(
        "Net proceeds not allocated to a use",
        &format!("=ROUND({net}-{uses},2)"),
        dec(pr.unallocated),
        &f.yen(pr.unallocated),
        "JPY",
        live(
            format!("=IF({unallocated}=0,\"reconciles\",\"does not reconcile\")"),
            "unallocated_proceeds",
        ),
    )?;

    w.row += 1;
    w.note(
        "Every figure is a formula on the Inputs sheet (workbook names such as BasePrice) \
         holding the app's value as its cached result, and every derivation is a formula \
         that spells it out from the same cells: change an input and both follow. \
         ROUNDDOWN and ROUNDUP are the notices' rounding rules; the ROUND(…, k) inside \
         them, and ROUND(…, 2) on sums and products of yen, only remove binary \
         floating-point noise (1 − 0.07 is 0.92999… in binary) so that Excel works on \
         the exact decimal amount, as the app does.",
    )?;

    w.finish(false)
}

/// "3,346 × 4,700,000 shares": a per-share price times a share count.
fn tranche(price: &str, shares: &str) -> String {
    join(&[yen(price), lit(" × "), count(shares), lit(" shares")])
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
    let unrounded = format!("ROUND({total}*CapitalRatio,{k})");
    let stated = w.next_value();
    w.figure(
        &format!("{label}stated capital increase"),
        &format!("=ROUNDUP({unrounded},0)"),
        dec(c.stated_capital),
        &f.yen(c.stated_capital),
        "JPY",
        Why::Live {
            formula: join(&[
                yen(total),
                lit(" × "),
                percent("CapitalRatio", 2),
                lit(" = "),
                grouped(&unrounded, k),
                lit(" → fractions of a yen rounded up → "),
                yen(&stated),
                lit(" (Ordinance on Company Accounting art. 14)"),
            ]),
            cached: why.get("offering", &format!("{key_prefix}stated_capital")),
        },
    )?;
    let additional = w.next_value();
    w.figure(
        &format!("{label}additional paid-in capital increase"),
        &format!("=ROUND({total}-{stated},2)"),
        dec(c.additional_paid_in_capital),
        &f.yen(c.additional_paid_in_capital),
        "JPY",
        Why::Live {
            formula: join(&[
                yen(total),
                lit(" − "),
                yen(&stated),
                lit(" = "),
                yen(&additional),
            ]),
            cached: why.get(
                "offering",
                &format!("{key_prefix}additional_paid_in_capital"),
            ),
        },
    )?;
    Ok(())
}

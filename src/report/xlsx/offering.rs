//! The Offering sheet: every figure of the pricing notice as a formula on the Inputs
//! sheet, and its derivation as a formula that spells it out from the live values,
//! each with the app's value or text cached.

use rust_xlsxwriter::Worksheet;

use super::inputs::Inputs;
use super::words::{count, grouped, lit, percent, spell, yen};
use super::{Derivations, Formats, Rows, Sheet, Why, dec, guard_digits};
use crate::domain::dilution::DilutionResult;
use crate::domain::offering::{CapitalSplit, OfferingResult};
use crate::report::ExportError;
use crate::scenario::{IssuePriceTerms, PaidTerms, Scenario};

const COLUMNS: [(&str, f64); 4] = [
    ("xl-col-item", 46.0),
    ("xl-col-value", 18.0),
    ("xl-col-unit", 15.0),
    ("xl-col-derivation", 64.0),
];

pub(crate) fn sheet(
    s: &Scenario,
    r: &OfferingResult,
    dilution: Option<&DilutionResult>,
    inputs: &Inputs,
    why: &Derivations,
    f: &Formats,
) -> Result<Worksheet, ExportError> {
    let mut w = Rows::new(Sheet::Offering, &COLUMNS, f)?;
    let ip = &r.issue_price;
    let o = |key: &str| why.get("offering", key);
    let live = |formula: String, key: &str| Why::Live {
        formula,
        cached: o(key),
    };
    // A derivation formula spelled from its catalogue message, as the app words it.
    let said = |id: &str, args: &[(&str, String)]| format!("={}", spell(f.language, id, args));
    let jpy = f.t("measure-jpy");
    let jpy_per_share = f.t("measure-jpy-per-share");
    let shares = f.t("measure-shares");

    w.section(&f.t("xl-section-issue-price"))?;
    let base = w.figure(
        &f.fig("base_price"),
        "=BasePrice",
        dec(ip.base_price),
        &f.yen(ip.base_price),
        &jpy_per_share,
        &o("base_price"),
    )?;
    let issue = match s.offering.issue_price {
        IssuePriceTerms::Discount { .. } => {
            // Guard digits for the product and for the product in ticks (a tick below
            // one yen, such as 0.5, doubles it).
            let k = guard_digits(ip.unrounded * rust_decimal::Decimal::TEN);
            let unrounded = w.figure(
                &f.t("xl-issue-price-unrounded"),
                &format!("=ROUND(BasePrice*(1-DiscountRate),{k})"),
                dec(ip.unrounded),
                &f.yen_exact(ip.unrounded),
                &jpy_per_share,
                "",
            )?;
            // Always through TickSize (1 when the scenario sets none), so that a tick
            // typed into the workbook moves the price.
            let issue = w.next_value();
            let tick = spell(f.language, "der-tick", &[("tick", yen("TickSize"))]);
            let derivation = said(
                "der-discounted",
                &[
                    ("from", yen(&base)),
                    ("rate", percent("DiscountRate", 2)),
                    ("unrounded", grouped(&unrounded, k)),
                    ("tick", format!("IF(TickSize=1,\"\",{tick})")),
                    ("to", yen(&issue)),
                ],
            );
            w.figure(
                &f.fig("issue_price"),
                &format!("=ROUNDDOWN(ROUND({unrounded}/TickSize,{k}),0)*TickSize"),
                dec(ip.issue_price),
                &f.yen(ip.issue_price),
                &jpy_per_share,
                live(derivation, "issue_price"),
            )?
        }
        IssuePriceTerms::Entered { .. } => w.figure(
            &f.fig("issue_price"),
            "=IssuePriceEntered",
            dec(ip.issue_price),
            &f.yen(ip.issue_price),
            &jpy_per_share,
            &o("issue_price"),
        )?,
    };
    let applied = w.next_value();
    w.figure(
        &f.fig("discount_rate"),
        &format!("=({base}-{issue})/{base}"),
        dec(ip.applied_discount),
        &Formats::percent(2),
        &f.t("xl-unit-of-the-base-price"),
        live(
            said(
                "der-applied-discount",
                &[
                    ("base", yen(&base)),
                    ("price", yen(&issue)),
                    ("rate", percent(&applied, 4)),
                ],
            ),
            "discount_rate",
        ),
    )?;

    let p = &r.paid;
    let paid = match s.offering.amount_to_be_paid {
        PaidTerms::Entered { .. } => w.figure(
            &f.fig("amount_to_be_paid"),
            "=PaidEntered",
            dec(p.amount_to_be_paid),
            &f.yen(p.amount_to_be_paid),
            &jpy_per_share,
            &o("amount_to_be_paid"),
        )?,
        PaidTerms::Spread { .. } => {
            let k = guard_digits(p.unrounded);
            let unrounded = format!("ROUND({issue}*(1-SpreadRate),{k})");
            let paid = w.next_value();
            w.figure(
                &f.fig("amount_to_be_paid"),
                &format!("=ROUNDDOWN({unrounded},0)"),
                dec(p.amount_to_be_paid),
                &f.yen(p.amount_to_be_paid),
                &jpy_per_share,
                live(
                    said(
                        "der-discounted",
                        &[
                            ("from", yen(&issue)),
                            ("rate", percent("SpreadRate", 2)),
                            ("unrounded", grouped(&unrounded, k)),
                            ("tick", lit("")),
                            ("to", yen(&paid)),
                        ],
                    ),
                    "amount_to_be_paid",
                ),
            )?
        }
    };
    let spread = w.next_value();
    let spread_rate = super::rel_ref(1, w.row + 1);
    w.figure(
        &f.fig("spread_per_share"),
        &format!("=ROUND({issue}-{paid},2)"),
        dec(p.spread_per_share),
        &f.yen(p.spread_per_share),
        &jpy_per_share,
        live(
            said(
                "der-spread-per-share",
                &[
                    ("price", yen(&issue)),
                    ("paid", yen(&paid)),
                    ("spread", yen(&spread)),
                    ("rate", percent(&spread_rate, 2)),
                ],
            ),
            "spread_per_share",
        ),
    )?;
    w.figure(
        &f.fig("spread_rate"),
        &format!("={spread}/{issue}"),
        dec(p.spread_rate),
        &Formats::percent(2),
        &f.t("xl-unit-of-the-issue-price"),
        live(
            said(
                "der-ratio",
                &[
                    ("a", yen(&spread)),
                    ("b", yen(&issue)),
                    ("rate", percent(&spread_rate, 4)),
                ],
            ),
            "spread_rate",
        ),
    )?;
    // "3,346 × 4,700,000 shares": a per-share price times a share count.
    let tranche = |price: &str, shares: &str| {
        said(
            "der-price-times-shares",
            &[("price", yen(price)), ("shares", count(shares))],
        )
    };
    let minus = |a: &str, b: &str| said("der-minus", &[("a", yen(a)), ("b", yen(b))]);

    w.section(&f.t("xl-section-public-offering"))?;
    w.figure(
        &f.fig("new_shares"),
        "=NewShares",
        r.public_offering_issue.shares.to_string(),
        &f.count,
        &shares,
        "",
    )?;
    let total_issue = w.figure(
        &f.fig("total_issue_price"),
        &format!("=ROUND({issue}*NewShares,2)"),
        dec(r.public_offering_issue.total),
        &f.yen(r.public_offering_issue.total),
        &jpy,
        live(tranche(&issue, "NewShares"), "total_issue_price"),
    )?;
    let total_paid = w.figure(
        &f.fig("total_amount_to_be_paid"),
        &format!("=ROUND({paid}*NewShares,2)"),
        dec(r.public_offering_paid.total),
        &f.yen(r.public_offering_paid.total),
        &jpy,
        live(tranche(&paid, "NewShares"), "total_amount_to_be_paid"),
    )?;
    capital(&mut w, "", &total_paid, &r.public_offering_capital, why)?;
    w.figure(
        &f.fig("underwriting_spread_total"),
        &format!("=ROUND({total_issue}-{total_paid},2)"),
        dec(r.underwriting_spread_total),
        &f.yen(r.underwriting_spread_total),
        &jpy,
        live(
            minus(&total_issue, &total_paid),
            "underwriting_spread_total",
        ),
    )?;

    w.section(&f.t("xl-section-over-allotment"))?;
    w.figure(
        &f.fig("over_allotment_shares"),
        "=OverAllotmentShares",
        r.over_allotment.shares.to_string(),
        &f.count,
        &shares,
        "",
    )?;
    w.figure(
        &f.fig("total_selling_price"),
        &format!("=ROUND({issue}*OverAllotmentShares,2)"),
        dec(r.over_allotment.total),
        &f.yen(r.over_allotment.total),
        &jpy,
        live(
            tranche(&issue, "OverAllotmentShares"),
            "total_selling_price",
        ),
    )?;

    w.section(&f.t("xl-section-third-party-allotment"))?;
    w.figure(
        &f.fig("allotment_shares"),
        "=AllotmentShares",
        r.allotment.shares.to_string(),
        &f.count,
        &shares,
        "",
    )?;
    let allot_total = w.figure(
        &f.fig("allotment_total_amount_to_be_paid"),
        &format!("=ROUND({paid}*AllotmentShares,2)"),
        dec(r.allotment.total),
        &f.yen(r.allotment.total),
        &jpy,
        live(
            tranche(&paid, "AllotmentShares"),
            "allotment_total_amount_to_be_paid",
        ),
    )?;
    capital(
        &mut w,
        "allotment_",
        &allot_total,
        &r.allotment_capital,
        why,
    )?;

    let pr = &r.proceeds;
    w.section(&f.t("xl-section-proceeds"))?;
    let gross = w.figure(
        &f.fig("gross_proceeds"),
        &format!("=ROUND({total_paid}+{allot_total},2)"),
        dec(pr.gross),
        &f.yen(pr.gross),
        &jpy,
        live(
            said(
                "der-plus",
                &[("a", yen(&total_paid)), ("b", yen(&allot_total))],
            ),
            "gross_proceeds",
        ),
    )?;
    let expenses = w.figure(
        &f.fig("estimated_expenses"),
        "=Expenses",
        dec(pr.estimated_expenses),
        &f.yen(pr.estimated_expenses),
        &jpy,
        "",
    )?;
    let net = w.figure(
        &f.fig("net_proceeds"),
        &format!("=ROUND({gross}-{expenses},2)"),
        dec(pr.net),
        &f.yen(pr.net),
        &jpy,
        live(minus(&gross, &expenses), "net_proceeds"),
    )?;

    w.section(&f.t("xl-section-uses-of-proceeds"))?;
    let first_use = w.row;
    for (u, cell) in s.offering.uses_of_proceeds.iter().zip(&inputs.use_amounts) {
        let (purpose, deadline) = u.texts_in(f.language);
        w.figure(
            purpose,
            &format!("={cell}"),
            dec(u.amount),
            &f.yen(u.amount),
            &jpy,
            deadline,
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
        &f.fig("uses_of_proceeds_total"),
        &uses_total,
        dec(pr.uses_total),
        &f.yen(pr.uses_total),
        &jpy,
        "",
    )?;
    let unallocated = w.next_value();
    w.figure(
        &f.fig("unallocated_proceeds"),
        &format!("=ROUND({net}-{uses},2)"),
        dec(pr.unallocated),
        &f.yen(pr.unallocated),
        &jpy,
        live(
            format!(
                "=IF({unallocated}=0,{},{})",
                lit(&f.t("der-reconciles")),
                lit(&f.t("der-does-not-reconcile"))
            ),
            "unallocated_proceeds",
        ),
    )?;

    super::dilution::rows(&mut w, dilution, why)?;

    w.row += 1;
    w.note(&f.t("xl-note-offering"))?;

    w.finish(false)
}

/// Stated capital (rounded up) and additional paid-in capital from a total paid.
fn capital(
    w: &mut Rows<'_>,
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
        &f.fig(&format!("{key_prefix}stated_capital")),
        &format!("=ROUNDUP({unrounded},0)"),
        dec(c.stated_capital),
        &f.yen(c.stated_capital),
        &f.t("measure-jpy"),
        Why::Live {
            formula: format!(
                "={}",
                spell(
                    f.language,
                    "der-stated-capital",
                    &[
                        ("total", yen(total)),
                        ("ratio", percent("CapitalRatio", 2)),
                        ("unrounded", grouped(&unrounded, k)),
                        ("capital", yen(&stated)),
                    ],
                )
            ),
            cached: why.get("offering", &format!("{key_prefix}stated_capital")),
        },
    )?;
    let additional = w.next_value();
    w.figure(
        &f.fig(&format!("{key_prefix}additional_paid_in_capital")),
        &format!("=ROUND({total}-{stated},2)"),
        dec(c.additional_paid_in_capital),
        &f.yen(c.additional_paid_in_capital),
        &f.t("measure-jpy"),
        Why::Live {
            formula: format!(
                "={}",
                spell(
                    f.language,
                    "der-difference",
                    &[
                        ("a", yen(total)),
                        ("b", yen(&stated)),
                        ("c", yen(&additional))
                    ],
                )
            ),
            cached: why.get(
                "offering",
                &format!("{key_prefix}additional_paid_in_capital"),
            ),
        },
    )?;
    Ok(())
}

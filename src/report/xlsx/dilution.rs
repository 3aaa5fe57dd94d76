//! The dilution and per-share figures on the Offering sheet: formulas on the Inputs
//! sheet's capital cells (IssuedShares, TreasuryShares, NetIncome or Eps) and the
//! offering's share counts, each with its derivation spelled from the app's message,
//! like the offering's own figures. Ratios are on the issued shares, EPS on the shares
//! excluding treasury shares, as in `domain::dilution`.

use super::words::{count, grouped, percent, spell, yen};
use super::{Derivations, Formats, Rows, Why, dec};
use crate::domain::dilution::{DilutionResult, NetIncomeBasis};
use crate::report::ExportError;

/// The section: the figures, or the line saying what to enter while the issued shares
/// are not given.
pub(crate) fn rows(
    w: &mut Rows<'_>,
    d: Option<&DilutionResult>,
    why: &Derivations,
) -> Result<(), ExportError> {
    let f = w.f;
    let o = |key: &str| why.get("dilution", key);
    w.section(&f.t("xl-section-dilution"))?;
    let Some(d) = d else {
        let row = w.row;
        w.text(row, 0, &f.fig("issued_shares"), &f.wrap)?;
        w.text(row, 1, &f.t("value-not-entered"), &f.text)?;
        w.text(row, 3, &o("issued_shares"), &f.wrap)?;
        w.row += 1;
        return Ok(());
    };
    let live = |formula: String, key: &str| Why::Live {
        formula,
        cached: o(key),
    };
    let said = |id: &str, args: &[(&str, String)]| format!("={}", spell(f.language, id, args));
    let shares = f.t("measure-shares");
    let jpy_per_share = f.t("measure-jpy-per-share");
    let n = |v: u64| v.to_string();

    w.figure(
        &f.fig("issued_shares"),
        "=IssuedShares",
        n(d.issued_before),
        &f.count,
        &shares,
        &o("issued_shares"),
    )?;
    w.figure(
        &f.fig("treasury_shares"),
        "=TreasuryShares",
        n(d.treasury_shares),
        &f.count,
        &shares,
        &o("treasury_shares"),
    )?;
    let outstanding = w.next_value();
    w.figure(
        &f.fig("shares_outstanding"),
        "=IssuedShares-TreasuryShares",
        n(d.outstanding_before),
        &f.count,
        &shares,
        live(
            said(
                "der-shares-outstanding",
                &[
                    ("issued", count("IssuedShares")),
                    ("treasury", count("TreasuryShares")),
                    ("outstanding", count(&outstanding)),
                ],
            ),
            "shares_outstanding",
        ),
    )?;
    let after_offering = w.next_value();
    w.figure(
        &f.fig("shares_after_offering"),
        "=IssuedShares+NewShares",
        n(d.issued_after_offering),
        &f.count,
        &shares,
        live(
            said(
                "der-shares-after-offering",
                &[
                    ("issued", count("IssuedShares")),
                    ("new", count("NewShares")),
                    ("after", count(&after_offering)),
                ],
            ),
            "shares_after_offering",
        ),
    )?;
    let after_allotment = w.next_value();
    w.figure(
        &f.fig("shares_after_allotment"),
        &format!("={after_offering}+AllotmentShares"),
        n(d.issued_after_allotment),
        &f.count,
        &shares,
        live(
            said(
                "der-shares-after-allotment",
                &[
                    ("before", count(&after_offering)),
                    ("allotment", count("AllotmentShares")),
                    ("after", count(&after_allotment)),
                ],
            ),
            "shares_after_allotment",
        ),
    )?;

    // A ratio of shares: the exact quotient, shown to two decimals of a percent.
    let ratio = |w: &mut Rows<'_>,
                 key: &str,
                 id: &str,
                 new: &str,
                 base: &str,
                 cached: rust_decimal::Decimal|
     -> Result<(), ExportError> {
        let cell = w.next_value();
        w.figure(
            &f.fig(key),
            &format!("={new}/{base}"),
            dec(cached),
            &Formats::percent(2),
            "",
            live(
                said(
                    id,
                    &[
                        ("new", count(new)),
                        ("issued", count(base)),
                        ("rate", percent(&cell, 4)),
                    ],
                ),
                key,
            ),
        )?;
        Ok(())
    };
    let total = "(NewShares+AllotmentShares)";
    for (key, id, new, base, cached) in [
        (
            "dilution_offering_before",
            "der-dilution-before",
            "NewShares",
            "IssuedShares",
            d.offering.of_before,
        ),
        (
            "dilution_offering_after",
            "der-dilution-after",
            "NewShares",
            after_offering.as_str(),
            d.offering.of_after,
        ),
        (
            "dilution_total_before",
            "der-dilution-before",
            total,
            "IssuedShares",
            d.total.of_before,
        ),
        (
            "dilution_total_after",
            "der-dilution-after",
            total,
            after_allotment.as_str(),
            d.total.of_after,
        ),
    ] {
        ratio(w, key, id, new, base, cached)?;
    }
    let potential = w.next_value();
    w.figure(
        &f.fig("option_potential_shares"),
        "=MaxRights*SharesPerRight",
        n(d.options.shares),
        &f.count,
        &shares,
        live(
            said(
                "der-option-potential",
                &[
                    ("rights", count("MaxRights")),
                    ("shares", count("SharesPerRight")),
                ],
            ),
            "option_potential_shares",
        ),
    )?;
    ratio(
        w,
        "option_potential_before",
        "der-potential-before",
        &potential,
        "IssuedShares",
        d.options.of_before,
    )?;
    ratio(
        w,
        "option_potential_after",
        "der-potential-after",
        &potential,
        &after_allotment,
        d.options.of_after,
    )?;

    let Some(p) = &d.per_share else {
        return Ok(());
    };
    let income = w.next_value();
    match p.basis {
        NetIncomeBasis::Entered => w.figure(
            &f.fig("net_income"),
            "=NetIncome",
            dec(p.net_income),
            &f.yen(p.net_income),
            &f.t("measure-jpy"),
            &o("net_income"),
        )?,
        NetIncomeBasis::FromEps(_) => w.figure(
            &f.fig("net_income"),
            &format!("=ROUND(Eps*{outstanding},2)"),
            dec(p.net_income),
            &f.yen(p.net_income),
            &f.t("measure-jpy"),
            live(
                said(
                    "der-net-income-from-eps",
                    &[
                        ("eps", yen("Eps")),
                        ("shares", count(&outstanding)),
                        ("income", yen(&income)),
                    ],
                ),
                "net_income",
            ),
        )?,
    };
    // EPS: the exact quotient, shown to the sen; its derivation rounds it half up.
    let eps = |w: &mut Rows<'_>,
               key: &str,
               added: Option<&str>,
               cached: rust_decimal::Decimal|
     -> Result<(), ExportError> {
        let cell = w.next_value();
        let stated = yen(&format!("ROUND({cell},2)"));
        let (formula, derivation) = match added {
            None => (
                format!("={income}/{outstanding}"),
                said(
                    "der-eps",
                    &[
                        ("income", yen(&income)),
                        ("shares", count(&outstanding)),
                        ("eps", grouped(&cell, 4)),
                        ("stated", stated),
                    ],
                ),
            ),
            Some(added) => (
                format!("={income}/({outstanding}+{added})"),
                said(
                    "der-eps-after",
                    &[
                        ("income", yen(&income)),
                        ("shares", count(&format!("({outstanding}+{added})"))),
                        ("outstanding", count(&outstanding)),
                        ("added", count(added)),
                        ("eps", grouped(&cell, 4)),
                        ("stated", stated),
                    ],
                ),
            ),
        };
        w.figure(
            &f.fig(key),
            &formula,
            dec(cached),
            &f.yen_sen(),
            &jpy_per_share,
            live(derivation, key),
        )?;
        Ok(())
    };
    match p.basis {
        // EPS as entered: before the offering it is the input itself.
        NetIncomeBasis::FromEps(_) => {
            w.figure(
                &f.fig("eps_before"),
                "=Eps",
                dec(p.before.exact),
                &f.yen_sen(),
                &jpy_per_share,
                &o("eps_before"),
            )?;
        }
        NetIncomeBasis::Entered => eps(w, "eps_before", None, p.before.exact)?,
    }
    eps(
        w,
        "eps_after_offering",
        Some("NewShares"),
        p.after_offering.exact,
    )?;
    eps(
        w,
        "eps_after_allotment",
        Some(total),
        p.after_allotment.exact,
    )?;
    Ok(())
}

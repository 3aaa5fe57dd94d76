//! The Options sheet: the Black–Scholes valuation step by step, the amount per right
//! (rounded up), the allotment table, capital on exercise and a later split, each a
//! formula on the Inputs sheet with the app's value cached, and each derivation a
//! formula spelled from the app's own message, in the workbook's language.
//!
//! Labels and rules that are notation only ("d1", "e^(−qT)", "d1 − σ√T") read the
//! same in every language and stay here; every word comes from the catalogue.

use rust_xlsxwriter::Worksheet;

use super::inputs::Inputs;
use super::words::{
    count, grouped, lit, percent, scientific as words_scientific, spell, spell_all, yen,
};
use super::{Derivations, Formats, Rows, Sheet, Why, dec, guard_digits_up_to, num};
use crate::domain::Message;
use crate::domain::options::{
    AmountConvention, RATIO_PRODUCT_DECIMAL_PLACES, STATED_PRICE_DECIMAL_PLACES,
};
use crate::report::ExportError;
use crate::report::summary::{convention_words, stated_product};
use crate::scenario::{OptionResults, Scenario};

const COLUMNS: [(&str, f64); 4] = [
    ("xl-col-item", 44.0),
    ("xl-col-value", 20.0),
    ("xl-col-unit", 15.0),
    ("xl-col-formula-derivation", 50.0),
];

pub(crate) fn sheet(
    s: &Scenario,
    o: &OptionResults,
    inputs: &Inputs,
    why: &Derivations,
    f: &Formats,
) -> Result<Worksheet, ExportError> {
    let mut w = Rows::new(Sheet::Options, &COLUMNS, f)?;
    let op = &s.option;
    let i = &o.inputs;
    let b = &o.valuation;
    let get = |key: &str| why.get("option", key);
    let live = |formula: String, key: &str| Why::Live {
        formula,
        cached: get(key),
    };
    // A derivation formula spelled from its catalogue message, as the app words it.
    let said = |id: &str, args: &[(&str, String)]| format!("={}", spell(f.language, id, args));
    let jpy = f.t("measure-jpy");
    let jpy_per_share = f.t("measure-jpy-per-share");
    let jpy_per_right = f.t("measure-jpy-per-right");
    let per_year = f.t("xl-unit-per-year");
    let rights_unit = f.t("measure-rights");
    let persons_unit = f.t("measure-persons");
    let shares_unit = f.t("measure-shares");
    let long = Formats::decimals(10);
    let price_fmt = Formats::decimals(6);
    let per = &o.per_right;
    // Tiny values (gamma deep in the money, the put of a 1-yen strike): scientific, not a
    // row of zeros.
    let scientific = rust_xlsxwriter::Format::new()
        .set_num_format("0.000000E+00")
        .set_align(rust_xlsxwriter::FormatAlign::Top);

    w.note(&op.series_name)?;

    w.section(&f.t("xl-section-black-scholes-inputs"))?;
    w.figure(
        &f.fig("share_price"),
        "=SharePrice",
        dec(op.share_price),
        &f.yen(op.share_price),
        &jpy_per_share,
        &f.t("xl-rule-closing-price-on-the-allotment-date"),
    )?;
    w.figure(
        &f.fig("exercise_price"),
        "=ExercisePrice",
        dec(op.exercise_price),
        &f.yen(op.exercise_price),
        &jpy_per_share,
        "",
    )?;
    w.figure(
        &f.fig("term_years"),
        "=TermYears",
        dec(op.term_years),
        &f.exact(op.term_years),
        &f.t("measure-years"),
        "",
    )?;
    w.figure(
        &f.fig("volatility"),
        "=Volatility",
        dec(op.volatility),
        &f.rate(op.volatility, 4),
        &per_year,
        "",
    )?;
    w.figure(
        &f.fig("risk_free_rate"),
        "=RiskFreeRate",
        dec(op.risk_free_rate),
        &f.rate(op.risk_free_rate, 3),
        &per_year,
        "",
    )?;
    let adjusted = w.figure(
        &f.t("xl-dividend-split-adjusted"),
        "=DividendPerShare/DividendSplitRatio",
        dec(o.dividend.adjusted_dividend),
        &f.yen_exact(o.dividend.adjusted_dividend),
        &jpy_per_share,
        &f.t("xl-rule-dividend-split-adjusted"),
    )?;
    let q_cell = w.next_value();
    let q = w.figure(
        &f.fig("dividend_yield"),
        &format!("={adjusted}/SharePrice"),
        num(o.dividend.yield_),
        &Formats::percent(6),
        &per_year,
        live(
            format!(
                "={}",
                spell_all(
                    f.language,
                    &[
                        (
                            "der-split-adjusted-dividend",
                            &[
                                ("dividend", yen("DividendPerShare")),
                                ("ratio", grouped("DividendSplitRatio", 10)),
                                ("adjusted", grouped(&adjusted, 10)),
                            ],
                        ),
                        (
                            "der-dividend-yield",
                            &[
                                ("adjusted", grouped(&adjusted, 10)),
                                ("spot", yen("SharePrice")),
                                ("rate", percent(&q_cell, 8)),
                            ],
                        ),
                    ],
                )
            ),
            "dividend_yield",
        ),
    )?;

    w.section(&f.t("xl-section-valuation"))?;
    let sig_t = w.figure(
        "σ√T",
        "=Volatility*SQRT(TermYears)",
        num(i.volatility * i.term_years.sqrt()),
        &long,
        "",
        "",
    )?;
    let d1 = w.figure(
        "d1",
        &format!(
            "=(LN(SharePrice/ExercisePrice)+(RiskFreeRate-{q}+Volatility^2/2)*TermYears)/{sig_t}"
        ),
        num(b.d1),
        &long,
        "",
        // Notation, the same in every language.
        "(ln(S/X) + (r − q + σ²/2)T) / σ√T",
    )?;
    let d2 = w.figure(
        "d2",
        &format!("={d1}-{sig_t}"),
        num(b.d2),
        &long,
        "",
        "d1 − σ√T",
    )?;
    let nd1 = w.figure(
        "N(d1)",
        &format!("=NORM.S.DIST({d1},TRUE)"),
        num(b.n_d1),
        &long,
        "",
        &f.t("xl-rule-standard-normal-distribution"),
    )?;
    let nd2 = w.figure(
        "N(d2)",
        &format!("=NORM.S.DIST({d2},TRUE)"),
        num(b.n_d2),
        &long,
        "",
        "",
    )?;
    let eq = w.figure(
        "e^(−qT)",
        &format!("=EXP(-{q}*TermYears)"),
        num(b.spot_discount),
        &long,
        "",
        "",
    )?;
    let er = w.figure(
        "e^(−rT)",
        "=EXP(-RiskFreeRate*TermYears)",
        num(b.strike_discount),
        &long,
        "",
        "",
    )?;
    let c = w.figure(
        &f.fig("price_per_share"),
        &format!("=SharePrice*{eq}*{nd1}-ExercisePrice*{er}*{nd2}"),
        num(b.price),
        &price_fmt,
        &jpy_per_share,
        "S e^(−qT) N(d1) − X e^(−rT) N(d2)",
    )?;
    let c10 = w.figure(
        &f.t("xl-price-to-ten-decimals"),
        &format!("=ROUND({c},{STATED_PRICE_DECIMAL_PLACES})"),
        dec(per.stated_price()),
        &Formats::decimals(STATED_PRICE_DECIMAL_PLACES as usize),
        &jpy_per_share,
        &f.t("xl-rule-as-the-notice-prints-it-half-up"),
    )?;
    let stated = stated_product(per);
    let product = w.figure(
        &f.t("xl-price-to-ten-decimals-times-shares"),
        &format!("={c10}*SharesPerRight"),
        dec(stated),
        &f.yen_exact(stated),
        &jpy_per_right,
        &f.t("xl-rule-as-the-notice-prints-it"),
    )?;
    // C = A + P: the forward part and the put, kept apart so the put's small remainder
    // survives the sum (the exact convention below).
    let forward = w.figure(
        &f.t("xl-forward-part"),
        &format!("=SharePrice*{eq}-ExercisePrice*{er}"),
        num(i.spot * b.spot_discount - i.strike * b.strike_discount),
        &long,
        &jpy_per_share,
        &f.t("xl-rule-put-call-parity"),
    )?;
    let put = w.figure(
        &f.t("xl-put-part"),
        &format!(
            "=ExercisePrice*{er}*NORM.S.DIST(-{d2},TRUE)-SharePrice*{eq}*NORM.S.DIST(-{d1},TRUE)"
        ),
        num(put_value(o)),
        &scientific,
        &jpy_per_share,
        &f.t("xl-rule-put-above-zero"),
    )?;
    let spreadsheet = w.figure(
        &f.fig("amount_per_right_spreadsheet"),
        &format!("=ROUNDUP({c}*SharesPerRight,0)"),
        dec(per.spreadsheet.figure()),
        &f.yen(per.spreadsheet.figure()),
        &jpy_per_right,
        &f.t(convention_words(AmountConvention::Spreadsheet)),
    )?;
    let whole = format!("INT({forward}*SharesPerRight)");
    let exact = w.figure(
        &f.fig("amount_per_right_exact"),
        &format!(
            "={whole}+MAX(1,ROUNDUP({forward}*SharesPerRight-{whole}+{put}*SharesPerRight,0))"
        ),
        dec(per.exact.figure()),
        &f.yen(per.exact.figure()),
        &jpy_per_right,
        &f.t("xl-rule-exact-convention"),
    )?;
    // The Inputs sheet's key ("exact", "spreadsheet"), which the formulas compare.
    w.figure(
        &f.fig("amount_convention"),
        "=AmountConvention",
        per.convention.key().to_owned(),
        &f.general,
        "",
        &f.t("xl-rule-convention-set-on-inputs"),
    )?;
    let amount = w.next_value();
    // The exact product C × N near a whole yen, as the app prints it: "399,800 + 1.0e-19".
    let true_product = format!("({forward}*SharesPerRight+{put}*SharesPerRight)");
    let nearest = format!("ROUND({true_product},0)");
    let excess = format!("(({forward}*SharesPerRight-{nearest})+{put}*SharesPerRight)");
    let k = guard_digits_up_to(stated, STATED_PRICE_DECIMAL_PLACES);
    // " (exact product: 399,800 + 1.0e-19)": the true C × N where the stated product
    // does not show what decides the rounding.
    let exact_product = format!(
        "IF(OR(ABS({excess})<1E-6,ROUNDUP({product},0)<>{exact}),{},\"\")",
        spell(
            f.language,
            "der-exact-product",
            &[(
                "product",
                format!(
                    "IF(ABS({excess})<1E-6,{}&IF({excess}<0,\" − \",\" + \")&{},{})",
                    yen(&nearest),
                    words_scientific(&format!("ABS({excess})")),
                    grouped(&true_product, k),
                ),
            )],
        ),
    );
    let rounding = format!(
        "IF(AmountConvention=\"spreadsheet\",{},{})",
        spell(
            f.language,
            "der-amount-roundup",
            &[("amount", yen(&spreadsheet))]
        ),
        spell(
            f.language,
            "der-amount-rounded-up",
            &[("amount", yen(&exact))]
        ),
    );
    // The other convention's figure, where the two differ.
    let other = format!(
        "IF({spreadsheet}<>{exact},{}&IF(AmountConvention=\"spreadsheet\",{},{}),\"\")",
        lit(&f.t("der-joiner")),
        spell(
            f.language,
            "der-amount-exact-gives",
            &[("amount", yen(&exact))]
        ),
        spell(
            f.language,
            "der-amount-spreadsheet-gives",
            &[("amount", yen(&spreadsheet))]
        ),
    );
    w.figure(
        &f.fig("amount_per_right"),
        &format!("=IF(AmountConvention=\"spreadsheet\",{spreadsheet},{exact})"),
        dec(per.amount),
        &f.yen(per.amount),
        &jpy_per_right,
        live(
            format!(
                "={}&{other}",
                spell(
                    f.language,
                    "der-amount",
                    &[
                        ("price", grouped(&c10, STATED_PRICE_DECIMAL_PLACES)),
                        ("shares", count("SharesPerRight")),
                        ("product", grouped(&product, k)),
                        ("exact", exact_product),
                        ("rounding", rounding),
                    ],
                )
            ),
            "amount_per_right",
        ),
    )?;

    w.section(&f.t("xl-section-sensitivities"))?;
    let pdf = format!("NORM.S.DIST({d1},FALSE)");
    // Each Greek's unit is the app's derivation of it ("per 1 yen of S").
    let greeks = [
        ("delta", format!("={eq}*{nd1}"), b.delta, "der-per-yen-of-s"),
        (
            "gamma",
            format!("={eq}*{pdf}/(SharePrice*{sig_t})"),
            b.gamma,
            "der-per-yen-of-s",
        ),
        (
            "vega",
            format!("=SharePrice*{eq}*{pdf}*SQRT(TermYears)"),
            b.vega,
            "der-per-sigma",
        ),
        (
            "theta",
            format!(
                "=-SharePrice*{eq}*{pdf}*Volatility/(2*SQRT(TermYears))\
                 -RiskFreeRate*ExercisePrice*{er}*{nd2}+{q}*SharePrice*{eq}*{nd1}"
            ),
            b.theta,
            "der-per-year",
        ),
        (
            "rho",
            format!("=ExercisePrice*TermYears*{er}*{nd2}"),
            b.rho,
            "der-per-rate",
        ),
    ];
    for (key, formula, value, unit) in greeks {
        let format = if value != 0.0 && value.abs() < 1e-3 {
            &scientific
        } else {
            &long
        };
        w.figure(&f.fig(key), &formula, num(value), format, &f.t(unit), "")?;
    }

    w.section(&f.t("xl-section-allotment"))?;
    let a = &o.allotment;
    let mut cells: [Vec<String>; 4] = Default::default();
    // A group's row: "Directors: rights", its name as the user typed it.
    let group = |id: &'static str, name: &str| Message::id(id).with("name", name).text(f.language);
    let rights_times_amount = f.t("xl-rule-rights-times-amount-per-right");
    let rights_times_shares = f.t("xl-rule-rights-times-shares-per-right");
    for ((row, persons), rights) in a
        .rows
        .iter()
        .zip(&inputs.group_persons)
        .zip(&inputs.group_rights)
    {
        let name = &row.name;
        cells[0].push(w.figure(
            &group("xl-group-persons", name),
            &format!("={persons}"),
            row.persons.to_string(),
            &f.count,
            &persons_unit,
            "",
        )?);
        let rights = w.figure(
            &group("xl-group-rights", name),
            &format!("={rights}"),
            row.rights.to_string(),
            &f.count,
            &rights_unit,
            "",
        )?;
        cells[2].push(w.figure(
            &group("xl-group-value", name),
            &format!("={rights}*{amount}"),
            dec(row.value),
            &f.yen(row.value),
            &jpy,
            &rights_times_amount,
        )?);
        cells[3].push(w.figure(
            &group("xl-group-shares-on-exercise", name),
            &format!("={rights}*SharesPerRight"),
            row.shares.to_string(),
            &f.count,
            &shares_unit,
            &rights_times_shares,
        )?);
        cells[1].push(rights);
    }
    let [persons, rights, values, shares] = cells.map(|list| {
        if list.is_empty() {
            "=0".to_owned()
        } else {
            format!("=SUM({})", list.join(","))
        }
    });
    w.figure(
        &f.fig("total_persons"),
        &persons,
        a.total_persons.to_string(),
        &f.count,
        &persons_unit,
        "",
    )?;
    let total_rights = w.figure(
        &f.fig("total_rights"),
        &rights,
        a.total_rights.to_string(),
        &f.count,
        &rights_unit,
        live(
            said("der-maximum", &[("max", count("MaxRights"))]),
            "total_rights",
        ),
    )?;
    w.figure(
        &f.fig("total_shares"),
        &shares,
        a.total_shares.to_string(),
        &f.count,
        &shares_unit,
        "",
    )?;
    w.figure(
        &f.fig("total_value"),
        &values,
        dec(a.total_value),
        &f.yen(a.total_value),
        &jpy,
        live(
            said(
                "der-rights-times",
                &[("rights", count(&total_rights)), ("amount", yen(&amount))],
            ),
            "total_value",
        ),
    )?;
    w.figure(
        &f.t("xl-max-rights"),
        "=MaxRights",
        a.max_rights.to_string(),
        &f.count,
        &rights_unit,
        "",
    )?;
    let (yes, no) = (f.t("xl-yes"), f.t("xl-no"));
    w.figure(
        &f.t("xl-within-the-maximum"),
        &format!("=IF({total_rights}<=MaxRights,{},{})", lit(&yes), lit(&no)),
        if a.within_maximum { yes } else { no },
        &rust_xlsxwriter::Format::new()
            .set_align(rust_xlsxwriter::FormatAlign::Right)
            .set_align(rust_xlsxwriter::FormatAlign::Top),
        "",
        "",
    )?;

    let e = &o.exercise;
    w.section(&f.t("xl-section-capital-on-exercise"))?;
    w.figure(
        &f.t("xl-on-exercise-rights-exercised"),
        "=RightsExercised",
        e.rights_exercised.to_string(),
        &f.count,
        &rights_unit,
        "",
    )?;
    let book = w.figure(
        &f.t("xl-on-exercise-book-value"),
        &format!("={amount}*RightsExercised"),
        dec(e.book_value),
        &f.yen(e.book_value),
        &jpy,
        &f.t("xl-rule-amount-per-right-times-rights"),
    )?;
    let paid_in = w.figure(
        &f.t("xl-on-exercise-exercise-amount"),
        "=ExercisePrice*RightsExercised*SharesPerRight",
        dec(e.exercise_amount),
        &f.yen(e.exercise_amount),
        &jpy,
        &f.t("xl-rule-exercise-price-times-shares"),
    )?;
    let limit = w.figure(
        &f.fig("exercise_capital_increase_limit"),
        &format!("={book}+{paid_in}"),
        dec(e.capital_increase_limit),
        &f.yen(e.capital_increase_limit),
        &jpy,
        live(
            said(
                "der-exercise-limit",
                &[
                    ("rights", count("RightsExercised")),
                    ("book", yen(&book)),
                    ("exercise", yen(&paid_in)),
                ],
            ),
            "exercise_capital_increase_limit",
        ),
    )?;
    let stated = w.figure(
        &f.fig("exercise_stated_capital"),
        &format!("=ROUNDUP({limit}/2,0)"),
        dec(e.stated_capital),
        &f.yen(e.stated_capital),
        &jpy,
        live(
            said("der-half-rounded-up", &[("limit", yen(&limit))]),
            "exercise_stated_capital",
        ),
    )?;
    w.figure(
        &f.fig("exercise_capital_reserve"),
        &format!("={limit}-{stated}"),
        dec(e.capital_reserve),
        &f.yen(e.capital_reserve),
        &jpy,
        live(
            said("der-minus", &[("a", yen(&limit)), ("b", yen(&stated))]),
            "exercise_capital_reserve",
        ),
    )?;

    let sp = &o.split;
    w.section(&f.t("xl-section-later-split"))?;
    let product = format!("ROUND(SharesPerRight*LaterSplitRatio,{RATIO_PRODUCT_DECIMAL_PLACES})");
    w.figure(
        &f.fig("shares_per_right_after_split"),
        &format!("=ROUNDDOWN({product},0)"),
        sp.shares_after.to_string(),
        &f.count,
        &shares_unit,
        live(
            said(
                "der-split-shares",
                &[
                    ("before", count("SharesPerRight")),
                    (
                        "ratio",
                        grouped("LaterSplitRatio", RATIO_PRODUCT_DECIMAL_PLACES),
                    ),
                    ("unrounded", grouped(&product, RATIO_PRODUCT_DECIMAL_PLACES)),
                ],
            ),
            "shares_per_right_after_split",
        ),
    )?;

    w.row += 1;
    w.note(&f.t("xl-note-options"))?;

    w.finish(false)
}

/// The put X e^(−rT) N(−d₂) − S e^(−qT) N(−d₁): as evaluated in the money, else from
/// the tails (no cancellation there).
fn put_value(o: &OptionResults) -> f64 {
    let b = &o.valuation;
    let i = &o.inputs;
    match b.evaluation.put {
        Some(p) => p.value,
        None => {
            i.strike * b.strike_discount * b.evaluation.tail_d2
                - i.spot * b.spot_discount * b.evaluation.tail_d1
        }
    }
}

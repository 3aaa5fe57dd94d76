//! The Options sheet: the Black–Scholes valuation step by step, the amount per right
//! (rounded up), the allotment table, capital on exercise and a later split, each a
//! formula on the Inputs sheet with the app's value cached.

use rust_xlsxwriter::Worksheet;

use super::inputs::Inputs;
use super::words::{grouped, join, lit, percent, scientific as words_scientific, yen};
use super::{Derivations, Formats, Rows, Sheet, Why, dec, guard_digits_up_to, num};
use crate::domain::options::{
    AmountConvention, RATIO_PRODUCT_DECIMAL_PLACES, STATED_PRICE_DECIMAL_PLACES,
};
use crate::report::ExportError;
use crate::report::summary::stated_product;
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
    let long = Formats::decimals(10);
    let price_fmt = Formats::decimals(6);
    let per = &o.per_right;
    // Tiny values (gamma deep in the money, the put of a 1-yen strike): scientific, not a
    // row of zeros.
    let scientific = rust_xlsxwriter::Format::new()
        .set_num_format("0.000000E+00")
        .set_align(rust_xlsxwriter::FormatAlign::Top);

    w.note(&op.series_name)?;

    w.section("Black–Scholes inputs")?;
    w.figure(
        "Share price (S)",
        "=SharePrice",
        dec(op.share_price),
        &f.yen(op.share_price),
        "JPY per share",
        "closing price on the allotment date",
    )?;
    w.figure(
        "Exercise price (X)",
        "=ExercisePrice",
        dec(op.exercise_price),
        &f.yen(op.exercise_price),
        "JPY per share",
        "",
    )?;
    w.figure(
        "Expected remaining period (T)",
        "=TermYears",
        dec(op.term_years),
        &f.exact(op.term_years),
        "years",
        "",
    )?;
    w.figure(
        "Volatility (σ)",
        "=Volatility",
        dec(op.volatility),
        &f.rate(op.volatility, 4),
        "per year",
        "",
    )?;
    w.figure(
        "Risk-free rate (r)",
        "=RiskFreeRate",
        dec(op.risk_free_rate),
        &f.rate(op.risk_free_rate, 3),
        "per year",
        "",
    )?;
    let adjusted = w.figure(
        "Dividend per share, split-adjusted",
        "=DividendPerShare/DividendSplitRatio",
        dec(o.dividend.adjusted_dividend),
        &f.yen_exact(o.dividend.adjusted_dividend),
        "JPY per share",
        "dividend as paid ÷ splits since",
    )?;
    let q_cell = w.next_value();
    let q = w.figure(
        "Dividend yield (q)",
        &format!("={adjusted}/SharePrice"),
        num(o.dividend.yield_),
        &Formats::percent(6),
        "per year",
        live(
            join(&[
                yen("DividendPerShare"),
                lit(" ÷ "),
                "DividendSplitRatio".to_owned(),
                lit(" (split-adjusted) = "),
                grouped(&adjusted, 10),
                lit("; "),
                grouped(&adjusted, 10),
                lit(" ÷ "),
                yen("SharePrice"),
                lit(" = "),
                percent(&q_cell, 8),
            ]),
            "dividend_yield",
        ),
    )?;

    w.section("Valuation")?;
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
        "standard normal distribution function",
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
        "Option price per share (C)",
        &format!("=SharePrice*{eq}*{nd1}-ExercisePrice*{er}*{nd2}"),
        num(b.price),
        &price_fmt,
        "JPY per share",
        "S e^(−qT) N(d1) − X e^(−rT) N(d2)",
    )?;
    let c10 = w.figure(
        "Option price per share, to 10 decimals",
        &format!("=ROUND({c},{STATED_PRICE_DECIMAL_PLACES})"),
        dec(per.stated_price()),
        &Formats::decimals(STATED_PRICE_DECIMAL_PLACES as usize),
        "JPY per share",
        "as the notice prints it (half up)",
    )?;
    let stated = stated_product(per);
    let product = w.figure(
        "C to 10 decimals × shares per right",
        &format!("={c10}*SharesPerRight"),
        dec(stated),
        &f.yen_exact(stated),
        "JPY per right",
        "as the notice prints it",
    )?;
    // C = A + P: the forward part and the put, kept apart so the put's small remainder
    // survives the sum (the exact convention below).
    let forward = w.figure(
        "Forward part S e^(−qT) − X e^(−rT)",
        &format!("=SharePrice*{eq}-ExercisePrice*{er}"),
        num(i.spot * b.spot_discount - i.strike * b.strike_discount),
        &long,
        "JPY per share",
        "C = forward part + put (put–call parity)",
    )?;
    let put = w.figure(
        "Put part X e^(−rT) N(−d2) − S e^(−qT) N(−d1)",
        &format!(
            "=ExercisePrice*{er}*NORM.S.DIST(-{d2},TRUE)-SharePrice*{eq}*NORM.S.DIST(-{d1},TRUE)"
        ),
        num(put_value(o)),
        &scientific,
        "JPY per share",
        "above 0 whatever the inputs",
    )?;
    let spreadsheet = w.figure(
        "Amount per right, spreadsheet convention",
        &format!("=ROUNDUP({c}*SharesPerRight,0)"),
        dec(per.spreadsheet.figure()),
        &f.yen(per.spreadsheet.figure()),
        "JPY per right",
        AmountConvention::Spreadsheet.describe(),
    )?;
    let whole = format!("INT({forward}*SharesPerRight)");
    let exact = w.figure(
        "Amount per right, exact convention",
        &format!(
            "={whole}+MAX(1,ROUNDUP({forward}*SharesPerRight-{whole}+{put}*SharesPerRight,0))"
        ),
        dec(per.exact.figure()),
        &f.yen(per.exact.figure()),
        "JPY per right",
        "A × shares rounded down, plus the rest (its fraction and P × shares, at least \
         1 yen as P > 0) rounded up",
    )?;
    w.figure(
        "Rounding convention of the amount per right",
        "=AmountConvention",
        per.convention.key().to_owned(),
        &f.general,
        "",
        "set on the Inputs sheet: exact or spreadsheet",
    )?;
    let amount = w.next_value();
    // The exact product C × N near a whole yen, as the app prints it: "399,800 + 1.0e-19".
    let true_product = format!("({forward}*SharesPerRight+{put}*SharesPerRight)");
    let nearest = format!("ROUND({true_product},0)");
    let excess = format!("(({forward}*SharesPerRight-{nearest})+{put}*SharesPerRight)");
    let k = guard_digits_up_to(stated, STATED_PRICE_DECIMAL_PLACES);
    let exact_product = format!(
        "IF(OR(ABS({excess})<1E-6,ROUNDUP({product},0)<>{exact}),\" (exact product: \"&IF(ABS({excess})<1E-6,{}&IF({excess}<0,\" − \",\" + \")&{},{})&\")\",\"\")",
        yen(&nearest),
        words_scientific(&format!("ABS({excess})")),
        grouped(&true_product, k),
    );
    w.figure(
        "Amount per stock acquisition right",
        &format!("=IF(AmountConvention=\"spreadsheet\",{spreadsheet},{exact})"),
        dec(per.amount),
        &f.yen(per.amount),
        "JPY per right",
        live(
            join(&[
                grouped(&c10, STATED_PRICE_DECIMAL_PLACES),
                lit(" × "),
                "SharesPerRight".to_owned(),
                lit(" shares = "),
                grouped(&product, k),
                exact_product,
                format!(
                    "IF(AmountConvention=\"spreadsheet\",\
                     \" → ROUNDUP in double precision (spreadsheet convention) → \"&{}&\
                     IF({spreadsheet}<>{exact},\"; the exact rounding up gives \"&{},\"\"),\
                     \" → fractions of a yen rounded up → \"&{}&\
                     IF({spreadsheet}<>{exact},\"; a double-precision spreadsheet's ROUNDUP gives \"&{},\"\"))",
                    yen(&spreadsheet),
                    yen(&exact),
                    yen(&exact),
                    yen(&spreadsheet),
                ),
            ]),
            "amount_per_right",
        ),
    )?;

    w.section("Sensitivities")?;
    let pdf = format!("NORM.S.DIST({d1},FALSE)");
    let greeks = [
        ("Delta", format!("={eq}*{nd1}"), b.delta, "per 1 yen of S"),
        (
            "Gamma",
            format!("={eq}*{pdf}/(SharePrice*{sig_t})"),
            b.gamma,
            "per 1 yen of S",
        ),
        (
            "Vega",
            format!("=SharePrice*{eq}*{pdf}*SQRT(TermYears)"),
            b.vega,
            "per 1.00 of σ",
        ),
        (
            "Theta",
            format!(
                "=-SharePrice*{eq}*{pdf}*Volatility/(2*SQRT(TermYears))\
                 -RiskFreeRate*ExercisePrice*{er}*{nd2}+{q}*SharePrice*{eq}*{nd1}"
            ),
            b.theta,
            "per year",
        ),
        (
            "Rho",
            format!("=ExercisePrice*TermYears*{er}*{nd2}"),
            b.rho,
            "per 1.00 of r",
        ),
    ];
    for (label, formula, value, unit) in greeks {
        let format = if value != 0.0 && value.abs() < 1e-3 {
            &scientific
        } else {
            &long
        };
        w.figure(label, &formula, num(value), format, unit, "")?;
    }

    w.section("Allotment")?;
    let a = &o.allotment;
    let mut cells: [Vec<String>; 4] = Default::default();
    for ((row, persons), rights) in a
        .rows
        .iter()
        .zip(&inputs.group_persons)
        .zip(&inputs.group_rights)
    {
        let name = &row.name;
        cells[0].push(w.figure(
            &format!("{name}: persons"),
            &format!("={persons}"),
            row.persons.to_string(),
            &f.count,
            "persons",
            "",
        )?);
        let rights = w.figure(
            &format!("{name}: rights"),
            &format!("={rights}"),
            row.rights.to_string(),
            &f.count,
            "rights",
            "",
        )?;
        cells[2].push(w.figure(
            &format!("{name}: value"),
            &format!("={rights}*{amount}"),
            dec(row.value),
            &f.yen(row.value),
            "JPY",
            "rights × amount per right",
        )?);
        cells[3].push(w.figure(
            &format!("{name}: shares on exercise"),
            &format!("={rights}*SharesPerRight"),
            row.shares.to_string(),
            &f.count,
            "shares",
            "rights × shares per right",
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
        "Allotment: persons",
        &persons,
        a.total_persons.to_string(),
        &f.count,
        "persons",
        "",
    )?;
    let total_rights = w.figure(
        "Allotment: rights",
        &rights,
        a.total_rights.to_string(),
        &f.count,
        "rights",
        live(
            join(&[lit("maximum "), "MaxRights".to_owned()]),
            "total_rights",
        ),
    )?;
    w.figure(
        "Allotment: shares on exercise",
        &shares,
        a.total_shares.to_string(),
        &f.count,
        "shares",
        "",
    )?;
    w.figure(
        "Allotment: total value",
        &values,
        dec(a.total_value),
        &f.yen(a.total_value),
        "JPY",
        live(
            join(&[total_rights.clone(), lit(" rights × "), yen(&amount)]),
            "total_value",
        ),
    )?;
    w.figure(
        "Maximum rights",
        "=MaxRights",
        a.max_rights.to_string(),
        &f.count,
        "rights",
        "",
    )?;
    w.figure(
        "Within the maximum",
        &format!("=IF({total_rights}<=MaxRights,\"yes\",\"no\")"),
        if a.within_maximum { "yes" } else { "no" }.to_owned(),
        &rust_xlsxwriter::Format::new()
            .set_align(rust_xlsxwriter::FormatAlign::Right)
            .set_align(rust_xlsxwriter::FormatAlign::Top),
        "",
        "",
    )?;

    let e = &o.exercise;
    w.section("Capital on exercise (illustration)")?;
    w.figure(
        "On exercise: rights exercised",
        "=RightsExercised",
        e.rights_exercised.to_string(),
        &f.count,
        "rights",
        "",
    )?;
    let book = w.figure(
        "On exercise: book value of the rights",
        &format!("={amount}*RightsExercised"),
        dec(e.book_value),
        &f.yen(e.book_value),
        "JPY",
        "amount per right × rights",
    )?;
    let paid_in = w.figure(
        "On exercise: exercise amount",
        "=ExercisePrice*RightsExercised*SharesPerRight",
        dec(e.exercise_amount),
        &f.yen(e.exercise_amount),
        "JPY",
        "exercise price × shares",
    )?;
    let limit = w.figure(
        "On exercise: capital-increase limit",
        &format!("={book}+{paid_in}"),
        dec(e.capital_increase_limit),
        &f.yen(e.capital_increase_limit),
        "JPY",
        live(
            join(&[
                "RightsExercised".to_owned(),
                lit(" rights: book value "),
                yen(&book),
                lit(" + exercise amount "),
                yen(&paid_in),
            ]),
            "exercise_capital_increase_limit",
        ),
    )?;
    let stated = w.figure(
        "On exercise: increase in capital stock",
        &format!("=ROUNDUP({limit}/2,0)"),
        dec(e.stated_capital),
        &f.yen(e.stated_capital),
        "JPY",
        live(
            join(&[
                lit("half of "),
                yen(&limit),
                lit(" → fractions of a yen rounded up"),
            ]),
            "exercise_stated_capital",
        ),
    )?;
    w.figure(
        "On exercise: increase in capital reserve",
        &format!("={limit}-{stated}"),
        dec(e.capital_reserve),
        &f.yen(e.capital_reserve),
        "JPY",
        live(
            join(&[yen(&limit), lit(" − "), yen(&stated)]),
            "exercise_capital_reserve",
        ),
    )?;

    let sp = &o.split;
    w.section("Adjustment for a later split or consolidation")?;
    let product = format!("ROUND(SharesPerRight*LaterSplitRatio,{RATIO_PRODUCT_DECIMAL_PLACES})");
    w.figure(
        "Shares per right after a later split",
        &format!("=ROUNDDOWN({product},0)"),
        sp.shares_after.to_string(),
        &f.count,
        "shares",
        live(
            join(&[
                "SharesPerRight".to_owned(),
                lit(" × "),
                "LaterSplitRatio".to_owned(),
                lit(" = "),
                product.clone(),
                lit(" → fractions of a share rounded down"),
            ]),
            "shares_per_right_after_split",
        ),
    )?;

    w.row += 1;
    w.note(
        "C is computed by the app in double precision with a formulation that stays \
         accurate deep in the money; Excel's NORM.S.DIST formula above agrees with it to \
         about 1e-12. The amount per right is C × shares per right with any fraction of a \
         yen rounded up. The app decides that fraction exactly (the forward part to 32 \
         digits, the put with its error bound); the exact row here follows it from the \
         forward part and the put kept apart, which is exact when r = q = 0 and whole-yen \
         S and X, and otherwise right unless C × shares lies within about 1e-9 yen of a \
         whole yen. The spreadsheet row is ROUNDUP(C × shares, 0) as a double-precision \
         spreadsheet computes it: Excel reads its argument to 15 significant digits (and \
         LibreOffice Calc to 12) first, so an excess below that is lost. The cached values \
         are the app's.",
    )?;

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

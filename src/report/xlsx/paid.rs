//! The Paid-in options sheet: the grant's inputs, conditions, simulation settings and
//! results as the Summary lists them. Values, not formulas: the valuation is a
//! simulation (or a grid) that a spreadsheet cannot redo, and the sheet says so.

use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::Worksheet;

use super::{Formats, Rows, Sheet};
use crate::report::ExportError;
use crate::report::summary::{Figure, Unit, Value};

const COLUMNS: [(&str, f64); 4] = [
    ("xl-col-item", 46.0),
    ("xl-col-value", 18.0),
    ("xl-col-unit", 14.0),
    ("xl-col-derivation", 70.0),
];

/// The sheet from the Summary's `paid_option` figures.
pub(crate) fn sheet(figures: &[Figure], f: &Formats) -> Result<Worksheet, ExportError> {
    let mut w = Rows::new(Sheet::PaidOption, &COLUMNS, f)?;
    w.note(&f.t("xl-paid-values-not-formulas"))?;
    w.section(&f.t("csv-section-paid_option"))?;
    let wrap = f.wrap.clone();
    let unit_format = f.unit.clone();
    for figure in figures.iter().filter(|x| x.section == "paid_option") {
        let row = w.row;
        w.text(row, 0, &figure.label_in(f.language), &wrap)?;
        write_value(&mut w, row, &figure.value, f)?;
        // A method, a seed or a count of paths has no unit worth a word.
        if !matches!(figure.unit, Unit::Text | Unit::Dimensionless) {
            w.text(row, 2, &figure.unit.label_in(f.language), &unit_format)?;
        }
        w.text(row, 3, &figure.explained_in(f.language), &wrap)?;
        w.row += 1;
    }
    w.finish(false)
}

/// A figure's value as a number cell in its format, or as text.
fn write_value(w: &mut Rows<'_>, row: u32, value: &Value, f: &Formats) -> Result<(), ExportError> {
    match value {
        Value::Yen(v) => w.number(row, 1, v.to_f64().unwrap_or_default(), &f.yen_exact(*v)),
        Value::Shares(n) | Value::Count(n) => w.number(row, 1, *n as f64, &f.count),
        Value::Rate { rate, dp } => w.number(
            row,
            1,
            rate.to_f64().unwrap_or_default(),
            &Formats::percent(*dp),
        ),
        Value::Percent { fraction, dp } => {
            w.number(row, 1, *fraction, &Formats::percent(*dp as u32))
        }
        Value::Number { value, dp } => w.number(row, 1, *value, &Formats::decimals(*dp)),
        Value::Decimal(v) => w.number(row, 1, v.to_f64().unwrap_or_default(), &f.exact(*v)),
        Value::Date(d) => w.date(row, 1, *d),
        other => {
            let text = other.display_in(f.language);
            let format = f.text.clone();
            w.text(row, 1, &text, &format)
        }
    }
}

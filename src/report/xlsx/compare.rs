//! The comparison workbook: one sheet, a row per input and figure, a column per
//! scenario, and after each scenario but the first its change against the first as
//! live formulas (in the row's unit, and in percent), so a value edited in the sheet
//! moves its change. Cells that differ from the first scenario are highlighted by a
//! conditional format, which follows such edits too.

use rust_xlsxwriter::{ConditionalFormatFormula, Format, Workbook};

use super::{Formats, Rows, Sheet, dec, num, rel_ref, to_f64, xlsx_error};
use crate::domain::Message;
use crate::i18n::Language;
use crate::report::ExportError;
use crate::report::compare::{Change, Comparison, Counted};
use crate::report::summary::Value;

/// Columns before the first scenario's: item, unit.
const FIRST_VALUE_COL: u16 = 2;

/// The value column of scenario `i`; scenarios after the first take three columns
/// (value, change, change in percent).
fn value_col(i: usize) -> u16 {
    match i {
        0 => FIRST_VALUE_COL,
        i => FIRST_VALUE_COL + 1 + 3 * (i as u16 - 1),
    }
}

/// The comparison as .xlsx bytes, its words in `language`.
pub fn comparison_workbook(
    cmp: &Comparison,
    only_differences: bool,
    language: Language,
) -> Result<Vec<u8>, ExportError> {
    let f = Formats::new(language);
    let label_width = match language {
        Language::English => 44.0,
        Language::Japanese => 48.0,
    };
    let mut rows = Rows::new(
        Sheet::Comparison,
        &[("cmp-col-item", label_width), ("cmp-col-unit", 14.0)],
        &f,
    )?;
    let first = cmp.names.first().cloned().unwrap_or_default();
    let change_header = Message::id("cmp-col-change")
        .with("first", first)
        .text(language);
    for (i, name) in cmp.names.iter().enumerate() {
        let col = value_col(i);
        let header = f.header.clone();
        rows.ws
            .write_string_with_format(0, col, name, &header)
            .map_err(xlsx_error)?;
        rows.set_width(col, 22.0);
        if i > 0 {
            rows.ws
                .write_string_with_format(0, col + 1, &change_header, &header)
                .map_err(xlsx_error)?;
            rows.ws
                .write_string_with_format(0, col + 2, f.t("cmp-col-change-percent"), &header)
                .map_err(xlsx_error)?;
            rows.set_width(col + 1, 18.0);
            rows.set_width(col + 2, 12.0);
        }
    }
    // The titles under the file names.
    let wrap = f.wrap.clone();
    for i in 0..cmp.names.len() {
        rows.text(1, value_col(i), cmp.title_in(i, language), &wrap)?;
    }
    rows.row = 2;

    let mut group = "";
    let first_row = rows.row;
    for row in cmp.rows(only_differences) {
        if row.group != group {
            group = row.group;
            rows.section(&f.t(&format!("cmp-group-{group}")))?;
        }
        let r = rows.row;
        rows.text(r, 0, &row.label_in(language), &wrap)?;
        let unit = f.unit.clone();
        rows.text(r, 1, &row.unit.label_in(language), &unit)?;
        for (i, cell) in row.cells.iter().enumerate() {
            let col = value_col(i);
            if let Some(cell) = cell {
                write_value(&mut rows, r, col, &cell.value)?;
            }
            if i > 0 {
                write_change(&mut rows, r, col, row.change(i))?;
            }
        }
        rows.row += 1;
    }
    let last_row = rows.row.saturating_sub(1);
    if cmp.names.len() > 1 && last_row >= first_row {
        let base = format!("${}", rel_ref(FIRST_VALUE_COL, first_row));
        let highlight = Format::new().set_background_color("FFF2CC");
        for i in 1..cmp.names.len() {
            let col = value_col(i);
            let cell = rel_ref(col, first_row);
            let rule = ConditionalFormatFormula::new()
                .set_rule(format!("=AND({base}<>\"\",{cell}<>{base})").as_str())
                .set_format(highlight.clone());
            rows.ws
                .add_conditional_format(first_row, col, last_row, col, &rule)
                .map_err(xlsx_error)?;
        }
    }
    let mut book = Workbook::new();
    book.push_worksheet(rows.finish(true)?);
    book.save_to_buffer().map_err(xlsx_error)
}

/// A value as the cell a user can edit: a number in the row's format, a date, or text.
fn write_value(rows: &mut Rows<'_>, r: u32, col: u16, value: &Value) -> Result<(), ExportError> {
    let f = rows.f;
    match value {
        Value::Yen(v) => rows.number(r, col, to_f64(*v), &f.yen_exact(*v)),
        Value::Shares(n) | Value::Count(n) => rows.number(r, col, *n as f64, &f.count),
        Value::Rate { rate, dp } => rows.number(r, col, to_f64(*rate), &f.rate(*rate, *dp)),
        Value::Percent { fraction, dp } => {
            rows.number(r, col, *fraction, &Formats::percent(*dp as u32))
        }
        Value::Decimal(v) => rows.number(r, col, to_f64(*v), &f.exact(*v)),
        Value::Number { value, dp } => rows.number(r, col, *value, &Formats::decimals(*dp)),
        Value::Date(d) => rows.date(r, col, *d),
        other => {
            let text = other.display_in(f.language);
            let wrap = f.wrap.clone();
            rows.text(r, col, &text, &wrap)
        }
    }
}

/// The change of the value in `col` against the first scenario's, as formulas with
/// the app's figures cached: the difference, and the difference over the first value
/// (left empty for rates, whose change is in points, and dates, in days).
fn write_change(
    rows: &mut Rows<'_>,
    r: u32,
    col: u16,
    change: Option<Change>,
) -> Result<(), ExportError> {
    let Some(change) = change else {
        return Ok(());
    };
    let base = rel_ref(FIRST_VALUE_COL, r);
    let this = rel_ref(col, r);
    let f = rows.f;
    let delta = format!("={this}-{base}");
    let relative = format!("=IF({base}=0,\"\",{this}/{base}-1)");
    let pct = Formats::percent(2);
    match change {
        Change::Exact {
            delta: d,
            relative: rel,
            of,
        } => {
            let format = match of {
                Counted::Yen => f.yen_exact(d),
                Counted::Shares | Counted::Number => f.exact(d),
            };
            rows.formula(r, col + 1, &delta, dec(d), &format)?;
            rows.formula(
                r,
                col + 2,
                &relative,
                rel.map_or_else(String::new, dec),
                &pct,
            )
        }
        Change::Points { delta: d, dp } => {
            rows.formula(r, col + 1, &delta, dec(d), &Formats::percent(dp))
        }
        Change::Measured {
            delta: d,
            relative: rel,
            dp,
        } => {
            rows.formula(r, col + 1, &delta, num(d), &Formats::decimals(dp))?;
            rows.formula(
                r,
                col + 2,
                &relative,
                rel.map_or_else(String::new, num),
                &pct,
            )
        }
        Change::Days(days) => {
            let count = f.count.clone();
            rows.formula(r, col + 1, &delta, days.to_string(), &count)
        }
    }
}

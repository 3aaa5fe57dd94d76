//! The Excel summary workbook: Inputs, Offering, Options, Timetable and Volatility
//! sheets.
//!
//! Every derived figure is an Excel formula on the Inputs sheet (through workbook
//! names such as `BasePrice`), with the app's own value stored as the formula's
//! cached result: the workbook shows the right figures before Excel recalculates,
//! and recalculating reproduces them, to the yen, with the notices' rounding rules
//! written as ROUNDDOWN / ROUNDUP. Every piece of user text goes through
//! [`neutralize`](super::neutralize) so that a name beginning with `=` stays text.

mod inputs;
mod offering;
mod options;
mod timetable;
mod volatility;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError,
};

use super::ExportError;
use super::sanitize::neutralize;
use crate::domain::FieldError;
use crate::scenario::{Scenario, ScenarioResults};

/// Sheet names, in workbook order.
pub(crate) const INPUTS: &str = "Inputs";
pub(crate) const OFFERING: &str = "Offering";
pub(crate) const OPTIONS: &str = "Options";
pub(crate) const TIMETABLE: &str = "Timetable";
pub(crate) const VOLATILITY: &str = "Volatility";

/// A4 in Excel's paper-size table.
const PAPER_A4: u8 = 9;

/// The workbook as .xlsx bytes.
pub fn workbook(scenario: &Scenario, results: &ScenarioResults) -> Result<Vec<u8>, ExportError> {
    let offering = section("offering", &results.offering)?;
    let timetable = section("timetable", &results.timetable)?;
    let option = section("option", &results.option)?;
    let vol = section("volatility", &results.volatility)?;

    let f = Formats::new();
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(neutralize(&scenario.title))
            .set_company(neutralize(&scenario.company.name))
            .set_comment("Offering Desk summary workbook"),
    );

    let why = Derivations(crate::report::summary(scenario, results));
    let inputs = inputs::sheet(scenario, &f)?;
    let offering_ws = offering::sheet(scenario, offering, &inputs, &why, &f)?;
    let options_ws = options::sheet(scenario, option, &inputs, &why, &f)?;
    let timetable_ws = timetable::sheet(scenario, timetable, &f)?;
    let volatility_ws = volatility::sheet(scenario, vol, &f)?;

    for (name, cell) in &inputs.names {
        book.define_name(*name, &format!("={INPUTS}!{cell}"))
            .map_err(xlsx_error)?;
    }
    book.push_worksheet(inputs.worksheet);
    book.push_worksheet(offering_ws);
    book.push_worksheet(options_ws);
    book.push_worksheet(timetable_ws);
    book.push_worksheet(volatility_ws);
    book.save_to_buffer().map_err(xlsx_error)
}

fn section<'a, T>(
    name: &'static str,
    result: &'a Result<T, FieldError>,
) -> Result<&'a T, ExportError> {
    result.as_ref().map_err(|e| ExportError::Incomplete {
        section: name,
        message: e.to_string(),
    })
}

/// The app's derivation texts ("3,450 × (1 − 3.00 %) = …"), by section and key.
pub(crate) struct Derivations(Vec<crate::report::Figure>);

impl Derivations {
    pub fn get(&self, section: &str, key: &str) -> String {
        self.0
            .iter()
            .find(|f| f.section == section && f.key == key)
            .map(|f| f.derivation.clone())
            .unwrap_or_default()
    }
}

pub(crate) fn xlsx_error(e: XlsxError) -> ExportError {
    ExportError::Workbook(e.to_string())
}

/// The number formats and styles shared by every sheet.
pub(crate) struct Formats {
    pub header: Format,
    pub section: Format,
    pub text: Format,
    /// Units beside a value, indented off it.
    pub unit: Format,
    pub wrap: Format,
    pub note: Format,
    pub date: Format,
    pub count: Format,
    pub general: Format,
}

impl Formats {
    fn new() -> Self {
        let top = |f: Format| f.set_align(FormatAlign::Top);
        Self {
            header: Format::new()
                .set_bold()
                .set_background_color("D9E1F2")
                .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin),
            section: Format::new().set_bold(),
            text: top(Format::new()),
            unit: top(Format::new().set_align(FormatAlign::Left).set_indent(1)),
            wrap: top(Format::new().set_text_wrap()),
            note: top(Format::new().set_italic().set_text_wrap()),
            date: top(Format::new().set_num_format("yyyy-mm-dd")),
            count: top(Format::new().set_num_format("#,##0")),
            general: top(Format::new()),
        }
    }

    /// Yen: whole yen "#,##0", or "#,##0.00" when the amount carries sen.
    pub fn yen(&self, amount: Decimal) -> Format {
        if amount.fract().is_zero() {
            Format::new().set_num_format("#,##0")
        } else {
            Format::new().set_num_format("#,##0.00")
        }
        .set_align(FormatAlign::Top)
    }

    /// A rate as a percent with at least `min_dp` decimals, more when the value has
    /// them (3.125 % shows as "3.125%", not a rounded "3.13%").
    pub fn rate(&self, rate: Decimal, min_dp: u32) -> Format {
        let dp = rate.normalize().scale().saturating_sub(2).clamp(min_dp, 10);
        Self::percent(dp)
    }

    /// "0.00%" with `dp` decimals.
    pub fn percent(dp: u32) -> Format {
        let code = if dp == 0 {
            "0%".to_owned()
        } else {
            format!("0.{}%", "0".repeat(dp as usize))
        };
        Format::new()
            .set_num_format(code)
            .set_align(FormatAlign::Top)
    }

    /// A plain number with `dp` decimals.
    pub fn decimals(dp: usize) -> Format {
        let code = if dp == 0 {
            "0".to_owned()
        } else {
            format!("0.{}", "0".repeat(dp))
        };
        Format::new()
            .set_num_format(code)
            .set_align(FormatAlign::Top)
    }

    /// An unrounded yen amount with every decimal it has (up to ten): "3,346.5".
    pub fn yen_exact(&self, amount: Decimal) -> Format {
        let dp = amount.normalize().scale().min(10) as usize;
        if dp == 0 {
            self.yen(amount)
        } else {
            Format::new()
                .set_num_format(format!("#,##0.{}", "0".repeat(dp)))
                .set_align(FormatAlign::Top)
        }
    }

    /// A plain number shown with every decimal it has (split ratios, T in years).
    pub fn exact(&self, value: Decimal) -> Format {
        let dp = value.normalize().scale() as usize;
        if dp == 0 {
            Format::new()
                .set_num_format("#,##0")
                .set_align(FormatAlign::Top)
        } else {
            Format::new()
                .set_num_format(format!("#,##0.{}", "0".repeat(dp)))
                .set_align(FormatAlign::Top)
        }
    }
}

/// The cached result of a formula holding an exact decimal (yen, rates).
pub(crate) fn dec(value: Decimal) -> String {
    if value.fract().is_zero() {
        value.normalize().to_string()
    } else {
        num(value.to_f64().unwrap_or(f64::NAN))
    }
}

/// The cached result of a formula holding an f64: the shortest text that reads back
/// as the same double.
pub(crate) fn num(value: f64) -> String {
    if value.is_finite() {
        format!("{value}")
    } else {
        "#NUM!".to_owned()
    }
}

pub(crate) fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(f64::NAN)
}

pub(crate) fn excel_date(date: chrono::NaiveDate) -> Result<ExcelDateTime, ExportError> {
    use chrono::Datelike;
    let year = u16::try_from(date.year())
        .map_err(|_| ExportError::Workbook(format!("{date} is outside Excel's dates")))?;
    ExcelDateTime::from_ymd(year, date.month() as u8, date.day() as u8).map_err(xlsx_error)
}

/// Decimals kept by the ROUND(…, k) inside ROUNDDOWN/ROUNDUP: enough for the exact
/// decimal product, few enough that binary noise (1 − 0.07 is 0.92999… in binary)
/// is dropped. A double holds 15 significant digits, so larger values keep fewer.
pub(crate) fn guard_digits(value: Decimal) -> u32 {
    let int_digits = value
        .abs()
        .trunc()
        .normalize()
        .to_string()
        .trim_start_matches('0')
        .len() as u32;
    15u32.saturating_sub(int_digits.max(1)).min(6)
}

/// A1 reference, absolute: ("B", 3) → "$B$3" (row is 0-based).
pub(crate) fn abs_ref(col: u16, row: u32) -> String {
    format!("${}${}", col_name(col), row + 1)
}

/// A1 reference, relative: (1, 2) → "B3" (row is 0-based).
pub(crate) fn rel_ref(col: u16, row: u32) -> String {
    format!("{}{}", col_name(col), row + 1)
}

fn col_name(col: u16) -> String {
    rust_xlsxwriter::utility::column_number_to_name(col)
}

/// Page setup shared by every sheet: A4, one page wide, header row repeated and frozen.
fn page_setup(ws: &mut Worksheet, landscape: bool) -> Result<(), ExportError> {
    ws.set_paper_size(PAPER_A4);
    if landscape {
        ws.set_landscape();
    } else {
        ws.set_portrait();
    }
    ws.set_print_fit_to_pages(1, 0);
    ws.set_freeze_panes(1, 0).map_err(xlsx_error)?;
    ws.set_repeat_rows(0, 0).map_err(xlsx_error)?;
    ws.set_header("&L&A&R&D");
    ws.set_footer("&CPage &P of &N");
    Ok(())
}

/// Points per line of wrapped text in the default 11-point font.
const LINE_HEIGHT: f64 = 15.0;

/// A sheet written row by row: "Item | Value | Unit | Rule" tables. Keeps the column
/// widths so that rows with wrapped text can be made tall enough: Excel does not size
/// rows on load, and LibreOffice does not either for an .xlsx.
pub(crate) struct Rows<'f> {
    pub ws: Worksheet,
    pub row: u32,
    pub f: &'f Formats,
    widths: Vec<f64>,
    /// Lines needed by the wrapped text of each row, when more than one.
    lines: std::collections::BTreeMap<u32, u32>,
}

impl<'f> Rows<'f> {
    /// A sheet with a bold header row of `columns` (title, width in characters).
    pub fn new(name: &str, columns: &[(&str, f64)], f: &'f Formats) -> Result<Self, ExportError> {
        let mut ws = Worksheet::new();
        ws.set_name(name).map_err(xlsx_error)?;
        for (col, (title, _)) in columns.iter().enumerate() {
            ws.write_string_with_format(0, col as u16, *title, &f.header)
                .map_err(xlsx_error)?;
        }
        Ok(Self {
            ws,
            row: 1,
            f,
            widths: columns.iter().map(|(_, w)| *w).collect(),
            lines: Default::default(),
        })
    }

    /// Sets another column's width (one outside the header).
    pub fn set_width(&mut self, col: u16, width: f64) {
        let col = usize::from(col);
        if self.widths.len() <= col {
            self.widths.resize(col + 1, 0.0);
        }
        self.widths[col] = width;
    }

    /// Records that `text` wraps within `width` characters on `row`.
    fn wraps(&mut self, row: u32, text: &str, width: f64) {
        // A column of width w holds about 1.3 w characters of proportional text;
        // CJK characters take two.
        let per_line = (width * 1.3 - 2.0).max(4.0);
        let lines: u32 = text
            .split('\n')
            .map(|line| {
                let units: usize = line
                    .chars()
                    .map(|c| if c >= '\u{2E80}' { 2 } else { 1 })
                    .sum();
                ((units as f64 / per_line).ceil() as u32).max(1)
            })
            .sum();
        if lines > 1 {
            let entry = self.lines.entry(row).or_insert(1);
            *entry = (*entry).max(lines);
        }
    }

    /// Writes user or fixed text, always neutralised.
    pub fn text(
        &mut self,
        row: u32,
        col: u16,
        text: &str,
        format: &Format,
    ) -> Result<(), ExportError> {
        if text.is_empty() {
            return Ok(());
        }
        if format == &self.f.wrap || format == &self.f.note {
            let width = self.widths.get(usize::from(col)).copied().unwrap_or(8.43);
            self.wraps(row, text, width);
        }
        self.ws
            .write_string_with_format(row, col, neutralize(text), format)
            .map_err(xlsx_error)?;
        Ok(())
    }

    pub fn formula(
        &mut self,
        row: u32,
        col: u16,
        formula: &str,
        cached: String,
        format: &Format,
    ) -> Result<(), ExportError> {
        self.ws
            .write_formula_with_format(row, col, Formula::new(formula).set_result(cached), format)
            .map_err(xlsx_error)?;
        Ok(())
    }

    pub fn number(
        &mut self,
        row: u32,
        col: u16,
        value: f64,
        format: &Format,
    ) -> Result<(), ExportError> {
        self.ws
            .write_number_with_format(row, col, value, format)
            .map_err(xlsx_error)?;
        Ok(())
    }

    pub fn date(&mut self, row: u32, col: u16, date: chrono::NaiveDate) -> Result<(), ExportError> {
        let d = excel_date(date)?;
        self.ws
            .write_datetime_with_format(row, col, &d, &self.f.date)
            .map_err(xlsx_error)?;
        Ok(())
    }

    /// A bold section title on its own row, after a blank one.
    pub fn section(&mut self, title: &str) -> Result<(), ExportError> {
        if self.row > 1 {
            self.row += 1;
        }
        let f = self.f.section.clone();
        self.text(self.row, 0, title, &f)?;
        self.row += 1;
        Ok(())
    }

    /// One figure: label, formula with the app's value cached, unit and rule.
    /// Returns the value cell as a relative A1 reference.
    pub fn figure(
        &mut self,
        label: &str,
        formula: &str,
        cached: String,
        format: &Format,
        unit: &str,
        rule: &str,
    ) -> Result<String, ExportError> {
        let row = self.row;
        let wrap = self.f.wrap.clone();
        let unit_format = self.f.unit.clone();
        self.text(row, 0, label, &wrap)?;
        self.formula(row, 1, formula, cached, format)?;
        self.text(row, 2, unit, &unit_format)?;
        self.text(row, 3, rule, &wrap)?;
        self.row += 1;
        Ok(rel_ref(1, row))
    }

    /// A note in italics across the columns `first..=last`, as tall as its text.
    pub fn note_at(
        &mut self,
        row: u32,
        first: u16,
        last: u16,
        text: &str,
    ) -> Result<(), ExportError> {
        let width: f64 = (first..=last)
            .map(|c| self.widths.get(usize::from(c)).copied().unwrap_or(8.43))
            .sum();
        self.wraps(row, text, width);
        self.ws
            .merge_range(row, first, row, last, &neutralize(text), &self.f.note)
            .map_err(xlsx_error)?;
        Ok(())
    }

    /// A note across columns A–D on the next row.
    pub fn note(&mut self, text: &str) -> Result<(), ExportError> {
        self.note_at(self.row, 0, 3, text)?;
        self.row += 1;
        Ok(())
    }

    /// Applies the column widths, the heights of rows with wrapped text and the page
    /// setup.
    pub fn finish(mut self, landscape: bool) -> Result<Worksheet, ExportError> {
        for (col, width) in self.widths.iter().enumerate() {
            if *width > 0.0 {
                self.ws
                    .set_column_width(col as u16, *width)
                    .map_err(xlsx_error)?;
            }
        }
        for (row, lines) in &self.lines {
            self.ws
                .set_row_height(*row, LINE_HEIGHT * f64::from(*lines))
                .map_err(xlsx_error)?;
        }
        page_setup(&mut self.ws, landscape)?;
        Ok(self.ws)
    }
}

//! The Excel summary workbook: Inputs, Offering (with the dilution figures), Options,
//! Timetable and Volatility sheets.
//!
//! The workbook is a live model: every derived figure, every derivation text beside
//! it and every date of the timetable is an Excel formula on the Inputs sheet
//! (through workbook names such as `BasePrice`), with the app's own value stored as
//! the formula's cached result. The workbook shows the right figures before Excel
//! recalculates; recalculating reproduces them, to the yen, with the notices'
//! rounding rules written as ROUNDDOWN / ROUNDUP; and editing an input on the Inputs
//! sheet moves every figure, text and date that depends on it. The timetable counts
//! TSE business days with WORKDAY.INTL on the Holidays sheet.
//!
//! User text is written as string cells, which a spreadsheet never evaluates, so a
//! name beginning with `=` stays text without the apostrophe CSV needs.

mod compare;
mod dilution;
mod holidays;
mod inputs;
mod offering;
mod options;
mod paid;
mod timetable;
mod volatility;
mod words;

pub use compare::comparison_workbook;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError,
};

use super::ExportError;
use crate::domain::FieldError;
use crate::i18n::Language;
use crate::scenario::{Scenario, ScenarioResults};

/// The sheets, in workbook order; each named in the workbook's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sheet {
    Inputs,
    Offering,
    Options,
    Timetable,
    Volatility,
    Holidays,
    PaidOption,
    /// The one sheet of a comparison workbook.
    Comparison,
}

impl Sheet {
    fn message_id(self) -> &'static str {
        match self {
            Sheet::Inputs => "xl-sheet-inputs",
            Sheet::Offering => "xl-sheet-offering",
            Sheet::Options => "xl-sheet-options",
            Sheet::Timetable => "xl-sheet-timetable",
            Sheet::Volatility => "xl-sheet-volatility",
            Sheet::Holidays => "xl-sheet-holidays",
            Sheet::PaidOption => "xl-sheet-paid-option",
            Sheet::Comparison => "xl-sheet-comparison",
        }
    }
}

/// `sheet!cell` as a formula writes it, the name quoted unless it is plain ASCII
/// letters ('入力'!$B$3, Inputs!$B$3).
pub(crate) fn sheet_ref(sheet: &str, cell: &str) -> String {
    if sheet.chars().all(|c| c.is_ascii_alphanumeric()) {
        format!("{sheet}!{cell}")
    } else {
        format!("'{}'!{cell}", sheet.replace('\'', "''"))
    }
}

/// A4 in Excel's paper-size table.
const PAPER_A4: u8 = 9;

/// The workbook as .xlsx bytes, its sheet names, labels, notes, derivations and yen
/// formats in `language`.
pub fn workbook(
    scenario: &Scenario,
    results: &ScenarioResults,
    language: Language,
) -> Result<Vec<u8>, ExportError> {
    let offering = section("offering", &results.offering)?;
    let dilution = section("dilution", &results.dilution)?;
    let timetable = section("timetable", &results.timetable)?;
    let option = crate::report::summary::decided_option(&results.option)?;
    let vol = section("volatility", &results.volatility)?;

    let f = Formats::new(language);
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(scenario.title_in(language))
            .set_company(scenario.company.name_in(language))
            .set_comment(f.t("xl-comment")),
    );

    let figures = crate::report::summary(scenario, results);
    let paid_ws = match &results.paid_option {
        None => None,
        Some(paid) => {
            let paid = section("paid_option", paid)?;
            if let Some(valued) = &paid.valued {
                section("paid_option", valued)?;
            }
            Some(paid::sheet(&figures, &f)?)
        }
    };
    let why = Derivations(figures, language);
    let inputs = inputs::sheet(scenario, &f)?;
    let offering_ws = offering::sheet(scenario, offering, dilution.as_ref(), &inputs, &why, &f)?;
    let options_ws = options::sheet(scenario, option, &inputs, &why, &f)?;
    let timetable_ws = timetable::sheet(scenario, timetable, &f)?;
    let volatility_ws = volatility::sheet(scenario, vol, &f)?;
    let holidays = holidays::sheet(&f)?;

    for (name, cell) in &inputs.names {
        book.define_name(
            *name,
            &format!("={}", sheet_ref(&f.sheet(Sheet::Inputs), cell)),
        )
        .map_err(xlsx_error)?;
    }
    for (name, range) in &holidays.names {
        book.define_name(
            *name,
            &format!("={}", sheet_ref(&f.sheet(Sheet::Holidays), range)),
        )
        .map_err(xlsx_error)?;
    }
    book.push_worksheet(inputs.worksheet);
    book.push_worksheet(offering_ws);
    book.push_worksheet(options_ws);
    book.push_worksheet(timetable_ws);
    book.push_worksheet(volatility_ws);
    if let Some(ws) = paid_ws {
        book.push_worksheet(ws);
    }
    book.push_worksheet(holidays.worksheet);
    book.save_to_buffer().map_err(xlsx_error)
}

fn section<'a, T>(
    name: &'static str,
    result: &'a Result<T, FieldError>,
) -> Result<&'a T, ExportError> {
    result.as_ref().map_err(|e| ExportError::Incomplete {
        section: name,
        problem: e.clone(),
    })
}

/// The app's derivation texts ("3,450 × (1 − 3.00 %) = …"), by section and key.
pub(crate) struct Derivations(Vec<crate::report::Figure>, Language);

impl Derivations {
    pub fn get(&self, section: &str, key: &str) -> String {
        self.0
            .iter()
            .find(|f| f.section == section && f.key == key)
            .map(|f| f.derivation.text(self.1))
            .unwrap_or_default()
    }
}

pub(crate) fn xlsx_error(e: XlsxError) -> ExportError {
    ExportError::Workbook(e.to_string())
}

/// The number formats and styles shared by every sheet, and the language of its words.
pub(crate) struct Formats {
    pub language: Language,
    pub header: Format,
    pub section: Format,
    pub text: Format,
    /// Units beside a value, indented off it.
    pub unit: Format,
    pub wrap: Format,
    /// Wrapped text indented off a number to its left.
    pub wrap_indented: Format,
    pub note: Format,
    pub date: Format,
    pub count: Format,
    pub general: Format,
}

impl Formats {
    fn new(language: Language) -> Self {
        let top = |f: Format| f.set_align(FormatAlign::Top);
        Self {
            language,
            header: Format::new()
                .set_bold()
                .set_background_color("D9E1F2")
                .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin),
            section: Format::new().set_bold(),
            text: top(Format::new()),
            unit: top(Format::new().set_align(FormatAlign::Left).set_indent(1)),
            wrap: top(Format::new().set_text_wrap()),
            wrap_indented: top(Format::new().set_text_wrap().set_indent(1)),
            note: top(Format::new().set_italic().set_text_wrap()),
            // Dates as each language writes them: 2013-07-11, 2013年7月11日.
            date: top(Format::new().set_num_format(match language {
                Language::English => "yyyy-mm-dd",
                Language::Japanese => "yyyy\"年\"m\"月\"d\"日\"",
            })),
            count: top(Format::new().set_num_format("#,##0")),
            general: top(Format::new()),
        }
    }

    /// The catalogue message `id` in the workbook's language.
    pub fn t(&self, id: &str) -> String {
        crate::i18n::text(self.language, id)
    }

    /// A figure's label in the workbook's language (`fig-<key>`).
    pub fn fig(&self, key: &str) -> String {
        self.t(&format!("fig-{key}"))
    }

    /// The name of `sheet` in the workbook's language.
    pub fn sheet(&self, sheet: Sheet) -> String {
        self.t(sheet.message_id())
    }

    /// Whether text in `format` wraps (and so sets the height of its row).
    fn wraps(&self, format: &Format) -> bool {
        [&self.wrap, &self.wrap_indented, &self.note].contains(&format)
    }

    /// Yen: whole yen "#,##0", or "#,##0.00" when the amount carries sen; in Japanese
    /// with 円 after the figure (#,##0"円"), as a notice writes it.
    pub fn yen(&self, amount: Decimal) -> Format {
        let code = if amount.fract().is_zero() {
            "#,##0"
        } else {
            "#,##0.00"
        };
        Format::new()
            .set_num_format(format!("{code}{}", self.yen_suffix()))
            .set_align(FormatAlign::Top)
    }

    /// Yen and sen always, "#,##0.00" (円 after it in Japanese): EPS, whose stated
    /// value is to the sen whatever the inputs an edit gives.
    pub fn yen_sen(&self) -> Format {
        Format::new()
            .set_num_format(format!("#,##0.00{}", self.yen_suffix()))
            .set_align(FormatAlign::Top)
    }

    /// What follows a yen figure's digits in its number format.
    fn yen_suffix(&self) -> &'static str {
        match self.language {
            Language::Japanese => "\"円\"",
            Language::English => "",
        }
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
                .set_num_format(format!("#,##0.{}{}", "0".repeat(dp), self.yen_suffix()))
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
    guard_digits_up_to(value, 6)
}

/// [`guard_digits`] with at most `max` decimals instead of 6 (the amount per right:
/// a price to 10 decimals times a share count).
pub(crate) fn guard_digits_up_to(value: Decimal, max: u32) -> u32 {
    let int_digits = value
        .abs()
        .trunc()
        .normalize()
        .to_string()
        .trim_start_matches('0')
        .len() as u32;
    15u32.saturating_sub(int_digits.max(1)).min(max)
}

/// What the derivation column says about a figure.
pub(crate) enum Why<'a> {
    /// A rule that holds whatever the inputs ("d1 − σ√T"), or nothing.
    Rule(&'a str),
    /// A formula that spells the figure's derivation from the live values, with the
    /// app's text for the exported scenario cached.
    Live { formula: String, cached: String },
}

impl<'a> From<&'a str> for Why<'a> {
    fn from(rule: &'a str) -> Self {
        Why::Rule(rule)
    }
}

impl<'a> From<&'a String> for Why<'a> {
    fn from(rule: &'a String) -> Self {
        Why::Rule(rule)
    }
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
    /// The titles are catalogue messages, written in the workbook's language.
    pub fn new(sheet: Sheet, columns: &[(&str, f64)], f: &'f Formats) -> Result<Self, ExportError> {
        let mut ws = Worksheet::new();
        ws.set_name(f.sheet(sheet)).map_err(xlsx_error)?;
        // Every formula here caches the app's result; an empty text result (a check
        // that finds nothing) must stay empty, not become rust_xlsxwriter's default 0.
        ws.set_formula_result_default("");
        for (col, (title, _)) in columns.iter().enumerate() {
            ws.write_string_with_format(0, col as u16, f.t(title), &f.header)
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
        // A column of width w holds w digits. Measured in digit widths (LibreOffice's
        // substitute font, the wider of the two): lower-case letters and spaces are
        // about 0.9, narrow letters and punctuation 0.6, CJK characters 2. A line is cut only when
        // its text fills the column less one unit of padding; Excel's Calibri is
        // narrower, so there it may show a spare line, never a clipped one.
        let per_line = (width - 1.0).max(4.0);
        let weight = |c: char| match c {
            '\u{2E80}'.. => 2.0,
            ',' | '.' | ':' | ';' | '\'' | '|' | '!' | 'i' | 'l' | 'j' | 't' | 'f' => 0.6,
            c if c.is_lowercase() || c == ' ' => 0.9,
            _ => 1.0,
        };
        let lines: u32 = text
            .split('\n')
            .map(|line| {
                let units: f64 = line.chars().map(weight).sum();
                ((units / per_line).ceil() as u32).max(1)
            })
            .sum();
        if lines > 1 {
            let entry = self.lines.entry(row).or_insert(1);
            *entry = (*entry).max(lines);
        }
    }

    /// Writes user or fixed text as a string cell: never evaluated, so text that
    /// begins with `=` needs no apostrophe.
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
        self.fit_wrapped(row, col, text, format);
        self.ws
            .write_string_with_format(row, col, text, format)
            .map_err(xlsx_error)?;
        Ok(())
    }

    /// Gives a wrapping cell's row the height its cached text needs in the column.
    fn fit_wrapped(&mut self, row: u32, col: u16, cached: &str, format: &Format) {
        if self.f.wraps(format) {
            let width = self.widths.get(usize::from(col)).copied().unwrap_or(8.43);
            self.wraps(row, cached, width);
        }
    }

    /// A formula whose result is text (a derivation, a weekday), with the app's
    /// text cached.
    pub fn text_formula(
        &mut self,
        row: u32,
        col: u16,
        formula: &str,
        cached: &str,
        format: &Format,
    ) -> Result<(), ExportError> {
        self.fit_wrapped(row, col, cached, format);
        self.formula(row, col, formula, cached.to_owned(), format)
    }

    /// Like [`Rows::text_formula`] for a one-cell array formula (one that works on
    /// whole ranges, such as TEXTJOIN over an IF).
    pub fn text_array_formula(
        &mut self,
        row: u32,
        col: u16,
        formula: &str,
        cached: &str,
        format: &Format,
    ) -> Result<(), ExportError> {
        self.fit_wrapped(row, col, cached, format);
        self.ws
            .write_array_formula_with_format(
                row,
                col,
                row,
                col,
                Formula::new(formula).set_result(cached),
                format,
            )
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

    /// The value cell the next [`Rows::figure`] writes, as a relative A1 reference:
    /// a derivation formula can refer to its own figure.
    pub fn next_value(&self) -> String {
        rel_ref(1, self.row)
    }

    /// One figure: label, formula with the app's value cached, unit and derivation.
    /// Returns the value cell as a relative A1 reference.
    pub fn figure<'a>(
        &mut self,
        label: &str,
        formula: &str,
        cached: String,
        format: &Format,
        unit: &str,
        why: impl Into<Why<'a>>,
    ) -> Result<String, ExportError> {
        let row = self.row;
        let wrap = self.f.wrap.clone();
        let unit_format = self.f.unit.clone();
        self.text(row, 0, label, &wrap)?;
        self.formula(row, 1, formula, cached, format)?;
        self.text(row, 2, unit, &unit_format)?;
        match why.into() {
            Why::Rule(rule) => self.text(row, 3, rule, &wrap)?,
            Why::Live { formula, cached } => self.text_formula(row, 3, &formula, &cached, &wrap)?,
        }
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
            .merge_range(row, first, row, last, text, &self.f.note)
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

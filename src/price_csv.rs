//! Import of daily closes from CSV text, tolerant of what brokers, Yahoo and Japanese
//! sites export. Pure: takes the file's text, returns data; the app does the I/O.
//!
//! Accepted: a header naming the date and close columns, or no header at all (then
//! exactly `date,close`). The layouts of the usual sources, each with a fixture in
//! `tests/fixtures/sources/` (written by its `make.py`):
//!
//! - Yahoo Finance `Date,Open,High,Low,Close,Adj Close,Volume`, whose `null` rows (days
//!   without data) are rejected lines that say so;
//! - stooq `Date,Open,High,Low,Close,Volume`;
//! - investing.com `"Date","Price","Open","High","Low","Vol.","Change %"`, newest first,
//!   with dates like `"Jul 11, 2013"` and closes like `"3,450.0"` (`Price` is the close
//!   when no column is called close);
//! - J-Quants daily quotes `Date,Code,Open,High,Low,Close,…,AdjustmentClose,…`;
//! - Japanese brokers and sites `日付,始値,高値,安値,終値,出来高` (with or without
//!   `調整後終値`), often in Shift_JIS, which the caller decodes.
//!
//! Also a UTF-8 BOM; `,`, `;` or tab delimiters (sniffed from the first line); dates as
//! `2013-07-11`, `2013/7/11`, `20130711`, `2013年7月11日` or `Jul 11, 2013`; closes with
//! quoted thousands separators (`"3,450"`), full-width digits (`３，４５０`), a trailing
//! `円` or a leading `¥`. Rows come back sorted by date whatever the file's order, and a
//! date seen twice keeps its first row (the later ones are rejected, naming its line).
//!
//! The plain close is used by default, never "Adj Close" / AdjustmentClose / 調整後終値:
//! the app applies its own split list, and adjusted closes already include splits (and
//! dividends), so using them would adjust twice. [`PriceColumns`] names another column
//! when the user asks for it ([`ParsedPrices::adjusted`] then says whether the split
//! list must be emptied); [`ParsedPrices::columns`] lists the columns that can be chosen.

use std::borrow::Cow;
use std::collections::HashMap;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::domain::{Arg, FieldError, Message};
use crate::i18n::{Language, text_with};
use crate::text_encoding::TextEncoding;

mod quote_free;

const FIELD: &str = "price_history.csv";
/// Rejected-line text is cut to this many characters so one huge line cannot flood the UI.
const MAX_LINE_TEXT: usize = 200;

/// What was imported, plus enough context for the UI to say what it did.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedPrices {
    /// Unique dates, ascending.
    pub closes: Vec<(NaiveDate, Decimal)>,
    /// Lines that were not imported, in file order.
    pub rejected: Vec<RejectedLine>,
    /// Header name of the date column, or "column 1" without a header.
    pub date_column: String,
    /// Header name of the close column, or "column 2" without a header.
    pub close_column: String,
    /// Whether the close column holds adjusted closes (Adj Close, AdjustmentClose,
    /// 調整後終値 …): only when asked for with [`PriceColumns`]. The split list must then
    /// be empty, or the splits are applied twice.
    pub adjusted: bool,
    /// The header names of the columns the close can be read from, in file order: the
    /// close column and every other one holding positive numbers in the first rows,
    /// less volumes, codes, limits and changes. Empty without a header.
    pub columns: Vec<String>,
    pub had_header: bool,
    /// The file's encoding, set by whoever decoded its bytes
    /// ([`crate::storage::read_any_text_with_progress`]); the parser sees only text.
    pub encoding: TextEncoding,
}

/// One line that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectedLine {
    /// 1-based line number in the file.
    pub line: u64,
    pub text: String,
    pub reason: Message,
    /// The last line of a quoted field that ran over several lines and was read as
    /// this one row (a closing quote is probably missing).
    pub runs_to: Option<u64>,
}

impl RejectedLine {
    /// Why the line was not imported, in `language`.
    pub fn reason_in(&self, language: Language) -> String {
        let reason = self.reason.text(language);
        match self.runs_to {
            None => reason,
            Some(last) => text_with(
                language,
                "csv-runs-over-lines",
                &[
                    ("reason", reason.into()),
                    ("first", self.line.into()),
                    ("last", last.into()),
                ],
            ),
        }
    }
}

/// Which columns to read. The default reads the plain close.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PriceColumns {
    /// The close column's header, matched as headers are (case, spaces, `_`, `-`, `.`
    /// and a trailing `(円)` ignored), e.g. `AdjustmentClose`; `None` for the plain
    /// close (`Close`, `終値`, else `Price`).
    pub close: Option<String>,
}

/// Parses closes from CSV text. `Err` only when nothing usable can be had (no
/// date/close columns, or no valid row); otherwise bad rows are listed in `rejected`
/// (unparseable date, missing, unparseable or non-positive close, duplicate date:
/// the first is kept). Blank lines are skipped silently. Output is sorted by date,
/// since Japanese sites often list newest first.
pub fn parse_price_csv(text: &str) -> Result<ParsedPrices, FieldError> {
    parse_price_csv_with(text, &PriceColumns::default())
}

/// [`parse_price_csv`] reading the close from the column `columns` names; a name the
/// header does not have is an error.
pub fn parse_price_csv_with(
    text: &str,
    columns: &PriceColumns,
) -> Result<ParsedPrices, FieldError> {
    parse_price_csv_with_progress(text, columns, |_, _| true)
}

/// Rows between two calls of the progress callback: often enough for a progress bar,
/// rarely enough to cost nothing.
const PROGRESS_ROWS: u64 = 8_192;

/// Data rows whose fields decide which columns hold numbers ([`ParsedPrices::columns`]).
const SAMPLE_ROWS: u64 = 50;

/// [`parse_price_csv_with`], calling `progress(bytes parsed, total bytes)` every few
/// thousand rows; parsing stops with an error when `progress` returns false (the user
/// cancelled).
///
/// A file without a `"` anywhere, nearly every file, is split by [`quote_free`]; any
/// other by the csv crate. Both give the same result (`tests/price_csv_paths.rs`).
pub fn parse_price_csv_with_progress(
    text: &str,
    columns: &PriceColumns,
    progress: impl FnMut(u64, u64) -> bool,
) -> Result<ParsedPrices, FieldError> {
    parse(text, columns, progress, false)
}

/// [`parse_price_csv_with_progress`] with every file split by the csv crate, a quoted
/// field or not: for the tests that prove [`quote_free`] splits as the crate does.
#[doc(hidden)]
pub fn parse_price_csv_with_csv_crate(
    text: &str,
    columns: &PriceColumns,
    progress: impl FnMut(u64, u64) -> bool,
) -> Result<ParsedPrices, FieldError> {
    parse(text, columns, progress, true)
}

fn parse(
    text: &str,
    columns: &PriceColumns,
    progress: impl FnMut(u64, u64) -> bool,
    csv_crate_only: bool,
) -> Result<ParsedPrices, FieldError> {
    let total = text.len() as u64;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = sniff_delimiter(text);
    // A second BOM is dropped by the csv crate (its own check for one), but its bytes
    // stay in the first row's text and line: that rare file goes through the crate too.
    let quote_free =
        memchr::memchr(b'"', text.as_bytes()).is_none() && !text.starts_with('\u{feff}');
    if quote_free && !csv_crate_only {
        let rows = quote_free::QuoteFree::new(text, delimiter);
        read_all(text, rows, columns, total, progress)
    } else {
        let rows = CsvRows::new(text, delimiter);
        read_all(text, rows, columns, total, progress)
    }
}

/// A row's fields, from either reader. The file's text is UTF-8 and the delimiters
/// ASCII, so a field is always whole characters.
trait Row {
    fn count(&self) -> usize;
    /// Field `i`, untrimmed; `None` past the row's end.
    fn get(&self, i: usize) -> Option<&str>;
}

impl Row for csv::ByteRecord {
    fn count(&self) -> usize {
        self.len()
    }
    fn get(&self, i: usize) -> Option<&str> {
        csv::ByteRecord::get(self, i).map(|f| std::str::from_utf8(f).unwrap_or(""))
    }
}

/// The rows of a file's text, one at a time.
trait Rows {
    type Row: Row + ?Sized;
    /// Bytes read so far.
    fn position(&self) -> u64;
    /// Reads the next row (empty lines are none): the byte its text starts at and the
    /// byte its reading ended at; `None` at the end of the text.
    fn advance(&mut self) -> Option<(u64, u64)>;
    /// The row [`Rows::advance`] read last.
    fn row(&self) -> &Self::Row;
}

/// Rows as the csv crate reads them, quoted fields included. Bytes, not strings: csv
/// then does no UTF-8 check and no trimming per field; the few fields a row needs are
/// trimmed and read as text on their own ([`Row::get`]).
struct CsvRows<'t> {
    text: &'t str,
    reader: csv::Reader<&'t [u8]>,
    record: csv::ByteRecord,
}

impl<'t> CsvRows<'t> {
    fn new(text: &'t str, delimiter: u8) -> Self {
        let reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        Self {
            text,
            reader,
            record: csv::ByteRecord::new(),
        }
    }
}

impl Rows for CsvRows<'_> {
    type Row = csv::ByteRecord;

    fn position(&self) -> u64 {
        self.reader.position().byte()
    }

    fn advance(&mut self) -> Option<(u64, u64)> {
        let start = self.reader.position().clone();
        // csv only fails on I/O or UTF-8, impossible from a &str; stop rather than loop.
        if !self.reader.read_byte_record(&mut self.record).ok()? {
            return None;
        }
        let first_byte = record_start(self.text, self.record.position().unwrap_or(&start));
        Some((first_byte, self.reader.position().byte()))
    }

    fn row(&self) -> &csv::ByteRecord {
        &self.record
    }
}

/// Reads every row of `rows`, calling `progress` every [`PROGRESS_ROWS`] rows.
fn read_all<R: Rows>(
    text: &str,
    mut rows: R,
    columns: &PriceColumns,
    total: u64,
    mut progress: impl FnMut(u64, u64) -> bool,
) -> Result<ParsedPrices, FieldError> {
    let mut import = Import::new(text, columns);
    let mut read = 0u64;
    loop {
        read += 1;
        if read.is_multiple_of(PROGRESS_ROWS) && !progress(rows.position(), total) {
            return Err(FieldError::new(FIELD, Message::id("csv-cancelled")));
        }
        let Some((first_byte, end)) = rows.advance() else {
            break;
        };
        import.row(rows.row(), first_byte, end)?;
    }
    import.finish()
}

/// What the rows read so far gave.
struct Import<'t> {
    text: &'t str,
    columns: &'t PriceColumns,
    layout: Option<Layout>,
    closes: Vec<(NaiveDate, Decimal)>,
    dates: Dates,
    rejected: Vec<RejectedLine>,
    sampled: u64,
    lines: Lines<'t>,
    month: LastMonth,
}

impl<'t> Import<'t> {
    fn new(text: &'t str, columns: &'t PriceColumns) -> Self {
        Self {
            text,
            columns,
            layout: None,
            closes: Vec::new(),
            dates: Dates::default(),
            rejected: Vec::new(),
            sampled: 0,
            lines: Lines::new(text),
            month: LastMonth::default(),
        }
    }

    /// Takes one row, whose text runs from `first_byte` to `end` (with its line ending).
    fn row<R: Row + ?Sized>(
        &mut self,
        record: &R,
        first_byte: u64,
        end: u64,
    ) -> Result<(), FieldError> {
        let text = self.text;
        let raw = || line_text(text, first_byte, end);

        if (0..record.count()).all(|i| record.get(i).is_none_or(is_blank)) {
            return Ok(());
        }
        let layout = match &mut self.layout {
            Some(layout) => layout,
            None => {
                let detected = Layout::detect(record, self.columns)?;
                let is_header = detected.had_header;
                let layout = self.layout.insert(detected);
                if is_header {
                    return Ok(());
                }
                layout
            }
        };
        if self.closes.capacity() == 0 {
            // The first data row's length says how many rows to expect: one allocation
            // instead of a series of doublings and copies (a large file has millions).
            let row_bytes = usize::try_from(end.saturating_sub(first_byte)).unwrap_or(1);
            let expected = text.len() / row_bytes.max(8) + 16;
            self.closes.reserve(expected);
            self.dates.starts.reserve(expected);
        }
        if self.sampled < SAMPLE_ROWS {
            self.sampled += 1;
            layout.sample(record);
        }

        let lines = &mut self.lines;
        match layout.parse_row(record, &mut self.month) {
            Ok((date, close)) => {
                match self
                    .dates
                    .first_line_of(date, first_byte, lines, &self.closes)
                {
                    Some(first) => self.rejected.push(RejectedLine {
                        line: lines.at(first_byte),
                        text: raw(),
                        reason: Message::id("csv-duplicate-date")
                            .with("date", date)
                            .with("first", first),
                        runs_to: None,
                    }),
                    None => self.closes.push((date, close)),
                }
            }
            Err(reason) => self.rejected.push(RejectedLine {
                line: lines.at(first_byte),
                text: raw(),
                reason,
                runs_to: match record_line_breaks(text, first_byte, end) {
                    0 => None,
                    n => Some(lines.at(first_byte) + n),
                },
            }),
        }
        Ok(())
    }

    fn finish(self) -> Result<ParsedPrices, FieldError> {
        let Import {
            layout,
            mut closes,
            rejected,
            ..
        } = self;
        let Some(layout) = layout else {
            return Err(FieldError::new(FIELD, Message::id("csv-no-rows")));
        };
        if closes.is_empty() {
            let problem = Message::id("csv-no-usable-rows").with("rejected", rejected.len());
            let problem = match rejected.first() {
                Some(first) => problem
                    .with("line", first.line)
                    .with("reason", Arg::Message(Box::new(first.reason.clone()))),
                None => problem.with("line", 0u64).with("reason", ""),
            };
            return Err(FieldError::new(FIELD, problem));
        }
        closes.sort_unstable_by_key(|(d, _)| *d);
        Ok(ParsedPrices {
            closes,
            rejected,
            adjusted: layout.had_header && is_adjusted(&header_key(&layout.close_name)),
            columns: layout.choices(),
            date_column: layout.date_name,
            close_column: layout.close_name,
            had_header: layout.had_header,
            encoding: TextEncoding::Utf8,
        })
    }
}

/// The dates read so far, to find a date read twice. Price files list their dates in
/// order, oldest or newest first, and then no date can repeat an earlier one unless it
/// repeats the one before it: no lookup table is needed until the order breaks (and
/// none is built for the millions of rows of an ordered file).
#[derive(Default)]
struct Dates {
    /// The direction of the dates so far.
    order: Option<std::cmp::Ordering>,
    /// Where each close kept starts in the text, in file order (its line is counted only
    /// if the table is ever needed); a file under the size limit is far below 4 GB.
    starts: Vec<u32>,
    /// Every date's first line, once the order broke.
    seen: Option<HashMap<NaiveDate, u64>>,
}

impl Dates {
    /// The line an earlier row had `date` on, or `None` after noting this row, which
    /// starts at byte `start`, as its first.
    fn first_line_of(
        &mut self,
        date: NaiveDate,
        start: u64,
        lines: &mut Lines<'_>,
        kept: &[(NaiveDate, Decimal)],
    ) -> Option<u64> {
        if self.seen.is_none() {
            let in_order = match kept.last() {
                None => true,
                Some((previous, _)) => {
                    let step = date.cmp(previous);
                    step != std::cmp::Ordering::Equal && *self.order.get_or_insert(step) == step
                }
            };
            if in_order {
                self.starts.push(u32::try_from(start).unwrap_or(u32::MAX));
                return None;
            }
            // The order broke: the kept rows' lines, counted once from the top.
            let mut earlier = Lines::new(lines.text);
            let table = kept
                .iter()
                .zip(&self.starts)
                .map(|((d, _), &s)| (*d, earlier.at(u64::from(s))));
            self.seen = Some(table.collect());
        }
        let seen = self.seen.get_or_insert_with(HashMap::new);
        match seen.get(&date) {
            Some(first) => Some(*first),
            None => {
                seen.insert(date, lines.at(start));
                None
            }
        }
    }
}

/// Line numbers, counted only as far as a row that needs one (a rejected row, a row of
/// a file whose dates are not in order). Counted here, not taken from csv, which counts
/// only `\n`: a file with classic-Mac `\r` line endings would report every row as line 1.
struct Lines<'t> {
    text: &'t str,
    counted_to: u64,
    line: u64,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        Self {
            text,
            counted_to: 0,
            line: 1,
        }
    }

    /// The line of the row starting at byte `start`; rows are asked for in file order.
    fn at(&mut self, start: u64) -> u64 {
        if start > self.counted_to {
            self.line += line_breaks(text_between(self.text, self.counted_to, start));
            self.counted_to = start;
        }
        self.line
    }
}

/// Which columns hold the date and close, learned from the first non-blank row.
struct Layout {
    date_col: usize,
    close_col: usize,
    /// Columns expected per row; more non-empty fields than this usually means an
    /// unquoted thousands separator split a close in two, which must not pass silently.
    width: usize,
    date_name: String,
    close_name: String,
    had_header: bool,
    /// The header's fields, empty without one.
    names: Vec<String>,
    /// Per column: sampled fields that read as a close, and whether one did not (an
    /// empty or `null` field counts neither way).
    numbers: Vec<(u64, bool)>,
}

impl Layout {
    fn detect(first: &(impl Row + ?Sized), columns: &PriceColumns) -> Result<Self, FieldError> {
        let fields: Vec<String> = (0..first.count())
            .map(|i| normalize(field(first, i)).into_owned())
            .collect();
        let requested = columns.close.as_deref().map(header_key);
        let no_such_column = |name: &str| {
            FieldError::new(
                FIELD,
                Message::id("csv-no-such-column")
                    .with("name", truncate(name))
                    .with("first", truncate(&fields.join(","))),
            )
        };
        if fields.first().is_some_and(|f| parse_date(f).is_some()) {
            let close_name = "column 2";
            if let (Some(key), Some(name)) = (&requested, &columns.close)
                && *key != header_key(close_name)
            {
                return Err(no_such_column(name));
            }
            return if fields.len() >= 2 {
                Ok(Self {
                    date_col: 0,
                    close_col: 1,
                    width: 2,
                    date_name: "column 1".into(),
                    close_name: close_name.into(),
                    had_header: false,
                    names: Vec::new(),
                    numbers: Vec::new(),
                })
            } else {
                Err(FieldError::new(FIELD, Message::id("csv-only-a-date")))
            };
        }
        let keys: Vec<String> = fields.iter().map(|f| header_key(f)).collect();
        let date_col = keys.iter().position(|k| DATE_NAMES.contains(&k.as_str()));
        let close_col = match (&requested, &columns.close) {
            (Some(key), Some(name)) => Some(
                keys.iter()
                    .position(|k| k == key)
                    .ok_or_else(|| no_such_column(name))?,
            ),
            _ => keys
                .iter()
                .position(|k| CLOSE_NAMES.contains(&k.as_str()))
                .or_else(|| keys.iter().position(|k| PRICE_NAMES.contains(&k.as_str()))),
        };
        let adjusted = keys.iter().any(|k| ADJUSTED_NAMES.contains(&k.as_str()));
        match (date_col, close_col) {
            (Some(d), Some(c)) => Ok(Self {
                date_col: d,
                close_col: c,
                width: fields.len(),
                date_name: fields[d].clone(),
                close_name: fields[c].clone(),
                had_header: true,
                numbers: vec![(0, false); fields.len()],
                names: fields,
            }),
            (_, None) if adjusted => Err(FieldError::new(
                FIELD,
                Message::id("csv-only-adjusted-close"),
            )),
            _ => Err(FieldError::new(
                FIELD,
                Message::id("csv-no-columns").with("first", truncate(&fields.join(","))),
            )),
        }
    }

    /// Notes which of a data row's fields read as a close.
    fn sample(&mut self, record: &(impl Row + ?Sized)) {
        for (i, (good, bad)) in self.numbers.iter_mut().enumerate().take(record.count()) {
            let field = normalize(field(record, i));
            if field.is_empty() || is_missing(&field) {
                continue;
            }
            match parse_close(&field) {
                Ok(_) => *good += 1,
                Err(_) => *bad = true,
            }
        }
    }

    /// The columns the close can be read from: see [`ParsedPrices::columns`].
    fn choices(&self) -> Vec<String> {
        self.names
            .iter()
            .zip(&self.numbers)
            .enumerate()
            .filter(|&(i, (name, &(good, bad)))| {
                i == self.close_col
                    || (i != self.date_col && good > 0 && !bad && !not_a_price(&header_key(name)))
            })
            .map(|(_, (name, _))| name.clone())
            .collect()
    }

    fn parse_row(
        &self,
        record: &(impl Row + ?Sized),
        month: &mut LastMonth,
    ) -> Result<(NaiveDate, Decimal), Message> {
        // Only a row of more fields than the layout's can have too many filled.
        let filled = match record.count() {
            count if count <= self.width => count,
            count => (0..count)
                .rposition(|i| record.get(i).is_some_and(|f| !is_blank(f)))
                .map_or(0, |i| i + 1),
        };
        if filled > self.width {
            return Err(Message::id("csv-too-many-fields")
                .with("fields", filled)
                .with("columns", self.width));
        }
        let date_text = normalize(field(record, self.date_col));
        let date = month.parse_date(&date_text).ok_or_else(|| {
            if date_text.is_empty() {
                Message::id("csv-date-empty")
            } else {
                Message::id("csv-date-unknown").with("text", truncate(&date_text))
            }
        })?;
        let close_text = normalize(field(record, self.close_col));
        let close = parse_close(&close_text)?;
        Ok((date, close))
    }
}

/// Header names after [`header_key`].
const DATE_NAMES: &[&str] = &[
    "date",
    "tradedate",
    "tradingdate",
    "日付",
    "年月日",
    "日時",
    "取引日",
];
const CLOSE_NAMES: &[&str] = &["close", "closeprice", "closingprice", "終値"];
/// The close when no column is called close (investing.com's `Price`).
const PRICE_NAMES: &[&str] = &["price", "last", "lastprice"];
const ADJUSTED_NAMES: &[&str] = &["adjclose", "adjustedclose", "adjustmentclose", "調整後終値"];

/// Whether a column (by [`header_key`]) holds adjusted prices.
fn is_adjusted(key: &str) -> bool {
    ADJUSTED_NAMES.contains(&key) || key.starts_with("adj") || key.contains("調整")
}

/// Numeric columns that are no price: volumes, turnover, security codes, J-Quants'
/// adjustment factor and limit flags, changes.
fn not_a_price(key: &str) -> bool {
    [
        "vol",
        "code",
        "turnover",
        "factor",
        "limit",
        "change",
        "出来高",
        "売買代金",
        "コード",
        "前日比",
        "騰落",
    ]
    .iter()
    .any(|word| key.contains(word))
}

/// What sources write where they have no price for a day: Yahoo's `null`, `NaN`,
/// `N/A` and the dashes of Japanese sites.
fn is_missing(text: &str) -> bool {
    const MISSING: &[&str] = &["null", "nan", "n/a", "-", "--", "---", "―", "—"];
    MISSING.iter().any(|m| text.eq_ignore_ascii_case(m))
}

/// Lower-cases a header and drops spaces, `_`, `-`, `*`, `.` and a trailing unit such
/// as `(円)`, so "Adj Close", "adj_close" and "調整後終値*" all match one name.
fn header_key(name: &str) -> String {
    let mut key: String = name
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '_' | '-' | '*' | '.'))
        .flat_map(char::to_lowercase)
        .collect();
    for unit in ["(円)", "(jpy)", "(yen)"] {
        if let Some(stripped) = key.strip_suffix(unit) {
            key = stripped.to_string();
        }
    }
    key
}

/// Maps full-width ASCII forms (digits, `，`, `．`, `／`, `－`, `（`) to ASCII and the
/// ideographic space to a space, then trims: Japanese spreadsheets mix both freely.
///
/// An ASCII field, nearly every field of nearly every file, is only trimmed, without
/// a copy: the import reads millions of them. ASCII white space is all at or below
/// `' '`, so a field that starts and ends above it needs no trimming at all.
fn normalize(field: &str) -> Cow<'_, str> {
    if field.is_ascii() {
        return match field.as_bytes() {
            [first, .., last] if *first > b' ' && *last > b' ' => Cow::Borrowed(field),
            _ => Cow::Borrowed(field.trim()),
        };
    }
    let mapped: String = field
        .chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            '\u{2212}' => '-',
            _ => c,
        })
        .collect();
    Cow::Owned(mapped.trim().to_owned())
}

/// Field `i` of a row ("" when the row is shorter).
fn field(record: &(impl Row + ?Sized), i: usize) -> &str {
    record.get(i).unwrap_or("")
}

/// Whether a field holds nothing but spaces (the ideographic space included).
fn is_blank(f: &str) -> bool {
    if f.is_ascii() {
        f.bytes().all(|b| b.is_ascii_whitespace())
    } else {
        normalize(f).is_empty()
    }
}

/// Dates as `2013-07-11`, `2013/7/11`, `2013.7.11`, `20130711` or `2013年7月11日`,
/// optionally followed by a time, which is ignored.
fn parse_date(text: &str) -> Option<NaiveDate> {
    if let Some(date) = iso_date(text) {
        return Some(date);
    }
    if text.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return parse_month_name_date(text);
    }
    let date_part = text
        .split(|c: char| c.is_whitespace() || c == 'T')
        .next()
        .unwrap_or("");
    let digits_only = date_part.bytes().all(|b| b.is_ascii_digit());
    if digits_only {
        if date_part.len() != 8 {
            return None;
        }
        let (y, md) = date_part.split_at(4);
        let (m, d) = md.split_at(2);
        return ymd(y, m, d);
    }
    let unified: Cow<'_, str> = if date_part.is_ascii() {
        Cow::Borrowed(date_part)
    } else {
        Cow::Owned(date_part.replace(['年', '月'], "-").replace('日', ""))
    };
    let mut parts = unified.split(['-', '/', '.']);
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() > 2 || d.len() > 2 {
        return None;
    }
    ymd(y, m, d)
}

/// `Jul 11, 2013`, `July 11 2013` or `Sept. 3, 2013` (investing.com's dates); the
/// month's name may be cut to three letters or more, in any case.
fn parse_month_name_date(text: &str) -> Option<NaiveDate> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let mut words = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let (month, day, year) = (words.next()?, words.next()?, words.next()?);
    if words.next().is_some() || day.len() > 2 || year.len() != 4 {
        return None;
    }
    let month = month
        .strip_suffix('.')
        .unwrap_or(month)
        .to_ascii_lowercase();
    let m = MONTHS
        .iter()
        .position(|name| month.len() >= 3 && name.starts_with(&month))?;
    ymd(year, &(m + 1).to_string(), day)
}

/// The month of the last ISO date read. Rows come a day or a few apart, so most dates
/// fall in the month of the one before: read as that month's first day plus some days,
/// they skip most of chrono's calendar arithmetic (3 % of the 150,000-row import).
#[derive(Default)]
struct LastMonth {
    /// `YYYY-MM-`, how that month's dates begin.
    prefix: [u8; 8],
    /// Its first day and the next month's; `None` before the first ISO date.
    days: Option<(NaiveDate, NaiveDate)>,
}

impl LastMonth {
    /// [`parse_date`], faster for an ISO date in the month of the last one.
    fn parse_date(&mut self, text: &str) -> Option<NaiveDate> {
        let b = text.as_bytes();
        if let Some((first, next)) = self.days
            && b.len() == 10
            && b[..8] == self.prefix
            && b[8].is_ascii_digit()
            && b[9].is_ascii_digit()
        {
            let day = u64::from(b[8] - b'0') * 10 + u64::from(b[9] - b'0');
            if let Some(date) = day
                .checked_sub(1)
                .and_then(|after_first| first.checked_add_days(chrono::Days::new(after_first)))
                && date < next
            {
                return Some(date);
            }
        }
        let Some(date) = iso_date(text) else {
            return parse_date(text);
        };
        if let (Some(first), Some(prefix)) = (date.with_day(1), b.first_chunk::<8>())
            && let Some(next) = first.checked_add_months(chrono::Months::new(1))
        {
            self.prefix = *prefix;
            self.days = Some((first, next));
        }
        Some(date)
    }
}

/// `2013-07-11` exactly, the form nearly every file uses, read without splitting.
fn iso_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(
        i32::try_from(number(0..4)?).ok()?,
        number(5..7)?,
        number(8..10)?,
    )
}

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(y) && all_digits(m) && all_digits(d)) {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// The common close, digits with at most one point and at most 18 of them
/// ("3450", "3450.5"), read without the general path's checks; `None` for anything
/// else, a zero included (the general path words why it is refused).
fn plain_close(text: &str) -> Option<Decimal> {
    let bytes = text.as_bytes();
    if bytes.is_empty() || bytes.len() > 18 {
        return None;
    }
    let (mut mantissa, mut scale, mut point) = (0u64, 0u32, false);
    for &b in bytes {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                scale += u32::from(point);
            }
            b'.' if !point => point = true,
            _ => return None,
        }
    }
    let digits_after_point = bytes.last() != Some(&b'.') && bytes.first() != Some(&b'.');
    // At most 18 digits: below 2^60, so the low and middle words hold it, and the scale
    // is at most 17. Built from its words: `Decimal::new` is not inlined here, and its
    // result, copied back through memory, stalled every row.
    let (low, middle) = (mantissa as u32, (mantissa >> 32) as u32);
    (mantissa > 0 && (!point || digits_after_point))
        .then(|| Decimal::from_parts(low, middle, 0, false, scale))
}

/// A positive decimal close. Commas are accepted only as thousands separators in
/// groups of three (`3,450`, `1,234,567.5`): `3,45` is rejected rather than guessed,
/// since in a `;`-delimited European file it would mean 3.45.
fn parse_close(text: &str) -> Result<Decimal, Message> {
    if let Some(value) = plain_close(text) {
        return Ok(value);
    }
    let mut s = text.trim();
    s = s.strip_suffix('円').unwrap_or(s).trim_end();
    s = s.strip_prefix(['¥', '￥']).unwrap_or(s).trim_start();
    if s.is_empty() {
        return Err(Message::id("csv-close-empty"));
    }
    if is_missing(s) {
        return Err(Message::id("csv-close-missing").with("text", truncate(text)));
    }
    let not_number = || Message::id("csv-close-not-number").with("text", truncate(text));
    let (sign, body) = match s.as_bytes()[0] {
        b'-' | b'+' => s.split_at(1),
        _ => ("", s),
    };
    let (int_part, frac_part) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let int_ok = if int_part.contains(',') {
        let mut groups = int_part.split(',');
        let head = groups.next().unwrap_or("");
        digits(head) && head.len() <= 3 && groups.all(|g| g.len() == 3 && digits(g))
    } else {
        digits(int_part) || (int_part.is_empty() && frac_part.is_some())
    };
    if !int_ok || frac_part.is_some_and(|f| !digits(f)) {
        return Err(not_number());
    }
    // Without separators or a `+` the text is already what Decimal reads.
    let plain: Cow<'_, str> = if sign != "+" && !s.contains(',') {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(format!("{sign}{}", s[sign.len()..].replace(',', "")))
    };
    let value = Decimal::from_str(&plain).map_err(|_| not_number())?;
    if value <= Decimal::ZERO {
        return Err(Message::id("csv-close-not-positive").with("text", truncate(text)));
    }
    Ok(value)
}

/// Delimiter from the first non-blank line, counting only outside quotes: a tab or
/// `;` wins over `,` because commas also appear as thousands separators.
fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let (mut tabs, mut semicolons) = (0usize, 0usize);
    let mut quoted = false;
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            '\t' if !quoted => tabs += 1,
            ';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if tabs > 0 {
        b'\t'
    } else if semicolons > 0 {
        b';'
    } else {
        b','
    }
}

/// Byte offset where a record's text begins. csv reports the position before the
/// blank lines it skipped, so step over those line endings here.
fn record_start(text: &str, position: &csv::Position) -> u64 {
    let bytes = text.as_bytes();
    let mut at = usize::try_from(position.byte()).unwrap_or(usize::MAX);
    loop {
        match (bytes.get(at), bytes.get(at.saturating_add(1))) {
            (Some(b'\r'), Some(b'\n')) => at += 2,
            (Some(b'\r' | b'\n'), _) => at += 1,
            _ => break,
        }
    }
    at as u64
}

/// The record's raw text, without its final line ending.
fn record_text(text: &str, start: u64, end: u64) -> &str {
    text_between(text, start, end).trim_end_matches(['\r', '\n'])
}

/// `text[start..end]`, empty when the offsets are out of range or not char boundaries.
fn text_between(text: &str, start: u64, end: u64) -> &str {
    let start = usize::try_from(start).unwrap_or(usize::MAX);
    let end = usize::try_from(end).unwrap_or(usize::MAX).min(text.len());
    text.get(start..end).unwrap_or("")
}

/// The record's first line for the rejection list. A record spans several lines when a
/// quoted field does (often a quote left open); the list shows one line per entry.
fn line_text(text: &str, start: u64, end: u64) -> String {
    let raw = record_text(text, start, end);
    let first = raw.split(['\r', '\n']).next().unwrap_or("");
    let shown = truncate(first);
    if first.len() < raw.len() && shown.len() == first.len() {
        format!("{shown}…")
    } else {
        shown
    }
}

/// Line breaks inside a record, not counting its final line ending.
fn record_line_breaks(text: &str, start: u64, end: u64) -> u64 {
    line_breaks(record_text(text, start, end))
}

/// `\r\n`, `\n` and a lone `\r` each count as one line break, as csv ends records on each.
fn line_breaks(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut n = 0u64;
    for (i, &c) in b.iter().enumerate() {
        if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            n += 1;
        }
    }
    n
}

/// At most [`MAX_LINE_TEXT`] characters of one line, "…" marking a cut: a quoted field
/// that swallowed later rows is quoted only up to its first line break.
fn truncate(s: &str) -> String {
    let end = s.find(['\n', '\r']);
    let line = &s[..end.unwrap_or(s.len())];
    match line.char_indices().nth(MAX_LINE_TEXT) {
        Some((i, _)) => format!("{}…", &line[..i]),
        None if end.is_some() => format!("{line}…"),
        None => line.to_string(),
    }
}

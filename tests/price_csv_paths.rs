//! The import splits a file without quotes itself (`src/price_csv/quote_free.rs`, for
//! speed) and any other file with the csv crate. These check that the two give the same
//! import, rejected lines and errors included, on generated price files and on the
//! sources' fixtures: the quote-free reader must never change what a file imports.

use offering_desk::domain::FieldError;
use offering_desk::price_csv::{
    ParsedPrices, PriceColumns, parse_price_csv_with_csv_crate, parse_price_csv_with_progress,
};
use offering_desk::text_encoding::decode_text;
use proptest::prelude::*;

/// Both readers on `text`, cancelling at the `cancel_at`-th progress call if given.
fn both(
    text: &str,
    columns: &PriceColumns,
    cancel_at: Option<u32>,
) -> [(Result<ParsedPrices, FieldError>, u32); 2] {
    let run = |csv_crate: bool| {
        let mut calls = 0u32;
        let progress = |_: u64, _: u64| {
            calls += 1;
            cancel_at != Some(calls)
        };
        let parsed = if csv_crate {
            parse_price_csv_with_csv_crate(text, columns, progress)
        } else {
            parse_price_csv_with_progress(text, columns, progress)
        };
        (parsed, calls)
    };
    [run(false), run(true)]
}

/// The headers of the layouts the import's tests use (`None`: no header, `date,close`).
const LAYOUTS: &[Option<&[&str]>] = &[
    None,
    Some(&["Date", "Close"]),
    // Yahoo Finance
    Some(&[
        "Date",
        "Open",
        "High",
        "Low",
        "Close",
        "Adj Close",
        "Volume",
    ]),
    // stooq
    Some(&["Date", "Open", "High", "Low", "Close", "Volume"]),
    // J-Quants daily quotes
    Some(&[
        "Date",
        "Code",
        "Open",
        "High",
        "Low",
        "Close",
        "UpperLimit",
        "LowerLimit",
        "Volume",
        "TurnoverValue",
        "AdjustmentFactor",
        "AdjustmentOpen",
        "AdjustmentHigh",
        "AdjustmentLow",
        "AdjustmentClose",
        "AdjustmentVolume",
    ]),
    // Japanese brokers, the adjusted close last
    Some(&[
        "日付",
        "始値",
        "高値",
        "安値",
        "終値",
        "出来高",
        "調整後終値",
    ]),
    // investing.com without its quotes
    Some(&["Date", "Price", "Open", "High", "Low", "Vol.", "Change %"]),
    // no close column: an error either way
    Some(&["Date", "Open"]),
];

/// A date as the sources write it, `day` days after 1999-12-27 (a Monday).
fn date_text(day: u16, style: u8) -> String {
    let date =
        chrono::NaiveDate::from_ymd_opt(1999, 12, 27).unwrap() + chrono::Days::new(u64::from(day));
    let format = match style {
        0 => "%Y-%m-%d",
        1 => "%Y/%-m/%-d",
        2 => "%Y%m%d",
        3 => "%Y年%-m月%-d日",
        4 => "%b %-d %Y",
        _ => "%Y-%m-%dT09:00:00",
    };
    date.format(format).to_string()
}

/// A field that may hold a close, a volume or something a source writes instead.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => (1u32..20_000_000, 0u32..4)
            .prop_map(|(m, scale)| rust_decimal::Decimal::new(i64::from(m), scale).to_string()),
        1 => Just("null".to_owned()),
        1 => Just(String::new()),
        1 => Just(" ".to_owned()),
        1 => Just("-".to_owned()),
        1 => Just("0".to_owned()),
        1 => Just("-12.5".to_owned()),
        1 => Just("３４５０".to_owned()),
        1 => Just("3450円".to_owned()),
        1 => Just("¥3450".to_owned()),
        1 => Just("12.".to_owned()),
        1 => Just("x".repeat(230)),
        1 => "[0-9a-zA-Z .,/\\-円年月日　]{0,12}",
    ]
}

/// One line of a generated file, without its line ending.
#[derive(Debug, Clone)]
enum Line {
    /// A date and `width` more fields (the layout's width ± 2).
    Row {
        day: u16,
        style: u8,
        cells: Vec<String>,
    },
    /// Text that is no row: empty, spaces, delimiters only, or anything without a quote.
    Other(String),
}

fn line() -> impl Strategy<Value = Line> {
    prop_oneof![
        12 => (0u16..60, 0u8..7, prop::collection::vec(cell(), 0..18))
            .prop_map(|(day, style, cells)| Line::Row { day, style, cells }),
        1 => Just(Line::Other(String::new())),
        1 => Just(Line::Other("  \t ".to_owned())),
        1 => Just(Line::Other("\u{3000}".to_owned())),
        1 => Just(Line::Other(",,;;".to_owned())),
        1 => "[^\"]{0,40}".prop_map(Line::Other),
        1 => "[0-9０-９,;\t\r\n/\\-.年月日円，．¥ a-zDC]{0,40}".prop_map(Line::Other),
    ]
}

/// A generated file and the columns asked for.
#[derive(Debug, Clone)]
struct File {
    layout: usize,
    delimiter: char,
    /// Each line's ending: `\n`, `\r\n` or `\r` (0, 1, 2); 3 ends the file without one.
    endings: Vec<u8>,
    /// Byte order marks before the text: one is common, two are not (the csv crate drops
    /// the second, so a file with two is read by it).
    boms: usize,
    blank_lines_first: usize,
    lines: Vec<Line>,
    /// The rows' order: as generated, oldest first, newest first.
    order: u8,
    /// Index into the header (wrapping) of the close asked for, or the plain close.
    close: Option<usize>,
}

fn file() -> impl Strategy<Value = File> {
    (
        0..LAYOUTS.len(),
        prop_oneof![4 => Just(','), 1 => Just(';'), 1 => Just('\t')],
        prop::collection::vec(0u8..4, 1..8),
        prop_oneof![3 => Just(0usize), 3 => Just(1), 1 => Just(2)],
        0usize..3,
        prop::collection::vec(line(), 0..40),
        0u8..3,
        prop::option::weighted(0.2, 0usize..20),
    )
        .prop_map(
            |(layout, delimiter, endings, boms, blank_lines_first, lines, order, close)| File {
                layout,
                delimiter,
                endings,
                boms,
                blank_lines_first,
                lines,
                order,
                close,
            },
        )
}

impl File {
    fn text(&self) -> String {
        let header = LAYOUTS[self.layout];
        let width = header.map_or(2, <[&str]>::len);
        let mut lines = self.lines.clone();
        let day = |l: &Line| match l {
            Line::Row { day, .. } => *day,
            Line::Other(_) => 0,
        };
        match self.order {
            1 => lines.sort_by_key(day),
            2 => lines.sort_by_key(|l| std::cmp::Reverse(day(l))),
            _ => {}
        }
        let delimiter = self.delimiter.to_string();
        let mut texts: Vec<String> = vec![String::new(); self.blank_lines_first];
        texts.extend(header.map(|h| h.join(&delimiter)));
        texts.extend(lines.iter().map(|l| match l {
            Line::Row { day, style, cells } => {
                // Mostly the layout's width; a few rows one or two fields short or long.
                let n = match cells.len() % 7 {
                    0 => (width + 1).saturating_sub(2),
                    1 => width + 1,
                    _ => width,
                };
                let mut fields = vec![date_text(*day, *style)];
                fields.extend(cells.iter().cycle().take(n.saturating_sub(1)).cloned());
                while fields.len() < n {
                    fields.push("3450".to_owned());
                }
                fields.join(&delimiter)
            }
            Line::Other(text) => text.clone(),
        }));
        let mut text = "\u{feff}".repeat(self.boms);
        for (i, line) in texts.iter().enumerate() {
            text.push_str(line);
            let last = i + 1 == texts.len();
            text.push_str(match self.endings[i % self.endings.len()] {
                0 => "\n",
                1 => "\r\n",
                2 => "\r",
                _ if last => "",
                _ => "\n",
            });
        }
        text
    }

    fn columns(&self) -> PriceColumns {
        let header = LAYOUTS[self.layout].unwrap_or(&["column 2", "Adj Close"]);
        PriceColumns {
            close: self.close.map(|i| header[i % header.len()].to_owned()),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn quote_free_files_import_as_through_the_csv_crate(file in file()) {
        let text = file.text();
        prop_assert!(!text.contains('"'));
        let [(fast, _), (crate_path, _)] = both(&text, &file.columns(), None);
        prop_assert_eq!(fast, crate_path, "{:?}", text);
    }

    #[test]
    fn any_text_without_quotes_imports_as_through_the_csv_crate(
        text in "[^\"]{0,300}",
    ) {
        let [(fast, _), (crate_path, _)] = both(&text, &PriceColumns::default(), None);
        prop_assert_eq!(fast, crate_path);
    }
}

/// A `Date,Close` header and `rows` rows one day apart; after every fiftieth, thirty
/// empty lines and one of spaces (the csv crate returns the spaces as a row, not the
/// empty lines).
fn long_file(rows: u32) -> String {
    let start = chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
    let mut text = String::from("Date,Close\n");
    for i in 0..rows {
        text.push_str(&format!(
            "{},{}\n",
            start + chrono::Days::new(u64::from(i)),
            1000 + i
        ));
        if i % 50 == 0 {
            text.push_str(&"\n".repeat(30));
            text.push_str("  \n");
        }
    }
    text
}

#[test]
fn progress_is_reported_and_cancelled_at_the_same_rows() {
    // 16,200 rows, the header and 324 lines of spaces are 16,525 rows; with the read
    // that finds the end, 16,526 reads: progress at the 8,192nd and the 16,384th. Were
    // the 9,720 empty lines counted it would be called 3 times, were the lines of
    // spaces not counted (16,202 reads) once.
    let text = long_file(16_200);
    let [(fast, fast_calls), (crate_path, crate_calls)] =
        both(&text, &PriceColumns::default(), None);
    assert_eq!((fast_calls, crate_calls), (2, 2));
    assert_eq!(fast.unwrap().closes.len(), 16_200);
    assert_eq!(crate_path.unwrap().closes.len(), 16_200);
    for cancel_at in [1, 2] {
        let [(fast, fast_calls), (crate_path, crate_calls)] =
            both(&text, &PriceColumns::default(), Some(cancel_at));
        assert_eq!((fast_calls, crate_calls), (cancel_at, cancel_at));
        assert_eq!(fast, crate_path);
        assert!(fast.unwrap_err().message().contains("cancel"));
    }
}

#[test]
fn the_sources_fixtures_import_alike() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sources");
    for name in [
        "yahoo.csv",
        "stooq.csv",
        "jquants.csv",
        "broker-sjis.csv",
        "investing.csv",
    ] {
        let (text, _) = decode_text(&std::fs::read(dir.join(name)).unwrap()).unwrap();
        let [(fast, _), (crate_path, _)] = both(&text, &PriceColumns::default(), None);
        assert!(fast.is_ok(), "{name}");
        assert_eq!(fast, crate_path, "{name}");
    }
}

//! CSV import of closes: each tolerated format, rejected-line reporting, and a
//! property test that no input panics.

use std::str::FromStr;

use chrono::NaiveDate;
use offering_desk::price_csv::{ParsedPrices, PriceColumns, parse_price_csv, parse_price_csv_with};
use offering_desk::text_encoding::{TextEncoding, decode_text};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).expect("valid decimal")
}

fn closes(p: &ParsedPrices) -> Vec<(NaiveDate, Decimal)> {
    p.closes.clone()
}

/// The three IIJ-style closes most tests expect, ascending.
fn expected_three() -> Vec<(NaiveDate, Decimal)> {
    vec![
        (d(2013, 7, 9), dec("3405")),
        (d(2013, 7, 10), dec("3420")),
        (d(2013, 7, 11), dec("3450")),
    ]
}

#[test]
fn plain_date_close_header() {
    let p =
        parse_price_csv("Date,Close\n2013-07-09,3405\n2013-07-10,3420\n2013-07-11,3450\n").unwrap();
    assert_eq!(closes(&p), expected_three());
    assert!(p.had_header);
    assert_eq!(p.date_column, "Date");
    assert_eq!(p.close_column, "Close");
    assert!(p.rejected.is_empty());
}

#[test]
fn yahoo_layout_uses_close_not_adj_close_and_rejects_null_rows() {
    let text = "\
Date,Open,High,Low,Close,Adj Close,Volume
2013-07-09,3400.0,3410.0,3390.0,3405.0,17.025,120000
2013-07-10,null,null,null,null,null,null
2013-07-11,3420.5,3460.0,3415.0,3450.0,17.25,98000
";
    let p = parse_price_csv(text).unwrap();
    assert_eq!(p.close_column, "Close");
    assert_eq!(
        closes(&p),
        vec![
            (d(2013, 7, 9), dec("3405.0")),
            (d(2013, 7, 11), dec("3450.0")),
        ]
    );
    assert_eq!(p.rejected.len(), 1);
    assert_eq!(p.rejected[0].line, 3);
    assert_eq!(
        p.rejected[0].text,
        "2013-07-10,null,null,null,null,null,null"
    );
    assert_eq!(
        english(&p.rejected[0]),
        "no close on this date (the file says \"null\": no trading, or no data from the source)"
    );
}

#[test]
fn japanese_newest_first_with_thousands_yen_and_full_width() {
    // Newest first, as kabutan / Yahoo! ファイナンス list them; quoted "3,450",
    // full-width ３，４２０, trailing 円, slash dates without zero padding.
    let text = "\
日付,始値,高値,安値,終値,出来高,調整後終値
2013/7/11,\"3,420\",\"3,460\",\"3,415\",\"3,450\",98000,\"3,450\"
2013/7/10,3400,3430,3390,３，４２０,110000,3420
2013/07/09,3400,3410,3390,3405円,120000,3405
";
    let p = parse_price_csv(text).unwrap();
    assert_eq!(closes(&p), expected_three());
    assert_eq!(p.date_column, "日付");
    assert_eq!(p.close_column, "終値");
    assert!(p.rejected.is_empty(), "{:?}", p.rejected);
}

#[test]
fn no_header_two_columns() {
    let p = parse_price_csv("2013-07-11,3450\n2013-07-09,3405\n2013-07-10,3420\n").unwrap();
    assert_eq!(closes(&p), expected_three());
    assert!(!p.had_header);
    assert_eq!(p.date_column, "column 1");
    assert_eq!(p.close_column, "column 2");
}

#[test]
fn bom_semicolon_tab_and_date_styles() {
    let with_bom =
        "\u{feff}Date,Close\r\n2013-07-09,3405\r\n2013-07-10,3420\r\n2013-07-11,3450\r\n";
    let p = parse_price_csv(with_bom).unwrap();
    assert_eq!(closes(&p), expected_three());
    assert_eq!(p.date_column, "Date");

    // Semicolons: an unquoted comma inside the close is a thousands separator.
    let semicolon = "Date;Close\n2013-07-09;3405\n2013-07-10;3,420\n2013-07-11;\"3,450\"\n";
    assert_eq!(
        closes(&parse_price_csv(semicolon).unwrap()),
        expected_three()
    );

    let tab = "日付\t終値\n2013/07/09\t3405\n2013/07/10\t3,420\n2013/07/11\t3450円\n";
    assert_eq!(closes(&parse_price_csv(tab).unwrap()), expected_three());

    let compact = "20130709,3405\n20130710,3420\n20130711,3450\n";
    assert_eq!(closes(&parse_price_csv(compact).unwrap()), expected_three());

    let mixed = "2013年7月9日,3405\n２０１３／０７／１０,3420\n2013-07-11 15:00:00,3450\n";
    assert_eq!(closes(&parse_price_csv(mixed).unwrap()), expected_three());
}

#[test]
fn decimals_stay_exact() {
    let p =
        parse_price_csv("Date,Close\n2013-07-11,\"1,234,567.125\"\n2013-07-12,０．１\n").unwrap();
    assert_eq!(
        closes(&p),
        vec![
            (d(2013, 7, 11), dec("1234567.125")),
            (d(2013, 7, 12), dec("0.1")),
        ]
    );
}

#[test]
fn rejected_lines_carry_line_numbers_and_reasons() {
    let text = "\
Date,Close

2013-07-09,3405
2013-13-01,3400
2013-07-10,0
2013-07-10,-5
,
2013-07-11,abc
2013-07-09,3999
2013-07-12,3,460
2013-07-15,\"3,46\"
2013-07-16,
Total,123
2013-07-11,3450
";
    let p = parse_price_csv(text).unwrap();
    assert_eq!(
        closes(&p),
        vec![(d(2013, 7, 9), dec("3405")), (d(2013, 7, 11), dec("3450"))]
    );
    let got: Vec<(u64, &str)> = p
        .rejected
        .iter()
        .map(|r| (r.line, r.text.as_str()))
        .collect();
    // Line 2 is blank and line 7 holds only empty fields: skipped silently.
    assert_eq!(
        got,
        vec![
            (4, "2013-13-01,3400"),
            (5, "2013-07-10,0"),
            (6, "2013-07-10,-5"),
            (8, "2013-07-11,abc"),
            (9, "2013-07-09,3999"),
            (10, "2013-07-12,3,460"),
            (11, "2013-07-15,\"3,46\""),
            (12, "2013-07-16,"),
            (13, "Total,123"),
        ]
    );
    let reasons: Vec<String> = p.rejected.iter().map(english).collect();
    assert!(reasons[0].contains("date \"2013-13-01\" is not understood"));
    assert!(reasons[1].contains("must be positive"));
    assert!(reasons[2].contains("must be positive"));
    assert!(reasons[3].contains("\"abc\" is not a number"));
    assert!(reasons[4].contains("duplicate date 2013-07-09"));
    assert!(reasons[4].contains("line 3"), "{}", reasons[4]);
    assert!(reasons[5].contains("must be quoted"));
    assert!(reasons[6].contains("not a number"));
    assert!(reasons[7].contains("empty"));
    assert!(reasons[8].contains("\"Total\""));
}

#[test]
fn iso_days_past_the_end_of_the_month_before_are_rejected() {
    // Each date after the first is in the month of the row above, which the import reads
    // as that month's first day plus some days: the month's length must still hold.
    // February has 29 days in 2012 (divisible by 4) and 28 in 2013; April has 30.
    let text = "\
Date,Close
2012-02-28,1
2012-02-29,2
2013-02-28,3
2013-02-29,4
2013-04-30,5
2013-04-31,6
2013-04-00,7
2013-04-1T,8
2013-12-31,9
2013-12-32,10
";
    let p = parse_price_csv(text).unwrap();
    // `2013-04-1T` is 1 April with a time cut off after the `T`, as in `2013-04-1T09:00`.
    assert_eq!(
        closes(&p),
        vec![
            (d(2012, 2, 28), dec("1")),
            (d(2012, 2, 29), dec("2")),
            (d(2013, 2, 28), dec("3")),
            (d(2013, 4, 1), dec("8")),
            (d(2013, 4, 30), dec("5")),
            (d(2013, 12, 31), dec("9")),
        ]
    );
    let got: Vec<(u64, String)> = p.rejected.iter().map(|r| (r.line, english(r))).collect();
    let unknown = |date: &str| {
        format!("date \"{date}\" is not understood; use 2013-07-11, 2013/7/11 or 20130711")
    };
    assert_eq!(
        got,
        vec![
            (5, unknown("2013-02-29")),
            (7, unknown("2013-04-31")),
            (8, unknown("2013-04-00")),
            (11, unknown("2013-12-32")),
        ]
    );
}

#[test]
fn duplicate_keeps_the_first_in_file_order_even_when_newest_first() {
    let text = "日付,終値\n2013/07/11,3450\n2013/07/10,3420\n2013/07/11,9999\n2013/07/09,3405\n";
    let p = parse_price_csv(text).unwrap();
    assert_eq!(closes(&p), expected_three());
    assert_eq!(p.rejected.len(), 1);
    assert_eq!(p.rejected[0].line, 4);
    assert!(english(&p.rejected[0]).contains("line 2"));
}

#[test]
fn quoted_field_spanning_lines_keeps_later_line_numbers_right() {
    let text = "Date,Close,Note\n2013-07-09,3405,\"two\nlines\"\n2013-07-10,x,\n2013-07-11,3450,\n";
    let p = parse_price_csv(text).unwrap();
    assert_eq!(p.closes.len(), 2);
    assert_eq!(p.rejected.len(), 1);
    assert_eq!(p.rejected[0].line, 4);
    assert_eq!(p.rejected[0].text, "2013-07-10,x,");
}

#[test]
fn nothing_usable_is_an_error() {
    for text in ["", "\n\n  \n", "\u{feff}"] {
        let err = parse_price_csv(text).unwrap_err();
        assert_eq!(err.field, "price_history.csv");
    }
    let err = parse_price_csv("Date,Open\n2013-07-11,3450\n").unwrap_err();
    assert_eq!(err.field, "price_history.csv");
    assert!(err.message().contains("close"), "{}", err.message());

    let err = parse_price_csv("Date,Adj Close\n2013-07-11,3450\n").unwrap_err();
    assert!(err.message().contains("adjusted"), "{}", err.message());

    let err = parse_price_csv("foo,bar\n1,2\n").unwrap_err();
    assert!(err.message().contains("foo,bar"), "{}", err.message());

    let err = parse_price_csv("2013-07-11\n2013-07-12\n").unwrap_err();
    assert!(err.message().contains("date,close"), "{}", err.message());

    let err = parse_price_csv("Date,Close\n2013-07-11,null\nbad,1\n").unwrap_err();
    assert!(
        err.message().contains("2 line(s) rejected"),
        "{}",
        err.message()
    );
    assert!(err.message().contains("line 2"), "{}", err.message());
}

fn arb_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..20_000).prop_map(|n| d(1980, 1, 1) + chrono::Days::new(n as u64))
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = parse_price_csv(&text);
    }

    #[test]
    fn csv_like_text_never_panics(
        text in "[0-9０-９,;\t\"\r\n/\\-.年月日円，．¥ a-zDC\u{feff}]{0,300}"
    ) {
        if let Ok(p) = parse_price_csv(&text) {
            prop_assert!(!p.closes.is_empty());
            prop_assert!(p.closes.windows(2).all(|w| w[0].0 < w[1].0));
            prop_assert!(p.closes.iter().all(|(_, c)| *c > Decimal::ZERO));
        }
    }

    #[test]
    fn shuffled_rows_come_back_sorted(
        rows in prop::collection::btree_map(arb_date(), 1u32..10_000_000, 1..40),
        reverse in any::<bool>(),
    ) {
        let mut lines: Vec<String> = rows
            .iter()
            .map(|(date, cents)| {
                format!("{},\"{}\"", date.format("%Y/%m/%d"), Decimal::new(i64::from(*cents), 2))
            })
            .collect();
        if reverse {
            lines.reverse();
        }
        let text = format!("日付,終値\n{}\n", lines.join("\n"));
        let p = parse_price_csv(&text).unwrap();
        let expected: Vec<(NaiveDate, Decimal)> = rows
            .iter()
            .map(|(date, cents)| (*date, Decimal::new(i64::from(*cents), 2)))
            .collect();
        prop_assert_eq!(p.closes, expected);
        prop_assert!(p.rejected.is_empty());
    }
}

#[test]
fn blank_lines_and_crlf_do_not_shift_line_numbers() {
    let text = "Date,Close\r\n\r\n2013-07-09,x\r\n\r\n\r\n2013-07-10,1\r\n\n2013-07-11,-1\r\n";
    let p = parse_price_csv(text).unwrap();
    assert_eq!(p.closes, vec![(d(2013, 7, 10), dec("1"))]);
    let got: Vec<(u64, &str)> = p
        .rejected
        .iter()
        .map(|r| (r.line, r.text.as_str()))
        .collect();
    assert_eq!(got, vec![(3, "2013-07-09,x"), (8, "2013-07-11,-1")]);
}

/// Why a line was rejected, in English.
fn english(r: &offering_desk::price_csv::RejectedLine) -> String {
    r.reason_in(offering_desk::i18n::Language::English)
}

/// A file of tests/fixtures/sources/ (written by its make.py), decoded as the app does.
fn source(name: &str) -> (String, TextEncoding) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/sources")
        .join(name);
    decode_text(&std::fs::read(path).unwrap()).expect("the fixture decodes")
}

fn parse_source(name: &str) -> ParsedPrices {
    parse_price_csv(&source(name).0).unwrap()
}

fn with_close(name: &str, column: &str) -> ParsedPrices {
    let columns = PriceColumns {
        close: Some(column.to_owned()),
    };
    parse_price_csv_with(&source(name).0, &columns).unwrap()
}

fn close_on(p: &ParsedPrices, date: NaiveDate) -> Decimal {
    p.closes
        .iter()
        .find(|(d, _)| *d == date)
        .map(|(_, c)| *c)
        .unwrap_or_else(|| panic!("no close on {date}"))
}

fn rejected(p: &ParsedPrices) -> Vec<(u64, String)> {
    p.rejected.iter().map(|r| (r.line, english(r))).collect()
}

/// July 2013's 14 trading days in every fixture but J-Quants: 3,365 on the 1st … 3,540
/// on the 19th, 3,450 on the 11th (the 15th is a holiday).
fn assert_july(p: &ParsedPrices, count: usize) {
    assert_eq!(p.closes.len(), count);
    assert_eq!(p.closes[0], (d(2013, 7, 1), dec("3365")));
    assert_eq!(p.closes[count - 1], (d(2013, 7, 19), dec("3540")));
    assert_eq!(close_on(p, d(2013, 7, 11)), dec("3450"));
    assert!(p.closes.windows(2).all(|w| w[0].0 < w[1].0));
}

#[test]
fn yahoo_finance_download() {
    let p = parse_source("yahoo.csv");
    assert_eq!(
        (p.date_column.as_str(), p.close_column.as_str()),
        ("Date", "Close")
    );
    assert!(!p.adjusted);
    // 14 trading days and the holiday of the 15th; the 3rd and the 15th are null rows.
    assert_july(&p, 13);
    assert_eq!(close_on(&p, d(2013, 7, 2)), dec("3390.000000"));
    let null =
        "no close on this date (the file says \"null\": no trading, or no data from the source)";
    assert_eq!(
        rejected(&p),
        vec![(4, null.to_owned()), (12, null.to_owned())]
    );
    assert_eq!(
        p.rejected[1].text,
        "2013-07-15,null,null,null,null,null,null"
    );
    assert_eq!(p.columns, ["Open", "High", "Low", "Close", "Adj Close"]);

    // Adj Close on request: 98 % of the close here (dividends), and flagged adjusted.
    let adjusted = with_close("yahoo.csv", "Adj Close");
    assert_eq!(adjusted.close_column, "Adj Close");
    assert!(adjusted.adjusted);
    assert_eq!(adjusted.closes[0], (d(2013, 7, 1), dec("3297.7")));
    assert_eq!(adjusted.closes.len(), 13);
}

#[test]
fn stooq_download() {
    let p = parse_source("stooq.csv");
    assert_eq!(
        (p.date_column.as_str(), p.close_column.as_str()),
        ("Date", "Close")
    );
    assert_july(&p, 14);
    assert!(p.rejected.is_empty(), "{:?}", p.rejected);
    assert_eq!(p.columns, ["Open", "High", "Low", "Close"]);
}

#[test]
fn investing_com_download_newest_first() {
    let (text, encoding) = source("investing.csv");
    assert_eq!(encoding, TextEncoding::Utf8WithBom);
    let p = parse_price_csv(&text).unwrap();
    // `Price` is the close; "Jul 11, 2013" and "3,450.0" read; newest first, sorted here.
    assert_eq!(
        (p.date_column.as_str(), p.close_column.as_str()),
        ("Date", "Price")
    );
    assert_july(&p, 14);
    assert_eq!(close_on(&p, d(2013, 7, 11)).to_string(), "3450.0");
    assert!(p.rejected.is_empty(), "{:?}", p.rejected);
    // "951.40K" and "0.85%" are no numbers: not offered as the close.
    assert_eq!(p.columns, ["Price", "Open", "High", "Low"]);
    assert_eq!(
        close_on(&with_close("investing.csv", "Open"), d(2013, 7, 19)),
        dec("3525")
    );
}

#[test]
fn j_quants_daily_quotes_raw_close_by_default_adjusted_on_request() {
    let p = parse_source("jquants.csv");
    assert_eq!(
        (p.date_column.as_str(), p.close_column.as_str()),
        ("Date", "Close")
    );
    assert!(!p.adjusted);
    // 14 days from 2012-09-18 to 2012-10-05; 2012-10-02 (line 12) had no trading.
    assert_eq!(p.closes.len(), 13);
    assert_eq!(p.closes[0], (d(2012, 9, 18), dec("852000")));
    assert_eq!(p.closes[12], (d(2012, 10, 5), dec("4370")));
    // The raw closes jump 1:200 at the ex-date: the split list adjusts them.
    assert_eq!(close_on(&p, d(2012, 9, 25)), dec("869000"));
    assert_eq!(close_on(&p, d(2012, 9, 26)), dec("4330"));
    assert_eq!(rejected(&p), vec![(12, "close is empty".to_owned())]);
    assert_eq!(
        p.columns,
        [
            "Open",
            "High",
            "Low",
            "Close",
            "AdjustmentOpen",
            "AdjustmentHigh",
            "AdjustmentLow",
            "AdjustmentClose"
        ]
    );

    // AdjustmentClose: the closes before the ex-date divided by 200, the later ones as is.
    let adjusted = with_close("jquants.csv", "AdjustmentClose");
    assert_eq!(adjusted.close_column, "AdjustmentClose");
    assert!(adjusted.adjusted);
    assert_eq!(adjusted.closes.len(), 13);
    assert_eq!(adjusted.closes[0], (d(2012, 9, 18), dec("4260")));
    assert_eq!(close_on(&adjusted, d(2012, 9, 25)), dec("4345"));
    assert_eq!(close_on(&adjusted, d(2012, 9, 26)), dec("4330"));
    assert_eq!(adjusted.closes[12], (d(2012, 10, 5), dec("4370")));
    // Names match as headers do: case and spaces aside.
    assert_eq!(
        with_close("jquants.csv", "adjustment close").closes,
        adjusted.closes
    );

    let err = parse_price_csv_with(
        &source("jquants.csv").0,
        &PriceColumns {
            close: Some("Adj Close".into()),
        },
    )
    .unwrap_err();
    assert!(
        err.message()
            .starts_with("there is no column “Adj Close” in the first line (Date,Code,"),
        "{}",
        err.message()
    );
}

#[test]
fn japanese_broker_in_shift_jis_newest_first() {
    let (text, encoding) = source("broker-sjis.csv");
    assert_eq!(encoding, TextEncoding::ShiftJis);
    let p = parse_price_csv(&text).unwrap();
    assert_eq!(
        (p.date_column.as_str(), p.close_column.as_str()),
        ("日付", "終値")
    );
    // Quoted "3,450" on 2013/07/11; newest first in the file, sorted here.
    assert_july(&p, 14);
    assert!(p.rejected.is_empty(), "{:?}", p.rejected);
    assert_eq!(p.columns, ["始値", "高値", "安値", "終値"]);
}

#[test]
fn japanese_adjusted_close_only_on_request() {
    let text = "日付,始値,高値,安値,終値,出来高,調整後終値\n\
                2013/7/11,3420,3460,3415,3450,98000,\"1,725\"\n\
                2013/7/10,3400,3430,3390,3420,110000,1710\n";
    let p = parse_price_csv(text).unwrap();
    assert_eq!(p.close_column, "終値");
    assert!(!p.adjusted);
    assert_eq!(p.columns, ["始値", "高値", "安値", "終値", "調整後終値"]);
    let columns = PriceColumns {
        close: Some("調整後終値".into()),
    };
    let p = parse_price_csv_with(text, &columns).unwrap();
    assert!(p.adjusted);
    assert_eq!(
        closes(&p),
        vec![(d(2013, 7, 10), dec("1710")), (d(2013, 7, 11), dec("1725"))]
    );
    // Without a header there is one close column, "column 2".
    let bare = "2013-07-11,3450\n";
    let columns = PriceColumns {
        close: Some("column 2".into()),
    };
    assert_eq!(
        parse_price_csv_with(bare, &columns).unwrap().closes.len(),
        1
    );
    assert!(parse_price_csv(bare).unwrap().columns.is_empty());
    let columns = PriceColumns {
        close: Some("Close".into()),
    };
    assert!(parse_price_csv_with(bare, &columns).is_err());
}

#[test]
fn a_download_appended_twice_rejects_the_repeated_dates() {
    // Two stooq downloads pasted together, the second overlapping the first by two days.
    let text = "\
Date,Open,High,Low,Close,Volume
2013-07-09,3405,3445,3390,3420,876500
2013-07-10,3420,3460,3405,3435,887200
2013-07-11,3435,3475,3420,3450,897900
Date,Open,High,Low,Close,Volume
2013-07-10,3420,3460,3405,3435,887200
2013-07-11,3435,3475,3420,3451,897900
2013-07-12,3455,3495,3440,3470,908600
";
    let p = parse_price_csv(text).unwrap();
    assert_eq!(p.closes.len(), 4);
    // The first of each date is kept, whatever the later one says.
    assert_eq!(close_on(&p, d(2013, 7, 11)), dec("3450"));
    assert_eq!(
        rejected(&p),
        vec![
            (
                5,
                "date \"Date\" is not understood; use 2013-07-11, 2013/7/11 or 20130711".to_owned()
            ),
            (
                6,
                "duplicate date 2013-07-10: the close on line 3 is kept".to_owned()
            ),
            (
                7,
                "duplicate date 2013-07-11: the close on line 4 is kept".to_owned()
            ),
        ]
    );
}

#[test]
fn month_name_dates() {
    let text = "Date,Price\n\"Sept. 3, 2013\",1\n\"july 2 2013\",2\n\"Jun 28, 2013\",3\n\"Ju 1, 2013\",4\n";
    let p = parse_price_csv(text).unwrap();
    assert_eq!(
        closes(&p),
        vec![
            (d(2013, 6, 28), dec("3")),
            (d(2013, 7, 2), dec("2")),
            (d(2013, 9, 3), dec("1")),
        ]
    );
    assert_eq!(p.rejected.len(), 1);
    assert_eq!(p.rejected[0].line, 5);
}

#[test]
fn a_date_repeated_in_a_file_out_of_order_names_its_first_line() {
    // Lines: 1 header, 2 the 11th, 3 the 9th (the order breaks), 4 the 10th, 5 the 9th
    // again, 6 the 11th again.
    let p = parse_price_csv(
        "Date,Close\n2013-07-11,3509\n2013-07-09,3641\n2013-07-10,3450\n2013-07-09,3600\n\
         2013-07-11,3500\n",
    )
    .unwrap();
    assert_eq!(p.closes.len(), 3);
    let rejected: Vec<(u64, String)> = p
        .rejected
        .iter()
        .map(|r| (r.line, r.reason_in(offering_desk::i18n::Language::English)))
        .collect();
    assert_eq!(rejected.len(), 2, "{rejected:?}");
    assert_eq!(rejected[0].0, 5);
    assert!(rejected[0].1.contains("line 3"), "{rejected:?}");
    assert_eq!(rejected[1].0, 6);
    assert!(rejected[1].1.contains("line 2"), "{rejected:?}");
    // The first of each date is kept.
    assert_eq!(p.closes[0].1, "3641".parse().unwrap());
    assert_eq!(p.closes[2].1, "3509".parse().unwrap());
}

//! Price files in the encodings users get them in: Shift_JIS (CP932) from Japanese
//! brokers, UTF-16 from Excel's "Unicode text", UTF-8 with or without a byte-order mark.
//! Byte sequences are from Python's codecs (`'日付'.encode('cp932')` = 93 FA 95 74).

use offering_desk::price_csv::parse_price_csv;
use offering_desk::storage::read_any_text_with_progress;
use offering_desk::text_encoding::{TextEncoding, Undecodable, decode_text};

/// 日付,終値 in Shift_JIS: 日 93 FA, 付 95 74, 終 8F 49, 値 92 6C.
const HEADER_SJIS: &[u8] = b"\x93\xfa\x95\x74,\x8f\x49\x92\x6c";

#[test]
fn utf8_with_and_without_a_byte_order_mark() {
    assert_eq!(
        decode_text("日付,終値".as_bytes()),
        Ok(("日付,終値".to_owned(), TextEncoding::Utf8))
    );
    assert_eq!(
        decode_text(b"\xef\xbb\xbfDate,Close"),
        Ok(("Date,Close".to_owned(), TextEncoding::Utf8WithBom))
    );
    // Plain ASCII is valid UTF-8 and Shift_JIS alike; UTF-8 it is.
    assert_eq!(decode_text(b"Date,Close").unwrap().1, TextEncoding::Utf8);
}

#[test]
fn shift_jis_with_the_windows_extensions() {
    assert_eq!(
        decode_text(HEADER_SJIS),
        Ok(("日付,終値".to_owned(), TextEncoding::ShiftJis))
    );
    // CP932's NEC row 13 (① = 87 40), NEC-selected IBM extension (髙 = EE E0), a
    // half-width katakana (ｱ = B1) and the yen sign of 円 (89 7E).
    assert_eq!(
        decode_text(b"\x87\x40\xee\xe0\xb1\x89\x7e"),
        Ok(("①髙ｱ円".to_owned(), TextEncoding::ShiftJis))
    );
}

#[test]
fn utf16_by_its_byte_order_mark() {
    // 日付 in UTF-16LE is E5 65 D8 4E.
    assert_eq!(
        decode_text(b"\xff\xfe\xe5\x65\xd8\x4e,\x00"),
        Ok(("日付,".to_owned(), TextEncoding::Utf16Le))
    );
    assert_eq!(
        decode_text(b"\xfe\xff\x65\xe5\x4e\xd8\x00,"),
        Ok(("日付,".to_owned(), TextEncoding::Utf16Be))
    );
}

#[test]
fn bytes_that_are_no_text_are_refused_at_the_first_bad_byte() {
    // 0xFF is neither UTF-8 nor a Shift_JIS byte; the first 5 bytes are fine.
    assert_eq!(decode_text(b"Date,\xff,1"), Err(Undecodable { offset: 5 }));
    // A Shift_JIS lead byte (0x93) with nothing after it.
    assert_eq!(decode_text(b"Date\x93"), Err(Undecodable { offset: 4 }));
    // A UTF-8 byte-order mark, then a byte UTF-8 cannot start with, at offset 3 + 4.
    assert_eq!(
        decode_text(b"\xef\xbb\xbfDate\xff"),
        Err(Undecodable { offset: 7 })
    );
}

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/broker")
        .join(name)
}

#[test]
fn a_broker_file_in_shift_jis_imports_as_its_utf8_twin() {
    // tests/fixtures/broker/make.py writes one table in both encodings: eight Fridays,
    // newest first, 2013/07/05 close 3,450 … 2013/05/17 close 3,600.
    let (sjis, encoding) = read_any_text_with_progress(&fixture("closes-sjis.csv"), |_, _| true)
        .expect("the Shift_JIS file reads");
    assert_eq!(encoding, TextEncoding::ShiftJis);
    let (utf8, encoding) = read_any_text_with_progress(&fixture("closes-utf8.csv"), |_, _| true)
        .expect("the UTF-8 file reads");
    assert_eq!(encoding, TextEncoding::Utf8);
    assert_eq!(sjis, utf8);

    let parsed = parse_price_csv(&sjis).unwrap();
    assert_eq!(parsed.date_column, "日付");
    assert_eq!(parsed.close_column, "終値");
    assert!(parsed.rejected.is_empty(), "{:?}", parsed.rejected);
    let closes: Vec<String> = parsed
        .closes
        .iter()
        .map(|(d, c)| format!("{d} {c}"))
        .collect();
    assert_eq!(
        closes,
        [
            "2013-05-17 3600",
            "2013-05-24 3415",
            "2013-05-31 3380",
            "2013-06-07 3120",
            "2013-06-14 3255",
            "2013-06-21 3190",
            "2013-06-28 3305",
            "2013-07-05 3450",
        ]
    );
}

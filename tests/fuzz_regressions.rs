//! Inputs found by the cargo-fuzz targets in fuzz/ (see fuzz/README.md), minimised,
//! kept so the bugs they exposed stay fixed. Each runs the parser the target ran and
//! checks what went wrong is now handled.

use offering_desk::price_csv::parse_price_csv;

/// price_csv: an unclosed quote makes csv read the rest of the file as one record;
/// the rejection list showed that record's text with its line breaks in it (one
/// "line" spanning several), and said nothing about the quote.
/// Minimised from crash-477ea336….
#[test]
fn price_csv_unclosed_quote_is_rejected_as_one_line() {
    let input = "0205-1-6,5\n\"\n7";
    let p = parse_price_csv(input).expect("the first row is valid");
    assert_eq!(p.closes.len(), 1);
    assert_eq!(p.rejected.len(), 1);
    let r = &p.rejected[0];
    assert_eq!(r.line, 2);
    assert!(
        !r.text.contains(['\n', '\r']),
        "text spans lines: {:?}",
        r.text
    );
    assert_eq!(r.text, "\"…");
    assert!(
        r.reason.contains("lines 2–3") && r.reason.contains("closing quote"),
        "{}",
        r.reason
    );
}

/// The same finding in the file the fuzzer started from: a stray quote in the middle
/// of a long history swallows every later row into one rejected "line".
#[test]
fn price_csv_stray_quote_mid_file_names_the_swallowed_lines() {
    let input =
        "Date,Close\n2005-12-02,520000\n\"005-12-13,534580\n2005-12-14,522200\n2005-12-15,530000\n";
    let p = parse_price_csv(input).expect("the first row is valid");
    assert_eq!(p.closes.len(), 1);
    assert_eq!(p.rejected.len(), 1);
    let r = &p.rejected[0];
    assert_eq!(r.line, 3);
    assert_eq!(r.text, "\"005-12-13,534580…");
    assert!(r.reason.contains("lines 3–5"), "{}", r.reason);
}

/// price_csv: csv counts only `\n` as a new line, so in a file with classic-Mac `\r`
/// line endings every rejected row was reported as line 1 (and blank lines, which
/// were counted, made the numbers inconsistent). Minimised from crash-0485a863….
#[test]
fn price_csv_carriage_return_line_endings_number_lines() {
    let input = "Date,Close\r2013-07-09,x\r\r\r2013-07-10,y\r2013-07-11,3450";
    let p = parse_price_csv(input).expect("the last row is valid");
    let lines: Vec<u64> = p.rejected.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 5]);
    assert_eq!(p.rejected[0].text, "2013-07-09,x");

    let mixed = "Date,Close\n2013-07-09,x\r\r\n2013-07-10,y\r\n2013-07-11,3450\n";
    let p = parse_price_csv(mixed).expect("the last row is valid");
    let lines: Vec<u64> = p.rejected.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 4]);
}

//! Inputs found by the cargo-fuzz targets in fuzz/ (see fuzz/README.md), minimised,
//! kept so the bugs they exposed stay fixed. Each runs the parser the target ran and
//! checks what went wrong is now handled. The seed corpora and the kept findings are
//! replayed through the targets' own checks (fuzz/checks.rs) on every `cargo test`.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::{Path, PathBuf};

use offering_desk::i18n::Language;
use offering_desk::price_csv::parse_price_csv;

/// Every file in `fuzz/<dir>/<target>/`, sorted, with its bytes.
fn corpus(dir: &str, target: &str) -> Vec<(String, Vec<u8>)> {
    let folder: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(dir)
        .join(target);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// The seed scenarios: each loads (and round-trips) or is refused, as its name says.
#[test]
fn scenario_seeds_replay_through_the_loader_checks() {
    let refused = [
        "invalid_many.json",
        "missing_version.json",
        "newer_version.json",
        "syntax.json",
    ];
    let seeds = corpus("seeds", "scenario_load");
    assert!(seeds.len() >= 10, "{} seeds", seeds.len());
    for (name, bytes) in &seeds {
        let text = std::str::from_utf8(bytes).unwrap();
        let loaded = checks::check_scenario_load(text);
        assert_eq!(
            loaded.is_none(),
            refused.contains(&name.as_str()),
            "{name}: loaded = {}",
            loaded.is_some()
        );
        checks::check_bytes(bytes);
    }
}

/// The seed CSVs: each parses to the closes it was written with, or is refused.
#[test]
fn price_csv_seeds_replay_through_the_importer_checks() {
    // Counted by hand from each seed file.
    let closes = [
        // Only an adjusted close: refused, it already includes dividends.
        ("adjusted_only.csv", None),
        ("bom.csv", Some(2)),
        // No date or close column.
        ("garbage.csv", None),
        // investing.com: quoted "Jul 19, 2013" dates and "3,540.0" prices, newest first.
        ("investing.csv", Some(3)),
        // The first row's unquoted "3,400" splits into extra fields: rejected.
        ("japanese.csv", Some(1)),
        ("japanese_fullwidth.csv", Some(2)),
        // J-Quants: 2012-10-02 had no trading, its prices are empty.
        ("jquants.csv", Some(2)),
        // The repeated 2013-07-10 is rejected; its first close is kept.
        ("no_header.csv", Some(2)),
        // The last row's unquoted 3,450 splits into three fields: rejected.
        ("quoted_thousands.csv", Some(2)),
        // "3,45" is not a grouped number.
        ("semicolons.csv", Some(1)),
        ("slash_dates.csv", Some(3)),
        ("synthetic_head.csv", Some(39)),
        // The close of -1 is rejected.
        ("tabs.csv", Some(1)),
        ("yahoo.csv", Some(2)),
    ];
    let seeds = corpus("seeds", "price_csv");
    let names: Vec<&str> = seeds.iter().map(|(n, _)| n.as_str()).collect();
    let expected: Vec<&str> = closes.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, expected, "every seed has its expected count here");
    for ((name, bytes), (_, count)) in seeds.iter().zip(closes) {
        let text = std::str::from_utf8(bytes).unwrap();
        let parsed = checks::check_price_csv(text);
        assert_eq!(parsed.map(|p| p.closes.len()), count, "{name}");
        checks::check_bytes(bytes);
    }
}

/// Every kept finding passes the target's checks now.
#[test]
fn kept_findings_replay_through_the_checks() {
    let findings = corpus("regressions", "price_csv");
    assert!(findings.len() >= 3, "{} findings", findings.len());
    for (name, bytes) in &findings {
        let text = std::str::from_utf8(bytes).unwrap();
        assert!(checks::check_price_csv(text).is_some(), "{name}");
        checks::check_bytes(bytes);
    }
}

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
    let reason = r.reason_in(Language::English);
    assert!(
        reason.contains("lines 2–3") && reason.contains("closing quote"),
        "{reason}"
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
    let reason = r.reason_in(Language::English);
    assert!(reason.contains("lines 3–5"), "{reason}");
    assert_eq!(
        r.reason_in(Language::Japanese),
        "日付「005-12-13,534580…」を読み取れません。2013-07-11、2013/7/11、20130711の形で入力してください。\
         引用符で囲まれた項目が3行目から5行目にわたり、1行として読まれました（閉じる引用符が抜けていませんか）"
    );
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

//! What the fuzz targets check beyond "never panics", shared by the targets in
//! fuzz_targets/ and by `cargo test` (tests/fuzz_regressions.rs), which replays the
//! seed corpora and every kept finding through the same checks.
// Each target uses one or two of these.
#![allow(dead_code)]

use offering_desk::price_csv::{
    ParsedPrices, PriceColumns, parse_price_csv, parse_price_csv_with_csv_crate,
};
use offering_desk::scenario::{Scenario, from_json, to_json};
use offering_desk::text_encoding::decode_text;
use rust_decimal::Decimal;

/// Parses `text` as a price CSV and checks the documented shape of the result, and
/// that the quote-free reader imports what the csv crate imports.
pub fn check_price_csv(text: &str) -> Option<ParsedPrices> {
    let parsed = parse_price_csv(text);
    let through_crate = parse_price_csv_with_csv_crate(text, &PriceColumns::default(), |_, _| true);
    assert_eq!(
        parsed, through_crate,
        "the quote-free reader and the csv crate differ"
    );
    match parsed {
        Ok(p) => {
            assert!(!p.closes.is_empty(), "Ok with no closes");
            assert!(
                p.closes.windows(2).all(|w| w[0].0 < w[1].0),
                "closes not unique and ascending"
            );
            assert!(
                p.closes.iter().all(|(_, c)| *c > Decimal::ZERO),
                "non-positive close"
            );
            // `\r\n`, `\n` and a lone `\r` each end a line, as they end a csv record.
            let lines = 1
                + (text.matches('\n').count() + text.matches('\r').count()
                    - text.matches("\r\n").count()) as u64;
            for r in &p.rejected {
                assert!(
                    r.line >= 1 && r.line <= lines,
                    "rejected line {} of {lines}",
                    r.line
                );
                assert!(r.text.chars().count() <= 201, "rejected text not truncated");
                assert!(!r.text.contains('\n'), "rejected text spans lines");
            }
            Some(p)
        }
        Err(e) => {
            assert!(!e.message().is_empty(), "an error without a message");
            None
        }
    }
}

/// Loads `text` as a scenario; one it accepts must survive a save/load round trip
/// unchanged, and one it refuses must have a message that formats.
pub fn check_scenario_load(text: &str) -> Option<Scenario> {
    match from_json(text) {
        Ok(scenario) => {
            let saved = to_json(&scenario);
            let again = from_json(&saved)
                .unwrap_or_else(|e| panic!("a loaded scenario does not load after saving: {e}"));
            assert_eq!(again, scenario, "save/load round trip changed the scenario");
            Some(scenario)
        }
        Err(e) => {
            assert!(!e.to_string().is_empty(), "an error without a message");
            None
        }
    }
}

/// Raw bytes as a file would arrive: the scenario loader behind the UTF-8 check
/// `storage::read_text` makes; the price import behind the decoding of
/// `storage::read_any_text_with_progress` (UTF-8, UTF-16, Shift_JIS), whose error
/// offset must lie inside the file.
pub fn check_bytes(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = check_scenario_load(text);
    }
    match decode_text(data) {
        Ok((text, _)) => {
            let _ = check_price_csv(&text);
        }
        Err(e) => assert!(
            e.offset < data.len(),
            "offset {} of {}",
            e.offset,
            data.len()
        ),
    }
}

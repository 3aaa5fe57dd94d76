//! Raw bytes as a file would arrive: UTF-8 check first (what `storage::read_text`
//! does before parsing), then both parsers on the same text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = offering_desk::scenario::from_json(text);
        let _ = offering_desk::price_csv::parse_price_csv(text);
    }
});

//! The CSV import of closes on arbitrary text. Besides "never panics", checks the
//! documented shape of the result (fuzz/checks.rs).
#![no_main]

#[path = "../checks.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = checks::check_price_csv(text);
});

//! Raw bytes as a file would arrive: UTF-8 check first (what `storage::read_text`
//! does before parsing), then both parsers on the same text (fuzz/checks.rs).
#![no_main]

#[path = "../checks.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    checks::check_bytes(data);
});

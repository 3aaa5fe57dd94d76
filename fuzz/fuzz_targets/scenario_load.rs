//! The scenario JSON loader on arbitrary text. Besides "never panics", checks that a
//! document it accepts survives a save/load round trip unchanged (fuzz/checks.rs).
#![no_main]

#[path = "../checks.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = checks::check_scenario_load(text);
});

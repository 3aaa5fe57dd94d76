//! The scenario JSON loader on arbitrary text. Besides "never panics", checks that a
//! document it accepts survives a save/load round trip unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use offering_desk::scenario::{from_json, to_json};

fuzz_target!(|text: &str| {
    match from_json(text) {
        Ok(scenario) => {
            let saved = to_json(&scenario);
            let again = from_json(&saved)
                .unwrap_or_else(|e| panic!("a loaded scenario does not load after saving: {e}"));
            assert_eq!(again, scenario, "save/load round trip changed the scenario");
        }
        Err(e) => {
            // The message is shown to the user: formatting it must not panic either.
            let _ = e.to_string();
        }
    }
});

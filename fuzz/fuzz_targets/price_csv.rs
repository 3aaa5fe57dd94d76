//! The CSV import of closes on arbitrary text. Besides "never panics", checks the
//! documented shape of the result.
#![no_main]

use libfuzzer_sys::fuzz_target;
use offering_desk::price_csv::parse_price_csv;
use rust_decimal::Decimal;

fuzz_target!(|text: &str| {
    match parse_price_csv(text) {
        Ok(p) => {
            assert!(!p.closes.is_empty(), "Ok with no closes");
            assert!(
                p.closes.windows(2).all(|w| w[0].0 < w[1].0),
                "closes not unique and ascending"
            );
            assert!(p.closes.iter().all(|(_, c)| *c > Decimal::ZERO), "non-positive close");
            // `\r\n`, `\n` and a lone `\r` each end a line, as they end a csv record.
            let lines = 1 + (text.matches('\n').count() + text.matches('\r').count()
                - text.matches("\r\n").count()) as u64;
            for r in &p.rejected {
                assert!(r.line >= 1 && r.line <= lines, "rejected line {} of {lines}", r.line);
                assert!(r.text.chars().count() <= 201, "rejected text not truncated");
                assert!(!r.text.contains('\n'), "rejected text spans lines");
            }
        }
        Err(e) => {
            assert!(!e.message.is_empty());
        }
    }
});

//! User text in CSV: a field that begins with =, +, -, @, a tab or a carriage return
//! can be taken for a formula by Excel or LibreOffice when the file is opened (CSV
//! injection). Such text is prefixed with an apostrophe, which spreadsheets show as
//! plain text.
//!
//! The Excel workbook does not need this: it writes user text as string cells, which
//! are never evaluated, so the text appears there exactly as typed.

/// `text` made safe to put in a CSV field.
pub fn neutralize(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::neutralize;

    #[test]
    fn formula_triggers_are_neutralised_and_other_text_is_kept() {
        for bad in ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x"] {
            let safe = neutralize(bad);
            assert!(safe.starts_with('\''), "{bad:?}");
            assert_eq!(&safe[1..], bad);
        }
        for good in ["Capital investment", "", "3,450", "a=b", " =leading space"] {
            assert_eq!(neutralize(good), good);
        }
    }
}

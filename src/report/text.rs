//! Plain-text and JSON renderings of the summary, for the terminal and the clipboard.

use super::Figure;

/// An aligned table: section headings, labels left, values right-aligned.
pub fn summary_table(figures: &[Figure]) -> String {
    let label_width = figures
        .iter()
        .map(|f| f.label.chars().count())
        .max()
        .unwrap_or(0);
    let values: Vec<String> = figures.iter().map(|f| f.value.display()).collect();
    let value_width = values.iter().map(|v| v.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    let mut current = "";
    for (f, value) in figures.iter().zip(&values) {
        if f.section != current {
            if !current.is_empty() {
                out.push('\n');
            }
            out.push_str(&f.section.to_uppercase());
            out.push('\n');
            current = f.section;
        }
        let pad_label = label_width - f.label.chars().count();
        let pad_value = value_width - value.chars().count();
        out.push_str(&format!(
            "  {}{}  {}{}",
            f.label,
            " ".repeat(pad_label),
            " ".repeat(pad_value),
            value
        ));
        if !f.derivation.is_empty() {
            out.push_str("  ");
            out.push_str(&f.derivation);
        }
        out.push('\n');
    }
    out
}

/// `{ "offering": { "issue_price": "3346", … }, "timetable": { … }, … }`.
pub fn summary_json(figures: &[Figure]) -> serde_json::Value {
    let mut root = serde_json::Map::new();
    for f in figures {
        let section = root
            .entry(f.section)
            .or_insert_with(|| serde_json::Value::Object(serde_json::Map::new()));
        if let serde_json::Value::Object(map) = section {
            map.insert(f.key.clone(), f.value.to_json());
        }
    }
    serde_json::Value::Object(root)
}

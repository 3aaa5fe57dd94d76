//! Plain-text and JSON renderings of the summary, for the terminal and the clipboard.

use super::{Figure, Value, neutralize};

/// An aligned table: section headings, labels left, values right-aligned.
pub fn summary_table(figures: &[Figure]) -> String {
    let label_width = figures
        .iter()
        .map(|f| f.label.chars().count())
        .max()
        .unwrap_or(0);
    let values: Vec<String> = figures.iter().map(Figure::shown).collect();
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
        let derivation = f.explained();
        if !derivation.is_empty() {
            out.push_str("  ");
            out.push_str(&derivation);
        }
        out.push('\n');
    }
    out
}

/// `{ "offering": { "issue_price": "3346", … }, "timetable": { … }, … }`.
///
/// A figure a notice prints rounded also gives `<key>_stated` (the printed value) and
/// `<key>_stated_rounding` (the rounding, in words); one that is not final gives
/// `<key>_status` ("assumed", "undecided", "provisional").
pub fn summary_json(figures: &[Figure]) -> serde_json::Value {
    let mut root = serde_json::Map::new();
    for f in figures {
        let section = root
            .entry(f.section)
            .or_insert_with(|| serde_json::Value::Object(serde_json::Map::new()));
        if let serde_json::Value::Object(map) = section {
            map.insert(f.key.clone(), f.value.to_json());
            if let Some(stated) = &f.stated {
                map.insert(format!("{}_stated", f.key), stated.value.to_json());
                map.insert(
                    format!("{}_stated_rounding", f.key),
                    serde_json::Value::String(stated.rule.to_owned()),
                );
            }
            if let Some(status) = f.status {
                map.insert(
                    format!("{}_status", f.key),
                    serde_json::Value::String(status.key().to_owned()),
                );
            }
        }
    }
    serde_json::Value::Object(root)
}

/// For the clipboard: tab-separated `section, item, value, unit` rows under the title
/// and a header, so a paste into Excel fills cells. Values are machine-readable (exact
/// decimals, rates in percent, ISO dates) so the cells are numbers; text that could run
/// as a formula is neutralised, and no cell contains a tab or a line break.
pub fn summary_tsv(title: &str, figures: &[Figure]) -> String {
    let cell = |text: &str| neutralize(&text.replace(['\t', '\r', '\n'], " "));
    let mut out = format!("{}\n", cell(title));
    out.push_str("section\titem\tvalue\tunit\n");
    for f in figures {
        let value = match &f.value {
            Value::Text(t) => cell(t),
            v => v.plain(),
        };
        let row = [
            cell(f.section),
            cell(&f.label),
            value,
            f.unit.label().to_owned(),
        ];
        out.push_str(&row.join("\t"));
        out.push('\n');
    }
    out
}

//! Plain-text and JSON renderings of the summary, for the terminal and the clipboard.

use super::{Figure, Value, neutralize};
use crate::i18n::Language;

/// An aligned table: section headings, labels left, values right-aligned.
pub fn summary_table(figures: &[Figure]) -> String {
    summary_table_in(figures, Language::English)
}

/// Columns a terminal gives `text`: two for East Asian wide characters (kanji, kana,
/// full-width forms), one for the rest, so Japanese labels line up.
fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| match u32::from(c) {
            0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// A section's heading in the table: "OFFERING", 募集・売出し.
fn section_heading(section: &str, language: Language) -> String {
    crate::i18n::text(language, &format!("csv-section-{section}")).to_uppercase()
}

/// [`summary_table`] with labels and values in `language` (3,346円, 2013年7月18日（木）).
pub fn summary_table_in(figures: &[Figure], language: Language) -> String {
    let labels: Vec<String> = figures.iter().map(|f| f.label_in(language)).collect();
    let label_width = labels.iter().map(|l| columns(l)).max().unwrap_or(0);
    let values: Vec<String> = figures.iter().map(|f| f.shown_in(language)).collect();
    let value_width = values.iter().map(|v| columns(v)).max().unwrap_or(0);
    let mut out = String::new();
    let mut current = "";
    for ((f, value), label) in figures.iter().zip(&values).zip(&labels) {
        if f.section != current {
            if !current.is_empty() {
                out.push('\n');
            }
            out.push_str(&section_heading(f.section, language));
            out.push('\n');
            current = f.section;
        }
        let pad_label = label_width - columns(label);
        let pad_value = value_width - columns(value);
        out.push_str(&format!(
            "  {}{}  {}{}",
            label,
            " ".repeat(pad_label),
            " ".repeat(pad_value),
            value
        ));
        let derivation = f.explained_in(language);
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
                    serde_json::Value::String(stated.rule_in(Language::English)),
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
/// and a header, in `language`, so a paste into Excel fills cells. Values are
/// machine-readable (exact decimals, rates in percent, ISO dates) so the cells are
/// numbers; text that could run as a formula is neutralised, and no cell contains a tab
/// or a line break.
pub fn summary_tsv(title: &str, figures: &[Figure], language: Language) -> String {
    let cell = |text: &str| neutralize(&text.replace(['\t', '\r', '\n'], " "));
    let mut out = format!("{}\n", cell(title));
    let header = [
        "csv-col-section",
        "csv-col-item",
        "csv-col-value",
        "csv-col-unit",
    ]
    .map(|id| crate::i18n::text(language, id));
    out.push_str(&header.join("\t"));
    out.push('\n');
    for f in figures {
        let value = match &f.value {
            Value::Text(_) | Value::Choice { .. } | Value::Undecided { .. } | Value::Refused(_) => {
                cell(&f.value.display_in(language))
            }
            v => v.plain(),
        };
        let row = [
            cell(&crate::i18n::text(
                language,
                &format!("csv-section-{}", f.section),
            )),
            cell(&f.label_in(language)),
            value,
            f.unit.label_in(language),
        ];
        out.push_str(&row.join("\t"));
        out.push('\n');
    }
    out
}

/// The widest a comparison's value may be in the terminal; longer texts (titles,
/// notes) are cut short with "…" (the titles are listed whole above the table).
const CELL_COLUMNS: usize = 36;

/// `text` cut to at most `max` terminal columns, "…" marking the cut.
fn clip(text: &str, max: usize) -> String {
    if columns(text) <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let width = columns(c.encode_utf8(&mut [0; 4]));
        if used + width > max - 1 {
            break;
        }
        used += width;
        out.push(c);
    }
    out.push('…');
    out
}

/// The comparison as an aligned table: the files and their titles, then per group a
/// row per input and figure with each file's value and, after every file but the
/// first, its change against the first.
pub fn comparison_table_in(
    cmp: &super::compare::Comparison,
    only_differences: bool,
    language: Language,
) -> String {
    use crate::i18n::{text, text_with};
    let mut out = String::new();
    for (i, name) in cmp.names.iter().enumerate() {
        out.push_str(&format!(
            "{}. {name}  {}\n",
            i + 1,
            cmp.title_in(i, language)
        ));
    }
    let change_header = text_with(
        language,
        "cmp-col-change",
        &[(
            "first",
            cmp.names.first().cloned().unwrap_or_default().into(),
        )],
    );
    let mut header = vec![text(language, "cmp-col-item")];
    for (i, name) in cmp.names.iter().enumerate() {
        header.push(name.clone());
        if i > 0 {
            header.push(change_header.clone());
        }
    }
    // Rows of cells, `None` for a group heading.
    let mut lines: Vec<(Option<String>, Vec<String>)> = Vec::new();
    let mut group = "";
    for row in cmp.rows(only_differences) {
        if row.group != group {
            group = row.group;
            lines.push((
                Some(text(language, &format!("cmp-group-{group}"))),
                Vec::new(),
            ));
        }
        let mut cells = vec![format!("  {}", row.label_in(language))];
        for (i, cell) in row.cells.iter().enumerate() {
            let shown = cell
                .as_ref()
                .map_or_else(|| "—".to_owned(), |c| c.shown_in(language));
            cells.push(clip(&shown, CELL_COLUMNS));
            if i > 0 {
                let change = row.change(i).filter(|c| !c.is_zero());
                cells.push(change.map_or_else(String::new, |c| c.text_in(language)));
            }
        }
        lines.push((None, cells));
    }
    let mut widths: Vec<usize> = header.iter().map(|h| columns(h)).collect();
    for (_, cells) in &lines {
        for (w, c) in widths.iter_mut().zip(cells) {
            *w = (*w).max(columns(c));
        }
    }
    let render = |cells: &[String]| {
        let mut line = String::new();
        for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
            let pad = " ".repeat(w - columns(c));
            if i == 0 {
                line.push_str(&format!("{c}{pad}"));
            } else {
                line.push_str(&format!("  {pad}{c}"));
            }
        }
        line.trim_end().to_owned()
    };
    out.push('\n');
    out.push_str(&render(&header));
    out.push('\n');
    for (heading, cells) in &lines {
        match heading {
            Some(h) => {
                out.push('\n');
                out.push_str(&h.to_uppercase());
            }
            None => out.push_str(&render(cells)),
        }
        out.push('\n');
    }
    out
}

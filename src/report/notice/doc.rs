//! The intermediate document both notice formats are written from: a list of blocks
//! (headings, paragraphs, tables, …) rendered once as CommonMark and once as HTML, so
//! the two drafts can never disagree.
//!
//! Every piece of text — the notices' own wording and the user's — goes through the
//! escaper of the target format; nothing is emitted raw.

use crate::i18n::Language;

/// A run of text inside a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(String),
    Emph(String),
    /// A line break inside the paragraph or list item (a footnote under an item).
    Break,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Normal,
    /// An item under the row above it (e.g. stated capital under "5. Amount of increase").
    Sub,
    /// A totals row.
    Total,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub cells: Vec<String>,
    pub kind: RowKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub head: Vec<String>,
    /// One per column; numbers are right-aligned.
    pub align: Vec<Align>,
    pub rows: Vec<Row>,
}

impl Table {
    pub fn new(head: &[&str], align: &[Align]) -> Self {
        debug_assert_eq!(head.len(), align.len());
        Self {
            head: head.iter().map(|h| (*h).to_owned()).collect(),
            align: align.to_vec(),
            rows: Vec::new(),
        }
    }

    pub fn row(mut self, cells: Vec<String>) -> Self {
        self.push(cells, RowKind::Normal);
        self
    }

    pub fn sub(mut self, cells: Vec<String>) -> Self {
        self.push(cells, RowKind::Sub);
        self
    }

    pub fn total(mut self, cells: Vec<String>) -> Self {
        self.push(cells, RowKind::Total);
        self
    }

    fn push(&mut self, mut cells: Vec<String>, kind: RowKind) {
        cells.resize(self.head.len(), String::new());
        self.rows.push(Row { cells, kind });
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(u8, String),
    Para(Vec<Inline>),
    /// The "this is a draft" banner.
    Draft(Vec<Inline>),
    /// A remark printed smaller ("Note: …", scenario notes).
    Note(Vec<Inline>),
    /// Text left for the company's template, printed in brackets.
    Placeholder(String),
    /// Formula lines, printed in a fixed-width box.
    Formula(Vec<String>),
    /// A bulleted list; items carry their own "1)" labels as the notices do.
    List(Vec<Vec<Inline>>),
    Table(Table),
}

/// Shorthand for a paragraph of plain text.
pub fn para(text: impl Into<String>) -> Block {
    Block::Para(vec![Inline::Text(text.into())])
}

/// Shorthand for a heading.
pub fn heading(level: u8, text: impl Into<String>) -> Block {
    Block::Heading(level, text.into())
}

/// A notice: its title (for the HTML `<title>`) and its blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub title: String,
    pub blocks: Vec<Block>,
    /// The HTML page's `lang` and typeface (Mincho for Japanese).
    pub language: Language,
}

// ---------------------------------------------------------------- Markdown

/// Newlines and tabs in user text would start new blocks or break a table row.
fn one_line(text: &str) -> String {
    text.split(['\r', '\n', '\t'])
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Backslash-escapes every character CommonMark (and GFM tables/strikethrough) gives a
/// meaning inside a line: emphasis, code, links, raw HTML, entities, table pipes, `#`.
fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for ch in one_line(text).chars() {
        if matches!(
            ch,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '#' | '~' | '!'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// Escapes what only matters at the start of a block: list markers ("-", "+", "1.",
/// "1)"), setext underlines ("="), and indentation that would make a code block.
fn md_escape_leading(escaped: &str) -> String {
    let trimmed = escaped.trim_start();
    let mut chars = trimmed.char_indices();
    match chars.next() {
        Some((_, '-' | '+' | '=')) => format!("\\{trimmed}"),
        Some((_, c)) if c.is_ascii_digit() => {
            let digits_end = trimmed
                .char_indices()
                .find(|(_, c)| !c.is_ascii_digit())
                .map_or(trimmed.len(), |(i, _)| i);
            match trimmed[digits_end..].chars().next() {
                Some('.' | ')') => {
                    format!("{}\\{}", &trimmed[..digits_end], &trimmed[digits_end..])
                }
                _ => trimmed.to_owned(),
            }
        }
        _ => trimmed.to_owned(),
    }
}

/// The inlines as one Markdown line; after a line break, the next line starts with
/// `indent` (so it stays inside a list item) and is escaped as a line start.
fn md_inlines(inlines: &[Inline], indent: &str) -> String {
    let mut lines = vec![String::new()];
    for inline in inlines {
        let out = lines.last_mut().expect("at least one line");
        match inline {
            Inline::Text(t) => out.push_str(&md_escape(t)),
            Inline::Strong(t) | Inline::Emph(t) => {
                let t = t.trim();
                if t.is_empty() {
                    continue;
                }
                let mark = if matches!(inline, Inline::Strong(_)) {
                    "**"
                } else {
                    "*"
                };
                out.push_str(mark);
                out.push_str(&md_escape(t));
                out.push_str(mark);
            }
            Inline::Break => lines.push(String::new()),
        }
    }
    let lines: Vec<String> = lines.iter().map(|l| md_escape_leading(l)).collect();
    // A backslash at the end of a line is CommonMark's hard line break.
    lines.join(&format!("\\\n{indent}"))
}

fn md_cell(text: &str) -> String {
    let escaped = md_escape(text.trim());
    if escaped.is_empty() {
        " ".to_owned()
    } else {
        escaped
    }
}

fn md_table(t: &Table, out: &mut String) {
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    out.push_str(&line(t.head.iter().map(|h| md_cell(h)).collect()));
    out.push_str(&line(
        t.align
            .iter()
            .map(|a| match a {
                Align::Left => ":---".to_owned(),
                Align::Right => "---:".to_owned(),
            })
            .collect(),
    ));
    for row in &t.rows {
        let cells = row
            .cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let cell = md_cell(c);
                match row.kind {
                    RowKind::Total if !c.trim().is_empty() => format!("**{cell}**"),
                    // An em space keeps sub-items visibly indented in the rendered table.
                    RowKind::Sub if i == 0 && !c.trim().is_empty() => format!("\u{2003}{cell}"),
                    _ => cell,
                }
            })
            .collect();
        out.push_str(&line(cells));
    }
}

/// The document as plain CommonMark (with GFM tables).
pub fn to_markdown(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Heading(level, text) => {
                let level = usize::from((*level).clamp(1, 6));
                out.push_str(&"#".repeat(level));
                out.push(' ');
                out.push_str(&md_escape(text.trim()));
                out.push('\n');
            }
            Block::Para(inlines) => {
                out.push_str(&md_inlines(inlines, ""));
                out.push('\n');
            }
            Block::Draft(inlines) => {
                out.push_str("> ");
                out.push_str(&md_inlines(inlines, "> "));
                out.push('\n');
            }
            Block::Note(inlines) => {
                out.push_str(&md_inlines(inlines, ""));
                out.push('\n');
            }
            Block::Placeholder(text) => {
                out.push('*');
                out.push_str(&md_escape(&format!("[{}]", text.trim())));
                out.push_str("*\n");
            }
            Block::Formula(lines) => {
                let longest_run = lines
                    .iter()
                    .flat_map(|l| l.split(|c| c != '`'))
                    .map(str::len)
                    .max()
                    .unwrap_or(0);
                let fence = "`".repeat(longest_run.max(2) + 1);
                out.push_str(&fence);
                out.push_str("text\n");
                for l in lines {
                    out.push_str(&one_line(l));
                    out.push('\n');
                }
                out.push_str(&fence);
                out.push('\n');
            }
            Block::List(items) => {
                for item in items {
                    out.push_str("- ");
                    out.push_str(&md_inlines(item, "  "));
                    out.push('\n');
                }
            }
            Block::Table(t) => md_table(t, &mut out),
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

// ---------------------------------------------------------------- HTML

/// Escapes the five characters that are markup in HTML text and attribute values.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

fn html_inlines(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(t) => out.push_str(&html_escape(&one_line(t))),
            Inline::Strong(t) => {
                out.push_str("<strong>");
                out.push_str(&html_escape(&one_line(t)));
                out.push_str("</strong>");
            }
            Inline::Emph(t) => {
                out.push_str("<em>");
                out.push_str(&html_escape(&one_line(t)));
                out.push_str("</em>");
            }
            Inline::Break => out.push_str("<br>"),
        }
    }
    out
}

/// Japanese pages in a Mincho face, as printed notices are set; each system has one.
const CSS_JA: &str = "body { font-family: \"Yu Mincho\", YuMincho, \"Hiragino Mincho ProN\", \
\"MS PMincho\", \"Noto Serif CJK JP\", \"IPAexMincho\", serif; }\n";

const CSS: &str = "\
@page { size: A4; margin: 20mm }
html { font-size: 10.5pt; }
body { font-family: \"Times New Roman\", Times, \"Noto Serif\", serif; line-height: 1.45; \
color: #000; background: #fff; margin: 0; }
main { max-width: 170mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 15pt; text-align: center; margin: 6mm 0 5mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; }
h4 { font-size: 10.5pt; margin: 3mm 0 1mm; }
h1, h2, h3, h4 { page-break-after: avoid; break-after: avoid; }
p { margin: 0 0 2.5mm; text-align: justify; hyphens: auto; }
p.note { font-size: 9.5pt; }
p.placeholder { color: #555; font-style: italic; }
div.draft { border: 1.5pt solid #000; padding: 2mm 3mm; margin: 0 0 5mm; font-size: 9.5pt; }
div.draft p { margin: 0; }
pre.formula { font-family: \"DejaVu Sans Mono\", Consolas, monospace; font-size: 9.5pt; \
border-left: 2pt solid #999; padding: 1mm 3mm; margin: 2mm 0 3mm; white-space: pre-wrap; }
ul { margin: 0 0 2.5mm; padding-left: 6mm; list-style: none; }
li { margin: 0 0 1mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 4mm; font-size: 10pt; \
page-break-inside: avoid; break-inside: avoid; }
th, td { border-bottom: 0.5pt solid #999; padding: 1mm 2mm; vertical-align: top; }
td:first-child { min-width: 38mm; }
th { border-bottom: 1pt solid #000; text-align: left; font-weight: bold; }
.num { text-align: right; }
td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.sub td:first-child { padding-left: 7mm; }
tr.total td { border-top: 1pt solid #000; font-weight: bold; }
@media screen { body { background: #eee; } main { background: #fff; padding: 20mm; \
margin: 10mm auto; box-shadow: 0 0 3mm #aaa; } }
";

fn html_table(t: &Table, out: &mut String) {
    let class = |i: usize| match t.align.get(i) {
        Some(Align::Right) => " class=\"num\"",
        _ => "",
    };
    out.push_str("<table>\n<thead><tr>");
    for (i, h) in t.head.iter().enumerate() {
        out.push_str(&format!(
            "<th{}>{}</th>",
            class(i),
            html_escape(&one_line(h))
        ));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        out.push_str(match row.kind {
            RowKind::Normal => "<tr>",
            RowKind::Sub => "<tr class=\"sub\">",
            RowKind::Total => "<tr class=\"total\">",
        });
        for (i, c) in row.cells.iter().enumerate() {
            out.push_str(&format!(
                "<td{}>{}</td>",
                class(i),
                html_escape(&one_line(c))
            ));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// The document as a standalone, print-ready HTML page (A4).
pub fn to_html(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        doc.language.code()
    ));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"Offering Desk\">\n");
    out.push_str(&format!(
        "<title>{}</title>\n",
        html_escape(&one_line(&doc.title))
    ));
    out.push_str("<style>\n");
    out.push_str(CSS);
    if doc.language == Language::Japanese {
        out.push_str(CSS_JA);
    }
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
    for block in &doc.blocks {
        match block {
            Block::Heading(level, text) => {
                let level = (*level).clamp(1, 6);
                out.push_str(&format!(
                    "<h{level}>{}</h{level}>\n",
                    html_escape(&one_line(text))
                ));
            }
            Block::Para(inlines) => {
                out.push_str(&format!("<p>{}</p>\n", html_inlines(inlines)));
            }
            Block::Draft(inlines) => {
                out.push_str(&format!(
                    "<div class=\"draft\"><p>{}</p></div>\n",
                    html_inlines(inlines)
                ));
            }
            Block::Note(inlines) => {
                out.push_str(&format!(
                    "<p class=\"note\">{}</p>\n",
                    html_inlines(inlines)
                ));
            }
            Block::Placeholder(text) => {
                out.push_str(&format!(
                    "<p class=\"placeholder\">[{}]</p>\n",
                    html_escape(&one_line(text.trim()))
                ));
            }
            Block::Formula(lines) => {
                out.push_str("<pre class=\"formula\">");
                let escaped: Vec<String> =
                    lines.iter().map(|l| html_escape(&one_line(l))).collect();
                out.push_str(&escaped.join("\n"));
                out.push_str("</pre>\n");
            }
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    out.push_str(&format!("<li>{}</li>\n", html_inlines(item)));
                }
                out.push_str("</ul>\n");
            }
            Block::Table(t) => html_table(t, &mut out),
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_markup_in_text_and_cells() {
        assert_eq!(
            md_escape("a|b <x> & *y* #1"),
            "a\\|b \\<x\\> \\& \\*y\\* \\#1"
        );
        assert_eq!(md_escape("line\none"), "line one");
        assert_eq!(md_escape_leading("- item"), "\\- item");
        assert_eq!(md_escape_leading("12. item"), "12\\. item");
        assert_eq!(md_escape_leading("3) item"), "3\\) item");
        assert_eq!(md_escape_leading("2013 results"), "2013 results");
        assert_eq!(md_escape_leading("    code"), "code");
    }

    #[test]
    fn html_escapes_the_five_metacharacters() {
        assert_eq!(
            html_escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn both_formats_render_the_same_table() {
        let doc = Document {
            language: Language::English,
            title: "T".into(),
            blocks: vec![Block::Table(
                Table::new(&["Item", "Terms"], &[Align::Left, Align::Right])
                    .row(vec!["Price".into(), "JPY1|2".into()])
                    .total(vec!["Total".into(), "JPY3".into()]),
            )],
        };
        let md = to_markdown(&doc);
        assert!(md.contains("| Price | JPY1\\|2 |"), "{md}");
        assert!(md.contains("| :--- | ---: |"), "{md}");
        assert!(md.contains("| **Total** | **JPY3** |"), "{md}");
        let html = to_html(&doc);
        assert!(html.contains("<td class=\"num\">JPY1|2</td>"), "{html}");
        assert!(html.contains("<tr class=\"total\">"), "{html}");
    }
}

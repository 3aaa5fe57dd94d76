//! Editable notice text (the stock-option items (8), (9) and (11)) turned into blocks.
//!
//! The format is what people type in a text box: one line per paragraph; a line that
//! starts "1)", "2)" … is a list item (the notices number their sub-items so); a line
//! that starts with a space continues the line above on a new line, as the item titles
//! of item (9) are followed by their terms. Blank lines only separate.

use super::doc::{Block, Inline};

/// "1) …", "12) …": the notices' sub-item numbering.
fn is_item(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && line[digits..].starts_with(')')
}

/// The blocks of an editable text, in order.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut items: Vec<Vec<Inline>> = Vec::new();
    let flush = |items: &mut Vec<Vec<Inline>>, out: &mut Vec<Block>| {
        if !items.is_empty() {
            out.push(Block::List(std::mem::take(items)));
        }
    };
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut items, &mut out);
            continue;
        }
        if line.starts_with([' ', '\t']) {
            let continued = match (items.last_mut(), out.last_mut()) {
                (Some(item), _) => Some(item),
                (None, Some(Block::Para(p))) => Some(p),
                _ => None,
            };
            if let Some(inlines) = continued {
                inlines.push(Inline::Break);
                inlines.push(Inline::Text(trimmed.to_owned()));
                continue;
            }
        }
        if is_item(trimmed) {
            items.push(vec![Inline::Text(trimmed.to_owned())]);
        } else {
            flush(&mut items, &mut out);
            out.push(Block::Para(vec![Inline::Text(trimmed.to_owned())]));
        }
    }
    flush(&mut items, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Inline {
        Inline::Text(t.into())
    }

    #[test]
    fn paragraphs_items_and_continuations() {
        let blocks = blocks(
            "In case that 1) or 2) below:\n1) Merger\n2) Share exchange\n\n\
             Closing words\n  on a new line\n3) Title\n   Terms of it",
        );
        assert_eq!(
            blocks,
            vec![
                Block::Para(vec![text("In case that 1) or 2) below:")]),
                Block::List(vec![
                    vec![text("1) Merger")],
                    vec![text("2) Share exchange")]
                ]),
                Block::Para(vec![
                    text("Closing words"),
                    Inline::Break,
                    text("on a new line")
                ]),
                Block::List(vec![vec![
                    text("3) Title"),
                    Inline::Break,
                    text("Terms of it")
                ]]),
            ]
        );
    }

    #[test]
    fn a_leading_indented_line_is_a_paragraph_and_nothing_is_lost() {
        assert_eq!(
            blocks("  indented first\r\n12) twelfth"),
            vec![
                Block::Para(vec![text("indented first")]),
                Block::List(vec![vec![text("12) twelfth")]]),
            ]
        );
        assert!(blocks("\n \n").is_empty());
        assert!(!is_item("1.5) no"));
        assert!(!is_item(") no"));
    }
}

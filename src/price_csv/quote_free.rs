//! The rows of a file without a `"` anywhere, which is nearly every price file.
//!
//! Why it exists: the speed goal (150,000 rows and their σ under 15 ms,
//! `benches/import.rs`), of which the csv crate's general reader took 8 ms. Without
//! quotes a row is simply the text between line endings and its fields the text between
//! delimiters, both found with memchr. It reads exactly what the csv crate, set up as the
//! import sets it up, reads from such a text: a row ends at `\n`, `\r\n` or a lone `\r`;
//! empty lines are no rows; a line of delimiters is a row of empty fields.
//! `tests/price_csv_paths.rs` checks the two give the same import on generated files;
//! any text with a quote (or a second byte order mark) is read by the crate.

use super::Rows;

pub(super) struct QuoteFree<'t> {
    text: &'t str,
    delimiter: u8,
    /// Where the next row may start (at a line ending, or at its first byte).
    at: usize,
    /// The fields of the row read last.
    fields: Vec<&'t str>,
}

impl<'t> QuoteFree<'t> {
    /// Rows of `text`, which must hold no `"`.
    pub(super) fn new(text: &'t str, delimiter: u8) -> Self {
        Self {
            text,
            delimiter,
            at: 0,
            fields: Vec::new(),
        }
    }
}

impl<'t> Rows for QuoteFree<'t> {
    type Row = [&'t str];

    fn position(&self) -> u64 {
        self.at as u64
    }

    fn advance(&mut self) -> Option<(u64, u64)> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let skipped = bytes
            .get(self.at..)?
            .iter()
            .position(|&b| b != b'\n' && b != b'\r')?;
        let start = self.at + skipped;
        let end = memchr::memchr2(b'\n', b'\r', &bytes[start..]).map_or(bytes.len(), |n| start + n);
        // A plain loop, not memchr: fields are a few bytes long, too short for its set-up.
        self.fields.clear();
        let mut field_start = start;
        for (at, &b) in bytes[start..end].iter().enumerate() {
            if b == self.delimiter {
                // The delimiter is ASCII, so both ends are character boundaries.
                self.fields
                    .push(text.get(field_start..start + at).unwrap_or(""));
                field_start = start + at + 1;
            }
        }
        self.fields.push(text.get(field_start..end).unwrap_or(""));
        self.at = end;
        Some((start as u64, end as u64))
    }

    fn row(&self) -> &[&'t str] {
        &self.fields
    }
}

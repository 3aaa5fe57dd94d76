//! The rows of a file without a `"` anywhere, which is nearly every price file.
//!
//! Why it exists: the speed goal (150,000 rows and their σ under 15 ms,
//! `benches/import.rs`), of which the csv crate's general reader took 8 ms. Without
//! quotes a row is simply the text between line endings (found with memchr) and its
//! fields the text between delimiters, of which only the ones the import asks for are
//! cut out. It reads exactly what the csv crate, set up as the import sets it up, reads
//! from such a text: a row ends at `\n`, `\r\n` or a lone `\r`; empty lines are no rows;
//! a line of delimiters is a row of empty fields. `tests/price_csv_paths.rs` checks that
//! the two give the same import on generated files; any text with a quote (or a second
//! byte order mark) is read by the crate.

use super::{Row, Rows};

pub(super) struct QuoteFree<'t> {
    text: &'t str,
    delimiter: u8,
    /// Where the next row may start (at a line ending, or at its first byte).
    at: usize,
    /// The row read last, without its line ending.
    line: &'t str,
    /// Where its delimiters are in `line`: only the fields the import asks for are cut.
    delimiters: Vec<usize>,
}

impl<'t> QuoteFree<'t> {
    /// Rows of `text`, which must hold no `"`.
    pub(super) fn new(text: &'t str, delimiter: u8) -> Self {
        Self {
            text,
            delimiter,
            at: 0,
            line: "",
            delimiters: Vec::new(),
        }
    }
}

impl Rows for QuoteFree<'_> {
    type Row = Self;

    fn position(&self) -> u64 {
        self.at as u64
    }

    fn advance(&mut self) -> Option<(u64, u64)> {
        let bytes = self.text.as_bytes();
        let skipped = bytes
            .get(self.at..)?
            .iter()
            .position(|&b| b != b'\n' && b != b'\r')?;
        let start = self.at + skipped;
        let end = memchr::memchr2(b'\n', b'\r', &bytes[start..]).map_or(bytes.len(), |n| start + n);
        // Line endings are ASCII, so both ends are character boundaries.
        self.line = self.text.get(start..end).unwrap_or("");
        // A plain loop, not memchr: fields are a few bytes long, too short for its set-up.
        let delimiter = self.delimiter;
        self.delimiters.clear();
        let found = self
            .line
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == delimiter);
        self.delimiters.extend(found.map(|(at, _)| at));
        self.at = end;
        Some((start as u64, end as u64))
    }

    fn row(&self) -> &Self {
        self
    }
}

impl Row for QuoteFree<'_> {
    fn count(&self) -> usize {
        self.delimiters.len() + 1
    }

    fn get(&self, i: usize) -> Option<&str> {
        let start = match i {
            0 => 0,
            _ => self.delimiters.get(i - 1)? + 1,
        };
        let end = self.delimiters.get(i).copied().unwrap_or(self.line.len());
        // The delimiter is ASCII, so both ends are character boundaries.
        self.line.get(start..end)
    }
}

//! Which encoding a price file is in. Japanese brokers and data sites still export
//! Shift_JIS (Windows code page 932), Excel's "Unicode text" is UTF-16 with a byte-order
//! mark, and everything else is UTF-8 with or without one. Pure: bytes in, text out.
//!
//! The order of the checks is what makes the guess safe: a byte-order mark decides;
//! then UTF-8, which a Shift_JIS file with any Japanese in it practically never is
//! (its lead bytes 0x81–0x9F and 0xE0–0xFC are followed by bytes a UTF-8 sequence
//! cannot continue with); then Shift_JIS. Nothing is decoded with replacement
//! characters: a file that is none of these is refused, naming the offending byte.

use encoding_rs::{DecoderResult, Encoding, SHIFT_JIS, UTF_8, UTF_16BE, UTF_16LE};

/// The encoding a file was read in, for the import preview and the CLI's report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextEncoding {
    #[default]
    Utf8,
    Utf8WithBom,
    Utf16Le,
    Utf16Be,
    /// WHATWG Shift_JIS, which is Windows code page 932 (NEC and IBM extensions included).
    ShiftJis,
}

impl std::fmt::Display for TextEncoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8WithBom => "UTF-8 with byte-order mark",
            TextEncoding::Utf16Le => "UTF-16 little-endian",
            TextEncoding::Utf16Be => "UTF-16 big-endian",
            TextEncoding::ShiftJis => "Shift_JIS (CP932)",
        })
    }
}

/// Bytes that are not text in any accepted encoding; `offset` is the first byte that is
/// not valid UTF-8 (the encoding a user would try to repair the file in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not UTF-8, UTF-16 or Shift_JIS text (invalid byte at offset {offset})")]
pub struct Undecodable {
    pub offset: usize,
}

/// The text of `bytes`, and the encoding it was found in.
pub fn decode_text(bytes: &[u8]) -> Result<(String, TextEncoding), Undecodable> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let kind = if encoding == UTF_8 {
            TextEncoding::Utf8WithBom
        } else if encoding == UTF_16LE {
            TextEncoding::Utf16Le
        } else {
            debug_assert_eq!(encoding, UTF_16BE);
            TextEncoding::Utf16Be
        };
        let body = &bytes[bom..];
        return match encoding.decode_without_bom_handling_and_without_replacement(body) {
            Some(text) => Ok((text.into_owned(), kind)),
            None => Err(Undecodable {
                offset: bom + first_invalid(encoding, body),
            }),
        };
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_owned(), TextEncoding::Utf8)),
        Err(utf8) => match SHIFT_JIS.decode_without_bom_handling_and_without_replacement(bytes) {
            Some(text) => Ok((text.into_owned(), TextEncoding::ShiftJis)),
            None => Err(Undecodable {
                offset: utf8.valid_up_to(),
            }),
        },
    }
}

/// Offset of the first malformed sequence of `body` in `encoding`.
fn first_invalid(encoding: &'static Encoding, body: &[u8]) -> usize {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(body.len())
            .unwrap_or(body.len() * 3),
    );
    let (result, read) = decoder.decode_to_string_without_replacement(body, &mut out, true);
    match result {
        // `read` ends `after` bytes past a malformed sequence of `bad` bytes.
        DecoderResult::Malformed(bad, after) => read
            .saturating_sub(usize::from(bad))
            .saturating_sub(usize::from(after)),
        _ => read,
    }
}

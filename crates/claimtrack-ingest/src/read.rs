//! Reading inputs: size cap, gzip, text decoding, format detection, and turning parsed items into
//! articles and problems.

use std::borrow::Cow;
use std::io::Read as _;

use claimtrack_model::Article;

use crate::Fields;
use crate::article::article_from_body;
use crate::discover::Input;
use crate::error::{Error, Result};
use crate::formats::{self, Failure, Format, Item, Locator};
use crate::problem::Problem;

/// How inputs are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The largest input read, in bytes (after decompression for `.gz`); larger ones are problems.
    pub max_bytes: u64,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            max_bytes: 16 * 1024 * 1024,
        }
    }
}

/// What reading gave: articles in input order, and problems (errors and warnings).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Batch {
    pub articles: Vec<Article>,
    pub problems: Vec<Problem>,
}

/// The name the task brief gives [`Batch`]; prefer `Batch`, which does not clash with
/// `std::io::Read`.
pub type Read = Batch;

impl Batch {
    /// Whether any problem is an error (an input or item gave no article).
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// Appends another batch, keeping order.
    pub fn extend(&mut self, other: Batch) {
        self.articles.extend(other.articles);
        self.problems.extend(other.problems);
    }
}

/// Reads one input. Never panics; every failure is a problem in the batch.
pub fn read_input(input: &Input, config: &Config) -> Batch {
    read_input_sized(input, config).0
}

/// Reads one input, like [`read_input`], and gives its size on disk too: the size of a file as
/// its metadata says when it was opened (compressed, for `.gz`); 0 for standard input and for a
/// file that could not be opened. It saves a caller that counts bytes a second `stat` per file.
pub fn read_input_sized(input: &Input, config: &Config) -> (Batch, u64) {
    let name = input.name();
    let (bytes, size) = match input {
        Input::Stdin => (read_capped(std::io::stdin().lock(), 0, config.max_bytes), 0),
        Input::File(path) => match std::fs::File::open(path) {
            Ok(file) => {
                let size = file.metadata().map_or(0, |meta| meta.len());
                let bytes = if size > config.max_bytes {
                    Err(Error::TooLarge {
                        max: config.max_bytes,
                    })
                } else {
                    read_capped(file, size, config.max_bytes)
                };
                (bytes, size)
            }
            Err(err) => (Err(Error::from(err)), 0),
        },
    };
    let batch = match bytes {
        Ok(bytes) => read_bytes(&name, &bytes, config),
        Err(err) => Batch {
            articles: Vec::new(),
            problems: vec![problem(&name, None, &err)],
        },
    };
    (batch, size)
}

/// Reads articles from bytes in memory.
///
/// `origin` names the input in problems and article paths; its extension (after a `.gz`) picks
/// the format, and content sniffing decides when the extension says nothing. Gzip is recognised
/// by extension or magic bytes. Never panics.
pub fn read_bytes(origin: &str, bytes: &[u8], config: &Config) -> Batch {
    let mut batch = Batch::default();
    let text = match decode(origin, bytes, config) {
        Ok(decoded) => decoded,
        Err(failure) => {
            batch
                .problems
                .push(problem(origin, failure.line, &failure.error));
            return batch;
        }
    };
    let format = Format::detect(&text.name, &text.text);
    // The readers are written not to panic, but they sit on HTML and XML parsers this crate does
    // not control; a panic there costs one input, never the batch.
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        formats::parse(format, &text.text)
    }));
    let Ok(parsed) = parsed else {
        batch.problems.push(Problem::error(
            origin,
            None,
            "internal error: the reader panicked on this input (please report it)",
        ));
        return batch;
    };
    for result in parsed {
        match result {
            Ok(item) => push_item(&mut batch, origin, item),
            Err(failure) => batch
                .problems
                .push(problem(origin, failure.line, &failure.error)),
        }
    }
    if batch.articles.is_empty() && batch.problems.is_empty() {
        // An empty JSON array or a feed without items: say so rather than print nothing.
        batch
            .problems
            .push(Problem::error(origin, None, "no articles found"));
    }
    batch
}

fn push_item(batch: &mut Batch, origin: &str, item: Item) {
    let (path, line, prefix) = match item.locator {
        Locator::Whole => (origin.to_owned(), None, String::new()),
        Locator::Line(line) => (format!("{origin}:{line}"), Some(line), String::new()),
        Locator::Index(index) => (format!("{origin}#{index}"), None, format!("item {index}: ")),
    };
    let fields = Fields {
        path: Some(path),
        ..item.fields
    };
    // The body is given away: a body that is already normal becomes the article's as it is.
    let article = article_from_body(fields, Cow::Owned(item.body), item.laid_out);
    if article.body.is_empty() {
        batch.problems.push(Problem::error(
            origin,
            line,
            format!("{prefix}no article text"),
        ));
        return;
    }
    if item.truncated {
        batch.problems.push(Problem::warning(
            origin,
            line,
            format!("{prefix}text cut short by the source (`[+N chars]`); only its start was read"),
        ));
    }
    if article.published.is_none() {
        let message = match item.unparsed_date {
            Some(date) => {
                format!("{prefix}unparseable publication date `{date}`; published is null")
            }
            None => format!("{prefix}no publication date found; published is null"),
        };
        batch.problems.push(Problem::warning(origin, line, message));
    }
    batch.articles.push(article);
}

fn problem(origin: &str, line: Option<usize>, error: &Error) -> Problem {
    Problem::error(origin, line, error.to_string())
}

/// Decoded text and the name whose extension tells its format (`a.json` for `a.json.gz`).
struct Decoded {
    name: String,
    text: String,
}

fn decode(origin: &str, bytes: &[u8], config: &Config) -> Result<Decoded, Failure> {
    let whole = |error| Failure { line: None, error };
    if bytes.len() as u64 > config.max_bytes {
        return Err(whole(Error::TooLarge {
            max: config.max_bytes,
        }));
    }
    let lower = origin.to_ascii_lowercase();
    let gzipped = lower.ends_with(".gz") || bytes.starts_with(&[0x1f, 0x8b]);
    let (name, inflated);
    let data = if gzipped {
        name = lower.strip_suffix(".gz").unwrap_or(&lower).to_owned();
        inflated = gunzip(bytes, config.max_bytes).map_err(whole)?;
        inflated.as_slice()
    } else {
        name = lower;
        bytes
    };
    let text = to_text(data)?;
    if text.trim().is_empty() {
        return Err(whole(Error::Empty));
    }
    Ok(Decoded { name, text })
}

fn gunzip(bytes: &[u8], max: u64) -> Result<Vec<u8>> {
    let decoder = flate2::read::MultiGzDecoder::new(bytes);
    let mut out = Vec::new();
    decoder
        .take(max.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(Error::Gzip)?;
    if out.len() as u64 > max {
        return Err(Error::TooLarge { max });
    }
    Ok(out)
}

/// Reads at most `max` bytes (one more shows the input is too large).
///
/// `expected` is the size the input should have (a file's metadata, 0 when unknown): the buffer
/// is allocated for it up front, so that a file is read in one `read` and one more that sees its
/// end, instead of small probing reads and a growing buffer.
fn read_capped(reader: impl std::io::Read, expected: u64, max: u64) -> Result<Vec<u8>> {
    let capacity = usize::try_from(expected.min(max).saturating_add(1)).unwrap_or(0);
    let mut out = Vec::with_capacity(capacity);
    reader.take(max.saturating_add(1)).read_to_end(&mut out)?;
    if out.len() as u64 > max {
        return Err(Error::TooLarge { max });
    }
    Ok(out)
}

/// Bytes to text: UTF-8 (a byte order mark dropped) or UTF-16 with a byte order mark; anything
/// that looks binary or is not valid UTF-8 is an error.
fn to_text(data: &[u8]) -> Result<String, Failure> {
    let whole = |error| Failure { line: None, error };
    if data.is_empty() {
        return Err(whole(Error::Empty));
    }
    if let Some(text) = utf16(data) {
        return text.ok_or_else(|| whole(Error::Binary("invalid UTF-16")));
    }
    let head = &data[..data.len().min(8192)];
    if let Some(kind) = binary_signature(head) {
        return Err(whole(Error::Binary(kind)));
    }
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    match std::str::from_utf8(data) {
        Ok(text) => Ok(text.to_owned()),
        Err(err) => {
            let offset = err.valid_up_to();
            let line = data[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(Failure {
                line: Some(line),
                error: Error::InvalidUtf8 { offset, line },
            })
        }
    }
}

/// Decodes UTF-16 with a byte order mark; `None` when there is no UTF-16 byte order mark.
fn utf16(data: &[u8]) -> Option<Option<String>> {
    let little = data.starts_with(&[0xFF, 0xFE]);
    let big = data.starts_with(&[0xFE, 0xFF]);
    if !little && !big {
        return None;
    }
    let units = data[2..].chunks(2).map(|pair| match pair {
        [a, b] if little => u16::from_le_bytes([*a, *b]),
        [a, b] => u16::from_be_bytes([*a, *b]),
        _ => 0xFFFD,
    });
    Some(
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .ok(),
    )
}

/// Why the start of a file looks binary, if it does.
fn binary_signature(head: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF-", "PDF document"),
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"PK\x03\x04", "zip archive"),
        (b"\x7FELF", "executable"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| head.starts_with(magic)) {
        return Some(kind);
    }
    // NUL is a control byte, so the search for one is only needed when there are any.
    let controls = control_bytes(head);
    if controls > 0 && head.contains(&0) {
        return Some("contains NUL bytes");
    }
    if controls * 10 > head.len() {
        return Some("mostly control characters");
    }
    None
}

/// How many bytes of `head` are control characters other than white space.
///
/// It runs on the start of every input, so the common answer comes from one cheap count first:
/// text whose only bytes below 0x20 are line feeds has none.
fn control_bytes(head: &[u8]) -> usize {
    if count_bytes(head, |b| (b < 0x20) & (b != b'\n')) == 0 {
        return 0;
    }
    count_bytes(head, |b| {
        b < 0x20 && b != b'\n' && b != b'\r' && b != b'\t' && b != 0x0C
    })
}

/// How many bytes of `bytes` satisfy `pred`.
///
/// Summed in `u8` lanes, the comparisons compile to vector instructions, where a
/// `filter(..).count()` is a loop over single bytes that costs several instructions each. The
/// blocks of 224 bytes keep each block's sum from overflowing, and are a whole number of 32-byte
/// steps of the vector loop, which leaves no bytes of a block to its one-byte-at-a-time tail.
fn count_bytes(bytes: &[u8], pred: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(224)
        .map(|block| {
            let count = block
                .iter()
                .fold(0u8, |count, &b| count.wrapping_add(u8::from(pred(b))));
            usize::from(count)
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_bytes_are_counted_with_or_without_the_shortcut() {
        let long: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
        let heads: [&[u8]; 8] = [
            b"",
            b"Plain text.\nTwo lines.\n",
            b"CRLF text.\r\nTab\there, form feed\x0C.",
            b"Bell\x07 and NUL\x00 and escape\x1B.",
            b"\x0B vertical tab",
            "Curly \u{201C}quotes\u{201D}\n".as_bytes(),
            &long,
            &[0x1F; 600],
        ];
        for head in heads {
            let expected = head
                .iter()
                .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
                .count();
            assert_eq!(control_bytes(head), expected, "{head:?}");
        }
    }
}

//! Splitting text into lines with `memchr`, for the readers' hot paths.
//!
//! `str::lines` and `str::split('\n')` look for line ends with the standard library's portable
//! `memchr`, which tests a machine word at a time; the `memchr` crate tests a vector register at
//! a time, which matters when every byte of every article is split into lines twice or three
//! times. The iterators here give exactly what the standard ones give.

/// The lines of `text`, like [`str::lines`]: split at `\n`, one `\r` before it dropped, and no
/// empty last line after a final line end.
pub(crate) fn lines_of(text: &str) -> Lines<'_> {
    Lines { rest: text }
}

/// The pieces of `text` between `\n`s, like `text.split('\n')`: `n` line ends give `n + 1`
/// pieces, the last one empty when `text` ends with a line end.
pub(crate) fn split_newlines(text: &str) -> SplitNewlines<'_> {
    SplitNewlines { rest: Some(text) }
}

/// The iterator of [`lines_of`].
#[derive(Debug, Clone)]
pub(crate) struct Lines<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        let (line, rest) = cut_at_newline(self.rest);
        self.rest = rest.unwrap_or("");
        Some(match rest {
            Some(_) => line.strip_suffix('\r').unwrap_or(line),
            // The last line has no line end, so a `\r` at its end is text.
            None => line,
        })
    }
}

/// The iterator of [`split_newlines`].
#[derive(Debug, Clone)]
pub(crate) struct SplitNewlines<'a> {
    /// What is left to split; `None` once the last piece has been given.
    rest: Option<&'a str>,
}

impl<'a> Iterator for SplitNewlines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let (line, rest) = cut_at_newline(self.rest?);
        self.rest = rest;
        Some(line)
    }
}

/// `text` up to its first `\n`, and what follows that `\n` (`None` when there is none).
fn cut_at_newline(text: &str) -> (&str, Option<&str>) {
    // An empty line (the blank line between paragraphs) needs no search: a call to `memchr`
    // costs more than the test.
    if text.as_bytes().first() == Some(&b'\n') {
        return ("", Some(text.get(1..).unwrap_or_default()));
    }
    match memchr::memchr(b'\n', text.as_bytes()) {
        // `\n` is ASCII, so both sides of it are `char` boundaries.
        Some(at) => (
            text.get(..at).unwrap_or_default(),
            Some(text.get(at + 1..).unwrap_or_default()),
        ),
        None => (text, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts where line splitting can go wrong: empty text, line ends at either end, CRLF and
    /// lone CRs, blank lines, and non-ASCII text next to line ends.
    const TRICKY: &[&str] = &[
        "",
        "\n",
        "\n\n",
        "\r",
        "\r\n",
        "\r\r\n",
        "\n\r",
        "one",
        "one\n",
        "one\r\n",
        "one\r",
        "\none",
        "one\ntwo",
        "one\r\ntwo\r\n\r\nthree",
        "one\rtwo\n",
        "  \n \n\n  ",
        "“quoted”\n… é\u{2028}x\n\u{00A0}\n",
        "a\n\n\nb\n\n",
    ];

    #[test]
    fn lines_are_what_str_lines_gives() {
        for text in TRICKY {
            let expected: Vec<&str> = text.lines().collect();
            assert_eq!(lines_of(text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    #[test]
    fn pieces_are_what_split_gives() {
        for text in TRICKY {
            let expected: Vec<&str> = text.split('\n').collect();
            assert_eq!(
                split_newlines(text).collect::<Vec<_>>(),
                expected,
                "{text:?}"
            );
        }
    }
}

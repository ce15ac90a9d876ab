//! Text rendered straight into an [`io::Write`], a buffer at a time.
//!
//! The Markdown and HTML renderers write into a [`Sink`] as they would into a `String`
//! (`push_str`, `push`, `write!`), and the sink hands its buffer to the output whenever it holds
//! [`FLUSH_AT`] bytes. So a report goes to its file as it is rendered: over a 10,000-article
//! ledger the HTML is 34 MB, which a `String` held whole (and grew by doubling) before it was
//! written.

use std::fmt;
use std::io;

/// How much text the sink gathers before it writes it out.
const FLUSH_AT: usize = 64 * 1024;

/// A buffered text writer over an [`io::Write`]. The first write error is kept, later text is
/// dropped, and [`Sink::finish`] returns the error: a renderer need not check every write.
pub(crate) struct Sink<'a> {
    buf: String,
    out: &'a mut dyn io::Write,
    error: Option<io::Error>,
}

impl<'a> Sink<'a> {
    pub(crate) fn new(out: &'a mut dyn io::Write) -> Sink<'a> {
        Sink {
            buf: String::with_capacity(FLUSH_AT),
            out,
            error: None,
        }
    }

    pub(crate) fn push_str(&mut self, text: &str) {
        self.buf.push_str(text);
        if self.buf.len() >= FLUSH_AT {
            self.write_out();
        }
    }

    pub(crate) fn push(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0; 4]));
    }

    /// Writes out what is left and returns the first write error, if any.
    pub(crate) fn finish(mut self) -> io::Result<()> {
        self.write_out();
        self.error.map_or(Ok(()), Err)
    }

    fn write_out(&mut self) {
        if self.error.is_none()
            && let Err(error) = self.out.write_all(self.buf.as_bytes())
        {
            self.error = Some(error);
        }
        self.buf.clear();
    }
}

impl fmt::Write for Sink<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.push_str(text);
        Ok(())
    }
}

/// What `render` writes, as one `String` (for callers that want the text itself).
pub(crate) fn to_string(render: impl FnOnce(&mut Sink<'_>)) -> String {
    let mut bytes = Vec::new();
    let mut sink = Sink::new(&mut bytes);
    render(&mut sink);
    // Writing into a `Vec` cannot fail, and a sink writes only whole `&str`s.
    match sink.finish() {
        Ok(()) => String::from_utf8(bytes)
            .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned()),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;

    #[test]
    fn text_comes_out_whole_and_in_order_across_flushes() {
        let mut expected = String::new();
        let text = to_string(|sink| {
            for i in 0..20_000 {
                let _ = write!(sink, "row {i};");
                sink.push('\n');
                sink.push_str("é");
                let _ = write!(expected, "row {i};\né");
            }
        });
        assert!(text.len() > 2 * FLUSH_AT);
        assert_eq!(text, expected);
    }

    /// An output that takes `room` bytes and then fails.
    struct Full {
        room: usize,
        written: Vec<u8>,
    }

    impl io::Write for Full {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.room == 0 {
                return Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"));
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            self.written.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn the_first_write_error_is_returned_by_finish() {
        let mut full = Full {
            room: 100,
            written: Vec::new(),
        };
        let mut sink = Sink::new(&mut full);
        for _ in 0..3 * FLUSH_AT {
            sink.push('x');
        }
        let error = sink.finish().expect_err("the output filled up");
        assert_eq!(error.kind(), io::ErrorKind::StorageFull);
        assert_eq!(full.written.len(), 100);
    }
}

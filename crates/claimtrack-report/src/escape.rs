//! Escaping article text for the formats it lands in.
//!
//! Article text is untrusted: a title, quote or place name may hold markup. HTML escaping covers
//! both text and attribute values (quotes included); Markdown escaping also neutralises raw HTML,
//! because Markdown renderers pass it through.

use std::fmt::Write as _;

/// Escapes `text` for HTML text and double- or single-quoted attribute values.
pub(crate) fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than white space are invalid in HTML; drop them.
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes `text` for a Markdown paragraph or table cell: markup characters are backslash-escaped,
/// `<`, `>` and `&` become entities (so no raw HTML survives), and line breaks become spaces so a
/// cell stays on its row.
pub(crate) fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A link target that is safe to put in an `href`: only `http` and `https` URLs are kept, so a
/// `javascript:` or `data:` URL in an article's metadata never becomes a link.
pub(crate) fn safe_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url
        .get(..8)
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let ok = lower.starts_with("https://") || lower.starts_with("http://");
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    (ok && clean).then_some(url)
}

/// A percent-encoded form of `url` for Markdown link targets: characters that would end or
/// confuse the link (`(`, `)`, `<`, `>`, spaces) are encoded.
pub(crate) fn markdown_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '(' | ')' | '<' | '>' | '"' | '\'' | '\\' | '`' | '[' | ']' | '|' | '*' | '_' => {
                let mut buf = [0; 4];
                for byte in c.encode_utf8(&mut buf).bytes() {
                    let _ = write!(out, "%{byte:02X}");
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// A fragment identifier made of ASCII letters, digits, `-` and `_` only, so that claim ids can
/// be used as anchors whatever they hold.
pub(crate) fn anchor(id: &str) -> String {
    let mut out = String::from("claim-");
    for c in id.chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            out.push(c);
        } else {
            let _ = write!(out, "_{:x}", u32::from(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(
            html(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }

    #[test]
    fn markdown_escapes_raw_html_and_cells() {
        assert_eq!(
            markdown("<script>a|b</script>\n*x*"),
            "&lt;script&gt;a\\|b&lt;/script&gt; \\*x\\*"
        );
    }

    #[test]
    fn only_web_urls_become_links() {
        assert_eq!(
            safe_url(" https://a.example/x "),
            Some("https://a.example/x")
        );
        assert_eq!(safe_url("HTTP://a.example"), Some("HTTP://a.example"));
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(
            safe_url("https://a.example/\"><script>"),
            Some("https://a.example/\"><script>")
        );
        assert_eq!(safe_url("https://a b"), None);
        assert_eq!(
            markdown_url("https://a.example/(x)"),
            "https://a.example/%28x%29"
        );
    }

    #[test]
    fn anchors_are_plain_ascii() {
        assert_eq!(anchor("d-1a"), "claim-d-1a");
        assert_eq!(anchor("a\"<b"), "claim-a_22_3cb");
    }
}

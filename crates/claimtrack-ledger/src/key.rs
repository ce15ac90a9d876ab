//! Normalised keys for matching: places, actors, demands, claim ids.
//!
//! Keys are only compared, never shown; the text as written stays in the evidence.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// An accent-, case- and punctuation-insensitive key: `Chasiv-Yar`, `chasiv yar` and `Chásiv Yar`
/// all give `chasiv yar`.
pub(crate) fn text_key(text: &str) -> String {
    if text.is_ascii() {
        ascii_text_key(text)
    } else {
        unicode_text_key(text)
    }
}

/// [`text_key`] of any text.
fn unicode_text_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            if pending_space && !key.is_empty() {
                key.push(' ');
            }
            pending_space = false;
            key.extend(c.to_lowercase());
        } else if c != '\'' && c != '\u{2019}' {
            // Apostrophes join (`Kup'yansk` is `kupyansk`); everything else separates words.
            pending_space = true;
        }
    }
    key
}

/// [`text_key`] of ASCII text, which has nothing to decompose: the same key without the
/// Unicode normalisation, which cost more than the rest of storing a claim's keys.
fn ascii_text_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let mut pending_space = false;
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() {
            if pending_space && !key.is_empty() {
                key.push(' ');
            }
            pending_space = false;
            key.push(char::from(b.to_ascii_lowercase()));
        } else if b != b'\'' {
            pending_space = true;
        }
    }
    key
}

/// The key of an optional actor: empty when unknown.
pub(crate) fn actor_key(actor: Option<&str>) -> String {
    actor.map(text_key).unwrap_or_default()
}

/// The key of a set of actors: sorted, without repeats or unknowns, `|`-joined.
pub(crate) fn set_key<'a>(actors: impl IntoIterator<Item = &'a str>) -> String {
    let mut keys: Vec<String> = actors
        .into_iter()
        .map(text_key)
        .filter(|k| !k.is_empty())
        .collect();
    keys.sort();
    keys.dedup();
    keys.join("|")
}

/// Words that carry no meaning of a demand.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "to", "of", "and", "or", "for", "in", "on", "with", "by", "is", "was", "be",
    "been", "are", "were", "its", "it", "their", "his", "her", "that", "this", "unless", "if",
    "not", "no", "would", "will", "should", "must", "make", "reach", "reached", "agree", "agreed",
];

/// The content words of a demand, crudely stemmed (`deals` and `deal` agree).
pub(crate) fn demand_tokens(demand: &str) -> Vec<String> {
    let mut tokens: Vec<String> = text_key(demand)
        .split(' ')
        .filter(|w| !w.is_empty() && !STOP_WORDS.contains(w))
        .map(|w| {
            let stem = w
                .strip_suffix("ing")
                .or_else(|| w.strip_suffix("ed"))
                .or_else(|| w.strip_suffix("es"))
                .or_else(|| w.strip_suffix('s'))
                .filter(|s| s.len() >= 3)
                .unwrap_or(w);
            stem.to_owned()
        })
        .collect();
    tokens.sort();
    tokens.dedup();
    tokens
}

/// The stored form of a demand's content words: [`demand_tokens`] joined by spaces (no token
/// holds a space, so [`key_tokens`] splits it back exactly). Stored once per claim, so that
/// matching never normalises a stored demand again.
pub(crate) fn demand_key(tokens: &[String]) -> String {
    tokens.join(" ")
}

/// The tokens of a stored [`demand_key`].
pub(crate) fn key_tokens(key: &str) -> Vec<String> {
    key.split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether two demands, as written, ask for the same thing (see [`tokens_agree`]).
#[cfg(test)]
pub(crate) fn demands_agree(a: Option<&str>, b: Option<&str>) -> bool {
    let a = a.map(demand_tokens);
    let b = b.map(demand_tokens);
    tokens_agree(a.as_deref(), b.as_deref())
}

/// Whether two demands, reduced to their sorted [`demand_tokens`], ask for the same thing: at
/// least half the content words of the shorter one appear in the longer one. A demand the text
/// does not state (`None`, or no content words) matches any demand: issuer and targets then
/// identify the thread.
pub(crate) fn tokens_agree(a: Option<&[String]>, b: Option<&[String]>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return true;
    };
    if a.is_empty() || b.is_empty() {
        return true;
    }
    // Both are sorted without repeats, so a binary search finds a shared word.
    let shared = a.iter().filter(|t| b.binary_search(t).is_ok()).count();
    shared * 2 >= a.len().min(b.len())
}

/// A stable 64-bit hash (FNV-1a) of the parts, for claim ids that do not depend on ingest order
/// or on the database.
pub(crate) fn stable_hash(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_keys_ignore_accents_case_and_punctuation() {
        assert_eq!(text_key("Chásiv-Yar"), "chasiv yar");
        assert_eq!(text_key("  CHASIV  yar "), "chasiv yar");
        assert_eq!(text_key("Kup'yansk"), "kupyansk");
        assert_ne!(text_key("Novopil"), text_key("Novopillia"));
    }

    #[test]
    fn ascii_keys_are_the_unicode_keys() {
        for text in [
            "Chasiv-Yar",
            "  CHASIV  yar ",
            "Kup'yansk",
            "Side 12 / the 3rd Brigade",
            "a_b\tc\u{7f}d",
            "",
            "'",
            &(0_u8..128).map(char::from).collect::<String>(),
        ] {
            let general = unicode_text_key(text);
            assert_eq!(ascii_text_key(text), general, "{text:?}");
            assert_eq!(text_key(text), general, "{text:?}");
        }
    }

    #[test]
    fn demands_agree_on_shared_content_words() {
        assert!(demands_agree(
            Some("a peace deal is reached"),
            Some("make a deal")
        ));
        assert!(demands_agree(None, Some("release the hostages")));
        assert!(!demands_agree(
            Some("release the hostages"),
            Some("withdraw troops from the border")
        ));
    }

    #[test]
    fn demand_keys_split_back_to_their_tokens() {
        for demand in [
            "a peace deal is reached",
            "",
            "Release the hostages' families",
            "the",
        ] {
            let tokens = demand_tokens(demand);
            assert_eq!(key_tokens(&demand_key(&tokens)), tokens);
        }
    }

    #[test]
    fn set_keys_are_order_free() {
        assert_eq!(
            set_key(["Ukraine", "Russia"]),
            set_key(["russia", "Ukraine", "Russia"])
        );
    }
}

//! A claim detail as JSON, written directly: the text `serde_json::to_string` gives, byte for
//! byte, at a fraction of its cost.
//!
//! Every report's evidence row stores its detail as JSON, and writing it was the largest part of
//! [`crate::Prepared::new`]: serde drives each field through its generic machinery, and chrono
//! writes each date through `fmt`, one piece at a time. The detail types are plain (strings,
//! options, lists, unit enums, dates), so this module writes them by hand, in the order and with
//! the escapes serde's derive and `serde_json` use. A test compares the two over generated
//! details, so a change to the model's serde attributes shows up there.

use chrono::{Datelike, NaiveDate};
use claimtrack_model::{ClaimDetail, Deadline, Exchange, ExchangeItem, Interval, Territorial};

/// The detail as `serde_json::to_string` writes it, or `None` when it holds a date this writer
/// leaves to serde (a year outside 0 to 9999, which chrono writes with a sign).
pub(crate) fn detail_json(detail: &ClaimDetail) -> Option<String> {
    let mut out = Json(String::with_capacity(320));
    match detail {
        ClaimDetail::Deadline(d) => out.deadline(d)?,
        ClaimDetail::Exchange(x) => out.exchange(x)?,
        ClaimDetail::Territorial(t) => out.territorial(t)?,
    }
    Some(out.0)
}

/// The text being written.
struct Json(String);

impl Json {
    /// `{"kind":"<kind>"`: the tag serde writes first for an internally tagged enum.
    fn open(&mut self, kind: &str) {
        self.0.push_str("{\"kind\":\"");
        self.0.push_str(kind);
        self.0.push('"');
    }

    /// `,"<name>":`, the start of a field after the first.
    fn key(&mut self, name: &str) {
        self.0.push_str(",\"");
        self.0.push_str(name);
        self.0.push_str("\":");
    }

    fn deadline(&mut self, d: &Deadline) -> Option<()> {
        // Every field named: a field added to the model does not compile here until it is
        // written too.
        let Deadline {
            issuer,
            targets,
            demand,
            consequence,
            expression,
            issued,
            due,
        } = d;
        self.open("deadline");
        self.key("issuer");
        self.opt_str(issuer.as_deref());
        self.key("targets");
        self.strs(targets);
        self.key("demand");
        self.opt_str(demand.as_deref());
        self.key("consequence");
        self.opt_str(consequence.as_deref());
        self.key("expression");
        self.str(expression);
        self.key("issued");
        self.opt_interval(issued.as_ref())?;
        self.key("due");
        self.opt_interval(due.as_ref())?;
        self.0.push('}');
        Some(())
    }

    fn exchange(&mut self, x: &Exchange) -> Option<()> {
        let Exchange {
            items,
            parties,
            mediator,
            when,
            status,
        } = x;
        self.open("exchange");
        self.key("items");
        self.0.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            self.item(item);
        }
        self.0.push(']');
        self.key("parties");
        self.strs(parties);
        self.key("mediator");
        self.opt_str(mediator.as_deref());
        self.key("when");
        self.0.push('[');
        for (i, interval) in when.iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            self.interval(interval)?;
        }
        self.0.push(']');
        self.key("status");
        self.name(status.as_str());
        self.0.push('}');
        Some(())
    }

    fn item(&mut self, item: &ExchangeItem) {
        let ExchangeItem {
            category,
            count,
            approx,
            from,
            to,
        } = item;
        self.0.push_str("{\"category\":");
        self.name(category.as_str());
        self.key("count");
        match count {
            Some(count) => self.number(*count),
            None => self.null(),
        }
        self.key("approx");
        match approx {
            Some(approx) => self.name(approx.as_str()),
            None => self.null(),
        }
        self.key("from");
        self.opt_str(from.as_deref());
        self.key("to");
        self.opt_str(to.as_deref());
        self.0.push('}');
    }

    fn territorial(&mut self, t: &Territorial) -> Option<()> {
        let Territorial {
            place,
            place_type,
            region,
            country,
            action,
            verb,
            actor,
            claimant,
            announced,
            status,
        } = t;
        self.open("territorial");
        self.key("place");
        self.str(place);
        self.key("place_type");
        match place_type {
            Some(place_type) => self.name(place_type.as_str()),
            None => self.null(),
        }
        self.key("region");
        self.opt_str(region.as_deref());
        self.key("country");
        self.opt_str(country.as_deref());
        self.key("action");
        self.name(action.as_str());
        self.key("verb");
        self.opt_str(verb.as_deref());
        self.key("actor");
        self.opt_str(actor.as_deref());
        self.key("claimant");
        self.opt_str(claimant.as_deref());
        self.key("announced");
        self.opt_interval(announced.as_ref())?;
        self.key("status");
        self.name(status.as_str());
        self.0.push('}');
        Some(())
    }

    fn opt_interval(&mut self, interval: Option<&Interval>) -> Option<()> {
        match interval {
            Some(interval) => self.interval(interval),
            None => {
                self.null();
                Some(())
            }
        }
    }

    fn interval(&mut self, interval: &Interval) -> Option<()> {
        let Interval { start, end, text } = interval;
        self.0.push_str("{\"start\":");
        self.date(*start)?;
        self.key("end");
        self.date(*end)?;
        self.key("text");
        self.opt_str(text.as_deref());
        self.0.push('}');
        Some(())
    }

    /// A date as chrono serialises it (`"YYYY-MM-DD"`), for the years written with four
    /// digits.
    fn date(&mut self, day: NaiveDate) -> Option<()> {
        let year = u32::try_from(day.year()).ok().filter(|&y| y <= 9_999)?;
        self.0.push('"');
        self.digits(year, 4);
        self.0.push('-');
        self.digits(day.month(), 2);
        self.0.push('-');
        self.digits(day.day(), 2);
        self.0.push('"');
        Some(())
    }

    /// The last `width` decimal digits of `n`, zero-padded.
    fn digits(&mut self, n: u32, width: u32) {
        for place in (0..width).rev() {
            let digit = (n / 10_u32.pow(place)) % 10;
            self.0
                .push(char::from(b'0' + u8::try_from(digit).unwrap_or(0)));
        }
    }

    /// A number in decimal, as `serde_json` writes an integer (with the same `itoa`).
    fn number(&mut self, n: u64) {
        self.0.push_str(itoa::Buffer::new().format(n));
    }

    fn null(&mut self) {
        self.0.push_str("null");
    }

    /// A unit enum's name (snake case, no character to escape).
    fn name(&mut self, name: &str) {
        self.0.push('"');
        self.0.push_str(name);
        self.0.push('"');
    }

    fn opt_str(&mut self, text: Option<&str>) {
        match text {
            Some(text) => self.str(text),
            None => self.null(),
        }
    }

    fn strs(&mut self, texts: &[String]) {
        self.0.push('[');
        for (i, text) in texts.iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            self.str(text);
        }
        self.0.push(']');
    }

    /// A string with `serde_json`'s escapes: `"` and `\`, the short forms of backspace, form
    /// feed, newline, carriage return and tab, `\u00XX` (lowercase hex) for the other control
    /// characters below U+0020, and every other character as it is. Runs without an escape,
    /// most of a text, are passed over eight bytes at a time (see [`clean_words`]).
    fn str(&mut self, text: &str) {
        self.0.push('"');
        let bytes = text.as_bytes();
        // The start of the run not yet written, and the byte looked at.
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            i += bytes.get(i..).map_or(0, clean_words);
            let Some(&byte) = bytes.get(i) else {
                break;
            };
            let escape = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                0x08 => "\\b",
                0x0c => "\\f",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x00..=0x1f => "",
                _ => {
                    i += 1;
                    continue;
                }
            };
            // Every byte escaped is ASCII, so `start..i` and `i + 1..` are on char boundaries.
            self.0.push_str(text.get(start..i).unwrap_or_default());
            if escape.is_empty() {
                self.0.push_str("\\u00");
                self.0.push_str(&hex::encode([byte]));
            } else {
                self.0.push_str(escape);
            }
            i += 1;
            start = i;
        }
        self.0.push_str(text.get(start..).unwrap_or_default());
        self.0.push('"');
    }
}

/// How many bytes at the start of `bytes`, in whole words of eight, [`Json::str`] writes as
/// they are: none is below U+0020, `"` or `\`. A word is tested at once, with the usual tests
/// for a zero byte and for a byte below a bound (exact about whether any byte of the word
/// matches, which is all they are asked); a byte-by-byte test was most of the cost of writing
/// a claim's detail.
fn clean_words(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |word: u64| word.wrapping_sub(ONES) & !word & HIGH;
    let mut clean = 0;
    for word in bytes.chunks_exact(8) {
        let Ok(word) = <[u8; 8]>::try_from(word) else {
            break;
        };
        let word = u64::from_le_bytes(word);
        let control = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
        let quote = zero_byte(word ^ (ONES * u64::from(b'"')));
        let backslash = zero_byte(word ^ (ONES * u64::from(b'\\')));
        if control | quote | backslash != 0 {
            break;
        }
        clean += 8;
    }
    clean
}

#[cfg(test)]
mod tests {
    //! The direct writer against `serde_json`, over generated details of every kind.

    use chrono::{Days, NaiveDate};
    use claimtrack_model::{
        Action, Approx, Category, ClaimDetail, Deadline, Exchange, ExchangeItem, ExchangeStatus,
        Interval, PlaceType, Territorial, TerritorialStatus,
    };
    use fastrand::Rng;

    use super::{Json, detail_json};

    /// Texts with every kind of character the escapes treat differently.
    const TEXTS: &[&str] = &[
        "",
        "Kyiv",
        "Pokrovsk \"city\"",
        "back\\slash",
        "tab\there, new\nline, return\r",
        "bell\u{7} nul\u{0} unit\u{1f} esc\u{1b} bs\u{8} ff\u{c} del\u{7f}",
        "Zaporizhzhia – Запоріжжя, «quoted», café",
        "line\u{2028}separator and emoji 🕊️",
        "within 48 hours",
    ];

    fn text(rng: &mut Rng) -> String {
        TEXTS[rng.usize(..TEXTS.len())].to_owned()
    }

    fn opt_text(rng: &mut Rng) -> Option<String> {
        rng.bool().then(|| text(rng))
    }

    fn texts(rng: &mut Rng) -> Vec<String> {
        (0..rng.usize(..3)).map(|_| text(rng)).collect()
    }

    fn pick<T: Copy>(rng: &mut Rng, all: &[T]) -> T {
        all[rng.usize(..all.len())]
    }

    fn day(rng: &mut Rng) -> NaiveDate {
        let base =
            NaiveDate::from_ymd_opt(pick(rng, &[0, 1, 999, 2025, 9_998]), 1, 1).unwrap_or_default();
        base.checked_add_days(Days::new(rng.u64(..365)))
            .unwrap_or(base)
    }

    fn interval(rng: &mut Rng) -> Interval {
        let start = day(rng);
        Interval {
            start,
            end: start
                .checked_add_days(Days::new(rng.u64(..3)))
                .unwrap_or(start),
            text: opt_text(rng),
        }
    }

    fn detail(rng: &mut Rng) -> ClaimDetail {
        match rng.u8(..3) {
            0 => ClaimDetail::Deadline(Deadline {
                issuer: opt_text(rng),
                targets: texts(rng),
                demand: opt_text(rng),
                consequence: opt_text(rng),
                expression: text(rng),
                issued: rng.bool().then(|| interval(rng)),
                due: rng.bool().then(|| interval(rng)),
            }),
            1 => ClaimDetail::Exchange(Exchange {
                items: (0..rng.usize(..3))
                    .map(|_| ExchangeItem {
                        category: pick(rng, Category::ALL),
                        count: rng.bool().then(|| pick(rng, &[0, 7, 186, u64::MAX])),
                        approx: rng.bool().then(|| pick(rng, Approx::ALL)),
                        from: opt_text(rng),
                        to: opt_text(rng),
                    })
                    .collect(),
                parties: texts(rng),
                mediator: opt_text(rng),
                when: (0..rng.usize(..3)).map(|_| interval(rng)).collect(),
                status: pick(rng, ExchangeStatus::ALL),
            }),
            _ => ClaimDetail::Territorial(Territorial {
                place: text(rng),
                place_type: rng.bool().then(|| pick(rng, PlaceType::ALL)),
                region: opt_text(rng),
                country: opt_text(rng),
                action: pick(rng, Action::ALL),
                verb: opt_text(rng),
                actor: opt_text(rng),
                claimant: opt_text(rng),
                announced: rng.bool().then(|| interval(rng)),
                status: pick(rng, TerritorialStatus::ALL),
            }),
        }
    }

    #[test]
    fn details_are_written_as_serde_json_writes_them() {
        let mut rng = Rng::with_seed(13);
        for _ in 0..5_000 {
            let detail = detail(&mut rng);
            let serde = serde_json::to_string(&detail).expect("a detail serialises");
            assert_eq!(detail_json(&detail).as_deref(), Some(serde.as_str()));
        }
    }

    #[test]
    fn a_date_chrono_writes_with_a_sign_is_left_to_serde() {
        let far = NaiveDate::from_ymd_opt(10_000, 1, 1).expect("a valid date");
        let detail = ClaimDetail::Deadline(Deadline {
            issuer: None,
            targets: Vec::new(),
            demand: None,
            consequence: None,
            expression: "by then".to_owned(),
            issued: None,
            due: Some(Interval {
                start: far,
                end: far,
                text: None,
            }),
        });
        assert_eq!(detail_json(&detail), None);
    }

    #[test]
    fn texts_are_escaped_as_serde_json_escapes_them_at_every_offset() {
        // Escaped and plain characters of one to four bytes at random places, in texts long
        // enough to be read eight bytes at a time, with an escape in every place of a word.
        const PARTS: &[&str] = &[
            "a", "Z", " ", "\"", "\\", "\n", "\t", "\u{0}", "\u{1f}", "\u{7f}", "é", "–", "🕊", "~",
            "!", "\u{8}",
        ];
        let mut rng = Rng::with_seed(15);
        for _ in 0..5_000 {
            let text: String = (0..rng.usize(..40))
                .map(|_| PARTS[rng.usize(..PARTS.len())])
                .collect();
            let mut json = Json(String::new());
            json.str(&text);
            let serde = serde_json::to_string(&text).expect("a string serializes");
            assert_eq!(json.0, serde, "{text:?}");
        }
    }
}

//! Text dumps and front matter: metadata lines, title, dateline and trailers around the body.
//!
//! Layouts recognised at the top of a dump (in any order, blank lines optional): a `date
//! 2025-07-24 ...` line, `Published July 24, 2025` / `Updated ...` lines, `By Jane Doe` bylines,
//! `Key: value` header lines, a bare URL, an agency name on its own line, a date on its own line,
//! and a one-line title. At the bottom: `Published in Dawn, July 24th, 2025`, `(Reporting by
//! ...)`, copyright lines. The first body line may start with a dateline: `ISTANBUL:`, `KYIV
//! (Reuters) -`, `MOSCOW, July 23 (AP) —`, `KYIV, Ukraine (AFP) -`, `WASHINGTON —`, `March 31,
//! 2026 (JUBA) –`, `NAIROBI, 4 August 2025 -`; the agency in brackets becomes the source, and a
//! dateline's full date the publication day, when nothing else gives them.

use std::borrow::Cow;
use std::sync::LazyLock;

use claimtrack_model::Span;
use regex::Regex;

use super::markdown;
use super::{Item, Locator};
use crate::Fields;
use crate::dates::parse_date;
use crate::lines::lines_of;
use crate::normalise::paragraphs_of_lines;
use crate::segment::split;

/// Parses a text dump, optionally Markdown, optionally with front matter.
pub(crate) fn parse(text: &str, is_markdown: bool) -> Item {
    let text = text.trim_start_matches('\u{FEFF}');
    // Most files already use `\n` line ends: only the others are copied to unify them.
    let text: Cow<'_, str> = if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    };
    let mut fields = Fields::default();
    let mut unparsed = None;
    let body = match front_matter(&text) {
        Some((pairs, body)) => {
            for (key, value) in pairs {
                apply_key(key, value, &mut fields, &mut unparsed);
            }
            body
        }
        None => &*text,
    };
    let converted;
    let body = if is_markdown {
        let (title, plain) = markdown::to_text(body);
        if fields.title.is_none() {
            fields.title = title;
        }
        converted = plain;
        converted.as_str()
    } else {
        body
    };
    let (body, laid_out) = analyse(body, &mut fields, &mut unparsed, true);
    Item {
        unparsed_date: unparsed.filter(|_| fields.published.is_none()),
        fields,
        body,
        laid_out,
        locator: Locator::Whole,
        truncated: false,
    }
}

/// Removes bylines, metadata lines, trailers and the dateline from a body that came with its
/// metadata in structured form (JSON, feeds, HTML), filling the fields that are still empty.
pub(crate) fn strip_body_meta(fields: &mut Fields, body: &str) -> String {
    let mut unparsed = None;
    analyse(body, fields, &mut unparsed, false).0
}

/// What a metadata line says.
enum Meta {
    Published(String),
    Source(String),
    Url(String),
    Key(String, String),
    /// `Published in Dawn, July 24th, 2025`: the outlet and the date.
    PublishedIn(String, String),
    /// `Updated 3:17 PM GMT, February 24, 2026`: the day of an update, the publication day only
    /// when the header names no other (news is updated within hours, seldom days later).
    Updated(String),
    Ignore,
}

/// The body of `text` without its metadata lines, title, trailers and dateline, which fill
/// `fields`; and the body's paragraphs as [`paragraphs_of_lines`] finds them in its lines, which
/// are at hand here.
fn analyse(
    text: &str,
    fields: &mut Fields,
    unparsed: &mut Option<String>,
    allow_title: bool,
) -> (String, Option<Vec<Span>>) {
    // Sized for lines of 64 bytes, so that a news body's 20 or 30 lines never regrow the vector.
    let mut lines: Vec<&str> = Vec::with_capacity(text.len() / 64 + 1);
    lines.extend(lines_of(text));
    let mut start = 0;
    let mut end = lines.len();
    let is_blank = |i: usize| lines.get(i).is_none_or(|line| line.trim().is_empty());
    while end > start && is_blank(end - 1) {
        end -= 1;
    }
    while start < end && is_blank(start) {
        start += 1;
    }
    let has_blank = (start..end).any(is_blank);
    // The line of a date among the next `count` lines from `from` that are not blank, when every
    // line before it `fits` a header.
    let date_line_within = |from: usize, count: usize, fits: &dyn Fn(&str) -> bool| {
        for i in (from..end).filter(|&i| !is_blank(i)).take(count) {
            let line = lines.get(i)?.trim();
            let meta = header_meta(line);
            if matches!(
                meta,
                Some(Meta::Published(_) | Meta::Updated(_) | Meta::PublishedIn(..))
            ) {
                return Some(i);
            }
            if !fits(line) && meta.is_none() {
                return None;
            }
        }
        None
    };
    // Whether a date line follows the line at `at` within two more short header lines.
    let date_line_soon = |at: usize| date_line_within(at + 1, 3, &short_header_line).is_some();
    // The line of a date within the next few lines from `at` (the line at `at` included), when
    // every line before it is short enough to be a header's.
    let date_line_ahead = |at: usize| {
        date_line_within(at, 5, &|line: &str| {
            line.split_whitespace().count() <= 25 && line.chars().count() <= 200
        })
    };

    let mut scanned = 0;
    let mut updated = None;
    // Whether the title was taken from the lines above a date line that no rule knew.
    let mut title_above_date = false;
    // The line of the masthead, once one is read.
    let mut masthead_at = None;
    while start < end && scanned < 10 {
        let line = lines[start].trim();
        let next_is_meta = || {
            (start + 1..end)
                .find(|&i| !is_blank(i))
                .and_then(|i| lines.get(i))
                .is_some_and(|next| header_meta(next.trim()).is_some())
        };
        if let Some(meta) = header_meta(line) {
            match meta {
                Meta::Updated(value) => {
                    updated.get_or_insert(value);
                }
                meta => apply(meta, fields, unparsed),
            }
        } else if fields.title.is_none()
            && scanned == 0
            && let Some(title_line) = (start + 1..end)
                .filter(|&i| !is_blank(i))
                .take(2)
                .find(|&i| {
                    // "Africa" right under the masthead is its section, too.
                    let section =
                        |l: &str| is_section_line(l) || i == start + 1 && is_section_name(l);
                    lines.get(i).is_some_and(|l| !section(l.trim()))
                })
                .and_then(|i| lines.get(i))
            && let Some(outlet) = masthead(line).or_else(|| {
                // "Garowe Online", "The New York Times" above a title of more words: a name,
                // not the title.
                let names = line
                    .split_whitespace()
                    .filter(|w| !["The", "of", "the", "and"].contains(w))
                    .count();
                (is_outlet_like(line) && names <= 3 && title_line.split_whitespace().count() >= 6)
                    .then_some(line)
            })
            && is_title_like(title_line.trim())
        {
            // "GAROWE ONLINE", "Hindustan Times | India News": the outlet's masthead above the
            // title.
            apply(Meta::Source(outlet.to_owned()), fields, unparsed);
            masthead_at = Some(start);
        } else if fields.title.is_none()
            && fields.source.is_some()
            && (is_section_line(line)
                || masthead_at.is_some_and(|at| at + 1 == start) && is_section_name(line))
        {
            // "NEWS", "Security | North Kivu", or "Africa" and "Trade disputes" on the line right
            // under the masthead: the section.
        } else if fields.title.is_some() && is_outlet_like(line) && next_is_meta() {
            // "Naharnet" between the title and "Published: ...": an outlet the list of known
            // names does not hold.
            apply(Meta::Source(line.to_owned()), fields, unparsed);
        } else if allow_title
            && (fields.title.is_none() || title_above_date)
            && is_title_like(line)
            && (!has_blank && !continues(line, lines.get(start + 1).copied())
                || is_blank(start + 1)
                || lines.get(start + 1).is_some_and(|next| {
                    header_meta(next.trim()).is_some() || dateline(next).is_some()
                })
                // "Title / Naharnet / Published: ...": an outlet's line, then the date's.
                || lines.get(start + 1).is_some_and(|next| is_outlet_like(next.trim()))
                    && lines
                        .get(start + 2)
                        .is_some_and(|after| header_meta(after.trim()).is_some()))
            && (start + 1..end).any(|i| !is_blank(i))
        {
            fields.title = Some(line.to_owned());
            title_above_date = false;
        } else if fields.title.as_deref() == Some(line) {
            // A heading repeated under front matter or a JSON title.
        } else if fields.title.is_some()
            && is_outlet_like(line)
            && line.split_whitespace().count() >= 2
            && (start + 1..end)
                .find(|&i| !is_blank(i))
                .and_then(|i| lines.get(i))
                .is_some_and(|next| dateline(next).is_some())
        {
            // "Hin Pisei" between the title and "PHNOM PENH – ...": a byline without "By".
        } else if fields.title.is_some()
            && (short_header_line(line) || standfirst(line))
            && date_line_soon(start)
        {
            // "BBC Afrique, Dakar", "Luke Harding in Kyiv and agencies", "**Kyiv Post** · By
            // Dmytro Shkurko": an outlet or a byline of a form no list knows, above the date.
            if let Some(outlet) = outlet_of_header_line(line) {
                apply(Meta::Source(outlet), fields, unparsed);
            }
        } else if fields.published.is_none()
            && let Some(date_at) = date_line_ahead(start)
        {
            // "TASS Russian News Agency", a slogan ("The Real Russia. Today."), a headline of
            // two sentences, then the date line: lines of forms no rule above knows, above the
            // date, are the header's too. The longest of them that is no byline is the title.
            if allow_title && fields.title.is_none() {
                // A headline right under the date line is the title rather than this.
                title_above_date = true;
                fields.title = (start..date_at)
                    .filter_map(|i| lines.get(i).map(|line| line.trim()))
                    .filter(|line| {
                        // A slogan ("The Real Russia. Today.") is no headline.
                        let words = line.split_whitespace().count();
                        !line.is_empty() && !is_byline(line) && (words >= 6 || is_title_like(line))
                    })
                    .max_by_key(|line| line.split_whitespace().count())
                    .map(str::to_owned);
            }
            start = date_at;
            scanned += 1;
            continue;
        } else {
            break;
        }
        scanned += 1;
        start += 1;
        while start < end && is_blank(start) {
            start += 1;
        }
    }

    if fields.published.is_none()
        && let Some(updated) = updated
    {
        set_published(&updated, fields, unparsed);
    }
    while end > start {
        match trailer_meta(lines[end - 1].trim()) {
            Some(meta) => apply(meta, fields, unparsed),
            None => break,
        }
        end -= 1;
        while end > start && is_blank(end - 1) {
            end -= 1;
        }
    }

    let body_lines = lines.get(start..end).unwrap_or_default();
    let found = body_lines.first().and_then(|first| dateline(first));
    // The dateline is cut from the first line; the rest of the line is body text.
    let first = found.as_ref().map(|found| found.rest.as_str());
    let body = join_lines(text, body_lines, first);
    // The body is its lines joined with `\n`, the first one replaced by `first`.
    let laid_out = body_lines
        .split_first()
        .and_then(|(head, rest)| paragraphs_of_lines(first.unwrap_or(head), rest));
    if let Some(found) = found {
        if fields.dateline.is_none() {
            fields.dateline = found.place;
        }
        if fields.source.is_none() {
            fields.source = found.agency;
        }
        if fields.published.is_none() {
            fields.published = found.published;
        }
    }
    (body, laid_out)
}

/// `lines`, consecutive lines of `text` as [`lines_of`] gives them, joined with `\n`; the first
/// one is replaced by `first` when that is given.
///
/// Lines that ended in a bare `\n` are joined in `text` already, so their whole stretch of it is
/// copied at once; only a stretch with a `\r\n` line end (whose `\r` [`lines_of`] cut) is joined
/// line by line.
fn join_lines(text: &str, lines: &[&str], first: Option<&str>) -> String {
    let (Some(head), Some(last)) = (lines.first(), lines.last()) else {
        return String::new();
    };
    // Where a line starts in `text`, of which it is a part.
    let offset = |line: &str| (line.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    // The stretch is taken only when it is exactly the lines and one `\n` between each two. The
    // lines are consecutive lines of `text`, so its length tells: a `\r\n` line end, whose `\r`
    // is in the stretch but in no line, or a gap between lines, makes it longer, and falls back
    // to joining them one by one. (A `\r` inside a line is in both, and needs no search.)
    let joined_len = lines.iter().map(|line| line.len()).sum::<usize>() + lines.len() - 1;
    let stretch = text
        .get(offset(head)..offset(last).saturating_add(last.len()))
        .filter(|stretch| stretch.len() == joined_len);
    let Some(stretch) = stretch else {
        return join_lines_one_by_one(lines, first);
    };
    let Some(first) = first else {
        return stretch.to_owned();
    };
    let rest = stretch.get(head.len()..).unwrap_or_default();
    let mut body = String::with_capacity(first.len() + rest.len());
    body.push_str(first);
    body.push_str(rest);
    body
}

/// [`join_lines`] for any lines, one at a time.
fn join_lines_one_by_one(lines: &[&str], first: Option<&str>) -> String {
    let mut body = String::with_capacity(lines.iter().map(|line| line.len() + 1).sum());
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            body.push('\n');
        }
        match first {
            Some(first) if index == 0 => body.push_str(first),
            _ => body.push_str(line),
        }
    }
    body
}

fn apply(meta: Meta, fields: &mut Fields, unparsed: &mut Option<String>) {
    match meta {
        Meta::Published(value) => set_published(&value, fields, unparsed),
        Meta::Source(value) => {
            if fields.source.is_none() {
                fields.source = Some(value);
            }
        }
        Meta::Url(value) => {
            if fields.url.is_none() {
                fields.url = Some(value);
            }
        }
        Meta::Key(key, value) => apply_key(&key, &value, fields, unparsed),
        Meta::PublishedIn(source, date) => {
            if fields.source.is_none() {
                fields.source = Some(source);
            }
            set_published(&date, fields, unparsed);
        }
        // Kept aside by the header scan: see [`Meta::Updated`].
        Meta::Updated(_) | Meta::Ignore => {}
    }
}

fn set_published(value: &str, fields: &mut Fields, unparsed: &mut Option<String>) {
    if fields.published.is_some() {
        return;
    }
    match parse_date(value) {
        Some(date) => fields.published = Some(date),
        None => {
            if unparsed.is_none() && !value.trim().is_empty() {
                *unparsed = Some(value.trim().to_owned());
            }
        }
    }
}

/// The front-matter and header keys of each field, in lower case.
const TITLE_KEYS: &[&str] = &["title", "headline"];
const SOURCE_KEYS: &[&str] = &[
    "source",
    "outlet",
    "publisher",
    "site",
    "site_name",
    "newspaper",
];
const URL_KEYS: &[&str] = &["url", "link", "canonical", "canonical_url"];
const DATELINE_KEYS: &[&str] = &["dateline", "location"];
const PUBLISHED_KEYS: &[&str] = &[
    "date",
    "published",
    "published_at",
    "publishedat",
    "pubdate",
    "date_published",
    "publication_date",
];

/// Every key list above, for the tests.
#[cfg(test)]
const ALL_KEYS: [&[&str]; 5] = [
    TITLE_KEYS,
    SOURCE_KEYS,
    URL_KEYS,
    DATELINE_KEYS,
    PUBLISHED_KEYS,
];

/// The length of the longest key (`publication_date`): a longer key is none of them (a test
/// checks that no key is longer).
const LONGEST_KEY: usize = 16;

/// Applies a `key: value` pair from front matter or a header line.
///
/// Keys are compared without ASCII case and nothing is copied until a field takes the value:
/// every front-matter file comes through here several times.
fn apply_key(key: &str, value: &str, fields: &mut Fields, unparsed: &mut Option<String>) {
    let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    if value.is_empty() {
        return;
    }
    let key = key.trim();
    // A key no longer than the longest is compared in lower case from a copy on the stack.
    let mut lower = [0u8; LONGEST_KEY];
    let Some(folded) = lower.get_mut(..key.len()) else {
        return;
    };
    folded.copy_from_slice(key.as_bytes());
    folded.make_ascii_lowercase();
    let key = &*folded;
    let is_one_of = |names: &[&str]| names.iter().any(|name| key == name.as_bytes());
    let slot = if is_one_of(TITLE_KEYS) {
        &mut fields.title
    } else if is_one_of(SOURCE_KEYS) {
        &mut fields.source
    } else if is_one_of(URL_KEYS) {
        &mut fields.url
    } else if is_one_of(DATELINE_KEYS) {
        &mut fields.dateline
    } else if is_one_of(PUBLISHED_KEYS) {
        set_published(value, fields, unparsed);
        return;
    } else {
        return;
    };
    if slot.is_none() {
        *slot = Some(value.to_owned());
    }
}

/// The search for the end of a front-matter block, built once rather than for every file.
static FRONT_MATTER_END: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b"\n---"));

/// Splits a leading `---` front-matter block from the rest.
fn front_matter(text: &str) -> Option<(Vec<(&str, &str)>, &str)> {
    let rest = text.trim_start_matches([' ', '\n']).strip_prefix("---\n")?;
    let (block, body) = match FRONT_MATTER_END.find(rest.as_bytes()) {
        Some(at) => {
            let after = &rest[at + 4..];
            let body = after.find('\n').map_or("", |nl| &after[nl + 1..]);
            (&rest[..at], body)
        }
        None if rest.starts_with("---") => ("", rest.get(3..).unwrap_or("")),
        None => return None,
    };
    let pairs = lines_of(block)
        .filter_map(|line| line.split_once(':'))
        .map(|(key, value)| (key.trim(), value.trim()))
        .filter(|(key, _)| !key.is_empty() && !key.contains(' '))
        .collect();
    Some((pairs, body))
}

static KEY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(title|headline|source|outlet|publisher|url|link|date|published|dateline|author|authors|byline|section|category|tags|keywords|updated|location)\s*:\s*(.+)$",
    )
    .expect("the key line pattern is valid")
});

static PUBLISHED_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^Published in (?P<source>[^,]{2,60}), (?P<date>.+)$")
        .expect("the closing line pattern is valid")
});

/// Agencies and outlets that appear alone on a line.
const AGENCIES: &[&str] = &[
    "Reuters",
    "AP",
    "Associated Press",
    "The Associated Press",
    "AFP",
    "Agence France-Presse",
    "Anadolu",
    "Anadolu Agency",
    "Al Jazeera",
    "BBC News",
    "TASS",
    "Interfax",
    "Ukrinform",
    "Xinhua",
    "DW",
    "France 24",
    "RFE/RL",
    "Dawn",
    "The Express Tribune",
    "Express Tribune",
    "The Hindu",
    "Hindustan Times",
    "The Times of India",
    "The Irrawaddy",
    "Myanmar Now",
    "Bangkok Post",
    "The Nation",
    "Philippine Daily Inquirer",
    "Rappler",
    "EL TIEMPO English",
    "El Tiempo",
    "Primicias",
    "Tolo News",
    "TOLOnews",
    "The Kyiv Independent",
    "Kyiv Independent",
    "Ukrainska Pravda",
    "Meduza",
    "Sudan Tribune",
    "Radio Tamazuj",
    "Hiiraan Online",
    "Addis Standard",
    "Premium Times",
    "Daily Nation",
    "Dhaka Tribune",
    "Kurdistan24",
    "The New Arab",
    "The National",
    "Arab News",
    "The Times of Israel",
    "Times of Israel",
    "Haaretz",
    "L'Orient Today",
    "Radio Okapi",
    "The Guardian",
    "Le Monde",
    "El País",
];

fn header_meta(line: &str) -> Option<Meta> {
    let lower = line.to_ascii_lowercase();
    if let Some(meta) = published_in(line) {
        return Some(meta);
    }
    if let Some(rest) = lower.strip_prefix("date")
        && rest.starts_with([' ', ':'])
        && parse_date(rest).is_some()
    {
        return Some(Meta::Published(rest.to_owned()));
    }
    for prefix in [
        "published on",
        "published:",
        "published",
        "first published",
        "posted on",
        "posted",
    ] {
        // "Published on Tuesday 24 February 2026 - 09:47 | Last updated on ...": up to the note
        // (looked for only in a line with the prefix).
        if let Some(rest) = lower.strip_prefix(prefix)
            && rest.starts_with([' ', ':'])
        {
            let rest = rest.split(" | ").next().unwrap_or(rest);
            if prefix.len() + rest.len() <= 80 {
                return Some(Meta::Published(rest.to_owned()));
            }
        }
    }
    // `Updated 6:40 PM GMT+3, July 30, 2025`, `Last updated 2 hours ago`: an update time is not
    // the publication day; the line goes, and its day stands in only for a header that gives
    // no other (see [`Meta::Updated`]).
    let is_update = ["updated", "last updated", "last modified", "modified"]
        .iter()
        .any(|prefix| {
            lower
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with([' ', ':']))
        });
    if is_update
        && line.len() <= 80
        && (line.chars().any(|c| c.is_ascii_digit()) || lower.contains(" ago"))
    {
        return Some(match parse_date(line) {
            Some(_) => Meta::Updated(line.to_owned()),
            None => Meta::Ignore,
        });
    }
    if line.len() <= 80 && lower.contains("e-paper") {
        return Some(match parse_date(line) {
            Some(_) => Meta::Published(line.to_owned()),
            None => Meta::Ignore,
        });
    }
    if may_be_key_line(line)
        && let Some(caps) = KEY_LINE.captures(line)
    {
        return Some(Meta::Key(caps[1].to_owned(), caps[2].to_owned()));
    }
    if is_byline(line) {
        // `By Reuters`: the byline names the agency, which is the source.
        let by = line.get(3..).unwrap_or("").trim();
        return Some(if AGENCIES.contains(&by) {
            Meta::Source(by.to_owned())
        } else {
            Meta::Ignore
        });
    }
    if (lower.starts_with("https://") || lower.starts_with("http://")) && !line.contains(' ') {
        return Some(Meta::Url(line.to_owned()));
    }
    if AGENCIES.contains(&line) {
        return Some(Meta::Source(line.to_owned()));
    }
    // A date on its own line, with a time of day ("Aug 21, 2026 06:12 AM IST") or after the
    // outlet's name ("Philippine Daily Inquirer / 05:20 AM September 12, 2026"): a colon only
    // between digits.
    // A body's lines (most lines read here) are too long to be a date line, notes and all.
    if line.len() > 120 {
        return None;
    }
    // "December 10, 2025 5:48 PM GMT+1 Updated 2 hours ago": the date before an update note.
    let dated = [" Updated", " updated", " Modified"]
        .iter()
        .find_map(|note| line.split_once(note).map(|(head, _)| head.trim_end()))
        .unwrap_or(line);
    // "Politics | 20 April 2026, 18:04 (GMT+04:00)", "National | Tuesday, 12 May 2026 | 16:40
    // ICT", "Evening summary · Thursday, 7 May 2026": of the parts between bars or dots, the
    // one with the date.
    const PART_MARKS: [&str; 3] = [" | ", " \u{b7} ", " \u{2022} "];
    let dated = if PART_MARKS.iter().any(|mark| dated.contains(mark)) {
        let mut parts = dated
            .split(PART_MARKS[0])
            .flat_map(|part| part.split(PART_MARKS[1]))
            .flat_map(|part| part.split(PART_MARKS[2]))
            .map(str::trim);
        let first = parts.next().unwrap_or(dated);
        std::iter::once(first)
            .chain(parts)
            .find(|part| parse_date(part).is_some())
            .unwrap_or(first)
    } else {
        dated
    };
    // "January 28, 2025, 11:02 a.m.": a time of day, not a sentence's full stop.
    let ends_sentence = dated.ends_with('.')
        && !["a.m.", "p.m.", "A.M.", "P.M."]
            .iter()
            .any(|time| dated.ends_with(time));
    // "Thursday January 29, 2026 - 14:05:22 in Latest News": a line that opens with the day
    // may be longer.
    // "Medellín, Thursday, November 27, 2025 - 09:14 a.m.": past the place the line is dated in.
    let opens_with_day = || {
        let mut words = dated.split_whitespace();
        let day_word = |word: &str| {
            let word = word.trim_end_matches(',');
            crate::dates::month(word).is_some()
                || crate::dates::weekday(word)
                || word.starts_with(|c: char| c.is_ascii_digit())
        };
        words.next().is_some_and(|first| {
            day_word(first)
                || first.ends_with(',')
                    && first.starts_with(char::is_uppercase)
                    && words.next().is_some_and(day_word)
        })
    };
    // "Saturday August 1, 2026 - 11:20:05 in Latest News by Garowe Online Editor": with a time
    // of day, the section and the author may follow.
    let fits = dated.len() <= 48
        || (dated.len() <= 64 && (dated.contains(" / ") || opens_with_day()))
        || (dated.len() <= 96 && dated.contains(':') && opens_with_day());
    if fits && !ends_sentence && colons_only_in_times(dated) && parse_date(dated).is_some() {
        return Some(Meta::Published(dated.to_owned()));
    }
    None
}

/// Whether `line` may be a line of an article's header (an outlet, a byline): short, with no
/// sentence end.
fn short_header_line(line: &str) -> bool {
    line.len() <= 80
        && !line.ends_with(['.', '!', '?', ':', '"'])
        && line.split_whitespace().count() <= 10
}

/// The outlet a header line names: `BBC Afrique, Dakar` (an outlet and its city), `**Kyiv Post**
/// · By Dmytro Shkurko` (an outlet and a byline); none for a byline alone (`Luke Harding in Kyiv
/// and agencies`).
fn outlet_of_header_line(line: &str) -> Option<String> {
    let line = line.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    let head = line
        .split(['·', '|', '\u{2022}'])
        .next()
        .unwrap_or(line)
        .trim()
        .trim_matches(|c: char| c == '*' || c == '_')
        .trim();
    let outlet = head.split(',').next().unwrap_or(head).trim();
    (!is_byline(outlet) && is_outlet_like(outlet) && !outlet.contains(" in "))
        .then(|| outlet.to_owned())
}

/// The outlet an article's first line names as a masthead: a name of one to five words in
/// capitals (`GAROWE ONLINE`, `THE TIMES OF ISRAEL`; not a banner such as `BREAKING NEWS`, nor
/// a dateline), or a name and its section (`Hindustan Times | India News`).
fn masthead(line: &str) -> Option<&str> {
    const BANNERS: &[&str] = &[
        "BREAKING",
        "NEWS",
        "LIVE",
        "UPDATE",
        "UPDATES",
        "EXCLUSIVE",
        "ANALYSIS",
        "OPINION",
        "WORLD",
        "LATEST",
        "TOP",
        "STORY",
    ];
    if let Some((name, _section)) = line.split_once(" | ")
        && is_outlet_like(name.trim())
    {
        return Some(name.trim());
    }
    // "AFP - Agence France-Presse": a short name and the long one; "JOURNAL DU MALI - English
    // edition": a masthead and its edition.
    if let Some((short, long)) = line.split_once(" - ") {
        let short = short.trim();
        if is_outlet_like(short)
            && is_outlet_like(long.trim())
            && long.split_whitespace().count() >= 2
        {
            return Some(short);
        }
        if long.split_whitespace().count() <= 3
            && !long.contains(SENTENCE_MARKS)
            && let Some(name) = masthead(short)
        {
            return Some(name);
        }
    }
    let words = line.split_whitespace().count();
    let capitals = (1..=5).contains(&words)
        && line.len() <= 40
        && line.chars().any(char::is_alphabetic)
        && line
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'')
        && !line.split_whitespace().all(|w| BANNERS.contains(&w))
        && dateline(line).is_none();
    capitals.then_some(line)
}

/// Whether `line` names a section of an outlet: a few words in capitals (`NEWS`,
/// `INTERNATIONAL`) or a path of short parts (`Security | North Kivu`).
fn is_section_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let capitals = (1..=3).contains(&words)
        && line.chars().any(char::is_alphabetic)
        && line
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '&' || c == '-');
    let path = line.contains(" | ")
        && words <= 6
        && line
            .split(" | ")
            .all(|part| part.trim().starts_with(char::is_uppercase));
    capitals || path
}

/// Whether `line` may be a section's name written as words (`Africa`, `Trade disputes`): one to
/// three words, the first capitalised, with no sentence punctuation. Only the line right under a
/// masthead is read so.
fn is_section_name(line: &str) -> bool {
    (1..=3).contains(&line.split_whitespace().count())
        && line.len() <= 30
        && line.starts_with(char::is_uppercase)
        && !line.contains(SENTENCE_MARKS)
}

/// Whether `line` may be a standfirst under the title: a sentence of up to 40 words with no
/// full stop, which a date line follows.
fn standfirst(line: &str) -> bool {
    !line.ends_with(['.', '!', '?', ':']) && line.split_whitespace().count() <= 40
}

/// What no outlet's name holds: sentence punctuation and brackets.
const SENTENCE_MARKS: [char; 9] = ['.', ',', ':', ';', '!', '?', '"', '(', ')'];

/// Whether `line` may be an outlet's name on a line of its own: one to four words, each
/// capitalised (or a joining word), with no sentence punctuation; perhaps followed by a service
/// in brackets (`Azatutyun (RFE/RL Armenian Service)`).
fn is_outlet_like(line: &str) -> bool {
    let (name, service) = match line
        .strip_suffix(')')
        .and_then(|line| line.split_once(" ("))
    {
        Some((name, service)) => (name, Some(service)),
        None => (line, None),
    };
    let capitalised = |words: &str, most: usize| {
        (1..=most).contains(&words.split_whitespace().count())
            && !words.contains(SENTENCE_MARKS)
            && words.split_whitespace().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || ["of", "the", "and", "de", "al"].contains(&w)
            })
    };
    // "(English edition)": a service's first word is capitalised.
    let service_like = |service: &str| {
        (1..=5).contains(&service.split_whitespace().count())
            && !service.contains(SENTENCE_MARKS)
            && service.chars().next().is_some_and(char::is_uppercase)
    };
    name.len() <= 40 && capitalised(name, 4) && service.is_none_or(service_like)
}

/// Whether every colon of `line` sits between two digits, as in a time of day (`06:12`).
fn colons_only_in_times(line: &str) -> bool {
    let bytes = line.as_bytes();
    bytes.iter().enumerate().all(|(at, &byte)| {
        byte != b':'
            || (at
                .checked_sub(1)
                .and_then(|p| bytes.get(p))
                .is_some_and(u8::is_ascii_digit)
                && bytes.get(at + 1).is_some_and(u8::is_ascii_digit))
    })
}

/// `Published in Dawn, July 24th, 2025`.
///
/// The pattern is only compiled and run for lines with its literal start, which most inputs never
/// have: compiling the patterns of this module costs more than reading a few hundred articles.
fn published_in(line: &str) -> Option<Meta> {
    if !line.starts_with("Published in ") {
        return None;
    }
    let caps = PUBLISHED_IN.captures(line)?;
    let source = caps.name("source").map_or("", |m| m.as_str());
    let date = caps.name("date").map_or("", |m| m.as_str());
    Some(Meta::PublishedIn(source.to_owned(), date.to_owned()))
}

/// Whether `line` can match [`KEY_LINE`]: a word of letters before its first colon.
///
/// Under `(?i)` the keys' `k` and `s` also match the Kelvin sign and the long s, so those are let
/// through too; the pattern decides.
fn may_be_key_line(line: &str) -> bool {
    line.split_once(':').is_some_and(|(key, _)| {
        let key = key.trim_end();
        !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_alphabetic() || matches!(c, '\u{212A}' | '\u{17F}'))
    })
}

// `by(?:[^\w\n].*)?` says `by\b.*` without a word-boundary assertion: a Unicode `\b` makes the
// fast DFA give up on any non-ASCII line (most lines with curly quotes), and the slow engine that
// takes over costs about as much as reading the rest of the article. The two say the same: after
// `by` comes the end of the line or a character that is neither a word character nor a line end.
static TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(\(?\s*(additional )?(reporting|writing|editing|compiled|contributed|research) by(?:[^\w\n].*)?|(copyright|©|\(c\))\s.*|.*all rights reserved\.?|this story has been corrected.*|.*contributed to this report\.?\)?)$",
    )
    .expect("the trailer pattern is valid")
});

fn trailer_meta(line: &str) -> Option<Meta> {
    if let Some(meta) = published_in(line) {
        return Some(meta);
    }
    let is_rule = line.len() >= 3
        && line
            .chars()
            .all(|c| matches!(c, '_' | '-' | '=' | '*' | '~'));
    if is_rule || (line.len() <= 300 && may_be_trailer(line) && TRAILER.is_match(line)) {
        return Some(Meta::Ignore);
    }
    let dashless = line.trim_start_matches(['-', '\u{2013}', '\u{2014}', ' ']);
    if dashless.len() < line.len() && AGENCIES.contains(&dashless) {
        return Some(Meta::Source(dashless.to_owned()));
    }
    None
}

/// Whether `line` can match [`TRAILER`], by literals each of its alternatives needs.
///
/// The literals avoid `k` and `s`, which `(?i)` also matches to the Kelvin sign and the long s,
/// so that ASCII case-insensitive tests are enough: a line that fails all of them cannot match.
fn may_be_trailer(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    // `(Additional) reporting by`, `Writing by`, ...: after an optional bracket and
    // `additional `, one of the credits and ` by`, whose letters match only themselves.
    // `research`, whose `s` may be a long s, is only known by its start.
    let first = lower.strip_prefix('(').unwrap_or(&lower).trim_start();
    let first = first.strip_prefix("additional ").unwrap_or(first);
    const CREDITS: [&str; 5] = ["reporting", "writing", "editing", "compiled", "contributed"];
    let credit = (first.starts_with("re") || CREDITS.iter().any(|word| first.starts_with(word)))
        && first.split_once(" by").is_some_and(|(word, _)| {
            CREDITS.contains(&word) || (word.starts_with("re") && !word.contains(' '))
        });
    // `Copyright ...`, `© ...`, `(c) ...`.
    let copyright =
        lower.starts_with("copyright") || lower.starts_with('\u{A9}') || lower.starts_with("(c)");
    // `... All rights reserved.`: `all right`, whose letters match only themselves.
    let reserved =
        lower.strip_suffix('.').unwrap_or(&lower).ends_with("erved") && lower.contains("all right");
    // `This story has been corrected ...`.
    let corrected = lower.starts_with("th") && lower.contains("corrected");
    // `... contributed to this report.`
    let contributed = lower.contains("contributed to thi");
    credit || copyright || reserved || corrected || contributed
}

/// `By Jane Doe`, `By JANE DOE and JOHN ROE, Reuters`.
fn is_byline(line: &str) -> bool {
    let Some(names) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
    else {
        return false;
    };
    const JOINERS: &[&str] = &[
        "and", "&", "in", "for", "de", "al", "bin", "van", "von", "the",
    ];
    line.len() <= 100
        && !line.ends_with('.')
        && names.split_whitespace().count() <= 12
        && names.split_whitespace().all(|word| {
            JOINERS.contains(&word)
                || word
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        })
}

/// Whether `next` reads as the continuation of a hard-wrapped `line` rather than a new line:
/// it starts in lower case, or `line` ends on a word that cannot end a headline.
fn continues(line: &str, next: Option<&str>) -> bool {
    const OPEN_ENDS: &[&str] = &[
        "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from",
        "that", "as", "its", "their", "his", "her",
    ];
    let next_lower = next
        .and_then(|next| next.trim_start().chars().next())
        .is_some_and(char::is_lowercase);
    let last_word = line.split_whitespace().last().unwrap_or("");
    next_lower || OPEN_ENDS.contains(&last_word.to_lowercase().as_str())
}

/// A headline: one short line that does not read like the end of a sentence.
///
/// A quotation that closes a sentence (`... he said. “Never.”`) is not a headline, and neither is
/// a line of two sentences.
fn is_title_like(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let unquoted = line.trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', ')']);
    (1..=30).contains(&words)
        && line.chars().count() <= 200
        && !unquoted.ends_with(['.', ',', ':', ';'])
        && !(unquoted.len() < line.len() && unquoted.ends_with(['!', '?']))
        && dateline(line).is_none()
        && split(line).len() == 1
}

/// A dateline found at the start of a body.
struct Dateline {
    /// `None` for a bare `(Reuters) -`.
    place: Option<String>,
    agency: Option<String>,
    /// The day a dated dateline gives: `March 31, 2026 (JUBA) -`, `JUBA, March 31, 2026 -`.
    published: Option<chrono::NaiveDate>,
    rest: String,
}

static DATELINE_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<place>\p{Lu}[\p{Lu}'.\-]+(?:[ /]\p{Lu}[\p{Lu}'.\-]+)*)(?:, (?P<extra>[^()\n]{1,40}?))? ?\((?P<agency>[\p{L}][\p{L} .&\-]{1,30})\) ?[-\u{2013}\u{2014}]{1,2} *",
    )
    .expect("the agency dateline pattern is valid")
});

static DATELINE_DASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<place>\p{Lu}[\p{Lu}'.\-]+(?:[ /]\p{Lu}[\p{Lu}'.\-]+)*)(?:, (?P<extra>[^\n\u{2013}\u{2014}]{1,40}?))? (?:[\u{2013}\u{2014}]|-{1,2}) +",
    )
    .expect("the dash dateline pattern is valid")
});

static DATELINE_COLON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<place>\p{Lu}[\p{Lu}'.\-]+(?:[ /]\p{Lu}[\p{Lu}'.\-]+)*)(?:, [\p{L} .]{1,30})?: +",
    )
    .expect("the colon dateline pattern is valid")
});

/// `March 31, 2026 (JUBA) -`, `31 March 2026 (JUBA) -`: the day, then the place in brackets.
static DATELINE_DATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<date>\p{Lu}\p{Ll}+\.? \d{1,2}(?:st|nd|rd|th)?, \d{4}|\d{1,2} \p{Lu}\p{Ll}+ \d{4}) \((?P<place>\p{Lu}[\p{Lu}'.\-]+(?:[ /]\p{Lu}[\p{Lu}'.\-]+)*)\) ?[-\u{2013}\u{2014}]{1,2} *",
    )
    .expect("the dated dateline pattern is valid")
});

/// `MOSCOW, September 17. /TASS/.`: the place, the day, then the agency between slashes.
static DATELINE_SLASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<place>\p{Lu}[\p{Lu}'.\-]+(?:[ /]\p{Lu}[\p{Lu}'.\-]+)*), (?P<extra>\p{Lu}\p{Ll}+\.? \d{1,2})\. /(?P<agency>\p{Lu}[\p{L} .&\-]{1,30})/\.? *",
    )
    .expect("the slashed dateline pattern is valid")
});

static AGENCY_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\((?P<agency>Reuters|AP|AFP|Anadolu|TASS|Interfax)\) ?[-\u{2013}\u{2014}]{1,2} *")
        .expect("the bare agency pattern is valid")
});

fn dateline(line: &str) -> Option<Dateline> {
    let line = line.trim_start();
    if !may_be_dateline(line) {
        return None;
    }
    if let Some(caps) = AGENCY_ONLY.captures(line) {
        let whole = caps.get(0).map_or(0, |m| m.end());
        return Some(Dateline {
            place: None,
            agency: caps.name("agency").map(|m| m.as_str().to_owned()),
            published: None,
            rest: line.get(whole..).unwrap_or("").to_owned(),
        });
    }
    if let Some(caps) = DATELINE_DATED.captures(line)
        && let Some(published) = caps.name("date").and_then(|m| parse_date(m.as_str()))
    {
        let whole = caps.get(0).map_or(0, |m| m.end());
        let rest = line.get(whole..).unwrap_or("");
        if !rest.trim().is_empty() {
            return Some(Dateline {
                place: caps.name("place").map(|m| m.as_str().to_owned()),
                agency: None,
                published: Some(published),
                rest: rest.to_owned(),
            });
        }
    }
    for pattern in [
        &*DATELINE_AGENCY,
        &*DATELINE_SLASHED,
        &*DATELINE_DASH,
        &*DATELINE_COLON,
    ] {
        let Some(caps) = pattern.captures(line) else {
            continue;
        };
        let place = caps.name("place").map_or("", |m| m.as_str());
        let letters = place.chars().filter(|c| c.is_alphabetic()).count();
        let whole = caps.get(0).map_or(0, |m| m.end());
        let rest = line.get(whole..).unwrap_or("");
        if letters < 3 || rest.trim().is_empty() {
            continue;
        }
        return Some(Dateline {
            place: Some(place.trim_end_matches('.').to_owned()),
            agency: caps.name("agency").map(|m| m.as_str().trim().to_owned()),
            published: caps.name("extra").and_then(|m| parse_date(m.as_str())),
            rest: rest.to_owned(),
        });
    }
    None
}

/// Whether `line` can start with a dateline, by the shape of its start: a bracket (a bare
/// agency), or a place of capitalised words (or two joined by `/`) followed by `,`, `(`, `:`,
/// ` (` or a space and a dash.
///
/// Most first lines start with a word in ordinary case or an acronym that a lower-case word
/// follows, so the dateline patterns, whose Unicode letter classes repeated up to 40 times are
/// slow to compile, are not even built for inputs without a dateline. The test lets through
/// everything the patterns can match: `char::is_uppercase` holds for every `\p{Lu}` letter, and
/// the characters that can follow a place word (space, `,`, `(`, `:`) are not upper case, so a
/// place word of the patterns is always a whole run of the characters tested here.
fn may_be_dateline(line: &str) -> bool {
    if line.starts_with('(') || starts_with_day(line) {
        return true;
    }
    let is_place_char = |c: char| c.is_uppercase() || matches!(c, '\'' | '.' | '-');
    let mut rest = line;
    loop {
        // A place word: a capital, then at least one more capital, `'`, `.` or `-`.
        if !rest.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        let end = rest.find(|c: char| !is_place_char(c)).unwrap_or(rest.len());
        let word = rest.get(..end).unwrap_or("");
        if word.chars().nth(1).is_none() {
            return false;
        }
        rest = rest.get(end..).unwrap_or("");
        let mut after = rest.chars();
        match after.next() {
            Some(',' | '(' | ':') => return true,
            Some(' ') => match after.next() {
                Some('(' | '-' | '\u{2013}' | '\u{2014}') => return true,
                // Another word of the place.
                Some(c) if c.is_uppercase() => rest = rest.get(1..).unwrap_or(""),
                _ => return false,
            },
            // "WASHINGTON/MEXICO CITY (Reuters)": two places.
            Some('/') if after.next().is_some_and(char::is_uppercase) => {
                rest = rest.get(1..).unwrap_or("");
            }
            _ => return false,
        }
    }
}

/// Whether `line` starts with a written day, as a dated dateline does: a month's name (`March
/// 31, 2026`) or a number and then one (`31 March 2026`).
fn starts_with_day(line: &str) -> bool {
    let mut words = line.split(' ');
    let first = words.next().unwrap_or("");
    let first = first.strip_suffix('.').unwrap_or(first);
    crate::dates::month(first).is_some()
        || (!first.is_empty()
            && first.len() <= 2
            && first.bytes().all(|b| b.is_ascii_digit())
            && words
                .next()
                .is_some_and(|w| crate::dates::month(w).is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prefilters compare ASCII letters without case folding, except for `k` and `s`: that is
    /// only right while these are the only ASCII letters that `(?i)` matches to other characters.
    #[test]
    fn only_k_and_s_fold_to_characters_beyond_ascii() {
        let letter = Regex::new("(?i)^[a-z]$").expect("the letter pattern is valid");
        let mut buffer = [0; 4];
        let beyond: Vec<char> = ('\u{80}'..=char::MAX)
            .filter(|c| letter.is_match(c.encode_utf8(&mut buffer)))
            .collect();
        assert_eq!(beyond, ['\u{17F}', '\u{212A}']);
    }

    /// The paragraphs a text dump's reader finds in the body's lines are those normalisation
    /// would find by searching the body, with or without a dateline cut from the first line.
    #[test]
    fn laid_out_paragraphs_are_those_of_the_body() {
        let mut laid_out = 0;
        for text in [
            "Title line\n\nKYIV (Reuters) - First paragraph. More.\n\nSecond one.\n\nThird.",
            "MOSCOW, July 23 (AP) \u{2014} Talks resumed.\n\nThey ended.",
            "WASHINGTON \u{2014} One.\nTwo.\n\nThree.",
            "date 2025-07-24\nBy Jane Doe\n\nOne paragraph only.",
            "One.\n\n\nTwo.",
            "One. \n\nTwo.",
            "One.\n\n Two.",
            "One.\r\n\r\nTwo.",
            "One &amp; two.\n\nThree.",
            "\u{201C}Quoted.\u{201D}\n\nPlain.",
            "Published July 24, 2025\n\nBody text.\n\n(Reporting by Jane Doe)",
        ] {
            let item = parse(text, false);
            laid_out += usize::from(item.laid_out.is_some());
            assert_eq!(
                crate::normalise::normalise(item.body.as_str(), item.laid_out.clone()),
                crate::normalise::normalise(item.body.as_str(), None),
                "{text:?}"
            );
        }
        assert!(laid_out >= 5, "{laid_out}");
    }

    /// Lines joined from their stretch of the text are the lines joined one by one.
    #[test]
    fn joined_lines_are_the_lines_joined_one_by_one() {
        for text in [
            "",
            "\n",
            "One",
            "One\nTwo\n\nThree",
            "One\r\nTwo\r\n\r\nThree\r\n",
            "One\nTwo\r\nThree\r",
            "\n\n  One \n\u{201C}Two\u{201D}\n \n",
            "One\rTwo\nThree",
            "\r\n",
            "One\r\r\nTwo\r",
            "\rOne\n\rTwo\r\n\r\nThree\r",
            "One\n\r\nTwo\n\nThree\r\n\nFour",
        ] {
            let lines: Vec<&str> = lines_of(text).collect();
            for from in 0..=lines.len() {
                for to in from..=lines.len() {
                    let some = &lines[from..to];
                    for first in [None, Some(""), Some("Rest of the first line")] {
                        assert_eq!(
                            join_lines(text, some, first),
                            join_lines_one_by_one(some, first),
                            "{text:?} {from}..{to} {first:?}"
                        );
                    }
                }
            }
        }
    }

    /// Keys are matched as `str::eq_ignore_ascii_case` matches them: any ASCII case, nothing
    /// else folded, nothing longer.
    #[test]
    fn keys_are_matched_without_ascii_case() {
        let names = ALL_KEYS.iter().flat_map(|keys| keys.iter());
        let filled = |key: &str| {
            let mut fields = Fields::default();
            let mut unparsed = None;
            apply_key(key, "2025-07-24", &mut fields, &mut unparsed);
            fields != Fields::default() || unparsed.is_some()
        };
        for name in names {
            assert!(name.len() <= LONGEST_KEY, "{name}");
            assert!(filled(name), "{name}");
            assert!(filled(&name.to_ascii_uppercase()), "{name}");
            assert!(filled(&format!(" {name} ")), "{name}");
            assert!(!filled(&format!("{name}s")), "{name}");
            assert!(!filled(&format!("x{name}")), "{name}");
        }
        for key in [
            "",
            "author",
            "T\u{130}TLE",
            "\u{212A}ey",
            "publication_date_",
            "lin\u{212A}",
        ] {
            assert!(!filled(key), "{key}");
        }
    }

    #[test]
    fn prefilters_let_through_what_the_patterns_match() {
        for line in [
            "ISTANBUL: Talks resumed.",
            "KYIV (Reuters) - Talks resumed.",
            "MOSCOW, July 23 (AP) \u{2014} Talks resumed.",
            "KYIV, Ukraine (AFP) - Talks resumed.",
            "WASHINGTON \u{2014} Talks resumed.",
            "NEW YORK -- Talks resumed.",
            "(Reuters) - Talks resumed.",
            "March 31, 2026 (JUBA) \u{2013} Talks resumed.",
            "31 March 2026 (JUBA) - Talks resumed.",
            "JUBA, March 31, 2026 \u{2013} Talks resumed.",
            "MINSK, July 23. /BelTA/. Talks resumed.",
        ] {
            assert!(may_be_dateline(line), "{line}");
            assert!(dateline(line).is_some(), "{line}");
        }
        for line in [
            "The army said so.",
            "RSF fighters left.",
            "UN officials said.",
            "A",
            "",
        ] {
            assert!(!may_be_dateline(line), "{line}");
        }
        for line in [
            "(Reporting by Jane Doe; Editing by John Roe)",
            "Additional reporting by Jane Doe",
            "Copyright 2025 The Outlet. All rights reserved.",
            "\u{A9} 2025 The Outlet",
            "(c) The Outlet",
            "All rights reserved",
            "This story has been corrected to show the date.",
            "Jane Doe in Kyiv contributed to this report.)",
        ] {
            assert!(may_be_trailer(line), "{line}");
            assert!(TRAILER.is_match(line), "{line}");
        }
        for line in [
            "Rescue teams were still searching the rubble.",
            "Reporters were told by officials.",
            "Continuing talks ended.",
            "Residents were woken by blasts.",
            "( additional REPORTING BY Jane Doe",
            "Reporting by",
            "Observers said the ceasefire was observed.",
            "ALL RIGHT\u{17F} RE\u{17F}ERVED",
            "Additional\u{A0}reporting by Jane Doe",
            "Re\u{17F}earch by Jane Doe",
            "RESEARCH BY JANE DOE",
            "(c)2025 The Outlet",
            "COPYRIGHT\u{2003}2025",
            "reporting by",
            "reporting byline",
        ] {
            let matched = TRAILER.is_match(line);
            assert!(!matched || may_be_trailer(line), "{line}");
        }
        assert!(!may_be_trailer(
            "Rescue teams were still searching the rubble."
        ));
        assert!(may_be_key_line("Title: Talks resumed"));
        assert!(KEY_LINE.is_match("Title : Talks resumed"));
        assert!(!may_be_key_line("Talks resumed at 10:00"));
        assert!(published_in("Published in Dawn, July 24th, 2025").is_some());
    }
}

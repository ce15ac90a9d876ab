//! Armed groups an article defines itself: "the Ambazonia Defence Forces (ADF)", "Fighters of
//! the Islamic State Mozambique Province (ISMP)".
//!
//! The guidelines name an armed group that is not on the canonical list by its full name, and
//! an article that writes a name and then its abbreviation in brackets says what the
//! abbreviation stands for in that article, even when the lexicon knows it as another group's
//! (`ADF` is the Allied Democratic Forces in Congo, the Ambazonia Defence Forces in Cameroon).
//! A name that ends in `Front` or `Militia` after "the" names an armed group even without its
//! abbreviation ("Dissidents of the Carlos Patiño Front freed ...", see [`named_groups`]).
//! [`define`] reads those definitions from a body before its claims are extracted and keeps
//! them, until the returned guard is dropped, where [`crate::actors`] reads every mention: the
//! full name and the abbreviation both name the group.
//!
//! Only names that look like an armed group's (or a government's) are taken: capitalised words with
//! a word such as `Forces`, `Army`, `Front` or `Province`, not already an actor of the lexicon as a
//! whole, or an armed group the lexicon knows by another name ("the Group for the Support of Islam
//! and Muslims (JNIM)", which the lexicon names in Arabic): the group is then named as the article
//! names it in full. Actors are `&'static str` throughout the grammars, so each new name is
//! interned once for the life of the process; the interner holds at most [`MAX_NAMES`] names, after
//! which a new name is not defined (its mentions are read as before).

use std::cell::RefCell;
use std::sync::Mutex;

use crate::lexicon::ActorKind;

/// One name that an article defines, in the forms it is written.
#[derive(Debug, Clone)]
pub(crate) struct Defined {
    /// The full name and the abbreviation, each as written (`Ambazonia Defence Forces`, `ADF`).
    pub(crate) forms: [String; 2],
    pub(crate) actor: &'static str,
    pub(crate) kind: ActorKind,
}

thread_local! {
    /// The definitions of the article being extracted on this thread.
    static DEFINED: RefCell<Vec<Defined>> = const { RefCell::new(Vec::new()) };
}

/// How many names the interner keeps at most.
pub(crate) const MAX_NAMES: usize = 4096;

/// The names interned so far.
static NAMES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());

/// Words of which one makes a name an armed group's ("Defence Forces", "Liberation Front").
const GROUP_WORDS: &[&str] = &[
    "Forces",
    "Force",
    "Army",
    "Front",
    "Movement",
    "Brigade",
    "Brigades",
    "Units",
    "Militia",
    "Liberation",
    "Resistance",
    "Province",
    "Alliance",
    "Coalition",
    "Group",
    "Guard",
    "Guards",
    "Fighters",
    "Mujahideen",
    // Names in Spanish, French and Portuguese ("Estado Mayor de Bloques y Frente", "Ejército de
    // Liberación Nacional", "Mouvement du 23 mars").
    "Frente",
    "Ejército",
    "Fuerzas",
    "Movimiento",
    "Bloque",
    "Bloques",
    "Autodefensas",
    "Comando",
    "Mouvement",
    "Armée",
    "Forças",
];

/// Words that may join the capitalised words of a name.
const JOINS: &[&str] = &[
    "of", "for", "the", "and", "al", "wal", "de", "del", "la", "las", "los", "y", "du", "des",
    "et", "do", "da", "dos",
];

/// Clears the thread's definitions when dropped.
#[derive(Debug)]
pub(crate) struct Guard(());

impl Drop for Guard {
    fn drop(&mut self) {
        DEFINED.with(|defined| defined.borrow_mut().clear());
    }
}

/// Reads the definitions of `body` and keeps them for this thread until the guard is dropped.
pub(crate) fn define(body: &str) -> Guard {
    let found = definitions(body);
    DEFINED.with(|defined| *defined.borrow_mut() = found);
    Guard(())
}

/// Calls `f` with the definitions of the article being extracted (none outside [`define`]).
pub(crate) fn with<R>(f: impl FnOnce(&[Defined]) -> R) -> R {
    DEFINED.with(|defined| f(&defined.borrow()))
}

/// The definitions written in `body`: `Name Words (ABBR)`.
pub(crate) fn definitions(body: &str) -> Vec<Defined> {
    let mut out: Vec<Defined> = Vec::new();
    // A bracket is looked for byte by byte (`memchr`), the space before it then.
    for (bracket, _) in body.match_indices('(') {
        let Some(open) = bracket
            .checked_sub(1)
            .filter(|&at| body.as_bytes().get(at) == Some(&b' '))
        else {
            continue;
        };
        let inside = open + 2;
        let Some(close) = body.get(inside..).and_then(|rest| rest.find(')')) else {
            continue;
        };
        let abbreviation = body.get(inside..inside + close).unwrap_or("");
        if !is_abbreviation(abbreviation) {
            continue;
        }
        let Some(name) = name_before(body.get(..open).unwrap_or("")) else {
            continue;
        };
        if out.iter().any(|d| d.forms[1] == abbreviation) {
            continue;
        }
        // "The Somali National Army (SNA)", "the Haitian National Police (PNH)": a state's own
        // forces are that state.
        if let Some(state) = state_institution(name) {
            let known = whole(abbreviation).is_some_and(|(actor, _)| actor == state);
            if !known {
                out.push(Defined {
                    forms: [name.to_owned(), abbreviation.to_owned()],
                    actor: state,
                    kind: ActorKind::Military,
                });
            }
            continue;
        }
        if !name.split([' ', '-']).any(|w| GROUP_WORDS.contains(&w))
            && !name.split(' ').any(|w| w == "Government")
        {
            continue;
        }
        // A name the lexicon knows as a whole is that actor ("Rapid Support Forces"): defined
        // only where its abbreviation is not already read so.
        // "The Armed Forces of the Democratic Republic of Congo (FARDC)": an abbreviation the
        // lexicon knows as a state's own forces stays that state's.
        if whole(abbreviation).is_some_and(|(_, kind)| {
            matches!(
                kind,
                ActorKind::Military | ActorKind::Country | ActorKind::Government
            )
        }) {
            continue;
        }
        let (actor, kind) = match whole(name) {
            // "the Group for the Support of Islam and Muslims (JNIM)": an armed group the
            // article names in full is named so, though the lexicon's name for it is another
            // (its Arabic one).
            Some((actor, ActorKind::Group)) if actor != name.replace('\u{2019}', "'") => {
                let Some(actor) = intern(name) else {
                    break;
                };
                (actor, ActorKind::Group)
            }
            Some((actor, kind)) => {
                if whole(abbreviation).is_some_and(|(other, _)| other == actor) {
                    continue;
                }
                (actor, kind)
            }
            None => {
                let Some(actor) = intern(name) else {
                    break;
                };
                let kind = if name.split(' ').any(|w| w == "Government") {
                    ActorKind::Government
                } else {
                    ActorKind::Group
                };
                (actor, kind)
            }
        };
        out.push(Defined {
            forms: [name.to_owned(), abbreviation.to_owned()],
            actor,
            kind,
        });
    }
    named_groups(body, &mut out);
    out
}

/// The actor of the lexicon that `text` names as a whole ("Rapid Support Forces"), and its kind.
fn whole(text: &str) -> Option<(&'static str, ActorKind)> {
    crate::lexicon::ACTORS
        .at(text, 0)
        .filter(|hit| hit.end == text.len())
        .map(|hit| (hit.value.canonical, hit.value.kind))
}

/// The last words of an armed group's name that the article may write without an
/// abbreviation: "the Carlos Patiño Front", "the Zarqawi Militia". Not the words of a state's
/// units as well ("the Rapid Intervention Battalion", "the Azov Brigade").
const NAME_ENDINGS: &[&str] = &["Front", "Militia"];

/// Adds to `out` the armed groups that `body` names in full, after "the", with a last word of
/// [`NAME_ENDINGS`] and no abbreviation: "Dissidents of the Carlos Patiño Front freed ...". A
/// name the lexicon knows as a whole, or that one of `out` has, is left as it is.
fn named_groups(body: &str, out: &mut Vec<Defined>) {
    for ending in NAME_ENDINGS {
        // `memmem` (vectorised): `str::match_indices` stepped through every body, which made
        // extracting 10,000 bench articles on one thread 5% slower (user time 0.94 s against
        // 0.88-0.90 s).
        for at in memchr::memmem::find_iter(body.as_bytes(), ending.as_bytes()) {
            let end = at + ending.len();
            // The whole word, after a space: "Front", not "Frontier" nor "Battlefront".
            let whole_word = body
                .get(end..)
                .and_then(|rest| rest.chars().next())
                .is_none_or(|c| !c.is_alphanumeric())
                && at > 0
                && body.as_bytes().get(at - 1) == Some(&b' ');
            // A name with its abbreviation is [`definitions`]' to read, or to leave.
            let abbreviated = body.get(end..).is_some_and(|rest| rest.starts_with(" ("));
            if !whole_word || abbreviated {
                continue;
            }
            let Some(name) = name_before(body.get(..end).unwrap_or("")) else {
                continue;
            };
            let start = end - name.len();
            let after_the = body
                .get(..start)
                .is_some_and(|before| before.ends_with("the ") || before.ends_with("The "));
            let known = whole(name).is_some();
            let had = out.iter().any(|d| d.forms.iter().any(|f| f == name));
            if !after_the || known || had || state_institution(name).is_some() {
                continue;
            }
            let Some(actor) = intern(name) else {
                return;
            };
            out.push(Defined {
                forms: [name.to_owned(), name.to_owned()],
                actor,
                kind: ActorKind::Group,
            });
        }
    }
}

/// The words of a state's own forces, of which a name must have one to be a state institution.
const STATE_FORCE_WORDS: &[&str] = &[
    "Army",
    "Forces",
    "Force",
    "Police",
    "Military",
    "Navy",
    "Gendarmerie",
];

/// Words of a rebel army's name ("Sudan People's Liberation Army", "Free Syrian Army"): such a
/// name is not its country's.
const REBEL_WORDS: &[&str] = &[
    "Liberation",
    "Free",
    "Front",
    "Movement",
    "Resistance",
    "Democratic",
    "Independence",
    "Revolutionary",
    "Islamic",
    "Salvation",
    "Popular",
    "Patriotic",
    "Opposition",
    "Rebel",
    "Self-Defence",
    "Self-Defense",
];

/// The state whose own forces `name` names: a country or its demonym first ("Somali National
/// Army", "Haitian National Police"), a force word, no word of a rebel army's name, and not an
/// actor of the lexicon as a whole (the "Syrian National Army" is a group).
fn state_institution(name: &str) -> Option<&'static str> {
    let words = || name.split([' ', '-']);
    if !words().any(|w| STATE_FORCE_WORDS.contains(&w)) || words().any(|w| REBEL_WORDS.contains(&w))
    {
        return None;
    }
    let lexicon: &'static crate::lexicon::Lexicon<crate::lexicon::ActorEntry> =
        &crate::lexicon::ACTORS;
    let first = lexicon.at(name, 0)?;
    (first.end < name.len() && matches!(first.value.kind, ActorKind::Country | ActorKind::Demonym))
        .then_some(first.value.canonical)
}

/// `ADF`, `SPLA-IO`, `ISWAP`: two to eight letters, at least two of them capitals, no space.
fn is_abbreviation(text: &str) -> bool {
    let capitals = text.chars().filter(char::is_ascii_uppercase).count();
    (2..=9).contains(&text.len())
        && capitals >= 2
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
}

/// The capitalised name that ends `before`: its words back to the first that is neither
/// capitalised nor a join, at most eight, and at least two, the first and last capitalised.
fn name_before(before: &str) -> Option<&str> {
    let mut start = before.len();
    for (words, word) in before.rsplit(' ').enumerate() {
        let capitalised = word.starts_with(|c: char| c.is_uppercase());
        // "In Venezuela, the National Liberation Army", "the Sobat River.\n\nFighters of the
        // ...": a name has no punctuation or line break between its words.
        let punctuated = !word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '\u{2019}'));
        if !capitalised && !JOINS.contains(&word) || word.is_empty() || punctuated || words == 8 {
            break;
        }
        start -= word.len();
        if start == 0 {
            break;
        }
        start -= 1;
    }
    let mut name = before.get(start..)?.trim_start();
    // Joins at the start belong to the sentence ("of the Ambazonia ...").
    while let Some((first, rest)) = name.split_once(' ') {
        if first.starts_with(|c: char| c.is_uppercase()) && first != "The" {
            break;
        }
        name = rest;
    }
    // "Colombia's National Liberation Army (ELN)": the country that owns a group is not its
    // name (but "People's Defence Force" is one).
    if let Some((owner, rest)) = name.split_once(' ')
        && let Some(country) = owner
            .strip_suffix("'s")
            .or_else(|| owner.strip_suffix("\u{2019}s"))
        && rest.contains(' ')
        && crate::actors::mentions(country)
            .iter()
            .any(|m| m.end == country.len() && matches!(m.kind, ActorKind::Country))
    {
        name = rest;
    }
    // "the Kurdish-led Syrian Democratic Forces": who leads or backs a group is not its name.
    while let Some((first, rest)) = name.split_once(' ')
        && first
            .rsplit_once('-')
            .is_some_and(|(_, last)| last.starts_with(char::is_lowercase))
    {
        name = rest;
    }
    // "Fighters of the Islamic State Mozambique Province": the people of a group at the start
    // of a sentence are not part of its name.
    // Also "Fighters of Islamic State Mozambique Province (ISMP)", without "the".
    if let Some((people, rest)) = name
        .split_once(" of the ")
        .or_else(|| name.split_once(" of "))
        && !people.contains(' ')
        && (people.ends_with('s') || people.ends_with("men"))
        && rest.contains(' ')
    {
        name = rest;
    }
    let count = name.split(' ').count();
    let last_capitalised = name
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    (count >= 2 && name.starts_with(|c: char| c.is_uppercase()) && last_capitalised).then_some(name)
}

/// Words of which one makes a capitalised name a church's or another body's that mediates
/// ("the Presbyterian Church in Cameroon", "the Archdiocese of Port-au-Prince").
const MEDIATOR_WORDS: &[&str] = &[
    "Church",
    "Archdiocese",
    "Diocese",
    "Conference",
    "Council",
    "Commission",
    "Committee",
    "Foundation",
    "Society",
    "Community",
    "Mission",
    "Order",
];

/// The name of a body that is no actor of the lexicon, written at the start of `phrase` ("the
/// Presbyterian Church in Cameroon helped"): capitalised words and their joins, with a word of
/// [`MEDIATOR_WORDS`], interned as [`define`] interns names.
pub(crate) fn body_named(phrase: &str) -> Option<&'static str> {
    let phrase = phrase.strip_prefix("the ").unwrap_or(phrase);
    // The name ends after its last capitalised word ("the Presbyterian Church in Cameroon").
    let mut end = 0;
    let mut at = 0;
    for (count, written) in phrase.split(' ').enumerate() {
        // A comma or full stop ends the name after its word.
        let word = written.trim_end_matches([',', ';', ':', '.']);
        let capitalised = word.starts_with(|c: char| c.is_uppercase());
        // "the Red Cross in June 2023": a date after the name.
        if capitalised && crate::text::CALENDAR.contains_word(word) {
            break;
        }
        let plain = word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '\u{2019}'));
        if !plain || !(capitalised || JOINS.contains(&word) || word == "in") || count == 8 {
            break;
        }
        if capitalised {
            end = at + word.len();
        }
        if word.len() < written.len() {
            break;
        }
        at += written.len() + 1;
    }
    let name = phrase.get(..end)?;
    let has_word = name.split(' ').any(|w| MEDIATOR_WORDS.contains(&w));
    let known = whole(name).is_some();
    (has_word && !known && name.contains(' '))
        .then(|| intern(name))
        .flatten()
}

/// The interned copy of `name`, made once; none once [`MAX_NAMES`] names are held.
/// A name is kept with straight apostrophes ("Ta’ang National Liberation Army" is the
/// "Ta'ang National Liberation Army"), as the canonical names are written.
fn intern(name: &str) -> Option<&'static str> {
    let straight;
    let name = if name.contains('\u{2019}') {
        straight = name.replace('\u{2019}', "'");
        straight.as_str()
    } else {
        name
    };
    let mut names = NAMES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(found) = names.iter().find(|n| **n == name) {
        return Some(found);
    }
    if names.len() >= MAX_NAMES {
        return None;
    }
    let leaked: &'static str = Box::leak(name.to_owned().into_boxed_str());
    names.push(leaked);
    Some(leaked)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defined(body: &str) -> Vec<(String, String)> {
        definitions(body)
            .into_iter()
            .map(|d| (d.forms[0].clone(), d.forms[1].clone()))
            .collect()
    }

    #[test]
    fn names_with_their_abbreviations_are_defined() {
        let pairs = |list: &[(&str, &str)]| {
            list.iter()
                .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            defined(
                "Separatist fighters of the Ambazonia Defence Forces (ADF) on Monday freed 17 \
                 pupils. The Sudan People's Liberation Army-in-Opposition (SPLA-IO) said. The \
                 Rapid Support Forces (RSF) said. The Government of National Unity (GNU) said. \
                 The United Nations High Commissioner for Refugees (UNHCR) said. A (B) c. \
                 Fighters of the Zambezi Liberation Front (ZLF) left. In Venezuela, the Orinoco \
                 Patriotic Front (OPF) said. The Kurdish-led Euphrates Shield Front (ESF) said. \
                 The Somali National Army (SNA) and the Haitian National Police (PNH) said. \
                 They crossed the Sobat River.\n\nFighters of the Upper Nile Defence Front \
                 (UNDF) said."
            ),
            pairs(&[
                ("Ambazonia Defence Forces", "ADF"),
                ("Government of National Unity", "GNU"),
                ("Zambezi Liberation Front", "ZLF"),
                ("Orinoco Patriotic Front", "OPF"),
                ("Euphrates Shield Front", "ESF"),
                ("Somali National Army", "SNA"),
                ("Haitian National Police", "PNH"),
                ("Upper Nile Defence Front", "UNDF"),
            ])
        );
    }

    #[test]
    fn a_states_own_forces_are_that_state() {
        assert_eq!(state_institution("Somali National Army"), Some("Somalia"));
        assert_eq!(state_institution("Haitian National Police"), Some("Haiti"));
        assert_eq!(state_institution("Sudan People's Liberation Army"), None);
        assert_eq!(state_institution("Syrian National Army"), None);
        assert_eq!(state_institution("Kachin Independence Army"), None);
    }

    #[test]
    fn bodies_that_mediate_are_named_as_written() {
        assert_eq!(
            body_named("the Presbyterian Church in Cameroon"),
            Some("Presbyterian Church in Cameroon")
        );
        assert_eq!(
            body_named("the Archdiocese of Port-au-Prince, the conference said"),
            Some("Archdiocese of Port-au-Prince")
        );
        assert_eq!(
            body_named("the International Committee of the Red Cross"),
            None
        );
        assert_eq!(body_named("Qatar"), None);
        assert_eq!(body_named("local elders in the town"), None);
    }

    #[test]
    fn abbreviations_are_short_runs_of_capitals() {
        assert!(is_abbreviation("ADF"));
        assert!(is_abbreviation("SPLA-IO"));
        assert!(!is_abbreviation("A"));
        assert!(!is_abbreviation("Reuters"));
        assert!(!is_abbreviation("two sources"));
    }

    #[test]
    fn the_people_of_a_group_are_not_its_name() {
        assert_eq!(
            defined("Fighters of Lake Province Liberation Front (LPLF) entered the town."),
            [(
                "Lake Province Liberation Front".to_owned(),
                "LPLF".to_owned()
            )]
        );
    }

    #[test]
    fn the_country_that_owns_a_group_is_not_its_name() {
        assert_eq!(
            defined("Colombia's Llanos Liberation Front (LLF) freed eleven soldiers."),
            [("Llanos Liberation Front".to_owned(), "LLF".to_owned())]
        );
        assert_eq!(
            defined("The People's Defence Front (PDFR) took the town."),
            [("People's Defence Front".to_owned(), "PDFR".to_owned())]
        );
    }

    #[test]
    fn a_states_forces_known_by_their_abbreviation_stay_the_states() {
        assert!(
            defined("The Armed Forces of the Democratic Republic of Congo (FARDC) said so.")
                .is_empty()
        );
    }

    #[test]
    fn the_guard_clears_the_definitions() {
        {
            let _guard = define("The Zamfara Defence Front (ZDF) said so.");
            assert_eq!(with(<[Defined]>::len), 1);
        }
        assert_eq!(with(<[Defined]>::len), 0);
    }

    #[test]
    fn names_are_kept_with_straight_apostrophes() {
        assert_eq!(intern("Ta\u{2019}ang Test Army"), Some("Ta'ang Test Army"));
    }

    #[test]
    fn interned_names_are_made_once() {
        let a = intern("Kivu Test Front").map(str::as_ptr);
        let b = intern("Kivu Test Front").map(str::as_ptr);
        assert!(a.is_some());
        assert_eq!(a, b);
    }
}

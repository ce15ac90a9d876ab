//! A report's claim detail as the JSON text its evidence row stores: exactly what
//! `serde_json::to_string` gives for a [`ClaimDetail`], written directly.
//!
//! Every report stores its detail, and serde's way through an internally tagged enum (each
//! field a map entry, each date through `Display`) cost more than a third of placing the
//! report. The writer here destructures every struct of the contract without `..`, so that a
//! field added to the model fails to compile here rather than going missing from the ledger,
//! and a test compares it with serde's text over many generated details.

use chrono::{Datelike, NaiveDate};
use claimtrack_model::{ClaimDetail, Deadline, Exchange, ExchangeItem, Interval, Territorial};
use serde::Serialize;

/// The JSON text of `detail`, as `serde_json::to_string` writes it.
pub(crate) fn to_json(detail: &ClaimDetail) -> Result<String, serde_json::Error> {
    let mut out = Json(Vec::with_capacity(384));
    match detail {
        ClaimDetail::Deadline(d) => out.deadline(d)?,
        ClaimDetail::Exchange(x) => out.exchange(x)?,
        ClaimDetail::Territorial(t) => out.territorial(t)?,
    }
    // Every piece written is UTF-8; the reference stays the answer should that ever change.
    String::from_utf8(out.0).or_else(|_| serde_json::to_string(detail))
}

/// The text being written.
struct Json(Vec<u8>);

impl Json {
    fn raw(&mut self, text: &str) {
        self.0.extend_from_slice(text.as_bytes());
    }

    /// `,"name":` (or `{"name":` for the first field, `first`).
    fn key(&mut self, name: &str, first: bool) {
        self.raw(if first { "{\"" } else { ",\"" });
        self.raw(name);
        self.raw("\":");
    }

    /// A value serde writes itself: strings (with its escapes) and numbers.
    fn value(&mut self, value: &impl Serialize) -> Result<(), serde_json::Error> {
        serde_json::to_writer(&mut self.0, value)
    }

    /// A name of a unit enum variant, which never needs escaping.
    fn name(&mut self, name: &str) {
        self.raw("\"");
        self.raw(name);
        self.raw("\"");
    }

    fn text(&mut self, text: Option<&String>) -> Result<(), serde_json::Error> {
        match text {
            Some(text) => self.value(text),
            None => {
                self.raw("null");
                Ok(())
            }
        }
    }

    fn texts(&mut self, texts: &[String]) -> Result<(), serde_json::Error> {
        self.raw("[");
        for (i, text) in texts.iter().enumerate() {
            if i > 0 {
                self.raw(",");
            }
            self.value(text)?;
        }
        self.raw("]");
        Ok(())
    }

    /// A day as chrono writes it: `YYYY-MM-DD`, digit by digit for the years news has (the
    /// rest through chrono).
    fn day(&mut self, day: NaiveDate) -> Result<(), serde_json::Error> {
        let year = day.year();
        if !(0..=9_999).contains(&year) {
            return self.value(&day);
        }
        let mut text = [b'"', 0, 0, 0, 0, b'-', 0, 0, b'-', 0, 0, b'"'];
        let digits = |text: &mut [u8], n: u32| {
            let mut n = n;
            for place in text.iter_mut().rev() {
                *place = b'0' + u8::try_from(n % 10).unwrap_or(0);
                n /= 10;
            }
        };
        digits(&mut text[1..5], year.unsigned_abs());
        digits(&mut text[6..8], day.month());
        digits(&mut text[9..11], day.day());
        self.0.extend_from_slice(&text);
        Ok(())
    }

    fn interval(&mut self, interval: Option<&Interval>) -> Result<(), serde_json::Error> {
        let Some(Interval { start, end, text }) = interval else {
            self.raw("null");
            return Ok(());
        };
        self.key("start", true);
        self.day(*start)?;
        self.key("end", false);
        self.day(*end)?;
        self.key("text", false);
        self.text(text.as_ref())?;
        self.raw("}");
        Ok(())
    }

    fn deadline(&mut self, d: &Deadline) -> Result<(), serde_json::Error> {
        let Deadline {
            issuer,
            targets,
            demand,
            consequence,
            expression,
            issued,
            due,
        } = d;
        self.key("kind", true);
        self.name("deadline");
        self.key("issuer", false);
        self.text(issuer.as_ref())?;
        self.key("targets", false);
        self.texts(targets)?;
        self.key("demand", false);
        self.text(demand.as_ref())?;
        self.key("consequence", false);
        self.text(consequence.as_ref())?;
        self.key("expression", false);
        self.value(expression)?;
        self.key("issued", false);
        self.interval(issued.as_ref())?;
        self.key("due", false);
        self.interval(due.as_ref())?;
        self.raw("}");
        Ok(())
    }

    fn exchange(&mut self, x: &Exchange) -> Result<(), serde_json::Error> {
        let Exchange {
            items,
            parties,
            mediator,
            when,
            status,
        } = x;
        self.key("kind", true);
        self.name("exchange");
        self.key("items", false);
        self.raw("[");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.raw(",");
            }
            self.item(item)?;
        }
        self.raw("]");
        self.key("parties", false);
        self.texts(parties)?;
        self.key("mediator", false);
        self.text(mediator.as_ref())?;
        self.key("when", false);
        self.raw("[");
        for (i, interval) in when.iter().enumerate() {
            if i > 0 {
                self.raw(",");
            }
            self.interval(Some(interval))?;
        }
        self.raw("]");
        self.key("status", false);
        self.name(status.as_str());
        self.raw("}");
        Ok(())
    }

    fn item(&mut self, item: &ExchangeItem) -> Result<(), serde_json::Error> {
        let ExchangeItem {
            category,
            count,
            approx,
            from,
            to,
        } = item;
        self.key("category", true);
        self.name(category.as_str());
        self.key("count", false);
        self.value(count)?;
        self.key("approx", false);
        match approx {
            Some(approx) => self.name(approx.as_str()),
            None => self.raw("null"),
        }
        self.key("from", false);
        self.text(from.as_ref())?;
        self.key("to", false);
        self.text(to.as_ref())?;
        self.raw("}");
        Ok(())
    }

    fn territorial(&mut self, t: &Territorial) -> Result<(), serde_json::Error> {
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
        self.key("kind", true);
        self.name("territorial");
        self.key("place", false);
        self.value(place)?;
        self.key("place_type", false);
        match place_type {
            Some(place_type) => self.name(place_type.as_str()),
            None => self.raw("null"),
        }
        self.key("region", false);
        self.text(region.as_ref())?;
        self.key("country", false);
        self.text(country.as_ref())?;
        self.key("action", false);
        self.name(action.as_str());
        self.key("verb", false);
        self.text(verb.as_ref())?;
        self.key("actor", false);
        self.text(actor.as_ref())?;
        self.key("claimant", false);
        self.text(claimant.as_ref())?;
        self.key("announced", false);
        self.interval(announced.as_ref())?;
        self.key("status", false);
        self.name(status.as_str());
        self.raw("}");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    //! The writer gives serde's text for every shape of detail.

    use chrono::NaiveDate;
    use claimtrack_model::{
        Action, Approx, Category, ClaimDetail, Deadline, Exchange, ExchangeItem, ExchangeStatus,
        Interval, PlaceType, Territorial, TerritorialStatus,
    };

    /// A seeded source of every value a detail can hold.
    struct Gen(fastrand::Rng);

    impl Gen {
        fn pick<T: Copy>(&mut self, items: &[T]) -> T {
            items[self.0.usize(..items.len())]
        }

        fn text(&mut self) -> String {
            let pieces = [
                "Russia",
                "the \"Council\"",
                "back\\slash",
                "tab\there",
                "line\nbreak",
                "\u{1}\u{1f}",
                "Kúpyansk",
                "Мариуполь",
                "🙂",
                "</script>",
                "",
                " ",
                "a/b",
            ];
            (0..self.0.usize(1..4))
                .map(|_| self.pick(&pieces))
                .collect()
        }

        fn maybe_text(&mut self) -> Option<String> {
            self.0.bool().then(|| self.text())
        }

        fn texts(&mut self) -> Vec<String> {
            (0..self.0.usize(0..3)).map(|_| self.text()).collect()
        }

        fn day(&mut self) -> NaiveDate {
            let year = self.pick(&[2025, 2024, 1999, 0, 9_999, 10_000, -44, 262_000]);
            NaiveDate::from_ymd_opt(year, self.0.u32(1..=12), self.0.u32(1..=28))
                .unwrap_or_default()
        }

        fn interval(&mut self) -> Interval {
            Interval {
                start: self.day(),
                end: self.day(),
                text: self.maybe_text(),
            }
        }

        fn maybe_interval(&mut self) -> Option<Interval> {
            self.0.bool().then(|| self.interval())
        }

        fn detail(&mut self) -> ClaimDetail {
            match self.0.u8(0..3) {
                0 => ClaimDetail::Deadline(Deadline {
                    issuer: self.maybe_text(),
                    targets: self.texts(),
                    demand: self.maybe_text(),
                    consequence: self.maybe_text(),
                    expression: self.text(),
                    issued: self.maybe_interval(),
                    due: self.maybe_interval(),
                }),
                1 => ClaimDetail::Exchange(Exchange {
                    items: (0..self.0.usize(0..3))
                        .map(|_| ExchangeItem {
                            category: self.pick(Category::ALL),
                            count: self.0.bool().then(|| self.pick(&[0, 7, 1_200, u64::MAX])),
                            approx: self.0.bool().then(|| self.pick(Approx::ALL)),
                            from: self.maybe_text(),
                            to: self.maybe_text(),
                        })
                        .collect(),
                    parties: self.texts(),
                    mediator: self.maybe_text(),
                    when: (0..self.0.usize(0..3)).map(|_| self.interval()).collect(),
                    status: self.pick(ExchangeStatus::ALL),
                }),
                _ => ClaimDetail::Territorial(Territorial {
                    place: self.text(),
                    place_type: self.0.bool().then(|| self.pick(PlaceType::ALL)),
                    region: self.maybe_text(),
                    country: self.maybe_text(),
                    action: self.pick(Action::ALL),
                    verb: self.maybe_text(),
                    actor: self.maybe_text(),
                    claimant: self.maybe_text(),
                    announced: self.maybe_interval(),
                    status: self.pick(TerritorialStatus::ALL),
                }),
            }
        }
    }

    #[test]
    fn details_are_written_as_serde_writes_them() {
        let mut generate = Gen(fastrand::Rng::with_seed(9));
        for _ in 0..5_000 {
            let detail = generate.detail();
            let expected = serde_json::to_string(&detail).expect("serde");
            assert_eq!(super::to_json(&detail).expect("json"), expected);
        }
    }
}

//! Every format over the story ledger at a fixed as-of date, and the report's content checked
//! where it matters (states as of a date, chains, totals, differing counts).

use claimtrack_model::ClaimKind;
use claimtrack_report::{Format, Report};

use crate::support::{as_of, day, ledger, options, render, story};

#[test]
fn markdown_snapshot() {
    let (_dir, ledger) = ledger(&story());
    insta::assert_snapshot!(render(&ledger, &options(as_of(), None), Format::Markdown));
}

#[test]
fn html_snapshot() {
    let (_dir, ledger) = ledger(&story());
    insta::assert_snapshot!(render(&ledger, &options(as_of(), None), Format::Html));
}

#[test]
fn json_snapshot() {
    let (_dir, ledger) = ledger(&story());
    insta::assert_snapshot!(render(&ledger, &options(as_of(), None), Format::Json));
}

#[test]
fn csv_snapshot_all_kinds() {
    let (_dir, ledger) = ledger(&story());
    insta::assert_snapshot!(render(&ledger, &options(as_of(), None), Format::Csv));
}

#[test]
fn csv_snapshot_per_kind() {
    let (_dir, ledger) = ledger(&story());
    for kind in ClaimKind::ALL {
        let csv = render(&ledger, &options(as_of(), Some(kind)), Format::Csv);
        insta::assert_snapshot!(format!("csv_{kind}"), csv);
    }
}

/// Builds the story report for `as_of`.
fn report(as_of: &str) -> Report {
    let (_dir, ledger) = ledger(&story());
    Report::build(&ledger, &options(day(as_of), None)).expect("the report builds")
}

#[test]
fn deadline_states_follow_the_as_of_date() {
    // Before the shortening, the 50-day deadline is open with its days left.
    let early = report("2025-07-20");
    let open: Vec<_> = early
        .deadlines
        .open
        .iter()
        .map(|d| (d.expression.as_str(), d.days_left))
        .collect();
    assert_eq!(open, [("within 50 days", Some(44))]);
    assert_eq!(
        early.deadlines.expired.len(),
        1,
        "the 72-hour ultimatum ran out"
    );
    assert!(early.deadlines.superseded.is_empty());

    // After it, the 50-day deadline is superseded by the 10-12 day one, which has run out by
    // the snapshot date; the EU deadline is open.
    let late = report("2025-08-20");
    let superseded: Vec<_> = late
        .deadlines
        .superseded
        .iter()
        .map(|d| d.expression.as_str())
        .collect();
    assert_eq!(superseded, ["within 50 days"]);
    let expired: Vec<_> = late
        .deadlines
        .expired
        .iter()
        .map(|d| d.expression.as_str())
        .collect();
    assert_eq!(expired, ["10 or 12 days", "72 hours"]);
    let open: Vec<_> = late
        .deadlines
        .open
        .iter()
        .map(|d| (d.expression.as_str(), d.days_left))
        .collect();
    assert_eq!(open, [("by September 15", Some(26))]);
    assert_eq!(late.deadlines.chains.len(), 1);
    assert_eq!(
        late.deadlines.chains[0].due,
        [Some(day("2025-09-02")), Some(day("2025-08-09"))]
    );
}

#[test]
fn territorial_claims_group_by_country_and_region() {
    let report = report("2025-08-20");
    let groups: Vec<(Option<&str>, Vec<Option<&str>>)> = report
        .territorial
        .iter()
        .map(|c| {
            (
                c.country.as_deref(),
                c.regions.iter().map(|r| r.region.as_deref()).collect(),
            )
        })
        .collect();
    assert_eq!(
        groups,
        [
            (Some("Sudan"), vec![Some("North Darfur")]),
            (Some("Ukraine"), vec![Some("Donetsk"), Some("Sumy")]),
        ]
    );
    let donetsk = &report.territorial[1].regions[0].claims[0];
    assert_eq!(
        (
            donetsk.place.as_str(),
            donetsk.status.as_str(),
            donetsk.sources,
            donetsk.denials
        ),
        ("Novomykolaivka", "disputed", 3, 1)
    );
    let darfur = &report.territorial[0].regions[0].claims[0];
    assert_eq!(darfur.status, "confirmed");
    // The article of 1 September is after the as-of date: Oleksiivka has one report only.
    let sumy = &report.territorial[1].regions[1].claims;
    assert_eq!(sumy.len(), 1);
    assert_eq!(sumy[0].actor.as_deref(), Some("Russia"));
}

#[test]
fn exchanges_keep_each_sources_counts_and_total_per_side() {
    let report = report("2025-08-20");
    let x = &report.exchanges;
    let swap = &x.rows[0];
    assert_eq!(swap.sources, 2);
    let totals: Vec<_> = swap
        .reported_counts
        .iter()
        .map(|s| (s.source.as_deref(), s.total))
        .collect();
    assert_eq!(
        totals,
        [
            (Some("Harbour Gazette"), Some(168)),
            (Some("Eastern Wire"), Some(160))
        ]
    );
    let sides: Vec<_> = x
        .totals_by_side
        .iter()
        .map(|t| (t.side.as_deref(), t.people, t.bodies))
        .collect();
    assert_eq!(
        sides,
        [(Some("Russia"), 84, 1000), (Some("Ukraine"), 84, 19)]
    );
    let months: Vec<_> = x
        .by_month
        .iter()
        .map(|m| (m.month.as_str(), m.exchanges, m.people, m.bodies))
        .collect();
    assert_eq!(months, [("2025-06", 1, 168, 0), ("2025-07", 1, 0, 1019)]);
    let proposed = x
        .rows
        .iter()
        .find(|r| r.status == "proposed")
        .expect("the proposal is listed");
    assert_eq!(proposed.total, Some(1200));
    assert_eq!(report.summary.people_exchanged, 168);
}

#[test]
fn disputed_lists_denials_and_differing_counts() {
    let report = report("2025-08-20");
    let disputed: Vec<_> = report
        .disputed
        .iter()
        .map(|d| (d.headline.as_str(), d.reason.as_str()))
        .collect();
    assert_eq!(
        disputed,
        [
            (
                "Russia and Ukraine: exchange of prisoners of war",
                "sources give different counts"
            ),
            (
                "Russia captured Novomykolaivka (Donetsk, Ukraine)",
                "denied by 1 source"
            ),
        ]
    );
    let stances: Vec<_> = report.disputed[1]
        .statements
        .iter()
        .map(|s| s.stance.as_str())
        .collect();
    assert_eq!(stances, ["claimed", "claimed", "denied"]);
}

#[test]
fn kind_filter_and_since_narrow_the_report() {
    let (_dir, ledger) = ledger(&story());
    let only =
        Report::build(&ledger, &options(as_of(), Some(ClaimKind::Exchange))).expect("builds");
    assert!(only.territorial.is_empty() && only.deadlines.open.is_empty());
    assert_eq!(only.exchanges.rows.len(), 3);
    let markdown = claimtrack_report::markdown(&only);
    assert!(!markdown.contains("## Deadlines") && markdown.contains("## Exchanges"));

    let mut since = options(as_of(), None);
    since.since = Some(day("2025-08-01"));
    let recent = Report::build(&ledger, &since).expect("builds");
    let places: Vec<_> = recent
        .territorial
        .iter()
        .flat_map(|c| &c.regions)
        .flat_map(|r| &r.claims)
        .map(|c| c.place.as_str())
        .collect();
    assert_eq!(places, ["Um Kadada"]);
    assert_eq!(recent.deadlines.open.len(), 1);
}

#[test]
fn empty_ledger_gives_an_empty_report_in_every_format() {
    let (_dir, ledger) = ledger(&[]);
    for format in Format::ALL {
        let text = render(&ledger, &options(as_of(), None), format);
        assert!(!text.is_empty(), "{format:?} is empty");
    }
    let html = render(&ledger, &options(as_of(), None), Format::Html);
    assert!(html.contains("No territorial claims.") && !html.contains("<svg"));
}

#[test]
fn reports_are_deterministic() {
    let first = {
        let (_dir, ledger) = ledger(&story());
        render(&ledger, &options(as_of(), None), Format::Html)
    };
    let (_dir, ledger) = ledger(&story());
    assert_eq!(
        render(&ledger, &options(as_of(), None), Format::Html),
        first
    );
    // Storing the same articles again changes nothing.
    ledger.store(&story()).expect("stores");
    assert_eq!(
        render(&ledger, &options(as_of(), None), Format::Html),
        first
    );
}

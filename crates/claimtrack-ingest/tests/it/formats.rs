//! Metadata and body per format and layout, and ids that agree across formats.

use claimtrack_ingest::{Article, Config, Dedup, Severity, read_bytes};

use crate::assert_invariants;

/// What a check expects of the one article read from an input.
#[derive(Debug, Default)]
struct Expect<'a> {
    title: Option<&'a str>,
    source: Option<&'a str>,
    published: Option<&'a str>,
    dateline: Option<&'a str>,
    url: Option<&'a str>,
    /// The start of the body.
    body: &'a str,
}

/// Reads `input` as a file named `name` and compares the one article with `expected`.
fn check(name: &str, input: &str, expected: Expect<'_>) -> Article {
    let batch = read_bytes(name, input.as_bytes(), &Config::default());
    let errors: Vec<String> = batch
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert_eq!(errors, Vec::<String>::new(), "{name}");
    let [article] = batch.articles.as_slice() else {
        panic!("{name}: expected one article, got {}", batch.articles.len());
    };
    assert_invariants(article);
    let published = article.published.map(|d| d.to_string());
    assert_eq!(article.title.as_deref(), expected.title, "{name}: title");
    assert_eq!(article.source.as_deref(), expected.source, "{name}: source");
    assert_eq!(
        published.as_deref(),
        expected.published,
        "{name}: published"
    );
    assert_eq!(
        article.dateline.as_deref(),
        expected.dateline,
        "{name}: dateline"
    );
    assert_eq!(article.url.as_deref(), expected.url, "{name}: url");
    assert!(
        article.body.starts_with(expected.body),
        "{name}: body starts {:?}",
        article.body.get(..60.min(article.body.len()))
    );
    article.clone()
}

#[test]
fn wire_layouts() {
    check(
        "reuters.txt",
        "Headline here\n\nBy Jane Doe\n\nKYIV (Reuters) - Ukraine said on Friday it had recovered 909 bodies.\n\n(Reporting by Jane Doe; Editing by John Roe)\n",
        Expect {
            title: Some("Headline here"),
            source: Some("Reuters"),
            dateline: Some("KYIV"),
            body: "Ukraine said on Friday",
            ..Expect::default()
        },
    );
    check(
        "ap.txt",
        "MOSCOW, July 23 (AP) — Russia said it had taken a village.\n\nCopyright 2025 The Associated Press. All rights reserved.",
        Expect {
            source: Some("AP"),
            dateline: Some("MOSCOW"),
            body: "Russia said it had taken a village.",
            ..Expect::default()
        },
    );
    check(
        "afp.txt",
        "Published: 2025-07-23\n\nKYIV, Ukraine (AFP) - Ukraine said it downed 40 drones.",
        Expect {
            source: Some("AFP"),
            published: Some("2025-07-23"),
            dateline: Some("KYIV"),
            body: "Ukraine said it downed 40 drones.",
            ..Expect::default()
        },
    );
    check(
        "dawn.txt",
        " date 2025-07-24 E-Paper | July 24, 2025\n\nTalks end without deal\n\nPublished July 24, 2025\n\nISLAMABAD: Talks ended.\n\nPublished in Dawn, July 24th, 2025\n",
        Expect {
            title: Some("Talks end without deal"),
            source: Some("Dawn"),
            published: Some("2025-07-24"),
            dateline: Some("ISLAMABAD"),
            body: "Talks ended.",
            ..Expect::default()
        },
    );
    check(
        "sudantribune.txt",
        "March 31, 2026 (JUBA) \u{2013} The opposition said on Sunday it had captured Ulang.\n",
        Expect {
            published: Some("2026-03-31"),
            dateline: Some("JUBA"),
            body: "The opposition said on Sunday",
            ..Expect::default()
        },
    );
    check(
        "hindustantimes.txt",
        "By Rahul Singh, New Delhi\nAug 21, 2026 06:12 AM IST\n\nArmy denies pullback\n\nThe Indian Army on Thursday denied reports.\n",
        Expect {
            title: Some("Army denies pullback"),
            published: Some("2026-08-21"),
            body: "The Indian Army on Thursday denied reports.",
            ..Expect::default()
        },
    );
    check(
        "inquirer.txt",
        "Philippine Daily Inquirer / 05:20 AM September 12, 2026\n\nChina blocks resupply\n\nMANILA, Philippines - Chinese vessels surrounded the shoal.\n",
        Expect {
            title: Some("China blocks resupply"),
            published: Some("2026-09-12"),
            dateline: Some("MANILA"),
            body: "Chinese vessels surrounded the shoal.",
            ..Expect::default()
        },
    );
    check(
        "bangkokpost.txt",
        "Bangkok Post\nPUBLISHED : 30 Jun 2026 at 04:00\n\nArmy sets surrender deadline\n\nPATTANI: The army gave insurgents until July 31 to surrender.\n",
        Expect {
            title: Some("Army sets surrender deadline"),
            source: Some("Bangkok Post"),
            published: Some("2026-06-30"),
            dateline: Some("PATTANI"),
            body: "The army gave insurgents until July 31",
            ..Expect::default()
        },
    );
    check(
        "unlisted-outlet.txt",
        "Troops pull back from border posts\n\nThe Kivu Courier\nPublished: March 3, 2026 | 09:45\n\nGOMA - Troops pulled back on Monday.\n",
        Expect {
            title: Some("Troops pull back from border posts"),
            source: Some("The Kivu Courier"),
            published: Some("2026-03-03"),
            dateline: Some("GOMA"),
            body: "Troops pulled back on Monday.",
            ..Expect::default()
        },
    );
    check(
        "unlisted-outlet-no-blank.txt",
        "Somali troops freed after clan talks\nGarowe Online\nPublished: March 3, 2026\n\nMOGADISHU - Nine soldiers were freed on Sunday.\nElders had mediated.\n",
        Expect {
            title: Some("Somali troops freed after clan talks"),
            source: Some("Garowe Online"),
            published: Some("2026-03-03"),
            dateline: Some("MOGADISHU"),
            body: "Nine soldiers were freed on Sunday.\n\nElders had mediated.",
            ..Expect::default()
        },
    );
    check(
        "outlet-and-service.txt",
        "Baku returns two villagers\n\nAzatutyun (RFE/RL Armenian Service)\nSeptember 18, 2025\n\nAzerbaijan handed over two civilians on Wednesday.\n",
        Expect {
            title: Some("Baku returns two villagers"),
            source: Some("Azatutyun (RFE/RL Armenian Service)"),
            published: Some("2025-09-18"),
            body: "Azerbaijan handed over two civilians on Wednesday.",
            ..Expect::default()
        },
    );
    check(
        "outlet-and-edition.txt",
        "Detainees freed in Aden\n\nThe Aden Herald (English edition)\nPublished January 26, 2025\n\nADEN - Detainees were freed on Saturday.\n",
        Expect {
            title: Some("Detainees freed in Aden"),
            source: Some("The Aden Herald (English edition)"),
            published: Some("2025-01-26"),
            dateline: Some("ADEN"),
            body: "Detainees were freed on Saturday.",
            ..Expect::default()
        },
    );
    check(
        "dated-dash.txt",
        "Talks stall\n\nNAIROBI, 4 August 2025 - Talks stalled on Monday.\n",
        Expect {
            title: Some("Talks stall"),
            published: Some("2025-08-04"),
            dateline: Some("NAIROBI"),
            body: "Talks stalled on Monday.",
            ..Expect::default()
        },
    );
    check(
        "dash.txt",
        "Updated July 2, 2025\n\nST. PETERSBURG — A drone hit a refinery, officials said.",
        Expect {
            // The update's day, where the header gives no other.
            published: Some("2025-07-02"),
            dateline: Some("ST. PETERSBURG"),
            body: "A drone hit a refinery",
            ..Expect::default()
        },
    );
}

#[test]
fn header_lines_no_list_knows_above_the_date() {
    check(
        "outlet-city.txt",
        "Jihadists claim a southern town\n\nBy Awa Diallo\nRadio Sahel, Bamako\n\n12 November 2025\n\nThe group said it had taken the town.\n",
        Expect {
            title: Some("Jihadists claim a southern town"),
            source: Some("Radio Sahel"),
            published: Some("2025-11-12"),
            body: "The group said it had taken the town.",
            ..Expect::default()
        },
    );
    check(
        "byline-without-by.txt",
        "Two villages claimed\n\nAnna Petrenko in Kharkiv and agencies\nWed 14 Jan 2026 09.12 GMT\n\nThe ministry said its forces had taken two villages.\n",
        Expect {
            title: Some("Two villages claimed"),
            published: Some("2026-01-14"),
            body: "The ministry said its forces had taken two villages.",
            ..Expect::default()
        },
    );
    check(
        "bold-outlet.md",
        "# Swap of 90 for 90\n\n**Odesa Herald** · By Ivan Bondar\n\nPublished: 6 February 2026, 18:40\n\nThe two sides swapped 90 prisoners each.\n",
        Expect {
            title: Some("Swap of 90 for 90"),
            source: Some("Odesa Herald"),
            published: Some("2026-02-06"),
            body: "The two sides swapped 90 prisoners each.",
            ..Expect::default()
        },
    );
    check(
        "published-and-updated.txt",
        "Talks resume\n\nUpdated: 7 February 2026, 10:00\nPublished: 6 February 2026, 18:40\n\nTalks resumed on Friday.\n",
        Expect {
            title: Some("Talks resume"),
            published: Some("2026-02-06"),
            body: "Talks resumed on Friday.",
            ..Expect::default()
        },
    );
}

#[test]
fn mastheads_numeric_dates_and_dates_before_an_update_note() {
    check(
        "masthead.txt",
        "HORN OBSERVER\n\nSomali forces retake a river town after a week of fighting\n\nThursday December 18, 2025 - 09:14\n\nThe army said it had retaken the town.\n",
        Expect {
            title: Some("Somali forces retake a river town after a week of fighting"),
            source: Some("HORN OBSERVER"),
            published: Some("2025-12-18"),
            body: "The army said it had retaken the town.",
            ..Expect::default()
        },
    );
    check(
        "masthead-section.txt",
        "Deccan Courier | India News\n\n'Leave by May 2': visas revoked as tensions rise\n\nBy a staff reporter, New Delhi\nApr 25, 2025 06:12 AM IST\n\nThe ministry said the visas were revoked.\n",
        Expect {
            title: Some("'Leave by May 2': visas revoked as tensions rise"),
            source: Some("Deccan Courier"),
            published: Some("2025-04-25"),
            body: "The ministry said the visas were revoked.",
            ..Expect::default()
        },
    );
    check(
        "numeric.txt",
        "Town claimed by jihadists\n\nSahel Wire\n\nPublished on: 14/11/2025 - 15:30 Modified: 14/11/2025 - 18:02\n\nThe group said it had seized the town.\n",
        Expect {
            title: Some("Town claimed by jihadists"),
            source: Some("Sahel Wire"),
            published: Some("2025-11-14"),
            body: "The group said it had seized the town.",
            ..Expect::default()
        },
    );
    check(
        "update-note.txt",
        "Two border villages claimed\n\nBy Anna Koval and Ivan Lys\n\nDecember 10, 2025 5:48 PM GMT+1 Updated 2 hours ago\n\nThe ministry said its forces had taken two villages.\n",
        Expect {
            title: Some("Two border villages claimed"),
            published: Some("2025-12-10"),
            body: "The ministry said its forces had taken two villages.",
            ..Expect::default()
        },
    );
}

#[test]
fn a_title_case_masthead_and_a_long_line_that_opens_with_the_day() {
    check(
        "title-case-masthead.txt",
        "Horn Observer\n\nAl-Shabaab briefly seizes a river town as talks stall in Gedo\n\nThursday January 29, 2026 - 14:05:22 in Latest News\nBy Horn Observer Editor\n\nThe militants seized the town on Wednesday.\n",
        Expect {
            title: Some("Al-Shabaab briefly seizes a river town as talks stall in Gedo"),
            source: Some("Horn Observer"),
            published: Some("2026-01-29"),
            body: "The militants seized the town on Wednesday.",
            ..Expect::default()
        },
    );
    // With the section and the author after the time, and above the title.
    check(
        "date-line-with-author.txt",
        "Horn Observer\nSunday March 8, 2026 - 09:41:17 in Latest News by Horn Observer Editor\n\nFederal troops pull out of a border town as talks stall\n\nKISMAYO (Horn Observer) - The troops left the town on Friday.\n",
        Expect {
            title: Some("Federal troops pull out of a border town as talks stall"),
            source: Some("Horn Observer"),
            published: Some("2026-03-08"),
            dateline: Some("KISMAYO"),
            body: "The troops left the town on Friday.",
            ..Expect::default()
        },
    );
    // A short title above a body line stays the title.
    check(
        "short-title.txt",
        "Talks stall\n\nThe talks stalled on Monday after a day of meetings, officials said.\n",
        Expect {
            title: Some("Talks stall"),
            body: "The talks stalled on Monday after a day of meetings, officials said.",
            ..Expect::default()
        },
    );
}

#[test]
fn a_section_under_the_masthead_a_standfirst_and_a_published_line_with_a_note() {
    check(
        "section.txt",
        "Horn Observer\nNEWS\n\nMilitia claims a market town; army denies, says situation normal\n\nJanuary 22, 2026\n\nThe militia said it had captured the town.\n",
        Expect {
            title: Some("Militia claims a market town; army denies, says situation normal"),
            source: Some("Horn Observer"),
            published: Some("2026-01-22"),
            body: "The militia said it had captured the town.",
            ..Expect::default()
        },
    );
    check(
        "section-path.txt",
        "Radio Kivu\nSecurity | North Kivu\n\nRebels claim a locality; detainees freed in Goma\n\nPublished on Tuesday 24 February 2026 - 09:47 | Last updated on Tuesday 24 February 2026 - 13:05\n\nThe rebels said they had taken the locality.\n",
        Expect {
            title: Some("Rebels claim a locality; detainees freed in Goma"),
            source: Some("Radio Kivu"),
            published: Some("2026-02-24"),
            body: "The rebels said they had taken the locality.",
            ..Expect::default()
        },
    );
    check(
        "standfirst.txt",
        "Deadline set for the president to leave the country by Monday\n\nThe offer of safe passage came during a phone call, according to two people familiar with it\n\nANA RUIZ / LUIS MORA\nCaracas - Nov 29, 2025 - 17:25 CET\n\nThe president was given until Monday to leave.\n",
        Expect {
            title: Some("Deadline set for the president to leave the country by Monday"),
            published: Some("2025-11-29"),
            body: "The president was given until Monday to leave.",
            ..Expect::default()
        },
    );
}

#[test]
fn agency_bylines_and_update_lines() {
    check(
        "bare.txt",
        "Drones hit Odesa port\n\nBy Reuters\n\nLast updated 2 hours ago\n\n(Reuters) - Drones hit the port overnight.",
        Expect {
            title: Some("Drones hit Odesa port"),
            source: Some("Reuters"),
            body: "Drones hit the port overnight.",
            ..Expect::default()
        },
    );
}

#[test]
fn a_quoted_first_paragraph_is_not_a_title() {
    check(
        "quote.txt",
        "“We will not withdraw,” the commander said. “Never.”\n\nThe army held the bridge.",
        Expect {
            body: "“We will not withdraw,” the commander said.",
            ..Expect::default()
        },
    );
    check(
        "two.txt",
        "Troops crossed the river Tuesday. They met no resistance\n\nMore followed.",
        Expect {
            body: "Troops crossed the river Tuesday.",
            ..Expect::default()
        },
    );
}

#[test]
fn title_right_above_the_dateline_and_ap_trailers() {
    check(
        "tight.txt",
        "Russia strikes Kyiv overnight\nKYIV, July 23 (Reuters) - Russia launched 300 drones.\n\nMore to follow.",
        Expect {
            title: Some("Russia strikes Kyiv overnight"),
            source: Some("Reuters"),
            dateline: Some("KYIV"),
            body: "Russia launched 300 drones.\n\nMore to follow.",
            ..Expect::default()
        },
    );
    check(
        "two_places.txt",
        "Trump threatens Mexico with tariff\n\nWASHINGTON/MEXICO CITY (Reuters) - Trump set a deadline.\n",
        Expect {
            title: Some("Trump threatens Mexico with tariff"),
            source: Some("Reuters"),
            dateline: Some("WASHINGTON/MEXICO CITY"),
            body: "Trump set a deadline.",
            ..Expect::default()
        },
    );
    let article = check(
        "ap_trailer.txt",
        "WASHINGTON (AP) — Talks stalled.\n\n___\n\nAssociated Press writer Jane Roe in Kyiv contributed to this report.\n",
        Expect {
            source: Some("AP"),
            dateline: Some("WASHINGTON"),
            body: "Talks stalled.",
            ..Expect::default()
        },
    );
    assert_eq!(article.body, "Talks stalled.");
}

#[test]
fn hard_wrapped_text_without_blank_lines_has_no_title() {
    let article = check(
        "wrapped.txt",
        "The army said on Tuesday that it had\nretaken the town after a week of fighting.\nThe rebels denied it.",
        Expect {
            body: "The army said on Tuesday that it had retaken the town",
            ..Expect::default()
        },
    );
    assert_eq!(article.sentences.len(), 2);
}

#[test]
fn plain_text_keeps_everything() {
    let article = check(
        "plain.txt",
        "Officials: the talks failed.\n\nUS forces left. NATO said nothing.",
        Expect {
            body: "Officials: the talks failed.",
            ..Expect::default()
        },
    );
    assert_eq!(article.paragraphs.len(), 2);
}

#[test]
fn front_matter_and_markdown() {
    check(
        "front.md",
        "---\ntitle: \"Truce holds\"\noutlet: Gulf Wire\nurl: https://example.invalid/a\ndate: 2025-07-24T01:30:00+05:00\n---\n\n# Truce holds\n\nThe *truce* held, [officials](https://example.invalid) said. **Nobody** fired.\n",
        Expect {
            title: Some("Truce holds"),
            source: Some("Gulf Wire"),
            published: Some("2025-07-24"),
            url: Some("https://example.invalid/a"),
            body: "The truce held, officials said. Nobody fired.",
            ..Expect::default()
        },
    );
}

/// Front-matter keys match without ASCII case (`TITLE`, `PublishedAt`), a key outside ASCII
/// matches no field, and only the first value for a field counts.
#[test]
fn front_matter_keys_ignore_ascii_case() {
    check(
        "front.txt",
        "---\nTITLE: 'Truce holds'\nSite_Name: Gulf Wire\nLINK: https://example.invalid/a\nPublishedAt: \"2025-07-24\"\nLocation: DOHA\nTitle: Second title\nD\u{0130}TLE: Not a key\n---\nThe truce held, officials said.\n",
        Expect {
            title: Some("Truce holds"),
            source: Some("Gulf Wire"),
            published: Some("2025-07-24"),
            dateline: Some("DOHA"),
            url: Some("https://example.invalid/a"),
            body: "The truce held, officials said.",
        },
    );
}

#[test]
fn html_metadata_sources() {
    check(
        "page.html",
        r#"<html><head><title>Army advances | Daily Front</title>
        <meta property="og:site_name" content="Daily Front">
        <script type="application/ld+json">[{"@type":"WebPage"},{"@type":["NewsArticle"],"datePublished":"2025-07-24T01:30:00+05:00"}]</script>
        </head><body><nav>Home World</nav><article><p>The army said it advanced four kilometres near the town on Monday.</p>
        <figure><figcaption>A tank near the front.</figcaption></figure>
        <p>Officials said more than 200 soldiers were involved in the operation.</p></article>
        <div class="comments"><p>First comment with a long opinion about the war.</p></div></body></html>"#,
        Expect {
            title: Some("Army advances"),
            source: Some("Daily Front"),
            published: Some("2025-07-24"),
            body: "The army said it advanced four kilometres near the town on Monday.\n\nOfficials said more than 200 soldiers were involved in the operation.",
            ..Expect::default()
        },
    );
}

#[test]
fn html_publish_date_meta_names() {
    for name in [
        "publish-date",
        "publish_date",
        "sailthru.date",
        "dcterms.date",
        "DCTERMS.issued",
    ] {
        check(
            "page.html",
            &format!(
                r#"<html><head><title>Army advances</title>
                <meta name="{name}" content="2026-02-18">
                </head><body><article><p>The army said it advanced four kilometres on Monday.</p></article></body></html>"#
            ),
            Expect {
                title: Some("Army advances"),
                published: Some("2026-02-18"),
                body: "The army said it advanced four kilometres on Monday.",
                ..Expect::default()
            },
        );
    }
}

#[test]
fn json_shapes() {
    check(
        "one.json",
        r#"{"title":"T","source":{"name":"S"},"link":"https://example.invalid/x","pubDate":"Thu, 24 Jul 2025 01:30:00 +0500","article":"<p>First.</p><p>Second.</p>"}"#,
        Expect {
            title: Some("T"),
            source: Some("S"),
            published: Some("2025-07-24"),
            url: Some("https://example.invalid/x"),
            body: "First.\n\nSecond.",
            ..Expect::default()
        },
    );
    let batch = read_bytes(
        "stdin-like",
        b"{\"text\":\"One.\",\"date\":\"2025-01-02\"}\n{\"text\":\"Two.\",\"date\":\"2025-01-03\"}\n",
        &Config::default(),
    );
    assert_eq!(batch.problems, []);
    let paths: Vec<_> = batch
        .articles
        .iter()
        .map(|a| a.path.clone().unwrap_or_default())
        .collect();
    assert_eq!(paths, ["stdin-like:1", "stdin-like:2"]);
}

#[test]
fn feed_day_is_the_day_as_written() {
    let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>A</title><pubDate>Thu, 24 Jul 2025 01:30:00 +0500</pubDate><description>Body of A.</description></item>
        </channel></rss>"#;
    check(
        "feed.rss",
        rss,
        Expect {
            title: Some("A"),
            source: Some("Wire"),
            published: Some("2025-07-24"),
            body: "Body of A.",
            ..Expect::default()
        },
    );
}

const PARAGRAPHS: [&str; 3] = [
    "KYIV (Reuters) - Ukraine and Russia swapped 84 prisoners on Thursday, Kyiv said.",
    "“We are bringing them home,” President Volodymyr Zelenskiy wrote on Telegram.",
    "The U.A.E. mediated the exchange, the 60th of the war.",
];

#[test]
fn same_article_same_id_across_formats() {
    let text = format!(
        "Swap headline\n\nJuly 24, 2025\n\n{}",
        PARAGRAPHS.join("\n\n")
    );
    let html_paragraphs: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    let html = format!(
        "<html><head><title>Swap headline</title></head><body><nav>Menu</nav><article>{html_paragraphs}</article><footer>(c) Wire</footer></body></html>"
    );
    let json = serde_json::json!({"title": "Swap", "text": PARAGRAPHS.join("\n\n")}).to_string();
    let jsonl = serde_json::json!({"title": "Swap", "body": PARAGRAPHS}).to_string();
    let escaped = html_paragraphs
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let rss = format!(
        r#"<rss version="2.0"><channel><title>W</title><item><title>Swap</title><description>{escaped}</description></item></channel></rss>"#
    );
    let markdown = format!("# Swap headline\n\n{}", PARAGRAPHS.join("\n\n"));
    let inputs = [
        ("a.txt", text),
        ("a.html", html),
        ("a.json", json),
        ("a.jsonl", jsonl),
        ("a.xml", rss),
        ("a.md", markdown),
    ];
    let mut dedup = Dedup::default();
    let mut ids = Vec::new();
    for (name, input) in &inputs {
        let batch = read_bytes(name, input.as_bytes(), &Config::default());
        let [article] = batch.articles.as_slice() else {
            panic!("{name}: expected one article: {:?}", batch.problems);
        };
        assert_invariants(article);
        assert_eq!(article.dateline.as_deref(), Some("KYIV"), "{name}");
        ids.push((*name, article.id.clone(), article.body.clone()));
        dedup.first(article);
    }
    for (name, id, body) in &ids {
        assert_eq!(
            (id, body),
            (&ids[0].1, &ids[0].2),
            "{name} differs from {}",
            ids[0].0
        );
    }
    let again = read_bytes("b.txt", inputs[0].1.as_bytes(), &Config::default());
    assert!(!dedup.first(&again.articles[0]), "a second copy is not new");
}

#[test]
fn a_section_in_words_under_the_masthead_and_an_outlet_with_its_long_name() {
    check(
        "section-in-words.txt",
        "SAHEL MONITOR\nTrade routes\n\nTruckers defy a fuel blockade on the road to the capital\n\nFriday 5 June 2026 - 10:02 CEST\n\nThe drivers said they would go on.\n",
        Expect {
            title: Some("Truckers defy a fuel blockade on the road to the capital"),
            source: Some("SAHEL MONITOR"),
            published: Some("2026-06-05"),
            body: "The drivers said they would go on.",
            ..Expect::default()
        },
    );
    check(
        "short-and-long-name.txt",
        "APA - Agence de Presse Africaine\nAfrica\n\nSoldiers retake a northern town after a week of fighting\n\nTue 9 Jun 2026 - 18:20 CEST\n\nThe army said it had retaken the town.\n",
        Expect {
            title: Some("Soldiers retake a northern town after a week of fighting"),
            source: Some("APA"),
            published: Some("2026-06-09"),
            body: "The army said it had retaken the town.",
            ..Expect::default()
        },
    );
    // "The" and "of" are no words of the name to count.
    check(
        "the-outlet.txt",
        "The Harbour City Times\nWorld Briefing | Evening Edition\n\nMonday Briefing: A Deadline Over Fishing Rights Passes\n\nBy Lena Park\n\nSept. 7, 2026, 5:00 a.m. ET\n\nThe deadline passed on Sunday.\n",
        Expect {
            title: Some("Monday Briefing: A Deadline Over Fishing Rights Passes"),
            source: Some("The Harbour City Times"),
            published: Some("2026-09-07"),
            body: "The deadline passed on Sunday.",
            ..Expect::default()
        },
    );
}

#[test]
fn dates_between_bars_with_a_clock_time_and_a_byline_without_by() {
    check(
        "bars.txt",
        "CASPIAN HERALD\nPolitics | 20 April 2026, 18:04 (GMT+04:00)\n\nFour detainees handed over at a border checkpoint\n\nBy Leyla Aliyeva\n\nThe detainees were handed over on Monday.\n",
        Expect {
            title: Some("Four detainees handed over at a border checkpoint"),
            source: Some("CASPIAN HERALD"),
            published: Some("2026-04-20"),
            body: "The detainees were handed over on Monday.",
            ..Expect::default()
        },
    );
    check(
        "bars-and-weekday.txt",
        "THE MEKONG POST\nNational | Tuesday, 12 May 2026 | 16:40 ICT\n\nTroops accused of seizing a temple as a seven-day deadline is set\n\nSok Dara\n\nPHNOM PENH – The ministry accused the troops on Monday.\n",
        Expect {
            title: Some("Troops accused of seizing a temple as a seven-day deadline is set"),
            source: Some("THE MEKONG POST"),
            published: Some("2026-05-12"),
            dateline: Some("PHNOM PENH"),
            body: "The ministry accused the troops on Monday.",
            ..Expect::default()
        },
    );
    check(
        "clock.txt",
        "Israel has until February 18 to leave, Washington says\n\nBy Marie Haddad\nJanuary 28, 2025, 11:02 a.m.\n\nWashington said on Sunday that Israel had until February 18.\n",
        Expect {
            title: Some("Israel has until February 18 to leave, Washington says"),
            published: Some("2025-01-28"),
            body: "Washington said on Sunday that Israel had until February 18.",
            ..Expect::default()
        },
    );
}

#[test]
fn a_masthead_with_its_edition() {
    check(
        "edition.txt",
        "SAHEL DAILY - English edition\nSecurity | Wednesday, 10 September 2025, 18:30 GMT\n\nJihadists set a deadline for fuel hauliers\n\nBy Moussa Keita\n\nBAMAKO – The group gave hauliers until Sunday.\n",
        Expect {
            title: Some("Jihadists set a deadline for fuel hauliers"),
            source: Some("SAHEL DAILY"),
            published: Some("2025-09-10"),
            dateline: Some("BAMAKO"),
            body: "The group gave hauliers until Sunday.",
            ..Expect::default()
        },
    );
}

#[test]
fn header_lines_no_rule_knows_above_the_date_line_are_the_header() {
    check(
        "agency-name.txt",
        "NORDIC WIRE Independent News Service\nConflict in the Sahel\n\nArmy retakes two villages near the border after a week of fighting — ministry\n\nThursday, March 5, 2026, 09:15 Dakar time\n\nDAKAR, March 5. /NWS/. The army said on Wednesday it had retaken two villages.\n",
        Expect {
            title: Some(
                "Army retakes two villages near the border after a week of fighting — ministry",
            ),
            source: Some("NWS"),
            published: Some("2026-03-05"),
            dateline: Some("DAKAR"),
            body: "The army said on Wednesday it had retaken two villages.",
            ..Expect::default()
        },
    );
    check(
        "digest.txt",
        "The Evening Front\nNight summary \u{b7} Friday, 8 May 2026, 22:10 local time\n\nThe army said on Friday it had repelled two attacks.\n",
        Expect {
            source: Some("The Evening Front"),
            published: Some("2026-05-08"),
            body: "The army said on Friday it had repelled two attacks.",
            ..Expect::default()
        },
    );
    check(
        "city-dated.txt",
        "THE ANDES LEDGER\nRegion > Security\n\nRebels free nine soldiers after a week of talks\n\nBucaramanga, Wednesday, September 30, 2026 - 08:40 a.m.\nBy Ana Ruiz\n\nThe rebels freed nine soldiers on Sunday.\n",
        Expect {
            title: Some("Rebels free nine soldiers after a week of talks"),
            source: Some("THE ANDES LEDGER"),
            published: Some("2026-09-30"),
            body: "The rebels freed nine soldiers on Sunday.",
            ..Expect::default()
        },
    );
    check(
        "slogan.txt",
        "Meduza\nNews without borders. Daily.\n\nWorld | Friday, June 12, 2026, 4:05 p.m.\n\nTwo sides swap detainees at a river crossing\n\nThe two sides swapped detainees on Thursday.\n",
        Expect {
            title: Some("Two sides swap detainees at a river crossing"),
            source: Some("Meduza"),
            published: Some("2026-06-12"),
            body: "The two sides swapped detainees on Thursday.",
            ..Expect::default()
        },
    );
}

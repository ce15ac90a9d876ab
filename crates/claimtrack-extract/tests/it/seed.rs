//! The user's example article end to end (issue 4, "Done means").

use claimtrack_extract::{Options, extract};
use claimtrack_ingest::{Config, read_bytes};

use crate::{render, workspace_root};

#[test]
fn seed_gives_the_three_claims_and_nothing_else() {
    let path = workspace_root().join("../shared/seed/dawn-2025-07-24.txt");
    let bytes = std::fs::read(&path)
        .unwrap_or_else(|err| panic!("the seed article is missing at {}: {err}", path.display()));
    let batch = read_bytes("dawn-2025-07-24.txt", &bytes, &Config::default());
    let [article] = batch.articles.as_slice() else {
        panic!("the seed is one article: {:?}", batch.problems);
    };
    let found = extract(article, &Options::default());
    let rendered: Vec<String> = found.claims.iter().map(render).collect();
    assert_eq!(
        rendered,
        [
            "exchange items=[prisoners_of_war:thousands:null>null, bodies:-:Russia>Ukraine, bodies:-:Ukraine>Russia] parties=[Russia, Ukraine] mediator=null when=[2025-05-16, 2025-06-02] status=completed | speaker=null actor=null verb=null",
            "deadline issuer=United States targets=[Russia] demand=a peace deal was reached consequence=new sanctions expression=within 50 days issued=2025-07-14..2025-07-20 due=2025-09-02..2025-09-08 | speaker=President Donald Trump actor=United States verb=threatened",
            "territorial place=Varachyne type=settlement region=Sumy country=Ukraine action=captured verb=captured actor=Russia claimant=Russia announced=2025-07-23 status=claimed | speaker=Russia actor=Russia verb=said",
        ],
    );
    assert!(found.problems.is_empty(), "{:?}", found.problems);
}

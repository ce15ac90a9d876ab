//! Snapshots of the claims of every fixture article in `fixtures/claims`.

use claimtrack_extract::{Options, extract_doc};
use claimtrack_ingest::{Config, read_bytes};

#[test]
fn fixture_claims() {
    insta::glob!("../../../../fixtures/claims", "*.*", |path| {
        let bytes = std::fs::read(path).expect("fixture is readable");
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let batch = read_bytes(&name, &bytes, &Config::default());
        let docs: Vec<_> = batch
            .articles
            .iter()
            .map(|article| extract_doc(article, &Options::default()).0)
            .collect();
        insta::assert_json_snapshot!(docs);
    });
}

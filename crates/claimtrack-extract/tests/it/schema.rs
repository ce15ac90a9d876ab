//! Every output validates against the claims/v1 JSON Schema: the seed and every fixture, with and
//! without `--explain` traces.

use std::path::PathBuf;

use claimtrack_extract::{Options, extract_doc};
use claimtrack_ingest::{Config, read_bytes};

use crate::workspace_root;

fn schema() -> jsonschema::Validator {
    let path = workspace_root().join("../shared/schema/claims-v1.schema.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|err| {
        panic!(
            "the claims/v1 schema is missing at {}: {err}",
            path.display()
        )
    });
    let schema: serde_json::Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

fn inputs() -> Vec<PathBuf> {
    let root = workspace_root();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join("fixtures/claims"))
        .expect("fixtures/claims exists")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    paths.push(root.join("../shared/seed/dawn-2025-07-24.txt"));
    paths.sort();
    paths
}

#[test]
fn every_output_is_valid_claims_v1() {
    let validator = schema();
    let mut documents = 0;
    let mut claims = 0;
    for path in inputs() {
        let bytes = std::fs::read(&path)
            .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for article in read_bytes(&name, &bytes, &Config::default()).articles {
            for explain in [false, true] {
                let (doc, _) = extract_doc(&article, &Options { explain });
                claims += doc.claims.len();
                let value = serde_json::to_value(&doc).expect("serialises");
                let errors: Vec<String> = validator
                    .iter_errors(&value)
                    .map(|e| format!("{} at {}", e, e.instance_path))
                    .collect();
                assert!(errors.is_empty(), "{name} (explain {explain}): {errors:#?}");
                documents += 1;
            }
        }
    }
    assert!(
        documents >= 2 && claims > 0,
        "{documents} documents, {claims} claims"
    );
}

//! The committed seeds dataset (`data/seeds`) is what the README's first
//! command produces now: a stale dataset fails here.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::common;

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p.file_name().expect("name").to_string_lossy().into_owned();
            let bytes = std::fs::read(&p).expect("read file");
            (name, bytes)
        })
        .collect()
}

#[test]
fn committed_seeds_dataset_is_up_to_date() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("seeds");
    // The same invocation as the README's: from the root, `seeds` relative.
    let run = Command::new(env!("CARGO_BIN_EXE_diplo"))
        .current_dir(common::root())
        .args(["compile", "seeds", "--out"])
        .arg(&out)
        .arg("--quiet")
        .output()
        .expect("run diplo");
    assert!(
        run.status.success(),
        "compile failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let fresh = files(&out);
    let committed = files(&common::root().join("data/seeds"));
    assert_eq!(
        committed.keys().collect::<Vec<_>>(),
        fresh.keys().collect::<Vec<_>>(),
        "data/seeds has other files than a fresh compile"
    );
    let stale: Vec<&String> = fresh
        .iter()
        .filter(|(name, bytes)| committed.get(*name) != Some(bytes))
        .map(|(name, _)| name)
        .collect();
    assert!(
        stale.is_empty(),
        "data/seeds is stale in {stale:?}: run `cargo run --release -- compile seeds --out data/seeds`"
    );
    assert!(fresh.contains_key("events.parquet") && fresh.contains_key("manifest.json"));
}

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

/// `compile --previous DIR` computes the lineage table against the last
/// release (merges themselves are tested in `releases.rs`).
#[test]
fn compile_with_previous_fills_lineage() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let first = tmp.path().join("r1");
    let second = tmp.path().join("r2");
    let seeds = common::root().join("seeds");
    let run = |out: &Path, prev: Option<&Path>| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_diplo"));
        c.arg("compile")
            .arg(&seeds)
            .arg("--out")
            .arg(out)
            .arg("--quiet");
        if let Some(p) = prev {
            c.arg("--previous").arg(p);
        }
        let o = c.output().expect("run diplo");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    run(&first, None);
    run(&second, Some(&first));
    let events = std::fs::read_to_string(second.join("events.jsonl")).expect("events");
    let lineage = std::fs::read_to_string(second.join("lineage.jsonl")).expect("lineage");
    assert!(!events.trim().is_empty());
    let rows: Vec<serde_json::Value> = lineage
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    // Nothing changed between the two: no event was merged, split or
    // renamed, so the table has no rows (and exists, with its Parquet twin).
    assert!(rows.is_empty(), "spurious lineage: {rows:?}");
    assert!(second.join("lineage.parquet").is_file());
    // A missing previous release is an error naming it, and nothing is written.
    let third = tmp.path().join("r3");
    let o = Command::new(env!("CARGO_BIN_EXE_diplo"))
        .arg("compile")
        .arg(&seeds)
        .arg("--out")
        .arg(&third)
        .arg("--previous")
        .arg(tmp.path().join("nope"))
        .output()
        .expect("run diplo");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("nope"));
    assert!(!third.exists());
}

/// `compile --reference DIR` adds the user's tables: a person the built-in
/// tables do not know becomes a resolved actor with an id.
#[test]
fn compile_reads_user_reference_tables() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let refdir = tmp.path().join("ref");
    std::fs::create_dir_all(refdir.join("offices")).expect("mkdir");
    std::fs::write(
        refdir.join("offices/XXV.tsv"),
        "actor_id\tname\toffice\trank\tstart\tend\taliases\twikidata\n\
         zorvan-quell\tZorvan Quell\tforeign_minister\t\t2019-01-01\t\t\t\n",
    )
    .expect("write table");
    let input = tmp.path().join("a.jsonl");
    std::fs::write(
        &input,
        r#"{"id":"a","published":"2021-05-04","text":"Zorvan Quell arrived in Moscow on Monday for talks with Russian Foreign Minister Sergey Lavrov."}"#,
    )
    .expect("write input");
    let run = |extra: &[&str], out: &Path| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_diplo"));
        c.arg("compile").arg(&input).arg("--out").arg(out).arg("-q");
        c.args(extra);
        c.output().expect("run diplo")
    };
    let with = tmp.path().join("with");
    let o = run(
        &["--reference", refdir.to_str().expect("utf-8 path")],
        &with,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let actors = std::fs::read_to_string(with.join("actors.jsonl")).expect("actors");
    assert!(actors.contains("\"zorvan-quell\""), "{actors}");
    let without = tmp.path().join("without");
    let o = run(&[], &without);
    assert!(o.status.success());
    let actors = std::fs::read_to_string(without.join("actors.jsonl")).expect("actors");
    assert!(!actors.contains("zorvan-quell"), "{actors}");
    // Not with a cache keyed to the built-in tables.
    let o = run(
        &[
            "--reference",
            refdir.to_str().expect("utf-8 path"),
            "--incremental",
        ],
        &tmp.path().join("x"),
    );
    assert_eq!(o.status.code(), Some(2));
}

//! Integration tests: releases side by side (`diplo release`), their
//! lineage and notes, `diplo diff` between them in every format, a schema
//! 1.0.0 dataset read by this build, and `diplo validate` on damaged
//! releases.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common;
use diplo::dataset::{lineage::lineage, read_dir, testdata, write, Dataset, SCHEMA_VERSION};

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Runs `diplo release INPUTS --version V --releases R`; returns the
/// release directory.
fn release(releases: &Path, version: &str, inputs: &[PathBuf]) -> PathBuf {
    let mut args = vec!["release"];
    args.extend(inputs.iter().map(|p| s(p)));
    args.extend(["--version", version, "--releases", s(releases)]);
    let o = common::diplo(&args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "release {version}: {}{}",
        text(&o.stdout),
        text(&o.stderr)
    );
    releases.join(version)
}

/// `diplo diff OLD NEW --format F`: (exit code, stdout).
fn diff(old: &Path, new: &Path, format: &str) -> (Option<i32>, String) {
    let o = common::diplo(&["diff", s(old), s(new), "--format", format]);
    (o.status.code(), text(&o.stdout))
}

fn seeds() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(common::root().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

fn doc_ids(ds: &Dataset) -> BTreeSet<String> {
    ds.documents.iter().map(|d| d.doc_id.clone()).collect()
}

/// The doc ids the source documents of `events` name.
fn source_docs(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["doc_id"].as_str().map(str::to_string))
        .collect()
}

/// Seeds minus one article, then all seeds, then all seeds and an article
/// reporting the same visit with other dates: three releases side by side,
/// each valid, each with notes against the one before, and the diffs in
/// text, JSON and Markdown saying what the new articles brought.
#[test]
fn three_releases_from_growing_inputs() {
    let tmp = tempfile::tempdir().unwrap();
    let r = tmp.path().join("releases");
    let all = seeds();
    let (last, first_four) = all.split_last().unwrap();
    let r1 = release(&r, "2026.10.0", first_four);
    let r2 = release(&r, "2026.11.0", &all);
    let mut with_fixture = all.clone();
    with_fixture.push(common::root().join("tests/fixtures/releases/articles"));
    let r3 = release(&r, "2026.12.0", &with_fixture);

    // The layout: one directory per version, a dataset plus its notes.
    let names: Vec<_> = fs::read_dir(&r)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(names, ["2026.10.0", "2026.11.0", "2026.12.0"]);
    for dir in [&r1, &r2, &r3] {
        let v = common::diplo(&["validate", s(dir)]);
        assert_eq!(v.status.code(), Some(0), "{}", text(&v.stdout));
        assert!(dir.join("RELEASE_NOTES.md").is_file());
    }
    let (d1, d2, d3) = (
        read_dir(&r1).unwrap(),
        read_dir(&r2).unwrap(),
        read_dir(&r3).unwrap(),
    );
    assert_eq!(d2.dataset_version.as_deref(), Some("2026.11.0"));
    let new_docs: BTreeSet<String> = doc_ids(&d2).difference(&doc_ids(&d1)).cloned().collect();
    let stem = last.file_stem().unwrap().to_str().unwrap();
    assert!(!new_docs.is_empty(), "the last seed adds documents");
    assert!(new_docs.iter().all(|d| d.starts_with(stem)), "{new_docs:?}");

    // Lineage of the second release against the first: rows point back
    // at events of the first, and no two events claim each other.
    let pairs: BTreeSet<(String, String)> = d2
        .lineage
        .iter()
        .map(|l| (l.previous_event_id.clone(), l.event_id.clone()))
        .collect();
    for l in &d2.lineage {
        assert!(
            d1.events.iter().any(|e| e.event_id == l.previous_event_id),
            "{l:?}"
        );
        assert_eq!(l.previous_dataset_version.as_deref(), Some("2026.10.0"));
        if l.event_id != l.previous_event_id {
            let back = (l.event_id.clone(), l.previous_event_id.clone());
            assert!(!pairs.contains(&back), "cycle {l:?}");
        }
    }

    // First release notes; second against the first.
    let n1 = fs::read_to_string(r1.join("RELEASE_NOTES.md")).unwrap();
    assert!(
        n1.starts_with("# Release 2026.10.0\n\nFirst release"),
        "{n1}"
    );
    let n2 = fs::read_to_string(r2.join("RELEASE_NOTES.md")).unwrap();
    assert!(
        n2.starts_with("# Release 2026.11.0\n\nCompared with release 2026.10.0."),
        "{n2}"
    );
    for d in &new_docs {
        assert!(n2.contains(&format!("- added `{d}`")), "{d} in {n2}");
    }

    // The diff in every format.
    let (code, t) = diff(&r1, &r2, "text");
    assert_eq!(code, Some(1), "{t}");
    assert!(t.contains("dataset version 2026.10.0 -> 2026.11.0"), "{t}");
    assert!(
        t.contains(&format!("schema {SCHEMA_VERSION} (same)")),
        "{t}"
    );
    let docs_line = format!(
        "documents: {} -> {} rows, {} added, 0 removed",
        d1.documents.len(),
        d2.documents.len(),
        new_docs.len()
    );
    assert!(t.contains(&docs_line), "{docs_line} in {t}");

    let (code, j) = diff(&r1, &r2, "json");
    assert_eq!(code, Some(1));
    let j: Value = serde_json::from_str(&j).unwrap();
    assert_eq!(j["identical"], false);
    let added_docs: BTreeSet<String> = j["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "documents")
        .unwrap()["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap().to_string())
        .collect();
    assert_eq!(added_docs, new_docs);
    // Whatever events changed, the change came from the new documents.
    for c in j["changed"].as_array().unwrap() {
        for f in c["fields"].as_array().unwrap() {
            if f["field"] == "sources" {
                let got = source_docs(&f["added"]);
                assert!(got.is_subset(&new_docs), "{got:?}");
            }
        }
    }
    for a in j["added"].as_array().unwrap() {
        let id = a["event_id"].as_str().unwrap();
        let e = d2.events.iter().find(|e| e.event_id == id).unwrap();
        assert!(
            e.sources.iter().any(|s| new_docs.contains(&s.doc_id)) || a["relation"].is_string(),
            "added event {id} without a new source or a lineage"
        );
    }

    let (code, md) = diff(&r1, &r2, "markdown");
    assert_eq!(code, Some(1));
    assert!(md.starts_with("# Dataset changes\n"), "{md}");
    assert!(
        md.contains(&format!(
            "| documents | {} | {} | {} | 0 | 0 |",
            d1.documents.len(),
            d2.documents.len(),
            new_docs.len()
        )),
        "{md}"
    );

    // The article with other dates: a new document; any event it joins
    // reports the date change or the conflicting claim.
    let (code, j) = diff(&r2, &r3, "json");
    assert_eq!(code, Some(1));
    let j: Value = serde_json::from_str(&j).unwrap();
    let docs3 = &j["tables"][2];
    assert_eq!(docs3["table"], "documents");
    assert_eq!(docs3["added"], serde_json::json!(["kerry-moscow-later"]));
    let changed = j["changed"].as_array().unwrap();
    assert!(!changed.is_empty(), "the article joins an existing visit");
    let mut dates_changed = false;
    for c in changed {
        let fields = c["fields"].as_array().unwrap();
        let sources = fields.iter().find(|f| f["field"] == "sources").unwrap();
        assert!(source_docs(&sources["added"]).contains("kerry-moscow-later"));
        dates_changed |= fields.iter().any(|f| {
            let name = f["field"].as_str().unwrap();
            ["start_date", "end_date", "date_edtf", "date_conflicts"].contains(&name)
        });
    }
    assert!(
        dates_changed,
        "the other dates show in the diff: {changed:?}"
    );
    let (code, t) = diff(&r2, &r3, "text");
    assert_eq!(code, Some(1));
    assert!(t.contains("  + kerry-moscow-later\n"), "{t}");
    assert!(t.contains("\nchanged events:\n"), "{t}");
    let (_, md) = diff(&r2, &r3, "markdown");
    assert!(md.contains("\n## Changed events\n"), "{md}");
    let n3 = fs::read_to_string(r3.join("RELEASE_NOTES.md")).unwrap();
    assert!(n3.contains("\n### Changed events\n"), "{n3}");
    assert_eq!(d3.documents.len(), d2.documents.len() + 1);
}

/// Two old events merged into one new event: lineage rows computed from
/// the releases, and every diff format naming the merge.
#[test]
fn merge_is_reported_from_the_lineage_in_every_format() {
    let tmp = tempfile::tempdir().unwrap();
    let old = testdata::sample(); // 2026.11.0: a visit and a call
    let mut new = testdata::sample();
    new.dataset_version = Some("2026.12.0".into());
    let call = new.events.remove(1);
    new.events[0].sources.extend(call.sources);
    new.events[0].source_count = 2;
    new.events[0].event_id = "ev-0009".into();
    for m in &mut new.mentions {
        m.event_id = "ev-0009".into();
    }
    new.lineage = lineage(&old, &new);
    assert_eq!(new.lineage.len(), 2);
    let (a, b) = (tmp.path().join("2026.11.0"), tmp.path().join("2026.12.0"));
    write(&a, &old).unwrap();
    write(&b, &new).unwrap();
    let v = common::diplo(&["validate", s(&b)]);
    assert_eq!(v.status.code(), Some(0), "{}", text(&v.stdout));

    let (code, t) = diff(&a, &b, "text");
    assert_eq!(code, Some(1));
    assert!(t.contains("(merged into ev-0009)"), "{t}");
    assert!(t.contains("(merged from ev-0001, ev-0002)"), "{t}");
    assert!(t.contains("lineage: 0 -> 2 rows, 2 added"), "{t}");

    let (_, j) = diff(&a, &b, "json");
    let j: Value = serde_json::from_str(&j).unwrap();
    assert_eq!(j["lineage"], "table");
    let removed: Vec<(&str, &str)> = j["removed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["event_id"].as_str().unwrap(),
                r["merged_into"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(removed, [("ev-0001", "ev-0009"), ("ev-0002", "ev-0009")]);
    assert_eq!(j["added"][0]["relation"], "merged");
    assert_eq!(
        j["added"][0]["predecessors"],
        serde_json::json!(["ev-0001", "ev-0002"])
    );

    let (_, md) = diff(&a, &b, "markdown");
    assert!(md.contains("| merged into ev-0009 |"), "{md}");
    assert!(md.contains("| lineage | 0 | 2 | 2 | 0 | 0 |"), "{md}");
}

/// A dataset written by the 1.0.0 writer (no lineage files) is valid for
/// this build, reads with an empty lineage, and diffs against a current one
/// as a compatible schema change. A dataset of another major is refused.
#[test]
fn schema_1_0_0_dataset_is_read_validated_and_diffed() {
    let fixture = common::root().join("tests/fixtures/releases/1.0.0");
    assert!(!fixture.join("lineage.jsonl").exists());
    let v = common::diplo(&["validate", s(&fixture)]);
    assert_eq!(
        v.status.code(),
        Some(0),
        "{}{}",
        text(&v.stdout),
        text(&v.stderr)
    );
    let old = read_dir(&fixture).unwrap();
    assert!(old.lineage.is_empty());
    assert_eq!(old.dataset_version.as_deref(), Some("2026.10.0"));

    let tmp = tempfile::tempdir().unwrap();
    let r = tmp.path().join("releases");
    let new = release(
        &r,
        "2026.11.0",
        &[common::root().join("seeds/000_ed4c5dd9ce7b0226.txt")],
    );
    let (code, t) = diff(&fixture, &new, "text");
    assert_eq!(code, Some(1), "{t}");
    assert!(
        t.contains(&format!(
            "schema 1.0.0 -> {SCHEMA_VERSION} (compatible: additions only)"
        )),
        "{t}"
    );
    let (_, j) = diff(&fixture, &new, "json");
    let j: Value = serde_json::from_str(&j).unwrap();
    assert_eq!(j["schema_version"]["old"], "1.0.0");
    assert_eq!(j["schema_version"]["new"], SCHEMA_VERSION);

    // A 1.0.0 fixture copied and relabelled 2.0.0: not readable.
    let major = tmp.path().join("major");
    fs::create_dir(&major).unwrap();
    for e in fs::read_dir(&fixture).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), major.join(e.file_name())).unwrap();
    }
    let m = fs::read_to_string(major.join("manifest.json")).unwrap();
    fs::write(
        major.join("manifest.json"),
        m.replace(
            "\"schema_version\": \"1.0.0\"",
            "\"schema_version\": \"2.0.0\"",
        ),
    )
    .unwrap();
    let v = common::diplo(&["validate", s(&major)]);
    assert_eq!(v.status.code(), Some(1));
    assert!(
        text(&v.stdout).contains(
            "manifest.json: column schema_version: expected a schema version this diplo reads"
        ),
        "{}",
        text(&v.stdout)
    );
    let o = common::diplo(&["diff", s(&fixture), s(&major)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("expected a schema version of major 1"),
        "{}",
        text(&o.stderr)
    );
}

/// `validate` on damaged copies of a release: a hand-edited row (its hash
/// no longer the manifest's, JSONL and Parquet disagreeing), a wrong hash
/// in the manifest, a dangling lineage reference.
#[test]
fn validate_names_a_corrupted_row_a_wrong_hash_and_a_dangling_reference() {
    let tmp = tempfile::tempdir().unwrap();
    let mut ds = testdata::sample();
    ds.lineage = vec![diplo::dataset::LineageRecord {
        event_id: "ev-0001".into(),
        previous_event_id: "ev-0000".into(),
        relation: "renamed".into(),
        previous_dataset_version: Some("2026.10.0".into()),
    }];
    let dir = tmp.path().join("ds");
    write(&dir, &ds).unwrap();
    let valid = common::diplo(&["validate", s(&dir)]);
    assert_eq!(valid.status.code(), Some(0), "{}", text(&valid.stdout));

    // A corrupted row.
    let docs = dir.join("documents.jsonl");
    let t = fs::read_to_string(&docs).unwrap();
    fs::write(
        &docs,
        t.replacen("\"char_count\":1234", "\"char_count\":\"many\"", 1),
    )
    .unwrap();
    // A wrong hash.
    let m = dir.join("manifest.json");
    let mt = fs::read_to_string(&m).unwrap();
    let v: Value = serde_json::from_str(&mt).unwrap();
    let places_hash = v["tables"]["places"]["parquet"]["blake3"].as_str().unwrap();
    fs::write(&m, mt.replace(places_hash, &"0".repeat(64))).unwrap();
    // A dangling reference: the lineage row now points at no event.
    let lin = dir.join("lineage.jsonl");
    let lt = fs::read_to_string(&lin).unwrap();
    fs::write(
        &lin,
        lt.replace("\"event_id\":\"ev-0001\"", "\"event_id\":\"ev-9999\""),
    )
    .unwrap();

    let o = common::diplo(&["validate", s(&dir)]);
    assert_eq!(o.status.code(), Some(1));
    let out = text(&o.stdout);
    for want in [
        "documents.jsonl:1: column char_count: expected",
        "places.parquet: BLAKE3 hash is",
        "lineage.jsonl:1: column event_id: refers to \"ev-9999\", which is not in events",
        "lineage.jsonl: BLAKE3 hash is",
    ] {
        assert!(out.contains(want), "{want:?} in\n{out}");
    }
}

/// Not a test: writes two synthetic releases of `DIPLO_BENCH_EVENTS`
/// events (default 100000) into `DIPLO_BENCH_DIR`, the second with 1% of
/// events changed, 1% removed and 1% added, for timing `diplo validate`
/// and `diplo diff` (see docs/releases.md). Run with
/// `cargo test --release --test tests releases::bench_data -- --ignored`.
#[test]
#[ignore]
fn bench_data() {
    let Ok(dir) = std::env::var("DIPLO_BENCH_DIR") else {
        return;
    };
    let n: usize = std::env::var("DIPLO_BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let base = testdata::sample();
    let mut old = Dataset {
        dataset_version: Some("bench.1".into()),
        documents: base.documents.clone(),
        actors: base.actors.clone(),
        places: base.places.clone(),
        ..Dataset::default()
    };
    for i in 0..n {
        let mut e = base.events[i % 2].clone();
        e.event_id = format!("ev-{i:07}");
        for (k, s) in e.sources.iter_mut().enumerate() {
            s.char_start = (i * 4 + k) as i64 % 1000;
            s.char_end = s.char_start + 10;
        }
        let mut m = base.mentions[i % 3].clone();
        m.mention_id = format!("mn-{i:07}");
        m.event_id = e.event_id.clone();
        m.char_start = e.sources[0].char_start;
        m.char_end = e.sources[0].char_end;
        m.doc_id = e.sources[0].doc_id.clone();
        old.events.push(e);
        old.mentions.push(m);
    }
    let mut new = old.clone();
    new.dataset_version = Some("bench.2".into());
    for (i, e) in new.events.iter_mut().enumerate() {
        if i % 100 == 1 {
            e.status = "cancelled".into();
        }
    }
    new.events.retain(|e| !e.event_id.ends_with("50"));
    for i in 0..n / 100 {
        let mut e = base.events[0].clone();
        e.event_id = format!("ev-new-{i:05}");
        new.events.push(e);
    }
    new.mentions.retain(|m| !m.event_id.ends_with("50"));
    let dir = PathBuf::from(dir);
    write(&dir.join("old"), &old).unwrap();
    write(&dir.join("new"), &new).unwrap();
}

//! Integration tests: the forum of a club's meeting (schema 1.3.0's
//! `events.forum` and `mentions.forum`) in a dataset compiled from
//! `tests/fixtures/forum` (an EC farm council, a G-7 summit and a G-7
//! finance ministers' meeting), and a schema 1.2.0 dataset of the same
//! articles (`tests/fixtures/releases/1.2.0`, no forum) read, validated and
//! diffed by this build.

use std::path::Path;

use serde_json::Value;

use crate::common;
use diplo::dataset::{read_dir, read_parquet_dir, Dataset, SCHEMA_VERSION};

fn s(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

fn compile_fixture(dir: &Path) -> Dataset {
    let articles = common::root().join("tests/fixtures/forum");
    common::diplo_ok(&["compile", s(&articles), "--out", s(dir), "--quiet"]);
    let ds = read_dir(dir).expect("jsonl");
    assert_eq!(read_parquet_dir(dir).expect("parquet"), ds);
    ds
}

/// (start date, forum) of the events with a forum.
fn forums(ds: &Dataset) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = ds
        .events
        .iter()
        .filter_map(|e| Some((e.start_date?.to_string(), e.forum.clone()?)))
        .collect();
    v.sort();
    v
}

/// Each club meeting's event carries its forum, chosen from its mentions';
/// the column is last in both tables, the dataset valid, and `explain`
/// shows it.
#[test]
fn each_club_meeting_has_its_forum_column() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("ds");
    let ds = compile_fixture(&dir);
    assert_eq!(
        forums(&ds),
        [
            ("1987-03-30".to_string(), "farm".to_string()),
            ("1987-06-09".to_string(), "leaders".to_string()),
            ("1987-09-01".to_string(), "finance".to_string()),
        ]
    );
    for e in &ds.events {
        let theirs: Vec<&str> = ds
            .mentions
            .iter()
            .filter(|m| m.event_id == e.event_id)
            .filter_map(|m| m.forum.as_deref())
            .collect();
        match &e.forum {
            Some(f) => assert!(theirs.contains(&f.as_str()), "{}: {theirs:?}", e.event_id),
            None => assert!(theirs.is_empty(), "{}: {theirs:?}", e.event_id),
        }
    }
    for table in ["events", "mentions"] {
        let text = std::fs::read_to_string(dir.join(format!("{table}.jsonl"))).expect("jsonl");
        let row: serde_json::Map<String, Value> =
            serde_json::from_str(text.lines().next().unwrap_or_default()).expect("a row");
        assert_eq!(
            row.keys().next_back().map(String::as_str),
            Some("forum"),
            "{table}"
        );
    }
    common::diplo_ok(&["validate", s(&dir)]);

    let farm = ds
        .events
        .iter()
        .find(|e| e.forum.as_deref() == Some("farm"))
        .expect("the farm council");
    let (code, out, err) = common::diplo_text(&["explain", &farm.event_id, s(&dir)]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("\n  forum       farm"), "{out}");
    let out = common::diplo_ok(&["explain", &farm.event_id, s(&dir), "--format", "json"]);
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["event"]["forum"], "farm", "{v}");
    let (_, md, _) =
        common::diplo_text(&["explain", &farm.event_id, s(&dir), "--format", "markdown"]);
    assert!(md.contains("| forum | farm"), "{md}");
}

/// A dataset written by the 1.2.0 writer from the same articles
/// (`tests/fixtures/releases/1.2.0`: no forum column) is valid for this
/// build, reads with null forums from both formats, and diffs against this
/// build's compile with no row changed by its forum: only the schema
/// version, a compatible one, and the rows whose other fields moved. A changed forum between two 1.3.0 datasets
/// is a field change.
#[test]
fn schema_1_2_0_dataset_without_forum_is_read_and_diffed() {
    let fixture = common::root().join("tests/fixtures/releases/1.2.0");
    let manifest = std::fs::read_to_string(fixture.join("manifest.json")).expect("manifest");
    assert!(manifest.contains("\"schema_version\": \"1.2.0\""));
    let events = std::fs::read_to_string(fixture.join("events.jsonl")).expect("events.jsonl");
    assert!(!events.contains("\"forum\""), "the fixture predates 1.3.0");
    let (code, out, err) = common::diplo_text(&["validate", s(&fixture)]);
    assert_eq!(code, Some(0), "{out}{err}");
    for ds in [
        read_dir(&fixture).expect("jsonl"),
        read_parquet_dir(&fixture).expect("parquet"),
    ] {
        assert!(!ds.events.is_empty());
        assert!(ds.events.iter().all(|e| e.forum.is_none()));
        assert!(ds.mentions.iter().all(|m| m.forum.is_none()));
    }

    let tmp = tempfile::tempdir().expect("tempdir");
    let new = tmp.path().join("new");
    let compiled = compile_fixture(&new);
    assert!(compiled.events.iter().any(|e| e.forum.is_some()));
    let (code, j, err) = common::diplo_text(&["diff", s(&fixture), s(&new), "--format", "json"]);
    assert_eq!(code, Some(1), "the schema version differs: {err}");
    let j: Value = serde_json::from_str(&j).unwrap_or_else(|e| panic!("{e}: {err}"));
    assert_eq!(j["schema_version"]["old"], "1.2.0");
    assert_eq!(j["schema_version"]["new"], SCHEMA_VERSION);
    // The rows diff calls changed are exactly those that differ in a field
    // other than the forum (the fixture was compiled by an older build, so
    // extraction may have moved since; the forum, absent before 1.3.0, is
    // never a change). Documents differ in their source path only (the
    // fixture was compiled from the relative path) and are not compared.
    for (table, id_key) in [("events", "event_id"), ("mentions", "mention_id")] {
        let rows = |dir: &Path| -> std::collections::BTreeMap<String, Value> {
            let text = std::fs::read_to_string(dir.join(format!("{table}.jsonl"))).expect(table);
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| {
                    let mut v: Value = serde_json::from_str(l).expect("json row");
                    v.as_object_mut().expect("object").remove("forum");
                    (v[id_key].as_str().expect("id").to_string(), v)
                })
                .collect()
        };
        let (old, now) = (rows(&fixture), rows(&new));
        let mut want: Vec<&String> = old
            .iter()
            .filter(|(id, v)| now.get(*id).is_some_and(|n| n != *v))
            .map(|(id, _)| id)
            .collect();
        want.sort();
        let t = j["tables"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|t| t["table"] == table)
            .expect("the table's diff");
        let mut got: Vec<&str> = t["changed"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        got.sort_unstable();
        assert_eq!(got, want, "{table}: {t}");
    }

    // between two 1.3.0 datasets, a forum changed is a field change
    let mut other = compiled.clone();
    let e = other
        .events
        .iter_mut()
        .find(|e| e.forum.as_deref() == Some("finance"))
        .expect("the finance ministers");
    e.forum = Some("ministers".into());
    let id = e.event_id.clone();
    let changed = tmp.path().join("changed");
    diplo::dataset::write(&changed, &other).expect("write");
    let (code, t, _) = common::diplo_text(&["diff", s(&new), s(&changed), "--format", "json"]);
    assert_eq!(code, Some(1));
    let j: Value = serde_json::from_str(&t).expect("json");
    assert_eq!(j["changed"][0]["event_id"], id.as_str(), "{j}");
    assert_eq!(j["changed"][0]["fields"][0]["field"], "forum", "{j}");
    assert_eq!(j["changed"][0]["fields"][0]["old"], "finance", "{j}");
    assert_eq!(j["changed"][0]["fields"][0]["new"], "ministers", "{j}");
}

//! Integration tests: `diplo diff OLD NEW`, on two small hand-built datasets.

use std::path::{Path, PathBuf};

use crate::common;
use diplo::dataset::{testdata, write, Dataset, SCHEMA_VERSION};

fn written(tmp: &Path, name: &str, ds: &Dataset) -> PathBuf {
    let dir = tmp.join(name);
    write(&dir, ds).unwrap();
    dir
}

fn diff(old: &Path, new: &Path, extra: &[&str]) -> (Option<i32>, String, String) {
    let mut args = vec!["diff", old.to_str().unwrap(), new.to_str().unwrap()];
    args.extend_from_slice(extra);
    common::diplo_text(&args)
}

/// The new release: the call merged into a new meeting (which takes its
/// source and the visit's first source), the visit's status changed, a
/// document added.
fn release2() -> Dataset {
    let mut ds = testdata::sample();
    ds.dataset_version = Some("2026.12.0".into());
    let call = ds.events.remove(1);
    let mut meeting = ds.events[0].clone();
    meeting.event_id = "ev-0003".into();
    meeting.event_type = "meeting".into();
    meeting.title = "Kerry meets Lavrov".into();
    meeting.sources = call.sources.clone();
    ds.events[0].status = "cancelled".into();
    ds.events[0].participants.reverse(); // order is no change
    ds.events.push(meeting);
    ds.mentions[2].event_id = "ev-0003".into();
    let mut doc = ds.documents[1].clone();
    doc.doc_id = "doc-c".into();
    ds.documents.push(doc);
    ds
}

#[test]
fn identical_datasets_exit_0() {
    let tmp = tempfile::tempdir().unwrap();
    let a = written(tmp.path(), "a", &testdata::sample());
    let b = written(tmp.path(), "b", &testdata::sample());
    let (code, out, err) = diff(&a, &b, &[]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        out.contains(&format!("schema {SCHEMA_VERSION} (same)")),
        "{out}"
    );
    assert!(out.ends_with("identical\n"), "{out}");
}

#[test]
fn text_report_lists_added_removed_merged_and_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let a = written(tmp.path(), "a", &testdata::sample());
    let b = written(tmp.path(), "b", &release2());
    let (code, out, err) = diff(&a, &b, &[]);
    assert_eq!(code, Some(1), "{out}{err}");
    for want in [
        "dataset version 2026.11.0 -> 2026.12.0",
        "events: 2 -> 2 rows, 1 added, 1 removed, 1 changed",
        "mentions: 3 -> 3 rows, 0 added, 0 removed, 1 changed",
        "documents: 2 -> 3 rows, 1 added, 0 removed, 0 changed\n  + doc-c\n",
        "  + ev-0003 meeting 2016-03-23: Kerry meets Lavrov",
        "  - ev-0002 call date unknown: Russia and the United States: call (merged into ev-0003)",
        "  ~ ev-0001: John Kerry visits Moscow\n      status: \"occurred\" -> \"cancelled\"\n",
    ] {
        assert!(out.contains(want), "missing {want:?} in\n{out}");
    }
    assert!(
        !out.contains("participants"),
        "reordering is no change:\n{out}"
    );
}

#[test]
fn json_and_markdown_formats() {
    let tmp = tempfile::tempdir().unwrap();
    let a = written(tmp.path(), "a", &testdata::sample());
    let b = written(tmp.path(), "b", &release2());
    let (code, out, _) = diff(&a, &b, &["--format", "json"]);
    assert_eq!(code, Some(1));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["identical"], false);
    assert_eq!(v["removed"][0]["event_id"], "ev-0002");
    assert_eq!(v["removed"][0]["merged_into"], "ev-0003");
    assert_eq!(v["removed"][0]["relation"], "merged");
    assert_eq!(v["lineage"], "inferred");
    assert_eq!(v["changed"][0]["fields"][0]["field"], "status");
    assert_eq!(v["changed"][0]["fields"][0]["old"], "occurred");
    assert_eq!(v["changed"][0]["fields"][0]["new"], "cancelled");
    assert_eq!(v["tables"][2]["added"][0], "doc-c");
    assert_eq!(v["schema_version"]["old"], SCHEMA_VERSION);

    let (code, md, _) = diff(&a, &b, &["--format", "markdown"]);
    assert_eq!(code, Some(1));
    assert!(md.contains("| events | 2 | 2 | 1 | 1 | 1 |"), "{md}");
    assert!(
        md.contains(
            "| `ev-0002` | call | date unknown | Russia and the United States: call | merged into ev-0003 |"
        ),
        "{md}"
    );
    assert!(
        md.contains("| `ev-0001` | status | `\"occurred\"` | `\"cancelled\"` |"),
        "{md}"
    );
}

#[test]
fn participant_change_is_shown_as_set_difference() {
    let tmp = tempfile::tempdir().unwrap();
    let mut new = testdata::sample();
    new.events[0].participants[1].office = Some("Prime Minister".into());
    let a = written(tmp.path(), "a", &testdata::sample());
    let b = written(tmp.path(), "b", &new);
    let (code, out, _) = diff(&a, &b, &[]);
    assert_eq!(code, Some(1));
    assert!(out.contains("      participants:\n        - {"), "{out}");
    assert!(out.contains("\"office\":\"Foreign Minister\""), "{out}");
    assert!(out.contains("        + {"), "{out}");
}

#[test]
fn duplicate_ids_and_missing_datasets_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    let mut dup = testdata::sample();
    dup.events.push(dup.events[1].clone());
    let a = written(tmp.path(), "a", &testdata::sample());
    let b = written(tmp.path(), "b", &dup);
    let (code, out, err) = diff(&a, &b, &[]);
    assert_eq!(code, Some(2), "{out}");
    assert!(
        err.contains("duplicate event_id in the new dataset's events: ev-0002"),
        "{err}"
    );

    let (code, _, err) = diff(&a, &tmp.path().join("nope"), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("nope"), "{err}");
}

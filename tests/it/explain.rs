//! Integration tests: `diplo explain EVENT_ID DIR` and `--doc DOC_ID DIR`
//! on the seeds compiled afresh (the Kerry visit to Moscow: an announcement
//! and a wrap-up that disagree on the last day).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

use crate::common;

/// The seeds compiled once for this module.
fn seeds() -> &'static Path {
    static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, dir) = DIR.get_or_init(|| {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("seeds");
        let seeds = common::shared().join("seeds");
        common::diplo_ok(&[
            "compile",
            seeds.to_str().expect("utf-8 path"),
            "--out",
            out.to_str().expect("utf-8 path"),
            "--quiet",
        ]);
        (tmp, out)
    });
    dir
}

fn events(dir: &Path) -> Vec<Value> {
    std::fs::read_to_string(dir.join("events.jsonl"))
        .expect("events.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect()
}

/// The Kerry visit to Moscow of March 2016, found by its values, not its id.
fn kerry_moscow(dir: &Path) -> Value {
    events(dir)
        .into_iter()
        .find(|e| {
            e["event_type"] == "visit"
                && e["place_id"] == "moscow"
                && e["start_date"] == "2016-03-23"
                && e["participants"]
                    .as_array()
                    .is_some_and(|ps| ps.iter().any(|p| p["actor_id"] == "john-kerry"))
        })
        .expect("the Kerry visit to Moscow is in the seeds dataset")
}

fn explain(args: &[&str]) -> (Option<i32>, String, String) {
    let mut all = vec!["explain"];
    all.extend_from_slice(args);
    common::diplo_text(&all)
}

#[test]
fn text_shows_both_reports_marked_sentences_the_conflict_and_the_status_history() {
    let dir = seeds();
    let ev = kerry_moscow(dir);
    let id = ev["event_id"].as_str().expect("id");
    // a unique prefix, without the "ev-"
    let prefix = &id[3..10];
    let (code, out, err) = explain(&[prefix, dir.to_str().expect("path")]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.starts_with(id), "{out}");
    // both articles, oldest first
    let a = out.find("000_ed4c5dd9ce7b0226").expect("the announcement");
    let b = out.find("001_fb8c7aa609258a93").expect("the wrap-up");
    assert!(a < b, "{out}");
    // the words that fired, marked; the rules
    assert!(
        out.contains("[[March 23-24]]") && out.contains("[[March 23-25]]"),
        "{out}"
    );
    assert!(
        out.contains("[[Moscow]]") && out.contains("visit.wrapped_up"),
        "{out}"
    );
    // the conflict, and the later report's value picked
    assert!(out.contains("2 competing values"), "{out}");
    let picked = out
        .lines()
        .find(|l| l.contains("<- picked"))
        .expect("a picked line");
    assert!(picked.contains("2016-03-23/2016-03-25"), "{picked}");
    assert!(out.contains("the latest report (2016-03-27)"), "{out}");
    // announced, then occurred
    let planned = out
        .lines()
        .position(|l| l.starts_with("  2016-03-22  planned"))
        .expect("the announcement's status");
    let occurred = out
        .lines()
        .position(|l| l.starts_with("  2016-03-27  occurred"))
        .expect("the wrap-up's status");
    assert!(planned < occurred, "{out}");
    assert!(
        out.contains("  planned (2016-03-22) -> occurred (2016-03-27)\n"),
        "{out}"
    );
    assert!(out.contains("derived     no"), "{out}");
}

#[test]
fn json_parses_and_carries_mentions_marks_and_conflicts() {
    let dir = seeds();
    let ev = kerry_moscow(dir);
    let id = ev["event_id"].as_str().expect("id");
    let (code, out, err) = explain(&[id, dir.to_str().expect("path"), "--format", "json"]);
    assert_eq!(code, Some(0), "{err}");
    let v: Value = serde_json::from_str(&out).expect("explain --format json is JSON");
    assert_eq!(v["event"]["event_id"], id);
    let groups = v["mentions_by_document"].as_array().expect("groups");
    let docs: Vec<&str> = groups.iter().filter_map(|g| g["doc_id"].as_str()).collect();
    assert_eq!(docs, ["000_ed4c5dd9ce7b0226", "001_fb8c7aa609258a93"]);
    let total: usize = groups
        .iter()
        .map(|g| g["mentions"].as_array().map_or(0, Vec::len))
        .sum();
    let in_table = std::fs::read_to_string(dir.join("mentions.jsonl"))
        .expect("mentions")
        .lines()
        .filter(|l| l.contains(id))
        .count();
    assert_eq!(total, in_table);
    // a mark's document offsets point at its text in the sentence
    let m = &groups[1]["mentions"][0];
    let sentence: Vec<char> = m["sentence"].as_str().expect("sentence").chars().collect();
    for k in m["marks"].as_array().expect("marks") {
        let (s, e) = (
            k["start"].as_u64().expect("start"),
            k["end"].as_u64().expect("end"),
        );
        let text: String = sentence[s as usize..e as usize].iter().collect();
        assert_eq!(text, k["text"].as_str().expect("text"));
        assert_eq!(
            k["doc_char_start"].as_i64(),
            Some(m["char_start"].as_i64().expect("char_start") + s as i64)
        );
    }
    let conflicts = v["dates"]["conflicts"].as_array().expect("conflicts");
    assert_eq!(conflicts.len(), 2);
    let picked: Vec<&Value> = conflicts.iter().filter(|c| c["picked"] == true).collect();
    assert_eq!(picked.len(), 1);
    assert_eq!(picked[0]["end_date"], "2016-03-25");
    assert_eq!(picked[0]["latest_report"], "2016-03-27");
    assert_eq!(v["status"]["value"], "occurred");
}

#[test]
fn markdown_has_the_conflict_table() {
    let dir = seeds();
    let id = kerry_moscow(dir)["event_id"]
        .as_str()
        .expect("id")
        .to_string();
    let (code, out, err) = explain(&[&id, dir.to_str().expect("path"), "--format", "markdown"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.starts_with("# John Kerry visits Moscow"), "{out}");
    assert!(
        out.contains("| 2016-03-23/2016-03-25 | day | 001_fb8c7aa609258a93 | 2016-03-27 | yes |"),
        "{out}"
    );
    assert!(out.contains("**March 23-24**"), "{out}");
}

#[test]
fn an_ambiguous_prefix_names_the_candidates_and_exits_2() {
    let dir = seeds();
    let (code, out, err) = explain(&["ev-", dir.to_str().expect("path")]);
    assert_eq!(code, Some(2), "{out}");
    assert!(out.is_empty());
    assert!(err.contains("ambiguous"), "{err}");
    let id = kerry_moscow(dir)["event_id"]
        .as_str()
        .expect("id")
        .to_string();
    assert!(err.contains(&id), "the candidates are listed: {err}");
}

#[test]
fn a_missing_event_or_dataset_exits_2() {
    let dir = seeds();
    let (code, out, err) = explain(&["ev-0000000000000000", dir.to_str().expect("path")]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
    assert!(err.contains("no event \"ev-0000000000000000\""), "{err}");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (code, _, err) = explain(&["ev-1", tmp.path().to_str().expect("path")]);
    assert_eq!(code, Some(2));
    assert!(err.contains("manifest.json"), "{err}");
    // bad usage
    let (code, _, _) = explain(&[dir.to_str().expect("path")]);
    assert_eq!(code, Some(2));
}

#[test]
fn doc_lists_the_events_a_document_contributed_to() {
    let dir = seeds();
    let id = kerry_moscow(dir)["event_id"]
        .as_str()
        .expect("id")
        .to_string();
    let (code, out, err) = explain(&["--doc", "001_fb8c", dir.to_str().expect("path")]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.starts_with("001_fb8c7aa609258a93 \"John Kerry's Visit to Moscow"),
        "{out}"
    );
    assert!(out.contains(&id), "{out}");
    assert!(out.contains("[[John Kerry]]"), "{out}");
    let (code, out, _) = explain(&[
        "--doc",
        "001_fb8c",
        dir.to_str().expect("path"),
        "--format",
        "json",
    ]);
    assert_eq!(code, Some(0));
    let v: Value = serde_json::from_str(&out).expect("json");
    let ids: Vec<&str> = v["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["event_id"].as_str())
        .collect();
    assert!(ids.contains(&id.as_str()), "{ids:?}");
    let (code, _, err) = explain(&["--doc", "nope", dir.to_str().expect("path")]);
    assert_eq!(code, Some(2));
    assert!(err.contains("no document"), "{err}");
}

#[test]
fn a_parquet_only_dataset_is_read_too() {
    let dir = seeds();
    let tmp = tempfile::tempdir().expect("tempdir");
    let copy = tmp.path().join("pq");
    std::fs::create_dir(&copy).expect("mkdir");
    for e in std::fs::read_dir(dir).expect("read dir") {
        let p = e.expect("entry").path();
        let name = p.file_name().expect("name").to_string_lossy().into_owned();
        if !name.ends_with(".jsonl") {
            std::fs::copy(&p, copy.join(&name)).expect("copy");
        }
    }
    let id = kerry_moscow(dir)["event_id"]
        .as_str()
        .expect("id")
        .to_string();
    let (code, out, err) = explain(&[&id, copy.to_str().expect("path")]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("2 competing values"), "{out}");
}

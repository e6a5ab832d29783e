//! Integration tests: compile the seeds and score the events against the
//! shared gold with the shared scorer (`../shared/tools/score_events.py`).

use std::path::Path;
use std::process::Command;

use crate::common;

/// Strict and relaxed F1 floors, a little below what the extractor reaches
/// (see `gold/README.md` for the current figures).
const MIN_STRICT: f64 = 0.95;
const MIN_RELAXED: f64 = 0.95;

fn compile_seeds(out: &Path) {
    let seeds = common::shared().join("seeds");
    common::diplo_ok(&[
        "compile",
        seeds.to_str().unwrap_or_default(),
        "--out",
        out.to_str().unwrap_or_default(),
    ]);
}

fn events(dir: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(dir.join("events.jsonl")).unwrap_or_default();
    text.lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

#[test]
fn seeds_score_above_the_floors() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("ds");
    compile_seeds(&out);
    let scorer = common::shared().join("tools").join("score_events.py");
    let gold = common::shared().join("gold").join("seeds.gold.jsonl");
    let o = Command::new("python3")
        .arg(&scorer)
        .arg(&gold)
        .arg(out.join("events.jsonl"))
        .args(["--min-strict", &MIN_STRICT.to_string()])
        .args(["--min-relaxed", &MIN_RELAXED.to_string()])
        .arg("-v")
        .output()
        .expect("run python3");
    let report = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "seed scores below the floors:\n{report}"
    );
}

#[test]
fn event_ids_are_stable_across_runs_and_input_order() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let a = tmp.path().join("a");
    compile_seeds(&a);
    // the same documents given one by one, in reverse order
    let mut files: Vec<String> = std::fs::read_dir(common::shared().join("seeds"))
        .expect("seeds")
        .filter_map(|e| e.ok())
        .map(|e| e.path().display().to_string())
        .collect();
    files.sort();
    files.reverse();
    let b = tmp.path().join("b");
    let mut args: Vec<&str> = vec!["compile"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--out", b.to_str().unwrap_or_default()]);
    common::diplo_ok(&args);
    let ids = |d: &Path| -> Vec<String> {
        let mut v: Vec<String> = events(d)
            .iter()
            .filter_map(|e| e["event_id"].as_str().map(str::to_string))
            .collect();
        v.sort();
        v
    };
    assert!(!ids(&a).is_empty());
    assert_eq!(ids(&a), ids(&b));
}

#[test]
fn every_event_has_sources_rules_and_no_meeting_is_a_call() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("ds");
    compile_seeds(&out);
    let evs = events(&out);
    assert!(!evs.is_empty());
    for e in &evs {
        let id = e["event_id"].as_str().unwrap_or_default();
        assert!(id.starts_with("ev-") && id.len() == 19, "bad id {id}");
        let sources = e["sources"].as_array().map_or(0, Vec::len);
        assert!(sources > 0, "{id} has no source");
        let c = e["confidence"].as_f64().unwrap_or(-1.0);
        assert!((0.0..=1.0).contains(&c), "{id} confidence {c}");
        let people = e["participants"].as_array().map_or(0, Vec::len);
        match e["event_type"].as_str() {
            Some("visit") => assert!(people >= 1, "{id}: visit without guest"),
            Some("meeting") | Some("call") => assert!(people >= 2, "{id}: fewer than two sides"),
            other => panic!("{id}: unexpected type {other:?}"),
        }
    }
    let mentions = std::fs::read_to_string(out.join("mentions.jsonl")).unwrap_or_default();
    for l in mentions.lines() {
        let m: serde_json::Value = serde_json::from_str(l).unwrap_or_default();
        let rule = m["rule"].as_str().unwrap_or_default();
        assert!(!rule.is_empty(), "mention without rule: {l}");
        if rule.starts_with("call.") {
            assert_eq!(m["event_type"].as_str(), Some("call"), "{l}");
        }
    }
}

/// A hand-written wire story (`tests/fixtures/extract/wire.sgm`) with
/// people outside the reference tables: "arrived here" is the dateline's
/// city, titles give the unknown people their countries, a later bare surname
/// is the same person, and a meeting with a local side is at the dateline.
#[test]
fn wire_story_with_dateline_and_unknown_people() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("ds");
    let input = common::root()
        .join("tests")
        .join("fixtures")
        .join("extract")
        .join("wire.sgm");
    common::diplo_ok(&[
        "compile",
        input.to_str().unwrap_or_default(),
        "--out",
        out.to_str().unwrap_or_default(),
    ]);
    let evs = events(&out);
    let find = |kind: &str, place: &str| {
        evs.iter()
            .find(|e| e["event_type"] == kind && e["place_name"] == place)
            .cloned()
    };
    let visit = find("visit", "Caracas").expect("the visit to Caracas");
    assert_eq!(visit["status"], "occurred");
    assert_eq!(visit["start_date"], "1987-03-04");
    assert_eq!(visit["participants"][0]["name"], "Rolando Quispe Huaman");
    assert_eq!(visit["participants"][0]["country"], "PER");
    let meeting = find("meeting", "Caracas").expect("the meeting in Caracas");
    let names: Vec<&str> = meeting["participants"]
        .as_array()
        .map(|ps| ps.iter().filter_map(|p| p["name"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(names, vec!["Rolando Quispe Huaman", "Tomas Ribera Lugo"]);
    let trip = find("visit", "Lima").expect("the planned trip to Lima");
    assert_eq!(trip["status"], "planned");
    assert_eq!(trip["participants"][0]["country"], "VEN");
    // no state stands in for an unknown person, no lone given name
    assert!(evs.iter().all(|e| e["participants"]
        .as_array()
        .is_some_and(|ps| ps.iter().all(|p| p["kind"] == "person"))));
}

#[test]
fn zero_jobs_is_a_usage_error_that_writes_nothing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("out");
    let seeds = common::shared().join("seeds");
    let (code, _, err) = common::diplo_text(&[
        "compile",
        seeds.to_str().unwrap_or_default(),
        "--out",
        out.to_str().unwrap_or_default(),
        "--jobs",
        "0",
    ]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("--jobs"), "{err}");
    assert!(!out.exists(), "no output directory on a usage error");
}

//! Integration tests: the words that fired each mention (schema 1.2.0's
//! `trigger_start`, `trigger_end`, `trigger_text`) in a compiled dataset,
//! and a schema 1.1.0 dataset (no trigger columns) read, validated,
//! diffed, explained and exported by this build.

use std::path::Path;

use serde_json::Value;

use crate::common;
use diplo::dataset::{read_dir, read_parquet_dir, write, MentionRecord, SCHEMA_VERSION};
use diplo::extract::triggers;

fn s(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

/// The characters `from..to` of `text`.
fn chars(text: &str, from: i64, to: i64) -> Option<String> {
    let (from, to) = (usize::try_from(from).ok()?, usize::try_from(to).ok()?);
    let out: String = text
        .chars()
        .skip(from)
        .take(to.checked_sub(from)?)
        .collect();
    (out.chars().count() == to - from).then_some(out)
}

/// Compiles the five seeds into `dir`.
fn compile_seeds(dir: &Path) {
    let seeds = common::root().join("seeds");
    common::diplo_ok(&["compile", s(&seeds), "--out", s(dir), "--quiet"]);
}

/// Every mention of the compiled seeds has its trigger: a span inside its
/// sentence whose characters are `trigger_text`, words the trigger finder
/// reports in that sentence; in the Parquet as in the JSONL.
#[test]
fn every_seed_mention_carries_the_words_that_fired_it() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("seeds");
    compile_seeds(&dir);
    let ds = read_parquet_dir(&dir).expect("read parquet");
    assert_eq!(ds.mentions, read_dir(&dir).expect("read jsonl").mentions);
    assert!(ds.mentions.len() >= 40, "{} mentions", ds.mentions.len());
    let mut kinds = std::collections::BTreeSet::new();
    for m in &ds.mentions {
        let at = format!("{} ({}, {})", m.mention_id, m.rule, m.sentence);
        let (Some(ts), Some(te), Some(text)) = (m.trigger_start, m.trigger_end, &m.trigger_text)
        else {
            panic!("no trigger: {at}");
        };
        assert!(
            m.char_start <= ts && ts < te && te <= m.char_end,
            "{ts}..{te} outside {}..{}: {at}",
            m.char_start,
            m.char_end
        );
        let words = chars(&m.sentence, ts - m.char_start, te - m.char_start);
        assert_eq!(words.as_deref(), Some(text.as_str()), "{at}");
        // the trigger finder, run on the sentence, finds exactly these words
        let byte = |c: i64| {
            let c = usize::try_from(c - m.char_start).unwrap_or(usize::MAX);
            m.sentence
                .char_indices()
                .map(|(b, _)| b)
                .chain([m.sentence.len()])
                .nth(c)
        };
        let span = (byte(ts), byte(te));
        let found = triggers::find(&m.sentence);
        assert!(
            found.iter().any(|t| (Some(t.start), Some(t.end)) == span),
            "{text:?} is not a trigger the finder reports: {at}"
        );
        kinds.insert(m.event_type.clone());
    }
    assert!(
        kinds.contains("visit") && kinds.contains("meeting"),
        "{kinds:?}"
    );
    common::diplo_ok(&["validate", s(&dir)]);
}

/// The JSONL of a compiled dataset writes the three columns after
/// `confidence`, in this order, and `explain --format json` marks the stored span.
#[test]
fn trigger_columns_come_last_and_explain_marks_them() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("seeds");
    compile_seeds(&dir);
    let line = std::fs::read_to_string(dir.join("mentions.jsonl")).expect("mentions.jsonl");
    let first: serde_json::Map<String, Value> =
        serde_json::from_str(line.lines().next().unwrap_or_default()).expect("a row");
    let keys: Vec<&str> = first.keys().map(String::as_str).collect();
    // then the forum of schema 1.3.0 (tests/it/forum.rs)
    assert_eq!(
        keys[keys.len() - 5..],
        [
            "confidence",
            "trigger_start",
            "trigger_end",
            "trigger_text",
            "forum"
        ]
    );
    let ds = read_dir(&dir).expect("read");
    let m: &MentionRecord = ds
        .mentions
        .iter()
        .find(|m| m.rule == "visit.arrive_in")
        .expect("an arrival in the seeds");
    let out = common::diplo_ok(&["explain", &m.event_id, s(&dir), "--format", "json"]);
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let shown = v["mentions_by_document"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|g| g["mentions"].as_array().into_iter().flatten())
        .find(|x| x["mention_id"] == m.mention_id.as_str())
        .expect("the mention shown");
    let trigger: Vec<&Value> = shown["marks"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|k| k["kind"] == "trigger")
        .collect();
    assert_eq!(trigger.len(), 1, "{shown}");
    assert_eq!(trigger[0]["text"], "arrived in");
    assert_eq!(
        trigger[0]["source"], "row",
        "a 1.2.0 dataset's span: {shown}"
    );
    assert_eq!(trigger[0]["doc_char_start"], m.trigger_start.unwrap_or(-1));
    assert_eq!(trigger[0]["doc_char_end"], m.trigger_end.unwrap_or(-1));
}

/// A dataset written by the 1.1.0 writer (`tests/fixtures/releases/1.1.0`,
/// seeds 000 and 003: mentions without trigger columns) is valid for this
/// build, reads with null triggers from both formats, diffs against the
/// same rows with triggers (schema 1.2.0) without a changed mention, and
/// explains (the trigger found by stems) and exports.
#[test]
fn schema_1_1_0_dataset_without_trigger_columns_is_read() {
    let fixture = common::root().join("tests/fixtures/releases/1.1.0");
    let manifest = std::fs::read_to_string(fixture.join("manifest.json")).expect("manifest");
    assert!(manifest.contains("\"schema_version\": \"1.1.0\""));
    let line = std::fs::read_to_string(fixture.join("mentions.jsonl")).expect("mentions.jsonl");
    assert!(
        !line.contains("trigger_start"),
        "the fixture predates 1.2.0"
    );

    let (code, out, err) = common::diplo_text(&["validate", s(&fixture)]);
    assert_eq!(code, Some(0), "{out}{err}");
    for ds in [
        read_dir(&fixture).expect("jsonl"),
        read_parquet_dir(&fixture).expect("parquet"),
    ] {
        assert!(ds.mentions.len() >= 10, "{}", ds.mentions.len());
        assert!(ds.mentions.iter().all(|m| m.trigger_start.is_none()
            && m.trigger_end.is_none()
            && m.trigger_text.is_none()));
    }

    // the same rows written by this build, each with a trigger: the new
    // columns are no change, the schema a compatible one
    let old = read_dir(&fixture).expect("read");
    let mut with = old.clone();
    for m in &mut with.mentions {
        let first = chars(&m.sentence, 0, 1);
        (m.trigger_start, m.trigger_end) = (Some(m.char_start), Some(m.char_start + 1));
        m.trigger_text = first;
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    let new = tmp.path().join("new");
    write(&new, &with).expect("write");
    common::diplo_ok(&["validate", s(&new)]);
    let (code, j, err) = common::diplo_text(&["diff", s(&fixture), s(&new), "--format", "json"]);
    assert_eq!(code, Some(1), "the schema version differs: {err}");
    let j: Value = serde_json::from_str(&j).unwrap_or_else(|e| panic!("{e}: {err}"));
    assert_eq!(j["schema_version"]["old"], "1.1.0");
    assert_eq!(j["schema_version"]["new"], SCHEMA_VERSION);
    let mentions = j["tables"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|t| t["table"] == "mentions")
        .expect("mentions summary");
    assert_eq!(mentions["changed"], serde_json::json!([]), "{mentions}");
    assert_eq!(j["changed"], serde_json::json!([]), "no event changed");
    let (_, t, _) = common::diplo_text(&["diff", s(&fixture), s(&new)]);
    assert!(
        t.contains(&format!(
            "schema 1.1.0 -> {SCHEMA_VERSION} (compatible: additions only)"
        )),
        "{t}"
    );

    // explain falls back to the stems, and says so: a trigger is still marked
    let m = &old.mentions[0];
    let out = common::diplo_ok(&["explain", &m.event_id, s(&fixture), "--format", "json"]);
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let marked = v["mentions_by_document"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|g| g["mentions"].as_array().into_iter().flatten())
        .flat_map(|x| x["marks"].as_array().into_iter().flatten())
        .filter(|k| k["kind"] == "trigger")
        .inspect(|k| assert_eq!(k["source"], "stems", "no stored span in 1.1.0: {k}"))
        .count();
    assert!(marked >= 1, "{v}");

    let html = tmp.path().join("events.html");
    common::diplo_ok(&["export", "html", s(&fixture), "--out", s(&html)]);
    assert!(std::fs::metadata(&html).map(|m| m.len()).unwrap_or(0) > 0);
}

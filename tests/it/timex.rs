//! `diplo timex`: the JSON-lines contract, character offsets, and the
//! TempEval-3 scores on the held-out part of TimeBank (every 5th file in
//! name order), which the rules were not tuned on.

use std::path::PathBuf;
use std::process::Command;

use crate::common;

fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

#[test]
fn plain_text_with_dct_gives_char_offsets() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("kerry.txt");
    std::fs::write(
        &f,
        "Ébène: Kerry met Lavrov on Tuesday and will visit Cuba March 28-29.",
    )
    .expect("write");
    let out = common::diplo(&[
        "timex",
        f.to_str().expect("utf-8 path"),
        "--dct",
        "2016-03-24",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["doc"], "kerry");
    assert_eq!(lines[0]["dct"], "2016-03-24");
    let t = &lines[0]["timexes"];
    assert_eq!(t[0]["text"], "Tuesday");
    assert_eq!(t[0]["value"], "2016-03-22");
    // "Ébène: " is 7 characters but 9 bytes: offsets count characters.
    assert_eq!(t[0]["begin"], 27);
    assert_eq!(t[0]["end"], 34);
    assert_eq!(t[1]["text"], "March 28-29");
    assert_eq!(t[1]["type"], "DATE");
}

#[test]
fn without_dct_relative_dates_stay_unresolved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("a.txt");
    std::fs::write(&f, "They met on Tuesday and again on March 26.").expect("write");
    let out = common::diplo(&["timex", f.to_str().expect("utf-8 path")]);
    assert!(out.status.success());
    let lines = json_lines(&out.stdout);
    assert!(lines[0]["dct"].is_null());
    let values: Vec<&str> = lines[0]["timexes"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|t| t["value"].as_str())
        .collect();
    assert_eq!(values, ["XXXX-WXX-2", "XXXX-03-26"]);
}

#[test]
fn unreadable_file_is_reported_and_the_rest_still_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("ok.txt");
    std::fs::write(&f, "In May 2015.").expect("write");
    let missing = dir.path().join("missing.txt");
    let out = common::diplo(&[
        "timex",
        missing.to_str().expect("utf-8"),
        f.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["timexes"][0]["value"], "2015-05");
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
}

#[test]
fn bad_dct_is_a_usage_error() {
    let out = common::diplo(&["timex", "x.txt", "--dct", "yesterday-ish"]);
    assert_eq!(out.status.code(), Some(2));
}

/// The held-out TimeBank files: every 5th in name order (5th, 10th, ...).
fn held_out() -> Vec<PathBuf> {
    let dir = common::shared().join("data/timebank/TimeBank");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("TimeBank under ../shared")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "tml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .enumerate()
        .filter(|(i, _)| (i + 1) % 5 == 0)
        .map(|(_, p)| p)
        .collect()
}

#[test]
fn timebank_held_out_scores_above_the_floor() {
    let files = held_out();
    assert!(
        files.len() >= 30,
        "expected the TimeBank corpus, found {} held-out files",
        files.len()
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let gold = dir.path().join("gold");
    std::fs::create_dir(&gold).expect("mkdir");
    for f in &files {
        let name = f.file_name().expect("file name");
        // Links, not copies: the scorer reads the gold from the shared corpus.
        #[cfg(unix)]
        std::os::unix::fs::symlink(f.canonicalize().expect("path"), gold.join(name))
            .expect("symlink");
        #[cfg(not(unix))]
        std::fs::copy(f, gold.join(name)).expect("copy");
    }
    let mut args = vec!["timex".to_string(), "--timeml".to_string()];
    args.extend(files.iter().map(|f| f.to_string_lossy().into_owned()));
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = common::diplo(&argv);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(json_lines(&out.stdout).len(), files.len());
    let sys = dir.path().join("sys.jsonl");
    std::fs::write(&sys, &out.stdout).expect("write");
    let scorer = common::shared().join("tools/score_timeml.py");
    let res = Command::new("python3")
        .arg(&scorer)
        .arg(&gold)
        .arg(&sys)
        .args(["--min-value", "78.6", "--min-strict", "83.8"])
        .output()
        .expect("python3 on PATH");
    let report = String::from_utf8_lossy(&res.stdout);
    assert!(res.status.success(), "below the floor: {report}");
    // The scorer checks value and strict F1; relaxed F1 is in its JSON line.
    let relaxed = report
        .lines()
        .find_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .and_then(|v| v["relaxed_f1"].as_f64())
        .expect("relaxed_f1 in the scorer's JSON line");
    assert!(relaxed >= 90.7, "relaxed F1 below the floor: {report}");
}

#[test]
fn a_wire_story_counts_from_its_dateline_and_joins_weekday_pairs() {
    // Filed Friday 2031-05-02 for Sunday 2031-05-04: "tomorrow" is Monday.
    let dir = tempfile::tempdir().expect("tempdir");
    let f = dir.path().join("wire.txt");
    std::fs::write(
        &f,
        "ENVOYS TO MEET\n\nGENEVA, May 4 - The envoys meet tomorrow, with \
         ministers scheduled for Thursday and Friday.",
    )
    .expect("write");
    let out = common::diplo(&[
        "timex",
        f.to_str().expect("utf-8 path"),
        "--dct",
        "2031-05-02",
    ]);
    assert!(out.status.success());
    let lines = json_lines(&out.stdout);
    let t: Vec<(&str, &str)> = lines[0]["timexes"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|t| Some((t["text"].as_str()?, t["value"].as_str()?)))
        .collect();
    assert_eq!(
        t,
        [
            ("May 4", "2031-05-04"),
            ("tomorrow", "2031-05-05"),
            ("Thursday and Friday", "2031-05-08")
        ]
    );
}

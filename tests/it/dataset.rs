//! Integration tests: the dataset directory and `diplo validate`.

use std::fs;
use std::path::Path;

use crate::common;
use diplo::dataset::{read_dir, read_parquet_dir, testdata, write};

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn validate(dir: &Path) -> std::process::Output {
    common::diplo(&["validate", dir.to_str().unwrap()])
}

#[test]
fn validate_accepts_a_written_dataset() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ds");
    write(&dir, &testdata::sample()).unwrap();
    let o = validate(&dir);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert_eq!(stdout(&o), "");
    assert!(stderr(&o)
        .contains("valid (actors 2, documents 2, events 2, lineage 0, mentions 3, places 1)"));
}

#[test]
fn validate_names_each_problem_and_exits_1() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ds");
    write(&dir, &testdata::sample()).unwrap();
    let path = dir.join("mentions.jsonl");
    let text = fs::read_to_string(&path).unwrap();
    let edited = text.replacen(
        "\"start_date\":\"2016-03-23\"",
        "\"start_date\":\"23.03.2016\"",
        1,
    );
    assert_ne!(edited, text);
    fs::write(&path, edited).unwrap();
    let o = validate(&dir);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("mentions.jsonl:1: column start_date: expected a date such as \"2016-03-22\", found \"23.03.2016\""),
        "{out}"
    );
    assert!(
        out.contains("mentions.jsonl:1: column start_date: differs from mentions.parquet"),
        "{out}"
    );
    assert!(stderr(&o).contains("invalid, 3 problems"), "{}", stderr(&o));
}

#[test]
fn validate_of_a_missing_directory_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let o = validate(&tmp.path().join("nothing"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nothing"), "{}", stderr(&o));
}

/// Whatever the pipeline extracts, `diplo compile` writes a dataset that
/// `diplo validate` accepts and that reads back the same from both formats.
#[test]
fn compiled_seeds_are_valid_and_formats_agree() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("seeds");
    let seeds = common::shared().join("seeds");
    let o = common::diplo(&[
        "compile",
        seeds.to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = validate(&dir);
    assert_eq!(v.status.code(), Some(0), "{}{}", stdout(&v), stderr(&v));
    assert_eq!(read_dir(&dir).unwrap(), read_parquet_dir(&dir).unwrap());
    // Byte-identical on a second compile, and when read back and rewritten.
    let again = tmp.path().join("again");
    let (src, out) = (seeds.to_str().unwrap(), again.to_str().unwrap());
    let o = common::diplo(&["compile", src, "--out", out]);
    assert_eq!(o.status.code(), Some(0));
    let rewritten = tmp.path().join("rewritten");
    write(&rewritten, &read_dir(&dir).unwrap()).unwrap();
    for entry in fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name();
        let bytes = fs::read(dir.join(&name)).unwrap();
        assert_eq!(
            bytes,
            fs::read(again.join(&name)).unwrap(),
            "{name:?}: two compiles"
        );
        assert_eq!(
            bytes,
            fs::read(rewritten.join(&name)).unwrap(),
            "{name:?}: rewritten"
        );
    }
}

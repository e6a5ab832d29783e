//! Integration tests: the map/merge split, incremental compiles, partitions
//! and the bench harness.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::{diplo, shared};

/// Every file of a dataset directory (recursively), by relative path.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = vec![];
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).expect("read dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).expect("prefix").to_path_buf();
                out.push((rel, fs::read(&p).expect("read")));
            }
        }
    }
    out.sort();
    out
}

fn assert_same_dataset(a: &Path, b: &Path) {
    let (fa, fb) = (files(a), files(b));
    let names = |f: &[(PathBuf, Vec<u8>)]| f.iter().map(|x| x.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&fa), names(&fb));
    for ((name, x), (_, y)) in fa.iter().zip(&fb) {
        assert!(
            x == y,
            "{} differs between {} and {}",
            name.display(),
            a.display(),
            b.display()
        );
    }
}

fn ok(args: &[&str]) -> String {
    let out = diplo(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "diplo {args:?} failed: {stderr}");
    stderr
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn seeds() -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(shared().join("seeds"))
        .expect("seeds")
        .flatten()
        .map(|e| e.path().display().to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn shards_compiled_apart_and_merged_equal_one_compile() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let t = |p: &str| tmp.path().join(p).display().to_string();
    let (one, sa, sb, merged) = (t("one"), t("shards/a"), t("shards/b"), t("merged"));
    let seeds = seeds();
    let wh = shared()
        .join("data/whitehouse/2021-01")
        .display()
        .to_string();
    let (first, rest) = seeds.split_at(2);

    let mut args = vec!["compile"];
    args.extend(strs(&seeds));
    args.extend([wh.as_str(), "--out", &one, "-q"]);
    ok(&args);

    let mut args = vec!["compile"];
    args.extend(strs(first));
    args.extend(["--shard-out", &sa, "-q"]);
    ok(&args);
    let mut args = vec!["compile"];
    args.extend(strs(rest));
    args.extend([wh.as_str(), "--shard-out", &sb, "-q"]);
    ok(&args);
    ok(&["merge", &sa, &sb, "--out", &merged, "-q"]);

    let events = fs::read_to_string(tmp.path().join("one/events.jsonl")).expect("events");
    assert!(events.lines().count() > 5, "the inputs should give events");
    assert_same_dataset(&tmp.path().join("one"), &tmp.path().join("merged"));
}

#[test]
fn a_shard_is_not_a_dataset_and_the_two_outputs_conflict() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let t = |p: &str| tmp.path().join(p).display().to_string();
    let seeds = seeds();
    let out = diplo(&[
        "compile",
        &seeds[0],
        "--shard-out",
        &t("s"),
        "--out",
        &t("o"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    // merge refuses a directory that is not a shard, and writes nothing.
    fs::create_dir(tmp.path().join("junk")).expect("mkdir");
    let out = diplo(&["merge", &t("junk"), "--out", &t("o")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("shard.json"));
    assert!(!tmp.path().join("o").exists());
}

#[test]
fn an_incremental_compile_reuses_all_but_the_new_document_and_writes_the_same() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let corpus = tmp.path().join("corpus");
    fs::create_dir(&corpus).expect("mkdir");
    let seeds = seeds();
    // The first seed is one article; the last is a page of three.
    let (new, old) = seeds.split_at(1);
    for s in old {
        let p = Path::new(s);
        fs::copy(p, corpus.join(p.file_name().expect("name"))).expect("copy");
    }
    let c = corpus.display().to_string();
    let t = |p: &str| tmp.path().join(p).display().to_string();
    let first = ok(&["compile", &c, "--out", &t("out/inc"), "--incremental"]);
    assert!(first.contains("cache: 0 hits"), "{first}");
    assert!(tmp.path().join("out/.diplo-cache").is_dir());

    let p = Path::new(&new[0]);
    fs::copy(p, corpus.join(p.file_name().expect("name"))).expect("copy");
    let second = ok(&["compile", &c, "--out", &t("out/inc"), "--incremental"]);
    let n_old: usize = first
        .split("cache: 0 hits, ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("misses of the first run");
    assert!(
        second.contains(&format!("cache: {n_old} hits, 1 misses")),
        "{second}"
    );
    ok(&["compile", &c, "--out", &t("out/full"), "-q"]);
    assert_same_dataset(&tmp.path().join("out/inc"), &tmp.path().join("out/full"));
}

#[test]
fn partitions_hold_every_row_once_under_year_directories() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("out");
    let mut args = vec!["compile"];
    let seeds = seeds();
    args.extend(seeds.iter().map(String::as_str));
    let o = out.display().to_string();
    args.extend(["--out", &o, "--partition", "year", "-q"]);
    ok(&args);
    for table in ["events", "mentions", "documents"] {
        let whole = fs::read_to_string(out.join(format!("{table}.jsonl"))).expect("jsonl");
        let mut rows = 0;
        let mut parts = 0;
        for e in fs::read_dir(out.join(table))
            .expect("partition dir")
            .flatten()
        {
            let name = e.file_name().to_string_lossy().into_owned();
            assert!(name.starts_with("year="), "{name}");
            let t = diplo::dataset::files::read_parquet(&e.path().join("part-0.parquet"))
                .expect("a readable part");
            rows += t.rows.len();
            parts += 1;
        }
        assert!(parts >= 1);
        assert_eq!(rows, whole.lines().count(), "{table}");
    }
    assert!(out.join("events/year=2016").is_dir());
    // The dataset itself still validates.
    let v = diplo(&["validate", &o]);
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stdout));
}

#[test]
fn bench_reports_every_stage_and_the_peak_memory() {
    let out = diplo(&[
        "bench",
        &shared().join("seeds").display().to_string(),
        "--no-python",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for stage in [
        "ingest",
        "sentences",
        "time",
        "resolution",
        "extraction",
        "merge",
        "records",
        "write",
    ] {
        assert!(
            text.lines().any(|l| l.starts_with(stage)),
            "no {stage} row in:\n{text}"
        );
    }
    let docs: usize = text
        .split("end to end: ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(docs >= 5, "one document a seed at least:\n{text}");
    assert!(text.contains("peak memory (VmHWM)"), "{text}");
}

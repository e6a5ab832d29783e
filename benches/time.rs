//! Benchmark of the temporal tagger alone, in MB/s over the BODY text of the
//! Reuters-21578 corpus, and beside it Python dateparser's `search_dates`
//! on a sample of the same text (through `scripts/bench_time_dateparser.py`
//! and the venv at `.venv/`, when it is there).
//!
//! Run: `cargo bench --bench time` (add `-- --sample-kb 200` to change the
//! dateparser sample size).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use chrono::NaiveDate;
use diplo::time::Tagger;
use regex::Regex;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// (DCT, body) of every Reuters story with a body.
fn reuters(dir: &Path) -> Vec<(Option<NaiveDate>, String)> {
    let story = Regex::new(r"(?s)<REUTERS.*?</REUTERS>").expect("regex");
    let body = Regex::new(r"(?s)<BODY>(.*?)</BODY>").expect("regex");
    let date = Regex::new(r"<DATE>\s*(\d{1,2}-[A-Z]{3}-\d{4})").expect("regex");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "sgm"));
    files.sort();
    let mut docs = Vec::new();
    for f in files {
        let Ok(bytes) = std::fs::read(&f) else {
            continue;
        };
        let raw = String::from_utf8_lossy(&bytes);
        for s in story.find_iter(&raw) {
            let s = s.as_str();
            let Some(b) = body.captures(s).and_then(|c| c.get(1)) else {
                continue;
            };
            let dct = date.captures(s).and_then(|c| c.get(1)).and_then(|d| {
                let d = d.as_str();
                let title = |m: &str| format!("{}{}", &m[..1], m[1..].to_ascii_lowercase());
                let parts: Vec<&str> = d.split('-').collect();
                let fixed = format!(
                    "{}-{}-{}",
                    parts.first()?,
                    title(parts.get(1)?),
                    parts.get(2)?
                );
                NaiveDate::parse_from_str(&fixed, "%d-%b-%Y").ok()
            });
            let text = b
                .as_str()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            docs.push((dct, text));
        }
    }
    docs
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let sample_kb: usize = args
        .iter()
        .position(|a| a == "--sample-kb")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let dir = root()
        .join("..")
        .join("shared")
        .join("data")
        .join("reuters21578");
    let docs = reuters(&dir);
    let bytes: usize = docs.iter().map(|(_, t)| t.len()).sum();
    if docs.is_empty() {
        eprintln!("no Reuters text under {}", dir.display());
        return;
    }
    let tagger = Tagger::new();
    // Warm up once, then time the best of three passes.
    let mut found = 0usize;
    for (d, t) in docs.iter().take(200) {
        found += tagger.tag(t, *d).len();
    }
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        let start = Instant::now();
        found = 0;
        for (d, t) in &docs {
            found += tagger.tag(t, *d).len();
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    let mb = bytes as f64 / 1e6;
    let ours = mb / best;
    println!(
        "diplo tagger: {} docs, {:.2} MB, {} timexes, {:.3} s -> {:.1} MB/s",
        docs.len(),
        mb,
        found,
        best,
        ours
    );

    // The same text for dateparser, a sample of whole documents.
    let mut sample = Vec::new();
    let mut size = 0;
    for (_, t) in &docs {
        if size >= sample_kb * 1000 {
            break;
        }
        size += t.len();
        sample.push(serde_json::json!({ "text": t }));
    }
    let py = root().join(".venv").join("bin").join("python");
    let script = root().join("scripts").join("bench_time_dateparser.py");
    if !py.exists() {
        println!("dateparser: not measured (no .venv; python3 -m venv .venv && .venv/bin/pip install dateparser)");
        return;
    }
    let tmp = std::env::temp_dir().join(format!("diplo_bench_time_{}.jsonl", std::process::id()));
    let lines: Vec<String> = sample.iter().map(|v| v.to_string()).collect();
    if std::fs::write(&tmp, lines.join("\n")).is_err() {
        println!("dateparser: not measured (cannot write {})", tmp.display());
        return;
    }
    let out = Command::new(&py).arg(&script).arg(&tmp).output();
    let _ = std::fs::remove_file(&tmp);
    match out {
        Ok(o) if o.status.success() => {
            let s = String::from_utf8_lossy(&o.stdout);
            let v: serde_json::Value = serde_json::from_str(s.trim()).unwrap_or_default();
            let theirs = v["mb_per_s"].as_f64().unwrap_or(0.0);
            println!(
                "dateparser.search_dates: {} docs, {:.3} MB, {} dates, {:.3} s -> {:.4} MB/s",
                v["docs"],
                v["mb"].as_f64().unwrap_or(0.0),
                v["found"],
                v["seconds"].as_f64().unwrap_or(0.0),
                theirs
            );
            if theirs > 0.0 {
                println!("speed-up: {:.0}x", ours / theirs);
            }
        }
        Ok(o) => println!(
            "dateparser: not measured ({})",
            String::from_utf8_lossy(&o.stderr)
                .lines()
                .last()
                .unwrap_or("failed")
        ),
        Err(e) => println!("dateparser: not measured ({e})"),
    }
}

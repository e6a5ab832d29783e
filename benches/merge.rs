//! `cargo bench --bench merge`: is the merge linear in the number of
//! mentions? Maps Reuters-21578 once, then merges its mentions repeated k
//! times (k = 1 .. 32): copy k gets new document ids and its dates moved by
//! k years (distinct events, the blocks grow k-fold: the worst case for
//! blocking by actors), and, as a second series, the same dates (copies
//! that merge into the same events).
//!
//! ```text
//! cargo bench --bench merge                 # ../shared/data/reuters21578
//! cargo bench --bench merge -- DIR...
//! ```

use std::path::PathBuf;
use std::time::Instant;

use chrono::{Datelike, NaiveDate};
use diplo::extract::EventMention;
use diplo::kb::Kb;
use diplo::pipeline::{self, CompileOptions};

fn shift(d: NaiveDate, years: i32) -> NaiveDate {
    d.with_year(d.year() + years).unwrap_or(d)
}

fn copies(base: &[EventMention], k: usize, move_dates: bool) -> Vec<EventMention> {
    let mut out = Vec::with_capacity(base.len() * k);
    for c in 0..k {
        let years = if move_dates { c as i32 } else { 0 };
        for m in base {
            let mut m = m.clone();
            m.doc_id = format!("{}-r{c}", m.doc_id);
            m.doc_date = m.doc_date.map(|d| shift(d, years));
            if let Some(iv) = m.dates.as_mut() {
                iv.start = shift(iv.start, years);
                iv.end = shift(iv.end, years);
            }
            out.push(m);
        }
    }
    out
}

fn main() {
    let args: Vec<PathBuf> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .collect();
    let inputs = if args.is_empty() {
        vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/reuters21578")]
    } else {
        args
    };
    let Ok(files) = diplo::ingest::discover(&inputs) else {
        eprintln!("merge bench: cannot read {inputs:?}; skipped");
        return;
    };
    let Ok(kb) = Kb::builtin() else {
        eprintln!("merge bench: cannot load the reference tables");
        return;
    };
    let mapped = pipeline::map(&files, &kb, &CompileOptions::default(), &|_| {});
    let base: Vec<EventMention> = mapped
        .docs
        .iter()
        .flat_map(|d| d.mentions.iter().map(|l| l.mention.clone()))
        .collect();
    println!("merge::merge over {} mentions repeated k times", base.len());
    println!(
        "{:>4} {:>9} | {:>9} {:>8} {:>10} | {:>9} {:>8} {:>10}",
        "k", "mentions", "moved s", "events", "us/mention", "same s", "events", "us/mention"
    );
    for k in [1, 2, 4, 8, 16, 32] {
        let mut row = format!("{k:>4} {:>9}", base.len() * k);
        for move_dates in [true, false] {
            let ms = copies(&base, k, move_dates);
            // Best of three: the machine may be shared.
            let mut best = f64::MAX;
            let mut events = 0;
            for _ in 0..3 {
                let t = Instant::now();
                events = diplo::merge::merge(&ms, &kb).len();
                best = best.min(t.elapsed().as_secs_f64());
            }
            row += &format!(
                " | {best:>9.4} {events:>8} {:>10.1}",
                best * 1e6 / ms.len().max(1) as f64
            );
        }
        println!("{row}");
    }
}

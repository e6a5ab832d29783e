//! `diplo bench [INPUT...]`: the speed of each stage, end to end, the peak
//! memory, and Python `dateparser.search_dates` on the same text.
//!
//! One run does, in this order:
//! 1. end to end: `compile` (map, merge, tables) and the write, to a
//!    temporary directory; the peak memory (VmHWM) is read right after;
//! 2. each stage on its own over the same corpus, all documents held in
//!    memory between stages (so this part's memory is not the compile's):
//!    ingest, sentences, time (document dating and tagging), resolution,
//!    extraction, merge, records (the tables around the merge), write;
//! 3. the time stage of diplo on one thread over a sample of documents, and
//!    `scripts/bench_dateparser.py` (Python `dateparser.search_dates`) over
//!    the same sample, as a ratio;
//! 4. with `--scale 1000,20000,200000`: a corpus of that many documents
//!    synthesized from the inputs (repeated with new ids and publication
//!    dates moved by a year per copy, as JSON lines in a temporary
//!    directory), each compiled end to end by a child `diplo bench
//!    --end-to-end-only`, so each size's peak memory is its own.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::Context;
use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use diplo::extract::{self, DocContext, EventMention};
use diplo::ingest::{self, Document};
use diplo::kb::Kb;
use diplo::pipeline::{self, Analysed, CompileOptions};
use diplo::time::Tagger;

/// `println!` that returns the error (a closed pipe ends the run quietly).
macro_rules! out {
    ($($t:tt)*) => {
        writeln!(std::io::stdout(), $($t)*)?
    };
}

const EXAMPLES: &str = "\
Examples:
  diplo bench                                   # ../shared/data/reuters21578
  diplo bench news/ --dateparser-docs 500
  diplo bench --scale 1000,20000,200000 --no-python
  DIPLO_PYTHON=.venv/bin/python diplo bench";

/// Measure each stage's speed and the peak memory on a corpus.
///
/// Build with `--release` for meaningful numbers. Python: `--python`, else
/// $DIPLO_PYTHON, else `.venv/bin/python`, else `python3`; the comparison is
/// skipped when `dateparser` cannot be imported.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Files or directories [default: ../shared/data/reuters21578].
    pub inputs: Vec<PathBuf>,
    /// Threads (default: all cores).
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
    /// Documents in the sample given to Python dateparser and to diplo's tagger.
    #[arg(long, value_name = "N", default_value_t = 200)]
    pub dateparser_docs: usize,
    /// The Python interpreter with dateparser installed.
    #[arg(long, value_name = "PATH")]
    pub python: Option<PathBuf>,
    /// Skip the Python comparison.
    #[arg(long)]
    pub no_python: bool,
    /// Also compile synthesized corpora of these sizes (documents), comma-separated.
    #[arg(long, value_name = "N,N", value_delimiter = ',')]
    pub scale: Vec<usize>,
    /// Print one JSON object (end to end only) instead of the tables.
    #[arg(long, hide = true)]
    pub end_to_end_only: bool,
}

/// The end-to-end measurement, also what a `--scale` child prints.
#[derive(Debug, Serialize, Deserialize)]
struct EndToEnd {
    docs: usize,
    input_bytes: u64,
    events: usize,
    mentions: usize,
    map_s: f64,
    merge_s: f64,
    /// `merge::merge` alone (part of `merge_s`).
    merge_only_s: f64,
    write_s: f64,
    total_s: f64,
    cpu_s: f64,
    /// Peak memory after the map stage, after merge and tables, after the write.
    map_kib: u64,
    merge_kib: u64,
    vmhwm_kib: u64,
}

/// Peak resident memory of this process so far (VmHWM), in KiB.
fn vmhwm_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

/// CPU time (user + system) of this process so far, in seconds: on a
/// shared machine it says more than the wall clock.
fn cpu_secs() -> f64 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            // Fields after the command name (which may hold spaces) in parentheses.
            let rest = s.rsplit_once(')')?.1;
            let f: Vec<&str> = rest.split_whitespace().collect();
            let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok());
            // utime and stime are fields 14 and 15 of the line, 12 and 13 here.
            Some((ticks(11)? + ticks(12)?) / 100.0)
        })
        .unwrap_or(0.0)
}

/// "2 CPUs (AMD EPYC), 23.4 GiB, load 7.1": the machine, for the record.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map_or("unknown CPU", |(_, m)| m.trim())
        .to_string();
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let mem_kib: u64 = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0);
    let load = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into());
    format!(
        "{cpus} CPUs ({model}), {:.1} GiB, load average {load}",
        mib(mem_kib) / 1024.0
    )
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn input_bytes(files: &[ingest::InputFile]) -> u64 {
    files
        .iter()
        .filter_map(|f| std::fs::metadata(&f.path).ok())
        .map(|m| m.len())
        .sum()
}

fn end_to_end(files: &[ingest::InputFile], kb: &Kb, out: &Path) -> anyhow::Result<EndToEnd> {
    let opts = CompileOptions::default();
    let c0 = cpu_secs();
    let t0 = Instant::now();
    let mapped = pipeline::map(files, kb, &opts, &|_| {});
    let map_s = t0.elapsed().as_secs_f64();
    let map_kib = vmhwm_kib();
    // The merge alone, over a copy of the mentions (they are few).
    let all: Vec<EventMention> = mapped
        .docs
        .iter()
        .flat_map(|d| d.mentions.iter().map(|l| l.mention.clone()))
        .collect();
    let (_, (merge_only_s, _)) = timed(|| diplo::merge::merge(&all, kb));
    drop(all);
    let t = Instant::now();
    let compiled = pipeline::finish(mapped, kb, &opts);
    let merge_s = t.elapsed().as_secs_f64();
    let merge_kib = vmhwm_kib();
    let t = Instant::now();
    diplo::dataset::write(out, &compiled.dataset)
        .with_context(|| format!("writing {}", out.display()))?;
    let write_s = t.elapsed().as_secs_f64();
    let ds = &compiled.dataset;
    Ok(EndToEnd {
        docs: ds.documents.len(),
        input_bytes: input_bytes(files),
        events: ds.events.len(),
        mentions: ds.mentions.len(),
        map_s,
        merge_s,
        merge_only_s,
        write_s,
        total_s: t0.elapsed().as_secs_f64(),
        cpu_s: cpu_secs() - c0,
        map_kib,
        merge_kib,
        vmhwm_kib: vmhwm_kib(),
    })
}

struct Row {
    stage: &'static str,
    secs: f64,
    cpu: f64,
    docs: usize,
    bytes: u64,
}

fn print_rows(rows: &[Row]) -> anyhow::Result<()> {
    out!(
        "{:<12} {:>9} {:>9} {:>11} {:>9} {:>7}",
        "stage",
        "wall s",
        "cpu s",
        "docs/s",
        "MB/s",
        "share"
    );
    let total: f64 = rows.iter().map(|r| r.cpu).sum();
    for r in rows {
        let per = |n: f64| if r.secs > 0.0 { n / r.secs } else { 0.0 };
        out!(
            "{:<12} {:>9.3} {:>9.2} {:>11.0} {:>9.1} {:>6.1}%",
            r.stage,
            r.secs,
            r.cpu,
            per(r.docs as f64),
            per(r.bytes as f64 / 1e6),
            100.0 * r.cpu / total.max(1e-9)
        );
    }
    Ok(())
}

/// Runs `f`: its value, wall seconds and CPU seconds.
fn timed<T>(f: impl FnOnce() -> T) -> (T, (f64, f64)) {
    let c = cpu_secs();
    let t = Instant::now();
    let v = f();
    (v, (t.elapsed().as_secs_f64(), cpu_secs() - c))
}

/// Each stage on its own; returns the rows and the documents (dated) for the sample.
fn staged(
    files: &[ingest::InputFile],
    kb: &Kb,
    out: &Path,
) -> anyhow::Result<(Vec<Row>, Vec<Document>)> {
    let tagger = Tagger::new();
    let file_bytes = input_bytes(files);
    let (outcomes, ingest_s) = timed(|| files.par_iter().map(ingest::read).collect::<Vec<_>>());
    let mut docs: Vec<Document> = outcomes.into_iter().flat_map(|o| o.documents).collect();
    let mut seen = std::collections::BTreeSet::new();
    docs.retain(|d| seen.insert(d.doc_id.clone()));
    let n = docs.len();
    let text_bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();

    let (sentences, sentences_s) = timed(|| {
        docs.par_iter()
            .map(|d| diplo::text::sentences(&d.text))
            .collect::<Vec<_>>()
    });
    let ((dcts, timexes), time_s) = timed(|| {
        let dcts: Vec<Option<NaiveDate>> = docs
            .par_iter_mut()
            .map(|d| pipeline::date_and_reference(d, &tagger))
            .collect();
        let timexes: Vec<_> = docs
            .par_iter()
            .zip(dcts.par_iter())
            .map(|(d, &dct)| tagger.tag(&d.text, dct))
            .collect();
        (dcts, timexes)
    });
    let (entities, resolve_s) = timed(|| {
        docs.par_iter()
            .zip(dcts.par_iter())
            .map(|(d, &dct)| kb.resolve(&d.text, dct))
            .collect::<Vec<_>>()
    });
    let (mentions, extract_s) = timed(|| {
        (0..n)
            .into_par_iter()
            .map(|i| {
                extract::extract(&DocContext {
                    doc: &docs[i],
                    dct: dcts[i],
                    sentences: &sentences[i],
                    timexes: &timexes[i],
                    entities: &entities[i],
                    kb,
                })
            })
            .collect::<Vec<Vec<EventMention>>>()
    });
    let sample: Vec<Document> = docs.iter().take(2000).cloned().collect();
    let mut reduced: Vec<_> = docs
        .into_par_iter()
        .zip(mentions.into_par_iter())
        .map(|(doc, mentions)| pipeline::reduce(Analysed { doc, mentions }))
        .collect();
    reduced.sort_by(|a, b| a.record.doc_id.cmp(&b.record.doc_id));
    let all: Vec<EventMention> = reduced
        .iter()
        .flat_map(|r| r.mentions.iter().map(|l| l.mention.clone()))
        .collect();
    let (events, merge_s) = timed(|| diplo::merge::merge(&all, kb));
    let opts = CompileOptions::default();
    let (ds, build_s) = timed(|| pipeline::build_dataset(reduced, kb, &opts, vec![], &[]));
    let (written, write_s) = timed(|| diplo::dataset::write(out, &ds));
    written.with_context(|| format!("writing {}", out.display()))?;
    let nm = all.len();
    let row = |stage, (secs, cpu): (f64, f64), docs, bytes| Row {
        stage,
        secs,
        cpu,
        docs,
        bytes,
    };
    eprintln!(
        "diplo: bench: {n} documents, {:.1} MB of files, {:.1} MB of text, {nm} mentions, {} events",
        file_bytes as f64 / 1e6,
        text_bytes as f64 / 1e6,
        events.len()
    );
    let rows = vec![
        row("ingest", ingest_s, n, file_bytes),
        row("sentences", sentences_s, n, text_bytes),
        row("time", time_s, n, text_bytes),
        row("resolution", resolve_s, n, text_bytes),
        row("extraction", extract_s, n, text_bytes),
        row("merge", merge_s, n, text_bytes),
        row(
            "records",
            (
                (build_s.0 - merge_s.0).max(0.0),
                (build_s.1 - merge_s.1).max(0.0),
            ),
            n,
            text_bytes,
        ),
        row("write", write_s, n, text_bytes),
    ];
    Ok((rows, sample))
}

#[derive(Debug, Deserialize)]
struct PyResult {
    docs: usize,
    bytes: u64,
    seconds: f64,
    found: usize,
    version: String,
}

fn python(args: &Args) -> PathBuf {
    if let Some(p) = &args.python {
        return p.clone();
    }
    if let Some(p) = std::env::var_os("DIPLO_PYTHON") {
        return PathBuf::from(p);
    }
    let venv = PathBuf::from(".venv/bin/python");
    if venv.is_file() {
        return venv;
    }
    PathBuf::from("python3")
}

/// diplo's tagger on one thread vs dateparser.search_dates on the same documents.
fn compare_dateparser(args: &Args, sample: &[Document], tmp: &Path) -> anyhow::Result<()> {
    let docs = &sample[..sample.len().min(args.dateparser_docs)];
    let path = tmp.join("sample.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path)?);
    for d in docs {
        let line = serde_json::json!({
            "text": d.text,
            "published": d.published.map(|p| p.date.to_string()),
        });
        writeln!(f, "{line}")?;
    }
    f.flush()?;
    drop(f);

    let tagger = Tagger::new();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    // CPU seconds on both sides (the machine may be shared); the sample is
    // tagged again until half a CPU second has passed, for the clock's
    // 10 ms resolution.
    let tag_all = || {
        docs.iter()
            .map(|d| tagger.tag(&d.text, d.published.map(|p| p.date)).len())
            .sum::<usize>()
    };
    let (mut found, mut rounds, mut spent) = (0, 0u32, 0.0);
    while spent < 0.5 && rounds < 1000 {
        let (n, (_, cpu)) = timed(tag_all);
        found = n;
        rounds += 1;
        spent += cpu;
    }
    let diplo_s = spent / f64::from(rounds.max(1));
    out!();
    out!(
        "time stage on {} documents ({:.2} MB), one thread, CPU seconds:",
        docs.len(),
        bytes as f64 / 1e6
    );
    out!(
        "  diplo Tagger::tag            {:>8.3} s {:>9.0} docs/s {:>7.2} MB/s  {} expressions",
        diplo_s,
        docs.len() as f64 / diplo_s.max(1e-9),
        bytes as f64 / 1e6 / diplo_s.max(1e-9),
        found
    );
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/bench_dateparser.py");
    let py = python(args);
    let out = Command::new(&py).arg(&script).arg(&path).output();
    match out {
        Ok(o) if o.status.success() => {
            let r: PyResult = serde_json::from_slice(&o.stdout)
                .context("reading the output of bench_dateparser.py")?;
            out!(
                "  dateparser.search_dates {:<5}{:>7.3} s {:>9.0} docs/s {:>7.2} MB/s  {} expressions",
                r.version,
                r.seconds,
                r.docs as f64 / r.seconds.max(1e-9),
                r.bytes as f64 / 1e6 / r.seconds.max(1e-9),
                r.found
            );
            out!(
                "  ratio: diplo is {:.0}x faster than dateparser",
                r.seconds / diplo_s.max(1e-9)
            );
        }
        Ok(o) => out!(
            "  dateparser: skipped ({} {}: {})",
            py.display(),
            script.display(),
            String::from_utf8_lossy(&o.stderr).trim()
        ),
        Err(e) => out!("  dateparser: skipped ({}: {e})", py.display()),
    }
    Ok(())
}

/// Writes `n` documents synthesized from `docs` as JSON lines files of
/// 1,000 documents: copy k of a document gets id `ID-rK` and its
/// publication date moved by k years.
fn synthesize(docs: &[Document], n: usize, dir: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(!docs.is_empty(), "expected documents to repeat, found none");
    std::fs::create_dir_all(dir)?;
    let mut file = None;
    for i in 0..n {
        if i % 1000 == 0 {
            let path = dir.join(format!("part-{:05}.jsonl", i / 1000));
            file = Some(std::io::BufWriter::new(std::fs::File::create(&path)?));
        }
        let d = &docs[i % docs.len()];
        let k = (i / docs.len()) as i32;
        let published = d
            .published
            .and_then(|p| p.date.with_year(p.date.year() + k))
            .map(|p| p.to_string());
        let line = serde_json::json!({
            "id": format!("{}-r{k}", d.doc_id),
            "text": d.text,
            "published": published,
        });
        if let Some(f) = file.as_mut() {
            writeln!(f, "{line}")?;
        }
    }
    if let Some(mut f) = file {
        f.flush()?;
    }
    Ok(())
}

fn scale(args: &Args, files: &[ingest::InputFile], tmp: &Path) -> anyhow::Result<()> {
    let mut docs: Vec<Document> = files
        .par_iter()
        .map(ingest::read)
        .collect::<Vec<_>>()
        .into_iter()
        .flat_map(|o| o.documents)
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    docs.retain(|d| seen.insert(d.doc_id.clone()));
    let exe = std::env::current_exe().context("finding the diplo executable")?;
    out!();
    out!("scaling (synthesized from {} documents):", docs.len());
    out!(
        "{:>8} {:>9} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>9} {:>9} {:>9} {:>9} {:>8} {:>8}",
        "docs",
        "MB",
        "map s",
        "merge s",
        "(merge)",
        "write s",
        "total s",
        "cpu s",
        "docs/s",
        "map MiB",
        "merge MiB",
        "peak MiB",
        "events",
        "mentions"
    );
    for &n in &args.scale {
        let dir = tmp.join(format!("synth-{n}"));
        synthesize(&docs, n, &dir)?;
        let mut cmd = Command::new(&exe);
        cmd.arg("bench").arg("--end-to-end-only").arg(&dir);
        if let Some(j) = args.jobs {
            cmd.arg("--jobs").arg(j.to_string());
        }
        let out = cmd.output().context("running the end-to-end child")?;
        anyhow::ensure!(
            out.status.success(),
            "the end-to-end child failed on {n} documents: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
        let r: EndToEnd =
            serde_json::from_slice(&out.stdout).context("reading the child's result")?;
        out!(
            "{:>8} {:>9.1} {:>8.2} {:>8.2} {:>8.3} {:>8.2} {:>8.2} {:>8.2} {:>9.0} {:>9.0} {:>9.0} {:>9.0} {:>8} {:>8}",
            r.docs,
            r.input_bytes as f64 / 1e6,
            r.map_s,
            r.merge_s,
            r.merge_only_s,
            r.write_s,
            r.total_s,
            r.cpu_s,
            r.docs as f64 / r.total_s.max(1e-9),
            mib(r.map_kib),
            mib(r.merge_kib),
            mib(r.vmhwm_kib),
            r.events,
            r.mentions
        );
        std::fs::remove_dir_all(&dir)?;
    }
    Ok(())
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    super::thread_pool(args.jobs)?;
    let inputs = if args.inputs.is_empty() {
        vec![PathBuf::from("../shared/data/reuters21578")]
    } else {
        args.inputs.clone()
    };
    let files = ingest::discover(&inputs)?;
    let kb = Kb::builtin().context("loading the built-in reference tables")?;
    let tmp = tempdir()?;
    let result = (|| {
        if args.end_to_end_only {
            let r = end_to_end(&files, &kb, &tmp.join("e2e"))?;
            out!("{}", serde_json::to_string(&r)?);
            return Ok(ExitCode::SUCCESS);
        }
        let e = end_to_end(&files, &kb, &tmp.join("e2e"))?;
        out!("machine: {}", machine());
        out!(
            "diplo bench: {} threads; inputs: {}",
            rayon::current_num_threads(),
            inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(" ")
        );
        out!();
        out!(
            "end to end: {} documents, {:.1} MB in {:.2} s ({:.2} CPU s) = {:.0} docs/s, \
             {:.1} MB/s (map {:.2} s, merge+tables {:.2} s, write {:.2} s); {} events, \
             {} mentions; peak memory (VmHWM) {:.0} MiB ({:.0} MiB after the map stage)",
            e.docs,
            e.input_bytes as f64 / 1e6,
            e.total_s,
            e.cpu_s,
            e.docs as f64 / e.total_s.max(1e-9),
            e.input_bytes as f64 / 1e6 / e.total_s.max(1e-9),
            e.map_s,
            e.merge_s,
            e.write_s,
            e.events,
            e.mentions,
            mib(e.vmhwm_kib),
            mib(e.map_kib)
        );
        out!();
        out!("each stage on its own (all documents in memory):");
        let (rows, sample) = staged(&files, &kb, &tmp.join("staged"))?;
        print_rows(&rows)?;
        out!(
            "peak memory after the staged run: {:.0} MiB",
            mib(vmhwm_kib())
        );
        if !args.no_python {
            compare_dateparser(&args, &sample, &tmp)?;
        }
        drop(sample);
        if !args.scale.is_empty() {
            scale(&args, &files, &tmp)?;
        }
        Ok(ExitCode::SUCCESS)
    })();
    let _ = std::fs::remove_dir_all(&tmp);
    result
}

/// A fresh directory under the system's temporary directory.
fn tempdir() -> anyhow::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("diplo-bench-{}", std::process::id()));
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

//! `diplo compile INPUT... --out DIR`: articles in, dataset directory out.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use diplo::pipeline::{self, CompileOptions};

const EXAMPLES: &str = "\
Examples:
  diplo compile seeds --out data/seeds
  diplo compile ../shared/data/reuters21578 --out /tmp/reuters --jobs 2
  cat articles.jsonl | diplo compile - --out out/ --strict
  diplo compile news/ --out releases/2024.1 --dataset-version 2024.1
  diplo compile news/ --out out/year --incremental          # reuse out/.diplo-cache
  diplo compile news/ --out out/year --partition year       # + events/year=YYYY/...
  diplo compile news/2016-01 --shard-out shards/2016-01     # map stage only
  diplo merge shards/* --out out/year                       # merge stage";

/// Compile articles into a dataset directory.
///
/// Inputs are files or directories (recursed, in sorted order): .txt (with an
/// optional NAME.meta.json sidecar), .md, .html/.htm, .jsonl, Reuters .sgm;
/// `-` reads JSON lines from stdin. Bad articles are reported on stderr,
/// skipped and listed in the manifest; the rest compiles. The output
/// directory is replaced atomically: it holds the complete new dataset or
/// what it held before.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Files or directories; `-` reads JSON lines from stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// The dataset directory to write.
    #[arg(long, value_name = "DIR", required_unless_present = "shard_out")]
    pub out: Option<PathBuf>,
    /// Run the map stage only: write the reduced documents (records and
    /// mentions) to a shard directory for `diplo merge`, instead of a dataset.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["out", "partition"])]
    pub shard_out: Option<PathBuf>,
    /// Reuse per-document results from a `.diplo-cache` directory beside the
    /// output (created if missing); the output is the same as without it.
    #[arg(long)]
    pub incremental: bool,
    /// Like --incremental, with the cache in DIR.
    #[arg(long, value_name = "DIR")]
    pub cache: Option<PathBuf>,
    /// Also write Hive-style partitions of events, mentions and documents:
    /// `events/year=YYYY/part-0.parquet` (undated rows in
    /// `year=__HIVE_DEFAULT_PARTITION__`).
    #[arg(long, value_name = "BY")]
    pub partition: Option<PartitionBy>,
    /// Make any bad article or file fatal (exit 2, nothing written).
    #[arg(long)]
    pub strict: bool,
    /// No progress bar and no summary on stderr (problems are still reported).
    #[arg(long, short)]
    pub quiet: bool,
    /// Threads for reading and extraction (default: all cores).
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
    /// A release label recorded in the manifest and the Parquet metadata.
    #[arg(long, value_name = "VERSION")]
    pub dataset_version: Option<String>,
    /// The previous release: fills the `lineage` table (which old events
    /// were merged, split or renamed into which new ones).
    #[arg(long, value_name = "DIR")]
    pub previous: Option<PathBuf>,
    /// Your own reference tables on top of the built-in ones (same layout as
    /// data/reference/: countries.tsv, places.tsv, offices/XXX.tsv, ...).
    /// Not with --incremental, --cache or --shard-out, whose stored results
    /// are keyed to the built-in tables.
    #[arg(long, value_name = "DIR")]
    pub reference: Option<PathBuf>,
}

/// How to partition the large tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PartitionBy {
    /// By year: events by start date, mentions by their event's, documents by publication.
    Year,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    super::thread_pool(args.jobs)?;
    let previous = match &args.previous {
        Some(dir) => Some(
            diplo::dataset::read_dir(dir)
                .with_context(|| format!("reading the previous release {}", dir.display()))?,
        ),
        None => None,
    };
    let files = diplo::ingest::discover(&args.inputs)?;
    let kb = match &args.reference {
        Some(dir) => {
            anyhow::ensure!(
                !args.incremental && args.cache.is_none() && args.shard_out.is_none(),
                "--reference cannot be combined with --incremental, --cache or --shard-out \
                 (their stored results are keyed to the built-in tables)"
            );
            diplo::kb::Kb::with_reference(dir)
                .with_context(|| format!("loading the reference tables in {}", dir.display()))?
        }
        None => diplo::kb::Kb::builtin().context("loading the built-in reference tables")?,
    };

    let total: u64 = files
        .iter()
        .filter(|f| !f.stdin)
        .filter_map(|f| std::fs::metadata(&f.path).ok())
        .map(|m| m.len())
        .sum();
    let bar = if args.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        let b = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        b.set_style(
            ProgressStyle::with_template(
                "{spinner} reading {bytes}/{total_bytes} {wide_bar} {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b
    };
    let cache_dir = match (&args.cache, args.incremental, &args.out) {
        (Some(dir), _, _) => Some(dir.clone()),
        (None, true, Some(out)) => Some(diplo::cache::default_dir(out)),
        (None, true, None) => Some(PathBuf::from(diplo::cache::DEFAULT_DIR)),
        (None, false, _) => None,
    };
    let cache = match &cache_dir {
        Some(dir) => Some(Arc::new(
            diplo::cache::Cache::open(dir)
                .with_context(|| format!("opening the cache {}", dir.display()))?,
        )),
        None => None,
    };
    let opts = CompileOptions {
        dataset_version: args.dataset_version.clone(),
        cache: cache.clone(),
    };
    let mapped = pipeline::map(&files, &kb, &opts, &|n| bar.inc(n));
    bar.finish_and_clear();
    for w in &mapped.warnings {
        eprintln!("diplo: warning: {w}");
    }
    if let (Some(c), Some(dir), false) = (&cache, &cache_dir, args.quiet) {
        let s = c.stats();
        eprintln!(
            "diplo: cache: {} hits, {} misses, {} not stored ({})",
            s.hits,
            s.misses,
            s.store_errors,
            dir.display()
        );
    }

    if let Some(dir) = &args.shard_out {
        for p in &mapped.problems {
            eprintln!("diplo: skipped: {p}");
        }
        if args.strict && !mapped.problems.is_empty() {
            eprintln!(
                "diplo: error: {} bad input(s) under --strict; {} left as it was",
                mapped.problems.len(),
                dir.display()
            );
            return Ok(ExitCode::from(2));
        }
        diplo::shard::write_shard(dir, &mapped)
            .with_context(|| format!("writing the shard {}", dir.display()))?;
        if !args.quiet {
            eprintln!(
                "diplo: shard: {} inputs, {} documents, {} mentions -> {}",
                mapped.inputs.len(),
                mapped.docs.len(),
                mapped.docs.iter().map(|d| d.mentions.len()).sum::<usize>(),
                dir.display()
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let Some(out) = &args.out else {
        anyhow::bail!("expected --out DIR or --shard-out DIR, but found neither");
    };
    let mut compiled = pipeline::finish(mapped, &kb, &opts);
    if let Some(prev) = &previous {
        compiled.dataset.lineage = diplo::dataset::lineage::lineage(prev, &compiled.dataset);
    }
    finish_dataset(compiled, out, args.strict, args.quiet, args.partition)
}

/// Reports problems, writes the dataset (and its partitions), prints the
/// summary; shared with `diplo merge`.
pub fn finish_dataset(
    compiled: pipeline::Compiled,
    out: &std::path::Path,
    strict: bool,
    quiet: bool,
    partition: Option<PartitionBy>,
) -> anyhow::Result<ExitCode> {
    for p in &compiled.problems {
        eprintln!("diplo: skipped: {p}");
    }
    if strict && !compiled.problems.is_empty() {
        eprintln!(
            "diplo: error: {} bad input(s) under --strict; {} left as it was",
            compiled.problems.len(),
            out.display()
        );
        return Ok(ExitCode::from(2));
    }
    diplo::dataset::write(out, &compiled.dataset)
        .with_context(|| format!("writing the dataset to {}", out.display()))?;
    if partition == Some(PartitionBy::Year) {
        diplo::dataset::partition::write_partitions(out, &compiled.dataset)
            .with_context(|| format!("writing the partitions under {}", out.display()))?;
    }
    if !quiet {
        let ds = &compiled.dataset;
        eprintln!(
            "diplo: {} documents, {} events ({} mentions), {} skipped -> {}",
            ds.documents.len(),
            ds.events.len(),
            ds.mentions.len(),
            ds.skipped.len(),
            out.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

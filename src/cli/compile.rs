//! `diplo compile INPUT... --out DIR`: articles in, dataset directory out.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use diplo::pipeline::{self, CompileOptions};

const EXAMPLES: &str = "\
Examples:
  diplo compile seeds --out data/seeds
  diplo compile ../shared/data/reuters21578 --out /tmp/reuters --jobs 2
  cat articles.jsonl | diplo compile - --out out/ --strict
  diplo compile news/ --out releases/2024.1 --dataset-version 2024.1";

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
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
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
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.jobs {
        anyhow::ensure!(
            n > 0,
            "--jobs takes a number of threads from 1 up, but found 0"
        );
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("setting up the thread pool")?;
    }
    let files = diplo::ingest::discover(&args.inputs)?;
    let kb = diplo::kb::Kb::builtin().context("loading the built-in reference tables")?;

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
    let opts = CompileOptions {
        dataset_version: args.dataset_version.clone(),
    };
    let compiled = pipeline::compile(&files, &kb, &opts, &|n| bar.inc(n));
    bar.finish_and_clear();

    for p in &compiled.problems {
        eprintln!("diplo: skipped: {p}");
    }
    if args.strict && !compiled.problems.is_empty() {
        eprintln!(
            "diplo: error: {} bad input(s) under --strict; {} left as it was",
            compiled.problems.len(),
            args.out.display()
        );
        return Ok(ExitCode::from(2));
    }
    diplo::dataset::write(&args.out, &compiled.dataset)
        .with_context(|| format!("writing the dataset to {}", args.out.display()))?;
    if !args.quiet {
        let ds = &compiled.dataset;
        eprintln!(
            "diplo: {} documents, {} events ({} mentions), {} skipped -> {}",
            ds.documents.len(),
            ds.events.len(),
            ds.mentions.len(),
            ds.skipped.len(),
            args.out.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

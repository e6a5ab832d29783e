//! `diplo validate DIR`: check a dataset directory against its schema and
//! manifest.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

const EXAMPLES: &str = "\
Examples:
  diplo validate data/seeds
  diplo validate out/ds | head        # first problems only

Checks every JSONL row against schema/NAME.schema.json, the Parquet schemas and
metadata, JSONL and Parquet agreeing row by row, the manifest's hashes and
counts, unique ids, and references (mention -> event and document, participant
-> actor, event -> place, source -> document).

Prints one problem a line on stdout (FILE:LINE: column COLUMN: MESSAGE) and a
summary on stderr. Exit codes: 0 valid; 1 invalid; 2 error (DIR unreadable).";

/// Check a dataset directory against its schema and manifest.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// The dataset directory (holding manifest.json and the tables).
    pub dir: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let report = diplo::dataset::validate::validate_dir(&args.dir)
        .with_context(|| format!("validating {}", args.dir.display()))?;
    let mut out = std::io::stdout().lock();
    for p in &report.problems {
        writeln!(out, "{p}")?;
    }
    for (file, n) in &report.omitted {
        writeln!(out, "{file}: {n} more problems not listed")?;
    }
    out.flush()?;
    let rows: Vec<String> = report
        .rows
        .iter()
        .map(|(t, n)| format!("{t} {n}"))
        .collect();
    if report.is_valid() {
        eprintln!("{}: valid ({})", args.dir.display(), rows.join(", "));
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!(
            "{}: invalid, {} problems",
            args.dir.display(),
            report.problem_count()
        );
        Ok(ExitCode::from(1))
    }
}

//! `diplo release INPUT... --version V`: compile a new release beside the
//! old ones, with its lineage, release notes and validation.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use diplo::dataset::{self, diff, lineage, read_dir, read_manifest, release, Dataset};
use diplo::pipeline::{self, CompileOptions};

const EXAMPLES: &str = "\
Examples:
  diplo release seeds --version 2026.11.0
  diplo release news/ --version 2026.12.0 --releases /data/diplo/releases
  diplo release news/ --version 2026.12.1 --previous data/releases/2026.11.0

Compiles INPUT... into RELEASES/VERSION/ with VERSION as its dataset version,
against the previous release (the greatest version below VERSION in RELEASES,
or --previous): fills the lineage table (merges, splits, renames), writes
RELEASES/VERSION/RELEASE_NOTES.md from the diff, then validates the release.
See docs/releases.md for the layout.

Exit codes: 0 released and valid; 1 released but invalid; 2 error (nothing
released: bad inputs under --strict, unreadable previous release).";

/// Compile a release beside the previous ones, with lineage and release notes.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Files or directories of articles (as for compile).
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// The release's version: its directory name and dataset version.
    #[arg(long, value_name = "VERSION")]
    pub version: String,
    /// The directory holding the releases side by side.
    #[arg(long, value_name = "DIR", default_value = release::DEFAULT_RELEASES_DIR)]
    pub releases: PathBuf,
    /// The release to compare with (default: the greatest version below
    /// VERSION in RELEASES; none for a first release).
    #[arg(long, value_name = "DIR")]
    pub previous: Option<PathBuf>,
    /// Make any bad article or file fatal (exit 2, nothing written).
    #[arg(long)]
    pub strict: bool,
    /// No summary on stderr (problems are still reported).
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    release::check_label(&args.version)?;
    let out = args.releases.join(&args.version);
    let previous = args
        .previous
        .clone()
        .or_else(|| release::previous_release(&args.releases, &args.version));
    // Read the previous release first: a bad one stops before any work.
    let prev: Option<(Dataset, String)> = match &previous {
        None => None,
        Some(p) => {
            let m = read_manifest(p).with_context(|| format!("reading {}", p.display()))?;
            let ds = read_dir(p).with_context(|| format!("reading {}", p.display()))?;
            Some((ds, m.schema_version))
        }
    };

    let files = diplo::ingest::discover(&args.inputs)?;
    let kb = diplo::kb::Kb::builtin().context("loading the built-in reference tables")?;
    let opts = CompileOptions {
        dataset_version: Some(args.version.clone()),
        ..CompileOptions::default()
    };
    let mut compiled = pipeline::compile(&files, &kb, &opts, &|_| {});
    for p in &compiled.problems {
        eprintln!("diplo: skipped: {p}");
    }
    if args.strict && !compiled.problems.is_empty() {
        eprintln!(
            "diplo: error: {} bad input(s) under --strict; nothing released",
            compiled.problems.len()
        );
        return Ok(ExitCode::from(2));
    }
    let ds = &mut compiled.dataset;
    if let Some((p, _)) = &prev {
        ds.lineage = lineage::lineage(p, ds);
    }
    dataset::write(&out, ds).with_context(|| format!("writing the release {}", out.display()))?;

    let (old, old_schema) =
        prev.unwrap_or_else(|| (Dataset::default(), dataset::SCHEMA_VERSION.into()));
    let d = diff::diff_with_versions(&old, ds, &old_schema, dataset::SCHEMA_VERSION)
        .context("comparing with the previous release")?;
    let label = previous.as_ref().map(|p| {
        old.dataset_version
            .clone()
            .unwrap_or_else(|| p.display().to_string())
    });
    let notes = release::release_notes(&args.version, label.as_deref(), &d);
    let notes_path = out.join(release::NOTES_FILE);
    std::fs::write(&notes_path, notes)
        .with_context(|| format!("writing {}", notes_path.display()))?;

    let report = dataset::validate::validate_dir(&out)
        .with_context(|| format!("validating {}", out.display()))?;
    let mut stdout = std::io::stdout().lock();
    for p in &report.problems {
        writeln!(stdout, "{p}")?;
    }
    stdout.flush()?;
    if !args.quiet {
        let since = label.map(|l| format!(" since {l}")).unwrap_or_default();
        eprintln!(
            "diplo: release {} -> {}: {} events ({} added, {} removed, {} changed{since}), {} lineage rows, {}",
            args.version,
            out.display(),
            ds.events.len(),
            d.added.len(),
            d.removed.len(),
            d.changed.len(),
            ds.lineage.len(),
            if report.is_valid() { "valid" } else { "INVALID" }
        );
    }
    Ok(if report.is_valid() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

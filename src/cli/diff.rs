//! `diplo diff OLD NEW`: compare two dataset directories, keyed by event_id.

use super::Format;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use diplo::dataset::{diff, read_dir, read_manifest, Dataset};

const EXAMPLES: &str = "\
Examples:
  diplo diff releases/2026.10 data/seeds
  diplo diff old new --format markdown > CHANGES.md
  diplo diff old new --format json | jq '.changed[].fields[].field'

Events are matched by event_id: added, removed (or merged into a new event
holding all their sources), changed (each field's old and new value;
participants, sources and date_conflicts compared as sets). Other tables are
summarized by id; schema and dataset versions are compared.

Exit codes: 0 identical; 1 different; 2 error (unreadable dataset, duplicate ids).";

/// Compare two dataset directories.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// The old dataset directory.
    pub old: PathBuf,
    /// The new dataset directory.
    pub new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

fn load(dir: &Path) -> anyhow::Result<(Dataset, String)> {
    let manifest = read_manifest(dir).with_context(|| format!("reading {}", dir.display()))?;
    let ds = read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    Ok((ds, manifest.schema_version))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let (old, new) = rayon::join(|| load(&args.old), || load(&args.new));
    let ((old, old_schema), (new, new_schema)) = (old?, new?);
    let d = diff::diff_with_versions(&old, &new, &old_schema, &new_schema)
        .context("comparing datasets")?;
    let text = match args.format {
        Format::Text => d.to_text(),
        Format::Json => d.to_json(),
        Format::Markdown => d.to_markdown(),
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(if d.is_identical() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

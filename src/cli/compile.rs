//! `diplo compile INPUT... --out DIR`

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

/// Compile articles into a dataset directory.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories (recursed, sorted); `-` reads JSON lines from stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// The dataset directory to write (replaced atomically).
    #[arg(long)]
    pub out: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let files = diplo::ingest::discover(&args.inputs)?;
    let kb = diplo::kb::Kb::builtin().context("loading the reference tables")?;
    let compiled = diplo::pipeline::compile(&files, &kb);
    diplo::dataset::write(&args.out, &compiled.dataset)?;
    Ok(ExitCode::SUCCESS)
}

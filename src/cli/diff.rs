//! `diplo diff` (owned by its stage; see the issue).

use std::process::ExitCode;

/// (to be written)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Arguments.
    pub rest: Vec<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let _ = args;
    anyhow::bail!("diplo diff is not built yet")
}

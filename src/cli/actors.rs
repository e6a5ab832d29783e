//! `diplo actors lookup PHRASE --on DATE` (owned by the kb stage).

use std::process::ExitCode;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Resolve a name or role phrase to actors on a date.
    Lookup {
        /// A name or role phrase.
        phrase: String,
        /// The date (YYYY-MM-DD) on which offices are held.
        #[arg(long)]
        on: Option<String>,
    },
}

pub fn run(cmd: Command) -> anyhow::Result<ExitCode> {
    let _ = cmd;
    anyhow::bail!("diplo actors lookup is not built yet")
}

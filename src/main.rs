//! The `diplo` binary: parses the command line and calls the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cli;

const AFTER_HELP: &str = "Exit codes: 0 ok; 1 differences found (diff) or invalid (validate); \
2 error (bad usage, unreadable input under --strict, internal failure).";

/// Compiles news articles about diplomacy into a dataset of visits, meetings and calls.
#[derive(Debug, Parser)]
#[command(name = "diplo", version, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compile articles into a dataset directory.
    Compile(cli::compile::Args),
    /// Merge shard directories (from `compile --shard-out`) into a dataset.
    Merge(cli::merge::Args),
    /// Measure each stage's speed and the peak memory on a corpus.
    Bench(cli::bench::Args),
    /// Find and normalize temporal expressions.
    Timex(cli::timex::Args),
    /// Look up actors in the reference tables.
    #[command(subcommand)]
    Actors(cli::actors::Command),
    /// Check a dataset directory against its schema and manifest.
    Validate(cli::validate::Args),
    /// Compare two dataset directories.
    Diff(cli::diff::Args),
    /// Show why an event exists: its sources, sentences, rules and conflicts.
    Explain(cli::explain::Args),
    /// Export a dataset for visualization tools.
    Export(cli::export::Args),
    /// Compile a release beside the previous ones, with lineage and release notes.
    Release(cli::release::Args),
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Compile(a) => cli::compile::run(a),
        Command::Merge(a) => cli::merge::run(a),
        Command::Bench(a) => cli::bench::run(a),
        Command::Timex(a) => cli::timex::run(a),
        Command::Actors(c) => cli::actors::run(c),
        Command::Validate(a) => cli::validate::run(a),
        Command::Diff(a) => cli::diff::run(a),
        Command::Explain(a) => cli::explain::run(a),
        Command::Export(a) => cli::export::run(a),
        Command::Release(a) => cli::release::run(a),
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("diplo: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

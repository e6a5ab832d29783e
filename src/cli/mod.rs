//! The subcommands, one file each; each file holds its clap `Args` (with
//! usage examples in the help) and its `run`.

pub mod actors;
pub mod bench;
pub mod compile;
pub mod diff;
pub mod explain;
pub mod export;
pub mod merge;
pub mod release;
pub mod timex;
pub mod validate;

/// How a report for people or scripts is printed (`diff`, `explain`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Markdown,
}

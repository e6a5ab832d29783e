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

/// Sets the worker threads of `--jobs N` (all cores when not given).
pub fn thread_pool(jobs: Option<usize>) -> anyhow::Result<()> {
    use anyhow::Context;
    if let Some(n) = jobs {
        anyhow::ensure!(
            n > 0,
            "--jobs takes a number of threads from 1 up, but found 0"
        );
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("setting up the thread pool")?;
    }
    Ok(())
}

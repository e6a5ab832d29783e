//! `diplo merge SHARD... --out DIR`: the merge stage over shard directories
//! written by `diplo compile --shard-out`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use diplo::pipeline::{self, CompileOptions};

use super::compile::{finish_dataset, PartitionBy};

const EXAMPLES: &str = "\
Examples:
  diplo compile news/2016-01 --shard-out shards/2016-01
  diplo compile news/2016-02 --shard-out shards/2016-02
  diplo merge shards/2016-01 shards/2016-02 --out releases/2016
  diplo merge shards/* --out releases/2016 --partition year";

/// Merge shard directories into one dataset directory.
///
/// Reads the reduced documents of every shard (in the order given: when two
/// shards hold the same document id, the first wins), merges all mentions
/// into events and writes the dataset as `diplo compile` does. Shards given
/// in the order of their inputs give the same files as one compile over all
/// the inputs. Every shard must come from the same diplo version and
/// reference tables.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Shard directories (from `diplo compile --shard-out`).
    #[arg(required = true, value_name = "SHARD")]
    pub shards: Vec<PathBuf>,
    /// The dataset directory to write.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Make any bad article or file recorded in a shard fatal (exit 2, nothing written).
    #[arg(long)]
    pub strict: bool,
    /// No summary on stderr (problems are still reported).
    #[arg(long, short)]
    pub quiet: bool,
    /// A release label recorded in the manifest and the Parquet metadata.
    #[arg(long, value_name = "VERSION")]
    pub dataset_version: Option<String>,
    /// Also write Hive-style partitions (see `diplo compile --partition`).
    #[arg(long, value_name = "BY")]
    pub partition: Option<PartitionBy>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let kb = diplo::kb::Kb::builtin().context("loading the built-in reference tables")?;
    let mapped = diplo::shard::read_shards(&args.shards).context("reading the shards")?;
    let opts = CompileOptions {
        dataset_version: args.dataset_version.clone(),
        cache: None,
    };
    let compiled = pipeline::finish(mapped, &kb, &opts);
    finish_dataset(compiled, &args.out, args.strict, args.quiet, args.partition)
}

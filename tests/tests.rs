//! Integration tests: one binary (less linking on 2 cores). One module per
//! stage or subcommand, under `tests/it/`.

#[path = "it/committed.rs"]
mod committed;
#[path = "it/common.rs"]
mod common;
#[path = "it/compile.rs"]
mod compile;
#[path = "it/dataset.rs"]
mod dataset;
#[path = "it/diff.rs"]
mod diff;
#[path = "it/explain.rs"]
mod explain;
#[path = "it/export.rs"]
mod export;
#[path = "it/forum.rs"]
mod forum;
#[path = "it/gold.rs"]
mod gold;
#[path = "it/ingest.rs"]
mod ingest;
#[path = "it/kb.rs"]
mod kb;
#[path = "it/releases.rs"]
mod releases;
#[path = "it/scale.rs"]
mod scale;
#[path = "it/timex.rs"]
mod timex;
#[path = "it/triggers.rs"]
mod triggers;

//! diplo compiles news articles about diplomacy into a versioned dataset of
//! visits, meetings and calls.
//!
//! The modules follow the data's path through the compiler:
//!
//! ```text
//! ingest  articles in: .txt/.md/.html/.jsonl/.sgm -> Document
//! text    sentences with offsets
//! time    temporal expressions, normalized against the document date
//! kb      actors, offices over time, countries, places; mention resolution
//! extract event mentions: one per visit/meeting/call statement in a sentence
//! merge   one record per real-world event, sources and conflicts kept
//! dataset records, schema, Parquet + JSON Lines writers, manifest
//! pipeline the compile driver that runs the stages above
//! shard    the map/merge split; cache: per-document results for incremental compiles
//! ```
//!
//! The binary (`src/main.rs`, `src/cli/`) is a thin layer over this library.

pub mod cache;
pub mod dataset;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod kb;
pub mod merge;
pub mod pipeline;
pub mod shard;
pub mod text;
pub mod time;

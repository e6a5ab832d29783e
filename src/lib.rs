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
//! re       regexes with an ASCII twin, for the rules' patterns
//! shard    the map/merge split; cache: per-document results for incremental compiles
//! ```
//!
//! The binary (`src/main.rs`, `src/cli/`) is a thin layer over this library.
//!
//! The module essays link the private items they describe; they resolve in
//! the developer's build of the docs, `cargo doc --document-private-items`.
#![allow(rustdoc::private_intra_doc_links)]

/// A regex compiled once, on first use, from a pattern fixed when the crate is
/// built: `static DAY: LazyLock<Re> = regex!(r"\d{1,2}");` (a string, or a
/// `format!` of constant parts), with its ASCII twin ([`re`]). A constant
/// pattern that fails to compile is a programming error, caught by the first
/// test that reaches it.
macro_rules! regex {
    ($pattern:expr) => {
        ::std::sync::LazyLock::new(|| $crate::re::Re::new(&$pattern).expect("constant regex"))
    };
}

pub mod cache;
pub mod dataset;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod kb;
pub mod merge;
pub mod pipeline;
pub mod re;
pub mod shard;
pub mod text;
pub mod time;

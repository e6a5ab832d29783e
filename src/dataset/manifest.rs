//! `manifest.json`: what a dataset directory holds and where it came from.
//!
//! It names the schema and dataset versions, the generator, every input
//! file with its size and BLAKE3 hash, every table file with its row count
//! and hash, the skipped inputs with their reasons, and row counts. It holds
//! no wall-clock time, so the same inputs give the same manifest. Keys are
//! in a fixed order (struct order; tables and counts sorted by name).
//!
//! ```json
//! {
//!   "schema_version": "1.1.0",
//!   "dataset_version": null,
//!   "generator": { "name": "diplo", "version": "0.1.0" },
//!   "inputs": [ { "path": "seeds", "bytes": 4096, "blake3": "…", "documents": 5 } ],
//!   "tables": { "events": { "parquet": { "file": "events.parquet", "rows": 7, "blake3": "…" },
//!                           "jsonl": { "file": "events.jsonl", "rows": 7, "blake3": "…" } } },
//!   "skipped": [],
//!   "counts": { "events": 7, "skipped": 0 }
//! }
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::records::{InputRecord, SkippedRecord};

/// The manifest's file name inside a dataset directory.
pub const MANIFEST_FILE: &str = "manifest.json";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub schema_version: String,
    pub dataset_version: Option<String>,
    pub generator: Generator,
    pub inputs: Vec<InputRecord>,
    pub tables: BTreeMap<String, TableFiles>,
    pub skipped: Vec<SkippedRecord>,
    /// Rows per table, plus `inputs` and `skipped`.
    pub counts: BTreeMap<String, u64>,
}

/// The program that wrote the dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Generator {
    pub name: String,
    pub version: String,
}

impl Generator {
    /// This build of diplo.
    pub fn this() -> Self {
        Generator {
            name: env!("CARGO_PKG_NAME").to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
        }
    }
}

/// A table's two files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableFiles {
    pub parquet: FileEntry,
    pub jsonl: FileEntry,
}

/// One file: its name in the directory, its row count, its BLAKE3 hash (hex).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    pub file: String,
    pub rows: u64,
    pub blake3: String,
}

impl FileEntry {
    /// Describes `bytes` stored as `file` with `rows` rows.
    pub fn of(file: String, rows: usize, bytes: &[u8]) -> Self {
        FileEntry {
            file,
            rows: rows as u64,
            blake3: blake3::hash(bytes).to_hex().to_string(),
        }
    }
}

impl Manifest {
    /// The manifest as written: pretty-printed JSON with a final newline.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s.into_bytes()
    }
}

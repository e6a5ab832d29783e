//! Articles in: finds the input files, reads each format into [`Document`]s.
//!
//! (Essay to be written by the ingest stage: formats, document dates, page
//! segmentation, bad input.)

use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};

/// Where a document's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PublishedSource {
    /// A metadata field: sidecar, front matter, `<meta>`, JSON field, SGML `<DATE>`.
    Metadata,
    /// A header line of the text itself ("Andrei AKULOV | 22.03.2016 | FEATURED STORY").
    Header,
    /// Inferred from the content (see `time::infer_dct`).
    Inferred,
    /// No date known.
    Unknown,
}

impl PublishedSource {
    pub fn as_str(self) -> &'static str {
        match self {
            PublishedSource::Metadata => "metadata",
            PublishedSource::Header => "header",
            PublishedSource::Inferred => "inferred",
            PublishedSource::Unknown => "unknown",
        }
    }
}

/// A publication date, with the instant when the source gave one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    /// The calendar date of publication, in the source's own time zone where it gave one.
    pub date: NaiveDate,
    /// The instant, when the source gave a time of day.
    pub timestamp: Option<DateTime<Utc>>,
}

/// One article, ready for the pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Stable id: the metadata id, else the file stem; a segment of a
    /// multi-article page is `STEM#N` (N from 1).
    pub doc_id: String,
    /// The input path as given on the command line (joined with the file's
    /// place under a directory), or `-` for stdin; for JSONL and SGML
    /// `path:line` is not used here, see `line`.
    pub source: String,
    /// The line of the input file where the article starts (JSONL, SGML), 1-based.
    pub line: Option<usize>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    /// The outlet or news agency ("source" in metadata).
    pub outlet: Option<String>,
    pub published: Option<Published>,
    pub published_source: PublishedSource,
    /// The position of this article on a page holding several (1-based), else None.
    pub segment: Option<u32>,
    /// The article's text: title line(s) and body, boilerplate removed. All
    /// offsets in the dataset point into this string.
    pub text: String,
}

impl Document {
    /// blake3 of the text, hex.
    pub fn content_hash(&self) -> String {
        blake3::hash(self.text.as_bytes()).to_hex().to_string()
    }
}

/// A bad article or file: reported, skipped, counted in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub path: String,
    pub line: Option<usize>,
    pub article: Option<String>,
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.reason)?;
        match (self.line, &self.article) {
            (Some(l), Some(a)) => write!(f, " ({}:{}, article {})", self.path, l, a),
            (Some(l), None) => write!(f, " ({}:{})", self.path, l),
            (None, Some(a)) => write!(f, " ({}, article {})", self.path, a),
            (None, None) => write!(f, " ({})", self.path),
        }
    }
}

/// The input formats, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    JsonLines,
    ReutersSgml,
}

/// One input file found on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: PathBuf,
    /// How the path is shown in messages and the dataset (`-` for stdin).
    pub display: String,
    pub format: Format,
    pub stdin: bool,
}

/// What reading one input file gave.
#[derive(Debug, Clone, Default)]
pub struct FileOutcome {
    pub documents: Vec<Document>,
    pub problems: Vec<Problem>,
    /// blake3 of the file's bytes, hex (empty when unreadable).
    pub hash: String,
    pub bytes: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("input path {path:?} does not exist")]
    Missing { path: String },
    #[error("cannot read directory {path:?}: {source}")]
    Dir {
        path: String,
        source: std::io::Error,
    },
}

/// Expands the command line's inputs (files, directories recursed and sorted, `-`).
pub fn discover(_inputs: &[PathBuf]) -> Result<Vec<InputFile>, IngestError> {
    Ok(vec![])
}

/// Reads one input file (stdin for `-`) into documents and problems. Never panics.
pub fn read(_file: &InputFile) -> FileOutcome {
    FileOutcome::default()
}

/// Parses a metadata date string in the shapes of the contract; no clock.
pub fn parse_published(_s: &str) -> Option<Published> {
    None
}

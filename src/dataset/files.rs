//! The two file formats of a table: Parquet (zstd, one row group, schema
//! version in the key-value metadata) and JSON Lines (one compact object a
//! line, fields in column order). Both are produced from the same rows.

use std::path::Path;

use arrow_array::RecordBatch;
use arrow_schema::Schema;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;
use serde_json::Value;

use super::arrow::rows_from_batch;
use super::schema::{META_DATASET_VERSION, META_SCHEMA_VERSION};
use super::{records::SCHEMA_VERSION, DatasetError};

/// Encodes one batch as a Parquet file in memory.
pub fn parquet_bytes(
    batch: &RecordBatch,
    dataset_version: Option<&str>,
    name: &str,
) -> Result<Vec<u8>, DatasetError> {
    let mut meta = vec![KeyValue::new(
        META_SCHEMA_VERSION.to_string(),
        SCHEMA_VERSION.to_string(),
    )];
    if let Some(v) = dataset_version {
        meta.push(KeyValue::new(
            META_DATASET_VERSION.to_string(),
            v.to_string(),
        ));
    }
    let props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::default()))
        .set_key_value_metadata(Some(meta))
        .build();
    let fail = |e: parquet::errors::ParquetError| DatasetError::Write {
        path: format!("{name}.parquet"),
        message: e.to_string(),
    };
    let mut buf = Vec::new();
    let mut writer = ArrowWriter::try_new(&mut buf, batch.schema(), Some(props)).map_err(fail)?;
    writer.write(batch).map_err(fail)?;
    writer.close().map_err(fail)?;
    Ok(buf)
}

/// A Parquet table as read back: its Arrow schema (without metadata), its
/// key-value metadata, and its rows.
#[derive(Debug, Clone)]
pub struct ParquetTable {
    pub schema: Schema,
    pub metadata: Vec<(String, Option<String>)>,
    pub rows: Vec<Value>,
}

impl ParquetTable {
    /// The value of a key-value metadata entry.
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.metadata
            .iter()
            .find(|(k, _)| k == key)
            .and_then(|(_, v)| v.as_deref())
    }
}

/// A Parquet file as record batches, with its schema and metadata.
#[derive(Debug, Clone)]
pub struct ParquetBatches {
    pub schema: Schema,
    pub metadata: Vec<(String, Option<String>)>,
    pub batches: Vec<RecordBatch>,
}

impl ParquetBatches {
    /// The value of a key-value metadata entry.
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.metadata
            .iter()
            .find(|(k, _)| k == key)
            .and_then(|(_, v)| v.as_deref())
    }

    /// The rows of all batches as JSON values.
    pub fn rows(&self) -> Result<Vec<Value>, super::arrow::ConvertError> {
        let mut rows = Vec::new();
        for b in &self.batches {
            rows.extend(rows_from_batch(b)?);
        }
        Ok(rows)
    }
}

/// Reads a whole Parquet file as record batches (no JSON values).
pub fn read_parquet_batches(path: &Path) -> Result<ParquetBatches, DatasetError> {
    let fail = |message: String| DatasetError::Read {
        path: path.display().to_string(),
        message,
    };
    let file = std::fs::File::open(path).map_err(|e| fail(e.to_string()))?;
    let builder =
        ParquetRecordBatchReaderBuilder::try_new(file).map_err(|e| fail(e.to_string()))?;
    let metadata = builder
        .metadata()
        .file_metadata()
        .key_value_metadata()
        .map(|kv| {
            kv.iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect()
        })
        .unwrap_or_default();
    let schema = Schema::new(builder.schema().fields().clone());
    let reader = builder.build().map_err(|e| fail(e.to_string()))?;
    let batches = reader
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| fail(e.to_string()))?;
    Ok(ParquetBatches {
        schema,
        metadata,
        batches,
    })
}

/// Reads a whole Parquet file into rows.
pub fn read_parquet(path: &Path) -> Result<ParquetTable, DatasetError> {
    let fail = |message: String| DatasetError::Read {
        path: path.display().to_string(),
        message,
    };
    let b = read_parquet_batches(path)?;
    let rows = b.rows().map_err(|e| fail(e.to_string()))?;
    Ok(ParquetTable {
        schema: b.schema,
        metadata: b.metadata,
        rows,
    })
}

/// Encodes rows as JSON Lines: one compact object a line, `\n` after each.
pub fn jsonl_bytes(rows: &[Value]) -> Vec<u8> {
    let mut out = String::new();
    for r in rows {
        out.push_str(&r.to_string());
        out.push('\n');
    }
    out.into_bytes()
}

/// One JSONL line that is not a JSON value.
#[derive(Debug, Clone, PartialEq)]
pub struct BadLine {
    /// 1-based line number.
    pub line: usize,
    pub message: String,
}

/// Parses JSON Lines; a line that is not JSON is reported, not fatal.
/// Blank lines are reported too (a table has no blank lines).
pub fn parse_jsonl(text: &str) -> (Vec<(usize, Value)>, Vec<BadLine>) {
    let mut rows = Vec::new();
    let mut bad = Vec::new();
    for (i, line) in text.lines().enumerate() {
        match serde_json::from_str::<Value>(line) {
            Ok(v) => rows.push((i + 1, v)),
            Err(e) => bad.push(BadLine {
                line: i + 1,
                message: e.to_string(),
            }),
        }
    }
    (rows, bad)
}

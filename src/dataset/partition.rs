//! Hive-style partitions of the large tables, for corpora too big to read
//! as one file: `TABLE/year=YYYY/part-0.parquet`, readable by duckdb,
//! polars, Spark and Trino as one dataset with a `year` column.
//!
//! ```text
//! DIR/events/year=2016/part-0.parquet        events starting in 2016
//! DIR/events/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet   undated events
//! DIR/mentions/year=2016/part-0.parquet      mentions of those events
//! DIR/documents/year=2016/part-0.parquet     documents published in 2016
//! ```
//!
//! - events: by the year of `start_date`;
//! - mentions: by the year of *their event's* `start_date`, so a partition
//!   of events joins with the same partition of mentions;
//! - documents: by the year of `published`.
//!
//! A row without a year goes to `year=__HIVE_DEFAULT_PARTITION__`, the name
//! Hive and Spark use for a null partition value (duckdb and polars read it
//! as a null `year`). Each file holds the table's full schema (the `year`
//! column comes from the path only), its rows sorted by id as in the
//! unpartitioned file, and the same key-value metadata.
//!
//! ```no_run
//! use diplo::dataset::{partition, Dataset};
//! let ds = Dataset::default();
//! partition::write_partitions("out/2016".as_ref(), &ds).unwrap();
//! // duckdb: SELECT year, count(*) FROM read_parquet('out/2016/events/*/*.parquet',
//! //         hive_partitioning = true) GROUP BY year
//! ```

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;

use chrono::{Datelike, NaiveDate};

use super::schema::Table;
use super::{arrow, files, write_err, Dataset, DatasetError};

/// The partition directory name of a row without a year.
pub const NULL_PARTITION: &str = "year=__HIVE_DEFAULT_PARTITION__";

/// The partitioned tables.
pub const TABLES: [&str; 3] = ["events", "mentions", "documents"];

/// The partition directory of a date: `year=2016`, or [`NULL_PARTITION`].
pub fn partition_of(date: Option<NaiveDate>) -> String {
    match date {
        Some(d) => format!("year={}", d.year()),
        None => NULL_PARTITION.to_string(),
    }
}

/// How many rows each partition of each table got: table -> partition -> rows.
pub type Summary = BTreeMap<&'static str, BTreeMap<String, usize>>;

fn group<T: Table>(
    records: &[T],
    date: impl Fn(&T) -> Option<NaiveDate>,
    key: impl Fn(&T) -> &str,
) -> BTreeMap<String, Vec<&T>> {
    let mut parts: BTreeMap<String, Vec<&T>> = BTreeMap::new();
    for r in records {
        parts.entry(partition_of(date(r))).or_default().push(r);
    }
    for rows in parts.values_mut() {
        rows.sort_by(|a, b| key(a).cmp(key(b)));
    }
    parts
}

fn write_table<T: Table>(
    root: &Path,
    parts: BTreeMap<String, Vec<&T>>,
    version: Option<&str>,
    summary: &mut Summary,
) -> Result<(), DatasetError> {
    let counts = summary.entry(T::NAME).or_default();
    for (part, rows) in parts {
        let values = rows
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| DatasetError::Row {
                table: T::NAME.into(),
                message: e.to_string(),
            })?;
        let batch =
            arrow::batch_from_rows(T::schema(), &values).map_err(|e| DatasetError::Row {
                table: T::NAME.into(),
                message: format!("{e} (partition {part})"),
            })?;
        let bytes = files::parquet_bytes(&batch, version, T::NAME)?;
        let dir = root.join(T::NAME).join(&part);
        fs::create_dir_all(&dir).map_err(|e| write_err(&dir, e))?;
        let path = dir.join("part-0.parquet");
        fs::write(&path, bytes).map_err(|e| write_err(&path, e))?;
        counts.insert(part, rows.len());
    }
    Ok(())
}

/// Writes the partitioned events, mentions and documents under `dir` (the
/// dataset directory), replacing any partitions there. The partitions are
/// built in a temporary directory inside `dir` and moved into place once
/// all are written.
pub fn write_partitions(dir: &Path, ds: &Dataset) -> Result<Summary, DatasetError> {
    let tmp = dir.join(format!(".partitions.tmp-{}", std::process::id()));
    if tmp.exists() {
        fs::remove_dir_all(&tmp).map_err(|e| write_err(&tmp, e))?;
    }
    let v = ds.dataset_version.as_deref();
    let mut summary = Summary::new();
    let event_year: HashMap<&str, Option<NaiveDate>> = ds
        .events
        .iter()
        .map(|e| (e.event_id.as_str(), e.start_date))
        .collect();
    let written = (|| {
        write_table(
            &tmp,
            group(&ds.events, |e| e.start_date, |e| &e.event_id),
            v,
            &mut summary,
        )?;
        write_table(
            &tmp,
            group(
                &ds.mentions,
                |m| event_year.get(m.event_id.as_str()).copied().flatten(),
                |m| &m.mention_id,
            ),
            v,
            &mut summary,
        )?;
        write_table(
            &tmp,
            group(&ds.documents, |d| d.published, |d| &d.doc_id),
            v,
            &mut summary,
        )?;
        for t in TABLES {
            let (from, to) = (tmp.join(t), dir.join(t));
            if to.exists() {
                fs::remove_dir_all(&to).map_err(|e| write_err(&to, e))?;
            }
            if from.exists() {
                fs::rename(&from, &to).map_err(|e| write_err(&to, e))?;
            }
        }
        Ok(())
    })();
    let _ = fs::remove_dir_all(&tmp);
    written.map(|()| summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::testdata;

    #[test]
    fn undated_rows_go_to_the_hive_null_partition() {
        let d = NaiveDate::from_ymd_opt(2016, 3, 23);
        assert_eq!(partition_of(d), "year=2016");
        assert_eq!(partition_of(None), "year=__HIVE_DEFAULT_PARTITION__");
    }

    #[test]
    fn every_row_lands_in_exactly_one_partition() {
        let ds = testdata::sample();
        let tmp = tempfile::tempdir().expect("tempdir");
        let summary = write_partitions(tmp.path(), &ds).expect("write");
        let total = |t: &str| summary.get(t).map_or(0, |p| p.values().sum::<usize>());
        assert_eq!(total("events"), ds.events.len());
        assert_eq!(total("mentions"), ds.mentions.len());
        assert_eq!(total("documents"), ds.documents.len());
        for (table, parts) in &summary {
            for (part, rows) in parts {
                let path = tmp.path().join(table).join(part).join("part-0.parquet");
                let back = files::read_parquet(&path).expect("read back");
                assert_eq!(back.rows.len(), *rows, "{}", path.display());
            }
        }
        // Rewriting replaces, never adds.
        write_partitions(tmp.path(), &ds).expect("rewrite");
        let n = fs::read_dir(tmp.path().join("events"))
            .expect("dir")
            .count();
        assert_eq!(n, summary["events"].len());
    }
}

//! The dataset: records, the Arrow schema of each table, the Parquet and
//! JSON Lines writers, the manifest, and the atomic write of a directory.
//!
//! A compile ends with a [`Dataset`]: six tables of records
//! ([`EventRecord`], [`MentionRecord`], [`DocumentRecord`], [`ActorRecord`],
//! [`PlaceRecord`], [`LineageRecord`]) plus the inputs read and the inputs
//! skipped. [`write()`]
//! stores it as a directory:
//!
//! ```text
//! DIR/events.parquet     DIR/events.jsonl      one row per real-world event
//! DIR/mentions.parquet   DIR/mentions.jsonl    one row per extraction
//! DIR/documents.parquet  DIR/documents.jsonl   one row per article
//! DIR/actors.parquet     DIR/actors.jsonl      the actors events name
//! DIR/places.parquet     DIR/places.jsonl      the places events name
//! DIR/lineage.parquet    DIR/lineage.jsonl     merges, splits, renames (1.1.0)
//! DIR/manifest.json                            versions, inputs, hashes, counts
//! ```
//!
//! How the pieces fit:
//! - [`schema`] builds each table's Arrow schema and embeds `schema/`'s JSON
//!   Schemas; a test keeps the two in step.
//! - [`arrow`] turns rows (the records serialized by serde as JSON values)
//!   into Arrow columns and back; [`files`] encodes them as Parquet (zstd,
//!   `diplo.schema_version` in the key-value metadata) and JSON Lines. Both
//!   files of a table come from the same JSON values, so they agree.
//! - [`manifest`] describes the directory; it holds no wall-clock time.
//! - [`lineage`] links the events of the previous release to the new ones.
//! - [`validate`] checks a directory; [`diff`] compares two.
//!
//! Readers accept a dataset of an older minor schema version of the same
//! major (see `schema/CHANGELOG.md`): a table it predates reads as empty,
//! a column it predates (the mentions' trigger before 1.2.0, the events'
//! and mentions' `forum` before 1.3.0) as null.
//!
//! The write is deterministic (rows sorted by their id, fixed key order, no
//! timestamps: the same `Dataset` gives byte-identical files) and atomic
//! (a sibling temporary directory replaces `DIR` only once complete; on any
//! error `DIR` is left as it was).
//!
//! ```no_run
//! use diplo::dataset::{read_dir, write, Dataset};
//! let ds = Dataset::default();
//! let manifest = write("out/seeds".as_ref(), &ds)?;
//! assert_eq!(manifest.counts["events"], 0);
//! assert_eq!(read_dir("out/seeds".as_ref())?, ds);
//! # Ok::<(), diplo::dataset::DatasetError>(())
//! ```

pub mod arrow;
pub mod diff;
pub mod files;
pub mod jsonschema;
pub mod lineage;
pub mod manifest;
pub mod partition;
pub mod records;
pub mod release;
pub mod schema;
#[doc(hidden)]
pub mod testdata;
pub mod validate;

pub use manifest::Manifest;
pub use records::*;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use manifest::{FileEntry, Generator, TableFiles, MANIFEST_FILE};
use schema::Table;

#[derive(Debug, thiserror::Error)]
pub enum DatasetError {
    #[error("cannot write {path}: {message}")]
    Write { path: String, message: String },
    #[error("cannot read {path}: {message}")]
    Read { path: String, message: String },
    /// A record that cannot be stored, or a stored row that cannot be read
    /// back as a record.
    #[error("invalid row in table {table}: {message}")]
    Row { table: String, message: String },
}

fn write_err(path: &Path, e: impl std::fmt::Display) -> DatasetError {
    DatasetError::Write {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

fn read_err(path: &Path, e: impl std::fmt::Display) -> DatasetError {
    DatasetError::Read {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

/// The files of one encoded table.
struct Encoded {
    name: &'static str,
    rows: usize,
    parquet: Vec<u8>,
    jsonl: Vec<u8>,
}

/// Serializes records as rows, sorted by `order` (by the table's id).
fn encode<T: Table>(
    records: &[T],
    order: impl Fn(&T, &T) -> std::cmp::Ordering,
    dataset_version: Option<&str>,
) -> Result<Encoded, DatasetError> {
    let mut sorted: Vec<&T> = records.iter().collect();
    sorted.sort_by(|a, b| order(a, b));
    let mut rows = sorted
        .iter()
        .map(serde_json::to_value)
        .collect::<Result<Vec<Value>, _>>()
        .map_err(|e| DatasetError::Row {
            table: T::NAME.into(),
            message: e.to_string(),
        })?;
    arrow::truncate_instants(&T::schema(), &mut rows);
    let batch = arrow::batch_from_rows(T::schema(), &rows).map_err(|e| DatasetError::Row {
        table: T::NAME.into(),
        message: e.to_string(),
    })?;
    Ok(Encoded {
        name: T::NAME,
        rows: rows.len(),
        parquet: files::parquet_bytes(&batch, dataset_version, T::NAME)?,
        jsonl: files::jsonl_bytes(&rows),
    })
}

/// Files to write: (file name, bytes) in write order.
type FileList = Vec<(String, Vec<u8>)>;

/// Encodes every table and the manifest.
fn encode_all(ds: &Dataset) -> Result<(Manifest, FileList), DatasetError> {
    let v = ds.dataset_version.as_deref();
    // The two big tables are encoded in parallel with the rest.
    let (events, (mentions, rest)) = rayon::join(
        || encode(&ds.events, |a, b| a.event_id.cmp(&b.event_id), v),
        || {
            rayon::join(
                || encode(&ds.mentions, |a, b| a.mention_id.cmp(&b.mention_id), v),
                || {
                    Ok::<_, DatasetError>([
                        encode(&ds.documents, |a, b| a.doc_id.cmp(&b.doc_id), v)?,
                        encode(&ds.actors, |a, b| a.actor_id.cmp(&b.actor_id), v)?,
                        encode(&ds.places, |a, b| a.place_id.cmp(&b.place_id), v)?,
                        encode(&ds.lineage, lineage::order, v)?,
                    ])
                },
            )
        },
    );
    let [documents, actors, places, lineage_rows] = rest?;
    let tables = [events?, mentions?, documents, actors, places, lineage_rows];
    let mut out = Vec::new();
    let mut manifest = Manifest {
        schema_version: SCHEMA_VERSION.to_string(),
        dataset_version: ds.dataset_version.clone(),
        generator: Generator::this(),
        inputs: ds.inputs.clone(),
        tables: Default::default(),
        skipped: ds.skipped.clone(),
        counts: Default::default(),
    };
    for t in tables {
        let (pq, jl) = (format!("{}.parquet", t.name), format!("{}.jsonl", t.name));
        manifest.tables.insert(
            t.name.to_string(),
            TableFiles {
                parquet: FileEntry::of(pq.clone(), t.rows, &t.parquet),
                jsonl: FileEntry::of(jl.clone(), t.rows, &t.jsonl),
            },
        );
        manifest.counts.insert(t.name.to_string(), t.rows as u64);
        out.push((pq, t.parquet));
        out.push((jl, t.jsonl));
    }
    manifest
        .counts
        .insert("inputs".into(), ds.inputs.len() as u64);
    manifest
        .counts
        .insert("skipped".into(), ds.skipped.len() as u64);
    out.push((MANIFEST_FILE.to_string(), manifest.to_bytes()));
    Ok((manifest, out))
}

/// Writes the dataset into `dir` atomically: everything goes to a sibling
/// temporary directory first, which then replaces `dir`.
///
/// `dir` may not exist yet (its parents are created). If it exists it must
/// be a dataset directory (holding `manifest.json`) or empty: diplo never
/// replaces a directory it did not write.
pub fn write(dir: &Path, ds: &Dataset) -> Result<Manifest, DatasetError> {
    write_with_hook(dir, ds, &mut |_| Ok(()))
}

/// [`write()`], calling `hook` after each file is stored in the temporary
/// directory (tests use it to fail on purpose).
pub(crate) fn write_with_hook(
    dir: &Path,
    ds: &Dataset,
    hook: &mut dyn FnMut(&str) -> Result<(), DatasetError>,
) -> Result<Manifest, DatasetError> {
    // Everything that can fail on the data fails here, before any disk write.
    let (manifest, encoded) = encode_all(ds)?;

    let name = dir
        .file_name()
        .ok_or_else(|| write_err(dir, "expected a directory name, found none"))?
        .to_string_lossy()
        .into_owned();
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    check_replaceable(dir)?;
    fs::create_dir_all(&parent).map_err(|e| write_err(&parent, e))?;

    let pid = std::process::id();
    let tmp = parent.join(format!(".{name}.tmp-{pid}"));
    if tmp.exists() {
        fs::remove_dir_all(&tmp).map_err(|e| write_err(&tmp, e))?;
    }
    fs::create_dir(&tmp).map_err(|e| write_err(&tmp, e))?;
    let result = fill(&tmp, &encoded, hook).and_then(|()| swap(&tmp, dir, &parent, &name, pid));
    if result.is_err() {
        let _ = fs::remove_dir_all(&tmp);
    }
    result.map(|()| manifest)
}

/// `dir` may be replaced: it does not exist, is empty, or is a dataset.
fn check_replaceable(dir: &Path) -> Result<(), DatasetError> {
    match fs::symlink_metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(write_err(dir, e)),
        Ok(m) if !m.is_dir() => Err(write_err(
            dir,
            "expected a directory, found a file or a symlink",
        )),
        Ok(_) => {
            let empty = fs::read_dir(dir)
                .map_err(|e| write_err(dir, e))?
                .next()
                .is_none();
            if empty || dir.join(MANIFEST_FILE).is_file() {
                Ok(())
            } else {
                Err(write_err(
                    dir,
                    "expected an empty or dataset directory (with manifest.json), found other files; not replacing it",
                ))
            }
        }
    }
}

/// Writes and syncs every file into `tmp`.
fn fill(
    tmp: &Path,
    encoded: &[(String, Vec<u8>)],
    hook: &mut dyn FnMut(&str) -> Result<(), DatasetError>,
) -> Result<(), DatasetError> {
    for (file, bytes) in encoded {
        let path = tmp.join(file);
        let mut f = fs::File::create(&path).map_err(|e| write_err(&path, e))?;
        f.write_all(bytes).map_err(|e| write_err(&path, e))?;
        f.sync_all().map_err(|e| write_err(&path, e))?;
        hook(file)?;
    }
    sync_dir(tmp)
}

fn sync_dir(dir: &Path) -> Result<(), DatasetError> {
    fs::File::open(dir)
        .and_then(|f| f.sync_all())
        .map_err(|e| write_err(dir, e))
}

/// Puts `tmp` in the place of `dir`: old aside, new in, old removed.
fn swap(tmp: &Path, dir: &Path, parent: &Path, name: &str, pid: u32) -> Result<(), DatasetError> {
    if fs::symlink_metadata(dir).is_ok() {
        let old = parent.join(format!(".{name}.old-{pid}"));
        if old.exists() {
            fs::remove_dir_all(&old).map_err(|e| write_err(&old, e))?;
        }
        fs::rename(dir, &old).map_err(|e| write_err(dir, e))?;
        if let Err(e) = fs::rename(tmp, dir) {
            // Put the old dataset back; report the first failure.
            let _ = fs::rename(&old, dir);
            return Err(write_err(dir, e));
        }
        // The new dataset is in place: removing the old one is best effort
        // (on failure a hidden `.NAME.old-PID` sibling is left behind).
        let _ = fs::remove_dir_all(&old);
    } else {
        fs::rename(tmp, dir).map_err(|e| write_err(dir, e))?;
    }
    sync_dir(parent)
}

/// Reads the rows of `DIR/NAME.jsonl` as records.
fn read_jsonl_table<T: Table>(dir: &Path) -> Result<Vec<T>, DatasetError> {
    let path = dir.join(format!("{}.jsonl", T::NAME));
    let text = fs::read_to_string(&path).map_err(|e| read_err(&path, e))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let rec = serde_json::from_str(line).map_err(|e| DatasetError::Row {
            table: T::NAME.into(),
            message: format!("{} ({}:{})", e, path.display(), i + 1),
        })?;
        out.push(rec);
    }
    Ok(out)
}

/// Reads the rows of `DIR/NAME.parquet` as records.
fn read_parquet_table<T: Table>(dir: &Path) -> Result<Vec<T>, DatasetError> {
    let path = dir.join(format!("{}.parquet", T::NAME));
    let table = files::read_parquet(&path)?;
    table
        .rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            serde_json::from_value(row).map_err(|e| DatasetError::Row {
                table: T::NAME.into(),
                message: format!("{} ({}, row {})", e, path.display(), i + 1),
            })
        })
        .collect()
}

/// Reads the manifest of a dataset directory. Its schema version must be
/// of this build's major version (an older minor version is fine).
pub fn read_manifest(dir: &Path) -> Result<Manifest, DatasetError> {
    let path = dir.join(MANIFEST_FILE);
    let text = fs::read_to_string(&path).map_err(|e| read_err(&path, e))?;
    let m: Manifest = serde_json::from_str(&text).map_err(|e| read_err(&path, e))?;
    let major = |v: &str| schema::major_minor(v).map(|(major, _)| major);
    if major(&m.schema_version).is_none() || major(&m.schema_version) != major(SCHEMA_VERSION) {
        return Err(read_err(
            &path,
            format!(
                "expected a schema version of major {} (this diplo writes {SCHEMA_VERSION}), found {:?}",
                SCHEMA_VERSION.split('.').next().unwrap_or(SCHEMA_VERSION),
                m.schema_version
            ),
        ));
    }
    Ok(m)
}

/// Reads a table the dataset's schema version has, or none for one it
/// predates (e.g. `lineage` in a 1.0.0 dataset).
fn read_optional<T: Table>(
    m: &Manifest,
    read: impl Fn() -> Result<Vec<T>, DatasetError>,
) -> Result<Vec<T>, DatasetError> {
    if schema::has_table(&m.schema_version, T::NAME) || m.tables.contains_key(T::NAME) {
        read()
    } else {
        Ok(Vec::new())
    }
}

/// Reads a dataset directory from its JSONL files and manifest (the two
/// big tables in parallel with the rest).
pub fn read_dir(dir: &Path) -> Result<Dataset, DatasetError> {
    let m = read_manifest(dir)?;
    let (events, (mentions, documents)) = rayon::join(
        || read_jsonl_table(dir),
        || rayon::join(|| read_jsonl_table(dir), || read_jsonl_table(dir)),
    );
    Ok(Dataset {
        dataset_version: m.dataset_version.clone(),
        events: events?,
        mentions: mentions?,
        documents: documents?,
        actors: read_jsonl_table(dir)?,
        places: read_jsonl_table(dir)?,
        lineage: read_optional(&m, || read_jsonl_table(dir))?,
        inputs: m.inputs,
        skipped: m.skipped,
    })
}

/// Reads a dataset directory from its Parquet files and manifest.
pub fn read_parquet_dir(dir: &Path) -> Result<Dataset, DatasetError> {
    let m = read_manifest(dir)?;
    Ok(Dataset {
        dataset_version: m.dataset_version.clone(),
        events: read_parquet_table(dir)?,
        mentions: read_parquet_table(dir)?,
        documents: read_parquet_table(dir)?,
        actors: read_parquet_table(dir)?,
        places: read_parquet_table(dir)?,
        lineage: read_optional(&m, || read_parquet_table(dir))?,
        inputs: m.inputs,
        skipped: m.skipped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (
                    e.file_name().to_string_lossy().into_owned(),
                    fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        v.sort();
        v
    }

    #[test]
    fn write_then_read_both_formats_gives_the_records() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ds");
        let ds = testdata::sample();
        let m = write(&dir, &ds).unwrap();
        assert_eq!(m.counts["events"], 2);
        assert_eq!(m.counts["skipped"], 1);
        assert_eq!(read_dir(&dir).unwrap(), ds);
        assert_eq!(read_parquet_dir(&dir).unwrap(), ds);
        assert_eq!(read_manifest(&dir).unwrap(), m);
        // Nothing left beside it.
        let names: Vec<_> = fs::read_dir(tmp.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    /// The forum of a club's meeting (schema 1.3.0) is written to both
    /// files of `events` and `mentions`, read back from each, and valid.
    #[test]
    fn the_forum_column_is_written_read_back_and_valid() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ds");
        let mut ds = testdata::sample();
        // the call becomes a meeting of a club's finance ministers
        ds.events[1].event_type = "meeting".into();
        ds.events[1].forum = Some("finance".into());
        ds.mentions[2].event_type = "meeting".into();
        ds.mentions[2].forum = Some("finance".into());
        write(&dir, &ds).unwrap();
        assert_eq!(read_parquet_dir(&dir).unwrap(), ds);
        assert_eq!(read_dir(&dir).unwrap(), ds);
        let line = fs::read_to_string(dir.join("events.jsonl")).unwrap();
        assert!(line
            .lines()
            .nth(1)
            .unwrap()
            .ends_with(r#""derived":true,"forum":"finance"}"#));
        assert!(line.lines().next().unwrap().ends_with(r#""forum":null}"#));
        let t = files::read_parquet(&dir.join("mentions.parquet")).unwrap();
        let f = t.schema.field_with_name("forum").unwrap();
        assert!(f.is_nullable());
        let r = validate::validate_dir(&dir).unwrap();
        assert!(r.is_valid(), "{:?}", r.problems);
    }

    /// Property: for random datasets (every column type, nulls, empty lists,
    /// odd strings, extreme numbers and dates), Parquet and JSONL both read
    /// back as the records written.
    #[test]
    fn random_datasets_round_trip_through_parquet_and_jsonl() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ds");
        for seed in 0..64 {
            let ds = testdata::random(seed);
            write(&dir, &ds).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
            assert_eq!(read_parquet_dir(&dir).unwrap(), ds, "seed {seed}: parquet");
            assert_eq!(read_dir(&dir).unwrap(), ds, "seed {seed}: jsonl");
        }
    }

    #[test]
    fn rows_are_sorted_by_id() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ds");
        let mut ds = testdata::sample();
        ds.events.reverse();
        ds.mentions.reverse();
        write(&dir, &ds).unwrap();
        let back = read_parquet_dir(&dir).unwrap();
        let ids: Vec<_> = back.events.iter().map(|e| e.event_id.as_str()).collect();
        assert_eq!(ids, ["ev-0001", "ev-0002"]);
        assert_eq!(back.mentions[0].mention_id, "m-0001");
    }

    #[test]
    fn same_dataset_gives_byte_identical_files() {
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        let ds = testdata::sample();
        write(&a, &ds).unwrap();
        write(&b, &ds).unwrap();
        let (fa, fb) = (files_of(&a), files_of(&b));
        assert_eq!(fa.len(), 13);
        assert_eq!(fa, fb);
        // Rewriting in place gives the same bytes too.
        write(&a, &ds).unwrap();
        assert_eq!(files_of(&a), fb);
    }

    #[test]
    fn failed_write_leaves_the_old_dataset_intact() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ds");
        let old = testdata::sample();
        write(&dir, &old).unwrap();
        let before = files_of(&dir);

        let mut new = testdata::sample();
        new.events.pop();
        let err = write_with_hook(&dir, &new, &mut |f| {
            if f == "places.parquet" {
                Err(write_err(Path::new(f), "injected failure"))
            } else {
                Ok(())
            }
        })
        .unwrap_err();
        assert!(err.to_string().contains("injected failure"), "{err}");
        assert_eq!(files_of(&dir), before);
        assert_eq!(
            fs::read_dir(tmp.path()).unwrap().count(),
            1,
            "temp dir removed"
        );
    }

    #[test]
    fn invalid_record_fails_before_touching_disk() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ds");
        write(&dir, &testdata::sample()).unwrap();
        let before = files_of(&dir);
        let mut bad = testdata::sample();
        bad.events[0].confidence = f64::NAN; // serializes as null: not allowed
        let err = write(&dir, &bad).unwrap_err().to_string();
        assert!(
            err.contains("events") && err.contains("confidence"),
            "{err}"
        );
        assert_eq!(files_of(&dir), before);
    }

    #[test]
    fn refuses_to_replace_a_directory_that_is_not_a_dataset() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("notes.txt"), "mine").unwrap();
        let err = write(tmp.path(), &testdata::sample()).unwrap_err();
        assert!(err.to_string().contains("not replacing"), "{err}");
        assert!(tmp.path().join("notes.txt").exists());
    }

    #[test]
    fn parquet_carries_the_versions() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ds");
        write(&dir, &testdata::sample()).unwrap();
        for t in schema::TABLES {
            let pq = files::read_parquet(&dir.join(format!("{t}.parquet"))).unwrap();
            assert_eq!(pq.meta(schema::META_SCHEMA_VERSION), Some(SCHEMA_VERSION));
            assert_eq!(pq.meta(schema::META_DATASET_VERSION), Some("2026.11.0"));
            assert_eq!(pq.schema, schema::arrow_schema(t).unwrap(), "{t}");
        }
    }

    #[test]
    fn jsonl_lines_use_plain_dates_and_utc_instants() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ds");
        write(&dir, &testdata::sample()).unwrap();
        let docs = fs::read_to_string(dir.join("documents.jsonl")).unwrap();
        let line = docs.lines().nth(1).unwrap();
        assert!(line.starts_with(r#"{"doc_id":"doc-b","source":"#), "{line}");
        assert!(line.contains(r#""published":"2016-03-25","#), "{line}");
        assert!(
            line.contains(r#""published_time":"2016-03-25T09:30:00.123456Z""#),
            "{line}"
        );
        assert!(docs
            .lines()
            .next()
            .unwrap()
            .contains(r#""published_time":null"#));
        assert!(!docs.contains(" \n") && docs.ends_with("}\n"));
    }
}

//! `diplo validate`: checks a dataset directory against its schema and its
//! manifest, and names every problem found (file, row or line, column).
//!
//! The checks, in order:
//! 1. `manifest.json` parses, and its schema version is one this build
//!    reads: the same major version, a minor version no newer (a 1.0.0
//!    dataset has no `lineage` table, and is checked without it; a 1.1.0
//!    dataset's mentions have no trigger columns, and are checked without
//!    them).
//! 2. Per table: each file exists and has the BLAKE3 hash and row count the
//!    manifest gives; every JSONL line is a JSON object valid under
//!    `schema/NAME.schema.json` (see [`super::jsonschema`]); the Parquet
//!    file's Arrow schema is the declared one and its key-value metadata
//!    carries `diplo.schema_version`; the JSONL and the Parquet hold the same
//!    rows, column by column.
//! 3. Ids are unique (`event_id`, `mention_id`, `doc_id`, `actor_id`,
//!    `place_id`), and references resolve: a mention's `event_id` and
//!    `doc_id`, an event's `participants[].actor_id`, `place_id` and
//!    `sources[].doc_id`, a venue's `city_id`.
//! 4. Rows are consistent: `start_date <= end_date`, character spans in
//!    order and inside their document (`char_count`), an event's
//!    `source_count` the number of distinct documents among its sources.
//!    A mention's trigger (schema 1.2.0) is all null or all set, its span
//!    non-empty and inside the sentence's, its text the sentence's words
//!    there.
//!    An event's `forum` (schema 1.3.0) is one of its mentions' forums, and
//!    null only when none of them has one; a forum is a code of the
//!    schema's pattern (step 2).
//!    A lineage row's `event_id` is an event of this dataset, and each
//!    (`previous_event_id`, `event_id`) pair appears once.
//!
//! ```no_run
//! let report = diplo::dataset::validate::validate_dir("data/seeds".as_ref())?;
//! for p in &report.problems {
//!     eprintln!("{p}"); // e.g. events.jsonl:3: column participants[0].role: expected one of ...
//! }
//! # Ok::<(), diplo::dataset::DatasetError>(())
//! ```

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::path::Path;

use serde_json::Value;

use std::sync::Arc;

use arrow_array::RecordBatch;

use super::arrow::{batch_from_row_refs, rows_from_batch};
use super::files::{parse_jsonl, read_parquet_batches, ParquetBatches};
use super::jsonschema;
use super::manifest::{Manifest, MANIFEST_FILE};
use super::records::SCHEMA_VERSION;
use super::schema::{
    arrow_schema_of, has_table, json_schema_of, readable, META_SCHEMA_VERSION, TABLES,
};
use super::DatasetError;

/// At most this many problems are listed per file; the rest are counted.
pub const MAX_PROBLEMS_PER_FILE: usize = 50;

/// One thing wrong with a dataset directory.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The file, relative to the dataset directory (`events.jsonl`).
    pub file: String,
    /// The 1-based line (JSONL) or row (Parquet), when the problem has one.
    pub row: Option<usize>,
    /// The column path (`participants[0].role`), when the problem has one.
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(r) = self.row {
            let what = if self.file.ends_with(".parquet") {
                ", row "
            } else {
                ":"
            };
            write!(f, "{what}{r}")?;
        }
        write!(f, ": ")?;
        if let Some(c) = &self.column {
            write!(f, "column {c}: ")?;
        }
        write!(f, "{}", self.message)
    }
}

/// What validation found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Problems, in check order; at most [`MAX_PROBLEMS_PER_FILE`] per file
    /// (see `omitted`).
    pub problems: Vec<Problem>,
    /// Problems found but not listed, per file.
    pub omitted: BTreeMap<String, usize>,
    /// Rows read per table (from the JSONL, else the Parquet).
    pub rows: BTreeMap<String, usize>,
}

impl Report {
    /// True when no problem was found.
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty() && self.omitted.is_empty()
    }

    /// All problems, listed or not.
    pub fn problem_count(&self) -> usize {
        self.problems.len() + self.omitted.values().sum::<usize>()
    }

    fn push(&mut self, file: &str, row: Option<usize>, column: Option<&str>, message: String) {
        let listed = self.problems.iter().filter(|p| p.file == file).count();
        if listed >= MAX_PROBLEMS_PER_FILE {
            *self.omitted.entry(file.to_string()).or_default() += 1;
            return;
        }
        self.problems.push(Problem {
            file: file.to_string(),
            row,
            column: column.map(str::to_string),
            message,
        });
    }
}

/// The rows of one table as read, with where they came from.
struct Rows {
    file: String,
    rows: Vec<(usize, Value)>,
}

/// Validates the dataset directory `dir`. An `Err` means the directory
/// cannot be read at all; everything else is a [`Problem`] in the report.
pub fn validate_dir(dir: &Path) -> Result<Report, DatasetError> {
    let meta = std::fs::metadata(dir).map_err(|e| DatasetError::Read {
        path: dir.display().to_string(),
        message: e.to_string(),
    })?;
    if !meta.is_dir() {
        return Err(DatasetError::Read {
            path: dir.display().to_string(),
            message: "expected a dataset directory, found a file".into(),
        });
    }
    let mut report = Report::default();
    let manifest = check_manifest(dir, &mut report);
    // A table newer than the dataset's schema version is not expected.
    let expected: Vec<&str> = TABLES
        .into_iter()
        .filter(|name| {
            manifest
                .as_ref()
                .is_none_or(|m| has_table(&m.schema_version, name) || m.tables.contains_key(*name))
        })
        .collect();
    let mut tables: HashMap<&str, Rows> = HashMap::new();
    for name in expected {
        if let Some(rows) = check_table(dir, name, manifest.as_ref(), &mut report) {
            report.rows.insert(name.to_string(), rows.rows.len());
            tables.insert(name, rows);
        }
    }
    check_ids_and_references(&tables, &mut report);
    check_consistency(&tables, &mut report);
    Ok(report)
}

fn check_manifest(dir: &Path, report: &mut Report) -> Option<Manifest> {
    let text = match std::fs::read_to_string(dir.join(MANIFEST_FILE)) {
        Ok(t) => t,
        Err(e) => {
            report.push(MANIFEST_FILE, None, None, format!("cannot read: {e}"));
            return None;
        }
    };
    let m: Manifest = match serde_json::from_str(&text) {
        Ok(m) => m,
        Err(e) => {
            report.push(
                MANIFEST_FILE,
                None,
                None,
                format!("not a diplo manifest: {e}"),
            );
            return None;
        }
    };
    if !readable(&m.schema_version) {
        report.push(
            MANIFEST_FILE,
            None,
            Some("schema_version"),
            format!(
                "expected a schema version this diplo reads ({SCHEMA_VERSION} or an older minor version of the same major), found {:?}",
                m.schema_version
            ),
        );
    }
    for (key, n) in [("inputs", m.inputs.len()), ("skipped", m.skipped.len())] {
        if m.counts.get(key).is_some_and(|c| *c != n as u64) {
            report.push(
                MANIFEST_FILE,
                None,
                Some(&format!("counts.{key}")),
                format!(
                    "expected {n} (the length of {key}), found {}",
                    m.counts[key]
                ),
            );
        }
    }
    Some(m)
}

/// Checks a file's hash and row count against the manifest entry.
fn check_entry(
    report: &mut Report,
    manifest: Option<&Manifest>,
    table: &str,
    file: &str,
    bytes: &[u8],
    rows: usize,
) {
    let Some(m) = manifest else { return };
    let Some(t) = m.tables.get(table) else {
        report.push(
            MANIFEST_FILE,
            None,
            Some(&format!("tables.{table}")),
            "missing".into(),
        );
        return;
    };
    let entry = if file.ends_with(".parquet") {
        &t.parquet
    } else {
        &t.jsonl
    };
    let hash = blake3::hash(bytes).to_hex().to_string();
    if entry.blake3 != hash {
        report.push(
            file,
            None,
            None,
            format!(
                "BLAKE3 hash is {hash}, but the manifest says {} (file changed after writing?)",
                entry.blake3
            ),
        );
    }
    if entry.rows != rows as u64 {
        report.push(
            file,
            None,
            None,
            format!("holds {rows} rows, but the manifest says {}", entry.rows),
        );
    }
    if entry.file != file {
        report.push(
            MANIFEST_FILE,
            None,
            Some(&format!("tables.{table}")),
            format!("expected file {file}, found {}", entry.file),
        );
    }
    if m.counts.get(table).is_some_and(|c| *c != rows as u64) {
        report.push(
            MANIFEST_FILE,
            None,
            Some(&format!("counts.{table}")),
            format!(
                "expected {rows} (rows in {file}), found {}",
                m.counts[table]
            ),
        );
    }
}

fn check_table(
    dir: &Path,
    name: &str,
    manifest: Option<&Manifest>,
    report: &mut Report,
) -> Option<Rows> {
    let jfile = format!("{name}.jsonl");
    let pfile = format!("{name}.parquet");
    // The columns of the dataset's own schema version: an older minor
    // version lacks the columns added since.
    let version = manifest.map_or(SCHEMA_VERSION, |m| m.schema_version.as_str());
    let schema: Option<Value> = json_schema_of(name, version);

    // JSONL: hash, count, one valid object a line.
    let mut jsonl: Option<Vec<(usize, Value)>> = None;
    match std::fs::read(dir.join(&jfile)) {
        Err(e) => report.push(&jfile, None, None, format!("cannot read: {e}")),
        Ok(bytes) => match String::from_utf8(bytes.clone()) {
            Err(e) => report.push(&jfile, None, None, format!("not UTF-8: {e}")),
            Ok(text) => {
                if !text.is_empty() && !text.ends_with('\n') {
                    report.push(&jfile, None, None, "last line has no final newline".into());
                }
                let (rows, bad) = parse_jsonl(&text);
                for b in bad {
                    report.push(
                        &jfile,
                        Some(b.line),
                        None,
                        format!("not JSON: {}", b.message),
                    );
                }
                check_entry(report, manifest, name, &jfile, &bytes, rows.len());
                if let Some(schema) = &schema {
                    let order: Vec<&str> = schema["properties"]
                        .as_object()
                        .map(|o| o.keys().map(String::as_str).collect())
                        .unwrap_or_default();
                    for (line, row) in &rows {
                        for p in jsonschema::check(schema, row) {
                            let column = (!p.path.is_empty()).then_some(p.path.as_str());
                            report.push(&jfile, Some(*line), column, p.message);
                        }
                        if let Some(obj) = row.as_object() {
                            let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
                            let mut sorted = (keys.clone(), order.clone());
                            sorted.0.sort_unstable();
                            sorted.1.sort_unstable();
                            if keys != order && sorted.0 == sorted.1 {
                                report.push(
                                    &jfile,
                                    Some(*line),
                                    None,
                                    format!(
                                        "fields are not in column order (expected {})",
                                        order.join(", ")
                                    ),
                                );
                            }
                        }
                    }
                }
                jsonl = Some(rows);
            }
        },
    }

    // Parquet: hash, count, schema, metadata.
    let mut parquet: Option<ParquetBatches> = None;
    match std::fs::read(dir.join(&pfile)) {
        Err(e) => report.push(&pfile, None, None, format!("cannot read: {e}")),
        Ok(bytes) => match read_parquet_batches(&dir.join(&pfile)) {
            Err(e) => report.push(&pfile, None, None, e.to_string()),
            Ok(table) => {
                let n: usize = table.batches.iter().map(RecordBatch::num_rows).sum();
                check_entry(report, manifest, name, &pfile, &bytes, n);
                let mut schema_ok = true;
                if let Some(want) = arrow_schema_of(name, version) {
                    let (w, f) = (want.fields(), table.schema.fields());
                    for (i, wf) in w.iter().enumerate() {
                        match f.get(i) {
                            None => {
                                schema_ok = false;
                                report.push(&pfile, None, Some(wf.name()), "missing".into())
                            }
                            Some(ff) if ff != wf => {
                                schema_ok = false;
                                report.push(
                                    &pfile,
                                    None,
                                    Some(wf.name()),
                                    format!(
                                        "expected {} {}{}, found {} {}{}",
                                        wf.name(),
                                        wf.data_type(),
                                        if wf.is_nullable() { " (nullable)" } else { "" },
                                        ff.name(),
                                        ff.data_type(),
                                        if ff.is_nullable() { " (nullable)" } else { "" },
                                    ),
                                )
                            }
                            Some(_) => {}
                        }
                    }
                    for ff in f.iter().skip(w.len()) {
                        schema_ok = false;
                        report.push(&pfile, None, Some(ff.name()), "unexpected column".into());
                    }
                }
                match table.meta(META_SCHEMA_VERSION) {
                    None => report.push(
                        &pfile,
                        None,
                        None,
                        format!("key-value metadata has no {META_SCHEMA_VERSION}"),
                    ),
                    Some(v) => {
                        let want = manifest.map_or(SCHEMA_VERSION, |m| m.schema_version.as_str());
                        if v != want {
                            report.push(
                                &pfile,
                                None,
                                None,
                                format!("{META_SCHEMA_VERSION} is {v}, expected {want}"),
                            );
                        }
                    }
                }
                if schema_ok {
                    parquet = Some(table);
                }
            }
        },
    }

    // The two files agree: batch by batch, the JSONL rows as Arrow columns
    // against the Parquet's; only a batch that differs is compared row by
    // row and column by column, as JSON values, to name the differences.
    if let (Some(j), Some(p)) = (&jsonl, &parquet) {
        let n: usize = p.batches.iter().map(RecordBatch::num_rows).sum();
        if j.len() != n {
            report.push(
                &jfile,
                None,
                None,
                format!("{} rows, but {pfile} has {n}", j.len()),
            );
        }
        let schema = arrow_schema_of(name, version).map(Arc::new);
        let mut offset = 0;
        for batch in &p.batches {
            let start = offset.min(j.len());
            let end = (offset + batch.num_rows()).min(j.len());
            offset += batch.num_rows();
            let mine = &j[start..end];
            let refs: Vec<&Value> = mine.iter().map(|(_, v)| v).collect();
            let equal = schema
                .as_ref()
                .and_then(|s| batch_from_row_refs(s.clone(), &refs).ok())
                .is_some_and(|b| {
                    b.num_rows() == batch.num_rows()
                        && b.columns()
                            .iter()
                            .zip(batch.columns())
                            .all(|(x, y)| x.as_ref() == y.as_ref())
                });
            if equal {
                continue;
            }
            let prows = match rows_from_batch(batch) {
                Ok(r) => r,
                Err(e) => {
                    report.push(&pfile, None, None, e.to_string());
                    continue;
                }
            };
            for ((line, jrow), prow) in mine.iter().zip(&prows) {
                let Some(pobj) = prow.as_object() else {
                    continue;
                };
                for (col, pv) in pobj {
                    let jv = jrow.get(col).unwrap_or(&Value::Null);
                    if !same(jv, pv) {
                        report.push(
                            &jfile,
                            Some(*line),
                            Some(col),
                            format!("differs from {pfile}: jsonl {jv}, parquet {pv}"),
                        );
                    }
                }
            }
        }
    }
    if let Some(rows) = jsonl {
        return Some(Rows { file: jfile, rows });
    }
    // No JSONL: the Parquet's rows stand for the table.
    match parquet.map(|p| p.rows()) {
        None => None,
        Some(Ok(rows)) => Some(Rows {
            file: pfile,
            rows: rows
                .into_iter()
                .enumerate()
                .map(|(i, r)| (i + 1, r))
                .collect(),
        }),
        Some(Err(e)) => {
            report.push(&pfile, None, None, e.to_string());
            None
        }
    }
}

/// Equal values, numbers compared as numbers (5 == 5.0).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            x == y || (x.is_f64() || y.is_f64()) && x.as_f64() == y.as_f64()
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

const KEYS: [(&str, &str); 5] = [
    ("events", "event_id"),
    ("mentions", "mention_id"),
    ("documents", "doc_id"),
    ("actors", "actor_id"),
    ("places", "place_id"),
];

fn check_ids_and_references(tables: &HashMap<&str, Rows>, report: &mut Report) {
    let mut ids: HashMap<&str, HashSet<&str>> = HashMap::new();
    for (table, key) in KEYS {
        let Some(t) = tables.get(table) else { continue };
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (line, row) in &t.rows {
            let Some(id) = row.get(key).and_then(Value::as_str) else {
                continue;
            };
            if let Some(prev) = first.insert(id, *line) {
                report.push(
                    &t.file,
                    Some(*line),
                    Some(key),
                    format!("duplicate id {id:?} (first at {prev})"),
                );
                first.insert(id, prev);
            }
        }
        ids.insert(table, first.into_keys().collect());
    }
    if let Some(t) = tables.get("lineage") {
        let mut first: HashMap<(&str, &str), usize> = HashMap::new();
        for (line, row) in &t.rows {
            let get = |k| row.get(k).and_then(Value::as_str);
            let (Some(prev), Some(id)) = (get("previous_event_id"), get("event_id")) else {
                continue;
            };
            if let Some(at) = first.insert((prev, id), *line) {
                report.push(
                    &t.file,
                    Some(*line),
                    Some("previous_event_id"),
                    format!("duplicate pair {prev:?} -> {id:?} (first at {at})"),
                );
                first.insert((prev, id), at);
            }
        }
    }
    // (from table, column path, to table); `[]` walks a list.
    let refs: [(&str, &str, &str); 7] = [
        ("mentions", "event_id", "events"),
        ("mentions", "doc_id", "documents"),
        ("events", "participants[].actor_id", "actors"),
        ("events", "place_id", "places"),
        ("events", "sources[].doc_id", "documents"),
        ("places", "city_id", "places"),
        ("lineage", "event_id", "events"),
    ];
    for (from, path, to) in refs {
        let (Some(t), Some(targets)) = (tables.get(from), ids.get(to)) else {
            continue;
        };
        for (line, row) in &t.rows {
            for (col, v) in values_at(row, path) {
                if let Some(id) = v.as_str() {
                    if !targets.contains(id) {
                        report.push(
                            &t.file,
                            Some(*line),
                            Some(&col),
                            format!("refers to {id:?}, which is not in {to}"),
                        );
                    }
                }
            }
        }
    }
}

/// Row-level invariants: intervals in order, offsets in order and inside
/// their document, `source_count` the number of distinct source documents.
fn check_consistency(tables: &HashMap<&str, Rows>, report: &mut Report) {
    let str_of = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let int_of = |v: &Value, k: &str| v.get(k).and_then(Value::as_i64);
    let doc_len: HashMap<String, i64> = tables
        .get("documents")
        .map(|t| {
            t.rows
                .iter()
                .filter_map(|(_, r)| Some((str_of(r, "doc_id")?, int_of(r, "char_count")?)))
                .collect()
        })
        .unwrap_or_default();
    // A span [start, end) inside its document; `at` is the column prefix.
    let span = |report: &mut Report, file: &str, line: usize, at: &str, v: &Value| {
        let (Some(s), Some(e)) = (int_of(v, "char_start"), int_of(v, "char_end")) else {
            return;
        };
        let len = str_of(v, "doc_id").and_then(|d| doc_len.get(&d).copied());
        if s < 0 || e < s || len.is_some_and(|n| e > n) {
            let within = len.map(|n| format!(" within 0..{n}")).unwrap_or_default();
            report.push(
                file,
                Some(line),
                Some(&format!("{at}char_start")),
                format!("expected 0 <= char_start <= char_end{within}, found {s}..{e}"),
            );
        }
    };
    let dates = |report: &mut Report, file: &str, line: usize, v: &Value| {
        let date = |k: &str| str_of(v, k).and_then(|d| d.parse::<chrono::NaiveDate>().ok());
        if let (Some(s), Some(e)) = (date("start_date"), date("end_date")) {
            if e < s {
                report.push(
                    file,
                    Some(line),
                    Some("end_date"),
                    format!("expected end_date on or after start_date {s}, found {e}"),
                );
            }
        }
    };
    if let Some(t) = tables.get("events") {
        for (line, row) in &t.rows {
            dates(report, &t.file, *line, row);
            let sources = row.get("sources").and_then(Value::as_array);
            for (i, src) in sources.into_iter().flatten().enumerate() {
                span(report, &t.file, *line, &format!("sources[{i}]."), src);
            }
            let docs: HashSet<&str> = sources
                .into_iter()
                .flatten()
                .filter_map(|s| s.get("doc_id").and_then(Value::as_str))
                .collect();
            if let Some(n) = int_of(row, "source_count") {
                if n != docs.len() as i64 {
                    report.push(
                        &t.file,
                        Some(*line),
                        Some("source_count"),
                        format!(
                            "expected {} (distinct doc_ids in sources), found {n}",
                            docs.len()
                        ),
                    );
                }
            }
        }
    }
    if let Some(t) = tables.get("mentions") {
        for (line, row) in &t.rows {
            dates(report, &t.file, *line, row);
            span(report, &t.file, *line, "", row);
            trigger_span(report, &t.file, *line, row);
        }
    }
    if let (Some(e), Some(m)) = (tables.get("events"), tables.get("mentions")) {
        event_forums(e, m, report);
    }
}

/// An event's `forum` (schema 1.3.0) is chosen from its mentions' forums:
/// when set, one of them; null only when none of its mentions has one.
fn event_forums(events: &Rows, mentions: &Rows, report: &mut Report) {
    let mut of_event: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for (_, row) in &mentions.rows {
        if let (Some(ev), Some(f)) = (
            row.get("event_id").and_then(Value::as_str),
            row.get("forum").and_then(Value::as_str),
        ) {
            of_event.entry(ev).or_default().insert(f);
        }
    }
    for (line, row) in &events.rows {
        let Some(id) = row.get("event_id").and_then(Value::as_str) else {
            continue;
        };
        let forum = row.get("forum").and_then(Value::as_str);
        let theirs = of_event.get(id);
        let ok = match (forum, theirs) {
            (Some(f), Some(set)) => set.contains(f),
            (Some(_), None) => false,
            (None, found) => found.is_none_or(BTreeSet::is_empty),
        };
        if !ok {
            let listed: Vec<&str> = theirs.into_iter().flatten().copied().collect();
            report.push(
                &events.file,
                Some(*line),
                Some("forum"),
                format!(
                    "expected one of its mentions' forums ({}), found {}",
                    if listed.is_empty() {
                        "none: null".to_string()
                    } else {
                        listed.join(", ")
                    },
                    row.get("forum").unwrap_or(&Value::Null)
                ),
            );
        }
    }
}

/// A mention's trigger (schema 1.2.0): both offsets or neither, with its
/// text; a non-empty span inside the sentence's span whose text is that
/// part of the sentence.
fn trigger_span(report: &mut Report, file: &str, line: usize, row: &Value) {
    let int_of = |k: &str| row.get(k).and_then(Value::as_i64);
    let text = row.get("trigger_text").and_then(Value::as_str);
    let (ts, te) = (int_of("trigger_start"), int_of("trigger_end"));
    let (Some(ts), Some(te)) = (ts, te) else {
        if ts.is_some() || te.is_some() || text.is_some() {
            report.push(
                file,
                Some(line),
                Some("trigger_start"),
                format!(
                    "expected trigger_start, trigger_end and trigger_text all null or all set, found {}, {}, {}",
                    row.get("trigger_start").unwrap_or(&Value::Null),
                    row.get("trigger_end").unwrap_or(&Value::Null),
                    row.get("trigger_text").unwrap_or(&Value::Null),
                ),
            );
        }
        return;
    };
    // a sentence span out of order is reported on its own
    let (Some(cs), Some(ce)) = (int_of("char_start"), int_of("char_end")) else {
        return;
    };
    if cs > ce {
        return;
    }
    if !(cs <= ts && ts < te && te <= ce) {
        report.push(
            file,
            Some(line),
            Some("trigger_start"),
            format!(
                "expected char_start <= trigger_start < trigger_end <= char_end (a trigger inside its sentence {cs}..{ce}), found {ts}..{te}"
            ),
        );
        return;
    }
    let sentence = row.get("sentence").and_then(Value::as_str).unwrap_or("");
    let (from, len) = ((ts - cs) as usize, (te - ts) as usize);
    let words: String = sentence.chars().skip(from).take(len).collect();
    if text.is_some_and(|t| t != words) {
        report.push(
            file,
            Some(line),
            Some("trigger_text"),
            format!(
                "expected the sentence's characters {from}..{} ({words:?}), found {:?}",
                from + len,
                text.unwrap_or("")
            ),
        );
    }
}

/// The values at `path` ("a", or "list[].field") with their concrete paths.
fn values_at<'a>(row: &'a Value, path: &str) -> Vec<(String, &'a Value)> {
    match path.split_once("[].") {
        None => row
            .get(path)
            .map(|v| (path.to_string(), v))
            .into_iter()
            .collect(),
        Some((list, field)) => row
            .get(list)
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, it)| {
                        it.get(field).map(|v| (format!("{list}[{i}].{field}"), v))
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{testdata, write};
    use std::fs;

    fn written() -> (tempfile::TempDir, std::path::PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ds");
        write(&dir, &testdata::sample()).unwrap();
        (tmp, dir)
    }

    fn messages(r: &Report) -> Vec<String> {
        r.problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_written_dataset_is_valid() {
        let (_t, dir) = written();
        let r = validate_dir(&dir).unwrap();
        assert!(r.is_valid(), "{:?}", messages(&r));
        assert_eq!(r.rows["events"], 2);
        assert_eq!(r.rows["mentions"], 3);
    }

    #[test]
    fn random_datasets_pass_the_structural_checks() {
        // Random values break enums and references, but never types,
        // hashes or JSONL/Parquet agreement.
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ds");
        for seed in 0..16 {
            write(&dir, &testdata::random(seed)).unwrap();
            let r = validate_dir(&dir).unwrap();
            for p in &r.problems {
                assert!(
                    !p.message.contains("differs") && !p.message.contains("hash"),
                    "seed {seed}: {p}"
                );
            }
        }
    }

    #[test]
    fn edited_jsonl_row_is_named_by_line_and_column() {
        let (_t, dir) = written();
        let path = dir.join("events.jsonl");
        let text = fs::read_to_string(&path).unwrap();
        fs::write(
            &path,
            text.replacen("\"role\":\"host\"", "\"role\":\"hots\"", 1),
        )
        .unwrap();
        let r = validate_dir(&dir).unwrap();
        let m = messages(&r);
        assert!(
            m.iter()
                .any(|p| p
                    .starts_with("events.jsonl:1: column participants[1].role: expected one of")),
            "{m:?}"
        );
        assert!(
            m.iter().any(|p| p
                .starts_with("events.jsonl:1: column participants: differs from events.parquet")),
            "{m:?}"
        );
        assert!(
            m.iter().any(|p| p.starts_with("events.jsonl: BLAKE3 hash")),
            "{m:?}"
        );
    }

    #[test]
    fn duplicate_ids_and_dangling_references_are_reported() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ds");
        let mut ds = testdata::sample();
        ds.places.push(ds.places[0].clone());
        ds.mentions[2].event_id = "ev-9999".into();
        ds.events[0].participants[1].actor_id = Some("nobody".into());
        ds.events[1].sources[0].doc_id = "doc-z".into();
        write(&dir, &ds).unwrap();
        let m = messages(&validate_dir(&dir).unwrap());
        let want = [
            "places.jsonl:2: column place_id: duplicate id \"moscow\" (first at 1)",
            "mentions.jsonl:3: column event_id: refers to \"ev-9999\", which is not in events",
            "events.jsonl:1: column participants[1].actor_id: refers to \"nobody\", which is not in actors",
            "events.jsonl:2: column sources[0].doc_id: refers to \"doc-z\", which is not in documents",
        ];
        for w in want {
            assert!(m.iter().any(|p| p == w), "missing {w:?} in {m:?}");
        }
        assert_eq!(m.len(), 4, "{m:?}");
    }

    #[test]
    fn missing_file_bad_manifest_count_and_foreign_parquet() {
        let (_t, dir) = written();
        fs::remove_file(dir.join("actors.jsonl")).unwrap();
        let mpath = dir.join(MANIFEST_FILE);
        let text = fs::read_to_string(&mpath).unwrap();
        fs::write(&mpath, text.replacen("\"places\": 1", "\"places\": 7", 1)).unwrap();
        // A places.parquet with the schema of another table.
        fs::copy(dir.join("actors.parquet"), dir.join("places.parquet")).unwrap();
        let r = validate_dir(&dir).unwrap();
        let m = messages(&r);
        assert!(
            m.iter().any(|p| p.starts_with("actors.jsonl: cannot read")),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|p| p.starts_with("manifest.json: column counts.places: expected 1")),
            "{m:?}"
        );
        assert!(
            m.iter().any(|p| p.starts_with(
                "places.parquet: column place_id: expected place_id Utf8, found actor_id"
            )),
            "{m:?}"
        );
        // The actors' ids still come from the Parquet: no dangling references.
        assert!(!m.iter().any(|p| p.contains("not in actors")), "{m:?}");
    }

    #[test]
    fn reordered_jsonl_fields_are_reported() {
        let (_t, dir) = written();
        let path = dir.join("places.jsonl");
        let text = fs::read_to_string(&path).unwrap();
        let mut row: serde_json::Map<String, Value> =
            serde_json::from_str(text.lines().next().unwrap()).unwrap();
        let name = row.shift_remove("name").unwrap();
        row.insert("name".into(), name);
        fs::write(&path, format!("{}\n", Value::Object(row))).unwrap();
        let m = messages(&validate_dir(&dir).unwrap());
        assert!(
            m.iter()
                .any(|p| p.starts_with("places.jsonl:1: fields are not in column order")),
            "{m:?}"
        );
        // Same values: no column differs from the Parquet.
        assert!(!m.iter().any(|p| p.contains("differs")), "{m:?}");
    }

    #[test]
    fn garbage_files_are_problems_not_panics() {
        let (_t, dir) = written();
        fs::write(dir.join("events.parquet"), b"PAR1 not really").unwrap();
        fs::write(dir.join("events.jsonl"), b"{\"event_id\": 1}\n\nnull\n[\n").unwrap();
        fs::write(dir.join("mentions.jsonl"), [0xff, 0xfe, b'\n']).unwrap();
        fs::write(dir.join(MANIFEST_FILE), b"{}").unwrap();
        let r = validate_dir(&dir).unwrap();
        let m = messages(&r);
        assert!(
            m.iter()
                .any(|p| p.starts_with("events.parquet: cannot read")),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|p| p.starts_with("events.jsonl:1: column event_id: expected string")),
            "{m:?}"
        );
        assert!(
            m.iter().any(|p| p.starts_with("events.jsonl:2: not JSON")),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|p| p.starts_with("events.jsonl:3: expected object, found null")),
            "{m:?}"
        );
        assert!(
            m.iter().any(|p| p.starts_with("mentions.jsonl: not UTF-8")),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|p| p.starts_with("manifest.json: not a diplo manifest")),
            "{m:?}"
        );
    }

    #[test]
    fn inconsistent_rows_are_reported() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ds");
        let mut ds = testdata::sample();
        ds.events[0].source_count = 3;
        ds.events[0].end_date = chrono::NaiveDate::from_ymd_opt(2016, 3, 1);
        ds.events[1].sources[0].char_end = 99_999;
        ds.mentions[0].char_start = 40;
        write(&dir, &ds).unwrap();
        let m = messages(&validate_dir(&dir).unwrap());
        let want = [
            "events.jsonl:1: column end_date: expected end_date on or after start_date 2016-03-23, found 2016-03-01",
            "events.jsonl:1: column source_count: expected 2 (distinct doc_ids in sources), found 3",
            "events.jsonl:2: column sources[0].char_start: expected 0 <= char_start <= char_end within 0..1234, found 50..99999",
            "mentions.jsonl:1: column char_start: expected 0 <= char_start <= char_end within 0..1234, found 40..33",
        ];
        for w in want {
            assert!(m.iter().any(|p| p == w), "missing {w:?} in {m:?}");
        }
        assert_eq!(m.len(), 4, "{m:?}");
    }

    #[test]
    fn a_trigger_outside_its_sentence_or_not_its_words_is_reported() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ds");
        let mut ds = testdata::sample();
        // m-0001 is "Kerry will visit Moscow" at 10..33, its trigger 21..26
        assert_eq!(ds.mentions[0].trigger_start, Some(21));
        assert_eq!(ds.mentions[0].trigger_text.as_deref(), Some("visit"));
        ds.mentions[0].trigger_start = Some(5);
        ds.mentions[1].trigger_text = Some("meet".into());
        ds.mentions[2].trigger_end = None;
        write(&dir, &ds).unwrap();
        let m = messages(&validate_dir(&dir).unwrap());
        let want = [
            "mentions.jsonl:1: column trigger_start: expected char_start <= trigger_start < trigger_end <= char_end (a trigger inside its sentence 10..33), found 5..26",
            "mentions.jsonl:2: column trigger_text: expected the sentence's characters 6..9 (\"met\"), found \"meet\"",
            "mentions.jsonl:3: column trigger_start: expected trigger_start, trigger_end and trigger_text all null or all set, found 52, null, \"call\"",
        ];
        for w in want {
            assert!(m.iter().any(|p| p == w), "missing {w:?} in {m:?}");
        }
        assert_eq!(m.len(), 3, "{m:?}");
        // an empty span, and one past the sentence's end
        let mut ds = testdata::sample();
        ds.mentions[0].trigger_end = ds.mentions[0].trigger_start;
        ds.mentions[1].trigger_end = Some(ds.mentions[1].char_end + 1);
        write(&dir, &ds).unwrap();
        let m = messages(&validate_dir(&dir).unwrap());
        assert_eq!(m.len(), 2, "{m:?}");
        assert!(
            m.iter().all(|p| p.contains(
                "column trigger_start: expected char_start <= trigger_start < trigger_end"
            )),
            "{m:?}"
        );
    }

    #[test]
    fn a_forum_none_of_its_mentions_has_or_not_a_code_is_reported() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ds");
        let mut ds = testdata::sample();
        // ev-0001 (m-0001, m-0002) says farm, its mentions finance and none;
        // ev-0002 says nothing, its mention m-0003 leaders
        ds.events[0].forum = Some("farm".into());
        ds.mentions[0].forum = Some("finance".into());
        ds.mentions[2].forum = Some("leaders".into());
        write(&dir, &ds).unwrap();
        let m = messages(&validate_dir(&dir).unwrap());
        let want = [
            "events.jsonl:1: column forum: expected one of its mentions' forums (finance), found \"farm\"",
            "events.jsonl:2: column forum: expected one of its mentions' forums (leaders), found null",
        ];
        for w in want {
            assert!(m.iter().any(|p| p == w), "missing {w:?} in {m:?}");
        }
        assert_eq!(m.len(), 2, "{m:?}");
        // a code the extractor never writes breaks the schema's pattern
        let mut ds = testdata::sample();
        ds.events[1].forum = Some("Farm Council".into());
        ds.mentions[2].forum = Some("Farm Council".into());
        write(&dir, &ds).unwrap();
        let m = messages(&validate_dir(&dir).unwrap());
        assert!(
            m.iter()
                .any(|p| p
                    .starts_with("events.jsonl:2: column forum: expected a string matching ^(")),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|p| p
                    .starts_with("mentions.jsonl:3: column forum: expected a string matching ^(")),
            "{m:?}"
        );
    }

    #[test]
    fn not_a_directory_is_an_error() {
        let tmp = tempfile::tempdir().unwrap();
        assert!(validate_dir(&tmp.path().join("nope")).is_err());
    }
}

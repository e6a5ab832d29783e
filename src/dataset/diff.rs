//! `diplo diff`: what changed between two datasets, keyed by `event_id`.
//!
//! Events are matched by id. An event only in NEW is *added*; only in OLD,
//! *removed*; in both with different values, *changed*, with the old and new
//! value of each field. Merges, splits and renames are told apart from
//! plain removals and additions by NEW's `lineage` table when it was made
//! against OLD (its `previous_dataset_version` is OLD's `dataset_version`):
//! a removed event then says the new ids it went to and how (`merged`,
//! `split`, `renamed`), an added one the old ids it came from. Without such
//! a lineage (a 1.0.0 dataset, or releases that are not consecutive), a
//! removed event is *merged into* a new event when every one of its sources
//! (document and character span) now belongs to that single new event
//! (`lineage: "inferred"` in the report). `participants`, `sources` and `date_conflicts` are compared as
//! sets: the same members in another order are no change. The other tables
//! are summarized by id (rows added, removed, changed), and the schema and
//! dataset versions are compared. A column one side's schema version
//! predates (the mentions' trigger columns before 1.2.0, the events' and
//! mentions' `forum` before 1.3.0) is no change; between two datasets that
//! both have it, a changed `forum` is a field change like any other.
//!
//! ```no_run
//! use diplo::dataset::{diff::diff, read_dir};
//! let d = diff(&read_dir("old".as_ref())?, &read_dir("new".as_ref())?)?;
//! print!("{}", d.to_text());
//! std::process::exit(if d.is_identical() { 0 } else { 1 });
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

use serde::Serialize;
use serde_json::Value;

use super::records::{Dataset, EventRecord, LineageRecord, MentionRecord};
use super::schema::has_column;
use super::SCHEMA_VERSION;

#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    #[error("duplicate {key} in the {side} dataset's {table}: {}", ids.join(", "))]
    Duplicate {
        side: &'static str,
        table: &'static str,
        key: &'static str,
        ids: Vec<String>,
    },
    #[error("cannot serialize a row of {table}: {message}")]
    Row {
        table: &'static str,
        message: String,
    },
}

/// The comparison of two datasets.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatasetDiff {
    pub schema_version: Change<String>,
    pub dataset_version: Change<Option<String>>,
    /// Per table: rows and ids added, removed, changed.
    pub tables: Vec<TableSummary>,
    /// Where merges and splits come from: `table` (NEW's lineage, made
    /// against OLD) or `inferred` (from sources shared by events).
    pub lineage: &'static str,
    pub added: Vec<AddedEvent>,
    pub removed: Vec<RemovedEvent>,
    pub changed: Vec<ChangedEvent>,
}

/// An old and a new value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change<T> {
    pub old: T,
    pub new: T,
}

impl<T: PartialEq> Change<T> {
    pub fn same(&self) -> bool {
        self.old == self.new
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableSummary {
    pub table: &'static str,
    pub old_rows: usize,
    pub new_rows: usize,
    pub added: Vec<String>,
    pub removed: Vec<String>,
    /// Ids in both, with different rows.
    pub changed: Vec<String>,
}

/// What identifies an event to a reader.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventBrief {
    pub event_id: String,
    pub event_type: String,
    pub title: String,
    pub start_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RemovedEvent {
    #[serde(flatten)]
    pub event: EventBrief,
    /// The new event now holding all of this one's sources, if one does
    /// (a merge or a rename).
    pub merged_into: Option<String>,
    /// `merged`, `split` or `renamed` when the event lives on under other
    /// ids; null when it is gone.
    pub relation: Option<String>,
    /// The new events holding its mentions (one for a merge or rename,
    /// several for a split).
    pub successors: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AddedEvent {
    #[serde(flatten)]
    pub event: EventBrief,
    /// `merged`, `split` or `renamed` when it comes from old events (by the
    /// lineage table); null for a new event.
    pub relation: Option<String>,
    /// The old events it comes from.
    pub predecessors: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChangedEvent {
    #[serde(flatten)]
    pub event: EventBrief,
    pub fields: Vec<FieldChange>,
}

/// One field's old and new value. For a set-valued field (`participants`,
/// `sources`, `date_conflicts`), `added` and `removed` list the members
/// that differ.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Value,
    pub new: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added: Option<Vec<Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<Vec<Value>>,
}

/// At most this many added/removed documents are listed in text and
/// Markdown; the JSON lists all.
pub const LIST_LIMIT: usize = 20;

const SET_FIELDS: [&str; 3] = ["participants", "sources", "date_conflicts"];

impl DatasetDiff {
    /// True when the two datasets hold the same rows under the same versions.
    pub fn is_identical(&self) -> bool {
        self.schema_version.same()
            && self.dataset_version.same()
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self
                .tables
                .iter()
                .all(|t| t.added.is_empty() && t.removed.is_empty() && t.changed.is_empty())
    }
}

fn brief(e: &EventRecord) -> EventBrief {
    EventBrief {
        event_id: e.event_id.clone(),
        event_type: e.event_type.clone(),
        title: e.title.clone(),
        start_date: e.start_date.map(|d| d.format("%Y-%m-%d").to_string()),
    }
}

/// Rows keyed by id; duplicate ids are an error naming them.
fn keyed<'a, T>(
    rows: &'a [T],
    id: impl Fn(&'a T) -> &'a str,
    side: &'static str,
    table: &'static str,
    key: &'static str,
) -> Result<BTreeMap<&'a str, &'a T>, DiffError> {
    let mut map = BTreeMap::new();
    let mut dups = BTreeSet::new();
    for r in rows {
        if map.insert(id(r), r).is_some() {
            dups.insert(id(r).to_string());
        }
    }
    if !dups.is_empty() {
        return Err(DiffError::Duplicate {
            side,
            table,
            key,
            ids: dups.into_iter().collect(),
        });
    }
    Ok(map)
}

/// A row as JSON, set-valued fields sorted.
fn normalized<T: Serialize>(row: &T, table: &'static str) -> Result<Value, DiffError> {
    let mut v = serde_json::to_value(row).map_err(|e| DiffError::Row {
        table,
        message: e.to_string(),
    })?;
    normalize_sets(&mut v);
    Ok(v)
}

/// Two rows hold the same values (set-valued fields compared as sets).
/// Equal records are the same without serializing them.
fn same_row<T: PartialEq + Serialize>(
    a: &T,
    b: &T,
    table: &'static str,
) -> Result<bool, DiffError> {
    Ok(a == b || normalized(a, table)? == normalized(b, table)?)
}

fn summarize<T: PartialEq + Serialize>(
    table: &'static str,
    old: &BTreeMap<&str, &T>,
    new: &BTreeMap<&str, &T>,
) -> Result<TableSummary, DiffError> {
    let mut changed = Vec::new();
    for (k, v) in old {
        if let Some(w) = new.get(k) {
            if !same_row(*v, *w, table)? {
                changed.push(k.to_string());
            }
        }
    }
    Ok(TableSummary {
        table,
        old_rows: old.len(),
        new_rows: new.len(),
        added: new
            .keys()
            .filter(|k| !old.contains_key(*k))
            .map(|k| k.to_string())
            .collect(),
        removed: old
            .keys()
            .filter(|k| !new.contains_key(*k))
            .map(|k| k.to_string())
            .collect(),
        changed,
    })
}

/// Lineage rows with their key "PREVIOUS_EVENT_ID -> EVENT_ID".
fn lineage_keys(rows: &[LineageRecord]) -> Vec<(String, &LineageRecord)> {
    rows.iter()
        .map(|r| (format!("{} -> {}", r.previous_event_id, r.event_id), r))
        .collect()
}

/// Sorts the members of set-valued fields, so order is no difference.
fn normalize_sets(row: &mut Value) {
    for f in SET_FIELDS {
        if let Some(Value::Array(a)) = row.get_mut(f) {
            a.sort_by_cached_key(Value::to_string);
        }
    }
}

/// A set-valued field as a sorted set of its members' JSON text.
fn members(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .map(|a| a.iter().map(Value::to_string).collect())
        .unwrap_or_default()
}

fn parse_all(set: BTreeSet<&String>) -> Vec<Value> {
    set.into_iter()
        .filter_map(|s| serde_json::from_str(s).ok())
        .collect()
}

fn field_changes(old: &Value, new: &Value) -> Vec<FieldChange> {
    let (Some(o), Some(n)) = (old.as_object(), new.as_object()) else {
        return vec![];
    };
    let mut out = Vec::new();
    for (field, ov) in o {
        let nv = n.get(field).unwrap_or(&Value::Null);
        if SET_FIELDS.contains(&field.as_str()) {
            let (os, ns) = (members(ov), members(nv));
            if os != ns {
                out.push(FieldChange {
                    field: field.clone(),
                    old: ov.clone(),
                    new: nv.clone(),
                    added: Some(parse_all(ns.difference(&os).collect())),
                    removed: Some(parse_all(os.difference(&ns).collect())),
                });
            }
        } else if ov != nv {
            out.push(FieldChange {
                field: field.clone(),
                old: ov.clone(),
                new: nv.clone(),
                added: None,
                removed: None,
            });
        }
    }
    out
}

/// A source's identity: document and span.
fn source_keys(e: &EventRecord) -> BTreeSet<(&str, i64, i64)> {
    e.sources
        .iter()
        .map(|s| (s.doc_id.as_str(), s.char_start, s.char_end))
        .collect()
}

/// Mentions as both schema versions have them: the trigger columns
/// (1.2.0) and the forum (1.3.0) blanked when either side predates them,
/// so a dataset compiled again by a newer diplo does not change every
/// mention.
fn comparable_mentions<'a>(
    rows: &'a [MentionRecord],
    old_schema: &str,
    new_schema: &str,
) -> std::borrow::Cow<'a, [MentionRecord]> {
    let both =
        |c: &str| has_column(old_schema, "mentions", c) && has_column(new_schema, "mentions", c);
    let (trigger, forum) = (both("trigger_start"), both("forum"));
    if trigger && forum {
        return std::borrow::Cow::Borrowed(rows);
    }
    std::borrow::Cow::Owned(
        rows.iter()
            .map(|m| {
                let mut m = m.clone();
                if !trigger {
                    (m.trigger_start, m.trigger_end, m.trigger_text) = (None, None, None);
                }
                if !forum {
                    m.forum = None;
                }
                m
            })
            .collect(),
    )
}

/// Events as both schema versions have them: the forum (1.3.0) blanked
/// when either side predates it.
fn comparable_events<'a>(
    rows: &'a [EventRecord],
    old_schema: &str,
    new_schema: &str,
) -> std::borrow::Cow<'a, [EventRecord]> {
    if has_column(old_schema, "events", "forum") && has_column(new_schema, "events", "forum") {
        return std::borrow::Cow::Borrowed(rows);
    }
    std::borrow::Cow::Owned(
        rows.iter()
            .map(|e| EventRecord {
                forum: None,
                ..e.clone()
            })
            .collect(),
    )
}

/// Compares two datasets. The schema versions come from the datasets'
/// writer (this build) unless given otherwise by [`diff_with_versions`].
pub fn diff(old: &Dataset, new: &Dataset) -> Result<DatasetDiff, DiffError> {
    diff_with_versions(old, new, SCHEMA_VERSION, SCHEMA_VERSION)
}

/// [`diff`], with the schema versions the two manifests declare.
pub fn diff_with_versions(
    old: &Dataset,
    new: &Dataset,
    old_schema: &str,
    new_schema: &str,
) -> Result<DatasetDiff, DiffError> {
    let (old_events, new_events) = (
        comparable_events(&old.events, old_schema, new_schema),
        comparable_events(&new.events, old_schema, new_schema),
    );
    let oe = keyed(&old_events, |r| &r.event_id, "old", "events", "event_id")?;
    let ne = keyed(&new_events, |r| &r.event_id, "new", "events", "event_id")?;
    let (old_mentions, new_mentions) = (
        comparable_mentions(&old.mentions, old_schema, new_schema),
        comparable_mentions(&new.mentions, old_schema, new_schema),
    );
    let (old_lineage, new_lineage) = (lineage_keys(&old.lineage), lineage_keys(&new.lineage));
    let lineage_key = "(previous_event_id, event_id)";
    let tables = vec![
        summarize("events", &oe, &ne)?,
        summarize(
            "mentions",
            &keyed(
                &old_mentions,
                |r| &r.mention_id,
                "old",
                "mentions",
                "mention_id",
            )?,
            &keyed(
                &new_mentions,
                |r| &r.mention_id,
                "new",
                "mentions",
                "mention_id",
            )?,
        )?,
        summarize(
            "documents",
            &keyed(&old.documents, |r| &r.doc_id, "old", "documents", "doc_id")?,
            &keyed(&new.documents, |r| &r.doc_id, "new", "documents", "doc_id")?,
        )?,
        summarize(
            "actors",
            &keyed(&old.actors, |r| &r.actor_id, "old", "actors", "actor_id")?,
            &keyed(&new.actors, |r| &r.actor_id, "new", "actors", "actor_id")?,
        )?,
        summarize(
            "places",
            &keyed(&old.places, |r| &r.place_id, "old", "places", "place_id")?,
            &keyed(&new.places, |r| &r.place_id, "new", "places", "place_id")?,
        )?,
        summarize(
            "lineage",
            &keyed(&old_lineage, |r| &r.0, "old", "lineage", lineage_key)?,
            &keyed(&new_lineage, |r| &r.0, "new", "lineage", lineage_key)?,
        )?,
    ];
    let old_by_id = &oe;
    let new_by_id = &ne;

    let table = lineage_between(old, new);
    let mut by_new: BTreeMap<&str, Vec<&LineageRecord>> = BTreeMap::new();
    let mut by_previous: BTreeMap<&str, Vec<&LineageRecord>> = BTreeMap::new();
    for r in table.unwrap_or_default() {
        by_new.entry(&r.event_id).or_default().push(r);
        by_previous.entry(&r.previous_event_id).or_default().push(r);
    }
    // Where each new event's sources are: the candidates of a merge.
    let mut by_source: HashMap<(&str, i64, i64), Vec<&EventRecord>> = HashMap::new();
    for e in new.events.iter() {
        for k in source_keys(e) {
            by_source.entry(k).or_default().push(e);
        }
    }
    let added = new_by_id
        .iter()
        .filter(|(id, _)| !old_by_id.contains_key(*id))
        .map(|(id, e)| {
            let rows = by_new.get(*id).cloned().unwrap_or_default();
            AddedEvent {
                event: brief(e),
                relation: relation_of(&rows),
                predecessors: rows.iter().map(|r| r.previous_event_id.clone()).collect(),
            }
        })
        .collect();
    let removed = old_by_id
        .iter()
        .filter(|(id, _)| !new_by_id.contains_key(*id))
        .map(|(id, e)| {
            if table.is_some() {
                let rows = by_previous.get(*id).cloned().unwrap_or_default();
                let relation = relation_of(&rows);
                let successors: Vec<String> = rows.iter().map(|r| r.event_id.clone()).collect();
                let merged_into = (successors.len() == 1 && relation.as_deref() != Some("split"))
                    .then(|| successors[0].clone());
                return RemovedEvent {
                    event: brief(e),
                    merged_into,
                    relation,
                    successors,
                };
            }
            let mine = source_keys(e);
            // Merged: every source now in one new event (the first by id that
            // holds them all; new ids are preferred over surviving ones).
            let merged_into = mine
                .iter()
                .next()
                .and_then(|k| by_source.get(k))
                .and_then(|candidates| {
                    candidates
                        .iter()
                        .filter(|n| mine.is_subset(&source_keys(n)))
                        .min_by_key(|n| {
                            (
                                old_by_id.contains_key(n.event_id.as_str()),
                                n.event_id.as_str(),
                            )
                        })
                })
                .map(|n| n.event_id.clone());
            RemovedEvent {
                event: brief(e),
                relation: merged_into.as_ref().map(|_| "merged".to_string()),
                successors: merged_into.iter().cloned().collect(),
                merged_into,
            }
        })
        .collect();
    let changed = old_by_id
        .keys()
        .filter_map(|id| {
            let (o, n) = (oe.get(*id)?, ne.get(*id)?);
            if o == n {
                return None;
            }
            let fields = match (normalized(*o, "events"), normalized(*n, "events")) {
                (Ok(o), Ok(n)) => field_changes(&o, &n),
                _ => return None,
            };
            (!fields.is_empty()).then(|| ChangedEvent {
                event: brief(n),
                fields,
            })
        })
        .collect();
    Ok(DatasetDiff {
        schema_version: Change {
            old: old_schema.to_string(),
            new: new_schema.to_string(),
        },
        dataset_version: Change {
            old: old.dataset_version.clone(),
            new: new.dataset_version.clone(),
        },
        tables,
        lineage: if table.is_some() { "table" } else { "inferred" },
        added,
        removed,
        changed,
    })
}

/// NEW's lineage rows, when they were made against OLD (same previous
/// dataset version) and there are any.
fn lineage_between<'a>(old: &Dataset, new: &'a Dataset) -> Option<&'a [LineageRecord]> {
    let first = new.lineage.first()?;
    (first.previous_dataset_version == old.dataset_version).then_some(new.lineage.as_slice())
}

/// One relation for an event's lineage rows, leaving out `same`: the
/// strongest of merged, split, renamed.
fn relation_of(rows: &[&LineageRecord]) -> Option<String> {
    ["merged", "split", "renamed"]
        .into_iter()
        .find(|want| rows.iter().any(|r| r.relation == *want))
        .map(str::to_string)
}

impl AddedEvent {
    /// " (merged from A, B)" or nothing.
    fn origin(&self) -> String {
        match &self.relation {
            Some(rel) => format!(" ({rel} from {})", self.predecessors.join(", ")),
            None => String::new(),
        }
    }
}

impl RemovedEvent {
    /// "merged into X", "split into X, Y", "renamed to X" or nothing.
    fn fate(&self) -> String {
        let to = match self.relation.as_deref() {
            Some("renamed") => "to",
            _ => "into",
        };
        match &self.relation {
            Some(rel) => format!("{rel} {to} {}", self.successors.join(", ")),
            None => String::new(),
        }
    }
}

fn major(v: &str) -> &str {
    v.split('.').next().unwrap_or(v)
}

fn show_date(d: &Option<String>) -> String {
    d.clone().unwrap_or_else(|| "date unknown".into())
}

fn compact(v: &Value) -> String {
    v.to_string()
}

impl DatasetDiff {
    fn schema_note(&self) -> String {
        let s = &self.schema_version;
        if s.same() {
            format!("schema {} (same)", s.old)
        } else if major(&s.old) != major(&s.new) {
            format!(
                "schema {} -> {} (MAJOR change: columns may be removed, renamed or retyped)",
                s.old, s.new
            )
        } else {
            format!("schema {} -> {} (compatible: additions only)", s.old, s.new)
        }
    }

    fn version_note(&self) -> String {
        let v = &self.dataset_version;
        let show = |x: &Option<String>| x.clone().unwrap_or_else(|| "none".into());
        if v.same() {
            format!("dataset version {} (same)", show(&v.old))
        } else {
            format!("dataset version {} -> {}", show(&v.old), show(&v.new))
        }
    }

    fn table_line(t: &TableSummary) -> String {
        format!(
            "{}: {} -> {} rows, {} added, {} removed, {} changed",
            t.table,
            t.old_rows,
            t.new_rows,
            t.added.len(),
            t.removed.len(),
            t.changed.len()
        )
    }

    /// The plain-text report (the default format).
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "{}", self.schema_note());
        let _ = writeln!(s, "{}", self.version_note());
        for t in &self.tables {
            let _ = writeln!(s, "{}", Self::table_line(t));
            if t.table == "documents" {
                let listed = t.added.iter().map(|d| ('+', d));
                let listed = listed.chain(t.removed.iter().map(|d| ('-', d)));
                for (sign, d) in listed.clone().take(LIST_LIMIT) {
                    let _ = writeln!(s, "  {sign} {d}");
                }
                let more = listed.count().saturating_sub(LIST_LIMIT);
                if more > 0 {
                    let _ = writeln!(s, "  ... and {more} more (see --format json)");
                }
            }
        }
        if !self.added.is_empty() {
            let _ = writeln!(s, "\nadded events:");
            for a in &self.added {
                let e = &a.event;
                let _ = writeln!(
                    s,
                    "  + {} {} {}: {}{}",
                    e.event_id,
                    e.event_type,
                    show_date(&e.start_date),
                    e.title,
                    a.origin()
                );
            }
        }
        if !self.removed.is_empty() {
            let _ = writeln!(s, "\nremoved events:");
            for r in &self.removed {
                let e = &r.event;
                let merged = Some(r.fate())
                    .filter(|f| !f.is_empty())
                    .map(|f| format!(" ({f})"))
                    .unwrap_or_default();
                let _ = writeln!(
                    s,
                    "  - {} {} {}: {}{merged}",
                    e.event_id,
                    e.event_type,
                    show_date(&e.start_date),
                    e.title
                );
            }
        }
        if !self.changed.is_empty() {
            let _ = writeln!(s, "\nchanged events:");
            for c in &self.changed {
                let _ = writeln!(s, "  ~ {}: {}", c.event.event_id, c.event.title);
                for f in &c.fields {
                    match (&f.added, &f.removed) {
                        (Some(a), Some(r)) => {
                            let _ = writeln!(s, "      {}:", f.field);
                            for v in r {
                                let _ = writeln!(s, "        - {}", compact(v));
                            }
                            for v in a {
                                let _ = writeln!(s, "        + {}", compact(v));
                            }
                        }
                        _ => {
                            let _ = writeln!(
                                s,
                                "      {}: {} -> {}",
                                f.field,
                                compact(&f.old),
                                compact(&f.new)
                            );
                        }
                    }
                }
            }
        }
        if self.is_identical() {
            let _ = writeln!(s, "\nidentical");
        }
        s
    }

    /// A Markdown report (for release notes).
    pub fn to_markdown(&self) -> String {
        let cell = |x: &str| x.replace('|', "\\|").replace('\n', " ");
        let mut s = String::new();
        let _ = writeln!(s, "# Dataset changes\n");
        let _ = writeln!(s, "- {}", self.schema_note());
        let _ = writeln!(s, "- {}\n", self.version_note());
        let _ = writeln!(
            s,
            "| table | old rows | new rows | added | removed | changed |"
        );
        let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|");
        for t in &self.tables {
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} | {} |",
                t.table,
                t.old_rows,
                t.new_rows,
                t.added.len(),
                t.removed.len(),
                t.changed.len()
            );
        }
        if let Some(docs) = self.tables.iter().find(|t| t.table == "documents") {
            if !docs.added.is_empty() || !docs.removed.is_empty() {
                let _ = writeln!(s, "\n## Documents\n");
                let listed = docs.added.iter().map(|d| ("added", d));
                let listed = listed.chain(docs.removed.iter().map(|d| ("removed", d)));
                for (what, d) in listed.clone().take(LIST_LIMIT) {
                    let _ = writeln!(s, "- {what} `{}`", cell(d));
                }
                let more = listed.count().saturating_sub(LIST_LIMIT);
                if more > 0 {
                    let _ = writeln!(s, "- ... and {more} more");
                }
            }
        }
        if !self.added.is_empty() {
            let _ = writeln!(s, "\n## Added events\n");
            let _ = writeln!(s, "| event_id | type | start | title |\n|---|---|---|---|");
            for a in &self.added {
                let e = &a.event;
                let _ = writeln!(
                    s,
                    "| `{}` | {} | {} | {}{} |",
                    cell(&e.event_id),
                    cell(&e.event_type),
                    show_date(&e.start_date),
                    cell(&e.title),
                    cell(&a.origin())
                );
            }
        }
        if !self.removed.is_empty() {
            let _ = writeln!(s, "\n## Removed events\n");
            let _ = writeln!(
                s,
                "| event_id | type | start | title | now |\n|---|---|---|---|---|"
            );
            for r in &self.removed {
                let e = &r.event;
                let _ = writeln!(
                    s,
                    "| `{}` | {} | {} | {} | {} |",
                    cell(&e.event_id),
                    cell(&e.event_type),
                    show_date(&e.start_date),
                    cell(&e.title),
                    cell(&r.fate())
                );
            }
        }
        if !self.changed.is_empty() {
            let _ = writeln!(s, "\n## Changed events\n");
            let _ = writeln!(s, "| event_id | field | old | new |\n|---|---|---|---|");
            for c in &self.changed {
                for f in &c.fields {
                    let (old, new) = match (&f.removed, &f.added) {
                        (Some(r), Some(a)) => (
                            r.iter().map(compact).collect::<Vec<_>>().join("<br>"),
                            a.iter().map(compact).collect::<Vec<_>>().join("<br>"),
                        ),
                        _ => (compact(&f.old), compact(&f.new)),
                    };
                    let _ = writeln!(
                        s,
                        "| `{}` | {} | `{}` | `{}` |",
                        cell(&c.event.event_id),
                        f.field,
                        cell(&old).replace('`', "'"),
                        cell(&new).replace('`', "'")
                    );
                }
            }
        }
        if self.is_identical() {
            let _ = writeln!(s, "\nThe datasets are identical.");
        }
        s
    }

    /// The JSON report: this struct, pretty-printed, plus `identical`.
    pub fn to_json(&self) -> String {
        let mut v = serde_json::to_value(self).unwrap_or(Value::Null);
        if let Value::Object(o) = &mut v {
            o.insert("identical".into(), Value::Bool(self.is_identical()));
        }
        let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::testdata::sample;

    #[test]
    fn same_dataset_is_identical() {
        let d = diff(&sample(), &sample()).unwrap();
        assert!(d.is_identical());
        assert!(d.to_text().ends_with("\nidentical\n"), "{}", d.to_text());
    }

    #[test]
    fn reordered_participants_and_sources_are_no_change() {
        let mut new = sample();
        new.events[0].participants.reverse();
        new.events[0].sources.reverse();
        new.events.reverse();
        let d = diff(&sample(), &new).unwrap();
        assert!(d.is_identical(), "{}", d.to_text());
    }

    #[test]
    fn field_changes_carry_old_and_new_values() {
        let mut new = sample();
        new.events[0].status = "cancelled".into();
        new.events[0].participants[1].office = Some("Prime Minister".into());
        let d = diff(&sample(), &new).unwrap();
        assert_eq!(d.changed.len(), 1);
        let f = &d.changed[0].fields;
        assert_eq!(f[0].field, "status");
        assert_eq!(
            (f[0].old.as_str(), f[0].new.as_str()),
            (Some("occurred"), Some("cancelled"))
        );
        assert_eq!(f[1].field, "participants");
        assert_eq!(f[1].added.as_ref().unwrap()[0]["office"], "Prime Minister");
        assert_eq!(
            f[1].removed.as_ref().unwrap()[0]["office"],
            "Foreign Minister"
        );
        assert!(!d.is_identical());
    }

    #[test]
    fn removed_event_whose_sources_moved_is_merged() {
        let old = sample();
        let mut new = sample();
        let gone = new.events.remove(1);
        new.events[0].sources.extend(gone.sources);
        new.events[0].event_id = "ev-0003".into();
        let d = diff(&old, &new).unwrap();
        let merged: Vec<_> = d.removed.iter().map(|r| r.merged_into.as_deref()).collect();
        assert_eq!(merged, [Some("ev-0003"), Some("ev-0003")]);
        assert_eq!(d.added[0].event.event_id, "ev-0003");
        assert_eq!(d.lineage, "inferred");
    }

    #[test]
    fn lineage_table_names_merges_and_splits() {
        let old = sample();
        let mut new = sample();
        new.dataset_version = Some("2026.12.0".into());
        // The visit split into ev-0001 and ev-0005; the call renamed ev-0042.
        let mut part = new.events[0].clone();
        part.event_id = "ev-0005".into();
        part.sources = vec![new.events[0].sources.remove(1)];
        new.events.push(part);
        new.events[1].event_id = "ev-0042".into();
        let row = |e: &str, p: &str, r: &str| LineageRecord {
            event_id: e.into(),
            previous_event_id: p.into(),
            relation: r.into(),
            previous_dataset_version: Some("2026.11.0".into()),
        };
        new.lineage = vec![
            row("ev-0001", "ev-0001", "same"),
            row("ev-0005", "ev-0001", "split"),
            row("ev-0042", "ev-0002", "renamed"),
        ];
        let d = diff(&old, &new).unwrap();
        assert_eq!(d.lineage, "table");
        assert_eq!(d.removed.len(), 1);
        assert_eq!(d.removed[0].relation.as_deref(), Some("renamed"));
        assert_eq!(d.removed[0].merged_into.as_deref(), Some("ev-0042"));
        let added: Vec<_> = d.added.iter().map(|a| a.origin()).collect();
        assert_eq!(added, [" (split from ev-0001)", " (renamed from ev-0002)"]);
        let text = d.to_text();
        assert!(text.contains("(renamed to ev-0042)"), "{text}");
        assert!(text.contains("lineage: 0 -> 3 rows, 3 added"), "{text}");
        // A lineage made against another release is not used.
        new.lineage[0].previous_dataset_version = Some("2026.01.0".into());
        assert_eq!(diff(&old, &new).unwrap().lineage, "inferred");
    }

    #[test]
    fn long_document_lists_are_cut_in_text() {
        let old = sample();
        let mut new = sample();
        for i in 0..25 {
            let mut d = new.documents[0].clone();
            d.doc_id = format!("doc-n{i:02}");
            new.documents.push(d);
        }
        let d = diff(&old, &new).unwrap();
        let text = d.to_text();
        assert!(text.contains("  + doc-n19\n  ... and 5 more"), "{text}");
        assert!(!text.contains("doc-n20"), "{text}");
        assert_eq!(d.tables[2].added.len(), 25);
        assert!(d.to_markdown().contains("- ... and 5 more"));
    }

    #[test]
    fn trigger_columns_an_older_dataset_lacks_are_no_change() {
        let new = sample();
        let mut old = new.clone();
        for m in &mut old.mentions {
            (m.trigger_start, m.trigger_end, m.trigger_text) = (None, None, None);
        }
        let d = diff_with_versions(&old, &new, "1.1.0", "1.2.0").unwrap();
        assert!(d.tables.iter().all(|t| t.changed.is_empty()), "{d:?}");
        // a changed trigger between two 1.2.0 datasets is a change
        let d = diff_with_versions(&old, &new, "1.2.0", "1.2.0").unwrap();
        let mentions = d.tables.iter().find(|t| t.table == "mentions").unwrap();
        assert_eq!(mentions.changed, ["m-0001", "m-0002", "m-0003"]);
    }

    #[test]
    fn a_changed_forum_is_a_field_change_unless_one_side_predates_it() {
        let old = sample();
        let mut new = old.clone();
        new.events[1].forum = Some("leaders".into());
        new.mentions[2].forum = Some("leaders".into());
        let d = diff(&old, &new).unwrap();
        assert_eq!(d.changed.len(), 1, "{d:?}");
        assert_eq!(d.changed[0].event.event_id, "ev-0002");
        let f: Vec<_> = d.changed[0]
            .fields
            .iter()
            .map(|f| f.field.as_str())
            .collect();
        assert_eq!(f, ["forum"]);
        assert_eq!(d.changed[0].fields[0].old, Value::Null);
        assert_eq!(d.changed[0].fields[0].new, "leaders");
        let mentions = d.tables.iter().find(|t| t.table == "mentions").unwrap();
        assert_eq!(mentions.changed, ["m-0003"]);
        // a 1.2.0 dataset has no forum: compiled again, nothing changed
        let d = diff_with_versions(&old, &new, "1.2.0", "1.3.0").unwrap();
        assert!(d.changed.is_empty(), "{d:?}");
        assert!(d.tables.iter().all(|t| t.changed.is_empty()), "{d:?}");
    }

    #[test]
    fn duplicate_ids_are_an_error_naming_them() {
        let mut new = sample();
        new.events.push(new.events[0].clone());
        let e = diff(&sample(), &new).unwrap_err().to_string();
        assert_eq!(e, "duplicate event_id in the new dataset's events: ev-0001");
    }
}

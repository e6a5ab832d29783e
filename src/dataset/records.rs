//! The rows of the dataset's tables, as the pipeline fills them and the
//! writers store them. Field order is column order.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The schema version this build writes.
pub const SCHEMA_VERSION: &str = "1.3.0";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParticipantRecord {
    pub actor_id: Option<String>,
    pub name: String,
    /// person | state | organization
    pub kind: String,
    pub country: Option<String>,
    pub office: Option<String>,
    /// guest | host | participant
    pub role: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRecord {
    pub doc_id: String,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    /// Character offsets of the quote in the document text.
    pub char_start: i64,
    pub char_end: i64,
    pub quote: String,
}

/// A competing date value for an event and the documents that gave it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateClaimRecord {
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub date_precision: String,
    pub date_edtf: Option<String>,
    pub doc_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub event_id: String,
    pub event_type: String,
    pub status: String,
    pub title: String,
    pub participants: Vec<ParticipantRecord>,
    pub place_id: Option<String>,
    pub place_name: Option<String>,
    pub country_code: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub location_precision: Option<String>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub date_precision: String,
    pub date_edtf: Option<String>,
    pub sources: Vec<SourceRecord>,
    pub source_count: i32,
    pub confidence: f64,
    /// diplo extension: competing date values when sources disagree (empty otherwise).
    pub date_conflicts: Vec<DateClaimRecord>,
    /// diplo extension: true for an event implied by another one.
    pub derived: bool,
    /// Schema 1.3.0: the forum of a club's meeting, which of its councils
    /// or conferences sat (`farm`, `finance`, `leaders`, ...): the most
    /// specific of its mentions' forums (`crate::extract::forum::event_forum`);
    /// null when none has one (and in a dataset older than 1.3.0).
    pub forum: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRecord {
    pub mention_id: String,
    pub event_id: String,
    pub doc_id: String,
    pub char_start: i64,
    pub char_end: i64,
    pub sentence: String,
    pub event_type: String,
    pub status: String,
    pub participants: Vec<ParticipantRecord>,
    pub place_id: Option<String>,
    pub country_code: Option<String>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub date_precision: String,
    pub date_text: Option<String>,
    pub rule: String,
    pub confidence: f64,
    /// Schema 1.2.0: the character span of the words that fired the rule,
    /// in the document text like `char_start`/`char_end` and inside them;
    /// null when the trigger is not one span of the document (and in a
    /// dataset older than 1.2.0).
    pub trigger_start: Option<i64>,
    pub trigger_end: Option<i64>,
    /// Schema 1.2.0: those words, as written.
    pub trigger_text: Option<String>,
    /// Schema 1.3.0: the forum the extractor read for this mention of a
    /// club's meeting (`farm`, `leaders`, `farm+finance`, ...); null when
    /// none.
    pub forum: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub doc_id: String,
    pub source: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    /// The instant of publication, when the source gave a time (UTC, microseconds).
    pub published_time: Option<DateTime<Utc>>,
    /// metadata | header | inferred | unknown
    pub published_source: String,
    pub char_count: i64,
    pub content_hash: String,
    pub segment: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfficeRecord {
    pub office: String,
    pub of: String,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRecord {
    pub actor_id: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub wikidata: Option<String>,
    /// The offices the actor held on the dates of the events that name them.
    pub offices: Vec<OfficeRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceRecord {
    pub place_id: String,
    pub name: String,
    /// venue | city | region | country
    pub kind: String,
    pub country_code: String,
    pub latitude: f64,
    pub longitude: f64,
    /// For a venue, its city's place_id.
    pub city_id: Option<String>,
}

/// How an event of the previous release relates to an event of this one
/// (schema 1.1.0): see [`super::lineage`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineageRecord {
    /// The event in this release.
    pub event_id: String,
    /// The event in the previous release whose mentions it now holds.
    pub previous_event_id: String,
    /// merged | split | renamed | same
    pub relation: String,
    /// The previous release's `dataset_version`; null when it had none.
    pub previous_dataset_version: Option<String>,
}

/// An input file as the manifest lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InputRecord {
    pub path: String,
    pub bytes: u64,
    pub blake3: String,
    pub documents: u64,
}

/// A skipped article or file, as the manifest lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkippedRecord {
    pub path: String,
    pub line: Option<usize>,
    pub article: Option<String>,
    pub reason: String,
}

/// Everything one compile writes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dataset {
    pub dataset_version: Option<String>,
    pub events: Vec<EventRecord>,
    pub mentions: Vec<MentionRecord>,
    pub documents: Vec<DocumentRecord>,
    pub actors: Vec<ActorRecord>,
    pub places: Vec<PlaceRecord>,
    /// Schema 1.1.0: merges, splits and renames against the previous release
    /// (empty when compiled without one).
    pub lineage: Vec<LineageRecord>,
    pub inputs: Vec<InputRecord>,
    pub skipped: Vec<SkippedRecord>,
}

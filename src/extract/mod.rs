//! Event mentions: finds the sentences that state a visit, a meeting or a
//! call, and reads their arguments (guests, hosts, participants, place,
//! dates, status) from the sentence and its neighbours.
//!
//! (Essay to be written with the extractor.)

use chrono::NaiveDate;

use crate::ingest::Document;
use crate::kb::{ActorKind, EntityMention, Kb};
use crate::text::Sentence;
use crate::time::{Interval, Timex};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventType {
    Visit,
    Meeting,
    Call,
}

impl EventType {
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Visit => "visit",
            EventType::Meeting => "meeting",
            EventType::Call => "call",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Occurred,
    Planned,
    Proposed,
    Cancelled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Planned => "planned",
            Status::Proposed => "proposed",
            Status::Cancelled => "cancelled",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Guest,
    Host,
    Participant,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Guest => "guest",
            Role::Host => "host",
            Role::Participant => "participant",
        }
    }
}

/// A participant as stated in one mention.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    /// The knowledge-base id, when the mention resolved.
    pub actor_id: Option<String>,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    /// The office held on the event date.
    pub office: Option<String>,
    pub role: Role,
}

/// One extraction from one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMention {
    pub doc_id: String,
    /// The sentence (byte offsets into the document text).
    pub sentence: Sentence,
    pub event_type: EventType,
    pub status: Status,
    pub participants: Vec<Participant>,
    pub place_id: Option<String>,
    /// alpha-3 of where it happened.
    pub country_code: Option<String>,
    pub dates: Option<Interval>,
    /// The temporal expression the dates came from.
    pub date_text: Option<String>,
    /// The rule that fired, e.g. `visit.verb.arrive_in`.
    pub rule: String,
    pub confidence: f64,
    /// True for an event implied by another (a visit implied by a meeting abroad).
    pub derived: bool,
}

/// Everything the extractor sees of one document.
pub struct DocContext<'a> {
    pub doc: &'a Document,
    pub dct: Option<NaiveDate>,
    pub sentences: &'a [Sentence],
    pub timexes: &'a [Timex],
    pub entities: &'a [EntityMention],
    pub kb: &'a Kb,
}

/// Extracts the event mentions of one document.
pub fn extract(ctx: &DocContext) -> Vec<EventMention> {
    let _ = ctx;
    vec![]
}

//! One record per real-world event: groups the mentions of the same event
//! across sentences and documents, keeps every source, and records conflicts.
//!
//! (Essay to be written with the merger.)

use crate::extract::{EventMention, EventType, Participant, Status};
use crate::kb::Kb;
use crate::time::Interval;

/// A competing value for an event's dates, and who said it.
#[derive(Debug, Clone, PartialEq)]
pub struct DateClaim {
    pub interval: Interval,
    /// Indexes into the mention list.
    pub mentions: Vec<usize>,
}

/// One real-world event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub event_id: String,
    pub event_type: EventType,
    pub status: Status,
    pub participants: Vec<Participant>,
    pub place_id: Option<String>,
    pub country_code: Option<String>,
    pub dates: Option<Interval>,
    /// All distinct date values the sources gave, when more than one.
    pub date_claims: Vec<DateClaim>,
    /// Indexes into the mention list, in order.
    pub mentions: Vec<usize>,
    pub confidence: f64,
    pub derived: bool,
}

/// Merges mentions into events. Deterministic: the result does not depend on
/// the order of `mentions` beyond ties broken by (doc_id, offset).
pub fn merge(mentions: &[EventMention], kb: &Kb) -> Vec<Event> {
    let _ = (mentions, kb);
    vec![]
}

//! The `lineage` table (schema 1.1.0): which events of the previous release
//! became which events of this one, when their ids differ.
//!
//! Event ids are stable, but a new source can make two events one (a
//! *merge*), or show that one event was two (a *split*), and a change in the
//! extraction can give the same event another id (a *rename*). Without a
//! trace, a diff sees "removed + added". [`lineage`] compares the previous
//! release with the new dataset by their **mentions**: an old mention is
//! found again in the new dataset by its `mention_id`, or else by its
//! document, character span and event type (a mention id changes when the
//! rule that found it does). An event without mentions is traced by its
//! sources (document, span, type) instead. Every old event is thereby linked to the new
//! events now holding its mentions (its *successors*), and every new event to
//! its *predecessors*. An old event gets rows when its mentions now belong to
//! an event with another id:
//!
//! | relation  | row (`previous_event_id` -> `event_id`) when                      |
//! |-----------|--------------------------------------------------------------------|
//! | `merged`  | the new event has two or more predecessors                         |
//! | `split`   | the old event has two or more successors (and it is not a merge)   |
//! | `renamed` | one old event, one new event, different ids                        |
//! | `same`    | same id, listed so a merge or split group is complete              |
//!
//! An old event whose mentions all stay under its own id, alone, gets no
//! row; so does one whose mentions are all gone (the diff reports it as
//! removed). Rows are sorted by (`event_id`, `previous_event_id`).
//!
//! ```
//! use diplo::dataset::{lineage::lineage, testdata::sample};
//! let old = sample();
//! let mut new = sample();
//! // A new source shows the call was part of the visit: one event now.
//! let call = new.events.remove(1);
//! new.events[0].sources.extend(call.sources);
//! for m in &mut new.mentions { m.event_id = "ev-0001".into(); }
//! let rows = lineage(&old, &new);
//! let pairs: Vec<_> = rows.iter()
//!     .map(|r| (r.previous_event_id.as_str(), r.event_id.as_str(), r.relation.as_str()))
//!     .collect();
//! assert_eq!(pairs, [("ev-0001", "ev-0001", "same"), ("ev-0002", "ev-0001", "merged")]);
//! ```

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::records::{Dataset, LineageRecord};

/// The values of `relation`.
pub const RELATIONS: [&str; 4] = ["merged", "split", "renamed", "same"];

/// The order rows are stored in: by `event_id`, then `previous_event_id`.
pub fn order(a: &LineageRecord, b: &LineageRecord) -> Ordering {
    (&a.event_id, &a.previous_event_id).cmp(&(&b.event_id, &b.previous_event_id))
}

/// A mention found again by its span: document, start, end, event type.
type SpanKey<'a> = (&'a str, i64, i64, &'a str);

/// Where each mention of `ds` is: by mention id and by span, the event
/// holding it.
struct Index<'a> {
    by_id: HashMap<&'a str, &'a str>,
    by_span: HashMap<SpanKey<'a>, BTreeSet<&'a str>>,
}

/// Every place a dataset puts an event's evidence: (event id, mention id,
/// span) for each mention, and for events without mentions (a sparse
/// mentions table) their sources, with no mention id. An event's own
/// mentions are the better signal, so sources count only where they are
/// all there is.
fn located(ds: &Dataset) -> impl Iterator<Item = (&str, Option<&str>, SpanKey<'_>)> {
    let with_mentions: HashSet<&str> = ds.mentions.iter().map(|m| m.event_id.as_str()).collect();
    let mentions = ds.mentions.iter().map(|m| {
        let key = (
            m.doc_id.as_str(),
            m.char_start,
            m.char_end,
            m.event_type.as_str(),
        );
        (m.event_id.as_str(), Some(m.mention_id.as_str()), key)
    });
    let sources = ds
        .events
        .iter()
        .filter(move |e| !with_mentions.contains(e.event_id.as_str()))
        .flat_map(|e| {
            e.sources.iter().map(move |s| {
                let key = (
                    s.doc_id.as_str(),
                    s.char_start,
                    s.char_end,
                    e.event_type.as_str(),
                );
                (e.event_id.as_str(), None, key)
            })
        });
    mentions.chain(sources)
}

impl<'a> Index<'a> {
    fn of(ds: &'a Dataset) -> Self {
        let mut by_id = HashMap::new();
        let mut by_span: HashMap<SpanKey<'a>, BTreeSet<&'a str>> = HashMap::new();
        for (event, mention, key) in located(ds) {
            if let Some(id) = mention {
                by_id.insert(id, event);
            }
            by_span.entry(key).or_default().insert(event);
        }
        Index { by_id, by_span }
    }
}

/// Links `previous`'s events to `current`'s: the lineage rows of `current`
/// against the release `previous` (see the module documentation).
pub fn lineage<'a>(previous: &'a Dataset, current: &'a Dataset) -> Vec<LineageRecord> {
    let new = Index::of(current);
    // Old event id -> new event ids holding its mentions.
    let mut successors: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let empty = BTreeSet::new();
    // Where an old mention is now: by mention id, else by span. One
    // sentence can hold two mentions of one type (two meetings in it), so a
    // span may lead to several events: when the old event's own id is
    // among them, the mention stayed there.
    let now = |own: &'a str, id: Option<&str>, key: SpanKey<'a>| -> BTreeSet<&'a str> {
        let by_span = new.by_span.get(&key).unwrap_or(&empty);
        let by_id = id.and_then(|i| new.by_id.get(i)).copied();
        if by_span.contains(own) || by_id == Some(own) {
            [own].into_iter().collect()
        } else if let Some(e) = by_id {
            [e].into_iter().collect()
        } else {
            by_span.clone()
        }
    };
    for (event, mention, key) in located(previous) {
        let found = now(event, mention, key);
        successors.entry(event).or_default().extend(found);
    }
    let mut predecessors: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (old, news) in &successors {
        for n in news {
            predecessors.entry(n).or_default().insert(old);
        }
    }

    let mut rows = Vec::new();
    for (old, news) in &successors {
        let alone = |n: &&str| predecessors.get(n).map_or(0, BTreeSet::len) <= 1;
        if news.len() == 1 && news.contains(old) && news.iter().all(alone) {
            continue; // unchanged
        }
        for n in news {
            let relation = if n == old {
                "same"
            } else if !alone(n) {
                "merged"
            } else if news.len() > 1 {
                "split"
            } else {
                "renamed"
            };
            rows.push(LineageRecord {
                event_id: n.to_string(),
                previous_event_id: old.to_string(),
                relation: relation.into(),
                previous_dataset_version: previous.dataset_version.clone(),
            });
        }
    }
    // A surviving id that absorbed others: its own row completes the group.
    for (n, olds) in &predecessors {
        if olds.len() > 1 && olds.contains(n) && !rows.iter().any(|r| r.previous_event_id == *n) {
            rows.push(LineageRecord {
                event_id: n.to_string(),
                previous_event_id: n.to_string(),
                relation: "same".into(),
                previous_dataset_version: previous.dataset_version.clone(),
            });
        }
    }
    rows.sort_by(order);
    rows.dedup();
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::testdata::sample;

    fn pairs(rows: &[LineageRecord]) -> Vec<(&str, &str, &str)> {
        rows.iter()
            .map(|r| {
                (
                    r.previous_event_id.as_str(),
                    r.event_id.as_str(),
                    r.relation.as_str(),
                )
            })
            .collect()
    }

    #[test]
    fn unchanged_release_has_no_rows() {
        assert!(lineage(&sample(), &sample()).is_empty());
    }

    #[test]
    fn two_events_merged_into_a_new_id() {
        let old = sample();
        let mut new = sample();
        let call = new.events.remove(1);
        new.events[0].sources.extend(call.sources);
        new.events[0].event_id = "ev-0009".into();
        for m in &mut new.mentions {
            m.event_id = "ev-0009".into();
        }
        let rows = lineage(&old, &new);
        assert_eq!(
            pairs(&rows),
            [
                ("ev-0001", "ev-0009", "merged"),
                ("ev-0002", "ev-0009", "merged")
            ]
        );
        assert_eq!(
            rows[0].previous_dataset_version.as_deref(),
            Some("2026.11.0")
        );
    }

    #[test]
    fn one_event_split_in_two() {
        let old = sample();
        let mut new = sample();
        // The visit's second mention becomes an event of its own.
        let mut part = new.events[0].clone();
        part.event_id = "ev-0005".into();
        part.sources = vec![new.events[0].sources.remove(1)];
        new.events.push(part);
        let moved = new
            .mentions
            .iter_mut()
            .filter(|m| m.event_id == "ev-0001")
            .nth(1)
            .unwrap();
        moved.event_id = "ev-0005".into();
        let rows = lineage(&old, &new);
        assert_eq!(
            pairs(&rows),
            [
                ("ev-0001", "ev-0001", "same"),
                ("ev-0001", "ev-0005", "split")
            ]
        );
    }

    #[test]
    fn renamed_event_is_found_by_span_when_mention_ids_change() {
        let old = sample();
        let mut new = sample();
        new.events[1].event_id = "ev-0042".into();
        for m in &mut new.mentions {
            if m.event_id == "ev-0002" {
                m.event_id = "ev-0042".into();
                m.mention_id = format!("{}-v2", m.mention_id); // another rule
            }
        }
        assert_eq!(
            pairs(&lineage(&old, &new)),
            [("ev-0002", "ev-0042", "renamed")]
        );
    }

    #[test]
    fn two_events_from_one_sentence_stay_apart() {
        // Two events of one type reported by the same sentence (same
        // span, same mention id), both unchanged.
        let mut old = sample();
        let mut twin = old.events[0].clone();
        twin.event_id = "ev-0001b".into();
        old.events.push(twin);
        let mut m = old.mentions[0].clone();
        m.event_id = "ev-0001b".into();
        old.mentions.push(m);
        assert!(lineage(&old, &old).is_empty(), "{:?}", lineage(&old, &old));
    }

    #[test]
    fn removed_event_has_no_row() {
        let old = sample();
        let mut new = sample();
        new.events.remove(1);
        new.mentions.retain(|m| m.event_id != "ev-0002");
        assert!(lineage(&old, &new).is_empty());
    }

    #[test]
    fn relations_are_the_documented_ones() {
        let text = include_str!("../../schema/lineage.schema.json");
        for r in RELATIONS {
            assert!(text.contains(&format!("\"{r}\"")), "{r}");
        }
    }
}

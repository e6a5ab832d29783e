//! Tests of the trip passes ([`super::itinerary`], the wire conventions of
//! round 8) on invented wire copy, run through the whole per-document
//! analysis (sentences, tagger, the built-in knowledge base, extractor).

use chrono::NaiveDate;

use super::*;
use crate::ingest::{Document, Published, PublishedSource};
use crate::time::Tagger;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
}

/// The mentions of one invented story published on `dct`.
fn mentions(text: &str, dct: &str) -> Vec<EventMention> {
    let kb = Kb::builtin().expect("the built-in knowledge base loads");
    let doc = Document {
        doc_id: "t".to_string(),
        source: "t.txt".to_string(),
        line: None,
        url: None,
        title: None,
        author: None,
        outlet: None,
        published: Some(Published {
            date: day(dct),
            timestamp: None,
        }),
        published_source: PublishedSource::Metadata,
        segment: None,
        text: text.to_string(),
    };
    crate::pipeline::analyse(doc, &Tagger::new(), &kb).mentions
}

/// (place or country, start, end, status) of the visits of a guest.
fn visits(ms: &[EventMention], guest: &str) -> Vec<(String, String, String, Status)> {
    let mut v: Vec<(String, String, String, Status)> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Visit)
        .filter(|m| {
            m.participants
                .iter()
                .any(|p| p.role == Role::Guest && p.name.contains(guest))
        })
        .map(|m| {
            let at = m
                .place_id
                .clone()
                .or_else(|| m.country_code.clone())
                .unwrap_or_default();
            let (s, e) = m.dates.map_or((String::new(), String::new()), |d| {
                (d.start.to_string(), d.end.to_string())
            });
            (at, s, e, m.status)
        })
        .collect();
    v.sort_by(|a, b| (&a.0, &a.1, &a.2).cmp(&(&b.0, &b.1, &b.2)));
    v.dedup();
    v
}

#[test]
fn left_a_for_b_is_a_visit_to_b_from_that_day() {
    let ms = mentions(
        "MADRID, May 14 - U.S. Treasury Secretary James Baker left Madrid today for Rome and is\ndue back in Washington on Sunday, officials said.",
        "1987-05-14",
    );
    let v = visits(&ms, "Baker");
    assert!(
        v.contains(&(
            "rome".to_string(),
            "1987-05-14".to_string(),
            "1987-05-17".to_string(),
            Status::Occurred
        )),
        "{v:?}"
    );
}

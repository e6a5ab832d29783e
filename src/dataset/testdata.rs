//! A small hand-built dataset for tests and examples: two events (one with
//! a date conflict and a null place), their mentions, documents, actors and
//! places, touching every column type including nulls and empty lists.

use chrono::{DateTime, NaiveDate};

use super::records::*;

fn d(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn person(id: &str, name: &str, country: &str, office: &str, role: &str) -> ParticipantRecord {
    ParticipantRecord {
        actor_id: Some(id.into()),
        name: name.into(),
        kind: "person".into(),
        country: Some(country.into()),
        office: Some(office.into()),
        role: role.into(),
    }
}

fn source(doc: &str, published: &str, start: i64, quote: &str) -> SourceRecord {
    SourceRecord {
        doc_id: doc.into(),
        url: None,
        published: d(published),
        char_start: start,
        char_end: start + quote.chars().count() as i64,
        quote: quote.into(),
    }
}

/// The sample dataset.
pub fn sample() -> Dataset {
    let kerry = person(
        "john-kerry",
        "John Kerry",
        "USA",
        "Secretary of State",
        "guest",
    );
    let lavrov = person(
        "sergey-lavrov",
        "Sergey Lavrov",
        "RUS",
        "Foreign Minister",
        "host",
    );
    let visit = EventRecord {
        event_id: "ev-0001".into(),
        event_type: "visit".into(),
        status: "occurred".into(),
        title: "John Kerry visits Moscow".into(),
        participants: vec![kerry.clone(), lavrov.clone()],
        place_id: Some("moscow".into()),
        place_name: Some("Moscow".into()),
        country_code: Some("RUS".into()),
        latitude: Some(55.7558),
        longitude: Some(37.6173),
        location_precision: Some("city".into()),
        start_date: d("2016-03-23"),
        end_date: d("2016-03-24"),
        date_precision: "day".into(),
        date_edtf: Some("2016-03-23/2016-03-24".into()),
        sources: vec![
            source("doc-a", "2016-03-22", 10, "Kerry will visit Moscow"),
            source(
                "doc-b",
                "2016-03-25",
                0,
                "Kerry met Lavrov in Moscow «on Thursday»",
            ),
        ],
        source_count: 2,
        confidence: 0.9,
        date_conflicts: vec![DateClaimRecord {
            start_date: d("2016-03-24"),
            end_date: d("2016-03-24"),
            date_precision: "day".into(),
            date_edtf: Some("2016-03-24".into()),
            doc_ids: vec!["doc-b".into()],
        }],
        derived: false,
    };
    let call = EventRecord {
        event_id: "ev-0002".into(),
        event_type: "call".into(),
        status: "planned".into(),
        title: "Russia and the United States: call".into(),
        participants: vec![ParticipantRecord {
            actor_id: None,
            name: "Russia".into(),
            kind: "state".into(),
            country: None,
            office: None,
            role: "participant".into(),
        }],
        place_id: None,
        place_name: None,
        country_code: None,
        latitude: None,
        longitude: None,
        location_precision: None,
        start_date: None,
        end_date: None,
        date_precision: "unknown".into(),
        date_edtf: None,
        sources: vec![source("doc-b", "2016-03-25", 50, "a call is expected")],
        source_count: 1,
        confidence: 0.5,
        date_conflicts: vec![],
        derived: true,
    };
    let mention = |id: &str, ev: &EventRecord, s: &SourceRecord| MentionRecord {
        mention_id: id.into(),
        event_id: ev.event_id.clone(),
        doc_id: s.doc_id.clone(),
        char_start: s.char_start,
        char_end: s.char_end,
        sentence: s.quote.clone(),
        event_type: ev.event_type.clone(),
        status: ev.status.clone(),
        participants: ev.participants.clone(),
        place_id: ev.place_id.clone(),
        country_code: ev.country_code.clone(),
        start_date: ev.start_date,
        end_date: ev.end_date,
        date_precision: ev.date_precision.clone(),
        date_text: Some("on Thursday".into()),
        rule: "visit.will_visit".into(),
        confidence: 0.75,
    };
    let mentions = vec![
        mention("m-0001", &visit, &visit.sources[0]),
        mention("m-0002", &visit, &visit.sources[1]),
        mention("m-0003", &call, &call.sources[0]),
    ];
    let doc = |id: &str, published: &str, time: Option<&str>| DocumentRecord {
        doc_id: id.into(),
        source: format!("seeds/{id}.txt"),
        url: Some(format!("https://example.org/{id}")),
        title: Some(format!("Title of {id}")),
        published: d(published),
        published_time: time
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.to_utc()),
        published_source: if time.is_some() { "metadata" } else { "header" }.into(),
        char_count: 1234,
        content_hash: "0123456789abcdef".into(),
        segment: time.map(|_| 0),
    };
    Dataset {
        dataset_version: Some("2026.11.0".into()),
        events: vec![visit, call],
        mentions,
        documents: vec![
            doc("doc-a", "2016-03-22", None),
            doc("doc-b", "2016-03-25", Some("2016-03-25T09:30:00.123456Z")),
        ],
        actors: vec![
            ActorRecord {
                actor_id: "john-kerry".into(),
                name: "John Kerry".into(),
                kind: "person".into(),
                country: Some("USA".into()),
                wikidata: Some("Q22316".into()),
                offices: vec![OfficeRecord {
                    office: "Secretary of State".into(),
                    of: "USA".into(),
                    start: NaiveDate::from_ymd_opt(2013, 2, 1).unwrap_or_default(),
                    end: d("2017-01-20"),
                }],
            },
            ActorRecord {
                actor_id: "sergey-lavrov".into(),
                name: "Sergey Lavrov".into(),
                kind: "person".into(),
                country: Some("RUS".into()),
                wikidata: None,
                offices: vec![],
            },
        ],
        places: vec![PlaceRecord {
            place_id: "moscow".into(),
            name: "Moscow".into(),
            kind: "city".into(),
            country_code: "RUS".into(),
            latitude: 55.7558,
            longitude: 37.6173,
            city_id: None,
        }],
        inputs: vec![InputRecord {
            path: "seeds".into(),
            bytes: 4096,
            blake3: "ab".repeat(32),
            documents: 2,
        }],
        skipped: vec![SkippedRecord {
            path: "seeds/broken.jsonl".into(),
            line: Some(3),
            article: None,
            reason: "expected a JSON object, found \"{\"".into(),
        }],
    }
}

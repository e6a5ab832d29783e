//! A small hand-built dataset for tests and examples: two events (one with
//! a date conflict and a null place), their mentions, documents, actors and
//! places, touching every column type including nulls and empty lists.

use chrono::{DateTime, NaiveDate};

use super::records::*;

/// A date from `YYYY-MM-DD` (None if it is not one).
pub fn d(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// A participant who is a person with an office.
pub fn person(id: &str, name: &str, country: &str, office: &str, role: &str) -> ParticipantRecord {
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
        forum: None,
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
        forum: None,
    };
    // the trigger: the first of the event type's words in the quote
    let trigger = |s: &SourceRecord| {
        ["visit", "met", "call"].iter().find_map(|w| {
            let at = s.quote.find(w)?;
            let start = s.char_start + s.quote[..at].chars().count() as i64;
            Some((start, start + w.chars().count() as i64, w.to_string()))
        })
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
        trigger_start: trigger(s).map(|t| t.0),
        trigger_end: trigger(s).map(|t| t.1),
        trigger_text: trigger(s).map(|t| t.2),
        forum: ev.forum.clone(),
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
        lineage: vec![],
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

/// A tiny deterministic generator (xorshift) for property tests.
pub struct Gen(u64);

impl Gen {
    pub fn new(seed: u64) -> Self {
        Gen(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }

    pub fn coin(&mut self) -> bool {
        self.next_u64() & 1 == 1
    }

    /// A string of 0..12 characters mixing ASCII, JSON specials, controls,
    /// accents, CJK and astral characters.
    pub fn string(&mut self) -> String {
        const POOL: &[char] = &[
            'a',
            'Z',
            '0',
            ' ',
            '"',
            '\\',
            '/',
            '\n',
            '\t',
            '\u{0}',
            '\u{1f}',
            'é',
            'ß',
            'Ж',
            '北',
            '\u{200b}',
            '\u{2028}',
            '😀',
            '\u{10ffff}',
            '{',
            ',',
        ];
        let n = self.below(12);
        (0..n)
            .map(|_| POOL[self.below(POOL.len() as u64) as usize])
            .collect()
    }

    pub fn opt_string(&mut self) -> Option<String> {
        self.coin().then(|| self.string())
    }

    pub fn date(&mut self) -> NaiveDate {
        // Years 1..9999, the range a date string "YYYY-MM-DD" can hold.
        let days = self.below(3_652_059) as i64;
        NaiveDate::from_ymd_opt(1, 1, 1)
            .and_then(|d| d.checked_add_signed(chrono::Duration::days(days)))
            .unwrap_or_default()
    }

    pub fn opt_date(&mut self) -> Option<NaiveDate> {
        self.coin().then(|| self.date())
    }

    pub fn float(&mut self) -> f64 {
        match self.below(6) {
            0 => 0.0,
            1 => -0.0,
            2 => f64::MIN_POSITIVE / 8.0,
            3 => f64::MAX,
            _ => f64::from_bits(self.next_u64() >> 2) * if self.coin() { 1.0 } else { -1.0 },
        }
    }

    pub fn opt_float(&mut self) -> Option<f64> {
        self.coin().then(|| self.float()).filter(|f| f.is_finite())
    }

    pub fn int(&mut self) -> i64 {
        match self.below(4) {
            0 => i64::MIN,
            1 => i64::MAX,
            _ => self.next_u64() as i64,
        }
    }

    pub fn opt_int(&mut self) -> Option<i64> {
        self.coin().then(|| self.int())
    }

    fn vec<T>(&mut self, max: u64, mut f: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let n = self.below(max + 1);
        (0..n).map(|_| f(self)).collect()
    }
}

fn finite(f: f64) -> f64 {
    if f.is_finite() {
        f
    } else {
        0.5
    }
}

/// A random dataset: every column filled with random (valid-typed) values.
/// Ids are unique; references are not meant to resolve.
pub fn random(seed: u64) -> Dataset {
    let mut g = Gen::new(seed);
    let g = &mut g;
    let participant = |g: &mut Gen| ParticipantRecord {
        actor_id: g.opt_string(),
        name: g.string(),
        kind: g.string(),
        country: g.opt_string(),
        office: g.opt_string(),
        role: g.string(),
    };
    let events = g.vec(4, |g| EventRecord {
        event_id: format!("e{}", g.next_u64()),
        event_type: g.string(),
        status: g.string(),
        title: g.string(),
        participants: g.vec(3, participant),
        place_id: g.opt_string(),
        place_name: g.opt_string(),
        country_code: g.opt_string(),
        latitude: g.opt_float(),
        longitude: g.opt_float(),
        location_precision: g.opt_string(),
        start_date: g.opt_date(),
        end_date: g.opt_date(),
        date_precision: g.string(),
        date_edtf: g.opt_string(),
        sources: g.vec(3, |g| SourceRecord {
            doc_id: g.string(),
            url: g.opt_string(),
            published: g.opt_date(),
            char_start: g.int(),
            char_end: g.int(),
            quote: g.string(),
        }),
        source_count: g.next_u64() as i32,
        confidence: finite(g.float()),
        date_conflicts: g.vec(2, |g| DateClaimRecord {
            start_date: g.opt_date(),
            end_date: g.opt_date(),
            date_precision: g.string(),
            date_edtf: g.opt_string(),
            doc_ids: g.vec(3, Gen::string),
        }),
        derived: g.coin(),
        forum: g.opt_string(),
    });
    let mentions = g.vec(4, |g| MentionRecord {
        mention_id: format!("m{}", g.next_u64()),
        event_id: g.string(),
        doc_id: g.string(),
        char_start: g.int(),
        char_end: g.int(),
        sentence: g.string(),
        event_type: g.string(),
        status: g.string(),
        participants: g.vec(2, participant),
        place_id: g.opt_string(),
        country_code: g.opt_string(),
        start_date: g.opt_date(),
        end_date: g.opt_date(),
        date_precision: g.string(),
        date_text: g.opt_string(),
        rule: g.string(),
        confidence: finite(g.float()),
        trigger_start: g.opt_int(),
        trigger_end: g.opt_int(),
        trigger_text: g.opt_string(),
        forum: g.opt_string(),
    });
    let documents = g.vec(4, |g| DocumentRecord {
        doc_id: format!("d{}", g.next_u64()),
        source: g.string(),
        url: g.opt_string(),
        title: g.opt_string(),
        published: g.opt_date(),
        published_time: g
            .coin()
            .then(|| {
                // 1600..2200, microsecond resolution.
                let us = -11_676_096_000_000_000 + (g.below(18_934_560_000_000_000) as i64);
                DateTime::from_timestamp_micros(us)
            })
            .flatten(),
        published_source: g.string(),
        char_count: g.int(),
        content_hash: g.string(),
        segment: g.coin().then(|| g.next_u64() as i32),
    });
    let actors = g.vec(3, |g| ActorRecord {
        actor_id: format!("a{}", g.next_u64()),
        name: g.string(),
        kind: g.string(),
        country: g.opt_string(),
        wikidata: g.opt_string(),
        offices: g.vec(2, |g| OfficeRecord {
            office: g.string(),
            of: g.string(),
            start: g.date(),
            end: g.opt_date(),
        }),
    });
    let places = g.vec(3, |g| PlaceRecord {
        place_id: format!("p{}", g.next_u64()),
        name: g.string(),
        kind: g.string(),
        country_code: g.string(),
        latitude: finite(g.float()),
        longitude: finite(g.float()),
        city_id: g.opt_string(),
    });
    let lineage = g.vec(3, |g| LineageRecord {
        event_id: format!("e{}", g.next_u64()),
        previous_event_id: g.string(),
        relation: g.string(),
        previous_dataset_version: g.opt_string(),
    });
    let mut ds = Dataset {
        dataset_version: g.opt_string(),
        events,
        mentions,
        documents,
        actors,
        places,
        lineage,
        inputs: vec![],
        skipped: vec![],
    };
    // The writer stores rows sorted by id; sort here so equality is exact.
    ds.events.sort_by(|a, b| a.event_id.cmp(&b.event_id));
    ds.mentions.sort_by(|a, b| a.mention_id.cmp(&b.mention_id));
    ds.documents.sort_by(|a, b| a.doc_id.cmp(&b.doc_id));
    ds.actors.sort_by(|a, b| a.actor_id.cmp(&b.actor_id));
    ds.places.sort_by(|a, b| a.place_id.cmp(&b.place_id));
    ds.lineage.sort_by(super::lineage::order);
    ds
}

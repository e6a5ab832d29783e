//! The compile driver: runs every stage over a corpus and builds the
//! dataset's records.
//!
//! ```text
//! discover -> read (files in parallel) -> per document, in parallel:
//!     sentences, temporal expressions, entities, event mentions
//! -> merge (all mentions) -> records (events, mentions, documents, actors, places)
//! ```
//!
//! The per-document work ([`analyse`]) sees one document and the shared,
//! read-only [`Kb`] and [`Tagger`]; it is pure, so documents are analysed in
//! any order on any number of threads and the result is the same. Everything
//! that leaves this module is sorted (events by date then id, mentions by
//! document and offset, documents by id), so the same inputs give the same
//! files.
//!
//! A document without a publication date gets one inferred from its content
//! (`time::Tagger::infer_dct`) when the content pins it to a single day; a
//! wider inferred window is recorded (`published_source = inferred`, the
//! latest plausible date) but relative expressions are then left unresolved
//! rather than guessed.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::dataset::{
    ActorRecord, Dataset, DateClaimRecord, DocumentRecord, EventRecord, InputRecord, MentionRecord,
    OfficeRecord, ParticipantRecord, PlaceRecord, SkippedRecord, SourceRecord,
};
use crate::extract::{self, DocContext, EventMention, EventType, Participant};
use crate::ingest::{self, Document, InputFile, Problem, Published, PublishedSource};
use crate::kb::{Kb, PlaceKind};
use crate::merge::{self, Event};
use crate::text::{self, CharMap};
use crate::time::{Interval, Precision, Tagger};

/// Options of one compile.
#[derive(Debug, Clone, Default)]
pub struct CompileOptions {
    pub dataset_version: Option<String>,
}

/// What a compile produced, before it is written.
#[derive(Debug)]
pub struct Compiled {
    pub dataset: Dataset,
    /// The bad articles and files, in input order.
    pub problems: Vec<Problem>,
}

/// One document after the per-document stages.
#[derive(Debug)]
pub struct Analysed {
    pub doc: Document,
    pub mentions: Vec<EventMention>,
}

/// Gives an undated document the date its content pins down, if any.
pub fn date_document(doc: &mut Document, tagger: &Tagger) {
    if doc.published.is_some() {
        return;
    }
    if let Some(inf) = tagger.infer_dct(&doc.text) {
        doc.published = Some(Published {
            date: inf.latest,
            timestamp: None,
        });
        doc.published_source = PublishedSource::Inferred;
    }
}

/// The date relative expressions resolve against: the publication date,
/// unless it is an inferred window wider than a day.
pub fn reference_date(doc: &Document, tagger: &Tagger) -> Option<NaiveDate> {
    match doc.published_source {
        PublishedSource::Inferred => tagger
            .infer_dct(&doc.text)
            .filter(|i| i.earliest == i.latest)
            .map(|i| i.latest),
        _ => doc.published.map(|p| p.date),
    }
}

/// The per-document work: sentences, times, entities, event mentions.
pub fn analyse(mut doc: Document, tagger: &Tagger, kb: &Kb) -> Analysed {
    date_document(&mut doc, tagger);
    let dct = reference_date(&doc, tagger);
    let sentences = text::sentences(&doc.text);
    let timexes = tagger.tag(&doc.text, dct);
    let entities = kb.resolve(&doc.text, dct);
    let mentions = {
        let ctx = DocContext {
            doc: &doc,
            dct,
            sentences: &sentences,
            timexes: &timexes,
            entities: &entities,
            kb,
        };
        extract::extract(&ctx)
    };
    Analysed { doc, mentions }
}

/// Reads and compiles the input files. `progress` is called once per file read.
pub fn compile(
    files: &[InputFile],
    kb: &Kb,
    opts: &CompileOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Compiled {
    let tagger = Tagger::new();
    let outcomes: Vec<_> = files
        .par_iter()
        .map(|f| {
            let out = ingest::read(f);
            progress(out.bytes);
            out
        })
        .collect();

    let mut problems = vec![];
    let mut inputs = vec![];
    let mut docs = vec![];
    for (f, out) in files.iter().zip(outcomes) {
        inputs.push(InputRecord {
            path: f.display.clone(),
            bytes: out.bytes,
            blake3: out.hash,
            documents: out.documents.len() as u64,
        });
        problems.extend(out.problems);
        docs.extend(out.documents);
    }
    // Two inputs may carry the same id (a metadata id reused): keep the first,
    // report the others.
    let mut seen = BTreeSet::new();
    docs.retain(|d| {
        if seen.insert(d.doc_id.clone()) {
            true
        } else {
            problems.push(Problem {
                path: d.source.clone(),
                line: d.line,
                article: Some(d.doc_id.clone()),
                reason: format!("duplicate document id {:?}: kept the first", d.doc_id),
            });
            false
        }
    });

    let mut analysed: Vec<Analysed> = docs
        .into_par_iter()
        .map(|d| analyse(d, &tagger, kb))
        .collect();
    analysed.sort_by(|a, b| a.doc.doc_id.cmp(&b.doc.doc_id));

    let dataset = build_dataset(&analysed, kb, opts, inputs, &problems);
    Compiled { dataset, problems }
}

/// Merges the mentions of all documents and builds every table.
pub fn build_dataset(
    analysed: &[Analysed],
    kb: &Kb,
    opts: &CompileOptions,
    inputs: Vec<InputRecord>,
    problems: &[Problem],
) -> Dataset {
    let docs: BTreeMap<&str, &Document> = analysed
        .iter()
        .map(|a| (a.doc.doc_id.as_str(), &a.doc))
        .collect();
    let charmaps: BTreeMap<&str, CharMap> = analysed
        .iter()
        .map(|a| (a.doc.doc_id.as_str(), CharMap::new(&a.doc.text)))
        .collect();
    let mentions: Vec<EventMention> = analysed
        .iter()
        .flat_map(|a| a.mentions.iter().cloned())
        .collect();
    let events = merge::merge(&mentions, kb);

    let mut event_of = vec![None; mentions.len()];
    for ev in &events {
        for &m in &ev.mentions {
            if let Some(slot) = event_of.get_mut(m) {
                *slot = Some(ev.event_id.as_str());
            }
        }
    }

    let span = |m: &EventMention| -> (i64, i64) {
        match charmaps.get(m.doc_id.as_str()) {
            Some(cm) => (
                cm.char_offset(m.sentence.start) as i64,
                cm.char_offset(m.sentence.end) as i64,
            ),
            None => (0, 0),
        }
    };
    let quote = |m: &EventMention| -> String {
        docs.get(m.doc_id.as_str())
            .and_then(|d| d.text.get(m.sentence.start..m.sentence.end))
            .unwrap_or_default()
            .to_string()
    };

    let mut event_rows: Vec<EventRecord> = events
        .iter()
        .map(|ev| event_record(ev, &mentions, &docs, kb, &span, &quote))
        .collect();
    event_rows.sort_by(|a, b| {
        (a.start_date.is_none(), a.start_date, &a.event_id).cmp(&(
            b.start_date.is_none(),
            b.start_date,
            &b.event_id,
        ))
    });

    let mut mention_rows: Vec<MentionRecord> = mentions
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let event_id = event_of[i]?.to_string();
            let (char_start, char_end) = span(m);
            Some(MentionRecord {
                mention_id: mention_id(m, char_start, char_end),
                event_id,
                doc_id: m.doc_id.clone(),
                char_start,
                char_end,
                sentence: quote(m),
                event_type: m.event_type.as_str().to_string(),
                status: m.status.as_str().to_string(),
                participants: m.participants.iter().map(participant_record).collect(),
                place_id: m.place_id.clone(),
                country_code: m.country_code.clone(),
                start_date: m.dates.map(|d| d.start),
                end_date: m.dates.map(|d| d.end),
                date_precision: precision_of(m.dates).to_string(),
                date_text: m.date_text.clone(),
                rule: m.rule.clone(),
                confidence: m.confidence,
            })
        })
        .collect();
    mention_rows.sort_by(|a, b| {
        (&a.doc_id, a.char_start, a.char_end, &a.mention_id).cmp(&(
            &b.doc_id,
            b.char_start,
            b.char_end,
            &b.mention_id,
        ))
    });
    mention_rows.dedup_by(|a, b| a.mention_id == b.mention_id);

    let document_rows = analysed.iter().map(|a| document_record(&a.doc)).collect();
    let actor_rows = actor_records(&event_rows, kb);
    let place_rows = place_records(&event_rows, &events, kb);

    let mut skipped: Vec<SkippedRecord> = problems
        .iter()
        .map(|p| SkippedRecord {
            path: p.path.clone(),
            line: p.line,
            article: p.article.clone(),
            reason: p.reason.clone(),
        })
        .collect();
    skipped.sort_by(|a, b| (&a.path, a.line, &a.article).cmp(&(&b.path, b.line, &b.article)));

    Dataset {
        dataset_version: opts.dataset_version.clone(),
        events: event_rows,
        mentions: mention_rows,
        documents: document_rows,
        actors: actor_rows,
        places: place_rows,
        lineage: Vec::new(),
        inputs,
        skipped,
    }
}

fn precision_of(dates: Option<Interval>) -> &'static str {
    dates.map_or(Precision::Unknown, |d| d.precision).as_str()
}

fn mention_id(m: &EventMention, char_start: i64, char_end: i64) -> String {
    let key = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        m.doc_id,
        char_start,
        char_end,
        m.event_type.as_str(),
        m.rule
    );
    format!("mn-{}", &blake3::hash(key.as_bytes()).to_hex()[..16])
}

fn participant_record(p: &Participant) -> ParticipantRecord {
    ParticipantRecord {
        actor_id: p.actor_id.clone(),
        name: p.name.clone(),
        kind: p.kind.as_str().to_string(),
        country: p.country.clone(),
        office: p.office.clone(),
        role: p.role.as_str().to_string(),
    }
}

/// "John Kerry visits Moscow", "Meeting of John Kerry and Sergey Lavrov in Moscow".
pub fn title(ev: &Event, place: Option<&str>) -> String {
    let names = |role: Option<crate::extract::Role>| -> Vec<&str> {
        ev.participants
            .iter()
            .filter(|p| role.is_none_or(|r| p.role == r))
            .map(|p| p.name.as_str())
            .collect()
    };
    let join = |v: &[&str]| match v {
        [] => "unnamed participants".to_string(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    };
    let at = place.map(|p| format!(" in {p}")).unwrap_or_default();
    match ev.event_type {
        EventType::Visit => {
            let guests = names(Some(crate::extract::Role::Guest));
            let guests = if guests.is_empty() {
                names(None)
            } else {
                guests
            };
            let verb = if guests.len() > 1 { "visit" } else { "visits" };
            match place {
                Some(p) => format!("{} {verb} {p}", join(&guests)),
                None => format!("{} {verb} abroad", join(&guests)),
            }
        }
        EventType::Meeting => format!("Meeting of {}{at}", join(&names(None))),
        EventType::Call => format!("Call between {}", join(&names(None))),
    }
}

fn event_record(
    ev: &Event,
    mentions: &[EventMention],
    docs: &BTreeMap<&str, &Document>,
    kb: &Kb,
    span: &dyn Fn(&EventMention) -> (i64, i64),
    quote: &dyn Fn(&EventMention) -> String,
) -> EventRecord {
    // A venue stands for its city in place_id/place_name; its coordinates
    // and `location_precision = venue` keep the finer location.
    let place = ev.place_id.as_deref().and_then(|id| kb.place(id));
    let city = place.map(
        |p| match (p.kind, p.city.as_deref().and_then(|c| kb.place(c))) {
            (PlaceKind::Venue, Some(city)) => city,
            _ => p,
        },
    );
    let country_code = ev
        .country_code
        .clone()
        .or_else(|| place.map(|p| p.country.clone()));
    let country = country_code.as_deref().and_then(|c| kb.country(c));
    let (latitude, longitude, location_precision) = match (place, country) {
        (Some(p), _) => (Some(p.latitude), Some(p.longitude), Some(p.kind.as_str())),
        (None, Some(c)) => (Some(c.latitude), Some(c.longitude), Some("country")),
        (None, None) => (None, None, None),
    };

    let mut sources: Vec<SourceRecord> = ev
        .mentions
        .iter()
        .filter_map(|&i| mentions.get(i))
        .map(|m| {
            let (char_start, char_end) = span(m);
            let doc = docs.get(m.doc_id.as_str());
            SourceRecord {
                doc_id: m.doc_id.clone(),
                url: doc.and_then(|d| d.url.clone()),
                published: doc.and_then(|d| d.published.map(|p| p.date)),
                char_start,
                char_end,
                quote: quote(m),
            }
        })
        .collect();
    sources.sort_by(|a, b| (&a.doc_id, a.char_start).cmp(&(&b.doc_id, b.char_start)));
    sources.dedup_by(|a, b| a.doc_id == b.doc_id && a.char_start == b.char_start);
    let source_count = sources
        .iter()
        .map(|s| s.doc_id.as_str())
        .collect::<BTreeSet<_>>()
        .len() as i32;

    let date_conflicts = if ev.date_claims.len() > 1 {
        ev.date_claims
            .iter()
            .map(|c| DateClaimRecord {
                start_date: Some(c.interval.start),
                end_date: Some(c.interval.end),
                date_precision: c.interval.precision.as_str().to_string(),
                date_edtf: Some(c.interval.edtf()),
                doc_ids: c
                    .mentions
                    .iter()
                    .filter_map(|&i| mentions.get(i).map(|m| m.doc_id.clone()))
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect(),
            })
            .collect()
    } else {
        vec![]
    };

    EventRecord {
        event_id: ev.event_id.clone(),
        event_type: ev.event_type.as_str().to_string(),
        status: ev.status.as_str().to_string(),
        title: title(ev, city.map(|c| c.name.as_str())),
        participants: ev.participants.iter().map(participant_record).collect(),
        place_id: city.map(|c| c.id.clone()),
        place_name: city.map(|c| c.name.clone()),
        country_code,
        latitude,
        longitude,
        location_precision: location_precision.map(str::to_string),
        start_date: ev.dates.map(|d| d.start),
        end_date: ev.dates.map(|d| d.end),
        date_precision: precision_of(ev.dates).to_string(),
        date_edtf: ev.dates.map(|d| d.edtf()),
        sources,
        source_count,
        confidence: ev.confidence,
        date_conflicts,
        derived: ev.derived,
    }
}

fn document_record(d: &Document) -> DocumentRecord {
    DocumentRecord {
        doc_id: d.doc_id.clone(),
        source: d.source.clone(),
        url: d.url.clone(),
        title: d.title.clone(),
        published: d.published.map(|p| p.date),
        published_time: d.published.and_then(|p| p.timestamp),
        published_source: d.published_source.as_str().to_string(),
        char_count: d.text.chars().count() as i64,
        content_hash: d.content_hash(),
        segment: d.segment.map(|s| s as i32),
    }
}

/// The actors the events name, with every tenure the knowledge base knows.
fn actor_records(events: &[EventRecord], kb: &Kb) -> Vec<ActorRecord> {
    let ids: BTreeSet<&str> = events
        .iter()
        .flat_map(|e| e.participants.iter())
        .filter_map(|p| p.actor_id.as_deref())
        .collect();
    ids.into_iter()
        .filter_map(|id| {
            let a = kb.actor(id)?;
            Some(ActorRecord {
                actor_id: a.id.clone(),
                name: a.name.clone(),
                kind: a.kind.as_str().to_string(),
                country: a.country.clone(),
                wikidata: a.wikidata.clone(),
                offices: kb
                    .tenures(id)
                    .into_iter()
                    .map(|t| OfficeRecord {
                        office: t.office.clone(),
                        of: t.of.clone(),
                        start: t.start,
                        end: t.end,
                    })
                    .collect(),
            })
        })
        .collect()
}

/// The places the events name: cities and the venues inside them.
fn place_records(rows: &[EventRecord], events: &[Event], kb: &Kb) -> Vec<PlaceRecord> {
    let mut ids: BTreeSet<&str> = rows.iter().filter_map(|e| e.place_id.as_deref()).collect();
    ids.extend(events.iter().filter_map(|e| e.place_id.as_deref()));
    ids.into_iter()
        .filter_map(|id| kb.place(id))
        .map(|p| PlaceRecord {
            place_id: p.id.clone(),
            name: p.name.clone(),
            kind: p.kind.as_str().to_string(),
            country_code: p.country.clone(),
            latitude: p.latitude,
            longitude: p.longitude,
            city_id: p.city.clone(),
        })
        .collect()
}

//! The compile driver: runs every stage over a corpus and builds the
//! dataset's records, in two stages that can run apart.
//!
//! ```text
//! map:    files in parallel -> read -> per document, in parallel:
//!           sentences, temporal expressions, entities, event mentions
//!           -> reduce: DocumentRecord + mentions with char spans and quotes;
//!              the text is dropped here
//! finish: drop repeated ids -> merge (all mentions)
//!           -> records (events, mentions, documents, actors, places)
//! ```
//!
//! [`compile`] is [`map`] then [`finish`]. [`map`] holds only the files in
//! flight as text (about one per thread): what it keeps of a document is a
//! [`Reduced`], so memory grows with the document records and mentions,
//! not with the text. A map result can be stored and merged later
//! (`crate::shard`), and a document's [`Reduced`] can be reused across
//! compiles (`crate::cache`).
//!
//! The per-document work ([`analyse`]) sees one document and the shared,
//! read-only [`Kb`] and [`Tagger`]; it is pure, so documents are analysed in
//! any order on any number of threads and the result is the same. While it
//! runs, the document's text is entered as this thread's
//! [`crate::re::Document`], so the rules' regexes know once whether the
//! text is ASCII, holds only curly quotes, dashes and no-break spaces
//! beyond it, or more (which twin of a regex searches it). Everything
//! that leaves this module is sorted (events by date then id, mentions by
//! document and offset, documents by id), so the same inputs give the same
//! files; when two documents share an id, the first in input order is kept.
//!
//! ```no_run
//! use diplo::{ingest, kb::Kb, pipeline};
//! let files = ingest::discover(&["news/".into()]).unwrap();
//! let kb = Kb::builtin().unwrap();
//! let compiled = pipeline::compile(&files, &kb, &Default::default(), &|_bytes| {});
//! println!("{} events", compiled.dataset.events.len());
//! ```
//!
//! A document without a publication date gets one inferred from its content
//! (`time::Tagger::infer_dct`) when the content pins it to a single day; a
//! wider inferred window is recorded (`published_source = inferred`, the
//! latest plausible date) but relative expressions are then left unresolved
//! rather than guessed.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::cache::Cache;
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
    /// Reuse per-document results stored here, and store new ones.
    pub cache: Option<std::sync::Arc<Cache>>,
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

/// A mention with what the dataset needs of its document's text: the
/// sentence's character span and the quote, and the trigger's character
/// span (inside the sentence's; `None` when the mention has no trigger of
/// its own words).
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    pub mention: EventMention,
    pub char_start: i64,
    pub char_end: i64,
    pub quote: String,
    pub trigger: Option<(i64, i64)>,
}

/// One document reduced to what the dataset needs; its text is gone.
#[derive(Debug, Clone, PartialEq)]
pub struct Reduced {
    pub record: DocumentRecord,
    /// The input line the article starts at (JSONL, SGML), for messages.
    pub line: Option<usize>,
    pub mentions: Vec<Located>,
}

/// The map stage's result over some input files: every document reduced,
/// in input order, duplicates of an id included (the merge stage drops them).
#[derive(Debug, Default)]
pub struct Mapped {
    pub inputs: Vec<InputRecord>,
    /// The bad articles and files, in input order.
    pub problems: Vec<Problem>,
    /// What cost no article but deserves a word (a metadata date that does
    /// not parse, a broken sidecar), in input order. Shown at map time; not
    /// stored in shards.
    pub warnings: Vec<Problem>,
    pub docs: Vec<Reduced>,
}

impl Mapped {
    /// Appends another part that follows this one in input order.
    pub fn append(&mut self, other: Mapped) {
        self.inputs.extend(other.inputs);
        self.problems.extend(other.problems);
        self.warnings.extend(other.warnings);
        self.docs.extend(other.docs);
    }
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

/// [`date_document`] then [`reference_date`], inferring from the content
/// once instead of twice for an undated document.
pub fn date_and_reference(doc: &mut Document, tagger: &Tagger) -> Option<NaiveDate> {
    if doc.published.is_none() {
        if let Some(inf) = tagger.infer_dct(&doc.text) {
            doc.published = Some(Published {
                date: inf.latest,
                timestamp: None,
            });
            doc.published_source = PublishedSource::Inferred;
            return (inf.earliest == inf.latest).then_some(inf.latest);
        }
    }
    reference_date(doc, tagger)
}

/// The per-document work: sentences, times, entities, event mentions.
pub fn analyse(mut doc: Document, tagger: &Tagger, kb: &Kb) -> Analysed {
    let dct = date_and_reference(&mut doc, tagger);
    let mentions = {
        // every search below on a part of the text knows its script
        let _script = crate::re::Document::enter(&doc.text);
        let sentences = text::sentences(&doc.text);
        let timexes = tagger.tag(&doc.text, dct);
        let entities = kb.resolve(&doc.text, dct);
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

/// Reduces an analysed document to its record and located mentions,
/// dropping its text.
pub fn reduce(a: Analysed) -> Reduced {
    let Analysed { doc, mentions } = a;
    let charmap = CharMap::new(&doc.text);
    let mentions = mentions
        .into_iter()
        .map(|m| {
            let (s, e) = (m.sentence.start, m.sentence.end);
            Located {
                char_start: charmap.char_offset(s) as i64,
                char_end: charmap.char_offset(e) as i64,
                quote: doc.text.get(s..e).unwrap_or_default().to_string(),
                trigger: trigger_chars(&doc.text, &charmap, &m),
                mention: m,
            }
        })
        .collect();
    Reduced {
        record: document_record(&doc),
        line: doc.line,
        mentions,
    }
}

/// The character span of a mention's trigger in the document `text`: its
/// byte span converted like the sentence's, when it is a non-empty span on
/// character boundaries inside the sentence; `None` otherwise.
fn trigger_chars(text: &str, charmap: &CharMap, m: &EventMention) -> Option<(i64, i64)> {
    let (s, e) = m.trigger?;
    let inside = m.sentence.start <= s && s < e && e <= m.sentence.end;
    (inside && text.get(s..e).is_some())
        .then(|| (charmap.char_offset(s) as i64, charmap.char_offset(e) as i64))
}

/// The words of `quote` (the sentence at `char_start` in the document)
/// between the document character offsets `span`.
fn text_at(quote: &str, char_start: i64, span: (i64, i64)) -> Option<String> {
    let from = usize::try_from(span.0.checked_sub(char_start)?).ok()?;
    let len = usize::try_from(span.1.checked_sub(span.0)?).ok()?;
    let t: String = quote.chars().skip(from).take(len).collect();
    (t.chars().count() == len && len > 0).then_some(t)
}

/// Analyses and reduces one document, through the cache when there is one.
fn process(doc: Document, tagger: &Tagger, kb: &Kb, cache: Option<&Cache>) -> Reduced {
    let Some(cache) = cache else {
        return reduce(analyse(doc, tagger, kb));
    };
    let key = cache.key(&doc);
    if let Some(hit) = cache.get(&key) {
        return hit;
    }
    let r = reduce(analyse(doc, tagger, kb));
    cache.put(&key, &r);
    r
}

/// The map stage: reads the input files and reduces every document.
/// `progress` is called once per file read with its size.
///
/// Files are read and analysed in parallel, each file's documents as soon
/// as it is read, and each document's text is dropped once it is reduced:
/// only the files in flight (about one per thread) are held as text.
pub fn map(
    files: &[InputFile],
    kb: &Kb,
    opts: &CompileOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Mapped {
    let tagger = Tagger::new();
    let cache = opts.cache.as_deref();
    let parts: Vec<Mapped> = files
        .par_iter()
        .map(|f| {
            let out = ingest::read(f);
            progress(out.bytes);
            let input = InputRecord {
                path: f.display.clone(),
                bytes: out.bytes,
                blake3: out.hash,
                documents: out.documents.len() as u64,
            };
            let docs = out
                .documents
                .into_par_iter()
                .map(|d| process(d, &tagger, kb, cache))
                .collect();
            Mapped {
                inputs: vec![input],
                problems: out.problems,
                warnings: out.warnings,
                docs,
            }
        })
        .collect();
    let mut all = Mapped::default();
    all.docs
        .reserve_exact(parts.iter().map(|p| p.docs.len()).sum());
    for p in parts {
        all.append(p);
    }
    all
}

/// The merge stage: drops repeated document ids (keeping the first, in
/// input order), merges the mentions of all documents and builds every table.
pub fn finish(mapped: Mapped, kb: &Kb, opts: &CompileOptions) -> Compiled {
    let Mapped {
        inputs,
        mut problems,
        mut docs,
        ..
    } = mapped;
    // Two inputs may carry the same id (a metadata id reused): keep the first,
    // report the others.
    let mut seen = BTreeSet::new();
    docs.retain(|d| {
        if seen.insert(d.record.doc_id.clone()) {
            true
        } else {
            problems.push(Problem {
                path: d.record.source.clone(),
                line: d.line,
                article: Some(d.record.doc_id.clone()),
                reason: format!(
                    "duplicate document id {:?}: kept the first",
                    d.record.doc_id
                ),
            });
            false
        }
    });
    docs.sort_by(|a, b| a.record.doc_id.cmp(&b.record.doc_id));
    let dataset = build_dataset(docs, kb, opts, inputs, &problems);
    Compiled { dataset, problems }
}

/// Reads and compiles the input files: [`map`], then [`finish`].
pub fn compile(
    files: &[InputFile],
    kb: &Kb,
    opts: &CompileOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Compiled {
    finish(map(files, kb, opts, progress), kb, opts)
}

/// Merges the mentions of all documents (sorted by id, ids unique) and
/// builds every table.
pub fn build_dataset(
    docs: Vec<Reduced>,
    kb: &Kb,
    opts: &CompileOptions,
    inputs: Vec<InputRecord>,
    problems: &[Problem],
) -> Dataset {
    let mut records = Vec::with_capacity(docs.len());
    let mut mentions = vec![];
    let mut spans = vec![];
    for d in docs {
        records.push(d.record);
        for l in d.mentions {
            mentions.push(l.mention);
            spans.push(Span {
                char_start: l.char_start,
                char_end: l.char_end,
                quote: l.quote,
                trigger: l.trigger,
            });
        }
    }
    let docs: BTreeMap<&str, &DocumentRecord> =
        records.iter().map(|r| (r.doc_id.as_str(), r)).collect();
    let events = merge::merge(&mentions, kb);

    let mut event_of = vec![None; mentions.len()];
    for ev in &events {
        for &m in &ev.mentions {
            if let Some(slot) = event_of.get_mut(m) {
                *slot = Some(ev.event_id.as_str());
            }
        }
    }

    let mut event_rows: Vec<EventRecord> = events
        .iter()
        .map(|ev| event_record(ev, &mentions, &spans, &docs, kb))
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
        .zip(&spans)
        .enumerate()
        .filter_map(|(i, (m, sp))| {
            let event_id = event_of[i]?.to_string();
            let trigger = sp
                .trigger
                .and_then(|t| Some((t, text_at(&sp.quote, sp.char_start, t)?)));
            Some(MentionRecord {
                mention_id: mention_id(m, sp.char_start, sp.char_end),
                event_id,
                doc_id: m.doc_id.clone(),
                char_start: sp.char_start,
                char_end: sp.char_end,
                sentence: sp.quote.clone(),
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
                trigger_start: trigger.as_ref().map(|t| t.0 .0),
                trigger_end: trigger.as_ref().map(|t| t.0 .1),
                trigger_text: trigger.map(|t| t.1),
                forum: m.topic.clone(),
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

    let actor_rows = actor_records(&event_rows, kb);
    let place_rows = place_records(&event_rows, &events, kb);
    drop(docs);

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
        documents: records,
        actors: actor_rows,
        places: place_rows,
        lineage: Vec::new(),
        inputs,
        skipped,
    }
}

/// A mention's place in its document's text.
struct Span {
    char_start: i64,
    char_end: i64,
    quote: String,
    trigger: Option<(i64, i64)>,
}

fn precision_of(dates: Option<Interval>) -> &'static str {
    dates.map_or(Precision::Unknown, |d| d.precision).as_str()
}

/// A mention's id: its document, span, type and rule, and what tells apart
/// two events one sentence reports under the same rule ("will visit
/// Britain, France and Italy" is three visits): the place and the
/// participants.
fn mention_id(m: &EventMention, char_start: i64, char_end: i64) -> String {
    let mut who: Vec<&str> = m
        .participants
        .iter()
        .map(|p| p.actor_id.as_deref().unwrap_or(p.name.as_str()))
        .collect();
    who.sort_unstable();
    let key = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        m.doc_id,
        char_start,
        char_end,
        m.event_type.as_str(),
        m.rule,
        m.place_id.as_deref().unwrap_or(""),
        m.country_code.as_deref().unwrap_or(""),
        who.join("\u{1e}")
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
    spans: &[Span],
    docs: &BTreeMap<&str, &DocumentRecord>,
    kb: &Kb,
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
        .filter_map(|&i| Some((mentions.get(i)?, spans.get(i)?)))
        .map(|(m, sp)| {
            let doc = docs.get(m.doc_id.as_str());
            SourceRecord {
                doc_id: m.doc_id.clone(),
                url: doc.and_then(|d| d.url.clone()),
                published: doc.and_then(|d| d.published),
                char_start: sp.char_start,
                char_end: sp.char_end,
                quote: sp.quote.clone(),
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
        // the most specific forum of its mentions (schema 1.3.0)
        forum: crate::extract::forum::event_forum(
            ev.mentions
                .iter()
                .filter_map(|&i| mentions.get(i)?.topic.as_deref()),
        ),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, source: &str, text: &str) -> Document {
        Document {
            line: Some(7),
            ..Document::bare(id, source, text, NaiveDate::from_ymd_opt(2016, 3, 22))
        }
    }

    #[test]
    fn reduce_keeps_char_spans_and_quotes_and_drops_the_text() {
        let text = "Müller said so. Kerry visited Moscow.";
        let d = doc("a", "in.txt", text);
        let start = text.find("Kerry").unwrap_or(0);
        let m = mention(
            "a",
            (start, text.len()),
            text.find("visited").map(|t| (t, t + 7)),
        );
        let r = reduce(Analysed {
            doc: d,
            mentions: vec![m],
        });
        let l = &r.mentions[0];
        // "ü" is two bytes but one char.
        assert_eq!((l.char_start, l.char_end), (start as i64 - 1, 37));
        assert_eq!(l.quote, "Kerry visited Moscow.");
        // the trigger's span counts characters too, like the sentence's
        assert_eq!(l.trigger, Some((22, 29)));
        let chars: String = text.chars().skip(22).take(7).collect();
        assert_eq!(chars, "visited");
        assert_eq!(r.record.char_count, 37);
        assert_eq!(r.line, Some(7));
    }

    /// A bare meeting mention of document `doc_id` in `sentence` (byte
    /// offsets) fired by `trigger`.
    fn mention(
        doc_id: &str,
        sentence: (usize, usize),
        trigger: Option<(usize, usize)>,
    ) -> EventMention {
        EventMention {
            doc_id: doc_id.into(),
            doc_date: None,
            sentence: text::Sentence {
                start: sentence.0,
                end: sentence.1,
            },
            event_type: EventType::Meeting,
            status: extract::Status::Occurred,
            participants: vec![],
            place_id: None,
            country_code: None,
            dates: None,
            date_text: None,
            rule: "meeting.met".into(),
            confidence: 0.5,
            derived: false,
            trigger,
            topic: None,
        }
    }

    /// A mention of `text` in `sentence` (byte offsets) fired by `trigger`.
    fn fired(text: &str, sentence: (usize, usize), trigger: Option<(usize, usize)>) -> Located {
        let d = doc("t", "t.txt", text);
        let mut r = reduce(Analysed {
            doc: d,
            mentions: vec![mention("t", sentence, trigger)],
        });
        r.mentions.remove(0)
    }

    #[test]
    fn trigger_spans_count_characters_and_stay_inside_their_sentence() {
        // "ğ" (twice), "Ş" and "—" are 2, 2, 2 and 3 bytes: the byte span of
        // "met" starts 5 after its character span
        let text = "Erdoğan left. Ş. Erdoğan — who met Putin — said so.";
        let s = text.find("Ş").unwrap_or(0);
        let t = text.find("met").unwrap_or(0);
        let l = fired(text, (s, text.len()), Some((t, t + 3)));
        assert_eq!(t, 36);
        assert_eq!(l.trigger, Some((31, 34)));
        assert_eq!(
            text_at(&l.quote, l.char_start, (31, 34)).as_deref(),
            Some("met")
        );
        // outside the sentence, empty, or inside a character: no span
        assert_eq!(fired(text, (s, text.len()), Some((0, 7))).trigger, None);
        assert_eq!(fired(text, (s, text.len()), Some((t, t))).trigger, None);
        assert_eq!(fired(text, (s, text.len()), Some((s + 1, t))).trigger, None);
        assert_eq!(fired(text, (s, text.len()), None).trigger, None);
        // a span past the quote gives no text rather than a short one
        assert_eq!(text_at("met Putin", 10, (14, 30)), None);
        assert_eq!(text_at("met Putin", 10, (9, 12)), None);
    }

    #[test]
    fn finish_keeps_the_first_of_a_repeated_id_in_input_order() {
        let kb = Kb::default();
        let tagger = Tagger::new();
        let first = reduce(analyse(doc("x", "a.txt", "One."), &tagger, &kb));
        let second = reduce(analyse(doc("x", "b.txt", "Two."), &tagger, &kb));
        let other = reduce(analyse(doc("w", "b.txt", "Three."), &tagger, &kb));
        let mapped = Mapped {
            inputs: vec![],
            problems: vec![],
            warnings: vec![],
            docs: vec![first, second, other],
        };
        let c = finish(mapped, &kb, &CompileOptions::default());
        let ids: Vec<(&str, &str)> = c
            .dataset
            .documents
            .iter()
            .map(|d| (d.doc_id.as_str(), d.source.as_str()))
            .collect();
        assert_eq!(
            ids,
            [("w", "b.txt"), ("x", "a.txt")],
            "sorted by id, first kept"
        );
        assert_eq!(c.problems.len(), 1);
        assert_eq!(c.problems[0].path, "b.txt");
        assert_eq!(c.problems[0].line, Some(7));
        assert_eq!(c.dataset.skipped.len(), 1);
    }

    #[test]
    fn every_event_of_one_sentence_keeps_its_own_mention_row() {
        let kb = Kb::builtin().expect("builtin kb");
        let tagger = Tagger::new();
        let text = "Secretary of State John Kerry will visit Britain, France and Italy next week.";
        let mapped = Mapped {
            inputs: vec![],
            problems: vec![],
            warnings: vec![],
            docs: vec![reduce(analyse(doc("t", "t.txt", text), &tagger, &kb))],
        };
        let c = finish(mapped, &kb, &CompileOptions::default());
        let events = &c.dataset.events;
        assert!(events.len() >= 3, "three visits: {events:?}");
        for ev in events {
            let rows = c
                .dataset
                .mentions
                .iter()
                .filter(|m| m.event_id == ev.event_id)
                .count();
            assert_eq!(rows, 1, "one mention row for {}", ev.event_id);
        }
    }
}

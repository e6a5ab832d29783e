//! `diplo explain EVENT_ID DIR`: why a row of the events table exists.
//!
//! Reads a compiled dataset (JSON Lines, else Parquet) and prints one event
//! with its evidence: the event's values (type, status, dates with their
//! precision and EDTF, place, participants with roles); every mention,
//! grouped by reporting document in publication order, with the sentence and
//! the words that made the rule fire marked `[[like this]]`, the rule, and
//! the mention's own status and dates; the competing date values
//! (`date_conflicts`) and which rule picked the final one; the status as
//! each report gave it, oldest first, and the rule that chose the final
//! status; whether the event is derived (and from which events); the forum
//! of a club's meeting (schema 1.3.0: which council sat, e.g. `farm`, with
//! how many of its mentions say so; each mention line its own); its lineage
//! (the ids it had in the previous release). `--doc DOC_ID DIR` lists the
//! events one document contributed to instead.
//!
//! The dataset stores a mention's sentence, its date expression as written,
//! its resolved participants and place, and (since schema 1.2.0) the
//! character span of the trigger, the words that fired the rule
//! (`trigger_start`, `trigger_end`): `explain` marks the trigger there. The
//! other words it finds again in the sentence: the date text, each
//! participant's name (or surname), the place name. For a dataset older
//! than 1.2.0 (no trigger span) it falls back to the first word of the
//! sentence starting with a trigger stem of the event type (visit, met,
//! talks, call, ...), which may be the wrong word; `--format json` says
//! which (each mark's `source`: `row`, `stems`, or `search` for the words
//! found again by their text). A participant not
//! written by name in the sentence (a role phrase, "his counterpart", a
//! pronoun) is listed as resolved from context.
//!
//! The main types: [`Args`] (the command line), [`Lookup`] (why an id
//! does not name one event), [`Mark`] (a marked span of a sentence).
//!
//! ```text
//! $ diplo explain ev-f1e9 data/seeds
//! ev-f1e9ae63032809cc  visit, occurred: John Kerry visits Moscow
//!   dates    2016-03-23/2016-03-25 (day precision)
//! ...
//!   000_ed4c5dd9ce7b0226 "US State Secretary John Kerry to Visit Moscow" (published 2016-03-22)
//!     planned  visit.will_visit  2016-03-23/2016-03-24 ("March 23-24")
//!       "[[Kerry]] will be on a working [[visit]] to [[Moscow]] on [[March 23-24]]"
//! ```

use super::Format;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use chrono::NaiveDate;
use diplo::dataset::{
    read_dir, read_parquet_dir, Dataset, DateClaimRecord, DocumentRecord, EventRecord,
    MentionRecord, ParticipantRecord,
};
use serde_json::{json, Value};

const EXAMPLES: &str = "\
Examples:
  diplo explain ev-f1e9ae63032809cc data/seeds
  diplo explain f1e9 data/seeds                 # a unique prefix (\"ev-\" optional)
  diplo explain ev-f1e9 data/seeds --format json | jq '.mentions_by_document[].doc_id'
  diplo explain --doc 001_fb8c7aa609258a93 data/seeds
  diplo explain ev-f1e9 data/seeds --format markdown > why.md

Prints the event (type, status, dates, place, participants), every mention grouped
by document with the sentence and the words that fired the rule marked [[...]], the
rule, the mention's own status and dates; the competing date values and the rule
that picked one; the status each report gave; derivation; lineage.

Exit codes: 0 ok; 2 error (no such event or document, an ambiguous prefix, an
unreadable dataset, bad usage).";

/// Show why an event exists: its sources, sentences, rules and conflicts.
#[derive(Debug, clap::Args)]
#[command(
    after_help = EXAMPLES,
    override_usage = "diplo explain [OPTIONS] EVENT_ID DIR\n       diplo explain [OPTIONS] --doc DOC_ID DIR"
)]
pub struct Args {
    /// EVENT_ID (a full event id or a unique prefix) and DIR (the dataset
    /// directory); with --doc, DIR only.
    #[arg(value_name = "EVENT_ID DIR", num_args = 1..=2, required = true)]
    pub args: Vec<String>,
    /// List the events this document (id or unique prefix) contributed to.
    #[arg(long, value_name = "DOC_ID")]
    pub doc: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

/// Why a query does not name exactly one event or document.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum Lookup {
    #[error("no {kind} {query:?} in {dir}{hint}")]
    NotFound {
        kind: &'static str,
        query: String,
        dir: String,
        hint: String,
    },
    #[error("{kind} prefix {query:?} is ambiguous in {dir}: {total} match ({}{})", candidates.join("; "), if *total > candidates.len() { "; ..." } else { "" })]
    Ambiguous {
        kind: &'static str,
        query: String,
        dir: String,
        /// The first matches (at most 20), with their titles.
        candidates: Vec<String>,
        total: usize,
    },
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let (query, dir) = match (&args.doc, args.args.as_slice()) {
        (Some(_), [dir]) => (None, PathBuf::from(dir)),
        (None, [id, dir]) => (Some(id.as_str()), PathBuf::from(dir)),
        (Some(_), _) => bail!("usage: diplo explain --doc DOC_ID DIR (one directory, no event id)"),
        (None, _) => bail!("usage: diplo explain EVENT_ID DIR (an event id and a directory)"),
    };
    let ds = load(&dir)?;
    let shown = dir.display().to_string();
    let text = match (query, &args.doc) {
        (Some(q), _) => {
            let ev = find_event(&ds, q, &shown)?;
            let report = explain_event(&ds, ev);
            match args.format {
                Format::Text => event_text(&report),
                Format::Markdown => event_markdown(&report),
                Format::Json => format!("{:#}\n", event_json(&report)),
            }
        }
        (None, Some(d)) => {
            let doc = find_doc(&ds, d, &shown)?;
            let report = explain_doc(&ds, doc);
            match args.format {
                Format::Text => doc_text(&report),
                Format::Markdown => doc_markdown(&report),
                Format::Json => format!("{:#}\n", doc_json(&report)),
            }
        }
        (None, None) => bail!("usage: diplo explain EVENT_ID DIR"),
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Reads the dataset from its JSON Lines, or its Parquet files when the
/// JSON Lines are not there.
fn load(dir: &Path) -> anyhow::Result<Dataset> {
    let read = if dir.join("events.jsonl").is_file() {
        read_dir(dir)
    } else {
        read_parquet_dir(dir)
    };
    read.with_context(|| format!("reading the dataset {}", dir.display()))
}

// ---------------------------------------------------------------------------
// Finding the event or the document

/// The event with id `query`, or the one event whose id starts with it
/// (`ev-` may be left out).
pub fn find_event<'a>(ds: &'a Dataset, query: &str, dir: &str) -> Result<&'a EventRecord, Lookup> {
    let q = query.trim();
    if let Some(ev) = ds.events.iter().find(|e| e.event_id == q) {
        return Ok(ev);
    }
    let prefixed = format!("ev-{q}");
    let mut matches: Vec<&EventRecord> = ds
        .events
        .iter()
        .filter(|e| {
            !q.is_empty() && (e.event_id.starts_with(q) || e.event_id.starts_with(&prefixed))
        })
        .collect();
    matches.sort_by(|a, b| a.event_id.cmp(&b.event_id));
    match matches.as_slice() {
        [one] => Ok(one),
        [] => {
            // an id of the previous release, now under another id
            let now: BTreeSet<String> = ds
                .lineage
                .iter()
                .filter(|l| l.previous_event_id == q || l.previous_event_id == prefixed)
                .map(|l| format!("{} ({})", l.event_id, l.relation))
                .collect();
            let hint = if now.is_empty() {
                String::new()
            } else {
                format!(
                    "; the lineage says it is now {}",
                    now.into_iter().collect::<Vec<_>>().join(", ")
                )
            };
            Err(Lookup::NotFound {
                kind: "event",
                query: q.to_string(),
                dir: dir.to_string(),
                hint,
            })
        }
        many => Err(Lookup::Ambiguous {
            kind: "event",
            query: q.to_string(),
            dir: dir.to_string(),
            total: many.len(),
            candidates: many
                .iter()
                .take(20)
                .map(|e| format!("{} {}", e.event_id, e.title))
                .collect(),
        }),
    }
}

/// The document with id `query`, or the one whose id starts with it.
pub fn find_doc<'a>(ds: &'a Dataset, query: &str, dir: &str) -> Result<&'a DocumentRecord, Lookup> {
    let q = query.trim();
    if let Some(d) = ds.documents.iter().find(|d| d.doc_id == q) {
        return Ok(d);
    }
    let mut matches: Vec<&DocumentRecord> = ds
        .documents
        .iter()
        .filter(|d| !q.is_empty() && d.doc_id.starts_with(q))
        .collect();
    matches.sort_by(|a, b| a.doc_id.cmp(&b.doc_id));
    match matches.as_slice() {
        [one] => Ok(one),
        [] => Err(Lookup::NotFound {
            kind: "document",
            query: q.to_string(),
            dir: dir.to_string(),
            hint: String::new(),
        }),
        many => Err(Lookup::Ambiguous {
            kind: "document",
            query: q.to_string(),
            dir: dir.to_string(),
            total: many.len(),
            candidates: many.iter().take(20).map(|d| d.doc_id.clone()).collect(),
        }),
    }
}

// ---------------------------------------------------------------------------
// Marking the words that fired a rule

/// A marked span of a sentence, in characters from the sentence's start.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// trigger | participant | place | date
    pub kind: &'static str,
    /// Where the span came from: `row` (the mention's stored trigger span),
    /// `stems` (a trigger found by word stems: a dataset older than 1.2.0 or
    /// a damaged span) or `search` (a date, name or place found in the
    /// sentence by its text).
    pub source: &'static str,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Word stems that trigger each event type: the fallback for a mention
/// without a trigger span (a dataset older than schema 1.2.0).
fn trigger_stems(event_type: &str, rule: &str) -> Vec<&'static str> {
    const VISIT: [&str; 12] = [
        "visit", "trip", "travel", "arriv", "tour", "welcom", "host", "journey", "landed", "flew",
        "stop", "came",
    ];
    const MEETING: [&str; 9] = [
        "meet", "met", "talks", "summit", "discuss", "confer", "sat down", "hold", "held",
    ];
    const CALL: [&str; 7] = [
        "call",
        "phone",
        "telephon",
        "spoke",
        "speak",
        "video",
        "conversation",
    ];
    let mut stems: Vec<&'static str> = match event_type {
        "visit" => VISIT.to_vec(),
        "meeting" => MEETING.to_vec(),
        _ => CALL.to_vec(),
    };
    // a derived visit is implied by a meeting's words
    if rule.contains("meet") || rule.contains("talks") || rule.contains("summit") {
        stems.extend(MEETING);
    }
    stems
}

/// The sentence's characters, lower-cased one for one (so indexes agree),
/// any whitespace (a line break inside a name) a space.
fn lower_chars(s: &str) -> Vec<char> {
    s.chars()
        .map(|c| {
            if c.is_whitespace() {
                ' '
            } else {
                c.to_lowercase().next().unwrap_or(c)
            }
        })
        .collect()
}

/// Where `needle` occurs in `hay` as whole words (case-insensitive), in
/// characters; the first occurrence not overlapping `taken`.
fn find_word(hay: &[char], needle: &str, taken: &[Mark]) -> Option<(usize, usize)> {
    let n = lower_chars(needle.trim());
    if n.is_empty() || n.len() > hay.len() {
        return None;
    }
    let boundary = |i: usize| hay.get(i).is_none_or(|c| !c.is_alphanumeric());
    (0..=hay.len() - n.len()).find_map(|i| {
        let end = i + n.len();
        let hit = hay[i..end] == n[..]
            && (i == 0 || boundary(i - 1))
            && boundary(end)
            && !taken.iter().any(|m| i < m.end && m.start < end);
        hit.then_some((i, end))
    })
}

/// The first word starting with one of `stems`, in characters.
fn find_stem(hay: &[char], stems: &[&str], taken: &[Mark]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i < hay.len() {
        if !hay[i].is_alphabetic() || (i > 0 && hay[i - 1].is_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < hay.len() && (hay[end].is_alphanumeric() || hay[end] == '-') {
            end += 1;
        }
        let word: String = hay[i..end].iter().collect();
        let free = !taken.iter().any(|m| i < m.end && m.start < end);
        if free
            && stems
                .iter()
                .any(|s| !s.contains(' ') && word.starts_with(s))
        {
            return Some((i, end));
        }
        i = end.max(i + 1);
    }
    None
}

/// The names a participant may be written as, longest first.
fn name_forms(p: &ParticipantRecord) -> Vec<String> {
    let mut forms = vec![p.name.clone()];
    let words: Vec<&str> = p.name.split_whitespace().collect();
    if let Some(last) = words.last() {
        if words.len() > 1 && last.chars().count() >= 3 {
            forms.push((*last).to_string());
        }
    }
    // "Recep Tayyip Erdoğan" is often written "Erdogan"
    let folded: Vec<String> = forms.iter().map(|f| fold(f)).collect();
    for f in folded {
        if !forms.contains(&f) {
            forms.push(f);
        }
    }
    if let Some(id) = &p.actor_id {
        let spaced = id.replace('-', " ");
        if !forms.iter().any(|f| f.eq_ignore_ascii_case(&spaced)) && spaced.contains(' ') {
            forms.push(spaced);
        }
    }
    forms
}

/// A name without its most common diacritics.
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ğ' => 'g',
            'ş' => 's',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

/// The mention's trigger span in characters from its sentence's start,
/// when the row has one that lies inside the sentence.
fn trigger_span(m: &MentionRecord, len: usize) -> Option<(usize, usize)> {
    let start = usize::try_from(m.trigger_start?.checked_sub(m.char_start)?).ok()?;
    let end = usize::try_from(m.trigger_end?.checked_sub(m.char_start)?).ok()?;
    (start < end && end <= len).then_some((start, end))
}

/// Marks a mention's sentence: its trigger (from the row's span, else by
/// stems), date expression, participants and place. Also returns the
/// participants not named in it.
pub fn marks(m: &MentionRecord, place_name: Option<&str>) -> (Vec<Mark>, Vec<String>) {
    let hay = lower_chars(&m.sentence);
    let chars: Vec<char> = m.sentence.chars().collect();
    let mut out: Vec<Mark> = vec![];
    let push = |kind: &'static str,
                source: &'static str,
                span: Option<(usize, usize)>,
                out: &mut Vec<Mark>| {
        if let Some((start, end)) = span {
            out.push(Mark {
                kind,
                source,
                start,
                end,
                text: chars[start..end].iter().collect(),
            });
            true
        } else {
            false
        }
    };
    // the row's own span first: no other mark may take its words
    let stored = trigger_span(m, chars.len());
    push("trigger", "row", stored, &mut out);
    if let Some(t) = &m.date_text {
        let span = find_word(&hay, t, &out);
        push("date", "search", span, &mut out);
    }
    let mut unnamed = vec![];
    for p in &m.participants {
        let found = name_forms(p).iter().any(|f| {
            let span = find_word(&hay, f, &out);
            push("participant", "search", span, &mut out)
        });
        if !found {
            unnamed.push(p.name.clone());
        }
    }
    if let Some(name) = place_name {
        let span = find_word(&hay, name, &out).or_else(|| find_word(&hay, &fold(name), &out));
        push("place", "search", span, &mut out);
    }
    if stored.is_none() {
        let span = find_stem(&hay, &trigger_stems(&m.event_type, &m.rule), &out);
        push("trigger", "stems", span, &mut out);
    }
    out.sort_by_key(|k| (k.start, k.end));
    (out, unnamed)
}

/// The sentence on one line with its marks between `open` and `close`.
fn render(sentence: &str, marks: &[Mark], open: &str, close: &str) -> String {
    let mut s = String::new();
    let mut starts: BTreeMap<usize, usize> = BTreeMap::new();
    for m in marks {
        starts.insert(m.start, m.end);
    }
    let mut closing: Option<usize> = None;
    for (i, c) in sentence.chars().enumerate() {
        if closing == Some(i) {
            s.push_str(close);
            closing = None;
        }
        if closing.is_none() {
            if let Some(&end) = starts.get(&i) {
                s.push_str(open);
                closing = Some(end);
            }
        }
        s.push(if c.is_whitespace() { ' ' } else { c });
    }
    if closing.is_some() {
        s.push_str(close);
    }
    // one space between words
    let mut collapsed = String::with_capacity(s.len());
    for w in s.split(' ').filter(|w| !w.is_empty()) {
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(w);
    }
    collapsed
}

// ---------------------------------------------------------------------------
// The explanation of one event

/// One mention with its marks.
struct Shown<'a> {
    m: &'a MentionRecord,
    marks: Vec<Mark>,
    unnamed: Vec<String>,
}

/// The mentions of one document.
struct DocGroup<'a> {
    doc_id: String,
    doc: Option<&'a DocumentRecord>,
    mentions: Vec<Shown<'a>>,
    /// Sources without a row in the mentions table (a sparse dataset).
    quotes: Vec<(i64, i64, String)>,
}

/// What one report said about the status.
struct StatusReport {
    doc_id: String,
    published: Option<NaiveDate>,
    status: String,
    counts: BTreeMap<String, usize>,
    derived_only: bool,
}

struct EventReport<'a> {
    ev: &'a EventRecord,
    groups: Vec<DocGroup<'a>>,
    picked: Option<String>,
    date_reason: String,
    conflicts: Vec<(&'a DateClaimRecord, Option<NaiveDate>)>,
    history: Vec<StatusReport>,
    status_reason: String,
    implied_by: Vec<&'a EventRecord>,
    lineage: Vec<(String, String, Option<String>)>,
}

fn status_rank(s: &str) -> u8 {
    match s {
        "occurred" => 3,
        "cancelled" => 2,
        "planned" => 1,
        _ => 0,
    }
}

fn is_derived_rule(rule: &str) -> bool {
    rule.split('.').any(|p| p == "derived")
}

fn precision_rank(p: &str) -> u8 {
    match p {
        "day" => 5,
        "month" => 4,
        "season" => 3,
        "year" => 2,
        "decade" => 1,
        _ => 0,
    }
}

fn explain_event<'a>(ds: &'a Dataset, ev: &'a EventRecord) -> EventReport<'a> {
    let docs: BTreeMap<&str, &DocumentRecord> = ds
        .documents
        .iter()
        .map(|d| (d.doc_id.as_str(), d))
        .collect();
    let place_name = ev.place_name.as_deref();
    let published = |id: &str| docs.get(id).and_then(|d| d.published);

    // mentions, grouped by document in publication order
    let mut mine: Vec<&MentionRecord> = ds
        .mentions
        .iter()
        .filter(|m| m.event_id == ev.event_id)
        .collect();
    mine.sort_by(|a, b| {
        (&a.doc_id, a.char_start, &a.mention_id).cmp(&(&b.doc_id, b.char_start, &b.mention_id))
    });
    let mut groups: BTreeMap<String, DocGroup> = BTreeMap::new();
    for m in &mine {
        let (marks, unnamed) = marks(m, place_name.or(m.place_id.as_deref()));
        groups
            .entry(m.doc_id.clone())
            .or_insert_with(|| DocGroup {
                doc_id: m.doc_id.clone(),
                doc: docs.get(m.doc_id.as_str()).copied(),
                mentions: vec![],
                quotes: vec![],
            })
            .mentions
            .push(Shown { m, marks, unnamed });
    }
    // sources without a mention row (a sparse mentions table, or one
    // sentence reporting several events under one mention id)
    let rows: BTreeSet<(&str, i64, i64)> = mine
        .iter()
        .map(|m| (m.doc_id.as_str(), m.char_start, m.char_end))
        .collect();
    for s in &ev.sources {
        if rows.contains(&(s.doc_id.as_str(), s.char_start, s.char_end)) {
            continue;
        }
        {
            groups
                .entry(s.doc_id.clone())
                .or_insert_with(|| DocGroup {
                    doc_id: s.doc_id.clone(),
                    doc: docs.get(s.doc_id.as_str()).copied(),
                    mentions: vec![],
                    quotes: vec![],
                })
                .quotes
                .push((s.char_start, s.char_end, s.quote.clone()));
        }
    }
    let mut groups: Vec<DocGroup> = groups.into_values().collect();
    groups.sort_by(|a, b| {
        (a.doc.and_then(|d| d.published), &a.doc_id)
            .cmp(&(b.doc.and_then(|d| d.published), &b.doc_id))
    });

    // dates: which claim won, and why
    let conflicts: Vec<(&DateClaimRecord, Option<NaiveDate>)> = ev
        .date_conflicts
        .iter()
        .map(|c| (c, c.doc_ids.iter().filter_map(|d| published(d)).max()))
        .collect();
    let picked = ev.date_edtf.clone();
    let date_reason = date_reason(ev, &conflicts);

    // status as each report gave it
    let mut per_doc: BTreeMap<&str, StatusReport> = BTreeMap::new();
    let any_direct = mine.iter().any(|m| !is_derived_rule(&m.rule));
    for m in &mine {
        let derived = is_derived_rule(&m.rule);
        let r = per_doc
            .entry(m.doc_id.as_str())
            .or_insert_with(|| StatusReport {
                doc_id: m.doc_id.clone(),
                published: published(&m.doc_id),
                status: String::new(),
                counts: BTreeMap::new(),
                derived_only: true,
            });
        *r.counts.entry(m.status.clone()).or_default() += 1;
        // a report before the event's start cannot say it occurred
        let early = matches!((ev.start_date, r.published), (Some(s), Some(p)) if s > p);
        let counts = !(derived && any_direct);
        let impossible = early && m.status == "occurred";
        if counts && !impossible {
            r.derived_only &= derived;
            if status_rank(&m.status) >= status_rank(&r.status) || r.status.is_empty() {
                r.status = m.status.clone();
            }
        }
    }
    let mut history: Vec<StatusReport> = per_doc.into_values().collect();
    history.sort_by(|a, b| (a.published, &a.doc_id).cmp(&(b.published, &b.doc_id)));
    let status_reason = status_reason(ev, &history);

    // derived: the events whose sentences imply this one
    let spans: BTreeSet<(&str, i64)> = mine
        .iter()
        .map(|m| (m.doc_id.as_str(), m.char_start))
        .collect();
    let implied: BTreeSet<&str> = ds
        .mentions
        .iter()
        .filter(|m| m.event_id != ev.event_id && spans.contains(&(m.doc_id.as_str(), m.char_start)))
        .filter(|m| !is_derived_rule(&m.rule))
        .map(|m| m.event_id.as_str())
        .collect();
    let implied_by: Vec<&EventRecord> = if ev.derived {
        ds.events
            .iter()
            .filter(|e| implied.contains(e.event_id.as_str()))
            .collect()
    } else {
        vec![]
    };
    let lineage = ds
        .lineage
        .iter()
        .filter(|l| l.event_id == ev.event_id)
        .map(|l| {
            (
                l.previous_event_id.clone(),
                l.relation.clone(),
                l.previous_dataset_version.clone(),
            )
        })
        .collect();
    EventReport {
        ev,
        groups,
        picked,
        date_reason,
        conflicts,
        history,
        status_reason,
        implied_by,
        lineage,
    }
}

const DATE_RULE: &str = "the most precise value wins; between values of the same precision, \
the latest report, then the narrower interval";

const STATUS_RULE: &str = "the latest report decides; inside one report occurred > cancelled > \
planned > proposed; an event starting after its latest report has not occurred; a plan \
reported after the event ended does not undo it; derived mentions count only when nothing \
else does";

/// Why the picked date value won over the others.
fn date_reason(ev: &EventRecord, conflicts: &[(&DateClaimRecord, Option<NaiveDate>)]) -> String {
    if ev.start_date.is_none() {
        return "no source gives a date".to_string();
    }
    let is_picked =
        |c: &DateClaimRecord| c.start_date == ev.start_date && c.end_date == ev.end_date;
    let Some(&(_, picked_at)) = conflicts.iter().find(|(c, _)| is_picked(c)) else {
        return "the sources agree".to_string();
    };
    let others: Vec<&(&DateClaimRecord, Option<NaiveDate>)> =
        conflicts.iter().filter(|(c, _)| !is_picked(c)).collect();
    let mine = precision_rank(&ev.date_precision);
    if others
        .iter()
        .all(|(c, _)| precision_rank(&c.date_precision) < mine)
    {
        return format!("the most precise value ({} precision)", ev.date_precision);
    }
    let same: Vec<_> = others
        .iter()
        .filter(|(c, _)| precision_rank(&c.date_precision) == mine)
        .collect();
    if same.iter().all(|(_, at)| *at < picked_at) {
        let at = picked_at
            .map(|d| d.to_string())
            .unwrap_or_else(|| "undated".into());
        return format!(
            "as precise as the others ({}); the latest report ({at})",
            ev.date_precision
        );
    }
    "as precise and as recent as the others; the narrower interval".to_string()
}
/// One competing date value as the text and markdown reports print it.
struct ConflictRow<'a> {
    value: String,
    precision: &'a str,
    docs: String,
    latest: String,
    picked: bool,
}

fn conflict_rows<'a>(
    ev: &EventRecord,
    conflicts: &[(&'a DateClaimRecord, Option<NaiveDate>)],
) -> Vec<ConflictRow<'a>> {
    conflicts
        .iter()
        .map(|&(c, at)| ConflictRow {
            value: c
                .date_edtf
                .clone()
                .unwrap_or_else(|| dates_of(c.start_date, c.end_date)),
            precision: &c.date_precision,
            docs: c.doc_ids.join(", "),
            latest: at.map_or_else(|| "undated".into(), |d| d.to_string()),
            picked: c.start_date == ev.start_date && c.end_date == ev.end_date,
        })
        .collect()
}

/// When a competing value does not overlap the picked one: the
/// announcement joined the event its dates slipped to.
fn slip_note(
    ev: &EventRecord,
    conflicts: &[(&DateClaimRecord, Option<NaiveDate>)],
) -> Option<String> {
    let (s, e) = (ev.start_date?, ev.end_date?);
    let apart: Vec<String> = conflicts
        .iter()
        .filter(|(c, _)| match (c.start_date, c.end_date) {
            (Some(a), Some(b)) => b < s || a > e,
            _ => false,
        })
        .map(|(c, _)| {
            c.date_edtf
                .clone()
                .unwrap_or_else(|| dates_of(c.start_date, c.end_date))
        })
        .collect();
    if apart.is_empty() {
        return None;
    }
    Some(format!(
        "{} does not overlap the picked value: an announcement joins the occurred event \
         its dates slipped to (at most 2 days)",
        apart.join(", ")
    ))
}

/// The status history in one line, a step per change: "planned
/// (2016-03-22) -> occurred (2016-03-27)".
fn status_chain(history: &[StatusReport]) -> Option<String> {
    let mut steps: Vec<(String, Option<NaiveDate>)> = vec![];
    for h in history.iter().filter(|h| !h.status.is_empty()) {
        if steps.last().map(|(s, _)| s) != Some(&h.status) {
            steps.push((h.status.clone(), h.published));
        }
    }
    if steps.is_empty() {
        return None;
    }
    let shown: Vec<String> = steps
        .iter()
        .map(|(s, at)| match at {
            Some(d) => format!("{s} ({d})"),
            None => format!("{s} (undated report)"),
        })
        .collect();
    Some(shown.join(" -> "))
}

/// Why the event has its status.
fn status_reason(ev: &EventRecord, history: &[StatusReport]) -> String {
    let counted: Vec<&StatusReport> = history.iter().filter(|r| !r.status.is_empty()).collect();
    let Some(last) = counted.last() else {
        return format!("{}: no mention gives a status", ev.status);
    };
    let at = last
        .published
        .map(|d| d.to_string())
        .unwrap_or_else(|| "undated".into());
    if last.status == ev.status {
        format!(
            "{}: the latest report ({at}, {}) says so",
            ev.status, last.doc_id
        )
    } else if ev.status == "planned" || ev.status == "proposed" {
        format!(
            "{}: the event starts after its latest report ({at}), so it has not occurred",
            ev.status
        )
    } else {
        format!(
            "{}: the latest report ({at}) speaks of a plan after the event ended; an earlier report says {}",
            ev.status, ev.status
        )
    }
}

fn dates_of(start: Option<NaiveDate>, end: Option<NaiveDate>) -> String {
    match (start, end) {
        (Some(s), Some(e)) if s == e => s.to_string(),
        (Some(s), Some(e)) => format!("{s}/{e}"),
        (Some(s), None) => format!("{s}/.."),
        (None, Some(e)) => format!("../{e}"),
        (None, None) => "no date".to_string(),
    }
}

fn participant_line(p: &ParticipantRecord) -> String {
    let mut s = format!("{:<12} {}", p.role, p.name);
    if let Some(id) = &p.actor_id {
        s.push_str(&format!(" ({id})"));
    } else {
        s.push_str(" (not in the reference tables)");
    }
    let extra: Vec<&str> = [p.country.as_deref(), p.office.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !extra.is_empty() {
        s.push_str(&format!(", {}", extra.join(", ")));
    }
    s.push_str(&format!(" [{}]", p.kind));
    s
}

fn place_line(ev: &EventRecord) -> String {
    match (&ev.place_name, &ev.place_id, &ev.country_code) {
        (Some(n), Some(id), c) => format!(
            "{n} ({id}), {}{}",
            c.as_deref().unwrap_or("country unknown"),
            ev.location_precision
                .as_deref()
                .map(|p| format!(" [{p}]"))
                .unwrap_or_default()
        ),
        (None, Some(id), c) => format!("{id}, {}", c.as_deref().unwrap_or("country unknown")),
        (_, None, Some(c)) => format!("{c} (city unknown)"),
        (_, None, None) => "unknown".to_string(),
    }
}

fn doc_heading(g: &DocGroup) -> String {
    match g.doc {
        Some(d) => format!(
            "{} {} (published {}, {}){}",
            g.doc_id,
            d.title
                .as_deref()
                .map(|t| format!("\"{}\"", one_line(t)))
                .unwrap_or_else(|| "(no title)".into()),
            d.published
                .map(|p| p.to_string())
                .unwrap_or_else(|| "unknown".into()),
            d.published_source,
            d.url
                .as_deref()
                .map(|u| format!(" {u}"))
                .unwrap_or_default()
        ),
        None => format!("{} (not in the documents table)", g.doc_id),
    }
}

fn mention_line(s: &Shown) -> String {
    let m = s.m;
    let mut line = format!(
        "{:<9} {}  {}",
        m.status,
        m.rule,
        dates_of(m.start_date, m.end_date)
    );
    if m.start_date.is_some() {
        line.push_str(&format!(" ({}", m.date_precision));
        match m.date_text.as_deref() {
            Some(t) if t.starts_with('(') => line.push_str(&format!(", {t}")),
            Some(t) if s.marks.iter().any(|k| k.kind == "date") => {
                line.push_str(&format!(", \"{}\"", one_line(t)));
            }
            Some(t) => line.push_str(&format!(", \"{}\" from context", one_line(t))),
            None => {}
        }
        line.push(')');
    }
    let place = m.place_id.as_deref().or(m.country_code.as_deref());
    if let Some(p) = place {
        line.push_str(&format!("  at {p}"));
    }
    if let Some(f) = &m.forum {
        line.push_str(&format!("  forum {f}"));
    }
    line.push_str(&format!("  chars {}..{}", m.char_start, m.char_end));
    line
}

/// The forum of a club's meeting (schema 1.3.0) and how many of the
/// event's mentions shown say it; `None` when the event has none.
fn forum_line(r: &EventReport) -> Option<String> {
    let f = r.ev.forum.as_deref()?;
    let shown: Vec<&MentionRecord> = r
        .groups
        .iter()
        .flat_map(|g| g.mentions.iter().map(|s| s.m))
        .collect();
    let saying = shown
        .iter()
        .filter(|m| m.forum.as_deref() == Some(f))
        .count();
    Some(format!(
        "{f} (the council or conference of the club that sat: {saying} of {} mentions say so; the most specific of theirs)",
        shown.len()
    ))
}

fn event_text(r: &EventReport) -> String {
    let ev = r.ev;
    let mut o = String::new();
    o.push_str(&format!(
        "{}  {}, {}: {}\n",
        ev.event_id, ev.event_type, ev.status, ev.title
    ));
    o.push_str(&format!(
        "  dates       {} ({} precision{})\n",
        dates_of(ev.start_date, ev.end_date),
        ev.date_precision,
        ev.date_edtf
            .as_deref()
            .map(|e| format!(", EDTF {e}"))
            .unwrap_or_default()
    ));
    o.push_str(&format!("  place       {}\n", place_line(ev)));
    if let Some(f) = forum_line(r) {
        o.push_str(&format!("  forum       {f}\n"));
    }
    o.push_str("  participants\n");
    for p in &ev.participants {
        o.push_str(&format!("    {}\n", participant_line(p)));
    }
    let mentions: usize = r
        .groups
        .iter()
        .map(|g| g.mentions.len() + g.quotes.len())
        .sum();
    o.push_str(&format!(
        "  evidence    {} mentions in {} documents; confidence {:.2}\n",
        mentions, ev.source_count, ev.confidence
    ));
    o.push_str(&format!("  derived     {}\n", derived_line(r)));

    o.push_str("\nMentions, by document (oldest report first):\n");
    for g in &r.groups {
        o.push_str(&format!("  {}\n", doc_heading(g)));
        for s in &g.mentions {
            o.push_str(&format!("    {}\n", mention_line(s)));
            o.push_str(&format!(
                "      \"{}\"\n",
                render(&s.m.sentence, &s.marks, "[[", "]]")
            ));
            if !s.unnamed.is_empty() {
                o.push_str(&format!(
                    "      resolved from context, not named here: {}\n",
                    s.unnamed.join(", ")
                ));
            }
        }
        for (a, b, q) in &g.quotes {
            o.push_str(&format!(
                "    source without a mention row  chars {a}..{b}\n      \"{}\"\n",
                render(q, &[], "", "")
            ));
        }
    }

    o.push_str("\nDates:\n");
    if r.conflicts.is_empty() {
        o.push_str(&format!(
            "  {} ({})\n",
            r.picked.as_deref().unwrap_or("unknown"),
            r.date_reason
        ));
    } else {
        o.push_str(&format!("  {} competing values:\n", r.conflicts.len()));
        for c in conflict_rows(ev, &r.conflicts) {
            o.push_str(&format!(
                "  {} {:<24} {:<7} from {} (latest report {}){}\n",
                if c.picked { "*" } else { " " },
                c.value,
                c.precision,
                c.docs,
                c.latest,
                if c.picked { "  <- picked" } else { "" }
            ));
        }
        o.push_str(&format!("  picked: {}\n", r.date_reason));
        if let Some(note) = slip_note(ev, &r.conflicts) {
            o.push_str(&format!("  note: {note}\n"));
        }
    }
    o.push_str(&format!("  rule: {DATE_RULE}\n"));

    o.push_str("\nStatus, as each report gave it:\n");
    if let Some(chain) = status_chain(&r.history) {
        o.push_str(&format!("  {chain}\n"));
    }
    for h in &r.history {
        let counts: Vec<String> = h.counts.iter().map(|(s, n)| format!("{s} x{n}")).collect();
        o.push_str(&format!(
            "  {}  {:<9} {}  ({}{})\n",
            h.published
                .map(|d| d.to_string())
                .unwrap_or_else(|| "undated   ".into()),
            if h.status.is_empty() { "-" } else { &h.status },
            h.doc_id,
            counts.join(", "),
            if h.derived_only { "; derived only" } else { "" }
        ));
    }
    o.push_str(&format!("  -> {}\n", r.status_reason));
    o.push_str(&format!("  rule: {STATUS_RULE}\n"));

    o.push_str("\nLineage:\n");
    if r.lineage.is_empty() {
        o.push_str("  none: no previous id (new, or kept its id; lineage is filled by `compile --previous` and `release`)\n");
    }
    for (prev, rel, ver) in &r.lineage {
        o.push_str(&format!(
            "  {prev} ({rel}{})\n",
            ver.as_deref()
                .map(|v| format!(", release {v}"))
                .unwrap_or_default()
        ));
    }
    o
}

fn derived_line(r: &EventReport) -> String {
    if !r.ev.derived {
        return "no: reported directly".to_string();
    }
    let by: Vec<String> = r
        .implied_by
        .iter()
        .map(|e| format!("{} ({})", e.event_id, e.title))
        .collect();
    if by.is_empty() {
        "yes: implied by another event (e.g. a visit implied by a meeting abroad)".to_string()
    } else {
        format!("yes: implied by {}", by.join(", "))
    }
}

fn event_markdown(r: &EventReport) -> String {
    let ev = r.ev;
    let mut o = String::new();
    o.push_str(&format!("# {} `{}`\n\n", ev.title, ev.event_id));
    o.push_str("| field | value |\n|---|---|\n");
    o.push_str(&format!(
        "| type | {} |\n| status | {} |\n",
        ev.event_type, ev.status
    ));
    o.push_str(&format!(
        "| dates | {} ({} precision{}) |\n",
        dates_of(ev.start_date, ev.end_date),
        ev.date_precision,
        ev.date_edtf
            .as_deref()
            .map(|e| format!(", EDTF `{e}`"))
            .unwrap_or_default()
    ));
    o.push_str(&format!("| place | {} |\n", md(&place_line(ev))));
    if let Some(f) = forum_line(r) {
        o.push_str(&format!("| forum | {} |\n", md(&f)));
    }
    for p in &ev.participants {
        o.push_str(&format!(
            "| {} | {} |\n",
            p.role,
            md(participant_line(p).trim_start_matches(&p.role).trim())
        ));
    }
    o.push_str(&format!(
        "| confidence | {:.2} |\n| derived | {} |\n\n",
        ev.confidence,
        md(&derived_line(r))
    ));
    o.push_str("## Mentions\n\n");
    for g in &r.groups {
        o.push_str(&format!("### {}\n\n", md(&doc_heading(g))));
        for s in &g.mentions {
            o.push_str(&format!(
                "- {}\n  > {}\n",
                md(&mention_line(s)),
                render(&s.m.sentence, &s.marks, "**", "**")
            ));
            if !s.unnamed.is_empty() {
                o.push_str(&format!(
                    "  (resolved from context: {})\n",
                    md(&s.unnamed.join(", "))
                ));
            }
        }
        for (_, _, q) in &g.quotes {
            o.push_str(&format!("- > {}\n", render(q, &[], "", "")));
        }
        o.push('\n');
    }
    o.push_str("## Dates\n\n");
    if r.conflicts.is_empty() {
        o.push_str(&format!(
            "{} ({}).\n\n",
            r.picked.as_deref().unwrap_or("unknown"),
            r.date_reason
        ));
    } else {
        o.push_str(
            "| value | precision | documents | latest report | picked |\n|---|---|---|---|---|\n",
        );
        for c in conflict_rows(ev, &r.conflicts) {
            o.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                c.value,
                c.precision,
                c.docs,
                c.latest,
                if c.picked { "yes" } else { "" }
            ));
        }
        o.push_str(&format!("\nPicked: {}.\n\n", r.date_reason));
        if let Some(note) = slip_note(ev, &r.conflicts) {
            o.push_str(&format!("Note: {note}.\n\n"));
        }
    }
    o.push_str(&format!("Rule: {DATE_RULE}.\n\n## Status\n\n"));
    o.push_str("| report | published | status |\n|---|---|---|\n");
    for h in &r.history {
        o.push_str(&format!(
            "| {} | {} | {} |\n",
            h.doc_id,
            h.published
                .map(|d| d.to_string())
                .unwrap_or_else(|| "unknown".into()),
            if h.status.is_empty() { "-" } else { &h.status }
        ));
    }
    o.push_str(&format!(
        "\n{}.\n\nRule: {STATUS_RULE}.\n\n## Lineage\n\n",
        md(&r.status_reason)
    ));
    if r.lineage.is_empty() {
        o.push_str("No previous id.\n");
    }
    for (prev, rel, ver) in &r.lineage {
        o.push_str(&format!(
            "- `{prev}` ({rel}{})\n",
            ver.as_deref()
                .map(|v| format!(", release {v}"))
                .unwrap_or_default()
        ));
    }
    o
}

/// Text on one line, one space between words.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text safe in a Markdown table cell or list item.
fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn mention_json(s: &Shown) -> Value {
    let m = s.m;
    json!({
        "mention_id": m.mention_id,
        "char_start": m.char_start,
        "char_end": m.char_end,
        "sentence": m.sentence,
        "marked": render(&m.sentence, &s.marks, "[[", "]]"),
        "marks": s.marks.iter().map(|k| json!({
            "kind": k.kind,
            "source": k.source,
            "text": k.text,
            "start": k.start,
            "end": k.end,
            "doc_char_start": m.char_start + k.start as i64,
            "doc_char_end": m.char_start + k.end as i64,
        })).collect::<Vec<_>>(),
        "unnamed_participants": s.unnamed,
        "rule": m.rule,
        "status": m.status,
        "event_type": m.event_type,
        "start_date": m.start_date,
        "end_date": m.end_date,
        "date_precision": m.date_precision,
        "date_text": m.date_text,
        "place_id": m.place_id,
        "country_code": m.country_code,
        "participants": m.participants,
        "confidence": m.confidence,
        "forum": m.forum,
    })
}

fn doc_json_head(id: &str, doc: Option<&DocumentRecord>) -> Value {
    json!({
        "doc_id": id,
        "title": doc.and_then(|d| d.title.clone()),
        "published": doc.and_then(|d| d.published),
        "published_source": doc.map(|d| d.published_source.clone()),
        "url": doc.and_then(|d| d.url.clone()),
        "source": doc.map(|d| d.source.clone()),
    })
}

fn event_json(r: &EventReport) -> Value {
    let ev = r.ev;
    let groups: Vec<Value> = r
        .groups
        .iter()
        .map(|g| {
            let mut v = doc_json_head(&g.doc_id, g.doc);
            v["mentions"] = Value::Array(g.mentions.iter().map(mention_json).collect());
            v["quotes"] = Value::Array(
                g.quotes
                    .iter()
                    .map(|(a, b, q)| json!({"char_start": a, "char_end": b, "quote": q}))
                    .collect(),
            );
            v
        })
        .collect();
    json!({
        "event": ev,
        "mentions_by_document": groups,
        "dates": {
            "picked": r.picked,
            "reason": r.date_reason,
            "note": slip_note(ev, &r.conflicts),
            "rule": DATE_RULE,
            "conflicts": r.conflicts.iter().map(|(c, at)| json!({
                "start_date": c.start_date,
                "end_date": c.end_date,
                "date_precision": c.date_precision,
                "date_edtf": c.date_edtf,
                "doc_ids": c.doc_ids,
                "latest_report": at,
                "picked": c.start_date == ev.start_date && c.end_date == ev.end_date,
            })).collect::<Vec<_>>(),
        },
        "status_history": r.history.iter().map(|h| json!({
            "doc_id": h.doc_id,
            "published": h.published,
            "status": if h.status.is_empty() { Value::Null } else { Value::from(h.status.clone()) },
            "mention_statuses": h.counts,
            "derived_only": h.derived_only,
        })).collect::<Vec<_>>(),
        "status": {
            "value": ev.status,
            "history": status_chain(&r.history),
            "reason": r.status_reason,
            "rule": STATUS_RULE,
        },
        "derived": ev.derived,
        "implied_by": r.implied_by.iter().map(|e| e.event_id.clone()).collect::<Vec<_>>(),
        "lineage": r.lineage.iter().map(|(p, rel, v)| json!({
            "previous_event_id": p,
            "relation": rel,
            "previous_dataset_version": v,
        })).collect::<Vec<_>>(),
    })
}

// ---------------------------------------------------------------------------
// What one document contributed

struct DocReport<'a> {
    doc: &'a DocumentRecord,
    /// The events, in the order of their first mention in the document.
    events: Vec<(&'a EventRecord, Vec<Shown<'a>>)>,
    /// Mentions whose event is not in the events table (a broken dataset).
    orphans: usize,
}

fn explain_doc<'a>(ds: &'a Dataset, doc: &'a DocumentRecord) -> DocReport<'a> {
    let events: BTreeMap<&str, &EventRecord> =
        ds.events.iter().map(|e| (e.event_id.as_str(), e)).collect();
    let mut mine: Vec<&MentionRecord> = ds
        .mentions
        .iter()
        .filter(|m| m.doc_id == doc.doc_id)
        .collect();
    mine.sort_by(|a, b| (a.char_start, &a.mention_id).cmp(&(b.char_start, &b.mention_id)));
    let mut order: Vec<&str> = vec![];
    let mut by_event: BTreeMap<&str, Vec<Shown>> = BTreeMap::new();
    let mut orphans = 0;
    for m in mine {
        let Some(ev) = events.get(m.event_id.as_str()) else {
            orphans += 1;
            continue;
        };
        if !by_event.contains_key(m.event_id.as_str()) {
            order.push(m.event_id.as_str());
        }
        let (marks, unnamed) = marks(m, ev.place_name.as_deref().or(m.place_id.as_deref()));
        by_event
            .entry(m.event_id.as_str())
            .or_default()
            .push(Shown { m, marks, unnamed });
    }
    // events that cite the document without mention rows
    for e in &ds.events {
        if !by_event.contains_key(e.event_id.as_str())
            && e.sources.iter().any(|s| s.doc_id == doc.doc_id)
        {
            order.push(e.event_id.as_str());
            by_event.insert(e.event_id.as_str(), vec![]);
        }
    }
    let events = order
        .into_iter()
        .filter_map(|id| {
            let ev = events.get(id).copied()?;
            Some((ev, by_event.remove(id).unwrap_or_default()))
        })
        .collect();
    DocReport {
        doc,
        events,
        orphans,
    }
}

fn event_summary(ev: &EventRecord) -> String {
    format!(
        "{}  {}, {}, {}: {}",
        ev.event_id,
        ev.event_type,
        ev.status,
        ev.date_edtf.as_deref().unwrap_or("date unknown"),
        ev.title
    )
}

fn doc_text(r: &DocReport) -> String {
    let g = DocGroup {
        doc_id: r.doc.doc_id.clone(),
        doc: Some(r.doc),
        mentions: vec![],
        quotes: vec![],
    };
    let mut o = format!("{}\n  source {}\n", doc_heading(&g), r.doc.source);
    o.push_str(&format!("  contributed to {} events\n", r.events.len()));
    for (ev, shown) in &r.events {
        o.push_str(&format!("\n  {}\n", event_summary(ev)));
        for s in shown {
            o.push_str(&format!("    {}\n", mention_line(s)));
            o.push_str(&format!(
                "      \"{}\"\n",
                render(&s.m.sentence, &s.marks, "[[", "]]")
            ));
        }
        if shown.is_empty() {
            o.push_str("    (cited as a source; no mention row)\n");
        }
    }
    if r.orphans > 0 {
        o.push_str(&format!(
            "\n  {} mentions name an event not in the events table\n",
            r.orphans
        ));
    }
    o
}

fn doc_markdown(r: &DocReport) -> String {
    let mut o = format!(
        "# {} `{}`\n\nPublished {} ({}); {} events.\n\n",
        md(r.doc.title.as_deref().unwrap_or("(no title)")),
        r.doc.doc_id,
        r.doc
            .published
            .map(|d| d.to_string())
            .unwrap_or_else(|| "unknown".into()),
        r.doc.published_source,
        r.events.len()
    );
    for (ev, shown) in &r.events {
        o.push_str(&format!("## {}\n\n", md(&event_summary(ev))));
        for s in shown {
            o.push_str(&format!(
                "- {}\n  > {}\n",
                md(&mention_line(s)),
                render(&s.m.sentence, &s.marks, "**", "**")
            ));
        }
        o.push('\n');
    }
    o
}

fn doc_json(r: &DocReport) -> Value {
    json!({
        "document": r.doc,
        "events": r.events.iter().map(|(ev, shown)| json!({
            "event_id": ev.event_id,
            "event_type": ev.event_type,
            "status": ev.status,
            "title": ev.title,
            "date_edtf": ev.date_edtf,
            "place_id": ev.place_id,
            "country_code": ev.country_code,
            "derived": ev.derived,
            "forum": ev.forum,
            "mentions": shown.iter().map(mention_json).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "orphan_mentions": r.orphans,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use diplo::dataset::testdata::sample;

    fn mention(
        sentence: &str,
        date_text: Option<&str>,
        names: &[&str],
        rule: &str,
    ) -> MentionRecord {
        let mut m = sample().mentions[0].clone();
        m.sentence = sentence.to_string();
        m.date_text = date_text.map(str::to_string);
        m.rule = rule.to_string();
        m.participants = names
            .iter()
            .map(|n| ParticipantRecord {
                actor_id: Some(n.to_lowercase().replace(' ', "-")),
                name: n.to_string(),
                kind: "person".into(),
                country: None,
                office: None,
                role: "guest".into(),
            })
            .collect();
        m.event_type = "visit".into();
        // as in a dataset older than 1.2.0: the trigger is found by stems
        (m.trigger_start, m.trigger_end, m.trigger_text) = (None, None, None);
        m
    }

    #[test]
    fn the_rows_trigger_span_is_marked_not_the_first_stem() {
        let mut m = mention(
            "After the trip to Kiev, Kerry arrived in Moscow.",
            None,
            &["John Kerry"],
            "visit.arrive_in",
        );
        // the stems alone mark the earlier "trip"
        let (marks, _) = super::marks(&m, Some("Moscow"));
        assert_eq!(
            render(&m.sentence, &marks, "[[", "]]"),
            "After the [[trip]] to Kiev, [[Kerry]] arrived in [[Moscow]]."
        );
        // the sentence starts at character 100 of its document: "arrived in"
        // is at 30..40 in the sentence
        m.char_start = 100;
        m.char_end = 100 + m.sentence.chars().count() as i64;
        (m.trigger_start, m.trigger_end) = (Some(130), Some(140));
        m.trigger_text = Some("arrived in".into());
        let (marks, _) = super::marks(&m, Some("Moscow"));
        assert_eq!(
            render(&m.sentence, &marks, "[[", "]]"),
            "After the trip to Kiev, [[Kerry]] [[arrived in]] [[Moscow]]."
        );
        let t: Vec<&Mark> = marks.iter().filter(|k| k.kind == "trigger").collect();
        assert_eq!(t.len(), 1);
        assert_eq!(
            (t[0].start, t[0].end, t[0].text.as_str(), t[0].source),
            (30, 40, "arrived in", "row")
        );
        // a span outside the sentence (a damaged row) falls back to stems
        (m.trigger_start, m.trigger_end) = (Some(130), Some(999));
        let (marks, _) = super::marks(&m, Some("Moscow"));
        assert!(marks
            .iter()
            .any(|k| k.kind == "trigger" && k.text == "trip" && k.source == "stems"));
    }

    #[test]
    fn marks_the_date_names_place_and_trigger() {
        let m = mention(
            "Kerry will be on a working visit to Moscow on March 23-24.",
            Some("March 23-24"),
            &["John Kerry"],
            "visit.noun",
        );
        let (marks, unnamed) = marks(&m, Some("Moscow"));
        let shown = render(&m.sentence, &marks, "[[", "]]");
        assert_eq!(
            shown,
            "[[Kerry]] will be on a working [[visit]] to [[Moscow]] on [[March 23-24]]."
        );
        assert!(unnamed.is_empty());
        let kinds: Vec<&str> = marks.iter().map(|k| k.kind).collect();
        assert_eq!(kinds, ["participant", "trigger", "place", "date"]);
        let line = mention_line(&Shown {
            m: &m,
            marks: marks.clone(),
            unnamed: vec![],
        });
        assert!(line.contains("\"March 23-24\")"), "{line}");
        // a date taken from an earlier sentence is said to be
        let anaphor = mention(
            "The visit is not a harbinger.",
            Some("March 23-24"),
            &[],
            "visit.noun.anaphor",
        );
        let (marks, _) = super::marks(&anaphor, None);
        let line = mention_line(&Shown {
            m: &anaphor,
            marks,
            unnamed: vec![],
        });
        assert!(line.contains("\"March 23-24\" from context"), "{line}");
    }

    #[test]
    fn a_participant_not_named_is_reported_and_offsets_count_characters() {
        let m = mention(
            "Erdogan’s visit: «the Turkish leader» arrived in Sochi",
            None,
            &["Recep Tayyip Erdoğan", "Vladimir Putin"],
            "visit.arrive_in",
        );
        let (marks, unnamed) = marks(&m, Some("Sochi"));
        assert_eq!(unnamed, vec!["Vladimir Putin".to_string()]);
        let sochi = marks
            .iter()
            .find(|k| k.kind == "place")
            .map(|k| (k.start, k.end));
        // character offsets, not bytes: "’" and "«" are one character each
        assert_eq!(sochi, Some((49, 54)));
        assert_eq!(
            render(&m.sentence, &marks, "[[", "]]"),
            "[[Erdogan]]’s [[visit]]: «the Turkish leader» arrived in [[Sochi]]"
        );
    }

    #[test]
    fn a_word_inside_another_is_not_a_name() {
        let hay = lower_chars("Putinism is not Putin");
        assert_eq!(find_word(&hay, "Putin", &[]), Some((16, 21)));
        // a name broken over two lines is still the full name
        let hay = lower_chars("President Andrzej\nDuda of Poland");
        assert_eq!(find_word(&hay, "Andrzej Duda", &[]), Some((10, 22)));
    }

    #[test]
    fn prefixes_resolve_or_name_the_candidates() {
        let mut ds = sample();
        let a = ds.events[0].event_id.clone();
        assert_eq!(
            find_event(&ds, &a, "d").map(|e| e.event_id.clone()),
            Ok(a.clone())
        );
        ds.events[0].event_id = "ev-aa01".into();
        ds.events[1].event_id = "ev-aa02".into();
        assert_eq!(
            find_event(&ds, "aa01", "d").map(|e| e.event_id.clone()),
            Ok("ev-aa01".into())
        );
        match find_event(&ds, "ev-aa", "d") {
            Err(Lookup::Ambiguous { candidates, .. }) => {
                assert_eq!(candidates.len(), 2);
                assert!(candidates[0].starts_with("ev-aa01"));
            }
            other => panic!("expected ambiguous, got {other:?}"),
        }
        assert!(matches!(
            find_event(&ds, "ev-zz", "d"),
            Err(Lookup::NotFound { .. })
        ));
        assert!(matches!(
            find_event(&ds, "", "d"),
            Err(Lookup::NotFound { .. })
        ));
    }

    #[test]
    fn a_merged_away_id_points_to_its_successor() {
        let mut ds = sample();
        ds.lineage.push(diplo::dataset::LineageRecord {
            event_id: ds.events[0].event_id.clone(),
            previous_event_id: "ev-old".into(),
            relation: "merged".into(),
            previous_dataset_version: None,
        });
        let err = find_event(&ds, "ev-old", "d")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains(&ds.events[0].event_id) && err.contains("merged"),
            "{err}"
        );
    }

    #[test]
    fn sources_without_a_mention_row_are_shown_as_quotes() {
        let mut ds = sample();
        let id = ds.events[0].event_id.clone();
        ds.mentions.retain(|m| m.event_id != id);
        let ev = &ds.events[0];
        let r = explain_event(&ds, ev);
        let quotes: usize = r.groups.iter().map(|g| g.quotes.len()).sum();
        assert_eq!(quotes, ev.sources.len());
        assert!(quotes > 0);
        let text = event_text(&r);
        assert!(text.contains("source without a mention row"), "{text}");
        let v = event_json(&r);
        assert_eq!(v["event"]["event_id"], id.as_str());
    }
}

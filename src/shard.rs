//! The map/merge split: per-shard extraction to a directory of reduced
//! documents (the map stage), and the merge of any number of such
//! directories into one dataset (the merge stage).
//!
//! The map stage ([`crate::pipeline::map`]) is stateless: a shard's output
//! depends only on its input files and the diplo build, so shards can run on
//! any number of workers, in any order, on any machine. The merge stage
//! ([`read_shards`] then [`crate::pipeline::finish`]) needs every shard: it
//! drops repeated document ids (the first in shard order wins), merges all
//! mentions into events and builds the tables. Shards given to the merge in
//! the order of their inputs give files byte-identical to one
//! `diplo compile` over all the inputs.
//!
//! A shard directory:
//!
//! ```text
//! SHARD/shard.json       format, engine (crate version + reference tables), counts
//! SHARD/inputs.jsonl     one InputRecord per input file, in input order
//! SHARD/problems.jsonl   the bad articles and files, in input order
//! SHARD/documents.jsonl  one reduced document per line, in input order:
//!                        {"record": DocumentRecord, "line": 17, "mentions": [...]}
//! ```
//!
//! A mention line holds the extraction (participants, place, dates, rule)
//! plus its sentence's character span and quote and its trigger's byte and
//! character spans (format 2; a format-1 shard, without them, is refused
//! and the cache's entries of that engine are not reused) and the forum of
//! a club's meeting, `topic` (format 3: the merge reads it, so a format-2
//! shard is refused the same way), so the merge
//! never needs the article text. Confidences are stored as IEEE-754 bits
//! (`confidence_bits`) so they survive the round trip exactly.
//!
//! ```no_run
//! use diplo::{kb::Kb, pipeline, shard};
//! let kb = Kb::builtin().unwrap();
//! let opts = pipeline::CompileOptions::default();
//! let files = diplo::ingest::discover(&["news/2016-01".into()]).unwrap();
//! let mapped = pipeline::map(&files, &kb, &opts, &|_| {});
//! shard::write_shard("shards/2016-01".as_ref(), &mapped).unwrap();
//! let all = shard::read_shards(&["shards/2016-01".into()]).unwrap();
//! let compiled = pipeline::finish(all, &kb, &opts);
//! # let _ = compiled;
//! ```

use std::fs;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dataset::{DocumentRecord, InputRecord};
use crate::extract::{EventMention, EventType, Participant, Role, Status};
use crate::ingest::Problem;
use crate::kb::ActorKind;
use crate::pipeline::{Located, Mapped, Reduced};
use crate::text::Sentence;
use crate::time::{Interval, Precision};

/// The `format` field of `shard.json`.
pub const SHARD_FORMAT: &str = "diplo-shard/3";
const META_FILE: &str = "shard.json";
const INPUTS_FILE: &str = "inputs.jsonl";
const PROBLEMS_FILE: &str = "problems.jsonl";
const DOCUMENTS_FILE: &str = "documents.jsonl";

#[derive(Debug, thiserror::Error)]
pub enum ShardError {
    #[error("cannot access {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("expected a shard record, but found {message} ({path}:{line})")]
    Parse {
        path: String,
        line: usize,
        message: String,
    },
    #[error(
        "expected a shard written by this diplo (engine {expected}), but found engine {found} ({path}); recompile the shard"
    )]
    Engine {
        path: String,
        expected: String,
        found: String,
    },
    #[error("expected an empty or shard directory (with shard.json), found other files ({path}); not replacing it")]
    NotShard { path: String },
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> ShardError + '_ {
    move |source| ShardError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// What a shard's results depend on besides its inputs: the crate version
/// and the built-in reference tables (16 hex digits).
pub fn engine_version() -> String {
    let mut h = blake3::Hasher::new();
    h.update(SHARD_FORMAT.as_bytes());
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    for (path, text) in crate::kb::tables::BUILTIN {
        h.update(&(path.len() as u64).to_le_bytes());
        h.update(path.as_bytes());
        h.update(&(text.len() as u64).to_le_bytes());
        h.update(text.as_bytes());
    }
    h.finalize().to_hex()[..16].to_string()
}

#[derive(Debug, Serialize, Deserialize)]
struct Meta {
    format: String,
    engine: String,
    inputs: usize,
    documents: usize,
    mentions: usize,
}

#[derive(Debug, Serialize, Deserialize)]
struct WireProblem {
    path: String,
    line: Option<usize>,
    article: Option<String>,
    reason: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct WireInterval {
    start: NaiveDate,
    end: NaiveDate,
    precision: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct WireParticipant {
    actor_id: Option<String>,
    name: String,
    kind: String,
    country: Option<String>,
    office: Option<String>,
    role: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct WireMention {
    doc_id: String,
    doc_date: Option<NaiveDate>,
    sentence_start: usize,
    sentence_end: usize,
    char_start: i64,
    char_end: i64,
    quote: String,
    event_type: String,
    status: String,
    participants: Vec<WireParticipant>,
    place_id: Option<String>,
    country_code: Option<String>,
    dates: Option<WireInterval>,
    date_text: Option<String>,
    rule: String,
    confidence_bits: u64,
    derived: bool,
    /// The trigger's byte span in the document (format 2).
    trigger: Option<(usize, usize)>,
    /// The trigger's character span in the document (format 2).
    trigger_chars: Option<(i64, i64)>,
    /// The forum of a club's meeting (format 3).
    topic: Option<String>,
}

/// The stored form of a [`Reduced`] document (one JSON line).
#[derive(Debug, Serialize, Deserialize)]
struct WireDoc {
    record: DocumentRecord,
    line: Option<usize>,
    mentions: Vec<WireMention>,
}

fn parse_enum<T: Copy>(all: &[T], name: fn(T) -> &'static str, s: &str) -> Result<T, String> {
    all.iter()
        .copied()
        .find(|&v| name(v) == s)
        .ok_or_else(|| format!("the unknown value {s:?}"))
}

fn to_wire(r: &Reduced) -> WireDoc {
    WireDoc {
        record: r.record.clone(),
        line: r.line,
        mentions: r
            .mentions
            .iter()
            .map(|l| {
                let m = &l.mention;
                WireMention {
                    doc_id: m.doc_id.clone(),
                    doc_date: m.doc_date,
                    sentence_start: m.sentence.start,
                    sentence_end: m.sentence.end,
                    char_start: l.char_start,
                    char_end: l.char_end,
                    quote: l.quote.clone(),
                    event_type: m.event_type.as_str().to_string(),
                    status: m.status.as_str().to_string(),
                    participants: m
                        .participants
                        .iter()
                        .map(|p| WireParticipant {
                            actor_id: p.actor_id.clone(),
                            name: p.name.clone(),
                            kind: p.kind.as_str().to_string(),
                            country: p.country.clone(),
                            office: p.office.clone(),
                            role: p.role.as_str().to_string(),
                        })
                        .collect(),
                    place_id: m.place_id.clone(),
                    country_code: m.country_code.clone(),
                    dates: m.dates.map(|d| WireInterval {
                        start: d.start,
                        end: d.end,
                        precision: d.precision.as_str().to_string(),
                    }),
                    date_text: m.date_text.clone(),
                    rule: m.rule.clone(),
                    confidence_bits: m.confidence.to_bits(),
                    derived: m.derived,
                    trigger: m.trigger,
                    trigger_chars: l.trigger,
                    topic: m.topic.clone(),
                }
            })
            .collect(),
    }
}

fn from_wire(w: WireDoc) -> Result<Reduced, String> {
    const TYPES: [EventType; 3] = [EventType::Visit, EventType::Meeting, EventType::Call];
    const STATUSES: [Status; 4] = [
        Status::Occurred,
        Status::Planned,
        Status::Proposed,
        Status::Cancelled,
    ];
    const ROLES: [Role; 3] = [Role::Guest, Role::Host, Role::Participant];
    const KINDS: [ActorKind; 3] = [ActorKind::Person, ActorKind::State, ActorKind::Organization];
    const PRECISIONS: [Precision; 6] = [
        Precision::Day,
        Precision::Month,
        Precision::Season,
        Precision::Year,
        Precision::Decade,
        Precision::Unknown,
    ];
    let mut mentions = Vec::with_capacity(w.mentions.len());
    for m in w.mentions {
        let participants = m
            .participants
            .into_iter()
            .map(|p| {
                Ok(Participant {
                    actor_id: p.actor_id,
                    name: p.name,
                    kind: parse_enum(&KINDS, ActorKind::as_str, &p.kind)?,
                    country: p.country,
                    office: p.office,
                    role: parse_enum(&ROLES, Role::as_str, &p.role)?,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        let dates = match m.dates {
            Some(d) => Some(Interval {
                start: d.start,
                end: d.end,
                precision: parse_enum(&PRECISIONS, Precision::as_str, &d.precision)?,
            }),
            None => None,
        };
        mentions.push(Located {
            mention: EventMention {
                doc_id: m.doc_id,
                doc_date: m.doc_date,
                sentence: Sentence {
                    start: m.sentence_start,
                    end: m.sentence_end,
                },
                event_type: parse_enum(&TYPES, EventType::as_str, &m.event_type)?,
                status: parse_enum(&STATUSES, Status::as_str, &m.status)?,
                participants,
                place_id: m.place_id,
                country_code: m.country_code,
                dates,
                date_text: m.date_text,
                rule: m.rule,
                confidence: f64::from_bits(m.confidence_bits),
                derived: m.derived,
                trigger: m.trigger,
                topic: m.topic,
            },
            char_start: m.char_start,
            char_end: m.char_end,
            quote: m.quote,
            trigger: m.trigger_chars,
        });
    }
    Ok(Reduced {
        record: w.record,
        line: w.line,
        mentions,
    })
}

/// One reduced document as a JSON line (without the newline).
pub fn encode_doc(r: &Reduced) -> Vec<u8> {
    // Serializing plain structs of strings and numbers cannot fail.
    serde_json::to_vec(&to_wire(r)).unwrap_or_default()
}

/// A reduced document from a JSON line.
pub fn decode_doc(bytes: &[u8]) -> Result<Reduced, String> {
    let w: WireDoc = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    from_wire(w)
}

fn write_lines<T>(
    path: &Path,
    items: &[T],
    line: impl Fn(&T) -> Vec<u8>,
) -> Result<(), ShardError> {
    let f = fs::File::create(path).map_err(io_err(path))?;
    let mut w = BufWriter::new(f);
    for it in items {
        w.write_all(&line(it)).map_err(io_err(path))?;
        w.write_all(b"\n").map_err(io_err(path))?;
    }
    w.flush().map_err(io_err(path))
}

/// Writes the map stage's result as a shard directory, replacing `dir` as a
/// whole (it must not exist, be empty, or be a shard directory).
pub fn write_shard(dir: &Path, mapped: &Mapped) -> Result<(), ShardError> {
    if dir.exists() {
        let empty = fs::read_dir(dir).map_err(io_err(dir))?.next().is_none();
        if !empty && !dir.join(META_FILE).is_file() {
            return Err(ShardError::NotShard {
                path: dir.display().to_string(),
            });
        }
    }
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "shard".into());
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(io_err(&parent))?;
    let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    if tmp.exists() {
        fs::remove_dir_all(&tmp).map_err(io_err(&tmp))?;
    }
    fs::create_dir(&tmp).map_err(io_err(&tmp))?;
    let filled = (|| {
        let meta = Meta {
            format: SHARD_FORMAT.to_string(),
            engine: engine_version(),
            inputs: mapped.inputs.len(),
            documents: mapped.docs.len(),
            mentions: mapped.docs.iter().map(|d| d.mentions.len()).sum(),
        };
        let path = tmp.join(META_FILE);
        let mut bytes = serde_json::to_vec_pretty(&meta).unwrap_or_default();
        bytes.push(b'\n');
        fs::write(&path, bytes).map_err(io_err(&path))?;
        write_lines(&tmp.join(INPUTS_FILE), &mapped.inputs, to_line)?;
        let problems: Vec<WireProblem> = mapped
            .problems
            .iter()
            .map(|p| WireProblem {
                path: p.path.clone(),
                line: p.line,
                article: p.article.clone(),
                reason: p.reason.clone(),
            })
            .collect();
        write_lines(&tmp.join(PROBLEMS_FILE), &problems, to_line)?;
        write_lines(&tmp.join(DOCUMENTS_FILE), &mapped.docs, encode_doc)
    })();
    let swapped = filled.and_then(|()| {
        if dir.exists() {
            fs::remove_dir_all(dir).map_err(io_err(dir))?;
        }
        fs::rename(&tmp, dir).map_err(io_err(dir))
    });
    if swapped.is_err() {
        let _ = fs::remove_dir_all(&tmp);
    }
    swapped
}

/// A record as one JSON line (without the newline).
fn to_line<T: Serialize>(v: &T) -> Vec<u8> {
    // Records of strings, numbers and dates always serialize.
    serde_json::to_vec(v).unwrap_or_default()
}

fn read_lines<T>(
    path: &Path,
    mut parse: impl FnMut(&[u8]) -> Result<T, String>,
) -> Result<Vec<T>, ShardError> {
    let f = fs::File::open(path).map_err(io_err(path))?;
    let mut out = vec![];
    let mut buf = Vec::new();
    let mut r = BufReader::new(f);
    let mut n = 0;
    loop {
        buf.clear();
        let read = r.read_until(b'\n', &mut buf).map_err(io_err(path))?;
        if read == 0 {
            break;
        }
        n += 1;
        let line = buf.strip_suffix(b"\n").unwrap_or(&buf);
        if line.is_empty() {
            continue;
        }
        out.push(parse(line).map_err(|message| ShardError::Parse {
            path: path.display().to_string(),
            line: n,
            message,
        })?);
    }
    Ok(out)
}

fn json<T: serde::de::DeserializeOwned>(line: &[u8]) -> Result<T, String> {
    serde_json::from_slice(line).map_err(|e| e.to_string())
}

/// Reads one shard directory.
pub fn read_shard(dir: &Path) -> Result<Mapped, ShardError> {
    let meta_path = dir.join(META_FILE);
    let text = fs::read(&meta_path).map_err(io_err(&meta_path))?;
    let meta: Meta = json(&text).map_err(|message| ShardError::Parse {
        path: meta_path.display().to_string(),
        line: 1,
        message,
    })?;
    let expected = engine_version();
    if meta.format != SHARD_FORMAT || meta.engine != expected {
        return Err(ShardError::Engine {
            path: meta_path.display().to_string(),
            expected,
            found: format!("{} {}", meta.format, meta.engine),
        });
    }
    let inputs: Vec<InputRecord> = read_lines(&dir.join(INPUTS_FILE), json)?;
    let problems = read_lines(&dir.join(PROBLEMS_FILE), |l| {
        let p: WireProblem = json(l)?;
        Ok(Problem {
            path: p.path,
            line: p.line,
            article: p.article,
            reason: p.reason,
        })
    })?;
    let docs = read_lines(&dir.join(DOCUMENTS_FILE), decode_doc)?;
    Ok(Mapped {
        inputs,
        problems,
        warnings: vec![],
        docs,
    })
}

/// Reads shard directories, in the order given, as one map result.
pub fn read_shards(dirs: &[PathBuf]) -> Result<Mapped, ShardError> {
    let mut all = Mapped::default();
    for d in dirs {
        all.append(read_shard(d)?);
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::DocumentRecord;

    fn sample() -> Reduced {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        Reduced {
            record: DocumentRecord {
                doc_id: "a#1".into(),
                source: "in/a.txt".into(),
                url: None,
                title: Some("T".into()),
                published: d("2016-03-22"),
                published_time: None,
                published_source: "metadata".into(),
                char_count: 42,
                content_hash: "00".into(),
                segment: Some(1),
            },
            line: Some(3),
            mentions: vec![Located {
                mention: EventMention {
                    doc_id: "a#1".into(),
                    doc_date: d("2016-03-22"),
                    sentence: Sentence { start: 4, end: 30 },
                    event_type: EventType::Meeting,
                    status: Status::Planned,
                    participants: vec![Participant {
                        actor_id: Some("Q1".into()),
                        name: "Kerry".into(),
                        kind: ActorKind::Person,
                        country: Some("USA".into()),
                        office: None,
                        role: Role::Participant,
                    }],
                    place_id: Some("moscow".into()),
                    country_code: None,
                    dates: d("2016-03-23").zip(d("2016-03-25")).map(|(s, e)| Interval {
                        start: s,
                        end: e,
                        precision: Precision::Day,
                    }),
                    date_text: Some("March 23-25".into()),
                    rule: "meeting.verb".into(),
                    confidence: 0.1 + 0.2,
                    derived: false,
                    trigger: Some((11, 14)),
                    topic: Some("farm".into()),
                },
                char_start: 3,
                char_end: 28,
                quote: "Kerry \"met\" Lavrov\nin Москва".into(),
                trigger: Some((10, 13)),
            }],
        }
    }

    #[test]
    fn a_reduced_document_round_trips_exactly() {
        let r = sample();
        let line = encode_doc(&r);
        assert!(!line.contains(&b'\n'), "one document is one line");
        assert_eq!(decode_doc(&line), Ok(r));
    }

    #[test]
    fn an_unknown_enum_value_is_an_error_not_a_panic() {
        let line = String::from_utf8(encode_doc(&sample())).unwrap_or_default();
        let bad = line.replace("\"meeting\"", "\"summit\"");
        let err = decode_doc(bad.as_bytes()).err().unwrap_or_default();
        assert!(err.contains("\"summit\""), "{err}");
        assert!(decode_doc(b"{not json").is_err());
    }

    #[test]
    fn a_shard_of_the_format_before_triggers_is_refused() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("s1");
        let mapped = Mapped {
            docs: vec![sample()],
            ..Mapped::default()
        };
        write_shard(&dir, &mapped).expect("write");
        let line = encode_doc(&sample());
        assert!(String::from_utf8_lossy(&line).contains("\"trigger_chars\":[10,13]"));
        let meta = dir.join(META_FILE);
        let text = fs::read_to_string(&meta).expect("read");
        fs::write(&meta, text.replace(SHARD_FORMAT, "diplo-shard/1")).expect("write");
        let err = read_shard(&dir)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("diplo-shard/1") && err.contains("recompile"),
            "{err}"
        );
    }

    #[test]
    fn a_shard_directory_round_trips_and_refuses_foreign_directories() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("s1");
        let mapped = Mapped {
            inputs: vec![InputRecord {
                path: "in/a.txt".into(),
                bytes: 10,
                blake3: "ab".into(),
                documents: 1,
            }],
            problems: vec![Problem {
                path: "in/b.txt".into(),
                line: None,
                article: None,
                reason: "empty".into(),
            }],
            warnings: vec![],
            docs: vec![sample(), sample()],
        };
        write_shard(&dir, &mapped).expect("write");
        write_shard(&dir, &mapped).expect("a shard directory is replaced");
        let back = read_shard(&dir).expect("read");
        assert_eq!(back.inputs, mapped.inputs);
        assert_eq!(back.problems, mapped.problems);
        assert_eq!(back.docs, mapped.docs);

        let other = tmp.path().join("other");
        fs::create_dir(&other).expect("mkdir");
        fs::write(other.join("keep.txt"), "x").expect("write");
        assert!(matches!(
            write_shard(&other, &mapped),
            Err(ShardError::NotShard { .. })
        ));
        assert!(other.join("keep.txt").is_file());
    }
}

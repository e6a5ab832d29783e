//! What the extractor's tests share: a day from text, the mentions the whole
//! pipeline (ingest, tagger, names, extraction) finds in one invented story
//! or statement, and one flat row per mention to assert on.
//!
//! ```ignore
//! let ms = mentions("Shultz arrived in Moscow today.", "1987-04-13");
//! assert!(rows(&ms).iter().any(|r| r.2 == "moscow"));
//! ```

use chrono::NaiveDate;

use super::*;
use crate::ingest::Document;
use crate::time::Tagger;

/// A `YYYY-MM-DD` day (the default day on a typo, which no assertion expects).
pub(super) fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
}

/// The mentions of one invented story published on `dct`.
pub(super) fn mentions(text: &str, dct: &str) -> Vec<EventMention> {
    analyse(Document::bare("t", "t.txt", text, Some(day(dct))))
}

/// The mentions of one invented document built by the test (a URL, a title).
pub(super) fn analyse(doc: Document) -> Vec<EventMention> {
    let kb = Kb::builtin().expect("the built-in knowledge base loads");
    crate::pipeline::analyse(doc, &Tagger::new(), &kb).mentions
}

/// The sorted actor ids of a mention's participants, of one role or of all
/// (`None`); participants with no id (unknown people) are left out.
pub(super) fn sorted_ids(m: &EventMention, role: Option<Role>) -> Vec<String> {
    let mut ids: Vec<String> = m
        .participants
        .iter()
        .filter(|p| role.is_none_or(|r| p.role == r))
        .filter_map(|p| p.actor_id.clone())
        .collect();
    ids.sort();
    ids
}

/// One mention as (type, sorted participant ids or names joined by "+",
/// place id, start, end, status); dates are empty when the mention has none.
pub(super) type Row = (EventType, String, String, String, String, Status);

/// The rows of the mentions that are not derived, in order.
pub(super) fn rows(ms: &[EventMention]) -> Vec<Row> {
    ms.iter()
        .filter(|m| !m.derived)
        .map(|m| {
            let mut ps: Vec<String> = m
                .participants
                .iter()
                .map(|p| p.actor_id.clone().unwrap_or_else(|| p.name.clone()))
                .collect();
            ps.sort();
            let (s, e) = m.dates.map_or((String::new(), String::new()), |d| {
                (d.start.to_string(), d.end.to_string())
            });
            (
                m.event_type,
                ps.join("+"),
                m.place_id.clone().unwrap_or_default(),
                s,
                e,
                m.status,
            )
        })
        .collect()
}

/// The first row of type `ty` whose participants hold `who` (a part of an
/// actor id or name: "george-shultz", "ico").
pub(super) fn row_with<'a>(rows: &'a [Row], ty: EventType, who: &str) -> Option<&'a Row> {
    rows.iter().find(|r| r.0 == ty && r.1.contains(who))
}

/// (place or country, start, end, status) of the visits of a guest.
pub(super) fn visits(ms: &[EventMention], guest: &str) -> Vec<(String, String, String, Status)> {
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

/// Whether one of `visits`' rows is at `at` (a place id or a country code)
/// with `status`, when given.
pub(super) fn a_visit_to(
    visits: &[(String, String, String, Status)],
    at: &str,
    status: Option<Status>,
) -> bool {
    visits
        .iter()
        .any(|x| x.0 == at && status.is_none_or(|s| x.3 == s))
}

/// One sorted list per mention of type `ty`, in mention order: the
/// participants `key` picks, read as it reads them (`|p|
/// p.actor_id.clone()` for the resolved ids, `|p| (p.role ==
/// Role::Guest).then(|| p.name.clone())` for the guests' names).
pub(super) fn sides_by(
    ms: &[EventMention],
    ty: EventType,
    key: impl Fn(&Participant) -> Option<String>,
) -> Vec<Vec<String>> {
    ms.iter()
        .filter(|m| m.event_type == ty)
        .map(|m| {
            let mut v: Vec<String> = m.participants.iter().filter_map(&key).collect();
            v.sort();
            v
        })
        .collect()
}

/// Whether one side list holds every one of `names` (each found inside a
/// side's name: "Baker" in "James Baker").
pub(super) fn a_side_with(sides: &[Vec<String>], names: &[&str]) -> bool {
    sides
        .iter()
        .any(|s| names.iter().all(|want| s.iter().any(|n| n.contains(want))))
}

/// Whether no side list holds `name` (found inside a side's name).
pub(super) fn no_side_named(sides: &[Vec<String>], name: &str) -> bool {
    sides.iter().all(|s| !s.iter().any(|n| n.contains(name)))
}

//! One self-contained HTML page: an interactive timeline of the events,
//! with filters by actor, country, type and status, each event showing its
//! participants, place, sources and quotes (the words that fired the rule
//! marked, from the mentions' trigger spans of schema 1.2.0). It opens from disk in any
//! browser and fetches nothing (a Content-Security-Policy of
//! `default-src 'none'` makes sure of it).
//!
//! The page is `page.html` (markup, CSS and script, no data) with the
//! events embedded as JSON in `<script type="application/json"
//! id="diplo-data">`. The JSON comes from [`to_safe_json_compact`], so `<`, `>`,
//! `&`, U+2028 and U+2029 are `\u003c`-escapes and no quote can close the
//! block (`</script>`) or open a comment (`<!--`). The script renders
//! every value with `textContent` (never `innerHTML`), and only `http(s)`
//! urls become links (checked here and again in the page).
//!
//! Filters live in the controls on top and in the url fragment, so a link
//! can open the page filtered: `events.html#type=visit&country=RUS`
//! (`actor`, `country`, `type`, `status`). For tests and tools the page
//! keeps `<div id="diplo-status" data-ready data-shown data-errors>`:
//! `data-ready="1"` once the script ran, `data-shown` the number of events
//! that pass the filters, `data-rendered` the number on the page (the first
//! 500, then 500 more per click on "show more", so a page of 20,000 events
//! stays quick), `data-errors` the number of uncaught errors.
//!
//! ```text
//! diplo export html data/seeds --out seeds.html
//! chromium 'seeds.html#type=visit'
//! ```

use std::collections::HashMap;

use serde::Serialize;

use super::{end_or_start, is_web_url, to_safe_json_compact, Export, ExportError};
use crate::dataset::{Dataset, DocumentRecord, EventRecord};

/// The page template; `__DIPLO_DATA__` marks where the JSON goes.
pub const TEMPLATE: &str = include_str!("page.html");
const PLACEHOLDER: &str = "__DIPLO_DATA__";

#[derive(Serialize)]
struct PageData<'a> {
    dataset_version: Option<&'a str>,
    generator: &'static str,
    filtered: bool,
    events: Vec<PageEvent<'a>>,
}

#[derive(Serialize)]
struct PageEvent<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    status: &'a str,
    title: &'a str,
    start: Option<String>,
    end: Option<String>,
    precision: &'a str,
    edtf: Option<&'a str>,
    place: Option<&'a str>,
    country: Option<&'a str>,
    location_precision: Option<&'a str>,
    participants: Vec<PageParticipant<'a>>,
    sources: Vec<PageSource<'a>>,
    confidence: f64,
    derived: bool,
    conflicts: bool,
}

#[derive(Serialize)]
struct PageParticipant<'a> {
    id: Option<&'a str>,
    name: &'a str,
    country: Option<&'a str>,
    office: Option<&'a str>,
    role: &'a str,
}

#[derive(Serialize)]
struct PageSource<'a> {
    doc_id: &'a str,
    title: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<String>,
    quote: &'a str,
    /// The quote cut around the words that fired the rule (schema 1.2.0
    /// `trigger_start`/`trigger_end` of the source's mention): before, the
    /// words, after. Absent for a dataset older than 1.2.0.
    #[serde(skip_serializing_if = "Option::is_none")]
    mark: Option<[String; 3]>,
}

/// The quote split around the trigger span (document character offsets;
/// the quote starts at `quote_start`), or `None` when the span is not
/// inside the quote.
fn split_quote(quote: &str, quote_start: i64, span: (i64, i64)) -> Option<[String; 3]> {
    let from = usize::try_from(span.0.checked_sub(quote_start)?).ok()?;
    let to = usize::try_from(span.1.checked_sub(quote_start)?).ok()?;
    if from >= to || to > quote.chars().count() {
        return None;
    }
    let cut = |n: usize| quote.char_indices().nth(n).map_or(quote.len(), |(i, _)| i);
    let (a, b) = (cut(from), cut(to));
    Some([
        quote.get(..a)?.to_string(),
        quote.get(a..b)?.to_string(),
        quote.get(b..)?.to_string(),
    ])
}

/// The page's data block: the JSON text that goes into the page.
fn data_json(ds: &Dataset, events: &[&EventRecord]) -> Result<String, ExportError> {
    let docs: HashMap<&str, &DocumentRecord> = ds
        .documents
        .iter()
        .map(|d| (d.doc_id.as_str(), d))
        .collect();
    // (event, document, sentence start) -> the trigger span of that mention
    let mut triggers: HashMap<(&str, &str, i64), (i64, i64)> = HashMap::new();
    for m in &ds.mentions {
        if let (Some(a), Some(b)) = (m.trigger_start, m.trigger_end) {
            triggers
                .entry((&m.event_id, &m.doc_id, m.char_start))
                .or_insert((a, b));
        }
    }
    let page_events = events
        .iter()
        .map(|ev| PageEvent {
            id: &ev.event_id,
            kind: &ev.event_type,
            status: &ev.status,
            title: &ev.title,
            start: ev.start_date.map(|d| d.to_string()),
            end: end_or_start(ev).map(|d| d.to_string()),
            precision: &ev.date_precision,
            edtf: ev.date_edtf.as_deref(),
            place: ev.place_name.as_deref(),
            country: ev.country_code.as_deref(),
            location_precision: ev.location_precision.as_deref(),
            participants: ev
                .participants
                .iter()
                .map(|p| PageParticipant {
                    id: p.actor_id.as_deref(),
                    name: &p.name,
                    country: p.country.as_deref(),
                    office: p.office.as_deref(),
                    role: &p.role,
                })
                .collect(),
            sources: ev
                .sources
                .iter()
                .map(|s| {
                    let doc = docs.get(s.doc_id.as_str());
                    let url = s.url.as_deref().or(doc.and_then(|d| d.url.as_deref()));
                    PageSource {
                        doc_id: &s.doc_id,
                        title: doc.and_then(|d| d.title.as_deref()),
                        url: url.filter(|u| is_web_url(u)),
                        published: s.published.map(|d| d.to_string()),
                        quote: &s.quote,
                        mark: triggers
                            .get(&(ev.event_id.as_str(), s.doc_id.as_str(), s.char_start))
                            .and_then(|&span| split_quote(&s.quote, s.char_start, span)),
                    }
                })
                .collect(),
            confidence: if ev.confidence.is_finite() {
                ev.confidence
            } else {
                0.0
            },
            derived: ev.derived,
            conflicts: !ev.date_conflicts.is_empty(),
        })
        .collect();
    let data = PageData {
        dataset_version: ds.dataset_version.as_deref(),
        generator: env!("CARGO_PKG_VERSION"),
        filtered: events.len() != ds.events.len(),
        events: page_events,
    };
    to_safe_json_compact(&data, "html")
}

/// The page for `events`.
pub fn export(ds: &Dataset, events: &[&EventRecord]) -> Result<Export, ExportError> {
    let json = data_json(ds, events)?;
    let (head, tail) = TEMPLATE
        .split_once(PLACEHOLDER)
        .ok_or_else(|| ExportError::Encode {
            format: "html".into(),
            message: "the page template has no data placeholder".into(),
        })?;
    let mut page = String::with_capacity(TEMPLATE.len() + json.len());
    page.push_str(head);
    page.push_str(&json);
    page.push_str(tail);
    Ok(Export {
        bytes: page.into_bytes(),
        events: 0,
        notes: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::testdata::sample;

    fn page(ds: &Dataset) -> String {
        let evs: Vec<&EventRecord> = ds.events.iter().collect();
        let bytes = export(ds, &evs).map(|e| e.bytes).unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }

    #[test]
    fn the_template_has_one_placeholder_and_fetches_nothing() {
        assert_eq!(TEMPLATE.matches(PLACEHOLDER).count(), 1);
        assert!(TEMPLATE.contains("default-src 'none'"));
        assert!(!TEMPLATE.contains("innerHTML"));
        for fetch in [
            "src=\"http",
            "href=\"http",
            "@import",
            "fetch(",
            "XMLHttpRequest",
        ] {
            assert!(!TEMPLATE.contains(fetch), "{fetch}");
        }
    }

    #[test]
    fn quotes_are_cut_around_the_trigger_in_characters() {
        // "Žižek" has multi-byte characters before the trigger
        let q = "Žižek arrived in Moscow.";
        let parts = split_quote(q, 100, (106, 116));
        assert_eq!(
            parts,
            Some(["Žižek ".to_string(), "arrived in".into(), " Moscow.".into()])
        );
        assert_eq!(split_quote(q, 100, (99, 104)), None);
        assert_eq!(split_quote(q, 100, (110, 110)), None);
        assert_eq!(split_quote(q, 100, (110, 200)), None);
    }

    #[test]
    fn each_source_marks_its_mentions_trigger() {
        let mut ds = sample();
        let ev = ds.events[0].event_id.clone();
        let src = ds.events[0].sources[0].clone();
        let m = ds
            .mentions
            .iter_mut()
            .find(|m| m.event_id == ev && m.doc_id == src.doc_id && m.char_start == src.char_start)
            .expect("the sample's first source has its mention");
        m.trigger_start = Some(src.char_start + 1);
        m.trigger_end = Some(src.char_start + 3);
        let html = page(&ds);
        let start = html.find("id=\"diplo-data\">").map_or(0, |i| i + 16);
        let end = html[start..].find("</script>").map_or(start, |i| start + i);
        let v: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap_or_default();
        let mark = &v["events"][0]["sources"][0]["mark"];
        let chars: Vec<char> = src.quote.chars().collect();
        assert_eq!(mark[1], chars[1..3].iter().collect::<String>());
        let joined: String = (0..3).filter_map(|i| mark[i].as_str()).collect();
        assert_eq!(joined, src.quote);
        assert!(TEMPLATE.contains("s.mark"));
    }

    #[test]
    fn hostile_text_cannot_leave_the_data_block() {
        let mut ds = sample();
        ds.events[0].title = "</script><script>alert(1)</script><!--".into();
        ds.events[0].sources[0].quote = "a\u{2028}b\u{2029}c & 'd' \"e\"".into();
        ds.events[0].sources[0].url = Some("javascript:alert(1)".into());
        let html = page(&ds);
        // Only the template's own script tags, and one data block.
        assert_eq!(
            html.matches("<script").count(),
            TEMPLATE.matches("<script").count()
        );
        assert_eq!(html.matches("</script>").count(), 3);
        assert_eq!(html.matches("<!--").count(), 0);
        assert!(!html.contains('\u{2028}') && !html.contains('\u{2029}'));
        assert!(!html.contains("javascript:"));
        // The block still holds the same text.
        let start = html.find("id=\"diplo-data\">").map_or(0, |i| i + 16);
        let end = html[start..].find("</script>").map_or(start, |i| start + i);
        let v: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap_or_default();
        assert_eq!(v["events"][0]["title"], ds.events[0].title.as_str());
        assert_eq!(
            v["events"][0]["sources"][0]["quote"],
            ds.events[0].sources[0].quote.as_str()
        );
        assert_eq!(v["events"][0]["sources"][0]["url"], serde_json::Value::Null);
        assert_eq!(
            v["events"][0]["sources"][1]["url"],
            "https://example.org/doc-b"
        );
    }
}

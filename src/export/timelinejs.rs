//! TimelineJS 3 JSON: `{"title": ..., "events": [...]}`, loadable by
//! TimelineJS as is (`new TL.Timeline(id, json)`).
//!
//! Each event becomes a slide with `start_date` (and `end_date` when the
//! interval spans more than its precision) as date objects at the event's
//! precision: `day` gives `{year, month, day}`, `month` and `season` give
//! `{year, month}`, `year`, `decade` and `unknown` give `{year}`. Events
//! without a start date cannot be placed and are left out (counted in the
//! notes). `text.headline` is the title; `text.text` holds participants,
//! place, status and the quoted sources. TimelineJS renders both as HTML,
//! so every piece of data in them is escaped and only `http(s)` urls become
//! links. `group` is the event type, the country or the main actor (see
//! [`Group`]);
//! `unique_id` is the event id.
//!
//! `group` and `display_date` are different: TimelineJS strips markup from
//! them by parsing them as HTML and taking the text (which decodes `&lt;`
//! back to `<`), then puts the group label into the page with `innerHTML`.
//! An escaped label would come back as markup, so these two are written as
//! [`plain_label`]s, with `<`, `>`, `&`, `"` and `'` removed.
//!
//! ```text
//! {"start_date": {"year": 2015, "month": 5}, "text": {"headline": "...", "text": "..."},
//!  "group": "visit", "unique_id": "ev-0001"}
//! ```

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use serde_json::{json, Map, Value};

use super::{escape_html, is_web_url, to_safe_json, Export, ExportError, Group};
use crate::dataset::{Dataset, DocumentRecord, EventRecord};

/// The fields of a TimelineJS date object for `date` at `precision`.
fn date_object(date: NaiveDate, precision: &str) -> Value {
    let mut m = Map::new();
    m.insert("year".into(), json!(date.year()));
    if matches!(precision, "day" | "month" | "season") {
        m.insert("month".into(), json!(date.month()));
    }
    if precision == "day" {
        m.insert("day".into(), json!(date.day()));
    }
    Value::Object(m)
}

/// A label TimelineJS can neither decode nor run: the text without the
/// characters `<`, `>`, `&`, `"` and `'`.
pub fn plain_label(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '<' | '>' | '&' | '"' | '\''))
        .collect()
}

/// The event's slide text (HTML, every data value escaped).
fn slide_text(ev: &EventRecord, docs: &HashMap<&str, &DocumentRecord>) -> String {
    let mut html = String::new();
    if !ev.participants.is_empty() {
        let names: Vec<String> = ev
            .participants
            .iter()
            .map(|p| {
                let mut s = escape_html(&p.name);
                if let Some(o) = &p.office {
                    s.push_str(&format!(" ({})", escape_html(o)));
                }
                s
            })
            .collect();
        html.push_str(&format!("<p><b>Who:</b> {}</p>", names.join(", ")));
    }
    let place = match (&ev.place_name, &ev.country_code) {
        (Some(p), Some(c)) => Some(format!("{p}, {c}")),
        (Some(p), None) => Some(p.clone()),
        (None, Some(c)) => Some(c.clone()),
        (None, None) => None,
    };
    if let Some(place) = place {
        html.push_str(&format!("<p><b>Where:</b> {}</p>", escape_html(&place)));
    }
    html.push_str(&format!(
        "<p><b>Status:</b> {} &middot; <b>Type:</b> {}</p>",
        escape_html(&ev.status),
        escape_html(&ev.event_type)
    ));
    for s in &ev.sources {
        let doc = docs.get(s.doc_id.as_str());
        let url = s.url.as_deref().or(doc.and_then(|d| d.url.as_deref()));
        let title = doc
            .and_then(|d| d.title.as_deref())
            .unwrap_or(s.doc_id.as_str());
        let mut cite = match url {
            Some(u) if is_web_url(u) => format!(
                "<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a>",
                escape_html(u),
                escape_html(title)
            ),
            _ => escape_html(title),
        };
        if let Some(p) = s.published {
            cite.push_str(&format!(", {p}"));
        }
        html.push_str(&format!(
            "<blockquote>{}</blockquote><p>&mdash; {cite}</p>",
            escape_html(&s.quote)
        ));
    }
    html
}

/// The TimelineJS document for `events`.
pub fn export(ds: &Dataset, events: &[&EventRecord], group: Group) -> Result<Export, ExportError> {
    let docs: HashMap<&str, &DocumentRecord> = ds
        .documents
        .iter()
        .map(|d| (d.doc_id.as_str(), d))
        .collect();
    let mut slides = Vec::new();
    let mut undated = 0usize;
    for ev in events {
        let Some(start) = ev.start_date else {
            undated += 1;
            continue;
        };
        let precision = ev.date_precision.as_str();
        let start_obj = date_object(start, precision);
        let mut slide = Map::new();
        slide.insert("start_date".into(), start_obj.clone());
        if let Some(end) = ev.end_date.filter(|e| *e > start) {
            let end_obj = date_object(end, precision);
            if end_obj != start_obj {
                slide.insert("end_date".into(), end_obj);
            }
        }
        if matches!(precision, "season" | "decade") {
            if let Some(edtf) = &ev.date_edtf {
                slide.insert("display_date".into(), json!(plain_label(edtf)));
            }
        }
        slide.insert(
            "text".into(),
            json!({"headline": escape_html(&ev.title), "text": slide_text(ev, &docs)}),
        );
        let g = match group {
            Group::Type => ev.event_type.clone(),
            Group::Country => ev.country_code.clone().unwrap_or_else(|| "unknown".into()),
            Group::Actor => ev
                .participants
                .iter()
                .find(|p| p.role == "guest")
                .or(ev.participants.first())
                .map_or_else(|| "unknown".into(), |p| p.name.clone()),
        };
        slide.insert("group".into(), json!(plain_label(&g)));
        slide.insert("unique_id".into(), json!(ev.event_id));
        slides.push(Value::Object(slide));
    }
    let version = ds.dataset_version.as_deref().unwrap_or("unversioned");
    let doc = json!({
        "title": {"text": {
            "headline": "diplo: visits, meetings and calls",
            "text": format!("<p>dataset {}, {} events</p>", escape_html(version), slides.len()),
        }},
        "events": slides,
    });
    let mut notes = Vec::new();
    if undated > 0 {
        notes.push(format!(
            "{undated} events without a start date left out (TimelineJS needs one)"
        ));
    }
    Ok(Export {
        bytes: (to_safe_json(&doc, "timelinejs")? + "\n").into_bytes(),
        events: 0,
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::testdata::sample;

    fn run(ds: &Dataset, group: Group) -> Value {
        let evs: Vec<&EventRecord> = ds.events.iter().collect();
        let out = export(ds, &evs, group).map(|e| e.bytes).unwrap_or_default();
        serde_json::from_slice(&out).unwrap_or_default()
    }

    #[test]
    fn dates_follow_the_precision() {
        let mut ds = sample();
        let v = run(&ds, Group::Type);
        let evs = v["events"].as_array().cloned().unwrap_or_default();
        assert_eq!(evs.len(), 1, "the undated call is left out");
        assert_eq!(
            evs[0]["start_date"],
            json!({"year": 2016, "month": 3, "day": 23})
        );
        assert_eq!(
            evs[0]["end_date"],
            json!({"year": 2016, "month": 3, "day": 24})
        );
        assert_eq!(evs[0]["group"], "visit");
        assert_eq!(evs[0]["unique_id"], "ev-0001");

        ds.events[0].date_precision = "month".into();
        ds.events[0].start_date = NaiveDate::from_ymd_opt(2015, 5, 1);
        ds.events[0].end_date = NaiveDate::from_ymd_opt(2015, 5, 31);
        let v = run(&ds, Group::Country);
        assert_eq!(
            v["events"][0]["start_date"],
            json!({"year": 2015, "month": 5})
        );
        assert!(v["events"][0].get("end_date").is_none(), "same month");
        assert_eq!(v["events"][0]["group"], "RUS");
        let v = run(&ds, Group::Actor);
        assert_eq!(v["events"][0]["group"], "John Kerry", "the guest");

        ds.events[0].date_precision = "year".into();
        ds.events[0].end_date = NaiveDate::from_ymd_opt(2016, 12, 31);
        let v = run(&ds, Group::Type);
        assert_eq!(v["events"][0]["start_date"], json!({"year": 2015}));
        assert_eq!(v["events"][0]["end_date"], json!({"year": 2016}));
    }

    #[test]
    fn text_is_escaped_and_only_web_urls_link() {
        let mut ds = sample();
        ds.events[0].title = "<script>alert(1)</script>".into();
        ds.events[0].sources[0].quote = "</script><img src=x onerror=alert(1)>".into();
        ds.events[0].sources[0].url = Some("javascript:alert(1)".into());
        let v = run(&ds, Group::Type);
        let headline = v["events"][0]["text"]["headline"].as_str().unwrap_or("");
        assert_eq!(headline, "&lt;script&gt;alert(1)&lt;/script&gt;");
        let text = v["events"][0]["text"]["text"].as_str().unwrap_or("");
        assert!(text.contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assert!(!text.contains("javascript:"), "{text}");
        assert!(
            text.contains("href=\"https://example.org/doc-b\""),
            "{text}"
        );
    }

    #[test]
    fn groups_are_plain_labels() {
        let mut ds = sample();
        ds.events[0].event_type = "visit&lt;img src=x onerror=alert(1)&gt;<b>'\"".into();
        let v = run(&ds, Group::Type);
        assert_eq!(
            v["events"][0]["group"],
            "visitlt;img src=x onerror=alert(1)gt;b"
        );
    }
}

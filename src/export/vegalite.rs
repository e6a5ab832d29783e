//! A Vega-Lite v5 spec for a timeline chart, with the data inline.
//!
//! One bar per event and row: `x` is the start, `x2` the end (exclusive:
//! the day after the last day, so a one-day event has a width), `y` the
//! actor (one row per participant, see [`Axis`]) or the event's country,
//! `color` the event type; the tooltip shows title, status, place and the
//! dates. Dates are ISO 8601 instants at midnight UTC (`2016-03-23T00:00:00Z`)
//! and the x scale is `utc`, so the chart reads the same in every time
//! zone. Events without a start date are left out (counted in the notes).
//!
//! ```text
//! {"$schema": "https://vega.github.io/schema/vega-lite/v5.json",
//!  "data": {"values": [{"event_id": "ev-0001", "start": "2016-03-23T00:00:00Z", ...}]},
//!  "mark": {"type": "bar"}, "encoding": {"x": ..., "x2": ..., "y": ..., "color": ...}}
//! ```

use chrono::NaiveDate;
use serde_json::{json, Value};

use super::{end_or_start, to_safe_json, Axis, Export, ExportError};
use crate::dataset::EventRecord;

/// The Vega-Lite schema url the spec declares.
pub const SCHEMA: &str = "https://vega.github.io/schema/vega-lite/v5.json";

fn instant(d: NaiveDate) -> String {
    format!("{}T00:00:00Z", d.format("%Y-%m-%d"))
}

/// The spec for `events`.
pub fn export(events: &[&EventRecord], axis: Axis) -> Result<Export, ExportError> {
    let mut values = Vec::new();
    let mut undated = 0usize;
    for ev in events {
        let Some(start) = ev.start_date else {
            undated += 1;
            continue;
        };
        let last = end_or_start(ev).unwrap_or(start);
        let end = last.succ_opt().unwrap_or(last);
        let row = |y: &str| {
            json!({
                "event_id": ev.event_id,
                "title": ev.title,
                "type": ev.event_type,
                "status": ev.status,
                "y": y,
                "country": ev.country_code,
                "place": ev.place_name,
                "start": instant(start),
                "end": instant(end),
                "first_day": start.to_string(),
                "last_day": last.to_string(),
                "precision": ev.date_precision,
            })
        };
        match axis {
            Axis::Actor if !ev.participants.is_empty() => {
                for p in &ev.participants {
                    values.push(row(&p.name));
                }
            }
            Axis::Actor => values.push(row("(no participant)")),
            Axis::Country => values.push(row(ev.country_code.as_deref().unwrap_or("(unknown)"))),
        }
    }
    let y_title = match axis {
        Axis::Actor => "actor",
        Axis::Country => "country",
    };
    let spec: Value = json!({
        "$schema": SCHEMA,
        "description": "diplo: visits, meetings and calls over time",
        "title": "Visits, meetings and calls",
        "width": 800,
        "height": {"step": 18},
        "data": {"values": values},
        "mark": {"type": "bar", "cornerRadius": 2},
        "encoding": {
            "x": {"field": "start", "type": "temporal", "title": "date (UTC)",
                   "scale": {"type": "utc"}, "axis": {"format": "%Y-%m-%d"}},
            "x2": {"field": "end"},
            "y": {"field": "y", "type": "nominal", "title": y_title, "sort": "ascending"},
            "color": {"field": "type", "type": "nominal", "title": "event type"},
            "tooltip": [
                {"field": "title", "type": "nominal"},
                {"field": "type", "type": "nominal"},
                {"field": "status", "type": "nominal"},
                {"field": "place", "type": "nominal"},
                {"field": "country", "type": "nominal"},
                {"field": "first_day", "type": "nominal", "title": "from"},
                {"field": "last_day", "type": "nominal", "title": "to"},
                {"field": "event_id", "type": "nominal"}
            ]
        }
    });
    let mut notes = Vec::new();
    if undated > 0 {
        notes.push(format!("{undated} events without a start date left out"));
    }
    Ok(Export {
        bytes: (to_safe_json(&spec, "vega-lite")? + "\n").into_bytes(),
        events: 0,
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::testdata::sample;

    #[test]
    fn one_row_per_participant_with_utc_dates() {
        let ds = sample();
        let evs: Vec<&EventRecord> = ds.events.iter().collect();
        let out = export(&evs, Axis::Actor).unwrap_or_default();
        let v: Value = serde_json::from_slice(&out.bytes).unwrap_or_default();
        assert_eq!(v["$schema"], SCHEMA);
        let rows = v["data"]["values"].as_array().cloned().unwrap_or_default();
        assert_eq!(rows.len(), 2, "two participants of the dated visit");
        assert_eq!(rows[0]["y"], "John Kerry");
        assert_eq!(rows[0]["start"], "2016-03-23T00:00:00Z");
        assert_eq!(rows[0]["end"], "2016-03-25T00:00:00Z", "exclusive end");
        assert_eq!(v["encoding"]["x"]["scale"]["type"], "utc");
        assert_eq!(out.notes.len(), 1);

        let out = export(&evs, Axis::Country).unwrap_or_default();
        let v: Value = serde_json::from_slice(&out.bytes).unwrap_or_default();
        assert_eq!(v["data"]["values"][0]["y"], "RUS");
    }
}

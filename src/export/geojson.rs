//! GeoJSON (RFC 7946): a `FeatureCollection` with one `Point` feature per
//! event that has coordinates, `[longitude, latitude]` in that order.
//!
//! Properties are flat (strings and numbers only) so kepler.gl and QGIS
//! read them as columns: `event_id`, `type`, `status`, `title`, `start`,
//! `end` (`YYYY-MM-DD` or null), `precision`, `location_precision`,
//! `country_centroid` (true when the point is the country's centroid, not
//! the place itself), `place`, `country`, `participants` (names joined
//! with `"; "`), `source_count`, `confidence`. Events without valid
//! coordinates are left out and counted in the notes.
//!
//! ```text
//! {"type": "Feature", "id": "ev-0001",
//!  "geometry": {"type": "Point", "coordinates": [37.6173, 55.7558]},
//!  "properties": {"event_id": "ev-0001", "type": "visit", ...}}
//! ```

use serde_json::{json, Value};

use super::{coordinates, end_or_start, participant_names, to_safe_json, Export, ExportError};
use crate::dataset::EventRecord;

/// The FeatureCollection of `events`.
pub fn export(events: &[&EventRecord]) -> Result<Export, ExportError> {
    let mut features = Vec::new();
    let mut without = 0usize;
    for ev in events {
        let Some((lon, lat)) = coordinates(ev) else {
            without += 1;
            continue;
        };
        features.push(json!({
            "type": "Feature",
            "id": ev.event_id,
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "event_id": ev.event_id,
                "type": ev.event_type,
                "status": ev.status,
                "title": ev.title,
                "start": ev.start_date.map(|d| d.to_string()),
                "end": end_or_start(ev).map(|d| d.to_string()),
                "precision": ev.date_precision,
                "location_precision": ev.location_precision,
                "country_centroid": ev.location_precision.as_deref() == Some("country"),
                "place": ev.place_name,
                "country": ev.country_code,
                "participants": participant_names(&ev.participants),
                "source_count": ev.source_count,
                "confidence": ev.confidence,
            },
        }));
    }
    let doc: Value = json!({"type": "FeatureCollection", "features": features});
    let mut notes = Vec::new();
    if without > 0 {
        notes.push(format!("{without} events without coordinates left out"));
    }
    Ok(Export {
        bytes: (to_safe_json(&doc, "geojson")? + "\n").into_bytes(),
        events: 0,
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::testdata::sample;

    #[test]
    fn points_are_lon_lat_and_unplaced_events_are_counted() {
        let ds = sample();
        let evs: Vec<&EventRecord> = ds.events.iter().collect();
        let out = export(&evs).unwrap_or_default();
        assert_eq!(out.notes, ["1 events without coordinates left out"]);
        let v: Value = serde_json::from_slice(&out.bytes).unwrap_or_default();
        assert_eq!(v["type"], "FeatureCollection");
        let f = &v["features"][0];
        assert_eq!(f["geometry"]["coordinates"], json!([37.6173, 55.7558]));
        assert_eq!(f["properties"]["participants"], "John Kerry; Sergey Lavrov");
        assert_eq!(f["properties"]["country_centroid"], false);
        assert_eq!(f["properties"]["end"], "2016-03-24");
        let flat = f["properties"]
            .as_object()
            .is_some_and(|m| m.values().all(|v| !v.is_object() && !v.is_array()));
        assert!(flat);
    }
}

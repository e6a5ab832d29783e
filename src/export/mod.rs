//! Exports: the dataset in the formats of visualization tools, and a page
//! to look at.
//!
//! `diplo export FORMAT DIR --out FILE` reads a dataset directory, keeps the
//! events a [`Filter`] selects, and writes one of:
//!
//! | format | module | what it is |
//! |---|---|---|
//! | `timelinejs` | [`timelinejs`] | TimelineJS 3 JSON: dates at their precision, headline, quotes, groups |
//! | `geojson` | [`geojson`] | a FeatureCollection of Points `[lon, lat]` with flat properties |
//! | `network` | [`network`] | who met whom: an edge list (CSV) or GEXF 1.3 for Gephi |
//! | `vega-lite` | [`vegalite`] | a Vega-Lite v5 timeline spec with the data inline, dates in UTC |
//! | `html` | [`html`] | one self-contained page: timeline, filters, sources and quotes |
//!
//! Article text is data, never markup. Every JSON export is written with
//! [`to_safe_json`], which also escapes `<`, `>`, `&`, U+2028 and U+2029 as
//! `\u003c` etc. (still the same JSON value), so a quote holding
//! `</script>` cannot end a script block that embeds it; the HTML in
//! TimelineJS's `text` fields is escaped with [`escape_html`]; GEXF goes
//! through [`network`]'s XML escaping; only `http(s)` urls ever become links
//! ([`is_web_url`]).
//!
//! The main types: [`Filter`] (the `--actor`, `--country`, `--type`,
//! `--from`, `--to` options, ready to apply), [`Format`], and [`Export`]
//! (the bytes to write and the notes for stderr, such as the events left
//! out for lack of coordinates). The output is deterministic: events are
//! taken in `event_id` order and maps are sorted.
//!
//! ```
//! use diplo::export::{export, Filter, Format, Options};
//! let ds = diplo::dataset::testdata::sample();
//! let filter = Filter { types: vec!["visit".into()], ..Filter::default() };
//! let out = export(&ds, Format::GeoJson, &filter, &Options::default())?;
//! let json: serde_json::Value = serde_json::from_slice(&out.bytes).unwrap();
//! assert_eq!(json["features"].as_array().map(Vec::len), Some(1));
//! # Ok::<(), diplo::export::ExportError>(())
//! ```

pub mod geojson;
pub mod html;
pub mod network;
pub mod timelinejs;
pub mod vegalite;

use chrono::NaiveDate;
use serde::Serialize;

use crate::dataset::{Dataset, EventRecord, ParticipantRecord};

/// What can go wrong in an export.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A value the output format cannot carry.
    #[error("cannot encode the {format} export: {message}")]
    Encode { format: String, message: String },
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    TimelineJs,
    GeoJson,
    /// Who met whom as an edge list (CSV).
    NetworkCsv,
    /// Who met whom as GEXF 1.3.
    NetworkGexf,
    VegaLite,
    Html,
}

/// How TimelineJS groups events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Group {
    /// By event type (visit, meeting, call).
    #[default]
    Type,
    /// By the country where the event took place.
    Country,
    /// By the main actor: the first guest, else the first participant.
    Actor,
}

/// What the Vega-Lite chart puts on its y axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Axis {
    /// One row per participant (an event shows on each participant's row).
    #[default]
    Actor,
    /// One row per country where events took place.
    Country,
}

/// Format-specific choices.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// TimelineJS groups.
    pub group: Group,
    /// The Vega-Lite y axis.
    pub axis: Axis,
}

/// The result of an export: the file's bytes and notes for stderr.
#[derive(Debug, Clone, Default)]
pub struct Export {
    pub bytes: Vec<u8>,
    /// The number of events the filter kept.
    pub events: usize,
    /// Human-readable notes ("2 events without coordinates left out").
    pub notes: Vec<String>,
}

/// The event filter: an event is kept when it passes every non-empty part.
///
/// - `actors`: an actor_id (exact) or a name substring (case-insensitive)
///   of one of the event's participants; any of the list.
/// - `countries`: an ISO alpha-3 code (case-insensitive) equal to the
///   event's country or one participant's country; any of the list.
/// - `types`: the event type; any of the list.
/// - `from`, `to`: the event's interval `[start, end]` overlaps
///   `[from, to]` (bounds inclusive; an event without a start date is left
///   out once a bound is given; a missing end is the start).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub actors: Vec<String>,
    pub countries: Vec<String>,
    pub types: Vec<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Filter {
    /// Whether the event passes the filter.
    pub fn matches(&self, ev: &EventRecord) -> bool {
        self.matches_actor(ev)
            && self.matches_country(ev)
            && self.matches_type(ev)
            && self.matches_dates(ev)
    }

    fn matches_actor(&self, ev: &EventRecord) -> bool {
        if self.actors.is_empty() {
            return true;
        }
        self.actors.iter().any(|want| {
            let lower = want.to_lowercase();
            ev.participants.iter().any(|p| {
                p.actor_id.as_deref() == Some(want.as_str())
                    || (!lower.is_empty() && p.name.to_lowercase().contains(&lower))
            })
        })
    }

    fn matches_country(&self, ev: &EventRecord) -> bool {
        if self.countries.is_empty() {
            return true;
        }
        let same = |c: &Option<String>, want: &str| {
            c.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(want))
        };
        self.countries.iter().any(|want| {
            same(&ev.country_code, want) || ev.participants.iter().any(|p| same(&p.country, want))
        })
    }

    fn matches_type(&self, ev: &EventRecord) -> bool {
        self.types.is_empty()
            || self
                .types
                .iter()
                .any(|t| t.eq_ignore_ascii_case(&ev.event_type))
    }

    fn matches_dates(&self, ev: &EventRecord) -> bool {
        if self.from.is_none() && self.to.is_none() {
            return true;
        }
        let Some(start) = ev.start_date else {
            return false;
        };
        let end = ev.end_date.unwrap_or(start).max(start);
        self.from.is_none_or(|from| end >= from) && self.to.is_none_or(|to| start <= to)
    }
}

/// The events the filter keeps, in `event_id` order.
pub fn select<'a>(ds: &'a Dataset, filter: &Filter) -> Vec<&'a EventRecord> {
    let mut v: Vec<&EventRecord> = ds.events.iter().filter(|e| filter.matches(e)).collect();
    v.sort_by(|a, b| a.event_id.cmp(&b.event_id));
    v
}

/// Exports the dataset's events that pass `filter` in `format`.
pub fn export(
    ds: &Dataset,
    format: Format,
    filter: &Filter,
    options: &Options,
) -> Result<Export, ExportError> {
    let events = select(ds, filter);
    let n = events.len();
    let mut out = match format {
        Format::TimelineJs => timelinejs::export(ds, &events, options.group)?,
        Format::GeoJson => geojson::export(&events)?,
        Format::NetworkCsv => network::csv(ds, &events),
        Format::NetworkGexf => network::gexf(ds, &events),
        Format::VegaLite => vegalite::export(&events, options.axis)?,
        Format::Html => html::export(ds, &events)?,
    };
    out.events = n;
    Ok(out)
}

/// Serializes `value` as JSON that is also safe inside an HTML
/// `<script>` block: `<`, `>`, `&`, U+2028 and U+2029 are written as
/// `\u003c`, `\u003e`, `\u0026`, `\u2028`, `\u2029`. These characters only
/// occur inside JSON strings, where the escapes denote the same text, so
/// the result parses to the same value.
pub fn to_safe_json<T: Serialize>(value: &T, format: &str) -> Result<String, ExportError> {
    let text = serde_json::to_string_pretty(value).map_err(|e| ExportError::Encode {
        format: format.into(),
        message: e.to_string(),
    })?;
    Ok(escape_json_for_html(&text))
}

/// [`to_safe_json`] without the indentation (for data embedded in a page).
pub fn to_safe_json_compact<T: Serialize>(value: &T, format: &str) -> Result<String, ExportError> {
    let text = serde_json::to_string(value).map_err(|e| ExportError::Encode {
        format: format.into(),
        message: e.to_string(),
    })?;
    Ok(escape_json_for_html(&text))
}

/// The escaping of [`to_safe_json`], on JSON text.
pub fn escape_json_for_html(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether `url` is an absolute `http://` or `https://` url (the only ones
/// an export turns into links; `javascript:`, `data:` and the rest stay
/// text).
pub fn is_web_url(url: &str) -> bool {
    let u = url.trim_start().to_ascii_lowercase();
    (u.starts_with("http://") || u.starts_with("https://"))
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// The participants' names joined with `"; "`.
pub fn participant_names(ps: &[ParticipantRecord]) -> String {
    ps.iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The event's interval end: `end_date`, else `start_date`.
pub fn end_or_start(ev: &EventRecord) -> Option<NaiveDate> {
    match (ev.start_date, ev.end_date) {
        (Some(s), Some(e)) => Some(e.max(s)),
        (s, e) => e.or(s),
    }
}

/// Valid WGS84 coordinates `(lon, lat)` of the event, if any.
pub fn coordinates(ev: &EventRecord) -> Option<(f64, f64)> {
    let (lat, lon) = (ev.latitude?, ev.longitude?);
    let ok = lat.is_finite()
        && lon.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon);
    ok.then_some((lon, lat))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::dataset::testdata::sample;

    fn d(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    fn ids(ds: &Dataset, f: &Filter) -> Vec<String> {
        select(ds, f).iter().map(|e| e.event_id.clone()).collect()
    }

    #[test]
    fn filter_by_actor_id_or_name_substring() {
        let ds = sample();
        let by_id = Filter {
            actors: vec!["john-kerry".into()],
            ..Filter::default()
        };
        assert_eq!(ids(&ds, &by_id), ["ev-0001"]);
        let by_name = Filter {
            actors: vec!["lavr".into()],
            ..Filter::default()
        };
        assert_eq!(ids(&ds, &by_name), ["ev-0001"]);
        let state = Filter {
            actors: vec!["RUSSIA".into()],
            ..Filter::default()
        };
        assert_eq!(ids(&ds, &state), ["ev-0002"]);
        let none = Filter {
            actors: vec!["nobody".into()],
            ..Filter::default()
        };
        assert!(ids(&ds, &none).is_empty());
    }

    #[test]
    fn filter_by_country_type_and_dates() {
        let ds = sample();
        let usa = Filter {
            countries: vec!["usa".into()],
            ..Filter::default()
        };
        assert_eq!(ids(&ds, &usa), ["ev-0001"], "a participant's country");
        let call = Filter {
            types: vec!["call".into()],
            ..Filter::default()
        };
        assert_eq!(ids(&ds, &call), ["ev-0002"]);
        // The visit is 2016-03-23/24: a window touching its last day keeps it.
        let overlap = Filter {
            from: d("2016-03-24"),
            to: d("2016-04-01"),
            ..Filter::default()
        };
        assert_eq!(ids(&ds, &overlap), ["ev-0001"], "undated event left out");
        let after = Filter {
            from: d("2016-03-25"),
            ..Filter::default()
        };
        assert!(ids(&ds, &after).is_empty());
        let before = Filter {
            to: d("2016-03-22"),
            ..Filter::default()
        };
        assert!(ids(&ds, &before).is_empty());
        let up_to_start = Filter {
            to: d("2016-03-23"),
            ..Filter::default()
        };
        assert_eq!(ids(&ds, &up_to_start), ["ev-0001"]);
    }

    #[test]
    fn safe_json_is_the_same_value_without_markup() {
        let v = serde_json::json!({"q": "</script><!-- & \u{2028}\u{2029} 'x' \"y\""});
        let text = to_safe_json(&v, "test").unwrap_or_default();
        for bad in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            assert!(!text.contains(bad), "{bad:?} in {text}");
        }
        let back: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(back, v);
    }

    /// Every export of random datasets (any strings, extreme floats and
    /// dates, dangling references) succeeds, and its JSON parses with no
    /// raw markup characters.
    #[test]
    fn random_datasets_export_without_panics() {
        use crate::dataset::testdata::random;
        let formats = [
            Format::TimelineJs,
            Format::GeoJson,
            Format::NetworkCsv,
            Format::NetworkGexf,
            Format::VegaLite,
            Format::Html,
        ];
        for seed in 0..60 {
            let ds = random(seed);
            for format in formats {
                let out = export(&ds, format, &Filter::default(), &Options::default());
                let Ok(out) = out else {
                    panic!("seed {seed}, {format:?}: {out:?}");
                };
                assert_eq!(out.events, ds.events.len());
                let text = String::from_utf8(out.bytes).unwrap_or_default();
                if matches!(
                    format,
                    Format::TimelineJs | Format::GeoJson | Format::VegaLite
                ) {
                    assert!(
                        !text.contains(['<', '>', '\u{2028}']),
                        "seed {seed} {format:?}"
                    );
                    let v: Result<serde_json::Value, _> = serde_json::from_str(&text);
                    assert!(v.is_ok(), "seed {seed} {format:?}: {text}");
                }
                if format == Format::NetworkGexf {
                    assert!(!text.chars().any(|c| (c as u32) < 0x20 && c != '\n'));
                }
            }
        }
    }

    #[test]
    fn only_web_urls_are_links() {
        assert!(is_web_url("https://example.org/a?b=1"));
        assert!(is_web_url("HTTP://example.org"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url(" javascript:alert(1)"));
        assert!(!is_web_url("data:text/html,<script>"));
        assert!(!is_web_url("https://exa mple.org"));
        assert!(!is_web_url("//example.org"));
    }

    #[test]
    fn coordinates_must_be_valid() {
        let mut ev = sample().events[0].clone();
        assert_eq!(coordinates(&ev), Some((37.6173, 55.7558)));
        ev.latitude = Some(95.0);
        assert_eq!(coordinates(&ev), None);
        ev.latitude = Some(f64::NAN);
        assert_eq!(coordinates(&ev), None);
        ev.latitude = None;
        assert_eq!(coordinates(&ev), None);
    }

    #[test]
    fn escape_html_escapes_markup_and_quotes() {
        assert_eq!(
            escape_html(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}

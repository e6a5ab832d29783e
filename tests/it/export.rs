//! Integration tests: `diplo export`, each format checked against its
//! format's rules, the filters, a hostile dataset, the HTML page in
//! headless Chromium, and the example notebook.
//!
//! The datasets are built here as records and written with
//! `dataset::write`: `rich()` (events over four years, every type, status
//! and precision, one undated, one without coordinates, a country
//! centroid) and `hostile()` (markup, quotes, `javascript:` urls, `<!--`
//! and U+2028 in every text field).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::NaiveDate;
use serde_json::Value;

use crate::common;
use diplo::dataset::testdata::{d, person};
use diplo::dataset::{
    write, ActorRecord, Dataset, DocumentRecord, EventRecord, OfficeRecord, ParticipantRecord,
    PlaceRecord, SourceRecord,
};

struct Ev<'a> {
    id: &'a str,
    kind: &'a str,
    status: &'a str,
    title: &'a str,
    who: Vec<ParticipantRecord>,
    place: Option<(&'a str, &'a str, f64, f64, &'a str)>,
    dates: (Option<&'a str>, Option<&'a str>, &'a str),
    quote: &'a str,
    doc: &'a str,
}

fn event(e: Ev) -> EventRecord {
    let (place_name, country, lat, lon, precision) = match e.place {
        Some((p, c, lat, lon, prec)) => (
            (prec != "country").then(|| p.to_string()),
            Some(c.to_string()),
            Some(lat),
            Some(lon),
            Some(prec.to_string()),
        ),
        None => (None, None, None, None, None),
    };
    let start = e.dates.0.and_then(d);
    let end = e.dates.1.and_then(d).or(start);
    EventRecord {
        event_id: e.id.into(),
        event_type: e.kind.into(),
        status: e.status.into(),
        title: e.title.into(),
        participants: e.who,
        place_id: place_name.as_ref().map(|p| p.to_lowercase()),
        place_name,
        country_code: country,
        latitude: lat,
        longitude: lon,
        location_precision: precision,
        start_date: start,
        end_date: end,
        date_precision: e.dates.2.into(),
        date_edtf: e.dates.0.map(str::to_string),
        sources: vec![SourceRecord {
            doc_id: e.doc.into(),
            url: None,
            published: start,
            char_start: 0,
            char_end: e.quote.chars().count() as i64,
            quote: e.quote.into(),
        }],
        source_count: 1,
        confidence: 0.8,
        date_conflicts: vec![],
        derived: false,
        forum: None,
    }
}

fn doc(id: &str, title: &str, url: Option<&str>) -> DocumentRecord {
    DocumentRecord {
        doc_id: id.into(),
        source: format!("articles/{id}.txt"),
        url: url.map(str::to_string),
        title: Some(title.into()),
        published: None,
        published_time: None,
        published_source: "unknown".into(),
        char_count: 100,
        content_hash: "00".into(),
        segment: None,
    }
}

fn actor(id: &str, name: &str, country: &str, office: &str) -> ActorRecord {
    ActorRecord {
        actor_id: id.into(),
        name: name.into(),
        kind: "person".into(),
        country: Some(country.into()),
        wikidata: None,
        offices: vec![OfficeRecord {
            office: office.into(),
            of: country.into(),
            start: NaiveDate::from_ymd_opt(2010, 1, 1).unwrap(),
            end: None,
        }],
    }
}

/// Events over four years: every type, status and precision; one undated;
/// one without coordinates; one at a country centroid.
fn rich() -> Dataset {
    let kerry = |r| person("john-kerry", "John Kerry", "USA", "Secretary of State", r);
    let lavrov = |r| {
        person(
            "sergey-lavrov",
            "Sergey Lavrov",
            "RUS",
            "Foreign Minister",
            r,
        )
    };
    let zarif = |r| {
        person(
            "javad-zarif",
            "Mohammad Javad Zarif",
            "IRN",
            "Foreign Minister",
            r,
        )
    };
    let modi = |r| person("narendra-modi", "Narendra Modi", "IND", "Prime Minister", r);
    let obama = |r| person("barack-obama", "Barack Obama", "USA", "President", r);
    let moscow = Some(("Moscow", "RUS", 55.7558, 37.6173, "city"));
    let vienna = Some(("Vienna", "AUT", 48.2082, 16.3738, "city"));
    let delhi = Some(("New Delhi", "IND", 28.6139, 77.2090, "city"));
    let events = vec![
        event(Ev {
            id: "ev-01",
            kind: "visit",
            status: "occurred",
            title: "John Kerry visits Moscow",
            who: vec![kerry("guest"), lavrov("host")],
            place: moscow,
            dates: (Some("2016-03-23"), Some("2016-03-24"), "day"),
            quote: "Kerry arrived in Moscow on Wednesday for talks with Lavrov.",
            doc: "doc-1",
        }),
        event(Ev {
            id: "ev-02",
            kind: "meeting",
            status: "occurred",
            title: "Kerry and Zarif meet in Vienna",
            who: vec![kerry("participant"), zarif("participant")],
            place: vienna,
            dates: (Some("2015-07-14"), None, "day"),
            quote: "Kerry and Zarif met in Vienna as the nuclear talks closed.",
            doc: "doc-2",
        }),
        event(Ev {
            id: "ev-03",
            kind: "call",
            status: "occurred",
            title: "Obama calls Modi",
            who: vec![obama("participant"), modi("participant")],
            place: None,
            dates: (Some("2014-09-02"), None, "day"),
            quote: "Obama spoke with Modi by telephone.",
            doc: "doc-3",
        }),
        event(Ev {
            id: "ev-04",
            kind: "visit",
            status: "occurred",
            title: "Barack Obama visits New Delhi",
            who: vec![obama("guest"), modi("host")],
            place: delhi,
            dates: (Some("2015-01-25"), Some("2015-01-27"), "day"),
            quote: "Obama was the chief guest at the Republic Day parade in New Delhi.",
            doc: "doc-3",
        }),
        event(Ev {
            id: "ev-05",
            kind: "visit",
            status: "planned",
            title: "Modi to visit Russia",
            who: vec![modi("guest")],
            place: Some(("Russia", "RUS", 61.52, 105.3188, "country")),
            dates: (Some("2015-07-01"), Some("2015-07-31"), "month"),
            quote: "Modi will travel to Russia in July.",
            doc: "doc-4",
        }),
        event(Ev {
            id: "ev-06",
            kind: "meeting",
            status: "cancelled",
            title: "Lavrov-Kerry meeting called off",
            who: vec![lavrov("participant"), kerry("participant")],
            place: moscow,
            dates: (Some("2017-01-01"), Some("2017-12-31"), "year"),
            quote: "The meeting between Lavrov and Kerry was cancelled.",
            doc: "doc-5",
        }),
        event(Ev {
            id: "ev-07",
            kind: "meeting",
            status: "proposed",
            title: "Zarif proposes talks with Lavrov",
            who: vec![zarif("participant"), lavrov("participant")],
            place: None,
            dates: (None, None, "unknown"),
            quote: "Zarif proposed a meeting with Lavrov at some point.",
            doc: "doc-5",
        }),
        event(Ev {
            id: "ev-08",
            kind: "visit",
            status: "occurred",
            title: "Zarif visits Moscow",
            who: vec![zarif("guest"), lavrov("host")],
            place: moscow,
            dates: (Some("2016-06-01"), Some("2016-08-31"), "season"),
            quote: "Zarif was in Moscow this summer.",
            doc: "doc-4",
        }),
    ];
    Dataset {
        dataset_version: Some("test.1".into()),
        events,
        documents: vec![
            doc("doc-1", "Kerry in Moscow", Some("https://example.org/1")),
            doc("doc-2", "Vienna talks", Some("http://example.org/2")),
            doc("doc-3", "Obama and Modi", None),
            doc("doc-4", "Summer diplomacy", Some("https://example.org/4")),
            doc("doc-5", "Cancelled", Some("ftp://example.org/5")),
        ],
        actors: vec![
            actor("john-kerry", "John Kerry", "USA", "Secretary of State"),
            actor("sergey-lavrov", "Sergey Lavrov", "RUS", "Foreign Minister"),
            actor(
                "javad-zarif",
                "Mohammad Javad Zarif",
                "IRN",
                "Foreign Minister",
            ),
            actor("narendra-modi", "Narendra Modi", "IND", "Prime Minister"),
            actor("barack-obama", "Barack Obama", "USA", "President"),
        ],
        places: vec![PlaceRecord {
            place_id: "moscow".into(),
            name: "Moscow".into(),
            kind: "city".into(),
            country_code: "RUS".into(),
            latitude: 55.7558,
            longitude: 37.6173,
            city_id: None,
        }],
        ..Dataset::default()
    }
}

/// Markup, quotes, comment openers, line separators and `javascript:` urls
/// in every text field.
const EVIL: &str = "</script><script>document.body.setAttribute('data-pwned','1')</script><!-- \"x\" 'y' & \u{2028}\u{2029}";
const EVIL_IMG: &str = "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">";

fn hostile() -> Dataset {
    let mut ds = rich();
    for (i, ev) in ds.events.iter_mut().enumerate() {
        ev.title = format!("{EVIL} title {i}");
        for p in &mut ev.participants {
            p.name = format!("{EVIL_IMG}{}", p.name);
            p.office = Some(format!("<b>{EVIL}</b>"));
            p.country = Some(format!("{}<i>", p.country.clone().unwrap_or_default()));
        }
        if let Some(n) = &mut ev.place_name {
            *n = format!("{n} {EVIL_IMG}");
        }
        for s in &mut ev.sources {
            s.quote = format!("{} {EVIL} {EVIL_IMG}", s.quote);
            s.url = Some("javascript:document.body.setAttribute('data-pwned','3')".into());
        }
        ev.event_type = format!("{}\"><script>", ev.event_type);
        ev.status = format!("{}'<!--", ev.status);
    }
    for doc in &mut ds.documents {
        doc.title = Some(format!("{EVIL_IMG}{EVIL}"));
        doc.url = Some(" JavaScript:document.body.setAttribute('data-pwned','4')".into());
    }
    for a in &mut ds.actors {
        a.name = format!("{EVIL_IMG}{}", a.name);
    }
    // A spreadsheet formula as an unresolved participant's name.
    ds.events[0].participants[0].actor_id = None;
    ds.events[0].participants[0].name = "=HYPERLINK(\"http://x.test\",\"y\")".into();
    ds.dataset_version = Some(EVIL.into());
    ds
}

fn write_ds(tmp: &Path, name: &str, ds: &Dataset) -> PathBuf {
    let dir = tmp.join(name);
    write(&dir, ds).unwrap();
    dir
}

fn run_export(format: &str, dir: &Path, args: &[&str]) -> (Output, Vec<u8>) {
    let mut all = vec!["export", format, dir.to_str().unwrap(), "--out", "-"];
    all.extend_from_slice(args);
    let o = common::diplo(&all);
    assert_eq!(
        o.status.code(),
        Some(0),
        "diplo export {format}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let bytes = o.stdout.clone();
    (o, bytes)
}

fn export_json(format: &str, dir: &Path, args: &[&str]) -> (Value, String) {
    let (o, bytes) = run_export(format, dir, args);
    let v = serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{format} is not JSON: {e}"));
    (v, String::from_utf8_lossy(&o.stderr).into_owned())
}

fn ids_of(v: &Value, key: &str) -> BTreeSet<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x.pointer(key).and_then(Value::as_str).map(str::to_string))
        .collect()
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

// ---------------------------------------------------------------- formats

/// The TimelineJS rules: every slide has a `start_date` object whose year
/// is an integer, month 1..12, day 1..31 only with a month; `end_date`, if
/// any, likewise and not before the start; a headline; precision respected.
fn check_timelinejs(v: &Value) {
    let slides = v["events"].as_array().expect("events array");
    let date = |o: &Value| -> (i64, Option<i64>, Option<i64>) {
        let m = o.as_object().expect("a date object");
        assert!(
            m.keys().all(|k| [
                "year",
                "month",
                "day",
                "hour",
                "minute",
                "second",
                "millisecond",
                "display_date"
            ]
            .contains(&k.as_str())),
            "{o}"
        );
        let y = o["year"].as_i64().expect("integer year");
        let mo = o.get("month").map(|x| x.as_i64().expect("integer month"));
        let da = o.get("day").map(|x| x.as_i64().expect("integer day"));
        assert!(mo.is_none_or(|m| (1..=12).contains(&m)), "{o}");
        assert!(da.is_none_or(|d| (1..=31).contains(&d)), "{o}");
        assert!(da.is_none() || mo.is_some(), "day without month: {o}");
        (y, mo, da)
    };
    for s in slides {
        let start = date(&s["start_date"]);
        if let Some(e) = s.get("end_date") {
            let end = date(e);
            assert!(end >= start, "{s}");
        }
        assert!(s["text"]["headline"].is_string(), "{s}");
        assert!(s["text"]["text"].is_string(), "{s}");
        assert!(s["unique_id"].is_string(), "{s}");
    }
}

#[test]
fn timelinejs_dates_follow_precision_and_the_format() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_ds(tmp.path(), "rich", &rich());
    let (v, err) = export_json("timelinejs", &dir, &[]);
    check_timelinejs(&v);
    let slides = v["events"].as_array().unwrap();
    assert_eq!(slides.len(), 7, "the undated event is left out");
    assert!(
        err.contains("1 events without a start date left out"),
        "{err}"
    );
    let by_id = |id: &str| {
        slides
            .iter()
            .find(|s| s["unique_id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(
        by_id("ev-01")["start_date"],
        serde_json::json!({"year": 2016, "month": 3, "day": 23})
    );
    assert_eq!(
        by_id("ev-01")["end_date"],
        serde_json::json!({"year": 2016, "month": 3, "day": 24})
    );
    assert_eq!(
        by_id("ev-05")["start_date"],
        serde_json::json!({"year": 2015, "month": 7}),
        "month: no day"
    );
    assert!(by_id("ev-05").get("end_date").is_none());
    assert_eq!(
        by_id("ev-06")["start_date"],
        serde_json::json!({"year": 2017})
    );
    assert_eq!(by_id("ev-02")["group"], "meeting");
    let text = by_id("ev-01")["text"]["text"].as_str().unwrap().to_string();
    assert!(
        text.contains("Kerry arrived in Moscow"),
        "quotes in the text: {text}"
    );
    assert!(text.contains("href=\"https://example.org/1\""), "{text}");
    let doc5 = by_id("ev-06")["text"]["text"].as_str().unwrap().to_string();
    assert!(!doc5.contains("href"), "an ftp url is no link: {doc5}");
    let (v, _) = export_json("timelinejs", &dir, &["--group", "country"]);
    assert_eq!(v["events"][0]["group"].as_str().map(str::len), Some(3));
}

#[test]
fn geojson_points_are_lon_lat_with_flat_properties() {
    let tmp = tempfile::tempdir().unwrap();
    let ds = rich();
    let dir = write_ds(tmp.path(), "rich", &ds);
    let (v, err) = export_json("geojson", &dir, &[]);
    assert_eq!(v["type"], "FeatureCollection");
    let features = v["features"].as_array().unwrap();
    assert_eq!(features.len(), 6, "two events have no coordinates");
    assert!(
        err.contains("2 events without coordinates left out"),
        "{err}"
    );
    for f in features {
        assert_eq!(f["type"], "Feature");
        assert_eq!(f["geometry"]["type"], "Point");
        let c = f["geometry"]["coordinates"].as_array().unwrap();
        assert_eq!(c.len(), 2);
        let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
        assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
        let id = f["properties"]["event_id"].as_str().unwrap();
        let ev = ds.events.iter().find(|e| e.event_id == id).unwrap();
        assert_eq!(
            (Some(lon), Some(lat)),
            (ev.longitude, ev.latitude),
            "[lon, lat] order"
        );
        let props = f["properties"].as_object().unwrap();
        for k in [
            "event_id",
            "type",
            "status",
            "title",
            "start",
            "end",
            "precision",
            "location_precision",
            "country",
            "participants",
        ] {
            assert!(props.contains_key(k), "{k} missing");
        }
        assert!(
            props.values().all(|x| !x.is_object() && !x.is_array()),
            "flat: {props:?}"
        );
    }
    let centroid = features.iter().find(|f| f["id"] == "ev-05").unwrap();
    assert_eq!(centroid["properties"]["location_precision"], "country");
    assert_eq!(centroid["properties"]["country_centroid"], true);
    let visit = features.iter().find(|f| f["id"] == "ev-01").unwrap();
    assert_eq!(
        visit["properties"]["participants"],
        "John Kerry; Sergey Lavrov"
    );
    assert_eq!(visit["properties"]["start"], "2016-03-23");
}

#[test]
fn vega_lite_spec_has_the_required_fields_and_utc_dates() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_ds(tmp.path(), "rich", &rich());
    let (v, _) = export_json("vega-lite", &dir, &[]);
    assert!(v["$schema"].as_str().unwrap().contains("vega-lite/v5"));
    assert!(v["mark"].is_object() || v["mark"].is_string());
    for ch in ["x", "x2", "y", "color"] {
        assert!(v["encoding"][ch]["field"].is_string(), "encoding.{ch}");
    }
    assert_eq!(v["encoding"]["x"]["type"], "temporal");
    let rows = v["data"]["values"].as_array().unwrap();
    // 7 dated events; one row per participant.
    assert_eq!(rows.len(), 13);
    for r in rows {
        for k in ["start", "end"] {
            let s = r[k].as_str().unwrap();
            assert!(
                s.ends_with("T00:00:00Z") && s.len() == 20,
                "UTC instant: {s}"
            );
        }
        assert!(r["start"].as_str() < r["end"].as_str());
    }
    let (v, _) = export_json("vega-lite", &dir, &["--y", "country"]);
    assert_eq!(v["data"]["values"].as_array().unwrap().len(), 7);
    assert_eq!(v["encoding"]["y"]["title"], "country");
}

/// Parses GEXF with python3's xml.etree and prints node ids, then edges.
const GEXF_CHECK: &str = r#"
import sys, xml.etree.ElementTree as ET
ns = {"g": "http://gexf.net/1.3"}
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "{http://gexf.net/1.3}gexf", root.tag
assert root.get("version") == "1.3"
nodes = {n.get("id"): n for n in root.iterfind(".//g:nodes/g:node", ns)}
edges = list(root.iterfind(".//g:edges/g:edge", ns))
for e in edges:
    assert e.get("source") in nodes and e.get("target") in nodes, (e.get("source"), e.get("target"))
    assert float(e.get("weight")) >= 1
ids = [e.get("id") for e in edges]
assert len(set(ids)) == len(ids)
print(len(nodes), len(edges))
for n in nodes.values():
    vals = {a.get("for"): a.get("value") for a in n.iterfind(".//g:attvalue", ns)}
    print("N", n.get("id"), n.get("label"), vals.get("country"), vals.get("office"), sep="\t")
"#;

fn check_gexf(path: &Path) -> String {
    let script = path.with_extension("py");
    fs::write(&script, GEXF_CHECK).unwrap();
    let o = Command::new("python3")
        .arg(&script)
        .arg(path)
        .output()
        .expect("python3 is needed to parse the GEXF");
    assert!(
        o.status.success(),
        "GEXF check: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn network_gexf_parses_and_csv_lists_the_edges() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_ds(tmp.path(), "rich", &rich());
    let gexf = tmp.path().join("net.gexf");
    common::diplo_ok(&[
        "export",
        "network",
        dir.to_str().unwrap(),
        "--out",
        gexf.to_str().unwrap(),
    ]);
    let out = check_gexf(&gexf);
    assert_eq!(out.lines().next(), Some("5 4"), "{out}");
    assert!(
        out.contains("N\tjohn-kerry\tJohn Kerry\tUSA\tSecretary of State"),
        "{out}"
    );

    let (_, csv) = run_export("network", &dir, &["--network-format", "csv"]);
    let csv = String::from_utf8(csv).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "source,target,source_name,target_name,count,first,last,event_ids"
    );
    assert_eq!(lines.len(), 5);
    // Kerry and Lavrov: the visit and the cancelled meeting.
    assert!(lines.contains(&"john-kerry,sergey-lavrov,John Kerry,Sergey Lavrov,2,2016-03-23,2017-12-31,ev-01;ev-06"), "{csv}");
    // The extension picks the format; an unknown one is an error.
    let bad = tmp.path().join("net.txt");
    let o = common::diplo(&[
        "export",
        "network",
        dir.to_str().unwrap(),
        "--out",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains(".csv or .gexf"));
    assert!(!bad.exists());
}

#[test]
fn filters_apply_to_every_export() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_ds(tmp.path(), "rich", &rich());
    let tl = |args: &[&str]| {
        let (v, _) = export_json("timelinejs", &dir, args);
        ids_of(&v["events"], "/unique_id")
    };
    assert_eq!(
        tl(&["--type", "visit"]),
        set(&["ev-01", "ev-04", "ev-05", "ev-08"])
    );
    assert_eq!(
        tl(&["--actor", "zarif"]),
        set(&["ev-02", "ev-08"]),
        "name substring"
    );
    assert_eq!(
        tl(&["--actor", "narendra-modi", "--type", "call"]),
        set(&["ev-03"])
    );
    assert_eq!(
        tl(&["--country", "ind"]),
        set(&["ev-03", "ev-04", "ev-05"]),
        "place or participant"
    );
    // Overlap: ev-05 (July 2015) and ev-02 (14 July 2015) overlap 2015-07-10..2015-07-20.
    assert_eq!(
        tl(&["--from", "2015-07-10", "--to", "2015-07-20"]),
        set(&["ev-02", "ev-05"])
    );
    assert_eq!(tl(&["--from", "2017-06-01"]), set(&["ev-06"]));
    assert_eq!(tl(&["--to", "2014-12-31"]), set(&["ev-03"]));
    let (v, _) = export_json("geojson", &dir, &["--type", "meeting"]);
    assert_eq!(ids_of(&v["features"], "/id"), set(&["ev-02", "ev-06"]));
    let (v, _) = export_json(
        "vega-lite",
        &dir,
        &["--actor", "sergey-lavrov", "--y", "country"],
    );
    assert_eq!(
        ids_of(&v["data"]["values"], "/event_id"),
        set(&["ev-01", "ev-06", "ev-08"])
    );
    let (_, csv) = run_export("network", &dir, &["--country", "IRN"]);
    assert_eq!(
        String::from_utf8(csv).unwrap().lines().count(),
        3,
        "header, Kerry-Zarif, Zarif-Lavrov"
    );
    let (_, page) = run_export("html", &dir, &["--type", "call"]);
    let page = String::from_utf8(page).unwrap();
    assert!(page.contains("\"id\":\"ev-03\"") && !page.contains("\"id\":\"ev-01\""));
    // Bad filter values are usage errors.
    let o = common::diplo(&[
        "export",
        "geojson",
        dir.to_str().unwrap(),
        "--out",
        "-",
        "--from",
        "July 2015",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let o = common::diplo(&[
        "export",
        "geojson",
        dir.to_str().unwrap(),
        "--out",
        "-",
        "--from",
        "2016-01-01",
        "--to",
        "2015-01-01",
    ]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn hostile_text_is_data_in_every_export() {
    let tmp = tempfile::tempdir().unwrap();
    let ds = hostile();
    let dir = write_ds(tmp.path(), "hostile", &ds);
    for format in ["timelinejs", "geojson", "vega-lite"] {
        let (o, bytes) = run_export(format, &dir, &[]);
        let text = String::from_utf8(bytes).unwrap();
        for bad in ["<", ">", "\u{2028}", "\u{2029}"] {
            assert!(!text.contains(bad), "{format} holds a raw {bad:?}");
        }
        let v: Value = serde_json::from_str(&text).unwrap();
        assert!(!o.stdout.is_empty());
        if format == "geojson" {
            assert_eq!(
                v["features"][0]["properties"]["title"],
                ds.events[0].title.as_str()
            );
        }
        if format == "timelinejs" {
            check_timelinejs(&v);
            let all = v.to_string();
            assert!(
                !all.contains("href=\\\"javascript") && !all.contains("href=\\\" javascript"),
                "{format}"
            );
            assert!(!all.to_lowercase().contains("href=\\\" javascript:"));
            let text = v["events"][0]["text"]["text"].as_str().unwrap();
            assert!(
                !text.contains("<img") && !text.contains("<script") && text.contains("&lt;img"),
                "{text}"
            );
        }
    }
    let gexf = tmp.path().join("hostile.gexf");
    let o = common::diplo(&[
        "export",
        "network",
        dir.to_str().unwrap(),
        "--out",
        gexf.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let out = check_gexf(&gexf);
    assert!(
        out.contains("<img src=x onerror="),
        "names survive as text: {out}"
    );
    let (_, csv) = run_export("network", &dir, &["--network-format", "csv"]);
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"y\"\")\""),
        "no formula in the CSV: {csv}"
    );
    assert!(!csv.contains(",=") && !csv.contains("\"="), "{csv}");
    let (_, page) = run_export("html", &dir, &[]);
    let page = String::from_utf8(page).unwrap();
    assert_eq!(
        page.matches("<script").count(),
        3,
        "only the page's own scripts"
    );
    assert_eq!(page.matches("</script>").count(), 3);
    assert!(!page.contains("<!--") && !page.contains("<img"));
    assert!(
        !page.to_lowercase().contains("javascript:"),
        "non-web urls are dropped"
    );
}

// ------------------------------------------------------------ the browser

fn chromium() -> String {
    let from_env = std::env::var("DIPLO_CHROMIUM").ok();
    let candidates: Vec<String> = match &from_env {
        Some(c) => vec![c.clone()],
        None => ["chromium", "chromium-browser", "google-chrome"]
            .map(String::from)
            .to_vec(),
    };
    for c in &candidates {
        let runs = Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if runs {
            return c.clone();
        }
    }
    panic!(
        "headless Chromium is needed for the HTML export tests, and none of {candidates:?} runs: \
         install it (Debian: apt-get install -y chromium) or set DIPLO_CHROMIUM to its path"
    );
}

/// Chromium under coreutils' `timeout`, so a hung browser fails the test
/// instead of blocking the suite.
fn browser() -> Command {
    let mut cmd = Command::new("timeout");
    cmd.args(["--kill-after=10", "120", &chromium()]);
    cmd
}

fn browser_args(profile: &Path) -> Vec<String> {
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--enable-logging=stderr",
        "--v=0",
        "--virtual-time-budget=3000",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([format!("--user-data-dir={}", profile.display())])
    .collect()
}

/// The DOM of `page` (a file path, with an optional `#fragment`) after its
/// scripts ran, and Chromium's stderr (console messages).
fn render(page: &Path, fragment: &str) -> (String, String) {
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}{fragment}", page.display());
    let o = browser()
        .args(browser_args(profile.path()))
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .expect("run chromium");
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "chromium failed on {url}: {err}");
    (String::from_utf8_lossy(&o.stdout).into_owned(), err)
}

fn attr<'a>(dom: &'a str, id: &str, name: &str) -> Option<&'a str> {
    let tag_start = dom.find(&format!("id=\"{id}\""))?;
    let tag_start = dom[..tag_start].rfind('<')?;
    let tag = &dom[tag_start..tag_start + dom[tag_start..].find('>')?];
    let key = format!("{name}=\"");
    let v = tag.find(&key)? + key.len();
    Some(&tag[v..v + tag[v..].find('"')?])
}

fn rendered_ids(dom: &str) -> BTreeSet<String> {
    dom.split("data-event-id=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(str::to_string)
        .collect()
}

/// The page ran without an exception and no console error was logged.
fn assert_clean(dom: &str, log: &str) {
    assert_eq!(
        attr(dom, "diplo-status", "data-ready"),
        Some("1"),
        "script did not finish"
    );
    assert_eq!(
        attr(dom, "diplo-status", "data-errors"),
        Some("0"),
        "uncaught errors"
    );
    assert!(!dom.contains("id=\"diplo-error\""), "error banner shown");
    // The page logs nothing: any console line is an uncaught exception, a
    // refused fetch (CSP) or another error.
    let console: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "console: {console:#?}");
}

fn export_page(dir: &Path, out: &Path) {
    common::diplo_ok(&[
        "export",
        "html",
        dir.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
}

/// A screenshot of the page, kept in the target's tmp dir for people to
/// look at (CI can publish it).
fn screenshot(page: &Path, name: &str) {
    let shot = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_file(&shot);
    let profile = tempfile::tempdir().unwrap();
    let o = browser()
        .args(browser_args(profile.path()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg("--window-size=1280,900")
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(o.status.success());
    let size = fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
    assert!(size > 10_000, "screenshot {}: {size} bytes", shot.display());
}

#[test]
fn html_page_renders_every_event_and_filters_from_the_fragment() {
    let tmp = tempfile::tempdir().unwrap();
    let ds = rich();
    let dir = write_ds(tmp.path(), "rich", &ds);
    let page = tmp.path().join("events.html");
    export_page(&dir, &page);

    let (dom, log) = render(&page, "");
    assert_clean(&dom, &log);
    let all: BTreeSet<String> = ds.events.iter().map(|e| e.event_id.clone()).collect();
    assert_eq!(rendered_ids(&dom), all);
    assert_eq!(attr(&dom, "diplo-status", "data-shown"), Some("8"));
    for ev in &ds.events {
        assert!(dom.contains(&ev.title), "{}", ev.title);
        assert!(
            dom.contains(&ev.sources[0].quote),
            "quote of {}",
            ev.event_id
        );
    }
    assert!(
        dom.contains("href=\"https://example.org/1\""),
        "web urls are links"
    );
    assert!(!dom.contains("ftp://"), "other urls are not");

    let (dom, log) = render(&page, "#type=visit");
    assert_clean(&dom, &log);
    assert_eq!(
        rendered_ids(&dom),
        set(&["ev-01", "ev-04", "ev-05", "ev-08"])
    );
    let (dom, _) = render(&page, "#actor=zarif&status=occurred");
    assert_eq!(rendered_ids(&dom), set(&["ev-02", "ev-08"]));
    let (dom, _) = render(&page, "#country=IND&type=call");
    assert_eq!(rendered_ids(&dom), set(&["ev-03"]));
    let (dom, _) = render(&page, "#actor=nobody");
    assert_eq!(attr(&dom, "diplo-status", "data-shown"), Some("0"));
    assert!(dom.contains("No event matches"));

    screenshot(&page, "export-page.png");
}

/// Parses a dumped DOM with python3's html.parser (attribute values may
/// hold a raw `<` in Chromium's serialization, so strings are not enough)
/// and prints what an injection would change, as JSON.
const DOM_CHECK: &str = r#"
import collections, html.parser, json, sys
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = collections.Counter(); self.body = None; self.hrefs = []
        self.bold = []; self.stack = []; self.text = []
    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1; self.stack.append(tag)
        if tag == "body": self.body = attrs
        for k, v in attrs:
            if k == "href": self.hrefs.append(v)
            if k.startswith("on"): self.tags["on-attribute"] += 1
    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag: pass
    def handle_data(self, data):
        if self.stack and self.stack[-1] == "b": self.bold.append(data)
        if "script" not in self.stack and "style" not in self.stack: self.text.append(data)
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
print(json.dumps({"tags": p.tags, "body": p.body, "hrefs": p.hrefs, "bold": sorted(set(p.bold)), "text": "".join(p.text)}))
"#;

fn dom_facts(dom: &str) -> Value {
    let tmp = tempfile::tempdir().unwrap();
    let (script, file) = (tmp.path().join("check.py"), tmp.path().join("dom.html"));
    fs::write(&script, DOM_CHECK).unwrap();
    fs::write(&file, dom).unwrap();
    let o = Command::new("python3")
        .arg(&script)
        .arg(&file)
        .output()
        .expect("python3 is needed to parse the DOM");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// No element, attribute or link came from the data.
fn assert_no_injection(dom: &str) -> Value {
    let f = dom_facts(dom);
    assert_eq!(
        f["body"],
        serde_json::json!([]),
        "code set an attribute on <body>"
    );
    assert_eq!(f["tags"]["script"], 3, "an injected script element");
    for tag in ["img", "i", "on-attribute", "iframe", "object", "embed"] {
        assert!(f["tags"].get(tag).is_none(), "an injected <{tag}>");
    }
    for b in f["bold"].as_array().unwrap() {
        assert!(
            ["Who: ", "Where: "].contains(&b.as_str().unwrap()),
            "an injected <b>: {b}"
        );
    }
    for h in f["hrefs"].as_array().unwrap() {
        let h = h.as_str().unwrap().trim().to_lowercase();
        assert!(
            h.starts_with("http://") || h.starts_with("https://"),
            "link to {h}"
        );
    }
    f
}

#[test]
fn html_page_shows_hostile_text_as_text() {
    let tmp = tempfile::tempdir().unwrap();
    let ds = hostile();
    let dir = write_ds(tmp.path(), "hostile", &ds);
    let page = tmp.path().join("hostile.html");
    export_page(&dir, &page);
    let (dom, log) = render(&page, "");
    assert_clean(&dom, &log);
    assert_eq!(rendered_ids(&dom).len(), ds.events.len());
    let facts = assert_no_injection(&dom);
    screenshot(&page, "export-hostile.png");
    // The hostile strings are there, as text.
    let text = facts["text"].as_str().unwrap();
    for ev in &ds.events {
        assert!(text.contains(&ev.title), "title as text: {}", ev.title);
        assert!(text.contains(&ev.sources[0].quote), "quote as text");
        for p in &ev.participants {
            assert!(text.contains(&p.name), "name as text: {}", p.name);
        }
    }
    assert!(text.contains(EVIL_IMG) && text.contains(EVIL));
    // Filtering on a hostile value works and is still text.
    let (dom, log) = render(&page, "#actor=%3Cimg%20src%3Dx");
    assert_clean(&dom, &log);
    assert_no_injection(&dom);
    let with_people = ds
        .events
        .iter()
        .filter(|e| !e.participants.is_empty())
        .count();
    assert_eq!(rendered_ids(&dom).len(), with_people);
    let (dom, _) = render(&page, "#type=visit%22%3E%3Cscript%3E");
    assert_no_injection(&dom);
    assert_eq!(
        rendered_ids(&dom),
        set(&["ev-01", "ev-04", "ev-05", "ev-08"])
    );
}

/// The issue's test: a hostile article goes through `diplo compile`, and
/// the page of whatever it yields still runs clean in the browser; the
/// seeds' page shows every event the seeds compile to.
#[test]
fn compiled_articles_render_in_the_browser() {
    let tmp = tempfile::tempdir().unwrap();
    let articles = tmp.path().join("hostile.jsonl");
    let line = serde_json::json!({
        "id": "evil-1",
        "title": EVIL,
        "published": "2016-03-22",
        "url": "javascript:alert(1)",
        "text": format!("U.S. Secretary of State John Kerry will visit Moscow on Wednesday to meet Russian Foreign Minister Sergey Lavrov, {EVIL} {EVIL_IMG}, the State Department said."),
    });
    fs::write(&articles, format!("{line}\n")).unwrap();
    let seeds = common::shared().join("seeds");
    for (name, input) in [("evil", articles.as_path()), ("seeds", seeds.as_path())] {
        let dir = tmp.path().join(name);
        common::diplo_ok(&[
            "compile",
            input.to_str().unwrap(),
            "--out",
            dir.to_str().unwrap(),
        ]);
        let ds = diplo::dataset::read_dir(&dir).unwrap();
        let page = tmp.path().join(format!("{name}.html"));
        export_page(&dir, &page);
        let (dom, log) = render(&page, "");
        assert_clean(&dom, &log);
        let all: BTreeSet<String> = ds.events.iter().map(|e| e.event_id.clone()).collect();
        assert_eq!(rendered_ids(&dom), all, "{name}");
        assert_no_injection(&dom);
        // every quote marks the words that fired its rule (schema 1.2.0)
        let quotes: usize = ds.events.iter().map(|e| e.sources.len()).sum();
        let marks = dom.matches("<mark class=\"trigger\">").count();
        assert!(
            marks > 0 && marks <= quotes,
            "{name}: {marks} marks, {quotes} quotes"
        );
    }
}

// ------------------------------------------------------------ the notebook

fn run_notebook(envs: &[(&str, &Path)]) -> String {
    let root = common::root();
    let mut cmd = Command::new("python3");
    cmd.arg(root.join("examples/run_notebook.py"))
        .arg(root.join("examples/explore.ipynb"))
        .current_dir(&root)
        .env("DIPLO_BIN", env!("CARGO_BIN_EXE_diplo"))
        .env_remove("DIPLO_DATASET")
        .env_remove("DIPLO_OLD_DATASET");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let o = cmd.output().expect(
        "python3 is needed to run examples/explore.ipynb (with examples/requirements.txt installed)",
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        o.status.success(),
        "the example notebook failed (does python3 have examples/requirements.txt? \
         python3 -m pip install -r examples/requirements.txt):\n{err}"
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The example notebook runs: it loads a dataset, saves a timeline and a
/// map, and its diff of two releases agrees with the JSONL files.
#[test]
fn example_notebook_runs_on_two_releases() {
    let tmp = tempfile::tempdir().unwrap();
    let new = rich();
    let mut old = rich();
    old.events.retain(|e| e.event_id != "ev-08"); // added in the new release
    let mut gone = old.events[0].clone();
    gone.event_id = "ev-00".into(); // removed in the new release
    old.events.push(gone);
    old.events[1].status = "planned".into(); // ev-02 changed
    let new_dir = write_ds(tmp.path(), "new", &new);
    let old_dir = write_ds(tmp.path(), "old", &old);
    // Kept beside the screenshots for people to look at.
    let figures = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("notebook-figures");
    let _ = fs::remove_dir_all(&figures);
    let out = run_notebook(&[
        ("DIPLO_DATASET", &new_dir),
        ("DIPLO_OLD_DATASET", &old_dir),
        ("DIPLO_FIGURES", &figures),
    ]);
    assert!(out.contains("events: 8 columns: 21"), "{out}"); // forum since 1.3.0
    assert!(out.contains("diff: added 1, removed 1, changed 1"), "{out}");
    assert!(out.contains("changed ev-02 ['status']"), "{out}");
    for fig in ["timeline.png", "map.png"] {
        let size = fs::metadata(figures.join(fig))
            .map(|m| m.len())
            .unwrap_or(0);
        assert!(size > 5_000, "{fig}: {size} bytes");
    }
}

/// With no settings the notebook finds or compiles the seeds by itself.
#[test]
fn example_notebook_runs_on_the_seeds() {
    let tmp = tempfile::tempdir().unwrap();
    let figures = tmp.path().join("figures");
    let out = run_notebook(&[("DIPLO_FIGURES", &figures)]);
    assert!(out.contains("dataset:"), "{out}");
    assert!(out.contains("diff: added"), "{out}");
    assert!(figures.join("timeline.png").exists() && figures.join("map.png").exists());
}

/// A large dataset renders in batches of 500 ("show more"), and filters
/// still count every matching event.
#[test]
fn html_page_renders_large_datasets_in_batches() {
    let tmp = tempfile::tempdir().unwrap();
    let base = rich();
    let mut ds = base.clone();
    ds.events = (0..1200)
        .map(|i| {
            let mut e = base.events[i % 8].clone();
            e.event_id = format!("ev-{i:04}");
            e
        })
        .collect();
    let dir = write_ds(tmp.path(), "large", &ds);
    let page = tmp.path().join("large.html");
    export_page(&dir, &page);
    let (dom, log) = render(&page, "");
    assert_clean(&dom, &log);
    assert_eq!(attr(&dom, "diplo-status", "data-shown"), Some("1200"));
    assert_eq!(attr(&dom, "diplo-status", "data-rendered"), Some("500"));
    assert_eq!(rendered_ids(&dom).len(), 500);
    assert!(
        dom.contains("Show 500 more (700 left)"),
        "the show-more button"
    );
    // The call is rich()'s third event: i % 8 == 2, 150 copies.
    let (dom, log) = render(&page, "#type=call");
    assert_clean(&dom, &log);
    assert_eq!(attr(&dom, "diplo-status", "data-shown"), Some("150"));
    assert_eq!(rendered_ids(&dom).len(), 150);
    assert!(!dom.contains("id=\"more\""));
}

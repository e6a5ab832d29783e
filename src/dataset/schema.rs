//! The Arrow schema of every table, built in code, and the JSON Schemas of
//! the JSONL rows, embedded from `schema/` at compile time.
//!
//! The two descriptions of a table must agree (names, order, nullability,
//! types); a unit test below checks it, so neither can drift silently.
//! Lists are never null (an empty list means "none"), their items are never
//! null, and a scalar column is nullable exactly where its record field is an
//! `Option`.

use std::sync::Arc;

use arrow_schema::{DataType, Field, Fields, Schema, SchemaRef, TimeUnit};

use super::records::{
    ActorRecord, DocumentRecord, EventRecord, LineageRecord, MentionRecord, PlaceRecord,
    SCHEMA_VERSION,
};

/// The Parquet key-value metadata key holding the schema version.
pub const META_SCHEMA_VERSION: &str = "diplo.schema_version";
/// The Parquet key-value metadata key holding the dataset version.
pub const META_DATASET_VERSION: &str = "diplo.dataset_version";

/// The tables of a dataset, in the order they are written and reported.
pub const TABLES: [&str; 6] = [
    "events",
    "mentions",
    "documents",
    "actors",
    "places",
    "lineage",
];

/// The schema minor version (of major 1) that added the table `name`: a
/// dataset of an older minor version has no files for it, and readers take
/// it as empty.
pub fn table_since_minor(name: &str) -> u64 {
    match name {
        "lineage" => 1,
        _ => 0,
    }
}

/// The schema minor version (of major 1) that added the column `column`
/// (top level) to the table `table`: a dataset of an older minor version
/// has no such column, and readers take its values as null.
pub fn column_since_minor(table: &str, column: &str) -> u64 {
    match (table, column) {
        ("mentions", "trigger_start" | "trigger_end" | "trigger_text") => 2,
        ("events" | "mentions", "forum") => 3,
        _ => table_since_minor(table),
    }
}

/// True when the table `table` of a dataset of schema `version` has the
/// column `column`.
pub fn has_column(version: &str, table: &str, column: &str) -> bool {
    major_minor(version).is_some_and(|(_, minor)| minor >= column_since_minor(table, column))
}

/// A schema version's (major, minor), if it is `MAJOR.MINOR.PATCH`.
pub fn major_minor(version: &str) -> Option<(u64, u64)> {
    let mut parts = version.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    let _patch: u64 = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some((major, minor))
}

/// True when this build reads a dataset of schema `version`: the same
/// major version, and a minor version no newer than this build's.
pub fn readable(version: &str) -> bool {
    match (major_minor(version), major_minor(SCHEMA_VERSION)) {
        (Some((ma, mi)), Some((our_ma, our_mi))) => ma == our_ma && mi <= our_mi,
        _ => false,
    }
}

/// True when a dataset of schema `version` has the table `name`.
pub fn has_table(version: &str, name: &str) -> bool {
    major_minor(version).is_some_and(|(_, minor)| minor >= table_since_minor(name))
}

/// A row type of one table: its name and its Arrow schema.
pub trait Table: serde::Serialize + serde::de::DeserializeOwned {
    /// The table's name: files are `NAME.parquet` and `NAME.jsonl`.
    const NAME: &'static str;
    /// The table's Arrow schema (without metadata).
    fn schema() -> SchemaRef;
}

fn utf8(name: &str, nullable: bool) -> Field {
    Field::new(name, DataType::Utf8, nullable)
}

fn date(name: &str, nullable: bool) -> Field {
    Field::new(name, DataType::Date32, nullable)
}

fn int64(name: &str) -> Field {
    Field::new(name, DataType::Int64, false)
}

fn int64_or_null(name: &str) -> Field {
    Field::new(name, DataType::Int64, true)
}

fn float64(name: &str, nullable: bool) -> Field {
    Field::new(name, DataType::Float64, nullable)
}

/// A non-null list of non-null structs; the item field is named "item".
fn list_of(name: &str, fields: Vec<Field>) -> Field {
    let item = Field::new("item", DataType::Struct(Fields::from(fields)), false);
    Field::new(name, DataType::List(Arc::new(item)), false)
}

fn participant_fields() -> Vec<Field> {
    vec![
        utf8("actor_id", true),
        utf8("name", false),
        utf8("kind", false),
        utf8("country", true),
        utf8("office", true),
        utf8("role", false),
    ]
}

fn source_fields() -> Vec<Field> {
    vec![
        utf8("doc_id", false),
        utf8("url", true),
        date("published", true),
        int64("char_start"),
        int64("char_end"),
        utf8("quote", false),
    ]
}

fn date_claim_fields() -> Vec<Field> {
    let doc_ids = Field::new(
        "doc_ids",
        DataType::List(Arc::new(Field::new("item", DataType::Utf8, false))),
        false,
    );
    vec![
        date("start_date", true),
        date("end_date", true),
        utf8("date_precision", false),
        utf8("date_edtf", true),
        doc_ids,
    ]
}

fn office_fields() -> Vec<Field> {
    vec![
        utf8("office", false),
        utf8("of", false),
        date("start", false),
        date("end", true),
    ]
}

/// `events`: one row per real-world event.
pub fn events_schema() -> Schema {
    Schema::new(vec![
        utf8("event_id", false),
        utf8("event_type", false),
        utf8("status", false),
        utf8("title", false),
        list_of("participants", participant_fields()),
        utf8("place_id", true),
        utf8("place_name", true),
        utf8("country_code", true),
        float64("latitude", true),
        float64("longitude", true),
        utf8("location_precision", true),
        date("start_date", true),
        date("end_date", true),
        utf8("date_precision", false),
        utf8("date_edtf", true),
        list_of("sources", source_fields()),
        Field::new("source_count", DataType::Int32, false),
        float64("confidence", false),
        list_of("date_conflicts", date_claim_fields()),
        Field::new("derived", DataType::Boolean, false),
        utf8("forum", true),
    ])
}

/// `mentions`: one row per extraction from one sentence.
pub fn mentions_schema() -> Schema {
    Schema::new(vec![
        utf8("mention_id", false),
        utf8("event_id", false),
        utf8("doc_id", false),
        int64("char_start"),
        int64("char_end"),
        utf8("sentence", false),
        utf8("event_type", false),
        utf8("status", false),
        list_of("participants", participant_fields()),
        utf8("place_id", true),
        utf8("country_code", true),
        date("start_date", true),
        date("end_date", true),
        utf8("date_precision", false),
        utf8("date_text", true),
        utf8("rule", false),
        float64("confidence", false),
        int64_or_null("trigger_start"),
        int64_or_null("trigger_end"),
        utf8("trigger_text", true),
        utf8("forum", true),
    ])
}

/// `documents`: one row per article read.
pub fn documents_schema() -> Schema {
    Schema::new(vec![
        utf8("doc_id", false),
        utf8("source", false),
        utf8("url", true),
        utf8("title", true),
        date("published", true),
        Field::new(
            "published_time",
            DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
            true,
        ),
        utf8("published_source", false),
        int64("char_count"),
        utf8("content_hash", false),
        Field::new("segment", DataType::Int32, true),
    ])
}

/// `actors`: the people, states and organizations the events name.
pub fn actors_schema() -> Schema {
    Schema::new(vec![
        utf8("actor_id", false),
        utf8("name", false),
        utf8("kind", false),
        utf8("country", true),
        utf8("wikidata", true),
        list_of("offices", office_fields()),
    ])
}

/// `places`: the venues, cities, regions and countries the events name.
pub fn places_schema() -> Schema {
    Schema::new(vec![
        utf8("place_id", false),
        utf8("name", false),
        utf8("kind", false),
        utf8("country_code", false),
        float64("latitude", false),
        float64("longitude", false),
        utf8("city_id", true),
    ])
}

/// `lineage` (schema 1.1.0): merges, splits and renames against the
/// previous release.
pub fn lineage_schema() -> Schema {
    Schema::new(vec![
        utf8("event_id", false),
        utf8("previous_event_id", false),
        utf8("relation", false),
        utf8("previous_dataset_version", true),
    ])
}

/// The Arrow schema of the table `name`, if there is such a table.
pub fn arrow_schema(name: &str) -> Option<Schema> {
    match name {
        "events" => Some(events_schema()),
        "mentions" => Some(mentions_schema()),
        "documents" => Some(documents_schema()),
        "actors" => Some(actors_schema()),
        "places" => Some(places_schema()),
        "lineage" => Some(lineage_schema()),
        _ => None,
    }
}

/// The Arrow schema of the table `name` as a dataset of schema `version`
/// has it: without the columns added by a later minor version. A version
/// this build cannot read gets the current schema.
pub fn arrow_schema_of(name: &str, version: &str) -> Option<Schema> {
    let schema = arrow_schema(name)?;
    if !readable(version) {
        return Some(schema);
    }
    let fields: Vec<Field> = schema
        .fields()
        .iter()
        .filter(|f| has_column(version, name, f.name()))
        .map(|f| f.as_ref().clone())
        .collect();
    Some(Schema::new(fields))
}

/// The JSON Schema of the table `name`'s JSONL rows as a dataset of schema
/// `version` has them (see [`arrow_schema_of`]).
pub fn json_schema_of(name: &str, version: &str) -> Option<serde_json::Value> {
    let mut schema: serde_json::Value = serde_json::from_str(json_schema_text(name)?).ok()?;
    if !readable(version) {
        return Some(schema);
    }
    let newer = |c: &str| !has_column(version, name, c);
    if let Some(props) = schema
        .get_mut("properties")
        .and_then(serde_json::Value::as_object_mut)
    {
        props.retain(|c, _| !newer(c));
    }
    if let Some(req) = schema
        .get_mut("required")
        .and_then(serde_json::Value::as_array_mut)
    {
        req.retain(|c| c.as_str().is_none_or(|c| !newer(c)));
    }
    Some(schema)
}

/// The JSON Schema (draft 2020-12) of the table `name`'s JSONL rows, as
/// shipped in `schema/NAME.schema.json`.
pub fn json_schema_text(name: &str) -> Option<&'static str> {
    match name {
        "events" => Some(include_str!("../../schema/events.schema.json")),
        "mentions" => Some(include_str!("../../schema/mentions.schema.json")),
        "documents" => Some(include_str!("../../schema/documents.schema.json")),
        "actors" => Some(include_str!("../../schema/actors.schema.json")),
        "places" => Some(include_str!("../../schema/places.schema.json")),
        "lineage" => Some(include_str!("../../schema/lineage.schema.json")),
        _ => None,
    }
}

/// The schema version written by this build.
pub fn schema_version() -> &'static str {
    SCHEMA_VERSION
}

macro_rules! table {
    ($ty:ty, $name:literal, $schema:ident) => {
        impl Table for $ty {
            const NAME: &'static str = $name;
            fn schema() -> SchemaRef {
                Arc::new($schema())
            }
        }
    };
}

table!(EventRecord, "events", events_schema);
table!(MentionRecord, "mentions", mentions_schema);
table!(DocumentRecord, "documents", documents_schema);
table!(ActorRecord, "actors", actors_schema);
table!(PlaceRecord, "places", places_schema);
table!(LineageRecord, "lineage", lineage_schema);

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// The Arrow type a JSON Schema property declares, and whether it admits null.
    fn declared(prop: &Value, at: &str) -> (DataType, bool) {
        let types: Vec<&str> = match &prop["type"] {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            other => panic!("{at}: type is {other}"),
        };
        let nullable = types.contains(&"null");
        let main: Vec<&str> = types.into_iter().filter(|t| *t != "null").collect();
        assert_eq!(main.len(), 1, "{at}: one non-null type expected");
        let format = prop["format"].as_str();
        let dt = match (main[0], format) {
            ("string", Some("date")) => DataType::Date32,
            ("string", Some("date-time")) => {
                DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into()))
            }
            ("string", None) => DataType::Utf8,
            ("integer", Some("int32")) => DataType::Int32,
            ("integer", Some("int64")) => DataType::Int64,
            ("number", Some("double")) => DataType::Float64,
            ("boolean", None) => DataType::Boolean,
            ("array", None) => {
                let (item, item_null) = declared(&prop["items"], &format!("{at}.items"));
                DataType::List(Arc::new(Field::new("item", item, item_null)))
            }
            ("object", None) => DataType::Struct(declared_fields(prop, at).into()),
            (t, f) => panic!("{at}: unsupported type {t} with format {f:?}"),
        };
        (dt, nullable)
    }

    fn declared_fields(obj: &Value, at: &str) -> Vec<Field> {
        let props = obj["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("{at}: no properties"));
        let required: Vec<&str> = obj["required"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        assert_eq!(
            required,
            props.keys().map(String::as_str).collect::<Vec<_>>(),
            "{at}: every property is required, in order"
        );
        assert_eq!(obj["additionalProperties"], Value::Bool(false), "{at}");
        props
            .iter()
            .map(|(k, v)| {
                let (dt, nullable) = declared(v, &format!("{at}.{k}"));
                Field::new(k, dt, nullable)
            })
            .collect()
    }

    #[test]
    fn json_schemas_agree_with_arrow_schemas() {
        for name in TABLES {
            let text = json_schema_text(name).unwrap();
            let js: Value = serde_json::from_str(text).unwrap();
            assert_eq!(
                js["$schema"], "https://json-schema.org/draft/2020-12/schema",
                "{name}"
            );
            let fields = declared_fields(&js, name);
            let arrow = arrow_schema(name).unwrap();
            let want: Vec<Field> = arrow.fields().iter().map(|f| f.as_ref().clone()).collect();
            assert_eq!(fields, want, "schema/{name}.schema.json vs code");
        }
    }

    /// The record structs serialize exactly the columns of their schema, in order.
    #[test]
    fn record_fields_match_columns() {
        fn names<T: Table>(sample: &T) -> (Vec<String>, Vec<String>) {
            let v = serde_json::to_value(sample).unwrap();
            let keys = v.as_object().unwrap().keys().cloned().collect();
            let cols = T::schema()
                .fields()
                .iter()
                .map(|f| f.name().clone())
                .collect();
            (keys, cols)
        }
        let s = crate::dataset::testdata::sample();
        let (a, b) = names(&s.events[0]);
        assert_eq!(a, b);
        let (a, b) = names(&s.mentions[0]);
        assert_eq!(a, b);
        let (a, b) = names(&s.documents[0]);
        assert_eq!(a, b);
        let (a, b) = names(&s.actors[0]);
        assert_eq!(a, b);
        let (a, b) = names(&s.places[0]);
        assert_eq!(a, b);
        let (a, b) = names(&LineageRecord {
            event_id: "ev-2".into(),
            previous_event_id: "ev-1".into(),
            relation: "renamed".into(),
            previous_dataset_version: None,
        });
        assert_eq!(a, b);
    }

    #[test]
    fn older_minor_versions_are_readable_and_lack_newer_tables() {
        assert!(readable("1.0.0") && readable("1.1.0") && readable("1.2.0"));
        assert!(readable("1.3.0"));
        assert!(!readable("1.4.0") && !readable("2.0.0") && !readable("0.9.0"));
        assert!(!readable("1.x") && !readable("1.1.0.0") && !readable(""));
        assert!(!has_table("1.0.0", "lineage") && has_table("1.1.0", "lineage"));
        assert!(has_table("1.0.0", "events"));
    }

    /// A 1.1.0 dataset's mentions end at `confidence`; 1.2.0 adds the
    /// trigger columns at the end, in both descriptions of the table.
    #[test]
    fn older_minor_versions_lack_newer_columns() {
        let names =
            |s: Schema| -> Vec<String> { s.fields().iter().map(|f| f.name().clone()).collect() };
        let old = names(arrow_schema_of("mentions", "1.1.0").unwrap());
        let now = names(arrow_schema_of("mentions", SCHEMA_VERSION).unwrap());
        assert_eq!(old.last().map(String::as_str), Some("confidence"));
        assert_eq!(now[..old.len()], old[..], "new columns only at the end");
        assert_eq!(
            now[old.len()..],
            ["trigger_start", "trigger_end", "trigger_text", "forum"]
        );
        for f in &arrow_schema("mentions").unwrap().fields()[old.len()..] {
            assert!(f.is_nullable(), "{} is nullable", f.name());
        }
        assert_eq!(names(arrow_schema_of("mentions", "1.0.0").unwrap()), old);
        // an unreadable version is checked against the current schema
        assert_eq!(names(arrow_schema_of("mentions", "7.0.0").unwrap()), now);
        assert_eq!(
            arrow_schema_of("documents", "1.1.0"),
            arrow_schema("documents"),
            "other tables unchanged"
        );
        let js = json_schema_of("mentions", "1.1.0").unwrap();
        let props: Vec<&String> = js["properties"].as_object().unwrap().keys().collect();
        assert_eq!(props, old.iter().collect::<Vec<_>>());
        assert_eq!(js["required"].as_array().unwrap().len(), old.len());
        assert!(has_column("1.2.0", "mentions", "trigger_text"));
        assert!(!has_column("1.1.0", "mentions", "trigger_text"));
        assert!(has_column("1.1.0", "mentions", "rule"));
    }

    /// Schema 1.3.0 adds `forum` at the end of `events` and of `mentions`,
    /// nullable, in both descriptions; a 1.2.0 dataset has neither.
    #[test]
    fn forum_is_new_in_1_3_0_on_events_and_mentions() {
        let names =
            |s: Schema| -> Vec<String> { s.fields().iter().map(|f| f.name().clone()).collect() };
        for table in ["events", "mentions"] {
            let old = names(arrow_schema_of(table, "1.2.0").unwrap());
            let now = names(arrow_schema(table).unwrap());
            assert_eq!(now[..old.len()], old[..], "{table}: only added at the end");
            assert_eq!(now[old.len()..], ["forum"], "{table}");
            let f = arrow_schema(table)
                .unwrap()
                .field_with_name("forum")
                .unwrap()
                .clone();
            assert!(
                f.is_nullable() && f.data_type() == &DataType::Utf8,
                "{table}"
            );
            assert!(has_column("1.3.0", table, "forum"));
            assert!(!has_column("1.2.0", table, "forum"));
            let js = json_schema_of(table, "1.2.0").unwrap();
            assert!(js["properties"].get("forum").is_none(), "{table}");
            let js = json_schema_of(table, SCHEMA_VERSION).unwrap();
            assert!(js["properties"].get("forum").is_some(), "{table}");
        }
    }

    /// The JSON Schemas' `forum` pattern accepts exactly the codes the
    /// extractor writes (`crate::extract::forum::is_forum`), and names each
    /// in its description.
    #[test]
    fn forum_schema_pattern_is_the_extractors_codes() {
        use crate::extract::forum::{is_forum, FIELD_FORUMS, OTHER_FORUMS};
        for table in ["events", "mentions"] {
            let js = json_schema_of(table, SCHEMA_VERSION).unwrap();
            let prop = &js["properties"]["forum"];
            let pattern = prop["pattern"].as_str().expect("a pattern");
            let re = regex::Regex::new(pattern).unwrap();
            let desc = prop["description"].as_str().unwrap();
            for (code, _) in FIELD_FORUMS.iter().chain(OTHER_FORUMS.iter()) {
                assert!(re.is_match(code) && is_forum(code), "{table}: {code}");
                assert!(
                    desc.contains(&format!("`{code}`")),
                    "{table}: {code} undescribed"
                );
            }
            for c in [
                "farm+finance",
                "budget+farm+finance",
                "finance+farm",
                "farm+farm",
                "leaders+farm",
                "economic",
                "Farm",
                "",
            ] {
                assert_eq!(re.is_match(c), is_forum(c), "{table}: {c:?}");
            }
        }
    }

    /// schema/README.md documents every column, nested ones included.
    #[test]
    fn readme_documents_every_column() {
        fn paths(prefix: &str, fields: &Fields, out: &mut Vec<String>) {
            for f in fields {
                let p = format!("{prefix}{}", f.name());
                if let DataType::List(item) = f.data_type() {
                    if let DataType::Struct(inner) = item.data_type() {
                        paths(&format!("{p}[]."), inner, out);
                    }
                }
                out.push(p);
            }
        }
        let readme = include_str!("../../schema/README.md");
        for name in TABLES {
            let section = readme
                .split(&format!("## `{name}`"))
                .nth(1)
                .and_then(|s| s.split("\n## ").next())
                .unwrap_or_else(|| panic!("no section for {name}"));
            let mut cols = Vec::new();
            paths("", arrow_schema(name).unwrap().fields(), &mut cols);
            for c in cols {
                assert!(
                    section.contains(&format!("| `{c}` |")),
                    "{name}.{c} undocumented"
                );
            }
        }
    }
}

//! A small JSON Schema (draft 2020-12) validator for the subset that
//! `schema/*.schema.json` uses.
//!
//! Supported keywords: `type` (a name or a list of names), `enum`,
//! `pattern` (a string matching the regular expression, which the schemas
//! anchor with `^...$`; compiled once per pattern text), `properties`, `required`, `additionalProperties: false`, `items`,
//! `minimum`, `maximum`, and `format` with the values `date`
//! ("YYYY-MM-DD"), `date-time` (RFC 3339), `int32`, `int64` and `double`
//! (asserted, not mere annotations). Other keywords (`$schema`, `$id`,
//! `title`, `description`) are ignored. An `integer` is a JSON number
//! written without fraction or exponent that fits in 64 bits.
//!
//! ```
//! use diplo::dataset::jsonschema::check;
//! let schema = serde_json::json!({"type": "object", "properties": {
//!     "d": {"type": ["string", "null"], "format": "date"}},
//!     "required": ["d"], "additionalProperties": false});
//! let problems = check(&schema, &serde_json::json!({"d": "22.03.2016"}));
//! assert_eq!(problems[0].path, "d");
//! ```

use chrono::{DateTime, NaiveDate};
use serde_json::Value;

/// One way a value breaks its schema: where (a column path such as
/// `participants[0].role`, empty for the row itself) and what.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaProblem {
    pub path: String,
    pub message: String,
}

/// Checks `value` against `schema`; an empty list means valid.
pub fn check(schema: &Value, value: &Value) -> Vec<SchemaProblem> {
    let mut out = Vec::new();
    walk(schema, value, &mut Vec::new(), &mut out);
    out
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A short rendering of a found value for messages.
fn shown(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        let cut: String = s.chars().take(57).collect();
        format!("{cut}...")
    } else {
        s
    }
}

/// One step of a path into a row: a field or a list index.
#[derive(Clone, Copy)]
enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

/// Renders a path (`participants[0].role`); built only for problems.
fn render(path: &[Seg<'_>]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Seg::Index(i) => {
                s.push('[');
                s.push_str(&i.to_string());
                s.push(']');
            }
        }
    }
    s
}

fn walk<'a>(
    schema: &Value,
    value: &'a Value,
    path: &mut Vec<Seg<'a>>,
    out: &mut Vec<SchemaProblem>,
) {
    let fail = |out: &mut Vec<SchemaProblem>, path: &[Seg<'_>], message: String| {
        out.push(SchemaProblem {
            path: render(path),
            message,
        })
    };
    if let Some(t) = schema.get("type") {
        let ok = match t {
            Value::String(s) => type_ok(s, value),
            Value::Array(a) => a
                .iter()
                .filter_map(Value::as_str)
                .any(|s| type_ok(s, value)),
            _ => true,
        };
        if !ok {
            let allowed: Vec<&str> = match t {
                Value::String(s) => vec![s.as_str()],
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            let message = format!(
                "expected {}, found {} {}",
                allowed.join(" or "),
                type_name(value),
                shown(value)
            );
            fail(out, path, message);
            return;
        }
    }
    if let Some(Value::Array(options)) = schema.get("enum") {
        if !options.contains(value) {
            let names: Vec<String> = options.iter().map(Value::to_string).collect();
            let message = format!(
                "expected one of {}, found {}",
                names.join(", "),
                shown(value)
            );
            fail(out, path, message);
            return;
        }
    }
    if let (Some(pattern), Some(s)) = (
        schema.get("pattern").and_then(Value::as_str),
        value.as_str(),
    ) {
        if !pattern_matches(pattern, s) {
            let message = format!(
                "expected a string matching {pattern}, found {}",
                shown(value)
            );
            fail(out, path, message);
            return;
        }
    }
    if let Some(format) = schema.get("format").and_then(Value::as_str) {
        if let Some(problem) = check_format(format, value) {
            fail(out, path, problem);
            return;
        }
    }
    if let Some(n) = value.as_f64() {
        if let Some(min) = schema.get("minimum").and_then(Value::as_f64) {
            if n < min {
                fail(
                    out,
                    path,
                    format!("expected at least {min}, found {}", shown(value)),
                );
            }
        }
        if let Some(max) = schema.get("maximum").and_then(Value::as_f64) {
            if n > max {
                fail(
                    out,
                    path,
                    format!("expected at most {max}, found {}", shown(value)),
                );
            }
        }
    }
    match value {
        Value::Object(obj) => {
            let props = schema.get("properties").and_then(Value::as_object);
            if let Some(Value::Array(required)) = schema.get("required") {
                for r in required.iter().filter_map(Value::as_str) {
                    if !obj.contains_key(r) {
                        let mut p = render(path);
                        if !p.is_empty() {
                            p.push('.');
                        }
                        p.push_str(r);
                        out.push(SchemaProblem {
                            path: p,
                            message: "missing (write null for no value)".into(),
                        });
                    }
                }
            }
            let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
            for (k, v) in obj {
                path.push(Seg::Key(k));
                match props.and_then(|p| p.get(k)) {
                    Some(sub) => walk(sub, v, path, out),
                    None if closed => {
                        fail(out, path, "unexpected field (not in the schema)".into())
                    }
                    None => {}
                }
                path.pop();
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    path.push(Seg::Index(i));
                    walk(item_schema, item, path, out);
                    path.pop();
                }
            }
        }
        _ => {}
    }
}

/// Whether `value` is of the JSON Schema type `t` (an integer is a number).
/// Whether `s` matches the schema pattern `pattern`: each pattern text is
/// compiled once and kept (the schemas hold a handful); a pattern that does
/// not compile matches nothing.
fn pattern_matches(pattern: &str, s: &str) -> bool {
    use std::collections::HashMap;
    use std::sync::{LazyLock, Mutex};
    static COMPILED: LazyLock<Mutex<HashMap<String, Option<regex::Regex>>>> =
        LazyLock::new(Default::default);
    let mut cache = COMPILED.lock().unwrap_or_else(|e| e.into_inner());
    if !cache.contains_key(pattern) {
        cache.insert(pattern.to_string(), regex::Regex::new(pattern).ok());
    }
    cache
        .get(pattern)
        .and_then(Option::as_ref)
        .is_some_and(|re| re.is_match(s))
}

fn type_ok(t: &str, value: &Value) -> bool {
    let found = type_name(value);
    t == found || (t == "number" && found == "integer")
}

/// The problem with `value` under `format`, if any (null always passes:
/// `type` decides whether null is allowed).
fn check_format(format: &str, value: &Value) -> Option<String> {
    match (format, value) {
        (_, Value::Null) => None,
        ("date", Value::String(s)) => {
            let ok = s.len() == 10 && NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok();
            (!ok).then(|| {
                format!(
                    "expected a date such as \"2016-03-22\", found {}",
                    shown(value)
                )
            })
        }
        ("date-time", Value::String(s)) => DateTime::parse_from_rfc3339(s).is_err().then(|| {
            format!(
                "expected an RFC 3339 instant such as \"2016-03-22T10:00:00Z\", found {}",
                shown(value)
            )
        }),
        ("int32", Value::Number(n)) => {
            let ok = n.as_i64().is_some_and(|i| i32::try_from(i).is_ok());
            (!ok).then(|| format!("expected a 32-bit integer, found {n}"))
        }
        ("int64", Value::Number(n)) => n
            .as_i64()
            .is_none()
            .then(|| format!("expected a 64-bit integer, found {n}")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn events() -> Value {
        serde_json::from_str(crate::dataset::schema::json_schema_text("events").unwrap()).unwrap()
    }

    fn sample_event() -> Value {
        serde_json::to_value(&crate::dataset::testdata::sample().events[0]).unwrap()
    }

    #[test]
    fn written_rows_are_valid() {
        let ds = crate::dataset::testdata::sample();
        for e in &ds.events {
            assert_eq!(check(&events(), &serde_json::to_value(e).unwrap()), vec![]);
        }
    }

    #[test]
    fn nested_enum_violation_names_the_path() {
        let mut row = sample_event();
        row["participants"][1]["role"] = json!("visitor");
        let p = check(&events(), &row);
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].path, "participants[1].role");
        assert!(p[0].message.contains("\"visitor\""), "{}", p[0].message);
    }

    #[test]
    fn a_forum_not_among_the_codes_breaks_the_pattern() {
        let mut row = sample_event();
        for ok in [json!("farm"), json!("farm+finance"), Value::Null] {
            row["forum"] = ok.clone();
            assert_eq!(check(&events(), &row), vec![], "{ok}");
        }
        for bad in ["agriculture", "finance+farm", "Leaders", "farm+"] {
            row["forum"] = json!(bad);
            let p = check(&events(), &row);
            assert_eq!(p.len(), 1, "{bad}: {p:?}");
            assert_eq!(p[0].path, "forum");
            assert!(
                p[0].message.starts_with("expected a string matching ^"),
                "{}",
                p[0].message
            );
        }
    }

    #[test]
    fn type_format_range_missing_and_extra_fields() {
        let mut row = sample_event();
        row["start_date"] = json!("2016-3-23");
        row["source_count"] = json!(2.5);
        row["confidence"] = json!(1.5);
        row["title"] = Value::Null;
        row.as_object_mut().unwrap().remove("derived");
        row["extra"] = json!(1);
        let p = check(&events(), &row);
        let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
        for want in [
            "start_date",
            "source_count",
            "confidence",
            "title",
            "derived",
            "extra",
        ] {
            assert!(paths.contains(&want), "{want} not in {paths:?}");
        }
        assert_eq!(p.len(), 6, "{p:?}");
    }

    #[test]
    fn int32_overflow_is_caught() {
        let mut row = sample_event();
        row["source_count"] = json!(1_i64 << 40);
        let p = check(&events(), &row);
        assert_eq!(p[0].path, "source_count");
    }
}

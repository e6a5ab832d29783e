//! Rows as JSON values <-> Arrow record batches, driven by the table's
//! Arrow schema.
//!
//! The writers serialize every record with serde into a `serde_json::Value`
//! (the JSONL row) and build the Arrow columns from those same values, so
//! the JSONL and the Parquet of a table cannot disagree. Reading goes back
//! the same way: an Arrow column becomes JSON values that compare equal to
//! the JSONL ones (dates "YYYY-MM-DD", instants RFC 3339 with `Z`).
//!
//! ```
//! use diplo::dataset::{arrow::{batch_from_rows, rows_from_batch}, schema::places_schema};
//! let row = serde_json::json!({"place_id": "moscow", "name": "Moscow", "kind": "city",
//!     "country_code": "RUS", "latitude": 55.75, "longitude": 37.62, "city_id": null});
//! let batch = batch_from_rows(places_schema().into(), &[row.clone()]).unwrap();
//! assert_eq!(rows_from_batch(&batch).unwrap(), vec![row]);
//! ```

use std::sync::Arc;

use arrow_array::{
    Array, ArrayRef, BooleanArray, Date32Array, Float64Array, Int32Array, Int64Array, ListArray,
    RecordBatch, StringArray, StructArray, TimestampMicrosecondArray,
};
use arrow_buffer::{NullBuffer, OffsetBuffer};
use arrow_schema::{DataType, Field, Fields, SchemaRef, TimeUnit};
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Map, Value};

/// A row could not be turned into an Arrow column value, or back.
#[derive(Debug, thiserror::Error)]
#[error("column {column}, row {row}: {message}")]
pub struct ConvertError {
    pub column: String,
    /// 1-based row number in the table.
    pub row: usize,
    pub message: String,
}

fn err(column: &str, row: usize, message: impl Into<String>) -> ConvertError {
    ConvertError {
        column: column.to_string(),
        row: row + 1,
        message: message.into(),
    }
}

const EPOCH: NaiveDate = match NaiveDate::from_ymd_opt(1970, 1, 1) {
    Some(d) => d,
    None => panic!("1970-01-01 is a date"),
};

fn utc() -> DataType {
    DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into()))
}

/// Rewrites the top-level instant columns of `rows` at the resolution
/// Parquet stores (microseconds, UTC), so the JSONL says exactly what the
/// Parquet holds: `...:00.123456789Z` becomes `...:00.123456Z`.
pub fn truncate_instants(schema: &SchemaRef, rows: &mut [Value]) {
    for field in schema.fields() {
        if *field.data_type() != utc() {
            continue;
        }
        for row in rows.iter_mut() {
            let Some(v) = row.get_mut(field.name()) else {
                continue;
            };
            let micros = v
                .as_str()
                .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                .map(|t| t.timestamp_micros())
                .and_then(DateTime::<Utc>::from_timestamp_micros);
            if let Some(t) = micros.and_then(|t| serde_json::to_value(t).ok()) {
                *v = t;
            }
        }
    }
}

/// Builds one record batch from rows (JSON objects keyed by column name).
pub fn batch_from_rows(schema: SchemaRef, rows: &[Value]) -> Result<RecordBatch, ConvertError> {
    let refs: Vec<&Value> = rows.iter().collect();
    batch_from_row_refs(schema, &refs)
}

/// [`batch_from_rows`] from borrowed rows.
pub fn batch_from_row_refs(
    schema: SchemaRef,
    rows: &[&Value],
) -> Result<RecordBatch, ConvertError> {
    let fields = schema.fields();
    // One pass over each row: its fields are normally in column order, so
    // values are taken by position; a row in another order is looked up
    // by name.
    let mut values: Vec<Vec<(usize, &Value)>> = (0..fields.len())
        .map(|_| Vec::with_capacity(rows.len()))
        .collect();
    for (i, r) in rows.iter().enumerate() {
        let in_order = r.as_object().is_some_and(|o| {
            o.len() == fields.len() && o.keys().zip(fields.iter()).all(|(k, f)| k == f.name())
        });
        if in_order {
            if let Some(o) = r.as_object() {
                for (col, v) in values.iter_mut().zip(o.values()) {
                    col.push((i, v));
                }
            }
        } else {
            for (col, f) in values.iter_mut().zip(fields.iter()) {
                col.push((i, r.get(f.name()).unwrap_or(&Value::Null)));
            }
        }
    }
    let mut columns = Vec::with_capacity(fields.len());
    for (field, values) in fields.iter().zip(&values) {
        columns.push(build(field, field.name(), values)?);
    }
    RecordBatch::try_new(schema, columns).map_err(|e| err("*", 0, e.to_string()))
}

/// One column from its values; each value carries its top-level row index
/// for error messages. `path` is the dotted column path.
fn build(field: &Field, path: &str, values: &[(usize, &Value)]) -> Result<ArrayRef, ConvertError> {
    if !field.is_nullable() {
        if let Some((row, _)) = values.iter().find(|(_, v)| v.is_null()) {
            return Err(err(path, *row, "null in a column that is not nullable"));
        }
    }
    let array: ArrayRef = match field.data_type() {
        DataType::Utf8 => {
            let v = collect(path, values, "a string", |v| v.as_str())?;
            Arc::new(StringArray::from(v))
        }
        DataType::Boolean => {
            let v = collect(path, values, "a boolean", Value::as_bool)?;
            Arc::new(BooleanArray::from(v))
        }
        DataType::Int32 => {
            let v = collect(path, values, "a 32-bit integer", |v| {
                v.as_i64().and_then(|n| i32::try_from(n).ok())
            })?;
            Arc::new(Int32Array::from(v))
        }
        DataType::Int64 => {
            let v = collect(path, values, "a 64-bit integer", Value::as_i64)?;
            Arc::new(Int64Array::from(v))
        }
        DataType::Float64 => {
            let v = collect(path, values, "a number", Value::as_f64)?;
            Arc::new(Float64Array::from(v))
        }
        DataType::Date32 => {
            let v = collect(path, values, "a date such as \"2016-03-22\"", |v| {
                let d = v.as_str()?.parse::<NaiveDate>().ok()?;
                i32::try_from(d.signed_duration_since(EPOCH).num_days()).ok()
            })?;
            Arc::new(Date32Array::from(v))
        }
        DataType::Timestamp(TimeUnit::Microsecond, Some(tz)) if tz.as_ref() == "UTC" => {
            let v = collect(
                path,
                values,
                "an RFC 3339 instant such as \"2016-03-22T10:00:00Z\"",
                |v| {
                    DateTime::parse_from_rfc3339(v.as_str()?)
                        .ok()?
                        .timestamp_micros()
                        .into()
                },
            )?;
            Arc::new(TimestampMicrosecondArray::from(v).with_timezone("UTC"))
        }
        DataType::Struct(fields) => build_struct(fields, path, values)?,
        DataType::List(item) => {
            let mut lengths = Vec::with_capacity(values.len());
            let mut items: Vec<(usize, &Value)> = Vec::new();
            let mut valid = Vec::with_capacity(values.len());
            for (row, v) in values {
                match v {
                    Value::Null => {
                        lengths.push(0);
                        valid.push(false);
                    }
                    Value::Array(a) => {
                        lengths.push(a.len());
                        valid.push(true);
                        items.extend(a.iter().map(|x| (*row, x)));
                    }
                    other => {
                        return Err(err(path, *row, format!("expected a list, found {other}")))
                    }
                }
            }
            let child = build(item, &format!("{path}[]"), &items)?;
            let nulls = field.is_nullable().then(|| NullBuffer::from(valid));
            let list = ListArray::try_new(
                item.clone(),
                OffsetBuffer::from_lengths(lengths),
                child,
                nulls,
            )
            .map_err(|e| err(path, 0, e.to_string()))?;
            Arc::new(list)
        }
        other => return Err(err(path, 0, format!("unsupported Arrow type {other}"))),
    };
    Ok(array)
}

fn build_struct(
    fields: &Fields,
    path: &str,
    values: &[(usize, &Value)],
) -> Result<ArrayRef, ConvertError> {
    // Each object's fields by position when in order, else by name.
    let mut child_values: Vec<Vec<(usize, &Value)>> = (0..fields.len())
        .map(|_| Vec::with_capacity(values.len()))
        .collect();
    for (row, v) in values {
        match v {
            Value::Null => {
                for c in child_values.iter_mut() {
                    c.push((*row, &Value::Null));
                }
            }
            Value::Object(o) => {
                let in_order = o.len() == fields.len()
                    && o.keys().zip(fields.iter()).all(|(k, f)| k == f.name());
                if in_order {
                    for (c, x) in child_values.iter_mut().zip(o.values()) {
                        c.push((*row, x));
                    }
                } else {
                    for (c, f) in child_values.iter_mut().zip(fields.iter()) {
                        c.push((*row, o.get(f.name()).unwrap_or(&Value::Null)));
                    }
                }
            }
            other => {
                return Err(err(
                    path,
                    *row,
                    format!("expected an object, found {other}"),
                ))
            }
        }
    }
    let mut children = Vec::with_capacity(fields.len());
    for (f, child) in fields.iter().zip(&child_values) {
        // A null struct's children are null even where they are not
        // nullable; only check children of present structs.
        children.push(build(f, &format!("{path}.{}", f.name()), child)?);
    }
    let valid: Vec<bool> = values.iter().map(|(_, v)| !v.is_null()).collect();
    let nulls = valid.iter().any(|b| !b).then(|| NullBuffer::from(valid));
    let s = StructArray::try_new_with_length(fields.clone(), children, nulls, values.len())
        .map_err(|e| err(path, 0, e.to_string()))?;
    Ok(Arc::new(s))
}

/// Converts every value with `f`, keeping nulls; a value `f` rejects is an
/// error naming what was expected and what was found.
fn collect<'a, T>(
    path: &str,
    values: &[(usize, &'a Value)],
    expected: &str,
    f: impl Fn(&'a Value) -> Option<T>,
) -> Result<Vec<Option<T>>, ConvertError> {
    values
        .iter()
        .map(|(row, v)| {
            if v.is_null() {
                return Ok(None);
            }
            f(v).map(Some)
                .ok_or_else(|| err(path, *row, format!("expected {expected}, found {v}")))
        })
        .collect()
}

/// Turns a record batch back into rows (JSON objects in column order).
pub fn rows_from_batch(batch: &RecordBatch) -> Result<Vec<Value>, ConvertError> {
    let schema = batch.schema();
    let width = schema.fields().len();
    let mut rows: Vec<Map<String, Value>> = (0..batch.num_rows())
        .map(|_| Map::with_capacity(width))
        .collect();
    for (field, column) in schema.fields().iter().zip(batch.columns()) {
        let values = values_of(column.as_ref(), field.name())?;
        for (row, v) in rows.iter_mut().zip(values) {
            row.insert(field.name().clone(), v);
        }
    }
    Ok(rows.into_iter().map(Value::Object).collect())
}

fn downcast<'a, T: 'static>(array: &'a dyn Array, path: &str) -> Result<&'a T, ConvertError> {
    array.as_any().downcast_ref::<T>().ok_or_else(|| {
        err(
            path,
            0,
            format!("unexpected array type {}", array.data_type()),
        )
    })
}

/// The values of one column as JSON.
fn values_of(array: &dyn Array, path: &str) -> Result<Vec<Value>, ConvertError> {
    let n = array.len();
    let mut out = Vec::with_capacity(n);
    match array.data_type() {
        DataType::Utf8 => {
            let a = downcast::<StringArray>(array, path)?;
            for i in 0..n {
                out.push(if a.is_null(i) {
                    Value::Null
                } else {
                    Value::from(a.value(i))
                });
            }
        }
        DataType::Boolean => {
            let a = downcast::<BooleanArray>(array, path)?;
            for i in 0..n {
                out.push(if a.is_null(i) {
                    Value::Null
                } else {
                    Value::from(a.value(i))
                });
            }
        }
        DataType::Int32 => {
            let a = downcast::<Int32Array>(array, path)?;
            for i in 0..n {
                out.push(if a.is_null(i) {
                    Value::Null
                } else {
                    Value::from(a.value(i))
                });
            }
        }
        DataType::Int64 => {
            let a = downcast::<Int64Array>(array, path)?;
            for i in 0..n {
                out.push(if a.is_null(i) {
                    Value::Null
                } else {
                    Value::from(a.value(i))
                });
            }
        }
        DataType::Float64 => {
            let a = downcast::<Float64Array>(array, path)?;
            for i in 0..n {
                out.push(if a.is_null(i) {
                    Value::Null
                } else {
                    Value::from(a.value(i))
                });
            }
        }
        DataType::Date32 => {
            let a = downcast::<Date32Array>(array, path)?;
            for i in 0..n {
                if a.is_null(i) {
                    out.push(Value::Null);
                    continue;
                }
                let d = EPOCH
                    .checked_add_signed(chrono::Duration::days(i64::from(a.value(i))))
                    .ok_or_else(|| err(path, i, "date out of range"))?;
                out.push(Value::from(d.to_string()));
            }
        }
        t if *t == utc() => {
            let a = downcast::<TimestampMicrosecondArray>(array, path)?;
            for i in 0..n {
                if a.is_null(i) {
                    out.push(Value::Null);
                    continue;
                }
                let t: DateTime<Utc> = DateTime::from_timestamp_micros(a.value(i))
                    .ok_or_else(|| err(path, i, "instant out of range"))?;
                out.push(serde_json::to_value(t).map_err(|e| err(path, i, e.to_string()))?);
            }
        }
        DataType::Struct(fields) => {
            let a = downcast::<StructArray>(array, path)?;
            let mut objects: Vec<Map<String, Value>> =
                (0..n).map(|_| Map::with_capacity(fields.len())).collect();
            for (f, child) in fields.iter().zip(a.columns()) {
                let vals = values_of(child.as_ref(), &format!("{path}.{}", f.name()))?;
                for (o, v) in objects.iter_mut().zip(vals) {
                    o.insert(f.name().clone(), v);
                }
            }
            for (i, o) in objects.into_iter().enumerate() {
                out.push(if a.is_null(i) {
                    Value::Null
                } else {
                    Value::Object(o)
                });
            }
        }
        DataType::List(_) => {
            let a = downcast::<ListArray>(array, path)?;
            let items = values_of(a.values().as_ref(), &format!("{path}[]"))?;
            let offsets = a.value_offsets();
            // Offsets are monotonic: hand out the items in order, no copies.
            let first = offsets.first().map_or(0, |o| *o as usize);
            let mut items = items.into_iter().skip(first);
            for i in 0..n {
                let (s, e) = (offsets[i] as usize, offsets[i + 1] as usize);
                let list: Vec<Value> = items.by_ref().take(e.saturating_sub(s)).collect();
                if list.len() != e.saturating_sub(s) {
                    return Err(err(path, i, "list offsets out of range"));
                }
                out.push(if a.is_null(i) {
                    Value::Null
                } else {
                    Value::Array(list)
                });
            }
        }
        other => return Err(err(path, 0, format!("unsupported Arrow type {other}"))),
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::schema::{documents_schema, events_schema};
    use serde_json::json;

    #[test]
    fn null_in_required_column_is_an_error_naming_it() {
        let row = json!({"place_id": "x", "name": null});
        let e =
            batch_from_rows(crate::dataset::schema::places_schema().into(), &[row]).unwrap_err();
        assert_eq!(e.column, "name");
        assert_eq!(e.row, 1);
    }

    #[test]
    fn bad_date_names_column_and_value() {
        let mut row =
            serde_json::to_value(&crate::dataset::testdata::sample().documents[0]).unwrap();
        row["published"] = json!("22.03.2016");
        let e = batch_from_rows(documents_schema().into(), &[row]).unwrap_err();
        assert_eq!(e.column, "published");
        assert!(e.to_string().contains("22.03.2016"), "{e}");
    }

    #[test]
    fn instants_are_truncated_to_microseconds_in_both_formats() {
        let mut doc = crate::dataset::testdata::sample().documents[1].clone();
        doc.published_time = DateTime::parse_from_rfc3339("2016-03-25T09:30:00.123456789+02:00")
            .ok()
            .map(|t| t.to_utc());
        let schema: SchemaRef = documents_schema().into();
        let mut rows = vec![serde_json::to_value(&doc).unwrap()];
        truncate_instants(&schema, &mut rows);
        assert_eq!(rows[0]["published_time"], "2016-03-25T07:30:00.123456Z");
        let batch = batch_from_rows(schema, &rows).unwrap();
        assert_eq!(rows_from_batch(&batch).unwrap(), rows);
    }

    #[test]
    fn dates_far_from_now_round_trip() {
        let mut doc = crate::dataset::testdata::sample().documents[0].clone();
        for d in [
            NaiveDate::MIN,
            NaiveDate::MAX,
            NaiveDate::from_ymd_opt(-5, 1, 1).unwrap(),
        ] {
            doc.published = Some(d);
            let rows = vec![serde_json::to_value(&doc).unwrap()];
            let batch = batch_from_rows(documents_schema().into(), &rows).unwrap();
            let back = rows_from_batch(&batch).unwrap();
            assert_eq!(back, rows);
            let rec: crate::dataset::DocumentRecord =
                serde_json::from_value(back[0].clone()).unwrap();
            assert_eq!(rec.published, Some(d));
        }
    }

    #[test]
    fn nested_lists_round_trip() {
        let ds = crate::dataset::testdata::sample();
        let rows: Vec<Value> = ds
            .events
            .iter()
            .map(|e| serde_json::to_value(e).unwrap())
            .collect();
        let batch = batch_from_rows(events_schema().into(), &rows).unwrap();
        assert_eq!(rows_from_batch(&batch).unwrap(), rows);
    }
}

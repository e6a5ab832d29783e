//! `.txt`: one article (or one page of articles), with an optional sidecar
//! `NAME.meta.json` {id, title, published, url, source, author}.

use std::path::PathBuf;

use super::{free_text_documents, non_empty, Ctx, FileOutcome, Meta, Problem};

/// Reads a plain-text article and its sidecar.
pub(crate) fn read(ctx: &Ctx, text: &str, outcome: &mut FileOutcome) {
    let meta = sidecar(ctx, outcome).unwrap_or_default();
    free_text_documents(ctx, None, &meta, text, outcome);
}

/// The sidecar's path: `dir/NAME.meta.json` for `dir/NAME.txt`.
fn sidecar_path(ctx: &Ctx) -> Option<PathBuf> {
    let stem = ctx.path.file_stem()?;
    let mut name = stem.to_os_string();
    name.push(".meta.json");
    Some(ctx.path.with_file_name(name))
}

/// Reads the sidecar when there is one; a broken one is a warning and the
/// article is read without it.
fn sidecar(ctx: &Ctx, outcome: &mut FileOutcome) -> Option<Meta> {
    if ctx.display == "-" {
        return None;
    }
    let path = sidecar_path(ctx)?;
    if !path.is_file() {
        return None;
    }
    let shown = path.display().to_string();
    let warn = |outcome: &mut FileOutcome, reason: String| {
        outcome.warnings.push(Problem {
            path: shown.clone(),
            line: None,
            article: None,
            reason,
        });
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            warn(outcome, format!("cannot read metadata sidecar: {e}"));
            return None;
        }
    };
    let value: serde_json::Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(e) => {
            warn(
                outcome,
                format!(
                    "expected a JSON object in the metadata sidecar, but found invalid JSON: {e}"
                ),
            );
            return None;
        }
    };
    let Some(obj) = value.as_object() else {
        warn(
            outcome,
            "expected a JSON object in the metadata sidecar, but found another JSON value"
                .to_string(),
        );
        return None;
    };
    Some(meta_from_json(obj))
}

/// The metadata fields of a JSON object (sidecar or JSON line). Numbers
/// are accepted for `id`.
pub(crate) fn meta_from_json(obj: &serde_json::Map<String, serde_json::Value>) -> Meta {
    let get = |k: &str| -> Option<String> {
        match obj.get(k)? {
            serde_json::Value::String(s) => non_empty(s),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let published = ["published", "published_time", "date"]
        .into_iter()
        .find_map(|k| {
            get(k).map(|v| {
                let field: &'static str = match k {
                    "published" => "published",
                    "published_time" => "published_time",
                    _ => "date",
                };
                (v, field)
            })
        });
    Meta {
        id: get("id"),
        title: get("title"),
        published,
        url: get("url"),
        outlet: get("source"),
        author: get("author"),
    }
}

//! `.jsonl` and stdin: one article per line, `{"id", "text"}` required;
//! `title`, `published`, `url`, `source`, `author` optional. A broken line
//! is a problem with its line number; the other lines are read.

use super::txt::meta_from_json;
use super::{free_text_documents, normalize_newlines, Ctx, FileOutcome, Problem};

/// Reads every line of a JSON lines file.
pub(crate) fn read(ctx: &Ctx, bytes: &[u8], outcome: &mut FileOutcome) {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let n = i + 1;
        let problem = |reason: String| Problem {
            path: ctx.display.to_string(),
            line: Some(n),
            article: None,
            reason,
        };
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if raw.contains(&0) {
            outcome.problems.push(problem(
                "expected a JSON line, but found binary data (NUL byte)".to_string(),
            ));
            continue;
        }
        let line = match std::str::from_utf8(raw) {
            Ok(l) => l,
            Err(e) => {
                outcome.problems.push(problem(format!(
                    "expected UTF-8 text, but found an invalid byte at column {}",
                    e.valid_up_to() + 1
                )));
                continue;
            }
        };
        let value: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                outcome.problems.push(problem(format!(
                    "expected a JSON object, but found invalid JSON: {e}"
                )));
                continue;
            }
        };
        let Some(obj) = value.as_object() else {
            outcome.problems.push(problem(
                "expected a JSON object with \"id\" and \"text\", but found another JSON value"
                    .to_string(),
            ));
            continue;
        };
        let meta = meta_from_json(obj);
        let Some(id) = meta.id.clone() else {
            outcome.problems.push(problem(
                "expected a non-empty string in field \"id\", but it is missing".to_string(),
            ));
            continue;
        };
        let Some(text) = obj.get("text").and_then(|t| t.as_str()) else {
            outcome.problems.push(Problem {
                article: Some(id),
                ..problem("expected a string in field \"text\", but it is missing".to_string())
            });
            continue;
        };
        free_text_documents(ctx, Some(n), &meta, &normalize_newlines(text), outcome);
    }
}

//! `.sgm`: Reuters-21578 SGML, many stories per file.
//!
//! Each `<REUTERS ... NEWID="n">` element is one document `reuters-n`,
//! its `line` the line of the opening tag. `<DATE>` (` 26-FEB-1987
//! 15:01:01.79`, sometimes followed by wire codes) is the metadata date.
//! The text is the `<TITLE>`, a blank line, then the `<DATELINE>` and the
//! `<BODY>` as the wire printed them ("SALVADOR, Feb 26 - Showers
//! continued ..."), character references decoded (`&lt;`, `&amp;`, `&#3;`),
//! wire control codes and the closing "Reuter" signature dropped. A story
//! with only a title (`TYPE="BRIEF"`) is still a document; an unprocessed
//! one (`TYPE="UNPROC"`) keeps its raw text. Each story is checked on its
//! own: a story that is not UTF-8 is a problem, the rest of the file reads.

use std::sync::LazyLock;

use crate::re::Re;

use super::{
    decode_entities, parse_published, strip_controls, Ctx, Document, FileOutcome, Problem,
    PublishedSource,
};

static NEWID: LazyLock<Re> = regex!(r#"NEWID\s*=\s*"(\d+)""#);
static TAGS: LazyLock<Re> = regex!(r"</?[A-Za-z][^>]*>");

/// Reads every story of a Reuters-21578 file.
pub(crate) fn read(ctx: &Ctx, bytes: &[u8], outcome: &mut FileOutcome) {
    let starts: Vec<usize> = find_all(bytes, b"<REUTERS");
    let mut line = 1;
    let mut counted = 0;
    for (k, &start) in starts.iter().enumerate() {
        line += bytes[counted..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted = start;
        let end = starts.get(k + 1).copied().unwrap_or(bytes.len());
        story(ctx, &bytes[start..end], line, outcome);
    }
    if starts.is_empty() {
        let reason = if bytes.iter().all(u8::is_ascii_whitespace) {
            "empty file: no <REUTERS> story".to_string()
        } else {
            "expected Reuters-21578 SGML with <REUTERS> elements, but found none".to_string()
        };
        outcome.problems.push(Problem {
            path: ctx.display.to_string(),
            line: None,
            article: None,
            reason,
        });
    }
}

fn find_all(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    let finder = aho_corasick::AhoCorasick::new([needle]).ok();
    finder.map_or_else(Vec::new, |f| f.find_iter(hay).map(|m| m.start()).collect())
}

/// One `<REUTERS>` element.
fn story(ctx: &Ctx, raw: &[u8], line: usize, outcome: &mut FileOutcome) {
    let head_end = raw.iter().position(|&b| b == b'>').unwrap_or(raw.len());
    let head = String::from_utf8_lossy(&raw[..head_end]);
    let id = NEWID
        .captures(&head)
        .map(|c| format!("reuters-{}", &c[1]))
        .unwrap_or_else(|| format!("{}-line-{line}", ctx.stem()));
    let problem = |reason: String| Problem {
        path: ctx.display.to_string(),
        line: Some(line),
        article: Some(id.clone()),
        reason,
    };
    if let Some(at) = raw.iter().position(|&b| b == 0) {
        outcome.problems.push(problem(format!(
            "expected a text story, but found binary data (NUL byte at offset {at} of the story)"
        )));
        return;
    }
    let s = match std::str::from_utf8(raw) {
        Ok(s) => s,
        Err(e) => {
            let bad = e.valid_up_to();
            let bad_line = line + raw[..bad].iter().filter(|&&b| b == b'\n').count();
            outcome.problems.push(Problem {
                line: Some(bad_line),
                ..problem(format!(
                    "expected UTF-8 text, but found the invalid byte 0x{:02x}",
                    raw[bad]
                ))
            });
            return;
        }
    };
    let s = s.find("</REUTERS>").map_or(s, |e| &s[..e]);
    let clean = |x: &str| strip_controls(&decode_entities(x));
    let title = element(s, "TITLE").map(|t| collapse(&clean(t)));
    let title = title.filter(|t| !t.is_empty());
    let dateline = element(s, "DATELINE").map(|d| collapse(&clean(d)));
    let body = element(s, "BODY").map(|b| drop_signature(&clean(b)));
    let mut text = String::new();
    if let Some(t) = &title {
        text.push_str(t);
    }
    match body.filter(|b| !b.trim().is_empty()) {
        Some(b) => {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            if let Some(d) = dateline.filter(|d| !d.is_empty()) {
                text.push_str(&d);
                text.push(' ');
                text.push_str(b.trim_start());
            } else {
                text.push_str(&b);
            }
        }
        None if title.is_none() => {
            // Unprocessed stories: the raw text of <TEXT>, tags removed.
            if let Some(t) = element(s, "TEXT") {
                let t = clean(&TAGS.replace_all(t, ""));
                text.push_str(drop_signature(&t).trim_matches('\n'));
            }
        }
        None => {}
    }
    if text.trim().is_empty() {
        outcome.problems.push(problem(
            "empty article: the story has no title and no text".to_string(),
        ));
        return;
    }
    let raw_date = element(s, "DATE").map(|d| {
        let d = d.split('&').next().unwrap_or(d);
        d.trim().to_string()
    });
    // A broken time ("605:12:19.12") or a trailing note still gives the day.
    let published = raw_date.as_deref().and_then(|d| {
        let mut parts = d.split_whitespace();
        let day = parts.next()?;
        let with_time = parts.next().map(|t| format!("{day} {t}"));
        with_time
            .and_then(|dt| parse_published(&dt))
            .or_else(|| parse_published(day))
    });
    if let (Some(raw), None) = (&raw_date, &published) {
        outcome.warnings.push(problem(format!(
            "expected a date such as \"26-FEB-1987 15:01:01.79\" in <DATE>, but found {raw:?}"
        )));
    }
    let title = title.or_else(|| {
        text.lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map(str::to_string)
    });
    outcome.documents.push(Document {
        doc_id: id.clone(),
        source: ctx.display.to_string(),
        line: Some(line),
        url: None,
        title,
        author: None,
        outlet: Some("Reuters".to_string()),
        published,
        published_source: if published.is_some() {
            PublishedSource::Metadata
        } else {
            PublishedSource::Unknown
        },
        segment: None,
        text,
    });
}

/// The content of the first `<NAME ...>...</NAME>` element.
fn element<'a>(s: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}");
    let mut from = 0;
    let start = loop {
        let i = from + s[from..].find(&open)?;
        let after = &s[i + open.len()..];
        if after.starts_with('>') || after.starts_with(char::is_whitespace) {
            break i + open.len() + after.find('>')? + 1;
        }
        from = i + open.len();
    };
    let close = format!("</{name}>");
    let end = s[start..].find(&close).map_or(s.len(), |e| start + e);
    Some(&s[start..end])
}

/// White space runs as single spaces, trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Drops the closing "Reuter" / "REUTER" signature and trailing white space.
fn drop_signature(s: &str) -> String {
    let t = s.trim_end();
    let cut = t.rfind('\n').map_or(0, |i| i + 1);
    let last = t[cut..].trim();
    if last.eq_ignore_ascii_case("reuter") || last.eq_ignore_ascii_case("reuters") {
        return t[..cut].trim_end().to_string();
    }
    let words: Vec<&str> = t.rsplitn(2, char::is_whitespace).collect();
    if words.len() == 2 && words[0].eq_ignore_ascii_case("reuter") {
        return words[1].trim_end().to_string();
    }
    t.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_and_signature() {
        let s = "<TEXT TYPE=\"BRIEF\">x<TITLE>A</TITLE></TEXT>";
        assert_eq!(element(s, "TITLE"), Some("A"));
        assert_eq!(element(s, "TEXT"), Some("x<TITLE>A</TITLE>"));
        assert_eq!(element("<TEXTX>no</TEXTX>", "TEXT"), None);
        assert_eq!(drop_signature("Body text.\n Reuter\n"), "Body text.");
        assert_eq!(drop_signature("Body text. REUTER"), "Body text.");
        assert_eq!(
            drop_signature("Body about Reuters news."),
            "Body about Reuters news."
        );
    }
}

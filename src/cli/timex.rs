//! `diplo timex`: finds and normalizes the temporal expressions of files,
//! one JSON line per document (see `spec/contract.md`).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use chrono::NaiveDate;
use diplo::text::CharMap;
use diplo::time::Tagger;

const EXAMPLES: &str = "Examples:
  diplo timex article.txt --dct 2016-03-24
  diplo timex --timeml ../shared/data/timebank/TimeBank/*.tml > out.jsonl
  python3 ../shared/tools/score_timeml.py ../shared/data/timebank/TimeBank out.jsonl -v";

/// Find and normalize temporal expressions (TIMEX3), one JSON line per document.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Plain-text files (or TimeML files with --timeml).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The document date (YYYY-MM-DD) of plain-text files; without it,
    /// relative expressions stay unresolved.
    #[arg(long, value_parser = parse_date)]
    pub dct: Option<NaiveDate>,
    /// Read TimeML: the DCT from <DCT>, the text from <TEXT> without tags.
    #[arg(long)]
    pub timeml: bool,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("expected a date such as \"2016-03-22\", but found {s:?}"))
}

/// Decodes the XML entities the TimeML corpora use.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let Some(semi) = tail.find(';').filter(|&k| k <= 10) else {
            out.push('&');
            rest = &tail[1..];
            continue;
        };
        let ent = &tail[1..semi];
        let ch = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e if e.starts_with("#x") || e.starts_with("#X") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &tail[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Removes tags, then decodes entities in each text segment.
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..i]));
        match rest[i..].find('>') {
            Some(j) => rest = &rest[i + j + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(&decode_entities(rest));
    out
}

/// (DCT, text) of a TimeML document.
fn read_timeml(raw: &str) -> (Option<NaiveDate>, String) {
    let dct = raw.find("<DCT>").and_then(|i| {
        let tail = &raw[i..];
        let v = tail.find("value=\"")? + 7;
        let end = tail[v..].find('"')?;
        let val = &tail[v..v + end];
        NaiveDate::parse_from_str(val.get(..10)?, "%Y-%m-%d").ok()
    });
    let text = match (raw.find("<TEXT>"), raw.rfind("</TEXT>")) {
        (Some(a), Some(b)) if a + 6 <= b => strip_tags(&raw[a + 6..b]),
        _ => String::new(),
    };
    (dct, text)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let tagger = Tagger::new();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = 0usize;
    for path in &args.files {
        // An unreadable file is reported and counted; the others still run.
        let raw = match std::fs::read_to_string(path)
            .with_context(|| format!("reading {}", path.display()))
        {
            Ok(r) => r,
            Err(e) => {
                eprintln!("diplo timex: {e:#}");
                failed += 1;
                continue;
            }
        };
        let (dct, text) = if args.timeml {
            read_timeml(&raw)
        } else {
            (args.dct, raw)
        };
        // The file name without its extension: TimeBank has several files
        // per day ("APW19980213.1310.tml", "APW19980213.1320.tml"), so the
        // name up to its first dot would not identify a document.
        let id = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let map = CharMap::new(&text);
        let timexes: Vec<serde_json::Value> = tagger
            .tag(&text, dct)
            .into_iter()
            .map(|t| {
                serde_json::json!({
                    "begin": map.char_offset(t.begin),
                    "end": map.char_offset(t.end),
                    "text": t.text,
                    "type": t.kind.as_str(),
                    "value": t.value,
                })
            })
            .collect();
        let line = serde_json::json!({
            "doc": id,
            "dct": dct.map(|d| d.format("%Y-%m-%d").to_string()),
            "timexes": timexes,
        });
        use std::io::Write;
        if let Err(e) = writeln!(out, "{line}") {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(ExitCode::SUCCESS);
            }
            return Err(e.into());
        }
    }
    use std::io::Write;
    if let Err(e) = out.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }
    if failed > 0 {
        eprintln!(
            "diplo timex: {failed} of {} files could not be read",
            args.files.len()
        );
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_entities() {
        assert_eq!(
            strip_tags("a <T x=\"1\">b</T> &amp; &#233;&lt;"),
            "a b & é<"
        );
        let (d, t) = read_timeml("<DCT><TIMEX3 value=\"1998-01-08\">x</TIMEX3></DCT><TEXT>On <TIMEX3>Monday</TIMEX3></TEXT>");
        assert_eq!(d, NaiveDate::from_ymd_opt(1998, 1, 8));
        assert_eq!(t, "On Monday");
    }
}

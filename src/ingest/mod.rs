//! Articles in: finds the input files and reads each format into [`Document`]s.
//!
//! The compile starts here. [`discover`] expands the command line (files,
//! directories recursed and sorted, `-` for JSON lines on stdin) into
//! [`InputFile`]s; [`read`] turns one file into a [`FileOutcome`]: the
//! documents it holds and the [`Problem`]s met on the way. Reading never
//! panics and never stops at a bad article: an unreadable file, a binary or
//! non-UTF-8 file, an empty article or a broken JSON line becomes a `Problem`
//! with its path and line, and the rest of the file and corpus still reads.
//! A metadata `published` that is not a date, or a broken sidecar, costs no
//! article: it is a warning (`FileOutcome::warnings`, same shape as a
//! problem) and the date comes from the header lines or stays unknown.
//!
//! Formats, by extension (one sub-module each):
//!
//! | input | module | documents |
//! |---|---|---|
//! | `.txt` (+ `NAME.meta.json`) | `txt` | one, or one per article of a scraped page |
//! | `.md` (YAML front matter) | `markdown` | as `.txt` |
//! | `.html`, `.htm` | `html` | one, or one per `<article>` |
//! | `.jsonl`, `-` | `jsonl` | one per line (`id`, `text` required) |
//! | `.sgm` (Reuters-21578) | `sgml` | one per `<REUTERS NEWID="n">`, id `reuters-n` |
//!
//! Free text (txt, md, JSON lines, HTML without `<article>`s) goes through
//! `segment`: widget and navigation lines are dropped (`boilerplate`), and a
//! scraped page holding several articles ("Title / Published / on / ... /
//! Continue Reading") is split into one document per article, `STEM#N`.
//!
//! Document dates ([`PublishedSource`]): metadata first (sidecar, front
//! matter, `<meta>`, JSON field, SGML `<DATE>`), else a header line near the
//! top of the text ("Andrei AKULOV | 22.03.2016 | FEATURED STORY",
//! "Published on March 3, 2021"), else unknown. [`parse_published`] reads the
//! usual shapes without ever looking at a clock:
//!
//! ```
//! use diplo::ingest::parse_published;
//! let p = parse_published("2021-04-29 20:00:00-04:00").unwrap();
//! assert_eq!(p.date.to_string(), "2021-04-29"); // the date in the source's own offset
//! assert_eq!(parse_published("22.03.2016").unwrap().date.to_string(), "2016-03-22");
//! ```

mod boilerplate;
mod html;
mod jsonl;
mod markdown;
mod published;
mod segment;
mod sgml;
mod txt;

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};

pub use published::{header_date, parse_published};
pub use segment::{split_page, Segment};

/// Where a document's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PublishedSource {
    /// A metadata field: sidecar, front matter, `<meta>`, JSON field, SGML `<DATE>`.
    Metadata,
    /// A header line of the text itself ("Andrei AKULOV | 22.03.2016 | FEATURED STORY").
    Header,
    /// Inferred from the content (see `time::infer_dct`).
    Inferred,
    /// No date known.
    Unknown,
}

impl PublishedSource {
    pub fn as_str(self) -> &'static str {
        match self {
            PublishedSource::Metadata => "metadata",
            PublishedSource::Header => "header",
            PublishedSource::Inferred => "inferred",
            PublishedSource::Unknown => "unknown",
        }
    }
}

/// A publication date, with the instant when the source gave one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    /// The calendar date of publication, in the source's own time zone where it gave one.
    pub date: NaiveDate,
    /// The instant, when the source gave a time of day.
    pub timestamp: Option<DateTime<Utc>>,
}

/// One article, ready for the pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Stable id: the metadata id, else the file stem; a segment of a
    /// multi-article page is `STEM#N` (N from 1).
    pub doc_id: String,
    /// The input path as given on the command line (joined with the file's
    /// place under a directory), or `-` for stdin; for JSONL and SGML
    /// `path:line` is not used here, see `line`.
    pub source: String,
    /// The line of the input file where the article starts (JSONL, SGML), 1-based.
    pub line: Option<usize>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    /// The outlet or news agency ("source" in metadata).
    pub outlet: Option<String>,
    pub published: Option<Published>,
    pub published_source: PublishedSource,
    /// The position of this article on a page holding several (1-based), else None.
    pub segment: Option<u32>,
    /// The article's text: title line(s) and body, boilerplate removed. All
    /// offsets in the dataset point into this string.
    pub text: String,
}

#[cfg(test)]
impl Document {
    /// A bare document for unit tests: `text` read from `source`, published
    /// on `date` (from metadata) when one is given, no other metadata.
    pub(crate) fn bare(
        doc_id: &str,
        source: &str,
        text: &str,
        date: Option<NaiveDate>,
    ) -> Document {
        Document {
            doc_id: doc_id.to_string(),
            source: source.to_string(),
            line: None,
            url: None,
            title: None,
            author: None,
            outlet: None,
            published: date.map(|date| Published {
                date,
                timestamp: None,
            }),
            published_source: if date.is_some() {
                PublishedSource::Metadata
            } else {
                PublishedSource::Unknown
            },
            segment: None,
            text: text.to_string(),
        }
    }
}

impl Document {
    /// blake3 of the text, hex.
    pub fn content_hash(&self) -> String {
        blake3::hash(self.text.as_bytes()).to_hex().to_string()
    }
}

/// A bad article or file: reported, skipped, counted in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub path: String,
    pub line: Option<usize>,
    pub article: Option<String>,
    pub reason: String,
}

impl Problem {
    fn new(path: &str, line: Option<usize>, article: Option<&str>, reason: String) -> Problem {
        Problem {
            path: path.to_string(),
            line,
            article: article.map(str::to_string),
            reason,
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.reason)?;
        match (self.line, &self.article) {
            (Some(l), Some(a)) => write!(f, " ({}:{}, article {})", self.path, l, a),
            (Some(l), None) => write!(f, " ({}:{})", self.path, l),
            (None, Some(a)) => write!(f, " ({}, article {})", self.path, a),
            (None, None) => write!(f, " ({})", self.path),
        }
    }
}

/// The input formats, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    JsonLines,
    ReutersSgml,
}

impl Format {
    /// The format of a file name's extension (case-insensitive), if known.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "jsonl" => Some(Format::JsonLines),
            "sgm" | "sgml" => Some(Format::ReutersSgml),
            _ => None,
        }
    }
}

/// One input file found on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: PathBuf,
    /// How the path is shown in messages and the dataset (`-` for stdin).
    pub display: String,
    pub format: Format,
    pub stdin: bool,
}

/// What reading one input file gave.
#[derive(Debug, Clone, Default)]
pub struct FileOutcome {
    pub documents: Vec<Document>,
    /// Articles or files that were skipped.
    pub problems: Vec<Problem>,
    /// Things worth telling the user that did not cost an article (a
    /// `published` value that is not a date, a broken sidecar).
    pub warnings: Vec<Problem>,
    /// blake3 of the file's bytes, hex (empty when unreadable).
    pub hash: String,
    pub bytes: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("input path {path:?} does not exist")]
    Missing { path: String },
    #[error("cannot read directory {path:?}: {source}")]
    Dir {
        path: String,
        source: std::io::Error,
    },
}

/// Expands the command line's inputs (files, directories recursed and sorted, `-`).
///
/// Inputs keep their command-line order; the files under a directory are
/// sorted by path. Under a directory only known extensions are taken
/// (`.txt .md .html .htm .jsonl .sgm`; hidden entries, `NAME.meta.json`
/// sidecars and README / LICENSE / CHANGELOG files are skipped); a file named on the command line with another
/// extension is read as plain text, except a `NAME.meta.json` sidecar
/// (a shell glob such as `dir/*` names them), which is skipped.
pub fn discover(inputs: &[PathBuf]) -> Result<Vec<InputFile>, IngestError> {
    let mut out = vec![];
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(InputFile {
                path: input.clone(),
                display: "-".to_string(),
                format: Format::JsonLines,
                stdin: true,
            });
            continue;
        }
        let meta = std::fs::metadata(input).map_err(|_| IngestError::Missing {
            path: input.display().to_string(),
        })?;
        if meta.is_dir() {
            let mut found = vec![];
            walk(input, &mut found, 0)?;
            found.sort();
            for path in found {
                if let Some(format) = Format::from_path(&path) {
                    out.push(InputFile {
                        display: path.display().to_string(),
                        path,
                        format,
                        stdin: false,
                    });
                }
            }
        } else if !is_sidecar(input) {
            out.push(InputFile {
                path: input.clone(),
                display: input.display().to_string(),
                format: Format::from_path(input).unwrap_or(Format::Text),
                stdin: false,
            });
        }
    }
    Ok(out)
}

/// README, LICENSE, CHANGELOG ...: a corpus directory's documentation, not
/// an article (skipped under a directory; read when named explicitly).
fn is_project_doc(path: &Path) -> bool {
    let stem = path
        .file_stem()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_uppercase();
    matches!(
        stem.as_str(),
        "README" | "LICENSE" | "LICENCE" | "CHANGELOG" | "CONTRIBUTING" | "COPYING" | "NOTICE"
    )
}

/// `NAME.meta.json`: metadata of `NAME.txt`, never an input of its own.
fn is_sidecar(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.to_ascii_lowercase().ends_with(".meta.json"))
}

/// Collects the files under `dir` with a known extension (depth-limited, so
/// a symlink loop cannot run forever).
fn walk(dir: &Path, found: &mut Vec<PathBuf>, depth: usize) -> Result<(), IngestError> {
    if depth > 32 {
        return Ok(());
    }
    let entries = std::fs::read_dir(dir).map_err(|source| IngestError::Dir {
        path: dir.display().to_string(),
        source,
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden || is_project_doc(&path) {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, found, depth + 1)?,
            Ok(_) if Format::from_path(&path).is_some() => found.push(path),
            _ => {}
        }
    }
    Ok(())
}

/// Reads one input file (stdin for `-`) into documents and problems. Never panics.
pub fn read(file: &InputFile) -> FileOutcome {
    let mut outcome = FileOutcome::default();
    let bytes = if file.stdin {
        let mut buf = vec![];
        std::io::stdin().lock().read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(&file.path)
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            outcome.problems.push(Problem::new(
                &file.display,
                None,
                None,
                format!("cannot read file: {}", lower_first(&e.to_string())),
            ));
            return outcome;
        }
    };
    outcome.hash = blake3::hash(&bytes).to_hex().to_string();
    outcome.bytes = bytes.len() as u64;
    let ctx = Ctx {
        display: &file.display,
        path: &file.path,
    };
    match file.format {
        Format::JsonLines => jsonl::read(&ctx, &bytes, &mut outcome),
        Format::ReutersSgml => sgml::read(&ctx, &bytes, &mut outcome),
        Format::Text | Format::Markdown | Format::Html => {
            let text = match decode_text(&bytes) {
                Ok(t) => t,
                Err(reason) => {
                    outcome
                        .problems
                        .push(Problem::new(&file.display, None, None, reason));
                    return outcome;
                }
            };
            match file.format {
                Format::Text => txt::read(&ctx, &text, &mut outcome),
                Format::Markdown => markdown::read(&ctx, &text, &mut outcome),
                _ => html::read(&ctx, &text, &mut outcome),
            }
        }
    }
    outcome
}

/// What every format reader needs to know about its file.
pub(crate) struct Ctx<'a> {
    pub display: &'a str,
    pub path: &'a Path,
}

impl Ctx<'_> {
    /// The file name without its extension: the default doc_id.
    pub fn stem(&self) -> String {
        if self.display == "-" {
            return "stdin".to_string();
        }
        self.path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.display.to_string())
    }
}

/// The metadata a format gives for a free-text article.
#[derive(Debug, Clone, Default)]
pub(crate) struct Meta {
    pub id: Option<String>,
    pub title: Option<String>,
    /// The raw `published` value and the field it came from.
    pub published: Option<(String, &'static str)>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
}

/// Turns a free text with its metadata into documents: boilerplate removal,
/// page segmentation, title and date. Shared by txt, md, JSON lines and HTML
/// pages without `<article>` elements.
pub(crate) fn free_text_documents(
    ctx: &Ctx,
    line: Option<usize>,
    meta: &Meta,
    text: &str,
    outcome: &mut FileOutcome,
) {
    let id = meta.id.clone().unwrap_or_else(|| ctx.stem());
    let (meta_date, bad_date) = meta_published(meta);
    if let Some(raw) = bad_date {
        outcome
            .warnings
            .push(Problem::new(ctx.display, line, Some(&id), raw));
    }
    if text.trim().is_empty() {
        outcome.problems.push(Problem::new(
            ctx.display,
            line,
            Some(&id),
            "empty article: the text holds only white space".to_string(),
        ));
        return;
    }
    let page = segment::split_page(text);
    let many = page.len() > 1;
    if page.is_empty() {
        outcome.problems.push(Problem::new(
            ctx.display,
            line,
            Some(&id),
            "empty article: nothing is left once navigation and widgets are removed".to_string(),
        ));
        return;
    }
    for (i, seg) in page.into_iter().enumerate() {
        let n = i + 1;
        let (published, published_source) = match meta_date {
            Some(p) if !many || seg.published.is_none() => (Some(p), PublishedSource::Metadata),
            _ => match seg.published.or_else(|| header_date(&seg.text)) {
                Some(p) => (Some(p), PublishedSource::Header),
                None => (None, PublishedSource::Unknown),
            },
        };
        let title = if many {
            seg.title.clone()
        } else {
            meta.title.clone().or_else(|| seg.title.clone())
        };
        outcome.documents.push(Document {
            doc_id: if many {
                format!("{id}#{n}")
            } else {
                id.clone()
            },
            source: ctx.display.to_string(),
            line,
            url: meta.url.clone(),
            title,
            author: meta.author.clone(),
            outlet: meta.outlet.clone(),
            published,
            published_source,
            segment: if many { Some(n as u32) } else { None },
            text: seg.text,
        });
    }
}

/// Parses the metadata date; gives the date, or the message for a value
/// that is not one.
pub(crate) fn meta_published(meta: &Meta) -> (Option<Published>, Option<String>) {
    match &meta.published {
        None => (None, None),
        Some((raw, _)) if raw.trim().is_empty() => (None, None),
        Some((raw, field)) => match parse_published(raw) {
            Some(p) => (Some(p), None),
            None => (
                None,
                Some(format!(
                    "expected a date such as \"2016-03-22\" in field \"{field}\", but found {raw:?}"
                )),
            ),
        },
    }
}

/// Checks and decodes a whole text file: no NUL bytes, valid UTF-8; drops a
/// byte-order mark and turns CRLF into LF.
pub(crate) fn decode_text(bytes: &[u8]) -> Result<String, String> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(format!(
            "expected a text file, but found a binary file (NUL byte at offset {at})"
        ));
    }
    let s = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "expected UTF-8 text, but found an invalid byte at offset {}",
            e.valid_up_to()
        )
    })?;
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    Ok(normalize_newlines(s))
}

/// CRLF and lone CR become LF.
pub(crate) fn normalize_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// Decodes HTML/SGML character references: `&amp; &lt; &#3; &#x2019; &nbsp;`
/// and the common named ones. Unknown references stay as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(j, _)| j);
        let decoded = end.and_then(|j| entity(&after[..j]).map(|c| (c, j)));
        match decoded {
            Some((c, j)) => {
                out.push_str(c.as_ref());
                rest = &after[j + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// One character reference's value (without `&` and `;`).
fn entity(name: &str) -> Option<std::borrow::Cow<'static, str>> {
    use std::borrow::Cow;
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        let c = char::from_u32(code).unwrap_or('\u{fffd}');
        return Some(Cow::Owned(c.to_string()));
    }
    let s = match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        "ndash" => "–",
        "mdash" => "—",
        "lsquo" => "‘",
        "rsquo" => "’",
        "sbquo" => "‚",
        "ldquo" => "“",
        "rdquo" => "”",
        "bdquo" => "„",
        "laquo" => "«",
        "raquo" => "»",
        "hellip" => "…",
        "middot" => "·",
        "bull" => "•",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "deg" => "°",
        "euro" => "€",
        "pound" => "£",
        "eacute" => "é",
        "egrave" => "è",
        "aacute" => "á",
        "agrave" => "à",
        "iacute" => "í",
        "oacute" => "ó",
        "uacute" => "ú",
        "ntilde" => "ñ",
        "ccedil" => "ç",
        "auml" => "ä",
        "ouml" => "ö",
        "uuml" => "ü",
        "szlig" => "ß",
        "thinsp" | "ensp" | "emsp" => " ",
        "zwnj" | "zwj" | "shy" => "",
        _ => return None,
    };
    Some(Cow::Borrowed(s))
}

/// Removes control characters other than newline and tab (SGML wire codes
/// such as `&#2;`, `&#3;`, `&#5;` decode to them).
pub(crate) fn strip_controls(s: &str) -> String {
    s.chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

/// `None` for an empty or white-space value, else the trimmed value.
pub(crate) fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Error texts from std start with a capital; ours are lower case.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decode() {
        assert_eq!(decode_entities("a &amp; b &lt;c&gt;"), "a & b <c>");
        assert_eq!(decode_entities("&#8217;&#x2019;&rsquo;"), "’’’");
        assert_eq!(decode_entities("AT&T; &bogus; & x"), "AT&T; &bogus; & x");
        assert_eq!(strip_controls(&decode_entities("&#2;x&#3;\n")), "x\n");
    }

    #[test]
    fn decode_rejects_binary_and_bad_utf8() {
        let e = decode_text(b"ab\0c").unwrap_err();
        assert!(e.contains("binary") && e.contains("offset 2"), "{e}");
        let e = decode_text(b"ab\xffc").unwrap_err();
        assert!(e.contains("utf-8") || e.contains("UTF-8"), "{e}");
        assert_eq!(decode_text(b"\xef\xbb\xbfa\r\nb").unwrap(), "a\nb");
    }

    /// Deterministic pseudo-random inputs built from the pieces parsers
    /// trip on: every reader and the sentence splitter must survive them.
    #[test]
    fn readers_never_panic_on_noise() {
        const PIECES: &[&[u8]] = &[
            b"<",
            b">",
            b"</",
            b"<REUTERS NEWID=\"7\">",
            b"<TITLE>",
            b"</TITLE>",
            b"<BODY>",
            b"<DATE>",
            b"&#",
            b"&amp;",
            b"&#x1F600;",
            b"&",
            b";",
            b"\n",
            b"\n\n",
            b" ",
            b"---\n",
            b"title: \"",
            b"\\",
            b"\\u12",
            b"Published",
            b"on",
            b"Continue Reading",
            b".",
            b"U.S.",
            b"Mr.",
            b"\xc2\xab",
            b"\xc2\xbb",
            b"\xe2\x80\xa6",
            b"\xc3\xa9",
            b"\0",
            b"\xff",
            b"{\"id\":",
            b"\"text\":\"",
            b"}",
            b"<article>",
            b"</article>",
            b"<script>",
            b"<time datetime=\"",
            b"22.03.2016",
            b"March 3, 2021",
            b"|",
            b"'",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let path = PathBuf::from("noise.txt");
        let ctx = Ctx {
            display: "noise",
            path: &path,
        };
        for _ in 0..400 {
            let len = (next() % 60) as usize;
            let mut bytes = vec![];
            for _ in 0..len {
                bytes.extend_from_slice(PIECES[(next() % PIECES.len() as u64) as usize]);
            }
            let mut out = FileOutcome::default();
            sgml::read(&ctx, &bytes, &mut out);
            jsonl::read(&ctx, &bytes, &mut out);
            let text = String::from_utf8_lossy(&bytes).into_owned();
            html::read(&ctx, &text, &mut out);
            markdown::read(&ctx, &text, &mut out);
            txt::read(&ctx, &text, &mut out);
            let _ = parse_published(&text);
            let _ = header_date(&text);
            for d in &out.documents {
                for sent in crate::text::sentences(&d.text) {
                    assert!(sent.start < sent.end && d.text.is_char_boundary(sent.start));
                }
            }
            for sent in crate::text::sentences(&text) {
                assert!(text.is_char_boundary(sent.start) && text.is_char_boundary(sent.end));
            }
        }
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::from_path(Path::new("a/B.HTM")), Some(Format::Html));
        assert_eq!(Format::from_path(Path::new("x.meta.json")), None);
        assert_eq!(
            Format::from_path(Path::new("r.sgm")),
            Some(Format::ReutersSgml)
        );
    }
}

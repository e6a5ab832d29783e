//! `.md`: one article with optional YAML front matter (`title`, `date` /
//! `published_time` / `published`, `url` / `source_url`, `id`, `author`,
//! `source`).
//!
//! The YAML is the small subset such front matter uses, parsed by hand:
//! `key: value` lines, plain, 'single-quoted' and "double-quoted" values
//! (with `\uXXXX`, `\_`, `\"` escapes and lines folded or continued with a
//! trailing `\`), and indented continuation lines. The body's Markdown is
//! lightly undone so the text reads as prose: `\#` escapes, heading marks,
//! `[link](url)` -> link, images and `###` end marks dropped. Inline HTML
//! that pages carry inside prose (`20<sup>th</sup>`, `<span style=..>now</span>`,
//! `<em>`, `<br>`) is removed so the text reads as the page does ("February
//! 20th – 22nd"); the stored text is the unmarked one, so every span the
//! dataset keeps points into text without tags.

use std::sync::LazyLock;

use crate::re::Re;

use super::{free_text_documents, non_empty, Ctx, FileOutcome, Meta};

/// Reads a Markdown article.
pub(crate) fn read(ctx: &Ctx, text: &str, outcome: &mut FileOutcome) {
    let (front, body) = split_front_matter(text);
    let mut meta = Meta::default();
    let fields = front.map(parse_yaml).unwrap_or_default();
    let get = |k: &str| {
        fields
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(k))
            .and_then(|(_, v)| non_empty(v))
    };
    meta.id = get("id");
    meta.title = get("title");
    meta.published = [
        ("published_time", "published_time"),
        ("published", "published"),
        ("date", "date"),
    ]
    .into_iter()
    .find_map(|(k, f)| get(k).map(|v| (v, f)));
    meta.url = get("url").or_else(|| get("source_url"));
    meta.outlet = get("source");
    meta.author = get("author");
    let body = unmark(body);
    free_text_documents(ctx, None, &meta, &body, outcome);
}

/// Splits `---\nYAML\n---\nbody`; no front matter gives `(None, text)`.
pub(crate) fn split_front_matter(text: &str) -> (Option<&str>, &str) {
    let Some(rest) = text.strip_prefix("---\n") else {
        return (None, text);
    };
    let mut pos = 0;
    for line in rest.split_inclusive('\n') {
        let t = line.trim_end();
        if t == "---" || t == "..." {
            return (Some(&rest[..pos]), &rest[pos + line.len()..]);
        }
        pos += line.len();
    }
    (None, text)
}

/// `key: value` pairs of a small YAML mapping, values decoded.
pub(crate) fn parse_yaml(yaml: &str) -> Vec<(String, String)> {
    let mut raw: Vec<(String, String)> = vec![];
    for line in yaml.lines() {
        let top = !line.starts_with([' ', '\t']) && !line.trim().is_empty();
        if top && !line.trim_start().starts_with('#') {
            if let Some((k, v)) = line.split_once(':') {
                if !k.trim().is_empty() && !k.contains(' ') {
                    raw.push((k.trim().to_string(), v.trim_start().to_string()));
                    continue;
                }
            }
        }
        if let Some(last) = raw.last_mut() {
            last.1.push('\n');
            last.1.push_str(line);
        }
    }
    raw.into_iter().map(|(k, v)| (k, scalar(&v))).collect()
}

/// Decodes one YAML scalar (plain, single- or double-quoted, folded).
fn scalar(v: &str) -> String {
    let v = v.trim_end();
    if let Some(rest) = v.strip_prefix('"') {
        return double_quoted(rest);
    }
    if let Some(rest) = v.strip_prefix('\'') {
        let body = rest.strip_suffix('\'').unwrap_or(rest);
        return fold(&body.replace("''", "'"));
    }
    let v = v
        .strip_prefix(['>', '|'])
        .map_or(v, |r| r.trim_start_matches(['-', '+']));
    fold(v.trim())
}

/// Lines joined by single spaces (YAML line folding).
fn fold(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The body of a double-quoted scalar after its opening quote.
fn double_quoted(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => break,
            '\n' => {
                while chars.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
                    chars.next();
                }
                out.push(' ');
            }
            '\\' => match chars.next() {
                Some('\n') => {
                    while chars.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
                        chars.next();
                    }
                }
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('_') => out.push('\u{a0}'),
                Some('0') => {}
                Some('x') => out.push(hex(&mut chars, 2)),
                Some('u') => out.push(hex(&mut chars, 4)),
                Some('U') => out.push(hex(&mut chars, 8)),
                Some(other) => out.push(other),
                None => {}
            },
            c => out.push(c),
        }
    }
    out.trim().to_string()
}

fn hex(chars: &mut std::iter::Peekable<std::str::Chars>, n: usize) -> char {
    let digits: String = (0..n).filter_map(|_| chars.next()).collect();
    u32::from_str_radix(&digits, 16)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{fffd}')
}

static LINK: LazyLock<Re> = regex!(r"(!?)\[([^\]\n]*)\]\([^)\n]*\)");
static ESCAPE: LazyLock<Re> = regex!(r"\\([!-/:-@\[-`{-~])");
static HEADING: LazyLock<Re> = regex!(r"^#{1,6}\s+");
/// Inline HTML tags (opening, closing or empty) of phrasing elements; `br`
/// becomes a space, the others nothing.
static INLINE_TAG: LazyLock<Re> = regex!(
    r"(?i)</?(sup|sub|span|em|strong|b|i|u|s|a|br|small|mark|abbr|font|cite|code)(?:\s[^<>\n]*)?/?>"
);
static RULE: LazyLock<Re> = regex!(r"^\s*(?:[#*_=-]\s*){3,}$");

/// Undoes the Markdown that would get in the way of sentences.
fn unmark(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    for line in body.lines() {
        let l = LINK.replace_all(line, |c: &regex::Captures| {
            if &c[1] == "!" {
                String::new()
            } else {
                c[2].to_string()
            }
        });
        let l = HEADING.replace(&l, "");
        let l = ESCAPE.replace_all(&l, "$1");
        let l = l.replace("**", "").replace("__", "");
        let l = INLINE_TAG.replace_all(&l, |c: &regex::Captures| {
            if c[1].eq_ignore_ascii_case("br") {
                " "
            } else {
                ""
            }
        });
        if !RULE.is_match(&l) {
            out.push_str(&l);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_subset() {
        let y = "tags: statements-releases\ndate: '2021-01-24'\npublished_time: 2021-01-24 15:22:37-05:00\n\
                 title: \"Readout of President\\_Biden\\u2019s Call with President Emmanuel\\\n  \\ Macron of\\_France\"\n\
                 quoted: 'it''s'\nfolded: a\n  b\n";
        let f = parse_yaml(y);
        let get = |k: &str| f.iter().find(|(a, _)| a == k).map(|(_, v)| v.as_str());
        assert_eq!(get("date"), Some("2021-01-24"));
        assert_eq!(get("published_time"), Some("2021-01-24 15:22:37-05:00"));
        assert_eq!(
            get("title"),
            Some("Readout of President\u{a0}Biden’s Call with President Emmanuel Macron of\u{a0}France")
        );
        assert_eq!(get("quoted"), Some("it's"));
        assert_eq!(get("folded"), Some("a b"));
    }

    #[test]
    fn front_matter_split_and_unmark() {
        let (f, b) = split_front_matter("---\ntitle: x\n---\nBody [link](http://a) \\###\n");
        assert_eq!(f, Some("title: x\n"));
        assert_eq!(unmark(b), "Body link ###\n");
        assert_eq!(unmark("# Head\n\\###\n"), "Head\n\n");
        assert_eq!(split_front_matter("no front matter").0, None);
    }

    #[test]
    fn inline_html_is_removed() {
        assert_eq!(
            unmark("travel to Ruritania on March 3<sup>rd</sup> \u{2013} 5<SUP>th</SUP>, 2031\n"),
            "travel to Ruritania on March 3rd \u{2013} 5th, 2031\n"
        );
        assert_eq!(
            unmark("prepare <span style=\"text-decoration: underline\">now</span> for<br/>it\n"),
            "prepare now for it\n"
        );
        // Comparisons and bracketed text that are not tags stay.
        assert_eq!(
            unmark("if a < b and c > d <sic>\n"),
            "if a < b and c > d <sic>\n"
        );
    }
}

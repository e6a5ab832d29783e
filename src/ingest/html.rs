//! `.html`, `.htm`: a web page's main text, title and publication time.
//!
//! A small hand-written tokenizer (no DOM): comments, `<script>`, `<style>`,
//! `<nav>`, `<footer>`, `<aside>`, `<form>` are dropped; block elements
//! (`<p>`, `<div>`, `<h1>`, `<li>`, `<br>` ...) become line breaks; character
//! references are decoded. The main text is each top-level `<article>` (a
//! page holding several is split into segments `STEM#N`), else `<main>`,
//! else `<body>`. Title: `og:title`, else `<title>`, else the first `<h1>`
//! (per article: its first heading). Published: `article:published_time`
//! and kindred `<meta>`s, else a `<time datetime>` (per article: its own).

use std::sync::LazyLock;

use crate::re::Re;

use super::segment::split_page;
use super::{
    decode_entities, free_text_documents, header_date, non_empty, parse_published, Ctx, Document,
    FileOutcome, Meta, Problem, PublishedSource,
};

#[derive(Debug, Clone)]
enum Token<'a> {
    Text(&'a str),
    Open { name: String, attrs: &'a str },
    Close { name: String },
}

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button",
    "select", "iframe", "head",
];
/// Elements that break lines.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "section",
    "article",
    "header",
    "blockquote",
    "pre",
    "table",
    "tr",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "dl",
    "address",
    "main",
    "hr",
    "body",
    "title",
];
/// Void elements (no closing tag).
const VOID: &[&str] = &[
    "br", "img", "meta", "link", "hr", "input", "source", "wbr", "area", "base", "col", "embed",
];

/// Splits HTML into tokens; raw-text elements (`script`, `style`) keep
/// their content out of the text.
fn tokenize(html: &str) -> Vec<Token<'_>> {
    let mut out = vec![];
    let mut i = 0;
    let b = html.as_bytes();
    while i < html.len() {
        let Some(lt) = html[i..].find('<').map(|x| x + i) else {
            out.push(Token::Text(&html[i..]));
            break;
        };
        if lt > i {
            out.push(Token::Text(&html[i..lt]));
        }
        let rest = &html[lt..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(html.len(), |e| lt + e + 3);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i = rest.find('>').map_or(html.len(), |e| lt + e + 1);
            continue;
        }
        let closing = rest.starts_with("</");
        let name_start = lt + if closing { 2 } else { 1 };
        let name_len = html[name_start..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(html.len() - name_start);
        if name_len == 0 || !b[name_start].is_ascii_alphabetic() {
            // A lone '<' in text.
            out.push(Token::Text(&html[lt..lt + 1]));
            i = lt + 1;
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let (end, closed) = tag_end(html, name_start + name_len);
        let attrs_end = if closed { end - 1 } else { end };
        let attrs = &html[name_start + name_len..attrs_end];
        i = end;
        if closing {
            out.push(Token::Close { name });
            continue;
        }
        if name == "script" || name == "style" || name == "textarea" {
            let close = format!("</{name}");
            let lower_rest = html[i..].to_ascii_lowercase();
            let e = lower_rest.find(&close).map_or(html.len(), |e| i + e);
            i = html[e..].find('>').map_or(html.len(), |x| e + x + 1);
            continue;
        }
        out.push(Token::Open { name, attrs });
    }
    out
}

/// The byte after the `>` that ends a tag (quotes respected), and whether
/// there was one.
fn tag_end(html: &str, from: usize) -> (usize, bool) {
    let mut quote: Option<u8> = None;
    for (k, &c) in html.as_bytes()[from..].iter().enumerate() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return (from + k + 1, true),
            None => {}
        }
    }
    (html.len(), false)
}

static ATTR: LazyLock<Re> =
    regex!(r#"([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"#);

/// The value of one attribute, entities decoded.
fn attr(attrs: &str, key: &str) -> Option<String> {
    ATTR.captures_iter(attrs).find_map(|c| {
        c[1].eq_ignore_ascii_case(key).then(|| {
            let v = c
                .get(2)
                .or(c.get(3))
                .or(c.get(4))
                .map_or("", |m| m.as_str());
            decode_entities(v).trim().to_string()
        })
    })
}

/// `<meta>` values by property / name / itemprop.
fn metas(tokens: &[Token]) -> Vec<(String, String)> {
    let mut out = vec![];
    for t in tokens {
        if let Token::Open { name, attrs } = t {
            if name == "meta" {
                let key = attr(attrs, "property")
                    .or_else(|| attr(attrs, "name"))
                    .or_else(|| attr(attrs, "itemprop"));
                if let (Some(k), Some(v)) = (key, attr(attrs, "content")) {
                    out.push((k.to_ascii_lowercase(), v));
                }
            } else if name == "link"
                && attr(attrs, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
            {
                if let Some(h) = attr(attrs, "href") {
                    out.push(("canonical".to_string(), h));
                }
            }
        }
    }
    out
}

static JSON_LD_DATE: LazyLock<Re> = regex!(r#""datePublished"\s*:\s*"([^"]{4,40})""#);

const DATE_METAS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
];

/// Token index ranges `[open, close)` of the top-level elements named `name`.
fn ranges(tokens: &[Token], name: &str) -> Vec<(usize, usize)> {
    let mut out = vec![];
    let mut depth = 0usize;
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        match t {
            Token::Open { name: n, .. } if n == name => {
                if depth == 0 {
                    start = i;
                }
                depth += 1;
            }
            Token::Close { name: n } if n == name && depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push((start, i + 1));
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        out.push((start, tokens.len()));
    }
    out
}

/// The text of a token range: blocks on their own lines, white space
/// collapsed inside lines, skipped elements left out.
fn render(tokens: &[Token]) -> String {
    let mut out = String::new();
    let mut skip: Vec<String> = vec![];
    let mut pre = 0usize;
    for t in tokens {
        match t {
            Token::Open { name, .. }
                if !skip.is_empty()
                    && SKIP.contains(&name.as_str())
                    && !VOID.contains(&name.as_str()) =>
            {
                skip.push(name.clone())
            }
            Token::Close { name } if !skip.is_empty() && skip.last() == Some(name) => {
                skip.pop();
            }
            _ if !skip.is_empty() => {}
            Token::Open { name, .. } if SKIP.contains(&name.as_str()) => skip.push(name.clone()),
            Token::Open { name, .. } | Token::Close { name } if name == "br" => out.push('\n'),
            Token::Open { name, .. } | Token::Close { name } if BLOCK.contains(&name.as_str()) => {
                if name == "pre" {
                    pre = match t {
                        Token::Open { .. } => pre + 1,
                        _ => pre.saturating_sub(1),
                    };
                }
                out.push_str("\n\n");
            }
            Token::Open { name, .. } | Token::Close { name } if name == "td" || name == "th" => {
                out.push(' ')
            }
            Token::Text(s) => {
                let s = decode_entities(s);
                if pre > 0 {
                    out.push_str(&s);
                } else {
                    let mut last_space = out.ends_with([' ', '\n']) || out.is_empty();
                    for c in s.chars() {
                        if c.is_whitespace() && c != '\u{a0}' {
                            if !last_space {
                                out.push(' ');
                                last_space = true;
                            }
                        } else {
                            out.push(c);
                            last_space = false;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    // Lines trimmed, blank runs squeezed to one blank line.
    let mut text = String::with_capacity(out.len());
    let mut blank = true;
    for line in out.lines().map(str::trim) {
        if line.is_empty() {
            if !blank {
                text.push('\n');
            }
            blank = true;
        } else {
            text.push_str(line);
            text.push('\n');
            blank = false;
        }
    }
    text.trim_end().to_string()
}

/// The text of the first element among `names` inside the tokens.
fn first_text(tokens: &[Token], names: &[&str]) -> Option<String> {
    for name in names {
        if let Some(&(a, b)) = ranges(tokens, name).first() {
            let t = render(&tokens[a + 1..b.saturating_sub(1).max(a + 1)]);
            let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
            if !t.is_empty() {
                return Some(t);
            }
        }
    }
    None
}

/// The first `<time datetime>` in the tokens, parsed.
fn time_datetime(tokens: &[Token]) -> Option<super::Published> {
    tokens.iter().find_map(|t| match t {
        Token::Open { name, attrs } if name == "time" => {
            attr(attrs, "datetime").and_then(|d| parse_published(&d))
        }
        _ => None,
    })
}

/// Reads an HTML page.
pub(crate) fn read(ctx: &Ctx, html: &str, outcome: &mut FileOutcome) {
    let tokens = tokenize(html);
    let metas = metas(&tokens);
    let meta_of = |keys: &[&str]| {
        keys.iter().find_map(|k| {
            metas
                .iter()
                .find(|(key, _)| key == k)
                .and_then(|(_, v)| non_empty(v))
        })
    };
    let mut meta = Meta {
        id: None,
        title: meta_of(&["og:title", "twitter:title"])
            .or_else(|| first_text(&tokens, &["title"]))
            .or_else(|| first_text(&tokens, &["h1"])),
        published: None,
        url: meta_of(&["og:url", "canonical"]),
        outlet: meta_of(&["og:site_name"]),
        author: meta_of(&["author", "article:author"]),
    };
    let meta_date = DATE_METAS
        .iter()
        .find_map(|k| {
            metas
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| (v.clone(), "article:published_time"))
        })
        .or_else(|| {
            // JSON-LD (`<script type="application/ld+json">`), which the
            // tokenizer leaves out of the text.
            JSON_LD_DATE
                .captures(html)
                .map(|c| (c[1].to_string(), "datePublished"))
        });
    let articles = ranges(&tokens, "article");
    if articles.len() >= 2 {
        let page_date = meta_date.as_ref().and_then(|(v, _)| parse_published(v));
        let id = ctx.stem();
        let mut n = 0u32;
        for (a, b) in articles {
            let part = &tokens[a..b];
            let text = render(part);
            let text: Vec<String> = split_page(&text).into_iter().map(|s| s.text).collect();
            let text = text.join("\n\n");
            if text.trim().is_empty() {
                continue;
            }
            n += 1;
            let (published, published_source) = match time_datetime(part) {
                Some(p) => (Some(p), PublishedSource::Metadata),
                None => match page_date {
                    Some(p) => (Some(p), PublishedSource::Metadata),
                    None => match header_date(&text) {
                        Some(p) => (Some(p), PublishedSource::Header),
                        None => (None, PublishedSource::Unknown),
                    },
                },
            };
            let title = first_text(part, &["h1", "h2", "h3"]).or_else(|| {
                text.lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .map(str::to_string)
            });
            outcome.documents.push(Document {
                doc_id: format!("{id}#{n}"),
                source: ctx.display.to_string(),
                line: None,
                url: meta.url.clone(),
                title,
                author: meta.author.clone(),
                outlet: meta.outlet.clone(),
                published,
                published_source,
                segment: Some(n),
                text,
            });
        }
        if n == 0 {
            outcome.problems.push(Problem {
                path: ctx.display.to_string(),
                line: None,
                article: None,
                reason: "empty article: the page's <article> elements hold no text".to_string(),
            });
        }
        return;
    }
    let region = articles
        .first()
        .copied()
        .or_else(|| ranges(&tokens, "main").first().copied())
        .or_else(|| ranges(&tokens, "body").first().copied())
        .unwrap_or((0, tokens.len()));
    let part = &tokens[region.0..region.1];
    meta.published = meta_date.or_else(|| {
        part.iter().find_map(|t| match t {
            Token::Open { name, attrs } if name == "time" => {
                attr(attrs, "datetime").map(|d| (d, "<time datetime>"))
            }
            _ => None,
        })
    });
    let text = render(part);
    free_text_documents(ctx, None, &meta, &text, outcome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_blocks_and_skips_scripts() {
        let html = "<html><head><title>T</title><script>var x = '<p>';</script></head>\
            <body><nav><a>Home</a></nav><p>One &amp; <b>two</b>\n three.</p><p>Four<br>five</p>\
            <!-- c --><footer>foot</footer></body></html>";
        let toks = tokenize(html);
        let (a, b) = ranges(&toks, "body")[0];
        assert_eq!(render(&toks[a..b]), "One & two three.\n\nFour\nfive");
        assert_eq!(first_text(&toks, &["title"]).as_deref(), Some("T"));
    }

    #[test]
    fn attributes() {
        let t = tokenize(
            r#"<meta property="og:title" content="A &quot;B&quot;"><time datetime='2021-03-03'>"#,
        );
        let m = metas(&t);
        assert_eq!(m, vec![("og:title".to_string(), "A \"B\"".to_string())]);
        assert_eq!(time_datetime(&t).unwrap().date.to_string(), "2021-03-03");
    }

    #[test]
    fn json_ld_date() {
        let html = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
            "datePublished": "2020-11-03T08:00:00-05:00"}</script></head>
            <body><p>Pompeo arrived in Paris on Monday for talks with Macron.</p></body></html>"#;
        let path = std::path::PathBuf::from("ld.html");
        let ctx = Ctx {
            display: "ld.html",
            path: &path,
        };
        let mut out = FileOutcome::default();
        read(&ctx, html, &mut out);
        let d = &out.documents[0];
        assert_eq!(
            d.published.map(|p| p.date.to_string()).as_deref(),
            Some("2020-11-03")
        );
        assert_eq!(d.published_source, PublishedSource::Metadata);
        assert_eq!(
            d.text,
            "Pompeo arrived in Paris on Monday for talks with Macron."
        );
    }

    #[test]
    fn broken_html_does_not_panic() {
        for s in [
            "<",
            "<p",
            "<<>>",
            "</",
            "<a href='x>",
            "<!--",
            "<script>",
            "a < b > c",
            "<é>",
            "<a href='é",
        ] {
            let toks = tokenize(s);
            let _ = render(&toks);
        }
    }
}

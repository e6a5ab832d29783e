//! Page segmentation: one scraped page of text into its articles.
//!
//! News sites list several articles on one page, each introduced by a
//! section label, its title and a "Published / on" widget, and closed by
//! "Continue Reading"; a sidebar ("Latest", "Trending") follows the last.
//! [`split_page`] finds the articles by those separators, drops the
//! boilerplate lines (see `boilerplate`) and gives one [`Segment`] per
//! article, its title the line before the "Published" marker. A page
//! without such markers is split at its "Continue Reading" lines when that
//! gives two articles or more; otherwise it is one segment: the whole text,
//! widgets dropped and cut at the first sidebar heading after the prose.
//!
//! ```text
//! Russia                      <- section label (dropped)
//! A Roadmap for Russia–U.S.   <- title (segment 1 starts here)
//! Published                   <- marker (dropped; a date here is the segment's date)
//! on
//! Today, both Moscow and ...  <- body
//! Continue Reading            <- end of segment 1
//! ```

use std::sync::LazyLock;

use crate::re::Re;

use super::boilerplate::{is_end, is_prose, is_tail, is_widget};
use super::{parse_published, Published};

/// One article of a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// The first line of the article (its headline), if any.
    pub title: Option<String>,
    /// The article's text, boilerplate removed; starts with the title line.
    pub text: String,
    /// A date stated by the article's own "Published" marker.
    pub published: Option<Published>,
}

static MARKER: LazyLock<Re> = regex!(r"(?i)^(?:published|posted|updated)(?:\s+on)?\s*:?\s*(.*)$");

/// The date part of a "Published" marker line, or `Some(None)` for a bare
/// marker; `None` when the line is not a marker.
fn marker(line: &str) -> Option<Option<Published>> {
    let c = MARKER.captures(line.trim())?;
    let rest = c.get(1).map_or("", |m| m.as_str()).trim();
    if rest.is_empty() {
        return Some(None);
    }
    parse_published(rest).map(Some)
}

/// A short label line (a section name such as "Russia" or "World / Americas").
fn is_label(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.chars().count() <= 40
        && t.split_whitespace().count() <= 4
        && !t.ends_with(['.', '!', '?', ':', ','])
}

/// Splits a page into its articles. Empty when nothing but boilerplate is left.
pub fn split_page(text: &str) -> Vec<Segment> {
    let lines: Vec<&str> = text.lines().collect();
    let prev_non_empty = |i: usize| (0..i).rev().find(|&j| !lines[j].trim().is_empty());
    // Article starts: (title line, body start line, date of the marker).
    let mut starts: Vec<(usize, usize, Option<Published>, Option<usize>)> = vec![];
    let mut inline_dates = 0;
    for (i, line) in lines.iter().enumerate() {
        let Some(date) = marker(line) else { continue };
        inline_dates += usize::from(date.is_some());
        let Some(t) = prev_non_empty(i) else { continue };
        let title = lines[t].trim();
        if title.chars().count() > 200 || title.ends_with('.') || is_widget(title) || is_end(title)
        {
            continue;
        }
        if starts.last().is_some_and(|s| s.0 >= t) {
            continue;
        }
        // The body starts after the marker, an "on" line and a date line.
        let mut b = i + 1;
        let mut date = date;
        while b < lines.len() {
            let l = lines[b].trim();
            if l.is_empty() || l.eq_ignore_ascii_case("on") {
                b += 1;
            } else if date.is_none() && l.chars().count() <= 40 {
                match parse_published(l) {
                    Some(p) => {
                        date = Some(p);
                        b += 1;
                    }
                    None => break,
                }
            } else {
                break;
            }
        }
        let label = prev_non_empty(t).filter(|&l| is_label(lines[l]));
        starts.push((t, b, date, label));
    }
    // One dated "Published on ..." line is an article's header, not a page
    // of articles: the whole text stays, and the header gives the date.
    if starts.len() == 1 && inline_dates > 0 {
        starts.clear();
    }
    if starts.is_empty() {
        return split_at_ends(&lines);
    }
    let mut out = vec![];
    for (k, &(t, b, date, _)) in starts.iter().enumerate() {
        let limit = match starts.get(k + 1) {
            Some(&(next_t, _, _, next_label)) => next_label.unwrap_or(next_t),
            None => lines.len(),
        };
        let limit = limit.max(b);
        let end = (b..limit).find(|&j| is_end(lines[j])).unwrap_or(limit);
        let mut body = vec![lines[t], ""];
        body.extend_from_slice(&lines[b..end]);
        if let Some(mut seg) = clean(&body, date) {
            seg.published = date;
            out.push(seg);
        }
    }
    out
}

/// A page without "Published" markers: split at "Continue Reading" lines
/// when that gives two articles or more, else one article. A chunk that
/// opens with a sidebar heading ("Latest") is furniture; a section label
/// before a headline is dropped.
fn split_at_ends(lines: &[&str]) -> Vec<Segment> {
    let mut chunks: Vec<&[&str]> = vec![];
    let mut from = 0;
    for (i, line) in lines.iter().enumerate() {
        if is_end(line) {
            chunks.push(&lines[from..i]);
            from = i + 1;
        }
    }
    chunks.push(&lines[from..]);
    let mut out = vec![];
    for (k, chunk) in chunks.iter().enumerate() {
        let mut body: Vec<&str> = chunk
            .iter()
            .copied()
            .skip_while(|l| l.trim().is_empty() || is_widget(l))
            .collect();
        if k > 0 && body.first().is_some_and(|l| is_tail(l)) {
            continue;
        }
        let next = body.iter().skip(1).find(|l| !l.trim().is_empty());
        if body.first().is_some_and(|l| is_label(l)) && next.is_some_and(|l| !is_prose(l)) {
            body.remove(0);
        }
        if !body.iter().any(|l| is_prose(l)) {
            continue;
        }
        out.extend(clean(&body, None));
    }
    if out.len() > 1 {
        return out;
    }
    clean(lines, None).into_iter().collect()
}

/// Drops widget lines, cuts at the first sidebar heading after prose,
/// squeezes blank lines; `None` when nothing is left.
fn clean(lines: &[&str], published: Option<Published>) -> Option<Segment> {
    let mut kept: Vec<&str> = vec![];
    let mut prose = false;
    for &line in lines {
        if prose && (is_tail(line) || is_end(line)) {
            break;
        }
        if is_widget(line) || (!prose && is_end(line)) {
            continue;
        }
        if line.trim().is_empty() {
            if kept.last().is_some_and(|l| !l.trim().is_empty()) {
                kept.push("");
            }
            continue;
        }
        prose |= is_prose(line);
        kept.push(line.trim_end());
    }
    while kept.last().is_some_and(|l| l.trim().is_empty()) {
        kept.pop();
    }
    if kept.is_empty() {
        return None;
    }
    // A first line that is a whole paragraph is not a headline.
    let title = kept
        .first()
        .map(|l| l.trim().to_string())
        .filter(|t| t.chars().count() <= 200);
    Some(Segment {
        title,
        text: kept.join("\n"),
        published,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Connect with us\n\nWorld\n\nFirst Title Here\n\nPublished\n\non\n\n\
        The first article's body is long enough to count as prose, with a sentence or two.\n\n\
        Continue Reading\nComments\n\nEurope\n\nSecond Title\n\nPublished on 3 March 2021\n\n\
        The second article's body, also long enough to count as article prose, ends here.\n\n\
        Continue Reading\n\nLatest\n\nSidebar item one\n\nSidebar teaser text that is long enough to look like prose.\n\nTrending";

    #[test]
    fn splits_on_markers() {
        let segs = split_page(PAGE);
        assert_eq!(segs.len(), 2);
        assert_eq!(segs[0].title.as_deref(), Some("First Title Here"));
        assert!(segs[0]
            .text
            .starts_with("First Title Here\n\nThe first article's"));
        assert!(!segs[0].text.contains("Continue") && !segs[0].text.contains("Comments"));
        assert_eq!(segs[1].title.as_deref(), Some("Second Title"));
        assert_eq!(segs[1].published.unwrap().date.to_string(), "2021-03-03");
        assert!(!segs[1].text.contains("Sidebar") && !segs[1].text.contains("Latest"));
        assert!(!segs[0].text.contains("World") && !segs[1].text.contains("Europe"));
    }

    #[test]
    fn single_article_keeps_prose_drops_widgets() {
        let t = "Print\nShare this article\n\nHeadline\n\nA paragraph of the article that is long enough to be prose text here.\n\n\
            Article continues after advertisement\n\nAnother paragraph, which is also prose and ends properly.\n\nPoll conducted\n\n1. Question?\n";
        let segs = split_page(t);
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].title.as_deref(), Some("Headline"));
        assert_eq!(
            segs[0].text,
            "Headline\n\nA paragraph of the article that is long enough to be prose text here.\n\n\
             Another paragraph, which is also prose and ends properly."
        );
    }

    #[test]
    fn splits_on_continue_reading_without_markers() {
        let page = "World\n\nFirst Headline\n\nThe first article's body is long enough to count as prose, in a sentence.\n\n\
            Continue Reading\n\nEurope\n\nSecond Headline\n\nThe second body is also long enough to count as article prose text.\n\n\
            Continue Reading\n\nLatest\n\nA teaser that is long enough to look like prose, but sits in the sidebar.";
        let segs = split_page(page);
        let titles: Vec<_> = segs
            .iter()
            .map(|s| s.title.as_deref().unwrap_or(""))
            .collect();
        assert_eq!(titles, ["First Headline", "Second Headline"]);
        assert!(segs[1].text.ends_with("article prose text."));
        // One article followed by "Continue Reading" and a sidebar stays one.
        let one = "Headline\n\nA body long enough to count as the prose of an article, ending here.\n\n\
            Continue Reading\n\nLatest\n\nA teaser that is long enough to look like prose, in the sidebar.";
        let segs = split_page(one);
        assert_eq!(segs.len(), 1);
        assert!(!segs[0].text.contains("teaser"));
    }

    #[test]
    fn nothing_left_is_empty() {
        assert!(split_page("Print\nShare this article\n\n").is_empty());
    }
}

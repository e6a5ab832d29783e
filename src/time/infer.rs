//! Inferring a document date (DCT) from the content of an undated document.
//!
//! First, a full date standing on a short line without a verb, in the first 300
//! characters, is taken as the dateline: earliest = latest = that day.
//! Otherwise two kinds of evidence, both without any clock:
//! - the latest *past-tense* date written in full (a day or month with its
//!   year): the document was written on or after it;
//! - "N years ago" in a sentence that also names an absolute year Y: the
//!   document was written in year Y + N.
//!
//! The result is an interval [earliest, latest]. With only the first kind,
//! `latest` is one year after `earliest` (news is written soon after what
//! it reports); with the second, the interval is that year (clipped so it
//! does not end before the latest past event).

use chrono::{Datelike, Duration, NaiveDate};

use super::lexicon::Unit;
use super::resolve::{borrow_years, Context, Resolver, Tense};
use super::rules::{Expr, Rules};
use super::InferredDct;

pub(crate) fn infer(rules: &Rules, ctx: &Context, text: &str) -> Option<InferredDct> {
    let mut cands = rules.candidates(text);
    borrow_years(text, &mut cands);
    let mut r = Resolver::new(text, None, ctx);
    let mut past: Option<(NaiveDate, String)> = None;
    let mut ago: Option<(i32, String)> = None;
    for (i, c) in cands.iter().enumerate() {
        let explicit = matches!(
            c.expr,
            Expr::Days { y: Some(_), .. } | Expr::Months { y: Some(_), .. }
        );
        let t = r.resolve(c);
        if explicit {
            if let Some(iv) = t.as_ref().and_then(|t| t.interval) {
                if r.tense(c.begin, c.end) == Tense::Past
                    && past.as_ref().is_none_or(|(d, _)| iv.start > *d)
                {
                    past = Some((iv.start, text.get(c.begin..c.end).unwrap_or("").to_string()));
                }
            }
        }
        if let Expr::Ago {
            n: Some(n),
            unit: Unit::Year,
            sign: -1,
        } = c.expr
        {
            // An absolute year in the same sentence: the neighbouring candidates.
            let near = [i.checked_sub(1), Some(i + 1)];
            for j in near.into_iter().flatten() {
                let Some(o) = cands.get(j) else { continue };
                let gap = if o.begin > c.end {
                    o.begin - c.end
                } else {
                    c.begin.saturating_sub(o.end)
                };
                if gap > 80 {
                    continue;
                }
                let y = match o.expr {
                    Expr::Year { y, .. }
                    | Expr::Days { y: Some(y), .. }
                    | Expr::Months { y: Some(y), .. } => y,
                    _ => continue,
                };
                let dy = y + n.floor() as i32;
                let how = format!(
                    "\"{}\" next to \"{}\"",
                    text.get(c.begin..c.end).unwrap_or(""),
                    text.get(o.begin..o.end).unwrap_or("")
                );
                ago = Some((dy, how));
                break;
            }
        }
    }
    // A full date alone in the first lines (a dateline or byline such as
    // "Andrei AKULOV | 22.03.2016 | FEATURED STORY") is the publication date.
    let head_end = text.char_indices().nth(300).map_or(text.len(), |(b, _)| b);
    let byline = cands.iter().find(|c| {
        c.end <= head_end
            && matches!(c.expr, Expr::Days { y: Some(_), m1, d1, m2, d2 } if (m1, d1) == (m2, d2))
            && {
                let ls = text[..c.begin].rfind('\n').map_or(0, |i| i + 1);
                let le = text[c.end..].find('\n').map_or(text.len(), |i| c.end + i);
                le - ls < 120
                    && !ctx
                        .tense
                        .find_iter(&text[ls..le])
                        .any(|m| m.as_str().chars().any(char::is_lowercase))
            }
    });
    if let Some(c) = byline {
        let mut r2 = Resolver::new(text, None, ctx);
        if let Some(iv) = r2.resolve(c).and_then(|t| t.interval) {
            return Some(InferredDct {
                earliest: iv.start,
                latest: iv.start,
                how: format!(
                    "dateline \"{}\" in the first lines",
                    text.get(c.begin..c.end).unwrap_or("")
                ),
            });
        }
    }
    match (ago, past) {
        (Some((y, how)), past) => {
            let mut earliest = NaiveDate::from_ymd_opt(y, 1, 1)?;
            let latest = NaiveDate::from_ymd_opt(y, 12, 31)?;
            let mut how = format!("year from {how}");
            if let Some((d, what)) = past {
                if d > earliest && d <= latest {
                    earliest = d;
                    how.push_str(&format!("; not before the past event \"{what}\""));
                }
            }
            Some(InferredDct {
                earliest,
                latest,
                how,
            })
        }
        (None, Some((d, what))) => Some(InferredDct {
            earliest: d,
            latest: d + Duration::days(365),
            how: format!(
                "on or after the latest past-tense date \"{what}\" ({}), within a year",
                d.year()
            ),
        }),
        (None, None) => None,
    }
}

//! Two wire-copy conventions the per-expression rules cannot see alone.
//!
//! - **The dateline's own day.** A wire story opens with its dateline
//!   ("TOKYO, April 5 - ..."), and its "today", "tomorrow" and weekdays
//!   count from that day, which can differ from the feed's date by a day or
//!   two (a Sunday advance filed on Friday, a story filed after midnight).
//!   [`dateline_day`] finds it: a day without a year, right after a place
//!   at the start of a line in the first 400 bytes and before " -"; it is
//!   the reference day when it lies within three days of the DCT.
//! - **Weekday pairs.** "Thursday and Friday", "Monday through Wednesday",
//!   "from Monday to Wednesday", "between Monday and Wednesday" are one
//!   span: [`weekday_ranges`] joins the two weekdays into one timex whose
//!   value is the first day and whose interval runs to the second (the
//!   first on or after it). "Monday and Wednesday" stay two timexes, but the
//!   second counts from the first, so both take the same tense.
//!   [`weekday_of_week`] then puts a weekday (or pair) right before "next
//!   week", "last week" or "this week" into that week: "Thursday next
//!   week" is the Thursday of the week after the DCT's.
//! - **Weekdays after "next Monday".** Once a story has named a day as
//!   "next Monday" (or "next Monday and Tuesday"), a later bare weekday
//!   read ahead of the reference day but falling before that day, and
//!   lying after it in its week, is a day of the same week
//!   ([`weekdays_after_next`]): "talks next Monday and Tuesday ... on
//!   Thursday and Friday Smith would meet Kuroda" is that week's Thursday
//!   and Friday, not this week's. A weekday read as past is left alone.
//!
//! Example: with the DCT 1987-04-03 (a Friday), "WASHINGTON, April 5 - ...
//! meetings scheduled for Thursday and Friday" gives "April 5" as the
//! reference day and one timex 1987-04-09 with the interval 04-09..04-10.

use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate};
use regex::Regex;

use super::rules::{Cand, Expr};
use super::{Interval, Precision, Timex};

/// A place ending with a comma at the start of a line: "PALO ALTO, Calif., ".
static LEAD: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"^[A-Z][A-Za-z .,'()&/-]{0,60},\s*$").ok());
/// What follows the day: " -", ", Reuter -".
static TAIL: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"^(?:,\s*Reuter)?\s+-").ok());

/// The day of a dateline near the DCT, when it is not the DCT.
pub(crate) fn dateline_day(text: &str, cands: &[Cand], dct: NaiveDate) -> Option<NaiveDate> {
    let (lead, tail) = (LEAD.as_ref()?, TAIL.as_ref()?);
    let c = cands
        .iter()
        .take_while(|c| c.begin < 400)
        .find(|c| matches!(c.expr, Expr::Days { .. }))?;
    let Expr::Days {
        y: None,
        m1,
        d1,
        m2,
        d2,
    } = c.expr
    else {
        return None;
    };
    if (m1, d1) != (m2, d2) {
        return None;
    }
    let before = text.get(..c.begin)?;
    let line = before.rfind('\n').map_or(0, |i| i + 1);
    if !lead.is_match(before.get(line..)?) || !tail.is_match(text.get(c.end..)?) {
        return None;
    }
    let day = [dct.year() - 1, dct.year(), dct.year() + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, m1, d1))
        .min_by_key(|d| (*d - dct).num_days().abs())?;
    let off = (day - dct).num_days().abs();
    (1..=3).contains(&off).then_some(day)
}

/// The weekday of a plain weekday candidate ("Friday", not "Friday night"
/// nor "next Friday").
pub(crate) fn plain_weekday(c: &Cand) -> Option<u32> {
    match c.expr {
        Expr::Weekday {
            w,
            off: 0,
            part: None,
        } => Some(w),
        _ => None,
    }
}

/// Moves a weekday (or a weekday pair) right before "next week", "last
/// week" or "this week" into that week: "Thursday next week" is the
/// Thursday of the week after the DCT's. Both timexes stay.
pub(crate) fn weekday_of_week(
    text: &str,
    mut tagged: Vec<(Timex, Option<u32>)>,
) -> Vec<(Timex, Option<u32>)> {
    for i in 1..tagged.len() {
        let (head, tail) = tagged.split_at_mut(i);
        let (Some((a, Some(w))), Some((b, _))) = (head.last_mut(), tail.first()) else {
            continue;
        };
        let week = b.text.to_ascii_lowercase();
        let gap = text.get(a.end..b.begin).unwrap_or("x");
        if !gap.trim().is_empty()
            || !matches!(week.as_str(), "next week" | "last week" | "this week")
        {
            continue;
        }
        let (Some(ia), Some(ib)) = (a.interval, b.interval) else {
            continue;
        };
        if (ib.end - ib.start).num_days() != 6 {
            continue;
        }
        // Checked: no panic at the end of the calendar.
        let Some(start) = ib
            .start
            .checked_add_signed(Duration::days(i64::from(*w) - 1))
        else {
            continue;
        };
        let Some(end) = start.checked_add_signed(ia.end - ia.start) else {
            continue;
        };
        a.interval = Some(Interval {
            start,
            end,
            precision: Precision::Day,
        });
        let suffix = a.value.find('T').map_or("", |t| &a.value[t..]).to_string();
        a.value = format!("{}{suffix}", start.format("%Y-%m-%d"));
    }
    tagged
}

/// "next Monday": the weekday of a `"next <weekday>"` timex.
fn next_weekday(t: &Timex) -> Option<u32> {
    let lower = t
        .text
        .to_ascii_lowercase()
        .replace(char::is_whitespace, " ");
    let rest = lower.strip_prefix("next ")?.trim_start();
    // ("next month" is no "mon"day)
    let day = rest.ends_with("day") && rest.chars().all(|c| c.is_ascii_alphabetic());
    day.then(|| super::lexicon::weekday_num(rest)).flatten()
}

/// Moves a bare weekday read ahead of `reference` but before the day a
/// `"next <weekday>"` timex earlier in the story named into that day's week,
/// when it falls after that day there: "next Monday and Tuesday ... on
/// Thursday and Friday" (DCT Wednesday) is the Thursday and Friday after
/// that Monday. Past weekdays, and weekdays before the anchor's own in its
/// week, stay.
pub(crate) fn weekdays_after_next(
    mut tagged: Vec<(Timex, Option<u32>)>,
    reference: Option<NaiveDate>,
) -> Vec<(Timex, Option<u32>)> {
    let Some(r) = reference else {
        return tagged;
    };
    let mut anchor: Option<NaiveDate> = None;
    for (t, w) in tagged.iter_mut() {
        let Some(iv) = t.interval else {
            continue;
        };
        if next_weekday(t).is_some() {
            anchor = Some(iv.start);
            continue;
        }
        let (Some(a), Some(w)) = (anchor, *w) else {
            continue;
        };
        let (Some(start), Some(end)) = (
            iv.start.checked_add_signed(Duration::days(7)),
            iv.end.checked_add_signed(Duration::days(7)),
        ) else {
            continue;
        };
        // ahead of the reference day, before the anchor, and after the
        // anchor's weekday in the anchor's week
        let aw = a.weekday().number_from_monday();
        if iv.start <= r || iv.start >= a || w <= aw || start <= a {
            continue;
        }
        t.interval = Some(Interval { start, end, ..iv });
        let suffix = t.value.find('T').map_or("", |i| &t.value[i..]).to_string();
        t.value = format!("{}{suffix}", start.format("%Y-%m-%d"));
    }
    tagged
}

/// Joins weekday pairs into ranges; `tagged` holds each timex with its
/// weekday when it is a plain one.
pub(crate) fn weekday_ranges(
    text: &str,
    tagged: Vec<(Timex, Option<u32>)>,
) -> Vec<(Timex, Option<u32>)> {
    let mut out: Vec<(Timex, Option<u32>)> = Vec::with_capacity(tagged.len());
    let mut it = tagged.into_iter().peekable();
    while let Some((a, wa)) = it.next() {
        let pair = match (wa, it.peek()) {
            (Some(wa), Some((b, Some(wb)))) => Some((wa, b.clone(), *wb)),
            _ => None,
        };
        let Some((wa, mut b, wb)) = pair else {
            out.push((a, wa));
            continue;
        };
        let (Some(ia), Some(gap)) = (a.interval, text.get(a.end..b.begin)) else {
            out.push((a, Some(wa)));
            continue;
        };
        let gap = gap.trim().to_ascii_lowercase();
        let diff = (wb + 7 - wa) % 7;
        let between = text
            .get(..a.begin)
            .unwrap_or("")
            .trim_end()
            .to_ascii_lowercase()
            .ends_with("between");
        let range_word = matches!(
            gap.as_str(),
            "through" | "thru" | "to" | "-" | "until" | "till"
        );
        let range = diff > 0 && (range_word || gap == "and" && (diff == 1 || between));
        let Some(second) = ia.start.checked_add_signed(Duration::days(i64::from(diff))) else {
            out.push((a, Some(wa)));
            continue;
        };
        if range {
            it.next();
            let Some(span) = text.get(a.begin..b.end) else {
                out.push((a, Some(wa)));
                continue;
            };
            out.push((
                Timex {
                    end: b.end,
                    text: span.to_string(),
                    interval: Some(Interval {
                        start: ia.start,
                        end: second,
                        precision: Precision::Day,
                    }),
                    ..a
                },
                Some(wa),
            ));
        } else if (gap == "and" || gap == "or" || gap == ",") && (1..=4).contains(&diff) {
            it.next();
            b.value = second.format("%Y-%m-%d").to_string();
            b.interval = Some(Interval {
                start: second,
                end: second,
                precision: Precision::Day,
            });
            out.push((a, Some(wa)));
            out.push((b, Some(wb)));
        } else {
            out.push((a, Some(wa)));
        }
    }
    out
}

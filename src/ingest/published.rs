//! Publication dates: [`parse_published`] for metadata values and
//! [`header_date`] for the byline lines at the top of a text.
//!
//! | input | date | timestamp |
//! |---|---|---|
//! | `2016-03-22` | 2016-03-22 | none |
//! | `22.03.2016` (day first) | 2016-03-22 | none |
//! | `March 22, 2016`, `Tuesday, Mar. 22, 2016` | 2016-03-22 | none |
//! | `22 March 2016` | 2016-03-22 | none |
//! | `2016-03-22T10:00:00+03:00` (RFC 3339) | 2016-03-22 | 07:00 UTC |
//! | `Tue, 22 Mar 2016 10:00:00 +0300` (RFC 2822) | 2016-03-22 | 07:00 UTC |
//! | `1987-03-01T21:42:38` (no zone: read as UTC) | 1987-03-01 | 21:42:38 UTC |
//! | `2021-04-29 20:00:00-04:00` | 2021-04-29 | 2021-04-30 00:00 UTC |
//! | `26-FEB-1987 15:01:01.79` (Reuters) | 1987-02-26 | 15:01:01.79 UTC |
//!
//! The date is the calendar date in the source's own offset. Anything else
//! that holds a full date (year, month and day) goes to the `dateparser`
//! crate with UTC and a fixed midnight default time; shapes that lack a
//! part (no year, time only) are refused, so no clock is ever read.

use std::sync::LazyLock;

use crate::re::Re;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

use super::Published;

const MONTHS: &str = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const WEEKDAY: &str = r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?";

static DMY_NUM: LazyLock<Re> = regex!(r"^(\d{1,2})([./-])(\d{1,2})([./-])(\d{4})$");
static MDY_NAME: LazyLock<Re> = regex!(format!(
    r"(?i)^{WEEKDAY}({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
));
static DMY_NAME: LazyLock<Re> = regex!(format!(
    r"(?i)^{WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTHS})\.?,?\s+(\d{{4}})\b"
));
static REUTERS: LazyLock<Re> = regex!(format!(
    r"(?i)^(\d{{1,2}})-({MONTHS})-(\d{{4}})(?:\s+(\d{{1,2}}):(\d{{2}})(?::(\d{{2}})(?:\.(\d{{1,6}}))?)?)?$"
));
static HAS_TIME: LazyLock<Re> = regex!(r"\d{1,2}:\d{2}");
static HAS_YEAR: LazyLock<Re> = regex!(r"\b(1[89]|20)\d{2}\b");
static MONTH_NAME: LazyLock<Re> = regex!(format!(r"(?i)\b(?:{MONTHS})\b"));
static NUM_GROUPS: LazyLock<Re> = regex!(r"\d+");

/// Parses a metadata date string in the shapes of the contract; no clock.
pub fn parse_published(s: &str) -> Option<Published> {
    let s = s.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    if s.is_empty() || s.len() > 80 {
        return None;
    }
    reuters(s)
        .or_else(|| zoned(s))
        .or_else(|| naive(s))
        .or_else(|| numeric_day_first(s))
        .or_else(|| named_month(s))
        .or_else(|| fallback(s))
}

/// A date from a metadata value that only needs the date (the instant is dropped).
fn date_only(date: NaiveDate) -> Published {
    Published {
        date,
        timestamp: None,
    }
}

fn from_fixed(dt: DateTime<FixedOffset>) -> Published {
    Published {
        date: dt.date_naive(),
        timestamp: Some(dt.with_timezone(&Utc)),
    }
}

fn from_naive_utc(dt: NaiveDateTime) -> Published {
    Published {
        date: dt.date(),
        timestamp: Some(Utc.from_utc_datetime(&dt)),
    }
}

/// RFC 3339, RFC 2822 and ISO-like shapes with an offset.
fn zoned(s: &str) -> Option<Published> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(from_fixed(dt));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(from_fixed(dt));
    }
    let s2 = s.replace(" UTC", "Z").replace(" GMT", "Z");
    let s2 = s2
        .strip_suffix('Z')
        .map(|t| format!("{t}+00:00"))
        .unwrap_or(s2);
    for fmt in [
        "%Y-%m-%d %H:%M:%S%.f%:z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f %z",
        "%Y-%m-%d %H:%M:%S%.f %:z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%d %H:%M%:z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(&s2, fmt) {
            return Some(from_fixed(dt));
        }
    }
    None
}

/// ISO shapes without an offset: the date as written, the instant as UTC.
fn naive(s: &str) -> Option<Published> {
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(from_naive_utc(dt));
        }
    }
    for fmt in ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            return Some(date_only(d));
        }
    }
    None
}

/// `22.03.2016`, `22-03-2016`: day first. `03/22/2016`: month first (the
/// US habit) unless the first number cannot be a month.
fn numeric_day_first(s: &str) -> Option<Published> {
    let c = DMY_NUM.captures(s)?;
    let a: u32 = c[1].parse().ok()?;
    let b: u32 = c[3].parse().ok()?;
    let y: i32 = c[5].parse().ok()?;
    if c[2] != c[4] {
        return None;
    }
    let (d, m) = if &c[2] == "/" && a <= 12 {
        (b, a)
    } else {
        (a, b)
    };
    NaiveDate::from_ymd_opt(y, m, d).map(date_only)
}

/// `March 22, 2016`, `22 March 2016`, with an optional weekday; whatever
/// follows (a time) is ignored.
fn named_month(s: &str) -> Option<Published> {
    if let Some(c) = MDY_NAME.captures(s) {
        return ymd(&c[3], &c[1], &c[2]).map(date_only);
    }
    if let Some(c) = DMY_NAME.captures(s) {
        return ymd(&c[3], &c[2], &c[1]).map(date_only);
    }
    None
}

/// Reuters-21578 `26-FEB-1987 15:01:01.79`.
fn reuters(s: &str) -> Option<Published> {
    let c = REUTERS.captures(s)?;
    let date = ymd(&c[3], &c[2], &c[1])?;
    let Some(h) = c.get(4) else {
        return Some(date_only(date));
    };
    let h: u32 = h.as_str().parse().ok()?;
    let m: u32 = c[5].parse().ok()?;
    let sec: u32 = c.get(6).map_or(Some(0), |x| x.as_str().parse().ok())?;
    let frac = c.get(7).map_or("", |x| x.as_str());
    let micros: u32 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<6}").parse().ok()?
    };
    let t = NaiveTime::from_hms_micro_opt(h, m, sec, micros)?;
    Some(from_naive_utc(date.and_time(t)))
}

/// A date from year, month name and day strings.
pub(crate) fn ymd(year: &str, month: &str, day: &str) -> Option<NaiveDate> {
    let y: i32 = year.parse().ok()?;
    let d: u32 = day.parse().ok()?;
    NaiveDate::from_ymd_opt(y, crate::time::month_num(month)?, d)
}

/// Other complete shapes, through `dateparser` with UTC and a fixed
/// midnight: only when the value holds a year and a day (a month name and
/// two numbers, or three numbers), since `dateparser` fills missing parts
/// from the clock.
fn fallback(s: &str) -> Option<Published> {
    if !HAS_YEAR.is_match(s) {
        return None;
    }
    let numbers = NUM_GROUPS.find_iter(s).count();
    let complete = if MONTH_NAME.is_match(s) {
        numbers >= 2
    } else {
        numbers >= 3
    };
    if !complete {
        return None;
    }
    let dt = dateparser::parse_with(s, &Utc, NaiveTime::MIN).ok()?;
    Some(Published {
        date: dt.date_naive(),
        timestamp: HAS_TIME.is_match(s).then_some(dt),
    })
}

static HEADER_DATE: LazyLock<Re> = regex!(format!(
    r"(?i)\b(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}|{WEEKDAY}(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|{WEEKDAY}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\.?,?\s+\d{{4}})\b"
));
static HEADER_CUE: LazyLock<Re> =
    regex!(r"(?i)^\s*(?:published|posted|updated|last updated|first published|date|dated)\b|[|·•]");

/// The publication date stated by a header line near the top of a text:
/// a byline with separators ("Andrei AKULOV | 22.03.2016 | FEATURED
/// STORY"), a line that starts with "Published", "Posted", "Updated",
/// "By ...", or a line that is only a date. Looks at the first eight
/// non-empty lines; prose sentences that mention a date do not count.
pub fn header_date(text: &str) -> Option<Published> {
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(8)
    {
        if line.chars().count() > 120 {
            continue;
        }
        let Some(m) = HEADER_DATE.find(line) else {
            continue;
        };
        let rest = line.len() - m.as_str().len();
        let only_date = rest <= 3;
        if only_date || HEADER_CUE.is_match(line) || byline(line, m.start(), m.end()) {
            if let Some(p) = parse_published(m.as_str()) {
                return Some(p);
            }
        }
    }
    None
}

/// "By Jane Roe, March 3, 2021" or "By Jane Roe - 3 March 2021": a short
/// "By ..." with the date right after a separator (not a prose "By the end
/// of March 3, 2021, ...").
fn byline(line: &str, start: usize, end: usize) -> bool {
    let head = line[..start].trim_end();
    let starts_by = line.get(..3).is_some_and(|b| b.eq_ignore_ascii_case("by "));
    starts_by
        && head.ends_with([',', '-', '–', '—'])
        && head.split_whitespace().count() <= 8
        && line[end..].trim().chars().count() <= 40
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> String {
        parse_published(s).map_or("none".into(), |p| p.date.to_string())
    }

    fn ts(s: &str) -> String {
        parse_published(s)
            .and_then(|p| p.timestamp)
            .map_or("none".into(), |t| t.to_rfc3339())
    }

    #[test]
    fn shapes_table() {
        let table = [
            ("2016-03-22", "2016-03-22", "none"),
            ("22.03.2016", "2016-03-22", "none"),
            ("1.3.2016", "2016-03-01", "none"),
            ("March 22, 2016", "2016-03-22", "none"),
            ("Mar. 22, 2016", "2016-03-22", "none"),
            ("Tuesday, March 22, 2016", "2016-03-22", "none"),
            ("22 March 2016", "2016-03-22", "none"),
            ("22nd of March, 2016", "2016-03-22", "none"),
            (
                "2016-03-22T10:00:00+03:00",
                "2016-03-22",
                "2016-03-22T07:00:00+00:00",
            ),
            (
                "2016-03-22T23:30:00Z",
                "2016-03-22",
                "2016-03-22T23:30:00+00:00",
            ),
            (
                "Tue, 22 Mar 2016 10:00:00 +0300",
                "2016-03-22",
                "2016-03-22T07:00:00+00:00",
            ),
            (
                "1987-03-01T21:42:38",
                "1987-03-01",
                "1987-03-01T21:42:38+00:00",
            ),
            (
                "2021-04-29 20:00:00-04:00",
                "2021-04-29",
                "2021-04-30T00:00:00+00:00",
            ),
            (
                "2021-01-24 15:22:37-05:00",
                "2021-01-24",
                "2021-01-24T20:22:37+00:00",
            ),
            (
                "26-FEB-1987 15:01:01.79",
                "1987-02-26",
                "1987-02-26T15:01:01.790+00:00",
            ),
            (
                " 2-JUN-1987 13:10:10.20",
                "1987-06-02",
                "1987-06-02T13:10:10.200+00:00",
            ),
            ("'2021-01-24'", "2021-01-24", "none"),
            ("03/22/2016", "2016-03-22", "none"),
            ("22/03/2016", "2016-03-22", "none"),
        ];
        for (input, date, stamp) in table {
            assert_eq!(d(input), date, "date of {input:?}");
            assert_eq!(ts(input), stamp, "timestamp of {input:?}");
        }
    }

    #[test]
    fn complete_shapes_go_through_dateparser() {
        assert_eq!(d("2016/03/22 10:30:00"), "2016-03-22");
        assert_eq!(ts("2016/03/22 10:30:00"), "2016-03-22T10:30:00+00:00");
        assert_eq!(d("2016-03-22 10:30:00.123 UTC"), "2016-03-22");
    }

    #[test]
    fn refuses_incomplete_and_nonsense() {
        for s in [
            "",
            "yesterday-ish",
            "March 22",
            "10:30",
            "2016",
            "2016-03",
            "31.02.2016",
            "2016-13-01",
            "soon",
        ] {
            assert_eq!(d(s), "none", "{s:?}");
        }
    }

    #[test]
    fn header_lines() {
        let t = "US State Secretary John Kerry to Visit Moscow\nAndrei AKULOV | 22.03.2016 | FEATURED STORY\n\nBody.";
        assert_eq!(header_date(t).unwrap().date.to_string(), "2016-03-22");
        let t = "Title\nPublished on March 3, 2021\n\nText.";
        assert_eq!(header_date(t).unwrap().date.to_string(), "2021-03-03");
        let t = "Title\nBy Jane Roe | March 3, 2021\nText.";
        assert_eq!(header_date(t).unwrap().date.to_string(), "2021-03-03");
        let t = "Title\n\n3 March 2021\n\nText.";
        assert_eq!(header_date(t).unwrap().date.to_string(), "2021-03-03");
        let t = "Title\nBy Jane Roe, October 31, 2021\nText.";
        assert_eq!(header_date(t).unwrap().date.to_string(), "2021-10-31");
        let t = "Title\nBy the end of March 3, 2021, the talks had failed.\n";
        assert!(header_date(t).is_none());
        // A date in a prose sentence is not a header.
        let t = "Title\nOn May 12, 2015, Kerry arrived in Sochi.\n";
        assert!(header_date(t).is_none());
    }
}

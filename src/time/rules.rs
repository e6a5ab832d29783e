//! The recognition rules: each is one regex compiled once in
//! [`Rules::new`], with a parser that turns a match into an [`Expr`] (what
//! was said, not yet resolved against any date), or rejects it after
//! looking at the surrounding text ("2254" in "Resolution 2254", "31%").

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Captures;

use crate::re::{Re, ReSet};

use super::lexicon::{self as lx, Unit};

/// Which part of a period an expression names ("early 2015", "late September").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Whole,
    Early,
    Mid,
    Late,
}

/// A recognized expression, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    /// A day or a range of days; `y` None when the year is left to the narrative.
    Days {
        y: Option<i32>,
        m1: u32,
        d1: u32,
        m2: u32,
        d2: u32,
    },
    /// A month or a range of months.
    Months {
        y: Option<i32>,
        m1: u32,
        m2: u32,
        part: Part,
    },
    /// A month relative to the DCT: "last March" (-1), "next May" (+1).
    RelMonth {
        m: u32,
        off: i32,
    },
    Year {
        y: i32,
        part: Part,
    },
    /// A decade by its first three digits (199 for the 1990s).
    Decade {
        d: i32,
        part: Part,
    },
    /// A century by its first two digits (19 for the 20th century).
    Century {
        c: i32,
    },
    /// A season; `off` -1 "last", +1 "next", -2 "this past" (the latest one over).
    Season {
        y: Option<i32>,
        off: i32,
        s: u32,
        part: Part,
    },
    Quarter {
        y: Option<i32>,
        off: i32,
        q: Option<u32>,
    },
    /// "the week of March 6": the ISO week holding that day.
    WeekOf {
        y: Option<i32>,
        m: u32,
        d: u32,
    },
    /// "the first week of December" (n 1), "the last week of May" (n 5):
    /// that week of the month's days (1-7, 8-14, 15-21, 22-28, the last 7).
    WeekOfMonth {
        y: Option<i32>,
        m: u32,
        n: u32,
    },
    /// "the first half of 1997" (h 1), "the second half of this year" (h 2).
    Half {
        y: Option<i32>,
        off: i32,
        h: u32,
    },
    Weekday {
        w: u32,
        off: i32,
        part: Option<&'static str>,
    },
    /// "June last year" (-1), "January this year" (0).
    MonthOfYear {
        m: u32,
        off: i32,
    },
    /// today (0), yesterday (-1), tomorrow (+1); with a part of day for TIME.
    DayRel {
        off: i64,
        part: Option<&'static str>,
    },
    /// "last week", "this year", "next month" (DATE).
    UnitRel {
        off: i32,
        unit: Unit,
        part: Part,
        weekend: bool,
    },
    /// A unit anchored on the narrative's last date: "that year" (0), "the
    /// following month" (+1), "the previous day" (-1).
    Anaphor {
        unit: Unit,
        off: i32,
        /// "the next morning": a TIME on that day (`...TMO`).
        part: Option<&'static str>,
    },
    /// "two days later", "a week earlier": TIMEX3 reads the length
    /// (`P2D`, a DURATION), but the narrative's last date shifted by it
    /// is the day meant, so it carries that day as its interval.
    Later {
        n: Option<f64>,
        unit: Unit,
        sign: i32,
    },
    /// "the past year", "the next month": TIMEX3 gives the calendar unit
    /// before or after the DCT's (`2015`), but what is meant is the span
    /// up to or from the DCT, so there is no calendar interval.
    Rolling {
        off: i32,
        unit: Unit,
    },
    /// The end of the DCT's year ("year-end").
    YearEnd,
    /// "two years ago" (sign -1), "in two weeks from now" (+1).
    Ago {
        n: Option<f64>,
        unit: Unit,
        sign: i32,
    },
    Duration {
        n: Option<f64>,
        unit: Unit,
    },
    Set(String),
    Ref(&'static str),
    /// A holiday ("Christmas", "Thanksgiving Day"), optionally with a year
    /// or "last"/"next".
    Holiday {
        h: Holiday,
        y: Option<i32>,
        off: i32,
    },
    /// "(met ministers) in the afternoon": a part of the day the sentence
    /// (or the one before) names, else of the DCT (TIME, `...TAF`).
    DayPart {
        part: &'static str,
    },
    /// A clock time; with an explicit date when written with one.
    Time {
        date: Option<(i32, u32, u32)>,
        h: u32,
        mi: u32,
        s: Option<u32>,
        day: DayRef,
    },
}

/// Holidays with a computable date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// A fixed month and day.
    Fixed(u32, u32),
    /// The nth (1-based; 5 = last) weekday (1 = Monday) of a month.
    Nth(u32, u32, u32),
    /// The Tuesday after the first Monday of November.
    ElectionDay,
    Easter,
}

fn holiday(s: &str) -> Option<Holiday> {
    let l = s.to_ascii_lowercase();
    let l = l.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match l.as_str() {
        "christmas" | "christmas day" => Holiday::Fixed(12, 25),
        "christmas eve" => Holiday::Fixed(12, 24),
        "new year's day" => Holiday::Fixed(1, 1),
        "new year's eve" => Holiday::Fixed(12, 31),
        "independence day" => Holiday::Fixed(7, 4),
        "veterans day" => Holiday::Fixed(11, 11),
        "valentine's day" => Holiday::Fixed(2, 14),
        "halloween" => Holiday::Fixed(10, 31),
        "thanksgiving" | "thanksgiving day" => Holiday::Nth(11, 4, 4),
        "labor day" => Holiday::Nth(9, 1, 1),
        "memorial day" => Holiday::Nth(5, 1, 5),
        "election day" => Holiday::ElectionDay,
        "easter" | "easter sunday" => Holiday::Easter,
        _ => return None,
    })
}

fn p_holiday(c: &Captures, _t: &str) -> Option<Expr> {
    let h = holiday(g(c, "h")?)?;
    let y: Option<i32> = match g(c, "y") {
        Some(v) => Some(v.parse().ok()?),
        None => None,
    };
    Some(Expr::Holiday {
        h,
        y,
        off: rel_off(g(c, "rel")),
    })
}

/// The day a clock time is on, when written beside it ("9 a.m. Tuesday").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayRef {
    Dct,
    Weekday(u32),
    Offset(i64),
    /// "5 p.m. EST Nov. 9": a month and day, the year from the narrative.
    MonthDay(u32, u32),
}

/// A candidate: a span (byte offsets) and its expression.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub begin: usize,
    pub end: usize,
    pub expr: Expr,
    pub rule: usize,
}

type Parse = fn(&Captures, &str) -> Option<Expr>;

/// The compiled rules.
#[derive(Debug)]
pub(crate) struct Rules {
    rules: Vec<(Re, Parse)>,
    /// The same patterns in [`GATES`] sets, each tried once on a text: a
    /// rule whose set says it does not match skips its own pass.
    gates: Vec<(ReSet, Vec<usize>)>,
}

/// Gate sets: one pass over a set costs about one rule's pass, and most
/// rules match nothing in most news stories. The rules but [`UNGATED`] in
/// two sets of 21 and 20: 1.27 -> 1.06 billion instructions of the tagger
/// on four Reuters files (callgrind) against three sets of at most 20 of
/// all the rules. The cost of a set depends on which rules share it (its
/// lazy DFA's states): one set of all 43 rules took three times as long,
/// two sets of 22 and 21 of all rules 1.19, of 23 and 20 1.09.
const GATES: usize = 2;

/// The rules that match in nearly every story, run without a gate: the
/// month-day rule (19 326 of 21 549 Reuters stories) and the month rule
/// (18 488; "may" is a month to the regex).
const UNGATED: [usize; 2] = [5, 8];

/// The lazy DFA cache of each gate set (the default is 2 MiB).
const GATE_CACHE: usize = 16 << 20;

/// The lazy DFA cache of each rule: the month rules' (Unicode case
/// folding of many alternatives) outgrow the default 2 MiB.
const RULE_CACHE: usize = 8 << 20;

fn g<'t>(c: &Captures<'t>, name: &str) -> Option<&'t str> {
    c.name(name).map(|m| m.as_str())
}

fn has(c: &Captures, name: &str) -> bool {
    c.name(name).is_some()
}

fn part_of(s: Option<&str>) -> Part {
    match s.map(|s| s.to_ascii_lowercase()) {
        None => Part::Whole,
        Some(s) => {
            if s.starts_with("early") || s.contains("beginning") || s.contains("start") {
                Part::Early
            } else if s.starts_with("mid") || s.contains("middle") {
                Part::Mid
            } else if s.starts_with("late") || s.contains("end") {
                Part::Late
            } else {
                Part::Whole
            }
        }
    }
}

/// How far the rules look around a match.
const WINDOW: usize = 48;

/// The text right after a match (a window of it).
fn after<'t>(c: &Captures, text: &'t str) -> &'t str {
    let e = c.get(0).map_or(text.len(), |m| m.end());
    let stop = crate::text::floor_boundary(text, e + WINDOW);
    text.get(e..stop).unwrap_or("")
}

/// The text right before a match (a window of it).
fn before<'t>(c: &Captures, text: &'t str) -> &'t str {
    let b = c.get(0).map_or(0, |m| m.start());
    let start = crate::text::ceil_boundary(text, b.saturating_sub(WINDOW));
    text.get(start..b).unwrap_or("")
}

/// The word before a match, lower-cased, without trailing space.
fn prev_word(c: &Captures, text: &str) -> String {
    let b = before(c, text).trim_end();
    b.rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// True when a number-like match continues as a number, a percentage,
/// a clock time or money ("31%", "2,254", "12:30").
fn numeric_continuation(c: &Captures, text: &str) -> bool {
    let a = after(c, text);
    let mut it = a.chars();
    match (it.next(), it.next()) {
        (Some('%'), _) => true,
        (Some(ch), _) if ch.is_ascii_digit() => true,
        (Some(',' | '.' | ':' | '/'), Some(d)) if d.is_ascii_digit() => true,
        (Some('-'), Some(d)) if d.is_ascii_digit() => false,
        _ => {
            let l = a.trim_start().to_ascii_lowercase();
            l.starts_with("percent")
                || l.starts_with("per cent")
                || l.starts_with("million")
                || l.starts_with("billion")
        }
    }
}

fn numeric_prefix(c: &Captures, text: &str) -> bool {
    let b = before(c, text);
    let mut it = b.chars().rev();
    match (it.next(), it.next()) {
        (Some('$' | '#' | '£' | '€'), _) => true,
        (Some(ch), _) if ch.is_ascii_digit() => true,
        (Some(',' | '.' | '/' | ':' | '-'), Some(d)) if d.is_ascii_digit() => true,
        _ => false,
    }
}

const NOT_YEAR_BEFORE: &[&str] = &[
    "resolution",
    "no.",
    "no",
    "number",
    "nos.",
    "flight",
    "route",
    "article",
    "room",
    "page",
    "pages",
    "section",
    "chapter",
    "model",
    "highway",
    "us$",
    "$",
    "rs",
    "item",
    "code",
    "suite",
    "box",
    "zip",
    "a",
    "g-",
    "boeing",
    "airbus",
    "paragraph",
    "sc",
    "unscr",
    "order",
    "decree",
    "law",
    "bill",
    "h.r.",
    "s.",
];

fn ymd_ok(y: i32, m: u32, d: u32) -> bool {
    chrono::NaiveDate::from_ymd_opt(y, m, d).is_some()
}

fn two_digit_year(s: &str) -> Option<i32> {
    let v: i32 = s.parse().ok()?;
    Some(if s.len() == 2 {
        if v >= 50 {
            1900 + v
        } else {
            2000 + v
        }
    } else {
        v
    })
}

fn p_iso(c: &Captures, t: &str) -> Option<Expr> {
    if numeric_prefix(c, t) {
        return None;
    }
    let y: i32 = g(c, "y")?.parse().ok()?;
    let m: u32 = g(c, "m")?.parse().ok()?;
    let d: u32 = g(c, "d")?.parse().ok()?;
    day_or_time(c, y, m, d)
}

/// A numeric date (`2016-03-22`, `22.03.2016`), with its time of day when
/// the pattern caught one (`H`, `M`, `S` groups).
fn day_or_time(c: &Captures, y: i32, m: u32, d: u32) -> Option<Expr> {
    if !ymd_ok(y, m, d) {
        return None;
    }
    if let (Some(h), Some(mi)) = (g(c, "H"), g(c, "M")) {
        return Some(Expr::Time {
            date: Some((y, m, d)),
            h: h.parse().ok()?,
            mi: mi.parse().ok()?,
            s: g(c, "S").and_then(|s| s.parse().ok()),
            day: DayRef::Dct,
        });
    }
    Some(Expr::Days {
        y: Some(y),
        m1: m,
        d1: d,
        m2: m,
        d2: d,
    })
}

fn p_numeric(c: &Captures, t: &str, day_first: bool) -> Option<Expr> {
    if numeric_prefix(c, t) || numeric_continuation(c, t) {
        return None;
    }
    let a: u32 = g(c, "a")?.parse().ok()?;
    let b: u32 = g(c, "b")?.parse().ok()?;
    let y = two_digit_year(g(c, "y")?)?;
    let (m, d) = if day_first { (b, a) } else { (a, b) };
    day_or_time(c, y, m, d)
}

fn p_dot(c: &Captures, t: &str) -> Option<Expr> {
    p_numeric(c, t, true)
}

fn p_slash(c: &Captures, t: &str) -> Option<Expr> {
    p_numeric(c, t, false)
}

fn p_compact(c: &Captures, t: &str) -> Option<Expr> {
    if numeric_prefix(c, t) || numeric_continuation(c, t) {
        return None;
    }
    let y: i32 = g(c, "y")?.parse().ok()?;
    let m: u32 = g(c, "m")?.parse().ok()?;
    let d: u32 = g(c, "d")?.parse().ok()?;
    ymd_ok(y, m, d).then_some(Expr::Days {
        y: Some(y),
        m1: m,
        d1: d,
        m2: m,
        d2: d,
    })
}

fn days_expr(c: &Captures, t: &str) -> Option<Expr> {
    if numeric_prefix(c, t) || numeric_continuation(c, t) {
        return None;
    }
    let y: Option<i32> = match g(c, "y") {
        Some(s) => Some(s.parse().ok()?),
        None => None,
    };
    let m1 = lx::month_num(g(c, "m1")?)?;
    let m2 = g(c, "m2").and_then(lx::month_num).unwrap_or(m1);
    let d1 = lx::day_num(g(c, "d1")?)?;
    let d2 = match g(c, "d2") {
        Some(s) => lx::day_num(s)?,
        None => d1,
    };
    let probe = y.unwrap_or(2000);
    if !ymd_ok(probe, m1, d1) || !ymd_ok(probe, m2, d2) || (m1, d1) > (m2, d2) {
        return None;
    }
    // "May 5" needs its capital: the regex is case-sensitive for months,
    // but a sentence-initial modal "May 5 people" is rare enough to accept.
    Some(Expr::Days { y, m1, d1, m2, d2 })
}

fn p_md(c: &Captures, t: &str) -> Option<Expr> {
    days_expr(c, t)
}

fn p_dm(c: &Captures, t: &str) -> Option<Expr> {
    // "16 June": m1 is the optional first month of "30 March - 2 April".
    let y: Option<i32> = match g(c, "y") {
        Some(s) => Some(s.parse().ok()?),
        None => None,
    };
    if numeric_prefix(c, t) {
        return None;
    }
    let m2 = lx::month_num(g(c, "m2")?)?;
    let m1 = g(c, "m1").and_then(lx::month_num).unwrap_or(m2);
    let d1 = lx::day_num(g(c, "d1")?)?;
    let d2 = match g(c, "d2") {
        Some(s) => lx::day_num(s)?,
        None => d1,
    };
    let probe = y.unwrap_or(2000);
    if !ymd_ok(probe, m1, d1) || !ymd_ok(probe, m2, d2) || (m1, d1) > (m2, d2) {
        return None;
    }
    if !has(c, "y") && numeric_continuation(c, t) {
        return None;
    }
    Some(Expr::Days { y, m1, d1, m2, d2 })
}

/// Ordinal words for the days of a month ("the June first session").
const ORDINAL_DAYS: [&str; 31] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
];

/// A day of a month written in words, as a cardinal ("six", "twenty
/// one") or an ordinal ("sixth", "twenty-first").
fn day_in_words(s: &str) -> Option<u32> {
    let l = s.to_ascii_lowercase().replace(char::is_whitespace, "-");
    if let Some(i) = ORDINAL_DAYS.iter().position(|w| *w == l) {
        return u32::try_from(i + 1).ok();
    }
    let n = lx::number(&l)?;
    (n.fract() == 0.0 && (1.0..=31.0).contains(&n)).then_some(n as u32)
}

/// "the May six meeting", "the June first session": a month and a day in
/// words between a determiner and a gathering (wire copy spells small
/// days out; without the gathering, "May six countries" is no date).
fn p_md_words(c: &Captures, t: &str) -> Option<Expr> {
    let m1 = lx::month_num(g(c, "m1")?)?;
    let d1 = day_in_words(g(c, "dw")?)?;
    if !ymd_ok(2000, m1, d1) || numeric_continuation(c, t) {
        return None;
    }
    Some(Expr::Days {
        y: None,
        m1,
        d1,
        m2: m1,
        d2: d1,
    })
}

fn p_my(c: &Captures, t: &str) -> Option<Expr> {
    if numeric_continuation(c, t) {
        return None;
    }
    let y: i32 = g(c, "y")?.parse().ok()?;
    let m1 = lx::month_num(g(c, "m")?)?;
    let m2 = g(c, "m2").and_then(lx::month_num).unwrap_or(m1);
    (m1 <= m2).then_some(Expr::Months {
        y: Some(y),
        m1,
        m2,
        part: part_of(g(c, "mod")),
    })
}

const MONTH_CUES: &[&str] = &[
    "in", "of", "since", "until", "till", "by", "from", "through", "during", "before", "after",
    "early", "late", "mid", "last", "next", "this", "and", "or", "to", "between", "for", "on",
    "that", "each", "every", "as",
];

/// Capitalized gatherings a month before them dates: "the June Summit".
const GATHERINGS: &[&str] = &[
    "Summit",
    "Conference",
    "Meeting",
    "Meetings",
    "Session",
    "Council",
    "Ministerial",
    "Forum",
    "Talks",
    "Visit",
    "Elections",
    "Election",
];

/// Qualifiers inside a gathering's capitalized name: "the June Economic
/// Summit", "the May Ministerial Meeting".
const GATHERING_QUALIFIERS: &[&str] = &[
    "Economic",
    "Ministerial",
    "Annual",
    "Western",
    "Leaders",
    "Special",
];

/// Prepositions that make a headline's "MAY" or "MARCH" a month.
const CAPS_MONTH_CUES: &[&str] = &[
    "in", "of", "since", "until", "till", "by", "from", "through", "during", "before", "after",
    "for", "on", "between", "to",
];

/// Event nouns of headlines: "LATE MAY HEARING", "EARLY MARCH TALKS".
const CAPS_EVENT_NOUNS: &[&str] = &[
    "HEARING",
    "HEARINGS",
    "TALKS",
    "MEETING",
    "MEETINGS",
    "VISIT",
    "SUMMIT",
    "TRIP",
    "SESSION",
    "VOTE",
    "ELECTION",
    "ELECTIONS",
    "CONFERENCE",
    "DEADLINE",
    "TOUR",
    "DEBATE",
    "AUCTION",
];

/// Whether what follows a capital "LATE MAY" or "EARLY MARCH" (after a
/// modifier but no preposition) makes it a month: the end of the line or
/// of a clause, or an event noun ("LATE MAY HEARING"); a verb after it
/// keeps the modal ("RAIN LATE MAY HURT").
fn caps_month_ends(after: &str) -> bool {
    let a = after.trim_start_matches([' ', '\t']);
    if a.is_empty() || a.starts_with(['\n', '\r', ',', '.', ';', ':', ')', '-']) {
        return true;
    }
    let word = a
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    CAPS_EVENT_NOUNS.contains(&word)
}

fn p_month(c: &Captures, t: &str) -> Option<Expr> {
    let name = g(c, "m")?;
    let m = lx::month_num(name)?;
    let rel = g(c, "rel").map(|s| s.to_ascii_lowercase());
    let a = after(c, t);
    // "LATE MAY" in a headline: a month only after a preposition ("TALKS
    // SET FOR LATE MAY"); "RAIN LATE MAY HURT", "THIS MAY HELP" stay modals.
    if matches!(name, "MAY" | "MARCH")
        && !CAPS_MONTH_CUES.contains(&prev_word(c, t).as_str())
        && !(rel.is_some() && caps_month_ends(a))
    {
        return None;
    }
    // "March 5" etc. are other rules; a bare month followed by a digit is not a month here.
    if a.starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    match rel.as_deref() {
        Some("last") | Some("next") | Some("this") => {
            let off = match rel.as_deref() {
                Some("last") => -1,
                Some("next") => 1,
                _ => 0,
            };
            Some(Expr::RelMonth { m, off })
        }
        Some(_) => Some(Expr::Months {
            y: None,
            m1: m,
            m2: m,
            part: part_of(rel.as_deref()),
        }),
        None => {
            // The modal "May", "March" the verb or a name: require a cue word.
            let pw = prev_word(c, t);
            let next_is_name =
                a.starts_with(' ') && a[1..].starts_with(|ch: char| ch.is_uppercase());
            // "the June Summit of the Americas", "the May Council meeting",
            // "the June Economic Summit": the month of a named gathering
            // (one qualifier of its name may stand between them).
            let gathering = pw == "the"
                && a.strip_prefix(' ').is_some_and(|r| {
                    let mut words = r.split(|ch: char| !ch.is_alphabetic());
                    let next = words.next();
                    next.is_some_and(|w| {
                        GATHERINGS.contains(&w)
                            || (GATHERING_QUALIFIERS.contains(&w)
                                && r.as_bytes().get(w.len()) == Some(&b' ')
                                && words.next().is_some_and(|w2| GATHERINGS.contains(&w2)))
                    })
                });
            let cue = MONTH_CUES.contains(&pw.as_str()) || gathering;
            if (m == 5 || m == 3 || m == 8) && !cue {
                return None;
            }
            if next_is_name && !cue {
                return None;
            }
            Some(Expr::Months {
                y: None,
                m1: m,
                m2: m,
                part: Part::Whole,
            })
        }
    }
}

/// Words before a lower-case month that make it one: prepositions only.
const LOWER_MONTH_CUES: &[&str] = &[
    "in", "of", "since", "until", "till", "by", "from", "through", "during", "before", "after",
    "for", "on", "between",
];

/// Words after a bare lower-case "march" or "august" that leave it a month
/// ("in march and april", "by march of next year"); any other word makes
/// it the verb or the adjective ("plans of march rose").
const LOWER_MONTH_NEXT: &[&str] = &["and", "or", "to", "of", "this", "last", "next"];

/// A month written in lower case ("in march", "since january 1986", "on
/// july 28", "from april 29-30"): only after a preposition (before it or
/// before its "early", "late", "mid"), or after "and"/"to" with a day or
/// year of its own. "may" is never read. "march" (the verb) and "august"
/// (the adjective) as a bare month need a day or year, a stop or one of
/// [`LOWER_MONTH_NEXT`] after them.
fn p_lower_month(c: &Captures, t: &str) -> Option<Expr> {
    let m = lx::month_num(g(c, "m")?)?;
    // The second month of a range ("between july 1984 and january 1985")
    // may follow "and" or "to" when it has its own day or year.
    let pw = prev_word(c, t);
    let dated = has(c, "d") || has(c, "y");
    let cued =
        LOWER_MONTH_CUES.contains(&pw.as_str()) || (dated && matches!(pw.as_str(), "and" | "to"));
    if !cued {
        return None;
    }
    let y: Option<i32> = match g(c, "y") {
        Some(s) => Some(s.parse().ok()?),
        None => None,
    };
    if let Some(dd) = g(c, "d") {
        if has(c, "rel") || numeric_continuation(c, t) {
            return None;
        }
        let d1 = lx::day_num(dd)?;
        let d2 = match g(c, "d2") {
            Some(s) => lx::day_num(s)?,
            None => d1,
        };
        let probe = y.unwrap_or(2000);
        if !ymd_ok(probe, m, d1) || !ymd_ok(probe, m, d2) || d1 > d2 {
            return None;
        }
        return Some(Expr::Days {
            y,
            m1: m,
            d1,
            m2: m,
            d2,
        });
    }
    let a = after(c, t);
    if a.starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    if (m == 3 || m == 8) && y.is_none() {
        let rest = a.trim_start();
        let next: String = rest.chars().take_while(|ch| ch.is_alphabetic()).collect();
        let stop = rest.is_empty() || rest.starts_with([',', '.', ';', ':', ')', '"', '\'']);
        if !stop && !LOWER_MONTH_NEXT.contains(&next.as_str()) {
            return None;
        }
    }
    Some(Expr::Months {
        y,
        m1: m,
        m2: m,
        part: part_of(g(c, "rel")),
    })
}

fn p_year(c: &Captures, t: &str) -> Option<Expr> {
    if numeric_prefix(c, t) || numeric_continuation(c, t) {
        return None;
    }
    let pw = prev_word(c, t);
    if !has(c, "mod") && !has(c, "fis") && NOT_YEAR_BEFORE.contains(&pw.as_str()) {
        return None;
    }
    let a = after(c, t).trim_start().to_ascii_lowercase();
    for w in [
        "people",
        "troops",
        "soldiers",
        "tons",
        "tonnes",
        "barrels",
        "shares",
        "dollars",
        "men",
        "women",
        "units",
        "cars",
        "feet",
        "meters",
        "metres",
        "miles",
        "kilometers",
        "km",
        "votes",
        "workers",
        "students",
        "times",
        "jobs",
        "acres",
        "refugees",
        "hours",
        "pounds",
        // A clock time: "1115 est/1615 gmt".
        "gmt",
        "est",
        "edt",
        "cst",
        "cdt",
        "pst",
        "pdt",
        "bst",
        "hrs",
    ] {
        if a.starts_with(w)
            && a[w.len()..]
                .chars()
                .next()
                .is_none_or(|ch| !ch.is_alphanumeric())
        {
            return None;
        }
    }
    let y: i32 = g(c, "y")?.parse().ok()?;
    Some(Expr::Year {
        y,
        part: part_of(g(c, "mod")),
    })
}

fn p_decade(c: &Captures, _t: &str) -> Option<Expr> {
    let part = part_of(g(c, "mod").or(g(c, "mod2")));
    if let Some(d) = g(c, "d") {
        return Some(Expr::Decade {
            d: d.parse().ok()?,
            part,
        });
    }
    let yy: i32 = g(c, "yy")?.parse().ok()?;
    Some(Expr::Decade {
        d: if yy >= 3 { 190 + yy } else { 200 + yy },
        part,
    })
}

fn p_century(c: &Captures, _t: &str) -> Option<Expr> {
    let n: i32 = g(c, "n")?.parse().ok()?;
    (1..=21).contains(&n).then_some(Expr::Century { c: n - 1 })
}

fn season_num(s: &str) -> Option<u32> {
    Some(match s.to_ascii_lowercase().as_str() {
        "spring" => 1,
        "summer" => 2,
        "autumn" | "fall" => 3,
        "winter" => 4,
        _ => return None,
    })
}

fn rel_off(s: Option<&str>) -> i32 {
    match s.map(|s| s.to_ascii_lowercase()) {
        Some(s) if s.contains("last") || s.contains("past") || s.contains("previous") => -1,
        Some(s) if s.contains("next") || s.contains("coming") || s.contains("following") => 1,
        _ => 0,
    }
}

/// A season word that opens a name, not a time: "the Winter Olympics",
/// "the Summer Games", "the Winter Palace" (round 18: "travelled to Beijing
/// for the opening of the Winter Olympics" is no winter to come).
static SEASON_NAME: LazyLock<Re> = regex!(
    r"(?i)^\s+(?:Olympics?|Olympiad|Games|Paralympics?|Paralympic\s+Games|Universiade|Palace)\b"
);

fn p_season(c: &Captures, t: &str) -> Option<Expr> {
    if SEASON_NAME.is_match(after(c, t)) {
        return None;
    }
    let s = season_num(g(c, "s")?)?;
    let y: Option<i32> = match g(c, "y") {
        Some(v) => Some(v.parse().ok()?),
        None => None,
    };
    let rel = g(c, "rel");
    if s == 3
        && g(c, "s").is_some_and(|x| x.eq_ignore_ascii_case("fall"))
        && rel.is_none()
        && y.is_none()
    {
        let pw = prev_word(c, t);
        if ![
            "in", "this", "last", "next", "early", "late", "the", "by", "until", "since", "during",
        ]
        .contains(&pw.as_str())
        {
            return None;
        }
    }
    let off = match rel.map(|r| r.to_ascii_lowercase()) {
        Some(r) if r.starts_with("this") && r.ends_with("past") => -2,
        _ => rel_off(rel),
    };
    Some(Expr::Season {
        y,
        off,
        s,
        part: part_of(g(c, "mod")),
    })
}

fn p_quarter(c: &Captures, _t: &str) -> Option<Expr> {
    let q = match g(c, "q").map(|s| s.to_ascii_lowercase()) {
        Some(s) if s.starts_with("first") || s.starts_with("1") => Some(1),
        Some(s) if s.starts_with("second") || s.starts_with("2") => Some(2),
        Some(s) if s.starts_with("third") || s.starts_with("3") => Some(3),
        Some(s) if s.starts_with("fourth") || s.starts_with("4") => Some(4),
        _ => None,
    };
    let y: Option<i32> = match g(c, "y").or(g(c, "y0")) {
        Some(v) => Some(v.parse().ok()?),
        None => None,
    };
    let rel = g(c, "rel")
        .map(|s| s.to_ascii_lowercase())
        .unwrap_or_default();
    let off = if rel.contains("year-") || rel.starts_with("last") || rel == "previous" {
        -1
    } else if rel.starts_with("next") {
        1
    } else {
        0
    };
    // "the first quarter of next year": that quarter in the next year
    let off = match g(c, "yrel").map(|s| s.to_ascii_lowercase()).as_deref() {
        Some("last") => -1,
        Some("next") => 1,
        _ => off,
    };
    Some(Expr::Quarter { y, off, q })
}

fn p_week_of(c: &Captures, _t: &str) -> Option<Expr> {
    let m = lx::month_num(g(c, "m")?)?;
    let d = lx::day_num(g(c, "d")?)?;
    let y: Option<i32> = match g(c, "y") {
        Some(v) => Some(v.parse().ok()?),
        None => None,
    };
    if !ymd_ok(y.unwrap_or(2000), m, d) {
        return None;
    }
    Some(Expr::WeekOf { y, m, d })
}

fn p_week_of_month(c: &Captures, _t: &str) -> Option<Expr> {
    let m = lx::month_num(g(c, "m")?)?;
    let n = match g(c, "n")?.to_ascii_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        "last" | "final" => 5,
        _ => return None,
    };
    let y: Option<i32> = match g(c, "y") {
        Some(v) => Some(v.parse().ok()?),
        None => None,
    };
    Some(Expr::WeekOfMonth { y, m, n })
}

fn p_half(c: &Captures, _t: &str) -> Option<Expr> {
    let h = if g(c, "h")?.eq_ignore_ascii_case("first") {
        1
    } else {
        2
    };
    let y: Option<i32> = match g(c, "y") {
        Some(v) => Some(v.parse().ok()?),
        None => None,
    };
    let off = match g(c, "rel").map(|s| s.to_ascii_lowercase()).as_deref() {
        Some("last") => -1,
        Some("next") => 1,
        _ => 0,
    };
    Some(Expr::Half { y, off, h })
}

fn p_unitrel(c: &Captures, _t: &str) -> Option<Expr> {
    let rel = g(c, "rel")?.to_ascii_lowercase();
    let rel = rel.split_whitespace().collect::<Vec<_>>().join(" ");
    let u = g(c, "u")?;
    let part = part_of(g(c, "mod"));
    if let Some(w) =
        lx::weekday_num(u).filter(|_| u.chars().next().is_some_and(|ch| ch.is_uppercase()))
    {
        let off = match rel.as_str() {
            "last" | "this past" | "past" | "previous" | "the past" | "the last"
            | "the previous" => -1,
            "next" | "coming" | "the coming" | "the next" | "the following" => 1,
            _ => 0,
        };
        return Some(Expr::Weekday { w, off, part: None });
    }
    let weekend = u.eq_ignore_ascii_case("weekend");
    let unit = if weekend { Unit::Week } else { lx::unit(u)? };
    // "past year", "coming month": a duration of one unit. With the
    // article, TimeBank reads the period itself: "the past year" is the
    // year before the DCT's, "the next year" the one after.
    if matches!(rel.as_str(), "past" | "coming") && !weekend && part == Part::Whole {
        return Some(Expr::Duration { n: Some(1.0), unit });
    }
    // "the following year", "the previous month", "the same day": the
    // narrative's time, not the DCT's.
    let anaphoric = match rel.as_str() {
        "the following" => Some(1),
        "the previous" => Some(-1),
        "the same" => Some(0),
        _ => None,
    };
    if let Some(off) = anaphoric.filter(|_| !weekend && part == Part::Whole) {
        if matches!(
            unit,
            Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year
        ) {
            return Some(Expr::Anaphor {
                unit,
                off,
                part: None,
            });
        }
    }
    let off = match rel.as_str() {
        "last" | "previous" | "the previous" | "this past" => -1,
        "next" | "the following" => 1,
        "the past" | "the last" | "past" => -1,
        "the next" | "the coming" | "coming" => 1,
        _ => 0,
    };
    if matches!(
        rel.as_str(),
        "the past" | "the last" | "the next" | "the coming"
    ) && !weekend
        && part == Part::Whole
    {
        return Some(Expr::Rolling { off, unit });
    }
    Some(Expr::UnitRel {
        off,
        unit,
        part,
        weekend,
    })
}

fn day_part(s: Option<&str>) -> Option<&'static str> {
    Some(match s?.to_ascii_lowercase().as_str() {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => return None,
    })
}

/// "in the afternoon", "in the evening": the part of the day (the timex
/// is "the afternoon", as TimeML tags "the morning"); not "4 in the
/// morning", a clock time.
fn p_in_the_part(c: &Captures, t: &str) -> Option<Expr> {
    let part = day_part(g(c, "p"))?;
    let b = before(c, t).trim_end();
    if b.ends_with(|ch: char| ch.is_ascii_digit()) || b.ends_with("o'clock") {
        return None;
    }
    Some(Expr::DayPart { part })
}

fn p_weekday(c: &Captures, _t: &str) -> Option<Expr> {
    let w = lx::weekday_num(g(c, "w")?)?;
    // "Friday night" is a TIME on that day (TIMEX3 `...TNI`); "Tuesday
    // nights" recurs, a SET.
    let part = day_part(g(c, "p"));
    if part.is_some() && c.get(0).is_some_and(|m| m.as_str().ends_with('s')) {
        return Some(Expr::Set(format!("XXXX-WXX-{w}T{}", part?)));
    }
    Some(Expr::Weekday { w, off: 0, part })
}

/// "that year", "later that day", "that same month".
fn p_anaphor(c: &Captures, _t: &str) -> Option<Expr> {
    let unit = lx::unit(g(c, "u")?)?;
    Some(Expr::Anaphor {
        unit,
        off: 0,
        part: None,
    })
}

/// "the next day", "the following morning", "the previous evening": the
/// narrative's last day, shifted by one.
fn p_next_day(c: &Captures, _t: &str) -> Option<Expr> {
    let rel = g(c, "rel")?.to_ascii_lowercase();
    let off = if rel == "next" || rel == "following" {
        1
    } else {
        -1
    };
    Some(Expr::Anaphor {
        unit: Unit::Day,
        off,
        part: day_part(g(c, "p")),
    })
}

/// "the year" of business news: "for the year ended June 30" is a year
/// long (P1Y), "the full year" and "for the year," the current one.
fn p_the_year(c: &Captures, t: &str) -> Option<Expr> {
    let q = g(c, "q").map(|s| s.to_ascii_lowercase());
    if has(c, "tail") || q.as_deref() == Some("fiscal") {
        return Some(Expr::Duration {
            n: Some(1.0),
            unit: Unit::Year,
        });
    }
    let full = q.as_deref() == Some("full");
    let a = after(c, t);
    let pw = prev_word(c, t);
    let closed = a.starts_with([',', '.', ';']);
    if full || (closed && ["for", "in", "during", "throughout"].contains(&pw.as_str())) {
        return Some(Expr::UnitRel {
            off: 0,
            unit: Unit::Year,
            part: Part::Whole,
            weekend: false,
        });
    }
    None
}

/// "the 1988 period" of business news: the reported quarter of that year.
fn p_year_period(c: &Captures, _t: &str) -> Option<Expr> {
    Some(Expr::Quarter {
        y: Some(g(c, "y")?.parse().ok()?),
        off: 0,
        q: None,
    })
}

/// "the corresponding period last year", "the quarter a year ago": the
/// reported quarter, a year back.
fn p_period_year_ago(_c: &Captures, _t: &str) -> Option<Expr> {
    Some(Expr::UnitRel {
        off: -5,
        unit: Unit::Quarter,
        part: Part::Whole,
        weekend: false,
    })
}

/// "the end of the month": a part of the DCT's month (year, week, quarter).
fn p_part_of_the(c: &Captures, _t: &str) -> Option<Expr> {
    Some(Expr::UnitRel {
        off: 0,
        unit: lx::unit(g(c, "u")?)?,
        part: part_of(g(c, "mod")),
        weekend: false,
    })
}

fn p_year_end(_c: &Captures, _t: &str) -> Option<Expr> {
    Some(Expr::YearEnd)
}

fn p_month_rel_year(c: &Captures, _t: &str) -> Option<Expr> {
    let m = lx::month_num(g(c, "m")?)?;
    Some(Expr::MonthOfYear {
        m,
        off: rel_off(g(c, "rel")),
    })
}

fn p_the_quarter(c: &Captures, _t: &str) -> Option<Expr> {
    // Business news reports on the last completed quarter: "the quarter",
    // "the latest quarter"; "the year-ago quarter" is that one a year back.
    let rel = g(c, "rel")
        .map(|s| s.to_ascii_lowercase())
        .unwrap_or_default();
    let whole = c.get(0)?.as_str().to_ascii_lowercase();
    if whole.ends_with("period") && !rel.contains("year") && rel != "latest" {
        return None;
    }
    let off = if rel.contains("year") { -5 } else { -1 };
    Some(Expr::UnitRel {
        off,
        unit: Unit::Quarter,
        part: Part::Whole,
        weekend: false,
    })
}

/// "nineteen ninety-six" (broadcast transcripts spell years out).
fn p_spelled_year(c: &Captures, _t: &str) -> Option<Expr> {
    let a = if g(c, "a")?.eq_ignore_ascii_case("nineteen") {
        1900
    } else {
        1800
    };
    let b = g(c, "b")?;
    let b = if b.eq_ignore_ascii_case("hundred") {
        0.0
    } else {
        lx::number(b)?
    };
    Some(Expr::Year {
        y: a + b as i32,
        part: Part::Whole,
    })
}

fn p_year_ago(_c: &Captures, _t: &str) -> Option<Expr> {
    Some(Expr::Ago {
        n: Some(1.0),
        unit: Unit::Year,
        sign: -1,
    })
}

fn p_weekend(c: &Captures, _t: &str) -> Option<Expr> {
    let _ = c;
    Some(Expr::UnitRel {
        off: 0,
        unit: Unit::Week,
        part: Part::Whole,
        weekend: true,
    })
}

fn p_deictic(c: &Captures, _t: &str) -> Option<Expr> {
    let w = g(c, "w")?.to_ascii_lowercase();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    let p = g(c, "p").map(|s| s.to_ascii_lowercase());
    let part_code = |s: &str| -> Option<&'static str> {
        Some(match s {
            "morning" => "MO",
            "afternoon" => "AF",
            "evening" => "EV",
            "night" => "NI",
            _ => return None,
        })
    };
    let (off, part) = match w.as_str() {
        "today" => (0, None),
        "tonight" => (0, None),
        "yesterday" => (-1, None),
        "tomorrow" => (1, None),
        "the day before yesterday" => (-2, None),
        "the day after tomorrow" => (2, None),
        "last night" => (-1, Some("NI")),
        s if s.starts_with("this ") => (0, part_code(&s[5..])),
        _ => return None,
    };
    let part = match p.as_deref() {
        Some(x) => part_code(x).or(part),
        None => part,
    };
    Some(Expr::DayRel { off, part })
}

/// "mid-afternoon (yesterday)", "midday".
fn p_day_part(c: &Captures, _t: &str) -> Option<Expr> {
    let w = g(c, "w")?.to_ascii_lowercase();
    let off = match g(c, "d").map(|s| s.to_ascii_lowercase()).as_deref() {
        Some("yesterday") => -1,
        Some("tomorrow") => 1,
        _ => 0,
    };
    if w == "midday" {
        return Some(Expr::Time {
            date: None,
            h: 12,
            mi: 0,
            s: None,
            day: DayRef::Offset(off),
        });
    }
    let part = if w.ends_with("afternoon") { "AF" } else { "MO" };
    Some(Expr::DayRel {
        off,
        part: Some(part),
    })
}

fn p_ref(c: &Captures, t: &str) -> Option<Expr> {
    let r = g(c, "r")?.to_ascii_lowercase();
    let r = r.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(Expr::Ref(match r.as_str() {
        "now" => {
            let a = after(c, t).trim_start();
            if a.starts_with("that ") {
                return None;
            }
            "PRESENT_REF"
        }
        "current" => {
            // The adjective before a noun ("the current account"), not the
            // noun ("a strong current") nor "current year" (another rule).
            let a = after(c, t);
            if !a.starts_with(' ') || !a[1..].starts_with(|ch: char| ch.is_ascii_lowercase()) {
                return None;
            }
            "PRESENT_REF"
        }
        "currently" | "nowadays" | "at present" | "the present" | "these days"
        | "at the moment" => "PRESENT_REF",
        "recently" | "lately" | "the past" | "in the past" => "PAST_REF",
        "the future" | "in the future" => "FUTURE_REF",
        _ => return None,
    }))
}

fn p_ago(c: &Captures, _t: &str) -> Option<Expr> {
    let unit = lx::unit(g(c, "u")?)?;
    let n = lx::number(g(c, "n")?);
    let dir = g(c, "dir")?.to_ascii_lowercase();
    if dir.starts_with("ago") || (dir == "earlier" && unit == Unit::Year) {
        Some(Expr::Ago { n, unit, sign: -1 })
    } else if dir.contains("now") || dir == "hence" {
        Some(Expr::Ago { n, unit, sign: 1 })
    } else if matches!(unit, Unit::Day | Unit::Week) {
        let sign = if dir == "earlier" { -1 } else { 1 };
        Some(Expr::Later { n, unit, sign })
    } else {
        Some(Expr::Duration { n, unit })
    }
}

fn p_duration(c: &Captures, t: &str) -> Option<Expr> {
    if has(c, "old") || numeric_prefix(c, t) {
        return None;
    }
    let a = after(c, t);
    if a.starts_with("-old") || a.starts_with(" old") || a.starts_with("-olds") {
        return None;
    }
    let nt = g(c, "n")?;
    let u = g(c, "u")?;
    let unit = lx::unit(u)?;
    let n = lx::number(nt);
    let plural = u.ends_with('s') || u.ends_with("ies");
    if unit == Unit::Quarter && plural && c.get(0).is_some_and(|m| m.as_str().contains('-')) {
        return None;
    }
    let nl = nt.to_ascii_lowercase();
    if (nl == "a" || nl == "an") && plural {
        return None;
    }
    if (nl == "a" || nl == "an") && c.get(0).is_some_and(|m| m.as_str().len() <= 8) {
        // A rate ("four flights a week", "$2 million a year", "24 hours a
        // day") is no time; nor is the ordinal "a second" ("a second term").
        let pw = prev_word(c, t);
        let pw = pw.trim_end_matches(|ch: char| !ch.is_alphanumeric());
        let amount = pw.starts_with(|ch: char| ch.is_ascii_digit() || ch == '$')
            || [
                "million", "billion", "thousand", "hundred", "times", "once", "twice",
            ]
            .contains(&pw);
        let plural_noun = pw.len() > 3
            && pw.ends_with('s')
            && !pw.ends_with("ss")
            && ![
                "this", "was", "has", "its", "plus", "less", "thus", "perhaps",
            ]
            .contains(&pw);
        if amount || plural_noun {
            return None;
        }
        if unit == Unit::Second {
            let a = after(c, t).trim_start();
            if a.starts_with(|ch: char| ch.is_ascii_lowercase())
                && !["later", "ago", "earlier", "before", "after", "or", "and"]
                    .iter()
                    .any(|w| a.starts_with(w))
            {
                return None;
            }
        }
    }
    // "one day he will" is not a duration; "one day" after "in" or "for" is.
    if nl == "one"
        && unit == Unit::Day
        && !["for", "in", "within", "of", "a"].contains(&prev_word(c, t).as_str())
    {
        return None;
    }
    Some(Expr::Duration { n, unit })
}

/// "day-long", "decades-long", "a two-week-long", "a week long visit" (unhyphenated): a duration.
fn p_long(c: &Captures, _t: &str) -> Option<Expr> {
    let u = g(c, "u").or_else(|| g(c, "u2"))?;
    let unit = lx::unit(u)?;
    let n = match g(c, "n").or_else(|| g(c, "n2")) {
        Some(s) => lx::number(s),
        None if u.ends_with('s') => None,
        None => Some(1.0),
    };
    Some(Expr::Duration { n, unit })
}

fn p_vague(c: &Captures, _t: &str) -> Option<Expr> {
    let unit = lx::unit(g(c, "u")?)?;
    Some(Expr::Duration { n: None, unit })
}

fn p_set(c: &Captures, _t: &str) -> Option<Expr> {
    if let Some(adv) = g(c, "adv") {
        let v = match adv.to_ascii_lowercase().as_str() {
            "annually" | "yearly" => "P1Y",
            "daily" => "P1D",
            "weekly" => "P1W",
            "monthly" => "P1M",
            _ => return None,
        };
        return Some(Expr::Set(v.to_string()));
    }
    let u = g(c, "u")?;
    if let Some(w) = lx::weekday_num(u).filter(|_| u.starts_with(|ch: char| ch.is_uppercase())) {
        return Some(Expr::Set(format!("XXXX-WXX-{w}")));
    }
    if u.starts_with(|ch: char| ch.is_uppercase()) {
        if let Some(m) = lx::month_num(u) {
            return Some(Expr::Set(format!("XXXX-{m:02}")));
        }
    }
    let unit = lx::unit(u)?;
    let n = match g(c, "n") {
        Some(s) => lx::number(s),
        None => Some(1.0),
    };
    let v = super::resolve::duration_value(n, unit);
    Some(Expr::Set(v))
}

/// The weekday after a short aside: "10:35 a.m. (0735 GMT) Friday".
fn weekday_after_aside(a: &str) -> Option<u32> {
    let rest = a.trim_start().strip_prefix('(')?;
    let close = rest.get(..rest.len().min(30))?.find(')')?;
    let rest = rest.get(close + 1..)?.trim_start();
    let rest = rest.strip_prefix("on ").unwrap_or(rest);
    let word = rest.split(|ch: char| !ch.is_alphabetic()).next()?;
    let full = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    full.contains(&word)
        .then(|| lx::weekday_num(word))
        .flatten()
}

fn p_clock(c: &Captures, t: &str) -> Option<Expr> {
    let month_day = match (g(c, "mo").and_then(lx::month_num), g(c, "dd")) {
        (Some(m), Some(d)) => Some(DayRef::MonthDay(m, lx::day_num(d)?)),
        _ => None,
    };
    let day = if let Some(md) = month_day {
        md
    } else if let Some(w) = g(c, "wd").and_then(lx::weekday_num) {
        DayRef::Weekday(w)
    } else {
        match g(c, "dr").map(|s| s.to_ascii_lowercase()).as_deref() {
            Some("yesterday") => DayRef::Offset(-1),
            Some("tomorrow") => DayRef::Offset(1),
            _ => weekday_after_aside(after(c, t)).map_or(DayRef::Dct, DayRef::Weekday),
        }
    };
    if let Some(nm) = g(c, "nm") {
        let h = if nm.eq_ignore_ascii_case("noon") {
            12
        } else {
            24
        };
        return Some(Expr::Time {
            date: None,
            h,
            mi: 0,
            s: None,
            day,
        });
    }
    if numeric_prefix(c, t) {
        return None;
    }
    let mut h: u32 = g(c, "H")?.parse().ok()?;
    let mi: u32 = match g(c, "M") {
        Some(s) => s.parse().ok()?,
        None => 0,
    };
    let ap = g(c, "ap")
        .map(|s| s.to_ascii_lowercase())
        .unwrap_or_default();
    if ap.starts_with('p') && h < 12 {
        h += 12;
    } else if ap.starts_with('a') && h == 12 {
        h = 0;
    }
    (h <= 24 && mi < 60).then_some(Expr::Time {
        date: None,
        h,
        mi,
        s: None,
        day,
    })
}

fn p_hdr(c: &Captures, t: &str) -> Option<Expr> {
    if numeric_prefix(c, t) {
        return None;
    }
    let m: u32 = g(c, "m")?.parse().ok()?;
    let d: u32 = g(c, "d")?.parse().ok()?;
    let y = two_digit_year(g(c, "y")?)?;
    let h: u32 = g(c, "H")?.parse().ok()?;
    let mi: u32 = g(c, "M")?.parse().ok()?;
    (ymd_ok(y, m, d) && h < 24 && mi < 60).then_some(Expr::Time {
        date: Some((y, m, d)),
        h,
        mi,
        s: None,
        day: DayRef::Dct,
    })
}

/// The length of a leading "the " before a hyphenated adjective ("the
/// 30-day period", "the third-quarter loss"): TimeML leaves the article out
/// there, since it belongs to the noun the adjective modifies.
fn adjectival_the(m: &str) -> usize {
    let Some(head) = m.get(..4).filter(|h| h.eq_ignore_ascii_case("the ")) else {
        return 0;
    };
    let rest = m[head.len()..].trim_start();
    let hyphenated = !rest.contains(char::is_whitespace)
        && rest
            .rsplit_once('-')
            .is_some_and(|(n, u)| !n.is_empty() && lx::unit(u).is_some());
    if hyphenated {
        m.len() - rest.len()
    } else {
        0
    }
}

/// The length of a trailing " later" or " earlier" (with its space).
fn trailing_later(m: &str) -> usize {
    for w in ["later", "earlier"] {
        let cut = m.len().saturating_sub(w.len());
        if let (Some(head), Some(tail)) = (m.get(..cut), m.get(cut..)) {
            if cut > 0 && tail.eq_ignore_ascii_case(w) {
                return m.len() - head.trim_end().len();
            }
        }
    }
    0
}

impl Rules {
    pub(crate) fn new() -> Rules {
        let (m, mf, wd, day, y, unit, num) = (
            lx::MONTH,
            lx::MONTH_FULL,
            lx::WEEKDAY,
            lx::DAY,
            lx::YEAR,
            lx::UNIT,
            lx::NUM,
        );
        let modp = r"(?P<mod>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+start\s+of|end\s+of|beginning\s+of)";
        let dash = r"(?:-|–|—|to|through|until|till|and)";
        let gath = r"meetings?|summit|session|talks|conference|ministerial|council|vote|elections?|visit|deadline|accord|agreement|communique|statement|decision|auction|hearing|round";
        let src: Vec<(String, Parse)> = vec![
            (r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<H>\d\d):(?P<M>\d\d)(?::(?P<S>\d\d))?)?\b".into(), p_iso),
            (r"\b(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4})\b".into(), p_dot),
            (r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)\b(?:\s+(?P<H>\d\d?):(?P<M>\d\d)(?::(?P<S>\d\d))?)?".into(), p_slash),
            (r"\b(?P<m>\d\d)-(?P<d>\d\d)-(?P<y>\d\d)\s+(?P<H>\d\d)(?P<M>\d\d)(?:\s*(?:[ECMP][DS]T|GMT|UTC))?\b".into(), p_hdr),
            (r"\b(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\b".into(), p_compact),
            (format!(r"\b(?:{wd},?\s+)?(?P<m1>{m})\s*(?P<d1>{day})(?:\s*{dash}\s*(?:(?P<m2>{m})\s*)?(?P<d2>{day}))?\b(?:,?\s+(?P<y>{y})\b)?"), p_md),
            (format!(r"\b(?P<d1>{day})(?:\s+(?:of\s+)?(?P<m1>{m}))?(?:\s*{dash}\s*(?P<d2>{day}))?\s+(?:of\s+)?(?P<m2>{m})(?:,?\s+(?P<y>{y}))?\b"), p_dm),
            (format!(r"\b(?:{modp}[\s-]+)?(?P<m>{m})(?:\s*(?:-|–|to|through)\s*(?P<m2>{m}))?,?\s+(?:of\s+)?(?P<y>{y})\b"), p_my),
            (format!(r"\b(?:(?P<rel>last|next|this|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|end\s+of)[\s-]+)?(?P<m>{mf})\b"), p_month),
            (format!(r"\b(?:{modp}[\s-]+)?(?:(?P<fis>fiscal(?:\s+year)?|the\s+year|calendar(?:\s+year)?)\s+)?(?P<y>{y})\b"), p_year),
            (r"\b(?:(?P<mod>early|late|mid)[\s-]+)?(?:the\s+)?(?:(?P<mod2>early|late|mid)[\s-]+)?(?:(?P<d>(?:1[5-9]|20)\d)0(?:'s|s)\b|'(?P<yy>\d)0s\b)".into(), p_decade),
            (r"\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b".into(), p_century),
            (format!(r"\b(?:(?P<rel>last|this\s+past|this|next|past|coming|the)\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?P<s>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?P<y>{y})\b)?"), p_season),
            (format!(r"\b(?:the\s+)?(?:(?P<y0>{y})\s+)?(?:(?P<rel>last|this|next|latest|current|same|year-earlier|year-ago|previous|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:fiscal[\s-]+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter\b(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<y>{y})\b|\s+of\s+(?P<yrel>last|next)\s+year\b)?"), p_quarter),
            (format!(r"\bthe\s+week\s+of\s+(?P<m>{m})\s*(?P<d>{day})\b(?:,?\s+(?P<y>{y})\b)?"), p_week_of),
            (format!(r"\b(?:the\s+)?(?P<h>first|second|last|latter)[\s-]+half\s+of\s+(?:(?P<y>{y})\b|(?P<rel>this|last|next|the)\s+year\b)"), p_half),
            (format!(r"\b(?:{modp}[\s-]+|(?:earlier|later)\s+)?(?P<rel>last|this|next|previous|current|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+current|the\s+same|the\s+following|this\s+past|past|coming)\s+(?P<u>week|weekend|month|year|decade|century|quarter|fiscal\s+year|{wd})\b(?:\s+or\s+so\b)?"), p_unitrel),
            (r"\b(?:this|the)\s+weekend\b".into(), p_weekend),
            (r"\b(?P<span>weekend)\s+(?:talks|visit|visits|meeting|meetings|trip|summit|session|discussions|negotiations|stopover|tour)\b".into(), p_weekend),
            (r"\byear-(?:earlier|ago)\b".into(), p_year_ago),
            (r"\b(?P<a>nineteen|eighteen)[\s-]+(?P<b>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)\b".into(), p_spelled_year),
            (format!(r"\b(?:(?P<rel>last|next|this)\s+)?(?P<h>(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Independence\s+Day|Election\s+Day|Memorial\s+Day|Labor\s+Day|Veterans\s+Day|Valentine's\s+Day|Halloween|Easter(?:\s+Sunday)?))\b(?:,?\s+(?P<y>{y})\b)?"), p_holiday),
            (format!(r"\b(?P<m>{mf})\s+(?P<rel>last|this|next)\s+year\b"), p_month_rel_year),
            (r"\b(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?P<u>year|month|day|week|quarter)\b".into(), p_anaphor),
            (r"\b(?:the\s+)?(?P<rel>next|following|previous|preceding)\s+(?P<p>day|morning|afternoon|evening|night)\b".into(), p_next_day),
            (r"\b(?P<span>the\s+(?:(?P<q>fiscal|full|calendar)\s+)?year)(?P<tail>\s+(?:ended|ending))?\b".into(), p_the_year),
            (format!(r"\bthe\s+(?P<y>{y})\s+period\b"), p_year_period),
            (r"\bthe\s+(?:(?:corresponding|same|comparable)\s+)?(?:period|quarter)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))\b".into(), p_period_year_ago),
            (r"\b(?P<mod>the\s+(?:end|beginning|middle|start)\s+of)\s+the\s+(?P<u>year|month|week|quarter)\b".into(), p_part_of_the),
            (r"\b(?:year-end|year\s+end|year's\s+end)\b".into(), p_year_end),
            (r"\bthe\s+(?:(?P<rel>latest|year-earlier|year-ago|comparable\s+year-ago|comparable|same)\s+)?(?:quarter|period)\b".into(), p_the_quarter),
            (format!(r"\b(?P<w>{wd})(?:\s+(?P<p>morning|afternoon|evening|night)s?)?\b"), p_weekday),
            (r"\b(?:(?:earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))(?:\s+(?P<p>morning|afternoon|evening|night))?\b".into(), p_deictic),
            (r"\b(?P<w>mid[\s-]?(?:afternoon|morning)|midday)(?:\s+(?P<d>yesterday|today|tomorrow))?\b".into(), p_day_part),
            (r"\b(?P<r>now|current|currently|nowadays|recently|lately|the\s+past|the\s+future|at\s+present|the\s+present|these\s+days)\b".into(), p_ref),
            (format!(r"\b(?:(?:about|almost|nearly|more\s+than|less\s+than|over|some|at\s+least|just|only|barely)\s+)?(?P<n>{num})[\s-]+(?P<u>{unit})\s+(?P<dir>ago|from\s+now|hence|earlier|later)\b"), p_ago),
            (format!(r"\b(?:(?:the\s+)?(?:past|last|next|coming|first|final|previous|following|ensuing|remaining|latest|year-earlier)\s+|the\s+|(?:about|almost|nearly|(?:no\s+)?more\s+than|less\s+than|at\s+least|up\s+to|roughly|approximately)\s+)?(?P<n>{num})[\s-]+(?:more\s+)?(?P<u>{unit})(?P<old>[\s-]+old)?\b(?:\s+or\s+so\b)?"), p_duration),
            (String::from(r"\bthe\s+(?P<span>(?P<u>days|weeks|months|years))\s+(?:before|after|since|following|leading)\b"), p_vague),
            (format!(r"\b(?:(?P<n>{num})-)?(?P<u>{unit})-long\b|\b(?:(?P<n2>{num})\s+)?(?P<u2>{unit})\s+long\b"), p_long),
            (String::from(r"\b(?:for|within|in|over)\s+(?P<span>(?P<u>years|months|weeks|decades))\b"), p_vague),
            (String::from(r"\b(?:recent|the\s+coming|coming|the\s+past\s+few|the\s+next\s+few|the\s+last\s+few|past\s+few|the\s+ensuing|the\s+past\s+several|the\s+last\s+several|the\s+next\s+several)\s+(?P<u>years|months|weeks|days|decades|hours|minutes|quarters|centuries)\b"), p_vague),
            (format!(r"\b(?:(?:every|each)\s+(?:(?P<n>{num})\s+)?(?P<u>{unit}|{wd}|{mf})\b|(?P<adv>yearly|daily|weekly))"), p_set),
            (format!(r"\b(?:(?P<H>1[0-2]|0?[1-9])(?::(?P<M>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]\.m\b|[ap]m\b)(?:\s+(?:[ECMP][DS]T|GMT|UTC)\b)?|(?P<nm>noon|midnight)\b)(?:\s+(?:on\s+)?(?P<wd>{wd})\b|\s+(?P<dr>today|tomorrow|yesterday)\b|,?\s+(?:on\s+)?(?P<mo>{m})\s*(?P<dd>{day})\b)?"), p_clock),
            (format!(r"\b(?:the|a|its|their)\s+(?P<span>(?P<m1>{mf})\s+(?P<dw>(?:twenty|thirty)[\s-](?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))[\s-]+(?:{gath})\b"), p_md_words),
            // Appended last: the gates and tests name rules by index.
            (format!(r"\b(?:the\s+)?(?P<n>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+of\s+(?P<m>{m})\b(?:,?\s+(?P<y>{y})\b)?"), p_week_of_month),
            (format!(r"\b(?:(?P<rel>early|late|mid)[\s-]+)?(?P<m>{lm})\b(?:\s+(?P<d>{day})(?:\s*-\s*(?P<d2>{day}))?\b)?(?:,?\s+(?P<y>{y})\b)?", lm = lx::MONTH_LOWER), p_lower_month),
            (r"\bin\s+(?P<span>the\s+(?P<p>morning|afternoon|evening))\b".into(), p_in_the_part),
        ];
        let rules: Vec<(Re, Parse)> = src
            .into_iter()
            .filter_map(|(s, p)| {
                // Patterns are constants of this file; a typo is caught by the unit tests.
                // ASCII word boundaries keep the regexes on the fast DFA path.
                let s = s.replace(r"\b", r"(?-u:\b)");
                // (an ASCII twin runs on ASCII text: crate::re)
                Re::with_cache(&format!("(?i){s}"), Some(RULE_CACHE))
                    .ok()
                    .map(|r| (r, p))
            })
            .collect();
        // Exact gates (a set matches where its patterns do): Reuters time
        // tagging 1.1 -> 0.5 CPU s. One set of all rules was slower, as
        // was a set per rule.
        let ids: Vec<usize> = (0..rules.len()).filter(|i| !UNGATED.contains(i)).collect();
        let gates = ids
            .chunks(ids.len().div_ceil(GATES).max(1))
            .filter_map(|ids| {
                // A set's lazy DFA outgrows the default 2 MiB cache and
                // was rebuilt over and over (a third of the gates' time).
                let set =
                    ReSet::new(ids.iter().map(|&i| rules[i].0.as_str()), Some(GATE_CACHE)).ok()?;
                Some((set, ids.to_vec()))
            })
            .collect();
        Rules { rules, gates }
    }

    /// Whether rule `i`'s pattern matches somewhere in `text`.
    #[cfg(test)]
    pub(crate) fn rule_matches(&self, i: usize, text: &str) -> bool {
        self.rules.get(i).is_some_and(|(re, _)| re.is_match(text))
    }

    /// Whether rule `i` runs without a gate.
    #[cfg(test)]
    pub(crate) fn ungated(i: usize) -> bool {
        UNGATED.contains(&i)
    }

    /// How many rules compiled (all of them, unless a pattern is broken).
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.rules.len()
    }

    /// All non-overlapping candidates, in text order: for overlapping
    /// matches the longest wins, then the earlier rule.
    pub(crate) fn candidates(&self, text: &str) -> Vec<Cand> {
        let mut all: Vec<Cand> = Vec::new();
        let mut skip = vec![false; self.rules.len()];
        for (set, ids) in &self.gates {
            let m = set.matches(text);
            for (j, &i) in ids.iter().enumerate() {
                skip[i] = !m.matched(j);
            }
        }
        for (i, (re, parse)) in self.rules.iter().enumerate() {
            if skip[i] {
                continue;
            }
            for c in re.captures_iter(text) {
                // A rule may read more than it tags: its `span` group.
                let Some(m) = c.name("span").or_else(|| c.get(0)) else {
                    continue;
                };
                if let Some(expr) = parse(&c, text) {
                    // "a few days later": the duration, without "later".
                    let end = match expr {
                        Expr::Duration { .. } | Expr::Later { .. } => {
                            m.end() - trailing_later(m.as_str())
                        }
                        _ => m.end(),
                    };
                    all.push(Cand {
                        begin: m.start() + adjectival_the(m.as_str()),
                        end,
                        expr,
                        rule: i,
                    });
                }
            }
        }
        all.sort_by(|a, b| {
            (b.end - b.begin)
                .cmp(&(a.end - a.begin))
                .then(a.rule.cmp(&b.rule))
                .then(a.begin.cmp(&b.begin))
        });
        // Taken spans by begin; they never overlap, so a new span overlaps
        // one only if it overlaps its neighbour on either side.
        let mut taken: BTreeMap<usize, Cand> = BTreeMap::new();
        for c in all {
            let left = taken
                .range(..c.end)
                .next_back()
                .is_some_and(|(_, t)| t.end > c.begin);
            if !left {
                taken.insert(c.begin, c);
            }
        }
        taken.into_values().collect()
    }
}

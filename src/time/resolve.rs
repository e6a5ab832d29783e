//! Resolution: turns recognized [`Expr`]s into TIMEX3 values and calendar
//! intervals, against the document date (DCT), the tense of the sentence
//! and the narrative's most recent explicit year.
//!
//! A present of scheduled motion ("meets", "leaves") makes a weekday the
//! next one; after the past auxiliary ("did meet", "did not leave",
//! "didn't travel") it is a past cue instead, so "did meet the prince on
//! Sunday" is the Sunday just gone (round 17).

use std::cell::RefCell;
use std::sync::LazyLock;

use crate::re::Re;
use chrono::{Datelike, Duration, NaiveDate};

use super::lexicon::{fmt_num, Unit};
use super::rules::{Cand, DayRef, Expr, Holiday, Part};
use super::{Interval, Precision, Timex, TimexType};

/// What may open a line before an entry's date: a bullet, bold or a
/// heading's marks ("- **May 8, 2018** - Tokyo.").
static ENTRY_LEAD: LazyLock<Re> = regex!(r"^[ \t]*(?:[-*#>\x{2022}][ \t]*)*(?:\*\*|__)?[ \t]*$");

/// What follows an entry's date: its closing marks, then a dash or a colon
/// and the entry's first word ("November 10, 2014 - Beijing.").
static ENTRY_DASH: LazyLock<Re> =
    regex!(r"^(?:\*\*|__)?[ \t]*(?:--?|\x{2013}|\x{2014}|:)[ \t]+[^\s-]");

/// Whether the full date at `begin..end` of `text` opens a dated entry, a
/// line of a timeline or a log ("November 10, 2014 - Beijing. Abe and Xi
/// meet ..."): the date stands first on its line, nothing but a bullet or
/// bold before it, and a dash or a colon follows. Returns where the entry
/// ends: the end of its line (a line is a paragraph in the present-day
/// formats that write entries; hard-wrapped wire copy writes none: 0 such
/// lines in Reuters-21578 and in the White House statements).
pub(crate) fn entry_end(text: &str, begin: usize, end: usize) -> Option<usize> {
    let before = text.get(..begin)?;
    let line = before.rfind('\n').map_or(before, |i| &before[i + 1..]);
    let after = text.get(end..)?;
    if !ENTRY_LEAD.is_match(line) || !ENTRY_DASH.is_match(after) {
        return None;
    }
    Some(after.find('\n').map_or(text.len(), |i| end + i))
}

/// The tense of a sentence around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

/// Regexes used while resolving, compiled once with the tagger.
#[derive(Debug)]
pub(crate) struct Context {
    pub(crate) tense: Re,
}

impl Context {
    pub(crate) fn new() -> Option<Context> {
        Some(Context {
            tense: Re::new(r"(?i)(?P<f>\b(?:will|'ll|shall|be|going\s+to|is\s+to|are\s+to|scheduled|expected|plans?|planned|upcoming|would|next|tomorrow|set\s+to|slated|poised|planning\s+to|(?:postponed|delayed|put\s+off|adjourned)\s+(?:until|till)|as\s+(?:soon|early)\s+as|to\s+(?:visit|meet|travel|hold|attend|host|begin|start|depart|leave|fly|return)|(?:preparing|prepares|getting\s+ready|about)\s+to\s+\w+)\b)|(?P<p>\b(?:was|were|had|did|ago|last|yesterday|\w{2,}ed|met|went|came|said|told|held|made|took|gave|left|saw|spoke|began|flew|sent|got|won|lost|fell|rose|paid|led|brought|thought|found|kept|became|met|wrote|ran|struck|hit|set|put|cut|quit|stood|sat|fought|sought|broke|chose|drove|grew|knew|shot|sold|spent|swore|took|threw|wore|withdrew|underwent|oversaw|undertook)\b)|(?P<s>\b(?:starts|begins|leaves|opens|arrives|travels|flies|goes|heads|departs|meets?|flying|leaving|travell?ing|heading|departing|arriving|returning|(?:is|are)\s+due)\b)").ok()?,
        })
    }
}

const ABBREV: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr",
    "mrs", "ms", "dr", "gen", "st", "no", "sen", "rep", "gov", "lt", "col", "inc", "corp", "co",
    "ltd", "jr", "vs", "u.s", "a.m", "p.m", "u.n", "prof", "maj", "capt", "sgt", "rev", "mt", "ft",
    "messrs",
];

const NOT_PAST: &[&str] = &[
    "need",
    "indeed",
    "proceed",
    "succeed",
    "exceed",
    "speed",
    "feed",
    "seed",
    "breed",
    "bed",
    "red",
    "shed",
    "hundred",
    "kindred",
    "sacred",
    "naked",
    "wicked",
    "limited",
    "united",
    "related",
    "concerned",
    "interested",
    "supposed",
    "embed",
    "weed",
    "greed",
    "deed",
    "creed",
    "steed",
    "heed",
    "reed",
    "tweed",
    "bleed",
];

/// Nouns of things set for a day ahead ("Tuesday's meeting"): a
/// possessive weekday before them is dated by the tense, not the past.
const SCHEDULED: &[&str] = &[
    "meeting",
    "meetings",
    "talks",
    "summit",
    "session",
    "vote",
    "voting",
    "election",
    "elections",
    "ballot",
    "referendum",
    "visit",
    "trip",
    "arrival",
    "departure",
    "auction",
    "tender",
    "sale",
    "conference",
    "hearing",
    "debate",
    "deadline",
    "opening",
    "speech",
    "address",
    "game",
    "match",
    "race",
    "launch",
    "ceremony",
    "inauguration",
    "funeral",
    "march",
    "rally",
    "strike",
    "release",
    "report",
];

/// Words of a story about results, where "the quarter" is the last one
/// completed.
const RESULTS: &[&str] = &[
    "profit",
    "profits",
    "earnings",
    "net",
    "loss",
    "losses",
    "revenue",
    "revenues",
    "sales",
    "results",
    "shr",
    "dividend",
    "income",
    "quarterly",
    "growth",
    "gdp",
    "output",
    "production",
    "deficit",
    "surplus",
    "pct",
    "percent",
    "rose",
    "fell",
    "increase",
    "decline",
    "billion",
    "million",
    "mln",
    "cents",
];

const REPORTING: &[&str] = &[
    "said",
    "told",
    "announced",
    "added",
    "declared",
    "reported",
    "predicted",
    "stated",
    "noted",
    "insisted",
    "explained",
    "confirmed",
    "claimed",
    "warned",
    "acknowledged",
    "indicated",
];

/// Whether the text between an expression and a later tense cue starts a
/// new clause: a coordinating "and"/"but" before a lower-case word, or a
/// semicolon. `between` runs up to the end of the cue.
fn next_clause(between: &str) -> bool {
    if between.contains(';') {
        return true;
    }
    let mut words = between.split_whitespace();
    while let Some(w) = words.next() {
        // "and were planning", not "Abortion and Reproductive Rights"
        if (w == "and" || w == "but")
            && words
                .next()
                .is_some_and(|n| n.starts_with(|ch: char| ch.is_lowercase()))
        {
            return true;
        }
    }
    false
}

pub(crate) fn duration_value(n: Option<f64>, unit: Unit) -> String {
    let scaled = |k: f64| n.map(|v| v * k);
    match unit {
        Unit::Second => format!("PT{}S", fmt_num(n)),
        Unit::Minute => format!("PT{}M", fmt_num(n)),
        Unit::Hour => format!("PT{}H", fmt_num(n)),
        Unit::Day => format!("P{}D", fmt_num(n)),
        Unit::Week => format!("P{}W", fmt_num(n)),
        Unit::Month => format!("P{}M", fmt_num(n)),
        Unit::Quarter => match n {
            Some(_) => format!("P{}M", fmt_num(scaled(3.0))),
            None => "PXQ".to_string(),
        },
        Unit::Year => format!("P{}Y", fmt_num(n)),
        Unit::Decade => format!("P{}Y", fmt_num(scaled(10.0))),
        Unit::Century => format!("P{}Y", fmt_num(scaled(100.0))),
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1)?.pred_opt()
}

fn narrow(start: NaiveDate, end: NaiveDate, part: Part) -> (NaiveDate, NaiveDate) {
    let days = (end - start).num_days();
    let third = days / 3;
    match part {
        Part::Whole => (start, end),
        Part::Early => (start, start + Duration::days(third)),
        Part::Mid => (start + Duration::days(third), end - Duration::days(third)),
        Part::Late => (end - Duration::days(third), end),
    }
}

fn iv(start: NaiveDate, end: NaiveDate, precision: Precision) -> Interval {
    Interval {
        start,
        end,
        precision,
    }
}

pub(super) fn month_iv(y: i32, m1: u32, m2: u32, part: Part) -> Option<Interval> {
    let (s, e) = narrow(ymd(y, m1, 1)?, month_end(y, m2)?, part);
    Some(iv(s, e, Precision::Month))
}

fn year_iv(y: i32, part: Part) -> Option<Interval> {
    let (s, e) = narrow(ymd(y, 1, 1)?, ymd(y, 12, 31)?, part);
    Some(iv(s, e, Precision::Year))
}

fn season_iv(y: i32, s: u32) -> Option<Interval> {
    let (a, b) = match s {
        1 => (ymd(y, 3, 1)?, ymd(y, 5, 31)?),
        2 => (ymd(y, 6, 1)?, ymd(y, 8, 31)?),
        3 => (ymd(y, 9, 1)?, ymd(y, 11, 30)?),
        _ => (ymd(y, 12, 1)?, month_end(y + 1, 2)?),
    };
    Some(iv(a, b, Precision::Season))
}

fn quarter_iv(y: i32, q: u32) -> Option<Interval> {
    let m = (q - 1) * 3 + 1;
    Some(iv(ymd(y, m, 1)?, month_end(y, m + 2)?, Precision::Month))
}

fn week_value(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn monday(d: NaiveDate) -> NaiveDate {
    d - Duration::days(d.weekday().num_days_from_monday() as i64)
}

fn add_months(y: i32, m: u32, off: i32) -> (i32, u32) {
    let t = y * 12 + (m as i32 - 1) + off;
    (t.div_euclid(12), (t.rem_euclid(12) + 1) as u32)
}

fn m_of(h: Holiday) -> u32 {
    match h {
        Holiday::Fixed(m, _) | Holiday::Nth(m, _, _) => m,
        Holiday::ElectionDay => 11,
        Holiday::Easter => 4,
    }
}

/// The date of a holiday in a year.
pub(crate) fn holiday_date(h: Holiday, y: i32) -> Option<NaiveDate> {
    let nth = |m: u32, w: u32, n: u32| -> Option<NaiveDate> {
        let first = ymd(y, m, 1)?;
        let shift = (w as i64 - first.weekday().number_from_monday() as i64).rem_euclid(7);
        let d = first + Duration::days(shift + 7 * (n as i64 - 1));
        if d.month() == m {
            Some(d)
        } else {
            Some(d - Duration::days(7))
        }
    };
    match h {
        Holiday::Fixed(m, d) => ymd(y, m, d),
        Holiday::Nth(m, w, n) => nth(m, w, n),
        Holiday::ElectionDay => Some(nth(11, 1, 1)? + Duration::days(1)),
        Holiday::Easter => {
            // The anonymous Gregorian computus.
            let a = y.rem_euclid(19);
            let b = y.div_euclid(100);
            let c = y.rem_euclid(100);
            let d = b / 4;
            let e = b % 4;
            let f = (b + 8) / 25;
            let g = (b - f + 1) / 3;
            let h = (19 * a + b - d - g + 15).rem_euclid(30);
            let i = c / 4;
            let k = c % 4;
            let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
            let m = (a + 11 * h + 22 * l) / 451;
            let month = (h + l - 7 * m + 114) / 31;
            let day = (h + l - 7 * m + 114) % 31 + 1;
            ymd(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
        }
    }
}

const SEASON: [&str; 5] = ["", "SP", "SU", "FA", "WI"];

/// Where sentences may end: the spans the regex
/// `[.!?]["')\]]*\s+|\n[ \t]*\n` finds, leftmost first, scanned by hand
/// (the regex's literal prefilter cost a tenth of the time stage).
fn boundaries(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let mut end = None;
        if matches!(b[i], b'.' | b'!' | b'?') {
            let mut j = i + 1;
            while j < b.len() && matches!(b[j], b'"' | b'\'' | b')' | b']') {
                j += 1;
            }
            // `\s+`: Unicode white space, as `char::is_whitespace`.
            let k = text
                .get(j..)
                .unwrap_or("")
                .char_indices()
                .find(|(_, ch)| !ch.is_whitespace())
                .map_or(b.len(), |(o, _)| j + o);
            if k > j {
                end = Some(k);
            }
        } else if b[i] == b'\n' {
            let mut j = i + 1;
            while j < b.len() && matches!(b[j], b' ' | b'\t') {
                j += 1;
            }
            if b.get(j) == Some(&b'\n') {
                end = Some(j + 1);
            }
        }
        match end {
            Some(e) => {
                out.push((i, e));
                i = e;
            }
            None => i += 1,
        }
    }
    out
}

/// The relative clause set off by commas around `sent[start..end]`
/// (", who arrived Friday,"), as the offsets of its opening comma and of
/// its closing one; None when the span is in no such aside.
fn aside(sent: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let before = sent.get(..start)?;
    let o = [", who ", ", which ", ", whose "]
        .iter()
        .filter_map(|w| before.rfind(w))
        .max()?;
    if before.get(o + 1..)?.contains([',', ';']) {
        return None;
    }
    let cl = end + sent.get(end..)?.find(',')?;
    if sent.get(end..cl)?.contains(';') {
        return None;
    }
    Some((o, cl))
}

/// What kind of tense cue the tense regex found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueKind {
    /// "will", "is to", "scheduled" (group `f`).
    Future,
    /// "was", "met", an -ed form (group `p`).
    Past,
    /// A present tense of scheduled motion, "leaves", "is due" (group `s`).
    Present,
}

/// One tense cue of a sentence, with offsets in the sentence.
#[derive(Debug, Clone, Copy)]
struct Cue {
    start: usize,
    end: usize,
    kind: CueKind,
}

/// Whether the text before a verb ends with the past auxiliary "did"
/// ("did meet", "did not leave", "didn't travel"): the verb after it is
/// past, not a present of scheduled motion ("did meet the prince on
/// Sunday" is the Sunday just gone).
fn after_did(head: &str) -> bool {
    let mut words = head
        .rsplit(|ch: char| !ch.is_alphabetic() && ch != '\'' && ch != '’')
        .filter(|w| !w.is_empty());
    let mut w = words.next().unwrap_or("").to_ascii_lowercase();
    if w == "not" || w == "never" {
        w = words.next().unwrap_or("").to_ascii_lowercase();
    }
    matches!(w.as_str(), "did" | "didn't" | "didn’t")
}

fn cues_of(ctx: &Context, sent: &str, out: &mut Vec<Cue>) {
    out.clear();
    for c in ctx.tense.captures_iter(sent) {
        let Some(m) = c.get(0) else { continue };
        let kind = if c.name("f").is_some() {
            CueKind::Future
        } else if c.name("s").is_some() && !after_did(&sent[..m.start()]) {
            CueKind::Present
        } else {
            CueKind::Past
        };
        out.push(Cue {
            start: m.start(),
            end: m.end(),
            kind,
        });
    }
}

/// The resolver of one document.
pub(crate) struct Resolver<'a> {
    pub text: &'a str,
    pub dct: Option<NaiveDate>,
    ctx: &'a Context,
    bounds: Vec<usize>,
    /// The tense cues of the last sentence asked about, by its span: every
    /// expression of a sentence, and `year_for` twice, asks for them.
    cues: RefCell<((usize, usize), Vec<Cue>)>,
    /// The most recent explicit year (from a day or month written with one), and where.
    last_year: Option<(i32, usize)>,
    /// The start and precision of the last date resolved, what "that day"
    /// or "the following year" refer to.
    last_date: Option<(NaiveDate, Precision)>,
    /// Where the last date resolved begins (for a clock time's day).
    last_date_at: usize,
    /// The last day or month resolved, even one naming a thing ("the June
    /// 8-10 summit"), and where: what "the end of the month" later in its
    /// sentence is the end of.
    last_named: Option<(NaiveDate, usize)>,
    /// The year of the dated entry being read and where the entry ends
    /// ([`entry_end`]): a bare month or day inside it is of that year.
    entry: Option<(i32, usize)>,
}

struct Out {
    kind: TimexType,
    value: String,
    interval: Option<Interval>,
}

fn date(value: String, interval: Option<Interval>) -> Option<Out> {
    Some(Out {
        kind: TimexType::Date,
        value,
        interval,
    })
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(text: &'a str, dct: Option<NaiveDate>, ctx: &'a Context) -> Resolver<'a> {
        let mut bounds = Vec::new();
        for (start, end) in boundaries(text) {
            let before = text.get(..start).unwrap_or("");
            let from = before
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
                .last()
                .map_or(before.len(), |(i, _)| i);
            let word = before.get(from..).unwrap_or("").to_lowercase();
            // "J." and initialisms such as "U.K." or "U.S.S.R." end no sentence.
            let single = word
                .split('.')
                .all(|p| p.chars().count() == 1 && p.chars().all(|c| c.is_alphabetic()));
            if text[start..].starts_with('.') && (single || ABBREV.contains(&word.as_str())) {
                continue;
            }
            bounds.push(end);
        }
        Resolver {
            text,
            dct,
            ctx,
            bounds,
            cues: RefCell::new(((usize::MAX, 0), Vec::new())),
            last_year: None,
            last_date: None,
            last_date_at: 0,
            last_named: None,
            entry: None,
        }
    }

    fn sentence_index(&self, pos: usize) -> usize {
        match self.bounds.binary_search(&pos) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    fn sentence(&self, pos: usize) -> (usize, usize) {
        let i = self.sentence_index(pos);
        let s = if i == 0 { 0 } else { self.bounds[i - 1] };
        let e = self.bounds.get(i).copied().unwrap_or(self.text.len());
        (s, e)
    }

    /// Records an explicit year as the narrative's anchor, unless the date
    /// is a modifier ("the August 1988 cease-fire"): a date after a
    /// determiner names a thing, not the time the text is talking about.
    fn anchor(&mut self, y: i32, begin: usize) {
        let before = self.text.get(..begin).unwrap_or("").trim_end();
        let word: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if !matches!(
            word.to_ascii_lowercase().as_str(),
            "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her"
        ) && !self.maturity(begin)
        {
            self.last_year = Some((y, begin));
        }
    }

    /// A date that says when a security or a contract falls due ("notes
    /// due 1992", "bonds maturing on September 30, 2002", "a loan
    /// repayable in 1995"): a term of the thing, not the time the story is
    /// on, so it lends no year to a later bare month. "Due" only right
    /// before the date ("talks are due in June" is the talks' time).
    fn maturity(&self, begin: usize) -> bool {
        let before = self.text.get(..begin).unwrap_or("");
        let mut words = before
            .rsplit(|ch: char| !ch.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase);
        let Some(first) = words.next() else {
            return false;
        };
        let (word, prep) = match first.as_str() {
            "on" | "in" | "by" => (words.next().unwrap_or_default(), true),
            _ => (first, false),
        };
        match word.as_str() {
            "due" => !prep,
            "maturing" | "matures" | "mature" | "matured" | "maturity" | "expiring"
            | "redeemable" | "repayable" => true,
            _ => false,
        }
    }

    /// A date written after a determiner names a thing ("the Oct. 23
    /// slaying", "the May 1988 agreement"), not the time the text is on:
    /// it is no anchor for "that day".
    fn names_a_thing(&self, c: &Cand) -> bool {
        if !matches!(c.expr, Expr::Days { .. } | Expr::Months { .. }) {
            return false;
        }
        let before = self.text.get(..c.begin).unwrap_or("").trim_end();
        let word = before
            .rsplit(|ch: char| !ch.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        matches!(
            word.as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that"
        )
    }

    /// "in two weeks" in a future-tense sentence ("in more than a year" is
    /// a length: "the highest level in more than a year").
    fn in_future(&self, c: &Cand) -> bool {
        let before = self.text.get(..c.begin).unwrap_or("");
        let span = self.text.get(c.begin..c.end).unwrap_or("");
        let longer = ["more than", "over"].iter().any(|q| {
            span.get(..q.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(q))
        });
        (before.ends_with(" in ") || before.ends_with("In "))
            && !longer
            && self.tense(c.begin, c.end) == Tense::Future
    }

    /// The tense nearest to a span in its sentence.
    pub(crate) fn tense(&self, begin: usize, end: usize) -> Tense {
        self.tense_with(begin, end, false)
    }

    /// The tense nearest to a span, where a present tense of scheduled
    /// motion ("starts a visit", "leaves", "is due", "meet") also counts as future
    /// when `scheduled`: news tells a trip's timetable in the present, and
    /// the weekday it names is the next one ("leaves on Saturday"), as a
    /// future-tense cue makes it in HeidelTime and SUTime. Only weekdays ask
    /// for it: a month or year is not moved by a present tense.
    fn tense_with(&self, begin: usize, end: usize, scheduled: bool) -> Tense {
        self.tense_inner(begin, end, scheduled, false)
    }

    /// The tense that picks a bare month's or day's year: a reporting verb
    /// after it ("... the meeting in September, the official said") says
    /// nothing of it (for weeks and weekends it still does: "the weekend,
    /// officials said" is the last one).
    fn month_tense(&self, begin: usize, end: usize) -> Tense {
        self.tense_inner(begin, end, false, true)
    }

    fn tense_inner(&self, begin: usize, end: usize, scheduled: bool, month: bool) -> Tense {
        // "since March", "since shortly after the Oct. 23 slaying": a start
        // in the past. "effective Feb. 1": the nearer one, whatever the verb.
        let before = self.text.get(..begin).unwrap_or("");
        let mut words = before
            .rsplit(|ch: char| ch.is_whitespace())
            .filter(|w| !w.is_empty());
        for (i, w) in words.by_ref().take(4).enumerate() {
            if w.ends_with([',', ';', ':', '.']) {
                break;
            }
            if w.eq_ignore_ascii_case("since") {
                return Tense::Past;
            }
            // "until January" after a past verb is often a deadline still
            // ahead: the nearer January (weekdays keep their cues).
            let until = ["through", "until", "till"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x));
            if i == 0 && (w.eq_ignore_ascii_case("effective") || until && !scheduled) {
                return Tense::Unknown;
            }
        }
        let (s, e) = self.sentence(begin);
        let Some(sent) = self.text.get(s..e.max(s)) else {
            return Tense::Unknown;
        };
        // The sentence's cues, scanned once (a fresh scan if the cache is
        // somehow in use).
        let mut fresh = Vec::new();
        let mut cache = self.cues.try_borrow_mut();
        let cues: &[Cue] = match cache.as_deref_mut() {
            Ok((key, cues)) => {
                if *key != (s, e) {
                    cues_of(self.ctx, sent, cues);
                    *key = (s, e);
                }
                cues
            }
            Err(_) => {
                cues_of(self.ctx, sent, &mut fresh);
                &fresh
            }
        };
        let mut best: Option<(usize, Tense)> = None;
        for cue in cues {
            let Some(said) = sent.get(cue.start..cue.end) else {
                continue;
            };
            let (ms, me) = (s + cue.start, s + cue.end);
            if ms < end && begin < me {
                continue;
            }
            // A verb of an aside ("Reagan, who arrived Friday, holds talks
            // this week") does not govern the weekday or week outside it
            // (for all expressions: TimeBank rest value 84.04 -> 83.93).
            if let Some((o, cl)) = scheduled.then(|| aside(sent, cue.start, cue.end)).flatten() {
                if end <= s + o || begin >= s + cl {
                    continue;
                }
            }
            // The governing verb usually comes first ("met X on Tuesday", "will
            // meet Tuesday"): markers after the expression count as farther.
            let dist = if me <= begin {
                begin - me
            } else {
                // A verb of the next clause ("on Saturday and were planning
                // to") does not govern the expression.
                if next_clause(self.text.get(end..me).unwrap_or("")) {
                    continue;
                }
                3 * ms.saturating_sub(end) + 10
            };
            let present = cue.kind == CueKind::Present;
            // Unscheduled, a finite present verb right before the
            // expression ("ministers meet again in September") still says
            // "not past": it hides a farther past cue ("detailed
            // proposals") and leaves the nearer date.
            let finite = present
                && me <= begin
                && !said.ends_with("ing")
                && !matches!(
                    sent.get(..cue.start)
                        .unwrap_or("")
                        .rsplit(|ch: char| !ch.is_alphabetic())
                        .find(|w| !w.is_empty())
                        .unwrap_or("")
                        .to_ascii_lowercase()
                        .as_str(),
                    "did" | "not" | "didn" | "t" | "never" | "to" | "the" | "a" | "its" | "their"
                );
            if present && !scheduled && !finite {
                continue;
            }
            let t = if present && !scheduled {
                Tense::Unknown
            } else if cue.kind == CueKind::Future || present {
                Tense::Future
            } else {
                Tense::Past
            };
            // Reporting verbs date the report, not the event: they count
            // only when nothing else does.
            let word = said.to_ascii_lowercase();
            // Names ("United States") and -ed words that are no past tense.
            if t == Tense::Past
                && (said.starts_with(|ch: char| ch.is_uppercase()) && word.ends_with("ed")
                    || NOT_PAST.contains(&word.as_str()))
            {
                continue;
            }
            // A participle after "be" ("will be named") or a determiner ("the
            // reduced dividend") carries no tense of its own, nor does the
            // noun "plan" ("announced the plan").
            // "next to" is a place.
            if word == "next" && sent.get(cue.end..).is_some_and(|r| r.starts_with(" to ")) {
                continue;
            }
            // A bare "be" ("meetings to be held", "recommended that the
            // session be held"): not yet, unless after "could" ("could
            // not be located Wednesday": a past attempt).
            if word == "be" {
                let prev = sent
                    .get(..cue.start)
                    .unwrap_or("")
                    .rsplit(|ch: char| !ch.is_alphabetic() && ch != '\'')
                    .find(|w| !w.is_empty())
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let prev = if prev == "not" {
                    sent.get(..cue.start)
                        .unwrap_or("")
                        .rsplit(|ch: char| !ch.is_alphabetic())
                        .filter(|w| !w.is_empty())
                        .nth(1)
                        .unwrap_or("")
                        .to_ascii_lowercase()
                } else {
                    prev
                };
                if matches!(prev.as_str(), "could" | "couldn't" | "couldn") {
                    continue;
                }
            }
            // Irregular participles too ("will be held", "to be made").
            let participle = t == Tense::Past
                && !matches!(
                    word.as_str(),
                    "was" | "were" | "had" | "did" | "ago" | "last" | "yesterday"
                );
            // "the heads of state", "its starts": nouns after a determiner
            let noun = word == "plan" || word == "plans" || present;
            if participle || noun {
                let head = sent.get(..cue.start).unwrap_or("");
                let mut back = head
                    .rsplit(|ch: char| !ch.is_alphabetic())
                    .filter(|w| !w.is_empty());
                // "be re-allocated": the prefix is part of the word.
                if head.ends_with('-') {
                    back.next();
                }
                let prev = back.next().unwrap_or("").to_ascii_lowercase();
                let det = matches!(
                    prev.as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that"
                );
                // A present passive or adjective ("is becoming increasingly
                // isolated", "are concerned") is no past either; one -ly
                // adverb may stand between.
                let linking = if prev.ends_with("ly") {
                    back.next().unwrap_or("").to_ascii_lowercase()
                } else {
                    prev.clone()
                };
                let present_be = matches!(
                    linking.as_str(),
                    "be" | "being"
                        | "is"
                        | "are"
                        | "am"
                        | "become"
                        | "becomes"
                        | "becoming"
                        | "remain"
                        | "remains"
                        | "seem"
                        | "seems"
                );
                if det || (participle && present_be) {
                    continue;
                }
            }
            let reporting = REPORTING.contains(&word.as_str());
            // "said that on Thursday and Friday Smith would meet": the
            // expression opens the reported clause, whose own verb after
            // it governs it before the reporting verb does.
            let opens_report = reporting
                && me <= begin
                && self.text.get(me..begin).is_some_and(|b| {
                    let b = b.trim_start();
                    b.len() < 12 && (b.starts_with("that ") || b.starts_with("that\n"))
                });
            let dist = if opens_report {
                dist + 400
            } else if reporting {
                dist + 25
            } else {
                dist
            };
            // A reporting verb after the expression ("... the meeting in
            // September, the official said") dates the report, not what
            // it reports: alone, it says nothing of the expression's tense.
            let t = if month && reporting && ms >= end {
                Tense::Unknown
            } else {
                t
            };
            if best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, t));
            }
        }
        best.map_or(Tense::Unknown, |(_, t)| t)
    }

    /// The year a bare "March 26" or "October" takes, with its day/month
    /// (for the tense check against the DCT). See the module docs for the rule.
    fn year_for(&self, begin: usize, end: usize, m: u32, d: u32) -> Option<i32> {
        // A dated entry's year holds through its entry ("October 25-27,
        // 2018 - Beijing. ... since Noda in December 2011. He holds talks
        // ... on October 26"), unless its own sentence writes a year.
        if let Some((y, _)) = self.entry.filter(|&(_, e)| begin < e) {
            let own = self
                .last_year
                .is_some_and(|(_, pos)| self.sentence_index(pos) == self.sentence_index(begin));
            if !own {
                return Some(y);
            }
        }
        if let Some((y, pos)) = self.last_year {
            let dist = self.sentence_index(begin)
                - self.sentence_index(pos).min(self.sentence_index(begin));
            // A past-tense date cannot lie after the DCT: "a visit to Tokyo
            // in April" after "completed in May 1988" is last April.
            let after_dct = self
                .dct
                .zip(ymd(y, m, d.min(28)))
                .is_some_and(|(dct, cand)| {
                    (cand - dct).num_days() > 31 && self.month_tense(begin, end) == Tense::Past
                });
            // A year two or more before the DCT's, in another sentence, is
            // history, not the time of a bare month: "an October meeting"
            // two sentences after "September 1983" in a 1987 story takes
            // the DCT rule (TimeBank rest 83.93 -> 84.04, AQUAINT 77.24 ->
            // 77.42 value F1; the same rule for non-past months only left
            // both unchanged).
            let history = dist > 0 && self.dct.is_some_and(|dct| y <= dct.year() - 2);
            if (dist <= 2 && !after_dct && !history) || self.dct.is_none() {
                return Some(y);
            }
        }
        let dct = self.dct?;
        let y = dct.year();
        let cand = ymd(y, m, d.min(28))?;
        let tense = self.month_tense(begin, end);
        Some(match tense {
            Tense::Past if (cand - dct).num_days() > 60 => y - 1,
            Tense::Future if (dct - cand).num_days() > 60 => y + 1,
            Tense::Unknown if (cand - dct).num_days() > 182 => y - 1,
            Tense::Unknown if (dct - cand).num_days() > 182 => y + 1,
            _ => y,
        })
    }

    /// The first year of a span of years ("fiscal years 1988-92", "the
    /// 1987/88 season"): the span is a term of a plan or a budget, not
    /// the time of an event, so the year gives no interval (it is still a
    /// TIMEX3 DATE).
    fn year_range(&self, c: &Cand) -> bool {
        if !matches!(c.expr, Expr::Year { .. }) {
            return false;
        }
        let after = self.text.get(c.end..).unwrap_or("");
        let Some(rest) = after
            .strip_prefix('-')
            .or_else(|| after.strip_prefix('/'))
            .or_else(|| after.strip_prefix('–'))
        else {
            return false;
        };
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        matches!(digits, 2 | 4) && !rest[digits..].starts_with(|ch: char| ch.is_alphanumeric())
    }

    /// A year inside a name ("the 2024 Munich Security Conference", "the
    /// 2022 World Cup"): a label, not when something happens, so it gives no
    /// interval (the compiler dates events with a date of the sentence).
    fn year_in_a_name(&self, c: &Cand) -> bool {
        let before = self.text.get(..c.begin).unwrap_or("");
        let after = self.text.get(c.end..).unwrap_or("");
        matches!(c.expr, Expr::Year { .. })
            && (before.ends_with("the ") || before.ends_with("The "))
            && after.starts_with(' ')
            && after.trim_start().starts_with(|ch: char| ch.is_uppercase())
    }

    pub(crate) fn resolve(&mut self, c: &Cand) -> Option<Timex> {
        let mut out = self.resolve_expr(c)?;
        if self.year_in_a_name(c) || self.year_range(c) {
            out.interval = None;
        }
        let anchors = !matches!(
            c.expr,
            Expr::Decade { .. }
                | Expr::Century { .. }
                | Expr::Ref(_)
                | Expr::Set(_)
                | Expr::DayPart { .. }
        );
        if let (true, Some(i)) = (
            anchors && !self.names_a_thing(c) && !self.maturity(c.begin),
            out.interval,
        ) {
            self.last_date = Some((i.start, i.precision));
            self.last_date_at = c.begin;
            if matches!(i.precision, Precision::Day | Precision::Month) {
                self.last_named = Some((i.start, c.begin));
            }
        }
        if let (Expr::Days { .. } | Expr::Months { .. }, Some(i)) = (&c.expr, out.interval) {
            self.last_named = Some((i.start, c.begin));
        }
        let text = self.text.get(c.begin..c.end)?.to_string();
        Some(Timex {
            begin: c.begin,
            end: c.end,
            text,
            kind: out.kind,
            value: out.value,
            interval: out.interval,
        })
    }

    fn resolve_expr(&mut self, c: &Cand) -> Option<Out> {
        let dct = self.dct;
        match c.expr.clone() {
            Expr::Days { y, m1, d1, m2, d2 } => {
                if let Some(y) = y {
                    self.anchor(y, c.begin);
                    if let Some(e) = entry_end(self.text, c.begin, c.end) {
                        self.entry = Some((y, e));
                    }
                }
                let y = match y {
                    Some(y) => Some(y),
                    None => self.year_for(c.begin, c.end, m1, d1),
                };
                match y {
                    Some(y) => {
                        let (s, e) = (ymd(y, m1, d1)?, ymd(y, m2, d2)?);
                        date(
                            s.format("%Y-%m-%d").to_string(),
                            Some(iv(s, e, Precision::Day)),
                        )
                    }
                    None => date(format!("XXXX-{m1:02}-{d1:02}"), None),
                }
            }
            Expr::Months { y, m1, m2, part } => {
                if let Some(y) = y {
                    self.anchor(y, c.begin);
                }
                let y = match y {
                    Some(y) => Some(y),
                    None => self.year_for(c.begin, c.end, m1, 15),
                };
                match y {
                    Some(y) => date(format!("{y:04}-{m1:02}"), month_iv(y, m1, m2, part)),
                    None => date(format!("XXXX-{m1:02}"), None),
                }
            }
            Expr::RelMonth { m, off } => {
                let Some(d) = dct else {
                    return date(format!("XXXX-{m:02}"), None);
                };
                let y = d.year();
                let y = match off {
                    -1 if m >= d.month() => y - 1,
                    1 if m <= d.month() => y + 1,
                    _ => y,
                };
                date(format!("{y:04}-{m:02}"), month_iv(y, m, m, Part::Whole))
            }
            Expr::Year { y, part } => date(format!("{y:04}"), year_iv(y, part)),
            Expr::Decade { d, part } => {
                let (s, e) = narrow(ymd(d * 10, 1, 1)?, ymd(d * 10 + 9, 12, 31)?, part);
                date(format!("{d:03}"), Some(iv(s, e, Precision::Decade)))
            }
            Expr::Century { c: cc } => date(
                format!("{cc:02}"),
                Some(iv(
                    ymd(cc * 100, 1, 1)?,
                    ymd(cc * 100 + 99, 12, 31)?,
                    Precision::Year,
                )),
            ),
            Expr::Season { y, off, s, part: _ } => {
                let y = match (y, dct) {
                    (Some(y), _) => y,
                    (None, None) => return date(format!("XXXX-{}", SEASON[s as usize]), None),
                    (None, Some(d)) => {
                        let base = season_iv(d.year(), s)?;
                        match off {
                            -2 if base.end < d => d.year(),
                            -1 | -2 => d.year() - 1,
                            1 if base.start > d => d.year(),
                            1 => d.year() + 1,
                            _ => d.year(),
                        }
                    }
                };
                date(format!("{y:04}-{}", SEASON[s as usize]), season_iv(y, s))
            }
            Expr::Quarter {
                y: Some(y),
                q: None,
                ..
            } => match self.quarter_in_context(c) {
                // "the 1988 period": the quarter the story reports on, in 1988.
                Some(q) => date(format!("{y:04}-Q{q}"), quarter_iv(y, q)),
                None => date(format!("{y:04}"), year_iv(y, Part::Whole)),
            },
            Expr::Quarter { y, off, q } => {
                let q = q?;
                let y = match (y, dct) {
                    (Some(y), _) => y,
                    (None, Some(d)) => {
                        // A quarter not yet begun is last year's, unless the sentence looks ahead.
                        let started = ymd(d.year(), (q - 1) * 3 + 1, 1).is_some_and(|s| s <= d);
                        let back =
                            off == 0 && !started && self.tense(c.begin, c.end) != Tense::Future;
                        d.year() + off - i32::from(back)
                    }
                    (None, None) => return date(format!("XXXX-Q{q}"), None),
                };
                date(format!("{y:04}-Q{q}"), quarter_iv(y, q))
            }
            Expr::WeekOf { y, m, d } => {
                let y = match y {
                    Some(y) => Some(y),
                    None => self.year_for(c.begin, c.end, m, d),
                };
                let Some(t) = y.and_then(|y| ymd(y, m, d)) else {
                    return date("XXXX-WXX".to_string(), None);
                };
                let mon = monday(t);
                date(
                    week_value(t),
                    Some(iv(mon, mon + Duration::days(6), Precision::Day)),
                )
            }
            Expr::WeekOfMonth { y, m, n } => {
                let y = match y {
                    Some(y) => Some(y),
                    None => self.year_for(c.begin, c.end, m, 1),
                };
                let Some((first, last)) = y.and_then(|y| ymd(y, m, 1).zip(month_end(y, m))) else {
                    return date("XXXX-WXX".to_string(), None);
                };
                let start = if n >= 5 {
                    last - Duration::days(6)
                } else {
                    first + Duration::days(7 * (i64::from(n) - 1))
                };
                let end = (start + Duration::days(6)).min(last);
                // The value is the ISO week holding most of those days.
                date(
                    week_value(start + Duration::days(3)),
                    Some(iv(start, end, Precision::Day)),
                )
            }
            Expr::Half { y, off, h } => {
                let y = match (y, dct) {
                    (Some(y), _) => y,
                    (None, Some(d)) => d.year() + off,
                    (None, None) => return date(format!("XXXX-H{h}"), None),
                };
                let m1 = if h == 1 { 1 } else { 7 };
                date(format!("{y:04}-H{h}"), month_iv(y, m1, m1 + 5, Part::Whole))
            }
            Expr::MonthOfYear { m, off } => {
                let Some(d) = dct else {
                    return date(format!("XXXX-{m:02}"), None);
                };
                let y = d.year() + off;
                date(format!("{y:04}-{m:02}"), month_iv(y, m, m, Part::Whole))
            }
            Expr::Weekday { w, off, part } => {
                let suffix = part.map(|p| format!("T{p}")).unwrap_or_default();
                let kind = if part.is_some() {
                    TimexType::Time
                } else {
                    TimexType::Date
                };
                let Some(d) = dct else {
                    return Some(Out {
                        kind,
                        value: format!("XXXX-WXX-{w}{suffix}"),
                        interval: None,
                    });
                };
                let t = self.weekday(d, w, off, c);
                Some(Out {
                    kind,
                    value: format!("{}{suffix}", t.format("%Y-%m-%d")),
                    interval: Some(iv(t, t, Precision::Day)),
                })
            }
            Expr::DayRel { off, part } => {
                let Some(d) = dct else {
                    return Some(Out {
                        kind: if part.is_some() {
                            TimexType::Time
                        } else {
                            TimexType::Date
                        },
                        value: format!(
                            "XXXX-XX-XX{}",
                            part.map(|p| format!("T{p}")).unwrap_or_default()
                        ),
                        interval: None,
                    });
                };
                let t = d + Duration::days(off);
                let v = t.format("%Y-%m-%d").to_string();
                let interval = Some(iv(t, t, Precision::Day));
                Some(match part {
                    Some(p) => Out {
                        kind: TimexType::Time,
                        value: format!("{v}T{p}"),
                        interval,
                    },
                    None => Out {
                        kind: TimexType::Date,
                        value: v,
                        interval,
                    },
                })
            }
            Expr::UnitRel {
                off,
                unit,
                part,
                weekend,
            } => {
                let Some(d) = dct else {
                    let v = match unit {
                        Unit::Year => "XXXX",
                        Unit::Month => "XXXX-XX",
                        Unit::Week if weekend => "XXXX-WXX-WE",
                        Unit::Week => "XXXX-WXX",
                        Unit::Quarter => "XXXX-QX",
                        _ => "XXXX",
                    };
                    return date(v.to_string(), None);
                };
                // "by the end of the month" after "the June 8-10 summit" in
                // the same sentence is June's end: "the month" (not "this
                // month") is the month just named, as "that month" is.
                let said = self.text.get(c.begin..c.end).unwrap_or("");
                // (A date after a determiner counts: audit round 10.)
                let named = self.last_named.filter(|&(_, at)| {
                    at < c.begin && self.sentence_index(at) == self.sentence_index(c.begin)
                });
                let d = match named {
                    Some((ld, _))
                        if unit == Unit::Month
                            && off == 0
                            && said.to_ascii_lowercase().ends_with("the month") =>
                    {
                        ld
                    }
                    _ => d,
                };
                let off = if unit == Unit::Quarter && off == -1 && self.generic_quarter(c) {
                    0
                } else {
                    off
                };
                let mut out = self.unit_rel(d, off, unit, part, weekend, c)?;
                if off == 0 && part == Part::Whole && !weekend {
                    out.interval = out.interval.map(|i| self.later_earlier(c, d, i));
                }
                Some(out)
            }
            Expr::Later { n, unit, sign } => {
                let value = duration_value(n, unit);
                // The day meant: the narrative's last day, shifted.
                let interval = match (self.last_date, n) {
                    (Some((base, Precision::Day)), Some(n)) if n.fract() == 0.0 && n <= 60.0 => {
                        let days = n as i64 * if unit == Unit::Week { 7 } else { 1 };
                        base.checked_add_signed(Duration::days(days * sign as i64))
                            .map(|t| iv(t, t, Precision::Day))
                    }
                    _ => None,
                };
                Some(Out {
                    kind: TimexType::Duration,
                    value,
                    interval,
                })
            }
            Expr::Anaphor {
                unit: Unit::Day,
                off,
                part: Some(part),
            } => {
                let Some(base) = self.last_date.map(|(d, _)| d).or(dct) else {
                    return Some(Out {
                        kind: TimexType::Time,
                        value: format!("XXXX-XX-XXT{part}"),
                        interval: None,
                    });
                };
                let t = base.checked_add_signed(Duration::days(off as i64))?;
                Some(Out {
                    kind: TimexType::Time,
                    value: format!("{}T{part}", t.format("%Y-%m-%d")),
                    interval: Some(iv(t, t, Precision::Day)),
                })
            }
            Expr::Anaphor { unit, off, .. } => {
                let Some((base, p)) = self.last_date.or(dct.map(|d| (d, Precision::Day))) else {
                    return date(
                        match unit {
                            Unit::Day => "XXXX-XX-XX",
                            Unit::Week => "XXXX-WXX",
                            Unit::Month => "XXXX-XX",
                            Unit::Quarter => "XXXX-QX",
                            _ => "XXXX",
                        }
                        .to_string(),
                        None,
                    );
                };
                // "that same day" after "in October": the month is known,
                // the day is not (TimeBank: `1998-10-XX`)
                let (y, m) = (base.year(), base.month());
                match (unit, p) {
                    (Unit::Day, Precision::Month) => {
                        date(format!("{y:04}-{m:02}-XX"), month_iv(y, m, m, Part::Whole))
                    }
                    (Unit::Day, Precision::Year) => {
                        date(format!("{y:04}-XX-XX"), year_iv(y, Part::Whole))
                    }
                    (Unit::Month, Precision::Year) => {
                        date(format!("{y:04}-XX"), year_iv(y, Part::Whole))
                    }
                    _ => self.unit_rel(base, off, unit, Part::Whole, false, c),
                }
            }
            Expr::Rolling { off, unit } => {
                let cal = Cand {
                    expr: Expr::UnitRel {
                        off,
                        unit,
                        part: Part::Whole,
                        weekend: false,
                    },
                    ..c.clone()
                };
                let mut out = self.resolve_expr(&cal)?;
                out.interval = None;
                Some(out)
            }
            Expr::YearEnd => {
                let Some(d) = dct else {
                    return date("XXXX-12-31".to_string(), None);
                };
                // "since year-end": the last one passed
                let before = self.text.get(..c.begin).unwrap_or("").trim_end();
                let since = before
                    .rsplit(|ch: char| !ch.is_alphabetic())
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("since"));
                let y = d.year() - i32::from(since);
                let t = ymd(y, 12, 31)?;
                date(
                    t.format("%Y-%m-%d").to_string(),
                    Some(iv(t, t, Precision::Day)),
                )
            }
            Expr::Ago { n, unit, sign } => {
                let Some(d) = dct else {
                    return date(
                        if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string(),
                        None,
                    );
                };
                let Some(n) = n else {
                    return date(
                        if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string(),
                        None,
                    );
                };
                let k = (n.floor() as i32).clamp(0, 10_000) * sign;
                if unit == Unit::Year && k == -1 {
                    if let Some(q) = self.reported_quarter(d, c) {
                        return Some(q);
                    }
                }
                match unit {
                    Unit::Year => date(
                        format!("{:04}", d.year() + k),
                        year_iv(d.year() + k, Part::Whole),
                    ),
                    Unit::Decade => {
                        let y = d.year() + 10 * k;
                        date(
                            format!("{:03}", y / 10),
                            Some(iv(
                                ymd(y / 10 * 10, 1, 1)?,
                                ymd(y / 10 * 10 + 9, 12, 31)?,
                                Precision::Decade,
                            )),
                        )
                    }
                    Unit::Century => date(format!("{:02}", (d.year() + 100 * k) / 100), None),
                    Unit::Month | Unit::Quarter => {
                        let months = if unit == Unit::Quarter { 3 * k } else { k };
                        let (y, m) = add_months(d.year(), d.month(), months);
                        date(format!("{y:04}-{m:02}"), month_iv(y, m, m, Part::Whole))
                    }
                    Unit::Week => {
                        let t = d + Duration::weeks(k as i64);
                        let mo = monday(t);
                        date(
                            week_value(t),
                            Some(iv(mo, mo + Duration::days(6), Precision::Day)),
                        )
                    }
                    _ => {
                        let days = match unit {
                            Unit::Day => k as i64,
                            _ => 0,
                        };
                        let t = d + Duration::days(days);
                        date(
                            t.format("%Y-%m-%d").to_string(),
                            Some(iv(t, t, Precision::Day)),
                        )
                    }
                }
            }
            Expr::Duration { n: Some(n), unit }
                if dct.is_some()
                    && !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour)
                    && self.in_future(c) =>
            {
                // "will visit in two weeks": a date that far after the DCT.
                let ago = Cand {
                    expr: Expr::Ago {
                        n: Some(n),
                        unit,
                        sign: 1,
                    },
                    ..c.clone()
                };
                self.resolve_expr(&ago)
            }
            Expr::Duration { n, unit } => Some(Out {
                kind: TimexType::Duration,
                value: duration_value(n, unit),
                interval: None,
            }),
            Expr::Set(v) => Some(Out {
                kind: TimexType::Set,
                value: v,
                interval: None,
            }),
            Expr::Ref(r) => date(r.to_string(), None),
            Expr::Holiday { h, y, off } => {
                let (m, dd) = match h {
                    Holiday::Fixed(m, d) => (m, d),
                    Holiday::Nth(..) | Holiday::ElectionDay => (m_of(h), 15),
                    Holiday::Easter => (4, 1),
                };
                let y = match (y, dct) {
                    (Some(y), _) => Some(y),
                    (None, Some(d)) if off != 0 => {
                        let this = holiday_date(h, d.year())?;
                        Some(match off {
                            -1 if this >= d => d.year() - 1,
                            1 if this <= d => d.year() + 1,
                            _ => d.year(),
                        })
                    }
                    _ => self.year_for(c.begin, c.end, m, dd),
                };
                match y.and_then(|y| holiday_date(h, y)) {
                    Some(t) => date(
                        t.format("%Y-%m-%d").to_string(),
                        Some(iv(t, t, Precision::Day)),
                    ),
                    None => date(
                        match h {
                            Holiday::Fixed(m, d) => format!("XXXX-{m:02}-{d:02}"),
                            _ => "XXXX-XX-XX".to_string(),
                        },
                        None,
                    ),
                }
            }
            Expr::DayPart { part } => {
                // the day named in this sentence or the one before, as for
                // a clock time without a day; else the DCT's
                let day = match self.last_date {
                    Some((t, Precision::Day))
                        if self.sentence_index(c.begin)
                            <= self.sentence_index(self.last_date_at) + 1 =>
                    {
                        Some(t)
                    }
                    _ => dct,
                };
                Some(match day {
                    Some(t) => Out {
                        kind: TimexType::Time,
                        value: format!("{}T{part}", t.format("%Y-%m-%d")),
                        interval: Some(iv(t, t, Precision::Day)),
                    },
                    None => Out {
                        kind: TimexType::Time,
                        value: format!("XXXX-XX-XXT{part}"),
                        interval: None,
                    },
                })
            }
            Expr::Time {
                date: dt,
                h,
                mi,
                s,
                day,
            } => {
                let day = match (dt, dct, day) {
                    (Some((y, m, dd)), _, _) => ymd(y, m, dd),
                    (None, Some(d), DayRef::Weekday(w)) => Some(self.weekday(d, w, 0, c)),
                    (None, Some(d), DayRef::Offset(k)) => d.checked_add_signed(Duration::days(k)),
                    (None, _, DayRef::MonthDay(m, dd)) => self
                        .year_for(c.begin, c.end, m, dd)
                        .and_then(|y| ymd(y, m, dd)),
                    // "at 10 p.m." after "on Oct. 23" in this sentence or
                    // the one before: that day, not the DCT's
                    (None, d, _) => match self.last_date {
                        Some((t, Precision::Day))
                            if self.sentence_index(c.begin)
                                <= self.sentence_index(self.last_date_at) + 1 =>
                        {
                            Some(t)
                        }
                        _ => d,
                    },
                };
                let clock = match s {
                    Some(s) => format!("{h:02}:{mi:02}:{s:02}"),
                    None => format!("{h:02}:{mi:02}"),
                };
                Some(match day {
                    Some(t) => Out {
                        kind: TimexType::Time,
                        value: format!("{}T{clock}", t.format("%Y-%m-%d")),
                        interval: Some(iv(t, t, Precision::Day)),
                    },
                    None => Out {
                        kind: TimexType::Time,
                        value: format!("XXXX-XX-XXT{clock}"),
                        interval: None,
                    },
                })
            }
        }
    }

    /// The date of a weekday: "last" (-1) and "next" (+1) skip the DCT's
    /// own week day; otherwise the tense decides.
    fn weekday(&self, d: NaiveDate, w: u32, off: i32, c: &Cand) -> NaiveDate {
        let cur = d.weekday().number_from_monday() as i64;
        let w = w as i64;
        let back = (cur - w).rem_euclid(7);
        let fwd = (w - cur).rem_euclid(7);
        let days = match off {
            -1 => -(if back == 0 { 7 } else { back }),
            1 => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            // "officials said on Monday": the report's day, on or before the DCT
            _ if self.reported_on(c) => -back,
            // "to discuss Monday's collapse": a thing that happened
            _ if self.possessive_past(c) => -back,
            _ => match self.tense_with(c.begin, c.end, true) {
                Tense::Future => fwd,
                _ => -back,
            },
        };
        d.checked_add_signed(Duration::days(days)).unwrap_or(d)
    }

    /// A possessive weekday ("Monday's stock market collapse", "Friday's
    /// figures") names a thing that happened, the last such day, whatever
    /// the tense of the sentence ("will meet to discuss Monday's
    /// collapse"); unless what it names is scheduled ("Tuesday's meeting",
    /// "Thursday's vote"), which the tense dates as before.
    fn possessive_past(&self, c: &Cand) -> bool {
        let after = self.text.get(c.end..).unwrap_or("");
        let Some(rest) = after
            .strip_prefix("'s")
            .or_else(|| after.strip_prefix("\u{2019}s"))
        else {
            return false;
        };
        if rest.starts_with(|ch: char| ch.is_alphanumeric()) {
            return false;
        }
        !rest
            .split(|ch: char| !ch.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(3)
            .any(|w| SCHEDULED.contains(&w.to_ascii_lowercase().as_str()))
    }

    /// Whether a weekday dates a reporting verb right before it ("said on
    /// Monday", "announced Tuesday"), whatever the tense of what was said.
    fn reported_on(&self, c: &Cand) -> bool {
        let before = self.text.get(..c.begin).unwrap_or("").trim_end();
        let before = before.strip_suffix(" on").unwrap_or(before).trim_end();
        let word = before
            .rsplit(|ch: char| !ch.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        REPORTING.contains(&word.as_str())
    }

    /// "the first board meeting of the quarter": "of the quarter" in a
    /// sentence (and the one before) with no word of results is the
    /// quarter the story is in, not the last one completed that a results
    /// story reports on.
    fn generic_quarter(&self, c: &Cand) -> bool {
        let said = self.text.get(c.begin..c.end).unwrap_or("");
        if !said.eq_ignore_ascii_case("the quarter") {
            return false;
        }
        let before = self.text.get(..c.begin).unwrap_or("").trim_end();
        if !before.to_ascii_lowercase().ends_with(" of") {
            return false;
        }
        let (s, e) = self.sentence(c.begin);
        let s = if s == 0 {
            0
        } else {
            self.sentence(s.saturating_sub(1)).0
        };
        let sent = self.text.get(s..e).unwrap_or("").to_ascii_lowercase();
        !sent
            .split(|ch: char| !ch.is_alphabetic())
            .any(|w| RESULTS.contains(&w))
    }

    /// The quarter a story about results is on: the one named in this
    /// sentence or the one before ("the third quarter"), else, when a
    /// quarter is mentioned, the last one completed before the DCT.
    fn quarter_in_context(&self, c: &Cand) -> Option<u32> {
        let (s, e) = self.sentence(c.begin);
        let s = if s == 0 {
            0
        } else {
            self.sentence(s.saturating_sub(1)).0
        };
        let sent = self.text.get(s..e)?.to_ascii_lowercase();
        let named = [("first", 1), ("second", 2), ("third", 3), ("fourth", 4)]
            .into_iter()
            .filter_map(|(w, q)| {
                let i = sent
                    .find(&format!("{w} quarter"))
                    .or_else(|| sent.find(&format!("{w}-quarter")))?;
                Some((i, q))
            })
            .min();
        if let Some((_, q)) = named {
            return Some(q);
        }
        if !sent.contains("quarter") {
            return None;
        }
        let d = self.dct?;
        Some(((d.month() - 1) / 3 + 3) % 4 + 1)
    }

    /// In a sentence about quarterly results, "a year ago" / "last year"
    /// means the reported quarter (the last one completed) a year back.
    fn reported_quarter(&self, d: NaiveDate, c: &Cand) -> Option<Out> {
        let (s, e) = self.sentence(c.begin);
        // This sentence or the one before it.
        let s = if s == 0 {
            0
        } else {
            self.sentence(s.saturating_sub(1)).0
        };
        let sent = self.text.get(s..e)?;
        if !sent.contains("quarter") {
            return None;
        }
        let q0 = (d.month() - 1) / 3;
        let t = d.year() * 4 + q0 as i32 - 5;
        let (y, q) = (t.div_euclid(4), t.rem_euclid(4) as u32 + 1);
        date(format!("{y:04}-Q{q}"), quarter_iv(y, q))
    }

    /// "later this month" is after the DCT: the interval runs from the day
    /// after it to the month's end; "earlier this month" from the month's
    /// start to the day before it. The value and precision stay the unit's
    /// (TimeBank: `1989-10`); an empty remainder keeps the whole unit.
    fn later_earlier(&self, c: &Cand, d: NaiveDate, i: Interval) -> Interval {
        let head = self.text.get(c.begin..c.end).unwrap_or("");
        let first = head.split_whitespace().next().unwrap_or("");
        let clipped = if first.eq_ignore_ascii_case("later") {
            d.succ_opt().map(|s| Interval {
                start: s.max(i.start),
                ..i
            })
        } else if first.eq_ignore_ascii_case("earlier") {
            d.pred_opt().map(|p| Interval {
                end: p.min(i.end),
                ..i
            })
        } else {
            None
        };
        clipped.filter(|n| n.start <= n.end).unwrap_or(i)
    }

    fn unit_rel(
        &self,
        d: NaiveDate,
        off: i32,
        unit: Unit,
        part: Part,
        weekend: bool,
        c: &Cand,
    ) -> Option<Out> {
        match unit {
            Unit::Year => {
                let y = d.year() + off;
                date(format!("{y:04}"), year_iv(y, part))
            }
            Unit::Month => {
                let (y, m) = add_months(d.year(), d.month(), off);
                date(format!("{y:04}-{m:02}"), month_iv(y, m, m, part))
            }
            Unit::Week => {
                let mut t = d + Duration::weeks(off as i64);
                if weekend {
                    if off == 0
                        && d.weekday().number_from_monday() < 6
                        && self.tense(c.begin, c.end) == Tense::Past
                    {
                        t = d - Duration::weeks(1);
                    }
                    let sat = monday(t) + Duration::days(5);
                    return date(
                        format!("{}-WE", week_value(t)),
                        Some(iv(sat, sat + Duration::days(1), Precision::Day)),
                    );
                }
                // On a Sunday, "this week" ahead ("a visit this week") is
                // the week that starts the next day; so on a Saturday when
                // it is future, or when the DCT is the Sunday after (a
                // Saturday dateline on a Sunday paper).
                let tense = || self.tense(c.begin, c.end);
                let dct_sunday = self
                    .dct
                    .is_some_and(|x| x.weekday().number_from_monday() == 7 && x > d);
                // On a Sunday a present of meeting or travel ("when they
                // meet this week", said the day before) and "ahead of this
                // week's meetings" look ahead too, whatever the reporting verb.
                let ahead_of = self
                    .text
                    .get(..c.begin)
                    .unwrap_or("")
                    .trim_end()
                    .to_ascii_lowercase()
                    .ends_with("ahead of");
                let ahead = match d.weekday().number_from_monday() {
                    7 => ahead_of || self.tense_with(c.begin, c.end, true) != Tense::Past,
                    6 => {
                        let t = tense();
                        t == Tense::Future || (dct_sunday && t != Tense::Past)
                    }
                    _ => false,
                };
                if off == 0 && part == Part::Whole && ahead {
                    t = monday(d) + Duration::days(7);
                }
                let mo = monday(t);
                // "early next week", "late last week", "the end of last
                // week": a part of the working week, the value still the
                // week's (round 13: "two days at the end of last week" is
                // not the Sunday)
                let (s, e) = match part {
                    Part::Whole => (0, 6),
                    Part::Early => (0, 2),
                    Part::Mid => (1, 3),
                    Part::Late => (3, 5),
                };
                date(
                    week_value(t),
                    Some(iv(
                        mo + Duration::days(s),
                        mo + Duration::days(e),
                        Precision::Day,
                    )),
                )
            }
            Unit::Quarter => {
                let q0 = (d.month() - 1) / 3;
                let t = d.year() * 4 + q0 as i32 + off;
                let (y, q) = (t.div_euclid(4), t.rem_euclid(4) as u32 + 1);
                date(format!("{y:04}-Q{q}"), quarter_iv(y, q))
            }
            Unit::Decade => {
                let dd = d.year() / 10 + off;
                date(
                    format!("{dd:03}"),
                    Some(iv(
                        ymd(dd * 10, 1, 1)?,
                        ymd(dd * 10 + 9, 12, 31)?,
                        Precision::Decade,
                    )),
                )
            }
            Unit::Century => {
                let cc = d.year() / 100 + off;
                date(format!("{cc:02}"), None)
            }
            Unit::Day => {
                let t = d + Duration::days(off as i64);
                date(
                    t.format("%Y-%m-%d").to_string(),
                    Some(iv(t, t, Precision::Day)),
                )
            }
            _ => None,
        }
    }
}

/// Lends an explicit year to the bare dates just before it: "in May and
/// December 2015", "March 3 and April 5, 2016". Runs right to left, so a
/// list ("May, June and July 2015") passes the year along.
pub(crate) fn borrow_years(text: &str, cands: &mut [Cand]) {
    for i in (0..cands.len().saturating_sub(1)).rev() {
        let next_y = match cands[i + 1].expr {
            Expr::Days { y: Some(y), .. } | Expr::Months { y: Some(y), .. } => y,
            _ => continue,
        };
        let gap = text
            .get(cands[i].end..cands[i + 1].begin)
            .unwrap_or("x")
            .trim();
        if !matches!(
            gap,
            "" | "," | "and" | "or" | ", and" | ", or" | "to" | "-" | "–" | "through" | "until"
        ) {
            continue;
        }
        match &mut cands[i].expr {
            Expr::Days { y, .. } | Expr::Months { y, .. } if y.is_none() => *y = Some(next_y),
            _ => {}
        }
    }
}

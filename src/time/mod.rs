//! Temporal expressions: finds them in running text and normalizes them
//! against the document's date (DCT), as TIMEX3 values and as calendar
//! intervals with a precision.
//!
//! The compiler dates every event with this tagger, so an expression gives
//! both a TIMEX3 `value` (what TimeML/TempEval score) and an [`Interval`]
//! (what the dataset stores: `start_date`, `end_date`, `date_precision`,
//! and [`Interval::edtf`]).
//!
//! # How it works
//!
//! 1. **Recognition** (`rules.rs`): about forty regexes, compiled once in
//!    [`Tagger::new`], each with a parser that turns a match into an
//!    expression (what was said: "March 23-25", "last week", "two years ago")
//!    or rejects it after looking at its neighbours ("2254" in "Resolution
//!    2254", "31%", "45 years old", the modal "May"). Overlapping matches:
//!    the longest wins, so a range is one expression.
//! 2. **Year lending**: a bare date right before a dated one borrows its year
//!    ("in May and December 2015" gives 2015-05 and 2015-12).
//! 3. **Resolution** (`resolve.rs`) against the DCT, the tense of the
//!    sentence (the nearest of "will", "is to", "scheduled", ... or "was",
//!    "met", "-ed" forms; cues before the expression count more than cues
//!    after it, reporting verbs such as "said" count least) and the
//!    narrative.
//! 4. **DCT inference** (`infer.rs`) for undated documents: a dateline,
//!    "17 years ago" beside an absolute year, or the latest past-tense date.
//!
//! Speed: each rule is one regex pass (ASCII word boundaries keep them on
//! the lazy DFA), skipped when its gate (one of two sets of about twenty
//! rules, each tried first in one pass) says it matches nothing; the
//! month-day and month rules, which match in nearly every story, have no
//! gate. A sentence's tense cues are scanned once; the context checks look
//! at a bounded window; overlaps are resolved in O(n log n). The time stage
//! of `diplo bench` on all of Reuters-21578 takes about 0.75 CPU s.
//!
//! **Narrative anchoring rule.** A date without a year ("March 26",
//! "October") takes the year of the most recent date written *with* a year
//! (a day or month, e.g. "March 2016"), if that was in the same sentence or
//! one of the two before it (not a year two or more before the DCT's from
//! another sentence: that is history, "an October meeting" after
//! "September 1983" in a 1987 story); otherwise the DCT's year, moved one
//! year back when the sentence is past tense and the date would fall more than 60
//! days after the DCT, one year forward when the sentence is future tense
//! and the date is more than 60 days before it; with no tense cue, the
//! nearer of the two (more than 182 days away moves it). Without a DCT, any
//! earlier explicit year anchors; with neither, the value stays
//! `XXXX-03-26` and there is no interval. A **dated entry** (round 17), a
//! line of a timeline or a log that opens with a full date and a dash or
//! a colon ("October 25-27, 2018 - Beijing. ... He holds talks with Xi on
//! October 26."), gives its year to every bare day and month of its line
//! whose own sentence writes no year, whatever the DCT and the other
//! years of the line ([`entry_end`]).
//!
//! A bare "be" ("meetings to be held", "recommended that the session be
//! held in September") is a future cue, except after "could" ("could not
//! be located Wednesday"). For a bare month's or day's year, a finite
//! present verb right before it ("ministers meet again in September")
//! says "not past" and hides farther past cues, and a reporting verb after
//! it ("... in September, the official said") says nothing of it.
//! "The end of the month" after a month or day named earlier in its
//! sentence is that month's end ("will meet in June and hope to agree by
//! the end of the month", or "the June 8-10 summit", a date that names a
//! thing); "this month" stays the DCT's. A date that says when a security
//! falls due ("notes due 1992", "maturing on September 30, 2002") lends
//! no year to later bare months, and the first year of a span ("fiscal
//! years 1988-92") gives no interval. A possessive weekday ("to discuss
//! Monday's collapse") is the last such day, unless it names something
//! scheduled ("Tuesday's meeting"); "of the quarter" outside a story of
//! results is the DCT's quarter (audit round 10).
//!
//! The tense cues skip words that only look like verbs: a participle after
//! "be" or a determiner ("will be named", "will be held", "the reduced
//! dividend") or a present "is", "are", "becoming", "remains" (one -ly
//! adverb may stand between: "is becoming increasingly isolated"), the noun "the plan", "next to", and a verb of the next clause
//! ("on Saturday and were hoping": after "and"/"but" before a lower-case
//! word, or a semicolon). "set to", "slated", "as soon as", "planning to",
//! "to depart/leave/fly/return", "preparing/about to (verb)", "postponed
//! until" look ahead; "since" up to four words before ("since
//! shortly after the Oct. 23 slaying") makes a date past; "effective Feb. 1"
//! and "through/until January" take the nearer date whatever the verb.
//!
//! **Anaphoric units** ("that year", "later that day", "the following
//! month", "the previous year", "the same day", "the next day", "the
//! following morning") shift the last date the text resolved, or the DCT
//! when there was none. "Two days later" and "a week earlier" stay TIMEX3
//! durations (`P2D`) but carry the day they point to (the last day
//! resolved, shifted) as their interval, so the compiler can date an event
//! with them; after no day they have no interval. A date after a
//! determiner ("the Oct. 23 slaying") names a thing and is no anchor; a
//! unit finer than the anchor keeps its unknown part ("that same day" after
//! "in October 1998" is `1998-10-XX`, with October's interval). "A year ago" and "a year
//! earlier" stay DCT-relative (in a sentence about a quarter: that quarter a
//! year back).
//!
//! Weekdays take the tense of their sentence: past (or no cue) gives the
//! latest such day on or before the DCT, future the next on or after it.
//! For a weekday, a present tense of scheduled travel ("starts a visit on
//! Sunday", "leaves on Saturday", "arrives", "is due", "meet separately
//! Monday", "flying on Sunday to Tokyo") is a future cue too, as news tells a trip's timetable in the
//! present; a month or year is not moved by it. A weekday right after a
//! reporting verb ("said on Monday") dates the report: on or before the DCT.
//! A clock time without a day takes the day resolved in its sentence or
//! the one before, or a weekday after an aside ("10:35 a.m. (0735 GMT)
//! Friday"), else the DCT. A year inside a name ("the 2024 Munich Security
//! Conference") is a label: it keeps its value but gives no interval.
//! "Later this month" (week, year) keeps the unit's value and precision
//! but its interval runs from the day after the DCT to the unit's end;
//! "earlier this month" from the unit's start to the day before the DCT.
//! "In the afternoon" ("in the morning", "in the evening") tags "the
//! afternoon" as TimeML tags "the morning": a TIME on the day named in its
//! sentence or the one before, else the DCT's ("Today he ... was to meet
//! ministers in the afternoon" is today's `...TAF`); not "4 in the morning".
//! "Tonight", "this evening" are the DCT's day, and "tomorrow" stays the
//! day after the DCT even after a past reporting verb ("said he would
//! leave tomorrow") or an earlier day of the narrative.
//! **Wire copy** (`wire.rs`): a dateline's own day ("TOKYO, April 5 -"),
//! within three days of the DCT, is the reference day of the story;
//! "Thursday and Friday", "Monday through Wednesday" are one range, and
//! "Thursday next week" lies in that week; after a story's "next Monday",
//! a later bare weekday ahead of the reference day but before that Monday
//! and after it in its week is that week's ("talks next Monday and
//! Tuesday ... on Thursday and Friday X would meet Y"). Weekdays are also read in
//! capitals and in lower case, months in capitals ("MAY", "MARCH" only
//! after a preposition, "FOR LATE MAY", before a day or year, or after a
//! modifier at a line's end or before an event noun, "LATE MAY HEARING"),
//! and in lower case after a preposition ("visit to Mexico in march",
//! "since january 1986", "on july 28, 1985"): never "may" (a modal), and
//! a bare "march" or "august" (the verb, the adjective) only before a stop,
//! a day or year, or "and", "or", "to", "of", "this", "last", "next".
//! "this week" ahead on a Sunday (on a Saturday when future) is the next
//! week; a past verb of an aside (", who arrived Friday,") does not make
//! a weekday or week past. A month after "the" before a gathering ("the
//! June Summit", "the June Economic Summit": one qualifier of the name may
//! stand between them) is a month.
//! Ranges give one timex whose value is the first day and whose interval
//! spans the range. "early/mid/late" narrow the interval to a third and
//! keep the precision; of a week, to its working days ("early next week"
//! Monday-Wednesday, "the middle of last week" Tuesday-Thursday, "late last
//! week", "the end of last week" Thursday-Saturday), the value still the
//! week's. Without a DCT, relative expressions stay unresolved.
//!
//! # Examples
//!
//! | expression | document date | value | precision |
//! |---|---|---|---|
//! | June 16, 2001 | any | 2001-06-16 | day |
//! | 16 June 2001 | any | 2001-06-16 | day |
//! | 22.03.2016 | any | 2016-03-22 | day |
//! | 2016-03-22 | any | 2016-03-22 | day |
//! | May 2015 | any | 2015-05 | month |
//! | 2015 | any | 2015 | year |
//! | the 1990s | any | 199 (EDTF `199X`) | decade |
//! | Sept. 3 | 2016-10-01 | 2016-09-03 | day |
//! | March 23-25 | 2016-04-02 | 2016-03-23 (interval to 03-25) | day |
//! | October 5-6th, 2021 | any | 2021-10-05 (interval to 10-06) | day |
//! | from May 7 to 9 | 2016-06-01 | 2016-05-07 (interval to 05-09) | day |
//! | between 12 and 14 April | 2016-06-01 | 2016-04-12 (interval to 04-14) | day |
//! | in May and December 2015 | any | 2015-05, 2015-12 | month |
//! | (met on) Tuesday | 2016-03-24 (Thu) | 2016-03-22 | day |
//! | will meet Tuesday | 2016-03-24 (Thu) | 2016-03-29 | day |
//! | (starts a visit on) Tuesday | 2016-03-24 (Thu) | 2016-03-29 | day |
//! | Thursday and Friday (ahead) | 2016-03-22 (Tue) | 2016-03-24 (interval to 03-25) | day |
//! | Thursday next week | 2016-03-22 (Tue) | 2016-03-31 | day |
//! | (TOKYO, March 27 -) tomorrow | 2016-03-25 | 2016-03-28 | day |
//! | last week | 2016-03-24 | 2016-W11 | day (Mon-Sun) |
//! | the end of last week | 2016-03-24 | 2016-W11 | day (Thu-Sat) |
//! | next month | 2016-03-24 | 2016-04 | month |
//! | this year | 2016-03-24 | 2016 | year |
//! | a year ago | 2016-03-24 | 2015 | year |
//! | 17 years ago | 2016-03-24 | 1999 | year |
//! | yesterday | 2016-03-24 | 2016-03-23 | day |
//! | tonight | 2016-03-24 | 2016-03-24 | day |
//! | last night | 2016-03-24 | 2016-03-23TNI (TIME) | day |
//! | the weekend (past) | 2016-03-24 | 2016-W11-WE | day |
//! | earlier this month | 2016-03-24 | 2016-03 (interval 03-01 to 03-23) | month |
//! | later this year | 2016-03-24 | 2016 (interval 03-25 to 12-31) | year |
//! | late September, 2015 | any | 2015-09 (21st-30th) | month |
//! | early 2015 | any | 2015 (Jan-Apr) | year |
//! | mid-April | 2016-03-24 | 2016-04 | month |
//! | last summer | 2016-03-24 | 2015-SU (EDTF `2015-22`) | season |
//! | On March 26 (after "in March 2016") | 2017-01-10 | 2016-03-26 | day |
//! | March 26 | none | XXXX-03-26 (no interval) | - |
//! | will visit in two weeks | 2016-03-24 | 2016-W14 | day (Mon-Sun) |
//! | for the first time in 17 years | any | P17Y (DURATION) | - |
//! | four hours | any | PT4H (DURATION) | - |
//! | a decade | any | P10Y (DURATION) | - |
//! | over the past three years | any | P3Y (DURATION) | - |
//! | the past year | 2016-03-24 | 2015 (no interval: the span up to the DCT) | - |
//! | the next month | 2016-03-24 | 2016-04 (no interval) | - |
//! | for years / in the weeks before | any | PXY / PXW (DURATION) | - |
//! | a day-long strike | any | P1D (DURATION), extent "day-long" | - |
//! | a week long visit / a two week tour | any | P1W / P2W (DURATION; [`Timex::duration_days`] 7 / 14) | - |
//! | the 30-day period | any | P30D, extent "30-day" (no article) | - |
//! | at least 30 days / the next two years or so | any | extent includes "at least", "or so" | - |
//! | a few days later | any | PXD, extent "a few days" | - |
//! | every year | any | P1Y (SET) | - |
//! | Tuesday nights | any | XXXX-WXX-2TNI (SET) | - |
//! | now / recently | any | PRESENT_REF / PAST_REF | - |
//! | the current account | any | PRESENT_REF | - |
//! | (signed May 22, 1995;) the following year | any | 1996 | year |
//! | (signed May 22, 1995;) later that year | any | 1995 | year |
//! | (crashed in October 1998;) that same day | 1999-02-06 | 1998-10-XX (October's interval) | month |
//! | for the year ended June 30 | any | P1Y (DURATION), extent "the year" | - |
//! | the full year | 1989-10-30 | 1989 | year |
//! | the latest period | 1989-10-30 | 1989-Q3 | month |
//! | the 1988 period (results story) | 1989-10-30 | 1988-Q3 | month |
//! | the corresponding period last year | 1989-10-30 | 1988-Q3 | month |
//! | last year (results story) | 1989-10-30 | 1988 | year |
//! | year-end | 1989-10-30 | 1989-12-31 | day |
//! | the end of the month | 1989-10-30 | 1989-10 (21st-31st) | month |
//! | the third quarter | 1989-10-30 | 1989-Q3 | month (Jul-Sep) |
//! | the first quarter of next year | 1998-03-12 | 1999-Q1 | month (Jan-Mar) |
//! | the first half of 2015 | any | 2015-H1 | month (Jan-Jun) |
//! | the week of April 11 | 2016-03-24 | 2016-W15 | day (Mon-Sun) |
//! | the first week of December | 2024-10-16 | 2024-W49 | day (Dec 1-7; "last week of": the last 7 days) |
//! | (landed March 3;) the following day | 2016-03-24 | 2016-03-04 | day |
//! | (landed March 3;) the next morning | 2016-03-24 | 2016-03-04TMO (TIME) | day |
//! | (landed March 3;) two days later | 2016-03-24 | P2D (DURATION; interval 2016-03-05) | day |
//! | since year-end | 1990-05-14 | 1989-12-31 | day |
//! | 9:15 a.m. (0615 GMT) Monday | 2016-03-24 | 2016-03-21T09:15 (TIME) | day |
//! | (sank March 3;) at 10 p.m. | 2016-03-24 | 2016-03-03T22:00 (TIME) | day |
//! | the 2016 Oslo Peace Forum | any | 2016 (no interval: a name) | - |
//! | the latest quarter (business news) | 1989-10-30 | 1989-Q3 | month |
//! | a year ago (sentence about a quarter) | 1989-10-30 | 1988-Q3 | month |
//! | Monday, Oct. 26 | 1998-10-25 | 1998-10-26 | day |
//! | (will meet to discuss) Tuesday's plunge | 1991-03-14 (Thu) | 1991-03-12 | day |
//! | (will prepare for) Tuesday's meeting | 1991-03-14 (Thu) | 1991-03-19 | day |
//! | the June four session | 1991-06-20 | 1991-06-04 | day |
//! | fiscal years 1992-96 | any | 1992 (no interval: a span of years) | - |
//! | (bonds maturing on March 1, 1999;) in August | 1991-06-20 | 1991-08 (no year lent) | month |
//! | the last cabinet session of the quarter | 1991-05-20 | 1991-Q2 | month |
//! | (the July 2-4 conference ...) by the end of the month | 1991-05-20 | 1991-07 | month |
//! | 9 a.m. Tuesday (will) | 2016-03-24 | 2016-03-29T09:00 (TIME) | day |
//! | 5 p.m. EST March 28 | 2016-03-24 | 2016-03-28T17:00 (TIME) | day |
//! | (met) Tuesday evening | 2016-03-24 | 2016-03-22TEV (TIME) | day |
//! | mid-afternoon yesterday | 2016-03-24 | 2016-03-23TAF (TIME) | day |
//! | (On Friday he will meet them) in the afternoon | 2016-03-24 | 2016-03-25TAF (TIME), extent "the afternoon" | day |
//! | (talks next Monday ...) on Thursday (will) | 2016-03-23 (Wed) | 2016-03-31 | day |
//! | last Thanksgiving | 2000-03-01 | 1999-11-25 | day |
//! | Christmas Eve, 2015 | any | 2015-12-24 | day |
//! | nineteen ninety-six | any | 1996 | year |
//! | June last year | 2016-03-24 | 2015-06 | month |
//! | 22.03.2016 (dateline, no DCT) | inferred 2016-03-22 | - | - |
//!
//! Not temporal: "we", "may" (the verb), "31%", "Resolution 2254",
//! "G-20", "Minsk II", "$2000", "45 years old", rates ("four flights a
//! week", "$2 million a year"), the ordinal "a second".
//!
//! Still wrong (see `docs/time.md`): weekdays of a story told from an
//! earlier day, "a year earlier" anchored on the last date, "last week" as
//! TimeBank's `1989-WXX`, the bare adjectives "recent" and "future".
//!
//! ```
//! use chrono::NaiveDate;
//! use diplo::time::Tagger;
//! let tagger = Tagger::new();
//! let dct = NaiveDate::from_ymd_opt(2016, 3, 24);
//! let t = tagger.tag("Kerry met Lavrov on Tuesday and will visit Cuba March 28-29.", dct);
//! assert_eq!(t[0].value, "2016-03-22");
//! assert_eq!(t[1].interval.map(|i| i.edtf()).as_deref(), Some("2016-03-28/2016-03-29"));
//! ```

mod infer;
mod lexicon;

/// 1..=12 for an English month name or abbreviation ("Sept.", "march");
/// shared with `ingest`'s metadata dates.
pub(crate) use lexicon::month_num;
/// Where a dated entry ("November 10, 2014 - Beijing. ...") ends.
pub(crate) use resolve::entry_end;
mod resolve;
mod rules;
mod wire;

use chrono::{Datelike, NaiveDate};

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// How precisely an interval is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    Month,
    Season,
    Year,
    Decade,
    Unknown,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Year => "year",
            Precision::Decade => "decade",
            Precision::Unknown => "unknown",
        }
    }
}

/// A calendar interval [start, end] (both inclusive) at a precision:
/// "March 23-25" (2016) is 2016-03-23..2016-03-25 at day precision,
/// "May 2015" is 2015-05-01..2015-05-31 at month precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub precision: Precision,
}

impl Interval {
    /// The whole of one calendar month, at month precision (`None` for a
    /// month number out of range).
    pub fn month(year: i32, month: u32) -> Option<Interval> {
        resolve::month_iv(year, month, month, rules::Part::Whole)
    }

    /// The interval in EDTF: `2016-03-23`, `2016-03-23/2016-03-24`, `2015-05`, `2015`, `2015-21` (spring), `201X`.
    pub fn edtf(&self) -> String {
        let (s, e) = (self.start, self.end);
        let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        let month = |d: NaiveDate| format!("{:04}-{:02}", d.year(), d.month());
        match self.precision {
            Precision::Day if s == e => day(s),
            Precision::Day | Precision::Unknown => format!("{}/{}", day(s), day(e)),
            Precision::Month if month(s) == month(e) => month(s),
            Precision::Month => format!("{}/{}", month(s), month(e)),
            Precision::Season => {
                // Spring 21, summer 22, autumn 23, winter 24 (from December).
                let code = match s.month() {
                    3..=5 => 21,
                    6..=8 => 22,
                    9..=11 => 23,
                    _ => 24,
                };
                let y = if s.month() <= 2 {
                    s.year() - 1
                } else {
                    s.year()
                };
                format!("{y:04}-{code}")
            }
            Precision::Year if s.year() == e.year() => format!("{:04}", s.year()),
            Precision::Year => format!("{:04}/{:04}", s.year(), e.year()),
            Precision::Decade => format!("{:03}X", s.year().div_euclid(10)),
        }
    }
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// Byte offsets into the text, end exclusive, on char boundaries.
    pub begin: usize,
    pub end: usize,
    pub text: String,
    pub kind: TimexType,
    /// The TIMEX3 value (`2016-03-23`, `2016-W11`, `P4H`, `PAST_REF`, `XXXX-03-23` when unresolved).
    pub value: String,
    /// The calendar interval a DATE covers, when it resolves to one
    /// (ranges such as "March 23-25" give the whole range).
    pub interval: Option<Interval>,
}

impl Timex {
    /// The length in days of a DURATION counted in days or weeks, for a
    /// visit's window: "three-day" (`P3D`) is 3, "a two week tour" (`P2W`)
    /// 14, "a week long visit" (`P1W`) 7. None for other types, other units
    /// and vague lengths (`PXD`); the value keeps TimeBank's unit (`P2W`).
    pub fn duration_days(&self) -> Option<u32> {
        if self.kind != TimexType::Duration {
            return None;
        }
        let body = self.value.strip_prefix('P')?;
        let (n, per) = match body.strip_suffix('D') {
            Some(n) => (n, 1),
            None => (body.strip_suffix('W')?, 7),
        };
        if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        n.parse::<u32>().ok()?.checked_mul(per)
    }
}

/// A document date inferred from the content of an undated document.
#[derive(Debug, Clone, PartialEq)]
pub struct InferredDct {
    /// The earliest and latest plausible publication dates.
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    /// How it was inferred, for the dataset's documents table.
    pub how: String,
}

/// The temporal tagger. Build once, use from many threads.
#[derive(Debug)]
pub struct Tagger {
    rules: rules::Rules,
    ctx: Option<resolve::Context>,
}

impl Default for Tagger {
    fn default() -> Self {
        Tagger::new()
    }
}

impl Tagger {
    pub fn new() -> Tagger {
        Tagger {
            rules: rules::Rules::new(),
            ctx: resolve::Context::new(),
        }
    }

    /// Finds and normalizes the temporal expressions of a whole document, in
    /// order, against its DCT (None: relative expressions stay unresolved).
    pub fn tag(&self, text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
        let Some(ctx) = &self.ctx else { return vec![] };
        // Date arithmetic stays far from chrono's limits: a DCT outside the
        // years 1..=9999 is treated as no DCT.
        let dct = dct.filter(|d| (1..=9999).contains(&d.year()));
        let mut cands = self.rules.candidates(text);
        resolve::borrow_years(text, &mut cands);
        // A wire story counts its days from its dateline (`wire.rs`).
        let reference = dct.map(|d| wire::dateline_day(text, &cands, d).unwrap_or(d));
        let mut r = resolve::Resolver::new(text, reference, ctx);
        let tagged = cands
            .iter()
            .filter_map(|c| r.resolve(c).map(|t| (t, wire::plain_weekday(c))))
            .collect();
        let tagged = wire::weekday_ranges(text, tagged);
        let tagged = wire::weekday_of_week(text, tagged);
        wire::weekdays_after_next(tagged, reference)
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    /// Infers a document date from content, for documents without one.
    pub fn infer_dct(&self, text: &str) -> Option<InferredDct> {
        let ctx = self.ctx.as_ref()?;
        infer::infer(&self.rules, ctx, text)
    }
}

#[cfg(test)]
mod tests;

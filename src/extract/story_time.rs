//! Story time: dates read from the story's own time, the report date,
//! when a visit, meeting or call has none of its own.
//!
//! From the extractor's essay ([`super`], items 6, 7 and 12):
//!
//! - A visit told as under way or just ended without a date ("visiting
//!   Trade Representative Yeutter", "is in New York for talks", "wrapped up
//!   a visit") is dated by the report date, unless the same trip or a
//!   meeting of its guest is dated elsewhere in the story, and the talks
//!   beside it take that date too ([`visits_under_way`],
//!   [`dates_from_meetings`]). The meeting must be one of that visit: at
//!   its destination by its own words (not a place it took from the
//!   visit), with the guest a person among its sides, or with a side of
//!   the destination; "an agreement between Nigeria and the Paris Club in
//!   December" does not date a Nigerian delegation's trip to Japan.
//! - A visit known only from "said in X" or "told reporters in X" is on
//!   the report day (the speaker was there that day) unless the sentence
//!   gives the saying a day; a date inside what was said ("that ... next
//!   year") is not the stay's ([`visits_under_way`]).
//! - Stops named after "a tour which includes" are planned and undated,
//!   after "a tour that has taken him to" occurred and undated
//!   ([`tour_stops`]).
//! - "X said after talks with Y" is on the report date, even without a
//!   dateline (a news round-up's item) ([`said_after_talks`]).
//! - A call reported as held with no date of its own, and a meeting in a
//!   document titled as a readout, are on the report date; so is a
//!   readout's visit told in the sentence of its occurred call or meeting
//!   ("took the opportunity of the King's visit to the White House to invite
//!   him to join the call") ([`calls_on_report_date`]).
//!
//! - A later definite "the meeting", "the two-day meeting", "the talks",
//!   "the meetings" without a date takes the day the lead gave that noun
//!   when it dated one occasion of it ([`lead_dates`]; a series' first day,
//!   "meetings starting today", is no day of each).
//! - A meeting dated by one day with its length before its noun ("a
//!   three-day meeting here tomorrow", "ended two-day talks yesterday",
//!   "the two-day G20 Leaders' Summit concluded ... on Sunday")
//!   spans that many days from it, or up to it ([`meeting_lengths`]); up
//!   to it also when its day came from an earlier sentence that tells the
//!   end ("ended its annual meeting here today ... The three-day meeting
//!   was dominated by": round 15, [`ends_where_dated`]).
//! - In a readout, a meeting named as a topic of the talks ("discussed the
//!   outcomes of the G20 summit in Bali", "the recent talks between") is
//!   another occasion and takes no readout day ([`calls_on_report_date`]).
//!
//! - An arrival dated by one day lasts at least to the later talks its
//!   guest holds in the same sentence, within a week ("arrived here on
//!   Saturday and will have talks with Suharto tomorrow")
//!   ([`stays_through_talks`]).
//! - An undated event in a sentence saying "earlier in the day", "later
//!   that day" or "the same day" takes the one day another event of that
//!   sentence, or else of the sentence before, is dated ([`same_day_as`]).
//!
//! - A place or trigger inside a "since" clause of an earlier occasion
//!   ("since June 2019, when he travelled to Moscow", "since they met in
//!   Bali last November") is that occasion's, dated by the clause's own
//!   past date ([`since_occasions`], round 15: `+since`).
//! - A visit told only in comparison with the story's own is a visit of
//!   its own, occurred, dated by the comparison's past date: "the first
//!   U.S. secretary of state to visit China since Mike Pompeo in 2018" and
//!   "The last German chancellor to visit China was Angela Merkel, in
//!   September 2019" are the named person's visit to that place; "his first
//!   visit to Brazil since 2015" and "he last went there as vice-president
//!   in 2017" the subject's own earlier visit ([`compared_visits`], round
//!   15: `visit.compared.*`). Round 16 reads the same comparison in more
//!   wordings: the visit noun elided after a visit told before ("a state
//!   visit to Japan next spring, which would be the first by a Chinese
//!   president since Hu Jintao in 2008": `visit.compared.first_by`); an
//!   ordinal with the earlier visitors after "after", each a visit ("the
//!   third South Korean president to visit Pyongyang, after Kim Dae-jung in
//!   2000 and Roh Moo-hyun in 2007": `visit.compared.nth_after`); "most
//!   senior" or "highest-ranking" for "first", "set foot in" for "visit",
//!   "the last state visit to France by ... was X's in June 2014"; and an
//!   earlier visitor named with "then", "the late" or as "his father,
//!   Emperor Emeritus Akihito, came in May 1998".
//! - Both read a sentence's "since" clauses through one finder
//!   ([`since_clauses`], round 16): each clause runs from "since" to the
//!   next semicolon or the sentence's end ([`clause_end`]) and says whether
//!   it tells an occasion of its own ("since June 2019, when he
//!   travelled", "since they met"). Such a clause is the first reader's: it
//!   dates the trigger or place inside it and is no comparison ("his first
//!   trip to the United States since 2017, when he was received" makes no
//!   `visit.compared.own_since`); the second reads the others' dates.
//!
//! The story's own meeting at the dateline and its day are in
//! [`super::dateline`]. A draft dated here gets `+under_way`,
//! `+report_date`, `+meeting_dates`, `+tour_ahead`, `+tour_behind`,
//! `+lead_date`, `+length`, `+through_talks` or `+same_day` on its rule.
//! A visit whose guest the story sends away the day they came ("was due
//! to leave the same evening for Samarkand") gets `+left_same_day`: its
//! stay is that day, whatever day the next leg is told by
//! ([`left_same_day`], round 18).
//!
//! ```text
//! "Fernandez is in New York for talks with Shultz." (reported 1987-03-02)
//!  -> visit    Fernandez; New York; 1987-03-02 (+under_way)
//!  -> meeting  Fernandez, Shultz; the visit's day (+under_way)
//! ```

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::re::Re;
use chrono::NaiveDate;

use super::args::{ActorRef, PlaceRef};
use super::{DocContext, Draft, EventType, Status, OTHER_DAY};
use crate::kb::ActorKind;
use crate::text::Sentence;
use crate::time::{Interval, Precision, Timex, TimexType};

/// "since" and its words; group `occasion` when they tell an earlier
/// occasion ("since June 2019, when he travelled to Moscow", "since they
/// met in Bali last November"), either by a date and a "when" clause
/// (group `date`: where the date stands) or by its own subject and past
/// verb.
static SINCE_CLAUSE: LazyLock<Re> = regex!(
    r"(?i)\bsince\s+(?P<occasion>(?P<date>[^,;.]{1,30}?),?\s+when\b|(?:they|he|she|we|the\s+two(?:\s+\w+)?)\s+(?:last\s+|first\s+)?(?:met|visited|travell?ed|went|came|held|hosted|attended|was|were)\b)?"
);

/// The end of the clause from `at` in sentence `s` (text `stext`): the next
/// semicolon, or the sentence's end.
fn clause_end(stext: &str, s: Sentence, at: usize) -> usize {
    stext
        .get(at - s.start..)
        .and_then(|r| r.find(';'))
        .map_or(s.end, |i| at + i)
}

/// A "since" clause of a sentence ([`since_clauses`]); document offsets.
#[derive(Clone, Copy)]
struct SinceClause {
    /// Where "since" stands.
    start: usize,
    /// Where the words after "since" begin.
    words: usize,
    /// The clause's end ([`clause_end`]).
    end: usize,
    /// The clause tells an earlier occasion of its own ("since June 2019,
    /// when he travelled", "since they met"): Some, with where its date
    /// stands when a "when" clause follows one.
    occasion: Option<Option<usize>>,
}

/// The "since" clauses of sentence `s`, in order: one finder for the
/// occasions they tell ([`since_occasions`]) and the visits they compare
/// with ([`compared_visits`]).
fn since_clauses(stext: &str, s: Sentence) -> Vec<SinceClause> {
    if !stext.contains("since") && !stext.contains("Since") {
        return vec![];
    }
    SINCE_CLAUSE
        .captures_iter(stext)
        .filter_map(|c| {
            let m = c.get(0)?;
            let occasion = c.name("occasion");
            let start = s.start + m.start();
            Some(SinceClause {
                start,
                words: s.start + occasion.map_or(m.end(), |o| o.start()),
                end: clause_end(stext, s, start),
                occasion: occasion.map(|_| c.name("date").map(|g| s.start + g.start())),
            })
        })
        .collect()
}

/// A timex of a past date (or, with `time`, a past time) before the report
/// date.
fn past(ctx: &DocContext, x: &Timex, time: bool) -> bool {
    (x.kind == TimexType::Date || (time && x.kind == TimexType::Time))
        && x.interval
            .is_some_and(|i| ctx.dct.is_none_or(|r| i.end < r))
}

/// A visit, meeting or call whose place or trigger stands in a "since"
/// clause of another occasion ("Xi's first visit to Russia since June 2019,
/// when he travelled to Moscow", "the first meeting between the two men
/// since they met in Bali last November", "have not met since January,
/// when they held talks in Geneva") is that earlier occasion: it takes the
/// past date the clause gives (up to a semicolon or the sentence's end),
/// not the story's, and it occurred. (Round 15; the trip the story is
/// about has its own mentions. No wording of the class in Reuters or the
/// White House statements: it is present-day news prose.)
pub(super) fn since_occasions(ctx: &DocContext, drafts: &mut [Draft]) {
    let text = ctx.doc.text.as_str();
    for d in drafts.iter_mut() {
        if d.derived {
            continue;
        }
        let s = d.sentence;
        let Some(stext) = text.get(s.start..s.end) else {
            continue;
        };
        for c in since_clauses(stext, s) {
            let Some(at) = c.occasion else { continue };
            let (from, until) = (c.start, c.end);
            let inside = |x: usize| from < x && x < until;
            if !(d.place.as_ref().is_some_and(|p| inside(p.start)) || inside(d.trigger.0)) {
                continue;
            }
            // "since June 2019, when": the words before "when" are the date
            let x = ctx.timexes.iter().find(|x| {
                x.begin > from
                    && x.end <= until
                    && at.is_none_or(|a| x.begin == a)
                    && past(ctx, x, true)
            });
            let Some((x, iv)) = x.and_then(|x| Some((x, x.interval?))) else {
                continue;
            };
            d.dates = Some((iv, x.text.clone()));
            d.status = Status::Occurred;
            d.rule = format!("{}+since", d.rule);
            break;
        }
    }
}

/// "the first U.S. secretary of state to visit China since", "the first
/// bilateral visit to South Korea by a Japanese leader since": a first
/// visit (or trip, or travel) compared with an earlier one, up to the
/// "since" that names it (the match ends after "since ").
static FIRST_SINCE: LazyLock<Re> = regex!(
    r"(?i)\b(?:first|only|most\s+senior|highest[\s-]ranking)\b(?:[^.;]|\b[A-Z]\.){0,100}?\b(?:visits?|trips?|travel|to\s+(?:visit|travel\s+to|go\s+to|come\s+to|set\s+foot\s+(?:in|on)))\b(?:[^.;]|\b[A-Z]\.){0,80}?\bsince\s+"
);

/// "the first by a Pakistani prime minister to Moscow in 23 years; ": a
/// first visit told up to a semicolon, after which the earlier visitor is
/// named as "the last" ([`LAST_TAIL`]; round 18, the match ends after the
/// semicolon's space).
static FIRST_THEN_LAST: LazyLock<Re> =
    regex!(r"(?i)\bthe\s+first\b(?:[^.;]|\b[A-Z]\.){0,100}?;\s+");

/// After the earlier visitor of [`FIRST_THEN_LAST`], up to the date:
/// "was the last, in", "had been the last to come, in".
static LAST_TAIL: LazyLock<Re> = regex!(
    r"(?i)^\s+(?:was|had\s+been)\s+the\s+last(?:\s+one|\s+to\s+(?:visit|come|go))?,?\s+(?:in|on)\s+$"
);

/// "which would be the first by a Chinese president since", "was the
/// first by an Indian prime minister in 34 years, since": the visit noun
/// elided, the visit told before it in the sentence (round 16; the match
/// ends after "since ").
static FIRST_BY_SINCE: LazyLock<Re> =
    regex!(r"(?i)\bthe\s+first\s+(?:one\s+)?by\s+(?:an?\s+)?(?:[^.;]|\b[A-Z]\.){0,60}?\bsince\s+");

/// "the third South Korean president to visit Pyongyang, after": the
/// earlier visitors follow, each with a year (round 16; the match ends
/// after "after ").
static NTH_AFTER: LazyLock<Re> = regex!(
    r"(?i)\b(?:second|third|fourth|fifth|sixth|seventh)\b(?:[^.;]|\b[A-Z]\.){0,80}?\bto\s+(?:visit|travel\s+to|go\s+to|set\s+foot\s+(?:in|on))\b(?:[^.;]|\b[A-Z]\.){0,50}?,?\s+after\s+"
);

/// Between one earlier visitor's date and the next: "and", ", and", ",".
static NEXT_VISITOR: LazyLock<Re> = regex!(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$");

/// "The last German chancellor to visit China was": the earlier visitor
/// follows (the match ends after "was ").
static LAST_WAS: LazyLock<Re> = regex!(
    r"(?i)\blast\s+(?:[^.;]|\b[A-Z]\.){0,80}?\b(?:to\s+(?:visit|travel\s+to|go\s+to)|visit\s+to)\b(?:[^.;]|\b[A-Z]\.){0,40}?\s(?:was|were)\s+"
);

/// "his first visit to Brazil since": the subject's own earlier visit,
/// dated by the words right after "since".
static OWN_FIRST_SINCE: LazyLock<Re> = regex!(
    r"(?i)\b(?:his|her|their)\s+first\s+(?:[a-z-]+\s+){0,2}(?:visit|trip)\s+(?:to|in)\s+[^.;]{0,50}?\bsince\s+"
);

/// "he last went there", "she last travelled to the country": the
/// subject's earlier visit to the place just told, dated after it.
static LAST_THERE: LazyLock<Re> = regex!(
    r"(?i)\b(?:he|she|they)\s+last\s+(?:went|travell?ed|traveled|flew|came|was)\s+(?:there|to\s+the\s+(?:country|city))\b"
);

/// Between the earlier visitor and the date: "Mike Pompeo in 2018",
/// "Malcolm Turnbull attended a summit in 2016", "Angela Merkel, in
/// September 2019".
static TO_DATE: LazyLock<Re> = regex!(r"(?i)^(?:'s|’s)?,?(?:\s+[^\s,;.]+){0,5}?\s+(?:in|on)\s+$");

/// Between "since" and the earlier visitor: nothing, or a possessive
/// country or a title ("Ghana's", "then House Speaker", "the late Queen"),
/// or a kinsman named in apposition ("his father, Emperor Emeritus").
static TO_VISITOR: LazyLock<Re> = regex!(
    r"^(?:(?:[Tt]he\s+)?(?:late|then|former)[\s-]+|(?:his|her|their)\s+(?:father|mother|predecessor),?\s+)?(?:[A-Z][\w.-]*(?:'s|’s)?\s+){0,3}$"
);

/// A place said as a destination: "to China", "visit China", "in Seoul".
static AS_DESTINATION: LazyLock<Re> = regex!(r"(?i)\b(?:to|visit|visiting|in)\s+(?:the\s+)?$");

/// A visit told only in comparison with the story's own (round 15,
/// `visit.compared`): "the first U.S. secretary of state to visit China
/// since Mike Pompeo in 2018" and "The last German chancellor to visit
/// China was Angela Merkel, in September 2019" are the named person's
/// visit to that place in that past date; "his first visit to Brazil since
/// 2015" is the subject's own visit there in 2015, and "he last went there
/// as vice-president in 2017" the subject's visit to the place just told.
/// "which would be the first by a Chinese president since Hu Jintao in
/// 2008" takes the destination of the visit told before it in the
/// sentence; "the third ... to visit Pyongyang, after Kim Dae-jung in 2000
/// and Roh Moo-hyun in 2007" is one visit for each earlier visitor (round
/// 16). All occurred. The comparison's own trigger in "the last ... to visit
/// China was X" is X's visit, not the subject's: that draft gives way; in
/// "the third ... to visit Pyongyang, after X in 2000" and "the first ...
/// to visit China since X in 2018" it is the subject's visit, but not of
/// the earlier visitor's year: it loses that date (round 17; 0 such
/// sentences in Reuters-21578 and the White House statements, 2 in
/// news2).
/// A "since 2017, when he ..." clause is [`since_occasions`]' (the one
/// finder, [`since_clauses`], tells them apart).
pub(super) fn compared_visits(
    ctx: &DocContext,
    actors: &[ActorRef],
    places: &[PlaceRef],
    drafts: &mut Vec<Draft>,
) {
    let text = ctx.doc.text.as_str();
    // a past date starting at `at` (or, with `gap`, after words `gap` accepts)
    let past_date = |from: usize, until: usize, gap: Option<&Re>| {
        ctx.timexes.iter().find(|x| {
            x.begin >= from
                && x.end <= until
                && gap.map_or(x.begin == from, |g| {
                    text.get(from..x.begin).is_some_and(|w| g.is_match(w))
                })
                && past(ctx, x, false)
        })
    };
    let mut extra: Vec<Draft> = vec![];
    let mut dropped: Vec<(usize, usize)> = vec![];
    // the comparison's own trigger ("the third ... to visit Pyongyang,
    // after Kim Dae-jung in 2000") and the earlier visit's days: the
    // subject's visit is not of those days
    let mut undated: Vec<(usize, usize, Option<Interval>)> = vec![];
    for (si, s) in ctx.sentences.iter().enumerate() {
        let Some(stext) = text.get(s.start..s.end) else {
            continue;
        };
        if !(stext.contains("since")
            || stext.contains("last")
            || stext.contains("Last")
            || stext.contains("after"))
        {
            continue;
        }
        let clause_end = |at: usize| clause_end(stext, *s, at);
        let new_visit =
            |guest: &ActorRef, place: &PlaceRef, x: &Timex, trig: (usize, usize), rule: &str| {
                let iv = x.interval?;
                Some(Draft {
                    sentence_index: si,
                    sentence: *s,
                    event_type: EventType::Visit,
                    status: Status::Occurred,
                    cued: true,
                    guests: vec![guest.clone()],
                    hosts: vec![],
                    sides: vec![],
                    place: Some(place.clone()),
                    dates: Some((iv, x.text.clone())),
                    rule: rule.to_string(),
                    confidence: 0.75,
                    noun: false,
                    derived: false,
                    summit: false,
                    trigger: trig,
                })
            };
        // the destination: the last place told as one inside `from..until`
        let destination = |from: usize, until: usize| {
            places.iter().rev().find(|p| {
                from <= p.start
                    && p.end <= until
                    && text
                        .get(from..p.start)
                        .is_some_and(|w| AS_DESTINATION.is_match(w))
            })
        };
        // the earlier visitor: a person right after `at`
        let visitor = |at: usize| {
            actors.iter().find(|a| {
                a.kind == ActorKind::Person
                    && a.start >= at
                    && a.start <= at + 45
                    && a.end <= s.end
                    && text
                        .get(at..a.start)
                        .is_some_and(|w| TO_VISITOR.is_match(w))
            })
        };
        for (re, rule) in [
            (&FIRST_SINCE, "visit.compared.first_since"),
            (&LAST_WAS, "visit.compared.last_was"),
        ] {
            for m in re.find_iter(stext) {
                let (from, at) = (s.start + m.start(), s.start + m.end());
                let Some(place) = destination(from, at) else {
                    continue;
                };
                let Some(guest) = visitor(at) else { continue };
                let until = clause_end(guest.end).min(guest.end + 60);
                let Some(x) = past_date(guest.end, until, Some(&*TO_DATE)) else {
                    continue;
                };
                if let Some(d) = new_visit(guest, place, x, (from, at), rule) {
                    if rule.ends_with("last_was") {
                        dropped.push((from, at));
                    }
                    undated.push((from, at, d.dates.as_ref().map(|(w, _)| *w)));
                    extra.push(d);
                }
            }
        }
        // "the first by a Pakistani prime minister to Moscow in 23 years;
        // Nawaz Sharif was the last, in 1999": the earlier visitor opens the
        // clause after the semicolon; the destination is the first clause's,
        // else the visit's told before it in the sentence
        for m in FIRST_THEN_LAST.find_iter(stext) {
            let (from, at) = (s.start + m.start(), s.start + m.end());
            let Some(guest) = visitor(at) else { continue };
            if guest.start != at {
                continue;
            }
            let until = clause_end(guest.end).min(guest.end + 60);
            let Some(x) = past_date(guest.end, until, Some(&*LAST_TAIL)) else {
                continue;
            };
            let told = drafts.iter().rev().find(|d| {
                d.event_type == EventType::Visit
                    && !d.derived
                    && d.sentence_index == si
                    && d.trigger.1 <= at
            });
            let Some(place) = destination(from, at).or(told.and_then(|d| d.place.as_ref())) else {
                continue;
            };
            if let Some(d) = new_visit(guest, place, x, (from, at), "visit.compared.then_last") {
                extra.push(d);
            }
        }
        // "the first by a Chinese president since Hu Jintao in 2008": the
        // visit told before in the sentence gives the destination
        for m in FIRST_BY_SINCE.find_iter(stext) {
            let (from, at) = (s.start + m.start(), s.start + m.end());
            let Some(told) = drafts.iter().rev().find(|d| {
                d.event_type == EventType::Visit
                    && !d.derived
                    && d.sentence_index == si
                    && d.trigger.1 <= from
            }) else {
                continue;
            };
            let Some(place) = told.place.as_ref().or_else(|| destination(s.start, from)) else {
                continue;
            };
            let Some(guest) = visitor(at) else { continue };
            let until = clause_end(guest.end).min(guest.end + 60);
            let Some(x) = past_date(guest.end, until, Some(&*TO_DATE)) else {
                continue;
            };
            if let Some(d) = new_visit(guest, place, x, (from, at), "visit.compared.first_by") {
                extra.push(d);
            }
        }
        // "the third South Korean president to visit Pyongyang, after Kim
        // Dae-jung in 2000 and Roh Moo-hyun in 2007": each a visit there
        for m in NTH_AFTER.find_iter(stext) {
            let (from, mut at) = (s.start + m.start(), s.start + m.end());
            let Some(place) = destination(from, at) else {
                continue;
            };
            while let Some(guest) = visitor(at) {
                let until = clause_end(guest.end).min(guest.end + 60);
                let Some(x) = past_date(guest.end, until, Some(&*TO_DATE)) else {
                    break;
                };
                if let Some(d) = new_visit(guest, place, x, (from, at), "visit.compared.nth_after")
                {
                    undated.push((from, at, d.dates.as_ref().map(|(w, _)| *w)));
                    extra.push(d);
                }
                match text.get(x.end..s.end).and_then(|r| {
                    r.char_indices()
                        .take_while(|&(i, _)| i < 8)
                        .map(|(i, c)| i + c.len_utf8())
                        .filter(|&i| r.get(..i).is_some_and(|w| NEXT_VISITOR.is_match(w)))
                        .last()
                }) {
                    Some(n) => at = x.end + n,
                    None => break,
                }
            }
        }
        for m in OWN_FIRST_SINCE.find_iter(stext) {
            let (from, at) = (s.start + m.start(), s.start + m.end());
            // the "since" clause the match ends in; "since 2017, when he
            // was received" is an occasion of its own ([`since_occasions`])
            let Some(c) = since_clauses(stext, *s)
                .into_iter()
                .find(|c| c.words == at && c.occasion.is_none())
            else {
                continue;
            };
            let Some(x) = past_date(at, c.end, None) else {
                continue;
            };
            let Some(own) = drafts.iter().find(|d| {
                d.event_type == EventType::Visit
                    && !d.derived
                    && from <= d.trigger.0
                    && d.trigger.1 <= at
                    && !d.rule.contains("+since")
            }) else {
                continue;
            };
            let place = destination(from, at).or(own.place.as_ref());
            for g in own.guests.iter().filter(|g| g.kind == ActorKind::Person) {
                if let Some(d) =
                    place.and_then(|p| new_visit(g, p, x, (from, at), "visit.compared.own_since"))
                {
                    extra.push(d);
                }
            }
        }
        for m in LAST_THERE.find_iter(stext) {
            let (from, at) = (s.start + m.start(), s.start + m.end());
            // "travelled to the country" may be a trigger of its own
            if drafts
                .iter()
                .any(|d| from <= d.trigger.0 && d.trigger.0 < at)
            {
                continue;
            }
            let Some(x) = ctx.timexes.iter().find(|x| {
                x.begin >= at
                    && x.begin <= at + 60
                    && x.end <= clause_end(at)
                    && past(ctx, x, false)
            }) else {
                continue;
            };
            // the place just told: a visit of this sentence before, or of the one before
            let Some(told) = drafts.iter().rev().find(|d| {
                d.event_type == EventType::Visit
                    && !d.derived
                    && d.place.is_some()
                    && ((d.sentence_index == si && d.trigger.1 <= from)
                        || d.sentence_index + 1 == si)
            }) else {
                continue;
            };
            let Some(place) = told.place.as_ref() else {
                continue;
            };
            for g in told.guests.iter().filter(|g| g.kind == ActorKind::Person) {
                if let Some(d) = new_visit(g, place, x, (from, at), "visit.compared.last_there") {
                    extra.push(d);
                }
            }
        }
    }
    drafts.retain(|d| {
        d.event_type != EventType::Visit
            || !dropped
                .iter()
                .any(|&(a, b)| a <= d.trigger.0 && d.trigger.1 <= b)
    });
    for d in drafts
        .iter_mut()
        .filter(|d| d.event_type == EventType::Visit)
    {
        let theirs = undated.iter().any(|&(a, b, w)| {
            a <= d.trigger.0 && d.trigger.1 <= b && d.dates.as_ref().map(|(x, _)| *x) == w
        });
        if theirs {
            d.dates = None;
        }
    }
    drafts.extend(extra);
}

/// "left the same evening", "was due to leave the same day for Samarkand",
/// "flew home the same night": a guest gone the day they came (round 18;
/// 0 sentences in Reuters-21578 and the White House statements, 3 in news3).
static LEFT_SAME_DAY: LazyLock<Re> = regex!(
    r"(?i)\b(?:leave|leaves|left|leaving|depart(?:s|ed|ing)?|fl(?:y|ies|ew|ying)\s+(?:out|home|back)|head(?:s|ed|ing)?\s+(?:home|back))\s+(?:[a-z]+\s+)?the\s+same\s+(?:day|evening|night|afternoon)\b"
);

/// A guest sent away the day they came ("arrived in Astana on Wednesday
/// ... was due to leave the same evening for Samarkand"): the latest visit
/// of a person named before the leaving verb (or by the surname alone, "Mr
/// Xi"), told up to that sentence and
/// dated one day, gets `+left_same_day`, and the merge ends its stay that
/// day, not at the next leg's told day ([`crate::merge`]'s stay ends).
pub(super) fn left_same_day(ctx: &DocContext, actors: &[ActorRef], drafts: &mut [Draft]) {
    let text = ctx.doc.text.as_str();
    for (si, s) in ctx.sentences.iter().enumerate() {
        let Some(stext) = text.get(s.start..s.end) else {
            continue;
        };
        if !stext.contains("same ") {
            continue;
        }
        let Some(m) = LEFT_SAME_DAY.find(stext) else {
            continue;
        };
        let verb = s.start + m.start();
        let gone: Vec<&str> = actors
            .iter()
            .filter(|a| a.kind == ActorKind::Person && a.start >= s.start && a.end <= verb)
            .filter_map(|a| a.id.as_deref())
            .collect();
        // "Mr Xi was due to leave": a surname too short to be an actor
        // of its own still names the guest
        let lead = text.get(s.start..verb).unwrap_or("");
        let named_before = |g: &ActorRef| {
            g.name.split_whitespace().last().is_some_and(|last| {
                lead.match_indices(last).any(|(i, _)| {
                    let (b, e) = (i, i + last.len());
                    !lead[..b]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                        && !lead[e..].chars().next().is_some_and(char::is_alphanumeric)
                })
            })
        };
        let latest = drafts
            .iter()
            .enumerate()
            .filter(|(_, d)| {
                d.event_type == EventType::Visit
                    && !d.derived
                    && d.sentence_index <= si
                    && dated_one_day(d)
                    && d.guests.iter().any(|g| {
                        g.id.as_deref().is_some_and(|id| gone.contains(&id))
                            || (g.kind == ActorKind::Person && named_before(g))
                    })
            })
            .max_by_key(|(_, d)| (d.sentence_index, d.trigger.0))
            .map(|(i, _)| i);
        if let Some(d) = latest.and_then(|i| drafts.get_mut(i)) {
            if !d.rule.contains("+left_same_day") {
                d.rule = format!("{}+left_same_day", d.rule);
            }
        }
    }
}

/// A draft dated to one whole day ("on Wednesday"), the day a same-day
/// departure or a "the same day" reference is told against.
fn dated_one_day(d: &Draft) -> bool {
    d.dates
        .as_ref()
        .is_some_and(|(w, _)| w.precision == Precision::Day && w.start == w.end)
}

/// "X said after talks with Y", "told reporters after a meeting with": the
/// wire's report of the day's talks (the story's own news).
static SAID_AFTER: LazyLock<Re> = regex!(
    r"(?i)\b(?:said|says|told\s+(?:reporters|journalists|a\s+news\s+conference|the\s+press)|speaking)\s+(?:(?:here|today|tonight)\s+)?(?:after|following)\s+(?:(?:his|her|their|the|an?|long|lengthy|brief|private|informal|closed|[a-z]+-[a-z-]+)\s+){0,3}(?:talks|meetings?|discussions|consultations)\b"
);

/// An undated meeting a speaker reports "after talks with" (outside any
/// dateline rule, e.g. an item of a news round-up): the report's day.
pub(super) fn said_after_talks(ctx: &DocContext, drafts: &mut [Draft]) {
    let (text, Some(r)) = (ctx.doc.text.as_str(), ctx.dct) else {
        return;
    };
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Meeting || d.status != Status::Occurred || d.dates.is_some() {
            continue;
        }
        let Some(stext) = text.get(d.sentence.start..d.sentence.end) else {
            continue;
        };
        if SAID_AFTER.is_match(stext) && !OTHER_DAY.is_match(stext) {
            d.on_report_date(r);
            d.rule = format!("{}+report_date", d.rule);
        }
    }
}

/// "a tour which includes Bolivia and Guatemala", "will go on to A": the
/// stops named after a forward-looking tour phrase are planned visits, not
/// the current stop, and do not take its dates; "a tour that has taken him
/// to A and B" names stops already made (occurred, before the report date).
static TOUR_AHEAD: LazyLock<Re> = regex!(
    r"(?i)\b(?:tour|trip|journey)(?:\s+of\s+[^.;,]{1,40}?)?,?\s+(?:which|that)\s+(?:includes?|will (?:take|include|also take)|is to (?:take|include)|also includes?)\b[^.;]*$|\bwill (?:then |also |later )?(?:go on to|continue to|travel on to|move on to)\b[^.;]*$"
);

static TOUR_BEHIND: LazyLock<Re> = regex!(
    r"(?i)\b(?:tour|trip|journey)(?:\s+of\s+[^.;,]{1,40}?)?,?\s+(?:which|that)\s+(?:has|had) (?:already )?(?:taken|included)\b[^.;]*$|\bafter (?:visiting|stops in|a stop in|visits to)\b[^.;]*$"
);

pub(super) fn tour_stops(text: &str, dct: Option<NaiveDate>, drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Visit || d.derived {
            continue;
        }
        let Some(p) = &d.place else { continue };
        let Some(before) = text.get(d.sentence.start..p.start.max(d.sentence.start)) else {
            continue;
        };
        if TOUR_AHEAD.is_match(before) {
            if d.status == Status::Occurred {
                d.status = Status::Planned;
                d.dates = None;
            }
            d.rule = format!("{}+tour_ahead", d.rule);
        } else if TOUR_BEHIND.is_match(before) && d.status == Status::Occurred {
            // a stop already made: on or before the report date
            if let (Some(r), Some(v)) = (dct, &d.dates) {
                if v.0.start > r || v.1.contains("(report date)") {
                    d.dates = None;
                }
            }
            d.rule = format!("{}+tour_behind", d.rule);
        }
    }
}

/// A visit told as under way ("visiting U.S. Trade Representative Yeutter",
/// "Fernandez is in New York for talks", "on the first day of an official
/// visit", "is on a tour of") or just ended ("wrapped up a visit"), without a
/// date of its own, is dated by the story's date: the report date is a day
/// of the visit. A dated meeting of the same guest in the same country (see
/// [`dates_from_meetings`]) wins.
static UNDER_WAY: LazyLock<Re> = regex!(
    r"(?i)\b(?:(?:is|are) (?:now |currently )?(?:in|on|visiting|touring|here)|visiting|currently|first day|second day|third day|last day|final day|(?:is|are) on an? (?:[a-z-]+ ){0,3}(?:tour|visit|trip)|wound up|wraps? up|wrapped up|ended|ending|winding up|concluded|arrived (?:here )?(?:today|on|for))\b"
);

/// The reported clause after "said in X": "that", a comma, a quote.
static SAID_THAT: LazyLock<Re> = regex!(r#"(?i)\bthat\b|[,"“]"#);

pub(super) fn visits_under_way(ctx: &DocContext, drafts: &mut [Draft]) {
    let Some(r) = ctx.dct else { return };
    let text = ctx.doc.text.as_str();
    let snapshot: Vec<Draft> = drafts.to_vec();
    for d in drafts.iter_mut() {
        // "had said in Paris that the reform would come next year": a date
        // of what was said is not the stay's
        if d.base_rule() == "visit.said_in" {
            let reported = d.dates.as_ref().is_some_and(|(_, dt)| {
                text.get(d.trigger.1..d.sentence.end)
                    .and_then(|after| after.find(dt.as_str()).map(|i| &after[..i]))
                    .is_some_and(|gap| SAID_THAT.is_match(gap))
            });
            if reported {
                d.dates = None;
                d.status = Status::Occurred;
            }
        }
        if d.event_type != EventType::Visit
            || d.status != Status::Occurred
            || d.dates.is_some()
            || d.derived
        {
            continue;
        }
        let Some(stext) = text.get(d.sentence.start..d.sentence.end) else {
            continue;
        };
        if OTHER_DAY.is_match(stext) || d.rule.contains("tour_behind") {
            continue;
        }
        let base = d.base_rule();
        if base == "visit.way_home" {
            // a stop already left
            continue;
        }
        // "said in London", "told reporters in Bahrain": the speaker was
        // there on the day the story reports
        let cued = matches!(
            base,
            "visit.visiting_adj" | "visit.in_for" | "visit.said_in"
        ) || UNDER_WAY.is_match(stext);
        if !cued {
            continue;
        }
        let keys = d.keys();
        let met = snapshot.iter().any(|m| {
            m.event_type == EventType::Meeting
                && m.dates.is_some()
                && (m.country().is_none() || m.country() == d.country())
                && keys.iter().all(|k| m.keys().contains(k))
        });
        // the same trip dated in another sentence of the story wins
        let dated = snapshot.iter().any(|v| {
            v.event_type == EventType::Visit
                && v.dates.is_some()
                && v.country() == d.country()
                && v.keys() == keys
        });
        if met || dated {
            continue;
        }
        d.on_report_date(r);
        d.rule = format!("{}+under_way", d.rule);
    }
    // "X, who is in Moscow for talks with Y": the talks are under way too
    let dated: Vec<(usize, Vec<String>, (Interval, String))> = drafts
        .iter()
        .filter(|v| v.rule.ends_with("+under_way"))
        .filter_map(|v| Some((v.sentence_index, v.keys(), v.dates.clone()?)))
        .collect();
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Meeting || d.status != Status::Occurred || d.dates.is_some() {
            continue;
        }
        let keys = d.keys();
        if let Some((_, _, v)) = dated
            .iter()
            .find(|(si, g, _)| *si == d.sentence_index && g.iter().all(|k| keys.contains(k)))
        {
            d.dates = Some(v.clone());
            d.rule = format!("{}+under_way", d.rule);
        }
    }
}

/// A visit without dates takes those of a dated meeting of its guest in the
/// same country reported by the same document ("MOSCOW, April 13 - Shultz was
/// holding talks ... after arriving in Moscow"); a visit planned or proposed
/// never takes the day of a meeting held.
pub(super) fn dates_from_meetings(drafts: &mut [Draft]) {
    let snapshot: Vec<Draft> = drafts.to_vec();
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Visit || d.dates.is_some() || d.derived {
            continue;
        }
        // "looked forward to visiting Canada in the near future" in the
        // readout of a meeting held: a visit still to come is not the day
        // of a meeting already held
        let ahead = matches!(d.status, Status::Proposed | Status::Planned);
        let keys = d.keys();
        // a meeting with officials of a third country ("will meet South
        // Korean President Chun on Monday") does not date a stop elsewhere
        let guest_countries: Vec<Option<&str>> =
            d.guests.iter().map(|g| g.country.as_deref()).collect();
        // a meeting of that visit: held at its destination by its own words
        // (not a place it took from the visit), with the visitor a person
        // among its sides, or with a side of the destination's country; a
        // state or a body is a side of many meetings of a story ("an
        // agreement reached between Nigeria and the Paris Club in December"
        // does not date a Nigerian delegation's trip to Japan)
        let people = d.guests.iter().all(|g| g.kind == ActorKind::Person);
        let of_visit = |m: &Draft| {
            (m.country().is_some() && !m.rule.contains("+visit_context"))
                || people
                || m.sides
                    .iter()
                    .any(|a| a.country.is_some() && a.country.as_deref() == d.country())
        };
        let found = snapshot.iter().find(|m| {
            m.event_type == EventType::Meeting
                && m.dates.is_some()
                && !(ahead && m.status == Status::Occurred)
                && (m.country().is_none() || m.country() == d.country())
                && of_visit(m)
                && !different_cities(m, d)
                && keys.iter().all(|k| m.keys().contains(k))
                && m.sides.iter().all(|a| {
                    a.country.is_none()
                        || a.country.as_deref() == d.country()
                        || guest_countries.contains(&a.country.as_deref())
                })
        });
        if let Some(m) = found {
            d.dates = m.dates.clone();
            d.rule = format!("{}+meeting_dates", d.rule);
            // "a vote is expected during Nakasone's visit" and "Reagan will
            // hold talks with Nakasone this week": the talks' plan is the visit's
            if !d.cued && m.status == Status::Planned {
                d.status = Status::Planned;
            }
        }
    }
}

/// Two drafts placed in two different cities.
fn different_cities(a: &Draft, b: &Draft) -> bool {
    let city = |d: &Draft| d.place.as_ref().and_then(|p| p.place_id.clone());
    matches!((city(a), city(b)), (Some(x), Some(y)) if x != y)
}

/// "arrived here on Saturday and will have talks with Suharto tomorrow":
/// an arrival's stay lasts at least to the talks its guest holds later in
/// the same sentence (within a week); the arrival day alone would end the
/// stay before them.
pub(super) fn stays_through_talks(drafts: &mut [Draft]) {
    let snapshot: Vec<Draft> = drafts.to_vec();
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Visit
            || d.status != Status::Occurred
            || d.derived
            || !d.base_rule().contains("arrive")
        {
            continue;
        }
        let Some((arrival, atext)) = d.dates.clone() else {
            continue;
        };
        if arrival.precision != Precision::Day || arrival.start != arrival.end {
            continue;
        }
        let keys = d.keys();
        let later = snapshot
            .iter()
            .filter(|m| {
                m.event_type == EventType::Meeting
                    && m.sentence_index == d.sentence_index
                    && m.trigger.0 > d.trigger.1
                    && !keys.is_empty()
                    && keys.iter().all(|k| m.keys().contains(k))
            })
            .filter_map(|m| m.dates.as_ref())
            .filter(|(w, _)| {
                w.precision == Precision::Day
                    && w.start > arrival.end
                    && (w.end - arrival.end).num_days() <= 7
            })
            .max_by_key(|(w, _)| w.end);
        if let Some((w, mtext)) = later {
            d.dates = Some((
                Interval {
                    start: arrival.start,
                    end: w.end,
                    precision: Precision::Day,
                },
                format!("{atext} .. {mtext}"),
            ));
            d.rule = format!("{}+through_talks", d.rule);
        }
    }
}

/// "earlier in the day", "later that day", "the same day": a day word that
/// points at a day told by another event.
static SAME_DAY_AS: LazyLock<Re> =
    regex!(r"(?i)\b(?:(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day|the\s+same\s+day)\b");

/// "She had flown to West Germany from talks with Mitterrand in Normandy
/// earlier in the day": an undated event in a sentence saying "earlier in
/// the day" (or "later that day", "the same day") is on the one day another
/// event of that sentence, or else of the sentence before, is dated.
pub(super) fn same_day_as(ctx: &DocContext, drafts: &mut [Draft]) {
    let text = ctx.doc.text.as_str();
    let snapshot: Vec<Draft> = drafts.to_vec();
    let one_day = |d: &&Draft| dated_one_day(d);
    for d in drafts.iter_mut() {
        if d.dates.is_some() || d.status != Status::Occurred {
            continue;
        }
        let Some(stext) = text.get(d.sentence.start..d.sentence.end) else {
            continue;
        };
        if !SAME_DAY_AS.is_match(stext) {
            continue;
        }
        let here: Vec<&Draft> = snapshot
            .iter()
            .filter(|o| o.sentence_index == d.sentence_index)
            .filter(one_day)
            .collect();
        let source = if here.is_empty() {
            snapshot
                .iter()
                .filter(|o| o.sentence_index + 1 == d.sentence_index)
                .rfind(one_day)
        } else {
            here.first().copied()
        };
        // one day only: two different days leave it open
        let days: Vec<NaiveDate> = if here.is_empty() {
            snapshot
                .iter()
                .filter(|o| o.sentence_index + 1 == d.sentence_index)
                .filter(one_day)
                .filter_map(|o| o.dates.as_ref().map(|(w, _)| w.start))
                .collect()
        } else {
            here.iter()
                .filter_map(|o| o.dates.as_ref().map(|(w, _)| w.start))
                .collect()
        };
        if days.windows(2).any(|w| w[0] != w[1]) {
            continue;
        }
        if let Some((w, t)) = source.and_then(|o| o.dates.clone()) {
            d.dates = Some((w, format!("{t} (same day)")));
            d.rule = format!("{}+same_day", d.rule);
        }
    }
}

/// "took the opportunity of X's visit ... to invite him to join the call":
/// a sentence naming a visit as the occasion of the reported call or meeting.
static OCCASION_OF_CALL: LazyLock<Re> = regex!(
    r"(?i)\b(?:opportunity|occasion)\s+of\b[^.;]{0,160}\b(?:visit|stay|trip)\b[^.;]{0,160}\bthe\s+(?:call|meeting|conversation)\b"
);

/// "thanked X for (warmly) welcoming": what is thanked for was done before.
static THANKED_FOR: LazyLock<Re> = regex!(
    r"(?i)\bthank(?:s|ed|ing)?\b[^.;]{0,120}\bfor\s+(?:(?:so\s+)?[a-z]+ly\s+)?(?:welcoming|hosting|receiving|having\s+(?:welcomed|hosted|received))\b[^.;]*$"
);

/// What a readout's leaders talked about, before a meeting noun: "discussed
/// (the outcomes of)", "reviewed", "noted", "the establishment of", "the
/// recent". The noun is an earlier occasion than the readout's call or
/// meeting (a later one, "further consultations", is left to the status
/// rules: undated, it would join a plan and call it held).
static TOPIC_OF_TALKS: LazyLock<Re> = regex!(
    r"(?i)\b(?:discuss(?:ed|es|ing)?|review(?:ed|s|ing)?|not(?:ed|es|ing)|recall(?:ed|s|ing)?|reflect(?:ed|s|ing)?\s+on|highlight(?:ed|s|ing)?|prais(?:ed|es|ing)|outcomes?|results?|success|legacy|establishment|since|follow(?:ed|s|ing)?\s+up\s+on|build(?:s|ing)?\s+on|recent|previous)\b[^.;]{0,120}$"
);

/// A call reported as held with no date of its own ("the President spoke
/// with ...", a readout) took place on the report's date: a call is news the
/// day it is made, so it never joins a call of the same sides months before.
/// So does a meeting in a document titled as a readout.
/// So does a readout's visit named as the occasion of its call.
pub(super) fn calls_on_report_date(ctx: &DocContext, drafts: &mut [Draft]) {
    let Some(r) = ctx.dct else { return };
    // a readout reports the meeting of its day too
    let readout = ctx
        .doc
        .title
        .as_deref()
        .is_some_and(|t| t.to_lowercase().contains("readout"));
    // "took the opportunity of King Abdullah's visit to the White House to
    // invite him to join the call": in a readout, a visit under way in the
    // sentence of the reported call or meeting is on its day too
    let text = ctx.doc.text.as_str();
    let occasions: Vec<usize> = ctx
        .sentences
        .iter()
        .enumerate()
        .filter(|_| readout)
        .filter(|(_, s)| {
            text.get(s.start..s.end)
                .is_some_and(|t| OCCASION_OF_CALL.is_match(&super::flat_text(t)))
        })
        .map(|(i, _)| i)
        .collect();
    for d in drafts.iter_mut() {
        // "thanked President Sheinbaum for warmly welcoming the First Lady to
        // her inauguration": a past stay thanked for, not the readout's news
        let thanked_for = text
            .get(d.sentence.start..d.trigger.1)
            .is_some_and(|b| THANKED_FOR.is_match(&super::flat_text(b)));
        if thanked_for && d.event_type != EventType::Call {
            continue;
        }
        // "discussed the outcomes of the G20 summit in Bali", "the recent
        // talks between Russia and Ukraine": a meeting named as a topic of
        // the readout's talks is another occasion, not the readout's news
        let topic = d.noun
            && text
                .get(d.sentence.start..d.trigger.0)
                .is_some_and(|b| TOPIC_OF_TALKS.is_match(&super::flat_text(b)));
        let reported = d.event_type == EventType::Call
            || (readout && d.event_type == EventType::Meeting && !d.derived && !topic)
            || (d.event_type == EventType::Visit
                && d.noun
                && !d.derived
                && occasions.contains(&d.sentence_index));
        if reported && d.dates.is_none() && d.status == Status::Occurred {
            d.on_report_date(r);
            d.rule = format!("{}+report_date", d.rule);
        }
    }
}

/// "the meeting", "the talks", "the summit" right after "the", or after
/// "the" and the occasion's length ("the two-day meeting", "the week-long
/// talks"): a definite noun that refers back to an occasion the story named
/// before.
static DEFINITE: LazyLock<Re> =
    regex!(r"(?i)\bthe\s+(?:(?:[a-z]+|\d+)-(?:day|week)\s+|week-long\s+)?$");

/// A meeting noun of the lead whose day later mentions may take.
static LEAD_NOUN: LazyLock<Re> = regex!(r"(?i)\b(?:meetings?|talks|summits?)\b");

/// The lead noun a later noun refers back to: "the meetings" to "a meeting
/// ... this weekend", "the summits" to "the summit".
fn lead_key(noun: &str) -> String {
    let noun = noun.to_lowercase();
    match noun.as_str() {
        "meetings" | "summits" => noun[..noun.len() - 1].to_string(),
        _ => noun,
    }
}

/// The words between a lead's meeting noun and its day: its own phrase (no
/// clause break, no other occasion, no preposition of another time).
static LEAD_GAP: LazyLock<Re> = regex!(r"(?i)^(?:\s*[\w'’-]+)*?\s*$");

/// Words of the gap that hand the date to something else.
static LEAD_GAP_OTHER: LazyLock<Re> = regex!(
    r"(?i)\b(?:since|until|before|after|ago|by|when|where|while|visit|trip|meeting|talks|summit|conference|election|elections|said|says|told)\b"
);

/// "the series of meetings starting today": the day a series of meetings
/// starts, not a day of each.
static SERIES_START: LazyLock<Re> =
    regex!(r"(?i)\b(?:start(?:s|ing)?|begin(?:s|ning)?|open(?:s|ing)?|from)\b");

/// The sentences of a story's lead: its headline and first two sentences.
const LEAD_SENTENCES: usize = 3;

/// "Colombia will not attend a meeting of coffee producers scheduled for
/// this weekend ... were invited to the meeting in Managua": a later
/// definite "the meeting" / "the talks" / "the summit" without a date of
/// its own takes the day the lead gave that noun, when the lead dated
/// exactly one occasion of it (two dates of "meeting" in the lead: which
/// one is meant is unknown, nothing is taken).
pub(super) fn lead_dates(ctx: &DocContext, drafts: &mut [Draft]) {
    let text = ctx.doc.text.as_str();
    let lead_n = ctx.sentences.len().min(LEAD_SENTENCES);
    let Some(lead_end) = lead_n
        .checked_sub(1)
        .and_then(|i| ctx.sentences.get(i))
        .map(|s| s.end)
    else {
        return;
    };
    // each noun's dates in the lead
    let mut dated: BTreeMap<String, Vec<(Interval, String)>> = BTreeMap::new();
    let lead = text.get(..lead_end).unwrap_or("");
    for m in LEAD_NOUN.find_iter(lead) {
        let plural = matches!(m.as_str().to_lowercase().as_str(), "meetings" | "summits");
        let Some(s) = ctx
            .sentences
            .iter()
            .find(|s| s.start <= m.start() && m.end() <= s.end)
        else {
            continue;
        };
        let day = ctx
            .timexes
            .iter()
            .filter(|x| x.begin >= s.start && x.end <= s.end)
            .filter(|x| matches!(x.kind, crate::time::TimexType::Date))
            .find(|x| {
                // "a meeting of coffee producers scheduled for this
                // weekend", "Sunday's talks", "the March 3 meeting"
                let after = x.begin >= m.end()
                    && x.begin - m.end() <= 80
                    && text
                        .get(m.end()..x.begin)
                        .map(super::flat_text)
                        .is_some_and(|g| {
                            LEAD_GAP.is_match(&g)
                                && !LEAD_GAP_OTHER.is_match(&g)
                                && !(plural && SERIES_START.is_match(&g))
                        });
                let before = x.end <= m.start()
                    && text
                        .get(x.end..m.start())
                        .is_some_and(|g| matches!(g.trim(), "" | "'s" | "’s"));
                after || before
            })
            .and_then(|x| x.interval.map(|i| (i, x.text.clone())));
        if let Some(day) = day {
            let v = dated.entry(lead_key(m.as_str())).or_default();
            if !v.iter().any(|x| x.0 == day.0) {
                v.push(day);
            }
        }
    }
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Meeting || d.dates.is_some() || d.trigger.0 < lead_end {
            continue;
        }
        let Some(noun) = text.get(d.trigger.0..d.trigger.1).map(lead_key) else {
            continue;
        };
        let from = crate::text::ceil_boundary(text, d.trigger.0.saturating_sub(24));
        let definite = text
            .get(from..d.trigger.0)
            .is_some_and(|b| DEFINITE.is_match(&super::flat_text(b)));
        if let (true, Some([one])) = (definite, dated.get(&noun).map(Vec::as_slice)) {
            d.dates = Some(one.clone());
            d.rule = format!("{}+lead_date", d.rule);
        }
    }
}

/// The words from a meeting's length to the end of its trigger (the noun,
/// or "hold ... talks"): "three-day meeting", "two-day energy talks",
/// "two-day summit meeting"; up to three words, which may be names with
/// digits or an apostrophe ("the two-day G20 Leaders' Summit", round 17:
/// no such gap in Reuters or the White House statements, one in news1).
static LENGTH_GAP: LazyLock<Re> = regex!(r"(?i)^(?:\s+[a-z0-9'’-]+){1,3}$");

/// Gap words that make a length another thing's: "visit Washington on
/// April 29 for a week to discuss".
const NOT_LENGTH_OF: [&str; 8] = ["to", "for", "and", "in", "on", "at", "with", "after"];

/// "a three-day meeting here tomorrow", "two-day energy talks ... from
/// April 1", "at the end of a two-day meeting today": a meeting dated by one
/// day with its length right before its noun spans that many days, from
/// that day, or up to it when the sentence tells the end ("ended",
/// "wound up", "at the end of"). A report date given for want of a date
/// counts only with such an end cue (the meeting ended on the report's
/// day); lengths of 2 to 14 days.
pub(super) fn meeting_lengths(ctx: &DocContext, drafts: &mut [Draft]) {
    let text = ctx.doc.text.as_str();
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Meeting || d.derived {
            continue;
        }
        let Some((v, dt)) = &d.dates else { continue };
        if v.precision != Precision::Day || v.start != v.end {
            continue;
        }
        let length = ctx
            .timexes
            .iter()
            .filter(|x| x.begin >= d.sentence.start && x.end < d.trigger.1)
            .filter_map(|x| Some((x, i64::from(x.duration_days()?))))
            .rfind(|(x, _)| {
                text.get(x.end..d.trigger.1).is_some_and(|g| {
                    LENGTH_GAP.is_match(&super::flat_text(g))
                        && !g.split_whitespace().any(|w| NOT_LENGTH_OF.contains(&w))
                })
            });
        let Some((length, days)) = length.filter(|(_, n)| (2..=14).contains(n)) else {
            continue;
        };
        let Some(stext) = text.get(d.sentence.start..d.sentence.end) else {
            continue;
        };
        let ends = super::END_CUE.is_match(stext) || ends_where_dated(ctx, d.sentence, v, dt);
        if dt.contains("(report date)") && !ends {
            continue;
        }
        let span = chrono::Duration::days(days - 1);
        let (start, end) = if ends {
            (v.start - span, v.start)
        } else {
            (v.start, v.start + span)
        };
        let text = format!("{dt} ({})", length.text);
        d.dates = Some((
            Interval {
                start,
                end,
                precision: Precision::Day,
            },
            text,
        ));
        d.rule = format!("{}+length", d.rule);
    }
}

/// "The Bank ended its annual meeting here today ... The three-day meeting
/// was dominated by the dispute": a meeting dated from an earlier sentence
/// (the anaphor took "today" from it) ends on that day when the sentence
/// that states the day tells the end. The day's expression is the nearest
/// one before the meeting's sentence with the same text and day, within
/// the three sentences before it.
fn ends_where_dated(ctx: &DocContext, sentence: Sentence, v: &Interval, dt: &str) -> bool {
    let text = ctx.doc.text.as_str();
    if text
        .get(sentence.start..sentence.end)
        .is_some_and(|s| s.to_lowercase().contains(&dt.to_lowercase()))
    {
        return false;
    }
    let Some(at) = ctx.sentences.iter().position(|s| s.start == sentence.start) else {
        return false;
    };
    let floor = ctx.sentences[at.saturating_sub(3)].start;
    ctx.timexes
        .iter()
        .filter(|x| x.begin >= floor && x.end <= sentence.start)
        .rfind(|x| x.interval.as_ref() == Some(v) && x.text.eq_ignore_ascii_case(dt))
        .and_then(|x| {
            ctx.sentences
                .iter()
                .find(|s| s.start <= x.begin && x.end <= s.end)
        })
        .and_then(|s| text.get(s.start..s.end))
        .is_some_and(|s| super::END_CUE.is_match(s))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{analyse, day, mentions};
    use super::super::{EventMention, EventType, Status};
    use crate::ingest::Document;

    /// (start, end) of the meetings, as `YYYY-MM-DD` strings; empty when undated.
    fn meeting_days(ms: &[EventMention]) -> Vec<(String, String)> {
        ms.iter()
            .filter(|m| m.event_type == EventType::Meeting && !m.derived)
            .map(|m| {
                m.dates.map_or((String::new(), String::new()), |d| {
                    (d.start.to_string(), d.end.to_string())
                })
            })
            .collect()
    }

    #[test]
    fn a_meetings_length_spans_its_days() {
        let days = |text: &str, dct: &str| meeting_days(&mentions(text, dct));
        // "two-day talks ... from April 1": from that day, two days
        let d = days(
            "SEOUL, March 25 - South Korea and the United States will hold two-day \
             energy talks in Washington from April 1.",
            "1987-03-25",
        );
        assert!(
            d.contains(&("1987-04-01".into(), "1987-04-02".into())),
            "{d:?}"
        );
        // "a three-day meeting here tomorrow"
        let d = days(
            "SEOUL, March 25 - South Korea and the United States will open a three-day \
             meeting in Seoul tomorrow.",
            "1987-03-25",
        );
        assert!(
            d.contains(&("1987-03-26".into(), "1987-03-28".into())),
            "{d:?}"
        );
        // the end told: "ended two-day talks yesterday"
        let d = days(
            "SEOUL, March 25 - South Korea and the United States ended two-day energy \
             talks in Washington yesterday.",
            "1987-03-25",
        );
        assert!(
            d.contains(&("1987-03-23".into(), "1987-03-24".into())),
            "{d:?}"
        );
    }

    #[test]
    fn a_length_told_after_the_end_counts_back_from_it() {
        // "ended its meeting here today ... The four-day meeting":
        // the day comes from the sentence that tells the end, so the
        // length counts back from it, not forward
        let d = meeting_days(&mentions(
            "OTTAWA, May 14 - France and Canada ended their annual fisheries meeting \
             here today without an accord on quotas.\n\
             The four-day meeting was marked by a quarrel over cod.",
            "1987-05-14",
        ));
        assert!(
            d.contains(&("1987-05-11".into(), "1987-05-14".into())),
            "{d:?}"
        );
        assert!(
            !d.contains(&("1987-05-14".into(), "1987-05-17".into())),
            "{d:?}"
        );
    }

    #[test]
    fn a_length_of_another_thing_stays_its_own() {
        // "visit Washington on April 29 for a week to discuss": the visit's
        // week, not the talks'
        let ms = mentions(
            "The government announced today Nakasone will visit Washington on April 29 \
             for a week to discuss bilateral issues with President Reagan.",
            "1987-03-26",
        );
        assert!(
            meeting_days(&ms)
                .iter()
                .all(|(s, e)| s.is_empty() || s == e),
            "{:?}",
            meeting_days(&ms)
        );
    }

    #[test]
    fn a_since_clause_s_occasion_takes_its_own_past_date() {
        use super::super::test_support::visits;
        // "since October 2019, when he travelled to Hamburg": that trip
        let ms = mentions(
            "BERLIN, June 12 -- French President Emmanuel Macron arrived in Berlin on \
             Monday for talks with the chancellor. It is his first visit to Germany since \
             October 2019, when he travelled to Hamburg for a port conference.",
            "2024-06-12",
        );
        let v = visits(&ms, "Macron");
        assert!(
            v.iter().any(|x| x.0 == "hamburg"
                && x.1 == "2019-10-01"
                && x.2 == "2019-10-31"
                && x.3 == Status::Occurred),
            "{v:?}"
        );
        // "since they met in Jakarta last November": that meeting's month
        let ms = mentions(
            "President Joe Biden and President Xi Jinping held talks in Woodside on \
             Wednesday. It was the first meeting between the two men since they met in \
             Jakarta last November.",
            "2023-11-16",
        );
        let jakarta = ms
            .iter()
            .filter(|m| m.event_type == EventType::Meeting)
            .find(|m| m.place_id.as_deref() == Some("jakarta"));
        assert_eq!(
            jakarta.and_then(|m| m.dates).map(|d| d.start.to_string()),
            Some("2022-11-01".to_string()),
            "{ms:?}"
        );
        // "since" opening a date the trip is after does not date the trip
        // (it is the day's); the month is an earlier visit of its own
        // ([`compared_visits`], news61)
        let ms = mentions(
            "French President Emmanuel Macron arrived in Hamburg on Monday, his first \
             visit to Germany since March.",
            "2024-06-12",
        );
        let v = visits(&ms, "Macron");
        assert!(
            v.iter().all(|x| x.0 != "hamburg" || x.1 != "2024-03-01"),
            "{v:?}"
        );
        assert!(
            v.iter().any(|x| x.0 == "DEU" && x.1 == "2024-03-01"),
            "{v:?}"
        );
    }

    #[test]
    fn one_finder_reads_a_sentences_since_clauses() {
        use super::{since_clauses, Sentence};
        let text = "Ahead: it is her first trip to Oslo since 2016; relations have \
                    cooled since March 2020, when envoys were recalled, and since they \
                    last met.";
        let s = Sentence {
            start: 7,
            end: text.len(),
        };
        let at = |w: &str| text.find(w).unwrap_or(usize::MAX);
        let cs: Vec<_> = since_clauses(&text[s.start..s.end], s)
            .into_iter()
            .map(|c| (c.start, c.words, c.end, c.occasion))
            .collect();
        assert_eq!(
            cs,
            vec![
                // no occasion: to the semicolon
                (at("since 2016"), at("2016"), at(";"), None),
                // a date and "when": where the date stands
                (
                    at("since March"),
                    at("March"),
                    s.end,
                    Some(Some(at("March")))
                ),
                // its own subject and past verb
                (at("since they"), at("they"), s.end, Some(None)),
            ]
        );
        assert!(since_clauses("No such word here.", s).is_empty());
    }

    #[test]
    fn a_since_clause_telling_its_own_occasion_is_no_comparison() {
        use super::super::test_support::visits;
        // "since 2017, when": the clause's own trip, not "his first visit
        // since 2017" read as a comparison
        let ms = mentions(
            "OSLO, May 3 -- Chilean President Gabriel Boric arrived in Oslo on Friday, \
             his first trip to Norway since 2017, when he was received by the king.",
            "2024-05-03",
        );
        assert!(
            ms.iter().all(|m| m.rule != "visit.compared.own_since"),
            "{:?}",
            visits(&ms, "Boric")
        );
        // without the "when" clause it is one
        let ms = mentions(
            "OSLO, May 3 -- Chilean President Gabriel Boric arrived in Oslo on Friday, \
             his first trip to Norway since 2017.",
            "2024-05-03",
        );
        assert!(
            ms.iter().any(|m| m.rule == "visit.compared.own_since"),
            "{:?}",
            visits(&ms, "Boric")
        );
    }

    /// The dates of the last meeting mention (by trigger) of a story.
    fn last_meeting(text: &str) -> Option<(String, String)> {
        mentions(text, "1987-03-20")
            .iter()
            .filter(|m| m.event_type == EventType::Meeting && !m.derived)
            .max_by_key(|m| m.trigger)
            .map(|m| {
                m.dates.map_or((String::new(), String::new()), |d| {
                    (d.start.to_string(), d.end.to_string())
                })
            })
    }

    #[test]
    fn the_two_day_meeting_and_the_meetings_take_the_leads_day() {
        let lead = "MANAGUA, March 20 - Colombia will not attend a meeting of coffee \
                    producers scheduled for March 28, officials said. Sugar was quiet. \
                    Prices fell.";
        // "the two-day meeting": the lead's day, and its length
        let d = last_meeting(&format!(
            "{lead} South Korea and the United States are to hold talks with Brazil at \
             the two-day meeting in Managua."
        ));
        assert_eq!(d, Some(("1987-03-28".into(), "1987-03-29".into())));
        // "the meetings" refers back to "a meeting" of the lead
        let d = last_meeting(&format!(
            "{lead} South Korea and the United States are to hold talks with Brazil at \
             the meetings in Managua."
        ));
        assert_eq!(d, Some(("1987-03-28".into(), "1987-03-28".into())));
        // a series' first day is no day of each of its meetings
        let d = last_meeting(
            "MANAGUA, March 20 - Dealers expect little before the series of coffee \
             meetings starting today in Managua. Sugar was quiet. Prices fell. South \
             Korea and the United States are to hold talks with Brazil at the meetings \
             in Managua.",
        );
        assert_eq!(d, Some((String::new(), String::new())));
    }

    /// The mentions of one invented call readout (its title says so).
    fn readout(text: &str, dct: &str) -> Vec<EventMention> {
        let mut doc = Document::bare("t", "t.txt", text, Some(day(dct)));
        doc.title = Some("Readout of President Biden's Call with President Zelenskyy".to_string());
        analyse(doc)
    }

    #[test]
    fn a_past_meeting_a_readout_discusses_is_not_on_its_day() {
        let ms = readout(
            "President Joe Biden spoke today with President Volodymyr Zelenskyy of \
             Ukraine. The leaders also discussed the outcomes of the recent talks between \
             Russia and Ukraine.",
            "2022-03-05",
        );
        let summit = ms
            .iter()
            .filter(|m| m.event_type == EventType::Meeting)
            .find(|m| m.sentence.start > 60);
        assert!(
            summit.is_some_and(|m| m.dates.is_none()),
            "the summit is not dated by the readout: {ms:?}"
        );
        // the readout's own call keeps its day
        let call = ms.iter().find(|m| m.event_type == EventType::Call);
        assert_eq!(
            call.and_then(|m| m.dates).map(|d| d.start),
            Some(day("2022-03-05"))
        );
        assert!(call.is_some_and(|m| m.status == Status::Occurred));
    }
}

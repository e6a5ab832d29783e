//! Itineraries: the stops of one trip told in one sentence, each with its
//! own place and dates.
//!
//! Wire stories tell a trip as a route more often than as a visit: "left
//! Paris today for London", "will visit Bonn on Monday, then Rome April
//! 21-24", "was to have left April 30 and returned May 6". The trigger
//! passes ([`super::sentence_drafts`]) find the first stop, or every stop
//! with the trigger's one date; the passes here, run on the document's
//! drafts after the story-time passes, read the route:
//!
//! - [`next_legs`]: "left A (today) for B", "leave Bonn tomorrow for
//!   Zurich": the place after "for" is the next stop, a visit of the same
//!   guests starting on the day of leaving, with the leaving's status (a
//!   journey begun is under way: "left today for London" occurred; "will
//!   leave tomorrow for Zurich" planned). The stop left stays a visit that
//!   ends on that day.
//! - [`stop_dates`]: a stop followed at once by its own date ("Bonn on
//!   Monday, then Rome April 21-24") takes that date instead of the
//!   trigger's.
//! - [`route_stops`]: "will visit Bonn on Monday, then Rome": the stops
//!   after "then", "before going on to", "followed by".
//! - [`meetings_on_the_road`]: "Baldrige will meet Philippines President
//!   Aquino on April 28" in a story of his trip: a traveller's placeless
//!   talks with one named country's officials are in that country (and
//!   imply his visit there), unless a visit there gives them their place.
//! - [`when_dates`]: "before April 19, when Abe visits Washington": an
//!   undated trip of a "when" clause takes the date before it.
//! - [`return_dates`]: "returned May 6", "is due back in Nigeria on
//!   Monday", "return home on Friday": a return dated after the trip's start
//!   ends the trip (the window of a cancelled trip too: "was to have left
//!   April 30 and returned May 6").
//! - [`other_words`]: a trip told in other words ("returned from London
//!   on Friday", "is now in India", "plans to be in Japan April 14-27")
//!   is a trip only when its place follows at once; a return's date not
//!   right after its place is another clause's, and the trip is over
//!   (round 9).
//! - [`left_stop_starts`]: "signed here yesterday by Okongwu ... Okongwu
//!   left Paris today": a stop known only to have ended starts at the
//!   earliest dated report of its guest at that city in the story.
//! - [`talks_on_the_trip`]: "will visit France, West Germany and Italy for
//!   discussions with government officials": the talks the trip is for are
//!   a meeting of the guests with each state visited (round 11).
//! - [`host_side`]: "was in Washington talking to government officials",
//!   "was scheduled to meet leading economic ministers", "In meetings with
//!   both the foreign and telecommunications ministers Howard said": talks
//!   with unnamed officials of no named state are with the host state (the
//!   sentence's place, else the dateline's), a role list's roles with their
//!   holders (round 12).
//! - [`talks_here_host`]: "in talks here", and talks told only by their
//!   length ("told a press conference after three days of talks", nothing
//!   after them but "here" or the clause's end), with one foreign side
//!   named, are with the dateline's state; undated and occurred, they span
//!   the length back from the report date ([`talks_length_window`], round
//!   15).
//! - [`state_by_agent`]: "a recent trip to Japan by senior Nigerian
//!   officials", "a visit here next week by Japanese trade officials", "a
//!   visit to Aden by a delegation from the Soviet Union": the state whose
//!   unnamed officials are a trip noun's agent is its guest (round 12).
//!
//! ```text
//! "PARIS, March 27 - Okongwu left Paris today for London and is due back
//!  in Nigeria on Monday."
//!  -> visit Okongwu, Paris,  ..1987-03-27 (visit.leaving)        occurred
//!  -> visit Okongwu, London, 1987-03-27..1987-03-30 (visit.leaving.next) occurred
//! ```

use std::sync::LazyLock;

use crate::re::Re;

use super::args::{ActorRef, PlaceRef};
use super::{DocContext, Draft, EventType, Status};
use crate::kb::{ActorKind, PlaceKind};
use crate::time::{Interval, Precision, Timex};

/// "left Paris today for", "leave early tomorrow morning for": the words
/// between the stop left (or the verb) and "for" name a time, not a purpose.
static FOR_NEXT: LazyLock<Re> = regex!(
    r"(?i)^,?\s*(?:(?:here|today|tonight|tomorrow|yesterday|early|late|later|this|next|on|in|the|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[0-9]{1,2}),?\s+){0,4}for\s+(?:the\s+)?$"
);

/// A return that ends the trip: "returned May 6", "is due back in Nigeria
/// on Monday", "returns home on Friday".
static RETURN: LazyLock<Re> = regex!(
    r"(?i)\b(?:return(?:s|ed|ing)?|(?:is|are|was|were|be)\s+(?:due|expected)\s+back|(?:come|comes|coming|fly|flies|flew)\s+back|back\s+home)\b"
);

/// What may stand between a stop and its own date: "Bonn on Monday",
/// "Rome, April 21-24", "Rome from April 21".
static STOP_DATE_GAP: LazyLock<Re> =
    regex!(r"(?i)^(?:,?\s*(?:on|from|between|for|at the end of|in)?\s*)$");

/// "then Rome", "before going on to Rome", "and later to Rome": the words
/// that lead from one stop of a route to the next (after the stop and its
/// date, within the clause).
static THEN: LazyLock<Re> = regex!(
    r"(?i)^[^.;:]{0,40}?(?:,\s*|\s+)(?:and\s+)?(?:then|later|afterwards|before\s+(?:going|travelling|traveling|flying|moving)\s+on\s+to|before\s+(?:going|travelling|traveling|flying|heading)\s+to|(?:going|travelling|traveling|flying|moving|continuing)\s+on\s+to|followed\s+by)\s+(?:(?:on\s+)?to\s+|visit\s+|visiting\s+|in\s+)?$"
);

/// "will visit Bonn on Monday, then Rome April 21-24 and Paris": the stops
/// after "then" are stops of the same trip, undated unless their own date
/// follows ([`stop_dates`]).
pub(super) fn route_stops(text: &str, places: &[PlaceRef], drafts: &mut Vec<Draft>) {
    let mut extra: Vec<Draft> = vec![];
    for d in drafts.iter() {
        if d.event_type != EventType::Visit || d.derived || d.guests.is_empty() {
            continue;
        }
        let Some(first) = d.place.clone() else {
            continue;
        };
        let s_end = d.sentence.end;
        let mut cur = first;
        // at most a few legs; each leg starts after the last stop found
        for _ in 0..4 {
            let Some(next) = places.iter().find(|q| {
                q.start >= cur.end
                    && q.end <= s_end
                    && text
                        .get(cur.end..q.start)
                        .is_some_and(|gap| THEN.is_match(gap))
            }) else {
                break;
            };
            let known = drafts.iter().chain(extra.iter()).any(|o| {
                o.sentence_index == d.sentence_index
                    && o.keys() == d.keys()
                    && o.place.as_ref().is_some_and(|p| p.start == next.start)
            });
            let home = d
                .guests
                .iter()
                .all(|g| g.country.is_some() && g.country == next.country);
            let mut stops = vec![next.clone()];
            stops.extend(super::args::more_places(text, places, next));
            for q in &stops {
                if !known && !home {
                    extra.push(Draft {
                        place: Some(q.clone()),
                        hosts: vec![],
                        dates: None,
                        ..d.clone()
                    });
                }
            }
            cur = stops.last().cloned().unwrap_or_else(|| next.clone());
        }
    }
    drafts.extend(extra);
}

/// "Baldrige leaves on Saturday on a trip to ... South Korea and the
/// Philippines ... will meet Philippines President Aquino on April 28": a
/// placeless meeting of a traveller (the guest of a visit abroad in the
/// story) with officials of one other country, itself named in the story
/// and not travelling, is in that country.
pub(super) fn meetings_on_the_road(places: &[PlaceRef], drafts: &mut [Draft]) {
    // (guest, destination country) of every visit: a traveller's visit to
    // the officials' country gives the meeting its place and dates later
    // (`fill_from_visits`)
    let trips: Vec<(String, Option<String>)> = drafts
        .iter()
        .filter(|v| v.event_type == EventType::Visit)
        .flat_map(|v| {
            v.guests
                .iter()
                .map(|g| (g.key(), v.country().map(str::to_string)))
                .collect::<Vec<_>>()
        })
        .collect();
    let travellers: Vec<(String, Option<String>)> = drafts
        .iter()
        .filter(|v| v.event_type == EventType::Visit && v.status != Status::Cancelled)
        .flat_map(|v| {
            v.guests
                .iter()
                .filter(|g| g.kind == ActorKind::Person && g.country.is_some())
                .filter(|g| v.country().is_some() && v.country() != g.country.as_deref())
                .map(|g| (g.key(), g.country.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    let visitors: Vec<String> = drafts
        .iter()
        .filter(|v| v.event_type == EventType::Visit)
        .flat_map(|v| v.guests.iter().map(ActorRef::key).collect::<Vec<_>>())
        .collect();
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Meeting || d.place.is_some() || d.derived {
            continue;
        }
        // the traveller is the subject ("Baldrige will meet ..."), not one
        // of the people met
        let Some((tk, tc)) = d
            .sides
            .first()
            .and_then(|s0| travellers.iter().find(|(k, _)| *k == s0.key()))
        else {
            continue;
        };
        let others: Vec<&ActorRef> = d.sides.iter().filter(|a| &a.key() != tk).collect();
        let Some(c) = others.first().and_then(|a| a.country.clone()) else {
            continue;
        };
        let one_country = others
            .iter()
            .all(|a| a.kind == ActorKind::Person && a.country.as_deref() == Some(c.as_str()));
        let staying = others.iter().all(|a| !visitors.contains(&a.key()));
        let named = places
            .iter()
            .any(|p| p.kind == PlaceKind::Country && p.country.as_deref() == Some(c.as_str()));
        let visited = trips
            .iter()
            .any(|(k, vc)| k == tk && vc.as_deref() == Some(c.as_str()));
        if !one_country || !staying || !named || visited || tc.as_deref() == Some(c.as_str()) {
            continue;
        }
        d.place = Some(PlaceRef::country(c, d.trigger.0, d.trigger.0));
        d.rule = format!("{}+on_the_road", d.rule);
    }
}

/// "left A for B": adds the visit to B after each leaving of A.
pub(super) fn next_legs(text: &str, places: &[PlaceRef], drafts: &mut Vec<Draft>) {
    let mut extra: Vec<Draft> = vec![];
    for d in drafts.iter() {
        if d.event_type != EventType::Visit || d.derived || d.guests.is_empty() {
            continue;
        }
        // "would leave tomorrow for Zurich" (visit.travel_to) is the leg
        // itself; "left Paris today for London" names the stop left first
        if !d.rule.starts_with("visit.leaving") || d.rule.starts_with("visit.leaving.next") {
            continue;
        }
        let Some(from) = d.place.as_ref().map(|p| p.end) else {
            continue;
        };
        let s_end = d.sentence.end;
        let Some(next) = places.iter().find(|q| {
            q.start >= from
                && q.end <= s_end
                && text
                    .get(from..q.start)
                    .is_some_and(|gap| gap.len() <= 60 && FOR_NEXT.is_match(gap))
        }) else {
            continue;
        };
        // a trip home is no visit
        if d.guests
            .iter()
            .all(|g| g.country.is_some() && g.country == next.country)
        {
            continue;
        }
        extra.push(Draft {
            place: Some(next.clone()),
            hosts: vec![],
            rule: "visit.leaving.next".to_string(),
            ..d.clone()
        });
    }
    drafts.extend(extra);
}

/// A stop followed at once by its own date takes that date.
pub(super) fn stop_dates(text: &str, timexes: &[Timex], drafts: &mut [Draft]) {
    // the stops of one trigger: same sentence, same rule, same guests
    let n = drafts.len();
    for i in 0..n {
        let d = &drafts[i];
        if d.event_type != EventType::Visit || d.derived {
            continue;
        }
        let Some(p) = d.place.clone() else { continue };
        let siblings: Vec<usize> = (0..n)
            .filter(|&j| {
                let o = &drafts[j];
                o.event_type == EventType::Visit
                    && !o.derived
                    && o.sentence_index == d.sentence_index
                    && o.rule == d.rule
                    && o.keys() == d.keys()
            })
            .collect();
        // a route names two stops or more, each once ("visited Russia in
        // May and December" is one stop twice: the dates are the trigger's)
        let starts: std::collections::BTreeSet<usize> = siblings
            .iter()
            .filter_map(|&j| drafts[j].place.as_ref().map(|q| q.start))
            .collect();
        if starts.len() < 2 || starts.len() != siblings.len() {
            continue;
        }
        // the next stop's place bounds this stop's date
        let next_stop = starts
            .iter()
            .copied()
            .filter(|&s| s > p.end)
            .min()
            .unwrap_or(d.sentence.end);
        let own = timexes.iter().find(|t| {
            t.begin >= p.end
                && t.end <= next_stop
                && t.interval.is_some()
                && text
                    .get(p.end..t.begin)
                    .is_some_and(|gap| gap.len() <= 12 && STOP_DATE_GAP.is_match(gap))
                // "WASHINGTON, April 27 - ": the dateline's date is the report's
                && !text
                    .get(t.end..(t.end + 3).min(text.len()))
                    .is_some_and(|a| a.trim_start().starts_with(['-', '–', '—']))
        });
        if let Some((t, iv)) = own.and_then(|t| t.interval.map(|iv| (t, iv))) {
            let d = &mut drafts[i];
            if d.dates.as_ref().map(|x| x.0) != Some(iv) {
                d.dates = Some((iv, t.text.clone()));
                d.rule = format!("{}+stop_date", d.rule);
            }
        }
    }
}

/// "before April 19, when Abe visits Washington": a date followed by a
/// "when" clause whose verb is the trigger.
static WHEN: LazyLock<Re> = regex!(r"(?i)^\s*,?\s*when\b[^.;,]{0,80}$");

/// An undated trip told in a "when" clause after a date ("the package is
/// due before April 19, when Abe visits Washington") takes that date; a
/// date after the report makes an uncued trip planned.
pub(super) fn when_dates(ctx: &DocContext, drafts: &mut [Draft]) {
    let text = ctx.doc.text.as_str();
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Visit || d.derived || d.dates.is_some() {
            continue;
        }
        let ts = d.trigger.0;
        let Some((t, iv)) = ctx
            .timexes
            .iter()
            .filter(|t| t.begin >= d.sentence.start && t.end <= ts)
            .filter_map(|t| t.interval.map(|iv| (t, iv)))
            .next_back()
        else {
            continue;
        };
        if !text.get(t.end..ts).is_some_and(|gap| WHEN.is_match(gap)) {
            continue;
        }
        if !d.cued && d.status == Status::Occurred && ctx.dct.is_some_and(|r| iv.start > r) {
            d.status = Status::Planned;
        }
        d.dates = Some((iv, t.text.clone()));
        d.rule = format!("{}+when", d.rule);
    }
}

/// The rules of trips told in other words ([`super::triggers`]: "returned
/// from", "is now in", "plans to be in"): their words say nothing of a trip
/// unless a place follows them at once ("returned from London", "is now in
/// India"; not "returned from a low", "is now in talks", "will be in a
/// position", "the ball is now in Iran's court").
const OTHER_WORDS: [&str; 3] = ["visit.return_from", "visit.now_in", "visit.to_be_in"];

/// Drops (empties: [`super::complete`] then drops it) a draft of a trip
/// told in other words whose place is not named right after its trigger.
/// Idempotent.
pub(super) fn other_words(text: &str, places: &[PlaceRef], drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Visit || !OTHER_WORDS.iter().any(|r| d.rule.starts_with(r)) {
            continue;
        }
        let te = d.trigger.1;
        // "plans to be in Japan April 14-27, said he will not ask Tokyo":
        // the place right after the words is the trip's, not a later one
        // of the sentence
        if let Some(q) = places.iter().find(|q| {
            q.start >= te
                && q.end <= d.sentence.end
                && text
                    .get(te..q.start)
                    .is_some_and(|gap| PLACE_GAP.is_match(gap))
        }) {
            d.place = Some(q.clone());
        }
        let placed = d.place.as_ref().is_some_and(|p| {
            p.start >= te
                && text
                    .get(te..p.start)
                    .is_some_and(|gap| PLACE_GAP.is_match(gap))
                && !text
                    .get(p.end..)
                    .is_some_and(|a| a.starts_with("'s") || a.starts_with("’s"))
        });
        if !placed {
            d.guests.clear();
            d.place = None;
            continue;
        }
        // "after Thatcher returned from Moscow, this morning gave the
        // Conservatives", "is expected to hold a press conference later
        // today after returning from Washington": only a date right after
        // the place ("returned from London on Friday") is the return's;
        // another is another clause's (the poll's, the press
        // conference's), and so is its cue: the trip told by its return is
        // over
        let own_date = match (&d.place, &d.dates) {
            (Some(p), Some((_, label))) => text
                .get(p.end..d.sentence.end)
                .and_then(|after| {
                    // ("last week .. Friday": a return already read)
                    let own = label.split(" .. ").next().unwrap_or(label);
                    after.find(own).map(|i| &after[..i])
                })
                .is_some_and(|gap| !gap.contains([',', ';']) && gap.len() <= 30),
            _ => true,
        };
        if d.rule.starts_with("visit.return_from") && !own_date {
            d.dates = None;
            d.status = Status::Occurred;
        }
    }
}

/// The words between a trip's trigger and its place: a space and at most an
/// article ("returned from the Soviet Union").
static PLACE_GAP: LazyLock<Re> = regex!(r"(?i)^\s*(?:the\s+)?$");

/// A return dated after a trip's start ends it.
pub(super) fn return_dates(
    text: &str,
    timexes: &[Timex],
    places: &[PlaceRef],
    drafts: &mut [Draft],
) {
    other_words(text, places, drafts);
    for d in drafts.iter_mut() {
        // the stop left ends on the day of leaving; its next leg ends with
        // the return
        let left_stop =
            d.rule.starts_with("visit.leaving") && !d.rule.starts_with("visit.leaving.next");
        if d.event_type != EventType::Visit || d.derived || left_stop || d.rule.contains("+return")
        {
            continue;
        }
        let Some((iv, label)) = d.dates.clone() else {
            continue;
        };
        if iv.precision != Precision::Day {
            continue;
        }
        let (s0, s1) = (d.sentence.start, d.sentence.end);
        let Some(stext) = text.get(s0..s1) else {
            continue;
        };
        let Some(m) = RETURN.find(stext) else {
            continue;
        };
        let cue_end = s0 + m.end();
        let back = timexes.iter().find(|t| {
            t.begin >= cue_end
                && t.end <= s1
                && t.begin - cue_end <= 40
                && text
                    .get(cue_end..t.begin)
                    .is_some_and(|g| !g.contains(['.', ';']))
        });
        let Some(back_iv) = back.and_then(|t| t.interval) else {
            continue;
        };
        if back_iv.precision != Precision::Day
            || back_iv.end <= iv.start
            || (back_iv.end - iv.start).num_days() > 60
        {
            continue;
        }
        d.dates = Some((
            Interval {
                start: iv.start,
                end: back_iv.end,
                precision: Precision::Day,
            },
            format!("{label} .. {}", back.map_or("", |t| t.text.as_str())),
        ));
        d.rule = format!("{}+return", d.rule);
    }
}

/// "The accord was signed here yesterday by Okongwu ... Okongwu left Paris
/// today for London": a stop known only to have ended began no later than
/// the earliest dated report of its guest there (a meeting or visit of the
/// same story at the same city, up to two weeks before the leaving).
pub(super) fn left_stop_starts(drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        let d = &drafts[i];
        let left_stop =
            d.rule.starts_with("visit.leaving") && !d.rule.starts_with("visit.leaving.next");
        if d.event_type != EventType::Visit || d.derived || !left_stop {
            continue;
        }
        let Some((iv, label)) = d.dates.clone() else {
            continue;
        };
        let Some(city) = d.place.as_ref().filter(|p| p.place_id.is_some()) else {
            continue;
        };
        if iv.precision != Precision::Day || iv.start != iv.end {
            continue;
        }
        let guests: Vec<String> = d.guests.iter().map(ActorRef::key).collect();
        let earliest = drafts
            .iter()
            .enumerate()
            .filter(|(j, o)| *j != i && !o.rule.starts_with("visit.leaving"))
            .filter(|(_, o)| {
                o.place
                    .as_ref()
                    .is_some_and(|p| p.place_id == city.place_id && p.country == city.country)
            })
            .filter(|(_, o)| {
                let who = match o.event_type {
                    EventType::Visit => &o.guests,
                    _ => &o.sides,
                };
                who.iter().any(|a| guests.contains(&a.key()))
            })
            .filter_map(|(_, o)| o.dates.as_ref().map(|(v, _)| *v))
            .filter(|v| v.precision == Precision::Day && v.start < iv.start)
            .filter(|v| (iv.start - v.start).num_days() <= 14)
            .map(|v| v.start)
            .min();
        let Some(start) = earliest else { continue };
        let d = &mut drafts[i];
        d.dates = Some((
            Interval {
                start,
                end: iv.end,
                precision: Precision::Day,
            },
            label,
        ));
        d.rule = format!("{}+stay", d.rule);
    }
}

/// "to be followed from Tuesday by", "then on Monday", "and later on
/// April 3": the words before a date that lead into the next leg (from the
/// stop or the trigger, within the clause).
static LEG_DATE_LEAD: LazyLock<Re> = regex!(
    r"(?i)\b(?:followed|then|later|afterwards|next)\s+(?:(?:from|on|starting|beginning|in)\s+)?$"
);

/// "(followed from Tuesday) by a visit to", "(then on Monday) to",
/// "(then on Monday) he flies to": the words after such a date, up to the
/// next leg's place.
static LEG_DATE_TAIL: LazyLock<Re> = regex!(
    r"(?i)^\s*,?\s*(?:by\s+(?:(?:a|an|his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stop|stopover|talks)\s+(?:to|in)\s+|(?:on\s+)?to\s+|in\s+|(?:he|she|they)\s+(?:will\s+|would\s+|is\s+to\s+)?(?:go|goes|fly|flies|travel|travels|head|heads)\s+(?:on\s+)?to\s+)(?:the\s+)?"
);

/// "(followed from Tuesday) by a visit to": a leg named after its date, its
/// place known or not.
static LEG_BY: LazyLock<Re> = regex!(
    r"(?i)^\s*,?\s*by\s+(?:(?:a|an|his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stop|stopover)\s+(?:to|in)\s+\w"
);

/// ", and Nicaragua", "and on to Rome": a later stop joined by "and" (the
/// bare "Bonn and Paris on Monday" is one day for both).
static AND_LEG: LazyLock<Re> = regex!(
    r"(?i)^(?:\s*,\s*and\s+(?:then\s+|later\s+)?(?:on\s+)?(?:to\s+)?|\s+and\s+(?:then\s+|later\s+)?on\s+to\s+)(?:the\s+)?$"
);

/// Whether two places are the same stop (same city, or same country
/// without a city).
fn same_stop(a: &PlaceRef, b: &PlaceRef) -> bool {
    a.place_id == b.place_id && a.country == b.country
}

/// "the envoy's trip, to be followed from Tuesday by a visit to Nicaragua",
/// "arrived in Havana, before going on to Managua on Tuesday": a date of
/// the next leg is not this stop's. The stop loses it (its other reports
/// date it), and the next leg, a visit of the same guests, takes it (made
/// when no pass made it).
pub(super) fn later_leg_dates(ctx: &DocContext, places: &[PlaceRef], drafts: &mut Vec<Draft>) {
    let text = ctx.doc.text.as_str();
    let mut extra: Vec<Draft> = vec![];
    for i in 0..drafts.len() {
        let d = &drafts[i];
        if d.event_type != EventType::Visit || d.derived || d.guests.is_empty() {
            continue;
        }
        let (Some(here), Some((iv, label))) = (d.place.clone(), d.dates.clone()) else {
            continue;
        };
        let (s0, s1) = (d.sentence.start, d.sentence.end);
        let in_sentence = here.start >= s0 && here.end <= s1;
        let anchor = if in_sentence && here.start >= d.trigger.0 {
            here.end
        } else {
            d.trigger.1
        };
        let label_lc = label.to_lowercase();
        // the draft's date, said after its stop in this sentence
        let Some(t) = ctx.timexes.iter().find(|t| {
            (t.begin >= anchor || (!in_sentence && t.begin >= s0))
                && t.end <= s1
                && (t.interval == Some(iv) || label_lc.starts_with(&t.text.to_lowercase()))
        }) else {
            continue;
        };
        let Some(t_iv) = t.interval else { continue };
        // "followed from Tuesday by a visit to nicaragua": the next leg's
        // own noun, given this stop by the story (its place unknown) is no
        // visit here
        let own_leg = !in_sentence
            && d.trigger.0 >= t.end
            && text
                .get(t.end..s1)
                .and_then(|a| LEG_BY.find(a))
                .is_some_and(|m| t.end + m.end() > d.trigger.1);
        if own_leg {
            let d = &mut drafts[i];
            d.guests.clear();
            d.place = None;
            continue;
        }
        let clause = |a: usize, b: usize| text.get(a..b).filter(|g| !g.contains(['.', ';', ':']));
        // "followed from Tuesday by a visit to Nicaragua": the date leads
        // into the next leg
        if t.begin < anchor {
            continue;
        }
        let leads =
            clause(anchor, t.begin).is_some_and(|g| g.len() <= 60 && LEG_DATE_LEAD.is_match(g));
        let by_leg = leads
            && text
                .get(t.end..s1)
                .map(|a| a.get(..60).unwrap_or(a))
                .is_some_and(|a| LEG_BY.is_match(a));
        let ahead = places.iter().find(|q| {
            leads
                && q.start >= t.end
                && q.end <= s1
                && clause(t.end, q.start).is_some_and(|g| {
                    g.len() <= 40
                        && LEG_DATE_TAIL
                            .find(g)
                            .is_some_and(|m| m.start() == 0 && m.end() == g.len())
                })
        });
        // "before going on to Managua on Tuesday", ", and Managua on
        // Tuesday": the date follows the next leg's place
        let behind = || {
            places.iter().find(|q| {
                q.start >= anchor
                    && q.end <= t.begin
                    && clause(anchor, q.start)
                        .is_some_and(|g| THEN.is_match(g) || (in_sentence && AND_LEG.is_match(g)))
                    && clause(q.end, t.begin)
                        .is_some_and(|g| g.len() <= 12 && STOP_DATE_GAP.is_match(g))
            })
        };
        let next = ahead.or_else(behind).cloned();
        if !by_leg && next.is_none() || next.as_ref().is_some_and(|n| same_stop(n, &here)) {
            continue;
        }
        let d = &mut drafts[i];
        d.dates = None;
        d.rule = format!("{}+later_leg", d.rule);
        // the next leg's place is not one the tagger knows ("a visit to
        // nicaragua" in a lower-case story): the date still is not this stop's
        let Some(next) = next else { continue };
        let d = drafts[i].clone();
        let home = d
            .guests
            .iter()
            .all(|g| g.country.is_some() && g.country == next.country);
        let mut known = false;
        for o in drafts.iter_mut().chain(extra.iter_mut()) {
            if o.event_type == EventType::Visit
                && o.sentence_index == d.sentence_index
                && o.keys() == d.keys()
                && o.place.as_ref().is_some_and(|p| p.start == next.start)
            {
                known = true;
                if o.dates.is_none() {
                    o.dates = Some((t_iv, t.text.clone()));
                }
            }
        }
        if known || home {
            continue;
        }
        let ahead_of_report = ctx.dct.is_some_and(|r| t_iv.start > r);
        extra.push(Draft {
            place: Some(next),
            hosts: vec![],
            dates: Some((t_iv, t.text.clone())),
            status: if ahead_of_report && d.status == Status::Occurred {
                Status::Planned
            } else {
                d.status
            },
            rule: format!("{}+next_leg", d.rule.trim_end_matches("+later_leg")),
            ..d
        });
    }
    drafts.extend(extra);
}

/// The trip's purpose after its stops: "for discussions with government
/// officials", "for talks with agriculture officials", "for consultations
/// with the governments" (a group noun of officials, no one named; the
/// named are the meeting triggers' own). Matched on the words after a stop,
/// within its clause.
static TALKS_PURPOSE: LazyLock<Re> = regex!(
    r"(?i)^[^.;:]{0,120}?\bfor\s+(?:[\w-]+\s+){0,2}?(?:talks|discussions|consultations|negotiations)\s+with\s+((?:[\w'-]+\s+){0,3}?)(?:governments?|government\s+officials|officials|authorities|leaders|ministers)\b"
);

/// Words before the officials' noun that make them no state's: a firm's,
/// a bank's, a union's people.
static NOT_STATE_OFFICIALS: LazyLock<Re> = regex!(
    r"(?i)\b(?:company|companies|corporate|bank|banks|banking|business|industry|industrial|union|party|church|opposition|rebel|guerrilla|private)\b"
);

/// "will visit France, West Germany, Switzerland and Italy for discussions
/// with government officials", "is in Brazil for talks with agriculture
/// officials": talks with the officials of the country visited, the trip's
/// purpose, are a meeting of the guests with that state, there, with the
/// visit's status and dates (one meeting per stop: each stop is a visit
/// draft of its own by then).
pub(super) fn talks_on_the_trip(ctx: &DocContext, drafts: &mut Vec<Draft>) {
    let text = ctx.doc.text.as_str();
    let mut extra: Vec<Draft> = vec![];
    for d in drafts.iter() {
        if d.event_type != EventType::Visit
            || d.derived
            || d.guests.is_empty()
            || d.status == Status::Cancelled
        {
            continue;
        }
        let Some(p) = d.place.as_ref() else { continue };
        let Some(code) = p.country.clone() else {
            continue;
        };
        // the stop is named in this sentence, and the purpose follows it
        if p.start < d.sentence.start || p.end > d.sentence.end {
            continue;
        }
        let after = text.get(p.end..d.sentence.end).unwrap_or("");
        let Some(c) = TALKS_PURPOSE.captures(after) else {
            continue;
        };
        if c.get(1)
            .is_some_and(|m| NOT_STATE_OFFICIALS.is_match(m.as_str()))
        {
            continue;
        }
        if d.guests
            .iter()
            .any(|g| g.country.as_deref() == Some(code.as_str()))
        {
            continue;
        }
        let state = ActorRef::state(ctx.kb, &code, p.start, p.end);
        let mut sides = d.guests.clone();
        sides.push(state);
        extra.push(Draft {
            event_type: EventType::Meeting,
            guests: vec![],
            hosts: vec![],
            sides,
            rule: format!("meeting.trip_purpose+{}", d.base_rule()),
            noun: true,
            ..d.clone()
        });
    }
    drafts.extend(extra);
}

/// The other side of talks with the host's unnamed officials (see
/// [`super::args::host_officials`]), for a trigger at `ts..te` of the
/// sentence `sent`: the subject `left` (filled, for a noun opening the
/// sentence, "In meetings with ... ministers Howard said", by the person
/// right after the officials) must be a known office holder or a state, and be
/// foreign to the host; a named object before the officials keeps the
/// trigger's own reading.
pub(super) fn host_side(
    ctx: &DocContext,
    (places, here): (&[PlaceRef], Option<&PlaceRef>),
    sent: (usize, usize),
    (ts, te, noun): (usize, usize, bool),
    left: &mut Vec<ActorRef>,
    right: &[ActorRef],
) -> Option<Vec<ActorRef>> {
    let text = ctx.doc.text.as_str();
    let phrase = |own: &[Option<String>]| {
        super::args::host_officials(ctx.kb, text, places, here, sent, (ts, te), ctx.dct, own)
    };
    // the phrase first, without the subject's countries
    let (end, _) = phrase(&[])?;
    if right.iter().any(|a| a.start < end) {
        return None;
    }
    if left.is_empty() && noun {
        let first = right
            .first()
            .filter(|a| a.kind == ActorKind::Person && a.start - end <= 30)?;
        *left = vec![first.clone()];
    }
    // a known office holder or a state (not a banker the tables lack)
    if !left
        .iter()
        .any(|a| a.id.is_some() && matches!(a.kind, ActorKind::Person | ActorKind::State))
    {
        return None;
    }
    let own: Vec<Option<String>> = left.iter().map(|a| a.country.clone()).collect();
    phrase(&own).map(|(_, sides)| sides)
}

/// "after three days of talks", "at the end of two weeks of talks": talks
/// a phrase of time closes, told by their length only.
static TALKS_BY_LENGTH: LazyLock<Re> = regex!(
    r"(?i)\b(?:after|following|at\s+the\s+end\s+of|concluding|ending|winding\s+up|wrapping\s+up)\s+(?:(?:a|an|his|her|their|the)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)[- ](?:days?|weeks?)(?:\s+of)?\s+(?:(?:trade|economic|official|intensive|bilateral)\s+)?talks$"
);

/// The end of the talks' clause right after them (a stop, a comma, a
/// quote, a dash, the "that" of what was told): no side, place or topic
/// named.
static NOTHING_AFTER: LazyLock<Re> = regex!(r#"^\s*(?:[.,;:"”]|-\s|that\b|$)"#);

/// The window of undated occurred talks told by their length ("after three
/// days of talks" in a story of March 5: March 3-5): they ended by the
/// report date `report`.
pub(super) fn talks_length_window(
    ctx: &DocContext,
    sentence_start: usize,
    t: &super::triggers::Trigger,
    report: chrono::NaiveDate,
) -> Option<(Interval, String)> {
    let text = ctx.doc.text.as_str();
    let te = sentence_start + t.end;
    let wide = crate::text::ceil_boundary(text, te.saturating_sub(70).max(sentence_start));
    if !TALKS_BY_LENGTH.is_match(text.get(wide..te)?) {
        return None;
    }
    let (x, days) = ctx
        .timexes
        .iter()
        .filter(|x| x.begin >= wide && x.end <= te)
        .find_map(|x| Some((x, i64::from(x.duration_days()?))))?;
    if !(1..=60).contains(&days) {
        return None;
    }
    Some((
        Interval {
            start: report - chrono::Duration::days(days - 1),
            end: report,
            precision: Precision::Day,
        },
        format!("(report date) ({})", x.text),
    ))
}

/// "U.S. officials gave the same message to Abe in talks here last week",
/// "Lyng and Yeutter took a hard line in talks here": "in/for talks here" with one
/// side named hold that side with the dateline's state (the host), when
/// every named side is a known person or state foreign to it. Not "during
/// the meetings here" (a body's sessions).
pub(super) fn talks_here_host(
    ctx: &DocContext,
    here: Option<&PlaceRef>,
    te: usize,
    side: &[ActorRef],
) -> Option<ActorRef> {
    static HERE: LazyLock<Re> = regex!(r"^\s+here\b");
    static IN_TALKS: LazyLock<Re> = regex!(r"(?i)\b(?:in|for)\s+talks$");
    let text = ctx.doc.text.as_str();
    let lead = text.get(te.saturating_sub(12)..te).unwrap_or("");
    let after = text.get(te..).unwrap_or("");
    let in_talks_here = HERE.is_match(after) && IN_TALKS.is_match(lead);
    // "told a press conference after three days of talks": talks told
    // only by their length, with no side, place or topic after them
    let wide = crate::text::ceil_boundary(text, te.saturating_sub(70));
    let by_length = TALKS_BY_LENGTH.is_match(text.get(wide..te).unwrap_or(""))
        && (HERE.is_match(after) || NOTHING_AFTER.is_match(after));
    if !(in_talks_here || by_length) || side.is_empty() {
        return None;
    }
    let host = here?.country.clone()?;
    // (talks told by their length are a visitor's: a state's "after four
    // weeks of talks" with its banks is no talks with the host)
    let foreign = side.iter().all(|a| {
        a.id.is_some()
            && (matches!(a.kind, ActorKind::Person)
                || (a.kind == ActorKind::State && in_talks_here))
            && a.country.as_deref().is_some_and(|c| c != host)
    });
    if !foreign {
        return None;
    }
    Some(ActorRef::state(ctx.kb, &host, te, te))
}

/// After a trip noun: an optional destination and time, then "by" and
/// qualifiers of the agent ("to Japan last week by senior", "here next week
/// by a high-ranking"); no clause break.
static BY_AGENT_LEAD: LazyLock<Re> = regex!(
    r"^\s+(?:(?:to|of)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,4}|here\s+)?(?:(?:last|next|this|earlier|later)\s+(?:week|month|year|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)?\s*)?by\s+(?:(?:a|an|the|two|three|several|senior|top|high|ranking|high-ranking|high-level|visiting|official|government|trade|economic|military|parliamentary)\s+){0,4}$"
);

/// After the agent's state: the unnamed officials it stands for ("trade
/// officials", "government delegation").
static BY_AGENT_TAIL: LazyLock<Re> = regex!(
    r"^(?:['’]s)?\s+(?:(?:trade|government|economic|finance|foreign|ministry|military|defen[cs]e|agriculture|parliamentary|senior|official|cabinet|high-level)\s+){0,2}(?:officials?|delegations?|teams?|missions?|ministers|negotiators|envoys?)\b"
);

/// "a delegation from the Soviet Union": the lead before the state.
static BY_AGENT_FROM: LazyLock<Re> =
    regex!(r"(?:delegations?|teams?|missions?|officials)\s+from\s+(?:the\s+)?$");

/// The state whose unnamed officials are the agent of a trip noun ending
/// at `te` ("a recent trip to Japan by senior Nigerian officials"): a
/// country or its adjective after "by" and qualifiers, followed by the
/// officials' noun, or after "a delegation from".
pub(super) fn state_by_agent(ctx: &DocContext, te: usize, sent_end: usize) -> Option<ActorRef> {
    let text = ctx.doc.text.as_str();
    let ceil = sent_end.min(te + 100);
    ctx.entities
        .iter()
        .filter(|e| e.start >= te && e.end <= ceil)
        .find_map(|e| {
            let code = super::state_of(e)?;
            let lead = text
                .get(te..e.start)?
                .replace(|c: char| c.is_ascii_whitespace(), " ");
            let tail = text.get(e.end..ceil)?;
            let by_officials = BY_AGENT_LEAD.is_match(&lead) && BY_AGENT_TAIL.is_match(tail);
            let from = lead
                .rfind(" by ")
                .and_then(|i| lead.get(..i + 1))
                .is_some_and(|l| BY_AGENT_LEAD.is_match(&format!("{l}by ")))
                && lead
                    .rfind(" by ")
                    .and_then(|i| lead.get(i + 4..))
                    .is_some_and(|r| {
                        BY_AGENT_FROM.is_match(r) && r.split_whitespace().count() <= 6
                    });
            (by_officials || from).then(|| super::state_actor(ctx.kb, e, code))
        })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{mentions, visits};
    use super::super::Status;

    #[test]
    fn a_date_leading_into_the_next_leg_is_that_legs() {
        let ms = mentions(
            "OSLO, May 4 - Soviet Foreign Minister Eduard Shevardnadze, here on a three-day visit, met officials on Monday. His trip, to be followed from Thursday by a visit to Sweden, was welcomed.",
            "1987-05-04",
        );
        let v = visits(&ms, "Shevardnadze");
        // the stop here keeps its own dates, not Thursday
        assert!(
            v.iter().all(|x| !(x.0 == "oslo" && x.1 == "1987-05-07")),
            "{v:?}"
        );
        assert!(v.iter().any(|x| x.0 == "oslo"), "{v:?}");
        // the next leg takes Thursday
        assert!(
            v.contains(&(
                "SWE".to_string(),
                "1987-05-07".to_string(),
                "1987-05-07".to_string(),
                Status::Planned
            )),
            "{v:?}"
        );
    }

    #[test]
    fn a_date_after_the_next_legs_place_is_that_legs() {
        let ms = mentions(
            "PARIS, March 9 - Japanese Foreign Minister Tadashi Kuranari will visit Paris on Tuesday before going on to Bonn on Thursday, officials said.",
            "1987-03-09",
        );
        let v = visits(&ms, "Kuranari");
        assert!(
            v.contains(&(
                "bonn".to_string(),
                "1987-03-12".to_string(),
                "1987-03-12".to_string(),
                Status::Planned
            )),
            "{v:?}"
        );
        assert!(
            v.iter().all(|x| !(x.0 == "paris" && x.1 == "1987-03-12")),
            "{v:?}"
        );
    }

    #[test]
    fn then_on_a_date_to_a_place_is_the_next_leg() {
        let ms = mentions(
            "TOKYO, April 6 - Prime Minister Yasuhiro Nakasone will visit Bonn, then on April 21 to Rome, officials said.",
            "1987-04-06",
        );
        let v = visits(&ms, "Nakasone");
        assert!(
            v.iter().any(|x| x.0 == "rome" && x.1 == "1987-04-21"),
            "{v:?}"
        );
        assert!(
            v.iter().all(|x| !(x.0 == "bonn" && x.1 == "1987-04-21")),
            "{v:?}"
        );
    }

    #[test]
    fn a_relative_clause_or_a_pronoun_after_said_has_its_mover() {
        let ms = mentions(
            "TOKYO, April 6 - U.S. Agriculture Secretary Richard Lyng, who plans to be in Japan April 14-27, said he wanted more beef sales.",
            "1987-04-06",
        );
        let v = visits(&ms, "Lyng");
        assert!(
            v.iter()
                .any(|x| x.0 == "JPN" && x.1 == "1987-04-14" && x.2 == "1987-04-27"),
            "{v:?}"
        );
        let ms = mentions(
            "KAMPALA, March 3 - Finance Minister Crispus Kiyonga said when he returned from London on Monday that talks went well.",
            "1987-03-03",
        );
        let v = visits(&ms, "Kiyonga");
        assert!(v.iter().any(|x| x.0 == "london"), "{v:?}");
    }

    #[test]
    fn a_trip_in_other_words_keeps_the_place_right_after_its_words() {
        // a later city of the sentence ("ask Tokyo") is not the trip's place
        let ms = mentions(
            "WASHINGTON, March 12 - Agriculture Secretary Richard Lyng said rice. Lyng, who plans to be in Japan April 14-27, said he will not ask Tokyo to open its market.",
            "1987-03-12",
        );
        let v = visits(&ms, "Lyng");
        assert!(
            v.contains(&(
                "JPN".to_string(),
                "1987-04-14".to_string(),
                "1987-04-27".to_string(),
                Status::Planned
            )),
            "{v:?}"
        );
    }
}

//! Summits named in passing: the gathering a sentence about another
//! meeting or call mentions as its occasion or its topic.
//!
//! A readout tells a bilateral "on the margins of the NATO Summit", or a
//! meeting "to prepare for the July 11-12, 2023 NATO Summit in Vilnius". The
//! trigger passes read such a summit as the topic or the venue of the
//! sentence's meeting, not as a meeting of its own, so the summit (its city,
//! its dates, whether it is under way or ahead) was lost. [`named_summits`]
//! adds it, run on the document's drafts once their places and dates are
//! final:
//!
//! - the summit is a known organisation or club (NATO, G7, G20, ASEAN)
//!   named right before the word "Summit" ("NATO Summit", "G20 Leaders'
//!   Summit", "NATO's 75th anniversary summit");
//! - its place is the city after "in" or "at" ("Summit in Vilnius", "in
//!   Apulia, Italy": the first city of the chain, else its country), its
//!   dates the date just before its name ("the July 11-12, 2023 NATO
//!   Summit") or just after it ("Summit in Madrid on June 29");
//! - "on the margins of" / "on the sidelines of": the summit is under way
//!   when the sentence's meeting happens; it takes that meeting's status
//!   and, lacking its own, its dates and place, and the meeting's first
//!   side (its subject) attends;
//! - a trip to or from it in the sentence ("will attend the G7 Leaders'
//!   Summit in Apulia, Italy on June 13-14", "traveling from the G7 Summit
//!   in Hiroshima"): the trip's status, and its guest attends;
//! - "ahead of", "to prepare for", "upcoming" and other plan cues (read by
//!   [`super::status::status`]): planned, attended by the subject of the
//!   sentence's meeting when there is one (not of a call: "spoke about
//!   preparations for the NATO Summit" says nothing of who attends);
//! - otherwise a summit with its own date is reported with the status its
//!   clause states, a club meeting of its own; a summit that is the subject
//!   of a verb of its own sitting ("The two-day G20 Leaders' Summit
//!   concluded at Bharat Mandapam in New Delhi on Sunday") takes the place
//!   and date of that verb's clause (round 17);
//! - a club that is itself the subject of its summit's sitting ("the
//!   Shanghai Cooperation Organisation holds its summit on Thursday", "the
//!   leaders of the Group of 20 wrapped up their two-day summit ... on
//!   Sunday"; round 18): the club's summit, dated and placed by the clause
//!   after the word, or at the city before ", where"; a meeting of the
//!   people around it that the trigger passes read on "holds its summit"
//!   gives way to it (its place kept);
//! - a club's summit in lower case that brings people together ("In
//!   Johannesburg, the BRICS summit brought together Lula, Xi, Modi and the
//!   host, Ramaphosa"; round 18): the trigger passes read the meeting of
//!   those people on the word; the club joins its sides (`+club_summit`),
//!   unless a preposition puts the summit as another act's occasion ("met
//!   Xi at the BRICS summit") or the sentence holds another meeting.
//!
//! - a summit named by its city only ("the Venice summit", "the Venice
//!   economic summit in June", "the economic summit in Venice June 8-10",
//!   "next week's summit in Venice"): the Group of Seven's when its
//!   sentence says so ("economic summit", "industrial democracies", "G-7"),
//!   at that city; a "summit" the trigger passes gave to the story's earlier
//!   meeting (no side of it in the sentence) is the club's instead. Named
//!   by its month alone ("the June economic summit", "before the June
//!   Economic Summit", "the June summit of seven leading western nations"),
//!   it is the same club's, dated by that month, placeless unless a city
//!   follows it.
//!
//! - a series with no organising body is an organisation of its own
//!   whose name holds the word ("the Summit for Democracy", "the Ninth
//!   Summit of the Americas", "the U.S.-Africa Leaders Summit":
//!   `organizations.tsv`); its place and dates follow the whole name ("the
//!   Summit of the Americas in Los Angeles in June"), and "currently
//!   underway" puts it on the report's day. It is reported only when
//!   someone attends (a trip to it, a meeting on its margins or to prepare
//!   it): named in passing ("in the lead-up to the March 2023 Summit for
//!   Democracy") it is no event of the statement;
//! - "the vision set forth at the U.S.-Africa Leaders Summit", "building on
//!   the Bali Summit of November 2022": a summit of the past, held on its
//!   own date (none: no event); a plan's status is never a summit's whose
//!   own dated year is behind the report.
//!
//! A summit already read by the trigger passes in the sentence is left
//! alone, unless the words are a known organisation's summit, capitalised,
//! that they read as a meeting of the sentence's people ("discussed their
//! participation in the Summit of the Americas", "the achievements of the
//! Quad Leaders' Summit"): the organisation's summit replaces it (not on
//! its margins: "met ... on the margins of the NATO Summit" is the leaders'
//! meeting; nor wire copy's "The first is the G-8 summit", the leaders'). A named summit read as
//! an anaphor of the document's meeting ("will review preparations for the
//! Summit", "the 2014 Wales Summit pledge") is dropped, and the subject
//! pronoun of a sentence naming a summit of people ("He also commended ...
//! the historic Camp David Summit") is one of its sides.
//!
//! ```text
//! "Biden met today with Stoltenberg to prepare for the July 11-12, 2023
//!  NATO Summit in Vilnius."  (2023-06-13)
//!  -> meeting Biden + Stoltenberg, 2023-06-13            occurred
//!  -> meeting Biden + NATO, Vilnius, 2023-07-11..07-12    planned (meeting.summit.named)
//! ```

use std::sync::LazyLock;

use crate::re::Re;

use super::args::{ActorRef, PlaceRef};
use super::triggers::{Frame, Trigger};
use super::{status, DocContext, Draft, EventType, Status};
use crate::kb::ActorKind;
use crate::time::{Interval, Precision};

/// The word itself, singular (a plural is a habit or a series).
static SUMMIT: LazyLock<Re> = regex!(r"\b[Ss]ummit\b");

/// Between the organisation and "Summit": "'s 75th anniversary", " Leaders'".
static NAME_GAP: LazyLock<Re> = regex!(
    r"^(?:['’]s?)?(?:\s+(?:[A-Z0-9][\w.-]*|anniversary|leaders['’]?|[Ll]eaders['’]?))?(?:\s+[A-Z0-9][\w.'’-]*){0,2}\s+$"
);

/// "on the margins of the", "on the sidelines of this year's".
static MARGINS: LazyLock<Re> = regex!(
    r"(?i)\b(?:on|at) the (?:margins?|sidelines?|fringes?) of\s+(?:the\s+|this (?:year|week)['’]s\s+)?$"
);

/// "the second Summit for Democracy currently underway", "the summit now
/// under way": on the day of the report.
static UNDER_WAY: LazyLock<Re> = regex!(
    r"^,?\s+(?:(?:that is|which is|now|currently)\s+)?(?:under\s?way|in progress|in session)\b"
);

/// "set forth at the", "builds on the President's participation in the",
/// "following the": a summit of the past the sentence's act builds on.
static PAST_REF: LazyLock<Re> = regex!(
    r"(?i)\b(?:(?:set forth|laid out|made|reached|agreed|announced|launched|pledged|committed)\s+(?:at|in|during)|builds? on|built on|building on|following|since)\s+[^.;:]{0,80}$"
);

/// "ahead of the", "to prepare for the July 11-12, 2023": the summit is
/// the occasion the sentence's subject gets ready for.
static AHEAD: LazyLock<Re> = regex!(
    r"(?i)\b(?:ahead of|in advance of|prepar(?:e|es|ed|ing) for|in preparation for|preparations for|upcoming|forthcoming)\s+[^.;:]{0,40}$"
);

/// Between a trip's word and the summit it goes to: "travel to Madrid,
/// Spain for the", "travel to New Delhi, India, from September 7-10 to
/// attend the" (not "traveling from the": a leg away from it).
static TRIP_FOR: LazyLock<Re> = regex!(
    r"^[^;]{0,160}?\b(?:for|to (?:attend|participate in|take part in|join))\s+(?:the\s+|this (?:year|week)['’]s\s+)?(?:[\w.'’-]+\s+){0,3}[\w.'’-]*$"
);

/// Between a date and the name after it: "the July 11-12, 2023 NATO".
/// Also "next week's summit in Venice".
static DATE_BEFORE: LazyLock<Re> = regex!(r"^(?:['’]s)?[\s,]*$");

/// Between a date and the city of a summit named by it: "last week at the
/// Venice summit".
static DATE_AT: LazyLock<Re> = regex!(r"^\s+(?:at|in)\s+the\s+$");

/// Between the summit (or its city) and a date after it: " on", " from", ",".
static DATE_AFTER: LazyLock<Re> =
    regex!(r"^,?\s+(?:(?:on|from|between|held|to be held|taking place|scheduled for)\s+)?$");

/// A summit named by its city may take "in June" after it ("the Venice
/// economic summit in June"; a club's summit "in Vilnius in July" of a
/// readout is left to the dates of its sentence's meeting).
static DATE_AFTER_IN: LazyLock<Re> = regex!(r"^,?\s+in\s+$");

static COMMA_GAP: LazyLock<Re> = regex!(r"^,\s*$");

/// "The two-day G20 Leaders' Summit concluded at the convention centre in
/// New Delhi on Sunday": the summit is the subject of a verb of its own
/// sitting; its clause (to the next comma) gives its place and date
/// (round 17; the wording is rare in Reuters, once, and absent from the
/// White House statements, which name a summit's place and dates beside
/// its name).
static SITTING: LazyLock<Re> = regex!(
    r"^\s+(?:has\s+|had\s+|was\s+)?(?:conclude[ds]?|open(?:s|ed)?|end(?:s|ed)?|close[ds]?|beg(?:an|ins)|got\s+under\s?way|gets\s+under\s?way|kick(?:s|ed)\s+off|wrap(?:s|ped)\s+up|convene[ds]?)\b"
);

/// "The Shanghai Cooperation Organisation holds its summit on Thursday",
/// "The leaders of the Group of 20 wrapped up their two-day summit": a club
/// as the subject of a verb of its own summit's sitting, "its" or "their"
/// before the word (round 18: absent from Reuters and the White House,
/// which name a summit beside its club; "held its meeting" once in
/// Reuters, of a company).
static OWNER_GAP: LazyLock<Re> = regex!(
    r"^\s+(?:(?:will|would|is to|was to|has|had)\s+)?(?:holds?|held|holding|wrap(?:s|ped)\s+up|open(?:s|ed)?|end(?:s|ed)?|conclude[ds]?|close[ds]?|beg(?:an|ins)|convene[ds]?)\s+(?:its|their)\s+(?:[\w'’-]+\s+){0,2}$"
);

/// ", where the" right before a club that holds its summit: the place is
/// the one named before "where".
static WHERE_BEFORE: LazyLock<Re> = regex!(r",\s+where\s+(?:the\s+)?$");

/// "at the", "during this year's", "ahead of the": a preposition before a
/// club's summit, which is then the occasion of another act, not the
/// subject that brings its people together.
static PREP_BEFORE: LazyLock<Re> = regex!(
    r"(?i)\b(?:at|during|on|in|of|for|to|after|before|from|around|ahead of|since|until|into|about|over|with)\s+(?:(?:the|this|last|next)\s+(?:(?:year|week|month)['’]s\s+)?)?$"
);

/// "Summit in", "Summit, which will be held in".
static CITY_GAP: LazyLock<Re> =
    regex!(r"^(?:,\s*which (?:will be|is|was) (?:being )?held)?\s+(?:in|at)\s+$");

/// Between a city and "summit": "the Venice summit", "the Venice economic
/// summit".
static CITY_BEFORE: LazyLock<Re> =
    regex!(r"^\s+(?:(?:economic|western|industrial|world|annual|seven-nation|7-nation)\s+)?$");

/// Between a month and "summit": "the June economic summit", "the June
/// Economic Summit" (the month dates it).
static MONTH_BEFORE: LazyLock<Re> = regex!(
    r"^\s+(?:(?:[Ee]conomic|[Ww]estern|[Ii]ndustrial|[Aa]nnual|seven-nation|7-nation)\s+)?$"
);

/// A month's name alone ("June"), not "next month" or "June 8-10".
static MONTH_WORD: LazyLock<Re> = regex!(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)$"
);

/// Wording that says the summit is the Group of Seven's: "economic
/// summit", "summit of industrial democracies", "the seven".
static SEVEN: LazyLock<Re> = regex!(
    r"(?i)\beconomic summit\b|\bseven-nation\b|\b7-nation\b|\bindustriali[sz]ed (?:democracies|nations|countries)\b|\bindustrial (?:democracies|nations|countries)\b|\bGroup of Seven\b|\bG-?7\b|\bseven (?:major |leading )?(?:industrial|western|industriali[sz]ed)"
);

/// A summit named by its city ("the Venice summit", "the economic summit in
/// Venice"): the club that meets there when the sentence says which (the
/// Group of Seven's economic summit), as an actor at the word "summit",
/// where the summit's name opens (for a date before it) and the city named
/// before it.
fn city_summit(
    ctx: &DocContext,
    places: &[PlaceRef],
    s: super::Sentence,
    (seven, named): (bool, bool),
    ws: usize,
    we: usize,
) -> Option<(ActorRef, usize, Option<PlaceRef>)> {
    let text = ctx.doc.text.as_str();
    let before = places
        .iter()
        .filter(|p| p.place_id.is_some() && p.kind != crate::kb::PlaceKind::Country)
        .filter(|p| p.start >= s.start && p.end <= ws && ws - p.end <= 20)
        .find(|p| text.get(p.end..ws).is_some_and(|g| CITY_BEFORE.is_match(g)));
    let after = places
        .iter()
        .filter(|p| p.place_id.is_some() && p.kind != crate::kb::PlaceKind::Country)
        .find(|p| {
            p.start >= we
                && p.start - we <= 6
                && text.get(we..p.start).is_some_and(|g| CITY_GAP.is_match(g))
        });
    let name_start = match (before, after) {
        (Some(p), _) => p.start,
        (None, Some(_)) => {
            // "the economic summit in Venice": the name opens at its adjective
            let lead = text.get(s.start..ws)?;
            let trimmed = lead.trim_end();
            // "the U.S.-Pacific Island Summit in Washington": a summit with
            // a name of its own (no organisation the tables know) is not the
            // one its city names
            if !named
                && trimmed
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
            {
                return None;
            }
            let word = trimmed
                .rsplit(char::is_whitespace)
                .next()
                .filter(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
                .filter(|w| !matches!(*w, "the" | "a" | "an" | "this" | "next" | "last"));
            match word {
                Some(w) => s.start + trimmed.len() - w.len(),
                None => ws,
            }
        }
        // "the June economic summit", "the body's June summit": named by
        // its month; the name opens after the month, which dates it
        (None, None) => {
            let month = ctx
                .timexes
                .iter()
                .filter(|t| t.begin >= s.start && t.end <= ws && ws - t.end <= 24)
                .filter(|t| {
                    t.interval
                        .as_ref()
                        .is_some_and(|iv| iv.precision == Precision::Month)
                })
                .filter(|t| MONTH_WORD.is_match(&t.text))
                .find(|t| {
                    text.get(t.end..ws)
                        .is_some_and(|g| MONTH_BEFORE.is_match(g))
                })?;
            month.end
        }
    };
    if !seven {
        return None;
    }
    let g7 = ctx.kb.actor("g7")?;
    Some((ActorRef::of(g7, ws, we), name_start, before.cloned()))
}

/// The month `iv` names in the year that puts it nearest the report `r`
/// (zero when it holds `r`); on a tie the later one for a plan, else the
/// earlier.
fn nearest_month(iv: Interval, r: chrono::NaiveDate, ahead: bool) -> Interval {
    use chrono::Datelike;
    let m = iv.start.month();
    let month = |y: i32| Interval::month(y, m);
    let gap = |c: &Interval| {
        if r < c.start {
            (c.start - r).num_days()
        } else if r > c.end {
            (r - c.end).num_days()
        } else {
            0
        }
    };
    [r.year() - 1, r.year(), r.year() + 1]
        .into_iter()
        .filter_map(month)
        .min_by_key(|c| (gap(c), if ahead { c.start < r } else { c.start > r }))
        .unwrap_or(iv)
}

/// "He also commended ...": a sentence opening on a subject pronoun and
/// the verb it governs (a speech verb names no participant).
static PRONOUN_SUBJECT: LazyLock<Re> =
    regex!(r"^\W*(?:He|She)\s+(?:(?:also|then|later|further|again)\s+)?([a-z]+)\b");

/// "He also commended the Prime Minister's courage ..., which enabled ...
/// trilateral cooperation at the historic Camp David Summit": the subject
/// of a sentence naming a summit of people is one of them, though named by
/// a pronoun (its antecedent: the subject of the sentences before, in a
/// readout its principal).
fn pronoun_sides(ctx: &DocContext, actors: &[ActorRef], drafts: &mut [Draft]) {
    let text = ctx.doc.text.as_str();
    for d in drafts.iter_mut() {
        if !d.summit
            || d.event_type != EventType::Meeting
            || d.rule.starts_with("meeting.summit")
            || d.sides.is_empty()
            || d.sides.iter().any(|a| a.kind != ActorKind::Person)
            // a named summit ("the Camp David Summit"), not "the summit"
            || !text
                .get(d.trigger.0..d.trigger.1)
                .is_some_and(|w| w.starts_with('S'))
        {
            continue;
        }
        let s = d.sentence;
        let Some(c) = text
            .get(s.start..s.end)
            .and_then(|t| PRONOUN_SUBJECT.captures(t))
        else {
            continue;
        };
        let (Some(all), Some(verb)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if matches!(
            verb.as_str(),
            "said" | "says" | "told" | "tells" | "added" | "noted" | "stated" | "recalled"
        ) {
            continue;
        }
        let at = s.start + all.start() + 1;
        let Some(a) = super::antecedent(text, actors, ctx.sentences, s, at) else {
            continue;
        };
        if a.id.is_some() && !d.sides.iter().any(|x| x.id == a.id) {
            d.sides.insert(0, a);
        }
    }
}

/// Adds the summits named in passing (see the module's essay).
pub(super) fn named_summits(
    ctx: &DocContext,
    actors: &[ActorRef],
    places: &[PlaceRef],
    drafts: &mut Vec<Draft>,
) {
    pronoun_sides(ctx, actors, drafts);
    let text = ctx.doc.text.as_str();
    let mut out: Vec<Draft> = vec![];
    let mut replaced: Vec<(usize, (usize, usize))> = vec![];
    for (si, s) in ctx.sentences.iter().enumerate() {
        let Some(stext) = text.get(s.start..s.end) else {
            continue;
        };
        // Most sentences name no summit: skip them before any regex (the
        // word's letters survive `flat_text`, which only replaces blanks).
        if !stext.contains("ummit") {
            continue;
        }
        let flat = super::flat_text(stext);
        let summit_words = SUMMIT.find_iter(&flat).count();
        // the Group of Seven named in the sentence or beside it ("at the
        // Venice summit ..." followed by "All of the G-7 nations ...")
        let seven = SEVEN.is_match(&flat)
            || [si.checked_sub(1), Some(si + 1)]
                .into_iter()
                .flatten()
                .filter_map(|i| ctx.sentences.get(i))
                .filter_map(|n| text.get(n.start..n.end))
                .any(|n| SEVEN.is_match(&super::flat_text(n)));
        for m in SUMMIT.find_iter(&flat) {
            let (ws, we) = (s.start + m.start(), s.start + m.end());
            // a series whose name holds the word ("the Summit for
            // Democracy", "the Ninth Summit of the Americas"): the series is
            // the summit's side
            let series = actors
                .iter()
                .filter(|a| a.kind == ActorKind::Organization && a.id.is_some())
                .find(|a| a.start >= s.start && a.start <= ws && we <= a.end && a.end <= s.end)
                .cloned();
            let named = series.clone().or_else(|| {
                actors
                    .iter()
                    .filter(|a| a.kind == ActorKind::Organization && a.id.is_some())
                    .filter(|a| a.start >= s.start && a.end <= ws && ws - a.end <= 40)
                    .filter(|a| text.get(a.end..ws).is_some_and(|g| NAME_GAP.is_match(g)))
                    .max_by_key(|a| a.end)
                    .cloned()
            });
            // "the Shanghai Cooperation Organisation holds its summit": a
            // club as the subject of its summit's sitting (round 18)
            let owner = actors
                .iter()
                .filter(|_| named.is_none())
                .filter(|a| a.kind == ActorKind::Organization)
                .filter(|a| a.id.as_deref().is_some_and(|id| ctx.kb.is_club(id)))
                .filter(|a| a.start >= s.start && a.end <= ws && ws - a.end <= 60)
                .filter(|a| text.get(a.end..ws).is_some_and(|g| OWNER_GAP.is_match(g)))
                .max_by_key(|a| a.end)
                .cloned();
            let owned = owner.is_some();
            let named = named.or(owner);
            // where the name ends: its place and dates come after it
            let name_end = series.as_ref().map_or(we, |a| a.end.max(we));
            let by_city = city_summit(ctx, places, *s, (seven, named.is_some()), ws, we);
            // "the economic summit in Venice" read as "the summit" of the
            // story's earlier meeting (no side of it in this sentence): the
            // club's summit instead
            if by_city.is_some() {
                for d in drafts.iter().filter(|d| {
                    d.sentence_index == si
                        && d.event_type == EventType::Meeting
                        && d.trigger.0 < we
                        && ws < d.trigger.1
                        && !d.sides.is_empty()
                        && d.sides
                            .iter()
                            .all(|a| a.start < s.start || a.start >= s.end)
                }) {
                    replaced.push((si, d.trigger));
                }
            }
            // "discussed their participation in the Summit of the Americas",
            // "the achievements of the third Quad Leaders' Summit": the
            // trigger passes read the word as a meeting of the sentence's
            // people; the summit of the organisation it names is the event
            // (a proper name, "Summit": "The first is the G-8 summit" of a
            // wire story is the meeting of the leaders it names)
            let proper = flat.get(m.start()..m.end()) == Some("Summit");
            // (not on the margins of it: "met ... on the margins of the NATO
            // Summit" tells the leaders' meeting, as before)
            let margins_of = |o: &ActorRef| {
                text.get(s.start..o.start)
                    .is_some_and(|b| MARGINS.is_match(&super::flat_text(b)))
            };
            if let Some(o) = named
                .as_ref()
                .filter(|o| (proper || series.is_some()) && !margins_of(o))
            {
                for d in drafts.iter().filter(|d| {
                    d.sentence_index == si
                        && d.event_type == EventType::Meeting
                        && d.trigger.0 < we
                        && ws < d.trigger.1
                        && !d.rule.starts_with("meeting.summit")
                        && (!d.sides.iter().any(|a| {
                            a.kind == ActorKind::Organization
                                || (a.start >= o.start && a.end <= o.end)
                        })
                            // "welcoming Sweden as an Ally ... in the lead up
                            // to the July 2024 NATO Summit": the club's
                            // summit, not its meeting with a state named on
                            // the way
                            || (d.sides.iter().any(|a| a.id.is_some() && a.id == o.id)
                                && d.sides.iter().any(|a| a.kind == ActorKind::State)
                                && d.sides.iter().all(|a| {
                                    a.kind == ActorKind::State
                                        || (a.id.is_some() && a.id == o.id)
                                })))
                }) {
                    replaced.push((si, d.trigger));
                }
            }
            let on_word = |d: &Draft| d.trigger.0 < we && ws < d.trigger.1;
            let of_people = |d: &Draft| {
                d.sentence_index == si
                    && d.event_type == EventType::Meeting
                    && on_word(d)
                    && !d.rule.starts_with("meeting.summit")
                    && !d.sides.is_empty()
                    && d.sides.iter().all(|a| a.kind == ActorKind::Person)
            };
            // "where the Shanghai Cooperation Organisation holds its summit":
            // the trigger passes read "holds its summit" as a meeting of the
            // people named around it; the club's summit is the event, held
            // where that meeting was placed (round 18)
            let mut kept_place: Option<PlaceRef> = None;
            if owned {
                for d in drafts.iter().filter(|d| of_people(d)) {
                    replaced.push((si, d.trigger));
                    kept_place = kept_place.or_else(|| d.place.clone());
                }
                // "for Samarkand, in neighbouring Uzbekistan, where the
                // Shanghai Cooperation Organisation holds its summit": the
                // city before "where"
                let club_at = named.as_ref().map_or(ws, |o| o.start);
                if let Some(w) = text
                    .get(s.start..club_at)
                    .and_then(|b| WHERE_BEFORE.find(b))
                    .map(|m| s.start + m.start())
                {
                    let before: Vec<&PlaceRef> = places
                        .iter()
                        .filter(|p| p.start >= s.start && p.end <= w && w - p.end <= 60)
                        .collect();
                    kept_place = before
                        .iter()
                        .rev()
                        .find(|p| p.kind != crate::kb::PlaceKind::Country)
                        .or(before.last())
                        .map(|p| (*p).clone())
                        .or(kept_place);
                }
            }
            // "In Johannesburg, the BRICS summit brought together Lula, Xi
            // and Modi": a club's summit (the word in lower case) as the
            // subject that brings people together, read by the trigger
            // passes as the meeting of those people; the club is a side of
            // it too. Not after a preposition ("met at the BRICS summit":
            // the occasion of another act), nor beside another meeting of
            // the sentence (round 18)
            if let Some(o) = named.as_ref().filter(|o| {
                !owned
                    && !proper
                    && series.is_none()
                    && o.id.as_deref().is_some_and(|id| ctx.kb.is_club(id))
            }) {
                let lead = text.get(s.start..o.start).unwrap_or("");
                let alone = drafts
                    .iter()
                    .filter(|d| d.sentence_index == si && d.event_type == EventType::Meeting)
                    .all(on_word);
                if alone && !PREP_BEFORE.is_match(&super::flat_text(lead)) && !margins_of(o) {
                    // (only the people this sentence names: "the G-8 summit, to
                    // be held in Northern Ireland" does not join the club to a
                    // meeting whose sides come from earlier sentences)
                    let named_here =
                        |d: &Draft| d.sides.iter().all(|a| a.start >= s.start && a.end <= s.end);
                    for d in drafts.iter_mut().filter(|d| of_people(d) && named_here(d)) {
                        d.sides.push(o.clone());
                        d.rule = format!("{}+club_summit", d.rule);
                    }
                }
            }
            // already read by the trigger passes (in a sentence naming two
            // summits, "last year's G-7 summit in Tokyo ... next week's
            // summit in Venice", only a draft on this word counts)
            if drafts.iter().chain(out.iter()).any(|d| {
                !replaced.contains(&(d.sentence_index, d.trigger))
                    && d.sentence_index == si
                    && ((d.summit && summit_words == 1) || on_word(d))
                    && d.event_type == EventType::Meeting
                    && super::complete(ctx.kb, d)
            }) {
                continue;
            }
            // "the Venice economic summit", "the economic summit in Venice":
            // named by its city, the club the text says meets there
            let named_by_city = named.is_none();
            let (org, name_start) = match named {
                Some(o) => {
                    let st = o.start;
                    (o, st)
                }
                None => match by_city.clone() {
                    Some((o, st, _)) => (o, st),
                    None => continue,
                },
            };
            // the name's phrase opens at the determiner before the organisation
            let lead = (name_start.saturating_sub(s.start)).min(flat.len());
            let before = flat.get(..lead).unwrap_or("");
            let margins = MARGINS.is_match(before);
            // own dates: a date right before the name, else right after it
            // (or after its city)
            // "in Apulia, Italy": the places chained after "in", the first
            // city among them the summit's place (else the country)
            let mut chain: Vec<&PlaceRef> = vec![];
            let mut at = name_end;
            while let Some(p) = places.iter().find(|p| {
                p.start >= at
                    && p.start <= at + 40
                    && text.get(at..p.start).is_some_and(|g| {
                        if chain.is_empty() {
                            CITY_GAP.is_match(g)
                        } else {
                            COMMA_GAP.is_match(g)
                        }
                    })
            }) {
                chain.push(p);
                at = p.end;
            }
            let place = chain
                .iter()
                .find(|p| p.place_id.is_some())
                .or(chain.first())
                .map(|p| (*p).clone())
                .or_else(|| by_city.as_ref().and_then(|(_, _, p)| p.clone()))
                .or(kept_place);
            let after = at;
            // "the G20 Leaders' Summit concluded at ... in New Delhi on
            // Sunday": the clause of its sitting verb
            let sitting = text
                .get(name_end..s.end)
                .and_then(|g| SITTING.find(g))
                .map(|m| {
                    let from = name_end + m.end();
                    let to = text
                        .get(from..s.end)
                        .and_then(|g| g.find([',', ';']))
                        .map_or(s.end, |i| from + i);
                    (from, to)
                })
                // "wrapped up their two-day summit at ... on Sunday": the
                // clause after the word
                .or_else(|| {
                    owned.then(|| {
                        let to = text
                            .get(we..s.end)
                            .and_then(|g| g.find([',', ';']))
                            .map_or(s.end, |i| we + i);
                        (we, to)
                    })
                });
            let place = place.or_else(|| {
                let (from, to) = sitting?;
                let inside: Vec<&PlaceRef> = places
                    .iter()
                    .filter(|p| p.start >= from && p.end <= to)
                    .collect();
                inside
                    .iter()
                    .find(|p| p.kind != crate::kb::PlaceKind::Country)
                    .or(inside.first())
                    .map(|p| (*p).clone())
            });
            let sitting_date = sitting.and_then(|(from, to)| {
                ctx.timexes
                    .iter()
                    .filter(|t| t.interval.is_some() && t.begin >= from && t.end <= to)
                    .find_map(|t| t.interval.map(|iv| (iv, t.text.clone())))
            });
            let own_date = ctx
                .timexes
                .iter()
                .filter(|t| t.interval.is_some() && t.begin >= s.start && t.end <= s.end)
                .find(|t| {
                    (t.end <= name_start
                        && name_start - t.end <= 5
                        && text
                            .get(t.end..name_start)
                            .is_some_and(|g| DATE_BEFORE.is_match(g)))
                        // "last week at the Venice summit": a summit named by
                        // its city, dated by the time of its clause
                        || (named_by_city
                            && t.end <= name_start
                            && name_start - t.end <= 12
                            && text
                                .get(t.end..name_start)
                                .is_some_and(|g| DATE_AT.is_match(g)))
                        || (t.begin >= after
                            && t.begin - after <= 25
                            && text.get(after..t.begin).is_some_and(|g| {
                                DATE_AFTER.is_match(g)
                                    || ((named_by_city || series.is_some())
                                        && DATE_AFTER_IN.is_match(g))
                            }))
                })
                .and_then(|t| t.interval.map(|iv| (iv, t.text.clone())))
                .or(sitting_date)
                // "the second Summit for Democracy currently underway"
                .or_else(|| {
                    let r = ctx.dct?;
                    text.get(after..s.end)
                        .filter(|g| UNDER_WAY.is_match(g))
                        .map(|_| {
                            let iv = Interval {
                                start: r,
                                end: r,
                                precision: Precision::Day,
                            };
                            (iv, "(report date)".to_string())
                        })
                });
            // "the U.S.-ASEAN Special Summit on May 12-13 in Washington": a
            // city after the date right after the name
            let place = place.or_else(|| {
                let e = ctx
                    .timexes
                    .iter()
                    .filter(|t| t.interval.is_some() && t.begin >= after && t.end <= s.end)
                    .find(|t| {
                        t.begin - after <= 25
                            && text
                                .get(after..t.begin)
                                .is_some_and(|g| DATE_AFTER.is_match(g))
                    })?
                    .end;
                places
                    .iter()
                    .filter(|p| p.kind != crate::kb::PlaceKind::Country)
                    .find(|p| {
                        p.start >= e
                            && p.start - e <= 6
                            && text.get(e..p.start).is_some_and(|g| CITY_GAP.is_match(g))
                    })
                    .cloned()
            });
            // the sentence's own meeting, call or trip: the occasion's subject
            let people = |d: &Draft| -> Vec<ActorRef> {
                let mut v: Vec<ActorRef> = d
                    .sides
                    .iter()
                    .chain(d.guests.iter())
                    .filter(|a| a.kind == ActorKind::Person)
                    .cloned()
                    .collect();
                v.sort_by_key(|a| a.start);
                v
            };
            let host = drafts
                .iter()
                .filter(|d| d.sentence_index == si && !d.derived)
                .filter(|d| !replaced.contains(&(si, d.trigger)))
                // a trip may name the summit ("attend the G7 Summit in"), a
                // meeting is the summit
                .filter(|d| !(d.summit && d.event_type == EventType::Meeting))
                // a meeting of people before one of their states
                .min_by_key(|d| (people(d).is_empty(), d.trigger.0));
            let trig = Trigger {
                event_type: EventType::Meeting,
                frame: Frame::Meet,
                rule: "meeting.summit.named",
                start: m.start(),
                end: m.end(),
                confidence: 0.7,
                noun: true,
                refers_back: false,
            };
            if status::negated(&flat, &trig) {
                continue;
            }
            let (mut st, mut cued) = status::status(&flat, &trig);
            let mut dates = own_date.clone();
            let mut place = place;
            // the first person named among its sides (a trip's guest): the
            // sentence's subject
            let attends = host.and_then(|h| people(h).into_iter().next());
            let trip = host.filter(|h| h.event_type == EventType::Visit);
            let mut sides: Vec<ActorRef> = vec![];
            let mut rule = "meeting.summit.named";
            if PAST_REF.is_match(before) {
                // "the vision set forth at the U.S.-Africa Leaders Summit",
                // "building on the Bali Summit of November 2022": a summit
                // of the past, named as
                // the ground of the sentence's act; its own date or none
                if own_date.is_none() {
                    continue;
                }
                st = Status::Occurred;
                cued = true;
            } else if let Some(h) = trip.filter(|_| !margins) {
                // "will attend the G7 Summit in Apulia", "traveling from the
                // G7 Summit in Hiroshima": the trip's status; the summit's
                // own date, else none (a trip is longer than its summit)
                st = h.status;
                cued = h.cued;
                // "will travel to Madrid, Spain on June 28 for the NATO
                // Summit", "to New Delhi from September 7-10 to attend the
                // G20 Leaders' Summit": a summit with no place of its own is
                // where the trip goes to attend it, and within its days
                if place.is_none()
                    && h.trigger.1 <= name_start
                    && text
                        .get(h.trigger.1..name_start)
                        .is_some_and(|g| TRIP_FOR.is_match(&super::flat_text(g)))
                {
                    place = h.place.clone();
                    if dates.is_none() {
                        dates = h.dates.clone();
                    }
                }
                sides.extend(attends);
                rule = "meeting.summit.trip";
            } else if margins {
                let Some(h) = host.filter(|h| h.event_type != EventType::Visit) else {
                    continue;
                };
                // under way when the sentence's meeting happens
                st = h.status;
                cued = h.cued;
                if dates.is_none() {
                    dates = h.dates.clone();
                }
                if place.is_none() {
                    place = h.place.clone();
                }
                sides.extend(attends);
                rule = "meeting.summit.margins";
            } else if (cued && st == Status::Planned) || AHEAD.is_match(before) {
                st = Status::Planned;
                cued = true;
                // those who meet to prepare for it attend; callers only talk
                // about it
                if host.is_some_and(|h| h.event_type != EventType::Call) {
                    sides.extend(attends);
                }
            } else if own_date.is_none() {
                // a summit with no cue needs its own date ("at the G7 Summit
                // in Hiroshima" in passing may be any year's)
                continue;
            }
            // "the June summit" named by its city or its month alone: the
            // June nearest the report (a plan's on a tie), whatever year
            // the tense of the sentence picked ("Chirac said he hoped ...
            // at the June summit", in March)
            if let (Some((iv, t)), Some(r)) = (dates.as_mut(), ctx.dct) {
                if named_by_city && MONTH_WORD.is_match(t) {
                    *iv = nearest_month(*iv, r, st == Status::Planned);
                }
            }
            // dated after the report: ahead, whatever the tense; its own
            // date wholly before the report: held (a trip's plan is not its)
            if let (Some((iv, _)), Some(r)) = (&dates, ctx.dct) {
                if iv.start > r && st == Status::Occurred {
                    st = Status::Planned;
                }
            }
            // (a year in its words: "in November 2022", not a weekday)
            if let (Some((iv, t)), Some(r)) = (&own_date, ctx.dct) {
                let year = t.split(|c: char| !c.is_ascii_digit()).any(|w| w.len() == 4);
                if year && iv.end < r && st == Status::Planned {
                    st = Status::Occurred;
                }
            }
            if sides.is_empty() {
                // a series named in passing ("in the lead-up to the March
                // 2023 Summit for Democracy") with no one of the statement
                // attending: no event (the gold's reading)
                if series.is_some() {
                    continue;
                }
                // a club's meeting of its own (`sides::one_club`)
                rule = "meeting.summit.club";
            }
            sides.push(org.clone());
            let mut d = Draft::fired(si, *s, &flat, &trig, (st, cued));
            d.rule = rule.to_string();
            d.summit = true;
            d.sides = sides;
            d.place = place;
            d.dates = dates;
            out.push(d);
        }
    }
    // "will review preparations for the Summit", "build on the 2014 Wales
    // Summit pledge": a named summit the trigger passes read as the
    // document's meeting (its place and dates taken from it) is no meeting
    // of the sentence's people
    let named_anaphor = |d: &Draft| {
        d.event_type == EventType::Meeting
            && d.rule.starts_with("meeting.noun")
            && d.rule.ends_with(".anaphor")
            && !d.sides.is_empty()
            && d.sides.iter().all(|a| a.kind == ActorKind::Person)
            && text.get(d.trigger.0..d.trigger.1) == Some("Summit")
    };
    drafts.retain(|d| !replaced.contains(&(d.sentence_index, d.trigger)) && !named_anaphor(d));
    drafts.extend(out);
}

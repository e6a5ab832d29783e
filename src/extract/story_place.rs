//! The story's place for an event told again without one: a meeting or a
//! visit a story names twice, once with its city and once without
//! ("President Biden met today in Washington with Prime Minister Store ...
//! National Security Advisor Jake Sullivan also met separately with Prime
//! Minister Store"), takes the city of the sentence that places it.
//!
//! Wire copy and readouts give a place once, in the lead, and tell the rest
//! of the occasion in later sentences: a side's separate talks the same
//! day, the summit the leaders' meeting was held at ("met with Prime
//! Minister Modi today in Tokyo ... the third Quad Leaders' Summit held
//! today"), the same talks told again by their noun. The gold gives the
//! city whenever the text gives it, so a blank there fails strict scoring.
//!
//! [`carry`] runs on a document's finished drafts. A draft without a city
//! (none, or only a country an anaphor did not take from its antecedent)
//! takes the city of another draft of the story when that draft tells the
//! same occasion:
//!
//! - the same kind of event (a meeting from a meeting; a visit from a visit
//!   of the same guest or from a meeting the guest sat in, abroad) and the
//!   same status (told as past, or both told as ahead);
//! - the same time: both dated to the day and overlapping, a meeting's
//!   window three days at most (a tour's five days are no meeting's day;
//!   a visit's days inside the placed visit's stay of two weeks at most), or both undated and told by the same
//!   noun with no side in the unplaced one the placed one lacks ("Recent
//!   ICO talks in London ... the failure of the recent ICO talks"); an
//!   undated occasion is not a dated one's ("ready to continue trade talks
//!   ... during emergency talks which ended in Washington on Friday");
//! - a shared side: the same actor, a state and a person of it, or a club
//!   and its members on that one day (all of the placed meeting's sides;
//!   not over a tour's days: "bilateral meetings with his counterparts"
//!   from May 20 to 24 are not placed by the Quad's Tokyo); a
//!   dated meeting's sides the placed one lacks are of the city's country
//!   (an aide's separate talks with the guest, not a third state's talks on
//!   the same trip);
//! - the city is a text fact of the placing sentence: its words lie inside
//!   that sentence and are not the dateline, and it was not itself carried
//!   there (by the dateline passes, by a visit's paragraph, or here);
//! - no other time: an undated draft whose sentence tells a time all the
//!   same ("obstructing talks with the World Bank ... in recent years") is
//!   not the occasion a story places;
//! - one city only: two placing drafts with two cities (a tour's legs)
//!   carry none, nor does a guest's tour of several cities (of the
//!   visit's country, when it says one: a leg told as "to visit Taiwan"
//!   takes Taipei from the day's meeting there though the tour went on to
//!   Osan: round 17); the city is of
//!   the country the unplaced draft already has, if any, and never a
//!   visitor's home; the unplaced draft's own sentence names no other place
//!   as a location ("after talks in Washington") of another country, nor
//!   for a visit any place of another country ("will visit the Republic of
//!   Korea and Japan": a tour).
//!
//! When no draft places the occasion (its placing sentence names one side
//! only, or no sides the tables know), a meeting takes the city another
//! sentence gives a gathering ([`told_elsewhere`]): "talks in London",
//! "will meet in Brussels on Monday", with one of the meeting's sides named
//! in that sentence, the same noun for an undated meeting ("Recent ICO
//! talks in London failed ... On the failure of the recent ICO talks") or a
//! day of its dates for a dated one, and no draft of other sides there.
//!
//! A draft placed here gets `+story_place` on its rule.
//!
//! Before any of that, a draft with only a country, or only the dateline's
//! city, takes the one city its own sentence names as a location inside
//! that country ([`own_city`], round 18): "was in Moscow in March 2011,
//! when he travelled to Russia", "in Praia, Cape Verde, where he held
//! talks", "CANBERRA - ... in Adelaide itself, where the Premier arrived on
//! the first leg of his visit"; such a draft gets `+own_city` (and loses
//! `+dateline`).
//!
//! ```text
//! "Biden met today in Washington with Prime Minister Store of Norway.
//!  Jake Sullivan also met separately with Prime Minister Store."
//!  -> meeting Sullivan, Store; Washington (meeting.meet+report_date+story_place)
//! ```

use std::sync::LazyLock;

use crate::re::Re;
use crate::text::floor_boundary;
use chrono::NaiveDate;

use super::args::{self, ActorRef, PlaceRef};
use super::{DocContext, Draft, EventType, Status};
use crate::kb::{ActorKind, PlaceKind};
use crate::time::{Interval, Precision};

/// The suffix a carried place adds to a draft's rule.
const CARRIED: &str = "+story_place";

/// Rule suffixes that mark a place not stated in the draft's own sentence.
const NOT_STATED: [&str; 3] = ["+dateline", CARRIED, "+bound_for"];

/// The longest dated window (days) of a stay that places a visit's days.
const MAX_STAY_DAYS: i64 = 14;

/// The longest dated window (days) of a meeting told as one occasion ("talks
/// April 13-15"); a tour's window ("bilateral meetings with his counterparts"
/// from May 20 to 24) is no meeting's day.
const MAX_MEETING_DAYS: i64 = 3;

/// Gives each draft without a city the one city another draft of the story
/// states for the same occasion (see the module's essay).
pub(super) fn carry(ctx: &DocContext, places: &args::StoryPlaces, drafts: &mut [Draft]) {
    let text = ctx.doc.text.as_str();
    let dateline = super::dateline::any_dateline(text, places);
    own_city(text, places, drafts);
    let mut carried: Vec<(usize, PlaceRef)> = vec![];
    for (i, d) in drafts.iter().enumerate() {
        if !wants_city(d) {
            continue;
        }
        let mut found: Vec<&PlaceRef> = vec![];
        for (j, e) in drafts.iter().enumerate() {
            if i == j {
                continue;
            }
            let Some(p) = stated_city(e, dateline.as_ref()) else {
                continue;
            };
            if same_occasion(ctx, d, e, p) {
                found.push(p);
            }
        }
        let said;
        if found.is_empty() && d.event_type == EventType::Meeting && !timeless_but_timed(ctx, d) {
            said = told_elsewhere(ctx, places, drafts, d, dateline.as_ref());
            found.extend(said.iter());
        }
        // a placing draft in another country than the one `d` says is
        // another leg of the tour, not a second city of this occasion
        if let Some(c) = d.country() {
            found.retain(|p| p.country.as_deref() == Some(c));
        }
        let Some(first) = found.first() else {
            continue;
        };
        if found.iter().any(|p| p.place_id != first.place_id) {
            continue;
        }
        if !fits(text, places, drafts, d, first) {
            continue;
        }
        carried.push((i, (*first).clone()));
    }
    for (i, p) in carried {
        if let Some(d) = drafts.get_mut(i) {
            d.place = Some(p);
            d.rule = format!("{}{CARRIED}", d.rule);
        }
    }
}

/// The suffix [`own_city`] adds to a draft's rule.
const OWN_CITY: &str = "+own_city";

/// The words right before a place that make it a location the sentence is
/// at or goes to ("in Moscow", "to the Istana", "visited Praia"); "from"
/// is where a traveller left.
static AT_OR_TO: LazyLock<Re> =
    regex!(r"(?i)(?:^|\W)(?:in|at|to|into|inside|visit|visits|visited|visiting)(?:\s+the)?\s+$");

/// "officials in Tokyo said", "diplomats in Geneva": the speakers' city
/// right before it, never the event's.
static SPEAKERS_IN: LazyLock<Re> = regex!(
    r"(?i)\b(?:officials?|sources?|diplomats?|analysts?|reporters?|journalists?|correspondents?|traders?|dealers?|spokesm[ae]n|spokeswom[ae]n|embassy|ministry)\s+(?:in|at)(?:\s+the)?\s+$"
);

/// The one city a draft's own sentence names for it where the draft has
/// only a country, or only the dateline's city (round 18):
///
/// - "The last time they sat face to face was in Moscow in March 2011, when
///   he travelled to Russia and met Mr Putin": the trip "to Russia" and the
///   talks are in Moscow; "In Samarkand he is to make a state visit to
///   Uzbekistan"; "It opened on Monday in Praia, Cape Verde, where he held
///   talks" (the relative stands for the country after the city); "was
///   last in Uzbekistan in July 2015, in Tashkent";
/// - "CANBERRA - ... in Adelaide itself, where the Premier arrived on the
///   first leg of his four-day visit", "NAIROBI - The visit ends on Friday
///   in Mombasa": a visit the dateline placed is where its sentence says.
///
/// The city is a location of the sentence ("in", "at", "to", "visited":
/// never "from", never the speakers' "officials in Tokyo said"), inside
/// the draft's country (or the dateline's), not the dateline itself, and
/// the only such city (two are a tour's legs). A city another draft of the
/// sentence is placed at is that draft's occasion: it places this one only
/// when the two share a side, a status and their days ("visited Moscow in
/// April and will travel to the Soviet Union again" keeps the country).
/// Anaphors ("the visit was the first to Moscow in 23 years"), a
/// comparison's earlier visitor ("landed in Tokyo, the first to visit Japan
/// since Clinton in 2012") and derived visits are left alone.
fn own_city(text: &str, places: &args::StoryPlaces, drafts: &mut [Draft]) {
    let mut found: Vec<(usize, PlaceRef)> = vec![];
    for (i, d) in drafts.iter().enumerate() {
        if !matches!(d.event_type, EventType::Meeting | EventType::Visit)
            || d.derived
            || d.rule.contains(".anaphor")
            || d.rule.contains(".compared")
            || d.rule.contains(CARRIED)
        {
            continue;
        }
        let Some(cur) = d.place.as_ref() else {
            continue;
        };
        let at_dateline = d.rule.contains("+dateline") && cur.place_id.is_some();
        if !(cur.place_id.is_none() || at_dateline) {
            continue;
        }
        let Some(country) = cur.country.as_deref() else {
            continue;
        };
        let mut cities: Vec<&PlaceRef> = places
            .iter()
            .filter(|p| {
                p.start >= d.sentence.start
                    && p.end <= d.sentence.end
                    && p.place_id.is_some()
                    && p.place_id != cur.place_id
                    && matches!(p.kind, PlaceKind::City | PlaceKind::Venue)
                    && p.country.as_deref() == Some(country)
                    && !places.is_dateline(text, p)
                    && located(text, d.sentence.start, p)
            })
            .collect();
        cities.dedup_by(|a, b| a.place_id == b.place_id);
        let [city] = cities.as_slice() else {
            continue;
        };
        let elsewhere = drafts.iter().enumerate().any(|(j, o)| {
            j != i
                && o.sentence_index == d.sentence_index
                && o.place
                    .as_ref()
                    .is_some_and(|p| p.place_id == city.place_id)
                && !(same_status(o.status, d.status)
                    && (shared_side(&o.sides, &d.sides)
                        || shared_side(&o.guests, &d.guests)
                        || shared_side(&o.sides, &d.guests)
                        || shared_side(&o.guests, &d.sides))
                    && match (&o.dates, &d.dates) {
                        (Some((a, _)), Some((b, _))) => a.start <= b.end && b.start <= a.end,
                        _ => true,
                    })
        });
        if !elsewhere {
            found.push((i, (*city).clone()));
        }
    }
    for (i, p) in found {
        if let Some(d) = drafts.get_mut(i) {
            d.place = Some(p);
            d.rule = format!("{}{OWN_CITY}", d.rule.replace("+dateline", ""));
        }
    }
}

/// Whether the place `p` is a location of its sentence (see [`AT_OR_TO`],
/// [`SPEAKERS_IN`]); a city before its country ("in Praia, Cape Verde")
/// is one.
fn located(text: &str, floor: usize, p: &PlaceRef) -> bool {
    let from = floor_boundary(text, p.start.saturating_sub(40).max(floor));
    text.get(from..p.start)
        .is_some_and(|b| AT_OR_TO.is_match(b) && !SPEAKERS_IN.is_match(b))
}

/// "talks in", "will meet in", "the meeting of EC ministers at": a
/// gathering's word a few words before the city (the pattern runs on the
/// text just before a city, ending with the preposition).
static GATHERED_AT: LazyLock<Re> = regex!(
    r"(?i)\b(meet|meets|met|meeting|meetings|talks|summit|conference|session|consultations|negotiations)\b(?:\s+[\w.'’-]+){0,5}?\s+(?:in|at)(?:\s+the)?\s*$"
);

/// The one city other sentences of the story give a placeless meeting
/// none of whose drafts tells it: "Recent ICO talks in London failed ...
/// the failure of the recent ICO talks". The sentence names one of the
/// meeting's sides and a gathering's word just before the city (the same
/// noun as the meeting's, for an undated one; a day of the meeting's dates,
/// for a dated one), and holds no draft of other sides (another event).
fn told_elsewhere(
    ctx: &DocContext,
    places: &[PlaceRef],
    drafts: &[Draft],
    d: &Draft,
    dateline: Option<&PlaceRef>,
) -> Vec<PlaceRef> {
    let text = ctx.doc.text.as_str();
    let noun = trigger_word(text, d);
    let names: Vec<String> = d
        .sides
        .iter()
        .flat_map(|a| {
            [
                text.get(a.start..a.end).map(str::to_lowercase),
                Some(a.name.to_lowercase()),
            ]
        })
        .flatten()
        .filter(|n| n.chars().count() >= 2)
        .collect();
    let mut out: Vec<PlaceRef> = vec![];
    for (si, s) in ctx.sentences.iter().enumerate() {
        if si == d.sentence_index {
            continue;
        }
        let Some(st) = text.get(s.start..s.end) else {
            continue;
        };
        let lower = st.to_lowercase();
        if !names.iter().any(|n| lower.contains(n.as_str())) {
            continue;
        }
        let other_event = drafts.iter().any(|o| {
            o.sentence_index == si
                && !shared_side(&o.sides, &d.sides)
                && !shared_side(&o.guests, &d.sides)
        });
        if other_event {
            continue;
        }
        for p in places {
            let city = p.place_id.is_some() && matches!(p.kind, PlaceKind::City | PlaceKind::Venue);
            let inside = p.start >= s.start && p.end <= s.end;
            if !city || !inside || dateline.is_some_and(|h| h.start == p.start) {
                continue;
            }
            let from = floor_boundary(text, p.start.saturating_sub(80).max(s.start));
            let Some(before) = text.get(from..p.start) else {
                continue;
            };
            let Some(word) = GATHERED_AT.captures(before).and_then(|c| c.get(1)) else {
                continue;
            };
            let word = word.as_str().to_lowercase();
            let same_time = match &d.dates {
                None => noun.as_deref() == Some(word.trim_end_matches('s')),
                Some((a, _)) => ctx
                    .timexes
                    .iter()
                    .filter(|x| x.begin >= s.start && x.end <= s.end)
                    .filter_map(|x| x.interval)
                    .any(|b| same_days(a, &b)),
            };
            if same_time {
                out.push(p.clone());
            }
        }
    }
    out
}

/// An undated draft whose sentence says a time all the same ("obstructing
/// talks with the World Bank ... in recent years"): told of another time
/// than a stated occasion, so it takes no city from one.
fn timeless_but_timed(ctx: &DocContext, d: &Draft) -> bool {
    d.dates.is_none()
        && ctx
            .timexes
            .iter()
            .any(|x| x.begin >= d.sentence.start && x.end <= d.sentence.end)
}

/// A draft's trigger word, lower case, without a plural "s".
fn trigger_word(text: &str, x: &Draft) -> Option<String> {
    text.get(x.trigger.0..x.trigger.1)
        .map(|w| w.to_lowercase().trim_end_matches('s').to_string())
        .filter(|w| !w.is_empty())
}

/// A meeting or a visit told from the text (not derived) with no city; an
/// anaphor that took a country from its antecedent ("this trip" after "will
/// visit the Republic of Korea and Japan") keeps it.
fn wants_city(d: &Draft) -> bool {
    let anaphor = d.rule.contains(".anaphor");
    matches!(d.event_type, EventType::Meeting | EventType::Visit)
        && !d.derived
        && match &d.place {
            None => true,
            Some(p) => p.place_id.is_none() && !anaphor,
        }
}

/// The city a draft's own sentence states for it: words inside the
/// sentence, not the dateline, not carried there by another pass.
fn stated_city<'a>(e: &'a Draft, dateline: Option<&PlaceRef>) -> Option<&'a PlaceRef> {
    let p = e.place.as_ref()?;
    let city = p.place_id.is_some() && matches!(p.kind, PlaceKind::City | PlaceKind::Venue);
    let inside = p.start >= e.sentence.start && p.end <= e.sentence.end;
    let not_dateline = dateline.is_none_or(|h| h.start != p.start);
    let stated = !NOT_STATED.iter().any(|s| e.rule.contains(s));
    (city && inside && not_dateline && stated && !e.derived).then_some(p)
}

/// Whether the placed draft `e` tells the same occasion as `d`.
fn same_occasion(ctx: &DocContext, d: &Draft, e: &Draft, p: &PlaceRef) -> bool {
    if !same_status(d.status, e.status) {
        return false;
    }
    let text = ctx.doc.text.as_str();
    match (d.event_type, e.event_type) {
        (EventType::Meeting, EventType::Meeting) => match (&d.dates, &e.dates) {
            (Some((a, _)), Some((b, _))) => {
                let one_day = a.start == a.end && a == b;
                same_days(a, b)
                    && ((shared_side(&d.sides, &e.sides) && others_local(&d.sides, &e.sides, p))
                        || (one_day
                            && (club_of(ctx, &d.sides, &e.sides, a.start)
                                || club_of(ctx, &e.sides, &d.sides, a.start))))
            }
            (None, None) => {
                !timeless_but_timed(ctx, d)
                    && same_noun(text, d, e)
                    && d.keys().iter().all(|k| e.keys().contains(k))
            }
            // "ready to continue trade talks ... during two days of
            // emergency talks which ended in Washington on Friday": a dated
            // occasion is not an undated one's
            _ => false,
        },
        (EventType::Visit, EventType::Visit) => {
            let (Some((a, _)), Some((b, _))) = (&d.dates, &e.dates) else {
                return false;
            };
            within(a, b) && shared_side(&d.guests, &e.guests) && abroad(&d.guests, p)
        }
        (EventType::Visit, EventType::Meeting) => {
            let (Some((a, _)), Some((b, _))) = (&d.dates, &e.dates) else {
                return false;
            };
            same_days(a, b)
                && !d.guests.is_empty()
                && d.guests
                    .iter()
                    .all(|g| e.sides.iter().any(|s| s.key() == g.key()))
                && abroad(&d.guests, p)
        }
        _ => false,
    }
}

/// Told as past both, or told as ahead both.
fn same_status(a: Status, b: Status) -> bool {
    let ahead = |s: Status| matches!(s, Status::Planned | Status::Proposed);
    a == b || (ahead(a) && ahead(b))
}

/// Two day-precision windows of at most `max` days each that overlap.
fn overlap(a: &Interval, b: &Interval, max: i64) -> bool {
    let short = |x: &Interval| x.precision == Precision::Day && (x.end - x.start).num_days() < max;
    short(a) && short(b) && a.start <= b.end && b.start <= a.end
}

/// Two meetings' days: short windows that overlap.
fn same_days(a: &Interval, b: &Interval) -> bool {
    overlap(a, b, MAX_MEETING_DAYS)
}

/// A day-precision window inside a placed stay's.
fn within(a: &Interval, b: &Interval) -> bool {
    overlap(a, b, MAX_STAY_DAYS) && a.start >= b.start && a.end <= b.end
}

/// The same actor, or a state and a person of it, on both lists.
fn shared_side(a: &[ActorRef], b: &[ActorRef]) -> bool {
    a.iter().any(|x| b.iter().any(|y| same_actor(x, y)))
}

fn same_actor(x: &ActorRef, y: &ActorRef) -> bool {
    let of_state = |s: &ActorRef, p: &ActorRef| {
        s.kind == ActorKind::State
            && p.kind == ActorKind::Person
            && s.country.is_some()
            && s.country == p.country
    };
    x.key() == y.key() || of_state(x, y) || of_state(y, x)
}

/// Every side of `d` the placed meeting lacks is of the city's country:
/// "Sullivan also met separately with Prime Minister Store" in Washington,
/// but not "to meet separately with His Holiness Pope Francis" on a trip
/// whose talks with Italy's president are placed in Rome (a third state's
/// side meets where the text says, not where the trip's other talks are).
fn others_local(d: &[ActorRef], e: &[ActorRef], p: &PlaceRef) -> bool {
    d.iter()
        .filter(|x| !e.iter().any(|y| same_actor(x, y)))
        .all(|x| x.country.is_some() && x.country == p.country)
}

/// A club among `clubs` whose members on `day` are all of `others`' sides
/// ("the Quad Leaders' Summit" and the meeting of Biden and Modi).
fn club_of(ctx: &DocContext, clubs: &[ActorRef], others: &[ActorRef], day: NaiveDate) -> bool {
    let m = ctx.kb.memberships();
    clubs.iter().any(|c| {
        let id = c.key();
        m.is_club(&id)
            && !others.is_empty()
            && others.iter().all(|o| {
                o.country
                    .as_deref()
                    .is_some_and(|code| m.is_member(&id, code, day))
            })
    })
}

/// The placed city is abroad for every guest.
fn abroad(guests: &[ActorRef], p: &PlaceRef) -> bool {
    !guests.is_empty()
        && guests
            .iter()
            .all(|g| g.country.is_some() && g.country != p.country)
}

/// The same trigger noun ("talks" and "talks", "meeting" and "meetings").
fn same_noun(text: &str, d: &Draft, e: &Draft) -> bool {
    trigger_word(text, d).is_some_and(|w| Some(w) == trigger_word(text, e))
}

/// The carried city agrees with what `d` already says: its country if it
/// has one, no location of another country in its own sentence, and for a
/// visit no guest touring several cities in the story.
fn fits(text: &str, places: &[PlaceRef], drafts: &[Draft], d: &Draft, p: &PlaceRef) -> bool {
    if d.country().is_some_and(|c| Some(c) != p.country.as_deref()) {
        return false;
    }
    // a visit's sentence naming another country at all ("will visit the
    // Republic of Korea and Japan") tells a tour, whose legs differ
    // ("Taoiseach of Ireland": a guest's home is no leg)
    let visit = d.event_type == EventType::Visit;
    let home = |q: &PlaceRef| {
        d.guests
            .iter()
            .any(|g| g.country.is_some() && g.country == q.country)
    };
    let elsewhere = places.iter().any(|q| {
        q.start >= d.sentence.start
            && q.end <= d.sentence.end
            && q.country != p.country
            && ((visit && !home(q)) || args::is_locative(text, q.start))
    });
    if elsewhere {
        return false;
    }
    if d.event_type == EventType::Visit {
        // a visit that says its country counts the guest's cities in that
        // country only: a tour's legs elsewhere ("arrived at Osan Air Base
        // ... from Taipei, where she met Tsai") are other stops, not a
        // second city of this one
        let country = d.country();
        let mut cities: Vec<&str> = drafts
            .iter()
            .filter(|o| o.event_type == EventType::Visit && shared_side(&o.guests, &d.guests))
            .filter_map(|o| o.place.as_ref())
            .filter(|q| country.is_none() || q.country.as_deref() == country)
            .filter_map(|q| q.place_id.as_deref())
            .collect();
        cities.sort_unstable();
        cities.dedup();
        if cities.len() > 1 {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{analyse, day, mentions, row_with, rows};
    use super::*;
    use crate::ingest::Document;
    use crate::text::Sentence;

    /// The place of the (non-derived) meeting whose participants are `who`.
    fn meeting_place(text: &str, dct: &str, who: &str) -> Option<String> {
        rows(&mentions(text, dct))
            .into_iter()
            .find(|r| r.0 == EventType::Meeting && r.1 == who)
            .map(|r| r.2)
    }

    /// The place of the first (non-derived) visit of guest `who`.
    fn visit_place(text: &str, dct: &str, who: &str) -> Option<String> {
        rows(&mentions(text, dct))
            .into_iter()
            .find(|r| r.0 == EventType::Visit && r.1 == who)
            .map(|r| r.2)
    }

    #[test]
    fn a_trip_to_a_country_takes_the_city_its_sentence_names() {
        // round 18: the city opens the sentence, the trip names the country
        let text = "The two ministers last talked in person in Moscow in May 2013, when \
                    Secretary of State John Kerry travelled to Russia and met Foreign \
                    Minister Sergey Lavrov.";
        assert_eq!(
            visit_place(text, "2021-06-17", "john-kerry").as_deref(),
            Some("moscow")
        );
        assert_eq!(
            meeting_place(text, "2021-06-17", "john-kerry+sergey-lavrov").as_deref(),
            Some("moscow")
        );
    }

    #[test]
    fn a_city_before_its_country_places_the_relative_s_talks() {
        let text = "The tour began on Sunday in Dakar, Senegal, where Mr Blinken held talks \
                    with President Macky Sall.";
        assert_eq!(
            meeting_place(text, "2021-11-22", "antony-blinken+macky-sall").as_deref(),
            Some("dakar")
        );
    }

    #[test]
    fn another_trip_s_city_does_not_place_a_plan() {
        let text = "Secretary of State John Kerry, who visited Moscow in March, will travel \
                    to Russia again in July.";
        let ms = rows(&mentions(text, "2014-06-17"));
        assert!(
            !ms.iter()
                .any(|r| r.0 == EventType::Visit && r.5 == Status::Planned && r.2 == "moscow"),
            "{ms:?}"
        );
    }

    #[test]
    fn a_visit_at_the_dateline_takes_the_city_its_sentence_names() {
        let text = "OTTAWA — Prime Minister Narendra Modi met Justin Trudeau on Monday.\n\n\
                    The talks followed a day in Toronto, where Mr Modi arrived on Saturday \
                    on the first leg of his three-day visit.";
        assert_eq!(
            visit_place(text, "2015-04-16", "narendra-modi").as_deref(),
            Some("toronto")
        );
    }

    #[test]
    fn a_dateline_with_its_year_and_the_day_first_is_read() {
        let text = "Ha Noi, 11 September 2023 — President Joe Biden held talks with \
                    Prime Minister Pham Minh Chinh on 11 September.";
        assert_eq!(
            meeting_place(text, "2023-09-11", "joe-biden+pham-minh-chinh").as_deref(),
            Some("hanoi")
        );
    }

    #[test]
    fn a_side_s_separate_talks_the_same_day_take_the_lead_s_city() {
        let text = "President Ronald Reagan met today in Washington with Prime Minister \
                    Yasuhiro Nakasone of Japan to discuss trade.\n\nSecretary of State George \
                    Shultz also met separately today with Prime Minister Nakasone.";
        let who = "george-shultz+yasuhiro-nakasone";
        assert_eq!(
            meeting_place(text, "1987-04-30", who).as_deref(),
            Some("washington")
        );
    }

    #[test]
    fn a_readout_s_separate_meeting_takes_the_readout_s_city() {
        // the undated "also met separately" of a meeting readout is dated
        // by the report day first, then placed
        let text = "President Joseph R. Biden, Jr. met today in Washington with Prime \
                    Minister Jonas Gahr Store of Norway to discuss NATO.\n\nNational \
                    Security Advisor Jake Sullivan also met separately with Prime Minister \
                    Store.";
        let mut doc = Document::bare("t", "t.txt", text, Some(day("2022-01-27")));
        doc.title =
            Some("Readout of President Biden's Meeting with the Prime Minister".to_string());
        let ms = rows(&analyse(doc));
        let m = row_with(&ms, EventType::Meeting, "jake-sullivan");
        assert_eq!(m.map(|r| r.2.as_str()), Some("washington"), "{ms:?}");
    }

    #[test]
    fn another_day_s_talks_are_not_placed() {
        let text = "President Ronald Reagan met today in Washington with Prime Minister \
                    Yasuhiro Nakasone of Japan to discuss trade.\n\nSecretary of State George \
                    Shultz met Prime Minister Nakasone on April 12 last year.";
        let who = "george-shultz+yasuhiro-nakasone";
        assert_eq!(meeting_place(text, "1987-04-30", who).as_deref(), Some(""));
    }

    #[test]
    fn a_planned_meeting_is_not_placed_by_a_past_one() {
        let text = "Secretary of State George Shultz met Foreign Minister Eduard \
                    Shevardnadze in Geneva on Monday.\n\nShultz will meet Shevardnadze again \
                    on Monday, April 20.";
        let ms = rows(&mentions(text, "1987-04-15"));
        assert!(
            !ms.iter()
                .any(|r| r.0 == EventType::Meeting && r.5 != Status::Occurred && r.2 == "geneva"),
            "{ms:?}"
        );
    }

    #[test]
    fn two_cities_of_a_tour_carry_neither() {
        let text = "Prime Minister Yasuhiro Nakasone met Chancellor Helmut Kohl in Bonn \
                    today.\n\nNakasone met Bundesbank President Karl Otto Poehl in Frankfurt \
                    today.\n\nNakasone also met Foreign Minister Hans-Dietrich Genscher today.";
        let ms = rows(&mentions(text, "1987-05-02"));
        assert!(
            ms.iter().any(|r| r.2 == "frankfurt") && ms.iter().any(|r| r.2 == "bonn"),
            "both legs are placed: {ms:?}"
        );
        let m = row_with(&ms, EventType::Meeting, "genscher");
        assert!(m.is_some_and(|r| r.2.is_empty()), "{ms:?}");
    }

    #[test]
    fn the_talks_told_again_take_the_city_of_the_sentence_that_placed_them() {
        let text = "Recent International Coffee Organization talks in London failed to \
                    break the deadlock over export quotas, producers said.\n\nColombia \
                    was frustrated by the failure of the recent talks with the \
                    International Coffee Organization, its minister said.";
        let ms = rows(&mentions(text, "1987-03-16"));
        let m = ms
            .iter()
            .find(|r| r.0 == EventType::Meeting && r.1 == "COL+ico");
        assert_eq!(m.map(|r| r.2.as_str()), Some("london"), "{ms:?}");
    }

    #[test]
    fn talks_of_other_years_take_no_city_of_last_week_s() {
        let text = "Recent International Coffee Organization talks in London failed to \
                    break the deadlock over export quotas, producers said.\n\nColombia \
                    has blamed the United States for obstructing its talks with the \
                    International Coffee Organization in recent years.";
        let ms = rows(&mentions(text, "1987-03-16"));
        let m = row_with(&ms, EventType::Meeting, "ico");
        assert!(m.is_some_and(|r| r.2.is_empty()), "{m:?} in {ms:?}");
    }

    #[test]
    fn a_gathering_of_other_sides_lends_no_city() {
        let text = "Saudi Arabia's oil minister Hisham Nazer met OPEC officials in Vienna \
                    on Monday.\n\nSecretary of State George Shultz held talks with \
                    Foreign Minister Eduard Shevardnadze on Monday.";
        let ms = rows(&mentions(text, "1987-04-15"));
        let m = row_with(&ms, EventType::Meeting, "george-shultz");
        assert!(m.is_some_and(|r| r.2.is_empty()), "{ms:?}");
    }

    #[test]
    fn a_third_state_s_talks_on_a_trip_take_no_city_of_the_trip_s_other_talks() {
        let text = "Prime Minister Yasuhiro Nakasone will travel to Rome from May 4 to 6 to \
                    meet President Francesco Cossiga.\n\nOn May 5, Nakasone will also meet \
                    Prime Minister Andreas Papandreou of Greece.";
        let ms = rows(&mentions(text, "1987-04-20"));
        let m = row_with(&ms, EventType::Meeting, "papandreou");
        assert!(m.is_some_and(|r| r.2.is_empty()), "{ms:?}");
    }

    #[test]
    fn a_guest_at_the_white_house_stays_placed_and_a_tour_takes_no_leg_s_city() {
        let text = "On March 17, President Joe Biden will host Leo Varadkar, Taoiseach of \
                    Ireland, for a bilateral meeting and St. Patrick's Day Celebration at the \
                    White House, continuing a longstanding tradition.";
        let ms = rows(&mentions(text, "2023-03-14"));
        let visit = row_with(&ms, EventType::Visit, "leo-varadkar");
        assert_eq!(visit.map(|r| r.2.as_str()), Some("washington"), "{ms:?}");
        let text = "President Joe Biden will visit the Republic of Korea and Japan from May \
                    20 to May 24.\n\nIn Tokyo, President Biden will meet the leaders of the \
                    Quad on May 24.";
        let ms = rows(&mentions(text, "2022-04-27"));
        assert!(
            !ms.iter()
                .any(|r| r.0 == EventType::Visit && r.3 == "2022-05-20" && r.2 == "tokyo"),
            "the tour's days are not Tokyo's: {ms:?}"
        );
    }

    #[test]
    fn a_club_s_summit_the_same_day_takes_its_members_meeting_s_city() {
        let text = "President Biden met with Prime Minister Narendra Modi of India today in \
                    Tokyo to discuss trade.\n\nThey expressed pride in the achievements of the \
                    third Quad Leaders' Summit held today.";
        let ms = rows(&mentions(text, "2022-05-24"));
        let quad = ms
            .iter()
            .find(|r| r.0 == EventType::Meeting && r.1 == "quad");
        assert_eq!(quad.map(|r| r.2.as_str()), Some("tokyo"), "{ms:?}");
    }

    /// A bare draft of `kind` in the sentence `start..end`, placed at `p`.
    fn draft(kind: EventType, (start, end): (usize, usize), p: Option<PlaceRef>) -> Draft {
        Draft {
            sentence_index: 0,
            sentence: Sentence { start, end },
            event_type: kind,
            status: Status::Occurred,
            cued: false,
            guests: vec![],
            hosts: vec![],
            sides: vec![],
            place: p,
            dates: None,
            rule: "meeting.meet".to_string(),
            confidence: 0.9,
            noun: false,
            derived: false,
            summit: false,
            trigger: (start, start + 3),
        }
    }

    fn city(id: &str, start: usize, end: usize) -> PlaceRef {
        PlaceRef {
            start,
            end,
            place_id: Some(id.to_string()),
            kind: PlaceKind::City,
            country: Some("GBR".to_string()),
        }
    }

    #[test]
    fn only_a_city_said_in_the_sentence_itself_is_stated() {
        let london = city("london", 40, 46);
        let e = draft(EventType::Meeting, (30, 90), Some(london.clone()));
        assert!(stated_city(&e, None).is_some());
        // the dateline's words, though inside the first sentence
        assert!(stated_city(&e, Some(&london)).is_none());
        // a city of another sentence (a paragraph's, a lead's)
        let far = draft(EventType::Meeting, (100, 160), Some(london.clone()));
        assert!(stated_city(&far, None).is_none());
        // a place another pass carried
        let mut carried = e.clone();
        carried.rule.push_str("+dateline");
        assert!(stated_city(&carried, None).is_none());
        // a country is no city
        let country = PlaceRef::country("GBR".to_string(), 40, 46);
        let e = draft(EventType::Meeting, (30, 90), Some(country));
        assert!(stated_city(&e, None).is_none());
    }

    #[test]
    fn a_meeting_with_a_city_wants_none() {
        let placed = draft(EventType::Meeting, (0, 50), Some(city("london", 5, 11)));
        assert!(!wants_city(&placed));
        let country = PlaceRef::country("GBR".to_string(), 5, 11);
        assert!(wants_city(&draft(
            EventType::Meeting,
            (0, 50),
            Some(country)
        )));
        assert!(!wants_city(&draft(EventType::Call, (0, 50), None)));
    }

    #[test]
    fn windows_are_one_occasion_only_when_short_and_overlapping() {
        let d = |s: &str, e: &str, p: Precision| Interval {
            start: day(s),
            end: day(e),
            precision: p,
        };
        let monday = d("1987-04-13", "1987-04-13", Precision::Day);
        let stay = d("1987-04-13", "1987-04-16", Precision::Day);
        let april = d("1987-04-01", "1987-04-30", Precision::Month);
        assert!(overlap(&monday, &stay, MAX_STAY_DAYS));
        // a four days' stay is no meeting's day
        assert!(!same_days(&monday, &stay));
        assert!(same_days(&monday, &monday));
        assert!(within(&monday, &stay));
        assert!(!within(&stay, &monday));
        assert!(!same_days(&monday, &april));
        let friday = d("1987-04-17", "1987-04-17", Precision::Day);
        assert!(!overlap(&friday, &stay, MAX_STAY_DAYS));
    }
}

//! The dateline: a wire story's city ("MOSCOW, April 13 - ...") as the
//! place of the story's own events, and the story's own meeting's day.
//!
//! From the extractor's essay ([`super`], items 5, 10, 11 and 12):
//!
//! - Wire-story conventions: the dateline's city is the place of the
//!   story's own events (a placeless visit by foreigners, an undated
//!   meeting told by a verb, which also takes the report date)
//!   ([`meetings_at_dateline`], [`visits_at_dateline`]).
//! - An international organization's official (no country of his own) is
//!   foreign to every country but the seat's: his talks at the dateline
//!   are there and imply his visit. The dateline is not "here" for a story
//!   monitored there ("IRNA, monitored in Nicosia") nor for talks a local
//!   side held "during his visit". A planned round within a week between a
//!   local and a foreign side is "here" when the story has a side "here
//!   for the talks".
//! - The neutral dateline: a placeless meeting none of whose sides is of
//!   the dateline's country, told within three days before the report (or
//!   undated), with no city and no journey in its sentence and no club of
//!   states as a side in a market report, sat at the dateline's neutral
//!   venue ("GENEVA - Japan's delegate and the U.S. ambassador replied in
//!   the debate").
//! - A city the story's headline or first two sentences name for talks ("have met in
//!   Mexico City", "the latest talks in Geneva") beats the dateline's for
//!   the story's placeless meetings (round 9).
//! - "here" right after a meeting's trigger ("will meet here tomorrow",
//!   "the talks here") is the dateline's city, planned or not (round 9).
//! - The story's meeting day: the story's own meeting at the dateline is on
//!   the report date when its sides "emerged from" it, spoke "after an
//!   hour-long meeting", or made news "at a meeting of" ministers; a
//!   meeting told ending in the lead ("ended in a deadlock late yesterday")
//!   gives that day to the story's later undated meeting nouns ("The
//!   meeting was attended by ..."); talks "has been holding" (going on for
//!   a while) are not dated by the report; a meeting or visit dated a week
//!   or more before the report is background and takes no dateline city.
//!
//! - A minor dateline (a town that is no capital nor a seat of diplomacy:
//!   "KANSAS CITY", "CHICAGO", the datelines of company and market news)
//!   places only dated meetings and the lead's own meeting told by a verb;
//!   undated talks and visits told there are told from elsewhere
//!   ("traders are worried about the talks between Reagan and Nakasone")
//!   (round 9, [`minor_dateline`]).
//! - A meeting told as an earlier one ("the recent EC farm ministers'
//!   meeting", "the latest G-7 meeting") or one a local side came home
//!   from ("on his return") takes no dateline city; talks a delegation
//!   leaves for ("a delegation for Washington for trade talks") are at
//!   that goal, not at the dateline (round 10, [`bound_for`]); nor does a
//!   local state's earlier talks with an organisation ("the recent meeting
//!   of EC agriculture ministers"), which `sides::fill` places
//!   ([`told_as_earlier`], round 10).
//!
//! - Round 12: "here" anywhere in the trigger's clause after it ("will
//!   hold talks with Nakasone here this week"), outside a quotation, is the
//!   dateline's city, planned or not; a planned "arrival ... for talks"
//!   of a foreign side with a local one is at a capital dateline
//!   ([`arriving_here`]); a market report's meeting still to come ("a
//!   probable meeting ... later today, dealers said") and standing talks
//!   ("the ongoing talks", "progress in talks", "has been holding talks",
//!   "at G-7 meetings", a month or a year as date) take no dateline city
//!   ([`standing_talks`]); a visit whose sentence names another place
//!   after its trigger is not at the dateline; a dateline with a region
//!   ("TAUPO, New Zealand, March 24 -") is one ([`any_dateline`]), and its
//!   city refines an occurred visit or meeting placed in its country only
//!   ([`country_to_city`]).
//!
//! - Round 12 wave 2: a placeless occurred meeting that tells again an
//!   earlier one whose own sentence states its city (two persons of its
//!   sides met there, on its days) is there, not at the dateline ("a
//!   secret meeting yesterday in Frankfurt ... While the two ministers were
//!   meeting with Poehl", BONN; [`same_meeting_before`]); a meeting named
//!   by a past day's possessive ("Monday's meeting") takes no minor
//!   dateline's city; a country whose capital bears its name ("in
//!   Luxembourg", "LUXEMBOURG, April 27 -", "in Hong Kong") is that city
//!   ([`city_state`]).
//!
//! - Round 16: a sitting told by a verb that opens or closes it before its
//!   noun ("ended six hours of talks") or by a speech to it ("told a
//!   conference of ASEAN foreign ministers") at the dateline is the
//!   story's own, on the report day; a lead that names the dateline's own
//!   city for its talks beside another city gives no other city to the
//!   story's talks ([`lead_talks_city`]).
//!
//! - Round 13: a body's own session sits at its seats (`organizations.tsv`,
//!   column `seats`), so a dateline that is none of them does not place it
//!   ("EC ministers ended talks" told from PARIS, "this week's Asian
//!   Development Bank meeting" from TOKYO, "talks within the GATT" from
//!   LUXEMBOURG; [`session_elsewhere`]), unless the sentence says "here" or
//!   a club caucuses in the session of another body seated at the dateline
//!   ("an EC meeting" inside the ICO's in LONDON); a placeless meeting told
//!   *at* a body with one seat ("panel discussions at the General Agreement
//!   on Tariffs and Trade", "at IMF headquarters"; not "at the IMF
//!   meeting") is at that seat ([`at_body_seat`], `+seat`); a sentence that
//!   tells a gathering in a country and names no city ("an informal meeting
//!   of EC finance ministers ... in Belgium this weekend", "during a trade
//!   ministers' meeting in New Zealand") places the meeting in that country
//!   with no city, never at the dateline, even one of that country
//!   ([`country_stated`], `+country_stated`).
//!
//! Both passes run on the document's drafts after the story-time passes
//! that date visits under way ([`super::story_time`]) and the meetings'
//! fill from visits; a draft placed here gets `+dateline` on its rule.
//! They read the dateline and the dateline test of a place from the
//! story's places ([`args::StoryPlaces`], found once per document; round
//! 18).
//!
//! ```text
//! "MOSCOW, April 13 - Shultz held talks with Shevardnadze."
//!  -> meeting  Shultz, Shevardnadze; Moscow (+dateline); report date
//! ```

use std::sync::LazyLock;

use crate::re::Re;
use aho_corasick::AhoCorasick;
use chrono::NaiveDate;

use super::args::{self, PlaceRef};
use super::{at_seat, org_official, sides, DocContext, Draft, EventType, Status, OTHER_DAY};
use crate::text::floor_boundary;
use crate::time::{Interval, Precision};

/// "told reporters after talks with", "speaking after a meeting with": the
/// talks of the story's day.
static JUST_MET: LazyLock<Re> = regex!(
    r"(?i)\b(?:after|following|during|at the end of|before)\s+(?:(?:his|her|their|the|a|an|two days of|a round of|lengthy|brief|long|private|informal|closed|farm|trade|[a-z]+ trade|[a-z]+-[a-z-]+)\s+){0,3}(?:talks|meetings?|discussions|consultations)\b"
);

/// "MOSCOW, April 13 - Shultz held talks with Shevardnadze": a meeting
/// without a place, one of whose sides is of the dateline's country, is at
/// the dateline's city (the story's own events happen "here").
pub(super) fn meetings_at_dateline(
    ctx: &DocContext,
    here: Option<&PlaceRef>,
    places: &args::StoryPlaces,
    drafts: &mut [Draft],
) {
    let (text, dct) = (ctx.doc.text.as_str(), ctx.dct);
    let Some(here) = here else {
        return;
    };
    // "PHILADELPHIA - Alfonsin met Camdessus ... Alfonsin was in
    // Philadelphia to speak": the story names its city again as a location
    let again = places.iter().any(|p| {
        p.start > here.end
            && p.place_id.is_some()
            && p.place_id == here.place_id
            && args::is_locative(text, p.start)
    });
    // "KANSAS CITY - ... ahead of trade talks with U.S. agriculture
    // officials": a town that is no capital nor a seat of diplomacy is the
    // dateline of company and market news, whose undated talks are told
    // from elsewhere; it places only dated ones and the lead's own meeting
    // told by a verb (undated visits none, so noted)
    let minor = minor_dateline(ctx, here);
    if minor {
        for d in drafts.iter_mut() {
            if d.event_type == EventType::Visit && d.place.is_none() && d.dates.is_none() {
                d.rule = format!("{}{NOT_HERE}", d.rule);
            }
        }
    }
    // "A special meeting ... ended in a deadlock late yesterday": the
    // story's own gathering, told opening or closing in one of its first
    // three sentences, gives its day to the story's undated meeting nouns
    // ("The meeting was attended by ..."); the dateline's own date is no clue
    let story_day: Option<Interval> = ctx.sentences.iter().take(3).find_map(|s| {
        let st = text.get(s.start..s.end)?;
        if !PHASE_VERB.is_match(st) {
            return None;
        }
        let days: Vec<Interval> = ctx
            .timexes
            .iter()
            .filter(|x| x.begin >= s.start && x.end <= s.end)
            .filter(|x| !(x.begin >= here.end && x.begin <= here.end + 20))
            .filter_map(|x| x.interval)
            .collect();
        match days.as_slice() {
            [one] if one.precision == Precision::Day => Some(*one),
            [] if !OTHER_DAY.is_match(st) => dct.map(|r| Interval {
                start: r,
                end: r,
                precision: Precision::Day,
            }),
            _ => None,
        }
    });
    let on_report_date = |d: &mut Draft| {
        // the story's own meeting, told by a verb without a date and without
        // a hint of another day ("a brief weekend visit"): its day
        let hinted = text
            .get(d.sentence.start..d.sentence.end)
            .is_some_and(|s| OTHER_DAY.is_match(s) || ONGOING.is_match(s));
        // ("A meeting of eight coffee producers ended with a call": a
        // meeting noun whose sentence tells it open or close, told that day)
        let told = !d.noun
            || text.get(d.sentence.start..d.sentence.end).is_some_and(|s| {
                JUST_MET.is_match(s)
                    || PHASE_VERB.is_match(s)
                    || EMERGED.is_match(s)
                    || AT_MEETING.is_match(s)
                    || VERB_PHASE.is_match(s)
                    || TOLD_MEETING.is_match(s)
            });
        if d.dates.is_none() && !told && !hinted {
            if let Some(day) = story_day {
                d.dates = Some((day, "(the story's meeting)".to_string()));
            }
            return;
        }
        if d.dates.is_none() && told && !hinted {
            if let Some(r) = dct {
                d.on_report_date(r);
            }
        }
    };
    let lead_city = lead_talks_city(ctx, places, here);
    // a market report (its dateline is the market's city)
    let market_report = MARKET_WORD.find_iter(text).count() >= 2;
    // "The Japanese aides here for the technical talks": the story's own
    // talks are here, so its planned rounds of the coming week are too
    let talks_here = HERE_FOR_TALKS.is_match(text);
    // "a secret meeting yesterday in Frankfurt ... While the two ministers
    // were meeting with Poehl": the occurred meetings whose own sentence
    // states their city, which a later mention of the same talks keeps
    let stated: Vec<Draft> = drafts
        .iter()
        .filter(|o| {
            o.event_type == EventType::Meeting
                && o.status == Status::Occurred
                && o.place.as_ref().is_some_and(|p| {
                    p.place_id.is_some()
                        && p.start >= o.sentence.start
                        && p.end <= o.sentence.end
                        && !places.is_dateline(text, p)
                })
        })
        .cloned()
        .collect();
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Meeting {
            continue;
        }
        if d.place.is_none() && d.status == Status::Occurred {
            if let Some(o) = same_meeting_before(&stated, d, dct) {
                d.place = o.place.clone();
                if d.dates.is_none() {
                    d.dates = o.dates.clone();
                }
                d.rule = format!("{}+same_meeting", d.rule);
                continue;
            }
        }
        // "officials ... will meet here tomorrow", "the talks here": the
        // word "here" right after the trigger is the dateline's city,
        // whatever the status
        if d.place.is_none() && d.status != Status::Cancelled && here_in_clause(text, d) {
            d.place = Some(here.clone());
            d.rule = format!("{}+here", d.rule);
            if d.status == Status::Occurred {
                on_report_date(d);
            }
            continue;
        }
        // "the seven major industrial nations met": a club told in other
        // words is the wire's talk of the club, told from anywhere
        if super::clubs::named_by_number(text.get(d.sentence.start..d.sentence.end).unwrap_or(""))
            && d.sides.iter().all(|a| super::sides::is_club(ctx.kb, a))
        {
            continue;
        }
        // "two days before the scheduled arrival of U.S. Commerce Secretary
        // Baldrige for talks with Trade Minister Rha": a foreign side coming
        // to the dateline's country for talks with a local one within two
        // weeks, with no other place in the sentence, meets "here"
        if d.status == Status::Planned && d.place.is_none() && arriving_here(ctx, here, places, d) {
            d.place = Some(here.clone());
            d.rule = format!("{}+dateline", d.rule);
            continue;
        }
        if d.status == Status::Planned && talks_here && d.place.is_none() {
            let soon = match (d.dates.as_ref().map(|x| x.0.start), dct) {
                (Some(s), Some(r)) => (s - r).num_days().abs() <= 7,
                _ => false,
            };
            let countries: Vec<_> = d.sides.iter().map(|a| a.country.as_ref()).collect();
            let local = countries
                .iter()
                .any(|c| c.is_some() && *c == here.country.as_ref());
            let foreign = countries
                .iter()
                .any(|c| c.is_some() && *c != here.country.as_ref());
            if soon && local && foreign {
                d.place = Some(here.clone());
                d.rule = format!("{}+dateline", d.rule);
            }
            continue;
        }
        if d.status != Status::Occurred {
            continue;
        }
        if let Some(p) = &d.place {
            // ("are holding panel discussions at the GATT": a meeting at a
            // body's seat is the story's own, dated as one at the dateline)
            // ("in Luxembourg" at a LUXEMBOURG dateline: the city-state's
            // city is here)
            let city = city_state(ctx.kb, p.clone()).place_id;
            if city.is_some() && (city == here.place_id || d.rule.ends_with(SEAT)) {
                on_report_date(d);
            }
            continue;
        }
        // (a market report's talk of a meeting still to come, below)
        let to_come = market_report
            && text
                .get(d.sentence.start..d.sentence.end)
                .is_some_and(|s| TO_COME.is_match(s));
        // "after their January 21 consultations" in a story of March 9: a
        // meeting dated a week or more before the report is background,
        // not the story's own, so the dateline is no clue to its city
        if background(d, dct) {
            continue;
        }
        // (talks going on for months, told from anywhere: only a city the
        // sentence or the lead gives them places them)
        let standing = standing_talks(text, d);
        // "criticised the recent EC farm ministers' meeting", "bring it to
        // the latest G-7 meeting": a meeting told as an earlier one is the
        // story's background, told from home, so the dateline is no clue
        // to its city (a city the lead names for the talks still is)
        if told_as_earlier(text, d) && lead_city.is_none() {
            continue;
        }
        let local = d
            .sides
            .iter()
            .any(|a| a.country.is_some() && a.country == here.country);
        // an international official is foreign to all but the seat's country
        let date = d.dates.as_ref().map(|x| x.0.start).or(dct);
        let foreign = d.sides.iter().any(|a| {
            (a.country.is_some() && a.country != here.country)
                || (org_official(ctx, a, date)
                    && !here
                        .country
                        .as_deref()
                        .is_some_and(|c| at_seat(ctx, a, date, c)))
        });
        let none_local = !d
            .sides
            .iter()
            .any(|a| a.country.is_some() && a.country == here.country);
        // "Abe met Reagan during his visit" (a Tokyo story): the local side
        // was the one abroad, so the meeting is not "here"
        let abroad = local
            && text
                .get(d.sentence.start..d.sentence.end)
                .is_some_and(|s| OWN_TRIP.is_match(s));
        if abroad {
            continue;
        }
        // "GENEVA - Japan's delegate and the U.S. ambassador replied in the
        // debate": talks of sides none of which is the dateline's, told within
        // three days before the report (or undated) with no city and no
        // journey in their sentence, sat at the dateline's (neutral) venue.
        // A club of states (the G-5) in a market report from Frankfurt
        // ("dealers were wary of today's G-5 meeting") met elsewhere; "the
        // agreement signed on Tuesday with Britain ... the first in
        // Nigeria's tour" was signed elsewhere.
        let near = match (d.dates.as_ref().map(|x| x.0.start), dct) {
            (Some(s), Some(r)) => (-1..=3).contains(&(r - s).num_days()),
            (None, _) => true,
            _ => false,
        };
        let journey = text
            .get(d.sentence.start..d.sentence.end)
            .is_some_and(|s| JOURNEY_WORD.is_match(s));
        let club = d.sides.iter().any(|a| sides::is_club(ctx.kb, a)) && market_report;
        // ("Washington-led protests": a city in a compound modifier is no
        // location)
        let no_city = !places.iter().any(|p| {
            p.place_id.is_some()
                && p.start >= d.sentence.start
                && p.end <= d.sentence.end
                && !places.is_dateline(text, p)
                && !text.get(p.end..).is_some_and(|a| a.starts_with('-'))
        });
        let neutral = none_local && near && no_city && !journey && !club && !d.sides.is_empty();
        // (the lead's own meeting told by a verb stays: "PHILADELPHIA -
        // Alfonsin met for more than an hour with Camdessus")
        // ("COLOGNE - ... strengthened by Monday's meeting between Baker,
        // Stoltenberg and Poehl": a meeting named by a past day's possessive
        // is one the readers know, told from a town where it was not)
        if minor && past_possessive(text, d) {
            continue;
        }
        if minor && d.dates.is_none() && (d.noun || d.sentence_index > 2) {
            continue;
        }
        if (local && foreign) || (again && none_local && !d.noun) || neutral {
            // "LIMA - The heads of the central banks of Mexico and Peru have
            // met in Mexico city": the city the lead names for the story's
            // talks beats the dateline's
            // "a delegation for Washington for trade talks": the city the
            // sides leave for to hold the talks is theirs
            if let Some(c) = bound_for(text, places, d, here) {
                d.place = Some(c);
                d.rule = format!("{}+bound_for", d.rule);
                continue;
            }
            match &lead_city {
                Some(c) => {
                    d.place = Some(c.clone());
                    d.rule = format!("{}+lead_city", d.rule);
                }
                // ("The market is closely watching for a probable meeting
                // between Baker and Miyazawa later today", TOKYO: a market
                // report's talk of a meeting still to come is told where
                // the market is, not where the meeting will be)
                None if to_come || standing => continue,
                // "EC ministers ended talks this morning" (PARIS): a
                // body's session told from a city that is none of its seats
                None if session_elsewhere(ctx, d, here) => {
                    d.rule = format!("{}{NOT_HERE}", d.rule);
                    continue;
                }
                // "a meeting ... in Belgium this weekend": the country the
                // sentence gives the gathering, with no city
                None => match country_stated(text, places, d) {
                    Some(country) => {
                        d.place = Some(country);
                        d.rule = format!("{}{COUNTRY_STATED}", d.rule);
                    }
                    None => {
                        d.place = Some(here.clone());
                        d.rule = format!("{}+dateline", d.rule);
                    }
                },
            }
            on_report_date(d);
        }
    }
}

/// The gathering nouns a body's own session is told by.
static SESSION_NOUN: LazyLock<Re> = regex!(
    r"(?i)\b(?:meetings?|talks|sessions?|conferences?|discussions|negotiations|consultations|council|ministerial)\s*$"
);

/// "a meeting of EC farm ministers", "talks within the GATT", "panel
/// discussions at the GATT", "talks at this week's Asian Development Bank":
/// the words from the trigger to a body that holds the session (not "talks
/// with the IMF": a counterpart).
static SESSION_OF: LazyLock<Re> =
    regex!(r"(?i)^\s+(?:of|at|within)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$");

/// Words between a body and a gathering noun that make the body no owner
/// of the gathering ("U.S. and EC business leaders met", "the IMF and
/// talks").
static NOT_OWNER: LazyLock<Re> =
    regex!(r"(?i)\b(?:with|and|between|to|for|by|from|or|against|than|said|says)\b|[,;:()\x22“”]");

/// The seated body (`organizations.tsv`, column `seats`) whose own session
/// the trigger names: "this week's Asian Development Bank meeting", "EC
/// ministers ended talks" (its name up to three words before a gathering
/// noun), "a meeting of EC farm ministers", "talks within the GATT" ("of",
/// "at", "within" it right after the trigger); not a body the sides talk
/// with ("talks with the IMF").
fn session_of<'a>(ctx: &'a DocContext, d: &Draft) -> Option<&'a str> {
    let text = ctx.doc.text.as_str();
    let (t0, t1) = d.trigger;
    let noun = text.get(t0..t1).is_some_and(|t| SESSION_NOUN.is_match(t));
    ctx.entities.iter().find_map(|e| {
        let crate::kb::Entity::Organization { actor_id } = &e.entity else {
            return None;
        };
        if e.start < d.sentence.start || e.end > d.sentence.end {
            return None;
        }
        if ctx.kb.seats(actor_id).is_empty() {
            return None;
        }
        let owns = if e.end <= t0 {
            let between = text.get(e.end..t0)?;
            let between = between
                .strip_prefix("'s")
                .or_else(|| between.strip_prefix("’s"))
                .unwrap_or(between);
            noun && between.split_whitespace().count() <= 3 && !NOT_OWNER.is_match(between)
        } else if e.start >= t1 {
            text.get(t1..e.start)
                .is_some_and(|b| SESSION_OF.is_match(b))
        } else {
            false
        };
        owns.then_some(actor_id.as_str())
    })
}

/// "EC ministers ended talks this morning" in a PARIS story, "this week's
/// Asian Development Bank meeting" in a TOKYO one: a body's own session
/// sits at its seats, so a dateline that is none of them is no clue to its
/// city (unless the sentence says "here", or the body is a club of states
/// and the story names another body seated at the dateline, in whose
/// session the club may caucus).
fn session_elsewhere(ctx: &DocContext, d: &Draft, here: &PlaceRef) -> bool {
    let Some(org) = session_of(ctx, d) else {
        return false;
    };
    let seats = ctx.kb.seats(org);
    let at_seat = here.place_id.as_ref().is_some_and(|h| seats.contains(h));
    let said_here = ctx
        .doc
        .text
        .get(d.sentence.start..d.sentence.end)
        .is_some_and(|s| HERE_WORD.is_match(s));
    // ("LONDON - ... broke up into a producer meeting and an EC meeting": a
    // club of states caucuses inside the session of another body the story
    // names, seated at the dateline, the ICO's in London; the GATT's talks
    // told in a story of the EC Council are no caucus)
    let host_body = ctx.kb.is_club(org)
        && ctx.entities.iter().any(|e| match &e.entity {
            crate::kb::Entity::Organization { actor_id } => {
                actor_id != org
                    && here
                        .place_id
                        .as_ref()
                        .is_some_and(|h| ctx.kb.seats(actor_id).contains(h))
            }
            _ => false,
        });
    !at_seat && !said_here && !host_body
}

/// The word "here".
static HERE_WORD: LazyLock<Re> = regex!(r"(?i)\bhere\b");

/// "at the " just before a body's name.
static AT_THE: LazyLock<Re> = regex!(r"(?i)\bat\s+(?:the\s+)?$");

/// What may follow a body named as a site ("at the GATT over Japan's
/// import curbs", "at IMF headquarters"): not a gathering noun ("at the
/// IMF meeting" is at the meeting, wherever it sits).
static AS_SITE: LazyLock<Re> = regex!(
    r"(?i)^(?:\s+headquarters\b|\s*[,.;:)]|\s*$|\s+(?:over|on|in|about|for|to|and|where|when|last|this|next|since|from|during|with|said|says|today|yesterday|on)\b)"
);

/// "Japan and the United States are holding panel discussions at the
/// General Agreement on Tariffs and Trade", "talks at IMF headquarters": a
/// placeless meeting told *at* a body with one seat (`organizations.tsv`,
/// column `seats`), in the trigger's clause after it, is at that seat's
/// city. "At this week's Asian Development Bank meeting" is at a meeting,
/// not at the body, and gives no city.
pub(super) fn at_body_seat(ctx: &DocContext, drafts: &mut [Draft]) {
    let text = ctx.doc.text.as_str();
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Meeting || d.place.is_some() || d.status == Status::Cancelled
        {
            continue;
        }
        let seat = ctx.entities.iter().find_map(|e| {
            let crate::kb::Entity::Organization { actor_id } = &e.entity else {
                return None;
            };
            if e.start < d.trigger.1 || e.end > d.sentence.end || e.start > d.trigger.1 + 80 {
                return None;
            }
            let clause = text.get(d.trigger.1..e.start)?;
            if clause.contains([',', ';', ':', '(', '"']) {
                return None;
            }
            let before = text.get(floor_boundary(text, e.start.saturating_sub(8))..e.start)?;
            let after = text.get(e.end..)?;
            let after = after.get(..after.len().min(20)).or(Some(after))?;
            if !AT_THE.is_match(before) || !AS_SITE.is_match(after) {
                return None;
            }
            match ctx.kb.seats(actor_id) {
                [one] => Some((one.clone(), e.start, e.end)),
                _ => None,
            }
        });
        let Some((seat, start, end)) = seat else {
            continue;
        };
        let Some(p) = ctx.kb.place(&seat) else {
            continue;
        };
        d.place = Some(PlaceRef {
            start,
            end,
            place_id: Some(p.id.clone()),
            kind: p.kind,
            country: Some(p.country.clone()),
        });
        d.rule = format!("{}{SEAT}", d.rule);
    }
}

/// "hosting an informal meeting of European Community finance ministers
/// and central bank chiefs in Belgium", "during a trade ministers' meeting
/// in New Zealand": a gathering's word up to ten words before "in" and a
/// country (the pattern runs on the text just before the country); not a
/// topic ("talks on the war in Afghanistan").
static GATHERED_IN: LazyLock<Re> = regex!(
    r"(?i)\b(?:meet|meets|met|meeting|meetings|talks|summit|conference|session|consultations|negotiations|discussions)\b((?:\s+[\w.'’-]+){0,10}?)\s+in(?:\s+the)?\s*$"
);

/// Words that make the country a topic of the talks, not their place.
static TOPIC_WORD: LazyLock<Re> = regex!(
    r"(?i)\b(?:on|about|over|concerning|regarding|into|against|of\s+the\s+(?:war|situation|conflict))\b"
);

/// Whether the country mention `p` is where a gathering of its sentence is
/// told to be ("a meeting ... in Belgium").
fn gathered_in_country(text: &str, lo: usize, p: &PlaceRef) -> bool {
    if p.place_id.is_some() || p.kind != crate::kb::PlaceKind::Country {
        return false;
    }
    let from = floor_boundary(text, p.start.saturating_sub(160).max(lo));
    text.get(from..p.start)
        .and_then(|b| GATHERED_IN.captures(b))
        .is_some_and(|c| c.get(1).is_some_and(|w| !TOPIC_WORD.is_match(w.as_str())))
}

/// "Eyskens was speaking before hosting an informal meeting of European
/// Community finance ministers ... in Belgium this weekend": a sentence
/// that tells a gathering in a country, and names no city, places the
/// meeting in that country with no city; the dateline's city is not the
/// gathering's, even when it lies in that country.
fn country_stated(text: &str, places: &args::StoryPlaces, d: &Draft) -> Option<PlaceRef> {
    let inside = |p: &&PlaceRef| p.start >= d.sentence.start && p.end <= d.sentence.end;
    let city = places
        .iter()
        .filter(inside)
        .any(|p| p.place_id.is_some() && !places.is_dateline(text, p));
    if city {
        return None;
    }
    let mut stated = places
        .iter()
        .filter(inside)
        .filter(|p| gathered_in_country(text, d.sentence.start, p));
    let first = stated.next()?;
    // (two countries: a tour, no one place)
    if stated.any(|p| p.country != first.country) {
        return None;
    }
    Some(first.clone())
}

/// A country named as a place whose capital bears its name ("in
/// Luxembourg", "LUXEMBOURG, April 27 -", "in Singapore", "in Hong Kong")
/// is that city; any other place is itself.
pub(super) fn city_state(kb: &crate::kb::Kb, p: PlaceRef) -> PlaceRef {
    if p.place_id.is_some() || p.kind != crate::kb::PlaceKind::Country {
        return p;
    }
    let capital = p
        .country
        .as_deref()
        .and_then(|c| kb.country(c))
        .and_then(|c| {
            let cap = kb.place(c.capital.as_deref()?)?;
            cap.name.eq_ignore_ascii_case(&c.name).then_some(cap)
        });
    match capital {
        Some(cap) => PlaceRef {
            place_id: Some(cap.id.clone()),
            kind: cap.kind,
            ..p
        },
        None => p,
    }
}

/// "Monday's ", "yesterday's G-7 ", "last week's ": a past day's possessive
/// and at most three modifiers right before a meeting's trigger.
static PAST_POSSESSIVE: LazyLock<Re> = regex!(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+(?:week|month)|weekend)(?:'s|’s|')\s+(?:[\w.-]+\s+){0,3}$"
);

/// Whether the draft's trigger is named by a past day's possessive
/// ("Monday's meeting", "yesterday's talks"; not "today's meeting").
fn past_possessive(text: &str, d: &Draft) -> bool {
    words_before(text, d, 60).is_some_and(|b| PAST_POSSESSIVE.is_match(&b))
}

/// The words of a draft's sentence before its trigger, at most `reach`
/// bytes back (the whole sentence's start when that byte splits a
/// character), line breaks as spaces.
fn words_before(text: &str, d: &Draft, reach: usize) -> Option<String> {
    let from = d.sentence.start.max(d.trigger.0.saturating_sub(reach));
    text.get(from..d.trigger.0)
        .or_else(|| text.get(d.sentence.start..d.trigger.0))
        .map(super::flat_text)
}

/// The earlier occurred meeting, its city stated in its own sentence, that
/// a placeless occurred meeting `d` tells again: two persons or more of
/// `d`'s sides met there, on a day `d`'s dates hold (an undated `d`: within
/// three days before the report, or undated too). "Stoltenberg and Baker
/// ... at a secret meeting yesterday in Frankfurt ... While the two
/// ministers were meeting with Poehl" (a BONN story): Frankfurt.
fn same_meeting_before<'a>(
    stated: &'a [Draft],
    d: &Draft,
    dct: Option<NaiveDate>,
) -> Option<&'a Draft> {
    let people: Vec<String> = d
        .sides
        .iter()
        .filter(|a| a.kind == crate::kb::ActorKind::Person)
        .map(|a| a.key())
        .collect();
    if people.len() < 2 {
        return None;
    }
    stated.iter().rev().find(|o| {
        if o.sentence_index >= d.sentence_index {
            return false;
        }
        let shared = o.sides.iter().filter(|a| people.contains(&a.key())).count();
        if shared < 2 {
            return false;
        }
        match (d.dates.as_ref(), o.dates.as_ref()) {
            (Some((a, _)), Some((b, _))) => a.start <= b.end && b.start <= a.end,
            (Some(_), None) => false,
            (None, Some((b, _))) => dct.is_some_and(|r| (0..=3).contains(&(r - b.end).num_days())),
            (None, None) => true,
        }
    })
}

/// "have met in", "the latest talks in": a meeting word and "in" right
/// before a city.
static TALKS_IN: LazyLock<Re> = regex!(
    r"(?i)\b(?:met|meet|meeting|meetings|talks|negotiations|discussions)\s+(?:(?:[a-z]+\s+){0,2})?in\s+$"
);

/// The city other than the dateline's that the story's headline and first
/// two sentences name for talks ("have met in Mexico City", "following the
/// latest talks in Geneva"), when it is the only city they name for talks:
/// a lead that names the dateline's own city or country for its talks
/// beside another meeting's ("ended a three-day meeting in Luxembourg",
/// then "a meeting in Brussels on May 18", LUXEMBOURG) tells the story's
/// talks here (round 16).
fn lead_talks_city(
    ctx: &DocContext,
    places: &args::StoryPlaces,
    here: &PlaceRef,
) -> Option<PlaceRef> {
    let text = ctx.doc.text.as_str();
    let mut found: Vec<PlaceRef> = vec![];
    for s in ctx.sentences.iter().take(3) {
        for p in places
            .iter()
            .filter(|p| p.start >= s.start && p.end <= s.end && !places.is_dateline(text, p))
        {
            // ("in Luxembourg": the city-state's city; "in Japan" told
            // from TOKYO: here)
            let p = city_state(ctx.kb, p.clone());
            let ours = p.kind == crate::kb::PlaceKind::Country && p.country == here.country;
            if p.place_id.is_none() && !ours {
                continue;
            }
            let lead: String = text
                .get(s.start..p.start)
                .map(|b| {
                    let tail: Vec<char> = b.chars().rev().take(40).collect();
                    tail.into_iter().rev().collect()
                })
                .unwrap_or_default();
            if TALKS_IN.is_match(&super::flat_text(&lead)) {
                found.push(p);
            }
        }
    }
    // ("LUXEMBOURG - ... ended a three-day meeting in Luxembourg ... at a
    // meeting in Brussels on May 18": the lead's talks are the dateline's,
    // so the next meeting's city is not the story's)
    match found.as_slice() {
        [one] if one.place_id.is_some() && one.place_id != here.place_id => Some(one.clone()),
        _ => None,
    }
}

/// "for", "to": a journey's goal right before a place.
static TOWARD: LazyLock<Re> = regex!(r"(?i)\b(?:for|to)\s+$");

/// "for a series of trade talks", "to attend the meeting": the purpose of
/// a journey, right between its goal and a meeting's trigger.
static FOR_TALKS: LazyLock<Re> = regex!(
    r"(?i)^\s+(?:for|to\s+(?:attend|hold|open|begin|start|join|resume))\s+(?:[\w'’.-]+\s+){0,6}$"
);

/// The place other than the dateline's (and outside its country) that a
/// meeting's sentence names as the goal of a journey for the meeting ("a
/// delegation for Washington for a series of trade talks", "flies to
/// Tokyo to attend the meeting").
fn bound_for(
    text: &str,
    places: &args::StoryPlaces,
    d: &Draft,
    here: &PlaceRef,
) -> Option<PlaceRef> {
    places
        .iter()
        .filter(|p| {
            p.country.is_some()
                && p.country != here.country
                && p.start >= d.sentence.start
                && p.end <= d.trigger.0
                && !places.is_dateline(text, p)
        })
        .find(|p| {
            let before = text.get(d.sentence.start..p.start).unwrap_or("");
            TOWARD.is_match(&super::flat_text(before))
                && text
                    .get(p.end..d.trigger.0)
                    .is_some_and(|g| FOR_TALKS.is_match(&super::flat_text(g)))
        })
        .cloned()
}

/// "meet here", "talks here on Monday", "will hold talks with Japanese
/// Prime Minister Nakasone here this week", "a meeting of EC ministers
/// here": "here" in the trigger's own clause after it (no comma, colon,
/// bracket or quotation mark between, at most 100 bytes on).
static HERE_AFTER: LazyLock<Re> = regex!(r#"^[^,;:!?"“”()\[\]]{0,100}?\bhere\b"#);

/// Whether "here" follows a draft's trigger in its own clause
/// ([`HERE_AFTER`]), outside a quotation: a quoted speaker's "here" may be
/// his own city abroad ("'we will meet them here,' the minister said in
/// Tokyo").
fn here_in_clause(text: &str, d: &Draft) -> bool {
    let (Some(before), Some(after)) = (
        text.get(d.sentence.start..d.trigger.0),
        text.get(d.trigger.1..d.sentence.end),
    ) else {
        return false;
    };
    let quoted = before
        .chars()
        .filter(|c| matches!(c, '"' | '“' | '”'))
        .count()
        % 2
        == 1;
    !quoted && HERE_AFTER.is_match(after)
}

/// "arrival of", "will arrive", "due here", "is coming to": a side's
/// coming in a planned meeting's sentence.
static ARRIVAL: LazyLock<Re> = regex!(
    r"(?i)\b(?:arriv(?:al|e|es|ing)|due\s+here|coming\s+here|comes\s+here|expected\s+here)\b"
);

/// "later today", "a probable meeting", "is expected to meet": a meeting
/// still to come, as a market report tells it.
static TO_COME: LazyLock<Re> = regex!(
    r"(?i)\b(?:later\s+(?:today|tonight|this\s+week)|probable|possible|expected\s+to|likely\s+to|upcoming|forthcoming|scheduled\s+for|watching\s+for)\b"
);

/// Whether a planned meeting is the coming of a foreign side to the
/// dateline's country for talks with a local one ([`ARRIVAL`] in its
/// sentence, no other place named there, within two weeks of the report or
/// undated, sides of both countries).
fn arriving_here(ctx: &DocContext, here: &PlaceRef, places: &args::StoryPlaces, d: &Draft) -> bool {
    let text = ctx.doc.text.as_str();
    let Some(s) = text.get(d.sentence.start..d.sentence.end) else {
        return false;
    };
    if !ARRIVAL.is_match(s) {
        return false;
    }
    let soon = match (d.dates.as_ref().map(|x| x.0.start), ctx.dct) {
        (Some(st), Some(r)) => (st - r).num_days().abs() <= 14,
        (None, _) => true,
        _ => false,
    };
    let local = d
        .sides
        .iter()
        .any(|a| a.country.is_some() && a.country == here.country);
    let foreign = d
        .sides
        .iter()
        .any(|a| a.country.is_some() && a.country != here.country);
    // ("MIAMI - ... when he arrives for talks with Reagan": only a capital
    // dateline is where a state's side receives the other)
    let capital = here.place_id.as_deref().is_some_and(|id| {
        ctx.kb.countries().iter().any(|c| {
            c.capital.as_deref() == Some(id) && here.country.as_deref() == Some(c.code3.as_str())
        })
    });
    let elsewhere = places.iter().any(|p| {
        p.start >= d.sentence.start
            && p.end <= d.sentence.end
            && !places.is_dateline(text, p)
            && args::is_locative(text, p.start)
            && !(p.place_id.is_some() && p.place_id == here.place_id)
    });
    capital && soon && local && foreign && !elsewhere
}

/// The note on an undated placeless visit in a story from a minor
/// dateline ([`minor_dateline`]): the dateline does not place it.
const NOT_HERE: &str = "+not_dateline";

/// The suffix of a meeting placed in the country its sentence gives the
/// gathering ([`country_stated`]): no dateline city refines it.
const COUNTRY_STATED: &str = "+country_stated";

/// The suffix of a meeting placed at the seat of the body it is told at
/// ([`at_body_seat`]).
const SEAT: &str = "+seat";

/// Cities that are no capital but where diplomacy sits: the seats of the
/// UN, GATT, the European Parliament and the World Court, and the capitals
/// of the 1980s that are no longer ones (Bonn) or are not given as the
/// capital (Tel Aviv).
const SEATS: [&str; 6] = [
    "geneva",
    "new-york",
    "strasbourg",
    "the-hague",
    "bonn",
    "tel-aviv",
];

/// Whether the dateline's city is neither a country's capital nor a seat
/// of diplomacy ([`SEATS`]): "KANSAS CITY", "MIAMI", "FRANKFURT" (the
/// datelines of company and market news).
fn minor_dateline(ctx: &DocContext, here: &PlaceRef) -> bool {
    let Some(id) = here.place_id.as_deref() else {
        return false;
    };
    // "moscow@SUN": the stand-in of a city in a former state
    let id = id.split('@').next().unwrap_or(id);
    let countries = ctx.kb.countries();
    // (a knowledge base without countries knows no capital: none is minor)
    !countries.is_empty()
        && here.kind == crate::kb::PlaceKind::City
        && !SEATS.contains(&id)
        && !countries.iter().any(|c| c.capital.as_deref() == Some(id))
}

/// Whether a dated event ended a week or more before the report (`dct`):
/// the story's background, whose city the dateline does not give.
fn background(d: &Draft, dct: Option<NaiveDate>) -> bool {
    match (d.dates.as_ref(), dct) {
        (Some((iv, _)), Some(r)) => (r - iv.end).num_days() >= 7,
        _ => false,
    }
}

/// "the ongoing U.S.-Canada free trade talks", "progress in talks between
/// banks and Mexico", "has been holding talks with the IMF", "have held a
/// series of meetings this year", "pledged at G-7 meetings": talks going on
/// for months or a run of meetings, not an occasion of the story's day.
static STANDING: LazyLock<Re> = regex!(
    r"(?i)\b(?:ongoing|continuing|protracted|progress\s+in|(?:has|have|had)\s+(?:been\s+(?:holding|having|conducting)|held\s+(?:a\s+series\s+of|several|many|numerous)))\s+(?:[\w.'’-]+\s+){0,4}$|\b(?:has|have|had)\s+been\s+$"
);

/// "at G-7 meetings", "in meetings with": a plural meeting noun after a
/// bare preposition (a habit, no one occasion).
static AT_MEETINGS: LazyLock<Re> = regex!(r"(?i)\b(?:at|in)\s+(?:[\w.'’-]+\s+){0,2}$");

/// "the", "a", "these", "today's": a determiner opening a plural meeting
/// noun's phrase (some meetings in particular, not a habit).
static DETERMINED: LazyLock<Re> =
    regex!(r"(?i)\b(?:at|in)\s+(?:the|a|an|these|those|this|today['’]s|his|her|their|its)\b");

/// Whether a meeting is talks standing over months or a run of meetings
/// ([`STANDING`], [`AT_MEETINGS`]), or is dated only to a month or a
/// year: the dateline does not place it.
fn standing_talks(text: &str, d: &Draft) -> bool {
    if d.dates.as_ref().is_some_and(|x| {
        matches!(
            x.0.precision,
            Precision::Month | Precision::Season | Precision::Year | Precision::Decade
        )
    }) {
        return true;
    }
    let Some(before) = words_before(text, d, 60) else {
        return false;
    };
    let word = text.get(d.trigger.0..d.trigger.1).unwrap_or("");
    // ("has been holding talks": the trigger's own words)
    if ONGOING.is_match(word) {
        return true;
    }
    let day_told = text
        .get(d.sentence.start..d.sentence.end)
        .is_some_and(|s| DAY_WORD.is_match(s));
    STANDING.is_match(&before)
        || (word.eq_ignore_ascii_case("meetings")
            && d.dates.is_none()
            && !day_told
            && AT_MEETINGS
                .find(&before)
                .is_some_and(|m| !DETERMINED.is_match(&before[m.start()..])))
}

/// "today", "tomorrow", "on Monday": a day named in a sentence.
static DAY_WORD: LazyLock<Re> = regex!(
    r"(?i)\b(?:today|tonight|tomorrow|yesterday|this\s+(?:week|morning|afternoon|evening)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
);

/// Whether a dated event starts after the report (`dct`): told ahead,
/// whatever its status says ("before hosting a meeting in Belgium this
/// weekend").
fn ahead(d: &Draft, dct: Option<NaiveDate>) -> bool {
    match (d.dates.as_ref(), dct) {
        (Some((iv, _)), Some(r)) => iv.start > r,
        _ => false,
    }
}

/// "the recent farm ministers' meeting", "the latest G-7", "last month's
/// talks": an earlier occasion named right before a meeting's trigger (a
/// determiner, then the word, then at most five words).
static EARLIER: LazyLock<Re> = regex!(
    r"(?i)(?:\b(?:the|a|an|its|their|his|her|this|that)\s+(?:latest|most\s+recent|recent|previous|earlier|last|prior)|\blast\s+(?:week|month|year|autumn|spring|summer|winter)['’]s|\b(?:latest|recent|previous|earlier|prior)\s+rounds?\s+of)\s+(?:[\w'’./&-]+\s+){0,5}$"
);

/// Whether a draft's trigger is told as an earlier occasion ([`EARLIER`]),
/// in the words of its sentence before the trigger.
pub(super) fn told_as_earlier(text: &str, d: &Draft) -> bool {
    let Some(before) = words_before(text, d, 80) else {
        return false;
    };
    // ("on the last day of the talks": the story's own talks, ending)
    EARLIER.is_match(&before) && !LAST_DAY.is_match(&before)
}

/// "the last day of", "the last two hours of": the end of the story's own
/// occasion, not an earlier one.
static LAST_DAY: LazyLock<Re> =
    regex!(r"(?i)\blast\s+(?:[\w-]+\s+)?(?:day|days|hours?|minutes?|session|evening|night)\b");

/// "At a meeting of EC foreign ministers, Britain called for": the
/// story's own gathering, where its news was made.
static AT_MEETING: LazyLock<Re> = regex!(
    r"(?i)\bat\s+(?:a|an|the|today['’]s)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|conference)\s+of\b"
);

/// "ended six hours of talks", "opened a two-day session": a verb that
/// opens or closes the sitting before its noun (round 16: 82 sentences of
/// Reuters, none in the White House; the story's own sitting, told at the
/// dateline with no day, is on the report day).
static VERB_PHASE: LazyLock<Re> = regex!(
    r"(?i)\b(?:ended|opened|began|closed|concluded|adjourned|resumed)\s+(?:[\w'’-]+\s+){0,4}?(?:meeting|talks|conference|session|negotiations|consultations)\b"
);

/// "Clark told a conference of ASEAN foreign ministers", "addressed a
/// meeting of": a speech to the sitting, made there (round 16: 54
/// sentences of Reuters, none in the White House; not "told a news
/// conference", which is of nobody).
static TOLD_MEETING: LazyLock<Re> = regex!(
    r"(?i)\b(?:told|addressed|addressing)\s+(?:a|an|the|today['’]s)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|conference)\s+of\b"
);

/// "has been holding talks", "have been negotiating for months": talks
/// going on for a while, not an occasion of the report's day.
static ONGOING: LazyLock<Re> = regex!(
    r"(?i)\b(?:has|have|had)\s+been\s+(?:holding|having|conducting|negotiating|discussing|talking|meeting)\b|\bfor\s+(?:several\s+|many\s+|some\s+)?(?:days|weeks|months|years)\b"
);

/// "as they emerged from the meeting", "coming out of the talks": the
/// story's own meeting, just over.
static EMERGED: LazyLock<Re> =
    regex!(r"(?i)\b(?:emerg(?:ed|es|ing)|came|coming|walked|walking)\s+(?:out\s+of|from)\b");

/// "Dealers said trading was quiet", "operators made wary": a market
/// report's words (its dateline is the market's city, not the meeting's).
static MARKET_WORD: LazyLock<Re> =
    regex!(r"(?i)\b(?:dealers?|traders?|trading|markets?|futures|operators|brokers?)\b");

/// "the meeting ended", "talks opened": a gathering's start or end told by
/// a finite verb.
static PHASE_VERB: LazyLock<Re> = regex!(
    r"(?i)\b(?:meeting|talks|conference|session|summit|negotiations|consultations)\b[^.;]{0,80}?\b(?:ended|opened|began|closed|adjourned|broke up|wound up|resumed)\b"
);

/// "Nigeria's tour", "during his visit", "on his way to": a journey told
/// in a meeting's sentence (the meeting was on it, not at the dateline).
static JOURNEY_WORD: LazyLock<Re> = regex!(
    r"(?i)\b(?:tour|trip|visit(?:s|ed|ing)?|journey|travel(?:s|led|ed|ling|ing)?|stopover|on (?:his|her|their|the) way)\b"
);

/// "aides here for the technical talks", "is here for negotiations": a
/// side at the dateline for the story's talks.
static HERE_FOR_TALKS: LazyLock<Re> = regex!(
    r"(?i)\bhere\s+(?:for|to\s+attend)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|meetings?|negotiations|consultations)\b"
);

/// "during his visit", "on her trip", "on his return": a side's own
/// journey in a meeting's sentence.
static OWN_TRIP: LazyLock<Re> = regex!(
    r"(?i)\b(?:during|on|in the course of)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\b|\b(?:on|upon|after|since)\s+(?:his|her|their)\s+return\b"
);

/// "NICOSIA - ... IRNA, monitored in Nicosia, quoted ...", "the agency,
/// received in London, said": a story put together at a listening post
/// from another country's broadcasts.
static LISTENING_POST: LazyLock<Re> = regex!(
    r"(?i)(?:\bmonitored|(?:,|\b(?:agency|radio|broadcast|report))\s+(?:received|heard))\s+(?:here|in\s+(?-i:[A-Z]))"
);

/// The verbs [`LISTENING_POST`] needs, in any case ("Monitored in London,"
/// opening a sentence): a story without one of them is no listening post's.
static POST_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["monitored", "received", "heard"])
        .expect("constant patterns")
});

/// The dateline's city as the place of the story's own events, unless the
/// story was monitored there (the events are elsewhere). One fact per
/// document: `extract` asks once and hands it to the passes that use it.
pub(super) fn story_here(text: &str, places: &args::StoryPlaces) -> Option<PlaceRef> {
    // (a cheap test first: the pattern runs on whole stories)
    if POST_WORDS.is_match(text) && LISTENING_POST.is_match(text) {
        return None;
    }
    any_dateline(text, places)
}

/// The dateline's place, with or without a region between its city and
/// its date ([`args::StoryPlaces::dateline`], [`dateline_with_region`]).
pub(super) fn any_dateline(text: &str, places: &args::StoryPlaces) -> Option<PlaceRef> {
    places
        .dateline()
        .cloned()
        .or_else(|| dateline_with_region(text, places))
}

/// ", New Zealand, March 24 -", ", Fla., March 19 -": a region or country
/// between a dateline's city and its date.
static REGION_DATE: LazyLock<Re> = regex!(
    r"^,\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3},\s*(?:(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*)?[-–—]"
);

/// "TAUPO, New Zealand, March 24 - ...", "OSAKA, Japan, April 27 - ...":
/// a dateline whose city is followed by its region or country; the city
/// opens a line in the first lines of the text.
fn dateline_with_region(text: &str, places: &[PlaceRef]) -> Option<PlaceRef> {
    args::line_openers(text, places)
        .find(|p| {
            p.place_id.is_some()
                && p.kind != crate::kb::PlaceKind::Country
                && text.get(p.end..).is_some_and(|a| REGION_DATE.is_match(a))
        })
        .cloned()
}

/// "WASHINGTON - ... during Chirac's first official visit this week": a
/// visit without a destination by people foreign to the dateline's country
/// is a visit to the dateline's city (the story's "here"), unless its
/// sentence names another place as a location ("is on a speaking tour and
/// will meet officials in Kansas City").
pub(super) fn visits_at_dateline(
    ctx: &DocContext,
    here: Option<&PlaceRef>,
    places: &args::StoryPlaces,
    drafts: &mut [Draft],
) {
    let Some(here) = here else {
        return;
    };
    let text = ctx.doc.text.as_str();
    for d in drafts.iter_mut() {
        let foreign = !d.guests.is_empty()
            && d.guests
                .iter()
                .all(|g| g.country.is_some() && g.country != here.country);
        if d.event_type == EventType::Visit
            && d.place.is_none()
            && !d.derived
            && foreign
            && !background(d, ctx.dct)
            && !d.rule.ends_with(NOT_HERE)
            && !names_elsewhere(text, places, here, d)
        {
            d.place = Some(here.clone());
            d.rule = format!("{}+dateline", d.rule);
        }
    }
}

/// Whether a draft's sentence names a city other than the dateline's as a
/// location after its trigger ("a speaking tour and will meet officials
/// in Kansas City", "trips to Saudi Arabia ... and Paris"); countries
/// alone do not count (a tour's past legs).
fn names_elsewhere(text: &str, places: &args::StoryPlaces, here: &PlaceRef, d: &Draft) -> bool {
    places.iter().any(|p| {
        p.start >= d.trigger.1
            && p.end <= d.sentence.end
            && !places.is_dateline(text, p)
            && args::is_locative(text, p.start)
            && p.place_id.is_some()
            && p.place_id != here.place_id
    })
}

/// "TAUPO, New Zealand - Yeutter, in New Zealand for informal GATT
/// talks": an occurred meeting or visit of the story's days placed in the
/// dateline's country only is at the dateline's city.
pub(super) fn country_to_city(ctx: &DocContext, here: Option<&PlaceRef>, drafts: &mut [Draft]) {
    // "The ministers will resume talks in Luxembourg on June 15": a meeting
    // in a city-state is in its city
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Meeting {
            continue;
        }
        if let Some(p) = d.place.take() {
            let city = city_state(ctx.kb, p);
            d.place = Some(city);
        }
    }
    let Some(here) =
        here.filter(|h| h.place_id.is_some() && h.kind != crate::kb::PlaceKind::Country)
    else {
        return;
    };
    for d in drafts.iter_mut() {
        let country_only = d.place.as_ref().is_some_and(|p| {
            p.place_id.is_none() && p.country.is_some() && p.country == here.country
        });
        // ("an informal meeting ... in Belgium this weekend": a country
        // the text gives a gathering is that country, with no city)
        let stated = d.rule.contains(COUNTRY_STATED)
            || ctx.entities.iter().any(|e| match &e.entity {
                crate::kb::Entity::Country { code } => {
                    e.start >= d.sentence.start
                        && e.end <= d.sentence.end
                        && here.country.as_ref() == Some(code)
                        && gathered_in_country(
                            &ctx.doc.text,
                            d.sentence.start,
                            &PlaceRef::country(code.clone(), e.start, e.end),
                        )
                }
                _ => false,
            });
        if country_only
            && !stated
            && matches!(d.event_type, EventType::Meeting | EventType::Visit)
            && d.status == Status::Occurred
            && !d.derived
            && !background(d, ctx.dct)
            && !ahead(d, ctx.dct)
        {
            d.place = Some(here.clone());
            d.rule = format!("{}+dateline", d.rule);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{a_visit_to, mentions, row_with, rows, visits};
    use super::super::{EventType, Status};

    /// The place id of the first meeting whose participants hold `who`
    /// ("" when unplaced, "-" when there is no such meeting).
    fn meeting_place(text: &str, dct: &str, who: &str) -> String {
        let rs = rows(&mentions(text, dct));
        row_with(&rs, EventType::Meeting, who).map_or("-".to_string(), |r| r.2.clone())
    }

    #[test]
    fn a_planned_meeting_here_in_its_clause_is_at_the_dateline() {
        let text = "WASHINGTON, April 27 - President Ronald Reagan, who will hold talks with \
                    Japanese Prime Minister Yasuhiro Nakasone here this week, said he would \
                    lift the tariffs.";
        let rs = rows(&mentions(text, "1987-04-27"));
        let r = row_with(&rs, EventType::Meeting, "nakasone");
        assert_eq!(
            r.map(|r| (r.2.as_str(), r.5)),
            Some(("washington", Status::Planned))
        );
    }

    #[test]
    fn a_city_stated_earlier_for_the_same_meeting_beats_the_dateline() {
        let text = "BONN, Oct 20 - West German Finance Minister Gerhard Stoltenberg and U.S. \
                    Treasury Secretary James Baker met at a secret meeting yesterday in \
                    Frankfurt, officials said.\n\nThe Bundesbank cut its rates today.\n\n\
                    While Stoltenberg and Baker were meeting with Bundesbank president Karl \
                    Otto Poehl, the central bank added liquidity.";
        assert_eq!(meeting_place(text, "1987-10-20", "pohl"), "frankfurt");
    }

    #[test]
    fn an_earlier_meeting_of_the_same_sides_weeks_before_is_not_today_s() {
        // the same two met in Paris a month before: not today's talks with Poehl
        let text = "BONN, March 20 - West Germany will not cut its interest rates, a \
                    government spokesman said.\n\nThe Bundesbank left its rates unchanged.\n\n\
                    West German Finance Minister Gerhard Stoltenberg and U.S. Treasury \
                    Secretary James Baker met in Paris on February 22, officials said.\n\n\
                    Stoltenberg met Baker and Bundesbank president Karl Otto Poehl today to \
                    discuss the dollar.";
        let ms = mentions(text, "1987-03-20");
        let today = ms
            .iter()
            .find(|m| m.rule.starts_with("meeting.") && m.participants.len() == 3);
        assert!(today.is_some_and(|m| !m.rule.contains("+same_meeting")));
    }

    #[test]
    fn a_past_day_s_meeting_is_not_at_a_minor_dateline() {
        let text = "COLOGNE, West Germany, Oct 20 - The share crash was exaggerated, the \
                    banking association said.\n\nCooperation strengthened by Monday's \
                    meeting between U.S. Treasury Secretary James Baker and West German \
                    Finance Minister Gerhard Stoltenberg would stand the test, it added.";
        assert_ne!(meeting_place(text, "1987-10-20", "stoltenberg"), "cologne");
    }

    #[test]
    fn today_s_meeting_stays_at_a_minor_dateline() {
        let text = "GENVAL, Belgium, June 2 - EC farm ministers failed to agree today.\n\n\
                    Only the Netherlands and Luxembourg supported the idea at today's \
                    meeting, and France, Denmark and Belgium opposed it.";
        assert_eq!(meeting_place(text, "1987-06-02", "FRA"), "genval");
    }

    #[test]
    fn a_meeting_in_a_city_state_is_in_its_city() {
        let text = "BRUSSELS, June 2 - EC farm ministers failed to agree on prices.\n\n\
                    Agriculture ministers from France, Belgium and the Netherlands will \
                    meet in Luxembourg on June 15.";
        assert_eq!(meeting_place(text, "1987-06-02", "NLD"), "luxembourg-city");
    }

    #[test]
    fn a_lead_that_names_the_datelines_city_for_its_talks_keeps_them_here() {
        // the next meeting's city, named after the lead's own, is not the
        // story's city for its placeless talks (round 16)
        let text = "LUXEMBOURG, April 29 - EC farm ministers ended a three-day meeting in \
                    Luxembourg without a deal.\n\nThe chairman hopes for real talks at a \
                    meeting in Brussels on May 18.\n\nFrance and West Germany held talks on \
                    the oils tax.";
        assert_eq!(meeting_place(text, "1987-04-29", "FRA"), "luxembourg-city");
        // a lead that names only another city still places them there
        let text = "LUXEMBOURG, April 29 - EC farm ministers will hold talks in Brussels on \
                    May 18.\n\nThe chairman hopes for real progress.\n\nFrance and West \
                    Germany held talks on the oils tax.";
        assert_eq!(meeting_place(text, "1987-04-29", "FRA"), "brussels");
    }

    /// The start day of the first meeting row with `who` among its sides.
    fn meeting_day(text: &str, dct: &str, who: &str) -> String {
        let rs = rows(&mentions(text, dct));
        row_with(&rs, EventType::Meeting, who).map_or("-".to_string(), |r| r.3.clone())
    }

    #[test]
    fn a_sitting_told_ending_or_addressed_at_the_dateline_is_on_the_report_day() {
        // round 16: the verb before the noun, and a speech to the sitting
        let text = "LUXEMBOURG, June 2 - As EC budget ministers ended six hours of talks in \
                    Luxembourg, diplomats said there was little basis for an accord.";
        assert_eq!(meeting_day(text, "1987-06-02", "eec"), "1987-06-02");
        let text = "SINGAPORE, June 18 - \"Subsidies must fall,\" Canada's Foreign Minister Joe \
                    Clark told a conference of ASEAN foreign ministers.";
        assert_eq!(meeting_day(text, "1987-06-18", "asean"), "1987-06-18");
    }

    #[test]
    fn a_meeting_in_a_country_named_otherwise_stays_in_the_country() {
        // Kuwait's capital is Kuwait City: "in Kuwait" names the country
        let text = "BRUSSELS, June 2 - EC farm ministers failed to agree on prices.\n\n\
                    Oil ministers from Saudi Arabia, Iran and Venezuela will meet in \
                    Kuwait on June 15.";
        assert_eq!(meeting_place(text, "1987-06-02", "VEN"), "");
    }

    #[test]
    fn a_quoted_here_is_not_the_dateline() {
        // the speaker's "here" is his own city abroad
        let text = "WASHINGTON, May 2 - \"We will hold talks with Chancellor Helmut Kohl here \
                    next week,\" Prime Minister Yasuhiro Nakasone told reporters.";
        assert_ne!(meeting_place(text, "1987-05-02", "kohl"), "washington");
    }

    #[test]
    fn a_planned_arrival_for_talks_is_at_a_capital_dateline() {
        let text = "TOKYO, April 17 - U.S. Commerce Secretary Malcolm Baldrige will arrive on \
                    Sunday for talks with Prime Minister Yasuhiro Nakasone on trade.";
        assert_eq!(meeting_place(text, "1987-04-17", "nakasone"), "tokyo");
    }

    #[test]
    fn an_arrival_told_from_another_city_is_not_there() {
        // a market city's story of the visitor's coming to the capital
        let text = "NEW YORK, April 27 - Japanese officials said Prime Minister Yasuhiro \
                    Nakasone will arrive on Wednesday for talks with President Ronald Reagan.";
        assert_ne!(meeting_place(text, "1987-04-27", "nakasone"), "new-york");
    }

    #[test]
    fn talks_later_today_in_a_market_report_are_not_at_the_market() {
        let text = "TOKYO, April 7 - The dollar firmed as the market watched for a probable \
                    meeting between U.S. Treasury Secretary James Baker and Japanese Finance \
                    Minister Kiichi Miyazawa later today, dealers said. Trading was quiet and \
                    brokers were cautious.";
        assert_ne!(meeting_place(text, "1987-04-07", "miyazawa"), "tokyo");
    }

    #[test]
    fn a_minister_s_talks_here_today_are_at_the_dateline() {
        // (no market report: the story's own talks)
        let text = "TOKYO, April 7 - U.S. Treasury Secretary James Baker met Japanese Finance \
                    Minister Kiichi Miyazawa today to discuss the yen.";
        assert_eq!(meeting_place(text, "1987-04-07", "miyazawa"), "tokyo");
    }

    #[test]
    fn a_visit_whose_sentence_names_another_city_is_not_at_the_dateline() {
        let text = "WASHINGTON, March 20 - French Agriculture Minister Francois Guillaume is \
                    on a speaking tour and will meet farmers in Kansas City next week.";
        let vs = visits(&mentions(text, "1987-03-20"), "Guillaume");
        assert!(!a_visit_to(&vs, "washington", None), "{vs:?}");
    }

    #[test]
    fn a_visit_in_the_dateline_s_country_is_at_its_city() {
        let text = "OSAKA, Japan, March 22 - U.S. Trade Representative Clayton Yeutter, in \
                    Japan for talks with Prime Minister Yasuhiro Nakasone, said today that the \
                    tariffs would stay.";
        let vs = visits(&mentions(text, "1987-03-22"), "Yeutter");
        assert!(a_visit_to(&vs, "osaka", None), "{vs:?}");
    }

    #[test]
    fn a_journey_s_origin_is_not_the_paragraph_s_city() {
        // (`paragraph_city`: "from Tokyo" is where he came from)
        let text = "JAKARTA, March 22 - World Bank President Barber Conable, who flew to \
                    Indonesia yesterday from Tokyo, will meet with President Suharto.";
        assert_ne!(meeting_place(text, "1987-03-22", "suharto"), "tokyo");
    }

    #[test]
    fn a_city_naming_a_pact_is_not_the_paragraph_s_city() {
        let text = "WASHINGTON, April 7 - Officials said there was no need to change the \
                    language used in the Paris accord.\n\nJapanese Finance Minister Kiichi \
                    Miyazawa met with U.S. Treasury Secretary James Baker this afternoon.";
        assert_eq!(meeting_place(text, "1987-04-07", "miyazawa"), "washington");
    }

    #[test]
    fn a_meeting_on_a_trip_told_first_is_at_the_trip_s_goal() {
        // (`args::venue`: "During his trip to Washington, ..., X will meet")
        let text = "BONN, April 20 - During his trip to Washington, which runs from April 26 \
                    to 29, West German Economics Minister Martin Bangemann will meet Secretary \
                    of State George Shultz.";
        assert_eq!(meeting_place(text, "1987-04-20", "shultz"), "washington");
    }

    #[test]
    fn standing_talks_are_not_at_the_dateline() {
        let text = "WASHINGTON, March 6 - Agriculture Secretary Richard Lyng said the action \
                    was not helpful in the context of the ongoing U.S.-Canada free trade talks.";
        assert_eq!(meeting_place(text, "1987-03-06", "CAN"), "");
        let text = "TOKYO, Oct 19 - West Germany and Japan had both pledged at G-7 meetings to \
                    boost domestic demand, Tanaka said.";
        assert_ne!(meeting_place(text, "1987-10-19", "DEU"), "tokyo");
    }

    #[test]
    fn the_day_s_meetings_stay_at_the_dateline() {
        // (a plural noun told today is the story's own occasion)
        let text = "WASHINGTON, April 9 - Britain and France will make a strong plea in \
                    high-level meetings today with Japan for debt relief for the poorest \
                    countries, monetary sources said.";
        assert_eq!(meeting_place(text, "1987-04-09", "JPN"), "washington");
    }

    /// (place id, country) of the first meeting whose participants hold
    /// `who` ("-" when there is no such meeting).
    fn meeting_where(text: &str, dct: &str, who: &str) -> (String, String) {
        mentions(text, dct)
            .iter()
            .filter(|m| m.event_type == EventType::Meeting && !m.derived)
            .find(|m| {
                m.participants.iter().any(|p| {
                    p.actor_id
                        .as_deref()
                        .unwrap_or(p.name.as_str())
                        .contains(who)
                })
            })
            .map_or(("-".into(), "-".into()), |m| {
                (
                    m.place_id.clone().unwrap_or_default(),
                    m.country_code.clone().unwrap_or_default(),
                )
            })
    }

    #[test]
    fn a_bodys_session_told_from_a_city_that_is_none_of_its_seats_takes_no_dateline() {
        let text = "ROME, June 18 - A meeting of European Community farm ministers ended \
                    without a deal early today, Italian farm leaders said.";
        assert_eq!(meeting_where(text, "1987-06-18", "eec").0, "");
        // at one of its seats, the dateline places it
        let text = "BRUSSELS, June 18 - A meeting of European Community farm ministers ended \
                    without a deal early today, Italian farm leaders said.";
        assert_eq!(meeting_where(text, "1987-06-18", "eec").0, "brussels");
    }

    #[test]
    fn a_meeting_told_at_a_body_is_at_its_seat() {
        let text = "SEOUL, June 16 - South Korea and the United States are holding talks \
                    at the GATT over Korean beef quotas, a ministry official said.";
        assert_eq!(meeting_where(text, "1987-06-16", "KOR").0, "geneva");
        // told in the present, it is the story's own meeting of the day
        let rs = rows(&mentions(text, "1987-06-16"));
        let r = row_with(&rs, EventType::Meeting, "KOR").expect("the meeting");
        assert_eq!(r.3, "1987-06-16");
        // at the body's meeting is no site, and the dateline is no clue
        let text = "SEOUL, April 27 - South Korea and the United States held talks at this \
                    week's Asian Development Bank meeting over voting shares, delegates said.";
        assert_eq!(meeting_where(text, "1987-04-27", "KOR").0, "");
    }

    #[test]
    fn a_gathering_told_in_a_country_is_that_country_without_a_city() {
        let text = "PARIS, April 2 - Balladur spoke after hosting an informal meeting of \
                    European Community finance ministers and central bank chiefs in France \
                    today, officials said.";
        assert_eq!(
            meeting_where(text, "1987-04-02", "balladur"),
            (String::new(), "FRA".to_string())
        );
    }
}

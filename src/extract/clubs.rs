//! Clubs of states named in other words: wire copy calls the Group of
//! Seven "the top seven industrialized nations" or "the seven major
//! industrial democracies", and the Group of Five "the five leading
//! industrial countries", without the club's name the reference tables
//! know.
//!
//! [`paraphrased`] adds the club as an actor at the paraphrase, so the
//! usual meeting rules read it as a side ("Wednesday's meeting of the
//! finance ministers of the top seven industrialized nations in
//! Washington" is a meeting of the G7). The number is required: "the major
//! industrial nations" alone names no fixed club, and a paraphrase another
//! actor already covers ("the Group of Seven industrial nations") is left
//! to that actor.
//!
//! Without "industrial", a rank word must stand before the noun ("the
//! world's seven major economic powers", "six major nations", "the seven
//! leading western nations"): "six nations" alone, or "seven western
//! states", names no club.
//!
//! **A club's act is its sitting** ([`acts`], round 16). "The February 22
//! Paris accord by the Group of Five countries plus Canada", "the agreement
//! reached last month in Paris by six major industrial nations", "the
//! reaffirmation of the Paris accord ... by the Group of Seven ...
//! yesterday": a club's decision, its parties right after "by", dated by
//! its own words, is a meeting of the club (`meeting.club_act`), held at
//! the city the act's phrase names (not the city of a reaffirmed accord's
//! name), else at the dateline's city when the phrase says "here", or when
//! the act is of the report's day or the day before and the dateline is a
//! member's city (the Group of Ten's Washington story of the Group of
//! Seven's reaffirmation "yesterday"). An act with no date of its own ("the Paris accord by the G-7",
//! "the Louvre agreement") makes nothing: most such phrases name the accord,
//! not its making.
//!
//! The number phrases are found once per document ([`numbered_clubs`],
//! round 17) and both passes read that list: [`paraphrased`] to add the
//! club as an actor, [`acts`] to find the parties of an act.
//!
//! ```text
//! "ministers of the top seven industrialized nations will meet in Paris"
//!  -> actor G7 at "top seven industrialized nations"
//! "the March 2 Rome accord by the Group of Seven"
//!  -> meeting G7; Rome; 1987-03-02; occurred (meeting.club_act)
//! ```

use std::sync::LazyLock;

use crate::re::Re;

use super::args::{self, ActorRef, PlaceRef};
use super::triggers::{Frame, Trigger};
use super::{push_dated, state_actor, state_of, DocContext, Draft, EventType, Status};

/// "the top seven industrialized nations", "six major industrial
/// countries", "the five leading western industrial democracies" ("the
/// world's" before the number is part of the name, so that "the meeting of
/// the world's seven ..." reads as the club's).
static CLUB_WORDS: LazyLock<Re> = regex!(
    r"(?i)\b(?:world['’]s\s+)?(?:(?:top|leading|big|major|main|largest|richest)\s+)?(five|six|seven)\s+(?:(?:major|leading|big|top|main|largest|richest|western|free-market|non-communist)\s+){0,2}industrial(?:i[sz]ed)?\s+(?:nations|countries|democracies|powers|economies|states)\b"
);

/// "the finance ministers and central bankers of" before the club: its
/// people, read as the club ("a meeting of the finance ministers of the top
/// seven industrialized nations" is the club's meeting).
static ITS_PEOPLE: LazyLock<Re> = regex!(
    r"(?i)\b(?:(?:finance|foreign|trade|economic|agriculture|farm)\s+)?ministers(?:\s+and\s+central\s+bank(?:ers|\s+governors|\s+chiefs))?\s+of\s+(?:the\s+)?$"
);

/// "the Louvre agreement of six industrial nations": the club names an
/// accord's parties, not a side of the sentence's event.
static ACCORD_OF: LazyLock<Re> = regex!(
    r#"(?i)\b(?:agreement|accord|pact|communique|statement|decision|declaration)s?["'’]?\s+(?:of|by|among|between)\s+(?:the\s+)?$"#
);

/// "the Tokyo summit of seven leading industrial powers": the summit rules
/// read a city's summit of the club.
static SUMMIT_OF: LazyLock<Re> = regex!(r"(?i)\bsummits?\s+of\s+(?:the\s+)?$");

/// "the seven major industrial democracies -- the United States, Japan,
/// ...": the members named right after (the summit of all of them is the
/// club's, which the member list already tells).
static MEMBERS_AFTER: LazyLock<Re> = regex!(r"^\s*(?:--|\(|:)\s*(?:the\s+)?[A-Z]");

/// "the world's seven major economic powers", "six major nations", "the
/// seven leading western nations", "six leading countries": a number of
/// nations ranked "major", "leading", "main" (round 14, 8 phrases in
/// Reuters, none in the White House). The rank word is required (not "six
/// nations", "seven western states"), and "states" is no such noun ("the
/// seven major states" of a cattle report).
static CLUB_RANKED: LazyLock<Re> = regex!(
    r"(?i)\b(?:world['’]s\s+)?(five|six|seven)\s+(?:(?:western|free-market|non-communist)\s+)?(?:major|leading|main|top|biggest|largest|richest)\s+(?:(?:western|economic|free-market|non-communist)\s+){0,2}(?:nations|countries|democracies|powers|economies)\b"
);

/// The club a number of industrial nations names.
fn club_id(number: &str) -> Option<&'static str> {
    match number.to_ascii_lowercase().as_str() {
        "five" => Some("g5"),
        "six" => Some("g6"),
        "seven" => Some("g7"),
        _ => None,
    }
}

/// Whether the text names a club by a number of industrial (or major)
/// nations.
pub(super) fn named_by_number(text: &str) -> bool {
    (mentions_industry(text) && CLUB_WORDS.is_match(text))
        || (mentions_rank(text) && CLUB_RANKED.is_match(text))
}

/// A cheap test before the paraphrase's pattern: "industrial" is in the text.
fn mentions_industry(text: &str) -> bool {
    text.contains("ndustrial") || text.contains("NDUSTRIAL")
}

/// A cheap test before the ranked pattern: a rank word is in the text.
fn mentions_rank(text: &str) -> bool {
    [
        "major", "leading", "main", "top", "biggest", "largest", "richest",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// A number phrase that names a club: its span in the document's text and
/// the club's id.
pub(super) type NumberedClub = (std::ops::Range<usize>, &'static str);

/// Each number phrase of the text that names a club ("six major industrial
/// countries", [`CLUB_WORDS`]; "the seven leading economic powers",
/// [`CLUB_RANKED`]): its span and the club's id. Found once per document
/// ([`super::extract`]) and read by both [`paraphrased`] and [`acts`]; the
/// patterns run only when the text has an industry or rank word, the gates
/// that keep this scan off most stories.
pub(super) fn numbered_clubs(text: &str) -> Vec<NumberedClub> {
    let industry = mentions_industry(text);
    let ranked = mentions_rank(text);
    industry
        .then(|| CLUB_WORDS.captures_iter(text))
        .into_iter()
        .flatten()
        .chain(
            ranked
                .then(|| CLUB_RANKED.captures_iter(text))
                .into_iter()
                .flatten(),
        )
        .filter_map(|caps| {
            let all = caps.get(0)?;
            let id = club_id(caps.get(1)?.as_str())?;
            Some((all.range(), id))
        })
        .collect()
}

/// Adds the club named by each paraphrase of the document's text (its
/// [`numbered_clubs`]) to `actors` (kept sorted by position), unless
/// another actor covers it.
pub(super) fn paraphrased(ctx: &DocContext, numbered: &[NumberedClub], actors: &mut Vec<ActorRef>) {
    let text = ctx.doc.text.as_str();
    let mut added = false;
    for (all, id) in numbered.iter().cloned() {
        let Some(club) = ctx.kb.actor(id) else {
            continue;
        };
        if actors
            .iter()
            .any(|a| a.start < all.end && all.start < a.end)
        {
            continue;
        }
        if text
            .get(all.start.saturating_sub(40)..all.start)
            .is_some_and(|before| ACCORD_OF.is_match(before) || SUMMIT_OF.is_match(before))
        {
            continue;
        }
        if text
            .get(all.end..)
            .is_some_and(|after| MEMBERS_AFTER.is_match(after))
        {
            continue;
        }
        let start = text
            .get(all.start.saturating_sub(80)..all.start)
            .and_then(|before| {
                ITS_PEOPLE
                    .find(before)
                    .map(|m| all.start - before.len() + m.start())
            })
            .unwrap_or(all.start);
        actors.push(ActorRef::of(club, start, all.end));
        added = true;
    }
    if added {
        actors.sort_by_key(|a| (a.start, a.end));
    }
}

/// A club's act told with its parties after "by", right before the club:
/// "the February 22 Paris accord by", "an agreement reached last month in
/// Paris by", "the reaffirmation of the Paris accord on currency stability
/// by", "the accords were reaffirmed by", "the accord, which was signed
/// by". The act word is group `act`; only a form of "be", "since", a
/// participle of making the act and times or places may stand between it
/// and "by" ("the threat of intervention by the G-5" is no act).
static ACT_BY: LazyLock<Re> = regex!(
    r"(?i)\b(?P<act>reaffirm(?:ation|ed)|agreements?|accords?|pacts?)(?:\s+of\s+the\s+(?:[\w.-]+\s+){0,4}?(?:accord|agreement|pact)s?(?:\s+on\s+(?:[a-z-]+\s+){0,3}?[a-z-]+)?)?(?:\s*,?\s+which)?(?:\s+(?:was|were|is|are|has|have|had)(?:\s+been)?)?(?:\s+(?:since|later|again|then|first))?(?:\s+(?:reached|agreed|signed|struck|reaffirmed|concluded|worked\s+out|hammered\s+out))?(?:\s+(?:last\s+(?:week|month|year|\w+day)|this\s+(?:week|month|year)|yesterday|today|recently|here|(?:on|in)\s+[A-Z][\w.]*(?:\s+\d{1,2})?)){0,3}\s+by\s+(?:the\s+)?$"
);

/// The noun phrase before an act word: its determiner (or a time's
/// possessive) and up to four words ("the February 22 Paris", "last
/// month's Paris currency stability"), where the act's own date stands.
static ACT_DETERMINER: LazyLock<Re> = regex!(
    r"(?i)(?:\b(?:the|a|an)\s+|\b(?:last|this)\s+(?:week|month|year)['’]s\s+)(?:[\w.-]+\s+){0,4}$"
);

/// Where the words after an act's parties stop being the act's: a clause
/// boundary, a verb or "to".
static ACT_TAIL_END: LazyLock<Re> = regex!(
    r"(?i)[,;:(]|\b(?:to|that|which|who|and|but|would|will|could|should|has|had|have|was|were|is|are|set|sets|included|includes|said|says)\b"
);

/// "plus Canada", "and Canada" after the club: a state the act's parties
/// add ("the Group of Five countries plus Canada").
static PLUS_STATE: LazyLock<Re> = regex!(r"(?i)^\s+(?:countries\s+|nations\s+)?(?:plus|and)\s+$");

/// "here" in an act's words: the story's own city.
static HERE: LazyLock<Re> = regex!(r"(?i)\bhere\b");

/// A cheap test before the act's pattern: an act word is in the text.
fn mentions_act(text: &str) -> bool {
    ["ccord", "greement", "pact", "eaffirm"]
        .iter()
        .any(|w| text.contains(w))
}

/// A club's decision dated by its own words is a sitting of the club
/// (round 16): "the February 22 Paris accord by the Group of Five countries
/// plus Canada", "the agreement reached last month in Paris by six major
/// industrial nations", "the reaffirmation of the Paris accord ... by the
/// Group of Seven ... yesterday", "the accord reached by OPEC ministers in
/// Vienna Saturday". The parties follow "by" at once: a club the tables
/// know or a number of industrial nations ([`CLUB_WORDS`],
/// [`CLUB_RANKED`]), with the states it adds. The act must carry a date in
/// its own phrase (the noun phrase before the act word, the words up to
/// "by", or those after the parties before a verb or a clause boundary):
/// "the Paris accord" alone, or "the Louvre agreement by the Group of
/// Seven", makes no meeting. The meeting took place (the act is told as
/// done) and is held at a city of the phrase: the one before an accord's
/// noun ("the Paris accord"), or one after the act word, never inside a
/// reaffirmed accord's name ("the reaffirmation of the Paris accord ...
/// yesterday" is not in Paris).
pub(super) fn acts(
    ctx: &DocContext,
    numbered: &[NumberedClub],
    actors: &[ActorRef],
    places: &args::StoryPlaces,
    drafts: &mut Vec<Draft>,
) {
    let text = ctx.doc.text.as_str();
    if !mentions_act(text) || !text.contains("by") {
        return;
    }
    // the parties' phrases: a club actor, or a number of nations
    let mut parties: Vec<(usize, usize, &str)> = actors
        .iter()
        .filter_map(|a| {
            let id = a.id.as_deref().filter(|id| ctx.kb.is_club(id))?;
            Some((a.start, a.end, id))
        })
        .collect();
    for (all, id) in numbered.iter().cloned() {
        if !parties.iter().any(|p| p.0 < all.end && all.start < p.1) {
            parties.push((all.start, all.end, id));
        }
    }
    parties.sort_unstable();
    for (si, s) in ctx.sentences.iter().enumerate() {
        let Some(stext) = text.get(s.start..s.end) else {
            continue;
        };
        if !mentions_act(stext) {
            continue;
        }
        for &(ps, pe, id) in parties.iter().filter(|p| p.0 >= s.start && p.1 <= s.end) {
            let from = ps.saturating_sub(200).max(s.start);
            let Some(before) = text.get(from..ps) else {
                continue;
            };
            let before = before.replace(['\n', '\r', '\t'], " ");
            let Some(c) = ACT_BY.captures(&before) else {
                continue;
            };
            let Some(act) = c.name("act") else {
                continue;
            };
            let (ts, te) = (from + act.start(), from + act.end());
            let Some(club) = ctx.kb.actor(id) else {
                continue;
            };
            let mut sides = vec![ActorRef::of(club, ps, pe)];
            // "the Group of Five countries plus Canada"
            let mut end = pe;
            if let Some(e) = ctx.entities.iter().find(|e| {
                e.start > pe
                    && e.end <= s.end
                    && text
                        .get(pe..e.start)
                        .is_some_and(|g| PLUS_STATE.is_match(g))
            }) {
                if let Some(code) = state_of(e) {
                    sides.push(state_actor(ctx.kb, e, code));
                    end = e.end;
                }
            }
            // the act's own words: its noun phrase, the words up to "by",
            // and those after the parties up to a verb or a boundary
            let np_start = text
                .get(ts.saturating_sub(60).max(s.start)..ts)
                .and_then(|b| ACT_DETERMINER.find(b).map(|m| ts - b.len() + m.start()))
                .unwrap_or(ts);
            let tail = text.get(end..s.end.min(end + 60)).unwrap_or("");
            let tail_end = end + ACT_TAIL_END.find(tail).map_or(tail.len(), |m| m.start());
            let t = Trigger {
                event_type: EventType::Meeting,
                frame: Frame::Meet,
                rule: "meeting.club_act",
                start: ts - s.start,
                end: te - s.start,
                confidence: 0.6,
                noun: true,
                refers_back: false,
            };
            let dates = args::dates_near(text, ctx.timexes, np_start, tail_end, ts, te, &[]);
            if dates.is_empty() {
                continue;
            }
            // a reaffirmed accord's place is the accord's, not the act's
            let reaffirmation = act.as_str().to_ascii_lowercase().starts_with("reaffirm");
            let place_from = if reaffirmation { pe } else { np_start };
            let place = places
                .iter()
                .find(|p| {
                    p.start >= place_from
                        && p.end <= tail_end
                        && (p.end <= ts || p.start >= te)
                        // (a state among the parties is no place)
                        && (p.end <= ps || p.start >= end)
                })
                .cloned()
                .or_else(|| {
                    // "the accord here by", or an act of the report's day or
                    // the day before told from a dateline: the story's city
                    let words = text.get(np_start..tail_end).unwrap_or("");
                    let said_here = HERE.is_match(words);
                    let recent = ctx.dct.is_some_and(|r| {
                        dates.iter().any(|(x, _)| {
                            x.precision == crate::time::Precision::Day
                                && x.start >= r - chrono::Duration::days(1)
                                && x.end <= r
                        })
                    });
                    // (a recent act's dateline is a member's city)
                    let member = |p: &PlaceRef| {
                        let on = dates.first().map(|(x, _)| x.start);
                        p.country.as_deref().is_some_and(|c| {
                            on.is_some_and(|on| {
                                ctx.kb
                                    .memberships()
                                    .members_on(&club.id, on)
                                    .any(|m| m == c)
                            })
                        })
                    };
                    places
                        .dateline()
                        .cloned()
                        .filter(|p| said_here || (recent && member(p)))
                });
            let d = Draft {
                sides,
                place,
                ..Draft::fired(si, *s, stext, &t, (Status::Occurred, true))
            };
            push_dated(ctx, stext, &t, &dates, vec![d], drafts);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{a_side_with, mentions, sides_by};
    use super::super::EventType;
    use super::*;

    /// The meetings of one invented story: (sides by name, start day, place id).
    fn sittings(text: &str, dct: &str) -> Vec<(Vec<String>, String, String)> {
        mentions(text, dct)
            .iter()
            .filter(|m| m.event_type == EventType::Meeting && !m.derived)
            .map(|m| {
                let sides = sides_by(std::slice::from_ref(m), EventType::Meeting, |p| {
                    Some(p.name.clone())
                });
                (
                    sides.into_iter().next().unwrap_or_default(),
                    m.dates.map(|d| d.start.to_string()).unwrap_or_default(),
                    m.place_id.clone().unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn a_clubs_act_dated_by_its_own_words_is_its_sitting() {
        // the accord's day and city before its noun, the parties after "by"
        let m = sittings(
            "BONN, March 20 - Stoltenberg said the bank acted in the spirit of the March 2 \
             Rome accord by the Group of Seven to hold currencies steady.",
            "1987-03-20",
        );
        assert_eq!(m.len(), 1, "{m:?}");
        let (sides, start, place) = &m[0];
        assert!(a_side_with(std::slice::from_ref(sides), &["G7"]), "{m:?}");
        assert_eq!((start.as_str(), place.as_str()), ("1987-03-02", "rome"));
        // a reaffirmation: not held where the reaffirmed accord was made;
        // of the day before, told from a member's city, held there
        let m = sittings(
            "WASHINGTON, May 7 - Bankers welcomed the reaffirmation of the Rome accord by \
             the Group of Seven yesterday.",
            "1987-05-07",
        );
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].1, "1987-05-06", "{m:?}");
        assert_eq!(m[0].2, "washington", "{m:?}");
        // "here": the dateline's city, never a state among the parties
        let m = sittings(
            "PARIS, March 9 - Dealers cited the March 2 accord here by the Group of Five \
             and Canada.",
            "1987-03-09",
        );
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].2, "paris", "{m:?}");
        // a number of industrial nations after "agreement reached ... by"
        let m = sittings(
            "TOKYO, April 2 - Sumita cited the agreement reached last month in Rome by six \
             major industrial nations.",
            "1987-04-02",
        );
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(a_side_with(std::slice::from_ref(&m[0].0), &["G6"]), "{m:?}");
    }

    #[test]
    fn an_accord_without_its_own_date_or_parties_is_no_sitting() {
        // no date in the act's words
        assert!(sittings(
            "LONDON, May 7 - Dealers said the Rome accord by the Group of Seven still held.",
            "1987-05-07",
        )
        .is_empty());
        // "by" the club is another act's ("intervention by")
        assert!(sittings(
            "LONDON, May 7 - Dealers respected the Rome accord and the threat of intervention \
             by the Group of Seven yesterday.",
            "1987-05-07",
        )
        .is_empty());
    }

    /// The clubs the document's one scan ([`numbered_clubs`]) names.
    fn clubs(s: &str) -> Vec<&'static str> {
        numbered_clubs(s).into_iter().map(|(_, id)| id).collect()
    }

    #[test]
    fn one_scan_finds_each_number_phrase_with_its_span() {
        // the list both passes read: each phrase once, with its words
        let text = "Envoys of six major industrial countries met, but the seven leading \
                    economic powers sent no one.";
        let found: Vec<(&str, &str)> = numbered_clubs(text)
            .into_iter()
            .map(|(span, id)| (&text[span], id))
            .collect();
        assert_eq!(
            found,
            [
                ("six major industrial countries", "g6"),
                ("seven leading economic powers", "g7")
            ]
        );
        // no industry or rank word: no pattern runs
        assert!(numbered_clubs("six nations met seven others").is_empty());
    }

    #[test]
    fn a_number_of_industrial_nations_is_a_club() {
        assert_eq!(
            clubs("a meeting of the top seven industrialized nations"),
            ["g7"]
        );
        assert_eq!(clubs("the six major industrial countries"), ["g6"]);
        assert_eq!(
            clubs("the five leading western industrialised democracies"),
            ["g5"]
        );
    }

    #[test]
    fn industrial_nations_without_a_number_are_no_club() {
        assert!(clubs("intervention by the major industrial nations").is_empty());
        assert!(clubs("seven industrial companies reported losses").is_empty());
        assert!(clubs("the seven major oil producers").is_empty());
    }

    #[test]
    fn a_number_of_major_nations_is_a_club() {
        assert_eq!(
            clubs("talks among the world's seven major economic powers in Rome"),
            ["g7"]
        );
        assert_eq!(clubs("the rates set by six major nations"), ["g6"]);
        assert_eq!(clubs("a summit of seven leading western nations"), ["g7"]);
        assert!(named_by_number("when the five leading countries meet"));
    }

    #[test]
    fn a_number_of_nations_without_a_rank_is_no_club() {
        assert!(clubs("the six nations of the Gulf council").is_empty());
        assert!(clubs("feedlots in the seven major states").is_empty());
        assert!(clubs("plants in seven western states").is_empty());
    }
}

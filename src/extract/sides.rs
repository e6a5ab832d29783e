//! The sides of wire-story events: who meets when no person is named with a
//! verb. Wire copy tells most talks as nouns whose sides are groups,
//! organisations, states named by a phrase, or people named by a title the
//! knowledge base does not know. The rules here find those sides; the rest
//! of the extractor (status, place, dates, merging) treats the drafts they
//! make or complete like any other.
//!
//! Actors added before the sentence rules run:
//! - [`titled_people`]: a person named after a lower-case title of an
//!   institution ("Tokyo stock exchange head Michio Takeuchi");
//! - [`office_lists`]: "the Foreign Ministers of Australia, Japan and New
//!   Zealand" are the office holders of each state on the document's date.
//!
//! In the sentence rules, [`join`] keeps both sides of talks "with" an
//! organisation ("Smith flies to Brussels for talks with EC officials": Smith
//! and the EC), where people used to shadow every other side.
//!
//! [`fill`], a pass over the sentence drafts before the document passes:
//! - a club of states meeting as itself ("today's meeting of the Group of
//!   Five finance ministers", "a G-7 session", "OPEC ministers will meet
//!   here", "the four Quad leaders would instead meet in Hiroshima": an
//!   adverb may stand before the verb, round 16) is a meeting with the
//!   club as its one side, unless denied ("no
//!   need for an emergency OPEC meeting"), a committee's, a leaders' summit,
//!   or a story that names the ministers meeting; the club's ministers may
//!   stand apart from the noun as the subject of their clause ("EC farm
//!   ministers backed the plan at a meeting in Luxembourg", "... ended a
//!   three-day session", "... abandoned talks": [`CLUB_PEOPLE_AT`], round
//!   15), unless a telling stands between; a speaker who "told a
//!   conference of ASEAN ministers" takes part; the next side-less "the
//!   meeting" within two sentences is the club's; "OPEC ministers will
//!   meet here" is at the dateline (`+here`), and "EC industry ministers
//!   meeting here considered" told as occurred with no day of its own is
//!   the story's sitting, on the report day (round 16);
//! - a club's leaders' sitting is the club's meeting in person (round 17:
//!   it was left to the summit's members, which modern copy rarely lists):
//!   "a meeting of Quad leaders", "the first summit of Quad leaders", "NATO
//!   leaders met", "NATO leaders are gathering" (under way: the report's
//!   day); not when a call trigger covers its noun, "joined a virtual G7
//!   leaders' meeting" (the group passes read those; round 18: the
//!   triggers' call words, no list of the sitting's own); held
//!   where a trip goes for it ("on to Sydney for a meeting of Quad leaders",
//!   "travel to Bangkok, Thailand to attend the ... APEC Leaders Meeting");
//!   kept in a story that names ministers meeting (`meeting.club.leaders`);
//!   so is a club's sitting a trip goes to ("both leaders will be in London
//!   for NATO's anniversary meeting", the club as a possessor; round 18),
//!   held where the trip goes, no anaphor of the story's meeting, and no
//!   meeting of the travellers on its noun;
//!   no antecedent of a later "the meeting" when told as a summit, and "the
//!   two-day summit" in its own sentence is the same sitting told again;
//! - "officials of the two countries", "both countries ... their talks":
//!   the two states the story names most; "U.S.-Japanese talks": the two
//!   states joined by the hyphen, "the U.S./Soviet summit": two states or
//!   two people joined by a slash; "American and Soviet arms negotiators
//!   will resume talks": two states' teams joined by "and" as the subject
//!   (round 15; not "normally meet"); "talks between a Soviet delegation headed
//!   by X and Japanese officials", "talks with the president of the Peruvian
//!   central bank": the officials' state;
//! - "After talks with South Korean leaders, Baldrige called ...",
//!   "Speaking to reporters after talks with Suharto, he said"
//!   ([`fronted_subject`]): the subject of the clause after a fronted
//!   meeting phrase is the meeting's other side; "In separate talks with
//!   Miyazawa, the U.S. group urged": "in"/"during" open such a phrase
//!   too, and a state's team right after its comma is the side
//!   ([`fronted_team`], round 14);
//! - the states of a summit that are all of a club's members are the club
//!   too, and "the summit" takes the city of "the Venice summit" before it;
//!   a club side counts its members there ([`members_named`], round 15:
//!   "the Group of Five and Canada" are the six of 1987's G-6);
//! - calls and meetings of a group ([`group_sides`]): "convened a call with
//!   G7 leaders", "a virtual leaders' meeting of the G7", "the G7 virtual
//!   leaders' meeting", "met with the leaders of the G7": the club joins the
//!   sides (a call of the club alone is `call.club`, kept like its
//!   meeting); a group the tables do not know is named by its capitalised
//!   words ending in a group noun ("the Ukraine Defense Contact Group",
//!   "the Bucharest Nine"); "a call with Allies" in a White House
//!   statement is NATO's;
//! - "an accord signed here by X and senior French officials": signing in
//!   person is a meeting of the signatories; "a British delegation has just
//!   left Riyadh after holding talks": a visit and a meeting;
//! - places: a state's talks with an organisation told from that state, and
//!   "talks here", are at the dateline's city, as is "a visit to the World
//!   Bank" (not "a visit to World Bank-funded projects": the body only
//!   qualifies what was visited); an organisation qualifying a thing ("Article 23 of the GATT") is
//!   no side; "said in Caracas" is a visit only of a known foreign official.
//!
//! A state's team named by no person before a trigger ([`team_before`]) is
//! the state's side: a meeting's subject ("the U.S. delegation held talks
//! with Miyazawa") or a travelling delegation ("a French government team has
//! arrived"); one scan back, the gap's reading its argument ([`TeamGap`]).
//! A guest's team ([`TeamGap::Guest`]) is such a delegation or else a team
//! named by its state's institution ("A Pentagon team ... will follow up
//! with a one-week visit", [`institution_team`], round 15): that state's
//! guest; the institutions are a small table written here. One entry point
//! for every state's team before a trigger (round 16).
//!
//! After the fill pass, checks of who is a side: a state guest must name a
//! mover ([`movers`]); a speaker answering a question ("Asked whether X
//! would meet Y, spokeswoman Z said ...") is no side of the question's
//! event, and an answer that denies it ("said no such meeting was
//! planned") leaves no event ([`askers`], round 16); a speaker closing or
//! opening a sentence reports others' meeting ([`speakers`], [`openers`]); a domestic audience, a
//! boycotter, a topic ([`topics`]: "the Iraq issue"; the pair a relation
//! joins, "to discuss tension between members Greece and Turkey", round
//! 15), a body whose own meeting is another ([`own_meetings`],
//! [`framing_meetings`]: "just before the IMF interim committee meeting") and a forum's members at its meeting
//! ([`forum_members`]: "this week's IMF meetings ... the U.S. had an open
//! mind") are no sides; a meeting business people hold ("U.S. and EC
//! business leaders met", "a U.S.-Soviet business meeting") is no event
//! ([`business_meetings`]); company people unknown to the tables ("GM chairman
//! Roger Smith", "its chairman Richard Ferris") are no sides or guests
//! ([`corporate`]).
//!
//! ```text
//! "PARIS, March 27 - The loan was signed here yesterday by Nigerian Finance
//!  Minister Chu Okongwu and senior French Treasury officials."
//!  -> meeting (meeting.signed_by)  Chu Okongwu, France; Paris; 1987-03-26; occurred
//! ```

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::re::Re;

use super::args::{self, ActorRef, PlaceRef};
use super::triggers::{Frame, Trigger};
use super::{push_dated, state_of, status, DocContext, Draft, EventType, Status};
use crate::kb::{ActorKind, Entity, EntityMention, Kb, PlaceKind};

/// "After talks with South Korean leaders, Baldrige called ...",
/// "Speaking to reporters after talks with President Suharto, he said",
/// "In a press conference after his meeting with X, Y said": the words
/// before a meeting noun that opens the sentence (a participle of speech
/// or a press conference at most, then "after/following"); "In separate
/// talks with Finance Minister Miyazawa, the U.S. group urged ...": "in" or
/// "during" and at most two determiners or modifiers (round 14).
static FRONTED_LEAD: LazyLock<Re> = regex!(
    r"^\s*(?:[A-Z][A-Z .,'-]*,\s+[A-Za-z]+\.?\s+\d{1,2}\s+-\s+)?(?i:(?:(?:speaking|talking)(?:\s+to\s+(?:reporters|journalists|the\s+press))?\s+|(?:in|at)\s+(?:a|an|the)\s+(?:press|news)\s+(?:conference|briefing)\s+)?(?:after|following)\s+(?:(?:a|an|the|his|her|their|two|three|four|several)\s+)?(?:[\w-]+\s+){0,2}?(?:days?\s+of\s+)?|(?:in|during)\s+(?:(?:a|an|the|his|her|their|separate|further|fresh|private|earlier|bilateral|two|three|several)\s+){0,2})$"
);

/// "the U.S. group", "a Soviet delegation", "U.S. lawmakers": the people
/// a state's name or adjective opens, when no person is named (the words
/// right after the state; round 14).
static TEAM_AFTER: LazyLock<Re> = regex!(
    r"^\s+(?:[A-Za-z-]+\s+){0,2}?(?i:delegation|team|group|side|mission|negotiators|lawmakers|legislators|congressmen|senators)s?\b"
);

/// From the comma closing the fronted phrase to the subject: titles
/// (capitalised words, "of") only.
static TITLES_ONLY: LazyLock<Re> = regex!(r"^,\s+(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,6}$");

/// A subject pronoun right after the fronted phrase's comma.
static PRONOUN_AFTER: LazyLock<Re> = regex!(r"^,\s+(?:he|she)\b");

/// The other side of a meeting noun in a phrase opening the sentence.
pub(super) enum Fronted {
    /// The clause's subject is named ("..., Commerce Secretary Malcolm Baldrige called").
    Named(ActorRef),
    /// The clause's subject is "he"/"she" at this byte (the caller resolves it).
    Pronoun(usize),
}

/// The subject of the clause after a fronted meeting phrase ("After talks
/// with X, Y said": Y met X). Only for a meeting noun whose lead is the
/// opening phrase ([`FRONTED_LEAD`]); the phrase ends at its first comma
/// (within 160 bytes, no clause break), and the subject stands right after
/// it (titles only between), or is a subject pronoun.
pub(super) fn fronted_subject(
    text: &str,
    actors: &[ActorRef],
    s_start: usize,
    ts: usize,
    te: usize,
    s_end: usize,
) -> Option<Fronted> {
    let comma = fronted_comma(text, s_start, ts, te, s_end)?;
    if PRONOUN_AFTER.is_match(text.get(comma..s_end)?) {
        return Some(Fronted::Pronoun(comma + 2));
    }
    actors
        .iter()
        .find(|a| a.start > comma && a.start <= comma + 80)
        .filter(|a| a.kind == ActorKind::Person)
        .filter(|a| {
            text.get(comma..a.start)
                .is_some_and(|g| TITLES_ONLY.is_match(g))
        })
        .map(|a| Fronted::Named(a.clone()))
}

/// The comma closing a fronted meeting phrase ([`FRONTED_LEAD`]; within
/// 160 bytes of the noun, no clause break before it).
fn fronted_comma(text: &str, s_start: usize, ts: usize, te: usize, s_end: usize) -> Option<usize> {
    if !FRONTED_LEAD.is_match(text.get(s_start..ts)?) {
        return None;
    }
    let rest = text.get(te..s_end.min(te + 160))?;
    let comma = te + rest.find(',')?;
    if text.get(te..comma)?.contains([';', '"', '(']) {
        return None;
    }
    Some(comma)
}

/// Whether a state's mention opens the people of a team ([`TEAM_AFTER`]:
/// "the U.S. delegation", "U.S. lawmakers").
pub(super) fn opens_team(text: &str, end: usize) -> bool {
    text.get(end..)
        .and_then(|r| r.get(..r.len().min(60)).or(Some(r)))
        .is_some_and(|r| TEAM_AFTER.is_match(r))
}

/// How the words from a state's mention to a trigger read when the state's
/// team, named by no person, is the trigger's side ([`team_before`]).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TeamGap {
    /// A meeting's subject: "the U.S. delegation held talks with X", "U.S.
    /// lawmakers met Nakasone". The entity nearest the trigger is the state,
    /// a team word follows it ([`opens_team`]), its clause runs on to the
    /// trigger (no stop, comma, semicolon or quote; 80 bytes at most), and no
    /// other state is joined before it ("American and Soviet arms
    /// negotiators" are two teams).
    Clause,
    /// A travelling delegation: "a French government team has arrived", "a
    /// Soviet delegation led by X will visit". The latest state whose
    /// lower-case words before "team", "delegation" or "mission" follow it,
    /// with at most 60 bytes of the same sentence on to the trigger
    /// ([`DELEGATION`]).
    Delegation,
    /// A guest named by no person: a travelling delegation as in
    /// [`TeamGap::Delegation`], or else a team named by its state's
    /// institution ("A Pentagon team of about ten experts will follow up
    /// with a one-week visit": [`INSTITUTIONS`], round 15), the institution
    /// in the trigger's clause (60 bytes at most from the team noun).
    Guest,
}

/// From a state to the trigger of its delegation's visit: at most three
/// lower-case words, the team noun, and the rest of the clause.
static DELEGATION: LazyLock<Re> =
    regex!(r"(?i)^\s*(?:[a-z-]+\s+){0,3}(?:team|delegation|mission)s?\b[^.;]{0,60}$");

/// A state's name or adjective joined to another before a team ("American
/// and Soviet", "U.S., "): the words right before the state.
static JOINED_BEFORE: LazyLock<Re> = regex!(r"(?i)\b(?:and|or)\s+$|,\s*$");

/// The state whose team is named before a trigger, between `floor` and the
/// trigger's start `ts`, read as `gap` says ([`TeamGap`]): a meeting's
/// subject team ("the U.S. delegation met") or a travelling delegation ("a
/// French government team has arrived"). One scan back for both (round 15).
pub(super) fn team_before(
    ctx: &DocContext,
    floor: usize,
    ts: usize,
    gap: TeamGap,
) -> Option<ActorRef> {
    let text = ctx.doc.text.as_str();
    let fits = |e: &EntityMention| -> Option<ActorRef> {
        let code = state_of(e)?;
        let between = text.get(e.end..ts)?;
        let ok = match gap {
            TeamGap::Clause => {
                let lead = text
                    .get(floor.max(e.start.saturating_sub(6))..e.start)
                    .unwrap_or("");
                between.len() <= 80
                    && !between.contains(['.', ';', '"', ','])
                    && !JOINED_BEFORE.is_match(lead)
                    && opens_team(text, e.end)
            }
            TeamGap::Delegation | TeamGap::Guest => DELEGATION.is_match(between),
        };
        ok.then(|| super::state_actor(ctx.kb, e, code))
    };
    let mut before = ctx
        .entities
        .iter()
        .rev()
        .filter(|e| e.start >= floor && e.end <= ts);
    match gap {
        TeamGap::Clause => before.next().and_then(fits),
        TeamGap::Delegation => before.find_map(fits),
        TeamGap::Guest => before
            .find_map(fits)
            .or_else(|| institution_team(ctx, floor, ts)),
    }
}

/// "In separate talks with Finance Minister Miyazawa, the U.S. group also
/// urged ...": the state whose team is the subject right after a fronted
/// meeting phrase (no person named there; round 14).
pub(super) fn fronted_team(
    ctx: &DocContext,
    s_start: usize,
    ts: usize,
    te: usize,
    s_end: usize,
) -> Option<ActorRef> {
    let text = ctx.doc.text.as_str();
    let comma = fronted_comma(text, s_start, ts, te, s_end)?;
    let e = ctx
        .entities
        .iter()
        .find(|e| e.start > comma && e.start <= comma + 12)?;
    let code = match &e.entity {
        Entity::Adjective { code } | Entity::Country { code } => code,
        _ => return None,
    };
    let gap = text.get(comma..e.start)?;
    (TEAM_GAP.is_match(gap) && opens_team(text, e.end)).then(|| super::state_actor(ctx.kb, e, code))
}

/// From a fronted phrase's comma to the team's state: "the" or "a" at most.
static TEAM_GAP: LazyLock<Re> = regex!(r"^,\s+(?:(?i:the|a|an)\s+)?$");

/// Keeps both sides of talks "with" an organisation: people shadow the
/// states and organisations of their own side, not an organisation across
/// the table ("Smith flies to Brussels for talks with EC officials"). A
/// state across the table stays shadowed: its people are usually named too.
pub(super) fn join(
    text: &str,
    te: usize,
    left: Vec<ActorRef>,
    right: Vec<ActorRef>,
) -> Vec<ActorRef> {
    let people = |g: &[ActorRef]| g.iter().any(|a| a.kind == ActorKind::Person);
    let orgs =
        |g: &[ActorRef]| !g.is_empty() && g.iter().all(|a| a.kind == ActorKind::Organization);
    // "talks with senior EC officials", never "met with strong objections
    // from EC heads"
    let with = right
        .first()
        .is_some_and(|r| text.get(te..r.start).is_some_and(|g| ACROSS.is_match(g)));
    let across = with && ((people(&left) && orgs(&right)) || (orgs(&left) && people(&right)));
    let mut sides = left;
    sides.extend(right);
    if across {
        args::dedup(sides)
    } else {
        args::dedup(args::prefer_people(sides))
    }
}

static ACROSS: LazyLock<Re> = regex!(
    r"^\s*(?:with|between)\s+(?:(?:the|a|an|senior|top|high-level|visiting|officials|representatives|delegates|a delegation|a mission|a team|of|from)\s+)*$"
);

/// Whether an actor is a club of states that meets as itself (the G-7;
/// `organizations.tsv`, column `club`).
pub(super) fn is_club(kb: &Kb, a: &ActorRef) -> bool {
    a.id.as_deref().is_some_and(|id| kb.is_club(id))
}

/// The member states a meeting's sides name on `on`: its state sides, and
/// the members of each club side ("the Group of Five and Canada" are the
/// five and Canada, the six of 1987's G-6). A club with no member rows adds
/// none, nor does a member that is no state (the EC at the G-7); with a
/// club side the codes are sorted and each is named once, without one they
/// are the state sides as named.
fn members_named<'k>(kb: &'k Kb, d: &'k Draft, on: chrono::NaiveDate) -> Vec<&'k str> {
    let mut codes = d.state_codes();
    let clubs: Vec<&str> = d
        .sides
        .iter()
        .filter_map(|s| s.id.as_deref())
        .filter(|id| kb.is_club(id))
        .collect();
    if clubs.is_empty() {
        return codes;
    }
    for id in clubs {
        let members = kb.memberships().members_on(id, on);
        codes.extend(members.filter(|m| kb.country(m).is_some()));
    }
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// A meeting whose one side is a club of states ("the G-5 session").
pub(super) fn one_club(kb: &Kb, d: &Draft) -> bool {
    d.event_type != EventType::Visit
        && d.rule.contains("club")
        && d.sides.len() == 1
        && d.sides.iter().all(|a| {
            is_club(kb, a)
                // a group the tables do not know ("the Contact Group")
                || (a.id.is_none() && a.kind == ActorKind::Organization)
        })
}

static TITLED: LazyLock<Re> = regex!(
    r"(?:\b(?:exchange|bank|fund|commission|agency|authority|council|committee|organi[sz]ation|ministry|federation|association|party|institute|office|delegation|mission|team|union|board|front|movement|congress|parliament|assembly)|\([A-Z]{2,6}\))\s+(?:head|chief|chairman|president|governor|director|director-general|secretary-general|leader|commissioner|spokesman)\s+((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
);

/// "Tokyo stock exchange (TSE) head Michio Takeuchi": a person named after a
/// lower-case title of an institution, unknown to the tables, is an actor.
pub(super) fn titled_people(text: &str, actors: &mut Vec<ActorRef>) {
    let mut added = vec![];
    for c in TITLED.captures_iter(text) {
        let Some(name) = c.get(1) else { continue };
        let (start, end) = (name.start(), name.end());
        if actors.iter().any(|a| a.start < end && start < a.end) {
            continue;
        }
        added.push(ActorRef {
            start,
            end,
            id: None,
            name: name
                .as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            kind: ActorKind::Person,
            country: None,
        });
    }
    if !added.is_empty() {
        actors.extend(added);
        actors.sort_by_key(|a| (a.start, a.end));
    }
}

static OFFICE_LIST: LazyLock<Re> = regex!(
    r"\b(?P<office>Foreign|Finance|Defen[cs]e|Trade|Economy|Agriculture|Energy|Oil|Prime) Ministers of (?P<list>(?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*(?:,? (?:and )?(?:the )?[A-Z][\w.'-]*(?: (?:of )?[A-Z][\w.'-]*)*)+)"
);

/// A list of nationalities before a plural title: "U.S., Japanese and
/// Canadian trade ministers" (three or more, or two joined by "and").
static NATIONALITY_LIST: LazyLock<Re> = regex!(
    r"\b(?P<list>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)*,? and [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?) (?P<office>[Ff]oreign|[Ff]inance|[Dd]efen[cs]e|[Tt]rade|[Ee]conomy|[Aa]griculture|[Ee]nergy|[Oo]il) [Mm]inisters\b"
);

/// "the Foreign Ministers of Australia, Japan, New Zealand and Korea" or
/// "U.S., Japanese and Canadian trade ministers": the
/// office holders of each state on the document's date are actors (at the
/// state's name), so that every side of a multi-state list is kept.
pub(super) fn office_lists(ctx: &DocContext, actors: &mut Vec<ActorRef>) {
    let text = ctx.doc.text.as_str();
    let Some(date) = ctx.dct else { return };
    let mut added = vec![];
    let lists = OFFICE_LIST
        .captures_iter(text)
        .chain(NATIONALITY_LIST.captures_iter(text));
    for c in lists {
        let (Some(office), Some(list)) = (c.name("office"), c.name("list")) else {
            continue;
        };
        let office = match office.as_str().to_lowercase().as_str() {
            "foreign" => "foreign_minister",
            "finance" => "finance_minister",
            "defence" | "defense" => "defense_minister",
            "trade" => "trade_minister",
            "economy" => "economy_minister",
            "agriculture" => "agriculture_minister",
            "energy" | "oil" => "energy_minister",
            _ => "prime_minister",
        };
        let mut at = list.start();
        for item in list.as_str().split([',']).flat_map(|p| p.split(" and ")) {
            let Some(off) = text.get(at..list.end()).and_then(|r| r.find(item)) else {
                continue;
            };
            let (start, end) = (at + off, at + off + item.len());
            at = end;
            let name = item
                .trim()
                .trim_start_matches("and ")
                .trim_start_matches("the ");
            let code = ctx
                .entities
                .iter()
                .filter(|e| e.start < end && start < e.end)
                .find_map(|e| state_of(e).map(str::to_string))
                .or_else(|| {
                    ctx.kb
                        .countries()
                        .iter()
                        .find(|c| c.name.eq_ignore_ascii_case(name))
                        .map(|c| c.code3.clone())
                });
            let Some(code) = code else { continue };
            // the U.S. trade minister is the Trade Representative
            let holder = ctx
                .kb
                .holders(office, &code, date)
                .into_iter()
                .chain(if office == "trade_minister" {
                    ctx.kb.holders("trade_representative", &code, date)
                } else {
                    vec![]
                })
                .find_map(|t| ctx.kb.actor(&t.actor_id));
            let Some(h) = holder else { continue };
            if actors
                .iter()
                .any(|a| a.key() == h.id && a.start < end && start < a.end)
            {
                continue;
            }
            let (s2, e2) = (start + (item.len() - item.trim_start().len()), end);
            added.push(ActorRef::of(h, s2, e2));
        }
    }
    if !added.is_empty() {
        // the state named is the holder's country, not a side of its own
        actors.retain(|a| {
            a.kind != ActorKind::State || !added.iter().any(|h| a.start < h.end && h.start < a.end)
        });
        actors.extend(added);
        actors.sort_by_key(|a| (a.start, a.end));
    }
}

const NOUN: &str = r"(?:meeting|meetings|session|sessions|summit|conference|talks|gathering)";

/// A club's own sitting: not its summit, which news names for the leaders
/// who attend it (the summit of the seven is found by its members).
const CLUB_NOUN_WORDS: &str = r"(?:meeting|meetings|session|sessions|conference|talks|gathering)";

/// "meeting of (the) Group of Five ...": the noun before the club.
static OF_CLUB: LazyLock<Re> = regex!(format!(
    r"(?i)\b({CLUB_NOUN_WORDS})\s+of\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}$"
));

/// "G-7 (finance ministers') meeting", "OPEC ministers will meet": the noun
/// or verb after the club; an adverb may stand before the verb ("the four
/// Quad leaders would instead meet", "EC ministers will also meet": round
/// 16: 4 "will also meet" in Reuters after any subject, none in the White
/// House); the club may be a possessor ("NATO's anniversary meeting",
/// "OPEC's next meeting": round 18, 2 in Reuters, none in the White House
/// but a summit).
static CLUB_NOUN: LazyLock<Re> = regex!(format!(
    r"(?i)^(?:\s*\([\w.-]+\))?(?:['’]s(?:\s+(?:next|last|anniversary|annual|regular|special|extraordinary|\d+(?:st|nd|rd|th)))*)?\s+(?:(?:{CLUB_FIELDS}|industrialised|industrialized|industrial|nations'?|countries'?|member)\s+)?(?:(?:ministers'?|ministerial|leaders'?|deputies'?|heads of (?:state|government)|central bank(?:ers| chiefs| governors| heads)?|monetary officials|officials'?)\s+)?(?:and\s+central\s+bank\s+(?:chiefs|governors|heads)\s+)?(?:(?:will|would|are to|are due to|plan to|to)\s+)?(?:(?:instead|also|again|still|now|then|first|finally|later|soon|next|probably|likely)\s+)?({CLUB_NOUN_WORDS}|meets|meet|met)\b"
));

/// The fields of a club's councils before "ministers": "EC farm
/// ministers", "EC industry ministers meeting here" (round 15 added the
/// councils beyond money, trade and farming: industry, environment, ...).
const CLUB_FIELDS: &str = r"(?:finance|foreign|trade|oil|energy|economic|farm|agriculture|agricultural|defence|defense|monetary|industry|environment|social|transport|labour|labor|health|justice|interior|fisheries|budget|research|telecommunications|education|development)";

/// "European Community (EC) agriculture ministers gave their support ...
/// at a meeting in Luxembourg on Tuesday", "EC farm ministers plunged the
/// bloc into a crisis today by ending a marathon negotiation", "EC
/// farm ministers early today abandoned talks": the club's ministers
/// (or leaders) are the subject, and the meeting noun stands later in
/// their clause after "at", "during" or a verb that opens, holds or ends a
/// sitting (round 15: 23 sentences of Reuters name a club's ministers and a
/// meeting noun and have no mention; none in the White House). The people
/// word is required (a bare "the EC ... at talks with Japan" is a state's
/// talks), and no telling, quote or clause break stands in the gap (not
/// "EC ministers said the U.S. ... at a meeting").
static CLUB_PEOPLE_AT: LazyLock<Re> = regex!(format!(
    r#"(?i)^(?:\s*\([\w.-]+\))?\s+(?:{CLUB_FIELDS}\s+)?(?:ministers|leaders|heads\s+of\s+(?:state|government))\b[^.;:"()]{{0,110}}?\b(?:at|during|end(?:s|ed|ing)?|open(?:s|ed|ing)?|beg(?:an|in|ins|inning)|start(?:s|ed|ing)?|resum(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|adjourn(?:s|ed|ing)?|suspend(?:s|ed|ing)?|broke\s+off|wound\s+up|hold|holds|held|holding)\s+(?:(?:a|an|the|their|its|this\s+week['’]s|today['’]s|yesterday['’]s)\s+)?(?:[\w'’-]+\s+){{0,3}}?({CLUB_NOUN_WORDS}|negotiations?)\b"#
));

/// A telling in the gap between a club's ministers and a meeting noun: the
/// noun is then the told clause's, not the ministers' sitting.
static TOLD_GAP: LazyLock<Re> =
    regex!(r"(?i)\b(?:said|says|say|told|tell|tells|according|reported|quoted)\b");

static DELEGATION_LEFT: LazyLock<Re> = regex!(
    r"(?i)\b(?:delegation|team|mission)\s+(?:has\s+|had\s+)?(?:just\s+)?(left|leaves|departed|leaving)\s+"
);

static AFTER_TALKS: LazyLock<Re> = regex!(
    r"(?i)^[,\s]+(?:today\s+|yesterday\s+)?after\s+(?:holding\s+|two days of\s+|three days of\s+|a week of\s+)?(?:[\w-]+\s+){0,2}?(?:talks|discussions|negotiations|consultations)\b"
);

static ADDRESSED: LazyLock<Re> = regex!(
    r"(?i)\b(?:told|tells|addressed|addressing|addresses)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:meeting|session|conference|gathering)s?\s+of\s+(?:the\s+)?$"
);

static BODY: LazyLock<Re> = regex!(
    r"^\s+(?:[A-Z][a-z]+\s+)?(?:[Cc]ommittee|[Bb]oard|[Cc]ouncil|[Ss]ecretariat|[Cc]ommission|[Ff]und)\b"
);

/// "OPEC meeting this demand": the verb of needs, not a sitting.
static SATISFY: LazyLock<Re> = regex!(
    r"^\s+(?:is\s+|was\s+)?meet(?:s|ing)?\s+(?:this|that|the|its|their|these|those|all|any|world|demand|targets?|quotas?)\b"
);

/// "no need for an emergency OPEC meeting", "urges a quick meeting of G-7",
/// "could ... meet": no sitting. The modal is lower case or opens a sentence
/// ("Could"), never the month of a dateline ("BRUSSELS, May 5 - EC farm
/// ministers met ...").
static NO_MEETING: LazyLock<Re> = regex!(
    r"(?i)\b(?:no need for|no plans for|no|not|unlikely|urges?|urged|urging|calls? for|called for|proposed?|against)\s+(?:(?:a|an|the|any|another|emergency|early|quick|new|special|extraordinary|further)\s+)*$|(?-i:\b(?:[Cc]ould|[Ss]hould|[Mm]ight|may)\s+(?:[\w-]+\s+){0,3}$)"
);

/// "the APEC Leaders' Meeting", "a meeting of Quad leaders", "NATO leaders
/// met": a leaders' meeting of a club (the words between the club and its
/// noun, or the club's own name, "Quad Leaders", say "leaders").
fn leaders(text: &str, ns: usize, ne: usize, club: (usize, usize)) -> bool {
    let span = if ns >= club.1 {
        text.get(club.0..ns)
    } else {
        text.get(ne..club.1)
    };
    span.is_some_and(|w| w.to_lowercase().contains("leaders"))
}

/// Whether a call trigger of the sentence ([`super::triggers`]) overlaps a
/// club's sitting at `ns..ne` ("joined a virtual G7 leaders' meeting", "a
/// video conference of NATO leaders"): the group passes ([`group_sides`])
/// read it as the club's call; no meeting in person here. (Round 18: the
/// sitting defers to the call triggers, where a word list of its own before
/// the club, "virtual", "video", "phone", "call", stood; a call told
/// before in the sentence, "after a phone call with X, Quad leaders met",
/// no longer hides the sitting.) Asked of a leaders' sitting only, which
/// few sentences name: the sentence's triggers are found again then.
fn told_as_call(stext: &str, s_start: usize, ns: usize, ne: usize) -> bool {
    super::triggers::find(&super::flat_text(stext))
        .iter()
        .any(|t| t.event_type == EventType::Call && s_start + t.start < ne && ns < s_start + t.end)
}

/// "the first in-person summit of", "a gathering of": a summit noun before
/// a club's leaders ("summit of Quad leaders", "summit of EC leaders";
/// round 17). Without "leaders" after the club a summit is found by its
/// members, as before.
static SUMMIT_OF_LEADERS: LazyLock<Re> =
    regex!(r"(?i)\b(summit|meeting|gathering)\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$");

/// The club's leaders right after its name: " leaders", " heads of
/// government".
static LEADERS_AFTER: LazyLock<Re> =
    regex!(r"(?i)^(?:\s+|['’]s\s+)(?:leaders|heads\s+of\s+(?:state|government))\b");

/// Between a trip's place and a leaders' sitting it goes to: " for a",
/// ", Thailand to attend the November 18-19" (round 17).
static TRIP_FOR_CLUB: LazyLock<Re> = regex!(
    r"^(?:,\s+[A-Z][\w .'’-]*)?\s+(?:for|to\s+(?:attend|join|take\s+part\s+in))\s+(?:(?:a|an|the)\b[^.;:]{0,80})?$"
);

/// A trip's word before the place a club's sitting is held at: "will be
/// in London for NATO's anniversary meeting", "flew to Brussels for the"
/// (round 18).
static TRIP_TO_PLACE: LazyLock<Re> = regex!(
    r"(?i)\b(?:be|is|are|was|were|been|being|fly|flies|flew|flying|travel(?:s|led|ling|ed|ing)?|go(?:es|ing)?|went|head(?:s|ed|ing)?|arrive[ds]?|arriving|come|comes|came)\s+(?:on\s+)?(?:to|in|at)\s+$"
);

/// "NATO leaders are gathering", "EC leaders gathered in Brussels": the
/// leaders' gathering told by its verb (round 17; the club's leaders
/// before "meet" are read by [`CLUB_NOUN`]).
static LEADERS_GATHER: LazyLock<Re> = regex!(
    r"(?i)^(?:\s+|['’]s\s+)(?:leaders|heads\s+of\s+(?:state|government))\s+(?:(?:are|were|will|would|have|had|also|again)\s+)?(gather(?:ed|ing|s)?|convene[ds]?|convening)\b"
);

static QUALIFIES: LazyLock<Re> = regex!(
    r"(?i)\b(?:article|articles|rules?|charter|statutes?|provisions?|terms|auspices|framework|members?|member states|secretariat|headquarters)\s+(?:[\w-]+\s+){0,2}?of\s+(?:the\s+)?$"
);

static WITH_TITLE_OF: LazyLock<Re> = regex!(
    r"(?i)\bwith\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:president|governor|head|chairman|chief|director|minister|ministers|secretary|officials?|representatives?|delegation|envoy)\s+of\s+(?:the\s+)?$"
);

static TO_ORG: LazyLock<Re> = regex!(r"^\s+to\s+(?:the\s+)?$");

static AND_LEAD: LazyLock<Re> =
    regex!(r"(?i)\band\s+(?:(?:senior|top|high-level|government)\s+)?$");

static BETWEEN: LazyLock<Re> =
    regex!(r"(?i)\bbetween\s+(?:(?:senior|top|high-level|government|trade|finance)\s+)?$");

/// "both countries reached agreement at their talks": the two states as
/// the subject, when the story names two states clearly more than others.
static BOTH_SUBJECT: LazyLock<Re> = regex!(
    r"(?i)\b(?:the two|both) countries\s[^.;]{0,60}?\btheir\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings?|negotiations|consultations)\b"
);

static TWO_COUNTRIES: LazyLock<Re> = regex!(
    r"(?i)\b(?:(?:officials|delegations|delegates|representatives|negotiators|experts) (?:of|from)|between) (?:the two|both) (?:countries|nations|governments)\b"
);

static PAIR_NOUN: LazyLock<Re> = regex!(format!(
    r"(?i)^\s+(?:[a-z]+\s+){{0,2}}?(?:{NOUN}|negotiations|consultations)\b"
));

static SIGNED_BY: LazyLock<Re> = regex!(
    r"(?i)\bsigned\s+(?:here\s+|in\s+[A-Z][a-z]+\s+)?(?:(?:today|yesterday|on\s+\w+|last\s+\w+)\s+)?by\s+"
);

static SIGNED_OTHER: LazyLock<Re> =
    regex!(r"(?i)^\s*(?:and|,)\s+(?:(?:senior|top|high-ranking|government)\s+)?$");

static OFFICIALS: LazyLock<Re> = regex!(
    r"^\s+(?:[A-Z][a-z]+\s+)?(?:officials|representatives|ministers|negotiators|government|authorities)\b"
);

/// The gap from "U.S. and Japanese" to the trigger they are the subject of:
/// a team noun ("arms negotiators", "trade officials") and at most three
/// lower-case words ("will resume", "are", "opened").
static TEAMS_SUBJECT: LazyLock<Re> = regex!(
    r"^\s+(?:[a-z]+\s+){0,2}?(?:officials|negotiators|delegations|delegates|experts|teams|representatives)(?:\s+[a-z]+){0,3}\s+$"
);

/// A habit or a failure in that gap ("normally meet in the summer"): no
/// occasion of its own.
static HABIT_GAP: LazyLock<Re> = regex!(
    r"(?i)\b(?:normally|usually|often|regularly|always|never|not|failed|refused|could|might|should)\b"
);

/// State institutions whose team is their state's ("a Pentagon team", "a
/// MITI mission"): the words and the state's code of today (the report
/// date's state comes from `Kb::country_on`: the Kremlin of 1987 is the
/// Soviet Union's). Reference data written here: the tables hold venues
/// (the Pentagon is a place) but no institutions. "Treasury" is left out:
/// every state has one.
const INSTITUTIONS: &[(&str, &str)] = &[
    ("Pentagon", "USA"),
    ("State Department", "USA"),
    ("Commerce Department", "USA"),
    ("Agriculture Department", "USA"),
    ("USDA", "USA"),
    ("Kremlin", "RUS"),
    ("MITI", "JPN"),
    ("Bundesbank", "DEU"),
    ("Quai d'Orsay", "FRA"),
    ("Whitehall", "GBR"),
];

/// An institution of [`INSTITUTIONS`] naming a team before a trigger, in
/// the trigger's clause (60 bytes at most from the team noun).
static INSTITUTION_TEAM: LazyLock<Re> = regex!(
    r"\b(Pentagon|State Department|Commerce Department|Agriculture Department|USDA|Kremlin|MITI|Bundesbank|Quai d'Orsay|Whitehall)\s+(?:team|delegation|mission)s?\b[^.;]{0,60}$"
);

/// The state of a team named by its state's institution before a trigger
/// at `ts` ("A Pentagon team of about ten experts will follow up with a
/// one-week visit"): [`team_before`]'s [`TeamGap::Guest`] when no state
/// names the delegation.
fn institution_team(ctx: &DocContext, floor: usize, ts: usize) -> Option<ActorRef> {
    let text = ctx.doc.text.as_str();
    let before = text.get(floor..ts)?;
    let m = INSTITUTION_TEAM.captures(before)?.get(1)?;
    let (_, code) = INSTITUTIONS.iter().find(|(n, _)| *n == m.as_str())?;
    let code = ctx.kb.country_on(code, ctx.dct);
    Some(ActorRef::state(
        ctx.kb,
        &code,
        floor + m.start(),
        floor + m.end(),
    ))
}

/// A synthetic trigger over sentence bytes `start..end`.
fn trigger(rule: &'static str, start: usize, end: usize, noun: bool) -> Trigger {
    Trigger {
        event_type: EventType::Meeting,
        frame: Frame::Meet,
        rule,
        start,
        end,
        confidence: 0.7,
        noun,
        refers_back: false,
    }
}

/// The draft of a meeting told at `t` in sentence `si`, with its status,
/// place and dates read as for a trigger; None when negated.
fn new_meeting(
    ctx: &DocContext,
    places: &[PlaceRef],
    si: usize,
    t: &Trigger,
    sides: Vec<ActorRef>,
    out: &mut Vec<Draft>,
) {
    let text = ctx.doc.text.as_str();
    let Some(s) = ctx.sentences.get(si).copied() else {
        return;
    };
    let Some(stext) = text.get(s.start..s.end) else {
        return;
    };
    if status::negated(stext, t) {
        return;
    }
    let (status, cued) = status::status(stext, t);
    let (ts, te) = (s.start + t.start, s.start + t.end);
    let dates = args::dates_near(text, ctx.timexes, s.start, s.end, ts, te, &[]);
    let place = args::venue(text, places, s.start, s.end, ts, false);
    let d = Draft {
        sides,
        place,
        noun: t.noun,
        summit: stext
            .get(t.start..t.end)
            .is_some_and(|w| w.eq_ignore_ascii_case("summit")),
        ..Draft::fired(si, s, stext, t, (status, cued))
    };
    push_dated(ctx, stext, t, &dates, vec![d], out);
}

/// "A British government delegation has just left Riyadh after holding
/// talks": the delegation's state visited the city and, when talks are
/// named, met the city's state there.
fn delegation_left(ctx: &DocContext, places: &[PlaceRef], si: usize, out: &mut Vec<Draft>) {
    let text = ctx.doc.text.as_str();
    let Some(s) = ctx.sentences.get(si).copied() else {
        return;
    };
    let Some(stext) = text.get(s.start..s.end) else {
        return;
    };
    for c in DELEGATION_LEFT.captures_iter(stext) {
        let (Some(m), Some(verb)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let Some(state) = team_before(ctx, s.start, s.start + verb.start(), TeamGap::Delegation)
        else {
            continue;
        };
        let at = s.start + m.end();
        let Some(city) = places
            .iter()
            .find(|p| p.start == at && p.kind != PlaceKind::Country)
            .filter(|p| p.country.is_some() && p.country != state.country)
        else {
            continue;
        };
        let t = Trigger {
            event_type: EventType::Visit,
            frame: Frame::Travel,
            ..trigger("visit.delegation_left", verb.start(), verb.end(), false)
        };
        if status::negated(stext, &t) {
            continue;
        }
        let (status, cued) = status::status(stext, &t);
        let (ts, te) = (s.start + t.start, s.start + t.end);
        let dates = args::dates_near(text, ctx.timexes, s.start, s.end, ts, te, &[]);
        let visit = Draft {
            sentence_index: si,
            sentence: s,
            trigger: (ts, te),
            event_type: EventType::Visit,
            status,
            cued,
            guests: vec![state.clone()],
            hosts: vec![],
            sides: vec![],
            place: Some(city.clone()),
            dates: None,
            rule: t.rule.to_string(),
            confidence: t.confidence,
            noun: false,
            derived: false,
            summit: false,
        };
        let mut meeting = None;
        let after = text.get(city.end..s.end).unwrap_or("");
        if let (Some(tm), Some(code)) = (AFTER_TALKS.find(after), city.country.as_deref()) {
            let host = ActorRef::state(ctx.kb, code, city.start, city.end);
            meeting = Some(Draft {
                event_type: EventType::Meeting,
                trigger: (city.end + tm.start(), city.end + tm.end()),
                guests: vec![],
                sides: vec![state.clone(), host],
                rule: "meeting.delegation_talks".to_string(),
                ..visit.clone()
            });
        }
        let mut drafts = vec![visit];
        drafts.extend(meeting);
        push_dated(ctx, stext, &t, &dates, drafts, out);
    }
}

/// The states a story names, most named first (first named on ties).
fn story_states(ctx: &DocContext) -> Vec<ActorRef> {
    story_state_counts(ctx)
        .into_iter()
        .map(|(a, _)| a)
        .collect()
}

/// [`story_states`] with how often each is named.
fn story_state_counts(ctx: &DocContext) -> Vec<(ActorRef, usize)> {
    let mut count: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (i, e) in ctx.entities.iter().enumerate() {
        let Some(code) = state_of(e) else {
            continue;
        };
        let c = count.entry(code).or_insert((0, i));
        c.0 += 1;
    }
    let mut v: Vec<(&str, (usize, usize))> = count.into_iter().collect();
    v.sort_by_key(|(_, (n, first))| (std::cmp::Reverse(*n), *first));
    v.into_iter()
        .filter_map(|(code, (n, first))| {
            let e = ctx.entities.get(first)?;
            Some((super::state_actor(ctx.kb, e, code), n))
        })
        .collect()
}

/// A state or an organisation named by an entity, as a side.
fn side_of(
    ctx: &DocContext,
    actors: &[ActorRef],
    e: &crate::kb::EntityMention,
) -> Option<ActorRef> {
    match &e.entity {
        Entity::Country { code } | Entity::Adjective { code } => {
            Some(super::state_actor(ctx.kb, e, code))
        }
        Entity::Organization { .. } => actors
            .iter()
            .find(|a| a.start == e.start && a.kind == ActorKind::Organization)
            .cloned(),
        _ => None,
    }
}

/// The sides the extractor's sentence rules could not see (see the module
/// essay); runs on the sentence drafts, in document order.
pub(super) fn fill(
    ctx: &DocContext,
    actors: &[ActorRef],
    places: &args::StoryPlaces,
    drafts: &mut Vec<Draft>,
) {
    let text = ctx.doc.text.as_str();
    let mut made: Vec<Draft> = vec![];
    // the nouns of club sittings a trip goes to (round 18)
    let mut trip_nouns: Vec<(usize, usize)> = vec![];
    for (si, s) in ctx.sentences.iter().enumerate() {
        let Some(stext) = text.get(s.start..s.end) else {
            continue;
        };
        // clubs meeting as themselves
        for a in actors
            .iter()
            .filter(|a| a.start >= s.start && a.end <= s.end)
        {
            let Some(id) = a.id.as_deref().filter(|id| ctx.kb.is_club(id)) else {
                continue;
            };
            let before = text.get(s.start..a.start).unwrap_or("");
            // "the U.S.-ASEAN meeting": a state's talks with the club
            if before.ends_with('-') {
                continue;
            }
            let after = text.get(a.end..s.end).unwrap_or("");
            let noun = OF_CLUB
                .captures(before)
                .and_then(|c| c.get(1))
                .map(|m| (s.start + m.start(), s.start + m.end()))
                .or_else(|| {
                    CLUB_NOUN
                        .captures(after)
                        .and_then(|c| c.get(1))
                        .map(|m| (a.end + m.start(), a.end + m.end()))
                })
                .or_else(|| {
                    CLUB_PEOPLE_AT
                        .captures(after)
                        .filter(|c| !c.get(0).is_some_and(|m| TOLD_GAP.is_match(m.as_str())))
                        .and_then(|c| c.get(1))
                        .map(|m| (a.end + m.start(), a.end + m.end()))
                });
            // "the first summit of Quad leaders", "NATO leaders are
            // gathering": a leaders' sitting (round 17)
            let club_leaders = LEADERS_AFTER.is_match(after)
                || text
                    .get(a.start..a.end)
                    .is_some_and(|w| w.to_lowercase().ends_with("leaders"));
            let noun = noun.or_else(|| {
                SUMMIT_OF_LEADERS
                    .captures(before)
                    .filter(|_| club_leaders)
                    .and_then(|c| c.get(1))
                    .map(|m| (s.start + m.start(), s.start + m.end()))
            });
            let gather = LEADERS_GATHER.captures(after);
            let gathered = noun.is_none() && gather.is_some();
            let noun = noun.or_else(|| {
                gather
                    .as_ref()
                    .and_then(|c| c.get(1))
                    .map(|m| (a.end + m.start(), a.end + m.end()))
            });
            let Some((ns, ne)) = noun else { continue };
            // "the OPEC Differentials Committee", "no need for an emergency
            // OPEC meeting", "urges a quick meeting of G-7": a body's sitting,
            // or no meeting at all; a leaders' sitting is the club's meeting
            // in person unless told as a call ([`told_as_call`]; round 17: it
            // was left to the summit's members, which modern copy rarely
            // lists)
            // "both leaders will be in London for NATO's anniversary
            // meeting": the sitting a trip goes to is kept and placed like a
            // leaders' one (round 18)
            let lead_end = ns.min(a.start);
            let trip_for = places.iter().any(|p| {
                p.start >= s.start
                    && p.end <= lead_end
                    && text
                        .get(p.end..lead_end)
                        .is_some_and(|g| TRIP_FOR_CLUB.is_match(g))
                    && text
                        .get(s.start..p.start)
                        .is_some_and(|b| TRIP_TO_PLACE.is_match(b))
            });
            let by_words =
                leaders(text, ns, ne, (a.start, a.end)) || (ns < a.start && club_leaders);
            // (a leaders' sitting told by its words stays as round 17 read it)
            let trip_for = trip_for && !by_words;
            let of_leaders = by_words || trip_for;
            let remote = of_leaders && told_as_call(stext, s.start, ns, ne);
            if BODY.is_match(after) || remote || SATISFY.is_match(after) {
                continue;
            }
            let lead = text
                .get(lead_end.saturating_sub(60).max(s.start)..lead_end)
                .unwrap_or("");
            if NO_MEETING.is_match(lead) {
                continue;
            }
            let club = ActorRef {
                id: Some(id.to_string()),
                ..a.clone()
            };
            // "Clark told a conference of ASEAN foreign ministers": the
            // speaker takes part
            let speaker = if text
                .get(s.start..if ns < a.start { a.start } else { ns })
                .is_some_and(|l| ADDRESSED.is_match(l))
            {
                actors
                    .iter()
                    .rev()
                    .find(|p| p.kind == ActorKind::Person && p.start >= s.start && p.end <= ns)
                    .cloned()
            } else {
                None
            };
            let mut sides = vec![club];
            sides.extend(speaker);
            let t = trigger(
                if of_leaders {
                    "meeting.club.leaders"
                } else {
                    "meeting.club"
                },
                ns - s.start,
                ne - s.start,
                // (a sitting a trip goes to is told with its own club: no
                // anaphor of the story's meeting, round 18)
                !gathered
                    && !trip_for
                    && !matches!(text.get(ns..ne), Some("meet" | "meets" | "met")),
            );
            let mut here = vec![];
            new_meeting(ctx, places, si, &t, sides, &mut here);
            // "OPEC ministers will meet here": the dateline's city; and
            // "EC industry ministers meeting here considered": a sitting
            // told as going on here is the story's own, on its report day
            // (round 16)
            let said_here = text
                .get(ne..s.end.min(ne + 12))
                .is_some_and(|w| w.split_whitespace().next() == Some("here"));
            if said_here {
                for d in here.iter_mut().filter(|d| d.place.is_none()) {
                    d.place = places.dateline().cloned();
                    if d.place.is_some() {
                        d.rule = format!("{}+here", d.rule);
                        if let (None, Status::Occurred, Some(r)) = (&d.dates, d.status, ctx.dct) {
                            d.on_report_date(r);
                        }
                    }
                }
            }
            // "going on to Sydney for a meeting of Quad leaders", "travel
            // to Bangkok, Thailand to attend the APEC Leaders Meeting": the
            // sitting a trip goes to is held where it goes (round 17)
            if of_leaders {
                // (the city of "Bangkok, Thailand" before its country)
                let goes: Vec<&PlaceRef> = places
                    .iter()
                    .filter(|p| {
                        p.start >= s.start
                            && p.end <= ns.min(a.start)
                            && text
                                .get(p.end..ns.min(a.start))
                                .is_some_and(|g| TRIP_FOR_CLUB.is_match(g))
                    })
                    .collect();
                let dest = goes
                    .iter()
                    .find(|p| p.kind != PlaceKind::Country)
                    .or(goes.last())
                    .copied();
                // "NATO leaders are gathering": under way on the day of the
                // report
                let now = gathered
                    && gather
                        .as_ref()
                        .and_then(|c| c.get(0))
                        .is_some_and(|m| m.as_str().to_lowercase().contains(" are "));
                if trip_for {
                    trip_nouns.push((ns, ne));
                }
                for d in here.iter_mut() {
                    if let Some(p) = dest {
                        d.place = Some(p.clone());
                    }
                    if let (true, None, Status::Occurred, Some(r)) =
                        (now, &d.dates, d.status, ctx.dct)
                    {
                        d.on_report_date(r);
                    }
                }
            }
            made.extend(here);
        }
        delegation_left(ctx, places, si, &mut made);
        // "an accord signed here yesterday by X and senior French officials"
        for m in SIGNED_BY.find_iter(stext) {
            let at = s.start + m.end();
            let Some(x) = actors
                .iter()
                .find(|a| a.start >= at && a.start - at <= 40 && a.kind == ActorKind::Person)
                .filter(|a| {
                    text.get(at..a.start).is_some_and(|g| {
                        g.split_whitespace()
                            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                    })
                })
            else {
                continue;
            };
            let other = ctx.entities.iter().find(|e| {
                e.start >= x.end
                    && e.end <= s.end
                    && text
                        .get(x.end..e.start)
                        .is_some_and(|g| SIGNED_OTHER.is_match(g))
                    && text
                        .get(e.end..s.end)
                        .is_some_and(|r| OFFICIALS.is_match(r))
            });
            let Some((e, code)) = other.and_then(|e| state_of(e).map(|c| (e, c))) else {
                continue;
            };
            if x.country.as_deref() == Some(code) {
                continue;
            }
            let st = super::state_actor(ctx.kb, e, code);
            let t = trigger("meeting.signed_by", m.start(), m.end(), false);
            let mut here = vec![];
            new_meeting(ctx, places, si, &t, vec![x.clone(), st], &mut here);
            let dateline = places.dateline();
            for d in here.iter_mut() {
                let said_here = text
                    .get(s.start + m.start()..at)
                    .is_some_and(|w| w.contains("here"));
                if said_here && d.place.is_none() {
                    d.place = dateline.cloned();
                }
            }
            made.extend(here);
        }
    }
    // "G-5 talks" in a story that names the ministers meeting: theirs
    let people_met = drafts.iter().any(|d| {
        let countries: std::collections::BTreeSet<&str> = d
            .sides
            .iter()
            .filter(|a| a.kind == ActorKind::Person)
            .filter_map(|a| a.country.as_deref())
            .collect();
        d.event_type == EventType::Meeting && countries.len() >= 2
    });
    // (a leaders' sitting is no ministers' talks: "the four Quad leaders
    // would instead meet in Hiroshima" stays in a story of Biden's talks,
    // round 17)
    if people_met {
        made.retain(|d| {
            !d.rule.starts_with("meeting.club") || d.rule.starts_with("meeting.club.leaders")
        });
    }
    // "both leaders will be in London for NATO's anniversary meeting": the
    // noun is the club's sitting, no meeting of the travellers on it (round
    // 18)
    if !trip_nouns.is_empty() {
        drafts.retain(|d| {
            d.event_type != EventType::Meeting
                || !d.sides.iter().all(|a| a.kind == ActorKind::Person)
                || !trip_nouns.contains(&d.trigger)
        });
    }
    // "consultations under Article 23 of the GATT": an organisation after
    // "of" qualifies a thing, unless the thing is the meeting itself
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Meeting {
            continue;
        }
        d.sides.retain(|a| {
            a.kind != ActorKind::Organization
                || !text
                    .get(d.sentence.start..a.start)
                    .is_some_and(|b| QUALIFIES.is_match(b))
        });
    }
    // "bank discussions with Argentina and the Philippines": the list after
    // "with" is one side, and no other is named
    for d in drafts.iter_mut() {
        let with = text.get(d.trigger.1..d.sentence.end).is_some_and(|r| {
            let r = r.trim_start();
            r.starts_with("with")
                && r.get(4..)
                    .is_some_and(|t| t.starts_with(char::is_whitespace))
        });
        if d.rule == "meeting.discussions" && with && d.sides.iter().all(|a| a.start >= d.trigger.1)
        {
            d.sides.clear();
        }
    }
    let counts = story_state_counts(ctx);
    let states = story_states(ctx);
    // two states clearly ahead of the rest
    let clear_pair = counts.len() >= 2 && counts.get(2).is_none_or(|c| c.1 < counts[1].1);
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Meeting || d.keys().len() >= 2 {
            continue;
        }
        let Some(stext) = text.get(d.sentence.start..d.sentence.end) else {
            continue;
        };
        // "officials from the two countries held talks"
        if (TWO_COUNTRIES.is_match(stext) || (clear_pair && BOTH_SUBJECT.is_match(stext)))
            && states.len() >= 2
            && d.sides
                .iter()
                .all(|a| states[..2].iter().any(|b| b.key() == a.key()))
        {
            d.sides = states[..2].to_vec();
            d.rule = format!("{}.two_countries", d.rule);
            // sides named by their own phrase: no shorthand for a visit of
            // their people told elsewhere in the story
            d.noun = false;
            continue;
        }
        // "U.S.-Japanese trade talks"
        let ents: Vec<&crate::kb::EntityMention> = ctx
            .entities
            .iter()
            .filter(|e| e.start >= d.sentence.start && e.end <= d.sentence.end)
            .collect();
        for w in ents.windows(2) {
            let (Some(a), Some(b)) = (side_of(ctx, actors, w[0]), side_of(ctx, actors, w[1]))
            else {
                continue;
            };
            let states = state_of(w[0]).is_some() && state_of(w[1]).is_some();
            let hyphen = text.get(w[0].end..w[1].start).is_some_and(|g| g == "-");
            // "the U.S./Soviet summit", "the Nakasone/Reagan talks": a
            // slash pairs two states or two people (never "the IMF/World
            // Bank sessions", one body's meetings, or "the G-5/G-7 talks")
            let people = a.kind == ActorKind::Person && b.kind == ActorKind::Person;
            let slash =
                text.get(w[0].end..w[1].start).is_some_and(|g| g == "/") && (states || people);
            let noun = text
                .get(w[1].end..d.sentence.end)
                .is_some_and(|r| PAIR_NOUN.is_match(r));
            // "talks between senior U.S. and European Community officials"
            let between = text
                .get(d.sentence.start..w[0].start)
                .is_some_and(|b| BETWEEN.is_match(b))
                && text
                    .get(w[0].end..w[1].start)
                    .is_some_and(|g| g.trim().eq_ignore_ascii_case("and"))
                && text
                    .get(w[1].end..d.sentence.end)
                    .is_some_and(|r| OFFICIALS.is_match(r));
            // "American and Soviet arms negotiators will resume talks": two
            // states' teams joined by "and" as the trigger's subject
            let subject_pair = states
                && text
                    .get(w[0].end..w[1].start)
                    .is_some_and(|g| g.trim().eq_ignore_ascii_case("and"))
                && w[1].end <= d.trigger.0
                && text
                    .get(w[1].end..d.trigger.0)
                    .is_some_and(|r| TEAMS_SUBJECT.is_match(r) && !HABIT_GAP.is_match(r));
            if ((hyphen && noun && states) || (slash && noun) || between || subject_pair)
                && a.key() != b.key()
            {
                d.sides = vec![a, b];
                d.rule = format!("{}.pair", d.rule);
                break;
            }
        }
    }
    // "talks between a Soviet delegation headed by X and Japanese
    // officials": the state of the officials is the other side
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Meeting || d.keys().len() != 1 {
            continue;
        }
        let (ss, se) = (d.sentence.start, d.sentence.end);
        let b = text
            .get(ss..se)
            .and_then(|t| t.find("between "))
            .map_or(se, |b| ss + b);
        let other = ctx.entities.iter().find(|e| {
            let between = e.start > b
                && text
                    .get(ss..e.start)
                    .is_some_and(|g| AND_LEAD.is_match(g) || BETWEEN.is_match(g))
                && text.get(e.end..se).is_some_and(|r| OFFICIALS.is_match(r));
            // "held talks with the president of the Peruvian central bank"
            let titled = text
                .get(d.trigger.1.min(e.start)..e.start)
                .is_some_and(|g| WITH_TITLE_OF.is_match(g));
            e.start >= ss && e.end <= se && state_of(e).is_some() && (between || titled)
        });
        let Some((e, code)) = other.and_then(|e| state_of(e).map(|c| (e, c))) else {
            continue;
        };
        if d.sides.iter().all(|a| a.country.as_deref() != Some(code)) {
            d.sides.push(super::state_actor(ctx.kb, e, code));
            d.rule = format!("{}.between_officials", d.rule);
        }
    }
    // "Brazil's foreign minister said in Caracas": a visit only of a person
    // whose country the tables know, abroad
    drafts.retain(|d| {
        d.rule != "visit.said_in"
            || d.guests.iter().all(|g| {
                g.kind == ActorKind::Person
                    && g.country.is_some()
                    && d.place
                        .as_ref()
                        .is_some_and(|p| p.country.is_some() && p.country != g.country)
            })
    });
    let dateline = places
        .dateline()
        .filter(|p| p.kind != PlaceKind::Country)
        .cloned();
    for d in drafts.iter_mut().filter(|d| d.place.is_none()) {
        let Some(here) = dateline.as_ref() else { break };
        let after = text
            .get(d.trigger.1..d.sentence.end.min(d.trigger.1 + 60))
            .unwrap_or("");
        // "held private talks here yesterday with ...": the dateline's city
        let said_here = d.event_type == EventType::Meeting
            && d.sides.iter().any(|a| a.kind == ActorKind::Person)
            && after
                .split_whitespace()
                .next()
                .is_some_and(|w| w.trim_end_matches(',') == "here");
        // "after a visit to the World Bank" in a Washington story
        let to_org = d.event_type == EventType::Visit
            && !d.guests.is_empty()
            && actors.iter().any(|a| {
                a.kind == ActorKind::Organization
                    && a.start >= d.trigger.1
                    && text
                        .get(d.trigger.1..a.start)
                        .is_some_and(|g| TO_ORG.is_match(g))
                    // ("a visit to World Bank-funded projects": the body
                    // only qualifies what was visited)
                    && !text.get(a.end..).is_some_and(|r| r.starts_with('-'))
            })
            && d.guests.iter().all(|g| g.country != here.country);
        if said_here || to_org {
            d.place = Some(here.clone());
            d.rule = format!("{}.here", d.rule);
        }
    }
    // a side-less "the meeting" after a club's meeting is the club's
    let mut retold: Vec<(usize, usize)> = vec![];
    for d in drafts.iter_mut() {
        // (a club named before the noun is no side of its own yet)
        let clubs_only = d.sides.iter().all(|a| is_club(ctx.kb, a));
        // (the club's own noun is the club's meeting already)
        let own = made.iter().any(|m| m.trigger == d.trigger);
        if d.event_type != EventType::Meeting || !clubs_only || !d.noun || own {
            continue;
        }
        // (or later in its sentence: "a G-7 meeting is not imminent, because
        // the agreements made at the last meeting ... remain valid")
        // (a leaders' summit is no "the meeting": "a Franco-German meeting
        // on the sidelines of a summit of EC leaders ... The meeting was
        // attended by", round 17)
        let club = made.iter().rev().find(|m| {
            m.rule.starts_with("meeting.club")
                && !(m.rule.starts_with("meeting.club.leaders")
                    && text
                        .get(m.trigger.0..m.trigger.1)
                        .is_some_and(|w| w.eq_ignore_ascii_case("summit")))
                && ((m.sentence_index < d.sentence_index
                    && d.sentence_index - m.sentence_index <= 2)
                    || (m.sentence_index == d.sentence_index && m.trigger.1 <= d.trigger.0))
        });
        if let Some(c) = club {
            // "NATO leaders are gathering as the two-day summit gets under
            // way": the summit is the leaders' sitting told again
            if c.rule.starts_with("meeting.club.leaders") && c.sentence_index == d.sentence_index {
                retold.push(d.trigger);
                continue;
            }
            d.sides = c.sides.clone();
            d.rule = format!("{}.club", d.rule);
        }
    }
    drafts.retain(|d| !(d.event_type == EventType::Meeting && retold.contains(&d.trigger)));
    // a summit of all of a club's members is the club's; "the summit"
    // takes the city of "the Venice summit" named before it
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Meeting {
            continue;
        }
        let codes = d.state_codes();
        let on = d.dates.as_ref().map(|x| x.0.start).or(ctx.dct);
        let named = |a: &crate::kb::Actor| d.sides.iter().any(|s| s.id.as_deref() == Some(&a.id));
        // the states alone, else with the members of a club side
        let whole = on.and_then(|on| {
            ctx.kb.club_of_all(&codes, on).or_else(|| {
                let members = members_named(ctx.kb, d, on);
                ctx.kb.club_of_all(&members, on).filter(|a| !named(a))
            })
        });
        if let Some(a) = whole {
            let at = d.sides.first().map_or(0, |s| s.start);
            let mut g = ActorRef::of(a, at, at);
            g.kind = ActorKind::Organization;
            d.sides.push(g);
        }
        let summit_word = text
            .get(d.sentence.start..d.sentence.end)
            .is_some_and(|s| s.to_lowercase().contains("summit"));
        if summit_word && d.place.is_none() {
            let before = d.sentence.start;
            d.place = places
                .iter()
                .rev()
                .filter(|p| p.end <= before && p.kind != PlaceKind::Country)
                .find(|p| {
                    text.get(p.end..)
                        .is_some_and(|r| r.trim_start().to_lowercase().starts_with("summit"))
                })
                .cloned();
        }
    }
    // "KINSHASA - Talks are underway between Zaire and the IMF": a state's
    // talks with an organisation, told from that state, are held there,
    // unless told as an earlier meeting ("attacked the recent meeting of EC
    // agriculture ministers": background, told from home)
    if let Some(here) = places.dateline().filter(|p| p.kind != PlaceKind::Country) {
        for d in drafts.iter_mut() {
            let kinds = |k: ActorKind| d.sides.iter().any(|a| a.kind == k);
            let home = d
                .sides
                .iter()
                .any(|a| a.kind == ActorKind::State && a.country == here.country);
            if d.event_type == EventType::Meeting
                && d.place.is_none()
                && kinds(ActorKind::Organization)
                && !kinds(ActorKind::Person)
                && home
                && !super::dateline::told_as_earlier(text, d)
            {
                d.place = Some(here.clone());
            }
        }
    }
    // "a virtual leaders' meeting of the G7": the call is the club's
    // gathering, not a sitting of its own besides
    made.retain(|m| {
        !drafts.iter().any(|d| {
            d.event_type == EventType::Call
                && d.sentence_index == m.sentence_index
                && d.trigger.0 <= m.trigger.0
                && m.trigger.1 <= d.trigger.1
        })
    });
    if !made.is_empty() {
        drafts.extend(made);
        drafts.sort_by_key(|d| d.sentence_index);
    }
    group_sides(ctx, actors, drafts);
    movers(text, actors, drafts);
    askers(text, drafts);
    speakers(text, drafts);
    possessors(text, actors, drafts);
    domestic(text, drafts);
    business_meetings(text, drafts);
    boycotters(text, drafts);
    own_meetings(text, drafts);
    topics(ctx.kb, text, actors, drafts);
    forum_members(ctx.kb, text, actors, drafts);
    framing_meetings(text, drafts);
    openers(text, drafts);
    corporate(text, actors, drafts);
}

/// A company title right before a person's name: "GM chairman", "Renta's
/// chairman", "its chief executive", "`<UAL Inc>` president" (the words before
/// the title are a company's, not a state's or a public body's).
static CORP_TITLE_BEFORE: LazyLock<Re> = regex!(
    r"(?:\b(?:its|their|the company's|the firm's|the group's|the bank's|company|corporate)|(?:\b[A-Z][\w&.-]*|>)(?:['’]s)?)\s+(?:(?:senior|executive|deputy|former|group)\s+)?(?:chairman|chairwoman|chief executive(?: officer)?|executive|president|vice[- ]president|managing director|general manager|director)\s+$"
);

/// A company title after a person's name: ", chairman of General Motors
/// Corp", ", the chief executive of `<Renta>`".
static CORP_TITLE_AFTER: LazyLock<Re> = regex!(
    r"^,\s+(?:the\s+)?(?:chairman|chairwoman|chief executive(?: officer)?|president|managing director|general manager)\s+of\s+(?:the\s+)?(?:<|(?:[A-Z][\w&.'’-]*\s+){0,3}(?:Corp|Co|Inc|Ltd|Plc|Group|Motors|Airlines|Industries|Holdings|AG|SA|NV)\b)"
);

/// Public bodies whose chairman or president is an official: "Philippine
/// Coconut Authority chairman", "Federal Reserve chairman".
static PUBLIC_BODY: LazyLock<Re> = regex!(
    r"\b(?:Authority|Commission|Committee|Council|Board|Agency|Office|Reserve|Fed|Party|Assembly|Senate|Congress|Parliament|Ministry|Department|Front|Movement|Organi[sz]ation|Union|Community|Fund|Bank|Court|Republic|State|Government)(?:['’]s)?\s+(?:(?:senior|executive|deputy|former|group)\s+)?[\w -]+\s+$"
);

/// Whether a person unknown to the tables is named by a company title: a
/// company's chairman or executive travels and meets on business, not as a
/// side of diplomacy (spec/events.md: a visit is an office holder's).
fn corporate_title(text: &str, a: &ActorRef, actors: &[ActorRef], ss: usize, se: usize) -> bool {
    if a.kind != ActorKind::Person || a.id.is_some() || a.start < ss || a.end > se {
        return false;
    }
    // (a mention may open with its lower-case title: "chairman Juan ...")
    let span = text.get(a.start..a.end).unwrap_or("");
    let name_at = a.start + span.find(|c: char| c.is_uppercase()).unwrap_or(0);
    let from = ss.max(a.start.saturating_sub(60));
    let before = args::squash(text.get(from..name_at).unwrap_or(""));
    let before = format!("{before} ");
    let after = text.get(a.end..se).unwrap_or("");
    let title_before = CORP_TITLE_BEFORE.find(&before).is_some_and(|m| {
        // a state's or a public body's head is an official ("Bolivian
        // president", "Coconut Authority chairman")
        let title_at = name_at.saturating_sub(before.len() - m.start());
        !PUBLIC_BODY.is_match(&before)
            && !actors
                .iter()
                .any(|s| s.kind != ActorKind::Person && s.end > title_at && s.end <= name_at)
    });
    title_before || CORP_TITLE_AFTER.is_match(after)
}

/// Company people are no sides: a chairman "currently in the U.S. to
/// negotiate the deal" makes a business trip, and "GM chairman Roger Smith
/// is expected to attend the meeting, along with GM president James
/// McDonald" is a company's meeting. A person unknown to the tables who is
/// named by a company title ([`corporate_title`]) leaves the guests, hosts
/// and sides of the sentence's events; an event left with no guest (a
/// visit) or no side (a meeting, a call) goes.
fn corporate(text: &str, actors: &[ActorRef], drafts: &mut Vec<Draft>) {
    drafts.retain_mut(|d| {
        if d.derived {
            return true;
        }
        let (ss, se) = (d.sentence.start, d.sentence.end);
        let company = |a: &ActorRef| corporate_title(text, a, actors, ss, se);
        let before = d.guests.len() + d.sides.len();
        d.guests.retain(|a| !company(a));
        d.hosts.retain(|a| !company(a));
        d.sides.retain(|a| !company(a));
        if d.guests.len() + d.sides.len() == before {
            return true;
        }
        match d.event_type {
            EventType::Visit => !d.guests.is_empty(),
            _ => !d.sides.is_empty(),
        }
    });
}

/// A sentence's opening attribution after a name: "Yeutter said", "Baker
/// also told reporters", "Yeutter, the U.S. trade representative, said".
static OPENER_AFTER: LazyLock<Re> = regex!(
    r"^(?:,[^,;]{1,80},)?\s*(?:also\s+|later\s+|today\s+|on \w+\s+)?(?:said|says|told\s+(?:reporters|Reuters|journalists|a\s+[\w ]{0,30}?(?:conference|briefing|meeting))|added|predicted|estimated|noted)\b(?:\s+(?:on|today|yesterday|this week|last week)\b)?(?:\s+\w+day\b)?(?:\s+that\b)?"
);

/// Speakers as sides, the other way round from [`speakers`]: the person
/// whose words open the sentence ("Yeutter said the meetings scheduled next
/// month between Reagan and Nakasone will include difficult items") reports
/// a meeting of others. He is no side when two other sides stay (one for a
/// visit's guests) and the reported clause does not count him in ("Baker
/// said he met Miyazawa", "Lyng said he and Yeutter will visit Tokyo").
fn openers(text: &str, drafts: &mut [Draft]) {
    for d in drafts.iter_mut().filter(|d| !d.derived) {
        let (ss, se) = (d.sentence.start, d.sentence.end);
        let (ts, te) = d.trigger;
        let visit = d.event_type == EventType::Visit;
        let sides: &mut Vec<ActorRef> = if visit { &mut d.guests } else { &mut d.sides };
        let opener = sides.iter().find_map(|a| {
            if a.kind != ActorKind::Person || a.start < ss || a.end > ts || a.end > se {
                return None;
            }
            let m = text.get(a.end..ts).and_then(|r| OPENER_AFTER.find(r))?;
            Some((a.key(), a.end + m.end()))
        });
        let Some((key, clause_start)) = opener else {
            continue;
        };
        let clause = text.get(clause_start..te.min(se)).unwrap_or("");
        if SPEAKER_IN.is_match(clause) {
            continue;
        }
        let others = sides.iter().filter(|a| a.key() != key).count();
        if others >= if visit { 1 } else { 2 } {
            sides.retain(|a| a.key() != key);
        }
    }
}

/// A meeting noun a forum owns: "this week's semiannual IMF meetings", "the
/// annual meeting of the Asian Development Bank", "meetings at the IMF".
static FORUM_NOUN: LazyLock<Re> =
    regex!(r"(?i)^(?:meetings?|sessions?|conferences?|assembly|assemblies)$");

/// Between a meeting noun and a side it names: "with", "between".
static NAMED_ACROSS: LazyLock<Re> = regex!(r"^\s+(?:(?:\w+\s+){0,2}?)(?:with|between|among)\b");

/// The forum's meeting is the forum's: a state named elsewhere in the
/// sentence ("the official, briefing reporters on this week's IMF meetings,
/// said the U.S. had an open mind"; "Britain, France and other European
/// nations will make a plea in high-level meetings at the IMF") is one of
/// its many members, no side of a bilateral with it. A meeting whose
/// trigger is the meeting noun of a non-club organisation side keeps its
/// state sides only when the noun names them ("meetings with Sudanese
/// officials", "talks between the IMF and Brazil") or owns them ("Sudan's
/// meeting with the IMF"). Clubs (the G-7, OPEC, the EC) keep theirs: their
/// few members meeting are the club's own sides elsewhere.
fn forum_members(kb: &Kb, text: &str, actors: &[ActorRef], drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        if d.derived || d.event_type != EventType::Meeting || d.summit {
            continue;
        }
        let (ss, se) = (d.sentence.start, d.sentence.end);
        let (ts, te) = d.trigger;
        if !text.get(ts..te).is_some_and(|w| FORUM_NOUN.is_match(w)) {
            continue;
        }
        let inside = |a: &ActorRef| a.start >= ss && a.end <= se;
        let forum = actors.iter().chain(d.sides.iter()).find(|a| {
            a.kind == ActorKind::Organization
                && !is_club(kb, a)
                && inside(a)
                && (own_noun(text, a, ss, se) == Some(ts)
                    || text.get(te..a.start).is_some_and(|g| FORUM_AT.is_match(g)))
        });
        let Some(forum) = forum.cloned() else {
            continue;
        };
        let across = text.get(te..se).is_some_and(|r| NAMED_ACROSS.is_match(r));
        let named = |a: &ActorRef| {
            !inside(a)
                || (across
                    && a.start >= te
                    && text
                        .get(te..a.start)
                        .is_some_and(|g| !g.contains([';', '.'])))
                || text
                    .get(a.end..ts)
                    .is_some_and(|g| POSSESSED_TALKS.is_match(g))
        };
        if d.sides
            .iter()
            .any(|a| a.kind == ActorKind::State && !named(a))
        {
            d.sides.retain(|a| a.kind != ActorKind::State || named(a));
            if !d.sides.iter().any(|a| a.key() == forum.key()) {
                d.sides.push(forum);
            }
        }
    }
}

/// Before a body's own meeting that frames another: "just before the",
/// "on the sidelines of this week's", "ahead of next month's".
static FRAME_BEFORE: LazyLock<Re> = regex!(
    r"(?i)\b(?:before|after|ahead of|in advance of|prior to|following|during|at|on the (?:sidelines|fringes|margins) of|in the run-up to|in preparation for|to prepare for)\s+(?:(?:the|a|an|its|their|this|next|last|week['’]s|month['’]s|year['’]s|today['’]s|tomorrow['’]s|annual|semi-?annual|spring|autumn|fall|coming|upcoming)\s+){0,3}$"
);

/// A meeting framed by a body's own meeting is not that body's: "Britain,
/// Canada, France and Japan meet just before the IMF interim committee
/// meeting", "met Baker on the sidelines of the IMF meeting". An
/// organisation side whose own meeting noun is not the trigger, named after
/// a time or place preposition, leaves the meeting when two sides stay.
fn framing_meetings(text: &str, drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        if d.derived || d.event_type != EventType::Meeting || d.summit {
            continue;
        }
        let (ss, se) = (d.sentence.start, d.sentence.end);
        let (ts, te) = d.trigger;
        let framing = |a: &ActorRef| {
            a.kind == ActorKind::Organization
                && a.start >= te
                && a.end <= se
                && own_noun(text, a, ss, se).is_some_and(|n| n != ts)
                && text
                    .get(te..a.start)
                    .is_some_and(|g| FRAME_BEFORE.is_match(g))
        };
        if d.sides.iter().filter(|a| !framing(a)).count() >= 2 {
            d.sides.retain(|a| !framing(a));
        }
    }
}

/// Between a meeting noun and its forum: "meetings at the IMF".
static FORUM_AT: LazyLock<Re> = regex!(r"^\s+(?:at|of)\s+(?:the\s+)?$");

/// A state's name as the modifier of a topic: "the Iraq issue", "the
/// Cyprus problem", "the Afghan war".
static TOPIC_AFTER: LazyLock<Re> = regex!(
    r"^(?:-[A-Z][\w.'’-]*)?\s+(?:issue|question|problem|crisis|conflict|war|dispute|affair|situation|file|dossier)\b"
);

/// "the " right before the topic's state.
static TOPIC_BEFORE: LazyLock<Re> = regex!(r"\bthe\s+$");

/// A relation and the pair it joins, up to a state of the pair: "tension
/// between members Greece and Turkey", "the trade relations between Japan
/// and the U.S." (the words before the first state or the second).
static RELATION_BETWEEN: LazyLock<Re> = regex!(
    r"\b(?i:tensions?|relations|relationship|ties|disputes?|conflicts?|differences|frictions?|rows?|feuds?|rivalry|imbalances?|war)\s+between\s+(?:(?i:the|members?|member\s+states|neighbou?rs|neighbou?ring|allies)\s+)*(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:\s+and|,)\s+(?:the\s+)?)?$"
);

/// A state named only as a topic is no side of the meeting about it, when
/// another side stays: the modifier of a topic ("something must be done
/// about the Iraq issue"), or one of the pair a relation joins ("NATO
/// ambassadors met to discuss tension between members Greece and Turkey":
/// the two members are what the alliance talked about; round 15). A pair
/// that holds the talks themselves is all the sides there are ("talks to
/// ease tension between Greece and Turkey"), a state also named before the
/// trigger ("Greece asked NATO to meet on tension between Greece and
/// Turkey") stays, and the pair stays too when its removal would leave one
/// side that is no club (a club left alone meets as itself: its rule gains
/// `.club`, as [`one_club`] asks).
fn topics(kb: &Kb, text: &str, actors: &[ActorRef], drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        if d.derived || d.event_type != EventType::Meeting {
            continue;
        }
        let (ss, se) = (d.sentence.start, d.sentence.end);
        let ts = d.trigger.0;
        let paired = |a: &ActorRef| {
            text.get(ss..a.start)
                .is_some_and(|l| RELATION_BETWEEN.is_match(l))
                && !actors
                    .iter()
                    .any(|b| b.key() == a.key() && b.start >= ss && b.end <= ts && b.kind == a.kind)
        };
        let topic = |a: &ActorRef| {
            a.kind == ActorKind::State
                && a.start >= ss
                && a.end <= se
                && ((text.get(a.end..se).is_some_and(|r| TOPIC_AFTER.is_match(r))
                    && text
                        .get(ss..a.start)
                        .is_some_and(|l| TOPIC_BEFORE.is_match(l)))
                    || paired(a))
        };
        if d.sides.iter().any(topic) && d.sides.iter().any(|a| !topic(a)) {
            let paired_only = !d.sides.iter().any(|a| topic(a) && !paired(a));
            let stay: Vec<ActorRef> = d.sides.iter().filter(|a| !topic(a)).cloned().collect();
            let keys: std::collections::BTreeSet<String> = stay.iter().map(ActorRef::key).collect();
            let club = keys.len() == 1 && stay.iter().all(|a| is_club(kb, a));
            // (a pair's removal leaves a meeting: two sides, or the club
            // meeting as itself, "NATO ambassadors met")
            if paired_only && keys.len() < 2 && !club {
                continue;
            }
            d.sides = stay;
            if club && !d.rule.contains("club") {
                d.rule = format!("{}.club", d.rule);
            }
        }
    }
}

/// A body's own meeting noun after it: "a G-5 meeting", "OPEC talks".
static OWN_NOUN_AFTER: LazyLock<Re> =
    regex!(r"^\s+(?:meetings?|summit|talks|session|conference)\b");

/// A body's own meeting noun before it: "a meeting of the IMF".
static OWN_NOUN_BEFORE: LazyLock<Re> =
    regex!(r"\b(?:meetings?|summit|session|conference)\s+of\s+(?:the\s+)?$");

/// Where the meeting noun a body names as its own starts, if any.
fn own_noun(text: &str, a: &ActorRef, ss: usize, se: usize) -> Option<usize> {
    if let Some(m) = text.get(a.end..se).and_then(|r| OWN_NOUN_AFTER.find(r)) {
        let word = &text[a.end + m.start()..a.end + m.end()];
        return Some(a.end + m.start() + (word.len() - word.trim_start().len()));
    }
    text.get(ss..a.start)
        .and_then(|l| OWN_NOUN_BEFORE.find(l))
        .map(|m| ss + m.start())
}

/// Two bodies' meetings in one sentence are two meetings: "a G-5 meeting
/// next week in advance of a meeting of the International Monetary Fund"
/// gives the IMF's meeting no G-5 side. A body whose own meeting noun is
/// not the trigger leaves a meeting another side owns.
fn own_meetings(text: &str, drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        if d.derived || d.event_type != EventType::Meeting || d.sides.len() < 2 {
            continue;
        }
        let (ss, se) = (d.sentence.start, d.sentence.end);
        let (ts, _) = d.trigger;
        let inside = |a: &ActorRef| a.start >= ss && a.end <= se;
        let owns_trigger = d.sides.iter().any(|a| {
            a.kind == ActorKind::Organization && inside(a) && own_noun(text, a, ss, se) == Some(ts)
        });
        if !owns_trigger {
            continue;
        }
        d.sides.retain(|a| {
            a.kind != ActorKind::Organization
                || !inside(a)
                || own_noun(text, a, ss, se).is_none_or(|n| n == ts)
        });
    }
}

/// Business people right before a meeting's trigger, as its subject or its
/// qualifier: "U.S. and EC business leaders met", "American bankers will
/// meet with", "a U.S.-Soviet business meeting", "a businessmen's meeting".
static BUSINESS_BEFORE: LazyLock<Re> = regex!(
    r"(?i)\b(?:business(?:men|women|people)?(?:['’]s?)?(?:\s+(?:leaders|executives|groups|delegations?))?|industrialists|bankers|company executives|corporate executives)(?:\s+(?:will|would|may|might|are|were|have|has|had|also|recently|to))*\s+$"
);

/// A meeting whose trigger business people hold ("Dutch and Belgian
/// business leaders met their French colleagues", "a U.S.-Soviet business
/// meeting") is a meeting of companies, no diplomatic event
/// (spec/events.md): the states named are only the business people's
/// nationality. Central bankers are officials ("finance ministers and
/// central bankers will meet"), and a meeting the business people only
/// call for ("business leaders call for talks with the IMF") is not theirs.
fn business_meetings(text: &str, drafts: &mut Vec<Draft>) {
    drafts.retain(|d| {
        if d.event_type != EventType::Meeting && !d.derived {
            return true;
        }
        let from =
            crate::text::ceil_boundary(text, d.trigger.0.saturating_sub(60).max(d.sentence.start));
        let Some(before) = text.get(from..d.trigger.0) else {
            return true;
        };
        let Some(m) = BUSINESS_BEFORE.find(before) else {
            return true;
        };
        before[..m.start()]
            .trim_end()
            .to_lowercase()
            .ends_with("central")
    });
}

/// Between a side and the meeting it stays away from: "Taiwan, one of the
/// ADB's founders, boycotted the annual meeting", "Italy boycotted a
/// meeting in Paris of its G-7 partners".
static BOYCOTT: LazyLock<Re> = regex!(
    r"(?i)\bboycott(?:s|ed|ing)?\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|next\s+|last\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?$"
);

/// A side that boycotts a meeting is no side of it when the meeting keeps
/// two other sides.
fn boycotters(text: &str, drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        if d.derived || d.event_type != EventType::Meeting {
            continue;
        }
        let (ts, _) = d.trigger;
        let Some(before) = text.get(d.sentence.start..ts) else {
            continue;
        };
        let Some(m) = BOYCOTT.find(before) else {
            continue;
        };
        let boycott = d.sentence.start + m.start();
        let ss = d.sentence.start;
        let stays =
            |a: &ActorRef| !(a.end <= boycott && a.start >= ss && a.kind == ActorKind::State);
        // a meeting left with one side would go: it keeps its row
        if d.sides.iter().filter(|a| stays(a)).count() >= 2 {
            d.sides.retain(stays);
        }
    }
}

/// Between a possessor and its talks: "Kuwait's talks with", "the Soviet
/// Union's renewed trade talks with" (up to three modifiers; "Qatar's
/// support for talks with Iran" is support, not talks).
static POSSESSED_TALKS: LazyLock<Re> = regex!(
    r"^['’]s\s+(?:(?:[a-z]+(?:al|ed|ing|ic|ary|ive|ent|ate|ous)|[a-z]+-[a-z-]+|new|first|last|latest|recent|separate|secret|direct|formal|private|trade|debt|peace|border|arms|oil|farm|budget|price|tariff|loan|aid|security)\s+){0,3}$"
);

/// "with" right after the talks: the possessor is the other side.
static WITH_AFTER: LazyLock<Re> = regex!(r"^\s+with\b");

/// The possessor of talks is a side: "Kuwait's talks with the Soviet Union
/// and the U.S." keeps Kuwait beside the two it talked with.
fn possessors(text: &str, actors: &[ActorRef], drafts: &mut [Draft]) {
    for d in drafts
        .iter_mut()
        .filter(|d| !d.derived && d.event_type == EventType::Meeting)
    {
        let (ss, se) = (d.sentence.start, d.sentence.end);
        let (ts, te) = d.trigger;
        if !text.get(te..se).is_some_and(|r| WITH_AFTER.is_match(r)) {
            continue;
        }
        let owner = actors
            .iter()
            .filter(|a| a.start >= ss && a.end <= ts)
            .filter(|a| {
                text.get(a.end..ts)
                    .is_some_and(|r| POSSESSED_TALKS.is_match(r))
            })
            .max_by_key(|a| a.end)
            .cloned();
        let Some(owner) = owner else { continue };
        if d.sides.iter().any(|a| a.key() == owner.key()) {
            continue;
        }
        d.sides.insert(0, owner);
    }
}

/// After a state's mention, a domestic audience: "Brazilian business
/// leaders", "Japan's farm unions", "British opposition parties".
static DOMESTIC_AFTER: LazyLock<Re> = regex!(
    r"(?i)^(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:business(?:men|women| leaders| people| community| groups)|industrialists|bankers|employers|unions?|union leaders|trade unionists|labou?r leaders|workers|farmers|politicians|opposition(?: leaders| parties| politicians)?|parties|party leaders|lawmakers|legislators|congressmen|senators|parliamentarians|executives|companies|firms|industry(?: leaders)?|manufacturers|exporters|church leaders|bishops|students|governors)\b"
);

/// A leader's talks with his own country's business people, unions or
/// parties are domestic, no diplomatic meeting (spec/events.md): the state
/// named only as the audience's nationality is no side, and a meeting left
/// with no side of another country goes ("President Jose Sarney has held
/// private talks with Brazilian business leaders").
fn domestic(text: &str, drafts: &mut Vec<Draft>) {
    drafts.retain_mut(|d| {
        if d.derived || d.event_type != EventType::Meeting {
            return true;
        }
        let (ss, se) = (d.sentence.start, d.sentence.end);
        let audience: Vec<String> = d
            .sides
            .iter()
            .filter(|a| a.kind == ActorKind::State && a.start >= ss && a.end <= se)
            .filter(|a| {
                text.get(a.end..se)
                    .is_some_and(|r| DOMESTIC_AFTER.is_match(r))
            })
            .filter(|a| {
                d.sides.iter().any(|p| {
                    p.kind == ActorKind::Person && p.country.is_some() && p.country == a.country
                })
            })
            .map(ActorRef::key)
            .collect();
        if audience.is_empty() {
            return true;
        }
        let own: Vec<Option<String>> = d
            .sides
            .iter()
            .filter(|a| audience.contains(&a.key()))
            .map(|a| a.country.clone())
            .collect();
        d.sides.retain(|a| !audience.contains(&a.key()));
        d.sides
            .iter()
            .any(|a| a.country.is_none() || !own.contains(&a.country))
    });
}

/// A question put to a speaker: "Asked whether X would meet Y", "asked if
/// the visit would go ahead", "when asked about the talks".
static ASKED: LazyLock<Re> =
    regex!(r"(?i)\basked\s+(?:by\s+\w+\s+)?(?:whether|if|about|when|why|how)\b");

/// The verb of the speaker's answer after a question.
static ANSWER_VERB: LazyLock<Re> = regex!(
    r"\b(?:said|says|replied|replies|answered|told|responded|declined|refused|insisted|added|stressed)\b"
);

/// An answer that denies the event asked about: "said no such meeting was
/// planned", "said there were no plans", "ruled it out", "said it was not on
/// the agenda".
static DENIAL: LazyLock<Re> = regex!(
    r"(?i)^[^.;]{0,60}?\b(?:no\s+such\s+(?:meeting|visit|trip|talks|summit|call|plans?)\b|(?:there\s+(?:are|were|was|is)|(?:has|had|have)\s+been)\s+no\s+(?:such\s+)?(?:plans?|meeting|visit|trip|talks)\b|(?:had|has|have)\s+no\s+plans?\b|ruled\s+(?:it\s+|this\s+|that\s+)?out\b|(?:was|is|were|are)\s+not\s+(?:planned|scheduled|on\s+the\s+agenda)\b)"
);

/// A question put to a speaker (round 16): "Asked whether Lavrov would meet
/// Blinken on the sidelines of the summit, spokeswoman Zakharova said ...",
/// "Fitzwater, asked if Nakasone's visit might help, said ...". The people
/// the question names are its event's sides; the speaker who answers it,
/// after the question's last comma or right before its "asked", is none.
/// An answer that denies the event ("said no such meeting was planned",
/// "said there were no plans") leaves no event of the question.
fn askers(text: &str, drafts: &mut Vec<Draft>) {
    drafts.retain_mut(|d| {
        if d.derived {
            return true;
        }
        let (ss, se) = (d.sentence.start, d.sentence.end);
        let (ts, te) = d.trigger;
        let Some(q) = text
            .get(ss..ts)
            .and_then(|l| ASKED.find_iter(l).last())
            .map(|m| ss + m.start())
        else {
            return true;
        };
        // the answer: its verb after the trigger, the question's close the
        // last comma before it
        let Some(verb) = text
            .get(te..se)
            .and_then(|r| ANSWER_VERB.find(r))
            .map(|m| te + m.start())
        else {
            return true;
        };
        let Some(close) = text
            .get(te..verb)
            .and_then(|r| r.rfind(','))
            .map(|i| te + i)
        else {
            return true;
        };
        if text.get(verb..se).is_some_and(|r| DENIAL.is_match(r)) {
            return false;
        }
        // "Fitzwater, asked if ...": the speaker before the question
        let before = text.get(ss..q).is_some_and(|l| l.trim_end().ends_with(','));
        let speaker = |a: &ActorRef| {
            a.kind == ActorKind::Person
                && a.start >= ss
                && a.end <= se
                && ((a.start > close && a.end <= verb)
                    || (before
                        && a.end <= q
                        && text
                            .get(a.end..q)
                            .is_some_and(|g| g.trim().trim_end_matches(',').trim().is_empty())))
        };
        let sides: &mut Vec<ActorRef> = match d.event_type {
            EventType::Visit => &mut d.guests,
            _ => &mut d.sides,
        };
        sides.retain(|a| !speaker(a));
        true
    });
}

/// A sentence's closing attribution: "..., Baron said." (the name is the
/// last words before it).
static ATTRIBUTION_END: LazyLock<Re> =
    regex!(r#"^\s*(?:said|says|added|told (?:reporters|Reuters|a news conference))\W*$"#);

/// "the two meet again", "both": the speaker counts himself in.
static SPEAKER_IN: LazyLock<Re> =
    regex!(r"(?i)\b(?:the two|both|we|our|us|I|my|me|he|his|him|she|her)\b");

/// Speakers as sides: the person named only in a sentence's closing
/// attribution ("Ivorian minister X was expected to arrive in London to
/// attend the talks, Baron said"; "before Nakasone leaves for talks with
/// President Reagan, Ito said") reports the event another side before the
/// trigger takes part in; he is no side unless the clause counts him in
/// ("when the two meet again, Funaro said"). With no one before the
/// trigger ("as a result of talks yesterday with Baker, Petricioli said")
/// the speaker was in the talks and stays.
fn speakers(text: &str, drafts: &mut [Draft]) {
    for d in drafts.iter_mut().filter(|d| !d.derived) {
        let (ss, se) = (d.sentence.start, d.sentence.end);
        let (ts, _) = d.trigger;
        let closing = |a: &ActorRef| {
            a.kind == ActorKind::Person
                && a.start > ts
                && a.start >= ss
                && a.end <= se
                && text
                    .get(a.end..se)
                    .is_some_and(|r| ATTRIBUTION_END.is_match(r))
                && text.get(ss..a.start).is_some_and(|l| {
                    l.trim_end().ends_with(',') || l.trim_end().ends_with('"') || {
                        // ", Mexican Finance Minister Gustavo Petricioli said"
                        l.rfind(',').is_some_and(|c| {
                            l.get(c + 1..).is_some_and(|t| {
                                !t.contains(|ch: char| ch.is_lowercase())
                                    || t.split_whitespace().count() <= 6
                            })
                        })
                    }
                })
        };
        let sides: &mut Vec<ActorRef> = match d.event_type {
            EventType::Visit => &mut d.guests,
            _ => &mut d.sides,
        };
        let Some(speaker) = sides.iter().find(|a| closing(a)).cloned() else {
            continue;
        };
        // the trigger's own clause: a quote's "I don't see the dollar
        // rising" after "Unless something comes out of the Nakasone/Reagan
        // talks," is the speaker's view, not his part in the talks
        let te = d.trigger.1.min(speaker.start);
        let open = text
            .get(ss..ts)
            .and_then(|l| l.rfind([',', ';', ':']))
            .map_or(ss, |i| ss + i + 1);
        let close = text
            .get(te..speaker.start)
            .and_then(|r| r.find([',', ';', ':']))
            .map_or(speaker.start, |i| te + i);
        let clause = text.get(open..close).unwrap_or("");
        let other_before = sides.iter().any(|a| {
            a.key() != speaker.key() && a.kind == ActorKind::Person && a.start < ts && a.start >= ss
        });
        if other_before && !SPEAKER_IN.is_match(clause) {
            sides.retain(|a| a.key() != speaker.key());
        }
    }
}

/// "the Nigerian team, headed by", "a Yugoslav delegation led by": a body
/// of people that named heads lead.
static TEAM_HEADED: LazyLock<Re> = regex!(
    r"(?i)\b(?:team|delegation|mission)s?,?\s+(?:(?:which\s+is|is|was)\s+)?(?:headed|led)\s+(?:jointly\s+)?by\s+"
);

/// Before a team's first head: nothing but the head's title words in lower
/// case ("led by chief debt negotiator Chris Stals").
static HEAD_LEAD: LazyLock<Re> = regex!(r"^(?:[a-z][\w-]*\s+){0,3}$");

/// Between two heads: "and", a comma.
static HEADS_GAP: LazyLock<Re> = regex!(r"^\s*,?\s*(?:and\s+)?$");

/// Between a state and its team: "the Nigerian team", "Brazil's trade
/// delegation", "a Soviet government delegation".
static TEAM_STATE_GAP: LazyLock<Re> = regex!(r"^(?:['’]s)?(?:\s+[\w-]+){0,3}\s+$");

/// A state's team and the people who head it.
struct Team {
    state: String,
    heads: Vec<ActorRef>,
    sentence_index: usize,
}

/// The teams of a document headed by named people ([`TEAM_HEADED`]): the
/// heads are the persons that follow, joined by "and" or commas; the state
/// is the one right before the team noun ("the Nigerian team") or else the
/// country all heads hold office for. A team with no state (a company's, a
/// bank's: "the Philips team led by chairman Cor van der Klugt") is none.
fn teams(ctx: &DocContext, actors: &[ActorRef]) -> Vec<Team> {
    let text = ctx.doc.text.as_str();
    let mut out = vec![];
    for m in TEAM_HEADED.find_iter(text) {
        let Some(si) = ctx
            .sentences
            .iter()
            .position(|s| s.start <= m.start() && m.start() < s.end)
        else {
            continue;
        };
        let s = &ctx.sentences[si];
        let mut heads: Vec<ActorRef> = vec![];
        for a in actors
            .iter()
            .filter(|a| a.start >= m.end() && a.end <= s.end)
        {
            let (from, gap) = match heads.last() {
                None => (m.end(), &*HEAD_LEAD),
                Some(h) => (h.end, &*HEADS_GAP),
            };
            if a.start < from {
                continue;
            }
            let fits = text.get(from..a.start).is_some_and(|g| gap.is_match(g));
            if !fits || a.kind != ActorKind::Person {
                break;
            }
            heads.push(a.clone());
        }
        if heads.is_empty() {
            continue;
        }
        let named = ctx
            .entities
            .iter()
            .rev()
            .filter(|e| e.start >= s.start && e.end <= m.start())
            .find(|e| {
                state_of(e).is_some()
                    && text
                        .get(e.end..m.start())
                        .is_some_and(|g| TEAM_STATE_GAP.is_match(g) && !PHRASE_BREAK.is_match(g))
            })
            .and_then(state_of)
            .map(str::to_string);
        let held = heads[0].country.clone().filter(|c| {
            heads
                .iter()
                .all(|h| h.country.as_deref() == Some(c.as_str()))
        });
        let Some(state) = named.or(held) else {
            continue;
        };
        // the heads of the Ghanaian team are Ghanaians
        for h in heads.iter_mut().filter(|h| h.country.is_none()) {
            h.country = Some(state.clone());
        }
        out.push(Team {
            state,
            heads,
            sentence_index: si,
        });
    }
    out
}

/// A state's team headed by named people is those people: "Representatives
/// from Nigeria are meeting British officials ... the Nigerian team, headed
/// by Finance Minister Chu Okongwu and Central Bank Governor Abdulkadir
/// Ahmed, will hold similar talks in Paris" gives the London talks the two
/// heads, not Nigeria. Runs after the anaphora pass (a meeting's sides
/// may come from the talks named before it). Within three sentences of the team, a state side or
/// guest told as that state's movers ([`names_mover`]: representatives, a
/// delegation, officials) gives way to the heads; a draft with two heads or
/// more is marked `+team_heads`, so that the trip behind it is one visit of
/// all the heads, not one per head.
pub(super) fn team_heads(ctx: &DocContext, actors: &[ActorRef], drafts: &mut [Draft]) {
    let text = ctx.doc.text.as_str();
    for team in &teams(ctx, actors) {
        let state = team.state.as_str();
        // the state is told as movers at its side's mention, or in the
        // draft's own sentence ("Representatives from Nigeria are meeting",
        // the sides taken from the headline)
        let movers_in = |ss: usize, se: usize| {
            ctx.entities.iter().any(|e| {
                e.start >= ss
                    && e.end <= se
                    && state_of(e) == Some(state)
                    && names_mover(text, &super::state_actor(ctx.kb, e, state), se)
            })
        };
        let is_state =
            |a: &ActorRef| a.kind == ActorKind::State && a.country.as_deref() == Some(state);
        // the occasions (their sides' keys) whose state side gives way
        let mut occasions: Vec<Vec<String>> = vec![];
        for d in drafts.iter() {
            if d.derived || d.sentence_index.abs_diff(team.sentence_index) > 3 {
                continue;
            }
            let told = d.sides.iter().chain(d.guests.iter()).any(|a| {
                is_state(a)
                    && (names_mover(text, a, sentence_end(ctx, a.start))
                        || movers_in(d.sentence.start, d.sentence.end))
            });
            if told {
                occasions.push(d.keys());
            }
        }
        for d in drafts.iter_mut() {
            if d.derived {
                continue;
            }
            let mut replaced = false;
            // "Representatives from Ghana began talks with Britain": the
            // movers before the trigger, no side of their own, are the heads
            let near = d.sentence_index.abs_diff(team.sentence_index) <= 3;
            let no_heads = d
                .sides
                .iter()
                .chain(d.guests.iter())
                .all(|a| !is_state(a) && team.heads.iter().all(|h| h.key() != a.key()));
            if near && no_heads && movers_in(d.sentence.start, d.trigger.0) {
                let list = match d.event_type {
                    EventType::Visit => &mut d.guests,
                    _ => &mut d.sides,
                };
                list.extend(team.heads.iter().cloned());
                replaced = true;
            }
            if occasions.contains(&d.keys()) {
                for list in [&mut d.sides, &mut d.guests] {
                    if !list.iter().any(is_state) {
                        continue;
                    }
                    list.retain(|a| !is_state(a));
                    for h in &team.heads {
                        if !list.iter().any(|a| a.key() == h.key()) {
                            list.push(h.clone());
                        }
                    }
                    replaced = true;
                }
            }
            let present = team
                .heads
                .iter()
                .filter(|h| {
                    d.sides
                        .iter()
                        .chain(d.guests.iter())
                        .any(|a| a.key() == h.key())
                })
                .count();
            let all_heads = present >= 2 && present == team.heads.len();
            if (replaced || all_heads) && !d.rule.contains("+team_heads") {
                d.rule = format!("{}+team_heads", d.rule);
            }
        }
    }
}

/// The end of the sentence holding byte offset `at`.
fn sentence_end(ctx: &DocContext, at: usize) -> usize {
    ctx.sentences
        .iter()
        .find(|s| s.start <= at && at < s.end)
        .map_or(at, |s| s.end)
}

/// After a state's mention, the mover it qualifies: "a British government
/// delegation", "the Zambian trade mission", "Japan's foreign minister",
/// "Nigeria's tour of creditor nations" (a state's own tour is its
/// delegation's).
static MOVER_AFTER: LazyLock<Re> = regex!(
    r"(?i)^(?:['’]s?)?\s*(?:[\w.'’&-]+\s+){0,6}?(?:delegations?|missions?|teams?|officials|commissions?|envoys?|emissar(?:y|ies)|negotiators|representatives|ministers?|leaders?|president|premier|chancellor|king|prince|sheikh|emir|ambassadors?|diplomats|parliamentarians|lawmakers|legislators|businessmen|troops|warships|forces|navy|crews?|experts|advisers|advisors)\b"
);

/// The same with the mover before: "a delegation from Zambia", "officials of
/// the Soviet Union".
static MOVER_BEFORE: LazyLock<Re> = regex!(
    r"(?i)\b(?:delegations?|missions?|teams?|officials|commissions?|envoys?|emissar(?:y|ies)|negotiators|representatives|ministers?|leaders?|diplomats)\s+(?:of|from)\s+(?:the\s+)?$"
);

/// Words that end a noun phrase: verbs and relative pronouns.
static PHRASE_BREAK: LazyLock<Re> = regex!(
    r"(?i)\b(?:said|says|told|is|was|were|are|has|have|had|will|would|could|may|might|can|to|who|which|that|did|does|do|be|been)\b"
);

/// A state's own trip: "Nigeria's tour of creditor nations".
static STATE_TRIP: LazyLock<Re> =
    regex!(r"(?i)^['’]s\s+(?:[\w-]+\s+){0,2}?(?:tour|trip|visit|journey)\b");

/// A state that sends its own mission: "Japan will send a trade mission to",
/// "the Italian government sent a team of experts to".
static STATE_SENDS: LazyLock<Re> = regex!(
    r"(?i)^(?:['’]s)?\s*(?:[\w.'’&-]+\s+){0,5}?(?:send|sends|sent|sending|dispatch(?:es|ed|ing)?)\s+(?:[\w-]+\s+){0,3}?(?:missions?|delegations?|teams?)\b"
);

/// Between a sender and its sending verb: its body's noun, auxiliaries and
/// verbs of intent ("Japan is", "the Italian government will", "the World
/// Bank said it plans to"); never "and" or a comma ("acceptable to both Egypt
/// and Israel and agreed to send": Egypt sends nothing).
static SENDER_GAP: LazyLock<Re> = regex!(
    r"(?i)^(?:['’]s)?(?:\s+(?:government|cabinet|authorities|ministry|bank|fund|agency|commission|will|would|shall|is|are|was|were|has|have|had|also|plans?|planned|planning|agreed|decided|intends?|intended|wants?|expects?|expected|hopes?|to|be|soon|already|may|might|could|said|it|they))*\s+$"
);

/// "send a", "sending a": a mission not yet gone.
static SEND_AHEAD: LazyLock<Re> = regex!(r"(?i)^send(?:ing)?\b");

/// A mission sent ("Conable said his agency plans to send a mission to
/// Brazil", "Reagan will send a delegation to Moscow") is the sender's body
/// travelling, not the person who announces it: the guest is the state or
/// organisation that is the verb's subject ([`SENDER_GAP`]; "Japan sent a
/// team to" too, where the state right before the verb was read as a trip
/// noun's modifier), and with none the visit goes.
fn senders(text: &str, actors: &[ActorRef], drafts: &mut Vec<Draft>) {
    drafts.retain_mut(|d| {
        // "is sending a team", "TO SEND MISSION": the mission is still to go
        if d.rule == "visit.sent_mission"
            && d.status == Status::Occurred
            && text
                .get(d.trigger.0..d.trigger.1)
                .is_some_and(|w| SEND_AHEAD.is_match(w))
        {
            d.status = Status::Planned;
        }
        if d.rule != "visit.sent_mission" {
            return true;
        }
        let (ss, ts) = (d.sentence.start, d.trigger.0);
        let body = actors
            .iter()
            .rev()
            .filter(|a| a.kind != ActorKind::Person && a.start >= ss && a.end <= ts)
            .find(|a| text.get(a.end..ts).is_some_and(|g| SENDER_GAP.is_match(g)))
            .cloned();
        match body {
            Some(b) => {
                d.guests = vec![b];
                true
            }
            None => false,
        }
    });
}

/// A speaker ("Mills said", "said Baron", "Baron told reporters"): the voice
/// of a report, not its traveller.
static SPEAKER_AFTER: LazyLock<Re> =
    regex!(r"^\W{0,3}\s*(?:said|says|told|added|stated|noted|estimated|predicted)\b");
static SPEAKER_BEFORE: LazyLock<Re> = regex!(r"\b(?:said|says|according to)\s+$");

/// Whether a state's mention at `a` names a mover of that state: a
/// delegation, mission, team, officials or office holder after it, a
/// delegation "from" it before it, or its own tour.
fn names_mover(text: &str, a: &ActorRef, sentence_end: usize) -> bool {
    let rest = text.get(a.end..sentence_end.max(a.end)).unwrap_or("");
    // (the mover's words stay in the clause)
    let clause = rest.split([',', ';', '(', '"']).next().unwrap_or("");
    let after: String = clause.chars().take(80).collect();
    let after = after.replace(char::is_whitespace, " ");
    let before = args::squash(text.get(a.start.saturating_sub(50)..a.start).unwrap_or(""));
    // (a verb between ends the phrase: "the Qatar news agency said Sheikh")
    MOVER_AFTER
        .find(&after)
        .is_some_and(|m| !PHRASE_BREAK.is_match(m.as_str()))
        || STATE_TRIP.is_match(&after)
        || STATE_SENDS.is_match(&after)
        || MOVER_BEFORE.is_match(&format!("{before} "))
}

/// The mover check: a state alone rarely travels. A visit whose guests are
/// all states keeps them only when the sentence names a mover of that state
/// ([`names_mover`]: "a Zambian delegation will leave for Washington");
/// otherwise the person the sentence names as traveller (not its host, not a
/// speaker, not a national of the place) is the guest ("Morocco is the last
/// stop of a tour that has taken Herrington to ..."), and with none the
/// visit goes ("overseas trips" of a market, a freighter's "trip to Japan",
/// "welcomed Brazil's export measures").
fn movers(text: &str, actors: &[ActorRef], drafts: &mut Vec<Draft>) {
    senders(text, actors, drafts);
    drafts.retain_mut(|d| {
        if d.event_type != EventType::Visit
            || d.derived
            || d.guests.is_empty()
            || d.guests.iter().any(|g| g.kind != ActorKind::State)
        {
            return true;
        }
        let (ss, se) = (d.sentence.start, d.sentence.end);
        let codes: Vec<&str> = d
            .guests
            .iter()
            .filter_map(|g| g.country.as_deref())
            .collect();
        let moving = actors
            .iter()
            .chain(d.guests.iter())
            .filter(|a| a.start >= ss && a.end <= se && a.kind == ActorKind::State)
            .filter(|a| a.country.as_deref().is_some_and(|c| codes.contains(&c)))
            .any(|a| names_mover(text, a, se));
        if moving {
            return true;
        }
        let host_keys: Vec<String> = d.hosts.iter().map(ActorRef::key).collect();
        let place_country = d.place.as_ref().and_then(|p| p.country.clone());
        let (ts, te) = d.trigger;
        let person = actors
            .iter()
            .filter(|a| a.kind == ActorKind::Person && a.start >= ss && a.end <= se)
            .filter(|a| !host_keys.contains(&a.key()))
            .filter(|a| a.country.is_none() || a.country != place_country)
            .filter(|a| {
                let after = text.get(a.end..se).unwrap_or("");
                let before = args::squash(text.get(ss..a.start).unwrap_or(""));
                !SPEAKER_AFTER.is_match(after) && !SPEAKER_BEFORE.is_match(&format!("{before} "))
            })
            .filter(|a| !corporate_title(text, a, actors, ss, se))
            .min_by_key(|a| {
                if a.end <= ts {
                    ts - a.end
                } else {
                    a.start.saturating_sub(te)
                }
            })
            .cloned();
        match person {
            Some(p) => {
                d.guests = vec![p];
                true
            }
            None => false,
        }
    });
}

/// Words between a gathering and its group: "of the", "with", "with the
/// leaders of the", "among".
static GROUP_AFTER: LazyLock<Re> = regex!(
    r"^\s+(?:of|with|among|between)\s+(?:(?:the|our|fellow|other|their)\s+)?(?:(?:leaders|heads of (?:state|government)|members|counterparts)\s+of\s+(?:the\s+)?)?$"
);

/// "with the leaders of the", "with heads of state of".
static LEADERS_OF: LazyLock<Re> = regex!(r"\b(?:leaders|heads of (?:state|government))\s+of\b");

/// Between a group and the gathering after it: "the G7 virtual leaders'
/// meeting", "NATO's".
static GROUP_BEFORE: LazyLock<Re> = regex!(r"^(?:['’]s)?\s*$");

/// After a group: "leaders", "Allies", "partners" (so "with G7 leaders",
/// "with NATO Allies" name the group, "with the G7 summit" does not).
static GROUP_PEOPLE: LazyLock<Re> = regex!(
    r"^\s+(?:[Ll]eaders|[Hh]eads of (?:[Ss]tate|[Gg]overnment)|Allies|allies|counterparts)\b"
);

/// "(today) with Allies and partners" in a White House statement: NATO's.
static ALLIES: LazyLock<Re> = regex!(
    r"^\s+(?:(?:today|this (?:morning|afternoon|evening))\s+)?with\s+(?:our\s+)?(?:NATO\s+)?[Aa]llies\b"
);

/// A group the tables do not know, named by capitalised words ending in a
/// group noun ("the Ukraine Defense Contact Group", "the Bucharest Nine").
static NAMED_GROUP: LazyLock<Re> = regex!(
    r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?:Group|Nine|Seven|Eight|Twenty|Coalition|Forum|Alliance|Partnership|Format|Quartet|Quad)\b"
);

/// The same, as the subject right before the trigger ("the Contact Group
/// met", "the Bucharest Nine will meet").
static NAMED_GROUP_END: LazyLock<Re> = regex!(
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:Group|Nine|Seven|Eight|Twenty|Coalition|Forum|Alliance|Partnership|Format|Quartet|Quad)\s+(?:(?:will|would|is to|are to|to|has|have|had|also|again|first|last)\s+)?$"
);

/// A group the tables do not know, named at `start..end` ("the Ukraine
/// Defense Contact Group"), as an organisation side; none when the resolver
/// read those words as a person's or a known body's (a state inside the
/// name is not one).
fn unknown_group(text: &str, start: usize, end: usize, actors: &[ActorRef]) -> Option<ActorRef> {
    if actors
        .iter()
        .any(|a| a.start < end && start < a.end && a.kind != ActorKind::State)
    {
        return None;
    }
    Some(ActorRef {
        start,
        end,
        id: None,
        name: text
            .get(start..end)?
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        kind: ActorKind::Organization,
        country: None,
    })
}

/// Calls and meetings of a group: "convened a call with G7 leaders", "a
/// virtual leaders' meeting of the G7", "the G7 virtual leaders' meeting",
/// "will host a virtual meeting of the Ukraine Defense Contact Group", "met
/// with the leaders of the Bucharest Nine". The group (a known organisation,
/// else a capitalised name ending in a group noun) joins the sides; a call
/// of the group alone is the club's own (`call.club`), kept like a club's
/// meeting. "with Allies" (capitalised) in a call is NATO's. "spoke today
/// with the Bucharest Nine" is a call with the group.
fn group_sides(ctx: &DocContext, actors: &[ActorRef], drafts: &mut [Draft]) {
    let text = ctx.doc.text.as_str();
    for d in drafts.iter_mut() {
        if d.derived || d.event_type == EventType::Visit {
            continue;
        }
        let (ts, te) = d.trigger;
        let (ss, se) = (d.sentence.start, d.sentence.end);
        let Some(tw) = text.get(ts..te) else { continue };
        let gathering = tw.to_lowercase();
        // a summit is named by `super::summits`, with its own city and dates
        if d.summit || (d.event_type == EventType::Meeting && gathering.contains("summit")) {
            continue;
        }
        // "spoke today with the Bucharest Nine": the verb's object is the group
        let spoke_with = d.event_type == EventType::Call && gathering.ends_with("with");
        let noun = spoke_with
            || ["call", "meeting", "conference", "talks"]
                .iter()
                .any(|w| gathering.contains(w));
        let verb = d.event_type == EventType::Meeting
            && matches!(
                tw.to_lowercase().as_str(),
                "meet" | "meets" | "met" | "meeting"
            );
        if !noun && !verb {
            continue;
        }
        // a club's own sitting is `fill`'s (with its denials); here a
        // meeting needs a person who meets the group
        let call = d.event_type == EventType::Call;
        let group_met = verb
            && text
                .get(ss..ts)
                .is_some_and(|b| NAMED_GROUP_END.is_match(b));
        if !call && !group_met && !d.sides.iter().any(|a| a.kind == ActorKind::Person) {
            continue;
        }
        // a known organisation after the gathering, or right before it
        let known = actors
            .iter()
            .filter(|a| a.kind == ActorKind::Organization && a.id.is_some())
            .filter(|a| a.start >= ss && a.end <= se)
            .find(|a| {
                (a.start >= te
                    && a.start - te <= 50
                    && text.get(te..a.start).is_some_and(|g| {
                        GROUP_AFTER.is_match(g)
                            || spoke_with && GROUP_AFTER.is_match(&format!(" with{g}"))
                    })
                    && text.get(a.end..se).is_some_and(|r| {
                        // a call "of/with the G7" is the group's; a meeting
                        // only with its leaders ("with the leaders of the
                        // G7", "with G7 leaders"): "attended a meeting of
                        // the IMF" is the body's sitting, not talks with it
                        call || text
                            .get(te..a.start)
                            .is_some_and(|g| LEADERS_OF.is_match(g))
                            || GROUP_PEOPLE.is_match(r)
                    }))
                    || (a.end <= ts
                        && call
                        && !spoke_with
                        && ts - a.end <= 40
                        && text.get(a.end..ts).is_some_and(|g| {
                            GROUP_BEFORE.is_match(g)
                                || g.split_whitespace().count() <= 3
                                    && !g.contains([',', ';', '.'])
                                    && g.split_whitespace()
                                        .all(|w| w.chars().next().is_some_and(char::is_lowercase))
                        }))
            })
            .cloned();
        let group = known.or_else(|| {
            // a group the tables do not know, after "of the"/"with the"
            let rest = text.get(te..se)?;
            // GROUP_AFTER is anchored at both ends: the longest gap
            let lead = (1..rest.len().min(50))
                .rev()
                .filter(|&i| rest.is_char_boundary(i))
                .find(|&i| GROUP_AFTER.is_match(&rest[..i]))?;
            if !call && !rest.get(..lead).is_some_and(|g| LEADERS_OF.is_match(g)) {
                return None;
            }
            let m = NAMED_GROUP.find(rest.get(lead..)?)?;
            unknown_group(text, te + lead + m.start(), te + lead + m.end(), actors)
        });
        let group = group.or_else(|| {
            // "the Ukraine Defense Contact Group met": an unknown group as
            // the subject of the verb
            let before = text.get(ss..ts)?;
            let m = NAMED_GROUP_END.find(before)?;
            let (start, end) = (ss + m.start(), ss + m.start() + m.as_str().trim_end().len());
            let name = text.get(start..end)?;
            let name = name.strip_prefix("The ").unwrap_or(name);
            unknown_group(text, end - name.len(), end, actors)
        });
        let group = group.or_else(|| {
            // "convened a secure call with Allies and partners"
            let m = ALLIES.find(text.get(te..se)?)?;
            if d.event_type != EventType::Call || !super::from_white_house(ctx) {
                return None;
            }
            let nato = ctx.kb.actor("nato")?;
            Some(ActorRef::of(
                nato,
                te + m.end() - "Allies".len(),
                te + m.end(),
            ))
        });
        let Some(g) = group else { continue };
        if !d.sides.iter().any(|a| a.key() == g.key()) {
            // a state named inside the group's name is no side of its own
            d.sides.retain(|a| !(a.start >= g.start && a.end <= g.end));
            d.sides.push(g);
        }
        if d.keys().len() == 1 && !d.rule.contains("club") {
            d.rule = if d.event_type == EventType::Call {
                "call.club".to_string()
            } else {
                format!("{}.club", d.rule)
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{names_mover, own_noun, ActorKind, ActorRef, BOYCOTT, POSSESSED_TALKS};

    #[test]
    fn a_bodys_own_meeting_noun_is_found_on_either_side() {
        let text = "a G-5 meeting next week in advance of a meeting of the IMF could";
        let body = |name: &str| {
            let start = text.find(name).unwrap_or(0);
            ActorRef {
                start,
                end: start + name.len(),
                id: None,
                name: name.to_string(),
                kind: ActorKind::Organization,
                country: None,
            }
        };
        assert_eq!(
            own_noun(text, &body("G-5"), 0, text.len()),
            text.find("meeting")
        );
        assert_eq!(
            own_noun(text, &body("IMF"), 0, text.len()),
            text.rfind("meeting")
        );
    }

    #[test]
    fn a_boycott_stands_right_before_the_meeting() {
        assert!(BOYCOTT.is_match("Taiwan, a founder of the ADB, boycotted the annual "));
        assert!(BOYCOTT.is_match("Italy boycotted a "));
        assert!(!BOYCOTT.is_match("Italy, which boycotted the vote, attended the "));
    }

    #[test]
    fn only_modifiers_stand_between_a_possessor_and_its_talks() {
        // the text between the possessor and "talks"
        for r in ["'s ", "'s renewed trade ", "’s two-day "] {
            assert!(POSSESSED_TALKS.is_match(r), "{r}");
        }
        for r in ["'s support for ", "'s backing of ", "'s call for new "] {
            assert!(!POSSESSED_TALKS.is_match(r), "{r}");
        }
    }

    #[test]
    fn a_mover_is_named_beside_its_state() {
        let state = |text: &str, name: &str| {
            let start = text.find(name).unwrap_or(0);
            let a = ActorRef {
                start,
                end: start + name.len(),
                id: Some("X".to_string()),
                name: name.to_string(),
                kind: ActorKind::State,
                country: Some("XXX".to_string()),
            };
            names_mover(text, &a, text.len())
        };
        assert!(state("a Zambian trade delegation will leave", "Zambian"));
        assert!(state("a mission from Zambia will leave", "Zambia"));
        assert!(state(
            "the U.S.-government backed Overseas Private Investment Corp mission",
            "U.S."
        ));
        assert!(state(
            "the first in Nigeria's tour of creditor nations",
            "Nigeria"
        ));
        assert!(!state(
            "groups in Canada would continue to use cheques for overseas trips",
            "Canada"
        ));
        assert!(!state(
            "The Qatar news agency said Sheikh Sultan was in Dubai",
            "Qatar"
        ));
        assert!(!state("welcomed Brazil's export measures", "Brazil"));
        assert!(!state("Barbados is making its annual trip", "Barbados"));
    }

    use crate::extract::{EventMention, EventType, Status};
    use crate::ingest::{Document, Published, PublishedSource};
    use crate::kb::Kb;

    fn run(text: &str, date: &str) -> Vec<EventMention> {
        let Ok(kb) = Kb::builtin() else {
            return vec![];
        };
        let doc = Document {
            doc_id: "t".to_string(),
            source: "t.sgm".to_string(),
            line: None,
            url: None,
            title: None,
            author: None,
            outlet: None,
            published: chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
                .ok()
                .map(|date| Published {
                    date,
                    timestamp: None,
                }),
            published_source: PublishedSource::Metadata,
            segment: None,
            text: text.to_string(),
        };
        crate::pipeline::analyse(doc, &crate::time::Tagger::new(), &kb).mentions
    }

    fn meetings(ms: &[EventMention]) -> Vec<&EventMention> {
        ms.iter()
            .filter(|m| m.event_type == EventType::Meeting)
            .collect()
    }

    fn has(m: &EventMention, name: &str) -> bool {
        m.participants
            .iter()
            .any(|p| p.name == name || p.actor_id.as_deref() == Some(name))
    }

    fn meeting_of<'a>(ms: &'a [EventMention], names: &[&str]) -> Option<&'a EventMention> {
        meetings(ms)
            .into_iter()
            .find(|m| names.iter().all(|n| has(m, n)))
    }

    #[test]
    fn talks_with_an_organisations_officials_keep_both_sides() {
        let ms = run(
            "Agriculture Secretary Richard Lyng will fly to Brussels on Monday for talks with European Community officials.",
            "1987-04-08",
        );
        let m = meeting_of(&ms, &["Richard Lyng", "eec"]);
        assert!(m.is_some(), "{ms:?}");
        // an organisation after "with" that is no side of talks
        let ms = run(
            "Agriculture Secretary Richard Lyng met with strong objections from European Community farm ministers.",
            "1987-04-08",
        );
        assert!(meeting_of(&ms, &["eec"]).is_none(), "{ms:?}");
    }

    #[test]
    fn a_person_named_after_an_institutions_title_is_a_side() {
        let ms = run(
            "TOKYO, May 4 - Agriculture Secretary Richard Lyng described his meeting with Tokyo grain exchange chairman Taro Yamada as useful.",
            "1987-05-04",
        );
        assert!(
            meeting_of(&ms, &["Richard Lyng", "Taro Yamada"]).is_some(),
            "{ms:?}"
        );
    }

    #[test]
    fn a_club_of_states_meets_as_one_side() {
        let ms = run(
            "PARIS, Feb 20 - Group of Seven finance ministers will meet here on Sunday to discuss currencies.",
            "1987-02-20",
        );
        let m = meeting_of(&ms, &["g7"]);
        let m = m.unwrap_or_else(|| panic!("no G7 meeting in {ms:?}"));
        assert_eq!(m.status, Status::Planned);
        assert_eq!(m.place_id.as_deref(), Some("paris"));
        assert_eq!(m.participants.len(), 1);
        // denied, or the verb of needs, or a committee: no meeting
        for text in [
            "There is no need for an emergency OPEC meeting, the minister said.",
            "What we see is OPEC meeting this demand through current output.",
            "A meeting of the OPEC Differentials Committee was postponed.",
        ] {
            let ms = run(text, "1987-03-04");
            assert!(meeting_of(&ms, &["opec"]).is_none(), "{text}: {ms:?}");
        }
    }

    #[test]
    fn the_meeting_after_a_clubs_is_the_clubs() {
        let ms = run(
            "ROME, Oct 20 - An early meeting of Group of Seven finance ministers is unlikely, because the accords made at the last meeting in Washington hold, an official said.",
            "1987-10-20",
        );
        let at_washington = meetings(&ms)
            .into_iter()
            .any(|m| has(m, "g7") && m.place_id.as_deref() == Some("washington"));
        assert!(at_washington, "{ms:?}");
    }

    #[test]
    fn a_speaker_addressing_a_clubs_conference_takes_part() {
        let ms = run(
            "Canada's Foreign Minister Joe Clark told a conference of ASEAN foreign ministers that farm subsidies must end.",
            "1987-06-18",
        );
        assert!(meeting_of(&ms, &["Joe Clark", "asean"]).is_some(), "{ms:?}");
    }

    #[test]
    fn a_foreign_minister_speaking_in_a_foreign_city_is_visiting() {
        let ms = run(
            "Brazilian Finance Minister Dilson Funaro said in Caracas at the weekend that debt talks would resume.",
            "1987-03-02",
        );
        assert!(
            ms.iter().any(|m| m.event_type == EventType::Visit
                && has(m, "Dilson Funaro")
                && m.place_id.as_deref() == Some("caracas")),
            "{ms:?}"
        );
        // at home, or a speaker the tables do not place: no visit
        for text in [
            "Brazilian Finance Minister Dilson Funaro said in Brasilia that talks would resume.",
            "Analyst John Pereira said in Caracas that talks would resume.",
        ] {
            let ms = run(text, "1987-03-02");
            assert!(
                ms.iter().all(|m| m.event_type != EventType::Visit),
                "{text}: {ms:?}"
            );
        }
    }

    #[test]
    fn a_delegation_that_left_a_city_after_talks_visited_and_met() {
        let ms = run(
            "A French government delegation has just left Lagos after holding talks on debt relief, officials said.",
            "1987-03-10",
        );
        assert!(
            ms.iter().any(|m| m.event_type == EventType::Visit
                && has(m, "FRA")
                && m.place_id.as_deref() == Some("lagos")),
            "{ms:?}"
        );
        assert!(meeting_of(&ms, &["FRA", "NGA"]).is_some(), "{ms:?}");
    }

    #[test]
    fn the_two_countries_are_the_two_states_of_the_story() {
        let ms = run(
            "Canada and France disagree over fishing rights. Canada wants lower quotas than France. Rumours spread after officials from the two countries held their annual fisheries talks in March.",
            "1987-04-08",
        );
        assert!(meeting_of(&ms, &["CAN", "FRA"]).is_some(), "{ms:?}");
    }

    #[test]
    fn a_hyphenated_pair_of_states_names_the_sides() {
        let ms = run(
            "TOKYO, April 6 - U.S.-Japanese trade talks opened here on Monday.",
            "1987-04-06",
        );
        assert!(meeting_of(&ms, &["USA", "JPN"]).is_some(), "{ms:?}");
    }

    #[test]
    fn a_summit_of_all_the_seven_is_the_g7s_in_the_city_named_before() {
        let ms = run(
            "ROME, June 12 - The Venice summit ended with a pledge on farm trade. The United States, Japan, West Germany, France, Britain, Italy and Canada agreed at the summit to cut farm subsidies.",
            "1987-06-12",
        );
        let m = meeting_of(&ms, &["g7"]).unwrap_or_else(|| panic!("no G7 in {ms:?}"));
        assert_eq!(m.place_id.as_deref(), Some("venice"));
    }

    #[test]
    fn signing_in_person_is_a_meeting_of_the_signatories() {
        let ms = run(
            "PARIS, March 27 - The loan accord was signed here yesterday by Nigerian Finance Minister Chu Okongwu and senior French Treasury officials.",
            "1987-03-27",
        );
        let m = meeting_of(&ms, &["Chu Okongwu", "FRA"]).unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.place_id.as_deref(), Some("paris"));
        assert_eq!(m.status, Status::Occurred);
    }

    #[test]
    fn office_titles_of_a_list_of_states_are_their_holders() {
        let ms = run(
            "Secretary Blinken and the Foreign Ministers of Australia, Japan and New Zealand will meet tomorrow in Tokyo.",
            "2024-07-11",
        );
        let m = meeting_of(&ms, &["Antony Blinken", "Penny Wong", "Winston Peters"]);
        assert!(m.is_some(), "{ms:?}");
    }

    #[test]
    fn a_persons_country_after_of_the_keeps_a_list_coordinated() {
        let ms = run(
            "President Joe Biden met today with President Yoon Suk Yeol of the Republic of Korea, Prime Minister Fumio Kishida of Japan and Prime Minister Christopher Luxon of New Zealand.",
            "2024-07-11",
        );
        let m = meeting_of(
            &ms,
            &[
                "Joe Biden",
                "Yoon Suk Yeol",
                "Fumio Kishida",
                "Christopher Luxon",
            ],
        );
        assert!(m.is_some(), "{ms:?}");
    }

    #[test]
    fn a_states_talks_with_an_organisation_are_at_its_dateline() {
        let ms = run(
            "NAIROBI, April 8 - Talks are under way between Kenya and the International Monetary Fund on a new loan.",
            "1987-04-08",
        );
        let m = meeting_of(&ms, &["KEN", "imf"]).unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.place_id.as_deref(), Some("nairobi"));
    }

    #[test]
    fn officials_of_a_state_across_the_table_are_its_side() {
        let ms = run(
            "TOKYO, April 8 - Talks between a Soviet delegation headed by Deputy Foreign Minister Anatoly Kovalev and Japanese officials began today.",
            "1987-04-08",
        );
        assert!(
            meeting_of(&ms, &["Anatoly Kovalev", "JPN"]).is_some(),
            "{ms:?}"
        );
        let ms = run(
            "MEXICO CITY, April 24 - Central bank head Miguel Mancera Aguayo held private talks here yesterday with the president of the Peruvian central bank.",
            "1987-04-24",
        );
        let m =
            meeting_of(&ms, &["Miguel Mancera Aguayo", "PER"]).unwrap_or_else(|| panic!("{ms:?}"));
        assert_eq!(m.place_id.as_deref(), Some("mexico-city"));
    }

    #[test]
    fn an_organisation_qualifying_a_thing_is_no_side() {
        let ms = run(
            "Japan requested consultations under Article 23 of the General Agreement on Tariffs and Trade yesterday.",
            "1987-04-17",
        );
        assert!(meeting_of(&ms, &["gatt"]).is_none(), "{ms:?}");
    }

    #[test]
    fn a_possessor_after_a_preposition_is_the_guest() {
        let ms = run(
            "Officials tried to separate the dispute from Prime Minister Yasuhiro Nakasone's planned trip to Washington at the end of April.",
            "1987-03-29",
        );
        let v = ms
            .iter()
            .find(|m| m.event_type == EventType::Visit && has(m, "Yasuhiro Nakasone"));
        assert!(
            v.is_some_and(|v| v.place_id.as_deref() == Some("washington")),
            "{ms:?}"
        );
    }

    #[test]
    fn wire_talk_phrases() {
        // "is in X holding talks": a visit under way
        let ms = run(
            "Finance Minister Dilson Funaro is in Washington holding talks with creditor banks.",
            "1987-04-09",
        );
        assert!(
            ms.iter()
                .any(|m| m.event_type == EventType::Visit && has(m, "Dilson Funaro")),
            "{ms:?}"
        );
        // "discussions between": talks; a later "between" does not hide the object of "with"
        let ms = run(
            "There were discussions between Japanese officials and Trade Minister Michael Howard. Finance Minister Gerhard Stoltenberg said his meeting with Treasury Secretary James Baker had resolved differences between the two countries.",
            "1987-04-09",
        );
        assert!(
            meeting_of(&ms, &["Michael Howard", "JPN"]).is_some(),
            "{ms:?}"
        );
        assert!(
            meeting_of(&ms, &["gerhard-stoltenberg", "james-baker"]).is_some(),
            "{ms:?}"
        );
        // "after a visit to the World Bank" in a Washington story
        let ms = run(
            "WASHINGTON, April 9 - Finance Minister Dilson Funaro, speaking after a visit to the World Bank, said talks went well.",
            "1987-04-09",
        );
        assert!(
            ms.iter()
                .any(|m| m.event_type == EventType::Visit
                    && m.place_id.as_deref() == Some("washington")),
            "{ms:?}"
        );
    }
}

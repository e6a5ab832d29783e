//! Counterparts: who sits across the table from a meeting's subject, and
//! whether they sat as one meeting or one meeting each.
//!
//! The one place that answers "who are the counterparts of this meeting,
//! and is it one sitting or one meeting each". The Meet and Call frames of
//! `mod.rs` hand their trigger here with the groups the sentence names
//! before it (the subject) and after it; [`table`] says who is across the
//! table and how that was found (a [`Table`]: the two sides and whether
//! the far one is named people, one state's or several states' unnamed
//! officials, or the host's), [`sittings`] turns the table into drafts, and
//! [`split_rounds`], a document pass run once the places are known, splits
//! a visitor's rounds the sentence frame could not see.
//!
//! **Who is across the table** ([`table`]). The names after the trigger,
//! unless a rule reads the phrase better:
//!
//! - "spoke to Prime Minister Albanese", never "spoke to reporters about
//!   Putin": after "spoke to" a person follows at once, after titles only,
//!   or there is no call;
//! - "meetings between X and Y": both sides follow the trigger;
//! - "talks with South Korean leaders", "held talks with Soviet
//!   counterparts", "met last night with Brazilian officials" (a time may
//!   stand before "with"): unnamed officials named by their country's
//!   adjective (or the country: "with Norway's minority Labour government")
//!   are that state's side (rule suffix `.officials`), unless a name
//!   follows in the same clause ("with West German officials, including
//!   Finance Minister Stoltenberg": the named one is the side) — a name
//!   after the clause is its speaker ("..., Reagan said");
//! - "yesterday met World Bank and International Monetary Fund
//!   officials", "will meet top Chinese leaders" (no "with"): the states
//!   and bodies a meeting verb takes as its object, listed right before
//!   the people's noun, are the side (`.officials`, round 16); never a
//!   thing met ("met U.S. demands") or the subject's own state;
//! - "hoped to travel to talk to Japanese and Canadian government
//!   officials": after "talk to" the officials of each state listed, one
//!   meeting each, held in that state (`.officials`);
//! - "in Washington talking to government officials": the host's unnamed
//!   officials (`itinerary::host_side`, `.host_officials`), and "gave the
//!   same message to Abe in talks here": the host of the story's city
//!   (`itinerary::talks_here_host`);
//! - no meeting at all when a verb's pair "started talks with the banks"
//!   (the other side is no actor), or "Baldrige will meet Chun and Rha"
//!   has no subject (the objects did not meet each other); a list after
//!   "talks in" names places, not sides ("after talks in North America,
//!   the EC and Thailand").
//!
//! **One sitting or one meeting each** ([`sittings`]). A lone person
//! meeting two or more people of one country meets each ("Kerry met with
//! Putin and Lavrov": two meetings). Leaders of several countries met at
//! once hold one meeting ("Biden met with Kallas of Estonia, Levits of
//! Latvia and Nauseda of Lithuania"), unless the sentence says "separately"
//! or "bilateral meetings"; then "in each country" places each meeting in
//! its counterpart's country. The heads of international bodies a visitor
//! calls on ("will meet Shultz, Conable of the World Bank and Camdessus of
//! the IMF") are rounds too: only states make a table multilateral. A
//! sentence that tells one sitting ("together", "jointly", "trilateral",
//! "the three leaders", a meal: "talks over lunch with Harris and Blinken")
//! keeps the meeting whole. A call with a list is one conference call
//! ("spoke with Macron and Scholz"), but "with both A and B" or
//! "separately" is one call each (round 16).
//!
//! **A visitor's rounds** ([`split_rounds`]). "Funaro and Gros are meeting
//! Chancellor Lawson, Foreign Secretary Howe and Governor Leigh-Pemberton"
//! tells three meetings, not one of five people: visitors call on the host
//! country's office holders one by one, and an analyst's network wants an
//! edge from the visitors to each, not a clique in which Howe met Lawson.
//! The gold reads it the same way ("one meeting per named counterpart",
//! gold/README.md). [`sittings`] splits a lone subject's list; this pass
//! does it where the sentence frame cannot see it: a subject of several
//! people, a noun's talks, a place only the dateline gives. A meeting is
//! split into one draft per counterpart when its subject is named before
//! the trigger, its two or more named counterparts after it are people of
//! ONE country that is none of the subject's, and it is held in that
//! country. Counterparts of several countries ("after meeting U.S.,
//! Japanese and Canadian trade ministers") are one multilateral meeting; so
//! are two delegations at the subject's home ("Biden, Blinken and Austin
//! met with Kuleba and Reznikov"), and a sentence that tells one sitting.
//!
//! ```text
//! "Kerry met with Putin and Lavrov."
//!  -> meeting Kerry, Putin (meeting.meet)
//!  -> meeting Kerry, Lavrov (meeting.meet)
//! "Funaro will talk to Japanese and Canadian government officials."
//!  -> meeting Funaro, Japan; in Japan (meeting.talking_to.officials)
//!  -> meeting Funaro, Canada; in Canada (meeting.talking_to.officials)
//! "WASHINGTON - Bangemann and Noelling will meet Baker, Volcker and Yeutter."
//!  -> meeting Bangemann, Noelling, Baker (meeting.meet+dateline+each)
//!  -> meeting Bangemann, Noelling, Volcker (meeting.meet+dateline+each)
//!  -> meeting Bangemann, Noelling, Yeutter (meeting.meet+dateline+each)
//! ```

use std::collections::BTreeSet;
use std::sync::LazyLock;

use crate::re::Re;

use super::args::{self, ActorRef, PlaceRef};
use super::triggers::{Frame, Trigger};
use super::{
    itinerary, opens_with_with, opens_with_word, sides, state_actor, state_of, time_before_with,
    DocContext, Draft, EventType, Site,
};
use crate::kb::{ActorKind, EntityMention};

/// Words that make a list of counterparts one sitting; a meal is one table
/// ("talks over lunch with Vice-President Harris and Secretary Blinken",
/// round 16).
static ONE_SITTING: LazyLock<Re> = regex!(
    r"(?i)\b(?:together|jointly|joint|trilateral|tripartite|three-way|four-way|round-?table|all (?:three|four|five|six)|the (?:three|four|five|six) (?:men|leaders|ministers|officials)|(?:over|at|during)\s+(?:a\s+|an\s+)?(?:working\s+|private\s+|official\s+|state\s+)?(?:lunch|luncheon|dinner|breakfast))\b"
);

/// "spoke by telephone with both Putin and Zelensky": "both" right after the
/// call's "with" opens a list of people called one by one (round 16).
static WITH_BOTH: LazyLock<Re> = regex!(r"(?i)^\s*(?:[\w-]+\s+){0,3}?with\s+both\s+$");

/// "meet separately with", "bilateral meetings with his counterparts": one
/// meeting per counterpart, whatever their countries.
static SEPARATELY: LazyLock<Re> = regex!(
    r"(?i)\b(?:separately|separate (?:meetings|talks)|bilateral (?:meetings|talks)|respectively|one-on-one meetings|in each (?:country|capital))\b"
);

/// A verb whose objects are met by its subject ("meet", "held talks").
static TRANSITIVE_MEET: LazyLock<Re> = regex!(
    r"(?i)^(?:meet|meets|met|visit|visits|visited|(?:hold|holds|held|have|has|had)\b.*\b(?:talks|discussions|meetings?))$"
);

/// Before the state of "with senior Soviet officials".
static COUNTERPART_LEAD: LazyLock<Re> = regex!(
    r"(?i)^\s*with\s+(?:(?:a|an|the|his|her|their|two|three|several|senior|top|visiting|high-level|government)\s+){0,3}$"
);

/// After the state: the unnamed officials' noun.
static COUNTERPART_TAIL: LazyLock<Re> = regex!(
    r"^(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:[A-Z][a-z]+\s+)?(?:officials?|counterparts?|leaders|negotiators|delegation|delegates|government|authorities|ministers)\b"
);

/// "with representatives of the Soviet Union", "with officials from
/// Japan": the unnamed people before a country's name (round 14).
static PEOPLE_OF_LEAD: LazyLock<Re> = regex!(
    r"(?i)^\s*with\s+(?:(?:the|senior|top|government|high-level)\s+){0,2}(?:representatives|officials|delegates|delegations|envoys|negotiators|emissaries)\s+(?:of|from)\s+(?:the\s+)?$"
);

/// After such a country: the phrase ends there (a stop, a comma, a
/// preposition or a time), so the country is no modifier of a body's name
/// ("officials of the Soviet grain agency").
static PEOPLE_OF_TAIL: LazyLock<Re> = regex!(
    r"^(?:\s*[,.;:)]|\s*$|\s+(?:and|on|in|at|to|for|about|over|this|next|last|later|early|soon|today|tomorrow|yesterday|before|after|during|when|while|who|which)\b)"
);

/// Between a meeting trigger and the person across the table from a
/// state's team: "with" and the words of titles only ("talks with Finance
/// Minister", "to meet Kuwait's Crown Prince and Prime Minister").
static TEAM_OBJECT_GAP: LazyLock<Re> =
    regex!(r"^\s*(?:with\s+)?(?:(?:the|of|and)\s+|[A-Z][\w.'’-]*\s+)*$");

/// A meeting verb whose object is met in person: "met", "meet", "meets",
/// and "meeting" after a form of "be" ("is meeting"; never the noun of "at
/// the meeting Japanese officials said").
static MEET_VERB: LazyLock<Re> = regex!(r"(?i)^(?:met|meet|meets)$");

/// Before "meeting" as a verb: a form of "be", an adverb at most between.
static BE_BEFORE: LazyLock<Re> =
    regex!(r"(?i)\b(?:is|are|was|were|be|been)\s+(?:[a-z]+ly\s+|also\s+)?$");

/// From a meeting verb to the first body of its object ("met World Bank
/// and ... officials", "will meet top Chinese leaders"): no "with", a
/// determiner or a rank word at most.
static OBJECT_LEAD: LazyLock<Re> = regex!(
    r"(?i)^\s+(?:(?:the|senior|top|high-level|high-ranking|visiting|leading|several|some|two|three)\s+){0,3}$"
);

/// After the last body of such an object: the people's noun, two
/// lower-case words or one capitalised qualifier at most before it
/// ("finance ministry officials", "Congressional leaders"); never a
/// thing met ("Japanese demands", "EC targets").
static OBJECT_TAIL: LazyLock<Re> = regex!(
    r"^(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:[A-Z][a-z]+\s+)?(?:officials|counterparts|leaders|negotiators|delegations?|delegates|representatives|envoys|ministers|team)\b"
);

/// Before the first state of "talk to Japanese and Canadian officials".
static LISTED_LEAD: LazyLock<Re> =
    regex!(r"(?i)^\s*(?:to|with)\s+(?:(?:the|senior|top|government)\s+){0,2}$");

/// Between two states of such a list.
static LISTED_GAP: LazyLock<Re> = regex!(r"^\s*(?:,|,?\s*and|or)\s+$");

/// How the side across the table was found.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Found {
    /// The names the sentence gives after the trigger (or none).
    Named,
    /// One state's unnamed officials ("talks with Soviet counterparts").
    Officials,
    /// Several states' unnamed officials after "talk to" ("Japanese and
    /// Canadian government officials"): one meeting each, in its state.
    EachState,
    /// The host's unnamed officials ("in Washington talking to government
    /// officials").
    HostOfficials,
}

/// The two sides of a meeting or call trigger: its subject (`left`) and
/// who is across the table (`right`), and how that side was found.
pub(super) struct Table {
    left: Vec<ActorRef>,
    right: Vec<ActorRef>,
    found: Found,
    /// The states of `left` named as a team ("the U.S. delegation"): kept
    /// across the table from a person of another state (round 14).
    team: Vec<ActorRef>,
}

/// Who is across the table from a Meet or Call trigger `t` of `site`,
/// given the groups the sentence names before (`left`) and after it
/// (`right`) and the states of `left` named as a team (`team`); `after` is
/// the lower-cased text just after the trigger. None when the phrase tells
/// no meeting (see the module's essay).
pub(super) fn table(
    site: &Site,
    t: &Trigger,
    after: &str,
    (mut left, mut right): (Vec<ActorRef>, Vec<ActorRef>),
    team: Vec<ActorRef>,
) -> Option<Table> {
    let (ctx, s, text) = (site.ctx, site.s, site.text());
    let (ts, te) = site.span(t);
    // "spoke to Prime Minister Albanese", never "spoke to reporters
    // about Putin": the person follows at once, after titles only
    if t.rule == "call.spoke_to" {
        let first = site
            .sent_actors
            .iter()
            .find(|a| a.start >= te && a.start - te <= 40)
            .filter(|a| a.kind == ActorKind::Person)
            .filter(|a| {
                text.get(te..a.start).is_some_and(|g| {
                    g.split_whitespace().all(|w| {
                        w.chars().next().is_some_and(char::is_uppercase)
                            || matches!(w, "the" | "of")
                    })
                })
            });
        right = vec![first?.clone()];
    }
    // "meetings between X and Y": the sides are after the trigger
    let between = after.trim_start().starts_with("betwe");
    if between {
        left.clear();
    }
    let mut found = Found::Named;
    // ("met with West German officials, Reagan said": a name after
    // the clause is the speaker, not an object)
    let clause_after = |st: &ActorRef| {
        right.first().is_none_or(|r| {
            // ("with Japan's government": the state itself is first;
            // "with West German officials, including Finance
            // Minister Stoltenberg": the named one is the side)
            r.start == st.start
                || text.get(st.end..r.start).is_some_and(|g| {
                    (g.contains(',') || g.contains(';')) && !g.contains("including")
                })
        })
    };
    // "met last night with Brazilian officials": a time may stand
    // between the verb and "with"
    let with_at = te + time_before_with(text.get(te..s.end).unwrap_or(""));
    let with_follows = text.get(with_at..).is_some_and(opens_with_with);
    if with_follows {
        if let Some(st) = counterpart_state(ctx, with_at, s.end).filter(clause_after) {
            (right, found) = (vec![st], Found::Officials);
        }
    }
    // "yesterday met World Bank and International Monetary Fund
    // officials", "will meet top Chinese leaders": a meeting verb's object
    // with no "with", the unnamed people of the states and bodies listed
    // before their noun (round 16)
    if found == Found::Named && !with_follows && !t.noun && meet_verb(text, ts, te) {
        // (the subject's own state is no counterpart: "Nakasone met
        // Japanese business leaders")
        let mut v = object_people(site, te, s.end);
        v.retain(|a| a.kind != ActorKind::State || !left.iter().any(|l| l.country == a.country));
        if !v.is_empty() {
            (right, found) = (v, Found::Officials);
        }
    }
    // "hoped to travel to talk to Japanese and Canadian government
    // officials": the unnamed officials of each state its adjective
    // names, after "talk to" too
    if found == Found::Named && t.rule == "meeting.talking_to" {
        let v = listed_counterparts(ctx, te, s.end);
        if !v.is_empty() {
            found = if v.len() >= 2 {
                Found::EachState
            } else {
                Found::Officials
            };
            right = v;
        }
    }
    // "in Washington talking to government officials": the host's
    // unnamed officials (round 12, `itinerary::host_side`)
    if found == Found::Named && t.frame == Frame::Meet {
        let at = (ts, te, t.noun);
        if let Some(v) = itinerary::host_side(
            ctx,
            (site.places, site.here),
            (s.start, s.end),
            at,
            &mut left,
            &right,
        ) {
            (right, found) = (v, Found::HostOfficials);
        }
    }
    // "gave the same message to Abe in talks here": the host is the
    // other side (round 12 wave 2, `itinerary::talks_here_host`)
    if found == Found::Named && t.noun && t.frame == Frame::Meet && right.is_empty() {
        if let Some(st) = itinerary::talks_here_host(ctx, site.here, te, &left) {
            (right, found) = (vec![st], Found::Officials);
        }
    }
    // "Ongpin and Fernandez started talks with the banks": the pair
    // is one side, the other is no actor
    if !t.noun && with_follows && right.is_empty() && left.len() >= 2 {
        return None;
    }
    // "after talks in North America, the EC and Thailand": a list
    // after "in" names places, not sides
    if let Some(first) = right.first() {
        let lead = text.get(te..first.start).unwrap_or("").to_lowercase();
        let lead = lead.trim_start();
        if (opens_with_word(lead, "in") || opens_with_word(lead, "at"))
            && !lead.contains("with")
            && !lead.contains("between")
        {
            right.retain(|a| a.kind == ActorKind::Person);
        }
    }
    // "Baldrige will meet Chun and Rha" with the subject unknown: the
    // objects did not meet each other
    if left.is_empty()
        && !t.noun
        && !between
        && TRANSITIVE_MEET.is_match(text.get(ts..te).unwrap_or(""))
    {
        return None;
    }
    Some(Table {
        left: args::dedup(args::prefer_people(left)),
        right: args::dedup(args::prefer_people(right)),
        found,
        team,
    })
}

/// The meetings (or the call) of a table: one sitting, or one meeting per
/// counterpart (see the module's essay). `place` is the trigger's venue,
/// `base` the draft the trigger fired.
pub(super) fn sittings(
    site: &Site,
    t: &Trigger,
    table: Table,
    place: Option<PlaceRef>,
    base: Draft,
) -> Vec<Draft> {
    let ctx = site.ctx;
    let stext = site.flat;
    let Table {
        left,
        right,
        found,
        team,
    } = table;
    let people = |g: &[ActorRef]| g.iter().filter(|a| a.kind == ActorKind::Person).count();
    // the heads of international bodies a visitor calls on are rounds:
    // only states make a table multilateral
    let heads_a_body = |a: &ActorRef| {
        let (Some(id), Some(on)) = (a.id.as_deref(), ctx.dct) else {
            return false;
        };
        let offices = ctx.kb.offices_on(id, on);
        !offices.is_empty() && offices.iter().all(|t| ctx.kb.country(&t.of).is_none())
    };
    let countries: BTreeSet<&str> = right
        .iter()
        .filter(|a| !heads_a_body(a))
        .filter_map(|a| a.country.as_deref())
        .collect();
    let separately = SEPARATELY.is_match(stext);
    let several = countries.len() >= 2 && !separately;
    let mut drafts = vec![];
    // "spoke with both Putin and Zelensky", "spoke separately with A and
    // B": one call each (a call with a plain list is one conference call)
    let each_call = t.frame == Frame::Call
        && left.len() == 1
        && people(&left) == 1
        && people(&right) >= 2
        && (separately
            || right.first().is_some_and(|r| {
                site.text()
                    .get(site.span(t).1..r.start)
                    .is_some_and(|g| WITH_BOTH.is_match(g))
            }));
    if each_call {
        for r in right.iter().filter(|a| a.kind == ActorKind::Person) {
            drafts.push(Draft {
                sides: vec![left[0].clone(), r.clone()],
                place: place.clone(),
                ..base.clone()
            });
        }
    } else if found == Found::EachState {
        for r in &right {
            let own = r
                .country
                .clone()
                .map(|c| PlaceRef::country(c, r.start, r.end));
            drafts.push(Draft {
                sides: args::dedup(left.iter().cloned().chain([r.clone()]).collect()),
                place: own,
                rule: format!("{}.officials", base.rule),
                ..base.clone()
            });
        }
    } else if left.len() == 1
        && people(&left) == 1
        && people(&right) >= 2
        && t.frame == Frame::Meet
        && !several
        && !one_sitting(stext)
    {
        // "Kerry met with Putin and Lavrov": one meeting each.
        // "In each country, Biden will hold bilateral meetings with
        // Yoon of Korea and Kishida of Japan": each in its country
        let each = stext.to_lowercase().contains("in each country");
        for r in &right {
            let own = r
                .country
                .clone()
                .filter(|c| each && left[0].country.as_ref() != Some(c))
                .map(|c| PlaceRef::country(c, r.start, r.end));
            drafts.push(Draft {
                sides: vec![left[0].clone(), r.clone()],
                place: own.or_else(|| place.clone()),
                ..base.clone()
            });
        }
    } else {
        // "met with West German financial officials": the person
        // and the state of the unnamed officials across the table
        let unnamed = found != Found::Named;
        let (text, te) = (site.text(), site.span(t).1);
        let right_close: Vec<ActorRef> = right
            .iter()
            .filter(|a| a.kind == ActorKind::Person)
            .filter(|a| {
                text.get(te..a.start)
                    .is_some_and(|g| TEAM_OBJECT_GAP.is_match(g))
            })
            .cloned()
            .collect();
        let mut sides = if unnamed && people(&left) >= 1 {
            args::dedup(left.into_iter().chain(right).collect())
        } else {
            sides::join(text, te, left, right)
        };
        // a team's state across the table from people of other states
        // stays a side ("the U.S. delegation" and Miyazawa): people told
        // right after the trigger ("with" and titles only between), not a
        // speaker after the clause
        for st in &team {
            let own = sides
                .iter()
                .any(|a| a.kind == ActorKind::Person && a.country == st.country);
            let across = right_close.iter().any(|a| a.country != st.country);
            if !own && across && !sides.iter().any(|a| a.key() == st.key()) {
                sides.insert(0, st.clone());
            }
        }
        let rule = match found {
            Found::HostOfficials => format!("{}.host_officials", base.rule),
            Found::Officials | Found::EachState => format!("{}.officials", base.rule),
            Found::Named => base.rule.clone(),
        };
        drafts.push(Draft {
            sides,
            place,
            rule,
            ..base
        });
    }
    drafts
}

/// "with a senior Soviet official", "with South Korean leaders", "with
/// Norway's minority Labour government", "with representatives of the
/// Soviet Union": the state whose unnamed officials are the other side of
/// talks, named by the first entity within 50 bytes of `te` (the "with"),
/// or by a country's name after the people's noun ([`people_of_country`]).
fn counterpart_state(ctx: &DocContext, te: usize, sent_end: usize) -> Option<ActorRef> {
    let text = ctx.doc.text.as_str();
    let first = ctx
        .entities
        .iter()
        .find(|e| e.start >= te && e.end <= sent_end && e.start - te <= 50);
    if let Some((e, code)) = first.and_then(|e| Some((e, state_of(e)?))) {
        let lead = text.get(te..e.start)?;
        let tail = text.get(e.end..sent_end.min(e.end + 40))?;
        if COUNTERPART_LEAD.is_match(lead) && COUNTERPART_TAIL.is_match(tail) {
            return Some(state_actor(ctx.kb, e, code));
        }
    }
    people_of_country(ctx, te, sent_end)
}

/// Whether the trigger at `ts..te` is a meeting verb that takes its
/// counterparts as its object ([`MEET_VERB`], or "meeting" after "is").
fn meet_verb(text: &str, ts: usize, te: usize) -> bool {
    let word = text.get(ts..te).unwrap_or("");
    MEET_VERB.is_match(word)
        || (word.eq_ignore_ascii_case("meeting")
            && text
                .get(ts.saturating_sub(24)..ts)
                .is_some_and(|b| BE_BEFORE.is_match(b)))
}

/// "met World Bank and International Monetary Fund officials", "met
/// Japanese finance ministry officials", "will meet U.S. and Canadian
/// negotiators": the states (by name or adjective) and the bodies listed
/// right after a meeting verb ending at `te`, when the people's noun
/// closes the list ([`OBJECT_LEAD`], [`OBJECT_TAIL`]); empty when the
/// object is a person ("met President Reagan and U.S. leaders": the
/// person is the side), a thing, or no list of bodies.
fn object_people(site: &Site, te: usize, sent_end: usize) -> Vec<ActorRef> {
    let (ctx, text) = (site.ctx, site.text());
    let close = |start: usize, end: usize| start >= te && end <= sent_end && start - te <= 120;
    // the states (by name or adjective) and the bodies after the verb
    let mut near: Vec<ActorRef> = ctx
        .entities
        .iter()
        .filter(|e| close(e.start, e.end))
        .filter_map(|e| Some(state_actor(ctx.kb, e, state_of(e)?)))
        .chain(
            site.sent_actors
                .iter()
                .filter(|a| a.kind == ActorKind::Organization && close(a.start, a.end))
                .cloned(),
        )
        .collect();
    near.sort_by_key(|a| (a.start, std::cmp::Reverse(a.end)));
    let mut out: Vec<ActorRef> = vec![];
    let mut at = te;
    for a in near {
        if a.start < at {
            continue;
        }
        let lead = if out.is_empty() {
            &OBJECT_LEAD
        } else {
            &LISTED_GAP
        };
        if !text.get(at..a.start).is_some_and(|g| lead.is_match(g)) {
            break;
        }
        at = a.end;
        out.push(a);
    }
    let tail = text.get(at..sent_end.min(at + 48)).unwrap_or("");
    if out.is_empty() || !OBJECT_TAIL.is_match(tail) {
        return vec![];
    }
    args::dedup(out)
}

/// "with representatives of the Soviet Union": the country by its name
/// only ("officials of the Soviet grain agency" names a body by the
/// adjective), the first within 60 bytes after `te` (the people's noun may
/// be a role mention of its own).
fn people_of_country(ctx: &DocContext, te: usize, sent_end: usize) -> Option<ActorRef> {
    let text = ctx.doc.text.as_str();
    let (e, code) = ctx
        .entities
        .iter()
        .filter(|e| e.start >= te && e.end <= sent_end && e.start - te <= 60)
        .find_map(|e| match &e.entity {
            crate::kb::Entity::Country { code } => Some((e, code)),
            _ => None,
        })?;
    let lead = text.get(te..e.start)?;
    let tail = text.get(e.end..sent_end.min(e.end + 40))?;
    (PEOPLE_OF_LEAD.is_match(lead) && PEOPLE_OF_TAIL.is_match(tail))
        .then(|| state_actor(ctx.kb, e, code))
}

/// "talk to Japanese and Canadian government officials", "talking to
/// French officials": the states whose adjectives (or names) open the
/// unnamed officials after a talk verb ending at `te`, in order; empty when
/// the phrase is no such list.
fn listed_counterparts(ctx: &DocContext, te: usize, sent_end: usize) -> Vec<ActorRef> {
    let text = ctx.doc.text.as_str();
    let states: Vec<(&EntityMention, &str)> = ctx
        .entities
        .iter()
        .filter(|e| e.start >= te && e.end <= sent_end && e.start - te <= 120)
        .filter_map(|e| Some((e, state_of(e)?)))
        .collect();
    let Some(&(first, code)) = states.first() else {
        return vec![];
    };
    if !text
        .get(te..first.start)
        .is_some_and(|g| LISTED_LEAD.is_match(g))
    {
        return vec![];
    }
    let mut out = vec![state_actor(ctx.kb, first, code)];
    let mut last = first;
    for &(e, c) in &states[1..] {
        if !text
            .get(last.end..e.start)
            .is_some_and(|g| LISTED_GAP.is_match(g))
        {
            break;
        }
        out.push(state_actor(ctx.kb, e, c));
        last = e;
    }
    let tail = text
        .get(last.end..sent_end.min(last.end + 40))
        .unwrap_or("");
    if !COUNTERPART_TAIL.is_match(tail) {
        return vec![];
    }
    args::dedup(out)
}

/// Whether a sentence tells its counterparts as one sitting ("met A and B
/// together", "a trilateral meeting").
fn one_sitting(sentence: &str) -> bool {
    ONE_SITTING.is_match(sentence)
}

/// Splits each meeting told as a visitor's rounds into one draft per
/// counterpart (see the module's essay).
pub(super) fn split_rounds(text: &str, drafts: &mut Vec<Draft>) {
    let mut out: Vec<Draft> = Vec::with_capacity(drafts.len());
    for d in drafts.drain(..) {
        match rounds(text, &d) {
            Some(each) => out.extend(each),
            None => out.push(d),
        }
    }
    *drafts = out;
}

/// The drafts of one meeting's rounds, or None when it is one sitting.
fn rounds(text: &str, d: &Draft) -> Option<Vec<Draft>> {
    if d.event_type != EventType::Meeting
        || d.derived
        || d.summit
        || d.rule.contains("club")
        || d.rule.contains("summit")
    {
        return None;
    }
    let (ss, se) = (d.sentence.start, d.sentence.end);
    let (ts, te) = d.trigger;
    let counterparts: Vec<&ActorRef> = d
        .sides
        .iter()
        .filter(|a| a.kind == ActorKind::Person && a.start >= te && a.end <= se)
        .collect();
    if counterparts.len() < 2 {
        return None;
    }
    let country = counterparts[0].country.as_deref()?;
    if counterparts
        .iter()
        .any(|a| a.country.as_deref() != Some(country))
    {
        return None;
    }
    // the subject: named before the trigger in the sentence, none of the
    // counterparts' country
    let subject: Vec<&ActorRef> = d
        .sides
        .iter()
        .filter(|a| a.start >= ss && a.end <= ts)
        .collect();
    if subject.is_empty()
        || subject
            .iter()
            .any(|a| a.country.is_none() || a.country.as_deref() == Some(country))
    {
        return None;
    }
    // the subject came to them: the meeting is in the counterparts' country
    // (at home, "Biden, Blinken and Austin met with Kuleba and Reznikov" is
    // one sitting of two delegations)
    if d.place.as_ref().and_then(|p| p.country.as_deref()) != Some(country)
        || d.rule.contains("host")
        || d.rule.contains("welcome")
    {
        return None;
    }
    if text.get(ss..se).is_some_and(one_sitting) {
        return None;
    }
    let keep: Vec<ActorRef> = d
        .sides
        .iter()
        .filter(|a| {
            !counterparts.iter().any(|c| std::ptr::eq(*c, *a))
                && a.country.as_deref() != Some(country)
        })
        .cloned()
        .collect();
    Some(
        counterparts
            .into_iter()
            .map(|c| {
                let mut one = d.clone();
                one.sides = keep.clone();
                one.sides.push(c.clone());
                one.rule = format!("{}+each", d.rule);
                one
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{a_side_with, mentions, sides_by};
    use super::super::tests::fixture;
    use super::super::EventType;
    use super::counterpart_state;
    use crate::extract::args::ActorRef;
    use crate::kb::{ActorKind, Entity};

    fn meetings(text: &str) -> Vec<Vec<String>> {
        sides_by(&mentions(text, "1987-05-04"), EventType::Meeting, |p| {
            Some(p.name.clone())
        })
    }

    #[test]
    fn a_visitors_rounds_are_one_meeting_per_counterpart() {
        let m = meetings(
            "TOKYO, May 4 - West German Economics Minister Martin Bangemann met Prime \
             Minister Yasuhiro Nakasone, Foreign Minister Tadashi Kuranari and Finance \
             Minister Kiichi Miyazawa here today.",
        );
        assert_eq!(m.len(), 3, "{m:?}");
        for host in ["Nakasone", "Kuranari", "Miyazawa"] {
            assert!(a_side_with(&m, &["Bangemann", host]), "{host}: {m:?}");
        }
        // no meeting joins two of the hosts
        assert!(!a_side_with(&m, &["Nakasone", "Kuranari"]), "{m:?}");
    }

    #[test]
    fn heads_of_international_bodies_a_visitor_calls_on_are_rounds_too() {
        // the World Bank and the IMF are no states: the table is not
        // multilateral, the visitor calls on each
        let m = sides_by(
            &mentions(
                "WASHINGTON, April 20 - West German Economics Minister Martin Bangemann will \
                 meet Secretary of State George Shultz, World Bank President Barber Conable \
                 and IMF Managing Director Michel Camdessus next week.",
                "1987-04-20",
            ),
            EventType::Meeting,
            |p| Some(p.name.clone()),
        );
        assert_eq!(m.len(), 3, "{m:?}");
        for host in ["Shultz", "Conable", "Camdessus"] {
            assert!(a_side_with(&m, &["Bangemann", host]), "{host}: {m:?}");
        }
        assert!(!a_side_with(&m, &["Shultz", "Camdessus"]), "{m:?}");
    }

    #[test]
    fn counterparts_of_several_countries_or_at_home_or_together_are_one_sitting() {
        // several countries: a multilateral meeting
        let m = meetings(
            "BRUSSELS, May 4 - EC Commissioner Willy De Clercq met U.S. Trade \
             Representative Clayton Yeutter and Japanese Trade Minister Hajime Tamura here \
             today.",
        );
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(
            a_side_with(&m, &["De Clercq", "Yeutter", "Tamura"]),
            "{m:?}"
        );
        // the visitors are the counterparts: two delegations at one table
        let m = meetings(
            "WASHINGTON, May 4 - Secretary of State George Shultz and Treasury Secretary \
             James Baker met Japanese Foreign Minister Tadashi Kuranari and Finance Minister \
             Kiichi Miyazawa here today.",
        );
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(
            a_side_with(&m, &["Shultz", "Baker", "Kuranari", "Miyazawa"]),
            "{m:?}"
        );
        // told as one sitting
        let m = meetings(
            "TOKYO, May 4 - West German Economics Minister Martin Bangemann met Prime \
             Minister Yasuhiro Nakasone and Foreign Minister Tadashi Kuranari together here \
             today.",
        );
        assert_eq!(m.len(), 1, "{m:?}");
    }

    #[test]
    fn a_meal_with_two_hosts_is_one_sitting() {
        // round 16: "talks over lunch with A and B" is one table
        let m = meetings(
            "WASHINGTON, May 4 - West German Economics Minister Martin Bangemann held talks \
             over lunch with Secretary of State George Shultz and Treasury Secretary James \
             Baker today.",
        );
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(a_side_with(&m, &["Bangemann", "Shultz", "Baker"]), "{m:?}");
    }

    #[test]
    fn a_call_with_both_of_a_list_is_one_call_each() {
        // round 16: "with both A and B" tells two calls; a plain list is
        // one conference call
        let calls = |text: &str| {
            sides_by(&mentions(text, "1987-05-04"), EventType::Call, |p| {
                Some(p.name.clone())
            })
        };
        let c = calls(
            "President Ronald Reagan spoke by telephone with both Prime Minister Yasuhiro \
             Nakasone and Chancellor Helmut Kohl on Sunday.",
        );
        assert_eq!(c.len(), 2, "{c:?}");
        assert!(a_side_with(&c, &["Reagan", "Nakasone"]), "{c:?}");
        assert!(a_side_with(&c, &["Reagan", "Kohl"]), "{c:?}");
        let c = calls(
            "President Ronald Reagan spoke by telephone with Prime Minister Yasuhiro \
             Nakasone and Chancellor Helmut Kohl on Sunday.",
        );
        assert_eq!(c.len(), 1, "{c:?}");
    }

    #[test]
    fn bodies_and_states_a_meeting_verb_takes_as_its_object_are_sides() {
        // two bodies' unnamed officials with no "with": one meeting of the
        // minister with both
        let m = meetings(
            "BELGRADE, May 4 - Yugoslav Finance Minister Svetozar Rikanovic on Friday met \
             International Monetary Fund and World Bank officials in Washington, the \
             agency said.",
        );
        assert!(
            a_side_with(
                &m,
                &["Rikanovi", "International Monetary Fund", "World Bank"]
            ),
            "{m:?}"
        );
        // a state's unnamed leaders, a rank word before them
        let m = meetings(
            "PEKING, May 4 - EC Commissioner Willy De Clercq met top Chinese leaders \
             during his stay.",
        );
        assert!(a_side_with(&m, &["De Clercq", "China"]), "{m:?}");
        // a thing met is no side, nor the subject's own state
        let m = meetings(
            "TOKYO, May 4 - Finance Minister Kiichi Miyazawa said the plan met U.S. \
             demands in full.",
        );
        assert!(m.is_empty(), "{m:?}");
        let m = meetings(
            "TOKYO, May 4 - Prime Minister Yasuhiro Nakasone met Japanese business \
             leaders today.",
        );
        assert!(m.is_empty(), "{m:?}");
    }

    /// The state `counterpart_state` finds after "with" in `text`, whose
    /// "Soviet" is the Soviet Union's adjective.
    fn soviet_counterpart(text: &str) -> Option<ActorRef> {
        let f = fixture(
            text,
            "1987-04-07",
            &[],
            &[(
                "Soviet",
                Entity::Adjective {
                    code: "SUN".to_string(),
                },
            )],
            &[],
        );
        let te = text.find(" with").unwrap_or(0);
        counterpart_state(&f.ctx(None), te, text.len())
    }

    #[test]
    fn unnamed_officials_named_by_an_adjective_are_their_state() {
        let st =
            soviet_counterpart("Anna Berg held talks with senior Soviet officials on Monday. ")
                .expect("the state");
        assert_eq!(st.id.as_deref(), Some("SUN"));
        assert_eq!(st.kind, ActorKind::State);
        // a state that only qualifies a thing is no side
        assert!(
            soviet_counterpart("Anna Berg held talks with Soviet grain buyers on Monday. ")
                .is_none()
        );
    }
}

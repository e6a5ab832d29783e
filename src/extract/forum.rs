//! The forum of a club's meeting: which of its councils or conferences
//! sits.
//!
//! A club of states meets in many forms. The European Community holds a
//! farm council, a finance council (Ecofin), a foreign ministers' council,
//! energy, trade, transport and budget councils, and its leaders' summit,
//! often in one city within days of each other; OPEC holds ministerial
//! conferences and committee meetings; the Group of Seven holds finance
//! ministers' meetings, meetings of officials preparing a summit, and the
//! summit. Wire copy names the club and the ministers ("a meeting of EC
//! farm ministers", "tomorrow's Group of Seven finance ministers'
//! meeting"), or only the club ("the EC meeting"). [`topic`] reads the
//! ministers' field from the words tied to the trigger, and the merge keeps
//! two meetings of one club with different known topics apart (an EC
//! energy ministers' meeting in Luxembourg is not the farm ministers' of
//! the same week); a meeting with no topic joins as before.
//!
//! Only a meeting with a club side (`organizations.tsv`, column `club`)
//! gets a topic. The words must be tied to the trigger: inside it or at
//! most [`TIE_CHARS`] characters from it, or from a club side that is
//! itself that close to the trigger, with no comma, semicolon or quote
//! between ("EC foreign ministers, diplomats said" ties "foreign"; "the
//! agenda for the group's Venice summit" after "will meet in Porto Cervo
//! from April 30 to May 2 to discuss" does not tie "summit"). The nearest
//! tied phrase wins; a phrase that names two fields ("a joint meeting of EC
//! finance and agriculture ministers") is a joint council of its own
//! (`farm+finance`). `ministers` (no field named) fits every field topic
//! ([`fits`]). Topics:
//!
//! | words | topic |
//! |---|---|
//! | farm / agriculture ministers, farm talks, farm council | `farm` |
//! | finance / economy and finance / monetary ministers, monetary talks, Ecofin | `finance` |
//! | foreign ministers, General Affairs Council | `foreign` |
//! | energy / oil / petroleum ministers | `energy` |
//! | trade, transport, environment, budget, social (labour), industry, fisheries ministers | that word |
//! | summit (the trigger's own word), heads of government, EC leaders | `leaders` |
//! | senior officials, representatives, deputies, sherpas before the trigger or after "meeting of" | `officials` |
//! | ministers of no field ("EC ministers"), a ministerial meeting, "the OPEC conference" | `ministers` |
//! | a named committee ("the OPEC Differentials Committee") | `committee` |
//!
//! A minister's title ("farm minister Romero") names a person, not the
//! forum, and "deputy oil ministers" are `officials`. With no tied words,
//! the offices of the meeting's named people give it when they agree
//! (finance ministers and central bank governors: `finance`; presidents
//! and prime ministers: `leaders`). A club that only ever sits as one
//! forum (`organizations.tsv`, column `sits`: the Group of Five and the
//! Group of Six of 1987 are finance ministers and central bankers) has
//! that forum whatever the words ("all participants at the summit" of the
//! six is their finance meeting), unless they name its officials or a
//! committee.
//!
//! What the sentence leaves blank the story may tell ([`from_story`]). An
//! anaphor ("the meeting": rule marked `.anaphor`) or a sentence saying
//! "the same meeting" takes the topic of the nearest meeting of its club
//! told before it in the story, unless their dates differ (and "the same
//! meeting" overrides the sentence's own words: "at the same meeting ...
//! the farm talks" is the joint council told before). Any other meeting of
//! a club with no topic, a headline's "G-7 MEETING" or "ahead of the
//! Group of Seven talks", takes the story's one forum of that club at its
//! time: its other meetings' fields at an overlapping or unknown date, and
//! the councils any sentence states for the club ("G-7 finance ministers
//! will review ..."), when these name exactly one (`ministers` yielding to
//! a field). The leaders, officials and committees are never given so: a
//! story's "1986 Tokyo Summit" or "OPEC Differentials Committee" is
//! another occasion than its "G-7 meeting" or "next OPEC meeting", which
//! would be called a summit or a committee if it were one.
//!
//! ```text
//! "after an EC energy ministers meeting in Luxembourg"          -> energy
//! "EC agriculture ministers meet for a third day here"          -> farm
//! "Group of Seven finance ministers and central bankers met"    -> finance
//! "Representatives of the Group of Seven will meet in Sardinia" -> officials
//! "the G-7 meeting" (no ministers named, no people)             -> none
//! ```
//!
//! The topic is a dataset column (schema 1.3.0, `forum` in `mentions` and
//! `events`, documented for analysts in `schema/README.md`, Forums): the
//! codes are [`FIELD_FORUMS`] (and their joint lists) and [`OTHER_FORUMS`],
//! [`is_forum`] says whether a string is one (the JSON Schemas' `pattern`
//! is tested against it), and [`event_forum`] picks an event's from its
//! mentions': the most specific, `ministers` yielding to any other (the
//! merge lets plain ministers join one field's council), then the one most
//! mentions carry, then the first code. A new code is a minor schema change
//! (`schema/CHANGELOG.md`): add it to the lists, the schemas' pattern and
//! the README's table.

use std::sync::LazyLock;

use crate::re::Re;

use super::{DocContext, Draft};
use crate::extract::{EventMention, EventType, Participant};
use crate::kb::ActorKind;
use crate::time::Interval;

/// How far (in characters of the text between) tied words may lie from the
/// trigger, or a club side from the trigger.
pub(super) const TIE_CHARS: usize = 50;

/// A field of ministers, or two joined by "and": "farm", "finance and
/// agriculture", "economy and finance". Group 1 is "deputy", group 2 the
/// fields.
static FIELD_MINISTERS: LazyLock<Re> = regex!(
    r"(?i)\b(deputy\s+)?((?:farm|agricultur(?:e|al)|finance|economy|economic|economics|monetary|foreign|energy|oil|petroleum|trade|transport|environment|budget|social|labou?r|employment|industry|industrial|fisheries)(?:\s*(?:,|and|&)\s*(?:farm|agricultur(?:e|al)|finance|economy|economic|economics|monetary|foreign|energy|oil|petroleum|trade|transport|environment|budget|social|labou?r|employment|industry|industrial|fisheries))*)\s+(?:ministers|ministries|ministerial|council|chiefs)\b"
);

/// A field's talks without its ministers: "EC farm talks", "Group of
/// Seven monetary talks", "the farm price negotiations".
static FIELD_TALKS: LazyLock<Re> = regex!(
    r"(?i)\b(farm|agricultur(?:e|al)|monetary|energy)\s+(?:price\s+)?(?:talks|negotiations|council)\b"
);

/// Ministers of no named field, or a club's full ministerial session:
/// "EC ministers", "the OPEC conference", "next week's ministerial
/// meeting" (topic `ministers`, which fits any field). Group 1 is the word
/// before "conference" ("news conference" is none).
static MINISTERS: LazyLock<Re> = regex!(
    r"(?i)\bministerial\s+(?:meeting|conference|session|talks)\b|\bministers\b|\b(?:(\S+)\s+)?conference\b"
);

/// Names of a council that hold no field word.
static COUNCIL_NAMES: LazyLock<Re> = regex!(r"(?i)\b(?:ecofin|general\s+affairs\s+council)\b");

/// The leaders: "heads of government", "heads of state", "EC leaders".
/// Group 1 is the word before "leaders", read by [`leaders_of_club`].
static LEADERS: LazyLock<Re> =
    regex!(r"(?i)\bheads\s+of\s+(?:state|government)\b|\b(?:(\S+)\s+)?leaders\b|\bsummit\b");

/// The officials who prepare a meeting or sit for their ministers:
/// "senior officials", "personal representatives", "deputies", "sherpas",
/// "NATO ambassadors".
static OFFICIALS: LazyLock<Re> =
    regex!(r"(?i)\b(?:officials|representatives|deputies|sherpas|ambassadors)\b");

/// How far officials may lie from the trigger or their club: they are the
/// meeting's subject ("Senior officials from the Group of Seven", "G-7
/// OFFICIALS TO MEET"), not a source further on.
const OFFICIALS_CHARS: usize = 15;

/// A telling verb after officials: "EC officials said" is a source.
static TELLING: LazyLock<Re> =
    regex!(r"(?i)^\s+(?:said|say|says|told|quoted|reported|noted|added)\b");

/// A committee named by a capitalised word ("the OPEC Differentials
/// Committee", "its Monetary Committee").
static COMMITTEE: LazyLock<Re> = regex!(r"\b[A-Z][a-z]+\s+Committee\b");

/// A break between words that unties them: a clause or a quote.
static UNTIE: LazyLock<Re> = regex!(r#"[,;:"“”]|--|\bsaid\b|\bsays\b"#);

/// "The same meeting": the sentence's meeting is the one told before it,
/// whatever its other words name ("at the same meeting ... the farm
/// talks").
static SAME_MEETING: LazyLock<Re> =
    regex!(r"(?i)\bthe\s+same\s+(?:meeting|session|talks|gathering|conference)\b");

/// The topic of a draft meeting with a club side, when its words or its
/// people's offices tell one; for a club that sits as one forum only
/// ([`crate::kb::Kb::sits`]), that forum unless the words name its
/// officials or a committee.
pub(super) fn topic(ctx: &DocContext, d: &Draft, participants: &[Participant]) -> Option<String> {
    if !d.sides.iter().any(|a| super::sides::is_club(ctx.kb, a)) {
        return None;
    }
    let text = ctx.doc.text.as_str();
    let sentence = text.get(d.sentence.start..d.sentence.end.min(text.len()))?;
    let sole = sole_forum(ctx.kb, d.sides.iter().filter_map(|a| a.id.as_deref()));
    // the meeting told before it: [`from_story`] gives its forum
    if SAME_MEETING.is_match(sentence) {
        return sole;
    }
    let told = words_topic(ctx, d, participants);
    match sole {
        Some(s) if !matches!(told.as_deref(), Some("officials" | "committee")) => Some(s),
        _ => told,
    }
}

/// The one forum the club sides sit as, when every club side has one
/// (`organizations.tsv`, column `sits`) and they agree: "the G-5 meeting"
/// is its finance ministers'.
fn sole_forum<'a>(kb: &crate::kb::Kb, ids: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut sole: Option<&str> = None;
    for id in ids.filter(|id| kb.is_club(id)) {
        let s = kb.sits(id)?;
        if sole.is_some_and(|x| x != s) {
            return None;
        }
        sole = Some(s);
    }
    sole.map(str::to_string)
}

/// The topic the words tied to the trigger tell, else the agreeing
/// offices of the named people.
fn words_topic(ctx: &DocContext, d: &Draft, participants: &[Participant]) -> Option<String> {
    let text = ctx.doc.text.as_str();
    let (s0, s1) = (d.sentence.start, d.sentence.end.min(text.len()));
    let sentence = text.get(s0..s1)?;
    let (t0, t1) = d.trigger;
    if text
        .get(t0..t1)
        .is_some_and(|t| t.to_ascii_lowercase().contains("summit"))
    {
        return Some("leaders".into());
    }
    // the anchors: the trigger, and the club sides tied to it
    let mut anchors = vec![(t0, t1)];
    for a in &d.sides {
        if super::sides::is_club(ctx.kb, a)
            && a.start >= s0
            && a.end <= s1
            && tied(text, (a.start, a.end), (t0, t1))
        {
            anchors.push((a.start, a.end));
        }
    }
    // every phrase found, with its span and topic, and which anchors it
    // may tie to (all, or the trigger only)
    let mut found: Vec<((usize, usize), String, bool)> = vec![];
    let mut field_spans: Vec<(usize, usize)> = vec![];
    for caps in FIELD_MINISTERS.captures_iter(sentence) {
        let (Some(all), Some(fields)) = (caps.get(0), caps.get(2)) else {
            continue;
        };
        let deputies = caps.get(1).is_some();
        if let Some(t) = fields_topic(fields.as_str()) {
            let t = if deputies { "officials".into() } else { t };
            let span = (s0 + all.start(), s0 + all.end());
            field_spans.push(span);
            found.push((span, t, false));
        }
    }
    for caps in FIELD_TALKS.captures_iter(sentence) {
        let (Some(all), Some(field)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        if let Some(t) = fields_topic(field.as_str()) {
            let span = (s0 + all.start(), s0 + all.end());
            field_spans.push(span);
            found.push((span, t, false));
        }
    }
    for caps in MINISTERS.captures_iter(sentence) {
        let Some(all) = caps.get(0) else { continue };
        if caps
            .get(1)
            .is_some_and(|w| matches!(w.as_str().to_ascii_lowercase().as_str(), "news" | "press"))
        {
            continue;
        }
        let span = (s0 + all.start(), s0 + all.end());
        // "farm ministers" is farm, not ministers of no field
        if field_spans.iter().any(|&f| gap_len(f, span) == 0) {
            continue;
        }
        found.push((span, "ministers".into(), false));
    }
    for m in COUNCIL_NAMES.find_iter(sentence) {
        let t = if m.as_str().to_ascii_lowercase().starts_with("ecofin") {
            "finance"
        } else {
            "foreign"
        };
        found.push(((s0 + m.start(), s0 + m.end()), t.into(), false));
    }
    for caps in LEADERS.captures_iter(sentence) {
        let Some(all) = caps.get(0) else { continue };
        let span = (s0 + all.start(), s0 + all.end());
        let word = all.as_str().to_ascii_lowercase();
        if word == "summit" {
            // a summit named beside the trigger ("a two-day summit
            // meeting"), not one the meeting prepares
            if gap_len(span, (t0, t1)) <= 1 {
                found.push((span, "leaders".into(), true));
            }
            continue;
        }
        if word.ends_with("leaders") && !caps.get(1).is_none_or(|w| leaders_of_club(w.as_str())) {
            continue;
        }
        found.push((span, "leaders".into(), false));
    }
    for m in OFFICIALS.find_iter(sentence) {
        // the officials who meet, tied closely: not "EC officials said"
        let span = (s0 + m.start(), s0 + m.end());
        if text
            .get(span.1..s1)
            .is_some_and(|after| TELLING.is_match(after))
        {
            continue;
        }
        let close = anchors
            .iter()
            .any(|&a| tied(text, span, a) && gap_len(span, a) <= OFFICIALS_CHARS);
        if close {
            found.push((span, "officials".into(), false));
        }
    }
    for m in COMMITTEE.find_iter(sentence) {
        found.push(((s0 + m.start(), s0 + m.end()), "committee".into(), false));
    }
    // the nearest tied phrase; the first found on a tie
    let mut best: Option<(usize, String)> = None;
    for (span, t, trigger_only) in found {
        let of = if trigger_only {
            &anchors[..1]
        } else {
            &anchors[..]
        };
        let Some(dist) = of
            .iter()
            .filter(|&&a| tied(text, span, a))
            .map(|&a| gap_len(span, a))
            .min()
        else {
            continue;
        };
        if best.as_ref().is_none_or(|(b, _)| dist < *b) {
            best = Some((dist, t));
        }
    }
    best.map(|(_, t)| t).or_else(|| office_topic(participants))
}

/// Gives a club's meeting with no topic the forum the story tells for it.
/// An anaphor ("the meeting", rule step `anaphor`) or "the same meeting"
/// takes the topic of the nearest meeting of the same club told before it
/// in the story at an overlapping or unknown time. Any other (and an
/// anaphor with nothing told before it) takes the story's one forum of the
/// club at its time: the topics of the story's other meetings of the club
/// at an overlapping or unknown time, and the councils the story states
/// for the club in any sentence ([`stated`]: "G-7 finance ministers will
/// review ..."), when they name exactly one (`ministers` yielding to a
/// field). The leaders, officials or a committee are told by their own
/// words ("the June summit", "G-7 officials"), so they are never given to
/// a meeting not so called, and one of them told at its very date leaves
/// it blank; a story that tells two fields gives none, and neither does
/// another body's meeting the club attends ("the next meeting of the GATT
/// farm negotiating group", [`another_body_holds`]).
pub(super) fn from_story(ctx: &DocContext, mentions: &mut [EventMention]) {
    let kb = ctx.kb;
    let text = ctx.doc.text.as_str();
    let club_of = |m: &EventMention| -> Option<String> {
        m.participants
            .iter()
            .filter_map(|p| p.actor_id.as_deref())
            .find(|id| kb.is_club(id))
            .map(str::to_string)
    };
    let told: Vec<(usize, String, String, Option<Interval>)> = mentions
        .iter()
        .filter(|m| m.event_type == EventType::Meeting)
        .filter_map(|m| Some((m.sentence.start, club_of(m)?, m.topic.clone()?, m.dates)))
        .collect();
    let stated = stated(ctx);
    if told.is_empty() && stated.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.event_type != EventType::Meeting || m.topic.is_some() {
            continue;
        }
        let Some(club) = club_of(m) else { continue };
        // of the same time: "a meeting in Paris of its G-7 partners" on
        // February 22 is not the Tokyo summit told before it
        let same_time = |d: &Option<Interval>| match (d, m.dates) {
            (Some(a), Some(b)) => a.start <= b.end && b.start <= a.end,
            _ => true,
        };
        let anaphor = super::base_rule(&m.rule).ends_with(".anaphor")
            || text
                .get(m.sentence.start..m.sentence.end)
                .is_some_and(|s| SAME_MEETING.is_match(s));
        if anaphor {
            let before = told
                .iter()
                .filter(|(start, c, _, d)| *c == club && *start < m.sentence.start && same_time(d))
                .max_by_key(|(start, _, _, _)| *start)
                .map(|(_, _, t, _)| t.clone());
            if before.is_some() {
                m.topic = before;
                continue;
            }
        }
        // another body's meeting the club attends ("the next meeting of
        // the GATT farm negotiating group") sits as that body
        if m.trigger
            .is_some_and(|t| another_body_holds(ctx, m.sentence, t))
        {
            continue;
        }
        // a part or the leaders are told by their own words ("the June
        // summit", "G-7 officials"): a meeting not so called is none of
        // them, and one of them at its very time leaves it blank
        let part = |t: &str| matches!(t, "leaders" | "officials" | "committee");
        let blocked = told.iter().any(|(_, c, t, d)| {
            *c == club
                && part(t)
                && matches!((d, m.dates), (Some(a), Some(b)) if a.start <= b.end && b.start <= a.end)
        });
        if blocked {
            continue;
        }
        let mut forums: std::collections::BTreeSet<&str> = told
            .iter()
            .filter(|(_, c, t, d)| *c == club && !part(t) && same_time(d))
            .map(|(_, _, t, _)| t.as_str())
            .chain(
                stated
                    .iter()
                    .filter(|(c, _)| *c == club)
                    .map(|(_, f)| f.as_str()),
            )
            .collect();
        if forums.len() > 1 {
            forums.remove("ministers");
        }
        if let [one] = forums.into_iter().collect::<Vec<_>>()[..] {
            m.topic = Some(one.to_string());
        }
    }
}

/// Whether a body that is no club (the GATT, the IMF) is named tied to the
/// trigger while no club is: the meeting is that body's, which a club's
/// council does not hold.
fn another_body_holds(
    ctx: &DocContext,
    sentence: crate::text::Sentence,
    trigger: (usize, usize),
) -> bool {
    let text = ctx.doc.text.as_str();
    let mut body = false;
    for e in ctx
        .entities
        .iter()
        .filter(|e| e.start >= sentence.start && e.end <= sentence.end)
    {
        let crate::kb::Entity::Organization { actor_id } = &e.entity else {
            continue;
        };
        if !tied(text, (e.start, e.end), trigger) {
            continue;
        }
        if ctx.kb.is_club(actor_id) {
            return false;
        }
        body = true;
    }
    body
}

/// The councils a story states for its clubs, in any sentence: a field's
/// ministers tied to the club's name ("G-7 finance ministers", "finance
/// ministers and central bank governors of the Group of Seven"), as
/// (club, forum). Deputies are no council, and a minister's title names a
/// person ("EC farm minister" is singular and not read).
fn stated(ctx: &DocContext) -> Vec<(String, String)> {
    let text = ctx.doc.text.as_str();
    let mut out: Vec<(String, String)> = vec![];
    for e in ctx.entities {
        let crate::kb::Entity::Organization { actor_id } = &e.entity else {
            continue;
        };
        if !ctx.kb.is_club(actor_id) {
            continue;
        }
        let i = ctx.sentences.partition_point(|s| s.end <= e.start);
        let Some(s) = ctx.sentences.get(i).filter(|s| s.start <= e.start) else {
            continue;
        };
        let (s0, s1) = (s.start, s.end.min(text.len()));
        let Some(sentence) = text.get(s0..s1) else {
            continue;
        };
        for caps in FIELD_MINISTERS.captures_iter(sentence) {
            let (Some(all), Some(fields)) = (caps.get(0), caps.get(2)) else {
                continue;
            };
            let span = (s0 + all.start(), s0 + all.end());
            if caps.get(1).is_some() || !tied(text, span, (e.start, e.end)) {
                continue;
            }
            if let Some(t) = fields_topic(fields.as_str()) {
                if !out.contains(&(actor_id.clone(), t.clone())) {
                    out.push((actor_id.clone(), t));
                }
            }
        }
    }
    out
}

/// The forums of one field of ministers, as the dataset writes them
/// (`forum` column, schema 1.3.0), with their meaning. A joint council of
/// two or more fields is their codes sorted and joined by `+`
/// (`farm+finance`).
pub const FIELD_FORUMS: [(&str, &str); 11] = [
    ("budget", "budget ministers"),
    ("energy", "energy, oil or petroleum ministers"),
    ("environment", "environment ministers"),
    (
        "farm",
        "farm (agriculture) ministers, farm talks, the farm council",
    ),
    (
        "finance",
        "finance, economy and finance or monetary ministers and central bankers, Ecofin",
    ),
    ("fisheries", "fisheries ministers"),
    ("foreign", "foreign ministers, the General Affairs Council"),
    ("industry", "industry ministers"),
    ("social", "social affairs, labour or employment ministers"),
    ("trade", "trade ministers"),
    ("transport", "transport ministers"),
];

/// The forums that are not one field's ministers, with their meaning.
pub const OTHER_FORUMS: [(&str, &str); 4] = [
    ("leaders", "the heads of state or government: a summit"),
    (
        "officials",
        "senior officials, representatives, deputies or sherpas (deputy ministers included)",
    ),
    (
        "ministers",
        "ministers of no named field, a full ministerial session or conference",
    ),
    ("committee", "a named committee of the club"),
];

/// Whether `code` is a forum the extractor writes: one of
/// [`OTHER_FORUMS`], or one or more of [`FIELD_FORUMS`] sorted, without
/// repeats, joined by `+`.
pub fn is_forum(code: &str) -> bool {
    if OTHER_FORUMS.iter().any(|(c, _)| *c == code) {
        return true;
    }
    let parts: Vec<&str> = code.split('+').collect();
    parts
        .iter()
        .all(|p| FIELD_FORUMS.iter().any(|(c, _)| c == p))
        && parts.windows(2).all(|w| w[0] < w[1])
}

/// The forum of an event, from the forums of its mentions: the most
/// specific known one. `ministers` (ministers of no named field, which the
/// merge lets join any field's council) is the least specific and yields to
/// any other; among the rest (the merge joins no two of them that differ,
/// so this is a safeguard) the one most mentions carry, then the first by
/// code. `None` when no mention has a forum.
pub fn event_forum<'a>(forums: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for f in forums {
        *counts.entry(f).or_default() += 1;
    }
    counts
        .iter()
        .max_by(|a, b| {
            let specific = |f: &str| f != "ministers";
            (specific(a.0), a.1)
                .cmp(&(specific(b.0), b.1))
                // the first code wins a tie: max_by keeps the last maximum
                .then(b.0.cmp(a.0))
        })
        .map(|(f, _)| (*f).to_string())
}

/// Whether two known topics may be one meeting: the same, or ministers of
/// no named field beside a field's ("the OPEC conference" and "OPEC oil
/// ministers"), never beside the leaders, officials or a committee.
pub fn fits(a: &str, b: &str) -> bool {
    let field = |t: &str| !matches!(t, "leaders" | "officials" | "committee" | "ministers");
    a == b || (a == "ministers" && field(b)) || (b == "ministers" && field(a))
}

/// The topic of a list of fields ("finance and agriculture"): each field's
/// topic, sorted and joined by `+`; "economy and finance" is finance.
fn fields_topic(fields: &str) -> Option<String> {
    let mut topics: Vec<&str> = fields
        .split(|c: char| c == ',' || c == '&' || c.is_whitespace())
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"))
        .filter_map(field_topic)
        .collect();
    topics.sort_unstable();
    topics.dedup();
    // "economic" beside another field is that field's ("economic and
    // finance ministers"); alone it names no council
    if topics.len() > 1 {
        topics.retain(|t| *t != "economic");
    }
    match topics.as_slice() {
        [] | ["economic"] => None,
        _ => Some(topics.join("+")),
    }
}

/// The topic of one field word.
fn field_topic(word: &str) -> Option<&'static str> {
    Some(match word.to_ascii_lowercase().as_str() {
        "farm" | "agriculture" | "agricultural" => "farm",
        "finance" | "monetary" => "finance",
        "economy" | "economic" | "economics" => "economic",
        "foreign" => "foreign",
        "energy" | "oil" | "petroleum" => "energy",
        "trade" => "trade",
        "transport" => "transport",
        "environment" => "environment",
        "budget" => "budget",
        "social" | "labour" | "labor" | "employment" => "social",
        "industry" | "industrial" => "industry",
        "fisheries" => "fisheries",
        _ => return None,
    })
}

/// Whether "X leaders" are a club's leaders: "EC leaders", "Community
/// leaders", "G-7 leaders", "world leaders"; not "farm leaders", "business
/// leaders", "union leaders".
fn leaders_of_club(word: &str) -> bool {
    let w = word.trim_end_matches(['\'', '’']).to_ascii_lowercase();
    let w = w.strip_suffix("'s").unwrap_or(&w);
    let not_club = matches!(
        w,
        "farm"
            | "farmers"
            | "farmer"
            | "business"
            | "union"
            | "unions"
            | "opposition"
            | "party"
            | "industry"
            | "religious"
            | "church"
            | "student"
            | "labour"
            | "labor"
            | "political"
            | "military"
            | "rebel"
            | "guerrilla"
            | "trade"
            | "group"
    );
    // "community leaders" in lower case are a town's, "Community leaders" the EC's
    !not_club && word != "community"
}

/// The topic the named people's offices agree on, when they do.
fn office_topic(participants: &[Participant]) -> Option<String> {
    let mut topics = participants
        .iter()
        .filter(|p| p.kind == ActorKind::Person)
        .map(|p| match p.office.as_deref() {
            Some("finance_minister" | "central_bank_governor" | "economy_minister") => {
                Some("finance")
            }
            Some("foreign_minister") => Some("foreign"),
            Some("agriculture_minister") => Some("farm"),
            Some("trade_minister" | "trade_representative") => Some("trade"),
            Some("energy_minister" | "oil_minister") => Some("energy"),
            Some("president" | "prime_minister" | "premier" | "chancellor" | "monarch") => {
                Some("leaders")
            }
            _ => None,
        });
    let first = topics.next()??;
    topics.all(|t| t == Some(first)).then(|| first.to_string())
}

/// Whether two spans of the text are tied: overlapping, or at most
/// [`TIE_CHARS`] apart with no clause break between.
fn tied(text: &str, a: (usize, usize), b: (usize, usize)) -> bool {
    let (lo, hi) = if a.1 <= b.0 {
        (a.1, b.0)
    } else if b.1 <= a.0 {
        (b.1, a.0)
    } else {
        return true;
    };
    text.get(lo..hi)
        .is_some_and(|g| g.chars().count() <= TIE_CHARS && !UNTIE.is_match(g))
}

/// Bytes between two spans: 0 when they overlap.
fn gap_len(a: (usize, usize), b: (usize, usize)) -> usize {
    if a.1 <= b.0 {
        b.0 - a.1
    } else {
        a.0.saturating_sub(b.1)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::mentions;
    use super::*;

    /// The topics of a story's meetings that have `club` on a side, in
    /// order (derived mentions left out).
    fn topics(text: &str, dct: &str, club: &str) -> Vec<Option<String>> {
        mentions(text, dct)
            .into_iter()
            .filter(|m| m.event_type == EventType::Meeting && !m.derived)
            .filter(|m| {
                m.participants
                    .iter()
                    .any(|p| p.actor_id.as_deref() == Some(club))
            })
            .map(|m| m.topic)
            .collect()
    }

    /// The story's one meeting with `club` on a side has `topic`.
    #[track_caller]
    fn topic_is(text: &str, dct: &str, club: &str, topic: &str) {
        assert_eq!(topics(text, dct, club), vec![Some(topic.to_string())]);
    }

    #[test]
    fn the_ministers_named_beside_a_club_meeting_are_its_forum() {
        topic_is(
            "LUXEMBOURG, May 4 - Lubbers spoke after a meeting of EC energy ministers here today on oil stocks.",
            "1987-05-04",
            "eec",
            "energy",
        );
        topic_is(
            "BRUSSELS, March 9 - A meeting of EC farm ministers ended here today without a deal on cereal prices.",
            "1987-03-09",
            "eec",
            "farm",
        );
        topic_is(
            "TOKYO, May 4 - Finance ministers and central bank governors of the Group of Seven will meet in Washington tomorrow, dealers expect.",
            "1987-05-04",
            "g7",
            "finance",
        );
        // two fields in one phrase: a joint council
        topic_is(
            "BRUSSELS, May 4 - Delors spoke after a joint meeting of EC finance and agriculture ministers here today.",
            "1987-05-04",
            "eec",
            "farm+finance",
        );
    }

    #[test]
    fn officials_who_meet_are_a_forum_and_officials_who_tell_are_not() {
        // the summit the officials prepare is not theirs
        let t = topics(
            "ROME, May 4 - Senior officials of the Group of Seven will meet in Rome next week to prepare the agenda of the Venice summit.",
            "1987-05-04",
            "g7",
        );
        assert!(t.contains(&Some("officials".to_string())), "{t:?}");
        assert!(
            !t.contains(&Some("leaders".to_string())) || t.len() > 1,
            "{t:?}"
        );
        // "Japanese officials said" is a source, not who meets
        let t = topics(
            "TOKYO, May 4 - The dollar steadied ahead of the Group of Seven meeting in Washington tomorrow, Japanese officials said.",
            "1987-05-04",
            "g7",
        );
        assert_eq!(t, vec![None]);
        // a minister's title names a person, not the council
        let t = topics(
            "LUXEMBOURG, May 4 - Spanish farm minister Carlos Romero said the EC meeting here today went well.",
            "1987-05-04",
            "eec",
        );
        assert!(t.iter().all(Option::is_none), "{t:?}");
    }

    #[test]
    fn a_summit_beside_ministers_is_the_leaders_and_a_field_is_the_nearest() {
        let ms = mentions(
            "BRUSSELS, June 29 - European Community agriculture ministers will meet tomorrow evening, after the end of a two-day summit meeting of heads of government, an EC spokesman said.",
            "1987-06-29",
        );
        let farm = ms
            .iter()
            .filter(|m| m.event_type == EventType::Meeting)
            .find(|m| m.topic.as_deref() == Some("farm"));
        assert!(farm.is_some(), "{ms:?}");
        assert!(ms
            .iter()
            .filter(|m| m.event_type == EventType::Meeting)
            .all(|m| matches!(m.topic.as_deref(), Some("farm" | "leaders"))));
    }

    #[test]
    fn a_club_that_sits_as_one_forum_has_it_whatever_the_words() {
        topic_is(
            "LONDON, May 4 - Sterling was steady ahead of the Group of Five meeting in Washington tomorrow, dealers said.",
            "1987-05-04",
            "g5",
            "finance",
        );
        // a loose "summit" of the six is their finance meeting
        let t = topics(
            "BONN, May 4 - Stoltenberg said all participants at the summit of the Group of Six in Paris had agreed on the dollar.",
            "1987-05-04",
            "g6",
        );
        assert!(t.iter().all(|x| x.as_deref() == Some("finance")), "{t:?}");
        // its officials are still its officials
        topic_is(
            "TOKYO, May 4 - Senior officials of the Group of Five will meet in Paris next week.",
            "1987-05-04",
            "g5",
            "officials",
        );
    }

    #[test]
    fn a_club_meeting_left_blank_takes_the_forum_its_story_states() {
        // the council stated in another sentence, not itself a meeting
        let t = topics(
            "STERLING FIRM AHEAD OF G-7 MEETING\nLONDON, May 4 - Sterling firmed ahead of tomorrow's Group of Seven meeting in Washington, dealers said. Lawson said G-7 finance ministers would review their pact.",
            "1987-05-04",
            "g7",
        );
        assert!(!t.is_empty(), "{t:?}");
        assert!(t.iter().all(|x| x.as_deref() == Some("finance")), "{t:?}");
        // a story that tells two fields of the club gives none
        let t = topics(
            "LONDON, May 4 - Sterling firmed ahead of the Group of Seven meeting in Washington, dealers said. Lawson said G-7 finance ministers would review their pact, and G-7 trade ministers their farm subsidies.",
            "1987-05-04",
            "g7",
        );
        assert_eq!(t.first(), Some(&None), "{t:?}");
        // the story's summit is another occasion, never given to a
        // meeting not called a summit
        let t = topics(
            "LONDON, May 4 - Sterling firmed ahead of the Group of Seven meeting in Washington, dealers said. Thatcher will raise the pact at the Group of Seven summit in Venice.",
            "1987-05-04",
            "g7",
        );
        assert_eq!(t.first(), Some(&None), "{t:?}");
    }

    #[test]
    fn the_same_meeting_is_the_one_told_before_whatever_its_words() {
        let t = topics(
            "LUXEMBOURG, May 4 - Eyskens chaired a joint meeting of EC finance and agriculture ministers here today. Delors said at the same meeting that the farm talks must not go to the heads of government.",
            "1987-05-04",
            "eec",
        );
        assert!(t.len() >= 2, "{t:?}");
        assert!(
            t.iter().all(|x| x.as_deref() == Some("farm+finance")),
            "{t:?}"
        );
    }

    #[test]
    fn topics_fit_when_equal_or_ministers_of_no_field() {
        assert!(fits("farm", "farm"));
        assert!(!fits("farm", "energy"));
        assert!(!fits("farm", "farm+finance"));
        assert!(fits("ministers", "energy"));
        assert!(fits("farm+finance", "ministers"));
        assert!(!fits("ministers", "leaders"));
        assert!(!fits("committee", "ministers"));
        assert!(!fits("officials", "leaders"));
    }

    #[test]
    fn field_lists_and_club_leaders() {
        assert_eq!(
            fields_topic("economy and finance").as_deref(),
            Some("finance")
        );
        assert_eq!(fields_topic("economic"), None);
        assert_eq!(
            fields_topic("finance and agriculture").as_deref(),
            Some("farm+finance")
        );
        assert!(leaders_of_club("EC"));
        assert!(leaders_of_club("Community"));
        assert!(!leaders_of_club("community"));
        assert!(!leaders_of_club("farm"));
        assert!(!leaders_of_club("business"));
        assert!(!leaders_of_club("farmers'"));
    }

    #[test]
    fn every_code_the_extractor_writes_is_a_listed_forum() {
        // each field word's topic, and every joint list of them
        for w in ["farm", "monetary", "oil", "labour", "fisheries", "budget"] {
            let t = field_topic(w).unwrap();
            assert!(is_forum(t), "{t}");
        }
        let joint = fields_topic("trade, transport and agriculture").unwrap();
        assert_eq!(joint, "farm+trade+transport");
        assert!(is_forum(&joint));
        for c in [
            "leaders",
            "officials",
            "ministers",
            "committee",
            "farm+finance",
        ] {
            assert!(is_forum(c), "{c}");
        }
        // unsorted, repeated, unknown or empty parts are not codes
        for c in [
            "finance+farm",
            "farm+farm",
            "economic",
            "summit",
            "",
            "farm+",
            "leaders+farm",
        ] {
            assert!(!is_forum(c), "{c}");
        }
    }

    #[test]
    fn an_events_forum_is_its_most_specific_mentions() {
        assert_eq!(event_forum([]), None);
        // ministers of no field yield to the field's council they joined
        assert_eq!(
            event_forum(["ministers", "ministers", "energy"]).as_deref(),
            Some("energy")
        );
        assert_eq!(event_forum(["ministers"]).as_deref(), Some("ministers"));
        // otherwise the most mentions, then the first code
        assert_eq!(
            event_forum(["leaders", "officials", "leaders"]).as_deref(),
            Some("leaders")
        );
        assert_eq!(
            event_forum(["officials", "leaders"]).as_deref(),
            Some("leaders")
        );
    }
}

//! Arguments of a trigger: the actors around it (a subject group before it,
//! an object group after it, coordinated by "and", commas and titles; the
//! actors of a closed relative clause before the trigger, ", which owes the
//! IMF money,", are not its subject, nor is one a stand-in acts for, "in Mr
//! Biden's place", "on behalf of X", whose phrase is skipped the same way:
//! round 16), the
//! place (a destination after "to"/"in", a modifier before: "his Russia
//! visit", "the Sochi summit"; a meeting's venue is the place a relative
//! "where" stands for, "a visit to Egypt, where he is due to hold talks", before
//! any later "in" place such as the speakers' "officials in New Delhi said";
//! a place named after a descriptor, "in the Kazakh capital Astana", "at
//! the Black Sea resort city of Sochi", "visited the port city of Karachi",
//! is where the preposition before the descriptor points, and a descriptor
//! with no name after it, "arrived in the Lithuanian capital", is the
//! capital of the adjective's country (round 17); a clause a place
//! opens is held there, and a later clause's opening place is another
//! leg's: "In Singapore on Monday she met Lee, and in Kuala Lumpur on
//! Tuesday she held talks with Ismail", round 16; a dateline is ", March 11
//! -" after a line's opening city, or for an upper-case city a bare dash,
//! "WARSAW — ", unless the text is a digest of such items, round 17; a
//! present-day dateline may carry the year and put the day first, "Ha Noi,
//! 11 September 2023 —", round 18) and the dates (the nearest temporal expression
//! of the clause; coordinated dates give one value each).
//!
//! Everything works on the document's entity mentions ([`EntityMention`])
//! and temporal expressions ([`Timex`]); offsets are document bytes.
//!
//! The story's places come as one [`StoryPlaces`]: the list, the story's
//! dateline and whether the text is a digest, found once per document
//! (round 18). The passes that place drafts at the dateline (here, the
//! sides', the clubs', the dateline's and the story's places) read them
//! there instead of each finding the dateline again.

use std::cell::OnceCell;
use std::sync::LazyLock;

use crate::re::Re;
use crate::text::ceil_boundary;

use crate::kb::{ActorKind, Entity, EntityMention, Kb, PlaceKind};
use crate::time::{Interval, Precision, Timex, TimexType};

/// An actor mentioned in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorRef {
    pub start: usize,
    pub end: usize,
    pub id: Option<String>,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
}

impl ActorRef {
    /// A known actor of the reference tables, mentioned at `start..end`.
    pub fn of(a: &crate::kb::Actor, start: usize, end: usize) -> ActorRef {
        ActorRef {
            start,
            end,
            id: Some(a.id.clone()),
            name: a.name.clone(),
            kind: a.kind,
            country: a.country.clone(),
        }
    }

    /// A state (`code`, alpha-3) as a side, named at `start..end`: the
    /// country's name of the tables, else its code.
    pub fn state(kb: &Kb, code: &str, start: usize, end: usize) -> ActorRef {
        ActorRef {
            start,
            end,
            id: Some(code.to_string()),
            name: kb
                .country(code)
                .map_or(code.to_string(), |c| c.name.clone()),
            kind: ActorKind::State,
            country: Some(code.to_string()),
        }
    }

    /// The identity used for grouping: the id, else the lower-cased name.
    pub fn key(&self) -> String {
        self.id.clone().unwrap_or_else(|| self.name.to_lowercase())
    }
}

/// A place mentioned in the text, normalized to a city (venues) or a country.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceRef {
    pub start: usize,
    pub end: usize,
    /// City or region id; None for a country mention.
    pub place_id: Option<String>,
    pub kind: PlaceKind,
    pub country: Option<String>,
}

impl PlaceRef {
    /// A whole country (`code`, alpha-3) as the place, said at `start..end`.
    pub fn country(code: String, start: usize, end: usize) -> PlaceRef {
        PlaceRef {
            start,
            end,
            place_id: None,
            kind: PlaceKind::Country,
            country: Some(code),
        }
    }
}

/// The actors of a document span, in order; a role resolves to its holder,
/// overlapping mentions of the same actor collapse.
pub fn actors(entities: &[EntityMention], kb: &Kb, text: &str) -> Vec<ActorRef> {
    let mut out: Vec<ActorRef> = vec![];
    for m in entities {
        let surface = text.get(m.start..m.end).unwrap_or_default().to_string();
        // "I" is a pronoun, not a regnal number
        if surface.trim() == "I" {
            continue;
        }
        let a = match &m.entity {
            Entity::Person { actor_id } => {
                let a = actor_by_id(kb, actor_id, m, &surface);
                match other_given_name(entities, text, &a) {
                    Some(other) => other,
                    None => a,
                }
            }
            Entity::Role {
                holder: Some(h), ..
            } => actor_by_id(kb, h, m, &surface),
            Entity::Organization { actor_id } => {
                let mut a = actor_by_id(kb, actor_id, m, &surface);
                a.kind = ActorKind::Organization;
                a
            }
            Entity::Country { code } => ActorRef {
                start: m.start,
                end: m.end,
                id: Some(code.clone()),
                name: kb.country(code).map_or(surface, |c| c.name.clone()),
                kind: ActorKind::State,
                country: Some(code.clone()),
            },
            Entity::Group { actor_ids } => {
                // "the presidents of the two countries": one actor each, coordinated
                for id in actor_ids {
                    let a = actor_by_id(kb, id, m, &surface);
                    if !out.iter().any(|b| b.start == a.start && b.key() == a.key()) {
                        out.push(a);
                    }
                }
                continue;
            }
            Entity::UnknownPerson { name } => {
                // a lone given name ("Daniel") is no identity
                if name.split_whitespace().count() < 2 {
                    continue;
                }
                ActorRef {
                    start: m.start,
                    end: m.end,
                    id: None,
                    name: name.clone(),
                    kind: ActorKind::Person,
                    country: title_country(entities, text, m.start),
                }
            }
            _ => continue,
        };
        // A person overlapping a role of the same holder: keep one, spanning both.
        if let Some(last) = out.last_mut() {
            if last.start < a.end && a.start < last.end {
                if last.key() == a.key() || last.kind != ActorKind::Person {
                    let (s, e) = (last.start.min(a.start), last.end.max(a.end));
                    if a.kind == ActorKind::Person || last.key() == a.key() {
                        *last = a;
                    }
                    last.start = s;
                    last.end = e;
                }
                continue;
            }
        }
        out.push(a);
    }
    later_surnames(text, &mut out);
    of_country(entities, text, &mut out);
    out
}

/// A capitalised word right before a lone surname: "Christopher Clark".
static GIVEN_BEFORE: LazyLock<Re> = regex!(r#"(?:^|[\s("])([A-Z][a-z]+)\s+$"#);

/// A preposition before the capitalised word: "in September Obama" names a
/// time, not a given name.
static PREPOSITION_BEFORE: LazyLock<Re> =
    regex!(r"(?i)\b(?:in|on|at|by|from|since|until|till|during|of|to|for|last|next|this)\s+$");

/// Capitalised words before a surname that are titles or sentence openers,
/// not given names ("Secretary Baker", "After Baker").
const NOT_GIVEN: &[&str] = &[
    "President",
    "Prime",
    "Minister",
    "Secretary",
    "Chancellor",
    "Premier",
    "Governor",
    "Ambassador",
    "Representative",
    "Senator",
    "Sen",
    "Rep",
    "General",
    "Gen",
    "Sheikh",
    "Prince",
    "Princess",
    "King",
    "Queen",
    "Emir",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Deputy",
    "Chairman",
    "Director",
    "Envoy",
    "Foreign",
    "Finance",
    "Treasury",
    "Trade",
    "Vice",
    "Commissioner",
    "Leader",
    "Speaker",
    "Judge",
    "Justice",
    "Pope",
    "Cardinal",
    "Bishop",
    "Colonel",
    "Col",
    "Lieutenant",
    "Admiral",
    "Marshal",
    "Field",
    "Lord",
    "Lady",
    "Sir",
    "Dame",
    "Crown",
    "Mayor",
    "Counsellor",
    "Adviser",
    "Advisor",
    "Spokesman",
    "Undersecretary",
    "Fed",
    "Chief",
    "Head",
    "Defence",
    "Defense",
    "Agriculture",
    "Energy",
    "Economy",
    "Commerce",
    "Interior",
    "Oil",
    "The",
    "A",
    "An",
    "But",
    "And",
    "When",
    "After",
    "Before",
    "While",
    "If",
    "As",
    "In",
    "On",
    "At",
    "For",
    "With",
    "By",
    "From",
    "To",
    "Of",
    "That",
    "This",
    "Then",
    "Also",
    "Meanwhile",
    "However",
    "Since",
    "Although",
    "Though",
    "Under",
    "Both",
    "Only",
    "Earlier",
    "Later",
    "Today",
    "Yesterday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Sultan",
    "Shah",
    "Ayatollah",
    "Imam",
    "Archbishop",
    "Rabbi",
    "Father",
    "Comrade",
    "Baron",
    "Count",
    "Duke",
    "Earl",
    "Professor",
    "Prof",
    "Messrs",
    "Senators",
    "Presidents",
    "Ministers",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Spring",
    "Summer",
    "Autumn",
    "Winter",
    "Christmas",
    "Easter",
    "Said",
    "Says",
    "Herr",
    "Monsieur",
    "Madame",
    "Signor",
    "Senor",
    "Senora",
];

/// A known person's lone surname after another given name is another person:
/// "Christopher Clark of the group's bankers" is not Joe Clark. The given
/// name must not be a title, an opener, a mention of its own, nor share
/// its initial with the known person's first name ("Joseph Biden", "Jim
/// Baker" are variants); the two words become an unknown person.
fn other_given_name(entities: &[EntityMention], text: &str, a: &ActorRef) -> Option<ActorRef> {
    let surface = text.get(a.start..a.end)?;
    if a.kind != ActorKind::Person || surface.split_whitespace().count() != 1 {
        return None;
    }
    let from = a.start.saturating_sub(30);
    let before = text.get(from..a.start)?;
    let c = GIVEN_BEFORE.captures(before)?;
    let given = c.get(1)?;
    let (gs, ge) = (from + given.start(), from + given.end());
    if NOT_GIVEN.contains(&given.as_str())
        || PREPOSITION_BEFORE.is_match(before.get(..given.start()).unwrap_or(""))
        || entities.iter().any(|e| e.start < ge && gs < e.end)
        || a.name
            .split_whitespace()
            .next()
            .is_some_and(|w| w.chars().next() == given.as_str().chars().next())
    {
        return None;
    }
    Some(ActorRef {
        start: gs,
        end: a.end,
        id: None,
        name: format!("{} {}", given.as_str(), surface.trim()),
        kind: ActorKind::Person,
        country: None,
    })
}

/// "President Egils Levits of Latvia": a country named right after a person
/// ("of", "of the") is that person's country, when the tables give none or
/// the person is not in them.
fn of_country(entities: &[EntityMention], text: &str, out: &mut [ActorRef]) {
    for a in out.iter_mut() {
        if a.kind != ActorKind::Person || (a.id.is_some() && a.country.is_some()) {
            continue;
        }
        let next = entities.iter().find(|e| e.start >= a.end);
        let Some(Entity::Country { code }) = next.map(|e| &e.entity) else {
            continue;
        };
        let gap = next.and_then(|e| text.get(a.end..e.start)).unwrap_or("");
        let gap = gap.split_whitespace().collect::<Vec<_>>().join(" ");
        if gap == "of" || gap == "of the" {
            a.country = Some(code.clone());
        }
    }
}

/// People named in an all-capitals headline ("SHULTZ AND SHEVARNADZE TO
/// MEET IN MOSCOW"), which the name matcher reads as words: each capitalized
/// word outside the known mentions that the tables resolve to one person
/// holding an office on the date (or to one person at all).
pub fn headline_people(
    text: &str,
    sentences: &[crate::text::Sentence],
    entities: &[EntityMention],
    kb: &Kb,
    date: Option<chrono::NaiveDate>,
) -> Vec<ActorRef> {
    let mut out = vec![];
    for s in sentences.iter().take(3) {
        let Some(st) = text.get(s.start..s.end) else {
            continue;
        };
        let letters = st.chars().filter(|c| c.is_alphabetic()).count();
        let upper = st.chars().filter(|c| c.is_uppercase()).count();
        if st.len() > 240 || letters < 8 || upper * 10 < letters * 9 {
            continue;
        }
        for (i, _) in st.char_indices().filter(|(i, c)| {
            c.is_uppercase()
                && !st[..*i]
                    .chars()
                    .next_back()
                    .is_some_and(|p| p.is_alphanumeric() || p == '\'')
        }) {
            let word: String = st[i..]
                .chars()
                .take_while(|c| c.is_alphabetic() || *c == '-')
                .collect();
            if word.chars().count() < 4 {
                continue;
            }
            let (start, end) = (s.start + i, s.start + i + word.len());
            if entities.iter().any(|e| e.start < end && start < e.end) {
                continue;
            }
            let mut cs = word.chars();
            let titled: String = cs
                .next()
                .into_iter()
                .chain(cs.flat_map(char::to_lowercase))
                .collect();
            let found = kb.lookup(&titled, date);
            let persons: Vec<&crate::kb::Resolved> = found
                .iter()
                .filter(|r| {
                    kb.actor(&r.actor_id)
                        .is_some_and(|a| a.kind == ActorKind::Person)
                })
                .collect();
            let holding: Vec<&&crate::kb::Resolved> =
                persons.iter().filter(|r| r.office.is_some()).collect();
            // "WEST GERMANY'S STOLTENBERG": a country of the headline decides
            let named: Vec<&&crate::kb::Resolved> = persons
                .iter()
                .filter(|r| {
                    r.country.as_ref().is_some_and(|c| {
                        entities.iter().any(|e| {
                            e.start >= s.start
                                && e.end <= s.end
                                && matches!(&e.entity, Entity::Country { code } | Entity::Adjective { code } if code == c)
                        })
                    })
                })
                .collect();
            // "BAKER" with two Bakers in office: the one the story names in full
            let in_story: Vec<&&crate::kb::Resolved> = persons
                .iter()
                .filter(|r| {
                    entities.iter().any(|e| {
                        e.start >= s.end
                            && match &e.entity {
                                Entity::Person { actor_id } => *actor_id == r.actor_id,
                                Entity::Role { holder, .. } => {
                                    holder.as_deref() == Some(r.actor_id.as_str())
                                }
                                _ => false,
                            }
                    })
                })
                .collect();
            let pick = match (holding.len(), persons.len(), named.len(), in_story.len()) {
                (1, _, _, _) => Some(*holding[0]),
                (_, 1, _, _) => Some(persons[0]),
                (_, _, 1, _) => Some(*named[0]),
                (_, _, _, 1) => Some(*in_story[0]),
                _ => None,
            };
            if let Some(a) = pick.and_then(|r| kb.actor(&r.actor_id)) {
                out.push(ActorRef::of(a, start, end));
            }
        }
    }
    out
}

/// "World Bank President Barber Conable ... Conable arrived here": a later
/// bare surname of a person named before is that person.
fn later_surnames(text: &str, out: &mut Vec<ActorRef>) {
    // every person (known ones too: "Shintaro Abe ... Abe, former Foreign
    // Minister, starts a visit"), unless two people share the surname
    let surname = |a: &ActorRef| a.name.split_whitespace().last().map(str::to_string);
    let unknown: Vec<ActorRef> = out
        .iter()
        .filter(|a| a.kind == ActorKind::Person)
        .filter(|a| {
            !out.iter().any(|b| {
                b.kind == ActorKind::Person && b.key() != a.key() && surname(b) == surname(a)
            })
        })
        .cloned()
        .collect();
    let mut extra: Vec<ActorRef> = vec![];
    for u in &unknown {
        let Some(last) = u.name.split_whitespace().last() else {
            continue;
        };
        if last.chars().count() < 3 || !last.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let Some(rest) = text.get(u.end..) else {
            continue;
        };
        for (i, _) in rest.match_indices(last) {
            let (s, e) = (u.end + i, u.end + i + last.len());
            let bounded = !text[..s]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !text[e..].chars().next().is_some_and(char::is_alphanumeric);
            let taken = out
                .iter()
                .chain(extra.iter())
                .any(|a| a.start < e && s < a.end);
            if bounded && !taken {
                extra.push(ActorRef {
                    start: s,
                    end: e,
                    ..u.clone()
                });
            }
        }
    }
    if !extra.is_empty() {
        out.extend(extra);
        out.sort_by_key(|a| (a.start, a.end));
    }
}

static TITLE_GAP: LazyLock<Re> = regex!(r"^(?:'s|’s)?(?:\s+(?:[A-Za-z][a-z.-]*|and|of))*?\s*$");

/// The country of an unknown person's title: a country or nationality right
/// before it ("U.S. Undersecretary of State Michael Armacost", "Ecuador's
/// deputy energy minister Fernando Santos Alvite"), at most five words away.
fn title_country(entities: &[EntityMention], text: &str, start: usize) -> Option<String> {
    let prev = entities.iter().rev().find(|e| e.end <= start)?;
    let code = match &prev.entity {
        Entity::Country { code } | Entity::Adjective { code } => code.clone(),
        // "Sen. John Glenn and John Warner": the first one's title
        Entity::UnknownPerson { .. }
            if text.get(prev.end..start).is_some_and(|g| g.trim() == "and") =>
        {
            return title_country(entities, text, prev.start);
        }
        _ => return None,
    };
    let gap = text.get(prev.end..start)?;
    let words: Vec<&str> = gap.split_whitespace().collect();
    let verb = words.iter().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "said" | "says" | "told" | "met" | "with" | "by" | "to" | "in" | "at" | "for" | "from"
        )
    });
    (words.len() <= 5 && !verb && TITLE_GAP.is_match(gap)).then_some(code)
}

fn actor_by_id(kb: &Kb, id: &str, m: &EntityMention, surface: &str) -> ActorRef {
    match kb.actor(id) {
        Some(a) => ActorRef::of(a, m.start, m.end),
        None => ActorRef {
            start: m.start,
            end: m.end,
            id: Some(id.to_string()),
            name: surface.to_string(),
            kind: ActorKind::Person,
            country: None,
        },
    }
}

/// The places of a document span, in order; a venue stands for its city,
/// and a country's adjective in "the Lithuanian capital" with no name after
/// it for the country's capital (see [`nameless_capital`]).
pub fn places(entities: &[EntityMention], kb: &Kb, text: &str) -> Vec<PlaceRef> {
    let mut out = vec![];
    for m in entities {
        let p = match &m.entity {
            Entity::Adjective { code } => match nameless_capital(text, kb, code, m) {
                Some(p) => p,
                None => continue,
            },
            Entity::Place { place_id } => match kb.place(place_id) {
                Some(p) => {
                    let (id, kind) = match (p.kind, p.city.as_deref()) {
                        (PlaceKind::Venue, Some(city)) => (city.to_string(), PlaceKind::City),
                        (PlaceKind::Country, _) => {
                            out.push(PlaceRef::country(p.country.clone(), m.start, m.end));
                            continue;
                        }
                        (k, _) => (p.id.clone(), k),
                    };
                    PlaceRef {
                        start: m.start,
                        end: m.end,
                        place_id: Some(id),
                        kind,
                        country: Some(p.country.clone()),
                    }
                }
                None => PlaceRef {
                    start: m.start,
                    end: m.end,
                    place_id: Some(place_id.clone()),
                    kind: PlaceKind::City,
                    country: None,
                },
            },
            Entity::Country { code } => PlaceRef::country(code.clone(), m.start, m.end),
            _ => continue,
        };
        out.push(p);
    }
    out
}

/// "the " right before a country's adjective.
static THE_BEFORE: LazyLock<Re> = regex!(r"(?i)(?:^|\W)the\s+$");

/// " capital" right after a country's adjective, with no name after it: the
/// sentence ends or goes on with a preposition, a time word or a verb ("in
/// the Chinese capital.", "visiting the Swedish capital to deliver", "the
/// Sudanese capital Monday"), never a name ("the Kazakh capital Astana",
/// read by [`described_at`]) or a noun of money ("the Japanese capital
/// market").
static CAPITAL_AFTER: LazyLock<Re> = regex!(
    r"^\s+capital(?:(?:'s|’s)?\s*(?:$|[,.;:)!?])|\s+(?:on|in|for|to|at|by|late|early|last|this|yesterday|today|tonight|tomorrow|and|where|which|with|from|after|before|since|until|during|next|was|is|has|had|will|would|said|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
);

/// "the Lithuanian capital", "in the Chinese capital.": a country's
/// adjective after "the" and before "capital" with no name after it names
/// the country's capital, spanning the adjective and the noun (Reuters: 12
/// such phrases, among them "after four days of negotiations in the Chinese
/// capital" and "visiting the Swedish capital"; the White House: 0; news2:
/// "Biden arrived in the Lithuanian capital").
fn nameless_capital(text: &str, kb: &Kb, code: &str, m: &EntityMention) -> Option<PlaceRef> {
    let from = ceil_boundary(text, m.start.saturating_sub(8));
    if !THE_BEFORE.is_match(text.get(from..m.start)?) {
        return None;
    }
    let rest = text.get(m.end..)?;
    let head: String = rest.chars().take(40).collect();
    let found = CAPITAL_AFTER.find(&head)?;
    let noun_end = m.end + head.get(..found.end())?.find("capital")? + "capital".len();
    let cap = kb.place(kb.country(code)?.capital.as_deref()?)?;
    Some(PlaceRef {
        start: m.start,
        end: noun_end,
        place_id: Some(cap.id.clone()),
        kind: cap.kind,
        country: Some(cap.country.clone()),
    })
}

static CONNECTOR: LazyLock<Re> = regex!(
    r"^(?:\s|,|&|-|–|—|\band\b|\bwith\b|\bthe\b|\bof\b|\bmr\.?|\bmrs\.?|\bms\.?|\bdr\.?|\bpresident\b|\bprime\b|\bminister\b|\bforeign\b|\bsecretary\b|\bstate\b|\bchancellor\b|\bking\b|\bqueen\b|\bhis\b|\bher\b|\b(?:its|their|major|main|key|leading|western|trade|trading|allies|ally|partners?)\b|\bcounterparts?\b|\bleaders?\b|\b(?:central|bank|governor|deputy|vice|finance|energy|trade|economy|economic|agriculture|defen[cs]e|commerce|treasury|interior|oil|general|chairman|chief|head|director|managing|undersecretary|under-secretary|ambassador|envoy|senior|former|acting|assistant|first|executive|spokesman|special|representative|secretary-general|minister|president|premier|prime|foreign|affairs|crown|prince|sheikh|emir|king|queen)\b|[A-Z][\w.'’-]*)*$"
);

/// Whether two actor mentions are coordinated ("Putin and Erdogan", "China,
/// India, Iran and Pakistan", "Kerry-Lavrov").
fn coordinated(text: &str, a_end: usize, b_start: usize) -> bool {
    if b_start < a_end {
        // members of one group phrase share its span
        return true;
    }
    if b_start - a_end > 60 {
        return false;
    }
    let between = text.get(a_end..b_start).unwrap_or("");
    // line breaks are spaces ("Kishida of Japan and\nPresident Yoon")
    let spaced = format!(" {} ", squash(between).to_lowercase());
    let joins = between.contains(',')
        || spaced.contains(" and ")
        || between.contains('&')
        || between.trim() == "-"
        || between.trim() == "–"
        || between.trim() == "—"
        || between.contains(" with ")
        || between.trim().is_empty();
    joins && CONNECTOR.is_match(between)
}

/// Whether a mention is a location ("in Russia", "to Moscow") rather than an actor.
pub fn is_locative(text: &str, start: usize) -> bool {
    let before = text.get(start.saturating_sub(12)..start).unwrap_or("");
    let before = before.to_lowercase().replace(char::is_whitespace, " ");
    let w = before.trim_end();
    [
        "in", "to", "at", "from", "into", "across", "near", "around", "inside", "visit", "visited",
        "visiting", "visits",
    ]
    .iter()
    .any(|p| w.ends_with(&format!(" {p}")) || w == *p)
        || w.ends_with(" in the")
        || w.ends_with(" to the")
}

/// "from Prime Minister Nakasone's planned trip": a possessor is never a
/// place, whatever preposition comes before it.
fn possessor(text: &str, a: &ActorRef) -> bool {
    text.get(a.end..)
        .is_some_and(|r| r.starts_with("'s") || r.starts_with("’s"))
}

/// "instead of President X", "on behalf of the Prime Minister": the words
/// before one a stand-in acts for.
static STOOD_FOR_BEFORE: LazyLock<Re> = regex!(
    r"(?i:\b(?:in\s+place\s+of|instead\s+of|on\s+behalf\s+of|stand(?:s|ing)?\s+in\s+for|stood\s+in\s+for|deputi[sz]ing\s+for))\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$"
);

/// "in Mr Biden's place": the words before a possessor of "place".
static IN_BEFORE: LazyLock<Re> = regex!(r"\bin\s+(?:[A-Z][\w.'’-]*\s+){0,3}$");

/// One a stand-in acts for (round 16): "Blinken will travel to Port Moresby
/// in Mr Biden's place ... and is expected to meet Marape", "on behalf of
/// President X": the absent one is no subject of what follows. The length
/// of the phrase (it is skipped like a relative clause), or None.
fn stood_for(text: &str, a: &ActorRef) -> Option<usize> {
    let from = ceil_boundary(text, a.start.saturating_sub(80));
    let before = text.get(from..a.start).unwrap_or("");
    if let Some(m) = STOOD_FOR_BEFORE.find(before) {
        return Some(before.len() - m.start() + a.end - a.start);
    }
    let after = text.get(a.end..).unwrap_or("");
    let place = ["'s place", "’s place", "'s stead", "’s stead"]
        .iter()
        .find(|p| after.starts_with(**p))?;
    let m = IN_BEFORE.find(before)?;
    Some(before.len() - m.start() + a.end - a.start + place.len())
}

/// "Macron of France": a state named as a person's country is no side.
fn is_modifier(text: &str, a: &ActorRef) -> bool {
    if a.kind != ActorKind::State {
        return false;
    }
    // "Yoon of the Republic of Korea" too
    let before = squash(text.get(a.start.saturating_sub(8)..a.start).unwrap_or(""));
    let before = before.strip_suffix(" the").unwrap_or(&before);
    before.ends_with(" of") || before == "of"
}

/// A non-restrictive relative clause closed by its comma: ", which owes
/// the IMF 450 mln dlrs in arrears,", ", who flew in from Tokyo,".
static RELATIVE_CLAUSE: LazyLock<Re> = regex!(r#",\s+(?:which|who|whose)\s[^,;:"()]{1,160}?,"#);

/// The spans (document bytes) of the closed relative clauses of
/// `floor..at`: the actors inside one are not the subject of what follows
/// it ("Sudan, which owes the IMF money, will hold talks with the Fund":
/// Sudan holds them).
fn relative_clauses(text: &str, floor: usize, at: usize) -> Vec<(usize, usize)> {
    let Some(seg) = text.get(floor..at) else {
        return vec![];
    };
    if !seg.contains(", wh") && !seg.contains(",\nwh") {
        return vec![];
    }
    RELATIVE_CLAUSE
        .find_iter(seg)
        .map(|m| (floor + m.start(), floor + m.end()))
        .collect()
}

/// The group of actors just before `at` (within `floor..at`): the nearest
/// actor (within 150 bytes, not counting a relative clause between) and
/// those coordinated with it, however long their titles ("French Defence
/// Minister Andre Giraud and his West German counterpart Manfred
/// Woerner"); an actor inside a closed relative clause is skipped.
pub fn group_before(text: &str, actors: &[ActorRef], floor: usize, at: usize) -> Vec<ActorRef> {
    let clauses = relative_clauses(text, floor, at);
    let inside = |a: &ActorRef| clauses.iter().any(|&(s, e)| a.start > s && a.end < e);
    let mut skipped: usize = clauses.iter().map(|&(s, e)| e - s).sum();
    let mut cands: Vec<&ActorRef> = Vec::new();
    for a in actors.iter().filter(|a| a.start >= floor && a.end <= at) {
        if (is_locative(text, a.start) && !possessor(text, a)) || is_modifier(text, a) || inside(a)
        {
            continue;
        }
        // "in Mr Biden's place": skipped like a relative clause
        if let Some(n) = stood_for(text, a) {
            skipped += n;
            continue;
        }
        cands.push(a);
    }
    let Some(last) = cands
        .last()
        .filter(|a| a.start >= at.saturating_sub(150 + skipped))
    else {
        return vec![];
    };
    let mut group = vec![(*last).clone()];
    let mut cur = *last;
    for a in cands.iter().rev().skip(1) {
        if coordinated(text, a.end, cur.start) {
            group.push((*a).clone());
            cur = a;
        } else {
            break;
        }
    }
    group.reverse();
    group
}

/// The group of actors just after `at` (the first actor within 80 bytes and
/// those coordinated with it), before `ceil`.
pub fn group_after(text: &str, actors: &[ActorRef], at: usize, ceil: usize) -> Vec<ActorRef> {
    let cands: Vec<&ActorRef> = actors
        .iter()
        .filter(|a| a.start >= at && a.end <= ceil && !is_locative(text, a.start))
        .filter(|a| !is_modifier(text, a))
        .collect();
    // "talks ... between X and Y": the group starts after "between"
    let window = text.get(at..ceil.min(at + 80)).unwrap_or("");
    // (not a later "between": "his meeting with Baker had resolved
    // differences between the two countries")
    let first_start = cands.first().map_or(usize::MAX, |a| a.start);
    let from = window
        .find("between ")
        .map(|i| at + i)
        .filter(|&b| b < first_start)
        .unwrap_or(at);
    let cands: Vec<&ActorRef> = cands.into_iter().filter(|a| a.start >= from).collect();
    // a person named close by wins over a state named first ("talks on Ukraine between Kerry and Putin")
    let first = cands
        .iter()
        .find(|a| a.kind == ActorKind::Person && a.start - at <= 80)
        .or_else(|| cands.first());
    let Some(first) = first.copied() else {
        return vec![];
    };
    if first.start - at > 80 {
        return vec![];
    }
    let cands: Vec<&ActorRef> = cands
        .into_iter()
        .filter(|a| a.start >= first.start)
        .collect();
    let mut group = vec![first.clone()];
    let mut cur: &ActorRef = first;
    for a in cands.iter().skip(1) {
        if coordinated(text, cur.end, a.start) {
            group.push((*a).clone());
            cur = *a;
        } else {
            break;
        }
    }
    group
}

/// Keeps people when any are named; states and organizations otherwise.
pub fn prefer_people(group: Vec<ActorRef>) -> Vec<ActorRef> {
    if group.iter().any(|a| a.kind == ActorKind::Person) {
        group
            .into_iter()
            .filter(|a| a.kind == ActorKind::Person)
            .collect()
    } else {
        group
    }
}

/// Removes repeated actors, keeping the first.
pub fn dedup(group: Vec<ActorRef>) -> Vec<ActorRef> {
    let mut out: Vec<ActorRef> = vec![];
    for a in group {
        if !out.iter().any(|b| b.key() == a.key()) {
            out.push(a);
        }
    }
    out
}

/// A destination told by a pronoun right after a trip's word ("visits
/// there", "visits that country", "his trip there").
static PRONOUN_DEST: LazyLock<Re> = regex!(r"(?i)^\s+(?:there|that country|the country)\b");

/// A place used as a modifier of a noun ("to U.S. exporters", "the Japan
/// market"): a lower-case word after it that is no function word. No place
/// a pronoun destination can stand for.
static PLACE_AS_MODIFIER: LazyLock<Re> = regex!(r"^\s+([a-z][a-z-]*)\b");

/// Whether the text after a place opens on a noun it modifies (see
/// [`PLACE_AS_MODIFIER`]).
fn modifies_a_noun(after: &str) -> bool {
    PLACE_AS_MODIFIER
        .captures(after)
        .and_then(|c| c.get(1))
        .is_some_and(|w| {
            !matches!(
                w.as_str(),
                "to" | "and"
                    | "or"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "with"
                    | "by"
                    | "from"
                    | "over"
                    | "about"
                    | "that"
                    | "which"
                    | "when"
                    | "next"
                    | "last"
                    | "this"
                    | "is"
                    | "was"
                    | "will"
                    | "would"
                    | "has"
                    | "had"
                    | "as"
                    | "if"
                    | "but"
                    | "after"
                    | "before"
            )
        })
}

/// A sending verb opening a trigger ("sent a team to").
static SENT_VERB: LazyLock<Re> = regex!(r"(?i)^(?:send|sends|sent|sending|dispatch)");

/// How far back (bytes) a pronoun destination looks for its place: the
/// sentence and about one before it.
const PRONOUN_REACH: usize = 300;

/// A place right before the trigger, as a modifier ("his Russia visit", "the
/// Sochi summit"), or the first place after it within the clause.
pub fn place_near(
    text: &str,
    places: &StoryPlaces,
    trig_start: usize,
    trig_end: usize,
    ceil: usize,
    sent_end: usize,
) -> Option<PlaceRef> {
    // "when he visits there", "visits that country", "his trip there": the
    // place named last before it in the sentence or the one before (never
    // the dateline); with none named, no place
    if PRONOUN_DEST.is_match(text.get(trig_end..).unwrap_or("")) {
        return places
            .iter()
            .rev()
            .filter(|p| p.end <= trig_start && trig_start - p.end <= PRONOUN_REACH)
            .find(|p| {
                !places.is_dateline(text, p)
                    && !no_destination(text, p.start)
                    && !text.get(p.end..).is_some_and(modifies_a_noun)
            })
            .cloned();
    }
    // modifier: "Russia visit", "Sochi summit", "Russia - Turkey summit in Sochi"
    let after = places
        .iter()
        .find(|p| p.start >= trig_end && p.end <= ceil && p.start - trig_end <= 50);
    let after_ok = after.filter(|p| {
        let between = text
            .get(trig_end..p.start)
            .unwrap_or("")
            .to_lowercase()
            .replace(char::is_whitespace, " ");
        let t = between.trim();
        let appositive = (t.ends_with(" to") || t.ends_with(" in") || t.ends_with(" at"))
            && between.split_whitespace().count() <= 6
            && !between.contains(['.', ';', '«', '"']);
        // ("arrived in the Kazakh capital Astana": a descriptor before the name)
        let described = DESCRIBED_GAP.is_match(&between);
        !between.contains(" from ")
            && !t.starts_with("from")
            && !no_destination(text, p.start)
            && (appositive
                || described
                || (!between.contains(['.', ',', ';', '«', '"'])
                    && between.split_whitespace().count() <= 4))
    });
    // ("Japan sent a team to Brazil": a state before a verb is its subject,
    // no modifier)
    let modifier = place_before(text, places, trig_start)
        .filter(|_| !SENT_VERB.is_match(text.get(trig_start..).unwrap_or("")));
    // A city later in the clause refines a country ("visit Russia ... summit in St. Petersburg").
    let refine = |c: &PlaceRef| -> PlaceRef {
        if c.kind != PlaceKind::Country {
            return c.clone();
        }
        places
            .iter()
            .find(|p| {
                p.start >= c.end
                    && p.end <= sent_end
                    && p.kind != PlaceKind::Country
                    && p.country.is_some()
                    && p.country == c.country
            })
            .cloned()
            .unwrap_or_else(|| c.clone())
    };
    match (modifier, after_ok) {
        (Some(m), Some(a)) if m.kind == PlaceKind::Country && a.country == m.country => {
            Some(refine(a))
        }
        (Some(m), _) => Some(refine(m)),
        (None, Some(a)) => Some(refine(a)),
        (None, None) => None,
    }
}
/// A place right before the trigger, as a modifier ("the Sochi summit",
/// "a Moscow visit"): the last place ending at most three bytes of blank
/// before it.
fn place_before<'a>(text: &str, places: &'a [PlaceRef], trig_start: usize) -> Option<&'a PlaceRef> {
    places.iter().rev().find(|p| {
        p.end <= trig_start
            && trig_start - p.end <= 3
            && text
                .get(p.end..trig_start)
                .is_some_and(|b| b.trim().is_empty())
    })
}

/// ", March 11 -", ", Aug. 4 (KNA) --": Reuters' dateline after its city;
/// present-day copy adds the year and may put the day first (", 11
/// September 2023 —", ", January 24, 2024 (Courier) -"; round 18: news3
/// 2 such lines, Reuters and the White House 0).
static DATELINE: LazyLock<Re> = regex!(
    r"^\s*,\s*(?:(?:(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+(?:19|20)\d\d)?\s*)?(?:\([A-Za-z][\w .'&-]{0,30}\)\s*)?[-–—]"
);

/// "WARSAW — ", "TOKYO (Wire) - ": present-day copy's dateline, an upper-case
/// city with no date and no comma before its dash (round 17: 17 of news1's
/// and news2's 46 stories open so; Reuters' and the White House's 0, their
/// datelines have a comma).
static BARE_DATELINE: LazyLock<Re> =
    regex!(r"^[ \t]*(?:\([A-Za-z][\w .'&-]{0,30}\)[ \t]*)?(?:—|–|-{1,2})\s");

/// A line opening on an upper-case city and a bare dash: one item of a
/// digest when the text holds several ("NEW YORK - Stocks fell ... ---
/// WASHINGTON - Japanese Finance Minister ...", Reuters' business
/// highlights).
static BARE_DATELINE_LINE: LazyLock<Re> = regex!(
    r"(?m)^[ \t]*[A-Z][A-Z.'’ ]{1,30}[ \t]*(?:\([A-Za-z][\w .'&-]{0,30}\)[ \t]*)?(?:—|–|-{1,2})[ \t]"
);

/// The places of a story ([`places`]) with the facts about them that many
/// passes read, found once per document: the story's dateline and whether
/// the text is a digest. It derefs to the list, so a pass that reads only
/// the places takes `&[PlaceRef]`. (Before round 18 each pass found the
/// dateline again, and each dateline test of an upper-case place with a
/// bare dash scanned the whole text for a digest's second item.)
pub struct StoryPlaces {
    places: Vec<PlaceRef>,
    dateline: Option<PlaceRef>,
    /// Whether two lines open on an upper-case city and a bare dash (a
    /// digest); found on first need, as few stories ask.
    digest: OnceCell<bool>,
}

impl std::ops::Deref for StoryPlaces {
    type Target = [PlaceRef];

    fn deref(&self) -> &[PlaceRef] {
        &self.places
    }
}

impl StoryPlaces {
    /// The story's `places` in `text`, with its dateline found.
    pub fn new(text: &str, places: Vec<PlaceRef>) -> StoryPlaces {
        let mut story = StoryPlaces {
            places,
            dateline: None,
            digest: OnceCell::new(),
        };
        story.dateline = line_openers(text, &story.places)
            .find(|p| story.dateline_after(text, p))
            .cloned();
        story
    }

    /// The dateline's place ("CARACAS, March 11 - ..."): a place opening a
    /// line in the first lines of the text, followed by a date and a dash.
    /// It is the "here" of the story.
    pub fn dateline(&self) -> Option<&PlaceRef> {
        self.dateline.as_ref()
    }

    /// Whether a place mention is a dateline ("CARACAS, March 11 - "): any
    /// place in the first lines followed so, not only the line's opener.
    pub fn is_dateline(&self, text: &str, p: &PlaceRef) -> bool {
        p.start < 600 && self.dateline_after(text, p)
    }

    /// Whether the words after the place `p` make it a dateline: ", March
    /// 11 -", ", Aug. 4 (KNA) --", or, for an upper-case city, a bare dash
    /// when the text is no digest (a digest's items have each their own).
    fn dateline_after(&self, text: &str, p: &PlaceRef) -> bool {
        let Some(after) = text.get(p.end..) else {
            return false;
        };
        DATELINE.is_match(after)
            || (BARE_DATELINE.is_match(after)
                && text.get(p.start..p.end).is_some_and(|w| {
                    w.chars().any(char::is_uppercase) && !w.chars().any(char::is_lowercase)
                })
                && !*self
                    .digest
                    .get_or_init(|| BARE_DATELINE_LINE.find_iter(text).nth(1).is_some()))
    }
}

/// The places that open a line in the first lines of a text (600 bytes):
/// where a dateline's city stands.
pub(super) fn line_openers<'a>(
    text: &'a str,
    places: &'a [PlaceRef],
) -> impl Iterator<Item = &'a PlaceRef> + 'a {
    places.iter().take_while(|p| p.start < 600).filter(|p| {
        text.get(..p.start)
            .is_some_and(|b| b.trim_end_matches([' ', '\t']).ends_with('\n') || b.trim().is_empty())
    })
}

static TOPIC: LazyLock<Re> = regex!(
    r"(?:situation|crisis|war|conflict|developments|peace|security|stability|fighting|violence|settlement|events|elections?|interests?|presence|troops|forces|operations?)\s+(?:in|at)\s+(?:the\s+)?$"
);

/// A noun of aid, support, arms, trade or relations right before the
/// preposition of a place ("support to Ukraine", "assistance to
/// Afghanistan", "sanctions on Iran", "exports of Japan", "relations with
/// China"): the place is what the noun is given to or about, never where
/// anyone goes or meets.
static AID_TO: LazyLock<Re> = regex!(
    r"(?i)\b(?:aid|support|assistance|help|troops|sanctions|commitments?|exports?|imports?|relations|ties|solidarity|weapons|arms|funding|loans?|credits?|grants?|investments?|shipments?|deliveries)\s+(?:to|for|of|in|on|against|with|toward|towards|into)\s+(?:the\s+)?$"
);

/// Whether the place mentioned at `start` is the object of an aid, support
/// or trade noun (see [`AID_TO`]).
pub fn no_destination(text: &str, start: usize) -> bool {
    let from = ceil_boundary(text, start.saturating_sub(40));
    text.get(from..start)
        .is_some_and(|b| AID_TO.is_match(&b.replace(char::is_whitespace, " ")))
}

/// Further destinations coordinated with `first` ("to Germany and Angola").
pub fn more_places(text: &str, places: &[PlaceRef], first: &PlaceRef) -> Vec<PlaceRef> {
    let mut out = vec![];
    let mut cur = first.end;
    for p in places.iter().filter(|p| p.start >= first.end) {
        let between = squash(text.get(cur..p.start).unwrap_or("x"));
        if matches!(between.as_str(), "and" | "," | ", and") && p.kind == first.kind {
            out.push(p.clone());
            cur = p.end;
        } else {
            break;
        }
    }
    out
}

/// The place a meeting is said to happen in: a place after "in"/"at" in the
/// sentence, or a modifier right before the trigger.
pub fn venue(
    text: &str,
    places: &[PlaceRef],
    sent_start: usize,
    sent_end: usize,
    trig_start: usize,
    allow_to: bool,
) -> Option<PlaceRef> {
    let modifier = place_before(text, places, trig_start).filter(|p| p.kind != PlaceKind::Country);
    if let Some(m) = modifier {
        return Some(m.clone());
    }
    // "During his trip to Washington, which runs from April 26 to 29,
    // Bangemann will meet ...": the trip the sentence opens on, before the
    // trigger, is where the meeting is held
    // (a meeting's venue: a visit's own goal follows "to")
    let on_trip = places.iter().rev().find(|p| {
        !allow_to
            && p.start >= sent_start
            && p.end <= trig_start
            && text
                .get(sent_start..p.start)
                .is_some_and(|b| ON_TRIP_TO.is_match(&b.replace(char::is_whitespace, " ")))
    });
    if let Some(p) = on_trip {
        return Some(p.clone());
    }
    // "a two-day visit to Egypt, where he is due to hold talks with": the
    // place a relative "where" stands for, right before it in the sentence
    // (before any later place: "..., officials in New Delhi said")
    let where_rel = places.iter().rev().find(|p| {
        p.start >= sent_start
            && p.end <= trig_start
            && trig_start - p.end <= 90
            && text
                .get(p.end..trig_start)
                .is_some_and(|g| WHERE_REL.is_match(&g.replace(char::is_whitespace, " ")))
    });
    if let Some(p) = where_rel {
        return Some(p.clone());
    }
    // "In Singapore on Monday she met Lee, and in Kuala Lumpur on Tuesday
    // she held talks with Ismail": a clause a place opens ("In X", ", and
    // in Y") is held there; a later clause's opening place is no venue of
    // this one (a tour told leg by leg, round 16)
    let opens = |p: &PlaceRef| {
        let from = ceil_boundary(text, p.start.saturating_sub(24).max(sent_start));
        text.get(from..p.start).is_some_and(|b| {
            let b = b.replace(char::is_whitespace, " ");
            LEG_OPENER.is_match(&b) || (from == sent_start && FRONTED_AT.is_match(&b))
        })
    };
    let fronted = places.iter().rev().find(|p| {
        p.start >= sent_start
            && p.end <= trig_start
            && trig_start - p.end <= 60
            && opens(p)
            && text
                .get(p.end..trig_start)
                .is_some_and(|g| !g.contains([';', '.', '"', '«']) && !NEW_CLAUSE.is_match(g))
    });
    let clause_end = places
        .iter()
        .filter(|p| p.start >= trig_start && p.end <= sent_end && opens(p))
        .map(|p| p.start)
        .next()
        .unwrap_or(sent_end);
    if let Some(p) = fronted {
        // "In Japan, he met Abe in Tokyo": the clause's city refines it
        let city = places.iter().find(|q| {
            p.kind == PlaceKind::Country
                && q.start >= trig_start
                && q.end <= clause_end
                && q.kind != PlaceKind::Country
                && q.country.is_some()
                && q.country == p.country
        });
        return Some(city.unwrap_or(p).clone());
    }
    let mut best: Option<&PlaceRef> = None;
    for p in places.iter().filter(|p| {
        p.start >= sent_start.max(trig_start.saturating_sub(80))
            && p.end <= sent_end.min(trig_start + 100).min(clause_end)
    }) {
        let before = text.get(p.start.saturating_sub(8)..p.start).unwrap_or("");
        let before = before.to_lowercase().replace(char::is_whitespace, " ");
        let b = before.trim_end();
        if allow_to && (b.ends_with(" to") || b.ends_with(" to the")) {
            best = Some(p);
            break;
        }
        if no_destination(text, p.start) {
            // "support to Ukraine", "assistance for Afghanistan": an object, not a venue
            continue;
        }
        let wide = text
            .get(p.start.saturating_sub(24)..p.start)
            .unwrap_or("")
            .to_lowercase();
        if TOPIC.is_match(&wide) {
            // "the situation in Afghanistan" is a topic, not a venue
            continue;
        }
        if b.ends_with(" in")
            || b.ends_with(" at")
            || b.ends_with(" in the")
            || b.ends_with(" at the")
            || described_at(text, p.start)
        {
            let better = match best {
                None => true,
                Some(c) => {
                    (c.kind == PlaceKind::Country && p.kind != PlaceKind::Country)
                        || p.start.abs_diff(trig_start) < c.start.abs_diff(trig_start)
                            && (p.kind != PlaceKind::Country || c.kind == PlaceKind::Country)
                }
            };
            if better {
                best = Some(p);
            }
        }
    }
    best.cloned()
}

/// The nouns that describe a place before its name: "the Kazakh capital
/// Astana", "the Black Sea resort city of Sochi", "the Indonesian island of
/// Bali", "the port city of Karachi".
const PLACE_NOUNS: &str =
    r"(?:capital|city|resort|port|town|village|island|province|region|enclave)";

/// "in the Kazakh capital ", "at the Black Sea resort city of ": a place
/// named after a descriptor of up to four words and a place noun is where
/// the "in" or "at" before the descriptor points (round 16: 10 such
/// phrases before a name in Reuters after "in" or "at", 62 with "to" and
/// "on" and nameless ones, 1 in the White House; present-day copy writes
/// them for every venue it expects the reader not to know).
static DESCRIBED_AT: LazyLock<Re> = regex!(format!(
    r"(?i)\b(?:in|at)\s+the\s+(?:[\w'’.-]+\s+){{0,4}}?{PLACE_NOUNS}(?:\s+(?:city|town|island))?(?:\s+of)?\s+$"
));

/// The same descriptor as the whole gap from a trip's word to its
/// destination ("arrived in the Kazakh capital Astana", "visited the Black
/// Sea resort city of Sochi", "a trip to the port city of Karachi").
static DESCRIBED_GAP: LazyLock<Re> = regex!(format!(
    r"(?i)^\s*(?:(?:to|in|at|on)\s+)?the\s+(?:[\w'’.-]+\s+){{0,4}}?{PLACE_NOUNS}(?:\s+(?:city|town|island))?(?:\s+of)?\s+$"
));

/// Whether the place at `start` follows "in the ... capital", "at the ...
/// resort of" (see [`DESCRIBED_AT`]): the preposition before the
/// descriptor is the place's.
fn described_at(text: &str, start: usize) -> bool {
    let from = ceil_boundary(text, start.saturating_sub(80));
    text.get(from..start)
        .is_some_and(|b| DESCRIBED_AT.is_match(&b.replace(char::is_whitespace, " ")))
}

/// ", and in ", "; at the ": a place opening a new clause of the sentence
/// (a tour's next leg: "..., and in Kuala Lumpur on Tuesday she held"); a
/// bare ", in" is an appositive of the clause ("met Wei, in Siem Reap").
static LEG_OPENER: LazyLock<Re> = regex!(
    r"(?i)(?:,\s+(?:and|but|while|then)|;(?:\s+(?:and|then))?)\s+(?:later\s+)?(?:in|at)\s+(?:the\s+)?$"
);

/// ", and ", ", but ", ", while ": another clause between a fronted
/// place and the trigger.
static NEW_CLAUSE: LazyLock<Re> = regex!(r"(?i),\s+(?:and|but|while|where|when)\b");

/// "In ", "At the ": a place opening the sentence ("In Singapore on Monday
/// she met").
static FRONTED_AT: LazyLock<Re> = regex!(r"^\W*(?:In|At)\s+(?:the\s+)?$");

/// The gap from a place to a trigger in the relative clause the place
/// opens (", where he is due to"): the place is the trigger's venue.
static WHERE_REL: LazyLock<Re> = regex!(r"^\s*,\s*where\s+[^,;.]{0,70}$");

/// "During his trip to", "On her visit to", "In the course of their stay
/// in": a sentence opening on a side's journey, up to its goal.
static ON_TRIP_TO: LazyLock<Re> = regex!(
    r"(?i)^(?:[^-–—]{0,40}\s[-–—]\s+)?\W*(?:during|on|in\s+the\s+course\s+of)\s+(?:his|her|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:trip|visit|tour|stay|stopover|journey)\s+(?:to|in)\s+(?:the\s+)?$"
);

static AMOUNT: LazyLock<Re> = regex!(
    r"(?i)^(?:(?:in\s+)?(?:less|more|fewer)\s+than|over|within|about|nearly|almost|up to)\b|\b(?:years|months|weeks|days)$"
);

static NOT_EVENT_TIME: LazyLock<Re> = regex!(
    r"(?i)(?:\bsince|\bpublished(?: on)?|\buntil|\bby|\bbefore|\bafter|\bago|\bsaid on|\bstatement of|\bfor)\s*$"
);

/// "before the interim committee meeting starting on": a preposition of
/// time after the trigger, opening a noun phrase that the date closes.
static OTHER_NOUNS_TIME: LazyLock<Re> = regex!(
    r"(?i)\b(?:before|after|ahead of|prior to|in advance of|following|preceding)\s+(?:the|a|an|its|their|his|her|this|next|last|that)\s[^,;.:()]{0,80}$"
);

/// "his inauguration in January", "the elections on May 3": an occasion
/// that is no meeting or trip, dated by what follows it.
static OCCASION_BEFORE: LazyLock<Re> = regex!(
    r"(?i)\b(?:inauguration|swearing-in|elections?|re-?election|polls|referendum|victory|appointment|anniversary|independence|birthday|coup|invasion|earthquake|death|funeral)\s+(?:(?:held|took place|was held)\s+)?(?:in|on|of)\s*$"
);

/// "talks on arms control and a possible": the trigger is in the topic of
/// another event's noun or verb.
static TOPIC_OF_TALKS: LazyLock<Re> = regex!(
    r"(?i)\b(?:(?:talks|discussions|negotiations|consultations)\s+(?:on|about|over)|discuss(?:ed|es|ing)?|prepar(?:e|es|ed|ing|ations?)\s+for|groundwork\s+for)\b[^,;]*$"
);

/// "in December when OPEC meets": a clause of time between a date and
/// the trigger.
static WHEN: LazyLock<Re> = regex!(r"(?i)\b(?:when|where|while)\b");

/// "said today", "told reporters on Tuesday", "announced yesterday": a
/// date right after a telling verb, the day of the telling.
static TOLD_ON: LazyLock<Re> = regex!(
    r"(?i)\b(?:said|says|told(?:\s+[a-z]+){0,3}|announced|stated|confirmed|disclosed)(?:\s+on)?\s*$"
);

/// "he will travel", "it would visit", "is due to": a plan's modal between
/// a telling and its trigger.
static PLAN_CUE: LazyLock<Re> = regex!(
    r"(?i)\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due|expected|scheduled|set)\s+to|(?:is|are|was|were)\s+to|plans?\s+to|planned\s+to|intends?\s+to)\b"
);

/// "starting on", "due to start": a date the trigger's own phrase introduces.
static STARTING: LazyLock<Re> =
    regex!(r"(?i)\b(?:starting|beginning|opening|due to start|to begin)(?: on)?\s*$");

/// The dates of a trigger: the nearest dated expression of the sentence
/// (within 120 bytes), and those coordinated with it ("in May and December
/// 2015" gives two values). A year naming a thing ("the 2016 Munich Security
/// Conference") has no interval from the tagger, so it never dates one.
pub fn dates_near(
    text: &str,
    timexes: &[Timex],
    sent_start: usize,
    sent_end: usize,
    trig_start: usize,
    trig_end: usize,
    others: &[(usize, usize)],
) -> Vec<(Interval, String)> {
    let cands: Vec<&Timex> = timexes
        .iter()
        .filter(|t| t.begin >= sent_start && t.end <= sent_end)
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
        .filter(|t| t.interval.is_some())
        .filter(|t| {
            let before = text.get(sent_start.max(t.begin.saturating_sub(20))..t.begin);
            // "prepared for today's summit": a possessive date names its
            // occasion, whatever preposition stands before it
            let possessive = text
                .get(t.end..)
                .is_some_and(|a| a.starts_with("'s") || a.starts_with("’s"));
            possessive || !before.is_some_and(|b| NOT_EVENT_TIME.is_match(b))
        })
        // "the first to visit X since the two countries established ties
        // last November": a date inside a "since" clause after the trigger
        .filter(|t| {
            t.begin < trig_end
                || !text.get(trig_end..t.begin).is_some_and(|b| {
                    b.split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case("since"))
                })
        })
        // "to meet just before the interim committee meeting starting on
        // April 9", "failed to agree before the start of the crop year on
        // April 1": the date closes another noun's phrase, told as the
        // time the event is before or after, never the event's own
        .filter(|t| {
            t.begin < trig_end
                || !text
                    .get(trig_end..t.begin)
                    .is_some_and(|b| OTHER_NOUNS_TIME.is_match(&b.replace('\n', " ")))
        })
        // "to congratulate him on his inauguration in January": the date of
        // another occasion named right before it
        .filter(|t| {
            !text
                .get(sent_start.max(t.begin.saturating_sub(40))..t.begin)
                .is_some_and(|b| OCCASION_BEFORE.is_match(&b.replace('\n', " ")))
        })
        // "would go to Moscow next month for talks on arms control and a
        // possible summit": a trigger in the topic of other talks does not
        // take their date
        .filter(|t| {
            t.end > trig_start
                || !text.get(t.end..trig_start).is_some_and(|g| {
                    g.len() <= 120 && TOPIC_OF_TALKS.is_match(&g.replace('\n', " "))
                })
        })
        // "said today he will travel to Washington in mid-May", "said on
        // Tuesday it would visit": the telling's day is no day of the plan
        // it tells (round 13); the plan's own date, if any, is taken instead
        .filter(|t| {
            let told = text
                .get(sent_start.max(t.begin.saturating_sub(40))..t.begin)
                .is_some_and(|b| TOLD_ON.is_match(&b.replace('\n', " ")));
            !(told
                && t.end <= trig_start
                && text.get(t.end..trig_start).is_some_and(|g| {
                    g.len() <= 100 && !g.contains([';', '.']) && PLAN_CUE.is_match(g)
                }))
        })
        // "the third in less than a year": an amount of time, not a date
        .filter(|t| !AMOUNT.is_match(&t.text))
        // "ABIDJAN, June 29 - ...": the dateline is the report's date
        .filter(|t| {
            let after = text.get(t.end..(t.end + 3).min(sent_end)).unwrap_or("");
            let dateline = t.begin.saturating_sub(sent_start) < 40
                && (after.starts_with(" -") || after.starts_with(" –") || after.starts_with(" —"));
            !dateline
        })
        .collect();
    let dist = |t: &Timex| -> usize {
        if t.end <= trig_start {
            trig_start - t.end
        } else {
            t.begin.saturating_sub(trig_end)
        }
    };
    // "their December 10 phone call": a date right before another trigger is that trigger's
    // ("today's summit meeting": a trigger word right before this one is
    // part of the same noun, so its date is this trigger's)
    let near_other = |t: &Timex| -> bool {
        others.iter().any(|&(s, e)| {
            let compound = e <= trig_start
                && trig_start - e <= 1
                && text.get(e..trig_start).is_some_and(|g| g.trim().is_empty());
            t.end <= s && s - t.end <= 2 && !compound
        })
    };
    let cands: Vec<&Timex> = cands.into_iter().filter(|t| !near_other(t)).collect();
    // "output rises agreed in December when OPEC meets in Vienna on June
    // 25": a date before "when" is the main clause's; one of the trigger's
    // own clause after it wins
    let own_after = cands.iter().any(|t| {
        t.begin >= trig_end
            && text
                .get(trig_end..t.begin)
                .is_some_and(|b| !b.contains([',', ';', '.']))
    });
    let cands: Vec<&Timex> = cands
        .into_iter()
        .filter(|t| {
            !own_after
                || t.end > trig_start
                || !text
                    .get(t.end..trig_start)
                    .is_some_and(|g| WHEN.is_match(g))
        })
        .collect();
    // "his visit to Washington starting on April 29": the date the trigger's
    // own phrase introduces wins over a nearer one of another clause
    let introduced = |t: &&&Timex| {
        t.begin >= trig_end
            && t.begin - trig_end <= 60
            && text
                .get(trig_end..t.begin)
                .is_some_and(|b| !b.contains([',', ';', '.']) && STARTING.is_match(b))
    };
    let Some(best) = cands
        .iter()
        .find(introduced)
        .or_else(|| cands.iter().min_by_key(|t| (dist(t), t.begin)))
    else {
        return vec![];
    };
    if dist(best) > 120 {
        return vec![];
    }
    let mut out: Vec<&Timex> = vec![best];
    // coordinated values on either side
    for t in cands.iter().filter(|t| t.begin >= best.end) {
        let last = out.last().map_or(best.end, |l| l.end);
        let between = squash(text.get(last..t.begin).unwrap_or("x"));
        if between == "and" || between == "," || between == ", and" {
            out.push(t);
        }
    }
    out.sort_by_key(|t| t.begin);
    // "on Friday and Saturday": consecutive days are one range, not two events
    let days: Vec<Interval> = out.iter().filter_map(|t| t.interval).collect();
    if days.len() > 1
        && days.iter().all(|d| d.precision == Precision::Day)
        && days
            .windows(2)
            .all(|w| (w[1].start - w[0].end).num_days() <= 1 && w[1].start >= w[0].start)
    {
        let (first, last) = (days[0], days[days.len() - 1]);
        let text = format!(
            "{} .. {}",
            out.first().map_or("", |t| t.text.as_str()),
            out.last().map_or("", |t| t.text.as_str())
        );
        return vec![(
            Interval {
                start: first.start,
                end: last.end,
                precision: Precision::Day,
            },
            text,
        )];
    }
    // "May and December 2015": "May" alone may have been resolved to
    // another year; align coarse month values with the year of the last.
    let mut vals: Vec<(Interval, String)> = out
        .iter()
        .filter_map(|t| t.interval.map(|i| (i, t.text.clone())))
        .collect();
    vals.dedup_by(|a, b| a.0 == b.0);
    vals
}

/// Whether a singular pronoun (he, she, his, her, him) occurs in the span.
pub fn has_pronoun(s: &str) -> bool {
    static PRON: LazyLock<Re> = regex!(r"(?i)\b(?:he|she|his|her|him)\b");
    PRON.is_match(s)
}

/// The words of a span with single spaces ("and\n" is "and").
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a plural pronoun (they, their, them) occurs in the span.
pub fn has_plural_pronoun(s: &str) -> bool {
    static PRON: LazyLock<Re> = regex!(r"(?i)\b(?:they|their|them)\b");
    PRON.is_match(s)
}

/// Whether the span (a sentence's start up to its trigger) is only a
/// definite group that moves as one: "The Senate team next", "The
/// delegation then", "The two ministers later". Such a subject stands for
/// the people the sentences before named together (see
/// `extract::plural_antecedent`). Not a possessor's group ("The firm's
/// team").
pub fn collective_subject(s: &str) -> bool {
    static GROUP: LazyLock<Re> = regex!(
        r"^\s*(?:The|This|That|These|Those)\s+(?:[\w.-]+\s+){0,3}?(?:team|delegation|mission|visitors|senators|lawmakers|congressmen|legislators|envoys|ministers|leaders)\s+(?:(?:next|then|later|now|also|will|is|are|was|were|to|due|expected)\s+){0,3}$"
    );
    GROUP.is_match(s)
}

/// Unnamed officials after a talks word, named by no country, company or
/// body: "to government officials", "leading economic ministers", "with
/// both the foreign and telecommunications ministers", "with Administration
/// officials" (the officials' state is the host's: see [`host_officials`]).
static UNNAMED_OFFICIALS: LazyLock<Re> = regex!(
    r"^\s*(?:(?:to|with)\s+)?(?P<mods>(?:(?:[a-z][a-z-]*|Administration)\s+){0,5}?)(?P<head>officials|ministers|authorities)\b(?P<tail>[^.;]{0,14})"
);

/// Qualifiers of officials that are no government's, or whose government
/// is not the host's ("union officials", "their officials", "provincial
/// ministers", "other officials", "bank officials").
const NOT_HOST_WORDS: &[&str] = &[
    "union",
    "unions",
    "company",
    "companies",
    "corporate",
    "bank",
    "banks",
    "banking",
    "industry",
    "business",
    "party",
    "opposition",
    "rebel",
    "rebels",
    "guerrilla",
    "church",
    "labor",
    "labour",
    "airline",
    "club",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "provincial",
    "state",
    "local",
    "city",
    "municipal",
    "regional",
    "other",
    "those",
    "these",
    "former",
    "exchange",
    "stock",
    "market",
    "fund",
    "community",
    "member",
    "european",
    // "a range of interagency officials", "a number of ministers": no
    // counterpart the story names
    "of",
    "interagency",
];

/// Generic qualifiers of a plural "ministers" that name no role ("leading
/// economic ministers", "senior cabinet ministers").
const MINISTER_QUALIFIERS: &[&str] = &[
    "the",
    "both",
    "leading",
    "senior",
    "top",
    "government",
    "economic",
    "cabinet",
    "key",
    "several",
    "two",
    "three",
    "host",
    "various",
];

/// Role words of a coordinated list of one state's ministers ("the foreign
/// and telecommunications ministers") and their office ids.
const ROLE_OFFICES: &[(&str, &str)] = &[
    ("foreign", "foreign_minister"),
    ("finance", "finance_minister"),
    ("defence", "defense_minister"),
    ("defense", "defense_minister"),
    ("trade", "trade_minister"),
    ("economy", "economy_minister"),
    ("agriculture", "agriculture_minister"),
    ("energy", "energy_minister"),
    ("oil", "energy_minister"),
    ("telecommunications", "telecommunications_minister"),
];

/// "Funaro was in Washington talking to government officials", "Conable
/// was returning to Jakarta ... to meet leading economic ministers", "In
/// meetings with both the foreign and telecommunications ministers Howard
/// said" (dateline Tokyo): unnamed officials of no named state, after the
/// trigger ending at `te`, are the host's: the state of the sentence's place
/// (a destination or a venue), else of the story's place `here`. A role
/// list's roles are their holders on `date` when the knowledge base has one
/// (one each), the state otherwise. Returns the end of the officials' phrase
/// and the other side; None when the phrase names a body, a company, another
/// state ("the trade ministers of the United States"), the state cannot be
/// told, or `own` (the subject's countries) includes it.
#[allow(clippy::too_many_arguments)]
pub fn host_officials(
    kb: &Kb,
    text: &str,
    places: &[PlaceRef],
    here: Option<&PlaceRef>,
    (sent_start, sent_end): (usize, usize),
    (ts, te): (usize, usize),
    date: Option<chrono::NaiveDate>,
    own: &[Option<String>],
) -> Option<(usize, Vec<ActorRef>)> {
    let after = text.get(te..sent_end)?;
    // (ASCII whitespace only: the offsets stay the text's)
    let flat = after.replace(|c: char| c.is_ascii_whitespace(), " ");
    let c = UNNAMED_OFFICIALS.captures(&flat)?;
    let mods: Vec<&str> = c
        .name("mods")
        .map_or("", |m| m.as_str())
        .split_whitespace()
        .collect();
    if mods
        .iter()
        .any(|w| NOT_HOST_WORDS.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    let tail = c.name("tail").map_or("", |m| m.as_str()).trim_start();
    // "the trade ministers of the United States", "officials from the EC",
    // "officials including Finance Minister X": the state or the people are named
    let tail_lower = tail.to_lowercase();
    if [
        "of ",
        "from ",
        "including",
        "such as",
        "led by",
        "headed by",
    ]
    .iter()
    .any(|w| tail_lower.starts_with(w))
        || tail_lower.starts_with(", including")
    {
        return None;
    }
    let head = c.name("head").map_or("", |m| m.as_str());
    let roles: Vec<&str> = mods
        .iter()
        .filter_map(|w| {
            ROLE_OFFICES
                .iter()
                .find(|(r, _)| *r == w.to_lowercase())
                .map(|(_, o)| *o)
        })
        .collect();
    if head == "ministers" {
        // "the foreign ministers" (one role, many holders) are a forum's,
        // not a host's; a role list ("the foreign and trade ministers") or
        // generic qualifiers only ("leading economic ministers")
        let generic = mods
            .iter()
            .all(|w| MINISTER_QUALIFIERS.contains(&w.to_lowercase().as_str()));
        let role_list = roles.len() >= 2
            && mods.iter().all(|w| {
                let w = w.to_lowercase();
                w == "and"
                    || MINISTER_QUALIFIERS.contains(&w.as_str())
                    || ROLE_OFFICES.iter().any(|(r, _)| *r == w)
            });
        if (!generic || mods.is_empty()) && !role_list {
            return None;
        }
    }
    let phrase_end = te + c.get(0).map_or(0, |m| m.end()) - tail.len();
    // "discussions with officials in Britain, West Germany and France": the
    // officials of several states, each its own talks
    let listed = places
        .iter()
        .find(|p| p.start >= phrase_end && p.start - phrase_end <= 8)
        .filter(|p| !more_places(text, places, p).is_empty());
    if listed.is_some() && (tail_lower.starts_with("in ") || tail_lower.starts_with("at ")) {
        return None;
    }
    let host = venue(text, places, sent_start, sent_end, ts, true)
        .and_then(|p| p.country)
        .or_else(|| here.and_then(|p| p.country.clone()))?;
    if own.iter().any(|c| c.as_deref() == Some(host.as_str())) {
        return None;
    }
    let state = ActorRef::state(kb, &host, te, phrase_end);
    let mut sides: Vec<ActorRef> = vec![];
    let mut unfilled = roles.is_empty();
    for office in &roles {
        let holder = date
            .filter(|_| !kb.is_plural(office, &host))
            .and_then(|d| kb.holders(office, &host, d).into_iter().next())
            .and_then(|t| kb.actor(&t.actor_id));
        match holder {
            Some(h) => sides.push(ActorRef::of(h, te, phrase_end)),
            None => unfilled = true,
        }
    }
    if unfilled {
        sides.push(state);
    }
    Some((phrase_end, dedup(sides)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn city(text: &str, word: &str, at: usize) -> PlaceRef {
        let start = text[at..].find(word).map(|i| at + i).expect("the word");
        PlaceRef {
            start,
            end: start + word.len(),
            place_id: Some(word.to_lowercase()),
            kind: PlaceKind::City,
            country: Some("NOR".to_string()),
        }
    }

    #[test]
    fn the_storys_places_know_their_dateline_once() {
        // a dated dateline; a later city of the text is none
        let text = "TROMSO, May 2 - The two ministers met in Bergen today.\n";
        let ps = vec![city(text, "TROMSO", 0), city(text, "Bergen", 0)];
        let story = StoryPlaces::new(text, ps.clone());
        assert_eq!(story.dateline(), Some(&ps[0]));
        assert!(story.is_dateline(text, &ps[0]));
        assert!(!story.is_dateline(text, &ps[1]));
        assert_eq!(story.len(), 2, "the places, through the story");
        // an upper-case city and a bare dash: present-day copy's dateline
        let text = "TROMSO — The two ministers met today.\n";
        let story = StoryPlaces::new(text, vec![city(text, "TROMSO", 0)]);
        assert!(story.dateline().is_some());
        // ... unless the text is a digest of such items
        let text = "TROMSO — Fish prices rose today.\n---\nBERGEN — The ferry sailed.\n";
        let ps = vec![city(text, "TROMSO", 0), city(text, "BERGEN", 0)];
        let story = StoryPlaces::new(text, ps.clone());
        assert_eq!(story.dateline(), None);
        assert!(!story.is_dateline(text, &ps[0]));
        assert!(!story.is_dateline(text, &ps[1]));
        // a city in lower case with a bare dash is no dateline
        let text = "Tromso — The two ministers met today.\n";
        let story = StoryPlaces::new(text, vec![city(text, "Tromso", 0)]);
        assert_eq!(story.dateline(), None);
    }
}

//! Event mentions: finds the sentences that state a visit, a meeting or a
//! call, and reads their arguments (guests, hosts, participants, place,
//! dates, status) from the sentence and its neighbours.
//!
//! The work is rule-based and runs per document ([`extract`]):
//!
//! 1. [`triggers`] finds the words that announce an event ("arrived in",
//!    "Kerry's visit to", "held talks", "the Sochi summit", "spoke by
//!    phone"); each rule has a name (`visit.arrive_in`) recorded on the
//!    mention and a base confidence.
//! 2. [`args`] reads the arguments around a trigger from the resolved entity
//!    mentions: the subject group before it (with "his"/"he" resolved to the
//!    sentence's or the previous sentences' person), the object group after
//!    it, the destination or venue (a venue stands for its city: "in the
//!    Kremlin" is Moscow), and the nearest temporal expression of the clause.
//! 3. [`status`] decides occurred / planned / proposed / cancelled from
//!    modals and cue words, and drops negated triggers ("has not been to",
//!    "no meeting is planned"). A trigger dated after the document's date
//!    is planned whatever its tense.
//! 4. Document-level passes: "the visit" and "the talks" take the arguments
//!    of the last visit or meeting named before them, but talks dated to
//!    another time ("continuing talks last week", "this weekend's talks")
//!    are another occasion and take no sides (states and bodies only when
//!    the sentence names "the two sides" again, and then not the place);
//!    a meeting without a
//!    place or date takes those of the visit its guest was on in the same
//!    document (the document's narrative time); a meeting abroad implies a
//!    visit of the foreign side to the host country (`derived = true`):
//!    one visit of all of them when a team's heads or people of one state
//!    joined by "and" ("Funaro and Gros spent two days in Washington talking
//!    to government officials") are the travelling side. A side is at home
//!    where it is of the country or holds one of its offices on the day (a
//!    Soviet foreign minister in Moscow is the host, whatever republic the
//!    tables file him under). A stated visit of the side to that country
//!    absorbs the meeting only when it lies within two weeks of it (or
//!    either is undated): talks in Beijing in 2014 are another trip than
//!    the stated visit of 2018, and derive their own. "Talk to Japanese
//!    and Canadian government officials" is a meeting with each state named
//!    by its adjective, held in that state ([`counterparts`]).
//!    Incomplete mentions (a visit without guest or destination, a meeting
//!    with fewer than two sides) are dropped. A private trip of people who
//!    hold no office on its day ("Kissinger came to Brazil on a private
//!    visit") is no visit, in any of its reports; an office holder's is.
//! 5. Wire-story and readout conventions: the dateline's city
//!    ([`dateline`]) is the place of the story's own events (a placeless
//!    visit by foreigners, an undated meeting told by a verb, which also
//!    takes the report date); a participant list ("Participants in the call
//!    included ...") joins the call before it; leaders of several countries
//!    met "with" at once hold one meeting, unless "separately" or
//!    "bilateral meetings" (then "in each country" places each in its
//!    counterpart's country: [`counterparts`] owns who is across a
//!    meeting's table and whether it is one sitting or one meeting per
//!    counterpart, a visitor's rounds included); a meeting of states only
//!    that shadows an event of their people (a headline "TALKS WITH
//!    FRANCE" over Chirac's visit) is dropped; a visit's length ("a
//!    four-day visit") gives its window from the day it began or ended,
//!    also from farther than the usual 60 bytes when it qualifies a trip
//!    noun of the guest's own clause ("the visit of X, who arrives on a
//!    four-day official tour on Friday"; "a left-wing plan" holds no end
//!    cue). A foreign office holder speaking to another state's parliament
//!    ("X, speaking to the Bolivian Congress yesterday",
//!    `visit.addressed_parliament`) is visiting that state, at the
//!    dateline's city when it is there.
//! 6. Story-time passes ([`story_time`]): a visit told as under way or just
//!    ended without a date ("visiting Trade Representative Yeutter", "is in
//!    New York for talks", "wrapped up a visit") is dated by the report
//!    date, unless the same trip or a meeting of its guest is dated
//!    elsewhere in the story, and the talks beside it take that date too;
//!    stops named after "a tour which includes" are planned and undated,
//!    after "a tour that has taken him to" occurred and undated; a visit
//!    noun inside a planned meeting's clause ("will meet Y during his visit
//!    to Z") is planned; "attend the summit in CITY" is a visit of a
//!    known office holder. A meeting told by a verb in a third country's
//!    city ("met Kallas of Estonia in Brussels") derives a visit for every
//!    side from another country (no host); a noun ("the summit, to be held
//!    in ...") does not say who came. The dateline's city counts as stated
//!    for the story's own occasion only (round 18): a verb of the
//!    sentence's own clause, dated to a day within a week of the report
//!    ("ROME - On Saturday, Mr Biden sat down with Merkel and Johnson"),
//!    and then only for the sides its sentence names; "Lawson, who met
//!    Funaro yesterday" is an aside that may have been anywhere. A summit the names before it talk
//!    about or prepare for ("X and Y spoke today about preparations for the
//!    NATO Summit", "met today ... to prepare for the summit in Vilnius")
//!    is their topic: neither their sides nor their meeting's city and
//!    date.
//!    A bare pair opening a meeting sentence ("The two sat at one table
//!    with X", "The leaders last met in Brussels") is the pair the sentence
//!    before coordinated, when that pair is everyone it names (round 18); a
//!    landing coordinated after another clause ("was received by X, and
//!    later landed in Doha") is not the object's before it.
//! 7. Readout and wire conventions of round 5: in a White House statement
//!    "the President" is the U.S. president of its date; "spoke with" in a
//!    meeting's readout is the meeting; a host verb's guest follows it at
//!    once ("received 40 mln dlrs" is no visit) and its place and date may
//!    follow a long guest list; in the passive the guest, a person, stands
//!    before it and the host after "by" ("X was received by Y at the palace
//!    on Tuesday", round 16); "has invited X to ... on DAY" is a planned
//!    visit; "while here," and "on his way home from X" are visits;
//!    "traveling from A to B" stops at both; a speaker is not the subject
//!    after a reporting verb and a new subject ("X said a mission would
//!    visit"); a person naming an administration is no side.
//! 8. Wire copy (round 6): the agent after "by" in a visit noun's phrase is
//!    its guest ("a 12-day visit to Japan by Lyng", "a visit here this week
//!    by X"); "is due in CITY" is a planned visit; a date the trigger's
//!    phrase introduces ("starting on April 29") beats a nearer one; a date
//!    in a "since" clause after the trigger does not date it, nor does the
//!    day of a telling before a plan ("said today he will travel in
//!    mid-May", "said Tuesday it would visit": round 13), nor the day of
//!    a return from a trip noun ("Today he was returning from a visit to
//!    projects in Java", "who returns from a visit to Brazil on Sunday":
//!    the trip is over by then, and its span is unknown; nor is such a
//!    trip the story's stay, whose place it would take: round 14); "a scheduled
//!    X visit" and "flies to X today" are planned, "during a visit" past;
//!    unnamed officials named by their country's adjective ("talks with
//!    Soviet counterparts") are that state's side ([`counterparts`]); a
//!    meeting of one country's people only is dropped (co-travellers are
//!    one side); an organisation's official meeting in the country of its
//!    seat (the UN Secretary-General in New York) derives no visit; an uncued visit
//!    noun dated "this week" still open at the report is planned ("follows
//!    a visit" is past); a body's sitting ("the committee meeting") is no
//!    meeting trigger.
//! 9. [`sides`] (round 7): the sides of wire-story talks told without a
//!    person and a verb: a club of states meeting as itself ("the G-5
//!    session") is a meeting of one side; "the two countries", "U.S.-Japanese
//!    talks", "Japanese officials" across the table, a summit of all of a
//!    club's members, a signing "by X and French officials", a delegation
//!    that "left Riyadh after talks" name their sides; people keep an
//!    organisation across the table ("talks with EC officials"); a person
//!    named after an institution's title, and "the Foreign Ministers of A,
//!    B and C" (their holders on the date), are sides.
//! 10. Trips of wire stories (round 8, `itinerary`): a sentence's line
//!     breaks are spaces for the trigger and status rules (wire copy is
//!     hard-wrapped); "left A today for B" is a visit to B from that day,
//!     "then B April 21-24" a further stop with its own date, "returned May
//!     6" or "is due back on Monday" the trip's end (before "the trip" copies
//!     its dates); the possessor of a trip noun is its guest after any
//!     preposition ("separate it from Nakasone's planned trip"); a
//!     traveller's placeless talks with a named country's
//!     officials ("will meet Philippines President Aquino on April 28") are
//!     in that country, and a meeting with a third country's officials does
//!     not date another stop. Status of a trip told around its start: planned until
//!     it starts ("flies to Brussels today", "is also due to visit", "is due
//!     to arrive", a visit dated by planned talks), occurred once under way
//!     ("left today for London", "arrived yesterday for a three-day visit",
//!     "concluded this week's tour"). An international organization's
//!     official (no country of his own) is foreign to every country but the
//!     seat's: his talks at the dateline are there and imply his visit; a
//!     state's delegation "has just left Riyadh" visited it. The dateline is
//!     not "here" for a story monitored there ("IRNA, monitored in Nicosia")
//!     nor for talks a local side held "during his visit". A planned round
//!     within a week between a local and a foreign side is "here" when the
//!     story has a side "here for the talks". "He" after a
//!     sentence whose speaker names another person ("the spokesman said
//!     Baker had left ... he is also due to visit") is that person; "He"
//!     after a sentence whose own subject is "He" ("He will meet with
//!     President Duda. He will also meet with the leaders of the B9") is
//!     that pronoun's antecedent, not the person in its object slot; so is
//!     "he" after "He is scheduled to meet Kishida", and a second "she" in
//!     "In Singapore she met Lee, and in Kuala Lumpur she held talks" is the
//!     first one, not Lee (a tour's legs, round 16). A person named
//!     through someone else's kin noun ("his grandfather Nobusuke Kishi")
//!     or an office told with "a" ("the first by a sitting Japanese prime
//!     minister") is no antecedent; a pronoun past a sentence naming no one
//!     is the one of the earlier sentence's people the story has named most
//!     often, not its first (a profile's figure, round 18).
//! 11. Wire copy nobody tuned on (round 8): a placeless meeting none of
//!     whose sides is of the dateline's country, told within three days
//!     before the report (or undated), with no city and no journey in its
//!     sentence and no club of states as a side in a market report, sat at the dateline's
//!     neutral venue ("GENEVA - Japan's delegate and the U.S. ambassador
//!     replied in the debate"); a person's talks "with Swedish trade
//!     officials" are with that state (also before ", Reagan said"), unless
//!     the story names the person's counterpart of that state; "X, in New
//!     Zealand for informal GATT ministerial talks," is a visit; "the
//!     meeting ended" (a noun told opening or closing) is on the report date.
//! 12. Fields of wire copy (round 8, wave 2; docs/audits/round8-fields.md):
//!     the story's own meeting at the dateline is on the report date when
//!     its sides "emerged from" it, spoke "after an hour-long meeting", or
//!     made news "at a meeting of" ministers; "X said after talks with Y"
//!     is too, even without a dateline (a news round-up's item); a meeting
//!     told ending in the lead ("ended in a deadlock late yesterday") gives
//!     that day to the story's later undated meeting nouns ("The meeting
//!     was attended by ..."); talks "has been holding" (going on for a
//!     while) are not dated by the report; a meeting or visit dated a week
//!     or more before the report is background and takes no dateline city;
//!     talks in general ("the framework for talks", "paved the way for
//!     talks") and talks told apart ("similar talks tomorrow with the
//!     French agency", "separate talks") are no anaphor; a round's name ("the Uruguay round", "a round of GATT
//!     talks") is no side; a city in a compound modifier ("Washington-led")
//!     is no location.
//! 13. Recall on untuned wire copy (round 9; docs/audits/round9-recall.md):
//!     [`senses`]: "meet its ICO export quota" is no meeting, and a date of
//!     another noun ("a June or even a May election") dates no event; a
//!     sentence naming two summits reads both, and a city's summit is the
//!     G-7's when the G-7 is named beside it ([`summits`]); "will meet here
//!     tomorrow" is at the dateline whatever its status, and a city the lead
//!     names for the story's talks ("have met in Mexico City") beats the
//!     dateline's ([`dateline`]); "expects OPEC to meet" is planned.
//! 14. Other words of untuned wire copy (round 10;
//!     docs/audits/round10-recall.md): two named people signing an accord
//!     met ("Reagan and Chirac signed an agreement", "signed by Shultz and
//!     Halefoglu"); states alone signing, a company's contract, "refused to
//!     sign" and "signs of an accord" are no meeting; a past "signed" took
//!     place, a date opening its sentence dates it, a date well after the
//!     accord's noun and a city of its paragraph do not. [`clubs`]: "the top
//!     seven industrialized nations" is the G7 (six the G6, five the G5),
//!     not placed at the dateline. "met last night with Brazilian
//!     officials" keeps the officials' state; "on his way to X" is a trip;
//!     "the agency, received in London" is a listening post. "In a
//!     30-minute meeting, X told Y" is X and Y's meeting; "X said ... at a
//!     meeting with Y" makes the speaker a side.
//! 15. Whole events dev5 missed (round 14; docs/audits/round14-recall48.md):
//!     a closed relative clause between a subject and its verb ("Sudan,
//!     which owes the IMF money, will hold talks with the Fund") holds no
//!     subject ([`args::group_before`]); "with representatives (officials,
//!     delegates) of the Soviet Union" is that state's side, and "meet
//!     next month with" keeps its "with"; a state's team named by no
//!     person ("the U.S. delegation", "a Senate team", "U.S. lawmakers")
//!     is that state's side across the table from a person of another
//!     state told right after the trigger, also as the subject after a
//!     fronted "In separate talks with X," ([`sides::fronted_team`]); two
//!     states' adjectives joined by "and" are no one team.
//!
//! 15. A club's forum (round 14, [`forum`]; docs/audits/round14-topic45.md):
//!     a meeting with a club side carries the council or conference that
//!     sits ([`EventMention::topic`]: "EC farm ministers" `farm`, "Group of
//!     Seven finance ministers" `finance`, "the Venice summit" `leaders`,
//!     "Representatives of the Group of Seven will meet" `officials`), so
//!     the merge keeps the EC's energy council apart from its farm council.
//!     Since schema 1.3.0 the dataset carries it as the column `forum` of
//!     `mentions`, and of `events` the most specific of its mentions'
//!     ([`forum::event_forum`]).
//! 16. Present-day news (round 15; docs/audits/round15-news59.md): a
//!     "since" clause telling an earlier occasion ("his first visit to
//!     Russia since June 2019, when he travelled to Moscow", "since they met
//!     in Bali last November") dates the place or trigger it holds by its
//!     own past date ([`story_time::since_occasions`]); a semicolon between
//!     a trigger and a date is a clause boundary ("since returning to office
//!     in January; he last travelled to the country in 2009"); a city the
//!     traveller goes on or back to after the event ("will meet Li on
//!     Tuesday before returning to Canberra") is no paragraph place of it.
//!     A past visit told only in comparison ("the first X to visit China
//!     since Mike Pompeo in 2018", "the last chancellor to visit China was
//!     Angela Merkel, in September 2019", "his first visit to Brazil since
//!     2015", "he last went there in 2017") is a visit of its own in that
//!     year or month ([`story_time::compared_visits`];
//!     docs/audits/round15-news61.md); so are "the first by a Chinese
//!     president since Hu Jintao in 2008" after a visit told before, and
//!     each of "the third ... to visit Pyongyang, after Kim Dae-jung in 2000
//!     and Roh Moo-hyun in 2007" (round 16: docs/audits/round16-news70.md).
//! 17. Whole events dev6 missed (round 15; docs/audits/round15-recall58.md):
//!     two states' teams joined by "and" as a trigger's subject ("American
//!     and Soviet arms negotiators will resume talks") are a meeting of the
//!     two states (`sides::fill`); a team named by its state's institution
//!     ("a Pentagon team", "a MITI mission": a small table in `sides`) is
//!     that state's guest; a trip noun after a modal is its clause's verb,
//!     so a speaker before "said" and a new subject is no guest
//!     ("Fernandez said an IMF mission would visit here": the IMF's visit);
//!     talks told only by their length ("told a press conference after
//!     three days of talks") by a foreign office holder at the dateline are
//!     with the host state there, over the days the length gives back from
//!     the report date (`itinerary::talks_here_host`), and "a two-week
//!     trade mission here" is a visit (`visit.mission_here`); talks a
//!     journey still ahead goes for ("was to leave later today for Ottawa
//!     for trade talks") are planned ([`status`]).
//! 18. Meetings told by their object or their act (round 16;
//!     docs/audits/round16-recall66.md): the states and bodies a meeting
//!     verb takes as its object with no "with" ("yesterday met World Bank
//!     and International Monetary Fund officials", "will meet the Japanese
//!     delegation") are the other side ([`counterparts`]), and a body's
//!     officials across the table are shadowed by no person of the story;
//!     a club's act dated by its own words ("the February 22 Paris accord
//!     by the Group of Five countries plus Canada", "the reaffirmation of
//!     the Paris accord by the Group of Seven yesterday") is the club's
//!     sitting ([`clubs`]).
//!
//! Participants carry the office they held on the event date
//! (`Kb::offices_on`) and their country.
//!
//! ```text
//! "On May 12, 2015, US Secretary of State John Kerry arrived in Sochi, where he
//!  met with Russian President Vladimir Putin and Foreign Minister Sergey Lavrov."
//!  -> visit   (visit.arrive_in)  guest Kerry, hosts Putin, Lavrov; Sochi; 2015-05-12; occurred
//!  -> meeting (meeting.meet)     Kerry, Putin; Sochi; 2015-05-12; occurred
//!  -> meeting (meeting.meet)     Kerry, Lavrov; Sochi; 2015-05-12; occurred
//! ```

mod args;
mod clubs;
mod counterparts;
mod dateline;
pub mod forum;
mod itinerary;
mod reference_time;
mod senses;
mod sides;
pub mod status;
mod story_place;
mod story_time;
mod summits;
pub mod triggers;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::re::Re;

use chrono::NaiveDate;

use crate::ingest::Document;
use crate::kb::{ActorKind, EntityMention, Kb, PlaceKind};
use crate::text::Sentence;
use crate::time::{Interval, Precision, Timex};

use args::{ActorRef, PlaceRef};
use triggers::{Frame, Trigger};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventType {
    Visit,
    Meeting,
    Call,
}

impl EventType {
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Visit => "visit",
            EventType::Meeting => "meeting",
            EventType::Call => "call",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Occurred,
    Planned,
    Proposed,
    Cancelled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Planned => "planned",
            Status::Proposed => "proposed",
            Status::Cancelled => "cancelled",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Guest,
    Host,
    Participant,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Guest => "guest",
            Role::Host => "host",
            Role::Participant => "participant",
        }
    }
}

/// A participant as stated in one mention.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    /// The knowledge-base id, when the mention resolved.
    pub actor_id: Option<String>,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    /// The office held on the event date.
    pub office: Option<String>,
    pub role: Role,
}

/// One extraction from one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMention {
    pub doc_id: String,
    /// The reporting document's publication date (the merger's "latest
    /// report" rule for status and dates).
    pub doc_date: Option<NaiveDate>,
    /// The sentence (byte offsets into the document text).
    pub sentence: Sentence,
    pub event_type: EventType,
    pub status: Status,
    pub participants: Vec<Participant>,
    pub place_id: Option<String>,
    /// alpha-3 of where it happened.
    pub country_code: Option<String>,
    pub dates: Option<Interval>,
    /// The temporal expression the dates came from.
    pub date_text: Option<String>,
    /// The rule that fired, e.g. `visit.verb.arrive_in`.
    pub rule: String,
    pub confidence: f64,
    /// True for an event implied by another (a visit implied by a meeting abroad).
    pub derived: bool,
    /// The words that fired the rule (byte offsets into the document text,
    /// inside the sentence); a derived mention keeps its source's.
    pub trigger: Option<(usize, usize)>,
    /// The forum of a club's meeting ([`forum`]): which council or
    /// conference of the club sits ("farm", "finance", "leaders"); `None`
    /// when unknown or not a club's meeting. Two meetings with different
    /// known topics never merge.
    pub topic: Option<String>,
}

/// Everything the extractor sees of one document.
pub struct DocContext<'a> {
    pub doc: &'a Document,
    pub dct: Option<NaiveDate>,
    pub sentences: &'a [Sentence],
    pub timexes: &'a [Timex],
    pub entities: &'a [EntityMention],
    pub kb: &'a Kb,
}

/// A mention under construction.
#[derive(Debug, Clone)]
struct Draft {
    sentence_index: usize,
    sentence: Sentence,
    event_type: EventType,
    status: Status,
    /// The status came from a cue word, not the default.
    cued: bool,
    guests: Vec<ActorRef>,
    hosts: Vec<ActorRef>,
    /// Meeting and call sides (visits use guests and hosts).
    sides: Vec<ActorRef>,
    place: Option<PlaceRef>,
    dates: Option<(Interval, String)>,
    rule: String,
    confidence: f64,
    noun: bool,
    derived: bool,
    /// A summit: states named as its sides stand for their leaders.
    summit: bool,
    /// The trigger's words (byte offsets into the document text).
    trigger: (usize, usize),
}

/// A rule name without the steps that refined it: `meeting.signed` of
/// `meeting.signed+dateline` (steps are joined by `+`).
pub fn base_rule(rule: &str) -> &str {
    rule.split_once('+').map_or(rule, |(base, _)| base)
}

impl Draft {
    /// The rule that made the draft, without later steps ([`base_rule`]).
    pub(super) fn base_rule(&self) -> &str {
        base_rule(&self.rule)
    }

    /// The sides of one kind (the persons, the states ...).
    fn sides_of(&self, kind: ActorKind) -> impl Iterator<Item = &ActorRef> {
        self.sides.iter().filter(move |a| a.kind == kind)
    }

    /// The country codes of the state sides.
    fn state_codes(&self) -> Vec<&str> {
        self.sides_of(ActorKind::State)
            .filter_map(|a| a.country.as_deref())
            .collect()
    }

    /// Dates the draft by the day of its report (`r`), noted "(report date)"
    /// so that a precise date of another sentence wins in the merge.
    fn on_report_date(&mut self, r: NaiveDate) {
        self.dates = Some((
            Interval {
                start: r,
                end: r,
                precision: Precision::Day,
            },
            "(report date)".to_string(),
        ));
    }

    /// The draft a trigger starts in sentence `si` (`stext` its text): its
    /// type, status, rule, confidence and span; no arguments yet.
    fn fired(
        si: usize,
        s: Sentence,
        stext: &str,
        t: &Trigger,
        (status, cued): (Status, bool),
    ) -> Draft {
        Draft {
            sentence_index: si,
            sentence: s,
            event_type: t.event_type,
            status,
            cued,
            guests: vec![],
            hosts: vec![],
            sides: vec![],
            place: None,
            dates: None,
            rule: t.rule.to_string(),
            confidence: t.confidence,
            noun: t.refers_back,
            derived: false,
            summit: stext
                .get(t.start..t.end)
                .is_some_and(|w| w.to_lowercase().contains("summit")),
            trigger: (s.start + t.start, s.start + t.end),
        }
    }

    /// An anaphoric trigger ("the visit", "the talks") takes what it lacks
    /// from its antecedent: status unless its own sentence cues one, place,
    /// dates; its rule is marked `.anaphor` and its confidence scaled.
    fn take_from_antecedent(&mut self, a: &Draft, confidence: f64) {
        self.rule = format!("{}.anaphor", self.rule);
        self.confidence *= confidence;
        if !self.cued {
            self.status = a.status;
        }
        if self.place.is_none() {
            self.place = a.place.clone();
        }
        if self.dates.is_none() {
            self.dates = a.dates.clone();
        }
    }

    fn country(&self) -> Option<&str> {
        self.place.as_ref().and_then(|p| p.country.as_deref())
    }

    fn keys(&self) -> Vec<String> {
        let mut k: Vec<String> = match self.event_type {
            EventType::Visit => self.guests.iter().map(ActorRef::key).collect(),
            _ => self.sides.iter().map(ActorRef::key).collect(),
        };
        k.sort();
        k.dedup();
        k
    }
}

/// Extracts the event mentions of one document.
pub fn extract(ctx: &DocContext) -> Vec<EventMention> {
    let text = ctx.doc.text.as_str();
    let mut actors = args::actors(ctx.entities, ctx.kb, text);
    let headline = args::headline_people(text, ctx.sentences, ctx.entities, ctx.kb, ctx.dct);
    if !headline.is_empty() {
        actors.extend(headline);
        actors.sort_by_key(|a| (a.start, a.end));
    }
    white_house_roles(ctx, &mut actors);
    sides::titled_people(text, &mut actors);
    sides::office_lists(ctx, &mut actors);
    // "the top seven industrialized nations": the G7 (the number phrases
    // are found once, for the actors here and the clubs' acts below)
    let numbered = clubs::numbered_clubs(text);
    clubs::paraphrased(ctx, &numbered, &mut actors);
    // "the Biden-Harris Administration", "the Reagan administration": a
    // person naming a government is no participant
    actors.retain(|a| {
        a.kind != ActorKind::Person
            || !text
                .get(a.end..)
                .is_some_and(|r| ADMINISTRATION.is_match(&r.chars().take(40).collect::<String>()))
    });
    // (the story's dateline and digest test are found once, with them)
    let places = args::StoryPlaces::new(text, args::places(ctx.entities, ctx.kb, text));
    // the story's own city (the dateline, unless monitored there)
    let here = dateline::story_here(text, &places).map(|h| dateline::city_state(ctx.kb, h));
    let call_readout = ctx.doc.title.as_deref().is_some_and(|t| {
        let t = t.to_lowercase();
        t.contains("call") && !t.contains("meeting") && !t.contains("visit")
    });
    let meeting_readout = ctx.doc.title.as_deref().is_some_and(|t| {
        let t = t.to_lowercase();
        t.contains("readout")
            && t.contains("meeting")
            && !t.contains("call")
            && !t.contains("virtual")
    });
    let mut drafts: Vec<Draft> = vec![];
    for (si, s) in ctx.sentences.iter().enumerate() {
        let Some(stext) = text.get(s.start..s.end) else {
            continue;
        };
        // the rules' phrases are spaced words: a wire story's line breaks
        // ("would leave early\ntomorrow morning for") are spaces (one byte
        // for one, so offsets stay)
        let flat = flat_text(stext);
        let found = triggers::find(&flat);
        if found.is_empty() {
            continue;
        }
        let mut trigs = found.clone();
        // "discussed ... with" in a call readout, or beside a call in its
        // sentence, is the call's talk, not a meeting
        if call_readout || CALL_WORD.is_match(stext) {
            trigs.retain(|t| t.rule != "meeting.discuss");
        } else if meeting_readout {
            // "spoke today with X at the G7" in a meeting's readout: the meeting
            for t in trigs.iter_mut() {
                if matches!(t.rule, "call.spoke_with" | "call.spoke_to") {
                    t.event_type = EventType::Meeting;
                    t.frame = Frame::Meet;
                    t.rule = "meeting.spoke_with";
                }
            }
        }
        let sent_actors: Vec<ActorRef> = actors
            .iter()
            .filter(|a| a.start >= s.start && a.end <= s.end)
            .cloned()
            .collect();
        let site = Site {
            ctx,
            actors: &actors,
            places: &places,
            here: here.as_ref(),
            si,
            s: *s,
            flat: &flat,
            sent_actors: &sent_actors,
            found: &found,
        };
        for (ti, t) in trigs.iter().enumerate() {
            let next = trigs.get(ti + 1).map_or(s.end, |n| s.start + n.start);
            sentence_drafts(&site, t, next, &mut drafts);
        }
    }
    // "<Telekom Malaysia> signed an agreement with Britain's Cable and
    // Wireless", "signed an agreement with banks": a company's or a
    // creditor's contract is no state's signing (dropped before "the
    // discussions" can take its sides); nor is "West Germany and Kenya
    // signed an agreement"
    // (spec/events.md: an agreement without a stated meeting is no event;
    // two named people signing it together met: "Reagan and Chirac signed
    // an agreement", "signed by Shultz and Halefoglu")
    drafts.retain(|d| {
        let signed = d.base_rule() == "meeting.signed";
        !signed
            || (d.sides_of(ActorKind::Person).count() >= 2
                && !text
                    .get(d.sentence.start..d.sentence.end)
                    .is_some_and(|st| COMPANY_SIGNING.is_match(st)))
    });
    // "the February 22 Paris accord by the Group of Five": a club's act
    // dated by its own words is the club's sitting (round 16)
    clubs::acts(ctx, &numbered, &actors, &places, &mut drafts);
    sides::fill(ctx, &actors, &places, &mut drafts);
    // a return ends the trip before "the trip" takes its dates
    itinerary::return_dates(text, ctx.timexes, &places, &mut drafts);
    summit_leaders(ctx, &actors, &mut drafts);
    join_participant_lists(&mut drafts);
    resolve_anaphora(text, &mut drafts);
    // "Representatives from Nigeria ... the Nigerian team, headed by X and Y": X and Y
    sides::team_heads(ctx, &actors, &mut drafts);
    // "since June 2019, when he travelled to Moscow": that earlier trip's
    // date (after the anaphors took their sides, before the story lends
    // its days)
    story_time::since_occasions(ctx, &mut drafts);
    // "the first X to visit China since Y in 2018": Y's visit then
    story_time::compared_visits(ctx, &actors, &places, &mut drafts);
    // "October 25-27, 2018 - Beijing. Abe pays a visit ...": a dated
    // entry's days and place (round 17)
    reference_time::entry_dates(ctx, &places, &mut drafts);
    story_time::lead_dates(ctx, &mut drafts);
    // "received at the White House on Thursday. The two leaders held
    // talks": the day of the sentence before (round 16)
    reference_time::carried_days(ctx, &mut drafts);
    // a city that is another event's place ("a summit in Ottawa next
    // month") is no stop of this one
    let cities: Vec<Option<PlaceRef>> = drafts
        .iter()
        .map(|d| {
            paragraph_city(text, &places, ctx.sentences, d).filter(|c| {
                !drafts.iter().any(|o| {
                    o.keys() != d.keys() && o.place.as_ref().is_some_and(|p| p.start == c.start)
                })
            })
        })
        .collect();
    visits_follow_their_verb(&mut drafts);
    story_time::tour_stops(text, ctx.dct, &mut drafts);
    story_time::visits_under_way(ctx, &mut drafts);
    story_time::stays_through_talks(&mut drafts);
    itinerary::meetings_on_the_road(&places, &mut drafts);
    fill_from_visits(&mut drafts, &cities, ctx.dct);
    dateline::at_body_seat(ctx, &mut drafts);
    dateline::meetings_at_dateline(ctx, here.as_ref(), &places, &mut drafts);
    dateline::visits_at_dateline(ctx, here.as_ref(), &places, &mut drafts);
    dateline::country_to_city(ctx, here.as_ref(), &mut drafts);
    story_time::said_after_talks(ctx, &mut drafts);
    story_time::dates_from_meetings(&mut drafts);
    story_time::same_day_as(ctx, &mut drafts);
    itinerary::when_dates(ctx, &mut drafts);
    itinerary::next_legs(text, &places, &mut drafts);
    itinerary::route_stops(text, &places, &mut drafts);
    itinerary::stop_dates(text, ctx.timexes, &mut drafts);
    itinerary::later_leg_dates(ctx, &places, &mut drafts);
    itinerary::return_dates(text, ctx.timexes, &places, &mut drafts);
    itinerary::left_stop_starts(&mut drafts);
    itinerary::talks_on_the_trip(ctx, &mut drafts);
    summits::named_summits(ctx, &actors, &places, &mut drafts);
    // "was due to leave the same evening": the stay is that day (round 18)
    story_time::left_same_day(ctx, &actors, &mut drafts);
    no_round_names(text, &mut drafts);
    drafts.retain(|d| complete(ctx.kb, d));
    // "unable to meet its ICO export quota": satisfying, not meeting
    drafts.retain(|d| {
        d.event_type != EventType::Meeting || d.noun || !senses::meets_a_quantity(text, d.trigger.0)
    });
    // "welcoming Sweden to NATO as soon as possible", "welcomed Finland's
    // selection of the F-35": an accession, a stance, no guest
    drafts.retain(|d| d.noun || !senses::welcomes_no_guest(text, d.trigger.0));
    // "tasked their teams to engage in further consultations": the teams'
    drafts.retain(|d| d.event_type != EventType::Meeting || !senses::teams_meet(text, d.trigger.0));
    // "Yeutter and Lyng will visit Tokyo for discussions": officials of one
    // country are one side, not a meeting (diplomacy crosses a border)
    drafts.retain(|d| !one_country_meeting(d));
    // "will attend a meeting in Managua": a trip to a gathering counts for
    // a known office holder, not for a state or an unknown delegate
    drafts.retain(|d| {
        !d.rule.starts_with("visit.attend")
            || d.guests
                .iter()
                .all(|g| g.kind == ActorKind::Person && g.id.is_some())
    });
    drop_state_shadows(&mut drafts);
    drop_officials_shadows(&mut drafts);
    story_time::calls_on_report_date(ctx, &mut drafts);
    story_time::meeting_lengths(ctx, &mut drafts);
    // the city another sentence states for the same occasion (round 11)
    story_place::carry(ctx, &places, &mut drafts);
    // (after the place: a visitor's rounds are split where they are held)
    counterparts::split_rounds(text, &mut drafts);
    add_derived_visits(ctx, &mut drafts);
    private_trips(ctx, &mut drafts);
    dedup_drafts(&mut drafts);
    let mut mentions: Vec<EventMention> = drafts.into_iter().map(|d| finish(ctx, d)).collect();
    forum::from_story(ctx, &mut mentions);
    mentions
}

static WH_ROLE: LazyLock<Re> = regex!(r"\b[Tt]he (Vice President|President)\b(?:\s+of\b)?");

/// Whether the document is a statement of the White House (its URL): the
/// publisher's own voice, where "the President" is the U.S. president and
/// "Allies" are NATO's.
fn from_white_house(ctx: &DocContext) -> bool {
    ctx.doc
        .url
        .as_deref()
        .is_some_and(|u| u.contains("whitehouse.") && u.contains(".gov"))
}

/// "The President and the First Lady look forward to welcoming ...": in a
/// statement of the White House, "the President" and "the Vice President"
/// (not "the President of X") are the U.S. office holders on its date.
fn white_house_roles(ctx: &DocContext, actors: &mut Vec<ActorRef>) {
    let Some(date) = ctx.dct.filter(|_| from_white_house(ctx)) else {
        return;
    };
    let text = ctx.doc.text.as_str();
    let mut added = vec![];
    for c in WH_ROLE.captures_iter(text) {
        let (Some(whole), Some(role)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if whole.as_str().ends_with("of") {
            continue;
        }
        let (start, end) = (role.start(), role.end());
        let overlaps = |a: &ActorRef| a.start < end && start < a.end;
        if actors.iter().any(|a| overlaps(a) && a.id.is_some()) {
            continue;
        }
        // a role the resolver left without a holder gives way
        actors.retain(|a| !overlaps(a));
        let office = if role.as_str() == "President" {
            "president"
        } else {
            "vice_president"
        };
        let holder = ctx
            .kb
            .holders(office, "USA", date)
            .into_iter()
            .find_map(|t| ctx.kb.actor(&t.actor_id));
        if let Some(a) = holder {
            added.push(ActorRef::of(a, start, end));
        }
    }
    if !added.is_empty() {
        actors.extend(added);
        actors.sort_by_key(|a| (a.start, a.end));
    }
}

static ADMINISTRATION: LazyLock<Re> = regex!(
    r"^(?:[-–][A-Z][\w'’-]*)*\s+(?:Administration|administration|government|era|doctrine)\b"
);

static CALL_WORD: LazyLock<Re> =
    regex!(r"(?i)\b(?:calls?|phone|telephone|video ?conference|videoconference)\b");

/// The person a pronoun before `at` stands for: the sentence's first person,
/// else the subject (first person) of the last sentence before it that
/// names one ("Harris will travel to Abu Dhabi on the passing of Sheikh
/// Khalifa. She will meet ...": Harris). When that sentence's own subject
/// is a pronoun ("Biden will travel to Poland. He will meet with President
/// Duda. He will also meet with the leaders of the B9"), the people it
/// names stand in an object slot: the pronoun chain goes on to its subject;
/// so do the people named after a pronoun the pronoun's own sentence opens
/// on ("In Singapore she met Lee, and in Kuala Lumpur she held talks with
/// Ismail": the second "she" is the first one, round 16).
fn antecedent(
    text: &str,
    actors: &[ActorRef],
    sentences: &[Sentence],
    s: Sentence,
    at: usize,
) -> Option<ActorRef> {
    antecedent_within(text, actors, sentences, s, at, 3)
}

/// [`antecedent`], following a chain of subject pronouns at most `depth`
/// sentences back.
fn antecedent_within(
    text: &str,
    actors: &[ActorRef],
    sentences: &[Sentence],
    s: Sentence,
    at: usize,
    depth: usize,
) -> Option<ActorRef> {
    let person = |a: &&ActorRef| a.kind == ActorKind::Person;
    if let Some(a) = actors
        .iter()
        .filter(person)
        .find(|a| a.start >= s.start && a.end <= at)
    {
        // "In Singapore she met Lee, and in Kuala Lumpur she held talks
        // with Ismail": a name after the pronoun the sentence opens on is
        // that pronoun's object; a later pronoun is the opening one again
        // (a tour's legs told clause by clause, round 16)
        let lead = text.get(s.start..a.start).unwrap_or("");
        if depth > 0 && SUBJECT_PRONOUN.is_match(lead) {
            return antecedent_within(text, actors, sentences, s, a.start, depth - 1);
        }
        return Some(a.clone());
    }
    let last = actors
        .iter()
        .filter(person)
        .rev()
        .find(|a| a.end <= s.start)?;
    let holder = sentences
        .iter()
        .find(|x| x.start <= last.start && last.end <= x.end);
    // "The spokesman said he believed Baker had left ... This week he is
    // also due to visit Denmark": the speaker of the sentence before is not
    // the one it is about, when it names another person
    let speaker = |a: &ActorRef| {
        TEXT_AFTER_SPEAKER.is_match(
            &text
                .get(a.end..)
                .unwrap_or("")
                .chars()
                .take(12)
                .collect::<String>(),
        )
    };
    // "his grandfather Nobusuke Kishi was prime minister", "the first by a
    // sitting Japanese prime minister": a relative named through someone
    // else's kin noun, or an office told by an indefinite article, is not
    // the one a later "he" is about
    let described = |a: &ActorRef| {
        let from = crate::text::ceil_boundary(text, a.start.saturating_sub(48));
        DESCRIBED_BEFORE.is_match(text.get(from..a.start).unwrap_or(""))
    };
    match holder {
        Some(h) => {
            let inside: Vec<&ActorRef> = actors
                .iter()
                .filter(person)
                .filter(|a| a.start >= h.start && a.end <= h.end && !described(a))
                .collect();
            // "He will meet with President Duda": the subject is the
            // pronoun, whose own antecedent is the one meant
            if depth > 0 {
                if let Some(first) = inside.first() {
                    let lead = text.get(h.start..first.start).unwrap_or("");
                    if SUBJECT_PRONOUN.is_match(lead) {
                        if let Some(a) =
                            antecedent_within(text, actors, sentences, *h, first.start, depth - 1)
                        {
                            return Some(a);
                        }
                    }
                }
            }
            // A sentence naming no one between the pronoun and the people
            // named ("... was received by Mr Abe at an inn. The islands
            // stayed Russian. In June 2019 he ..."): the thread has passed
            // to the story's figure, the one of them named most often so far
            // (the first on a tie, as before; round 18, actors85).
            let gap = sentences
                .iter()
                .any(|x| x.start >= h.end && x.end <= s.start);
            let named = |a: &ActorRef| {
                actors
                    .iter()
                    .filter(|b| b.kind == ActorKind::Person && b.end <= s.start)
                    .filter(|b| match (&a.id, &b.id) {
                        (Some(x), Some(y)) => x == y,
                        (None, None) => a.name == b.name,
                        _ => false,
                    })
                    .count()
            };
            let pool: Vec<&&ActorRef> = inside.iter().filter(|a| !speaker(a)).collect();
            let chosen = if gap {
                let mut best: Option<(usize, &&ActorRef)> = None;
                for a in &pool {
                    let n = named(a);
                    if best.is_none_or(|b| n > b.0) {
                        best = Some((n, a));
                    }
                }
                best.map(|b| b.1)
            } else {
                pool.first().copied()
            };
            match chosen.or_else(|| inside.first()) {
                Some(a) => Some((*a).clone()),
                // everyone that sentence names is described: look further back
                None if depth > 0 => {
                    antecedent_within(text, actors, sentences, *h, h.start, depth - 1)
                }
                None => None,
            }
        }
        None => Some(last.clone()),
    }
}

/// Words before a person that make the mention a description, not a
/// referent: someone else's kin noun ("his grandfather", "her late
/// husband": 7 in Reuters, 0 in the White House) or an indefinite article
/// before an office ("by a sitting Japanese prime minister": 0 in Reuters,
/// 2 in the White House; round 18, actors85).
static DESCRIBED_BEFORE: LazyLock<Re> = regex!(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose)\s+(?:late\s+)?(?:grand)?(?:father|mother|brother|sister|wife|husband|son|daughter|uncle|aunt|cousin|nephew|niece|widow|widower)(?:-in-law)?,?|\b(?:by|with|of|for|to|as|from)\s+an?(?:\s+(?:sitting|serving|reigning|new))?)\s+$"
);

/// The people "they" stands for: the last group of two or more coordinated
/// people named in the two sentences before sentence `si`.
fn plural_antecedent(
    text: &str,
    actors: &[ActorRef],
    sentences: &[Sentence],
    si: usize,
) -> Vec<ActorRef> {
    for back in 1..=2 {
        let Some(p) = si.checked_sub(back).and_then(|i| sentences.get(i)) else {
            break;
        };
        let people: Vec<ActorRef> = actors
            .iter()
            .filter(|a| a.kind == ActorKind::Person && a.start >= p.start && a.end <= p.end)
            .cloned()
            .collect();
        for a in people.iter().rev() {
            let g = args::dedup(args::group_before(text, &people, p.start, a.end));
            if g.len() >= 2 {
                return g;
            }
        }
    }
    vec![]
}

/// One sentence as the frames read it: the document, its actors and
/// places, the story's own city ("here"), the sentence with its flat text
/// (line breaks as spaces), the actors inside it and the triggers found in
/// it.
#[derive(Clone, Copy)]
pub(super) struct Site<'a> {
    pub(super) ctx: &'a DocContext<'a>,
    /// The document's actors.
    pub(super) actors: &'a [ActorRef],
    pub(super) places: &'a args::StoryPlaces,
    pub(super) here: Option<&'a PlaceRef>,
    /// The sentence's index and span.
    pub(super) si: usize,
    pub(super) s: Sentence,
    /// The sentence's text with its line breaks as spaces (same offsets).
    pub(super) flat: &'a str,
    /// The actors inside the sentence.
    pub(super) sent_actors: &'a [ActorRef],
    /// Every trigger found in the sentence (before the readout filters).
    pub(super) found: &'a [Trigger],
}

impl Site<'_> {
    /// The document's text.
    pub(super) fn text(&self) -> &str {
        self.ctx.doc.text.as_str()
    }

    /// A trigger's span in the document.
    pub(super) fn span(&self, t: &Trigger) -> (usize, usize) {
        (self.s.start + t.start, self.s.start + t.end)
    }
}

/// The drafts of one trigger `t` of a sentence, whose clause runs to `next`
/// (the next trigger's start or the sentence's end).
fn sentence_drafts(site: &Site, t: &Trigger, next: usize, out: &mut Vec<Draft>) {
    let Site {
        ctx,
        actors,
        places,
        here,
        si,
        s,
        flat: stext,
        sent_actors,
        found,
    } = *site;
    let text = site.text();
    if status::negated(stext, t) {
        return;
    }
    let (st, cued) = signed_past(stext, t).unwrap_or_else(|| status::status(stext, t));
    let (ts, te) = site.span(t);
    let mut left = args::group_before(text, sent_actors, s.start, ts);
    // "was received in Dubai by X, and later the same day landed in Doha":
    // a landing coordinated after another clause is that clause's
    // subject's, not the name before it, which is no guest (round 18)
    if t.rule == "visit.landed_in"
        && text
            .get(left.last().map_or(s.start, |a| a.end)..ts)
            .is_some_and(|g| g.contains(" and "))
    {
        return;
    }
    // "Greenidge said a World Bank mission would visit": the speaker is not
    // the subject of a verb after a reporting verb and a new subject
    // ("Yeutter said the case was resolved at a meeting with Figuerras": a
    // meeting noun after a determiner, "with" someone, is no verb of a new
    // subject: the speaker met them)
    let noun_meeting = text
        .get(s.start..ts)
        .is_some_and(|b| DETERMINED_NOUN.is_match(b))
        && text
            .get(ts..te)
            .is_some_and(|w| w.eq_ignore_ascii_case("meeting"));
    let meeting_with = noun_meeting && {
        let after = text.get(te..s.end).unwrap_or("");
        after
            .get(time_before_with(after)..)
            .is_some_and(opens_with_with)
    };
    // "an IMF mission would visit here": "visit" or "tour" after a modal
    // is the verb of its clause (not "a follow-up to talks")
    let verb_like = t.noun
        && text
            .get(ts..te)
            .is_some_and(|w| w.eq_ignore_ascii_case("visit") || w.eq_ignore_ascii_case("tour"))
        && text
            .get(ts.saturating_sub(12)..ts)
            .is_some_and(|b| MODAL_JUST_BEFORE.is_match(b));
    let reported_verb = |from: usize| {
        (!t.noun || verb_like)
            && !meeting_with
            && new_subject_reported(text.get(from..ts).unwrap_or(""))
    };
    // "Fernandez said an IMF mission would visit here": the speaker and
    // everyone named before a telling and a new subject
    left.retain(|a| !reported_verb(a.end));
    // a person named before the trigger is its subject rather than a state
    // ("Amirabdollahian during his Russia visit discussed ... with Lavrov")
    if t.frame != Frame::HostGathering && !left.iter().any(|a| a.kind == ActorKind::Person) {
        let persons: Vec<ActorRef> = sent_actors
            .iter()
            .filter(|a| a.kind == ActorKind::Person)
            .cloned()
            .collect();
        let pl = args::group_before(text, &persons, s.start, ts);
        let reported = pl.last().is_some_and(|p| reported_verb(p.end));
        if !pl.is_empty() && !reported {
            left = pl;
        }
    }
    // "his meeting with Putin": the pronoun, not the nearest name, is the subject.
    let gap_from = left.last().map_or(s.start, |a| a.end);
    let gap = text.get(gap_from..ts).unwrap_or("");
    if args::has_pronoun(gap) && !reported_verb(gap_from) {
        if let Some(a) = antecedent(text, actors, ctx.sentences, s, ts) {
            left = vec![a];
        }
    }
    // "met with A, B and C on the margins of the NATO Summit": the names
    // before the noun are the object of the verb before it, not its sides
    if t.refers_back && t.frame == Frame::Meet {
        let prev_end = found
            .iter()
            .filter(|o| o.end <= t.start && !o.refers_back)
            .map(|o| s.start + o.end)
            .max();
        if prev_end.is_some_and(|pe| left.first().is_some_and(|a| a.start >= pe)) {
            left.clear();
        }
    }
    // "X and Y spoke today about preparations for the NATO Summit": the
    // names are the subject of another act about the summit, not its sides
    if t.refers_back
        && t.frame == Frame::Meet
        && stext
            .get(t.start..t.end)
            .is_some_and(|w| w.to_lowercase().contains("summit"))
    {
        let gap_from = left.last().map_or(s.start, |a| a.end);
        if summit_topic_gap(text.get(gap_from..ts).unwrap_or("")) {
            left.clear();
        }
    }
    let mut right = args::group_after(text, sent_actors, te, next);
    // "In a 30-minute meeting, Nakasone told Funaro that ...": the one who
    // told and the one told are the meeting's sides
    if left.is_empty() && noun_meeting {
        if let Some(pair) = told_in_meeting(text, sent_actors, s.start, ts, te) {
            right = pair;
        }
    }
    // "After talks with X, Y said", "Speaking after talks with X, he
    // said": the clause's subject is the meeting noun's other side
    if left.is_empty() && t.noun && t.frame == Frame::Meet {
        match sides::fronted_subject(text, sent_actors, s.start, ts, te, s.end) {
            Some(sides::Fronted::Named(a)) => left = vec![a],
            Some(sides::Fronted::Pronoun(at)) => {
                left = antecedent(text, actors, ctx.sentences, s, s.start.min(at))
                    .into_iter()
                    .collect();
            }
            None => {
                // "In separate talks with Miyazawa, the U.S. group urged"
                if let Some(st) = sides::fronted_team(ctx, s.start, ts, te, s.end) {
                    left = vec![st];
                }
            }
        }
    }
    // "the U.S. delegation held talks with Miyazawa", "U.S. lawmakers met
    // Nakasone": a state's team named by no person is that state's side,
    // kept across the table from a person of another state (round 14)
    if t.frame == Frame::Meet && left.is_empty() {
        if let Some(st) = sides::team_before(ctx, s.start, ts, sides::TeamGap::Clause) {
            left = vec![st];
        }
    }
    // "The two sat at one table for hours with X", "The leaders last met
    // face to face in Brussels": a bare pair opening the sentence as a
    // meeting verb's subject is the pair the sentences before named
    // together (round 18; not "the two sides", whose sides are states; not
    // "The leaders discussed X with Y", a readout's topic after "with")
    if t.frame == Frame::Meet
        && !t.noun
        && !matches!(t.rule, "meeting.discuss" | "meeting.talking_to")
        && left.is_empty()
        && text
            .get(s.start..ts)
            .is_some_and(|b| PAIR_SUBJECT.is_match(b))
    {
        let pair = plural_antecedent(text, actors, ctx.sentences, si);
        // the pair is its sentence's subject, opening it after titles
        // only, and everyone it names ("Biden met with Kishida and Yoon.
        // He commended Kishida and Yoon ... The leaders discussed": not the
        // object pair, nor the last two of three)
        let named = pair.first().and_then(|p| {
            ctx.sentences
                .iter()
                .find(|x| x.start <= p.start && p.end <= x.end)
                .filter(|x| {
                    text.get(x.start..p.start)
                        .unwrap_or("")
                        .split_whitespace()
                        .all(|w| {
                            w.chars().next().is_some_and(char::is_uppercase)
                                || matches!(w, "the" | "of" | "and")
                        })
                })
                .map(|x| {
                    let ps: Vec<ActorRef> = actors
                        .iter()
                        .filter(|a| {
                            a.kind == ActorKind::Person && a.start >= x.start && a.end <= x.end
                        })
                        .cloned()
                        .collect();
                    args::dedup(ps).len()
                })
        });
        if named == Some(pair.len()) {
            left = pair;
        }
    }
    let team: Vec<ActorRef> = if t.frame == Frame::Meet {
        left.iter()
            .filter(|a| a.kind == ActorKind::State && sides::opens_team(text, a.end))
            .cloned()
            .collect()
    } else {
        vec![]
    };
    let after = text
        .get(te..next.min(te + 9).min(s.end))
        .unwrap_or("")
        .to_lowercase();
    let others: Vec<(usize, usize)> = found
        .iter()
        .filter(|o| o.start != t.start)
        .map(|o| (s.start + o.start, s.start + o.end))
        .collect();
    // "signed an agreement to return Macao to China in 1999": a date well
    // after a signing's noun is the accord's content, not the signing's
    let dates_end = if t.rule == "meeting.signed" {
        s.end.min(te + 40)
    } else {
        s.end
    };
    let mut dates = args::dates_near(text, ctx.timexes, s.start, dates_end, ts, te, &others);
    // "On February 22, the ministers of ... signed an accord": the date
    // opening the sentence dates its signing however far the verb is
    if t.rule == "meeting.signed" && dates.is_empty() {
        dates.extend(
            ctx.timexes
                .iter()
                .filter(|x| x.begin >= s.start && x.end <= ts)
                .filter(|x| {
                    text.get(s.start..x.begin)
                        .is_some_and(|lead| OPENING_DATE_LEAD.is_match(lead))
                })
                .filter_map(|x| x.interval.map(|i| (i, x.text.clone())))
                .take(1),
        );
    }
    let base = Draft::fired(si, s, stext, t, (st, cued));
    let mut drafts: Vec<Draft> = vec![];
    match t.frame {
        Frame::Travel => {
            let word = text.get(ts..te).unwrap_or("").to_lowercase();
            if word == "visiting" {
                match visiting_use(text, s.start, ts) {
                    Visiting::Verb => {}
                    Visiting::Adjective => {
                        // "the visiting U.S. Agriculture Secretary Richard Lyng
                        // told ...": a visit of that person to the story's place
                        let guest = sent_actors
                            .iter()
                            .find(|a| {
                                a.kind == ActorKind::Person && a.start >= te && a.start - te <= 60
                            })
                            .filter(|a| {
                                !text
                                    .get(te..a.start)
                                    .unwrap_or("")
                                    .to_lowercase()
                                    .split_whitespace()
                                    .any(|w| matches!(w, "to" | "in" | "the" | "a" | "and"))
                            })
                            .cloned();
                        let Some(g) = guest else { return };
                        // the story's city, unless the story was
                        // monitored there ("the agency, received in London")
                        let place = here.cloned();
                        if place.is_some()
                            && place.as_ref().and_then(|p| p.country.as_ref()) == g.country.as_ref()
                        {
                            return;
                        }
                        let d = Draft {
                            guests: vec![g],
                            place,
                            rule: "visit.visiting_adj".to_string(),
                            ..base
                        };
                        push_dated(ctx, stext, t, &dates, vec![d], out);
                        return;
                    }
                    Visiting::Person => {
                        // "before visiting Agriculture Secretary Lyng": a meeting
                        let host = sent_actors
                            .iter()
                            .find(|a| a.start >= te)
                            .filter(|a| a.kind == ActorKind::Person && a.start - te <= 60)
                            .cloned();
                        let subj = sent_actors
                            .iter()
                            .find(|a| a.kind == ActorKind::Person && a.end <= ts)
                            .cloned();
                        if let (Some(h), Some(sj)) = (host, subj) {
                            if h.key() != sj.key() {
                                let d = Draft {
                                    event_type: EventType::Meeting,
                                    sides: vec![sj, h],
                                    rule: "meeting.visiting_person".to_string(),
                                    ..base
                                };
                                push_dated(ctx, stext, t, &dates, vec![d], out);
                                return;
                            }
                        }
                    }
                }
            }
            // "X, speaking to the Bolivian Congress yesterday": a person
            // addressing another state's parliament is in that state, at the
            // story's city when it is that state's
            if t.rule == "visit.addressed_parliament" {
                let state = ctx
                    .entities
                    .iter()
                    .filter(|e| e.start >= ts && e.end <= te)
                    .find_map(|e| match &e.entity {
                        crate::kb::Entity::Adjective { code }
                        | crate::kb::Entity::Country { code } => Some((code.clone(), e)),
                        _ => None,
                    });
                let Some((code, adj)) = state else { return };
                let guest = left
                    .iter()
                    .rev()
                    .find(|a| a.kind == ActorKind::Person)
                    .cloned();
                let Some(g) = guest else { return };
                if g.country.as_deref().is_none_or(|c| c == code) {
                    return;
                }
                let place = here
                    .cloned()
                    .filter(|h| h.country.as_deref() == Some(code.as_str()))
                    .unwrap_or_else(|| PlaceRef::country(code.clone(), adj.start, adj.end));
                let d = Draft {
                    guests: vec![g],
                    place: Some(place),
                    ..base
                };
                push_dated(ctx, stext, t, &dates, vec![d], out);
                return;
            }
            // "..., went into a meeting with Shevardnadze after arriving in
            // Moscow": the subject of an adverbial participle is the sentence's
            let lead = text
                .get(ts.saturating_sub(8)..ts)
                .unwrap_or("")
                .to_lowercase();
            if ["after", "before", "upon", "on", "since", "when"]
                .iter()
                .any(|w| lead.trim_end().ends_with(w))
            {
                if let Some(a) = sent_actors
                    .iter()
                    .find(|a| a.kind == ActorKind::Person && a.end <= ts)
                {
                    left = vec![a.clone()];
                }
            }
            // "his Russia visit": the state before the noun is the destination
            left.retain(|a| {
                !(a.kind == ActorKind::State
                    && a.end <= ts
                    && text.get(a.end..ts).is_some_and(|b| b.trim().is_empty()))
            });
            let lead_in = text.get(s.start..ts).unwrap_or("");
            if left.is_empty() && args::has_pronoun(lead_in) && !reported_verb(s.start) {
                if let Some(a) = antecedent(text, actors, ctx.sentences, s, ts) {
                    left = vec![a];
                }
            }
            // "Funaro and Gros visited Washington. ... They decided to extend
            // their tour, flying on Sunday to Tokyo": the last pair named
            // "The Senate team next heads for the UAE": a group subject, too
            if left.is_empty()
                && (args::has_plural_pronoun(lead_in) || args::collective_subject(lead_in))
            {
                left = plural_antecedent(text, actors, ctx.sentences, si);
            }
            // "a U.S. official to visit Japan": the state only qualifies an unnamed person
            left.retain(|a| {
                a.kind == ActorKind::Person
                    || !text
                        .get(a.end..ts)
                        .unwrap_or("")
                        .to_lowercase()
                        .split_whitespace()
                        .any(|w| {
                            matches!(
                                w.trim_matches(|c: char| !c.is_alphanumeric()),
                                "official"
                                    | "officials"
                                    | "minister"
                                    | "envoy"
                                    | "diplomat"
                                    | "diplomats"
                                    | "leader"
                                    | "president"
                                    | "spokesman"
                                    | "trader"
                                    | "traders"
                                    | "businessman"
                                    | "businessmen"
                                    | "company"
                                    | "firm"
                                    | "firms"
                                    | "executives"
                                    | "farmers"
                                    | "producers"
                                    | "exporters"
                                    | "importers"
                                    | "banks"
                                    | "bankers"
                                    | "industry"
                                    | "journalists"
                                    | "students"
                            )
                        })
            });
            // "While here, Howard said": the subject follows
            if t.rule == "visit.while_here" && left.is_empty() {
                if let Some(a) = sent_actors
                    .iter()
                    .find(|a| a.kind == ActorKind::Person && a.start >= te && a.start - te <= 40)
                {
                    left = vec![a.clone()];
                }
            }
            let mut guests = args::prefer_people(left);
            // "A French government team has arrived in Antananarivo": a
            // delegation named by its country's adjective is that state's
            // (also after another state: "convincing the U.S. despite the
            // efforts of a Japanese team that left for Washington"), as is
            // one its state's institution names ("A Pentagon team ... will
            // follow up with a visit")
            if guests.iter().all(|g| g.kind != ActorKind::Person) {
                let floor = guests.last().map_or(s.start, |g| g.end);
                if let Some(st) = sides::team_before(ctx, floor, ts, sides::TeamGap::Guest) {
                    guests = vec![st];
                }
            }
            // "a 10-day visit to Japan by Agriculture Secretary Lyng", "a
            // visit here this week by X": the agent after "by" is the guest
            if t.noun {
                if let Some(by) = visit_by_agent(text, sent_actors, te, s.end) {
                    guests = vec![by];
                } else if let Some(st) = itinerary::state_by_agent(ctx, te, s.end) {
                    // "a trip to Japan by senior Nigerian officials" (round 12)
                    guests = vec![st];
                }
            }
            // "to separate it from Nakasone's planned trip": the possessor
            // of a trip noun is its guest, whatever preposition precedes him
            if t.noun && guests.is_empty() {
                if let Some(a) = sent_actors.iter().rev().find(|a| {
                    a.kind == ActorKind::Person
                        && a.end <= ts
                        && text
                            .get(a.end..ts)
                            .is_some_and(|g| POSSESSED_TRIP.is_match(g))
                }) {
                    guests = vec![a.clone()];
                }
            }
            let mut search_from = te;
            if guests.is_empty() && opens_with_word(&after, "of") {
                guests = args::prefer_people(std::mem::take(&mut right));
                search_from = guests.last().map_or(te, |g| g.end);
            }
            let place = args::place_near(
                text,
                places,
                ts,
                search_from,
                s.end.min(next.max(search_from + 90)),
                s.end,
            );
            // "on his way home from Vancouver": the place just after "from"
            let place = if t.rule == "visit.way_home" {
                places
                    .iter()
                    .find(|p| p.start >= te && p.start - te <= 30)
                    .cloned()
            } else {
                place
            };
            // "arrived here", "is here for talks": the dateline's city; a
            // country the dateline's city lies in is refined to that city
            let dateline = places.dateline().cloned();
            let here = text
                .get(ts..te.saturating_add(6).min(s.end))
                .is_some_and(|w| {
                    w.to_lowercase()
                        .split_whitespace()
                        .skip(1)
                        .any(|x| x.trim_matches(|c: char| !c.is_alphanumeric()) == "here")
                });
            // "arrived at the Treasury" (no place named): where the story is
            let here =
                here || (t.rule == "visit.arrive_in" && place.is_none() && !guests.is_empty());
            // "flew in from Tehran for the talks": from elsewhere to the dateline
            let (here, place) = if t.rule == "visit.flew_in" {
                (true, None)
            } else {
                (here, place)
            };
            let place = match (place, dateline) {
                (None, Some(d)) if here => Some(d),
                (Some(p), Some(d))
                    if p.kind == PlaceKind::Country
                        && d.kind != PlaceKind::Country
                        && p.country == d.country
                        && st == Status::Occurred =>
                {
                    Some(PlaceRef {
                        start: p.start,
                        end: p.end,
                        ..d
                    })
                }
                (p, _) => p,
            };
            // "before leaving Tokyo": the place named at once is where he was;
            // only people leave (a frigate, a firm's owners are no visit)
            // ("a British government delegation has just left Riyadh": a
            // state's delegation leaves too)
            if t.rule == "visit.leaving"
                && (guests.is_empty()
                    || (guests.iter().any(|g| g.kind != ActorKind::Person)
                        && sides::team_before(ctx, s.start, ts, sides::TeamGap::Delegation)
                            .is_none()))
            {
                return;
            }
            if t.rule == "visit.leaving"
                && !place
                    .as_ref()
                    .is_some_and(|p| p.start >= te && p.start - te <= 2)
            {
                return;
            }
            let dest = place.as_ref().and_then(|p| p.country.clone());
            // a trip at home is not a visit
            if dest.is_some()
                && !guests.is_empty()
                && guests
                    .iter()
                    .all(|g| g.country.is_some() && g.country == dest)
            {
                return;
            }
            let hosts: Vec<ActorRef> = right
                .into_iter()
                .filter(|a| a.kind == ActorKind::Person && dest.is_some() && a.country == dest)
                .filter(|a| !guests.iter().any(|g| g.key() == a.key()))
                .collect();
            let mut more = place
                .as_ref()
                .map(|p| args::more_places(text, places, p))
                .unwrap_or_default();
            // "while traveling from the G7 Summit in Hiroshima, Japan to the
            // Quad Summit in Sydney": the leg's end is a stop too
            if t.rule == "visit.travel_from" {
                if let Some(p) = &place {
                    let after = text.get(p.end..s.end).unwrap_or("");
                    let to = after.find(" to ").map(|i| p.end + i + 4);
                    if let Some(to) = to.filter(|&to| to - p.end <= 40) {
                        if let Some(q) = places
                            .iter()
                            .filter(|q| q.start >= to && q.start - to <= 60)
                            .min_by_key(|q| (q.kind == PlaceKind::Country, q.start))
                        {
                            more.push(q.clone());
                        }
                    }
                }
            }
            let guests = args::dedup(guests);
            for p in more {
                drafts.push(Draft {
                    guests: guests.clone(),
                    hosts: vec![],
                    place: Some(p),
                    ..base.clone()
                });
            }
            drafts.insert(
                0,
                Draft {
                    guests,
                    hosts: args::dedup(hosts),
                    place,
                    ..base
                },
            );
        }
        Frame::Host => {
            // "X was received by Y": the guest before, the host after "by"
            // (round 16; a person among the guests)
            let passive = text
                .get(s.start..ts)
                .is_some_and(|b| PASSIVE_BEFORE.is_match(b))
                && text.get(te..s.end).is_some_and(|a| BY_AFTER.is_match(a))
                && left.iter().any(|a| a.kind == ActorKind::Person);
            let (left, right) = if passive {
                (right, left)
            } else {
                (left, right)
            };
            let hosts = args::dedup(args::prefer_people(left));
            let guests = args::dedup(args::prefer_people(right));
            if hosts.is_empty() || guests.is_empty() {
                return;
            }
            if !passive && !guest_follows(text, te, guests[0].start) {
                return;
            }
            // "welcoming His Majesty King A and Her Majesty Queen B of C to
            // the White House on February 12": place and date follow the guests
            // (the host, in "X was received by Y at the palace on Tuesday")
            let named = if passive { &hosts } else { &guests };
            let guests_end = named.last().map_or(te, |g| g.end).max(te);
            if dates.is_empty() {
                dates =
                    args::dates_near(text, ctx.timexes, s.start, s.end, ts, guests_end, &others);
            }
            let place = args::venue(text, places, s.start, s.end, ts, true)
                .or_else(|| args::venue(text, places, s.start, s.end, guests_end, true))
                // "... and Her Majesty Queen B of the Hashemite Kingdom of C
                // to the White House", "host X, Taoiseach of Ireland, for a
                // bilateral meeting and St. Patrick's Day Celebration at the
                // White House": a building named further on receives them
                .or_else(|| {
                    places
                        .iter()
                        .filter(|p| p.kind != PlaceKind::Country && p.place_id.is_some())
                        .filter(|p| p.start >= guests_end && p.end <= s.end)
                        .filter(|p| p.start - guests_end <= 200)
                        .find(|p| {
                            let the = text
                                .get(p.start..p.end)
                                .is_some_and(|w| opens_with_word(w, "the"));
                            let gap = text.get(guests_end..p.start).map(flat_text);
                            let after = text.get(p.end..s.end).map(flat_text);
                            gap.is_some_and(|g| {
                                !g.contains(';')
                                    && !LATER_TOPIC.is_match(&g)
                                    && (g.ends_with(" to the ")
                                        || g.ends_with(" at the ")
                                        || (the && (g.ends_with(" to ") || g.ends_with(" at "))))
                            }) && after.is_some_and(|a| !noun_after(&a))
                        })
                        .cloned()
                })
                .or_else(|| {
                    hosts[0]
                        .country
                        .clone()
                        .map(|c| PlaceRef::country(c, ts, ts))
                });
            let mut sides = hosts.clone();
            sides.extend(guests.iter().cloned());
            drafts.push(Draft {
                sides: args::dedup(sides),
                place: place.clone(),
                ..base.clone()
            });
            let dest = place.as_ref().and_then(|p| p.country.clone());
            let at_home = guests
                .iter()
                .all(|g| g.country.is_some() && g.country == dest);
            if place.is_some() && !at_home {
                drafts.push(Draft {
                    event_type: EventType::Visit,
                    guests,
                    hosts,
                    place,
                    rule: "visit.host".to_string(),
                    ..base
                });
            }
        }
        Frame::HostGathering => {
            let hosts = args::dedup(left);
            if hosts.is_empty() {
                return;
            }
            let mut sides = hosts.clone();
            sides.extend(right);
            let sides = args::dedup(sides);
            let place = args::venue(text, places, s.start, s.end, ts, false).or_else(|| {
                hosts[0]
                    .country
                    .clone()
                    .map(|c| PlaceRef::country(c, ts, ts))
            });
            drafts.push(Draft {
                sides,
                place,
                ..base
            });
        }
        Frame::Meet | Frame::Call => {
            // who is across the table, and one sitting or one meeting each
            // (`counterparts`)
            let Some(table) = counterparts::table(site, t, &after, (left, right), team) else {
                return;
            };
            let place = if t.frame == Frame::Meet {
                args::venue(text, places, s.start, s.end, ts, false)
            } else {
                None
            };
            drafts.extend(counterparts::sittings(site, t, table, place, base));
        }
    }
    push_dated(ctx, stext, t, &dates, drafts, out);
}

/// A sentence opened by a bare pair of people right before a meeting verb:
/// "The two", "Both leaders", "The two presidents then", "The leaders last"
/// (see [`plural_antecedent`]).
static PAIR_SUBJECT: LazyLock<Re> = regex!(
    r"^\s*(?:The|Both)\s+(?:two|leaders|two\s+(?:leaders|presidents|premiers|prime\s+ministers|foreign\s+ministers|ministers|men|women|envoys))\s+(?:(?:last|first|then|later|also|again|had|have|has|will|would|briefly|finally|once|previously|already|subsequently)\s+){0,3}$"
);

/// Right before a receiving verb in the passive: "was", "were", "had been",
/// "was warmly" ("X was received by Y", round 16).
static PASSIVE_BEFORE: LazyLock<Re> = regex!(
    r"(?i)\b(?:was|were|is|are|been|being)\s+(?:(?:warmly|formally|officially|personally|later|then)\s+)?$"
);

/// Right after a passive receiving verb: "by" and its agent.
static BY_AFTER: LazyLock<Re> = regex!(r"^\s+by\s");

/// Between a visit's guests and a place further on: a topic or another
/// clause ("to discuss the situation at the", "the war in").
static LATER_TOPIC: LazyLock<Re> = regex!(
    r"(?i)\b(?:discuss\w*|review\w*|address\w*|consult\w*|situation|crisis|war|conflict|fighting|attacks?|talks? (?:on|about))\b"
);

/// Whether a lower-case noun follows a place ("the Zaporizhzhia plant"):
/// the place is a modifier, not where someone is received.
fn noun_after(after: &str) -> bool {
    let w: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    w.chars().next().is_some_and(|c| c.is_lowercase())
        && !matches!(
            w.as_str(),
            "on" | "in"
                | "for"
                | "to"
                | "and"
                | "at"
                | "with"
                | "where"
                | "from"
                | "this"
                | "next"
                | "today"
                | "tomorrow"
                | "later"
                | "during"
                | "as"
                | "after"
                | "before"
        )
}

/// A sentence with its line breaks and tabs as spaces (byte for byte).
fn flat_text(s: &str) -> String {
    s.replace(['\n', '\r', '\t'], " ")
}

/// "Greenidge said a World Bank mission would visit", "He said Senegalese
/// businessmen would make trips": after a reporting verb a new subject
/// (no pronoun standing for the speaker) starts; the speaker is not the
/// trigger's subject. "told reporters after meeting X" keeps the speaker
/// (the subject of the participle).
/// "spoke today about preparations for the", "met today ... to prepare for
/// the": the words between a summit noun and the names before it hold a
/// finite act of those names, so the summit is its topic, not their meeting.
static SUMMIT_TOPIC: LazyLock<Re> = regex!(
    r"(?i)\b(?:spoke|speak|speaks|talked|discussed|discuss|conferred|met|meet|meets|reviewed|consulted)\b[^.;]*\b(?:about|for|ahead of|regarding|toward|towards|follow(?:s|ing)?[- ]up on|build(?:s|ing)? on)\b|\bprepar(?:e|es|ed|ing|ations?)\s+for\b"
);

fn summit_topic_gap(gap: &str) -> bool {
    SUMMIT_TOPIC.is_match(&gap.replace('\n', " "))
}

/// A modal or "to" right before a trigger word ("would visit", "to tour").
static MODAL_JUST_BEFORE: LazyLock<Re> =
    regex!(r"(?i)\b(?:will|would|shall|should|could|may|might|to|'ll)\s+$");

fn new_subject_reported(seg: &str) -> bool {
    let Some(m) = REPORT_VERB.find_iter(seg).last() else {
        return false;
    };
    let rest = seg.get(m.end()..).unwrap_or("").to_lowercase();
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let speaker = words.iter().any(|w| {
        matches!(
            *w,
            "he" | "she" | "they" | "we" | "i" | "his" | "her" | "their"
        )
    });
    let participle = words.last().is_some_and(|w| {
        matches!(
            *w,
            "after" | "before" | "while" | "when" | "upon" | "since" | "on"
        )
    });
    !words.is_empty() && !speaker && !participle
}

static REPORT_VERB: LazyLock<Re> = regex!(
    r"(?i)\b(?:(?:said|says|told|tells|added|adds|announced|announces|stated|disclosed|noted)\b|(?:shared|confirmed|explained|emphasi[sz]ed|stressed|underscored|conveyed|indicated|reported)\s+that\b)"
);

/// Words that may stand between a host verb and its guest: determiners and
/// the lower-case parts of titles ("welcomed the visiting prime minister of").
const HOST_GAP_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "his",
    "her",
    "their",
    "its",
    "our",
    "visiting",
    "fellow",
    "new",
    "former",
    "prime",
    "minister",
    "president",
    "foreign",
    "secretary",
    "vice",
    "deputy",
    "chancellor",
    "king",
    "queen",
    "crown",
    "prince",
    "counterpart",
    "state",
    "finance",
    "trade",
    "first",
    "lady",
    "leader",
    "warmly",
    "back",
];

/// "a 10-day visit to Japan by Agriculture Secretary Lyng", "the visit this
/// week by Prime Minister X": the person after "by" in the visit noun's own
/// phrase (no clause break, no reporting verb between) is its guest.
fn visit_by_agent(text: &str, actors: &[ActorRef], te: usize, sent_end: usize) -> Option<ActorRef> {
    let ceil = (te + 80).min(sent_end);
    let gap_to = |a: &ActorRef| text.get(te..a.start).unwrap_or("").to_lowercase();
    let a = actors
        .iter()
        .find(|a| a.start >= te && a.end <= ceil && a.kind == ActorKind::Person)?;
    let gap = gap_to(a);
    let words: Vec<&str> = gap.split_whitespace().collect();
    let by = words.iter().rposition(|w| *w == "by")?;
    let clause_break = gap
        .replace("u.s.", "us")
        .contains([',', ';', '(', '"', '.']);
    let words_after_by = words.len() - by - 1;
    let reported = gap
        .split_whitespace()
        .any(|w| matches!(w, "said" | "says" | "told" | "was" | "were" | "is" | "are"));
    (!clause_break && !reported && words_after_by <= 6).then(|| a.clone())
}

/// "Putin welcomed Kerry", "will host President Macron of France": the
/// guest of a host verb is its object, named at once after the verb (titles
/// and names only between). "received 108 mln ECUs and Ghana", "welcomed the
/// reaffirmation by the U.S.", "received warm support from Japan" and the
/// passive "co-hosted by X and Y" receive no guest.
fn guest_follows(text: &str, te: usize, guest_start: usize) -> bool {
    let Some(gap) = text.get(te..guest_start) else {
        return false;
    };
    if gap.len() > 80 {
        return false;
    }
    gap.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.is_empty()
            || (w.chars().next().is_some_and(char::is_uppercase)
                && !w.chars().any(|c| c.is_ascii_digit()))
            || HOST_GAP_WORDS.contains(&w.to_lowercase().as_str())
    })
}

/// One mention per coordinated date value ("in May and December"), with the
/// status a date after the document's gives.
fn push_dated(
    ctx: &DocContext,
    stext: &str,
    t: &Trigger,
    dates: &[(Interval, String)],
    drafts: Vec<Draft>,
    out: &mut Vec<Draft>,
) {
    // "a June or even a May election": the date of another noun
    let dates: Vec<(Interval, String)> = dates
        .iter()
        .filter(|v| !senses::date_of_other_noun(stext, &v.1))
        .cloned()
        .collect();
    // "arrived here on Saturday and will have talks tomorrow": the date of
    // another clause gives way to the trigger's own clause's
    let dates = match drafts.first() {
        Some(d) => own_clause_dates(ctx, d.sentence, t, dates),
        None => dates,
    };
    // "Today he was returning from a visit to projects in Java", "who
    // returns from a visit to Brazil on Sunday": the day is the return's,
    // the trip's last at most, never its span
    let dates = if t.noun && returned_from(stext, t.start) {
        vec![]
    } else {
        dates
    };
    for mut d in drafts {
        if dates.is_empty() {
            if d.event_type == EventType::Visit && d.status == Status::Occurred {
                if let Some(r) = ctx.dct {
                    d.dates = duration_window(ctx.timexes, d.sentence, stext, t, None, r);
                }
            }
            // "after three days of talks": they ended by the report date
            if d.event_type == EventType::Meeting && d.status == Status::Occurred {
                if let Some(r) = ctx.dct {
                    d.dates = itinerary::talks_length_window(ctx, d.sentence.start, t, r);
                }
            }
            out.push(d);
            continue;
        }
        for v in &dates {
            let mut d = d.clone();
            // dated after the document (or after its latest plausible date): planned
            let reference = ctx.dct.or(ctx.doc.published.map(|p| p.date));
            if let Some(r) = reference {
                if v.0.start > r && matches!(d.status, Status::Occurred) {
                    d.status = Status::Planned;
                }
            }
            // "the visit this week by X" in a Monday's story: an uncued
            // noun dated by "this week/month" still open is ahead ("concluded
            // this week's tour" is over)
            let lead = crate::text::ceil_boundary(stext, t.start.saturating_sub(40));
            let ended = stext
                .get(lead..t.start)
                .is_some_and(|b| END_CUE.is_match(b));
            if !d.cued
                && !ended
                && t.noun
                && d.status == Status::Occurred
                && v.1.to_lowercase().starts_with("this")
                && ctx.dct.is_some_and(|r| v.0.start <= r && r < v.0.end)
            {
                d.status = Status::Planned;
            }
            // "is hosting talks on October 20": an arrangement
            if !d.cued
                && v.0.precision == Precision::Day
                && status::progressive(stext, t)
                && ctx.dct.is_none_or(|r| v.0.start > r)
            {
                d.status = Status::Planned;
            }
            d.dates = Some(v.clone());
            if d.event_type == EventType::Visit {
                if let Some(w) =
                    duration_window(ctx.timexes, d.sentence, stext, t, Some(v), v.0.start)
                {
                    d.dates = Some(w);
                }
            }
            out.push(d);
        }
    }
}

/// Right before a trip noun: the return from it ("was returning to
/// Jakarta from a visit to", "returns from a visit to", "flying back from a
/// private visit to"). The trip is over by the return's day.
static RETURN_FROM: LazyLock<Re> = regex!(
    r"(?i)\b(?:return(?:s|ed|ing)?|(?:flying|flew|flies|came|coming|comes|got|getting)\s+back)\s+(?:(?:home|here)\s+)?(?:to\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}\s+)?from\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}$"
);

/// Whether the trip noun at `start` of `text` is one returned from
/// ([`RETURN_FROM`]).
fn returned_from(text: &str, start: usize) -> bool {
    text.get(crate::text::ceil_boundary(text, start.saturating_sub(80))..start)
        .is_some_and(|lead| RETURN_FROM.is_match(lead))
}

/// Between a date before the trigger and the trigger: a second verb
/// coordinated with the date's ("arrived on Saturday and will have talks",
/// "met on Monday and is to visit"), the main verb after a relative
/// clause holding the date ("X, who flew in yesterday from Tokyo, will
/// meet"). A semicolon between them is a boundary too ([`clause_cut`]).
static CLAUSE_AFTER_DATE: LazyLock<Re> = regex!(
    r"(?i)\b(?:and|but)\s+(?:(?:then|later|also|now)\s+)?(?:will|would|shall|is|are|was|were|has|have|had|plans?|expects?|leaves|left|goes|went|flies|flew|travels|travell?ed|returns|returned|heads|headed)\b|,\s*(?:(?:also|later|then)\s+)?(?:will|would|is\s+(?:due|expected|scheduled)\s+to|is\s+to|plans\s+to)\s+(?:\w+\s+)?$"
);

/// "X, who ...": a relative clause opening before the date.
static RELATIVE_BEFORE: LazyLock<Re> = regex!(r"(?i),\s*(?:who|which)\b");

/// Between the trigger and a date after it: the date's own verb ("is on a
/// visit to Malaysia and leaves for Indonesia on Wednesday", "visiting Seoul
/// before returning to London on April 11", "talks after Brasilia suspended
/// payments last month"). A semicolon between them is a boundary too
/// ([`clause_cut`]).
static CLAUSE_BEFORE_DATE: LazyLock<Re> = regex!(
    r"(?i)\b(?:and|but)\s+(?:(?:then|later|also|now)\s+)?(?:will|would|shall|is\s+to|is\s+due|leaves|left|goes|went|flies|flew|travels|travell?ed|returns|returned|heads|headed)\b|\b(?:before|after)\s+(?:\w+ing\b|(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}\s+\w+ed\b)"
);

/// Between the trigger and a date after it: a link to another occasion the
/// date belongs to ("a bilateral meeting, followed by a celebration at the
/// White House on March 17", "Abe's visit is to prepare for Nakasone's talks
/// with Reagan later this month", "in the light of events in Paris in
/// February", "spoke regarding preparations for the April 22-23 Leaders
/// Summit"), a cause ("cancelled a trip because of pressing business,
/// including the visit this week by Nakasone", "a pact due to expire at the
/// end of 1987"; "talks due to begin on Monday" keep it), or a second act
/// of the subject ("agreed to talks between the prime ministers, and
/// proposed a preparatory meeting on April 23").
static OTHER_OCCASION_BEFORE_DATE: LazyLock<Re> = regex!(
    r"(?i)\b(?:followed\s+by|(?:to\s+)?prepare\s+for|prepar(?:ed|ing)\s+for|(?:in\s+)?preparations?\s+for|in\s+(?:the\s+)?light\s+of|(?:in\s+)?the\s+run-up\s+to|in\s+the\s+wake\s+of|because|due\s+to\s+(?:expire|lapse|run\s+out)|,\s*and\s+(?:also\s+)?(?:proposed|suggested|announced|agreed|called\s+for|invited|urged))\b"
);

/// Right before a date: a message or an appearance it dates ("proposed
/// that the prime ministers meet for talks in a letter on March 17", "told
/// the daily in an interview today that the talks in London on October
/// 27"): the date of the telling, never of the event told. (Not "a press
/// conference later today after returning from Washington": an appearance's
/// day still anchors the trip before it.)
static TELLING_BEFORE_DATE: LazyLock<Re> = regex!(
    r"(?i)\b(?:letters?|messages?|statements?|interview|telegram|cable|communiqu[eé]|announcement)\s+(?:(?:on|dated|of|sent|issued|published)\s+)?$"
);

/// Where the trigger's own clause begins (after a boundary between it and
/// the date) or ends (before one), as a byte offset into the text, or None
/// when the date stands in the trigger's clause.
fn clause_cut(text: &str, sentence: Sentence, x: &Timex, ts: usize, te: usize) -> Option<Cut> {
    // (an empty lead, a date at the sentence's start, tells nothing)
    let from = crate::text::ceil_boundary(text, sentence.start.max(x.begin.saturating_sub(40)));
    let lead = text.get(from..x.begin).map(|b| b.replace('\n', " "));
    if lead.is_some_and(|b| TELLING_BEFORE_DATE.is_match(&b)) {
        if x.end <= ts {
            return Some(Cut::From(x.end));
        }
        if x.begin >= te {
            return Some(Cut::Until(x.begin));
        }
    }
    if x.end <= ts {
        let gap = text.get(x.end..ts)?.replace('\n', " ");
        // "since returning to office in January; he last travelled to the
        // country in 2009": a semicolon closes the date's clause (round 15);
        // the trigger's clause begins after the last one, or later still
        if let Some(semi) = gap.rfind(';') {
            let from = x.end + semi + 1;
            let rest = &gap[semi + 1..];
            return Some(Cut::From(
                CLAUSE_AFTER_DATE
                    .find(rest)
                    .filter(|m| !rest[m.start()..].trim_start().starts_with(','))
                    .map_or(from, |m| from + m.start()),
            ));
        }
        let m = CLAUSE_AFTER_DATE.find(&gap)?;
        // ", will meet" only closes a relative clause the date stands in
        if gap[m.start()..].trim_start().starts_with(',') {
            let lead = text.get(sentence.start..x.begin)?;
            if !RELATIVE_BEFORE.is_match(lead) {
                return None;
            }
        }
        Some(Cut::From(x.end + m.start()))
    } else if x.begin >= te {
        let gap = text.get(te..x.begin)?.replace('\n', " ");
        // "held talks in Rome; he flies to Oslo on Friday": a semicolon
        // ends the trigger's clause (round 15)
        let at = [&CLAUSE_BEFORE_DATE, &OTHER_OCCASION_BEFORE_DATE]
            .iter()
            .filter_map(|r| r.find(&gap).map(|m| m.start()))
            .chain(gap.find(';'))
            .min()?;
        Some(Cut::Until(te + at))
    } else {
        None
    }
}

/// A clause boundary between a trigger and a date of another clause.
enum Cut {
    /// The trigger's clause begins here.
    From(usize),
    /// The trigger's clause ends here.
    Until(usize),
}

/// The dates of the trigger's own clause: a date [`args::dates_near`] took
/// across a clause boundary is replaced by the nearest one on the trigger's
/// side ("arrived here on Saturday and will have talks with Suharto
/// tomorrow": the talks are tomorrow), or dropped when that side has none.
fn own_clause_dates(
    ctx: &DocContext,
    sentence: Sentence,
    t: &Trigger,
    dates: Vec<(Interval, String)>,
) -> Vec<(Interval, String)> {
    let text = ctx.doc.text.as_str();
    let (ts, te) = (sentence.start + t.start, sentence.start + t.end);
    let mut cut = None;
    for v in &dates {
        let Some(x) = ctx.timexes.iter().find(|x| {
            x.begin >= sentence.start
                && x.end <= sentence.end
                && x.text == v.1
                && x.interval == Some(v.0)
        }) else {
            // a range joined from two timexes ("Friday .. Saturday"): kept
            continue;
        };
        if let Some(c) = clause_cut(text, sentence, x, ts, te) {
            cut = Some(c);
            break;
        }
    }
    let Some(cut) = cut else {
        return dates;
    };
    let (from, until) = match cut {
        Cut::From(at) => (at, sentence.end),
        Cut::Until(at) => (sentence.start, at),
    };
    args::dates_near(text, ctx.timexes, from, until, ts, te, &[])
        .into_iter()
        .filter(|v| {
            !senses::date_of_other_noun(text.get(sentence.start..sentence.end).unwrap_or(""), &v.1)
        })
        .collect()
}

/// A cue that a sentence speaks of another day than the report's.
static OTHER_DAY: LazyLock<Re> = regex!(
    r"(?i)\b(?:weekend|last|earlier|recent(?:ly)?|previous(?:ly)?|ago|yesterday|week|month)\b"
);

/// A dateline opening a story's first sentence, optional: "NEW YORK, March
/// 13 - ".
const OPTIONAL_DATELINE: &str = r"^\s*(?:[A-Z][A-Z .,'-]*,\s+[A-Za-z]+\.?\s+\d{1,2}\s+-\s+)?";

/// What may stand before a sentence's opening date: the dateline and "On" /
/// "In".
static OPENING_DATE_LEAD: LazyLock<Re> = regex!(format!(
    r"{OPTIONAL_DATELINE}(?:[Oo]n|[Ii]n|[Bb]y|[Ll]ate|[Ee]arly)?\s*$"
));

/// "at a meeting", "In a 30-minute meeting": a determiner (and up to two
/// modifiers) before the meeting noun.
static DETERMINED_NOUN: LazyLock<Re> =
    regex!(r"(?i)\b(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}$");

/// "In a 30-minute meeting," / "During an hour-long meeting,": a meeting
/// phrase opening the sentence (after the dateline, if any).
static OPENING_MEETING: LazyLock<Re> = regex!(format!(
    r"{OPTIONAL_DATELINE}(?i:in|at|during)\s+(?i:a|an|the|their)\s+(?:[\w'’-]+\s+){{0,2}}$"
));

/// "Nakasone told Funaro": the verb between the teller and the one told.
static TOLD: LazyLock<Re> = regex!(
    r"^\s*(?:,[^,;]{1,60},\s*)?(?:told|assured|informed|urged|asked|promised|briefed|reminded)\s+$"
);

/// "In a 30-minute meeting, Nakasone told Funaro ...": the teller and the
/// one told, when a meeting phrase opens the sentence and its comma is
/// followed by them.
fn told_in_meeting(
    text: &str,
    actors: &[ActorRef],
    sent_start: usize,
    ts: usize,
    te: usize,
) -> Option<Vec<ActorRef>> {
    if !OPENING_MEETING.is_match(text.get(sent_start..ts)?) {
        return None;
    }
    let after = text.get(te..)?;
    let comma = te + after.find(',').filter(|&i| i <= 3)? + 1;
    let teller = actors
        .iter()
        .find(|a| a.start >= comma && a.start - comma <= 30)?;
    let told = actors.iter().find(|a| {
        a.start > teller.end
            && text
                .get(teller.end..a.start)
                .is_some_and(|g| TOLD.is_match(g))
    })?;
    Some(vec![teller.clone(), told.clone()])
}

/// A modal or a plan just before a signing verb ("are expected to sign",
/// "will sign").
static MODAL_BEFORE: LazyLock<Re> = regex!(
    r"(?i)\b(?:will|would|to|expected|due|plans?|planned|may|might|could|should|shall)\s+(?:\w+\s+)?$"
);

/// "Jordan and Sudan signed a barter agreement under which they will
/// exchange goods": a signing told in the past tense took place, whatever
/// the accord's own future ("will exchange") says.
fn signed_past(stext: &str, t: &Trigger) -> Option<(Status, bool)> {
    let word = stext.get(t.start..t.end)?;
    let before = stext.get(t.start.saturating_sub(30)..t.start).unwrap_or("");
    (t.rule == "meeting.signed"
        && word.to_ascii_lowercase().starts_with("signed")
        && !MODAL_BEFORE.is_match(before))
    .then_some((Status::Occurred, true))
}

/// A company or a creditor in a signing's sentence: "`<Telekom Malaysia
/// Bhd>`", "Cable and Wireless PLC", "firms", "signed with banks".
static COMPANY_SIGNING: LazyLock<Re> = regex!(
    r"<|\b(?i:firms?|compan(?:y|ies)|corporations?|creditors|banks|consortium)\b|\b(?:Corp|Ltd|Inc|Bhd|PLC|Plc|AG|SA|NV|Co)\b"
);

/// "met last night with", "met yesterday with", "is scheduled to meet next
/// month with": the time told between a meeting verb and its "with".
static TIME_BEFORE_WITH: LazyLock<Re> = regex!(
    r"(?i)^\s+(?:(?:late|early|earlier)\s+)?(?:yesterday|today|tonight|last\s+(?:night|week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|next\s+(?:week|month)|later\s+this\s+(?:week|month)|this\s+(?:morning|afternoon|evening|week|month)|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|here|again|privately|briefly|separately)(?:\s+(?:morning|afternoon|evening|night))?,?\s+with\s"
);

/// Whether `r` opens (after spaces) with the word "with", whatever space
/// follows it: wire copy breaks its lines anywhere ("talks this week with\nNorway's").
fn opens_with_with(r: &str) -> bool {
    opens_with_word(r, "with")
}

/// Whether `r` opens (after blanks) with the word `word`, in any case, and
/// a blank after it: a line break of wire copy is a blank too ("of\nthe").
fn opens_with_word(r: &str, word: &str) -> bool {
    let r = r.trim_start();
    r.get(..word.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(word))
        && r.get(word.len()..)
            .is_some_and(|t| t.starts_with(char::is_whitespace))
}

/// Bytes from a meeting verb's end to its "with" when a time stands between
/// them ("met last night with"); 0 when none does.
fn time_before_with(after: &str) -> usize {
    TIME_BEFORE_WITH
        .find(after)
        .map_or(0, |m| m.end().saturating_sub("with ".len()))
}

static END_CUE: LazyLock<Re> = regex!(
    r"(?i)\b(?:end(?:s|ed|ing)?|wound up|wind(?:s|ing)? up|wrap(?:s|ped|ping)? up|conclud(?:e|es|ed|ing)|complet(?:e|es|ed|ing)|at the end of|leaving|left|cut short)\b"
);

static START_CUE: LazyLock<Re> = regex!(
    r"(?i)\b(?:first day|arriv(?:e|es|ed|ing|al)|begin(?:s|ning)?|began|start(?:s|ed|ing)?|open(?:s|ed|ing)?|here (?:on|for))\b"
);

/// "a four-day visit": the window of a visit from its length and one day,
/// the day it began ("arrived last night for a four-day visit", "starts a
/// week-long visit on Sunday") or ended ("at the end of a two-day visit
/// yesterday", "winding up a two-day visit"). Without a date of its own an
/// occurred visit is anchored on the report date, only when a start or end
/// cue says which end of the visit that is.
fn duration_window(
    timexes: &[Timex],
    sentence: Sentence,
    stext: &str,
    t: &Trigger,
    date: Option<&(Interval, String)>,
    anchor: NaiveDate,
) -> Option<(Interval, String)> {
    if date.is_some_and(|v| v.0.precision != Precision::Day || v.0.start != v.0.end) {
        return None;
    }
    // the tagger's length of the visit nearest the trigger ("four-day",
    // "a week long": DURATION P4D, P1W), within 60 bytes of it
    let ts = sentence.start + t.start;
    // "three weeks after", "two days before": a gap between occasions,
    // no length (round 18)
    let gap = |x: &Timex| {
        x.end
            .checked_sub(sentence.start)
            .and_then(|e| stext.get(e..))
            .is_some_and(|a| LENGTH_AS_GAP.is_match(a))
    };
    let (length, days) = timexes
        .iter()
        .filter(|x| x.begin >= sentence.start && x.end <= sentence.end && !gap(x))
        .filter_map(|x| Some((x, i64::from(x.duration_days()?))))
        .min_by_key(|(x, _)| x.begin.abs_diff(ts))?;
    if !(1..=60).contains(&days) {
        return None;
    }
    if length.begin.abs_diff(ts) > 60 && !trip_length(sentence, stext, t, length) {
        return None;
    }
    // (not "a left-wing plan": a cue word joined by a hyphen is another word)
    let ends = END_CUE
        .find_iter(stext)
        .any(|m| !stext[m.end()..].starts_with('-'));
    if date.is_none() && !ends && !START_CUE.is_match(stext) {
        return None;
    }
    let span = chrono::Duration::days(days - 1);
    let (start, end) = if ends {
        (anchor - span, anchor)
    } else {
        (anchor, anchor + span)
    };
    let text = match date {
        Some(v) => format!("{} ({})", v.1, length.text),
        None => format!("(report date) ({})", length.text),
    };
    Some((
        Interval {
            start,
            end,
            precision: Precision::Day,
        },
        text,
    ))
}

/// After a length, the word that makes it a gap between two occasions:
/// "It came three weeks after Mr Khan travelled to Beijing" (round 18).
static LENGTH_AS_GAP: LazyLock<Re> =
    regex!(r"(?i)^\s+(?:after|before|earlier|later|ago|since|prior\s+to)\b");

/// After a length: the trip noun it qualifies ("four-day official tour").
static LENGTH_OF_TRIP: LazyLock<Re> = regex!(
    r"(?i)^\s+(?:(?:official|state|working|private|goodwill|formal)\s+){0,2}(?:visit|tour|trip|stay)\b"
);

/// A trip noun or a link to another occasion between a trip trigger and a
/// length after it.
static OTHER_TRIP: LazyLock<Re> =
    regex!(r"(?i)\b(?:visits?|tours?|trips?|stays?|follow\w*|after|before|then)\b");

/// "the visit of West German President X, who arrives on a four-day
/// official tour on Friday": a length farther than the usual reach is the
/// trigger's when it qualifies a trip noun of its own (up to 160 bytes
/// after the trigger, no other trip or occasion between them).
fn trip_length(sentence: Sentence, stext: &str, t: &Trigger, length: &Timex) -> bool {
    let (Some(lb), Some(le)) = (
        length.begin.checked_sub(sentence.start),
        length.end.checked_sub(sentence.start),
    ) else {
        return false;
    };
    lb >= t.end
        && lb - t.end <= 160
        && stext.get(le..).is_some_and(|a| LENGTH_OF_TRIP.is_match(a))
        && stext
            .get(t.end..lb)
            .is_some_and(|g| !OTHER_TRIP.is_match(g))
}

/// The state a country or adjective mention names ("Japan", "Japanese").
fn state_of(e: &EntityMention) -> Option<&str> {
    match &e.entity {
        crate::kb::Entity::Country { code } | crate::kb::Entity::Adjective { code } => {
            Some(code.as_str())
        }
        _ => None,
    }
}

/// A state named by a country or adjective mention, as an actor.
fn state_actor(kb: &Kb, e: &EntityMention, code: &str) -> ActorRef {
    ActorRef::state(kb, code, e.start, e.end)
}

/// How "visiting" is used.
enum Visiting {
    /// "Kerry is visiting Moscow", "after visiting Moscow".
    Verb,
    /// "the visiting U.S. Secretary of State George Shultz": an adjective.
    Adjective,
    /// "before visiting Agriculture Secretary Lyng": a visit to a person.
    Person,
}

/// Reads the word before "visiting": an auxiliary makes a verb, a
/// subordinator (after, before, while) a visit to what follows (a person is
/// met), a determiner or a clause boundary an adjective.
fn visiting_use(text: &str, sent_start: usize, ts: usize) -> Visiting {
    let before = text.get(sent_start..ts).unwrap_or("");
    let trimmed = before.trim_end();
    let prev = trimmed
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase();
    if matches!(
        prev.as_str(),
        "after" | "before" | "while" | "when" | "since"
    ) {
        return Visiting::Person;
    }
    let adjective = trimmed.is_empty()
        || trimmed.ends_with([',', '-', '–', '—', '(', ':', ';'])
        || matches!(
            prev.as_str(),
            "the" | "a" | "an" | "by" | "with" | "said" | "told" | "says"
        );
    if adjective {
        Visiting::Adjective
    } else {
        Visiting::Verb
    }
}

/// Whether an actor leads its country (head of state or government) on a
/// date, or at any time when the date is unknown.
fn leads(kb: &Kb, a: &ActorRef, code: &str, date: Option<NaiveDate>) -> bool {
    let Some(id) = &a.id else { return false };
    let tenures = match date {
        Some(d) => kb.offices_on(id, d),
        None => kb.tenures(id),
    };
    tenures
        .iter()
        .any(|t| t.of == code && (t.rank.contains("hos") || t.rank.contains("hog")))
}

/// "The Russia - Turkey summit": a summit whose sides are states stands for
/// a meeting of their leaders, when the document names them (within five
/// sentences) or the country has one leader (a head of state and government).
fn summit_leaders(ctx: &DocContext, actors: &[ActorRef], drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        if !d.summit || d.sides.is_empty() || d.sides.iter().any(|a| a.kind != ActorKind::State) {
            continue;
        }
        let date = d.dates.as_ref().map(|x| x.0.start).or(ctx.dct);
        let lo = ctx
            .sentences
            .get(d.sentence_index.saturating_sub(5))
            .map_or(0, |s| s.start);
        let hi = ctx
            .sentences
            .get(d.sentence_index + 5)
            .map_or(usize::MAX, |s| s.end);
        let mut sides = vec![];
        for st in &d.sides {
            let Some(code) = st.id.as_deref() else {
                sides.push(st.clone());
                continue;
            };
            let named = actors.iter().find(|a| {
                a.start >= lo
                    && a.end <= hi
                    && a.kind == ActorKind::Person
                    && leads(ctx.kb, a, code, date)
            });
            let single = date.and_then(|dt| {
                ["president", "monarch", "prime_minister"]
                    .iter()
                    .find_map(|office| {
                        ctx.kb
                            .holders(office, code, dt)
                            .into_iter()
                            .find(|t| t.rank == "hos+hog")
                            .and_then(|t| ctx.kb.actor(&t.actor_id))
                            .map(|a| ActorRef::of(a, st.start, st.end))
                    })
            });
            match named.cloned().or(single) {
                Some(a) => sides.push(a),
                None => sides.push(st.clone()),
            }
        }
        if sides.iter().all(|a| a.kind == ActorKind::Person) {
            d.sides = sides;
            d.rule = format!("{}.leaders", d.rule);
        }
    }
}

/// "The visit", "his trip", "the talks": a noun trigger without its own
/// arguments takes those of the last visit or meeting named before it.
fn resolve_anaphora(text: &str, drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        match d.event_type {
            EventType::Visit => {
                // the most reported visit so far (the story's own), latest on ties
                let mut best: Option<(usize, usize)> = None;
                for (j, p) in done.iter().enumerate() {
                    let fits = p.event_type == EventType::Visit
                        && !p.guests.is_empty()
                        && (d.guests.is_empty() || p.keys() == d.keys())
                        && p.place.is_some();
                    if !fits {
                        continue;
                    }
                    let n = done
                        .iter()
                        .filter(|o| {
                            o.event_type == EventType::Visit
                                && o.keys() == p.keys()
                                && same_place(o.place.as_ref(), p.place.as_ref())
                        })
                        .count();
                    if best.is_none_or(|(bn, _)| n >= bn) {
                        best = Some((n, j));
                    }
                }
                let Some((_, j)) = best else { continue };
                let a = &done[j];
                if d.guests.is_empty() && d.noun {
                    d.guests = a.guests.clone();
                    d.hosts = a.hosts.clone();
                    d.take_from_antecedent(a, 0.8);
                } else if !d.guests.is_empty()
                    && d.place.is_none()
                    // ("was returning from a visit to projects in Java": a
                    // trip of its own, over, not the story's stay)
                    && !returned_from(text, d.trigger.0)
                {
                    d.place = a.place.clone();
                    if d.dates.is_none() {
                        d.dates = a.dates.clone();
                    }
                }
            }
            EventType::Meeting | EventType::Call => {
                // "the talks", "the G-8 summit": no people of its own
                let forum_only = d.sides.iter().all(|a| a.kind != ActorKind::Person);
                if !d.noun || !forum_only || d.keys().len() >= 2 {
                    continue;
                }
                // "the framework for talks on the shelf", "paved the way
                // for talks": talks in general, not the talks named before
                let from = crate::text::ceil_boundary(text, d.trigger.0.saturating_sub(40));
                let before = text.get(from..d.trigger.0).unwrap_or("");
                if GENERIC_FOR.is_match(before) || OTHER_OCCASION.is_match(before) {
                    continue;
                }
                let ante = done.iter().rev().find(|p| {
                    p.event_type == d.event_type
                        && p.sides.len() >= 2
                        && d.sentence_index.saturating_sub(p.sentence_index) <= 2
                });
                let Some(a) = ante else { continue };
                // "bilateral talks in 1984", "continuing talks last week",
                // "this weekend's talks": talks of another time are another
                // occasion, whose sides the story's talks do not tell (people,
                // states and bodies alike); states and bodies the sentence
                // names as the story's sides again met then too ("the two
                // sides usually try to meet ... the last meeting was delayed
                // up to last February"), but not their people of today
                let other_time = match (&d.dates, &a.dates) {
                    (Some((da, _)), Some((db, _))) => !overlaps(da, db),
                    _ => false,
                };
                let stext = text.get(d.sentence.start..d.sentence.end).unwrap_or("");
                let people = a.sides.iter().any(|x| x.kind == ActorKind::Person);
                if other_time && (people || !SAME_SIDES.is_match(stext)) {
                    continue;
                }
                // "met today with X to prepare for the NATO Summit": the
                // summit is the topic of the meeting, not the meeting again
                let topic = d.summit
                    && a.sentence_index == d.sentence_index
                    && a.trigger.0 < d.trigger.0
                    && summit_topic_gap(text.get(a.trigger.0..d.trigger.0).unwrap_or(""));
                if topic {
                    continue;
                }
                d.sides = a.sides.clone();
                let placed = d.place.is_some();
                d.take_from_antecedent(a, 0.7);
                // the sides met again, not at the same place
                if other_time && !placed {
                    d.place = None;
                }
            }
        }
    }
}

/// "the two sides", "both countries": the story's sides named again.
static SAME_SIDES: LazyLock<Re> =
    regex!(r"(?i)\b(?:the\s+two|both)\s+(?:sides|countries|governments|nations|delegations)\b");

/// "the framework for ", "pave the way for ", "prospects of ": an abstract
/// noun whose object is talks in general (no occasion of their own).
static GENERIC_FOR: LazyLock<Re> = regex!(
    r"(?i)\b(?:framework|basis|bases|way|door|prospects?|preconditions?|conditions|mechanism|agenda|ground|groundwork|rules|guidelines|machinery|format|forum)\s+(?:for|of)\s+(?:[\w-]+\s+){0,2}$"
);

/// "similar bilateral talks", "separate talks", "a parallel meeting": talks
/// the words tell apart from those named before (another partner, another
/// city: "will go on to Rome for similar talks tomorrow with the Italian
/// agency"), no anaphor of them.
static OTHER_OCCASION: LazyLock<Re> =
    regex!(r"(?i)\b(?:similar|separate|parallel)\s+(?:[a-z-]+\s+){0,2}$");

/// "the Uruguay round", "GATT trade round": a name right before "round".
static ROUND_AFTER: LazyLock<Re> = regex!(r"(?i)^\)?\s+(?:trade\s+)?round\b");

/// "a new round of GATT trade talks", "the round of talks under the
/// General Agreement": a name inside a round's phrase.
static ROUND_BEFORE: LazyLock<Re> = regex!(r"(?i)\bround\s+of\s+(?:[\w-]+\s+){0,4}\(?$");

/// A negotiating round is named after a place or a forum ("the Uruguay
/// round of GATT talks"): a state or organisation named only as the round's
/// name is no side of the talks (the meeting keeps its other sides, and is
/// dropped later if fewer than two are left).
fn no_round_names(text: &str, drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Meeting {
            continue;
        }
        d.sides.retain(|a| {
            let after = text.get(a.end..).unwrap_or("");
            let from = crate::text::ceil_boundary(text, a.start.saturating_sub(60));
            let before = text.get(from..a.start).unwrap_or("");
            !(ROUND_AFTER.is_match(after) || ROUND_BEFORE.is_match(before))
        });
    }
}

/// "Biden held a video call with transatlantic leaders today. ...
/// Participants in the call included A, B and C": the list joins the call
/// named before it (within eight sentences), which it replaces.
fn join_participant_lists(drafts: &mut Vec<Draft>) {
    let mut gone: Vec<usize> = vec![];
    for i in 0..drafts.len() {
        if !drafts[i].rule.ends_with(".participants") {
            continue;
        }
        let (done, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        let ante = done.iter().enumerate().rev().find(|(j, p)| {
            p.event_type == d.event_type
                && !gone.contains(j)
                && !p.rule.ends_with(".participants")
                && d.sentence_index.saturating_sub(p.sentence_index) <= 8
        });
        let Some((j, a)) = ante else { continue };
        let mut sides = a.sides.clone();
        sides.extend(d.sides.iter().cloned());
        d.sides = args::dedup(sides);
        d.take_from_antecedent(a, 1.0);
        d.rule = a.rule.clone() + "+participants";
        d.sentence_index = a.sentence_index;
        d.sentence = a.sentence;
        d.trigger = a.trigger;
        gone.push(j);
    }
    let mut k = 0;
    drafts.retain(|_| {
        k += 1;
        !gone.contains(&(k - 1))
    });
}

/// Two places are the same city, or the same country when neither names a city.
fn same_place(a: Option<&PlaceRef>, b: Option<&PlaceRef>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.place_id == b.place_id && a.country == b.country,
        (None, None) => true,
        _ => false,
    }
}

fn overlaps(a: &Interval, b: &Interval) -> bool {
    a.start <= b.end && b.start <= a.end
}

/// The last city named in a draft's sentence or the one before it (inside its paragraph)
/// ("In Phnom Penh, the President will ... He will meet ..."): where a later
/// stop's events happen, rather than the document's main visit.
fn paragraph_city(
    text: &str,
    places: &args::StoryPlaces,
    sentences: &[Sentence],
    d: &Draft,
) -> Option<PlaceRef> {
    // the sentence and the one before it, inside the paragraph
    let para_start = text
        .get(..d.sentence.start)
        .and_then(|b| b.rfind("\n\n"))
        .map_or(0, |i| i + 2);
    let prev_start = d
        .sentence_index
        .checked_sub(1)
        .and_then(|i| sentences.get(i))
        .map_or(0, |s| s.start);
    let para_start = para_start.max(prev_start);
    places
        .iter()
        .rev()
        .find(|p| {
            p.start >= para_start
                && p.end <= d.sentence.end
                && p.kind != PlaceKind::Country
                && p.country.is_some()
                && args::is_locative(text, p.start)
                && !places.is_dateline(text, p)
                && !origin_or_modifier(text, p)
                && !(d.trigger.0 < p.start && next_stop(text, p))
        })
        .cloned()
}

/// Right before a city: the journey on after the event ("will meet Li
/// on Tuesday before returning to Canberra", "talks in New York before
/// travelling to Washington", "before leaving for Tokyo").
static BEFORE_GOING: LazyLock<Re> = regex!(
    r"(?i)\bbefore\s+(?:returning|flying|heading|travell?ing|going|leaving|departing|moving\s+on)\s+(?:(?:home|back|on)\s+)?(?:to|for)\s+$"
);

/// "He will meet Li on Tuesday before returning to Canberra": a city the
/// traveller goes on (or back) to after the event told before it is no
/// place of that event (round 15).
fn next_stop(text: &str, p: &PlaceRef) -> bool {
    text.get(crate::text::ceil_boundary(text, p.start.saturating_sub(50))..p.start)
        .is_some_and(|b| BEFORE_GOING.is_match(&b.replace('\n', " ")))
}

/// "flew to Indonesia yesterday from Tokyo", "the language used in the
/// Paris accord": a city a journey left, or a city naming a pact, a market
/// or a club, is no place where the paragraph's events happen.
fn origin_or_modifier(text: &str, p: &PlaceRef) -> bool {
    let before = text
        .get(p.start.saturating_sub(6)..p.start)
        .map(|b| b.to_lowercase().replace(char::is_whitespace, " "))
        .unwrap_or_default();
    before.trim_end().ends_with(" from")
        || before.trim_end() == "from"
        || text.get(p.end..).is_some_and(|a| CITY_MODIFIER.is_match(a))
}

/// "Paris accord", "Tokyo market", "London Club", "Venice summit
/// communique": the noun a city modifies right after it.
static CITY_MODIFIER: LazyLock<Re> = regex!(
    r"(?i)^\s+(?:accords?|agreements?|pact|club|markets?|exchange|stock|bourse|round|declaration|communiques?|treaty|plaza|process|talks?\s+format|[a-z]+-based)\b"
);

/// "Nakasone will meet Reagan during his visit to Washington": a visit told
/// by a noun inside the clause of a verb takes the verb's status (a planned
/// meeting of its guest in the same sentence makes the visit planned).
fn visits_follow_their_verb(drafts: &mut [Draft]) {
    let snapshot: Vec<Draft> = drafts.to_vec();
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Visit || !d.noun || d.status != Status::Occurred {
            continue;
        }
        let keys = d.keys();
        let planned = snapshot.iter().any(|m| {
            m.event_type == EventType::Meeting
                && m.sentence_index == d.sentence_index
                && !m.noun
                && m.status == Status::Planned
                && !keys.is_empty()
                && keys.iter().all(|k| m.keys().contains(k))
        });
        if planned {
            d.status = Status::Planned;
        }
    }
}

/// "Nakasone's planned ", "Abe's first official ": a possessive and at most
/// three modifiers before a trip noun.
static POSSESSED_TRIP: LazyLock<Re> = regex!(r"^(?:'s|’s|')\s+(?:[\w-]+\s+){0,3}$");

/// "the spokesman said", "Ost told": a person as the speaker of a report.
/// A sentence opening on a subject pronoun and its verb, with no name
/// before it: "He will also meet with", "She then travelled to", "She is
/// scheduled to meet", "In Singapore on Monday she met" (a fronted place
/// or time, its comma optional: round 16). Not "He said that" (the
/// speaker, who is not whom the story is about).
static SUBJECT_PRONOUN: LazyLock<Re> = regex!(
    r"^\W*(?:(?:On|In|At|During|After|Then|Later|Today|Tomorrow|There|While|From)\b[^,.;]{0,40},?\s*)?\b(?:He|She|he|she)\s+(?:(?:will|would|also|then|later|has|had|is|was|shall|can|could|may|might|scheduled|due|expected|set|to)\s+){0,4}(?:met|meets?|meeting|spoke|speaks?|speak|talked|talks?|called|calls?|held|holds?|hold|visited|visits?|visit|travel(?:l?ed|s)?|welcomed|welcomes?|welcome|hosted|hosts?|host|joined|joins?|join|went|go|goes|arrived|arrives?|arrive|stop|stopped|attend(?:ed|s)?|discuss(?:ed|es)?|continue[sd]?|also|then)\b"
);

static TEXT_AFTER_SPEAKER: LazyLock<Re> = regex!(r"^\s*,?\s*(?:said|says|told|tells|added)\b");
/// A meeting without place or dates takes those of the visit its guest made
/// in the same document: the document's narrative time. A meeting whose
/// paragraph names a city of another country (a later stop) does not: it is
/// placed in that city.
fn fill_from_visits(drafts: &mut [Draft], cities: &[Option<PlaceRef>], dct: Option<NaiveDate>) {
    // the main visit of each guest: the (guest, place, dates) most mentioned
    let mut visits: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
    for (i, d) in drafts.iter().enumerate() {
        if d.event_type != EventType::Visit || d.place.is_none() || d.guests.is_empty() {
            continue;
        }
        let n = drafts
            .iter()
            .filter(|o| {
                o.event_type == EventType::Visit
                    && o.keys() == d.keys()
                    && same_place(o.place.as_ref(), d.place.as_ref())
            })
            .count();
        // "President Biden and the First Lady will travel to Ottawa": each
        // traveller's visit
        for g in &d.guests {
            if d.guests.len() == 1 || g.kind == ActorKind::Person {
                visits.entry(g.key()).or_default().push((n, i));
            }
        }
    }
    let snapshot: Vec<Draft> = drafts.to_vec();
    for (d, city) in drafts.iter_mut().zip(cities) {
        if !matches!(d.event_type, EventType::Meeting) || (d.place.is_some() && d.dates.is_some()) {
            continue;
        }
        let stop = city
            .as_ref()
            .filter(|_| d.place.is_none() && !d.noun && d.status != Status::Proposed);
        let mut best: Option<(usize, bool, usize)> = None;
        for side in &d.sides {
            let Some(vs) = visits.get(&side.key()) else {
                continue;
            };
            for &(n, i) in vs {
                let v = &snapshot[i];
                let others_local = d
                    .sides
                    .iter()
                    .filter(|o| o.key() != side.key())
                    .all(|o| o.country.is_none() || o.country.as_deref() == v.country());
                if !others_local {
                    continue;
                }
                if let (Some(dd), Some(vd)) = (&d.dates, &v.dates) {
                    if !overlaps(&dd.0, &vd.0) {
                        continue;
                    }
                }
                if let (Some(dp), Some(vp)) = (&d.place, &v.place) {
                    if dp.country != vp.country {
                        continue;
                    }
                }
                if stop.is_some_and(|c| {
                    v.country()
                        .is_some_and(|vc| Some(vc) != c.country.as_deref())
                }) {
                    continue;
                }
                let fine = v
                    .dates
                    .as_ref()
                    .is_some_and(|x| x.0.precision == Precision::Day);
                let key = (n, fine, usize::MAX - i);
                if best.is_none_or(|b| key > b) {
                    best = Some(key);
                }
            }
        }
        let Some((_, _, inv)) = best else {
            // ("signed an agreement ... aid to Ankara": a signing is where
            // the story is told, not at a city its paragraph names)
            if let Some(c) = stop.filter(|_| !d.rule.starts_with("meeting.signed")) {
                d.place = Some(c.clone());
                d.rule = format!("{}+paragraph_place", d.rule);
            }
            continue;
        };
        let v = &snapshot[usize::MAX - inv];
        if d.place.is_none() {
            d.place = v.place.clone();
        }
        // ("Conable, who flew to Indonesia yesterday, will meet Suharto": a
        // planned meeting does not take the days of a journey done before
        // the report's day)
        let done = v.status == Status::Occurred
            && v.dates.as_ref().zip(dct).is_some_and(|(x, r)| x.0.end < r);
        if d.dates.is_none() && !(d.status == Status::Planned && done) {
            d.dates = v.dates.clone();
        }
        d.rule = format!("{}+visit_context", d.rule);
    }
}

/// A meeting (not a call) whose sides are all people of one country.
fn one_country_meeting(d: &Draft) -> bool {
    let Some(first) = d.sides.first() else {
        return false;
    };
    d.event_type == EventType::Meeting
        && d.sides.len() >= 2
        && first.country.is_some()
        && d.sides
            .iter()
            .all(|a| a.kind == ActorKind::Person && a.country == first.country)
}

/// Whether a draft has what an event needs.
fn complete(kb: &Kb, d: &Draft) -> bool {
    match d.event_type {
        EventType::Visit => {
            // a trip at home is not a visit
            let at_home = d.country().is_some()
                && d.guests.iter().all(|g| g.country.as_deref() == d.country());
            !d.guests.is_empty() && d.place.is_some() && !at_home
        }
        EventType::Meeting | EventType::Call => d.keys().len() >= 2 || sides::one_club(kb, d),
    }
}

/// "U.S. SEES MORE HARMONY IN TALKS WITH FRANCE" over a story of Chirac's
/// visit to Washington: a meeting of states (or organizations) only is
/// dropped when it is a noun or the headline's and the document tells it of
/// people, a visit by a person of one of its states to another, or a
/// meeting of people of two of them; so is the headline's when the body has
/// a meeting of people.
fn drop_state_shadows(drafts: &mut Vec<Draft>) {
    let people = |g: &[ActorRef]| -> Vec<String> {
        g.iter()
            .filter(|a| a.kind == ActorKind::Person)
            .filter_map(|a| a.country.clone())
            .collect()
    };
    // (countries of the people, country of the place) per event of people
    let told: Vec<(Vec<String>, Option<String>)> = drafts
        .iter()
        .filter(|d| !d.derived)
        .map(|d| match d.event_type {
            EventType::Visit => (people(&d.guests), d.country().map(str::to_string)),
            _ => (people(&d.sides), None),
        })
        .collect();
    let people_meeting = drafts
        .iter()
        .any(|d| d.event_type == EventType::Meeting && d.sides_of(ActorKind::Person).count() >= 2);
    drafts.retain(|d| {
        if d.event_type != EventType::Meeting
            || d.summit
            || d.sides.iter().any(|a| a.kind == ActorKind::Person)
        {
            return true;
        }
        let states = d.state_codes();
        let shadowed = told.iter().any(|(who, place)| {
            let mut cs: Vec<&str> = who
                .iter()
                .map(String::as_str)
                .chain(place.as_deref())
                .filter(|c| states.contains(c))
                .collect();
            cs.sort_unstable();
            cs.dedup();
            cs.len() >= 2
        });
        let headline = d.sentence_index == 0;
        !((shadowed && (d.noun || headline)) || (headline && people_meeting))
    });
}

/// "Lyng opens talks with Japanese government officials ... Lyng met
/// Agriculture Minister Kato": talks of a person with a state's unnamed
/// officials are the talks the story names its people for, when the same
/// person meets a person of that state in the story.
fn drop_officials_shadows(drafts: &mut Vec<Draft>) {
    let pairs: Vec<(String, String)> = drafts
        .iter()
        .filter(|d| d.event_type == EventType::Meeting && !d.rule.contains(".officials"))
        .flat_map(|d| {
            let people: Vec<&ActorRef> = d.sides_of(ActorKind::Person).collect();
            let mut out = vec![];
            for a in &people {
                for b in &people {
                    if let Some(c) = &b.country {
                        if a.key() != b.key() {
                            out.push((a.key(), c.clone()));
                        }
                    }
                }
            }
            out
        })
        .collect();
    drafts.retain(|d| {
        if d.event_type != EventType::Meeting || !d.rule.contains(".officials") {
            return true;
        }
        let people: Vec<&ActorRef> = d.sides_of(ActorKind::Person).collect();
        let states = d.state_codes();
        // (a body's officials, no state: nothing the story's people shadow)
        states.is_empty()
            || !people.iter().any(|p| {
                states
                    .iter()
                    .all(|s| pairs.iter().any(|(k, c)| *k == p.key() && c == s))
            })
    });
}

/// A meeting in the country of one side implies a visit of the other side;
/// a meeting in a third country's city, a visit of every side (no host).
/// The country where an organization has its seat (its officials meeting
/// there are at home: the UN Secretary-General in New York).
fn seat_country(org: &str) -> Option<&'static str> {
    match org {
        "UN" | "IMF" | "WORLD-BANK" => Some("USA"),
        "NATO" | "EU" => Some("BEL"),
        "OPEC" => Some("AUT"),
        "OECD" => Some("FRA"),
        "GATT" => Some("CHE"),
        _ => None,
    }
}

/// Whether a person holds, on the date, an office of an organization seated
/// in the country.
fn at_seat(ctx: &DocContext, p: &ActorRef, date: Option<NaiveDate>, country: &str) -> bool {
    let (Some(id), Some(date)) = (p.id.as_deref(), date) else {
        return false;
    };
    ctx.kb
        .offices_on(id, date)
        .iter()
        .any(|t| seat_country(&t.of) == Some(country))
}

/// Whether a person with no country of their own holds, on the date, an
/// office of an international organization ("Jean-Claude Paye, Director
/// General of the OECD"): foreign to every country but the seat's.
fn org_official(ctx: &DocContext, p: &ActorRef, date: Option<NaiveDate>) -> bool {
    let (Some(id), Some(date)) = (p.id.as_deref(), date) else {
        return false;
    };
    p.kind == ActorKind::Person
        && p.country.is_none()
        && ctx
            .kb
            .offices_on(id, date)
            .iter()
            .any(|t| seat_country(&t.of).is_some() || ctx.kb.country(&t.of).is_none())
}

/// How many days apart a stated visit and a meeting of its guest in the same
/// country may lie and still be one trip: a stay of a week or two is told by
/// its arrival day, its length or its last talks, and any of them absorbs the
/// meeting's derived visit. A meeting farther from every stated visit of its
/// side there is another trip ("met in Beijing in 2014", beside the visit to
/// Beijing of 2018), and derives one of its own.
const ONE_TRIP_DAYS: i64 = 14;

/// Whether two day windows (either unknown counts as near) lie within
/// [`ONE_TRIP_DAYS`] of each other.
fn near_days(a: Option<&Interval>, b: Option<&Interval>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return true;
    };
    let gap = if a.end < b.start {
        (b.start - a.end).num_days()
    } else if b.end < a.start {
        (a.start - b.end).num_days()
    } else {
        0
    };
    gap <= ONE_TRIP_DAYS
}

/// Whether a side is at home in the country on the date: its own country,
/// or an office of that country it holds then (a Soviet foreign minister
/// whom the tables file under his later republic, a head of government
/// whose person row names no country).
fn at_home(ctx: &DocContext, p: &ActorRef, date: Option<NaiveDate>, country: &str) -> bool {
    if p.country.as_deref() == Some(country) {
        return true;
    }
    let (Some(id), Some(date)) = (p.id.as_deref(), date) else {
        return false;
    };
    p.kind == ActorKind::Person
        && ctx
            .kb
            .offices_on(id, date)
            .iter()
            .any(|t| t.of.eq_ignore_ascii_case(country))
}

/// A meeting's place stated by the story's dateline alone ("ROME - ... On
/// Saturday, Mr Biden sat down with Merkel, Macron and Johnson"): the
/// story's own occasion, told by a verb of its sentence's own clause and
/// dated to a day within a week of the report, is held where the reporter
/// files from; an older or undated one may have been anywhere, and so may
/// one told in a relative clause about a person ("Lawson, who met Funaro
/// yesterday": an aside, not the story's scene).
fn dateline_occasion(ctx: &DocContext, d: &Draft) -> bool {
    let (Some(dct), Some((w, _))) = (ctx.dct, d.dates.as_ref()) else {
        return false;
    };
    let aside = ctx
        .doc
        .text
        .get(d.sentence.start..d.trigger.0)
        .and_then(|before| {
            before
                .trim_end()
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
        })
        .is_some_and(|w| w.eq_ignore_ascii_case("who"));
    d.rule.ends_with("+dateline")
        && !d.rule.contains("anaphor")
        && !d.noun
        && !aside
        && w.precision == Precision::Day
        && (dct - w.end).num_days().abs() <= 7
        && (w.end - w.start).num_days() <= 7
}

fn add_derived_visits(ctx: &DocContext, drafts: &mut Vec<Draft>) {
    let mut extra: Vec<Draft> = vec![];
    for d in drafts.iter() {
        if d.event_type != EventType::Meeting {
            continue;
        }
        let date = d.dates.as_ref().map(|i| i.0.start).or(ctx.dct);
        let Some(c) = d.country().map(str::to_string) else {
            continue;
        };
        // the sides at home there: their country's, or holding one of its
        // offices on the day
        let locals: Vec<ActorRef> = d
            .sides
            .iter()
            .filter(|a| at_home(ctx, a, date, &c))
            .cloned()
            .collect();
        // a meeting told by a verb in a third country's city ("met Macron
        // in Brussels"): every side from elsewhere travelled there ("the
        // summit, to be held in ...", "the meeting took place in ..." do not
        // say who came; a place only inferred from a visit, a paragraph or
        // an antecedent is no stated venue, nor is the dateline's but for
        // the story's own occasion: [`dateline_occasion`])
        let inferred_place = ["anaphor", "+dateline", "+visit_context", "+paragraph_place"]
            .iter()
            .any(|r| d.rule.contains(r))
            && !dateline_occasion(ctx, d);
        let third_city = locals.is_empty()
            && !d.noun
            && !inferred_place
            && d.place.as_ref().is_some_and(|p| p.place_id.is_some());
        if locals.is_empty() && !third_city {
            continue;
        }
        let days = d.dates.as_ref().map(|x| &x.0);
        for p in &d.sides {
            if p.kind != ActorKind::Person
                || (p.country.is_none() && !org_official(ctx, p, date))
                || at_home(ctx, p, date, &c)
                || at_seat(ctx, p, date, &c)
                // (at the dateline's city: only the sides its sentence names)
                || (locals.is_empty()
                    && d.rule.ends_with("+dateline")
                    && (p.start < d.sentence.start || p.end > d.sentence.end))
            {
                continue;
            }
            // a stated visit of the side to that country on those days (or
            // undated) is the trip already: it absorbs the meeting
            let known = drafts.iter().chain(extra.iter()).any(|v| {
                v.event_type == EventType::Visit
                    && v.guests.iter().any(|g| g.key() == p.key())
                    && v.country() == Some(c.as_str())
                    && near_days(v.dates.as_ref().map(|x| &x.0), days)
            });
            if known {
                continue;
            }
            // the heads of one team travel together: one visit of them all
            // (sides::team_heads); so do people of one state joined by "and"
            // before the trigger ("Funaro and Gros spent two days in
            // Washington talking to government officials")
            if d.rule.contains("+team_heads") || joined_subject(ctx, d, p) {
                if let Some(v) = extra.iter_mut().find(|v| {
                    v.sentence_index == d.sentence_index
                        && v.trigger == d.trigger
                        && v.guests.iter().all(|g| g.country == p.country)
                }) {
                    v.guests.push(p.clone());
                    continue;
                }
            }
            extra.push(Draft {
                event_type: EventType::Visit,
                guests: vec![p.clone()],
                hosts: locals.clone(),
                sides: vec![],
                rule: format!("visit.derived.{}", d.rule),
                confidence: d.confidence * 0.7,
                derived: true,
                ..d.clone()
            });
        }
    }
    drafts.extend(extra);
}

/// Whether `p` and another person of `p`'s state in the meeting `d` are
/// one subject before its trigger, joined by "and" alone ("Funaro and Gros
/// spent", "Shultz and Baker met"): one party that travelled together.
fn joined_subject(ctx: &DocContext, d: &Draft, p: &ActorRef) -> bool {
    let text = ctx.doc.text.as_str();
    p.end <= d.trigger.0
        && d.sides.iter().any(|o| {
            o.kind == ActorKind::Person
                && o.key() != p.key()
                && o.country == p.country
                && o.end <= d.trigger.0
                && {
                    let (a, b) = if o.end <= p.start { (o, p) } else { (p, o) };
                    text.get(a.end..b.start)
                        .is_some_and(|g| g.trim().eq_ignore_ascii_case("and"))
                }
        })
}

/// One mention per (sentence, type, participants, dates, place): keeps the first.
/// "a private visit", "a private trip": a trip its own sentence calls private.
static PRIVATE_TRIP: LazyLock<Re> =
    regex!(r"(?i)\bprivate\s+(?:visit|trip|stay|holiday|vacation|tour)\b");

/// "Kissinger came to Brazil on a private visit to make the opening
/// speech": a private trip of people who hold no office on its day (the
/// tables know them, with no tenure then) is no diplomatic visit, and
/// neither is any other report of that trip in the story ("during his
/// visit"). A private visit of an office holder counts ("Alfonsin,
/// beginning a four-day private visit to the U.S."); so does one of a
/// person the tables lack (their offices are unknown).
fn private_trips(ctx: &DocContext, drafts: &mut Vec<Draft>) {
    let text = ctx.doc.text.as_str();
    let mut private: Vec<Vec<String>> = vec![];
    for d in drafts.iter() {
        if d.event_type != EventType::Visit || d.guests.is_empty() {
            continue;
        }
        let stext = text.get(d.sentence.start..d.sentence.end).unwrap_or("");
        if !PRIVATE_TRIP.is_match(stext) {
            continue;
        }
        let Some(day) = d.dates.as_ref().map(|(w, _)| w.start).or(ctx.dct) else {
            continue;
        };
        let no_office = d.guests.iter().all(|g| {
            g.kind == ActorKind::Person
                && g.id
                    .as_deref()
                    .is_some_and(|id| ctx.kb.offices_on(id, day).is_empty())
        });
        if no_office {
            private.push(d.keys());
        }
    }
    if !private.is_empty() {
        drafts.retain(|d| d.event_type != EventType::Visit || !private.contains(&d.keys()));
    }
}

fn dedup_drafts(drafts: &mut Vec<Draft>) {
    let mut seen = std::collections::BTreeSet::new();
    drafts.retain(|d| {
        let key = (
            d.sentence_index,
            d.event_type,
            d.keys(),
            d.dates.as_ref().map(|x| (x.0.start, x.0.end)),
            d.derived,
            d.place
                .as_ref()
                .map(|p| (p.place_id.clone(), p.country.clone())),
        );
        seen.insert(key)
    });
}

fn participant(ctx: &DocContext, a: &ActorRef, role: Role, date: Option<NaiveDate>) -> Participant {
    let office = match (&a.id, date, a.kind) {
        (Some(id), Some(date), ActorKind::Person) => ctx
            .kb
            .offices_on(id, date)
            .first()
            .map(|t| t.office.clone()),
        _ => None,
    };
    Participant {
        actor_id: a.id.clone(),
        name: a.name.clone(),
        kind: a.kind,
        country: a.country.clone(),
        office,
        role,
    }
}

fn finish(ctx: &DocContext, d: Draft) -> EventMention {
    let date = d.dates.as_ref().map(|x| x.0.start).or(ctx.dct);
    let mut participants: Vec<Participant> = vec![];
    match d.event_type {
        EventType::Visit => {
            participants.extend(
                d.guests
                    .iter()
                    .map(|a| participant(ctx, a, Role::Guest, date)),
            );
            participants.extend(
                d.hosts
                    .iter()
                    .map(|a| participant(ctx, a, Role::Host, date)),
            );
        }
        _ => participants.extend(
            d.sides
                .iter()
                .map(|a| participant(ctx, a, Role::Participant, date)),
        ),
    }
    let resolved = participants.iter().filter(|p| p.actor_id.is_some()).count() as f64
        / participants.len().max(1) as f64;
    let mut confidence = d.confidence * (0.7 + 0.3 * resolved);
    if d.place.is_some() {
        confidence += 0.03;
    }
    if d.dates.is_some() {
        confidence += 0.03;
    }
    let topic = match d.event_type {
        EventType::Meeting => forum::topic(ctx, &d, &participants),
        _ => None,
    };
    EventMention {
        doc_id: ctx.doc.doc_id.clone(),
        doc_date: ctx.doc.published.map(|p| p.date).or(ctx.dct),
        sentence: d.sentence,
        event_type: d.event_type,
        status: d.status,
        participants,
        place_id: d.place.as_ref().and_then(|p| p.place_id.clone()),
        country_code: d.place.as_ref().and_then(|p| p.country.clone()),
        dates: d.dates.as_ref().map(|x| x.0),
        date_text: d.dates.map(|x| x.1),
        rule: d.rule,
        confidence: confidence.clamp(0.0, 0.99),
        derived: d.derived,
        trigger: Some(d.trigger),
        topic,
    }
}

#[cfg(test)]
mod test_support;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod tests_trips;

#[cfg(test)]
mod tests_wh;

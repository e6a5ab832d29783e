//! One record per real-world event: groups the mentions of the same event
//! across sentences and documents, keeps every source, and records conflicts.
//!
//! ## How mentions are grouped
//!
//! Mentions are first *blocked* by identity: the event type and the set of
//! actors that define it (the guests of a visit; every side of a meeting or
//! call), keyed by knowledge-base id (or the lower-cased name of an
//! unresolved person). Only mentions of one block are compared, so the
//! merge is linear in the number of blocks, not quadratic in mentions.
//!
//! Inside a block, mentions are clustered in five passes
//! ([`cluster_block`]):
//!
//! 1. the dated reports, from the most specific (a city and a day) to the
//!    least, each join the first cluster they are compatible with:
//!    - place: the same city, or a country-only mention of the city's
//!      country, or no place; two different cities or countries never merge;
//!    - dates: overlapping intervals, so a coarse "May 2015" joins "May 12,
//!      2015", and a month clipped at the report day ("earlier this
//!      month", the 1st in a story of the 2nd) joins as its whole month;
//! 2. an announcement joins the occurred event its dates slipped to: a
//!    cluster whose sources only announce it (planned, proposed), all
//!    reported before the other cluster's start, at most two days from an
//!    occurred cluster of compatible place ("he will meet President Duda"
//!    dated with the trip's first day, the readout of the next day). Calls
//!    are not announced, and two *occurred* events days apart stay two (the
//!    same pair calls twice a week);
//! 3. a visit told as under way ("is in Moscow for talks", "visiting X
//!    said": rule suffix `+under_way`) is dated by its report date, a day
//!    *inside* the real window, so this point is soft: it joins the cluster
//!    with a dated member (a day or a month) that contains it or ends or
//!    starts at most `UNDER_WAY_DAYS` (3) days from it, the nearest one
//!    ("April 20-24" or "arrived on Sunday" in another story); same for a
//!    meeting dated `+under_way`. With none, it is placed as in pass 1;
//! 4. an undated mention joins a compatible cluster of its own document
//!    (not an undated club meeting into a dated cluster of that club's
//!    summit mentions only: the "G-7 MEETING" of a headline is its
//!    ministers', not "the June Economic Summit" of its body,
//!    [`ministers_beside_summit`]; nor an undated club meeting told at the
//!    dateline into a cluster dated more than a week from its report: "EC
//!    environment ministers meeting here" is not the sitting "next on May
//!    21" of the same story, [`outside_story_week`], round 16);
//! 5. an undated mention of another report joins the compatible cluster
//!    that is recent news for it (ended at most 60 days before the report,
//!    a week for a call, or itself undated and reported within a week) and
//!    nearest in time to the report, when one is strictly nearest. On a
//!    tie, an occurred mention ("after meeting Baker") takes the tied
//!    cluster that starts at or before its report; between tied clusters
//!    dated to the same day (one meeting the stories placed in different
//!    cities), the most reported, then the first. With none, or another
//!    tie, it is an event of its own. A placed undated mention does not
//!    join a dated cluster that names no place at all: only recency ties
//!    them, and the place would be the undated report's ("an EC energy
//!    ministers meeting in Luxembourg" is not the "EC foreign ministers
//!    will meet on May 25 and 26" of another story;
//!    [`placed_beside_placeless`]); nor does a club's committee or its
//!    officials join a cluster of the club whose forum is unknown
//!    ([`part_beside_whole`]); nor does an undated club meeting told at
//!    the dateline join another story's council of another week (a
//!    club's council sits again and again at one city: "EC FARM MINISTERS
//!    END PRICES MEETING" in April is not the March session), nor a
//!    club's undated plan a sitting that ended more than a week before the
//!    plan's report ("expects OPEC to meet before June" is the next
//!    conference): both are the one "story's week" bound of
//!    [`outside_story_week`] (round 16; one predicate since round 17).
//!    A derived mention with
//!    dates joins the first compatible cluster; an undated cluster is
//!    compatible only when the dates are recent news for one of its reports
//!    (a readout of 2024 does not join a stray mention of 2023).
//!
//! Every pass compares forums too (round 14): a club's meeting carries the
//! council or conference that sits ([`EventMention::topic`], read by
//! [`crate::extract::forum`]: "farm", "finance", "leaders", "officials"),
//! and two with different known topics never join, in a block or across
//! blocks ([`topics_fit`], [`same_ground`]): the EC's energy ministers in
//! Luxembourg are not its farm ministers there the same week, nor the
//! agriculture ministers meeting "after the end of a two-day summit
//! meeting of heads of government" that summit. Ministers of no named
//! field ("EC ministers", "the OPEC conference") fit any field's council,
//! and a meeting with no topic joins as before.
//!
//! Last, clusters of a block dated to the same single day at compatible
//! places are joined ([`join_same_day`]): the same actors meet once a day at
//! one place. The same pair on different days stays two events, with two
//! exceptions (audit round 8, docs/audits/round8-merge.md):
//!
//! - a visit to the same city on the next day is the same trip
//!   ([`join_next_day_visits`]: "flew to Indonesia yesterday", the 21st,
//!   and "a three-day visit", 22-24), and the picked window grows over the
//!   touching day;
//! - a meeting dated by the report day ("today's meeting", never reported
//!   again) joins the meeting that another story of that day announced for
//!   the next day and a later story says took place
//!   ([`join_report_day_copies`]).
//!
//! (Audit round 9, docs/audits/round9-merge.md:) the hulls of two visits to
//! one city may also overlap ("arrived last night" beside "this week"); a
//! person's plan may be up to [`PLAN_DAYS`] off the occurred event when it
//! was reported in the week before it or while it was under way; and a
//! merged visit spans the single days its mentions tell as occurred
//! ([`trip_span`]: arrived the 18th, met Kishida the 21st: 18-21).
//!
//! Across blocks, a dated visit joins the visit of a larger party that
//! includes its guests, at a compatible place on overlapping dates, when
//! there is one such party ([`join_companions`]: "Funaro visits
//! Washington" and "Funaro and Gros visit Washington" the same week; a
//! visit dated only by a report date under way may be `UNDER_WAY_DAYS`
//! off the party's dates). A
//! traveller makes one trip at a time; a bilateral meeting on the sidelines
//! of a summit is not the summit, so meetings and calls never join across
//! blocks, but one: a meeting whose state side another report names as
//! that state's person ("Peru" and Peru's central bank president, each
//! meeting Mancera at one place on one day) is one meeting, and the person
//! stands for his state ([`join_state_shadows`]); and one more: a
//! meeting whose sides are another's plus only the host, states of the
//! country it is in, on overlapping dates at a compatible place, is that
//! meeting ("talks with the IMF" and "Zambia's talks with the IMF" in
//! Lusaka: [`join_host_states`]); and an undated meeting told only by
//! stories of a dated meeting whose sides are some of its own, the others
//! states, is that meeting, the states not made its sides ("the G-7
//! meeting here yesterday" and "throughout the G-7 meeting, Japan pointed
//! to ...": [`join_story_members`]); and a meeting of a club and states that
//! were its members on the date (`data/reference/memberships.tsv`) is the
//! club's meeting at that place and time ("Canada, Italy and the G-7" and
//! "the G-7 meeting": [`join_club_members`]), while a non-member beside the
//! club ("Ukraine and NATO") keeps its own event. (Audit round 11,
//! docs/audits/round11-merge.md:) a meeting whose sides are another's plus
//! members of its delegations (persons of its sides' countries, a sister
//! organisation beside an organisation) is that meeting
//! ([`join_delegations`]: "Baker met Poehl" and "Stoltenberg, Baker and
//! Poehl met"); and the leaders (or the states) of at least four members
//! of a club, met at the club's place and time, are the club's meeting
//! ([`join_member_leaders`]: the Venice summit's leaders). (Round 15,
//! docs/audits/round15-accord54.md:) a club named beside the states that
//! complete another club's members is one of those members ("the Group of
//! Five and Canada" at 1987's G-6 meeting: [`sub_club`]); and one sitting
//! the copy names by two nested clubs ("Italy refused to join a G-7
//! meeting in Paris" on the 22nd, "the meeting of six major industrial
//! nations in Paris last month") is one event, the smaller club's, when
//! one club's cluster is known only to the month and the other's day lies
//! inside it at the same city ([`join_nested_clubs`]); two clubs dated to
//! their own days stay two sittings.
//!
//! ## How values are picked
//!
//! - dates: a report date of a visit under way loses to any other value
//!   (it is still listed as a claim); so does a meeting's or a call's week
//!   counted from a report ("next week's summit", "last week") holding days
//!   a mention states ("begin on June 8", "met yesterday"; a week told as
//!   past, only to days told as past or a calendar day planned before it);
//!   a visit's week yields only to calendar days first told before the
//!   week began ("to visit Moscow April 13-16", then "due to fly to Moscow
//!   next week": the plan says which days; "in Moscow this week" and
//!   "arrived on Monday" keep the week); a meeting's report day given for
//!   want of a date yields to a day stated up to `UNDER_WAY_DAYS` before
//!   it, or to a range of at most three days that holds it ("opens talks"
//!   in a headline and "meeting today and tomorrow");
//!   then the most precise value
//!   wins; between values of the same precision, the latest report (by document date; of one day's reports,
//!   a plan dated before its own report loses), then the narrower
//!   interval, then a calendar date over a span counted from the report
//!   ("was to have left April 30 and returned May 6" over "this week"),
//!   then the earlier start; a picked single day that starts a calendar
//!   range stated for the event gives the range ("June 8" and "June 8-10"),
//!   and so does a visit's day anywhere in a range of at most three days
//!   ("October 26" and "October 25-26"), a calendar range or a stay's
//!   stated length from its arrival ("arrived on Monday for a three-day
//!   visit" and "met on Tuesday": the three days; round 15); and a picked
//!   single day inside the window a stated length of the same event gives
//!   ("left Tokyo yesterday" and "at the end of a four-day visit", "ended
//!   its meeting today" and "the three-day meeting") gives that window,
//!   when exactly one such window holds it (round 15; a meeting that took
//!   the window of the visit around it, `+visit_context`, states no length
//!   of its own).
//!   Last, across events (round 16, [`stay_ends`]): a stay runs from
//!   arrival to departure. A visit known to one day only ends where the
//!   same story's next leg of its guests begins ("arrived in Washington
//!   on Wednesday" and "leaves for Cairo on Saturday": Wednesday to
//!   Saturday), or else lasts through the later days the story has its
//!   guests meet in the same city ("talks in Jeddah on Saturday"), within
//!   [`LEG_DAYS`]; the event id, hashed on the start, does not change.
//!   When the sources gave more than one value, every value is
//!   kept in [`Event::date_claims`] with the mentions that gave it
//!   ("23-24 March" from the announcement, "23-25 March" from the wrap-up).
//! - place: a city over a country; between cities, the most reported, then
//!   the latest report.
//! - status: from the latest report by document date ("announced as planned
//!   on the 22nd, wrapped up on the 27th" is occurred); inside one report,
//!   occurred > cancelled > planned > proposed, except that an event starting
//!   after its latest report cannot have occurred, and a plan reported after
//!   the event ended does not count when another report says it occurred.
//!   Derived mentions only count when nothing else does. An undated noun
//!   with the default status ("the visit was part of the press of
//!   business") does not count when a dated mention of the same report
//!   ("the visit this week by X", planned) says when.
//! - a visit under way: a report that the visit is under way on day D
//!   (rule suffix `+under_way`, or "visiting X said" dated by its report)
//!   says it began by D. The event is `occurred`, even when the announced
//!   dates it joined start up to `UNDER_WAY_DAYS` later, and its start
//!   moves back to D; the announced dates stay for the rest (announced
//!   April 10-12, "is in Tokyo" on the 8th: April 8-12), and both values stay
//!   in [`Event::date_claims`]. A visitor's speech to the host's
//!   parliament ("speaking to the Bolivian Congress yesterday") is such a
//!   day, too: it joins the visit's announced window and loses to it.
//!
//! ## Identity
//!
//! `event_id` is `ev-` and 16 hex digits of the blake3 hash of the event's
//! identity: type, sorted participant keys, place (city id, else country),
//! and start date at its precision (`2016-03-23`, `2015-05`, `2015`). It does
//! not depend on input order; two distinct events with one identity get
//! `#2`, `#3` appended to the hashed key in the order of their first
//! mention (document id, offset).
//!
//! ```text
//! 000 (2016-03-22) "Kerry will be on a working visit to Moscow on March 23-24"  planned
//! 001 (2016-03-27) "Kerry has just wrapped up his trip to Moscow (March 23-25)" occurred
//! -> one visit: Kerry, Moscow, 2016-03-23/2016-03-25, occurred, two date claims
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

use crate::extract::{EventMention, EventType, Participant, Role, Status};
use crate::kb::memberships::Memberships;
use crate::kb::{ActorKind, Kb};
use crate::re::Re;
use crate::time::{Interval, Precision};

/// A competing value for an event's dates, and who said it.
#[derive(Debug, Clone, PartialEq)]
pub struct DateClaim {
    pub interval: Interval,
    /// Indexes into the mention list.
    pub mentions: Vec<usize>,
}

/// One real-world event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub event_id: String,
    pub event_type: EventType,
    pub status: Status,
    pub participants: Vec<Participant>,
    pub place_id: Option<String>,
    pub country_code: Option<String>,
    pub dates: Option<Interval>,
    /// All distinct date values the sources gave, when more than one.
    pub date_claims: Vec<DateClaim>,
    /// Indexes into the mention list, in order.
    pub mentions: Vec<usize>,
    pub confidence: f64,
    pub derived: bool,
}

fn participant_key(p: &Participant) -> String {
    p.actor_id.clone().unwrap_or_else(|| p.name.to_lowercase())
}

/// The actors that define a mention's identity.
fn identity_keys(m: &EventMention) -> Vec<String> {
    let mut keys: Vec<String> = m
        .participants
        .iter()
        .filter(|p| m.event_type != EventType::Visit || p.role == Role::Guest)
        .map(participant_key)
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// The order mentions are considered in: by document, offset, then content,
/// never by input position.
fn mention_order(mentions: &[EventMention]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..mentions.len()).collect();
    idx.sort_by(|&a, &b| {
        let (x, y) = (&mentions[a], &mentions[b]);
        (
            &x.doc_id,
            x.sentence.start,
            x.event_type,
            &x.rule,
            identity_keys(x),
            x.dates.map(|d| (d.start, d.end)),
            a,
        )
            .cmp(&(
                &y.doc_id,
                y.sentence.start,
                y.event_type,
                &y.rule,
                identity_keys(y),
                y.dates.map(|d| (d.start, d.end)),
                b,
            ))
    });
    idx
}

/// How specific a mention is: higher is more specific.
fn specificity(m: &EventMention) -> (u8, u8, u8) {
    let place = match (&m.place_id, &m.country_code) {
        (Some(_), _) => 2,
        (None, Some(_)) => 1,
        (None, None) => 0,
    };
    let date = match m.dates.map(|d| d.precision) {
        Some(Precision::Day) => 5,
        Some(Precision::Month) => 4,
        Some(Precision::Season) => 3,
        Some(Precision::Year) => 2,
        Some(Precision::Decade) => 1,
        Some(Precision::Unknown) | None => 0,
    };
    (u8::from(!m.derived), date, place)
}

struct Cluster {
    place_id: Option<String>,
    country: Option<String>,
    dates: Option<Interval>,
    docs: BTreeSet<String>,
    /// The reporting documents' dates.
    reported: BTreeSet<NaiveDate>,
    members: Vec<usize>,
    /// Every dated member is a report date of a visit under way ([`soft`]):
    /// the dates are a day inside the real window, not the window.
    soft_only: bool,
    /// Sides that a joined member named beside the event's own and that
    /// are not the event's ([`join_story_members`]: "Japan" speaking at
    /// the G-7 meeting).
    speakers: BTreeSet<String>,
    /// The forum of a club's meeting, the most specific its members gave
    /// ([`topics_fit`]).
    topic: Option<String>,
}

impl Cluster {
    /// A cluster with no mentions (what is left of one that was absorbed).
    fn empty() -> Cluster {
        Cluster {
            place_id: None,
            country: None,
            dates: None,
            docs: BTreeSet::new(),
            reported: BTreeSet::new(),
            members: vec![],
            soft_only: false,
            speakers: BTreeSet::new(),
            topic: None,
        }
    }

    fn new(i: usize, m: &EventMention) -> Cluster {
        Cluster {
            place_id: m.place_id.clone(),
            country: m.country_code.clone(),
            dates: m.dates,
            docs: BTreeSet::from([m.doc_id.clone()]),
            reported: m.doc_date.into_iter().collect(),
            members: vec![i],
            soft_only: soft(m),
            speakers: BTreeSet::new(),
            topic: m.topic.clone(),
        }
    }

    /// Whether a mention may join: its place fits ([`Cluster::place_ok`])
    /// and so does its forum ([`topics_fit`]: the farm council is not the
    /// energy council).
    fn fits(&self, m: &EventMention) -> bool {
        self.place_ok(m) && topics_fit(&self.topic, &m.topic)
    }

    /// Takes a member's forum when it is more specific than the cluster's.
    fn learn_topic(&mut self, topic: &Option<String>) {
        if topic.is_some() && self.topic.as_deref().is_none_or(|t| t == "ministers") {
            self.topic.clone_from(topic);
        }
    }

    fn place_ok(&self, m: &EventMention) -> bool {
        if let (Some(a), Some(b)) = (&self.country, &m.country_code) {
            if a != b {
                return false;
            }
        }
        if let (Some(a), Some(b)) = (&self.place_id, &m.place_id) {
            if a != b {
                return false;
            }
        }
        true
    }

    /// The dates, a month clipped at a report day widened to its whole
    /// months ([`whole_months`]), for joining.
    fn loose_dates(&self) -> Option<Interval> {
        self.dates.map(|d| {
            if self.reported.iter().any(|&r| clipped_at(d, r)) {
                whole_months(d)
            } else {
                d
            }
        })
    }

    fn dates_ok(&self, m: &EventMention) -> bool {
        let cluster = self.loose_dates();
        let mention = m.dates.map(|d| match m.doc_date {
            Some(r) if clipped_at(d, r) => whole_months(d),
            _ => d,
        });
        match (cluster, mention) {
            (Some(a), Some(b)) => a.start <= b.end && b.start <= a.end,
            _ => true,
        }
    }

    /// Takes in another cluster's mentions; this cluster's values win.
    fn absorb(&mut self, other: Cluster) {
        self.learn_topic(&other.topic);
        self.members.extend(other.members);
        self.speakers.extend(other.speakers);
        self.docs.extend(other.docs);
        self.reported.extend(other.reported);
        if self.place_id.is_none() {
            self.place_id = other.place_id;
        }
        if self.country.is_none() {
            self.country = other.country;
        }
        let precise = other.dates.is_some() && !other.soft_only;
        if self.dates.is_none() || (self.soft_only && precise) {
            self.dates = other.dates;
            self.soft_only = other.soft_only;
        }
    }

    fn add(&mut self, i: usize, m: &EventMention) {
        self.learn_topic(&m.topic);
        self.members.push(i);
        self.docs.insert(m.doc_id.clone());
        self.reported.extend(m.doc_date);
        if self.place_id.is_none() {
            self.place_id = m.place_id.clone();
        }
        if self.country.is_none() {
            self.country = m.country_code.clone();
        }
        // precise dates replace a report date of a visit under way
        let precise = m.dates.is_some() && !soft(m);
        if self.dates.is_none() || (self.soft_only && precise) {
            self.dates = m.dates;
            self.soft_only = soft(m);
        }
    }
}

/// How many days a report date of a visit under way may lie outside the
/// precise dates of the same guest's visit (or meeting) and still be a day
/// of it. The report date is a day of the trip, or the day after it ended
/// ("wrapped up a visit" in the next morning's paper); an announced window
/// may be a day or two off the real one (an arrival the evening before).
/// Three days covers both, and is short against a visit, rarely longer
/// than two weeks: two trips of one guest to one country are weeks apart.
const UNDER_WAY_DAYS: i64 = 3;

/// A mention dated only by its report date because the visit was told as
/// under way ("is in Moscow for talks", "visiting X said": rule suffix
/// `+under_way`), or a visit told as under way ("visiting X said today",
/// rules `visit.visiting_adj`, `visit.in_for`) dated by the report's own
/// day: the truth is a window around that day, so the point is soft. It
/// joins the cluster of precise dates near it, and loses to them. So is
/// the day of a meeting "on the margins of" a summit for the summit (rule
/// `meeting.summit.margins`): one day inside the summit's window; and the
/// day a visitor addressed the host's parliament (`visit.addressed_parliament`,
/// "speaking to the Bolivian Congress yesterday"): one day of the visit.
fn soft(m: &EventMention) -> bool {
    let Some(d) = m.dates else { return false };
    let base = crate::extract::base_rule(&m.rule);
    base == "meeting.summit.margins"
        || m.rule.split('+').skip(1).any(|step| step == "under_way")
        || (base == "visit.addressed_parliament"
            && d.precision == Precision::Day
            && d.start == d.end)
        || (matches!(base, "visit.visiting_adj" | "visit.in_for")
            && d.precision == Precision::Day
            && d.start == d.end
            && Some(d.start) == m.doc_date)
}

/// A month's window that ends the day before its report or starts the
/// day after it: "earlier this month", "later this month".
fn clipped_at(i: Interval, report: NaiveDate) -> bool {
    i.precision == Precision::Month
        && (i.end.succ_opt() == Some(report) || i.start.pred_opt() == Some(report))
}

/// A month's window widened to its whole calendar months: "earlier this
/// month" told on the 2nd is the 1st by the calendar, but a reporter's
/// "earlier this month" is not that precise, and it may be the days of
/// another report's "March 2-15" (audit round 10). Only for joining: the
/// picked dates keep the clipped window (a day claim wins over it anyway).
fn whole_months(i: Interval) -> Interval {
    if i.precision != Precision::Month {
        return i;
    }
    let start = i.start.with_day(1).unwrap_or(i.start);
    let next = if i.end.month() == 12 {
        NaiveDate::from_ymd_opt(i.end.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(i.end.year(), i.end.month() + 1, 1)
    };
    let end = next.and_then(|d| d.pred_opt()).unwrap_or(i.end);
    Interval { start, end, ..i }
}

/// An occurred meeting dated by its report's day only because its sentence
/// names no day ("After the meeting of the two central bank heads, ...":
/// the extractor's `(report date)`): it took place by that day, so a
/// cluster of such days alone joins the meeting of its block dated a few
/// days before ([`join_report_defaults`]), and a day stated there wins
/// over it ([`pick_dates`]); a wider window does not (audit round 10).
fn report_default(m: &EventMention) -> bool {
    m.event_type == EventType::Meeting
        && m.status == Status::Occurred
        && !m.derived
        && m.date_text.as_deref() == Some("(report date)")
        && m.dates.is_some_and(|d| {
            d.precision == Precision::Day && d.start == d.end && Some(d.start) == m.doc_date
        })
}

/// Days between a day and an interval: 0 inside it.
fn gap(day: NaiveDate, d: &Interval) -> i64 {
    if day < d.start {
        (d.start - day).num_days()
    } else if day > d.end {
        (day - d.end).num_days()
    } else {
        0
    }
}

/// Merges mentions into events. Deterministic: the result does not depend on
/// the order of `mentions` beyond ties broken by (doc_id, offset).
pub fn merge(mentions: &[EventMention], kb: &Kb) -> Vec<Event> {
    let _ = kb;
    let order = mention_order(mentions);
    let mut blocks: BTreeMap<(EventType, Vec<String>), Vec<usize>> = BTreeMap::new();
    for &i in &order {
        let m = &mentions[i];
        let keys = identity_keys(m);
        if keys.is_empty() {
            continue;
        }
        blocks.entry((m.event_type, keys)).or_default().push(i);
    }
    let mut clusters: Vec<(EventType, Vec<String>, Cluster)> = vec![];
    for ((kind, keys), members) in &blocks {
        for c in cluster_block(members, mentions) {
            clusters.push((*kind, keys.clone(), c));
        }
    }
    join_companions(&mut clusters);
    join_state_shadows(&mut clusters, mentions);
    join_host_states(&mut clusters, mentions, kb.memberships());
    join_delegations(&mut clusters, mentions, kb.memberships());
    join_story_members(&mut clusters, mentions);
    join_club_members(&mut clusters, mentions, kb.memberships());
    join_nested_clubs(&mut clusters, mentions, kb.memberships());
    join_member_leaders(&mut clusters, mentions, kb.memberships());
    let mut events: Vec<Event> = clusters
        .into_iter()
        .map(|(_, _, c)| build_event(c.members, &c.speakers, mentions))
        .collect();
    stay_ends(&mut events, mentions);
    assign_ids(&mut events, mentions);
    events.sort_by(|a, b| a.event_id.cmp(&b.event_id));
    events
}

/// Groups one block's mentions into clusters, in five passes:
///
/// 1. the dated reports (not derived, not under way), most specific first, each into the
///    first cluster whose place and dates fit;
/// 2. an announcement into the occurred event its dates slipped to
///    ([`join_slipped`]);
/// 3. the report dates of visits (and meetings) under way into the nearest
///    cluster a few days from them ([`place_soft`]);
/// 4. each undated mention into a fitting cluster of its own document;
/// 5. the rest (undated mentions of other reports, derived mentions) in
///    specificity order: a dated one into the first fitting cluster, an
///    undated one into the fitting cluster nearest in time that is recent
///    news for its report, when one is nearest ([`nearest_for`]);
///
/// then joins the clusters dated to the same day at one place
/// ([`join_same_day`]).
fn cluster_block(members: &[usize], mentions: &[EventMention]) -> Vec<Cluster> {
    let mut sorted = members.to_vec();
    // most specific first; stable, so ties keep the document order
    sorted.sort_by_key(|&i| std::cmp::Reverse(specificity(&mentions[i])));
    let (dated, rest): (Vec<usize>, Vec<usize>) = sorted
        .into_iter()
        .partition(|&i| !mentions[i].derived && mentions[i].dates.is_some());
    let (under_way, dated): (Vec<usize>, Vec<usize>) =
        dated.into_iter().partition(|&i| soft(&mentions[i]));
    let mut clusters: Vec<Cluster> = vec![];
    for i in dated {
        place_dated(&mut clusters, i, mentions);
    }
    join_slipped(&mut clusters, mentions);
    for i in under_way {
        place_soft(&mut clusters, i, mentions);
    }
    let mut later = vec![];
    for i in rest {
        let m = &mentions[i];
        let own = (0..clusters.len()).find(|&c| {
            clusters[c].docs.contains(&m.doc_id)
                && clusters[c].fits(m)
                && clusters[c].dates_ok(m)
                && !ministers_beside_summit(&clusters[c], m, mentions)
                && !outside_story_week(&clusters[c], m)
        });
        match own {
            Some(c) if m.dates.is_none() => clusters[c].add(i, m),
            _ => later.push(i),
        }
    }
    for i in later {
        let m = &mentions[i];
        if m.dates.is_some() {
            place_dated(&mut clusters, i, mentions);
            continue;
        }
        let fits: Vec<usize> = (0..clusters.len())
            .filter(|&c| clusters[c].fits(m))
            .filter(|&c| {
                clusters[c].docs.contains(&m.doc_id)
                    || (!summit_beside_ministers(&clusters[c], m, mentions)
                        && !placed_beside_placeless(&clusters[c], m)
                        && !part_beside_whole(&clusters[c], m))
            })
            .filter(|&c| !ministers_beside_summit(&clusters[c], m, mentions))
            .filter(|&c| !outside_story_week(&clusters[c], m))
            .collect();
        let own = fits
            .iter()
            .copied()
            .find(|&c| clusters[c].docs.contains(&m.doc_id));
        let near: Vec<usize> = fits
            .into_iter()
            .filter(|&c| {
                recent(clusters[c].dates, m.doc_date, m.event_type)
                    || same_week(&clusters[c], m.doc_date)
            })
            .collect();
        match own.or_else(|| nearest_for(&near, &clusters, m)) {
            Some(c) => clusters[c].add(i, m),
            None => clusters.push(Cluster::new(i, m)),
        }
    }
    join_same_day(&mut clusters);
    if let Some(&first) = members.first() {
        match mentions[first].event_type {
            EventType::Visit => join_next_day_visits(&mut clusters, mentions),
            EventType::Meeting => {
                join_report_day_copies(&mut clusters, mentions);
                join_report_defaults(&mut clusters, mentions);
            }
            EventType::Call => {}
        }
    }
    clusters
}

/// Joins visits of one block at the same city on consecutive days (a window
/// that ends on the day before the other starts) or on overlapping days: a
/// traveller does not leave a city and come back the next day, so "flew to
/// Indonesia yesterday" (the 21st) and "the end of a three-day visit"
/// (22-24) are one trip, and so are "arrived here last night" (the 11th)
/// and a cluster of "arrived last night" (the 10th) and "a visit here this
/// week" (9-15). The days of a cluster are the hull of its members' day
/// windows. Both clusters must be dated to the day and name the city; a day
/// between them keeps them apart.
fn join_next_day_visits(clusters: &mut Vec<Cluster>, mentions: &[EventMention]) {
    // the days the windows of a cluster cover (a report date of a visit
    // under way, the day of a meeting there, are days of the trip too)
    let hull = |c: &Cluster| -> Option<(NaiveDate, NaiveDate)> {
        let days = c
            .members
            .iter()
            .filter_map(|&i| mentions[i].dates)
            .filter(|d| d.precision == Precision::Day);
        days.fold(None, |acc, d| match acc {
            None => Some((d.start, d.end)),
            Some((s, e)) => Some((s.min(d.start), e.max(d.end))),
        })
    };
    let mut a = 0;
    while a < clusters.len() {
        let mut b = a + 1;
        let mut joined = false;
        while b < clusters.len() {
            let next = match (hull(&clusters[a]), hull(&clusters[b])) {
                // touching or overlapping: the first cluster's own dates
                // (its first member's) may miss a day its "this week"
                // member covers
                (Some(x), Some(y)) => (y.0 - x.1).num_days() <= 1 && (x.0 - y.1).num_days() <= 1,
                _ => false,
            };
            let city =
                clusters[a].place_id.is_some() && clusters[a].place_id == clusters[b].place_id;
            if next && city {
                let other = clusters.remove(b);
                clusters[a].absorb(other);
                joined = true;
            } else {
                b += 1;
            }
        }
        // the window grew: compare this cluster again
        if !joined {
            a += 1;
        }
    }
}

/// Whether every dated member of a cluster is dated to its own report's
/// day ("today's meeting"), all reported on `day`.
fn report_day_only(c: &Cluster, day: NaiveDate, mentions: &[EventMention]) -> bool {
    c.reported.iter().all(|&r| r == day)
        && c.members.iter().all(|&i| {
            let m = &mentions[i];
            m.dates
                .is_none_or(|d| d.start == d.end && Some(d.start) == m.doc_date)
        })
}

/// A meeting dated by the report day next to the same meeting with its
/// real date: on day D some stories say "today's meeting" (dated D, never
/// reported again), while another story of D or before announces it for
/// D+1 ("the meeting expected in Washington tomorrow") and a story of D+1
/// or later tells it occurred on D+1. The report-day copy joins the dated
/// meeting. Two meetings of one pair on consecutive days stay two when the
/// first is reported again after its day ("met yesterday"), or when no one
/// announced the second for the next day.
fn join_report_day_copies(clusters: &mut Vec<Cluster>, mentions: &[EventMention]) {
    let mut x = 0;
    while x < clusters.len() {
        let Some(day) = one_day(&clusters[x]) else {
            x += 1;
            continue;
        };
        let Some(next) = day.succ_opt() else {
            x += 1;
            continue;
        };
        let copy = report_day_only(&clusters[x], day, mentions);
        let dated = |c: &Cluster| {
            c.dates.is_some_and(|d| d.start == next)
                && same_ground(c, &clusters[x])
                && c.members.iter().any(|&i| {
                    let m = &mentions[i];
                    m.status == Status::Planned
                        && m.doc_date.is_some_and(|r| r <= day)
                        && m.dates.is_some_and(|d| d.start == next)
                })
                && c.members.iter().any(|&i| {
                    let m = &mentions[i];
                    m.status == Status::Occurred
                        && !m.derived
                        && m.doc_date.is_some_and(|r| r >= next)
                })
        };
        let fits: Vec<usize> = (0..clusters.len())
            .filter(|&y| y != x && copy && dated(&clusters[y]))
            .collect();
        if let [y] = fits.as_slice() {
            let taken = clusters.remove(x);
            let y = if *y > x { y - 1 } else { *y };
            clusters[y].absorb(taken);
            continue;
        }
        x += 1;
    }
}

/// Whether a cluster is dated to one day.
fn one_day(c: &Cluster) -> Option<NaiveDate> {
    c.dates
        .filter(|d| d.precision == Precision::Day && d.start == d.end)
        .map(|d| d.start)
}

/// Joins clusters of one block dated to the same single day at compatible
/// places: the same actors meet (or travel) once a day at one place, so two
/// such clusters are one event that the passes split (a cluster whose place
/// was only learnt from a later member). Different days stay apart.
fn join_same_day(clusters: &mut Vec<Cluster>) {
    let mut a = 0;
    while a < clusters.len() {
        let mut b = a + 1;
        while b < clusters.len() {
            let same = one_day(&clusters[a]).is_some()
                && one_day(&clusters[a]) == one_day(&clusters[b])
                && same_ground(&clusters[a], &clusters[b]);
            if same {
                let other = clusters.remove(b);
                clusters[a].absorb(other);
            } else {
                b += 1;
            }
        }
        a += 1;
    }
}

/// Joins a meeting cluster dated only by report days given for want of a
/// date ([`report_default`]: "After the meeting of the two central bank
/// heads", told on the 24th) into the cluster of its block at a compatible
/// place whose day-precision dates end on or before the first of those
/// days and start at most `UNDER_WAY_DAYS` before it ("met yesterday", the
/// 23rd; or another copy of the story told a day earlier), the latest such
/// one. A meeting a few days *after* the report is another occasion.
fn join_report_defaults(clusters: &mut Vec<Cluster>, mentions: &[EventMention]) {
    let default_day = |c: &Cluster| -> Option<NaiveDate> {
        let dated: Vec<&EventMention> = c
            .members
            .iter()
            .map(|&i| &mentions[i])
            .filter(|m| m.dates.is_some())
            .collect();
        if dated.is_empty() || !dated.iter().all(|m| report_default(m)) {
            return None;
        }
        dated.iter().filter_map(|m| m.dates.map(|d| d.start)).min()
    };
    let mut a = 0;
    while a < clusters.len() {
        let Some(day) = default_day(&clusters[a]) else {
            a += 1;
            continue;
        };
        let target = (0..clusters.len())
            .filter(|&b| b != a)
            .filter(|&b| {
                let (x, y) = (&clusters[a], &clusters[b]);
                same_ground(x, y)
                    && y.dates.is_some_and(|d| {
                        d.precision == Precision::Day
                            && d.end <= day
                            && (day - d.start).num_days() <= UNDER_WAY_DAYS
                            && default_day(y).is_none_or(|e| e < day)
                    })
            })
            .max_by_key(|&b| (clusters[b].dates.map(|d| d.end), std::cmp::Reverse(b)));
        match target {
            Some(b) => {
                let from = std::mem::replace(&mut clusters[a], Cluster::empty());
                clusters[b].absorb(from);
                clusters.remove(a);
                a = 0;
            }
            None => a += 1,
        }
    }
}

/// The cluster an undated mention of another report joins, among the
/// fitting ones that are recent news for it: the nearest in time
/// ([`nearest`]). On a tie, an occurred mention ("after meeting Baker")
/// tells of an event at or before its report, so a tied cluster that
/// starts at or before the report wins over those after it; a tie between
/// clusters dated to the same day (one meeting that the stories placed in
/// different cities) goes to the most reported one, then the first: any of
/// them is the event, a new one would be a duplicate. Other ties stay
/// unresolved.
fn nearest_for(candidates: &[usize], clusters: &[Cluster], m: &EventMention) -> Option<usize> {
    let report = m.doc_date;
    if let Some(c) = nearest(candidates, clusters, report) {
        return Some(c);
    }
    let best = candidates
        .iter()
        .filter_map(|&c| distance(&clusters[c], report))
        .min()?;
    let mut tied: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&c| distance(&clusters[c], report) == Some(best))
        .collect();
    if let Some(r) = report.filter(|_| m.status == Status::Occurred) {
        let before: Vec<usize> = tied
            .iter()
            .copied()
            .filter(|&c| clusters[c].dates.is_some_and(|d| d.start <= r))
            .collect();
        if !before.is_empty() {
            tied = before;
        }
    }
    if let [c] = tied.as_slice() {
        return Some(*c);
    }
    let day = tied.first().and_then(|&c| one_day(&clusters[c]))?;
    if !tied.iter().all(|&c| one_day(&clusters[c]) == Some(day)) {
        return None;
    }
    tied.iter()
        .copied()
        .min_by_key(|&c| (std::cmp::Reverse(clusters[c].docs.len()), c))
}

/// Puts a dated mention into the first cluster whose place and dates fit
/// (an undated cluster fits when the mention's dates are news for one of
/// its reports), else a new one.
fn place_dated(clusters: &mut Vec<Cluster>, i: usize, mentions: &[EventMention]) {
    let m = &mentions[i];
    let fits = |c: &Cluster| {
        c.fits(m)
            && (c.dates_ok(m) || same_trip(c, m, mentions))
            && (c.dates.is_some()
                || c.reported.is_empty()
                || c.reported
                    .iter()
                    .any(|r| recent(m.dates, Some(*r), m.event_type)))
    };
    match clusters.iter().position(fits) {
        Some(c) => clusters[c].add(i, m),
        None => clusters.push(Cluster::new(i, m)),
    }
}

/// Whether a visit dated to the day overlaps the dates of one of a
/// cluster's members dated to the day (not a report date under way): a
/// traveller makes one trip at a time, so the windows the stories gave
/// ("Friday", "the four-day visit starting Friday", "today" three days
/// later) are one trip even when the first of them, the cluster's own
/// dates, is a single day. Meetings and calls keep to the cluster's dates:
/// the same pair meets twice in a week.
fn same_trip(c: &Cluster, m: &EventMention, mentions: &[EventMention]) -> bool {
    let day = |d: &Interval| d.precision == Precision::Day;
    let Some(d) = m.dates.filter(day) else {
        return false;
    };
    m.event_type == EventType::Visit
        && c.members.iter().any(|&j| {
            let o = &mentions[j];
            !soft(o)
                && o.dates
                    .filter(day)
                    .is_some_and(|x| x.start <= d.end && d.start <= x.end)
        })
}

/// Puts a report date of a visit under way ([`soft`]) into the cluster one
/// of whose dated members (a day or a month) is at most [`UNDER_WAY_DAYS`]
/// from it, at a compatible place, the nearest such cluster (the first on a
/// tie); else as any dated mention ([`place_dated`]).
fn place_soft(clusters: &mut Vec<Cluster>, i: usize, mentions: &[EventMention]) {
    let m = &mentions[i];
    let Some(point) = m.dates.map(|d| d.start) else {
        return place_dated(clusters, i, mentions);
    };
    let near = |c: &Cluster| -> Option<i64> {
        if !c.fits(m) {
            return None;
        }
        c.members
            .iter()
            .filter_map(|&j| mentions[j].dates)
            .filter(|d| matches!(d.precision, Precision::Day | Precision::Month))
            .map(|d| gap(point, &d))
            .filter(|&g| g <= UNDER_WAY_DAYS)
            .min()
    };
    let best = clusters
        .iter()
        .enumerate()
        .filter_map(|(c, cl)| near(cl).map(|g| (g, c)))
        .min();
    match best {
        Some((_, c)) => clusters[c].add(i, m),
        None => place_dated(clusters, i, mentions),
    }
}

/// Joins a visit into the visit of a larger party it is part of: when the
/// guests of one dated visit are some of the guests of another, at a
/// compatible place, on overlapping dates, and no other such visit exists
/// ("Funaro visits Washington" is part of "Funaro and Gros visit
/// Washington" the same week). A traveller makes one trip at a time, so
/// this holds for visits only; a bilateral meeting on the sidelines of a
/// summit is not the summit, so meetings and calls are left alone.
fn join_companions(clusters: &mut Vec<(EventType, Vec<String>, Cluster)>) {
    // the larger parties first, so a chain joins from the top
    let mut order: Vec<usize> = (0..clusters.len())
        .filter(|&i| clusters[i].0 == EventType::Visit && clusters[i].2.dates.is_some())
        .collect();
    order.sort_by_key(|&i| std::cmp::Reverse(clusters[i].1.len()));
    // the dated visits by guest, so a visit is compared with the visits of
    // its own guests only
    let mut by_guest: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for &i in &order {
        for k in &clusters[i].1 {
            by_guest.entry(k.as_str()).or_default().push(i);
        }
    }
    let mut joins = Joins::default();
    for &a in &order {
        let part = |b: usize| {
            let (ka, kb) = (&clusters[a].1, &clusters[b].1);
            b != a
                && !joins.is_gone(b)
                && clusters[b].0 == EventType::Visit
                && kb.len() > ka.len()
                && ka.iter().all(|k| kb.binary_search(k).is_ok())
                && companions(&clusters[a].2, &clusters[b].2)
        };
        let candidates = clusters[a]
            .1
            .first()
            .and_then(|k| by_guest.get(k.as_str()))
            .map(Vec::as_slice)
            .unwrap_or_default();
        let hosts: Vec<usize> = candidates.iter().copied().filter(|&b| part(b)).collect();
        joins.join_the_one(a, &hosts);
    }
    drop(by_guest);
    for (a, b) in joins.pairs {
        absorb_into(clusters, a, b);
    }
    drop_gone(clusters, &joins.gone);
}

/// "Peru" and Peru's central bank president, each meeting Mancera at one
/// place on one day: a meeting whose state side is told elsewhere as that
/// state's person is one meeting. Two meeting clusters dated to the same
/// single day at compatible places join when their sides are equal once
/// every state is replaced by the persons of that state among both; the
/// state side goes ([`build_event`] keeps the person).
fn join_state_shadows(
    clusters: &mut Vec<(EventType, Vec<String>, Cluster)>,
    mentions: &[EventMention],
) {
    let info = meeting_sides(clusters, mentions);
    let state_of = |k: &str| match info.get(k) {
        Some((ActorKind::State, Some(c))) => Some(c.clone()),
        _ => None,
    };
    let person_country = |k: &str| match info.get(k) {
        Some((ActorKind::Person, Some(c))) => Some(c.clone()),
        _ => None,
    };
    let canon = |keys: &[String], all: &BTreeSet<&String>| -> (BTreeSet<String>, bool) {
        let mut out = BTreeSet::new();
        let mut replaced = false;
        for k in keys {
            let persons: Vec<&String> = match state_of(k) {
                Some(c) => all
                    .iter()
                    .copied()
                    .filter(|p| person_country(p).as_deref() == Some(c.as_str()))
                    .collect(),
                None => vec![],
            };
            if persons.is_empty() {
                out.insert(k.clone());
            } else {
                replaced = true;
                out.extend(persons.into_iter().cloned());
            }
        }
        (out, replaced)
    };
    let mut joins = Joins::default();
    for a in 0..clusters.len() {
        if clusters[a].0 != EventType::Meeting || joins.is_gone(a) {
            continue;
        }
        let Some(day) = one_day(&clusters[a].2) else {
            continue;
        };
        for b in 0..clusters.len() {
            if b == a || joins.is_gone(b) || clusters[b].0 != EventType::Meeting {
                continue;
            }
            if one_day(&clusters[b].2) != Some(day) || !companions(&clusters[a].2, &clusters[b].2) {
                continue;
            }
            let (ka, kb) = (&clusters[a].1, &clusters[b].1);
            if ka == kb {
                continue;
            }
            let all: BTreeSet<&String> = ka.iter().chain(kb.iter()).collect();
            let (ca, ra) = canon(ka, &all);
            let (cb, rb) = canon(kb, &all);
            // the side a state stands for must be a person of the other
            if ca == cb && ca.len() >= 2 && (ra || rb) {
                // the cluster with the fewer states keeps the event
                let states = |ks: &[String]| ks.iter().filter(|k| state_of(k).is_some()).count();
                let (from, into) = if states(ka) > states(kb) {
                    (a, b)
                } else {
                    (b, a)
                };
                joins.join(from, into);
                break;
            }
        }
    }
    for (from, into) in joins.pairs {
        absorb_into(clusters, from, into);
    }
    drop_gone(clusters, &joins.gone);
}

/// "Talks of the IMF and the World Bank" in Lusaka and "Zambia's talks with
/// the IMF and the World Bank" the same day: a meeting whose sides are
/// another meeting's sides and the host, the state whose country the
/// meeting is in, is that meeting (the host takes part, or a report added
/// it). Two meeting clusters on overlapping dates at compatible places in a
/// known country join when one's sides are the other's plus states of that
/// country only, and exactly one such pair exists for the smaller one. The
/// larger side set is kept, but for a host that was a member of a club
/// among the other's sides on the date ("Belgium proposed ... at today's
/// summit meeting of EC leaders" in Brussels): a member is not a side of
/// its club's meeting ([`join_club_members`]). A bilateral on a summit's
/// sidelines differs from the summit by guests, not by the host state
/// alone, so it stays.
fn join_host_states(
    clusters: &mut Vec<(EventType, Vec<String>, Cluster)>,
    mentions: &[EventMention],
    table: &Memberships,
) {
    let states: BTreeMap<String, String> = meeting_sides(clusters, mentions)
        .into_iter()
        .filter_map(|(k, (kind, c))| Some((k, c.filter(|_| kind == ActorKind::State)?)))
        .collect();
    let mut joins = Joins::default();
    for a in 0..clusters.len() {
        if clusters[a].0 != EventType::Meeting || clusters[a].2.dates.is_none() {
            continue;
        }
        let hosts: Vec<usize> = joins
            .open_meetings(clusters, a)
            .filter(|&b| {
                let (ka, kb) = (&clusters[a].1, &clusters[b].1);
                let country = clusters[a]
                    .2
                    .country
                    .as_ref()
                    .or(clusters[b].2.country.as_ref());
                kb.len() > ka.len()
                    && ka.iter().all(|k| kb.binary_search(k).is_ok())
                    && country.is_some_and(|cc| {
                        kb.iter()
                            .filter(|k| ka.binary_search(k).is_err())
                            .all(|k| states.get(k.as_str()) == Some(cc))
                    })
                    && companions(&clusters[a].2, &clusters[b].2)
            })
            .collect();
        joins.join_the_one(a, &hosts);
    }
    for (from, into) in joins.pairs {
        let on = clusters[from].2.dates.map(|d| d.start);
        let (small, large) = (&clusters[from].1, &clusters[into].1);
        let extra: Vec<String> = large
            .iter()
            .filter(|k| small.binary_search(k).is_err())
            .cloned()
            .collect();
        let members = on.is_some_and(|on| {
            extra
                .iter()
                .all(|k| small.iter().any(|club| table.is_member(club, k, on)))
        });
        absorb_into(clusters, from, into);
        if members {
            clusters[into].2.speakers.extend(extra);
        }
    }
    drop_gone(clusters, &joins.gone);
}

/// "Baker met Poehl" and "Stoltenberg, Baker and Poehl met" in Frankfurt
/// on Monday; "Zambia's talks with the IMF" and "with the IMF and the World
/// Bank" in Lusaka that day: a meeting whose sides are another's plus
/// members of its delegations is that meeting. Two dated meeting clusters
/// on overlapping days at compatible places join when the larger one's
/// extra sides are each a person of a country that one of the smaller
/// one's sides is of (a minister beside his president or central
/// banker), or an organisation that is no club beside an organisation of
/// the smaller one (a sister institution at its talks), and exactly one
/// such larger meeting exists. A third country's leader (the trilateral
/// beside the bilateral), a state, or a club (the G-10 beside the IMF)
/// keeps two meetings.
fn join_delegations(
    clusters: &mut Vec<(EventType, Vec<String>, Cluster)>,
    mentions: &[EventMention],
    table: &Memberships,
) {
    let info = meeting_sides(clusters, mentions);
    let country_of = |k: &str| info.get(k).and_then(|(_, c)| c.clone());
    let kind_of = |k: &str| info.get(k).map(|(kind, _)| *kind);
    let is_org = |k: &str| kind_of(k) == Some(ActorKind::Organization) && !table.is_club(k);
    let mut joins = Joins::default();
    for a in 0..clusters.len() {
        let (kind, ka, ca) = &clusters[a];
        let day_dated = |c: &Cluster| c.dates.is_some_and(|d| d.precision == Precision::Day);
        if *kind != EventType::Meeting || ka.len() < 2 || !day_dated(ca) || joins.is_gone(a) {
            continue;
        }
        let countries: BTreeSet<String> = ka.iter().filter_map(|k| country_of(k)).collect();
        let has_org = ka.iter().any(|k| is_org(k));
        let delegate = |k: &String| match kind_of(k) {
            Some(ActorKind::Person) => country_of(k).is_some_and(|c| countries.contains(&c)),
            Some(ActorKind::Organization) => has_org && is_org(k),
            _ => false,
        };
        let into: Vec<usize> = joins
            .open_meetings(clusters, a)
            .filter(|&b| {
                let (_, kb, cb) = &clusters[b];
                kb.len() > ka.len()
                    && ka.iter().all(|k| kb.binary_search(k).is_ok())
                    && kb
                        .iter()
                        .filter(|k| ka.binary_search(k).is_err())
                        .all(delegate)
                    && day_dated(cb)
                    && companions(ca, cb)
            })
            .collect();
        joins.join_the_one(a, &into);
    }
    // in order: a chain (A into B, then B into C) carries A along
    for (from, into) in joins.pairs {
        absorb_into(clusters, from, into);
    }
    drop_gone(clusters, &joins.gone);
}

/// "The G-7 meeting here yesterday" and, in the same story, "throughout the
/// G-7 meeting, Japan pointed to the dangers": an undated meeting told only
/// by stories that also tell a dated meeting whose sides are some of its
/// own, the others all states (a member named as it speaks), at a
/// compatible place, is that meeting, when exactly one such meeting exists.
/// A dated meeting is left alone: a bilateral on a summit's sidelines has
/// its own day.
fn join_story_members(
    clusters: &mut Vec<(EventType, Vec<String>, Cluster)>,
    mentions: &[EventMention],
) {
    let states: BTreeSet<String> = meeting_sides(clusters, mentions)
        .into_iter()
        .filter(|(_, (kind, _))| *kind == ActorKind::State)
        .map(|(k, _)| k)
        .collect();
    let mut joins = Joins::default();
    for a in 0..clusters.len() {
        let (kind, ka, ca) = &clusters[a];
        if *kind != EventType::Meeting || ca.dates.is_some() || ca.docs.is_empty() {
            continue;
        }
        let into: Vec<usize> = joins
            .open_meetings(clusters, a)
            .filter(|&b| {
                let (_, kb, cb) = &clusters[b];
                cb.dates.is_some()
                    && kb.len() < ka.len()
                    && kb.iter().all(|k| ka.binary_search(k).is_ok())
                    && ka
                        .iter()
                        .filter(|k| kb.binary_search(k).is_err())
                        .all(|k| states.contains(k))
                    && ca.docs.is_subset(&cb.docs)
                    && same_ground(ca, cb)
            })
            .collect();
        joins.join_the_one(a, &into);
    }
    absorb_joins(clusters, joins.pairs);
    drop_gone(clusters, &joins.gone);
}

/// "Canada, Italy and the G-7" and "the G-7 meeting" in Washington the same
/// week: a meeting whose sides are one club and states that were members
/// of it on the meeting's date (`data/reference/memberships.tsv`) is the
/// club's meeting, a meeting whose sides are the club and some of those
/// members, when exactly one fits: on overlapping dates at compatible
/// places, or, for an undated one, in the same city and recent news for
/// one of its reports (the nearest in time to its first report when
/// several are). The members are not made sides (they take part in the
/// club). A state that was no member on the date ("Ukraine and NATO",
/// "Spain and the EC" in 1985), a second club that is no member (the G-5
/// beside the G-7; the EC at the G-7 summits is one), or another
/// organization beside the club keeps the meeting apart: a partner meeting the club is another
/// event.
fn join_club_members(
    clusters: &mut Vec<(EventType, Vec<String>, Cluster)>,
    mentions: &[EventMention],
    table: &Memberships,
) {
    let info = meeting_sides(clusters, mentions);
    let states: BTreeSet<String> = info
        .iter()
        .filter(|(_, (kind, _))| *kind == ActorKind::State)
        .map(|(k, _)| k.clone())
        .collect();
    // a leader of a member state ("Reagan and the G-7 summit")
    let person_of = |k: &str, club: &str, on: NaiveDate| match info.get(k) {
        Some((ActorKind::Person, Some(c))) => table.is_member(club, c, on),
        _ => false,
    };
    let mut joins = Joins::default();
    for a in 0..clusters.len() {
        let (kind, ka, ca) = &clusters[a];
        if *kind != EventType::Meeting || joins.is_gone(a) {
            continue;
        }
        let Some(on) = ca
            .dates
            .map(|d| d.start)
            .or_else(|| ca.reported.first().copied())
        else {
            continue;
        };
        // the club's member states all named, a club among them by its own
        // members ("the Group of Five and Canada": 1987's G-6), none else
        let listed = |club: &String| {
            let mut named: BTreeSet<&str> = BTreeSet::new();
            for k in ka.iter().filter(|k| *k != club) {
                if states.contains(k.as_str()) {
                    named.insert(k.as_str());
                } else if table.is_club(k) {
                    named.extend(table.members_on(k, on).filter(|m| is_state_code(m)));
                }
            }
            let all: BTreeSet<&str> = table
                .members_on(club, on)
                .filter(|m| is_state_code(m))
                .collect();
            !all.is_empty() && named == all
        };
        // the club all the other sides were members of (a state, or the EC
        // at the G7 summits; a club of its members when all are named)
        let of_club = |club: &String| {
            ka.len() >= 2
                && ka.iter().filter(|k| *k != club).all(|k| {
                    ((states.contains(k.as_str()) || table.is_club(k))
                        && table.is_member(club, k, on))
                        || person_of(k, club, on)
                        || (sub_club(table, k, club, on) && listed(club))
                })
        };
        let clubs: Vec<&String> = ka
            .iter()
            .filter(|k| table.is_club(k) && of_club(k))
            .collect();
        let [club] = clubs.as_slice() else { continue };
        let fits: Vec<usize> = joins
            .open_meetings(clusters, a)
            .filter(|&b| {
                let (_, kb, cb) = &clusters[b];
                let when = match (ca.dates, cb.dates) {
                    (Some(_), Some(_)) => companions(ca, cb),
                    (None, Some(_)) => {
                        ca.place_id.is_some()
                            && ca.place_id == cb.place_id
                            && compatible(&ca.country, &cb.country)
                            && topics_fit(&ca.topic, &cb.topic)
                            && ca
                                .reported
                                .iter()
                                .any(|r| recent(cb.dates, Some(*r), EventType::Meeting))
                    }
                    _ => false,
                };
                kb.len() < ka.len()
                    && kb.binary_search(club).is_ok()
                    && kb.iter().all(|k| ka.binary_search(k).is_ok())
                    && when
            })
            .collect();
        let into = match fits.as_slice() {
            [b] => Some(*b),
            [] => None,
            _ if ca.dates.is_none() => {
                let first = ca.reported.first().copied();
                let far: Vec<(i64, usize)> = fits
                    .iter()
                    .filter_map(|&b| Some((distance(&clusters[b].2, first)?, b)))
                    .collect();
                let least = far.iter().map(|(d, _)| *d).min();
                let nearest: Vec<usize> = far
                    .iter()
                    .filter(|(d, _)| Some(*d) == least)
                    .map(|(_, b)| *b)
                    .collect();
                match nearest.as_slice() {
                    [b] => Some(*b),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(b) = into {
            joins.join(a, b);
        }
    }
    absorb_joins(clusters, joins.pairs);
    drop_gone(clusters, &joins.gone);
}

/// Whether a member id of `memberships.tsv` is a state (alpha-3), not an
/// organization's actor id (`eec`).
fn is_state_code(m: &str) -> bool {
    m.len() == 3 && m.chars().all(|c| c.is_ascii_uppercase())
}

/// Whether `part` is a club whose member states on `on` are all members of
/// `club` then (the G-5 inside 1987's G-6 and the G-7): "the Group of Five
/// and Canada" at the G-6's meeting are members of it, as Canada is, when
/// the sides name all of the G-6's members ([`join_club_members`]; the G-5
/// beside the G-7 is a second club, not a list of the seven). A
/// member that is no state (the EC at the G-7) is not counted; a club with
/// no member states on the date is no part of any.
fn sub_club(table: &Memberships, part: &str, club: &str, on: NaiveDate) -> bool {
    let states: Vec<&str> = table
        .members_on(part, on)
        .filter(|m| is_state_code(m))
        .collect();
    part != club && !states.is_empty() && states.iter().all(|m| table.is_member(club, m, on))
}

/// The fewest member states whose leaders, met in one place without the
/// club named, make the club's summit ([`join_member_leaders`]): three
/// leaders may be a trilateral on its sidelines.
const SUMMIT_LEADERS: usize = 4;

/// "Reagan will meet the leaders of Britain, France, West Germany, Italy,
/// Canada and Japan at the economic summit, which will take place in Venice
/// June 8-10" beside "the G-7 summit in Venice": a meeting of persons or
/// states only, the leaders of (or the states) at least [`SUMMIT_LEADERS`]
/// states that were all members of one club on its date, is that club's
/// meeting when exactly one meeting of the club alone (else, when there is
/// none, exactly one of the club with members named beside it) is on
/// overlapping dates at a compatible place. The
/// leaders are not made sides (they take part in the club, as
/// [`join_club_members`]' members). A leader of a non-member keeps the
/// meeting apart, as does a second club that fits.
fn join_member_leaders(
    clusters: &mut Vec<(EventType, Vec<String>, Cluster)>,
    mentions: &[EventMention],
    table: &Memberships,
) {
    let info = meeting_sides(clusters, mentions);
    let mut joins = Joins::default();
    for a in 0..clusters.len() {
        let (kind, ka, ca) = &clusters[a];
        if *kind != EventType::Meeting || ca.dates.is_none() {
            continue;
        }
        let Some(on) = ca.dates.map(|d| d.start) else {
            continue;
        };
        let countries: Option<BTreeSet<&String>> = ka
            .iter()
            .map(|k| match info.get(k) {
                Some((ActorKind::Person | ActorKind::State, Some(c))) => Some(c),
                _ => None,
            })
            .collect();
        let Some(countries) = countries else { continue };
        if countries.len() < SUMMIT_LEADERS {
            continue;
        }
        let into: Vec<usize> = joins
            .open_meetings(clusters, a)
            .filter(|&b| {
                let (_, kb, cb) = &clusters[b];
                let clubs: Vec<&String> = kb.iter().filter(|k| table.is_club(k)).collect();
                let [club] = clubs.as_slice() else {
                    return false;
                };
                // the club, and members of it named beside it
                let members = kb.iter().filter(|k| k != club).all(|k| match info.get(k) {
                    Some((ActorKind::Person | ActorKind::State, Some(c))) => {
                        table.is_member(club, c, on)
                    }
                    _ => false,
                });
                members
                    && countries.iter().all(|c| table.is_member(club, c, on))
                    && companions(ca, cb)
            })
            .collect();
        // the club's own meeting first, then one with members named
        let alone: Vec<usize> = into
            .iter()
            .copied()
            .filter(|&b| clusters[b].1.len() == 1)
            .collect();
        let pick = match alone.as_slice() {
            [b] => Some(*b),
            [] => match into.as_slice() {
                [b] => Some(*b),
                _ => None,
            },
            _ => None,
        };
        if let Some(b) = pick {
            joins.join(a, b);
        }
    }
    // the club's summit is the club: the leaders joined, and the members
    // named beside the club, are not its sides (unlike [`absorb_joins`],
    // which keeps the sides `into` named itself)
    for (from, into) in joins.pairs {
        let mut extra: Vec<String> = clusters[from].1.clone();
        extra.extend(
            clusters[into]
                .1
                .iter()
                .filter(|k| !table.is_club(k))
                .cloned(),
        );
        absorb_into(clusters, from, into);
        clusters[into].2.speakers.extend(extra);
    }
    drop_gone(clusters, &joins.gone);
}

/// "Italy refused to join a G-7 meeting in Paris in February" (dated
/// February 22 by another story) beside "the meeting of six major industrial
/// nations in Paris last month": one sitting that the copy names by two
/// clubs, one of whose members are all members of the other on the date
/// (1987's G-6 inside the G-7: the G-7 without Italy). A cluster of one club
/// alone, known only to a month or coarser (no member gives a day), joins
/// the one cluster of the other club alone dated to days inside that window,
/// at the same city (both name it), of a fitting forum; the event is the
/// smaller club's (the larger club's name is the looser one: its absent
/// member did not sit), the larger club a side no more. Two day-dated
/// clusters stay apart (the G-5 and the G-7 meeting in Washington on
/// consecutive days), and so does a month cluster that two such clusters
/// (or a day cluster that two month clusters) would fit.
fn join_nested_clubs(
    clusters: &mut Vec<(EventType, Vec<String>, Cluster)>,
    mentions: &[EventMention],
    table: &Memberships,
) {
    // the one club a cluster is of, alone
    let club_of = |k: &[String]| match k {
        [c] if table.is_club(c) => Some(c.clone()),
        _ => None,
    };
    let states = |club: &str, on: NaiveDate| -> BTreeSet<String> {
        table
            .members_on(club, on)
            .filter(|m| is_state_code(m))
            .map(str::to_string)
            .collect()
    };
    let has_day = |c: &Cluster| {
        c.members.iter().any(|&i| {
            mentions[i]
                .dates
                .is_some_and(|d| d.precision == Precision::Day)
        })
    };
    let mut pairs: Vec<(usize, usize)> = vec![];
    for a in 0..clusters.len() {
        let (kind, ka, ca) = &clusters[a];
        let Some(small_or_large) = club_of(ka) else {
            continue;
        };
        let Some(window) = ca.loose_dates() else {
            continue;
        };
        if *kind != EventType::Meeting
            || ca.place_id.is_none()
            || has_day(ca)
            || window.precision == Precision::Day
        {
            continue;
        }
        let mine = states(&small_or_large, window.start);
        let fits: Vec<usize> = (0..clusters.len())
            .filter(|&b| b != a && clusters[b].0 == EventType::Meeting)
            .filter(|&b| {
                let (_, kb, cb) = &clusters[b];
                let Some(other) = club_of(kb).filter(|o| *o != small_or_large) else {
                    return false;
                };
                if cb.place_id != ca.place_id || !same_ground(ca, cb) {
                    return false;
                }
                // the days the event will carry ([`pick_dates`]), not the
                // first member's month
                let picked = pick_dates(&cb.members, mentions).0;
                let Some(d) = picked.filter(|d| d.precision == Precision::Day) else {
                    return false;
                };
                let theirs = states(&other, d.start);
                let nested = !mine.is_empty()
                    && !theirs.is_empty()
                    && (mine.is_subset(&theirs) || theirs.is_subset(&mine));
                nested && window.start <= d.start && d.end <= window.end
            })
            .collect();
        if let [b] = fits.as_slice() {
            pairs.push((a, *b));
        }
    }
    // a day cluster two month clusters would fit stays apart from both
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    for &(_, b) in &pairs {
        *taken.entry(b).or_default() += 1;
    }
    let mut joins = Joins::default();
    for (a, b) in pairs {
        if taken.get(&b) != Some(&1) {
            continue;
        }
        let (Some(x), Some(y)) = (club_of(&clusters[a].1), club_of(&clusters[b].1)) else {
            continue;
        };
        let on = clusters[a].2.dates.map_or(NaiveDate::MIN, |d| d.start);
        // the smaller club names the event: the larger one is a speaker
        let (small, large) = if states(&x, on).len() <= states(&y, on).len() {
            (a, y)
        } else {
            (b, x)
        };
        let (from, into) = if small == a { (b, a) } else { (a, b) };
        joins.join(from, into);
        absorb_into(clusters, from, into);
        clusters[into].2.speakers.insert(large);
    }
    drop_gone(clusters, &joins.gone);
}

/// Two clusters may be one event by where it sat: their places fit
/// ([`compatible`]) and so do their forums ([`topics_fit`]).
fn same_ground(a: &Cluster, b: &Cluster) -> bool {
    compatible(&a.country, &b.country)
        && compatible(&a.place_id, &b.place_id)
        && topics_fit(&a.topic, &b.topic)
}

/// Two forums of a club's meeting fit when either is unknown, or they are
/// the same, or one is ministers of no named field beside a field's
/// ([`crate::extract::forum::fits`]): the EC farm council and its energy
/// council, the G-7 finance ministers and the G-7 summit, never join.
fn topics_fit(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => crate::extract::forum::fits(x, y),
        _ => true,
    }
}

/// Two places fit when either is unknown or both are the same.
fn compatible(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// The kind and country of every side of the meeting clusters, by
/// participant key (the first mention's reading of each).
fn meeting_sides(
    clusters: &[(EventType, Vec<String>, Cluster)],
    mentions: &[EventMention],
) -> BTreeMap<String, (ActorKind, Option<String>)> {
    let mut info = BTreeMap::new();
    for (kind, _, c) in clusters {
        if *kind != EventType::Meeting {
            continue;
        }
        for &i in &c.members {
            for p in &mentions[i].participants {
                info.entry(participant_key(p))
                    .or_insert((p.kind, p.country.clone()));
            }
        }
    }
    info
}

/// Absorbs each cluster `from` into `into`, in order (a chain, A into B
/// then B into C, carries A along); the sides `from` named that `into`
/// lacks are not the event's ([`Cluster::speakers`]: "Japan" speaking at
/// the G-7 meeting). Shared by [`join_story_members`] and
/// [`join_club_members`].
fn absorb_joins(clusters: &mut [(EventType, Vec<String>, Cluster)], joins: Vec<(usize, usize)>) {
    for (from, into) in joins {
        let extra: Vec<String> = clusters[from]
            .1
            .iter()
            .filter(|k| clusters[into].1.binary_search(k).is_err())
            .cloned()
            .collect();
        absorb_into(clusters, from, into);
        clusters[into].2.speakers.extend(extra);
    }
}

/// Moves cluster `from`'s mentions into cluster `into` (`from` is left
/// empty, to be dropped with [`drop_gone`]).
fn absorb_into(clusters: &mut [(EventType, Vec<String>, Cluster)], from: usize, into: usize) {
    let taken = std::mem::replace(&mut clusters[from].2, Cluster::empty());
    clusters[into].2.absorb(taken);
}

/// The joins one merge rule decides in a pass: which cluster goes into
/// which, in order, and which are gone (joined away), so that no later pair
/// of the pass takes them.
#[derive(Default)]
struct Joins {
    pairs: Vec<(usize, usize)>,
    gone: BTreeSet<usize>,
}

impl Joins {
    fn join(&mut self, from: usize, into: usize) {
        self.pairs.push((from, into));
        self.gone.insert(from);
    }

    /// Joins `from` into the one candidate, when there is exactly one.
    fn join_the_one(&mut self, from: usize, candidates: &[usize]) {
        if let [into] = candidates {
            self.join(from, *into);
        }
    }

    fn is_gone(&self, i: usize) -> bool {
        self.gone.contains(&i)
    }

    /// The meeting clusters that may take cluster `a` in: every other one
    /// of `clusters`, of kind meeting, not yet joined away.
    fn open_meetings<'c>(
        &'c self,
        clusters: &'c [(EventType, Vec<String>, Cluster)],
        a: usize,
    ) -> impl Iterator<Item = usize> + 'c {
        (0..clusters.len())
            .filter(move |&b| b != a && !self.is_gone(b) && clusters[b].0 == EventType::Meeting)
    }
}

/// Drops the clusters at the indices in `gone` (joined into others).
fn drop_gone(clusters: &mut Vec<(EventType, Vec<String>, Cluster)>, gone: &BTreeSet<usize>) {
    let mut i = 0;
    clusters.retain(|_| {
        let keep = !gone.contains(&i);
        i += 1;
        keep
    });
}

/// Two dated clusters on overlapping dates at compatible places; a cluster
/// dated only by the report date of a visit under way is near enough at
/// most [`UNDER_WAY_DAYS`] away.
fn companions(a: &Cluster, b: &Cluster) -> bool {
    let slack = if a.soft_only || b.soft_only {
        UNDER_WAY_DAYS
    } else {
        0
    };
    match (a.loose_dates(), b.loose_dates()) {
        (Some(x), Some(y)) => {
            (x.start - y.end).num_days() <= slack
                && (y.start - x.end).num_days() <= slack
                && same_ground(a, b)
        }
        _ => false,
    }
}

/// Days between a report and a cluster: 0 when the report falls inside
/// the cluster's dates, else the distance to the nearer end; for an undated
/// cluster, to its nearest report.
fn distance(c: &Cluster, report: Option<NaiveDate>) -> Option<i64> {
    let r = report?;
    match c.dates {
        Some(d) if r < d.start => Some((d.start - r).num_days()),
        Some(d) if r > d.end => Some((r - d.end).num_days()),
        Some(_) => Some(0),
        None => c.reported.iter().map(|d| (*d - r).num_days().abs()).min(),
    }
}

/// An undated mention of another report that names a place, beside a
/// dated cluster that names none: only the report's recency ties them, and
/// the place would be the undated report's, of a sitting the dated reports
/// never placed ("an EC energy ministers meeting in Luxembourg" a week
/// after "EC foreign ministers will meet on May 25 and 26"). It may still
/// join a cluster at its place, or one of its own story.
fn placed_beside_placeless(c: &Cluster, m: &EventMention) -> bool {
    m.dates.is_none()
        && m.country_code.is_some()
        && c.dates.is_some()
        && c.place_id.is_none()
        && c.country.is_none()
}

/// An undated mention of a part of a club ("a meeting of the OPEC
/// Differentials Committee", "G-7 officials": topic `committee` or
/// `officials`) beside a cluster of another story whose forum is unknown:
/// a club's meeting told without its forum is its full session ("the next
/// OPEC meeting"), not a committee's, so only recency would tie them.
fn part_beside_whole(c: &Cluster, m: &EventMention) -> bool {
    m.dates.is_none()
        && c.topic.is_none()
        && matches!(m.topic.as_deref(), Some("committee" | "officials"))
}

/// The candidate nearest in time to an undated mention's report, when one
/// is strictly nearer than the others ("the visit" in a report of the 17th
/// is the one that ended on the 10th, not the one of the month before).
fn nearest(candidates: &[usize], clusters: &[Cluster], report: Option<NaiveDate>) -> Option<usize> {
    let mut scored: Vec<(i64, usize)> = candidates
        .iter()
        .filter_map(|&c| distance(&clusters[c], report).map(|d| (d, c)))
        .collect();
    if scored.len() != candidates.len() {
        return None;
    }
    scored.sort_unstable();
    match scored.as_slice() {
        [(_, c)] => Some(*c),
        [(a, c), (b, _), ..] if a < b => Some(*c),
        _ => None,
    }
}

/// How many days an occurred event may have slipped from its announced
/// dates and still be the announced event.
const SLIP_DAYS: i64 = 2;

/// How many days a person's announced visit or meeting may lie from the
/// occurred one of the same sides and still be it (audit round 9,
/// docs/audits/round9-merge.md): the plan's day is often a wrong day of
/// the same trip ("arrived here on Saturday and will have talks with
/// Suharto tomorrow" dated Saturday; "will also be visiting South Korea
/// before returning to London on April 11" dated the 11th), and one person
/// rarely has two announced meetings with the same side, or two trips to
/// the same place, within a week. Only a plan reported at most this many
/// days before the occurred event starts: an announcement of weeks before
/// with another day is another occasion, or a real change. A club's meetings (the EC's councils,
/// OPEC's committees) can be days apart, so they keep [`SLIP_DAYS`].
const PLAN_DAYS: i64 = 7;

/// Whether a mention's rule is a club's summit (its leaders' meeting).
fn club_summit(m: &EventMention) -> bool {
    m.rule.ends_with("summit.club")
}

/// An undated club summit ("the Venice economic summit") is not the
/// club's dated meeting that no summit mention is in (its finance
/// ministers' "G-7 meeting" in Washington): a club's leaders and its
/// ministers meet on different occasions, and a summit's place often is
/// its only identity, so joining the nearest dated meeting moves the
/// ministers' meeting to the summit's city.
fn summit_beside_ministers(c: &Cluster, m: &EventMention, mentions: &[EventMention]) -> bool {
    club_summit(m) && c.dates.is_some() && !c.members.iter().any(|&i| club_summit(&mentions[i]))
}

/// The converse: an undated club meeting ("U.S. SAID TO VIEW G-7 MEETING AS
/// MAJOR SUCCESS") is not a dated summit of that club that its own story
/// names only as a summit ("before the June Economic Summit"; the members
/// of other stories count when its story has none there): the ministers'
/// meeting of the headline is another occasion.
fn ministers_beside_summit(c: &Cluster, m: &EventMention, mentions: &[EventMention]) -> bool {
    if m.dates.is_some() || !m.rule.contains(".club") || m.rule.contains("summit") {
        return false;
    }
    let own: Vec<usize> = c
        .members
        .iter()
        .copied()
        .filter(|&i| mentions[i].doc_id == m.doc_id)
        .collect();
    let told = if own.is_empty() { &c.members } else { &own };
    c.dates.is_some() && told.iter().all(|&i| club_summit(&mentions[i]))
}

/// How many days from its report a club's sitting told at the dateline
/// may lie and still be the story's own: the week the story is about.
const STORY_WEEK_DAYS: i64 = 7;

/// Whether a mention is told at its story's dateline: placed by "here",
/// the dateline or the city the lead names for the story's talks.
fn told_here(m: &EventMention) -> bool {
    ["+here", "+dateline", "+lead_city"]
        .iter()
        .any(|s| m.rule.contains(s))
}

/// Whether an undated club meeting lies outside the story's week of a
/// dated cluster, more than [`STORY_WEEK_DAYS`] from its report (round 16;
/// one predicate since round 17). A club's council sits again and again
/// at one city, and a club meets again, so the sitting a story tells
/// without a date is the one of its own week:
///
/// - told at its dateline ("EC FARM MINISTERS END PRICES MEETING", "EC
///   environment ministers meeting here agreed"), in either direction: the
///   council of another week (the farm ministers' March session for an
///   April story, the May 21 sitting the story announces) is another
///   occasion (recall56's wrong joins). Of its own story too: "meet next
///   on May 21" is not the sitting "here";
/// - a plan ("expects OPEC to meet before June"), beside another story's
///   cluster that ended before the week of the plan's report: the plan
///   told after a sitting is the next one.
fn outside_story_week(c: &Cluster, m: &EventMention) -> bool {
    if m.dates.is_some() || !m.rule.contains(".club") {
        return false;
    }
    let (Some(d), Some(r)) = (c.dates, m.doc_date) else {
        return false;
    };
    let far = distance(c, Some(r)).is_some_and(|g| g > STORY_WEEK_DAYS);
    let planned = matches!(m.status, Status::Planned | Status::Proposed);
    far && (told_here(m) || (planned && !c.docs.contains(&m.doc_id) && r > d.end))
}

/// Whether a cluster's sides (a visit's guests) include a person.
fn names_person(c: &Cluster, mentions: &[EventMention]) -> bool {
    c.members.iter().any(|&i| {
        let m = &mentions[i];
        m.participants.iter().any(|p| {
            p.kind == ActorKind::Person
                && (m.event_type != EventType::Visit || p.role == Role::Guest)
        })
    })
}

/// Whether every counted mention of a cluster announces the event
/// (planned or proposed), and the announcements' latest report.
fn announced_only(c: &Cluster, mentions: &[EventMention]) -> Option<NaiveDate> {
    let counted: Vec<&EventMention> = if c.members.iter().any(|&i| !mentions[i].derived) {
        c.members
            .iter()
            .map(|&i| &mentions[i])
            .filter(|m| !m.derived)
            .collect()
    } else {
        c.members.iter().map(|&i| &mentions[i]).collect()
    };
    let all = counted
        .iter()
        .all(|m| matches!(m.status, Status::Planned | Status::Proposed));
    if all {
        c.reported.iter().max().copied()
    } else {
        None
    }
}

/// Whether `plan` is the announcement of `done` with dates that slipped:
/// announced (and reported) before `done` started, `done` reported as having
/// occurred, the two intervals at most [`SLIP_DAYS`] apart ([`PLAN_DAYS`]
/// when a person is a side), places
/// compatible. A call is not announced, and two occurred events a few days
/// apart are two events, so both are left alone.
fn slipped(plan: &Cluster, done: &Cluster, kind: EventType, mentions: &[EventMention]) -> bool {
    if kind == EventType::Call {
        return false;
    }
    let (Some(p), Some(d)) = (plan.dates, done.dates) else {
        return false;
    };
    let gap = (d.start - p.end)
        .num_days()
        .max((p.start - d.end).num_days());
    let Some(announced) = announced_only(plan, mentions) else {
        return false;
    };
    // a person's plan told in the week before the event (the trip under
    // way or about to start) may be dated by a wrong day of it
    let near = (d.start - announced).num_days() <= PLAN_DAYS;
    let person = near && names_person(plan, mentions);
    let most = if person { PLAN_DAYS } else { SLIP_DAYS };
    // a person's plan may be told while the trip is under way ("arrived
    // here on Saturday and will have talks with Suharto tomorrow")
    let told_by = if person { d.end } else { d.start };
    if !(1..=most).contains(&gap) {
        return false;
    }
    let occurred = done
        .members
        .iter()
        .any(|&i| mentions[i].status == Status::Occurred && !mentions[i].derived);
    occurred && announced <= told_by && same_ground(plan, done)
}

/// Joins announced clusters into the occurred cluster their dates slipped
/// to, when exactly one fits.
fn join_slipped(clusters: &mut Vec<Cluster>, mentions: &[EventMention]) {
    let mut p = 0;
    while p < clusters.len() {
        let Some(&first) = clusters[p].members.first() else {
            p += 1;
            continue;
        };
        let kind = mentions[first].event_type;
        let fits: Vec<usize> = (0..clusters.len())
            .filter(|&d| d != p && slipped(&clusters[p], &clusters[d], kind, mentions))
            .collect();
        if let [d] = fits.as_slice() {
            let plan = clusters.remove(p);
            let d = if *d > p { d - 1 } else { *d };
            clusters[d].absorb(plan);
            // the clusters moved: look at this index again
            continue;
        }
        p += 1;
    }
}

/// Whether an event dated `dates` is news for a report of `doc_date`: it
/// ends at most 60 days before the report (a call, a point in time, at most
/// a week) and starts at most a year after.
fn recent(dates: Option<Interval>, doc_date: Option<NaiveDate>, kind: EventType) -> bool {
    let window = if kind == EventType::Call { 7 } else { 60 };
    match (dates, doc_date) {
        (Some(d), Some(r)) => (r - d.end).num_days() <= window && (d.start - r).num_days() <= 366,
        _ => false,
    }
}

/// An undated cluster reported within a week of an undated mention's report
/// (two wire stories of one event, neither with a date of its own).
fn same_week(c: &Cluster, doc_date: Option<NaiveDate>) -> bool {
    match (c.dates, doc_date) {
        (None, Some(r)) => c.reported.iter().any(|d| (*d - r).num_days().abs() <= 7),
        _ => false,
    }
}

/// The longest calendar range (in days) that a visit's single day inside
/// it yields to: a two- or three-day stay ("in Washington October 25-26");
/// a longer range is often a trip over several cities ("the Republic of
/// Korea and Japan from May 20-24"), of which the day is one city's.
const VISIT_RANGE_DAYS: i64 = 3;

/// The stated length a mention's window was counted from, as the
/// extractor writes it after the day ("yesterday (four-day)", "today
/// (three-day)", "Sunday (a week long)"): a number or "a" and a day or a
/// week, never "(report date)" or "(same day)".
static LENGTH_TEXT: LazyLock<Re> = regex!(
    r"(?i)\((?:an?\s+|\d+[- ]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)[- ])?(?:days?|week)(?:[- ]long)?\)\s*$"
);

/// A mention dated by a stated length of its own event ("at the end of a
/// four-day visit", "the three-day meeting"): not a meeting that took
/// the window of the visit around it (`+visit_context`).
fn length_window(m: &EventMention) -> bool {
    m.date_text
        .as_deref()
        .is_some_and(|t| LENGTH_TEXT.is_match(t))
        && !m.rule.contains("visit_context")
        && !m.derived
}

/// Picks the dates: most precise, then latest report, then narrowest.
fn pick_dates(members: &[usize], mentions: &[EventMention]) -> (Option<Interval>, Vec<DateClaim>) {
    let mut claims: Vec<DateClaim> = vec![];
    for &i in members {
        let Some(d) = mentions[i].dates else { continue };
        match claims.iter_mut().find(|c| c.interval == d) {
            Some(c) => c.mentions.push(i),
            None => claims.push(DateClaim {
                interval: d,
                mentions: vec![i],
            }),
        }
    }
    let latest = |c: &DateClaim| report_days(c, mentions).max();
    let earliest = |c: &DateClaim| report_days(c, mentions).min();
    let calendar = |c: &DateClaim| {
        c.mentions.iter().any(|&i| {
            mentions[i]
                .date_text
                .as_deref()
                .is_some_and(|t| t.chars().any(|ch| ch.is_ascii_digit()))
        })
    };
    // a plan dated before its own report ("to be followed from Tuesday"
    // read as a day already past) is a wrong day
    let past_plan = |c: &DateClaim| {
        c.mentions.iter().all(|&i| {
            let m = &mentions[i];
            matches!(m.status, Status::Planned | Status::Proposed)
                && m.doc_date.is_some_and(|r| c.interval.end < r)
        })
    };
    // a report date of a visit under way loses to any other value
    let precise = |c: &DateClaim| c.mentions.iter().any(|&i| !soft(&mentions[i]));
    let any_precise = claims.iter().any(precise);
    // a week counted from a report ("next week's summit", "last week")
    // yields to the days a mention states inside it ("begin on June 8",
    // "met yesterday"), whatever the reports' order (audit round 10); not
    // for a visit, whose week may hold the trip's days better than one
    // day of it ("in Moscow this week" and "arrived on Monday")
    // (a week told as past yields to days told as past: "meeting today
    // and tomorrow" and "last week's accord", not a plan of the next day)
    let occurred = |c: &DateClaim| {
        c.mentions
            .iter()
            .any(|&i| mentions[i].status == Status::Occurred)
    };
    // a plan's calendar day ("begin in Venice on June 8") told before the
    // week that is later told as past ("last week at the Venice summit"):
    // the week held that day, and the plan says which
    let told_ahead = |c: &DateClaim, w: &DateClaim| {
        calendar(c) && latest(c).is_some_and(|r| r < w.interval.start)
    };
    // a plan's calendar days first told before the week began, however
    // often they are repeated in it ("April 29", then "next Wednesday")
    let first_told_ahead = |c: &DateClaim, w: &DateClaim| {
        calendar(c) && earliest(c).is_some_and(|r| r < w.interval.start)
    };
    let inside = |w: &DateClaim, c: &DateClaim| {
        c.interval.precision == Precision::Day
            && w.interval.start <= c.interval.start
            && c.interval.end <= w.interval.end
            && c.interval != w.interval
    };
    // A visit's week yields only to a calendar day or range told before
    // the week began ("to visit Moscow April 13-16", then "due to fly to
    // Moscow next week"; "his visit starting on April 29", then "talks
    // here this week"): the plan says which days of the week (round 13)
    let visit_week = |w: &DateClaim| {
        w.mentions
            .iter()
            .all(|&i| mentions[i].event_type == EventType::Visit)
    };
    let stated_inside = |w: &DateClaim| {
        week_window(w, mentions)
            && claims.iter().any(|c| {
                inside(w, c)
                    && !week_window(c, mentions)
                    && precise(c)
                    && !past_plan(c)
                    && if visit_week(w) {
                        first_told_ahead(c, w)
                    } else {
                        occurred(c) || !occurred(w) || told_ahead(c, w)
                    }
            })
    };
    // and a plan inside a past week that yielded loses with it, but a
    // calendar day told before the week began
    let plan_in_past_week = |c: &DateClaim| {
        !occurred(c)
            && claims
                .iter()
                .any(|w| occurred(w) && inside(w, c) && stated_inside(w) && !told_ahead(c, w))
    };
    // "June 8" beside "June 8-10": a single day that starts a calendar
    // range stated for the event is its first day, not the event; the
    // range, when one. A visit's day anywhere in the range is a day of
    // the trip ("the White House on October 26" beside "in Washington
    // October 25-26"); a meeting's later day may be a session of its own.
    let visit = members
        .iter()
        .all(|&i| mentions[i].event_type == EventType::Visit);
    let range_from = |day: Interval| {
        claims
            .iter()
            .filter(|r| {
                day.precision == Precision::Day
                    && day.start == day.end
                    && r.interval.precision == Precision::Day
                    && (r.interval.start == day.start
                        || visit
                            && r.interval.start < day.start
                            && day.end <= r.interval.end
                            && (r.interval.end - r.interval.start).num_days() < VISIT_RANGE_DAYS)
                    && r.interval.end > r.interval.start
                    && calendar(r)
                    && !week_window(r, mentions)
                    && precise(r)
                    && !past_plan(r)
            })
            .map(|r| r.interval)
            .min_by_key(|r| r.end)
            .unwrap_or(day)
    };
    // "left Tokyo yesterday" beside "at the end of a four-day visit": a
    // single day inside the window a stated length of the same event gives
    // is a day of it; the window, when exactly one such window holds the
    // day (two disagreeing lengths keep the day) (round 15); a visit's too
    // ("arrived in Moscow on Monday for a three-day state visit" beside
    // "met on Tuesday": the stay, not its second day)
    let length_from = |day: Interval| {
        if day.precision != Precision::Day || day.start != day.end {
            return day;
        }
        let mut held = claims
            .iter()
            .filter(|r| {
                r.interval.precision == Precision::Day
                    && r.interval.start <= day.start
                    && day.end <= r.interval.end
                    && r.interval.end > r.interval.start
                    && r.mentions.iter().any(|&i| length_window(&mentions[i]))
                    && precise(r)
                    && !past_plan(r)
            })
            .map(|r| r.interval);
        match (held.next(), held.next()) {
            (Some(w), None) => w,
            _ => day,
        }
    };
    // a meeting's report day given for want of a date yields to a day
    // stated for it up to `UNDER_WAY_DAYS` before ("met yesterday")
    // (round 13) and to a few days stated to hold it ("meeting today and
    // tomorrow" beside the headline's "opens talks")
    let by_default = |r: &DateClaim| {
        r.mentions.iter().all(|&i| report_default(&mentions[i]))
            && claims.iter().any(|c| {
                c.interval.precision == Precision::Day
                    && (c.interval.end <= r.interval.start
                        || c.interval.start <= r.interval.start
                            && r.interval.end <= c.interval.end
                            && (c.interval.end - c.interval.start).num_days() < UNDER_WAY_DAYS)
                    && (r.interval.start - c.interval.start).num_days() <= UNDER_WAY_DAYS
                    && c.interval != r.interval
                    && precise(c)
            })
    };
    let best = claims
        .iter()
        .filter(|c| !any_precise || precise(c))
        .filter(|c| !stated_inside(c) && !plan_in_past_week(c))
        .filter(|c| !by_default(c))
        .min_by(|a, b| {
            a.interval
                .precision
                .cmp(&b.interval.precision)
                .then_with(|| latest(b).cmp(&latest(a)))
                // of the same day's reports, a plan for a day already
                // past loses ("here on a two-day visit" over "to be
                // followed from Tuesday by ..." read as last Tuesday)
                .then_with(|| past_plan(a).cmp(&past_plan(b)))
                .then_with(|| {
                    let la = (a.interval.end - a.interval.start).num_days();
                    let lb = (b.interval.end - b.interval.start).num_days();
                    la.cmp(&lb)
                })
                // "was to have left April 30 and returned May 6" over "this
                // week": a calendar date over a span counted from the report
                .then_with(|| calendar(b).cmp(&calendar(a)))
                .then_with(|| a.interval.start.cmp(&b.interval.start))
        })
        .map(|c| range_from(c.interval))
        .map(length_from);
    claims.sort_by_key(|c| (c.interval.start, c.interval.end, c.interval.precision));
    for c in &mut claims {
        c.mentions.sort_unstable();
    }
    if claims.len() < 2 {
        claims.clear();
    }
    (best, claims)
}

/// The report days of the mentions behind a date claim.
fn report_days<'a>(
    c: &'a DateClaim,
    mentions: &'a [EventMention],
) -> impl Iterator<Item = NaiveDate> + 'a {
    c.mentions.iter().filter_map(|&i| mentions[i].doc_date)
}

/// A claim that is a week or more counted from its reports ("this week",
/// "next week", "last week": day precision, at least five days, no digit
/// in any mention's date text), a window that holds the event rather than
/// its days.
fn week_window(c: &DateClaim, mentions: &[EventMention]) -> bool {
    c.interval.precision == Precision::Day
        && (c.interval.end - c.interval.start).num_days() >= 4
        && c.mentions.iter().all(|&i| {
            mentions[i]
                .date_text
                .as_deref()
                .is_some_and(|t| !t.chars().any(|ch| ch.is_ascii_digit()))
        })
}

/// The longest window, in days, that the day claims of one visit are
/// spanned over ([`trip_span`]); a trip rarely lasts longer than two weeks.
const SPAN_DAYS: i64 = 14;

/// The window of a visit spanned over the single days its mentions say
/// it was under way: the hull of `picked` and the one-day windows of the
/// mentions told as occurred (not a report date of a visit under way, not
/// a plan: "before returning to London on April 11" may be a wrong day;
/// not a wider window: "this week" would blur the precise day), when no
/// two day windows of the event overlap without one holding the other
/// ("the four-day visit from Friday" and "from Saturday" disagree:
/// `picked` stays) and the hull is at most [`SPAN_DAYS`] days long.
fn trip_span(picked: Interval, ms: &[&EventMention]) -> Interval {
    let stated: Vec<(Interval, Status)> = ms
        .iter()
        .filter(|m| !soft(m))
        .filter_map(|m| Some((m.dates?, m.status)))
        .filter(|(x, _)| x.precision == Precision::Day)
        .collect();
    let holds = |x: &Interval, y: &Interval| x.start <= y.start && y.end <= x.end;
    let overlap = |x: &Interval, y: &Interval| x.start <= y.end && y.start <= x.end;
    let disputed = stated.iter().any(|(x, _)| {
        stated
            .iter()
            .any(|(y, _)| overlap(x, y) && !holds(x, y) && !holds(y, x))
    });
    let days: Vec<Interval> = stated
        .iter()
        .filter(|(x, s)| *s == Status::Occurred && x.start == x.end)
        .map(|(x, _)| *x)
        .chain(std::iter::once(picked))
        .collect();
    let (Some(start), Some(end)) = (
        days.iter().map(|x| x.start).min(),
        days.iter().map(|x| x.end).max(),
    ) else {
        return picked;
    };
    if disputed || (end - start).num_days() + 1 > SPAN_DAYS {
        return picked;
    }
    Interval {
        start,
        end,
        precision: Precision::Day,
    }
}

/// How many days after a stay's one known day the story may still tell
/// its end: the next leg of a tour, or a meeting its guest held in the
/// same city ([`stay_ends`]). A state visit rarely outlasts five days;
/// a later trip of the same story is another journey.
const LEG_DAYS: i64 = 5;

/// A stay runs from arrival to departure, and a tour's legs end where
/// the next begins. A visit known to one day only (the arrival: "arrived
/// in Washington on Wednesday") ends on the day the same story sends its
/// guests on to another place ("he leaves for Cairo on Saturday", "before
/// flying to Beijing that evening": the next leg's first day, at most
/// [`LEG_DAYS`] later), and lasts at least through the later days on
/// which the story has its guests meet at the same city ("talks at the
/// summit in Jeddah on Saturday"), up to that next leg. Only what one
/// story tells: the stay's day and the later day stated in the same
/// document (Paris told on the 3rd by one wire, Rome on the 4th by
/// another, is no end of the Paris stay); a visit dated as a range
/// already has its end, and a derived visit (the trip behind a meeting
/// abroad) is not a stay anyone told. A guest the story sends away the
/// same day ("was due to leave the same evening for Samarkand": a mention
/// ruled `+left_same_day`) stays that day only, whatever day the next leg
/// is told by (round 18).
fn stay_ends(events: &mut [Event], mentions: &[EventMention]) {
    let guests = |ev: &Event| -> Vec<String> {
        let mut keys: Vec<String> = ev
            .participants
            .iter()
            .filter(|p| p.role == Role::Guest)
            .map(participant_key)
            .collect();
        keys.sort();
        keys
    };
    // the stories that tell the stay's day (a meeting abroad's derived
    // visit tells it too): its end must be told in one of them
    let told = |ev: &Event, day: NaiveDate| -> BTreeSet<&str> {
        ev.mentions
            .iter()
            .map(|&i| &mentions[i])
            .filter(|m| {
                m.dates
                    .is_some_and(|d| d.precision == Precision::Day && d.start == day)
            })
            .map(|m| m.doc_id.as_str())
            .collect()
    };
    // the event's first day stated as a day in one of `docs`
    let day_told_in = |ev: &Event, docs: &BTreeSet<&str>, day: NaiveDate| {
        ev.mentions.iter().map(|&i| &mentions[i]).any(|m| {
            !m.derived
                && docs.contains(m.doc_id.as_str())
                && m.dates
                    .is_some_and(|d| d.precision == Precision::Day && d.start == day)
        })
    };
    let live = |s: Status| matches!(s, Status::Occurred | Status::Planned);
    let mut ends: Vec<(usize, NaiveDate)> = vec![];
    for (v, ev) in events.iter().enumerate() {
        let Some(d) = ev.dates else { continue };
        if ev.event_type != EventType::Visit
            || ev.derived
            || !live(ev.status)
            || d.precision != Precision::Day
            || d.start != d.end
        {
            continue;
        }
        let who = guests(ev);
        let docs = told(ev, d.start);
        if who.is_empty() || docs.is_empty() {
            continue;
        }
        // a guest the story sent away the same day ("was due to leave the
        // same evening": `+left_same_day`): the stay is that day
        if ev
            .mentions
            .iter()
            .any(|&i| mentions[i].rule.contains("+left_same_day"))
        {
            continue;
        }
        let elsewhere = |w: &Event| match (&ev.place_id, &w.place_id) {
            (Some(a), Some(b)) => a != b,
            _ => {
                ev.country_code.is_some()
                    && w.country_code.is_some()
                    && ev.country_code != w.country_code
            }
        };
        let within = |day: NaiveDate| day > d.start && (day - d.start).num_days() <= LEG_DAYS;
        // the next leg: the nearest visit of the same guests elsewhere from
        // that day on (one the same day ends the stay that day: "Paris on
        // the 3rd, Bonn that evening")
        let next_leg = events
            .iter()
            .filter(|w| {
                w.event_type == EventType::Visit && !w.derived && live(w.status) && guests(w) == who
            })
            .filter_map(|w| {
                let x = w.dates.filter(|x| x.precision == Precision::Day)?;
                (x.start >= d.start
                    && (x.start - d.start).num_days() <= LEG_DAYS
                    && elsewhere(w)
                    && day_told_in(w, &docs, x.start))
                .then_some(x.start)
            })
            .min();
        // the later days its guests meet at the same city, before the next leg
        let met = events
            .iter()
            .filter(|m| {
                m.event_type == EventType::Meeting
                    && !m.derived
                    && live(m.status)
                    && ev.place_id.is_some()
                    && m.place_id == ev.place_id
            })
            .filter(|m| {
                let sides: BTreeSet<String> = m.participants.iter().map(participant_key).collect();
                who.iter().all(|k| sides.contains(k))
            })
            .filter_map(|m| {
                let x = m
                    .dates
                    .filter(|x| x.precision == Precision::Day && x.start == x.end)?;
                (within(x.start)
                    && next_leg.is_none_or(|n| x.start <= n)
                    && day_told_in(m, &docs, x.start))
                .then_some(x.start)
            })
            .max();
        if let Some(end) = next_leg.or(met).filter(|&e| within(e)) {
            ends.push((v, end));
        }
    }
    for (v, end) in ends {
        if let Some(d) = events[v].dates.as_mut() {
            d.end = d.end.max(end);
        }
    }
}

/// An undated mention told by a noun ("the visit", "the talks") with no
/// status of its own beyond the default: the past tense of its clause.
fn bare_noun(m: &EventMention) -> bool {
    m.dates.is_none()
        && !m.derived
        && m.status == Status::Occurred
        && (m.rule.starts_with("visit.noun") || m.rule.starts_with("meeting.noun"))
}

fn status_rank(s: Status) -> u8 {
    match s {
        Status::Occurred => 3,
        Status::Cancelled => 2,
        Status::Planned => 1,
        Status::Proposed => 0,
    }
}

fn build_event(
    mut members: Vec<usize>,
    speakers: &BTreeSet<String>,
    mentions: &[EventMention],
) -> Event {
    members.sort_unstable();
    let ms: Vec<&EventMention> = members.iter().map(|&i| &mentions[i]).collect();
    let first = ms[0];

    // participants: union, guests before hosts before participants
    let mut participants: Vec<Participant> = vec![];
    for m in &ms {
        for p in &m.participants {
            let k = participant_key(p);
            match participants.iter_mut().find(|q| participant_key(q) == k) {
                Some(q) => {
                    if p.role < q.role {
                        q.role = p.role;
                    }
                    if q.office.is_none() {
                        q.office = p.office.clone();
                    }
                    if q.country.is_none() {
                        q.country = p.country.clone();
                    }
                }
                None => participants.push(p.clone()),
            }
        }
    }
    // a state side that another report names as that state's person
    // ([`join_state_shadows`]) is that person
    if first.event_type == EventType::Meeting {
        let shadowed = |q: &Participant| {
            q.kind == ActorKind::State
                && q.country.is_some()
                && ms.iter().any(|m| {
                    !m.participants
                        .iter()
                        .any(|p| participant_key(p) == participant_key(q))
                        && m.participants
                            .iter()
                            .any(|p| p.kind == ActorKind::Person && p.country == q.country)
                })
        };
        participants.retain(|q| !shadowed(q));
        // a member named as it speaks at the meeting ([`join_story_members`])
        participants.retain(|q| !speakers.contains(&participant_key(q)));
    }
    participants.sort_by_key(|p| (p.role, participant_key(p)));

    // place: a city over a country; most reported, then latest report
    let mut cities: BTreeMap<&str, (usize, Option<NaiveDate>, Option<&str>)> = BTreeMap::new();
    for m in &ms {
        if let Some(p) = &m.place_id {
            let e = cities.entry(p.as_str()).or_insert((0, None, None));
            e.0 += 1;
            e.1 = e.1.max(m.doc_date);
            if e.2.is_none() {
                e.2 = m.country_code.as_deref();
            }
        }
    }
    let city = cities
        .iter()
        .max_by(|a, b| {
            (a.1 .0, a.1 .1)
                .cmp(&(b.1 .0, b.1 .1))
                .then_with(|| b.0.cmp(a.0))
        })
        .map(|(id, v)| (id.to_string(), v.2.map(str::to_string)));
    let (place_id, country_code) = match city {
        Some((id, c)) => (
            Some(id),
            c.or_else(|| ms.iter().find_map(|m| m.country_code.clone())),
        ),
        None => {
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for m in &ms {
                if let Some(c) = &m.country_code {
                    *counts.entry(c.as_str()).or_default() += 1;
                }
            }
            let c = counts
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(c, _)| c.to_string());
            (None, c)
        }
    };

    let (mut dates, date_claims) = pick_dates(&members, mentions);
    // a report that the visit is under way on day D says it began by D: the
    // announced dates stay for the rest, the start moves back to D
    let under_way_by = ms
        .iter()
        .filter(|m| m.event_type == EventType::Visit && !m.derived)
        .filter(|m| m.status == Status::Occurred && soft(m))
        .filter_map(|m| m.doc_date)
        .min();
    if let (Some(d), Some(by)) = (dates.as_mut(), under_way_by) {
        if d.precision == Precision::Day && by < d.start {
            d.start = by;
        }
    }
    // a visit's day windows that touch ("flew to Tokyo yesterday", the
    // 16th; "Lyng's visit here", the 17th: [`join_next_day_visits`]) are
    // one trip: the window grows over the stated days next to it that no
    // other stated window overlaps
    if first.event_type == EventType::Visit {
        if let Some(d) = dates.as_mut().filter(|d| d.precision == Precision::Day) {
            let days: Vec<Interval> = ms
                .iter()
                .filter(|m| !m.derived && !soft(m))
                .filter_map(|m| m.dates)
                .filter(|x| x.precision == Precision::Day)
                .collect();
            // a window that another stated window overlaps together with
            // the chosen one is a disagreement on the same days ("arrives
            // Friday", "the four-day visit from Saturday", "the four-day
            // visit from Friday"), not another part of the trip
            let overlap = |x: &Interval, y: &Interval| x.start <= y.end && y.start <= x.end;
            let disputed = |x: &Interval, d: &Interval| {
                days.iter()
                    .any(|y| y != x && y != d && overlap(x, y) && overlap(y, d))
            };
            let mut grown = true;
            while grown {
                grown = false;
                for x in &days {
                    if disputed(x, d) {
                        continue;
                    }
                    if (x.start - d.end).num_days() == 1 {
                        d.end = x.end;
                        grown = true;
                    } else if (d.start - x.end).num_days() == 1 {
                        d.start = x.start;
                        grown = true;
                    }
                }
            }
        }
    }

    // the days of one trip that its mentions name ("arrived in Hiroshima",
    // the 18th; "the G7 summit, May 19-21"; "met Kishida on the 21st") are
    // one window: the hull of the picked window and the single days told
    // as occurred, when no two day windows disagree on the same days
    // (overlap without one holding the other) and the hull is at most
    // [`SPAN_DAYS`] long ([`trip_span`]); the claims stay as conflicts
    if first.event_type == EventType::Visit {
        if let Some(d) = dates.as_mut().filter(|d| d.precision == Precision::Day) {
            *d = trip_span(*d, &ms);
        }
    }

    // status: the latest report decides. Derived mentions (the trip behind
    // a meeting abroad) count only from reports later than every stated one:
    // a readout of the meeting outdates the announcement of the visit.
    let stated_latest = ms.iter().filter(|m| !m.derived).map(|m| m.doc_date).max();
    let counted: Vec<&&EventMention> = match stated_latest {
        Some(last) => ms
            .iter()
            .filter(|m| !m.derived || m.doc_date > last)
            .collect(),
        None => ms.iter().collect(),
    };
    // a plan reported after the event ended, when another report says it
    // occurred, is about another occasion ("the two leaders discussed a
    // possible meeting"): it does not turn the event back into a plan
    let occurred = counted.iter().any(|m| m.status == Status::Occurred);
    let stale = |m: &EventMention| {
        occurred
            && matches!(m.status, Status::Planned | Status::Proposed)
            && matches!((dates, m.doc_date), (Some(d), Some(r)) if r > d.end)
    };
    let counted: Vec<&&EventMention> = counted.into_iter().filter(|m| !stale(m)).collect();
    let latest = counted.iter().map(|m| m.doc_date).max().flatten();
    // "the visit this week by Nakasone ... the visit is likely to be
    // considered a failure": an undated noun of the report ("the visit",
    // "the talks") has only the default status; a dated mention of the same
    // report is the statement of when, so it says whether it has happened
    let dated_in_latest = counted
        .iter()
        .any(|m| m.doc_date == latest && m.dates.is_some());
    let counted: Vec<&&EventMention> = counted
        .into_iter()
        .filter(|m| !(dated_in_latest && m.doc_date == latest && bare_noun(m)))
        .collect();
    // an event that starts after its latest report has not occurred: the
    // report's other statuses decide ("will travel ... March 23-24" and an
    // undated "during the visit" of the same announcement)
    let future = matches!((dates, latest), (Some(d), Some(r)) if d.start > r);
    let status = counted
        .iter()
        .filter(|m| m.doc_date == latest)
        .map(|m| m.status)
        .filter(|s| !(future && *s == Status::Occurred))
        .max_by_key(|s| status_rank(*s))
        .unwrap_or(if future {
            Status::Planned
        } else {
            first.status
        });
    // a visit reported under way has begun: no later plan undoes that
    let status = match status {
        Status::Planned | Status::Proposed if under_way_by.is_some() => Status::Occurred,
        s => s,
    };

    let docs: BTreeSet<&str> = ms.iter().map(|m| m.doc_id.as_str()).collect();
    let best = ms.iter().map(|m| m.confidence).fold(0.0_f64, f64::max);
    let confidence = (best + 0.05 * (docs.len().saturating_sub(1)) as f64).min(0.99);

    Event {
        event_id: String::new(),
        event_type: first.event_type,
        status,
        participants,
        place_id,
        country_code,
        dates,
        date_claims,
        mentions: members.clone(),
        confidence,
        derived: ms.iter().all(|m| m.derived),
    }
}

/// The identity string of an event: type, sorted participant keys, place,
/// start at its precision.
fn identity(ev: &Event) -> String {
    let mut keys: Vec<String> = ev
        .participants
        .iter()
        .filter(|p| ev.event_type != EventType::Visit || p.role == Role::Guest)
        .map(participant_key)
        .collect();
    keys.sort();
    keys.dedup();
    let place = ev
        .place_id
        .clone()
        .or_else(|| ev.country_code.clone())
        .unwrap_or_else(|| "-".to_string());
    let start = match ev.dates {
        Some(d) => match d.precision {
            Precision::Day => d.start.format("%Y-%m-%d").to_string(),
            Precision::Month | Precision::Season => d.start.format("%Y-%m").to_string(),
            Precision::Year => d.start.format("%Y").to_string(),
            Precision::Decade | Precision::Unknown => "-".to_string(),
        },
        None => "-".to_string(),
    };
    format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}",
        ev.event_type.as_str(),
        keys.join("\u{1e}"),
        place,
        start
    )
}

fn hash_id(key: &str) -> String {
    format!("ev-{}", &blake3::hash(key.as_bytes()).to_hex()[..16])
}

/// Gives every event its id; collisions are numbered in the order of the
/// events' first mention (document id, offset).
fn assign_ids(events: &mut [Event], mentions: &[EventMention]) {
    let first = |ev: &Event| -> (String, usize, usize) {
        ev.mentions
            .iter()
            .map(|&i| (mentions[i].doc_id.clone(), mentions[i].sentence.start, i))
            .min()
            .unwrap_or_default()
    };
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by_key(|&e| (identity(&events[e]), first(&events[e])));
    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    for e in order {
        let key = identity(&events[e]);
        let n = used.entry(key.clone()).or_insert(0);
        *n += 1;
        events[e].event_id = if *n == 1 {
            hash_id(&key)
        } else {
            hash_id(&format!("{key}#{n}"))
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::ActorKind;
    use crate::text::Sentence;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn iv(a: &str, b: &str, p: Precision) -> Interval {
        Interval {
            start: day(a),
            end: day(b),
            precision: p,
        }
    }

    fn person(id: &str, role: Role) -> Participant {
        Participant {
            actor_id: Some(id.to_string()),
            name: id.to_string(),
            kind: ActorKind::Person,
            country: None,
            office: None,
            role,
        }
    }

    /// A visit mention for the tests, by named fields (`..V::default()`
    /// for the rest: at 0, no city, occurred, no dates).
    struct V<'a> {
        doc: &'a str,
        doc_date: &'a str,
        at: usize,
        guest: &'a str,
        place: Option<&'a str>,
        country: &'a str,
        dates: Option<Interval>,
        status: Status,
    }

    impl Default for V<'_> {
        fn default() -> Self {
            V {
                doc: "000",
                doc_date: "2000-01-01",
                at: 0,
                guest: "x",
                place: None,
                country: "USA",
                dates: None,
                status: Status::Occurred,
            }
        }
    }

    fn visit(v: V) -> EventMention {
        EventMention {
            doc_id: v.doc.to_string(),
            doc_date: Some(day(v.doc_date)),
            sentence: Sentence {
                start: v.at,
                end: v.at + 10,
            },
            event_type: EventType::Visit,
            status: v.status,
            participants: vec![person(v.guest, Role::Guest)],
            place_id: v.place.map(str::to_string),
            country_code: Some(v.country.to_string()),
            dates: v.dates,
            date_text: None,
            rule: "visit.noun".to_string(),
            confidence: 0.8,
            derived: false,
            trigger: None,
            topic: None,
        }
    }

    #[test]
    fn announcement_and_wrap_up_are_one_event() {
        let kb = Kb::default();
        let ms = vec![
            visit(V {
                doc: "000",
                doc_date: "2016-03-22",
                guest: "kerry",
                place: Some("moscow"),
                country: "RUS",
                dates: Some(iv("2016-03-23", "2016-03-24", Precision::Day)),
                status: Status::Planned,
                ..V::default()
            }),
            visit(V {
                doc: "001",
                doc_date: "2016-03-27",
                guest: "kerry",
                place: Some("moscow"),
                country: "RUS",
                dates: Some(iv("2016-03-23", "2016-03-25", Precision::Day)),
                ..V::default()
            }),
            visit(V {
                doc: "001",
                doc_date: "2016-03-27",
                at: 50,
                guest: "kerry",
                country: "RUS",
                ..V::default()
            }),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        let ev = &evs[0];
        assert_eq!(ev.status, Status::Occurred);
        assert_eq!(
            ev.dates,
            Some(iv("2016-03-23", "2016-03-25", Precision::Day))
        );
        assert_eq!(ev.date_claims.len(), 2);
        assert_eq!(ev.mentions, vec![0, 1, 2]);
        assert_eq!(ev.place_id.as_deref(), Some("moscow"));
    }

    #[test]
    fn a_bare_visit_noun_does_not_outvote_the_dated_plan_of_its_report() {
        // "the visit this week by X" (Monday, planned) and "the visit was
        // part of the press of business" (undated noun, default occurred)
        let kb = Kb::default();
        let ms = vec![
            visit(V {
                doc: "000",
                doc_date: "1990-04-23",
                guest: "kaifu",
                place: Some("washington"),
                country: "USA",
                dates: Some(iv("1990-04-23", "1990-04-29", Precision::Day)),
                status: Status::Planned,
                ..V::default()
            }),
            visit(V {
                doc: "000",
                doc_date: "1990-04-23",
                at: 50,
                guest: "kaifu",
                place: Some("washington"),
                country: "USA",
                ..V::default()
            }),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].status, Status::Planned);
    }

    #[test]
    fn a_calendar_window_beats_this_week_of_equal_width() {
        let kb = Kb::default();
        let mut week = visit(V {
            doc: "000",
            doc_date: "1990-04-23",
            guest: "brady",
            country: "AUS",
            dates: Some(iv("1990-04-23", "1990-04-29", Precision::Day)),
            status: Status::Cancelled,
            ..V::default()
        });
        week.date_text = Some("this week".to_string());
        let mut plan = visit(V {
            doc: "000",
            doc_date: "1990-04-23",
            at: 50,
            guest: "brady",
            country: "AUS",
            dates: Some(iv("1990-04-26", "1990-05-02", Precision::Day)),
            status: Status::Cancelled,
            ..V::default()
        });
        plan.date_text = Some("April 26 .. May 2".to_string());
        let evs = merge(&[week, plan], &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(
            evs[0].dates,
            Some(iv("1990-04-26", "1990-05-02", Precision::Day))
        );
    }

    #[test]
    fn a_later_weeks_window_yields_to_the_day_an_earlier_story_states() {
        // "met here yesterday" (Tuesday's story) and "last week" (the next
        // Monday's story): the week holds the day, the day is the meeting's
        let kb = Kb::default();
        let mut day = as_kind(
            visit(V {
                doc: "000",
                doc_date: "1991-05-08",
                guest: "ortiz",
                place: Some("lima"),
                country: "PER",
                dates: day_iv("1991-05-07"),
                ..V::default()
            }),
            EventType::Meeting,
        );
        day.date_text = Some("yesterday".to_string());
        let mut week = as_kind(
            visit(V {
                doc: "001",
                doc_date: "1991-05-13",
                guest: "ortiz",
                place: Some("lima"),
                country: "PER",
                dates: Some(iv("1991-05-06", "1991-05-12", Precision::Day)),
                ..V::default()
            }),
            EventType::Meeting,
        );
        week.date_text = Some("last week".to_string());
        let evs = merge(&[day.clone(), week.clone()], &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].dates, day_iv("1991-05-07"));
        assert_eq!(evs[0].date_claims.len(), 2);
        // a plan for the next day told after it ("talks tomorrow", the
        // 8th's story) does not take the past week's place
        let mut plan = day.clone();
        plan.doc_id = "002".to_string();
        plan.doc_date = NaiveDate::from_ymd_opt(1991, 5, 9);
        plan.dates = day_iv("1991-05-10");
        plan.status = Status::Planned;
        plan.date_text = Some("tomorrow".to_string());
        // (the week's story first, so that the plan falls inside the
        // cluster's window)
        let mut first_week = week.clone();
        first_week.doc_id = "0".to_string();
        let evs = merge(&[first_week, day.clone(), plan], &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].dates, day_iv("1991-05-07"));
        // a week alone keeps its window
        let evs = merge(std::slice::from_ref(&week), &kb);
        let whole = Some(iv("1991-05-06", "1991-05-12", Precision::Day));
        assert_eq!(evs[0].dates, whole);
        // a calendar window of the later report is no week counted from it
        let mut stated = week.clone();
        stated.date_text = Some("May 6-12".to_string());
        let evs = merge(&[day.clone(), stated], &kb);
        assert_eq!(evs[0].dates, whole);
        // a visit's week may hold the trip's days better than one of them
        let evs = merge(
            &[
                as_kind(day, EventType::Visit),
                as_kind(week, EventType::Visit),
            ],
            &kb,
        );
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].dates, whole);
    }

    #[test]
    fn earlier_this_month_joins_the_days_of_that_month() {
        // "met in Rome earlier this month" told on the 2nd (the 1st by
        // the calendar) and "talks in Rome from March 2 to 6" of another story
        let kb = Kb::default();
        let early = as_kind(
            visit(V {
                doc: "000",
                doc_date: "1993-03-02",
                guest: "ruiz",
                place: Some("rome"),
                country: "ITA",
                dates: Some(iv("1993-03-01", "1993-03-01", Precision::Month)),
                ..V::default()
            }),
            EventType::Meeting,
        );
        let days = as_kind(
            visit(V {
                doc: "001",
                doc_date: "1993-03-07",
                guest: "ruiz",
                place: Some("rome"),
                country: "ITA",
                dates: Some(iv("1993-03-02", "1993-03-06", Precision::Day)),
                ..V::default()
            }),
            EventType::Meeting,
        );
        let evs = merge(&[early.clone(), days.clone()], &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(
            evs[0].dates,
            Some(iv("1993-03-02", "1993-03-06", Precision::Day))
        );
        // another month, or another city, stays apart
        let mut april = days.clone();
        april.dates = Some(iv("1993-04-02", "1993-04-06", Precision::Day));
        assert_eq!(merge(&[early.clone(), april], &kb).len(), 2);
        let mut milan = days.clone();
        milan.place_id = Some("milan".to_string());
        assert_eq!(merge(&[early.clone(), milan], &kb).len(), 2);
        // "early March" (the 1st to the 10th) told on the 20th is no window
        // clipped at its report: it does not join the 12th
        let mut first_days = early;
        first_days.doc_date = Some(day("1993-03-20"));
        first_days.dates = Some(iv("1993-03-01", "1993-03-10", Precision::Month));
        let mut later = days;
        later.dates = day_iv("1993-03-12");
        assert_eq!(merge(&[first_days, later], &kb).len(), 2);
    }

    #[test]
    fn a_meeting_dated_by_its_report_for_want_of_a_day_joins_the_day_before() {
        // "met here yesterday" (the 9th, told on the 10th) and, in a story
        // of the 11th, "after the meeting of the two" with no day (the
        // compiler's report-date default): one meeting, the 9th
        let kb = Kb::default();
        let mut met = as_kind(
            visit(V {
                doc: "000",
                doc_date: "1988-05-10",
                guest: "ortiz",
                place: Some("lima"),
                country: "PER",
                dates: day_iv("1988-05-09"),
                ..V::default()
            }),
            EventType::Meeting,
        );
        met.date_text = Some("yesterday".to_string());
        let mut after = as_kind(
            visit(V {
                doc: "001",
                doc_date: "1988-05-11",
                guest: "ortiz",
                place: Some("lima"),
                country: "PER",
                dates: day_iv("1988-05-11"),
                ..V::default()
            }),
            EventType::Meeting,
        );
        after.date_text = Some("(report date)".to_string());
        let evs = merge(&[met.clone(), after.clone()], &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].dates, day_iv("1988-05-09"));
        // a day stated for the report day ("today") is no default: two
        let mut today = after.clone();
        today.date_text = Some("today".to_string());
        assert_eq!(merge(&[met.clone(), today], &kb).len(), 2);
        // a meeting a week before is another occasion
        let mut old = met;
        old.dates = day_iv("1988-05-04");
        assert_eq!(merge(&[old, after], &kb).len(), 2);
    }

    #[test]
    fn an_announced_trip_has_not_occurred_whatever_an_undated_mention_says() {
        let kb = Kb::default();
        let ms = vec![
            visit(V {
                doc: "000",
                doc_date: "2023-03-09",
                guest: "biden",
                place: Some("ottawa"),
                country: "CAN",
                dates: Some(iv("2023-03-23", "2023-03-24", Precision::Day)),
                status: Status::Planned,
                ..V::default()
            }),
            // "During the visit, ..." with no cue of its own
            visit(V {
                doc: "000",
                doc_date: "2023-03-09",
                at: 50,
                guest: "biden",
                country: "CAN",
                ..V::default()
            }),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].status, Status::Planned);
    }

    #[test]
    fn coarse_country_mention_merges_into_precise_city_mention() {
        let kb = Kb::default();
        let ms = vec![
            visit(V {
                doc: "001",
                doc_date: "2016-03-27",
                guest: "kerry",
                country: "RUS",
                dates: Some(iv("2015-05-01", "2015-05-31", Precision::Month)),
                ..V::default()
            }),
            visit(V {
                doc: "001",
                doc_date: "2016-03-27",
                guest: "kerry",
                country: "RUS",
                dates: Some(iv("2015-12-01", "2015-12-31", Precision::Month)),
                ..V::default()
            }),
            visit(V {
                doc: "002",
                doc_date: "2015-05-13",
                guest: "kerry",
                place: Some("sochi"),
                country: "RUS",
                dates: Some(iv("2015-05-12", "2015-05-12", Precision::Day)),
                ..V::default()
            }),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 2);
        let may = evs.iter().find(|e| e.place_id.as_deref() == Some("sochi"));
        let may = may.map(|e| (e.dates, e.mentions.clone()));
        assert_eq!(
            may,
            Some((
                Some(iv("2015-05-12", "2015-05-12", Precision::Day)),
                vec![0, 2]
            ))
        );
    }

    #[test]
    fn different_cities_or_guests_do_not_merge() {
        let kb = Kb::default();
        let d = Some(iv("2015-05-12", "2015-05-12", Precision::Day));
        let ms = vec![
            visit(V {
                doc: "a",
                doc_date: "2015-05-13",
                guest: "kerry",
                place: Some("sochi"),
                country: "RUS",
                dates: d,
                ..V::default()
            }),
            visit(V {
                doc: "a",
                doc_date: "2015-05-13",
                at: 9,
                guest: "kerry",
                place: Some("moscow"),
                country: "RUS",
                dates: d,
                ..V::default()
            }),
            visit(V {
                doc: "a",
                doc_date: "2015-05-13",
                at: 20,
                guest: "lavrov",
                place: Some("sochi"),
                country: "RUS",
                dates: d,
                ..V::default()
            }),
        ];
        assert_eq!(merge(&ms, &kb).len(), 3);
    }

    #[test]
    fn undated_copies_of_one_story_merge_but_old_reports_do_not() {
        let kb = Kb::default();
        let ms = vec![
            visit(V {
                doc: "a",
                doc_date: "1987-06-29",
                guest: "camdessus",
                country: "CIV",
                ..V::default()
            }),
            visit(V {
                doc: "b",
                doc_date: "1987-06-30",
                guest: "camdessus",
                country: "CIV",
                ..V::default()
            }),
            visit(V {
                doc: "c",
                doc_date: "1988-02-01",
                guest: "camdessus",
                country: "CIV",
                ..V::default()
            }),
        ];
        let evs = merge(&ms, &kb);
        let mut groups: Vec<Vec<usize>> = evs.into_iter().map(|e| e.mentions).collect();
        groups.sort();
        assert_eq!(groups, vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn ids_are_stable_across_input_order() {
        let kb = Kb::default();
        let mut ms = vec![
            visit(V {
                doc: "000",
                doc_date: "2016-03-22",
                guest: "kerry",
                place: Some("moscow"),
                country: "RUS",
                dates: Some(iv("2016-03-23", "2016-03-24", Precision::Day)),
                status: Status::Planned,
                ..V::default()
            }),
            visit(V {
                doc: "002",
                doc_date: "2015-05-13",
                guest: "kerry",
                place: Some("sochi"),
                country: "RUS",
                dates: Some(iv("2015-05-12", "2015-05-12", Precision::Day)),
                ..V::default()
            }),
        ];
        let a: Vec<String> = merge(&ms, &kb).into_iter().map(|e| e.event_id).collect();
        ms.reverse();
        let b: Vec<String> = merge(&ms, &kb).into_iter().map(|e| e.event_id).collect();
        assert_eq!(a, b);
        assert!(a.iter().all(|id| id.starts_with("ev-") && id.len() == 19));
        assert_ne!(a[0], a[1]);
    }

    fn as_kind(mut m: EventMention, kind: EventType) -> EventMention {
        m.event_type = kind;
        m
    }

    fn day_iv(d: &str) -> Option<Interval> {
        Some(iv(d, d, Precision::Day))
    }

    #[test]
    fn an_announced_meeting_joins_the_readout_a_day_later() {
        let kb = Kb::default();
        let ms = vec![
            // "He will meet with President Duda" in the trip announcement,
            // dated with the trip's first day
            as_kind(
                visit(V {
                    doc: "a",
                    doc_date: "2023-02-10",
                    guest: "duda",
                    country: "POL",
                    dates: day_iv("2023-02-20"),
                    status: Status::Planned,
                    ..V::default()
                }),
                EventType::Meeting,
            ),
            as_kind(
                visit(V {
                    doc: "b",
                    doc_date: "2023-02-21",
                    guest: "duda",
                    place: Some("warsaw"),
                    country: "POL",
                    dates: day_iv("2023-02-21"),
                    ..V::default()
                }),
                EventType::Meeting,
            ),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].status, Status::Occurred);
        assert_eq!(evs[0].dates, day_iv("2023-02-21"));
        assert_eq!(evs[0].date_claims.len(), 2);
        assert_eq!(evs[0].place_id.as_deref(), Some("warsaw"));
    }

    #[test]
    fn a_meeting_on_a_summits_margins_dates_a_day_inside_the_summit() {
        let kb = Kb::default();
        let summit = |v: V, rule: &str| {
            let mut m = as_kind(visit(v), EventType::Meeting);
            m.rule = rule.to_string();
            m
        };
        let ms = vec![
            // "looking forward to hosting the Allies in Washington July 9-11"
            summit(
                V {
                    doc: "a",
                    doc_date: "2030-06-13",
                    guest: "nato",
                    place: Some("washington"),
                    dates: Some(iv("2030-07-09", "2030-07-11", Precision::Day)),
                    status: Status::Planned,
                    ..V::default()
                },
                "meeting.host",
            ),
            // "On the margins of the Summit, X met today with Y" (July 11)
            summit(
                V {
                    doc: "b",
                    doc_date: "2030-07-11",
                    guest: "nato",
                    dates: day_iv("2030-07-11"),
                    ..V::default()
                },
                "meeting.summit.margins+report_date",
            ),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        // the latest report: under way; the window stays the announced one
        assert_eq!(evs[0].status, Status::Occurred);
        assert_eq!(
            evs[0].dates,
            Some(iv("2030-07-09", "2030-07-11", Precision::Day))
        );
        // a plain meeting of that day is the more specific date
        let mut plain = ms.clone();
        plain[1].rule = "meeting.meet".to_string();
        let evs = merge(&plain, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].dates, day_iv("2030-07-11"));
    }

    #[test]
    fn occurred_events_days_apart_and_calls_stay_apart() {
        let kb = Kb::default();
        let meetings = vec![
            as_kind(
                visit(V {
                    doc: "a",
                    doc_date: "2023-10-20",
                    guest: "netanyahu",
                    country: "ISR",
                    dates: day_iv("2023-10-20"),
                    ..V::default()
                }),
                EventType::Meeting,
            ),
            as_kind(
                visit(V {
                    doc: "b",
                    doc_date: "2023-10-22",
                    guest: "netanyahu",
                    country: "ISR",
                    dates: day_iv("2023-10-22"),
                    ..V::default()
                }),
                EventType::Meeting,
            ),
        ];
        assert_eq!(merge(&meetings, &kb).len(), 2);
        // a call is not announced: a planned call and the next day's call
        // are kept apart
        let calls = vec![
            as_kind(
                visit(V {
                    doc: "a",
                    doc_date: "2023-10-19",
                    guest: "netanyahu",
                    country: "ISR",
                    dates: day_iv("2023-10-20"),
                    status: Status::Planned,
                    ..V::default()
                }),
                EventType::Call,
            ),
            as_kind(
                visit(V {
                    doc: "b",
                    doc_date: "2023-10-21",
                    guest: "netanyahu",
                    country: "ISR",
                    dates: day_iv("2023-10-21"),
                    ..V::default()
                }),
                EventType::Call,
            ),
        ];
        assert_eq!(merge(&calls, &kb).len(), 2);
        // an announcement three days off is another occasion
        let far = vec![
            visit(V {
                doc: "a",
                doc_date: "2023-02-10",
                guest: "duda",
                country: "USA",
                dates: day_iv("2023-02-18"),
                status: Status::Planned,
                ..V::default()
            }),
            visit(V {
                doc: "b",
                doc_date: "2023-02-21",
                guest: "duda",
                country: "USA",
                dates: day_iv("2023-02-21"),
                ..V::default()
            }),
        ];
        assert_eq!(merge(&far, &kb).len(), 2);
    }

    #[test]
    fn an_undated_mention_joins_the_nearest_recent_event() {
        let kb = Kb::default();
        let ms = vec![
            visit(V {
                doc: "a",
                doc_date: "1987-03-26",
                guest: "nakasone",
                place: Some("washington"),
                country: "USA",
                dates: Some(iv("1987-03-20", "1987-03-21", Precision::Day)),
                ..V::default()
            }),
            visit(V {
                doc: "b",
                doc_date: "1987-04-11",
                guest: "nakasone",
                place: Some("washington"),
                country: "USA",
                dates: Some(iv("1987-04-08", "1987-04-10", Precision::Day)),
                ..V::default()
            }),
            // "when he visited Washington", in a report of the 17th
            visit(V {
                doc: "c",
                doc_date: "1987-04-17",
                guest: "nakasone",
                country: "USA",
                ..V::default()
            }),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 2);
        let holder = evs
            .iter()
            .find(|e| e.mentions.contains(&2))
            .map(|e| e.dates);
        assert_eq!(
            holder,
            Some(Some(iv("1987-04-08", "1987-04-10", Precision::Day)))
        );
        let tie = vec![
            visit(V {
                doc: "a",
                doc_date: "1987-04-01",
                guest: "nakasone",
                place: Some("washington"),
                country: "USA",
                dates: day_iv("1987-04-07"),
                ..V::default()
            }),
            visit(V {
                doc: "b",
                doc_date: "1987-04-01",
                guest: "nakasone",
                place: Some("washington"),
                country: "USA",
                dates: day_iv("1987-04-13"),
                ..V::default()
            }),
            visit(V {
                doc: "c",
                doc_date: "1987-04-10",
                guest: "nakasone",
                country: "USA",
                ..V::default()
            }),
        ];
        // equally near: a report that it occurred is about the one before
        let evs = merge(&tie, &kb);
        assert_eq!(evs.len(), 2);
        let holder = evs.iter().find(|e| e.mentions.contains(&2));
        assert_eq!(holder.and_then(|e| e.dates), day_iv("1987-04-07"));
        // a plan equally near both: no choice, an event of its own
        let mut plan = tie.clone();
        plan[2].status = Status::Planned;
        assert_eq!(merge(&plan, &kb).len(), 3);
    }

    #[test]
    fn an_undated_mention_stays_with_its_own_document() {
        let kb = Kb::default();
        let ms = vec![
            as_kind(
                visit(V {
                    doc: "a",
                    doc_date: "1987-03-02",
                    guest: "japan",
                    country: "JPN",
                    dates: day_iv("1987-03-03"),
                    status: Status::Planned,
                    ..V::default()
                }),
                EventType::Meeting,
            ),
            // the headline, with the dateline's city
            as_kind(
                visit(V {
                    doc: "a",
                    doc_date: "1987-03-02",
                    at: 90,
                    guest: "japan",
                    place: Some("tokyo"),
                    country: "JPN",
                    status: Status::Planned,
                    ..V::default()
                }),
                EventType::Meeting,
            ),
            // another report, elsewhere, without a date
            as_kind(
                visit(V {
                    doc: "b",
                    doc_date: "1987-03-06",
                    guest: "japan",
                    place: Some("washington"),
                    country: "USA",
                    ..V::default()
                }),
                EventType::Meeting,
            ),
        ];
        let mut groups: Vec<Vec<usize>> = merge(&ms, &kb).into_iter().map(|e| e.mentions).collect();
        groups.sort();
        assert_eq!(groups, vec![vec![0, 1], vec![2]]);
    }

    /// Abdullah's visit to Washington as one report gives it.
    fn abdullah(
        doc: &str,
        reported: &str,
        dates: Option<Interval>,
        status: Status,
    ) -> EventMention {
        visit(V {
            doc,
            doc_date: reported,
            guest: "abdullah",
            place: Some("washington"),
            country: "USA",
            dates,
            status,
            ..V::default()
        })
    }

    #[test]
    fn a_dated_report_does_not_join_an_undated_event_of_years_before() {
        let kb = Kb::default();
        let mut later = abdullah("b", "2024-02-12", day_iv("2024-02-12"), Status::Occurred);
        later.derived = true;
        let ms = vec![abdullah("a", "2023-02-02", None, Status::Proposed), later];
        assert_eq!(merge(&ms, &kb).len(), 2);
    }

    #[test]
    fn a_later_readouts_derived_visit_outdates_the_announcement() {
        // announced on the 8th (planned), the meeting's readout of the 12th
        // implies the trip happened: the latest report decides
        let kb = Kb::default();
        let mut readout = abdullah("b", "2024-02-12", day_iv("2024-02-12"), Status::Occurred);
        readout.derived = true;
        let announcement = abdullah("a", "2024-02-08", day_iv("2024-02-12"), Status::Planned);
        let events = merge(&[announcement.clone(), readout.clone()], &kb);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].status, Status::Occurred);
        assert!(!events[0].derived);
        // a derived mention from the same or an earlier report does not
        // outvote what the text states
        readout.doc_date = Some(day("2024-02-07"));
        let mut planned = announcement;
        planned.doc_date = Some(day("2024-02-10"));
        let events = merge(&[planned, readout], &kb);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].status, Status::Planned);
    }

    #[test]
    fn a_plan_reported_after_the_event_does_not_undo_it() {
        let kb = Kb::default();
        let ms = vec![
            as_kind(
                visit(V {
                    doc: "a",
                    doc_date: "2023-10-18",
                    guest: "netanyahu",
                    country: "ISR",
                    dates: day_iv("2023-10-18"),
                    ..V::default()
                }),
                EventType::Meeting,
            ),
            // "the two leaders discussed the possibility of ..." weeks later
            as_kind(
                visit(V {
                    doc: "b",
                    doc_date: "2023-11-06",
                    guest: "netanyahu",
                    country: "ISR",
                    status: Status::Proposed,
                    ..V::default()
                }),
                EventType::Meeting,
            ),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].status, Status::Occurred);
    }

    fn party(mut m: EventMention, guests: &[&str], role: Role) -> EventMention {
        m.participants = guests.iter().map(|g| person(g, role)).collect();
        m
    }

    #[test]
    fn a_traveller_earlier_this_month_joins_his_partys_days() {
        // "X visited Lima earlier this month" (told on the 2nd: the 1st)
        // and "X and Y in Lima from the 2nd to the 9th"
        let kb = Kb::default();
        let ms = vec![
            party(
                visit(V {
                    doc: "a",
                    doc_date: "1992-06-10",
                    guest: "x",
                    place: Some("lima"),
                    country: "PER",
                    dates: Some(iv("1992-06-02", "1992-06-09", Precision::Day)),
                    ..V::default()
                }),
                &["mora", "vega"],
                Role::Guest,
            ),
            visit(V {
                doc: "b",
                doc_date: "1992-06-02",
                guest: "vega",
                place: Some("lima"),
                country: "PER",
                dates: Some(iv("1992-06-01", "1992-06-01", Precision::Month)),
                ..V::default()
            }),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(
            evs[0].dates,
            Some(iv("1992-06-02", "1992-06-09", Precision::Day))
        );
    }

    #[test]
    fn a_traveller_joins_the_party_he_travelled_with() {
        let kb = Kb::default();
        let week = Some(iv("1987-02-23", "1987-03-01", Precision::Day));
        let ms = vec![
            party(
                visit(V {
                    doc: "a",
                    doc_date: "1987-03-02",
                    guest: "x",
                    place: Some("washington"),
                    country: "USA",
                    dates: week,
                    ..V::default()
                }),
                &["funaro", "gros"],
                Role::Guest,
            ),
            visit(V {
                doc: "b",
                doc_date: "1987-02-28",
                guest: "funaro",
                place: Some("washington"),
                country: "USA",
                dates: Some(iv("1987-02-27", "1987-02-28", Precision::Day)),
                ..V::default()
            }),
            visit(V {
                doc: "c",
                doc_date: "1987-03-01",
                guest: "gros",
                country: "USA",
                dates: week,
                ..V::default()
            }),
            // elsewhere the next week: another trip
            visit(V {
                doc: "d",
                doc_date: "1987-03-04",
                guest: "funaro",
                place: Some("rome"),
                country: "ITA",
                dates: Some(iv("1987-03-05", "1987-03-05", Precision::Day)),
                ..V::default()
            }),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 2);
        let dc = evs
            .iter()
            .find(|e| e.mentions.contains(&0))
            .map(|e| e.mentions.clone());
        assert_eq!(dc, Some(vec![0, 1, 2]));
    }

    #[test]
    fn a_bilateral_on_the_sidelines_is_not_the_summit() {
        let kb = Kb::default();
        let d = day_iv("2023-05-21");
        let ms = vec![
            as_kind(
                party(
                    visit(V {
                        doc: "a",
                        doc_date: "2023-05-21",
                        guest: "x",
                        place: Some("hiroshima"),
                        country: "JPN",
                        dates: d,
                        ..V::default()
                    }),
                    &["biden", "kishida", "yoon"],
                    Role::Participant,
                ),
                EventType::Meeting,
            ),
            as_kind(
                party(
                    visit(V {
                        doc: "b",
                        doc_date: "2023-05-21",
                        guest: "x",
                        place: Some("hiroshima"),
                        country: "JPN",
                        dates: d,
                        ..V::default()
                    }),
                    &["biden", "kishida"],
                    Role::Participant,
                ),
                EventType::Meeting,
            ),
        ];
        assert_eq!(merge(&ms, &kb).len(), 2);
        // a traveller in two parties at once: no choice is made
        let w = Some(iv("1987-02-23", "1987-03-01", Precision::Day));
        let two = vec![
            party(
                visit(V {
                    doc: "a",
                    doc_date: "1987-03-02",
                    guest: "x",
                    country: "USA",
                    dates: w,
                    ..V::default()
                }),
                &["funaro", "gros"],
                Role::Guest,
            ),
            party(
                visit(V {
                    doc: "b",
                    doc_date: "1987-03-02",
                    guest: "x",
                    country: "USA",
                    dates: w,
                    ..V::default()
                }),
                &["funaro", "sayad"],
                Role::Guest,
            ),
            visit(V {
                doc: "c",
                doc_date: "1987-03-01",
                guest: "funaro",
                country: "USA",
                dates: w,
                ..V::default()
            }),
        ];
        assert_eq!(merge(&two, &kb).len(), 3);
    }

    fn under_way(mut m: EventMention) -> EventMention {
        m.rule = format!("{}+under_way", m.rule);
        m
    }

    #[test]
    fn a_visit_under_way_joins_the_precise_dates_of_another_story() {
        let kb = Kb::default();
        let ms = vec![
            visit(V {
                doc: "a",
                doc_date: "1987-04-03",
                guest: "lyng",
                place: Some("tokyo"),
                country: "JPN",
                dates: Some(iv("1987-04-20", "1987-04-24", Precision::Day)),
                status: Status::Planned,
                ..V::default()
            }),
            // "visiting Agriculture Secretary Lyng said": a day of the trip
            under_way(visit(V {
                doc: "b",
                doc_date: "1987-04-21",
                guest: "lyng",
                place: Some("tokyo"),
                country: "JPN",
                dates: day_iv("1987-04-21"),
                ..V::default()
            })),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        let ev = &evs[0];
        // the precise dates win, the report date stays a claim
        assert_eq!(
            ev.dates,
            Some(iv("1987-04-20", "1987-04-24", Precision::Day))
        );
        assert_eq!(ev.date_claims.len(), 2);
        assert_eq!(ev.status, Status::Occurred);
    }

    #[test]
    fn a_speech_to_the_hosts_parliament_is_a_day_inside_the_visit() {
        let kb = Kb::default();
        let planned = visit(V {
            doc: "a",
            doc_date: "1987-05-04",
            guest: "mitterrand",
            place: Some("madrid"),
            country: "ESP",
            dates: Some(iv("1987-05-06", "1987-05-09", Precision::Day)),
            status: Status::Planned,
            ..V::default()
        });
        // "Mitterrand, speaking to the Spanish Parliament yesterday", a
        // later report
        let mut speech = visit(V {
            doc: "b",
            doc_date: "1987-05-09",
            guest: "mitterrand",
            place: Some("madrid"),
            country: "ESP",
            dates: day_iv("1987-05-08"),
            ..V::default()
        });
        speech.rule = "visit.addressed_parliament".to_string();
        let evs = merge(&[planned, speech], &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].status, Status::Occurred);
        assert_eq!(
            evs[0].dates,
            Some(iv("1987-05-06", "1987-05-09", Precision::Day))
        );
    }

    #[test]
    fn a_visit_under_way_joins_a_trip_a_few_days_away_only() {
        let kb = Kb::default();
        let arrived = visit(V {
            doc: "a",
            doc_date: "1987-04-20",
            guest: "lyng",
            place: Some("tokyo"),
            country: "JPN",
            dates: day_iv("1987-04-19"),
            ..V::default()
        });
        let told = |doc: &str, date: &str, country: &str| {
            under_way(visit(V {
                doc,
                doc_date: date,
                guest: "lyng",
                country,
                dates: day_iv(date),
                ..V::default()
            }))
        };
        // "arrived on Sunday" and "is in Japan for talks" three days later
        let ms = vec![arrived.clone(), told("b", "1987-04-22", "JPN")];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].dates, day_iv("1987-04-19"));
        // a week later, or in another country: another trip
        for other in [
            told("c", "1987-04-26", "JPN"),
            told("d", "1987-04-21", "KOR"),
        ] {
            let evs = merge(&[arrived.clone(), other], &kb);
            assert_eq!(evs.len(), 2);
        }
        // without precise dates the report dates stay what they are
        let evs = merge(&[told("e", "1987-04-22", "JPN")], &kb);
        assert_eq!(evs[0].dates, day_iv("1987-04-22"));
    }

    #[test]
    fn a_meeting_under_way_joins_the_dated_meeting() {
        let kb = Kb::default();
        let meeting = |doc: &str, date: &str, dates: Option<Interval>| {
            let m = visit(V {
                doc,
                doc_date: date,
                guest: "x",
                country: "JPN",
                dates,
                ..V::default()
            });
            party(
                as_kind(m, EventType::Meeting),
                &["lyng", "sato"],
                Role::Participant,
            )
        };
        let ms = vec![
            meeting("a", "1987-04-21", day_iv("1987-04-20")),
            // "Lyng, who is in Tokyo for talks with Sato": the report date
            under_way(meeting("b", "1987-04-22", day_iv("1987-04-22"))),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].dates, day_iv("1987-04-20"));
        assert_eq!(evs[0].date_claims.len(), 2);
    }

    #[test]
    fn a_traveller_under_way_joins_his_party_a_few_days_away() {
        let kb = Kb::default();
        let ms = vec![
            party(
                visit(V {
                    doc: "a",
                    doc_date: "1987-04-09",
                    guest: "x",
                    country: "JPN",
                    dates: Some(iv("1987-04-13", "1987-04-19", Precision::Day)),
                    status: Status::Planned,
                    ..V::default()
                }),
                &["lyng", "yeutter"],
                Role::Guest,
            ),
            // "visiting Trade Representative Yeutter" two days after the
            // announced week
            under_way(visit(V {
                doc: "b",
                doc_date: "1987-04-21",
                guest: "yeutter",
                place: Some("tokyo"),
                country: "JPN",
                dates: day_iv("1987-04-21"),
                ..V::default()
            })),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(
            evs[0].dates,
            Some(iv("1987-04-13", "1987-04-19", Precision::Day))
        );
    }

    #[test]
    fn the_windows_of_one_trip_chain_but_meetings_do_not() {
        let kb = Kb::default();
        let v = |doc: &str, date: &str, dates: Option<Interval>| {
            visit(V {
                doc,
                doc_date: date,
                guest: "weizsacker",
                place: Some("la-paz"),
                country: "BOL",
                dates,
                ..V::default()
            })
        };
        let four_days = |a: &str, b: &str| Some(iv(a, b, Precision::Day));
        // "arrives Friday", "the four-day visit that starts Friday", "began
        // a four-day visit here" the day after
        let ms = vec![
            v("a", "1987-03-18", day_iv("1987-03-20")),
            v("b", "1987-03-20", four_days("1987-03-20", "1987-03-23")),
            v("c", "1987-03-21", four_days("1987-03-21", "1987-03-24")),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].mentions, vec![0, 1, 2]);
        // "visiting President Weizsaecker ... today": a day of the trip, not
        // its dates
        let mut visiting = v("d", "1987-03-23", day_iv("1987-03-23"));
        visiting.rule = "visit.visiting_adj".to_string();
        let mut all = ms.clone();
        all.push(visiting);
        let evs = merge(&all, &kb);
        assert_eq!(evs.len(), 1);
        // the latest precise report's window, not the later "today"
        assert_eq!(evs[0].dates, four_days("1987-03-21", "1987-03-24"));
        assert_eq!(evs[0].date_claims.len(), 4);
        // the same pair meeting on Friday and on Saturday-Tuesday: two
        let ms: Vec<EventMention> = ms
            .into_iter()
            .map(|m| {
                party(
                    as_kind(m, EventType::Meeting),
                    &["weizsacker", "paz"],
                    Role::Participant,
                )
            })
            .collect();
        assert_eq!(merge(&ms, &kb).len(), 2);
    }

    fn pair_meeting(
        doc: &str,
        date: &str,
        place: Option<(&str, &str)>,
        dates: Option<Interval>,
        status: Status,
    ) -> EventMention {
        let (city, country) = place.unzip();
        let mut m = visit(V {
            doc,
            doc_date: date,
            guest: "x",
            place: city,
            country: "USA",
            dates,
            status,
            ..V::default()
        });
        m.country_code = country.map(str::to_string);
        party(
            as_kind(m, EventType::Meeting),
            &["baker", "miyazawa"],
            Role::Participant,
        )
    }

    #[test]
    fn an_undated_meeting_joins_one_of_the_pairs_same_day_meetings() {
        let kb = Kb::default();
        let today = day_iv("1987-04-07");
        let tokyo = Some(("tokyo", "JPN"));
        let paris = Some(("paris", "FRA"));
        let ms = vec![
            pair_meeting("a", "1987-04-07", tokyo, today, Status::Occurred),
            pair_meeting("b", "1987-04-07", tokyo, today, Status::Occurred),
            pair_meeting("c", "1987-04-07", paris, today, Status::Occurred),
            // "after an hour-long meeting with Baker": no date, no place
            pair_meeting("d", "1987-04-07", None, None, Status::Occurred),
        ];
        let evs = merge(&ms, &kb);
        // the two cities stay apart; the undated mention is no third event
        assert_eq!(evs.len(), 2);
        let joined = evs.iter().find(|e| e.mentions.contains(&3));
        assert_eq!(joined.and_then(|e| e.place_id.as_deref()), Some("tokyo"));
    }

    #[test]
    fn the_same_pair_meeting_on_different_days_stays_two_events() {
        let kb = Kb::default();
        let ms = vec![
            pair_meeting(
                "a",
                "1987-04-05",
                None,
                day_iv("1987-04-05"),
                Status::Occurred,
            ),
            pair_meeting(
                "b",
                "1987-04-09",
                None,
                day_iv("1987-04-09"),
                Status::Planned,
            ),
            // "after meeting Baker", reported two days from both: the one before
            pair_meeting("c", "1987-04-07", None, None, Status::Occurred),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 2);
        let joined = evs.iter().find(|e| e.mentions.contains(&2));
        assert_eq!(joined.and_then(|e| e.dates), day_iv("1987-04-05"));
        // a plan between the two is neither: an event of its own
        let mut plan = ms.clone();
        plan[2].status = Status::Planned;
        assert_eq!(merge(&plan, &kb).len(), 3);
    }

    #[test]
    fn same_day_clusters_at_one_place_are_one_event() {
        let today = day_iv("1987-04-07");
        let at = |place: Option<(&str, &str)>, dates: Option<Interval>| {
            let m = pair_meeting("a", "1987-04-07", place, dates, Status::Occurred);
            Cluster::new(0, &m)
        };
        let washington = Some(("washington", "USA"));
        let mut cs = vec![
            at(washington, today),
            at(None, today),
            at(washington, today),
        ];
        join_same_day(&mut cs);
        assert_eq!(cs.len(), 1);
        assert_eq!(cs[0].members.len(), 3);
        // another day, or another city the same day: apart
        let mut cs = vec![
            at(washington, today),
            at(washington, day_iv("1987-04-08")),
            at(Some(("paris", "FRA")), today),
        ];
        join_same_day(&mut cs);
        assert_eq!(cs.len(), 3);
    }

    #[test]
    fn a_visit_reported_under_way_before_its_announced_dates_has_occurred() {
        let kb = Kb::default();
        let announced = visit(V {
            doc: "a",
            doc_date: "1987-04-05",
            guest: "lyng",
            place: Some("tokyo"),
            country: "JPN",
            dates: Some(iv("1987-04-10", "1987-04-12", Precision::Day)),
            status: Status::Planned,
            ..V::default()
        });
        // "Lyng, who is in Tokyo for talks", two days before the announced start
        let told = under_way(visit(V {
            doc: "b",
            doc_date: "1987-04-08",
            guest: "lyng",
            place: Some("tokyo"),
            country: "JPN",
            dates: day_iv("1987-04-08"),
            ..V::default()
        }));
        let evs = merge(&[announced.clone(), told], &kb);
        assert_eq!(evs.len(), 1);
        let ev = &evs[0];
        assert_eq!(ev.status, Status::Occurred);
        // begun by the report; the announced end stays; both values kept
        assert_eq!(
            ev.dates,
            Some(iv("1987-04-08", "1987-04-12", Precision::Day))
        );
        assert_eq!(ev.date_claims.len(), 2);
        // the announcement alone is a plan with its own dates
        let evs = merge(&[announced], &kb);
        assert_eq!(evs[0].status, Status::Planned);
        assert_eq!(
            evs[0].dates,
            Some(iv("1987-04-10", "1987-04-12", Precision::Day))
        );
    }

    #[test]
    fn a_state_side_told_elsewhere_as_its_person_is_one_meeting() {
        let side = |id: &str, kind: ActorKind, country: &str| Participant {
            actor_id: Some(id.to_string()),
            name: id.to_string(),
            kind,
            country: Some(country.to_string()),
            office: None,
            role: Role::Participant,
        };
        let meeting = |doc: &str, sides: Vec<Participant>| {
            let mut m = visit(V {
                doc,
                doc_date: "1987-03-10",
                guest: "x",
                place: Some("mexico-city"),
                country: "MEX",
                dates: Some(iv("1987-03-09", "1987-03-09", Precision::Day)),
                ..V::default()
            });
            m.event_type = EventType::Meeting;
            m.participants = sides;
            m
        };
        let ms = vec![
            meeting(
                "a",
                vec![
                    side("PER", ActorKind::State, "PER"),
                    side("mancera", ActorKind::Person, "MEX"),
                ],
            ),
            meeting(
                "b",
                vec![
                    side("figueroa", ActorKind::Person, "PER"),
                    side("mancera", ActorKind::Person, "MEX"),
                ],
            ),
            // another state's side is another meeting
            meeting(
                "c",
                vec![
                    side("CHL", ActorKind::State, "CHL"),
                    side("mancera", ActorKind::Person, "MEX"),
                ],
            ),
        ];
        let kb = Kb::builtin().expect("the built-in knowledge base loads");
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 2, "{evs:?}");
        let joined = evs
            .iter()
            .find(|e| e.mentions.len() == 2)
            .expect("the two reports are one meeting");
        let keys: Vec<String> = joined.participants.iter().map(participant_key).collect();
        assert_eq!(keys, vec!["figueroa".to_string(), "mancera".to_string()]);
    }

    #[test]
    fn a_visit_on_the_next_day_in_the_same_city_is_the_same_trip() {
        let kb = Kb::default();
        let jakarta = |doc: &str, date: &str, dates: Option<Interval>| {
            visit(V {
                doc,
                doc_date: date,
                guest: "conable",
                place: Some("jakarta"),
                country: "IDN",
                dates,
                ..V::default()
            })
        };
        // "flew to Indonesia yesterday" (the 21st), "the end of a three-day
        // visit" (22-24): one trip
        let ms = vec![
            jakarta("a", "1987-03-22", day_iv("1987-03-21")),
            jakarta(
                "b",
                "1987-03-24",
                Some(iv("1987-03-22", "1987-03-24", Precision::Day)),
            ),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].mentions, vec![0, 1]);
        // the trip covers both windows
        assert_eq!(
            evs[0].dates,
            Some(iv("1987-03-21", "1987-03-24", Precision::Day))
        );
        // the touching window is the trip's, not the first story's day:
        // "today" (the 23rd) told first, then the three-day visit
        let mut today = ms.clone();
        today.push(jakarta("ab", "1987-03-23", day_iv("1987-03-23")));
        let evs = merge(&today, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(
            evs[0].dates,
            Some(iv("1987-03-21", "1987-03-24", Precision::Day))
        );
        // "arrived last Thursday" (the 12th) and the trip behind a meeting
        // there on the 13th (a derived visit): one trip
        let mut met = jakarta("b", "1987-03-13", day_iv("1987-03-13"));
        met.derived = true;
        let knox = vec![jakarta("a", "1987-03-16", day_iv("1987-03-12")), met];
        assert_eq!(merge(&knox, &kb).len(), 1);
        // a day between the two windows: two trips
        let mut apart = ms.clone();
        apart[0].dates = day_iv("1987-03-20");
        assert_eq!(merge(&apart, &kb).len(), 2);
        // the next day without a city (only the country): not joined
        let mut country = ms;
        country[0].place_id = None;
        assert_eq!(merge(&country, &kb).len(), 2);
    }

    #[test]
    fn a_meeting_dated_by_its_report_day_joins_the_meeting_announced_for_the_next() {
        let kb = Kb::default();
        let dc = Some(("washington", "USA"));
        let ms = vec![
            // reported on the 7th: "today's meeting" (dated the 7th)
            pair_meeting(
                "a",
                "1987-04-07",
                dc,
                day_iv("1987-04-07"),
                Status::Occurred,
            ),
            // also on the 7th: "the meeting expected tomorrow"
            pair_meeting("b", "1987-04-07", dc, day_iv("1987-04-08"), Status::Planned),
            // on the 8th: "the meeting concluded"
            pair_meeting(
                "c",
                "1987-04-08",
                dc,
                day_iv("1987-04-08"),
                Status::Occurred,
            ),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].dates, day_iv("1987-04-08"));
        assert_eq!(evs[0].status, Status::Occurred);
        // the meeting of the 7th reported again on the 8th ("met
        // yesterday"): it happened; the pair met twice
        let mut twice = ms.clone();
        twice.push(pair_meeting(
            "d",
            "1987-04-08",
            dc,
            day_iv("1987-04-07"),
            Status::Occurred,
        ));
        assert_eq!(merge(&twice, &kb).len(), 2);
        // nobody announced the 8th on the 7th: two meetings
        let mut unannounced = ms;
        unannounced[1].status = Status::Occurred;
        unannounced[1].doc_date = Some(day("1987-04-08"));
        assert_eq!(merge(&unannounced, &kb).len(), 2);
    }

    #[test]
    fn the_host_state_as_an_extra_side_is_the_same_meeting() {
        let kb = Kb::default();
        let feb26 = day_iv("1987-02-26");
        let state = |code: &str| Participant {
            actor_id: Some(code.to_string()),
            name: code.to_string(),
            kind: ActorKind::State,
            country: Some(code.to_string()),
            office: None,
            role: Role::Participant,
        };
        let talks = |doc: &str, extra: Option<&str>| {
            let mut m = as_kind(
                party(
                    visit(V {
                        doc,
                        doc_date: "1987-03-16",
                        place: Some("lusaka"),
                        country: "ZMB",
                        dates: feb26,
                        ..V::default()
                    }),
                    &["imf", "world-bank"],
                    Role::Participant,
                ),
                EventType::Meeting,
            );
            m.participants.extend(extra.map(state));
            m
        };
        // "Zambia's talks with the World Bank and the IMF" and "the talks
        // with the IMF and World Bank" in Lusaka: one meeting, Zambia a side
        let ms = vec![talks("a", Some("ZMB")), talks("b", None)];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        let keys: Vec<String> = evs[0].participants.iter().map(participant_key).collect();
        assert_eq!(keys, vec!["ZMB", "imf", "world-bank"]);
        // another state than the host: a different meeting
        let other = vec![talks("a", Some("MWI")), talks("b", None)];
        assert_eq!(merge(&other, &kb).len(), 2);
        // an extra person (a bilateral on the margins): two meetings
        let mut guest = ms.clone();
        guest[0].participants[2] = person("kaunda", Role::Participant);
        assert_eq!(merge(&guest, &kb).len(), 2);
        // another day: two meetings
        let mut later = ms;
        later[1].dates = day_iv("1987-03-10");
        assert_eq!(merge(&later, &kb).len(), 2);
    }

    #[test]
    fn a_member_speaking_at_the_meeting_in_its_story_is_that_meeting() {
        let kb = Kb::builtin().expect("the built-in knowledge base loads"); // its memberships table
        let japan = Participant {
            actor_id: Some("JPN".to_string()),
            name: "Japan".to_string(),
            kind: ActorKind::State,
            country: Some("JPN".to_string()),
            office: None,
            role: Role::Participant,
        };
        let g7 = |doc: &str, at: usize, dates: Option<Interval>| {
            let mut m = as_kind(
                visit(V {
                    doc,
                    doc_date: "1987-04-09",
                    at,
                    guest: "g7",
                    place: Some("washington"),
                    dates,
                    ..V::default()
                }),
                EventType::Meeting,
            );
            m.participants[0].role = Role::Participant;
            m
        };
        // "the G-7 meeting here yesterday" and, further on in the same
        // story, "throughout the G-7 meeting, Japan pointed to ..."
        let mut speaking = g7("a", 300, None);
        speaking.place_id = None;
        speaking.country_code = None;
        speaking.participants.push(japan);
        let ms = vec![g7("a", 0, day_iv("1987-04-08")), speaking];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        // the meeting keeps its own sides: Japan spoke at it
        let keys: Vec<String> = evs[0].participants.iter().map(participant_key).collect();
        assert_eq!(keys, vec!["g7"]);
        // told in another story: not joined
        let mut other = ms.clone();
        other[1].doc_id = "b".to_string();
        assert_eq!(merge(&other, &kb).len(), 2);
        // dated the same day: a member beside its club is the club's
        // meeting ([`join_club_members`]), a state that is no member
        // (a partner meeting the club) is not
        let mut dated = ms;
        dated[1].dates = day_iv("1987-04-08");
        let evs = merge(&dated, &kb);
        assert_eq!(evs.len(), 1);
        let keys: Vec<String> = evs[0].participants.iter().map(participant_key).collect();
        assert_eq!(keys, vec!["g7"]);
        let mut partner = dated;
        for p in &mut partner[1].participants {
            if p.kind == ActorKind::State {
                p.actor_id = Some("MEX".to_string());
                p.country = Some("MEX".to_string());
            }
        }
        assert_eq!(merge(&partner, &kb).len(), 2);
    }

    #[test]
    fn a_placed_undated_report_does_not_join_a_placeless_dated_meeting() {
        let kb = Kb::default();
        // "foreign ministers will meet on May 25 and 26" (no place), then
        // "after an energy ministers meeting in Luxembourg" a week later
        let planned = pair_meeting(
            "a",
            "1987-04-13",
            None,
            Some(iv("1987-05-25", "1987-05-26", Precision::Day)),
            Status::Planned,
        );
        let placed = pair_meeting(
            "b",
            "1987-06-02",
            Some(("luxembourg-city", "LUX")),
            None,
            Status::Occurred,
        );
        assert_eq!(merge(&[planned.clone(), placed.clone()], &kb).len(), 2);
        // without a place, the undated report is still the recent meeting
        let mut bare = placed;
        bare.place_id = None;
        bare.country_code = None;
        assert_eq!(merge(&[planned, bare], &kb).len(), 1);
    }

    /// A side of a meeting that is a state (alpha-3) or a club.
    fn side(id: &str, kind: ActorKind) -> Participant {
        Participant {
            actor_id: Some(id.to_string()),
            name: id.to_string(),
            kind,
            country: (kind == ActorKind::State).then(|| id.to_string()),
            office: None,
            role: Role::Participant,
        }
    }

    fn club_meeting(
        doc: &str,
        date: &str,
        sides: &[&str],
        dates: Option<Interval>,
    ) -> EventMention {
        let mut m = pair_meeting(
            doc,
            date,
            Some(("washington", "USA")),
            dates,
            Status::Occurred,
        );
        m.participants = sides
            .iter()
            .map(|s| {
                let state = s.len() == 3 && s.chars().all(|c| c.is_ascii_uppercase());
                side(
                    s,
                    if state {
                        ActorKind::State
                    } else {
                        ActorKind::Organization
                    },
                )
            })
            .collect();
        m
    }

    #[test]
    fn club_members_beside_their_club_are_the_clubs_meeting() {
        let kb = Kb::builtin().expect("the built-in knowledge base loads"); // its memberships table
        let week = Some(iv("1987-04-06", "1987-04-12", Precision::Day));
        // "the G-7 meeting in Washington" and "Canada, Italy and the G-7"
        // the same week
        let ms = vec![
            club_meeting("a", "1987-04-07", &["g7"], week),
            club_meeting(
                "b",
                "1987-04-08",
                &["CAN", "ITA", "g7"],
                day_iv("1987-04-08"),
            ),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        let keys: Vec<String> = evs[0].participants.iter().map(participant_key).collect();
        assert_eq!(keys, vec!["g7"]);
        // Canada is no G-5 member: "Canada, Italy and the G-5" stays apart
        let mut g5 = ms.clone();
        for m in &mut g5 {
            for p in &mut m.participants {
                if p.actor_id.as_deref() == Some("g7") {
                    p.actor_id = Some("g5".to_string());
                }
            }
        }
        assert_eq!(merge(&g5, &kb).len(), 2);
        // the membership's dates count: Spain joined the EC in 1986
        let ec = |date: &str| {
            vec![
                club_meeting("a", date, &["eec"], day_iv(date)),
                club_meeting("b", date, &["ESP", "eec"], day_iv(date)),
            ]
        };
        assert_eq!(merge(&ec("1985-06-12"), &kb).len(), 2);
        assert_eq!(merge(&ec("1987-06-12"), &kb).len(), 1);
        // the host beside its club's meeting in its capital ("Belgium
        // proposed ... at today's summit meeting of EC leaders" in
        // Brussels): the EC's meeting, Belgium no side of it
        let brussels = |doc: &str, sides: &[&str]| {
            let mut m = club_meeting(doc, "1987-06-29", sides, day_iv("1987-06-29"));
            m.place_id = Some("brussels".to_string());
            m.country_code = Some("BEL".to_string());
            m
        };
        let evs = merge(
            &[brussels("a", &["eec"]), brussels("b", &["BEL", "eec"])],
            &kb,
        );
        assert_eq!(evs.len(), 1);
        let keys: Vec<String> = evs[0].participants.iter().map(participant_key).collect();
        assert_eq!(keys, vec!["eec"]);
        // a host that is no member stays a side (Zambia's talks with the IMF)
        let evs = merge(
            &[brussels("a", &["imf"]), brussels("b", &["BEL", "imf"])],
            &kb,
        );
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].participants.len(), 2);
        // a second club beside the club: apart
        let two = vec![
            club_meeting("a", "1987-04-08", &["g7"], day_iv("1987-04-08")),
            club_meeting("b", "1987-04-08", &["g5", "g7"], day_iv("1987-04-08")),
        ];
        assert_eq!(merge(&two, &kb).len(), 2);
        // nor the G-5 and the G-7 of a month inside the G-7's year
        let mut tokyo = club_meeting("a", "1987-04-03", &["g7"], None);
        tokyo.dates = Some(iv("1986-01-01", "1986-12-31", Precision::Year));
        let autumn = club_meeting(
            "b",
            "1987-03-23",
            &["g5", "g7"],
            Some(iv("1986-09-21", "1986-09-30", Precision::Month)),
        );
        assert_eq!(merge(&[tokyo, autumn], &kb).len(), 2);
        // an undated list of the summit's members in Venice joins the
        // nearest Venice summit in time, not a later one
        let venice = |doc: &str, date: &str, sides: &[&str], dates: Option<Interval>| {
            let mut m = club_meeting(doc, date, sides, dates);
            m.place_id = Some("venice".to_string());
            m.country_code = Some("ITA".to_string());
            m
        };
        let ms = vec![
            venice("a", "1987-05-20", &["g7"], day_iv("1987-06-08")),
            venice("b", "1987-06-02", &["CAN", "DEU", "FRA", "g7"], None),
        ];
        assert_eq!(merge(&ms, &kb).len(), 1);
        // with the EC's delegation (a member of the G-7 summits): joined too
        let with_ec = vec![
            venice("a", "1987-05-20", &["g7"], day_iv("1987-06-08")),
            venice("b", "1987-06-02", &["CAN", "ITA", "eec", "g7"], None),
        ];
        let evs = merge(&with_ec, &kb);
        assert_eq!(evs.len(), 1);
        let keys: Vec<String> = evs[0].participants.iter().map(participant_key).collect();
        assert_eq!(keys, vec!["g7"]);
        // undated without the city: apart
        let mut cityless = ms;
        cityless[1].place_id = None;
        assert_eq!(merge(&cityless, &kb).len(), 2);
    }

    #[test]
    fn a_club_named_by_a_smaller_club_and_a_state_is_that_clubs_meeting() {
        let kb = Kb::builtin().expect("the built-in knowledge base loads");
        let paris = |doc: &str, sides: &[&str], dates: Option<Interval>| {
            let mut m = club_meeting(doc, "1987-03-20", sides, dates);
            m.place_id = Some("paris".to_string());
            m.country_code = Some("FRA".to_string());
            m
        };
        let month = Some(iv("1987-02-01", "1987-02-28", Precision::Month));
        // "the meeting of the Group of Five and Canada" (the six named, the
        // G-6 added by the extractor) and "the G-6 meeting" the same month
        let ms = vec![
            paris("a", &["g6"], month),
            paris("b", &["CAN", "g5", "g6"], month),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        let keys: Vec<String> = evs[0].participants.iter().map(participant_key).collect();
        assert_eq!(keys, vec!["g6"]);
        // the G-5 and Italy do not make the G-6: apart
        let ms = vec![
            paris("a", &["g6"], month),
            paris("b", &["ITA", "g5", "g6"], month),
        ];
        assert_eq!(merge(&ms, &kb).len(), 2);
    }

    #[test]
    fn one_sitting_named_by_two_nested_clubs_is_the_smaller_clubs() {
        let kb = Kb::builtin().expect("the built-in knowledge base loads");
        let at = |doc: &str, city: (&str, &str), sides: &[&str], dates: Option<Interval>| {
            let mut m = club_meeting(doc, "1987-03-20", sides, dates);
            m.place_id = Some(city.0.to_string());
            m.country_code = Some(city.1.to_string());
            m
        };
        let paris = ("paris", "FRA");
        let month = Some(iv("1987-02-01", "1987-02-28", Precision::Month));
        // "the meeting of six major industrial nations in Paris last month"
        // and "Italy refused to join a G-7 meeting in Paris" on the 22nd:
        // one sitting, the six's, on its day
        let ms = vec![
            at("a", paris, &["g6"], month),
            at("b", paris, &["g7"], day_iv("1987-02-22")),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        let keys: Vec<String> = evs[0].participants.iter().map(participant_key).collect();
        assert_eq!(keys, vec!["g6"]);
        assert_eq!(evs[0].dates, day_iv("1987-02-22"));
        // another city, or a day the month does not hold: apart
        let ms = vec![
            at("a", ("washington", "USA"), &["g6"], month),
            at("b", paris, &["g7"], day_iv("1987-02-22")),
        ];
        assert_eq!(merge(&ms, &kb).len(), 2);
        let ms = vec![
            at("a", paris, &["g6"], month),
            at("b", paris, &["g7"], day_iv("1987-03-02")),
        ];
        assert_eq!(merge(&ms, &kb).len(), 2);
        // the G-5 and the G-7 dated to their own days stay two sittings
        let ms = vec![
            at("a", ("washington", "USA"), &["g5"], day_iv("1987-04-07")),
            at("b", ("washington", "USA"), &["g7"], day_iv("1987-04-08")),
        ];
        assert_eq!(merge(&ms, &kb).len(), 2);
        // two month clusters of clubs inside the one day cluster: neither
        let ms = vec![
            at("a", paris, &["g6"], month),
            at("c", paris, &["g5"], month),
            at("b", paris, &["g7"], day_iv("1987-02-22")),
        ];
        assert_eq!(merge(&ms, &kb).len(), 3);
    }

    /// A meeting in Frankfurt of persons (`id:CC`, a country each), states
    /// (alpha-3) and organisations (lower-case ids), on `date`.
    fn delegation_meeting(doc: &str, date: &str, sides: &[&str]) -> EventMention {
        let mut m = pair_meeting(
            doc,
            date,
            Some(("frankfurt", "DEU")),
            day_iv(date),
            Status::Occurred,
        );
        m.participants = sides
            .iter()
            .map(|s| match s.split_once(':') {
                Some((id, cc)) => {
                    let mut p = person(id, Role::Participant);
                    p.country = Some(cc.to_string());
                    p
                }
                None if s.len() == 3 && s.chars().all(|c| c.is_ascii_uppercase()) => {
                    side(s, ActorKind::State)
                }
                None => side(s, ActorKind::Organization),
            })
            .collect();
        m
    }

    #[test]
    fn a_meeting_with_more_of_its_delegations_is_that_meeting() {
        let kb = Kb::builtin().expect("the built-in knowledge base loads");
        let keys =
            |e: &Event| -> Vec<String> { e.participants.iter().map(participant_key).collect() };
        // "Baker met Poehl" and "Stoltenberg, Baker and Poehl met" on Monday
        let ms = vec![
            delegation_meeting("a", "1987-10-19", &["baker:USA", "poehl:DEU"]),
            delegation_meeting(
                "b",
                "1987-10-19",
                &["baker:USA", "poehl:DEU", "stoltenberg:DEU"],
            ),
            delegation_meeting("c", "1987-10-19", &["baker:USA", "stoltenberg:DEU"]),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(keys(&evs[0]), vec!["baker", "poehl", "stoltenberg"]);
        // "talks with the IMF" and "with the IMF and the World Bank"
        let ms = vec![
            delegation_meeting("a", "1987-02-26", &["kaunda:ZMB", "imf"]),
            delegation_meeting("b", "1987-02-26", &["kaunda:ZMB", "imf", "world-bank"]),
        ];
        assert_eq!(merge(&ms, &kb).len(), 1);
        // a third country's leader: the trilateral beside the bilateral
        let ms = vec![
            delegation_meeting("a", "2023-08-18", &["biden:USA", "kishida:JPN"]),
            delegation_meeting("b", "2023-08-18", &["biden:USA", "kishida:JPN", "yoon:KOR"]),
        ];
        assert_eq!(merge(&ms, &kb).len(), 2);
        // a club beside the IMF: the G-10's meeting and the IMF's are two
        let ms = vec![
            delegation_meeting("a", "1987-04-09", &["imf", "imf-interim-committee"]),
            delegation_meeting("b", "1987-04-09", &["g10", "imf", "imf-interim-committee"]),
        ];
        assert_eq!(merge(&ms, &kb).len(), 2);
        // the same sides a week apart: two meetings
        let ms = vec![
            delegation_meeting("a", "1987-10-12", &["baker:USA", "poehl:DEU"]),
            delegation_meeting(
                "b",
                "1987-10-19",
                &["baker:USA", "poehl:DEU", "stoltenberg:DEU"],
            ),
        ];
        assert_eq!(merge(&ms, &kb).len(), 2);
        // two larger meetings that fit: which one is unknown, none is joined
        let ms = vec![
            delegation_meeting("a", "1987-10-19", &["baker:USA", "poehl:DEU"]),
            delegation_meeting(
                "b",
                "1987-10-19",
                &["baker:USA", "poehl:DEU", "stoltenberg:DEU"],
            ),
            delegation_meeting(
                "c",
                "1987-10-19",
                &["baker:USA", "poehl:DEU", "volcker:USA"],
            ),
        ];
        assert_eq!(merge(&ms, &kb).len(), 3);
    }

    #[test]
    fn the_leaders_of_the_members_meet_at_their_clubs_summit() {
        let kb = Kb::builtin().expect("the built-in knowledge base loads");
        let venice = |doc: &str, sides: &[&str], dates: Option<Interval>| {
            let mut m = delegation_meeting(doc, "1987-06-01", sides);
            m.place_id = Some("venice".to_string());
            m.country_code = Some("ITA".to_string());
            m.date_text = dates.map(|d: Interval| {
                if d.start == d.end {
                    "June 8".to_string()
                } else {
                    "June 8-10".to_string()
                }
            });
            m.dates = dates;
            m.status = Status::Planned;
            m
        };
        let summit = Some(iv("1987-06-08", "1987-06-10", Precision::Day));
        let leaders = [
            "reagan:USA",
            "thatcher:GBR",
            "kohl:DEU",
            "mitterrand:FRA",
            "nakasone:JPN",
        ];
        let ms = vec![
            venice("a", &["g7"], day_iv("1987-06-08")),
            venice("b", &leaders, summit),
            // "Reagan ... at next week's Venice summit"
            venice("c", &["g7", "reagan:USA"], day_iv("1987-06-08")),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        let keys: Vec<String> = evs[0].participants.iter().map(participant_key).collect();
        assert_eq!(keys, vec!["g7"]);
        // the summit's own days over its first day ("begin on June 8")
        assert_eq!(evs[0].dates, summit);
        // six member states without the club beside "the G-7 ... of the U.S.,
        // Japan, ..." the same day
        let ms = vec![
            venice("a", &["g7", "USA", "JPN", "DEU"], day_iv("1987-06-08")),
            venice(
                "b",
                &["JPN", "DEU", "FRA", "GBR", "ITA", "CAN"],
                day_iv("1987-06-08"),
            ),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        let keys: Vec<String> = evs[0].participants.iter().map(participant_key).collect();
        // the club's summit: its members are not made its sides
        assert_eq!(keys, vec!["g7"]);
        // a non-member's leader among them keeps the meeting apart
        let mut with_korea = leaders.to_vec();
        with_korea.push("chun:KOR");
        let ms = vec![
            venice("a", &["g7"], day_iv("1987-06-08")),
            venice("b", &with_korea, summit),
        ];
        assert_eq!(merge(&ms, &kb).len(), 2);
        // three leaders may be a trilateral on the summit's sidelines
        let ms = vec![
            venice("a", &["g7"], day_iv("1987-06-08")),
            venice("b", &leaders[..3], summit),
        ];
        assert_eq!(merge(&ms, &kb).len(), 2);
    }

    #[test]
    fn a_calendar_plan_told_before_a_past_week_says_its_day() {
        let kb = Kb::default();
        let mut plan = pair_meeting(
            "a",
            "1987-06-01",
            Some(("venice", "ITA")),
            day_iv("1987-06-08"),
            Status::Planned,
        );
        plan.date_text = Some("June 8".to_string());
        // "Reagan's comment last week at the Venice summit", told on the 15th
        let mut past = pair_meeting(
            "b",
            "1987-06-15",
            Some(("venice", "ITA")),
            Some(iv("1987-06-08", "1987-06-14", Precision::Day)),
            Status::Occurred,
        );
        past.date_text = Some("last week".to_string());
        let evs = merge(&[plan.clone(), past.clone()], &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].dates, day_iv("1987-06-08"));
        // a plan of "tomorrow" (no calendar day) still loses to the past week
        let mut tomorrow = plan;
        tomorrow.date_text = Some("tomorrow".to_string());
        let evs = merge(&[tomorrow, past], &kb);
        assert_eq!(
            evs[0].dates,
            Some(iv("1987-06-08", "1987-06-14", Precision::Day))
        );
    }

    #[test]
    fn a_visits_week_yields_to_calendar_days_told_before_it() {
        let kb = Kb::default();
        // "to visit Moscow April 13-16", told on March 6
        let mut plan = visit(V {
            doc: "a",
            doc_date: "1987-03-06",
            guest: "shultz",
            place: Some("moscow"),
            country: "SUN",
            dates: Some(iv("1987-04-13", "1987-04-16", Precision::Day)),
            status: Status::Planned,
            ..V::default()
        });
        plan.date_text = Some("April 13-16".to_string());
        // "is due to fly to Moscow next week", told on April 9
        let mut week = visit(V {
            doc: "b",
            doc_date: "1987-04-09",
            guest: "shultz",
            place: Some("moscow"),
            country: "SUN",
            dates: Some(iv("1987-04-13", "1987-04-19", Precision::Day)),
            status: Status::Planned,
            ..V::default()
        });
        week.date_text = Some("next week".to_string());
        let evs = merge(&[plan.clone(), week.clone()], &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(
            evs[0].dates,
            Some(iv("1987-04-13", "1987-04-16", Precision::Day))
        );
        // days first told inside the week do not narrow it ("in Moscow this
        // week" and "arrived on Monday")
        plan.doc_date = Some(day("1987-04-13"));
        week.doc_date = Some(day("1987-04-14"));
        let evs = merge(&[plan, week], &kb);
        assert_eq!(
            evs[0].dates,
            Some(iv("1987-04-13", "1987-04-19", Precision::Day))
        );
    }

    #[test]
    fn a_headlines_report_day_yields_to_the_days_that_hold_it() {
        let kb = Kb::default();
        let london = Some(("london", "GBR"));
        // "OPENS TALKS" (the report day) and "are meeting today and
        // tomorrow" in the same story
        let mut head = pair_meeting(
            "a",
            "1987-03-23",
            london,
            day_iv("1987-03-23"),
            Status::Occurred,
        );
        head.date_text = Some("(report date)".to_string());
        let mut body = pair_meeting(
            "a",
            "1987-03-23",
            london,
            Some(iv("1987-03-23", "1987-03-24", Precision::Day)),
            Status::Occurred,
        );
        body.sentence = Sentence {
            start: 100,
            end: 200,
        };
        body.date_text = Some("today .. tomorrow".to_string());
        let evs = merge(&[head, body], &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(
            evs[0].dates,
            Some(iv("1987-03-23", "1987-03-24", Precision::Day))
        );
    }

    #[test]
    fn a_persons_plan_dated_a_few_days_off_joins_the_occurred_event() {
        let kb = Kb::default();
        let jakarta = Some(("jakarta", "IDN"));
        // "arrived here on Saturday and will have talks with Suharto
        // tomorrow", dated Saturday in a Monday story, and the meeting of
        // Tuesday
        let ms = vec![
            pair_meeting(
                "a",
                "1987-03-23",
                jakarta,
                day_iv("1987-03-21"),
                Status::Planned,
            ),
            pair_meeting(
                "b",
                "1987-03-24",
                jakarta,
                day_iv("1987-03-24"),
                Status::Occurred,
            ),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].status, Status::Occurred);
        // a meeting keeps its day (no span) and both claims
        assert_eq!(evs[0].dates, day_iv("1987-03-24"));
        assert_eq!(evs[0].date_claims.len(), 2);
        // told while the trip is under way (the talks of the 22nd-24th
        // already reported): joined too
        let mut under_way = ms.clone();
        under_way.push(pair_meeting(
            "b",
            "1987-03-24",
            jakarta,
            Some(iv("1987-03-22", "1987-03-24", Precision::Day)),
            Status::Occurred,
        ));
        assert_eq!(merge(&under_way, &kb).len(), 1);
        // in one report, a plan's day already past loses to the day it
        // says happened, however narrow ("here on a two-day visit", a plan
        // dated the 13th)
        let velayati = |dates: Option<Interval>, status: Status| {
            visit(V {
                doc: "a",
                doc_date: "1987-10-19",
                guest: "velayati",
                place: Some("havana"),
                country: "CUB",
                dates,
                status,
                ..V::default()
            })
        };
        let same = vec![
            velayati(
                Some(iv("1987-10-19", "1987-10-20", Precision::Day)),
                Status::Occurred,
            ),
            velayati(day_iv("1987-10-13"), Status::Planned),
        ];
        let evs = merge(&same, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(
            evs[0].dates,
            Some(iv("1987-10-19", "1987-10-20", Precision::Day))
        );
        // eight days off: another occasion
        let mut far = ms.clone();
        far[0].dates = day_iv("1987-03-16");
        far[0].doc_id = "c".to_string();
        far[0].doc_date = Some(day("1987-03-15"));
        assert_eq!(merge(&far, &kb).len(), 2);
        // a club's meetings days apart are two (the EC's councils)
        let clubs: Vec<EventMention> = ms
            .iter()
            .cloned()
            .map(|mut m| {
                m.participants = vec![side("eec", ActorKind::Organization)];
                m
            })
            .collect();
        assert_eq!(merge(&clubs, &kb).len(), 2);
        // "will also be visiting South Korea before returning to London on
        // April 11" (reported the 3rd) and "left Tokyo yesterday for South
        // Korea" (the 8th): one trip
        let trip = vec![
            visit(V {
                doc: "a",
                doc_date: "1987-04-03",
                guest: "howard",
                country: "KOR",
                dates: day_iv("1987-04-11"),
                status: Status::Planned,
                ..V::default()
            }),
            visit(V {
                doc: "b",
                doc_date: "1987-04-09",
                guest: "howard",
                country: "KOR",
                dates: day_iv("1987-04-08"),
                ..V::default()
            }),
        ];
        let evs = merge(&trip, &kb);
        assert_eq!(evs.len(), 1);
        // the plan's day is not spanned over: it may be a wrong day
        assert_eq!(evs[0].dates, day_iv("1987-04-08"));
        assert_eq!(evs[0].date_claims.len(), 2);
    }

    #[test]
    fn the_days_of_one_trip_span_its_window() {
        let kb = Kb::default();
        let v = |doc: &str, date: &str, dates: Option<Interval>, status: Status| {
            visit(V {
                doc,
                doc_date: date,
                guest: "biden",
                place: Some("hiroshima"),
                country: "JPN",
                dates,
                status,
                ..V::default()
            })
        };
        // "travel to Hiroshima for the G7, May 19-21", "arrived in
        // Hiroshima" (the 18th), "met Kishida in Hiroshima" (the 21st)
        let ms = vec![
            v(
                "a",
                "2023-04-25",
                Some(iv("2023-05-19", "2023-05-21", Precision::Day)),
                Status::Planned,
            ),
            v("b", "2023-05-18", day_iv("2023-05-18"), Status::Occurred),
            v("c", "2023-05-21", day_iv("2023-05-21"), Status::Occurred),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(
            evs[0].dates,
            Some(iv("2023-05-18", "2023-05-21", Precision::Day))
        );
        assert_eq!(evs[0].date_claims.len(), 3);
        // a day inside another story's week ("arrived last night", the
        // 11th; "arrived last night", the 10th, and "this week", 9-15):
        // one trip, from the arrival to the latest precise day (not "this
        // week")
        let ms = vec![
            v("a", "1987-03-11", day_iv("1987-03-10"), Status::Occurred),
            v(
                "b",
                "1987-03-12",
                Some(iv("1987-03-09", "1987-03-15", Precision::Day)),
                Status::Occurred,
            ),
            v("c", "1987-03-12", day_iv("1987-03-11"), Status::Occurred),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(
            evs[0].dates,
            Some(iv("1987-03-10", "1987-03-11", Precision::Day))
        );
        // days further apart than a trip lasts: the picked window stays
        let a = v("a", "2023-05-01", day_iv("2023-05-01"), Status::Occurred);
        let b = v(
            "b",
            "2023-05-20",
            Some(iv("2023-05-10", "2023-05-20", Precision::Day)),
            Status::Occurred,
        );
        let picked = iv("2023-05-10", "2023-05-20", Precision::Day);
        assert_eq!(trip_span(picked, &[&a, &b]), picked);
        let near = v("a", "2023-05-08", day_iv("2023-05-08"), Status::Occurred);
        assert_eq!(
            trip_span(picked, &[&near, &b]),
            iv("2023-05-08", "2023-05-20", Precision::Day)
        );
        // "this week" beside the precise day does not blur it
        let week = v(
            "c",
            "2023-05-12",
            Some(iv("2023-05-08", "2023-05-14", Precision::Day)),
            Status::Occurred,
        );
        let day12 = v("d", "2023-05-12", day_iv("2023-05-12"), Status::Occurred);
        let twelfth = iv("2023-05-12", "2023-05-12", Precision::Day);
        assert_eq!(trip_span(twelfth, &[&week, &day12]), twelfth);
        // a report date of a visit under way is not a stated day
        let mut visiting = near.clone();
        visiting.rule = "visit.noun+under_way".to_string();
        assert_eq!(trip_span(picked, &[&visiting, &b]), picked);
    }

    #[test]
    fn a_clubs_summit_and_its_ministers_meeting_months_apart_stay_apart() {
        // Round 11 (docs/audits/round11-time.md): the ministers' G-7 meeting
        // of Apr 8 (placeless, dated), Lawson's plan to go to it (undated),
        // the Venice summit "scheduled for June" left undated (Mar 23) and
        // "the upcoming summit in Venice" (Jun 2) were one event at Venice
        // on Apr 8.
        let kb = Kb::default();
        let at_venice = |mut m: EventMention| {
            m.place_id = Some("venice".to_string());
            m.country_code = Some("ITA".to_string());
            m.rule = "meeting.summit.club".to_string();
            m.status = Status::Planned;
            m
        };
        let mut dated = club_meeting("b", "1987-04-09", &["g7"], day_iv("1987-04-08"));
        dated.place_id = None;
        dated.country_code = None;
        dated.rule = "meeting.club".to_string();
        let mut lawson = club_meeting("c", "1987-04-02", &["g7"], None);
        lawson.place_id = None;
        lawson.country_code = None;
        lawson.rule = "meeting.club".to_string();
        lawson.status = Status::Planned;
        let ms = vec![
            at_venice(club_meeting("a", "1987-03-23", &["g7"], None)),
            dated,
            lawson,
            at_venice(club_meeting("d", "1987-06-02", &["g7"], None)),
        ];
        let evs = merge(&ms, &kb);
        let holder = |i: usize| evs.iter().position(|e| e.mentions.contains(&i));
        // the ministers' meeting keeps its day, its plan and no summit city
        assert_eq!(holder(1), holder(2));
        assert_ne!(holder(0), holder(1));
        assert_ne!(holder(3), holder(1));
        let apr = holder(1).and_then(|i| evs.get(i));
        assert_eq!(apr.and_then(|e| e.dates), day_iv("1987-04-08"));
        assert_eq!(apr.and_then(|e| e.place_id.clone()), None);
        // a dated summit still takes its undated mentions, and a plan
        // reported before the meeting still joins it
        let mut summit = at_venice(club_meeting(
            "e",
            "1987-06-09",
            &["g7"],
            day_iv("1987-06-08"),
        ));
        summit.status = Status::Occurred;
        let ms = vec![
            summit,
            at_venice(club_meeting("d", "1987-06-02", &["g7"], None)),
        ];
        assert_eq!(merge(&ms, &kb).len(), 1);
    }

    #[test]
    fn a_headlines_club_meeting_is_not_the_summit_its_body_names_by_month() {
        // "U.S. SAID TO VIEW G-7 MEETING AS MAJOR SUCCESS" over "they will
        // meet before the June Economic Summit": the headline's undated
        // meeting is the ministers' meeting another story dates, not the
        // June summit of its own story.
        let kb = Kb::default();
        let mut june = club_meeting(
            "a",
            "1987-04-09",
            &["g7"],
            Some(iv("1987-06-01", "1987-06-30", Precision::Month)),
        );
        june.place_id = None;
        june.country_code = None;
        june.rule = "meeting.summit.club".to_string();
        june.status = Status::Planned;
        let mut headline = club_meeting("a", "1987-04-09", &["g7"], None);
        headline.rule = "meeting.club".to_string();
        let mut dated = club_meeting("b", "1987-04-09", &["g7"], day_iv("1987-04-08"));
        dated.rule = "meeting.club".to_string();
        // another story tells the summit in other words: still no home for
        // the headline of the first
        let mut told = club_meeting(
            "c",
            "1987-06-01",
            &["g7"],
            Some(iv("1987-06-01", "1987-06-30", Precision::Month)),
        );
        told.place_id = None;
        told.country_code = None;
        told.rule = "meeting.noun".to_string();
        told.status = Status::Planned;
        let ms = vec![june, headline, dated, told];
        let evs = merge(&ms, &kb);
        let holder = |i: usize| evs.iter().position(|e| e.mentions.contains(&i));
        assert_ne!(holder(0), holder(1));
        assert_eq!(holder(1), holder(2));
    }

    #[test]
    fn a_visits_day_inside_its_stated_range_gives_the_range() {
        // "welcoming Herzog to the White House on October 26" beside "will
        // be in Washington October 25-26": the trip is the range.
        let kb = Kb::default();
        let herzog = |at: usize, dates: Option<Interval>, text: &str| {
            let mut m = visit(V {
                doc: "a",
                doc_date: "2022-10-17",
                at,
                guest: "herzog",
                place: Some("washington"),
                dates,
                status: Status::Planned,
                ..V::default()
            });
            m.date_text = Some(text.to_string());
            m
        };
        let ms = vec![
            herzog(0, day_iv("2022-10-26"), "October 26"),
            herzog(
                50,
                Some(iv("2022-10-25", "2022-10-26", Precision::Day)),
                "October 25-26",
            ),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(
            evs[0].dates,
            Some(iv("2022-10-25", "2022-10-26", Precision::Day))
        );
        // a meeting's later day stays that day (a session of its own)
        let meetings: Vec<EventMention> = ms
            .into_iter()
            .map(|m| as_kind(m, EventType::Meeting))
            .collect();
        let evs = merge(&meetings, &kb);
        assert!(evs.iter().any(|e| e.dates == day_iv("2022-10-26")));
        // a trip's five days over two countries keep the city's own day
        let mut seoul = herzog(0, day_iv("2022-05-21"), "today");
        seoul.date_text = Some("May 21".to_string());
        let trip = herzog(
            50,
            Some(iv("2022-05-20", "2022-05-24", Precision::Day)),
            "May 20-24",
        );
        let evs = merge(&[seoul, trip], &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].dates, day_iv("2022-05-21"));
    }

    #[test]
    fn a_day_inside_a_stated_length_gives_the_length() {
        // "flew out of Oslo yesterday" beside "left Oslo yesterday at the
        // end of a three-day visit": the visit is the three days
        let kb = Kb::default();
        let mondale = |at: usize, dates: Option<Interval>, text: &str| {
            let mut m = visit(V {
                doc: "a",
                doc_date: "1990-06-09",
                at,
                guest: "mondale",
                place: Some("oslo"),
                country: "NOR",
                dates,
                ..V::default()
            });
            m.date_text = Some(text.to_string());
            m
        };
        let ms = vec![
            mondale(0, day_iv("1990-06-08"), "yesterday"),
            mondale(
                50,
                Some(iv("1990-06-06", "1990-06-08", Precision::Day)),
                "yesterday (three-day)",
            ),
        ];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(
            evs[0].dates,
            Some(iv("1990-06-06", "1990-06-08", Precision::Day))
        );
        // a meeting's stated length too ("the two-day meeting")
        let meetings: Vec<EventMention> = ms
            .iter()
            .cloned()
            .map(|m| as_kind(m, EventType::Meeting))
            .collect();
        let evs = merge(&meetings, &kb);
        assert!(evs
            .iter()
            .any(|e| e.dates == Some(iv("1990-06-06", "1990-06-08", Precision::Day))));
        // two lengths that disagree keep the day
        let mut other = ms.clone();
        other.push(mondale(
            90,
            Some(iv("1990-06-07", "1990-06-10", Precision::Day)),
            "Thursday (four-day)",
        ));
        let evs = merge(&other, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0].dates, day_iv("1990-06-08"));
        // a window the report date gave is no length
        let mut reported = ms;
        reported[1].date_text = Some("(report date)".to_string());
        let evs = merge(&reported, &kb);
        assert_eq!(evs[0].dates, day_iv("1990-06-08"));
    }

    #[test]
    fn a_visits_day_inside_its_stated_stay_gives_the_stay() {
        // "landed in Lisbon on Sunday for a three-day official visit"
        // beside "held talks with the president on Monday": the stay
        let kb = Kb::default();
        let guest = |at: usize, dates: Option<Interval>, text: &str| {
            let mut m = visit(V {
                doc: "a",
                doc_date: "2024-03-12",
                at,
                guest: "tanaka",
                place: Some("lisbon"),
                dates,
                status: Status::Occurred,
                ..V::default()
            });
            m.date_text = Some(text.to_string());
            m
        };
        let stay = guest(
            0,
            Some(iv("2024-03-10", "2024-03-12", Precision::Day)),
            "Sunday (three-day)",
        );
        let ms = vec![stay, guest(80, day_iv("2024-03-11"), "Monday")];
        let evs = merge(&ms, &kb);
        assert_eq!(evs.len(), 1);
        assert_eq!(
            evs[0].dates,
            Some(iv("2024-03-10", "2024-03-12", Precision::Day))
        );
    }

    #[test]
    fn club_meetings_of_different_forums_stay_apart() {
        let kb = Kb::builtin().expect("the built-in knowledge base loads");
        let luxembourg = |doc: &str, date: &str, dates: Option<Interval>, topic: Option<&str>| {
            let mut m = club_meeting(doc, date, &["eec"], dates);
            m.place_id = Some("luxembourg-city".to_string());
            m.country_code = Some("LUX".to_string());
            m.topic = topic.map(str::to_string);
            m
        };
        // the farm ministers on the 29th, and "an EC energy ministers
        // meeting in Luxembourg" told undated a week later: two councils
        let farm = luxembourg("a", "1987-04-29", day_iv("1987-04-29"), Some("farm"));
        let energy = luxembourg("b", "1987-05-06", None, Some("energy"));
        assert_eq!(merge(&[farm.clone(), energy], &kb).len(), 2);
        // with no forum told it joins as before
        let unknown = luxembourg("b", "1987-05-06", None, None);
        assert_eq!(merge(&[farm.clone(), unknown], &kb).len(), 1);
        // ministers of no named field fit the farm council
        let ministers = luxembourg("b", "1987-05-06", None, Some("ministers"));
        assert_eq!(merge(&[farm.clone(), ministers], &kb).len(), 1);
        // but not the leaders' summit, even on the same day at one place
        let summit = luxembourg("c", "1987-04-29", day_iv("1987-04-29"), Some("leaders"));
        assert_eq!(merge(&[farm.clone(), summit], &kb).len(), 2);
        // a committee told undated does not join, by recency alone, a
        // meeting of the club whose forum no story told
        let session = luxembourg("a", "1987-04-29", day_iv("1987-04-29"), None);
        let committee = luxembourg("b", "1987-05-06", None, Some("committee"));
        assert_eq!(merge(&[session, committee], &kb).len(), 2);
    }

    /// An EC council's mention in Brussels for the round 16 tests, by its
    /// rule and status.
    fn council(
        doc: &str,
        date: &str,
        dates: Option<Interval>,
        rule: &str,
        status: Status,
    ) -> EventMention {
        let mut m = club_meeting(doc, date, &["eec"], dates);
        m.place_id = Some("brussels".to_string());
        m.country_code = Some("BEL".to_string());
        m.rule = rule.to_string();
        m.status = status;
        m
    }

    #[test]
    fn an_undated_council_told_here_is_not_another_weeks_sitting() {
        let kb = Kb::builtin().expect("the built-in knowledge base loads");
        let march = council(
            "a",
            "1987-03-31",
            day_iv("1987-03-31"),
            "meeting.club",
            Status::Occurred,
        );
        // "EC FARM MINISTERS END PRICES MEETING", told at the dateline a
        // month later: another week's sitting
        let april = council(
            "b",
            "1987-04-29",
            None,
            "meeting.club+dateline",
            Status::Occurred,
        );
        assert_eq!(merge(&[march.clone(), april], &kb).len(), 2);
        // told two days after the sitting: the story's week
        let near = council(
            "c",
            "1987-04-02",
            None,
            "meeting.club+dateline",
            Status::Occurred,
        );
        assert_eq!(merge(&[march.clone(), near], &kb).len(), 1);
        // not told at the dateline ("the recent farm ministers' meeting"):
        // recent news, as before
        let recent = council("d", "1987-04-29", None, "meeting.club", Status::Occurred);
        assert_eq!(merge(&[march.clone(), recent], &kb).len(), 1);
        // of its own story too: "ministers meeting here" is not the sitting
        // "next on May 21" the story announces
        let may = council(
            "e",
            "1987-03-20",
            day_iv("1987-05-21"),
            "meeting.club",
            Status::Planned,
        );
        let here = council(
            "e",
            "1987-03-20",
            None,
            "meeting.club+here",
            Status::Proposed,
        );
        assert_eq!(merge(&[may, here], &kb).len(), 2);
    }

    #[test]
    fn a_clubs_plan_told_after_a_sitting_is_the_next_one() {
        let kb = Kb::builtin().expect("the built-in knowledge base loads");
        let december = council(
            "a",
            "1986-12-20",
            Some(iv("1986-12-01", "1986-12-31", Precision::Month)),
            "meeting.club",
            Status::Occurred,
        );
        // "expects OPEC to meet before June", told in late February
        let plan = council("b", "1987-02-26", None, "meeting.club", Status::Planned);
        assert_eq!(merge(&[december.clone(), plan], &kb).len(), 2);
        // the sitting told as past is still December's
        let done = council("c", "1987-02-26", None, "meeting.club", Status::Occurred);
        assert_eq!(merge(&[december, done], &kb).len(), 1);
    }

    /// One leg of Ramos's tour, told in story "a" on `doc_date`: a visit to
    /// `place` on day `d` (the stay-end tests).
    fn leg(
        doc_date: &'static str,
        at: usize,
        place: &'static str,
        country: &'static str,
        d: &str,
    ) -> EventMention {
        visit(V {
            doc: "a",
            doc_date,
            at,
            guest: "ramos",
            place: Some(place),
            country,
            dates: day_iv(d),
            ..V::default()
        })
    }

    #[test]
    fn a_stay_ends_where_the_next_leg_begins_or_at_its_last_talks() {
        // "arrived in Lisbon on Monday", "met the president there on
        // Tuesday", "flies on to Madrid on Thursday": Lisbon is Monday to
        // Thursday; the Madrid leg keeps its own day
        let kb = Kb::default();
        let stop = |at, place, country, d| leg("2024-03-05", at, place, country, d);
        let lisbon = stop(0, "lisbon", "PRT", "2024-03-04");
        let mut talks = stop(20, "lisbon", "PRT", "2024-03-05");
        talks.event_type = EventType::Meeting;
        talks.participants = vec![
            person("ramos", Role::Participant),
            person("sousa", Role::Participant),
        ];
        let mut madrid = stop(40, "madrid", "ESP", "2024-03-07");
        madrid.status = Status::Planned;
        let evs = merge(&[lisbon.clone(), talks.clone(), madrid.clone()], &kb);
        let at = |evs: &[Event], place: &str, kind: EventType| {
            evs.iter()
                .find(|e| e.event_type == kind && e.place_id.as_deref() == Some(place))
                .and_then(|e| e.dates)
        };
        assert_eq!(
            at(&evs, "lisbon", EventType::Visit),
            Some(iv("2024-03-04", "2024-03-07", Precision::Day))
        );
        assert_eq!(at(&evs, "madrid", EventType::Visit), day_iv("2024-03-07"));
        // with no next leg, the stay lasts through its guest's talks there
        let evs = merge(&[lisbon.clone(), talks.clone()], &kb);
        assert_eq!(
            at(&evs, "lisbon", EventType::Visit),
            Some(iv("2024-03-04", "2024-03-05", Precision::Day))
        );
        // a leg the same day ended the stay that day: the later one is
        // not its end
        let porto = stop(30, "porto", "PRT", "2024-03-04");
        let evs = merge(&[lisbon.clone(), porto, madrid.clone()], &kb);
        assert_eq!(at(&evs, "lisbon", EventType::Visit), day_iv("2024-03-04"));
        // a leg told in another story, or weeks later, is no end of it
        let mut elsewhere = madrid.clone();
        elsewhere.doc_id = "b".to_string();
        let evs = merge(&[lisbon.clone(), elsewhere], &kb);
        assert_eq!(at(&evs, "lisbon", EventType::Visit), day_iv("2024-03-04"));
        let mut later = madrid;
        later.dates = day_iv("2024-03-20");
        let evs = merge(&[lisbon, later], &kb);
        assert_eq!(at(&evs, "lisbon", EventType::Visit), day_iv("2024-03-04"));
    }

    #[test]
    fn a_guest_gone_the_same_evening_stays_one_day() {
        // round 18: "arrived in Lisbon on Monday ... was due to leave the
        // same evening for Madrid", the Madrid summit told for Wednesday:
        // Lisbon is Monday only
        let kb = Kb::default();
        let stop = |at, place, country, d| leg("2024-03-04", at, place, country, d);
        let lisbon = stop(0, "lisbon", "PRT", "2024-03-04");
        let mut madrid = stop(40, "madrid", "ESP", "2024-03-06");
        madrid.status = Status::Planned;
        let at = |evs: &[Event]| {
            evs.iter()
                .find(|e| e.place_id.as_deref() == Some("lisbon"))
                .and_then(|e| e.dates)
        };
        // without the departure, the stay runs to the next leg
        let evs = merge(&[lisbon.clone(), madrid.clone()], &kb);
        assert_eq!(
            at(&evs),
            Some(iv("2024-03-04", "2024-03-06", Precision::Day))
        );
        let mut gone = lisbon.clone();
        gone.rule = "visit.arrive_in+left_same_day".to_string();
        let evs = merge(&[gone, madrid], &kb);
        assert_eq!(at(&evs), day_iv("2024-03-04"));
    }
}

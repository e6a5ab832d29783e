//! Rule-family tests on hand-built documents: entities and temporal
//! expressions are given, so only the extractor's rules are under test.

use super::test_support::{day, sorted_ids};
use super::*;
use crate::ingest::Document;
use crate::kb::Entity;
use crate::time::{Precision, TimexType};

pub(super) struct Fixture {
    doc: Document,
    sentences: Vec<Sentence>,
    entities: Vec<EntityMention>,
    timexes: Vec<Timex>,
    kb: Kb,
}

/// A document whose sentences end with ". "; `people` and `places` are found
/// by surface (every occurrence); `dates` are (surface, start, end, precision).
pub(super) fn fixture(
    text: &str,
    dct: &str,
    people: &[(&str, &str)],
    places: &[(&str, Entity)],
    dates: &[(&str, &str, &str, Precision)],
) -> Fixture {
    let mut sentences = vec![];
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        sentences.push(Sentence { start, end: i + 1 });
        start = i + 2;
    }
    if start < text.len() {
        sentences.push(Sentence {
            start,
            end: text.len(),
        });
    }
    let mut entities = vec![];
    for (surface, id) in people {
        for (i, _) in text.match_indices(surface) {
            entities.push(EntityMention {
                start: i,
                end: i + surface.len(),
                entity: Entity::Person {
                    actor_id: id.to_string(),
                },
            });
        }
    }
    for (surface, e) in places {
        for (i, _) in text.match_indices(surface) {
            entities.push(EntityMention {
                start: i,
                end: i + surface.len(),
                entity: e.clone(),
            });
        }
    }
    entities.sort_by_key(|e| (e.start, e.end));
    let mut timexes = vec![];
    for (surface, a, b, p) in dates {
        for (i, _) in text.match_indices(surface) {
            timexes.push(Timex {
                begin: i,
                end: i + surface.len(),
                text: surface.to_string(),
                kind: TimexType::Date,
                value: a.to_string(),
                interval: Some(Interval {
                    start: day(a),
                    end: day(b),
                    precision: *p,
                }),
            });
        }
    }
    // lengths ("a two-day visit", "a week long visit") as the tagger gives them
    timexes.extend(
        crate::time::Tagger::new()
            .tag(text, Some(day(dct)))
            .into_iter()
            .filter(|x| x.kind == TimexType::Duration),
    );
    timexes.sort_by_key(|t| t.begin);
    let doc = Document::bare("t", "t.txt", text, Some(day(dct)));
    Fixture {
        doc,
        sentences,
        entities,
        timexes,
        kb: clubs_only(),
    }
}

/// A knowledge base that knows only the organisations (with their `club`
/// column): the fixtures name every entity themselves, but whether the G-5
/// is a club of states is a fact of the tables, not of the test.
fn clubs_only() -> Kb {
    let mut t = crate::kb::tables::Tables::default();
    let orgs = include_str!("../../data/reference/organizations.tsv");
    if t.add("organizations.tsv", "organizations.tsv", orgs)
        .is_err()
    {
        return Kb::default();
    }
    Kb::from_tables(&t).unwrap_or_default()
}

impl Fixture {
    /// The fixture as the extractor reads it, with the report date `dct`.
    pub(super) fn ctx(&self, dct: Option<NaiveDate>) -> DocContext<'_> {
        DocContext {
            doc: &self.doc,
            dct,
            sentences: &self.sentences,
            timexes: &self.timexes,
            entities: &self.entities,
            kb: &self.kb,
        }
    }
}

fn run(f: &Fixture) -> Vec<EventMention> {
    extract(&f.ctx(f.doc.published.map(|p| p.date)))
}

fn country(code: &str) -> Entity {
    Entity::Country {
        code: code.to_string(),
    }
}

fn city(id: &str) -> Entity {
    Entity::Place {
        place_id: id.to_string(),
    }
}

/// The first mention of type `ty`; fails the test when there is none.
fn first(ms: &[EventMention], ty: EventType) -> &EventMention {
    ms.iter()
        .find(|m| m.event_type == ty)
        .unwrap_or_else(|| panic!("a {ty:?} among {ms:?}"))
}

fn ids(m: &EventMention, role: Role) -> Vec<String> {
    m.participants
        .iter()
        .filter(|p| p.role == role)
        .filter_map(|p| p.actor_id.clone())
        .collect()
}

const PEOPLE: &[(&str, &str)] = &[
    ("John Kerry", "kerry"),
    ("Kerry", "kerry"),
    ("Vladimir Putin", "putin"),
    ("Sergey Lavrov", "lavrov"),
    ("Barack Obama", "obama"),
    ("Antony Blinken", "blinken"),
];

fn kinds(ms: &[EventMention]) -> Vec<(&'static str, Vec<String>)> {
    let mut v: Vec<(&'static str, Vec<String>)> = ms
        .iter()
        .map(|m| (m.event_type.as_str(), sorted_ids(m, None)))
        .collect();
    v.sort();
    v
}

#[test]
fn talks_of_another_year_are_not_the_storys_talks_told_again() {
    let ms = super::test_support::mentions(
        "TOKYO, April 20 - U.S. Agriculture Secretary Richard Lyng held talks with Japanese \
         Agriculture Minister Mutsuki Kato today on beef and citrus quotas. The two countries \
         settled the quotas before in bilateral talks in 1984.",
        "1987-04-20",
    );
    let meetings: Vec<_> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Meeting)
        .collect();
    assert!(
        meetings
            .iter()
            .any(|m| m.participants.iter().any(|p| p.name.contains("Lyng"))),
        "{:?}",
        super::test_support::rows(&ms)
    );
    // no copy of the Lyng-Kato sides dated 1984
    assert!(
        !meetings.iter().any(|m| {
            m.dates
                .is_some_and(|d| d.start.to_string().starts_with("1984"))
                && m.participants.iter().any(|p| p.name.contains("Lyng"))
        }),
        "{:?}",
        super::test_support::rows(&ms)
    );
}

#[test]
fn talks_of_another_time_take_no_sides_of_states_or_bodies() {
    // "this weekend's talks" are not the Japan-EC talks of next week
    let ms = super::test_support::mentions(
        "BRUSSELS, March 27 - Japan and the European Community will hold trade talks in \
         Tokyo next week. Bankers said they would discuss the loan at this weekend's talks.",
        "1987-03-27",
    );
    let rows = super::test_support::rows(&ms);
    let meetings: Vec<_> = rows.iter().filter(|r| r.0 == EventType::Meeting).collect();
    assert_eq!(meetings.len(), 1, "{rows:?}");
    // "the two sides" names them again: their January talks are theirs,
    // but not at the place of today's
    let ms = super::test_support::mentions(
        "WARSAW, March 31 - Poland held talks with the Paris Club of creditor nations today \
         on rescheduling its debt. The two sides had already met in January, and the \
         January talks focussed on interest arrears.",
        "1987-03-31",
    );
    let january: Vec<_> = ms
        .iter()
        .filter(|m| {
            m.event_type == EventType::Meeting
                && m.dates
                    .is_some_and(|d| d.start.to_string().starts_with("1987-01"))
        })
        .collect();
    assert_eq!(january.len(), 1, "{:?}", super::test_support::rows(&ms));
    assert_eq!(january[0].participants.len(), 2);
    assert_eq!(january[0].place_id, None);
}

#[test]
fn a_private_trip_is_a_visit_of_an_office_holder_only() {
    // no office in 1987: neither report of the trip is a visit
    let ms = super::test_support::mentions(
        "RIO DE JANEIRO, June 20 - Former Secretary of State Henry Kissinger came to Brazil \
         on a private visit to address a business congress. During his visit he will call \
         on President Jose Sarney.",
        "1987-06-20",
    );
    assert!(
        super::test_support::visits(&ms, "Kissinger").is_empty(),
        "{:?}",
        super::test_support::rows(&ms)
    );
    // a sitting president's private visit counts
    let ms = super::test_support::mentions(
        "PHILADELPHIA, June 19 - Argentine President Raul Alfonsin, who is beginning a \
         four-day private visit to the U.S., spoke to a business council here.",
        "1987-06-19",
    );
    assert!(
        !super::test_support::visits(&ms, "Alfons").is_empty(),
        "{:?}",
        super::test_support::rows(&ms)
    );
}

#[test]
fn a_meeting_of_another_thread_does_not_date_a_states_trip() {
    // the Paris Club agreement took Japan from the trip; it is no meeting of it
    let ms = super::test_support::mentions(
        "The talks follow an agreement reached between Nigeria and the Paris Club in \
         December. A Nigerian delegation has visited Japan.",
        "1987-03-23",
    );
    let rows = super::test_support::rows(&ms);
    let trip = rows
        .iter()
        .find(|r| r.0 == EventType::Visit)
        .expect("the trip to Japan");
    assert!(!trip.3.starts_with("1986-12"), "{rows:?}");
}

#[test]
fn a_word_opens_a_phrase_across_a_wire_line_break() {
    // wire copy breaks its lines where a space stood: "talks in\nLondon"
    assert!(opens_with_word("in\nLondon", "in"));
    assert!(opens_with_word("  With\tPutin", "with"));
    assert!(!opens_with_word("inside London", "in"));
    assert!(!opens_with_word("in", "in"));
    // a lead that opens with "in" names places, not sides, line break or not
    for gap in [" ", "\n"] {
        let text = format!(
            "LONDON, May 4 - Brazil's delegates left the talks in{gap}London of the \
             International Coffee Organization yesterday."
        );
        let ms = super::test_support::mentions(&text, "1987-05-04");
        assert!(
            !ms.iter()
                .any(|m| m.participants.iter().any(|p| p.name.contains("Coffee"))),
            "{gap:?}: {:?}",
            super::test_support::rows(&ms)
        );
    }
}

#[test]
fn arrival_with_meetings_gives_a_visit_and_one_meeting_per_host() {
    let f = fixture(
        "On May 12, 2015, John Kerry arrived in Sochi, where he met with Vladimir Putin and Sergey Lavrov. ",
        "2015-05-13",
        PEOPLE,
        &[("Sochi", city("sochi"))],
        &[("May 12, 2015", "2015-05-12", "2015-05-12", Precision::Day)],
    );
    let ms = run(&f);
    let visit = ms.iter().find(|m| m.event_type == EventType::Visit);
    let visit = visit.map(|m| {
        (
            ids(m, Role::Guest),
            m.place_id.clone(),
            m.status,
            m.dates.map(|d| d.start),
        )
    });
    assert_eq!(
        visit,
        Some((
            vec!["kerry".to_string()],
            Some("sochi".to_string()),
            Status::Occurred,
            Some(day("2015-05-12"))
        ))
    );
    let meetings: Vec<_> = kinds(&ms)
        .into_iter()
        .filter(|k| k.0 == "meeting")
        .collect();
    assert_eq!(
        meetings,
        vec![
            ("meeting", vec!["kerry".to_string(), "lavrov".to_string()]),
            ("meeting", vec!["kerry".to_string(), "putin".to_string()]),
        ]
    );
    assert!(ms
        .iter()
        .filter(|m| m.event_type == EventType::Meeting)
        .all(|m| m.place_id.as_deref() == Some("sochi")));
}

#[test]
fn host_verbs_make_the_object_the_guest() {
    let f = fixture(
        "Vladimir Putin welcomed John Kerry in Moscow on Tuesday. ",
        "2016-03-25",
        PEOPLE,
        &[("Moscow", city("moscow"))],
        &[("Tuesday", "2016-03-22", "2016-03-22", Precision::Day)],
    );
    let ms = run(&f);
    let visit = ms.iter().find(|m| m.event_type == EventType::Visit);
    assert_eq!(
        visit.map(|m| ids(m, Role::Guest)),
        Some(vec!["kerry".to_string()])
    );
    assert_eq!(
        visit.map(|m| ids(m, Role::Host)),
        Some(vec!["putin".to_string()])
    );
    assert!(ms.iter().any(|m| m.event_type == EventType::Meeting));
}

#[test]
fn calls_are_never_meetings() {
    let f = fixture(
        "Antony Blinken spoke by phone with Sergey Lavrov on Friday. ",
        "2022-02-13",
        PEOPLE,
        &[],
        &[("Friday", "2022-02-11", "2022-02-11", Precision::Day)],
    );
    let ms = run(&f);
    assert_eq!(
        kinds(&ms),
        vec![("call", vec!["blinken".to_string(), "lavrov".to_string()])]
    );
}

#[test]
fn negated_and_lone_triggers_give_nothing() {
    let f = fixture(
        "John Kerry has not visited Russia for two years. No meeting with Vladimir Putin is planned. Tourists visit Russia. ",
        "2015-05-13",
        PEOPLE,
        &[("Russia", country("RUS"))],
        &[],
    );
    assert_eq!(kinds(&run(&f)), vec![]);
}

#[test]
fn status_follows_cues_and_dates() {
    let f = fixture(
        "John Kerry will be on a working visit to Moscow on March 23-24. ",
        "2016-03-22",
        PEOPLE,
        &[("Moscow", city("moscow"))],
        &[("March 23-24", "2016-03-23", "2016-03-24", Precision::Day)],
    );
    let ms = run(&f);
    assert_eq!(ms.len(), 1);
    assert_eq!(ms[0].status, Status::Planned);
    let f = fixture(
        "Vladimir Putin and Barack Obama should meet soon. ",
        "2016-03-22",
        PEOPLE,
        &[],
        &[],
    );
    let ms = run(&f);
    assert_eq!(
        ms.iter().map(|m| m.status).collect::<Vec<_>>(),
        vec![Status::Proposed]
    );
}

#[test]
fn the_visit_refers_back_and_coordinated_dates_split() {
    let f = fixture(
        "John Kerry has just wrapped up his trip to Moscow (March 23-25). The visit was long. He previously visited Russia in May and December 2015. ",
        "2016-03-27",
        PEOPLE,
        &[("Moscow", city("moscow")), ("Russia", country("RUS"))],
        &[
            ("March 23-25", "2016-03-23", "2016-03-25", Precision::Day),
            ("May", "2015-05-01", "2015-05-31", Precision::Month),
            ("December 2015", "2015-12-01", "2015-12-31", Precision::Month),
        ],
    );
    let ms = run(&f);
    let visits: Vec<_> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Visit)
        .map(|m| {
            (
                ids(m, Role::Guest),
                m.dates.map(|d| d.start),
                m.rule.as_str(),
            )
        })
        .collect();
    let k = || vec!["kerry".to_string()];
    assert_eq!(
        visits,
        vec![
            (k(), Some(day("2016-03-23")), "visit.wrapped_up"),
            (k(), Some(day("2016-03-23")), "visit.noun.anaphor"),
            (k(), Some(day("2015-05-01")), "visit.verb"),
            (k(), Some(day("2015-12-01")), "visit.verb"),
        ]
    );
}

#[test]
fn never_panics_on_odd_text() {
    for text in [
        "",
        "visit",
        "«meeting»— talks… with ",
        "é visit é. talks. ",
        "\u{0}met",
    ] {
        let f = fixture(text, "2020-01-01", PEOPLE, &[], &[]);
        let _ = run(&f);
    }
}

#[test]
fn never_panics_on_misaligned_or_out_of_range_offsets() {
    let mut f = fixture(
        "Kerry met Putin in Sochi on May 12. The visit of Kerry é to Moscow.",
        "2015-05-13",
        PEOPLE,
        &[],
        &[],
    );
    // offsets past the end and inside a multi-byte character
    let bad = f.doc.text.find('é').map_or(0, |i| i + 1);
    for (s, e) in [(bad, bad + 3), (60, 500), (500, 600), (3, 1)] {
        f.entities.push(EntityMention {
            start: s,
            end: e,
            entity: Entity::Person {
                actor_id: "ghost".to_string(),
            },
        });
        f.timexes.push(Timex {
            begin: s,
            end: e,
            text: String::new(),
            kind: TimexType::Date,
            value: String::new(),
            interval: None,
        });
    }
    f.sentences.push(Sentence {
        start: bad,
        end: 999,
    });
    let _ = run(&f);
}

fn unknown(name: &str) -> Entity {
    Entity::UnknownPerson {
        name: name.to_string(),
    }
}

#[test]
fn arrived_here_is_the_datelines_city_and_titles_give_a_country() {
    let text = "ECUADOR MINISTER SEEKS AID\n\nCARACAS, March 11 - Ecuador's deputy energy minister Fernando Santos Alvite arrived here last night for talks. ";
    let f = fixture(
        text,
        "1987-03-11",
        &[],
        &[
            ("CARACAS", city("caracas")),
            ("Ecuador", country("ECU")),
            (
                "minister Fernando Santos Alvite",
                unknown("Fernando Santos Alvite"),
            ),
        ],
        &[],
    );
    let ms = run(&f);
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.place_id.as_deref(), Some("caracas"));
    assert_eq!(v.participants[0].name, "Fernando Santos Alvite");
    assert_eq!(v.participants[0].country.as_deref(), Some("ECU"));
    assert_eq!(v.rule, "visit.arrive_here");
}

#[test]
fn a_later_bare_surname_is_the_unknown_person() {
    let text = "JAKARTA, March 23 - World Bank President Barber Conable is due. Conable arrived here on Saturday. ";
    let f = fixture(
        text,
        "1987-03-23",
        &[],
        &[
            ("JAKARTA", city("jakarta")),
            (
                "World Bank President Barber Conable",
                unknown("Barber Conable"),
            ),
        ],
        &[],
    );
    let ms = run(&f);
    assert!(ms.iter().any(|m| m.event_type == EventType::Visit
        && m.place_id.as_deref() == Some("jakarta")
        && m.participants
            .first()
            .is_some_and(|p| p.name == "Barber Conable")));
}

#[test]
fn a_lone_given_name_is_no_side() {
    let f = fixture(
        "Daniel met Kerry in Nairobi. ",
        "1987-06-01",
        PEOPLE,
        &[("Daniel", unknown("Daniel")), ("Nairobi", city("nairobi"))],
        &[],
    );
    assert!(run(&f).iter().all(|m| m.event_type != EventType::Meeting));
}

#[test]
fn an_undated_call_is_on_the_report_date() {
    let f = fixture(
        "Antony Blinken spoke by phone with Sergey Lavrov. ",
        "2022-02-15",
        PEOPLE,
        &[],
        &[],
    );
    let ms = run(&f);
    let c = first(&ms, EventType::Call);
    assert_eq!(c.dates.map(|d| d.start), Some(day("2022-02-15")));
}

#[test]
fn a_readouts_undated_meeting_is_on_the_report_date() {
    let text = "Antony Blinken met with Sergey Lavrov. ";
    let mut f = fixture(text, "2022-02-15", PEOPLE, &[], &[]);
    assert!(run(&f)
        .iter()
        .all(|m| m.event_type != EventType::Meeting || m.dates.is_none()));
    f.doc.title = Some("Readout of Secretary Blinken's Meeting".to_string());
    let ms = run(&f);
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.dates.map(|d| d.start), Some(day("2022-02-15")));
}

/// A fixture on the built-in knowledge base (real ids give countries and offices).
fn fixture_kb(
    text: &str,
    dct: &str,
    people: &[(&str, &str)],
    places: &[(&str, Entity)],
    dates: &[(&str, &str, &str, Precision)],
) -> Fixture {
    let mut f = fixture(text, dct, people, places, dates);
    if let Ok(kb) = Kb::builtin() {
        f.kb = kb;
    }
    f
}

#[test]
fn leaders_of_several_countries_meet_once() {
    let text = "President Joe Biden met today with Prime Minister Kaja Kallas of Estonia, President Emmanuel Macron of France, and Chancellor Olaf Scholz of Germany on the margins of the NATO Summit in Brussels. ";
    let f = fixture_kb(
        text,
        "2021-06-14",
        &[
            ("President Joe Biden", "joe-biden"),
            ("Prime Minister Kaja Kallas", "kaja-kallas"),
            ("President Emmanuel Macron", "emmanuel-macron"),
            ("Chancellor Olaf Scholz", "olaf-scholz"),
        ],
        &[
            ("Estonia", country("EST")),
            ("France", country("FRA")),
            ("Germany", country("DEU")),
            ("Brussels", city("brussels")),
        ],
        &[],
    );
    let ms = run(&f);
    for m in &ms {
        eprintln!(
            "{:?} {} {:?}",
            m.event_type,
            m.rule,
            m.participants.iter().map(|p| &p.name).collect::<Vec<_>>()
        );
    }
    let meetings: Vec<_> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Meeting)
        .collect();
    assert_eq!(meetings.len(), 1, "{meetings:?}");
    assert_eq!(meetings[0].participants.len(), 4);
    assert_eq!(meetings[0].place_id.as_deref(), Some("brussels"));
}

#[test]
fn unknown_leaders_of_several_countries_meet_once() {
    let text = "President Joe Biden met today with Prime Minister Kaja Kallas of Estonia, President Egils Levits of Latvia, and President Gitanas Nauseda of Lithuania on the margins of the NATO Summit in Brussels. ";
    let f = fixture_kb(
        text,
        "2021-06-14",
        &[
            ("President Joe Biden", "joe-biden"),
            ("Prime Minister Kaja Kallas", "kaja-kallas"),
        ],
        &[
            ("Estonia", country("EST")),
            ("Latvia", country("LVA")),
            ("Lithuania", country("LTU")),
            ("President Egils Levits", unknown("Egils Levits")),
            ("President Gitanas Nauseda", unknown("Gitanas Nauseda")),
            ("Brussels", city("brussels")),
        ],
        &[],
    );
    let ms = run(&f);
    for m in &ms {
        eprintln!(
            "{:?} {} {:?}",
            m.event_type,
            m.rule,
            m.participants
                .iter()
                .map(|p| (&p.name, &p.country))
                .collect::<Vec<_>>()
        );
    }
    let meetings: Vec<_> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Meeting)
        .collect();
    assert_eq!(meetings.len(), 1, "{meetings:?}");
    assert_eq!(meetings[0].participants.len(), 4);
}

#[test]
fn a_participant_list_joins_the_call_before_it() {
    let text = "President Joe Biden held a secure video call with transatlantic leaders today. The leaders expressed their concern. Participants in the call included Prime Minister Kaja Kallas of Estonia, President Emmanuel Macron of France, and Chancellor Olaf Scholz of Germany. ";
    let f = fixture_kb(
        text,
        "2022-02-11",
        &[
            ("President Joe Biden", "joe-biden"),
            ("Prime Minister Kaja Kallas", "kaja-kallas"),
            ("President Emmanuel Macron", "emmanuel-macron"),
            ("Chancellor Olaf Scholz", "olaf-scholz"),
        ],
        &[
            ("Estonia", country("EST")),
            ("France", country("FRA")),
            ("Germany", country("DEU")),
        ],
        &[("today", "2022-02-11", "2022-02-11", Precision::Day)],
    );
    let ms = run(&f);
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert_eq!(ms[0].event_type, EventType::Call);
    assert_eq!(ms[0].participants.len(), 4);
    assert_eq!(ms[0].dates.map(|d| d.start), Some(day("2022-02-11")));
}

fn wire(
    text: &str,
    dct: &str,
    ents: &[(&str, Entity)],
    dates: &[(&str, &str, &str, Precision)],
) -> Vec<EventMention> {
    run(&fixture(text, dct, &[], ents, dates))
}

fn ukn(name: &str) -> Entity {
    unknown(name)
}

#[test]
fn the_visiting_minister_visits_the_datelines_country() {
    let text = "TOKYO, April 21 - Japan's policy is protectionism, visiting US Agriculture Secretary Richard Lyng told a press conference. ";
    let ms = wire(
        text,
        "1987-04-21",
        &[
            ("TOKYO", city("tokyo")),
            ("Japan", country("JPN")),
            ("US", country("USA")),
            ("Secretary Richard Lyng", ukn("Richard Lyng")),
        ],
        &[],
    );
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert_eq!(ms[0].event_type, EventType::Visit);
    assert_eq!(ms[0].participants[0].name, "Richard Lyng");
    assert_eq!(ms[0].place_id.as_deref(), Some("tokyo"));
    assert!(
        ms[0].rule.starts_with("visit.visiting_adj"),
        "{}",
        ms[0].rule
    );
    // under way on the report date
    let d = ms[0].dates.as_ref().map(|i| (i.start, i.end));
    assert_eq!(d, Some((day("1987-04-21"), day("1987-04-21"))));
}

#[test]
fn an_undated_visit_under_way_takes_the_report_date_unless_dated_elsewhere() {
    let text = "MANILA, March 9 - Finance Secretary Jose Fernandez is in New York for talks with creditor banks. ";
    let ms = wire(
        text,
        "1987-03-09",
        &[
            ("MANILA", city("manila")),
            ("New York", city("new-york")),
            ("Finance Secretary Jose Fernandez", ukn("Jose Fernandez")),
        ],
        &[],
    );
    let v: Vec<&EventMention> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Visit)
        .collect();
    assert_eq!(v.len(), 1, "{ms:?}");
    let d = v[0].dates.as_ref().map(|i| (i.start, i.end));
    assert_eq!(d, Some((day("1987-03-09"), day("1987-03-09"))));
    // a recent visit is not under way
    let text = "Finance Secretary Jose Fernandez, visiting New York last week, said banks agreed. ";
    let ms = wire(
        text,
        "1987-03-09",
        &[
            ("New York", city("new-york")),
            ("Finance Secretary Jose Fernandez", ukn("Jose Fernandez")),
        ],
        &[],
    );
    assert!(ms.iter().all(|m| m.dates.is_none()), "{ms:?}");
}

#[test]
fn stops_of_a_tour_ahead_are_planned_and_undated() {
    let text = "LA PAZ, March 16 - President Hans Muller arrived for a four-day visit to Peru, opening a tour which includes Bolivia and Chile. ";
    let ms = wire(
        text,
        "1987-03-16",
        &[
            ("Peru", country("PER")),
            ("Bolivia", country("BOL")),
            ("Chile", country("CHL")),
            ("President Hans Muller", ukn("Hans Muller")),
        ],
        &[],
    );
    let at = |c: &str| {
        ms.iter()
            .find(|m| m.event_type == EventType::Visit && m.country_code.as_deref() == Some(c))
    };
    let peru = at("PER").expect("the current stop");
    assert_eq!(peru.status, Status::Occurred);
    for c in ["BOL", "CHL"] {
        let v = at(c).expect("a stop ahead");
        assert_eq!(v.status, Status::Planned, "{c}");
        assert!(v.dates.is_none(), "{c}: {:?}", v.dates);
    }
}

#[test]
fn visiting_a_person_is_a_meeting() {
    let text = "Minister Mutsuki Kato spoke to reporters before visiting Agriculture Secretary Richard Lyng. ";
    let ms = wire(
        text,
        "1987-04-21",
        &[
            ("Minister Mutsuki Kato", ukn("Mutsuki Kato")),
            ("Secretary Richard Lyng", ukn("Richard Lyng")),
        ],
        &[],
    );
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert_eq!(ms[0].event_type, EventType::Meeting);
    assert_eq!(ms[0].participants.len(), 2);
}

#[test]
fn spoke_to_a_person_is_a_call_but_not_to_reporters() {
    let text = "The President spoke to Prime Minister Anthony Albanese earlier today. Minister Penny Wong spoke to reporters about Prime Minister Anthony Albanese. ";
    let ms = wire(
        text,
        "2023-05-16",
        &[
            ("The President", ukn("Joe Biden")),
            ("Prime Minister Anthony Albanese", ukn("Anthony Albanese")),
            ("Minister Penny Wong", ukn("Penny Wong")),
        ],
        &[],
    );
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert_eq!(ms[0].event_type, EventType::Call);
    assert_eq!(ms[0].dates.map(|d| d.start), Some(day("2023-05-16")));
}

#[test]
fn here_on_a_two_day_visit_is_a_visit_with_its_window() {
    let text = "HAVANA, Oct 19 - Foreign Minister Ali Akbar Velayati, here on a two-day official visit, informed officials. ";
    let ms = wire(
        text,
        "1987-10-19",
        &[
            ("HAVANA", city("havana")),
            ("Minister Ali Akbar Velayati", ukn("Ali Akbar Velayati")),
        ],
        &[],
    );
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.place_id.as_deref(), Some("havana"));
    let d = v.dates.expect("dates");
    assert_eq!((d.start, d.end), (day("1987-10-19"), day("1987-10-20")));
}

#[test]
fn winding_up_a_visit_ends_it_on_the_report_date() {
    let text = "WASHINGTON, March 11 - Foreign Secretary Joe Clark, winding up a two-day visit to Washington, said he expected action. ";
    let ms = wire(
        text,
        "1987-03-11",
        &[
            ("WASHINGTON", city("washington")),
            ("Washington", city("washington")),
            ("Secretary Joe Clark", ukn("Joe Clark")),
        ],
        &[],
    );
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.status, Status::Occurred);
    let d = v.dates.expect("dates");
    assert_eq!((d.start, d.end), (day("1987-03-10"), day("1987-03-11")));
}

#[test]
fn a_week_long_visit_from_its_first_day() {
    let text = "Former Minister Shintaro Abe starts a week long visit to Washington on Sunday. ";
    let ms = wire(
        text,
        "1987-04-17",
        &[
            ("Washington", city("washington")),
            ("Minister Shintaro Abe", ukn("Shintaro Abe")),
        ],
        &[("Sunday", "1987-04-19", "1987-04-19", Precision::Day)],
    );
    let v = first(&ms, EventType::Visit);
    let d = v.dates.expect("dates");
    assert_eq!((d.start, d.end), (day("1987-04-19"), day("1987-04-25")));
    assert_eq!(v.status, Status::Planned);
}

#[test]
fn flew_in_from_elsewhere_is_a_visit_to_the_dateline() {
    let text =
        "CAIRO, May 2 - Minister Mana Saeed al-Oteiba flew in from Abu Dhabi for the talks. ";
    let ms = wire(
        text,
        "1987-05-02",
        &[
            ("CAIRO", city("cairo")),
            ("Abu Dhabi", city("abu-dhabi")),
            ("Minister Mana Saeed al-Oteiba", ukn("Mana Saeed al-Oteiba")),
        ],
        &[],
    );
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.place_id.as_deref(), Some("cairo"));
}

#[test]
fn will_be_in_a_city_from_a_date_is_a_stop() {
    let text = "Secretary Malcolm Baldrige will be in Peking from April 21 to 24. ";
    let ms = wire(
        text,
        "1987-04-17",
        &[
            ("Peking", city("beijing")),
            ("Secretary Malcolm Baldrige", ukn("Malcolm Baldrige")),
        ],
        &[("April 21 to 24", "1987-04-21", "1987-04-24", Precision::Day)],
    );
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert_eq!(ms[0].place_id.as_deref(), Some("beijing"));
    assert_eq!(ms[0].status, Status::Planned);
}

#[test]
fn habitual_talks_are_no_event() {
    let text = "Minister Ali Akbar Velayati talks with Minister Mutsuki Kato from time to time. ";
    let ms = wire(
        text,
        "1987-04-17",
        &[
            ("Minister Ali Akbar Velayati", ukn("Ali Akbar Velayati")),
            ("Minister Mutsuki Kato", ukn("Mutsuki Kato")),
        ],
        &[],
    );
    assert!(ms.is_empty(), "{ms:?}");
}

#[test]
fn welcoming_on_a_date_is_planned_and_she_is_the_last_subject() {
    let text = "President Joe Biden looks forward to welcoming President Lula to the White House on Friday, February 10. Vice President Kamala Harris will travel to Abu Dhabi on the passing of Sheikh Khalifa Al Nahyan. She will meet with Sheikh Mohamed Al Nahyan. ";
    let ms = wire(
        text,
        "2023-01-31",
        &[
            ("President Joe Biden", ukn("Joe Biden")),
            ("President Lula", ukn("Luiz Lula")),
            ("White House", city("washington")),
            ("Vice President Kamala Harris", ukn("Kamala Harris")),
            ("Abu Dhabi", city("abu-dhabi")),
            ("Sheikh Khalifa Al Nahyan", ukn("Khalifa Al Nahyan")),
            ("Sheikh Mohamed Al Nahyan", ukn("Mohamed Al Nahyan")),
        ],
        &[(
            "Friday, February 10",
            "2023-02-10",
            "2023-02-10",
            Precision::Day,
        )],
    );
    let welcome = ms
        .iter()
        .find(|m| m.rule.starts_with("visit.host"))
        .expect("the welcome");
    assert_eq!(welcome.status, Status::Planned);
    let meet = ms
        .iter()
        .find(|m| {
            m.event_type == EventType::Meeting
                && m.participants.iter().any(|p| p.name == "Mohamed Al Nahyan")
        })
        .expect("the meeting");
    assert!(
        meet.participants.iter().any(|p| p.name == "Kamala Harris"),
        "{meet:?}"
    );
}

#[test]
fn a_placeless_visit_in_a_dateline_story_is_to_its_city() {
    let text = "WASHINGTON, March 29 - Officials expect harmony during French Prime Minister Jacques Chirac's first official visit this week. ";
    let ms = wire(
        text,
        "1987-03-29",
        &[
            ("WASHINGTON", city("washington")),
            ("French", Entity::Adjective { code: "FRA".into() }),
            ("Prime Minister Jacques Chirac", ukn("Jacques Chirac")),
        ],
        &[],
    );
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.place_id.as_deref(), Some("washington"));
    assert!(v.rule.ends_with("+dateline"), "{}", v.rule);
}

#[test]
fn a_team_named_by_its_country_is_that_states_visit() {
    let text = "ANTANANARIVO, March 27 - A French government team has arrived in Antananarivo to negotiate a credit. ";
    let mut f = fixture(
        text,
        "1987-03-27",
        &[],
        &[
            ("ANTANANARIVO", city("antananarivo")),
            ("French", Entity::Adjective { code: "FRA".into() }),
            ("Antananarivo", city("antananarivo")),
        ],
        &[],
    );
    f.entities.sort_by_key(|e| (e.start, e.end));
    let ms = run(&f);
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.participants[0].kind, ActorKind::State);
    assert_eq!(v.participants[0].country.as_deref(), Some("FRA"));
}

#[test]
fn separate_meetings_and_each_country() {
    let text = "President Joe Biden will travel to Rome to meet separately with Pope Francis and Prime Minister Giorgia Meloni. In each country, President Joe Biden will hold bilateral meetings with his counterparts: President Yoon Suk Yeol of Korea and Prime Minister Fumio Kishida of Japan. ";
    let f = fixture_kb(
        text,
        "2024-12-19",
        &[
            ("President Joe Biden", "joe-biden"),
            ("Pope Francis", "pope-francis"),
            ("Prime Minister Giorgia Meloni", "giorgia-meloni"),
            ("President Yoon Suk Yeol", "yoon-suk-yeol"),
            ("Prime Minister Fumio Kishida", "fumio-kishida"),
        ],
        &[
            ("Rome", city("rome")),
            ("Korea", country("KOR")),
            ("Japan", country("JPN")),
        ],
        &[],
    );
    let ms = run(&f);
    let meetings: Vec<_> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Meeting)
        .collect();
    assert!(
        meetings.iter().all(|m| m.participants.len() == 2),
        "{meetings:?}"
    );
    let yoon = meetings
        .iter()
        .find(|m| m.participants.iter().any(|p| p.name.contains("Yoon")))
        .expect("Yoon");
    assert_eq!(yoon.country_code.as_deref(), Some("KOR"));
}

#[test]
fn leaving_a_city_at_the_end_of_a_visit() {
    let text = "Minister Michael Howard repeated the threat before leaving Tokyo yesterday at the end of a four-day visit. ";
    let ms = wire(
        text,
        "1987-04-09",
        &[
            ("Minister Michael Howard", ukn("Michael Howard")),
            ("Tokyo", city("tokyo")),
        ],
        &[("yesterday", "1987-04-08", "1987-04-08", Precision::Day)],
    );
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.place_id.as_deref(), Some("tokyo"));
    let d = v.dates.expect("dates");
    assert_eq!((d.start, d.end), (day("1987-04-05"), day("1987-04-08")));
}

#[test]
fn an_audience_with_the_pope_is_a_meeting() {
    let text = "On January 10, President Joe Biden will have an audience with Pope Francis. ";
    let ms = wire(
        text,
        "2024-12-19",
        &[
            ("President Joe Biden", ukn("Joe Biden")),
            ("Pope Francis", ukn("Pope Francis")),
        ],
        &[("January 10", "2025-01-10", "2025-01-10", Precision::Day)],
    );
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert_eq!(ms[0].event_type, EventType::Meeting);
    assert_eq!(ms[0].status, Status::Planned);
}

#[test]
fn the_storys_own_undated_meeting_is_on_its_date() {
    let text = "WASHINGTON, March 31 - Prime Minister Jacques Chirac opened talks with President Ronald Reagan in Washington. ";
    let ms = wire(
        text,
        "1987-03-31",
        &[
            ("WASHINGTON", city("washington")),
            ("Washington", city("washington")),
            ("Prime Minister Jacques Chirac", ukn("Jacques Chirac")),
            ("President Ronald Reagan", ukn("Ronald Reagan")),
        ],
        &[],
    );
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.dates.map(|d| d.start), Some(day("1987-03-31")));
}

#[test]
fn objects_of_a_subjectless_meet_did_not_meet() {
    let text = "Baldrige will meet President Chun Doo-hwan and Minister Rha Woong Bae on Monday. ";
    let ms = wire(
        text,
        "1987-04-17",
        &[
            ("President Chun Doo-hwan", ukn("Chun Doo-hwan")),
            ("Minister Rha Woong Bae", ukn("Rha Woong Bae")),
        ],
        &[],
    );
    assert!(ms.is_empty(), "{ms:?}");
}

#[test]
fn a_state_headline_shadowed_by_the_bodys_visit_is_dropped() {
    let text = "U.S. SEES HARMONY IN TALKS WITH FRANCE\n\nWASHINGTON, March 29 - Officials expect harmony during French Prime Minister Jacques Chirac's visit to Washington. ";
    let ms = wire(
        text,
        "1987-03-29",
        &[
            (
                "American",
                Entity::Adjective {
                    code: "USA".to_string(),
                },
            ),
            ("FRANCE", country("FRA")),
            ("WASHINGTON", city("washington")),
            ("Washington", city("washington")),
            ("French", Entity::Adjective { code: "FRA".into() }),
            ("Prime Minister Jacques Chirac", ukn("Jacques Chirac")),
        ],
        &[],
    );
    assert!(
        ms.iter().all(|m| m.event_type == EventType::Visit),
        "{ms:?}"
    );
    assert!(!ms.is_empty());
}

#[test]
fn a_tour_that_has_taken_him_to_several_countries() {
    let text = "RABAT, May 2 - Energy Secretary John Herrington arrived here today after a Gulf tour that has taken him to Saudi Arabia, Kuwait, Bahrain and Oman. ";
    let ms = wire(
        text,
        "1987-05-02",
        &[
            ("RABAT", city("rabat")),
            ("Secretary John Herrington", ukn("John Herrington")),
            ("Saudi Arabia", country("SAU")),
            ("Kuwait", country("KWT")),
            ("Bahrain", country("BHR")),
            ("Oman", country("OMN")),
        ],
        &[("today", "1987-05-02", "1987-05-02", Precision::Day)],
    );
    let mut cs: Vec<_> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Visit)
        .filter_map(|m| m.country_code.clone())
        .collect();
    cs.sort();
    cs.dedup();
    assert_eq!(cs, vec!["BHR", "KWT", "OMN", "SAU"]);
    let visits = ms.iter().filter(|m| m.event_type == EventType::Visit);
    assert!(visits
        .clone()
        .all(|m| m.participants[0].name == "John Herrington"));
    assert!(visits
        .clone()
        .any(|m| m.place_id.as_deref() == Some("rabat")));
}

#[test]
fn speaking_after_talks_the_speaker_is_a_side() {
    let text = "TOKYO, April 21 - Speaking after talks with Japanese Minister Mutsuki Kato, US Secretary Richard Lyng said Japan had not moved. ";
    let ms = run(&fixture_kb(
        text,
        "1987-04-21",
        &[],
        &[
            ("TOKYO", city("tokyo")),
            ("Japanese", Entity::Adjective { code: "JPN".into() }),
            ("US", country("USA")),
            ("Minister Mutsuki Kato", ukn("Mutsuki Kato")),
            ("Secretary Richard Lyng", ukn("Richard Lyng")),
        ],
        &[],
    ));
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.participants.len(), 2);
    assert_eq!(m.place_id.as_deref(), Some("tokyo"));
}

#[test]
fn a_mission_headed_by_a_person_visits() {
    let text = "KAMPALA, June 1 - A goodwill mission headed by Minister Balaki Kirya will visit Kenya on Wednesday. Minister Balaki Kirya will be in Nairobi today and tomorrow. ";
    let ms = wire(
        text,
        "1987-06-01",
        &[
            ("KAMPALA", city("kampala")),
            ("Minister Balaki Kirya", ukn("Balaki Kirya")),
            ("Kenya", country("KEN")),
            ("Nairobi", city("nairobi")),
        ],
        &[
            ("Wednesday", "1987-06-03", "1987-06-03", Precision::Day),
            ("today", "1987-06-01", "1987-06-01", Precision::Day),
            ("tomorrow", "1987-06-02", "1987-06-02", Precision::Day),
        ],
    );
    let visits: Vec<_> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Visit)
        .collect();
    assert!(
        visits
            .iter()
            .any(|v| v.country_code.as_deref() == Some("KEN")
                && v.participants[0].name == "Balaki Kirya"
                && v.status == Status::Planned),
        "{visits:?}"
    );
    let nairobi = visits
        .iter()
        .find(|v| v.place_id.as_deref() == Some("nairobi"))
        .expect("the Nairobi stay");
    let d = nairobi.dates.expect("dates");
    assert_eq!((d.start, d.end), (day("1987-06-01"), day("1987-06-02")));
}

#[test]
fn people_of_an_all_capitals_headline() {
    let text = "SHULTZ AND SHEVARDNADZE TO MEET IN MOSCOW IN MID-APRIL\n\n";
    let f = fixture_kb(text, "1987-03-06", &[], &[("MOSCOW", city("moscow"))], &[]);
    let ms = run(&f);
    let m = first(&ms, EventType::Meeting);
    assert_eq!(
        sorted_ids(m, None),
        vec!["eduard-shevardnadze", "george-shultz"]
    );
    assert_eq!(m.status, Status::Planned);
    assert_eq!(m.place_id.as_deref(), Some("moscow"));
}

#[test]
fn arrived_last_night_for_a_five_day_visit() {
    let text = "CARACAS, March 11 - Minister Fernando Santos Alvite arrived here last night for a five-day official visit. Minister Arturo Hernandez Grisanti flew to Quito for a six-hour visit on Friday. ";
    let ms = wire(
        text,
        "1987-03-11",
        &[
            ("CARACAS", city("caracas")),
            ("Quito", city("quito")),
            (
                "Minister Fernando Santos Alvite",
                ukn("Fernando Santos Alvite"),
            ),
            (
                "Minister Arturo Hernandez Grisanti",
                ukn("Arturo Hernandez Grisanti"),
            ),
        ],
        &[
            ("last night", "1987-03-10", "1987-03-10", Precision::Day),
            ("Friday", "1987-03-13", "1987-03-13", Precision::Day),
        ],
    );
    let v = ms
        .iter()
        .find(|m| m.place_id.as_deref() == Some("caracas"))
        .expect("Caracas");
    let d = v.dates.expect("dates");
    assert_eq!((d.start, d.end), (day("1987-03-10"), day("1987-03-14")));
    let q = ms
        .iter()
        .find(|m| m.place_id.as_deref() == Some("quito"))
        .expect("Quito");
    let d = q.dates.expect("dates");
    assert_eq!((d.start, d.end), (day("1987-03-13"), day("1987-03-13")));
}

#[test]
fn they_are_the_last_pair_named() {
    let text = "Minister Dilson Funaro and President Francisco Gros visited Washington last week. They have now decided to extend their tour, flying on Sunday to Tokyo. ";
    let ms = wire(
        text,
        "1987-03-06",
        &[
            ("Minister Dilson Funaro", ukn("Dilson Funaro")),
            ("President Francisco Gros", ukn("Francisco Gros")),
            ("Washington", city("washington")),
            ("Tokyo", city("tokyo")),
        ],
        &[("Sunday", "1987-03-08", "1987-03-08", Precision::Day)],
    );
    let tokyo = ms
        .iter()
        .find(|m| m.place_id.as_deref() == Some("tokyo"))
        .expect("the Tokyo leg");
    assert_eq!(tokyo.participants.len(), 2, "{tokyo:?}");
}

#[test]
fn arriving_at_a_building_is_arriving_in_the_datelines_city() {
    let text = "WASHINGTON, April 8 - Finance Minister Gerhard Stoltenberg arrived at the Treasury this morning for the talks. ";
    let ms = wire(
        text,
        "1987-04-08",
        &[
            ("WASHINGTON", city("washington")),
            ("Minister Gerhard Stoltenberg", ukn("Gerhard Stoltenberg")),
        ],
        &[],
    );
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.place_id.as_deref(), Some("washington"));
}

#[test]
fn attending_a_summit_abroad_is_a_visit_but_a_state_attending_is_not() {
    let f = fixture(
        "Barack Obama will attend the G7 summit in Apulia next week. ",
        "2024-06-07",
        PEOPLE,
        &[("Apulia", city("apulia"))],
        &[("next week", "2024-06-10", "2024-06-16", Precision::Day)],
    );
    let ms = run(&f);
    let v: Vec<&EventMention> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Visit)
        .collect();
    assert_eq!(v.len(), 1, "{ms:?}");
    assert_eq!(ids(v[0], Role::Guest), vec!["obama".to_string()]);
    assert_eq!(v[0].status, Status::Planned);
    assert!(v[0].rule.starts_with("visit.attend"), "{}", v[0].rule);
    let ms = wire(
        "Officials said Japan will attend the summit in Apulia. ",
        "2024-06-07",
        &[("Japan", country("JPN")), ("Apulia", city("apulia"))],
        &[],
    );
    assert!(
        ms.iter().all(|m| !m.rule.starts_with("visit.attend")),
        "{ms:?}"
    );
}

#[test]
fn welcoming_a_decision_and_discussing_in_a_call_are_no_meetings() {
    let f = fixture(
        "Barack Obama welcomed Vladimir Putin's decision to join the talks. Barack Obama discussed Syria with Sergey Lavrov during a phone call. ",
        "2016-03-07",
        PEOPLE,
        &[],
        &[],
    );
    let ms = run(&f);
    assert!(
        ms.iter().all(|m| m.event_type != EventType::Meeting),
        "{ms:?}"
    );
    assert!(
        ms.iter().all(|m| m.event_type != EventType::Visit),
        "{ms:?}"
    );
}

#[test]
fn a_visit_in_a_planned_meetings_clause_is_planned_and_past_tour_stops_undated() {
    let f = fixture(
        "Sergey Lavrov will meet John Kerry during his visit to Washington. ",
        "2016-03-07",
        PEOPLE,
        &[("Washington", city("washington"))],
        &[],
    );
    let ms = run(&f);
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.status, Status::Planned, "{ms:?}");
    let f = fixture(
        "John Kerry is on a tour of Asia that has taken him to China and Japan. ",
        "2016-03-07",
        PEOPLE,
        &[("China", country("CHN")), ("Japan", country("JPN"))],
        &[],
    );
    let ms = run(&f);
    let v: Vec<&EventMention> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Visit)
        .collect();
    assert_eq!(v.len(), 2, "{ms:?}");
    for m in v {
        assert_eq!(m.status, Status::Occurred);
        assert!(
            m.dates.is_none(),
            "a stop made before the report: {:?}",
            m.dates
        );
    }
}

#[test]
fn talks_beside_a_visit_under_way_are_dated_by_the_report_date() {
    let f = fixture(
        "John Kerry, who is in Moscow for talks with Sergey Lavrov, said progress was possible. ",
        "2016-03-24",
        PEOPLE,
        &[("Moscow", city("moscow"))],
        &[],
    );
    let ms = run(&f);
    let day24 = Some((day("2016-03-24"), day("2016-03-24")));
    let visit = first(&ms, EventType::Visit);
    assert_eq!(visit.dates.as_ref().map(|i| (i.start, i.end)), day24);
    let meeting = first(&ms, EventType::Meeting);
    assert_eq!(
        meeting.dates.as_ref().map(|i| (i.start, i.end)),
        day24,
        "{ms:?}"
    );
}

#[test]
fn long_titles_do_not_push_a_coordinated_side_out_of_the_group() {
    // The first side's mention, title included, starts more than 150 bytes
    // before "talks"; it is still coordinated with the second.
    let text = "French Defence Minister Andre Giraud and his West German counterpart Manfred Woerner had agreed in principle on a shared concept for the new aircraft during talks in Bonn on Friday. ";
    let f = fixture(
        text,
        "1987-03-16",
        &[
            ("French Defence Minister Andre Giraud", "andre-giraud"),
            ("West German counterpart Manfred Woerner", "manfred-worner"),
        ],
        &[("Bonn", city("bonn"))],
        &[],
    );
    let ms = run(&f);
    let m = first(&ms, EventType::Meeting);
    assert_eq!(
        ids(m, Role::Participant),
        vec!["andre-giraud", "manfred-worner"]
    );
}

#[test]
fn host_verbs_need_a_guest_right_after_them() {
    // a thing received or welcomed is no guest; nor are the agents of a passive
    for text in [
        "Vladimir Putin received 40 mln dlrs in aid and John Kerry received the rest. ",
        "Vladimir Putin welcomed the new proposal by John Kerry. ",
        "The forum will be co-hosted by Vladimir Putin and John Kerry. ",
    ] {
        let f = fixture(text, "2016-03-25", PEOPLE, &[], &[]);
        let ms = run(&f);
        assert!(ms.is_empty(), "{text}: {ms:?}");
    }
    // titles and names may stand between the verb and its guest
    let f = fixture(
        "Vladimir Putin welcomed the Secretary of State, John Kerry, in Moscow. ",
        "2016-03-25",
        PEOPLE,
        &[("Moscow", city("moscow"))],
        &[],
    );
    let ms = run(&f);
    let visit = ms.iter().find(|m| m.event_type == EventType::Visit);
    assert_eq!(
        visit.map(|m| ids(m, Role::Guest)),
        Some(vec!["kerry".to_string()])
    );
}

#[test]
fn meeting_needs_and_board_meetings_are_no_meetings() {
    for text in [
        "A deal that meets the legitimate needs of Vladimir Putin and John Kerry. ",
        "John Kerry and Vladimir Putin attended a board meeting of the airline. ",
    ] {
        let f = fixture(text, "2016-03-25", PEOPLE, &[], &[]);
        let ms = run(&f);
        assert!(ms.is_empty(), "{text}: {ms:?}");
    }
}

#[test]
fn a_speaker_is_not_the_subject_after_a_reporting_verb() {
    let f = fixture(
        "John Kerry also said a bank mission would visit Moscow this week. ",
        "2016-03-25",
        PEOPLE,
        &[("Moscow", city("moscow"))],
        &[("this week", "2016-03-21", "2016-03-27", Precision::Day)],
    );
    let ms = run(&f);
    assert!(ms.iter().all(|m| ids(m, Role::Guest).is_empty()), "{ms:?}");
    // "shared that" / "confirmed that" report too: the supplies are no guest
    for text in [
        "John Kerry shared that the shipments will arrive in Moscow this week. ",
        "He confirmed that new aid would arrive in Moscow this week. ",
    ] {
        let f = fixture(
            text,
            "2016-03-25",
            PEOPLE,
            &[("Moscow", city("moscow"))],
            &[("this week", "2016-03-21", "2016-03-27", Precision::Day)],
        );
        let ms = run(&f);
        assert!(
            ms.iter().all(|m| ids(m, Role::Guest).is_empty()),
            "{text}: {ms:?}"
        );
    }
    // the speaker's own plan is still his
    let f = fixture(
        "John Kerry said on Monday he would visit Moscow this week. ",
        "2016-03-25",
        PEOPLE,
        &[("Moscow", city("moscow"))],
        &[("this week", "2016-03-21", "2016-03-27", Precision::Day)],
    );
    let ms = run(&f);
    let visit = ms.iter().find(|m| m.event_type == EventType::Visit);
    assert_eq!(
        visit.map(|m| ids(m, Role::Guest)),
        Some(vec!["kerry".to_string()])
    );
}

#[test]
fn a_coordinated_pair_talking_with_no_actor_is_one_side() {
    let f = fixture(
        "John Kerry and Antony Blinken started talks with the banks on Monday. ",
        "2016-03-25",
        PEOPLE,
        &[],
        &[("Monday", "2016-03-21", "2016-03-21", Precision::Day)],
    );
    assert!(run(&f).is_empty());
    // "X and Y held talks" without "with": they met each other
    let f = fixture(
        "John Kerry and Sergey Lavrov held talks on Monday. ",
        "2016-03-25",
        PEOPLE,
        &[],
        &[("Monday", "2016-03-21", "2016-03-21", Precision::Day)],
    );
    assert_eq!(
        kinds(&run(&f)),
        vec![("meeting", vec!["kerry".to_string(), "lavrov".to_string()])]
    );
}

#[test]
fn states_listed_after_talks_in_are_places() {
    let f = fixture(
        "John Kerry is on a visit to Moscow after talks in Germany and France. ",
        "2016-03-25",
        PEOPLE,
        &[
            ("Moscow", city("moscow")),
            ("Germany", country("DEU")),
            ("France", country("FRA")),
        ],
        &[],
    );
    let ms = run(&f);
    assert!(
        ms.iter().all(|m| m.event_type != EventType::Meeting),
        "{ms:?}"
    );
}

#[test]
fn spoke_with_in_a_meeting_readout_is_the_meeting() {
    let mut f = fixture(
        "Antony Blinken spoke today with Sergey Lavrov at the summit. ",
        "2022-02-13",
        PEOPLE,
        &[],
        &[],
    );
    f.doc.title =
        Some("Readout of Secretary Blinken's Meeting with Foreign Minister Lavrov".into());
    let ms = run(&f);
    assert_eq!(
        kinds(&ms),
        vec![("meeting", vec!["blinken".to_string(), "lavrov".to_string()])]
    );
    f.doc.title = Some("Readout of Secretary Blinken's Call with Foreign Minister Lavrov".into());
    assert_eq!(
        kinds(&run(&f)),
        vec![("call", vec!["blinken".to_string(), "lavrov".to_string()])]
    );
}

#[test]
fn a_meeting_in_a_third_countrys_city_derives_a_visit_of_each_side() {
    let people = &[
        ("President Joe Biden", "joe-biden"),
        ("President Emmanuel Macron", "emmanuel-macron"),
    ];
    let places = &[("Brussels", city("brussels"))];
    let f = fixture_kb(
        "President Joe Biden met President Emmanuel Macron in Brussels on Monday. ",
        "2021-06-16",
        people,
        places,
        &[("Monday", "2021-06-14", "2021-06-14", Precision::Day)],
    );
    let ms = run(&f);
    let mut guests: Vec<Vec<String>> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Visit && m.derived)
        .map(|m| ids(m, Role::Guest))
        .collect();
    guests.sort();
    assert_eq!(
        guests,
        vec![
            vec!["emmanuel-macron".to_string()],
            vec!["joe-biden".to_string()]
        ],
        "{ms:?}"
    );
    // a summit noun with its venue does not say who came
    let f = fixture_kb(
        "The summit of President Joe Biden and President Emmanuel Macron will be held in Brussels. ",
        "2021-06-10",
        people,
        places,
        &[],
    );
    let ms = run(&f);
    assert!(ms.iter().all(|m| !m.derived), "{ms:?}");
}

#[test]
fn an_invitation_with_a_day_is_a_planned_visit() {
    let f = fixture_kb(
        "President Joe Biden has invited President Volodymyr Zelenskyy to Washington for a meeting on Tuesday, December 12. ",
        "2023-12-10",
        &[
            ("President Joe Biden", "joe-biden"),
            ("President Volodymyr Zelenskyy", "volodymyr-zelenskyy"),
        ],
        &[("Washington", city("washington"))],
        &[("Tuesday, December 12", "2023-12-12", "2023-12-12", Precision::Day)],
    );
    let ms = run(&f);
    let visit = first(&ms, EventType::Visit);
    assert_eq!(
        ids(visit, Role::Guest),
        vec!["volodymyr-zelenskyy".to_string()]
    );
    assert_eq!(visit.status, Status::Planned);
    assert_eq!(visit.dates.map(|d| d.start), Some(day("2023-12-12")));
}

#[test]
fn a_year_naming_a_conference_gives_way_to_its_days() {
    // the tagger gives the year of a name no interval (time::resolve's
    // year_in_a_name): the visit takes the sentence's days
    let text = "John Kerry will travel to Munich to attend the 2016 Munich Security Conference from February 12 to February 14. ";
    let mut f = fixture(
        text,
        "2016-02-01",
        PEOPLE,
        &[("Munich", city("munich"))],
        &[],
    );
    f.timexes = crate::time::Tagger::new().tag(text, Some(day("2016-02-01")));
    let ms = run(&f);
    let visit = first(&ms, EventType::Visit);
    assert_eq!(
        visit.dates.map(|d| (d.start, d.end)),
        Some((day("2016-02-12"), day("2016-02-14")))
    );
}

#[test]
fn a_person_naming_an_administration_is_no_side() {
    let f = fixture(
        "Antony Blinken will meet with foreign leaders to advance Obama-Kerry Administration priorities. ",
        "2016-02-01",
        &[("Antony Blinken", "blinken"), ("Obama", "obama"), ("Kerry", "kerry")],
        &[],
        &[],
    );
    assert!(run(&f).is_empty());
}

#[test]
fn the_president_of_a_white_house_statement_is_the_us_president() {
    let text = "The President looks forward to welcoming His Majesty King Abdullah II and Her Majesty Queen Rania of the Hashemite Kingdom of Jordan to Washington on February 12, 2024. ";
    let mut f = fixture_kb(
        text,
        "2024-02-08",
        &[("King Abdullah II", "abdullah-ii-of-jordan")],
        &[
            ("Washington", city("washington")),
            ("Jordan", country("JOR")),
        ],
        &[(
            "February 12, 2024",
            "2024-02-12",
            "2024-02-12",
            Precision::Day,
        )],
    );
    f.doc.url = Some("https://bidenwhitehouse.archives.gov/briefing-room/x/".into());
    let ms = run(&f);
    let visit = first(&ms, EventType::Visit);
    assert_eq!(
        ids(visit, Role::Guest),
        vec!["abdullah-ii-of-jordan".to_string()]
    );
    assert_eq!(ids(visit, Role::Host), vec!["joe-biden".to_string()]);
    assert_eq!(visit.status, Status::Planned);
    assert_eq!(visit.place_id.as_deref(), Some("washington"));
    assert_eq!(visit.dates.map(|d| d.start), Some(day("2024-02-12")));
    // elsewhere "the President" is no one in particular
    f.doc.url = Some("https://example.org/news".into());
    assert!(run(&f).iter().all(|m| ids(m, Role::Host).is_empty()));
}

#[test]
fn while_here_and_on_the_way_home_from_are_visits() {
    let text = "MOSCOW, March 3 - While here, John Kerry said the talks went well. ";
    let f = fixture(
        text,
        "2016-03-03",
        PEOPLE,
        &[("MOSCOW", city("moscow"))],
        &[],
    );
    let ms = run(&f);
    let visit = first(&ms, EventType::Visit);
    assert_eq!(ids(visit, Role::Guest), vec!["kerry".to_string()]);
    assert_eq!(visit.place_id.as_deref(), Some("moscow"));
    let f = fixture(
        "John Kerry is in Hawaii on his way home from Geneva. ",
        "2016-03-03",
        PEOPLE,
        &[("Geneva", city("geneva")), ("Hawaii", city("hawaii"))],
        &[],
    );
    let ms = run(&f);
    assert!(
        ms.iter().any(|m| m.event_type == EventType::Visit
            && m.place_id.as_deref() == Some("geneva")
            && m.status == Status::Occurred),
        "{ms:?}"
    );
}

#[test]
fn a_meeting_ahead_or_later_today_is_planned() {
    let f = fixture(
        "Officials spoke ahead of a meeting later today between John Kerry and Sergey Lavrov. ",
        "2016-03-03",
        PEOPLE,
        &[],
        &[("later today", "2016-03-03", "2016-03-03", Precision::Day)],
    );
    let ms = run(&f);
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.status, Status::Planned);
}

#[test]
fn a_meeting_takes_place_and_dates_of_a_visit_made_by_two() {
    let f = fixture(
        "John Kerry and Antony Blinken will travel to Moscow on May 12. During the visit, John Kerry will meet with Sergey Lavrov. ",
        "2015-05-01",
        PEOPLE,
        &[("Moscow", city("moscow"))],
        &[("May 12", "2015-05-12", "2015-05-12", Precision::Day)],
    );
    let ms = run(&f);
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.place_id.as_deref(), Some("moscow"), "{ms:?}");
    assert_eq!(m.dates.map(|d| d.start), Some(day("2015-05-12")));
}

#[test]
fn travelling_from_a_to_b_stops_at_both() {
    let f = fixture(
        "John Kerry will stop in Kiev while traveling from the summit in Geneva, Switzerland to the forum in Oslo, Norway later this month. ",
        "2015-05-01",
        PEOPLE,
        &[
            ("Kiev", city("kiev")),
            ("Geneva", city("geneva")),
            ("Switzerland", country("CHE")),
            ("Oslo", city("oslo")),
            ("Norway", country("NOR")),
        ],
        &[],
    );
    let ms = run(&f);
    let mut stops: Vec<String> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Visit)
        .filter_map(|m| m.place_id.clone())
        .collect();
    stops.sort();
    assert_eq!(stops, vec!["geneva", "kiev", "oslo"], "{ms:?}");
}

#[test]
fn the_agent_after_by_is_the_guest_of_a_visit_noun() {
    let text = "OSLO, May 4 - The accord follows a three-day visit to Norway by Foreign Minister Anna Berg, officials said. ";
    let f = fixture(
        text,
        "1987-05-04",
        &[("Anna Berg", "berg")],
        &[("OSLO", city("oslo")), ("Norway", country("NOR"))],
        &[],
    );
    let ms = run(&f);
    let v = first(&ms, EventType::Visit);
    assert_eq!(ids(v, Role::Guest), vec!["berg".to_string()]);
    assert_eq!(v.country_code.as_deref(), Some("NOR"));
    // a "by" beyond a clause break is not the visit's agent
    let text = "OSLO, May 4 - After the visit to Norway, the plan was backed by Anna Berg. ";
    let f = fixture(
        text,
        "1987-05-04",
        &[("Anna Berg", "berg")],
        &[("OSLO", city("oslo")), ("Norway", country("NOR"))],
        &[],
    );
    assert!(run(&f).iter().all(|m| ids(m, Role::Guest).is_empty()));
}

#[test]
fn a_date_the_visit_phrase_introduces_wins_over_a_nearer_one() {
    let text = "Prime Minister Anna Berg wants a plan in early June in time for her visit to Norway starting on June 20, aides said. ";
    let f = fixture(
        text,
        "1987-05-04",
        &[("Anna Berg", "berg")],
        &[("Norway", country("NOR"))],
        &[
            ("early June", "1987-06-01", "1987-06-10", Precision::Day),
            ("June 20", "1987-06-20", "1987-06-20", Precision::Day),
        ],
    );
    let ms = run(&f);
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.dates.map(|d| d.start), Some(day("1987-06-20")));
    assert_eq!(v.status, Status::Planned);
}

#[test]
fn officials_of_one_country_are_one_side_not_a_meeting() {
    let text =
        "Sweden's minister Anna Berg held talks with Sweden's minister Carl Lund in Oslo in May. ";
    let f = fixture(
        text,
        "1987-04-04",
        &[],
        &[
            ("Sweden", country("SWE")),
            ("Oslo", city("oslo")),
            ("minister Anna Berg", unknown("Anna Berg")),
            ("minister Carl Lund", unknown("Carl Lund")),
        ],
        &[("May", "1987-05-01", "1987-05-31", Precision::Month)],
    );
    let ms = run(&f);
    assert!(
        ms.iter().all(|m| m.event_type != EventType::Meeting),
        "{ms:?}"
    );
}

#[test]
fn a_date_inside_a_since_clause_does_not_date_the_visit() {
    let text = "Anna Berg was the first minister to visit Norway\nsince the two states signed a pact last November. ";
    let f = fixture(
        text,
        "1987-06-29",
        &[("Anna Berg", "berg")],
        &[("Norway", country("NOR"))],
        &[(
            "last November",
            "1986-11-01",
            "1986-11-30",
            Precision::Month,
        )],
    );
    let ms = run(&f);
    let v = first(&ms, EventType::Visit);
    assert!(
        v.dates.is_none_or(|d| d.start != day("1986-11-01")),
        "{v:?}"
    );
}

#[test]
fn is_due_in_a_city_is_a_planned_visit() {
    let text =
        "NAIROBI, May 4 - Norway's minister Anna Berg is due in Nairobi on Thursday for talks. ";
    let f = fixture(
        text,
        "1987-05-04",
        &[],
        &[
            ("NAIROBI", city("nairobi")),
            ("Nairobi", city("nairobi")),
            ("Norway", country("NOR")),
            ("minister Anna Berg", unknown("Anna Berg")),
        ],
        &[("Thursday", "1987-05-07", "1987-05-07", Precision::Day)],
    );
    let ms = run(&f);
    let v = first(&ms, EventType::Visit);
    assert!(v.rule.starts_with("visit.due_in"), "{}", v.rule);
    assert_eq!(v.place_id.as_deref(), Some("nairobi"));
    assert_eq!(v.status, Status::Planned);
    assert_eq!(v.dates.map(|d| d.start), Some(day("1987-05-07")));
}

#[test]
fn an_organisation_official_at_its_seat_derives_no_visit() {
    let text = "Iran's envoy Omar Hadi met Javier Perez de Cuellar in New York on Monday. ";
    let f = fixture_kb(
        text,
        "1987-04-07",
        &[("Javier Perez de Cuellar", "javier-perez-de-cuellar")],
        &[
            ("Iran", country("IRN")),
            ("envoy Omar Hadi", unknown("Omar Hadi")),
            ("New York", city("new-york")),
        ],
        &[("Monday", "1987-04-06", "1987-04-06", Precision::Day)],
    );
    let ms = run(&f);
    let guests: Vec<String> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Visit)
        .flat_map(|m| m.participants.iter().map(|p| p.name.clone()))
        .collect();
    assert!(guests.iter().any(|g| g == "Omar Hadi"), "{guests:?}");
    assert!(!guests.iter().any(|g| g.contains("Cu")), "{guests:?}");
}

#[test]
fn an_uncued_visit_noun_this_week_is_ahead_unless_it_is_followed() {
    let visit_status = |text: &str| {
        let f = fixture(
            text,
            "1987-04-27",
            &[("Anna Berg", "berg")],
            &[("Norway", country("NOR"))],
            &[("this week", "1987-04-27", "1987-05-03", Precision::Day)],
        );
        run(&f)
            .into_iter()
            .find(|m| m.event_type == EventType::Visit)
            .map(|m| m.status)
    };
    assert_eq!(
        visit_status("Markets watched the visit this week by Anna Berg to Norway. "),
        Some(Status::Planned)
    );
    assert_eq!(
        visit_status("The accord follows a visit this week by Anna Berg to Norway. "),
        Some(Status::Occurred)
    );
}

#[test]
fn a_summit_the_speakers_prepare_for_is_not_their_meeting() {
    // Biden and Sanchez in Madrid's country, on 2022-06-01
    let mentions = |text: &str, summit: (&str, &str, &str)| {
        let f = fixture_kb(
            text,
            "2022-06-01",
            &[
                ("President Joe Biden", "joe-biden"),
                ("Prime Minister Pedro Sanchez", "pedro-sanchez"),
            ],
            &[("Spain", country("ESP")), ("Madrid", city("madrid"))],
            &[
                ("today", "2022-06-01", "2022-06-01", Precision::Day),
                (summit.0, summit.1, summit.2, Precision::Day),
            ],
        );
        run(&f)
    };
    // the call's speakers are not the summit's sides, nor is its city theirs
    let ms = mentions(
        "President Joe Biden and Prime Minister Pedro Sanchez of Spain spoke today about preparations for the NATO Summit, which will be held in Madrid on June 29-30. ",
        ("June 29-30", "2022-06-29", "2022-06-30"),
    );
    // (the call itself is theirs: "A and B spoke today about", call.pair_spoke)
    let two = ms.iter().find(|m| {
        m.event_type != EventType::Call
            && m.participants.len() >= 2
            && m.participants
                .iter()
                .any(|p| p.actor_id.as_deref() == Some("joe-biden"))
    });
    assert!(two.is_none(), "{two:?}");
    let today = ms.iter().find(|m| {
        m.place_id.as_deref() == Some("madrid")
            && m.dates.is_some_and(|d| d.start == day("2022-06-01"))
    });
    assert!(today.is_none(), "{today:?}");

    // a meeting held to prepare for a summit keeps its own day and no city
    let ms = mentions(
        "President Joe Biden met today with Prime Minister Pedro Sanchez of Spain to prepare for the July 11-12 NATO Summit in Madrid. ",
        ("July 11-12", "2022-07-11", "2022-07-12"),
    );
    let pair: Vec<_> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Meeting && m.participants.len() == 2)
        .collect();
    assert_eq!(pair.len(), 1, "{pair:?}");
    assert_eq!(pair[0].place_id, None);
    assert_eq!(pair[0].dates.map(|d| d.start), Some(day("2022-06-01")));
}

#[test]
fn talks_of_foreign_sides_at_a_neutral_dateline_are_there() {
    let text = "GENEVA, March 4 - Japan and the United States held talks on the chip accord yesterday, delegates said. ";
    let ms = wire(
        text,
        "1987-03-04",
        &[
            ("GENEVA", city("geneva")),
            ("Japan", country("JPN")),
            ("United States", country("USA")),
        ],
        &[("yesterday", "1987-03-03", "1987-03-03", Precision::Day)],
    );
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.place_id.as_deref(), Some("geneva"));
}

#[test]
fn talks_long_ago_at_no_city_are_not_at_the_dateline() {
    let text = "GENEVA, March 4 - Japan and the United States held talks on the chip accord in July 1985, delegates said. ";
    let ms = wire(
        text,
        "1987-03-04",
        &[
            ("GENEVA", city("geneva")),
            ("Japan", country("JPN")),
            ("United States", country("USA")),
        ],
        &[("July 1985", "1985-07-01", "1985-07-31", Precision::Month)],
    );
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.place_id, None);
}

#[test]
fn met_with_a_states_unnamed_officials_is_a_meeting_with_that_state() {
    let text = "WASHINGTON, Oct 20 - Reagan said Treasury Secretary James Baker met with West German financial officials on Monday. ";
    let ms = run(&fixture_kb(
        text,
        "1987-10-20",
        &[("Treasury Secretary James Baker", "james-baker")],
        &[
            ("WASHINGTON", city("washington")),
            ("West German", Entity::Adjective { code: "DEU".into() }),
        ],
        &[("Monday", "1987-10-19", "1987-10-19", Precision::Day)],
    ));
    let m = first(&ms, EventType::Meeting);
    assert_eq!(
        ids(m, Role::Participant),
        vec!["james-baker".to_string(), "DEU".to_string()]
    );
}

#[test]
fn talks_with_a_states_trade_officials_at_its_dateline() {
    let text = "STOCKHOLM, June 2 - OPEC President Rilwanu Lukman, who was speaking during talks with Swedish trade officials, said prices would hold. ";
    let ms = run(&fixture_kb(
        text,
        "1987-06-02",
        &[("OPEC President Rilwanu Lukman", "rilwanu-lukman")],
        &[
            ("STOCKHOLM", city("stockholm")),
            ("Swedish", Entity::Adjective { code: "SWE".into() }),
        ],
        &[],
    ));
    let m = first(&ms, EventType::Meeting);
    assert!(ids(m, Role::Participant).contains(&"SWE".to_string()));
    assert_eq!(m.place_id.as_deref(), Some("stockholm"));
    // the OPEC president came to Stockholm for the talks
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.place_id.as_deref(), Some("stockholm"));
}

#[test]
fn a_clubs_meeting_in_a_market_report_is_not_at_the_dateline() {
    let text = "FRANKFURT, April 7 - Dollar trading was quiet as dealers were wary of today's meeting of the Group of Five, they said. ";
    let ms = wire(
        text,
        "1987-04-07",
        &[
            ("FRANKFURT", city("frankfurt")),
            (
                "Group of Five",
                Entity::Organization {
                    actor_id: "g5".into(),
                },
            ),
        ],
        &[("today", "1987-04-07", "1987-04-07", Precision::Day)],
    );
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.place_id, None);
}

#[test]
fn talks_on_a_tour_are_not_at_the_dateline() {
    let text = "PARIS, March 27 - Nigeria and Britain held talks yesterday, the first of Nigeria's tour of creditor nations. ";
    let ms = wire(
        text,
        "1987-03-27",
        &[
            ("PARIS", city("paris")),
            ("Nigeria", country("NGA")),
            ("Britain", country("GBR")),
        ],
        &[("yesterday", "1987-03-26", "1987-03-26", Precision::Day)],
    );
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.place_id, None, "{ms:?}");
}

#[test]
fn talks_with_unnamed_officials_yield_to_the_named_counterpart() {
    let text = "TOKYO, April 17 - Agriculture Secretary Richard Lyng opens talks with Japanese government officials today. Agriculture Secretary Richard Lyng met Agriculture Minister Mutsuki Kato today. ";
    let ms = run(&fixture_kb(
        text,
        "1987-04-17",
        &[
            ("Agriculture Secretary Richard Lyng", "richard-lyng"),
            ("Agriculture Minister Mutsuki Kato", "mutsuki-kato"),
        ],
        &[
            ("TOKYO", city("tokyo")),
            ("Japanese", Entity::Adjective { code: "JPN".into() }),
        ],
        &[("today", "1987-04-17", "1987-04-17", Precision::Day)],
    ));
    let meetings: Vec<_> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Meeting)
        .collect();
    assert_eq!(meetings.len(), 1, "{meetings:?}");
    assert!(meetings[0]
        .participants
        .iter()
        .all(|p| p.actor_id.as_deref() != Some("JPN")));
}

#[test]
fn unnamed_officials_before_the_speaker_are_the_other_side() {
    let text = "WASHINGTON, Oct 20 - Treasury Secretary James Baker met with West German financial officials, Reagan said. ";
    let ms = run(&fixture_kb(
        text,
        "1987-10-20",
        &[
            ("Treasury Secretary James Baker", "james-baker"),
            ("Reagan", "ronald-reagan"),
        ],
        &[
            ("WASHINGTON", city("washington")),
            ("West German", Entity::Adjective { code: "DEU".into() }),
        ],
        &[],
    ));
    let m = first(&ms, EventType::Meeting);
    assert_eq!(
        ids(m, Role::Participant),
        vec!["james-baker".to_string(), "DEU".to_string()]
    );
}

#[test]
fn a_meeting_noun_that_ended_in_the_story_is_dated_by_the_report() {
    let text = "MANAGUA, March 22 - The meeting between Nicaragua and Mexico ended without an accord, delegates said. ";
    let ms = wire(
        text,
        "1987-03-22",
        &[
            ("MANAGUA", city("managua")),
            ("Nicaragua", country("NIC")),
            ("Mexico", country("MEX")),
        ],
        &[],
    );
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.place_id.as_deref(), Some("managua"), "{ms:?}");
    assert_eq!(m.dates.as_ref().map(|d| d.start), Some(day("1987-03-22")));
}

#[test]
fn a_clubs_meeting_in_a_political_story_is_at_the_dateline() {
    let text =
        "PARIS, April 9 - The Group of Five met yesterday to review the accord, officials said. ";
    let ms = wire(
        text,
        "1987-04-09",
        &[
            ("PARIS", city("paris")),
            (
                "Group of Five",
                Entity::Organization {
                    actor_id: "g5".into(),
                },
            ),
        ],
        &[("yesterday", "1987-04-08", "1987-04-08", Precision::Day)],
    );
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.place_id.as_deref(), Some("paris"));
}

// ---- round 8, wave 2: fields of wire-copy events (docs/audits/round8-fields.md)

#[test]
fn a_meeting_the_sides_emerged_from_or_spoke_after_at_the_dateline_is_on_the_report_date() {
    for text in [
        "MANAGUA, March 22 - Nicaragua and Mexico declined to comment on the meeting as they emerged from the ministry. ",
        "MANAGUA, March 22 - Nicaragua praised the plan after an hour-long meeting with Mexico, officials said. ",
    ] {
        let ms = wire(
            text,
            "1987-03-22",
            &[
                ("MANAGUA", city("managua")),
                ("Nicaragua", country("NIC")),
                ("Mexico", country("MEX")),
            ],
            &[],
        );
        let m = first(&ms, EventType::Meeting);
        assert_eq!(m.place_id.as_deref(), Some("managua"), "{text}: {ms:?}");
        assert_eq!(
            m.dates.as_ref().map(|d| d.start),
            Some(day("1987-03-22")),
            "{text}"
        );
    }
}

#[test]
fn said_after_talks_with_is_on_the_report_date_without_a_dateline() {
    // an item of a news round-up: no dateline of its own at the start
    let text = "Prices rose, dealers said. LISBON - Portugal is ready to help, Spain's minister said after talks with Portugal. ";
    let ms = wire(
        text,
        "1987-04-07",
        &[("Portugal", country("PRT")), ("Spain", country("ESP"))],
        &[],
    );
    let m = first(&ms, EventType::Meeting);
    assert_eq!(
        m.dates.as_ref().map(|d| d.start),
        Some(day("1987-04-07")),
        "{ms:?}"
    );
    // a day the sentence points elsewhere keeps it undated
    let text = "Prices rose, dealers said. Portugal is ready to help, Spain's minister said after talks with Portugal last week. ";
    let ms = wire(
        text,
        "1987-04-07",
        &[("Portugal", country("PRT")), ("Spain", country("ESP"))],
        &[],
    );
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.dates, None, "{ms:?}");
}

#[test]
fn talks_going_on_for_a_while_are_not_dated_by_the_report() {
    let text = "CAIRO, March 19 - Egypt, for its part, has been holding talks with Britain on a loan, sources said. ";
    let ms = wire(
        text,
        "1987-03-19",
        &[
            ("CAIRO", city("cairo")),
            ("Egypt", country("EGY")),
            ("Britain", country("GBR")),
        ],
        &[],
    );
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.dates, None, "{ms:?}");
}

#[test]
fn a_meeting_weeks_before_the_report_is_not_at_the_dateline() {
    // New York is in the U.S.: the local side would otherwise place it there
    let text = "NEW YORK, March 9 - The United States and Japan held consultations on January 21, the Fed said. ";
    let ms = run(&fixture_kb(
        text,
        "1987-03-09",
        &[],
        &[
            ("NEW YORK", city("new-york")),
            ("United States", country("USA")),
            ("Japan", country("JPN")),
        ],
        &[("January 21", "1987-01-21", "1987-01-21", Precision::Day)],
    ));
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.place_id, None, "{ms:?}");
    assert_eq!(m.dates.as_ref().map(|d| d.start), Some(day("1987-01-21")));
    // the same talks three days before the report are the story's own
    let text = "NEW YORK, March 9 - The United States and Japan held consultations on March 6, the Fed said. ";
    let ms = run(&fixture_kb(
        text,
        "1987-03-09",
        &[],
        &[
            ("NEW YORK", city("new-york")),
            ("United States", country("USA")),
            ("Japan", country("JPN")),
        ],
        &[("March 6", "1987-03-06", "1987-03-06", Precision::Day)],
    ));
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.place_id.as_deref(), Some("new-york"), "{ms:?}");
}

#[test]
fn talks_in_general_are_not_the_talks_before() {
    let text = "ATHENS, March 2 - Turkey's envoy met Greece's minister last week. The 1976 accord set the framework for talks on the shelf, Erdem said. ";
    let ms = wire(
        text,
        "1987-03-02",
        &[
            ("ATHENS", city("athens")),
            ("Turkey", country("TUR")),
            ("Greece", country("GRC")),
        ],
        &[
            ("last week", "1987-02-23", "1987-03-01", Precision::Day),
            ("1976", "1976-01-01", "1976-12-31", Precision::Year),
        ],
    );
    let meetings: Vec<_> = ms
        .iter()
        .filter(|m| m.event_type == EventType::Meeting)
        .collect();
    assert_eq!(meetings.len(), 1, "{meetings:?}");
    assert_eq!(
        meetings[0].dates.as_ref().map(|d| d.start),
        Some(day("1987-02-23"))
    );
}

#[test]
fn a_rounds_name_is_no_side_of_the_talks() {
    let text = "TOKYO, April 17 - Japan and Canada will hold talks on a new round of GATT trade talks on April 20, officials said. ";
    let ms = wire(
        text,
        "1987-04-17",
        &[
            ("TOKYO", city("tokyo")),
            ("Japan", country("JPN")),
            ("Canada", country("CAN")),
            (
                "GATT",
                Entity::Organization {
                    actor_id: "gatt".into(),
                },
            ),
        ],
        &[("April 20", "1987-04-20", "1987-04-20", Precision::Day)],
    );
    let m = first(&ms, EventType::Meeting);
    let mut sides = ids(m, Role::Participant);
    sides.sort();
    assert_eq!(sides, vec!["CAN".to_string(), "JPN".to_string()], "{ms:?}");
    // "the Uruguay round of talks": the state is the round's name
    let text = "WASHINGTON, March 13 - The bill sets objectives for the Uruguay round of talks under the GATT. ";
    let ms = wire(
        text,
        "1987-03-13",
        &[
            ("WASHINGTON", city("washington")),
            ("Uruguay", country("URY")),
            (
                "GATT",
                Entity::Organization {
                    actor_id: "gatt".into(),
                },
            ),
        ],
        &[],
    );
    assert!(
        ms.iter().all(|m| m.event_type != EventType::Meeting),
        "{ms:?}"
    );
}

#[test]
fn the_storys_meeting_told_ending_dates_its_later_meeting_nouns() {
    let text = "MANAGUA, March 22 - A meeting of coffee producers ended with a call for more talks. The meeting was attended by Mexico and Nicaragua. ";
    let ms = wire(
        text,
        "1987-03-22",
        &[
            ("MANAGUA", city("managua")),
            ("Nicaragua", country("NIC")),
            ("Mexico", country("MEX")),
        ],
        &[],
    );
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.status, Status::Occurred, "{ms:?}");
    assert_eq!(
        m.dates.as_ref().map(|d| d.start),
        Some(day("1987-03-22")),
        "{ms:?}"
    );
    // told ending "late yesterday": that day, not the report's
    let text = "MANAGUA, March 22 - A meeting of coffee producers ended late yesterday. The meeting was attended by Mexico and Nicaragua. ";
    let ms = wire(
        text,
        "1987-03-22",
        &[
            ("MANAGUA", city("managua")),
            ("Nicaragua", country("NIC")),
            ("Mexico", country("MEX")),
        ],
        &[("late yesterday", "1987-03-21", "1987-03-21", Precision::Day)],
    );
    let m = first(&ms, EventType::Meeting);
    assert_eq!(
        m.dates.as_ref().map(|d| d.start),
        Some(day("1987-03-21")),
        "{ms:?}"
    );
}

#[test]
fn at_a_meeting_of_ministers_at_the_dateline_is_the_storys_day() {
    let text = "BRUSSELS, March 16 - At a meeting of EC ministers, Britain and Denmark opposed Washington-led protests, diplomats said. ";
    let ms = wire(
        text,
        "1987-03-16",
        &[
            ("BRUSSELS", city("brussels")),
            ("Britain", country("GBR")),
            ("Denmark", country("DNK")),
            ("Washington", city("washington")),
        ],
        &[],
    );
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.place_id.as_deref(), Some("brussels"), "{ms:?}");
    assert_eq!(
        m.dates.as_ref().map(|d| d.start),
        Some(day("1987-03-16")),
        "{ms:?}"
    );
}

#[test]
fn todays_summit_meeting_is_dated_today() {
    let text = "BRUSSELS, June 29 - In a paper prepared for today's summit meeting of EC leaders, Belgium proposed a study, diplomats said. ";
    let ms = wire(
        text,
        "1987-06-29",
        &[
            ("BRUSSELS", city("brussels")),
            ("Belgium", country("BEL")),
            (
                "EC",
                Entity::Organization {
                    actor_id: "eec".into(),
                },
            ),
        ],
        &[("today", "1987-06-29", "1987-06-29", Precision::Day)],
    );
    let m = first(&ms, EventType::Meeting);
    assert_eq!(
        m.dates.as_ref().map(|d| d.start),
        Some(day("1987-06-29")),
        "{ms:?}"
    );
}

#[test]
fn talks_for_which_negotiators_shuttled_are_the_talks_before() {
    // "for talks" after a journey is the occasion, not talks in general
    let text = "PARIS, March 13 - France and Iran held talks last month. Since then negotiators have shuttled between the capitals for talks, officials said. ";
    let ms = wire(
        text,
        "1987-03-13",
        &[
            ("PARIS", city("paris")),
            ("France", country("FRA")),
            ("Iran", country("IRN")),
        ],
        &[("last month", "1987-02-01", "1987-02-28", Precision::Month)],
    );
    let n = ms
        .iter()
        .filter(|m| m.event_type == EventType::Meeting && m.participants.len() == 2)
        .count();
    assert_eq!(n, 2, "{ms:?}");
}

/// Round 9 (recall): the whole pipeline on invented wire copy.
mod round9 {
    use super::super::test_support::{mentions as pipeline, rows};
    use super::super::*;

    #[test]
    fn a_sentence_naming_two_summits_gives_both() {
        let ms = pipeline(
            "BERN, May 20 - At last year's G-7 summit in Tokyo, officials were asked to make a study and the results will be presented at next week's summit in Venice.",
            "1987-05-20",
        );
        let r = rows(&ms);
        assert!(
            r.iter()
                .any(|e| e.1 == "g7" && e.2 == "tokyo" && e.3.starts_with("1986")),
            "{r:?}"
        );
        assert!(
            r.iter().any(|e| e.1 == "g7"
                && e.2 == "venice"
                && e.3 == "1987-05-25"
                && e.5 == Status::Planned),
            "{r:?}"
        );
    }

    #[test]
    fn a_city_summit_is_the_sevens_when_the_next_sentence_names_them() {
        let ms = pipeline(
            "OSLO, June 22 - Stoltenberg commented on Reagan's remark last week at the Venice summit that the dollar could fall. All of the G-7 nations want a stable dollar, he said.",
            "1987-06-22",
        );
        let r = rows(&ms);
        assert!(
            r.iter().any(|e| e.1 == "g7"
                && e.2 == "venice"
                && e.3 == "1987-06-15"
                && e.5 == Status::Occurred),
            "{r:?}"
        );
        // no club in the story: no club's summit
        let ms = pipeline(
            "OSLO, June 22 - Stoltenberg commented on a remark last week at the Venice summit on trade. The dollar fell, he said.",
            "1987-06-22",
        );
        assert!(rows(&ms).iter().all(|e| e.1 != "g7"), "{:?}", rows(&ms));
    }

    #[test]
    fn a_summit_named_by_its_month_is_the_sevens_planned_summit() {
        let ms = pipeline(
            "OTTAWA, April 9 - The finance ministers will see each other again before the June Economic Summit, where the seven industrial democracies review trade, Smith said.",
            "1987-04-09",
        );
        let r = rows(&ms);
        assert!(
            r.iter().any(|e| e.1 == "g7"
                && e.3 == "1987-06-01"
                && e.4 == "1987-06-30"
                && e.5 == Status::Planned),
            "{r:?}"
        );
        // lower case, a month's summit of "the seven leading western nations"
        let ms = pipeline(
            "ROME, March 2 - Goria may have to resign before the June summit of seven leading western nations, analysts said.",
            "1987-03-02",
        );
        assert!(
            rows(&ms)
                .iter()
                .any(|e| e.1 == "g7" && e.3 == "1987-06-01" && e.5 == Status::Planned),
            "{:?}",
            rows(&ms)
        );
        // a past tense picks no past June: the June nearest the report
        let ms = pipeline(
            "PARIS, March 12 - Chirac said he hoped for progress at the June summit of the seven industrialised nations.",
            "1987-03-12",
        );
        assert!(
            rows(&ms).iter().any(|e| e.1 == "g7" && e.3 == "1987-06-01"),
            "{:?}",
            rows(&ms)
        );
        // no club in the story: no club's summit
        let ms = pipeline(
            "ROME, March 2 - Goria may have to resign before the June summit, analysts said.",
            "1987-03-02",
        );
        assert!(rows(&ms).iter().all(|e| e.1 != "g7"), "{:?}", rows(&ms));
    }

    #[test]
    fn meeting_a_quota_is_no_meeting() {
        let ms = pipeline(
            "NAIROBI, May 4 - For several years Kenya had been unable to meet its ICO export quota as drought cut output.",
            "1987-05-04",
        );
        assert!(
            rows(&ms).iter().all(|e| e.0 != EventType::Meeting),
            "{:?}",
            rows(&ms)
        );
        // meeting people stays a meeting
        let ms = pipeline(
            "NAIROBI, May 4 - Kenyan President Daniel arap Moi met Ugandan President Yoweri Museveni today.",
            "1987-05-04",
        );
        assert!(
            rows(&ms).iter().any(|e| e.0 == EventType::Meeting),
            "{:?}",
            rows(&ms)
        );
    }

    #[test]
    fn a_trip_is_not_dated_by_an_election_month() {
        let ms = pipeline(
            "LONDON, April 3 - Opinion polls rose after Thatcher's trip to Moscow. There is pressure on her to go for a June or even a May election to capitalise on her Soviet trip.",
            "1987-04-03",
        );
        let r = rows(&ms);
        assert!(
            r.iter()
                .filter(|e| e.0 == EventType::Visit)
                .all(|e| !e.3.starts_with("1987-06") && e.5 != Status::Planned),
            "{r:?}"
        );
    }

    #[test]
    fn a_meeting_here_is_at_the_dateline_whatever_its_status() {
        let ms = pipeline(
            "GENEVA, April 9 - Officials from Indonesia, Malaysia and Thailand will meet here tomorrow to discuss rubber marketing.",
            "1987-04-09",
        );
        let r = rows(&ms);
        assert!(
            r.iter().any(|e| e.0 == EventType::Meeting
                && e.2 == "geneva"
                && e.3 == "1987-04-10"
                && e.5 == Status::Planned),
            "{r:?}"
        );
        // "here" elsewhere in the sentence places nothing
        let ms = pipeline(
            "GENEVA, April 9 - Officials from Indonesia, Malaysia and Thailand will meet in July, dealers here said.",
            "1987-04-09",
        );
        assert!(rows(&ms).iter().all(|e| e.2 != "geneva"), "{:?}", rows(&ms));
    }

    #[test]
    fn the_leads_city_for_the_talks_beats_the_dateline() {
        let ms = pipeline(
            "LIMA, April 24 - The heads of the central banks of Mexico and Peru have met in Mexico City to coordinate actions on silver. The paper said that Peruvian central bank president Leonel Figueroa met yesterday with the president of the Bank of Mexico, Miguel Mancera Aguayo.",
            "1987-04-24",
        );
        let r = rows(&ms);
        let met: Vec<_> = r
            .iter()
            .filter(|e| e.0 == EventType::Meeting && e.1.contains("leonel-figueroa"))
            .collect();
        assert!(
            !met.is_empty() && met.iter().all(|e| e.2 == "mexico-city"),
            "{r:?}"
        );
        // without a city for the talks in the lead, the dateline's
        let ms = pipeline(
            "LIMA, April 24 - Peru froze silver sales. The paper said that Peruvian central bank president Leonel Figueroa met yesterday with the president of the Bank of Mexico, Miguel Mancera Aguayo.",
            "1987-04-24",
        );
        let r = rows(&ms);
        assert!(
            r.iter().any(|e| e.0 == EventType::Meeting && e.2 == "lima"),
            "{r:?}"
        );
    }

    #[test]
    fn expecting_a_club_to_meet_is_a_plan() {
        let ms = pipeline(
            "NEW YORK, Feb 26 - An editor of Mideast reports expects OPEC to meet before June, although not immediately.",
            "1987-02-26",
        );
        let r = rows(&ms);
        assert!(
            r.iter()
                .filter(|e| e.1 == "opec")
                .all(|e| e.5 == Status::Planned),
            "{r:?}"
        );
    }
}

/// The visits of a wire story, as (place id, country, status).
fn visits(ms: &[EventMention]) -> Vec<(Option<String>, Option<String>, Status)> {
    ms.iter()
        .filter(|m| m.event_type == EventType::Visit)
        .map(|m| (m.place_id.clone(), m.country_code.clone(), m.status))
        .collect()
}

#[test]
fn a_return_from_a_city_is_a_trip_there() {
    let text = "KAMPALA, March 9 - Ugandan Finance Minister Crispus Kiyonga returned from London on Friday, officials said. ";
    let ms = wire(
        text,
        "1987-03-09",
        &[
            ("KAMPALA", city("kampala")),
            ("Ugandan", Entity::Adjective { code: "UGA".into() }),
            ("Finance Minister Crispus Kiyonga", ukn("Crispus Kiyonga")),
            ("London", city("london")),
        ],
        &[("on Friday", "1987-03-06", "1987-03-06", Precision::Day)],
    );
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.place_id.as_deref(), Some("london"));
    assert!(v.rule.starts_with("visit.return_from"), "{}", v.rule);
    assert_eq!(v.status, Status::Occurred);
    // "since her return from the Soviet Union": the article may stand between
    let text = "LONDON, May 5 - British Prime Minister Margaret Thatcher gained in the first poll since her return from the Soviet Union. ";
    let ms = wire(
        text,
        "1987-05-05",
        &[
            ("LONDON", city("london")),
            ("British", Entity::Adjective { code: "GBR".into() }),
            ("Prime Minister Margaret Thatcher", ukn("Margaret Thatcher")),
            ("Soviet Union", country("SUN")),
        ],
        &[],
    );
    assert_eq!(visits(&ms), [(None, Some("SUN".into()), Status::Occurred)]);
    // the poll's morning is not the trip's date
    let text = "LONDON, April 7 - A poll conducted after Prime Minister Margaret Thatcher returned from Moscow, this morning gave her party a lead. ";
    let ms = wire(
        text,
        "1987-04-07",
        &[
            ("LONDON", city("london")),
            ("Prime Minister Margaret Thatcher", ukn("Margaret Thatcher")),
            ("Moscow", city("moscow")),
        ],
        &[("this morning", "1987-04-07", "1987-04-07", Precision::Day)],
    );
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.place_id.as_deref(), Some("moscow"));
    assert_ne!(v.dates.map(|d| d.start), Some(day("1987-04-07")));
    // the press conference is expected, the trip is over
    let text = "TOKYO, April 10 - Finance Minister Kiichi Miyazawa is expected to hold a press conference later today after returning from Washington. ";
    let ms = wire(
        text,
        "1987-04-10",
        &[
            ("TOKYO", city("tokyo")),
            ("Japanese", Entity::Adjective { code: "JPN".into() }),
            ("Finance Minister Kiichi Miyazawa", ukn("Kiichi Miyazawa")),
            ("Washington", city("washington")),
        ],
        &[("later today", "1987-04-10", "1987-04-10", Precision::Day)],
    );
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.place_id.as_deref(), Some("washington"));
    assert_eq!(v.status, Status::Occurred);
    assert!(v.dates.is_none(), "{:?}", v.dates);
}

#[test]
fn a_return_from_no_place_is_no_trip() {
    for text in [
        "LONDON, May 5 - Finance Minister Crispus Kiyonga said prices returned from a low in London. ",
        "LONDON, May 5 - Finance Minister Crispus Kiyonga said he would return from holiday to London. ",
    ] {
        let ms = wire(
            text,
            "1987-05-05",
            &[
                ("LONDON", city("london")),
                ("Finance Minister Crispus Kiyonga", ukn("Crispus Kiyonga")),
                ("London", city("london")),
            ],
            &[],
        );
        assert!(
            !ms.iter()
                .any(|m| m.rule.starts_with("visit.return_from")),
            "{text}: {ms:?}"
        );
    }
}

#[test]
fn now_in_a_city_is_a_visit_under_way() {
    let text = "NICOSIA, Sept 3 - Iranian Prime Minister Mir-Hossein Mousavi is currently in Damascus, diplomats said. ";
    let ms = wire(
        text,
        "1987-09-03",
        &[
            ("NICOSIA", city("nicosia")),
            ("Iranian", Entity::Adjective { code: "IRN".into() }),
            (
                "Prime Minister Mir-Hossein Mousavi",
                ukn("Mir-Hossein Mousavi"),
            ),
            ("Damascus", city("damascus")),
        ],
        &[],
    );
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.place_id.as_deref(), Some("damascus"));
    assert!(v.rule.starts_with("visit.now_in"), "{}", v.rule);
    // the ball in a state's court, talks, a position: no place follows
    for text in [
        "NICOSIA, Sept 3 - Prime Minister Mir-Hossein Mousavi said the ball is now in Washington's court. ",
        "NICOSIA, Sept 3 - Prime Minister Mir-Hossein Mousavi is now in talks with Damascus. ",
        "NICOSIA, Sept 3 - Prime Minister Mir-Hossein Mousavi will be in a position to meet in Damascus. ",
    ] {
        let ms = wire(
            text,
            "1987-09-03",
            &[
                ("NICOSIA", city("nicosia")),
                ("Prime Minister Mir-Hossein Mousavi", ukn("Mir-Hossein Mousavi")),
                ("Washington", city("washington")),
                ("Damascus", city("damascus")),
            ],
            &[],
        );
        assert!(
            !ms.iter().any(|m| m.rule.starts_with("visit.now_in")
                || m.rule.starts_with("visit.to_be_in")),
            "{text}: {ms:?}"
        );
    }
}

#[test]
fn plans_to_be_in_a_country_on_dates_is_a_planned_visit() {
    let text = "WASHINGTON, March 23 - U.S. Agriculture Secretary Richard Lyng, who plans to be in Japan April 14-27, said he would press for beef quotas. ";
    let ms = wire(
        text,
        "1987-03-23",
        &[
            ("WASHINGTON", city("washington")),
            ("U.S.", Entity::Adjective { code: "USA".into() }),
            ("Agriculture Secretary Richard Lyng", ukn("Richard Lyng")),
            ("Japan", country("JPN")),
        ],
        &[("April 14-27", "1987-04-14", "1987-04-27", Precision::Day)],
    );
    let v = first(&ms, EventType::Visit);
    assert_eq!(v.country_code.as_deref(), Some("JPN"));
    assert_eq!(v.status, Status::Planned);
    let iv = v.dates.expect("the stay's dates");
    assert_eq!((iv.start, iv.end), (day("1987-04-14"), day("1987-04-27")));
}

#[test]
fn undated_talks_told_from_a_company_news_town_are_not_there() {
    // a town that is no capital: the market's city, not the talks'
    let text = "CHICAGO, April 27 - Soybean futures rose. Traders watched the dollar. Dealers said prices were firm. Ronald Reagan met Yasuhiro Nakasone, Johnson said. ";
    let ents = |here: &'static str, id: &'static str| vec![(here, city(id))];
    let people = &[
        ("Ronald Reagan", "ronald-reagan"),
        ("Yasuhiro Nakasone", "yasuhiro-nakasone"),
    ];
    let ms = run(&fixture_kb(
        text,
        "1987-04-27",
        people,
        &ents("CHICAGO", "chicago"),
        &[],
    ));
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.place_id, None);
    // the capital's dateline still places them
    let text = text.replace("CHICAGO", "WASHINGTON");
    let ms = run(&fixture_kb(
        &text,
        "1987-04-27",
        people,
        &ents("WASHINGTON", "washington"),
        &[],
    ));
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.place_id.as_deref(), Some("washington"));
    // dated talks at the town are there ("MIAMI - talks yesterday with Baker")
    let text = "MIAMI, March 24 - Soybean futures rose. Traders watched the dollar. Dealers said prices were firm. Yasuhiro Nakasone met Ronald Reagan yesterday, Johnson said. ";
    let ms = run(&fixture_kb(
        text,
        "1987-03-24",
        people,
        &ents("MIAMI", "miami"),
        &[("yesterday", "1987-03-23", "1987-03-23", Precision::Day)],
    ));
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.place_id.as_deref(), Some("miami"));
}

/// Round 10 (docs/audits/round10-recall.md): events told in other words on
/// untuned wire copy, through the whole pipeline (tagger and tables).
mod round10 {
    use super::super::test_support::{mentions as pipeline, rows};
    use super::*;

    fn meetings(ms: &[EventMention]) -> Vec<(String, String, String, Status)> {
        rows(ms)
            .into_iter()
            .filter(|r| r.0 == EventType::Meeting)
            .map(|r| (r.1, r.2, r.3, r.5))
            .collect()
    }

    #[test]
    fn two_states_signing_an_accord_is_no_meeting() {
        // spec/events.md: an agreement without a stated meeting
        let ms = pipeline(
            "BONN, March 4 - West Germany and Kenya have signed an agreement on rescheduling 50 mln marks of credits, officials said. ",
            "1987-03-04",
        );
        assert!(meetings(&ms).is_empty(), "{:?}", meetings(&ms));
        // two leaders signing it together met
        let ms = pipeline(
            "BONN, March 4 - Chancellor Helmut Kohl and President Daniel arap Moi signed an agreement on credits, officials said. ",
            "1987-03-04",
        );
        let m = meetings(&ms);
        assert!(
            m.iter()
                .any(|r| r.0.contains("helmut-kohl") && r.1 == "bonn" && r.3 == Status::Occurred),
            "{m:?}"
        );
    }

    #[test]
    fn an_accord_signed_by_two_ministers_is_their_meeting() {
        let ms = pipeline(
            "WASHINGTON, March 16 - The United States and Turkey concluded a pact under which military credits will go to Ankara. The pact was signed by Secretary of State George Shultz and Foreign Minister Vahit Halefoglu after long talks. ",
            "1987-03-16",
        );
        let m = meetings(&ms);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].0.contains("george-shultz"), "{m:?}");
        // where the story is told, not the city its aid goes to
        assert_eq!(m[0].1, "washington", "{m:?}");
        assert_eq!(m[0].3, Status::Occurred);
    }

    #[test]
    fn a_signing_is_not_dated_by_its_accords_content() {
        let ms = pipeline(
            "BUENOS AIRES, March 20 - Presidents Raul Alfonsin of Argentina and Jose Sarney of Brazil signed a treaty under which the two countries will build a joint dam by 1995. ",
            "1987-03-20",
        );
        let m = meetings(&ms);
        assert!(!m.is_empty());
        assert!(
            m.iter()
                .all(|r| r.2 == "1987-03-20" && r.3 == Status::Occurred),
            "{m:?}"
        );
        // a date opening the sentence dates the signing (and a signing weeks
        // before the report is not at the dateline)
        let ms = pipeline(
            "NEW YORK, March 13 - On February 22, after a long session on trade, money, farm spending, tax reform, the budget and the future of the European Monetary System, Chancellor Helmut Kohl and Prime Minister Margaret Thatcher signed an accord to cooperate closely, officials said. ",
            "1987-03-13",
        );
        let m = meetings(&ms);
        assert!(
            m.iter()
                .any(|r| r.0.contains("helmut-kohl") && r.2 == "1987-02-22"),
            "{m:?}"
        );
        assert!(m.iter().all(|r| r.1 != "new-york"), "{m:?}");
    }

    #[test]
    fn refusals_companies_and_signs_are_no_signings() {
        for text in [
            "VIENNA, March 4 - Prime Minister Margaret Thatcher refused to sign the accord with Chancellor Helmut Kohl, delegates said. ",
            "TOKYO, March 4 - Prime Minister Margaret Thatcher and Chancellor Helmut Kohl signed an agreement with <Acme Corp> to build a plant. ",
            "SANTIAGO, March 4 - Prime Minister Margaret Thatcher and Chancellor Helmut Kohl signed an agreement with the creditor banks last week. ",
            "LONDON, March 4 - Traders watched for signs of an accord between Prime Minister Margaret Thatcher and Chancellor Helmut Kohl. ",
        ] {
            let ms = pipeline(text, "1987-03-04");
            assert!(meetings(&ms).is_empty(), "{text}: {:?}", meetings(&ms));
        }
        // the same two signing it together met
        let ms = pipeline(
            "VIENNA, March 4 - Prime Minister Margaret Thatcher signed the accord with Chancellor Helmut Kohl, delegates said. ",
            "1987-03-04",
        );
        assert_eq!(meetings(&ms).len(), 1, "{:?}", meetings(&ms));
    }

    #[test]
    fn a_club_and_the_states_that_make_another_are_that_club() {
        // 1987's G-6 is the G-5 and Canada, named by its members
        let ms = pipeline(
            "LONDON, March 26 - Dealers said banks defended the rates set at last month's meeting of the Group of Five and Canada in Paris. ",
            "1987-03-26",
        );
        let m = meetings(&ms);
        let g6 = |keys: &str| keys.split('+').any(|k| k == "g6");
        assert!(m.iter().any(|r| g6(&r.0) && r.1 == "paris"), "{m:?}");
        // the G-5 and Italy are not the six
        let ms = pipeline(
            "LONDON, March 26 - Dealers said banks defended the rates set at last month's meeting of the Group of Five and Italy in Paris. ",
            "1987-03-26",
        );
        let m = meetings(&ms);
        assert!(!m.is_empty() && m.iter().all(|r| !g6(&r.0)), "{m:?}");
    }

    #[test]
    fn seven_industrial_nations_are_the_group_of_seven() {
        let ms = pipeline(
            "MADRID, March 16 - Trade ministers of the top seven industrialized nations will meet in Paris next week, officials said. ",
            "1987-03-16",
        );
        let m = meetings(&ms);
        assert!(
            m.iter()
                .any(|r| r.0 == "g7" && r.1 == "paris" && r.3 == Status::Planned),
            "{m:?}"
        );
        let ms = pipeline(
            "LONDON, March 30 - Lawson said the meeting of six major industrial nations in Paris last month agreed on no bands. ",
            "1987-03-30",
        );
        let m = meetings(&ms);
        assert!(m.iter().any(|r| r.0 == "g6" && r.1 == "paris"), "{m:?}");
        // a club told in other words is talked about from anywhere: not at
        // the dateline
        let ms = pipeline(
            "TOKYO, April 10 - Miyazawa said finance ministers of the seven major industrial nations met yesterday and agreed the dollar was stable. ",
            "1987-04-10",
        );
        let m = meetings(&ms);
        assert!(m.iter().any(|r| r.0 == "g7"), "{m:?}");
        assert!(m.iter().all(|r| r.1 != "tokyo"), "{m:?}");
        // an accord's parties and a number of companies are no club's meeting
        let ms = pipeline(
            "BONN, March 30 - Stoltenberg welcomed the Louvre accord of six industrial nations and said markets were calm. ",
            "1987-03-30",
        );
        assert!(rows(&ms).is_empty(), "{:?}", rows(&ms));
    }

    #[test]
    fn a_time_between_met_and_with_keeps_the_officials_side() {
        let ms = pipeline(
            "WASHINGTON, April 9 - Treasury Secretary James Baker met last night with Mexican officials, a spokesman said. ",
            "1987-04-09",
        );
        let m = meetings(&ms);
        assert!(
            m.iter()
                .any(|r| r.0.contains("MEX") && r.0.contains("james-baker")),
            "{m:?}"
        );
    }

    #[test]
    fn on_his_way_to_a_city_is_a_trip_there() {
        let ms = pipeline(
            "SYDNEY, March 25 - Trade Representative Clayton Yeutter said tariffs would stay. Yeutter is on his way to Tokyo for talks on rice. ",
            "1987-03-25",
        );
        let v = super::super::test_support::visits(&ms, "Yeutter");
        assert!(v.iter().any(|r| r.0 == "tokyo"), "{v:?}");
    }

    #[test]
    fn a_story_received_at_the_dateline_is_not_there() {
        let ms = pipeline(
            "LONDON, April 8 - Iran will sell oil to Kenya, the news agency IRNA reported. The agency, received in London, said the accord was reached with a visiting Kenyan delegation headed by Foreign Minister Elijah Mwangale. ",
            "1987-04-08",
        );
        let v = super::super::test_support::visits(&ms, "Mwangale");
        assert!(v.iter().all(|r| r.0 != "london"), "{v:?}");
        // the same post named at a sentence's opening, capitalised
        let ms = pipeline(
            "LONDON, April 8 - Iran will sell oil to Kenya, the news agency IRNA reported. Monitored in London, the agency said the accord was reached with a visiting Kenyan delegation headed by Foreign Minister Elijah Mwangale. ",
            "1987-04-08",
        );
        let v = super::super::test_support::visits(&ms, "Mwangale");
        assert!(v.iter().all(|r| r.0 != "london"), "{v:?}");
    }
}

mod round10_told {
    use super::super::test_support::{mentions as pipeline, rows};
    use super::*;

    fn meetings(ms: &[EventMention]) -> Vec<(String, String)> {
        rows(ms)
            .into_iter()
            .filter(|r| r.0 == EventType::Meeting)
            .map(|r| (r.1, r.2))
            .collect()
    }

    #[test]
    fn the_teller_and_the_told_of_an_opening_meeting_phrase_met() {
        let ms = pipeline(
            "TOKYO, March 9 - In a 30-minute meeting, Prime Minister Yasuhiro Nakasone told Brazilian Finance Minister Dilson Funaro that Japan would consider the request. ",
            "1987-03-09",
        );
        let m = meetings(&ms);
        assert!(
            m.iter()
                .any(|r| r.0 == "dilson-funaro+yasuhiro-nakasone" && r.1 == "tokyo"),
            "{m:?}"
        );
    }

    #[test]
    fn a_speaker_at_a_meeting_with_someone_is_its_side() {
        let ms = pipeline(
            "WASHINGTON, April 1 - Trade Representative Clayton Yeutter said the case was resolved at a meeting with Argentine Agriculture Secretary Ernesto Figuerras in New Zealand last week. ",
            "1987-04-01",
        );
        let m = meetings(&ms);
        assert!(m.iter().any(|r| r.0.contains("clayton-yeutter")), "{m:?}");
        // the speaker of a meeting "between" others is no side
        let ms = pipeline(
            "WASHINGTON, April 1 - Spokesman Marlin Fitzwater said the decision was related to a summit meeting in Ottawa between President Ronald Reagan and Prime Minister Brian Mulroney. ",
            "1987-04-01",
        );
        let m = meetings(&ms);
        assert!(
            m.iter().any(|r| r.0 == "brian-mulroney+ronald-reagan"),
            "{m:?}"
        );
        assert!(m.iter().all(|r| !r.0.contains("fitzwater")), "{m:?}");
        // a new subject after the reporting verb still travels alone
        let ms = pipeline(
            "WASHINGTON, April 1 - Trade Representative Clayton Yeutter said Agriculture Secretary Richard Lyng would meet Argentine Agriculture Secretary Ernesto Figuerras next week. ",
            "1987-04-01",
        );
        let m = meetings(&ms);
        assert!(m.iter().all(|r| !r.0.contains("clayton-yeutter")), "{m:?}");
    }
}

/// Round 10, wave 2 (places20): the dateline is not where an earlier
/// meeting, or one a local side came home from, happened.
mod round10_places {
    use super::super::test_support::{mentions as pipeline, rows};
    use super::*;

    fn meeting_places(ms: &[EventMention]) -> Vec<String> {
        rows(ms)
            .into_iter()
            .filter(|e| e.0 == EventType::Meeting)
            .map(|e| e.2)
            .collect()
    }

    #[test]
    fn an_earlier_meeting_is_not_at_the_dateline() {
        // a reaction told at home to a meeting held elsewhere
        let ms = pipeline(
            "ROME, May 5 - Italy's largest farm group attacked the recent EC agriculture ministers' meeting for failing to set prices.",
            "1987-05-05",
        );
        let p = meeting_places(&ms);
        assert!(!p.is_empty() && p.iter().all(|c| c != "rome"), "{ms:?}");
        let ms = pipeline(
            "LONDON, June 3 - Britain and Japan failed to settle the dispute at their last round of talks, officials said.",
            "1987-06-03",
        );
        let p = meeting_places(&ms);
        assert!(!p.is_empty() && p.iter().all(|c| c != "london"), "{p:?}");
        // the same talks told as the story's own are the dateline's
        let ms = pipeline(
            "LONDON, June 3 - Britain and Japan failed to settle the dispute in talks, officials said.",
            "1987-06-03",
        );
        let p = meeting_places(&ms);
        assert!(p.iter().any(|c| c == "london"), "{p:?}");
        // the last day of the story's own talks is no earlier meeting
        let ms = pipeline(
            "LONDON, June 3 - Britain and Japan failed to settle the dispute on the last day of talks, officials said.",
            "1987-06-03",
        );
        let p = meeting_places(&ms);
        assert!(p.iter().any(|c| c == "london"), "{p:?}");
    }

    #[test]
    fn a_meeting_a_local_side_came_home_from_is_not_at_the_dateline() {
        let ms = pipeline(
            "OTTAWA, May 6 - Canada's trade minister held talks with Mexican officials on Monday, and on his return faced questions in parliament.",
            "1987-05-06",
        );
        let p = meeting_places(&ms);
        assert!(!p.is_empty() && p.iter().all(|c| c != "ottawa"), "{p:?}");
        let ms = pipeline(
            "OTTAWA, May 6 - Canada's trade minister held talks with Mexican officials on Monday, and later faced questions in parliament.",
            "1987-05-06",
        );
        let p = meeting_places(&ms);
        assert!(p.iter().any(|c| c == "ottawa"), "{p:?}");
    }

    #[test]
    fn talks_a_delegation_leaves_for_are_at_its_goal() {
        let ms = pipeline(
            "SEOUL, May 8 - South Korea named its negotiators before the departure tomorrow of a trade delegation for Washington for two days of talks with the United States.",
            "1987-05-08",
        );
        let p = meeting_places(&ms);
        assert!(!p.is_empty() && p.iter().all(|c| c != "seoul"), "{ms:?}");
        // the talks told as held: at the goal, not at the dateline
        let ms = pipeline(
            "SEOUL, May 8 - South Korea named its negotiators after the departure of a trade delegation for Washington for two days of talks with the United States.",
            "1987-05-08",
        );
        let p = meeting_places(&ms);
        assert!(p.iter().any(|c| c == "washington"), "{ms:?}");
    }
}

/// Round 10, wave 3 (story22): a day told in the lead for a meeting dates
/// the story's later "the meeting"; an earlier meeting named with "of" is
/// not at the dateline.
mod round10_story22 {
    use super::super::test_support::{day, mentions as pipeline, rows};
    use super::*;

    fn meeting_rows(ms: &[EventMention]) -> Vec<super::super::test_support::Row> {
        rows(ms)
            .into_iter()
            .filter(|e| e.0 == EventType::Meeting)
            .collect()
    }

    #[test]
    fn a_later_definite_meeting_takes_the_day_of_the_lead() {
        let ms = pipeline(
            "PERU TO SKIP COPPER MEETING\n\nLIMA, June 4 - Peru will not attend a meeting of copper exporting nations scheduled for this weekend in Chile, a mining official said.\n\"We are not ready,\" he told Reuters.\nPeru and Bolivia were invited to the meeting in Santiago to discuss prices.",
            "1987-06-04",
        );
        let r = meeting_rows(&ms);
        assert!(
            r.iter()
                .any(|e| e.2 == "santiago" && e.3 == day("1987-06-06").to_string()),
            "{r:?}"
        );
        // a later "a meeting" is another occasion: no borrowed day
        let ms = pipeline(
            "PERU TO SKIP COPPER MEETING\n\nLIMA, June 4 - Peru will not attend a meeting of copper exporting nations scheduled for this weekend in Chile, a mining official said.\n\"We are not ready,\" he told Reuters.\nPeru and Bolivia were invited to a meeting in Santiago to discuss prices.",
            "1987-06-04",
        );
        let r = meeting_rows(&ms);
        assert!(r.iter().all(|e| e.3.is_empty()), "{r:?}");
        // two days for meetings in the lead: which is meant is unknown
        let ms = pipeline(
            "PERU TO SKIP COPPER MEETING\n\nLIMA, June 4 - Peru will not attend a meeting of copper exporting nations scheduled for this weekend in Chile, and skips a meeting of tin producers on June 20, a mining official said.\n\"We are not ready,\" he told Reuters.\nPeru and Bolivia were invited to the meeting in Santiago to discuss prices.",
            "1987-06-04",
        );
        let r = meeting_rows(&ms);
        assert!(
            r.iter().all(|e| e.2 != "santiago" || e.3.is_empty()),
            "{r:?}"
        );
    }

    #[test]
    fn an_earlier_meeting_of_ministers_is_not_at_the_dateline() {
        let ms = pipeline(
            "ROME, May 5 - Italy's largest farm group attacked the recent meeting of EC agriculture ministers for failing to set prices.",
            "1987-05-05",
        );
        let r = meeting_rows(&ms);
        assert!(!r.is_empty() && r.iter().all(|e| e.2 != "rome"), "{r:?}");
        // the story's own sitting, told without "recent", stays here
        let ms = pipeline(
            "ROME, May 5 - Italy's largest farm group attacked the meeting of EC agriculture ministers for failing to set prices.",
            "1987-05-05",
        );
        let r = meeting_rows(&ms);
        assert!(r.iter().any(|e| e.2 == "rome"), "{r:?}");
    }
}

/// Round 11 wave 2 (fields28): the date of the trigger's own clause.
mod round11_fields {
    use super::super::test_support::{day, mentions as pipeline, rows, Row};
    use super::*;

    fn meetings(ms: &[EventMention]) -> Vec<Row> {
        rows(ms)
            .into_iter()
            .filter(|r| r.0 == EventType::Meeting)
            .collect()
    }

    #[test]
    fn a_date_of_another_clause_is_not_the_triggers() {
        // the arrival's Saturday is not the talks' day: they are tomorrow
        let ms = pipeline(
            "JAKARTA, March 23 - Shultz arrived here on Saturday and will hold talks with Suharto tomorrow.",
            "1987-03-23",
        );
        let r = meetings(&ms);
        assert!(
            r.iter()
                .any(|e| e.3 == day("1987-03-24").to_string() && e.5 == Status::Planned),
            "{r:?}"
        );
        assert!(
            r.iter().all(|e| e.3 != day("1987-03-21").to_string()),
            "{r:?}"
        );
        // a relative clause's day is not the main verb's
        let ms = pipeline(
            "JAKARTA, March 23 - Shultz, who flew to Indonesia yesterday from Tokyo, will meet with President Suharto.",
            "1987-03-23",
        );
        let r = meetings(&ms);
        assert!(!r.is_empty(), "{ms:?}");
        assert!(
            r.iter().all(|e| e.3 != day("1987-03-22").to_string()),
            "{r:?}"
        );
        // a date after a second verb ("and leaves for Tokyo on Wednesday")
        let ms = pipeline(
            "BONN, March 23 - Shultz is on a two-day visit to West Germany and leaves for Tokyo on Wednesday.",
            "1987-03-23",
        );
        let v: Vec<_> = rows(&ms)
            .into_iter()
            .filter(|e| e.0 == EventType::Visit && e.3 == day("1987-03-25").to_string())
            .filter(|e| e.2 != "tokyo")
            .collect();
        assert!(v.is_empty(), "{:?}", rows(&ms));
    }

    #[test]
    fn the_day_of_a_telling_is_not_the_plans() {
        let visits = |ms: &[EventMention]| -> Vec<Row> {
            rows(ms)
                .into_iter()
                .filter(|r| r.0 == EventType::Visit)
                .collect()
        };
        // the plan's own phrase wins over the day it was told
        let ms = pipeline(
            "OTTAWA, May 4 - Trade Minister Pat Carney said today she will travel to Tokyo in early June for talks on lumber.",
            "1987-05-04",
        );
        let v = visits(&ms);
        assert!(!v.is_empty(), "{ms:?}");
        assert!(v.iter().all(|e| e.3 != "1987-05-04"), "{v:?}");
        assert!(v.iter().any(|e| e.3 == "1987-06-01"), "{v:?}");
        // with no date of its own the plan stays undated
        let ms = pipeline(
            "BONN, May 4 - Chancellor Helmut Kohl said on Monday he would visit Moscow to discuss arms control.",
            "1987-05-04",
        );
        let v = visits(&ms);
        assert!(!v.is_empty(), "{ms:?}");
        assert!(v.iter().all(|e| e.3.is_empty()), "{v:?}");
        // a telling about an event of that day keeps it
        let ms = pipeline(
            "BONN, May 4 - Chancellor Helmut Kohl said today he met Soviet Foreign Minister Eduard Shevardnadze to discuss arms control.",
            "1987-05-04",
        );
        assert!(
            meetings(&ms).iter().any(|e| e.3 == "1987-05-04"),
            "{:?}",
            rows(&ms)
        );
    }

    #[test]
    fn a_date_of_the_triggers_own_clause_stays() {
        // negatives: one clause, or a plain list of days
        let ms = pipeline(
            "TOKYO, March 23 - Shultz will hold talks with Nakasone on Wednesday and will fly home.",
            "1987-03-23",
        );
        let r = meetings(&ms);
        assert!(
            r.iter().any(|e| e.3 == day("1987-03-25").to_string()),
            "{r:?}"
        );
        let ms = pipeline(
            "TOKYO, March 23 - Shultz met Nakasone on Saturday and said the talks had gone well.",
            "1987-03-23",
        );
        let r = meetings(&ms);
        assert!(
            r.iter()
                .any(|e| e.3 == day("1987-03-21").to_string() && e.5 == Status::Occurred),
            "{r:?}"
        );
    }

    #[test]
    fn an_arrivals_stay_lasts_to_its_talks() {
        let ms = pipeline(
            "JAKARTA, March 23 - Shultz arrived here on Saturday and will hold talks with Suharto tomorrow.",
            "1987-03-23",
        );
        let v: Vec<_> = rows(&ms)
            .into_iter()
            .filter(|e| e.0 == EventType::Visit && e.5 == Status::Occurred)
            .collect();
        assert!(
            v.iter()
                .any(|e| e.3 == day("1987-03-21").to_string()
                    && e.4 == day("1987-03-24").to_string()),
            "{:?}",
            rows(&ms)
        );
        // negative: talks weeks later are another trip's
        let ms = pipeline(
            "JAKARTA, March 23 - Shultz arrived here on Saturday and will hold talks with Suharto on May 20.",
            "1987-03-23",
        );
        assert!(
            rows(&ms)
                .iter()
                .all(|e| e.0 != EventType::Visit || e.4 != day("1987-05-20").to_string()),
            "{:?}",
            rows(&ms)
        );
    }

    #[test]
    fn an_agreement_to_hold_talks_is_a_plan() {
        let ms = pipeline(
            "MOSCOW, Oct 20 - Iran and the Soviet Union have provisionally agreed to hold talks on a possible exchange of crude oil, a spokesman said.",
            "1987-10-20",
        );
        let r = meetings(&ms);
        assert!(
            !r.is_empty() && r.iter().all(|e| e.5 == Status::Planned),
            "{r:?}"
        );
        // negatives: a refusal is no plan, a wish stays proposed
        let ms = pipeline(
            "MOSCOW, Oct 20 - Iran and the Soviet Union have not agreed to hold talks on a possible exchange of crude oil, a spokesman said.",
            "1987-10-20",
        );
        assert!(
            meetings(&ms).iter().all(|e| e.5 != Status::Planned),
            "{:?}",
            meetings(&ms)
        );
        let ms = pipeline(
            "MOSCOW, Oct 20 - Iran said it could hold talks with the Soviet Union on a possible exchange of crude oil.",
            "1987-10-20",
        );
        assert!(
            meetings(&ms).iter().all(|e| e.5 == Status::Proposed),
            "{:?}",
            meetings(&ms)
        );
    }

    #[test]
    fn earlier_in_the_day_is_the_day_of_the_other_event() {
        let ms = pipeline(
            "BONN, March 24 - Thatcher met Kohl in Bonn yesterday evening. She had flown to West Germany from talks with Mitterrand in Normandy earlier in the day.",
            "1987-03-24",
        );
        let r = meetings(&ms);
        assert!(
            r.iter()
                .any(|e| e.1.contains("mitterrand") && e.3 == day("1987-03-23").to_string()),
            "{r:?}"
        );
        // negative: no "same day" word, no borrowed day
        let ms = pipeline(
            "BONN, March 24 - Thatcher met Kohl in Bonn yesterday evening. She had flown to West Germany from talks with Mitterrand in Normandy.",
            "1987-03-24",
        );
        let r = meetings(&ms);
        assert!(
            r.iter()
                .all(|e| !e.1.contains("mitterrand") || e.3 != day("1987-03-23").to_string()),
            "{r:?}"
        );
    }
}

// names32 (round 12): teams headed by named people, US legislators' titles.
mod names32 {
    use super::super::test_support::{mentions as pipeline, sides_by};
    use super::*;

    #[test]
    fn a_states_team_headed_by_named_people_is_its_heads() {
        let ms = pipeline(
            "LONDON, March 23 - Representatives from Ghana began talks with Britain today, bankers said. If the talks prove successful, the Ghanaian team, headed by Finance Minister Jan Kowalczyk and Central Bank Governor Piotr Nowak, will hold similar talks with French officials in Paris later this week.",
            "1987-03-23",
        );
        let names = |p: &Participant| Some(p.name.clone());
        let meetings = sides_by(&ms, EventType::Meeting, names);
        // the London talks: the two heads and Britain, not a state for them
        assert!(
            meetings.iter().any(|s| s.len() == 3
                && s.contains(&"Jan Kowalczyk".to_string())
                && s.contains(&"Piotr Nowak".to_string())
                && s.contains(&"United Kingdom".to_string())),
            "{meetings:?}"
        );
        // one trip of both heads to each city, not one row per head
        let guests = sides_by(&ms, EventType::Visit, |p| {
            (p.role == Role::Guest).then(|| p.name.clone())
        });
        assert!(
            guests.iter().all(|g| g.len() == 2),
            "one visit per head: {guests:?}"
        );
        assert!(!guests.is_empty(), "{guests:?}");
    }

    #[test]
    fn a_companys_team_headed_by_its_chairman_is_no_state() {
        let ms = pipeline(
            "PARIS, March 23 - Representatives from Ruritania are meeting today with French officials, bankers said. A Fabrikon team, headed by chairman Karl Ostermann, will visit Tokyo next week.",
            "1987-03-23",
        );
        let meetings = sides_by(&ms, EventType::Meeting, |p| Some(p.name.clone()));
        let all: Vec<String> = meetings.concat();
        assert!(
            !all.iter().any(|n| n.contains("Ostermann")),
            "a company's head is no side: {meetings:?}"
        );
    }

    #[test]
    fn senators_in_a_country_visit_it_and_hun_sen_stays_home() {
        let ms = pipeline(
            "KUWAIT, June 2 - Sen. Alan Brooks and Peter Harlow, in Kuwait as part of a Gulf Arab tour, said at a news conference that officials appeared ready to talk.",
            "1987-06-02",
        );
        let guests = sides_by(&ms, EventType::Visit, |p| {
            (p.role == Role::Guest).then(|| p.name.clone())
        });
        assert!(
            guests
                .iter()
                .any(|g| g == &vec!["Alan Brooks".to_string(), "Peter Harlow".to_string()]),
            "{guests:?}"
        );
        assert!(
            ms.iter().all(|m| m
                .participants
                .iter()
                .all(|p| p.actor_id.as_deref() != Some("hun-sen"))),
            "Sen. is no Hun Sen"
        );
    }
}

/// Round 15 (present-day news): clause boundaries and the journey on.
mod round15 {
    use super::super::test_support::{mentions as pipeline, rows, visits};
    use super::super::*;

    #[test]
    fn a_semicolon_keeps_a_date_in_its_own_clause() {
        // "since the election in April; he last travelled to the country in
        // 2019": the trip of 2019, not of April
        let ms = pipeline(
            "French President Emmanuel Macron arrived in Tokyo on Monday. It is his first \
             visit to Japan since the election in April; he last travelled to the country \
             in 2019.",
            "2022-07-12",
        );
        let v = visits(&ms, "Macron");
        assert!(v.iter().any(|x| x.1 == "2019-01-01"), "{v:?}");
        assert!(v.iter().all(|x| x.1 != "2022-04-01"), "{v:?}");
    }

    #[test]
    fn the_earlier_visitor_after_since_visited_in_that_year() {
        // news61: "the first X to visit Y since Z in YEAR" is Z's visit to Y
        let ms = pipeline(
            "Secretary of State John Kerry landed in Tokyo on Monday, the first U.S. \
             secretary of state to visit Japan since Hillary Clinton in 2012.",
            "2016-04-11",
        );
        let v = visits(&ms, "Hillary Clinton");
        assert!(
            v.iter()
                .any(|x| x.0 == "JPN" && x.1 == "2012-01-01" && x.3 == Status::Occurred),
            "{v:?}"
        );
        // "by a French leader since Z attended a summit in YEAR"
        let ms = pipeline(
            "President Emmanuel Macron held talks in Algiers on Thursday, the first \
             visit to Algeria by a French leader since Jacques Chirac attended a \
             conference in 2003.",
            "2022-08-25",
        );
        let v = visits(&ms, "Chirac");
        assert!(
            v.iter().any(|x| x.0 == "DZA" && x.1 == "2003-01-01"),
            "{v:?}"
        );
    }

    #[test]
    fn the_last_to_visit_was_the_named_person_not_the_subject() {
        let ms = pipeline(
            "President Emmanuel Macron arrived in Algiers on Thursday. The last French \
             president to visit Algeria was Jacques Chirac, in March 2003.",
            "2022-08-25",
        );
        let v = visits(&ms, "Chirac");
        assert!(
            v.iter().any(|x| x.0 == "DZA" && x.1 == "2003-03-01"),
            "{v:?}"
        );
        let m = visits(&ms, "Macron");
        assert!(m.iter().all(|x| x.1 != "2003-03-01"), "{m:?}");
    }

    #[test]
    fn the_subjects_own_first_visit_since_a_year_and_last_went_there() {
        let ms = pipeline(
            "Prime Minister Narendra Modi arrived in Paris on Thursday, on his first \
             visit to France since 2019.",
            "2023-07-13",
        );
        let v = visits(&ms, "Modi");
        assert!(
            v.iter()
                .any(|x| x.0 == "FRA" && x.1 == "2019-01-01" && x.3 == Status::Occurred),
            "{v:?}"
        );
        let ms = pipeline(
            "President Emmanuel Macron arrived in Tokyo on Monday for a three-day visit. \
             It is his first visit to Japan since taking office; he last went there as \
             economy minister in 2016.",
            "2019-06-24",
        );
        let v = visits(&ms, "Macron");
        assert!(v.iter().any(|x| x.1 == "2016-01-01"), "{v:?}");
    }

    #[test]
    fn an_elided_first_by_since_is_the_named_persons_visit() {
        // round 16: "which would be the first by a X since Y in YEAR"
        let ms = pipeline(
            "Aides say President Emmanuel Macron will pay a state visit to Canada in \
             the autumn, which would be the first by a French president since \
             François Hollande in 2014.",
            "2023-03-01",
        );
        let v = visits(&ms, "Hollande");
        assert!(
            v.iter()
                .any(|x| x.0 == "CAN" && x.1 == "2014-01-01" && x.3 == Status::Occurred),
            "{v:?}"
        );
    }

    #[test]
    fn the_nth_to_visit_after_two_earlier_visitors_is_two_visits() {
        // round 16: "the third X to visit Y, after A in YEAR and B in YEAR"
        let ms = pipeline(
            "President Joe Biden landed in Hanoi on Sunday. He is the third American \
             president to visit Vietnam, after Bill Clinton in 2000 and George W. Bush \
             in 2006.",
            "2023-09-10",
        );
        let c = visits(&ms, "Bill Clinton");
        assert!(
            c.iter().any(|x| x.0 == "VNM" && x.1 == "2000-01-01"),
            "{c:?}"
        );
        let b = visits(&ms, "George W. Bush");
        assert!(
            b.iter().any(|x| x.0 == "VNM" && x.1 == "2006-01-01"),
            "{b:?}"
        );
    }

    #[test]
    fn the_subjects_visit_is_not_of_the_earlier_visitors_year() {
        // round 17: "the third X to visit Y, after A in YEAR": the trigger
        // "to visit" is the subject's visit, not of A's year
        let ms = pipeline(
            "Prime Minister Olaf Scholz is the second German leader to visit Hanoi, \
             after Angela Merkel in 2011.",
            "2022-11-13",
        );
        let v = visits(&ms, "Scholz");
        assert!(v.iter().all(|x| x.1 != "2011-01-01"), "{v:?}");
        let m = visits(&ms, "Merkel");
        assert!(m.iter().any(|x| x.1 == "2011-01-01"), "{m:?}");
    }

    #[test]
    fn compared_visitors_with_a_former_title_kin_or_a_state_visit_noun() {
        // round 16: "most senior ... since then Secretary of State X in YEAR"
        let ms = pipeline(
            "Senator Tom Udall was the most senior American official to set foot in \
             Laos since then Secretary of State Hillary Clinton in 2012.",
            "2016-05-01",
        );
        let v = visits(&ms, "Hillary Clinton");
        assert!(
            v.iter().any(|x| x.0 == "LAO" && x.1 == "2012-01-01"),
            "{v:?}"
        );
        // "since his predecessor, X, came in MONTH YEAR"
        let ms = pipeline(
            "President Emmanuel Macron arrived in Ottawa on Monday. It is the first \
             state visit to Canada by a French president since his predecessor, \
             François Hollande, came in November 2014.",
            "2018-06-04",
        );
        let v = visits(&ms, "Hollande");
        assert!(
            v.iter().any(|x| x.0 == "CAN" && x.1 == "2014-11-01"),
            "{v:?}"
        );
        // "The last state visit to X by a Y was Z's in MONTH YEAR"
        let ms = pipeline(
            "President Donald Trump arrived in Tokyo on Saturday. The last state visit \
             to Japan by an American president was Barack Obama's in April 2014.",
            "2019-05-25",
        );
        let v = visits(&ms, "Obama");
        assert!(
            v.iter().any(|x| x.0 == "JPN" && x.1 == "2014-04-01"),
            "{v:?}"
        );
        let t = visits(&ms, "Trump");
        assert!(t.iter().all(|x| x.1 != "2014-04-01"), "{t:?}");
    }

    #[test]
    fn the_first_to_come_to_since_and_the_last_after_a_semicolon() {
        // round 18: "the first X to come to P since Y in DATE"
        let ms = pipeline(
            "Chancellor Olaf Scholz landed in Ottawa on Sunday. He is the first German \
             chancellor to come to Canada since Angela Merkel in June 2018.",
            "2022-08-22",
        );
        let m = visits(&ms, "Merkel");
        assert!(
            m.iter()
                .any(|x| x.0 == "CAN" && x.1 == "2018-06-01" && x.3 == Status::Occurred),
            "{m:?}"
        );
        let s = visits(&ms, "Scholz");
        assert!(s.iter().all(|x| x.1 != "2018-06-01"), "{s:?}");
        // "the first by X to P in N years; Y was the last, in YEAR"
        let ms = pipeline(
            "President Emmanuel Macron arrived in Algiers on Thursday. The trip is the \
             first by a French president to Algeria in nine years; Francois Hollande \
             was the last, in 2012.",
            "2022-08-26",
        );
        let h = visits(&ms, "Hollande");
        assert!(
            h.iter()
                .any(|x| x.0 == "DZA" && x.1 == "2012-01-01" && x.3 == Status::Occurred),
            "{h:?}"
        );
        let m = visits(&ms, "Macron");
        assert!(m.iter().all(|x| x.1 != "2012-01-01"), "{m:?}");
    }

    #[test]
    fn a_guest_received_by_a_host_in_the_passive_is_a_visit_and_a_meeting() {
        // round 16: "X was received by Y at the palace on DAY"
        let ms = pipeline(
            "Prime Minister Narendra Modi was received by President Emmanuel Macron \
             at the Elysee Palace on Friday.",
            "2023-07-15",
        );
        let v = visits(&ms, "Modi");
        assert!(v.iter().any(|x| x.1 == "2023-07-14"), "{v:?}");
        assert!(
            ms.iter().any(|m| m.event_type == EventType::Meeting
                && m.participants.iter().any(|p| p.name.contains("Macron"))
                && m.participants.iter().any(|p| p.name.contains("Modi"))),
            "{:?}",
            rows(&ms)
        );
        assert!(visits(&ms, "Macron").is_empty());
    }

    #[test]
    fn a_first_since_without_a_person_or_a_visit_adds_nothing() {
        let ms = pipeline(
            "Trade Minister Hans Olsen was the first senior official to visit Chile \
             since the two countries restored ties in 1990. Exports rose for the \
             first time since Paul Keating took office in 1991.",
            "1994-03-01",
        );
        assert!(
            ms.iter().all(|m| !m.rule.starts_with("visit.compared")),
            "{:?}",
            rows(&ms)
        );
    }

    #[test]
    fn the_city_returned_to_after_talks_is_not_theirs() {
        let ms = pipeline(
            "BEIJING, Nov 6 - Prime Minister Anthony Albanese held talks with President \
             Xi Jinping in Beijing on Monday. He will meet Premier Li Qiang on Tuesday \
             before returning to Canberra.",
            "2023-11-06",
        );
        let r = rows(&ms);
        assert!(
            r.iter()
                .filter(|e| e.0 == EventType::Meeting)
                .all(|e| e.2 != "canberra"),
            "{r:?}"
        );
    }
}

// ---- round 15, recall56: a club's ministers at a sitting later in their clause

#[test]
fn a_clubs_ministers_at_a_sitting_later_in_their_clause_meet() {
    let eec = || Entity::Organization {
        actor_id: "eec".into(),
    };
    // (a "May" dateline is the month, not the hedge "may": see
    // `a_may_dateline_is_no_hedge_on_a_club_sitting`)
    for text in [
        "ROME, June 5 - EC fisheries ministers backed a new quota plan at a meeting in Rome on Tuesday, officials said. ",
        "ROME, June 5 - EC transport ministers ended a two-day session without a deal on lorry tolls. ",
        "ROME, June 5 - EC budget ministers early today broke off talks on the 1988 budget. ",
        "ROME, June 5 - EC social ministers meeting here approved the draft directive on working hours. ",
    ] {
        let ms = wire(text, "1987-06-05", &[("ROME", city("rome")), ("EC", eec())], &[]);
        let m = first(&ms, EventType::Meeting);
        assert_eq!(
            m.participants
                .iter()
                .map(|p| p.actor_id.as_deref())
                .collect::<Vec<_>>(),
            vec![Some("eec")],
            "{text}: {ms:?}"
        );
    }
    // a telling between the ministers and the noun, or no people word: no
    // sitting of the club
    for text in [
        "ROME, June 5 - EC fisheries ministers said the quota would be raised at a meeting next year with Norway. ",
        "ROME, June 5 - The EC rejected the quota plan, he told reporters at a news briefing. ",
    ] {
        let ms = wire(text, "1987-06-05", &[("ROME", city("rome")), ("EC", eec())], &[]);
        assert!(
            ms.iter().all(|m| m.event_type != EventType::Meeting),
            "{text}: {ms:?}"
        );
    }
}

/// "BRUSSELS, May 5 - EC farm ministers ...": the month of the dateline is
/// no "may" hedging the club's sitting (`sides::NO_MEETING` read it so, and
/// no club meeting came from a May story whose lead names the club).
#[test]
fn a_may_dateline_is_no_hedge_on_a_club_sitting() {
    let eec = || Entity::Organization {
        actor_id: "eec".into(),
    };
    let text = "ROME, May 5 - EC fisheries ministers backed a new quota plan at a meeting in Rome on Tuesday, officials said. ";
    let ms = wire(
        text,
        "1987-05-05",
        &[("ROME", city("rome")), ("EC", eec())],
        &[],
    );
    let m = first(&ms, EventType::Meeting);
    assert!(
        m.participants
            .iter()
            .any(|p| p.actor_id.as_deref() == Some("eec")),
        "{ms:?}"
    );
    // the hedge itself still holds a sitting back
    let text = "ROME, June 5 - Officials said the ministers may hold an EC meeting on quotas. ";
    let ms = wire(
        text,
        "1987-06-05",
        &[("ROME", city("rome")), ("EC", eec())],
        &[],
    );
    assert!(
        ms.iter().all(|m| m.event_type != EventType::Meeting
            || m.participants
                .iter()
                .all(|p| p.actor_id.as_deref() != Some("eec"))),
        "{ms:?}"
    );
}

#[test]
fn where_clause_names_the_venue_not_the_speakers_city() {
    // a relative "where" after a trip's goal is where the talks are held;
    // "aides in Rome said" is where the speakers sit, not the venue
    let text = "Chancellor Olaf Scholz flies out on Tuesday for a short trip to Peru, where he is expected to meet President Emmanuel Macron, aides in Rome said. ";
    let f = fixture_kb(
        text,
        "2023-05-01",
        &[
            ("Chancellor Olaf Scholz", "olaf-scholz"),
            ("President Emmanuel Macron", "emmanuel-macron"),
        ],
        &[("Peru", country("PER")), ("Rome", city("rome"))],
        &[],
    );
    let ms = run(&f);
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.country_code.as_deref(), Some("PER"), "{m:?}");
    assert_ne!(m.place_id.as_deref(), Some("rome"), "{m:?}");
}

#[test]
fn the_speaker_who_answers_a_question_is_no_side_and_a_denial_leaves_no_event() {
    use super::test_support::{mentions, sides_by};
    let sides = |text: &str| {
        sides_by(&mentions(text, "2023-03-01"), EventType::Meeting, |p| {
            Some(p.name.clone())
        })
    };
    // round 16: the question's people are the meeting's, the spokeswoman
    // answering it is not
    let m = sides(
        "Asked whether Olaf Scholz would meet Emmanuel Macron at the summit next week, \
         government spokesman Steffen Hebestreit said the two would talk in Paris. ",
    );
    assert!(
        m.iter()
            .all(|s| !s.iter().any(|n| n.contains("Hebestreit"))),
        "{m:?}"
    );
    // a denial in the answer: no meeting of the question
    let m = sides(
        "Asked whether Olaf Scholz would meet Emmanuel Macron at the summit, government \
         spokesman Steffen Hebestreit said no such meeting was planned. ",
    );
    assert!(m.is_empty(), "{m:?}");
    // without a denial the question's meeting stays (proposed)
    let ms = mentions(
        "Asked whether Olaf Scholz would meet Emmanuel Macron at the summit, government \
         spokesman Steffen Hebestreit said he could not rule it out. ",
        "2023-03-01",
    );
    assert!(
        ms.iter().any(|m| m.event_type == EventType::Meeting
            && m.participants.iter().any(|p| p.name.contains("Scholz"))
            && m.participants.iter().any(|p| p.name.contains("Macron"))),
        "{ms:?}"
    );
}

#[test]
fn one_a_stand_in_acts_for_is_no_subject() {
    use super::test_support::{a_side_with, mentions, no_side_named, sides_by};
    // round 16: "in X's place" and "on behalf of X": the stand-in meets
    for text in [
        "Foreign Minister Annalena Baerbock will travel to Warsaw in Mr Scholz's place on \
         Monday to sign a long cooperation agreement on energy, and is expected to meet \
         President Andrzej Duda. ",
        "Foreign Minister Annalena Baerbock, on behalf of Chancellor Olaf Scholz, will meet \
         President Andrzej Duda in Warsaw on Monday. ",
    ] {
        let m = sides_by(&mentions(text, "2023-03-01"), EventType::Meeting, |p| {
            Some(p.name.clone())
        });
        assert!(a_side_with(&m, &["Baerbock", "Duda"]), "{text}: {m:?}");
        assert!(no_side_named(&m, "Scholz"), "{text}: {m:?}");
    }
}

// ---- round 16, precision67: a club's sitting told going on "here"

/// "EC social ministers meeting here approved ...": the sitting told as
/// going on at the dateline is the story's own, on its report day; a plan
/// told here keeps no day.
#[test]
fn a_clubs_ministers_meeting_here_sit_on_the_report_day() {
    let eec = || Entity::Organization {
        actor_id: "eec".into(),
    };
    let ents = || [("ROME", city("rome")), ("EC", eec())];
    let text = "ROME, June 5 - EC social ministers meeting here approved the draft directive on working hours. ";
    let ms = wire(text, "1987-06-05", &ents(), &[]);
    let m = first(&ms, EventType::Meeting);
    assert_eq!(m.place_id.as_deref(), Some("rome"), "{ms:?}");
    assert_eq!(
        m.dates.map(|d| (d.start, d.end)),
        Some((day("1987-06-05"), day("1987-06-05"))),
        "{ms:?}"
    );
    assert!(m.rule.contains("+here"), "{ms:?}");
    let text = "ROME, June 5 - EC social ministers will meet here to approve the draft directive. ";
    let ms = wire(text, "1987-06-05", &ents(), &[]);
    let m = first(&ms, EventType::Meeting);
    assert_eq!((m.dates, m.status), (None, Status::Planned), "{ms:?}");
}

/// Round 18: visits and meetings told without the usual trigger words.
mod round18 {
    use super::super::test_support::{mentions, rows, sorted_ids};
    use super::super::*;

    #[test]
    fn a_bare_pair_opening_a_meeting_sentence_is_the_pair_named_before() {
        // round 18: "The two" and "The leaders" before a meeting verb stand for
        // the two people the sentence before coordinated
        let text = "Kosovo Prime Minister Albin Kurti and Serbian President Aleksandar Vučić agreed on Monday that the plan was sound. The two sat at one table for several hours with Josep Borrell in Brussels. ";
        let ms = mentions(text, "2023-02-28");
        assert!(
            ms.iter().any(|m| m.event_type == EventType::Meeting
                && ["albin-kurti", "aleksandar-vucic", "josep-borrell"]
                    .iter()
                    .all(|id| sorted_ids(m, None).contains(&id.to_string()))),
            "{:?}",
            rows(&ms)
        );
        // the last two of three named are not "the leaders"
        let text = "President Joe Biden met with Prime Minister Fumio Kishida and President Yoon Suk Yeol in Tokyo. He praised Prime Minister Fumio Kishida and President Yoon Suk Yeol for their work. The leaders discussed their plans with their advisers. ";
        let ms = mentions(text, "2023-05-12");
        assert!(
            !ms.iter().any(|m| m.event_type == EventType::Meeting
                && sorted_ids(m, None) == ["fumio-kishida", "yoon-suk-yeol"]),
            "{:?}",
            rows(&ms)
        );
        let text = "Prime Minister Fumio Kishida and President Yoon Suk Yeol praised the accord on Friday. The leaders last met in Tokyo in March. ";
        let ms = mentions(text, "2023-05-12");
        assert!(
            ms.iter().any(|m| m.event_type == EventType::Meeting
                && sorted_ids(m, None) == ["fumio-kishida", "yoon-suk-yeol"]),
            "{:?}",
            rows(&ms)
        );
    }

    #[test]
    fn a_landing_before_a_named_place_is_an_arrival_but_not_of_the_object_before_it() {
        // round 18: "landed in CITY" is a visit of its subject
        let ms = mentions(
            "Foreign Minister Sergey Lavrov landed in Hanoi on Sunday. ",
            "2022-07-05",
        );
        assert!(
            ms.iter().any(|m| m.event_type == EventType::Visit
                && m.place_id.as_deref() == Some("hanoi")
                && sorted_ids(m, Some(Role::Guest)) == ["sergey-lavrov"]),
            "{:?}",
            rows(&ms)
        );
        // a landing coordinated after another clause is not its object's
        let ms = mentions(
        "The envoy was received in Hanoi by Foreign Minister Sergey Lavrov, and later the same day landed in Bangkok. ",
        "2022-07-05",
    );
        assert!(
            !ms.iter().any(|m| m.event_type == EventType::Visit
                && m.place_id.as_deref() == Some("bangkok")
                && sorted_ids(m, Some(Role::Guest)) == ["sergey-lavrov"]),
            "{:?}",
            rows(&ms)
        );
    }
}

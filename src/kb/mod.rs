//! Who and where: the knowledge base of actors (people with offices over
//! time, states, organizations), countries and places, read from the plain
//! tables under `data/reference/`, and the resolver that maps mentions in a
//! text onto it.
//!
//! # The tables
//! [`tables`] reads the tab-separated files (format: `data/reference/README.md`).
//! The built-in ones are compiled into the binary (`include_str!`, listed in
//! [`tables::BUILTIN`]), so `diplo` works from any directory; a user's
//! directory of the same layout ([`Kb::with_reference`], `--reference DIR`)
//! adds rows, and a row with an existing id replaces the built-in one (for
//! offices: a user's rows for an actor replace all its built-in tenures).
//! Errors name the file and line ([`KbError::Table`]). [`Kb::integrity`]
//! checks that no office of one country has two holders at once (touching
//! ends allowed: on a handover day both match, the newer first), and that
//! every capital and venue city exists. An office held by several people at
//! once (China's vice premiers, the Fed's governors, EC commissioners) is
//! marked `plural` on its rows ([`Kb::is_plural`]): its holders overlap, a
//! full name or a title and surname ("Vice Premier Tian") still resolve, and
//! its bare role phrase ("the vice premier") names no holder.
//!
//! # The main types
//! [`Actor`] (person, state or organization; states have their alpha-3 code
//! as id), [`Tenure`] (an office of a country or organization over an
//! interval), [`Country`], [`Place`]. Queries: [`Kb::actor`], [`Kb::place`],
//! [`Kb::country`], [`Kb::tenures`], [`Kb::offices_on`], [`Kb::holders`],
//! [`Kb::display_name`], [`Kb::lookup`] (a phrase on a date to actors) and
//! [`Kb::resolve`] (a whole document to [`EntityMention`]s).
//!
//! # Resolution
//! One Aho-Corasick automaton over every folded name, alias, demonym and role
//! phrase (`data/reference/titles.tsv`) is built once in [`Kb::builtin`]. A
//! document is folded (lower case, diacritics removed, white space runs made
//! one space, offsets kept), the word-bounded leftmost-longest matches are
//! kept (names, countries and places must be capitalized in the original;
//! acronyms of three letters or fewer must be upper case), and one pass
//! composes and resolves them, in text order, without overlaps:
//!
//! | text | entity |
//! |---|---|
//! | `Russian Foreign Minister Sergey Lavrov`, `Foreign Minister of Russia Sergey Lavrov` | one `Person` over the whole phrase |
//! | `John F. Kerry`, `Sergei Lavrov`, `Mr. Kerry`, `Erdoğan`, `SHULTZ`, `President Xi` | `Person` (a short capitalized surname is a name; only other short words must be upper case to count as acronyms) |
//! | `Kerry` alone | the Kerry named earlier in the document, else the only Kerry in office on the date (an office that counts: not an ambassador, envoy, spokesperson, assistant or under secretary; never a spouse when the office holder shares the surname) |
//! | `Secretary Baker`, `Governor Wilson`, `Speaker Wright` | `Person`: the title word keeps the people whose offices fit it (the Treasury Secretary, not the chief of staff Howard Baker) |
//! | `the Soviet foreign minister`, `Japan's prime minister`, `the Kremlin leader`, `President of the Russian Federation` | `Role` with its holder on the date |
//! | `the minister`, `the State Secretary`, `the top diplomat` | `Role`, holder by the title's default country or the person named most often so far holding such an office (the last on a tie); a US Secretary or a British Foreign, Defence or Home Secretary is never `the minister` |
//! | `the Russian diplomat`, `the visiting minister` | `Role`: the Russian foreign minister on the date; the minister named before (`diplomat` needs "the" and a nationality: `a Soviet diplomat`, `the diplomat said` are no role) |
//! | `Sheikh Abdullah`, `King Salman` | `Person` whose name opens with the word, the one the story named before first (never a surname: not Saifuddin Abdullah); no mention when no one fits |
//! | `Admiral Dong's predecessor, General Wei Fenghe` | no mention for the possessor before `'s predecessor`, `'s spokesman`, `'s wife`...; `Person` for the one named after |
//! | `Calvin Coolidge`, `President Truman` | `Person`: past leaders are in the tables, named by full name or a fitting title (never by a bare surname out of office) |
//! | `his Russian counterpart` | `Role`: the office of the last person named, in Russia |
//! | `the two leaders`, `the presidents of the two countries` | `Group` of the last two people (or of the holders in the last two countries) named; a past year read near the phrase (`the first visit since Noda in 2011`) picks people in office that year, and when fewer than two named people held office then, the two named people in office on the story's date come before that year's holders of the countries |
//! | `the Foreign Ministers of Australia, Japan and New Zealand`, `the U.S. and Soviet foreign ministers` | `Group` of each listed country's holder on the date (a list whose country has no holder stays country mentions: `U.S. and Japanese officials`) |
//! | `the finance ministers of the Group of Five` | `Organization` (the grouping) |
//! | `Chelsea Clinton`, `Foreign Minister Jan Novak`, `Undersecretary Suliman Majed al-Shaheen` | `UnknownPerson` with the text, no id (an Arabic article joined by a hyphen stays in the name) |
//! | `club president Herbert Hainer`, `company chairman John Smith` | no mention: a title after a private body's lower-case noun (club, squad, company, firm) names no office, and the name after it is no office holder |
//! | `representatives of the Soviet Union`, `officials of the U.S., Japan and Canada` | no role (no holder): each `Country` after "of" on its own |
//! | `Russia`, `Russian`, `U.S.` | `Country`, `Adjective` |
//! | `Moscow`, `Washington`, `the Kremlin` | `Place` (the Kremlin is a venue in moscow) |
//!
//! | `Moscow` in a 1987 article | `Place` `moscow@SUN`: a stand-in venue of `moscow` whose country is the Soviet Union ([`Kb::place_on`], `sovereignty.tsv`) |
//! | `Hisham Nazir`, `Sheikh Zaid bin Sultan al-Nahayan` | `Person` by spelling key when no table spelling matches (see below) |
//! | `Turkish Ambassador to Athens Nazmi Akiman` | `Adjective` TUR, then `UnknownPerson` over the title and name |
//! | `Mrs Reagan`, `Mr Thatcher` | `Person` `nancy-reagan` (the first lady); no mention for `Mr Thatcher`: a woman's honorific never names a man, nor "Mr" a woman |
//!
//! # Places on a date
//! A place's country in `places.tsv` is today's. `sovereignty.tsv` says which
//! state held the places of a country (all, or those listed) over an
//! interval: the Soviet republics until 1991-12-25, the GDR's cities until
//! 1990-10-02, Yugoslavia's republics until their independence,
//! Czechoslovakia until 1992-12-31, Aden until 1990-05-21.
//! [`Kb::place_country`] gives the state of a date; [`Kb::resolve`] reports a
//! place held by an earlier state as its stand-in `"{id}@{state}"`, a venue
//! of the place (city: the place) whose country is that state, so whoever
//! maps venues to cities reads the city's id and the date's country.
//!
//! # Spelling variants
//! When no table spelling matches, runs of capitalized words are matched by
//! spelling key (`norm::name_key`: honorifics and Arabic articles dropped,
//! kh/gh/q/g, dh/d, e/i, o/u merged, a `y` next to a vowel dropped, double
//! letters single, a final -a/-e/-ah/-eh dropped). A run whose key is a full
//! name's gives that name's person(s); a lone surname's key only counts after
//! a title or an honorific, and resolves as a bare surname does (the one in
//! office on the date, named before, or fitting the title). Two people with
//! one key stay unresolved.
//!
//! Ambiguity is reported, not hidden: a surname shared by several people, none
//! of them named before nor alone in office on the date, gives
//! `UnknownPerson`; `the former US Secretary of State` gives a `Role` with no
//! holder. A bare surname that names no one on the date and common-word
//! surnames ("Rice", "May") without an honorific or earlier full mention give
//! no mention. "Washington" is always the city: whether it stands for the
//! government is the extractor's call.
//!
//! ```
//! use diplo::kb::{Entity, Kb};
//! let kb = Kb::builtin().unwrap();
//! let date = chrono::NaiveDate::from_ymd_opt(1987, 4, 13);
//! let found = kb.lookup("the Soviet foreign minister", date);
//! assert_eq!(found[0].actor_id, "eduard-shevardnadze");
//! let text = "Secretary of State George Shultz met Mr. Shevardnadze.";
//! let ms = kb.resolve(text, date);
//! assert_eq!(&text[ms[0].start..ms[0].end], "Secretary of State George Shultz");
//! assert_eq!(ms[1].entity, Entity::Person { actor_id: "eduard-shevardnadze".into() });
//! ```

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

pub mod memberships;
mod norm;
mod resolve;
pub mod tables;
mod titles;

use tables::{Row, Tables};

/// What kind of actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorKind {
    Person,
    State,
    Organization,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::State => "state",
            ActorKind::Organization => "organization",
        }
    }
}

/// A person, state or organization. States have their ISO alpha-3 code as id.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    /// ISO 3166-1 alpha-3 (historic codes allowed) of the actor's country.
    pub country: Option<String>,
    pub wikidata: Option<String>,
}

/// An office held over an interval of time.
#[derive(Debug, Clone, PartialEq)]
pub struct Tenure {
    pub actor_id: String,
    /// Controlled vocabulary: `president`, `prime_minister`, `foreign_minister`, ...
    pub office: String,
    /// The country (alpha-3) or organization id the office belongs to.
    pub of: String,
    pub start: NaiveDate,
    /// None: still in office.
    pub end: Option<NaiveDate>,
    /// `hos` (head of state), `hog` (head of government), `hos+hog`, or empty.
    pub rank: String,
}

impl Tenure {
    /// Whether the tenure covers `date` (both ends inclusive: on a handover
    /// day both holders match, and [`Kb::holders`] puts the newer first).
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.start <= date && self.end.is_none_or(|e| date <= e)
    }
}

/// What kind of place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    Venue,
    City,
    Region,
    Country,
}

impl PlaceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Venue => "venue",
            PlaceKind::City => "city",
            PlaceKind::Region => "region",
            PlaceKind::Country => "country",
        }
    }
}

/// A venue, city, region or country, with coordinates.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub kind: PlaceKind,
    /// alpha-3
    pub country: String,
    pub latitude: f64,
    pub longitude: f64,
    /// For a venue, the id of its city (Kremlin -> moscow).
    pub city: Option<String>,
}

/// Who held a country's places over an interval (`sovereignty.tsv`): the
/// places of `country` (all, or those listed) belonged to `held_by` from
/// `from` to `to`, both inclusive.
#[derive(Debug, Clone, PartialEq)]
pub struct Sovereignty {
    /// Today's country of the places (alpha-3, as in places.tsv).
    pub country: String,
    /// The place ids concerned; empty: every place of `country`.
    pub places: Vec<String>,
    /// The state that held them (alpha-3, historic codes allowed).
    pub held_by: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Sovereignty {
    fn applies(&self, p: &Place) -> bool {
        p.country == self.country
            && (self.places.is_empty()
                || self.places.contains(&p.id)
                || p.city.as_ref().is_some_and(|c| self.places.contains(c)))
    }
}

/// A country (or historic state).
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    pub code3: String,
    pub code2: Option<String>,
    pub name: String,
    /// The capital's place id.
    pub capital: Option<String>,
    pub latitude: f64,
    pub longitude: f64,
}

/// What a stretch of text refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum Entity {
    /// A known person (by name, title + name, or coreference).
    Person { actor_id: String },
    /// A person named in the text but not in the knowledge base.
    UnknownPerson { name: String },
    /// A role phrase ("the Russian Foreign Minister"), with its holder on the
    /// document's date when one resolves.
    Role {
        office: String,
        of: Option<String>,
        holder: Option<String>,
    },
    /// A country by name ("Russia") or as a state actor.
    Country { code: String },
    /// A demonym or adjective ("Russian", "U.S.") not part of a longer phrase.
    Adjective { code: String },
    /// An organization actor (NATO, the EU, the Taliban).
    Organization { actor_id: String },
    /// A city, venue or region.
    Place { place_id: String },
    /// A plural phrase naming several people met earlier or by office: "the
    /// two leaders", "the presidents of the two countries", "both ministers".
    /// `actor_ids` is empty when the group cannot be resolved.
    Group { actor_ids: Vec<String> },
}

impl Entity {
    /// The person ids the entity stands for: a person, a role's holder, a
    /// group's members.
    pub fn person_ids(&self) -> Vec<&str> {
        match self {
            Entity::Person { actor_id } => vec![actor_id.as_str()],
            Entity::Role {
                holder: Some(h), ..
            } => vec![h.as_str()],
            Entity::Group { actor_ids } => actor_ids.iter().map(String::as_str).collect(),
            _ => vec![],
        }
    }
}

/// One resolved mention in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityMention {
    /// Byte offsets into the document text.
    pub start: usize,
    pub end: usize,
    pub entity: Entity,
}

/// One answer of [`Kb::lookup`]: an actor and the office it holds on the date.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Resolved {
    pub actor_id: String,
    pub name: String,
    pub office: Option<String>,
    /// The country (alpha-3) or organization of the office, else the actor's.
    pub country: Option<String>,
}

/// The knowledge base: actors, tenures, countries, places, role phrases,
/// and the name matcher built over all of them.
#[derive(Debug)]
pub struct Kb {
    actors: Vec<Actor>,
    actor_ix: HashMap<String, usize>,
    tenures: Vec<Tenure>,
    by_actor: HashMap<String, Vec<usize>>,
    /// (office, of upper-cased) -> tenures, by start.
    by_office: HashMap<(String, String), Vec<usize>>,
    /// Offices held by several people at once (office, of upper-cased):
    /// a row with `plural` set marks its office of its file.
    plural: HashSet<(String, String)>,
    countries: Vec<Country>,
    country_ix: HashMap<String, usize>,
    places: Vec<Place>,
    place_ix: HashMap<String, usize>,
    sovereignty: Vec<Sovereignty>,
    /// A place as held by an earlier state ("moscow@SUN"): see [`Kb::place_on`].
    eras: Vec<Place>,
    era_ix: HashMap<String, usize>,
    titles: Vec<titles::Title>,
    matcher: resolve::Matcher,
    memberships: memberships::Memberships,
    /// Clubs of states by actor id (`organizations.tsv`, column `club`).
    clubs: BTreeMap<String, Club>,
    /// Where a body's own sessions sit, by actor id (`organizations.tsv`,
    /// column `seats`: place ids).
    seats: BTreeMap<String, Vec<String>>,
    /// The one forum a club ever sits as (`organizations.tsv`, column
    /// `sits`: the Group of Five's finance ministers).
    sits: BTreeMap<String, String>,
}

/// How a club of states meets (`organizations.tsv`, column `club`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Club {
    /// `meets`: it meets as itself; its summit or session is its meeting
    /// (the G-20, OPEC, NATO).
    Meets,
    /// `whole`: it meets as itself, and a meeting of exactly all its member
    /// states on that date is its meeting too (the G-7).
    Whole,
}

impl Default for Kb {
    fn default() -> Kb {
        // Empty tables cannot fail.
        Kb::from_tables(&Tables::default()).unwrap_or_else(|_| Kb::empty())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KbError {
    #[error("{message} ({file}:{line})")]
    Table {
        file: String,
        line: usize,
        message: String,
    },
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

fn kind_of_place(row: &Row) -> Result<PlaceKind, KbError> {
    match row.req("kind")? {
        "city" => Ok(PlaceKind::City),
        "venue" => Ok(PlaceKind::Venue),
        "region" => Ok(PlaceKind::Region),
        "country" => Ok(PlaceKind::Country),
        k => Err(row.err(format!(
            "expected kind \"city\", \"venue\" or \"region\", but found \"{k}\""
        ))),
    }
}

impl Kb {
    /// The built-in tables (compiled into the binary from `data/reference/`).
    pub fn builtin() -> Result<Kb, KbError> {
        Kb::from_tables(&Tables::builtin()?)
    }

    /// The built-in tables plus a user's directory of the same layout (rows
    /// added; a row with a built-in id replaces it).
    pub fn with_reference(dir: &std::path::Path) -> Result<Kb, KbError> {
        let mut t = Tables::builtin()?;
        t.add_dir(dir)?;
        Kb::from_tables(&t)
    }

    /// A knowledge base with no rows (the start of [`Kb::from_tables`]).
    fn empty() -> Kb {
        Kb {
            actors: vec![],
            actor_ix: HashMap::new(),
            tenures: vec![],
            by_actor: HashMap::new(),
            by_office: HashMap::new(),
            plural: HashSet::new(),
            countries: vec![],
            country_ix: HashMap::new(),
            places: vec![],
            place_ix: HashMap::new(),
            sovereignty: vec![],
            eras: vec![],
            era_ix: HashMap::new(),
            titles: vec![],
            matcher: resolve::Matcher::default(),
            memberships: memberships::Memberships::default(),
            clubs: BTreeMap::new(),
            seats: BTreeMap::new(),
            sits: BTreeMap::new(),
        }
    }

    /// Builds the indexes and the matcher from raw tables.
    pub fn from_tables(t: &Tables) -> Result<Kb, KbError> {
        let mut kb = Kb {
            memberships: memberships::Memberships::from_rows(&t.memberships)?,
            ..Kb::empty()
        };
        let mut names = resolve::NameTable::default();
        for r in &t.countries {
            let code3 = r.req("code3")?.to_uppercase();
            let c = Country {
                code3: code3.clone(),
                code2: r.get("code2").map(String::from),
                name: r.req("name")?.to_string(),
                capital: r.get("capital").map(String::from),
                latitude: r.float("latitude").unwrap_or(0.0),
                longitude: r.float("longitude").unwrap_or(0.0),
            };
            names.country(&code3, &c.name, &r.list("aliases"), &r.list("adjectives"));
            if kb
                .country_ix
                .insert(code3.clone(), kb.countries.len())
                .is_some()
            {
                return Err(r.err(format!("country {code3} is listed twice")));
            }
            kb.countries.push(c);
            kb.push_actor(Actor {
                id: code3.clone(),
                name: r.req("name")?.to_string(),
                kind: ActorKind::State,
                country: Some(code3),
                wikidata: r.get("wikidata").map(String::from),
            });
        }
        // (a seat must be a place of places.tsv, read after this table)
        let mut unknown_seats: Vec<(String, KbError)> = vec![];
        for r in &t.organizations {
            let id = r.req("actor_id")?.to_string();
            let name = r.req("name")?.to_string();
            names.organization(&id, &name, &r.list("aliases"));
            if kb.actor_ix.contains_key(&id) {
                return Err(r.err(format!("actor id {id} is listed twice")));
            }
            let club = match r.get("club") {
                None => None,
                Some("meets") => Some(Club::Meets),
                Some("whole") => Some(Club::Whole),
                Some(other) => {
                    return Err(r.err(format!(
                        "expected \"meets\", \"whole\" or nothing in column \"club\", but found \"{other}\""
                    )))
                }
            };
            if let Some(c) = club {
                kb.clubs.insert(id.clone(), c);
            }
            let seats = r.list("seats");
            for seat in &seats {
                let message = format!(
                    "expected a place id of places.tsv in column \"seats\", but found \"{seat}\""
                );
                unknown_seats.push((seat.clone(), r.err(message)));
            }
            if !seats.is_empty() {
                kb.seats.insert(id.clone(), seats);
            }
            if let Some(forum) = r.get("sits") {
                if !crate::extract::forum::is_forum(forum) {
                    return Err(r.err(format!(
                        "expected a forum code such as \"finance\" in column \"sits\", but found \"{forum}\""
                    )));
                }
                kb.sits.insert(id.clone(), forum.to_string());
            }
            kb.push_actor(Actor {
                id,
                name,
                kind: ActorKind::Organization,
                country: None,
                wikidata: r.get("wikidata").map(String::from),
            });
        }
        for r in &t.places {
            let id = r.req("place_id")?.to_string();
            let p = Place {
                id: id.clone(),
                name: r.req("name")?.to_string(),
                kind: kind_of_place(r)?,
                country: r.req("country")?.to_uppercase(),
                latitude: r.float("latitude")?,
                longitude: r.float("longitude")?,
                city: r.get("city").map(String::from),
            };
            names.place(&id, &p.name, &r.list("aliases"));
            if kb.place_ix.insert(id.clone(), kb.places.len()).is_some() {
                return Err(r.err(format!("place id {id} is listed twice")));
            }
            kb.places.push(p);
        }
        // (a table of organizations alone, as tests load it, has no places
        // to check against)
        for (seat, err) in unknown_seats {
            if !kb.places.is_empty() && !kb.place_ix.contains_key(seat.as_str()) {
                return Err(err);
            }
        }
        for r in &t.sovereignty {
            let from = r
                .date("from")?
                .ok_or_else(|| r.err("expected a from date, found none".into()))?;
            let to = r
                .date("to")?
                .ok_or_else(|| r.err("expected a to date, found none".into()))?;
            if to < from {
                return Err(r.err("the interval ends before it starts".into()));
            }
            kb.sovereignty.push(Sovereignty {
                country: r.req("country")?.to_uppercase(),
                places: r.list("places"),
                held_by: r.req("held_by")?.to_uppercase(),
                from,
                to,
            });
        }
        kb.build_eras();
        for r in &t.titles {
            kb.titles.push(titles::Title::from_row(r)?);
        }
        for (stem, rows) in &t.offices {
            let of = stem.to_uppercase();
            for r in rows {
                let id = r.req("actor_id")?.to_string();
                let start = r
                    .date("start")?
                    .ok_or_else(|| r.err("expected a start date, found none".into()))?;
                let end = r.date("end")?;
                if end.is_some_and(|e| e < start) {
                    return Err(r.err(format!("the tenure of {id} ends before it starts")));
                }
                match kb.actor_ix.get(&id) {
                    Some(&i) => {
                        if kb.actors[i].kind != ActorKind::Person {
                            return Err(
                                r.err(format!("actor id {id} is already a state or organization"))
                            );
                        }
                        let a = &mut kb.actors[i];
                        if a.wikidata.is_none() {
                            a.wikidata = r.get("wikidata").map(String::from);
                        }
                    }
                    None => {
                        let name = r.req("name")?.to_string();
                        let country = kb.country_ix.contains_key(&of).then(|| of.clone());
                        kb.push_actor(Actor {
                            id: id.clone(),
                            name,
                            kind: ActorKind::Person,
                            country,
                            wikidata: r.get("wikidata").map(String::from),
                        });
                    }
                }
                let name = kb.actor(&id).map(|a| a.name.clone()).unwrap_or_default();
                names.person(&id, &name, &r.list("aliases"), &of, r.get("gender"));
                let office = r.req("office")?.to_string();
                match r.get("plural") {
                    None | Some("no") => {}
                    Some("yes") => {
                        kb.plural.insert((office.clone(), of.clone()));
                    }
                    Some(x) => {
                        return Err(r.err(format!(
                            "expected \"yes\" or nothing in column \"plural\", found \"{x}\""
                        )))
                    }
                }
                kb.tenures.push(Tenure {
                    actor_id: id,
                    office,
                    of: of.clone(),
                    start,
                    end,
                    rank: r.get("rank").unwrap_or("").to_string(),
                });
            }
        }
        // Deterministic order: by start, then actor.
        let mut order: Vec<usize> = (0..kb.tenures.len()).collect();
        order.sort_by(|&a, &b| {
            let (x, y) = (&kb.tenures[a], &kb.tenures[b]);
            (x.start, &x.actor_id, &x.office).cmp(&(y.start, &y.actor_id, &y.office))
        });
        for i in order {
            let t = &kb.tenures[i];
            kb.by_actor.entry(t.actor_id.clone()).or_default().push(i);
            kb.by_office
                .entry((t.office.clone(), t.of.to_uppercase()))
                .or_default()
                .push(i);
        }
        for (i, t) in kb.titles.iter().enumerate() {
            names.title(i, &t.phrase);
        }
        kb.matcher = resolve::Matcher::build(names, &kb);
        Ok(kb)
    }

    /// One stand-in place per (place, earlier state): a venue of the place
    /// itself (or of a venue's city) whose country is the earlier state, so
    /// that whoever maps venues to cities gets the city and that state.
    fn build_eras(&mut self) {
        for p in &self.places {
            for r in &self.sovereignty {
                let id = format!("{}@{}", p.id, r.held_by);
                if !r.applies(p) || self.era_ix.contains_key(&id) {
                    continue;
                }
                let city = match p.kind {
                    PlaceKind::Venue => p.city.clone().unwrap_or_else(|| p.id.clone()),
                    _ => p.id.clone(),
                };
                self.era_ix.insert(id.clone(), self.eras.len());
                self.eras.push(Place {
                    id,
                    name: p.name.clone(),
                    kind: PlaceKind::Venue,
                    country: r.held_by.clone(),
                    latitude: p.latitude,
                    longitude: p.longitude,
                    city: Some(city),
                });
            }
        }
    }

    /// The state that held a place on a date: the first row of
    /// `sovereignty.tsv` covering it, else the place's country (today's).
    /// `place_country("moscow", 1987-03-30)` is `SUN`; on 1992-01-10, `RUS`.
    pub fn place_country(&self, place_id: &str, date: Option<NaiveDate>) -> Option<&str> {
        let p = self.place(place_id)?;
        Some(
            date.and_then(|d| {
                self.sovereignty
                    .iter()
                    .find(|r| r.from <= d && d <= r.to && r.applies(p))
                    .map(|r| r.held_by.as_str())
            })
            .unwrap_or(p.country.as_str()),
        )
    }

    /// The place id to report for a place on a date: the place itself, or,
    /// when an earlier state held it then, its stand-in `"{id}@{state}"` (a
    /// venue of the place whose country is that state; [`Kb::place`] knows
    /// it): "Moscow" in a 1987 article is `moscow@SUN`, a venue of `moscow`.
    pub fn place_on(&self, place_id: &str, date: Option<NaiveDate>) -> String {
        match (self.place(place_id), self.place_country(place_id, date)) {
            (Some(p), Some(c)) if c != p.country => {
                let id = format!("{place_id}@{c}");
                if self.era_ix.contains_key(&id) {
                    id
                } else {
                    place_id.to_string()
                }
            }
            _ => place_id.to_string(),
        }
    }

    /// The state that held a whole country on a date: the first row of
    /// `sovereignty.tsv` for all its places covering the date, else the
    /// country itself. `country_on("RUS", 1987-03-30)` is `SUN`;
    /// `country_on("DEU", 1987-03-30)` stays `DEU` (only listed cities were
    /// the GDR's).
    pub fn country_on(&self, code3: &str, date: Option<NaiveDate>) -> String {
        let code = code3.to_uppercase();
        date.and_then(|d| {
            self.sovereignty
                .iter()
                .find(|r| r.places.is_empty() && r.country == code && r.from <= d && d <= r.to)
                .map(|r| r.held_by.clone())
        })
        .unwrap_or(code)
    }

    /// Which states belonged to which club when (`memberships.tsv`).
    pub fn memberships(&self) -> &memberships::Memberships {
        &self.memberships
    }

    /// Whether an organization is a club of states that meets as itself
    /// (`organizations.tsv`, column `club`: the G-7, OPEC, a summit series).
    pub fn is_club(&self, id: &str) -> bool {
        self.clubs.contains_key(id)
    }

    /// Where the body's own sessions sit (`organizations.tsv`, column
    /// `seats`: the GATT's at Geneva, the EC Council's at Brussels and
    /// Luxembourg); empty for a body with no such table row.
    pub fn seats(&self, id: &str) -> &[String] {
        self.seats.get(id).map_or(&[], Vec::as_slice)
    }

    /// The one forum a club ever sits as (`organizations.tsv`, column
    /// `sits`): `finance` for the Group of Five; `None` for a club of many
    /// councils (the EC, the G-7) or a body with no such cell.
    pub fn sits(&self, id: &str) -> Option<&str> {
        self.sits.get(id).map(String::as_str)
    }

    /// The `whole` club whose member states on `on` are exactly `states`
    /// (alpha-3): a summit of the seven is the G-7's.
    pub fn club_of_all(&self, states: &[&str], on: NaiveDate) -> Option<&Actor> {
        self.clubs
            .iter()
            .filter(|(_, c)| **c == Club::Whole)
            .find(|(id, _)| {
                let members: Vec<&str> = self
                    .memberships
                    .members_on(id, on)
                    .filter(|m| self.country_ix.contains_key(*m))
                    .collect();
                !members.is_empty()
                    && members.len() == states.len()
                    && members.iter().all(|m| states.contains(m))
            })
            .and_then(|(id, _)| self.actor(id))
    }

    /// The sovereignty rows (`sovereignty.tsv`), in order.
    pub fn sovereignty(&self) -> &[Sovereignty] {
        &self.sovereignty
    }

    fn push_actor(&mut self, a: Actor) {
        self.actor_ix.insert(a.id.clone(), self.actors.len());
        self.actors.push(a);
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actor_ix.get(id).map(|&i| &self.actors[i])
    }

    /// All actors (states, organizations, people), in table order.
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// A place by id (or a stand-in of [`Kb::place_on`]).
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.place_ix
            .get(id)
            .map(|&i| &self.places[i])
            .or_else(|| self.era_ix.get(id).map(|&i| &self.eras[i]))
    }

    /// All places, in table order (stand-ins excluded).
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    pub fn country(&self, code3: &str) -> Option<&Country> {
        self.country_ix
            .get(&code3.to_uppercase())
            .map(|&i| &self.countries[i])
    }

    /// All countries, in table order.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// All tenures.
    pub fn all_tenures(&self) -> &[Tenure] {
        &self.tenures
    }

    /// The name to show for an actor, place or country id.
    pub fn display_name(&self, id: &str) -> Option<&str> {
        self.actor(id)
            .map(|a| a.name.as_str())
            .or_else(|| self.place(id).map(|p| p.name.as_str()))
            .or_else(|| self.country(id).map(|c| c.name.as_str()))
    }

    /// Every tenure of an actor, in time order.
    pub fn tenures(&self, actor_id: &str) -> Vec<&Tenure> {
        self.by_actor
            .get(actor_id)
            .map(|v| v.iter().map(|&i| &self.tenures[i]).collect())
            .unwrap_or_default()
    }

    /// The offices an actor holds on a date.
    pub fn offices_on(&self, actor_id: &str, date: NaiveDate) -> Vec<&Tenure> {
        self.tenures(actor_id)
            .into_iter()
            .filter(|t| t.covers(date))
            .collect()
    }

    /// The holders of an office of a country or organization on a date, the
    /// newest first (two on a handover day).
    pub fn holders(&self, office: &str, of: &str, date: NaiveDate) -> Vec<&Tenure> {
        let mut v: Vec<&Tenure> = self
            .by_office
            .get(&(office.to_string(), of.to_uppercase()))
            .map(|v| {
                v.iter()
                    .map(|&i| &self.tenures[i])
                    .filter(|t| t.covers(date))
                    .collect()
            })
            .unwrap_or_default();
        v.reverse();
        v
    }

    /// Whether an office of a country or organization is held by several
    /// people at once (vice premiers, Fed governors, EC commissioners): its
    /// role phrase ("the vice premier") names no single holder.
    pub fn is_plural(&self, office: &str, of: &str) -> bool {
        self.plural
            .contains(&(office.to_string(), of.to_uppercase()))
    }

    /// Resolves a name or role phrase on a date: the actors it may stand for
    /// (several when a bare surname is ambiguous), with their office.
    pub fn lookup(&self, phrase: &str, date: Option<NaiveDate>) -> Vec<Resolved> {
        resolve::lookup(self, phrase, date)
    }

    /// Resolves the entity mentions of a whole document, in order, with
    /// in-document coreference; `date` picks office holders.
    pub fn resolve(&self, text: &str, date: Option<NaiveDate>) -> Vec<EntityMention> {
        resolve::resolve(self, text, date)
    }

    /// Checks the tables' integrity: no overlapping tenures of one office in
    /// one country (touching ends allowed), every venue's city and every
    /// capital exists. Returns one message per problem.
    pub fn integrity(&self) -> Vec<String> {
        let mut out = vec![];
        let mut keys: Vec<&(String, String)> = self.by_office.keys().collect();
        keys.sort();
        for k in keys {
            if self.plural.contains(k) {
                continue;
            }
            let v = &self.by_office[k];
            for (n, &i) in v.iter().enumerate() {
                for &j in &v[n + 1..] {
                    let (a, b) = (&self.tenures[i], &self.tenures[j]);
                    if a.actor_id == b.actor_id {
                        continue;
                    }
                    // b starts no earlier than a; overlap if b starts before a ends.
                    if a.end.is_none_or(|e| b.start < e) {
                        out.push(format!(
                            "{} of {}: {} ({}..{:?}) overlaps {} (from {})",
                            k.0, k.1, a.actor_id, a.start, a.end, b.actor_id, b.start
                        ));
                    }
                }
            }
        }
        for p in &self.places {
            if let Some(c) = &p.city {
                if self.place(c).is_none() {
                    out.push(format!("place {}: city {c} is not a place", p.id));
                }
            }
            if self.country(&p.country).is_none() {
                out.push(format!("place {}: country {} unknown", p.id, p.country));
            }
        }
        for r in &self.sovereignty {
            for c in [&r.country, &r.held_by] {
                if self.country(c).is_none() {
                    out.push(format!("sovereignty: country {c} unknown"));
                }
            }
            for p in &r.places {
                if self.place(p).is_none() {
                    out.push(format!("sovereignty: place {p} is not a place"));
                }
            }
        }
        for c in &self.countries {
            if let Some(cap) = &c.capital {
                if self.place(cap).is_none() {
                    out.push(format!("country {}: capital {cap} is not a place", c.code3));
                }
            }
        }
        out
    }
}

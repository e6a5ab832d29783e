//! Who and where: the knowledge base of actors (people with offices over
//! time, states, organizations), countries and places, read from the plain
//! tables under `data/reference/`, and the resolver that maps mentions in a
//! text onto it.
//!
//! (Essay to be written by the kb stage.)

use chrono::NaiveDate;

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
}

/// One resolved mention in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityMention {
    /// Byte offsets into the document text.
    pub start: usize,
    pub end: usize,
    pub entity: Entity,
}

/// The knowledge base.
#[derive(Debug, Default)]
pub struct Kb {}

#[derive(Debug, thiserror::Error)]
pub enum KbError {
    #[error("{file}:{line}: {message}")]
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

impl Kb {
    /// The built-in tables (compiled into the binary from `data/reference/`).
    pub fn builtin() -> Result<Kb, KbError> {
        Ok(Kb {})
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        let _ = id;
        None
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        let _ = id;
        None
    }

    pub fn country(&self, code3: &str) -> Option<&Country> {
        let _ = code3;
        None
    }

    /// The offices an actor holds on a date.
    pub fn offices_on(&self, actor_id: &str, date: NaiveDate) -> Vec<&Tenure> {
        let _ = (actor_id, date);
        vec![]
    }

    /// Every tenure of an actor, in time order.
    pub fn tenures(&self, actor_id: &str) -> Vec<&Tenure> {
        let _ = actor_id;
        vec![]
    }

    /// Resolves the entity mentions of a whole document, in order, with
    /// in-document coreference; `date` picks office holders.
    pub fn resolve(&self, text: &str, date: Option<NaiveDate>) -> Vec<EntityMention> {
        let _ = (text, date);
        vec![]
    }
}

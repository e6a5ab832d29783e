//! Which states were members of a club of states on a date: the table
//! `data/reference/memberships.tsv` (columns `club`, `member`, `from`, `to`;
//! `from`/`to` inclusive, empty: open), compiled into the binary with the
//! other built-in tables and read like them (a user's `--reference DIR` may
//! add rows; a row that does not parse is an error naming its file and line).
//!
//! The merge reads it to tell "Canada, Italy and the G7" (members named
//! beside their club) from "Ukraine and NATO" (a partner meeting the club):
//! a state is a member of a club on a date when one of its rows covers the
//! date. Spain joined the EC on 1986-01-01, so Spain is no EC member in 1985.
//!
//! The main type is [`Memberships`], built with the knowledge base
//! ([`super::Kb::memberships`]).
//!
//! ```text
//! eec  ESP  1986-01-01  (open)
//! is_member("eec", "ESP", 1985-06-01) = false; on 1987-04-02 = true
//! ```

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::tables::{parse, Row};
use super::KbError;

/// The columns a memberships table must have.
pub const MEMBERSHIP_COLS: &[&str] = &["club", "member", "from", "to"];

/// One membership interval of a state in a club.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub member: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// The memberships of every club, by club actor id (lower case); a member
/// is a state (alpha-3) or, for the EC/EU in the G7 and the G20, an
/// organization's actor id.
#[derive(Debug, Clone, Default)]
pub struct Memberships {
    clubs: BTreeMap<String, Vec<Membership>>,
}

impl Memberships {
    /// Parses a memberships table; errors name the file and line.
    pub fn parse(file: &str, text: &str) -> Result<Memberships, KbError> {
        Memberships::from_rows(&parse(file, text, MEMBERSHIP_COLS)?)
    }

    /// Builds the table from parsed rows (`Tables::memberships`); errors
    /// name the row's file and line.
    pub fn from_rows(rows: &[Row]) -> Result<Memberships, KbError> {
        let mut out = Memberships::default();
        for row in rows {
            let club = row.req("club")?.to_lowercase();
            let member = row.req("member")?.to_string();
            let (from, to) = (row.date("from")?, row.date("to")?);
            if let (Some(f), Some(t)) = (from, to) {
                if t < f {
                    return Err(
                        row.err(format!("expected \"to\" ({t}) on or after \"from\" ({f})"))
                    );
                }
            }
            out.clubs
                .entry(club)
                .or_default()
                .push(Membership { member, from, to });
        }
        Ok(out)
    }

    /// Whether the table lists members for this club id.
    pub fn is_club(&self, club: &str) -> bool {
        self.clubs.contains_key(&club.to_lowercase())
    }

    /// The members of `club` on `on` (alpha-3 states and organization ids).
    pub fn members_on<'a>(&'a self, club: &str, on: NaiveDate) -> impl Iterator<Item = &'a str> {
        self.clubs
            .get(&club.to_lowercase())
            .into_iter()
            .flatten()
            .filter(move |m| m.from.is_none_or(|f| f <= on) && m.to.is_none_or(|t| on <= t))
            .map(|m| m.member.as_str())
    }

    /// Whether `state` (alpha-3, or an organization's id) was a member of
    /// `club` on `on` (ids compared without case).
    pub fn is_member(&self, club: &str, state: &str, on: NaiveDate) -> bool {
        self.clubs.get(&club.to_lowercase()).is_some_and(|rows| {
            rows.iter().any(|m| {
                m.member.eq_ignore_ascii_case(state)
                    && m.from.is_none_or(|f| f <= on)
                    && m.to.is_none_or(|t| on <= t)
            })
        })
    }

    /// The number of membership rows (all clubs).
    pub fn len(&self) -> usize {
        self.clubs.values().map(Vec::len).sum()
    }

    /// Whether the table has no rows.
    pub fn is_empty(&self) -> bool {
        self.clubs.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn builtin_table_parses_and_respects_dates() {
        let kb = crate::kb::Kb::builtin().expect("the built-in knowledge base loads");
        let m = kb.memberships();
        assert!(m.len() > 100);
        // Spain and Portugal joined the EC on 1986-01-01
        assert!(!m.is_member("eec", "ESP", day("1985-06-01")));
        assert!(m.is_member("eec", "ESP", day("1987-04-02")));
        assert!(m.is_member("EEC", "prt", day("1986-01-01")));
        // Canada joined the G7 in 1976; Italy was there from the start
        assert!(!m.is_member("g7", "CAN", day("1975-12-01")));
        assert!(m.is_member("g7", "CAN", day("1987-04-08")));
        assert!(!m.is_member("g5", "ITA", day("1987-04-08")));
        // the UK left the EU on 2020-01-31
        assert!(m.is_member("eu", "GBR", day("2020-01-31")));
        assert!(!m.is_member("eu", "GBR", day("2020-02-01")));
        // Sweden and Finland in NATO
        assert!(!m.is_member("nato", "SWE", day("2023-06-01")));
        assert!(m.is_member("nato", "SWE", day("2024-07-10")));
        assert!(m.is_member("nato", "FIN", day("2023-06-01")));
        // a partner is no member
        assert!(!m.is_member("nato", "UKR", day("2024-07-10")));
        // the EC at the G7 summits from 1977
        assert!(m.is_member("g7", "eec", day("1987-06-08")));
        assert!(!m.is_member("g7", "eec", day("1976-06-27")));
        // Indonesia's suspended OPEC years are a gap
        assert!(m.is_member("opec", "IDN", day("1987-06-25")));
        assert!(!m.is_member("opec", "IDN", day("2012-06-01")));
        for club in [
            "g5",
            "g7",
            "g10",
            "eec",
            "eu",
            "nato",
            "opec",
            "asean",
            "warsaw-pact",
            "comecon",
            "quad",
            "g20",
            "bucharest-nine",
        ] {
            assert!(m.is_club(club), "{club}");
        }
        assert!(!m.is_club("imf"));
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let bad = "club\tmember\tfrom\tto\ng7\tCAN\t1976-13-01\t\n";
        let e = Memberships::parse("m.tsv", bad).expect_err("a bad date");
        assert!(e.to_string().contains("m.tsv:2"), "{e}");
        let reversed = "club\tmember\tfrom\tto\ng7\tCAN\t1990-01-01\t1980-01-01\n";
        let e = Memberships::parse("m.tsv", reversed).expect_err("to before from");
        assert!(e.to_string().contains("on or after"), "{e}");
        let no_col = "club\tmember\nnato\tUSA\n";
        assert!(Memberships::parse("m.tsv", no_col).is_err());
    }

    #[test]
    fn a_users_rows_add_to_the_builtin_table_and_bad_rows_fail_the_load() {
        let mut t = crate::kb::tables::Tables::builtin().expect("built-in tables");
        t.add(
            "memberships.tsv",
            "mine/memberships.tsv",
            "club\tmember\tfrom\tto\nnato\tUKR\t2030-01-01\t\n",
        )
        .expect("a user's table parses");
        let kb = crate::kb::Kb::from_tables(&t).expect("kb");
        assert!(kb.memberships().is_member("nato", "UKR", day("2030-06-01")));
        assert!(kb.memberships().is_member("nato", "USA", day("2030-06-01")));
        let mut t = crate::kb::tables::Tables::default();
        t.add(
            "memberships.tsv",
            "mine/memberships.tsv",
            "club\tmember\tfrom\tto\nnato\tUKR\t2031-01-01\t2030-01-01\n",
        )
        .expect("the columns parse");
        let e = crate::kb::Kb::from_tables(&t).expect_err("to before from");
        assert!(e.to_string().contains("mine/memberships.tsv"), "{e}");
    }

    #[test]
    fn clubs_that_meet_as_themselves_come_from_the_organizations_table() {
        let kb = crate::kb::Kb::from_tables(&crate::kb::tables::Tables::builtin().expect("tables"))
            .expect("kb");
        for club in [
            "g7",
            "g20",
            "opec",
            "nato",
            "quad",
            "summit-of-the-americas",
        ] {
            assert!(kb.is_club(club), "{club}");
        }
        // an organisation with members is no club that meets as itself
        assert!(!kb.is_club("imf"));
        assert!(!kb.is_club("un"));
        let seven = ["USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"];
        let g7 = kb
            .club_of_all(&seven, day("1987-06-08"))
            .map(|a| a.id.as_str());
        assert_eq!(g7, Some("g7"));
        // before Canada joined the seven were no club
        assert_eq!(
            kb.club_of_all(&seven, day("1976-01-01"))
                .map(|a| a.id.as_str()),
            None
        );
        let five = ["USA", "JPN", "DEU", "FRA", "GBR"];
        assert_eq!(
            kb.club_of_all(&five, day("1987-02-22"))
                .map(|a| a.id.as_str()),
            Some("g5")
        );
        // no states make no club, even before the club had members
        assert_eq!(kb.club_of_all(&[], day("1955-01-01")), None);
        // a meeting of six of the seven is no club's
        assert_eq!(kb.club_of_all(&seven[..6], day("1987-06-08")), None);
    }

    #[test]
    fn a_bad_club_value_names_the_file_and_line() {
        let mut t = crate::kb::tables::Tables::default();
        t.add(
            "organizations.tsv",
            "mine/organizations.tsv",
            "actor_id\tname\taliases\twikidata\tclub\nxx\tXX\t\t\tsometimes\n",
        )
        .expect("the columns parse");
        let e = crate::kb::Kb::from_tables(&t).expect_err("a bad club value");
        assert!(e.to_string().contains("mine/organizations.tsv:2"), "{e}");
        assert!(e.to_string().contains("sometimes"), "{e}");
    }

    #[test]
    fn a_body_sits_at_its_seats_and_an_unknown_seat_names_the_file_and_line() {
        let kb = crate::kb::Kb::builtin().expect("the built-in tables load");
        assert_eq!(kb.seats("gatt"), ["geneva".to_string()]);
        assert_eq!(kb.seats("eec").len(), 2);
        assert!(kb.seats("g7").is_empty());
        let mut t = crate::kb::tables::Tables::default();
        t.add(
            "organizations.tsv",
            "mine/organizations.tsv",
            "actor_id\tname\taliases\twikidata\tclub\tseats\nxx\tXX\t\t\t\tatlantis\n",
        )
        .expect("the columns parse");
        t.add(
            "places.tsv",
            "mine/places.tsv",
            "place_id\tname\tkind\tcountry\tlatitude\tlongitude\nrome\tRome\tcity\tITA\t41.9\t12.5\n",
        )
        .expect("the columns parse");
        let e = crate::kb::Kb::from_tables(&t).expect_err("an unknown seat");
        assert!(e.to_string().contains("mine/organizations.tsv:2"), "{e}");
        assert!(e.to_string().contains("atlantis"), "{e}");
    }
}

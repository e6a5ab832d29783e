//! Role phrases (`data/reference/titles.tsv`): "foreign minister",
//! "secretary of state", "the Kremlin leader", and how a phrase, a country and
//! a date give the office holder.
//!
//! The `leader` office is a rule, not a table: the paramount or supreme
//! leader, else the party general secretary (USSR, China), else the holder
//! who is both head of state and of government (US president), else the head
//! of government of a parliamentary state (chancellor, prime minister), else
//! the president, else the prime minister or premier, else a chairman
//! (the PLO's, a revolutionary council's: [`CHAIRMEN`]). An organization
//! whose leader holds a state's office is tried as that state ("the PLO
//! leader" is PSE's chairman).

use chrono::NaiveDate;

use super::tables::Row;
use super::{Kb, KbError};

/// What a title's office column asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum OfficeSpec {
    /// Offices tried in order.
    Offices(Vec<String>),
    /// The country's leader (see the module docs).
    Leader,
    /// Any minister (coreference only: "the minister").
    AnyMinister,
    /// The office of the person last named ("his Russian counterpart").
    Counterpart,
}

/// One row of titles.tsv.
#[derive(Debug, Clone)]
pub struct Title {
    pub phrase: String,
    pub spec: OfficeSpec,
    /// The country or organization implied when the text names none.
    pub default_of: Vec<String>,
}

/// States whose leader is the head of government, not the president.
const PARLIAMENTARY: &[&str] = &[
    "DEU", "GBR", "ITA", "ISR", "IND", "JPN", "CAN", "AUS", "ESP", "NLD", "BEL", "SWE", "NOR",
    "DNK", "GRC", "AUT", "IRL", "PAK", "IRQ", "NZL", "HUN", "CZE", "POL", "PRT", "FIN", "THA",
    "MYS", "ARM", "GEO", "ETH", "NPL", "LBN", "BGD", "ZWE", "SVN", "EST", "LVA", "MLT", "ISL",
    "ALB", "MKD", "MNE", "SVK", "BGR", "LUX", "SGP", "KHM", "JAM", "BHS", "TTO", "BRB", "MUS",
];

/// Offices that make their holder the leader when there is no president or
/// head of government (tried last).
const CHAIRMEN: &[&str] = &[
    "chairman",
    "party_chairman",
    "chairman_revolutionary_council",
    "chairman_presidium",
    "chairman_supreme_soviet",
    "state_president",
    "scaf_chairman",
    "chief_martial_law_administrator",
];

/// A successor state tried before its predecessor when it has no holder yet
/// ("the Russian foreign minister" in 1987 is the Soviet one).
/// An organization whose leader holds an office of a state ("the PLO
/// leader" is the PLO chairman, listed under PSE) is tried the same way, and
/// the European Community's offices are the EU's ("the EC Commission
/// President" in 1987 is Jacques Delors, listed under EU).
const PREDECESSOR: &[(&str, &str)] = &[("RUS", "SUN"), ("PLO", "PSE"), ("EEC", "EU")];

impl Title {
    pub fn from_row(r: &Row) -> Result<Title, KbError> {
        let phrase = r.req("phrase")?.to_string();
        let office = r.req("office")?;
        let spec = match office {
            "leader" => OfficeSpec::Leader,
            "*minister" => OfficeSpec::AnyMinister,
            "counterpart" => OfficeSpec::Counterpart,
            o => OfficeSpec::Offices(o.split('|').map(|s| s.trim().to_string()).collect()),
        };
        Ok(Title {
            phrase,
            spec,
            default_of: r.list("of").iter().map(|s| s.to_uppercase()).collect(),
        })
    }

    /// Whether an office matches this title (for coreference).
    pub fn matches_office(&self, office: &str, rank: &str) -> bool {
        match &self.spec {
            OfficeSpec::Offices(v) => v.iter().any(|o| o == office),
            OfficeSpec::Leader => {
                rank.contains("hos")
                    || rank == "hog"
                    || matches!(
                        office,
                        "president" | "prime_minister" | "chancellor" | "premier"
                    )
                    || CHAIRMEN.contains(&office)
            }
            OfficeSpec::AnyMinister => office.ends_with("minister") && office != "prime_minister",
            OfficeSpec::Counterpart => true,
        }
    }
}

/// The holder of `spec` of `of` on `date`: (actor id, office, of).
pub fn holder(
    kb: &Kb,
    spec: &OfficeSpec,
    of: &str,
    date: NaiveDate,
) -> Option<(String, String, String)> {
    let mut ofs = vec![of.to_uppercase()];
    for (s, p) in PREDECESSOR {
        if ofs[0] == *s {
            ofs.push(p.to_string());
        }
    }
    for of in &ofs {
        if let Some(h) = holder_in(kb, spec, of, date) {
            return Some(h);
        }
    }
    None
}

fn holder_in(
    kb: &Kb,
    spec: &OfficeSpec,
    of: &str,
    date: NaiveDate,
) -> Option<(String, String, String)> {
    // An office of several holders at once names none of them.
    let first = |office: &str| {
        if kb.is_plural(office, of) {
            return None;
        }
        kb.holders(office, of, date)
            .first()
            .map(|t| (t.actor_id.clone(), t.office.clone(), t.of.clone()))
    };
    match spec {
        OfficeSpec::Offices(v) => v.iter().find_map(|o| first(o)),
        OfficeSpec::Leader => {
            for o in ["paramount_leader", "supreme_leader", "general_secretary"] {
                if let Some(h) = first(o) {
                    return Some(h);
                }
            }
            for o in ["president", "prime_minister", "chancellor", "premier"] {
                if let Some(t) = kb
                    .holders(o, of, date)
                    .into_iter()
                    .find(|t| t.rank == "hos+hog")
                {
                    return Some((t.actor_id.clone(), t.office.clone(), t.of.clone()));
                }
            }
            let order: &[&str] = if PARLIAMENTARY.contains(&of) {
                &["chancellor", "prime_minister", "premier", "president"]
            } else {
                &["president", "prime_minister", "premier", "chancellor"]
            };
            if let Some(h) = order.iter().find_map(|o| first(o)) {
                return Some(h);
            }
            // Collective or provisional heads of state: "PLO chairman",
            // "chairman of the revolutionary council".
            CHAIRMEN.iter().find_map(|o| first(o))
        }
        OfficeSpec::AnyMinister | OfficeSpec::Counterpart => None,
    }
}

/// English plural of a role phrase: "presidents", "secretaries of state".
pub fn plural(phrase: &str) -> String {
    let (head, tail) = match phrase.find(" of ") {
        Some(i) => (&phrase[..i], &phrase[i..]),
        None => (phrase, ""),
    };
    let p = if let Some(stem) = head.strip_suffix('y') {
        if stem.ends_with(['a', 'e', 'o', 'u']) {
            format!("{head}s")
        } else {
            format!("{stem}ies")
        }
    } else if head.ends_with('s') || head.ends_with("ch") || head.ends_with("sh") {
        format!("{head}es")
    } else {
        format!("{head}s")
    };
    format!("{p}{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals() {
        assert_eq!(plural("president"), "presidents");
        assert_eq!(plural("secretary of state"), "secretaries of state");
        assert_eq!(plural("top diplomat"), "top diplomats");
        assert_eq!(plural("foreign minister"), "foreign ministers");
    }
}

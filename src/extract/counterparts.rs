//! A visitor's rounds: one meeting per counterpart.
//!
//! "Funaro and Gros are meeting Chancellor Lawson, Foreign Secretary Howe
//! and Governor Leigh-Pemberton" tells three meetings, not one of five
//! people: visitors call on the host country's office holders one by one,
//! and an analyst's network wants an edge from the visitors to each, not a
//! clique in which Howe met Lawson. The gold reads it the same way ("one
//! meeting per named counterpart", gold/README.md). The Meet frame in
//! `mod.rs` already splits a lone subject's list ("Kerry met with Putin and
//! Lavrov"); this pass does it where that frame cannot see it: a subject of
//! several people, a noun's talks, a place only the dateline gives.
//!
//! A meeting is split into one draft per counterpart when its subject is
//! named before the trigger, its two or more named counterparts after it
//! are people of ONE country that is none of the subject's, and it is held
//! in that country. Counterparts of several countries ("after meeting U.S.,
//! Japanese and Canadian trade ministers") are one multilateral meeting; so
//! are two delegations at the subject's home ("Biden, Blinken and Austin met
//! with Kuleba and Reznikov"), and a sentence that says so ("together",
//! "jointly", "trilateral") keeps the meeting whole.
//!
//! ```text
//! "WASHINGTON - Bangemann and Noelling will meet Baker, Volcker and Yeutter."
//!  -> meeting Bangemann, Noelling, Baker (meeting.meet+dateline+each)
//!  -> meeting Bangemann, Noelling, Volcker (meeting.meet+dateline+each)
//!  -> meeting Bangemann, Noelling, Yeutter (meeting.meet+dateline+each)
//! ```

use std::sync::LazyLock;

use crate::re::Re;

use super::args::ActorRef;
use super::{Draft, EventType};
use crate::kb::ActorKind;

/// Words that make a list of counterparts one sitting.
static ONE_SITTING: LazyLock<Re> = regex!(
    r"(?i)\b(?:together|jointly|joint|trilateral|tripartite|three-way|four-way|round-?table|all (?:three|four|five|six)|the (?:three|four|five|six) (?:men|leaders|ministers|officials))\b"
);

/// Whether a sentence tells its counterparts as one sitting ("met A and B
/// together", "a trilateral meeting").
pub(super) fn one_sitting(sentence: &str) -> bool {
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
    use super::super::EventType;

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
}

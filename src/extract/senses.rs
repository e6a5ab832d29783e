//! Senses of event words that are no event: "meet" in the sense of
//! satisfying a demand.
//!
//! The trigger rules read "meet" as a meeting. Wire copy about commodities
//! and budgets uses the same verb for a quantity reached or an obligation
//! honoured: "had been unable to meet its ICO export quota", "to meet
//! demand", "will meet the payments due". [`meets_a_quantity`] tells those
//! apart by the object right after the verb: a possessive or article and at
//! most three modifiers before a noun of quantity or obligation (quota,
//! target, demand, payments, deadline ...). A person or a state after
//! "meet" ("will meet its neighbours' leaders") is untouched: the noun must
//! close the phrase.
//!
//! A date is another occasion's, and dates no event of its sentence, when a
//! noun after it names that occasion ("a June election", "the March 31
//! deadline") or when it is the day an occasion was moved from
//! ("postponed from its scheduled April 2 date", "originally scheduled for
//! May 6", "had previously been set for May 14": [`date_of_other_noun`]).
//!
//! ```text
//! "For several years Uganda had been unable to meet its ICO export quota."
//!  -> no meeting (meeting.meet of Uganda and the ICO dropped)
//! ```

use std::sync::LazyLock;

use crate::re::Re;

/// The verb and its object of quantity: "meet its ICO export quota",
/// "meeting world demand", "met all the targets".
static QUANTITY: LazyLock<Re> = regex!(
    r"(?i)^(?:meet|meets|meeting|met)\s+(?:(?:its|their|the|this|that|these|those|his|her|our|all|any|such|world|domestic|higher|rising|growing|increased|these)\s+)?(?P<mods>(?:[\w-]+\s+){0,3}?)(?:quotas?|targets?|demands?|needs|requirements?|obligations?|commitments?|payments?|deadlines?|costs?|expenses|bills?|debts?|criteria|conditions|standards|shortfalls?|deficits?|goals?|expectations|orders?)\b"
);

/// Whether the trigger at `start` in `text` is "meet" in the sense of
/// satisfying a quantity or an obligation.
pub(super) fn meets_a_quantity(text: &str, start: usize) -> bool {
    let Some(rest) = text.get(start..) else {
        return false;
    };
    let rest = super::flat_text(&rest.chars().take(80).collect::<String>());
    let Some(c) = QUANTITY.captures(&rest) else {
        return false;
    };
    // the modifiers are of the noun: "his counterparts to discuss quotas"
    // is a meeting about quotas
    c.name("mods").is_none_or(|m| {
        !m.as_str().split_whitespace().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "to" | "and"
                    | "or"
                    | "with"
                    | "on"
                    | "in"
                    | "for"
                    | "at"
                    | "over"
                    | "about"
                    | "who"
                    | "which"
                    | "that"
                    | "of"
                    | "from"
            )
        })
    })
}

/// "welcoming Sweden to NATO", "welcome them into the Alliance as quickly
/// as possible", "welcoming Sweden as an Ally": a state welcomed into an
/// alliance or a union is its accession, no guest (the body's name closes
/// the phrase: "welcomed the ministers to NATO headquarters" is a visit).
static MEMBERSHIP: LazyLock<Re> = regex!(
    r"(?i)^welcom(?:e|es|ed|ing)\s+(?:[^.;,]{1,60}?\s+)?(?:(?:to|into|in)\s+(?:the\s+)?(?:NATO|(?:NATO\s+|Atlantic\s+)?Alliance|European Union|EU|EEC|European Community|Common Market|WTO|GATT)|as\s+(?:an?|the|its)\s+(?:(?:new|full|\w+th|NATO)\s+)?(?:Ally|ally|member|member state))(?:\s*$|[,.;]|\s+(?:as|once|when|after|soon|quickly|and|in|by|on|this|next|at the earliest)\b)"
);

/// Whether the welcome at `start` in `text` is of a new member ("welcoming
/// Sweden to NATO as soon as possible"): no visit and no meeting.
fn welcomes_a_member(text: &str, start: usize) -> bool {
    let Some(rest) = text.get(start..) else {
        return false;
    };
    let rest = super::flat_text(&rest.chars().take(120).collect::<String>());
    MEMBERSHIP.is_match(&rest)
}

/// "welcomed Finland's selection of the F-35", "welcomed President
/// Zelenskyy's stated openness", "welcomed Finland and Sweden moving one
/// step closer": a stance or a step of a state welcomed, no guest.
static WELCOME: LazyLock<Re> = regex!(r"^welcom(?:e|es|ed|ing)\s+");

/// Words after a possessive that name a person or a party received ("Japan's
/// new Prime Minister", "the President's delegation"), or that qualify one.
const RECEIVED: &[&str] = &[
    "delegation",
    "delegations",
    "leader",
    "leaders",
    "wife",
    "husband",
    "spouse",
    "envoy",
    "envoys",
    "officials",
    "minister",
    "ministers",
    "counterpart",
    "president",
    "premier",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "monarch",
    "head",
    "heads",
    "team",
    "representatives",
    "representative",
    "ambassador",
    "family",
    "daughter",
    "son",
    "chief",
    "secretary",
    "foreign",
    "defense",
    "defence",
    "finance",
    "trade",
    "top",
    "senior",
    "new",
    "former",
    "incoming",
    "visiting",
    "newly",
    "elected",
    "first",
    "crown",
    "deputy",
    "vice",
    "prime",
];

/// Whether the welcome at `start` in `text` receives no one: a new member
/// welcomed into an alliance ("welcoming Sweden to NATO as soon as
/// possible"), a stance welcomed ("welcomed Finland's selection of the
/// F-35") or a step ("welcomed Finland and Sweden moving one step closer").
pub(super) fn welcomes_no_guest(text: &str, start: usize) -> bool {
    welcomes_a_member(text, start) || welcomes_a_stance(text, start)
}

fn welcomes_a_stance(text: &str, start: usize) -> bool {
    let Some(rest) = text.get(start..) else {
        return false;
    };
    let flat = super::flat_text(&rest.chars().take(160).collect::<String>());
    let Some(m) = WELCOME.find(&flat) else {
        return false;
    };
    let lower = |w: &str| w.chars().next().is_some_and(|ch| ch.is_lowercase());
    // the names welcomed ("Finland and Sweden", "President Zelenskyy's"),
    // then the first word of what follows them
    let mut names = 0;
    let mut possessive = false;
    for raw in flat.get(m.end()..).unwrap_or("").split_whitespace() {
        let w = raw
            .trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '-' && ch != '\'' && ch != '’');
        if names == 0 && w == "the" {
            continue;
        }
        if !lower(w) {
            names += 1;
            possessive =
                w.ends_with("'s") || w.ends_with("’s") || w.ends_with('\'') || w.ends_with('’');
            if raw.ends_with([',', '.', ';', ':']) {
                return false;
            }
            continue;
        }
        if names > 0 && !possessive && matches!(w, "and" | "of") {
            continue;
        }
        if names == 0 {
            return false;
        }
        let w = w.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '-');
        if possessive {
            // a title, a name or a party received after it ("Japan's new
            // Prime Minister", "the President's delegation") is a guest,
            // any other noun a stance
            return !RECEIVED.contains(&w);
        }
        // "welcomed Finland and Sweden moving one step closer"
        return w.len() > 4 && w.ends_with("ing");
    }
    false
}

/// "agreed for their respective teams to meet", "tasked their teams to
/// engage in further consultations": the leaders' teams meet, not the
/// leaders (a readout names no member of them).
static TEAMS: LazyLock<Re> = regex!(
    r"(?i)\b(?:their|our|the two|both|respective)\s+(?:respective\s+|national security\s+)?(?:teams|staffs)\s+(?:to|will|would|should|could|can)\s+(?:[\w-]+\s+){0,3}$"
);

/// Whether the meeting word at `start` in `text` is its leaders' teams'
/// ("tasked their teams to engage in further consultations").
pub(super) fn teams_meet(text: &str, start: usize) -> bool {
    let from = crate::text::ceil_boundary(text, start.saturating_sub(60));
    text.get(from..start)
        .is_some_and(|b| TEAMS.is_match(&super::flat_text(b)))
}

/// A date's noun after it that is no meeting or trip: "a June or even a
/// May election", "the March 31 deadline", "the 1987/88 budget".
static OTHER_NOUN: LazyLock<Re> = regex!(
    r"(?i)^\s*(?:or\s+(?:even\s+)?(?:an?\s+|the\s+)?[\w-]+\s+)?(?:(?:general|presidential|parliamentary|local|snap)\s+)?(?:elections?|polls?|votes?|referendum|deadline|budget|deliver(?:y|ies)|shipments?|futures|contracts?|crops?|harvest|figures|data|statistics|index|auction|tender|payments?|quarter|maturity|loading)\b"
);

/// Right before a date: the date an occasion had before it was moved
/// ("postponed from its scheduled April 2 date", "originally scheduled
/// for May 6", "had previously been set for May 14", "brought forward
/// from Friday"). The occasion is not on that day any more, so the date
/// dates nothing the sentence reports.
static SUPERSEDED_BEFORE: LazyLock<Re> = regex!(
    r"(?i)\b(?:(?:postponed|put\s+off|moved|delayed|brought\s+forward|advanced|rescheduled|deferred|switched)\s+from|(?:originally|previously|initially)\s+(?:been\s+)?(?:scheduled|planned|set|due|slated|fixed)(?:\s+to\s+[a-z]+)?(?:\s+(?:for|on|in|at))?)\s+(?:(?:its|the|their|an?)\s+)?(?:(?:originally\s+|previously\s+)?(?:scheduled|planned|original|earlier|previous|initial)\s+)?$"
);

/// Whether every occurrence of the date `date_text` in the sentence
/// `stext` names the time of another noun ("a June election") or a date the
/// occasion was moved from ("postponed from its scheduled April 2 date"):
/// such a date does not date the sentence's event.
pub(super) fn date_of_other_noun(stext: &str, date_text: &str) -> bool {
    if date_text.is_empty() {
        return false;
    }
    let flat = super::flat_text(stext);
    let mut found = false;
    for (at, _) in flat.match_indices(date_text) {
        found = true;
        let after = flat.get(at + date_text.len()..).unwrap_or("");
        let from = crate::text::ceil_boundary(&flat, at.saturating_sub(80));
        let before = flat.get(from..at).unwrap_or("");
        if !OTHER_NOUN.is_match(after) && !SUPERSEDED_BEFORE.is_match(before) {
            return false;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_of_an_election_or_a_deadline_dates_no_trip() {
        let s = "There would be pressure on her to go for a June or even a May election to capitalise on her Soviet trip.";
        assert!(date_of_other_noun(s, "June"));
        assert!(date_of_other_noun(
            "Talks must end before the March 31 deadline.",
            "March 31"
        ));
        // the same month dating the trip itself
        assert!(!date_of_other_noun(
            "He will visit Tokyo in June before a June election.",
            "June"
        ));
        assert!(!date_of_other_noun("He will visit Tokyo in June.", "June"));
        assert!(!date_of_other_noun("He will visit Tokyo.", "(report date)"));
    }

    #[test]
    fn a_date_an_occasion_was_moved_from_dates_nothing() {
        let s = "Nobody knew why the meeting had been postponed from its scheduled May 3 date.";
        assert!(date_of_other_noun(s, "May 3"));
        let s = "The talks, originally scheduled for Tuesday, will now open on Friday.";
        assert!(date_of_other_noun(s, "Tuesday"));
        assert!(!date_of_other_noun(s, "Friday"));
        assert!(date_of_other_noun(
            "The session had previously been set for June 9 in Rome.",
            "June 9"
        ));
        // a date the talks are scheduled for is theirs
        assert!(!date_of_other_noun(
            "The talks are scheduled for Tuesday.",
            "Tuesday"
        ));
        assert!(!date_of_other_noun(
            "The visit was moved to June 9 from May.",
            "June 9"
        ));
    }

    #[test]
    fn meeting_a_quota_or_a_demand_is_no_meeting() {
        let s = "Uganda had been unable to meet its ICO export quota as rebels";
        let at = s.find("meet").unwrap_or(0);
        assert!(meets_a_quantity(s, at));
        let s = "Output is meeting world demand.";
        assert!(meets_a_quantity(s, s.find("meeting").unwrap_or(0)));
        let s = "The country met all its debt payments\nthis year.";
        assert!(meets_a_quantity(s, s.find("met").unwrap_or(0)));
    }

    #[test]
    fn a_state_welcomed_into_an_alliance_is_no_guest() {
        let s = "Biden underscored his commitment to welcoming Sweden to NATO as soon as possible.";
        assert!(welcomes_a_member(s, s.find("welcoming").unwrap_or(0)));
        let s = "the importance of welcoming Sweden as an Ally as soon as possible";
        assert!(welcomes_a_member(s, s.find("welcoming").unwrap_or(0)));
        let s = "He pledged to welcome them into the Alliance as quickly as possible.";
        assert!(welcomes_a_member(s, s.find("welcome").unwrap_or(0)));
        let s = "Madrid welcomed Portugal into the EEC.";
        assert!(welcomes_a_member(s, s.find("welcomed").unwrap_or(0)));
        // a guest received at the body's seat, or a guest from a member
        let s = "Stoltenberg welcomed the ministers to NATO headquarters on Friday.";
        assert!(!welcomes_a_member(s, s.find("welcomed").unwrap_or(0)));
        let s = "Biden will welcome Prime Minister Kristersson of Sweden to the White House.";
        assert!(!welcomes_a_member(s, s.find("welcome").unwrap_or(0)));
        let s = "Biden welcomed the NATO Secretary General to the White House.";
        assert!(!welcomes_a_member(s, s.find("welcomed").unwrap_or(0)));
    }

    #[test]
    fn a_stance_or_step_welcomed_is_no_guest() {
        for s in [
            "President Biden welcomed Finland’s selection of the F-35 for its next fighter jet.",
            "He welcomed Poland’s partnership in hosting 9,000 U.S. forces.",
            "President Biden welcomed President Zelenskyy’s stated openness to a just peace.",
            "and welcomed Finland and Sweden moving one step closer to becoming NATO Allies.",
        ] {
            let at = s.find("welcomed").unwrap_or(0);
            assert!(welcomes_no_guest(s, at), "{s}");
        }
        for s in [
            "President Biden welcomed Japan's new Prime Minister to the White House.",
            "President Biden welcomed Prime Minister Kishida's delegation to the White House.",
            "President Biden welcomed Prime Minister Fumio Kishida of Japan to the White House.",
            "President Biden welcomed King Abdullah II of Jordan today.",
            "Kohl welcomed Mitterrand in Bonn on Monday.",
        ] {
            let at = s.find("welcomed").unwrap_or(0);
            assert!(!welcomes_no_guest(s, at), "{s}");
        }
    }

    #[test]
    fn the_leaders_teams_meet_without_them() {
        for (s, w) in [
            (
                "Both Presidents agreed for their respective teams to meet in the coming weeks.",
                "meet",
            ),
            (
                "the two leaders tasked their teams to engage in further consultations on next steps.",
                "consultations",
            ),
        ] {
            assert!(teams_meet(s, s.find(w).unwrap_or(0)), "{s}");
        }
        for (s, w) in [
            ("The two leaders will meet in the coming weeks.", "meet"),
            ("He will lead his team to talks in Geneva.", "talks"),
            ("The teams met as the leaders agreed to meet again.", "meet"),
        ] {
            assert!(!teams_meet(s, s.rfind(w).unwrap_or(0)), "{s}");
        }
    }

    #[test]
    fn meeting_people_or_states_is_kept() {
        let s = "Shultz will meet his Soviet counterpart Shevardnadze.";
        assert!(!meets_a_quantity(s, s.find("meet").unwrap_or(0)));
        let s = "The ministers will meet the Japanese delegation on Monday.";
        assert!(!meets_a_quantity(s, s.find("meet").unwrap_or(0)));
        let s = "Baker met his counterparts to discuss quotas.";
        assert!(!meets_a_quantity(s, s.find("met").unwrap_or(0)));
    }
}

//! Clubs of states named in other words: wire copy calls the Group of
//! Seven "the top seven industrialized nations" or "the seven major
//! industrial democracies", and the Group of Five "the five leading
//! industrial countries", without the club's name the reference tables
//! know.
//!
//! [`paraphrased`] adds the club as an actor at the paraphrase, so the
//! usual meeting rules read it as a side ("Wednesday's meeting of the
//! finance ministers of the top seven industrialized nations in
//! Washington" is a meeting of the G7). The number is required: "the major
//! industrial nations" alone names no fixed club, and a paraphrase another
//! actor already covers ("the Group of Seven industrial nations") is left
//! to that actor.
//!
//! ```text
//! "ministers of the top seven industrialized nations will meet in Paris"
//!  -> actor G7 at "top seven industrialized nations"
//! ```

use std::sync::LazyLock;

use crate::re::Re;

use super::args::ActorRef;
use super::DocContext;

/// "the top seven industrialized nations", "six major industrial
/// countries", "the five leading western industrial democracies".
static CLUB_WORDS: LazyLock<Re> = regex!(
    r"(?i)\b(?:(?:top|leading|big|major|main|largest|richest)\s+)?(five|six|seven)\s+(?:(?:major|leading|big|top|main|largest|richest|western|free-market|non-communist)\s+){0,2}industrial(?:i[sz]ed)?\s+(?:nations|countries|democracies|powers|economies|states)\b"
);

/// "the finance ministers and central bankers of" before the club: its
/// people, read as the club ("a meeting of the finance ministers of the top
/// seven industrialized nations" is the club's meeting).
static ITS_PEOPLE: LazyLock<Re> = regex!(
    r"(?i)\b(?:(?:finance|foreign|trade|economic|agriculture|farm)\s+)?ministers(?:\s+and\s+central\s+bank(?:ers|\s+governors|\s+chiefs))?\s+of\s+(?:the\s+)?$"
);

/// "the Louvre agreement of six industrial nations": the club names an
/// accord's parties, not a side of the sentence's event.
static ACCORD_OF: LazyLock<Re> = regex!(
    r#"(?i)\b(?:agreement|accord|pact|communique|statement|decision|declaration)s?["'’]?\s+(?:of|by|among|between)\s+(?:the\s+)?$"#
);

/// "the Tokyo summit of seven leading industrial powers": the summit rules
/// read a city's summit of the club.
static SUMMIT_OF: LazyLock<Re> = regex!(r"(?i)\bsummits?\s+of\s+(?:the\s+)?$");

/// "the seven major industrial democracies -- the United States, Japan,
/// ...": the members named right after (the summit of all of them is the
/// club's, which the member list already tells).
static MEMBERS_AFTER: LazyLock<Re> = regex!(r"^\s*(?:--|\(|:)\s*(?:the\s+)?[A-Z]");

/// The club a number of industrial nations names.
fn club_id(number: &str) -> Option<&'static str> {
    match number.to_ascii_lowercase().as_str() {
        "five" => Some("g5"),
        "six" => Some("g6"),
        "seven" => Some("g7"),
        _ => None,
    }
}

/// Whether the text names a club by a number of industrial nations.
pub(super) fn named_by_number(text: &str) -> bool {
    mentions_industry(text) && CLUB_WORDS.is_match(text)
}

/// A cheap test before the paraphrase's pattern: "industrial" is in the text.
fn mentions_industry(text: &str) -> bool {
    text.contains("ndustrial") || text.contains("NDUSTRIAL")
}

/// Adds the club named by each paraphrase of the document's text to
/// `actors` (kept sorted by position), unless another actor covers it.
pub(super) fn paraphrased(ctx: &DocContext, actors: &mut Vec<ActorRef>) {
    let text = ctx.doc.text.as_str();
    if !mentions_industry(text) {
        return;
    }
    let mut added = false;
    for caps in CLUB_WORDS.captures_iter(text) {
        let (Some(all), Some(number)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let Some(club) = club_id(number.as_str()).and_then(|id| ctx.kb.actor(id)) else {
            continue;
        };
        if actors
            .iter()
            .any(|a| a.start < all.end() && all.start() < a.end)
        {
            continue;
        }
        if text
            .get(all.start().saturating_sub(40)..all.start())
            .is_some_and(|before| ACCORD_OF.is_match(before) || SUMMIT_OF.is_match(before))
        {
            continue;
        }
        if text
            .get(all.end()..)
            .is_some_and(|after| MEMBERS_AFTER.is_match(after))
        {
            continue;
        }
        let start = text
            .get(all.start().saturating_sub(80)..all.start())
            .and_then(|before| {
                ITS_PEOPLE
                    .find(before)
                    .map(|m| all.start() - before.len() + m.start())
            })
            .unwrap_or(all.start());
        actors.push(ActorRef::of(club, start, all.end()));
        added = true;
    }
    if added {
        actors.sort_by_key(|a| (a.start, a.end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clubs(s: &str) -> Vec<&'static str> {
        CLUB_WORDS
            .captures_iter(s)
            .filter_map(|c| c.get(1).and_then(|n| club_id(n.as_str())))
            .collect()
    }

    #[test]
    fn a_number_of_industrial_nations_is_a_club() {
        assert_eq!(
            clubs("a meeting of the top seven industrialized nations"),
            ["g7"]
        );
        assert_eq!(clubs("the six major industrial countries"), ["g6"]);
        assert_eq!(
            clubs("the five leading western industrialised democracies"),
            ["g5"]
        );
    }

    #[test]
    fn industrial_nations_without_a_number_are_no_club() {
        assert!(clubs("intervention by the major industrial nations").is_empty());
        assert!(clubs("seven industrial companies reported losses").is_empty());
        assert!(clubs("the seven major oil producers").is_empty());
    }
}

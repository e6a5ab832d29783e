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
//! Without "industrial", a rank word must stand before the noun ("the
//! world's seven major economic powers", "six major nations", "the seven
//! leading western nations"): "six nations" alone, or "seven western
//! states", names no club.
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
/// countries", "the five leading western industrial democracies" ("the
/// world's" before the number is part of the name, so that "the meeting of
/// the world's seven ..." reads as the club's).
static CLUB_WORDS: LazyLock<Re> = regex!(
    r"(?i)\b(?:world['’]s\s+)?(?:(?:top|leading|big|major|main|largest|richest)\s+)?(five|six|seven)\s+(?:(?:major|leading|big|top|main|largest|richest|western|free-market|non-communist)\s+){0,2}industrial(?:i[sz]ed)?\s+(?:nations|countries|democracies|powers|economies|states)\b"
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

/// "the world's seven major economic powers", "six major nations", "the
/// seven leading western nations", "six leading countries": a number of
/// nations ranked "major", "leading", "main" (round 14, 8 phrases in
/// Reuters, none in the White House). The rank word is required (not "six
/// nations", "seven western states"), and "states" is no such noun ("the
/// seven major states" of a cattle report).
static CLUB_RANKED: LazyLock<Re> = regex!(
    r"(?i)\b(?:world['’]s\s+)?(five|six|seven)\s+(?:(?:western|free-market|non-communist)\s+)?(?:major|leading|main|top|biggest|largest|richest)\s+(?:(?:western|economic|free-market|non-communist)\s+){0,2}(?:nations|countries|democracies|powers|economies)\b"
);

/// The club a number of industrial nations names.
fn club_id(number: &str) -> Option<&'static str> {
    match number.to_ascii_lowercase().as_str() {
        "five" => Some("g5"),
        "six" => Some("g6"),
        "seven" => Some("g7"),
        _ => None,
    }
}

/// Whether the text names a club by a number of industrial (or major)
/// nations.
pub(super) fn named_by_number(text: &str) -> bool {
    (mentions_industry(text) && CLUB_WORDS.is_match(text))
        || (mentions_rank(text) && CLUB_RANKED.is_match(text))
}

/// A cheap test before the paraphrase's pattern: "industrial" is in the text.
fn mentions_industry(text: &str) -> bool {
    text.contains("ndustrial") || text.contains("NDUSTRIAL")
}

/// A cheap test before the ranked pattern: a rank word is in the text.
fn mentions_rank(text: &str) -> bool {
    [
        "major", "leading", "main", "top", "biggest", "largest", "richest",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// Adds the club named by each paraphrase of the document's text to
/// `actors` (kept sorted by position), unless another actor covers it.
pub(super) fn paraphrased(ctx: &DocContext, actors: &mut Vec<ActorRef>) {
    let text = ctx.doc.text.as_str();
    let industry = mentions_industry(text);
    let ranked = mentions_rank(text);
    if !industry && !ranked {
        return;
    }
    let mut added = false;
    let found = industry
        .then(|| CLUB_WORDS.captures_iter(text))
        .into_iter()
        .flatten()
        .chain(
            ranked
                .then(|| CLUB_RANKED.captures_iter(text))
                .into_iter()
                .flatten(),
        );
    for caps in found {
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
            .chain(CLUB_RANKED.captures_iter(s))
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

    #[test]
    fn a_number_of_major_nations_is_a_club() {
        assert_eq!(
            clubs("talks among the world's seven major economic powers in Rome"),
            ["g7"]
        );
        assert_eq!(clubs("the rates set by six major nations"), ["g6"]);
        assert_eq!(clubs("a summit of seven leading western nations"), ["g7"]);
        assert!(named_by_number("when the five leading countries meet"));
    }

    #[test]
    fn a_number_of_nations_without_a_rank_is_no_club() {
        assert!(clubs("the six nations of the Gulf council").is_empty());
        assert!(clubs("feedlots in the seven major states").is_empty());
        assert!(clubs("plants in seven western states").is_empty());
    }
}

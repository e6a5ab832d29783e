//! Reference time: a meeting whose own sentence names no day takes the
//! day the sentence before it told, as a temporal tagger's reference time
//! carries forward through a story (round 16).
//!
//! News tells an occasion's day once and then its parts: "On Thursday the
//! prime minister was received at the palace. The two leaders held talks
//! on trade." The talks are that Thursday's. An undated meeting told as
//! held, in a sentence with no date at all and no word of another
//! occasion ("last", "previously", "since", "ago", "once", "former",
//! "meanwhile"; a thanks, "thanked her for welcoming", is for an earlier
//! one), takes the first date of the sentence right before it when that
//! date is one day, on or before the report, no saying verb stands before
//! it ("Speaking last night, he said": a remark's day), and that sentence
//! names one of the meeting's sides. A dateline's date ("BRASILIA, May
//! 29 -") is the report's, not the lead's; a call's sentence lends no day
//! (a remote talk). A day carried so far carries on: "also met Li Qiang"
//! right after the carried talks takes their day. A sentence that opens
//! on a year or a month ("In 2019 the two met in Osaka") is background,
//! and lends nothing; a day still ahead ("will fly on Friday") is a
//! plan's, not the talks'.
//!
//! Runs before the visits lend their days ([`super::fill_from_visits`]):
//! the day told beside the meeting is nearer than the trip's first day.
//! A draft dated here gets `+carried_day` on its rule and `(sentence
//! before)` after its date text.
//!
//! ```text
//! "Modi was received by Biden at the White House on Thursday.
//!  The two leaders held talks on defence."        (reported Friday)
//!  -> meeting  Biden, Modi; Thursday (+carried_day)
//! ```
//!
//! **Dated entries** (round 17, [`entry_dates`]). A timeline or a log
//! writes its occasions as entries: a line that opens with a full date, a
//! dash and a header ("October 25-27, 2018 - Beijing. Abe pays the first
//! official visit to China ... He holds talks with Xi on October 26.").
//! The entry's date, not the report's, is the reference time of its
//! sentences: the tagger gives its year to the entry's bare days and
//! months ([`crate::time::entry_end`]); here an undated mention of the
//! entry takes the entry's days, a visit told in it lasts the entry's days
//! (its own day, "a summit on May 9" inside "May 8-11, 2018", is a part of
//! the stay), a plan by default (no cue word) told of an entry already
//! past is an occurrence (a timeline tells history in the present
//! tense), and a mention on the entry's days with no city takes the
//! header's place ("- Beijing.") when it names none or names the city's
//! country. Entries are lines: none in Reuters-21578 or the White House
//! statements (0 lines open with a full date and a dash), so this is a
//! rule of present-day formats.
//!
//! ```text
//! "November 10, 2014 - Beijing. Abe and Xi meet for the first time."
//!                                                  (reported 2019-06-26)
//!  -> meeting  Abe, Xi; 2014-11-10, Beijing, occurred (+entry_date)
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use super::args::PlaceRef;
use super::{DocContext, Draft, EventType, Status};
use crate::kb::Entity;
use crate::re::Re;
use crate::time::{entry_end, Interval, Precision, TimexType};

/// Words that put a meeting on another occasion than the story's day.
static OTHER_OCCASION: LazyLock<Re> = regex!(
    r"(?i)\b(?:last|previous(?:ly)?|since|ago|once|former(?:ly)?|earlier|past|recent(?:ly)?|prior|meanwhile|thank(?:s|ed|ing)?)\b"
);

/// A dash right after a date: a dateline's ("BRASILIA, May 29 -").
static DATELINE_DASH: LazyLock<Re> = regex!(r"^\s*(?:-|\x{2013}|\x{2014})");

/// A saying verb before the lead's date: "Speaking last night, X said",
/// "told reporters on Monday": the day of a remark, not of an occasion.
static SAYING: LazyLock<Re> = regex!(
    r"(?i)\b(?:speak(?:s|ing)?|spoke|sa(?:id|ys|ying)|told|tells?|telling|remarks?|interview)\b"
);

/// Gives an undated occurred meeting the day of the sentence before
/// (module essay).
pub(super) fn carried_days(ctx: &DocContext, drafts: &mut [Draft]) {
    let Some(report) = ctx.dct else { return };
    let text = ctx.doc.text.as_str();
    let dated = |from: usize, to: usize| {
        ctx.timexes
            .iter()
            .filter(move |x| x.begin >= from && x.end <= to)
            .filter(|x| matches!(x.kind, TimexType::Date | TimexType::Time))
    };
    // a call's day is the day of a remote talk, lent to no meeting
    let calls: BTreeSet<usize> = drafts
        .iter()
        .filter(|d| d.event_type == EventType::Call)
        .map(|d| d.sentence_index)
        .collect();
    // the days carried so far, by sentence: "held talks" takes Thursday
    // from the lead, "also met" in the next sentence takes it from there
    let mut carried: BTreeMap<usize, (Interval, String)> = BTreeMap::new();
    for d in drafts.iter_mut() {
        if d.event_type != EventType::Meeting
            || d.dates.is_some()
            || d.status != Status::Occurred
            || d.derived
            || d.noun
            || d.sentence_index == 0
            || calls.contains(&(d.sentence_index - 1))
        {
            continue;
        }
        let s = d.sentence;
        if dated(s.start, s.end).next().is_some()
            || text
                .get(s.start..s.end)
                .is_none_or(|t| OTHER_OCCASION.is_match(t))
        {
            continue;
        }
        let Some(prev) = ctx.sentences.get(d.sentence_index - 1) else {
            continue;
        };
        // the lead's first date, not a dateline's ("BRASILIA, May 29 -":
        // the report's day)
        let first = dated(prev.start, prev.end)
            .find(|x| !text.get(x.end..).is_some_and(|t| DATELINE_DASH.is_match(t)));
        let lent = match first {
            Some(x) => {
                if text
                    .get(prev.start..x.begin)
                    .is_none_or(|t| SAYING.is_match(t))
                {
                    continue;
                }
                x.interval.map(|w| (w, x.text.clone()))
            }
            None => carried
                .get(&(d.sentence_index - 1))
                .map(|(w, t)| (*w, t.clone())),
        };
        let Some((w, told)) = lent.filter(|(w, _)| {
            w.precision == Precision::Day
                && w.start == w.end
                && w.end <= report
                && (report - w.end).num_days() <= 7
        }) else {
            continue;
        };
        let keys: Vec<String> = d.sides.iter().map(|a| a.key()).collect();
        let names_side = ctx
            .entities
            .iter()
            .filter(|e| e.start >= prev.start && e.end <= prev.end)
            .any(|e| match &e.entity {
                Entity::Person { actor_id } => keys.contains(actor_id),
                Entity::Role {
                    holder: Some(h), ..
                } => keys.contains(h),
                _ => false,
            });
        if !names_side {
            continue;
        }
        carried.insert(d.sentence_index, (w, told.clone()));
        d.dates = Some((w, format!("{told} (sentence before)")));
        d.rule = format!("{}+carried_day", d.rule);
    }
}

/// A written year ("2014"): the date of an entry is a full date.
static YEAR_DIGITS: LazyLock<Re> = regex!(r"\b[12][0-9]{3}\b");

/// Dates and places the mentions of dated entries by their entry
/// (module essay: "Dated entries").
pub(super) fn entry_dates(ctx: &DocContext, places: &[PlaceRef], drafts: &mut [Draft]) {
    let text = ctx.doc.text.as_str();
    // (entry start, entry end, its days, its date's words, its header's place)
    let entries: Vec<(usize, usize, Interval, &str, Option<&PlaceRef>)> = ctx
        .timexes
        .iter()
        .filter(|x| x.kind == TimexType::Date && YEAR_DIGITS.is_match(&x.text))
        .filter_map(|x| {
            let w = x.interval.filter(|w| w.precision == Precision::Day)?;
            let end = entry_end(text, x.begin, x.end)?;
            // the header: from the date to the first stop of the line
            let header = text
                .get(x.end..end)
                .and_then(|t| t.find(". ").or_else(|| t.find('.')))
                .map_or(end, |i| x.end + i);
            let place = places.iter().find(|p| p.start >= x.end && p.end <= header);
            Some((x.begin, end, w, x.text.as_str(), place))
        })
        .collect();
    if entries.is_empty() {
        return;
    }
    for d in drafts.iter_mut().filter(|d| !d.derived) {
        let at = d.trigger.0;
        let Some(&(_, _, w, told, place)) = entries.iter().find(|e| e.0 <= at && at < e.1) else {
            continue;
        };
        let within = |x: &Interval| x.start >= w.start && x.end <= w.end;
        let own = d.dates.as_ref().map(|(x, _)| *x);
        let takes_days = match own {
            None => true,
            // a visit lasts the entry's days: its day inside them is a part
            Some(x) => d.event_type == EventType::Visit && within(&x) && x != w,
        };
        if takes_days {
            d.dates = Some((w, format!("{told} (entry)")));
            d.rule = format!("{}+entry_date", d.rule);
            if d.status == Status::Planned && !d.cued && ctx.dct.is_some_and(|r| w.end < r) {
                d.status = Status::Occurred;
            }
        }
        let on_its_days = d.dates.as_ref().is_some_and(|(x, _)| within(x));
        let Some(p) = place.filter(|_| on_its_days) else {
            continue;
        };
        let refines = match &d.place {
            None => true,
            Some(q) => q.place_id.is_none() && p.place_id.is_some() && q.country == p.country,
        };
        if refines {
            d.place = Some(p.clone());
            d.rule = format!("{}+entry_place", d.rule);
        }
    }
}

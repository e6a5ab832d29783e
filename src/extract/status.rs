//! Status and negation: whether a trigger reports an event that occurred, is
//! planned, is only proposed, or was called off, or is negated ("has not
//! visited", "no meeting is planned") and reports nothing.
//!
//! A hope is a proposal: "hopes to", and a hope of a trip or talks with
//! words before the infinitive ("he hoped next week to travel to talk").
//!
//! The cues are read in the trigger's clause: back to the previous clause
//! boundary (at most 160 bytes) and 80 bytes on. Cancellation beats proposal,
//! proposal beats plan, plan beats the default (occurred). A trigger dated
//! after the document's date is planned whatever its tense (see
//! `extract::resolve_status`). A journey in reported speech ("sources said
//! ... a delegation would leave for Washington", "he added that a mission
//! would travel to Brazil") is planned; a meeting that "ended with a call
//! for further talks" occurred (the cues after "ended with" are its
//! outcome's, not its status). "this year's economic summit", "next month's
//! OAU summit" are ahead unless a past verb governs them; a visit named as
//! the occasion of another act ("took the opportunity of the King's visit to
//! invite him to join the call") is under way. An agreement to meet ("have
//! provisionally agreed to hold talks") is planned, unless refused or
//! conditional. Talks a journey still ahead goes for ("was to leave later
//! today for Ottawa for trade talks") are planned: the cue before the
//! journey's verb is theirs (round 15). A second act of the subject after
//! "and" ("called Albanese to explain the decision and invited him to
//! visit") keeps its cue: the call occurred (round 16). Talks "abandoned"
//! had begun, so they occurred ("ministers abandoned talks", "the
//! negotiations were abandoned"), like talks that broke off or collapsed;
//! an abandoned visit or plan for talks is cancelled (round 16).
//!
//! Round 17: a cancel cue whose own object comes first ("cancel the tariffs
//! ahead of next month's meeting") leaves the meeting alone; "proposal" is a
//! cue only as a proposal of talks or a trip ("a proposal for talks", "a
//! proposal that they meet"), not a proposal that is a topic ("offer a
//! proposal at next week's meeting"); "next week's meeting" is the occasion
//! to come; a headline's "TO RESUME / BEGIN / START / OPEN / ATTEND / HEAD
//! FOR" is a plan like its "TO VISIT", and so is its "PLAN(S) ... TALKS".
//! A second reported clause after a reporting verb ("said the summit was
//! off, but that the leaders would instead meet in Rome") reports a
//! decision, a plan, not a wish; a meeting that will "not go ahead" is
//! cancelled.

use std::sync::LazyLock;

use crate::re::Re;

use super::triggers::Trigger;
use super::Status;

static NEGATED: LazyLock<Re> = regex!(
    r"(?i)(?:\b(?:no|not|never|without|nor|neither|cannot)|n't)\s+(?:(?:been|had|have|any|a|an|the|his|her|their|yet|to|be|plans?|for|further|more|immediate|official|formal|direct|bilateral|face-to-face|personal|new|such)\s+){0,3}$"
);

static CANCELLED: LazyLock<Re> = regex!(
    r"(?i)(?:\bnot|n't|n’t|\bnever)\s+go(?:es)?\s+ahead\b|\b(?:called off|call off|calls off|postpon(?:e|es|ed|ing)|cancell?ed|cancel(?:s|ing|ling)?\b|scrapped|shelved|put off|scuttled|abandoned|indefinitely)"
);

static PROPOSED: LazyLock<Re> = regex!(
    r"(?i)\b(?:should|could|might|may|must|ought to|would)\s+(?:[\w-]+\s+){0,3}?(?:meet|visit|hold|have|take place|be held|travel|go|come|sit|talk|organi[sz]e|set up|arrange|agree|schedule)|\b(?:is|are|be|was|were) (?:required|needed|necessary|essential)\b|\bpropos(?:e|ed|es|ing)\b|\bproposals?\s+(?:(?:for|of|to)\s+(?:[\w'’-]+\s+){0,4}?(?:talks|meetings?|summits?|visits?|trips?|conferences?|negotiations|sessions?|meet|visit|hold|travel)\b|that\b)|\binvit(?:e|ed|es|ing|ation)\b|\bcall(?:s|ed|ing)? for\b|\bpossib(?:le|ility)\b|\bhopes? (?:to|for)\b|\bhop(?:es?|ed|ing)\s+(?:[\w-]+\s+){0,2}?to\s+(?:visit|travel|meet|go|come|hold|talk)\b|\bready (?:to|for)\b|\bwould like\b|\blook(?:s|ed|ing)? forward to\b|\burg(?:e|es|ed|ing)\b|\badvocat|\bcapable of\b|\bidea of\b|\bwants? to\b"
);

/// A second act of a verb trigger's subject, told in the past after "and":
/// "called X and invited him to ...", "met Y and urged ...".
static NEXT_ACT: LazyLock<Re> = regex!(
    r"(?i)(?:,\s*|\s)and\s+(?:also\s+|then\s+|later\s+)?(?:invited|urged|proposed|offered|called\s+for|asked|hoped)\b"
);

/// "abandoned (the) talks", "abandoned peace negotiations": talks given up
/// after they began (round 16: 2 sentences of Reuters, none in the White
/// House; "broke off talks", "talks collapsed" and "talks broke down", 27
/// more, carry no cancel cue). Not "abandoned plans for talks" nor an
/// abandoned visit, which never took place.
static ABANDONED_TALKS: LazyLock<Re> = regex!(
    r"(?i)^abandon(?:s|ed|ing)?\s+(?:(?:the|their|its|these|those|this\s+week['’]s)\s+)?(?:[a-z]+(?:-[a-z]+)?\s+)?(?:talks|negotiations|discussions)\b"
);

/// "(the talks) were abandoned": talks right before the cue.
static TALKS_ABANDONED: LazyLock<Re> = regex!(
    r"(?i)\b(?:talks|negotiations|discussions)\s+(?:(?:was|were|have|has|had|been)\s+){1,2}$"
);

/// Whether a cancel cue (`after` starts at it, `before` ends there) is
/// "abandoned" said of talks that had begun.
fn abandoned_talks(after: &str, before: &str) -> bool {
    if !after
        .get(..7)
        .is_some_and(|w| w.eq_ignore_ascii_case("abandon"))
    {
        return false;
    }
    let from = crate::text::ceil_boundary(before, before.len().saturating_sub(40));
    ABANDONED_TALKS.is_match(after) || TALKS_ABANDONED.is_match(&before[from..])
}

/// Between a cancel cue and a trigger after it: a preposition that opens
/// a phrase of its own ("cancel the tariffs ahead of next month's meeting",
/// "postponed the vote until after the summit"), so the cue's object is
/// another noun (round 17: 1 of the 8 cancelled mentions of Reuters, none
/// of the White House's).
static OBJECT_BEFORE: LazyLock<Re> =
    regex!(r"(?i)(?:ahead of|before|prior to|after|following|until|during|at)");

static CONDITIONAL: LazyLock<Re> = regex!(r"(?i)\b(?:if|unless|whether)\b");

/// "Russia is hosting talks on October 20": a present progressive with a
/// date is an arrangement (the futurate progressive).
pub fn progressive(sentence: &str, trig: &Trigger) -> bool {
    static PROG: LazyLock<Re> = regex!(r"(?i)\b(?:is|are|am)\s+(?:\w+ing\s+)?$");
    let from = crate::text::ceil_boundary(sentence, trig.start.saturating_sub(30));
    let word = sentence.get(trig.start..trig.end).unwrap_or("");
    PROG.is_match(&sentence[from..trig.start])
        && (word
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with("ing"))
            || PROG.is_match(&sentence[from..trig.start]) && trig.noun)
}

/// "said a mission would travel", "added that a delegation would leave":
/// a plan in reported speech (future in the past), unless the modal is a
/// wish or a condition ("would like to", "would be ready to").
static REPORTED_PLAN: LazyLock<Re> = regex!(
    r"(?i)\b(?:said|says|announced|confirmed)\b(?:\b[A-Z]\.|[^.;]){0,40}\bwould\b|\b(?:said|says|announced|confirmed)\s+that\s+(?:on|next|this|later)\s+(?:\b[A-Z]\.|[^.;]){0,80}?\bwould\s+(?:meet|visit|hold|travel|attend|go|fly|arrive)\b|\b(?:said|says|announced|confirmed|added|told\s+\w+|stated|indicated)\b[^.;]{0,100}?\bwould\s+(?:\w+\s+)?(?:travel|leave|depart|fly|arrive|return|attend|begin|start|open|resume|take place|be held)\b"
);

/// "said the summit was off, but that the leaders would instead meet in
/// Rome": a second reported clause, coordinated after a reporting verb
/// earlier in the sentence, reports a decision (a plan), not a wish.
static REPORTED_THAT: LazyLock<Re> = regex!(
    r"(?i)^\s*(?:but|and)\s+(?:also\s+)?that\s+(?:\b[A-Z]\.|[^.;,]){0,60}?\bwould\s+(?:(?:instead|also|still|then|now|later|soon|first|again)\s+)?(?:meet|visit|hold|travel|go|fly|attend|gather|convene|leave|return)\b"
);
static REPORTING_BEFORE: LazyLock<Re> =
    regex!(r"(?i)\b(?:said|says|announced|confirmed|added|stated|told\s+\w+)\b");

/// "the meeting ended with a call for further talks", "closed with an
/// appeal to": the rest of the clause is the finished meeting's outcome,
/// whose cues ("call for", "urge") are not the meeting's status.
static OUTCOME: LazyLock<Re> = regex!(
    r"(?i)^[^.;]{0,60}?\b(?:ended|closed|concluded|finished|broke up|wound up|adjourned)\s+(?:on\s+\w+\s+)?(?:with|by|in)\b"
);

static PLANNED: LazyLock<Re> = regex!(
    r"(?i)\b(?:will|shall|'ll)\b|\b(?:is|are|was|were|be) (?:(?:also|now|still|currently|already) )?(?:due|expected|scheduled|set|slated|planned|going|to be held)\b|\b(?:is|are) to\b|\bprepar(?:e|es|ing) to\b|\b(?:is|are) about to\b|\bplan(?:s|ned|ning)? to\b|\bplanned\b|\bupcoming\b|\bforthcoming\b|\bexpected\b|\bexpects?\s+(?:[\w.'-]+\s+){1,4}?(?:-\s[^-;]{0,120}\s-\s+)?to\s+(?:meet|visit|hold|travel|attend|arrive|go|fly|resume|open|begin|start|convene|gather)\b|\bnext (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter)\b|\bto be held\b|\bin coming (?:days|weeks|months)\b|\bin the coming\b|\blater this (?:week|month|year)\b|\blater in the (?:week|month|year)\b|\bto be followed\b|\bin preparation for\b|\bprepar(?:e|es|ed|ing) (?:for|the ground)\b|\blater (?:today|tonight)\b|\bahead of (?:a|an|the|his|her|their|next|this)\b|\bscheduled\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|talks|meeting|summit|arrival|departure)\b|\b(?:flies|leaves|travels|heads|departs|goes|sets\s+off)\b[^.;]{0,60}?\b(?:today|tonight|tomorrow)\b|\b(?:next|then)\s+(?:heads|flies|travels|goes|moves\s+on|leaves|departs|visits)\b"
);

/// "the scheduled arrival of U.S. Commerce Secretary Baldrige for talks",
/// "the expected departure here of the envoy for a meeting": a journey
/// still ahead whose purpose is the trigger (which must follow "for", "to
/// hold" or "to attend" within two words).
static JOURNEY_AHEAD: LazyLock<Re> = regex!(
    r"(?i)\b(?:scheduled|expected|planned|proposed|impending|upcoming|forthcoming|anticipated|imminent)\s+(?:arrival|departure|return|stay|trip|journey)\s+(?:here\s+|there\s+)?(?:of|by)\s+(?:\b[A-Z]\.|[^.;])*?\b(?:for|to\s+hold|to\s+attend)\s+(?:[\w-]+\s+){0,2}$"
);

/// "was to leave later today for Ottawa for trade talks", "will fly to
/// Tokyo next week for talks": talks that are the purpose ("for") of a
/// journey verb in their clause; the verb is a bare infinitive, so a cue
/// before it says whether the journey is ahead ([`PLAN_BEFORE_JOURNEY`]).
static JOURNEY_FOR: LazyLock<Re> = regex!(
    r"(?i)\b(?:leave|fly|travel|go|head|depart|set\s+off|come|return)\b[^.;]{0,80}?\bfor\s+(?:[\w-]+\s+){0,2}$"
);

/// The cue before a journey's bare verb that puts it ahead: "was to", "were
/// due to", "is expected to", "will", "would" (reported speech).
static PLAN_BEFORE_JOURNEY: LazyLock<Re> = regex!(
    r"(?i)\b(?:(?:was|were|is|are)\s+(?:(?:also|now|still)\s+)?(?:due\s+|expected\s+|scheduled\s+|set\s+|going\s+)?to|will|would|shall|'ll)\s+(?:(?:also|then|now|soon|later|shortly)\s+)?$"
);

/// "agreed to hold talks", "have agreed in principle to meet": a
/// settled arrangement right before the trigger (not "would agree to").
static AGREED_TO: LazyLock<Re> =
    regex!(r"(?i)\bagreed\s+(?:(?:in\s+principle|on\s+\w+day|today|yesterday)\s+)?to\s+$");

/// A refusal or a failure to agree ("have not agreed to", "refused").
static REFUSED: LazyLock<Re> =
    regex!(r"(?i)\b(?:not|never|refused|declined|failed|if|unless|whether|would\s+have)\b|n't\b");

/// "looks forward to welcoming X to the White House on Friday" (or
/// "tomorrow", "July 9-11"), "has invited X to the White House for a meeting
/// on Tuesday, December 12": the host's announcement of a visit, not a hope.
static HOST_PLAN: LazyLock<Re> = regex!(
    r"(?i)(?:\blook(?:s|ed|ing)? forward to (?:welcoming|hosting|receiving)|\b(?:has|have) invited)\b[^;]{0,200}\b(?:(?:(?:on|in|next|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)|tomorrow|tonight|today|later today)"
);

/// "today's meeting", "their meeting later today", "tomorrow's talks": an
/// occasion of the report's own day or the next (see [`SAME_DAY_AHEAD`]).
static SAME_DAY_BEFORE: LazyLock<Re> = regex!(
    r"(?i)\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening))['’]s\s+(?:[\w-]+\s+){0,2}$"
);

static SAME_DAY_AFTER: LazyLock<Re> = regex!(
    r"(?i)^\s+(?:(?:later|earlier)\s+)?(?:today|tonight|tomorrow|this (?:morning|afternoon|evening))\b"
);

static NOUN_WORD: LazyLock<Re> =
    regex!(r"(?i)(?:meetings?|talks|summit|call|visit|bilateral|conversation)$");

/// "looks forward to today's meeting", "ahead of their meeting today",
/// "before tomorrow's talks": a statement issued before the day's occasion;
/// the occasion is planned (status from the statement's time).
static SAME_DAY_AHEAD: LazyLock<Re> = regex!(
    r"(?i)\b(?:look(?:s|ed|ing)? forward to|ahead of|in advance of|before|in preparation for|prepar(?:e|es|ed|ing) for|to prepare for)\s+(?:[\w'’-]+\s+){0,3}$"
);

/// "X talks with Y from time to time": a habit, no event. The window may
/// hold an abbreviation's dots ("talks with the U.S. Treasury Secretary
/// from time to time").
static HABITUAL: LazyLock<Re> = regex!(
    r"(?i)^(?:\b[A-Z]\.|[^.;,]){0,50}?\b(?:from time to time|regularly|routinely|every (?:year|month|week))\b"
);

/// "G-7 MEETING UNLIKELY", "a summit is unlikely before June": the
/// occasion itself is doubted, no event ("talks are unlikely to produce
/// results" doubts an outcome, and the talks stand).
static UNLIKELY: LazyLock<Re> = regex!(
    r"(?i)^\s*(?:(?:is|are|was|were|seems?|seemed|appears?|appeared|looks?|looked|now|still|highly|very|increasingly)\s+){0,3}unlikely\b(?:\s+to\b)?"
);

static OTHER_EVENT: LazyLock<Re> =
    regex!(r"(?i)\b(?:trip|visit|tour|meeting|summit|talks|conference)s?\b");

/// A headline's infinitive of a journey or of talks to come: "SHULTZ TO
/// VISIT MOSCOW", "EC MINISTERS TO RESUME PRICE TALKS", "U.S., SOVIETS TO
/// BEGIN TALKS", "SHULTZ TO HEAD FOR MOSCOW TALKS" (round 17: resume,
/// begin, start, open, attend and head for, 13 diplomatic and trade
/// headlines of Reuters; "TO HEAD OFF" is no journey).
static HEADLINE_TO: LazyLock<Re> = regex!(
    r"(?i)\bto (?:visit|meet|travel|hold|host|fly|tour|resume|begin|start|open|attend|head for)\b"
);

/// A headline's "PLAN(S)" right before the trigger: "EC, U.S. PLAN
/// HIGH-LEVEL TRADE TALKS", "YEUTTER PLANS TRADE TRIP" (round 17: 3
/// Reuters headlines; "NO PLANS FOR ... TALKS" is negated first).
static HEADLINE_PLAN: LazyLock<Re> = regex!(r"(?i)\bplans?\s+(?:[\w.'-]+\s+){0,3}$");

static OCCURRED: LazyLock<Re> = regex!(
    r"(?i)\b(?:previously|recent(?:ly)?|last (?:week|month|year|summer|spring|autumn|fall|winter)|took place|wrapped up|was held|were held|held|follow(?:s|ed)|during (?:his|her|their|the|a|an)|after the|following)\b"
);

/// "their next meeting", "the next round of talks": the occasion to come.
static NEXT_ONE: LazyLock<Re> =
    regex!(r"(?i)\b(?:next|upcoming|coming)\s+(?:(?:[\w-]+(?:['’]s)?|round of)\s+){0,2}$");

/// "this year's economic", "next month's OAU ", "this summer's ": a season
/// not over yet names its occasion (`status`).
static THIS_SEASONS: LazyLock<Re> = regex!(
    r"(?i)\b(?:this|next|coming)\s+(?:year|month|spring|summer|autumn|fall|winter|session)['’]s\s+(?:[\w-]+\s+){0,3}$"
);

/// The word before "this year's ...": a verb in the past tense that governs
/// it ("attended", "held").
static PAST_GOVERNOR: LazyLock<Re> = regex!(
    r"(?i)^(?:attended|held|hosted|chaired|opened|closed|ended|wrapped|after|since|following|during|from|was|were)$"
);

/// Right after "this year's summit": its own past ("ended", "was held").
static PAST_AFTER: LazyLock<Re> = regex!(
    r"(?i)^\W*(?:(?:in|at)\s+[\w.-]+\s+)?(?:was|were|had|ended|took place|failed|broke down|closed|opened|agreed|adopted|decided|produced|endorsed|approved)\b"
);

/// "took the opportunity of His Majesty's ", "on the occasion of the
/// Prime Minister's ": a noun named as the occasion of another act.
static OCCASION_OF: LazyLock<Re> = regex!(
    r"(?i)\b(?:opportunity|occasion|advantage)\s+of\s+(?:[\w.'’-]+\s+){0,7}?(?:[\w.-]+['’]s?\s+)?(?:[\w-]+\s+)?$"
);

/// "their last meeting", "the previous session": the occasion that was.
static LAST_ONE: LazyLock<Re> = regex!(
    r"(?i)\b(?:last|previous|latest|most recent|earlier)\s+(?:(?:[\w-]+|round of)\s+){0,2}$"
);

/// Where a trigger's clause begins (byte offset into the sentence).
/// "expect the six - Britain, Canada, France - to meet": a list set off
/// by dashes just before the trigger, whose commas cut no clause.
static DASHED_LIST: LazyLock<Re> = regex!(r"\s-\s[^-;]{0,160}\s-\s+(?:to\s+)?$");

fn clause_start(sentence: &str, at: usize) -> usize {
    let floor = at.saturating_sub(260);
    let mut start = 0;
    let dashed = DASHED_LIST.find(&sentence[..at]).map(|m| m.start());
    for (i, c) in sentence[..at].char_indices() {
        if dashed.is_some_and(|d| i >= d) {
            break;
        }
        if matches!(c, ';' | ':' | '(' | '—' | '?' | '!') || (c == ',' && i + 1 < at) {
            start = i + c.len_utf8();
        }
    }
    crate::text::ceil_boundary(sentence, start.max(floor))
}

fn clause_end(sentence: &str, at: usize) -> usize {
    let end = crate::text::floor_boundary(sentence, at + 80);
    match sentence[at..end].find([';', '(', '»', '”', '?']) {
        Some(i) => at + i,
        None => end,
    }
}

static PAST: LazyLock<Re> = regex!(
    r"(?i)^(?:met|held|went|flew|came|spoke|talked|visited|arrived|conferred|sat|began|opened|started|conducted|hosted|received|welcomed|travell?ed|left|ended|wrapped|concluded|completed)\b"
);

static PREVENTED: LazyLock<Re> = regex!(
    r"(?i)\b(?:prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|instead of|rather than|every time|whenever)\b"
);

/// Whether the trigger is negated ("has not been to", "no meeting") or
/// not an event at all ("prevented an early summit", "every time they meet").
pub fn negated(sentence: &str, trig: &Trigger) -> bool {
    let from = clause_start(sentence, trig.start);
    let before = &sentence[from..trig.start];
    let end = clause_end(sentence, trig.end);
    NEGATED.is_match(before)
        || PREVENTED.is_match(before)
        || HABITUAL.is_match(&sentence[trig.end..end])
        || doubted(sentence, trig)
}

/// The trigger's noun is called unlikely right after it ("MEETING
/// UNLIKELY THIS SUMMER"), not its outcome ("unlikely to change").
fn doubted(sentence: &str, trig: &Trigger) -> bool {
    let word = sentence.get(trig.start..trig.end).unwrap_or("");
    if !trig.noun && !NOUN_WORD.is_match(&word.to_lowercase()) {
        return false;
    }
    let after = sentence.get(trig.end..).unwrap_or("");
    UNLIKELY
        .find(after)
        .is_some_and(|m| !m.as_str().to_lowercase().ends_with(" to"))
}

/// The status the trigger's clause states, and whether a cue decided it
/// (false: the default, occurred).
pub fn status(sentence: &str, trig: &Trigger) -> (Status, bool) {
    // "said in Caracas that rates would fall": the speaker was there; the
    // modals of what was said are not the stay's
    if trig.rule == "visit.said_in" {
        return (Status::Occurred, true);
    }
    let mut from = clause_start(sentence, trig.start);
    let mut to = clause_end(sentence, trig.end);
    if trig.noun {
        // a noun's cues are its neighbours: "the planned visit", "the visit was called off"
        from = crate::text::ceil_boundary(sentence, from.max(trig.start.saturating_sub(30)));
        to = crate::text::floor_boundary(sentence, to.min(trig.end + 40));
    }
    // "winding up a visit, said he expected ...": a reporting verb after the
    // trigger opens another clause
    static REPORTING: LazyLock<Re> = regex!(r"(?i)\b(?:said|says|told|added|noted|stressed)\b");
    if let Some(m) = REPORTING.find(&sentence[trig.end..to]) {
        to = trig.end + m.start();
    }
    // "called Albanese on Tuesday to explain the decision and invited him
    // to visit Washington": a second act of the subject, in the past, is
    // its own clause; its cue is not the verb's (round 16)
    if !trig.noun {
        if let Some(m) = NEXT_ACT.find(&sentence[trig.end..to]) {
            to = trig.end + m.start();
        }
    }
    if let Some(m) = OUTCOME.find(&sentence[trig.end..to]) {
        to = trig.end + m.end();
    }
    let before = &sentence[from..trig.start];
    let clause = &sentence[from..to];
    let trigger = &sentence[trig.start..trig.end];
    // "spoke to Albanese to inform him that he will be postponing his
    // trip": a cue after another event's noun is that event's
    let own_cancel = CANCELLED.find_iter(clause).any(|m| {
        let at = from + m.start();
        // "ministers early today abandoned talks", "the negotiations were
        // abandoned": talks given up had begun, so they occurred
        if abandoned_talks(&sentence[at..], &sentence[..at]) {
            return false;
        }
        let upto = crate::text::floor_boundary(sentence, from + m.end() + 30);
        // "cancel the tariffs ahead of next month's meeting": the cue's
        // object comes before a preposition that leads to the trigger
        if from + m.end() <= trig.start
            && OBJECT_BEFORE.is_match(&sentence[from + m.end()..trig.start])
        {
            return false;
        }
        at < trig.end || !OTHER_EVENT.is_match(&sentence[trig.end..upto])
    });
    if own_cancel {
        return (Status::Cancelled, true);
    }
    // "at their next meeting", "the last session of": an order word right
    // before a noun (its 30-byte window) says which occasion it is
    if trig.noun || trigger.eq_ignore_ascii_case("meeting") {
        let near = crate::text::ceil_boundary(sentence, from.max(trig.start.saturating_sub(30)));
        let near = &sentence[near..trig.start];
        if NEXT_ONE.is_match(near) {
            return (Status::Planned, true);
        }
        if LAST_ONE.is_match(near) {
            return (Status::Occurred, true);
        }
        // "at this year's economic summit", "next month's OAU summit": the
        // occasion of a season still running is ahead, unless a past verb
        // governs it ("attended this year's summit", "this year's talks
        // ended")
        let wide = crate::text::ceil_boundary(sentence, from.max(trig.start.saturating_sub(50)));
        let wide = &sentence[wide..trig.start];
        if let Some(m) = THIS_SEASONS.find(wide) {
            let last_verb = wide[..m.start()]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next();
            let past_before = last_verb.is_some_and(|w| PAST_GOVERNOR.is_match(w));
            let past_after = PAST_AFTER.is_match(&sentence[trig.end..to]);
            if !past_before && !past_after {
                return (Status::Planned, true);
            }
        }
    }
    // "ahead of today's meeting": before a past cue farther back in the
    // clause ("remained within recent ranges because ... ahead of today's
    // meeting"), which is not the occasion's
    if let Some(st) = same_day_ahead(sentence, from, trig) {
        return (st, true);
    }
    // "two days before the scheduled arrival of Baldrige for talks": the
    // talks of a journey still ahead are planned (the noun's own 30-byte
    // window does not reach back to the journey)
    if trig.noun {
        let wide = crate::text::ceil_boundary(
            sentence,
            clause_start(sentence, trig.start).max(trig.start.saturating_sub(140)),
        );
        if JOURNEY_AHEAD.is_match(&sentence[wide..trig.start]) {
            return (Status::Planned, true);
        }
        // "Rha was to leave later today for Ottawa for trade talks": the
        // talks a journey still ahead goes for are planned
        if let Some(m) = JOURNEY_FOR.find(&sentence[wide..trig.start]) {
            if PLAN_BEFORE_JOURNEY.is_match(&sentence[wide..wide + m.start()]) {
                return (Status::Planned, true);
            }
        }
    }
    if OCCURRED.is_match(before) && !PLANNED.is_match(before) {
        return (Status::Occurred, true);
    }
    // "took the opportunity of King Abdullah's visit to the White House to
    // invite him to join the call": the visit is the occasion of the clause's
    // own verb, under way when it happens; the cues after it are that verb's
    let wide = crate::text::ceil_boundary(
        sentence,
        clause_start(sentence, trig.start).max(trig.start.saturating_sub(120)),
    );
    let wide = &sentence[wide..trig.start];
    if trig.noun && OCCASION_OF.is_match(wide) {
        let st = if PLANNED.is_match(wide) {
            Status::Planned
        } else {
            Status::Occurred
        };
        return (st, true);
    }
    // "met X last night and will today hold talks": a verb in the past tense
    // is not planned by a modal later in its clause
    if !trig.noun && PAST.is_match(trigger) && !PLANNED.is_match(before) {
        return (Status::Occurred, false);
    }
    // "have provisionally agreed to hold talks": an agreement to meet is a
    // plan, whatever "possible" a topic of the talks carries
    if !trig.noun && AGREED_TO.is_match(before) && !REFUSED.is_match(before) {
        return (Status::Planned, true);
    }
    // the host's announcement reaches its date beyond the clause window
    let host_plan = HOST_PLAN.is_match(&sentence[from..]);
    let reported_that =
        REPORTED_THAT.is_match(clause) && REPORTING_BEFORE.is_match(&sentence[..from]);
    if REPORTED_PLAN.is_match(clause) || host_plan || reported_that {
        return (Status::Planned, true);
    }
    if PROPOSED.is_match(clause) || (trig.noun && CONDITIONAL.is_match(before)) {
        return (Status::Proposed, true);
    }
    if PLANNED.is_match(clause) || PLANNED.is_match(trigger) {
        return (Status::Planned, true);
    }
    let headline = !sentence
        .trim_end()
        .ends_with(['.', '!', '?', '»', '"', '”', ')']);
    if headline && (HEADLINE_TO.is_match(sentence) || HEADLINE_PLAN.is_match(before)) {
        return (Status::Planned, true);
    }
    (Status::Occurred, false)
}

/// "looks forward to today's meeting", "ahead of their meeting today": the
/// day's meeting told before it happens is planned, whatever else the clause
/// says ("look forward to" alone is a hope).
fn same_day_ahead(sentence: &str, from: usize, trig: &Trigger) -> Option<Status> {
    // a noun only: "before he met today" is no occasion ahead
    let word = sentence.get(trig.start..trig.end)?.to_lowercase();
    if !trig.noun && !NOUN_WORD.is_match(&word) {
        return None;
    }
    let near = crate::text::ceil_boundary(sentence, from.max(trig.start.saturating_sub(60)));
    let before = sentence.get(near..trig.start)?;
    let after = sentence.get(trig.end..)?;
    let today = if SAME_DAY_BEFORE.is_match(before) {
        // "ahead of today's": the cue stands before the day word
        let day = SAME_DAY_BEFORE.find(before)?;
        before.get(..day.start())?
    } else if SAME_DAY_AFTER.is_match(after) {
        before
    } else {
        return None;
    };
    SAME_DAY_AHEAD.is_match(today).then_some(Status::Planned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::triggers;

    fn st(s: &str) -> Status {
        let t = triggers::find(s);
        status(s, &t[0]).0
    }

    fn neg(s: &str) -> bool {
        let t = triggers::find(s);
        negated(s, &t[0])
    }

    #[test]
    fn a_second_reported_clause_reports_a_plan() {
        // "but that ... would meet" after a reporting verb: a decision reported
        let s = "The premier said on Friday that the Oslo talks were off, but that the three ministers would instead meet in Bergen next month.";
        let t = triggers::find(s);
        let m = t
            .iter()
            .find(|t| &s[t.start..t.end] == "meet")
            .expect("meet");
        assert_eq!(status(s, m).0, Status::Planned);
        // no reporting verb before it: still a wish
        assert_eq!(
            st("Maybe the ministers could instead meet in Bergen next month."),
            Status::Proposed
        );
    }

    #[test]
    fn a_meeting_that_will_not_go_ahead_is_cancelled() {
        assert_eq!(
            st("The Lisbon summit would not go ahead as planned, officials said."),
            Status::Cancelled
        );
        assert_eq!(
            st("The Lisbon summit won't go ahead this year."),
            Status::Cancelled
        );
    }

    #[test]
    fn tense_and_modals() {
        assert_eq!(st("Kerry visited Moscow on Tuesday."), Status::Occurred);
        assert_eq!(st("Kerry will visit Moscow on March 23."), Status::Planned);
        assert_eq!(st("Kerry is due to visit Moscow."), Status::Planned);
        assert_eq!(
            st("Kerry is expected to arrive in Moscow."),
            Status::Planned
        );
        assert_eq!(st("Merkel plans to visit Kyiv."), Status::Planned);
        // a subject listed between dashes
        assert_eq!(
            st("Dealers expect the six - Britain, Canada, the U.S. and Japan - to meet in May."),
            Status::Planned
        );
        // "said in X" is the speaker's stay, whatever was said
        assert_eq!(
            st("Sodre said in Caracas that talks would resume."),
            Status::Occurred
        );
        assert_eq!(
            st("the upcoming meeting between Obama and Putin."),
            Status::Planned
        );
        assert_eq!(st("Putin and Trump should meet soon."), Status::Proposed);
        assert_eq!(st("A bilateral summit is required."), Status::Proposed);
        assert_eq!(st("Xi invited Putin to visit Beijing."), Status::Proposed);
        assert_eq!(
            st("Biden said he looked forward to visiting Canada soon."),
            Status::Proposed
        );
        assert_eq!(st("The visit was called off."), Status::Cancelled);
        // a past hope, with a time before its verb, is still a proposal
        assert_eq!(
            st("Lopez said he hoped next week to visit Ottawa."),
            Status::Proposed
        );
        // a past-tense verb is not planned by a later modal of its clause
        assert_eq!(
            st("Santos last night met Hernandez and will today hold talks."),
            Status::Occurred
        );
        assert_eq!(st("Biden will travel to Brussels."), Status::Planned);
        assert_eq!(st("The meeting has been postponed."), Status::Cancelled);
        // talks given up had begun; an abandoned plan or trip did not happen
        assert_eq!(
            st("The farm ministers early today abandoned talks on milk quotas."),
            Status::Occurred
        );
        assert_eq!(
            st("The two sides abandoned their trade talks after a week."),
            Status::Occurred
        );
        assert_eq!(
            st("The minister abandoned plans for talks with Ottawa."),
            Status::Cancelled
        );
        assert_eq!(
            st("Baker abandoned his visit to Canberra."),
            Status::Cancelled
        );
        // the cue is another event's: the call took place
        assert_eq!(
            st("Biden spoke to Albanese today to inform him that he will be postponing his trip."),
            Status::Occurred
        );
    }

    #[test]
    fn the_next_leg_of_a_tour_is_planned() {
        assert_eq!(
            st("The Senate team next heads for the United Arab Emirates, their last stop."),
            Status::Planned
        );
        assert_eq!(
            st("The delegation then flies to Tokyo for talks."),
            Status::Planned
        );
        // a past leg
        assert_eq!(
            st("The delegation then flew to Tokyo for talks."),
            Status::Occurred
        );
    }

    #[test]
    fn talks_of_a_scheduled_arrival_are_planned() {
        let s = "The policy change was announced two days before the scheduled arrival of U.S. Commerce Secretary Malcolm Baldrige for talks with Trade Minister Rha Woong-bae.";
        assert_eq!(st(s), Status::Planned);
        assert_eq!(
            st("It came a day before the expected arrival here of the French envoy for a meeting with Kohl."),
            Status::Planned
        );
        // a journey made: the talks it was for took place
        assert_eq!(
            st("Since the arrival of Baldrige for talks with Rha on Monday, the won rose."),
            Status::Occurred
        );
        // a scheduled journey whose purpose is not the talks
        assert_eq!(
            st("Before the scheduled arrival of the ship for repairs, Smith held talks with Jones."),
            Status::Occurred
        );
    }

    #[test]
    fn talks_a_journey_ahead_goes_for_are_planned() {
        // (round 15) the plan's cue stands before the journey's verb, out of
        // the noun's own window
        assert_eq!(
            st_of(
                "The minister was to leave later this evening for Lisbon for economic talks with Portuguese officials.",
                "talks"
            ),
            Status::Planned
        );
        assert_eq!(
            st_of(
                "Officials said the envoy would fly on to Canberra next Tuesday for talks with Australian ministers.",
                "talks"
            ),
            Status::Planned
        );
        // a journey made: the talks it was for took place
        assert_eq!(
            st_of(
                "The minister left Madrid on Monday for Lisbon for economic talks with Portuguese officials.",
                "talks"
            ),
            Status::Occurred
        );
    }

    #[test]
    fn wire_plans_scheduled_and_present_motion_with_today() {
        // "a scheduled <city> visit" is planned, and so is a present-tense
        // departure "today": the report is written before the flight
        assert_eq!(
            st("The row comes days before a scheduled Madrid visit by the envoy."),
            Status::Planned
        );
        assert_eq!(
            st("Jones, who travels to Oslo today for talks with officials, spoke."),
            Status::Planned
        );
        assert_eq!(st("Jones travelled to Oslo today."), Status::Occurred);
        // wire copy breaks lines anywhere
        assert_eq!(
            st("It came days before a scheduled Madrid\nvisit by the envoy."),
            Status::Planned
        );
        // "during a visit" told in the past is not planned by a later "will"
        assert_eq!(
            st("Jones yesterday predicted during a visit here that the bill will pass."),
            Status::Occurred
        );
    }

    #[test]
    fn a_departure_being_prepared_or_also_due_is_planned() {
        assert_eq!(
            st("Jones, preparing to depart for the Oslo summit on Wednesday, said the talks mattered."),
            Status::Planned
        );
        assert_eq!(
            st("This week he is also due to visit Oslo."),
            Status::Planned
        );
        assert_eq!(st("Jones is about to fly to Oslo."), Status::Planned);
    }

    #[test]
    fn headline_to_visit_is_planned() {
        assert_eq!(
            st("US State Secretary John Kerry to Visit Moscow"),
            Status::Planned
        );
    }

    #[test]
    fn negation() {
        assert!(neg("Kerry has not visited Moscow for two years."));
        assert!(neg("No meeting is planned."));
        assert!(neg("Obama did not meet Putin."));
        assert!(!neg("Obama met Putin in Geneva."));
    }

    #[test]
    fn the_next_meeting_is_planned_and_the_last_one_occurred() {
        assert_eq!(
            st("The ministers agreed to review prices at their next meeting in Vienna."),
            Status::Planned
        );
        assert_eq!(
            st("Prices were discussed at the next round of talks with Japan."),
            Status::Planned
        );
        assert_eq!(
            st("Output was raised at the ministers' last meeting in Geneva."),
            Status::Occurred
        );
    }

    /// The status of the trigger whose words are `word` (the first such).
    fn st_of(s: &str, word: &str) -> Status {
        let t = triggers::find(s);
        let Some(t) = t.iter().find(|t| s.get(t.start..t.end) == Some(word)) else {
            panic!("no trigger {word:?} in {s:?}: {t:?}");
        };
        status(s, t).0
    }

    #[test]
    fn a_second_act_after_and_keeps_its_cue() {
        // round 16: the invitation is the second act's, the call occurred
        assert_eq!(
            st_of(
                "Tromp spoke by telephone with Mustermann on Monday and invited him to come to Ruritania.",
                "spoke by telephone"
            ),
            Status::Occurred
        );
        // a modal before the verb is still the verb's
        assert_eq!(
            st_of(
                "Tromp would meet Mustermann and urged others to come.",
                "meet"
            ),
            Status::Proposed
        );
    }

    #[test]
    fn the_days_meeting_told_before_it_is_planned() {
        assert_eq!(
            st_of(
                "The Chancellor looks forward to today's meeting with the Prime Minister.",
                "meeting"
            ),
            Status::Planned
        );
        assert_eq!(
            st_of(
                "Ahead of their meeting later today, the two ministers issued a statement.",
                "meeting"
            ),
            Status::Planned
        );
        assert_eq!(
            st_of(
                "In advance of tomorrow's talks in Oslo, the envoy briefed reporters.",
                "talks"
            ),
            Status::Planned
        );
        assert_eq!(
            st_of(
                "Rates remained within recent ranges as few operators are prepared to go out on a limb ahead of today's meeting of Group of Five finance ministers.",
                "meeting"
            ),
            Status::Planned
        );
        // told after it: the day's meeting occurred
        assert_eq!(
            st_of(
                "Following today's meeting, the two ministers issued a statement.",
                "meeting"
            ),
            Status::Occurred
        );
        assert_eq!(
            st_of(
                "During today's meeting the leaders discussed trade.",
                "meeting"
            ),
            Status::Occurred
        );
    }

    #[test]
    fn a_habit_and_a_doubted_meeting_are_no_events() {
        // an abbreviation's dots inside the habit's window
        assert!(neg(
            "Miyazawa told reporters he talks with the U.S. Treasury Secretary from time to time on economic issues."
        ));
        // a habit word far on is another clause's
        assert!(!neg(
            "He told reporters on arriving here for talks that technology transfers had increased every year."
        ));
        assert!(neg("U.S./SOVIET GRAIN MEETING UNLIKELY THIS SUMMER"));
        assert!(neg("G-7 MEETING UNLIKELY - ITALIAN TREASURY OFFICIAL"));
        assert!(neg("Officials said a summit was now unlikely before June."));
        // an outcome doubted: the talks stand
        assert!(!neg("The talks are unlikely to delay the tariffs."));
        assert!(!neg(
            "The meeting is unlikely to change the underlying bearish sentiment."
        ));
        // a private visit is not negated here: a sitting president's
        // ("Alfonsin, beginning a four-day private visit") counts
        assert!(!neg(
            "Alfonsin, who is beginning a four-day private visit to the U.S., was in Philadelphia."
        ));
    }

    #[test]
    fn a_meeting_that_ended_with_a_call_for_talks_occurred() {
        assert_eq!(
            st("A meeting of eight coffee producers ended with a call for further talks."),
            Status::Occurred
        );
        assert_eq!(
            st("The talks closed with an appeal to resume them soon."),
            Status::Occurred
        );
        // the call itself still proposes
        assert_eq!(
            st("Brazil called for talks with the producers."),
            Status::Proposed
        );
    }

    #[test]
    fn a_journey_in_reported_speech_is_planned() {
        assert_eq!(
            st_of(
                "Sources said the talks had gone well and a delegation would leave for Washington in three weeks.",
                "leave for"
            ),
            Status::Planned
        );
        assert_eq!(
            st("He added that a World Bank mission would travel to Brazil early next week."),
            Status::Planned
        );
        // a time opening the reported clause, a subject with dots, its "would meet"
        assert_eq!(
            st("The spokesman said that on Thursday and Friday Deputy U.S. Trade Representative Michael Smith would meet with Kuroda."),
            Status::Planned
        );
        // a hope stays a proposal
        assert_eq!(
            st("He added that it could be possible for a mission to travel to Brazil."),
            Status::Proposed
        );
    }

    /// The status of the first trigger whose words hold `word`.
    fn st_in(s: &str, word: &str) -> Status {
        let t = triggers::find(s);
        let Some(t) = t
            .iter()
            .find(|t| s.get(t.start..t.end).is_some_and(|w| w.contains(word)))
        else {
            panic!("no trigger with {word:?} in {s:?}: {t:?}");
        };
        status(s, t).0
    }

    #[test]
    fn a_cancel_cue_with_an_object_of_its_own_leaves_the_meeting() {
        // (round 17) the tariffs are what may be cancelled; the summit is ahead
        assert_eq!(
            st_in(
                "Traders said the figures might persuade Ottawa to cancel the duties ahead of next month's summit between the two prime ministers.",
                "summit"
            ),
            Status::Planned
        );
        // the cue right before its noun still cancels it
        assert_eq!(
            st("Ottawa has cancelled next month's summit with Washington."),
            Status::Cancelled
        );
    }

    #[test]
    fn a_proposal_is_a_cue_only_for_talks_or_a_trip() {
        // (round 17) a proposal that is a topic of the meeting
        assert_eq!(
            st_in(
                "At the OECD experts meeting next week Norway is expected to table a proposal on fish quotas.",
                "meeting"
            ),
            Status::Planned
        );
        assert_eq!(
            st_in(
                "The commissioner said his proposal for a levy on imported fats would come up at next week's summit meeting of EC leaders.",
                "meeting"
            ),
            Status::Planned
        );
        // a proposal of talks is still a proposal
        assert_eq!(
            st_in(
                "Seoul said it welcomed a proposal for talks between the two prime ministers.",
                "talks"
            ),
            Status::Proposed
        );
    }

    #[test]
    fn a_headline_infinitive_of_talks_is_a_plan() {
        // (round 17) the headline's "TO RESUME", "TO BEGIN", "TO HEAD FOR"
        for h in [
            "EC FISHERIES MINISTERS TO RESUME QUOTA TALKS",
            "CANADA, U.S. TO BEGIN TALKS ON LUMBER",
            "CLARK TO HEAD FOR TOKYO TALKS",
            "CANADA, U.S. PLAN HIGH-LEVEL LUMBER TALKS",
        ] {
            assert_eq!(st_in(h, "TALKS"), Status::Planned, "{h}");
        }
        assert_eq!(
            st_in("TALKS FAIL TO HEAD OFF LUMBER DISPUTE", "TALKS"),
            Status::Occurred
        );
    }
}

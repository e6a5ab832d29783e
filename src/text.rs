//! Sentences with byte offsets, and the byte -> character offset map.
//!
//! [`sentences`] splits a document's text into [`Sentence`]s, byte spans
//! into the text, trimmed of white space. A sentence ends:
//! - after `.`, `!`, `?` or `…` (with any closing quotes and brackets:
//!   `.”`, `?»`, `.)`) followed by white space and a word that does not
//!   start in lower case;
//! - at a blank line (a paragraph's end);
//! - at a single line break, when the text is not hard-wrapped (each line is
//!   a paragraph or a heading, as in scraped pages); in hard-wrapped text
//!   (wire copy, Markdown at 72 columns) only before an indented line or
//!   after a short heading-like line. A line that goes on in lower case
//!   always continues the sentence.
//!
//! A period does not end a sentence after a title or month abbreviation
//! (Mr. Mrs. Dr. Gen. Sen. Gov. Lt. Col. St. Sept. ...) or an initial
//! ("George W. Bush"); after dotted abbreviations and company suffixes
//! (U.S. U.N. Inc. Corp. Ltd. etc.) it ends one only before a word that
//! typically starts a sentence ("in the U.S. The talks ..."), but not
//! before a conjunction ("U.S. And European officials": wire copy
//! capitalizes the word after an initialism) nor, after a country's
//! initials (U.S. U.K. U.N. E.C.), before a preposition ("exports to the
//! U.S.\nIn 1986 rose") unless its phrase closes with a comma before a
//! subject ("the U.S. In 1986, the deficit doubled"); "Washington, D.C. In
//! May" still ends. A period at a
//! line's end before a full wrapped line is judged as above, not as a
//! heading's end ("a U.S.\nGovernment agency"); a decimal number's period
//! ends a sentence ("stood at 117.6. In December").
//!
//! ```
//! use diplo::text::sentences;
//! let t = "Mr. Kerry met Gen. Smith in the U.S. capital. Talks ended.\n\nHeadline";
//! let s: Vec<&str> = sentences(t).iter().map(|s| s.text(t)).collect();
//! assert_eq!(s, ["Mr. Kerry met Gen. Smith in the U.S. capital.", "Talks ended.", "Headline"]);
//! ```
//!
//! [`CharMap`] converts the byte offsets to character offsets (the
//! dataset's `char_start`, `char_end` count Unicode scalar values).
//!
//! A byte window around a match ("60 bytes before the trigger", "80 bytes
//! on") is cut at char boundaries with [`floor_boundary`] (its end) and
//! [`ceil_boundary`] (its start): every later stage (the tagger's rule
//! windows, the resolver's year window, the extractor's cue windows) calls
//! these two rather than stepping over a character by hand (round 17).

/// A sentence: `text[start..end]`, byte offsets, trimmed of surrounding white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

impl Sentence {
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }
}

/// Abbreviations after which a period never ends a sentence (lower case,
/// without the period); they count only when capitalized as written
/// ("Gen.", "Sept.", "No."), so "the sun." or "said no." still end one.
const NEVER_END: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "sen", "sens", "rep", "reps", "gov", "lt",
    "col", "sgt", "cpl", "pvt", "capt", "cmdr", "cdr", "adm", "maj", "brig", "gens", "pres", "amb",
    "ambs", "rev", "hon", "st", "ste", "mt", "ft", "fr", "sr", "no", "nos", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
    "thu", "thurs", "fri", "sat", "sun", "dept", "univ", "assn", "fig", "vol", "art", "para",
    "sec",
];

/// Lower-case abbreviations that never end a sentence.
const NEVER_END_LOWER: &[&str] = &["vs", "v", "approx", "cf", "al", "pp", "op", "viz", "ca"];

/// Abbreviations that may end a sentence: they do before a typical
/// sentence-starting word.
const MAY_END: &[&str] = &[
    "inc", "corp", "co", "ltd", "plc", "llc", "bros", "etc", "jr", "cos", "intl",
];

/// Words that typically open a sentence.
const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "In",
    "On",
    "At",
    "But",
    "And",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "There",
    "When",
    "While",
    "After",
    "Before",
    "However",
    "Meanwhile",
    "As",
    "For",
    "If",
    "Some",
    "Most",
    "Both",
    "Such",
    "Officials",
    "Analysts",
    "Earlier",
    "Later",
    "Last",
    "Next",
    "Then",
    "Yet",
    "So",
    "Still",
    "Also",
    "What",
    "Why",
    "How",
    "Who",
    "Under",
    "During",
    "According",
];

/// Conjunctions that do not open a sentence after a dotted abbreviation,
/// though capitalized: wire copy capitalizes the word after "U.S." ("talks
/// between senior U.S. And European officials").
const DOTTED_GOES_ON: &[&str] = &["And", "Or", "Nor"];

/// Prepositions that go on after a country's initials ("exports to the
/// U.S.\nIn 1986 rose", "pressure from the U.K. On Japan"), not after a
/// place's ("Washington, D.C. In each country ...").
const COUNTRY_GOES_ON: &[&str] = &[
    "In", "On", "At", "For", "To", "By", "Of", "With", "From", "Into", "Than", "Under", "As",
];

/// Whether `rest` opens with a short phrase closed by a comma ("In 1986,
/// Japan's surplus rose", "In a statement, the ministry said"): a sentence's
/// opening adverbial, where a preposition that goes on ("exports to the
/// U.S.\nIn 1986 rose to ...") has none.
fn opening_phrase(rest: &str) -> bool {
    // The phrase's words, up to the end of its sentence ("On Japan.
    // However, they" closes no phrase).
    let mut words: Vec<&str> = Vec::new();
    for w in rest.split_whitespace().take(9) {
        words.push(w);
        if w.ends_with(['.', '?', '!']) {
            break;
        }
    }
    // The comma closes the phrase before a subject (a name or a pronoun or
    // determiner), not before a conjunction or a modifier ("On dairy
    // goods, and the index", "At 86,383 tonnes, up from"), nor before a
    // reporting tail ("in the U.S. In 1988, Enka said.").
    (0..words.len().min(5)).any(|k| {
        let w = words[k];
        let Some(next) = words.get(k + 1) else {
            return false;
        };
        let subject = next.starts_with(|c: char| c.is_uppercase())
            || matches!(
                *next,
                "the"
                    | "a"
                    | "an"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "this"
                    | "these"
                    | "there"
                    | "officials"
            );
        let tail = words
            .iter()
            .skip(k + 1)
            .take(4)
            .any(|x| matches!(x.trim_end_matches(['.', ',']), "said" | "says" | "reported"));
        w.len() > 1 && w.ends_with(',') && subject && !tail
    })
}

/// Initials of countries and unions that wire copy uses as adjectives.
const COUNTRY_INITIALS: &[&str] = &["U.S.", "U.K.", "U.N.", "E.C.", "U.S.S.R."];

/// Splits a document's text into sentences. Blank lines and line-only
/// headings end a sentence; abbreviations (Mr., U.S., Sept., Gen., St.) do not.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let wrapped = is_hard_wrapped(text);
    let bytes = text.as_bytes();
    let mut out = vec![];
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let term_len = match b {
            b'.' | b'!' | b'?' => 1,
            0xE2 if text[i..].starts_with('…') => '…'.len_utf8(),
            b'\n' => {
                if paragraph_break(text, i, wrapped) {
                    push(text, start, i, &mut out);
                    start = i + 1;
                }
                i += 1;
                continue;
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let j = after_closers(text, i + term_len);
        let next = text[j..].chars().next();
        if next.is_some_and(|c| !c.is_whitespace()) {
            i = j;
            continue;
        }
        if ends_here(text, start, i, b == b'.', j) {
            push(text, start, j, &mut out);
            start = j;
        }
        i = j;
    }
    push(text, start, text.len(), &mut out);
    out
}

/// The byte after a run of further terminators and closing quotes/brackets.
fn after_closers(text: &str, mut j: usize) -> usize {
    for c in text[j..].chars() {
        match c {
            '.' | '!' | '?' | '…' | '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '›' => {
                j += c.len_utf8()
            }
            _ => break,
        }
    }
    j
}

/// Whether the terminator at `i` (a period when `period`), followed by
/// closers up to `j`, ends the sentence that began at `start`.
fn ends_here(text: &str, start: usize, i: usize, period: bool, j: usize) -> bool {
    let rest = text[j..].trim_start();
    let Some(first) = rest.chars().next() else {
        return true;
    };
    if first.is_lowercase() {
        return false;
    }
    // Inside parentheses that close soon: "(or unwilling? – A.I.) to ...".
    let from = ceil_boundary(text, i.saturating_sub(200).max(start));
    let sentence = &text[from..i];
    let open = sentence.matches('(').count() > sentence.matches(')').count();
    if open && text[j..].bytes().take(60).any(|b| b == b')') {
        return false;
    }
    if !period || j > i + 1 {
        // "?", "!", "…", or a period inside closing quotes.
        return true;
    }
    let before = &text[start..i];
    let token_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let token = &before[token_start..];
    if token.is_empty() {
        return true;
    }
    let next_word: &str = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let starter = STARTERS.contains(&next_word);
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // An initial ("George W. Bush"); a lone digit ends ("in 1987. 5").
        return !c.is_uppercase() || starter;
    }
    let lower = token.to_lowercase();
    if token.contains('.') && token.starts_with(|c: char| c.is_ascii_digit()) {
        // A decimal number: "an index of 117.6. In December ...".
        return true;
    }
    if token.contains('.') {
        // U.S, U.N, a.m, e.g: dotted abbreviations.
        let country = COUNTRY_INITIALS.contains(&text.get(start + token_start..=i).unwrap_or(""));
        return starter
            && !DOTTED_GOES_ON.contains(&next_word)
            && !(country && COUNTRY_GOES_ON.contains(&next_word) && !opening_phrase(rest));
    }
    let capitalized = token.chars().next().is_some_and(char::is_uppercase);
    if (capitalized && NEVER_END.contains(&lower.as_str())) || NEVER_END_LOWER.contains(&token) {
        return false;
    }
    if MAY_END.contains(&lower.as_str()) {
        return starter;
    }
    true
}

/// Whether the line break at `i` ends a sentence.
fn paragraph_break(text: &str, i: usize, wrapped: bool) -> bool {
    let after = &text[i + 1..];
    let indent = after.len() - after.trim_start_matches([' ', '\t']).len();
    let next_line = &after[indent..];
    if next_line.is_empty() || next_line.starts_with('\n') || next_line.starts_with("\r\n") {
        return true;
    }
    // A line that goes on in lower case continues the sentence.
    if next_line.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    if !wrapped {
        return true;
    }
    if indent >= 2 || after.starts_with('\t') {
        return true;
    }
    let line_start = text[..i].rfind('\n').map_or(0, |k| k + 1);
    let line = text[line_start..i].trim();
    let short = line.chars().count() < 40;
    let open_end = line.ends_with([',', ';', ':', '(', '-', '–', '—', '&', '/']);
    let next_first = next_line.chars().next();
    let next_starts = next_first.is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '«' | '*' | '•' | '-')
    });
    // A period at the line's end before a full wrapped line was judged
    // already (an abbreviation: "a U.S.\nGovernment agency" goes on); a
    // short line after it (a sign-off) still stands apart.
    let next_full = next_line.split('\n').next().unwrap_or("").trim_end().len() >= 40;
    let judged = line.ends_with('.') && next_full;
    short && !open_end && !judged && next_starts && !line.is_empty()
}

/// Whether the text is hard-wrapped: lines of 50..=90 bytes followed by
/// another line, and few long ones.
fn is_hard_wrapped(text: &str) -> bool {
    let mut wraps = 0usize;
    let mut long = 0usize;
    let mut prev_len: Option<usize> = None;
    for line in text.split('\n') {
        let len = line.trim_end().len();
        if let Some(p) = prev_len {
            if (50..=90).contains(&p) && len > 0 {
                wraps += 1;
            }
        }
        if len > 100 {
            long += 1;
        }
        prev_len = Some(len);
    }
    wraps >= 1 && wraps > long * 2
}

/// Adds `text[start..end]`, trimmed, when it holds anything.
fn push(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return;
    }
    out.push(Sentence {
        start: start + lead,
        end: start + lead + trimmed.len(),
    });
}

/// Converts byte offsets to character (Unicode scalar) offsets.
#[derive(Debug, Clone)]
pub struct CharMap {
    /// For each char boundary in order: its byte offset. Length = chars + 1.
    starts: Vec<usize>,
}

impl CharMap {
    pub fn new(text: &str) -> CharMap {
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        CharMap { starts }
    }

    /// The char offset of a byte offset (a byte inside a char maps to that char).
    pub fn char_offset(&self, byte: usize) -> usize {
        match self.starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// The byte offset of a char offset (clamped to the end).
    pub fn byte_offset(&self, ch: usize) -> usize {
        self.starts[ch.min(self.starts.len() - 1)]
    }
}

/// The nearest char boundary at or before `i` (`i` past the end: the end).
/// Byte windows around a match ("40 bytes before the trigger") are cut with
/// these two, so that a window never splits a character.
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest char boundary at or after `i` (`i` past the end: the end).
pub fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_windows_snap_to_char_boundaries() {
        // "é" is two bytes (1..3): byte 2 is inside it
        let t = "h\u{e9}llo";
        assert_eq!((floor_boundary(t, 2), ceil_boundary(t, 2)), (1, 3));
        assert_eq!((floor_boundary(t, 3), ceil_boundary(t, 3)), (3, 3));
        // past the end: the end
        assert_eq!((floor_boundary(t, 99), ceil_boundary(t, 99)), (6, 6));
    }

    fn split(t: &str) -> Vec<&str> {
        sentences(t).iter().map(|s| s.text(t)).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let t = "Mr. Kerry and Sen. John F. Kerry met Gen. Dunford at St. Petersburg on Sept. 3. \
                 George W. Bush spoke. Mrs. Clinton, Dr. Rice and Lt. Col. North came.";
        assert_eq!(
            split(t),
            [
                "Mr. Kerry and Sen. John F. Kerry met Gen. Dunford at St. Petersburg on Sept. 3.",
                "George W. Bush spoke.",
                "Mrs. Clinton, Dr. Rice and Lt. Col. North came."
            ]
        );
    }

    #[test]
    fn a_dotted_abbreviation_at_a_wrapped_line_end_goes_on() {
        let t = "    WASHINGTON, March 3 - Talks between Japanese officials and the U.S.\n\
                 Commerce Secretary Malcolm Baldrige ended today, a spokesman for the\n\
                 department told reporters in a statement here on Tuesday.\n";
        assert_eq!(split(t).len(), 1, "{:?}", split(t));
    }

    #[test]
    fn dotted_abbreviations_end_only_before_starters() {
        let t = "He flew to the U.S. on Monday. Ties with the U.S. The talks ended. \
                 Acme Inc. Chairman Roe spoke. Exports rose etc. The end.";
        assert_eq!(
            split(t),
            [
                "He flew to the U.S. on Monday.",
                "Ties with the U.S.",
                "The talks ended.",
                "Acme Inc. Chairman Roe spoke.",
                "Exports rose etc.",
                "The end."
            ]
        );
    }

    #[test]
    fn a_preposition_after_country_initials_opens_a_sentence_before_a_comma() {
        let t = "Its surplus with the U.S. In 1986, the deficit doubled. Sales to the U.K. On\nbalance rose. \
                 Output starts in the U.S. In 1988, Acme said. Buyers were the U.S. At 86 tonnes, up from 81. \
                 It pressed the U.K. On Japan. However, they met.";
        let s: Vec<&str> = sentences(t).iter().map(|s| s.text(t)).collect();
        assert_eq!(
            s,
            [
                "Its surplus with the U.S.",
                "In 1986, the deficit doubled.",
                "Sales to the U.K. On\nbalance rose.",
                "Output starts in the U.S. In 1988, Acme said.",
                "Buyers were the U.S. At 86 tonnes, up from 81.",
                "It pressed the U.K. On Japan.",
                "However, they met."
            ]
        );
    }

    #[test]
    fn a_capitalized_conjunction_after_an_initialism_goes_on() {
        let t = "    PARIS, May 4 - Talks between senior U.S. And Ruritanian\n\
                 farm officials opened here on a plan to cut quotas kept by the U.K.\n\
                 On dairy goods, and the index stood at 101.5. In April it rose\n\
                 in Washington, D.C. In May the minister said a U.S.\nVisit by the Ruritanian trade team and its advisers\n\
                 was due, a spokesman for his ministry told reporters.\n\
                 Cut by the U.S.\n Reuter\n";
        assert_eq!(
            split(t),
            [
                "PARIS, May 4 - Talks between senior U.S. And Ruritanian\n\
                 farm officials opened here on a plan to cut quotas kept by the U.K.\n\
                 On dairy goods, and the index stood at 101.5.",
                "In April it rose\nin Washington, D.C.",
                "In May the minister said a U.S.\nVisit by the Ruritanian trade team and its advisers\n\
                 was due, a spokesman for his ministry told reporters.",
                "Cut by the U.S.",
                "Reuter"
            ]
        );
    }

    #[test]
    fn parentheses_hold_their_punctuation() {
        let t = "Turkey is unable (or unwilling? – A.I.) to separate them. Next one.";
        assert_eq!(
            split(t),
            [
                "Turkey is unable (or unwilling? – A.I.) to separate them.",
                "Next one."
            ]
        );
    }

    #[test]
    fn lower_case_words_that_look_like_abbreviations_end_sentences() {
        let t = "Profit was 5 mln dlrs. The company said no. They met on Sun. Mar. 3 was cold. \
                 Smith vs. Jones went on.";
        assert_eq!(
            split(t),
            [
                "Profit was 5 mln dlrs.",
                "The company said no.",
                "They met on Sun. Mar. 3 was cold.",
                "Smith vs. Jones went on."
            ]
        );
    }

    #[test]
    fn quotes_and_guillemets() {
        let t = "«We hope so.» He left. “Why?” he asked. She said “yes.” Then: go!";
        assert_eq!(
            split(t),
            [
                "«We hope so.»",
                "He left.",
                "“Why?” he asked.",
                "She said “yes.”",
                "Then: go!"
            ]
        );
    }

    #[test]
    fn lines_and_paragraphs() {
        let t = "US Secretary to Visit Moscow\nAndrei AKULOV | 22.03.2016 | FEATURED STORY\n\n\
                 Kerry will visit Moscow on March 23-24\n\nNext paragraph here.";
        assert_eq!(
            split(t),
            [
                "US Secretary to Visit Moscow",
                "Andrei AKULOV | 22.03.2016 | FEATURED STORY",
                "Kerry will visit Moscow on March 23-24",
                "Next paragraph here."
            ]
        );
    }

    #[test]
    fn hard_wrapped_text_joins_lines() {
        let t = "Showers continued throughout the week in the Bahia cocoa zone,\n\
                 alleviating the drought since early January and improving\n\
                 prospects for the coming temporao, although normal humidity\n\
                 levels have not been restored, Comissaria Smith said in its\n\
                 weekly review.\n    The dry period means the temporao will be late\n\
                 this year, traders said on Monday in the capital city\n\
                 of the state";
        let s = split(t);
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].starts_with("Showers") && s[0].ends_with("weekly review."));
        assert!(s[1].starts_with("The dry period") && s[1].ends_with("capital city\nof the state"));
    }

    #[test]
    fn short_wrapped_story_is_one_sentence() {
        let t = "HOUSTON, March 9 - Compaq Computer Corp said it has\n\
                 introduced a new 12 megahertz desktop personal computer called\n\
                 the Compaq Deskpro 286R.\n More";
        assert_eq!(split(t).len(), 2, "{:?}", split(t));
        assert!(split(t)[0].ends_with("Deskpro 286R."));
    }

    #[test]
    fn offsets_are_trimmed_and_valid() {
        let t = "  Première phrase.  Deuxième — phrase!\n\n  ";
        let s = sentences(t);
        assert_eq!(s.len(), 2);
        for x in &s {
            let txt = x.text(t);
            assert_eq!(txt, txt.trim());
        }
        let m = CharMap::new(t);
        assert_eq!(m.char_offset(s[1].start), 20);
        assert_eq!(m.byte_offset(m.char_offset(s[1].end)), s[1].end);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "",
            ".",
            "...",
            "\n\n\n",
            "a.\u{2026}",
            "…",
            "?!»",
            "x.\n",
            "É. é.",
        ] {
            let _ = sentences(t);
        }
    }
}

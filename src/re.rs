//! Regexes with an ASCII twin: the same matches, a fraction of the cost on
//! ASCII text.
//!
//! The extraction and tagger rules are written for Unicode text (`\w`, `\b`, `(?i)`
//! with Unicode's case folding, the typographic apostrophe `’`). Compiled
//! that way, a class such as `[\w-]` is hundreds of UTF-8 ranges: the regex
//! costs a lot to build, and every state its lazy DFA adds while it reads a
//! text is the union of many NFA states. Profiled on three Reuters files
//! (round 14), building the rules' regexes and their DFA states was about
//! half of extraction's instructions, although Reuters is all ASCII.
//!
//! [`Re`] holds three regexes for one pattern:
//!
//! - the **ASCII twin**, built first: the pattern's syntax tree with every
//!   class cut down to its ASCII members, every literal with a non-ASCII
//!   character made one that never matches, and `\b` read as ASCII's word
//!   boundary. On an ASCII haystack nothing it removed could match, and an
//!   ASCII word boundary is Unicode's, so it finds exactly the matches the
//!   full regex finds: the same spans, the same groups (same numbers, same
//!   names: checked when it is built), in the same leftmost-first order;
//! - the **narrow twin**, built on the first haystack that needs it: the
//!   same cut, keeping besides ASCII the few characters of [`NARROW`]
//!   (curly quotes and apostrophes, the en and em dash, the ellipsis, the
//!   no-break space). White House statements are rarely ASCII, but most
//!   hold nothing else beyond it. None of these characters is a word
//!   character, a line break or a case variant, so on a text holding only
//!   them beyond ASCII ([`Script::Narrow`]) Unicode's `\b` is ASCII's, and
//!   no class member or literal the cut removed can match: the narrow twin
//!   finds what the full regex finds, by the ASCII twin's argument. The
//!   full regex on such text pays more than its size: its lazy DFA gives
//!   up at every non-ASCII byte when the pattern has a Unicode `\b`, and
//!   the search falls back to a backtracker (round 15: 1.65 G of the 7.76 G
//!   instructions of compiling all White House statements);
//! - the **full regex**, compiled on the first haystack with any other
//!   character ("Erdoğan").
//!
//! Every search asks the [`script`] of its haystack: `str::is_ascii` (a
//! fast scan that stops at the first non-ASCII byte; round 15 measured all
//! of them at 0.08% of a Reuters compile), then, for a haystack that is not
//! ASCII, the script of the document being analysed when the haystack is
//! a part of it ([`Document`], entered once per document by
//! `pipeline::analyse`: a thread-local address range, so no call site
//! passes anything), or else a read of the haystack when it is short (a
//! sentence, a copy of one). A long haystack outside the document runs the
//! full regex unread, so a search over the rest of a long text never pays
//! a scan of it. All three are [`regex::Regex`], so calls return the
//! crate's own `Match`, `Captures` and iterators. A pattern the twin
//! cannot be made for runs the full regex always. In tests all are
//! compiled at once, so a pattern that does not compile fails the first
//! test that reaches it, whatever its text. With `DIPLO_CHECK_TWINS=1`
//! every search a twin serves is run by the full regex too and any
//! difference panics: a proof on a corpus, at several times the cost.
//!
//! ```ignore
//! static VISIT: LazyLock<Re> = regex!(r"(?i)\bvisit(?:ed|s)?\s+[\w’-]+");
//! assert!(VISIT.is_match("Kerry visited Moscow"));      // the ASCII twin
//! assert!(VISIT.is_match("Kerry’s aide visited Kyiv")); // the narrow twin
//! assert!(VISIT.is_match("Kerry visited Türkiye"));     // the full regex
//! ```
//!
//! Measured (callgrind, `compile -j 1` of three Reuters files): see
//! `docs/audits/round14-speed46.md`; the narrow twin on all White House
//! statements: `docs/audits/round15-speed55.md`.

use std::borrow::Cow;
use std::cell::Cell;
use std::marker::PhantomData;
use std::sync::{LazyLock, OnceLock};

use regex::{CaptureMatches, Captures, Match, Matches, Regex, RegexBuilder, RegexSet};
use regex::{RegexSetBuilder, Replacer, SetMatches};
use regex_syntax::hir::{Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode};
use regex_syntax::hir::{ClassUnicodeRange, Hir, HirKind, Look, Repetition};

/// One pattern, searched by its ASCII twin on ASCII text and by the full
/// regex on any other text. See the module's essay.
#[derive(Debug)]
pub struct Re {
    pattern: String,
    ascii: Option<Regex>,
    narrow: OnceLock<Option<Regex>>,
    full: OnceLock<Regex>,
    cache: Option<usize>,
}

impl Re {
    /// Builds the twin of a pattern (the full regex waits for the first
    /// non-ASCII haystack, except in tests). Errs if the pattern is not a
    /// valid regex.
    pub fn new(pattern: &str) -> Result<Re, regex::Error> {
        Re::with_cache(pattern, None)
    }

    /// [`Re::new`] with a lazy-DFA cache of `bytes` for each of the two
    /// regexes (`RegexBuilder::dfa_size_limit`; None: the crate's default).
    pub fn with_cache(pattern: &str, bytes: Option<usize>) -> Result<Re, regex::Error> {
        let hir = parse(pattern)?;
        let ascii = twin(&hir, bytes);
        let re = Re {
            pattern: pattern.to_string(),
            ascii,
            narrow: OnceLock::new(),
            full: OnceLock::new(),
            cache: bytes,
        };
        if cfg!(test) || re.ascii.is_none() {
            let full = build(pattern, bytes)?;
            for (twin, kind) in [(re.ascii.as_ref(), "ASCII"), (re.narrow(), "narrow")] {
                if let Some(t) = twin {
                    assert!(
                        t.capture_names().eq(full.capture_names()),
                        "the {kind} twin of {pattern:?} numbers its groups otherwise"
                    );
                }
            }
            let _ = re.full.set(full);
        }
        Ok(re)
    }

    /// The regex that searches `haystack`.
    #[inline]
    fn on(&self, haystack: &str) -> &Regex {
        let Some(a) = &self.ascii else {
            return self.full();
        };
        let re = match script(haystack) {
            Script::Ascii => a,
            Script::Narrow => self.narrow().unwrap_or_else(|| self.full()),
            Script::Other => return self.full(),
        };
        if *CHECK {
            check(re, self.full(), haystack, &self.pattern);
        }
        re
    }

    /// The narrow twin, built on the first haystack that needs it (None
    /// when it cannot be built).
    fn narrow(&self) -> Option<&Regex> {
        self.narrow
            .get_or_init(|| {
                let hir = parse(&self.pattern).ok()?;
                twin_of(&hir, &cut(&hir, &NARROW_CLASS), self.cache)
            })
            .as_ref()
    }

    fn full(&self) -> &Regex {
        self.full.get_or_init(|| {
            build(&self.pattern, self.cache).expect("a pattern its twin was built from")
        })
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    /// [`Regex::is_match`].
    #[inline]
    pub fn is_match(&self, haystack: &str) -> bool {
        self.on(haystack).is_match(haystack)
    }

    /// [`Regex::find`].
    #[inline]
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.on(haystack).find(haystack)
    }

    /// [`Regex::find_iter`].
    #[inline]
    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> Matches<'r, 'h> {
        self.on(haystack).find_iter(haystack)
    }

    /// [`Regex::captures`].
    #[inline]
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.on(haystack).captures(haystack)
    }

    /// [`Regex::captures_iter`].
    #[inline]
    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> CaptureMatches<'r, 'h> {
        self.on(haystack).captures_iter(haystack)
    }

    /// [`Regex::replace`].
    #[inline]
    pub fn replace<'h, R: Replacer>(&self, haystack: &'h str, rep: R) -> Cow<'h, str> {
        self.on(haystack).replace(haystack, rep)
    }

    /// [`Regex::replace_all`].
    #[inline]
    pub fn replace_all<'h, R: Replacer>(&self, haystack: &'h str, rep: R) -> Cow<'h, str> {
        self.on(haystack).replace_all(haystack, rep)
    }
}

/// A set of patterns with its ASCII twin: [`regex::RegexSet`] for
/// [`ReSet::matches`], the twin on ASCII haystacks (see [`Re`]).
#[derive(Debug)]
pub struct ReSet {
    patterns: Vec<String>,
    ascii: Option<RegexSet>,
    narrow: OnceLock<Option<RegexSet>>,
    full: OnceLock<RegexSet>,
    cache: Option<usize>,
}

impl ReSet {
    /// The set of `patterns` (in order), each lazy DFA with a cache of
    /// `bytes` (None: the crate's default). Errs if a pattern is not valid.
    pub fn new<I, S>(patterns: I, bytes: Option<usize>) -> Result<ReSet, regex::Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let patterns: Vec<String> = patterns
            .into_iter()
            .map(|p| p.as_ref().to_string())
            .collect();
        let ascii: Vec<String> = patterns
            .iter()
            .map(|p| parse(p).map(|h| cut(&h, &ASCII_CLASS).to_string()))
            .collect::<Result<_, _>>()?;
        let set = ReSet {
            ascii: build_set(&ascii, bytes).ok(),
            patterns,
            narrow: OnceLock::new(),
            full: OnceLock::new(),
            cache: bytes,
        };
        if cfg!(test) || set.ascii.is_none() {
            let _ = set.full.set(build_set(&set.patterns, bytes)?);
            let _ = set.narrow();
        }
        Ok(set)
    }

    /// [`RegexSet::matches`].
    pub fn matches(&self, haystack: &str) -> SetMatches {
        let set = match (&self.ascii, script(haystack)) {
            (Some(a), Script::Ascii) => a,
            (Some(_), Script::Narrow) => self.narrow().unwrap_or_else(|| self.full()),
            _ => self.full(),
        };
        set.matches(haystack)
    }

    fn full(&self) -> &RegexSet {
        self.full.get_or_init(|| {
            build_set(&self.patterns, self.cache).expect("patterns the twin was built from")
        })
    }

    /// The set of the patterns' narrow twins (see [`Script::Narrow`]).
    fn narrow(&self) -> Option<&RegexSet> {
        self.narrow
            .get_or_init(|| {
                let cut: Vec<String> = self
                    .patterns
                    .iter()
                    .map(|p| parse(p).map(|h| cut(&h, &NARROW_CLASS).to_string()))
                    .collect::<Result<_, _>>()
                    .ok()?;
                build_set(&cut, self.cache).ok()
            })
            .as_ref()
    }
}

/// What a text holds beyond ASCII, which tells the regex that can search
/// it: see the module's essay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Script {
    /// ASCII only: the ASCII twin.
    Ascii,
    /// ASCII and [`NARROW`] characters only (a White House statement's
    /// curly quotes, dashes and no-break spaces): the narrow twin.
    Narrow,
    /// Any other character ("Erdoğan"): the full regex.
    Other,
}

/// The characters beyond ASCII a narrow twin keeps: typographic quotes and
/// apostrophes, the en and em dash, the ellipsis and the no-break space.
/// None is a word character, a line break or a case variant of another
/// character, so on a text holding only these beyond ASCII, Unicode's word
/// boundary is ASCII's, and a regex cut to ASCII and these finds what the
/// full regex finds.
pub const NARROW: &[char] = &[
    '\u{a0}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2013}', '\u{2014}', '\u{2026}',
];

/// A non-ASCII haystack outside the document being analysed (see
/// [`Document`]) is read to tell [`Script::Narrow`] from [`Script::Other`]
/// only when it is at most this long; a longer one runs the full regex, so
/// that a search over the rest of a long text never pays a scan of it.
const SCAN_LIMIT: usize = 4096;

thread_local! {
    /// The document being analysed on this thread: its byte range in
    /// memory and its script (see [`Document`]).
    static DOCUMENT: Cell<(usize, usize, Script)> = const { Cell::new((0, 0, Script::Other)) };
}

/// The script of `text`: [`str::is_ascii`] first (a fast scan); a text
/// that is not ASCII is a part of the document being analysed (then that
/// document's script, read once, settles it unless it is
/// [`Script::Other`]), or is read character by character when it is
/// short.
#[inline]
pub fn script(text: &str) -> Script {
    if text.is_ascii() {
        return Script::Ascii;
    }
    let (start, end, doc) = DOCUMENT.with(Cell::get);
    let at = text.as_ptr() as usize;
    if doc == Script::Narrow && start <= at && at + text.len() <= end {
        return Script::Narrow;
    }
    if text.len() <= SCAN_LIMIT {
        read_script(text)
    } else {
        Script::Other
    }
}

/// The script of `text`, read character by character.
fn read_script(text: &str) -> Script {
    if text.is_ascii() {
        Script::Ascii
    } else if text.chars().all(|c| c.is_ascii() || NARROW.contains(&c)) {
        Script::Narrow
    } else {
        Script::Other
    }
}

/// While it lives, searches of this thread on any part of one text (the
/// document being analysed) know its script without reading it again:
/// [`script`] looks at the haystack's address. Made by [`Document::enter`],
/// it restores the former document when dropped.
#[must_use = "the document is known only while this lives"]
pub struct Document<'a> {
    former: (usize, usize, Script),
    _text: PhantomData<&'a str>,
}

impl<'a> Document<'a> {
    /// Reads the script of `text` once and makes it known to this thread's
    /// searches on any part of `text`.
    pub fn enter(text: &'a str) -> Document<'a> {
        let at = text.as_ptr() as usize;
        let now = (at, at + text.len(), read_script(text));
        Document {
            former: DOCUMENT.with(|d| d.replace(now)),
            _text: PhantomData,
        }
    }
}

impl Drop for Document<'_> {
    fn drop(&mut self) {
        DOCUMENT.with(|d| d.set(self.former));
    }
}

/// `DIPLO_CHECK_TWINS=1`: every search a twin serves is run by the full
/// regex as well, and any difference in the matches or their groups
/// panics (a proof on a corpus that the twins are exact there; slow).
static CHECK: LazyLock<bool> =
    LazyLock::new(|| std::env::var_os("DIPLO_CHECK_TWINS").is_some_and(|v| v == "1"));

fn check(twin: &Regex, full: &Regex, haystack: &str, pattern: &str) {
    if std::ptr::eq(twin, full) {
        return;
    }
    let spans = |re: &Regex| -> Vec<Vec<Option<(usize, usize)>>> {
        re.captures_iter(haystack)
            .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
            .collect()
    };
    assert!(
        spans(twin) == spans(full),
        "the twin of {pattern:?} differs from the full regex on {haystack:?}"
    );
}

/// The classes a twin keeps: ASCII, or ASCII and [`NARROW`].
static ASCII_CLASS: LazyLock<ClassUnicode> =
    LazyLock::new(|| ClassUnicode::new([ClassUnicodeRange::new('\0', '\x7f')]));
static NARROW_CLASS: LazyLock<ClassUnicode> = LazyLock::new(|| {
    let mut c = ASCII_CLASS.clone();
    c.union(&ClassUnicode::new(
        NARROW.iter().map(|&n| ClassUnicodeRange::new(n, n)),
    ));
    c
});

/// The narrow twin of a pattern, as a pattern: the classes cut to ASCII
/// and [`NARROW`], `\b` read as ASCII's (see [`Script::Narrow`]). A
/// `bytes` regex or set built from it matches, on a text of that script,
/// what the pattern matches.
pub fn narrow_pattern(pattern: &str) -> Result<String, regex::Error> {
    Ok(cut(&parse(pattern)?, &NARROW_CLASS).to_string())
}

fn parse(pattern: &str) -> Result<Hir, regex::Error> {
    regex_syntax::Parser::new()
        .parse(pattern)
        .map_err(|e| regex::Error::Syntax(e.to_string()))
}

fn build(pattern: &str, cache: Option<usize>) -> Result<Regex, regex::Error> {
    let mut b = RegexBuilder::new(pattern);
    if let Some(bytes) = cache {
        b.dfa_size_limit(bytes);
    }
    b.build()
}

fn build_set(patterns: &[String], cache: Option<usize>) -> Result<RegexSet, regex::Error> {
    let mut b = RegexSetBuilder::new(patterns);
    if let Some(bytes) = cache {
        b.dfa_size_limit(bytes);
    }
    b.build()
}

/// The ASCII twin of a parsed pattern, or None when it cannot be built or
/// would number its groups otherwise.
fn twin(hir: &Hir, cache: Option<usize>) -> Option<Regex> {
    twin_of(hir, &cut(hir, &ASCII_CLASS), cache)
}

/// The regex of `cut`, a tree cut from `hir`, or None when it cannot be
/// built or would number its groups otherwise.
fn twin_of(hir: &Hir, cut: &Hir, cache: Option<usize>) -> Option<Regex> {
    if captures(hir) != captures(cut) {
        return None;
    }
    let re = build(&cut.to_string(), cache).ok()?;
    (re.captures_len() == hir.properties().explicit_captures_len() + 1).then_some(re)
}

/// The groups of a tree, in order: (index, name).
fn captures(hir: &Hir) -> Vec<(u32, Option<String>)> {
    fn walk(h: &Hir, out: &mut Vec<(u32, Option<String>)>) {
        match h.kind() {
            HirKind::Capture(c) => {
                out.push((c.index, c.name.as_deref().map(str::to_string)));
                walk(&c.sub, out);
            }
            HirKind::Repetition(r) => walk(&r.sub, out),
            HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = vec![];
    walk(hir, &mut out);
    out
}

/// The tree with what a haystack of `keep`'s characters can never match
/// taken out: classes cut to `keep`, literals holding another character
/// failing, Unicode word boundaries read as ASCII ones (the same on text
/// whose characters beyond ASCII are no word characters: `keep` holds
/// none).
fn cut(hir: &Hir, keep: &ClassUnicode) -> Hir {
    match hir.kind() {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(lit) => match std::str::from_utf8(&lit.0) {
            Ok(t)
                if t.chars()
                    .all(|c| keep.ranges().iter().any(|r| r.start() <= c && c <= r.end())) =>
            {
                Hir::literal(lit.0.clone())
            }
            _ => Hir::fail(),
        },
        HirKind::Class(Class::Unicode(c)) => {
            let mut c = c.clone();
            c.intersect(keep);
            Hir::class(Class::Unicode(c))
        }
        HirKind::Class(Class::Bytes(c)) => {
            let mut c = c.clone();
            c.intersect(&ClassBytes::new([ClassBytesRange::new(0, 0x7f)]));
            Hir::class(Class::Bytes(c))
        }
        HirKind::Look(look) => Hir::look(match *look {
            Look::WordUnicode => Look::WordAscii,
            Look::WordStartUnicode => Look::WordStartAscii,
            Look::WordEndUnicode => Look::WordEndAscii,
            Look::WordStartHalfUnicode => Look::WordStartHalfAscii,
            Look::WordEndHalfUnicode => Look::WordEndHalfAscii,
            other => other,
        }),
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            min: r.min,
            max: r.max,
            greedy: r.greedy,
            sub: Box::new(cut(&r.sub, keep)),
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            index: c.index,
            name: c.name.clone(),
            sub: Box::new(cut(&c.sub, keep)),
        }),
        HirKind::Concat(v) => Hir::concat(v.iter().map(|h| cut(h, keep)).collect()),
        HirKind::Alternation(v) => Hir::alternation(v.iter().map(|h| cut(h, keep)).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Spans = Vec<(usize, usize)>;

    fn both(pattern: &str, hay: &str) -> (Spans, Spans) {
        let re = Re::new(pattern).unwrap();
        let twin = re.ascii.as_ref().expect("a twin");
        let full = Regex::new(pattern).unwrap();
        let spans = |r: &Regex| r.find_iter(hay).map(|m| (m.start(), m.end())).collect();
        (spans(twin), spans(&full))
    }

    #[test]
    fn the_twin_finds_what_the_full_regex_finds_on_ascii() {
        for (pattern, hay) in [
            (
                r"(?i)\bvisit(?:ed|s)?\s+[\w’-]+",
                "Kerry VISITED Moscow-on-sea, visits k",
            ),
            (r"(?i)\bkelvin\b", "KELVIN and kelvin"),
            (
                r"(?i)['’]s\s+(?:[\w-]+\s+){0,2}$",
                "the King's state visit ",
            ),
            (r"[^;]{0,5}\b(?:talks|’talks)", "a; b talks"),
            (r"(?i)\bsign(?:s|ed)?\b", "Signs signed sign-off"),
        ] {
            let (twin, full) = both(pattern, hay);
            assert_eq!(twin, full, "{pattern}");
            assert!(!full.is_empty(), "{pattern}");
        }
    }

    #[test]
    fn non_ascii_text_runs_the_full_regex() {
        let re = Re::new(r"(?i)\b[\w-]+['’]s\s+visit").unwrap();
        assert_eq!(
            re.find("Erdoğan’s visit").map(|m| m.as_str()),
            Some("Erdoğan’s visit")
        );
        assert_eq!(
            re.find("Erdogan's visit").map(|m| m.as_str()),
            Some("Erdogan's visit")
        );
        // the twin alone would miss the first: it cannot match "ğ" or "’"
        let twin = re.ascii.as_ref().unwrap();
        assert_eq!(twin.find("Erdoğan’s visit").map(|m| m.as_str()), None);
    }

    #[test]
    fn texts_with_only_curly_quotes_dashes_and_no_break_spaces_are_narrow() {
        assert_eq!(script("Biden met Macron"), Script::Ascii);
        assert_eq!(
            script("Biden\u{a0}met Macron’s envoy \u{2014} “today”"),
            Script::Narrow
        );
        assert_eq!(script("Biden met Erdoğan’s envoy"), Script::Other);
        // a long text is read only as (a part of) the document analysed
        let long = format!("’{}", "a ".repeat(3000));
        assert_eq!(script(&long), Script::Other);
        {
            let _d = Document::enter(&long);
            assert_eq!(script(&long), Script::Narrow);
            assert_eq!(script(&long[..5000]), Script::Narrow);
            let other = long.clone();
            assert_eq!(script(&other), Script::Other);
            assert_eq!(script(&other[..100]), Script::Narrow);
        }
        assert_eq!(script(&long), Script::Other);
    }

    #[test]
    fn the_narrow_twin_finds_what_the_full_regex_finds_on_narrow_text() {
        let hay = "Kerry\u{a0}VISITED Moscow’s K\u{2014}state, visits k; “talks” \u{2013} \
                   the King’s state\u{a0}visit\u{a0}";
        assert_eq!(script(hay), Script::Narrow);
        for pattern in [
            r"(?i)\bvisit(?:ed|s)?\s+[\w’-]+",
            r"(?i)\bkelvin\b|\bk\b",
            r"(?i)['’]s\s+(?:[\w-]+\s+){0,2}$",
            r"[^;]{0,5}\b(?:talks|’talks)",
            r"(?i)(?P<w>\w+)\W+(?:state|talks)\W",
            r"\s[\u{2013}\u{2014}-]\s|“([^”]+)”|\.",
            r"(?i)\Bing\b|\w+\s*$",
        ] {
            let re = Re::new(pattern).unwrap();
            let twin = re.narrow().expect("a narrow twin");
            let full = Regex::new(pattern).unwrap();
            let groups = |r: &Regex| -> Vec<Vec<Option<(usize, usize)>>> {
                r.captures_iter(hay)
                    .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                    .collect()
            };
            assert_eq!(groups(twin), groups(&full), "{pattern}");
            assert!(!groups(&full).is_empty(), "{pattern}");
            // and the search itself runs the narrow twin
            assert!(std::ptr::eq(re.on(hay), twin));
        }
    }

    #[test]
    fn a_set_matches_as_its_patterns_do_on_any_text() {
        let set = ReSet::new([r"(?i)\bkelvin\b", r"\w+’s\b", r"\d+"], None).unwrap();
        let on = |h: &str| set.matches(h).into_iter().collect::<Vec<_>>();
        assert_eq!(on("KELVIN 42"), vec![0, 2]);
        // non-ASCII: the full set ("\u{212A}" is the Kelvin sign, which
        // Unicode folds to "k")
        assert_eq!(on("\u{212A}elvin met Erdoğan’s aide"), vec![0, 1]);
        assert_eq!(on("Erdogan's aide"), Vec::<usize>::new());
        // narrow text: the narrow set
        assert_eq!(on("42\u{a0}Kelvin’s aide"), vec![0, 1, 2]);
        assert!(set.narrow.get().is_some_and(|n| n.is_some()));
    }

    #[test]
    fn groups_keep_their_numbers_and_names() {
        let re = Re::new(r"(?i)(’)?(?P<who>\w+)\s+(met|visited)").unwrap();
        let c = re.captures("Shultz met Chirac").unwrap();
        assert_eq!(c.get(1), None);
        assert_eq!(&c["who"], "Shultz");
        assert_eq!(&c[3], "met");
    }
}

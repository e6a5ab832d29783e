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
//! [`Re`] holds two regexes for one pattern:
//!
//! - the **ASCII twin**, built first: the pattern's syntax tree with every
//!   class cut down to its ASCII members, every literal with a non-ASCII
//!   character made one that never matches, and `\b` read as ASCII's word
//!   boundary. On an ASCII haystack nothing it removed could match, and an
//!   ASCII word boundary is Unicode's, so it finds exactly the matches the
//!   full regex finds: the same spans, the same groups (same numbers, same
//!   names: checked when it is built), in the same leftmost-first order;
//! - the **full regex**, compiled on the first haystack that is not ASCII
//!   (a White House statement with a curly apostrophe or "Erdoğan").
//!
//! Every search looks at its haystack (`str::is_ascii`, a fast scan) and
//! runs the twin or the full regex; both are [`regex::Regex`], so calls
//! return the crate's own `Match`, `Captures` and iterators. A pattern the
//! twin cannot be made for runs the full regex always. In tests both are
//! compiled at once, so a pattern that does not compile fails the first
//! test that reaches it, whatever its text.
//!
//! ```ignore
//! static VISIT: LazyLock<Re> = regex!(r"(?i)\bvisit(?:ed|s)?\s+[\w’-]+");
//! assert!(VISIT.is_match("Kerry visited Moscow"));      // the twin
//! assert!(VISIT.is_match("Kerry visited Türkiye"));     // the full regex
//! ```
//!
//! Measured (callgrind, `compile -j 1` of three Reuters files): see
//! `docs/audits/round14-speed46.md`.

use std::borrow::Cow;
use std::sync::OnceLock;

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
            full: OnceLock::new(),
            cache: bytes,
        };
        if cfg!(test) || re.ascii.is_none() {
            let full = build(pattern, bytes)?;
            if let Some(a) = &re.ascii {
                assert!(
                    a.capture_names().eq(full.capture_names()),
                    "the ASCII twin of {pattern:?} numbers its groups otherwise"
                );
            }
            let _ = re.full.set(full);
        }
        Ok(re)
    }

    /// The regex that searches `haystack`.
    #[inline]
    fn on(&self, haystack: &str) -> &Regex {
        match &self.ascii {
            Some(a) if haystack.is_ascii() => a,
            _ => self.full(),
        }
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
        let cut: Vec<String> = patterns
            .iter()
            .map(|p| parse(p).map(|h| ascii_only(&h).to_string()))
            .collect::<Result<_, _>>()?;
        let set = ReSet {
            ascii: build_set(&cut, bytes).ok(),
            patterns,
            full: OnceLock::new(),
            cache: bytes,
        };
        if cfg!(test) || set.ascii.is_none() {
            let _ = set.full.set(build_set(&set.patterns, bytes)?);
        }
        Ok(set)
    }

    /// [`RegexSet::matches`].
    pub fn matches(&self, haystack: &str) -> SetMatches {
        match &self.ascii {
            Some(a) if haystack.is_ascii() => a.matches(haystack),
            _ => self
                .full
                .get_or_init(|| {
                    build_set(&self.patterns, self.cache).expect("patterns the twin was built from")
                })
                .matches(haystack),
        }
    }
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
    let cut = ascii_only(hir);
    if captures(hir) != captures(&cut) {
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

/// The tree with what an ASCII haystack can never match taken out: classes
/// cut to ASCII, literals holding a non-ASCII byte failing, Unicode word
/// boundaries read as ASCII ones (the same on ASCII text).
fn ascii_only(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(lit) => {
            if lit.0.is_ascii() {
                Hir::literal(lit.0.clone())
            } else {
                Hir::fail()
            }
        }
        HirKind::Class(Class::Unicode(c)) => {
            let mut c = c.clone();
            c.intersect(&ClassUnicode::new([ClassUnicodeRange::new('\0', '\x7f')]));
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
            sub: Box::new(ascii_only(&r.sub)),
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            index: c.index,
            name: c.name.clone(),
            sub: Box::new(ascii_only(&c.sub)),
        }),
        HirKind::Concat(v) => Hir::concat(v.iter().map(ascii_only).collect()),
        HirKind::Alternation(v) => Hir::alternation(v.iter().map(ascii_only).collect()),
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
    fn a_set_matches_as_its_patterns_do_on_any_text() {
        let set = ReSet::new([r"(?i)\bkelvin\b", r"\w+’s\b", r"\d+"], None).unwrap();
        let on = |h: &str| set.matches(h).into_iter().collect::<Vec<_>>();
        assert_eq!(on("KELVIN 42"), vec![0, 2]);
        // non-ASCII: the full set ("\u{212A}" is the Kelvin sign, which
        // Unicode folds to "k")
        assert_eq!(on("\u{212A}elvin met Erdoğan’s aide"), vec![0, 1]);
        assert_eq!(on("Erdogan's aide"), Vec::<usize>::new());
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

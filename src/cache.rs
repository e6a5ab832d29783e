//! Incremental compiles: a store of per-document results, so that a compile
//! of a corpus that grew by a day re-analyses only that day.
//!
//! The per-document stages (sentences, times, entities, event mentions) are
//! pure functions of the document and of the diplo build. A [`Cache`] stores
//! their reduced result ([`crate::pipeline::Reduced`]: the document record
//! and the located mentions, as one JSON line, see [`crate::shard`]) under
//! a key, the blake3 hash of the whole document (id, source, line, url,
//! title, author, outlet, dates, segment, text). Entries live in a directory
//! named after the *engine*: the crate version, the built-in reference
//! tables and the running executable's own hash, so a rebuilt diplo, new
//! tables or a new release never reuse an old result; opening a cache
//! removes the directories of other engines.
//!
//! ```text
//! .diplo-cache/                      default: beside the output directory
//!   3f2a9c01d4e5b6a7/                the engine
//!     0c/0c5d...e1.json              one reduced document per key
//! ```
//!
//! The merge stage always runs over all documents (events span documents),
//! so a cached compile writes exactly what a full compile writes. Entries
//! of documents that left the corpus stay until the engine changes; delete
//! the directory to reclaim the space. A damaged entry is a miss, and a
//! failed store is counted, never fatal.
//!
//! ```no_run
//! use std::sync::Arc;
//! use diplo::{cache::Cache, pipeline};
//! let cache = Arc::new(Cache::open(".diplo-cache".as_ref()).unwrap());
//! let opts = pipeline::CompileOptions { cache: Some(cache.clone()), ..Default::default() };
//! // ... pipeline::compile(&files, &kb, &opts, &|_| {}) ...
//! let s = cache.stats();
//! println!("{} hits, {} misses", s.hits, s.misses);
//! ```

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::ingest::Document;
use crate::pipeline::Reduced;
use crate::shard;

/// The default cache directory name, created beside the output directory.
pub const DEFAULT_DIR: &str = ".diplo-cache";

#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("cannot use the cache directory {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// How a compile used the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CacheStats {
    /// Documents whose result was reused.
    pub hits: u64,
    /// Documents analysed afresh.
    pub misses: u64,
    /// Results that could not be stored.
    pub store_errors: u64,
}

/// A store of per-document results for one engine.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    hits: AtomicU64,
    misses: AtomicU64,
    store_errors: AtomicU64,
    tmp_seq: AtomicU64,
}

/// The cache directory used for an output directory: `.diplo-cache` beside it.
pub fn default_dir(out: &Path) -> PathBuf {
    match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.join(DEFAULT_DIR),
        _ => PathBuf::from(DEFAULT_DIR),
    }
}

/// The engine's name: the shard engine (crate version and reference tables)
/// and the running executable, 16 hex digits.
pub fn engine() -> String {
    let mut h = blake3::Hasher::new();
    h.update(shard::engine_version().as_bytes());
    if let Some(bytes) = std::env::current_exe().ok().and_then(|p| fs::read(p).ok()) {
        h.update(&bytes);
    }
    h.finalize().to_hex()[..16].to_string()
}

impl Cache {
    /// Opens (creating it) the cache under `root` for this engine, and
    /// removes the entries of other engines.
    pub fn open(root: &Path) -> Result<Cache, CacheError> {
        Cache::open_for(root, &engine())
    }

    /// [`Cache::open`] for a given engine name.
    pub fn open_for(root: &Path, engine: &str) -> Result<Cache, CacheError> {
        let err = |path: &Path| {
            let path = path.display().to_string();
            move |source| CacheError::Io { path, source }
        };
        let dir = root.join(engine);
        fs::create_dir_all(&dir).map_err(err(&dir))?;
        for entry in fs::read_dir(root).map_err(err(root))?.flatten() {
            let name = entry.file_name();
            let stale = name.len() == 16
                && name != *engine
                && name
                    .to_string_lossy()
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit());
            if stale && entry.path().is_dir() {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
        Ok(Cache {
            dir,
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            store_errors: AtomicU64::new(0),
            tmp_seq: AtomicU64::new(0),
        })
    }

    /// The key of a document: blake3 of every field, hex.
    pub fn key(&self, d: &Document) -> String {
        let mut h = blake3::Hasher::new();
        let meta = format!(
            "{:?}",
            (
                &d.doc_id,
                &d.source,
                d.line,
                &d.url,
                &d.title,
                &d.author,
                &d.outlet,
                d.published,
                d.published_source,
                d.segment,
            )
        );
        h.update(&(meta.len() as u64).to_le_bytes());
        h.update(meta.as_bytes());
        h.update(d.text.as_bytes());
        h.finalize().to_hex().to_string()
    }

    fn path(&self, key: &str) -> PathBuf {
        let sub = key.get(..2).unwrap_or("00");
        self.dir.join(sub).join(format!("{key}.json"))
    }

    /// The stored result for a key; counts a hit or a miss.
    pub fn get(&self, key: &str) -> Option<Reduced> {
        let found = fs::read(self.path(key))
            .ok()
            .and_then(|b| shard::decode_doc(&b).ok());
        let counter = if found.is_some() {
            &self.hits
        } else {
            &self.misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
        found
    }

    /// Stores a result (atomically: a reader sees the old entry, the new one
    /// or none). A failure is counted, not returned.
    pub fn put(&self, key: &str, r: &Reduced) {
        let path = self.path(key);
        let seq = self.tmp_seq.fetch_add(1, Ordering::Relaxed);
        let tmp = path.with_extension(format!("tmp-{}-{seq}", std::process::id()));
        let stored = path
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::write(&tmp, shard::encode_doc(r)))
            .and_then(|()| fs::rename(&tmp, &path));
        if stored.is_err() {
            let _ = fs::remove_file(&tmp);
            self.store_errors.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Hits, misses and failed stores so far.
    pub fn stats(&self) -> CacheStats {
        CacheStats {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
            store_errors: self.store_errors.load(Ordering::Relaxed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::reduce;
    use crate::pipeline::Analysed;

    fn doc(id: &str, text: &str) -> Document {
        Document::bare(id, "in.txt", text, None)
    }

    #[test]
    fn the_key_changes_with_text_and_metadata_only() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let c = Cache::open_for(tmp.path(), "0123456789abcdef").expect("open");
        let a = doc("a", "Kerry visited Moscow.");
        assert_eq!(c.key(&a), c.key(&a.clone()));
        assert_ne!(c.key(&a), c.key(&doc("a", "Kerry visited Paris.")));
        assert_ne!(c.key(&a), c.key(&doc("b", "Kerry visited Moscow.")));
        let mut titled = a.clone();
        titled.title = Some("Kerry".into());
        assert_ne!(c.key(&a), c.key(&titled));
    }

    #[test]
    fn a_stored_result_is_a_hit_and_other_engines_are_removed() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let old = Cache::open_for(tmp.path(), "aaaaaaaaaaaaaaaa").expect("open");
        let r = reduce(Analysed {
            doc: doc("a", "Kerry visited Moscow."),
            mentions: vec![],
        });
        old.put("k1", &r);
        assert_eq!(old.get("k1"), Some(r.clone()));
        assert_eq!(old.get("k2"), None);
        assert_eq!(
            old.stats(),
            CacheStats {
                hits: 1,
                misses: 1,
                store_errors: 0
            }
        );
        // A damaged entry is a miss.
        let k3 = old.path("k3");
        fs::create_dir_all(k3.parent().expect("parent")).expect("mkdir");
        fs::write(k3, b"{garbage").expect("write");
        assert_eq!(old.get("k3"), None);

        let new = Cache::open_for(tmp.path(), "bbbbbbbbbbbbbbbb").expect("open");
        assert!(!tmp.path().join("aaaaaaaaaaaaaaaa").exists());
        assert_eq!(new.get("k1"), None, "another engine never reuses a result");
    }
}

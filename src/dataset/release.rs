//! Releases kept side by side: `RELEASES/<version>/`, each a dataset
//! directory plus its `RELEASE_NOTES.md` (see `docs/releases.md`).
//!
//! This module holds the pure parts of `diplo release`: checking a version
//! label ([`check_label`]), ordering labels ([`compare_labels`]: numeric
//! parts as numbers, so `2026.10.0` follows `2026.9.1`), finding the
//! release a new one follows ([`previous_release`]), and writing the notes
//! from a [`DatasetDiff`] ([`release_notes`]).
//!
//! ```
//! use std::cmp::Ordering;
//! use diplo::dataset::release::{check_label, compare_labels};
//! assert_eq!(compare_labels("2026.9.1", "2026.10.0"), Ordering::Less);
//! assert!(check_label("2026.11.0").is_ok());
//! assert!(check_label("../etc").is_err());
//! ```

use std::cmp::Ordering;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use super::diff::DatasetDiff;
use super::manifest::MANIFEST_FILE;
use super::DatasetError;

/// The release notes' file name inside a release directory.
pub const NOTES_FILE: &str = "RELEASE_NOTES.md";

/// The directory releases are kept in, relative to the project.
pub const DEFAULT_RELEASES_DIR: &str = "data/releases";

/// A version label names a directory: letters, digits, `.`, `-`, `_`, `+`,
/// starting with a letter or digit.
pub fn check_label(label: &str) -> Result<(), DatasetError> {
    let ok = label
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '+'))
        && label
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && label.len() <= 64;
    if ok {
        Ok(())
    } else {
        Err(DatasetError::Write {
            path: label.to_string(),
            message: "expected a release version such as \"2026.11.0\" (letters, digits, '.', '-', '_', '+'; at most 64), found another name".into(),
        })
    }
}

/// Orders version labels: split at `.`, `-`, `_`, `+`; numeric parts
/// compare as numbers and sort before text parts; a label that is a prefix
/// of another comes first.
pub fn compare_labels(a: &str, b: &str) -> Ordering {
    fn parts(s: &str) -> Vec<(u8, u64, &str)> {
        s.split(['.', '-', '_', '+'])
            .map(|p| match p.parse::<u64>() {
                Ok(n) => (0, n, ""),
                Err(_) => (1, 0, p),
            })
            .collect()
    }
    parts(a).cmp(&parts(b)).then_with(|| a.cmp(b))
}

/// The release that `version` follows in `releases`: the greatest label
/// below it among the subdirectories holding a `manifest.json`. None when
/// there is none (the first release) or `releases` does not exist.
pub fn previous_release(releases: &Path, version: &str) -> Option<PathBuf> {
    let entries = std::fs::read_dir(releases).ok()?;
    entries
        .filter_map(Result::ok)
        .filter(|e| e.path().join(MANIFEST_FILE).is_file())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|name| compare_labels(name, version) == Ordering::Less)
        .max_by(|a, b| compare_labels(a, b))
        .map(|name| releases.join(name))
}

/// The notes of release `version`: a heading, what it was compared with,
/// and the diff in Markdown. `previous` is the previous release's label
/// (None for a first release, whose notes only count the tables).
pub fn release_notes(version: &str, previous: Option<&str>, diff: &DatasetDiff) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Release {version}\n");
    match previous {
        Some(p) => {
            let _ = writeln!(
                s,
                "Compared with release {p}. Produced by `diplo release`; the same report is \
                 `diplo diff {p} {version} --format markdown`.\n"
            );
        }
        None => {
            let _ = writeln!(s, "First release: every row is new.\n");
        }
    }
    // The diff's own title becomes a section.
    let body = diff.to_markdown();
    let body = body.strip_prefix("# Dataset changes\n\n").unwrap_or(&body);
    let _ = writeln!(s, "## Summary\n");
    s.push_str(&body.replace("\n## ", "\n### "));
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{diff::diff, testdata::sample, write, Dataset};

    #[test]
    fn labels_order_numerically() {
        let mut v = vec![
            "2026.10.0",
            "2026.9.1",
            "2026.9.0",
            "2025.12.3",
            "2026.9.0-rc1",
        ];
        v.sort_by(|a, b| compare_labels(a, b));
        assert_eq!(
            v,
            [
                "2025.12.3",
                "2026.9.0",
                "2026.9.0-rc1",
                "2026.9.1",
                "2026.10.0"
            ]
        );
    }

    #[test]
    fn labels_that_are_not_directory_names_are_refused() {
        for bad in ["", "../x", "a/b", ".hidden", "v 1", "ü"] {
            assert!(check_label(bad).is_err(), "{bad:?}");
        }
        assert!(check_label("v1.2.3-rc.1+build_7").is_ok());
    }

    #[test]
    fn previous_release_is_the_greatest_lower_label_with_a_manifest() {
        let tmp = tempfile::tempdir().unwrap();
        let r = tmp.path();
        for v in ["2026.9.0", "2026.10.0", "2026.12.0"] {
            write(&r.join(v), &Dataset::default()).unwrap();
        }
        std::fs::create_dir(r.join("2026.11.0")).unwrap(); // no manifest
        assert_eq!(previous_release(r, "2026.11.5"), Some(r.join("2026.10.0")));
        assert_eq!(previous_release(r, "2026.9.0"), None);
        assert_eq!(previous_release(&r.join("nowhere"), "1"), None);
    }

    #[test]
    fn notes_name_both_releases_and_carry_the_diff() {
        let old = sample();
        let mut new = sample();
        new.events[0].status = "cancelled".into();
        let d = diff(&old, &new).unwrap();
        let notes = release_notes("2026.12.0", Some("2026.11.0"), &d);
        assert!(notes.starts_with("# Release 2026.12.0\n\nCompared with release 2026.11.0."));
        assert!(notes.contains("\n### Changed events\n"), "{notes}");
        assert!(notes.contains("| `ev-0001` | status | `\"occurred\"` | `\"cancelled\"` |"));
        assert!(!notes.contains("# Dataset changes"));
        let first = release_notes("1", None, &diff(&Dataset::default(), &old).unwrap());
        assert!(first.contains("First release"), "{first}");
    }
}

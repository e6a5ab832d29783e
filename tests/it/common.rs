//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

/// The project's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the project (tests and benchmarks read corpora there).
pub fn shared() -> PathBuf {
    root().join("..").join("shared")
}

/// Runs the `diplo` binary built for this test run.
pub fn diplo(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_diplo"))
        .args(args)
        .output()
        .expect("run diplo")
}

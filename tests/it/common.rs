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

/// Runs `diplo` and asserts that it succeeded, showing its stderr if not.
pub fn diplo_ok(args: &[&str]) -> Output {
    let o = diplo(args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "diplo {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

/// Runs `diplo`: its exit code, stdout and stderr.
pub fn diplo_text(args: &[&str]) -> (Option<i32>, String, String) {
    let o = diplo(args);
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

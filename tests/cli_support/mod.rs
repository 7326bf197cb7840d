//! Running the real `boothplan` binary from the CLI tests.

#![allow(dead_code, reason = "each test file uses a different part of this support module")]

pub mod chromium;
pub mod debian;
pub mod git;

use std::path::{Path, PathBuf};
use std::process::Command;

/// What one run of the binary gave.
pub struct Run {
    /// Exit code (`None` when killed by a signal).
    pub code: Option<i32>,
    /// Standard output, as text.
    pub stdout: String,
    /// Standard error, as text.
    pub stderr: String,
}

/// Runs `boothplan ARGS…` in the crate folder, so `layouts/…` paths work.
pub fn boothplan<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let out = Command::new(env!("CARGO_BIN_EXE_boothplan"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("the boothplan binary runs");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The checked-in default layout.
pub fn default_layout() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("layouts/gdte-hangzhou.ron")
}

/// The checked-in example with one of each mistake.
pub fn example_with_errors() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("layouts/example-with-errors.ron")
}

/// Asserts exit 2 with exactly one stderr line `FILE:LINE:COL: …` naming `file`, and no panic.
pub fn assert_unusable(run: &Run, file: &Path) {
    assert_eq!(run.code, Some(2), "stderr: {}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(!run.stderr.contains("backtrace"), "{}", run.stderr);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line on stderr: {:?}", run.stderr);
    let rest = lines[0]
        .strip_prefix(&format!("{}:", file.display()))
        .unwrap_or_else(|| panic!("starts with the file name: {}", lines[0]));
    let mut parts = rest.splitn(3, ':');
    let line = parts.next().unwrap_or_default();
    let column = parts.next().unwrap_or_default();
    let message = parts.next().unwrap_or_default();
    assert!(
        line.parse::<usize>().is_ok_and(|n| n >= 1)
            && column.parse::<usize>().is_ok_and(|n| n >= 1)
            && message.starts_with(' ')
            && message.trim().len() > 3,
        "FILE:LINE:COL: message, got {}",
        lines[0]
    );
}

/// A door of hall `1A` in its top wall (y = 0) from x `from_x` to `to_x`, id `1A-E1`: what the
/// fill tests put in front of their zones.
pub fn door_in_top_wall(from_x: f64, to_x: f64) -> boothplan_core::model::Exit {
    use boothplan_core::model::{Exit, Point};
    Exit {
        id: "1A-E1".into(),
        hall: Some("1A".into()),
        from: Point::new(from_x, 0.0),
        to: Point::new(to_x, 0.0),
    }
}

//! Tools some tests drive (git, GDAL) installed from Debian when missing, once per test binary.

use std::process::Command;
use std::sync::{Mutex, OnceLock};

/// Makes sure `program --version` runs, installing `package` with apt-get when it does not
/// (refreshing the package lists once if the first attempt fails). Panics with the reason when
/// the tool cannot be had: a missing tool is a failed test, never a skipped one.
pub fn ensure(program: &str, package: &str) {
    ensure_answering(program, "--version", package);
}

/// As [`ensure`], for a program that answers `flag` rather than `--version` (poppler's
/// `pdftotext -v`).
pub fn ensure_answering(program: &str, flag: &str, package: &str) {
    // One apt-get at a time within a test binary: dpkg takes a lock.
    static APT: OnceLock<Mutex<()>> = OnceLock::new();
    let runs = || Command::new(program).arg(flag).output().is_ok_and(|o| o.status.success());
    if runs() {
        return;
    }
    let _guard = APT
        .get_or_init(|| Mutex::new(()))
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if runs() {
        return;
    }
    let apt = |args: &[&str]| {
        Command::new("apt-get")
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .output()
            .unwrap_or_else(|e| panic!("{program} is missing and apt-get cannot run: {e}"))
    };
    if !apt(&["install", "-y", "-q", package]).status.success() {
        let _ = apt(&["update", "-q"]);
        let again = apt(&["install", "-y", "-q", package]);
        assert!(
            again.status.success(),
            "{program} is missing and `apt-get install {package}` failed: {}",
            String::from_utf8_lossy(&again.stderr)
        );
    }
    assert!(runs(), "{program} still does not run after installing {package}");
}

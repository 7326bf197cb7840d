//! Kill-during-save: a process saving a large layout over and over is killed with
//! SIGKILL at arbitrary moments; the file (and its `.bak`) is always one whole version, never
//! a mix or a truncation. The saving process is this test binary, run on its ignored helper.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use boothplan_core::io::atomic::backup_path;
use boothplan_core::io::ron_file::{load_layout, save_layout};
use boothplan_core::model::{Booth, BoothStatus, Hall, Layout, Rect};

const TARGET_ENV: &str = "BOOTHPLAN_TEST_SAVE_LOOP_TARGET";

/// Two versions of a 20,000-booth fair that differ in every booth line.
fn versions() -> (Layout, Layout) {
    let hall = Hall::new("1A", "Hall 1A", Rect::new(0.0, 0.0, 1200.0, 1200.0).corners().to_vec());
    let version = |shift: f64, status| Layout {
        halls: vec![hall.clone()],
        booths: (0..20_000)
            .map(|i| Booth {
                id: format!("1A-{i:05}"),
                hall: Some("1A".into()),
                theme: "technology".into(),
                rect: Rect::new(
                    f64::from(i % 200) * 6.0 + shift,
                    f64::from(i / 200) * 6.0,
                    3.0,
                    3.0,
                ),
                status,
                exhibitor: "杭州数智科技".into(),
            })
            .collect(),
        ..Layout::default()
    };
    (version(0.0, BoothStatus::Sold), version(1.5, BoothStatus::Reserved))
}

#[test]
#[ignore = "a helper: run by `a_killed_save_leaves_one_whole_version`, it saves until killed"]
fn save_loop_helper() {
    let Ok(target) = std::env::var(TARGET_ENV) else { return };
    let (a, b) = versions();
    for i in 0u64.. {
        save_layout(Path::new(&target), if i % 2 == 0 { &b } else { &a }).unwrap();
    }
}

#[cfg(unix)]
#[test]
fn a_killed_save_leaves_one_whole_version() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("fair.ron");
    let (a, b) = versions();
    save_layout(&target, &a).unwrap();
    let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
    let mut bak_seen = false;
    // Rounds whose kill landed while a new version was being written (its temporary file is
    // still there): without one, this test would prove nothing about a kill mid-write.
    let mut killed_mid_write = 0;
    let mut round = 0;
    while round < 8 || (killed_mid_write == 0 && round < 40) {
        round += 1;
        let mut saver = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "save_loop_helper", "--ignored", "--test-threads", "1"])
            .env(TARGET_ENV, &target)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_millis(30 + seed % 400));
        saver.kill().unwrap(); // SIGKILL on Unix: no destructor, no cleanup runs.
        saver.wait().unwrap();
        if left_a_temporary_file(dir.path(), "fair.ron") {
            killed_mid_write += 1;
        }
        // The backup appears with the first completed save and, replaced by renames, never
        // vanishes again.
        bak_seen |= backup_path(&target).exists();
        let paths = if bak_seen {
            vec![target.clone(), backup_path(&target)]
        } else {
            vec![target.clone()]
        };
        for path in paths {
            let found = load_layout(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
            assert!(
                found == a || found == b,
                "round {round}: {} is neither version",
                path.display()
            );
        }
    }
    assert!(killed_mid_write > 0, "no kill in {round} rounds landed while a save was writing");
    // The next save clears what the killed ones left behind.
    save_layout(&target, &b).unwrap();
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["fair.ron", "fair.ron.bak"]);
}

/// Whether a save of `name` in `dir` was cut off between creating its temporary file and
/// renaming it over the target.
fn left_a_temporary_file(dir: &Path, name: &str) -> bool {
    let prefix = format!(".{name}.tmp-");
    std::fs::read_dir(dir)
        .unwrap()
        .any(|e| e.unwrap().file_name().to_string_lossy().starts_with(&prefix))
}

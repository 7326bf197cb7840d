//! Hostile and odd input files given to the real binary: every command reads RON and GeoJSON
//! through one bounded, located reader, and says plainly what is wrong (invalid UTF-8 at its
//! line, an endless stream, a file cut short, a link to nothing, numbers beyond any building).

mod cli_support;

use std::path::Path;

use boothplan_core::io::geojson::export_geojson_local;
use boothplan_core::io::ron_file::{layout_to_ron, load_layout};
use cli_support::{Run, assert_unusable, boothplan, default_layout};

/// Runs `command` on `file` the way a planner would (export and import with an output).
fn run(command: &str, file: &Path, dir: &Path) -> Run {
    let out = match command {
        "export" => dir.join("out.csv"),
        _ => dir.join("out.ron"),
    };
    match command {
        "export" | "import" => {
            boothplan([command.as_ref(), file.as_os_str(), "-o".as_ref(), out.as_os_str()])
        }
        _ => boothplan([command.as_ref(), file.as_os_str()]),
    }
}

/// The commands that read a GeoJSON file.
const GEOJSON_READERS: [&str; 4] = ["check", "stats", "export", "import"];

fn fair_geojson() -> String {
    export_geojson_local(&load_layout(&default_layout()).unwrap())
}

/// The line and column (1-based, in characters) of byte `at` of `text`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

#[test]
fn invalid_utf8_in_geojson_is_placed_at_its_line_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let text = fair_geojson();
    let at = text.match_indices("\"id\":\"").nth(40).unwrap().0 + 6;
    let (line, column) = line_col(&text, at);
    assert!(line > 1, "the case needs a bad byte past the first line");
    let mut bytes = text.into_bytes();
    bytes[at] = 0xFF;
    let file = dir.path().join("latin1.geojson");
    std::fs::write(&file, bytes).unwrap();
    for command in GEOJSON_READERS {
        let run = run(command, &file, dir.path());
        assert_unusable(&run, &file);
        let want = format!("{}:{line}:{column}: byte 0xFF is not UTF-8", file.display());
        assert!(run.stderr.starts_with(&want), "{command}: {}", run.stderr);
    }
    assert!(!dir.path().join("out.ron").exists() && !dir.path().join("out.csv").exists());
}

#[cfg(unix)]
#[test]
fn an_endless_stream_named_geojson_is_refused_at_the_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    let zero = dir.path().join("zero.geojson");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let run = run("import", &zero, dir.path());
    assert_unusable(&run, &zero);
    assert!(run.stderr.contains("at most 512 MiB"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn a_link_to_nothing_is_said_in_a_plain_sentence() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["gone.ron", "gone.geojson"] {
        let link = dir.path().join(name);
        std::os::unix::fs::symlink(dir.path().join("moved-away"), &link).unwrap();
        for command in ["check", "import"] {
            let run = run(command, &link, dir.path());
            assert_unusable(&run, &link);
            assert!(run.stderr.contains("is a symbolic link to"), "{}", run.stderr);
            assert!(run.stderr.contains("moved-away, which does not exist"), "{}", run.stderr);
        }
    }
}

#[test]
fn a_file_cut_short_says_it_ends_too_early() {
    let dir = tempfile::tempdir().unwrap();
    let geojson = fair_geojson();
    let ron = std::fs::read_to_string(default_layout()).unwrap();
    let cut = |text: &str| {
        let half = text.len() / 2;
        text[..(0..=half).rev().find(|&i| text.is_char_boundary(i)).unwrap()].to_owned()
    };
    for (name, text) in [("cut.geojson", cut(&geojson)), ("cut.ron", cut(&ron))] {
        let file = dir.path().join(name);
        std::fs::write(&file, &text).unwrap();
        let run = run("check", &file, dir.path());
        assert_unusable(&run, &file);
        assert!(run.stderr.contains("ends too early"), "{name}: {}", run.stderr);
    }
}

/// The default fair as RON with one booth's `x_m` replaced by `value`.
fn fair_with_booth_x(value: &str) -> (String, usize) {
    let ron = layout_to_ron(&load_layout(&default_layout()).unwrap()).unwrap();
    let line = ron.lines().position(|l| l.contains("(id: \"2B-007\"")).unwrap();
    let old = ron.lines().nth(line).unwrap();
    let x = old.find("x_m: ").unwrap() + 5;
    let end = x + old[x..].find(',').unwrap();
    let new = format!("{}{value}{}", &old[..x], &old[end..]);
    (ron.replacen(old, &new, 1), line + 1)
}

#[test]
fn numbers_beyond_any_building_are_refused_where_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let (text, line) = fair_with_booth_x("1e308");
    let file = dir.path().join("far.ron");
    std::fs::write(&file, &text).unwrap();
    for command in ["check", "stats", "export"] {
        let refused = run(command, &file, dir.path());
        assert_unusable(&refused, &file);
        let stderr = &refused.stderr;
        assert!(stderr.starts_with(&format!("{}:{line}:", file.display())), "{stderr}");
        assert!(stderr.contains("booth `2B-007`: expected `x_m` within ±1,000 km"), "{stderr}");
    }
    // The same in GeoJSON: a hall corner 2,000 km away.
    let geojson = fair_geojson().replacen("[117.0,0.0]", "[2000000.0,0.0]", 1);
    let file = dir.path().join("far.geojson");
    std::fs::write(&file, &geojson).unwrap();
    let far = run("stats", &file, dir.path());
    assert_unusable(&far, &file);
    assert!(
        far.stderr.contains("within ±1,000 km (1,000,000 m), found 2000000.0"),
        "{}",
        far.stderr
    );
    // At the bound, a file loads and its shares are figures, not NaN.
    let (text, _) = fair_with_booth_x("999997.0");
    let file = dir.path().join("edge.ron");
    std::fs::write(&file, &text).unwrap();
    let edge = run("stats", &file, dir.path());
    assert_eq!(edge.code, Some(0), "{}", edge.stderr);
    assert!(!edge.stdout.contains("NaN") && !edge.stdout.contains("inf"), "{}", edge.stdout);
}

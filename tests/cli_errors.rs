//! Files the CLI cannot use: exit 2 and one line `FILE:LINE:COL: what was expected`, no panic.

mod cli_support;

use std::path::Path;

use cli_support::{Run, assert_unusable, boothplan, default_layout};

/// Broken RON files, each with a short name for the failure message.
fn broken_ron() -> Vec<(&'static str, Vec<u8>)> {
    let good = std::fs::read_to_string(default_layout()).unwrap();
    let half = good.len() / 2;
    let cut = (0..=half).rev().find(|&i| good.is_char_boundary(i)).unwrap();
    vec![
        ("empty", Vec::new()),
        ("truncated", good.as_bytes()[..cut].to_vec()),
        ("garbage", vec![0x00, 0xFF, 0x13, 0x37, 0xC3, 0x28, 0x9F, 0x80, 0x00, 0x01]),
        ("format 99", good.replacen("format: 1,", "format: 99,", 1).into_bytes()),
        ("wrong type", good.replacen("min_aisle_m: 3.0", "min_aisle_m: \"wide\"", 1).into_bytes()),
        ("nan", good.replacen("width_m: 6.0", "width_m: NaN", 1).into_bytes()),
        ("unknown theme", good.replacen("theme: \"logistics\"", "theme: \"food\"", 1).into_bytes()),
        ("json in a ron file", br#"{"type": "FeatureCollection"}"#.to_vec()),
    ]
}

fn run_on(command: &str, file: &Path, dir: &Path) -> Run {
    match command {
        "export" => {
            let out = dir.join("plan.csv");
            boothplan([command.as_ref(), file.as_os_str(), "-o".as_ref(), out.as_os_str()])
        }
        _ => boothplan([command.as_ref(), file.as_os_str()]),
    }
}

#[test]
fn broken_ron_files_give_exit_2_and_one_located_line() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in broken_ron() {
        let file = dir.path().join(format!("{}.ron", name.replace(' ', "-")));
        std::fs::write(&file, bytes).unwrap();
        for command in ["check", "stats", "export"] {
            let run = run_on(command, &file, dir.path());
            assert_unusable(&run, &file);
            assert!(run.stdout.is_empty(), "{command} {name}: {}", run.stdout);
        }
    }
    assert!(!dir.path().join("plan.csv").exists(), "nothing exported from a broken file");
}

#[test]
fn broken_geojson_files_give_exit_2_and_one_located_line() {
    let dir = tempfile::tempdir().unwrap();
    let triangle_booth = br#"{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"kind":"hall","id":"1A"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[50,0],[50,50],[0,50],[0,0]]]}},
{"type":"Feature","properties":{"kind":"booth","id":"1A-001","theme":"technology"},"geometry":{"type":"Polygon","coordinates":[[[1,1],[5,1],[3,4],[1,1]]]}}
]}"#;
    let cases: [(&str, &[u8]); 5] = [
        ("empty", b""),
        ("triangle booth", triangle_booth),
        ("truncated", br#"{"type":"FeatureCollection","features":[{"#),
        ("not geojson", b"(format: 1)"),
        ("garbage", &[0xFF, 0xFE, 0x00, 0x41]),
    ];
    for (name, bytes) in cases {
        let file = dir.path().join(format!("{}.geojson", name.replace(' ', "-")));
        std::fs::write(&file, bytes).unwrap();
        for command in ["check", "stats"] {
            assert_unusable(&run_on(command, &file, dir.path()), &file);
        }
        let out = dir.path().join("out.ron");
        let run = boothplan(["import".as_ref(), file.as_os_str(), "-o".as_ref(), out.as_os_str()]);
        assert_unusable(&run, &file);
        assert!(!out.exists());
    }
}

#[test]
fn missing_files_and_folders_give_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-fair.ron");
    for command in ["check", "stats", "export"] {
        assert_unusable(&run_on(command, &missing, dir.path()), &missing);
        assert_unusable(&run_on(command, dir.path(), dir.path()), dir.path());
    }
}

#[test]
fn usage_errors_give_exit_2_without_a_panic() {
    for args in [
        vec!["check"],
        vec!["stats", "a.ron", "--frobnicate"],
        vec!["export", "layouts/gdte-hangzhou.ron"],
        vec!["export", "layouts/gdte-hangzhou.ron", "-o", "x.pdf", "--paper", "B5"],
        vec!["no-such-command", "x", "y"],
    ] {
        let run = boothplan(&args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{args:?}: {}", run.stderr);
        assert!(run.stderr.starts_with("error: "), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn an_unknown_export_format_or_hall_is_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let layout = default_layout();
    let out = dir.path().join("plan.docx");
    let run = boothplan(["export".as_ref(), layout.as_os_str(), "-o".as_ref(), out.as_os_str()]);
    assert_eq!(run.code, Some(2));
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("plan.docx"), "{}", run.stderr);
    let out = dir.path().join("plan.csv");
    let run = boothplan([
        "export".as_ref(),
        layout.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--hall".as_ref(),
        "9Z".as_ref(),
    ]);
    assert_eq!(run.code, Some(2));
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("9Z"), "{}", run.stderr);
    assert!(!out.exists());
}

#[test]
fn help_lists_the_commands_but_not_the_hidden_generator() {
    let run = boothplan(["--help"]);
    assert_eq!(run.code, Some(0));
    for command in ["check", "stats", "export", "import"] {
        assert!(run.stdout.contains(command), "{command} in {}", run.stdout);
    }
    assert!(!run.stdout.contains("generate"), "{}", run.stdout);
}

#[test]
fn a_reader_that_stops_early_is_not_a_panic() {
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.ron");
    let args = ["generate", "synthetic", "--booths", "20000", "--seed", "3", "-o"];
    let run = boothplan(args.iter().map(std::ffi::OsStr::new).chain([file.as_os_str()]));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    // Over 100 kB of findings into a pipe whose reader has already gone, as with `… | head`.
    let mut child = Command::new(env!("CARGO_BIN_EXE_boothplan"))
        .args(["check".as_ref(), file.as_os_str(), "--json".as_ref()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(1), "the check's own verdict: {stderr}");
}

#[test]
fn a_png_width_and_a_dpi_together_are_refused_and_a_width_alone_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("slide.png");
    let layout = Path::new("layouts/gdte-hangzhou.ron");
    let args = |extra: &[&str]| {
        let mut v: Vec<std::ffi::OsString> =
            vec!["export".into(), layout.into(), "-o".into(), out.clone().into()];
        v.extend(extra.iter().map(Into::into));
        v
    };
    let both = boothplan(args(&["--dpi", "100", "--width", "800"]));
    assert_eq!(both.code, Some(2), "{}", both.stderr);
    assert!(both.stderr.contains("--width"), "{}", both.stderr);
    assert!(!out.exists());
    let run = boothplan(args(&["--width", "800"]));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&out).unwrap()));
    assert_eq!(decoder.read_info().unwrap().info().width, 800);
}

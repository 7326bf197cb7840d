//! What the real binary writes stays safe whatever a file holds: CSV cells a spreadsheet would
//! run as formulas are defused, names with control characters cannot rewrite the terminal or
//! forge rows, and `import`/`export` never replace their own input or a read-only file.

mod cli_support;

use std::path::Path;

use boothplan_core::io::ron_file::{load_layout, save_layout};
use boothplan_core::model::{Booth, BoothStatus, Hall, Layout, Point, Rect, Zone};
use cli_support::{Run, boothplan, default_layout};

/// A hall west of the origin, a zone and booths whose texts begin like formulas.
fn risky_layout() -> Layout {
    let booth = |id: &str, x_m: f64, exhibitor: &str| Booth {
        id: id.to_owned(),
        hall: Some("-W".to_owned()),
        theme: "technology".to_owned(),
        rect: Rect::new(x_m, -12.0, 3.0, 3.0),
        status: BoothStatus::Sold,
        exhibitor: exhibitor.to_owned(),
    };
    Layout {
        name: "Risky fair".to_owned(),
        halls: vec![Hall::new(
            "-W",
            "West",
            [(-60.0, -30.0), (0.0, -30.0), (0.0, 0.0), (-60.0, 0.0)]
                .map(|(x, y)| Point::new(x, y))
                .to_vec(),
        )],
        zones: vec![Zone {
            id: "@zone".to_owned(),
            hall: Some("-W".to_owned()),
            theme: "technology".to_owned(),
            name: "Z".to_owned(),
            rect: Rect::new(-60.0, -30.0, 60.0, 30.0),
        }],
        booths: vec![
            booth("=1+1", -57.0, "=HYPERLINK(\"http://evil.example\",\"click\")"),
            booth("+B2", -51.0, "\tTabbed Ltd"),
            booth("B3", -45.0, "Plain & Co - Hangzhou"),
            booth("B4", -39.0, "\r@SUM(A1:A9)"),
        ],
        ..Layout::default()
    }
}

fn args<'a>(parts: &'a [&'a Path]) -> Vec<&'a std::ffi::OsStr> {
    parts.iter().map(|p| p.as_os_str()).collect()
}

fn export(input: &Path, output: &Path) -> Run {
    boothplan(args(&[Path::new("export"), input, Path::new("-o"), output]))
}

fn import(input: &Path, output: &Path) -> Run {
    boothplan(args(&[Path::new("import"), input, Path::new("-o"), output]))
}

#[test]
fn csv_cells_that_would_be_formulas_are_defused_and_figures_stay_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("risky.ron");
    save_layout(&file, &risky_layout()).unwrap();
    let out = dir.path().join("booths.csv");
    let run = export(&file, &out);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let bytes = std::fs::read(&out).unwrap();
    let mut reader = csv::Reader::from_reader(bytes.strip_prefix("\u{feff}".as_bytes()).unwrap());
    let header = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let cell = |row: usize, column: &str| {
        let at = header.iter().position(|h| h == column).unwrap();
        rows[row][at].to_owned()
    };
    assert_eq!(cell(0, "number"), "'=1+1");
    assert_eq!(cell(0, "hall"), "'-W");
    assert_eq!(cell(0, "zone"), "'@zone");
    assert_eq!(cell(0, "exhibitor"), "'=HYPERLINK(\"http://evil.example\",\"click\")");
    assert_eq!(cell(1, "number"), "'+B2");
    assert_eq!(cell(1, "exhibitor"), "'\tTabbed Ltd");
    assert_eq!(cell(2, "number"), "B3");
    assert_eq!(cell(2, "exhibitor"), "Plain & Co - Hangzhou");
    assert_eq!(cell(3, "exhibitor"), "'\r@SUM(A1:A9)");
    // Negative coordinates are figures, not text.
    assert_eq!(cell(0, "x_m"), "-57");
    assert_eq!(cell(0, "y_m"), "-12");
    assert_eq!(cell(0, "area_m2"), "9");
    assert_eq!(cell(0, "status"), "sold");
}

/// The default fair with a hall name and a booth id that hold terminal escapes and line breaks.
fn fair_with_control_characters(dir: &Path) -> std::path::PathBuf {
    let mut layout = load_layout(&default_layout()).unwrap();
    layout.name = String::from("Fair\u{1b}]0;pwned\u{7}");
    layout.halls[0].name = String::from("Hall\u{1b}[2J\nerror     booth-overlap  forged");
    let booth = layout.booths[0].clone();
    layout.booths.push(Booth { id: "X\u{1b}[31m\nerror".to_owned(), ..booth });
    let file = dir.join("escapes.ron");
    save_layout(&file, &layout).unwrap();
    file
}

#[test]
fn check_and_stats_tables_show_control_characters_escaped_and_json_stays_exact() {
    let dir = tempfile::tempdir().unwrap();
    let file = fair_with_control_characters(dir.path());
    let check = boothplan([Path::new("check"), &file]);
    assert_eq!(check.code, Some(1), "{}", check.stderr);
    let stats = boothplan([Path::new("stats"), &file]);
    assert_eq!(stats.code, Some(0), "{}", stats.stderr);
    for (what, out) in [("check", &check.stdout), ("stats", &stats.stdout)] {
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{what}: {out}");
        assert!(!out.lines().any(|l| l.starts_with("error     booth-overlap  forged")), "{out}");
    }
    assert!(check.stdout.contains("X\\u{1b}[31m\\nerror"), "{}", check.stdout);
    assert!(stats.stdout.contains("Hall\\u{1b}[2J\\nerror"), "{}", stats.stdout);
    assert!(stats.stdout.starts_with("Fair\\u{1b}]0;pwned\\u{7}\n"), "{}", stats.stdout);
    let json = boothplan([Path::new("check"), &file, Path::new("--json")]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let ids: Vec<&str> = value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["ids"].as_array().unwrap().iter().filter_map(|v| v.as_str()))
        .collect();
    assert!(ids.contains(&"X\u{1b}[31m\nerror"), "--json keeps the id exact");
    let json = boothplan([Path::new("stats"), &file, Path::new("--json")]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["name"], "Fair\u{1b}]0;pwned\u{7}");
}

#[test]
fn import_and_export_refuse_to_overwrite_their_own_input() {
    let dir = tempfile::tempdir().unwrap();
    let geojson = dir.path().join("fair.geojson");
    let run = export(&default_layout(), &geojson);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let before = std::fs::read(&geojson).unwrap();
    // The same name, another spelling of it, and (on Unix) a link to it.
    let mut outputs = vec![geojson.clone(), dir.path().join(".").join("fair.geojson")];
    #[cfg(unix)]
    {
        let link = dir.path().join("link.geojson");
        std::os::unix::fs::symlink(&geojson, &link).unwrap();
        outputs.push(link);
    }
    for output in &outputs {
        for run in [import(&geojson, output), export(&geojson, output)] {
            assert_eq!(run.code, Some(2), "{}", run.stderr);
            assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
            assert!(run.stderr.starts_with(&format!("{}: ", output.display())), "{}", run.stderr);
            assert!(run.stderr.contains("is the input file"), "{}", run.stderr);
        }
    }
    assert_eq!(std::fs::read(&geojson).unwrap(), before, "the input is untouched");
    assert!(!dir.path().join("fair.geojson.bak").exists());
}

#[cfg(unix)]
#[test]
fn import_and_export_refuse_a_read_only_output() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let geojson = dir.path().join("fair.geojson");
    assert_eq!(export(&default_layout(), &geojson).code, Some(0));
    for name in ["kept.ron", "kept.csv"] {
        let output = dir.path().join(name);
        std::fs::write(&output, "keep me").unwrap();
        std::fs::set_permissions(&output, std::fs::Permissions::from_mode(0o444)).unwrap();
        let run = if Path::new(name).extension().is_some_and(|e| e == "ron") {
            import(&geojson, &output)
        } else {
            export(&geojson, &output)
        };
        assert_eq!(run.code, Some(2), "{}", run.stderr);
        assert_eq!(
            run.stderr.trim_end(),
            format!(
                "{}: the file is read-only; make it writable or choose another name to replace it",
                output.display()
            )
        );
        assert_eq!(std::fs::read_to_string(&output).unwrap(), "keep me");
    }
}

#[test]
fn an_output_name_too_long_for_its_temporary_file_is_refused_plainly() {
    let dir = tempfile::tempdir().unwrap();
    // 250 bytes: a legal name, but the temporary file beside it would need more than 255.
    let output = dir.path().join(format!("{}.csv", "b".repeat(246)));
    let run = export(&default_layout(), &output);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("the file name is 250 bytes long"), "{}", run.stderr);
    assert!(run.stderr.contains("use a name of at most"), "{}", run.stderr);
    assert_eq!(run.stderr.matches(&*output.display().to_string()).count(), 1, "{}", run.stderr);
    assert!(!output.exists());
}

#[test]
fn a_failed_write_names_the_output_once() {
    let dir = tempfile::tempdir().unwrap();
    let geojson = dir.path().join("fair.geojson");
    assert_eq!(export(&default_layout(), &geojson).code, Some(0));
    for name in ["fair.ron", "plan.csv"] {
        let output = dir.path().join("no-such-folder").join(name);
        let run = if Path::new(name).extension().is_some_and(|e| e == "ron") {
            import(&geojson, &output)
        } else {
            export(&geojson, &output)
        };
        assert_eq!(run.code, Some(2), "{}", run.stderr);
        let shown = run.stderr.trim_end();
        assert!(shown.starts_with(&format!("{}: cannot ", output.display())), "{shown}");
        assert_eq!(shown.matches("no-such-folder").count(), 1, "{shown}");
    }
}

//! `boothplan export --sheet fire-marshal`: the sheet a fire marshal signs, read back from the
//! PDF with poppler's `pdftotext` as a marshal's PDF viewer would show it: every rule of the
//! pack with its limit and clause, a broken rule failing with its count and worst value, the
//! exits with their widths, and the walking-distance lines drawn.

mod cli_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use cli_support::{boothplan, debian, default_layout};

fn broken_example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("layouts/egress-broken.ron")
}

/// Exports `file` as a fire-marshal sheet to `out` with extra arguments; panics on failure.
fn export(file: &Path, out: &Path, extra: &[&str]) {
    let mut args = vec![
        "export",
        file.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--sheet",
        "fire-marshal",
        "--date",
        "2026-05-20",
    ];
    args.extend(extra);
    let run = boothplan(&args);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
}

/// The text of a PDF's first page as `pdftotext` reads it, white space taken out (the
/// sheet's text is fitted to its columns, so gaps vary).
fn pdf_text(pdf: &Path) -> String {
    debian::ensure_answering("pdftotext", "-v", "poppler-utils");
    let out = Command::new("pdftotext").args(["-f", "1", "-l", "1"]).arg(pdf).arg("-").output();
    let out = out.unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    squeeze(&String::from_utf8(out.stdout).unwrap())
}

/// `s` with its white space taken out.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
}

/// The texts of a sheet's sidebar, in the order they are drawn, from its SVG.
fn sidebar_texts(svg: &str) -> Vec<String> {
    let legend = &svg[svg.find("id=\"legend\"").expect("a sidebar")..];
    legend
        .split("<text ")
        .skip(1)
        .map(|t| {
            let inner = t.split_once('>').unwrap().1.split("</text>").next().unwrap();
            inner
                .replace("&apos;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        })
        .collect()
}

/// A rule's row of the table: its limit, result, clause and (when it fails) worst value.
fn rule_row(texts: &[String], rule: &str) -> Vec<String> {
    let i = texts
        .iter()
        .position(|t| t == rule)
        .unwrap_or_else(|| panic!("no row for {rule} in {texts:#?}"));
    let rest = &texts[i + 1..];
    let cells = if rest.get(1).is_some_and(|r| r == "passes") { 3 } else { 4 };
    rest[..cells.min(rest.len())].to_vec()
}

/// Exports `file` as a fire-marshal SVG and PDF with extra arguments: the sidebar's texts and
/// the PDF's text.
fn sheet(dir: &Path, name: &str, file: &Path, extra: &[&str]) -> (Vec<String>, String) {
    let (svg, pdf) = (dir.join(format!("{name}.svg")), dir.join(format!("{name}.pdf")));
    export(file, &svg, extra);
    export(file, &pdf, extra);
    (sidebar_texts(&std::fs::read_to_string(svg).unwrap()), pdf_text(&pdf))
}

/// A rule of a pack as the spec tables it: name, limit, clause.
type Row = (&'static str, &'static str, &'static str);

#[test]
fn every_rule_of_each_pack_is_listed_with_its_limit_clause_and_result() {
    let dir = tempfile::tempdir().unwrap();
    let file = broken_example();
    // Each pack's rules, limits and clauses as docs/SPEC.md tables them (hall B has no
    // sprinklers; the layout sets booth-depth to 15 m itself).
    let packs: [(&str, &[Row]); 2] = [
        (
            "gb50016",
            &[
                ("exit-distance", "≤ 30 m", "GB 50016 5.5.17"),
                ("booth-depth", "≤ 15 m", "the layout's own limit"),
                ("exit-blocked", "4 m clear", "GB 50016 pack, exit clear zone"),
                ("exit-capacity", "0.75/m², 6.5 mm each", "GB 50016 5.5.21"),
                ("long-row", "≤ 30 m", "GB 50016 pack, long row"),
            ],
        ),
        (
            "nfpa101",
            &[
                ("travel-distance", "≤ 61 m", "IBC 1017.2"),
                ("booth-depth", "≤ 15 m", "the layout's own limit"),
                ("exit-blocked", "3 m clear", "NFPA 101 pack, exit clear zone"),
                ("exit-capacity", "0.7/m², 5 mm each", "NFPA 101 exhibits"),
                ("long-row", "≤ 30 m", "NFPA 101 pack, long row"),
            ],
        ),
    ];
    let layout_rules = [
        ("booth-overlap", "no shared area"),
        ("on-column", "off every column"),
        ("no-aisle-access", "an open side"),
    ];
    for (pack, rules) in packs {
        let (texts, pdf) = sheet(dir.path(), pack, &file, &["--rules", pack, "--hall", "B"]);
        assert!(texts.iter().any(|t| t.ends_with(&format!("rules {pack}"))), "{texts:#?}");
        for (rule, limit, clause) in rules {
            let row = rule_row(&texts, rule);
            assert_eq!(row[0], *limit, "{pack} {rule}: {row:?}");
            assert!(row[2].starts_with(clause), "{pack} {rule}: {row:?}");
            // The PDF holds the same row.
            assert!(pdf.contains(&squeeze(rule)) && pdf.contains(&squeeze(clause)), "{pdf}");
            assert!(pdf.contains(&squeeze(limit)), "{pack} {limit}: {pdf}");
        }
        for (rule, limit) in layout_rules {
            assert_eq!(rule_row(&texts, rule), [limit, "passes", "layout rule"], "{pack}");
            assert!(pdf.contains(rule), "{pack} {rule}");
        }
        let aisle = rule_row(&texts, "narrow-aisle");
        assert_eq!(aisle, ["≥ 3 m", "passes", "layout's minimum aisle"], "{pack}");
        // The rule the pack leaves out is named as not checked, not listed as passing.
        let other = if pack == "gb50016" { "travel-distance" } else { "exit-distance" };
        let note = texts.iter().find(|t| t.starts_with("Not in")).unwrap();
        assert!(note.contains(other), "{note}");
        assert!(!texts.iter().any(|t| t == other), "{other} is not in {pack}");
    }
}

#[test]
fn a_broken_rule_fails_with_its_count_and_worst_value() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(broken_example()).unwrap();
    // A second booth far from every door: 37.6 m (by hand: from (57, 19) to the end (24.5, 0)
    // of exit B-E2 is √(32.5² + 19²) = 37.65 m), farther than B-FAR's 35 m.
    let far = "        (id: \"B-FAR2\", hall: \"B\", theme: \"technology\", rect: (x_m: 54.0, \
               y_m: 16.0, width_m: 3.0, height_m: 3.0), status: Sold),\n";
    let at = text.find("        (id: \"B-R01\"").unwrap();
    let file = dir.path().join("two-far.ron");
    std::fs::write(&file, format!("{}{far}{}", &text[..at], &text[at..])).unwrap();
    let check = boothplan(["check", file.to_str().unwrap()]);
    assert_eq!(check.stdout.matches("exit-distance").count(), 2, "{}", check.stdout);

    let (texts, pdf) = sheet(dir.path(), "two-far", &file, &[]);
    let row = rule_row(&texts, "exit-distance");
    assert_eq!(row, ["≤ 30 m", "2 errors", "GB 50016 5.5.17", "37.65 m (B-FAR2)"]);
    assert!(pdf.contains(&squeeze("2 errors")) && pdf.contains(&squeeze("37.65 m (B-FAR2)")));
    let row = rule_row(&texts, "exit-blocked");
    assert_eq!(
        row[1..],
        ["1 error", "GB 50016 pack, exit clear zone", "1 m from its door (B-C1 +1)"]
    );
    let row = rule_row(&texts, "exit-capacity");
    assert_eq!(row[1..], ["1 error", "GB 50016 5.5.21", "needs 0.49 m, has 0 m (C)"]);
    assert_eq!(rule_row(&texts, "long-row")[1], "1 warning");
    for rule in ["booth-overlap", "narrow-aisle", "outside-hall"] {
        assert_eq!(rule_row(&texts, rule)[1], "passes", "{rule}");
    }
}

#[test]
fn exits_are_listed_and_drawn_with_their_widths() {
    let dir = tempfile::tempdir().unwrap();
    let (texts, pdf) = sheet(dir.path(), "hall-b", &broken_example(), &["--hall", "B"]);
    assert!(texts.iter().any(|t| t == "Hall B: 2 exits, 9 m in all"), "{texts:#?}");
    assert!(texts.iter().any(|t| t == "B-E1\u{a0}4.5\u{a0}m · B-E2\u{a0}4.5\u{a0}m"), "{texts:#?}");
    assert!(pdf.contains(&squeeze("B-E1 4.5 m · B-E2 4.5 m")), "{pdf}");
    // Each door's width is written beside it on the plan, in the SVG of the same sheet.
    let svg = dir.path().join("hall-b.svg");
    export(&broken_example(), &svg, &["--hall", "B"]);
    let svg = std::fs::read_to_string(svg).unwrap();
    let marks = &svg[svg.find("id=\"marshal-marks\"").unwrap()..];
    assert_eq!(marks.matches(">4.5 m</text>").count(), 2, "one label per door");
    assert!(marks.contains("narrowest aisle</text>"));
}

#[test]
fn walking_distance_lines_run_every_ten_metres_and_the_farthest_walk_is_marked() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("walk.svg");
    export(&broken_example(), &svg, &["--rules", "nfpa101"]);
    let svg = std::fs::read_to_string(svg).unwrap();
    let levels: Vec<f64> = svg
        .split("data-level-m=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().parse().unwrap())
        .collect();
    // One line every 10 m from the doors outwards, with none missing; B-FAR stands 35 m from
    // the nearest door in a straight line, so the floor reaches at least 30 m.
    assert!(levels.len() >= 3, "{levels:?}");
    for (i, level) in levels.iter().enumerate() {
        assert_eq!(*level, 10.0 * (i + 1) as f64, "{levels:?}");
    }
    // The farthest walk is marked on B-FAR, the booth farthest from a door: no shorter than
    // its straight line (as `check` measures it under gb50016) and within the grid's bound.
    let check = boothplan(["check", broken_example().to_str().unwrap(), "--json"]);
    let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let straight = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "exit-distance")
        .and_then(|f| f["measured_m"].as_f64())
        .unwrap();
    assert!(svg.contains("class=\"farthest-walk\""));
    let label = svg.split(" m walk (B-FAR)").next().unwrap().rsplit('>').next().unwrap();
    let walk: f64 = label.trim().parse().unwrap();
    assert!(walk >= straight - 0.5 && walk <= straight * 1.03 + 2.0, "{walk} vs {straight}");
}

#[test]
fn the_sheet_is_the_same_byte_for_byte_with_a_date_and_refused_where_it_is_no_drawing() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"));
    export(&default_layout(), &a, &["--hall", "1A"]);
    export(&default_layout(), &b, &["--hall", "1A"]);
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let csv = dir.path().join("booths.csv");
    let run = boothplan([
        "export",
        default_layout().to_str().unwrap(),
        "-o",
        csv.to_str().unwrap(),
        "--sheet",
        "fire-marshal",
    ]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("write it as .pdf, .png or .svg"), "{}", run.stderr);
    assert!(!csv.exists());
}

#[test]
fn a_plan_without_doors_says_the_egress_rules_were_not_checked() {
    let dir = tempfile::tempdir().unwrap();
    let file = cli_support::example_with_errors();
    let (texts, pdf) = sheet(dir.path(), "no-doors", &file, &[]);
    assert!(pdf.contains(&squeeze("no exit is drawn yet")), "{pdf}");
    assert!(!texts.iter().any(|t| t == "exit-distance"));
    assert!(rule_row(&texts, "booth-overlap")[1].ends_with("error"));
}

//! The broken-file table: every way a layout file can be wrong gives an error
//! `FILE:LINE:COL: what was expected` at the right line, and never a panic.

use std::path::Path;

use boothplan_core::io::ron_file::{
    LoadError, MAX_OUTLINE_VERTICES, MAX_STRING_BYTES, layout_to_ron, load_layout, parse_layout,
    parse_layout_fast,
};

/// A small valid layout, one object a line, to break in different ways.
const GOOD: &str = r##"(
    format: 1,
    name: "Small fair",
    grid_step_m: 1.0,
    min_aisle_m: 3.0,
    themes: [
        (key: "technology", name: "Technology", colour: "#F58518"),
        (key: "logistics", name: "Logistics", colour: "#54A24B"),
    ],
    halls: [
        (id: "1A", name: "Hall 1A", outline: [(0.0, 0.0), (60.0, 0.0), (60.0, 30.0), (0.0, 30.0)]),
    ],
    columns: [
        (id: "1A-C1", hall: "1A", outline: [(29.5, 14.5), (30.5, 14.5), (30.5, 15.5), (29.5, 15.5)]),
    ],
    zones: [
        (id: "1A-Z1", hall: "1A", theme: "technology", name: "Cloud", rect: (x_m: 0.0, y_m: 0.0, width_m: 30.0, height_m: 30.0)),
    ],
    booths: [
        (id: "1A-001", hall: "1A", theme: "technology", rect: (x_m: 3.0, y_m: 3.0, width_m: 3.0, height_m: 3.0), status: Sold, exhibitor: "杭州数智科技"),
        (id: "1A-002", hall: "1A", theme: "technology", rect: (x_m: 9.0, y_m: 3.0, width_m: 3.0, height_m: 3.0)),
    ],
)
"##;

/// The 1-based line of `GOOD` holding `needle`.
fn line_of(needle: &str) -> usize {
    GOOD.lines().position(|l| l.contains(needle)).expect(needle) + 1
}

/// `GOOD` with the first `from` replaced by `to`.
fn good_with(from: &str, to: &str) -> String {
    assert!(GOOD.contains(from), "{from}");
    GOOD.replacen(from, to, 1)
}

fn refused(text: &str) -> LoadError {
    match parse_layout(text, Path::new("fair.ron")) {
        Ok(_) => panic!("accepted a broken file:\n{}", text.chars().take(400).collect::<String>()),
        Err(e) => e,
    }
}

/// Asserts the error's shape, line and words.
fn assert_refused(text: &str, line: usize, words: &str) {
    let e = refused(text);
    let shown = e.to_string();
    let prefix = format!("fair.ron:{}:{}: ", e.line, e.column);
    assert!(shown.starts_with(&prefix), "{shown}");
    assert!(e.column >= 1, "{shown}");
    assert_eq!(e.line, line, "{shown}");
    assert!(shown.contains(words), "{shown} lacks {words:?}");
    assert!(!shown.contains('\n'), "one line: {shown}");
}

#[test]
fn the_good_file_loads() {
    let layout = parse_layout(GOOD, Path::new("fair.ron")).unwrap();
    assert_eq!(layout.booths.len(), 2);
    assert_eq!(layout.booths[0].exhibitor, "杭州数智科技");
}

#[test]
fn truncated_anywhere_is_refused_at_its_end_or_before() {
    // Every cut that drops the closing bracket leaves an incomplete layout.
    let end = GOOD.rfind(')').unwrap();
    for cut in (1..end).filter(|&i| GOOD.is_char_boundary(i)) {
        let e = refused(&GOOD[..cut]);
        let last_line = GOOD[..cut].lines().count().max(1);
        assert!(e.line <= last_line, "cut at {cut}: {e}");
        assert!(e.to_string().starts_with("fair.ron:"), "{e}");
    }
    assert_refused(&GOOD[..GOOD.find("(id: \"1A-002\"").unwrap() + 10], line_of("1A-002"), "");
}

#[test]
fn wrong_type() {
    assert_refused(
        &good_with(
            "width_m: 3.0, height_m: 3.0), status",
            "width_m: \"3\", height_m: 3.0), status",
        ),
        line_of("1A-001"),
        "",
    );
    assert_refused(
        &good_with("grid_step_m: 1.0", "grid_step_m: [1.0]"),
        line_of("grid_step_m"),
        "",
    );
    assert_refused(&good_with("status: Sold", "status: Sld"), line_of("1A-001"), "Sld");
    assert_refused(&good_with("#54A24B", "green"), line_of("#54A24B"), "green");
    assert_refused(&good_with("    booths: [", "    boths: ["), line_of("booths: ["), "boths");
}

#[test]
fn unknown_theme_and_hall() {
    assert_refused(
        &good_with(
            "theme: \"technology\", rect: (x_m: 9.0",
            "theme: \"robotics\", rect: (x_m: 9.0",
        ),
        line_of("1A-002"),
        "booth `1A-002` names theme `robotics`",
    );
    assert_refused(
        &good_with(
            "hall: \"1A\", theme: \"technology\", name",
            "hall: \"9Z\", theme: \"technology\", name",
        ),
        line_of("1A-Z1"),
        "zone `1A-Z1` names hall `9Z`",
    );
    assert_refused(
        &good_with("(id: \"1A-C1\", hall: \"1A\"", "(id: \"1A-C1\", hall: \"1B\""),
        line_of("1A-C1"),
        "hall `1B`",
    );
}

#[test]
fn names_with_line_breaks_keep_the_message_on_one_line() {
    // Found by the fuzzer: a hall id holding a line break split the error over two lines.
    assert_refused(
        &good_with("(id: \"1A-C1\", hall: \"1A\"", "(id: \"1A-C1\", hall: \"1A\\n\""),
        line_of("1A-C1"),
        "names hall `1A\\n`",
    );
}

#[test]
fn nan_infinite_and_negative_numbers() {
    assert_refused(&good_with("x_m: 9.0", "x_m: NaN"), line_of("1A-002"), "found NaN");
    assert_refused(&good_with("(30.5, 15.5)", "(30.5, inf)"), line_of("1A-C1"), "found inf");
    assert_refused(
        &good_with("width_m: 3.0, height_m: 3.0))", "width_m: -3.0, height_m: 3.0))"),
        line_of("1A-002"),
        "`width_m` above 0 m, found -3.0",
    );
    assert_refused(&good_with("height_m: 30.0", "height_m: 0.0"), line_of("1A-Z1"), "above 0 m");
    assert_refused(
        &good_with("min_aisle_m: 3.0", "min_aisle_m: -1.0"),
        line_of("min_aisle_m"),
        "aisle",
    );
}

#[test]
fn huge_numbers_are_refused_not_wrapped() {
    assert_refused(&good_with("x_m: 9.0", "x_m: 1e999"), line_of("1A-002"), "found inf");
    let digits = "9".repeat(400);
    assert_refused(&good_with("x_m: 9.0", &format!("x_m: {digits}")), line_of("1A-002"), "");
    assert_refused(&good_with("format: 1", &format!("format: {digits}")), 2, "update boothplan");
}

#[test]
fn outlines_too_short() {
    assert_refused(
        &good_with(", (60.0, 30.0), (0.0, 30.0)]", "]"),
        line_of("Hall 1A"),
        "at least 3 vertices, found 2",
    );
}

#[test]
fn newer_or_missing_format() {
    let v2 = good_with("format: 1,", "format: 99,")
        .replace("status: Sold", "status: Sold, price_eur: 1200.0");
    assert_refused(
        &v2,
        2,
        "this file is format 99, but this boothplan reads format 1 at most; update boothplan",
    );
    assert_refused(&good_with("    format: 1,\n", ""), 1, "missing `format`");
    assert_refused(&good_with("format: 1", "format: 0"), 2, "format: 0");
    // Present but not a number: the parser names the type it expected, not "missing".
    let e = refused(&good_with("format: 1", "format: \"1\""));
    assert_eq!(e.line, 2, "{e}");
    assert!(!e.message.contains("missing"), "{e}");
    // Written anywhere at the top level, not only first.
    let moved =
        good_with("    format: 1,\n", "").replace("    booths: [", "    format: 2,\n    booths: [");
    assert_refused(&moved, line_of("booths: [") - 1, "format 2");
}

#[test]
fn empty_blank_and_comment_only() {
    for text in ["", "   \n\t\n", "// nothing here\n", "\u{feff}"] {
        assert_refused(text, 1, "empty");
    }
}

#[test]
fn binary_garbage() {
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for _ in 0..200 {
        let bytes: Vec<u8> = (0..64)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed.to_le_bytes()[0]
            })
            .collect();
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = refused(text);
        }
    }
    // Valid UTF-8 that is not RON at all.
    assert_refused("\u{1}\u{2}PK\u{3}\u{4}", 1, "");
    assert_refused("{\"format\": 1}", 1, "");
}

#[test]
fn invalid_utf8_is_placed_at_its_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fair.ron");
    let mut bytes = GOOD.as_bytes().to_vec();
    let at = GOOD.find("Small").unwrap();
    bytes[at + 2] = 0xFF;
    std::fs::write(&path, &bytes).unwrap();
    let e = load_layout(&path).unwrap_err();
    let column = GOOD.lines().nth(2).unwrap().find("Small").unwrap() + 3;
    assert_eq!((e.line, e.column), (3, column), "{e}");
    assert!(e.message.contains("0xFF") && e.message.contains("UTF-8"), "{e}");
    assert!(e.to_string().starts_with(&format!("{}:3:", path.display())), "{e}");
}

#[test]
fn a_bom_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fair.ron");
    std::fs::write(&path, format!("\u{feff}{GOOD}")).unwrap();
    assert_eq!(load_layout(&path).unwrap(), parse_layout(GOOD, Path::new("x")).unwrap());
    // Positions after a BOM are those a text editor shows.
    let broken = format!("\u{feff}{}", good_with("x_m: 9.0", "x_m: NaN"));
    assert_refused(&broken, line_of("1A-002"), "NaN");
}

#[test]
fn deep_nesting_is_refused_without_a_stack_overflow() {
    let deep = good_with("name: \"Small fair\"", &format!("name: {}", "[".repeat(100_000)));
    assert_refused(&deep, 3, "nested more than 64 levels");
    let deep_parens = format!("{}{}", "(".repeat(1_000_000), ")".repeat(1_000_000));
    assert_refused(&deep_parens, 1, "nested");
}

#[test]
fn a_ten_megabyte_string_is_refused() {
    let huge = "展".repeat(10 * 1024 * 1024 / 3);
    assert_refused(&good_with("杭州数智科技", &huge), line_of("1A-001"), "at most 65,536 bytes");
}

#[test]
fn a_million_vertex_hall_is_refused() {
    let points = "(1.0, 1.0), ".repeat(1_000_000);
    let text = good_with("outline: [(0.0, 0.0),", &format!("outline: [{points}(0.0, 0.0),"));
    assert_refused(&text, line_of("Hall 1A"), "at most 100,000 vertices");
}

/// `GOOD` as boothplan saves it: the shape the fast reader takes in one pass.
fn saved_good() -> String {
    let text = layout_to_ron(&parse_layout(GOOD, Path::new("fair.ron")).unwrap()).unwrap();
    assert!(parse_layout_fast(&text).is_some(), "the fast reader takes a saved file");
    text
}

#[test]
fn limits_still_fire_on_files_in_the_saved_shape() {
    let saved = saved_good();
    let line =
        |text: &str, needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    // A string one byte over the limit, where the fast reader would otherwise read it.
    let long = "x".repeat(MAX_STRING_BYTES + 1);
    let text = saved.replacen("杭州数智科技", &long, 1);
    let e = refused(&text);
    let column = text.lines().nth(line(&text, "1A-001") - 1).unwrap().find(&long).unwrap();
    assert_eq!((e.line, e.column), (line(&text, "1A-001"), column), "{e}");
    assert!(e.message.contains("a string of 65,537 bytes"), "{e}");
    // At the limit, it loads.
    let text = saved.replacen("杭州数智科技", &"x".repeat(MAX_STRING_BYTES), 1);
    assert!(parse_layout(&text, Path::new("fair.ron")).is_ok());

    // An outline one vertex over the limit is refused at its `[`.
    let points = |n: usize| "(1.0, 1.0), ".repeat(n);
    let text =
        saved.replacen("outline: [", &format!("outline: [{}", points(MAX_OUTLINE_VERTICES)), 1);
    let e = refused(&text);
    assert_eq!(e.line, line(&text, "Hall 1A"), "{e}");
    assert!(e.message.contains("at most 100,000 vertices"), "{e}");
    // The hall had four vertices: with four fewer extra ones it has exactly the limit, and
    // loads (a hall that crosses itself is for `check` to report, not the loader).
    let text =
        saved.replacen("outline: [", &format!("outline: [{}", points(MAX_OUTLINE_VERTICES - 4)), 1);
    let layout = parse_layout(&text, Path::new("fair.ron")).unwrap();
    assert_eq!(layout.halls[0].outline.len(), MAX_OUTLINE_VERTICES);
}

#[test]
fn a_newer_format_in_the_saved_shape_is_refused_by_name() {
    let text = saved_good().replacen("format: 1,", "format: 2,", 1);
    assert_refused(&text, 2, "this file is format 2");
}

#[test]
fn missing_file_folder_and_endless_file() {
    let dir = tempfile::tempdir().unwrap();
    let e = load_layout(&dir.path().join("nope.ron")).unwrap_err();
    assert!(e.to_string().contains("nope.ron:1:1: cannot open the file"), "{e}");
    let e = load_layout(dir.path()).unwrap_err();
    assert!(e.to_string().contains(":1:1: "), "{e}");
    if Path::new("/dev/zero").exists() {
        let e = load_layout(Path::new("/dev/zero")).unwrap_err();
        assert!(e.message.contains("at most 512 MiB"), "{e}");
    }
}

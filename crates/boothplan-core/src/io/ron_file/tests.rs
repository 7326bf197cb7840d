//! Unit tests of the RON file: format, exactness, the one-line diff.

use super::*;
use crate::model::{Booth, BoothStatus, Hall, Rect, Theme};

fn small() -> Layout {
    let hall = Hall::new("1A", "Hall 1A", Rect::new(0.0, 0.0, 60.0, 30.0).corners().to_vec());
    let booth = |id: &str, x: f64| Booth {
        id: id.into(),
        hall: Some("1A".into()),
        theme: "technology".into(),
        rect: Rect::new(x, 3.0, 3.0, 3.0),
        status: BoothStatus::Reserved,
        exhibitor: "杭州数智科技".into(),
    };
    Layout {
        halls: vec![hall],
        booths: vec![booth("1A-001", 3.0), booth("1A-002", 9.0)],
        ..Layout::default()
    }
}

#[test]
fn format_first_one_object_a_line_floats_with_a_point() {
    let text = layout_to_ron(&small()).unwrap();
    println!("{text}");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "(");
    assert_eq!(lines[1], "    format: 1,");
    assert!(text.contains("grid_step_m: 1.0,"));
    let booth_lines: Vec<&&str> = lines.iter().filter(|l| l.contains("id: \"1A-00")).collect();
    assert_eq!(booth_lines.len(), 2);
    assert!(booth_lines[0].contains("rect: (x_m: 3.0, y_m: 3.0, width_m: 3.0, height_m: 3.0)"));
    assert!(
        booth_lines[0].contains("杭州数智科技"),
        "Chinese is written as is: {}",
        booth_lines[0]
    );
    assert_eq!(lines.iter().filter(|l| l.contains("key: ")).count(), Theme::defaults().len());
    assert!(lines.iter().any(|l| {
        l.trim_start().starts_with("(id: \"1A\", name: \"Hall 1A\", outline: [(0.0, 0.0),")
    }));
}

#[test]
fn round_trip_is_exact_for_awkward_floats() {
    let mut layout = small();
    layout.booths[0].rect = Rect::new(0.1 + 0.2, 1e-7, 987_654.321, 5e-324);
    layout.min_aisle_m = 2.999_999_999_999_999_6;
    let text = layout_to_ron(&layout).unwrap();
    assert_eq!(parse_layout(&text, Path::new("x.ron")).unwrap(), layout);
}

#[test]
fn moving_one_booth_changes_one_line() {
    let before = small();
    let mut after = before.clone();
    after.booths[1].rect = after.booths[1].rect.translated(0.5, 0.0);
    let (a, b) = (layout_to_ron(&before).unwrap(), layout_to_ron(&after).unwrap());
    let (a, b): (Vec<_>, Vec<_>) = (a.lines().collect(), b.lines().collect());
    assert_eq!(a.len(), b.len());
    let changed: Vec<_> = a.iter().zip(&b).filter(|(x, y)| x != y).collect();
    assert_eq!(changed.len(), 1);
    assert!(changed[0].1.contains("1A-002") && changed[0].1.contains("x_m: 9.5"));
}

#[test]
fn bom_is_skipped_and_positions_count_from_after_it() {
    let text = layout_to_ron(&small()).unwrap();
    assert_eq!(parse_layout(&format!("\u{feff}{text}"), Path::new("x.ron")).unwrap(), small());
    let broken =
        format!("\u{feff}{}", text.replacen("theme: \"technology\"", "theme: \"robotics\"", 1));
    let err = parse_layout(&broken, Path::new("x.ron")).unwrap_err();
    assert!(err.message.contains("robotics"), "{err}");
    let line = text.lines().position(|l| l.contains("1A-001")).unwrap() + 1;
    let column = text.lines().nth(line - 1).unwrap().find("\"technology\"").unwrap() + 1;
    assert_eq!((err.line, err.column), (line, column), "{err}");
}

#[test]
fn the_default_layout_loads() {
    let layout = parse_layout(crate::io::DEFAULT_LAYOUT_RON, Path::new("<default layout>"));
    assert!(layout.is_ok(), "{}", layout.unwrap_err());
}

#[test]
fn a_file_read_in_halves_is_the_file() {
    let dir = tempfile::tempdir().unwrap();
    for len in [0usize, 1, 2, 3, 4095, 4096, 100_001] {
        let path = dir.path().join(format!("f{len}.ron"));
        // Bytes that differ from place to place, so that a misplaced half would show.
        let bytes: Vec<u8> = (0..len).map(|i| (i * 7 + i / 251) as u8).collect();
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(read_limited_with(&path, 0).unwrap(), bytes, "{len} bytes in halves");
        assert_eq!(read_limited_with(&path, u64::MAX).unwrap(), bytes, "{len} bytes at once");
    }
    // Folders and missing files are refused as before, whatever the threshold.
    assert!(read_limited_with(dir.path(), 0).unwrap_err().contains("folder"));
    assert!(read_limited_with(&dir.path().join("nope"), 0).unwrap_err().contains("cannot open"));
}

/// A layout with a price list, a theme target and a blocked booth.
fn priced() -> Layout {
    let mut layout = small();
    layout.booths[1].status = BoothStatus::Blocked;
    layout.themes[1].target_area_m2 = Some(5_000.0);
    let mut pricing = crate::model::Pricing::default();
    pricing.per_m2.insert("technology".into(), 1_200.0);
    pricing.per_m2.insert("logistics".into(), 950.5);
    layout.pricing = Some(pricing);
    layout
}

#[test]
fn prices_targets_and_blocked_booths_are_written_as_ron_writes_them_and_read_back() {
    let layout = priced();
    let text = layout_to_ron(&layout).unwrap();
    println!("{text}");
    assert_eq!(text, layout_to_ron_reference(&layout).unwrap());
    assert_eq!(parse_layout_fast(&text).as_ref(), Some(&layout), "the fast reader takes it");
    assert_eq!(parse_layout_reference(&text).unwrap(), layout);
    assert_eq!(parse_layout(&text, Path::new("x.ron")).unwrap(), layout);
}

/// Found by the fuzzer: two prices with no comma between them. `ron` refuses them, so the fast
/// reader must not accept them either (the file is refused with its place, never half-read).
#[test]
fn two_prices_without_a_comma_are_refused_by_both_readers() {
    let text = layout_to_ron(&priced()).unwrap();
    let broken = text.replacen("1200.0, \"technology\"", "1200.0 \"technology\"", 1);
    let broken = if broken == text {
        text.replacen(", \"technology\"", " \"technology\"", 1)
    } else {
        broken
    };
    assert_ne!(broken, text, "the price list has two entries: {text}");
    assert_eq!(parse_layout_fast(&broken), None, "the fast reader accepted:\n{broken}");
    assert!(parse_layout_reference(&broken).is_err());
    assert!(parse_layout(&broken, Path::new("x.ron")).is_err());
}

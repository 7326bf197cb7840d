//! The README's broken-file table, for what `io_broken_files.rs` leaves out: the same
//! hostile inputs (deep nesting, huge numbers, 10 MB strings, invalid UTF-8, BOMs) given to the
//! GeoJSON importer, and byte order marks other than UTF-8's given to either loader.

use std::path::Path;

use boothplan_core::io::DEFAULT_LAYOUT_RON;
use boothplan_core::io::geojson::{export_geojson, load_geojson};
use boothplan_core::io::ron_file::{layout_to_ron, load_layout, parse_layout};
use boothplan_core::model::Layout;

fn fair() -> Layout {
    parse_layout(DEFAULT_LAYOUT_RON, Path::new("<default layout>")).unwrap()
}

/// Asserts `shown` is one line `PATH:LINE:COL: message` containing `words`.
fn assert_located(shown: &str, path: &Path, words: &str) {
    let prefix = format!("{}:", path.display());
    let rest = shown.strip_prefix(&prefix).unwrap_or_else(|| panic!("{shown}"));
    let mut parts = rest.splitn(3, ':');
    let line: usize =
        parts.next().and_then(|l| l.parse().ok()).unwrap_or_else(|| panic!("{shown}"));
    let column: usize =
        parts.next().and_then(|c| c.parse().ok()).unwrap_or_else(|| panic!("{shown}"));
    assert!(line >= 1 && column >= 1, "{shown}");
    assert!(!shown.contains('\n'), "one line: {shown}");
    assert!(shown.contains(words), "{shown} lacks {words:?}");
}

/// Writes `bytes` as `name` and gives the GeoJSON importer's refusal.
fn geojson_refusal(dir: &Path, name: &str, bytes: &[u8]) -> (std::path::PathBuf, String) {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    match load_geojson(&path) {
        Ok(_) => panic!("{name}: accepted a broken file"),
        Err(e) => (path, e.to_string()),
    }
}

#[test]
fn geojson_deep_nesting_is_refused_without_a_stack_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let deep = format!("{{\"type\":\"FeatureCollection\",\"features\":{}", "[".repeat(1_000_000));
    let (path, shown) = geojson_refusal(dir.path(), "deep.geojson", deep.as_bytes());
    assert_located(&shown, &path, "nested more than 64 levels");
}

#[test]
fn geojson_huge_numbers_are_refused_not_wrapped() {
    let dir = tempfile::tempdir().unwrap();
    let text = export_geojson(&fair());
    let first = text.find("[[[").unwrap() + 3;
    for (name, number) in [("exp", "1e999".to_owned()), ("digits", "9".repeat(400))] {
        let broken = format!("{}{number}{}", &text[..first], &text[first..]);
        let (path, shown) =
            geojson_refusal(dir.path(), &format!("{name}.geojson"), broken.as_bytes());
        assert_located(&shown, &path, "");
    }
}

#[test]
fn geojson_ten_megabyte_string_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = export_geojson(&fair());
    let huge = "展".repeat(10 * 1024 * 1024 / 3);
    let broken = text.replacen("\"id\":\"", &format!("\"id\":\"{huge}"), 1);
    assert_ne!(broken, text);
    let (path, shown) = geojson_refusal(dir.path(), "huge.geojson", broken.as_bytes());
    assert_located(&shown, &path, "at most 65,536 bytes");
}

#[test]
fn geojson_invalid_utf8_is_placed_at_its_byte() {
    let dir = tempfile::tempdir().unwrap();
    let text = export_geojson(&fair());
    let mut bytes = text.as_bytes().to_vec();
    let at = text.find("\"id\":\"").unwrap() + 6;
    bytes[at] = 0xC3; // a lead byte with no continuation
    bytes[at + 1] = b'(';
    let (path, shown) = geojson_refusal(dir.path(), "latin1.geojson", &bytes);
    let line = text[..at].lines().count();
    assert_located(&shown, &path, "0xC3 is not UTF-8");
    assert!(shown.starts_with(&format!("{}:{line}:", path.display())), "{shown}");
}

#[test]
fn geojson_with_a_bom_imports_like_without() {
    let dir = tempfile::tempdir().unwrap();
    let text = export_geojson(&fair());
    let plain = dir.path().join("plain.geojson");
    let bom = dir.path().join("bom.geojson");
    std::fs::write(&plain, &text).unwrap();
    std::fs::write(&bom, format!("\u{feff}{text}")).unwrap();
    assert_eq!(load_geojson(&bom).unwrap(), load_geojson(&plain).unwrap());
    // Two BOMs are one too many: the second is not JSON.
    let (path, shown) =
        geojson_refusal(dir.path(), "two.geojson", format!("\u{feff}\u{feff}{text}").as_bytes());
    assert_located(&shown, &path, "");
}

#[test]
fn utf16_and_utf32_files_are_refused_as_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let ron = layout_to_ron(&fair()).unwrap();
    let geojson = export_geojson(&fair());
    for (bom, name) in [
        (&[0xFF, 0xFE][..], "utf16le"),
        (&[0xFE, 0xFF][..], "utf16be"),
        (&[0, 0, 0xFE, 0xFF][..], "utf32be"),
    ] {
        // Text a Windows editor saved as "Unicode": the BOM, then two bytes a character.
        let encode = |text: &str| -> Vec<u8> {
            let mut bytes = bom.to_vec();
            for unit in text.encode_utf16() {
                bytes.extend_from_slice(&unit.to_le_bytes());
            }
            bytes
        };
        let path = dir.path().join(format!("{name}.ron"));
        std::fs::write(&path, encode(&ron)).unwrap();
        let e = load_layout(&path).unwrap_err();
        assert_located(&e.to_string(), &path, "expected text saved as UTF-8");
        let (path, shown) =
            geojson_refusal(dir.path(), &format!("{name}.geojson"), &encode(&geojson));
        assert_located(&shown, &path, "");
    }
}

#[test]
fn a_ron_file_with_two_boms_is_refused_at_its_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("two.ron");
    std::fs::write(&path, format!("\u{feff}\u{feff}{DEFAULT_LAYOUT_RON}")).unwrap();
    let e = load_layout(&path).unwrap_err();
    assert_eq!(e.line, 1, "{e}");
    assert_located(&e.to_string(), &path, "");
}

//! PDF sheets from the command line: the same layout gives the same bytes, and the file says
//! what it is (title, subject, creator, date) in a viewer's document properties.

mod cli_support;

use std::path::Path;

use cli_support::{boothplan, default_layout};
use lopdf::{Dictionary, Document, Object};

/// Exports the default layout to `out` with `extra` arguments, asserting success.
fn export(out: &Path, extra: &[&str]) {
    let mut args = vec![
        "export".to_owned(),
        default_layout().display().to_string(),
        "-o".to_owned(),
        out.display().to_string(),
    ];
    args.extend(extra.iter().map(|a| (*a).to_owned()));
    let run = boothplan(&args);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
}

/// The document information dictionary of a PDF file.
fn info(doc: &Document) -> Dictionary {
    let reference = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    doc.get_dictionary(reference).unwrap().clone()
}

/// A text entry of the information dictionary, decoded.
fn text(info: &Dictionary, key: &[u8]) -> String {
    match info.get(key).unwrap() {
        // A PDF text string: UTF-16BE after a byte-order mark, else (here) plain ASCII.
        Object::String(bytes, _) => match bytes.strip_prefix(&[0xFE, 0xFF]) {
            Some(utf16) => String::from_utf16(
                &utf16.chunks(2).map(|p| u16::from_be_bytes([p[0], p[1]])).collect::<Vec<_>>(),
            )
            .unwrap(),
            None => String::from_utf8(bytes.clone()).unwrap(),
        },
        other => panic!("{} is not text: {other:?}", String::from_utf8_lossy(key)),
    }
}

#[test]
fn two_exports_of_the_same_layout_are_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    for extra in
        [&["--date", "2026-05-20"][..], &["--date", "2026-05-20", "--hall", "1A", "--paper", "A4"]]
    {
        let (a, b) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"));
        export(&a, extra);
        export(&b, extra);
        let (a, b) = (std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
        assert!(a.len() > 10_000, "a real PDF, {} bytes", a.len());
        let first_difference = a.iter().zip(&b).position(|(x, y)| x != y);
        assert!(
            a == b,
            "{extra:?}: the two PDFs differ ({} vs {} bytes, first at byte {first_difference:?})",
            a.len(),
            b.len()
        );
    }
}

#[test]
fn the_pdf_names_the_fair_the_sheet_its_maker_and_the_export_date() {
    let dir = tempfile::tempdir().unwrap();
    let all = dir.path().join("all.pdf");
    export(&all, &["--date", "2026-05-20"]);
    let doc = Document::load(&all).unwrap();
    let about = info(&doc);
    let title = text(&about, b"Title");
    assert!(title.starts_with("Global Digital Trade Expo, Hangzhou"), "{title}");
    let subject = text(&about, b"Subject");
    assert!(subject.contains("Overview") && subject.contains("Hall 2C"), "{subject}");
    assert!(subject.contains("A1"), "{subject}");
    assert_eq!(text(&about, b"Creator"), format!("boothplan {}", env!("CARGO_PKG_VERSION")));
    assert_eq!(text(&about, b"CreationDate"), "D:20260520");

    let one = dir.path().join("1a.pdf");
    export(&one, &["--date", "2027-01-02", "--hall", "1A", "--paper", "A3"]);
    let about = info(&Document::load(&one).unwrap());
    assert_eq!(text(&about, b"Title"), "Global Digital Trade Expo, Hangzhou — Hall 1A");
    let subject = text(&about, b"Subject");
    assert!(subject.contains("Hall 1A") && subject.contains("A3"), "{subject}");
    assert_eq!(text(&about, b"CreationDate"), "D:20270102");
}

#[test]
fn a_date_that_is_not_a_date_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.pdf");
    for bad in ["20-05-2026", "2026-13-01", "tomorrow"] {
        let run = boothplan([
            "export",
            &default_layout().display().to_string(),
            "-o",
            &out.display().to_string(),
            "--date",
            bad,
        ]);
        assert_eq!(run.code, Some(2), "{bad}: {}", run.stderr);
        assert!(run.stderr.contains("YYYY-MM-DD"), "{bad}: {}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        assert!(!out.exists());
    }
}

//! The PDF plan: a valid file with an overview and one page per hall, whose text (booth numbers,
//! Chinese names) can be found and copied, not just seen.

mod export_support;

use std::collections::HashSet;

use boothplan_core::io::export::{ExportError, ExportOptions, Format, Paper, export_bytes};
use boothplan_core::model::{BoothStatus, Rect};
use lopdf::content::Content;
use lopdf::{Dictionary, Document, Encoding, Object, ObjectId};

/// The dictionary `obj` is or points to.
fn dict<'a>(doc: &'a Document, obj: &'a Object) -> Option<&'a Dictionary> {
    doc.dereference(obj).ok()?.1.as_dict().ok()
}

/// Text shown by the form `XObject`s under `resources`, recursively (svg2pdf draws every sheet
/// as a form, which plain page-level extraction does not enter).
fn xobject_text(
    doc: &Document,
    resources: &Dictionary,
    seen: &mut HashSet<ObjectId>,
    out: &mut String,
) {
    let Some(xobjects) = resources.get(b"XObject").ok().and_then(|o| dict(doc, o)) else { return };
    for (_, reference) in xobjects {
        let Ok(id) = reference.as_reference() else { continue };
        if !seen.insert(id) {
            continue;
        }
        let Ok(stream) = doc.get_object(id).and_then(Object::as_stream) else { continue };
        let Some(res) = stream.dict.get(b"Resources").ok().and_then(|o| dict(doc, o)) else {
            continue;
        };
        let fonts: Vec<(Vec<u8>, Encoding<'_>)> = res
            .get(b"Font")
            .ok()
            .and_then(|o| dict(doc, o))
            .map(|fonts| {
                fonts
                    .iter()
                    .filter_map(|(name, f)| {
                        Some((name.clone(), dict(doc, f)?.get_font_encoding(doc).ok()?))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let content = Content::decode(&stream.decompressed_content().unwrap()).unwrap();
        let mut current: Option<&Encoding<'_>> = None;
        for op in &content.operations {
            match op.operator.as_str() {
                "Tf" => {
                    let name = op.operands[0].as_name().unwrap();
                    current = fonts.iter().find(|(n, _)| n == name).map(|(_, e)| e);
                }
                "Tj" | "TJ" => {
                    let strings: Vec<&[u8]> = match &op.operands[0] {
                        Object::Array(items) => {
                            items.iter().filter_map(|o| o.as_str().ok()).collect()
                        }
                        other => other.as_str().into_iter().collect(),
                    };
                    for bytes in strings {
                        out.push_str(
                            &Document::decode_text(current.expect("font set before text"), bytes)
                                .unwrap(),
                        );
                    }
                }
                _ => {}
            }
        }
        xobject_text(doc, res, seen, out);
    }
}

/// Every page's text, in page order.
fn pages_text(doc: &Document) -> Vec<String> {
    doc.get_pages()
        .values()
        .map(|&page_id| {
            let page = doc.get_dictionary(page_id).unwrap();
            let resources = dict(doc, page.get(b"Resources").unwrap()).unwrap();
            let mut out = String::new();
            xobject_text(doc, resources, &mut HashSet::new(), &mut out);
            out
        })
        .collect()
}

#[test]
fn overview_plus_one_page_per_hall_with_booth_numbers_in_the_text() {
    let layout = export_support::three_halls();
    let bytes = export_bytes(&layout, Format::Pdf, &export_support::options()).unwrap();
    let doc = Document::load_mem(&bytes).unwrap();
    assert_eq!(doc.get_pages().len(), 1 + layout.halls.len());
    let texts = pages_text(&doc);
    assert!(texts[0].contains("Overview"), "{}", texts[0]);
    for (hall, text) in layout.halls.iter().zip(&texts[1..]) {
        assert!(text.contains(&hall.name), "page of {} lacks its name", hall.id);
        for booth in layout.booths.iter().filter(|b| b.hall.as_ref() == Some(&hall.id)) {
            assert!(text.contains(&booth.id), "page of {} lacks booth {}", hall.id, booth.id);
        }
        assert!(text.contains("Scale 1:"), "page of {} lacks its scale", hall.id);
    }
    // The viewer's bookmarks name the sheets.
    let titles: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.has(b"Parent") && d.has(b"Dest"))
        .map(|d| String::from_utf8_lossy(d.get(b"Title").unwrap().as_str().unwrap()).into_owned())
        .collect();
    for name in ["Overview", "Hall 1A", "Hall 1B", "Hall 2"] {
        assert!(titles.iter().any(|t| t == name), "no bookmark {name} in {titles:?}");
    }
    // Chinese text is real text, not shapes or empty boxes.
    assert!(texts.iter().any(|t| t.contains("阿里巴巴")));
}

#[test]
fn pages_have_the_paper_size_asked_for() {
    let layout = export_support::small_layout();
    let options = ExportOptions { paper: Paper::A3, portrait: true, ..export_support::options() };
    let doc = Document::load_mem(&export_bytes(&layout, Format::Pdf, &options).unwrap()).unwrap();
    for &page_id in doc.get_pages().values() {
        let (width_mm, height_mm) = export_support::page_size_mm(&doc, page_id);
        // A3 portrait: 297 × 420 mm.
        assert!((width_mm - 297.0).abs() < 0.2, "{width_mm} × {height_mm} mm");
        assert!((height_mm - 420.0).abs() < 0.2, "{width_mm} × {height_mm} mm");
    }
}

#[test]
fn one_hall_gives_one_page_and_an_unknown_hall_is_refused() {
    let layout = export_support::three_halls();
    let one = ExportOptions { hall: Some("1B".into()), ..export_support::options() };
    let doc = Document::load_mem(&export_bytes(&layout, Format::Pdf, &one).unwrap()).unwrap();
    assert_eq!(doc.get_pages().len(), 1);
    let text = &pages_text(&doc)[0];
    assert!(text.contains("1B-") && !text.contains("1A-0"), "{text}");
    let missing = ExportOptions { hall: Some("9Z".into()), ..export_support::options() };
    assert!(
        matches!(export_bytes(&layout, Format::Pdf, &missing), Err(ExportError::UnknownHall(id)) if id == "9Z")
    );
}

#[test]
fn progress_is_reported_per_sheet_and_ends_at_one() {
    let layout = export_support::three_halls();
    let seen = std::sync::Mutex::new(Vec::new());
    let report = |f: f32| seen.lock().unwrap().push(f);
    let bytes = boothplan_core::io::export::export_bytes_with_progress(
        &layout,
        Format::Pdf,
        &export_support::options(),
        &report,
    )
    .unwrap();
    assert!(!bytes.is_empty());
    let seen = seen.into_inner().unwrap();
    assert!(seen.len() > layout.halls.len() + 1, "{seen:?}");
    assert!(seen.iter().all(|f| (0.0..=1.0).contains(f)), "{seen:?}");
    assert_eq!(seen.first(), Some(&0.0));
    assert_eq!(seen.last(), Some(&1.0));
}

#[test]
fn the_default_layout_gives_eight_pages_naming_every_booth() {
    let layout = boothplan_core::io::ron_file::parse_layout(
        boothplan_core::io::DEFAULT_LAYOUT_RON,
        std::path::Path::new("layouts/gdte-hangzhou.ron"),
    )
    .unwrap();
    assert_eq!(layout.halls.len(), 7);
    let doc = Document::load_mem(
        &export_bytes(&layout, Format::Pdf, &export_support::options()).unwrap(),
    )
    .unwrap();
    assert_eq!(doc.get_pages().len(), 8);
    let texts = pages_text(&doc);
    for (hall, text) in layout.halls.iter().zip(&texts[1..]) {
        for booth in layout.booths.iter().filter(|b| b.hall.as_ref() == Some(&hall.id)) {
            assert!(text.contains(&booth.id), "page of {} lacks booth {}", hall.id, booth.id);
        }
    }
}

#[test]
fn each_hall_and_zone_name_is_found_once_in_the_text() {
    // A halo drawn as a second, stroked copy of the text made search and copy find every name
    // twice; the plate behind a name is a shape, so the text holds each name once.
    let layout = boothplan_core::sample::gdte_hangzhou();
    let doc = Document::load_mem(
        &export_bytes(&layout, Format::Pdf, &export_support::options()).unwrap(),
    )
    .unwrap();
    let texts = pages_text(&doc);
    assert_eq!(texts.len(), 1 + layout.halls.len());
    for hall in &layout.halls {
        // On the overview the plan names each hall with its area ("Hall 1A · 10,530 m²"); the
        // table of halls lists the bare name beside its figures.
        let label = format!("{} · ", hall.name);
        assert_eq!(texts[0].matches(&label).count(), 1, "{label:?} on the overview");
    }
    for (i, page) in std::iter::once(None).chain(layout.halls.iter().map(Some)).enumerate() {
        for zone in
            layout.zones.iter().filter(|z| page.is_none_or(|h| z.hall.as_ref() == Some(&h.id)))
        {
            assert_eq!(
                texts[i].matches(zone.name.as_str()).count(),
                1,
                "{} on page {}",
                zone.name,
                i + 1
            );
        }
    }
}

#[test]
fn a_sheet_too_small_for_booth_numbers_says_so_and_how_to_get_them() {
    // Hall 1 is small and every number prints; hall 9 is 900 m long, so on A4 its 3 m booths
    // are half a millimetre wide and no number fits.
    let mut layout = export_support::small_layout();
    layout.halls.push(export_support::hall("9", "Hall 9", Rect::new(0.0, 40.0, 900.0, 300.0)));
    for i in 0..12 {
        let spot = Rect::new(10.0 + 3.0 * f64::from(i), 50.0, 3.0, 3.0);
        let id = format!("9-{i:03}");
        layout.booths.push(export_support::booth(
            &id,
            "9",
            "technology",
            spot,
            BoothStatus::Sold,
            "",
        ));
    }
    let a4 = ExportOptions { paper: Paper::A4, ..export_support::options() };
    let doc = Document::load_mem(&export_bytes(&layout, Format::Pdf, &a4).unwrap()).unwrap();
    // Wrapped lines lose the space they broke at: compare without spaces.
    let texts: Vec<String> = pages_text(&doc).iter().map(|t| t.replace(' ', "")).collect();
    let (overview, small, big) = (&texts[0], &texts[1], &texts[2]);
    assert!(big.contains("12of12boothnumbersaretoosmalltoprint"), "{big}");
    assert!(big.contains("largerpaper") && big.contains("--paperA0"), "{big}");
    assert!(!big.contains("9-000"), "no number is printed where it cannot be read");
    assert!(
        overview.contains("boothnumbersaretoosmall") && overview.contains("--hall"),
        "{overview}"
    );
    // The small hall's own sheet prints every number and has no such note.
    assert!(!small.contains("toosmall"), "{small}");
    for booth in layout.booths.iter().filter(|b| b.hall.as_deref() == Some("1")) {
        assert!(small.contains(&booth.id), "{} missing", booth.id);
    }
    // On A0 the big hall's sheet points to the booth list instead of larger paper.
    let a0 =
        ExportOptions { paper: Paper::A0, hall: Some("9".into()), ..export_support::options() };
    let doc = Document::load_mem(&export_bytes(&layout, Format::Pdf, &a0).unwrap()).unwrap();
    let text = pages_text(&doc)[0].replace(' ', "");
    if text.contains("toosmall") {
        assert!(text.contains("boothlist") && !text.contains("--paperA0"), "{text}");
    }
}

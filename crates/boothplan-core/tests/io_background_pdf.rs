//! A page of a venue's PDF as a background plan: rendered at 150 pixels an inch with the red
//! where the page's points say (worked out here, not by the renderer), the page asked for and
//! not another, and a damaged, password-protected or too-short PDF refused in a sentence naming
//! the file. Also the `page` of a background kept by saving and opening the layout.

mod pdf_support;

use boothplan_core::io::background_image::read_background_page;
use boothplan_core::io::background_pdf::{PDF_PIXELS_PER_INCH, PdfDrawing};
use boothplan_core::io::ron_file::{
    load_layout, parse_layout_fast, parse_layout_reference, save_layout,
};
use boothplan_core::model::{Background, Layout, Point};
use pdf_support::{PdfPage, password_protected_pdf, pdf_with_pages, red_rectangle};

/// Pixels a PDF point becomes: 150 pixels an inch, 72 points an inch.
const PX_PER_PT: f64 = 150.0 / 72.0;

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Whether pixel `(u, v)` of an RGBA image `width` wide is red (not white, not dark).
fn is_red(rgba: &[u8], width: u32, u: u32, v: u32) -> bool {
    let at = ((v * width + u) * 4) as usize;
    let pixel = &rgba[at..at + 4];
    pixel[0] > 200 && pixel[1] < 60 && pixel[2] < 60 && pixel[3] == 255
}

#[test]
fn the_red_rectangle_lands_on_the_pixels_its_points_say() {
    assert_eq!(PDF_PIXELS_PER_INCH, 150.0);
    let dir = tempfile::tempdir().unwrap();
    // A 2 × 1 inch page; the rectangle from (36, 18) to (72, 36) points, y up from the bottom.
    let content = red_rectangle(36.0, 18.0, 36.0, 18.0);
    let page = PdfPage { width_pt: 144.0, height_pt: 72.0, content: &content };
    let path = write(dir.path(), "venue.pdf", &pdf_with_pages(&[page]));

    let image = read_background_page(&path, None).unwrap();
    assert_eq!((image.width, image.height), (300, 150), "2 × 1 inch at 150 pixels an inch");
    assert_eq!(image.rgba.len(), 300 * 150 * 4);

    // The rectangle in pixels: x from 36 to 72 points, y (down from the top) from 72 − 36 to
    // 72 − 18 points.
    let (left, right) = (36.0 * PX_PER_PT, 72.0 * PX_PER_PT);
    let (top, bottom) = ((72.0 - 36.0) * PX_PER_PT, (72.0 - 18.0) * PX_PER_PT);
    let mut red = 0;
    for v in 0..image.height {
        for u in 0..image.width {
            let (cu, cv) = (f64::from(u) + 0.5, f64::from(v) + 0.5);
            let inside = cu > left + 1.0 && cu < right - 1.0 && cv > top + 1.0 && cv < bottom - 1.0;
            let outside =
                cu < left - 1.0 || cu > right + 1.0 || cv < top - 1.0 || cv > bottom + 1.0;
            let here = is_red(&image.rgba, image.width, u, v);
            assert!(!inside || here, "pixel ({u}, {v}) inside the rectangle is not red");
            assert!(!outside || !here, "pixel ({u}, {v}) outside the rectangle is red");
            red += usize::from(here);
        }
    }
    let area = (right - left) * (bottom - top);
    assert!((red as f64 - area).abs() < 2.0 * (right - left + bottom - top), "{red} vs {area}");
    // The paper is white.
    assert_eq!(&image.rgba[..4], &[255, 255, 255, 255]);
}

#[test]
fn the_page_asked_for_is_rendered_at_its_own_size() {
    let dir = tempfile::tempdir().unwrap();
    let first = red_rectangle(0.0, 0.0, 72.0, 72.0);
    let pages = [
        PdfPage { width_pt: 72.0, height_pt: 72.0, content: &first },
        PdfPage { width_pt: 216.0, height_pt: 144.0, content: "" },
    ];
    let path = write(dir.path(), "halls.pdf", &pdf_with_pages(&pages));
    let drawing = PdfDrawing::open(&path).unwrap();
    assert_eq!(drawing.page_count(), 2);
    assert_eq!(drawing.page_size_px(2).unwrap(), (450, 300));

    let page_one = read_background_page(&path, None).unwrap();
    assert_eq!((page_one.width, page_one.height), (150, 150));
    assert!(is_red(&page_one.rgba, 150, 75, 75), "page 1 is the red one");
    let page_two = read_background_page(&path, Some(2)).unwrap();
    assert_eq!((page_two.width, page_two.height), (450, 300));
    assert!(page_two.rgba.iter().all(|&b| b == 255), "page 2 is blank white paper");
}

#[test]
fn a_page_out_of_range_is_refused_naming_the_file_and_the_pages_there_are() {
    let dir = tempfile::tempdir().unwrap();
    let pages = [
        PdfPage { width_pt: 72.0, height_pt: 72.0, content: "" },
        PdfPage { width_pt: 72.0, height_pt: 72.0, content: "" },
    ];
    let path = write(dir.path(), "halls.pdf", &pdf_with_pages(&pages));
    for page in [3, 0] {
        let refused = read_background_page(&path, Some(page)).unwrap_err().to_string();
        assert!(refused.contains("halls.pdf"), "{refused}");
        assert!(
            refused.contains(&format!("it has 2 pages (1 to 2), and page {page} was asked for")),
            "{refused}"
        );
    }
}

#[test]
fn a_damaged_or_password_protected_pdf_is_refused_in_a_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let page = PdfPage { width_pt: 72.0, height_pt: 72.0, content: "" };
    for (name, bytes, says) in [
        ("broken.pdf", b"%PDF-1.7\nthis is no PDF at all\n".to_vec(), "damaged or not a PDF"),
        ("cut.pdf", pdf_with_pages(&[page])[..40].to_vec(), "damaged or not a PDF"),
        ("locked.pdf", password_protected_pdf(&[page]), "protected by a password"),
    ] {
        let path = write(dir.path(), name, &bytes);
        let refused = read_background_page(&path, None).unwrap_err().to_string();
        assert!(refused.contains(name) && refused.contains(says), "{name}: {refused}");
    }
}

#[test]
fn a_page_too_large_for_the_image_limits_is_refused_before_rendering() {
    let dir = tempfile::tempdir().unwrap();
    // 200 × 200 inches: 30,000 pixels a side, 900 million in all.
    let page = PdfPage { width_pt: 14_400.0, height_pt: 14_400.0, content: "" };
    let path = write(dir.path(), "site.pdf", &pdf_with_pages(&[page]));
    let refused = read_background_page(&path, None).unwrap_err().to_string();
    assert!(refused.contains("site.pdf") && refused.contains("30000 × 30000 pixels"), "{refused}");
}

#[test]
fn saving_and_opening_keeps_the_page_and_an_older_file_has_none() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fair.ron");
    let mut layout = Layout::default();
    let drawing =
        |path: &str| Background::new(path.into(), None, (450, 300), Point::new(0.0, 0.0), 0.1);
    layout.backgrounds.push(drawing("halls.pdf").with_page(3));
    layout.backgrounds.push(drawing("venue.png"));
    save_layout(&file, &layout).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("(path: \"halls.pdf\", page: 3, size_px: (450, 300)"), "{text}");
    assert_eq!(text.matches("page:").count(), 1, "an image has no page: {text}");
    let loaded = load_layout(&file).unwrap();
    assert_eq!(loaded.backgrounds, layout.backgrounds);
    assert_eq!(loaded.backgrounds[0].page, Some(3));
    assert_eq!(loaded.backgrounds[1].page, None);

    // Both readers agree: the one-pass reader of saved files and `ron` itself.
    assert_eq!(parse_layout_fast(&text).unwrap().backgrounds, layout.backgrounds);
    assert_eq!(parse_layout_reference(&text).unwrap().backgrounds, layout.backgrounds);

    // Page 0 is refused where it is written.
    std::fs::write(&file, text.replace("page: 3,", "page: 0,")).unwrap();
    let refused = load_layout(&file).unwrap_err().to_string();
    assert!(refused.contains("fair.ron:") && refused.contains("page number from 1"), "{refused}");
}

//! The PNG plan: the size asked for, and a sold booth painted in its theme colour.

mod export_support;

use boothplan_core::io::export::{
    ExportError, ExportOptions, Format, Paper, PlanOptions, export_bytes, plan_svg,
};
use resvg::tiny_skia::Pixmap;

/// The number in `attr="…"` of the element whose id is `id`, from the SVG text.
fn attribute(svg: &str, id: &str, attr: &str) -> f64 {
    let start = svg.find(&format!("id=\"{id}\"")).unwrap();
    let element = &svg[start..start + svg[start..].find('>').unwrap()];
    let key = format!(" {attr}=\"");
    let at = element.find(&key).unwrap() + key.len();
    element[at..at + element[at..].find('"').unwrap()].parse().unwrap()
}

#[test]
fn decodes_to_the_asked_size_and_a_sold_booth_has_its_theme_colour() {
    let layout = export_support::small_layout();
    let options = ExportOptions { paper: Paper::A4, dpi: 100.0, ..export_support::options() };
    let png = export_bytes(&layout, Format::Png, &options).unwrap();
    let pixmap = Pixmap::decode_png(&png).unwrap();
    // A4 landscape is 297 × 210 mm: 1169 × 827 pixels at 100 dpi, and the file says so.
    assert_eq!((pixmap.width(), pixmap.height()), (1169, 827));
    let decoder = png::Decoder::new(std::io::Cursor::new(&png));
    let info = decoder.read_info().unwrap();
    let dims = info.info().pixel_dims.unwrap();
    assert_eq!((dims.xppu, dims.unit), (3937, png::Unit::Meter), "100 dpi is 3937 pixels a metre");

    // Booth 1-001 is sold, technology (#F58518); sample it near its top-left corner, off the label.
    let svg = plan_svg(&layout, &PlanOptions::from_export(&options)).unwrap();
    let px_per_mm = 100.0 / 25.4;
    let x = attribute(&svg, "booth-1-001", "x") + 0.15 * attribute(&svg, "booth-1-001", "width");
    let y = attribute(&svg, "booth-1-001", "y") + 0.15 * attribute(&svg, "booth-1-001", "height");
    let p = pixmap.pixel((x * px_per_mm) as u32, (y * px_per_mm) as u32).unwrap().demultiply();
    assert_eq!((p.red(), p.green(), p.blue(), p.alpha()), (0xF5, 0x85, 0x18, 0xFF));

    // An available booth (1-003) is white inside, not its theme colour.
    let x = attribute(&svg, "booth-1-003", "x") + 0.15 * attribute(&svg, "booth-1-003", "width");
    let y = attribute(&svg, "booth-1-003", "y") + 0.15 * attribute(&svg, "booth-1-003", "height");
    let p = pixmap.pixel((x * px_per_mm) as u32, (y * px_per_mm) as u32).unwrap().demultiply();
    assert_eq!((p.red(), p.green(), p.blue()), (0xFF, 0xFF, 0xFF));
}

#[test]
fn chinese_names_are_drawn_not_left_blank() {
    // A booth with only a Chinese name, large: its label must put dark pixels on the sheet.
    let layout = export_support::small_layout();
    let options = ExportOptions {
        paper: Paper::A4,
        dpi: 150.0,
        hall: Some("1".into()),
        ..export_support::options()
    };
    let svg = plan_svg(&layout, &PlanOptions::from_export(&options)).unwrap();
    let pixmap =
        Pixmap::decode_png(&export_bytes(&layout, Format::Png, &options).unwrap()).unwrap();
    let px_per_mm = 150.0 / 25.4;
    let (bx, by) = (attribute(&svg, "booth-1-004", "x"), attribute(&svg, "booth-1-004", "y"));
    let (bw, bh) =
        (attribute(&svg, "booth-1-004", "width"), attribute(&svg, "booth-1-004", "height"));
    // The lower half of the booth holds the exhibitor line 顺丰速运有限公司.
    let mut ink = 0;
    for py in ((by + bh * 0.55) * px_per_mm) as u32..((by + bh * 0.9) * px_per_mm) as u32 {
        for px in ((bx + bw * 0.1) * px_per_mm) as u32..((bx + bw * 0.9) * px_per_mm) as u32 {
            let p = pixmap.pixel(px, py).unwrap();
            if u16::from(p.red()) + u16::from(p.green()) + u16::from(p.blue()) < 200 {
                ink += 1;
            }
        }
    }
    assert!(ink > 100, "only {ink} dark pixels where the Chinese name should be");
}

#[test]
fn absurd_resolutions_are_refused_with_a_reason() {
    let layout = export_support::small_layout();
    for dpi in [0.0, -5.0, f32::NAN, 5000.0] {
        let options = ExportOptions { dpi, ..export_support::options() };
        assert!(
            matches!(export_bytes(&layout, Format::Png, &options), Err(ExportError::BadSize(_))),
            "{dpi}"
        );
    }
    let huge = ExportOptions { paper: Paper::A0, dpi: 1200.0, ..export_support::options() };
    let err = export_bytes(&layout, Format::Png, &huge).unwrap_err();
    assert!(err.to_string().contains("too large"), "{err}");
}

#[test]
fn a_pixel_width_sets_the_image_size_keeping_the_paper_shape() {
    let layout = export_support::small_layout();
    let options =
        ExportOptions { paper: Paper::A3, width_px: Some(1200), ..export_support::options() };
    let pixmap =
        Pixmap::decode_png(&export_bytes(&layout, Format::Png, &options).unwrap()).unwrap();
    // A3 landscape is 420 × 297 mm.
    assert_eq!(
        (pixmap.width(), pixmap.height()),
        (1200, (1200.0_f64 * 297.0 / 420.0).round() as u32)
    );
    let zero = ExportOptions { width_px: Some(0), ..options };
    assert!(matches!(export_bytes(&layout, Format::Png, &zero), Err(ExportError::BadSize(_))));
}

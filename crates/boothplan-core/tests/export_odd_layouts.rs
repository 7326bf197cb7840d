//! Exports of layouts a planner may have half-made or broken: nothing panics, every format
//! still gives a file, and broken objects do not drag the rest of the plan with them.

mod export_support;

use boothplan_core::io::export::{ExportOptions, Format, Paper, export_bytes};
use boothplan_core::model::{Booth, BoothStatus, Hall, Layout, Point, Rect};

const FORMATS: [Format; 4] = [Format::Svg, Format::Pdf, Format::Png, Format::Csv];

fn small_png() -> ExportOptions {
    ExportOptions { paper: Paper::A4, dpi: 30.0, ..export_support::options() }
}

#[test]
fn an_empty_layout_exports_an_empty_sheet() {
    let layout = Layout::default();
    for format in FORMATS {
        let bytes = export_bytes(&layout, format, &small_png()).unwrap();
        assert!(!bytes.is_empty(), "{format}");
    }
    let pdf = lopdf::Document::load_mem(&export_bytes(&layout, Format::Pdf, &small_png()).unwrap())
        .unwrap();
    assert_eq!(pdf.get_pages().len(), 1, "just the overview");
}

#[test]
fn broken_geometry_and_unknown_themes_do_not_panic() {
    let mut layout = export_support::small_layout();
    let broken = |id: &str, rect: Rect, theme: &str| Booth {
        id: id.into(),
        hall: Some("1".into()),
        theme: theme.into(),
        rect,
        status: BoothStatus::Sold,
        exhibitor: "<&\u{0}>".into(),
    };
    layout.booths.push(broken("nan", Rect::new(f64::NAN, 1.0, 3.0, 3.0), "technology"));
    layout.booths.push(broken("negative", Rect::new(1.0, 1.0, -3.0, 3.0), "technology"));
    layout.booths.push(broken("infinite", Rect::new(1.0, 1.0, f64::INFINITY, 3.0), "technology"));
    layout.booths.push(broken("no-theme", Rect::new(24.0, 12.0, 3.0, 3.0), "no-such-theme"));
    layout.booths.push(broken("1-001", Rect::new(24.0, 15.0, 3.0, 3.0), "logistics"));
    layout.halls.push(Hall::new("empty", "Hall with no outline", Vec::new()));
    layout.halls.push(Hall {
        id: "far".into(),
        name: "Far away".into(),
        sprinklered: false,
        outline: vec![
            Point::new(1e12, 1e12),
            Point::new(1e12 + 10.0, 1e12),
            Point::new(1e12, 1e12 + 10.0),
        ],
    });
    for format in FORMATS {
        assert!(export_bytes(&layout, format, &small_png()).is_ok(), "{format}");
    }
    let svg = String::from_utf8(export_bytes(&layout, Format::Svg, &small_png()).unwrap()).unwrap();
    assert!(!svg.contains('\u{0}'));
    for bad in ["=\"NaN", "=\"inf", "=\"-inf"] {
        assert!(!svg.contains(bad), "{bad}");
    }
    // The duplicated booth number still gives unique SVG ids.
    assert!(svg.contains("id=\"booth-1-001\"") && svg.contains("id=\"booth-1-001-2\""));
    // The valid booths are still there and the broken hall does not stop the sheet for hall 1.
    let one = ExportOptions { hall: Some("1".into()), ..small_png() };
    let svg = String::from_utf8(export_bytes(&layout, Format::Svg, &one).unwrap()).unwrap();
    assert!(svg.contains(">1-004<"));
    let far = ExportOptions { hall: Some("far".into()), ..small_png() };
    assert!(export_bytes(&layout, Format::Pdf, &far).is_ok());
}

//! The SVG plan: a stable golden file of a small layout, valid SVG with Inkscape layers, and
//! booth labels that stay inside their booths once the real font has shaped them.

mod export_support;

use boothplan_core::io::export::{
    Paper, PlanOptions, SheetKind, plan_sheet, plan_svg, usvg_options,
};
use boothplan_core::model::{Booth, BoothStatus, Layout, Rect};
use resvg::usvg;

fn a4(hall: Option<&str>) -> PlanOptions {
    PlanOptions {
        hall: hall.map(str::to_owned),
        paper: Paper::A4,
        portrait: false,
        date: "2026-05-20".into(),
        sheet_of: None,
        kind: SheetKind::Plan,
    }
}

/// Parsed as PDF and PNG export parse it: with the embedded fonts only.
fn parse(svg: &str) -> usvg::Tree {
    usvg::Tree::from_str(svg, &usvg_options()).unwrap()
}

#[test]
fn golden_svg_of_a_small_layout() {
    let svg = plan_svg(&export_support::small_layout(), &a4(None)).unwrap();
    insta::assert_snapshot!("small_layout_a4", svg);
}

#[test]
fn the_same_layout_gives_the_same_file() {
    let layout = export_support::three_halls();
    assert_eq!(plan_svg(&layout, &a4(None)).unwrap(), plan_svg(&layout, &a4(None)).unwrap());
}

#[test]
fn layers_units_and_escaped_text() {
    let svg = plan_svg(&export_support::small_layout(), &a4(None)).unwrap();
    assert!(svg.contains("width=\"297mm\" height=\"210mm\" viewBox=\"0 0 297 210\""));
    for layer in [
        "halls",
        "zones",
        "walls",
        "columns",
        "booths",
        "booth-labels",
        "zone-names",
        "hall-names",
        "legend",
    ] {
        assert!(
            svg.contains(&format!("<g id=\"{layer}\" inkscape:groupmode=\"layer\"")),
            "no layer {layer}"
        );
    }
    assert!(svg.contains("Small &amp; &lt;Test&gt; Fair"));
    assert!(!svg.contains("<Test>"));
    assert!(svg.contains(">阿里巴巴<"));
    assert!(svg.contains("1:200"), "a 30 m hall on A4 is drawn at 1:200");
    // It is well-formed enough for a strict parser.
    let tree = parse(&svg);
    assert!(tree.root().has_children());
}

/// Boxes of the booths (by id) and of every text line in the booth-labels layer, in mm.
fn booth_and_label_boxes(tree: &usvg::Tree) -> (Vec<(String, usvg::Rect)>, Vec<usvg::Rect>) {
    fn walk(
        group: &usvg::Group,
        booths: &mut Vec<(String, usvg::Rect)>,
        labels: &mut Vec<usvg::Rect>,
        in_labels: bool,
    ) {
        for node in group.children() {
            let in_labels = in_labels || node.id() == "booth-labels";
            match node {
                usvg::Node::Group(g) => walk(g, booths, labels, in_labels),
                usvg::Node::Path(p) if p.id().starts_with("booth-") => {
                    booths.push((p.id().to_owned(), p.abs_bounding_box()));
                }
                usvg::Node::Text(t) if in_labels => labels.push(t.abs_bounding_box()),
                _ => {}
            }
        }
    }
    let (mut booths, mut labels) = (Vec::new(), Vec::new());
    walk(tree.root(), &mut booths, &mut labels, false);
    (booths, labels)
}

/// usvg works in px at 96 dpi; the SVG's user unit is 1 mm.
const PX_PER_MM: f32 = 96.0 / 25.4;

fn assert_labels_inside_booths(layout: &Layout, options: &PlanOptions) -> usize {
    let svg = plan_svg(layout, options).unwrap();
    let tree = parse(&svg);
    let (booths, labels) = booth_and_label_boxes(&tree);
    assert_eq!(booths.len(), layout.booths.len().min(booths.len()));
    for label in &labels {
        let (cx, cy) = (label.x() + label.width() / 2.0, label.y() + label.height() / 2.0);
        let (id, booth) = booths
            .iter()
            .find(|(_, b)| b.left() <= cx && cx <= b.right() && b.top() <= cy && cy <= b.bottom())
            .unwrap_or_else(|| panic!("label at {cx},{cy} is in no booth"));
        let slack = 0.05 * PX_PER_MM;
        assert!(
            label.left() >= booth.left() - slack
                && label.right() <= booth.right() + slack
                && label.top() >= booth.top() - slack
                && label.bottom() <= booth.bottom() + slack,
            "label {label:?} spills out of {id} {booth:?}"
        );
    }
    labels.len()
}

#[test]
fn shaped_booth_labels_never_spill_out() {
    let layout = export_support::three_halls();
    let mut printed = 0;
    for hall in [None, Some("1A"), Some("2")] {
        printed += assert_labels_inside_booths(&layout, &a4(hall));
    }
    assert!(printed > 300, "only {printed} labels were printed");
    let default = boothplan_core::io::ron_file::parse_layout(
        boothplan_core::io::DEFAULT_LAYOUT_RON,
        std::path::Path::new("layouts/gdte-hangzhou.ron"),
    )
    .unwrap();
    for hall in ["1A", "3"] {
        let options = PlanOptions { paper: Paper::A1, ..a4(Some(hall)) };
        assert!(assert_labels_inside_booths(&default, &options) > 100);
    }
}

#[test]
fn narrow_and_tiny_booths_drop_text_instead_of_spilling() {
    let mut layout = Layout::default();
    layout.halls.push(boothplan_core::model::Hall::new(
        "1",
        "Hall 1",
        Rect::new(0.0, 0.0, 70.0, 14.0).corners().to_vec(),
    ));
    let names = [
        "Very Long Exhibitor Name International Holdings",
        "中华人民共和国海关总署数字贸易服务中心",
        "",
    ];
    for (i, w) in [0.4, 1.0, 2.0, 3.0, 12.0].into_iter().enumerate() {
        for (j, h) in [0.4, 1.0, 3.0].into_iter().enumerate() {
            layout.booths.push(Booth {
                id: format!("1-WIDE-NUMBER-{i}{j}"),
                hall: Some("1".into()),
                theme: "technology".into(),
                rect: Rect::new(1.0 + i as f64 * 13.0, 1.0 + j as f64 * 4.0, w, h),
                status: BoothStatus::Sold,
                exhibitor: names[(i + j) % 3].into(),
            });
        }
    }
    let printed = assert_labels_inside_booths(&layout, &a4(None));
    assert!(printed >= 3 && printed < 2 * layout.booths.len(), "{printed}");
    // Tall narrow booths (1 × 12 m, 0.8 × 6 m) get their number turned, and it still fits.
    for (i, (w, h)) in [(1.0, 12.0), (0.8, 6.0)].into_iter().enumerate() {
        layout.booths.push(Booth {
            id: format!("1-TALL-{i}"),
            hall: Some("1".into()),
            theme: "logistics".into(),
            rect: Rect::new(66.0 + i as f64 * 2.0, 1.0, w, h),
            status: BoothStatus::Available,
            exhibitor: String::new(),
        });
    }
    layout.halls[0].outline = Rect::new(0.0, 0.0, 70.0, 14.0).corners().to_vec();
    let svg = plan_svg(&layout, &a4(None)).unwrap();
    assert_eq!(
        svg.matches("<g transform=\"rotate(-90").count(),
        2,
        "tall booths are labelled turned"
    );
    assert!(svg.contains(">1-TALL-0<") && svg.contains(">1-TALL-1<"));
    assert_labels_inside_booths(&layout, &a4(None));
}

#[test]
fn scale_is_a_standard_one_and_shrinks_for_bigger_venues() {
    let small = plan_sheet(&export_support::small_layout(), &a4(None)).unwrap();
    let big = plan_sheet(&export_support::three_halls(), &a4(None)).unwrap();
    assert_eq!(small.scale, 200.0);
    assert_eq!(big.scale, 1000.0);
    assert!(small.svg.contains("Scale 1:200") && big.svg.contains("Scale 1:1000"));
}

/// Every glyph of every text on the sheet, as (character text, font family, glyph id).
fn glyphs(tree: &usvg::Tree) -> Vec<(String, String, u16)> {
    fn walk(
        group: &usvg::Group,
        db: &usvg::fontdb::Database,
        out: &mut Vec<(String, String, u16)>,
    ) {
        for node in group.children() {
            match node {
                usvg::Node::Group(g) => walk(g, db, out),
                usvg::Node::Text(t) => {
                    for glyph in t.layouted().iter().flat_map(|s| &s.positioned_glyphs) {
                        let family = db
                            .face(glyph.font)
                            .map(|f| f.families[0].0.clone())
                            .unwrap_or_default();
                        out.push((glyph.text.clone(), family, glyph.id.0));
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(tree.root(), tree.fontdb(), &mut out);
    out
}

#[test]
fn every_character_has_a_real_glyph_latin_and_chinese() {
    let tree = parse(&plan_svg(&export_support::three_halls(), &a4(Some("1A"))).unwrap());
    let glyphs = glyphs(&tree);
    assert!(glyphs.len() > 1000);
    let missing: Vec<_> =
        glyphs.iter().filter(|(text, _, id)| *id == 0 && !text.trim().is_empty()).collect();
    assert!(missing.is_empty(), "drawn as empty boxes: {missing:?}");
    let family_of = |s: &str| glyphs.iter().find(|(t, _, _)| t == s).map(|(_, f, _)| f.clone());
    assert_eq!(family_of("阿").as_deref(), Some("Droid Sans Fallback"));
    assert_eq!(family_of("H").as_deref(), Some("DejaVu Sans"));
}

/// Boxes of the texts in the legend layer.
fn legend_text_boxes(tree: &usvg::Tree) -> Vec<(String, usvg::Rect)> {
    fn walk(group: &usvg::Group, inside: bool, out: &mut Vec<(String, usvg::Rect)>) {
        for node in group.children() {
            let inside = inside || node.id() == "legend";
            match node {
                usvg::Node::Group(g) => walk(g, inside, out),
                usvg::Node::Text(t) if inside => {
                    let text: String = t.chunks().iter().map(|c| c.text().to_owned()).collect();
                    out.push((text, t.abs_bounding_box()));
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(tree.root(), false, &mut out);
    out
}

#[test]
fn a_crowded_legend_on_small_paper_never_overlaps_itself() {
    let mut layout = export_support::three_halls();
    for i in 0..16 {
        layout.themes.push(boothplan_core::model::Theme {
            key: format!("extra-{i}"),
            name: format!("Extra theme number {i} with a long name"),
            colour: boothplan_core::model::Colour::rgb(10 * i as u8, 80, 120),
            target_area_m2: None,
        });
    }
    for i in 0..9 {
        layout.halls.push(boothplan_core::model::Hall::new(
            format!("X{i}"),
            format!("Extra hall {i}"),
            Rect::new(200.0 + f64::from(i) * 20.0, 0.0, 15.0, 15.0).corners().to_vec(),
        ));
    }
    let sheets = [
        (Paper::A4, false, None),
        (Paper::A4, false, Some("1A")),
        (Paper::A1, false, None),
        (Paper::A4, true, None),
        (Paper::A2, true, Some("2")),
    ];
    for (paper, portrait, hall) in sheets {
        let options = PlanOptions { paper, portrait, ..a4(hall) };
        let boxes = legend_text_boxes(&parse(&plan_svg(&layout, &options).unwrap()));
        assert!(boxes.len() > 20);
        for (i, (ta, a)) in boxes.iter().enumerate() {
            for (tb, b) in &boxes[i + 1..] {
                let overlap_w = a.right().min(b.right()) - a.left().max(b.left());
                let overlap_h = a.bottom().min(b.bottom()) - a.top().max(b.top());
                // Line boxes (ascent to descent) of stacked lines may touch; glyphs may not collide.
                let tolerance = 0.2 * a.height().min(b.height());
                assert!(
                    overlap_w <= 0.5 || overlap_h <= tolerance,
                    "{paper:?} {hall:?}: {ta:?} {a:?} overlaps {tb:?} {b:?}"
                );
            }
        }
    }
}

/// Boxes of the texts in the hall-names layer and of the hall outlines, in drawing order.
fn hall_name_and_outline_boxes(tree: &usvg::Tree) -> (Vec<usvg::Rect>, Vec<usvg::Rect>) {
    fn walk(
        group: &usvg::Group,
        inside: bool,
        names: &mut Vec<usvg::Rect>,
        halls: &mut Vec<usvg::Rect>,
    ) {
        for node in group.children() {
            let inside = inside || node.id() == "hall-names";
            match node {
                usvg::Node::Group(g) => walk(g, inside, names, halls),
                usvg::Node::Text(t) if inside => names.push(t.abs_bounding_box()),
                usvg::Node::Path(p) if p.id().starts_with("hall-") => {
                    halls.push(p.abs_bounding_box());
                }
                _ => {}
            }
        }
    }
    let (mut names, mut halls) = (Vec::new(), Vec::new());
    walk(tree.root(), false, &mut names, &mut halls);
    (names, halls)
}

#[test]
fn hall_names_stay_clear_of_neighbouring_halls() {
    // Two halls wall to wall, one above the other: the lower one's name cannot go above it.
    let mut layout = Layout::default();
    for (i, y) in [0.0, 30.0].into_iter().enumerate() {
        layout.halls.push(boothplan_core::model::Hall::new(
            format!("H{i}"),
            format!("Hall {i}"),
            Rect::new(0.0, y, 60.0, 30.0).corners().to_vec(),
        ));
    }
    let tree = parse(&plan_svg(&layout, &a4(None)).unwrap());
    let (names, halls) = hall_name_and_outline_boxes(&tree);
    assert_eq!((names.len(), halls.len()), (2, 2));
    // The upper hall's name sits above it; the lower one's inside the lower hall, clear of the upper.
    assert!(names[0].bottom() <= halls[0].top() + 1.0, "{:?} {:?}", names[0], halls[0]);
    assert!(
        names[1].top() >= halls[1].top() && names[1].bottom() <= halls[1].bottom(),
        "{:?} {:?}",
        names[1],
        halls[1]
    );
    assert!(names[1].left() >= halls[1].left());
}

#[test]
fn exits_are_drawn_in_the_wall_with_an_arrow_out_of_the_hall_and_in_the_legend() {
    let mut layout = export_support::small_layout();
    let hall = layout.halls[0].clone();
    let bounds = hall.bounds().unwrap();
    // A 3 m door in the hall's top wall.
    let (x, y) = (bounds.x_m + 5.0, bounds.y_m);
    layout.exits.push(boothplan_core::model::Exit {
        id: "1A-E1".into(),
        hall: Some(hall.id.clone()),
        from: boothplan_core::model::Point::new(x, y),
        to: boothplan_core::model::Point::new(x + 3.0, y),
    });
    let svg = plan_svg(&layout, &a4(None)).unwrap();
    assert!(svg.contains("<g id=\"exits\" inkscape:groupmode=\"layer\""));
    let start = svg.find("<g id=\"exit-1A-E1\">").expect("the door has its own group");
    let door = &svg[start..start + svg[start..].find("</g>").unwrap()];
    // The bar's two ends, then the arrow's three corners: its tip lies above the wall (out).
    let numbers: Vec<f64> = door
        .split("d=\"")
        .skip(1)
        .flat_map(|path| path[..path.find('"').unwrap()].split([' ', 'M', 'L', 'Z']))
        .filter_map(|s| s.parse().ok())
        .collect();
    let wall_y = numbers[1];
    assert_eq!(numbers[3], wall_y, "the bar runs along the wall: {door}");
    let tip_y = numbers[7];
    assert!(tip_y < wall_y, "the arrow points out of the hall, up the page: {door}");
    assert!(svg.contains("Exit: door to scale, arrow out"));
    parse(&svg);
    // A layout without doors has no exit layer and no legend line for them.
    let plain = plan_svg(&export_support::small_layout(), &a4(None)).unwrap();
    assert!(!plain.contains("id=\"exits\"") && !plain.contains("Exit: door"));
}

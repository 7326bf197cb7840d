//! Hall and zone names on the plan hide nothing: on the default expo, every zone name is drawn
//! and none covers a booth, on the overview and on each hall's sheet, on A4 and A1.

use boothplan_core::io::export::{Paper, PlanOptions, SheetKind, plan_svg, usvg_options};
use boothplan_core::sample::gdte_hangzhou;
use resvg::usvg;

/// Boxes of the booths and of the texts in the zone-names and hall-names layers, as usvg
/// shapes them with the embedded fonts (so the text is measured independently of the code
/// that placed it).
struct Boxes {
    booths: Vec<(String, usvg::Rect)>,
    zone_names: Vec<(String, usvg::Rect)>,
    hall_names: Vec<(String, usvg::Rect)>,
}

fn boxes(svg: &str) -> Boxes {
    fn text_of(t: &usvg::Text) -> String {
        t.chunks().iter().map(usvg::TextChunk::text).collect()
    }
    fn walk(group: &usvg::Group, layer: &str, out: &mut Boxes) {
        for node in group.children() {
            let layer =
                if ["zone-names", "hall-names"].contains(&node.id()) { node.id() } else { layer };
            match node {
                usvg::Node::Group(g) => walk(g, layer, out),
                usvg::Node::Path(p) if p.id().starts_with("booth-") => {
                    out.booths.push((p.id().to_owned(), p.abs_bounding_box()));
                }
                usvg::Node::Text(t) if layer == "zone-names" => {
                    out.zone_names.push((text_of(t), t.abs_bounding_box()));
                }
                usvg::Node::Text(t) if layer == "hall-names" => {
                    out.hall_names.push((text_of(t), t.abs_bounding_box()));
                }
                _ => {}
            }
        }
    }
    let tree = usvg::Tree::from_str(svg, &usvg_options()).unwrap();
    let mut out = Boxes { booths: Vec::new(), zone_names: Vec::new(), hall_names: Vec::new() };
    walk(tree.root(), "", &mut out);
    out
}

/// True when two boxes share area (touching is not covering).
fn covers(a: &usvg::Rect, b: &usvg::Rect) -> bool {
    a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom()
}

#[test]
fn zone_and_hall_names_never_cover_a_booth_on_any_sheet_or_paper() {
    let layout = gdte_hangzhou();
    let sheets = std::iter::once(None).chain(layout.halls.iter().map(|h| Some(h.id.clone())));
    for hall in sheets {
        for (paper, portrait) in [(Paper::A4, false), (Paper::A1, false), (Paper::A4, true)] {
            let options = PlanOptions {
                hall: hall.clone(),
                paper,
                portrait,
                date: "2026-05-20".into(),
                sheet_of: None,
                kind: SheetKind::Plan,
            };
            let found = boxes(&plan_svg(&layout, &options).unwrap());
            let sheet = format!(
                "{} on {}{}",
                hall.as_deref().unwrap_or("overview"),
                paper.name(),
                if portrait { " portrait" } else { "" }
            );
            let zones: Vec<&str> = layout
                .zones
                .iter()
                .filter(|z| hall.is_none() || z.hall == hall)
                .map(|z| z.name.as_str())
                .collect();
            let mut drawn: Vec<&str> = found.zone_names.iter().map(|(t, _)| t.as_str()).collect();
            drawn.sort_unstable();
            let mut wanted = zones.clone();
            wanted.sort_unstable();
            assert_eq!(drawn, wanted, "{sheet}: every zone is named once");
            assert!(!found.hall_names.is_empty(), "{sheet}: halls are named");
            for (name, label) in found.zone_names.iter().chain(&found.hall_names) {
                if let Some((booth, _)) = found.booths.iter().find(|(_, b)| covers(label, b)) {
                    panic!("{sheet}: the name {name:?} at {label:?} covers {booth}");
                }
            }
        }
    }
}

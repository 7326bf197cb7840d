//! The fair's name at the head of the sidebar and in the title block: a long Chinese name
//! wraps by its width into even lines, never leaving one character alone on a line.

use boothplan_core::io::export::{Paper, PlanOptions, SheetKind, plan_svg, usvg_options};
use boothplan_core::sample::gdte_hangzhou;
use resvg::usvg;

/// Every text of the sheet in drawing order, with its shaped box.
fn texts(svg: &str) -> Vec<(String, usvg::Rect)> {
    fn walk(group: &usvg::Group, out: &mut Vec<(String, usvg::Rect)>) {
        for node in group.children() {
            match node {
                usvg::Node::Group(g) => walk(g, out),
                usvg::Node::Text(t) => out.push((
                    t.chunks().iter().map(usvg::TextChunk::text).collect(),
                    t.abs_bounding_box(),
                )),
                _ => {}
            }
        }
    }
    let tree = usvg::Tree::from_str(svg, &usvg_options()).unwrap();
    let mut out = Vec::new();
    walk(tree.root(), &mut out);
    out
}

#[test]
fn a_long_chinese_fair_name_wraps_evenly_with_no_character_alone() {
    let mut layout = gdte_hangzhou();
    layout.name = "第五届全球数字贸易博览会暨杭州国际跨境电子商务与数字内容产业合作大会".into();
    for (paper, portrait) in [(Paper::A4, false), (Paper::A1, false), (Paper::A3, true)] {
        let options = PlanOptions {
            hall: None,
            paper,
            portrait,
            date: "2026-05-20".into(),
            sheet_of: None,
            kind: SheetKind::Plan,
        };
        let all = texts(&plan_svg(&layout, &options).unwrap());
        // The name's lines: texts that are pieces of it (booth labels and legends are not).
        let pieces: Vec<&(String, usvg::Rect)> =
            all.iter().filter(|(t, _)| !t.is_empty() && layout.name.contains(t.as_str())).collect();
        let joined: String = pieces.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            joined,
            layout.name.repeat(2),
            "{}: the sidebar title, then the title block",
            paper.name()
        );
        let mut split = 0;
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for _ in 0..2 {
            let mut got = String::new();
            let mut counts = Vec::new();
            while got != layout.name {
                got.push_str(&pieces[split].0);
                counts.push(pieces[split].0.chars().count());
                split += 1;
            }
            groups.push(counts);
        }
        for counts in &groups {
            assert!(counts.len() >= 2, "{}: a name this long wraps: {counts:?}", paper.name());
            assert!(
                counts.iter().all(|&c| c >= 2),
                "{}: a character alone: {counts:?}",
                paper.name()
            );
            let (least, most) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
            assert!(most - least <= 2, "{}: lines as even as can be: {counts:?}", paper.name());
        }
        // No line runs off the paper.
        let width_px = paper.size_mm(portrait).0 as f32 * 96.0 / 25.4;
        for (text, rect) in pieces {
            assert!(rect.right() <= width_px, "{text:?} runs off the paper at {rect:?}");
        }
    }
}

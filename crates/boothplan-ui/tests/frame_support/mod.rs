//! What the last frame painted, read from its shapes: shared by the window and canvas tests.
#![allow(dead_code, reason = "each test crate uses a different part of this support module")]

use egui_kittest::Harness;

/// Every text painted in the last frame.
pub fn painted_texts<S>(harness: &Harness<'_, S>) -> Vec<String> {
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) => Some(text.galley.text().to_owned()),
            _ => None,
        })
        .collect()
}

/// The colour the last frame painted at `pos`: that of the last mesh triangle drawn over it
/// (what is on top), read from the painted shapes alone.
pub fn colour_at<S>(harness: &Harness<'_, S>, pos: egui::Pos2) -> Option<egui::Color32> {
    let mut top = None;
    for clipped in &harness.output().shapes {
        let egui::Shape::Mesh(mesh) = &clipped.shape else { continue };
        for tri in mesh.indices.chunks_exact(3) {
            let [a, b, c] = [tri[0], tri[1], tri[2]].map(|i| mesh.vertices[i as usize]);
            if inside_triangle(pos, a.pos, b.pos, c.pos) {
                top = Some(a.color);
            }
        }
    }
    top
}

/// Whether `p` lies in the triangle `a b c` (either winding, edges included).
fn inside_triangle(p: egui::Pos2, a: egui::Pos2, b: egui::Pos2, c: egui::Pos2) -> bool {
    let side = |u: egui::Pos2, v: egui::Pos2| (v.x - u.x) * (p.y - u.y) - (v.y - u.y) * (p.x - u.x);
    let (d1, d2, d3) = (side(a, b), side(b, c), side(c, a));
    let negative = d1 < 0.0 || d2 < 0.0 || d3 < 0.0;
    let positive = d1 > 0.0 || d2 > 0.0 || d3 > 0.0;
    !(negative && positive)
}

/// The positions of the mesh vertices of the last frame painted in `colour`.
pub fn points_coloured<S>(harness: &Harness<'_, S>, colour: egui::Color32) -> Vec<egui::Pos2> {
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Mesh(mesh) => Some(
                mesh.vertices
                    .iter()
                    .filter(|v| v.color == colour)
                    .map(|v| v.pos)
                    .collect::<Vec<_>>(),
            ),
            _ => None,
        })
        .flatten()
        .collect()
}

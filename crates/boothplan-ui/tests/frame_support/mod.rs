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

/// The colour the last frame shows at `pos`, worked out as the renderer would: the frame's
/// shapes tessellated (anti-aliased fringes included) and every triangle over `pos` blended
/// over the ones before it, bottom to top, its colour interpolated at `pos` (premultiplied, in
/// gamma space, as egui blends). Textures are not sampled: a glyph counts as a block of its
/// colour. Pick points off triangle edges (a point on a shared edge counts in neither).
pub fn shown_colour_at<S>(harness: &Harness<'_, S>, pos: egui::Pos2) -> egui::Color32 {
    let output = harness.output();
    let primitives = harness.ctx.tessellate(output.shapes.clone(), output.pixels_per_point);
    let mut shown = [0.0_f32; 4];
    for clipped in primitives {
        let egui::epaint::Primitive::Mesh(mesh) = &clipped.primitive else { continue };
        if !clipped.clip_rect.contains(pos) {
            continue;
        }
        for tri in mesh.indices.chunks_exact(3) {
            let [a, b, c] = [tri[0], tri[1], tri[2]].map(|i| mesh.vertices[i as usize]);
            let Some(weights) = barycentric(pos, a.pos, b.pos, c.pos) else { continue };
            let mut colour = [0.0_f32; 4];
            for (vertex, weight) in [a, b, c].iter().zip(weights) {
                for (sum, channel) in colour.iter_mut().zip(vertex.color.to_array()) {
                    *sum += weight * f32::from(channel);
                }
            }
            let keep = 1.0 - colour[3] / 255.0;
            for (under, over) in shown.iter_mut().zip(colour) {
                *under = over + *under * keep;
            }
        }
    }
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "each channel is clamped to 0–255 first"
    )]
    let [r, g, b, a] = shown.map(|c| c.round().clamp(0.0, 255.0) as u8);
    #[expect(
        clippy::disallowed_methods,
        reason = "a colour read back from the frame, not a design colour"
    )]
    egui::Color32::from_rgba_premultiplied(r, g, b, a)
}

/// The weights of `a`, `b` and `c` at `p` when `p` lies strictly inside the triangle.
fn barycentric(p: egui::Pos2, a: egui::Pos2, b: egui::Pos2, c: egui::Pos2) -> Option<[f32; 3]> {
    let area = (b - a).x * (c - a).y - (b - a).y * (c - a).x;
    if area.abs() < f32::EPSILON {
        return None;
    }
    let wa = ((b - p).x * (c - p).y - (b - p).y * (c - p).x) / area;
    let wb = ((c - p).x * (a - p).y - (c - p).y * (a - p).x) / area;
    let wc = 1.0 - wa - wb;
    (wa > 0.0 && wb > 0.0 && wc > 0.0).then_some([wa, wb, wc])
}

/// The WCAG contrast ratio of two opaque colours, 1 (none) to 21 (black on white); 3 is what
/// a graphical object needs against what is next to it.
pub fn contrast_ratio(a: egui::Color32, b: egui::Color32) -> f32 {
    let luminance = |c: egui::Color32| {
        let linear = |channel: u8| {
            let s = f32::from(channel) / 255.0;
            if s <= 0.040_45 { s / 12.92 } else { ((s + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * linear(c.r()) + 0.7152 * linear(c.g()) + 0.0722 * linear(c.b())
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

//! Small helpers that add filled shapes to one `egui::Mesh`, so a whole layer of booths is a
//! single draw call instead of thousands of shapes (docs/SPEC.md §7: 10,000 booths in 8 ms).

use egui::{Color32, Mesh, Pos2, Rect, Vec2, pos2, vec2};

/// Adds the quad whose corners are given in order around it.
fn add_quad(mesh: &mut Mesh, corners: [Pos2; 4], color: Color32) {
    let first = mesh.vertices.len() as u32;
    for corner in corners {
        mesh.colored_vertex(corner, color);
    }
    mesh.add_triangle(first, first + 1, first + 2);
    mesh.add_triangle(first, first + 2, first + 3);
}

/// Adds a border of `width` points drawn inside `rect`: one ring of 8 vertices and 8
/// triangles (a booth layer of 10,000 borders is rebuilt every frame, so every vertex counts).
pub fn add_rect_border(mesh: &mut Mesh, rect: Rect, width: f32, color: Color32) {
    let w = width.min(rect.width() / 2.0).min(rect.height() / 2.0);
    if w <= 0.0 {
        return;
    }
    let inner = rect.shrink(w);
    let first = mesh.vertices.len() as u32;
    // Outer corners 0..4 and inner corners 4..8, both clockwise from the top left.
    for r in [rect, inner] {
        for corner in [r.left_top(), r.right_top(), r.right_bottom(), r.left_bottom()] {
            mesh.colored_vertex(corner, color);
        }
    }
    for side in 0..4 {
        let next = (side + 1) % 4;
        let (o0, o1, i0, i1) = (first + side, first + next, first + 4 + side, first + 4 + next);
        mesh.add_triangle(o0, o1, i1);
        mesh.add_triangle(o0, i1, i0);
    }
}

/// Adds a straight line from `a` to `b`, `width` points thick.
pub fn add_segment(mesh: &mut Mesh, a: Pos2, b: Pos2, width: f32, color: Color32) {
    let along = b - a;
    let len = along.length();
    if len <= f32::EPSILON {
        return;
    }
    let n = vec2(-along.y, along.x) / len * (width / 2.0);
    add_quad(mesh, [a + n, b + n, b - n, a - n], color);
}

/// Adds diagonal hatching (bottom-left to top-right lines, `spacing` apart) clipped to `rect`.
pub fn add_hatching(mesh: &mut Mesh, rect: Rect, spacing: f32, width: f32, color: Color32) {
    if spacing <= 0.0 || !rect.is_positive() {
        return;
    }
    // Lines x + y = s, for s on a screen-fixed lattice so hatching does not crawl while panning.
    let step = spacing * std::f32::consts::SQRT_2;
    let (lo, hi) = (rect.min.x + rect.min.y, rect.max.x + rect.max.y);
    let mut s = (lo / step).ceil() * step;
    while s < hi {
        let x_start = rect.min.x.max(s - rect.max.y);
        let x_end = rect.max.x.min(s - rect.min.y);
        if x_end > x_start {
            add_segment(mesh, pos2(x_start, s - x_start), pos2(x_end, s - x_end), width, color);
        }
        s += step;
    }
}

/// Adds a filled simple polygon (convex or not) by ear-clipping it.
pub fn add_polygon(mesh: &mut Mesh, points: &[Pos2], color: Color32) {
    use geo::TriangulateEarcut as _;
    if points.len() < 3 {
        return;
    }
    let ring: Vec<geo::Coord<f64>> =
        points.iter().map(|p| geo::Coord { x: f64::from(p.x), y: f64::from(p.y) }).collect();
    let polygon = geo::Polygon::new(geo::LineString::new(ring), Vec::new());
    let raw = polygon.earcut_triangles_raw();
    let base = mesh.vertices.len() as u32;
    for [x, y] in &raw.vertices {
        mesh.colored_vertex(pos2(*x as f32, *y as f32), color);
    }
    for tri in raw.triangle_indices.chunks_exact(3) {
        mesh.add_triangle(base + tri[0] as u32, base + tri[1] as u32, base + tri[2] as u32);
    }
}

/// Adds a small square centred on `centre`, `side` points wide.
pub fn add_square(mesh: &mut Mesh, centre: Pos2, side: f32, color: Color32) {
    mesh.add_colored_rect(Rect::from_center_size(centre, Vec2::splat(side)), color);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(mesh: &Mesh) -> f32 {
        mesh.triangles()
            .map(|[a, b, c]| {
                let (a, b, c) = (
                    mesh.vertices[a as usize].pos,
                    mesh.vertices[b as usize].pos,
                    mesh.vertices[c as usize].pos,
                );
                ((b - a).x * (c - a).y - (b - a).y * (c - a).x).abs() / 2.0
            })
            .sum()
    }

    #[test]
    fn l_shaped_polygon_is_filled_exactly() {
        let mut mesh = Mesh::default();
        let l = [
            pos2(0.0, 0.0),
            pos2(100.0, 0.0),
            pos2(100.0, 40.0),
            pos2(60.0, 40.0),
            pos2(60.0, 60.0),
            pos2(0.0, 60.0),
        ];
        add_polygon(&mut mesh, &l, Color32::RED);
        assert!((area(&mesh) - 5200.0).abs() < 0.01, "{}", area(&mesh));
        assert!(mesh.is_valid());
    }

    #[test]
    fn border_covers_the_ring_only() {
        let mut mesh = Mesh::default();
        add_rect_border(
            &mut mesh,
            Rect::from_min_size(Pos2::ZERO, vec2(10.0, 8.0)),
            1.0,
            Color32::RED,
        );
        // 10×8 minus the 8×6 inside, with no triangle over the inside.
        assert!((area(&mesh) - 32.0).abs() < 1e-4);
        assert!(mesh.is_valid());
        for [a, b, c] in mesh.triangles() {
            let centroid = (mesh.vertices[a as usize].pos.to_vec2()
                + mesh.vertices[b as usize].pos.to_vec2()
                + mesh.vertices[c as usize].pos.to_vec2())
                / 3.0;
            let inside = Rect::from_min_max(pos2(1.0, 1.0), pos2(9.0, 7.0));
            assert!(!inside.contains(centroid.to_pos2()), "a triangle covers the inside");
        }
        // A border wider than the rect fills it, never more.
        let mut mesh = Mesh::default();
        add_rect_border(
            &mut mesh,
            Rect::from_min_size(Pos2::ZERO, vec2(4.0, 4.0)),
            5.0,
            Color32::RED,
        );
        assert!(area(&mesh) <= 16.0 + 1e-4);
    }

    #[test]
    fn hatching_stays_inside_the_rect() {
        let mut mesh = Mesh::default();
        let r = Rect::from_min_size(pos2(3.0, 5.0), vec2(40.0, 25.0));
        add_hatching(&mut mesh, r, 6.0, 1.0, Color32::RED);
        assert!(!mesh.is_empty());
        // Line centres lie inside; the half-width may poke out by half a point at most.
        assert!(r.expand(0.75).contains_rect(mesh.calc_bounds()));
    }
}

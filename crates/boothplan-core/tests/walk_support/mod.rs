//! An exact oracle for walking distances: a visibility graph over the corners of the hall and
//! of every obstacle, with Dijkstra in exact Euclidean lengths. Brute force on purpose (cubic
//! in the number of corners): small scenes only, and nothing shared with the grid search.
#![expect(
    clippy::many_single_char_names,
    reason = "geometry of points a, b, c, d and parameters t, u, as in the textbooks"
)]

/// A point, metres.
pub type P = (f64, f64);

/// An obstacle: an axis-aligned box `(x0, y0, x1, y1)`.
pub type BoxM = (f64, f64, f64, f64);

/// A scene: the hall's outline (a simple polygon), the obstacles, the exits (segments).
pub struct Scene {
    pub outline: Vec<P>,
    pub obstacles: Vec<BoxM>,
    pub exits: Vec<(P, P)>,
}

const EPS: f64 = 1e-9;

fn dist(a: P, b: P) -> f64 {
    (a.0 - b.0).hypot(a.1 - b.1)
}

/// The point of segment `a`–`b` nearest `p`.
fn foot(p: P, a: P, b: P) -> P {
    let (vx, vy) = (b.0 - a.0, b.1 - a.1);
    let len2 = vx * vx + vy * vy;
    let t = if len2 > 0.0 {
        (((p.0 - a.0) * vx + (p.1 - a.1) * vy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (a.0 + t * vx, a.1 + t * vy)
}

/// Whether `p` is inside the polygon or on its boundary.
fn in_polygon_closed(poly: &[P], p: P) -> bool {
    let n = poly.len();
    for i in 0..n {
        let (a, b) = (poly[i], poly[(i + 1) % n]);
        if dist(foot(p, a, b), p) < 1e-9 {
            return true;
        }
    }
    let mut inside = false;
    for i in 0..n {
        let (a, b) = (poly[i], poly[(i + 1) % n]);
        if (a.1 > p.1) != (b.1 > p.1) {
            let x = a.0 + (p.1 - a.1) / (b.1 - a.1) * (b.0 - a.0);
            if p.0 < x {
                inside = !inside;
            }
        }
    }
    inside
}

/// Parameters along `a`–`b` where it meets segment `c`–`d` (crossings, touches, overlaps).
fn hits(a: P, b: P, c: P, d: P, out: &mut Vec<f64>) {
    let r = (b.0 - a.0, b.1 - a.1);
    let s = (d.0 - c.0, d.1 - c.1);
    let den = r.0 * s.1 - r.1 * s.0;
    let qp = (c.0 - a.0, c.1 - a.1);
    if den.abs() < 1e-12 {
        // Parallel: the ends of the other segment, projected.
        let rr = r.0 * r.0 + r.1 * r.1;
        if rr > 0.0 {
            for e in [c, d] {
                out.push(((e.0 - a.0) * r.0 + (e.1 - a.1) * r.1) / rr);
            }
        }
        return;
    }
    let t = (qp.0 * s.1 - qp.1 * s.0) / den;
    let u = (qp.0 * r.1 - qp.1 * r.0) / den;
    if (-EPS..=1.0 + EPS).contains(&t) && (-EPS..=1.0 + EPS).contains(&u) {
        out.push(t);
    }
}

/// Whether the straight walk `a`–`b` stays on the hall's floor and off every obstacle's
/// interior (walking along an obstacle's edge is allowed).
pub fn visible(scene: &Scene, a: P, b: P) -> bool {
    for &(x0, y0, x1, y1) in &scene.obstacles {
        if crosses_interior(a, b, (x0, y0, x1, y1)) {
            return false;
        }
    }
    let mut ts = vec![0.0, 1.0];
    let n = scene.outline.len();
    for i in 0..n {
        hits(a, b, scene.outline[i], scene.outline[(i + 1) % n], &mut ts);
    }
    ts.retain(|t| (0.0..=1.0).contains(t));
    ts.sort_by(f64::total_cmp);
    ts.windows(2).all(|w| {
        let t = f64::midpoint(w[0], w[1]);
        in_polygon_closed(&scene.outline, (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1)))
    })
}

/// Whether segment `a`–`b` passes through the open interior of the box.
fn crosses_interior(a: P, b: P, (x0, y0, x1, y1): BoxM) -> bool {
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    let d = (b.0 - a.0, b.1 - a.1);
    for (p, q) in [(-d.0, a.0 - x0), (d.0, x1 - a.0), (-d.1, a.1 - y0), (d.1, y1 - a.1)] {
        if p.abs() < 1e-15 {
            if q < 0.0 {
                return false;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    if t1 - t0 < 1e-9 {
        return false;
    }
    let t = f64::midpoint(t0, t1);
    let m = (a.0 + t * d.0, a.1 + t * d.1);
    m.0 > x0 + 1e-9 && m.0 < x1 - 1e-9 && m.1 > y0 + 1e-9 && m.1 < y1 - 1e-9
}

/// The exact walking distance from each node to the nearest exit.
pub struct Oracle<'a> {
    scene: &'a Scene,
    nodes: Vec<P>,
    to_exit: Vec<f64>,
    /// Corners on each node's shortest route, itself included (0 when it walks straight out).
    turns: Vec<usize>,
}

impl<'a> Oracle<'a> {
    /// Builds the visibility graph and runs Dijkstra from the exits.
    pub fn new(scene: &'a Scene) -> Self {
        let mut nodes: Vec<P> = scene.outline.clone();
        for &(x0, y0, x1, y1) in &scene.obstacles {
            nodes.extend([(x0, y0), (x1, y0), (x1, y1), (x0, y1)]);
        }
        for &(a, b) in &scene.exits {
            nodes.extend([a, b]);
        }
        let direct: Vec<f64> = nodes.iter().map(|&v| straight_to_exit(scene, v)).collect();
        let n = nodes.len();
        let mut d = direct;
        let mut turns = vec![1; n];
        let mut done = vec![false; n];
        let mut edges = vec![vec![]; n];
        for i in 0..n {
            for j in i + 1..n {
                if visible(scene, nodes[i], nodes[j]) {
                    let w = dist(nodes[i], nodes[j]);
                    edges[i].push((j, w));
                    edges[j].push((i, w));
                }
            }
        }
        for _ in 0..n {
            let Some(u) = (0..n)
                .filter(|&i| !done[i] && d[i].is_finite())
                .min_by(|&a, &b| d[a].total_cmp(&d[b]))
            else {
                break;
            };
            done[u] = true;
            for &(v, w) in &edges[u] {
                if d[u] + w < d[v] {
                    d[v] = d[u] + w;
                    turns[v] = turns[u] + 1;
                }
            }
        }
        Self { scene, nodes, to_exit: d, turns }
    }

    /// The exact walking distance from `p` to the nearest exit (infinite when cut off), and
    /// the number of corners the route turns at.
    pub fn walk(&self, p: P) -> (f64, usize) {
        let mut best = (straight_to_exit(self.scene, p), 0);
        for ((v, d), t) in self.nodes.iter().zip(&self.to_exit).zip(&self.turns) {
            if d.is_finite() && d + dist(p, *v) < best.0 && visible(self.scene, p, *v) {
                best = (d + dist(p, *v), *t);
            }
        }
        best
    }
}

/// The straight distance to the nearest exit whose nearest point can be walked to directly.
fn straight_to_exit(scene: &Scene, p: P) -> f64 {
    scene
        .exits
        .iter()
        .map(|&(a, b)| {
            let f = foot(p, a, b);
            if visible(scene, p, f) { dist(p, f) } else { f64::INFINITY }
        })
        .fold(f64::INFINITY, f64::min)
}

/// The largest exact walk over a lattice of points `step` apart across the box (edges
/// included), and the most corners any of those points' routes turns at.
pub fn farthest_walk(oracle: &Oracle<'_>, (x0, y0, x1, y1): BoxM, step: f64) -> (f64, usize) {
    let nx = ((x1 - x0) / step).ceil() as usize;
    let ny = ((y1 - y0) / step).ceil() as usize;
    let mut worst = (f64::NEG_INFINITY, 0);
    for j in 0..=ny {
        for i in 0..=nx {
            let p = (x0 + (x1 - x0) * i as f64 / nx as f64, y0 + (y1 - y0) * j as f64 / ny as f64);
            let (d, t) = oracle.walk(p);
            worst = (worst.0.max(d), worst.1.max(t));
        }
    }
    worst
}

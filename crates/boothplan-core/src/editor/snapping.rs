//! Snapping to neighbours while dragging, as in Figma: the moving edges and centre line up with
//! nearby booths, zones, columns and hall walls, or stand exactly one aisle away from a booth;
//! a guide line and the gap in metres show what happened. Alt bypasses all snapping.
//!
//! Pure functions of rectangles: the tools decide which edges move, this file finds the
//! nearest target on each axis within the snap radius and says which guides to draw.

use crate::model::{Layout, ObjectKind, Point, Rect};

use super::ObjectRef;

/// A line the canvas draws during a drag: an alignment guide, or a dimension between the
/// dragged objects and a neighbour with its length.
#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    /// One end, venue metres.
    pub from: Point,
    /// The other end, venue metres.
    pub to: Point,
    /// For a dimension line, the gap it measures in metres; `None` for an alignment guide.
    pub gap_m: Option<f64>,
}

/// Something already on the floor that a drag may line up with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Neighbour {
    /// Its bounds (a hall wall is a rectangle of zero width or height).
    pub rect: Rect,
    /// A booth: the dragged objects may also stop exactly one aisle from it.
    pub keeps_aisle: bool,
}

/// Which edges of the dragged rectangle move on one axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Moving {
    /// The whole rectangle: its low edge, centre and high edge may each snap.
    All,
    /// Only the low edge (left or top).
    Low,
    /// Only the high edge (right or bottom).
    High,
    /// Nothing moves on this axis.
    None,
}

/// How far around the dragged rectangle neighbours are looked for, metres, beyond the radius.
const REACH_M: f64 = 30.0;

/// The objects near `around` that a drag can snap to (those `dragged` says are being dragged
/// excepted): booths, zones, columns and the axis-parallel walls of halls.
pub(crate) fn neighbours(
    layout: &Layout,
    dragged: impl Fn(ObjectRef) -> bool,
    around: &Rect,
) -> Vec<Neighbour> {
    let near = Rect::new(
        around.x_m - REACH_M,
        around.y_m - REACH_M,
        around.width_m + 2.0 * REACH_M,
        around.height_m + 2.0 * REACH_M,
    );
    let skip = |kind: ObjectKind, index: usize| dragged(ObjectRef::new(kind, index));
    let mut found = Vec::new();
    let mut add = |rect: Rect, keeps_aisle: bool| {
        let touches = rect.x_m <= near.max_x_m()
            && near.x_m <= rect.max_x_m()
            && rect.y_m <= near.max_y_m()
            && near.y_m <= rect.max_y_m();
        if touches {
            found.push(Neighbour { rect, keeps_aisle });
        }
    };
    for (i, b) in layout.booths.iter().enumerate() {
        if !skip(ObjectKind::Booth, i) {
            add(b.rect, true);
        }
    }
    for (i, z) in layout.zones.iter().enumerate() {
        if !skip(ObjectKind::Zone, i) {
            add(z.rect, false);
        }
    }
    for (i, c) in layout.columns.iter().enumerate() {
        if let Some(r) = c.bounds().filter(|_| !skip(ObjectKind::Column, i)) {
            add(r, false);
        }
    }
    for (i, h) in layout.halls.iter().enumerate() {
        if skip(ObjectKind::Hall, i) {
            continue;
        }
        let n = h.outline.len();
        for k in 0..n {
            let (a, b) = (h.outline[k], h.outline[(k + 1) % n]);
            if a.x_m == b.x_m || a.y_m == b.y_m {
                add(Rect::from_corners(a, b), false);
            }
        }
    }
    found
}

/// One axis of a rectangle: its low and high coordinates.
#[derive(Clone, Copy, Debug)]
struct Span {
    lo: f64,
    hi: f64,
}

impl Span {
    fn x(r: &Rect) -> Self {
        Self { lo: r.x_m, hi: r.max_x_m() }
    }

    fn y(r: &Rect) -> Self {
        Self { lo: r.y_m, hi: r.max_y_m() }
    }

    fn mid(self) -> f64 {
        f64::midpoint(self.lo, self.hi)
    }
}

/// The best snap found on one axis: how far to shift, onto which neighbour, and whether it
/// is an aisle-gap snap (then the gap is drawn) or an alignment.
#[derive(Clone, Copy, Debug)]
struct AxisSnap {
    shift: f64,
    neighbour: Rect,
    gap_m: Option<f64>,
}

/// The nearest snap on one axis for `span` moving as `moving`, within `radius`.
fn snap_axis(
    span: Span,
    moving: Moving,
    neighbours: &[Neighbour],
    horizontal: bool,
    aisle_m: f64,
    radius: f64,
) -> Option<AxisSnap> {
    // (coordinate, is the centre line, may stop one aisle before a neighbour, … after one)
    let lines: &[(f64, bool, bool, bool)] = &match moving {
        Moving::All => [
            (span.lo, false, false, true),
            (span.mid(), true, false, false),
            (span.hi, false, true, false),
        ],
        Moving::Low => [(span.lo, false, false, true); 3],
        Moving::High => [(span.hi, false, true, false); 3],
        Moving::None => return None,
    };
    let mut best: Option<AxisSnap> = None;
    for n in neighbours {
        let other = if horizontal { Span::x(&n.rect) } else { Span::y(&n.rect) };
        for &(value, centre, before, after) in lines {
            let mut consider = |target: f64, gap_m: Option<f64>| {
                let shift = target - value;
                if shift.abs() <= radius && best.is_none_or(|b| shift.abs() < b.shift.abs()) {
                    best = Some(AxisSnap { shift, neighbour: n.rect, gap_m });
                }
            };
            // Centres line up with centres, edges with edges (an edge on a neighbour's centre
            // line is rarely meant on a floor plan and would make every drag sticky).
            if centre {
                consider(other.mid(), None);
                continue;
            }
            consider(other.lo, None);
            consider(other.hi, None);
            if n.keeps_aisle && aisle_m > 0.0 {
                if before {
                    consider(other.lo - aisle_m, Some(aisle_m));
                }
                if after {
                    consider(other.hi + aisle_m, Some(aisle_m));
                }
            }
        }
    }
    best
}

/// The shift that snaps `rect` (moving as `moving_x` / `moving_y`) to its neighbours on each
/// axis, `None` on an axis with nothing within `radius`, and the guides to draw.
pub(crate) fn snap_rect(
    rect: &Rect,
    moving_x: Moving,
    moving_y: Moving,
    neighbours: &[Neighbour],
    aisle_m: f64,
    radius: f64,
) -> (Option<f64>, Option<f64>, Vec<Guide>) {
    let sx = snap_axis(Span::x(rect), moving_x, neighbours, true, aisle_m, radius);
    let sy = snap_axis(Span::y(rect), moving_y, neighbours, false, aisle_m, radius);
    let snapped = Rect::new(
        rect.x_m + sx.map_or(0.0, |s| s.shift),
        rect.y_m + sy.map_or(0.0, |s| s.shift),
        rect.width_m,
        rect.height_m,
    );
    let mut guides = Vec::new();
    if let Some(s) = sx {
        guides.push(guide(&snapped, &s.neighbour, true, s.gap_m));
    }
    if let Some(s) = sy {
        guides.push(guide(&snapped, &s.neighbour, false, s.gap_m));
    }
    (sx.map(|s| s.shift), sy.map(|s| s.shift), guides)
}

/// The guide for a snap on the x axis (`horizontal`) or y axis between `a` and `b`: a
/// dimension line across the gap for a gap snap, else a line along the shared coordinate.
fn guide(a: &Rect, b: &Rect, horizontal: bool, gap_m: Option<f64>) -> Guide {
    if gap_m.is_some()
        && let Some(g) = gap_between(a, b, horizontal)
    {
        return Guide { gap_m, ..g };
    }
    // The coordinate both share: a's edge on b's edge, or the two centre lines.
    let (sa, sb) = if horizontal { (Span::x(a), Span::x(b)) } else { (Span::y(a), Span::y(b)) };
    let near = |v: f64, w: f64| (v - w).abs() < 1e-6;
    let shared = [sa.lo, sa.hi]
        .into_iter()
        .find(|&v| near(v, sb.lo) || near(v, sb.hi))
        .unwrap_or_else(|| sa.mid());
    let (pa, pb) = if horizontal { (Span::y(a), Span::y(b)) } else { (Span::x(a), Span::x(b)) };
    let (lo, hi) = (pa.lo.min(pb.lo), pa.hi.max(pb.hi));
    if horizontal {
        Guide { from: Point::new(shared, lo), to: Point::new(shared, hi), gap_m: None }
    } else {
        Guide { from: Point::new(lo, shared), to: Point::new(hi, shared), gap_m: None }
    }
}

/// The dimension line across the free space between `a` and `b` along x (`horizontal`) or y,
/// drawn in the middle of the stretch where they face each other; `None` when they do not face
/// each other or overlap on that axis.
fn gap_between(a: &Rect, b: &Rect, horizontal: bool) -> Option<Guide> {
    let (sa, sb, pa, pb) = if horizontal {
        (Span::x(a), Span::x(b), Span::y(a), Span::y(b))
    } else {
        (Span::y(a), Span::y(b), Span::x(a), Span::x(b))
    };
    let (face_lo, face_hi) = (pa.lo.max(pb.lo), pa.hi.min(pb.hi));
    if face_hi < face_lo {
        return None;
    }
    let (from, to) = if sa.hi <= sb.lo {
        (sa.hi, sb.lo)
    } else if sb.hi <= sa.lo {
        (sb.hi, sa.lo)
    } else {
        return None;
    };
    let across = f64::midpoint(face_lo, face_hi);
    let gap_m = Some(to - from);
    Some(if horizontal {
        Guide { from: Point::new(from, across), to: Point::new(to, across), gap_m }
    } else {
        Guide { from: Point::new(across, from), to: Point::new(across, to), gap_m }
    })
}

/// The gaps from `rect` to the nearest booth on each of its four sides (facing it, within
/// reach): what a planner reads while dragging to see the aisles.
pub(crate) fn nearest_gaps(rect: &Rect, neighbours: &[Neighbour]) -> Vec<Guide> {
    let mut best: [Option<Guide>; 4] = [None, None, None, None];
    for n in neighbours.iter().filter(|n| n.keeps_aisle) {
        for horizontal in [true, false] {
            let Some(g) = gap_between(rect, &n.rect, horizontal) else { continue };
            let Some(gap) = g.gap_m.filter(|&gap| gap <= REACH_M) else { continue };
            let (s, o) = if horizontal {
                (Span::x(rect), Span::x(&n.rect))
            } else {
                (Span::y(rect), Span::y(&n.rect))
            };
            let side = usize::from(!horizontal) * 2 + usize::from(o.lo >= s.hi);
            if best[side].as_ref().is_none_or(|b| gap < b.gap_m.unwrap_or(f64::INFINITY)) {
                best[side] = Some(g);
            }
        }
    }
    best.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn booth(x: f64, y: f64) -> Neighbour {
        Neighbour { rect: Rect::new(x, y, 3.0, 3.0), keeps_aisle: true }
    }

    #[test]
    fn a_booth_dragged_near_one_aisle_from_another_stops_exactly_one_aisle_away() {
        // Neighbour spans x 0..3; the dragged booth's left edge at 6.2 is 0.2 from 3 + 3.
        let (sx, _, guides) = snap_rect(
            &Rect::new(6.2, 0.4, 3.0, 3.0),
            Moving::All,
            Moving::All,
            &[booth(0.0, 0.0)],
            3.0,
            0.5,
        );
        assert!((sx.unwrap() + 0.2).abs() < 1e-9);
        let gap = guides.iter().find(|g| g.gap_m.is_some()).unwrap();
        assert_eq!(gap.gap_m, Some(3.0));
        assert!((gap.from.x_m - 3.0).abs() < 1e-9 && (gap.to.x_m - 6.0).abs() < 1e-9);
    }

    #[test]
    fn edges_and_centres_line_up_within_the_radius_only() {
        let n = [booth(10.0, 0.0)];
        // Top edge 0.3 below the neighbour's: snaps up, with a horizontal guide.
        let (_, sy, guides) =
            snap_rect(&Rect::new(20.0, 0.3, 3.0, 3.0), Moving::None, Moving::All, &n, 3.0, 0.5);
        assert!((sy.unwrap() + 0.3).abs() < 1e-9);
        assert!(guides[0].from.y_m.abs() < 1e-9, "the guide runs along the shared top edge");
        assert_eq!(guides[0].gap_m, None);
        // 0.6 away with a 0.5 radius: no snap.
        let (_, sy, _) =
            snap_rect(&Rect::new(20.0, 0.6, 3.0, 3.0), Moving::None, Moving::All, &n, 3.0, 0.5);
        assert_eq!(sy, None);
    }

    #[test]
    fn a_resized_edge_snaps_alone() {
        // Only the right edge moves: it meets the neighbour's left edge, never its centre.
        let (sx, _, _) = snap_rect(
            &Rect::new(0.0, 0.0, 9.8, 3.0),
            Moving::High,
            Moving::None,
            &[booth(10.0, 0.0)],
            3.0,
            0.5,
        );
        assert!((sx.unwrap() - 0.2).abs() < 1e-9);
    }

    #[test]
    fn the_nearest_booth_on_each_side_gives_the_gap() {
        let n = [booth(0.0, 0.0), booth(-10.0, 0.0), booth(12.0, 1.0), booth(5.0, 8.0)];
        let gaps = nearest_gaps(&Rect::new(5.0, 0.0, 3.0, 3.0), &n);
        let mut lengths: Vec<f64> = gaps.iter().filter_map(|g| g.gap_m).collect();
        lengths.sort_by(f64::total_cmp);
        assert_eq!(lengths, [2.0, 4.0, 5.0]);
    }
}

//! `exit-distance`: the farthest point of a booth from the nearest exit of its hall, in a
//! straight line.
//!
//! With one exit the farthest point is a corner, but with several it may lie inside (a booth
//! between two doors is farthest from both in its middle). The distance to the nearest exit
//! moves by at most as much as the point does, so a cell of the booth whose centre is `d` from
//! the nearest exit holds no point farther than `d` plus its half-diagonal: cells that cannot
//! beat the limit (or the best point found) are dropped, the others split in four.

use super::super::{Finding, Measure, Rule, text};
use super::HallInput;
use super::exits::segment_distance;
use crate::model::Rect;

/// Precision of the farthest distance reported, metres.
const TOLERANCE_M: f64 = 0.001;

/// Most cells looked at for one booth: bounds the time of an unusual booth (huge, with many
/// doors around it); the farthest point found by then is reported.
const MOST_CELLS: usize = 4096;

/// The `exit-distance` findings of a hall with exits.
pub(super) fn findings(input: &HallInput<'_>) -> Vec<Finding> {
    let Some(limit) = &input.limits.exit_distance_m else { return Vec::new() };
    input
        .booths
        .iter()
        .filter_map(|booth| {
            // Only the exits that can be nearest somewhere in the booth are looked at.
            let near = input.exits.near(&booth.rect);
            let (measured, k) =
                farthest_beyond(&booth.rect, limit.value, near.len(), |x, y, k| {
                    segment_distance(x, y, near[k].0)
                })?;
            let exit = near.get(k).map_or(0, |&(_, i)| i);
            let message = format!(
                "Booth {}: {} m to the nearest exit ({}) in a straight line; the limit is {} m \
                 ({}).",
                booth.id,
                text::number(measured),
                input.exits.list[exit].id,
                text::number(limit.value),
                limit.clause
            );
            let measure =
                Measure { measured_m: measured, limit: limit.value, clause: limit.clause.clone() };
            Some(Finding::measured(Rule::ExitDistance, vec![booth.id.clone()], message, measure))
        })
        .collect()
}

/// The farthest point of the rectangle from the nearest of `segments` segments (`to(x, y, i)`
/// is the distance from a point to segment `i`): that distance and the segment, when it is
/// beyond `limit`; `None` when no point of the rectangle is farther than `limit` (or there is
/// no segment). The value returned is within [`TOLERANCE_M`] of the true farthest one, never
/// above it.
///
/// The rectangle is cut into cells; a cell is dropped when neither of two upper bounds of the
/// nearest distance over it beats what is needed: the centre's distance plus the
/// half-diagonal (the nearest distance moves by at most as much as the point does), and, over
/// the segments, the least of each one's largest distance from the cell's corners (the
/// distance to one segment is convex, so it is largest at a corner, and the nearest segment is
/// never farther than any). The second settles at once a booth whose far side is parallel to
/// the wall with the doors; with the first alone every millimetre of that side was looked at.
pub(crate) fn farthest_beyond(
    rect: &Rect,
    limit: f64,
    segments: usize,
    to: impl Fn(f64, f64, usize) -> f64,
) -> Option<(f64, usize)> {
    let nearest = |x: f64, y: f64| {
        (0..segments)
            .map(|i| (to(x, y, i), i))
            .fold((f64::INFINITY, 0), |a, b| if b.0 < a.0 { b } else { a })
    };
    if segments == 0 {
        return None;
    }
    let mut best = (f64::NEG_INFINITY, 0);
    let mut cells = vec![(rect.x_m, rect.y_m, rect.width_m, rect.height_m)];
    let mut looked = 0;
    while let Some((x, y, w, h)) = cells.pop() {
        looked += 1;
        if looked > MOST_CELLS {
            break;
        }
        let corners = [(x, y), (x + w, y), (x, y + h), (x + w, y + h)];
        // Per segment, its largest distance from a corner; per corner, its nearest segment.
        let mut convex = f64::INFINITY;
        let mut at_corners = [(f64::INFINITY, 0); 4];
        for i in 0..segments {
            let mut far = 0.0_f64;
            for (k, &(cx, cy)) in corners.iter().enumerate() {
                let d = to(cx, cy, i);
                far = far.max(d);
                if d < at_corners[k].0 {
                    at_corners[k] = (d, i);
                }
            }
            convex = convex.min(far);
        }
        let centre = nearest(x + w / 2.0, y + h / 2.0);
        for found in at_corners.into_iter().chain([centre]) {
            if found.0 > best.0 {
                best = found;
            }
        }
        let reach = w.hypot(h) / 2.0;
        // Nothing in this cell beats the limit, or what is found already by more than the
        // tolerance.
        let bar = if best.0 > limit { best.0 + TOLERANCE_M } else { limit };
        if (centre.0 + reach).min(convex) <= bar || reach < TOLERANCE_M / 4.0 {
            continue;
        }
        let (hw, hh) = (w / 2.0, h / 2.0);
        cells.extend([
            (x, y, hw, hh),
            (x + hw, y, hw, hh),
            (x, y + hh, hw, hh),
            (x + hw, y + hh, hw, hh),
        ]);
    }
    (best.0 > limit).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn to_point(points: &[(f64, f64)]) -> impl Fn(f64, f64, usize) -> f64 + '_ {
        move |x, y, i| (x - points[i].0).hypot(y - points[i].1)
    }

    #[test]
    fn one_exit_is_farthest_from_a_corner() {
        let rect = Rect::new(0.0, 0.0, 3.0, 4.0);
        let (d, _) = farthest_beyond(&rect, 1.0, 1, to_point(&[(0.0, 0.0)])).unwrap();
        assert!((d - 5.0).abs() < 1e-9, "{d}");
        assert_eq!(farthest_beyond(&rect, 5.0, 1, to_point(&[(0.0, 0.0)])), None);
    }

    #[test]
    fn between_two_exits_the_middle_is_farthest() {
        // Corners are about 10.05 m from the nearer exit; the middle of a long side sqrt(401).
        let rect = Rect::new(-10.0, -1.0, 20.0, 2.0);
        let exits = [(-20.0, 0.0), (20.0, 0.0)];
        let (d, _) = farthest_beyond(&rect, 15.0, 2, to_point(&exits)).unwrap();
        assert!(d <= 401f64.sqrt() && d >= 401f64.sqrt() - TOLERANCE_M, "{d}");
    }
}

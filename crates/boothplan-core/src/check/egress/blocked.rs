//! `exit-blocked`: a booth or column standing in the clear zone in front of an exit (the
//! exit's width by the clear depth, into the hall).

use geo::{Area, BooleanOps, BoundingRect, Distance, Euclidean, Line, MultiPolygon};

use super::super::shapes::{Venue, clipped_area_m2};
use super::super::{AREA_EPSILON_M2, Finding, Measure, Rule, index, text};
use super::{HallInput, Limit};
use crate::model::{Exit, Rect};

/// The `exit-blocked` findings of a hall with exits: one per exit and booth or column in its
/// clear zone.
pub(super) fn findings(input: &HallInput<'_>, venue: &Venue) -> Vec<Finding> {
    let Some(limit) = &input.limits.exit_clear_depth_m else { return Vec::new() };
    let mut found = Vec::new();
    for (i, exit) in input.exits.list.iter().enumerate() {
        let zone = input.exits.clear_zone(i, limit.value);
        let Some(bounds) = zone.bounding_rect() else { continue };
        let (min, max) = (bounds.min(), bounds.max());
        let zone_box = Rect::new(min.x, min.y, max.x - min.x, max.y - min.y);
        for booth in &input.booths {
            if super::super::overlap::shared_area_m2(&booth.rect, &zone_box) <= AREA_EPSILON_M2 {
                continue;
            }
            let shared: f64 = zone
                .0
                .iter()
                .map(|p| {
                    clipped_area_m2(&p.exterior().0, &booth.rect)
                        - p.interiors()
                            .iter()
                            .map(|r| clipped_area_m2(&r.0, &booth.rect))
                            .sum::<f64>()
                })
                .sum();
            if shared > AREA_EPSILON_M2 {
                let polygon = geo::Polygon::from(geo::Rect::new(
                    (booth.rect.x_m, booth.rect.y_m),
                    (booth.rect.max_x_m(), booth.rect.max_y_m()),
                ));
                found.push(finding(exit, "Booth", &booth.id, distance_m(exit, &polygon), limit));
            }
        }
        let envelope = index::envelope(&zone_box, 0.0);
        for column in venue.column_tree.locate_in_envelope_intersecting(&envelope) {
            let Some(shape) = venue.column(column.data).filter(|c| c.valid) else { continue };
            let shared = MultiPolygon::new(vec![shape.polygon.clone()]).intersection(&zone);
            if shared.unsigned_area() > AREA_EPSILON_M2 {
                let d = distance_m(exit, &shape.polygon);
                found.push(finding(exit, "Column", &shape.id, d, limit));
            }
        }
    }
    found
}

/// How near the object comes to the exit's segment, metres.
fn distance_m(exit: &Exit, polygon: &geo::Polygon<f64>) -> f64 {
    let door = Line::new((exit.from.x_m, exit.from.y_m), (exit.to.x_m, exit.to.y_m));
    Euclidean.distance(&door, polygon)
}

/// The finding of one object (`what`: `Booth` or `Column`) in the clear zone of `exit`.
fn finding(exit: &Exit, what: &str, id: &str, distance_m: f64, limit: &Limit) -> Finding {
    let message = format!(
        "{what} {id} stands {} m in front of exit {}, inside its clear zone; the clear zone is \
         {} m deep ({}).",
        text::number(distance_m),
        exit.id,
        text::number(limit.value),
        limit.clause
    );
    let ids = super::super::overlap::sorted_pair(id, &exit.id);
    let measure =
        Measure { measured_m: distance_m, limit: limit.value, clause: limit.clause.clone() };
    Finding::measured(Rule::ExitBlocked, ids, message, measure)
}

//! `outside-hall` and `on-column`: zones and booths against the polygons they must stay in
//! (their hall) or off (columns). Exact predicates and areas: see [`Shape`].

use super::shapes::{Shape, Venue};
use super::{AREA_EPSILON_M2, Finding, Rule, Spot, text};
use crate::model::ObjectKind;

/// The `outside-hall` finding for a usable zone or booth, if it is not wholly in its hall.
///
/// A hall that does not exist is reported (no area: there is nothing to measure against); a
/// hall whose outline is invalid geometry is left out (its own finding says why).
#[must_use]
pub(crate) fn outside_hall(kind: ObjectKind, spot: &Spot<'_>, venue: &Venue) -> Option<Finding> {
    let name = || super::validity::named(kind, spot.id);
    let Some(hall_id) = spot.hall else {
        return Some(in_no_hall(kind, spot.id));
    };
    let Some(hall) = venue.hall(hall_id) else {
        let message = format!("{} names hall {hall_id}, which does not exist.", name());
        return Some(Finding::new(Rule::OutsideHall, vec![spot.id.to_owned()], None, message));
    };
    if !hall.valid || hall.covers(&spot.rect) {
        return None;
    }
    let outside = (spot.rect.area_m2() - hall.shared_area_m2(&spot.rect)).max(0.0);
    let message =
        format!("{} sticks out of hall {} by {} m².", name(), hall.id, text::number(outside));
    Some(Finding::new(Rule::OutsideHall, vec![spot.id.to_owned()], Some(outside), message))
}

/// The `outside-hall` finding of an object that names no hall: it was drawn outside every hall.
#[must_use]
pub(crate) fn in_no_hall(kind: ObjectKind, id: &str) -> Finding {
    let message = format!("{} stands in no hall.", super::validity::named(kind, id));
    Finding::new(Rule::OutsideHall, vec![id.to_owned()], None, message)
}

/// The `on-column` finding for a booth and a valid column, if they share area.
///
/// A column counts whatever hall it names: a column is steel and concrete where it stands,
/// and a booth on it cannot be built, even if the column was filed under another hall.
#[must_use]
pub(crate) fn on_column(booth: &Spot<'_>, column: &Shape) -> Option<Finding> {
    if super::overlap::shared_area_m2(&booth.rect, &column.bounds) <= AREA_EPSILON_M2 {
        return None;
    }
    let area = column.shared_area_m2(&booth.rect);
    if area <= AREA_EPSILON_M2 {
        return None;
    }
    let ids = super::overlap::sorted_pair(booth.id, &column.id);
    let message = format!(
        "Booth {} stands on column {} ({} m² shared).",
        booth.id,
        column.id,
        text::number(area)
    );
    Some(Finding::new(Rule::OnColumn, ids, Some(area), message))
}

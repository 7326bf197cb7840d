//! What stands around the area being filled, prepared once: the hall's outline, the columns,
//! the booths already there and the zones of other themes. A place is usable when it keeps
//! clear of all of them in the way the rules ask.

use rstar::AABB;

use super::{FillArea, FillError};
use crate::check::index::{self, RectTree};
use crate::check::overlap::shared_area_m2;
use crate::check::shapes::{Shape, Venue, clipped_area_m2};
use crate::check::{AISLE_EPSILON_M, AREA_EPSILON_M2};
use crate::model::{Layout, Rect};

/// Whether a place can take a booth, and which of the planner's rules keeps it empty: the
/// preview names what the fire and egress rules took, so a planner is never left wondering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// A booth may stand here.
    Free,
    /// A wall, a column, a booth already there or a zone of another theme is in the way.
    Taken,
    /// The place lies in the clear zone in front of a door.
    InFrontOfDoor,
    /// Part of the place is farther from every door than the exit distance allows.
    BeyondExitReach,
}

/// The surroundings of one fill.
pub(crate) struct Surroundings {
    /// Halls and columns, prepared as the rules prepare them.
    venue: Venue,
    /// Index of the area's hall in `venue.halls`.
    hall: usize,
    /// Booths already in the layout near the area, by their own rectangles.
    booths: RectTree,
    /// Their rectangles, by tag.
    booth_rects: Vec<Rect>,
    /// Zones of another theme near the area: a booth wholly in one would not match it.
    other_zones: Vec<Rect>,
    /// The layout's minimum aisle (0 when the rule is off).
    pub min_aisle_m: f64,
    /// Width of the strip in front of a side that makes it open.
    pub access_m: f64,
    /// Clearance from columns.
    column_clearance_m: f64,
    /// The clear zones in front of the hall's doors (nothing may stand in them), with their
    /// bounding boxes.
    door_zones: Vec<(Rect, geo::MultiPolygon<f64>)>,
    /// The hall's doors and the farthest a booth may be from the nearest in a straight line,
    /// when the rules measure it there.
    exit_reach: Option<(Vec<crate::model::Exit>, f64)>,
}

impl Surroundings {
    /// Prepares the surroundings of `area` in `layout`.
    ///
    /// # Errors
    /// When the hall or theme does not exist or the hall's outline is broken.
    pub(crate) fn new(
        layout: &Layout,
        area: &FillArea,
        column_clearance_m: f64,
        fallback_access_m: f64,
    ) -> Result<Self, FillError> {
        if layout.theme(&area.theme).is_none() {
            return Err(FillError::NoTheme(area.theme.clone()));
        }
        let venue = Venue::new(layout);
        let hall = venue
            .hall_by_id
            .get(&area.hall)
            .copied()
            .filter(|&i| venue.halls[i].valid)
            .ok_or_else(|| FillError::NoHall(area.hall.clone()))?;
        let min_aisle_m =
            if layout.min_aisle_m.is_finite() { layout.min_aisle_m.max(0.0) } else { 0.0 };
        let access_m = if min_aisle_m > 0.0 { min_aisle_m } else { fallback_access_m };
        let reach = index::grown(&area.rect, min_aisle_m.max(access_m) + 1.0);
        let booth_rects: Vec<Rect> = layout
            .booths
            .iter()
            .map(|b| b.rect)
            .filter(|r| crate::check::validity::rect_usable(r) && shared_area_m2(r, &reach) > 0.0)
            .collect();
        let booths = index::bulk(booth_rects.iter().enumerate().map(|(i, r)| (*r, index::tag(i))));
        let other_zones = layout
            .zones
            .iter()
            .filter(|z| z.theme != area.theme && shared_area_m2(&z.rect, &area.rect) > 0.0)
            .map(|z| z.rect)
            .collect();
        let (door_zones, exit_reach) = doors(layout, &venue, hall, &area.hall);
        Ok(Self {
            venue,
            hall,
            booths,
            booth_rects,
            other_zones,
            min_aisle_m,
            access_m,
            column_clearance_m,
            door_zones,
            exit_reach,
        })
    }

    /// The hall's prepared outline.
    fn hall(&self) -> &Shape {
        &self.venue.halls[self.hall]
    }

    /// Whether a booth may stand at `rect` and, when not, whether the fire and egress rules
    /// are why: wholly in the hall, clear of columns by the
    /// clearance, at least a minimum aisle from every booth already there (touching is legal
    /// but a gap under the minimum is not; keeping the aisle is the simple safe side — and with
    /// the aisle rule off, the access strip's width, so that no booth already there loses an
    /// open side), and not wholly inside a zone of another theme.
    pub(crate) fn verdict(&self, rect: &Rect) -> Verdict {
        if !self.hall().covers(rect)
            || self.on_column(rect)
            || self.near_booth(rect, self.min_aisle_m.max(self.access_m) - AISLE_EPSILON_M)
            || self.other_zones.iter().any(|z| z.contains_rect(rect))
        {
            Verdict::Taken
        } else if self.in_door_zone(rect) {
            Verdict::InFrontOfDoor
        } else if !self.within_exit_reach(rect) {
            Verdict::BeyondExitReach
        } else {
            Verdict::Free
        }
    }

    /// True when `rect` shares area with the clear zone in front of a door.
    fn in_door_zone(&self, rect: &Rect) -> bool {
        self.door_zones.iter().any(|(bounds, zone)| {
            shared_area_m2(bounds, rect) > AREA_EPSILON_M2
                && zone
                    .0
                    .iter()
                    .map(|p| {
                        clipped_area_m2(&p.exterior().0, rect)
                            - p.interiors().iter().map(|r| clipped_area_m2(&r.0, rect)).sum::<f64>()
                    })
                    .sum::<f64>()
                    > AREA_EPSILON_M2
        })
    }

    /// True when no point of `rect` is farther from the nearest door, in a straight line, than
    /// the limit (measured as the rule measures it), or the rules do not measure it here.
    fn within_exit_reach(&self, rect: &Rect) -> bool {
        let Some((exits, limit_m)) = &self.exit_reach else { return true };
        let nearest = |x: f64, y: f64| {
            let p = crate::model::Point::new(x, y);
            let d = exits.iter().map(|e| crate::model::distance_to_segment_m(p, e.from, e.to));
            (d.fold(f64::INFINITY, f64::min), 0)
        };
        crate::check::egress::distance::farthest_beyond(rect, *limit_m, nearest).is_none()
    }

    /// The straight-line exit distance the fill keeps to, metres, when the rules measure it.
    pub(crate) fn exit_distance_m(&self) -> Option<f64> {
        self.exit_reach.as_ref().map(|(_, limit_m)| *limit_m)
    }

    /// True when `rect` grown by the clearance shares area with a valid column.
    fn on_column(&self, rect: &Rect) -> bool {
        let grown = index::grown(rect, self.column_clearance_m);
        let env: AABB<[f64; 2]> = index::envelope(&grown, 0.0);
        self.venue.column_tree.locate_in_envelope_intersecting(&env).any(|c| {
            self.venue.column(c.data).is_some_and(|column| {
                shared_area_m2(&grown, &column.bounds) > AREA_EPSILON_M2
                    && column.shared_area_m2(&grown) > AREA_EPSILON_M2
            })
        })
    }

    /// True when a booth already there shares area with `rect` grown by `margin_m`.
    fn near_booth(&self, rect: &Rect, margin_m: f64) -> bool {
        let grown = index::grown(rect, margin_m.max(0.0));
        let env = index::envelope(&grown, 0.0);
        self.booths
            .locate_in_envelope_intersecting(&env)
            .any(|b| shared_area_m2(&grown, &self.booth_rects[b.data as usize]) > AREA_EPSILON_M2)
    }

    /// True when the aisle strip `strip` is walkable as far as the surroundings go: inside the
    /// hall and free of the booths already there (columns stand in aisles and close nothing).
    pub(crate) fn strip_free(&self, strip: &Rect) -> bool {
        self.hall().covers(strip) && !self.near_booth(strip, 0.0)
    }
}

/// The clear zones in front of the doors of hall `hall_id` (index `hall` in `venue`) and the
/// straight-line reach to them, as the fire and egress rules measure them there. A layout
/// with no door at all, or a hall without doors, is not measured.
#[expect(clippy::type_complexity, reason = "the two parts, each used by one test of a place")]
fn doors(
    layout: &Layout,
    venue: &Venue,
    hall: usize,
    hall_id: &str,
) -> (Vec<(Rect, geo::MultiPolygon<f64>)>, Option<(Vec<crate::model::Exit>, f64)>) {
    use geo::BoundingRect as _;
    let Some(model_hall) = layout.hall(hall_id) else { return (Vec::new(), None) };
    if layout.exits.is_empty() {
        return (Vec::new(), None);
    }
    let limits = crate::check::egress::Limits::for_hall(layout, model_hall);
    let exits = crate::check::egress::exits::Exits::of_hall(layout, hall_id, &venue.halls[hall]);
    if exits.is_empty() {
        // A hall without doors gets one finding of its own (no exit capacity), whatever stands
        // in it: nothing to keep clear of, nothing to measure to.
        return (Vec::new(), None);
    }
    let zones = limits.exit_clear_depth_m.as_ref().map_or_else(Vec::new, |depth| {
        (0..exits.list.len())
            .filter_map(|i| {
                let zone = exits.clear_zone(i, depth.value);
                let b = zone.bounding_rect()?;
                let bounds = Rect::new(b.min().x, b.min().y, b.width(), b.height());
                Some((bounds, zone))
            })
            .collect()
    });
    let reach = limits
        .exit_distance_m
        .as_ref()
        .map(|limit| (exits.list.iter().map(|&e| e.clone()).collect(), limit.value));
    (zones, reach)
}

//! Aisle access: which sides of a booth face an aisle, which gives its type (inline, corner,
//! peninsula, island) and the `no-aisle-access` error for a booth with none.
//!
//! A side is open when the strip in front of it, as deep as the minimum aisle and as long as
//! the side, lies wholly inside the booth's hall and shares no area with another booth. Columns
//! stand in aisles and close nothing. Only a usable booth in an existing, valid hall has a
//! type: any other booth already has its own finding (`invalid-geometry`, `outside-hall`).

use super::index::{self, RectTree};
use super::overlap::shared_area_m2;
use super::shapes::Venue;
use super::{AREA_EPSILON_M2, Finding, Rule, Spot, validity};
use crate::model::{BoothType, Rect};

/// The four sides of a booth, as bits of an open-side mask: top (low y), right, bottom, left.
pub(crate) const SIDES: u8 = 4;

/// Every side open.
pub(crate) const ALL_SIDES: u8 = 0b1111;

/// The strips in front of the four sides of `rect`, `depth_m` deep, in mask bit order.
#[must_use]
pub(crate) fn strips(rect: &Rect, depth_m: f64) -> [Rect; 4] {
    let (x, y, w, h) = (rect.x_m, rect.y_m, rect.width_m, rect.height_m);
    [
        Rect::new(x, y - depth_m, w, depth_m),
        Rect::new(x + w, y, depth_m, h),
        Rect::new(x, y + h, w, depth_m),
        Rect::new(x - depth_m, y, depth_m, h),
    ]
}

/// How deep the strip in front of a side is: the minimum aisle, or a centimetre when the
/// layout asks for none, so that a booth pressed against a wall or another booth still has
/// that side closed.
#[must_use]
pub(crate) fn strip_depth_m(min_aisle_m: f64) -> f64 {
    if min_aisle_m.is_finite() && min_aisle_m > 0.01 { min_aisle_m } else { 0.01 }
}

/// The sides of a booth its hall leaves open (bit `i` set when the strip in front of side `i`
/// of [`strips`] lies in the hall), or `None` when the booth has no type: unusable rectangle,
/// no hall, unknown or invalid hall.
#[must_use]
pub(crate) fn hall_sides(booth: &Spot<'_>, venue: &Venue, depth_m: f64) -> Option<u8> {
    if !validity::rect_usable(&booth.rect) {
        return None;
    }
    let hall = venue.hall(booth.hall?).filter(|h| h.valid)?;
    if hall.covers(&index::grown(&booth.rect, depth_m)) {
        return Some(ALL_SIDES);
    }
    let strips = strips(&booth.rect, depth_m);
    Some((0..SIDES).filter(|&i| hall.covers(&strips[usize::from(i)])).fold(0, |m, i| m | 1 << i))
}

/// The sides of the booth at `rect` that the booth at `other` closes: those whose strip shares
/// area with it.
#[must_use]
pub(crate) fn closed_by(rect: &Rect, other: &Rect, depth_m: f64) -> u8 {
    if shared_area_m2(&index::grown(rect, depth_m), other) <= AREA_EPSILON_M2 {
        return 0;
    }
    let strips = strips(rect, depth_m);
    (0..SIDES)
        .filter(|&i| shared_area_m2(&strips[usize::from(i)], other) > AREA_EPSILON_M2)
        .fold(0, |m, i| m | 1 << i)
}

/// The open-side mask of a booth: [`hall_sides`] less the sides [`closed_by`] `neighbours`
/// (the rectangles of the other booths near it; more do no harm, itself must not be among
/// them).
#[must_use]
pub(crate) fn open_sides(
    booth: &Spot<'_>,
    venue: &Venue,
    depth_m: f64,
    neighbours: impl Iterator<Item = Rect>,
) -> Option<u8> {
    let mut open = hall_sides(booth, venue, depth_m)?;
    for other in neighbours {
        if open == 0 {
            break;
        }
        open &= !closed_by(&booth.rect, &other, depth_m);
    }
    Some(open)
}

/// The open-side mask of the booth tagged `me` in `tree` (booth boxes, grown by any margin,
/// tagged so that `rect_of` gives back each booth's own rectangle).
#[must_use]
pub(crate) fn open_sides_in(
    booth: &Spot<'_>,
    me: u32,
    venue: &Venue,
    tree: &RectTree,
    rect_of: impl Fn(u32) -> Option<Rect>,
) -> Option<u8> {
    let depth_m = strip_depth_m(venue.min_aisle_m);
    let near = index::envelope(&booth.rect, depth_m);
    let neighbours = tree
        .locate_in_envelope_intersecting(&near)
        .filter(|e| e.data != me)
        .filter_map(|e| rect_of(e.data));
    open_sides(booth, venue, depth_m, neighbours)
}

/// The type a mask gives: `None` for no open side (or no type at all).
#[must_use]
pub(crate) fn booth_type(mask: Option<u8>) -> Option<BoothType> {
    // At most four bits are set, so the count fits.
    BoothType::from_open_sides(u8::try_from(mask?.count_ones()).unwrap_or(0))
}

/// The `no-aisle-access` finding of a booth whose mask has no open side.
#[must_use]
pub(crate) fn finding(booth: &Spot<'_>, mask: Option<u8>) -> Option<Finding> {
    (mask? == 0).then(|| {
        let message = format!(
            "Booth {} has no open side: every side is closed by a wall or another booth, \
             so no aisle reaches it.",
            booth.id
        );
        Finding::new(Rule::NoAisleAccess, vec![booth.id.to_owned()], None, message)
    })
}

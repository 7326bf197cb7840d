//! `invalid-geometry`: shapes no other rule can reason about (non-finite numbers, empty or
//! negative sizes, outlines that are not simple polygons). Such objects are reported here and
//! left out of every other geometric rule, so no rule ever computes with NaN.

use super::{Finding, Rule};
use crate::model::{ObjectKind, Point, Rect, polygon_area_m2};

use super::AREA_EPSILON_M2;

/// What is wrong with a hall or column outline, as the end of a sentence; `None` when usable.
#[must_use]
pub(crate) fn outline_problem(outline: &[Point]) -> Option<&'static str> {
    if outline.iter().any(|p| !p.x_m.is_finite() || !p.y_m.is_finite()) {
        return Some("has a coordinate that is not a finite number");
    }
    if outline.len() < 3 {
        return Some("has fewer than 3 vertices");
    }
    if polygon_area_m2(outline) <= AREA_EPSILON_M2 {
        return Some("encloses no area");
    }
    if super::crossing::crosses_itself(outline) {
        return Some("crosses itself");
    }
    None
}

/// What is wrong with a zone or booth rectangle; `None` when usable.
#[must_use]
pub(crate) fn rect_problem(rect: &Rect) -> Option<String> {
    let numbers = [rect.x_m, rect.y_m, rect.width_m, rect.height_m];
    if numbers.iter().any(|v| !v.is_finite()) {
        return Some("has a coordinate or size that is not a finite number".to_owned());
    }
    if !rect.is_valid() {
        return Some(format!(
            "has a zero or negative size ({} × {} m)",
            super::text::number(rect.width_m),
            super::text::number(rect.height_m)
        ));
    }
    // A rectangle so far out that its far side rounds onto its near side has no area either.
    if rect.max_x_m() <= rect.x_m || rect.max_y_m() <= rect.y_m {
        return Some("is too small to be told apart from its position".to_owned());
    }
    None
}

/// `Hall 1A` / `Booth 1A-003`: how a message names an object.
#[must_use]
pub(crate) fn named(kind: ObjectKind, id: &str) -> String {
    let word = match kind {
        ObjectKind::Hall => "Hall",
        ObjectKind::Column => "Column",
        ObjectKind::Zone => "Zone",
        ObjectKind::Booth => "Booth",
        ObjectKind::Exit => "Exit",
    };
    format!("{word} {id}")
}

/// The finding for an object with an unusable shape.
#[must_use]
pub(crate) fn finding(kind: ObjectKind, id: &str, problem: &str) -> Finding {
    Finding::new(
        Rule::InvalidGeometry,
        vec![id.to_owned()],
        None,
        format!("{} {problem}.", named(kind, id)),
    )
}

/// The finding for a zone or booth rectangle, if it is unusable.
#[must_use]
pub(crate) fn rect_finding(kind: ObjectKind, id: &str, rect: &Rect) -> Option<Finding> {
    rect_problem(rect).map(|p| finding(kind, id, &p))
}

/// True when a zone or booth rectangle takes part in the geometric rules.
#[must_use]
pub(crate) fn rect_usable(rect: &Rect) -> bool {
    rect.is_valid() && rect.max_x_m() > rect.x_m && rect.max_y_m() > rect.y_m
}

//! The broad phase: R-trees of rectangles carrying the index of the object they stand for.
//!
//! `rstar` 0.12 (the version `geo` 0.33 implements) with its own rectangle primitive: every
//! query returns candidates whose boxes meet the query box, borders included, so no pair that
//! could share area, touch or face across an aisle is ever missed. The exact test comes after.

use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{AABB, RStarInsertionStrategy, RTree, RTreeParams};

use crate::model::Rect;

/// One rectangle in a tree, tagged with the slot or index of its object.
pub(crate) type Entry = GeomWithData<Rectangle<[f64; 2]>, u32>;

/// An R-tree of tagged rectangles.
pub(crate) type RectTree = RTree<Entry, TreeParams>;

/// Node sizes of our trees: wider than rstar's default (6), which suits trees that are bulk
/// loaded once, joined as a whole and then edited one booth at a time.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct TreeParams;

impl RTreeParams for TreeParams {
    const MIN_SIZE: usize = 4;
    const MAX_SIZE: usize = 12;
    const REINSERTION_COUNT: usize = 3;
    type DefaultInsertionStrategy = RStarInsertionStrategy;
}

/// The box of a rectangle, grown by `margin_m` on every side.
#[must_use]
pub(crate) fn envelope(rect: &Rect, margin_m: f64) -> AABB<[f64; 2]> {
    AABB::from_corners(
        [rect.x_m - margin_m, rect.y_m - margin_m],
        [rect.max_x_m() + margin_m, rect.max_y_m() + margin_m],
    )
}

/// The rectangle grown by `margin_m` on every side.
#[must_use]
pub(crate) fn grown(rect: &Rect, margin_m: f64) -> Rect {
    Rect::new(
        rect.x_m - margin_m,
        rect.y_m - margin_m,
        rect.width_m + 2.0 * margin_m,
        rect.height_m + 2.0 * margin_m,
    )
}

/// The tree entry for `rect` tagged with `tag`.
#[must_use]
pub(crate) fn entry(rect: &Rect, tag: u32) -> Entry {
    GeomWithData::new(
        Rectangle::from_corners([rect.x_m, rect.y_m], [rect.max_x_m(), rect.max_y_m()]),
        tag,
    )
}

/// A tree of `(rect, tag)` pairs, bulk loaded (much faster and better balanced than inserts).
#[must_use]
pub(crate) fn bulk(items: impl IntoIterator<Item = (Rect, u32)>) -> RectTree {
    RTree::bulk_load_with_params(items.into_iter().map(|(r, tag)| entry(&r, tag)).collect())
}

/// Index of the `i`-th object as a tree tag; layouts never hold 4 billion objects.
#[must_use]
pub(crate) fn tag(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

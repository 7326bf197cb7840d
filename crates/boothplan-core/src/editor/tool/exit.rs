//! The Exit tool: doors live on hall walls. A press near a wall starts a door there and the
//! drag widens it along that wall; a click drops a door of the standard width centred on the
//! pointer. Moving a selected door with the Select tool slides it along its hall's walls.

use super::{ToolController, ToolState};
use crate::editor::{Document, IdAllocator, Object, ObjectRef};
use crate::model::{Exit, Hall, Layout, Point};

/// Where the Exit tool is in its gesture.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum ExitGesture {
    /// Waiting for a press.
    Ready,
    /// Pressed at `at` (unsnapped), not yet moved far enough to be a drag.
    Pressed {
        /// Where the press happened.
        at: Point,
    },
    /// Dragging a new door along a hall's wall.
    Drawing {
        /// Where the press met the wall.
        start: WallPoint,
        /// Where the pointer is (unsnapped).
        to: Point,
    },
}

impl ExitGesture {
    pub(super) fn state(self) -> ToolState {
        match self {
            Self::Ready => ToolState::Ready,
            Self::Pressed { .. } => ToolState::Pressed,
            Self::Drawing { .. } => ToolState::DrawingExit,
        }
    }

    /// The press of an Exit-tool drag: on a wall it starts a door, elsewhere nothing.
    pub(super) fn start(doc: &Document, at: Point) -> Self {
        match doc.exit_wall_at(at) {
            Some(wall) => Self::Drawing { start: wall, to: at },
            None => Self::Ready,
        }
    }
}

impl ToolController {
    /// The release of an Exit-tool gesture: a click drops a standard door, a drag the door as
    /// dragged.
    pub(super) fn exit_release(&self, doc: &mut Document, gesture: ExitGesture) {
        let exact = self.modifiers.alt;
        match gesture {
            ExitGesture::Ready => {}
            ExitGesture::Pressed { at } => doc.exit_click(at, exact),
            ExitGesture::Drawing { start, to } => doc.exit_finish_drag(start, to, exact),
        }
    }
}

/// `along_m` rounded to the tool's step along the wall, unless `exact` (Alt held).
fn along_snapped(along_m: f64, exact: bool) -> f64 {
    if exact { along_m } else { (along_m / ALONG_WALL_STEP_M).round() * ALONG_WALL_STEP_M }
}

/// Width of a door dropped by a click, metres: a common double exit door.
pub const CLICKED_EXIT_WIDTH_M: f64 = 2.0;
/// Narrowest door the tool makes, metres; a shorter drag counts as a click.
pub const MIN_EXIT_WIDTH_M: f64 = 0.5;
/// How far door ends snap along the wall, metres (Alt: not at all).
const ALONG_WALL_STEP_M: f64 = 0.1;

/// One straight piece of a hall's wall, and a place on it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WallPoint {
    /// Index of the hall.
    pub hall: usize,
    /// Index of the wall's first vertex in the hall's outline.
    pub edge: usize,
    /// Metres from the wall's first vertex.
    pub along_m: f64,
}

/// The two ends of the wall piece `edge` of `hall`.
fn wall_ends(hall: &Hall, edge: usize) -> Option<(Point, Point)> {
    let n = hall.outline.len();
    Some((*hall.outline.get(edge)?, *hall.outline.get((edge + 1) % n)?))
}

fn length(a: Point, b: Point) -> f64 {
    (b.x_m - a.x_m).hypot(b.y_m - a.y_m)
}

/// The point of a wall nearest `p` among the halls' walls within `radius_m`, if any.
#[must_use]
pub fn wall_near(layout: &Layout, p: Point, radius_m: f64) -> Option<WallPoint> {
    nearest_wall(layout.halls.iter().enumerate(), p, radius_m)
}

/// [`wall_near`] among some of the halls, given with their indices.
fn nearest_wall<'a>(
    halls: impl IntoIterator<Item = (usize, &'a Hall)>,
    pointer: Point,
    radius_m: f64,
) -> Option<WallPoint> {
    let mut best: Option<(WallPoint, f64)> = None;
    for (h, hall) in halls {
        for edge in 0..hall.outline.len() {
            let Some((start, end)) = wall_ends(hall, edge) else { continue };
            let len = length(start, end);
            if len <= 0.0 {
                continue;
            }
            let t = (((pointer.x_m - start.x_m) * (end.x_m - start.x_m)
                + (pointer.y_m - start.y_m) * (end.y_m - start.y_m))
                / (len * len))
                .clamp(0.0, 1.0);
            let on = Point::new(
                start.x_m + t * (end.x_m - start.x_m),
                start.y_m + t * (end.y_m - start.y_m),
            );
            let d = length(pointer, on);
            if d <= radius_m && best.is_none_or(|(_, bd)| d < bd) {
                best = Some((WallPoint { hall: h, edge, along_m: t * len }, d));
            }
        }
    }
    best.map(|(w, _)| w)
}

/// `along_m` metres along the wall piece of `at`, kept on it.
fn point_on(layout: &Layout, at: WallPoint, along_m: f64) -> Option<Point> {
    let (a, b) = wall_ends(layout.halls.get(at.hall)?, at.edge)?;
    let len = length(a, b);
    let t = if len > 0.0 { (along_m / len).clamp(0.0, 1.0) } else { 0.0 };
    Some(Point::new(a.x_m + t * (b.x_m - a.x_m), a.y_m + t * (b.y_m - a.y_m)))
}

/// The door of `width_m` centred at `at` on its wall, slid to stay on that wall piece (and as
/// wide as the piece when it is narrower).
#[must_use]
pub fn door_centred(layout: &Layout, at: WallPoint, width_m: f64) -> Option<(Point, Point)> {
    let (a, b) = wall_ends(layout.halls.get(at.hall)?, at.edge)?;
    let len = length(a, b);
    let width = width_m.min(len);
    let start = (at.along_m - width / 2.0).clamp(0.0, len - width);
    Some((point_on(layout, at, start)?, point_on(layout, at, start + width)?))
}

impl Document {
    /// The wall under the pointer for the Exit tool: within a few screen pixels, or the pick
    /// radius, whichever reaches further.
    pub(crate) fn exit_wall_at(&self, p: Point) -> Option<WallPoint> {
        let radius = self.settings.pick_radius_m.max(self.settings.snap_radius_m);
        wall_near(&self.layout, p, radius)
    }

    /// The door a click with the Exit tool at `at` would make, for the preview and the click.
    pub(crate) fn exit_click_door(&self, at: Point, exact: bool) -> Option<(usize, Point, Point)> {
        let wall = self.exit_wall_at(at)?;
        let wall = WallPoint { along_m: along_snapped(wall.along_m, exact), ..wall };
        let (from, to) = door_centred(&self.layout, wall, CLICKED_EXIT_WIDTH_M)?;
        Some((wall.hall, from, to))
    }

    /// The door being dragged out: from where the press met the wall to the pointer's place
    /// along the same wall piece.
    pub(crate) fn exit_drag_door(
        &self,
        start: WallPoint,
        pos: Point,
        exact: bool,
    ) -> Option<(Point, Point)> {
        let hall = self.layout.halls.get(start.hall)?;
        let (a, b) = wall_ends(hall, start.edge)?;
        let len = length(a, b);
        if len <= 0.0 {
            return None;
        }
        let t = ((pos.x_m - a.x_m) * (b.x_m - a.x_m) + (pos.y_m - a.y_m) * (b.y_m - a.y_m)) / len;
        let from = along_snapped(start.along_m, exact).clamp(0.0, len);
        let to = along_snapped(t, exact).clamp(0.0, len);
        Some((point_on(&self.layout, start, from)?, point_on(&self.layout, start, to)?))
    }

    /// Adds the door `from`–`to` in the wall of hall `hall`, as one undo step.
    fn add_exit(&mut self, hall: usize, from: Point, to: Point) {
        let Some(hall) = self.layout.halls.get(hall) else { return };
        let id = IdAllocator::new(&self.layout).exit(&hall.id);
        let exit = Exit { id, hall: Some(hall.id.clone()), from, to };
        self.add_object(Object::Exit(exit));
    }

    /// A click with the Exit tool: a standard door centred where the pointer meets a wall.
    fn exit_click(&mut self, at: Point, exact: bool) {
        if let Some((hall, from, to)) = self.exit_click_door(at, exact) {
            self.add_exit(hall, from, to);
        }
    }

    /// The release of an Exit-tool drag: the door as dragged, or a clicked door when the drag
    /// was shorter than the narrowest door.
    fn exit_finish_drag(&mut self, start: WallPoint, to: Point, exact: bool) {
        match self.exit_drag_door(start, to, exact) {
            Some((from, to)) if length(from, to) >= MIN_EXIT_WIDTH_M => {
                self.add_exit(start.hall, from, to);
            }
            _ => {
                if let Some(at) = point_on(&self.layout, start, start.along_m) {
                    self.exit_click(at, exact);
                }
            }
        }
    }

    /// Doors among `moved` slid back onto their hall's wall — its outline in `new_outlines`
    /// when the hall is moving too: the point of a wall piece at least as long as the door
    /// nearest the moved door's middle, the door as wide as before. A door whose hall is gone,
    /// or has no piece that long, stays as moved. `exact` (Alt held): the door's place along
    /// the wall is not rounded.
    pub(crate) fn keep_doors_on_walls(
        &self,
        moved: &mut [(ObjectRef, Object)],
        new_outlines: &std::collections::HashMap<usize, Vec<Point>>,
        exact: bool,
    ) {
        for (_, object) in moved.iter_mut() {
            let Object::Exit(exit) = object else { continue };
            let Some(h) = exit
                .hall
                .as_deref()
                .and_then(|id| self.layout.halls.iter().position(|x| x.id == id))
            else {
                continue;
            };
            let Some(hall) = self.layout.halls.get(h) else { continue };
            let outline = new_outlines.get(&h).unwrap_or(&hall.outline);
            if let Some((from, to)) = slid_onto(outline, exit.centre(), exit.width_m(), exact) {
                (exit.from, exit.to) = (from, to);
            }
        }
    }
}

/// A door `width_m` wide on the piece of `outline` (a hall's walls) nearest `centre` among
/// those at least that long, centred as near `centre` as the piece allows; `None` when no
/// piece is long enough (a door never narrows by being moved). `exact` as in
/// [`Document::keep_doors_on_walls`].
pub(crate) fn slid_onto(
    outline: &[Point],
    centre: Point,
    width_m: f64,
    exact: bool,
) -> Option<(Point, Point)> {
    let count = outline.len();
    let mut best: Option<(f64, Point, Point, f64)> = None;
    for (a, b) in (0..count).map(|i| (outline[i], outline[(i + 1) % count])) {
        let len = length(a, b);
        if len + 1e-9 < width_m || len <= 0.0 {
            continue;
        }
        let t = (((centre.x_m - a.x_m) * (b.x_m - a.x_m) + (centre.y_m - a.y_m) * (b.y_m - a.y_m))
            / (len * len))
            .clamp(0.0, 1.0);
        let on = Point::new(a.x_m + t * (b.x_m - a.x_m), a.y_m + t * (b.y_m - a.y_m));
        let d = length(centre, on);
        if best.is_none_or(|(bd, ..)| d < bd) {
            best = Some((d, a, b, t * len));
        }
    }
    let (_, a, b, along) = best?;
    let len = length(a, b);
    let start = (along_snapped(along, exact) - width_m / 2.0).clamp(0.0, (len - width_m).max(0.0));
    let at = |d: f64| {
        let t = (d / len).clamp(0.0, 1.0);
        Point::new(a.x_m + t * (b.x_m - a.x_m), a.y_m + t * (b.y_m - a.y_m))
    };
    Some((at(start), at(start + width_m.min(len))))
}

//! Tools as small state machines driven by world-coordinate pointer events (as Graphite's
//! `SelectToolFsmState`): the UI forwards presses, moves, releases, double-clicks and keys.

mod calibrate;
mod draw;
mod exit;

pub use calibrate::{AXIS_SNAP_DEG, Calibration, CalibrationStep, calibrated};

pub use exit::{CLICKED_EXIT_WIDTH_M, MIN_EXIT_WIDTH_M, WallPoint, wall_near};
mod select;
mod snap;

use super::edit::{resized_rect, with_bounds};
use super::{Document, EditorKey, Handle, Hover, Modifiers, Object, ObjectRef};
use crate::model::{Point, Rect};

/// The tool the planner is using; the toolbar shows one button each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum Tool {
    /// Pick, move and resize objects; rubber-band selection.
    #[default]
    Select,
    /// Draw a hall: click vertices (double-click or Enter closes), or drag a rectangle.
    Hall,
    /// Click to drop a square column, or drag a rectangle.
    Column,
    /// Drag a rectangle to make a zone in the current theme.
    Zone,
    /// Click to drop a booth of the chosen standard size, or drag any size.
    Booth,
    /// Click a hall's wall to put a door there, or drag along the wall for its width.
    Exit,
    /// Drag an area of a hall to fill it with booths (the fill dialog opens on it).
    Fill,
}

impl Tool {
    /// Every tool, in toolbar order.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The tool's name for the toolbar and tooltips.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Select => "Select",
            Self::Hall => "Hall",
            Self::Column => "Column",
            Self::Zone => "Zone",
            Self::Booth => "Booth",
            Self::Exit => "Exit",
            Self::Fill => "Fill area",
        }
    }
}

/// Where the active tool is in its gesture.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum ToolState {
    /// Waiting for a press.
    #[default]
    Ready,
    /// Pressed at `at` on `on`, not yet moved far enough to be a drag.
    Pressed {
        /// Where the press happened (unsnapped).
        at: Point,
        /// What was under the pointer.
        on: Option<Hover>,
    },
    /// Dragging the selection; the layout shows the preview, the history gets one step on release.
    MovingSelection {
        /// Where the drag started (unsnapped).
        from: Point,
        /// The selection's bounds at the start; their top-left corner snaps to the grid or to
        /// a neighbour.
        start: Rect,
    },
    /// Dragging a resize handle of one object.
    Resizing {
        /// The object being resized.
        object: ObjectRef,
        /// The handle being dragged.
        handle: Handle,
        /// The object's bounds when the drag started.
        start: Rect,
    },
    /// Dragging one vertex of a hall outline.
    MovingVertex {
        /// Index of the hall.
        hall: usize,
        /// Index of the vertex.
        vertex: usize,
    },
    /// Dragging a selection rectangle over empty space.
    RubberBand {
        /// Where the drag started.
        from: Point,
        /// Where the pointer is.
        to: Point,
        /// Shift held: add to the selection instead of replacing it.
        additive: bool,
    },
    /// Dragging a new door along a hall's wall.
    DrawingExit {
        /// Where the press met the wall.
        start: exit::WallPoint,
        /// Where the pointer is (unsnapped).
        to: Point,
    },
    /// Dragging out the rectangle of a new hall, column, zone or booth.
    DrawingRect {
        /// Where the drag started (snapped).
        from: Point,
        /// Where the pointer is (snapped).
        to: Point,
    },
}

/// What the UI paints on top of the layout to show what the tool is doing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ToolFeedback {
    /// The rubber-band selection rectangle being dragged.
    pub rubber_band: Option<Rect>,
    /// The vertices of the hall polygon placed so far (empty when none is being drawn).
    pub polygon: Vec<Point>,
    /// Where the next polygon vertex would go (the line from the last vertex follows it).
    pub polygon_cursor: Option<Point>,
    /// The rectangle of the object being drawn, or of the booth a click would drop.
    pub preview_rect: Option<Rect>,
    /// The door being drawn, or the one a click would put in the wall under the pointer.
    pub preview_exit: Option<(Point, Point)>,
    /// What the pointer is over (a handle to highlight, an object to outline).
    pub hover: Option<Hover>,
    /// Alignment guides and aisle gaps of the drag in progress.
    pub guides: Vec<super::Guide>,
}

impl Document {
    /// The active tool.
    #[must_use]
    pub fn tool(&self) -> Tool {
        self.tool
    }

    /// Switches tool, abandoning whatever the old one had in progress.
    pub fn set_tool(&mut self, tool: Tool) {
        if tool != self.tool {
            self.cancel_gesture();
            self.tool = tool;
            self.hover = None;
        }
    }

    /// Where the active tool is in its gesture.
    #[must_use]
    pub fn tool_state(&self) -> &ToolState {
        &self.state
    }

    /// The pointer went down at `pos_m` (world metres) with `modifiers` held.
    pub fn pointer_pressed(&mut self, pos_m: Point, modifiers: Modifiers) {
        self.modifiers = modifiers;
        if self.state == ToolState::Ready && self.background_pressed(pos_m) {
            return;
        }
        if self.state != ToolState::Ready {
            // A press without the release of the last one: finish that gesture as it stands.
            self.commit_transaction();
            self.state = ToolState::Ready;
        }
        self.modifiers = modifiers;
        self.cursor = Some(pos_m);
        let on = if self.tool == Tool::Select { self.hover_at(pos_m) } else { None };
        self.hover = on;
        self.state = ToolState::Pressed { at: pos_m, on };
    }

    /// The pointer moved to `pos_m`, pressed or not.
    pub fn pointer_moved(&mut self, pos_m: Point) {
        self.cursor = Some(pos_m);
        if self.background_moved(pos_m) {
            return;
        }
        match self.state.clone() {
            ToolState::Ready => {
                self.hover = if self.tool == Tool::Select { self.hover_at(pos_m) } else { None };
            }
            ToolState::Pressed { at, on } => {
                let (dx, dy) = (pos_m.x_m - at.x_m, pos_m.y_m - at.y_m);
                if dx.hypot(dy) > self.settings.drag_threshold_m {
                    self.start_drag(at, on);
                    self.drag_to(pos_m);
                }
            }
            _ => self.drag_to(pos_m),
        }
    }

    /// The pointer went up at `pos_m`: ends a click or a drag.
    pub fn pointer_released(&mut self, pos_m: Point) {
        if self.background_released(pos_m) {
            return;
        }
        self.pointer_moved(pos_m);
        match std::mem::take(&mut self.state) {
            ToolState::Ready => {}
            ToolState::Pressed { at, on } => {
                if self.tool == Tool::Select {
                    self.select_click(on);
                } else {
                    self.draw_click(at);
                }
            }
            ToolState::MovingSelection { .. }
            | ToolState::Resizing { .. }
            | ToolState::MovingVertex { .. } => self.commit_transaction(),
            ToolState::RubberBand { from, to, additive } => {
                self.rubber_band_select(Rect::from_corners(from, to), additive);
            }
            ToolState::DrawingRect { from, to } => self.draw_rect(from, to),
            ToolState::DrawingExit { start, to } => self.exit_finish_drag(start, to),
        }
        self.hover = if self.tool == Tool::Select { self.hover_at(pos_m) } else { None };
    }

    /// A double-click at `pos_m` (after its two presses and releases): closes a hall polygon,
    /// or removes the vertex / adds one on the edge of a selected hall under the pointer.
    pub fn double_clicked(&mut self, pos_m: Point) {
        self.cursor = Some(pos_m);
        match self.tool {
            Tool::Hall => {
                self.close_polygon();
            }
            Tool::Select => self.select_double_click(pos_m),
            Tool::Column | Tool::Zone | Tool::Booth | Tool::Exit | Tool::Fill => {}
        }
    }

    /// A key the editor handles; returns true when it did something with it. While a drag is
    /// in progress only Escape is taken.
    pub fn key(&mut self, key: EditorKey, modifiers: Modifiers) -> bool {
        self.modifiers = modifiers;
        let busy = !matches!(self.state, ToolState::Ready);
        if key == EditorKey::Escape {
            if self.background_edit.gesture.is_some() {
                self.cancel_background_edit();
                return true;
            }
            if busy || !self.polygon.is_empty() {
                self.cancel_gesture();
                return true;
            }
            let had = !self.selection.is_empty();
            self.selection.clear();
            return had;
        }
        if busy {
            return false;
        }
        let before = self.history_position();
        match key {
            EditorKey::Escape => {}
            EditorKey::Enter => return self.close_polygon(),
            EditorKey::Backspace => return self.polygon.pop().is_some(),
        }
        self.history_position() != before
    }

    /// Cancels the gesture in progress (drag, rubber band, polygon), restoring the layout.
    pub fn cancel_gesture(&mut self) {
        self.cancel_background_edit();
        self.cancel_transaction();
        self.state = ToolState::Ready;
        self.polygon.clear();
    }

    /// What the UI should paint for the active tool this frame.
    #[must_use]
    pub fn feedback(&self) -> ToolFeedback {
        let mut feedback = ToolFeedback { hover: self.hover, ..ToolFeedback::default() };
        match &self.state {
            ToolState::RubberBand { from, to, .. } => {
                feedback.rubber_band = Some(Rect::from_corners(*from, *to));
            }
            ToolState::DrawingRect { from, to } => {
                feedback.preview_rect = Some(Rect::from_corners(*from, *to));
                feedback.guides = self.guides().to_vec();
            }
            ToolState::MovingSelection { .. } | ToolState::Resizing { .. } => {
                feedback.guides = self.guides().to_vec();
            }
            ToolState::Ready if self.tool == Tool::Booth => {
                feedback.preview_rect = self.cursor.map(|c| self.booth_drop_rect(c));
            }
            ToolState::Ready if self.tool == Tool::Exit => {
                feedback.preview_exit = self
                    .cursor
                    .and_then(|c| self.exit_click_door(c))
                    .map(|(_, from, to)| (from, to));
            }
            ToolState::DrawingExit { start, to } => {
                feedback.preview_exit = self.exit_drag_door(*start, *to);
            }
            _ => {}
        }
        if self.tool == Tool::Hall && !self.polygon.is_empty() {
            feedback.polygon.clone_from(&self.polygon);
            feedback.polygon_cursor = self.cursor.map(|c| self.snap(c));
        }
        feedback
    }

    /// The resize handles to paint: those of the single selected zone, booth or column.
    #[must_use]
    pub fn handles(&self) -> Vec<(ObjectRef, Handle, Point)> {
        let Some((object, rect)) = self.resizable() else { return Vec::new() };
        Handle::ALL.iter().map(|h| (object, *h, h.position(&rect))).collect()
    }

    /// The vertex handles to paint: the outline vertices of each selected hall, as
    /// `(hall index, vertex index, position)`.
    #[must_use]
    pub fn vertex_handles(&self) -> Vec<(usize, usize, Point)> {
        if !self.layers.can_pick(crate::model::ObjectKind::Hall) {
            return Vec::new();
        }
        self.selection
            .indices(crate::model::ObjectKind::Hall)
            .into_iter()
            .filter_map(|h| self.layout.halls.get(h).map(|hall| (h, hall)))
            .flat_map(|(h, hall)| hall.outline.iter().enumerate().map(move |(v, p)| (h, v, *p)))
            .collect()
    }

    /// The single selected object that has resize handles, with its bounds.
    pub(crate) fn resizable(&self) -> Option<(ObjectRef, Rect)> {
        let object = self.selection.single()?;
        // Halls are reshaped by their corners; a door is a line along a wall, moved along it.
        let shaped_otherwise =
            matches!(object.kind, crate::model::ObjectKind::Hall | crate::model::ObjectKind::Exit);
        if shaped_otherwise || !self.layers.can_pick(object.kind) {
            return None;
        }
        Some((object, object.bounds(&self.layout)?))
    }

    /// Turns a press into a drag of the right kind.
    fn start_drag(&mut self, at: Point, on: Option<Hover>) {
        self.state = if self.tool == Tool::Select {
            self.select_start_drag(at, on)
        } else if self.tool == Tool::Exit {
            self.exit_start_drag(at)
        } else if self.tool == Tool::Hall && !self.polygon.is_empty() {
            // While a polygon is being clicked, a shaky click is still a click.
            ToolState::Pressed { at, on }
        } else {
            let corner = self.snap_corner(at);
            ToolState::DrawingRect { from: corner, to: corner }
        };
    }

    /// Follows the pointer during a drag, previewing the edit in the layout.
    fn drag_to(&mut self, pos: Point) {
        match self.state.clone() {
            ToolState::MovingSelection { from, start } => {
                let raw =
                    Point::new(start.x_m + pos.x_m - from.x_m, start.y_m + pos.y_m - from.y_m);
                let target = self.snap_move(&start, raw);
                let (dx, dy) = (target.x_m - start.x_m, target.y_m - start.y_m);
                let mut moved: Vec<(ObjectRef, Object)> = self
                    .transaction_before()
                    .iter()
                    .map(|(r, o)| (*r, o.translated(dx, dy)))
                    .collect();
                self.rehome(&mut moved);
                self.preview_many(moved);
            }
            ToolState::Resizing { object, handle, start } => {
                let rect =
                    resized_rect(&start, handle, self.snap_resize(object, &start, handle, pos));
                if let Some((_, before)) = self.transaction_before().first() {
                    let mut resized = [(object, with_bounds(before, rect))];
                    self.rehome(&mut resized);
                    let [(_, resized)] = resized;
                    self.preview(object, resized);
                }
            }
            ToolState::MovingVertex { hall, vertex } => {
                let to = self.snap(pos);
                if let Some(mut h) = self.layout.halls.get(hall).cloned() {
                    if let Some(p) = h.outline.get_mut(vertex) {
                        *p = to;
                    }
                    self.preview(ObjectRef::hall(hall), Object::Hall(h));
                }
            }
            ToolState::RubberBand { from, additive, .. } => {
                self.state = ToolState::RubberBand { from, to: pos, additive };
            }
            ToolState::DrawingRect { from, .. } => {
                let to = self.snap_corner(pos);
                self.state = ToolState::DrawingRect { from, to };
            }
            ToolState::DrawingExit { start, .. } => {
                self.state = ToolState::DrawingExit { start, to: pos };
            }
            ToolState::Ready | ToolState::Pressed { .. } => {}
        }
    }
}

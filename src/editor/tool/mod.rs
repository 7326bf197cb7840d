//! Tools as small state machines driven by world-coordinate pointer events (as Graphite's
//! `SelectToolFsmState`): the UI forwards presses, moves, releases, double-clicks and keys.

mod draw;
mod select;

use super::{Handle, Hover, ObjectRef};
use crate::model::{Point, Rect};

/// The tool the planner is using; the toolbar shows one button each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
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
}

impl Tool {
    /// Every tool, in toolbar order.
    pub const ALL: [Tool; 5] = [Self::Select, Self::Hall, Self::Column, Self::Zone, Self::Booth];

    /// The tool's name for the toolbar and tooltips.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Select => "Select",
            Self::Hall => "Hall",
            Self::Column => "Column",
            Self::Zone => "Zone",
            Self::Booth => "Booth",
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
        /// The selection's top-left corner at the start, which snaps to the grid.
        anchor: Point,
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
    /// What the pointer is over (a handle to highlight, an object to outline).
    pub hover: Option<Hover>,
}

use super::{Document, EditorKey, Modifiers};

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
        self.cursor = Some(pos_m);
        let _ = pos_m;
    }

    /// The pointer moved to `pos_m`, pressed or not.
    pub fn pointer_moved(&mut self, pos_m: Point) {
        self.cursor = Some(pos_m);
    }

    /// The pointer went up at `pos_m`: ends a click or a drag.
    pub fn pointer_released(&mut self, pos_m: Point) {
        self.cursor = Some(pos_m);
        self.state = ToolState::Ready;
    }

    /// A double-click at `pos_m` (after its two presses and releases): closes a hall polygon,
    /// or adds/removes a vertex of a selected hall.
    pub fn double_clicked(&mut self, pos_m: Point) {
        self.cursor = Some(pos_m);
    }

    /// A key the editor handles; returns true when it did something with it.
    pub fn key(&mut self, key: EditorKey, modifiers: Modifiers) -> bool {
        self.modifiers = modifiers;
        let _ = key;
        false
    }

    /// Cancels the gesture in progress (drag, rubber band, polygon), restoring the layout.
    pub fn cancel_gesture(&mut self) {
        self.cancel_transaction();
        self.state = ToolState::Ready;
        self.polygon.clear();
    }

    /// What the UI should paint for the active tool this frame.
    #[must_use]
    pub fn feedback(&self) -> ToolFeedback {
        ToolFeedback { hover: self.hover, ..ToolFeedback::default() }
    }

    /// The resize handles to paint: those of the single selected zone, booth or column.
    #[must_use]
    pub fn handles(&self) -> Vec<(ObjectRef, Handle, Point)> {
        Vec::new()
    }

    /// The vertex handles to paint: the outline vertices of each selected hall, as
    /// `(hall index, vertex index, position)`.
    #[must_use]
    pub fn vertex_handles(&self) -> Vec<(usize, usize, Point)> {
        Vec::new()
    }
}

//! Tools as small state machines driven by world-coordinate pointer events (as Graphite's
//! `SelectToolFsmState`): the UI forwards presses, moves, releases, double-clicks and keys to
//! the [`ToolController`], which edits the [`Document`] it is handed. Each tool owns its
//! gesture and its data (the Hall tool its polygon, the Fill tool the area dragged out, a drag
//! its transaction), so a state that belongs to another tool cannot be built.

mod background_drag;
mod calibrate;
mod draw;
mod exit;
mod select;
mod snap;

pub use calibrate::{AXIS_SNAP_DEG, Calibration, CalibrationStep, calibrated};
pub use exit::{CLICKED_EXIT_WIDTH_M, MIN_EXIT_WIDTH_M, WallPoint, wall_near};
pub(crate) use exit::{carried, slid_onto};

use draw::{DrawGesture, Drawn};
use exit::ExitGesture;
use select::SelectGesture;

use super::{Document, EditorKey, Guide, Handle, Hover, Modifiers, Transaction};
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

/// Where the active tool is in its gesture, as the window needs to know it (the pointer's
/// shape, whether Esc belongs to the tool). The gesture itself, with its data, is the tool's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ToolState {
    /// Waiting for a press.
    #[default]
    Ready,
    /// Pressed, not yet moved far enough to be a drag.
    Pressed,
    /// Dragging the selection; the layout shows the preview, the history gets one step on release.
    MovingSelection,
    /// Dragging a resize handle of one object.
    Resizing {
        /// The handle being dragged.
        handle: Handle,
    },
    /// Dragging one vertex of a hall outline.
    MovingVertex,
    /// Dragging a selection rectangle over empty space.
    RubberBand,
    /// Dragging a new door along a hall's wall.
    DrawingExit,
    /// Dragging out the rectangle of a new hall, column, zone or booth, or an area to fill.
    DrawingRect,
}

/// The active tool with its gesture and data.
#[derive(Debug)]
enum ActiveTool {
    /// Pick, move and resize.
    Select(SelectGesture),
    /// Draw a hall: the vertices clicked so far, and the gesture of the pointer.
    Hall {
        /// Vertices of the hall polygon being drawn.
        polygon: Vec<Point>,
        /// The press or rectangle drag in progress.
        gesture: DrawGesture,
    },
    /// Drop or drag out a column.
    Column(DrawGesture),
    /// Drag out a zone.
    Zone(DrawGesture),
    /// Drop or drag out a booth.
    Booth(DrawGesture),
    /// Put a door in a hall's wall.
    Exit(ExitGesture),
    /// Drag out an area to fill with booths.
    Fill {
        /// The press or rectangle drag in progress.
        gesture: DrawGesture,
        /// An area dragged out, waiting for the window to open the fill dialog.
        area: Option<Rect>,
    },
}

impl Default for ActiveTool {
    fn default() -> Self {
        Self::Select(SelectGesture::Ready)
    }
}

impl ActiveTool {
    /// `tool`, ready for a press.
    fn new(tool: Tool) -> Self {
        match tool {
            Tool::Select => Self::Select(SelectGesture::Ready),
            Tool::Hall => Self::Hall { polygon: Vec::new(), gesture: DrawGesture::Ready },
            Tool::Column => Self::Column(DrawGesture::Ready),
            Tool::Zone => Self::Zone(DrawGesture::Ready),
            Tool::Booth => Self::Booth(DrawGesture::Ready),
            Tool::Exit => Self::Exit(ExitGesture::Ready),
            Tool::Fill => Self::Fill { gesture: DrawGesture::Ready, area: None },
        }
    }

    fn tool(&self) -> Tool {
        match self {
            Self::Select(_) => Tool::Select,
            Self::Hall { .. } => Tool::Hall,
            Self::Column(_) => Tool::Column,
            Self::Zone(_) => Tool::Zone,
            Self::Booth(_) => Tool::Booth,
            Self::Exit(_) => Tool::Exit,
            Self::Fill { .. } => Tool::Fill,
        }
    }

    /// The gesture of a drawing tool (Hall, Column, Zone, Booth, Fill).
    fn draw_gesture(&mut self) -> Option<&mut DrawGesture> {
        match self {
            Self::Hall { gesture, .. }
            | Self::Column(gesture)
            | Self::Zone(gesture)
            | Self::Booth(gesture)
            | Self::Fill { gesture, .. } => Some(gesture),
            Self::Select(_) | Self::Exit(_) => None,
        }
    }

    fn state(&self) -> ToolState {
        match self {
            Self::Select(g) => g.state(),
            Self::Exit(g) => g.state(),
            Self::Hall { gesture, .. }
            | Self::Column(gesture)
            | Self::Zone(gesture)
            | Self::Booth(gesture)
            | Self::Fill { gesture, .. } => gesture.state(),
        }
    }

    /// Where the press of the gesture happened and what it was on, while it is not yet a drag.
    fn pressed(&self) -> Option<(Point, Option<Hover>)> {
        match self {
            Self::Select(SelectGesture::Pressed { at, on }) => Some((*at, *on)),
            Self::Exit(ExitGesture::Pressed { at })
            | Self::Hall { gesture: DrawGesture::Pressed { at }, .. }
            | Self::Column(DrawGesture::Pressed { at })
            | Self::Zone(DrawGesture::Pressed { at })
            | Self::Booth(DrawGesture::Pressed { at })
            | Self::Fill { gesture: DrawGesture::Pressed { at }, .. } => Some((*at, None)),
            _ => None,
        }
    }

    /// Ends the gesture where it stands, handing back its transaction if it had one.
    fn end_gesture(&mut self) -> Option<Transaction> {
        match self {
            Self::Select(g) => std::mem::take(g).into_transaction(),
            Self::Exit(g) => {
                *g = ExitGesture::Ready;
                None
            }
            Self::Hall { gesture, .. }
            | Self::Column(gesture)
            | Self::Zone(gesture)
            | Self::Booth(gesture)
            | Self::Fill { gesture, .. } => {
                *gesture = DrawGesture::Ready;
                None
            }
        }
    }
}

/// The tools and what the active one is doing. The window hands it the pointer and keys (in
/// world metres) with the document they act on; it edits the document only through its
/// commands and transactions.
#[derive(Debug, Default)]
pub struct ToolController {
    active: ActiveTool,
    modifiers: Modifiers,
    hover: Option<Hover>,
    cursor: Option<Point>,
    /// Alignment guides and gaps of the drag in progress (see `snap.rs`).
    guides: Vec<Guide>,
    /// A calibration or drag of a background plan in progress, which goes before the active
    /// tool (see `background_drag.rs` and `calibrate.rs`).
    background: Option<background_drag::BackgroundGesture>,
}

impl ToolController {
    /// The active tool.
    #[must_use]
    pub fn tool(&self) -> Tool {
        self.active.tool()
    }

    /// Switches tool, abandoning whatever the old one had in progress.
    pub fn set_tool(&mut self, doc: &mut Document, tool: Tool) {
        if tool != self.tool() {
            self.cancel(doc);
            self.active = ActiveTool::new(tool);
            self.hover = None;
        }
    }

    /// Where the active tool is in its gesture.
    #[must_use]
    pub fn state(&self) -> ToolState {
        self.active.state()
    }

    /// Tells the tools which modifiers are held now (Alt may change in the middle of a drag).
    pub fn set_modifiers(&mut self, modifiers: Modifiers) {
        self.modifiers = modifiers;
    }

    /// The pointer went down at `pos_m` (world metres) with `modifiers` held.
    pub fn pointer_pressed(&mut self, doc: &mut Document, pos_m: Point, modifiers: Modifiers) {
        if self.state() == ToolState::Ready && self.background_pressed(doc, pos_m, modifiers) {
            self.hold(doc);
            return;
        }
        if let Some(tx) = self.active.end_gesture() {
            // A press without the release of the last one: finish that gesture as it stands.
            tx.commit(doc);
        }
        self.modifiers = modifiers;
        self.cursor = Some(pos_m);
        let on = self.hover_at(doc, pos_m);
        self.hover = on;
        match &mut self.active {
            ActiveTool::Select(g) => *g = SelectGesture::Pressed { at: pos_m, on },
            ActiveTool::Exit(g) => *g = ExitGesture::Pressed { at: pos_m },
            other => {
                if let Some(g) = other.draw_gesture() {
                    *g = DrawGesture::Pressed { at: pos_m };
                }
            }
        }
        self.hold(doc);
    }

    /// The pointer moved to `pos_m`, pressed or not.
    pub fn pointer_moved(&mut self, doc: &mut Document, pos_m: Point) {
        self.cursor = Some(pos_m);
        if self.background_moved(doc, pos_m) {
            return;
        }
        if self.state() == ToolState::Ready {
            self.hover = self.hover_at(doc, pos_m);
        } else if let Some((at, on)) = self.active.pressed() {
            let (dx, dy) = (pos_m.x_m - at.x_m, pos_m.y_m - at.y_m);
            if dx.hypot(dy) > doc.settings.drag_threshold_m {
                self.start_drag(doc, at, on);
                self.drag_to(doc, pos_m);
            }
        } else {
            self.drag_to(doc, pos_m);
        }
        self.hold(doc);
    }

    /// The pointer went up at `pos_m`: ends a click or a drag.
    pub fn pointer_released(&mut self, doc: &mut Document, pos_m: Point) {
        if self.background_released(doc, pos_m) {
            self.hold(doc);
            return;
        }
        self.pointer_moved(doc, pos_m);
        let mut active = std::mem::take(&mut self.active);
        let tool = active.tool();
        match &mut active {
            ActiveTool::Select(g) => {
                let shift = self.modifiers.shift;
                std::mem::take(g).release(doc, shift);
            }
            ActiveTool::Exit(g) => {
                let g = std::mem::replace(g, ExitGesture::Ready);
                self.exit_release(doc, g);
            }
            ActiveTool::Hall { polygon, gesture } => {
                let g = std::mem::replace(gesture, DrawGesture::Ready);
                self.hall_release(doc, polygon, g);
            }
            ActiveTool::Fill { gesture, area } => {
                // A click fills nothing; the dragged area waits for the window.
                if let Some(Drawn::Rect(rect)) =
                    std::mem::replace(gesture, DrawGesture::Ready).released()
                {
                    *area = Some(rect);
                }
            }
            ActiveTool::Column(gesture)
            | ActiveTool::Zone(gesture)
            | ActiveTool::Booth(gesture) => {
                let g = std::mem::replace(gesture, DrawGesture::Ready);
                self.shape_release(doc, tool, g);
            }
        }
        self.active = active;
        self.hover = self.hover_at(doc, pos_m);
        self.hold(doc);
    }

    /// A double-click at `pos_m` (after its two presses and releases): closes a hall polygon,
    /// or removes the vertex / adds one on the edge of a selected hall under the pointer.
    pub fn double_clicked(&mut self, doc: &mut Document, pos_m: Point) {
        self.cursor = Some(pos_m);
        let snapped = self.snap(doc, pos_m);
        match &mut self.active {
            ActiveTool::Hall { polygon, .. } => {
                draw::close_polygon(doc, polygon);
            }
            ActiveTool::Select(_) => doc.select_double_click(pos_m, snapped),
            ActiveTool::Column(_)
            | ActiveTool::Zone(_)
            | ActiveTool::Booth(_)
            | ActiveTool::Exit(_)
            | ActiveTool::Fill { .. } => {}
        }
    }

    /// A key the editor handles; returns true when it did something with it. While a drag is
    /// in progress only Escape is taken.
    pub fn key(&mut self, doc: &mut Document, key: EditorKey, modifiers: Modifiers) -> bool {
        self.modifiers = modifiers;
        let busy = self.state() != ToolState::Ready;
        if key == EditorKey::Escape {
            if self.background.is_some() {
                self.cancel_background(doc);
                return true;
            }
            if busy || !self.polygon().is_empty() {
                self.cancel(doc);
                return true;
            }
            let had = !doc.selection.is_empty();
            doc.selection.clear();
            return had;
        }
        if busy {
            return false;
        }
        let ActiveTool::Hall { polygon, .. } = &mut self.active else { return false };
        match key {
            EditorKey::Escape => false,
            EditorKey::Enter => draw::close_polygon(doc, polygon),
            EditorKey::Backspace => polygon.pop().is_some(),
        }
    }

    /// The window lost the pointer with the button still held (Alt+Tab, a system dialog):
    /// no release will come, so the gesture of that press ends as Esc would end it (a drag put
    /// back, nothing recorded), and the next press starts afresh. A hall polygon being clicked
    /// and a calibration keep the points already clicked, as they do between clicks.
    pub fn pointer_lost(&mut self, doc: &mut Document) {
        if self.is_moving_background() {
            self.cancel_background(doc);
        }
        if let Some(tx) = self.active.end_gesture() {
            tx.cancel(doc);
        }
        self.hold(doc);
    }

    /// Cancels the gesture in progress (drag, rubber band, polygon), restoring the layout: what
    /// a lost press does, and the clicked points of a calibration or a hall polygon dropped too.
    pub fn cancel(&mut self, doc: &mut Document) {
        self.cancel_background(doc);
        self.pointer_lost(doc);
        if let ActiveTool::Hall { polygon, .. } = &mut self.active {
            polygon.clear();
        }
        self.hold(doc);
    }

    /// The area the planner dragged out with the Fill tool since this was last asked, for the
    /// window to open the fill dialog on.
    pub fn take_area_to_fill(&mut self) -> Option<Rect> {
        match &mut self.active {
            ActiveTool::Fill { area, .. } => area.take(),
            _ => None,
        }
    }

    /// What the UI should paint for the active tool this frame.
    #[must_use]
    pub fn feedback(&self, doc: &Document) -> ToolFeedback {
        let mut feedback = ToolFeedback { hover: self.hover, ..ToolFeedback::default() };
        match &self.active {
            ActiveTool::Select(SelectGesture::RubberBand { from, to, .. }) => {
                feedback.rubber_band = Some(Rect::from_corners(*from, *to));
            }
            ActiveTool::Select(
                SelectGesture::MovingSelection { .. } | SelectGesture::Resizing { .. },
            ) => {
                feedback.guides.clone_from(&self.guides);
            }
            ActiveTool::Booth(DrawGesture::Ready) => {
                feedback.preview_rect = self.cursor.map(|c| self.booth_drop_rect(doc, c));
            }
            ActiveTool::Exit(ExitGesture::Ready) => {
                feedback.preview_exit = self
                    .cursor
                    .and_then(|c| doc.exit_click_door(c, self.modifiers.alt))
                    .map(|(_, from, to)| (from, to));
            }
            ActiveTool::Exit(ExitGesture::Drawing { start, to }) => {
                feedback.preview_exit = doc.exit_drag_door(*start, *to, self.modifiers.alt);
            }
            ActiveTool::Hall { gesture: DrawGesture::Rect { from, to }, .. }
            | ActiveTool::Column(DrawGesture::Rect { from, to })
            | ActiveTool::Zone(DrawGesture::Rect { from, to })
            | ActiveTool::Booth(DrawGesture::Rect { from, to })
            | ActiveTool::Fill { gesture: DrawGesture::Rect { from, to }, .. } => {
                feedback.preview_rect = Some(Rect::from_corners(*from, *to));
                feedback.guides.clone_from(&self.guides);
            }
            _ => {}
        }
        let polygon = self.polygon();
        if !polygon.is_empty() {
            feedback.polygon = polygon.to_vec();
            feedback.polygon_cursor = self.cursor.map(|c| self.snap(doc, c));
        }
        feedback
    }

    /// The vertices of the hall polygon being drawn (empty unless the Hall tool has some).
    fn polygon(&self) -> &[Point] {
        match &self.active {
            ActiveTool::Hall { polygon, .. } => polygon,
            _ => &[],
        }
    }

    /// What a press at `pos` would grab: only the Select tool grabs anything.
    fn hover_at(&self, doc: &Document, pos: Point) -> Option<Hover> {
        if self.tool() == Tool::Select { doc.hover_at(pos) } else { None }
    }

    /// Tells the document whether a gesture is under way, so edits from keys and menus wait.
    fn hold(&self, doc: &mut Document) {
        doc.gesture_held = self.state() != ToolState::Ready || self.is_moving_background();
    }

    /// `p` snapped to the grid, unless snapping is off or Alt is held.
    fn snap(&self, doc: &Document, p: Point) -> Point {
        if self.modifiers.alt { p } else { doc.snap_to_grid(p) }
    }

    /// Turns a press into a drag of the right kind.
    fn start_drag(&mut self, doc: &mut Document, at: Point, on: Option<Hover>) {
        match self.tool() {
            Tool::Select => {
                self.active =
                    ActiveTool::Select(doc.select_start_drag(at, on, self.modifiers.shift));
            }
            Tool::Exit => self.active = ActiveTool::Exit(ExitGesture::start(doc, at)),
            // While a polygon is being clicked, a shaky click is still a click.
            Tool::Hall if !self.polygon().is_empty() => {}
            Tool::Hall | Tool::Column | Tool::Zone | Tool::Booth | Tool::Fill => {
                let corner = self.snap_corner(doc, at);
                if let Some(g) = self.active.draw_gesture() {
                    *g = DrawGesture::Rect { from: corner, to: corner };
                }
            }
        }
    }

    /// Follows the pointer during a drag, previewing the edit in the layout.
    fn drag_to(&mut self, doc: &mut Document, pos: Point) {
        let mut active = std::mem::take(&mut self.active);
        match &mut active {
            ActiveTool::Select(g) => self.select_drag_to(doc, g, pos),
            ActiveTool::Exit(ExitGesture::Drawing { to, .. }) => *to = pos,
            other => {
                if let Some(DrawGesture::Rect { to, .. }) = other.draw_gesture() {
                    *to = self.snap_corner(doc, pos);
                }
            }
        }
        self.active = active;
    }
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

//! The drawing tools: Hall (click vertices or drag a rectangle), Column (click a square or drag),
//! Zone (drag), Booth (click a standard size or drag any size) and Fill (drag an area).

use super::{Tool, ToolController, ToolState};
use crate::editor::document::COLUMN_SIDE_M;
use crate::editor::{Document, Object};
use crate::model::{Column, Point, Rect};

/// Where a drawing tool is in its gesture.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(super) enum DrawGesture {
    /// Waiting for a press.
    #[default]
    Ready,
    /// Pressed at `at` (unsnapped), not yet moved far enough to be a drag.
    Pressed {
        /// Where the press happened.
        at: Point,
    },
    /// Dragging out a rectangle.
    Rect {
        /// Where the drag started (snapped).
        from: Point,
        /// Where the pointer is (snapped).
        to: Point,
    },
}

/// What a drawing gesture made when the pointer went up.
pub(super) enum Drawn {
    /// A click at this point (unsnapped).
    Click(Point),
    /// A rectangle dragged out (snapped).
    Rect(Rect),
}

impl DrawGesture {
    pub(super) fn state(self) -> ToolState {
        match self {
            Self::Ready => ToolState::Ready,
            Self::Pressed { .. } => ToolState::Pressed,
            Self::Rect { .. } => ToolState::DrawingRect,
        }
    }

    /// What the gesture made on release: a drag that snapped to no area counts as a click
    /// where it started.
    pub(super) fn released(self) -> Option<Drawn> {
        match self {
            Self::Ready => None,
            Self::Pressed { at } => Some(Drawn::Click(at)),
            Self::Rect { from, to } => {
                let rect = Rect::from_corners(from, to);
                Some(if rect.is_valid() { Drawn::Rect(rect) } else { Drawn::Click(from) })
            }
        }
    }
}

impl ToolController {
    /// The release of a Column, Zone or Booth gesture: a click drops a column or a booth of the
    /// chosen size, a drag makes an object of its size.
    pub(super) fn shape_release(&self, doc: &mut Document, tool: Tool, gesture: DrawGesture) {
        let click_at = match gesture.released() {
            None => return,
            Some(Drawn::Click(at)) => at,
            Some(Drawn::Rect(rect)) => {
                let object = match tool {
                    Tool::Column => Object::Column(doc.new_column(rect.corners().to_vec())),
                    Tool::Zone => Object::Zone(doc.new_zone(rect)),
                    Tool::Booth => Object::Booth(doc.new_booth(rect)),
                    Tool::Select | Tool::Hall | Tool::Exit | Tool::Fill => return,
                };
                doc.add_object(object);
                return;
            }
        };
        match tool {
            Tool::Column => {
                let square = Column::square("", "", self.snap(doc, click_at), COLUMN_SIDE_M);
                let column = doc.new_column(square.outline);
                doc.add_object(Object::Column(column));
            }
            Tool::Booth => {
                let booth = doc.new_booth(self.booth_drop_rect(doc, click_at));
                doc.add_object(Object::Booth(booth));
            }
            Tool::Zone | Tool::Select | Tool::Hall | Tool::Exit | Tool::Fill => {}
        }
    }

    /// The release of a Hall gesture: a click adds a vertex to the polygon, a drag makes a
    /// rectangular hall.
    pub(super) fn hall_release(
        &self,
        doc: &mut Document,
        polygon: &mut Vec<Point>,
        gesture: DrawGesture,
    ) {
        match gesture.released() {
            None => {}
            Some(Drawn::Click(at)) => {
                let p = self.snap(doc, at);
                add_polygon_vertex(doc, polygon, p);
            }
            Some(Drawn::Rect(rect)) => {
                let hall = doc.new_hall(rect.corners().to_vec());
                doc.add_object(Object::Hall(hall));
            }
        }
    }

    /// The rectangle a Booth-tool click at `at` drops: the chosen standard size centred on the
    /// pointer, its corner on the grid.
    pub(super) fn booth_drop_rect(&self, doc: &Document, at: Point) -> Rect {
        let (w, h) = doc.settings.booth_size_m;
        let corner = self.snap(doc, Point::new(at.x_m - w / 2.0, at.y_m - h / 2.0));
        Rect::new(corner.x_m, corner.y_m, w, h)
    }
}

/// Adds a vertex to the hall polygon being drawn; a click on the first vertex closes it and
/// a click on the last one (the second click of a double-click) is ignored.
fn add_polygon_vertex(doc: &mut Document, polygon: &mut Vec<Point>, p: Point) {
    let near = |a: &Point| (a.x_m - p.x_m).hypot(a.y_m - p.y_m) <= doc.settings.pick_radius_m;
    if polygon.last().is_some_and(near) {
        return;
    }
    if polygon.len() >= 3 && polygon.first().is_some_and(near) {
        close_polygon(doc, polygon);
        return;
    }
    polygon.push(p);
}

/// Makes a hall of the polygon being drawn, if it has at least three vertices; returns
/// whether it did.
pub(super) fn close_polygon(doc: &mut Document, polygon: &mut Vec<Point>) -> bool {
    if polygon.len() < 3 {
        return false;
    }
    let outline = std::mem::take(polygon);
    let hall = doc.new_hall(outline);
    doc.add_object(Object::Hall(hall));
    true
}

//! The drawing tools: Hall (click vertices or drag a rectangle), Column (click a square or drag),
//! Zone (drag) and Booth (click a standard size or drag any size).

use super::Tool;
use crate::editor::document::COLUMN_SIDE_M;
use crate::editor::{Document, Object};
use crate::model::{Column, Point, Rect};

impl Document {
    /// A click with a drawing tool at `at` (unsnapped).
    pub(crate) fn draw_click(&mut self, at: Point) {
        let p = self.snap(at);
        match self.tool {
            Tool::Hall => self.add_polygon_vertex(p),
            Tool::Column => {
                let square = Column::square("", "", p, COLUMN_SIDE_M);
                let column = self.new_column(square.outline);
                self.add_object(Object::Column(column));
            }
            Tool::Booth => {
                let booth = self.new_booth(self.booth_drop_rect(at));
                self.add_object(Object::Booth(booth));
            }
            Tool::Exit => self.exit_click(at),
            Tool::Zone | Tool::Select | Tool::Fill => {}
        }
    }

    /// A drag with a drawing tool from `from` to `to` (both snapped) makes an object of that size;
    /// a drag that snapped to no area counts as a click.
    pub(crate) fn draw_rect(&mut self, from: Point, to: Point) {
        let rect = Rect::from_corners(from, to);
        if !rect.is_valid() {
            self.draw_click(from);
            return;
        }
        let object = match self.tool {
            Tool::Hall => Object::Hall(self.new_hall(rect.corners().to_vec())),
            Tool::Column => Object::Column(self.new_column(rect.corners().to_vec())),
            Tool::Zone => Object::Zone(self.new_zone(rect)),
            Tool::Booth => Object::Booth(self.new_booth(rect)),
            Tool::Fill => {
                self.area_to_fill = Some(rect);
                return;
            }
            Tool::Select | Tool::Exit => return,
        };
        self.add_object(object);
    }

    /// The rectangle a Booth-tool click at `at` drops: the chosen standard size centred on the
    /// pointer, its corner on the grid.
    pub(crate) fn booth_drop_rect(&self, at: Point) -> Rect {
        let (w, h) = self.settings.booth_size_m;
        let corner = self.snap(Point::new(at.x_m - w / 2.0, at.y_m - h / 2.0));
        Rect::new(corner.x_m, corner.y_m, w, h)
    }

    /// Adds a vertex to the hall polygon being drawn; a click on the first vertex closes it and
    /// a click on the last one (the second click of a double-click) is ignored.
    fn add_polygon_vertex(&mut self, p: Point) {
        let near = |a: &Point| (a.x_m - p.x_m).hypot(a.y_m - p.y_m) <= self.settings.pick_radius_m;
        if self.polygon.last().is_some_and(near) {
            return;
        }
        if self.polygon.len() >= 3 && self.polygon.first().is_some_and(near) {
            self.close_polygon();
            return;
        }
        self.polygon.push(p);
    }

    /// Makes a hall of the polygon being drawn, if it has at least three vertices; returns
    /// whether it did.
    pub(crate) fn close_polygon(&mut self) -> bool {
        if self.tool != Tool::Hall || self.polygon.len() < 3 {
            return false;
        }
        let outline = std::mem::take(&mut self.polygon);
        let hall = self.new_hall(outline);
        self.add_object(Object::Hall(hall));
        true
    }
}

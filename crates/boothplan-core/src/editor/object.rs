//! How the editor names and holds the objects of a layout, and the plain input types it takes.

use crate::model::{Booth, Column, Exit, Hall, Layout, ObjectKind, Point, Rect, Zone};

/// One object of the layout: its kind and its position in that kind's list.
///
/// Indices, not ids, because ids may be duplicated or being renamed while a planner edits; every
/// command keeps the selection's references valid as objects are inserted or removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectRef {
    /// Which list the object is in.
    pub kind: ObjectKind,
    /// Its index in [`Layout::halls`], `columns`, `zones`, `booths` or `exits`.
    pub index: usize,
}

impl ObjectRef {
    /// The object at `index` of the `kind` list.
    #[must_use]
    pub const fn new(kind: ObjectKind, index: usize) -> Self {
        Self { kind, index }
    }

    /// The hall at `index`.
    #[must_use]
    pub const fn hall(index: usize) -> Self {
        Self::new(ObjectKind::Hall, index)
    }

    /// The column at `index`.
    #[must_use]
    pub const fn column(index: usize) -> Self {
        Self::new(ObjectKind::Column, index)
    }

    /// The zone at `index`.
    #[must_use]
    pub const fn zone(index: usize) -> Self {
        Self::new(ObjectKind::Zone, index)
    }

    /// The booth at `index`.
    #[must_use]
    pub const fn booth(index: usize) -> Self {
        Self::new(ObjectKind::Booth, index)
    }

    /// The exit at `index`.
    #[must_use]
    pub const fn exit(index: usize) -> Self {
        Self::new(ObjectKind::Exit, index)
    }

    /// The object in `layout`, or `None` when the index is out of range.
    #[must_use]
    pub fn get(self, layout: &Layout) -> Option<Object> {
        let i = self.index;
        match self.kind {
            ObjectKind::Hall => layout.halls.get(i).cloned().map(Object::Hall),
            ObjectKind::Column => layout.columns.get(i).cloned().map(Object::Column),
            ObjectKind::Zone => layout.zones.get(i).cloned().map(Object::Zone),
            ObjectKind::Booth => layout.booths.get(i).cloned().map(Object::Booth),
            ObjectKind::Exit => layout.exits.get(i).cloned().map(Object::Exit),
        }
    }

    /// The object's id in `layout`, or `None` when the index is out of range.
    #[must_use]
    pub fn id(self, layout: &Layout) -> Option<&str> {
        let i = self.index;
        match self.kind {
            ObjectKind::Hall => layout.halls.get(i).map(|o| o.id.as_str()),
            ObjectKind::Column => layout.columns.get(i).map(|o| o.id.as_str()),
            ObjectKind::Zone => layout.zones.get(i).map(|o| o.id.as_str()),
            ObjectKind::Booth => layout.booths.get(i).map(|o| o.id.as_str()),
            ObjectKind::Exit => layout.exits.get(i).map(|o| o.id.as_str()),
        }
    }

    /// The object's bounding box in `layout`, or `None` when it does not exist or is empty.
    #[must_use]
    pub fn bounds(self, layout: &Layout) -> Option<Rect> {
        let i = self.index;
        match self.kind {
            ObjectKind::Hall => layout.halls.get(i).and_then(Hall::bounds),
            ObjectKind::Column => layout.columns.get(i).and_then(Column::bounds),
            ObjectKind::Zone => layout.zones.get(i).map(|z| z.rect),
            ObjectKind::Booth => layout.booths.get(i).map(|b| b.rect),
            ObjectKind::Exit => layout.exits.get(i).map(Exit::bounds),
        }
    }
}

/// A whole object of any kind: what commands store before and after an edit, and the clipboard.
#[derive(Clone, Debug, PartialEq)]
pub enum Object {
    /// A hall.
    Hall(Hall),
    /// A column.
    Column(Column),
    /// A zone.
    Zone(Zone),
    /// A booth.
    Booth(Booth),
    /// An exit.
    Exit(Exit),
}

impl Object {
    /// Which list the object belongs in.
    #[must_use]
    pub fn kind(&self) -> ObjectKind {
        match self {
            Self::Hall(_) => ObjectKind::Hall,
            Self::Column(_) => ObjectKind::Column,
            Self::Zone(_) => ObjectKind::Zone,
            Self::Booth(_) => ObjectKind::Booth,
            Self::Exit(_) => ObjectKind::Exit,
        }
    }

    /// The object's id.
    #[must_use]
    pub fn id(&self) -> &str {
        match self {
            Self::Hall(o) => &o.id,
            Self::Column(o) => &o.id,
            Self::Zone(o) => &o.id,
            Self::Booth(o) => &o.id,
            Self::Exit(o) => &o.id,
        }
    }

    /// The object's bounding box, or `None` for a polygon with no vertices.
    #[must_use]
    pub fn bounds(&self) -> Option<Rect> {
        match self {
            Self::Hall(o) => o.bounds(),
            Self::Column(o) => o.bounds(),
            Self::Zone(o) => Some(o.rect),
            Self::Booth(o) => Some(o.rect),
            Self::Exit(o) => Some(o.bounds()),
        }
    }

    /// The same object moved `right_m` right and `down_m` down.
    #[must_use]
    pub fn translated(&self, right_m: f64, down_m: f64) -> Self {
        let shift = |pts: &[Point]| -> Vec<Point> {
            pts.iter().map(|p| Point::new(p.x_m + right_m, p.y_m + down_m)).collect()
        };
        match self {
            Self::Hall(o) => Self::Hall(Hall { outline: shift(&o.outline), ..o.clone() }),
            Self::Column(o) => Self::Column(Column { outline: shift(&o.outline), ..o.clone() }),
            Self::Zone(o) => {
                Self::Zone(Zone { rect: o.rect.translated(right_m, down_m), ..o.clone() })
            }
            Self::Booth(o) => {
                Self::Booth(Booth { rect: o.rect.translated(right_m, down_m), ..o.clone() })
            }
            Self::Exit(o) => {
                let [from, to] =
                    [o.from, o.to].map(|p| Point::new(p.x_m + right_m, p.y_m + down_m));
                Self::Exit(Exit { from, to, ..o.clone() })
            }
        }
    }
}

/// One of the eight resize handles of a selected object: its corners and edge midpoints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum Handle {
    /// Top-left corner.
    TopLeft,
    /// Middle of the top edge.
    Top,
    /// Top-right corner.
    TopRight,
    /// Middle of the right edge.
    Right,
    /// Bottom-right corner.
    BottomRight,
    /// Middle of the bottom edge.
    Bottom,
    /// Bottom-left corner.
    BottomLeft,
    /// Middle of the left edge.
    Left,
}

impl Handle {
    /// All eight, clockwise from the top-left.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// Where this handle sits on `rect`, for painting and picking.
    #[must_use]
    pub fn position(self, rect: &Rect) -> Point {
        let (fx, fy) = self.fractions();
        Point::new(rect.x_m + fx * rect.width_m, rect.y_m + fy * rect.height_m)
    }

    /// The handle's place as fractions of width and height (0, ½ or 1).
    fn fractions(self) -> (f64, f64) {
        match self {
            Self::TopLeft => (0.0, 0.0),
            Self::Top => (0.5, 0.0),
            Self::TopRight => (1.0, 0.0),
            Self::Right => (1.0, 0.5),
            Self::BottomRight => (1.0, 1.0),
            Self::Bottom => (0.5, 1.0),
            Self::BottomLeft => (0.0, 1.0),
            Self::Left => (0.0, 0.5),
        }
    }

    /// Whether dragging this handle moves the left (-1), no (0) or right (+1) edge, and likewise
    /// the top (-1) or bottom (+1) edge.
    #[must_use]
    pub fn edges(self) -> (i8, i8) {
        match self {
            Self::TopLeft => (-1, -1),
            Self::Top => (0, -1),
            Self::TopRight => (1, -1),
            Self::Right => (1, 0),
            Self::BottomRight => (1, 1),
            Self::Bottom => (0, 1),
            Self::BottomLeft => (-1, 1),
            Self::Left => (-1, 0),
        }
    }
}

/// The modifier keys held during a pointer event; the editor's own, so it needs no egui.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Modifiers {
    /// Shift: toggle selection, ×10 nudges.
    pub shift: bool,
    /// Alt (Option): bypass grid snapping.
    pub alt: bool,
    /// Ctrl (Cmd on macOS): command shortcuts.
    pub ctrl: bool,
}

impl Modifiers {
    /// No modifier held.
    pub const NONE: Self = Self { shift: false, alt: false, ctrl: false };
    /// Only Shift held.
    pub const SHIFT: Self = Self { shift: true, alt: false, ctrl: false };
    /// Only Alt held.
    pub const ALT: Self = Self { shift: false, alt: true, ctrl: false };
    /// Only Ctrl held.
    pub const CTRL: Self = Self { shift: false, alt: false, ctrl: true };
}

/// The keys the editor itself reacts to (the UI maps egui keys onto these).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EditorKey {
    /// Cancel what is in progress (a drag, a polygon), else clear the selection.
    Escape,
    /// Close the hall polygon being drawn.
    Enter,
    /// Take back the last vertex of the polygon being drawn.
    Backspace,
}

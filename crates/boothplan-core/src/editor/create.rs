//! New objects: the hall they land in (by containment), fresh ids, and a theme from the zone
//! under a new booth.

use std::collections::HashMap;

use super::hit::{hall_containing, point_in_polygon};
use super::{Document, IdAllocator, Object, ObjectRef};
use crate::model::{Booth, BoothStatus, Column, Exit, Hall, Layout, Point, Rect, Zone};

impl Document {
    /// A new booth at `rect`: in the hall under its centre, numbered next in that hall, in the
    /// theme of the zone under it (else the current theme), available.
    #[must_use]
    pub fn new_booth(&self, rect: Rect) -> Booth {
        let hall = hall_id_at(&self.layout, rect.centre());
        let theme = self
            .layout
            .zones
            .iter()
            .rev()
            .find(|z| z.rect.contains_point(rect.centre()))
            .map_or_else(|| self.settings.current_theme.clone(), |z| z.theme.clone());
        Booth {
            id: IdAllocator::new(&self.layout).booth(hall_or_none(hall.as_ref())),
            hall,
            theme,
            rect,
            status: BoothStatus::Available,
            exhibitor: String::new(),
        }
    }

    /// A new zone at `rect` in the current theme, in the hall under its centre.
    #[must_use]
    pub fn new_zone(&self, rect: Rect) -> Zone {
        let hall = hall_id_at(&self.layout, rect.centre());
        let id = IdAllocator::new(&self.layout).zone(hall_or_none(hall.as_ref()));
        let theme = self.settings.current_theme.clone();
        let name = self.layout.theme(&theme).map_or_else(|| id.clone(), |t| t.name.clone());
        Zone { id, hall, theme, name, rect }
    }

    /// A new column with this outline, in the hall under its centre.
    #[must_use]
    pub fn new_column(&self, outline: Vec<Point>) -> Column {
        let centre =
            Rect::bounding(outline.iter().copied()).map_or(Point::new(0.0, 0.0), |r| r.centre());
        let hall = hall_id_at(&self.layout, centre);
        let id = IdAllocator::new(&self.layout).column(hall_or_none(hall.as_ref()));
        Column { id, hall, outline }
    }

    /// A new hall with this outline and the next free id, named after it.
    #[must_use]
    pub fn new_hall(&self, outline: Vec<Point>) -> Hall {
        let id = IdAllocator::new(&self.layout).hall(&self.layout);
        Hall::new(id.clone(), format!("Hall {id}"), outline)
    }

    /// `objects` (copies about to be added) with fresh ids and the hall each now lands in:
    /// pasted halls get new ids first, so objects pasted with them land in them.
    pub(crate) fn with_fresh_ids(&self, objects: Vec<Object>) -> Vec<Object> {
        let mut ids = IdAllocator::new(&self.layout);
        let mut new_halls: Vec<Hall> = Vec::new();
        let mut renamed: HashMap<String, String> = HashMap::new();
        let mut out = Vec::with_capacity(objects.len());
        let (halls, others): (Vec<Object>, Vec<Object>) =
            objects.into_iter().partition(|o| matches!(o, Object::Hall(_)));
        for o in halls {
            if let Object::Hall(mut h) = o {
                let id = ids.hall(&self.layout_with(&new_halls));
                renamed.insert(h.id.clone(), id.clone());
                if h.name == format!("Hall {}", h.id) {
                    h.name = format!("Hall {id}");
                }
                h.id = id;
                new_halls.push(h.clone());
                out.push(Object::Hall(h));
            }
        }
        let hall_for = |centre: Point| -> Option<String> {
            new_halls
                .iter()
                .rev()
                .find(|h| point_in_polygon(centre, &h.outline))
                .map_or_else(|| hall_id_at(&self.layout, centre), |h| Some(h.id.clone()))
        };
        for o in others {
            let centre = o.bounds().map_or(Point::new(0.0, 0.0), |r| r.centre());
            let hall = hall_for(centre);
            let prefix = hall_or_none(hall.as_ref());
            out.push(match o {
                Object::Booth(b) => Object::Booth(Booth { id: ids.booth(prefix), hall, ..b }),
                Object::Zone(z) => Object::Zone(Zone { id: ids.zone(prefix), hall, ..z }),
                Object::Column(c) => Object::Column(Column { id: ids.column(prefix), hall, ..c }),
                Object::Exit(e) => {
                    // A copy lands a step or more off the wall: the hall whose wall is nearest
                    // within a few grid steps, and the door slid onto that wall.
                    let reach = (3.0 * self.grid_step_m()).max(1.0);
                    let wall = super::tool::wall_near(&self.layout, e.centre(), reach);
                    let on = wall.and_then(|w| self.layout.halls.get(w.hall));
                    let hall = on.map(|h| h.id.clone());
                    let ends = on.and_then(|h| {
                        super::tool::slid_onto(&h.outline, e.centre(), e.width_m(), false)
                    });
                    let (from, to) = ends.unwrap_or((e.from, e.to));
                    let id = ids.exit(hall_or_none(hall.as_ref()));
                    Object::Exit(Exit { id, hall, from, to })
                }
                Object::Hall(h) => Object::Hall(h),
            });
        }
        out
    }

    /// Gives each booth, zone and column among `items` (objects about to replace those at
    /// their references) the hall its centre lands in, counting halls among `items` where they
    /// go: a booth dragged into another hall now stands in that one; a door slides back onto
    /// its hall's wall (at its exact place along it when `exact`, Alt held during a drag). Ids
    /// stay as they are.
    pub(crate) fn rehome(&self, items: &mut [(ObjectRef, Object)], exact: bool) {
        let moved: HashMap<usize, Vec<Point>> = items
            .iter()
            .filter_map(|(r, o)| match o {
                Object::Hall(h) => Some((r.index, h.outline.clone())),
                _ => None,
            })
            .collect();
        let hall_at = |p: Point| {
            self.layout
                .halls
                .iter()
                .enumerate()
                .rev()
                .find(|(i, h)| point_in_polygon(p, moved.get(i).map_or(&h.outline, |o| o)))
                .map(|(_, h)| h.id.clone())
        };
        for (_, o) in items.iter_mut() {
            let Some(centre) = o.bounds().map(|b| b.centre()) else { continue };
            match o {
                Object::Booth(b) => b.hall = hall_at(centre),
                Object::Zone(z) => z.hall = hall_at(centre),
                Object::Column(c) => c.hall = hall_at(centre),
                // A door is on its hall's wall, not inside: it keeps its hall.
                Object::Exit(_) | Object::Hall(_) => {}
            }
        }
        self.keep_doors_on_walls(items, &moved, exact);
    }

    /// A layout holding only the halls of this one plus `extra`, for numbering halls.
    fn layout_with(&self, extra: &[Hall]) -> Layout {
        let mut halls = self.layout.halls.clone();
        halls.extend_from_slice(extra);
        Layout { halls, ..Layout::default() }
    }
}

/// The id of the hall under `p`, or `None` when it is in no hall.
pub(crate) fn hall_id_at(layout: &Layout, p: Point) -> Option<String> {
    hall_containing(layout, p).and_then(|i| layout.halls.get(i)).map(|h| h.id.clone())
}

/// The hall id new ids are numbered under: empty (numbered as standing in no hall) for none.
fn hall_or_none(hall: Option<&String>) -> &str {
    hall.map_or("", String::as_str)
}

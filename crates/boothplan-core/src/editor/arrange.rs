//! Align and distribute (Figma's Alt+A, Alt+H, …): a row of booths drawn by hand is put on one
//! line, or spaced evenly, in one undoable step. Halls are the building and never move here.

use super::edit::describe;
use super::{Document, Object, ObjectRef};
use crate::model::{ObjectKind, Rect};

/// Which side or centre line of the selection the selected objects are brought to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum Align {
    /// Left edges on the selection's left edge.
    Left,
    /// Centres on the selection's vertical centre line.
    Centre,
    /// Right edges on the selection's right edge.
    Right,
    /// Top edges on the selection's top edge.
    Top,
    /// Centres on the selection's horizontal centre line.
    Middle,
    /// Bottom edges on the selection's bottom edge.
    Bottom,
}

/// The axis along which the gaps between the selected objects are made equal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Distribute {
    /// Equal gaps from left to right, over the same width as before.
    Horizontally,
    /// Equal gaps from top to bottom, over the same height as before.
    Vertically,
}

impl Document {
    /// The selected zones, columns and booths with their bounds (halls excepted).
    fn arrangeable(&self) -> Vec<(ObjectRef, Object, Rect)> {
        self.movable_selection()
            .filter(|r| r.kind != ObjectKind::Hall)
            .filter_map(|r| {
                let o = r.get(&self.layout)?;
                let b = o.bounds()?;
                Some((r, o, b))
            })
            .collect()
    }

    /// Moves each selected object (two or more) so its `to` side or centre line meets the
    /// selection's; one undo step, objects moved into another hall take that hall.
    pub fn align_selection(&mut self, to: Align) {
        let objects = self.arrangeable();
        if objects.len() < 2 || self.mid_gesture() {
            return;
        }
        let Some(all) = objects.iter().map(|(_, _, b)| *b).reduce(|a, b| a.union(&b)) else {
            return;
        };
        let mut items: Vec<(ObjectRef, Object)> = objects
            .into_iter()
            .map(|(r, o, b)| {
                let (dx, dy) = match to {
                    Align::Left => (all.x_m - b.x_m, 0.0),
                    Align::Centre => (all.centre().x_m - b.centre().x_m, 0.0),
                    Align::Right => (all.max_x_m() - b.max_x_m(), 0.0),
                    Align::Top => (0.0, all.y_m - b.y_m),
                    Align::Middle => (0.0, all.centre().y_m - b.centre().y_m),
                    Align::Bottom => (0.0, all.max_y_m() - b.max_y_m()),
                };
                (r, o.translated(dx, dy))
            })
            .collect();
        self.rehome(&mut items, false);
        let label = describe("Align", items.iter().map(|(_, o)| o));
        self.replace(&label, items);
    }

    /// Spaces the selected objects (three or more) so the gaps between neighbours along
    /// `along` are equal, over the same extent as before and in the same order (by centre);
    /// one undo step.
    pub fn distribute_selection(&mut self, along: Distribute) {
        let mut objects = self.arrangeable();
        if objects.len() < 3 || self.mid_gesture() {
            return;
        }
        let horizontal = along == Distribute::Horizontally;
        // (start, length) of a rectangle along the axis.
        let span = |b: &Rect| if horizontal { (b.x_m, b.width_m) } else { (b.y_m, b.height_m) };
        let centre = |b: &Rect| span(b).0 + span(b).1 / 2.0;
        objects.sort_by(|a, b| centre(&a.2).total_cmp(&centre(&b.2)).then(a.0.cmp(&b.0)));
        let start = objects.iter().map(|(_, _, b)| span(b).0).fold(f64::INFINITY, f64::min);
        let end =
            objects.iter().map(|(_, _, b)| span(b).0 + span(b).1).fold(f64::NEG_INFINITY, f64::max);
        let total: f64 = objects.iter().map(|(_, _, b)| span(b).1).sum();
        let gap = (end - start - total) / (objects.len() - 1) as f64;
        let mut at = start;
        let mut items: Vec<(ObjectRef, Object)> = Vec::with_capacity(objects.len());
        for (r, o, b) in objects {
            let (from, size) = span(&b);
            let shift = at - from;
            at += size + gap;
            let moved =
                if horizontal { o.translated(shift, 0.0) } else { o.translated(0.0, shift) };
            items.push((r, moved));
        }
        items.sort_by_key(|(r, _)| *r);
        self.rehome(&mut items, false);
        let label = describe("Distribute", items.iter().map(|(_, o)| o));
        self.replace(&label, items);
    }
}

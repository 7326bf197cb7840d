//! Layers, as in a CAD program: each kind of object — and the labels and findings drawn over
//! them — can be hidden, and the objects locked. The building (halls, columns) is locked from
//! the start, so a day of moving booths never nudges a wall; unlocking it is one click.
//!
//! Locked and hidden objects are never picked on the canvas (click, rubber band, Select all,
//! right-click) and never moved, rotated or deleted, even when selected another way (a finding
//! or Find). They can still be inspected and renamed.

use super::{Document, ObjectRef, Selection};
use crate::model::ObjectKind;

/// One row of the Layers panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum Layer {
    /// Hall floors and walls.
    Halls,
    /// Columns and other no-build areas.
    Columns,
    /// Doors in the halls' walls.
    Exits,
    /// Themed zones.
    Zones,
    /// Booths.
    Booths,
    /// Hall, zone and booth names on the canvas.
    Labels,
    /// The red and amber outlines of findings on the canvas.
    Findings,
}

impl Layer {
    /// Every layer, in panel order.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// How many layers there are.
    const COUNT: usize = Self::ALL.len();

    /// The layer that holds objects of `kind`.
    #[must_use]
    pub fn of(kind: ObjectKind) -> Self {
        match kind {
            ObjectKind::Hall => Self::Halls,
            ObjectKind::Column => Self::Columns,
            ObjectKind::Zone => Self::Zones,
            ObjectKind::Booth => Self::Booths,
            ObjectKind::Exit => Self::Exits,
        }
    }

    /// The layer's name in the panel.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Halls => "Halls",
            Self::Columns => "Columns",
            Self::Exits => "Exits",
            Self::Zones => "Zones",
            Self::Booths => "Booths",
            Self::Labels => "Labels",
            Self::Findings => "Findings",
        }
    }

    /// Whether the layer holds objects that can be locked (labels and findings are only drawn).
    #[must_use]
    pub fn lockable(self) -> bool {
        !matches!(self, Self::Labels | Self::Findings)
    }

    fn slot(self) -> usize {
        self as usize
    }
}

/// Which layers are shown and which are locked. Part of the editing session, not the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layers {
    hidden: [bool; Layer::COUNT],
    locked: [bool; Layer::COUNT],
}

impl Default for Layers {
    /// Everything shown; the building (halls and columns) locked.
    fn default() -> Self {
        let mut locked = [false; Layer::COUNT];
        locked[Layer::Halls.slot()] = true;
        locked[Layer::Columns.slot()] = true;
        Self { hidden: [false; Layer::COUNT], locked }
    }
}

impl Layers {
    /// Whether `layer` is drawn.
    #[must_use]
    pub fn is_visible(&self, layer: Layer) -> bool {
        !self.hidden[layer.slot()]
    }

    /// Whether `layer`'s objects are locked.
    #[must_use]
    pub fn is_locked(&self, layer: Layer) -> bool {
        layer.lockable() && self.locked[layer.slot()]
    }

    /// Whether objects of `kind` may be picked on the canvas: shown and not locked.
    #[must_use]
    pub fn can_pick(&self, kind: ObjectKind) -> bool {
        let layer = Layer::of(kind);
        self.is_visible(layer) && !self.is_locked(layer)
    }
}

impl Document {
    /// Which layers are shown and locked.
    #[must_use]
    pub fn layers(&self) -> &Layers {
        &self.layers
    }

    /// Shows or hides `layer`; hidden objects leave the selection (nothing invisible is edited).
    pub fn set_layer_visible(&mut self, layer: Layer, visible: bool) {
        self.layers.hidden[layer.slot()] = !visible;
        self.leave_unpickable();
    }

    /// Locks or unlocks `layer`'s objects; locked objects leave the selection.
    pub fn set_layer_locked(&mut self, layer: Layer, locked: bool) {
        self.layers.locked[layer.slot()] = locked;
        self.leave_unpickable();
    }

    /// Drops hidden and locked objects from the selection, ending any drag first.
    fn leave_unpickable(&mut self) {
        self.abandon_edit();
        let layers = self.layers;
        let kept: Vec<ObjectRef> =
            self.selection.iter().filter(|r| layers.can_pick(r.kind)).collect();
        self.selection = Selection::of(kept);
    }

    /// The selected objects a move, rotation, alignment or deletion may touch: those not on a
    /// locked or hidden layer.
    pub(crate) fn movable_selection(&self) -> impl Iterator<Item = ObjectRef> + '_ {
        self.selection.iter().filter(|r| self.layers.can_pick(r.kind))
    }
}

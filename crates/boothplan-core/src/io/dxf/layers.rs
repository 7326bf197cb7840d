//! The drawing's layers, what is on each, and what each becomes: halls, columns, exits or
//! nothing. The planner says so (`--halls LAYER`, the import dialog) or the names suggest it.

use std::collections::BTreeMap;

use super::flatten::{Piece, Shape};

/// What a layer of the drawing becomes in the layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::VariantArray, strum::Display)]
pub enum LayerRole {
    /// Its closed outlines are halls.
    #[strum(serialize = "halls")]
    Halls,
    /// Its small closed outlines and circles are columns.
    #[strum(serialize = "columns")]
    Columns,
    /// Its straight segments that lie on a hall's wall are that hall's exits.
    #[strum(serialize = "exits")]
    Exits,
    /// Nothing on it is imported.
    #[strum(serialize = "ignored")]
    Ignore,
}

impl LayerRole {
    /// The role a layer's name suggests: `HALL` or `WALL` for halls, `COL`(umn) or `PILLAR`
    /// for columns, `EXIT` or `DOOR` for exits, any case; anything else is left out.
    #[must_use]
    pub fn guess(layer: &str) -> Self {
        let name = layer.to_uppercase();
        if name.contains("EXIT") || name.contains("DOOR") {
            Self::Exits
        } else if name.contains("COL") || name.contains("PILLAR") {
            Self::Columns
        } else if name.contains("HALL") || name.contains("WALL") {
            Self::Halls
        } else {
            Self::Ignore
        }
    }
}

/// One layer of the drawing and how many things of each kind are on it (blocks expanded).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LayerSummary {
    /// The layer's name as the drawing spells it.
    pub name: String,
    /// Closed polylines.
    pub closed: usize,
    /// Circles.
    pub circles: usize,
    /// Lines and open polylines.
    pub open: usize,
    /// Entities boothplan does not read (text, hatches, splines, dimensions…).
    pub unread: usize,
}

impl LayerSummary {
    /// Everything on the layer.
    #[must_use]
    pub fn total(&self) -> usize {
        self.closed + self.circles + self.open + self.unread
    }
}

/// Which role each layer plays, by the layer's name (compared without regard to case).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LayerRoles(BTreeMap<String, LayerRole>);

impl LayerRoles {
    /// The role of `layer`; a layer not named is ignored.
    #[must_use]
    pub fn role(&self, layer: &str) -> LayerRole {
        self.0.get(&layer.to_uppercase()).copied().unwrap_or(LayerRole::Ignore)
    }

    /// Gives `layer` this role.
    pub fn set(&mut self, layer: &str, role: LayerRole) {
        self.0.insert(layer.to_uppercase(), role);
    }

    /// True when some layer has this role.
    #[must_use]
    pub fn any(&self, role: LayerRole) -> bool {
        self.0.values().any(|r| *r == role)
    }
}

/// Every layer of the drawing, sorted by name: those of its layer table (even empty) and any
/// that entities name without the table listing them.
pub(super) fn summarise<'a>(
    table: impl Iterator<Item = &'a str>,
    pieces: &[Piece],
) -> Vec<LayerSummary> {
    let mut by_key: BTreeMap<String, LayerSummary> = BTreeMap::new();
    let mut entry = |name: &str| {
        by_key.entry(name.to_uppercase()).or_insert_with(|| LayerSummary {
            name: name.to_owned(),
            closed: 0,
            circles: 0,
            open: 0,
            unread: 0,
        });
    };
    for name in table {
        entry(name);
    }
    for piece in pieces {
        entry(&piece.layer);
    }
    for piece in pieces {
        if let Some(s) = by_key.get_mut(&piece.layer.to_uppercase()) {
            match piece.shape {
                Shape::Closed(_) => s.closed += 1,
                Shape::Circle(_) => s.circles += 1,
                Shape::Open(_) => s.open += 1,
                Shape::Unread => s.unread += 1,
            }
        }
    }
    by_key.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_suggest_roles_in_any_case() {
        assert_eq!(LayerRole::guess("A-HALL-OUTLINE"), LayerRole::Halls);
        assert_eq!(LayerRole::guess("walls"), LayerRole::Halls);
        assert_eq!(LayerRole::guess("S-Columns"), LayerRole::Columns);
        assert_eq!(LayerRole::guess("DIMENSIONS"), LayerRole::Ignore);
        assert_eq!(LayerRole::guess("A-Door"), LayerRole::Exits);
        assert_eq!(LayerRole::guess("EXIT-WALL"), LayerRole::Exits);
        let mut roles = LayerRoles::default();
        roles.set("Halls", LayerRole::Halls);
        assert_eq!(roles.role("HALLS"), LayerRole::Halls);
        assert_eq!(roles.role("other"), LayerRole::Ignore);
    }
}

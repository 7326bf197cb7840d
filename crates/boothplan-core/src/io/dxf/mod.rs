//! DXF import: a venue's CAD drawing into halls, columns and exits, read with the `dxf` crate.
//!
//! The drawing's unit comes from its `$INSUNITS` header (or the planner's word); y is turned
//! down the page; blocks are expanded with their inserts' transforms; arcs (polyline bulges)
//! and circles become polygons within [`CURVE_TOLERANCE_M`] of the curve and with its area. Doors are straight segments lying on a hall's wall. The
//! planner says which layers hold halls, columns and exits, or their names suggest it. Every refusal
//! names the file, the line of the entity (in a text DXF), its layer and its handle.

mod affine;
mod arc;
mod assemble;
mod flatten;
mod layers;
mod place;
mod read;
mod units;

use std::path::{Path, PathBuf};

pub use assemble::MAX_COLUMN_AREA_M2;
pub use flatten::CURVE_TOLERANCE_M;
pub use layers::{LayerRole, LayerRoles, LayerSummary};
pub use place::DOOR_ON_WALL_M;
pub use units::{DrawingUnit, UnitChoice, UnitSource};

use crate::io::ron_file::LoadError;
use crate::model::Layout;

/// True when `path` names a DXF drawing (`.dxf`, any case).
#[must_use]
pub fn is_dxf(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("dxf"))
}

/// A drawing read and flattened, before the planner says what its layers are: what the import
/// dialog previews and what `import` turns into a layout.
pub struct Drawing {
    path: PathBuf,
    bytes: Vec<u8>,
    pieces: Vec<flatten::Piece>,
    layers: Vec<LayerSummary>,
    units: UnitChoice,
}

/// A layout made from a drawing, and what the planner should know about how.
#[derive(Debug)]
pub struct DxfImport {
    /// The halls, columns and exits, in metres, near the origin.
    pub layout: Layout,
    /// Each layer that was used: its role and how many halls, columns or exits it gave.
    pub used: Vec<(String, LayerRole, usize)>,
    /// What was assumed or left out, one sentence each.
    pub notes: Vec<String>,
}

/// Reads the drawing in `path` (bounded like a layout file), in `units` when given.
pub fn read_dxf(path: &Path, units: Option<DrawingUnit>) -> Result<Drawing, LoadError> {
    let (bytes, drawing) = read::read_drawing(path)?;
    let units = units::choose(drawing.header.default_drawing_units, units)
        .map_err(|m| LoadError::whole_file(path, m))?;
    let floor = affine::Affine::drawing_to_floor(units.metres_per_unit);
    let pieces = flatten::flatten(&drawing, &floor).map_err(|m| LoadError::whole_file(path, m))?;
    let layers = layers::summarise(drawing.layers().map(|l| l.name.as_str()), &pieces);
    Ok(Drawing { path: path.to_owned(), bytes, pieces, layers, units })
}

impl Drawing {
    /// Every layer, sorted by name, with what is on it.
    #[must_use]
    pub fn layers(&self) -> &[LayerSummary] {
        &self.layers
    }

    /// The unit the drawing was read in, and why.
    #[must_use]
    pub fn units(&self) -> UnitChoice {
        self.units
    }

    /// The roles the layers' names suggest (see [`LayerRole::guess`]).
    #[must_use]
    pub fn guessed_roles(&self) -> LayerRoles {
        let mut roles = LayerRoles::default();
        for layer in &self.layers {
            roles.set(&layer.name, LayerRole::guess(&layer.name));
        }
        roles
    }

    /// The guessed roles, except that the layers named for a role (by the command line's
    /// `--halls`, `--columns` or `--exits`) replace the guess for that role. A name the drawing does not
    /// have is refused, listing the layers it does have.
    pub fn roles_with(
        &self,
        halls: &[String],
        columns: &[String],
        exits: &[String],
    ) -> Result<LayerRoles, LoadError> {
        let mut roles = self.guessed_roles();
        for (role, names) in
            [(LayerRole::Halls, halls), (LayerRole::Columns, columns), (LayerRole::Exits, exits)]
        {
            if names.is_empty() {
                continue;
            }
            for layer in &self.layers {
                if roles.role(&layer.name) == role {
                    roles.set(&layer.name, LayerRole::Ignore);
                }
            }
            for name in names {
                if !self.layers.iter().any(|l| l.name.eq_ignore_ascii_case(name)) {
                    return Err(self.refusal(
                        "",
                        format!(
                            "the drawing has no layer {name:?} (for {role}); its layers: {}",
                            self.layer_list()
                        ),
                    ));
                }
                roles.set(name, role);
            }
        }
        Ok(roles)
    }

    /// The layout the drawing gives with these roles, or a refusal naming the entity at fault.
    pub fn import(&self, roles: &LayerRoles) -> Result<DxfImport, LoadError> {
        if !roles.any(LayerRole::Halls) {
            return Err(self.refusal(
                "",
                format!(
                    "no layer is read as halls (no layer name says HALL or WALL); name the layer \
                     of the hall outlines with --halls LAYER; the drawing's layers: {}",
                    self.layer_list()
                ),
            ));
        }
        let assembled = assemble::assemble(&self.pieces, roles)
            .map_err(|r| self.refusal(&r.handle, r.message))?;
        if assembled.halls.is_empty() {
            let hall_layers: Vec<&str> = self
                .layers
                .iter()
                .filter(|l| roles.role(&l.name) == LayerRole::Halls)
                .map(|l| l.name.as_str())
                .collect();
            return Err(self.refusal(
                "",
                format!(
                    "no closed shapes on the hall layer(s) {}: halls are read from closed \
                     polylines; the drawing's layers: {}",
                    hall_layers.join(", "),
                    self.layer_list()
                ),
            ));
        }
        let mut notes = self.unit_notes();
        notes.extend(assembled.notes.iter().cloned());
        let mut used: Vec<(String, LayerRole, usize)> =
            assembled.per_layer.iter().map(|(name, (role, n))| (name.clone(), *role, *n)).collect();
        let name = self
            .path
            .file_stem()
            .map_or_else(|| "Imported venue".to_owned(), |s| s.to_string_lossy().into_owned());
        let (layout, exits_per_layer, placing_notes) = place::layout(&name, assembled);
        for (layer, role, n) in &mut used {
            if *role == LayerRole::Exits {
                *n = exits_per_layer.get(layer).copied().unwrap_or(0);
            }
        }
        notes.extend(placing_notes);
        Ok(DxfImport { layout, used, notes })
    }

    /// What the planner should know about the unit.
    fn unit_notes(&self) -> Vec<String> {
        match self.units.source {
            UnitSource::Assumed => vec![
                "the drawing does not name its unit ($INSUNITS is 0): read as millimetres; \
                 if it is drawn in another, import again with --units m (or cm, in, ft)"
                    .to_owned(),
            ],
            UnitSource::Header | UnitSource::Given => Vec::new(),
        }
    }

    /// `NAME (3 closed, 12 circles, 40 other)`, one per layer with anything on it.
    fn layer_list(&self) -> String {
        let listed: Vec<String> = self
            .layers
            .iter()
            .filter(|l| l.total() > 0)
            .map(|l| {
                format!(
                    "{} ({} closed, {} circles, {} open, {} other)",
                    l.name, l.closed, l.circles, l.open, l.unread
                )
            })
            .collect();
        if listed.is_empty() { "none with anything on them".to_owned() } else { listed.join(", ") }
    }

    /// A refusal at the line of the entity with `handle` (line 1 when unknown).
    fn refusal(&self, handle: &str, message: String) -> LoadError {
        let line = read::line_of_handle(&self.bytes, handle).unwrap_or(1);
        LoadError { path: self.path.clone(), line, column: 1, message }
    }
}

/// Reads the drawing and imports it with the layer names given (the rest guessed): what
/// `boothplan import IN.dxf` does.
pub fn import_dxf(
    path: &Path,
    units: Option<DrawingUnit>,
    halls: &[String],
    columns: &[String],
    exits: &[String],
) -> Result<DxfImport, LoadError> {
    let drawing = read_dxf(path, units)?;
    let roles = drawing.roles_with(halls, columns, exits)?;
    drawing.import(&roles)
}

//! The drawing's entities as flat pieces on the floor, in metres: blocks expanded with their
//! inserts' transforms (nested too), arcs and circles cut into polygons, y turned down the page.

use std::collections::HashMap;

use dxf::entities::{Entity, EntityType};

use super::affine::Affine;
use super::arc;

/// How far a polygon may stray from the arc or circle it stands for, metres (1 cm).
pub const CURVE_TOLERANCE_M: f64 = 0.01;

/// Deepest nesting of blocks in blocks followed; a block that inserts itself is refused here.
const MAX_BLOCK_DEPTH: usize = 32;

/// Most vertices the whole drawing may expand to (arrays of inserts multiply quickly).
const MAX_VERTICES: usize = 20_000_000;

/// Most entities the whole drawing may expand to, counting each copy an insert places (an
/// array of 32,767 × 32,767 copies of an empty block would otherwise spin for hours).
const MAX_ENTITIES: usize = 5_000_000;

/// One thing drawn on a layer, ready to become a hall, a column or an exit.
#[derive(Clone, Debug)]
pub(super) struct Piece {
    /// The layer it is on (after a block's layer-0 entities take their insert's layer).
    pub layer: String,
    /// What it is in the drawing, for messages.
    pub source: Source,
    /// Its shape on the floor.
    pub shape: Shape,
}

/// Where a piece came from: the entity's type and handle and the inserts that placed it.
#[derive(Clone, Debug)]
pub(super) struct Source {
    /// DXF type name, e.g. `LWPOLYLINE`.
    pub kind: &'static str,
    /// The entity's handle in hexadecimal, as CAD programs show it.
    pub handle: String,
    /// Outermost first: `(INSERT handle, block name)` of each insert it was placed by.
    pub via: Vec<(String, String)>,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.kind, self.handle)?;
        for (insert, block) in self.via.iter().rev() {
            write!(f, " in block {block} (INSERT {insert})")?;
        }
        Ok(())
    }
}

/// The shape of a piece, in floor metres.
#[derive(Clone, Debug)]
pub(super) enum Shape {
    /// A closed polyline, vertices in order without repeating the first.
    Closed(Vec<(f64, f64)>),
    /// A circle, already a polygon.
    Circle(Vec<(f64, f64)>),
    /// A line or an open polyline or arc.
    Open(Vec<(f64, f64)>),
    /// An entity boothplan does not read (text, hatch, spline, dimension…).
    Unread,
}

/// Every piece of the drawing's model space, through `floor` (drawing units to metres).
pub(super) fn flatten(drawing: &dxf::Drawing, floor: &Affine) -> Result<Vec<Piece>, String> {
    let blocks: HashMap<String, &dxf::Block> =
        drawing.blocks().map(|b| (b.name.to_uppercase(), b)).collect();
    let mut walk = Walk { blocks, out: Vec::new(), vertices: 0, entities: 0 };
    let top: Vec<&Entity> = drawing.entities().filter(|e| !e.common.is_in_paper_space).collect();
    walk.entities(&top, floor, None, &[])?;
    Ok(walk.out)
}

/// The state of one walk through the drawing.
struct Walk<'a> {
    blocks: HashMap<String, &'a dxf::Block>,
    out: Vec<Piece>,
    vertices: usize,
    entities: usize,
}

impl<'a> Walk<'a> {
    /// Adds `entities`, placed by `place`; `inherit` is the insert's layer for layer-0 entities.
    fn entities(
        &mut self,
        entities: &[&'a Entity],
        place: &Affine,
        inherit: Option<&str>,
        via: &[(String, String)],
    ) -> Result<(), String> {
        for entity in entities {
            self.entities += 1;
            if self.entities > MAX_ENTITIES {
                return Err(format!(
                    "the drawing expands to more than {MAX_ENTITIES} entities (blocks inserted \
                     in large arrays?); boothplan stops there"
                ));
            }
            let layer = match inherit {
                Some(outer) if entity.common.layer == "0" => outer.to_owned(),
                _ => entity.common.layer.clone(),
            };
            let handle = entity.common.handle.as_string();
            if let EntityType::Insert(insert) = &entity.specific {
                let mut via = via.to_vec();
                via.push((handle, insert.name.clone()));
                self.insert(insert, place, &layer, &via)?;
                continue;
            }
            let (kind, shape) = shape(&entity.specific, place);
            if let Shape::Closed(v) | Shape::Circle(v) | Shape::Open(v) = &shape {
                self.vertices += v.len();
                if self.vertices > MAX_VERTICES {
                    return Err(format!(
                        "the drawing expands to more than {MAX_VERTICES} vertices (blocks \
                         inserted in large arrays?); boothplan stops there"
                    ));
                }
            }
            let source = Source { kind, handle, via: via.to_vec() };
            self.out.push(Piece { layer, source, shape });
        }
        Ok(())
    }

    /// Expands one INSERT (every copy of an array) into its block's entities.
    fn insert(
        &mut self,
        insert: &dxf::entities::Insert,
        place: &Affine,
        layer: &str,
        via: &[(String, String)],
    ) -> Result<(), String> {
        let (handle, name) = via.last().cloned().unwrap_or_default();
        if via.len() > MAX_BLOCK_DEPTH {
            return Err(format!(
                "INSERT {handle}: blocks nest more than {MAX_BLOCK_DEPTH} deep (does block \
                 {name} insert itself?)"
            ));
        }
        let Some(block) = self.blocks.get(&insert.name.to_uppercase()).copied() else {
            return Err(format!(
                "INSERT {handle} places block {name}, which the drawing does not define"
            ));
        };
        let columns = i64::from(insert.column_count.max(1));
        let rows = i64::from(insert.row_count.max(1));
        let inner = Affine::scale(insert.x_scale_factor, insert.y_scale_factor)
            .then_inner(&Affine::translate(-block.base_point.x, -block.base_point.y));
        let outer = ocs(&insert.extrusion_direction)
            .then_inner(&Affine::translate(insert.location.x, insert.location.y))
            .then_inner(&Affine::rotate_deg(insert.rotation));
        let entities: Vec<&Entity> = block.entities.iter().collect();
        for row in 0..rows {
            for column in 0..columns {
                self.entities += 1;
                if self.entities > MAX_ENTITIES {
                    return Err(format!(
                        "INSERT {handle}: its {columns} × {rows} copies of block {name} take the \
                         drawing past {MAX_ENTITIES} entities; boothplan stops there"
                    ));
                }
                let cell = Affine::translate(
                    column as f64 * insert.column_spacing,
                    row as f64 * insert.row_spacing,
                );
                let m = place.then_inner(&outer).then_inner(&cell).then_inner(&inner);
                if !m.is_usable() {
                    return Err(format!(
                        "INSERT {handle} of block {name} has a zero or non-finite scale"
                    ));
                }
                self.entities(&entities, &m, Some(layer), via)?;
            }
        }
        Ok(())
    }
}

/// The shape of one entity that is not an insert, and its DXF type name.
fn shape(specific: &EntityType, place: &Affine) -> (&'static str, Shape) {
    match specific {
        EntityType::LwPolyline(p) => {
            let m = place.then_inner(&ocs(&p.extrusion_direction));
            let v: Vec<_> = p.vertices.iter().map(|v| ((v.x, v.y), v.bulge)).collect();
            ("LWPOLYLINE", polyline(&v, p.is_closed(), &m))
        }
        EntityType::Polyline(p) => {
            // 3-D polylines, meshes and polyface meshes are not floor outlines.
            if p.flags & (8 | 16 | 64) != 0 {
                return ("POLYLINE", Shape::Unread);
            }
            let m = place.then_inner(&ocs(&p.normal));
            let v: Vec<_> = p.vertices().map(|v| ((v.location.x, v.location.y), v.bulge)).collect();
            ("POLYLINE", polyline(&v, p.is_closed(), &m))
        }
        EntityType::Circle(c) => {
            let m = place.then_inner(&ocs(&c.normal));
            let tolerance = CURVE_TOLERANCE_M / m.max_stretch();
            let local = arc::circle_vertices((c.center.x, c.center.y), c.radius, tolerance);
            let mut floor: Vec<_> = local.iter().map(|&(x, y)| m.apply(x, y)).collect();
            if c.radius <= 0.0 || !c.radius.is_finite() {
                floor.clear();
            }
            ("CIRCLE", Shape::Circle(floor))
        }
        EntityType::Line(l) => {
            let ends = [place.apply(l.p1.x, l.p1.y), place.apply(l.p2.x, l.p2.y)];
            ("LINE", Shape::Open(ends.to_vec()))
        }
        other => (type_name(other), Shape::Unread),
    }
}

/// A polyline's outline with its bulges cut into short sides; closed when flagged so or when
/// its last vertex repeats its first.
fn polyline(vertices: &[((f64, f64), f64)], closed: bool, m: &Affine) -> Shape {
    let tolerance = CURVE_TOLERANCE_M / m.max_stretch();
    let n = vertices.len();
    let repeats_first = n > 2 && vertices[0].0 == vertices[n - 1].0;
    let (closed, n) = if repeats_first { (true, n - 1) } else { (closed, n) };
    let mut local = Vec::with_capacity(n);
    for i in 0..n {
        let ((p, bulge), next) = (vertices[i], vertices[(i + 1) % n].0);
        local.push(p);
        if closed || i + 1 < n {
            local.extend(arc::bulge_vertices(p, next, bulge, tolerance));
        }
    }
    let floor: Vec<_> = local.iter().map(|&(x, y)| m.apply(x, y)).collect();
    if closed { Shape::Closed(floor) } else { Shape::Open(floor) }
}

/// The object coordinate system of an entity drawn with this extrusion direction, as far as a
/// floor plan needs it: a drawing seen from below (normal pointing down) is mirrored in x.
fn ocs(normal: &dxf::Vector) -> Affine {
    if normal.z < 0.0 { Affine::scale(-1.0, 1.0) } else { Affine::scale(1.0, 1.0) }
}

/// The DXF type name of an entity boothplan does not read, for the report.
fn type_name(specific: &EntityType) -> &'static str {
    match specific {
        EntityType::Arc(_) => "ARC",
        EntityType::Ellipse(_) => "ELLIPSE",
        EntityType::Spline(_) => "SPLINE",
        EntityType::Text(_) => "TEXT",
        EntityType::MText(_) => "MTEXT",
        EntityType::Solid(_) => "SOLID",
        EntityType::Face3D(_) => "3DFACE",
        EntityType::ModelPoint(_) => "POINT",
        EntityType::Leader(_) => "LEADER",
        EntityType::Image(_) => "IMAGE",
        EntityType::Attribute(_) | EntityType::AttributeDefinition(_) => "ATTRIB",
        EntityType::RotatedDimension(_)
        | EntityType::RadialDimension(_)
        | EntityType::DiameterDimension(_)
        | EntityType::AngularThreePointDimension(_)
        | EntityType::OrdinateDimension(_) => "DIMENSION",
        _ => "entity",
    }
}

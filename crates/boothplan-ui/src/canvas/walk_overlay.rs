//! View ▸ Walking distance: how far a visitor walks to the nearest exit, as a heat map over
//! each hall (green near a door, yellow at three quarters of the limit, red at the limit), a
//! line every 10 m, and each hall's farthest booth point marked with its walk in metres.
//!
//! The fields come from the core's walking-distance search (the same one `travel-distance`
//! checks with). They are worked out again only when the layout changes and no drag is in
//! progress, so a drag never waits for them (the overlay catches up when the pointer is
//! released), and an idle window does no work: each hall's heat map is a texture and its
//! lines a list of pieces, both kept until the next change.

use egui::{Align2, ColorImage, Painter, Shape, TextureHandle, TextureOptions};

use super::view::ScreenFromWorld;
use crate::check::egress::{Limits, pack_limit};
use crate::check::walk::{self, ContourPiece, DistanceField};
use crate::editor::Document;
use crate::model::{LimitKey, Point, Rect, RulePack};
use crate::theme_tokens as tokens;

/// Metres between contour lines.
const CONTOUR_STEP_M: f64 = 10.0;

/// The walk the colours are scaled to in a hall whose rules set no walking limit (`gb50016`
/// limits the straight line only): the `nfpa101` figure for a hall with or without
/// sprinklers, so that red means "too far to walk" under either pack.
fn walking_reference_m(sprinklered: bool) -> f64 {
    let key =
        if sprinklered { LimitKey::TravelDistanceSprinklered } else { LimitKey::TravelDistance };
    pack_limit(RulePack::Nfpa101, key).map_or(61.0, |(metres, _)| metres)
}

/// Most texels along a side of a heat map (GPUs take 8192 at least).
const MOST_TEXELS_PER_SIDE: usize = 4096;

/// What one hall shows.
struct HallHeat {
    /// The heat map, one texel a grid cell.
    texture: TextureHandle,
    /// The venue rectangle the texture covers.
    rect_m: Rect,
    /// The lines every 10 m.
    contours: Vec<ContourPiece>,
    /// The farthest walk from a booth point: where, and how far.
    worst: Option<(Point, f64)>,
}

/// The overlay's cached picture of the layout, rebuilt when the layout changes.
#[derive(Default)]
pub(crate) struct WalkOverlay {
    /// The document revision and booth count the picture was made from.
    source: Option<(u64, usize)>,
    /// One picture per hall with a usable outline.
    halls: Vec<HallHeat>,
}

impl std::fmt::Debug for WalkOverlay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WalkOverlay").field("source", &self.source).finish_non_exhaustive()
    }
}

impl Clone for WalkOverlay {
    /// A copy starts empty and is rebuilt on its first frame.
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl WalkOverlay {
    /// Rebuilds the picture if the layout changed, unless the pointer is pressed (mid-drag).
    pub(crate) fn update(&mut self, ctx: &egui::Context, doc: &Document, pressing: bool) {
        let source = (doc.revision(), doc.layout().booths.len());
        if self.source == Some(source) || (pressing && self.source.is_some()) {
            return;
        }
        self.source = Some(source);
        let layout = doc.layout();
        self.halls = walk::walk_layout(layout)
            .into_iter()
            .filter(|w| w.has_exits)
            .map(|w| {
                let hall = &layout.halls[w.hall];
                let limit_m = Limits::for_hall(layout, hall)
                    .travel_distance_m
                    .map_or_else(|| walking_reference_m(hall.sprinklered), |l| l.value);
                let worst =
                    w.worst_booth().and_then(|(_, t)| t.distance_m.map(|d| (t.farthest, d)));
                let worst = worst.or_else(|| w.field.farthest_cell());
                HallHeat {
                    texture: heat_texture(ctx, &hall.id, &w.field, limit_m),
                    rect_m: frame_rect(&w.field),
                    contours: walk::contour_pieces(&w.field, CONTOUR_STEP_M),
                    worst,
                }
            })
            .collect();
    }

    /// Each hall's farthest walk, metres, as labelled on the canvas (for tests and Help).
    pub(crate) fn worst_walks_m(&self) -> Vec<f64> {
        self.halls.iter().filter_map(|h| h.worst.map(|w| w.1)).collect()
    }

    /// Paints the heat maps (under the booths).
    pub(crate) fn paint_heat(&self, painter: &Painter, view: &ScreenFromWorld) {
        let uv = egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0));
        for hall in &self.halls {
            painter.image(
                hall.texture.id(),
                view.screen_rect(&hall.rect_m),
                uv,
                egui::Color32::WHITE,
            );
        }
    }

    /// Paints the lines every 10 m and the farthest walk of each hall (over the booths).
    pub(crate) fn paint_lines(&self, painter: &Painter, view: &ScreenFromWorld) {
        let lines: Vec<Shape> = self
            .halls
            .iter()
            .flat_map(|h| &h.contours)
            .map(|p| {
                Shape::line_segment(
                    [view.screen_pos(p.from), view.screen_pos(p.to)],
                    tokens::WALK_CONTOUR,
                )
            })
            .collect();
        painter.extend(lines);
        for (at, metres) in self.halls.iter().filter_map(|h| h.worst) {
            let pos = view.screen_pos(at);
            painter.circle_filled(pos, 5.0, tokens::WALK_WORST);
            let text = worst_label(metres);
            let galley = painter.layout_no_wrap(
                text,
                egui::FontId::proportional(13.0),
                tokens::WALK_WORST_TEXT,
            );
            let rect = Align2::LEFT_BOTTOM
                .anchor_size(pos + egui::vec2(7.0, -4.0), galley.size())
                .expand(3.0);
            painter.rect_filled(rect, 3.0, tokens::WALK_WORST);
            painter.galley(rect.min + egui::vec2(3.0, 3.0), galley, tokens::WALK_WORST_TEXT);
        }
    }
}

/// The label of a hall's farthest walk, e.g. `58.3 m to exit`.
#[must_use]
pub(crate) fn worst_label(metres: f64) -> String {
    format!("{metres:.1} m to exit")
}

/// The venue rectangle a field's cells cover.
fn frame_rect(field: &DistanceField) -> Rect {
    let f = field.frame;
    let k = f.cols.max(f.rows).div_ceil(MOST_TEXELS_PER_SIDE).max(1);
    let (w, h) = (f.cols.div_ceil(k) * k, f.rows.div_ceil(k) * k);
    Rect::new(f.origin.x_m, f.origin.y_m, w as f64 * f.cell_m, h as f64 * f.cell_m)
}

/// The heat map of a field as a texture: clear where nobody walks, else green → yellow → red
/// as the walk goes from a quarter of the limit to three quarters and to the limit.
fn heat_texture(
    ctx: &egui::Context,
    id: &str,
    field: &DistanceField,
    limit_m: f64,
) -> TextureHandle {
    let frame = field.frame;
    // One texel a cell, or every k-th cell for a hall too large for one texture.
    let k = frame.cols.max(frame.rows).div_ceil(MOST_TEXELS_PER_SIDE).max(1);
    let (width, height) = (frame.cols.div_ceil(k), frame.rows.div_ceil(k));
    let metres = field.metres();
    let pixels = (0..height)
        .flat_map(|r| (0..width).map(move |c| metres[frame.index(c * k, r * k)]))
        .map(|d| {
            if !d.is_finite() {
                return egui::Color32::TRANSPARENT;
            }
            let t = (f64::from(d) / limit_m) as f32;
            if t < 0.75 {
                tokens::walk_blend(
                    tokens::WALK_NEAR,
                    tokens::WALK_MID,
                    (t - 0.25) / 0.5,
                    tokens::WALK_ALPHA,
                )
            } else {
                tokens::walk_blend(
                    tokens::WALK_MID,
                    tokens::WALK_FAR,
                    (t - 0.75) / 0.25,
                    tokens::WALK_ALPHA,
                )
            }
        })
        .collect();
    let image = ColorImage::new([width, height], pixels);
    ctx.load_texture(format!("walk-{id}"), image, TextureOptions::NEAREST)
}

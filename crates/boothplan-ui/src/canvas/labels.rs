//! Names on the plan — hall names and areas, zone names, booth numbers and exhibitors — each shown
//! only when it fits inside its object at the current zoom (level of detail).

use egui::{Align2, Color32, FontId, Painter, Rect, pos2, vec2};

use std::sync::Arc;

use super::booth_layer::Source;
use super::view::ScreenFromWorld;
use crate::editor::Document;
use crate::model::{BoothStatus, BoothType, Layout};
use crate::theme_tokens as tokens;
pub use crate::units::format_area_m2;

/// Padding kept between a label and its object's border, points.
const PAD: f32 = 3.0;

/// A cheap upper guess of a label's width, so labels that cannot fit are never laid out: laying
/// out 10,000 booth numbers a frame would blow the frame budget.
fn rough_width(text: &str, font: &FontId) -> f32 {
    text.chars().count() as f32 * font.size * 0.62
}

/// Paints `text` centred at `centre` if it fits inside `room`; returns the space it used.
fn label_in(
    painter: &Painter,
    room: Rect,
    centre: egui::Pos2,
    text: &str,
    font: FontId,
    colour: Color32,
) -> Option<Rect> {
    label_with_halo(painter, room, centre, text, font, colour, None)
}

/// As [`label_in`], over a rounded `halo` so the text stays legible on top of booths.
fn label_with_halo(
    painter: &Painter,
    room: Rect,
    centre: egui::Pos2,
    text: &str,
    font: FontId,
    colour: Color32,
    halo: Option<Color32>,
) -> Option<Rect> {
    if text.is_empty() || room.height() < font.size || rough_width(text, &font) * 0.6 > room.width()
    {
        return None;
    }
    let galley = painter.layout_no_wrap(text.to_owned(), font, colour);
    let rect = Align2::CENTER_CENTER.anchor_size(centre, galley.size());
    if !room.contains_rect(rect) {
        return None;
    }
    if let Some(halo) = halo {
        painter.rect_filled(rect.expand(2.0), 3.0, halo);
    }
    painter.galley(rect.min, galley, colour);
    Some(rect)
}

/// The screen rectangles of the booths in view, which names must not cover, bucketed by a
/// coarse screen grid so that testing a label looks at the few booths near it (a fitted view of
/// 100,000 booths must not test every label against every booth). Built on first use: a frame
/// in which no name fits never pays for it; kept between frames by [`KeptFootprints`].
pub struct BoothFootprints<'a> {
    view: &'a ScreenFromWorld,
    layout: Option<&'a Layout>,
    grid: std::cell::OnceCell<Arc<FootprintGrid>>,
}

/// The footprints built in an earlier frame, reused while the layout's revision and the view
/// stay the same (a still view of 100,000 booths does not bucket them again each frame).
#[derive(Clone, Debug, Default)]
pub struct KeptFootprints {
    kept: Option<(Source, ScreenFromWorld, Arc<FootprintGrid>)>,
}

impl KeptFootprints {
    /// The footprints kept for `doc` at `view`, if any.
    pub fn take(&mut self, doc: &Document, view: &ScreenFromWorld) -> Option<Arc<FootprintGrid>> {
        let (source, kept_view, grid) = self.kept.take()?;
        (source == Source::of(doc) && kept_view == *view).then_some(grid)
    }

    /// Keeps what `booths` built (if it built anything) for the next frame.
    pub fn keep(&mut self, doc: &Document, view: &ScreenFromWorld, booths: BoothFootprints<'_>) {
        if booths.layout.is_some() {
            self.kept = booths.grid.into_inner().map(|grid| (Source::of(doc), *view, grid));
        }
    }
}

/// Booth rectangles and, per grid cell, the booths touching it.
#[derive(Debug)]
pub struct FootprintGrid {
    origin: egui::Pos2,
    columns: usize,
    rows: usize,
    cells: Vec<Vec<u32>>,
    rects: Vec<Rect>,
}

/// Side of a grid cell, screen points.
const CELL: f32 = 64.0;

impl FootprintGrid {
    fn cell_range(
        &self,
        r: Rect,
    ) -> Option<(std::ops::RangeInclusive<usize>, std::ops::RangeInclusive<usize>)> {
        let to_cell = |v: f32, o: f32, n: usize| -> usize {
            // Clamped to the grid; `as` saturates for values off either end.
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "clamped just after"
            )]
            let c = ((v - o) / CELL).floor().max(0.0) as usize;
            c.min(n.saturating_sub(1))
        };
        if self.columns == 0 || self.rows == 0 {
            return None;
        }
        let (c0, c1) = (
            to_cell(r.min.x, self.origin.x, self.columns),
            to_cell(r.max.x, self.origin.x, self.columns),
        );
        let (r0, r1) = (
            to_cell(r.min.y, self.origin.y, self.rows),
            to_cell(r.max.y, self.origin.y, self.rows),
        );
        Some((c0..=c1, r0..=r1))
    }
}

impl<'a> BoothFootprints<'a> {
    /// The booths of `layout` on screen in `view`, starting from `kept` (what
    /// [`KeptFootprints::take`] gave back for the same layout and view) when there is one.
    #[must_use]
    pub fn new(
        view: &'a ScreenFromWorld,
        layout: &'a Layout,
        kept: Option<Arc<FootprintGrid>>,
    ) -> Self {
        let grid = std::cell::OnceCell::new();
        if let Some(kept) = kept {
            let _ = grid.set(kept);
        }
        Self { view, layout: Some(layout), grid }
    }

    /// No booths (while the Booths layer is hidden, names may go anywhere on the floor).
    #[must_use]
    pub fn none(view: &'a ScreenFromWorld) -> Self {
        Self { view, layout: None, grid: std::cell::OnceCell::new() }
    }

    fn grid(&self) -> &FootprintGrid {
        self.grid.get_or_init(|| Arc::new(self.build()))
    }

    fn build(&self) -> FootprintGrid {
        let screen = self.view.screen();
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a window is a few thousand points"
        )]
        let (columns, rows) = (
            ((screen.width() / CELL).ceil().max(1.0)) as usize,
            ((screen.height() / CELL).ceil().max(1.0)) as usize,
        );
        let mut grid = FootprintGrid {
            origin: screen.min,
            columns,
            rows,
            cells: vec![Vec::new(); columns * rows],
            rects: Vec::new(),
        };
        for booth in self.layout.map_or(&[][..], |l| l.booths.as_slice()) {
            let r = self.view.screen_rect(&booth.rect);
            if !screen.intersects(r) {
                continue;
            }
            let Ok(index) = u32::try_from(grid.rects.len()) else { break };
            grid.rects.push(r);
            if let Some((cols, rows)) = grid.cell_range(r) {
                for row in rows {
                    for col in cols.clone() {
                        grid.cells[row * columns + col].push(index);
                    }
                }
            }
        }
        grid
    }

    /// Whether `label` would cover part of a booth.
    fn covers_a_booth(&self, label: Rect) -> bool {
        let grid = self.grid();
        let Some((cols, rows)) = grid.cell_range(label) else { return false };
        rows.into_iter().any(|row| {
            cols.clone().any(|col| {
                grid.cells[row * grid.columns + col].iter().any(|&i| {
                    let r = grid.rects[i as usize];
                    let shared = r.intersect(label);
                    shared.width() > 0.0 && shared.height() > 0.0
                })
            })
        })
    }
}

/// The first of `candidates` (label rectangles) that lies inside `room` and covers no booth.
fn free_place(candidates: &[Rect], room: Rect, booths: &BoothFootprints<'_>) -> Option<Rect> {
    candidates.iter().copied().find(|c| room.contains_rect(*c) && !booths.covers_a_booth(*c))
}

/// Hall names with their area beside them, in the first free strip along the inside of the
/// hall's top wall (left, centre or right), else along the bottom wall, else just outside the
/// hall above or below it (as a title on an architect's plan); never over a booth, across a
/// wall or over another hall. A hall with no such room at this zoom shows its name zoomed in.
pub fn paint_hall_labels(
    painter: &Painter,
    view: &ScreenFromWorld,
    layout: &Layout,
    booths: &BoothFootprints<'_>,
) {
    let font = tokens::hall_font();
    for hall in &layout.halls {
        let Some(bounds) = hall.bounds() else { continue };
        let room = view.screen_rect(&bounds).shrink(PAD);
        if !view.screen().intersects(room) || room.height() < font.size * 2.0 {
            continue;
        }
        let text = format!("{}  ·  {}", hall.name, format_area_m2(hall.area_m2()));
        if rough_width(&text, &font) * 0.6 > room.width() {
            continue;
        }
        let galley = painter.layout_no_wrap(text, font.clone(), tokens::HALL_LABEL);
        let size = galley.size();
        let candidates = edge_candidates(room, size);
        // Inside the walls as drawn (an L-shaped hall's bounding box is not all floor).
        let on_floor = |r: &Rect| inside_outline(view, r, &hall.outline);
        let mut places: Vec<Rect> = candidates.into_iter().filter(on_floor).collect();
        let outer = view.screen_rect(&bounds);
        let gap = 2.0 * PAD;
        for (align, y) in
            [(Align2::LEFT_BOTTOM, outer.top() - gap), (Align2::LEFT_TOP, outer.bottom() + gap)]
        {
            let outside = align.anchor_size(pos2(outer.left(), y), size);
            let clear_of_halls = layout
                .halls
                .iter()
                .filter_map(crate::model::Hall::bounds)
                .all(|b| !view.screen_rect(&b).intersects(outside.expand(PAD)));
            if clear_of_halls {
                places.push(outside);
            }
        }
        let anywhere_in_view = view.screen().shrink(PAD);
        let inside_or_out = |r: &Rect| room.contains_rect(*r) || !outer.intersects(*r);
        let places: Vec<Rect> = places.into_iter().filter(inside_or_out).collect();
        if let Some(place) = free_place(&places, anywhere_in_view, booths) {
            painter.rect_filled(place.expand(2.0), 3.0, tokens::LABEL_HALO);
            painter.galley(place.min, galley, tokens::HALL_LABEL);
        }
    }
}

/// Whether the screen rectangle `r` lies wholly on the floor of the hall with `outline`: a
/// notch or a courtyard between its corners counts (corners alone would let a title cross it).
fn inside_outline(view: &ScreenFromWorld, r: &Rect, outline: &[crate::model::Point]) -> bool {
    use geo::Contains as _;
    let ring: Vec<geo::Coord<f64>> =
        outline.iter().map(|p| geo::Coord { x: p.x_m, y: p.y_m }).collect();
    let hall = geo::Polygon::new(geo::LineString::new(ring), Vec::new());
    let (a, b) = (view.world_pos(r.min), view.world_pos(r.max));
    let label =
        geo::Rect::new(geo::Coord { x: a.x_m, y: a.y_m }, geo::Coord { x: b.x_m, y: b.y_m });
    hall.contains(&label)
}

/// Label rectangles of `size` along the inside of `room`'s top edge (left, centre, right),
/// then its bottom edge.
fn edge_candidates(room: Rect, size: egui::Vec2) -> Vec<Rect> {
    let tops = [Align2::LEFT_TOP, Align2::CENTER_TOP, Align2::RIGHT_TOP];
    let bottoms = [Align2::LEFT_BOTTOM, Align2::CENTER_BOTTOM, Align2::RIGHT_BOTTOM];
    tops.iter().chain(&bottoms).map(|align| align.align_size_within_rect(size, room)).collect()
}

/// Zone names in the first corner of the zone (top-left, top-right, bottom-left, bottom-right)
/// that no booth covers: a name never overprints a booth. A zone filled to its corners shows
/// its name when zoomed in far enough to find a gap, or in the hover tooltip of its booths.
pub fn paint_zone_labels(
    painter: &Painter,
    view: &ScreenFromWorld,
    layout: &Layout,
    booths: &BoothFootprints<'_>,
) {
    let font = tokens::zone_font();
    for zone in &layout.zones {
        let room = view.screen_rect(&zone.rect).shrink(PAD);
        if !view.screen().intersects(room) || room.height() < font.size * 1.5 {
            continue;
        }
        if rough_width(&zone.name, &font) * 0.6 > room.width() {
            continue;
        }
        let galley = painter.layout_no_wrap(zone.name.clone(), font.clone(), tokens::ZONE_LABEL);
        let size = galley.size();
        let corners =
            [Align2::LEFT_TOP, Align2::RIGHT_TOP, Align2::LEFT_BOTTOM, Align2::RIGHT_BOTTOM]
                .map(|align| align.align_size_within_rect(size, room));
        if let Some(place) = free_place(&corners, room, booths) {
            painter.galley(place.min, galley, tokens::ZONE_LABEL);
        }
    }
}

/// Booth numbers at booth centres, with the exhibitor underneath when there is room, and a
/// small mark of the booth's type (`C`, `P`, `I`: corner, peninsula, island; none for inline)
/// in its top-right corner; `type_of` gives a booth's type by its number. With `largest` (the
/// widest and tallest booth on screen) too small for a number, no booth is looked at.
pub fn paint_booth_labels(
    painter: &Painter,
    view: &ScreenFromWorld,
    layout: &Layout,
    type_of: &dyn Fn(&str) -> Option<BoothType>,
    largest: egui::Vec2,
) {
    let number_font = tokens::booth_font();
    // Booths too small for any number are skipped before any text work.
    let smallest_number = number_font.size * 2.5;
    if largest.y < number_font.size + 2.0 * PAD || largest.x < smallest_number {
        return;
    }
    let screen = view.screen();
    for booth in &layout.booths {
        let r = view.screen_rect(&booth.rect);
        if r.height() < number_font.size + 2.0 * PAD
            || r.width() < smallest_number
            || !screen.intersects(r)
        {
            continue;
        }
        let room = r.shrink(PAD);
        let colour = tokens::booth_label(booth.status);
        let show_exhibitor = !booth.exhibitor.is_empty()
            && booth.status != BoothStatus::Available
            && room.height() >= number_font.size * 3.2;
        let number_centre = if show_exhibitor {
            pos2(room.center().x, room.center().y - number_font.size * 0.6)
        } else {
            room.center()
        };
        let Some(used) =
            label_in(painter, room, number_centre, &booth.id, number_font.clone(), colour)
        else {
            continue;
        };
        paint_type_mark(painter, room, used, type_of(&booth.id), colour);
        if show_exhibitor {
            let font = tokens::exhibitor_font();
            let centre = used.center_bottom() + vec2(0.0, font.size * 0.8);
            label_in(painter, room, centre, &booth.exhibitor, font, colour);
        }
    }
}

/// The type mark in the top-right corner of `room`, when it clears the number (`used`).
fn paint_type_mark(
    painter: &Painter,
    room: Rect,
    used: Rect,
    booth_type: Option<BoothType>,
    colour: Color32,
) {
    let mark = match booth_type {
        Some(BoothType::Corner) => "C",
        Some(BoothType::Peninsula) => "P",
        Some(BoothType::Island) => "I",
        Some(BoothType::Inline) | None => return,
    };
    let font = tokens::type_mark_font();
    let galley = painter.layout_no_wrap(mark.to_owned(), font, colour);
    let rect = Align2::RIGHT_TOP.anchor_size(room.right_top(), galley.size());
    if room.contains_rect(rect) && !rect.intersects(used) {
        painter.galley(rect.min, galley, colour);
    }
}

//! Names on the plan — hall names and areas, zone names, booth numbers and exhibitors — each shown
//! only when it fits inside its object at the current zoom (level of detail).

use egui::{Align2, Color32, FontId, Painter, Rect, pos2, vec2};

use super::view::ScreenFromWorld;
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

/// Hall names with their area underneath, at the middle of each hall's bounding box.
pub fn paint_hall_labels(painter: &Painter, view: &ScreenFromWorld, layout: &Layout) {
    for hall in &layout.halls {
        let Some(bounds) = hall.bounds() else { continue };
        let room = view.screen_rect(&bounds).shrink(PAD);
        if !view.screen().intersects(room) {
            continue;
        }
        let centre = room.center();
        let halo = Some(tokens::LABEL_HALO);
        let (name_font, area_font) = (tokens::hall_font(), tokens::hall_area_font());
        let used =
            label_with_halo(painter, room, centre, &hall.name, name_font, tokens::HALL_LABEL, halo);
        if let Some(used) = used {
            let area = format_area_m2(hall.area_m2());
            let below = pos2(centre.x, used.bottom() + tokens::hall_area_font().size * 0.7);
            label_with_halo(painter, room, below, &area, area_font, tokens::HALL_LABEL, halo);
        }
    }
}

/// Zone names in the top-left corner of each zone, where booths rarely cover them entirely.
pub fn paint_zone_labels(painter: &Painter, view: &ScreenFromWorld, layout: &Layout) {
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
        let rect = Rect::from_min_size(room.min, galley.size());
        if room.contains_rect(rect) {
            painter.galley(rect.min, galley, tokens::ZONE_LABEL);
        }
    }
}

/// Booth numbers at booth centres, with the exhibitor underneath when there is room, and a
/// small mark of the booth's type (`C`, `P`, `I`: corner, peninsula, island; none for inline)
/// in its top-right corner; `type_of` gives a booth's type by its number.
pub fn paint_booth_labels(
    painter: &Painter,
    view: &ScreenFromWorld,
    layout: &Layout,
    type_of: &dyn Fn(&str) -> Option<BoothType>,
) {
    let number_font = tokens::booth_font();
    // Booths too small for any number are skipped before any text work.
    let smallest_number = number_font.size * 2.5;
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

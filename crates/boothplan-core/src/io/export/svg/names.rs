//! Hall and zone names on the floor: placed where they hide no booth, column or other name, on
//! a paper-white plate so they stay readable over lines.
//!
//! The plate is a shape, not a second copy of the text (a stroked halo is), so a PDF's text
//! search and copy find each name once.

use super::floor::{open_layer, theme_colour};
use super::name_spot::{free_spot, overlaps};
use super::scene::Scene;
use super::sheet::{PaperBox, Projection};
use super::style::{self, MIN_TEXT_MM};
use super::writer::{Esc, Num, put};
use crate::io::export::fonts::text_width_em;
use crate::model::Colour;
use crate::units::format_area_m2;

/// Measured widths are trusted to this margin (shaping, kerning, viewer differences).
const SAFETY: f64 = 1.08;
/// Each try at a smaller size shrinks the name by this factor.
const SHRINK: f64 = 0.85;

/// One name, placed.
pub struct Name {
    /// What it says.
    text: String,
    /// Left end of the baseline, mm.
    x: f64,
    /// Baseline, mm.
    baseline: f64,
    /// Font size, mm.
    size: f64,
    /// Bold (hall names) or regular (zone names).
    bold: bool,
    /// Text colour.
    colour: Colour,
}

impl Name {
    /// The plate behind the name, with room for ascenders, descenders and a little air.
    fn plate(&self) -> PaperBox {
        plate_at(self.x, self.baseline, self.size, &self.text, self.bold)
    }
}

/// The plate of `text` at `size` with its baseline starting at `(x, baseline)`.
fn plate_at(x: f64, baseline: f64, size: f64, text: &str, bold: bool) -> PaperBox {
    let (w, h) = plate_size(size, text, bold);
    PaperBox { x: x - 0.25 * size, y: baseline - 0.95 * size, w, h }
}

/// Width and height of a name's plate.
fn plate_size(size: f64, text: &str, bold: bool) -> (f64, f64) {
    (text_width_em(text, bold) * SAFETY * size + 0.5 * size, 1.3 * size)
}

/// Places a name at the largest size from `largest` down to the smallest legible one at which
/// a free spot exists in `area`.
fn place(
    text: &str,
    bold: bool,
    largest: f64,
    area: PaperBox,
    obstacles: &[PaperBox],
) -> Option<(f64, f64, f64)> {
    // Sorted out once for every size tried: a sheet may hold 10,000 booths.
    let near: Vec<PaperBox> = obstacles.iter().filter(|o| overlaps(o, &area)).copied().collect();
    let mut size = largest;
    while size >= MIN_TEXT_MM {
        let (w, h) = plate_size(size, text, bold);
        if let Some((x, y)) = free_spot(area, w, h, &near) {
            return Some((x + 0.25 * size, y + 0.95 * size, size));
        }
        size *= SHRINK;
    }
    None
}

/// What a name must not cover: every booth and column on the sheet.
fn floor_obstacles(scene: &Scene<'_>, proj: &Projection) -> Vec<PaperBox> {
    scene
        .booths
        .iter()
        .map(|b| proj.rect(b.rect))
        .chain(scene.columns.iter().filter_map(|c| c.bounds()).map(|r| proj.rect(r)))
        .collect()
}

/// Hall names with their areas, just above each hall's top-left corner, or inside the hall at
/// a free spot where a neighbouring hall is in the way.
fn hall_names(
    scene: &Scene<'_>,
    proj: &Projection,
    unit: f64,
    obstacles: &mut Vec<PaperBox>,
) -> Vec<Name> {
    let boxes: Vec<Option<PaperBox>> =
        scene.halls.iter().map(|h| h.bounds().map(|b| proj.rect(b))).collect();
    let mut names = Vec::new();
    for (i, hall) in scene.halls.iter().enumerate() {
        let Some(b) = boxes[i] else { continue };
        let text = format!("{} · {}", hall.name, format_area_m2(hall.area_m2()));
        let size = (4.2 * unit).min(b.w / (text_width_em(&text, true) * SAFETY).max(1e-9));
        if size < MIN_TEXT_MM {
            continue;
        }
        let baseline = b.y - 0.3 * size - 0.8 * unit;
        let above = plate_at(b.x, baseline, size, &text, true);
        let blocked = boxes
            .iter()
            .enumerate()
            .any(|(j, other)| j != i && other.is_some_and(|o| overlaps(&o, &above)))
            || obstacles.iter().any(|o| overlaps(o, &above));
        let spot = if blocked {
            let inside =
                PaperBox { x: b.x + unit, y: b.y + unit, w: b.w - 2.0 * unit, h: b.h - 2.0 * unit };
            place(&text, true, size, inside, obstacles)
        } else {
            Some((b.x, baseline, size))
        };
        let Some((x, baseline, size)) = spot else { continue };
        let name = Name { text, x, baseline, size, bold: true, colour: style::INK };
        obstacles.push(name.plate());
        names.push(name);
    }
    names
}

/// Zone names at a free spot inside the zone, as large as fits; where the zone has none (booths
/// packed wall to wall at a small scale), at a free spot just outside it.
fn zone_names(
    scene: &Scene<'_>,
    proj: &Projection,
    unit: f64,
    obstacles: &mut Vec<PaperBox>,
) -> Vec<Name> {
    let mut names = Vec::new();
    for zone in &scene.zones {
        let text = zone.name.trim();
        let z = proj.rect(zone.rect);
        let width = text_width_em(text, false) * SAFETY + 0.5;
        let largest = (2.8 * unit).min((z.w - unit) / width.max(1e-9)).min(z.h * 0.3);
        if text.is_empty() {
            continue;
        }
        let inside =
            PaperBox { x: z.x + 0.5 * unit, y: z.y + 0.5 * unit, w: z.w - unit, h: z.h - unit };
        // Outside, the nearest free ring around the zone: a name far from its zone says little.
        let outside = (2.8 * unit).min(largest.max(MIN_TEXT_MM));
        let spot = place(text, false, largest, inside, obstacles).or_else(|| {
            [1.5, 3.0, 6.0, 12.0].into_iter().find_map(|rings| {
                let reach = rings * 1.3 * outside;
                let around = PaperBox {
                    x: z.x - reach,
                    y: z.y - reach,
                    w: z.w + 2.0 * reach,
                    h: z.h + 2.0 * reach,
                };
                place(text, false, outside, around, obstacles)
            })
        });
        let Some((x, baseline, size)) = spot else { continue };
        let colour = style::theme_line(theme_colour(&scene.theme_colours, &zone.theme));
        let name = Name { text: text.to_owned(), x, baseline, size, bold: false, colour };
        obstacles.push(name.plate());
        names.push(name);
    }
    names
}

/// The zone-names and hall-names layers, drawn over the booths.
pub fn names_layers(out: &mut String, scene: &Scene<'_>, proj: &Projection, unit: f64) {
    let mut obstacles = floor_obstacles(scene, proj);
    let halls = hall_names(scene, proj, unit, &mut obstacles);
    let zones = zone_names(scene, proj, unit, &mut obstacles);
    for (id, label, names) in
        [("zone-names", "Zone names", zones), ("hall-names", "Hall names", halls)]
    {
        open_layer(out, id, label);
        for name in &names {
            let plate = name.plate();
            put!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{}\" fill-opacity=\"0.85\"/>\n",
                Num(plate.x),
                Num(plate.y),
                Num(plate.w),
                Num(plate.h),
                Num(0.2 * name.size),
                style::PAPER
            );
            put!(
                out,
                "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{} fill=\"{}\">{}</text>\n",
                Num(name.x),
                Num(name.baseline),
                Num(name.size),
                if name.bold { " font-weight=\"bold\"" } else { "" },
                name.colour,
                Esc(&name.text)
            );
        }
        out.push_str("</g>\n");
    }
}

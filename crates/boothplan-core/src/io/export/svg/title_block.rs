//! The foot of the sidebar: the scale bar and the boxed title block every drawing carries.

use super::pen::{Anchor, Font, Pen};
use super::scene::Scene;
use super::sheet::{PaperBox, Projection};
use super::style::{self, INK, INK_SOFT, RULE};
use super::wrap::wrap;
use super::writer::Num;
use crate::model::Layout;

/// What the title block says besides what the layout knows.
pub struct TitleInfo<'a> {
    /// Date printed on the sheet.
    pub date: &'a str,
    /// Paper name, e.g. `A1`.
    pub paper: &'a str,
    /// `(this sheet, sheets in the set)`, counted from 1.
    pub sheet_of: Option<(usize, usize)>,
    /// A warning for the reader, e.g. that booth numbers were too small to print.
    pub note: Option<&'a str>,
    /// The kind of sheet, named in the block when it is not the floor plan.
    pub kind: crate::io::export::SheetKind,
}

/// The longest round length (1, 2 or 5 × 10ⁿ m) no longer than `max_m`.
fn round_length_m(max_m: f64) -> f64 {
    let decade = 10f64.powf(max_m.log10().floor());
    [5.0, 2.0, 1.0].into_iter().map(|s| s * decade).find(|l| *l <= max_m).unwrap_or(decade)
}

/// A bar of alternating black and white blocks with metre labels, and the scale written out;
/// `(x, y)` is the bar's top-left corner and `w` the room it may take.
pub fn scale_bar(pen: &mut Pen<'_>, proj: &Projection, (x, y): (f64, f64), w: f64, u: f64) {
    let length_m = round_length_m(w * 0.85 / proj.mm_per_m);
    let bar_w = length_m * proj.mm_per_m;
    let bar_h = 2.0 * u;
    for i in 0..4 {
        let fill = if i % 2 == 0 { INK } else { style::PAPER };
        let block = PaperBox { x: x + bar_w * f64::from(i) / 4.0, y, w: bar_w / 4.0, h: bar_h };
        pen.rect(block, fill, Some((INK, 0.15 * u)));
    }
    let label = Font::new(2.4 * u, INK).anchored(Anchor::Middle);
    let label_y = y - 1.0 * u;
    pen.text((x, label_y), label, "0");
    pen.text((x + bar_w / 2.0, label_y), label, &Num(length_m / 2.0).to_string());
    pen.text((x + bar_w, label_y), label, &format!("{} m", Num(length_m)));
    let scale = format!("Scale 1:{}", Num(proj.scale));
    pen.text((x, y + bar_h + 4.2 * u), Font::new(3.0 * u, INK).bold(), &scale);
}

/// The boxed block at the bottom of `side`: layout, sheet, scale, date, page; returns its top.
pub fn title_block(
    pen: &mut Pen<'_>,
    layout: &Layout,
    scene: &Scene<'_>,
    proj: &Projection,
    info: &TitleInfo<'_>,
    side: PaperBox,
    u: f64,
) -> f64 {
    let mut sheet_name =
        scene.hall.map_or_else(|| "Overview, all halls".to_owned(), |h| h.name.clone());
    if info.kind != crate::io::export::SheetKind::Plan {
        sheet_name = format!("{}: {sheet_name}", info.kind.label());
    }
    let mut rows: Vec<(&str, String)> = vec![
        ("Layout", layout.name.clone()),
        ("Sheet", sheet_name),
        ("Scale", format!("1:{} on {}", Num(proj.scale), info.paper)),
        ("Date", info.date.to_owned()),
    ];
    if let Some((n, of)) = info.sheet_of {
        rows.push(("Page", format!("{n} of {of}")));
    }
    if let Some(note) = info.note {
        rows.push(("Note", note.to_owned()));
    }
    let (x, w) = (side.x, side.w);
    let label_w = 14.0 * u;
    let value = Font::new(2.8 * u, INK);
    let value_w = w - label_w - 4.0 * u;
    // Long values (the fair's name) take two lines rather than shrinking out of sight.
    let wrapped: Vec<Vec<String>> = rows
        .iter()
        .map(|(label, text)| {
            let lines = if *label == "Note" { 6 } else { 2 };
            wrap(text, value_w / value.size, lines, false)
        })
        .collect();
    let row_h = |lines: usize| 6.0 * u + lines.saturating_sub(1) as f64 * value.size * 1.3;
    let total: f64 = wrapped.iter().map(|l| row_h(l.len())).sum();
    let top = side.bottom() - total;
    pen.line((x, top), (x + w, top), INK, 0.35 * u);
    pen.line((x, top), (x, side.bottom()), INK, 0.35 * u);
    pen.line((x + label_w, top), (x + label_w, side.bottom()), RULE, 0.2 * u);
    let mut row_top = top;
    for (i, ((label, _), lines)) in rows.iter().zip(&wrapped).enumerate() {
        if i > 0 {
            pen.line((x, row_top), (x + w, row_top), RULE, 0.2 * u);
        }
        let base = row_top + 6.0 * u * 0.66;
        pen.text((x + 2.0 * u, base), Font::new(2.2 * u, INK_SOFT), &label.to_uppercase());
        for (j, line) in lines.iter().enumerate() {
            let at = (x + label_w + 2.0 * u, base + j as f64 * value.size * 1.3);
            pen.fitted(at, value_w, value, line);
        }
        row_top += row_h(lines.len());
    }
    top
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_bars_use_round_lengths() {
        assert_eq!(round_length_m(73.0), 50.0);
        assert_eq!(round_length_m(45.0), 20.0);
        assert_eq!(round_length_m(19.0), 10.0);
        assert_eq!(round_length_m(100.0), 100.0);
    }
}

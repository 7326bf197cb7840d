//! The sidebar: title, legend of themes and statuses, area table, scale bar and title block.

use super::scene::Scene;
use super::sheet::{PaperBox, Projection, Sheet};
use super::style::{self, INK, INK_SOFT, RULE};
use super::writer::{Esc, Num, put};
use crate::io::export::fonts::text_width_em;
use crate::model::{BoothStatus, Colour, Layout};
use crate::stats::{LayoutStats, format_area_m2};

/// What the title block says besides what the layout knows.
pub struct TitleInfo<'a> {
    /// Date printed on the sheet.
    pub date: &'a str,
    /// Paper name, e.g. `A1`.
    pub paper: &'a str,
    /// `(this sheet, sheets in the set)`, counted from 1.
    pub sheet_of: Option<(usize, usize)>,
}

/// Writes text at `(x, y)` (baseline), shrunk to fit `max_w` when given.
struct Pen<'o> {
    out: &'o mut String,
}

impl Pen<'_> {
    fn text(&mut self, x: f64, y: f64, size: f64, colour: Colour, anchor: &str, text: &str) {
        self.styled(x, y, size, colour, anchor, false, text);
    }

    fn styled(&mut self, x: f64, y: f64, size: f64, colour: Colour, anchor: &str, bold: bool, text: &str) {
        put!(
            self.out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{} fill=\"{}\"{}>{}</text>\n",
            Num(x),
            Num(y),
            Num(size),
            if bold { " font-weight=\"bold\"" } else { "" },
            colour,
            match anchor {
                "end" => " text-anchor=\"end\"",
                "middle" => " text-anchor=\"middle\"",
                _ => "",
            },
            Esc(text)
        );
    }

    fn fitted(&mut self, x: f64, y: f64, size: f64, max_w: f64, colour: Colour, anchor: &str, text: &str) {
        let size = size.min(max_w / (text_width_em(text, false) * 1.05).max(1e-9));
        self.text(x, y, size, colour, anchor, text);
    }

    fn fitted_bold(&mut self, x: f64, y: f64, size: f64, max_w: f64, colour: Colour, text: &str) {
        let size = size.min(max_w / (text_width_em(text, true) * 1.05).max(1e-9));
        self.styled(x, y, size, colour, "start", true, text);
    }

    fn rect(&mut self, b: PaperBox, fill: Colour, stroke: Option<(Colour, f64)>) {
        put!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"",
            Num(b.x),
            Num(b.y),
            Num(b.w),
            Num(b.h),
            fill
        );
        if let Some((colour, width)) = stroke {
            put!(self.out, " stroke=\"{}\" stroke-width=\"{}\"", colour, Num(width));
        }
        self.out.push_str("/>\n");
    }

    fn line(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, colour: Colour, width: f64) {
        put!(
            self.out,
            "<path d=\"M{} {} L{} {}\" stroke=\"{}\" stroke-width=\"{}\"/>\n",
            Num(x0),
            Num(y0),
            Num(x1),
            Num(y1),
            colour,
            Num(width)
        );
    }
}

/// Breaks `text` into at most `max_lines` lines no wider than `max_em` em, at spaces or between
/// CJK characters; the last line takes whatever is left.
fn wrap(text: &str, max_em: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut word = String::new();
    let flush_word = |line: &mut String, word: &mut String, lines: &mut Vec<String>| {
        let joined = if line.is_empty() { word.clone() } else { format!("{line}{word}") };
        if text_width_em(joined.trim_end(), true) > max_em && !line.is_empty() && lines.len() + 1 < max_lines {
            lines.push(line.trim_end().to_owned());
            *line = word.trim_start().to_owned();
        } else {
            *line = joined;
        }
        word.clear();
    };
    for ch in text.chars() {
        word.push(ch);
        if ch == ' ' || u32::from(ch) >= 0x2E80 {
            flush_word(&mut line, &mut word, &mut lines);
        }
    }
    flush_word(&mut line, &mut word, &mut lines);
    if !line.trim().is_empty() {
        lines.push(line.trim().to_owned());
    }
    lines
}

/// Draws the whole sidebar.
pub fn sidebar(
    out: &mut String,
    layout: &Layout,
    scene: &Scene<'_>,
    stats: &LayoutStats,
    proj: &Projection,
    sheet: &Sheet,
    info: &TitleInfo<'_>,
) {
    let u = sheet.unit;
    let side = sheet.sidebar;
    let x = side.x + 4.0 * u;
    let w = side.w - 8.0 * u;
    out.push_str("<g id=\"legend\" inkscape:groupmode=\"layer\" inkscape:label=\"Legend\">\n");
    let mut pen = Pen { out };
    pen.line(side.x, side.y, side.x, side.bottom(), INK, 0.35 * u);
    let mut y = side.y + 4.0 * u;

    // Title: the fair's name, wrapped, then what this sheet shows.
    let title_size = 5.0 * u;
    for line in wrap(&layout.name, w / title_size, 3) {
        y += title_size * 1.15;
        pen.fitted_bold(x, y, title_size, w, INK, &line);
    }
    y += 5.0 * u;
    let subtitle = match scene.hall {
        Some(hall) => format!("{} · {}", hall.name, format_area_m2(hall.area_m2())),
        None => format!("Overview · {} halls · {}", stats.halls.len(), format_area_m2(stats.total_hall_area_m2)),
    };
    pen.fitted(x, y, 3.4 * u, w, INK_SOFT, "start", &subtitle);
    y += 3.0 * u;
    pen.line(x, y, x + w, y, RULE, 0.25 * u);

    y = themes_legend(&mut pen, layout, x, y + 7.0 * u, w, u);
    y = status_legend(&mut pen, x, y + 4.0 * u, w, u);
    pen.line(x, y, x + w, y, RULE, 0.25 * u);
    area_table(&mut pen, layout, stats, x, y + 7.0 * u, w, u);

    let block_top = title_block(&mut pen, layout, scene, proj, info, side, u);
    scale_bar(&mut pen, proj, x, block_top - 12.0 * u, w, u);
    pen.out.push_str("</g>\n");
}

/// Section heading in small soft capitals.
fn heading(pen: &mut Pen<'_>, x: f64, y: f64, u: f64, text: &str) {
    pen.styled(x, y, 2.3 * u, INK_SOFT, "start", true, &text.to_uppercase());
}

/// One row per theme: its zone tint behind a sold swatch, and its name.
fn themes_legend(pen: &mut Pen<'_>, layout: &Layout, x: f64, mut y: f64, w: f64, u: f64) -> f64 {
    heading(pen, x, y, u, "Themes");
    y += 2.5 * u;
    for theme in &layout.themes {
        let swatch = PaperBox { x, y, w: 9.0 * u, h: 4.6 * u };
        pen.rect(swatch, style::zone_fill(theme.colour), Some((style::theme_line(theme.colour), 0.2 * u)));
        let inner = PaperBox { x: x + 2.0 * u, y: y + 1.0 * u, w: 5.0 * u, h: 2.6 * u };
        pen.rect(inner, theme.colour, Some((style::theme_line(theme.colour), 0.15 * u)));
        pen.fitted(x + 11.5 * u, y + 3.4 * u, 2.7 * u, w - 11.5 * u, INK, "start", &theme.name);
        y += 6.2 * u;
    }
    y
}

/// How a booth's status shows, drawn in a neutral colour, plus the other symbols of the plan.
fn status_legend(pen: &mut Pen<'_>, x: f64, mut y: f64, w: f64, u: f64) -> f64 {
    heading(pen, x, y, u, "Booths and symbols");
    y += 2.5 * u;
    let sample = Colour::rgb(0x6B, 0x72, 0x80);
    let rows: [(&str, Colour, Colour); 3] = [
        (BoothStatus::Sold.as_str(), style::booth_fill(sample, BoothStatus::Sold), style::theme_line(sample)),
        (BoothStatus::Reserved.as_str(), style::booth_fill(sample, BoothStatus::Reserved), style::theme_line(sample)),
        (BoothStatus::Available.as_str(), style::booth_fill(sample, BoothStatus::Available), style::theme_line(sample)),
    ];
    let words = ["Sold: full theme colour", "Reserved: light theme colour", "Available: white, theme outline"];
    for ((_, fill, line), words) in rows.into_iter().zip(words) {
        pen.rect(PaperBox { x: x + 2.0 * u, y: y + 0.4 * u, w: 5.0 * u, h: 3.8 * u }, fill, Some((line, 0.2 * u)));
        pen.fitted(x + 11.5 * u, y + 3.4 * u, 2.5 * u, w - 11.5 * u, INK, "start", words);
        y += 5.4 * u;
    }
    pen.rect(PaperBox { x: x + 3.0 * u, y: y + 0.7 * u, w: 3.0 * u, h: 3.0 * u }, style::COLUMN, None);
    pen.fitted(x + 11.5 * u, y + 3.4 * u, 2.5 * u, w - 11.5 * u, INK, "start", "Column / no-build area");
    y += 5.4 * u;
    pen.rect(
        PaperBox { x: x + 1.0 * u, y: y + 0.4 * u, w: 7.0 * u, h: 3.8 * u },
        style::HALL_FLOOR,
        Some((style::HALL_WALL, 0.5 * u)),
    );
    pen.fitted(x + 11.5 * u, y + 3.4 * u, 2.5 * u, w - 11.5 * u, INK, "start", "Hall walls and floor");
    y + 7.0 * u
}

/// Booths, booth area and sold share per theme, with a total line.
fn area_table(pen: &mut Pen<'_>, layout: &Layout, stats: &LayoutStats, x: f64, mut y: f64, w: f64, u: f64) {
    heading(pen, x, y, u, "Booth area by theme");
    y += 5.0 * u;
    let size = 2.5 * u;
    let (c_booths, c_area) = (x + w * 0.58, x + w);
    pen.text(c_booths, y, 2.1 * u, INK_SOFT, "end", "Booths");
    pen.text(c_area, y, 2.1 * u, INK_SOFT, "end", "Area");
    y += 1.4 * u;
    pen.line(x, y, x + w, y, RULE, 0.2 * u);
    let mut keys: Vec<&str> = layout.themes.iter().map(|t| t.key.as_str()).collect();
    // Keys used by booths but missing from the theme list still get their line.
    keys.extend(stats.by_theme.keys().map(String::as_str).filter(|k| layout.theme(k).is_none()));
    for key in keys {
        let Some(figures) = stats.by_theme.get(key) else { continue };
        y += size * 1.55;
        let (name, colour) = layout.theme(key).map_or((key, Colour::rgb(0x88, 0x88, 0x88)), |t| (t.name.as_str(), t.colour));
        pen.rect(PaperBox { x, y: y - size * 0.8, w: size * 0.9, h: size * 0.9 }, colour, None);
        pen.fitted(x + size * 1.4, y, size, w * 0.58 - size * 1.4 - 10.0 * u, INK, "start", name);
        pen.text(c_booths, y, size, INK, "end", &figures.booths.to_string());
        pen.text(c_area, y, size, INK, "end", &format_area_m2(figures.area_m2));
    }
    y += size * 0.8;
    pen.line(x, y, x + w, y, INK, 0.25 * u);
    y += size * 1.5;
    pen.text(x, y, size, INK, "start", "Total");
    pen.text(c_booths, y, size, INK, "end", &stats.booth_count.to_string());
    pen.text(c_area, y, size, INK, "end", &format_area_m2(stats.booth_area_m2));
    y += size * 1.6;
    let sold = format!("Sold: {:.0} % of booth area", stats.sold_share * 100.0);
    pen.text(x, y, 2.3 * u, INK_SOFT, "start", &sold);
}

/// A bar of alternating black and white blocks with metre labels, and the scale written out.
fn scale_bar(pen: &mut Pen<'_>, proj: &Projection, x: f64, y: f64, w: f64, u: f64) {
    // The longest round length (1, 2, 5 × 10ⁿ m) that fits in the sidebar.
    let max_m = (w * 0.85) / proj.mm_per_m;
    let mut length_m = 10f64.powf(max_m.log10().floor());
    for step in [5.0, 2.0] {
        if step * length_m / 1.0 <= max_m && length_m * step <= max_m {
            length_m *= step;
            break;
        }
    }
    let bar_w = length_m * proj.mm_per_m;
    let h = 1.6 * u;
    for i in 0..4 {
        let fill = if i % 2 == 0 { INK } else { style::PAPER };
        let seg = PaperBox { x: x + bar_w * f64::from(i) / 4.0, y, w: bar_w / 4.0, h };
        pen.rect(seg, fill, Some((INK, 0.15 * u)));
    }
    let label = 2.2 * u;
    pen.text(x, y - 1.0 * u, label, INK, "middle", "0");
    pen.text(x + bar_w / 2.0, y - 1.0 * u, label, INK, "middle", &format!("{}", Num(length_m / 2.0)));
    pen.text(x + bar_w, y - 1.0 * u, label, INK, "middle", &format!("{} m", Num(length_m)));
    pen.text(x, y + h + 3.4 * u, 2.6 * u, INK, "start", &format!("Scale 1:{}", Num(proj.scale)));
}

/// The boxed block at the bottom: layout, sheet, scale, date, page; returns its top edge.
fn title_block(
    pen: &mut Pen<'_>,
    layout: &Layout,
    scene: &Scene<'_>,
    proj: &Projection,
    info: &TitleInfo<'_>,
    side: PaperBox,
    u: f64,
) -> f64 {
    let sheet_name = scene.hall.map_or_else(|| "Overview, all halls".to_owned(), |h| h.name.clone());
    let mut rows: Vec<(&str, String)> = vec![
        ("Layout", layout.name.clone()),
        ("Sheet", sheet_name),
        ("Scale", format!("1:{} on {}", Num(proj.scale), info.paper)),
        ("Date", info.date.to_owned()),
    ];
    if let Some((n, of)) = info.sheet_of {
        rows.push(("Page", format!("{n} of {of}")));
    }
    let row_h = 6.0 * u;
    let top = side.bottom() - row_h * rows.len() as f64;
    let (x, w) = (side.x, side.w);
    pen.line(x, top, x + w, top, INK, 0.35 * u);
    let label_w = 14.0 * u;
    pen.line(x + label_w, top, x + label_w, side.bottom(), RULE, 0.2 * u);
    for (i, (label, value)) in rows.iter().enumerate() {
        let row_top = top + row_h * i as f64;
        if i > 0 {
            pen.line(x, row_top, x + w, row_top, RULE, 0.2 * u);
        }
        let base = row_top + row_h * 0.66;
        pen.text(x + 2.0 * u, base, 2.2 * u, INK_SOFT, "start", &label.to_uppercase());
        pen.fitted(x + label_w + 2.0 * u, base, 2.8 * u, w - label_w - 4.0 * u, INK, "start", value);
    }
    top
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_titles_wrap_at_spaces_and_between_chinese_characters() {
        let lines = wrap("Global Digital Trade Expo, Hangzhou", 12.0, 3);
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(lines.iter().all(|l| text_width_em(l, true) <= 12.0), "{lines:?}");
        assert_eq!(lines.join(" "), "Global Digital Trade Expo, Hangzhou");
        let cn = wrap("全球数字贸易博览会杭州国际博览中心", 6.0, 3);
        assert!(cn.len() >= 2 && cn.len() <= 3, "{cn:?}");
        assert_eq!(cn.concat(), "全球数字贸易博览会杭州国际博览中心");
    }
}

//! The summary panel: hall areas and their total, booths and area per theme, and sales, as small
//! bar charts painted with egui shapes (figures from [`crate::stats::LayoutStats`]).

use egui::{Color32, Sense, Stroke, StrokeKind, vec2};

use crate::editor::Document;
use crate::model::{BoothStatus, Layout};
use crate::stats::LayoutStats;
use crate::units::format_area_m2;

const BAR_HEIGHT: f32 = 10.0;

/// The summary panel, with the figures of the layout revision it last saw (a fair of 100,000
/// booths should not be re-counted every frame).
#[derive(Debug, Default)]
pub struct SummaryPanel {
    cached: Option<(u64, LayoutStats)>,
}

impl SummaryPanel {
    /// Shows the figures of the document's layout, recomputed only when it changed.
    pub fn ui(&mut self, ui: &mut egui::Ui, doc: &Document) {
        let revision = doc.revision();
        let stale = self.cached.as_ref().is_none_or(|(seen, _)| *seen != revision);
        if stale {
            self.cached =
                Some((revision, LayoutStats::with_types(doc.layout(), &doc.booth_types())));
        }
        if let Some((_, stats)) = &self.cached {
            summary_ui(ui, doc.layout(), stats);
        }
    }
}

/// Shows `stats`, the figures of `layout`.
pub fn summary_ui(ui: &mut egui::Ui, layout: &Layout, stats: &LayoutStats) {
    halls_ui(ui, stats);
    ui.add_space(6.0);
    themes_ui(ui, layout, stats);
    ui.add_space(6.0);
    sales_ui(ui, stats);
    targets_ui(ui, layout, stats);
    revenue_ui(ui, layout, stats);
}

/// Planned and sold area of each theme that has a target, against it: the sold part in the
/// theme's colour, the rest of the plan lighter, the bar's end the target (or the plan, when it
/// goes past the target).
fn targets_ui(ui: &mut egui::Ui, layout: &Layout, stats: &LayoutStats) {
    let with_target: Vec<_> = layout
        .themes
        .iter()
        .filter_map(|t| Some((t, stats.by_theme.get(&t.key)?, t.target_area_m2?)))
        .collect();
    if with_target.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.strong("Theme targets: planned and sold");
    egui::Grid::new("summary_targets").num_columns(3).show(ui, |ui| {
        for (theme, figures, target_m2) in with_target {
            let colour = theme_colour(theme);
            let whole = target_m2.max(figures.planned_area_m2);
            ui.label(&theme.name);
            ui.label(format!(
                "{} of {} planned, {} sold",
                format_area_m2(figures.planned_area_m2),
                format_area_m2(target_m2),
                format_area_m2(figures.sold_area_m2),
            ));
            let sold = share(figures.sold_area_m2, whole);
            let planned = share(figures.planned_area_m2 - figures.sold_area_m2, whole);
            bar_ui(ui, &[(sold, colour), (planned, colour.gamma_multiply(0.35))]);
            ui.end_row();
        }
    });
}

/// List, reserved and sold revenue of the whole fair, each hall and each theme, when the layout
/// has a price list.
fn revenue_ui(ui: &mut egui::Ui, layout: &Layout, stats: &LayoutStats) {
    let Some(total) = &stats.revenue else { return };
    let money = |v: f64| crate::units::format_money(v, &total.currency);
    ui.add_space(6.0);
    ui.strong(format!("Revenue: {} list, {} sold", money(total.list), money(total.sold)));
    egui::Grid::new("summary_revenue").num_columns(4).show(ui, |ui| {
        ui.weak("");
        ui.weak("list");
        ui.weak("reserved");
        ui.weak("sold");
        ui.end_row();
        let halls = stats.halls.iter().map(|h| (h.name.as_str(), h.revenue.as_ref()));
        let themes = layout.themes.iter().map(|t| {
            (t.name.as_str(), stats.by_theme.get(&t.key).and_then(|f| f.revenue.as_ref()))
        });
        for (name, revenue) in halls.chain(themes) {
            let Some(r) = revenue else { continue };
            ui.label(name);
            ui.label(money(r.list));
            ui.label(money(r.reserved));
            ui.label(money(r.sold));
            ui.end_row();
        }
    });
}

fn halls_ui(ui: &mut egui::Ui, stats: &LayoutStats) {
    ui.strong(format!("Halls: {} in all", format_area_m2(stats.total_hall_area_m2)));
    let largest_m2 = stats.halls.iter().map(|h| h.area_m2).fold(0.0, f64::max);
    let colour = ui.visuals().selection.bg_fill;
    egui::Grid::new("summary_halls").num_columns(3).show(ui, |ui| {
        for hall in &stats.halls {
            ui.label(&hall.name);
            ui.label(format_area_m2(hall.area_m2));
            bar_ui(ui, &[(share(hall.area_m2, largest_m2), colour)]);
            ui.end_row();
        }
    });
}

fn themes_ui(ui: &mut egui::Ui, layout: &Layout, stats: &LayoutStats) {
    ui.strong(format!(
        "Themes: {} booths, {}",
        stats.booth_count,
        format_area_m2(stats.booth_area_m2)
    ));
    let largest_m2 = stats.by_theme.values().map(|t| t.area_m2).fold(0.0, f64::max);
    egui::Grid::new("summary_themes").num_columns(3).show(ui, |ui| {
        // Themes in the layout's own order, then any key used by a booth but not declared.
        let declared =
            layout.themes.iter().map(|t| (t.key.as_str(), t.name.as_str(), theme_colour(t)));
        let undeclared = stats
            .by_theme
            .keys()
            .filter(|k| layout.theme(k).is_none())
            .map(|k| (k.as_str(), k.as_str(), ui.visuals().weak_text_color()));
        for (key, name, colour) in declared.chain(undeclared).collect::<Vec<_>>() {
            let figures = stats.by_theme.get(key).cloned().unwrap_or_default();
            ui.label(name);
            ui.label(format!("{} booths, {}", figures.booths, format_area_m2(figures.area_m2)));
            bar_ui(ui, &[(share(figures.area_m2, largest_m2), colour)]);
            ui.end_row();
        }
    });
}

fn sales_ui(ui: &mut egui::Ui, stats: &LayoutStats) {
    ui.strong(format!("Sales: {:.0}% of booth area sold", stats.sold_share * 100.0));
    let total_m2 = stats.booth_area_m2;
    let parts: Vec<(BoothStatus, f32, Color32)> =
        [BoothStatus::Sold, BoothStatus::Reserved, BoothStatus::Available, BoothStatus::Blocked]
            .into_iter()
            .map(|s| {
                let area = stats.by_status.get(s.as_str()).map_or(0.0, |f| f.area_m2);
                (s, share(area, total_m2), status_colour(s))
            })
            .collect();
    let segments: Vec<(f32, Color32)> = parts.iter().map(|&(_, f, c)| (f, c)).collect();
    bar_ui(ui, &segments);
    ui.horizontal_wrapped(|ui| {
        for (status, fraction, colour) in parts {
            let (rect, _) = ui.allocate_exact_size(vec2(BAR_HEIGHT, BAR_HEIGHT), Sense::hover());
            ui.painter().rect_filled(rect, 2.0, colour);
            let booths = stats.by_status.get(status.as_str()).map_or(0, |f| f.booths);
            ui.label(format!("{status} {:.0}% ({booths})", f64::from(fraction) * 100.0));
        }
    });
}

/// The colour a booth status is charted in: as the canvas legend's swatches fill it, so the
/// summary and the plan speak one colour language.
fn status_colour(status: BoothStatus) -> Color32 {
    crate::theme_tokens::booth_fill(status, crate::theme_tokens::LEGEND_STATUS_INK)
}

fn theme_colour(theme: &crate::model::Theme) -> Color32 {
    crate::theme_tokens::theme_colour(theme.colour)
}

/// `part / whole` as a bar fraction in 0..=1, zero when there is no whole.
fn share(part: f64, whole: f64) -> f32 {
    if whole > 0.0 { (part / whole).clamp(0.0, 1.0) as f32 } else { 0.0 }
}

/// A horizontal bar filled left to right by `segments` (fraction of the width, colour).
fn bar_ui(ui: &mut egui::Ui, segments: &[(f32, Color32)]) {
    let width = ui.available_width().clamp(60.0, 160.0);
    let (rect, _) = ui.allocate_exact_size(vec2(width, BAR_HEIGHT), Sense::hover());
    let painter = ui.painter();
    let mut left = rect.left();
    for &(fraction, colour) in segments {
        let right = (left + fraction * rect.width()).min(rect.right());
        let segment = egui::Rect::from_x_y_ranges(left..=right, rect.y_range());
        painter.rect_filled(segment, 0.0, colour);
        left = right;
    }
    let outline = Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color);
    painter.rect_stroke(rect, 0.0, outline, StrokeKind::Inside);
}

#[cfg(test)]
mod tests {
    use super::share;

    #[test]
    fn shares_are_fractions_of_the_whole_and_zero_without_one() {
        assert_eq!(share(20_000.0, 80_000.0), 0.25);
        assert_eq!(share(5.0, 0.0), 0.0);
        assert_eq!(share(9.0, 3.0), 1.0);
    }
}

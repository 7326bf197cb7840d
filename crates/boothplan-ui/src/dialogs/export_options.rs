//! File ▸ Export…: the same choices as `boothplan export` (paper, orientation, one hall or all,
//! PNG resolution or width, a map for the team or for visitors) before the save dialog asks
//! where the file goes.

use std::path::Path;

use super::question::{Choice, ask};
use crate::io::export::{ExportOptions, Paper, SheetKind};
use crate::model::Hall;

/// The planner's export choices, kept for the session so a second export starts from the first.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportChoices {
    /// Paper size of PDF pages and PNG images.
    pub paper: Paper,
    /// Portrait instead of the default landscape.
    pub portrait: bool,
    /// Only this hall (its id), or all halls.
    pub hall: Option<String>,
    /// Resolution of PNG output, dots per inch.
    pub dpi: f32,
    /// Width of PNG output in pixels instead of a resolution (for screens and slides).
    pub width_px: Option<u32>,
    /// The HTML map for visitors (`--public`): no prices, no exhibitors of unsold booths.
    pub public: bool,
    /// The floor plan or the fire marshal's sheet (`--sheet`), for PDF, PNG and SVG.
    pub sheet: SheetKind,
    /// The shown background plans under the floor of PDF, PNG and SVG sheets
    /// (`--backgrounds`).
    pub backgrounds: bool,
}

impl Default for ExportChoices {
    fn default() -> Self {
        let options = ExportOptions::default();
        Self {
            paper: options.paper,
            portrait: options.portrait,
            hall: None,
            dpi: options.dpi,
            width_px: options.width_px,
            public: options.public,
            sheet: options.sheet,
            backgrounds: options.backgrounds,
        }
    }
}

impl ExportChoices {
    /// The options the exporter takes, with today's date in title blocks; background plans'
    /// paths are found from `layout_file`'s folder.
    #[must_use]
    pub fn to_options(&self, layout_file: Option<&Path>) -> ExportOptions {
        ExportOptions {
            hall: self.hall.clone(),
            paper: self.paper,
            portrait: self.portrait,
            dpi: self.dpi,
            width_px: self.width_px,
            public: self.public,
            sheet: self.sheet,
            backgrounds: self.backgrounds,
            layout_file: layout_file.map(Path::to_path_buf),
            ..ExportOptions::default()
        }
    }
}

/// Shows the export choices over `halls`, with "Include background plans" when the layout
/// `has_backgrounds`. Returns `Some(true)` for "Choose file…", `Some(false)` for "Cancel",
/// `None` while the planner is still choosing.
#[must_use]
pub fn export_options_ui(
    ctx: &egui::Context,
    choices: &mut ExportChoices,
    halls: &[Hall],
    has_backgrounds: bool,
) -> Option<bool> {
    // A hall that was deleted since the last export falls back to all halls.
    if choices.hall.as_ref().is_some_and(|id| !halls.iter().any(|h| &h.id == id)) {
        choices.hall = None;
    }
    let body = |ui: &mut egui::Ui| {
        egui::Grid::new("export_options_grid").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
            ui.label("Sheet");
            ui.horizontal(|ui| {
                for &kind in SheetKind::ALL {
                    let hint = match kind {
                        SheetKind::Plan => "Themes, booths and their sale, with area tables",
                        SheetKind::FireMarshal => {
                            "Exits with widths, walking distance every 10 m, the narrowest \
                             aisle, and every rule with its limit, clause and result"
                        }
                    };
                    ui.selectable_value(&mut choices.sheet, kind, kind.label()).on_hover_text(hint);
                }
            });
            ui.end_row();
            ui.label("Paper");
            ui.horizontal(|ui| {
                for &paper in Paper::ALL {
                    ui.selectable_value(&mut choices.paper, paper, paper.name());
                }
            });
            ui.end_row();
            ui.label("Orientation");
            ui.horizontal(|ui| {
                ui.selectable_value(&mut choices.portrait, false, "Landscape");
                ui.selectable_value(&mut choices.portrait, true, "Portrait");
            });
            ui.end_row();
            ui.label("Halls");
            hall_combo(ui, choices, halls);
            ui.end_row();
            ui.label("PNG size");
            png_size_ui(ui, choices);
            ui.end_row();
            if has_backgrounds {
                ui.label("Drawings");
                ui.checkbox(&mut choices.backgrounds, "Include background plans").on_hover_text(
                    "The shown background plans under the floor of PDF, PNG and SVG sheets",
                );
                ui.end_row();
            }
            ui.label("HTML map");
            ui.horizontal(|ui| {
                ui.selectable_value(&mut choices.public, false, "For the team");
                ui.selectable_value(&mut choices.public, true, "For visitors")
                    .on_hover_text("No prices, and only the exhibitors of sold booths");
            });
            ui.end_row();
        });
        ui.label(
            "The format follows the file name: .pdf, .png, .svg, .csv, .geojson or .html \
             (an interactive map that works offline).",
        );
    };
    let buttons = [Choice::plain("Choose file…", true), Choice::plain("Cancel", false)];
    ask(ctx, "export_options", 420.0, "Export", body, &buttons, false)
}

/// A resolution for print, or a width in pixels for screens and slides.
fn png_size_ui(ui: &mut egui::Ui, choices: &mut ExportChoices) {
    ui.horizontal(|ui| {
        let mut by_width = choices.width_px.is_some();
        ui.selectable_value(&mut by_width, false, "Resolution");
        ui.selectable_value(&mut by_width, true, "Width");
        if by_width {
            let mut px = choices.width_px.unwrap_or(1920);
            ui.add(egui::DragValue::new(&mut px).range(100..=20_000).speed(10.0).suffix(" px"));
            choices.width_px = Some(px);
        } else {
            choices.width_px = None;
            ui.add(
                egui::DragValue::new(&mut choices.dpi)
                    .range(36.0..=600.0)
                    .speed(1.0)
                    .suffix(" dpi"),
            );
        }
    });
}

/// "All halls" or one hall, by name.
fn hall_combo(ui: &mut egui::Ui, choices: &mut ExportChoices, halls: &[Hall]) {
    let selected = choices
        .hall
        .as_ref()
        .and_then(|id| halls.iter().find(|h| &h.id == id))
        .map_or_else(|| "All halls".to_owned(), |h| h.name.clone());
    egui::ComboBox::from_id_salt("export_hall").selected_text(selected).show_ui(ui, |ui| {
        ui.selectable_value(&mut choices.hall, None, "All halls");
        for hall in halls {
            ui.selectable_value(&mut choices.hall, Some(hall.id.clone()), hall.name.as_str());
        }
    });
}

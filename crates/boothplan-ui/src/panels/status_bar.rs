//! The status bar: where the cursor is in metres, the zoom, the selection, the tool and how many
//! problems the layout has, so a planner always knows the state at a glance.

use crate::editor::Tool;
use crate::model::Point;

/// What the status bar shows this frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    /// The cursor on the floor plan, if it is over the canvas.
    pub cursor_m: Option<Point>,
    /// Screen points per metre.
    pub points_per_m: f32,
    /// How many objects are selected.
    pub selected: usize,
    /// The active tool.
    pub tool: Tool,
    /// Error findings.
    pub errors: usize,
    /// Warning findings.
    pub warnings: usize,
    /// A short message about the last file action ("Saved plan.ron"), if any.
    pub message: Option<String>,
}

/// Shows `status` in one row.
pub fn status_bar_ui(ui: &mut egui::Ui, status: &Status) {
    ui.horizontal(|ui| {
        let cursor = status.cursor_m.map_or_else(
            || "x —  y —".to_owned(),
            |p| format!("x {:.2} m  y {:.2} m", p.x_m, p.y_m),
        );
        ui.monospace(cursor);
        ui.separator();
        ui.label(format!("zoom {:.2} px/m", status.points_per_m));
        ui.separator();
        ui.label(format!("{} selected", status.selected));
        ui.separator();
        ui.label(format!("tool: {}", status.tool.name()));
        ui.separator();
        let errors = egui::RichText::new(format!("{} errors", status.errors));
        let errors =
            if status.errors > 0 { errors.color(ui.visuals().error_fg_color) } else { errors };
        ui.label(errors);
        let warnings = egui::RichText::new(format!("{} warnings", status.warnings));
        let warnings =
            if status.warnings > 0 { warnings.color(ui.visuals().warn_fg_color) } else { warnings };
        ui.label(warnings);
        if let Some(message) = &status.message {
            ui.separator();
            ui.weak(message);
        }
    });
}

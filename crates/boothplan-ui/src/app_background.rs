//! File ▸ Place background plan… in the window: the picked image goes under the plan, spread
//! over the plan's extent, and its calibration starts at once (two clicks on the canvas, then
//! this small window asks for the real distance). An image that cannot be read is a warning
//! strip above the canvas, never a refusal to open or save the layout.

use std::path::Path;

use super::app::{BoothplanApp, Modal};
use crate::editor::CalibrationStep;
use crate::io::background_image::{path_for_layout, read_background_image};
use crate::model::{Background, ObjectKind, Point};

/// What the planner has typed into the calibration window.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CalibrationInput {
    /// The real distance between the two points, metres, as typed.
    pub distance: String,
    /// The bearing of the line from the first point to the second, degrees, or empty.
    pub bearing: String,
    /// Why the last try did not calibrate.
    pub error: Option<String>,
}

impl BoothplanApp {
    /// Puts the image at `path` under the plan (for the selected hall, if one is selected) and
    /// starts calibrating it; an image that cannot be read says why and changes nothing.
    pub(crate) fn place_background_from(&mut self, path: &Path) {
        let image = match read_background_image(path) {
            Ok(image) => image,
            Err(error) => {
                self.modal = Some(Modal::Error {
                    title: "Cannot place the background plan".to_owned(),
                    message: error.to_string(),
                });
                return;
            }
        };
        let (w, h) = (f64::from(image.width), f64::from(image.height));
        // Spread over the plan, so that it shows; the calibration brings it to scale.
        let (origin, m_per_px) =
            self.doc.layout().bounds().map_or((Point::new(0.0, 0.0), 0.05), |b| {
                (Point::new(b.x_m, b.y_m), (b.width_m / w).max(b.height_m / h).max(1e-6))
            });
        let selection = self.doc.selection();
        let hall = selection
            .single()
            .filter(|r| r.kind == ObjectKind::Hall)
            .and_then(|r| self.doc.layout().halls.get(r.index))
            .map(|h| h.id.clone());
        let written = path_for_layout(self.doc.path(), path);
        let background =
            Background::new(written, hall, (image.width, image.height), origin, m_per_px);
        self.doc.place_background(background);
        let index = self.doc.layout().backgrounds.len() - 1;
        self.canvas.tools_mut().start_calibration(&mut self.doc, index);
        self.calibration_input = CalibrationInput::default();
        self.message = Some(
            "Click two points of the drawing whose real distance you know (Esc cancels)".to_owned(),
        );
    }

    /// The calibration window while a calibration is in progress: what to click, then the
    /// distance and an optional bearing; Calibrate (or Enter) applies it as one undo step.
    pub(crate) fn calibration_ui(&mut self, ctx: &egui::Context) {
        let Some(calibration) = self.canvas.tools().calibration().cloned() else { return };
        let mut apply = false;
        let mut cancel = false;
        egui::Window::new("Calibrate background plan")
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::RIGHT_TOP, [-340.0, 80.0])
            .show(ctx, |ui| match calibration.step {
                CalibrationStep::FirstPoint => {
                    ui.label("Click the first point of a known distance on the drawing.");
                }
                CalibrationStep::SecondPoint { .. } => {
                    ui.label("Click the second point.");
                }
                CalibrationStep::Distance { .. } => {
                    let input = &mut self.calibration_input;
                    egui::Grid::new("calibration").num_columns(2).show(ui, |ui| {
                        let label = ui.label("Distance (m)");
                        let field = ui.text_edit_singleline(&mut input.distance).labelled_by(label.id);
                        if !field.has_focus() && input.distance.is_empty() {
                            field.request_focus();
                        }
                        apply |= field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        ui.end_row();
                        let label = ui.label("Bearing (°, optional)");
                        ui.text_edit_singleline(&mut input.bearing)
                            .labelled_by(label.id)
                            .on_hover_text(
                                "The direction from the first point to the second, clockwise from \
                                 the plan's x axis. Left empty, a line near an axis is turned onto it.",
                            );
                        ui.end_row();
                    });
                    if let Some(error) = &input.error {
                        ui.colored_label(ui.visuals().error_fg_color, error);
                    }
                    ui.horizontal(|ui| {
                        apply |= ui.button("Calibrate").clicked();
                        cancel |= ui.button("Cancel").clicked();
                    });
                }
            });
        if cancel {
            self.canvas.tools_mut().cancel_calibration();
            self.message = None;
        } else if apply {
            self.apply_calibration();
        }
    }

    /// Calibrates with what was typed, or says what is wrong with it.
    fn apply_calibration(&mut self) {
        let input = &mut self.calibration_input;
        let distance = typed_number(&input.distance);
        let bearing = if input.bearing.trim().is_empty() {
            Ok(None)
        } else {
            typed_number(&input.bearing).map(Some).ok_or(())
        };
        let result = match (distance, bearing) {
            (Some(d), Ok(b)) => self.canvas.tools_mut().finish_calibration(&mut self.doc, d, b),
            (None, _) => Err("Type the real distance in metres, such as 42.5.".to_owned()),
            (_, Err(())) => {
                Err("Type the bearing in degrees, such as 90, or leave it empty.".to_owned())
            }
        };
        match result {
            Ok(()) => {
                self.calibration_input = CalibrationInput::default();
                self.message = Some("Background plan calibrated and locked".to_owned());
            }
            Err(why) => self.calibration_input.error = Some(why),
        }
    }

    /// The Layers panel's Background rows; Calibrate… starts the calibration on the canvas.
    pub(crate) fn background_layers_ui(&mut self, ui: &mut egui::Ui) {
        if let Some(index) = self.background_layers.ui(ui, &mut self.doc) {
            self.canvas.tools_mut().start_calibration(&mut self.doc, index);
        }
    }

    /// A strip above the canvas naming each background image that could not be shown.
    pub(crate) fn background_warnings_ui(&mut self, ui: &mut egui::Ui) {
        let warnings = self.canvas.background_warnings(&self.doc);
        if warnings.is_empty() {
            return;
        }
        egui::Panel::top("background_warnings").show(ui, |ui| {
            for warning in warnings {
                ui.colored_label(ui.visuals().warn_fg_color, warning);
            }
        });
    }
}

/// A number as a planner types it: `42.5`, `42,5`, `42.5 m`, `90°`; `None` for anything else.
fn typed_number(text: &str) -> Option<f64> {
    let bare = text.trim().trim_end_matches(['m', '°']).trim().replace(',', ".");
    bare.parse::<f64>().ok().filter(|v| v.is_finite())
}

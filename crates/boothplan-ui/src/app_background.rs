//! File ▸ Place background plan… in the window: the picked image (or PDF page, asked for when
//! the PDF has several) goes under the plan, spread over the plan's extent, and its calibration starts at once (two clicks on the canvas, then
//! this small window asks for the real distance). An image that cannot be read is a warning
//! strip above the canvas, never a refusal to open or save the layout.

use std::path::{Path, PathBuf};

use super::app::{BoothplanApp, Modal};
use crate::editor::CalibrationStep;
use crate::io::background_image::{ImageError, background_image_size, path_for_layout};
use crate::io::background_pdf::{PdfDrawing, is_pdf};
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

/// A PDF of several pages being placed: which page the planner is choosing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PdfPageChoice {
    /// The PDF picked.
    pub path: PathBuf,
    /// How many pages it has.
    pub pages: u32,
    /// The page number as typed (the first is offered).
    pub page: String,
    /// Why the last Place did not place.
    pub problem: Option<String>,
}

impl BoothplanApp {
    /// Puts the drawing at `path` under the plan (for the selected hall, if one is selected)
    /// and starts calibrating it; a PDF of several pages first asks which page. A file that
    /// cannot be read says why and changes nothing.
    pub(crate) fn place_background_from(&mut self, path: &Path) {
        if is_pdf(path) {
            match PdfDrawing::open(path).map(|pdf| pdf.page_count()) {
                Ok(1) => self.place_pdf_page(path, 1),
                Ok(pages) => {
                    let (path, page) = (path.to_path_buf(), "1".to_owned());
                    self.modal =
                        Some(Modal::PdfPage(PdfPageChoice { path, pages, page, problem: None }));
                }
                Err(error) => self.refuse_background(&error),
            }
            return;
        }
        // Only the header is read here: the canvas decodes the image on its loader thread.
        match background_image_size(path) {
            Ok(size_px) => self.place_background_sized(path, size_px, None),
            Err(error) => self.refuse_background(&error),
        }
    }

    /// The "which page?" question for a PDF of several pages; Place places the page typed.
    pub(crate) fn pdf_page_modal_ui(&mut self, ctx: &egui::Context, mut choice: PdfPageChoice) {
        let name = choice.path.file_name().map_or_else(
            || choice.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let problem = choice.problem.clone();
        let answer = crate::dialogs::pdf_page::pdf_page_ui(
            ctx,
            &name,
            choice.pages,
            &mut choice.page,
            problem.as_deref(),
        );
        self.modal = None;
        match answer {
            Some(true) => match choice.page.trim().parse::<u32>() {
                Ok(page) if (1..=choice.pages).contains(&page) => {
                    self.place_pdf_page(&choice.path, page);
                }
                _ => {
                    let pages = choice.pages;
                    choice.problem = Some(format!("Type a page number from 1 to {pages}."));
                    self.modal = Some(Modal::PdfPage(choice));
                }
            },
            Some(false) => {}
            None => self.modal = Some(Modal::PdfPage(choice)),
        }
    }

    /// Places page `page` of the PDF at `path`: only its size is read here; the canvas renders
    /// the page on its worker.
    fn place_pdf_page(&mut self, path: &Path, page: u32) {
        match PdfDrawing::open(path).and_then(|pdf| pdf.page_size_px(page)) {
            Ok(size_px) => self.place_background_sized(path, size_px, Some(page)),
            Err(error) => self.refuse_background(&error),
        }
    }

    fn refuse_background(&mut self, error: &ImageError) {
        self.modal = Some(Modal::Error {
            title: "Cannot place the background plan".to_owned(),
            message: error.to_string(),
        });
    }

    /// Puts a drawing of `size_px` pixels (page `page` of a PDF) under the plan, spread over
    /// the plan's extent, and starts its calibration.
    fn place_background_sized(&mut self, path: &Path, size_px: (u32, u32), page: Option<u32>) {
        let (w, h) = (f64::from(size_px.0), f64::from(size_px.1));
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
        let mut background = Background::new(written, hall, size_px, origin, m_per_px);
        background.page = page;
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

    /// The Layers panel's Background rows; Calibrate… starts the calibration on the canvas,
    /// Reload has the canvas read the drawing's file again.
    pub(crate) fn background_layers_ui(&mut self, ui: &mut egui::Ui) {
        use crate::panels::background_layers::BackgroundRowAsk;
        match self.background_layers.ui(ui, &mut self.doc) {
            Some(BackgroundRowAsk::Calibrate(index)) => {
                self.canvas.tools_mut().start_calibration(&mut self.doc, index);
            }
            Some(BackgroundRowAsk::Reload(index)) => {
                if let Some(b) = self.doc.layout().backgrounds.get(index) {
                    let file =
                        crate::io::background_image::background_file(self.doc.path(), &b.path);
                    self.canvas.reload_background(&file);
                }
            }
            None => {}
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

//! The generator in the window: Fill zone with booths… and Renumber selection… (from the Edit
//! menu or the canvas's right-click menu); the fill's preview painted over the plan.

use super::app::BoothplanApp;
use crate::canvas::ScreenFromWorld;
use crate::dialogs::fill_zone::{DialogAnswer, FillDialog};
use crate::dialogs::numbering_fields::NumberingFields;
use crate::editor::{Document, FillTarget};
use crate::model::ObjectKind;
use crate::theme_tokens;

/// The generator dialog on screen, if any.
#[derive(Clone, Debug)]
pub(crate) enum GeneratorDialog {
    /// Filling a zone.
    Fill(Box<FillDialog>),
    /// Renumbering the selected booths; `problem` is why the last Apply failed.
    Renumber {
        /// The scheme's fields.
        fields: NumberingFields,
        /// Why the last Apply failed.
        problem: Option<String>,
    },
}

/// The id of the zone selected on its own, if it stands in a hall (what can be filled).
#[must_use]
pub(crate) fn selected_zone(doc: &Document) -> Option<String> {
    let only = doc.selection().single().filter(|r| r.kind == ObjectKind::Zone)?;
    let zone = doc.layout().zones.get(only.index)?;
    zone.hall.as_ref().map(|_| zone.id.clone())
}

/// How many booths Renumber would number: those selected and those of selected halls.
#[must_use]
pub(crate) fn selected_booths(doc: &Document) -> usize {
    doc.booths_to_renumber().len()
}

impl BoothplanApp {
    /// Opens the fill dialog for the selected zone.
    pub(crate) fn open_fill_dialog(&mut self) {
        if let Some(zone) = selected_zone(&self.doc) {
            let target = FillTarget::Zone(zone);
            self.generator =
                Some(GeneratorDialog::Fill(Box::new(FillDialog::new(target, &self.doc))));
        }
    }

    /// Opens the fill dialog on an area dragged out with the Fill tool, or says why not.
    pub(crate) fn open_area_fill_dialog(&mut self, rect: crate::model::Rect) {
        match self.doc.area_to_fill(rect) {
            Ok(area) => {
                let target = FillTarget::Area(area);
                self.generator =
                    Some(GeneratorDialog::Fill(Box::new(FillDialog::new(target, &self.doc))));
            }
            Err(why) => self.message = Some(format!("Cannot fill there: {why}")),
        }
    }

    /// Opens the renumber dialog for the selected booths.
    pub(crate) fn open_renumber_dialog(&mut self) {
        if selected_booths(&self.doc) > 0 {
            let fields = NumberingFields::default();
            self.generator = Some(GeneratorDialog::Renumber { fields, problem: None });
        }
    }

    /// Shows the generator dialog and applies it when asked: one undo step each.
    pub(crate) fn generator_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.generator else { return };
        match dialog {
            GeneratorDialog::Fill(fill) => match fill.ui(ctx, &self.doc) {
                Some(DialogAnswer::Apply) => match fill.apply(&mut self.doc) {
                    Ok(stats) => {
                        let what = fill.target.describe();
                        self.message = Some(format!("Filled {what}: {}", stats.summary()));
                        self.generator = None;
                    }
                    Err(problem) => self.message = Some(problem),
                },
                Some(DialogAnswer::Cancel) => self.generator = None,
                None => {}
            },
            GeneratorDialog::Renumber { fields, problem } => {
                let count = selected_booths(&self.doc);
                match crate::dialogs::renumber::renumber_ui(ctx, fields, count, problem.as_deref())
                {
                    Some(DialogAnswer::Apply) => {
                        let result = fields.scheme().and_then(|scheme| {
                            self.doc.renumber_selection(&scheme).map_err(|e| e.to_string())
                        });
                        match result {
                            Ok(n) => {
                                self.message = Some(format!("Renumbered {n} booths"));
                                self.generator = None;
                            }
                            Err(e) => *problem = Some(e),
                        }
                    }
                    Some(DialogAnswer::Cancel) => self.generator = None,
                    None => {}
                }
            }
        }
    }

    /// Paints the fill preview over the plan: every booth the fill would make.
    pub(crate) fn paint_fill_preview(&self, painter: &egui::Painter, view: &ScreenFromWorld) {
        let Some(GeneratorDialog::Fill(dialog)) = &self.generator else { return };
        let Some(fill) = dialog.preview() else { return };
        let painter = painter.with_clip_rect(view.screen());
        for booth in &fill.booths {
            let rect = view.screen_rect(&booth.rect);
            painter.rect_filled(rect, 0.0, theme_tokens::FEEDBACK_FILL);
            painter.rect_stroke(rect, 0.0, theme_tokens::FEEDBACK_STROKE, egui::StrokeKind::Inside);
        }
    }
}

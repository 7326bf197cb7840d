//! File ▸ Import drawing…: the drawing's layers with what is on each, a role for each (halls,
//! columns, exits or ignored; guessed from the names to start), and what the import would give
//! with those roles, before Import makes it the new document.

use strum::VariantArray as _;

use super::fill_zone::DialogAnswer;
use super::question::{Choice, ask};
use crate::io::dxf::{Drawing, DxfImport, LayerRole, LayerRoles, UnitSource};

/// The preview of one drawing and the roles the planner gave its layers.
pub struct ImportDrawingDialog {
    /// The drawing's file name, for the heading and the message after.
    pub file_name: String,
    drawing: Drawing,
    /// The role of each layer of `drawing.layers()`, in the same order.
    roles: Vec<LayerRole>,
    /// What importing with `roles` gives, or why it cannot.
    outcome: Result<DxfImport, String>,
}

impl std::fmt::Debug for ImportDrawingDialog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImportDrawingDialog")
            .field("file_name", &self.file_name)
            .finish_non_exhaustive()
    }
}

impl ImportDrawingDialog {
    /// The preview of `drawing`, each layer in the role its name suggests.
    #[must_use]
    pub fn new(file_name: String, drawing: Drawing) -> Self {
        let roles = drawing.layers().iter().map(|l| LayerRole::guess(&l.name)).collect();
        let mut dialog = Self { file_name, drawing, roles, outcome: Err(String::new()) };
        dialog.refresh();
        dialog
    }

    /// What the import gives with the roles chosen now, once Import was clicked.
    #[must_use]
    pub fn into_import(self) -> Option<DxfImport> {
        self.outcome.ok()
    }

    /// Works out the import again after a role changed.
    fn refresh(&mut self) {
        let mut roles = LayerRoles::default();
        for (layer, role) in self.drawing.layers().iter().zip(&self.roles) {
            roles.set(&layer.name, *role);
        }
        self.outcome = self.drawing.import(&roles).map_err(|e| e.message);
    }

    /// Shows the dialog; `Some` once the planner answered.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<DialogAnswer> {
        let mut changed = false;
        let can_import = self.outcome.is_ok();
        let Self { file_name, drawing, roles, outcome } = self;
        let outcome = &*outcome;
        let body = |ui: &mut egui::Ui| {
            let units = drawing.units();
            let why = match units.source {
                UnitSource::Header => "as its header says",
                UnitSource::Given => "as chosen",
                UnitSource::Assumed => "assumed: the drawing names no unit",
            };
            ui.label(format!("{file_name}: read in {} ({why}).", units.words));
            ui.label("Choose what each layer becomes:");
            egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                egui::Grid::new("drawing_layers").striped(true).show(ui, |ui| {
                    for (layer, role) in drawing.layers().iter().zip(roles.iter_mut()) {
                        if layer.total() == 0 {
                            continue;
                        }
                        ui.strong(&layer.name);
                        ui.label(format!(
                            "{} closed · {} circles · {} lines · {} other",
                            layer.closed, layer.circles, layer.open, layer.unread
                        ));
                        ui.horizontal(|ui| {
                            for choice in LayerRole::VARIANTS {
                                changed |= ui
                                    .selectable_value(role, *choice, choice.to_string())
                                    .changed();
                            }
                        });
                        ui.end_row();
                    }
                });
            });
            ui.add_space(6.0);
            match outcome {
                Ok(import) => {
                    let l = &import.layout;
                    ui.label(format!(
                        "Import gives {} halls, {} columns and {} exits, as a new layout.",
                        l.halls.len(),
                        l.columns.len(),
                        l.exits.len()
                    ));
                    for note in &import.notes {
                        ui.weak(note);
                    }
                }
                Err(why) => {
                    ui.colored_label(ui.visuals().error_fg_color, why.as_str());
                }
            }
        };
        let both = [
            Choice::plain("Import", DialogAnswer::Apply),
            Choice::plain("Cancel", DialogAnswer::Cancel),
        ];
        let cancel_only = [Choice::plain("Cancel", DialogAnswer::Cancel)];
        let choices: &[Choice<DialogAnswer>] = if can_import { &both } else { &cancel_only };
        let answer = ask(
            ctx,
            "import_drawing",
            760.0,
            "Import drawing",
            body,
            choices,
            DialogAnswer::Cancel,
        );
        if changed {
            self.refresh();
            // An answer given in the frame a role changed was about the old roles.
            return None;
        }
        answer
    }
}

//! File ▸ Compare with… in the window: reading the other version, the list beside the plan,
//! and what a click in it does.

use std::path::Path;

use super::app::{BoothplanApp, Modal};
use crate::compare::{CompareAction, Comparison, compare_panel_ui};
use crate::dialogs::revision::DEFAULT_REVISION;
use crate::revision::{ChangeKind, layout_at_revision};

impl BoothplanApp {
    /// Compares the open layout with the layout in `path`; a file that cannot be used says why.
    pub fn compare_with(&mut self, path: &Path) {
        match Comparison::open(path, &self.doc) {
            Ok(comparison) => {
                self.message = Some(format!("Compared with {}", path.display()));
                self.comparison = Some(comparison);
            }
            Err(error) => {
                self.modal = Some(Modal::Error {
                    title: "Cannot compare with the layout".to_owned(),
                    message: error.to_string(),
                });
            }
        }
    }

    /// File ▸ Compare with revision…: asks which revision, once the layout has a file.
    pub(crate) fn ask_revision(&mut self) {
        if self.modal.is_some() {
            return;
        }
        self.modal = Some(if self.doc.path().is_some() {
            Modal::CompareRevision { revision: DEFAULT_REVISION.to_owned() }
        } else {
            Modal::Error {
                title: "Cannot compare with a revision".to_owned(),
                message: "This layout is not saved yet, so git holds no revision of it. Save it \
                          in a git repository first."
                    .to_owned(),
            }
        });
    }

    /// Compares the open layout with its file as git holds it in `revision`; whatever is
    /// missing (the file, the repository, the revision, git itself) says so.
    pub fn compare_with_revision(&mut self, revision: &str) {
        let revision = revision.trim();
        let Some(path) = self.doc.path().map(Path::to_path_buf) else {
            self.modal = None;
            self.ask_revision();
            return;
        };
        match layout_at_revision(&path, revision) {
            Ok(other) => {
                let comparison = Comparison::with_revision(other, revision, &path, &self.doc);
                self.message = Some(format!("Compared with {}", comparison.name()));
                self.comparison = Some(comparison);
            }
            Err(error) => {
                self.modal = Some(Modal::Error {
                    title: "Cannot compare with the revision".to_owned(),
                    message: error.to_string(),
                });
            }
        }
    }

    /// The comparison on screen, if any (tests read its changes).
    #[must_use]
    pub fn comparison(&self) -> Option<&Comparison> {
        self.comparison.as_ref()
    }

    /// The list on the left while comparing; a click selects the object and zooms to it.
    pub(crate) fn compare_panel(&mut self, ui: &mut egui::Ui) {
        let Some(comparison) = &mut self.comparison else { return };
        comparison.refresh(&self.doc);
        let action = egui::Panel::left("compare")
            .resizable(true)
            .default_size(320.0)
            .show(ui, |ui| compare_panel_ui(ui, comparison))
            .inner;
        match action {
            Some(CompareAction::Show(i)) => {
                let Some(change) = comparison.changes().get(i).cloned() else { return };
                if change.change != ChangeKind::Removed {
                    let selection = self.doc.objects_with_ids(std::slice::from_ref(&change.id));
                    self.doc.set_selection(selection);
                }
                if let Some(place) = change.place {
                    self.canvas.zoom_around(place);
                }
            }
            Some(CompareAction::Close) => self.comparison = None,
            None => {}
        }
    }
}

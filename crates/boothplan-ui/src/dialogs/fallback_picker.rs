//! The in-app file picker for machines where no native dialog can be shown (docs/SPEC.md §8):
//! a folder listing and a path field, so Open and Save always work.

use std::path::{Path, PathBuf};

use super::file_dialog::{FileAnswer, FilePurpose, FileRequest};

/// One line of the folder listing.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    name: String,
    is_dir: bool,
}

/// The state of the picker while it is open.
#[derive(Debug)]
pub struct FallbackPicker {
    purpose: FilePurpose,
    dir: PathBuf,
    /// What the planner typed or clicked: a file name in `dir`, or a whole path.
    path_text: String,
    entries: Vec<Entry>,
    listing_error: Option<String>,
}

impl FallbackPicker {
    /// Opens the picker for `request`, in its start folder or the working directory.
    #[must_use]
    pub fn new(request: &FileRequest) -> Self {
        let dir = request
            .start_dir
            .clone()
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."));
        let mut picker = Self {
            purpose: request.purpose,
            dir,
            path_text: request.file_name.clone().unwrap_or_default(),
            entries: Vec::new(),
            listing_error: None,
        };
        picker.refresh();
        picker
    }

    /// Reads the current folder: sub-folders first, then files of the wanted kind, by name.
    fn refresh(&mut self) {
        self.entries.clear();
        self.listing_error = None;
        match std::fs::read_dir(&self.dir) {
            Ok(read) => {
                for entry in read.flatten() {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
                    let wanted =
                        Path::new(&name).extension().and_then(|e| e.to_str()).is_some_and(|e| {
                            self.purpose.extensions().contains(&e.to_ascii_lowercase().as_str())
                        });
                    if !name.starts_with('.') && (is_dir || wanted) {
                        self.entries.push(Entry { name, is_dir });
                    }
                }
                self.entries.sort_by(|a, b| b.is_dir.cmp(&a.is_dir).then(a.name.cmp(&b.name)));
            }
            Err(e) => self.listing_error = Some(format!("Cannot list {}: {e}", self.dir.display())),
        }
    }

    fn enter(&mut self, dir: PathBuf) {
        self.dir = dir;
        self.refresh();
    }

    /// The file the path field names: relative names are taken in the listed folder.
    #[must_use]
    pub fn chosen_path(&self) -> Option<PathBuf> {
        let text = self.path_text.trim();
        if text.is_empty() {
            return None;
        }
        let path = self.dir.join(text);
        if self.purpose.is_save() && path.extension().is_none() {
            return Some(path.with_extension(self.purpose.extensions()[0]));
        }
        Some(path)
    }

    /// Shows the picker; returns the answer once the planner confirms or cancels.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<FileAnswer> {
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("fallback_file_picker")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.heading(self.purpose.title());
            ui.horizontal(|ui| {
                if ui.button("Up").on_hover_text("Go to the parent folder").clicked()
                    && let Some(parent) = self.dir.parent()
                {
                    self.enter(parent.to_path_buf());
                }
                ui.label(self.dir.display().to_string());
            });
            self.listing_ui(ui);
            ui.horizontal(|ui| {
                ui.label("File:");
                let field = ui.add(
                    egui::TextEdit::singleline(&mut self.path_text)
                        .hint_text("name.ron or a full path")
                        .desired_width(360.0),
                );
                if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    answer = self.confirm();
                }
            });
            ui.horizontal(|ui| {
                let ok_label = if self.purpose.is_save() { "Save" } else { "Open" };
                if ui.button(ok_label).clicked() {
                    answer = self.confirm();
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(FileAnswer::Cancelled);
                }
            });
        });
        if modal.should_close() && answer.is_none() {
            answer = Some(FileAnswer::Cancelled);
        }
        answer
    }

    fn listing_ui(&mut self, ui: &mut egui::Ui) {
        if let Some(error) = &self.listing_error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        let mut enter = None;
        egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
            for entry in &self.entries {
                let label =
                    if entry.is_dir { format!("{}/", entry.name) } else { entry.name.clone() };
                let selected = !entry.is_dir && self.path_text == entry.name;
                let response = ui.selectable_label(selected, label);
                if response.clicked() {
                    if entry.is_dir {
                        enter = Some(self.dir.join(&entry.name));
                    } else {
                        self.path_text.clone_from(&entry.name);
                    }
                }
            }
        });
        if let Some(dir) = enter {
            self.enter(dir);
        }
    }

    fn confirm(&mut self) -> Option<FileAnswer> {
        let path = self.chosen_path()?;
        if path.is_dir() {
            self.enter(path);
            self.path_text.clear();
            return None;
        }
        if !self.purpose.is_save() && !path.is_file() {
            self.listing_error = Some(format!("There is no file {}", path.display()));
            return None;
        }
        Some(FileAnswer::Picked(path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(purpose: FilePurpose, dir: &Path) -> FileRequest {
        FileRequest { purpose, start_dir: Some(dir.to_path_buf()), file_name: None }
    }

    #[test]
    fn lists_folders_then_layouts_and_hides_other_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("halls")).unwrap();
        std::fs::write(dir.path().join("b.ron"), "").unwrap();
        std::fs::write(dir.path().join("a.ron"), "").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "").unwrap();
        let picker = FallbackPicker::new(&request(FilePurpose::Open, dir.path()));
        let names: Vec<_> = picker.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["halls", "a.ron", "b.ron"]);
    }

    #[test]
    fn saving_adds_the_ron_extension_and_opening_needs_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut save = FallbackPicker::new(&request(FilePurpose::SaveAs, dir.path()));
        save.path_text = "plan".to_owned();
        assert_eq!(save.confirm(), Some(FileAnswer::Picked(dir.path().join("plan.ron"))));

        let mut open = FallbackPicker::new(&request(FilePurpose::Open, dir.path()));
        open.path_text = "missing.ron".to_owned();
        assert_eq!(open.confirm(), None);
        assert!(open.listing_error.is_some());
    }
}

//! The boothplan window: menus and toolbar on top, inspector and summary on the right, findings
//! and status at the bottom, the floor plan in the middle.
//!
//! Thin by design: panels and keys only queue [`UiCommand`]s or call the editor, and the queue is
//! applied once per frame ([`BoothplanApp::run_commands`]).

use std::path::{Path, PathBuf};

use crate::canvas::Canvas;
use crate::commands::UiCommand;
use crate::dialogs::file_dialog::{FileDialogs, FilePurpose};
use crate::editor::Document;
use crate::model::Layout;
use crate::panels::find_bar::{FindBar, FindRequest};
use crate::panels::findings::{self, FindingsPanel};
use crate::panels::inspector::Inspector;
use crate::panels::status_bar::{Status, status_bar_ui};
use crate::panels::{summary, toolbar};
use crate::recent::RecentFiles;

/// Something the planner asked for that may first need "Save changes?" answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Intent {
    /// Start an empty layout.
    New,
    /// Ask for a file and open it.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Ask for a venue drawing and import it as a new layout.
    ImportDrawing,
    /// Close the window.
    Quit,
}

impl Intent {
    /// What the planner is about to do, for "Save them before …?".
    pub(crate) fn doing(&self) -> &'static str {
        match self {
            Self::New => "starting a new layout",
            Self::Open | Self::OpenPath(_) => "opening another file",
            Self::ImportDrawing => "importing a drawing",
            Self::Quit => "quitting",
        }
    }
}

/// The modal question or message on screen, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Modal {
    /// "Save changes?" before doing the intent.
    Unsaved(Intent),
    /// The layout has errors: save anyway? Then `then`.
    SaveWithErrors {
        /// Ask for a new file name even if the layout has one.
        save_as: bool,
        /// What to do after a successful save.
        then: Option<Intent>,
    },
    /// Something went wrong with a file.
    Error {
        /// The heading, e.g. "Cannot open the layout".
        title: String,
        /// The details, e.g. `plan.ron:12:5: expected a number`.
        message: String,
    },
    /// File ▸ Compare with revision…: which revision, as typed so far.
    CompareRevision {
        /// The revision in the field.
        revision: String,
    },
    /// File ▸ Place background plan… picked a PDF of several pages: which page, as typed.
    PdfPage(crate::app_background::PdfPageChoice),
    /// File ▸ Export…: paper, orientation, halls and resolution before the file name.
    ExportOptions,
    /// Edit ▸ Layout settings…: prices, premiums and theme targets.
    LayoutSettings,
    /// File ▸ Import exhibitors…: the changes a list would make, to apply or not.
    ImportExhibitors {
        /// The list's file name, for the heading.
        list: String,
        /// What it would change.
        plan: Box<crate::assign::Assignment>,
    },
    /// Edits a crash left unsaved, newest first: restore or discard each? Offered at start-up,
    /// and again when their file is opened while still unanswered.
    Recover {
        /// The kept copies on offer.
        entries: Vec<crate::io::recovery::RecoveryEntry>,
        /// Why the last Restore failed, shown above the list.
        problem: Option<String>,
    },
    /// The document's file was saved by someone else: reload it or keep this version?
    ChangedOnDisk,
    /// Save would replace a version someone else saved since: overwrite, Save As or cancel?
    OverwriteChanged {
        /// What to do after a successful save.
        then: Option<Intent>,
    },
}

/// The whole app: the document, the view of it, the panels and the file dialogs.
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent frame-to-frame flags of the window, each set and read in one place"
)]
pub struct BoothplanApp {
    pub(crate) doc: Document,
    pub(crate) canvas: Canvas,
    /// File dialogs and recent files.
    pub(crate) files: crate::files::Files,
    pub(crate) queue: Vec<UiCommand>,
    pub(crate) inspector: Inspector,
    pub(crate) find: FindBar,
    findings: FindingsPanel,
    summary: summary::SummaryPanel,
    pub(crate) modal: Option<Modal>,
    pub(crate) show_shortcuts: bool,
    pub(crate) fit_pending: bool,
    /// Set when the planner chose Quit (and answered any question): the window closes.
    pub(crate) quit_requested: bool,
    pub(crate) message: Option<String>,
    sent_title: String,
    fonts_installed: bool,
    /// File ▸ Export…: its choices and the export being written.
    pub(crate) exports: crate::app_export::Exports,
    pub(crate) settings_dialog: crate::dialogs::layout_settings::LayoutSettingsDialog,
    pub(crate) safekeeping: crate::safekeeping::Safekeeping,
    /// File ▸ Compare with…: the other version and what differs, while shown.
    pub(crate) comparison: Option<crate::compare::Comparison>,
    /// The merge conflicts listed beside the open file, while any are shown.
    pub(crate) merge_conflicts: Option<crate::compare::MergeConflicts>,
    /// The file the conflict list was last looked for beside.
    pub(crate) conflicts_looked_for: Option<PathBuf>,
    /// The fill or renumber dialog, while open.
    pub(crate) generator: Option<crate::app_generate::GeneratorDialog>,
    /// File ▸ Import drawing…'s preview, while open.
    pub(crate) drawing_import: Option<Box<crate::dialogs::import_drawing::ImportDrawingDialog>>,
    /// The calibration's typed distance and bearing (see `app_background.rs`).
    pub(crate) calibration_input: crate::app_background::CalibrationInput,
    /// The Layers panel's Background rows: the opacity slider being held.
    pub(crate) background_layers: crate::panels::background_layers::BackgroundLayers,
}

impl BoothplanApp {
    /// An app on `layout` (from `path`, if it came from a file) asking for files through
    /// `dialogs` and remembering them in `recent`.
    #[must_use]
    pub fn new(
        layout: Layout,
        path: Option<PathBuf>,
        dialogs: Box<dyn FileDialogs>,
        recent: RecentFiles,
    ) -> Self {
        Self {
            doc: Document::new(layout, path),
            canvas: Canvas::default(),
            files: crate::files::Files::new(dialogs, recent),
            queue: Vec::new(),
            inspector: Inspector::default(),
            find: FindBar::default(),
            findings: FindingsPanel::default(),
            summary: summary::SummaryPanel::default(),
            modal: None,
            show_shortcuts: false,
            fit_pending: true,
            quit_requested: false,
            message: None,
            sent_title: String::new(),
            fonts_installed: false,
            exports: crate::app_export::Exports::default(),
            settings_dialog: crate::dialogs::layout_settings::LayoutSettingsDialog::default(),
            safekeeping: crate::safekeeping::Safekeeping::default(),
            comparison: None,
            merge_conflicts: None,
            conflicts_looked_for: None,
            generator: None,
            drawing_import: None,
            calibration_input: crate::app_background::CalibrationInput::default(),
            background_layers: crate::panels::background_layers::BackgroundLayers::default(),
        }
    }

    /// The document being edited (tests read the layout through it).
    #[must_use]
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The document, for tests and tools that edit it directly.
    pub fn document_mut(&mut self) -> &mut Document {
        &mut self.doc
    }

    /// The window title: `boothplan — NAME.ron *`, the `*` while there are unsaved changes.
    #[must_use]
    pub fn window_title(&self) -> String {
        format!("boothplan — {}", self.doc.title())
    }

    /// Queues `command` to run at the end of this frame, as a menu item or shortcut would.
    pub fn queue(&mut self, command: UiCommand) {
        self.queue.push(command);
    }

    /// Where the venue point `p` is on screen now (tests drag and click through it).
    #[must_use]
    pub fn screen_pos(&self, p: crate::model::Point) -> egui::Pos2 {
        self.canvas.screen_from_world().screen_pos(p)
    }

    /// The path of a file the app would open from File ▸ Open Recent.
    #[must_use]
    pub fn recent_files(&self) -> &[PathBuf] {
        self.files.recent()
    }

    /// The canvas, for tests that read what it shows (the view, the walking-distance overlay).
    #[must_use]
    pub fn canvas(&self) -> &Canvas {
        &self.canvas
    }

    /// The floor-plan canvas, for callers that steer the view (benchmarks, tests).
    pub fn canvas_mut(&mut self) -> &mut Canvas {
        &mut self.canvas
    }

    /// The egress rules of a drag run on the live check's worker, which asks for a frame when
    /// it has findings (a new document starts without one); this frame takes them.
    fn take_background_findings(&mut self, ctx: &egui::Context) {
        if !self.doc.checks_in_background() {
            let repaint = ctx.clone();
            self.doc.check_in_background(move || repaint.request_repaint());
        }
        self.doc.take_background_findings();
    }

    /// The right-hand side: the inspector, the layers (with the background plans) and the
    /// summary, scrolling together.
    fn side_panel_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::right("side").resizable(true).default_size(320.0).show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                self.inspector.ui(ui, &mut self.doc);
                ui.add_space(12.0);
                egui::CollapsingHeader::new("Layers").default_open(true).show(ui, |ui| {
                    crate::panels::layers::layers_ui(ui, &mut self.doc);
                    self.background_layers_ui(ui);
                });
                egui::CollapsingHeader::new("Summary").default_open(true).show(ui, |ui| {
                    self.summary.ui(ui, &self.doc);
                });
            });
        });
    }

    /// One frame: read keys, lay out the panels and the canvas, apply the queued commands, show
    /// any dialog and keep the title current.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.fonts_installed {
            // Here rather than in `run_gui`, so tests draw exhibitor names the same way.
            crate::fonts::install(&ctx);
            self.fonts_installed = true;
        }
        self.intercept_close(&ctx);
        self.take_background_findings(&ctx);
        self.call_off_edits_on_focus_lost(&ctx);
        crate::dialogs::shortcuts::close_on_escape(&ctx, &mut self.show_shortcuts);
        if self.modal.is_none() && !self.files.picker_is_open() {
            self.queue.extend(UiCommand::consume_pressed(&ctx));
            self.queue.extend(UiCommand::consume_clipboard_events(&ctx));
            // Keys take effect before anything is laid out, so this very frame paints what
            // they did (a Delete is gone at once, not after the next mouse move).
            self.run_commands(&ctx);
        }
        egui::Panel::top("menu_bar").show(ui, |ui| self.menu_bar_ui(ui));
        egui::Panel::top("toolbar").show(ui, |ui| {
            toolbar::toolbar_ui(ui, &mut self.doc, self.canvas.tools().tool(), &mut self.queue);
        });
        if self.find.is_open() {
            egui::Panel::top("find").show(ui, |ui| match self.find.ui(ui, &self.doc) {
                Some(FindRequest::Show(booth)) => {
                    self.doc.set_selection(crate::editor::Selection::of([
                        crate::editor::ObjectRef::booth(booth),
                    ]));
                    self.canvas.zoom_to_selection(&self.doc);
                }
                Some(FindRequest::Close) => {
                    self.find.close();
                }
                None => {}
            });
        }
        self.canvas.set_found(self.find.mask());
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            let (errors, warnings) = findings::count(self.doc.findings());
            let status = Status {
                cursor_m: self.canvas.cursor_m(),
                points_per_m: self.canvas.points_per_m() as f32,
                selected: self.doc.selection().len(),
                tool: self.canvas.tools().tool(),
                errors,
                warnings,
                message: self.message.clone(),
            };
            status_bar_ui(ui, &status);
        });
        // Resizable by its top edge only: the list scrolls inside, so its content never
        // grows the panel and moves the canvas.
        egui::Panel::bottom("findings")
            .resizable(true)
            .default_size(150.0)
            .size_range(60.0..=600.0)
            .show(ui, |ui| {
                if let Some(ids) = self.findings.ui(ui, &self.doc) {
                    let selection = self.doc.objects_with_ids(&ids);
                    self.doc.set_selection(selection);
                    self.canvas.zoom_to_selection(&self.doc);
                }
            });
        self.side_panel_ui(ui);
        self.background_warnings_ui(ui);
        self.look_for_conflicts();
        self.conflicts_panel(ui);
        self.compare_panel(ui);
        egui::CentralPanel::default().show(ui, |ui| {
            let canvas = self.canvas.ui(ui, &mut self.doc);
            if let Some(area) = self.canvas.tools_mut().take_area_to_fill() {
                self.open_area_fill_dialog(area);
            }
            if let Some(comparison) = &self.comparison {
                let view = self.canvas.screen_from_world();
                let painter = ui.painter_at(view.screen());
                crate::canvas::paint_compare_marks(&painter, view, comparison.marks());
            }
            self.paint_fill_preview(ui.painter(), self.canvas.screen_from_world());
            self.context_menu_ui(&canvas.response);
            if self.fit_pending {
                self.canvas.fit_all(&self.doc);
                self.fit_pending = false;
            }
        });
        self.run_commands(&ctx);
        self.dialogs_ui(&ctx);
        self.generator_ui(&ctx);
        self.drawing_import_ui(&ctx);
        self.calibration_ui(&ctx);
        self.keep_safe(&ctx);
        self.update_title(&ctx);
        if self.quit_requested {
            self.closing();
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// True once the planner chose Quit and nothing stopped it (the window is closing).
    #[must_use]
    pub fn is_quitting(&self) -> bool {
        self.quit_requested
    }

    /// The modal dialog on screen, if any, as its heading (tests assert on it).
    #[must_use]
    pub fn modal_title(&self) -> Option<String> {
        if self.drawing_import.is_some() {
            return Some("Import drawing".to_owned());
        }
        self.modal.as_ref().map(|m| match m {
            Modal::Unsaved(_) => "Save changes?".to_owned(),
            Modal::SaveWithErrors { .. } => "The layout has errors".to_owned(),
            Modal::Error { title, .. } => title.clone(),
            Modal::CompareRevision { .. } => "Compare with revision".to_owned(),
            Modal::PdfPage(_) => "Place a page of the PDF".to_owned(),
            Modal::ExportOptions => "Export".to_owned(),
            Modal::LayoutSettings => "Layout settings".to_owned(),
            Modal::ImportExhibitors { .. } => "Import exhibitors".to_owned(),
            Modal::Recover { .. } => "Restore unsaved edits?".to_owned(),
            Modal::ChangedOnDisk | Modal::OverwriteChanged { .. } => {
                crate::dialogs::disk_changed::HEADING.to_owned()
            }
        })
    }

    /// Sends the title to the window when it changed.
    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.sent_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.sent_title = title;
        }
    }

    /// The window's close button with unsaved changes asks first instead of closing; a clean
    /// close forgets the recovery copy.
    fn intercept_close(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.quit_requested {
            return;
        }
        if self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::Unsaved(Intent::Quit));
        } else {
            self.closing();
        }
    }

    /// Shows whatever dialog is up and acts on the planner's answer.
    fn dialogs_ui(&mut self, ctx: &egui::Context) {
        if let Some(answered) = self.files.poll(ctx) {
            self.file_answered(answered);
        }
        self.poll_export(ctx);
        if let Some(answered) = self.files.picker_ui(ctx) {
            self.file_answered(answered);
        }
        self.modal_ui(ctx);
        crate::dialogs::shortcuts::shortcuts_ui(ctx, &mut self.show_shortcuts);
    }

    /// Path of the document's folder, where file dialogs start.
    pub(crate) fn start_dir(&self) -> Option<PathBuf> {
        self.doc.path().and_then(Path::parent).map(Path::to_path_buf)
    }

    /// Asks for a file for `purpose`, then does `then`.
    pub(crate) fn ask_file(&mut self, purpose: FilePurpose, then: Option<Intent>) {
        let file_name = match purpose {
            FilePurpose::SaveAs | FilePurpose::Export => {
                let stem = self
                    .doc
                    .path()
                    .and_then(Path::file_stem)
                    .map_or_else(|| "layout".to_owned(), |n| n.to_string_lossy().into_owned());
                Some(format!("{stem}.{}", purpose.extensions()[0]))
            }
            FilePurpose::Open
            | FilePurpose::Compare
            | FilePurpose::ImportExhibitors
            | FilePurpose::ImportDrawing
            | FilePurpose::PlaceBackground => None,
        };
        let start_dir = self.start_dir();
        self.files.ask(purpose, start_dir, file_name, then);
    }
}

impl eframe::App for BoothplanApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }
}

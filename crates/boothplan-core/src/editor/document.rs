//! The document: a layout with its file, undo history, selection, live findings, layers and
//! clipboard. What the tools are doing lives in `tool::ToolController`, which edits a document.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::clipboard::Clipboard;
use super::history::{DEFAULT_HISTORY_CAP, History};
use super::transaction::OpenEdit;
use super::{Command, ObjectRef, Selection};
use crate::check::{Finding, LiveCheck, Touched};
use crate::io::disk_stamp::FileStamp;
use crate::io::ron_file::{LoadError, load_layout, save_layout};
use crate::model::{Layout, Point};

/// Standard booth sizes (width × depth, metres) offered by the Booth tool: 3 m modules.
pub const STANDARD_BOOTH_SIZES_M: [(f64, f64); 8] = [
    (3.0, 3.0),
    (3.0, 6.0),
    (6.0, 3.0),
    (6.0, 6.0),
    (9.0, 6.0),
    (6.0, 9.0),
    (9.0, 9.0),
    (12.0, 6.0),
];

/// Side of the square column the Column tool drops on a click, metres.
pub const COLUMN_SIDE_M: f64 = 0.8;

/// Choices the planner makes in the toolbar and the UI updates as the view zooms.
#[derive(Clone, Debug, PartialEq)]
pub struct EditorSettings {
    /// Snap positions to the layout's grid (Alt bypasses).
    pub snap_to_grid: bool,
    /// Snap dragged edges and centres to neighbours' edges, centres and one aisle from booths
    /// (Alt bypasses); nearer than the grid, it wins.
    pub snap_to_objects: bool,
    /// Theme key given to new zones and to new booths outside any zone.
    pub current_theme: String,
    /// Width and depth of the booth a click of the Booth tool drops, metres.
    pub booth_size_m: (f64, f64),
    /// How far from an object, handle or vertex a press still hits it, metres (the UI converts
    /// a few screen pixels at the current zoom).
    pub pick_radius_m: f64,
    /// How far the pointer must move after a press before it counts as a drag, metres.
    pub drag_threshold_m: f64,
    /// How near a dragged edge must come to a neighbour's to snap to it, metres (the UI
    /// converts a few screen pixels at the current zoom).
    pub snap_radius_m: f64,
}

impl Default for EditorSettings {
    fn default() -> Self {
        Self {
            snap_to_grid: true,
            snap_to_objects: true,
            current_theme: "digital-content".to_owned(),
            booth_size_m: STANDARD_BOOTH_SIZES_M[0],
            pick_radius_m: 0.3,
            drag_threshold_m: 0.2,
            snap_radius_m: 0.4,
        }
    }
}

/// Why a save failed.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The document has never been saved: ask for a file name (Save As).
    #[error("the layout has no file yet; choose one with Save As")]
    NoPath,
    /// Writing the file failed.
    #[error("cannot save {}: {source}", path.display())]
    Io {
        /// The file that could not be written.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
}

/// The layout being edited and everything the editor knows about it.
#[derive(Debug)]
pub struct Document {
    pub(crate) layout: Layout,
    pub(super) path: Option<PathBuf>,
    pub(super) history: History,
    pub(crate) selection: Selection,
    pub(super) live: LiveCheck,
    /// Finding indices per object id, built on first use after each edit (a drag frame with
    /// thousands of aisle warnings should not pay for an index nobody reads).
    findings_by_id: OnceLock<HashMap<String, Vec<usize>>>,
    /// What the toolbar chose; the UI may change it at any time.
    pub settings: EditorSettings,
    /// Which kinds of object are shown and which are locked (see `layers.rs`).
    pub(crate) layers: super::Layers,
    pub(crate) clipboard: Clipboard,
    /// The edit in progress, whose `Transaction` value a tool or the inspector holds.
    pub(crate) open_edit: Option<OpenEdit>,
    /// A tool is in the middle of a gesture (pressed, dragging): edits from keys and menus
    /// wait until it ends. The tool controller keeps it current.
    pub(crate) gesture_held: bool,
    /// Renewed on every change of the layout, so views can cache what they derive from it;
    /// unique in the process, so a new document never shares a number with the one it
    /// replaced.
    revision: u64,
    /// What the file looked like when opened or last saved (see `on_disk.rs`).
    pub(super) disk: Option<FileStamp>,
}

impl Document {
    /// A document on `layout`, clean, with `path` as its file (`None` for a new or embedded one).
    #[must_use]
    pub fn new(layout: Layout, path: Option<PathBuf>) -> Self {
        let live = LiveCheck::new(&layout);
        let current_theme = layout
            .themes
            .first()
            .map_or_else(|| EditorSettings::default().current_theme, |t| t.key.clone());
        Self {
            layout,
            history: History::new(DEFAULT_HISTORY_CAP),
            selection: Selection::default(),
            live,
            findings_by_id: OnceLock::new(),
            settings: EditorSettings { current_theme, ..EditorSettings::default() },
            layers: super::Layers::default(),
            clipboard: Clipboard::default(),
            open_edit: None,
            gesture_held: false,
            revision: next_revision(),
            disk: path.as_deref().and_then(|p| FileStamp::of(p).ok()),
            path,
        }
    }

    /// Replaces this document with the layout in `path`; on error nothing changes.
    pub fn open(&mut self, path: &Path) -> Result<(), LoadError> {
        let layout = load_layout(path)?;
        self.start_over(layout, Some(path.to_owned()));
        Ok(())
    }

    /// Makes this a fresh, clean document on `layout` (New, Open, a restore after a crash),
    /// keeping what belongs to the planner rather than the file: the toolbar's choices (the
    /// theme only if the new layout has it) and the clipboard.
    pub fn start_over(&mut self, layout: Layout, path: Option<PathBuf>) {
        let settings = self.settings.clone();
        let clipboard = std::mem::take(&mut self.clipboard);
        *self = Self::new(layout, path);
        let theme_known = self.layout.theme(&settings.current_theme).is_some();
        let current_theme = std::mem::take(&mut self.settings.current_theme);
        self.settings = settings;
        if !theme_known {
            self.settings.current_theme = current_theme;
        }
        self.clipboard = clipboard;
    }

    /// Writes the layout to its file and marks the document clean.
    pub fn save(&mut self) -> Result<(), SaveError> {
        let path = self.path.clone().ok_or(SaveError::NoPath)?;
        self.save_as(&path)
    }

    /// Writes the layout to `path`, makes that the document's file and marks it clean.
    ///
    /// Background plans are named relative to the layout's file: saved into another folder,
    /// their paths are rewritten to name the same images from there (in the undo steps too).
    pub fn save_as(&mut self, path: &Path) -> Result<(), SaveError> {
        let old = self.path.clone();
        let rebase = |b: &mut crate::model::Background| {
            let image = crate::io::background_image::background_file(old.as_deref(), &b.path);
            b.path = crate::io::background_image::path_for_layout(Some(path), &image);
        };
        let moves_folder = old.as_deref().and_then(Path::parent) != path.parent();
        if moves_folder && !self.layout.backgrounds.is_empty() {
            let mut rebased = self.layout.clone();
            rebased.backgrounds.iter_mut().for_each(rebase);
            save_layout(path, &rebased)
                .map_err(|source| SaveError::Io { path: path.to_owned(), source })?;
            self.layout.backgrounds = rebased.backgrounds;
        } else {
            save_layout(path, &self.layout)
                .map_err(|source| SaveError::Io { path: path.to_owned(), source })?;
        }
        if moves_folder {
            self.history.backgrounds_mut().for_each(rebase);
        }
        self.path = Some(path.to_owned());
        self.disk = FileStamp::of(path).ok();
        self.history.mark_saved();
        Ok(())
    }

    /// The layout as it is now (including the preview of a drag in progress).
    #[must_use]
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// The document's file, if it has one.
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// True when the layout differs from what was last saved (or loaded).
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Marks the document as never saved (e.g. a layout imported from GeoJSON): dirty until saved.
    pub fn mark_unsaved(&mut self) {
        self.history.mark_unsaved();
    }

    /// A number that changes whenever the layout does (edit, undo, redo, drag preview, open,
    /// or another document taking this one's place),
    /// so a panel can recompute its summary only when it differs from the one it last saw.
    #[must_use]
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The file name for the window title, with `*` when there are unsaved changes.
    #[must_use]
    pub fn title(&self) -> String {
        let name = self
            .path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(|| self.layout.name.clone(), |n| n.to_string_lossy().into_owned());
        if self.is_dirty() { format!("{name} *") } else { name }
    }

    /// Every finding of the live checks, sorted as `check::check_layout` sorts them.
    #[must_use]
    pub fn findings(&self) -> &[Finding] {
        self.live.findings()
    }

    /// The findings that name the object with this id.
    #[must_use]
    pub fn findings_for_id(&self, id: &str) -> Vec<&Finding> {
        let all = self.live.findings();
        self.findings_index()
            .get(id)
            .map(|ix| ix.iter().filter_map(|&i| all.get(i)).collect())
            .unwrap_or_default()
    }

    /// The findings that name `object` (empty when it has none or does not exist).
    #[must_use]
    pub fn findings_for(&self, object: ObjectRef) -> Vec<&Finding> {
        object.id(&self.layout).map(|id| self.findings_for_id(id)).unwrap_or_default()
    }

    /// True when some finding names `object`: the canvas outlines it in red. Cheap per frame.
    #[must_use]
    pub fn has_findings(&self, object: ObjectRef) -> bool {
        object.id(&self.layout).is_some_and(|id| self.findings_index().contains_key(id))
    }

    /// The selected objects.
    #[must_use]
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// Replaces the selection (e.g. clicking a finding selects its objects). Not an undo step.
    pub fn set_selection(&mut self, selection: Selection) {
        self.selection = selection;
        self.selection.retain_valid(&self.layout);
    }

    /// Selects every hall, column, exit, zone and booth that can be picked (Ctrl+A): locked
    /// and hidden layers stay out.
    pub fn select_all(&mut self) {
        let l = &self.layout;
        let layers = self.layers;
        self.selection = Selection::of(
            (0..l.halls.len())
                .map(ObjectRef::hall)
                .chain((0..l.columns.len()).map(ObjectRef::column))
                .chain((0..l.exits.len()).map(ObjectRef::exit))
                .chain((0..l.zones.len()).map(ObjectRef::zone))
                .chain((0..l.booths.len()).map(ObjectRef::booth))
                .filter(|r| layers.can_pick(r.kind)),
        );
    }

    /// The object a click at `pos` picks: the top-most one there on a shown, unlocked layer
    /// (see [`super::object_at`]).
    #[must_use]
    pub fn pick(&self, pos: Point) -> Option<ObjectRef> {
        super::object_at(&self.layout, pos, self.settings.pick_radius_m, |k| {
            self.layers.can_pick(k)
        })
    }

    /// The objects whose ids are in `ids` (to select the objects of a finding).
    #[must_use]
    pub fn objects_with_ids(&self, ids: &[String]) -> Selection {
        let l = &self.layout;
        let wanted = |id: &String| ids.contains(id);
        Selection::of(
            l.halls
                .iter()
                .enumerate()
                .filter(|(_, o)| wanted(&o.id))
                .map(|(i, _)| ObjectRef::hall(i))
                .chain(
                    l.columns
                        .iter()
                        .enumerate()
                        .filter(|(_, o)| wanted(&o.id))
                        .map(|(i, _)| ObjectRef::column(i)),
                )
                .chain(
                    l.zones
                        .iter()
                        .enumerate()
                        .filter(|(_, o)| wanted(&o.id))
                        .map(|(i, _)| ObjectRef::zone(i)),
                )
                .chain(
                    l.booths
                        .iter()
                        .enumerate()
                        .filter(|(_, o)| wanted(&o.id))
                        .map(|(i, _)| ObjectRef::booth(i)),
                ),
        )
    }

    /// True when there is a step to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        self.history.undo_len() > 0
    }

    /// True when there is a step to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        self.history.redo_len() > 0
    }

    /// What Undo would revert, for the Edit menu ("Undo Move booth").
    #[must_use]
    pub fn undo_label(&self) -> Option<&str> {
        self.history.undo_label()
    }

    /// What Redo would re-apply.
    #[must_use]
    pub fn redo_label(&self) -> Option<&str> {
        self.history.redo_label()
    }

    /// Reverts the last step and restores the selection it started from. An edit in progress
    /// is put back first (the window also cancels the tool's gesture, see
    /// `ToolController::cancel`).
    pub fn undo(&mut self) {
        self.abandon_edit();
        let Some(cmd) = self.history.undo() else { return };
        cmd.undo(&mut self.layout);
        self.selection = cmd.selection_before.clone();
        let touched = cmd.touched();
        self.after_edit(&touched);
    }

    /// Re-applies the last undone step and restores the selection it ended with.
    pub fn redo(&mut self) {
        self.abandon_edit();
        let Some(cmd) = self.history.redo() else { return };
        cmd.apply(&mut self.layout);
        self.selection = cmd.selection_after.clone();
        let touched = cmd.touched();
        self.after_edit(&touched);
    }

    /// Applies `command`, records it as one undo step and selects its `selection_after`.
    /// Commands that change nothing are not recorded.
    pub fn execute(&mut self, command: Command) {
        if command.is_empty() {
            return;
        }
        command.apply(&mut self.layout);
        self.record_applied(command);
    }

    /// Records a command whose changes are already in the layout.
    pub(super) fn record_applied(&mut self, command: Command) {
        self.selection = command.selection_after.clone();
        self.selection.retain_valid(&self.layout);
        let touched = command.touched();
        self.history.push(command);
        self.after_edit(&touched);
    }

    /// Brings the live findings up to date after an edit.
    pub(super) fn after_edit(&mut self, touched: &Touched) {
        self.revision = next_revision();
        self.live.update(&self.layout, touched);
        self.findings_by_id = OnceLock::new();
    }

    /// Forgets the findings index: the findings changed without an edit (a walk finished).
    pub(super) fn findings_changed(&mut self) {
        self.findings_by_id = OnceLock::new();
    }

    fn findings_index(&self) -> &HashMap<String, Vec<usize>> {
        self.findings_by_id.get_or_init(|| {
            let mut index: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, f) in self.live.findings().iter().enumerate() {
                for id in &f.ids {
                    index.entry(id.clone()).or_default().push(i);
                }
            }
            index
        })
    }

    /// The layout's grid step, never zero or negative.
    #[must_use]
    pub fn grid_step_m(&self) -> f64 {
        let g = self.layout.grid_step_m;
        if g.is_finite() && g > 0.0 { g } else { 1.0 }
    }

    /// `p` snapped to the grid, unless snapping is off (the tools also let Alt bypass it).
    #[must_use]
    pub fn snap_to_grid(&self, p: Point) -> Point {
        if !self.settings.snap_to_grid {
            return p;
        }
        let g = self.grid_step_m();
        Point::new((p.x_m / g).round() * g, (p.y_m / g).round() * g)
    }
}

/// A revision number no document of this process has had yet.
fn next_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

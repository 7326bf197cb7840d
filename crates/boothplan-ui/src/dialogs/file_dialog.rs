//! Asking the planner for a file, behind a trait so tests never open a real dialog.
//!
//! The native dialog runs on a worker thread (rfd's blocking call has no timeout under a real
//! portal), and the window keeps painting while it is open. Where no native dialog can be shown
//! at all, rfd answers `None` at once; that is taken as "unavailable" (timed on the worker, so
//! a slow window never mistakes it for Cancel) and the app falls back to its own picker. On
//! Linux, with neither a session bus for the desktop portal nor `zenity`, the picker is used
//! from the start (docs/SPEC.md §8).

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

/// What the file is wanted for: decides the dialog's title, filters and open-or-save kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilePurpose {
    /// Pick an existing layout to open.
    Open,
    /// Choose where to save the layout.
    SaveAs,
    /// Choose where to export a floor plan, booth list or GeoJSON (format by extension).
    Export,
    /// Pick the exhibitor list (CSV) to import.
    ImportExhibitors,
    /// Pick another version of the layout to compare the open one with.
    Compare,
    /// Pick a venue drawing (DXF) to start a layout from.
    ImportDrawing,
    /// Pick an image of the venue's drawing (or a PDF of it) to put under the plan.
    PlaceBackground,
}

impl FilePurpose {
    /// The dialog's title.
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Self::Open => "Open layout",
            Self::SaveAs => "Save layout as",
            Self::Export => "Export floor plan",
            Self::ImportExhibitors => "Import exhibitors",
            Self::Compare => "Compare with layout",
            Self::ImportDrawing => "Import drawing",
            Self::PlaceBackground => "Place background plan",
        }
    }

    /// Whether the file may not exist yet.
    #[must_use]
    pub fn is_save(self) -> bool {
        matches!(self, Self::SaveAs | Self::Export)
    }

    /// The file extensions offered, the default first.
    #[must_use]
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Open | Self::SaveAs | Self::Compare => &["ron"],
            Self::Export => &["pdf", "png", "svg", "csv", "geojson", "html"],
            Self::ImportExhibitors => &["csv"],
            Self::ImportDrawing => &["dxf"],
            Self::PlaceBackground => &["png", "jpg", "jpeg", "pdf"],
        }
    }

    /// The name of the file kind, for the dialog's filter.
    #[must_use]
    pub fn filter_name(self) -> &'static str {
        match self {
            Self::Open | Self::SaveAs | Self::Compare => "boothplan layout",
            Self::Export => {
                "Floor plan (PDF, PNG, SVG), booth list (CSV), GeoJSON, interactive map (HTML)"
            }
            Self::ImportExhibitors => "Exhibitor list (CSV: number,exhibitor,status)",
            Self::ImportDrawing => "Venue drawing (DXF)",
            Self::PlaceBackground => "Venue drawing (PNG, JPEG or a page of a PDF)",
        }
    }
}

/// A request for a file: what for, where to start and the suggested name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRequest {
    /// What the file is for.
    pub purpose: FilePurpose,
    /// The folder to start in, if known.
    pub start_dir: Option<PathBuf>,
    /// The suggested file name, for saving.
    pub file_name: Option<String>,
}

/// How a file request ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileAnswer {
    /// The planner chose this file.
    Picked(PathBuf),
    /// The planner cancelled.
    Cancelled,
    /// No native dialog can be shown here: the app should show its own picker.
    Unavailable,
}

/// Something that can ask the planner for a file without blocking the UI thread.
pub trait FileDialogs {
    /// Starts asking; the answer comes later from [`FileDialogs::poll`]. A request made while
    /// another is open replaces nothing: implementations may ignore it.
    fn request(&mut self, request: FileRequest);

    /// The answer, once there is one (called every frame while a request is open).
    fn poll(&mut self) -> Option<FileAnswer>;

    /// Whether a request is open.
    fn is_open(&self) -> bool;
}

/// A `None` from rfd this soon after the dialog was asked for means no dialog was shown: nobody
/// cancels that fast. Timed on the worker thread, around the call itself, so a slow frame of
/// the window cannot turn "no dialog could be shown" into "cancelled".
const UNAVAILABLE_WITHIN: Duration = Duration::from_millis(250);

/// Shows one native dialog for a request and blocks until it closes: the chosen file, or
/// `None` when it was cancelled or could not be shown. Runs on a worker thread.
pub type AskNative = Arc<dyn Fn(&FileRequest) -> Option<PathBuf> + Send + Sync>;

/// What the worker thread reports: the answer, and how long the dialog was up.
type WorkerAnswer = (Option<PathBuf>, Duration);

/// The native dialogs of the desktop (portal, zenity, Windows, macOS) through `rfd`.
pub struct NativeFileDialogs {
    ask: AskNative,
    pending: Option<Receiver<WorkerAnswer>>,
    /// Set once native dialogs proved (or were found up front to be) unavailable, so requests
    /// go straight to the picker.
    unavailable: bool,
}

impl Default for NativeFileDialogs {
    /// rfd's dialogs; unavailable from the start where no dialog can be shown at all.
    fn default() -> Self {
        let mut dialogs = Self::with_asker(Arc::new(ask_rfd));
        dialogs.unavailable = !native_dialogs_possible();
        dialogs
    }
}

impl std::fmt::Debug for NativeFileDialogs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NativeFileDialogs")
            .field("open", &self.pending.is_some())
            .field("unavailable", &self.unavailable)
            .finish_non_exhaustive()
    }
}

impl NativeFileDialogs {
    /// Dialogs shown by `ask` on a worker thread (rfd in the app; tests stand in for the
    /// desktop with it).
    #[must_use]
    pub fn with_asker(ask: AskNative) -> Self {
        Self { ask, pending: None, unavailable: false }
    }
}

/// rfd's blocking dialog for `request`.
fn ask_rfd(request: &FileRequest) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new()
        .set_title(request.purpose.title())
        .add_filter(request.purpose.filter_name(), request.purpose.extensions());
    if let Some(dir) = &request.start_dir {
        dialog = dialog.set_directory(dir);
    }
    if let Some(name) = &request.file_name {
        dialog = dialog.set_file_name(name);
    }
    if request.purpose.is_save() { dialog.save_file() } else { dialog.pick_file() }
}

/// Whether a native dialog could be shown at all. On Linux rfd asks the desktop portal over
/// the session bus and then `zenity`: with neither there, no dialog can appear. Elsewhere the
/// system always has one.
fn native_dialogs_possible() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let session_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()));
    session_bus || zenity
}

impl FileDialogs for NativeFileDialogs {
    fn request(&mut self, request: FileRequest) {
        if self.pending.is_some() {
            return;
        }
        let (tx, rx) = mpsc::channel();
        self.pending = Some(rx);
        if self.unavailable {
            let _ = tx.send((None, Duration::ZERO));
            return;
        }
        let ask = Arc::clone(&self.ask);
        std::thread::spawn(move || {
            let asked_at = Instant::now();
            let picked = ask(&request);
            // The app may have gone away meanwhile; then nobody needs the answer.
            let _ = tx.send((picked, asked_at.elapsed()));
        });
    }

    fn poll(&mut self) -> Option<FileAnswer> {
        let rx = self.pending.as_ref()?;
        let answer = match rx.try_recv() {
            Ok((Some(path), _)) => FileAnswer::Picked(path),
            Ok((None, up_for)) if self.unavailable || up_for < UNAVAILABLE_WITHIN => {
                self.unavailable = true;
                FileAnswer::Unavailable
            }
            Ok((None, _)) => FileAnswer::Cancelled,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => {
                // The worker died (rfd panicked): no dialog can be shown.
                self.unavailable = true;
                FileAnswer::Unavailable
            }
        };
        self.pending = None;
        Some(answer)
    }

    fn is_open(&self) -> bool {
        self.pending.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_native_dialogs_failed_every_request_goes_to_the_picker() {
        let mut dialogs = NativeFileDialogs::with_asker(Arc::new(|_| None));
        dialogs.unavailable = true;
        dialogs.request(FileRequest {
            purpose: FilePurpose::Open,
            start_dir: None,
            file_name: None,
        });
        assert!(dialogs.is_open());
        assert_eq!(dialogs.poll(), Some(FileAnswer::Unavailable));
        assert!(!dialogs.is_open());
        assert_eq!(dialogs.poll(), None);
    }
}

//! Asking the planner for a file, behind a trait so tests never open a real dialog.
//!
//! The native dialog runs on a worker thread (rfd's blocking call has no timeout under a real
//! portal), and the window keeps painting while it is open. Where no native dialog can be shown
//! at all, rfd answers `None` at once; that is taken as "unavailable" and the app falls back to
//! its own picker (docs/SPEC.md §8).

use std::path::PathBuf;
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
}

impl FilePurpose {
    /// The dialog's title.
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Self::Open => "Open layout",
            Self::SaveAs => "Save layout as",
            Self::Export => "Export floor plan",
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
            Self::Open | Self::SaveAs => &["ron"],
            Self::Export => &["pdf", "png", "svg", "csv", "geojson"],
        }
    }

    /// The name of the file kind, for the dialog's filter.
    #[must_use]
    pub fn filter_name(self) -> &'static str {
        match self {
            Self::Open | Self::SaveAs => "boothplan layout",
            Self::Export => "Floor plan (PDF, PNG, SVG), booth list (CSV), GeoJSON",
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

/// A `None` from rfd this soon after asking means no dialog was shown: nobody cancels that fast.
const UNAVAILABLE_WITHIN: Duration = Duration::from_millis(250);

/// The native dialogs of the desktop (portal, zenity, Windows, macOS) through `rfd`.
#[derive(Debug, Default)]
pub struct NativeFileDialogs {
    pending: Option<(Receiver<Option<PathBuf>>, Instant)>,
    /// Set once native dialogs proved unavailable, so later requests go straight to the picker.
    unavailable: bool,
}

impl FileDialogs for NativeFileDialogs {
    fn request(&mut self, request: FileRequest) {
        if self.pending.is_some() {
            return;
        }
        let (tx, rx) = mpsc::channel();
        self.pending = Some((rx, Instant::now()));
        if self.unavailable {
            let _ = tx.send(None);
            return;
        }
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new()
                .set_title(request.purpose.title())
                .add_filter(request.purpose.filter_name(), request.purpose.extensions());
            if let Some(dir) = &request.start_dir {
                dialog = dialog.set_directory(dir);
            }
            if let Some(name) = &request.file_name {
                dialog = dialog.set_file_name(name);
            }
            let picked =
                if request.purpose.is_save() { dialog.save_file() } else { dialog.pick_file() };
            // The app may have gone away meanwhile; then nobody needs the answer.
            let _ = tx.send(picked);
        });
    }

    fn poll(&mut self) -> Option<FileAnswer> {
        let (rx, asked_at) = self.pending.as_ref()?;
        let answer = match rx.try_recv() {
            Ok(Some(path)) => FileAnswer::Picked(path),
            Ok(None) if self.unavailable || asked_at.elapsed() < UNAVAILABLE_WITHIN => {
                self.unavailable = true;
                FileAnswer::Unavailable
            }
            Ok(None) => FileAnswer::Cancelled,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => {
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
        let mut dialogs = NativeFileDialogs { pending: None, unavailable: true };
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

//! File ▸ Open Recent: the last layouts opened or saved, kept in a small text file in the user's
//! data folder so the list survives restarts.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// How many files the list keeps.
pub const MAX_RECENT: usize = 10;

/// The recent files, newest first, and where they are stored (none in tests).
#[derive(Debug, Default)]
pub struct RecentFiles {
    paths: Vec<PathBuf>,
    store: Option<PathBuf>,
}

impl RecentFiles {
    /// A list that is not stored anywhere (tests, or no data folder).
    #[must_use]
    pub fn in_memory() -> Self {
        Self::default()
    }

    /// The list stored in `store` (one path a line); a missing or unreadable file is an empty list.
    #[must_use]
    pub fn stored_in(store: PathBuf) -> Self {
        let paths = std::fs::read_to_string(&store)
            .map(|text| text.lines().filter(|l| !l.is_empty()).map(PathBuf::from).collect())
            .unwrap_or_default();
        Self { paths, store: Some(store) }
    }

    /// The list in the platform's data folder for boothplan.
    #[must_use]
    pub fn for_user() -> Self {
        directories::ProjectDirs::from("", "", "boothplan").map_or_else(Self::in_memory, |dirs| {
            Self::stored_in(dirs.data_dir().join("recent.txt"))
        })
    }

    /// The files, newest first.
    #[must_use]
    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// Puts `path` at the top of the list and stores the list. Failing to store it is not worth
    /// interrupting the planner for: the list is a convenience.
    pub fn add(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.paths.retain(|p| *p != path);
        self.paths.insert(0, path);
        self.paths.truncate(MAX_RECENT);
        self.store();
    }

    /// Drops `path` (it could not be opened) and stores the list.
    pub fn remove(&mut self, path: &Path) {
        self.paths.retain(|p| p != path);
        self.store();
    }

    fn store(&self) {
        let Some(store) = &self.store else { return };
        let mut text = String::new();
        for path in &self.paths {
            let _ = writeln!(text, "{}", path.display());
        }
        if let Some(dir) = store.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = crate::io::atomic::write_atomic(store, text.as_bytes(), false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_without_duplicates_and_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("data").join("recent.txt");
        let a = dir.path().join("a.ron");
        let b = dir.path().join("b.ron");
        let mut recent = RecentFiles::stored_in(store.clone());
        recent.add(&a);
        recent.add(&b);
        recent.add(&a);
        assert_eq!(recent.paths(), [a.clone(), b.clone()]);
        let reloaded = RecentFiles::stored_in(store);
        assert_eq!(reloaded.paths(), [a, b]);
    }

    #[test]
    fn keeps_at_most_the_last_ten() {
        let mut recent = RecentFiles::in_memory();
        for i in 0..15 {
            recent.add(Path::new(&format!("/nowhere/{i}.ron")));
        }
        assert_eq!(recent.paths().len(), MAX_RECENT);
        assert_eq!(recent.paths()[0], Path::new("/nowhere/14.ron"));
    }
}

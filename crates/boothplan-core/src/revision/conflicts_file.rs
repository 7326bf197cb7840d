//! The conflicts of a merge written beside the merged layout, for an editor to offer ours or
//! theirs: `fair.ron` → `fair.ron.conflicts.json`, holding `{"conflicts":[…]}`.

use std::path::{Path, PathBuf};

use super::Conflict;

/// Where the conflicts of a merge into `layout_path` are listed by default.
#[must_use]
pub fn conflicts_path(layout_path: &Path) -> PathBuf {
    let mut name = layout_path.as_os_str().to_owned();
    name.push(".conflicts.json");
    PathBuf::from(name)
}

/// The file's content: one JSON object `{"conflicts":[…]}`, one conflict a line so that it
/// reads well in a terminal too.
pub fn conflicts_json(conflicts: &[Conflict]) -> serde_json::Result<String> {
    let lines = conflicts.iter().map(serde_json::to_string).collect::<Result<Vec<_>, _>>()?;
    Ok(if lines.is_empty() {
        "{\"conflicts\":[]}\n".to_owned()
    } else {
        format!("{{\"conflicts\":[\n  {}\n]}}\n", lines.join(",\n  "))
    })
}

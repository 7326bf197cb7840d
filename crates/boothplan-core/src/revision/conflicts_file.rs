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

/// The largest file taken for a conflict list when deciding whether it may be replaced.
const LIST_LIMIT_BYTES: u64 = 64 * 1024 * 1024;

/// True when `path` holds a conflict list (an object whose one key is a `conflicts` array): the
/// only kind of file a merge may replace or remove at its list path.
#[must_use]
pub fn is_conflict_list(path: &Path) -> bool {
    let fits = std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() <= LIST_LIMIT_BYTES);
    let Some(text) = fits.then(|| std::fs::read_to_string(path).ok()).flatten() else {
        return false;
    };
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(serde_json::Value::Object(map)) => {
            map.len() == 1 && map.get("conflicts").is_some_and(serde_json::Value::is_array)
        }
        _ => false,
    }
}

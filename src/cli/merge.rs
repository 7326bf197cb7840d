//! `boothplan merge BASE OURS THEIRS -o OUT`: the three-way merge of layouts, as git's merge
//! driver (`boothplan merge %O %A %B -o %A --conflicts %P.conflicts.json`). Exit 0 clean, 1 with
//! conflicts or errors the merge made (our side kept in each conflict, all listed on stderr and in
//! the conflict list), 2 when a file cannot be used.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::anyhow;
use boothplan_core::check::Finding;
use boothplan_core::io::{atomic, overwrite, ron_file, shown};
use boothplan_core::revision::{
    Conflict, conflicts_json, conflicts_path, is_conflict_list, merge_layouts, new_errors,
};

use super::load;

/// Arguments of `merge`.
#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// The common ancestor (git's `%O`).
    #[arg(value_name = "BASE.ron")]
    base: PathBuf,
    /// Our side (git's `%A`); its version wins each conflict.
    #[arg(value_name = "OURS.ron")]
    ours: PathBuf,
    /// Their side (git's `%B`).
    #[arg(value_name = "THEIRS.ron")]
    theirs: PathBuf,
    /// Where to write the merged layout (git's `%A`). Written atomically; when it is not OURS,
    /// an existing file is kept as OUT.bak.
    #[arg(short, long, value_name = "OUT.ron")]
    output: PathBuf,
    /// Where to list the conflicts as JSON for the editor [default: OUT.conflicts.json]; a
    /// list left from an earlier merge is removed when this one is clean. Never one of the
    /// layouts, nor a file that is not a conflict list.
    #[arg(long, value_name = "FILE")]
    conflicts: Option<PathBuf>,
}

/// Merges, writes OUT (and the conflict list), reports conflicts and new errors on stderr.
pub fn run(args: &MergeArgs) -> anyhow::Result<ExitCode> {
    for input in [&args.base, &args.theirs] {
        if let Some(why) = overwrite::refusal(input, &args.output) {
            return Err(anyhow!("{}: {why}", args.output.display()));
        }
    }
    let list = args.conflicts.clone().unwrap_or_else(|| conflicts_path(&args.output));
    if let Some(why) = list_refusal(&list, args) {
        return Err(anyhow!("{}: {why}", list.display()));
    }
    let base = load::layout(&args.base)?;
    let ours = load::layout(&args.ours)?;
    let theirs = load::layout(&args.theirs)?;
    let merged = merge_layouts(&base, &ours, &theirs);
    // Our side is in git (or is the file the planner chose to overwrite): no backup litter.
    let save = if same_file(&args.ours, &args.output) {
        ron_file::save_layout_without_backup
    } else {
        ron_file::save_layout
    };
    save(&args.output, &merged.layout).map_err(|e| anyhow!("{e}"))?;
    let errors = new_errors(&merged.layout, &[&ours, &theirs]);
    let mut listed = merged.conflicts.clone();
    listed.extend(errors.iter().map(Conflict::new_error));
    write_conflict_list(&list, &listed)?;
    let mut report = String::new();
    if !merged.is_clean() {
        report.push_str(&conflicts_report(&merged.conflicts, &list));
    }
    report.push_str(&new_errors_report(&errors, &list));
    eprint!("{report}");
    Ok(if listed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Why the conflict list must not go to `list`: it is one of the layouts of the merge, or a file
/// that is not a conflict list (which the merge would replace or remove).
fn list_refusal(list: &Path, args: &MergeArgs) -> Option<String> {
    for input in [&args.base, &args.ours, &args.theirs] {
        if let Some(why) = overwrite::refusal(input, list) {
            return Some(why);
        }
    }
    if same_place(list, &args.output) {
        return Some(
            "this is the merged layout OUT itself; list the conflicts under another name"
                .to_owned(),
        );
    }
    if std::fs::symlink_metadata(list).is_ok() && !is_conflict_list(list) {
        return Some(
            "this file is not a conflict list of an earlier merge, so it is not replaced; \
             choose another name for the list"
                .to_owned(),
        );
    }
    None
}

/// True when both paths name one place, existing or not: their folders canonicalised and the
/// same file name.
fn same_place(a: &Path, b: &Path) -> bool {
    let place = |p: &Path| -> Option<PathBuf> {
        if let Ok(full) = std::fs::canonicalize(p) {
            return Some(full);
        }
        let folder = match p.parent() {
            Some(f) if !f.as_os_str().is_empty() => f,
            _ => Path::new("."),
        };
        Some(std::fs::canonicalize(folder).ok()?.join(p.file_name()?))
    };
    matches!((place(a), place(b)), (Some(a), Some(b)) if a == b)
}

/// True when both paths name one existing file (however spelled or linked).
fn same_file(a: &Path, b: &Path) -> bool {
    matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(a), Ok(b)) if a == b)
}

/// Writes the conflict list, or removes an earlier one after a clean merge (only a conflict
/// list: [`list_refusal`] turned anything else away before).
fn write_conflict_list(path: &Path, conflicts: &[Conflict]) -> anyhow::Result<()> {
    if conflicts.is_empty() {
        if !is_conflict_list(path) {
            return Ok(());
        }
        return match std::fs::remove_file(path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(anyhow!("{}: cannot remove the old conflict list: {e}", path.display()))
            }
            _ => Ok(()),
        };
    }
    let json = conflicts_json(conflicts)?;
    atomic::write_atomic(path, json.as_bytes(), false)
        .map_err(|e| anyhow!("{}: cannot save the conflict list: {e}", path.display()))
}

/// `2 conflicts; our side is kept in each (listed in fair.ron.conflicts.json):` and one line
/// per conflict, ids escaped for the terminal.
fn conflicts_report(conflicts: &[Conflict], list: &Path) -> String {
    let n = conflicts.len();
    let mut text = format!(
        "{n} conflict{}; our side is kept in each (listed in {}):\n",
        if n == 1 { "" } else { "s" },
        shown(&list.display().to_string())
    );
    for c in conflicts {
        let _ = writeln!(text, "  {}", c.summary(&shown(&c.id)));
    }
    text
}

/// The errors the merge itself made (two planners' booths on one spot, say), one line each:
/// `the merged plan has new errors: 1 that neither side had (listed in …):`.
fn new_errors_report(new: &[Finding], list: &Path) -> String {
    if new.is_empty() {
        return String::new();
    }
    let mut text = format!(
        "the merged plan has new errors: {} that neither side had (listed in {}; run \
         `boothplan check` on it):\n",
        new.len(),
        shown(&list.display().to_string())
    );
    for f in new {
        let ids: Vec<String> = f.ids.iter().map(|id| shown(id)).collect();
        let _ = writeln!(text, "  {}  {}  {}", f.rule.as_str(), ids.join(", "), shown(&f.message));
    }
    text
}

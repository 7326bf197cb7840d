//! `boothplan merge BASE OURS THEIRS -o OUT`: the three-way merge of layouts, as git's merge
//! driver (`boothplan merge %O %A %B -o %A`). Exit 0 clean, 1 with conflicts (our side kept in
//! each, listed on stderr and beside OUT), 2 when a file cannot be used.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::anyhow;
use boothplan_core::check::{Finding, Severity, check_layout};
use boothplan_core::io::{atomic, overwrite, ron_file, shown};
use boothplan_core::model::Layout;
use boothplan_core::revision::{Conflict, conflicts_json, conflicts_path, merge_layouts};

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
    /// list left from an earlier merge is removed when this one is clean.
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
    let list = args.conflicts.clone().unwrap_or_else(|| conflicts_path(&args.output));
    write_conflict_list(&list, &merged.conflicts)?;
    let mut report = String::new();
    if !merged.is_clean() {
        report.push_str(&conflicts_report(&merged.conflicts, &list));
    }
    report.push_str(&new_errors_report(&merged.layout, [&ours, &theirs]));
    eprint!("{report}");
    Ok(if merged.is_clean() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// True when both paths name one existing file (however spelled or linked).
fn same_file(a: &Path, b: &Path) -> bool {
    matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(a), Ok(b)) if a == b)
}

/// Writes the conflict list, or removes an earlier one after a clean merge.
fn write_conflict_list(path: &Path, conflicts: &[Conflict]) -> anyhow::Result<()> {
    if conflicts.is_empty() {
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

/// The errors the merge itself made (two planners' booths on one spot, say): errors of the
/// merged layout that neither side had, one line each.
fn new_errors_report(merged: &Layout, sides: [&Layout; 2]) -> String {
    let errors = |l: &Layout| -> Vec<Finding> {
        check_layout(l).into_iter().filter(|f| f.severity == Severity::Error).collect()
    };
    let key = |f: &Finding| (f.rule, f.ids.clone());
    let before: std::collections::HashSet<_> =
        sides.into_iter().flat_map(&errors).map(|f| key(&f)).collect();
    let new: Vec<Finding> =
        errors(merged).into_iter().filter(|f| !before.contains(&key(f))).collect();
    if new.is_empty() {
        return String::new();
    }
    let n = new.len();
    let mut text = format!(
        "the merged plan has {n} new error{} that neither side had (run `boothplan check` on it):\n",
        if n == 1 { "" } else { "s" }
    );
    for f in &new {
        let ids: Vec<String> = f.ids.iter().map(|id| shown(id)).collect();
        let _ = writeln!(text, "  {}  {}  {}", f.rule.as_str(), ids.join(", "), shown(&f.message));
    }
    text
}

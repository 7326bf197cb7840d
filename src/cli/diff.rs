//! `boothplan diff OLD NEW [--json]`: what changed between two revisions of a layout, object by
//! object; exit 0 when nothing did, 1 when something did. Also git's difftool for layouts.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use boothplan_core::io::shown;
use boothplan_core::model::Layout;
use boothplan_core::revision::{LayoutDiff, diff_layouts, without_objects};
use boothplan_core::units::{format_area_m2, group_thousands};

use super::table::{Align, render};
use super::{load, out};

/// Arguments of `diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The older layout (`.ron` or `.geojson`; `/dev/null` for none, as git passes it).
    #[arg(value_name = "OLD.ron")]
    old: PathBuf,
    /// The newer layout.
    #[arg(value_name = "NEW.ron")]
    new: PathBuf,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
}

/// Compares the two layouts; exit 0 when they are the same, 1 when they differ.
pub fn run(args: &DiffArgs) -> anyhow::Result<ExitCode> {
    let (old, new) = match (absent(&args.old), absent(&args.new)) {
        (true, true) => (Layout::default(), Layout::default()),
        (true, false) => {
            let new = load::layout(&args.new)?;
            (without_objects(&new), new)
        }
        (false, true) => {
            let old = load::layout(&args.old)?;
            let new = without_objects(&old);
            (old, new)
        }
        (false, false) => (load::layout(&args.old)?, load::layout(&args.new)?),
    };
    let diff = diff_layouts(&old, &new);
    if args.json {
        out::print(&format!("{}\n", serde_json::to_string(&diff)?))?;
    } else {
        out::print(&human_report(&diff))?;
    }
    Ok(if diff.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// True for git's stand-in for a file that does not exist on one side.
fn absent(path: &Path) -> bool {
    path == Path::new("/dev/null")
}

/// One aligned line per change, then the totals. Ids, names and values are shown escaped, as
/// in every table of boothplan, so that a name cannot forge a row or drive the terminal.
fn human_report(diff: &LayoutDiff) -> String {
    let rows: Vec<Vec<String>> = diff
        .changes
        .iter()
        .map(|c| {
            vec![
                c.kind.as_str().to_owned(),
                shown(&c.id),
                c.change.as_str().to_owned(),
                c.from.as_deref().map(shown).unwrap_or_default(),
                c.to.as_deref().map(shown).unwrap_or_default(),
            ]
        })
        .collect();
    let table = if rows.is_empty() {
        String::new()
    } else {
        render(&["kind", "id", "change", "from", "to"], &[Align::Left; 5], &rows)
    };
    format!("{table}{}\n", totals_line(diff))
}

/// `3 changes; booths 840 → 841, booth area 21,456 m² → 21,492 m²`.
fn totals_line(diff: &LayoutDiff) -> String {
    let n = diff.changes.len();
    let changes = match n {
        0 => "no changes".to_owned(),
        1 => "1 change".to_owned(),
        _ => format!("{} changes", group_thousands(n)),
    };
    let t = &diff.totals;
    let booths = |n| group_thousands(n);
    format!(
        "{changes}; booths {} → {}, booth area {} → {}",
        booths(t.booths.old),
        booths(t.booths.new),
        format_area_m2(t.booth_area_m2.old),
        format_area_m2(t.booth_area_m2.new)
    )
}

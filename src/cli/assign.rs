//! `boothplan assign FILE EXHIBITORS.csv [-o OUT.ron | --dry-run] [--skip-unknown]`: give booths
//! their exhibitors and statuses from the sales team's list, changing exactly the listed booths.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::anyhow;
use boothplan_core::assign::Assignment;
use boothplan_core::io::{exhibitor_list, overwrite, ron_file};

use super::{load, out};

/// Arguments of `assign`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("target").required(true).args(["output", "dry_run"])))]
pub struct AssignArgs {
    /// Layout whose booths are assigned (`.ron` or `.geojson`).
    file: PathBuf,
    /// The list: `number,exhibitor,status` a line (UTF-8, header row optional).
    exhibitors: PathBuf,
    /// Where to write the assigned layout (`.ron`).
    #[arg(short, long, value_name = "OUT.ron")]
    output: Option<PathBuf>,
    /// Only list the changes; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Apply the rows whose booth exists even when others name no booth.
    #[arg(long)]
    skip_unknown: bool,
}

/// Reads both files, lists every change and problem, and writes the layout when it may: exit 0
/// when done, 1 when the list names unknown booths (without `--skip-unknown`) or lists a booth
/// twice (nothing is written then), 2 when a file cannot be used.
pub fn run(args: &AssignArgs) -> anyhow::Result<ExitCode> {
    if let Some(output) = &args.output
        && let Some(why) = overwrite::refusal(&args.file, output)
    {
        return Err(anyhow!("{}: {why}", output.display()));
    }
    let mut layout = load::layout(&args.file)?;
    let rows = exhibitor_list::read_exhibitor_list(&args.exhibitors).map_err(|e| anyhow!("{e}"))?;
    let plan = Assignment::plan(&layout, &rows);
    let list = args.exhibitors.display();
    for problem in plan.problem_lines() {
        eprintln!("{list}: {problem}");
    }
    let mut text = String::new();
    for line in plan.change_lines() {
        text.push_str(&line);
        text.push('\n');
    }
    let refused = !plan.duplicates.is_empty() || (!plan.unknown.is_empty() && !args.skip_unknown);
    if refused {
        out::print(&text)?;
        eprintln!(
            "{list}: nothing written: {}",
            if plan.duplicates.is_empty() {
                "fix or remove the unknown numbers, or pass --skip-unknown to apply the rest"
            } else {
                "list each booth once"
            }
        );
        return Ok(ExitCode::from(1));
    }
    let summary = format!(
        "{} booths change, {} already as listed{}",
        plan.changes.len(),
        plan.unchanged,
        if plan.unknown.is_empty() {
            String::new()
        } else {
            format!(", {} rows skipped (no such booth)", plan.unknown.len())
        }
    );
    match &args.output {
        Some(output) if !args.dry_run => {
            plan.apply_to(&mut layout);
            ron_file::save_layout(output, &layout).map_err(|e| anyhow!("{e}"))?;
            let _ = writeln!(text, "{summary}; written to {}", output.display());
        }
        _ => {
            let _ = writeln!(text, "{summary} (dry run: nothing written)");
        }
    }
    out::print(&text)?;
    Ok(ExitCode::SUCCESS)
}

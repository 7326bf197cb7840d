//! The command line: argument parsing and one module per sub-command, no egui.

mod assign;
mod check;
mod diff;
mod export;
mod fill;
mod generate;
mod import;
mod load;
mod merge;
mod out;
mod stats;
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Lay out the floor of a trade fair: halls, themed zones and booths, checked as you draw.
///
/// Without a sub-command, opens the editor (on FILE, or on the Global Digital Trade Expo).
#[derive(Debug, Parser)]
#[command(name = "boothplan", version, args_conflicts_with_subcommands = true)]
pub struct Args {
    /// Layout to open in the editor (`.ron`).
    file: Option<PathBuf>,
    /// Seconds between autosaves of unsaved edits to the recovery folder (editor only).
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    autosave: u64,
    #[command(subcommand)]
    command: Option<Command>,
}

/// The headless sub-commands.
#[derive(Debug, Subcommand)]
enum Command {
    /// Check a layout: exit 0 when it has no errors, 1 when it has, 2 when it cannot be read.
    Check(check::CheckArgs),
    /// Halls with their areas, booths and booth area by theme and by sales status.
    Stats(stats::StatsArgs),
    /// Write a plan, booth list or map: OUT ends in .pdf, .png, .svg, .csv, .geojson or .html.
    Export(export::ExportArgs),
    /// Turn a GeoJSON FeatureCollection (local metres) or a venue DXF drawing into a RON layout.
    Import(import::ImportArgs),
    /// Give booths exhibitors and statuses from a CSV of number,exhibitor,status.
    Assign(assign::AssignArgs),
    /// What changed between two layouts, object by object: exit 0 same, 1 different.
    Diff(diff::DiffArgs),
    /// Three-way merge of layouts, as a git merge driver: exit 0 clean, 1 conflicts.
    Merge(merge::MergeArgs),
    /// Fill a zone with numbered booths that raise no finding.
    Fill(fill::FillArgs),
    /// Write a generated layout (the default fair, or a large one for benchmarks).
    #[command(hide = true)]
    Generate(generate::GenerateArgs),
}

/// Runs what the arguments ask for; the exit code on success, or an error for exit 2.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        None => open_editor(args.file.as_deref(), args.autosave),
        Some(Command::Check(a)) => check::run(&a),
        Some(Command::Stats(a)) => stats::run(&a),
        Some(Command::Export(a)) => export::run(&a),
        Some(Command::Import(a)) => import::run(&a),
        Some(Command::Fill(a)) => fill::run(&a),
        Some(Command::Generate(a)) => generate::run(&a),
        Some(Command::Assign(a)) => assign::run(&a),
        Some(Command::Diff(a)) => diff::run(&a),
        Some(Command::Merge(a)) => merge::run(&a),
    }
}

/// Opens the editor window on `file` (or the default fair), autosaving every `autosave_s` seconds.
#[cfg(feature = "gui")]
fn open_editor(file: Option<&std::path::Path>, autosave_s: u64) -> anyhow::Result<ExitCode> {
    boothplan_ui::run_gui(file, std::time::Duration::from_secs(autosave_s))?;
    Ok(ExitCode::SUCCESS)
}

/// A headless build has no window: say how to get one instead of doing nothing.
#[cfg(not(feature = "gui"))]
fn open_editor(_file: Option<&std::path::Path>, _autosave_s: u64) -> anyhow::Result<ExitCode> {
    Err(anyhow::anyhow!(
        "this boothplan was built without the editor (--no-default-features); \
         run a sub-command (boothplan --help), or build with the default features for the window"
    ))
}

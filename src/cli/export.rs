//! `boothplan export FILE -o OUT`: a floor plan, booth list, GeoJSON or interactive map, in the
//! format OUT's extension names.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::anyhow;
use boothplan_core::io::export::{ExportOptions, Paper, export_to_path};
use boothplan_core::io::overwrite;

use super::{load, out};

/// Paper sizes as typed on the command line.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
#[value(rename_all = "UPPER")]
enum PaperArg {
    A0,
    A1,
    A2,
    A3,
    A4,
}

impl From<PaperArg> for Paper {
    fn from(p: PaperArg) -> Self {
        match p {
            PaperArg::A0 => Paper::A0,
            PaperArg::A1 => Paper::A1,
            PaperArg::A2 => Paper::A2,
            PaperArg::A3 => Paper::A3,
            PaperArg::A4 => Paper::A4,
        }
    }
}

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Layout to export (`.ron` or `.geojson`).
    file: PathBuf,
    /// Where to write: .pdf, .png, .svg, .csv, .geojson or .html (the interactive map).
    #[arg(short, long, value_name = "OUT")]
    output: PathBuf,
    /// Only this hall (its id, e.g. 1A).
    #[arg(long)]
    hall: Option<String>,
    /// Paper size of PDF and PNG plans.
    #[arg(long, value_enum, ignore_case = true, default_value = "A1")]
    paper: PaperArg,
    /// Portrait instead of landscape.
    #[arg(long)]
    portrait: bool,
    /// Resolution of PNG plans, dots per inch.
    #[arg(long, default_value_t = 150.0)]
    dpi: f32,
    /// Width of PNG plans in pixels, for screens and slides (instead of --dpi).
    #[arg(long, value_name = "PX", conflicts_with = "dpi")]
    width: Option<u32>,
    /// GeoJSON in local metres (x right, y down) instead of longitude/latitude about the
    /// layout's site.
    #[arg(long)]
    local: bool,
    /// The HTML map for visitors: leaves out prices and the exhibitors of booths not sold.
    #[arg(long)]
    public: bool,
}

/// Loads the layout and writes the export atomically.
pub fn run(args: &ExportArgs) -> anyhow::Result<ExitCode> {
    if !(args.dpi.is_finite() && args.dpi > 0.0) {
        return Err(anyhow!("--dpi must be a positive number, not {}", args.dpi));
    }
    if let Some(why) = overwrite::refusal(&args.file, &args.output) {
        return Err(anyhow!("{}: {why}", args.output.display()));
    }
    let layout = load::layout(&args.file)?;
    let options = ExportOptions {
        hall: args.hall.clone(),
        paper: args.paper.into(),
        portrait: args.portrait,
        dpi: args.dpi,
        width_px: args.width,
        local: args.local,
        public: args.public,
        ..ExportOptions::default()
    };
    export_to_path(&layout, &args.output, &options).map_err(|e| anyhow!("{e}"))?;
    out::print(&format!("Wrote {}\n", args.output.display()))?;
    Ok(ExitCode::SUCCESS)
}

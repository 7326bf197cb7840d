//! `boothplan export FILE -o OUT`: a floor plan, booth list, GeoJSON or interactive map, in the
//! format OUT's extension names.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::anyhow;
use boothplan_core::io::export::{ExportOptions, Paper, SheetKind, export_to_path, today_utc};
use boothplan_core::io::overwrite;
use boothplan_core::model::RulePack;

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

/// The drawings `--sheet` names.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum SheetArg {
    /// The floor plan: themes, booths and their sale, area tables.
    Plan,
    /// The fire marshal's sheet: exits with widths, walking distance every 10 m, the
    /// narrowest aisle, and every rule with its limit, clause and result.
    FireMarshal,
}

impl From<SheetArg> for SheetKind {
    fn from(s: SheetArg) -> Self {
        match s {
            SheetArg::Plan => SheetKind::Plan,
            SheetArg::FireMarshal => SheetKind::FireMarshal,
        }
    }
}

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
#[expect(clippy::struct_excessive_bools, reason = "clap flags, each its own choice")]
pub struct ExportArgs {
    /// Layout to export (`.ron` or `.geojson`).
    file: PathBuf,
    /// Where to write: .pdf, .png, .svg, .csv, .geojson or .html (the interactive map).
    #[arg(short, long, value_name = "OUT")]
    output: PathBuf,
    /// Only this hall (its id, e.g. 1A).
    #[arg(long)]
    hall: Option<String>,
    /// Which drawing PDF, PNG and SVG sheets are.
    #[arg(long, value_enum, default_value = "plan")]
    sheet: SheetArg,
    /// Hold the plan to this fire and egress rule pack on the fire-marshal sheet, instead of
    /// the layout's own (as `check --rules` does).
    #[arg(long, value_name = "PACK", value_parser = super::check::parse_pack)]
    rules: Option<RulePack>,
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
    /// Date written on the sheets and as the PDF's creation date (YYYY-MM-DD); today by default.
    /// Fixing it makes two exports of the same layout byte for byte the same.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<String>,
    /// GeoJSON in local metres (x right, y down) instead of longitude/latitude about the
    /// layout's site.
    #[arg(long)]
    local: bool,
    /// The HTML map for visitors: leaves out prices and the exhibitors of booths not sold.
    #[arg(long)]
    public: bool,
    /// Draw the shown background plans (the venue's drawings) under the floor of PDF, PNG and
    /// SVG sheets. An image that cannot be read is left out with a warning.
    #[arg(long)]
    backgrounds: bool,
}

/// Loads the layout and writes the export atomically.
pub fn run(args: &ExportArgs) -> anyhow::Result<ExitCode> {
    if !(args.dpi.is_finite() && args.dpi > 0.0) {
        return Err(anyhow!("--dpi must be a positive number, not {}", args.dpi));
    }
    if let Some(why) = overwrite::refusal(&args.file, &args.output) {
        return Err(anyhow!("{}: {why}", args.output.display()));
    }
    let mut layout = load::layout(&args.file)?;
    if let Some(pack) = args.rules {
        layout.rules.pack = pack;
    }
    let options = ExportOptions {
        hall: args.hall.clone(),
        paper: args.paper.into(),
        portrait: args.portrait,
        dpi: args.dpi,
        width_px: args.width,
        local: args.local,
        public: args.public,
        sheet: args.sheet.into(),
        date: args.date.clone().unwrap_or_else(today_utc),
        backgrounds: args.backgrounds,
        layout_file: Some(args.file.clone()),
    };
    let warnings = export_to_path(&layout, &args.output, &options).map_err(|e| anyhow!("{e}"))?;
    for warning in warnings {
        eprintln!("warning: {warning}");
    }
    out::print(&format!("Wrote {}\n", args.output.display()))?;
    Ok(ExitCode::SUCCESS)
}

/// A calendar date as `YYYY-MM-DD`, checked so that the PDF's creation date is valid.
fn parse_date(text: &str) -> Result<String, String> {
    let bad = || format!("{text:?} is not a date written YYYY-MM-DD");
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return Err(bad()) };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return Err(bad());
    }
    let (month, day): (u32, u32) = (m.parse().map_err(|_| bad())?, d.parse().map_err(|_| bad())?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(bad());
    }
    Ok(text.to_owned())
}

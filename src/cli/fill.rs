//! `boothplan fill FILE --zone ID -o OUT.ron`: fill a zone with numbered booths that raise no
//! finding, the same fill as the editor's "Fill zone with booths…".

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::anyhow;
use boothplan_core::generate::{
    FillOptions, NumberPattern, NumberingScheme, fill_zone, parse_module_size,
};
use boothplan_core::io::{overwrite, ron_file};

use super::{load, out};

/// Arguments of `fill`.
#[derive(Debug, clap::Args)]
pub struct FillArgs {
    /// Layout to fill (`.ron` or `.geojson`).
    file: PathBuf,
    /// Id of the zone to fill.
    #[arg(long, value_name = "ID")]
    zone: String,
    /// Module size in metres, width (along x) by depth, e.g. 3x3 or 6x3.
    #[arg(long, value_name = "WxH", default_value = "3x3", value_parser = parse_module_size)]
    module: (f64, f64),
    /// Width of the aisles in metres (default: the layout's minimum aisle).
    #[arg(long, value_name = "M")]
    aisle: Option<f64>,
    /// Modules per row between cross aisles.
    #[arg(long, value_name = "N", default_value_t = boothplan_core::generate::DEFAULT_BLOCK_MODULES)]
    block: u32,
    /// Booth number pattern: text with {hall}, {zone} and {n} or {n:03}.
    #[arg(long, value_name = "PATTERN", default_value = boothplan_core::generate::DEFAULT_PATTERN)]
    numbering: String,
    /// First number.
    #[arg(long, value_name = "N", default_value_t = 1)]
    start: u64,
    /// Odd numbers on one side of each aisle, even on the other.
    #[arg(long)]
    odd_even: bool,
    /// Leave out numbers containing this digit (e.g. 4).
    #[arg(long, value_name = "D", value_parser = clap::value_parser!(u8).range(0..=9))]
    skip_digit: Option<u8>,
    /// RON layout to write; an existing one is replaced atomically and kept as OUT.bak.
    #[arg(short, long, value_name = "OUT.ron")]
    output: PathBuf,
}

/// Fills the zone and saves the layout with the new booths.
pub fn run(args: &FillArgs) -> anyhow::Result<ExitCode> {
    if let Some(why) = overwrite::refusal(&args.file, &args.output) {
        return Err(anyhow!("{}: {why}", args.output.display()));
    }
    let mut layout = load::layout(&args.file)?;
    let mut options = FillOptions::for_layout(&layout);
    (options.module_width_m, options.module_depth_m) = args.module;
    options.block_modules = args.block;
    if let Some(aisle) = args.aisle {
        (options.main_aisle_m, options.cross_aisle_m) = (aisle, aisle);
    }
    let scheme = NumberingScheme {
        pattern: NumberPattern::parse(&args.numbering)?,
        start: args.start,
        odd_even: args.odd_even,
        skip_digit: args.skip_digit,
        start_corner: options.start,
        direction: options.direction,
        ..NumberingScheme::default()
    };
    let fill = fill_zone(&layout, &args.zone, &options, &scheme)
        .map_err(|e| anyhow!("{}: {e}", args.file.display()))?;
    let range = match (fill.booths.first(), fill.booths.last()) {
        (Some(a), Some(b)) => format!(", numbered {} to {}", a.id, b.id),
        _ => String::new(),
    };
    let summary = fill.stats.summary();
    // What the fire and egress rules changed, one line each under the summary.
    let notes: String = fill.stats.rules.notes().iter().flat_map(|n| ["  ", n, "\n"]).collect();
    layout.booths.extend(fill.booths);
    ron_file::save_layout(&args.output, &layout).map_err(|e| anyhow!("{e}"))?;
    out::print(&format!(
        "Filled zone {}: {summary}{range}\n{notes}Wrote {}\n",
        args.zone,
        args.output.display()
    ))?;
    Ok(ExitCode::SUCCESS)
}

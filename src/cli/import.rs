//! `boothplan import IN.geojson -o OUT.ron`: halls, columns, zones and booths from GeoJSON.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::anyhow;
use boothplan_core::io::{geojson, overwrite, ron_file};

use super::out;

/// Arguments of `import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// GeoJSON FeatureCollection in local metres.
    #[arg(value_name = "IN.geojson")]
    input: PathBuf,
    /// RON layout to write; an existing one is replaced atomically and kept as OUT.bak.
    #[arg(short, long, value_name = "OUT.ron")]
    output: PathBuf,
}

/// Imports the GeoJSON and saves it as RON.
pub fn run(args: &ImportArgs) -> anyhow::Result<ExitCode> {
    if let Some(why) = overwrite::refusal(&args.input, &args.output) {
        return Err(anyhow!("{}: {why}", args.output.display()));
    }
    let layout = geojson::load_geojson(&args.input).map_err(|e| anyhow!("{e}"))?;
    // The error already reads `OUT: cannot save: why`.
    ron_file::save_layout(&args.output, &layout).map_err(|e| anyhow!("{e}"))?;
    out::print(&format!(
        "Imported {} halls, {} columns, {} zones and {} booths into {}\n",
        layout.halls.len(),
        layout.columns.len(),
        layout.zones.len(),
        layout.booths.len(),
        args.output.display()
    ))?;
    Ok(ExitCode::SUCCESS)
}

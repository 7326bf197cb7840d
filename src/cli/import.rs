//! `boothplan import IN.geojson|IN.dxf -o OUT.ron`: a layout from GeoJSON, or halls, columns and
//! exits from a venue's CAD drawing.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::anyhow;
use boothplan_core::io::dxf::{self, DrawingUnit, UnitSource};
use boothplan_core::io::{geojson, overwrite, ron_file};
use boothplan_core::model::Layout;

use super::out;

/// Arguments of `import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// GeoJSON FeatureCollection in local metres, or a DXF drawing of the venue.
    #[arg(value_name = "IN.geojson|IN.dxf")]
    input: PathBuf,
    /// RON layout to write; an existing one is replaced atomically and kept as OUT.bak.
    #[arg(short, long, value_name = "OUT.ron")]
    output: PathBuf,
    /// DXF: the layer whose closed polylines are halls (repeat for several). Without it, layers
    /// whose names say HALL or WALL.
    #[arg(long, value_name = "LAYER")]
    halls: Vec<String>,
    /// DXF: the layer whose small closed shapes and circles are columns (repeat for several).
    /// Without it, layers whose names say COL or PILLAR.
    #[arg(long, value_name = "LAYER")]
    columns: Vec<String>,
    /// DXF: the layer whose straight segments lying on a hall's wall are its exits (repeat for
    /// several). Without it, layers whose names say EXIT or DOOR.
    #[arg(long, value_name = "LAYER")]
    exits: Vec<String>,
    /// DXF: the drawing's unit (mm, cm, m, in, ft) when its header names none or names it wrong.
    #[arg(long, value_name = "UNIT")]
    units: Option<DrawingUnit>,
}

/// Imports the GeoJSON or DXF and saves it as RON.
pub fn run(args: &ImportArgs) -> anyhow::Result<ExitCode> {
    if let Some(why) = overwrite::refusal(&args.input, &args.output) {
        return Err(anyhow!("{}: {why}", args.output.display()));
    }
    let (layout, report) = if dxf::is_dxf(&args.input) {
        import_dxf(args)?
    } else {
        if !args.halls.is_empty()
            || !args.columns.is_empty()
            || !args.exits.is_empty()
            || args.units.is_some()
        {
            return Err(anyhow!(
                "{}: --halls, --columns, --exits and --units are for DXF drawings (IN.dxf)",
                args.input.display()
            ));
        }
        (geojson::load_geojson(&args.input).map_err(|e| anyhow!("{e}"))?, String::new())
    };
    // The error already reads `OUT: cannot save: why`.
    ron_file::save_layout(&args.output, &layout).map_err(|e| anyhow!("{e}"))?;
    out::print(&format!(
        "{report}Imported {} halls, {} columns, {} exits, {} zones and {} booths into {}\n",
        layout.halls.len(),
        layout.columns.len(),
        layout.exits.len(),
        layout.zones.len(),
        layout.booths.len(),
        args.output.display()
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// The drawing's halls and columns, and what was read from which layer, in words.
fn import_dxf(args: &ImportArgs) -> anyhow::Result<(Layout, String)> {
    let drawing = dxf::read_dxf(&args.input, args.units).map_err(|e| anyhow!("{e}"))?;
    let roles =
        drawing.roles_with(&args.halls, &args.columns, &args.exits).map_err(|e| anyhow!("{e}"))?;
    let import = drawing.import(&roles).map_err(|e| anyhow!("{e}"))?;
    let units = drawing.units();
    let why = match units.source {
        UnitSource::Header => "as its header says",
        UnitSource::Given => "as --units says",
        UnitSource::Assumed => "assumed: the drawing names no unit",
    };
    let mut report = format!("Read {} in {} ({why})\n", args.input.display(), units.words);
    for (layer, role, count) in &import.used {
        let _ = writeln!(report, "  layer {layer} -> {role}: {count}");
    }
    let left_out: Vec<&str> = drawing
        .layers()
        .iter()
        .filter(|l| {
            l.total() > 0 && !import.used.iter().any(|(u, ..)| u.eq_ignore_ascii_case(&l.name))
        })
        .map(|l| l.name.as_str())
        .collect();
    if !left_out.is_empty() {
        let _ = writeln!(report, "  not imported: {}", left_out.join(", "));
    }
    for note in &import.notes {
        let _ = writeln!(report, "Note: {note}");
    }
    Ok((import.layout, report))
}

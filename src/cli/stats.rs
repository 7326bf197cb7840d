//! `boothplan stats FILE [--json]`: halls and their areas, booths by theme and by sales status.

use std::path::PathBuf;
use std::process::ExitCode;

use boothplan::model::Layout;
use boothplan::stats::{LayoutStats, format_area_m2};

use super::load;
use super::table::{Align, render};

/// Arguments of `stats`.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Layout to summarise (`.ron` or `.geojson`).
    file: PathBuf,
    /// Print one JSON object instead of tables.
    #[arg(long)]
    json: bool,
}

/// Loads the file and prints its summary.
pub fn run(args: &StatsArgs) -> anyhow::Result<ExitCode> {
    let layout = load::layout(&args.file)?;
    let stats = LayoutStats::of(&layout);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
    } else {
        print!("{}", human_report(&layout, &stats));
    }
    Ok(ExitCode::SUCCESS)
}

/// Percentage with one decimal, e.g. `55.2%`.
fn percent(part: f64, whole: f64) -> String {
    if whole > 0.0 { format!("{:.1}%", 100.0 * part / whole) } else { "–".to_owned() }
}

/// The three tables a planner reads: halls, themes, sales.
fn human_report(layout: &Layout, stats: &LayoutStats) -> String {
    let mut halls: Vec<Vec<String>> = stats
        .halls
        .iter()
        .map(|h| {
            vec![
                h.id.clone(),
                h.name.clone(),
                format_area_m2(h.area_m2),
                h.booth_count.to_string(),
                format_area_m2(h.booth_area_m2),
            ]
        })
        .collect();
    halls.push(vec![
        "Total".to_owned(),
        format!("{} halls", stats.halls.len()),
        format_area_m2(stats.total_hall_area_m2),
        stats.booth_count.to_string(),
        format_area_m2(stats.booth_area_m2),
    ]);
    let themes: Vec<Vec<String>> = stats
        .by_theme
        .iter()
        .map(|(key, t)| {
            let name = layout.theme(key).map_or("(not a theme of this layout)", |t| &t.name);
            vec![
                key.clone(),
                name.to_owned(),
                t.zones.to_string(),
                t.booths.to_string(),
                format_area_m2(t.area_m2),
                percent(t.area_m2, stats.booth_area_m2),
            ]
        })
        .collect();
    let statuses: Vec<Vec<String>> = stats
        .by_status
        .iter()
        .map(|(status, s)| {
            vec![
                status.clone(),
                s.booths.to_string(),
                format_area_m2(s.area_m2),
                percent(s.area_m2, stats.booth_area_m2),
            ]
        })
        .collect();
    use Align::{Left as L, Right as R};
    format!(
        "{}\n\n{}\n{}\n{}\nSold: {} of booth area\n",
        stats.name,
        render(&["hall", "name", "area", "booths", "booth area"], &[L, L, R, R, R], &halls),
        render(
            &["theme", "name", "zones", "booths", "booth area", "share"],
            &[L, L, R, R, R, R],
            &themes
        ),
        render(&["status", "booths", "booth area", "share"], &[L, R, R, R], &statuses),
        percent(stats.sold_share, 1.0),
    )
}

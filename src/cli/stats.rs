//! `boothplan stats FILE [--json]`: halls and their areas, booths by theme, type and sales
//! status, theme targets and, with a price list, revenue.

use std::path::PathBuf;
use std::process::ExitCode;

use boothplan_core::io::shown;
use boothplan_core::model::Layout;
use boothplan_core::stats::LayoutStats;
use boothplan_core::units::{format_area_m2, format_money};

use super::table::{Align, render};
use super::{load, out};

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
        out::print(&format!("{}\n", serde_json::to_string_pretty(&stats)?))?;
    } else {
        out::print(&human_report(&layout, &stats))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Percentage with one decimal, e.g. `55.2%`; a dash when there is no whole to share.
fn percent(part: f64, whole: f64) -> String {
    if whole > 0.0 { boothplan_core::units::percent(part / whole, 1) } else { "–".to_owned() }
}

/// The tables a planner reads: halls, themes, types, sales, then revenue when there is a price
/// list. Names from the file are shown escaped (line breaks, escape sequences), as in the
/// loader's messages; `--json` stays exact.
fn human_report(layout: &Layout, stats: &LayoutStats) -> String {
    use Align::{Left as L, Right as R};
    format!(
        "{}\n\n{}\n{}\n{}\n{}\nSold: {} of booth area\n{}",
        shown(&stats.name),
        render(
            &["hall", "name", "area", "booths", "booth area"],
            &[L, L, R, R, R],
            &hall_rows(stats)
        ),
        render(
            &["theme", "name", "zones", "booths", "booth area", "share", "sold", "target"],
            &[L, L, R, R, R, R, R, R],
            &theme_rows(layout, stats)
        ),
        render(&["type", "booths", "booth area", "share"], &[L, R, R, R], &type_rows(stats)),
        render(&["status", "booths", "booth area", "share"], &[L, R, R, R], &status_rows(stats)),
        percent(stats.sold_share, 1.0),
        revenue_line(stats),
    )
}

/// `Revenue: list …, reserved …, sold …` when the layout has a price list, else nothing.
fn revenue_line(stats: &LayoutStats) -> String {
    let Some(r) = &stats.revenue else { return String::new() };
    let currency = shown(&r.currency);
    format!(
        "Revenue: list {}, reserved {}, sold {}\n",
        format_money(r.list, &currency),
        format_money(r.reserved, &currency),
        format_money(r.sold, &currency)
    )
}

/// One line per booth type: booths, booth area and share of all booth area.
fn type_rows(stats: &LayoutStats) -> Vec<Vec<String>> {
    boothplan_core::model::BoothType::ALL
        .iter()
        .filter_map(|t| stats.by_type.get(t.as_str()).map(|s| (t.as_str(), s)))
        .map(|(name, s)| {
            vec![
                name.to_owned(),
                s.booths.to_string(),
                format_area_m2(s.area_m2),
                percent(s.area_m2, stats.booth_area_m2),
            ]
        })
        .collect()
}

/// One line per hall, then the total.
fn hall_rows(stats: &LayoutStats) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = stats
        .halls
        .iter()
        .map(|h| {
            vec![
                shown(&h.id),
                shown(&h.name),
                format_area_m2(h.area_m2),
                h.booth_count.to_string(),
                format_area_m2(h.booth_area_m2),
            ]
        })
        .collect();
    rows.push(vec![
        "Total".to_owned(),
        match stats.halls.len() {
            1 => "1 hall".to_owned(),
            n => format!("{n} halls"),
        },
        format_area_m2(stats.total_hall_area_m2),
        stats.booth_count.to_string(),
        format_area_m2(stats.booth_area_m2),
    ]);
    rows
}

/// One line per theme: its zones, booths, booth area and share of all booth area.
fn theme_rows(layout: &Layout, stats: &LayoutStats) -> Vec<Vec<String>> {
    stats
        .by_theme
        .iter()
        .map(|(key, t)| {
            let name = layout.theme(key).map_or("(not a theme of this layout)", |t| &t.name);
            vec![
                shown(key),
                shown(name),
                t.zones.to_string(),
                t.booths.to_string(),
                format_area_m2(t.area_m2),
                percent(t.area_m2, stats.booth_area_m2),
                format_area_m2(t.sold_area_m2),
                t.target_area_m2.map_or_else(|| "–".to_owned(), format_area_m2),
            ]
        })
        .collect()
}

/// One line per sales status: booths, booth area and share of all booth area.
fn status_rows(stats: &LayoutStats) -> Vec<Vec<String>> {
    stats
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
        .collect()
}

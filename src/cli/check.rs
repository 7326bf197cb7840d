//! `boothplan check FILE [--json] [--rules PACK]`: every rule of docs/SPEC.md §3 and its fire
//! and egress rules, exit 1 when any error is found.

use std::path::PathBuf;
use std::process::ExitCode;

use boothplan_core::check::{Finding, Severity, check_layout};
use boothplan_core::io::shown;
use boothplan_core::model::RulePack;
use boothplan_core::units::format_area_m2;

use super::table::{Align, render};
use super::{load, out};

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Layout to check (`.ron` or `.geojson`).
    file: PathBuf,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
    /// Hold the plan to this fire and egress rule pack for this run, instead of the layout's
    /// own (its limits and hall approvals still apply).
    #[arg(long, value_name = "PACK", value_parser = parse_pack)]
    rules: Option<RulePack>,
}

/// A rule pack as `--rules` names it.
pub(super) fn parse_pack(name: &str) -> Result<RulePack, String> {
    RulePack::from_name(name).ok_or_else(|| {
        let known: Vec<&str> = RulePack::ALL.iter().map(|p| p.as_str()).collect();
        format!("expected one of {}", known.join(", "))
    })
}

/// The `check --json` object, keys in the order of docs/SPEC.md §4.
#[derive(serde::Serialize)]
struct JsonReport<'a> {
    findings: &'a [Finding],
    errors: usize,
    warnings: usize,
}

/// Loads and checks the file; exit 0 without errors, 1 with.
pub fn run(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let mut layout = load::layout(&args.file)?;
    if let Some(pack) = args.rules {
        layout.rules.pack = pack;
    }
    let findings = check_layout(&layout);
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    let warnings = findings.len() - errors;
    if args.json {
        let report = JsonReport { findings: &findings, errors, warnings };
        out::print(&format!("{}\n", serde_json::to_string(&report)?))?;
    } else {
        out::print(&format!("{}{}\n", human_report(&findings), summary(errors, warnings)))?;
    }
    // The process ends right after this: freeing a 100,000-booth layout string by string
    // costs about 8 ms of the 0.12 s budget (docs/SPEC.md §7) for nothing; the OS takes it all back.
    std::mem::forget(layout);
    std::mem::forget(findings);
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// One aligned line per finding: severity, rule, ids, shared area, message. Ids and messages
/// (which quote names from the file) are shown escaped, so that a name holding a line break
/// or an escape sequence cannot forge a row or rewrite the terminal; `--json` stays exact.
fn human_report(findings: &[Finding]) -> String {
    if findings.is_empty() {
        return String::new();
    }
    let rows: Vec<Vec<String>> = findings
        .iter()
        .map(|f| {
            vec![
                f.severity.as_str().to_owned(),
                f.rule.as_str().to_owned(),
                f.ids.iter().map(|id| shown(id)).collect::<Vec<_>>().join(", "),
                f.area_m2.map(shared_area).unwrap_or_default(),
                shown(&f.message),
            ]
        })
        .collect();
    let align = [Align::Left, Align::Left, Align::Left, Align::Right, Align::Left];
    render(&["severity", "rule", "ids", "area", "message"], &align, &rows)
}

/// A shared area as planners write it; below 1 m² with two decimals, so that a booth grazing a
/// column by 0.64 m² does not read as `0.6 m²` (or `0 m²`).
fn shared_area(area_m2: f64) -> String {
    if area_m2 < 1.0 { format!("{area_m2:.2} m²") } else { format_area_m2(area_m2) }
}

/// `2 errors, 1 warning`.
fn summary(errors: usize, warnings: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!("{}, {}", plural(errors, "error"), plural(warnings, "warning"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use boothplan_core::check::Rule;

    #[test]
    fn small_shared_areas_keep_their_decimals() {
        assert_eq!(shared_area(0.64), "0.64 m²");
        assert_eq!(shared_area(0.001), "0.00 m²");
        assert_eq!(shared_area(18.0), "18 m²");
        assert_eq!(shared_area(1234.5), "1,234.5 m²");
    }

    #[test]
    fn summary_counts_in_words() {
        assert_eq!(summary(2, 1), "2 errors, 1 warning");
        assert_eq!(summary(0, 0), "0 errors, 0 warnings");
        assert_eq!(summary(1, 3), "1 error, 3 warnings");
    }

    #[test]
    fn one_aligned_line_per_finding() {
        let finding = |rule: Rule, ids: &[&str], area| Finding {
            rule,
            severity: rule.severity(),
            ids: ids.iter().map(|s| (*s).to_owned()).collect(),
            area_m2: area,
            message: format!("{rule} here"),
            measure: None,
        };
        let text = human_report(&[
            finding(Rule::BoothOverlap, &["1A-001", "1A-002"], Some(4.5)),
            finding(Rule::NarrowAisle, &["1A-003", "1A-004"], None),
        ]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[1].starts_with("error     booth-overlap  1A-001, 1A-002  4.5 m²"), "{text}");
        assert!(lines[2].starts_with("warning   narrow-aisle   1A-003, 1A-004"), "{text}");
        let column = |l: &str| l.find("1A-00").unwrap();
        assert_eq!(column(lines[1]), column(lines[2]));
    }
}

//! `boothplan check`: exit codes, the human table and the `--json` object (docs/SPEC.md §4).

mod cli_support;

use cli_support::{boothplan, default_layout, example_with_errors};

#[test]
fn the_default_layout_is_clean() {
    let run = boothplan(["check".as_ref(), default_layout().as_os_str()]);
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout.trim(), "0 errors, 0 warnings");
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn the_example_lists_each_mistake_with_its_booth_numbers() {
    let run = boothplan(["check".as_ref(), example_with_errors().as_os_str()]);
    assert_eq!(run.code, Some(1), "{}{}", run.stdout, run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    let line_with = |rule: &str, ids: &str| {
        lines
            .iter()
            .find(|l| l.contains(&format!(" {rule} ")) && l.contains(ids))
            .unwrap_or_else(|| panic!("no {rule} line naming {ids} in\n{}", run.stdout))
            .to_string()
    };
    assert!(line_with("duplicate-id", "B-001").starts_with("error"));
    assert!(line_with("booth-overlap", "A-001, A-002").starts_with("error"));
    assert!(line_with("booth-overlap", "A-001, A-002").contains("18 m²"));
    assert!(line_with("outside-hall", "A-007").starts_with("error"));
    assert!(line_with("on-column", "A-003, A-C1").starts_with("error"));
    assert!(line_with("narrow-aisle", "A-004, A-005").starts_with("warning"));
    assert!(line_with("theme-mismatch", "A-006").starts_with("warning"));
    assert!(line_with("no-aisle-access", "B-003").starts_with("error"));
    assert_eq!(lines.last().copied(), Some("5 errors, 2 warnings"));
    // One header, seven findings, one summary; the rule column starts at the same place on each.
    assert_eq!(lines.len(), 9, "{}", run.stdout);
    let rule_at = |l: &str| {
        l.find(|c: char| c.is_whitespace()).map(|i| i + l[i..].len() - l[i..].trim_start().len())
    };
    let first = rule_at(lines[1]);
    assert!(lines[1..8].iter().all(|l| rule_at(l) == first), "aligned:\n{}", run.stdout);
}

#[test]
fn json_has_findings_and_counts() {
    let run = boothplan(["check".as_ref(), example_with_errors().as_os_str(), "--json".as_ref()]);
    assert_eq!(run.code, Some(1));
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON object");
    assert_eq!(v["errors"], 5);
    assert_eq!(v["warnings"], 2);
    let findings = v["findings"].as_array().expect("findings array");
    assert_eq!(findings.len(), 7);
    let overlap = findings.iter().find(|f| f["rule"] == "booth-overlap").expect("an overlap");
    assert_eq!(overlap["severity"], "error");
    assert_eq!(overlap["ids"], serde_json::json!(["A-001", "A-002"]));
    assert_eq!(overlap["area_m2"], 18.0);
    assert!(overlap["message"].as_str().is_some_and(|m| m.contains("A-001")));
    for f in findings {
        let keys: Vec<&str> = f.as_object().unwrap().keys().map(String::as_str).collect();
        for key in ["rule", "severity", "ids", "area_m2", "message"] {
            assert!(keys.contains(&key), "{key} missing from {f}");
        }
    }
}

#[test]
fn json_of_a_clean_layout() {
    let run = boothplan(["check".as_ref(), default_layout().as_os_str(), "--json".as_ref()]);
    assert_eq!(run.code, Some(0));
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v, serde_json::json!({"findings": [], "errors": 0, "warnings": 0}));
}

#[test]
fn a_generated_fair_reports_exactly_its_planted_overlaps() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.ron");
    let generated = boothplan([
        "generate".as_ref(),
        "synthetic".as_ref(),
        "--booths".as_ref(),
        "3000".as_ref(),
        "--seed".as_ref(),
        "5".as_ref(),
        "-o".as_ref(),
        file.as_os_str(),
    ]);
    assert_eq!(generated.code, Some(0), "{}", generated.stderr);
    let run = boothplan(["check".as_ref(), file.as_os_str(), "--json".as_ref()]);
    assert_eq!(run.code, Some(1));
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let expected = boothplan_core::sample::synthetic_overlap_count(3000);
    assert_eq!(v["errors"], expected);
    assert_eq!(v["warnings"], 0);
    assert!(v["findings"].as_array().unwrap().iter().all(|f| f["rule"] == "booth-overlap"));
}

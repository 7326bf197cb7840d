//! The fire and egress rules through `boothplan check --json` and `--rules`: the example that
//! breaks each rule once, hand-computed cases that fire and near misses that do not, in both
//! packs, and the default expo clean under both.

mod cli_support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use cli_support::{boothplan, default_layout};
use serde_json::Value;

fn broken_example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("layouts/egress-broken.ron")
}

/// `check --json` of `file` with extra arguments: the exit code and the findings.
fn check(file: &Path, extra: &[&str]) -> (Option<i32>, Vec<Value>) {
    let mut args = vec!["check", file.to_str().unwrap(), "--json"];
    args.extend(extra);
    let run = boothplan(args);
    let v: Value =
        serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stderr));
    (run.code, v["findings"].as_array().unwrap().clone())
}

#[test]
fn the_broken_example_breaks_each_rule_once_on_the_objects_its_comments_mark() {
    let file = broken_example();
    let text = std::fs::read_to_string(&file).unwrap();
    // Every line marked `// breaks RULE` names the object that breaks it.
    let mut marked: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in text.lines() {
        let Some((object, comment)) = line.split_once("// breaks ") else { continue };
        let rule = comment.split(':').next().unwrap().trim().to_owned();
        let id = object.split("id: \"").nth(1).unwrap().split('"').next().unwrap().to_owned();
        marked.entry(rule).or_default().insert(id);
    }
    assert_eq!(marked.len(), 5, "{marked:?}");
    let (code, findings) = check(&file, &[]);
    assert_eq!(code, Some(1));
    assert_eq!(findings.len(), marked.len(), "{findings:#?}");
    for f in &findings {
        let rule = f["rule"].as_str().unwrap();
        let ids: BTreeSet<String> =
            f["ids"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect();
        let objects = &marked[rule];
        // Besides the marked objects, a finding may only name the exit it is about.
        assert!(objects.is_subset(&ids), "{rule}: {ids:?} vs {objects:?}");
        assert!(ids.iter().all(|id| objects.contains(id) || id.contains("-E")), "{ids:?}");
        // The numbers a fire marshal reads, and the sentence naming all three.
        let (measured, limit) = (f["measured_m"].as_f64().unwrap(), f["limit"].as_f64().unwrap());
        let clause = f["clause"].as_str().unwrap();
        let message = f["message"].as_str().unwrap();
        assert!(message.contains(clause), "{message}");
        let limit_text = format!("{limit}").trim_end_matches(".0").to_owned();
        assert!(
            message.contains(&format!("{limit_text} m")) || rule == "exit-capacity",
            "{message}"
        );
        assert!(measured >= 0.0, "{f}");
    }
    let far = findings.iter().find(|f| f["rule"] == "exit-distance").unwrap();
    // From (57, 13) to the end (24.5, 0) of door B-E2: sqrt(32.5² + 13²).
    let expected = 32.5f64.hypot(13.0);
    assert!((far["measured_m"].as_f64().unwrap() - expected).abs() < 0.001, "{far}");
    assert_eq!(far["clause"], "GB 50016 5.5.17");
}

/// A 100 × 30 m hall `H` (sprinklered or not), one 4.5 m door on its left wall at y 2–6.5 and
/// a second one, 4.5 m, on its top wall at x 20–24.5, and the booths given.
fn hall_file(
    dir: &Path,
    sprinklered: bool,
    booths: &[(&str, f64, f64, f64, f64)],
    rules: &str,
) -> PathBuf {
    let booths: Vec<String> = booths
        .iter()
        .map(|(id, x, y, w, h)| {
            format!(
                "        (id: \"{id}\", hall: \"H\", theme: \"t\", rect: (x_m: {x:?}, y_m: {y:?}, \
                 width_m: {w:?}, height_m: {h:?}), status: Sold),\n"
            )
        })
        .collect();
    let sprinklers = if sprinklered { ", sprinklered: true" } else { "" };
    let text = format!(
        "(\n    format: 1,\n    name: \"t\",\n    grid_step_m: 1.0,\n    min_aisle_m: 3.0,\n    \
         themes: [(key: \"t\", name: \"T\", colour: \"#123456\")],\n    halls: [(id: \"H\", name: \
         \"H\"{sprinklers}, outline: [(0.0, 0.0), (100.0, 0.0), (100.0, 30.0), (0.0, 30.0)])],\n    \
         columns: [],\n    exits: [(id: \"H-E1\", hall: \"H\", from: (0.0, 2.0), to: (0.0, 6.5)), \
         (id: \"H-E2\", hall: \"H\", from: (20.0, 0.0), to: (24.5, 0.0))],\n    zones: [],\n    \
         booths: [\n{}    ],\n{rules})\n",
        booths.concat()
    );
    let path = dir.join(format!("hall-{}.ron", booths.len()));
    std::fs::write(&path, text).unwrap();
    path
}

fn rules_of(findings: &[Value], rule: &str) -> Vec<Value> {
    findings.iter().filter(|f| f["rule"] == rule).cloned().collect()
}

#[test]
fn exit_distance_fires_past_30_m_and_37_5_m_sprinklered_under_gb50016_only() {
    let dir = tempfile::tempdir().unwrap();
    // A 3 × 1 m booth at x `at`, y 0.5: its far corner (at + 3, 1.5) is 29.54 m from the end
    // (24.5, 0) of door H-E2 at 51, 31.04 m at 52.5; 37.03 m at 58.5 and 38.53 m at 60.
    for (sprinklered, at, fires) in
        [(false, 51.0, false), (false, 52.5, true), (true, 58.5, false), (true, 60.0, true)]
    {
        let file = hall_file(dir.path(), sprinklered, &[("H-001", at, 0.5, 3.0, 1.0)], "");
        let (_, findings) = check(&file, &[]);
        let hits = rules_of(&findings, "exit-distance");
        assert_eq!(hits.len(), usize::from(fires), "{at}: {findings:#?}");
        if fires {
            let measured = hits[0]["measured_m"].as_f64().unwrap();
            // The far corner (at + 3, 1.5): distance to the door's end (24.5, 0).
            let expected = (at + 3.0 - 24.5f64).hypot(1.5);
            assert!((measured - expected).abs() < 0.001, "{measured} vs {expected}");
            let limit = if sprinklered { 37.5 } else { 30.0 };
            assert_eq!(hits[0]["limit"], limit);
        }
        // NFPA 101 walks instead: no straight-line rule.
        let (_, nfpa) = check(&file, &["--rules", "nfpa101"]);
        assert!(rules_of(&nfpa, "exit-distance").is_empty(), "{nfpa:#?}");
    }
}

#[test]
fn a_default_expo_is_clean_under_both_packs() {
    for pack in ["gb50016", "nfpa101"] {
        let (code, findings) = check(&default_layout(), &["--rules", pack]);
        assert_eq!((code, findings.len()), (Some(0), 0), "{pack}: {findings:#?}");
    }
}

#[test]
fn an_unknown_pack_is_refused_with_the_known_ones() {
    let run = boothplan(["check", default_layout().to_str().unwrap(), "--rules", "nfpa72"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("gb50016, nfpa101"), "{}", run.stderr);
}

#[test]
fn a_hall_approval_lengthens_the_limit_and_findings_cite_it() {
    let dir = tempfile::tempdir().unwrap();
    let booth = [("H-001", 80.0, 0.5, 3.0, 1.0)];
    let approved = "    rules: (\n        pack: \"gb50016\",\n        halls: [(hall: \"H\", reference: \
                    \"HZXF-PBD-2026-099\", limits: {\"exit_distance_m\": 55.0})],\n    ),\n";
    // 58.5 m from the door: past the approval's 55 m, which the finding cites.
    let file = hall_file(dir.path(), false, &booth, approved);
    let (_, findings) = check(&file, &[]);
    let hits = rules_of(&findings, "exit-distance");
    assert_eq!(hits.len(), 1, "{findings:#?}");
    assert_eq!(hits[0]["clause"], "HZXF-PBD-2026-099");
    assert_eq!(hits[0]["limit"], 55.0);
    assert!(hits[0]["message"].as_str().unwrap().contains("HZXF-PBD-2026-099"));
    let nearer = [("H-001", 75.0, 0.5, 3.0, 1.0)];
    let file = hall_file(dir.path(), false, &nearer, approved);
    assert!(rules_of(&check(&file, &[]).1, "exit-distance").is_empty());
}

use std::collections::BTreeMap;

use super::oracle::{booth_overlaps, other_faults};
use super::{gdte_hangzhou, synthetic, synthetic_overlap_count};
use crate::check::{Rule, Severity, check_layout};
use crate::model::{BoothStatus, Hall};

#[test]
fn gdte_has_seven_different_halls_of_exactly_80000_m2() {
    let layout = gdte_hangzhou();
    assert_eq!(layout.halls.len(), 7);
    assert_eq!(layout.total_hall_area_m2(), 80_000.0);
    let mut areas: Vec<f64> = layout.halls.iter().map(Hall::area_m2).collect();
    areas.sort_by(f64::total_cmp);
    areas.dedup();
    assert_eq!(areas.len(), 7, "hall sizes should differ: {areas:?}");
    assert!(layout.halls.iter().any(|h| h.outline.len() > 4), "one hall is not a rectangle");
    assert!(layout.halls.iter().all(|h| h.name == format!("Hall {}", h.id)));
}

#[test]
fn gdte_halls_stand_apart() {
    let layout = gdte_hangzhou();
    let bounds: Vec<_> = layout.halls.iter().filter_map(Hall::bounds).collect();
    for (i, a) in bounds.iter().enumerate() {
        for b in &bounds[i + 1..] {
            assert_eq!(super::oracle::shared_m2(a, b), 0.0, "{a:?} and {b:?}");
        }
    }
}

#[test]
fn gdte_booths_are_standard_sizes_numbered_per_hall() {
    let layout = gdte_hangzhou();
    let n = layout.booths.len();
    assert!((600..=900).contains(&n), "{n} booths");
    let mut per_hall: BTreeMap<&str, usize> = BTreeMap::new();
    for booth in &layout.booths {
        let hall = booth.hall.as_deref().unwrap();
        let count = per_hall.entry(hall).or_default();
        *count += 1;
        assert_eq!(booth.id, format!("{hall}-{count:03}"));
        let (w, h) = (booth.rect.width_m, booth.rect.height_m);
        let standard = matches!((w, h), (3.0, 3.0 | 6.0) | (6.0, 6.0));
        let island = h == 12.0 && w >= 12.0;
        assert!(standard || island, "{} is {w} × {h} m", booth.id);
    }
    assert!(layout.booths.iter().any(|b| b.rect.area_m2() >= 144.0), "no raw-space island");
    assert!(layout.booths.iter().any(|b| b.rect.area_m2() == 9.0));
}

#[test]
fn gdte_has_all_four_themes_and_columns_on_a_grid() {
    let layout = gdte_hangzhou();
    for theme in &layout.themes {
        assert!(layout.zones.iter().any(|z| z.theme == theme.key), "no zone for {}", theme.key);
        assert!(layout.booths.iter().any(|b| b.theme == theme.key), "no booth for {}", theme.key);
    }
    assert!(layout.columns.len() > 100);
    assert!(
        layout
            .columns
            .iter()
            .all(|c| c.hall.as_ref().is_some_and(|h| c.id.starts_with(&format!("{h}-C"))))
    );
}

#[test]
fn gdte_sales_mix_and_exhibitors() {
    let layout = gdte_hangzhou();
    let share = |status| {
        layout.booths.iter().filter(|b| b.status == status).count() as f64
            / layout.booths.len() as f64
    };
    assert!((0.48..0.62).contains(&share(BoothStatus::Sold)), "{}", share(BoothStatus::Sold));
    assert!((0.14..0.26).contains(&share(BoothStatus::Reserved)));
    for booth in &layout.booths {
        assert_eq!(booth.exhibitor.is_empty(), booth.status == BoothStatus::Available, "{booth:?}");
    }
    let chinese = |s: &str| s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
    assert!(layout.booths.iter().any(|b| chinese(&b.exhibitor)));
    assert!(layout.booths.iter().any(|b| b.exhibitor.is_ascii() && !b.exhibitor.is_empty()));
    assert!(layout.booths.iter().any(|b| b.exhibitor == "阿里巴巴"));
}

#[test]
fn gdte_is_clean_by_an_independent_brute_force_check() {
    let layout = gdte_hangzhou();
    assert_eq!(booth_overlaps(&layout), Vec::<(String, String)>::new());
    assert_eq!(other_faults(&layout), Vec::<String>::new());
}

#[test]
fn gdte_passes_check_without_findings() {
    let findings = check_layout(&gdte_hangzhou());
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn generators_are_deterministic() {
    assert_eq!(gdte_hangzhou(), gdte_hangzhou());
    assert_eq!(synthetic(500, 9), synthetic(500, 9));
    assert_ne!(synthetic(500, 9), synthetic(500, 10));
}

#[test]
fn synthetic_has_the_promised_booths_and_overlaps_only() {
    for (booths, seed) in [(0, 1), (1, 1), (19, 2), (20, 3), (1_234, 4), (2_001, 5)] {
        let layout = synthetic(booths, seed);
        assert_eq!(layout.booths.len(), booths);
        assert_eq!(booth_overlaps(&layout).len(), synthetic_overlap_count(booths), "{booths}");
        assert_eq!(other_faults(&layout), Vec::<String>::new(), "{booths}");
    }
    assert_eq!(synthetic_overlap_count(1_234), 61);
}

#[test]
fn synthetic_spreads_large_fairs_over_halls() {
    let layout = synthetic(25_010, 7);
    assert_eq!(layout.halls.len(), 3);
    assert_eq!(booth_overlaps(&layout).len(), synthetic_overlap_count(25_010));
    assert_eq!(synthetic_overlap_count(25_010), 500 + 500 + 250);
}

#[test]
fn synthetic_check_counts_exactly_the_planted_overlaps() {
    for (booths, seed) in [(2_000, 11), (10_020, 12)] {
        let findings = check_layout(&synthetic(booths, seed));
        let rules: Vec<_> = findings.iter().map(|f| f.rule).collect();
        assert_eq!(findings.len(), synthetic_overlap_count(booths), "{rules:?}");
        assert!(findings.iter().all(|f| f.rule == Rule::BoothOverlap), "{rules:?}");
        assert!(findings.iter().all(|f| f.severity == Severity::Error && f.area_m2 == Some(9.0)));
    }
}

#[test]
fn checked_in_default_layout_is_what_the_generator_makes() {
    let generated = crate::io::ron_file::layout_to_ron(&gdte_hangzhou()).unwrap();
    assert!(
        crate::io::DEFAULT_LAYOUT_RON == generated,
        "layouts/gdte-hangzhou.ron has drifted: run \
         `cargo run -- generate gdte -o layouts/gdte-hangzhou.ron`"
    );
    let parsed = crate::io::ron_file::parse_layout(
        crate::io::DEFAULT_LAYOUT_RON,
        std::path::Path::new("<default layout>"),
    )
    .unwrap();
    assert_eq!(parsed, gdte_hangzhou());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]

    /// Whatever the size and seed, the brute-force oracle finds exactly the planted overlaps.
    #[test]
    fn synthetic_faults_are_exactly_the_planted_ones(booths in 0usize..1_500, seed: u64) {
        let layout = synthetic(booths, seed);
        proptest::prop_assert_eq!(layout.booths.len(), booths);
        proptest::prop_assert_eq!(booth_overlaps(&layout).len(), synthetic_overlap_count(booths));
        proptest::prop_assert!(other_faults(&layout).is_empty());
    }
}

//! What the semantic diff and the three-way merge tell a planner in the everyday cases, on the
//! Global Digital Trade Expo layout: a booth moved, renumbered or sold; two planners editing
//! the same booth; a hall deleted on one side while the other still draws in it.

use std::path::Path;

use boothplan_core::check::{Rule, check_layout};
use boothplan_core::io::DEFAULT_LAYOUT_RON;
use boothplan_core::io::ron_file::parse_layout;
use boothplan_core::model::{Background, Booth, BoothStatus, Layout, Rect};
use boothplan_core::revision::{
    ChangeKind, ConflictReason, Object, Subject, diff_layouts, merge_layouts,
};

fn fair() -> Layout {
    parse_layout(DEFAULT_LAYOUT_RON, Path::new("fair.ron")).unwrap()
}

fn booth<'a>(layout: &'a mut Layout, id: &str) -> &'a mut Booth {
    layout.booths.iter_mut().find(|b| b.id == id).unwrap()
}

/// `(kind, id, change, from, to)` of every change, for whole-list comparisons.
fn lines(old: &Layout, new: &Layout) -> Vec<(String, String, String, String, String)> {
    diff_layouts(old, new)
        .changes
        .into_iter()
        .map(|c| {
            (
                c.kind.to_string(),
                c.id,
                c.change.as_str().to_owned(),
                c.from.unwrap_or_default(),
                c.to.unwrap_or_default(),
            )
        })
        .collect()
}

fn line(
    kind: &str,
    id: &str,
    change: &str,
    from: &str,
    to: &str,
) -> (String, String, String, String, String) {
    (kind.into(), id.into(), change.into(), from.into(), to.into())
}

#[test]
fn the_same_layout_has_no_changes() {
    let diff = diff_layouts(&fair(), &fair());
    assert!(diff.is_empty());
    assert_eq!(diff.totals.booths.old, diff.totals.booths.new);
}

#[test]
fn each_kind_of_edit_reads_as_the_planner_made_it() {
    let old = fair();
    let mut new = old.clone();
    booth(&mut new, "1A-001").rect = Rect::new(6.0, 3.0, 6.0, 6.0);
    booth(&mut new, "1A-002").rect.width_m = 9.0;
    booth(&mut new, "1A-003").id = "1A-003B".into();
    let sold = booth(&mut new, "1A-013");
    sold.status = BoothStatus::Sold;
    sold.exhibitor = "Hangzhou Cloud".into();
    booth(&mut new, "1A-005").theme = "technology".into();
    new.booths.retain(|b| b.id != "1A-006");
    new.booths.push(Booth { id: "1A-900".into(), ..old.booths[0].clone() });
    new.zones[0].name = "Esports".into();
    new.halls[0].name = "Hall One A".into();
    new.name = "GDTE 2027".into();
    new.min_aisle_m = 4.0;

    let expected = vec![
        line("layout", "min_aisle_m", "setting", "3 m", "4 m"),
        line("layout", "name", "renamed", "Global Digital Trade Expo, Hangzhou", "GDTE 2027"),
        line("hall", "1A", "renamed", "Hall 1A", "Hall One A"),
        line("zone", "1A-Z1", "renamed", "Games & Esports", "Esports"),
        line("booth", "1A-001", "moved", "(3, 3)", "(6, 3)"),
        line("booth", "1A-002", "resized", "6 × 6 m", "9 × 6 m"),
        line("booth", "1A-003B", "renumbered", "1A-003", "1A-003B"),
        line("booth", "1A-005", "re-themed", "digital-content", "technology"),
        line("booth", "1A-006", "removed", "", ""),
        line("booth", "1A-013", "status", "available", "sold"),
        line("booth", "1A-013", "exhibitor", "none", "Hangzhou Cloud"),
        line("booth", "1A-900", "added", "", ""),
    ];
    assert_eq!(lines(&old, &new), expected);
    let totals = diff_layouts(&old, &new).totals;
    assert_eq!(totals.booths.new, totals.booths.old);
    // 1A-002 grew by 18 m², 1A-006 (9 m²) went, 1A-900 (36 m²) came.
    assert_eq!(totals.booth_area_m2.new - totals.booth_area_m2.old, 18.0 - 9.0 + 36.0);
}

#[test]
fn a_booth_renumbered_and_sold_is_one_booth_with_two_changes() {
    let old = fair();
    let mut new = old.clone();
    let b = booth(&mut new, "1A-003");
    b.id = "1A-003A".into();
    b.status = BoothStatus::Reserved;
    let changes: Vec<_> = diff_layouts(&old, &new).changes.iter().map(|c| c.change).collect();
    assert_eq!(changes, [ChangeKind::Renumbered, ChangeKind::Status]);
    // Moved and renumbered at once is no longer recognisably the same booth.
    booth(&mut new, "1A-003A").rect.x_m += 1.0;
    let changes: Vec<_> = diff_layouts(&old, &new).changes.iter().map(|c| c.change).collect();
    assert_eq!(changes, [ChangeKind::Removed, ChangeKind::Added]);
}

#[test]
fn operations_moves_a_booth_while_sales_sells_it_and_both_edits_survive() {
    let base = fair();
    let mut ours = base.clone();
    booth(&mut ours, "1A-003").rect.x_m = 16.0;
    let mut theirs = base.clone();
    let b = booth(&mut theirs, "1A-003");
    b.status = BoothStatus::Sold;
    b.exhibitor = "Alibaba Cloud".into();
    let mut merged = merge_layouts(&base, &ours, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let b = booth(&mut merged.layout, "1A-003");
    assert_eq!(
        (b.rect.x_m, b.status, b.exhibitor.as_str()),
        (16.0, BoothStatus::Sold, "Alibaba Cloud")
    );
}

#[test]
fn one_booth_moved_two_ways_is_a_conflict_that_keeps_ours() {
    let base = fair();
    let mut ours = base.clone();
    booth(&mut ours, "1A-003").rect.x_m = 16.0;
    let mut theirs = base.clone();
    booth(&mut theirs, "1A-003").rect.x_m = 18.0;
    booth(&mut theirs, "1A-010").status = BoothStatus::Reserved;
    let mut merged = merge_layouts(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(
        (c.kind, c.id.as_str(), c.reason),
        (Subject::Booth, "1A-003", ConflictReason::BothChanged)
    );
    assert_eq!(c.fields, ["rect"]);
    assert!(matches!(&c.theirs, Some(Object::Booth(b)) if b.rect.x_m == 18.0));
    assert_eq!(booth(&mut merged.layout, "1A-003").rect.x_m, 16.0);
    // The rest of their work still arrives.
    assert_eq!(booth(&mut merged.layout, "1A-010").status, BoothStatus::Reserved);
    assert_eq!(
        c.summary("1A-003"),
        "booth 1A-003: changed differently on both sides (rect); kept ours"
    );
}

#[test]
fn deleted_on_one_side_and_changed_on_the_other_keeps_our_side() {
    let base = fair();
    let mut ours = base.clone();
    booth(&mut ours, "1A-003").status = BoothStatus::Sold;
    ours.booths.retain(|b| b.id != "1A-004");
    let mut theirs = base.clone();
    theirs.booths.retain(|b| b.id != "1A-003");
    booth(&mut theirs, "1A-004").exhibitor = "Haier".into();
    let merged = merge_layouts(&base, &ours, &theirs);
    let reasons: Vec<_> = merged.conflicts.iter().map(|c| (c.id.as_str(), c.reason)).collect();
    assert_eq!(
        reasons,
        [
            ("1A-003", ConflictReason::ChangedHereDeletedThere),
            ("1A-004", ConflictReason::DeletedHereChangedThere)
        ]
    );
    assert!(merged.layout.booth("1A-003").is_some());
    assert!(merged.layout.booth("1A-004").is_none());
}

#[test]
fn a_booth_renumbered_here_and_sold_there_is_sold_under_its_new_number() {
    let base = fair();
    let mut ours = base.clone();
    booth(&mut ours, "1A-003").id = "1A-003A".into();
    let mut theirs = base.clone();
    booth(&mut theirs, "1A-003").status = BoothStatus::Sold;
    let merged = merge_layouts(&base, &ours, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert!(merged.layout.booth("1A-003").is_none());
    assert_eq!(merged.layout.booth("1A-003A").unwrap().status, BoothStatus::Sold);
    assert_eq!(merged.layout.booths.len(), base.booths.len());
}

#[test]
fn a_hall_deleted_there_while_we_still_draw_in_it_is_kept() {
    let base = fair();
    let hall = base.halls[1].id.clone();
    let mut ours = base.clone();
    let new = Booth { id: "NEW-1".into(), hall: Some(hall.clone()), ..base.booths[0].clone() };
    ours.booths.push(new);
    let mut theirs = base.clone();
    theirs.halls.retain(|h| h.id != hall);
    for b in &mut theirs.booths {
        if b.hall.as_deref() == Some(hall.as_str()) {
            b.hall = None;
        }
    }
    for z in &mut theirs.zones {
        if z.hall.as_deref() == Some(hall.as_str()) {
            z.hall = None;
        }
    }
    let merged = merge_layouts(&base, &ours, &theirs);
    let c = merged.conflicts.iter().find(|c| c.kind == Subject::Hall).unwrap();
    assert_eq!((c.id.as_str(), c.reason), (hall.as_str(), ConflictReason::DeletedButUsed));
    assert!(merged.layout.hall(&hall).is_some());
    let text = boothplan_core::io::ron_file::layout_to_ron(&merged.layout).unwrap();
    parse_layout(&text, Path::new("merged.ron")).unwrap();
}

#[test]
fn the_same_number_added_differently_on_both_sides_is_a_conflict() {
    let base = fair();
    let added = |x_m| Booth {
        id: "1A-999".into(),
        rect: Rect::new(x_m, 80.0, 3.0, 3.0),
        ..base.booths[0].clone()
    };
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.booths.push(added(3.0));
    theirs.booths.push(added(9.0));
    let merged = merge_layouts(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].reason, ConflictReason::BothAdded);
    let kept: Vec<_> = merged.layout.booths.iter().filter(|b| b.id == "1A-999").collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].rect.x_m, 3.0);
}

#[test]
fn two_planners_putting_booths_on_one_spot_merge_cleanly_and_check_finds_the_overlap() {
    let base = fair();
    let spot = Rect::new(3.0, 80.0, 3.0, 3.0);
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.booths.push(Booth { id: "1A-901".into(), rect: spot, ..base.booths[0].clone() });
    theirs.booths.push(Booth { id: "1A-902".into(), rect: spot, ..base.booths[0].clone() });
    let merged = merge_layouts(&base, &ours, &theirs);
    assert!(merged.is_clean());
    let overlaps = check_layout(&merged.layout)
        .into_iter()
        .filter(|f| f.rule == Rule::BoothOverlap && f.ids == ["1A-901", "1A-902"])
        .count();
    assert_eq!(overlaps, 1);
}

/// The fair with its site's fields set.
fn sited(lon: f64, lat: f64, bearing_deg: f64) -> Layout {
    Layout { site: Some(boothplan_core::model::Site { lon, lat, bearing_deg }), ..fair() }
}

#[test]
fn the_site_is_compared_field_by_field_and_as_a_whole_when_one_side_has_none() {
    let old = sited(120.2, 30.25, 12.0);
    assert_eq!(
        lines(&old, &sited(120.2, 30.25, 15.5)),
        [line("layout", "site.bearing_deg", "setting", "12°", "15.5°")]
    );
    assert_eq!(
        lines(&old, &sited(120.21, 30.2, 12.0)),
        [
            line("layout", "site.lat", "setting", "30.25°", "30.2°"),
            line("layout", "site.lon", "setting", "120.2°", "120.21°"),
        ]
    );
    let nowhere = Layout { site: None, ..fair() };
    assert_eq!(
        lines(&old, &nowhere),
        [line("layout", "site", "setting", "lon 120.2°, lat 30.25°, bearing 12°", "none")]
    );
}

#[test]
fn two_planners_correcting_different_site_fields_both_keep_their_correction() {
    let base = sited(120.2, 30.25, 12.0);
    let merged = merge_layouts(&base, &sited(120.21, 30.25, 12.0), &sited(120.2, 30.25, 15.0));
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert_eq!(merged.layout.site, sited(120.21, 30.25, 15.0).site);

    // A site only they gave the plan is taken.
    let nowhere = Layout { site: None, ..fair() };
    let merged = merge_layouts(&nowhere, &nowhere, &base);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert_eq!(merged.layout.site, base.site);
}

#[test]
fn one_site_field_changed_differently_is_a_conflict_that_keeps_ours() {
    let base = sited(120.2, 30.25, 12.0);
    let ours = sited(120.2, 30.26, 14.0);
    let merged = merge_layouts(&base, &ours, &sited(120.2, 30.27, 12.0));
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    let c = &merged.conflicts[0];
    assert_eq!((c.kind, c.id.as_str()), (Subject::Layout, "site.lat"));
    assert_eq!(c.reason, ConflictReason::BothChanged);
    assert_eq!(c.ours, Some(Object::Setting("30.26°".into())));
    assert_eq!(c.theirs, Some(Object::Setting("30.27°".into())));
    assert_eq!(merged.layout.site, ours.site, "ours kept, our bearing merged too");
}

fn with_drawing(m_per_px: f64) -> Layout {
    let origin = boothplan_core::model::Point::new(0.0, 0.0);
    let drawing = Background::new("venue.png".into(), None, (1000, 500), origin, m_per_px);
    Layout { backgrounds: vec![drawing], ..fair() }
}

#[test]
fn a_background_plan_placed_or_calibrated_is_one_setting_in_the_diff_and_the_merge() {
    let placed = with_drawing(0.1);
    assert_eq!(
        lines(&fair(), &placed),
        vec![line(
            "layout",
            "backgrounds",
            "setting",
            "no background plan",
            "background plans venue.png"
        )]
    );

    // Calibrated on one side while the other sells a booth: both are kept.
    let mut sold = placed.clone();
    let id = sold.booths[0].id.clone();
    booth(&mut sold, &id).status = BoothStatus::Sold;
    let merged = merge_layouts(&placed, &with_drawing(0.2), &sold);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert_eq!(merged.layout.backgrounds, with_drawing(0.2).backgrounds);
    assert_eq!(booth(&mut merged.layout.clone(), &id).status, BoothStatus::Sold);

    // Calibrated differently on both sides: a conflict that keeps ours.
    let merged = merge_layouts(&placed, &with_drawing(0.2), &with_drawing(0.3));
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(merged.conflicts[0].id, "backgrounds");
    assert_eq!(merged.layout.backgrounds, with_drawing(0.2).backgrounds);
}

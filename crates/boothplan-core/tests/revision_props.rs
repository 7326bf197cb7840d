//! The three-way merge against its laws, on random layouts and random planner edits: a side
//! that changed nothing takes the other side whole, edits of different booths both survive,
//! the same edit on both sides is no conflict, and whatever the edits the merged plan saves and
//! opens again.

mod io_support;
mod revision_support;

use std::collections::HashSet;
use std::path::Path;

use boothplan_core::io::ron_file::{layout_to_ron, parse_layout};
use boothplan_core::model::{Booth, Layout};
use boothplan_core::revision::{ConflictReason, Object, diff_layouts, merge_layouts};
use proptest::prelude::*;
use revision_support::{Edit, edit, edited};

fn anything(_: &str) -> bool {
    true
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(edit(), 0..8)
}

fn by_number(layout: &Layout) -> Vec<Booth> {
    let mut booths = layout.booths.clone();
    booths.sort_by(|a, b| a.id.cmp(&b.id));
    booths
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_side_that_changed_nothing_takes_the_other_whole(
        base in io_support::layout(12),
        changes in edits(),
    ) {
        let x = edited(&base, &changes, &anything, "X", true);
        let ours_only = merge_layouts(&base, &x, &base);
        prop_assert!(ours_only.is_clean(), "{:?}", ours_only.conflicts);
        prop_assert_eq!(&ours_only.layout, &x);
        let theirs_only = merge_layouts(&base, &base, &x);
        prop_assert!(theirs_only.is_clean(), "{:?}", theirs_only.conflicts);
        prop_assert_eq!(&theirs_only.layout, &x);
    }

    #[test]
    fn the_same_edit_on_both_sides_is_no_conflict(
        base in io_support::layout(12),
        changes in edits(),
    ) {
        let x = edited(&base, &changes, &anything, "X", true);
        let merged = merge_layouts(&base, &x, &x);
        prop_assert!(merged.is_clean(), "{:?}", merged.conflicts);
        prop_assert_eq!(&merged.layout, &x);
    }

    #[test]
    fn edits_of_different_booths_both_survive(
        base in io_support::layout(16),
        ours_edits in edits(),
        theirs_edits in edits(),
    ) {
        // Ours works on every other booth of the ancestor, theirs on the rest; each side
        // adds and renumbers under its own prefix. Ours renames the fair, theirs widens aisles.
        let even: HashSet<String> = base.booths.iter().step_by(2).map(|b| b.id.clone()).collect();
        let ours_booth = |id: &str| id.starts_with('O') || even.contains(id);
        let theirs_booth = |id: &str| id.starts_with('T') || !ours_booth(id);
        let mut ours = edited(&base, &ours_edits, &ours_booth, "O", false);
        ours.name = format!("{} (ours)", base.name);
        let mut theirs = edited(&base, &theirs_edits, &theirs_booth, "T", false);
        theirs.min_aisle_m = base.min_aisle_m + 1.0;

        let merged = merge_layouts(&base, &ours, &theirs);
        prop_assert!(merged.is_clean(), "{:?}", merged.conflicts);
        let mut expected = edited(&ours, &theirs_edits, &theirs_booth, "T", false);
        expected.min_aisle_m = theirs.min_aisle_m;
        prop_assert_eq!(&merged.layout.name, &expected.name);
        prop_assert_eq!(merged.layout.min_aisle_m, expected.min_aisle_m);
        prop_assert_eq!(by_number(&merged.layout), by_number(&expected));
        prop_assert_eq!(&merged.layout.zones, &expected.zones);
        prop_assert_eq!(&merged.layout.halls, &expected.halls);
        prop_assert_eq!(&merged.layout.themes, &expected.themes);
        // And the diff from the ancestor lists both sides' booths.
        let diff = diff_layouts(&base, &merged.layout);
        let changed: HashSet<&str> = diff.changes.iter().map(|c| c.id.as_str()).collect();
        for side in [&ours, &theirs] {
            for c in diff_layouts(&base, side).changes.iter().filter(|c| c.kind.as_str() == "booth") {
                prop_assert!(changed.contains(c.id.as_str()), "{} lost", c.id);
            }
        }
    }

    #[test]
    fn whatever_both_sides_do_the_merged_plan_saves_and_opens(
        base in io_support::layout(12),
        ours_edits in edits(),
        theirs_edits in edits(),
    ) {
        let ours = edited(&base, &ours_edits, &anything, "O", true);
        let theirs = edited(&base, &theirs_edits, &anything, "T", true);
        let merged = merge_layouts(&base, &ours, &theirs);
        let text = layout_to_ron(&merged.layout).unwrap();
        let back = parse_layout(&text, Path::new("merged.ron"));
        prop_assert!(back.is_ok(), "{}", back.unwrap_err());
        prop_assert_eq!(back.unwrap(), merged.layout.clone());
        // The merge itself kept it loadable (bringing back what is still used), never by
        // falling back to ours whole.
        prop_assert!(
            merged.conflicts.iter().all(|c| c.reason != ConflictReason::Unmergeable),
            "{:?}",
            merged.conflicts
        );
        // Each conflict keeps our side: its object is there exactly as ours has it.
        for c in &merged.conflicts {
            if let (Some(Object::Booth(o)), "booth") = (&c.ours, c.kind.as_str()) {
                prop_assert!(merged.layout.booths.contains(o), "{:?}", c);
            }
        }
    }
}

//! A renumbered row is the same row: whatever new numbers one planner gives the booths of a row,
//! the sales the other planner made meanwhile stay on the booths where they were made, and the
//! diff says "renumbered", never "moved".

use boothplan_core::model::{Booth, BoothStatus, Colour, Hall, Layout, Point, Rect, Theme};
use boothplan_core::revision::{ChangeKind, ConflictReason, diff_layouts, merge_layouts};
use proptest::prelude::*;

/// A hall with a row of `n` 3 × 3 m booths, 1A-001 at x = 3 m, 1A-002 at x = 6 m, …
fn row(n: usize) -> Layout {
    let theme = Theme {
        key: "tech".into(),
        name: "Tech".into(),
        colour: Colour::rgb(1, 2, 3),
        target_area_m2: None,
    };
    let outline = [(0.0, 0.0), (100.0, 0.0), (100.0, 70.0), (0.0, 70.0)];
    let hall = Hall::new("1A", "Hall 1A", outline.iter().map(|&(x, y)| Point::new(x, y)).collect());
    let booths = (1..=n)
        .map(|k| Booth {
            id: format!("1A-{k:03}"),
            hall: Some("1A".into()),
            theme: "tech".into(),
            rect: Rect::new(3.0 * f64::from(u32::try_from(k).unwrap()), 3.0, 3.0, 3.0),
            status: BoothStatus::Available,
            exhibitor: String::new(),
        })
        .collect();
    Layout { themes: vec![theme], halls: vec![hall], booths, ..Layout::default() }
}

/// The row, new numbers for it (distinct, possibly ones the row already used elsewhere), and
/// which booths the other side sells or reserves.
fn case() -> impl Strategy<Value = (usize, Vec<usize>, Vec<Option<bool>>)> {
    (2usize..12).prop_flat_map(|n| {
        let numbers = prop::sample::subsequence((1..n + 6).collect::<Vec<_>>(), n).prop_shuffle();
        (Just(n), numbers, prop::collection::vec(prop::option::of(any::<bool>()), n))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_renumbered_row_keeps_every_sale_on_its_booth((n, numbers, sales) in case()) {
        let base = row(n);
        let mut ours = base.clone();
        for (booth, number) in ours.booths.iter_mut().zip(&numbers) {
            booth.id = format!("1A-{number:03}");
        }
        let mut theirs = base.clone();
        for (k, (booth, sale)) in theirs.booths.iter_mut().zip(&sales).enumerate() {
            if let Some(sold) = sale {
                booth.status = if *sold { BoothStatus::Sold } else { BoothStatus::Reserved };
                booth.exhibitor = format!("Exhibitor {k}");
            }
        }

        let merged = merge_layouts(&base, &ours, &theirs);
        prop_assert!(merged.is_clean(), "{:?}", merged.conflicts);
        prop_assert_eq!(merged.layout.booths.len(), n);
        for (k, sold_there) in theirs.booths.iter().enumerate() {
            let here: Vec<&Booth> =
                merged.layout.booths.iter().filter(|b| b.rect == sold_there.rect).collect();
            prop_assert_eq!(here.len(), 1, "booth {} of the row", k);
            prop_assert_eq!(&here[0].id, &ours.booths[k].id);
            prop_assert_eq!(here[0].status, sold_there.status);
            prop_assert_eq!(&here[0].exhibitor, &sold_there.exhibitor);
        }
        for side in [&ours, &merged.layout] {
            let diff = diff_layouts(&base, side);
            let placed = |c: &ChangeKind| {
                matches!(c, ChangeKind::Moved | ChangeKind::Added | ChangeKind::Removed)
            };
            prop_assert!(!diff.changes.iter().any(|c| placed(&c.change)), "{:?}", diff.changes);
        }
    }
}

/// Two booths with one number: the one on the spot an edit was made is the one it was made to.
#[test]
fn of_two_booths_with_one_number_the_one_on_the_same_spot_is_matched() {
    let mut base = row(2);
    base.booths[1].id = "1A-001".into();
    let mut ours = base.clone();
    ours.booths.remove(0);
    let mut theirs = base.clone();
    theirs.booths[0].status = BoothStatus::Sold;
    let merged = merge_layouts(&base, &ours, &theirs);
    let reasons: Vec<_> = merged.conflicts.iter().map(|c| c.reason).collect();
    assert_eq!(reasons, [ConflictReason::DeletedHereChangedThere]);
    // Our side (deleted) is kept; the other 1A-001 was never sold.
    assert_eq!(merged.layout.booths, ours.booths);
}

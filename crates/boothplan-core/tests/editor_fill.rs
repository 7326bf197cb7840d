//! Filling a zone and renumbering booths through the `Document`: one undo step each, the
//! booths selected, and a refused fill changing nothing.

mod generate_support;

use boothplan_core::editor::{Document, FillTarget, ObjectRef, Selection};
use boothplan_core::generate::{FillOptions, NumberPattern, NumberingScheme};
use boothplan_core::model::ObjectKind;
use generate_support::thirty_by_eighteen;

fn zone() -> FillTarget {
    FillTarget::Zone("Z1".to_owned())
}

#[test]
fn a_fill_is_one_undo_step_and_selects_the_booths() {
    let mut doc = Document::new(thirty_by_eighteen(), None);
    let options = FillOptions::for_layout(doc.layout());
    let scheme = NumberingScheme::default();
    let preview = doc.fill_preview(&zone(), &options, &scheme).unwrap();
    assert!(doc.layout().booths.is_empty(), "a preview changes nothing");
    let stats = doc.fill(&zone(), &options, &scheme).unwrap();
    assert_eq!(stats, preview.stats);
    assert_eq!(doc.layout().booths, preview.booths);
    assert_eq!(doc.selection().indices(ObjectKind::Booth).len(), 40);
    assert_eq!(doc.undo_label(), Some("Fill zone Z1 with 40 booths"));
    assert!(doc.findings().is_empty(), "{:?}", doc.findings());
    doc.undo();
    assert!(doc.layout().booths.is_empty(), "one undo takes every booth away");
    doc.redo();
    assert_eq!(doc.layout().booths.len(), 40);
}

#[test]
fn a_refused_fill_changes_nothing() {
    let mut doc = Document::new(thirty_by_eighteen(), None);
    let options = FillOptions { main_aisle_m: 1.0, ..FillOptions::for_layout(doc.layout()) };
    assert!(doc.fill(&zone(), &options, &NumberingScheme::default()).is_err());
    assert!(!doc.can_undo());
    assert!(doc.layout().booths.is_empty());
}

#[test]
fn renumbering_the_selection_is_one_undo_step() {
    let mut doc = Document::new(thirty_by_eighteen(), None);
    let options = FillOptions::for_layout(doc.layout());
    doc.fill(&zone(), &options, &NumberingScheme::default()).unwrap();
    let before: Vec<String> = doc.layout().booths.iter().map(|b| b.id.clone()).collect();
    let scheme = NumberingScheme {
        pattern: NumberPattern::parse("T-{n}").unwrap(),
        odd_even: true,
        ..Default::default()
    };
    assert_eq!(doc.renumber_selection(&scheme).unwrap(), 40);
    assert_eq!(doc.layout().booths[0].id, "T-1");
    assert_eq!(doc.layout().booths[10].id, "T-2", "the row across the aisle is even");
    assert_eq!(doc.undo_label(), Some("Renumber 40 booths"));
    doc.undo();
    let after: Vec<String> = doc.layout().booths.iter().map(|b| b.id.clone()).collect();
    assert_eq!(after, before);
}

#[test]
fn renumbering_a_selected_hall_numbers_every_booth_in_it() {
    let mut doc = Document::new(thirty_by_eighteen(), None);
    let options = FillOptions::for_layout(doc.layout());
    doc.fill(&zone(), &options, &NumberingScheme::default()).unwrap();
    doc.set_selection(Selection::of([ObjectRef::hall(0)]));
    assert_eq!(doc.booths_to_renumber().len(), 40);
    let scheme = NumberingScheme { start: 101, ..Default::default() };
    assert_eq!(doc.renumber_selection(&scheme).unwrap(), 40);
    assert_eq!(doc.layout().booths[0].id, "1A-101");
    assert_eq!(doc.layout().booths[39].id, "1A-140");
    assert!(doc.findings().is_empty());
}

#[test]
fn an_area_dragged_out_of_its_zone_is_cut_to_the_zone_whose_theme_it_takes() {
    let doc = Document::new(thirty_by_eighteen(), None);
    // Z1 spans x 10–40, y 10–28; the drag's middle (30, 20) is in it, its right end beyond.
    let area = doc.area_to_fill(boothplan_core::model::Rect::new(20.0, 12.0, 30.0, 16.0)).unwrap();
    assert_eq!(area.zone.as_deref(), Some("Z1"));
    assert_eq!(area.rect, boothplan_core::model::Rect::new(20.0, 12.0, 20.0, 16.0));
}

//! The sales side of the editor: an exhibitor list applied as one undo step, each layout
//! setting one undo step, booth types kept current while dragging, and copies that never copy
//! a sale.

mod editor_support;

use std::path::Path;

use boothplan_core::assign::Assignment;
use boothplan_core::editor::{Modifiers, ObjectRef, Selection, SettingValue, Tool};
use boothplan_core::io::exhibitor_list::parse_exhibitor_list;
use boothplan_core::model::{BoothStatus, BoothType};
use editor_support::{doc, drag_tool, pt, small_fair};

#[test]
fn an_exhibitor_list_is_one_undo_step_and_changes_only_its_booths() {
    let mut doc = doc();
    let rows = parse_exhibitor_list("1A-001,杭州数智,sold\n1A-003,,blocked\n", Path::new("l.csv"))
        .unwrap();
    let plan = Assignment::plan(doc.layout(), &rows);
    assert_eq!(plan.changes.len(), 2);
    doc.assign_exhibitors(&plan);
    let booths = &doc.layout().booths;
    assert_eq!((booths[0].exhibitor.as_str(), booths[0].status), ("杭州数智", BoothStatus::Sold));
    assert_eq!(booths[1], small_fair().booths[1]);
    assert_eq!(booths[2].status, BoothStatus::Blocked);
    assert_eq!(doc.undo_label(), Some("Import exhibitors"));
    doc.undo();
    assert_eq!(doc.layout(), &small_fair());
    assert!(!doc.can_undo());
}

#[test]
fn each_layout_setting_is_one_undo_step_and_bad_values_change_nothing() {
    let mut doc = doc();
    doc.set_setting(&SettingValue::Currency("EUR".into()));
    doc.set_setting(&SettingValue::PricePerM2 { theme: "technology".into(), price: Some(250.0) });
    doc.set_setting(&SettingValue::Premium(BoothType::Island, 30.0));
    doc.set_setting(&SettingValue::Target { theme: "logistics".into(), target_m2: Some(900.0) });
    let pricing = doc.layout().pricing.clone().unwrap();
    assert_eq!(pricing.currency, "EUR");
    assert_eq!(pricing.per_m2["technology"], 250.0);
    assert_eq!(pricing.premium_pct.island, 30.0);
    assert_eq!(doc.layout().theme("logistics").unwrap().target_area_m2, Some(900.0));
    // Refused: a negative price, a price for no theme, a premium for inline booths.
    doc.set_setting(&SettingValue::PricePerM2 { theme: "technology".into(), price: Some(-1.0) });
    doc.set_setting(&SettingValue::PricePerM2 { theme: "robotics".into(), price: Some(1.0) });
    doc.set_setting(&SettingValue::Premium(BoothType::Inline, 5.0));
    doc.set_setting(&SettingValue::Target { theme: "logistics".into(), target_m2: Some(f64::NAN) });
    assert_eq!(doc.layout().pricing.as_ref(), Some(&pricing));
    doc.set_setting(&SettingValue::NoPricing);
    assert_eq!(doc.layout().pricing, None);
    doc.undo();
    assert_eq!(doc.layout().pricing.as_ref(), Some(&pricing));
    for label in ["Set theme target", "Set premium", "Set price per m²", "Set currency"] {
        assert_eq!(doc.undo_label(), Some(label));
        doc.undo();
    }
    assert_eq!(doc.layout(), &small_fair());
}

#[test]
fn the_booth_type_follows_a_drag() {
    let mut doc = doc();
    // 1A-001 (4, 4, 3 × 3) stands alone but near the wall: 4 m from it, more than an aisle.
    assert_eq!(doc.booth_type("1A-001"), Some(BoothType::Island));
    // Dragged against 1A-002 (x 10–16): its right side closes.
    drag_tool(&mut doc, Tool::Select, pt(5.5, 5.5), pt(8.5, 5.5), Modifiers::NONE);
    assert_eq!(doc.layout().booths[0].rect.x_m, 7.0);
    assert_eq!(doc.booth_type("1A-001"), Some(BoothType::Peninsula));
    assert_eq!(doc.booth_type("1A-002"), Some(BoothType::Peninsula));
    doc.undo();
    assert_eq!(doc.booth_type("1A-001"), Some(BoothType::Island));
    assert_eq!(doc.booth_type("1A-002"), Some(BoothType::Island));
}

#[test]
fn copies_never_copy_a_sale_whatever_the_status() {
    let mut doc = doc();
    let rows =
        parse_exhibitor_list("1A-001,Acme,sold\n1A-002,,blocked\n", Path::new("l.csv")).unwrap();
    let plan = Assignment::plan(doc.layout(), &rows);
    doc.assign_exhibitors(&plan);
    doc.set_selection(Selection::of([ObjectRef::booth(0), ObjectRef::booth(1)]));
    doc.copy();
    doc.paste(None);
    doc.set_selection(Selection::of([ObjectRef::booth(0), ObjectRef::booth(1)]));
    doc.duplicate_selection();
    let booths = &doc.layout().booths;
    assert_eq!(booths.len(), 7);
    for copy in &booths[3..] {
        assert_eq!(
            (copy.status, copy.exhibitor.as_str()),
            (BoothStatus::Available, ""),
            "{copy:?}"
        );
    }
    assert_eq!(booths[0].status, BoothStatus::Sold, "the original keeps its sale");
}

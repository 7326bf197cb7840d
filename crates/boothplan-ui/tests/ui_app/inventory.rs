//! The sales side of the window: Edit ▸ Layout settings… typed into (each field one undo step),
//! File ▸ Import exhibitors… with its preview (one undo step), and a booth's type in the
//! inspector.

use super::*;

fn type_into(harness: &mut Harness<'static, BoothplanApp>, field: &str, text: &str) {
    let input = egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(input, field).focus();
    harness.run_steps(1);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_role_and_label(input, field).type_text(text);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
}

pub(super) fn open_menu_item(harness: &mut Harness<'static, BoothplanApp>, menu: &str, item: &str) {
    harness.get_by_label(menu).click();
    harness.run_steps(2);
    harness.get_by_label(item).click();
    harness.run_steps(2);
}

#[test]
fn layout_settings_typed_into_the_dialog_are_one_undo_step_each() {
    let booths = vec![booth("1A-001", 10.0, 10.0)];
    let mut harness = harness(small_layout(booths), None, &FakeDialogs::default());
    open_menu_item(&mut harness, "Edit", "Layout settings…");
    assert_eq!(harness.state().modal_title().as_deref(), Some("Layout settings"));
    type_into(&mut harness, "Currency", "EUR");
    type_into(&mut harness, "Price per m² of Technology", "1,200");
    type_into(&mut harness, "Premium of island booths, %", "25");
    type_into(&mut harness, "Target area of Logistics", "500");
    let layout = harness.state().document().layout().clone();
    let pricing = layout.pricing.clone().expect("a price list");
    assert_eq!(pricing.currency, "EUR");
    assert_eq!(pricing.per_m2.get("technology"), Some(&1200.0));
    assert_eq!(pricing.premium_pct.island, 25.0);
    assert_eq!(layout.theme("logistics").unwrap().target_area_m2, Some(500.0));
    // A lone 3 × 3 booth is an island: 9 m² × 1,200 × 1.25.
    harness.get_by_label("Close").click();
    harness.run_steps(2);
    assert!(harness.state().modal_title().is_none());
    assert!(shows_text(&harness, "13,500 EUR"), "the summary shows the revenue");
    assert!(shows_text(&harness, "0 m² of 500 m² planned, 0 m² sold"), "and the target");
    let doc = harness.state_mut().document_mut();
    for label in ["Set theme target", "Set premium", "Set price per m²", "Set currency"] {
        assert_eq!(doc.undo_label(), Some(label));
        doc.undo();
    }
    assert_eq!(doc.layout().pricing, None);
}

#[test]
fn import_exhibitors_previews_every_change_then_applies_them_as_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("sales.csv");
    std::fs::write(
        &list,
        "\u{feff}number,exhibitor,status\r\n1A-001,杭州数智,Sold\r\n9Z-999,X,sold\r\n",
    )
    .unwrap();
    let dialogs = FakeDialogs::default();
    let booths = vec![booth("1A-001", 10.0, 10.0), booth("1A-002", 20.0, 10.0)];
    let mut harness = harness(small_layout(booths), None, &dialogs);
    dialogs.answer_next(FileAnswer::Picked(list.clone()));
    open_menu_item(&mut harness, "File", "Import exhibitors…");
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Import exhibitors"));
    assert!(shows_text(&harness, "1A-001: (none), available → 杭州数智, sold"));
    assert!(shows_text(&harness, "no booth is numbered `9Z-999`"));
    assert_eq!(harness.state().document().layout().booths[0].status, BoothStatus::Available);
    harness.get_by_label("Apply").click();
    harness.run_steps(2);
    let booths = harness.state().document().layout().booths.clone();
    assert_eq!((booths[0].exhibitor.as_str(), booths[0].status), ("杭州数智", BoothStatus::Sold));
    assert_eq!(booths[1].status, BoothStatus::Available);
    assert_eq!(harness.state().document().undo_label(), Some("Import exhibitors"));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    assert_eq!(harness.state().document().layout().booths[0].status, BoothStatus::Available);
}

#[test]
fn a_broken_exhibitor_list_is_refused_at_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("sales.csv");
    std::fs::write(&list, "1A-001,Acme,paid\n").unwrap();
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![booth("1A-001", 10.0, 10.0)]), None, &dialogs);
    dialogs.answer_next(FileAnswer::Picked(list));
    open_menu_item(&mut harness, "File", "Import exhibitors…");
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Cannot import exhibitors"));
    assert!(shows_text(&harness, "sales.csv:1:13: expected a status"));
}

#[test]
fn the_inspector_shows_a_booths_type() {
    let booths = vec![booth("1A-001", 10.0, 10.0), booth("1A-002", 13.0, 10.0)];
    let mut harness = harness(small_layout(booths), None, &FakeDialogs::default());
    harness.state_mut().document_mut().set_selection(Selection::of([ObjectRef::booth(0)]));
    harness.run_steps(2);
    assert!(shows_text(&harness, "peninsula (3 open sides)"));
}

//! Editing many booths at once from the inspector: a rubber-band selection on the canvas, then
//! one exhibitor, status or theme for all of them, each one undo step.

use super::*;

/// Three booths; the first two are picked with a rubber band over the canvas.
fn two_of_three_selected() -> Harness<'static, BoothplanApp> {
    let booths =
        vec![booth("1A-001", 10.0, 10.0), booth("1A-002", 16.0, 10.0), booth("1A-003", 40.0, 30.0)];
    let mut harness = harness(small_layout(booths), None, &FakeDialogs::default());
    drag(&mut harness, Point::new(8.0, 8.0), Point::new(21.0, 15.0));
    let selection = harness.state().document().selection().clone();
    assert_eq!(selection, Selection::of([ObjectRef::booth(0), ObjectRef::booth(1)]));
    assert!(shows_text(&harness, "2 objects selected"));
    harness
}

#[test]
fn one_exhibitor_typed_for_a_selection_goes_to_every_booth_in_one_step() {
    let mut harness = two_of_three_selected();
    let field = || egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(field(), "Exhibitor").focus();
    harness.run_steps(1);
    harness.get_by_role_and_label(field(), "Exhibitor").type_text("杭州数字");
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
    let exhibitors = |h: &Harness<'_, BoothplanApp>| -> Vec<String> {
        h.state().document().layout().booths.iter().map(|b| b.exhibitor.clone()).collect()
    };
    assert_eq!(exhibitors(&harness), ["杭州数字", "杭州数字", ""]);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    assert_eq!(exhibitors(&harness), ["", "", ""], "one undo step takes back both");
}

#[test]
fn one_status_picked_for_a_selection_sells_every_booth() {
    let mut harness = two_of_three_selected();
    harness.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Status").click();
    harness.run_steps(2);
    harness.get_by_label("sold").click();
    harness.run_steps(2);
    let statuses: Vec<BoothStatus> =
        harness.state().document().layout().booths.iter().map(|b| b.status).collect();
    assert_eq!(statuses, [BoothStatus::Sold, BoothStatus::Sold, BoothStatus::Available]);
    assert_eq!(harness.state().document().undo_label(), Some("Set booth status"));
}

/// Booths of one size show it; a standard size picked for them resizes every booth from its
/// top-left corner in one step, and the inspector then shows the new size.
#[test]
fn one_size_picked_for_a_selection_resizes_every_booth_in_one_step() {
    let mut harness = two_of_three_selected();
    assert!(painted_texts(&harness).iter().any(|t| t == "3 × 3 m"), "the shared size is shown");
    harness.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Size").click();
    harness.run_steps(2);
    harness.get_by_label("6 × 3 m").click();
    harness.run_steps(2);
    let rects: Vec<Rect> =
        harness.state().document().layout().booths.iter().map(|b| b.rect).collect();
    assert_eq!(rects[0], Rect::new(10.0, 10.0, 6.0, 3.0));
    assert_eq!(rects[1], Rect::new(16.0, 10.0, 6.0, 3.0));
    assert_eq!(rects[2], Rect::new(40.0, 30.0, 3.0, 3.0), "the unselected booth keeps its size");
    assert_eq!(harness.state().document().undo_label(), Some("Resize booths"));
    assert!(painted_texts(&harness).iter().any(|t| t == "6 × 3 m"));
}

//! Align, distribute and the right-click menu through the window: Figma's Alt keys, the
//! Arrange menu, and a right-click that selects what it is on.

use boothplan_core::model::{Point, Rect};
use boothplan_ui::BoothplanApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::{FakeDialogs, booth, harness, screen, small_layout};

/// Three booths drawn by hand, roughly in a row.
fn row() -> Harness<'static, BoothplanApp> {
    let mut booths =
        vec![booth("1A-001", 5.0, 10.4), booth("1A-002", 17.0, 10.0), booth("1A-003", 35.0, 11.1)];
    booths[1].rect = Rect::new(17.0, 10.0, 6.0, 3.0);
    harness(small_layout(booths), None, &FakeDialogs::default())
}

fn rects(h: &Harness<'_, BoothplanApp>) -> Vec<Rect> {
    h.state().document().layout().booths.iter().map(|b| b.rect).collect()
}

#[test]
fn alt_w_aligns_tops_and_the_arrange_menu_distributes_in_one_step_each() {
    let mut h = row();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::W);
    h.run_steps(2);
    assert!(rects(&h).iter().all(|r| r.y_m == 10.0), "tops on the topmost: {:?}", rects(&h));

    h.get_by_label("Arrange").click();
    h.run_steps(2);
    h.get_by_label_contains("Distribute horizontally").click();
    h.run_steps(2);
    let r = rects(&h);
    // 5..38 holds 12 m of booths: two gaps of 10.5 m.
    assert_eq!((r[0].x_m, r[1].x_m, r[2].x_m), (5.0, 18.5, 35.0));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(rects(&h)[1].x_m, 17.0, "one undo step puts the gaps back");
}

#[test]
fn a_right_click_selects_the_booth_and_offers_delete() {
    let mut h = row();
    let on = screen(&h, Point::new(36.5, 12.5));
    h.hover_at(on);
    h.run_steps(1);
    h.event(egui::Event::PointerButton {
        pos: on,
        button: egui::PointerButton::Secondary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    h.event(egui::Event::PointerButton {
        pos: on,
        button: egui::PointerButton::Secondary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run_steps(3);
    let doc = h.state().document();
    let selected: Vec<&str> = doc.selection().iter().filter_map(|r| r.id(doc.layout())).collect();
    assert_eq!(selected, ["1A-003"], "the right-clicked booth is selected");
    h.get_by_label_contains("Delete").click();
    h.run_steps(2);
    let ids: Vec<String> =
        h.state().document().layout().booths.iter().map(|b| b.id.clone()).collect();
    assert_eq!(ids, ["1A-001", "1A-002"]);
}

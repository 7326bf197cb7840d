//! Filling a zone from the window: right-click the zone (or select it and use the Edit menu),
//! open "Fill zone with booths…", type a module size, read the preview's counts, Apply; one
//! Ctrl+Z takes every booth away. And renumbering the booths from the Edit menu.

use super::*;

/// An empty 60 × 40 m hall with the 30 × 18 m zone Z1 at (10, 10), nothing selected.
fn empty_hall() -> Harness<'static, BoothplanApp> {
    let layout = boothplan_core::sample::empty_hall(60.0, 40.0, Rect::new(10.0, 10.0, 30.0, 18.0));
    let mut harness = harness(layout, None, &FakeDialogs::default());
    harness.get_by_label(&tool_label(Tool::Select)).click();
    harness.run_steps(2);
    harness
}

/// The same, the zone selected by a click on it.
fn zone_selected() -> Harness<'static, BoothplanApp> {
    let mut harness = empty_hall();
    click_at(&mut harness, Point::new(25.0, 19.0));
    assert_eq!(harness.state().document().selection(), &Selection::of([ObjectRef::zone(0)]));
    harness
}

/// Edit ▸ Fill zone with booths… for the selected zone.
fn open_fill_from_edit_menu(harness: &mut Harness<'_, BoothplanApp>) {
    harness.get_by_label("Edit").click();
    harness.run_steps(2);
    harness.get_by_label("Fill zone with booths…").click();
    harness.run_steps(3);
}

/// Types `text` over the dialog's module size.
fn type_module_size(harness: &mut Harness<'_, BoothplanApp>, text: &str) {
    let field = || egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(field(), "Module size").focus();
    harness.run_steps(1);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_role_and_label(field(), "Module size").type_text(text);
    harness.run_steps(3);
}

fn booth_count(harness: &Harness<'_, BoothplanApp>) -> usize {
    harness.state().document().layout().booths.len()
}

#[test]
fn a_zone_filled_from_its_right_click_menu_is_one_undo_step() {
    // A right-click on the zone selects it and offers the fill.
    let mut harness = empty_hall();
    right_click_at(&mut harness, Point::new(25.0, 19.0));
    assert_eq!(harness.state().document().selection(), &Selection::of([ObjectRef::zone(0)]));
    harness.get_by_label("Fill zone with booths…").click();
    harness.run_steps(3);
    assert!(shows_text(&harness, "40 booths, 360 m² of 540 m² (67%)"), "the default preview");
    assert_eq!(booth_count(&harness), 0, "the preview changes nothing");

    type_module_size(&mut harness, "6x3");
    // Five 6 m modules in the 30 m rows, four rows.
    assert!(shows_text(&harness, "20 booths, 360 m² of 540 m² (67%)"), "the preview follows");
    harness.get_by_label("Apply").click();
    harness.run_steps(3);

    let layout = harness.state().document().layout().clone();
    assert_eq!(layout.booths.len(), 20);
    assert!(layout.booths.iter().all(|b| b.rect.width_m == 6.0 && b.theme == "technology"));
    assert_eq!(layout.booths[0].id, "1A-001");
    assert!(harness.state().document().findings().is_empty());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    assert_eq!(booth_count(&harness), 0, "one Ctrl+Z removes them all");
}

#[test]
fn the_edit_menu_fills_and_renumbers() {
    let mut harness = zone_selected();
    open_fill_from_edit_menu(&mut harness);
    harness.get_by_label("Apply").click();
    harness.run_steps(3);
    assert_eq!(booth_count(&harness), 40);
    // The new booths are selected: renumber them T-1, T-2… with odd and even sides.
    harness.get_by_label("Edit").click();
    harness.run_steps(2);
    harness.get_by_label("Renumber selection…").click();
    harness.run_steps(3);
    let field = || egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(field(), "Numbering pattern").focus();
    harness.run_steps(1);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_role_and_label(field(), "Numbering pattern").type_text("T-{n}");
    harness.run_steps(2);
    harness.get_by_label("Odd / even").click();
    harness.run_steps(2);
    harness.get_by_label("Apply").click();
    harness.run_steps(3);
    let ids: Vec<String> =
        harness.state().document().layout().booths.iter().map(|b| b.id.clone()).collect();
    assert_eq!((ids[0].as_str(), ids[1].as_str(), ids[10].as_str()), ("T-1", "T-3", "T-2"));
    assert_eq!(harness.state().document().undo_label(), Some("Renumber 40 booths"));
}

/// The planner's journey, on the README's files: the empty 100 × 70 m hall of
/// `layouts/empty-hall.ron`, carved into three themed zones, becomes 200 numbered booths with
/// aisles, zone by zone (each fill one click on the zone and one Apply); File ▸ Import
/// exhibitors… with `layouts/empty-hall-exhibitors.csv` sells some; the Summary panel shows the
/// revenue and each theme's planned and sold area against its target, as `boothplan stats`
/// prints them.
#[test]
fn an_empty_hall_becomes_a_sold_floor_of_two_hundred_numbered_booths() {
    let layouts = concat!(env!("CARGO_MANIFEST_DIR"), "/../../layouts");
    let layout =
        boothplan_core::io::ron_file::load_layout(Path::new(&format!("{layouts}/empty-hall.ron")))
            .unwrap();
    let dialogs = FakeDialogs::default();
    let mut harness = harness(layout, None, &dialogs);
    harness.get_by_label(&tool_label(Tool::Select)).click();
    harness.run_steps(2);
    // Each 63 m zone: two blocks of ten 3 m modules with a 3 m cross aisle, four rows: 80.
    // The 30 m zone: 40. Numbers run on from zone to zone: the taken ones are passed over.
    for ((x, y), total) in [((34.5, 12.0), 80), ((34.5, 33.0), 160), ((18.0, 54.0), 200)] {
        click_at(&mut harness, Point::new(x, y));
        harness.get_by_label("Edit").click();
        harness.run_steps(2);
        harness.get_by_label("Fill zone with booths…").click();
        harness.run_steps(3);
        harness.get_by_label("Apply").click();
        harness.run_steps(3);
        assert_eq!(booth_count(&harness), total);
    }
    let doc = harness.state().document();
    let ids: Vec<String> = doc.layout().booths.iter().map(|b| b.id.clone()).collect();
    let expected: Vec<String> = (1..=200).map(|n| format!("1A-{n:03}")).collect();
    assert_eq!(ids, expected);
    assert!(doc.findings().is_empty(), "{:?}", doc.findings());
    for (theme, count) in [("technology", 80), ("logistics", 80), ("digital-content", 40)] {
        let in_theme = doc.layout().booths.iter().filter(|b| b.theme == theme).count();
        assert_eq!(in_theme, count, "{theme}");
    }

    dialogs.answer_next(FileAnswer::Picked(format!("{layouts}/empty-hall-exhibitors.csv").into()));
    super::inventory::open_menu_item(&mut harness, "File", "Import exhibitors…");
    harness.run_steps(2);
    assert!(shows_text(&harness, "1A-001: (none), available → 杭州云栖智能科技有限公司, sold"));
    harness.get_by_label("Apply").click();
    harness.run_steps(3);
    let sold = harness.state().document().layout().booths.iter();
    assert_eq!(sold.filter(|b| b.status == BoothStatus::Sold).count(), 12);
    // The same figures as `boothplan stats` in the README.
    assert!(shows_text(&harness, "Revenue: 2,741,850 CNY list, 180,900 CNY sold"));
    assert!(shows_text(&harness, "720 m² of 900 m² planned, 27 m² sold"), "logistics target");
    assert!(shows_text(&harness, "351 m² of 300 m² planned, 27 m² sold"), "digital content");
}

#[test]
fn a_zone_too_large_to_preview_says_so_and_previews_again_when_smaller() {
    // 540 m² in 0.1 × 0.1 m modules: 54,000 places, too many to fill on every keystroke.
    let mut harness = zone_selected();
    open_fill_from_edit_menu(&mut harness);
    type_module_size(&mut harness, "0.1x0.1");
    assert!(shows_text(&harness, "Too large to preview; Apply fills it."));
    assert!(!shows_text(&harness, "m² of 540 m²"), "no counts without a preview");
    let apply = harness.get_by_label("Apply");
    assert!(!egui_kittest::kittest::NodeT::accesskit_node(&apply).is_disabled(), "Apply fills it");

    // Back to 3 m modules: the preview and its counts return.
    type_module_size(&mut harness, "3x3");
    assert!(!shows_text(&harness, "Too large to preview"));
    assert!(shows_text(&harness, "40 booths, 360 m² of 540 m² (67%)"));
    harness.get_by_label("Apply").click();
    harness.run_steps(3);
    assert_eq!(booth_count(&harness), 40);
}

#[test]
fn shift_b_and_a_drag_over_free_floor_fills_that_area_after_a_preview() {
    // Beside the zone, on plain hall floor: the booths take the current theme.
    let mut harness = empty_hall();
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::B);
    harness.run_steps(2);
    assert_eq!(harness.state().canvas().tools().tool(), Tool::Fill);
    drag(&mut harness, Point::new(42.0, 4.0), Point::new(58.0, 36.0));
    assert!(shows_text(&harness, "Filling an area of hall 1A"), "the dialog opens on the area");
    assert_eq!(booth_count(&harness), 0, "the preview changes nothing");
    harness.get_by_label("Apply").click();
    harness.run_steps(3);
    let layout = harness.state().document().layout();
    assert!(!layout.booths.is_empty());
    let area = Rect::new(42.0, 4.0, 16.0, 32.0);
    for b in &layout.booths {
        assert!(
            b.rect.x_m >= area.x_m - 1e-9
                && b.rect.max_x_m() <= area.max_x_m() + 1e-9
                && b.rect.y_m >= area.y_m - 1e-9
                && b.rect.max_y_m() <= area.max_y_m() + 1e-9,
            "{b:?} lies in the dragged area"
        );
    }
    assert!(harness.state().document().findings().is_empty(), "a fill raises no finding");
    let label = harness.state().document().undo_label().unwrap().to_owned();
    assert!(label.starts_with("Fill an area of hall 1A with "), "{label}");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
    assert_eq!(booth_count(&harness), 0, "one undo step");
}

#[test]
fn a_fill_area_dragged_outside_every_hall_says_why_nothing_happens() {
    let mut harness = empty_hall();
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::B);
    harness.run_steps(2);
    drag(&mut harness, Point::new(-4.0, 4.0), Point::new(-1.0, 20.0));
    assert!(shows_text(&harness, "Cannot fill there: the area lies in no hall"));
    assert_eq!(booth_count(&harness), 0);
}

/// A second drag with the Fill tool while the dialog is open fills the new area: its zone and
/// theme, not those of the first drag.
#[test]
fn a_second_fill_drag_takes_the_zone_and_theme_of_the_new_area() {
    let mut harness = empty_hall();
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::B);
    harness.run_steps(2);
    // Inside zone Z1 (technology): its theme.
    drag(&mut harness, Point::new(12.0, 12.0), Point::new(38.0, 26.0));
    assert!(shows_text(&harness, "Theme Technology, of zone Z1"), "the first area is in Z1");
    // Then on free floor beside it: the current theme, no zone.
    drag(&mut harness, Point::new(42.0, 4.0), Point::new(58.0, 36.0));
    assert!(!shows_text(&harness, "of zone Z1"), "the second area is in no zone");
    assert!(shows_text(&harness, "the current theme (no zone here)"));
    harness.get_by_label("Apply").click();
    harness.run_steps(3);
    let layout = harness.state().document().layout();
    assert!(!layout.booths.is_empty());
    let current = harness.state().document().settings.current_theme.clone();
    assert_ne!(current, "technology");
    for b in &layout.booths {
        assert!(b.rect.x_m >= 42.0 - 1e-9, "{b:?} lies in the second area");
        assert_eq!(b.theme, current, "{b:?} takes the current theme");
    }
    // And back into the zone: its theme again.
    drag(&mut harness, Point::new(12.0, 12.0), Point::new(38.0, 26.0));
    assert!(shows_text(&harness, "Theme Technology, of zone Z1"), "{:?}", painted_texts(&harness));
}

/// The theme picked in the toolbar while the dialog is open on free floor is the one the
/// preview and Apply use.
#[test]
fn a_theme_picked_while_the_fill_dialog_is_open_is_the_one_filled() {
    let mut harness = empty_hall();
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::B);
    harness.run_steps(2);
    drag(&mut harness, Point::new(42.0, 4.0), Point::new(58.0, 36.0));
    assert!(!shows_text(&harness, "Theme Logistics"));
    harness.get_by_role_and_label(egui::accesskit::Role::RadioButton, "Logistics").click();
    harness.run_steps(3);
    assert!(shows_text(&harness, "Theme Logistics, the current theme (no zone here)"));
    harness.get_by_label("Apply").click();
    harness.run_steps(3);
    let layout = harness.state().document().layout();
    assert!(!layout.booths.is_empty());
    assert!(layout.booths.iter().all(|b| b.theme == "logistics"), "{:?}", layout.booths[0]);
}

/// With doors, the preview of a dragged area says what the fire and egress rules changed, in
/// the generator's own words, and Apply makes what the preview counted.
#[test]
fn the_fill_preview_says_what_the_fire_and_egress_rules_changed() {
    use boothplan_core::model::{Exit, LimitKey};
    let mut layout =
        boothplan_core::sample::empty_hall(60.0, 40.0, Rect::new(10.0, 10.0, 30.0, 18.0));
    // One door in the top wall; a 20 m long-row limit.
    layout.exits.push(Exit {
        id: "1A-E1".into(),
        hall: Some("1A".into()),
        from: Point::new(16.0, 0.0),
        to: Point::new(19.0, 0.0),
    });
    layout.rules.limits.insert(LimitKey::LongRow, 20.0);
    let mut harness = harness(layout, None, &FakeDialogs::default());
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::B);
    harness.run_steps(2);
    // Over the whole zone (the area is cut to it).
    drag(&mut harness, Point::new(10.0, 10.0), Point::new(40.0, 28.0));
    assert!(shows_text(&harness, "Blocks shortened to 6 booths (20 m long-row limit)"));
    assert!(shows_text(&harness, "left empty beyond the 30 m exit distance"));
    assert!(!shows_text(&harness, "in front of doors"), "the door is far from the zone");
    let summary = painted_texts(&harness)
        .into_iter()
        .find(|t| t.contains(" booths, ") && t.contains("m² of 540 m²"))
        .expect("the preview's counts");
    let previewed: usize = summary.split(' ').next().unwrap().parse().unwrap();
    harness.get_by_label("Apply").click();
    harness.run_steps(3);
    assert_eq!(booth_count(&harness), previewed, "{summary}");
    let doc = harness.state().document();
    let rules: Vec<&str> = doc.findings().iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(rules, ["exit-capacity"], "the fill adds no finding to the narrow door's");
}

//! Find (Ctrl+F) through the window's own keys: type a number or an exhibitor (Chinese too),
//! Enter steps through the matches and centres each, the others are dimmed, Esc closes.

use boothplan_ui::BoothplanApp;
use boothplan_ui::theme_tokens::FIND_DIMMED_FILL;
use egui_kittest::Harness;

use super::{FakeDialogs, booth, harness, shows_text, small_layout};

/// Four booths, two of them let to exhibitors with 数字 in their names, far apart.
fn fair() -> Harness<'static, BoothplanApp> {
    let mut booths = vec![
        booth("1A-003", 50.0, 30.0),
        booth("1A-001", 2.0, 2.0),
        booth("1A-002", 20.0, 2.0),
        booth("1A-004", 40.0, 2.0),
    ];
    "杭州数字物流".clone_into(&mut booths[0].exhibitor);
    "浙江数字科技有限公司".clone_into(&mut booths[1].exhibitor);
    "Northwind Digital".clone_into(&mut booths[2].exhibitor);
    harness(small_layout(booths), None, &FakeDialogs::default())
}

fn selected_ids(h: &Harness<'_, BoothplanApp>) -> Vec<String> {
    let doc = h.state().document();
    doc.selection().iter().filter_map(|r| r.id(doc.layout()).map(str::to_owned)).collect()
}

fn press(h: &mut Harness<'_, BoothplanApp>, key: egui::Key, modifiers: egui::Modifiers) {
    h.key_press_modifiers(modifiers, key);
    h.run_steps(3);
}

fn type_text(h: &mut Harness<'_, BoothplanApp>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run_steps(3);
}

/// The booths whose middle the last frame painted in the dimmed colour, by number.
fn dimmed_booths(h: &Harness<'_, BoothplanApp>) -> Vec<String> {
    let layout = h.state().document().layout();
    let mut dimmed: Vec<String> = layout
        .booths
        .iter()
        .filter(|b| {
            let centre = h.state().screen_pos(b.rect.centre());
            super::frame_support::colour_at(h, centre) == Some(FIND_DIMMED_FILL)
        })
        .map(|b| b.id.clone())
        .collect();
    dimmed.sort();
    dimmed
}

/// Whether anything at all was painted in the dimmed colour in the last frame.
fn anything_dimmed(h: &Harness<'_, BoothplanApp>) -> bool {
    !super::frame_support::points_coloured(h, FIND_DIMMED_FILL).is_empty()
}

/// How far the booth's centre is from the middle of the canvas, in screen points.
fn off_centre(h: &mut Harness<'_, BoothplanApp>, id: &str) -> f32 {
    let centre = h.state().document().layout().booth(id).unwrap().rect.centre();
    let on_screen = h.state().screen_pos(centre);
    let middle = h.state_mut().canvas_mut().screen_from_world().screen().center();
    (on_screen - middle).length()
}

#[test]
fn ctrl_f_finds_chinese_exhibitors_and_enter_steps_through_them() {
    let mut h = fair();
    press(&mut h, egui::Key::F, egui::Modifiers::COMMAND);
    assert!(shows_text(&h, "Previous") && shows_text(&h, "Next"), "the find bar is open");
    type_text(&mut h, "数字");
    assert!(shows_text(&h, "2 booths"), "two exhibitors have 数字 in their names");
    assert_eq!(dimmed_booths(&h), ["1A-002", "1A-004"], "the two other booths are dimmed");

    // Enter: the first match in number order, selected and centred.
    press(&mut h, egui::Key::Enter, egui::Modifiers::NONE);
    assert_eq!(selected_ids(&h), ["1A-001"]);
    assert!(shows_text(&h, "1 of 2"));
    assert!(off_centre(&mut h, "1A-001") < 2.0, "centred on the canvas");

    press(&mut h, egui::Key::Enter, egui::Modifiers::NONE);
    assert_eq!(selected_ids(&h), ["1A-003"]);
    assert!(off_centre(&mut h, "1A-003") < 2.0, "centred on the canvas");
    press(&mut h, egui::Key::Enter, egui::Modifiers::NONE);
    assert_eq!(selected_ids(&h), ["1A-001"], "Enter wraps round to the first match");
    press(&mut h, egui::Key::Enter, egui::Modifiers::SHIFT);
    assert_eq!(selected_ids(&h), ["1A-003"], "Shift+Enter steps back");

    // Esc closes the bar and nothing is dimmed any more; the found booth stays selected.
    press(&mut h, egui::Key::Escape, egui::Modifiers::NONE);
    assert!(!shows_text(&h, "Previous"), "the bar is closed");
    assert!(!anything_dimmed(&h));
    assert_eq!(selected_ids(&h), ["1A-003"]);
}

#[test]
fn typing_in_find_runs_no_shortcut_and_a_number_fragment_finds_the_booth() {
    let mut h = fair();
    let before = h.state().document().layout().clone();
    press(&mut h, egui::Key::F, egui::Modifiers::COMMAND);
    // "b", "v", "r", "f" are tool, rotate and fit keys on the canvas: here they are just text.
    for key in [egui::Key::B, egui::Key::R] {
        press(&mut h, key, egui::Modifiers::NONE);
    }
    type_text(&mut h, "1a-00");
    type_text(&mut h, "2");
    assert_eq!(h.state().canvas().tools().tool(), boothplan_core::editor::Tool::Select);
    assert!(shows_text(&h, "1 booth"), "1A-002 is the only booth numbered 1a-002");
    press(&mut h, egui::Key::Enter, egui::Modifiers::NONE);
    assert_eq!(selected_ids(&h), ["1A-002"]);
    assert_eq!(h.state().document().layout(), &before, "finding changed nothing");
}

#[test]
fn a_search_with_no_match_says_so_and_dims_every_booth() {
    let mut h = fair();
    press(&mut h, egui::Key::F, egui::Modifiers::COMMAND);
    type_text(&mut h, "nobody here");
    assert!(shows_text(&h, "no booth matches"));
    assert_eq!(dimmed_booths(&h), ["1A-001", "1A-002", "1A-003", "1A-004"]);
    press(&mut h, egui::Key::Enter, egui::Modifiers::NONE);
    assert!(h.state().document().selection().is_empty());
}

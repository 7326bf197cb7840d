//! The legend on the canvas: every theme and every sales status, hidden and shown again with L
//! (View ▸ Legend).

use super::{FakeDialogs, harness, painted_texts, small_layout};

#[test]
fn the_legend_names_every_theme_and_status_and_l_hides_it() {
    let layout = small_layout(Vec::new());
    let mut names: Vec<String> = layout.themes.iter().map(|t| t.name.clone()).collect();
    names.extend(["Sold", "Reserved", "Available"].map(str::to_owned));
    let mut h = harness(layout, None, &FakeDialogs::default());
    let texts = painted_texts(&h);
    for name in &names {
        assert!(texts.contains(name), "{name} missing from the legend: {texts:?}");
    }
    h.key_press(egui::Key::L);
    h.run_steps(2);
    let texts = painted_texts(&h);
    assert!(!texts.iter().any(|t| t == "Reserved"), "the legend is hidden");
    h.key_press(egui::Key::L);
    h.run_steps(2);
    assert!(painted_texts(&h).iter().any(|t| t == "Reserved"), "and shown again");
}

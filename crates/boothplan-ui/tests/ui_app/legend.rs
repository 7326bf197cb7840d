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

/// A fair with more themes than fit keeps its legend: the statuses, the themes that fit and a
/// count of the others.
#[test]
fn a_legend_with_many_themes_counts_those_that_do_not_fit() {
    let mut layout = small_layout(Vec::new());
    let template = layout.themes[0].clone();
    layout.themes = (0..60)
        .map(|i| boothplan_core::model::Theme {
            key: format!("theme-{i}"),
            name: format!("Theme {i}"),
            ..template.clone()
        })
        .collect();
    let h = harness(layout, None, &FakeDialogs::default());
    let texts = painted_texts(&h);
    assert!(texts.iter().any(|t| t == "Reserved"), "the statuses are shown: {texts:?}");
    assert!(texts.iter().any(|t| t == "Theme 0"), "the first themes are shown");
    let more = texts.iter().find(|t| t.starts_with("+ ") && t.ends_with(" more themes"));
    let more = more.unwrap_or_else(|| panic!("no count of the other themes in {texts:?}"));
    let count: usize = more["+ ".len()..more.len() - " more themes".len()].parse().unwrap();
    assert!((1..60).contains(&count), "{more}");
    // The last theme that fits is listed, the first one counted is not.
    let last_shown = format!("Theme {}", 60 - count - 1);
    assert!(texts.contains(&last_shown), "{last_shown} missing: {texts:?}");
}

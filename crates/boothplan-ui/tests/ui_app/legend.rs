//! The legend on the canvas: every theme and every sales status, hidden and shown again with L
//! (View ▸ Legend).

use super::{FakeDialogs, harness, painted_texts, small_layout};
use egui_kittest::kittest::Queryable as _;

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

/// The legend's Exit swatch, if the legend has an "Exit" row whose swatch is drawn as the
/// doors are: a green bar of the doors' width with an arrow, just left of the word, in the
/// legend's corner (the toolbar's Exit tool is elsewhere). Returns the swatch's region, the
/// bar's two ends and the arrow's corners.
fn legend_exit_swatch(
    h: &egui_kittest::Harness<'_, boothplan_ui::BoothplanApp>,
) -> Option<(egui::Rect, [egui::Pos2; 2], Vec<egui::Pos2>)> {
    use boothplan_ui::theme_tokens::{EXIT_BAR_WIDTH, EXIT_GREEN};
    let shapes = &h.output().shapes;
    let screen = h.ctx.content_rect();
    let words = shapes.iter().filter_map(|c| match &c.shape {
        egui::Shape::Text(t) if t.galley.text() == "Exit" => Some(t.pos),
        _ => None,
    });
    let words: Vec<egui::Pos2> = words.filter(|p| p.x > screen.center().x).collect();
    let swatch_of = |word: egui::Pos2| {
        egui::Rect::from_min_max(word + egui::vec2(-40.0, -8.0), word + egui::vec2(0.0, 24.0))
    };
    words.iter().find_map(|&word| {
        let swatch = swatch_of(word);
        let bar = shapes.iter().find_map(|c| match &c.shape {
            egui::Shape::LineSegment { points, stroke }
                if stroke.color == EXIT_GREEN
                    && stroke.width == EXIT_BAR_WIDTH
                    && points.iter().all(|p| swatch.contains(*p)) =>
            {
                Some(*points)
            }
            _ => None,
        })?;
        let arrow = shapes.iter().find_map(|c| match &c.shape {
            egui::Shape::Path(path)
                if path.fill == EXIT_GREEN && path.points.iter().all(|p| swatch.contains(*p)) =>
            {
                Some(path.points.clone())
            }
            _ => None,
        })?;
        Some((swatch, bar, arrow))
    })
}

/// The small hall with a 4 m door in its bottom wall.
fn small_layout_with_a_door() -> boothplan_core::model::Layout {
    let mut layout = small_layout(Vec::new());
    layout.exits.push(boothplan_core::model::Exit {
        id: "1A-E1".into(),
        hall: Some("1A".into()),
        from: boothplan_core::model::Point::new(20.0, 40.0),
        to: boothplan_core::model::Point::new(24.0, 40.0),
    });
    layout
}

fn legend_shows_exit(h: &egui_kittest::Harness<'_, boothplan_ui::BoothplanApp>) -> bool {
    legend_exit_swatch(h).is_some()
}

/// The legend's Exit swatch reads as a door on the plan: a strip of hall floor on one side of
/// the bar and the arrow on the other, pointing out of the hall, never into it.
#[test]
fn the_legend_exit_swatch_points_out_of_its_hall_as_the_doors_do() {
    let layout = small_layout_with_a_door();
    let h = harness(layout, None, &FakeDialogs::default());
    let (swatch, bar, arrow) = legend_exit_swatch(&h).expect("an Exit row drawn as a door");
    let middle = bar[0].lerp(bar[1], 0.5);
    let tip =
        arrow.iter().copied().max_by(|a, b| a.distance(middle).total_cmp(&b.distance(middle)));
    let out = tip.expect("the arrow has corners") - middle;
    let floor: Vec<egui::Pos2> =
        super::frame_support::points_coloured(&h, boothplan_ui::theme_tokens::HALL_FILL)
            .into_iter()
            .filter(|p| swatch.contains(*p))
            .collect();
    assert!(floor.len() >= 3, "no hall floor in the Exit swatch {swatch:?}");
    for p in &floor {
        assert!(
            (*p - middle).dot(out) <= 1e-3,
            "hall floor at {p:?} lies on the arrow's side of the door {bar:?} (arrow {arrow:?}): \
             the arrow points into the hall"
        );
    }
}

/// A plan with doors has an Exit row in the legend, its swatch drawn as the doors on the walls;
/// a plan without doors has none, and hiding the Exits layer takes it away with the doors.
#[test]
fn the_legend_keys_the_doors_when_the_plan_has_them() {
    let h = harness(small_layout(Vec::new()), None, &FakeDialogs::default());
    assert!(!legend_shows_exit(&h), "no doors, no Exit row");
    assert!(painted_texts(&h).iter().any(|t| t == "Reserved"), "the legend is there");

    let layout = small_layout_with_a_door();
    let mut h = harness(layout, None, &FakeDialogs::default());
    assert!(legend_shows_exit(&h), "{:?}", painted_texts(&h));
    h.get_by_label("Show Exits").click();
    h.run_steps(2);
    assert!(!legend_shows_exit(&h), "the Exits layer hidden: no Exit row");
}

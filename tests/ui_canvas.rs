//! The canvas driven headlessly with `egui_kittest` on a real editor `Document`: drawing,
//! resizing, dragging and snapping booths, drawing a hall by clicks, zooming about the cursor,
//! and finding booths by their number in the accessibility tree.

use boothplan::editor::{Document, ObjectRef, Selection, Tool};
use boothplan::model::{Booth, BoothStatus, Hall, Layout, Point, Rect};
use boothplan::ui::canvas::Canvas;
use egui::{Event, Key, MouseWheelUnit, PointerButton, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

type State = (Canvas, Document);

/// One 60 m × 40 m hall, `1A`, and the given booths.
fn layout(booths: Vec<Booth>) -> Layout {
    Layout {
        halls: vec![Hall {
            id: "1A".to_owned(),
            name: "Hall 1A".to_owned(),
            outline: vec![
                Point::new(0.0, 0.0),
                Point::new(60.0, 0.0),
                Point::new(60.0, 40.0),
                Point::new(0.0, 40.0),
            ],
        }],
        booths,
        ..Layout::default()
    }
}

fn booth(id: &str, rect: Rect) -> Booth {
    Booth {
        id: id.to_owned(),
        hall: "1A".to_owned(),
        theme: "technology".to_owned(),
        rect,
        status: BoothStatus::Sold,
        exhibitor: "Acme".to_owned(),
    }
}

fn harness(layout: Layout) -> Harness<'static, State> {
    let doc = Document::new(layout, None);
    let mut h = Harness::builder().with_size(vec2(800.0, 600.0)).build_ui_state(
        |ui, (canvas, doc): &mut State| {
            canvas.ui(ui, doc);
        },
        (Canvas::default(), doc),
    );
    h.run();
    h
}

/// Where venue point `(x, y)` is on screen now.
fn at(h: &Harness<'_, State>, x_m: f64, y_m: f64) -> Pos2 {
    h.state().0.screen_from_world().screen_pos(Point::new(x_m, y_m))
}

fn button(h: &Harness<'_, State>, pos: Pos2, pressed: bool, modifiers: egui::Modifiers) {
    h.event(Event::PointerButton { pos, button: PointerButton::Primary, pressed, modifiers });
}

/// Presses at `from`, moves in a few steps to `to` and releases there, holding `modifiers`.
fn drag(h: &mut Harness<'_, State>, from: Pos2, to: Pos2, modifiers: egui::Modifiers) {
    h.event(Event::ModifiersChanged(modifiers));
    h.hover_at(from);
    button(h, from, true, modifiers);
    for t in [0.25, 0.5, 0.75, 1.0] {
        h.hover_at(from + (to - from) * t);
    }
    button(h, to, false, modifiers);
    h.event(Event::ModifiersChanged(egui::Modifiers::NONE));
    h.run();
}

/// Clicks at venue point `(x, y)`.
fn click(h: &mut Harness<'_, State>, x_m: f64, y_m: f64) {
    let pos = at(h, x_m, y_m);
    h.hover_at(pos);
    button(h, pos, true, egui::Modifiers::NONE);
    button(h, pos, false, egui::Modifiers::NONE);
    h.run();
}

fn doc<'h>(h: &'h Harness<'_, State>) -> &'h Document {
    &h.state().1
}

#[test]
fn the_booth_tool_draws_a_booth_of_the_dragged_size() {
    let mut h = harness(layout(Vec::new()));
    h.state_mut().1.set_tool(Tool::Booth);
    let (from, to) = (at(&h, 10.0, 10.0), at(&h, 16.0, 19.0));
    drag(&mut h, from, to, egui::Modifiers::NONE);

    let booths = &doc(&h).layout().booths;
    assert_eq!(booths.len(), 1, "{booths:?}");
    assert_eq!(booths[0].rect, Rect::new(10.0, 10.0, 6.0, 9.0));
    assert_eq!(booths[0].hall, "1A");
}

#[test]
fn dragging_a_corner_handle_resizes_the_booth() {
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0))]));
    click(&mut h, 11.5, 11.5);
    assert_eq!(doc(&h).selection(), &Selection::of([ObjectRef::booth(0)]));

    let (corner, to) = (at(&h, 13.0, 13.0), at(&h, 16.0, 19.0));
    drag(&mut h, corner, to, egui::Modifiers::NONE);
    assert_eq!(doc(&h).layout().booths[0].rect, Rect::new(10.0, 10.0, 6.0, 9.0));
    // The whole drag is one undo step.
    h.state_mut().1.undo();
    assert_eq!(doc(&h).layout().booths[0].rect, Rect::new(10.0, 10.0, 3.0, 3.0));
}

#[test]
fn dragging_a_booth_onto_another_reports_an_overlap_until_undone() {
    let mut h = harness(layout(vec![
        booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0)),
        booth("1A-002", Rect::new(20.0, 10.0, 3.0, 3.0)),
    ]));
    let has_overlap =
        |d: &Document| d.findings().iter().any(|f| f.rule.as_str() == "booth-overlap");
    assert!(!has_overlap(doc(&h)));

    // Select 1A-002, then drag it 8.5 m left: it snaps to x = 11, over 1A-001.
    click(&mut h, 21.5, 11.5);
    let (from, to) = (at(&h, 21.5, 11.5), at(&h, 13.0, 11.5));
    drag(&mut h, from, to, egui::Modifiers::NONE);
    assert_eq!(doc(&h).layout().booths[1].rect, Rect::new(11.0, 10.0, 3.0, 3.0));
    assert!(has_overlap(doc(&h)), "{:?}", doc(&h).findings());

    h.state_mut().1.undo();
    h.run();
    assert_eq!(doc(&h).layout().booths[1].rect, Rect::new(20.0, 10.0, 3.0, 3.0));
    assert!(!has_overlap(doc(&h)), "{:?}", doc(&h).findings());
}

#[test]
fn clicks_then_enter_with_the_hall_tool_make_a_hall() {
    let mut h = harness(layout(Vec::new()));
    // Make room to the right of hall 1A for the new hall.
    h.state_mut().0.zoom_by(0.5);
    h.run();
    h.state_mut().1.set_tool(Tool::Hall);
    for (x, y) in [(70.0, 0.0), (90.0, 0.0), (90.0, 20.0)] {
        click(&mut h, x, y);
    }
    h.hover_at(at(&h, 80.0, 30.0));
    h.key_press(Key::Enter);
    h.run();

    let halls = &doc(&h).layout().halls;
    assert_eq!(halls.len(), 2, "{halls:?}");
    assert_eq!(
        halls[1].outline,
        vec![Point::new(70.0, 0.0), Point::new(90.0, 0.0), Point::new(90.0, 20.0)]
    );
}

#[test]
fn the_wheel_zooms_about_the_point_under_the_cursor() {
    let mut h = harness(layout(Vec::new()));
    let cursor = Pos2::new(250.0, 180.0);
    h.hover_at(cursor);
    h.run();
    let view = *h.state().0.screen_from_world();
    let under_before = view.world_pos(cursor);

    h.event(Event::MouseWheel {
        unit: MouseWheelUnit::Line,
        delta: vec2(0.0, 3.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();

    let after = *h.state().0.screen_from_world();
    assert!(after.points_per_m() > view.points_per_m() * 1.05, "{after:?} vs {view:?}");
    let under_after = after.world_pos(cursor);
    assert!((under_after.x_m - under_before.x_m).abs() < 1e-3, "{under_before:?} {under_after:?}");
    assert!((under_after.y_m - under_before.y_m).abs() < 1e-3);
}

#[test]
fn a_dragged_booth_lands_on_the_grid_unless_alt_is_held() {
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0))]));
    click(&mut h, 11.5, 11.5);
    // Drag by (4.3 m, 2.6 m): snapped, the booth moves by whole metres.
    let (from, to) = (at(&h, 11.5, 11.5), at(&h, 15.8, 14.1));
    drag(&mut h, from, to, egui::Modifiers::NONE);
    let r = doc(&h).layout().booths[0].rect;
    assert_eq!((r.x_m, r.y_m), (14.0, 13.0));

    // With Alt the booth follows the pointer exactly (to screen precision).
    let (from, to) = (at(&h, 15.5, 14.5), at(&h, 16.8, 15.2));
    drag(&mut h, from, to, egui::Modifiers::ALT);
    let r = doc(&h).layout().booths[0].rect;
    assert!((r.x_m - 15.3).abs() < 0.05 && (r.y_m - 13.7).abs() < 0.05, "{r:?}");
}

#[test]
fn booths_are_found_by_number_where_they_are_drawn() {
    let h = harness(layout(vec![
        booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0)),
        booth("1A-002", Rect::new(20.0, 10.0, 6.0, 3.0)),
    ]));
    let node = h.get_by_label("1A-002");
    let centre = at(&h, 23.0, 11.5);
    assert!(node.rect().contains(centre), "{:?} vs {centre:?}", node.rect());
    assert!(h.query_by_label("1A-003").is_none());
}

#[test]
fn middle_drag_pans_and_keys_zoom() {
    let mut h = harness(layout(Vec::new()));
    let before = *h.state().0.screen_from_world();
    let p = Point::new(30.0, 20.0);
    let (from, to) = (Pos2::new(400.0, 300.0), Pos2::new(460.0, 260.0));
    h.hover_at(from);
    h.event(Event::PointerButton {
        pos: from,
        button: PointerButton::Middle,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    h.hover_at(to);
    h.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Middle,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
    let after = *h.state().0.screen_from_world();
    let moved = after.screen_pos(p) - before.screen_pos(p);
    assert!((moved - vec2(60.0, -40.0)).length() < 0.01, "{moved:?}");
    // Panning is not an edit.
    assert!(!doc(&h).can_undo());

    h.key_press(Key::Plus);
    h.run();
    let zoomed = h.state().0.points_per_m();
    assert!((zoomed / after.points_per_m() - 1.25).abs() < 1e-9);
    h.key_press(Key::F);
    h.run();
    assert!((h.state().0.points_per_m() - before.points_per_m()).abs() < 1e-9);
}

#[test]
fn the_cursor_position_is_reported_in_metres() {
    let mut h = harness(layout(Vec::new()));
    h.hover_at(at(&h, 12.0, 34.0));
    h.run();
    let c = h.state().0.cursor_m().expect("pointer is over the canvas");
    assert!((c.x_m - 12.0).abs() < 0.01 && (c.y_m - 34.0).abs() < 0.01, "{c:?}");
}

/// Every text painted in the last frame.
fn painted_texts(h: &Harness<'_, State>) -> Vec<String> {
    h.output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) => Some(text.galley.text().to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn labels_appear_only_when_they_fit() {
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0))]));
    // Fitted, the hall shows its name and area.
    let texts = painted_texts(&h);
    assert!(texts.contains(&"Hall 1A".to_owned()), "{texts:?}");
    assert!(texts.contains(&"2,400 m²".to_owned()), "{texts:?}");

    // Zoomed far out a 3 m booth is a few points wide: no number, and no hall name either.
    h.state_mut().0.zoom_by(0.05);
    h.run();
    let texts = painted_texts(&h);
    assert!(!texts.iter().any(|t| t == "1A-001" || t == "Hall 1A"), "{texts:?}");

    // Zoomed in on the booth, its number and exhibitor are painted.
    h.state_mut().0.zoom_to(Rect::new(9.0, 9.0, 5.0, 5.0));
    h.run();
    let texts = painted_texts(&h);
    assert!(texts.contains(&"1A-001".to_owned()), "{texts:?}");
    assert!(texts.contains(&"Acme".to_owned()), "{texts:?}");
}

#[test]
fn the_scale_bar_shows_a_round_length() {
    let mut h = harness(layout(Vec::new()));
    h.state_mut().0.zoom_to(Rect::new(0.0, 0.0, 60.0, 40.0));
    h.run();
    let ppm = h.state().0.points_per_m();
    let len = boothplan::ui::canvas::round_length_m(ppm, 160.0);
    let texts = painted_texts(&h);
    assert!(texts.contains(&boothplan::ui::canvas::format_length(len)), "{texts:?} at {ppm}");
}

/// How many mesh vertices of the last frame have this colour.
fn vertices_coloured(h: &Harness<'_, State>, colour: egui::Color32) -> usize {
    h.output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Mesh(mesh) => {
                Some(mesh.vertices.iter().filter(|v| v.color == colour).count())
            }
            _ => None,
        })
        .sum()
}

#[test]
fn overlapping_booths_are_outlined_in_red() {
    use boothplan::ui::theme_tokens::ERROR_OUTLINE;
    let clean = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0))]));
    assert_eq!(vertices_coloured(&clean, ERROR_OUTLINE.color), 0);

    let overlapping = harness(layout(vec![
        booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0)),
        booth("1A-002", Rect::new(11.0, 10.0, 3.0, 3.0)),
    ]));
    // Two booths, each a ring of four quads.
    assert_eq!(vertices_coloured(&overlapping, ERROR_OUTLINE.color), 2 * 4 * 4);
}

#[test]
fn hovering_a_booth_tells_its_number_exhibitor_status_and_size() {
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 3.0, 6.0))]));
    h.hover_at(at(&h, 11.0, 12.0));
    h.run();
    let texts = painted_texts(&h);
    assert!(texts.iter().any(|t| t == "sold, 3 × 6 m (18 m²)"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "Acme"), "{texts:?}");
}

#[test]
fn the_tooltip_names_the_findings_of_the_booth() {
    let mut h = harness(layout(vec![
        booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0)),
        booth("1A-002", Rect::new(11.0, 10.0, 3.0, 3.0)),
    ]));
    h.hover_at(at(&h, 10.5, 11.0));
    h.run();
    let texts = painted_texts(&h);
    assert!(texts.iter().any(|t| t.starts_with("error (booth-overlap): ")), "{texts:?}");
}

#[test]
fn space_drag_pans_instead_of_editing() {
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0))]));
    let before = *h.state().0.screen_from_world();
    h.key_down(Key::Space);
    let (from, to) = (at(&h, 11.5, 11.5), at(&h, 11.5, 11.5) + vec2(50.0, 30.0));
    drag(&mut h, from, to, egui::Modifiers::NONE);
    h.key_up(Key::Space);
    h.run();
    // The booth under the press stayed put and nothing was selected or recorded...
    assert_eq!(doc(&h).layout().booths[0].rect, Rect::new(10.0, 10.0, 3.0, 3.0));
    assert!(doc(&h).selection().is_empty());
    assert!(!doc(&h).can_undo());
    // ...while the view followed the pointer.
    let p = Point::new(11.5, 11.5);
    let moved = h.state().0.screen_from_world().screen_pos(p) - before.screen_pos(p);
    assert!((moved - vec2(50.0, 30.0)).length() < 0.01, "{moved:?}");
}

#[test]
fn a_pinch_zooms_about_the_pointer() {
    let mut h = harness(layout(Vec::new()));
    let cursor = Pos2::new(600.0, 420.0);
    h.hover_at(cursor);
    h.run();
    let before = *h.state().0.screen_from_world();
    h.event(Event::Zoom(1.5));
    h.run();
    let after = *h.state().0.screen_from_world();
    assert!((after.points_per_m() / before.points_per_m() - 1.5).abs() < 1e-6);
    let (a, b) = (before.world_pos(cursor), after.world_pos(cursor));
    assert!((a.x_m - b.x_m).abs() < 1e-3 && (a.y_m - b.y_m).abs() < 1e-3, "{a:?} {b:?}");
}

#[test]
fn zoom_to_selection_centres_the_selected_booth() {
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(40.0, 30.0, 3.0, 3.0))]));
    let fitted = h.state().0.points_per_m();
    let (canvas, doc) = h.state_mut();
    doc.set_selection(Selection::of([ObjectRef::booth(0)]));
    canvas.zoom_to_selection(doc);
    h.run();
    let view = *h.state().0.screen_from_world();
    assert!(view.points_per_m() > fitted, "zoomed in");
    let centre = view.screen_pos(Point::new(41.5, 31.5));
    assert!((centre - view.screen().center()).length() < 0.5, "{centre:?}");
    // Yet not so close that the booth's neighbourhood disappears: 30 m stay in view.
    assert!(view.visible_m().width_m >= 30.0 - 1e-6);
}

#[test]
fn the_default_fair_fitted_shows_every_hall_with_its_area() {
    let layout = boothplan::io::ron_file::parse_layout(
        boothplan::io::DEFAULT_LAYOUT_RON,
        std::path::Path::new("gdte-hangzhou.ron"),
    )
    .expect("the embedded layout parses");
    let doc = Document::new(layout.clone(), None);
    let mut h = Harness::builder().with_size(vec2(1000.0, 700.0)).build_ui_state(
        |ui, (canvas, doc): &mut State| {
            canvas.ui(ui, doc);
        },
        (Canvas::default(), doc),
    );
    h.run();
    let texts = painted_texts(&h);
    assert_eq!(layout.halls.len(), 7);
    for hall in &layout.halls {
        assert!(texts.contains(&hall.name), "{} missing from {texts:?}", hall.name);
        let area = boothplan::ui::canvas::format_area_m2(hall.area_m2());
        assert!(texts.contains(&area), "{area} missing from {texts:?}");
    }
}

#[test]
fn the_pointer_shape_says_what_a_press_would_do() {
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0))]));
    click(&mut h, 11.5, 11.5);
    let cursor = |h: &mut Harness<'_, State>, x_m: f64, y_m: f64| {
        let pos = at(h, x_m, y_m);
        h.hover_at(pos);
        h.run();
        h.output().platform_output.cursor_icon
    };
    assert_eq!(cursor(&mut h, 13.0, 13.0), egui::CursorIcon::ResizeNwSe);
    assert_eq!(cursor(&mut h, 11.5, 10.0), egui::CursorIcon::ResizeVertical);
    assert_eq!(cursor(&mut h, 11.5, 11.5), egui::CursorIcon::Move);
    h.state_mut().1.set_tool(Tool::Booth);
    assert_eq!(cursor(&mut h, 30.0, 30.0), egui::CursorIcon::Crosshair);
}

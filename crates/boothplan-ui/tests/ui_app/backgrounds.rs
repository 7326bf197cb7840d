//! Background plans through the window: File ▸ Place background plan… (the file dialog faked),
//! calibration by two clicks on the canvas and a distance typed into its window, the Layers
//! panel's Show, Lock and opacity, each one undo step, the image uploaded once, and a missing
//! image a warning naming the file while the plan opens.

use super::inventory::open_menu_item;
use super::*;

/// A 600 × 400 pixel PNG of the venue, grey with a dark frame, in `dir`.
pub(super) fn venue_png(dir: &Path) -> PathBuf {
    let path = dir.join("venue.png");
    std::fs::write(&path, venue_png_bytes()).unwrap();
    path
}

/// The bytes of [`venue_png`]'s image.
pub(super) fn venue_png_bytes() -> Vec<u8> {
    let (w, h) = (600u32, 400u32);
    let mut pixels = Vec::with_capacity((w * h) as usize);
    for y in 0..h {
        for x in 0..w {
            let edge = x < 4 || y < 4 || x >= w - 4 || y >= h - 4;
            pixels.push(if edge { 40 } else { 200 });
        }
    }
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, w, h);
    encoder.set_color(png::ColorType::Grayscale);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&pixels).unwrap();
    writer.finish().unwrap();
    bytes
}

/// Lets the canvas's readers finish (no sleeping) and runs the frame that shows what they read.
pub(super) fn wait_for_drawings(harness: &mut Harness<'static, BoothplanApp>) {
    harness.state_mut().canvas_mut().wait_for_background_plans();
    harness.run_steps(1);
}

pub(super) fn undo(harness: &mut Harness<'static, BoothplanApp>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run_steps(2);
}

pub(super) fn backgrounds(
    harness: &Harness<'static, BoothplanApp>,
) -> Vec<boothplan_core::model::Background> {
    harness.state().document().layout().backgrounds.clone()
}

#[test]
fn a_placed_drawing_is_calibrated_by_two_clicks_and_a_typed_distance_in_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let image = venue_png(dir.path());
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![]), None, &dialogs);
    dialogs.answer_next(FileAnswer::Picked(image.clone()));
    open_menu_item(&mut harness, "File", "Place background plan…");
    harness.run_steps(2);
    assert_eq!(dialogs.requests.borrow()[0].purpose.extensions(), ["png", "jpg", "jpeg", "pdf"]);

    // Spread over the 60 m × 40 m hall: 0.1 m a pixel, its corner on the hall's.
    let placed = backgrounds(&harness);
    assert_eq!(placed.len(), 1);
    assert_eq!(placed[0].size_px, (600, 400));
    assert!((placed[0].placement.m_per_px - 0.1).abs() < 1e-12);
    assert_eq!(placed[0].page, None, "an image has no page");
    wait_for_drawings(&mut harness);
    assert!(harness.state().canvas().background_uploaded(&image, None), "drawn from a texture");
    assert!(shows_text(&harness, "Click the first point of a known distance on the drawing."));

    // Pixels (100, 100) and (300, 100): 200 pixels apart, 20 m as placed, really 40 m.
    click_at(&mut harness, Point::new(10.0, 10.0));
    assert!(shows_text(&harness, "Click the second point."));
    click_at(&mut harness, Point::new(30.0, 10.0));
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Distance (m)");
    field.focus();
    harness.run_steps(1);
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Distance (m)").type_text("40");
    harness.run_steps(1);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(3);

    let calibrated = backgrounds(&harness);
    let p = calibrated[0].placement;
    assert!((p.m_per_px - 0.2).abs() < 1e-9, "{p:?}");
    let first = p.venue_point(100.0, 100.0);
    assert!((first.x_m - 10.0).abs() < 1e-6 && (first.y_m - 10.0).abs() < 1e-6, "{p:?}");
    assert!(calibrated[0].locked, "locked once calibrated");
    assert!(harness.state().canvas().tools().calibration().is_none());
    assert!(!shows_text(&harness, "Distance (m)"), "the calibration window is gone");

    undo(&mut harness);
    assert_eq!(backgrounds(&harness), placed, "one undo step takes the calibration back");
    undo(&mut harness);
    assert!(backgrounds(&harness).is_empty());
}

#[test]
fn escape_cancels_a_calibration_leaving_the_drawing_where_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![]), None, &dialogs);
    dialogs.answer_next(FileAnswer::Picked(venue_png(dir.path())));
    open_menu_item(&mut harness, "File", "Place background plan…");
    harness.run_steps(2);
    let placed = backgrounds(&harness);
    click_at(&mut harness, Point::new(10.0, 10.0));
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    assert!(harness.state().canvas().tools().calibration().is_none());
    assert!(!shows_text(&harness, "Click the second point."));
    assert_eq!(backgrounds(&harness), placed);
}

/// The small hall saved in `dir` with the venue drawing under it, unlocked, 60 × 40 m from
/// the origin at half opacity, opened in the window.
fn hall_over_a_drawing(dir: &Path) -> Harness<'static, BoothplanApp> {
    venue_png(dir);
    let file = dir.join("fair.ron");
    let mut layout = small_layout(vec![]);
    layout.backgrounds.push(boothplan_core::model::Background::new(
        "venue.png".into(),
        None,
        (600, 400),
        Point::new(0.0, 0.0),
        0.1,
    ));
    boothplan_core::io::ron_file::save_layout(&file, &layout).unwrap();
    let mut harness = harness(layout, Some(file), &FakeDialogs::default());
    wait_for_drawings(&mut harness);
    harness
}

/// Presses on the opacity slider's middle and drags it `steps` quarters of the way to past
/// its left end, the button still held; returns where the drag goes.
fn hold_opacity_slider(harness: &mut Harness<'static, BoothplanApp>, steps: u8) -> egui::Pos2 {
    let rail = harness.get_by_label("Background plan opacity").rect();
    let (from, to) = (rail.center(), egui::pos2(rail.left() - 40.0, rail.center().y));
    harness.hover_at(from);
    harness.run_steps(1);
    harness.drag_at(from);
    harness.run_steps(1);
    for i in 1..=steps {
        harness.hover_at(from.lerp(to, f32::from(i) / 4.0));
        harness.run_steps(1);
    }
    to
}

#[test]
fn the_layers_panel_hides_locks_and_fades_the_drawing_each_as_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = hall_over_a_drawing(dir.path());
    let image = dir.path().join("venue.png");
    assert!(harness.state().canvas().background_uploaded(&image, None), "found beside the layout");
    let textures = harness.ctx.tex_manager().read().num_allocated();
    harness.run_steps(5);
    assert_eq!(harness.ctx.tex_manager().read().num_allocated(), textures, "uploaded once");

    harness.get_by_label("Show background plan").click();
    harness.run_steps(2);
    assert!(!backgrounds(&harness)[0].visible);
    harness.get_by_label("Lock background plan").click();
    harness.run_steps(2);
    assert!(backgrounds(&harness)[0].locked);
    assert_eq!(harness.state().document().undo_label(), Some("Lock background plan"));
    undo(&mut harness);
    undo(&mut harness);
    assert!(backgrounds(&harness)[0].visible && !backgrounds(&harness)[0].locked);

    // The slider dragged to its left end, over several frames: one step.
    let to = hold_opacity_slider(&mut harness, 4);
    harness.drop_at(to);
    harness.run_steps(2);
    assert_eq!(backgrounds(&harness)[0].opacity, 0.0);
    assert_eq!(harness.state().document().undo_label(), Some("Change background plan opacity"));
    undo(&mut harness);
    assert_eq!(backgrounds(&harness)[0].opacity, 0.5, "the whole drag undone at once");
    assert!(!harness.state().document().can_undo());
}

#[test]
fn a_missing_image_is_a_warning_naming_the_file_and_the_plan_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fair.ron");
    let mut layout = small_layout(vec![booth("1A-001", 10.0, 10.0)]);
    layout.backgrounds.push(boothplan_core::model::Background::new(
        "drawings/missing-venue.png".into(),
        None,
        (600, 400),
        Point::new(0.0, 0.0),
        0.1,
    ));
    boothplan_core::io::ron_file::save_layout(&file, &layout).unwrap();
    let loaded = boothplan_core::io::ron_file::load_layout(&file).unwrap();
    let mut harness = harness(loaded, Some(file), &FakeDialogs::default());
    wait_for_drawings(&mut harness);
    assert!(shows_text(&harness, "missing-venue.png could not be opened"));
    assert_eq!(harness.state().modal_title(), None, "a warning, not a refusal");
    assert_eq!(backgrounds(&harness).len(), 1, "the entry stays in the layout");
}

/// Esc while a drawing is being dragged on the canvas puts it back at once; the release that
/// follows moves nothing, and no undo step or open edit is left.
#[test]
fn escape_mid_drag_puts_the_drawing_back_and_records_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = hall_over_a_drawing(dir.path());
    let placed = backgrounds(&harness);
    // On the hall's floor (the hall is locked, so the drawing under it is what a press picks).
    press_and_move(&mut harness, Point::new(30.0, 20.0), Point::new(40.0, 25.0));
    let dragged = backgrounds(&harness)[0].placement.origin;
    assert!(dragged.x_m > 5.0, "the drag previews the drawing moved: {dragged:?}");
    assert!(harness.state().document().is_mid_edit(), "an edit in progress while dragging");

    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    assert_eq!(backgrounds(&harness), placed, "Esc puts the drawing back at once");
    harness.drop_at(screen(&harness, Point::new(40.0, 25.0)));
    harness.run_steps(2);
    let doc = harness.state().document();
    assert_eq!(doc.layout().backgrounds, placed, "the release after Esc moves nothing");
    assert!(!doc.can_undo() && !doc.is_mid_edit() && !doc.is_dirty());
}

/// Esc while the opacity slider is held puts the opacity back; the rest of that drag changes
/// nothing and records nothing.
#[test]
fn escape_while_the_opacity_slider_is_held_puts_the_opacity_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = hall_over_a_drawing(dir.path());
    hold_opacity_slider(&mut harness, 2);
    let faded = backgrounds(&harness)[0].opacity;
    assert!(faded < 0.5, "the slider previews the opacity ({faded})");

    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    assert_eq!(backgrounds(&harness)[0].opacity, 0.5, "Esc puts the opacity back at once");
    let rail = harness.get_by_label("Background plan opacity").rect();
    let end = egui::pos2(rail.left() - 40.0, rail.center().y);
    harness.hover_at(end);
    harness.run_steps(1);
    harness.drop_at(end);
    harness.run_steps(2);
    let doc = harness.state().document();
    assert_eq!(doc.layout().backgrounds[0].opacity, 0.5, "the rest of the drag changes nothing");
    assert!(!doc.can_undo() && !doc.is_mid_edit());
}

/// Alt+Tab with the opacity slider held: no release will come, so the opacity goes back as
/// with Esc, nothing is recorded, and autosave is not left waiting for an open edit.
#[test]
fn losing_focus_while_the_opacity_slider_is_held_puts_the_opacity_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = hall_over_a_drawing(dir.path());
    hold_opacity_slider(&mut harness, 2);
    assert!(backgrounds(&harness)[0].opacity < 0.5, "the slider previews the opacity");

    harness.event(egui::Event::WindowFocused(false));
    harness.run_steps(2);
    let doc = harness.state().document();
    assert_eq!(doc.layout().backgrounds[0].opacity, 0.5, "put back as Esc would");
    assert!(!doc.can_undo() && !doc.is_mid_edit());
}

//! Background plans in the editor and on disk: calibration by two clicks and a typed distance
//! (held to a similarity transform computed with complex numbers), one undo step, Escape, the
//! drawing dragged only when unlocked, kept through save and load, and a missing or absurd
//! image refused in words while the layout still opens.

mod editor_support;

use boothplan_core::editor::{
    AXIS_SNAP_DEG, CalibrationStep, Document, EditorKey, Modifiers, calibrated,
};
use boothplan_core::io::background_image::{
    MAX_IMAGE_SIDE_PX, background_file, path_for_layout, read_background_image,
};
use boothplan_core::io::ron_file::load_layout;
use boothplan_core::model::{Background, Layout, Placement, Point};
use editor_support::{Editor, pt, small_fair};
use proptest::prelude::*;

/// `(re, im)` complex numbers: the oracle works in them, not in angles and scales.
type C = (f64, f64);

fn mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn div(a: C, b: C) -> C {
    let n = b.0 * b.0 + b.1 * b.1;
    ((a.0 * b.0 + a.1 * b.1) / n, (a.1 * b.0 - a.0 * b.1) / n)
}

/// The similarity `z ↦ s·z + t` taking image points `a`, `b` to venue points `big_a`, `big_b`.
fn similarity(a: C, b: C, big_a: C, big_b: C) -> (C, C) {
    let s = div((big_b.0 - big_a.0, big_b.1 - big_a.1), (b.0 - a.0, b.1 - a.1));
    let sa = mul(s, a);
    (s, (big_a.0 - sa.0, big_a.1 - sa.1))
}

fn close(a: f64, b: f64, scale: f64) -> bool {
    (a - b).abs() <= 1e-6 * scale.max(1.0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The drawing's true placement is random (scale, turn, offset). The planner clicks two of
    /// its points where the uncalibrated drawing shows them (its first point already at its
    /// true place), types their real distance and bearing: the calibration gives back the
    /// true placement.
    #[test]
    fn two_points_a_distance_and_a_bearing_give_back_the_placement(
        m_per_px in 0.001..2.0f64,
        rotation_deg in -179.0..179.0f64,
        origin in (-500.0..500.0f64, -500.0..500.0f64),
        a in (0.0..4000.0f64, 0.0..3000.0f64),
        b in (0.0..4000.0f64, 0.0..3000.0f64),
        start_m_per_px in 0.001..2.0f64,
        start_rotation in -180.0..180.0f64,
    ) {
        prop_assume!((a.0 - b.0).hypot(a.1 - b.1) > 5.0);
        let truth = Placement { origin: Point::from(origin), m_per_px, rotation_deg };
        let (true_a, true_b) = (truth.venue_point(a.0, a.1), truth.venue_point(b.0, b.1));
        // The uncalibrated drawing, dragged so that its first point is at its true place.
        let unmoved = Placement { origin: pt(0.0, 0.0), m_per_px: start_m_per_px, rotation_deg: start_rotation };
        let shown_a = unmoved.venue_point(a.0, a.1);
        let start = unmoved.translated(true_a.x_m - shown_a.x_m, true_a.y_m - shown_a.y_m);
        let (click_a, click_b) = (start.venue_point(a.0, a.1), start.venue_point(b.0, b.1));
        let distance = (true_b.x_m - true_a.x_m).hypot(true_b.y_m - true_a.y_m);
        let bearing = (true_b.y_m - true_a.y_m).atan2(true_b.x_m - true_a.x_m).to_degrees();

        let got = calibrated(&start, click_a, click_b, distance, Some(bearing)).unwrap();

        let (s, t) = similarity(a, b, (true_a.x_m, true_a.y_m), (true_b.x_m, true_b.y_m));
        prop_assert!(close(got.m_per_px, s.0.hypot(s.1), m_per_px), "{got:?} vs {s:?}");
        prop_assert!(close(got.origin.x_m, t.0, 500.0) && close(got.origin.y_m, t.1, 500.0), "{got:?} vs {t:?}");
        let turn = (got.rotation_deg - s.1.atan2(s.0).to_degrees()).rem_euclid(360.0);
        prop_assert!(turn.min(360.0 - turn) < 1e-6, "{got:?} vs {s:?}");
        prop_assert!(close(got.rotation_deg, rotation_deg, 1.0), "{got:?} vs {truth:?}");
    }

    /// Without a typed bearing, a clicked line near an axis ends on it, a diagonal one keeps its
    /// angle; either way the two points end the typed distance apart and the first stays put.
    #[test]
    fn without_a_bearing_a_line_near_an_axis_is_straightened_and_a_diagonal_kept(
        rotation_deg in -180.0..180.0f64,
        a in (0.0..1000.0f64, 0.0..1000.0f64),
        b in (0.0..1000.0f64, 0.0..1000.0f64),
        distance in 0.5..300.0f64,
    ) {
        prop_assume!((a.0 - b.0).hypot(a.1 - b.1) > 5.0);
        let start = Placement { origin: pt(10.0, -20.0), m_per_px: 0.1, rotation_deg };
        let (click_a, click_b) = (start.venue_point(a.0, a.1), start.venue_point(b.0, b.1));
        let got = calibrated(&start, click_a, click_b, distance, None).unwrap();
        let (end_a, end_b) = (got.venue_point(a.0, a.1), got.venue_point(b.0, b.1));
        prop_assert!(close(end_a.x_m, click_a.x_m, 100.0) && close(end_a.y_m, click_a.y_m, 100.0));
        prop_assert!(close((end_b.x_m - end_a.x_m).hypot(end_b.y_m - end_a.y_m), distance, distance));
        let before = (click_b.y_m - click_a.y_m).atan2(click_b.x_m - click_a.x_m).to_degrees();
        let after = (end_b.y_m - end_a.y_m).atan2(end_b.x_m - end_a.x_m).to_degrees();
        let off_axis = |deg: f64| (deg - (deg / 90.0).round() * 90.0).abs();
        if off_axis(before) <= AXIS_SNAP_DEG - 1e-6 {
            prop_assert!(off_axis(after) < 1e-6, "{before}° straightened to {after}°");
        } else if off_axis(before) > AXIS_SNAP_DEG + 1e-6 {
            let turn = (after - before).rem_euclid(360.0);
            prop_assert!(turn.min(360.0 - turn) < 1e-6, "{before}° kept, not {after}°");
        }
    }
}

/// The small fair with one uncalibrated drawing of 1,000 × 500 pixels at 0.1 m a pixel.
fn fair_with_drawing() -> Editor {
    let mut doc = Editor::new(small_fair());
    doc.doc.place_background(Background::new(
        "venue.png".into(),
        None,
        (1000, 500),
        pt(-50.0, -50.0),
        0.1,
    ));
    doc
}

fn click(doc: &mut Editor, at: Point) {
    doc.pointer_pressed(at, Modifiers::NONE);
    doc.pointer_released(at);
}

#[test]
fn two_clicks_and_a_distance_calibrate_in_one_undo_step_and_lock_the_drawing() {
    let mut doc = fair_with_drawing();
    let placed = doc.layout().clone();
    doc.tools.start_calibration(&mut doc.doc, 0);
    // Pixels (100, 100) and (600, 100) of the drawing: 50 m apart as placed.
    click(&mut doc, pt(-40.0, -40.0));
    click(&mut doc, pt(10.0, -40.0));
    assert!(matches!(doc.tools.calibration().unwrap().step, CalibrationStep::Distance { .. }));
    assert_eq!(doc.layout(), &placed, "the clicks change nothing on their own");
    doc.tools.finish_calibration(&mut doc.doc, 100.0, None).unwrap();

    let b = &doc.layout().backgrounds[0];
    assert!((b.placement.m_per_px - 0.2).abs() < 1e-12, "500 pixels are 100 m");
    let first = b.placement.venue_point(100.0, 100.0);
    assert!((first.x_m + 40.0).abs() < 1e-9 && (first.y_m + 40.0).abs() < 1e-9, "first point kept");
    assert!(b.locked, "locked once calibrated");
    assert!(doc.tools.calibration().is_none());
    assert_eq!(doc.undo_label(), Some("Calibrate background plan"));
    doc.undo();
    assert_eq!(doc.layout(), &placed, "one undo step puts it back");
    doc.undo();
    assert!(doc.layout().backgrounds.is_empty(), "and one more takes the placing back");
}

#[test]
fn escape_abandons_a_calibration_and_bad_input_keeps_it_open() {
    let mut doc = fair_with_drawing();
    doc.tools.start_calibration(&mut doc.doc, 0);
    click(&mut doc, pt(-40.0, -40.0));
    assert!(
        doc.tools.finish_calibration(&mut doc.doc, 10.0, None).is_err(),
        "one point is not enough"
    );
    click(&mut doc, pt(-40.0, -40.0));
    let same = doc.tools.finish_calibration(&mut doc.doc, 10.0, None).unwrap_err();
    assert!(same.contains("same point"), "{same}");
    assert!(doc.tools.finish_calibration(&mut doc.doc, 0.0, None).unwrap_err().contains("above 0"));
    assert!(doc.tools.calibration().is_some(), "still open for another try");
    assert!(doc.tools.key(&mut doc.doc, EditorKey::Escape, Modifiers::NONE));
    assert!(doc.tools.calibration().is_none());
    assert_eq!(doc.undo_label(), Some("Place background plan"), "nothing recorded");
}

#[test]
fn an_unlocked_drawing_is_dragged_in_one_step_and_a_locked_one_never() {
    let mut doc = fair_with_drawing();
    // Far from every hall and booth, on the drawing only.
    let (from, to) = (pt(-45.0, -45.0), pt(-35.0, -40.0));
    doc.pointer_pressed(from, Modifiers::NONE);
    doc.pointer_moved(pt(-40.0, -42.0));
    doc.pointer_released(to);
    let origin = doc.layout().backgrounds[0].placement.origin;
    assert_eq!((origin.x_m, origin.y_m), (-40.0, -45.0));
    assert_eq!(doc.undo_label(), Some("Move background plan"));
    doc.undo();
    assert_eq!(doc.layout().backgrounds[0].placement.origin, pt(-50.0, -50.0));

    let mut locked = doc.layout().backgrounds[0].clone();
    locked.locked = true;
    doc.doc.replace_background(0, locked, "Lock background plan");
    doc.pointer_pressed(from, Modifiers::NONE);
    doc.pointer_moved(pt(-40.0, -42.0));
    doc.pointer_released(to);
    assert_eq!(doc.layout().backgrounds[0].placement.origin, pt(-50.0, -50.0), "locked: not moved");
    assert_eq!(doc.undo_label(), Some("Lock background plan"));
}

/// A drag of a drawing is an edit in progress like any other (autosave waits for it): Esc
/// puts the drawing back and records nothing, and the release after it moves nothing.
#[test]
fn escape_mid_drag_puts_the_drawing_back() {
    let mut doc = fair_with_drawing();
    let placed = doc.layout().clone();
    doc.pointer_pressed(pt(-45.0, -45.0), Modifiers::NONE);
    doc.pointer_moved(pt(-40.0, -42.0));
    assert_ne!(doc.layout(), &placed, "the drag previews the move");
    assert!(doc.doc.is_mid_edit(), "autosave waits for the drag");
    assert!(doc.key(EditorKey::Escape, Modifiers::NONE));
    assert_eq!(doc.layout(), &placed, "Esc puts it back");
    assert!(!doc.doc.is_mid_edit());
    doc.pointer_released(pt(-35.0, -40.0));
    assert_eq!(doc.layout(), &placed, "the release after Esc moves nothing");
    assert_eq!(doc.undo_label(), Some("Place background plan"), "nothing recorded");
}

#[test]
fn saving_and_opening_keeps_the_drawings_and_a_missing_image_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fair.ron");
    let mut doc = fair_with_drawing();
    let mut calibrated = doc.layout().backgrounds[0].clone();
    calibrated.placement =
        Placement { origin: pt(1.25, -3.5), m_per_px: 0.0731, rotation_deg: -1.5 };
    calibrated.hall = Some(doc.layout().halls[0].id.clone());
    calibrated.opacity = 0.35;
    doc.doc.replace_background(0, calibrated, "Calibrate background plan");
    doc.doc.save_as(&file).unwrap();

    // venue.png is not there: the layout opens all the same, with its drawing kept.
    let mut reopened = Document::new(Layout::default(), None);
    reopened.open(&file).unwrap();
    assert_eq!(reopened.layout().backgrounds, doc.layout().backgrounds);
    let missing = read_background_image(&dir.path().join("venue.png")).unwrap_err().to_string();
    assert!(missing.contains("venue.png") && missing.contains("could not be opened"), "{missing}");
}

#[test]
fn an_image_of_absurd_dimensions_is_refused_before_decoding() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.png");
    let width = MAX_IMAGE_SIDE_PX + 1;
    let mut encoder = png::Encoder::new(std::fs::File::create(&path).unwrap(), width, 1);
    encoder.set_color(png::ColorType::Grayscale);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&vec![0; width as usize]).unwrap();
    writer.finish().unwrap();
    let refused = read_background_image(&path).unwrap_err().to_string();
    assert!(refused.contains("huge.png") && refused.contains("30001 × 1 pixels"), "{refused}");

    std::fs::write(&path, b"not an image at all").unwrap();
    let unreadable = read_background_image(&path).unwrap_err().to_string();
    assert!(unreadable.contains("not a PNG, JPEG or PDF"), "{unreadable}");
}

/// Save As into another folder keeps every drawing found: the saved file names the same image
/// from its new folder, and so does the state an undo goes back to.
#[test]
fn save_as_into_another_folder_keeps_the_drawings_found() {
    let root = tempfile::tempdir().unwrap();
    let first = root.path().join("plans").join("fair.ron");
    let moved = root.path().join("shared").join("2026").join("fair.ron");
    std::fs::create_dir_all(first.parent().unwrap()).unwrap();
    std::fs::create_dir_all(moved.parent().unwrap()).unwrap();
    let image = first.parent().unwrap().join("drawings").join("venue.png");
    let found = |layout_file: &std::path::Path, written: &str| {
        // The folders named, `..` taken back lexically (the image need not exist).
        let mut folders = std::path::PathBuf::new();
        for part in background_file(Some(layout_file), written).components() {
            if part == std::path::Component::ParentDir {
                folders.pop();
            } else {
                folders.push(part);
            }
        }
        folders
    };

    let mut doc = Editor::new(small_fair());
    doc.doc.save_as(&first).unwrap();
    doc.doc.place_background(Background::new(
        path_for_layout(Some(&first), &image),
        None,
        (1000, 500),
        pt(-50.0, -50.0),
        0.1,
    ));
    assert_eq!(doc.layout().backgrounds[0].path, "drawings/venue.png");
    let mut faded = doc.layout().backgrounds[0].clone();
    faded.opacity = 0.4;
    doc.doc.replace_background(0, faded, "Fade background plan");
    doc.doc.save_as(&moved).unwrap();

    let written = &load_layout(&moved).unwrap().backgrounds[0].path;
    assert_eq!(written, "../../plans/drawings/venue.png");
    assert_eq!(found(&moved, written), found(&first, "drawings/venue.png"));
    doc.doc.undo();
    let before_fade = &doc.layout().backgrounds[0];
    assert_ne!(before_fade.opacity, 0.4, "the fade is undone");
    assert_eq!(found(&moved, &before_fade.path), found(&first, "drawings/venue.png"));
}

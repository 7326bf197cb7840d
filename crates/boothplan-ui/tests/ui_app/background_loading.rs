//! Background plans read off the frame: while a drawing's file has not arrived the window keeps
//! painting, with "Loading …" where the drawing will lie; a drawing that could not be read is
//! read again when the planner presses Reload in its Layers row, never by itself.

use super::backgrounds::{venue_png, venue_png_bytes, wait_for_drawings};
use super::*;
use crate::inventory::open_menu_item;

/// A layout saved in `dir` with one background plan, `name`, of 600 × 400 pixels.
fn layout_with_drawing(dir: &Path, name: &str) -> (Layout, PathBuf) {
    let file = dir.join("fair.ron");
    let mut layout = small_layout(vec![]);
    layout.backgrounds.push(boothplan_core::model::Background::new(
        name.into(),
        None,
        (600, 400),
        Point::new(0.0, 0.0),
        0.1,
    ));
    boothplan_core::io::ron_file::save_layout(&file, &layout).unwrap();
    (layout, file)
}

/// A named pipe `name` in `dir`: whoever reads it waits until the test writes into it.
fn named_pipe(dir: &Path, name: &str) -> PathBuf {
    let pipe = dir.join(name);
    let made = std::process::Command::new("mkfifo").arg(&pipe).status().unwrap();
    assert!(made.success());
    pipe
}

#[test]
fn frames_go_on_with_loading_shown_while_the_drawing_has_not_arrived() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = named_pipe(dir.path(), "venue.png");
    let (layout, file) = layout_with_drawing(dir.path(), "venue.png");

    // Building the harness runs three frames: they end although the reader is still waiting.
    let mut harness = harness(layout, Some(file), &FakeDialogs::default());
    harness.run_steps(2);
    assert!(painted_texts(&harness).iter().any(|t| t == "Loading venue.png…"));
    assert!(!harness.state().canvas().background_uploaded(&pipe, None));
    assert!(harness.state().canvas().background_warnings(harness.state().document()).is_empty());

    // The image arrives through the pipe: the next frame shows it.
    std::fs::write(&pipe, venue_png_bytes()).unwrap();
    wait_for_drawings(&mut harness);
    assert!(harness.state().canvas().background_uploaded(&pipe, None));
    assert!(!painted_texts(&harness).iter().any(|t| t.starts_with("Loading")));
}

#[test]
fn a_missing_drawing_is_read_again_when_the_planner_presses_reload() {
    let dir = tempfile::tempdir().unwrap();
    let (layout, file) = layout_with_drawing(dir.path(), "venue.png");
    let mut harness = harness(layout, Some(file), &FakeDialogs::default());
    wait_for_drawings(&mut harness);
    assert!(shows_text(&harness, "venue.png could not be opened"));

    // The drawing turns up; nothing reads it by itself.
    let image = venue_png(dir.path());
    harness.run_steps(3);
    harness.state_mut().canvas_mut().wait_for_background_plans();
    harness.run_steps(1);
    assert!(shows_text(&harness, "venue.png could not be opened"));
    assert!(!harness.state().canvas().background_uploaded(&image, None));

    harness.get_by_label("Reload").click();
    harness.run_steps(1);
    wait_for_drawings(&mut harness);
    assert!(harness.state().canvas().background_uploaded(&image, None));
    assert!(!shows_text(&harness, "could not be opened"));
    assert!(!harness.state().document().can_undo(), "reading again is no edit");
}

/// Place, Undo, Redo and Reload over and over before the drawing's turn comes: the loader reads
/// it once (one decode, never one per request) and the window shows it from one texture.
#[test]
fn asking_for_a_drawing_over_and_over_reads_it_once() {
    let dir = tempfile::tempdir().unwrap();
    let image = venue_png(dir.path());
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![]), None, &dialogs);
    let textures = harness.ctx.tex_manager().read().num_allocated();
    harness.state_mut().canvas_mut().hold_background_plans();
    dialogs.answer_next(FileAnswer::Picked(image.clone()));
    open_menu_item(&mut harness, "File", "Place background plan…");
    harness.run_steps(2);
    assert_eq!(harness.state().document().layout().backgrounds.len(), 1);
    for _ in 0..5 {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        harness.run_steps(2);
        assert!(harness.state().document().layout().backgrounds.is_empty());
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
        harness.run_steps(2);
        assert_eq!(harness.state().document().layout().backgrounds.len(), 1);
        harness.get_by_label("Reload").click();
        harness.run_steps(2);
    }
    assert!(painted_texts(&harness).iter().any(|t| t == "Loading venue.png…"));
    assert_eq!(harness.state().canvas().background_reads(), 0, "held: nothing read yet");

    wait_for_drawings(&mut harness);
    assert!(harness.state().canvas().background_uploaded(&image, None));
    assert_eq!(harness.state().canvas().background_reads(), 1, "read once for all requests");
    assert_eq!(harness.ctx.tex_manager().read().num_allocated(), textures + 1, "one texture");
}

/// A layout in a sibling folder naming its drawing through `..` shows the very file, under the
/// one name a Reload and the texture cache use.
#[test]
fn a_drawing_named_through_a_sibling_folder_is_the_same_drawing() {
    let dir = tempfile::tempdir().unwrap();
    let drawings = dir.path().join("x");
    std::fs::create_dir_all(&drawings).unwrap();
    std::fs::create_dir_all(dir.path().join("y")).unwrap();
    let image = venue_png(&drawings);
    let (layout, file) = layout_with_drawing(&dir.path().join("y"), "../x/venue.png");
    let mut harness = harness(layout, Some(file), &FakeDialogs::default());
    wait_for_drawings(&mut harness);
    assert!(harness.state().canvas().background_uploaded(&image, None), "{}", image.display());
    assert!(harness.state().canvas().background_warnings(harness.state().document()).is_empty());
}

/// Reload pressed while the drawing is being read (the file changed on disk meanwhile): the read
/// in progress may have seen the old file, so the drawing is read again, and the new file shows.
#[test]
fn reload_during_a_read_reads_the_file_again() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = named_pipe(dir.path(), "venue.png");
    let (layout, file) = layout_with_drawing(dir.path(), "venue.png");
    let mut harness = harness(layout, Some(file), &FakeDialogs::default());
    // The loader has taken the drawing up (a condition, not a clock: it counts its reads).
    let patience = std::time::Instant::now();
    while harness.state().canvas().background_reads() == 0 {
        assert!(patience.elapsed() < std::time::Duration::from_mins(1), "the loader never began");
        std::thread::yield_now();
    }
    harness.get_by_label("Reload").click();
    harness.run_steps(2);

    // What the first read sees is the file as it was (here: not an image at all)...
    std::fs::write(&pipe, b"an old, broken drawing").unwrap();
    // ...and what the planner put there before pressing Reload is what must show.
    let later = pipe.clone();
    std::thread::spawn(move || std::fs::write(later, venue_png_bytes()));
    wait_for_drawings(&mut harness);
    assert_eq!(harness.state().canvas().background_reads(), 2, "read again after Reload");
    assert!(harness.state().canvas().background_uploaded(&pipe, None));
    assert!(harness.state().canvas().background_warnings(harness.state().document()).is_empty());
}

/// Placing a drawing reads only its header for the size; the pixels are decoded by the loader,
/// off the frame. A file whose header is whole but whose pixels are cut off is therefore placed
/// at its size at once, and said to be unreadable only when the loader gets to it.
#[test]
fn placing_a_drawing_reads_only_its_size_and_leaves_the_pixels_to_the_loader() {
    let dir = tempfile::tempdir().unwrap();
    let whole = venue_png_bytes();
    let cut = dir.path().join("cut.png");
    std::fs::write(&cut, &whole[..whole.len() / 2]).unwrap();
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![]), None, &dialogs);
    harness.state_mut().canvas_mut().hold_background_plans();
    dialogs.answer_next(FileAnswer::Picked(cut.clone()));
    open_menu_item(&mut harness, "File", "Place background plan…");
    harness.run_steps(2);
    let placed = harness.state().document().layout().backgrounds.clone();
    assert_eq!(placed.len(), 1, "placed from the header alone");
    assert_eq!(placed[0].size_px, (600, 400));
    assert_eq!(harness.state().canvas().background_reads(), 0, "nothing decoded in the frame");
    assert!(harness.state().modal_title().is_none());

    wait_for_drawings(&mut harness);
    assert_eq!(harness.state().canvas().background_reads(), 1);
    assert!(!harness.state().canvas().background_uploaded(&cut, None));
    assert!(shows_text(&harness, "cut.png"), "the warning strip names the file");
}

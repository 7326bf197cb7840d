//! Egress findings off the pointer's thread: with the walk on a worker, a drag step keeps the
//! old `travel-distance` findings (marked pending) instead of walking the hall itself, and
//! once the worker is waited for the findings equal a full check of the same layout. The hall
//! is `layouts/egress-walk.ron`: booth W-B walks 67.6 m round a wall to the only door.

mod editor_support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use boothplan_core::check::{Rule, check_layout};
use boothplan_core::editor::{Document, Tool};
use editor_support::{Editor, drag_without_release, pt};

/// `layouts/egress-walk.ron`.
fn example() -> boothplan_core::model::Layout {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../layouts/egress-walk.ron");
    boothplan_core::io::ron_file::load_layout(std::path::Path::new(path)).unwrap()
}

/// The walking-distance example, open in a document that walks on a worker; with the number of
/// times the worker said it had findings.
fn walking_hall() -> (Editor, Arc<AtomicUsize>) {
    let mut doc = Document::new(example(), None);
    let told = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&told);
    doc.check_in_background(move || {
        count.fetch_add(1, Ordering::SeqCst);
    });
    (Editor::on(doc), told)
}

fn walks_too_far(doc: &Editor) -> bool {
    doc.findings().iter().any(|f| f.rule == Rule::TravelDistance && f.ids == ["W-B"])
}

#[test]
fn a_drag_step_leaves_the_walk_to_the_worker_and_waiting_gives_the_full_check() {
    let (mut doc, told) = walking_hall();
    assert!(walks_too_far(&doc), "the example breaks the walking distance when opened");
    assert!(!doc.findings_pending());

    // W-B dragged from the far side of the wall to below it, near the door.
    drag_without_release(&mut doc, Tool::Select, pt(3.5, 31.5), pt(3.5, 13.5));
    assert_eq!(doc.layout().booths[0].rect.y_m, 12.0);
    // The step did not walk: the old finding is still shown, and the walk is pending.
    assert!(doc.findings_pending(), "the walk was handed to the worker");
    assert!(walks_too_far(&doc), "the step kept the old walking finding");
    assert_ne!(doc.findings(), check_layout(doc.layout()).as_slice());

    doc.wait_for_findings();
    assert!(!doc.findings_pending());
    assert!(!walks_too_far(&doc), "near the door, W-B walks a few metres");
    assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice());
    assert!(told.load(Ordering::SeqCst) >= 1, "the worker asked for a repaint");

    // The drop, an undo and a redo: each time, once waited for, exactly the full check.
    doc.pointer_released(pt(3.5, 13.5));
    doc.wait_for_findings();
    assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice());
    doc.undo();
    doc.wait_for_findings();
    assert!(walks_too_far(&doc));
    assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice());
    doc.redo();
    doc.wait_for_findings();
    assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice());
}

#[test]
fn findings_the_worker_delivers_are_taken_in_when_it_says_so() {
    let mut doc = Document::new(example(), None);
    let (tell, told) = std::sync::mpsc::channel();
    doc.check_in_background(move || {
        let _ = tell.send(());
    });
    let mut doc = Editor::on(doc);
    drag_without_release(&mut doc, Tool::Select, pt(3.5, 31.5), pt(3.5, 13.5));
    doc.pointer_released(pt(3.5, 13.5));
    // As the window does: on each word from the worker (a repaint), take what is ready.
    while doc.findings_pending() {
        told.recv().unwrap();
        doc.take_background_findings();
    }
    assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice());
    assert!(!doc.take_background_findings(), "nothing more comes");
}

#[test]
fn without_a_worker_the_walk_runs_in_the_step_as_before() {
    let mut doc = Editor::on(Document::new(example(), None));
    drag_without_release(&mut doc, Tool::Select, pt(3.5, 31.5), pt(3.5, 13.5));
    assert!(!doc.findings_pending());
    assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice());
}

#[test]
fn edits_across_the_default_expo_end_equal_to_a_full_check_once_waited_for() {
    use boothplan_core::editor::{ObjectRef, Selection};
    let mut doc = Document::new(boothplan_core::sample::gdte_hangzhou(), None);
    doc.check_in_background(|| {});
    doc.set_layer_locked(boothplan_core::editor::Layer::Halls, false);
    let booths = doc.layout().booths.len();
    for (i, (dx, dy)) in [(7usize, (3.0, 0.0)), (101, (0.0, -9.0)), (400, (-30.0, 12.0))] {
        doc.set_selection(Selection::of([ObjectRef::booth(i % booths)]));
        doc.move_selection(dx, dy);
        doc.wait_for_findings();
        assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice(), "booth {i}");
    }
    // A hall moved with its doors carried along, then undone.
    doc.set_selection(Selection::of([ObjectRef::hall(1)]));
    doc.move_selection(2.0, 1.0);
    doc.wait_for_findings();
    assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice(), "hall moved");
    doc.undo();
    doc.wait_for_findings();
    assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice(), "hall back");
}

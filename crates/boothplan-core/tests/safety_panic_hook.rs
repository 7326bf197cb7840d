//! The panic hook: a panic anywhere writes the document to the recovery store before
//! the panic goes on. Alone in its file: a panic hook is global to the process.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use boothplan_core::io::recovery::{RecoverySnapshot, RecoveryStore, install_panic_hook};
use boothplan_core::model::{Booth, BoothStatus, Layout};

/// The fair with a planner's unsaved edits.
fn edited() -> Layout {
    let text = boothplan_core::io::DEFAULT_LAYOUT_RON;
    let mut layout =
        boothplan_core::io::ron_file::parse_layout(text, Path::new("<default layout>")).unwrap();
    "GDTE 2026, unsaved".clone_into(&mut layout.name);
    layout.booths[0].status = BoothStatus::Reserved;
    "杭州数智科技".clone_into(&mut layout.booths[0].exhibitor);
    layout
}

#[test]
fn a_panic_keeps_the_document_and_still_reports_the_panic() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    let source = PathBuf::from("/fairs/gdte.ron");

    // The previous hook still runs: it counts panics here instead of printing them.
    let previous_ran = Arc::new(Mutex::new(0));
    let counter = Arc::clone(&previous_ran);
    std::panic::set_hook(Box::new(move |_| *counter.lock().unwrap() += 1));

    let snapshot: RecoverySnapshot = Arc::new(Mutex::new(None));
    install_panic_hook(Arc::clone(&snapshot), store.clone());

    // Nothing unsaved: a panic writes nothing.
    let quiet = std::thread::spawn(|| -> u8 { panic!("nothing to keep") }).join();
    assert!(quiet.is_err());
    assert!(store.list().is_empty());

    // The editor keeps the snapshot current; then something panics mid-frame.
    *snapshot.lock().unwrap() = Some((edited(), Some(source.clone())));
    let caught = std::panic::catch_unwind(|| {
        let booths: Vec<Booth> = Vec::new();
        booths[3].clone()
    });
    assert!(caught.is_err());

    let entries = store.list();
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0].source.as_deref(), Some(source.as_path()));
    assert_eq!(store.load(&entries[0]).unwrap(), edited());
    assert_eq!(*previous_ran.lock().unwrap(), 2);

    // A panic while the snapshot is held: the hook cannot read it, gives up instead of
    // deadlocking, and the edits kept before stay.
    let held = Arc::clone(&snapshot);
    let poisoned = std::thread::spawn(move || -> u8 {
        let mut guard = held.lock().unwrap();
        if let Some((layout, _)) = guard.as_mut() {
            layout.name = "renamed just before the crash".to_owned();
        }
        panic!("while holding the document");
    })
    .join();
    assert!(poisoned.is_err());
    assert_eq!(store.load(&store.list()[0]).unwrap(), edited());
    assert_eq!(*previous_ran.lock().unwrap(), 3);

    // The lock is now poisoned; the next panic still keeps the latest edits.
    let again = std::panic::catch_unwind(|| -> u8 { panic!("once more") });
    assert!(again.is_err());
    let kept = store.load(&store.list()[0]).unwrap();
    assert_eq!(kept.name, "renamed just before the crash");
    assert_eq!(*previous_ran.lock().unwrap(), 4);

    drop(std::panic::take_hook());
}

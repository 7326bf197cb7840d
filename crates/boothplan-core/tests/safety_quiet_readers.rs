//! Readers whose panics are caught (a hostile DXF or PDF) run on many threads at once: the
//! crash-recovery hook installed at start-up must stay in force through all of them, see none
//! of their caught panics, and still see a real crash afterwards. Alone in its file: a panic
//! hook is global to the process.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex};

use boothplan_core::io::caught_panic::quietly;
use boothplan_core::io::recovery::{RecoverySnapshot, RecoveryStore, install_panic_hook};

#[test]
fn readers_panicking_at_once_never_lose_the_crash_hook_nor_reach_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    // The hook before the recovery one counts the panics it is shown instead of printing them.
    let shown = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&shown);
    std::panic::set_hook(Box::new(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
    }));
    let snapshot: RecoverySnapshot = Arc::new(Mutex::new(None));
    let layout = boothplan_core::io::ron_file::parse_layout(
        boothplan_core::io::DEFAULT_LAYOUT_RON,
        std::path::Path::new("<default layout>"),
    )
    .unwrap();
    *snapshot.lock().unwrap() = Some((layout, None));
    install_panic_hook(Arc::clone(&snapshot), store.clone());

    let threads = 16;
    let rounds = 50;
    let start = Arc::new(Barrier::new(threads));
    let workers: Vec<_> = (0..threads)
        .map(|t| {
            let start = Arc::clone(&start);
            std::thread::spawn(move || {
                start.wait();
                let mut refused = 0;
                for round in 0..rounds {
                    let read = quietly(move || -> u32 {
                        assert!(round % 3 == 3, "hostile file {t}/{round}");
                        7
                    });
                    if read.is_none() {
                        refused += 1;
                    }
                    // Some reads succeed in between, as on a real mix of files.
                    assert_eq!(quietly(|| 7), Some(7));
                }
                refused
            })
        })
        .collect();
    let refused: usize = workers.into_iter().map(|w| w.join().unwrap()).sum();
    assert_eq!(refused, threads * rounds, "every hostile read is refused, none crashes");
    assert_eq!(shown.load(Ordering::SeqCst), 0, "a caught reader panic is no crash");
    assert!(store.list().is_empty(), "a caught reader panic writes no recovery file");

    // A real crash afterwards, on another thread: the recovery hook is still in force.
    let crash = std::thread::spawn(|| -> u8 { panic!("a real crash") }).join();
    assert!(crash.is_err());
    assert_eq!(shown.load(Ordering::SeqCst), 1);
    assert_eq!(store.list().len(), 1, "the unsaved edits are kept");

    drop(std::panic::take_hook());
}

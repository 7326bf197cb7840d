//! Third-party readers of files from outside (the DXF parser, the PDF renderer) are young
//! enough to panic on a hostile file: their panics are caught and reported as a refusal of the
//! file, never a crash, and not printed as one.
//!
//! The global panic hook is never swapped per read: several readers run at once (PDF pages on
//! the window's loader thread while the window opens another), and swapping the hook around
//! each would race and could lose the crash-recovery hook for the rest of the session. Instead
//! a reading thread is marked, and one silencing hook, installed once, lets the hook in force
//! before it see every panic except those of a marked thread.

use std::sync::Once;

thread_local! {
    /// Set while this thread runs a third-party reader (DXF, PDF): its panics are caught and
    /// reported as a refusal, so no panic hook may treat them as a crash.
    static READING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The silencing hook goes in once per process, around whatever hook is in force then.
static SILENCER: Once = Once::new();

/// Whether this thread is running a third-party reader whose panics are caught: a panic hook
/// (the crash recovery) skips such a panic, which is no crash.
#[must_use]
pub fn reading_on_this_thread() -> bool {
    READING.with(std::cell::Cell::get)
}

/// Runs `read`; `None` if it panicked. The panic is not printed nor treated as a crash: the
/// thread is marked while `read` runs, and the hook installed once skips marked threads' panics
/// (every other panic, on any thread, still reaches the hook that was in force).
pub fn quietly<T>(read: impl FnOnce() -> T + std::panic::UnwindSafe) -> Option<T> {
    SILENCER.call_once(|| {
        let outer = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !reading_on_this_thread() {
                outer(info);
            }
        }));
    });
    let was_reading = READING.with(|r| r.replace(true));
    let result = std::panic::catch_unwind(read);
    READING.with(|r| r.set(was_reading));
    result.ok()
}

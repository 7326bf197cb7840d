//! Third-party readers of files from outside (the DXF parser, the PDF renderer) are young
//! enough to panic on a hostile file: their panics are caught and reported as a refusal of the
//! file, never a crash, and not printed as one.

thread_local! {
    /// Set while this thread runs a third-party reader (DXF, PDF): its panics are caught and
    /// reported as a refusal, so the panic hook must not print them as a crash.
    static READING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `read`; `None` if it panicked. The panic is not printed: the hook in force is wrapped so
/// that it stays silent for this thread while `read` runs and behaves as before for any other
/// thread (the window's crash recovery keeps working), then restored.
pub(crate) fn quietly<T>(read: impl FnOnce() -> T + std::panic::UnwindSafe) -> Option<T> {
    let previous = std::sync::Arc::new(std::panic::take_hook());
    let outer = std::sync::Arc::clone(&previous);
    std::panic::set_hook(Box::new(move |info| {
        if !READING.with(std::cell::Cell::get) {
            outer(info);
        }
    }));
    READING.with(|r| r.set(true));
    let result = std::panic::catch_unwind(read);
    READING.with(|r| r.set(false));
    drop(std::panic::take_hook());
    match std::sync::Arc::try_unwrap(previous) {
        Ok(hook) => std::panic::set_hook(hook),
        Err(shared) => std::panic::set_hook(Box::new(move |info| shared(info))),
    }
    result.ok()
}

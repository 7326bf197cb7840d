//! Writing to standard output without panicking when the reader goes away (`… | head`).

use std::io::Write as _;

/// Prints `text` to stdout. A closed pipe is not an error (the reader has what it wanted);
/// any other failure is reported instead of panicking as `print!` would.
pub fn print(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(anyhow::anyhow!("cannot write to standard output: {e}"))
        }
        _ => Ok(()),
    }
}

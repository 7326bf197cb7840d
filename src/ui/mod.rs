//! The egui editor window: canvas, panels and dialogs. Thin: input becomes editor commands.

use std::path::Path;

/// Opens the editor window on `file`, or on the embedded default layout when `None`.
pub fn run_gui(file: Option<&Path>) -> anyhow::Result<()> {
    // Skeleton: until the editor lands, say so instead of opening a window.
    let _ = file;
    println!("The boothplan editor is coming; try `boothplan stats layouts/gdte-hangzhou.ron`.");
    Ok(())
}

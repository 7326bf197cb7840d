//! One frame of the real editor window, headless: the app's whole UI, then tessellation.
//! Shared by the divan bench (`benches/gui_frame.rs`) and `benches/gui_frame_cpu.sh`.

use boothplan_core::sample::synthetic;
use boothplan_ui::{BoothplanApp, NativeFileDialogs, RecentFiles};
use egui::{Pos2, RawInput, Rect, vec2};

/// The editor on a synthetic fair, in a 1400 × 900 window, fitted to view after warm-up.
pub struct FrameBench {
    ctx: egui::Context,
    app: BoothplanApp,
    input: RawInput,
    nudged: bool,
}

impl FrameBench {
    /// The editor on `booths` generated booths, warmed up (fonts loaded, view fitted).
    pub fn new(booths: usize) -> Self {
        let app = BoothplanApp::new(
            synthetic(booths, 1),
            None,
            Box::new(NativeFileDialogs::default()),
            RecentFiles::in_memory(),
        );
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1400.0, 900.0))),
            ..RawInput::default()
        };
        let mut bench = Self { ctx: egui::Context::default(), app, input, nudged: false };
        for _ in 0..3 {
            bench.frame();
        }
        bench
    }

    /// Zooms the canvas in by `factor` about the middle (for the zoomed-in case).
    pub fn zoom_in(&mut self, factor: f64) {
        self.app.canvas_mut().zoom_by(factor);
        self.frame();
    }

    /// Zooms a hair in or out (alternately) about the middle, so that nothing painted for the
    /// last frame's view can be reused: a frame while panning or zooming.
    pub fn nudge(&mut self) {
        self.nudged = !self.nudged;
        self.app.canvas_mut().zoom_by(if self.nudged { 1.001 } else { 1.0 / 1.001 });
    }

    /// Runs one frame (ui + tessellation); returns the number of primitives, so nothing is
    /// optimised away.
    pub fn frame(&mut self) -> usize {
        let app = &mut self.app;
        let output = self.ctx.run_ui(self.input.clone(), |ui| app.frame_ui(ui));
        self.ctx.tessellate(output.shapes, output.pixels_per_point).len()
    }
}

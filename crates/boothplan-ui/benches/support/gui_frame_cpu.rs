//! `gui_frame_cpu BOOTHS REPS [all|zoomed|moving]`: builds the editor on a synthetic fair and runs
//! REPS frames (`moving`: the view zooms a hair each frame, so nothing painted is reused); `benches/gui_frame_cpu.sh` subtracts a run with 0 frames to get CPU per frame.

#[path = "frame.rs"]
mod frame;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let booths = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let reps: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(10);
    let mut bench = frame::FrameBench::new(booths);
    if args.get(3).is_some_and(|a| a == "zoomed") {
        bench.zoom_in(8.0);
    }
    let moving = args.get(3).is_some_and(|a| a == "moving");
    let primitives: usize = (0..reps)
        .map(|_| {
            if moving {
                bench.nudge();
            }
            bench.frame()
        })
        .sum();
    println!("{primitives}");
}

//! Doors stand out on any theme's colour: on a hall covered by a green (logistics) zone, at the
//! fitted zoom of a large hall where a door is a few points long, the door's green bar is ringed
//! by colours it contrasts with, read from the rendered frame.

use super::frame_support::{contrast_ratio, shown_colour_at};
use super::*;

/// A 600 × 120 m hall covered by one logistics zone, with a 3 m door in its top wall at
/// x 300–303.
fn green_hall_with_a_door() -> Layout {
    let mut layout = small_layout(vec![]);
    let hall = Rect::new(0.0, 0.0, 600.0, 120.0);
    layout.halls[0].outline = hall.corners().to_vec();
    layout.zones.push(boothplan_core::model::Zone {
        id: "1A-Z1".into(),
        hall: Some("1A".into()),
        theme: "logistics".into(),
        name: "Freight".into(),
        rect: hall,
    });
    layout.exits.push(boothplan_core::model::Exit {
        id: "1A-E1".into(),
        hall: Some("1A".into()),
        from: Point::new(300.0, 0.0),
        to: Point::new(303.0, 0.0),
    });
    layout
}

#[test]
fn a_door_on_a_green_hall_stands_out_from_what_is_round_it() {
    let layout = green_hall_with_a_door();
    assert!(layout.themes.iter().any(|t| t.key == "logistics"), "the default themes");
    let mut harness = harness(layout, None, &FakeDialogs::default());
    // The hall's own findings (too few exits for its size) outline it in red: not asked here.
    harness.get_by_label("Show Findings").click();
    harness.run_steps(2);
    let (a, b) =
        (screen(&harness, Point::new(300.0, 0.0)), screen(&harness, Point::new(303.0, 0.0)));
    let length = a.distance(b);
    assert!((3.0..10.0).contains(&length), "a door a few points long at the fitted zoom: {length}");
    // Off the triangles' edges by a little.
    let nudge = egui::vec2(0.013, 0.007);
    let bar = shown_colour_at(&harness, a.lerp(b, 0.5) + nudge);
    let half_bar = boothplan_ui::theme_tokens::EXIT_BAR_WIDTH / 2.0;
    // Round the bar: into the hall (screen y grows into it), and along the wall past each end.
    let round = [
        ("inside the hall", a.lerp(b, 0.5) + egui::vec2(0.0, half_bar + 1.0)),
        ("along the wall before it", a - egui::vec2(1.0, 0.0)),
        ("along the wall after it", b + egui::vec2(1.0, 0.0)),
    ];
    for (side, pos) in round {
        let next_to = shown_colour_at(&harness, pos + nudge);
        let ratio = contrast_ratio(bar, next_to);
        assert!(
            ratio >= 3.0,
            "the door's bar {bar:?} against {next_to:?} {side} has a contrast of {ratio:.2}: \
             it melts into the green"
        );
    }
}

//! Doors for benchmark layouts: the generated fairs have none, and the egress rules run only
//! once a layout has one.

use boothplan_core::model::{Exit, Layout, Point};

/// `layout` with a 4 m door in the middle of every wall of a hall that has none
/// (so that the benchmark measures a full search whether or not the sample has its exits).
pub fn with_doors(mut layout: Layout) -> Layout {
    for hall in &layout.halls {
        if layout.exits.iter().any(|e| e.hall.as_deref() == Some(hall.id.as_str())) {
            continue;
        }
        let n = hall.outline.len();
        for i in 0..n {
            let (a, b) = (hall.outline[i], hall.outline[(i + 1) % n]);
            let len = (b.x_m - a.x_m).hypot(b.y_m - a.y_m);
            if len < 8.0 {
                continue;
            }
            let at = |t: f64| Point::new(a.x_m + t * (b.x_m - a.x_m), a.y_m + t * (b.y_m - a.y_m));
            let half = 2.0 / len;
            layout.exits.push(Exit {
                id: format!("{}-E{}", hall.id, i + 1),
                hall: Some(hall.id.clone()),
                from: at(0.5 - half),
                to: at(0.5 + half),
            });
        }
    }
    layout
}

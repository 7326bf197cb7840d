//! Huge but legal layouts: each pushes one count a file can raise (hall vertices; halls, zones
//! and themes) as far as the loader's limits allow, and nothing else, so that benchmarks and
//! tests can show that checking and importing grow no faster than n log n in that count.

use crate::model::{Booth, BoothStatus, Colour, Hall, Layout, Point, Rect, Theme, Zone};

/// One long hall whose roof line is a saw-tooth, so that its outline has about `vertices`
/// vertices (at most the loader's 100,000) and is still a simple polygon, with one 3 × 3 m
/// booth every 6 m along it: booths grow with the vertices.
#[must_use]
pub fn saw_tooth_hall(vertices: usize) -> Layout {
    let teeth = vertices.saturating_sub(3) / 2;
    let length_m = teeth as f64;
    let mut outline = vec![Point::new(0.0, 0.0), Point::new(length_m, 0.0)];
    for i in (0..teeth).rev() {
        let x = i as f64;
        outline.push(Point::new(x + 1.0, 20.0));
        outline.push(Point::new(x + 0.5, 21.0));
    }
    outline.push(Point::new(0.0, 20.0));
    let booths = (0..teeth / 6)
        .map(|i| {
            booth(format!("S-{i:05}"), "S", "technology", Rect::new(i as f64 * 6.0, 3.0, 3.0, 3.0))
        })
        .collect();
    Layout {
        name: format!("Saw-tooth hall of {} vertices", outline.len()),
        halls: vec![Hall::new("S", "Saw-tooth hall", outline)],
        booths,
        ..Layout::default()
    }
}

/// `halls` square halls of 30 m in a grid, each with one zone of a theme of its own (as many
/// themes as halls) and four booths in it.
#[must_use]
pub fn many_halls(halls: usize) -> Layout {
    let per_row = (halls as f64).sqrt().ceil().max(1.0) as usize;
    let mut layout = Layout {
        name: format!("{halls} halls, zones and themes"),
        themes: Vec::with_capacity(halls),
        ..Layout::default()
    };
    for h in 0..halls {
        let (x, y) = ((h % per_row) as f64 * 40.0, (h / per_row) as f64 * 40.0);
        let (id, theme) = (format!("H{h}"), format!("theme-{h}"));
        let bytes = (h as u32).to_le_bytes();
        layout.themes.push(Theme {
            key: theme.clone(),
            name: format!("Theme {h}"),
            colour: Colour::rgb(bytes[0], bytes[1], bytes[2]),
            target_area_m2: None,
        });
        let square = Rect::new(x, y, 30.0, 30.0);
        layout.halls.push(Hall::new(id.clone(), format!("Hall {h}"), square.corners().to_vec()));
        layout.zones.push(Zone {
            id: format!("{id}-Z"),
            hall: Some(id.clone()),
            theme: theme.clone(),
            name: format!("Zone {h}"),
            rect: Rect::new(x + 3.0, y + 3.0, 24.0, 24.0),
        });
        for b in 0..4 {
            let rect = Rect::new(x + 3.0 + f64::from(b) * 6.0, y + 3.0, 3.0, 3.0);
            layout.booths.push(booth(format!("{id}-{b}"), &id, &theme, rect));
        }
    }
    layout
}

fn booth(id: String, hall: &str, theme: &str, rect: Rect) -> Booth {
    Booth {
        id,
        hall: Some(hall.to_owned()),
        theme: theme.to_owned(),
        rect,
        status: BoothStatus::Available,
        exhibitor: String::new(),
    }
}

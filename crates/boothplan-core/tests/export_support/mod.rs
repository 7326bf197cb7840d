//! Hand-made layouts shared by the export tests: small enough to read, varied enough to matter.

#![allow(dead_code, reason = "each test file uses a different part of this support module")]

use boothplan_core::io::export::ExportOptions;
use boothplan_core::model::{Booth, BoothStatus, Column, Hall, Layout, Point, Rect, Zone};

/// Width and height in millimetres of a PDF page, read from its `MediaBox`.
pub fn page_size_mm(doc: &lopdf::Document, page_id: lopdf::ObjectId) -> (f32, f32) {
    let page = doc.get_dictionary(page_id).unwrap();
    let media: Vec<f32> = page
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_float().unwrap())
        .collect();
    let mm = |pt: f32| pt / 72.0 * 25.4;
    (mm(media[2] - media[0]), mm(media[3] - media[1]))
}

/// Export options with a fixed date, so outputs do not change from day to day.
pub fn options() -> ExportOptions {
    ExportOptions { date: "2026-05-20".into(), ..ExportOptions::default() }
}

/// A rectangular hall.
pub fn hall(id: &str, name: &str, r: Rect) -> Hall {
    Hall::new(id, name, r.corners().to_vec())
}

fn zone(id: &str, hall: &str, theme: &str, name: &str, r: Rect) -> Zone {
    Zone { id: id.into(), hall: Some(hall.into()), theme: theme.into(), name: name.into(), rect: r }
}

/// A booth in a hall.
pub fn booth(
    id: &str,
    hall: &str,
    theme: &str,
    r: Rect,
    status: BoothStatus,
    exhibitor: &str,
) -> Booth {
    Booth {
        id: id.into(),
        hall: Some(hall.into()),
        theme: theme.into(),
        rect: r,
        status,
        exhibitor: exhibitor.into(),
    }
}

/// One 30 × 20 m hall, two zones, one column and four booths in every status.
pub fn small_layout() -> Layout {
    let mut layout = Layout { name: "Small & <Test> Fair".into(), ..Layout::default() };
    layout.halls.push(hall("1", "Hall 1", Rect::new(0.0, 0.0, 30.0, 20.0)));
    layout.columns.push(Column::square("1-C1", "1", Point::new(15.0, 10.0), 1.0));
    layout.zones.push(zone(
        "1-Z1",
        "1",
        "technology",
        "Cloud & AI",
        Rect::new(2.0, 2.0, 12.0, 16.0),
    ));
    layout.zones.push(zone(
        "1-Z2",
        "1",
        "logistics",
        "Smart logistics",
        Rect::new(16.0, 2.0, 12.0, 16.0),
    ));
    layout.booths.push(booth(
        "1-001",
        "1",
        "technology",
        Rect::new(3.0, 6.0, 6.0, 6.0),
        BoothStatus::Sold,
        "阿里巴巴",
    ));
    layout.booths.push(booth(
        "1-002",
        "1",
        "technology",
        Rect::new(9.0, 6.0, 3.0, 3.0),
        BoothStatus::Reserved,
        "Acme Robotics",
    ));
    layout.booths.push(booth(
        "1-003",
        "1",
        "logistics",
        Rect::new(18.0, 6.0, 3.0, 3.0),
        BoothStatus::Available,
        "",
    ));
    layout.booths.push(booth(
        "1-004",
        "1",
        "logistics",
        Rect::new(21.0, 6.0, 6.0, 3.0),
        BoothStatus::Sold,
        "顺丰速运有限公司",
    ));
    layout
}

/// Exhibitor names to hand out, Chinese and Latin, short and long.
const EXHIBITORS: [&str; 8] = [
    "阿里巴巴",
    "Hikvision",
    "网易",
    "Cainiao Network Technology",
    "海康威视数字技术股份有限公司",
    "DHL Supply Chain",
    "字节跳动",
    "",
];

/// A block of `cols` × `rows` booths of `w` × `h` m at `(x, y)`, 3 m aisles between pairs of
/// rows, statuses and exhibitors cycling so every kind appears.
fn booth_block(
    layout: &mut Layout,
    hall: &str,
    theme: &str,
    origin: Point,
    cols: usize,
    rows: usize,
    size: (f64, f64),
) {
    let (w, h) = size;
    for row in 0..rows {
        for col in 0..cols {
            let n = layout.booths.len();
            let status = BoothStatus::ALL[(n * 7 + row) % 3];
            let exhibitor = if status == BoothStatus::Available {
                ""
            } else {
                EXHIBITORS[n % EXHIBITORS.len()]
            };
            let aisles = (row / 2) as f64 * 3.0;
            let r =
                Rect::new(origin.x_m + col as f64 * w, origin.y_m + row as f64 * h + aisles, w, h);
            layout.booths.push(booth(
                &format!("{hall}-{:03}", n + 1),
                hall,
                theme,
                r,
                status,
                exhibitor,
            ));
        }
    }
}

/// Three halls in four themes with columns, a few hundred booths: a realistic small fair.
pub fn three_halls() -> Layout {
    let mut layout = Layout {
        name: "Global Digital Trade Expo 2026 — 全球数字贸易博览会".into(),
        ..Layout::default()
    };
    let specs = [
        ("1A", "Hall 1A", Rect::new(0.0, 0.0, 90.0, 60.0), ["technology", "digital-content"]),
        ("1B", "Hall 1B", Rect::new(100.0, 0.0, 90.0, 60.0), ["logistics", "cross-border-trade"]),
        ("2", "Hall 2", Rect::new(0.0, 75.0, 190.0, 45.0), ["cross-border-trade", "technology"]),
    ];
    let names =
        ["Cloud & AI 云计算", "Digital media", "Smart logistics 智慧物流", "E-commerce 跨境电商"];
    for (i, (id, name, r, themes)) in specs.iter().enumerate() {
        layout.halls.push(hall(id, name, *r));
        let half = (r.width_m - 12.0) / 2.0;
        for (j, theme) in themes.iter().enumerate() {
            let zx = r.x_m + 4.0 + j as f64 * (half + 4.0);
            let zr = Rect::new(zx, r.y_m + 4.0, half, r.height_m - 8.0);
            layout.zones.push(zone(&format!("{id}-Z{}", j + 1), id, theme, names[(i + j) % 4], zr));
            let cols = ((half - 6.0) / 3.0) as usize;
            let rows = ((r.height_m - 16.0) / 3.0 * 2.0 / 3.0) as usize;
            let size = if j == 0 { (3.0, 3.0) } else { (6.0, 3.0) };
            let cols = if j == 0 { cols } else { cols / 2 };
            booth_block(
                &mut layout,
                id,
                theme,
                Point::new(zx + 3.0, r.y_m + 9.0),
                cols,
                rows,
                size,
            );
        }
        let mut c = 0;
        for cx in [r.x_m + r.width_m / 2.0] {
            for cy in [r.y_m + 2.0, r.max_y_m() - 2.0] {
                c += 1;
                layout.columns.push(Column::square(
                    format!("{id}-C{c}"),
                    *id,
                    Point::new(cx, cy),
                    1.0,
                ));
            }
        }
    }
    layout
}

//! `boothplan export --backgrounds`: the venue's drawing under the floor of PNG, PDF and SVG
//! sheets, where its calibration puts it. The oracle for the place is a booth: a drawing with a
//! red square calibrated onto known metres, and a booth standing on those metres in a second
//! layout, exported the same way, must land on the same pixels.

mod cli_support;
#[path = "../crates/boothplan-core/tests/pdf_support/mod.rs"]
#[expect(dead_code, reason = "the export tests place no password-protected PDF")]
mod pdf_support;

use std::path::{Path, PathBuf};

use boothplan_core::io::ron_file::layout_to_ron;
use boothplan_core::model::{
    Background, Booth, BoothStatus, Colour, Hall, Layout, Placement, Point, Rect,
};
use cli_support::{boothplan, debian};

/// The drawing: 400 × 300 pixels of white paper with a red square over pixels 150–190 across
/// and 100–140 down (its centre at pixel (170, 120)).
const IMAGE_PX: (u32, u32) = (400, 300);
const SQUARE_CENTRE_PX: (f64, f64) = (170.0, 120.0);

/// How the drawing is calibrated: 0.1 m a pixel, turned 30° clockwise, its corner at (5, -3).
fn placement() -> Placement {
    Placement { origin: Point::new(5.0, -3.0), m_per_px: 0.1, rotation_deg: 30.0 }
}

/// The drawing as a PNG file.
fn drawing_png() -> Vec<u8> {
    let (w, h) = IMAGE_PX;
    let mut rgb = Vec::with_capacity((w * h * 3) as usize);
    for v in 0..h {
        for u in 0..w {
            let red = (150..190).contains(&u) && (100..140).contains(&v);
            rgb.extend(if red { [255, 0, 0] } else { [255, 255, 255] });
        }
    }
    rgb_png((w, h), &rgb)
}

/// An RGB PNG file of `size` pixels.
fn rgb_png((w, h): (u32, u32), rgb: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, w, h);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.write_header().unwrap().write_image_data(rgb).unwrap();
    bytes
}

/// A 60 × 40 m hall with one blue theme; `booth` adds a sold 4 × 4 m booth centred where the
/// red square's centre lies on the venue.
fn hall_layout(booth: bool) -> Layout {
    let mut layout = Layout {
        halls: vec![Hall::new("1A", "Hall 1A", Rect::new(0.0, 0.0, 60.0, 40.0).corners().to_vec())],
        ..Layout::default()
    };
    layout.themes.truncate(1);
    layout.themes[0].colour = Colour::rgb(0, 0, 255);
    if booth {
        let centre = placement().venue_point(SQUARE_CENTRE_PX.0, SQUARE_CENTRE_PX.1);
        layout.booths.push(Booth {
            id: "1A-001".into(),
            hall: Some("1A".into()),
            theme: layout.themes[0].key.clone(),
            rect: Rect::new(centre.x_m - 2.0, centre.y_m - 2.0, 4.0, 4.0),
            status: BoothStatus::Sold,
            exhibitor: String::new(),
        });
    }
    layout
}

/// The drawing of hall 1A at `path` (relative to the layout), calibrated, fully opaque.
fn drawing(path: &str, visible: bool) -> Background {
    Background {
        path: path.into(),
        hall: Some("1A".into()),
        page: None,
        size_px: IMAGE_PX,
        placement: placement(),
        opacity: 1.0,
        visible,
        locked: true,
    }
}

/// A folder with `layout` saved as `fair.ron` and the drawing as `drawings/venue.png`.
fn saved(layout: &Layout) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("drawings")).unwrap();
    std::fs::write(dir.path().join("drawings/venue.png"), drawing_png()).unwrap();
    let file = dir.path().join("fair.ron");
    std::fs::write(&file, layout_to_ron(layout).unwrap()).unwrap();
    (dir, file)
}

/// A folder with the bare hall and its drawing (shown or hidden) saved as `fair.ron`.
fn saved_with_drawing(visible: bool) -> (tempfile::TempDir, PathBuf) {
    let mut layout = hall_layout(false);
    layout.backgrounds.push(drawing("drawings/venue.png", visible));
    saved(&layout)
}

/// Runs `export FILE -o OUT` with `extra`, asserting exit 0; returns stderr.
fn export(file: &Path, out: &Path, extra: &[&str]) -> String {
    let mut args: Vec<String> =
        vec!["export".into(), file.display().to_string(), "-o".into(), out.display().to_string()];
    args.extend(["--paper", "A4", "--width", "1400", "--date", "2026-05-20"].map(String::from));
    args.extend(extra.iter().map(|a| (*a).to_owned()));
    let run = boothplan(&args);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    run.stderr
}

/// The pixels of a PNG file: width and RGBA rows.
fn pixels(png_file: &Path) -> (usize, Vec<[u8; 4]>) {
    let decoder = png::Decoder::new(std::fs::File::open(png_file).unwrap());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.color_type, png::ColorType::Rgba);
    let rgba = buf[..info.buffer_size()].chunks_exact(4).map(|p| [p[0], p[1], p[2], p[3]]);
    (info.width as usize, rgba.collect())
}

/// The centre of the box around the pixels `keep` picks, or `None` when it picks none.
fn box_centre(
    width: usize,
    px: &[[u8; 4]],
    keep: impl Fn(usize, [u8; 4]) -> bool,
) -> Option<(f64, f64)> {
    let mut lo = (usize::MAX, usize::MAX);
    let mut hi = (0, 0);
    for (i, p) in px.iter().enumerate() {
        if keep(i, *p) {
            let (x, y) = (i % width, i / width);
            lo = (lo.0.min(x), lo.1.min(y));
            hi = (hi.0.max(x), hi.1.max(y));
        }
    }
    (lo.0 != usize::MAX).then(|| ((lo.0 + hi.0) as f64 / 2.0, (lo.1 + hi.1) as f64 / 2.0))
}

fn is_red(p: [u8; 4]) -> bool {
    p[0] > 200 && p[1] < 110 && p[2] < 110
}

fn is_blue(p: [u8; 4]) -> bool {
    p[2] > 150 && p[0] < 80 && p[1] < 80
}

#[test]
fn the_drawing_lands_where_a_booth_on_the_same_metres_lands() {
    let (dir, file) = saved_with_drawing(true);
    let out = dir.path().join("drawn.png");
    let stderr = export(&file, &out, &["--backgrounds"]);
    assert!(stderr.is_empty(), "no warning: {stderr}");
    let (width, drawn) = pixels(&out);
    let red = box_centre(width, &drawn, |_, p| is_red(p)).expect("the red square is on the sheet");

    // The booth on the same metres, in the same hall (so the same scale and place on paper).
    let (booth_dir, booth_file) = saved(&hall_layout(true));
    let booth_out = booth_dir.path().join("booth.png");
    export(&booth_file, &booth_out, &["--backgrounds"]);
    let (booth_width, with_booth) = pixels(&booth_out);
    assert_eq!(booth_width, width);
    // The booth's blue, where the sheet without it is not blue (the legend's swatch is in both).
    let blank = dir.path().join("blank.png");
    export(&file, &blank, &[]);
    let (_, without_booth) = pixels(&blank);
    let booth = box_centre(width, &with_booth, |i, p| is_blue(p) && !is_blue(without_booth[i]))
        .expect("the booth is on the sheet");
    assert!(
        (red.0 - booth.0).abs() <= 2.0 && (red.1 - booth.1).abs() <= 2.0,
        "the red square's centre {red:?} is the booth's centre {booth:?}"
    );
}

/// The same drawing as page 2 of a PDF (page 1 a blank 1-inch square): 400 × 300 pixels at 150
/// an inch is 192 × 144 points, the red square 40 pixels (19.2 points) a side, its top-left
/// corner at pixel (150, 100), that is (72, 144 − 48 − 19.2) points up from the bottom.
fn drawing_pdf() -> Vec<u8> {
    use pdf_support::{PdfPage, pdf_with_pages, red_rectangle};
    let red = red_rectangle(72.0, 144.0 - 48.0 - 19.2, 19.2, 19.2);
    pdf_with_pages(&[
        PdfPage { width_pt: 72.0, height_pt: 72.0, content: "" },
        PdfPage { width_pt: 192.0, height_pt: 144.0, content: &red },
    ])
}

#[test]
fn a_pdf_page_lands_where_the_same_drawing_as_png_lands() {
    let (dir, file) = saved_with_drawing(true);
    let out = dir.path().join("from-png.png");
    export(&file, &out, &["--backgrounds"]);
    let (width, from_png) = pixels(&out);
    let png_red = box_centre(width, &from_png, |_, p| is_red(p)).expect("the PNG's red square");

    let mut layout = hall_layout(false);
    layout.backgrounds.push(Background { page: Some(2), ..drawing("drawings/venue.pdf", true) });
    let (pdf_dir, pdf_file) = saved(&layout);
    std::fs::write(pdf_dir.path().join("drawings/venue.pdf"), drawing_pdf()).unwrap();
    let out = pdf_dir.path().join("from-pdf.png");
    let stderr = export(&pdf_file, &out, &["--backgrounds"]);
    assert!(stderr.is_empty(), "no warning: {stderr}");
    let (_, from_pdf) = pixels(&out);
    let pdf_red = box_centre(width, &from_pdf, |_, p| is_red(p)).expect("page 2's red square");
    assert!(
        (png_red.0 - pdf_red.0).abs() <= 2.0 && (png_red.1 - pdf_red.1).abs() <= 2.0,
        "page 2's red square {pdf_red:?} lands where the PNG's does {png_red:?}"
    );
}

#[test]
fn no_drawing_without_the_flag_or_when_hidden() {
    let (dir, file) = saved_with_drawing(true);
    let out = dir.path().join("plain.png");
    export(&file, &out, &[]);
    assert!(!pixels(&out).1.into_iter().any(is_red), "no drawing unless asked for");

    let (dir, file) = saved_with_drawing(false);
    let out = dir.path().join("hidden.png");
    let stderr = export(&file, &out, &["--backgrounds"]);
    assert!(stderr.is_empty(), "a hidden drawing is not read, so no warning: {stderr}");
    assert!(!pixels(&out).1.into_iter().any(is_red), "a hidden drawing stays out");
}

#[test]
fn a_drawing_larger_than_the_sheet_stays_inside_the_plan_area() {
    // 100 × 100 red pixels at 10 m a pixel: a kilometre square around the hall.
    let mut layout = hall_layout(false);
    let square =
        Placement { origin: Point::new(-470.0, -480.0), m_per_px: 10.0, rotation_deg: 0.0 };
    layout.backgrounds.push(Background {
        size_px: (100, 100),
        placement: square,
        ..drawing("drawings/red.png", true)
    });
    let (dir, file) = saved(&layout);
    std::fs::write(
        dir.path().join("drawings/red.png"),
        rgb_png((100, 100), &[255, 0, 0].repeat(10_000)),
    )
    .unwrap();
    let out = dir.path().join("clipped.png");
    export(&file, &out, &["--backgrounds"]);
    let (width, px) = pixels(&out);
    // A4 landscape, 1400 pixels for 297 mm. The plan area is the frame (8 mm in) less 6 mm
    // of padding: from 14 mm to 196 mm down, and from 14 mm to 219 mm across, 6 mm before
    // the legend's sidebar (64 mm wide). Outside it, up to the paper's edge, no red; a pixel
    // of slack for the edge's smoothing.
    let k = width as f64 / 297.0;
    let (left, top, right, bottom) = (14.0 * k, 14.0 * k, 219.0 * k, 196.0 * k);
    let red_at = |x: usize, y: usize| is_red(px[y * width + x]);
    let height = px.len() / width;
    assert!(red_at(width / 3, height / 2), "the drawing fills the plan area");
    assert!(red_at(left as usize + 2, top as usize + 2), "up to its corner");
    assert!(red_at(right as usize - 2, bottom as usize - 2), "and the opposite one");
    for y in 0..height {
        for x in 0..width {
            let (xf, yf) = (x as f64, y as f64);
            let outside =
                xf + 2.0 <= left || yf + 2.0 <= top || xf >= right + 1.0 || yf >= bottom + 1.0;
            assert!(!(outside && red_at(x, y)), "red at ({x}, {y}), outside the plan area");
        }
    }
}

#[test]
fn a_missing_drawing_is_left_out_with_a_warning_naming_it() {
    let mut layout = hall_layout(false);
    layout.backgrounds.push(drawing("drawings/gone.png", true));
    layout.backgrounds.push(drawing("drawings/venue.png", true));
    let (dir, file) = saved(&layout);
    let out = dir.path().join("partial.png");
    let stderr = export(&file, &out, &["--backgrounds"]);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one warning: {stderr}");
    assert!(lines[0].starts_with("warning: ") && lines[0].contains("gone.png"), "{stderr}");
    assert!(pixels(&out).1.into_iter().any(is_red), "the drawing that is there is drawn");
}

#[test]
fn a_pdf_sheet_embeds_the_drawing_once() {
    debian::ensure_answering("pdfimages", "-v", "poppler-utils");
    let (dir, file) = saved_with_drawing(true);
    let images = |extra: &[&str]| {
        let out = dir.path().join("hall.pdf");
        export(&file, &out, &[&["--hall", "1A"], extra].concat());
        let list = std::process::Command::new("pdfimages").arg("-list").arg(&out).output().unwrap();
        assert!(list.status.success(), "{}", String::from_utf8_lossy(&list.stderr));
        // Two header lines, then one line an image.
        let text = String::from_utf8(list.stdout).unwrap();
        text.lines().skip(2).map(str::to_owned).collect::<Vec<_>>()
    };
    let with = images(&["--backgrounds"]);
    assert_eq!(with.len(), 1, "one image: {with:?}");
    assert!(with[0].contains(" 400 ") && with[0].contains(" 300 "), "the drawing's size: {with:?}");
    assert!(images(&[]).is_empty(), "no image unless asked for");
}

/// The two halls under one venue-wide drawing
/// of 2000 × 1037 pixels of noise (it does not compress) at 0.27 m a pixel, from (-200, -120) m:
/// 540 × 280 m, far more than either hall.
fn two_halls_on_a_venue_scan() -> (tempfile::TempDir, PathBuf, (u32, u32)) {
    let size = (2000, 1037);
    let mut layout = two_halls();
    layout.backgrounds.push(Background {
        hall: None,
        size_px: size,
        placement: Placement {
            origin: Point::new(-200.0, -120.0),
            m_per_px: 0.27,
            rotation_deg: 0.0,
        },
        ..drawing("drawings/scan.png", true)
    });
    let (dir, file) = saved(&layout);
    let mut seed = 0x2545_f491_u32;
    let noise: Vec<u8> = (0..size.0 * size.1 * 3)
        .map(|_| {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (seed >> 24) as u8
        })
        .collect();
    std::fs::write(dir.path().join("drawings/scan.png"), rgb_png(size, &noise)).unwrap();
    (dir, file, size)
}

/// Two 60 × 40 m halls, A at the origin and B 80 m to its right.
fn two_halls() -> Layout {
    Layout {
        halls: vec![
            Hall::new("A", "Hall A", Rect::new(0.0, 0.0, 60.0, 40.0).corners().to_vec()),
            Hall::new("B", "Hall B", Rect::new(80.0, 0.0, 60.0, 40.0).corners().to_vec()),
        ],
        ..Layout::default()
    }
}

/// `pdfimages -list` of `pdf`: the page and pixel size of each image.
fn pdf_images(pdf: &Path) -> Vec<(usize, u32, u32)> {
    let list = std::process::Command::new("pdfimages").arg("-list").arg(pdf).output().unwrap();
    assert!(list.status.success(), "{}", String::from_utf8_lossy(&list.stderr));
    // Two header lines, then one line an image: page, num, type, width, height, …
    let text = String::from_utf8(list.stdout).unwrap();
    text.lines()
        .skip(2)
        .map(|line| {
            let cols: Vec<&str> = line.split_whitespace().collect();
            (cols[0].parse().unwrap(), cols[3].parse().unwrap(), cols[4].parse().unwrap())
        })
        .collect()
}

#[test]
fn each_pdf_page_carries_only_its_part_of_a_venue_wide_drawing() {
    debian::ensure_answering("pdfimages", "-v", "poppler-utils");
    let (dir, file, (w, h)) = two_halls_on_a_venue_scan();
    let out = dir.path().join("venue.pdf");
    export(&file, &out, &["--backgrounds"]);
    let images = pdf_images(&out);
    let pages: Vec<usize> = images.iter().map(|i| i.0).collect();
    assert_eq!(pages, [1, 2, 3], "one image on the overview and on each hall's page");
    for (page, iw, ih) in &images {
        // The overview's plan area (205 × 182 mm at 1:1000) covers about 760 × 675 of the
        // drawing's pixels, a hall's (at 1:500) about 380 × 340.
        assert!(iw * ih * 2 < w * h, "page {page}: {iw} × {ih} is a part of {w} × {h}");
    }
    // Those parts hold about a third of the drawing's pixels together; half of one copy of it
    // (three bytes a pixel) leaves room for the sheets themselves. Three copies would be six.
    let bytes = std::fs::metadata(&out).unwrap().len();
    let bound = u64::from(w * h) * 3 / 2;
    assert!(bytes < bound, "{bytes} bytes, more than {bound}");
}

#[test]
fn a_hall_with_no_drawing_under_it_keeps_its_full_floor() {
    // A red drawing over the corner of hall A (50 × 50 m from (-5, -5)), and one at opacity 0
    // over all of hall B: only hall A's floor fades.
    let mut layout = two_halls();
    let corner = Placement { origin: Point::new(-5.0, -5.0), m_per_px: 0.5, rotation_deg: 0.0 };
    layout.backgrounds = vec![
        Background {
            hall: None,
            size_px: (100, 100),
            placement: corner,
            ..drawing("drawings/red.png", true)
        },
        Background {
            hall: None,
            size_px: (100, 100),
            placement: Placement { origin: Point::new(75.0, -5.0), ..corner },
            opacity: 0.0,
            ..drawing("drawings/red.png", true)
        },
    ];
    let (dir, file) = saved(&layout);
    let red = rgb_png((100, 100), &[255, 0, 0].repeat(10_000));
    std::fs::write(dir.path().join("drawings/red.png"), red).unwrap();
    let (drawn, plain) = (dir.path().join("with.png"), dir.path().join("without.png"));
    export(&file, &drawn, &["--backgrounds"]);
    export(&file, &plain, &[]);
    let ((columns, with), (_, without)) = (pixels(&drawn), pixels(&plain));
    // The overview is at 1:1000, venue (0, 0) at (46.5, 85) mm, 1400 pixels for 297 mm: the
    // venue point (10, 5) m in hall A is pixel (266, 424), (90, 5) m in hall B is (643, 424).
    let at = |px: &[[u8; 4]], (x, y): (usize, usize)| px[y * columns + x];
    assert!(is_red(at(&with, (266, 424))), "the drawing shows through hall A's floor");
    assert_ne!(at(&without, (266, 424)), at(&with, (266, 424)));
    assert_eq!(at(&with, (643, 424)), at(&without, (643, 424)), "hall B's floor is whole");
}

#[test]
fn the_same_layout_gives_the_same_files_and_no_negative_zero() {
    // Not turned: the matrix's turn entries are zero, which full precision wrote as `-0`.
    let mut layout = two_halls();
    let still = Placement { origin: Point::new(-5.0, -5.0), m_per_px: 0.5, rotation_deg: 0.0 };
    layout.backgrounds.push(Background {
        hall: None,
        size_px: (100, 100),
        placement: still,
        ..drawing("drawings/red.png", true)
    });
    let (dir, file) = saved(&layout);
    let red = rgb_png((100, 100), &[255, 0, 0].repeat(10_000));
    std::fs::write(dir.path().join("drawings/red.png"), red).unwrap();
    for name in ["sheet.svg", "sheets.pdf"] {
        let runs: Vec<Vec<u8>> = (0..2)
            .map(|run| {
                let out = dir.path().join(format!("{run}-{name}"));
                export(&file, &out, &["--backgrounds"]);
                std::fs::read(out).unwrap()
            })
            .collect();
        assert!(runs[0] == runs[1], "{name}: the two runs differ");
    }
    let svg = std::fs::read_to_string(dir.path().join("0-sheet.svg")).unwrap();
    let image = svg.lines().find(|l| l.starts_with("<image ")).expect("the drawing");
    let numbers = image.split([' ', '"', '(', ')']);
    assert!(!numbers.clone().any(|n| n == "-0"), "no -0: {}", &image[..image.len().min(300)]);
    assert!(
        image.contains("matrix(0.5 0 0 0.5 "),
        "short factors written short: {}",
        &image[..300]
    );
}

#[test]
fn a_halls_sheet_leaves_out_the_drawing_of_another_hall() {
    // Hall B's drawing is red and covers both halls; hall A's is green, over its corner.
    let mut layout = two_halls();
    let everywhere =
        Placement { origin: Point::new(-50.0, -50.0), m_per_px: 5.0, rotation_deg: 0.0 };
    let corner = Placement { origin: Point::new(-5.0, -5.0), m_per_px: 0.5, rotation_deg: 0.0 };
    layout.backgrounds = vec![
        Background {
            hall: Some("B".into()),
            size_px: (100, 100),
            placement: everywhere,
            ..drawing("drawings/red.png", true)
        },
        Background {
            hall: Some("A".into()),
            size_px: (100, 100),
            placement: corner,
            ..drawing("drawings/green.png", true)
        },
    ];
    let (dir, file) = saved(&layout);
    std::fs::write(
        dir.path().join("drawings/red.png"),
        rgb_png((100, 100), &[255, 0, 0].repeat(10_000)),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("drawings/green.png"),
        rgb_png((100, 100), &[0, 200, 0].repeat(10_000)),
    )
    .unwrap();
    let is_green = |p: [u8; 4]| p[1] > 150 && p[0] < 80 && p[2] < 80;
    let hall_a = dir.path().join("hall-a.png");
    export(&file, &hall_a, &["--backgrounds", "--hall", "A"]);
    let (_, a) = pixels(&hall_a);
    assert!(a.iter().copied().any(is_green), "hall A's own drawing is on its sheet");
    assert!(!a.iter().copied().any(is_red), "hall B's drawing is not");
    let hall_b = dir.path().join("hall-b.png");
    export(&file, &hall_b, &["--backgrounds", "--hall", "B"]);
    let (_, b) = pixels(&hall_b);
    assert!(b.iter().copied().any(is_red), "hall B's sheet shows it");
    assert!(!b.iter().copied().any(is_green), "and not hall A's");
}

#[test]
fn older_svg_tools_find_the_image_and_other_formats_say_they_have_none() {
    let (dir, file) = saved_with_drawing(true);
    let out = dir.path().join("sheet.svg");
    export(&file, &out, &["--backgrounds"]);
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(svg.contains("xmlns:xlink=\"http://www.w3.org/1999/xlink\""), "declared");
    let image = svg.lines().find(|l| l.starts_with("<image ")).expect("the drawing");
    assert!(image.contains(" xlink:href=\"data:image/png;base64,"), "an SVG 1.1 link");

    for name in ["booths.csv", "map.html", "plan.geojson"] {
        let stderr = export(&file, &dir.path().join(name), &["--backgrounds"]);
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 1, "{name}: one warning: {stderr}");
        assert!(
            lines[0].starts_with("warning: ") && lines[0].contains("sheets only"),
            "{name}: {stderr}"
        );
        assert!(export(&file, &dir.path().join(name), &[]).is_empty(), "{name}: none unasked");
    }
}

#[test]
fn a_small_jpeg_travels_as_it_is_and_a_huge_image_is_cut_to_the_sheet() {
    let jpeg_fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/backgrounds/small-drawing.jpg");
    let jpeg = std::fs::read(jpeg_fixture).unwrap();
    // 6,500 pixels across at 0.1 m: 650 m, far wider than the sheet's plan area.
    let wide = (6500, 8);
    let huge = rgb_png(wide, &vec![90; (wide.0 * wide.1 * 3) as usize]);
    let mut layout = hall_layout(false);
    layout
        .backgrounds
        .push(Background { size_px: (40, 30), ..drawing("drawings/small.jpg", true) });
    layout.backgrounds.push(Background { size_px: wide, ..drawing("drawings/wide.png", true) });
    let (dir, file) = saved(&layout);
    std::fs::write(dir.path().join("drawings/small.jpg"), &jpeg).unwrap();
    std::fs::write(dir.path().join("drawings/wide.png"), &huge).unwrap();
    let out = dir.path().join("sheet.svg");
    export(&file, &out, &["--backgrounds"]);
    let svg = std::fs::read_to_string(&out).unwrap();
    assert_eq!(data_uri(&svg, "image/jpeg"), jpeg, "the JPEG's own bytes");
    let decoder = png::Decoder::new(std::io::Cursor::new(data_uri(&svg, "image/png")));
    let info = decoder.read_info().unwrap().info().clone();
    // The plan area of A4 at 1:500 is about 102 m across: 1,030 pixels or so, all 8 rows.
    assert!((1000..1100).contains(&info.width) && info.height == 8, "cut: {info:?}");
    let placed = format!("y=\"0\" width=\"{}\" height=\"8\"", info.width);
    assert!(svg.contains(&placed), "placed where the part lies in the drawing");

    // The fire marshal's sheet lies on the same drawings.
    let marshal = dir.path().join("marshal.svg");
    export(&file, &marshal, &["--backgrounds", "--sheet", "fire-marshal"]);
    let marshal = std::fs::read_to_string(&marshal).unwrap();
    assert!(marshal.contains("fire marshal</title>"), "a fire marshal's sheet");
    assert_eq!(data_uri(&marshal, "image/jpeg"), jpeg, "with the drawing under it");
}

/// The bytes of the first `data:MIME;base64,…` in `svg`.
fn data_uri(svg: &str, mime: &str) -> Vec<u8> {
    let start = svg.find(&format!("data:{mime};base64,")).expect("a data URI") + mime.len() + 13;
    let end = start + svg[start..].find('"').unwrap();
    base64_decode(&svg[start..end])
}

/// Standard base64, decoded by hand (the test's own oracle).
fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => panic!("not base64: {c}"),
    };
    let mut out = Vec::new();
    for chunk in text.as_bytes().chunks(4) {
        let digits: Vec<u8> = chunk.iter().filter(|&&c| c != b'=').map(|&c| value(c)).collect();
        let n =
            digits.iter().fold(0u32, |acc, &d| acc << 6 | u32::from(d)) << (6 * (4 - digits.len()));
        out.extend(&n.to_be_bytes()[1..digits.len()]);
    }
    out
}

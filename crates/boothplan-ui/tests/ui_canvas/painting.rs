//! What the canvas paints and exposes: labels by level of detail, the scale bar, red outlines,
//! booth tooltips, booths reachable by number, and the embedded fair fitted to view.

use super::*;

#[test]
fn booths_are_found_by_number_where_they_are_drawn() {
    let h = harness(layout(vec![
        booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0)),
        booth("1A-002", Rect::new(20.0, 10.0, 6.0, 3.0)),
    ]));
    let node = h.get_by_label("1A-002");
    let centre = at(&h, 23.0, 11.5);
    assert!(node.rect().contains(centre), "{:?} vs {centre:?}", node.rect());
    assert!(h.query_by_label("1A-003").is_none());
}

#[test]
fn labels_appear_only_when_they_fit() {
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0))]));
    // Fitted, the hall shows its name and area.
    let texts = painted_texts(&h);
    assert!(texts.contains(&"Hall 1A  ·  2,400 m²".to_owned()), "{texts:?}");

    // Zoomed far out a 3 m booth is a few points wide: no number, and no hall name either.
    h.state_mut().0.zoom_by(0.05);
    h.run();
    let texts = painted_texts(&h);
    assert!(!texts.iter().any(|t| t == "1A-001" || t.starts_with("Hall 1A")), "{texts:?}");

    // Zoomed in on the booth, its number and exhibitor are painted.
    h.state_mut().0.zoom_to(Rect::new(9.0, 9.0, 5.0, 5.0));
    h.run();
    let texts = painted_texts(&h);
    assert!(texts.contains(&"1A-001".to_owned()), "{texts:?}");
    assert!(texts.contains(&"Acme".to_owned()), "{texts:?}");
}

#[test]
fn zoomed_in_a_booth_carries_a_mark_of_its_type() {
    // A lone booth is an island (`I`); two booths side by side are peninsulas (`P`).
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 6.0, 6.0))]));
    h.state_mut().0.zoom_to(Rect::new(9.0, 9.0, 8.0, 8.0));
    h.run();
    let texts = painted_texts(&h);
    assert!(texts.contains(&"I".to_owned()), "{texts:?}");
    assert!(!texts.contains(&"P".to_owned()), "{texts:?}");
    let mut h = harness(layout(vec![
        booth("1A-001", Rect::new(10.0, 10.0, 6.0, 6.0)),
        booth("1A-002", Rect::new(16.0, 10.0, 6.0, 6.0)),
    ]));
    h.state_mut().0.zoom_to(Rect::new(9.0, 9.0, 14.0, 8.0));
    h.run();
    let texts = painted_texts(&h);
    assert_eq!(texts.iter().filter(|t| *t == "P").count(), 2, "{texts:?}");
    assert!(!texts.contains(&"I".to_owned()), "{texts:?}");
}

#[test]
fn the_scale_bar_shows_a_round_length() {
    let mut h = harness(layout(Vec::new()));
    h.state_mut().0.zoom_to(Rect::new(0.0, 0.0, 60.0, 40.0));
    h.run();
    let ppm = h.state().0.points_per_m();
    let len = boothplan_ui::canvas::round_length_m(ppm, 160.0);
    let texts = painted_texts(&h);
    assert!(texts.contains(&boothplan_ui::canvas::format_length(len)), "{texts:?} at {ppm}");
}

/// The red outline follows the overlapping booths' own edges, on both of them.
#[test]
fn overlapping_booths_are_outlined_in_red() {
    use boothplan_ui::theme_tokens::ERROR_OUTLINE;
    let clean = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0))]));
    assert!(points_coloured(&clean, ERROR_OUTLINE.color).is_empty());

    let rects = [Rect::new(10.0, 10.0, 3.0, 3.0), Rect::new(11.0, 10.0, 3.0, 3.0)];
    let overlapping = harness(layout(vec![booth("1A-001", rects[0]), booth("1A-002", rects[1])]));
    let view = overlapping.state().0.screen_from_world();
    let on_screen = rects.map(|r| view.screen_rect(&r));
    let red = points_coloured(&overlapping, ERROR_OUTLINE.color);
    // Within a few points of a booth's edge: the outline's stroke lies along it.
    let near_edge = |p: egui::Pos2, r: egui::Rect| {
        let reach = 4.0;
        r.expand(reach).contains(p) && !r.shrink(reach).contains(p)
    };
    assert!(!red.is_empty(), "the overlap is outlined");
    for p in &red {
        assert!(on_screen.iter().any(|r| near_edge(*p, *r)), "{p:?} is on neither booth's edge");
    }
    for r in on_screen {
        for corner in [r.left_top(), r.right_top(), r.left_bottom(), r.right_bottom()] {
            let outlined = red.iter().any(|p| p.distance(corner) < 4.0);
            assert!(outlined, "the corner {corner:?} of {r:?} is outlined");
        }
    }
}

#[test]
fn hovering_a_booth_tells_its_number_exhibitor_status_and_size() {
    let mut h = harness(layout(vec![booth("1A-001", Rect::new(10.0, 10.0, 3.0, 6.0))]));
    h.hover_at(at(&h, 11.0, 12.0));
    h.run();
    let texts = painted_texts(&h);
    assert!(texts.iter().any(|t| t == "sold, 3 × 6 m (18 m²)"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "Acme"), "{texts:?}");
}

#[test]
fn the_tooltip_names_the_findings_of_the_booth() {
    let mut h = harness(layout(vec![
        booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0)),
        booth("1A-002", Rect::new(11.0, 10.0, 3.0, 3.0)),
    ]));
    h.hover_at(at(&h, 10.5, 11.0));
    h.run();
    let texts = painted_texts(&h);
    assert!(texts.iter().any(|t| t.starts_with("error (booth-overlap): ")), "{texts:?}");
    // Each closes a side of the other: three open sides each.
    assert!(texts.contains(&"peninsula (3 open sides)".to_owned()), "{texts:?}");
}

#[test]
fn the_default_fair_fitted_shows_every_hall_with_its_area() {
    let layout = boothplan_core::io::ron_file::parse_layout(
        boothplan_core::io::DEFAULT_LAYOUT_RON,
        std::path::Path::new("gdte-hangzhou.ron"),
    )
    .expect("the embedded layout parses");
    let doc = Document::new(layout.clone(), None);
    let mut h = Harness::builder().with_size(vec2(1000.0, 700.0)).build_ui_state(
        |ui, (canvas, doc): &mut State| {
            canvas.ui(ui, doc);
        },
        (Canvas::default(), doc),
    );
    // Exhibitor names are Chinese when zoomed in, as in the window.
    boothplan_ui::fonts::install(&h.ctx);
    h.run();
    let texts = painted_texts(&h);
    assert_eq!(layout.halls.len(), 7);
    for hall in &layout.halls {
        let area = boothplan_ui::canvas::format_area_m2(hall.area_m2());
        let title = format!("{}  ·  {area}", hall.name);
        assert!(texts.contains(&title), "{title} missing from {texts:?}");
    }
    assert_names_clear_of_booths(&h, &layout);

    // Zoomed into one hall: its zones are named, and still no name covers a booth.
    let hall_2c = layout.hall("2C").and_then(boothplan_core::model::Hall::bounds).unwrap();
    h.state_mut().0.zoom_to(hall_2c);
    h.run();
    let texts = painted_texts(&h);
    assert!(texts.iter().any(|t| t == "Global Brands Pavilion"), "{texts:?}");
    assert_names_clear_of_booths(&h, &layout);
}

/// No hall or zone name painted in the last frame covers any part of a booth, and none
/// crosses a hall's wall.
fn assert_names_clear_of_booths(h: &Harness<'_, State>, layout: &Layout) {
    let view = h.state().0.screen_from_world();
    let names: Vec<String> = layout
        .zones
        .iter()
        .map(|z| z.name.clone())
        .chain(layout.halls.iter().map(|h| h.name.clone()))
        .collect();
    let mut checked = 0;
    for clipped in &h.output().shapes {
        let egui::Shape::Text(text) = &clipped.shape else { continue };
        let content = text.galley.text();
        if !names.iter().any(|n| content == n || content.starts_with(&format!("{n}  ·"))) {
            continue;
        }
        checked += 1;
        let label = egui::Rect::from_min_size(text.pos, text.galley.size());
        for booth in &layout.booths {
            let r = view.screen_rect(&booth.rect);
            let shared = r.intersect(label);
            assert!(
                !(shared.width() > 0.0 && shared.height() > 0.0),
                "{content:?} at {label:?} covers booth {} at {r:?}",
                booth.id
            );
        }
        for hall in &layout.halls {
            let b = view.screen_rect(&hall.bounds().unwrap());
            let inside = b.contains_rect(label);
            let shared = b.intersect(label);
            assert!(
                inside || !(shared.width() > 0.0 && shared.height() > 0.0),
                "{content:?} at {label:?} crosses the walls of {}",
                hall.id
            );
        }
    }
    assert!(checked > 0, "no name was painted");
}

/// A sold booth shows its theme's colour as the file gives it; a reserved one of the same
/// theme looks different, and the same once it is sold.
#[test]
fn booths_show_their_sales_status() {
    use boothplan_core::model::BoothStatus;
    let with_status = |id: &str, x_m: f64, status| boothplan_core::model::Booth {
        status,
        ..booth(id, Rect::new(x_m, 10.0, 3.0, 3.0))
    };
    let l = layout(vec![
        with_status("1A-001", 10.0, BoothStatus::Sold),
        with_status("1A-002", 16.0, BoothStatus::Reserved),
    ]);
    let theme = l.theme("technology").expect("default theme").colour;
    let mut h = harness(l);
    h.state_mut().0.show_legend = false;
    h.run();
    let shown = |h: &Harness<'_, State>, x_m: f64| {
        let centre = h.state().0.screen_from_world().screen_pos(Point::new(x_m + 1.5, 11.5));
        colour_at(h, centre).expect("a booth is painted there")
    };
    let (sold, reserved) = (shown(&h, 10.0), shown(&h, 16.0));
    assert_eq!((sold.r(), sold.g(), sold.b()), (theme.r, theme.g, theme.b), "{sold:?}");
    assert_ne!(reserved, sold);

    // Selling the reserved booth repaints it as the other sold one.
    h.state_mut().1.set_field(&[ObjectRef::booth(1)], &FieldValue::Status(BoothStatus::Sold));
    h.run();
    assert_eq!(shown(&h, 16.0), sold);
}

/// Two sold booths of one theme side by side stay two booths at every zoom: a darker border
/// near, a hair of floor between them far away.
#[test]
fn neighbouring_sold_booths_of_one_theme_never_merge_into_a_block() {
    let l = layout(vec![
        booth("1A-001", Rect::new(10.0, 10.0, 3.0, 3.0)),
        booth("1A-002", Rect::new(13.0, 10.0, 3.0, 3.0)),
    ]);
    let mut h = harness(l);
    // Only the booths: the legend's swatches are drawn the same way.
    h.state_mut().0.show_legend = false;
    h.run();
    let view = *h.state().0.screen_from_world();
    let fill = colour_at(&h, view.screen_pos(Point::new(11.5, 11.5))).expect("booth 1A-001");
    // Just inside the edge the two booths share, on each side: a darker border, not the fill.
    let edge = view.screen_pos(Point::new(13.0, 11.5));
    for dx in [-0.5, 0.5] {
        let border = colour_at(&h, edge + vec2(dx, 0.0)).expect("a border");
        let darkness = |c: egui::Color32| u32::from(c.r()) + u32::from(c.g()) + u32::from(c.b());
        assert!(darkness(border) < darkness(fill), "{border:?} on {fill:?} at {dx}");
    }

    for zoom in [0.06, 0.1] {
        h.state_mut().0.zoom_by(zoom);
        h.run();
        // Far away each booth is one patch: the first ends before the second begins.
        let view = *h.state().0.screen_from_world();
        let fill = colour_at(&h, view.screen_pos(Point::new(11.5, 11.5))).expect("booth 1A-001");
        let mut xs: Vec<f32> = points_coloured(&h, fill).iter().map(|p| p.x).collect();
        xs.sort_by(f32::total_cmp);
        assert_eq!(xs.len(), 8, "two plain patches at zoom {zoom}");
        assert!(xs[3] < xs[4], "the patches touch at zoom {zoom}: {xs:?}");
        let (first, second) = (
            view.screen_rect(&Rect::new(10.0, 10.0, 3.0, 3.0)),
            view.screen_rect(&Rect::new(13.0, 10.0, 3.0, 3.0)),
        );
        assert!(xs[0] >= first.left() - 0.5 && xs[7] <= second.right() + 0.5, "{xs:?}");
        h.state_mut().0.zoom_by(1.0 / zoom);
    }
}

/// A reserved booth is never drawn in a theme's colour, so it cannot be read as another theme.
#[test]
fn reserved_booths_are_never_filled_with_a_theme_colour() {
    use boothplan_core::model::BoothStatus;
    let mut l = layout(Vec::new());
    l.booths = (0_u32..)
        .zip(&l.themes)
        .map(|(i, theme)| boothplan_core::model::Booth {
            theme: theme.key.clone(),
            status: BoothStatus::Reserved,
            ..booth(&format!("1A-{i:03}"), Rect::new(2.0 + 4.0 * f64::from(i), 10.0, 3.0, 3.0))
        })
        .collect();
    assert!(l.booths.len() > 1, "one reserved booth per theme");
    let themes: Vec<(u8, u8, u8)> =
        l.themes.iter().map(|t| (t.colour.r, t.colour.g, t.colour.b)).collect();
    let booths = l.booths.clone();
    let mut h = harness(l);
    h.state_mut().0.show_legend = false;
    h.run();
    for b in &booths {
        let centre = h.state().0.screen_from_world().screen_pos(b.rect.centre());
        let c = colour_at(&h, centre).expect("the booth is painted");
        assert!(
            !themes.contains(&(c.r(), c.g(), c.b())),
            "{} is filled with a theme colour {c:?}",
            b.id
        );
    }
}

/// A U-shaped hall: its title never lies across the notch between its arms (outside the
/// walls), although all four corners of such a place would be on the floor.
#[test]
fn a_hall_title_does_not_cross_the_notch_of_a_u_shaped_hall() {
    let mut l = layout(vec![
        booth("1A-001", Rect::new(1.0, 1.0, 6.0, 3.0)),
        booth("1A-002", Rect::new(53.0, 1.0, 6.0, 3.0)),
    ]);
    l.halls[0].outline = [
        (0.0, 0.0),
        (28.0, 0.0),
        (28.0, 30.0),
        (32.0, 30.0),
        (32.0, 0.0),
        (60.0, 0.0),
        (60.0, 40.0),
        (0.0, 40.0),
    ]
    .iter()
    .map(|&(x, y)| Point::new(x, y))
    .collect();
    let h = harness(l);
    let view = h.state().0.screen_from_world();
    let notch = view.screen_rect(&Rect::new(28.0, 0.0, 4.0, 30.0));
    let mut seen = false;
    for clipped in &h.output().shapes {
        let egui::Shape::Text(text) = &clipped.shape else { continue };
        if !text.galley.text().starts_with("Hall 1A") {
            continue;
        }
        seen = true;
        let label = egui::Rect::from_min_size(text.pos, text.galley.size());
        let shared = label.intersect(notch);
        assert!(
            !(shared.width() > 0.0 && shared.height() > 0.0),
            "the hall title at {label:?} lies across the notch {notch:?}, outside the walls"
        );
    }
    assert!(seen, "the title found a place on the floor or outside the hall");
}

/// A fair of tens of thousands of booths seen whole is drawn as block fills: far fewer quads
/// than booths, yet the middle of every booth shows its own colour.
#[test]
fn a_huge_fair_seen_whole_is_drawn_as_block_fills_in_the_booths_colours() {
    use boothplan_core::model::BoothStatus;
    let layout = boothplan_core::sample::synthetic(30_000, 7);
    assert!(layout.booths.len() > boothplan_ui::canvas::BLOCK_FILLS_FROM);
    let mut h = harness(layout.clone());
    h.state_mut().0.show_legend = false;
    h.run();
    // Fitted, booths a point or so wide: far fewer quads than booths.
    assert!(booth_quads(&h).len() < layout.booths.len() / 2, "{} quads", booth_quads(&h).len());

    // Three times closer, booths a few points wide: the middle of each shows its own colour.
    h.state_mut().0.zoom_by(3.0);
    h.run();
    let quads = booth_quads(&h);
    let view = h.state().0.screen_from_world();
    // The oracle is the frame itself: a sold booth shows its theme's colour as the file gives
    // it, and booths of one theme and status all show one colour, another status another.
    let mut seen: std::collections::HashMap<(String, BoothStatus), egui::Color32> =
        std::collections::HashMap::new();
    let mut checked = 0;
    for b in layout.booths.iter().step_by(331) {
        // Booths that share no area with another (the synthetic fair has a few overlaps).
        let alone = layout
            .booths
            .iter()
            .filter(|o| o.rect.x_m < b.rect.max_x_m() && b.rect.x_m < o.rect.max_x_m())
            .filter(|o| o.rect.y_m < b.rect.max_y_m() && b.rect.y_m < o.rect.max_y_m())
            .count()
            == 1;
        let on_screen = view.screen_rect(&b.rect);
        let centre = on_screen.center();
        if !alone || !view.screen().shrink(4.0).contains(centre) {
            continue;
        }
        assert!(on_screen.width().min(on_screen.height()) < 4.0, "drawn as a block fill");
        let shown = quads.iter().find(|(r, _)| r.contains(centre)).map(|(_, c)| *c);
        let shown = shown.unwrap_or_else(|| panic!("booth {} at {on_screen:?} not painted", b.id));
        if b.status == BoothStatus::Sold {
            let theme = layout.theme(&b.theme).unwrap().colour;
            assert_eq!((shown.r(), shown.g(), shown.b()), (theme.r, theme.g, theme.b), "{}", b.id);
        }
        let same = *seen.entry((b.theme.clone(), b.status)).or_insert(shown);
        assert_eq!(shown, same, "booth {} is not coloured as its kind", b.id);
        checked += 1;
    }
    for ((theme, status), colour) in &seen {
        for ((other_theme, other_status), other) in &seen {
            if theme == other_theme && status != other_status {
                assert_ne!(colour, other, "{theme}: {status:?} and {other_status:?} look alike");
            }
        }
    }
    assert!(checked > 10, "only {checked} booths checked");
}

/// The quads of the frame's booth layer (its biggest mesh), with their colours.
fn booth_quads(h: &Harness<'_, State>) -> Vec<(egui::Rect, egui::Color32)> {
    let booths_mesh = h
        .output()
        .shapes
        .iter()
        .filter_map(|c| match &c.shape {
            egui::Shape::Mesh(m) => Some(m.clone()),
            _ => None,
        })
        .max_by_key(|m| m.vertices.len())
        .unwrap();
    booths_mesh
        .vertices
        .chunks(4)
        .map(|q| {
            let corners: Vec<egui::Pos2> = q.iter().map(|v| v.pos).collect();
            (egui::Rect::from_points(&corners), q[0].color)
        })
        .collect()
}

/// In the legend (and the summary's sales bar, which uses the same colours) every status is
/// told apart at a glance: no two status swatches are filled with near-identical colours.
#[test]
fn the_status_swatches_differ_at_a_glance() {
    use boothplan_core::model::BoothStatus;
    use boothplan_ui::theme_tokens::{LEGEND_STATUS_INK, booth_fill};
    let fills: Vec<(BoothStatus, egui::Color32)> =
        BoothStatus::ALL.iter().map(|&s| (s, booth_fill(s, LEGEND_STATUS_INK))).collect();
    for (i, (a, ca)) in fills.iter().enumerate() {
        for (b, cb) in &fills[i + 1..] {
            let d: i32 = [ca.r(), ca.g(), ca.b()]
                .iter()
                .zip([cb.r(), cb.g(), cb.b()])
                .map(|(x, y)| (i32::from(*x) - i32::from(y)).abs())
                .sum();
            assert!(d >= 60, "{a:?} {ca:?} and {b:?} {cb:?} look alike (distance {d})");
        }
    }
}

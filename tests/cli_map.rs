//! `boothplan export -o map.html` opened in a real browser (headless Chromium from Debian, driven
//! over the `DevTools` protocol): deep links, search in Chinese and Latin, a click on a booth, the
//! wheel, a drag and the hall tabs, with no request leaving the page; text from the layout that
//! looks like markup stays text; `--public` leaves out prices and unsold exhibitors.

mod cli_support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use boothplan_core::io::ron_file::{layout_to_ron, load_layout};
use boothplan_core::model::{BoothStatus, Exit, Layout, Point, Pricing};
use cli_support::chromium::{Browser, url_of};
use cli_support::{boothplan, default_layout};
use serde_json::Value;

/// The default fair with a price list, so that cards and the file carry prices, and a door in
/// the middle of each hall's first wall.
fn priced_fair() -> Layout {
    let mut layout = load_layout(&default_layout()).unwrap();
    let doors: Vec<Exit> = layout
        .halls
        .iter()
        .map(|hall| {
            let (a, b) = (hall.outline[0], hall.outline[1]);
            let (dx, dy) = (b.x_m - a.x_m, b.y_m - a.y_m);
            let length = dx.hypot(dy);
            let (ux, uy) = (dx / length, dy / length);
            let (mx, my) = (a.x_m + dx / 2.0, a.y_m + dy / 2.0);
            Exit {
                id: format!("{}-E1", hall.id),
                hall: Some(hall.id.clone()),
                from: Point::new(mx - ux, my - uy),
                to: Point::new(mx + ux, my + uy),
            }
        })
        .collect();
    layout.exits = doors;
    let mut pricing = Pricing { currency: "CNY".into(), ..Pricing::default() };
    for theme in &layout.themes {
        pricing.per_m2.insert(theme.key.clone(), 1_200.0);
    }
    layout.pricing = Some(pricing);
    layout
}

fn write_layout(dir: &Path, layout: &Layout) -> PathBuf {
    let path = dir.join("fair.ron");
    std::fs::write(&path, layout_to_ron(layout).unwrap()).unwrap();
    path
}

fn export(layout: &Path, out: &Path, extra: &[&str]) -> String {
    let mut args = vec!["export".into(), layout.as_os_str().to_owned(), "-o".into()];
    args.push(out.as_os_str().to_owned());
    args.extend(extra.iter().map(Into::into));
    let run = boothplan(args);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    std::fs::read_to_string(out).unwrap()
}

/// `text` with everything but letters and digits percent-encoded, as a link carries it.
fn percent_encoded(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() { char::from(b).to_string() } else { format!("%{b:02X}") }
        })
        .collect()
}

/// The card's number and its rows as text, or `None` while the card is hidden.
fn card(browser: &mut Browser) -> Option<(String, String)> {
    let value = browser.eval(
        "(() => { const c = document.getElementById('booth-card'); return c.hidden ? null : \
         [document.getElementById('card-number').textContent, c.textContent]; })()",
    );
    let parts = value.as_array()?;
    Some((parts[0].as_str()?.to_owned(), parts[1].as_str()?.to_owned()))
}

/// The ids of the booths the search highlights.
fn hits(browser: &mut Browser) -> BTreeSet<String> {
    let value = browser.eval(
        "[...document.querySelectorAll('.booth.hit')].map(e => e.getAttribute('data-booth'))",
    );
    value.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect()
}

/// A booth's box on screen, `[x, y, width, height]` in CSS pixels.
fn screen_box(browser: &mut Browser, id: &str) -> [f64; 4] {
    let id = serde_json::to_string(id).unwrap();
    let value = browser.eval(&format!(
        "(() => {{ const r = [...document.querySelectorAll('[data-booth]')].find(e => \
         e.getAttribute('data-booth') === {id}).getBoundingClientRect(); \
         return [r.x, r.y, r.width, r.height]; }})()"
    ));
    let v: Vec<f64> = value.as_array().unwrap().iter().map(|n| n.as_f64().unwrap()).collect();
    [v[0], v[1], v[2], v[3]]
}

fn map_box(browser: &mut Browser) -> [f64; 4] {
    let value = browser.eval(
        "(() => { const r = document.getElementById('map').getBoundingClientRect(); \
         return [r.x, r.y, r.width, r.height]; })()",
    );
    let v: Vec<f64> = value.as_array().unwrap().iter().map(|n| n.as_f64().unwrap()).collect();
    [v[0], v[1], v[2], v[3]]
}

fn view_box(browser: &mut Browser) -> Vec<f64> {
    let value = browser.eval("document.getElementById('map').getAttribute('viewBox')");
    value.as_str().unwrap().split(' ').map(|n| n.parse().unwrap()).collect()
}

/// Booths whose number or exhibitor contains `query`, ignoring case: the oracle for search.
fn expected_matches(layout: &Layout, query: &str) -> BTreeSet<String> {
    let q = query.to_lowercase();
    layout
        .booths
        .iter()
        .filter(|b| b.id.to_lowercase().contains(&q) || b.exhibitor.to_lowercase().contains(&q))
        .map(|b| b.id.clone())
        .collect()
}

/// The priced fair exported as the planner's map, in a scratch folder kept alive by the first
/// value.
fn exported_priced_fair() -> (tempfile::TempDir, Layout, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let layout = priced_fair();
    let out = dir.path().join("map.html");
    export(&write_layout(dir.path(), &layout), &out, &[]);
    (dir, layout, out)
}

#[test]
fn deep_links_and_searches_open_the_map_as_sent_without_the_network() {
    let (dir, layout, out) = exported_priced_fair();
    let url = url_of(&out);
    let mut browser = Browser::launch();

    // A link to one booth opens with that booth's card, the booth in the middle of the map.
    let chinese = layout
        .booths
        .iter()
        .find(|b| b.status == BoothStatus::Sold && b.exhibitor.chars().any(|c| c > '\u{2E80}'))
        .unwrap();
    browser.open(&format!("{url}#booth={}", percent_encoded(&chinese.id)));
    let (number, text) = card(&mut browser).expect("the card is open");
    assert_eq!(number, chinese.id);
    let hall = layout.hall(chinese.hall.as_deref().unwrap()).unwrap();
    for shown in [hall.name.as_str(), chinese.exhibitor.as_str(), "Sold", " CNY", "m²"] {
        assert!(text.contains(shown), "{shown:?} on the card: {text}");
    }
    let [x, y, w, h] = screen_box(&mut browser, &chinese.id);
    let [mx, my, mw, mh] = map_box(&mut browser);
    assert!((x + w / 2.0 - (mx + mw / 2.0)).abs() < 2.0, "centred across");
    assert!((y + h / 2.0 - (my + mh / 2.0)).abs() < 2.0, "centred down");
    assert!(w > 20.0, "zoomed in on the booth: {w} px wide");

    // Every exit is drawn as a door: its opening on the wall and a leaf swinging into its hall.
    let doors = browser.eval("[document.querySelectorAll('#exits .exit').length, \
         [...document.querySelectorAll('#exits .door')].map(d => d.getBBox()).map(b => [b.x, b.y, b.width, b.height])]");
    assert_eq!(doors[0], Value::from(layout.exits.len()));
    for (exit, leaf) in layout.exits.iter().zip(doors[1].as_array().unwrap()) {
        let hall = layout.hall(exit.hall.as_deref().unwrap()).unwrap().bounds().unwrap();
        let [x, y, w, h] = [0, 1, 2, 3].map(|i| leaf[i].as_f64().unwrap());
        let (cx, cy) = (x + w / 2.0, y + h / 2.0);
        assert!(hall.contains_point(Point::new(cx, cy)), "{} swings into its hall", exit.id);
        assert!((w.max(h) - exit.width_m()).abs() < 0.01, "{} leaf as wide as the door", exit.id);
    }

    // A link with a search in Chinese highlights exactly the booths that match.
    let query: String = chinese.exhibitor.chars().take(2).collect();
    browser.open(&format!("{url}#q={}", percent_encoded(&query)));
    let expected = expected_matches(&layout, &query);
    assert!(!expected.is_empty());
    assert_eq!(hits(&mut browser), expected, "search for {query}");
    let typed = browser.eval("document.getElementById('search').value");
    assert_eq!(typed, Value::from(query.clone()));
    // Latin search ignores case: `1a-00` finds `1A-001`…
    browser.open(&format!("{url}#q=1a-00"));
    assert_eq!(hits(&mut browser), expected_matches(&layout, "1A-00"));
    assert_eq!(browser.requests_besides(&out), Vec::<String>::new(), "no request leaves the map");
    drop(dir);
}

#[test]
fn clicks_wheel_drag_pinch_tabs_and_filters_work_as_a_visitor_uses_them() {
    let (dir, layout, out) = exported_priced_fair();
    let mut browser = Browser::launch();
    let [mx, my, mw, mh] = {
        browser.open(&url_of(&out));
        map_box(&mut browser)
    };

    // A click on a booth opens its card and puts its link in the address bar.
    assert_eq!(card(&mut browser), None);
    let target = layout.booths.iter().max_by(|a, b| a.rect.area_m2().total_cmp(&b.rect.area_m2()));
    let target = target.unwrap();
    let [x, y, w, h] = screen_box(&mut browser, &target.id);
    assert!(w > 4.0 && h > 4.0, "big enough to click: {w}×{h}");
    browser.click(x + w / 2.0, y + h / 2.0);
    assert_eq!(card(&mut browser).map(|c| c.0), Some(target.id.clone()));
    let hash = browser.eval("decodeURIComponent(location.hash)");
    assert_eq!(hash, Value::from(format!("#booth={}", target.id)));

    // The wheel zooms about the pointer, a drag pans and does not count as a click.
    let before = view_box(&mut browser);
    browser.wheel(mx + mw / 2.0, my + mh / 2.0, -300.0);
    let zoomed = view_box(&mut browser);
    assert!(zoomed[2] < before[2] * 0.9, "wheel zooms in: {before:?} → {zoomed:?}");
    browser.drag((mx + 200.0, my + 200.0), (mx + 350.0, my + 260.0));
    let panned = view_box(&mut browser);
    assert!(panned[0] < zoomed[0] && panned[1] < zoomed[1], "{zoomed:?} → {panned:?}");
    assert_eq!(card(&mut browser).map(|c| c.0), Some(target.id.clone()), "a drag is no click");
    // Two fingers spread from 60 to 240 px apart zoom in four times about their middle.
    let centre = (mx + mw / 2.0, my + mh / 2.0);
    let before = view_box(&mut browser);
    browser.pinch(centre, 60.0, 240.0);
    let pinched = view_box(&mut browser);
    assert!((before[2] / pinched[2] - 4.0).abs() < 0.2, "{before:?} → {pinched:?}");
    let middle = |v: &[f64]| (v[0] + v[2] / 2.0, v[1] + v[3] / 2.0);
    let (was, now) = (middle(&before), middle(&pinched));
    assert!((was.0 - now.0).abs() < before[2] * 0.01 && (was.1 - now.1).abs() < before[3] * 0.01);

    // A hall's tab brings the whole hall into view.
    let last = layout.halls.last().unwrap();
    let tab = browser.eval(&format!(
        "(() => {{ const t = [...document.querySelectorAll('.tab')].find(b => b.textContent === \
         {}).getBoundingClientRect(); return [t.x + t.width / 2, t.y + t.height / 2]; }})()",
        serde_json::to_string(&last.name).unwrap()
    ));
    browser.click(tab[0].as_f64().unwrap(), tab[1].as_f64().unwrap());
    for booth in layout.booths.iter().filter(|b| b.hall.as_deref() == Some(last.id.as_str())) {
        let [x, y, w, h] = screen_box(&mut browser, &booth.id);
        assert!(x >= mx && y >= my && x + w <= mx + mw && y + h <= my + mh, "{} in view", booth.id);
    }

    // Unticking "Sold" in the legend fades exactly the sold booths; ticking it brings them back.
    let tick = browser.eval(
        "(() => { const r = [...document.querySelectorAll('#filter-status label')].find(l => \
         l.querySelector('.name').textContent === 'Sold').querySelector('input')\
         .getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()",
    );
    let (tx, ty) = (tick[0].as_f64().unwrap(), tick[1].as_f64().unwrap());
    browser.click(tx, ty);
    let faded = browser.eval(
        "[...document.querySelectorAll('.booth.off')].map(e => e.getAttribute('data-booth'))",
    );
    let faded: BTreeSet<String> =
        faded.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect();
    let sold: BTreeSet<String> = layout
        .booths
        .iter()
        .filter(|b| b.status == BoothStatus::Sold)
        .map(|b| b.id.clone())
        .collect();
    assert_eq!(faded, sold);
    browser.click(tx, ty);
    assert_eq!(browser.eval("document.querySelectorAll('.booth.off').length"), Value::from(0));

    assert_eq!(browser.requests_besides(&out), Vec::<String>::new(), "no request leaves the map");
    drop(dir);
}

#[test]
fn a_request_from_the_page_would_be_caught() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("map.html");
    let page = export(&default_layout(), &out, &[]);
    let leaky = page.replacen("<body>", "<body><img src=\"http://example.com/x.png\">", 1);
    assert_ne!(leaky, page);
    std::fs::write(&out, leaky).unwrap();
    let mut browser = Browser::launch();
    browser.open(&url_of(&out));
    assert_eq!(browser.requests_besides(&out), vec!["http://example.com/x.png".to_owned()]);
}

#[test]
fn names_that_look_like_markup_stay_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut layout = load_layout(&default_layout()).unwrap();
    let evil_id = "</script><script>alert(1)</script>";
    let evil_exhibitor = "<img src=x onerror=alert(2)>\u{2028}&amp;";
    layout.name = "</title><script>alert(3)</script>".into();
    layout.halls[0].name = "<b>Hall</b> \"1\" 'A'".into();
    layout.booths[0].id = evil_id.into();
    layout.booths[0].exhibitor = evil_exhibitor.into();
    layout.booths[0].status = BoothStatus::Sold;
    let out = dir.path().join("map.html");
    export(&write_layout(dir.path(), &layout), &out, &[]);

    let mut browser = Browser::launch();
    browser.open(&format!("{}#booth={}", url_of(&out), percent_encoded(evil_id)));
    let dialogs = browser.events.iter().filter(|e| e["method"] == "Page.javascriptDialogOpening");
    assert_eq!(dialogs.count(), 0, "no script from the layout ran");
    assert_eq!(browser.eval("document.querySelectorAll('img, b').length"), Value::from(0));
    assert_eq!(browser.eval("document.title"), Value::from(layout.name.clone()));
    let (number, text) = card(&mut browser).expect("the card is open");
    assert_eq!(number, evil_id);
    assert!(text.contains(evil_exhibitor) && text.contains(&layout.halls[0].name), "{text}");
    let tab = browser.eval("document.querySelectorAll('.tab')[1].textContent");
    assert_eq!(tab, Value::from(layout.halls[0].name.clone()));
}

#[test]
fn the_public_map_has_no_prices_and_no_exhibitors_of_unsold_booths() {
    let dir = tempfile::tempdir().unwrap();
    let layout = priced_fair();
    let file = write_layout(dir.path(), &layout);
    let planner = export(&file, &dir.path().join("planner.html"), &[]);
    let public = export(&file, &dir.path().join("public.html"), &["--public"]);

    let sold: BTreeSet<&str> = layout
        .booths
        .iter()
        .filter(|b| b.status == BoothStatus::Sold && !b.exhibitor.is_empty())
        .map(|b| b.exhibitor.as_str())
        .collect();
    let unsold: BTreeSet<&str> = layout
        .booths
        .iter()
        .filter(|b| b.status != BoothStatus::Sold && !b.exhibitor.is_empty())
        .map(|b| b.exhibitor.as_str())
        .filter(|name| !sold.contains(name))
        .collect();
    assert!(!unsold.is_empty() && !sold.is_empty());
    assert!(planner.contains(" CNY\"") && planner.contains("\"currency\":\"CNY\""));
    assert!(!public.contains("CNY"), "no price or currency in the public map");
    for name in &unsold {
        assert!(planner.contains(name), "{name} in the planner's map");
        assert!(!public.contains(name), "{name} is reserved, not for visitors");
    }
    for name in &sold {
        assert!(public.contains(name), "{name} is sold and public");
    }
}

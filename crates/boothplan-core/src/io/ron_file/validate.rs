//! The checks a file must pass to be loaded at all, whatever format it came in.
//!
//! These are the mistakes that make a layout meaningless (an unknown hall, a NaN, a booth of
//! negative width), as opposed to the planning problems `check` reports as findings (overlaps,
//! duplicate ids), which a planner must be able to open and fix.

use std::collections::{BTreeMap, HashSet};

use rayon::prelude::*;

use super::locate::Step::{self, Field, Index};
use super::prescan::MAX_OUTLINE_VERTICES;
use crate::model::{Background, Booth, Layout, LimitKey, ObjectKind, Point, Pricing, Rect, Rules};
use crate::units::group_thousands;

/// What is wrong and where, as a path into the layout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    /// Where: e.g. `booths`, 12, `rect`, `width_m`.
    pub path: Vec<Step>,
    /// What was expected, in plain words, naming the object.
    pub message: String,
}

impl Problem {
    /// The kind and index of the object the problem is in, when it is in one.
    #[must_use]
    pub(crate) fn object(&self) -> Option<(ObjectKind, usize)> {
        let kind = match self.path.first()? {
            Field("halls") => ObjectKind::Hall,
            Field("columns") => ObjectKind::Column,
            Field("zones") => ObjectKind::Zone,
            Field("booths") => ObjectKind::Booth,
            _ => return None,
        };
        match self.path.get(1)? {
            Index(i) => Some((kind, *i)),
            Field(_) => None,
        }
    }
}

type Checked = Result<(), Problem>;

/// Largest coordinate or size a layout may hold, in metres: 1,000 km, far beyond any building,
/// so that areas, shares and sums of a whole fair stay finite and exact enough.
pub const MAX_COORDINATE_M: f64 = 1_000_000.0;

/// `within ±1,000 km (1,000,000 m)`: the bound as messages say it.
const WITHIN: &str = "within ±1,000 km (1,000,000 m)";

fn problem(path: Vec<Step>, message: String) -> Problem {
    Problem { path, message }
}

/// Checks every value a user could get wrong; the first problem in file order wins.
pub(crate) fn validate(layout: &Layout) -> Checked {
    if !(layout.grid_step_m.is_finite()
        && layout.grid_step_m > 0.0
        && layout.grid_step_m <= MAX_COORDINATE_M)
    {
        let v = layout.grid_step_m;
        return Err(problem(
            vec![Field("grid_step_m")],
            format!("expected a grid step above 0 m and {WITHIN}, found {v:?}"),
        ));
    }
    if !(layout.min_aisle_m.is_finite()
        && layout.min_aisle_m >= 0.0
        && layout.min_aisle_m <= MAX_COORDINATE_M)
    {
        let v = layout.min_aisle_m;
        return Err(problem(
            vec![Field("min_aisle_m")],
            format!("expected a minimum aisle width of 0 m or more, {WITHIN}, found {v:?}"),
        ));
    }
    if let Some(site) = &layout.site {
        let fine = (-180.0..=180.0).contains(&site.lon)
            && (-85.0..=85.0).contains(&site.lat)
            && site.bearing_deg.is_finite();
        if !fine {
            return Err(problem(
                vec![Field("site")],
                format!(
                    "expected a site with lon from -180 to 180, lat from -85 to 85 (degrees) \
                     and a finite bearing_deg, found lon {:?}, lat {:?}, bearing_deg {:?}",
                    site.lon, site.lat, site.bearing_deg
                ),
            ));
        }
    }
    for (i, theme) in layout.themes.iter().enumerate() {
        if theme.key.trim().is_empty() {
            return Err(problem(
                vec![Field("themes"), Index(i), Field("key")],
                "expected a theme key such as \"technology\", found an empty one".to_owned(),
            ));
        }
        if let Some(v) = theme.target_area_m2 {
            check_amount(
                || vec![Field("themes"), Index(i), Field("target_area_m2")],
                &format!("theme `{}`: a target area in m²", shown(&theme.key)),
                v,
            )?;
        }
    }
    if let Some(pricing) = &layout.pricing {
        check_pricing(layout, pricing)?;
    }
    let halls: HashSet<&str> = layout.halls.iter().map(|h| h.id.as_str()).collect();
    check_rules(&layout.rules)?;
    let themes: HashSet<&str> = layout.themes.iter().map(|t| t.key.as_str()).collect();
    let refs = References { layout, halls: &halls, themes: &themes };
    // Paths and messages are only built for a problem: a sound 100,000-booth file would
    // otherwise format a name and four paths per booth for nothing.
    for (i, hall) in layout.halls.iter().enumerate() {
        let at = |rest: &[Step]| [&[Field("halls"), Index(i)], rest].concat();
        let what = || format!("hall `{}`", shown(&hall.id));
        check_id(|| at(&[Field("id")]), "hall", &hall.id)?;
        check_outline(&|| at(&[Field("outline")]), &what, &hall.outline)?;
    }
    for (i, column) in layout.columns.iter().enumerate() {
        let at = |rest: &[Step]| [&[Field("columns"), Index(i)], rest].concat();
        let what = || format!("column `{}`", shown(&column.id));
        check_id(|| at(&[Field("id")]), "column", &column.id)?;
        refs.hall(|| at(&[Field("hall")]), &what, column.hall.as_deref())?;
        check_outline(&|| at(&[Field("outline")]), &what, &column.outline)?;
    }
    for (i, exit) in layout.exits.iter().enumerate() {
        let at = |rest: &[Step]| [&[Field("exits"), Index(i)], rest].concat();
        let what = || format!("exit `{}`", shown(&exit.id));
        check_id(|| at(&[Field("id")]), "exit", &exit.id)?;
        refs.hall(|| at(&[Field("hall")]), &what, exit.hall.as_deref())?;
        check_point(&|| at(&[Field("from")]), &what, exit.from)?;
        check_point(&|| at(&[Field("to")]), &what, exit.to)?;
        if exit.width_m() <= 0.0 {
            return Err(problem(
                at(&[Field("to")]),
                format!("{}: expected a door of some width, found both ends at one point", what()),
            ));
        }
    }
    for (i, zone) in layout.zones.iter().enumerate() {
        let at = |rest: &[Step]| [&[Field("zones"), Index(i)], rest].concat();
        let what = || format!("zone `{}`", shown(&zone.id));
        check_id(|| at(&[Field("id")]), "zone", &zone.id)?;
        refs.hall(|| at(&[Field("hall")]), &what, zone.hall.as_deref())?;
        refs.theme(|| at(&[Field("theme")]), &what, &zone.theme)?;
        check_rect(&|| at(&[Field("rect")]), &what, &zone.rect)?;
    }
    layout.backgrounds.iter().enumerate().try_for_each(|(i, b)| check_background(i, b))?;
    // Booths come last and are by far the most: all of them are checked at once, and only if
    // one is wrong are they walked in order to report the first problem.
    if layout.booths.par_iter().enumerate().all(|(i, b)| check_booth(&refs, i, b).is_ok()) {
        return Ok(());
    }
    for (i, booth) in layout.booths.iter().enumerate() {
        check_booth(&refs, i, booth)?;
    }
    Ok(())
}

/// A background plan names a file and has a usable placement. The hall it names is not
/// checked: a drawing outlives a hall deleted from the plan, and is still shown.
fn check_background(i: usize, b: &Background) -> Checked {
    let at = |rest: &[Step]| [&[Field("backgrounds"), Index(i)], rest].concat();
    let what = || format!("background plan `{}`", shown(&b.path));
    if b.path.trim().is_empty() {
        let message = "expected the path of an image file, found an empty one".to_owned();
        return Err(problem(at(&[Field("path")]), message));
    }
    if b.page == Some(0) {
        let message = format!("{}: expected a page number from 1, found 0", what());
        return Err(problem(at(&[Field("page")]), message));
    }
    if b.size_px.0 == 0 || b.size_px.1 == 0 {
        let (w, h) = b.size_px;
        let message =
            format!("{}: expected an image size of at least 1 × 1 pixel, found {w} × {h}", what());
        return Err(problem(at(&[Field("size_px")]), message));
    }
    let p = &b.placement;
    check_point(&|| at(&[Field("placement"), Field("origin")]), &what, p.origin)?;
    if !(p.m_per_px.is_finite() && p.m_per_px > 0.0 && p.m_per_px <= MAX_COORDINATE_M) {
        let message =
            format!("{}: expected metres per pixel above 0, found {:?}", what(), p.m_per_px);
        return Err(problem(at(&[Field("placement"), Field("m_per_px")]), message));
    }
    if !p.rotation_deg.is_finite() {
        let message = format!(
            "{}: expected a finite rotation in degrees, found {:?}",
            what(),
            p.rotation_deg
        );
        return Err(problem(at(&[Field("placement"), Field("rotation_deg")]), message));
    }
    if !(0.0..=1.0).contains(&b.opacity) {
        let message = format!("{}: expected an opacity from 0 to 1, found {:?}", what(), b.opacity);
        return Err(problem(at(&[Field("opacity")]), message));
    }
    Ok(())
}

/// A price list names known themes and holds no negative or non-finite amount.
fn check_pricing(layout: &Layout, pricing: &Pricing) -> Checked {
    let at = |field| move || vec![Field("pricing"), Field(field)];
    for (theme, &price) in &pricing.per_m2 {
        if layout.theme(theme).is_none() {
            let known = known_list(layout.themes.iter().map(|t| t.key.as_str()));
            return Err(problem(
                at("per_m2")(),
                format!(
                    "the price list names theme `{}`, which is not among the layout's themes \
                     ({known})",
                    shown(theme)
                ),
            ));
        }
        check_amount(at("per_m2"), &format!("theme `{}`: a price per m²", shown(theme)), price)?;
    }
    let p = pricing.premium_pct;
    for (name, v) in [("corner", p.corner), ("peninsula", p.peninsula), ("island", p.island)] {
        check_amount(at("premium_pct"), &format!("a {name} premium in per cent"), v)?;
    }
    Ok(())
}

/// The rules' limits are positive and finite, and each hall override names a hall once and
/// cites a reference. An override for a hall the layout no longer has is kept and applies to
/// nothing: deleting a hall, here or on one side of a merge, must never make the file refuse
/// to open.
fn check_rules(rules: &Rules) -> Checked {
    check_limits(|| vec![Field("rules"), Field("limits")], "the layout", &rules.limits)?;
    for (i, hall) in rules.halls.iter().enumerate() {
        let at = |field| move || vec![Field("rules"), Field("halls"), Index(i), Field(field)];
        if rules.halls[..i].iter().any(|h| h.hall == hall.hall) {
            return Err(problem(
                at("hall")(),
                format!(
                    "expected one set of limits per hall, found hall `{}` a second time",
                    shown(&hall.hall)
                ),
            ));
        }
        if hall.reference.trim().is_empty() {
            return Err(problem(
                at("reference")(),
                format!(
                    "hall `{}`: expected the reference of the approval that sets its limits \
                     (e.g. its number), found an empty one",
                    shown(&hall.hall)
                ),
            ));
        }
        check_limits(at("limits"), &format!("hall `{}`", shown(&hall.hall)), &hall.limits)?;
    }
    Ok(())
}

/// Every limit is a positive, finite number within [`MAX_COORDINATE_M`].
fn check_limits(
    path: impl FnOnce() -> Vec<Step>,
    whose: &str,
    limits: &BTreeMap<LimitKey, f64>,
) -> Checked {
    match limits.iter().find(|(_, v)| !(v.is_finite() && **v > 0.0 && **v <= MAX_COORDINATE_M)) {
        None => Ok(()),
        Some((key, v)) => Err(problem(
            path(),
            format!("{whose}: expected `{key}` above 0 and at most 1,000,000, found {v:?}"),
        )),
    }
}

/// A price, premium or target: a finite number, zero or more.
fn check_amount(path: impl FnOnce() -> Vec<Step>, what: &str, v: f64) -> Checked {
    if v.is_finite() && (0.0..=1e15).contains(&v) {
        return Ok(());
    }
    Err(problem(path(), format!("expected {what} of 0 or more (at most 1e15), found {v:?}")))
}

fn check_booth(refs: &References<'_>, i: usize, booth: &Booth) -> Checked {
    let at = |rest: &[Step]| [&[Field("booths"), Index(i)], rest].concat();
    let what = || format!("booth `{}`", shown(&booth.id));
    check_id(|| at(&[Field("id")]), "booth", &booth.id)?;
    refs.hall(|| at(&[Field("hall")]), &what, booth.hall.as_deref())?;
    refs.theme(|| at(&[Field("theme")]), &what, &booth.theme)?;
    check_rect(&|| at(&[Field("rect")]), &what, &booth.rect)
}

/// Where a problem is, built only when there is one.
type PathOf<'a> = &'a dyn Fn() -> Vec<Step>;
/// How a message names the object (booth `1A-001`), built only when there is a problem.
type NameOf<'a> = &'a dyn Fn() -> String;

fn check_id(path: impl FnOnce() -> Vec<Step>, kind: &str, id: &str) -> Checked {
    if id.trim().is_empty() {
        return Err(problem(path(), format!("expected a {kind} id, found an empty one")));
    }
    Ok(())
}

/// The halls and themes that zones, booths and columns may name.
struct References<'a> {
    layout: &'a Layout,
    halls: &'a HashSet<&'a str>,
    themes: &'a HashSet<&'a str>,
}

impl References<'_> {
    /// A hall that is named must exist; naming none is fine (the object was drawn outside
    /// every hall, which `check` reports).
    fn hall(
        &self,
        path: impl FnOnce() -> Vec<Step>,
        what: NameOf<'_>,
        hall: Option<&str>,
    ) -> Checked {
        let Some(hall) = hall else { return Ok(()) };
        if self.halls.contains(hall) {
            return Ok(());
        }
        let known = known_list(self.layout.halls.iter().map(|h| h.id.as_str()));
        Err(problem(
            path(),
            format!(
                "{} names hall `{}`, which the layout does not have (halls: {known})",
                what(),
                shown(hall)
            ),
        ))
    }

    fn theme(&self, path: impl FnOnce() -> Vec<Step>, what: NameOf<'_>, theme: &str) -> Checked {
        if self.themes.contains(theme) {
            return Ok(());
        }
        let known = known_list(self.layout.themes.iter().map(|t| t.key.as_str()));
        Err(problem(
            path(),
            format!(
                "{} names theme `{}`, which is not among the layout's themes ({known})",
                what(),
                shown(theme)
            ),
        ))
    }
}

/// Up to eight names, then how many more, so a message stays one readable line.
fn known_list<'a>(names: impl ExactSizeIterator<Item = &'a str>) -> String {
    let count = names.len();
    if count == 0 {
        return "none".to_owned();
    }
    let listed: Vec<String> = names.take(8).map(shown).collect();
    let more = count - listed.len();
    let out = listed.join(", ");
    if more > 0 { format!("{out} and {more} more") } else { out }
}

/// A name from a file as it can be shown in a one-line message or a terminal table: control
/// characters (line breaks, escape sequences) and other invisible ones escaped as `\n`,
/// `\u{1b}`, so that a name can neither forge a line nor rewrite the terminal. Quotes stay.
#[must_use]
pub fn shown(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '\'' | '"' => out.push(c),
            _ => out.extend(c.escape_debug()),
        }
    }
    out
}

fn check_outline(path: PathOf<'_>, what: NameOf<'_>, outline: &[Point]) -> Checked {
    if outline.len() < 3 {
        let n = outline.len();
        return Err(problem(
            path(),
            format!("{}: expected an outline of at least 3 vertices, found {n}", what()),
        ));
    }
    if outline.len() > MAX_OUTLINE_VERTICES {
        let (n, max) = (group_thousands(outline.len()), group_thousands(MAX_OUTLINE_VERTICES));
        return Err(problem(
            path(),
            format!("{}: an outline of {n} vertices; at most {max} are allowed", what()),
        ));
    }
    for (j, p) in outline.iter().enumerate() {
        check_point(&|| [&path()[..], &[Index(j)]].concat(), what, *p)?;
    }
    Ok(())
}

/// Both coordinates of a vertex or door end finite and within the venue's bounds.
fn check_point(path: PathOf<'_>, what: NameOf<'_>, p: Point) -> Checked {
    for (k, v) in [p.x_m, p.y_m].into_iter().enumerate() {
        if !v.is_finite() {
            let at = [&path()[..], &[Index(k)]].concat();
            return Err(problem(
                at,
                format!("{}: expected a finite coordinate in metres, found {v:?}", what()),
            ));
        }
        if v.abs() > MAX_COORDINATE_M {
            let at = [&path()[..], &[Index(k)]].concat();
            return Err(problem(
                at,
                format!("{}: expected a coordinate {WITHIN}, found {v:?}", what()),
            ));
        }
    }
    Ok(())
}

fn check_rect(path: PathOf<'_>, what: NameOf<'_>, rect: &Rect) -> Checked {
    let fields = [
        ("x_m", rect.x_m),
        ("y_m", rect.y_m),
        ("width_m", rect.width_m),
        ("height_m", rect.height_m),
    ];
    for (name, v) in fields {
        if !v.is_finite() {
            let at = [&path()[..], &[Field(name)]].concat();
            return Err(problem(
                at,
                format!("{}: expected a finite number of metres for `{name}`, found {v:?}", what()),
            ));
        }
        if v.abs() > MAX_COORDINATE_M {
            let at = [&path()[..], &[Field(name)]].concat();
            return Err(problem(
                at,
                format!("{}: expected `{name}` {WITHIN}, found {v:?}", what()),
            ));
        }
    }
    for (name, v) in [("width_m", rect.width_m), ("height_m", rect.height_m)] {
        if v <= 0.0 {
            let at = [&path()[..], &[Field(name)]].concat();
            return Err(problem(
                at,
                format!("{}: expected `{name}` above 0 m, found {v:?}", what()),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Booth, BoothStatus, Column, Hall, Zone};

    fn layout() -> Layout {
        let hall = Hall::new("1A", "Hall 1A", Rect::new(0.0, 0.0, 50.0, 30.0).corners().to_vec());
        let booth = Booth {
            id: "1A-001".into(),
            hall: Some("1A".into()),
            theme: "technology".into(),
            rect: Rect::new(3.0, 3.0, 3.0, 3.0),
            status: BoothStatus::Sold,
            exhibitor: String::new(),
        };
        let zone = Zone {
            id: "Z1".into(),
            hall: Some("1A".into()),
            theme: "logistics".into(),
            name: "Z".into(),
            rect: Rect::new(0.0, 0.0, 10.0, 10.0),
        };
        Layout {
            halls: vec![hall],
            booths: vec![booth],
            zones: vec![zone],
            columns: vec![Column::square("C1", "1A", Point::new(5.0, 5.0), 0.5)],
            backgrounds: vec![Background::new(
                "drawings/hall-1a.png".into(),
                Some("1A".into()),
                (800, 600),
                Point::new(0.0, 0.0),
                0.05,
            )],
            ..Layout::default()
        }
    }

    #[test]
    fn a_sound_layout_passes() {
        assert_eq!(validate(&layout()), Ok(()));
    }

    #[test]
    fn each_mistake_is_found_with_its_path() {
        type Case = (fn(&mut Layout), Vec<Step>, &'static str);
        let cases: Vec<Case> = vec![
            (
                |l| l.booths[0].theme = "robotics".into(),
                vec![Field("booths"), Index(0), Field("theme")],
                "theme `robotics`",
            ),
            (
                |l| l.booths[0].hall = Some("9Z".into()),
                vec![Field("booths"), Index(0), Field("hall")],
                "hall `9Z`, which the layout does not have (halls: 1A)",
            ),
            (
                |l| l.booths[0].rect.width_m = -3.0,
                vec![Field("booths"), Index(0), Field("rect"), Field("width_m")],
                "above 0 m, found -3.0",
            ),
            (
                |l| l.zones[0].rect.y_m = f64::NAN,
                vec![Field("zones"), Index(0), Field("rect"), Field("y_m")],
                "found NaN",
            ),
            (
                |l| l.columns[0].outline[2].x_m = f64::INFINITY,
                vec![Field("columns"), Index(0), Field("outline"), Index(2), Index(0)],
                "found inf",
            ),
            (
                |l| l.halls[0].outline.truncate(2),
                vec![Field("halls"), Index(0), Field("outline")],
                "at least 3 vertices, found 2",
            ),
            (
                |l| l.columns[0].hall = Some("1B".into()),
                vec![Field("columns"), Index(0), Field("hall")],
                "column `C1` names hall `1B`",
            ),
            (|l| l.grid_step_m = 0.0, vec![Field("grid_step_m")], "grid step above 0 m"),
            (
                |l| l.backgrounds[0].placement.m_per_px = 0.0,
                vec![Field("backgrounds"), Index(0), Field("placement"), Field("m_per_px")],
                "background plan `drawings/hall-1a.png`: expected metres per pixel above 0, found 0.0",
            ),
            (
                |l| l.backgrounds[0].opacity = 1.5,
                vec![Field("backgrounds"), Index(0), Field("opacity")],
                "opacity from 0 to 1, found 1.5",
            ),
            (
                |l| l.backgrounds[0].page = Some(0),
                vec![Field("backgrounds"), Index(0), Field("page")],
                "background plan `drawings/hall-1a.png`: expected a page number from 1, found 0",
            ),
            (
                |l| l.backgrounds[0].size_px = (0, 600),
                vec![Field("backgrounds"), Index(0), Field("size_px")],
                "at least 1 × 1 pixel, found 0 × 600",
            ),
            (
                |l| l.booths[0].rect.x_m = 1e308,
                vec![Field("booths"), Index(0), Field("rect"), Field("x_m")],
                "`x_m` within ±1,000 km (1,000,000 m), found 1e308",
            ),
            (
                |l| l.zones[0].rect.width_m = 1_000_000.5,
                vec![Field("zones"), Index(0), Field("rect"), Field("width_m")],
                "`width_m` within ±1,000 km",
            ),
            (
                |l| l.halls[0].outline[1].y_m = -2e6,
                vec![Field("halls"), Index(0), Field("outline"), Index(1), Index(1)],
                "a coordinate within ±1,000 km (1,000,000 m), found -2000000.0",
            ),
            (|l| l.min_aisle_m = 1e300, vec![Field("min_aisle_m")], "found 1e300"),
            (
                |l| l.booths[0].id = " ".into(),
                vec![Field("booths"), Index(0), Field("id")],
                "booth id",
            ),
        ];
        for (break_it, path, words) in cases {
            let mut l = layout();
            break_it(&mut l);
            let p = validate(&l).unwrap_err();
            assert_eq!(p.path, path, "{}", p.message);
            assert!(p.message.contains(words), "{} lacks {words}", p.message);
        }
    }

    #[test]
    fn among_many_booths_the_first_problem_in_file_order_is_reported() {
        let mut l = layout();
        let booth = l.booths[0].clone();
        l.booths = (0..5000).map(|i| Booth { id: format!("B{i}"), ..booth.clone() }).collect();
        assert_eq!(validate(&l), Ok(()));
        l.booths[4321].rect.height_m = 0.0;
        l.booths[1234].theme = "robotics".into();
        let p = validate(&l).unwrap_err();
        assert_eq!(p.path, vec![Field("booths"), Index(1234), Field("theme")], "{}", p.message);
        assert!(p.message.starts_with("booth `B1234` names theme `robotics`"), "{}", p.message);
    }

    #[test]
    fn duplicates_and_overlaps_are_left_to_check() {
        let mut l = layout();
        l.booths.push(l.booths[0].clone());
        assert_eq!(validate(&l), Ok(()));
    }

    #[test]
    fn names_the_object() {
        let p =
            Problem { path: vec![Field("zones"), Index(3), Field("rect")], message: String::new() };
        assert_eq!(p.object(), Some((ObjectKind::Zone, 3)));
        assert_eq!(
            Problem { path: vec![Field("grid_step_m")], message: String::new() }.object(),
            None
        );
    }
}

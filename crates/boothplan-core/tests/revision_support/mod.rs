//! Random edits of a layout, as planners make them in the editor (each keeps the layout valid):
//! move, resize, sell, assign, re-theme, renumber in place, delete, add; rename or move zones;
//! rename the fair, change the aisle; rename, delete halls (their objects then stand in none),
//! recolour and delete themes (their users take another).

#![allow(dead_code, reason = "each test file uses a different part of this support module")]

use boothplan_core::model::{Booth, BoothStatus, Colour, Layout, Rect};
use proptest::prelude::*;
use proptest::sample::Index;

/// One edit; `Index` values pick among the objects there are when it is applied.
#[derive(Clone, Debug)]
pub enum Edit {
    MoveBooth(Index, f64, f64),
    ResizeBooth(Index, f64),
    Sell(Index, BoothStatus, String),
    Retheme(Index, Index),
    Renumber(Index, u16),
    DeleteBooth(Index),
    AddBooth(Index, Index, f64, f64),
    RenameZone(Index, String),
    MoveZone(Index, f64),
    DeleteZone(Index),
    RenameFair(String),
    Aisle(f64),
    RenameHall(Index, String),
    DeleteHall(Index),
    Recolour(Index, u8),
    DeleteTheme(Index),
}

/// Any one edit.
pub fn edit() -> impl Strategy<Value = Edit> {
    let i = any::<Index>;
    let step = (-20i32..20).prop_map(|n| f64::from(n) * 0.5);
    let word = "[A-Za-z ]{0,8}";
    prop_oneof![
        4 => (i(), step.clone(), step.clone()).prop_map(|(a, x, y)| Edit::MoveBooth(a, x, y)),
        2 => (i(), 1i32..12).prop_map(|(a, w)| Edit::ResizeBooth(a, f64::from(w))),
        4 => (i(), prop::sample::select(BoothStatus::ALL.to_vec()), word)
            .prop_map(|(a, s, e)| Edit::Sell(a, s, e)),
        2 => (i(), i()).prop_map(|(a, t)| Edit::Retheme(a, t)),
        2 => (i(), any::<u16>()).prop_map(|(a, n)| Edit::Renumber(a, n)),
        2 => i().prop_map(Edit::DeleteBooth),
        3 => (i(), i(), step.clone(), step.clone()).prop_map(|(h, t, x, y)| Edit::AddBooth(h, t, x, y)),
        1 => (i(), word).prop_map(|(a, n)| Edit::RenameZone(a, n)),
        1 => (i(), step).prop_map(|(a, x)| Edit::MoveZone(a, x)),
        1 => i().prop_map(Edit::DeleteZone),
        1 => word.prop_map(Edit::RenameFair),
        1 => (0i32..8).prop_map(|a| Edit::Aisle(f64::from(a))),
        1 => (i(), word).prop_map(|(a, n)| Edit::RenameHall(a, n)),
        1 => i().prop_map(Edit::DeleteHall),
        1 => (i(), any::<u8>()).prop_map(|(a, c)| Edit::Recolour(a, c)),
        1 => i().prop_map(Edit::DeleteTheme),
    ]
}

/// The booths an edit may pick from: all of them, or only those `mine` accepts (by number).
fn pick<'a>(
    layout: &'a mut Layout,
    ix: Index,
    mine: &dyn Fn(&str) -> bool,
) -> Option<&'a mut Booth> {
    let mut candidates: Vec<&mut Booth> =
        layout.booths.iter_mut().filter(|b| mine(&b.id)).collect();
    if candidates.is_empty() {
        return None;
    }
    let at = ix.index(candidates.len());
    Some(candidates.swap_remove(at))
}

/// Applies `edit`, touching only booths whose number `mine` accepts and naming new booths
/// `{prefix}{n}`; `whole` allows edits of zones, halls, themes and settings too.
pub fn apply(
    layout: &mut Layout,
    edit: &Edit,
    mine: &dyn Fn(&str) -> bool,
    prefix: &str,
    whole: bool,
) {
    match edit {
        Edit::MoveBooth(a, x, y) => {
            if let Some(b) = pick(layout, *a, mine) {
                b.rect = b.rect.translated(*x, *y);
            }
        }
        Edit::ResizeBooth(a, w) => {
            if let Some(b) = pick(layout, *a, mine) {
                b.rect.width_m = *w;
            }
        }
        Edit::Sell(a, status, exhibitor) => {
            if let Some(b) = pick(layout, *a, mine) {
                b.status = *status;
                b.exhibitor.clone_from(exhibitor);
            }
        }
        Edit::Retheme(a, t) => {
            let key = layout.themes[t.index(layout.themes.len())].key.clone();
            if let Some(b) = pick(layout, *a, mine) {
                b.theme = key;
            }
        }
        Edit::Renumber(a, n) => {
            let new = format!("{prefix}R{n}");
            if !layout.booths.iter().any(|b| b.id == new)
                && let Some(b) = pick(layout, *a, mine)
            {
                b.id = new;
            }
        }
        Edit::DeleteBooth(a) => {
            if let Some(id) = pick(layout, *a, mine).map(|b| b.id.clone()) {
                layout.booths.retain(|b| b.id != id);
            }
        }
        Edit::AddBooth(h, t, x, y) => {
            let hall = layout.halls.get(h.index(layout.halls.len() + 1)).map(|h| h.id.clone());
            let theme = layout.themes[t.index(layout.themes.len())].key.clone();
            let id = format!("{prefix}A{}", layout.booths.iter().filter(|b| mine(&b.id)).count());
            if !layout.booths.iter().any(|b| b.id == id) {
                let rect = Rect::new(*x, *y, 3.0, 3.0);
                let exhibitor = String::new();
                let status = BoothStatus::Available;
                layout.booths.push(Booth { id, hall, theme, rect, status, exhibitor });
            }
        }
        _ if !whole => {}
        Edit::RenameZone(a, name) if !layout.zones.is_empty() => {
            let n = layout.zones.len();
            layout.zones[a.index(n)].name.clone_from(name);
        }
        Edit::MoveZone(a, x) if !layout.zones.is_empty() => {
            let n = layout.zones.len();
            layout.zones[a.index(n)].rect.x_m += x;
        }
        Edit::DeleteZone(a) if !layout.zones.is_empty() => {
            let n = layout.zones.len();
            layout.zones.remove(a.index(n));
        }
        Edit::RenameFair(name) => layout.name.clone_from(name),
        Edit::Aisle(a) => layout.min_aisle_m = *a,
        Edit::RenameHall(a, name) if !layout.halls.is_empty() => {
            let n = layout.halls.len();
            layout.halls[a.index(n)].name.clone_from(name);
        }
        Edit::DeleteHall(a) if !layout.halls.is_empty() => {
            let n = layout.halls.len();
            let gone = layout.halls.remove(a.index(n)).id;
            let clear = |hall: &mut Option<String>| {
                if hall.as_deref() == Some(gone.as_str()) {
                    *hall = None;
                }
            };
            layout.columns.iter_mut().for_each(|c| clear(&mut c.hall));
            layout.zones.iter_mut().for_each(|z| clear(&mut z.hall));
            layout.booths.iter_mut().for_each(|b| clear(&mut b.hall));
            layout.exits.iter_mut().for_each(|e| clear(&mut e.hall));
        }
        Edit::Recolour(a, c) => {
            let n = layout.themes.len();
            layout.themes[a.index(n)].colour = Colour::rgb(*c, 0, 0);
        }
        Edit::DeleteTheme(a) if layout.themes.len() > 1 => {
            let n = layout.themes.len();
            let gone = layout.themes.remove(a.index(n)).key;
            let other = layout.themes[0].key.clone();
            let swap = |theme: &mut String| {
                if *theme == gone {
                    theme.clone_from(&other);
                }
            };
            layout.zones.iter_mut().for_each(|z| swap(&mut z.theme));
            layout.booths.iter_mut().for_each(|b| swap(&mut b.theme));
            // Its price goes with it: a price list names only themes the layout has.
            if let Some(pricing) = &mut layout.pricing {
                pricing.per_m2.remove(&gone);
            }
        }
        _ => {}
    }
}

/// `base` with every edit applied in turn.
pub fn edited(
    base: &Layout,
    edits: &[Edit],
    mine: &dyn Fn(&str) -> bool,
    prefix: &str,
    whole: bool,
) -> Layout {
    let mut layout = base.clone();
    for edit in edits {
        apply(&mut layout, edit, mine, prefix, whole);
    }
    layout
}

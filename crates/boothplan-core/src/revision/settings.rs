//! The layout's own settings (name, grid step, minimum aisle, price list, rules, background
//! plans; its site in `site`):
//! compared and merged field by field, like the properties of an object.

use super::fields::Fields;
use super::{Change, ChangeKind, Conflict, ConflictReason, Object, Subject};
use crate::model::{Layout, Rules};
use crate::units::decimals;

fn metres(v: f64) -> String {
    format!("{} m", decimals(v, 3))
}

/// One changed setting of the layout, from and to in words.
pub(super) fn setting(id: &str, change: ChangeKind, from: String, to: String) -> Change {
    Change {
        id: id.to_owned(),
        kind: Subject::Layout,
        change,
        from: Some(from),
        to: Some(to),
        place: None,
    }
}

/// A layout with the settings of `layout` and no objects: what a merge fills, and what a file
/// added or deleted in git is compared with. Every setting is kept, including any added to the
/// model later (a merge then keeps ours of it until it is merged here field by field).
#[must_use]
pub fn without_objects(layout: &Layout) -> Layout {
    Layout {
        themes: Vec::new(),
        halls: Vec::new(),
        columns: Vec::new(),
        exits: Vec::new(),
        zones: Vec::new(),
        booths: Vec::new(),
        ..layout.clone()
    }
}

/// The settings that differ between `old` and `new`.
pub(crate) fn changes(old: &Layout, new: &Layout, out: &mut Vec<Change>) {
    if old.name != new.name {
        out.push(setting("name", ChangeKind::Renamed, old.name.clone(), new.name.clone()));
    }
    if old.grid_step_m != new.grid_step_m {
        let (from, to) = (metres(old.grid_step_m), metres(new.grid_step_m));
        out.push(setting("grid_step_m", ChangeKind::Setting, from, to));
    }
    if old.min_aisle_m != new.min_aisle_m {
        let (from, to) = (metres(old.min_aisle_m), metres(new.min_aisle_m));
        out.push(setting("min_aisle_m", ChangeKind::Setting, from, to));
    }
    if old.rules != new.rules {
        out.push(setting("rules", ChangeKind::Setting, rules(&old.rules), rules(&new.rules)));
    }
    if old.backgrounds != new.backgrounds {
        let (from, to) = (backgrounds(&old.backgrounds), backgrounds(&new.backgrounds));
        out.push(setting("backgrounds", ChangeKind::Setting, from, to));
    }
    super::site::changes(old, new, out);
}

/// The background plans in a few words: their files (and PDF pages), or that there are none.
fn backgrounds(list: &[crate::model::Background]) -> String {
    if list.is_empty() {
        return "no background plan".to_owned();
    }
    let names: Vec<String> = list.iter().map(crate::model::Background::drawing_name).collect();
    format!("background plans {}", names.join(", "))
}

/// The fire and egress rules in a few words: the pack and how many limits are set.
fn rules(rules: &Rules) -> String {
    let set = rules.limits.len() + rules.halls.iter().map(|h| h.limits.len().max(1)).sum::<usize>();
    match set {
        0 => rules.pack.as_str().to_owned(),
        1 => format!("{} with 1 limit of its own", rules.pack),
        n => format!("{} with {n} limits of its own", rules.pack),
    }
}

/// Drops the prices of themes the merged layout no longer has (one side deleted a theme the
/// other priced), so that the merged plan opens.
pub(crate) fn drop_prices_of_missing_themes(layout: &mut Layout) {
    let keys: std::collections::HashSet<String> =
        layout.themes.iter().map(|t| t.key.clone()).collect();
    if let Some(pricing) = &mut layout.pricing {
        pricing.per_m2.retain(|theme, _| keys.contains(theme));
    }
}

/// `out` (our layout) with the settings merged in; a setting both sides changed differently
/// keeps ours and is a conflict.
pub(crate) fn merge(
    base: &Layout,
    ours: &Layout,
    theirs: &Layout,
    out: &mut Layout,
    conflicts: &mut Vec<Conflict>,
) {
    let mut f = Fields::default();
    out.name = f.pick("name", &base.name, &ours.name, &theirs.name);
    out.grid_step_m =
        f.pick("grid_step_m", &base.grid_step_m, &ours.grid_step_m, &theirs.grid_step_m);
    out.min_aisle_m =
        f.pick("min_aisle_m", &base.min_aisle_m, &ours.min_aisle_m, &theirs.min_aisle_m);
    // The price list as a whole: prices, premiums and currency are set together.
    out.pricing = f.pick("pricing", &base.pricing, &ours.pricing, &theirs.pricing);
    // The rules as a whole: a hall's limits are approved together with the pack they relax.
    out.rules = f.pick("rules", &base.rules, &ours.rules, &theirs.rules);
    // The drawings under the plan as a whole: placing and calibrating one is one decision.
    out.backgrounds =
        f.pick("backgrounds", &base.backgrounds, &ours.backgrounds, &theirs.backgrounds);
    for field in f.conflicting {
        let value = |l: &Layout| match field {
            "name" => l.name.clone(),
            "grid_step_m" => metres(l.grid_step_m),
            "rules" => rules(&l.rules),
            "backgrounds" => backgrounds(&l.backgrounds),
            "pricing" => l.pricing.as_ref().map_or_else(
                || "no price list".to_owned(),
                |p| format!("price list in {}", p.currency),
            ),
            _ => metres(l.min_aisle_m),
        };
        conflicts.push(Conflict {
            kind: Subject::Layout,
            id: field.to_owned(),
            reason: ConflictReason::BothChanged,
            fields: vec![field],
            ours: Some(Object::Setting(value(ours))),
            theirs: Some(Object::Setting(value(theirs))),
            place: None,
        });
    }
    out.site =
        super::site::merge([&base.site, &ours.site, &theirs.site].map(Option::as_ref), conflicts);
}

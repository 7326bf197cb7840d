//! The layout's place on Earth (its `site`): compared and merged field by field (longitude,
//! latitude, bearing) like the other settings, so one planner's corrected bearing and another's
//! corrected origin both survive a merge; a site added or removed is one change.

use super::fields::Fields;
use super::settings::setting;
use super::{Change, ChangeKind, Conflict, ConflictReason, Object, Subject};
use crate::model::{Layout, Site};
use crate::units::decimals;

/// The site's fields: their names in diffs and conflicts, and how to read each.
/// One field of the site: its name and how to read it.
type Field = (&'static str, fn(&Site) -> f64);

const FIELDS: [Field; 3] =
    [("site.lon", |s| s.lon), ("site.lat", |s| s.lat), ("site.bearing_deg", |s| s.bearing_deg)];

fn degrees(v: f64) -> String {
    format!("{}°", decimals(v, 9))
}

/// A whole site in words: `lon 120.2°, lat 30.25°, bearing 12°`, or `none`.
fn described(site: Option<&Site>) -> String {
    site.map_or_else(
        || "none".to_owned(),
        |s| {
            format!(
                "lon {}, lat {}, bearing {}",
                degrees(s.lon),
                degrees(s.lat),
                degrees(s.bearing_deg)
            )
        },
    )
}

/// The value of `field` of `site` in words.
fn value(field: &str, site: Option<&Site>) -> String {
    match (FIELDS.iter().find(|(name, _)| *name == field), site) {
        (Some((_, get)), Some(site)) => degrees(get(site)),
        _ => described(site),
    }
}

/// The site's fields that differ between `old` and `new`; one change when one has none.
pub(crate) fn changes(old: &Layout, new: &Layout, out: &mut Vec<Change>) {
    match (&old.site, &new.site) {
        (Some(a), Some(b)) => {
            for (field, get) in FIELDS {
                if get(a) != get(b) {
                    out.push(setting(field, ChangeKind::Setting, degrees(get(a)), degrees(get(b))));
                }
            }
        }
        (a, b) if a != b => {
            let (from, to) = (described(a.as_ref()), described(b.as_ref()));
            out.push(setting("site", ChangeKind::Setting, from, to));
        }
        _ => {}
    }
}

/// The site merged from `[base, ours, theirs]`, field by field when all three have one; a
/// field both changed differently keeps ours and is a conflict.
pub(crate) fn merge(sites: [Option<&Site>; 3], conflicts: &mut Vec<Conflict>) -> Option<Site> {
    let mut f = Fields::default();
    let merged = match sites {
        [Some(b), Some(o), Some(t)] => {
            let [lon, lat, bearing_deg] =
                FIELDS.map(|(field, get)| f.pick(field, &get(b), &get(o), &get(t)));
            Some(Site { lon, lat, bearing_deg })
        }
        [b, o, t] => f.pick("site", &b.copied(), &o.copied(), &t.copied()),
    };
    let [_, ours, theirs] = sites;
    for field in f.conflicting {
        conflicts.push(Conflict {
            kind: Subject::Layout,
            id: field.to_owned(),
            reason: ConflictReason::BothChanged,
            fields: vec![field],
            ours: Some(Object::Setting(value(field, ours))),
            theirs: Some(Object::Setting(value(field, theirs))),
            place: None,
        });
    }
    merged
}

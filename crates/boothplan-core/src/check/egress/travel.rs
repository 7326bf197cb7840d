//! `travel-distance`: walking from the farthest point of a booth to the nearest exit of its
//! hall, around other booths and columns, against the limit (IBC 1017.2 under `nfpa101`).
//!
//! The walk comes from the hall's distance field ([`crate::check::walk`]): a grid of 0.5 m
//! cells, within about 3 % of the exact route (see there for the bounds). The measured
//! distance is given to the decimetre: finer digits would claim a precision the grid has not.

use super::super::walk::{self, Travel};
use super::super::{Finding, Measure, Rule, text};
use super::Limits;
use crate::model::Layout;

/// The `travel-distance` findings of hall `h` of the layout (with exits and a limit).
pub(super) fn findings(layout: &Layout, h: usize, limits: &Limits) -> Vec<Finding> {
    let Some(limit) = &limits.travel_distance_m else { return Vec::new() };
    let Some(walked) = walk::walk_hall(layout, h) else { return Vec::new() };
    walked
        .booths
        .iter()
        .filter_map(|&(i, travel)| {
            let booth = layout.booths.get(i)?;
            let measured = measured_m(travel);
            if measured <= limit.value {
                return None;
            }
            let walk = if measured.is_finite() {
                format!(
                    "{} m walking to the nearest exit around booths and columns",
                    text::number(measured)
                )
            } else {
                "no walking route to any exit (booths, columns or walls close it in)".to_owned()
            };
            let message = format!(
                "Booth {}: {walk}; the limit is {} m ({}).",
                booth.id,
                text::number(limit.value),
                limit.clause
            );
            let measure =
                Measure { measured_m: measured, limit: limit.value, clause: limit.clause.clone() };
            Some(Finding::measured(Rule::TravelDistance, vec![booth.id.clone()], message, measure))
        })
        .collect()
}

/// The booth's walk rounded to the decimetre; infinite when it reaches no exit.
fn measured_m(travel: Travel) -> f64 {
    travel.distance_m.map_or(f64::INFINITY, |d| (d * 10.0).round() / 10.0)
}

//! Filling an area with booths: lay the pattern, keep the places clear of the hall's walls,
//! columns, booths already there and zones of other themes, make sure every booth can be
//! reached from an aisle, then number them.

use std::collections::HashSet;
use std::fmt::Write as _;

use super::clear::{Surroundings, Verdict};
use super::effects::RuleEffects;
use super::numbering::NumberPlace;
use super::{FillArea, FillError, FillOptions, NumberingScheme, access, pattern};
use crate::model::{Booth, BoothStatus, Layout};

/// What a fill made, ready to be previewed or added to the layout.
#[derive(Clone, Debug, PartialEq)]
pub struct Fill {
    /// The new booths, numbered, in numbering order.
    pub booths: Vec<Booth>,
    /// Counts for the preview.
    pub stats: FillStats,
}

/// The figures a planner reads before applying a fill.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FillStats {
    /// Places the pattern has before anything is taken out.
    pub places: usize,
    /// Booths made.
    pub booths: usize,
    /// Their floor area, m².
    pub booth_area_m2: f64,
    /// The area filled, m².
    pub area_m2: f64,
    /// What the fire and egress rules changed (blocks shortened, places left empty).
    pub rules: RuleEffects,
}

impl FillStats {
    /// Booth area over the area filled, 0 to 1 (what a sales director calls efficiency).
    #[must_use]
    pub fn efficiency(&self) -> f64 {
        if self.area_m2 > 0.0 { self.booth_area_m2 / self.area_m2 } else { 0.0 }
    }

    /// One line for a preview or the command line, e.g.
    /// `40 booths, 360 m² of 540 m² (67 %); 2 places left out`.
    #[must_use]
    pub fn summary(&self) -> String {
        // Places the door rules emptied are told on their own lines (`RuleEffects`), not here.
        let left_out = (self.places)
            .saturating_sub(self.booths)
            .saturating_sub(self.rules.in_front_of_doors)
            .saturating_sub(self.rules.beyond_exit_distance);
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let mut line = format!(
            "{} booth{}, {} of {} ({})",
            crate::units::group_thousands(self.booths),
            plural(self.booths),
            crate::units::format_area_m2(self.booth_area_m2),
            crate::units::format_area_m2(self.area_m2),
            crate::units::percent(self.efficiency(), 0)
        );
        if left_out > 0 {
            let n = crate::units::group_thousands(left_out);
            let _ = write!(
                line,
                "; {n} place{} left out for walls, columns, booths or aisle access",
                plural(left_out)
            );
        }
        line
    }
}

/// Fills `area` of `layout` with booths cut as `options` says, numbered by `numbering`.
/// The layout is not changed; the booths are Available, with no exhibitor.
///
/// # Errors
/// A setting out of range, a hall or theme that does not exist, or a numbering that fails.
pub fn fill_area(
    layout: &Layout,
    area: &FillArea,
    options: &FillOptions,
    numbering: &NumberingScheme,
) -> Result<Fill, FillError> {
    options.validate(layout.min_aisle_m)?;
    numbering.validate()?;
    if !crate::check::validity::rect_usable(&area.rect) {
        return Err(FillError::BadArea);
    }
    let around = Surroundings::new(layout, area, options.column_clearance_m, options.main_aisle_m)?;
    let (options, mut rules) = within_long_row_limit(layout, area, options);
    let options = &options;
    let mut places = pattern::places(&area.rect, options)?;
    let pattern_places = places.len();
    places.retain(|p| match around.verdict(&p.rect) {
        Verdict::Free => true,
        Verdict::Taken => false,
        Verdict::InFrontOfDoor => {
            rules.in_front_of_doors += 1;
            false
        }
        Verdict::BeyondExitReach => {
            rules.beyond_exit_distance += 1;
            false
        }
    });
    if rules.beyond_exit_distance > 0 {
        rules.exit_distance_m = around.exit_distance_m();
    }
    access::settle(&mut places, &around);
    let spots: Vec<NumberPlace<'_>> = places
        .iter()
        .map(|p| NumberPlace { rect: p.rect, hall: &area.hall, zone: area.zone.as_deref() })
        .collect();
    let taken = taken_ids(layout);
    let ids = numbering.number(&spots, &taken)?;
    let mut booths: Vec<Booth> = ids
        .into_iter()
        .zip(&places)
        .map(|(id, p)| Booth {
            id,
            hall: Some(area.hall.clone()),
            theme: area.theme.clone(),
            rect: p.rect,
            status: BoothStatus::Available,
            exhibitor: String::new(),
        })
        .collect();
    let order = super::order::reading_order(
        &booths.iter().map(|b| b.rect).collect::<Vec<_>>(),
        numbering.start_corner,
        numbering.direction,
    );
    booths = order.into_iter().map(|i| booths[i].clone()).collect();
    let stats = FillStats {
        places: pattern_places,
        booths: booths.len(),
        // A fold from +0: `sum` of no areas is -0, which prints as "-0%".
        booth_area_m2: booths.iter().fold(0.0, |sum, b| sum + b.rect.area_m2()),
        area_m2: area.rect.area_m2(),
        rules,
    };
    Ok(Fill { booths, stats })
}

/// `options` with blocks no longer than the hall's long-row limit allows, when the fire and
/// egress rules measure runs there: fewer modules between cross aisles, and single rows when a
/// back-to-back pair would itself be too deep. A fill never makes a run the rules refuse. The
/// second part says what that changed in `area`'s pattern, for the preview: the blocks and
/// pairs of rows the area would really have held, not merely the settings asked for.
fn within_long_row_limit(
    layout: &Layout,
    area: &FillArea,
    options: &FillOptions,
) -> (FillOptions, RuleEffects) {
    let mut o = *options;
    let mut effects = RuleEffects::default();
    let Some(hall) = layout.hall(&area.hall).filter(|_| !layout.exits.is_empty()) else {
        return (o, effects);
    };
    let Some(limit) = crate::check::egress::Limits::for_hall(layout, hall).long_row_m else {
        return (o, effects);
    };
    let limit = limit.value;
    let across = o.direction == super::RowDirection::Across;
    let (along, depth) = if across {
        (o.module_width_m, o.module_depth_m)
    } else {
        (o.module_depth_m, o.module_width_m)
    };
    let (along_len, depth_len) = if across {
        (area.rect.width_m, area.rect.height_m)
    } else {
        (area.rect.height_m, area.rect.width_m)
    };
    // The longest block and whether pairs of rows the area holds with the settings asked for.
    let asked_block = o.block_modules.min(pattern::modules_along(along_len, along));
    let pairs = o.back_to_back && pattern::has_double_rows(depth_len, depth, o.main_aisle_m);
    let module_m = along.max(depth);
    if module_m > limit + 1e-9 {
        // Any two booths side by side or back to back make a run at least one module long:
        // every booth has to stand alone.
        o.block_modules = 1;
        o.back_to_back = false;
        if asked_block > 1 || pairs {
            effects.module_too_long_m = Some(module_m);
        }
    } else {
        let fit = ((limit + 1e-9) / along).floor();
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a whole number of modules, at least 1 and at most the block asked for"
        )]
        let fit = fit.clamp(1.0, f64::from(o.block_modules)) as u32;
        o.block_modules = fit;
        let made_block = fit.min(asked_block);
        if made_block < asked_block {
            effects.shortened_block = Some(made_block);
        }
        if o.back_to_back && 2.0 * depth > limit {
            o.back_to_back = false;
            effects.single_rows = pairs;
        }
    }
    let changed = effects.shortened_block.is_some()
        || effects.single_rows
        || effects.module_too_long_m.is_some();
    if changed {
        effects.long_row_m = Some(limit);
    }
    (o, effects)
}

/// Fills the zone with id `zone_id`.
///
/// # Errors
/// [`FillError::NoZone`] when there is no such zone or it lies in no hall; else as
/// [`fill_area`].
pub fn fill_zone(
    layout: &Layout,
    zone_id: &str,
    options: &FillOptions,
    numbering: &NumberingScheme,
) -> Result<Fill, FillError> {
    let zone = layout.zone(zone_id).ok_or_else(|| FillError::NoZone(zone_id.to_owned()))?;
    let area =
        FillArea::of_zone(zone).ok_or_else(|| FillError::ZoneInNoHall(zone_id.to_owned()))?;
    fill_area(layout, &area, options, numbering)
}

/// Every id the layout uses, of any kind (a booth number may not repeat any of them).
#[must_use]
pub fn taken_ids(layout: &Layout) -> HashSet<&str> {
    let halls = layout.halls.iter().map(|h| h.id.as_str());
    let columns = layout.columns.iter().map(|c| c.id.as_str());
    let zones = layout.zones.iter().map(|z| z.id.as_str());
    let booths = layout.booths.iter().map(|b| b.id.as_str());
    halls.chain(columns).chain(zones).chain(booths).collect()
}

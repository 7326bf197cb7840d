//! `theme-mismatch`: a booth standing wholly in a zone of another theme, which the floor plan
//! would colour one way and the catalogue list another.

use std::collections::HashMap;

use rayon::prelude::*;

use super::{Finding, Rule, Spot};

/// The code of a theme no zone has.
const NO_ZONE_THEME: u32 = u32::MAX;
/// Up to this many zone themes, a booth's theme is looked up by comparing with each.
const FEW_THEMES: usize = 16;

/// The finding for a booth and a zone, if the zone holds the booth and their themes differ.
#[must_use]
pub(crate) fn mismatch(booth: &Spot<'_>, zone: &Spot<'_>) -> Option<Finding> {
    if booth.theme == zone.theme || !zone.rect.contains_rect(&booth.rect) {
        return None;
    }
    let ids = super::overlap::sorted_pair(booth.id, zone.id);
    let message = format!(
        "Booth {} ({}) lies in zone {} of theme {}.",
        booth.id, booth.theme, zone.id, zone.theme
    );
    Some(Finding::new(Rule::ThemeMismatch, ids, None, message))
}

/// A number for the theme of each booth and each zone: two codes are equal exactly when the
/// themes are, so that the full check can pass over booths in a zone of their own theme
/// without comparing strings. Booth themes that no zone has all get [`NO_ZONE_THEME`], which
/// no zone's code equals.
///
/// The booths' themes are read once here, in file order (which is how they lie in memory),
/// instead of in the R-tree's order during the join.
#[must_use]
pub(crate) fn codes(booths: &[Spot<'_>], zones: &[Spot<'_>]) -> (Vec<u32>, Vec<u32>) {
    let mut keys: Vec<&str> = Vec::new();
    let mut by_key: HashMap<&str, u32> = HashMap::new();
    let zone_codes: Vec<u32> = zones
        .iter()
        .map(|z| {
            *by_key.entry(z.theme).or_insert_with(|| {
                keys.push(z.theme);
                super::index::tag(keys.len() - 1)
            })
        })
        .collect();
    let code = |theme: &str| {
        if keys.len() <= FEW_THEMES {
            keys.iter().position(|k| *k == theme).map_or(NO_ZONE_THEME, super::index::tag)
        } else {
            by_key.get(theme).copied().unwrap_or(NO_ZONE_THEME)
        }
    };
    let booth_codes = booths.par_iter().with_min_len(4096).map(|b| code(b.theme)).collect();
    (booth_codes, zone_codes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rect;

    fn spot(theme: &str) -> Spot<'_> {
        Spot { id: "X", hall: Some("1A"), theme, rect: Rect::new(0.0, 0.0, 3.0, 3.0) }
    }

    #[test]
    fn codes_are_equal_exactly_when_themes_are() {
        // Few zone themes (compared one by one) and many (looked up), with repeats, and booth
        // themes that no zone has.
        for (zone_count, distinct) in [(5, 3), (2 * FEW_THEMES + 8, FEW_THEMES + 4)] {
            let zone_themes: Vec<String> =
                (0..zone_count).map(|i| format!("t{}", i % distinct)).collect();
            let zones: Vec<Spot<'_>> = zone_themes.iter().map(|t| spot(t)).collect();
            let booth_themes: Vec<String> =
                (0..100).map(|i| format!("t{}", i % (FEW_THEMES + 9))).collect();
            let booths: Vec<Spot<'_>> = booth_themes.iter().map(|t| spot(t)).collect();
            let (b, z) = codes(&booths, &zones);
            for (i, booth) in booths.iter().enumerate() {
                for (j, zone) in zones.iter().enumerate() {
                    assert_eq!(
                        b[i] == z[j],
                        booth.theme == zone.theme,
                        "{} {}",
                        booth.theme,
                        zone.theme
                    );
                }
            }
        }
    }
}

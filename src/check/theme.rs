//! `theme-mismatch`: a booth standing wholly in a zone of another theme, which the floor plan
//! would colour one way and the catalogue list another.

use super::{Finding, Rule, Spot};

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

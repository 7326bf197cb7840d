//! Find (Ctrl+F): the booths whose number or exhibitor contains what the planner typed.
//!
//! A planner on the phone with an exhibitor types a fragment of a name ("华为", "tech") or a
//! number ("1A-01") and steps through the matches; the canvas dims every other booth.

use crate::model::Layout;

/// The booths matching `query`, as indexes into `layout.booths`, in booth-number order (the
/// order Enter steps through them). A booth matches when its number or its exhibitor contains
/// the query, ignoring case (Unicode-aware, so "ÉLAN" finds "élan") and the spaces around it.
/// An empty query matches nothing: nothing is dimmed before the planner types.
#[must_use]
pub fn find_booths(layout: &Layout, query: &str) -> Vec<usize> {
    let needle = query.trim().to_lowercase();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<usize> = layout
        .booths
        .iter()
        .enumerate()
        .filter(|(_, b)| contains_folded(&b.id, &needle) || contains_folded(&b.exhibitor, &needle))
        .map(|(i, _)| i)
        .collect();
    found.sort_by(|&a, &b| layout.booths[a].id.cmp(&layout.booths[b].id));
    found
}

/// Whether `text` contains `needle` (already lower case), ignoring case; allocates only for
/// text with upper-case letters.
fn contains_folded(text: &str, needle: &str) -> bool {
    if text.chars().any(char::is_uppercase) {
        text.to_lowercase().contains(needle)
    } else {
        text.contains(needle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Booth, Rect};

    fn booth(id: &str, exhibitor: &str) -> Booth {
        Booth {
            id: id.to_owned(),
            hall: None,
            theme: "technology".to_owned(),
            rect: Rect::new(0.0, 0.0, 3.0, 3.0),
            status: crate::model::BoothStatus::Available,
            exhibitor: exhibitor.to_owned(),
        }
    }

    fn layout() -> Layout {
        Layout {
            booths: vec![
                booth("1A-003", "杭州数字科技有限公司"),
                booth("1A-001", "Élan Logistics"),
                booth("2B-010", ""),
                booth("1A-002", "Northwind Digital"),
            ],
            ..Layout::default()
        }
    }

    fn ids(layout: &Layout, found: &[usize]) -> Vec<String> {
        found.iter().map(|&i| layout.booths[i].id.clone()).collect()
    }

    #[test]
    fn chinese_exhibitors_are_found_by_a_fragment() {
        let l = layout();
        assert_eq!(ids(&l, &find_booths(&l, "数字")), ["1A-003"]);
    }

    #[test]
    fn case_and_surrounding_spaces_do_not_matter() {
        let l = layout();
        assert_eq!(ids(&l, &find_booths(&l, "  élan ")), ["1A-001"]);
        assert_eq!(ids(&l, &find_booths(&l, "DIGITAL")), ["1A-002"]);
        assert_eq!(ids(&l, &find_booths(&l, "2b-")), ["2B-010"]);
    }

    #[test]
    fn matches_come_in_booth_number_order() {
        let l = layout();
        assert_eq!(ids(&l, &find_booths(&l, "1a-")), ["1A-001", "1A-002", "1A-003"]);
    }

    #[test]
    fn an_empty_query_finds_nothing() {
        let l = layout();
        assert!(find_booths(&l, "   ").is_empty());
        assert!(find_booths(&l, "nobody").is_empty());
    }
}

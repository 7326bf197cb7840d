//! Automatic ids for new objects: the next free booth number in a hall (`1A-013`), zone
//! (`1A-Z3`), column (`1A-C12`) and hall (`8A`).

use std::collections::{BTreeMap, BTreeSet};

use crate::model::Layout;

/// The hall prefix used for objects that stand in no hall.
const NO_HALL: &str = "X";

/// Hands out fresh ids, remembering what it already gave so a paste of many objects gets
/// distinct ones. Numbers continue after the highest in use, as planners number in order.
#[derive(Clone, Debug, Default)]
pub struct IdAllocator {
    taken: BTreeSet<String>,
    /// Highest number in use per `prefix` (such as `1A-`, `1A-Z`, `1A-C`).
    highest: BTreeMap<String, u64>,
}

impl IdAllocator {
    /// An allocator that knows every id in `layout`.
    #[must_use]
    pub fn new(layout: &Layout) -> Self {
        let mut ids = Self::default();
        let all = layout
            .halls
            .iter()
            .map(|o| &o.id)
            .chain(layout.columns.iter().map(|o| &o.id))
            .chain(layout.zones.iter().map(|o| &o.id))
            .chain(layout.booths.iter().map(|o| &o.id))
            .chain(layout.exits.iter().map(|o| &o.id));
        for id in all {
            ids.note(id);
        }
        ids
    }

    /// Records `id` as taken.
    pub fn note(&mut self, id: &str) {
        self.taken.insert(id.to_owned());
        let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && digits < 19 {
            let (prefix, number) = id.split_at(id.len() - digits);
            if let Ok(n) = number.parse::<u64>() {
                let best = self.highest.entry(prefix.to_owned()).or_insert(0);
                *best = (*best).max(n);
            }
        }
    }

    /// The next booth number in `hall` (empty for none), e.g. `1A-013`.
    pub fn booth(&mut self, hall: &str) -> String {
        self.next(&format!("{}-", hall_prefix(hall)), 3)
    }

    /// The next zone id in `hall`, e.g. `1A-Z3`.
    pub fn zone(&mut self, hall: &str) -> String {
        self.next(&format!("{}-Z", hall_prefix(hall)), 1)
    }

    /// The next exit id in `hall`, e.g. `1A-E4`.
    pub fn exit(&mut self, hall: &str) -> String {
        self.next(&format!("{}-E", hall_prefix(hall)), 1)
    }

    /// The next column id in `hall`, e.g. `1A-C12`.
    pub fn column(&mut self, hall: &str) -> String {
        self.next(&format!("{}-C", hall_prefix(hall)), 1)
    }

    /// The next hall id: one more than the highest leading number, keeping its letter
    /// (`1A` … `7A` → `8A`), or `1` in an empty layout.
    pub fn hall(&mut self, layout: &Layout) -> String {
        let (mut number, suffix) = layout
            .halls
            .iter()
            .filter_map(|h| {
                let digits =
                    h.id.len() - h.id.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                let n = h.id[..digits].parse::<u64>().ok()?;
                Some((n, h.id[digits..].to_owned()))
            })
            // The highest number; among halls sharing it, the first letter (`1A`, `1B` → `2A`).
            .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.cmp(&a.1)))
            .unwrap_or((0, String::new()));
        loop {
            number += 1;
            let id = format!("{number}{suffix}");
            if !self.taken.contains(&id) {
                self.note(&id);
                return id;
            }
        }
    }

    /// `prefix` followed by the next free number, zero-padded to `width`.
    fn next(&mut self, prefix: &str, width: usize) -> String {
        let mut n = self.highest.get(prefix).copied().unwrap_or(0);
        loop {
            n += 1;
            let id = format!("{prefix}{n:0width$}");
            if !self.taken.contains(&id) {
                self.note(&id);
                return id;
            }
        }
    }
}

fn hall_prefix(hall: &str) -> &str {
    if hall.is_empty() { NO_HALL } else { hall }
}

/// The next free booth number in `hall` of `layout`.
#[must_use]
pub fn next_booth_id(layout: &Layout, hall: &str) -> String {
    IdAllocator::new(layout).booth(hall)
}

/// The next free zone id in `hall` of `layout`.
#[must_use]
pub fn next_zone_id(layout: &Layout, hall: &str) -> String {
    IdAllocator::new(layout).zone(hall)
}

/// The next free column id in `hall` of `layout`.
#[must_use]
pub fn next_column_id(layout: &Layout, hall: &str) -> String {
    IdAllocator::new(layout).column(hall)
}

/// The next free hall id of `layout`.
#[must_use]
pub fn next_hall_id(layout: &Layout) -> String {
    IdAllocator::new(layout).hall(layout)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Booth, BoothStatus, Hall, Point, Rect};

    fn booth(id: &str) -> Booth {
        Booth {
            id: id.into(),
            hall: Some("1A".into()),
            theme: "technology".into(),
            rect: Rect::new(0.0, 0.0, 3.0, 3.0),
            status: BoothStatus::Available,
            exhibitor: String::new(),
        }
    }

    #[test]
    fn numbers_continue_after_the_highest_in_the_hall() {
        let layout = Layout {
            booths: vec![booth("1A-001"), booth("1A-012"), booth("1B-040")],
            ..Layout::default()
        };
        assert_eq!(next_booth_id(&layout, "1A"), "1A-013");
        assert_eq!(next_booth_id(&layout, "2C"), "2C-001");
        assert_eq!(next_zone_id(&layout, "1A"), "1A-Z1");
        let mut ids = IdAllocator::new(&layout);
        assert_eq!(ids.booth("1A"), "1A-013");
        assert_eq!(ids.booth("1A"), "1A-014");
        assert_eq!(ids.booth(""), "X-001");
    }

    #[test]
    fn hall_ids_count_on_with_the_same_letter() {
        let mut layout = Layout::default();
        assert_eq!(next_hall_id(&layout), "1");
        for id in ["1A", "7B", "7A", "3A"] {
            layout.halls.push(Hall::new(id, id, vec![Point::new(0.0, 0.0)]));
        }
        assert_eq!(next_hall_id(&layout), "8A");
    }
}

//! Which object of one revision is which object of another: by id first (the n-th object with
//! an id matches the n-th with that id, so even duplicate ids pair up), then booths left over
//! on both sides by their exact place, theme and hall (one booth, renumbered).

use std::collections::{HashMap, VecDeque};

use super::object::Versioned;

/// The pairing of an older list (`old`) with a newer one (`new`), by index.
#[derive(Debug)]
pub(crate) struct Matching {
    /// For each old object, the index of the same object in the new list.
    pub new_of_old: Vec<Option<usize>>,
    /// For each new object, the index of the same object in the old list.
    pub old_of_new: Vec<Option<usize>>,
}

impl Matching {
    /// Pairs `old` with `new`.
    pub(crate) fn new<T: Versioned>(old: &[T], new: &[T]) -> Self {
        let mut new_of_old = vec![None; old.len()];
        let mut old_of_new = vec![None; new.len()];
        let mut by_id: HashMap<&str, VecDeque<usize>> = HashMap::new();
        for (i, item) in new.iter().enumerate() {
            by_id.entry(item.id()).or_default().push_back(i);
        }
        for (i, item) in old.iter().enumerate() {
            if let Some(j) = by_id.get_mut(item.id()).and_then(VecDeque::pop_front) {
                new_of_old[i] = Some(j);
                old_of_new[j] = Some(i);
            }
        }
        // What is left: a booth that lost its number and one that gained one at the same spot.
        let mut by_spot: HashMap<_, VecDeque<usize>> = HashMap::new();
        for (j, item) in new.iter().enumerate() {
            if old_of_new[j].is_none()
                && let Some(spot) = item.spot()
            {
                by_spot.entry(spot).or_default().push_back(j);
            }
        }
        if !by_spot.is_empty() {
            for (i, item) in old.iter().enumerate() {
                if new_of_old[i].is_none()
                    && let Some(j) = item.spot().and_then(|s| by_spot.get_mut(&s)?.pop_front())
                {
                    new_of_old[i] = Some(j);
                    old_of_new[j] = Some(i);
                }
            }
        }
        Self { new_of_old, old_of_new }
    }
}

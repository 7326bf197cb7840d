//! Which object of one revision is which object of another. A booth is where it stands: booths
//! whose exact place, theme and hall is unique on both sides pair up first, whatever their
//! numbers (a renumbered row is the same row; a sale stays on its spot), unless the old booth's
//! number now stands on a spot where no booth stood (it moved; another booth took its place).
//! Then the rest by id (among several with one id, the one on the same spot first, then in
//! order), and last booths left over on both sides by their spot (one booth, renumbered, where
//! spots repeat).

use std::collections::{HashMap, HashSet, VecDeque};

use super::object::{Spot, Versioned};

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
        let mut pairs =
            Self { new_of_old: vec![None; old.len()], old_of_new: vec![None; new.len()] };
        pairs.by_unique_spot(old, new);
        pairs.by_id(old, new);
        pairs.by_spot(old, new);
        pairs
    }

    fn pair(&mut self, i: usize, j: usize) {
        self.new_of_old[i] = Some(j);
        self.old_of_new[j] = Some(i);
    }

    /// Booths whose spot appears exactly once in each list.
    fn by_unique_spot<T: Versioned>(&mut self, old: &[T], new: &[T]) {
        let old_spots = spot_counts(old);
        if old_spots.is_empty() {
            return;
        }
        let new_spots = spot_counts(new);
        // Numbers that now stand where no booth stood: such a booth moved, and the booth now on
        // its old spot is another one.
        let moved: HashSet<&str> = new
            .iter()
            .filter(|item| item.spot().is_some_and(|s| !old_spots.contains_key(&s)))
            .map(Versioned::id)
            .collect();
        for (spot, &(n, i)) in &old_spots {
            if n == 1
                && let Some(&(1, j)) = new_spots.get(spot)
                && (old[i].id() == new[j].id() || !moved.contains(old[i].id()))
            {
                self.pair(i, j);
            }
        }
    }
}

/// How often each spot occurs in `list`, and where first.
fn spot_counts<T: Versioned>(list: &[T]) -> HashMap<Spot<'_>, (usize, usize)> {
    let mut seen: HashMap<Spot<'_>, (usize, usize)> = HashMap::new();
    for (i, item) in list.iter().enumerate() {
        if let Some(spot) = item.spot() {
            seen.entry(spot).or_insert((0, i)).0 += 1;
        }
    }
    seen
}

impl Matching {
    /// What is still unpaired, by id: the n-th old object with an id matches the n-th new one
    /// with that id, except that a new one on the old one's spot comes first.
    fn by_id<T: Versioned>(&mut self, old: &[T], new: &[T]) {
        let mut by_id: HashMap<&str, VecDeque<usize>> = HashMap::new();
        for (j, item) in new.iter().enumerate() {
            if self.old_of_new[j].is_none() {
                by_id.entry(item.id()).or_default().push_back(j);
            }
        }
        for (i, item) in old.iter().enumerate() {
            if self.new_of_old[i].is_some() {
                continue;
            }
            let Some(candidates) = by_id.get_mut(item.id()) else { continue };
            let spot = item.spot();
            let here = candidates.iter().position(|&j| spot.is_some() && new[j].spot() == spot);
            if let Some(j) = candidates.remove(here.unwrap_or(0)) {
                self.pair(i, j);
            }
        }
    }

    /// What is left: a booth that lost its number and one that gained one at the same spot.
    fn by_spot<T: Versioned>(&mut self, old: &[T], new: &[T]) {
        let mut by_spot: HashMap<_, VecDeque<usize>> = HashMap::new();
        for (j, item) in new.iter().enumerate() {
            if self.old_of_new[j].is_none()
                && let Some(spot) = item.spot()
            {
                by_spot.entry(spot).or_default().push_back(j);
            }
        }
        if by_spot.is_empty() {
            return;
        }
        for (i, item) in old.iter().enumerate() {
            if self.new_of_old[i].is_none()
                && let Some(j) = item.spot().and_then(|s| by_spot.get_mut(&s)?.pop_front())
            {
                self.pair(i, j);
            }
        }
    }
}

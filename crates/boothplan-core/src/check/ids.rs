//! `duplicate-id`: ids are how planners, files and findings name objects, so two objects with
//! one id (of any kinds) make every other message ambiguous.

use std::collections::HashMap;
use std::hash::Hasher;

use rayon::prelude::*;

use super::{Finding, Rule};
use crate::model::{Layout, ObjectKind};

/// How many objects of each kind carry one id: hall, column, zone, booth, exit.
pub(crate) type KindCounts = [usize; 5];

/// Position of a kind in [`KindCounts`].
#[must_use]
pub(crate) fn slot(kind: ObjectKind) -> usize {
    match kind {
        ObjectKind::Hall => 0,
        ObjectKind::Column => 1,
        ObjectKind::Zone => 2,
        ObjectKind::Booth => 3,
        ObjectKind::Exit => 4,
    }
}

/// The finding for `id` if more than one object carries it.
#[must_use]
pub(crate) fn finding(id: &str, counts: KindCounts) -> Option<Finding> {
    let total: usize = counts.iter().sum();
    if total < 2 {
        return None;
    }
    let words = [
        ("hall", "halls"),
        ("column", "columns"),
        ("zone", "zones"),
        ("booth", "booths"),
        ("exit", "exits"),
    ];
    let parts: Vec<String> = counts
        .iter()
        .zip(words)
        .filter(|(n, _)| **n > 0)
        .map(|(&n, (one, many))| format!("{n} {}", if n == 1 { one } else { many }))
        .collect();
    let message = format!("Id {id} is used by {total} objects ({}).", parts.join(", "));
    Some(Finding::new(Rule::DuplicateId, vec![id.to_owned()], None, message))
}

/// A fast hash for short ids (the multiply-rotate step of rustc's `FxHasher`, then a finaliser): counting
/// 100,000 booth numbers with the default `SipHash` costs more than the rest of a rule.
/// No flooding risk here: the ids come from the planner's own file.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0xf135_7aea_2e62_a9c5;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        let mut word = [0u8; 8];
        let rest = chunks.remainder();
        word[..rest.len()].copy_from_slice(rest);
        self.0 =
            (self.0.rotate_left(5) ^ u64::from_le_bytes(word) ^ rest.len() as u64).wrapping_mul(K);
    }

    fn finish(&self) -> u64 {
        // MurmurHash3's finaliser: the table picks buckets by the low bits, which the
        // multiplications above leave depending on the ids' first bytes only.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

/// The hash of one id.
fn hash_id(id: &str) -> u64 {
    let mut h = IdHasher::default();
    h.write(id.as_bytes());
    h.finish()
}

/// Every `duplicate-id` finding of a layout.
///
/// Ids are hashed and the hashes sorted (in parallel, cache-friendly); only ids whose hashes
/// collide are compared as strings.
#[must_use]
pub(crate) fn duplicates(layout: &Layout) -> Vec<Finding> {
    let mut hashed: Vec<(u64, &str, ObjectKind)> = layout
        .halls
        .iter()
        .map(|h| (h.id.as_str(), ObjectKind::Hall))
        .chain(layout.columns.iter().map(|c| (c.id.as_str(), ObjectKind::Column)))
        .chain(layout.zones.iter().map(|z| (z.id.as_str(), ObjectKind::Zone)))
        .chain(layout.exits.iter().map(|e| (e.id.as_str(), ObjectKind::Exit)))
        .map(|(id, kind)| (hash_id(id), id, kind))
        .collect();
    hashed.par_extend(
        layout.booths.par_iter().map(|b| (hash_id(&b.id), b.id.as_str(), ObjectKind::Booth)),
    );
    hashed.par_sort_unstable_by_key(|entry| entry.0);
    let mut found = Vec::new();
    for run in hashed.chunk_by(|a, b| a.0 == b.0).filter(|run| run.len() > 1) {
        let mut counts: HashMap<&str, KindCounts> = HashMap::new();
        for &(_, id, kind) in run {
            counts.entry(id).or_default()[slot(kind)] += 1;
        }
        found.extend(counts.into_iter().filter_map(|(id, c)| finding(id, c)));
    }
    found
}

//! Numbering schemes: a pattern, a start and a step, odd numbers on one side of an aisle and
//! even on the other if wanted, numbers with an unlucky digit left out, and never a number
//! another object of the layout already carries.

use std::collections::HashSet;

use super::order::{AisleSides, aisles, reading_order};
use super::{NumberPattern, PatternError, RowDirection, StartCorner};
use crate::model::Rect;

/// Most numbers one numbering may pass over (taken, or with the skipped digit) before giving
/// up: a scheme such as start 1, step 10, skip 1 never yields a number.
const MAX_SKIPS: u64 = 10_000_000;

/// How booths are numbered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberingScheme {
    /// The pattern, e.g. `{hall}-{n:03}`.
    pub pattern: NumberPattern,
    /// The first number.
    pub start: u64,
    /// The difference between consecutive numbers (on one side of an aisle when odd/even).
    pub step: u64,
    /// One side of each aisle gets `start`, `start + 2·step`, … and the other
    /// `start + step`, `start + 3·step`, … (odd and even with a step of 1).
    pub odd_even: bool,
    /// Numbers containing this digit are left out (venues in China often skip 4).
    pub skip_digit: Option<u8>,
    /// Where numbering starts.
    pub start_corner: StartCorner,
    /// Which way rows run.
    pub direction: RowDirection,
}

impl Default for NumberingScheme {
    /// `{hall}-{n:03}` from 1 in steps of 1, row by row from the top left.
    fn default() -> Self {
        Self {
            pattern: NumberPattern::default(),
            start: 1,
            step: 1,
            odd_even: false,
            skip_digit: None,
            start_corner: StartCorner::TopLeft,
            direction: RowDirection::Across,
        }
    }
}

/// Why booths could not be numbered.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NumberingError {
    /// The pattern does not parse.
    #[error(transparent)]
    Pattern(#[from] PatternError),
    /// A step of zero would give every booth one number.
    #[error("the numbering step must be 1 or more")]
    ZeroStep,
    /// A skipped digit that is not a digit.
    #[error("the digit to skip must be one of 0 to 9 (got {0})")]
    BadDigit(u8),
    /// The pattern uses `{zone}` but the booths lie in no zone.
    #[error("the pattern uses {{zone}} but a booth in hall {0} lies in no zone")]
    NoZone(String),
    /// The scheme runs out of numbers.
    #[error("the numbering runs out of numbers (too large, or every number has the skipped digit)")]
    Exhausted,
}

/// What a booth's number is made of besides the running number.
#[derive(Clone, Copy, Debug)]
pub struct NumberPlace<'a> {
    /// The booth's rectangle (for the order).
    pub rect: Rect,
    /// Its hall's id.
    pub hall: &'a str,
    /// Its zone's id, if it lies in one.
    pub zone: Option<&'a str>,
}

impl NumberingScheme {
    /// Checks the step and digit.
    ///
    /// # Errors
    /// A zero step or a digit above 9.
    pub fn validate(&self) -> Result<(), NumberingError> {
        if self.step == 0 {
            return Err(NumberingError::ZeroStep);
        }
        match self.skip_digit {
            Some(d) if d > 9 => Err(NumberingError::BadDigit(d)),
            _ => Ok(()),
        }
    }

    /// A number for each of `places` (same order), none of them in `taken` nor shared.
    ///
    /// # Errors
    /// See [`NumberingError`].
    pub fn number(
        &self,
        places: &[NumberPlace<'_>],
        taken: &HashSet<&str>,
    ) -> Result<Vec<String>, NumberingError> {
        self.validate()?;
        let rects: Vec<Rect> = places.iter().map(|p| p.rect).collect();
        let mut out = vec![String::new(); places.len()];
        let mut counter = Counter { scheme: self, taken, used: HashSet::new(), skips: 0 };
        if self.odd_even {
            let mut base = 0;
            for AisleSides { near, far } in aisles(&rects, self.start_corner, self.direction) {
                let mut next = [base, base];
                for (side, members) in [near, far].iter().enumerate() {
                    for &i in members {
                        let (k, id) = counter.next(next[side], 2, side as u64, &places[i])?;
                        out[i] = id;
                        next[side] = k + 1;
                    }
                }
                base = next[0].max(next[1]);
            }
        } else {
            let mut next = 0;
            for i in reading_order(&rects, self.start_corner, self.direction) {
                let (k, id) = counter.next(next, 1, 0, &places[i])?;
                out[i] = id;
                next = k + 1;
            }
        }
        Ok(out)
    }
}

/// Hands out numbers in scheme order, passing over taken ones and the skipped digit.
struct Counter<'s, 't> {
    /// The scheme.
    scheme: &'s NumberingScheme,
    /// Ids already in the layout.
    taken: &'t HashSet<&'t str>,
    /// Ids handed out so far.
    used: HashSet<String>,
    /// Numbers passed over so far.
    skips: u64,
}

impl Counter<'_, '_> {
    /// The first usable position `k ≥ from`, number `start + (stride·k + offset)·step`, and
    /// the id it gives `place`.
    fn next(
        &mut self,
        from: u64,
        stride: u64,
        offset: u64,
        place: &NumberPlace<'_>,
    ) -> Result<(u64, String), NumberingError> {
        let s = self.scheme;
        let zone = match (s.pattern.uses_zone(), place.zone) {
            (true, None) => return Err(NumberingError::NoZone(place.hall.to_owned())),
            (_, z) => z.unwrap_or_default(),
        };
        let mut k = from;
        loop {
            let n = k
                .checked_mul(stride)
                .and_then(|v| v.checked_add(offset))
                .and_then(|v| v.checked_mul(s.step))
                .and_then(|v| v.checked_add(s.start))
                .ok_or(NumberingError::Exhausted)?;
            if !has_digit(n, s.skip_digit) {
                let id = s.pattern.format(n, place.hall, zone);
                if !self.taken.contains(id.as_str()) && !self.used.contains(&id) {
                    self.used.insert(id.clone());
                    return Ok((k, id));
                }
            }
            self.skips += 1;
            if self.skips > MAX_SKIPS {
                return Err(NumberingError::Exhausted);
            }
            k += 1;
        }
    }
}

/// True when the decimal digits of `n` include `digit`.
#[must_use]
pub fn has_digit(n: u64, digit: Option<u8>) -> bool {
    let Some(d) = digit else { return false };
    let mut n = n;
    loop {
        if n % 10 == u64::from(d) {
            return true;
        }
        n /= 10;
        if n == 0 {
            return false;
        }
    }
}

//! ISO 216 paper sizes: what a planner picks for a printed plan.

use std::fmt;
use std::str::FromStr;

/// Paper sizes for PDF and PNG plans (ISO 216), landscape unless said otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, strum::VariantArray)]
pub enum Paper {
    /// 1189 × 841 mm.
    A0,
    /// 841 × 594 mm.
    #[default]
    A1,
    /// 594 × 420 mm.
    A2,
    /// 420 × 297 mm.
    A3,
    /// 297 × 210 mm.
    A4,
}

impl Paper {
    /// Every size, largest first, for menus and `--paper` help.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// Long and short side in millimetres.
    #[must_use]
    pub fn sides_mm(self) -> (f64, f64) {
        match self {
            Self::A0 => (1189.0, 841.0),
            Self::A1 => (841.0, 594.0),
            Self::A2 => (594.0, 420.0),
            Self::A3 => (420.0, 297.0),
            Self::A4 => (297.0, 210.0),
        }
    }

    /// Width and height in millimetres as the sheet is held: landscape unless `portrait`.
    #[must_use]
    pub fn size_mm(self, portrait: bool) -> (f64, f64) {
        let (long, short) = self.sides_mm();
        if portrait { (short, long) } else { (long, short) }
    }

    /// The name printed in title blocks and accepted by `--paper`: `A1`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::A0 => "A0",
            Self::A1 => "A1",
            Self::A2 => "A2",
            Self::A3 => "A3",
            Self::A4 => "A4",
        }
    }
}

impl fmt::Display for Paper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a paper name was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown paper size {0:?}; use A0, A1, A2, A3 or A4")]
pub struct PaperParseError(String);

impl FromStr for Paper {
    type Err = PaperParseError;

    /// Accepts `A0`–`A4` in any case, as typed after `--paper`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|p| p.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| PaperParseError(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_back_and_landscape_is_wider() {
        for &p in Paper::ALL {
            assert_eq!(p.name().to_lowercase().parse::<Paper>(), Ok(p));
            let (w, h) = p.size_mm(false);
            assert!(w > h);
            assert_eq!(p.size_mm(true), (h, w));
        }
        assert!("B4".parse::<Paper>().is_err());
        // Each size is half the one before it (ISO 216), within a millimetre of rounding.
        for pair in Paper::ALL.windows(2) {
            let (l0, s0) = pair[0].sides_mm();
            let (l1, s1) = pair[1].sides_mm();
            assert!((l0 * s0 / 2.0 - l1 * s1).abs() / (l1 * s1) < 0.01);
        }
    }
}

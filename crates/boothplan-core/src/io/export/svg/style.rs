//! Design tokens of a printed plan: every colour, line weight and font size lives here.
//!
//! Sizes are millimetres on paper, multiplied by [`Sheet::unit`](super::sheet::Sheet) so that an
//! A0 sheet reads like an A4 one scaled up.

use crate::model::{BoothStatus, Colour};

/// Body text and lines.
pub const INK: Colour = Colour::rgb(0x1F, 0x23, 0x28);
/// Secondary text (sub-titles, table headers).
pub const INK_SOFT: Colour = Colour::rgb(0x5A, 0x60, 0x66);
/// Paper.
pub const PAPER: Colour = Colour::rgb(0xFF, 0xFF, 0xFF);
/// Floor of a hall, so halls read as buildings against the paper.
pub const HALL_FLOOR: Colour = Colour::rgb(0xF2, 0xF1, 0xEC);
/// How much of a hall's or zone's floor covers a background plan under it: little, so the
/// drawing shows through as it does on the canvas.
pub const FLOOR_OPACITY_OVER_DRAWING: f64 = 0.3;
/// Hall walls.
pub const HALL_WALL: Colour = Colour::rgb(0x2B, 0x2D, 0x30);
/// Columns and no-build areas.
pub const COLUMN: Colour = Colour::rgb(0x3C, 0x3C, 0x3C);
/// Exits: emergency-exit green (ISO 7010), for the door and its arrow.
pub const EXIT: Colour = Colour::rgb(0x00, 0x8A, 0x4B);
/// Rules in the sidebar and table lines.
pub const RULE: Colour = Colour::rgb(0xB8, 0xBC, 0xC2);
/// Fill of a blocked booth (not for sale): a neutral grey, so it never reads as sold.
pub const BLOCKED: Colour = Colour::rgb(0x5F, 0x66, 0x70);

/// Smallest text printed, mm (about 3 pt): smaller is unreadable, so the label is dropped.
pub const MIN_TEXT_MM: f64 = 1.0;

/// `c` moved towards `towards` by `t` (0 = unchanged, 1 = `towards`).
#[must_use]
pub fn mix(c: Colour, towards: Colour, t: f64) -> Colour {
    let ch = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
    Colour::rgb(ch(c.r, towards.r), ch(c.g, towards.g), ch(c.b, towards.b))
}

/// Light tint of a theme colour for zone floors.
#[must_use]
pub fn zone_fill(theme: Colour) -> Colour {
    mix(theme, PAPER, 0.82)
}

/// Outline of zones and booths of a theme: the theme colour, darkened to hold on paper.
#[must_use]
pub fn theme_line(theme: Colour) -> Colour {
    mix(theme, Colour::rgb(0, 0, 0), 0.3)
}

/// Booth fill by status: sold is the full theme colour, reserved a mid tint, available white,
/// blocked (not for sale) a neutral grey whatever its theme.
#[must_use]
pub fn booth_fill(theme: Colour, status: BoothStatus) -> Colour {
    match status {
        BoothStatus::Blocked => BLOCKED,
        BoothStatus::Sold => theme,
        BoothStatus::Reserved => mix(theme, PAPER, 0.6),
        BoothStatus::Available => PAPER,
    }
}

/// Text colour that reads best on `background`: ink or white, whichever contrasts more.
#[must_use]
pub fn text_on(background: Colour) -> Colour {
    let lum = relative_luminance(background);
    let contrast_ink = (lum + 0.05) / (relative_luminance(INK) + 0.05);
    let contrast_white = 1.05 / (lum + 0.05);
    if contrast_white > contrast_ink * 1.15 { PAPER } else { INK }
}

/// WCAG relative luminance, 0 (black) to 1 (white).
fn relative_luminance(c: Colour) -> f64 {
    let lin = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.040_45 { s / 12.92 } else { ((s + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_look_different_and_text_stays_readable() {
        let blue = Colour::rgb(0x4C, 0x78, 0xA8);
        let fills: Vec<_> = BoothStatus::ALL.iter().map(|&s| booth_fill(blue, s)).collect();
        assert_ne!(fills[0], fills[1]);
        assert_ne!(fills[1], fills[2]);
        assert_eq!(booth_fill(blue, BoothStatus::Sold), blue);
        assert_eq!(text_on(blue), PAPER);
        assert_eq!(text_on(PAPER), INK);
        assert_eq!(text_on(Colour::rgb(0xF5, 0x85, 0x18)), INK);
    }
}

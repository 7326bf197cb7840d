//! Fitting booth labels: the number and, where it fits, the exhibitor, never spilling out.
//!
//! Font size follows the booth size; the text is measured with the embedded font; if it does
//! not fit it shrinks, then the exhibitor is wrapped onto two lines, then dropped, and finally
//! the number is dropped when even it would be smaller than [`MIN_TEXT_MM`].

use super::super::fonts::text_width_em;
use super::style::MIN_TEXT_MM;

/// Line height as a multiple of the font size.
const LINE: f64 = 1.2;
/// Measured widths are trusted to this margin (shaping, kerning, viewer differences).
const SAFETY: f64 = 1.08;

/// One line of a fitted label.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelLine<'a> {
    /// The text of the line.
    pub text: &'a str,
    /// Font size, mm.
    pub size_mm: f64,
    /// Set in bold (the booth number) or regular (the exhibitor).
    pub bold: bool,
    /// Baseline, mm below the top of the booth.
    pub baseline_mm: f64,
}

/// Lines to print, centred horizontally in a booth `w_mm` × `h_mm` on paper; may be empty.
#[must_use]
pub fn fit_booth_label<'a>(
    number: &'a str,
    exhibitor: &'a str,
    w_mm: f64,
    h_mm: f64,
    max_size_mm: f64,
) -> Vec<LabelLine<'a>> {
    let pad = w_mm.min(h_mm) * 0.08;
    let (aw, ah) = (w_mm - 2.0 * pad, h_mm - 2.0 * pad);
    let number = number.trim();
    if number.is_empty() || aw <= 0.0 || ah <= 0.0 {
        return Vec::new();
    }
    let alone = number_size_mm(number, w_mm, h_mm, max_size_mm);
    if alone < MIN_TEXT_MM {
        return Vec::new();
    }
    let exhibitor = exhibitor.trim();
    let mut best: Option<(f64, f64, Vec<&str>)> = None;
    if !exhibitor.is_empty() {
        for parts in [vec![exhibitor], split_in_two(exhibitor)] {
            if parts.is_empty() {
                continue;
            }
            let lines = parts.len() as f64;
            // The number keeps at least 45 % of the height; the exhibitor is never larger.
            let number_size = alone.min(ah * 0.45 / LINE);
            let widest = parts.iter().map(|p| text_width_em(p, false)).fold(0.0, f64::max) * SAFETY;
            let ex_size = (number_size * 0.85)
                .min(aw / widest.max(1e-9))
                .min((ah - number_size * LINE) / (lines * LINE));
            let better = best.as_ref().is_none_or(|(_, s, _)| ex_size > *s * 1.2);
            if ex_size >= MIN_TEXT_MM && better {
                best = Some((number_size, ex_size, parts));
            }
        }
    }
    let mut sized: Vec<(&str, f64, bool)> = Vec::new();
    match best {
        Some((number_size, ex_size, parts)) => {
            sized.push((number, number_size, true));
            sized.extend(parts.into_iter().map(|p| (p, ex_size, false)));
        }
        None => sized.push((number, alone, true)),
    }
    let total: f64 = sized.iter().map(|(_, s, _)| s * LINE).sum();
    let mut top = (h_mm - total) / 2.0;
    sized
        .into_iter()
        .map(|(text, size_mm, bold)| {
            // Centre the cap height (about 0.72 em) in the line box.
            let baseline_mm = top + size_mm * LINE / 2.0 + size_mm * 0.36;
            top += size_mm * LINE;
            LabelLine { text, size_mm, bold, baseline_mm }
        })
        .collect()
}

/// The largest size (up to `max_size_mm`) at which the booth number alone fits the booth.
#[must_use]
pub fn number_size_mm(number: &str, w_mm: f64, h_mm: f64, max_size_mm: f64) -> f64 {
    let pad = w_mm.min(h_mm) * 0.08;
    let (aw, ah) = (w_mm - 2.0 * pad, h_mm - 2.0 * pad);
    max_size_mm.min(ah / LINE).min(aw / (text_width_em(number.trim(), true) * SAFETY).max(1e-9))
}

/// One size for the booth numbers of a sheet: a little above what the typical (median) booth
/// allows, so that rows of standard booths read evenly and large ones are not shouting.
#[must_use]
pub fn sheet_number_size_mm(mut sizes: Vec<f64>, max_size_mm: f64) -> f64 {
    sizes.retain(|s| *s >= MIN_TEXT_MM);
    if sizes.is_empty() {
        return max_size_mm;
    }
    let mid = sizes.len() / 2;
    let (_, median, _) = sizes.select_nth_unstable_by(mid, f64::total_cmp);
    (*median * 1.25).min(max_size_mm)
}

/// The name split into two lines of the most even width, at a space or between two CJK
/// characters; empty when there is no place to split.
fn split_in_two(text: &str) -> Vec<&str> {
    let mut best: Option<(f64, usize)> = None;
    let total = text_width_em(text, false);
    let mut left = 0.0_f64;
    let mut prev: Option<char> = None;
    for (i, ch) in text.char_indices() {
        let can_split = match prev {
            Some(p) => ch == ' ' || p == ' ' || (is_wide(p) && is_wide(ch)),
            None => false,
        };
        if can_split {
            let worst = left.max(total - left);
            if best.is_none_or(|(w, _)| worst < w) {
                best = Some((worst, i));
            }
        }
        left += text_width_em(ch.encode_utf8(&mut [0; 4]), false);
        prev = Some(ch);
    }
    match best {
        Some((_, i)) => {
            let (a, b) = (text[..i].trim_end(), text[i..].trim_start());
            if a.is_empty() || b.is_empty() { Vec::new() } else { vec![a, b] }
        }
        None => Vec::new(),
    }
}

/// Characters that may be broken between (Han, kana, Hangul, full-width forms).
fn is_wide(c: char) -> bool {
    u32::from(c) >= 0x2E80
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line's measured width and the stack of lines lie inside the booth.
    fn assert_inside(lines: &[LabelLine<'_>], w: f64, h: f64) {
        for l in lines {
            assert!(l.size_mm >= MIN_TEXT_MM);
            assert!(text_width_em(l.text, l.bold) * l.size_mm <= w, "{l:?} wider than {w}");
            assert!(l.baseline_mm - l.size_mm * 0.9 >= 0.0, "{l:?} above the top");
            assert!(l.baseline_mm + l.size_mm * 0.25 <= h, "{l:?} below the bottom of {h}");
        }
    }

    #[test]
    fn a_roomy_booth_shows_number_and_exhibitor() {
        let lines = fit_booth_label("1A-012", "阿里巴巴", 30.0, 30.0, 4.0);
        assert_eq!(lines.iter().map(|l| l.text).collect::<Vec<_>>(), ["1A-012", "阿里巴巴"]);
        assert_eq!(lines[0].size_mm, 4.0);
        assert!(lines[1].size_mm <= lines[0].size_mm);
        assert_inside(&lines, 30.0, 30.0);
    }

    #[test]
    fn shrinking_then_dropping_the_exhibitor_then_the_number() {
        let long = "Zhejiang Cross-Border Digital Logistics Holdings";
        let mid = fit_booth_label("1A-012", long, 15.0, 15.0, 4.0);
        assert!(mid.len() >= 2, "{mid:?}");
        assert_inside(&mid, 15.0, 15.0);
        let small = fit_booth_label("1A-012", long, 7.0, 7.0, 4.0);
        assert_eq!(small.iter().map(|l| l.text).collect::<Vec<_>>(), ["1A-012"]);
        assert_inside(&small, 7.0, 7.0);
        assert!(fit_booth_label("1A-012", long, 2.0, 2.0, 4.0).is_empty());
    }

    #[test]
    fn a_sheet_uses_one_number_size_set_by_its_typical_booth() {
        let typical = number_size_mm("1A-012", 15.0, 15.0, 10.0);
        let sizes =
            vec![typical, typical, typical, number_size_mm("1A-100", 60.0, 60.0, 10.0), 0.2];
        let sheet = sheet_number_size_mm(sizes, 10.0);
        assert!((sheet - typical * 1.25).abs() < 1e-9, "{sheet} vs {typical}");
        assert_eq!(sheet_number_size_mm(Vec::new(), 4.0), 4.0);
    }

    #[test]
    fn long_chinese_names_wrap_between_characters() {
        assert_eq!(split_in_two("阿里巴巴网络"), ["阿里巴", "巴网络"]);
        assert_eq!(split_in_two("Acme Robotics"), ["Acme", "Robotics"]);
        assert!(split_in_two("Acme").is_empty());
    }

    proptest::proptest! {
        #[test]
        fn labels_never_spill_out(w in 0.5f64..60.0, h in 0.5f64..60.0, n in 0usize..40) {
            let name: String = "阿里巴巴 Robotics 网络技术有限公司".chars().cycle().take(n).collect();
            let lines = fit_booth_label("12-345", &name, w, h, 5.0);
            assert_inside(&lines, w, h);
        }
    }
}

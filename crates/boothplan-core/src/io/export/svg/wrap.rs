//! Breaking titles into lines by their measured width: at spaces, and between Chinese,
//! Japanese or Korean characters, never leaving one character alone on a line.
//!
//! Lines are first filled greedily, then made as even as the same number of lines allows (the
//! narrowest width that still needs no more lines), so a fair's name splits 9/8 rather than
//! 16/1. Closing punctuation never starts a line and opening punctuation never ends one.

use crate::io::export::fonts::text_width_em;

/// Characters that may not begin a line (closing brackets, stops, commas).
const NO_LINE_START: &str = ",.;:!?)]}%，。、；：！？）」』】》〉”’…·—";
/// Characters that may not end a line (opening brackets and quotes).
const NO_LINE_END: &str = "([{（「『【《〈“‘";

/// Breaks `text` into at most `max_lines` lines no wider than `max_em` em (measured in `bold`
/// or regular), as even as that many lines allow; the last line takes whatever is left when
/// `max_lines` are not enough.
#[must_use]
pub fn wrap(text: &str, max_em: f64, max_lines: usize, bold: bool) -> Vec<String> {
    let greedy = fill(text, max_em, max_lines, bold);
    let fits = |lines: &[String], width: f64| {
        lines.len() <= greedy.len() && lines.iter().all(|l| text_width_em(l, bold) <= width)
    };
    if greedy.len() < 2 || !fits(&greedy, max_em) {
        return greedy;
    }
    // The narrowest width at which the text still takes no more lines.
    let (mut low, mut high) = (0.0, max_em);
    for _ in 0..24 {
        let mid = f64::midpoint(low, high);
        if fits(&fill(text, mid, max_lines, bold), mid) {
            high = mid;
        } else {
            low = mid;
        }
    }
    let mut lines = fill(text, high, max_lines, bold);
    no_orphan(&mut lines, max_em, bold);
    lines
}

/// Gives a last line of one character the previous line's last character, where a break is
/// allowed there and the two still fit: `3, 3, 1` becomes `3, 2, 2`.
fn no_orphan(lines: &mut [String], max_em: f64, bold: bool) {
    let [.., prev, last] = lines else { return };
    let mut tail = last.chars();
    let (Some(alone), None) = (tail.next(), tail.next()) else { return };
    let mut head = prev.chars().rev();
    let (Some(moved), Some(before)) = (head.next(), head.next()) else { return };
    let kept = prev.chars().count() - 1;
    let joined = format!("{moved}{alone}");
    if kept >= 2 && may_break(before, moved) && text_width_em(&joined, bold) <= max_em {
        prev.pop();
        *last = joined;
    }
}

/// True when a line may break between `before` and `after`.
fn may_break(before: char, after: char) -> bool {
    if NO_LINE_START.contains(after) || NO_LINE_END.contains(before) {
        return false;
    }
    before == ' ' || is_wide(before) || is_wide(after)
}

/// Characters that may be broken between (Han, kana, Hangul, full-width forms).
fn is_wide(c: char) -> bool {
    u32::from(c) >= 0x2E80
}

/// Fills lines greedily up to `max_em`, at most `max_lines` of them.
fn fill(text: &str, max_em: f64, max_lines: usize, bold: bool) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut word = String::new();
    let mut flush_word = |line: &mut String, word: &mut String| {
        let joined = format!("{line}{word}");
        let too_wide = text_width_em(joined.trim_end(), bold) > max_em;
        if too_wide && !line.trim().is_empty() && lines.len() + 1 < max_lines {
            lines.push(line.trim_end().to_owned());
            word.trim_start().clone_into(line);
        } else {
            *line = joined;
        }
        word.clear();
    };
    let mut prev: Option<char> = None;
    for ch in text.chars() {
        if prev.is_some_and(|p| may_break(p, ch)) {
            flush_word(&mut line, &mut word);
        }
        word.push(ch);
        prev = Some(ch);
    }
    flush_word(&mut line, &mut word);
    lines.push(line.trim().to_owned());
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_titles_wrap_at_spaces_and_between_chinese_characters() {
        let lines = wrap("Global Digital Trade Expo, Hangzhou", 12.0, 3, true);
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(lines.iter().all(|l| text_width_em(l, true) <= 12.0), "{lines:?}");
        assert_eq!(lines.join(" "), "Global Digital Trade Expo, Hangzhou");
        let cn = wrap("全球数字贸易博览会杭州国际博览中心", 6.0, 3, false);
        assert!(cn.len() >= 2 && cn.len() <= 3, "{cn:?}");
        assert_eq!(cn.concat(), "全球数字贸易博览会杭州国际博览中心");
        assert_eq!(wrap("", 5.0, 2, false), [""]);
        assert_eq!(wrap("Short", 50.0, 2, false), ["Short"]);
    }

    #[test]
    fn a_chinese_title_one_character_too_long_splits_evenly_not_one_alone() {
        // Greedy filling puts 16 characters on the first line and one on the second.
        let name = "全球数字贸易博览会杭州国际博览中心";
        let width = text_width_em("全球数字贸易博览会杭州国际博览中", false) + 0.1;
        let lines = wrap(name, width, 3, false);
        let counts: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
        assert_eq!(counts, [9, 8], "{lines:?}");
        assert_eq!(lines.concat(), name);
    }

    #[test]
    fn closing_punctuation_stays_on_the_line_it_closes() {
        for width in (4..24).map(|w| f64::from(w) / 2.0) {
            for line in wrap("数字贸易（杭州）博览会，欢迎您。", width, 4, false) {
                let first = line.chars().next().unwrap();
                let last = line.chars().last().unwrap();
                assert!(!NO_LINE_START.contains(first), "{line:?} at {width}");
                assert!(!NO_LINE_END.contains(last), "{line:?} at {width}");
            }
        }
    }

    proptest::proptest! {
        /// Whatever the text and width: nothing is lost, no line is wider than allowed unless
        /// it is the last of `max_lines`, and a line of one character only when the text has
        /// no other way (fewer characters than lines would need).
        #[test]
        fn wrapping_keeps_the_text_and_leaves_no_orphan(n in 2usize..60, width in 2.0f64..20.0) {
            let text: String = "全球数字贸易博览会杭州国际博览中心跨境电商".chars().cycle().take(n).collect();
            let lines = wrap(&text, width, 3, true);
            proptest::prop_assert_eq!(lines.concat(), text.clone());
            let last = lines.len() - 1;
            // Every character here is one em wide: `per_line` fit on a line.
            let per_line = (width / text_width_em("全", true) + 1e-9).floor() as usize;
            let avoidable = (1..=3).any(|l| 2 * l <= n && n <= per_line * l);
            for (i, line) in lines.iter().enumerate() {
                proptest::prop_assert!(i == last && lines.len() == 3 || text_width_em(line, true) <= width, "{:?}", lines);
                proptest::prop_assert!(line.chars().count() >= 2 || !avoidable, "orphan in {:?}", lines);
            }
        }
    }
}

//! Writing sidebar text, boxes and rules: the drawing vocabulary of legends and tables.

use super::sheet::PaperBox;
use super::writer::{Esc, Num, put};
use crate::io::export::fonts::text_width_em;
use crate::model::Colour;

/// Which end of the text its position names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Left-aligned.
    Start,
    /// Centred.
    Middle,
    /// Right-aligned (numbers in tables).
    End,
}

/// Size, colour, alignment and weight of a piece of text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    /// Font size, mm.
    pub size: f64,
    /// Text colour.
    pub colour: Colour,
    /// Alignment.
    pub anchor: Anchor,
    /// Bold or regular.
    pub bold: bool,
}

impl Font {
    /// Regular, left-aligned text.
    pub fn new(size: f64, colour: Colour) -> Self {
        Self { size, colour, anchor: Anchor::Start, bold: false }
    }

    /// The same, in bold.
    pub fn bold(self) -> Self {
        Self { bold: true, ..self }
    }

    /// The same, aligned differently.
    pub fn anchored(self, anchor: Anchor) -> Self {
        Self { anchor, ..self }
    }
}

/// Appends drawing to an SVG under construction.
pub struct Pen<'o> {
    /// The SVG text.
    pub out: &'o mut String,
}

impl Pen<'_> {
    /// Text with its baseline at `(x, y)`.
    pub fn text(&mut self, (x, y): (f64, f64), font: Font, text: &str) {
        put!(
            self.out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{} fill=\"{}\"{}>{}</text>\n",
            Num(x),
            Num(y),
            Num(font.size),
            if font.bold { " font-weight=\"bold\"" } else { "" },
            font.colour,
            match font.anchor {
                Anchor::Start => "",
                Anchor::Middle => " text-anchor=\"middle\"",
                Anchor::End => " text-anchor=\"end\"",
            },
            Esc(text)
        );
    }

    /// Text shrunk, if need be, to be no wider than `max_w`.
    pub fn fitted(&mut self, at: (f64, f64), max_w: f64, font: Font, text: &str) {
        let fits = max_w / (text_width_em(text, font.bold) * 1.05).max(1e-9);
        self.text(at, Font { size: font.size.min(fits), ..font }, text);
    }

    /// A filled box, outlined when `stroke` gives a colour and width.
    pub fn rect(&mut self, b: PaperBox, fill: Colour, stroke: Option<(Colour, f64)>) {
        put!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"",
            Num(b.x),
            Num(b.y),
            Num(b.w),
            Num(b.h),
            fill
        );
        if let Some((colour, width)) = stroke {
            put!(self.out, " stroke=\"{}\" stroke-width=\"{}\"", colour, Num(width));
        }
        self.out.push_str("/>\n");
    }

    /// A straight rule.
    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), colour: Colour, width: f64) {
        put!(
            self.out,
            "<path d=\"M{} {} L{} {}\" stroke=\"{}\" stroke-width=\"{}\"/>\n",
            Num(from.0),
            Num(from.1),
            Num(to.0),
            Num(to.1),
            colour,
            Num(width)
        );
    }
}

/// Breaks `text` into at most `max_lines` lines no wider than `max_em` em (measured in `bold`
/// or regular), at spaces or between CJK characters; the last line takes whatever is left.
pub fn wrap(text: &str, max_em: f64, max_lines: usize, bold: bool) -> Vec<String> {
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
    for ch in text.chars() {
        word.push(ch);
        if ch == ' ' || u32::from(ch) >= 0x2E80 {
            flush_word(&mut line, &mut word);
        }
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
}

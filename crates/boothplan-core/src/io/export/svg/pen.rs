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

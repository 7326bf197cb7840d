//! A fast reader for layout files in exactly the shape boothplan writes them.
//!
//! `ron` reads a 100,000-booth file several times slower than PRODUCT.md §7 allows. Files
//! boothplan saved (and lightly hand-edited ones) follow one fixed shape, which this reads
//! directly. Anything else — comments, fields in another order, struct names, unusual number
//! spellings, any error — gives `None` and the file goes to `ron`, which alone reports errors.
//! A fuzz test holds that whatever this accepts, `ron` reads to the same layout.

use crate::model::{Booth, BoothStatus, Colour, Column, Hall, Layout, Point, Rect, Theme, Zone};

/// The layout, when the text has the canonical shape; `None` sends it to the full parser.
#[must_use]
pub(super) fn read_layout(text: &str) -> Option<Layout> {
    let mut p = Reader { bytes: text.as_bytes(), pos: 0 };
    p.punct(b'(')?;
    p.key("format")?;
    let format = p.unsigned()?;
    p.comma()?;
    p.key("name")?;
    let name = p.string()?;
    p.comma()?;
    p.key("grid_step_m")?;
    let grid_step_m = p.float()?;
    p.comma()?;
    p.key("min_aisle_m")?;
    let min_aisle_m = p.float()?;
    p.comma()?;
    p.key("themes")?;
    let themes = p.list(Reader::theme)?;
    p.comma()?;
    p.key("halls")?;
    let halls = p.list(Reader::hall)?;
    p.comma()?;
    p.key("columns")?;
    let columns = p.list(Reader::column)?;
    p.comma()?;
    p.key("zones")?;
    let zones = p.list(Reader::zone)?;
    p.comma()?;
    p.key("booths")?;
    let booths = p.list(Reader::booth)?;
    p.end_struct()?;
    p.skip_ws();
    (p.pos == p.bytes.len()).then_some(Layout {
        format,
        name,
        grid_step_m,
        min_aisle_m,
        themes,
        halls,
        columns,
        zones,
        booths,
    })
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl Reader<'_> {
    fn skip_ws(&mut self) {
        while self.pos < self.bytes.len() && self.bytes[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip_ws();
        self.bytes.get(self.pos).copied()
    }

    fn punct(&mut self, b: u8) -> Option<()> {
        (self.peek()? == b).then(|| self.pos += 1)
    }

    /// A separating comma between two fields or items.
    fn comma(&mut self) -> Option<()> {
        self.punct(b',')
    }

    /// An optional trailing comma, then `)`.
    fn end_struct(&mut self) -> Option<()> {
        if self.peek()? == b',' {
            self.pos += 1;
        }
        self.punct(b')')
    }

    /// A bare word such as a field name or enum variant, whole.
    fn word(&mut self, word: &str) -> Option<()> {
        self.skip_ws();
        let end = self.pos + word.len();
        let whole = self.bytes.get(self.pos..end)? == word.as_bytes()
            && !self.bytes.get(end).is_some_and(|&b| is_ident_byte(b));
        whole.then(|| self.pos = end)
    }

    fn key(&mut self, name: &str) -> Option<()> {
        self.word(name)?;
        self.punct(b':')
    }

    fn unsigned(&mut self) -> Option<u32> {
        self.skip_ws();
        let start = self.pos;
        while self.bytes.get(self.pos).is_some_and(u8::is_ascii_digit) {
            self.pos += 1;
        }
        let digits = std::str::from_utf8(&self.bytes[start..self.pos]).ok()?;
        if digits.len() > 1 && digits.starts_with('0') || self.at_ident_byte() {
            return None;
        }
        digits.parse().ok()
    }

    fn at_ident_byte(&self) -> bool {
        self.bytes.get(self.pos).is_some_and(|&b| is_ident_byte(b) || b == b'.')
    }

    fn digits(&mut self) -> Option<()> {
        let start = self.pos;
        while self.bytes.get(self.pos).is_some_and(u8::is_ascii_digit) {
            self.pos += 1;
        }
        (self.pos > start).then_some(())
    }

    /// A finite number as written by `{:?}`: `-12.5`, `3.0`, `1e-7`, `5e300`.
    fn float(&mut self) -> Option<f64> {
        self.skip_ws();
        let start = self.pos;
        if self.bytes.get(self.pos) == Some(&b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        self.digits()?;
        if self.pos - int_start > 1 && self.bytes[int_start] == b'0' {
            return None;
        }
        if self.bytes.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            self.digits()?;
        }
        if self.bytes.get(self.pos) == Some(&b'e') {
            self.pos += 1;
            if self.bytes.get(self.pos) == Some(&b'-') {
                self.pos += 1;
            }
            self.digits()?;
        }
        if self.at_ident_byte() {
            return None;
        }
        let text = std::str::from_utf8(&self.bytes[start..self.pos]).ok()?;
        text.parse::<f64>().ok().filter(|v| v.is_finite())
    }

    /// A quoted string with the escapes `char::escape_debug` writes.
    fn string(&mut self) -> Option<String> {
        self.punct(b'"')?;
        let start = self.pos;
        // Fast path: no escapes.
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b'"' => {
                    let s = std::str::from_utf8(&self.bytes[start..self.pos]).ok()?;
                    self.pos += 1;
                    return Some(s.to_owned());
                }
                b'\\' => break,
                _ => self.pos += 1,
            }
        }
        let mut out = std::str::from_utf8(&self.bytes[start..self.pos]).ok()?.to_owned();
        loop {
            let run_start = self.pos;
            while let Some(&b) = self.bytes.get(self.pos) {
                if b == b'"' || b == b'\\' {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(std::str::from_utf8(&self.bytes[run_start..self.pos]).ok()?);
            match self.bytes.get(self.pos)? {
                b'"' => {
                    self.pos += 1;
                    return Some(out);
                }
                _ => out.push(self.escape()?),
            }
        }
    }

    /// One escape; `self.pos` is on the backslash.
    fn escape(&mut self) -> Option<char> {
        let c = match self.bytes.get(self.pos + 1)? {
            b'\\' => '\\',
            b'"' => '"',
            b'\'' => '\'',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'0' => '\0',
            b'u' => {
                let open = self.pos + 2;
                if self.bytes.get(open) != Some(&b'{') {
                    return None;
                }
                let close = open + self.bytes.get(open..)?.iter().position(|&b| b == b'}')?;
                let hex = std::str::from_utf8(&self.bytes[open + 1..close]).ok()?;
                if hex.is_empty() || hex.len() > 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                self.pos = close + 1;
                return char::from_u32(u32::from_str_radix(hex, 16).ok()?);
            }
            _ => return None,
        };
        self.pos += 2;
        Some(c)
    }

    /// `[]` or `[item, item, …]` with an optional trailing comma.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        self.punct(b'[')?;
        let mut items = Vec::new();
        loop {
            if self.peek()? == b']' {
                self.pos += 1;
                return Some(items);
            }
            items.push(item(self)?);
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => {}
                _ => return None,
            }
        }
    }

    fn point(&mut self) -> Option<Point> {
        self.punct(b'(')?;
        let x = self.float()?;
        self.comma()?;
        let y = self.float()?;
        self.end_struct()?;
        Some(Point::new(x, y))
    }

    fn rect(&mut self) -> Option<Rect> {
        self.punct(b'(')?;
        self.key("x_m")?;
        let x = self.float()?;
        self.comma()?;
        self.key("y_m")?;
        let y = self.float()?;
        self.comma()?;
        self.key("width_m")?;
        let w = self.float()?;
        self.comma()?;
        self.key("height_m")?;
        let h = self.float()?;
        self.end_struct()?;
        Some(Rect::new(x, y, w, h))
    }

    fn theme(&mut self) -> Option<Theme> {
        self.punct(b'(')?;
        self.key("key")?;
        let key = self.string()?;
        self.comma()?;
        self.key("name")?;
        let name = self.string()?;
        self.comma()?;
        self.key("colour")?;
        let colour: Colour = self.string()?.parse().ok()?;
        self.end_struct()?;
        Some(Theme { key, name, colour })
    }

    fn hall(&mut self) -> Option<Hall> {
        self.punct(b'(')?;
        self.key("id")?;
        let id = self.string()?;
        self.comma()?;
        self.key("name")?;
        let name = self.string()?;
        self.comma()?;
        self.key("outline")?;
        let outline = self.list(Reader::point)?;
        self.end_struct()?;
        Some(Hall { id, name, outline })
    }

    fn column(&mut self) -> Option<Column> {
        self.punct(b'(')?;
        self.key("id")?;
        let id = self.string()?;
        self.comma()?;
        self.key("hall")?;
        let hall = self.string()?;
        self.comma()?;
        self.key("outline")?;
        let outline = self.list(Reader::point)?;
        self.end_struct()?;
        Some(Column { id, hall, outline })
    }

    fn zone(&mut self) -> Option<Zone> {
        self.punct(b'(')?;
        self.key("id")?;
        let id = self.string()?;
        self.comma()?;
        self.key("hall")?;
        let hall = self.string()?;
        self.comma()?;
        self.key("theme")?;
        let theme = self.string()?;
        self.comma()?;
        self.key("name")?;
        let name = self.string()?;
        self.comma()?;
        self.key("rect")?;
        let rect = self.rect()?;
        self.end_struct()?;
        Some(Zone { id, hall, theme, name, rect })
    }

    fn booth(&mut self) -> Option<Booth> {
        self.punct(b'(')?;
        self.key("id")?;
        let id = self.string()?;
        self.comma()?;
        self.key("hall")?;
        let hall = self.string()?;
        self.comma()?;
        self.key("theme")?;
        let theme = self.string()?;
        self.comma()?;
        self.key("rect")?;
        let rect = self.rect()?;
        self.comma()?;
        self.key("status")?;
        let status = self.status()?;
        let mut exhibitor = String::new();
        if self.peek()? == b',' {
            self.pos += 1;
            if self.peek()? != b')' {
                self.key("exhibitor")?;
                exhibitor = self.string()?;
            }
        }
        self.end_struct()?;
        Some(Booth { id, hall, theme, rect, status, exhibitor })
    }

    fn status(&mut self) -> Option<BoothStatus> {
        for (word, status) in [
            ("Available", BoothStatus::Available),
            ("Reserved", BoothStatus::Reserved),
            ("Sold", BoothStatus::Sold),
        ] {
            if self.word(word).is_some() {
                return Some(status);
            }
        }
        None
    }
}

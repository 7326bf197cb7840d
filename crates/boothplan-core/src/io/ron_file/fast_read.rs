//! A fast reader for layout files in exactly the shape boothplan writes them.
//!
//! `ron` reads a 100,000-booth file several times slower than docs/SPEC.md §7 allows. Files
//! boothplan saved (and lightly hand-edited ones) follow one fixed shape, which this reads
//! directly. Anything else — comments, fields in another order, struct names, unusual number
//! spellings, any error — gives `None` and the file goes to `ron`, which alone reports errors.
//! A fuzz test holds that whatever this accepts, `ron` reads to the same layout.
//!
//! It also keeps the pre-scan's limits, so that the loader needs no second pass over a file it
//! reads: a string over [`MAX_STRING_BYTES`] or an outline over [`MAX_OUTLINE_VERTICES`] gives
//! `None` (before anything that size is allocated), and the pre-scan then refuses the file with
//! its own message. Nesting needs no count: the shape read here is never deeper than five
//! brackets. A fuzz test holds that loading gives the same result, layout or refusal, as with
//! the pre-scan run first.

use super::prescan::{MAX_OUTLINE_VERTICES, MAX_STRING_BYTES};
use std::collections::BTreeMap;

use crate::model::{
    Background, Booth, BoothStatus, Colour, Column, Exit, Hall, HallRules, Layout, LimitKey,
    Placement, Point, Premiums, Pricing, Rect, RulePack, Rules, Site, Theme, Zone,
};

/// Booth lists longer than this (in bytes of text) are read in two halves at once: below it a
/// second thread costs more than it saves. About 6,000 booths.
pub(super) const SPLIT_BOOTHS_ABOVE_BYTES: usize = 1 << 20;

/// The layout, when the text has the canonical shape; `None` sends it to the full parser.
#[must_use]
pub(super) fn read_layout(text: &str) -> Option<Layout> {
    read_layout_with(text, SPLIT_BOOTHS_ABOVE_BYTES)
}

/// [`read_layout`], reading the booth list in two halves at once when its text is longer than
/// `split_above_bytes`. The result does not depend on it: tests set it to 0 to try the split
/// on every file.
#[must_use]
pub(super) fn read_layout_with(text: &str, split_above_bytes: usize) -> Option<Layout> {
    let mut p = Reader { text, bytes: text.as_bytes(), pos: 0 };
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
    let site = p.site()?;
    p.key("themes")?;
    let themes = p.list(Reader::theme)?;
    p.comma()?;
    p.key("halls")?;
    let halls = p.list(Reader::hall)?;
    p.comma()?;
    p.key("columns")?;
    let columns = p.list(Reader::column)?;
    p.comma()?;
    let exits = p.exits()?;
    p.key("zones")?;
    let zones = p.list(Reader::zone)?;
    p.comma()?;
    p.key("booths")?;
    let booths = p.booths(split_above_bytes)?;
    let pricing = p.pricing_field()?;
    let rules = p.rules_field()?;
    let backgrounds =
        if p.next_field("backgrounds")? { p.list(Reader::background)? } else { Vec::new() };
    p.end_struct()?;
    p.skip_ws();
    (p.pos == p.bytes.len()).then_some(Layout {
        format,
        name,
        grid_step_m,
        min_aisle_m,
        site,
        themes,
        halls,
        columns,
        exits,
        zones,
        booths,
        pricing,
        rules,
        backgrounds,
    })
}

struct Reader<'a> {
    /// The text, for taking strings out of it: cut at quotes and backslashes, which are ASCII
    /// and so always between characters, they need no second UTF-8 check.
    text: &'a str,
    /// The same text as bytes, for reading.
    bytes: &'a [u8],
    pos: usize,
}

/// Powers of ten that `f64` holds exactly.
const EXACT_POWERS_OF_TEN: [f64; 16] =
    [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/// The value of a number written `-12.25` or `3.0` (no exponent) with at most 15 digits in
/// all, computed without the general parser; `None` for anything else.
///
/// Exact (Clinger's fast path): the digits as a whole number are below 2^53 and the power of
/// ten is at most 10^15, both held exactly by `f64`, and one IEEE division rounds correctly —
/// the same value `str::parse` gives. Coordinates such as `1234.5` are nearly all like this.
fn short_decimal(written: &[u8]) -> Option<f64> {
    let (negative, digits) = match written.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, written),
    };
    if digits.len() > 16 {
        return None;
    }
    let mut whole = 0u64;
    let mut fraction_digits = None;
    for (i, &b) in digits.iter().enumerate() {
        match b {
            b'0'..=b'9' => whole = whole * 10 + u64::from(b - b'0'),
            b'.' if fraction_digits.is_none() => fraction_digits = Some(digits.len() - i - 1),
            _ => return None,
        }
    }
    let scale = EXACT_POWERS_OF_TEN.get(fraction_digits.unwrap_or(0))?;
    if fraction_digits.is_none() && digits.len() > 15 {
        return None;
    }
    let v = whole as f64 / scale;
    Some(if negative { -v } else { v })
}

/// How a run of list items ended.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ended {
    /// At the list's `]`, which has been read.
    Closed,
    /// At the start of an item at the offset where another reader took over.
    AtHandOver,
}

/// The offset of the first item that starts a line at or after `from`: a line whose first
/// non-blank byte is `(`. Only a guess (it could be inside a string); the first half's reader
/// decides whether an item really starts there.
fn line_item_start(bytes: &[u8], from: usize) -> Option<usize> {
    let newline = from + bytes.get(from..)?.iter().position(|&b| b == b'\n')?;
    let at = newline + bytes[newline..].iter().position(|b| !b.is_ascii_whitespace())?;
    (bytes[at] == b'(').then_some(at)
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
        // Byte by byte: these words are a few bytes long, and a `memcmp` call for each of the
        // ten keys of a booth costs more than the comparison.
        let here = self.bytes.get(self.pos..end)?;
        let whole = here.iter().zip(word.as_bytes()).all(|(a, b)| a == b)
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
        let written = &self.bytes[start..self.pos];
        if let Some(v) = short_decimal(written) {
            return Some(v);
        }
        let text = std::str::from_utf8(written).ok()?;
        text.parse::<f64>().ok().filter(|v| v.is_finite())
    }

    /// A quoted string with the escapes `char::escape_debug` writes, of at most
    /// [`MAX_STRING_BYTES`] as written (escapes count as written, as in the pre-scan).
    fn string(&mut self) -> Option<String> {
        self.punct(b'"')?;
        let start = self.pos;
        let too_long = |pos: usize| pos - start > MAX_STRING_BYTES;
        // Fast path: no escapes.
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b'"' => {
                    if too_long(self.pos) {
                        return None;
                    }
                    let s = self.text.get(start..self.pos)?;
                    self.pos += 1;
                    return Some(s.to_owned());
                }
                b'\\' => break,
                _ => self.pos += 1,
            }
        }
        if too_long(self.pos) {
            return None;
        }
        let mut out = self.text.get(start..self.pos)?.to_owned();
        loop {
            let run_start = self.pos;
            while let Some(&b) = self.bytes.get(self.pos) {
                if b == b'"' || b == b'\\' {
                    break;
                }
                self.pos += 1;
            }
            if too_long(self.pos) {
                return None;
            }
            out.push_str(self.text.get(run_start..self.pos)?);
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
    fn list<T>(&mut self, item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        self.list_of_at_most(usize::MAX, item)
    }

    /// A [`Self::list`] of at most `max` items; `None` as soon as there are more.
    fn list_of_at_most<T>(
        &mut self,
        max: usize,
        item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.punct(b'[')?;
        self.items(max, None, item).map(|(items, _)| items)
    }

    /// The booth list; when its text is longer than `split_above_bytes`, read in two halves at
    /// once (one file a booth a line, as boothplan writes it, splits at a line in the middle).
    ///
    /// The second reader starts at a guessed item start; the first reads on from the list's
    /// `[` exactly as a single reader would and uses the second's booths only if it arrives at
    /// that very item start between two items. Otherwise (the guess was inside a string, say)
    /// it reads on to the `]` itself and the second half is dropped. Either way the booths,
    /// and whether the list is taken at all, are those of a single reader.
    fn booths(&mut self, split_above_bytes: usize) -> Option<Vec<Booth>> {
        self.punct(b'[')?;
        let rest = self.bytes.len() - self.pos;
        let hand_over = if rest > split_above_bytes {
            line_item_start(self.bytes, self.pos + rest / 2)
        } else {
            None
        };
        let Some(hand_over) = hand_over else {
            return self.items(usize::MAX, None, Reader::booth).map(|(items, _)| items);
        };
        let (text, bytes) = (self.text, self.bytes);
        let (first, second) = rayon::join(
            || self.items(usize::MAX, Some(hand_over), Reader::booth),
            || {
                let mut second = Reader { text, bytes, pos: hand_over };
                second.items(usize::MAX, None, Reader::booth).map(|(items, _)| (items, second.pos))
            },
        );
        match first? {
            (items, Ended::Closed) => Some(items),
            (mut items, Ended::AtHandOver) => {
                let (rest, end) = second?;
                items.extend(rest);
                self.pos = end;
                Some(items)
            }
        }
    }

    /// List items after the `[` up to and including the `]` (at most `max` of them), or up to
    /// the item that starts at `hand_over` if there is one.
    fn items<T>(
        &mut self,
        max: usize,
        hand_over: Option<usize>,
        mut item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<(Vec<T>, Ended)> {
        let mut items = Vec::new();
        loop {
            if self.peek()? == b']' {
                self.pos += 1;
                return Some((items, Ended::Closed));
            }
            if hand_over == Some(self.pos) {
                return Some((items, Ended::AtHandOver));
            }
            if items.len() == max {
                return None;
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

    /// `site: (lon: …, lat: …, bearing_deg: …),` when there is one: `Some(None)` when absent.
    #[expect(clippy::option_option, reason = "outer: read or not; inner: the optional field")]
    fn site(&mut self) -> Option<Option<Site>> {
        if self.word("site").is_none() {
            return Some(None);
        }
        self.punct(b':')?;
        self.punct(b'(')?;
        self.key("lon")?;
        let lon = self.float()?;
        self.comma()?;
        self.key("lat")?;
        let lat = self.float()?;
        self.comma()?;
        self.key("bearing_deg")?;
        let bearing_deg = self.float()?;
        self.end_struct()?;
        self.comma()?;
        Some(Some(Site { lon, lat, bearing_deg }))
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
        let mut target_area_m2 = None;
        if self.peek()? == b',' {
            self.pos += 1;
            if self.peek()? != b')' {
                self.key("target_area_m2")?;
                target_area_m2 = Some(self.some(Reader::float)?);
            }
        }
        self.end_struct()?;
        Some(Theme { key, name, colour, target_area_m2 })
    }

    /// `Some(VALUE)`, as `ron` writes an optional field that is set.
    fn some<T>(&mut self, value: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        self.word("Some")?;
        self.punct(b'(')?;
        let v = value(self)?;
        self.punct(b')')?;
        Some(v)
    }

    /// `, pricing: Some((…))` after the booth list, when the layout has a price list (`Some(None)`
    /// when it has none). A comma left before the closing bracket is left for `end_struct`.
    #[expect(
        clippy::option_option,
        reason = "the reader's `None` means not this shape; the inner one, no price list"
    )]
    fn pricing_field(&mut self) -> Option<Option<Pricing>> {
        if !self.next_field("pricing")? {
            return Some(None);
        }
        self.some(Reader::pricing).map(Some)
    }

    /// `, rules: "nfpa101"` or `, rules: (pack: …, limits: {…}, halls: […])` after the price
    /// list, when the layout has rules of its own (the default rules when absent). A comma
    /// left before the closing bracket is left for `end_struct`.
    fn rules_field(&mut self) -> Option<Rules> {
        if !self.next_field("rules")? {
            return Some(Rules::default());
        }
        if self.peek()? == b'"' {
            let pack = RulePack::from_name(&self.string()?)?;
            return Some(Rules { pack, ..Rules::default() });
        }
        self.punct(b'(')?;
        self.key("pack")?;
        let pack = RulePack::from_name(&self.string()?)?;
        let mut rules = Rules { pack, ..Rules::default() };
        if self.next_field("limits")? {
            rules.limits = self.limit_map()?;
        }
        if self.next_field("halls")? {
            rules.halls = self.list(Reader::hall_rules)?;
        }
        self.end_struct()?;
        Some(rules)
    }

    /// After a field: `, NAME:` read and `true`, or `false` with nothing read when the next
    /// field is another one or the struct ends.
    fn next_field(&mut self, name: &str) -> Option<bool> {
        let before = self.pos;
        if self.peek()? != b',' {
            return Some(false);
        }
        self.pos += 1;
        if self.word(name).is_none() {
            self.pos = before;
            return Some(false);
        }
        self.punct(b':')?;
        Some(true)
    }

    /// `{"long_row_m": 24.0, …}`; a limit named twice is for `ron` to judge.
    fn limit_map(&mut self) -> Option<BTreeMap<LimitKey, f64>> {
        self.punct(b'{')?;
        let mut limits = BTreeMap::new();
        while self.peek()? != b'}' {
            let key = LimitKey::from_name(&self.string()?)?;
            self.punct(b':')?;
            limits.insert(key, self.float()?).is_none().then_some(())?;
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => {}
                _ => return None,
            }
        }
        self.pos += 1;
        Some(limits)
    }

    fn hall_rules(&mut self) -> Option<HallRules> {
        self.punct(b'(')?;
        self.key("hall")?;
        let hall = self.string()?;
        self.comma()?;
        self.key("reference")?;
        let reference = self.string()?;
        let limits = if self.next_field("limits")? { self.limit_map()? } else { BTreeMap::new() };
        self.end_struct()?;
        Some(HallRules { hall, reference, limits })
    }

    fn pricing(&mut self) -> Option<Pricing> {
        self.punct(b'(')?;
        self.key("currency")?;
        let currency = self.string()?;
        self.comma()?;
        self.key("per_m2")?;
        self.punct(b'{')?;
        let mut per_m2 = std::collections::BTreeMap::new();
        while self.peek()? != b'}' {
            let theme = self.string()?;
            self.punct(b':')?;
            // A key twice is for `ron` to judge.
            per_m2.insert(theme, self.float()?).is_none().then_some(())?;
            // Entries are separated by commas: two without one are for `ron` to refuse.
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => {}
                _ => return None,
            }
        }
        self.pos += 1;
        self.comma()?;
        self.key("premium_pct")?;
        self.punct(b'(')?;
        self.key("corner")?;
        let corner = self.float()?;
        self.comma()?;
        self.key("peninsula")?;
        let peninsula = self.float()?;
        self.comma()?;
        self.key("island")?;
        let island = self.float()?;
        self.end_struct()?;
        self.end_struct()?;
        Some(Pricing { currency, per_m2, premium_pct: Premiums { corner, peninsula, island } })
    }

    fn hall(&mut self) -> Option<Hall> {
        self.punct(b'(')?;
        self.key("id")?;
        let id = self.string()?;
        self.comma()?;
        self.key("name")?;
        let name = self.string()?;
        self.comma()?;
        let sprinklered = self.word("sprinklered").is_some();
        if sprinklered {
            self.punct(b':')?;
            self.word("true")?;
            self.comma()?;
        }
        self.key("outline")?;
        let outline = self.list_of_at_most(MAX_OUTLINE_VERTICES, Reader::point)?;
        self.end_struct()?;
        Some(Hall { id, name, sprinklered, outline })
    }

    /// `exits: [(…), …],` before the zones, when the layout has exits.
    fn exits(&mut self) -> Option<Vec<Exit>> {
        if self.word("exits").is_none() {
            return Some(Vec::new());
        }
        self.punct(b':')?;
        let exits = self.list(Reader::exit)?;
        self.comma()?;
        Some(exits)
    }

    fn exit(&mut self) -> Option<Exit> {
        self.punct(b'(')?;
        self.key("id")?;
        let id = self.string()?;
        self.comma()?;
        let hall = self.hall_field()?;
        self.key("from")?;
        let from = self.point()?;
        self.comma()?;
        self.key("to")?;
        let to = self.point()?;
        self.end_struct()?;
        Some(Exit { id, hall, from, to })
    }

    fn background(&mut self) -> Option<Background> {
        self.punct(b'(')?;
        self.key("path")?;
        let path = self.string()?;
        self.comma()?;
        let hall = self.hall_field()?;
        let page = if self.word("page").is_some() {
            self.punct(b':')?;
            let page = self.unsigned()?;
            self.comma()?;
            Some(page)
        } else {
            None
        };
        self.key("size_px")?;
        self.punct(b'(')?;
        let width = self.unsigned()?;
        self.comma()?;
        let height = self.unsigned()?;
        self.end_struct()?;
        self.comma()?;
        self.key("placement")?;
        self.punct(b'(')?;
        self.key("origin")?;
        let origin = self.point()?;
        self.comma()?;
        self.key("m_per_px")?;
        let m_per_px = self.float()?;
        self.comma()?;
        self.key("rotation_deg")?;
        let rotation_deg = self.float()?;
        self.end_struct()?;
        self.comma()?;
        self.key("opacity")?;
        let opacity = self.float()?;
        self.comma()?;
        self.key("visible")?;
        let visible = self.boolean()?;
        self.comma()?;
        self.key("locked")?;
        let locked = self.boolean()?;
        self.end_struct()?;
        Some(Background {
            path,
            hall,
            page,
            size_px: (width, height),
            placement: Placement { origin, m_per_px, rotation_deg },
            opacity,
            visible,
            locked,
        })
    }

    /// `true` or `false`.
    fn boolean(&mut self) -> Option<bool> {
        if self.word("true").is_some() {
            return Some(true);
        }
        self.word("false").map(|()| false)
    }

    fn column(&mut self) -> Option<Column> {
        self.punct(b'(')?;
        self.key("id")?;
        let id = self.string()?;
        self.comma()?;
        let hall = self.hall_field()?;
        self.key("outline")?;
        let outline = self.list_of_at_most(MAX_OUTLINE_VERTICES, Reader::point)?;
        self.end_struct()?;
        Some(Column { id, hall, outline })
    }

    fn zone(&mut self) -> Option<Zone> {
        self.punct(b'(')?;
        self.key("id")?;
        let id = self.string()?;
        self.comma()?;
        let hall = self.hall_field()?;
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
        let hall = self.hall_field()?;
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

    /// `hall: "1A",` when the object names a hall (`Some(None)` when the field is left out, as
    /// for an object outside every hall); an empty name reads as none, as `ron` reads it.
    #[expect(
        clippy::option_option,
        reason = "the reader's `None` means not this shape; the inner one, no hall"
    )]
    fn hall_field(&mut self) -> Option<Option<String>> {
        if self.word("hall").is_none() {
            return Some(None);
        }
        self.punct(b':')?;
        let hall = crate::model::hall_from_written(self.string()?);
        self.comma()?;
        Some(hall)
    }

    fn status(&mut self) -> Option<BoothStatus> {
        for (word, status) in [
            ("Available", BoothStatus::Available),
            ("Reserved", BoothStatus::Reserved),
            ("Sold", BoothStatus::Sold),
            ("Blocked", BoothStatus::Blocked),
        ] {
            if self.word(word).is_some() {
                return Some(status);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::fmt::Write as _;

    proptest! {
        #[test]
        fn short_decimals_read_as_the_general_parser_reads_them(
            whole in 0u64..10_000_000_000,
            fraction in 0u64..1_000_000_000,
            fraction_digits in 0usize..10,
            negative: bool,
        ) {
            let fraction = format!("{fraction:09}");
            let sign = if negative { "-" } else { "" };
            let text = format!("{sign}{whole}.{}", &fraction[..fraction_digits.max(1)]);
            let expected: f64 = text.parse().unwrap();
            let digits = text.bytes().filter(u8::is_ascii_digit).count();
            match short_decimal(text.as_bytes()) {
                Some(got) => prop_assert_eq!(got.to_bits(), expected.to_bits(), "{}", text),
                // Only numbers too long for the exact shortcut go to the general parser.
                None => prop_assert!(digits > 15, "{}", text),
            }
        }
    }

    #[test]
    fn short_decimal_leaves_long_and_exponent_numbers_to_the_parser() {
        assert_eq!(short_decimal(b"3.0"), Some(3.0));
        assert_eq!(short_decimal(b"-0.0").map(f64::to_bits), Some((-0.0f64).to_bits()));
        assert_eq!(short_decimal(b"0.30000000000000004"), None);
        assert_eq!(short_decimal(b"1e-7"), None);
        assert_eq!(short_decimal(b"9007199254740993"), None);
        assert_eq!(short_decimal(b"999999999999999"), Some(999_999_999_999_999.0));
    }

    /// A canonical file with `booths` booths, one a line.
    fn file(booths: usize) -> String {
        let mut text = String::from(
            "(\n    format: 1,\n    name: \"x\",\n    grid_step_m: 1.0,\n    min_aisle_m: 3.0,\n    \
             themes: [],\n    halls: [],\n    columns: [],\n    zones: [],\n    booths: [\n",
        );
        for i in 0..booths {
            writeln!(
                text,
                "        (id: \"B{i}\", hall: \"1A\", theme: \"t\", rect: (x_m: {i}.5, y_m: 0.0, \
                 width_m: 3.0, height_m: 3.0), status: Sold),"
            )
            .unwrap();
        }
        text.push_str("    ],\n)\n");
        text
    }

    #[test]
    fn the_split_reader_reads_what_the_single_one_reads() {
        for booths in [0, 1, 2, 3, 10, 101] {
            let text = file(booths);
            let single = read_layout_with(&text, usize::MAX).unwrap();
            assert_eq!(single.booths.len(), booths);
            assert_eq!(read_layout_with(&text, 0), Some(single), "{booths} booths");
        }
    }

    #[test]
    fn a_hand_over_inside_a_string_is_not_taken() {
        // A line in the middle that looks like a booth but is the inside of an exhibitor name.
        let mut text = file(4);
        let fake = "\n        (id: \\\"FAKE\\\", hall: \\\"1A\\\", theme: \\\"t\\\", rect: (x_m: 0.0, \
                    y_m: 0.0, width_m: 3.0, height_m: 3.0), status: Sold),\n";
        let at = text.find("status: Sold),\n        (id: \"B2\"").unwrap() + "status: Sold".len();
        // Long enough that the middle of the booth list falls inside it.
        text.insert_str(at, &format!(", exhibitor: \"{}{}\"", "x".repeat(4000), fake));
        // Where the reader guesses: half-way through the text after the list's `[`.
        let list = text.find("booths: [").unwrap() + "booths: [".len();
        let guess = list + (text.len() - list) / 2;
        assert!(text[guess..].starts_with('x'), "the guess must fall in the string");
        let single = read_layout_with(&text, usize::MAX).unwrap();
        assert_eq!(single.booths.len(), 4);
        assert!(single.booths[1].exhibitor.contains("FAKE"));
        assert_eq!(read_layout_with(&text, 0), Some(single));
    }

    #[test]
    fn a_broken_second_half_fails_the_whole_read() {
        let text = file(100).replace("(id: \"B80\"", "(id: B80");
        assert_eq!(read_layout_with(&text, usize::MAX), None);
        assert_eq!(read_layout_with(&text, 0), None);
    }

    #[test]
    fn strings_and_outlines_over_the_limits_are_not_read() {
        let long = "x".repeat(MAX_STRING_BYTES + 1);
        let text = file(1).replace("name: \"x\"", &format!("name: \"{long}\""));
        assert_eq!(read_layout(&text), None);
        let exactly = "x".repeat(MAX_STRING_BYTES);
        let text = file(1).replace("name: \"x\"", &format!("name: \"{exactly}\""));
        assert!(read_layout(&text).is_some());
        // With escapes, the length as written counts, as in the pre-scan.
        let escaped = "\\n".repeat(MAX_STRING_BYTES / 2 + 1);
        let text = file(1).replace("name: \"x\"", &format!("name: \"{escaped}\""));
        assert_eq!(read_layout(&text), None);

        let hall = |n: usize| {
            let points = "(1.0, 2.0), ".repeat(n);
            file(1).replace(
                "halls: []",
                &format!("halls: [(id: \"1A\", name: \"A\", outline: [{points}])]"),
            )
        };
        assert_eq!(read_layout(&hall(MAX_OUTLINE_VERTICES + 1)), None);
        let read = read_layout(&hall(MAX_OUTLINE_VERTICES)).unwrap();
        assert_eq!(read.halls[0].outline.len(), MAX_OUTLINE_VERTICES);
    }
}

//! The look at a layout file taken before the real parse.
//!
//! It refuses what could exhaust the stack or memory (deep nesting, huge strings, huge outlines)
//! and reads the `format` version, so that a file from a newer boothplan is refused by name
//! rather than with a confusing "unknown field" from the parser.

use super::scan::{Scanner, Token};
use crate::units::group_thousands;

/// Deepest bracket nesting a layout file may have; a real one needs 5.
pub const MAX_NESTING: usize = 64;
/// Longest string a layout file may hold (names, ids, exhibitors), in bytes.
pub const MAX_STRING_BYTES: usize = 64 * 1024;
/// Most items a nested list (a hall or column outline) may hold.
pub const MAX_OUTLINE_VERTICES: usize = 100_000;
/// Lists at or below this nesting depth are the layout's own collections (booths, halls, …),
/// bounded only by the file size; deeper lists are outlines.
const COLLECTION_DEPTH: usize = 2;

/// What the pre-scan learnt about the file.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Outline<'a> {
    /// The text of the top-level `format` value and its byte offset, when present.
    pub format: Option<(&'a str, usize)>,
    /// Offset of the `(` that opens the layout, when the file starts like one.
    pub layout_open: Option<usize>,
    /// True when the file holds no token at all (empty, blank or only comments).
    pub empty: bool,
    /// How many values (numbers, words, strings, brackets) the file holds: what parsing it
    /// into a tree would allocate.
    pub values: usize,
}

/// A refusal: byte offset and what was expected.
pub(crate) type Refusal = (usize, String);

struct Frame {
    open: u8,
    at: usize,
    items: usize,
    expecting_item: bool,
}

/// Scans `text` once; refuses hostile nesting, strings and lists with the offset to blame.
pub(crate) fn prescan(text: &str) -> Result<Outline<'_>, Refusal> {
    let mut outline = Outline { empty: true, ..Outline::default() };
    let mut stack: Vec<Frame> = Vec::new();
    let mut format = FormatSpotter::default();
    for (at, token) in Scanner::new_at(text, 0) {
        outline.empty = false;
        if !matches!(token, Token::Comma | Token::Colon | Token::Close(_)) {
            outline.values += 1;
        }
        count_item(&mut stack, token)?;
        if stack.len() == 1 && outline.format.is_none() {
            outline.format = format.see(text, at, token);
        }
        match token {
            Token::Open(open) => {
                if stack.len() >= MAX_NESTING {
                    return Err((at, too_deep()));
                }
                if stack.is_empty() && open == b'(' && outline.layout_open.is_none() {
                    outline.layout_open = Some(at);
                }
                stack.push(Frame { open, at, items: 0, expecting_item: true });
            }
            Token::Close(_) => {
                stack.pop();
            }
            Token::Comma => {
                if let Some(top) = stack.last_mut() {
                    top.expecting_item = true;
                }
            }
            Token::Str { start, end } if end - start > MAX_STRING_BYTES => {
                return Err((at, too_long(end - start)));
            }
            _ => {}
        }
    }
    Ok(outline)
}

/// Counts a new item of the innermost list, refusing outlines over the vertex limit.
fn count_item(stack: &mut [Frame], token: Token) -> Result<(), Refusal> {
    let depth = stack.len();
    if let Some(top) = stack.last_mut()
        && top.open != b'{'
        && !matches!(token, Token::Comma | Token::Close(_))
        && top.expecting_item
    {
        top.items += 1;
        top.expecting_item = false;
        if top.open == b'[' && depth > COLLECTION_DEPTH && top.items > MAX_OUTLINE_VERTICES {
            return Err((top.at, too_many_items()));
        }
    }
    Ok(())
}

/// Watches the tokens at depth 1 for `format` `:` `VALUE`.
#[derive(Default)]
struct FormatSpotter<'a> {
    key: Option<&'a str>,
    after_colon: bool,
}

impl<'a> FormatSpotter<'a> {
    /// The value text and offset once `format: VALUE` has been seen.
    fn see(&mut self, text: &'a str, at: usize, token: Token) -> Option<(&'a str, usize)> {
        let mut found = None;
        match token {
            // Whatever the value is; anything but a whole number is left to the parser.
            _ if self.after_colon && self.key == Some("format") => {
                let value = match token {
                    Token::Word { start, end } => &text[start..end],
                    _ => &text[at..=at],
                };
                found = Some((value, at));
            }
            Token::Word { start, end } => self.key = Some(&text[start..end]),
            Token::Colon => {}
            _ => self.key = None,
        }
        self.after_colon = token == Token::Colon && self.key.is_some();
        found
    }
}

fn too_deep() -> String {
    format!(
        "brackets nested more than {MAX_NESTING} levels deep; a boothplan layout needs only a few"
    )
}

fn too_long(bytes: usize) -> String {
    format!(
        "a string of {} bytes; names, ids and exhibitors may have at most {} bytes",
        group_thousands(bytes),
        group_thousands(MAX_STRING_BYTES)
    )
}

fn too_many_items() -> String {
    format!(
        "a list of more than {} items; a hall or column outline may have at most {} vertices",
        group_thousands(MAX_OUTLINE_VERTICES),
        group_thousands(MAX_OUTLINE_VERTICES)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_format_at_the_top_level_only() {
        let text = "(name: \"format: 9\", halls: [(format: 7)], format: 99, booths: [])";
        let outline = prescan(text).unwrap();
        assert_eq!(outline.format.map(|f| f.0), Some("99"));
        assert_eq!(outline.layout_open, Some(0));
        assert!(!outline.empty);
        assert!(prescan(" // only a comment\n").unwrap().empty);
    }

    #[test]
    fn refuses_deep_nesting_at_the_first_bracket_too_deep() {
        let text = format!("(format: 1, halls: {}", "[".repeat(200));
        let (at, message) = prescan(&text).unwrap_err();
        assert_eq!(at, "(format: 1, halls: ".len() + MAX_NESTING - 1);
        assert!(message.contains("64 levels"), "{message}");
    }

    #[test]
    fn refuses_huge_outlines_but_not_huge_booth_lists() {
        let points = "(1.0, 2.0),".repeat(MAX_OUTLINE_VERTICES + 1);
        let text = format!("(format: 1, halls: [(id: \"1A\", outline: [{points}])])");
        let (at, message) = prescan(&text).unwrap_err();
        assert_eq!(&text[at..=at], "[");
        assert!(message.contains("100,000 vertices"), "{message}");
        let booths = "(),".repeat(MAX_OUTLINE_VERTICES + 1);
        assert!(prescan(&format!("(format: 1, booths: [{booths}])")).is_ok());
        let exactly = "(1.0, 2.0),".repeat(MAX_OUTLINE_VERTICES);
        assert!(prescan(&format!("(halls: [(outline: [{exactly}])])")).is_ok());
    }

    #[test]
    fn refuses_huge_strings() {
        let text = format!("(format: 1, name: \"{}\")", "x".repeat(MAX_STRING_BYTES + 1));
        let (at, message) = prescan(&text).unwrap_err();
        assert_eq!(at, "(format: 1, name: ".len());
        assert!(message.contains("65,537 bytes"), "{message}");
    }
}

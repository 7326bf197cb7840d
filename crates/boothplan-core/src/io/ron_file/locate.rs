//! Finding where in the text an object or field is, to point a validation error at its line.
//!
//! The parser gives positions only for syntax and type errors; a booth naming an unknown hall
//! parses fine and is caught afterwards, on the model. This walks the text along the same path
//! (`booths`, 12th item, `hall`) to find the position to report.

use super::scan::{Scanner, Token};

/// One step of a path into the layout, as written in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// A named field of a struct, e.g. `booths` or `width_m`.
    Field(&'static str),
    /// The n-th item (0-based) of a list or tuple.
    Index(usize),
}

/// Byte offset of the value at `path` in `text`, or of the deepest part of it that was found.
///
/// The path starts at the layout's outer `(` (or `{` in JSON); a path that cannot be followed
/// to its end stops at the last value found, which is still the right object or line.
#[must_use]
pub(crate) fn locate(text: &str, path: &[Step]) -> usize {
    let Some(mut current) = Scanner::new_at(text, 0)
        .find(|(_, t)| matches!(t, Token::Open(b'(' | b'{')))
        .map(|(at, _)| at)
    else {
        return 0;
    };
    for step in path {
        match child(text, current, *step) {
            Some(at) => current = at,
            None => break,
        }
    }
    current
}

/// Offset of the value that `step` names inside the bracketed value opening at `open_at`.
fn child(text: &str, open_at: usize, step: Step) -> Option<usize> {
    let mut tokens = Scanner::new_at(text, open_at);
    if !matches!(tokens.next(), Some((_, Token::Open(_)))) {
        return None;
    }
    let mut depth = 1usize;
    let mut index = 0usize;
    let mut expecting_item = true;
    let mut key: Option<&str> = None;
    let mut value_follows = false;
    for (at, token) in tokens {
        if depth == 1 {
            if value_follows {
                return Some(at);
            }
            match (step, token) {
                (Step::Index(n), t) if expecting_item && !matches!(t, Token::Close(_)) => {
                    if index == n {
                        return Some(at);
                    }
                    index += 1;
                    expecting_item = false;
                }
                (Step::Field(name), Token::Colon) => value_follows = key == Some(name),
                (Step::Field(_), Token::Word { start, end } | Token::Str { start, end }) => {
                    key = Some(&text[start..end]);
                }
                _ => key = None,
            }
        }
        match token {
            Token::Open(_) => depth += 1,
            Token::Close(_) => {
                depth -= 1;
                if depth == 0 {
                    return None;
                }
            }
            Token::Comma if depth == 1 => expecting_item = true,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "(\n  format: 1,\n  halls: [\n    (id: \"A\", outline: [(0.0, 0.0), (1.0, 2.0)]),\n    (id: \"B\", outline: [])\n  ],\n  booths: [(id: \"hall\", hall: \"B\")],\n)";

    fn at<'a>(path: &[Step]) -> &'a str {
        &TEXT[locate(TEXT, path)..]
    }

    #[test]
    fn follows_fields_and_indices() {
        use Step::{Field, Index};
        assert!(at(&[Field("halls"), Index(1)]).starts_with("(id: \"B\""));
        assert!(
            at(&[Field("halls"), Index(0), Field("outline"), Index(1), Index(1)])
                .starts_with("2.0)")
        );
        // A string value equal to a field name is not taken for the field.
        assert!(at(&[Field("booths"), Index(0), Field("hall")]).starts_with("\"B\")"));
        assert!(at(&[Field("format")]).starts_with("1,"));
    }

    #[test]
    fn stops_at_the_deepest_part_found() {
        use Step::{Field, Index};
        assert!(at(&[Field("halls"), Index(1), Field("name")]).starts_with("(id: \"B\""));
        assert!(at(&[Field("halls"), Index(7)]).starts_with("[\n    (id"));
        assert_eq!(locate("no brackets", &[Field("x")]), 0);
    }
}

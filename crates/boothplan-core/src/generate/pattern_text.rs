//! Booth-number patterns such as `{hall}-{n:03}`: parsed once, with a message that points at the
//! column of any mistake.

use std::fmt::Write as _;

/// The pattern used when the planner gives none: hall, dash, three-digit number (`1A-007`).
pub const DEFAULT_PATTERN: &str = "{hall}-{n:03}";

/// Widest zero padding a pattern may ask for.
const MAX_WIDTH: usize = 12;

/// One piece of a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Piece {
    /// Text copied as it is.
    Text(String),
    /// The hall's id.
    Hall,
    /// The zone's id.
    Zone,
    /// The running number, zero padded to this many digits.
    Number(usize),
}

/// A parsed numbering pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberPattern {
    /// What the planner typed.
    source: String,
    /// Its pieces, in order.
    pieces: Vec<Piece>,
}

/// A mistake in a numbering pattern, located by its column (1-based, in characters).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("numbering pattern `{pattern}`, column {column}: {message}")]
pub struct PatternError {
    /// The pattern as typed.
    pub pattern: String,
    /// Column of the mistake, counted in characters from 1.
    pub column: usize,
    /// What was expected there.
    pub message: String,
}

impl NumberPattern {
    /// Parses `source`: text with `{hall}`, `{zone}`, `{n}` or `{n:03}` (zero padded to 3
    /// digits) in it; `{{` and `}}` stand for braces. `{n}` must appear.
    ///
    /// # Errors
    /// An unknown or unclosed field, a stray `}`, a bad width, or no `{n}` at all.
    pub fn parse(source: &str) -> Result<Self, PatternError> {
        let err = |column: usize, message: String| PatternError {
            pattern: source.to_owned(),
            column,
            message,
        };
        let chars: Vec<char> = source.chars().collect();
        let mut pieces = Vec::new();
        let mut text = String::new();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '{' if chars.get(i + 1) == Some(&'{') => {
                    text.push('{');
                    i += 2;
                }
                '}' if chars.get(i + 1) == Some(&'}') => {
                    text.push('}');
                    i += 2;
                }
                '}' => {
                    return Err(err(
                        i + 1,
                        "a `}` with no `{` before it (write `}}` for a brace)".into(),
                    ));
                }
                '{' => {
                    let Some(len) = chars[i + 1..].iter().position(|&c| c == '}') else {
                        return Err(err(i + 1, "a `{` that is never closed by `}`".into()));
                    };
                    let field: String = chars[i + 1..i + 1 + len].iter().collect();
                    let piece = field_piece(&field).map_err(|m| err(i + 2, m))?;
                    if !text.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    pieces.push(piece);
                    i += len + 2;
                }
                c => {
                    text.push(c);
                    i += 1;
                }
            }
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(text));
        }
        if !pieces.iter().any(|p| matches!(p, Piece::Number(_))) {
            let column = chars.len() + 1;
            return Err(err(column, "no `{n}`: every booth needs its own number".into()));
        }
        Ok(Self { source: source.to_owned(), pieces })
    }

    /// The pattern as typed.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// True when the pattern uses `{zone}`.
    #[must_use]
    pub fn uses_zone(&self) -> bool {
        self.pieces.contains(&Piece::Zone)
    }

    /// The booth number for running number `n` in `hall` and `zone`.
    #[must_use]
    pub fn format(&self, n: u64, hall: &str, zone: &str) -> String {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Hall => out.push_str(hall),
                Piece::Zone => out.push_str(zone),
                Piece::Number(width) => {
                    let _ = write!(out, "{n:0width$}");
                }
            }
        }
        out
    }
}

impl Default for NumberPattern {
    fn default() -> Self {
        let hall = Piece::Hall;
        let dash = Piece::Text("-".to_owned());
        Self { source: DEFAULT_PATTERN.to_owned(), pieces: vec![hall, dash, Piece::Number(3)] }
    }
}

/// The piece for the text between braces, or what was expected instead.
fn field_piece(field: &str) -> Result<Piece, String> {
    match field {
        "hall" => return Ok(Piece::Hall),
        "zone" => return Ok(Piece::Zone),
        "n" => return Ok(Piece::Number(0)),
        _ => {}
    }
    let expected = "expected `{hall}`, `{zone}`, `{n}` or `{n:03}`";
    let Some(width) = field.strip_prefix("n:") else {
        return Err(format!("unknown field `{{{field}}}`: {expected}"));
    };
    match width.parse::<usize>() {
        Ok(w)
            if !width.is_empty() && width.bytes().all(|b| b.is_ascii_digit()) && w <= MAX_WIDTH =>
        {
            Ok(Piece::Number(w))
        }
        _ => Err(format!(
            "`{{{field}}}`: the width after `n:` must be digits from 0 to {MAX_WIDTH}, as in `{{n:03}}`"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hall_and_padded_number() {
        let p = NumberPattern::parse("{hall}-{n:03}").unwrap();
        assert_eq!(p.format(7, "1A", "Z"), "1A-007");
        assert_eq!(p.format(1234, "1A", "Z"), "1A-1234");
        assert_eq!(p, NumberPattern::default());
        let z = NumberPattern::parse("{{{zone}}}/{n}").unwrap();
        assert_eq!(z.format(5, "1A", "1A-Z2"), "{1A-Z2}/5");
        assert!(z.uses_zone());
    }

    #[test]
    fn mistakes_name_their_column() {
        let e = NumberPattern::parse("{hall}-{m}").unwrap_err();
        assert_eq!(e.column, 9);
        assert!(e.to_string().contains("unknown field `{m}`"), "{e}");
        let e = NumberPattern::parse("A-{n").unwrap_err();
        assert_eq!((e.column, e.message.contains("never closed")), (3, true));
        assert!(NumberPattern::parse("{hall}").unwrap_err().message.contains("no `{n}`"));
        assert!(NumberPattern::parse("{n:x}").unwrap_err().message.contains("width"));
        assert!(NumberPattern::parse("{n:99}").is_err());
        assert_eq!(NumberPattern::parse("n}").unwrap_err().column, 2);
    }
}

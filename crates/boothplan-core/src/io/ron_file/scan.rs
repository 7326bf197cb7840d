//! A forgiving token scanner over RON (and JSON) text.
//!
//! The loader uses it before and after the real parse: to refuse hostile files (deep nesting,
//! huge strings and lists) before they cost a stack or memory, to read the `format` version
//! before anything else, and to find the line of an object that failed validation. It never
//! fails: whatever it cannot make sense of, the real parser reports.

/// One token: only what nesting, keys and positions need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Token {
    /// `(`, `[` or `{`.
    Open(u8),
    /// `)`, `]` or `}`.
    Close(u8),
    /// `,`
    Comma,
    /// `:`
    Colon,
    /// A quoted string; `start..end` covers its contents without the quotes.
    Str { start: usize, end: usize },
    /// An identifier, number or literal such as `true`; `start..end` is the word.
    Word { start: usize, end: usize },
    /// Any other byte.
    Other,
}

/// Walks the text token by token, yielding each token with the byte offset where it starts.
pub(crate) struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Scanner<'a> {
    /// A scanner starting at byte `offset` of `text`.
    pub(crate) fn new_at(text: &'a str, offset: usize) -> Self {
        Self { bytes: text.as_bytes(), pos: offset.min(text.len()) }
    }

    /// Skips whitespace and comments (`//` to the end of the line, nested `/* */`).
    fn skip_trivia(&mut self) {
        loop {
            while self.pos < self.bytes.len() && self.bytes[self.pos].is_ascii_whitespace() {
                self.pos += 1;
            }
            match (self.bytes.get(self.pos), self.bytes.get(self.pos + 1)) {
                (Some(b'/'), Some(b'/')) => {
                    while self.pos < self.bytes.len() && self.bytes[self.pos] != b'\n' {
                        self.pos += 1;
                    }
                }
                (Some(b'/'), Some(b'*')) => self.skip_block_comment(),
                _ => return,
            }
        }
    }

    fn skip_block_comment(&mut self) {
        let mut depth = 0usize;
        while self.pos < self.bytes.len() {
            match (self.bytes[self.pos], self.bytes.get(self.pos + 1)) {
                (b'/', Some(b'*')) => {
                    depth += 1;
                    self.pos += 2;
                }
                (b'*', Some(b'/')) => {
                    depth -= 1;
                    self.pos += 2;
                    if depth == 0 {
                        return;
                    }
                }
                _ => self.pos += 1,
            }
        }
    }

    /// Reads a string (or char literal) delimited by `quote`; `self.pos` is on the opening quote.
    fn quoted(&mut self, quote: u8) -> Token {
        let start = self.pos + 1;
        let mut i = start;
        while i < self.bytes.len() && self.bytes[i] != quote {
            i += if self.bytes[i] == b'\\' { 2 } else { 1 };
        }
        let end = i.min(self.bytes.len());
        self.pos = (end + 1).min(self.bytes.len());
        Token::Str { start, end }
    }

    /// Reads a raw string `r#"…"#`; `self.pos` is on the `r`, `hashes` `#` follow it.
    fn raw_string(&mut self, hashes: usize) -> Token {
        let start = self.pos + 2 + hashes;
        let mut i = start;
        while i < self.bytes.len() {
            if self.bytes[i] == b'"'
                && self.bytes.len() >= i + 1 + hashes
                && self.bytes[i + 1..i + 1 + hashes].iter().all(|&b| b == b'#')
            {
                self.pos = i + 1 + hashes;
                return Token::Str { start, end: i };
            }
            i += 1;
        }
        self.pos = self.bytes.len();
        Token::Str { start, end: self.bytes.len() }
    }

    /// The number of `#` after an `r` when they introduce a raw string, else `None`.
    fn raw_string_hashes(&self) -> Option<usize> {
        let rest = &self.bytes[self.pos + 1..];
        let hashes = rest.iter().take_while(|&&b| b == b'#').count();
        (rest.get(hashes) == Some(&b'"')).then_some(hashes)
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'+' | b'-') || b >= 0x80
}

impl Iterator for Scanner<'_> {
    type Item = (usize, Token);

    fn next(&mut self) -> Option<Self::Item> {
        self.skip_trivia();
        let at = self.pos;
        let b = *self.bytes.get(at)?;
        let token = match b {
            b'(' | b'[' | b'{' => {
                self.pos += 1;
                Token::Open(b)
            }
            b')' | b']' | b'}' => {
                self.pos += 1;
                Token::Close(b)
            }
            b',' => {
                self.pos += 1;
                Token::Comma
            }
            b':' => {
                self.pos += 1;
                Token::Colon
            }
            b'"' | b'\'' => self.quoted(b),
            b'b' if self.bytes.get(at + 1) == Some(&b'"') => {
                self.pos += 1;
                self.quoted(b'"')
            }
            b'r' if self.raw_string_hashes().is_some() => {
                let hashes = self.raw_string_hashes().unwrap_or(0);
                self.raw_string(hashes)
            }
            _ if is_word_byte(b) => {
                while self.pos < self.bytes.len() && is_word_byte(self.bytes[self.pos]) {
                    self.pos += 1;
                }
                Token::Word { start: at, end: self.pos }
            }
            _ => {
                self.pos += 1;
                Token::Other
            }
        };
        Some((at, token))
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
#[must_use]
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = 1 + before.bytes().filter(|&b| b == b'\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, 1 + before[line_start..].chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<Token> {
        Scanner::new_at(text, 0).map(|(_, t)| t).collect()
    }

    #[test]
    fn brackets_inside_strings_and_comments_are_not_tokens() {
        let text = r##"( a: "x(]\"", /* ( /* ] */ */ b: r#"("#, // ]
 c: 'ä' )"##;
        let opens = tokens(text).iter().filter(|t| matches!(t, Token::Open(_))).count();
        let closes = tokens(text).iter().filter(|t| matches!(t, Token::Close(_))).count();
        assert_eq!((opens, closes), (1, 1));
    }

    #[test]
    fn words_and_positions() {
        let text = "(format: 1,\n  name: \"Expo\")";
        let all: Vec<_> = Scanner::new_at(text, 0).collect();
        assert_eq!(all[1], (1, Token::Word { start: 1, end: 7 }));
        assert_eq!(all[3], (9, Token::Word { start: 9, end: 10 }));
        assert_eq!(line_col(text, 14), (2, 3));
        assert_eq!(line_col("中文x", "中文".len()), (1, 3));
    }
}

//! Small helpers for writing SVG text by hand: numbers with fixed precision, escaped text.

use std::fmt::{self, Write as _};

/// A length or coordinate written with at most three decimals (1 µm on paper), zeros trimmed.
///
/// Fixed precision keeps snapshots stable and files small; `-0` and non-finite values become `0`.
#[derive(Clone, Copy, Debug)]
pub struct Num(pub f64);

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fixed(f, self.0, 3)
    }
}

/// A factor written with at most nine decimals, as [`Num`] writes lengths: for an image's
/// matrix, where three would shift the far side of a large drawing, and the last digits of the
/// full value may differ from one maths library to another.
#[derive(Clone, Copy, Debug)]
pub struct Fine(pub f64);

impl fmt::Display for Fine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fixed(f, self.0, 9)
    }
}

/// Writes `value` rounded to `decimals` places, trailing zeros trimmed; `-0`, non-finite and
/// huge values as `0`.
fn fixed(f: &mut fmt::Formatter<'_>, value: f64, decimals: u32) -> fmt::Result {
    let unit = 10u64.pow(decimals);
    #[expect(clippy::cast_precision_loss, reason = "a power of ten up to 10^9, exact")]
    let scaled = (value * unit as f64).round();
    if !scaled.is_finite() || scaled == 0.0 || scaled.abs() >= 9e15 {
        return f.write_str("0");
    }
    if scaled < 0.0 {
        f.write_char('-')?;
    }
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a whole number below 9e15 in size"
    )]
    let units = scaled.abs() as u64;
    write!(f, "{}", units / unit)?;
    let frac = units % unit;
    if frac != 0 {
        let digits = format!("{frac:0width$}", width = decimals as usize);
        write!(f, ".{}", digits.trim_end_matches('0'))?;
    }
    Ok(())
}

/// Text escaped for XML content and attribute values; characters XML 1.0 forbids are dropped.
#[derive(Clone, Copy, Debug)]
pub struct Esc<'a>(pub &'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(pos) =
            rest.find(|c: char| matches!(c, '&' | '<' | '>' | '"' | '\'') || is_forbidden(c))
        {
            f.write_str(&rest[..pos])?;
            let ch = rest[pos..].chars().next().unwrap_or(' ');
            match ch {
                '&' => f.write_str("&amp;")?,
                '<' => f.write_str("&lt;")?,
                '>' => f.write_str("&gt;")?,
                '"' => f.write_str("&quot;")?,
                '\'' => f.write_str("&apos;")?,
                _ => {}
            }
            rest = &rest[pos + ch.len_utf8()..];
        }
        f.write_str(rest)
    }
}

/// Control characters other than tab, newline and carriage return cannot appear in XML 1.0.
fn is_forbidden(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Appends formatted text to a `String`; writing to a `String` cannot fail.
macro_rules! put {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = write!($out, $($arg)*);
    }};
}
pub(crate) use put;

/// A value usable as an SVG `id`: letters, digits, `-`, `_`, `.` kept, anything else as `_`.
#[must_use]
pub fn id_safe(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_three_decimals_and_trim_zeros() {
        let cases = [
            (0.0, "0"),
            (-0.0004, "0"),
            (12.0, "12"),
            (1.5, "1.5"),
            (0.125, "0.125"),
            (2.1004, "2.1"),
            (-3.25, "-3.25"),
            (f64::NAN, "0"),
            (100.05, "100.05"),
        ];
        for (v, want) in cases {
            assert_eq!(Num(v).to_string(), want, "{v}");
        }
        assert_eq!(Fine(-0.0).to_string(), "0");
        assert_eq!(Fine(0.123_456_789_4).to_string(), "0.123456789");
        assert_eq!(Fine(-2.000_000_000_1).to_string(), "-2");
    }

    #[test]
    fn markup_in_names_is_escaped_and_control_characters_dropped() {
        let s = Esc("A&B <Ltd> \"x\" 'y'\u{1}阿里").to_string();
        assert_eq!(s, "A&amp;B &lt;Ltd&gt; &quot;x&quot; &apos;y&apos;阿里");
        assert_eq!(id_safe("1A 012/x"), "1A_012_x");
    }
}

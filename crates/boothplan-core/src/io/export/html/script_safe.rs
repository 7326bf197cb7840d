//! JSON made safe to stand inside an HTML `<script>` element.
//!
//! Inside `<script>` the HTML parser ends the element at the first `</script`, and `<!--` can
//! change how it reads on; `&` matters in some contexts and U+2028/U+2029 end lines in older
//! JavaScript. JSON only has these characters inside strings, where `\uXXXX` means the same
//! thing, so replacing every one of them keeps the data and leaves nothing for the parser.

/// `json` with `<`, `>`, `&`, U+2028 and U+2029 written as `\uXXXX` escapes.
#[must_use]
pub fn script_safe_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + json.len() / 64);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_script_tag_in_a_name_cannot_end_the_element_and_the_data_survives() {
        let name = "</script><script>alert(1)</script><!-- & \u{2028}";
        let json = serde_json::to_string(name).unwrap();
        let safe = script_safe_json(&json);
        assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'), "{safe}");
        assert!(!safe.contains('\u{2028}'));
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, name);
    }
}

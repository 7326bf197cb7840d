//! The shared map: one self-contained HTML page that works offline, from a USB stick or an
//! e-mail attachment, with nothing fetched from the network.
//!
//! The page is a template (`page.html`) with the style (`map.css`), the plan as one JSON blob
//! ([`data`]) and the script that draws and runs the map (`map.js`) written into it. The script
//! builds the SVG from the blob, so search, filters, the card and the drawing read the same
//! records. Text from the layout reaches the page only as JSON inside a data `<script>` (made
//! safe by [`script_safe`]) or HTML-escaped in the title, and the script puts it into the page
//! with `textContent`, never as markup.

mod data;
mod script_safe;

use super::svg::writer::Esc;
use super::{ExportError, ExportOptions};
use crate::model::Layout;
pub use data::Audience;

/// The page around the map; `{{name}}` marks where a part goes.
const PAGE: &str = include_str!("page.html");
/// How the map looks, on screen and on paper.
const STYLE: &str = include_str!("map.css");
/// Drawing, pan and zoom, tabs, search, filters, the card, deep links and print.
const SCRIPT: &str = include_str!("map.js");

/// The map of `layout` as one HTML page; `options.public` leaves out what visitors must not see,
/// `options.hall` keeps one hall.
pub fn map_html(layout: &Layout, options: &ExportOptions) -> Result<String, ExportError> {
    let audience = Audience { public: options.public, hall: options.hall.as_deref() };
    let json = script_safe::script_safe_json(&data::map_data(layout, audience, &options.date));
    let title = Esc(&layout.name).to_string();
    fill(PAGE, &|name| match name {
        "title" => Some(&title),
        "style" => Some(STYLE),
        "data" => Some(&json),
        "script" => Some(SCRIPT),
        _ => None,
    })
    .ok_or_else(|| ExportError::Failed("the map's page template names an unknown part".into()))
}

/// `template` with each `{{name}}` replaced by `part(name)`, in one pass (so a part's own text
/// is never read as a marker); `None` when the template names a part that does not exist.
fn fill<'a>(template: &str, part: &dyn Fn(&str) -> Option<&'a str>) -> Option<String> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after.find("}}")?;
        out.push_str(part(&after[..end])?);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_filled_once_and_unknown_parts_refused() {
        let part = |name: &str| match name {
            "a" => Some("{{b}}"),
            "b" => Some("B"),
            _ => None,
        };
        assert_eq!(fill("x{{a}}y{{b}}", &part).as_deref(), Some("x{{b}}yB"));
        assert_eq!(fill("{{c}}", &part), None);
    }
}

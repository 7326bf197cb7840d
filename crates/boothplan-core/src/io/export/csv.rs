//! The booth list as CSV (with each booth's derived type: inline, corner, peninsula, island, or
//! empty when it has no aisle access), for spreadsheets: UTF-8 with a byte-order mark so that Excel shows
//! Chinese exhibitor names instead of mojibake.
//!
//! Text cells are defused against formula injection as OWASP advises: a cell that begins with
//! `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so that an exhibitor
//! named `=HYPERLINK(…)` stays text when the list is opened in a spreadsheet. Figures (x, y,
//! sizes, areas) are written as numbers and left alone.

use std::borrow::Cow;
use std::collections::HashMap;

use super::ExportError;
use crate::model::{Booth, Layout, Zone};

/// Column names, in order; the units are in the names as everywhere in boothplan.
pub const HEADER: [&str; 12] = [
    "number",
    "hall",
    "zone",
    "theme",
    "x_m",
    "y_m",
    "width_m",
    "height_m",
    "area_m2",
    "status",
    "exhibitor",
    "type",
];

/// The zone that holds the booth (see [`crate::model::Zone::holds`]), looked up among the
/// zones of its own hall only.
fn zone_of<'a>(
    booth: &Booth,
    zones_by_hall: &HashMap<Option<&str>, Vec<&'a Zone>>,
) -> Option<&'a Zone> {
    let zones = zones_by_hall.get(&booth.hall.as_deref())?;
    crate::model::zone_holding(zones.iter().copied(), booth)
}

/// A number as people type it: up to three decimals, no trailing zeros.
fn number(v: f64) -> String {
    crate::units::decimals((v * 1000.0).round() / 1000.0, 3)
}

/// A text cell a spreadsheet will not run as a formula: a leading `'` before `=`, `+`, `-`,
/// `@`, tab or carriage return.
#[must_use]
pub fn text_cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// One row per booth, in layout order; only the booths of `hall` when given.
pub fn booth_csv(layout: &Layout, hall: Option<&str>) -> Result<Vec<u8>, ExportError> {
    let fail = |e: ::csv::Error| ExportError::Failed(format!("CSV writing failed: {e}"));
    let mut bytes = "\u{FEFF}".as_bytes().to_vec();
    let mut writer = ::csv::Writer::from_writer(&mut bytes);
    writer.write_record(HEADER).map_err(fail)?;
    let mut zones: HashMap<Option<&str>, Vec<&Zone>> = HashMap::new();
    for zone in layout.zones.iter().filter(|z| hall.is_none_or(|h| z.hall.as_deref() == Some(h))) {
        zones.entry(zone.hall.as_deref()).or_default().push(zone);
    }
    // Types come from the whole plan: a booth at a hall's door may face one of another hall.
    let types = crate::check::booth_types(layout);
    let in_hall = |b: &&Booth| hall.is_none_or(|h| b.hall.as_deref() == Some(h));
    for (booth, booth_type) in layout.booths.iter().zip(&types).filter(|(b, _)| in_hall(b)) {
        let r = booth.rect;
        let zone = zone_of(booth, &zones).map_or("", |z| z.id.as_str());
        writer
            .write_record([
                &*text_cell(&booth.id),
                &*text_cell(booth.hall.as_deref().unwrap_or_default()),
                &*text_cell(zone),
                &*text_cell(&booth.theme),
                &number(r.x_m),
                &number(r.y_m),
                &number(r.width_m),
                &number(r.height_m),
                &number(r.area_m2()),
                &*text_cell(booth.status.as_str()),
                &*text_cell(&booth.exhibitor),
                booth_type.map_or("", |t| t.as_str()),
            ])
            .map_err(fail)?;
    }
    writer.flush().map_err(|e| ExportError::Failed(format!("CSV writing failed: {e}")))?;
    drop(writer);
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_cells_a_spreadsheet_would_run_get_a_quote() {
        for risky in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(text_cell(risky), format!("'{risky}"));
        }
        for safe in ["1A-001", "杭州数智", "", "a=b", " =x", "'quoted"] {
            assert_eq!(text_cell(safe), safe);
        }
    }

    #[test]
    fn numbers_are_written_plainly() {
        assert_eq!(number(3.0), "3");
        assert_eq!(number(12.5), "12.5");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(-0.0001), "0");
    }
}

//! The booth list as CSV, for spreadsheets: UTF-8 with a byte-order mark so that Excel shows
//! Chinese exhibitor names instead of mojibake.

use std::collections::HashMap;

use super::ExportError;
use crate::model::{Booth, Layout, Zone};

/// Column names, in order; the units are in the names as everywhere in boothplan.
pub const HEADER: [&str; 11] = [
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
];

/// The zone of the booth's hall that holds it (the first one, if zones overlap).
fn zone_of<'a>(
    booth: &Booth,
    zones_by_hall: &HashMap<Option<&str>, Vec<&'a Zone>>,
) -> Option<&'a Zone> {
    let zones = zones_by_hall.get(&booth.hall.as_deref())?;
    zones.iter().copied().find(|z| z.rect.contains_rect(&booth.rect))
}

/// A number as people type it: up to three decimals, no trailing zeros.
fn number(v: f64) -> String {
    let s = format!("{:.3}", (v * 1000.0).round() / 1000.0);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".to_owned() } else { s.to_owned() }
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
    for booth in layout.booths.iter().filter(|b| hall.is_none_or(|h| b.hall.as_deref() == Some(h)))
    {
        let r = booth.rect;
        let zone = zone_of(booth, &zones).map_or("", |z| z.id.as_str());
        writer
            .write_record([
                booth.id.as_str(),
                booth.hall.as_deref().unwrap_or_default(),
                zone,
                booth.theme.as_str(),
                &number(r.x_m),
                &number(r.y_m),
                &number(r.width_m),
                &number(r.height_m),
                &number(r.area_m2()),
                booth.status.as_str(),
                booth.exhibitor.as_str(),
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
    fn numbers_are_written_plainly() {
        assert_eq!(number(3.0), "3");
        assert_eq!(number(12.5), "12.5");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(-0.0001), "0");
    }
}

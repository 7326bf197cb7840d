//! What one sheet shows: the whole venue, or one hall with its columns, zones and booths.

use std::collections::BTreeMap;

use crate::io::export::{ExportError, only_hall};
use crate::model::{Booth, Colour, Column, Exit, Hall, Layout, Rect, Zone};
use crate::stats::LayoutStats;

/// The objects drawn on one sheet, borrowed from the layout.
pub struct Scene<'a> {
    /// The hall this sheet is about; `None` for the overview.
    pub hall: Option<&'a Hall>,
    /// Halls drawn.
    pub halls: Vec<&'a Hall>,
    /// Columns drawn.
    pub columns: Vec<&'a Column>,
    /// Doors drawn.
    pub exits: Vec<&'a Exit>,
    /// Zones drawn.
    pub zones: Vec<&'a Zone>,
    /// Booths drawn.
    pub booths: Vec<&'a Booth>,
    /// Theme key → colour.
    pub theme_colours: BTreeMap<&'a str, Colour>,
    /// The venue area to fit on paper; `None` when there is nothing to draw.
    pub bounds: Option<Rect>,
}

impl<'a> Scene<'a> {
    /// The overview (`hall_id` `None`) or one hall; an unknown hall id is an error.
    pub fn new(layout: &'a Layout, hall_id: Option<&str>) -> Result<Self, ExportError> {
        let hall = match hall_id {
            Some(id) => {
                Some(layout.hall(id).ok_or_else(|| ExportError::UnknownHall(id.to_owned()))?)
            }
            None => None,
        };
        // One hall's sheet shows what stands in it; the overview shows everything, objects
        // in no hall too.
        let keep = |h: Option<&str>| hall.is_none_or(|hall| Some(hall.id.as_str()) == h);
        let halls: Vec<&Hall> = layout.halls.iter().filter(|h| keep(Some(&h.id))).collect();
        let columns: Vec<&Column> =
            layout.columns.iter().filter(|c| keep(c.hall.as_deref())).collect();
        let exits: Vec<&Exit> = layout.exits.iter().filter(|e| keep(e.hall.as_deref())).collect();
        let zones: Vec<&Zone> = layout.zones.iter().filter(|z| keep(z.hall.as_deref())).collect();
        let booths: Vec<&Booth> =
            layout.booths.iter().filter(|b| keep(b.hall.as_deref())).collect();
        let bounds = halls
            .iter()
            .filter_map(|h| h.bounds())
            .chain(columns.iter().filter_map(|c| c.bounds()))
            .chain(zones.iter().map(|z| z.rect))
            .chain(booths.iter().map(|b| b.rect))
            .filter(Rect::is_valid)
            .reduce(|a, b| a.union(&b));
        let theme_colours = layout.themes.iter().map(|t| (t.key.as_str(), t.colour)).collect();
        Ok(Self { hall, halls, columns, exits, zones, booths, theme_colours, bounds })
    }

    /// Figures for the sheet's table: of the whole layout, or of the one hall.
    #[must_use]
    pub fn stats(&self, layout: &Layout) -> LayoutStats {
        match self.hall {
            None => LayoutStats::of(layout),
            Some(hall) => LayoutStats::of(&only_hall(layout, &hall.id)),
        }
    }
}

//! Where on Earth the plan lies: the georeference GeoJSON export and import use to write and
//! read longitude/latitude instead of local metres.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The WGS84 position of the plan's origin and how the plan is turned, so that a GIS shows it
/// over the real venue, north up.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// Longitude of the local origin `(0, 0)`, degrees east.
    pub lon: f64,
    /// Latitude of the local origin, degrees north.
    pub lat: f64,
    /// How far the plan is turned clockwise on a north-up map, degrees: at 0 the local +x axis
    /// points east and +y (down the page) south; at 90, +x points south.
    pub bearing_deg: f64,
}

/// Serde `serialize_with` for `Layout::site`: the site itself, no `Some(…)`, as the file
/// format writes it (the field is skipped when absent).
#[expect(clippy::ref_option, reason = "serde's `serialize_with` hands the field over by reference")]
pub(crate) fn serialize<S: Serializer>(site: &Option<Site>, s: S) -> Result<S::Ok, S::Error> {
    match site {
        Some(site) => site.serialize(s),
        None => s.serialize_none(),
    }
}

/// Serde `deserialize_with` for `Layout::site`: `site: (lon: …, lat: …, bearing_deg: …)`.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Site>, D::Error> {
    Site::deserialize(d).map(Some)
}

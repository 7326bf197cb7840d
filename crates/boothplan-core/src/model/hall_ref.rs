//! The `hall` field of a booth, zone or column: the id of the hall it stands in, or nothing
//! when it was drawn outside every hall.
//!
//! Written as a plain string (`hall: "1A"`) exactly as files always had it, and left out when
//! there is none, so every older file still loads and a save never writes what load refuses.
//! An empty string, as an earlier version wrote for an object outside every hall, reads as
//! no hall.

use serde::{Deserialize, Deserializer, Serializer};

/// Serde `serialize_with`: the hall id as a plain string (the field is skipped when absent).
#[expect(clippy::ref_option, reason = "serde's `serialize_with` hands the field over by reference")]
pub(crate) fn serialize<S: Serializer>(hall: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(hall.as_deref().unwrap_or_default())
}

/// Serde `deserialize_with`: a plain string; empty means no hall.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(from_written(String::deserialize(d)?))
}

/// The hall a file's `hall: "…"` names: `None` for an empty (or blank) string.
#[must_use]
pub(crate) fn from_written(written: String) -> Option<String> {
    (!written.trim().is_empty()).then_some(written)
}

//! What a change or a conflict is about: the layout's own settings, a theme, or an object.

use serde::{Deserialize, Serialize};

/// The kind of thing that changed, in the order a diff lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Subject {
    /// The layout's own settings: its name, grid step, minimum aisle.
    Layout,
    /// A theme of the fair.
    Theme,
    /// A hall.
    Hall,
    /// A column or other no-build area.
    Column,
    /// A door in a hall's wall.
    Exit,
    /// A themed zone.
    Zone,
    /// A booth.
    Booth,
}

impl Subject {
    /// Lower-case word for tables and JSON (`booth`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Layout => "layout",
            Self::Theme => "theme",
            Self::Hall => "hall",
            Self::Column => "column",
            Self::Exit => "exit",
            Self::Zone => "zone",
            Self::Booth => "booth",
        }
    }
}

impl std::fmt::Display for Subject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

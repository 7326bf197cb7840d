//! What the checks report: a rule, how bad it is, the objects involved and a sentence.

use std::fmt;

use serde::Serialize;

/// How serious a finding is: errors block a clean `check` (exit 1), warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed before the plan is built.
    Error,
    /// Worth a look; may be intended.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as printed by the CLI.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
        }
    }
}

/// The rules of docs/SPEC.md §3. Their names are a contract: the CLI prints them, tests use them.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, strum::VariantArray,
)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// Two objects share an id.
    DuplicateId,
    /// Non-finite coordinate, zero or negative size, self-intersecting hall.
    InvalidGeometry,
    /// Two halls share area.
    HallOverlap,
    /// Two zones share area.
    ZoneOverlap,
    /// Two booths share area (touching edges do not count).
    BoothOverlap,
    /// A zone or booth is not wholly inside the hall it names, or a zone, booth or column names
    /// no hall at all (it was drawn outside every hall).
    OutsideHall,
    /// A booth shares area with a column.
    OnColumn,
    /// Two booths face each other across an aisle narrower than the minimum.
    NarrowAisle,
    /// A booth lies in a zone of another theme.
    ThemeMismatch,
    /// A booth has no open side: no visitor can reach it from an aisle.
    NoAisleAccess,
}

impl Rule {
    /// Every rule, in the order of the spec's table.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The rule's contract name, e.g. `booth-overlap`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::DuplicateId => "duplicate-id",
            Self::InvalidGeometry => "invalid-geometry",
            Self::HallOverlap => "hall-overlap",
            Self::ZoneOverlap => "zone-overlap",
            Self::BoothOverlap => "booth-overlap",
            Self::OutsideHall => "outside-hall",
            Self::OnColumn => "on-column",
            Self::NarrowAisle => "narrow-aisle",
            Self::ThemeMismatch => "theme-mismatch",
            Self::NoAisleAccess => "no-aisle-access",
        }
    }

    /// The severity the spec gives this rule.
    #[must_use]
    pub fn severity(self) -> Severity {
        match self {
            Self::NarrowAisle | Self::ThemeMismatch => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem found in a layout.
///
/// Serialises to the object of `check --json` (docs/SPEC.md §4).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// Which rule fired.
    pub rule: Rule,
    /// Its severity (always `rule.severity()`).
    pub severity: Severity,
    /// Ids of the objects involved, sorted.
    pub ids: Vec<String>,
    /// Shared area in m², where the rule is about shared area.
    pub area_m2: Option<f64>,
    /// A plain sentence for the planner.
    pub message: String,
}

impl Finding {
    /// A finding of `rule` with the rule's own severity.
    #[must_use]
    pub fn new(rule: Rule, ids: Vec<String>, area_m2: Option<f64>, message: String) -> Self {
        Self { rule, severity: rule.severity(), ids, area_m2, message }
    }

    /// True for findings that make `check` fail (exit 1).
    #[must_use]
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The order findings are listed in: by rule (as in [`Rule::ALL`]), then ids, then area,
    /// then message — total, so that every run lists the same findings the same way.
    #[must_use]
    pub fn listing_order(&self, other: &Self) -> std::cmp::Ordering {
        self.rule
            .cmp(&other.rule)
            .then_with(|| self.ids.cmp(&other.ids))
            .then_with(|| {
                let (a, b) = (self.area_m2.unwrap_or(-1.0), other.area_m2.unwrap_or(-1.0));
                a.total_cmp(&b)
            })
            .then_with(|| self.message.cmp(&other.message))
    }
}

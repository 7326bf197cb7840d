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

/// The rules of docs/SPEC.md §3 and its fire and egress rules. Their names are a contract: the
/// CLI prints them, tests use them.
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
    /// Some point of a booth is farther from the nearest exit of its hall, in a straight line,
    /// than the limit.
    ExitDistance,
    /// Walking from the farthest point of a booth to the nearest exit of its hall, around
    /// booths and columns, is longer than the limit.
    TravelDistance,
    /// Some point inside a booth is farther from its nearest open side than the limit.
    BoothDepth,
    /// A booth or column stands in the clear zone in front of an exit.
    ExitBlocked,
    /// A hall's occupants need more exit width than its exits give.
    ExitCapacity,
    /// A run of booths joined without an aisle is longer than the limit.
    LongRow,
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
            Self::ExitDistance => "exit-distance",
            Self::TravelDistance => "travel-distance",
            Self::BoothDepth => "booth-depth",
            Self::ExitBlocked => "exit-blocked",
            Self::ExitCapacity => "exit-capacity",
            Self::LongRow => "long-row",
        }
    }

    /// The severity the spec gives this rule.
    #[must_use]
    pub fn severity(self) -> Severity {
        match self {
            Self::NarrowAisle | Self::ThemeMismatch | Self::BoothDepth | Self::LongRow => {
                Severity::Warning
            }
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
    /// What a fire and egress finding measured against which limit, and where the limit comes
    /// from; `None` for the other rules (and then absent from `check --json`).
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Measure>,
}

/// The numbers a fire marshal reads on an egress finding: what was measured, the limit it
/// broke and the clause (or approval) the limit comes from.
///
/// In `check --json` these are the finding's `measured_m`, `limit` and `clause`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Measure {
    /// The measured value, metres (a distance, a depth, a length or an exit width needed).
    pub measured_m: f64,
    /// The limit it is held to, in the same unit (for `exit-capacity`, the exit width the hall
    /// has).
    pub limit: f64,
    /// Where the limit comes from: a clause such as `GB 50016 5.5.17, sprinklered`, the
    /// layout's own limit, or a hall's approval reference.
    pub clause: String,
}

impl Finding {
    /// A finding of `rule` with the rule's own severity.
    #[must_use]
    pub fn new(rule: Rule, ids: Vec<String>, area_m2: Option<f64>, message: String) -> Self {
        Self { rule, severity: rule.severity(), ids, area_m2, message, measure: None }
    }

    /// A fire and egress finding of `rule`, carrying what it measured against which limit.
    #[must_use]
    pub fn measured(rule: Rule, ids: Vec<String>, message: String, measure: Measure) -> Self {
        Self { measure: Some(measure), ..Self::new(rule, ids, None, message) }
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

//! Which fire and egress rules a layout is held to: a rule pack, and the limits the layout or a
//! hall's fire approval sets instead of the pack's.
//!
//! The pack's own numbers (and the clauses they come from) live with the rules in
//! `check::egress::limits`; the model only records what the planner chose.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A published set of fire and egress limits a plan can be held to.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, strum::VariantArray,
)]
pub enum RulePack {
    /// China's GB 50016 (Code for fire protection design of buildings): straight-line
    /// distances to exits.
    #[default]
    Gb50016,
    /// NFPA 101 (Life Safety Code) with the IBC's travel distances: walked distances.
    Nfpa101,
}

impl RulePack {
    /// Every pack, in the order the spec lists them.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The pack's name as files and `check --rules` spell it: `gb50016`, `nfpa101`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Gb50016 => "gb50016",
            Self::Nfpa101 => "nfpa101",
        }
    }

    /// The pack named `name` (as [`RulePack::as_str`] spells it).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|p| p.as_str() == name)
    }
}

/// One number of the rules' table that a layout or a hall may set: a distance, a depth, a
/// density or a width per person. Written as its name, e.g. `"exit_distance_m"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, strum::VariantArray)]
pub enum LimitKey {
    /// `exit-distance` in a hall without sprinklers, m.
    ExitDistance,
    /// `exit-distance` in a sprinklered hall, m.
    ExitDistanceSprinklered,
    /// `travel-distance` in a hall without sprinklers, m.
    TravelDistance,
    /// `travel-distance` in a sprinklered hall, m.
    TravelDistanceSprinklered,
    /// `booth-depth`: farthest point of a booth from its nearest open side, m.
    BoothDepth,
    /// `exit-blocked`: depth of the clear zone in front of an exit, m.
    ExitClearDepth,
    /// `exit-capacity`: occupants per m² of hall.
    OccupantDensity,
    /// `exit-capacity`: exit width each occupant needs, m.
    ExitWidthPerPerson,
    /// `long-row`: longest run of booths without an aisle, m.
    LongRow,
}

impl LimitKey {
    /// Every limit, in the order of the rules' table.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The name files use, with its unit: `exit_distance_m`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ExitDistance => "exit_distance_m",
            Self::ExitDistanceSprinklered => "exit_distance_sprinklered_m",
            Self::TravelDistance => "travel_distance_m",
            Self::TravelDistanceSprinklered => "travel_distance_sprinklered_m",
            Self::BoothDepth => "booth_depth_m",
            Self::ExitClearDepth => "exit_clear_depth_m",
            Self::OccupantDensity => "occupants_per_m2",
            Self::ExitWidthPerPerson => "exit_width_per_person_m",
            Self::LongRow => "long_row_m",
        }
    }

    /// The limit named `name` (as [`LimitKey::as_str`] spells it).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.as_str() == name)
    }
}

/// Names that a string in a file stands for: the rule packs and the limits.
trait Named: Sized + Copy + 'static {
    /// Every value.
    const ALL: &'static [Self];
    /// What a value is, for "expected a rule pack".
    const WHAT: &'static str;
    /// Its name.
    fn name(self) -> &'static str;
}

/// A name's `Named`, `Display` and serde impls: written and read as its name.
macro_rules! named {
    ($t:ty, $what:literal) => {
        impl Named for $t {
            const ALL: &'static [Self] = <$t>::ALL;
            const WHAT: &'static str = $what;
            fn name(self) -> &'static str {
                self.as_str()
            }
        }

        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_str(NameVisitor(PhantomData::<Self>))
            }
        }
    };
}

named!(RulePack, "a rule pack");
named!(LimitKey, "a limit");

/// Every name of `T`, for messages: `gb50016, nfpa101`.
fn names<T: Named>() -> String {
    T::ALL.iter().map(|t| t.name()).collect::<Vec<_>>().join(", ")
}

/// Reads a name as a string and says which names exist when it is none of them.
struct NameVisitor<T>(PhantomData<T>);

impl<T: Named> Visitor<'_> for NameVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", T::WHAT, names::<T>())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        T::ALL.iter().copied().find(|t| t.name() == v).ok_or_else(|| {
            E::custom(format!("expected {} ({}), found `{v}`", T::WHAT, names::<T>()))
        })
    }
}

/// A hall held to other limits than the layout's, because a fire authority approved it so (a
/// performance-based design for a hall too wide for the pack's distances).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HallRules {
    /// Id of the hall.
    pub hall: String,
    /// What findings cite for these limits: the approval's number, e.g. `HZ-XF-2026-031`.
    pub reference: String,
    /// The limits that differ from the layout's. A distance given without `_sprinklered`
    /// holds in this hall whether or not it has sprinklers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub limits: BTreeMap<LimitKey, f64>,
}

/// The fire and egress rules a layout is held to: its pack, any limit the layout sets instead
/// of the pack's, and halls approved with limits of their own.
///
/// Written `rules: "nfpa101"` when only the pack differs from the default, and in full,
/// `rules: (pack: "gb50016", limits: {…}, halls: […])`, otherwise; left out when all default.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rules {
    /// The pack whose limits and clauses apply where nothing else is set.
    pub pack: RulePack,
    /// Limits the layout sets instead of the pack's (for every hall).
    pub limits: BTreeMap<LimitKey, f64>,
    /// Halls with limits of their own, each citing its approval.
    pub halls: Vec<HallRules>,
}

impl Rules {
    /// True when the layout follows the default pack with no limit of its own: nothing to
    /// write.
    #[must_use]
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// True when only the pack is chosen, with no limit set: written as the pack's name alone.
    #[must_use]
    pub fn is_pack_only(&self) -> bool {
        self.limits.is_empty() && self.halls.is_empty()
    }

    /// The override of the hall with this id, if the layout has one (the first, if several).
    #[must_use]
    pub fn hall(&self, id: &str) -> Option<&HallRules> {
        self.halls.iter().find(|h| h.hall == id)
    }
}

/// [`Rules`] in full, as written when it holds more than the pack.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Rules")]
struct RulesInFull {
    #[serde(default)]
    pack: RulePack,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    limits: BTreeMap<LimitKey, f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    halls: Vec<HallRules>,
}

impl Serialize for Rules {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.is_pack_only() {
            return self.pack.serialize(s);
        }
        RulesInFull { pack: self.pack, limits: self.limits.clone(), halls: self.halls.clone() }
            .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Rules {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RulesVisitor)
    }
}

/// Reads `"nfpa101"` or `(pack: …, limits: …, halls: …)`.
struct RulesVisitor;

impl<'de> Visitor<'de> for RulesVisitor {
    type Value = Rules;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a rule pack (\"gb50016\", \"nfpa101\") or (pack: …, limits: {…}, halls: […])")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Rules, E> {
        let pack = NameVisitor(PhantomData::<RulePack>).visit_str(v)?;
        Ok(Rules { pack, ..Rules::default() })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Rules, A::Error> {
        let full = RulesInFull::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(Rules { pack: full.pack, limits: full.limits, halls: full.halls })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Rules, ron::error::SpannedError> {
        ron::from_str(text)
    }

    #[test]
    fn a_pack_alone_is_its_name_and_reads_back() {
        let rules = Rules { pack: RulePack::Nfpa101, ..Rules::default() };
        assert_eq!(ron::to_string(&rules).unwrap(), "\"nfpa101\"");
        assert_eq!(read("\"nfpa101\"").unwrap(), rules);
    }

    #[test]
    fn limits_and_halls_are_written_in_full_and_read_back() {
        let rules = Rules {
            pack: RulePack::Gb50016,
            limits: BTreeMap::from([(LimitKey::LongRow, 24.0)]),
            halls: vec![HallRules {
                hall: "1A".to_owned(),
                reference: "HZ-XF-2026-031".to_owned(),
                limits: BTreeMap::from([(LimitKey::ExitDistanceSprinklered, 60.0)]),
            }],
        };
        let text = ron::to_string(&rules).unwrap();
        assert_eq!(read(&text).unwrap(), rules, "{text}");
    }

    #[test]
    fn unknown_packs_and_limits_name_the_known_ones() {
        let err = read("\"nfpa72\"").unwrap_err().to_string();
        assert!(err.contains("gb50016, nfpa101"), "{err}");
        let err = read("(limits: {\"exit_m\": 3.0})").unwrap_err().to_string();
        assert!(err.contains("exit_distance_m, exit_distance_sprinklered_m"), "{err}");
    }
}

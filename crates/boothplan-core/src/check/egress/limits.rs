//! The one answer to "what is the limit of rule R in hall H, and where does it come from": the
//! pack's table, the layout's own limits, and a hall's approved limits, in that order of
//! strength.
//!
//! A rule runs in a hall exactly when it has a limit there: the pack gives one (a dash in the
//! table gives none), or the layout or the hall sets one, which turns the rule on even under a
//! pack that has no such rule.

use crate::model::{Hall, Layout, LimitKey, RulePack, Rules};

use super::super::Rule;

/// One limit and what a finding cites for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Limit {
    /// The number, in the unit its [`LimitKey`] names (metres, occupants per m², metres per
    /// occupant).
    pub value: f64,
    /// Where it comes from: a clause (`GB 50016 5.5.17, sprinklered`), `the layout's own
    /// limit`, or the hall's approval reference.
    pub clause: String,
}

/// The two numbers of `exit-capacity`: how many people a m² of hall holds and how much exit
/// width each of them needs.
#[derive(Clone, Debug, PartialEq)]
pub struct Capacity {
    /// Occupants per m² of hall floor.
    pub occupants_per_m2: Limit,
    /// Exit width each occupant needs, metres.
    pub width_per_person_m: Limit,
}

impl Capacity {
    /// What a finding cites: the clause of the density, and of the width when it differs.
    #[must_use]
    pub fn clause(&self) -> String {
        let (a, b) = (&self.occupants_per_m2.clause, &self.width_per_person_m.clause);
        if a == b { a.clone() } else { format!("{a}; {b}") }
    }
}

/// Every fire and egress limit that holds in one hall; `None` for a rule that does not run
/// there.
#[derive(Clone, Debug, PartialEq)]
pub struct Limits {
    /// `exit-distance`, metres (the sprinklered figure in a sprinklered hall).
    pub exit_distance_m: Option<Limit>,
    /// `travel-distance`, metres (the sprinklered figure in a sprinklered hall).
    pub travel_distance_m: Option<Limit>,
    /// `booth-depth`, metres.
    pub booth_depth_m: Option<Limit>,
    /// `exit-blocked`: depth of the clear zone in front of each exit, metres.
    pub exit_clear_depth_m: Option<Limit>,
    /// `exit-capacity`: density and width per occupant (both needed for the rule to run).
    pub exit_capacity: Option<Capacity>,
    /// `long-row`, metres.
    pub long_row_m: Option<Limit>,
}

/// The pack's number for a limit and its clause; `None` where the pack's table has a dash.
#[must_use]
pub fn pack_limit(pack: RulePack, key: LimitKey) -> Option<(f64, &'static str)> {
    use LimitKey as K;
    match (pack, key) {
        (RulePack::Gb50016, K::ExitDistance) => Some((30.0, "GB 50016 5.5.17")),
        (RulePack::Gb50016, K::ExitDistanceSprinklered) => {
            Some((37.5, "GB 50016 5.5.17, sprinklered"))
        }
        (RulePack::Nfpa101, K::TravelDistance) => Some((61.0, "IBC 1017.2")),
        (RulePack::Nfpa101, K::TravelDistanceSprinklered) => {
            Some((76.0, "IBC 1017.2, sprinklered"))
        }
        (RulePack::Nfpa101, K::BoothDepth) => Some((15.0, "NFPA 101, exhibits")),
        (RulePack::Gb50016, K::ExitClearDepth) => Some((4.0, "GB 50016 pack, exit clear zone")),
        (RulePack::Nfpa101, K::ExitClearDepth) => Some((3.0, "NFPA 101 pack, exit clear zone")),
        (RulePack::Gb50016, K::OccupantDensity) => Some((0.75, "GB 50016 5.5.21")),
        (RulePack::Gb50016, K::ExitWidthPerPerson) => Some((0.0065, "GB 50016 5.5.21")),
        (RulePack::Nfpa101, K::OccupantDensity) => {
            Some((0.7, "NFPA 101 exhibits, 4.6 m² gross per person"))
        }
        (RulePack::Nfpa101, K::ExitWidthPerPerson) => Some((0.005, "NFPA 101, 5 mm per person")),
        (RulePack::Gb50016, K::LongRow) => Some((30.0, "GB 50016 pack, long row")),
        (RulePack::Nfpa101, K::LongRow) => Some((30.0, "NFPA 101 pack, long row")),
        _ => None,
    }
}

/// What findings cite for a limit the layout sets for every hall.
pub const LAYOUT_LIMIT: &str = "the layout's own limit";

impl Limits {
    /// The limits of `hall` in `layout`, under the layout's rules.
    #[must_use]
    pub fn for_hall(layout: &Layout, hall: &Hall) -> Self {
        Self::of(&layout.rules, &hall.id, hall.sprinklered)
    }

    /// The limits of the hall with id `hall` (with or without sprinklers) under `rules`.
    ///
    /// Each limit is the first of: the hall's approved limit, the layout's limit, the pack's
    /// figure. For the distances, the `_sprinklered` figure is looked for first in a
    /// sprinklered hall, then the plain one, at each of the three levels but the pack's.
    #[must_use]
    pub fn of(rules: &Rules, hall: &str, sprinklered: bool) -> Self {
        use LimitKey as K;
        let lookup = |plain: LimitKey, with_sprinklers: Option<LimitKey>| -> Option<Limit> {
            let keys: &[LimitKey] = match with_sprinklers {
                Some(s) if sprinklered => &[s, plain],
                _ => &[plain],
            };
            let pack_key = keys[0];
            if let Some((approved, v)) = rules
                .hall(hall)
                .and_then(|a| keys.iter().find_map(|k| a.limits.get(k)).map(|v| (a, v)))
            {
                return Some(Limit { value: *v, clause: approved.reference.clone() });
            }
            if let Some(v) = keys.iter().find_map(|k| rules.limits.get(k)) {
                return Some(Limit { value: *v, clause: LAYOUT_LIMIT.to_owned() });
            }
            pack_limit(rules.pack, pack_key)
                .map(|(value, clause)| Limit { value, clause: clause.to_owned() })
        };
        let exit_capacity = lookup(K::OccupantDensity, None)
            .zip(lookup(K::ExitWidthPerPerson, None))
            .map(|(occupants_per_m2, width_per_person_m)| Capacity {
                occupants_per_m2,
                width_per_person_m,
            });
        Self {
            exit_distance_m: lookup(K::ExitDistance, Some(K::ExitDistanceSprinklered)),
            travel_distance_m: lookup(K::TravelDistance, Some(K::TravelDistanceSprinklered)),
            booth_depth_m: lookup(K::BoothDepth, None),
            exit_clear_depth_m: lookup(K::ExitClearDepth, None),
            exit_capacity,
            long_row_m: lookup(K::LongRow, None),
        }
    }

    /// The limit of a rule measured against one number (every egress rule but
    /// `exit-capacity`, whose two numbers are in [`Limits::exit_capacity`]); `None` when the
    /// rule does not run in this hall or is not an egress rule.
    #[must_use]
    pub fn get(&self, rule: Rule) -> Option<&Limit> {
        match rule {
            Rule::ExitDistance => self.exit_distance_m.as_ref(),
            Rule::TravelDistance => self.travel_distance_m.as_ref(),
            Rule::BoothDepth => self.booth_depth_m.as_ref(),
            Rule::ExitBlocked => self.exit_clear_depth_m.as_ref(),
            Rule::LongRow => self.long_row_m.as_ref(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::model::HallRules;

    #[test]
    fn the_packs_give_the_table_and_dashes_turn_rules_off() {
        let gb = Limits::of(&Rules::default(), "1A", false);
        assert_eq!(gb.exit_distance_m.as_ref().map(|l| l.value), Some(30.0));
        assert_eq!(gb.travel_distance_m, None);
        assert_eq!(gb.booth_depth_m, None);
        let gb = Limits::of(&Rules::default(), "1A", true);
        let distance = gb.exit_distance_m.unwrap();
        assert_eq!(
            (distance.value, distance.clause.as_str()),
            (37.5, "GB 50016 5.5.17, sprinklered")
        );
        let nfpa = Rules { pack: RulePack::Nfpa101, ..Rules::default() };
        let nfpa = Limits::of(&nfpa, "1A", true);
        assert_eq!(nfpa.exit_distance_m, None);
        assert_eq!(nfpa.travel_distance_m.map(|l| l.value), Some(76.0));
        assert_eq!(nfpa.exit_clear_depth_m.map(|l| l.value), Some(3.0));
    }

    #[test]
    fn a_hall_approval_beats_the_layout_which_beats_the_pack() {
        let rules = Rules {
            pack: RulePack::Gb50016,
            limits: BTreeMap::from([(LimitKey::ExitDistance, 35.0), (LimitKey::BoothDepth, 9.0)]),
            halls: vec![HallRules {
                hall: "1A".to_owned(),
                reference: "HZ-XF-2026-031".to_owned(),
                limits: BTreeMap::from([(LimitKey::ExitDistance, 60.0)]),
            }],
        };
        let approved = Limits::of(&rules, "1A", true).exit_distance_m.unwrap();
        assert_eq!((approved.value, approved.clause.as_str()), (60.0, "HZ-XF-2026-031"));
        let layout = Limits::of(&rules, "1B", false).exit_distance_m.unwrap();
        assert_eq!((layout.value, layout.clause.as_str()), (35.0, LAYOUT_LIMIT));
        // The layout's booth depth turns on a rule the pack does not have.
        assert_eq!(Limits::of(&rules, "1B", false).booth_depth_m.map(|l| l.value), Some(9.0));
    }
}

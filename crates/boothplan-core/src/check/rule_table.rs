//! Every rule a plan is held to, with its limit, where the limit comes from and how the plan
//! fares: the table a fire marshal signs (the fire-marshal sheet prints it).
//!
//! The layout rules are always there; the fire and egress rules are those the active pack (or
//! the layout's own limits) gives a limit in at least one of the halls asked about. A rule's
//! result is the number of its findings among those given, and the worst of them: the one
//! farthest over its limit (for `narrow-aisle`, the narrowest aisle, which the caller measures).

use std::collections::BTreeSet;

use super::egress::{Limit, Limits};
use super::{Finding, Rule, Severity, text};
use crate::model::{Hall, Layout};

/// One line of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleRow {
    /// The rule.
    pub rule: Rule,
    /// The limit as a planner reads it (`≤ 37.5 m`, `≥ 3 m`, `no shared area`).
    pub limit: String,
    /// Where the limit comes from: a clause, an approval, the layout's own limit, or
    /// `layout rule` for the plan's own rules.
    pub clause: String,
    /// How many findings the rule has on the sheet.
    pub findings: usize,
    /// The worst finding's measured value and what it is about (`67.6 m, booth 1A-012`);
    /// `None` when the rule passes or measures nothing.
    pub worst: Option<String>,
}

impl RuleRow {
    /// `passes`, `3 errors` or `1 warning`.
    #[must_use]
    pub fn result(&self) -> String {
        if self.findings == 0 {
            return "passes".to_owned();
        }
        let word = match self.rule.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        format!("{} {word}{}", self.findings, if self.findings == 1 { "" } else { "s" })
    }
}

/// The whole table for the halls `halls` of `layout`, from `findings` (those about these
/// halls); `narrowest_aisle_m` is the narrowest aisle measured there, if any.
#[must_use]
pub fn rule_table(
    layout: &Layout,
    halls: &[&Hall],
    findings: &[&Finding],
    narrowest_aisle_m: Option<f64>,
) -> Vec<RuleRow> {
    let limits: Vec<Limits> = halls.iter().map(|h| Limits::for_hall(layout, h)).collect();
    let egress_runs = super::egress::runs(layout);
    Rule::ALL
        .iter()
        .filter_map(|&rule| {
            let (limit, clause) = if is_egress(rule) {
                if !egress_runs {
                    return None;
                }
                egress_limit(rule, &limits)?
            } else {
                layout_limit(rule, layout.min_aisle_m)
            };
            let mine: Vec<&Finding> = findings.iter().copied().filter(|f| f.rule == rule).collect();
            let worst = if rule == Rule::NarrowAisle && !mine.is_empty() {
                narrowest_aisle_m.map(|m| format!("narrowest {} m", text::number(m)))
            } else {
                worst(&mine)
            };
            Some(RuleRow { rule, limit, clause, findings: mine.len(), worst })
        })
        .collect()
}

/// The fire and egress rules the active pack leaves out in all of `halls` (no limit anywhere):
/// a sheet says they were not checked rather than leaving them out silently.
#[must_use]
pub fn rules_not_in_pack(layout: &Layout, halls: &[&Hall]) -> Vec<Rule> {
    let limits: Vec<Limits> = halls.iter().map(|h| Limits::for_hall(layout, h)).collect();
    Rule::ALL
        .iter()
        .copied()
        .filter(|&r| is_egress(r) && egress_limit(r, &limits).is_none())
        .collect()
}

/// True for the fire and egress rules that have a limit per pack.
fn is_egress(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::ExitDistance
            | Rule::TravelDistance
            | Rule::BoothDepth
            | Rule::ExitBlocked
            | Rule::ExitCapacity
            | Rule::LongRow
    )
}

/// What a layout rule asks, in words, and that it is the plan's own rule.
fn layout_limit(rule: Rule, min_aisle_m: f64) -> (String, String) {
    let limit = match rule {
        Rule::DuplicateId => "every id once".to_owned(),
        Rule::InvalidGeometry => "valid shapes".to_owned(),
        Rule::HallOverlap | Rule::ZoneOverlap | Rule::BoothOverlap => "no shared area".to_owned(),
        Rule::OutsideHall => "inside its hall".to_owned(),
        Rule::OnColumn => "off every column".to_owned(),
        Rule::NarrowAisle => format!("≥ {} m", text::number(min_aisle_m)),
        Rule::ThemeMismatch => "its zone's theme".to_owned(),
        Rule::NoAisleAccess => "an open side".to_owned(),
        _ => String::new(),
    };
    let clause = if rule == Rule::NarrowAisle { "layout's minimum aisle" } else { "layout rule" };
    (limit, clause.to_owned())
}

/// The limit of an egress rule over several halls: one value and clause when they agree, the
/// range and "by hall" when they do not; `None` when no hall has one.
fn egress_limit(rule: Rule, limits: &[Limits]) -> Option<(String, String)> {
    let each: Vec<(String, f64, String)> = limits
        .iter()
        .filter_map(|l| {
            if rule == Rule::ExitCapacity {
                let c = l.exit_capacity.as_ref()?;
                let text = format!(
                    "{}/m², {} mm each",
                    text::number(c.occupants_per_m2.value),
                    text::number(c.width_per_person_m.value * 1000.0)
                );
                Some((text, c.occupants_per_m2.value, c.clause()))
            } else {
                let Limit { value, clause } = l.get(rule)?;
                let text = match rule {
                    Rule::ExitBlocked => format!("{} m clear", text::number(*value)),
                    _ => format!("≤ {} m", text::number(*value)),
                };
                Some((text, *value, clause.clone()))
            }
        })
        .collect();
    let first = each.first()?;
    let texts: BTreeSet<&str> = each.iter().map(|(t, _, _)| t.as_str()).collect();
    let clauses: BTreeSet<&str> = each.iter().map(|(_, _, c)| c.as_str()).collect();
    let limit = if texts.len() == 1 {
        first.0.clone()
    } else {
        let lo = each.iter().map(|e| e.1).fold(f64::INFINITY, f64::min);
        let hi = each.iter().map(|e| e.1).fold(f64::NEG_INFINITY, f64::max);
        let unit = if rule == Rule::ExitCapacity { " per m²" } else { " m" };
        format!("{}–{}{unit}, by hall", text::number(lo), text::number(hi))
    };
    let clause = if clauses.len() == 1 {
        first.2.clone()
    } else {
        format!("{} sources, see each hall's sheet", clauses.len())
    };
    Some((limit, clause))
}

/// The finding farthest over its limit, as `67.6 m (1A-012)`; for `exit-capacity` the width
/// needed against the width there is, for `exit-blocked` the object nearest its door.
fn worst(findings: &[&Finding]) -> Option<String> {
    // How far over its limit a finding is: for `exit-blocked` the limit is a clear depth and
    // the measure how near the object comes, so nearer is worse.
    let over = |f: &Finding, m: &super::Measure| {
        if f.rule == Rule::ExitBlocked { m.limit - m.measured_m } else { m.measured_m - m.limit }
    };
    let (f, m) = findings
        .iter()
        .filter_map(|f| f.measure.as_ref().map(|m| (*f, m)))
        .max_by(|a, b| over(a.0, a.1).total_cmp(&over(b.0, b.1)))?;
    let about = f.ids.first().map(String::as_str).unwrap_or_default();
    let more = if f.ids.len() > 1 { format!(" +{}", f.ids.len() - 1) } else { String::new() };
    Some(match f.rule {
        Rule::ExitCapacity => format!(
            "needs {} m, has {} m ({about})",
            text::number(m.measured_m),
            text::number(m.limit)
        ),
        Rule::ExitBlocked => {
            format!("{} m from its door ({about}{more})", text::number(m.measured_m))
        }
        _ if m.measured_m.is_infinite() => format!("no route ({about})"),
        _ => format!("{} m ({about}{more})", text::number(m.measured_m)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_layout;
    use crate::model::RulePack;

    #[test]
    fn the_default_expo_lists_every_layout_rule_and_its_packs_rules() {
        let mut layout = crate::sample::gdte_hangzhou();
        let halls: Vec<&Hall> = layout.halls.iter().collect();
        let rows = rule_table(&layout, &halls, &[], None);
        let names: Vec<&str> = rows.iter().map(|r| r.rule.as_str()).collect();
        assert!(names.contains(&"booth-overlap") && names.contains(&"exit-distance"));
        assert!(!names.contains(&"travel-distance"), "not in gb50016");
        assert!(rows.iter().all(|r| r.result() == "passes" && !r.clause.is_empty()));
        assert_eq!(rules_not_in_pack(&layout, &halls), [Rule::TravelDistance, Rule::BoothDepth]);
        layout.rules.pack = RulePack::Nfpa101;
        let halls: Vec<&Hall> = layout.halls.iter().collect();
        let rows = rule_table(&layout, &halls, &[], None);
        let travel = rows.iter().find(|r| r.rule == Rule::TravelDistance).unwrap();
        assert_eq!(
            (travel.limit.as_str(), travel.clause.as_str()),
            ("≤ 76 m", "IBC 1017.2, sprinklered")
        );
    }

    #[test]
    fn the_worst_finding_is_the_one_farthest_over_its_limit() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../layouts/egress-broken.ron");
        let layout = crate::io::ron_file::load_layout(std::path::Path::new(path)).unwrap();
        let findings = check_layout(&layout);
        let all: Vec<&Finding> = findings.iter().collect();
        let halls: Vec<&Hall> = layout.halls.iter().collect();
        let rows = rule_table(&layout, &halls, &all, None);
        for row in rows.iter().filter(|r| r.findings > 0 && r.rule != Rule::NoAisleAccess) {
            assert!(row.worst.is_some(), "{row:?}");
        }
        assert!(rows.iter().any(|r| r.rule == Rule::ExitDistance && r.result() == "1 error"));
    }
}

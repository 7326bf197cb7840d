//! Assigning exhibitors from a list: which booths change and how, worked out before anything
//! is written, so that the command line and the editor's Import exhibitors show the same
//! preview and apply exactly the same changes.

use std::collections::{BTreeMap, HashMap};

use crate::io::exhibitor_list::ExhibitorRow;
use crate::model::{Booth, BoothStatus, Layout};

/// What a list would do to a layout.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assignment {
    /// Booths whose exhibitor or status changes, in list order.
    pub changes: Vec<BoothChange>,
    /// Rows whose number no booth carries, in list order.
    pub unknown: Vec<ExhibitorRow>,
    /// Numbers listed more than once, with the lines they are on: the list must say once who
    /// has a booth.
    pub duplicates: Vec<Duplicate>,
    /// Rows that match their booth already.
    pub unchanged: usize,
}

/// One booth's change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoothChange {
    /// Index of the booth in the layout.
    pub index: usize,
    /// Its number.
    pub number: String,
    /// Exhibitor and status now.
    pub before: (String, BoothStatus),
    /// Exhibitor and status after.
    pub after: (String, BoothStatus),
}

/// A booth number listed on more than one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    /// The number.
    pub number: String,
    /// The lines it is on, ascending.
    pub lines: Vec<usize>,
}

impl BoothChange {
    /// The booth with this change written.
    #[must_use]
    pub fn applied(&self, booth: &Booth) -> Booth {
        Booth { exhibitor: self.after.0.clone(), status: self.after.1, ..booth.clone() }
    }
}

impl Assignment {
    /// Works out what `rows` would change in `layout`. A number carried by several booths
    /// (a `duplicate-id` finding) changes all of them.
    #[must_use]
    pub fn plan(layout: &Layout, rows: &[ExhibitorRow]) -> Self {
        let mut by_number: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, b) in layout.booths.iter().enumerate() {
            by_number.entry(b.id.as_str()).or_default().push(i);
        }
        let mut lines: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for row in rows {
            lines.entry(row.number.as_str()).or_default().push(row.line);
        }
        let duplicates = lines
            .into_iter()
            .filter(|(_, l)| l.len() > 1)
            .map(|(number, lines)| Duplicate { number: number.to_owned(), lines })
            .collect();
        let mut plan = Self { duplicates, ..Self::default() };
        for row in rows {
            let Some(indices) = by_number.get(row.number.as_str()) else {
                plan.unknown.push(row.clone());
                continue;
            };
            for &index in indices {
                let booth = &layout.booths[index];
                let before = (booth.exhibitor.clone(), booth.status);
                let after = (row.exhibitor.clone(), row.status);
                if before == after {
                    plan.unchanged += 1;
                } else {
                    plan.changes.push(BoothChange {
                        index,
                        number: booth.id.clone(),
                        before,
                        after,
                    });
                }
            }
        }
        plan
    }

    /// Writes the changes into `layout` (the one the plan was made for).
    pub fn apply_to(&self, layout: &mut Layout) {
        for change in &self.changes {
            if let Some(booth) = layout.booths.get_mut(change.index) {
                *booth = change.applied(booth);
            }
        }
    }

    /// One line per change, e.g. `1A-001: (none), available → 杭州数智, sold`, for previews.
    #[must_use]
    pub fn change_lines(&self) -> Vec<String> {
        let side = |(exhibitor, status): &(String, BoothStatus)| {
            let who = if exhibitor.is_empty() { "(none)".to_owned() } else { exhibitor.clone() };
            format!("{who}, {status}")
        };
        self.changes
            .iter()
            .map(|c| format!("{}: {} → {}", c.number, side(&c.before), side(&c.after)))
            .collect()
    }

    /// One sentence per problem: unknown numbers and numbers listed twice.
    #[must_use]
    pub fn problem_lines(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .unknown
            .iter()
            .map(|r| {
                format!("line {}: no booth is numbered `{}`", r.line, crate::io::shown(&r.number))
            })
            .collect();
        out.extend(self.duplicates.iter().map(|d| {
            let lines: Vec<String> = d.lines.iter().map(ToString::to_string).collect();
            format!(
                "booth `{}` is listed more than once, on lines {}",
                crate::io::shown(&d.number),
                lines.join(", ")
            )
        }));
        out
    }
}

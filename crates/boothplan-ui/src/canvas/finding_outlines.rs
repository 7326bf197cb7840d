//! Red (error) and orange (warning) outlines around the objects findings name.
//!
//! Which objects are flagged is worked out only when the layout or its findings change, not every
//! frame: a 10,000-booth plan with crowded aisles can have tens of thousands of findings, and
//! hashing all their ids each frame alone would blow the 8 ms frame budget.

use std::collections::HashMap;

use egui::{Mesh, Painter, Shape, Stroke};

use super::overlay::outline_rect;
use super::paint::screen_outline;
use super::view::ScreenFromWorld;
use crate::check::{Finding, Severity};
use crate::editor::{Document, ObjectRef};
use crate::model::{Layout, ObjectKind, Rect};
use crate::theme_tokens as tokens;

/// The worst severity of the findings naming each id.
#[must_use]
pub fn worst_severity_by_id(findings: &[Finding]) -> HashMap<&str, Severity> {
    let mut worst: HashMap<&str, Severity> = HashMap::new();
    for f in findings {
        for id in &f.ids {
            // `Severity::Error < Severity::Warning`: the smaller is the worse.
            worst
                .entry(id.as_str())
                .and_modify(|s| *s = (*s).min(f.severity))
                .or_insert(f.severity);
        }
    }
    worst
}

/// What the flagged list was computed from; when any part differs it is computed again.
///
/// The revision alone is not enough: the shell may replace the document (New, Open) with one
/// whose revision counter happens to match.
#[derive(Clone, Debug, PartialEq)]
struct Source {
    revision: u64,
    findings: usize,
    findings_at: usize,
    /// Changes when the worker's findings land, with no edit.
    findings_version: u64,
    objects: [usize; 4],
}

impl Source {
    fn of(doc: &Document) -> Self {
        let layout = doc.layout();
        Self {
            revision: doc.revision(),
            findings: doc.findings().len(),
            findings_at: doc.findings().as_ptr() as usize,
            findings_version: doc.findings_version(),
            objects: [
                layout.halls.len(),
                layout.columns.len(),
                layout.zones.len(),
                layout.booths.len(),
            ],
        }
    }
}

/// The objects findings name, with the worst severity of each, kept in step with the document;
/// the outlines as last painted are kept while the view stays the same.
#[derive(Clone, Debug, Default)]
pub struct FindingOutlines {
    source: Option<Source>,
    /// Flagged halls, by index, with their outline's stroke.
    halls: Vec<(usize, Stroke)>,
    /// The venue rectangles of the other flagged objects, with their outline's stroke.
    rects: Vec<(Rect, Stroke)>,
    /// The outlines painted for a view.
    painted: Option<(ScreenFromWorld, Vec<Shape>)>,
}

impl FindingOutlines {
    /// Recomputes the flagged objects if the document changed since the last call.
    pub fn update(&mut self, doc: &Document) {
        let source = Source::of(doc);
        if self.source.as_ref() == Some(&source) {
            return;
        }
        let layout = doc.layout();
        self.halls.clear();
        self.rects.clear();
        for (object, severity) in flagged_objects(layout, doc.findings()) {
            let stroke = tokens::finding_outline(severity);
            if object.kind == ObjectKind::Hall {
                self.halls.push((object.index, stroke));
            } else if let Some(bounds) = object.bounds(layout) {
                self.rects.push((bounds, stroke));
            }
        }
        self.painted = None;
        self.source = Some(source);
    }

    /// Outlines every visible flagged object of `layout` (the one last given to
    /// [`Self::update`]).
    pub fn paint(&mut self, painter: &Painter, view: &ScreenFromWorld, layout: &Layout) {
        if let Some((v, shapes)) = &self.painted
            && v == view
        {
            painter.extend(shapes.iter().cloned());
            return;
        }
        let screen = view.screen();
        let mut mesh = Mesh::default();
        for (bounds, stroke) in &self.rects {
            let r = view.screen_rect(bounds);
            if screen.intersects(r) {
                outline_rect(&mut mesh, r, *stroke);
            }
        }
        let mut shapes = vec![Shape::mesh(mesh)];
        for &(index, stroke) in &self.halls {
            if let Some(hall) = layout.halls.get(index) {
                shapes.push(Shape::closed_line(screen_outline(view, &hall.outline), stroke));
            }
        }
        painter.extend(shapes.iter().cloned());
        self.painted = Some((*view, shapes));
    }
}

/// Every object some finding names, with its worst severity.
fn flagged_objects(layout: &Layout, findings: &[Finding]) -> Vec<(ObjectRef, Severity)> {
    let worst = worst_severity_by_id(findings);
    if worst.is_empty() {
        return Vec::new();
    }
    let ids = layout
        .halls
        .iter()
        .enumerate()
        .map(|(i, o)| (ObjectRef::hall(i), o.id.as_str()))
        .chain(
            layout.columns.iter().enumerate().map(|(i, o)| (ObjectRef::column(i), o.id.as_str())),
        )
        .chain(layout.zones.iter().enumerate().map(|(i, o)| (ObjectRef::zone(i), o.id.as_str())))
        .chain(layout.booths.iter().enumerate().map(|(i, o)| (ObjectRef::booth(i), o.id.as_str())));
    ids.filter_map(|(object, id)| Some((object, *worst.get(id)?))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Rule;

    fn finding(rule: Rule, ids: &[&str]) -> Finding {
        Finding {
            rule,
            severity: rule.severity(),
            ids: ids.iter().map(|s| (*s).to_owned()).collect(),
            area_m2: None,
            message: String::new(),
            measure: None,
        }
    }

    #[test]
    fn errors_outrank_warnings_for_an_object() {
        let findings = [
            finding(Rule::NarrowAisle, &["1A-001", "1A-002"]),
            finding(Rule::BoothOverlap, &["1A-002", "1A-003"]),
        ];
        let worst = worst_severity_by_id(&findings);
        assert_eq!(worst.get("1A-001"), Some(&Severity::Warning));
        assert_eq!(worst.get("1A-002"), Some(&Severity::Error));
        assert_eq!(worst.get("1A-003"), Some(&Severity::Error));
        assert_eq!(worst.get("1A-004"), None);
    }
}

//! The fire-marshal sheet's sidebar: what the marks on the plan mean and the exits with their
//! widths; then every rule with its limit, clause and result.

use super::super::legend::{Column, SidebarParts, exit_row, heading, legend_words, title};
use super::super::pen::{Anchor, Font, Pen};
use super::super::scene::Scene;
use super::super::style::{self, INK, INK_SOFT, RULE};
use super::super::wrap::wrap;
use super::super::writer::Num;
use super::MarshalFacts;
use super::marks::{AISLE, CONTOUR_STEP_M, FAR, walk_colour};
use crate::check::{RuleRow, Severity, rule_table, rules_not_in_pack};
use crate::model::{Hall, Layout};

/// Red of a rule that fails with errors.
const FAILS: crate::model::Colour = crate::model::Colour::rgb(0xC6, 0x28, 0x28);
/// Amber of a rule with warnings.
const WARNS: crate::model::Colour = crate::model::Colour::rgb(0xA8, 0x5A, 0x00);

/// The fire-marshal sheet's sidebar parts for one sheet.
pub struct MarshalParts<'s, 'a> {
    /// The layout.
    pub layout: &'s Layout,
    /// What the sheet draws.
    pub scene: &'s Scene<'a>,
    /// What the checks found.
    pub facts: &'s MarshalFacts,
}

impl SidebarParts for MarshalParts<'_, '_> {
    fn first(&self, pen: &mut Pen<'_>, col: Column, y0: f64) -> f64 {
        let u = col.u;
        let sheet = self.scene.hall.map_or("Overview", |h| h.name.as_str());
        let subtitle =
            format!("Fire marshal · {sheet} · rules {}", self.layout.rules.pack.as_str());
        let mut y = title(pen, self.layout, col, y0, &subtitle) + 7.0 * u;
        heading(pen, col, y, "On the plan");
        y += 2.5 * u;
        exit_row(pen, col, y, "Exit, its clear width in metres outside");
        y += 5.4 * u;
        for (k, level) in [10.0, 40.0, 60.0].into_iter().enumerate() {
            let x = col.x + (1.0 + 2.4 * k as f64) * u;
            let colour = walk_colour(level, 61.0);
            pen.line((x, y + 4.2 * u), (x + 1.6 * u, y + 0.6 * u), colour, 0.35 * u);
        }
        legend_words(
            pen,
            col,
            y,
            &format!("Walking distance to an exit, every {} m", Num(CONTOUR_STEP_M)),
        );
        y += 5.4 * u;
        pen.line((col.x + 2.0 * u, y + 2.3 * u), (col.x + 7.0 * u, y + 2.3 * u), FAR, 0.35 * u);
        pen.line((col.x + 4.5 * u, y), (col.x + 4.5 * u, y + 4.6 * u), FAR, 0.35 * u);
        legend_words(pen, col, y, "Farthest walk from a booth, with its length");
        y += 5.4 * u;
        pen.line((col.x + 1.0 * u, y + 2.3 * u), (col.x + 8.0 * u, y + 2.3 * u), AISLE, 0.3 * u);
        legend_words(pen, col, y, "Narrowest aisle between facing booths");
        y += 7.0 * u;
        col.rule(pen, y, RULE, 0.25);
        exits(pen, self.scene, col, y + 6.0 * u)
    }

    fn second(&self, pen: &mut Pen<'_>, col: Column, y0: f64, _limit: f64) -> f64 {
        let halls: Vec<&Hall> = self.scene.halls.clone();
        let findings = self.facts.findings_on(self.scene);
        let narrowest = self
            .facts
            .aisles_on(self.layout, self.scene)
            .iter()
            .map(|a| a.width_m)
            .min_by(f64::total_cmp);
        let rows = rule_table(self.layout, &halls, &findings, narrowest);
        let mut y = rules_table(pen, col, y0 + 8.0 * col.u, self.layout, &rows);
        let note = if crate::check::egress::runs(self.layout) {
            let left: Vec<&str> =
                rules_not_in_pack(self.layout, &halls).iter().map(|r| r.as_str()).collect();
            (!left.is_empty()).then(|| {
                format!(
                    "Not in {}, not checked: {}.",
                    self.layout.rules.pack.as_str(),
                    left.join(", ")
                )
            })
        } else {
            Some("Fire and egress rules not checked: no exit is drawn yet.".to_owned())
        };
        if let Some(note) = note {
            let font = Font::new(2.2 * col.u, INK_SOFT);
            for line in wrap(&note, col.w / font.size, 3, false) {
                y += font.size * 1.35;
                pen.fitted((col.x, y), col.w, font, &line);
            }
        }
        y
    }
}

/// Each hall's exits: how many, their total width and, on a hall's sheet, each exit and its
/// width; returns where the list ends.
fn exits(pen: &mut Pen<'_>, scene: &Scene<'_>, col: Column, mut y: f64) -> f64 {
    let u = col.u;
    heading(pen, col, y, "Exits and clear widths");
    let line = Font::new(2.5 * u, INK);
    let soft = Font::new(2.3 * u, INK_SOFT);
    for hall in &scene.halls {
        let doors: Vec<_> =
            scene.exits.iter().filter(|e| e.hall.as_deref() == Some(hall.id.as_str())).collect();
        let total: f64 = doors.iter().map(|e| e.width_m()).sum();
        y += 2.5 * u * 1.55;
        let words = match doors.len() {
            0 => format!("{}: no exit", hall.name),
            1 => format!("{}: 1 exit, {} m", hall.name, metres(total)),
            n => format!("{}: {n} exits, {} m in all", hall.name, metres(total)),
        };
        pen.fitted((col.x, y), col.w, line, &words);
        if scene.hall.is_some() && !doors.is_empty() {
            let list: Vec<String> = doors
                .iter()
                .map(|e| format!("{}\u{a0}{}\u{a0}m", e.id, metres(e.width_m())))
                .collect();
            for text in wrap(&list.join(" · "), col.w / soft.size, 8, false) {
                y += soft.size * 1.4;
                pen.fitted((col.x, y), col.w, soft, &text);
            }
        }
    }
    y + 3.0 * u
}

/// A width to the centimetre, without trailing zeros.
fn metres(m: f64) -> String {
    Num((m * 100.0).round() / 100.0).to_string()
}

/// The rules table: per rule a line with its name, limit and result, and a softer line with
/// the clause and the worst measured value; returns where it ends.
fn rules_table(pen: &mut Pen<'_>, col: Column, y: f64, layout: &Layout, rows: &[RuleRow]) -> f64 {
    let u = col.u;
    heading(pen, col, y, &format!("Rules checked ({})", layout.rules.pack.as_str()));
    let mut y = y + 5.0 * u;
    let limit_x = col.x + col.w * 0.40;
    let small = Font::new(2.1 * u, INK_SOFT);
    pen.text((col.x, y), small, "Rule · clause");
    pen.text((limit_x, y), small, "Limit");
    pen.text((col.x + col.w, y), small.anchored(Anchor::End), "Result · worst");
    y += 1.4 * u;
    col.rule(pen, y, RULE, 0.2);
    let cell = Font::new(2.5 * u, INK);
    let note = Font::new(2.1 * u, INK_SOFT);
    for row in rows {
        y += cell.size * 1.45;
        let colour = match (row.findings, row.rule.severity()) {
            (0, _) => style::EXIT,
            (_, Severity::Error) => FAILS,
            (_, Severity::Warning) => WARNS,
        };
        pen.fitted((col.x, y), limit_x - col.x - 1.5 * u, cell.bold(), row.rule.as_str());
        let result_w = col.w * 0.22;
        pen.fitted((limit_x, y), col.x + col.w - limit_x - result_w, cell, &row.limit);
        pen.fitted(
            (col.x + col.w, y),
            result_w,
            Font { colour, ..cell.bold().anchored(Anchor::End) },
            &row.result(),
        );
        y += note.size * 1.3;
        let worst = row.worst.as_deref().unwrap_or("");
        let worst_w = if worst.is_empty() { 0.0 } else { col.w * 0.45 };
        pen.fitted((col.x, y), col.w - worst_w - 1.0 * u, note, &row.clause);
        if !worst.is_empty() {
            pen.fitted((col.x + col.w, y), worst_w, note.anchored(Anchor::End), worst);
        }
        y += 1.0 * u;
        col.rule(pen, y, RULE, 0.15);
    }
    y + 2.0 * u
}

//! The findings panel: every problem the live checks found; clicking one shows its objects.

use crate::check::{Finding, Severity};
use crate::editor::Document;

/// Panel state: which severities are shown.
#[derive(Debug)]
pub struct FindingsPanel {
    show_errors: bool,
    show_warnings: bool,
}

impl Default for FindingsPanel {
    fn default() -> Self {
        Self { show_errors: true, show_warnings: true }
    }
}

/// The colour a severity is drawn in, from the current visuals so light and dark themes agree.
#[must_use]
pub fn severity_colour(ui: &egui::Ui, severity: Severity) -> egui::Color32 {
    match severity {
        Severity::Error => ui.visuals().error_fg_color,
        Severity::Warning => ui.visuals().warn_fg_color,
    }
}

/// The icon in front of a finding, painted (no icon font needed): a round dot for an error,
/// a triangle for a warning, in `colour`.
#[must_use]
pub fn severity_icon(severity: Severity, colour: egui::Color32) -> egui::Atom<'static> {
    egui::Atom::paint(egui::vec2(10.0, 10.0), move |ui, args| {
        let r = args.rect;
        match severity {
            Severity::Error => {
                ui.painter().circle_filled(r.center(), r.width().min(r.height()) / 2.0, colour);
            }
            Severity::Warning => {
                let points = vec![r.center_top(), r.right_bottom(), r.left_bottom()];
                ui.painter().add(egui::Shape::convex_polygon(points, colour, egui::Stroke::NONE));
            }
        }
    })
}

/// How many errors and warnings there are.
#[must_use]
pub fn count(findings: &[Finding]) -> (usize, usize) {
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    (errors, findings.len() - errors)
}

impl FindingsPanel {
    /// Lists the findings; returns the ids of the finding the planner clicked, to select and
    /// zoom to.
    pub fn ui(&mut self, ui: &mut egui::Ui, doc: &Document) -> Option<Vec<String>> {
        let findings = doc.findings();
        let (errors, warnings) = count(findings);
        ui.horizontal(|ui| {
            ui.heading("Findings");
            let error_colour = severity_colour(ui, Severity::Error);
            let warning_colour = severity_colour(ui, Severity::Warning);
            let errors_button = egui::Button::selectable(
                self.show_errors,
                (severity_icon(Severity::Error, error_colour), format!("{errors} errors")),
            );
            if ui
                .add(errors_button)
                .on_hover_text("Show errors: must be fixed before the plan is built")
                .clicked()
            {
                self.show_errors = !self.show_errors;
            }
            let warnings_button = egui::Button::selectable(
                self.show_warnings,
                (severity_icon(Severity::Warning, warning_colour), format!("{warnings} warnings")),
            );
            if ui
                .add(warnings_button)
                .on_hover_text("Show warnings: worth a look, may be intended")
                .clicked()
            {
                self.show_warnings = !self.show_warnings;
            }
        });
        if findings.is_empty() {
            ui.label("No problems: no overlaps, nothing outside its hall, aisles wide enough.");
            return None;
        }
        let shown: Vec<&Finding> = findings
            .iter()
            .filter(|f| match f.severity {
                Severity::Error => self.show_errors,
                Severity::Warning => self.show_warnings,
            })
            .collect();
        let mut clicked = None;
        let row_height = ui.text_style_height(&egui::TextStyle::Body) * 2.0 + 6.0;
        egui::ScrollArea::vertical().auto_shrink([false, false]).show_rows(
            ui,
            row_height,
            shown.len(),
            |ui, rows| {
                for finding in &shown[rows] {
                    if finding_row(ui, finding).clicked() {
                        clicked = Some(finding.ids.clone());
                    }
                }
            },
        );
        clicked
    }
}

fn finding_row(ui: &mut egui::Ui, finding: &Finding) -> egui::Response {
    let colour = severity_colour(ui, finding.severity);
    let head =
        egui::RichText::new(format!("{}  {}", finding.rule, finding.ids.join(", "))).color(colour);
    let response = ui
        .vertical(|ui| {
            let icon = severity_icon(finding.severity, colour);
            let head = ui.add(egui::Button::selectable(false, (icon, head)).frame(false));
            ui.add(egui::Label::new(egui::RichText::new(&finding.message).small()).truncate());
            head
        })
        .inner;
    response.on_hover_text("Select these objects and zoom to them")
}

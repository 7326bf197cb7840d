//! The findings panel: every problem the live checks found, grouped by rule under a heading in
//! plain words; clicking one shows its objects.

use crate::check::{Finding, Rule, Severity};
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

/// "1 error", "3 errors", "no warnings": a count in plain words.
#[must_use]
pub fn counted(n: usize, one: &str) -> String {
    match n {
        0 => format!("no {one}s"),
        1 => format!("1 {one}"),
        n => format!("{n} {one}s"),
    }
}

/// What a rule's findings have in common, in the planner's words: the heading of their group.
#[must_use]
pub fn rule_heading(rule: Rule) -> &'static str {
    match rule {
        Rule::DuplicateId => "Numbers or ids used twice",
        Rule::InvalidGeometry => "Shapes that cannot be built",
        Rule::HallOverlap => "Halls overlap",
        Rule::ZoneOverlap => "Zones overlap",
        Rule::BoothOverlap => "Booths overlap",
        Rule::OutsideHall => "Outside its hall, or in no hall",
        Rule::OnColumn => "Booths on a column",
        Rule::NarrowAisle => "Aisles too narrow",
        Rule::ThemeMismatch => "Booth theme differs from its zone",
        Rule::NoAisleAccess => "Booth with no aisle access",
        Rule::ExitDistance => "Too far from an exit",
        Rule::TravelDistance => "Too long a walk to an exit",
        Rule::BoothDepth => "Booth too deep from its open sides",
        Rule::ExitBlocked => "In front of an exit",
        Rule::ExitCapacity => "Too little exit width",
        Rule::LongRow => "Row too long without an aisle",
    }
}

/// The most rows one group lists; a plan with thousands of one problem says how many more.
const MOST_ROWS_A_GROUP: usize = 200;

impl FindingsPanel {
    /// Lists the findings, grouped by rule, inside the panel's own height (the list scrolls; it
    /// never grows the panel, so the canvas does not move while findings come and go during a
    /// drag). Returns the ids of the finding the planner clicked, to select and zoom to.
    pub fn ui(&mut self, ui: &mut egui::Ui, doc: &Document) -> Option<Vec<String>> {
        let findings = doc.findings();
        let (errors, warnings) = count(findings);
        ui.horizontal(|ui| {
            ui.heading("Findings");
            let error_colour = severity_colour(ui, Severity::Error);
            let warning_colour = severity_colour(ui, Severity::Warning);
            let errors_button = egui::Button::selectable(
                self.show_errors,
                (severity_icon(Severity::Error, error_colour), counted(errors, "error")),
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
                (severity_icon(Severity::Warning, warning_colour), counted(warnings, "warning")),
            );
            if ui
                .add(warnings_button)
                .on_hover_text("Show warnings: worth a look, may be intended")
                .clicked()
            {
                self.show_warnings = !self.show_warnings;
            }
        });
        let mut clicked = None;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .max_height(ui.available_height())
            .show(ui, |ui| {
                if findings.is_empty() {
                    ui.label(
                        "No problems: no overlaps, nothing outside its hall, aisles wide enough.",
                    );
                    return;
                }
                // Findings come sorted by rule: each group is one run of the list.
                for group in findings.chunk_by(|a, b| a.rule == b.rule) {
                    let rule = group[0].rule;
                    let shown = match rule.severity() {
                        Severity::Error => self.show_errors,
                        Severity::Warning => self.show_warnings,
                    };
                    if shown && let Some(ids) = group_ui(ui, rule, group) {
                        clicked = Some(ids);
                    }
                }
            });
        clicked
    }
}

/// One rule's findings under a heading such as "Booths overlap — 2 errors"; the ids of a
/// clicked one.
fn group_ui(ui: &mut egui::Ui, rule: Rule, group: &[Finding]) -> Option<Vec<String>> {
    let colour = severity_colour(ui, rule.severity());
    let heading =
        format!("{} — {}", rule_heading(rule), counted(group.len(), rule.severity().as_str()));
    let mut clicked = None;
    egui::CollapsingHeader::new(egui::RichText::new(heading).color(colour).strong())
        .id_salt(("findings_group", rule.as_str()))
        .default_open(true)
        .show(ui, |ui| {
            for finding in group.iter().take(MOST_ROWS_A_GROUP) {
                if finding_row(ui, finding).clicked() {
                    clicked = Some(finding.ids.clone());
                }
            }
            if group.len() > MOST_ROWS_A_GROUP {
                ui.weak(format!("… and {} more", group.len() - MOST_ROWS_A_GROUP));
            }
        })
        .header_response
        .on_hover_text(format!("Rule `{}` of the checks", rule.as_str()));
    clicked
}

/// One finding: its plain sentence, in the severity's colour; clicking selects its objects.
fn finding_row(ui: &mut egui::Ui, finding: &Finding) -> egui::Response {
    let colour = severity_colour(ui, finding.severity);
    let icon = severity_icon(finding.severity, colour);
    let text = egui::RichText::new(&finding.message);
    ui.add(egui::Button::selectable(false, (icon, text)).frame(false).truncate())
        .on_hover_text(format!("{}: select and zoom to them", finding.ids.join(", ")))
}

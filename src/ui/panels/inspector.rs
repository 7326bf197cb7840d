//! The right-hand inspector: the selected object's fields, each edit one undoable command.
//!
//! Text fields commit on Enter or when they lose focus, never per key, so one rename is one undo
//! step; dragging a number is one step too (a transaction from press to release).

use crate::editor::{Change, Command, Document, Object, ObjectRef};
use crate::model::{BoothStatus, Layout, ObjectKind, Rect};

/// What the inspector remembers between frames: the text being typed into a field.
#[derive(Debug, Default)]
pub struct Inspector {
    /// The field being edited and its text; dropped when the selection changes.
    editing: Option<(ObjectRef, &'static str, String)>,
}

impl Inspector {
    /// Shows the selection's fields and applies the planner's edits to `doc`.
    pub fn ui(&mut self, ui: &mut egui::Ui, doc: &mut Document) {
        ui.heading("Inspector");
        ui.separator();
        let selection = doc.selection().clone();
        let Some(object) = selection.single() else {
            self.editing = None;
            if selection.is_empty() {
                ui.weak("Nothing selected. Click an object on the floor plan to see its details.");
            } else {
                multi_selection_ui(ui, doc);
            }
            return;
        };
        if self.editing.as_ref().is_some_and(|(r, _, _)| *r != object) {
            self.editing = None;
        }
        let Some(current) = object.get(doc.layout()) else { return };
        egui::Grid::new("inspector_fields").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            match current {
                Object::Booth(booth) => {
                    kind_row(ui, "Booth");
                    self.text_row(ui, doc, object, "Booth number", &booth.id);
                    theme_row(ui, doc, object, &booth.theme);
                    self.text_row(ui, doc, object, "Exhibitor", &booth.exhibitor);
                    status_row(ui, doc, object, booth.status);
                    read_only_row(ui, "Hall", hall_shown(booth.hall.as_deref()));
                    rect_rows(ui, doc, object, booth.rect);
                    area_row(ui, booth.rect.area_m2());
                }
                Object::Zone(zone) => {
                    kind_row(ui, "Zone");
                    read_only_row(ui, "Id", &zone.id);
                    self.text_row(ui, doc, object, "Zone name", &zone.name);
                    theme_row(ui, doc, object, &zone.theme);
                    read_only_row(ui, "Hall", hall_shown(zone.hall.as_deref()));
                    rect_rows(ui, doc, object, zone.rect);
                    area_row(ui, zone.rect.area_m2());
                }
                Object::Hall(hall) => {
                    kind_row(ui, "Hall");
                    read_only_row(ui, "Id", &hall.id);
                    self.text_row(ui, doc, object, "Hall name", &hall.name);
                    read_only_row(ui, "Corners", &hall.outline.len().to_string());
                    area_row(ui, hall.area_m2());
                }
                Object::Column(column) => {
                    kind_row(ui, "Column");
                    read_only_row(ui, "Id", &column.id);
                    read_only_row(ui, "Hall", hall_shown(column.hall.as_deref()));
                }
            }
        });
        findings_of_object_ui(ui, doc, object);
    }

    /// A text field that writes `field` of `object` when the planner presses Enter or leaves it.
    fn text_row(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        object: ObjectRef,
        field: &'static str,
        value: &str,
    ) {
        ui.label(field);
        let mut text = match &self.editing {
            Some((r, f, text)) if *r == object && *f == field => text.clone(),
            _ => value.to_owned(),
        };
        let response = ui
            .add(egui::TextEdit::singleline(&mut text).desired_width(180.0))
            .accessible_name(field);
        if response.lost_focus() {
            self.editing = None;
            if text != value {
                edit(doc, object, &format!("Change {}", field.to_lowercase()), |o| {
                    set_text(o, field, &text);
                });
            }
        } else if response.has_focus() {
            self.editing = Some((object, field, text));
        }
        ui.end_row();
    }
}

/// Applies `change` to a copy of `object` and executes the difference as one undo step.
fn edit(doc: &mut Document, object: ObjectRef, label: &str, change: impl FnOnce(&mut Object)) {
    let Some(before) = object.get(doc.layout()) else { return };
    let mut after = before.clone();
    change(&mut after);
    let selection = doc.selection().clone();
    doc.execute(Command {
        label: label.to_owned(),
        changes: vec![Change::Replace(vec![(object, before, after)])],
        selection_before: selection.clone(),
        selection_after: selection,
    });
}

fn set_text(object: &mut Object, field: &str, text: &str) {
    let text = text.trim().to_owned();
    match (object, field) {
        (Object::Booth(b), "Booth number") if !text.is_empty() => b.id = text,
        (Object::Booth(b), "Exhibitor") => b.exhibitor = text,
        (Object::Zone(z), "Zone name") => z.name = text,
        (Object::Hall(h), "Hall name") => h.name = text,
        _ => {}
    }
}

fn kind_row(ui: &mut egui::Ui, kind: &str) {
    ui.label("Kind");
    ui.strong(kind);
    ui.end_row();
}

fn read_only_row(ui: &mut egui::Ui, field: &str, value: &str) {
    ui.label(field);
    ui.label(value);
    ui.end_row();
}

fn area_row(ui: &mut egui::Ui, area_m2: f64) {
    read_only_row(ui, "Area", &crate::stats::format_area_m2(area_m2));
}

fn theme_row(ui: &mut egui::Ui, doc: &mut Document, object: ObjectRef, current: &str) {
    ui.label("Theme");
    let name = theme_name(doc.layout(), current);
    let mut chosen = None;
    egui::ComboBox::from_id_salt("inspector_theme")
        .selected_text(name)
        .show_ui(ui, |ui| {
            for theme in &doc.layout().themes {
                if ui.selectable_label(theme.key == current, &theme.name).clicked() {
                    chosen = Some(theme.key.clone());
                }
            }
        })
        .response
        .accessible_name("Theme");
    if let Some(key) = chosen.filter(|k| k != current) {
        edit(doc, object, "Change theme", |o| match o {
            Object::Booth(b) => b.theme = key,
            Object::Zone(z) => z.theme = key,
            _ => {}
        });
    }
    ui.end_row();
}

fn theme_name(layout: &Layout, key: &str) -> String {
    layout.theme(key).map_or_else(|| format!("{key} (unknown)"), |t| t.name.clone())
}

fn status_row(ui: &mut egui::Ui, doc: &mut Document, object: ObjectRef, current: BoothStatus) {
    ui.label("Status");
    let mut chosen = current;
    egui::ComboBox::from_id_salt("inspector_status")
        .selected_text(current.as_str())
        .show_ui(ui, |ui| {
            for status in BoothStatus::ALL {
                ui.selectable_value(&mut chosen, status, status.as_str());
            }
        })
        .response
        .accessible_name("Status");
    if chosen != current {
        edit(doc, object, "Change status", |o| {
            if let Object::Booth(b) = o {
                b.status = chosen;
            }
        });
    }
    ui.end_row();
}

/// Picks one number of a rectangle, for the inspector's x/y/width/height rows.
type RectField = fn(&mut Rect) -> &mut f64;

/// Exact position and size in metres. Dragging a value previews live and is one undo step.
fn rect_rows(ui: &mut egui::Ui, doc: &mut Document, object: ObjectRef, rect: Rect) {
    let fields: [(&str, RectField, f64); 4] = [
        ("x (m)", |r| &mut r.x_m, f64::NEG_INFINITY),
        ("y (m)", |r| &mut r.y_m, f64::NEG_INFINITY),
        ("Width (m)", |r| &mut r.width_m, 0.1),
        ("Height (m)", |r| &mut r.height_m, 0.1),
    ];
    for (label, field, min) in fields {
        ui.label(label);
        let mut edited = rect;
        let response = ui
            .add(
                egui::DragValue::new(field(&mut edited))
                    .speed(0.1)
                    .range(min..=f64::INFINITY)
                    .max_decimals(2)
                    .suffix(" m"),
            )
            .accessible_name(label);
        if response.drag_started() {
            doc.begin_transaction(&format!("Change {}", label.to_lowercase()), [object]);
        }
        if response.changed() && edited != rect {
            let Some(mut after) = object.get(doc.layout()) else { continue };
            set_rect(&mut after, edited);
            if doc.in_transaction() {
                doc.preview(object, after);
            } else {
                edit(doc, object, "Change size", |o| set_rect(o, edited));
            }
        }
        if response.drag_stopped() {
            doc.commit_transaction();
        }
        ui.end_row();
    }
}

fn set_rect(object: &mut Object, rect: Rect) {
    match object {
        Object::Booth(b) => b.rect = rect,
        Object::Zone(z) => z.rect = rect,
        _ => {}
    }
}

fn multi_selection_ui(ui: &mut egui::Ui, doc: &Document) {
    let selection = doc.selection();
    ui.strong(format!("{} objects selected", selection.len()));
    for kind in [ObjectKind::Hall, ObjectKind::Column, ObjectKind::Zone, ObjectKind::Booth] {
        let n = selection.indices(kind).len();
        if n > 0 {
            ui.label(format!("{n} × {}", kind.as_str()));
        }
    }
    let booth_area_m2: f64 = selection
        .indices(ObjectKind::Booth)
        .iter()
        .filter_map(|&i| doc.layout().booths.get(i))
        .map(|b| b.rect.area_m2())
        .sum();
    if booth_area_m2 > 0.0 {
        ui.label(format!("Booth area {}", crate::stats::format_area_m2(booth_area_m2)));
    }
}

fn findings_of_object_ui(ui: &mut egui::Ui, doc: &Document, object: ObjectRef) {
    let findings = doc.findings_for(object);
    if findings.is_empty() {
        return;
    }
    ui.separator();
    ui.strong("Problems");
    for finding in findings {
        let colour = super::findings::severity_colour(ui, finding.severity);
        ui.colored_label(colour, format!("{}: {}", finding.rule, finding.message));
    }
}

/// The Hall field: the hall's id, or a plain word for an object outside every hall.
fn hall_shown(hall: Option<&str>) -> &str {
    hall.unwrap_or("none (outside every hall)")
}

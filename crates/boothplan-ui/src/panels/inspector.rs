//! The right-hand inspector: the selected object's fields, each edit one undoable command.
//!
//! Text fields commit on Enter or when they lose focus, never per key, so one rename is one undo
//! step; dragging a number is one step too (a transaction from press to release).

use crate::editor::{Document, FieldValue, Object, ObjectRef, Transaction};
use crate::io::ron_file::MAX_COORDINATE_M;
use crate::model::{BoothStatus, Layout, ObjectKind, Rect};

/// What the inspector remembers between frames: the text being typed into a field, and the
/// edit of a number being dragged.
#[derive(Debug, Default)]
pub struct Inspector {
    /// The objects and field being edited and its text; dropped when the selection changes.
    editing: Option<(Vec<ObjectRef>, &'static str, String)>,
    /// A position or size number being dragged: previewed live, one undo step on release.
    dragging: Option<Transaction>,
}

/// What a row shows when the selected objects hold different values.
const MIXED: &str = "(mixed)";

/// The one value every item has, or `None` when they differ (or there are none).
fn common<T: PartialEq>(mut values: impl Iterator<Item = T>) -> Option<T> {
    let first = values.next()?;
    values.all(|v| v == first).then_some(first)
}

impl Inspector {
    /// Shows the selection's fields and applies the planner's edits to `doc`.
    pub fn ui(&mut self, ui: &mut egui::Ui, doc: &mut Document) {
        ui.heading("Inspector");
        ui.separator();
        let selection = doc.selection().clone();
        let selected: Vec<ObjectRef> = selection.iter().collect();
        if self.editing.as_ref().is_some_and(|(r, _, _)| *r != selected) {
            self.editing = None;
        }
        let Some(object) = selection.single() else {
            if selection.is_empty() {
                ui.weak("Nothing selected. Click an object on the floor plan to see its details.");
            } else {
                self.multi_selection_ui(ui, doc, &selected);
            }
            return;
        };
        let Some(current) = object.get(doc.layout()) else { return };
        egui::Grid::new("inspector_fields").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            match current {
                Object::Booth(booth) => {
                    kind_row(ui, "Booth");
                    self.text_row(
                        ui,
                        doc,
                        &[object],
                        "Booth number",
                        &booth.id,
                        FieldValue::BoothNumber,
                    );
                    theme_row(ui, doc, &[object], Some(&booth.theme));
                    self.text_row(
                        ui,
                        doc,
                        &[object],
                        "Exhibitor",
                        &booth.exhibitor,
                        FieldValue::Exhibitor,
                    );
                    status_row(ui, doc, &[object], Some(booth.status));
                    read_only_row(ui, "Hall", hall_shown(booth.hall.as_deref()));
                    self.rect_rows(ui, doc, object, booth.rect);
                    area_row(ui, booth.rect.area_m2());
                    sale_rows(ui, doc, &booth);
                }
                Object::Zone(zone) => {
                    kind_row(ui, "Zone");
                    read_only_row(ui, "Id", &zone.id);
                    self.text_row(
                        ui,
                        doc,
                        &[object],
                        "Zone name",
                        &zone.name,
                        FieldValue::ZoneName,
                    );
                    theme_row(ui, doc, &[object], Some(&zone.theme));
                    read_only_row(ui, "Hall", hall_shown(zone.hall.as_deref()));
                    self.rect_rows(ui, doc, object, zone.rect);
                    area_row(ui, zone.rect.area_m2());
                }
                Object::Hall(hall) => {
                    kind_row(ui, "Hall");
                    read_only_row(ui, "Id", &hall.id);
                    self.text_row(
                        ui,
                        doc,
                        &[object],
                        "Hall name",
                        &hall.name,
                        FieldValue::HallName,
                    );
                    sprinklered_row(ui, doc, object, hall.sprinklered);
                    read_only_row(ui, "Corners", &hall.outline.len().to_string());
                    area_row(ui, hall.area_m2());
                }
                Object::Exit(exit) => {
                    kind_row(ui, "Exit");
                    read_only_row(ui, "Id", &exit.id);
                    read_only_row(ui, "Hall", hall_shown(exit.hall.as_deref()));
                    let width = format!("{} m", crate::units::decimals(exit.width_m(), 2));
                    read_only_row(ui, "Clear width", &width);
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

    /// A text field labelled `field` that writes `to_value(text)` into `objects` when the
    /// planner presses Enter or leaves it.
    fn text_row(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        objects: &[ObjectRef],
        field: &'static str,
        value: &str,
        to_value: fn(String) -> FieldValue,
    ) {
        ui.label(field);
        let mut text = match &self.editing {
            Some((r, f, text)) if r == objects && *f == field => text.clone(),
            _ => value.to_owned(),
        };
        let response = ui
            .add(egui::TextEdit::singleline(&mut text).desired_width(180.0))
            .accessible_name(field);
        if response.lost_focus() {
            self.editing = None;
            if text != value {
                doc.set_field(objects, &to_value(text));
            }
        } else if response.has_focus() {
            self.editing = Some((objects.to_vec(), field, text));
        }
        ui.end_row();
    }

    /// Exact position and size in metres. Dragging a value previews live and is one undo step.
    fn rect_rows(&mut self, ui: &mut egui::Ui, doc: &mut Document, object: ObjectRef, rect: Rect) {
        // A locked (or hidden) layer's objects show their place but cannot be moved from here.
        let movable = doc.layers().can_pick(object.kind);
        let fields: [(&str, RectField, f64); 4] = [
            ("x (m)", |r| &mut r.x_m, -MAX_COORDINATE_M),
            ("y (m)", |r| &mut r.y_m, -MAX_COORDINATE_M),
            ("Width (m)", |r| &mut r.width_m, 0.1),
            ("Height (m)", |r| &mut r.height_m, 0.1),
        ];
        for (label, field, min) in fields {
            ui.label(label);
            let mut edited = rect;
            let response = ui
                .add_enabled(
                    movable,
                    egui::DragValue::new(field(&mut edited))
                        .speed(0.1)
                        .range(min..=MAX_COORDINATE_M)
                        // A typed number is one edit when Enter or leaving the field ends it.
                        .update_while_editing(false)
                        .max_decimals(2)
                        .suffix(" m"),
                )
                .accessible_name(label);
            if response.drag_started() {
                let label = format!("Change {}", label.to_lowercase());
                self.dragging = Some(doc.begin_transaction(&label, [object]));
            }
            if response.changed() && edited != rect {
                match &self.dragging {
                    Some(tx) if tx.is_open(doc) => {
                        tx.preview_field(doc, &[object], &FieldValue::Rect(edited));
                    }
                    _ => doc.set_field(&[object], &FieldValue::Rect(edited)),
                }
            }
            if response.drag_stopped()
                && let Some(tx) = self.dragging.take()
            {
                tx.commit(doc);
            }
            ui.end_row();
        }
    }

    /// Several objects: counts and booth area, and the fields they share, edited all at once
    /// (theme, status, exhibitor) as one undo step each.
    fn multi_selection_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        selected: &[ObjectRef],
    ) {
        ui.strong(format!("{} objects selected", selected.len()));
        for kind in [ObjectKind::Hall, ObjectKind::Column, ObjectKind::Zone, ObjectKind::Booth] {
            let n = selected.iter().filter(|o| o.kind == kind).count();
            if n > 0 {
                ui.label(format!("{n} × {}", kind.as_str()));
            }
        }
        let layout = doc.layout();
        let booths: Vec<_> = (selected.iter())
            .filter(|o| o.kind == ObjectKind::Booth)
            .filter_map(|o| layout.booths.get(o.index))
            .collect();
        let zones: Vec<_> = (selected.iter())
            .filter(|o| o.kind == ObjectKind::Zone)
            .filter_map(|o| layout.zones.get(o.index))
            .collect();
        let booth_area_m2: f64 = booths.iter().map(|b| b.rect.area_m2()).sum();
        if booth_area_m2 > 0.0 {
            ui.label(format!("Booth area {}", crate::units::format_area_m2(booth_area_m2)));
        }
        if booths.is_empty() && zones.is_empty() {
            return;
        }
        let theme =
            common(booths.iter().map(|b| &b.theme).chain(zones.iter().map(|z| &z.theme))).cloned();
        let status = common(booths.iter().map(|b| b.status));
        let exhibitor = common(booths.iter().map(|b| &b.exhibitor)).cloned();
        let size = common(booths.iter().map(|b| SizeKey::of(b.rect.width_m, b.rect.height_m)));
        let has_booths = !booths.is_empty();
        ui.separator();
        egui::Grid::new("inspector_bulk").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            theme_row(ui, doc, selected, theme.as_deref());
            if has_booths {
                status_row(ui, doc, selected, status);
                size_row(ui, doc, selected, size);
                let shown = exhibitor.as_deref().unwrap_or_default();
                self.text_row(ui, doc, selected, "Exhibitor", shown, FieldValue::Exhibitor);
            }
        });
    }
}

/// A booth size compared to the millimetre (sizes are floats; equal-looking ones must match).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct SizeKey(i64, i64);

impl SizeKey {
    #[expect(clippy::cast_possible_truncation, reason = "booth sides are far below i64's range")]
    fn of(width_m: f64, depth_m: f64) -> Self {
        Self((width_m * 1000.0).round() as i64, (depth_m * 1000.0).round() as i64)
    }

    fn text(self) -> String {
        let m = |mm: i64| crate::units::decimals(mm as f64 / 1000.0, 3);
        format!("{} × {} m", m(self.0), m(self.1))
    }
}

/// The size of the booths among `objects` (`None` when they differ), and a choice of the
/// standard sizes to give them all, each keeping its top-left corner.
fn size_row(
    ui: &mut egui::Ui,
    doc: &mut Document,
    objects: &[ObjectRef],
    current: Option<SizeKey>,
) {
    ui.label("Size");
    let mut chosen = None;
    egui::ComboBox::from_id_salt("inspector_size")
        .selected_text(current.map_or_else(|| MIXED.to_owned(), SizeKey::text))
        .show_ui(ui, |ui| {
            for (w, d) in crate::editor::STANDARD_BOOTH_SIZES_M {
                let key = SizeKey::of(w, d);
                if ui.selectable_label(current == Some(key), key.text()).clicked() {
                    chosen = Some((w, d));
                }
            }
        })
        .response
        .accessible_name("Size");
    if let Some((width_m, depth_m)) = chosen.filter(|&(w, d)| current != Some(SizeKey::of(w, d))) {
        doc.set_field(objects, &FieldValue::BoothSize { width_m, depth_m });
    }
    ui.end_row();
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

/// The booth's type as the plan stands (open sides) and, with a price list, its list price.
fn sale_rows(ui: &mut egui::Ui, doc: &Document, booth: &crate::model::Booth) {
    let booth_type = doc.booth_type(&booth.id);
    read_only_row(ui, "Type", &booth_type_text(booth_type));
    if let Some(pricing) = &doc.layout().pricing {
        let price = pricing.list_price(booth.rect.area_m2(), &booth.theme, booth_type);
        read_only_row(ui, "List price", &crate::units::format_money(price, &pricing.currency));
    }
}

/// `corner (2 open sides)`, or what a booth without a type lacks.
pub(crate) fn booth_type_text(booth_type: Option<crate::model::BoothType>) -> String {
    use crate::model::BoothType;
    match booth_type {
        Some(t) => {
            let sides = match t {
                BoothType::Inline => 1,
                BoothType::Corner => 2,
                BoothType::Peninsula => 3,
                BoothType::Island => 4,
            };
            let plural = if sides == 1 { "" } else { "s" };
            format!("{t} ({sides} open side{plural})")
        }
        None => "no aisle access".to_owned(),
    }
}

fn area_row(ui: &mut egui::Ui, area_m2: f64) {
    read_only_row(ui, "Area", &crate::units::format_area_m2(area_m2));
}

/// The theme of `objects`; `current` is `None` when they differ.
fn theme_row(ui: &mut egui::Ui, doc: &mut Document, objects: &[ObjectRef], current: Option<&str>) {
    ui.label("Theme");
    let name = current.map_or_else(|| MIXED.to_owned(), |key| theme_name(doc.layout(), key));
    let mut chosen = None;
    egui::ComboBox::from_id_salt("inspector_theme")
        .selected_text(name)
        .show_ui(ui, |ui| {
            for theme in &doc.layout().themes {
                if ui.selectable_label(current == Some(&theme.key), &theme.name).clicked() {
                    chosen = Some(theme.key.clone());
                }
            }
        })
        .response
        .accessible_name("Theme");
    if let Some(key) = chosen.filter(|k| current != Some(k)) {
        doc.set_field(objects, &FieldValue::Theme(key));
    }
    ui.end_row();
}

fn theme_name(layout: &Layout, key: &str) -> String {
    layout.theme(key).map_or_else(|| format!("{key} (unknown)"), |t| t.name.clone())
}

/// The sales status of the booths among `objects`; `current` is `None` when they differ.
fn status_row(
    ui: &mut egui::Ui,
    doc: &mut Document,
    objects: &[ObjectRef],
    current: Option<BoothStatus>,
) {
    ui.label("Status");
    let mut chosen = current;
    egui::ComboBox::from_id_salt("inspector_status")
        .selected_text(current.map_or(MIXED, BoothStatus::as_str))
        .show_ui(ui, |ui| {
            for &status in BoothStatus::ALL {
                ui.selectable_value(&mut chosen, Some(status), status.as_str());
            }
        })
        .response
        .accessible_name("Status");
    if let Some(status) = chosen.filter(|&s| Some(s) != current) {
        doc.set_field(objects, &FieldValue::Status(status));
    }
    ui.end_row();
}

/// Whether a hall has sprinklers: a tick box, since it lengthens the egress limits there.
fn sprinklered_row(ui: &mut egui::Ui, doc: &mut Document, hall: ObjectRef, current: bool) {
    ui.label("Sprinklers");
    let mut on = current;
    ui.checkbox(&mut on, "sprinklered").on_hover_text(
        "Automatic sprinklers in this hall: the fire rules then allow longer distances to exits",
    );
    if on != current {
        doc.set_field(&[hall], &FieldValue::Sprinklered(on));
    }
    ui.end_row();
}

/// Picks one number of a rectangle, for the inspector's x/y/width/height rows.
type RectField = fn(&mut Rect) -> &mut f64;

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

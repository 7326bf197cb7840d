//! The compare view's list: what differs from the other version, one row per change in its
//! class's colour; a click shows the object.

use super::{ChangeClass, Comparison};
use crate::io::shown;
use crate::revision::Change;

/// What the planner asked for in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareAction {
    /// Show (select and zoom to) the object of this change, by its index in the list.
    Show(usize),
    /// Leave the compare view.
    Close,
}

/// The most rows listed; a comparison of two unrelated fairs says how many more.
const MOST_ROWS: usize = 500;

/// The panel: the file compared with, a legend, the changes. Returns what was clicked.
pub fn compare_panel_ui(ui: &mut egui::Ui, comparison: &Comparison) -> Option<CompareAction> {
    let mut action = None;
    ui.horizontal(|ui| {
        ui.heading("Compare");
        if ui.button("Close comparison").clicked() {
            action = Some(CompareAction::Close);
        }
    });
    ui.label(format!("Compared with {}", shown(comparison.name())))
        .on_hover_text(shown(comparison.whence()));
    let changes = comparison.changes();
    ui.label(match changes.len() {
        0 => "No differences".to_owned(),
        1 => "1 change".to_owned(),
        n => format!("{n} changes"),
    });
    ui.horizontal_wrapped(|ui| {
        for class in
            [ChangeClass::Added, ChangeClass::Removed, ChangeClass::Moved, ChangeClass::Changed]
        {
            let (swatch, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter().rect_filled(swatch, 0.0, class.stroke().color);
            ui.label(class.word());
        }
    });
    ui.separator();
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        for (i, change) in changes.iter().enumerate().take(MOST_ROWS) {
            if change_row(ui, change).clicked() {
                action = Some(CompareAction::Show(i));
            }
        }
        if changes.len() > MOST_ROWS {
            ui.weak(format!("… and {} more", changes.len() - MOST_ROWS));
        }
    });
    action
}

/// `booth 1A-003 moved from (15, 3) to (16, 3)`, escaped, in its class's colour.
#[must_use]
pub fn row_text(change: &Change) -> String {
    let values = match (&change.from, &change.to) {
        (Some(from), Some(to)) => format!(" from {} to {}", shown(from), shown(to)),
        _ => String::new(),
    };
    format!("{} {} {}{values}", change.kind, shown(&change.id), change.change.as_str())
}

fn change_row(ui: &mut egui::Ui, change: &Change) -> egui::Response {
    let colour = ChangeClass::of(change.change).stroke().color;
    let text = egui::RichText::new(row_text(change)).color(colour);
    let hint =
        if change.place.is_some() { "Show it on the plan" } else { "A setting of the layout" };
    ui.add(egui::Button::selectable(false, text).frame(false).truncate()).on_hover_text(hint)
}

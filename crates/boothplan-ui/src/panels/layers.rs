//! The Layers panel: one row per kind of object (and for labels and findings), with a Show
//! and a Lock box, as in a CAD program. The building starts locked.

use crate::editor::{Document, Layer};

/// The panel's rows; changes go straight to the document (they are not undo steps, like
/// hiding a layer in any drawing program).
pub fn layers_ui(ui: &mut egui::Ui, doc: &mut Document) {
    egui::Grid::new("layers").num_columns(3).spacing([12.0, 4.0]).show(ui, |ui| {
        ui.weak("Layer");
        ui.weak("Show");
        ui.weak("Lock");
        ui.end_row();
        for &layer in Layer::ALL {
            ui.label(layer.name());
            let mut shown = doc.layers().is_visible(layer);
            let show = ui
                .checkbox(&mut shown, "")
                .on_hover_text(format!("Show or hide {}", layer.name().to_lowercase()));
            show.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::Role::CheckBox,
                    true,
                    shown,
                    format!("Show {}", layer.name()),
                )
            });
            if show.changed() {
                doc.set_layer_visible(layer, shown);
            }
            if layer.lockable() {
                let mut locked = doc.layers().is_locked(layer);
                let lock = ui.checkbox(&mut locked, "").on_hover_text(format!(
                    "Lock {}: they can be seen but not picked, moved or deleted",
                    layer.name().to_lowercase()
                ));
                lock.widget_info(|| {
                    egui::WidgetInfo::selected(
                        egui::Role::CheckBox,
                        true,
                        locked,
                        format!("Lock {}", layer.name()),
                    )
                });
                if lock.changed() {
                    doc.set_layer_locked(layer, locked);
                }
            }
            ui.end_row();
        }
    });
}

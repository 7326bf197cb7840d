//! The Background rows of the Layers panel: for each background plan, Show and Lock boxes,
//! an opacity slider, Calibrate, Reload and Remove. Unlike the other layers these are part of the
//! file, so each change is an undo step (a slider drag is one step, from where it started).

use crate::editor::Document;
use crate::model::Background;

/// What a Background row asks of the window, which owns the canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackgroundRowAsk {
    /// Start calibrating this plan on the canvas.
    Calibrate(usize),
    /// Read this plan's file again (it was missing, or changed on disk).
    Reload(usize),
}

/// One row a background plan, under the other layers; nothing when there is none. Returns
/// what the planner asked of the window (Calibrate…, Reload), if anything.
pub fn background_layers_ui(ui: &mut egui::Ui, doc: &mut Document) -> Option<BackgroundRowAsk> {
    let mut asked = None;
    if doc.layout().backgrounds.is_empty() {
        return None;
    }
    ui.add_space(6.0);
    for index in 0..doc.layout().backgrounds.len() {
        let Some(b) = doc.layout().backgrounds.get(index).cloned() else { break };
        let name = b.drawing_name();
        ui.horizontal(|ui| {
            ui.label("Background").on_hover_text(format!(
                "{} — {}",
                b.path,
                b.hall.as_deref().map_or("the whole venue".to_owned(), |h| format!("hall {h}"))
            ));
            ui.weak(&name);
        });
        ui.horizontal(|ui| {
            let mut visible = b.visible;
            let show = ui.checkbox(&mut visible, "Show");
            show.widget_info(|| labelled(egui::Role::CheckBox, visible, "Show background plan"));
            if show.changed() {
                let label = if visible { "Show background plan" } else { "Hide background plan" };
                doc.replace_background(index, Background { visible, ..b.clone() }, label);
            }
            let mut locked = b.locked;
            let lock = ui
                .checkbox(&mut locked, "Lock")
                .on_hover_text("A locked drawing is never picked or moved on the canvas");
            lock.widget_info(|| labelled(egui::Role::CheckBox, locked, "Lock background plan"));
            if lock.changed() {
                let label = if locked { "Lock background plan" } else { "Unlock background plan" };
                doc.replace_background(index, Background { locked, ..b.clone() }, label);
            }
            if ui
                .button("Calibrate…")
                .on_hover_text("Click two points and type their distance")
                .clicked()
            {
                asked = Some(BackgroundRowAsk::Calibrate(index));
            }
            if ui
                .button("Reload")
                .on_hover_text("Read the drawing's file again (found again, or changed)")
                .clicked()
            {
                asked = Some(BackgroundRowAsk::Reload(index));
            }
            if ui
                .button("Remove")
                .on_hover_text("Take the drawing out of the layout (the image file stays)")
                .clicked()
            {
                doc.remove_background(index);
            }
        });
        let mut opacity = b.opacity;
        let slider = ui.add(egui::Slider::new(&mut opacity, 0.0..=1.0).text("Opacity"));
        slider.widget_info(|| egui::WidgetInfo::slider(true, opacity, "Background plan opacity"));
        if slider.changed() {
            doc.preview_background(index, Background { opacity, ..b.clone() });
        }
        if slider.drag_stopped() || slider.changed() && !slider.is_pointer_button_down_on() {
            doc.commit_background_edit("Change background plan opacity");
        }
    }
    asked
}

fn labelled(role: egui::Role, selected: bool, label: &str) -> egui::WidgetInfo {
    egui::WidgetInfo::selected(role, true, selected, label)
}

//! The Background rows of the Layers panel: for each background plan, Show and Lock boxes,
//! an opacity slider, Calibrate, Reload and Remove. Unlike the other layers these are part of the
//! file, so each change is an undo step (a slider drag is one step, from where it started,
//! previewed through a transaction that Esc cancels).

use crate::editor::{Document, Transaction};
use crate::model::Background;

/// What a Background row asks of the window, which owns the canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackgroundRowAsk {
    /// Start calibrating this plan on the canvas.
    Calibrate(usize),
    /// Read this plan's file again (it was missing, or changed on disk).
    Reload(usize),
}

/// The undo step's name for a change of opacity.
const OPACITY_LABEL: &str = "Change background plan opacity";

/// What the Background rows remember between frames: the opacity slider being held.
#[derive(Debug, Default)]
pub struct BackgroundLayers {
    /// The plan whose opacity slider is held and the edit previewing it; the edit is `None`
    /// once Esc called it off, so the rest of that drag changes nothing.
    fading: Option<(usize, Option<Transaction>)>,
}

impl BackgroundLayers {
    /// Ends the opacity drag in progress, if any, keeping it as one undo step (the slider let
    /// go, or Save and Export wanting the file to hold what the window shows).
    pub fn end_drag(&mut self, doc: &mut Document) {
        if let Some((_, Some(tx))) = self.fading.take() {
            tx.commit(doc);
        }
    }

    /// Esc while the opacity slider is held (the window's Cancel): the opacity goes back at
    /// once, and the rest of that drag changes nothing, though egui has let go of the slider.
    pub fn call_off_drag(&mut self, doc: &mut Document) {
        if let Some((_, edit)) = &mut self.fading
            && let Some(tx) = edit.take()
        {
            tx.cancel(doc);
        }
    }

    /// The opacity of plan `index` set to `faded` by its slider: previewed while a drag of it
    /// lasts (nothing, once Esc called the drag off), else (keys) one undo step at once.
    fn fade(&mut self, doc: &mut Document, index: usize, faded: Background, held: bool) {
        match &self.fading {
            Some((fading, edit)) if *fading == index => {
                if let Some(tx) = edit {
                    tx.preview_background(doc, index, faded);
                }
            }
            _ if held => {
                self.end_drag(doc);
                let tx = doc.begin_transaction(OPACITY_LABEL, []);
                tx.preview_background(doc, index, faded);
                self.fading = Some((index, Some(tx)));
            }
            _ => {
                self.end_drag(doc);
                doc.replace_background(index, faded, OPACITY_LABEL);
            }
        }
    }

    /// The Background rows; returns what the planner asked of the window (Calibrate…, Reload),
    /// if anything.
    pub fn ui(&mut self, ui: &mut egui::Ui, doc: &mut Document) -> Option<BackgroundRowAsk> {
        if !ui.input(|i| i.pointer.primary_down()) {
            // The slider was let go (wherever the pointer went): the drag is one step.
            self.end_drag(doc);
        }
        let mut fade = None;
        let asked = background_layers_ui(ui, doc, &mut fade);
        if let Some((index, faded, held)) = fade {
            self.fade(doc, index, faded, held);
        }
        asked
    }
}

/// One row a background plan, under the other layers; nothing when there is none. Returns
/// what the planner asked of the window (Calibrate…, Reload); `fade` gets the plan whose opacity slider moved, its new
/// look, and whether the slider is held.
fn background_layers_ui(
    ui: &mut egui::Ui,
    doc: &mut Document,
    fade: &mut Option<(usize, Background, bool)>,
) -> Option<BackgroundRowAsk> {
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
            let held = slider.is_pointer_button_down_on();
            *fade = Some((index, Background { opacity, ..b.clone() }, held));
        }
    }
    asked
}

fn labelled(role: egui::Role, selected: bool, label: &str) -> egui::WidgetInfo {
    egui::WidgetInfo::selected(role, true, selected, label)
}

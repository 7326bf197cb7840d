//! Turns egui input over the canvas into view changes (pan, zoom) and into the editor's
//! world-coordinate pointer events, in the order they happened within the frame.

use egui::{CursorIcon, Event, Key, PointerButton, Pos2, Response, Ui, Vec2};

use super::view::ScreenFromWorld;
use crate::editor::{
    Document, EditorKey, Handle, Hover, Modifiers, Tool, ToolController, ToolState,
};

/// How far from an object, handle or vertex a press still grabs it, screen points.
pub const PICK_RADIUS_POINTS: f32 = 6.0;
/// How far the pointer must move after a press to start a drag, screen points.
pub const DRAG_THRESHOLD_POINTS: f32 = 4.0;
/// How near, in screen points, a dragged edge must come to a neighbour's to snap to it.
pub const SNAP_RADIUS_POINTS: f32 = 6.0;
/// Zoom factor of one Zoom in / Zoom out step (`+`, `-`, the View menu).
pub const KEY_ZOOM_FACTOR: f64 = 1.25;

/// What the canvas remembers between frames about the pointer.
#[derive(Clone, Debug, Default)]
pub struct PointerTracker {
    /// A primary press that started on the canvas and has not been released yet.
    pressing: bool,
    /// The button dragging the view, while panning.
    pan_button: Option<PointerButton>,
    /// The last pointer position seen, screen points.
    last_pos: Option<Pos2>,
    /// Modifier keys held at the end of the last frame.
    modifiers: egui::Modifiers,
}

/// The editor's modifiers from egui's (Cmd counts as Ctrl on macOS).
#[must_use]
pub fn editor_modifiers(m: egui::Modifiers) -> Modifiers {
    Modifiers { shift: m.shift, alt: m.alt, ctrl: m.ctrl || m.command || m.mac_cmd }
}

impl PointerTracker {
    /// True while a press that began on the canvas is held.
    #[must_use]
    pub fn is_pressing(&self) -> bool {
        self.pressing
    }

    /// True while the view is being dragged.
    #[must_use]
    pub fn is_panning(&self) -> bool {
        self.pan_button.is_some()
    }

    /// The last pointer position over the canvas, screen points.
    #[must_use]
    pub fn last_pos(&self) -> Option<Pos2> {
        self.last_pos
    }

    /// Feeds this frame's pointer events to the view (panning) and the editor (everything else).
    pub fn handle_pointer(
        &mut self,
        ui: &Ui,
        response: &Response,
        view: &mut ScreenFromWorld,
        doc: &mut Document,
        tools: &mut ToolController,
    ) {
        let (events, space_down, end_modifiers) =
            ui.input(|i| (i.events.clone(), i.key_down(Key::Space), i.modifiers));
        // A space typed into a text field is not the pan key.
        let space_down = space_down && !ui.ctx().text_edit_focused();
        let rect = response.rect;
        let mut modifiers = self.modifiers;
        let mut moved_to = None;
        for event in events {
            match event {
                Event::ModifiersChanged(m) => modifiers = m,
                Event::PointerMoved(pos) => {
                    if let (Some(_), Some(last)) = (self.pan_button, self.last_pos) {
                        view.pan_by(pos - last);
                    }
                    self.last_pos = Some(pos);
                    if self.pressing || (rect.contains(pos) && response.contains_pointer()) {
                        moved_to = Some(pos);
                    }
                }
                Event::WindowFocused(false) if self.pressing || self.pan_button.is_some() => {
                    // Alt+Tab or a system dialog with the button held: no release will come.
                    self.pan_button = None;
                    if std::mem::take(&mut self.pressing) {
                        moved_to = None;
                        tools.pointer_lost(doc);
                    }
                }
                Event::PointerGone if !self.pressing && self.pan_button.is_none() => {
                    self.last_pos = None;
                }
                Event::PointerButton { pos, button, pressed, modifiers: m } => {
                    // Deliver a pending move first so the editor sees positions in order.
                    if let Some(p) = moved_to.take() {
                        tools.set_modifiers(editor_modifiers(modifiers));
                        tools.pointer_moved(doc, view.world_pos(p));
                    }
                    self.last_pos = Some(pos);
                    let held = editor_modifiers(modifiers | m);
                    let on_canvas = rect.contains(pos) && response.contains_pointer();
                    self.button(
                        view,
                        (doc, tools),
                        (pos, button, pressed),
                        held,
                        on_canvas && !space_down,
                        on_canvas,
                    );
                }
                _ => {}
            }
        }
        if let Some(p) = moved_to {
            tools.set_modifiers(editor_modifiers(modifiers));
            tools.pointer_moved(doc, view.world_pos(p));
        }
        self.modifiers = end_modifiers;
        tools.set_modifiers(editor_modifiers(end_modifiers));
        if response.double_clicked_by(PointerButton::Primary)
            && let Some(pos) = response.interact_pointer_pos().or(self.last_pos)
        {
            tools.double_clicked(doc, view.world_pos(pos));
        }
    }

    /// One button press or release.
    ///
    /// `edits` is true for a press the editor should get (on the canvas, Space not held);
    /// `on_canvas` for one that may start panning.
    fn button(
        &mut self,
        view: &ScreenFromWorld,
        (doc, tools): (&mut Document, &mut ToolController),
        (pos, button, pressed): (Pos2, PointerButton, bool),
        held: Modifiers,
        edits: bool,
        on_canvas: bool,
    ) {
        match (button, pressed) {
            (PointerButton::Primary, true) if edits => {
                self.pressing = true;
                tools.pointer_pressed(doc, view.world_pos(pos), held);
            }
            (PointerButton::Middle | PointerButton::Primary, true) if on_canvas => {
                // Middle-drag, or Space + drag: move the view.
                self.pan_button = Some(button);
            }
            (PointerButton::Primary, false) if self.pressing => {
                self.pressing = false;
                tools.set_modifiers(held);
                tools.pointer_released(doc, view.world_pos(pos));
            }
            (b, false) if self.pan_button == Some(b) => self.pan_button = None,
            _ => {}
        }
    }
}

/// Zooms about the pointer with the wheel, Ctrl+wheel and pinch while it is over the canvas.
///
/// Returns true when the view changed.
pub fn handle_wheel_zoom(ui: &Ui, response: &Response, view: &mut ScreenFromWorld) -> bool {
    let Some(anchor) = ui.input(|i| i.pointer.latest_pos()) else { return false };
    if !response.contains_pointer() {
        return false;
    }
    let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
    let speed = ui.ctx().options(|o| o.input_options.scroll_zoom_speed);
    // A wheel turned down (negative y) zooms out, as in map and CAD programs.
    let factor = f64::from(pinch) * (f64::from(scroll.y) * f64::from(speed)).exp();
    let mut changed = false;
    if (factor - 1.0).abs() > 1e-9 {
        view.zoom_about(factor, anchor);
        changed = true;
    }
    if scroll.x != 0.0 {
        // Sideways scrolling (trackpads, Shift+wheel) pans instead.
        view.pan_by(Vec2::new(scroll.x, 0.0));
        changed = true;
    }
    if changed {
        ui.ctx().input_mut(|i| i.smooth_scroll_delta = Vec2::ZERO);
    }
    changed
}

/// Passes Escape and Enter (and Backspace while a hall is being drawn) to the active tool.
pub fn handle_tool_keys(
    ui: &Ui,
    response: &Response,
    doc: &mut Document,
    tools: &mut ToolController,
) {
    if ui.ctx().text_edit_focused() {
        // Enter in the inspector commits a field; it is not meant for the tool.
        return;
    }
    let drawing_polygon = !tools.feedback(doc).polygon.is_empty();
    let busy = tools.state() != ToolState::Ready || drawing_polygon;
    if !busy && !response.contains_pointer() {
        return;
    }
    let mods = ui.input(|i| editor_modifiers(i.modifiers));
    let (escape, enter, backspace) = ui.ctx().input_mut(|i| {
        let any = egui::Modifiers::NONE;
        let escape = busy && i.consume_key(any, Key::Escape);
        let enter = i.consume_key(any, Key::Enter);
        let backspace = drawing_polygon && i.consume_key(any, Key::Backspace);
        (escape, enter, backspace)
    });
    for (pressed, key) in
        [(escape, EditorKey::Escape), (enter, EditorKey::Enter), (backspace, EditorKey::Backspace)]
    {
        if pressed {
            tools.key(doc, key, mods);
        }
    }
}

/// The pointer shape for what a press would do here.
#[must_use]
pub fn cursor_icon(
    doc: &Document,
    tools: &ToolController,
    tracker: &PointerTracker,
    space_down: bool,
) -> CursorIcon {
    if tracker.is_panning() {
        return CursorIcon::Grabbing;
    }
    if space_down {
        return CursorIcon::Grab;
    }
    match tools.state() {
        ToolState::MovingSelection | ToolState::MovingVertex => {
            return CursorIcon::Grabbing;
        }
        ToolState::Resizing { handle } => return handle_cursor(handle),
        ToolState::DrawingRect | ToolState::RubberBand | ToolState::DrawingExit => {
            return CursorIcon::Crosshair;
        }
        ToolState::Ready | ToolState::Pressed => {}
    }
    if tools.tool() != Tool::Select {
        return CursorIcon::Crosshair;
    }
    match tools.feedback(doc).hover {
        Some(Hover::Handle(_, handle)) => handle_cursor(handle),
        Some(Hover::Vertex { .. }) => CursorIcon::Grab,
        Some(Hover::Edge { .. }) => CursorIcon::Copy,
        Some(Hover::Object(object)) if doc.selection().contains(object) => CursorIcon::Move,
        Some(Hover::Object(_)) => CursorIcon::PointingHand,
        None => CursorIcon::Default,
    }
}

/// Resize arrows that point the way a handle drags.
fn handle_cursor(handle: Handle) -> CursorIcon {
    match handle {
        Handle::TopLeft | Handle::BottomRight => CursorIcon::ResizeNwSe,
        Handle::TopRight | Handle::BottomLeft => CursorIcon::ResizeNeSw,
        Handle::Top | Handle::Bottom => CursorIcon::ResizeVertical,
        Handle::Left | Handle::Right => CursorIcon::ResizeHorizontal,
    }
}

//! Find (Ctrl+F): a bar over the canvas where the planner types a booth number or an exhibitor
//! (Chinese included); Enter steps through the matches and centres each, Shift+Enter steps
//! back, Esc closes it. While it has a query, every other booth is dimmed on the canvas.

use egui::{Key, Modifiers};

use crate::editor::{Document, find_booths};

/// The find bar's state. Keep one per window.
#[derive(Debug, Default)]
pub struct FindBar {
    open: bool,
    query: String,
    /// Matching booths (indexes into the layout's booths), in the order Enter visits them.
    matches: Vec<usize>,
    /// One flag per booth, true for a match: what the canvas reads to dim the others.
    mask: Vec<bool>,
    /// Position in `matches` of the booth shown last.
    current: Option<usize>,
    /// The document revision and query the matches were computed for.
    computed_for: Option<(u64, String)>,
    /// Give the text field the keyboard on the next frame.
    wants_focus: bool,
    /// The text field's id, known once it has been shown.
    field_id: Option<egui::Id>,
}

/// What the planner asked the find bar for this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FindRequest {
    /// Select this booth (index into the layout's booths) and bring it into view.
    Show(usize),
    /// Close the bar.
    Close,
}

impl FindBar {
    /// Opens the bar (or, when open, selects its text again) with the keyboard in its field.
    pub fn open(&mut self) {
        self.open = true;
        self.wants_focus = true;
    }

    /// Closes the bar and stops dimming; false when it was not open.
    pub fn close(&mut self) -> bool {
        let was_open = self.open;
        self.open = false;
        self.current = None;
        was_open
    }

    /// Whether the bar is on screen.
    #[must_use]
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// One flag per booth of the layout, true for the matches, while the bar is open with a
    /// query; `None` when nothing should be dimmed.
    #[must_use]
    pub fn mask(&self) -> Option<&[bool]> {
        (self.open && !self.query.trim().is_empty()).then_some(self.mask.as_slice())
    }

    /// Recomputes the matches when the query or the layout changed since the last frame.
    fn refresh(&mut self, doc: &Document) {
        let key = (doc.revision(), self.query.clone());
        if self.computed_for.as_ref() == Some(&key) {
            return;
        }
        let layout = doc.layout();
        self.matches = find_booths(layout, &self.query);
        self.mask.clear();
        self.mask.resize(layout.booths.len(), false);
        for &i in &self.matches {
            self.mask[i] = true;
        }
        if self.computed_for.as_ref().is_none_or(|(_, q)| *q != self.query) {
            // A new query starts again from its first match.
            self.current = None;
        }
        self.current = self.current.filter(|&c| c < self.matches.len());
        self.computed_for = Some(key);
    }

    /// Steps `forward` (or back) to the next match and says which booth to show.
    fn step(&mut self, forward: bool) -> Option<FindRequest> {
        let n = self.matches.len();
        if n == 0 {
            return None;
        }
        let next = match (self.current, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
        };
        self.current = Some(next);
        Some(FindRequest::Show(self.matches[next]))
    }

    /// The bar, one row: the field, "2 of 5", Previous, Next and Close.
    pub fn ui(&mut self, ui: &mut egui::Ui, doc: &Document) -> Option<FindRequest> {
        self.refresh(doc);
        let mut request = None;
        if self.field_id.is_some_and(|id| ui.memory(|m| m.has_focus(id))) {
            // Taken before the field sees it, so Enter steps on and the field keeps the keyboard.
            let (back, on) = ui.input_mut(|i| {
                (
                    i.consume_key(Modifiers::SHIFT, Key::Enter),
                    i.consume_key(Modifiers::NONE, Key::Enter),
                )
            });
            if back || on {
                request = self.step(on);
            }
        }
        ui.horizontal(|ui| {
            ui.label("Find");
            let field = egui::TextEdit::singleline(&mut self.query)
                .id_salt("find_field")
                .hint_text("booth number or exhibitor")
                .desired_width(260.0);
            let response = ui.add(field);
            self.field_id = Some(response.id);
            if std::mem::take(&mut self.wants_focus) {
                response.request_focus();
                select_all(ui, &response, &self.query);
            }
            if response.changed() {
                self.refresh(doc);
            }
            ui.label(self.count_text());
            let can_step = !self.matches.is_empty();
            if ui
                .add_enabled(can_step, egui::Button::new("Previous"))
                .on_hover_text("Previous match (Shift+Enter)")
                .clicked()
            {
                request = self.step(false);
            }
            if ui
                .add_enabled(can_step, egui::Button::new("Next"))
                .on_hover_text("Next match (Enter)")
                .clicked()
            {
                request = self.step(true);
            }
            if ui.button("Close").on_hover_text("Close (Esc)").clicked() {
                request = Some(FindRequest::Close);
            }
        });
        request
    }

    /// "2 of 5", "5 booths", or why there is nothing to step through.
    fn count_text(&self) -> String {
        match (self.query.trim().is_empty(), self.matches.len(), self.current) {
            (true, _, _) => String::new(),
            (false, 0, _) => "no booth matches".to_owned(),
            (false, 1, _) => "1 booth".to_owned(),
            (false, n, Some(c)) => format!("{} of {n}", c + 1),
            (false, n, None) => format!("{n} booths"),
        }
    }
}

/// Selects the whole text of the field, so typing replaces the last search.
fn select_all(ui: &egui::Ui, response: &egui::Response, text: &str) {
    if let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), response.id) {
        let all = egui::text::CCursorRange::two(
            egui::text::CCursor::new(0),
            egui::text::CCursor::new(text.chars().count()),
        );
        state.cursor.set_char_range(Some(all));
        state.store(ui.ctx(), response.id);
    }
}

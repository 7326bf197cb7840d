//! The one shape of the questions boothplan asks: a modal with a heading, a body and a row of
//! answers; Esc or a click outside gives the cautious answer.

/// One answer button: its text, what it does (on hover), and the answer it gives.
#[derive(Clone, Copy, Debug)]
pub struct Choice<A> {
    /// The button text, e.g. "Save As…".
    pub text: &'static str,
    /// Explains a button whose text alone may not say enough, e.g. "Keep both versions".
    pub hover: Option<&'static str>,
    /// What clicking it answers.
    pub answer: A,
}

impl<A> Choice<A> {
    /// A button that needs no explanation.
    pub const fn plain(text: &'static str, answer: A) -> Self {
        Self { text, hover: None, answer }
    }

    /// A button explained on hover.
    pub const fn explained(text: &'static str, hover: &'static str, answer: A) -> Self {
        Self { text, hover: Some(hover), answer }
    }
}

/// The question's frame: `heading` over `body` and the `choices` in a row, at most `width`
/// points wide. Returns the answer of the button clicked, or `on_dismiss` on Esc or a click
/// outside; `None` while the planner has not answered.
pub fn ask<A: Copy>(
    ctx: &egui::Context,
    id: &str,
    width: f32,
    heading: &str,
    body: impl FnOnce(&mut egui::Ui),
    choices: &[Choice<A>],
    on_dismiss: A,
) -> Option<A> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(width);
        ui.heading(heading);
        body(ui);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            for choice in choices {
                let button = ui.button(choice.text);
                let button = match choice.hover {
                    Some(hover) => button.on_hover_text(hover),
                    None => button,
                };
                if button.clicked() {
                    answer = Some(choice.answer);
                }
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(on_dismiss);
    }
    answer
}

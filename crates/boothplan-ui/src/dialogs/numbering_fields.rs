//! The numbering part of the fill and renumber dialogs: pattern, first number, step, odd and
//! even sides, a digit to leave out, start corner and direction.

use crate::generate::{NumberPattern, NumberingScheme, RowDirection, StartCorner};

/// What the planner has typed for a numbering scheme.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberingFields {
    /// The pattern as typed, e.g. `{hall}-{n:03}`.
    pub pattern: String,
    /// First number.
    pub start: u64,
    /// Step between numbers.
    pub step: u64,
    /// Odd numbers on one side of each aisle, even on the other.
    pub odd_even: bool,
    /// Digit to leave out, as typed (empty: none).
    pub skip_digit: String,
    /// Where numbering (and filling) starts.
    pub start_corner: StartCorner,
    /// Which way rows run.
    pub direction: RowDirection,
}

impl Default for NumberingFields {
    fn default() -> Self {
        let scheme = NumberingScheme::default();
        Self {
            pattern: scheme.pattern.as_str().to_owned(),
            start: scheme.start,
            step: scheme.step,
            odd_even: scheme.odd_even,
            skip_digit: String::new(),
            start_corner: scheme.start_corner,
            direction: scheme.direction,
        }
    }
}

impl NumberingFields {
    /// The scheme these fields describe, or what is wrong with them.
    ///
    /// # Errors
    /// The pattern's located message, or a digit that is not one.
    pub fn scheme(&self) -> Result<NumberingScheme, String> {
        let pattern = NumberPattern::parse(&self.pattern).map_err(|e| e.to_string())?;
        let skip = self.skip_digit.trim();
        let skip_digit = if skip.is_empty() {
            None
        } else {
            match skip.parse::<u8>() {
                Ok(d) if d <= 9 => Some(d),
                _ => return Err(format!("`{skip}` is not a digit to skip: expected 0 to 9")),
            }
        };
        Ok(NumberingScheme {
            pattern,
            start: self.start,
            step: self.step.max(1),
            odd_even: self.odd_even,
            skip_digit,
            start_corner: self.start_corner,
            direction: self.direction,
        })
    }

    /// The rows of a two-column grid for these fields.
    pub fn grid_rows_ui(&mut self, ui: &mut egui::Ui) {
        text_row_ui(ui, "Numbering pattern", &mut self.pattern)
            .on_hover_text("{hall}, {zone} and {n} or {n:03} (zero padded to 3 digits)");
        ui.label("First number");
        ui.add(egui::DragValue::new(&mut self.start).range(0..=999_999_999));
        ui.end_row();
        ui.label("Step");
        ui.add(egui::DragValue::new(&mut self.step).range(1..=1000));
        ui.end_row();
        ui.label("Sides of an aisle");
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.odd_even, false, "In a row");
            ui.selectable_value(&mut self.odd_even, true, "Odd / even");
        });
        ui.end_row();
        text_row_ui(ui, "Skip digit", &mut self.skip_digit)
            .on_hover_text("Leave out numbers containing this digit (4 is often skipped)");
        ui.label("Start corner");
        ui.horizontal(|ui| {
            for &corner in StartCorner::ALL {
                ui.selectable_value(&mut self.start_corner, corner, corner.label());
            }
        });
        ui.end_row();
        ui.label("Rows");
        ui.horizontal(|ui| {
            for &direction in RowDirection::ALL {
                ui.selectable_value(&mut self.direction, direction, direction.label());
            }
        });
        ui.end_row();
    }
}

/// A labelled one-line text field in a grid row, named for screen readers and tests.
pub fn text_row_ui(ui: &mut egui::Ui, label: &str, text: &mut String) -> egui::Response {
    ui.label(label);
    let response =
        ui.add(egui::TextEdit::singleline(text).desired_width(160.0)).accessible_name(label);
    ui.end_row();
    response
}

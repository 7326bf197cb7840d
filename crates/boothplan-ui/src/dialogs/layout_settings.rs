//! Edit ▸ Layout settings…: the price list (currency, price per m² of each theme, premiums of
//! corner, peninsula and island booths) and each theme's target area.
//!
//! Fields commit on Enter or when they lose focus, as in the inspector, and each commit is one
//! undo step through the document; a value that is not a number of 0 or more is dropped.

use super::question::{Choice, ask};
use crate::editor::{Document, SettingValue};
use crate::model::BoothType;

/// The text being typed into one field, kept between frames.
#[derive(Debug, Default)]
pub struct LayoutSettingsDialog {
    editing: Option<(String, String)>,
}

/// What a planner typed into a number field.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Typed {
    /// Nothing: no value.
    Empty,
    /// A number of 0 or more (`1200`, `1,200`, ` 15.5 `).
    Number(f64),
    /// Anything else, which is dropped.
    Invalid,
}

impl Typed {
    /// The value for a field that may be empty; `None` for invalid text.
    #[expect(clippy::option_option, reason = "outer: typed well or not; inner: a value or none")]
    fn optional(self) -> Option<Option<f64>> {
        match self {
            Self::Empty => Some(None),
            Self::Number(v) => Some(Some(v)),
            Self::Invalid => None,
        }
    }
}

fn typed_number(text: &str) -> Typed {
    let cleaned: String = text.chars().filter(|c| !matches!(c, ',' | ' ' | '_')).collect();
    if cleaned.is_empty() {
        return Typed::Empty;
    }
    match cleaned.parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Typed::Number(v),
        _ => Typed::Invalid,
    }
}

/// A number as the field shows it: `1200`, `15.5`, empty for none.
fn shown_number(v: Option<f64>) -> String {
    v.map(|v| crate::units::decimals(v, 2)).unwrap_or_default()
}

impl LayoutSettingsDialog {
    /// Shows the dialog; true once the planner closes it.
    pub fn ui(&mut self, ctx: &egui::Context, doc: &mut Document) -> bool {
        let mut edits: Vec<SettingValue> = Vec::new();
        let body = |ui: &mut egui::Ui| {
            let layout = doc.layout();
            let pricing = layout.pricing.clone().unwrap_or_default();
            egui::Grid::new("layout_settings").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
                let currency = layout.pricing.as_ref().map(|p| p.currency.clone());
                if let Some(text) = self.field(ui, "Currency", &currency.unwrap_or_default())
                    && !text.trim().is_empty()
                {
                    edits.push(SettingValue::Currency(text));
                }
                for (kind, pct) in [
                    (BoothType::Corner, pricing.premium_pct.corner),
                    (BoothType::Peninsula, pricing.premium_pct.peninsula),
                    (BoothType::Island, pricing.premium_pct.island),
                ] {
                    let label = format!("Premium of {kind} booths, %");
                    if let Some(Typed::Number(v)) =
                        self.field(ui, &label, &shown_number(Some(pct))).map(|t| typed_number(&t))
                    {
                        edits.push(SettingValue::Premium(kind, v));
                    }
                }
            });
            ui.separator();
            egui::Grid::new("layout_settings_themes").num_columns(3).spacing([8.0, 6.0]).show(
                ui,
                |ui| {
                    ui.weak("Theme");
                    ui.weak("Price per m²");
                    ui.weak("Target area, m²");
                    ui.end_row();
                    for theme in &layout.themes {
                        ui.label(&theme.name);
                        let price = pricing.per_m2.get(&theme.key).copied();
                        let label = format!("Price per m² of {}", theme.name);
                        if let Some(price) = self
                            .cell(ui, &label, &shown_number(price))
                            .and_then(|t| typed_number(&t).optional())
                        {
                            edits
                                .push(SettingValue::PricePerM2 { theme: theme.key.clone(), price });
                        }
                        let label = format!("Target area of {}", theme.name);
                        let target = shown_number(theme.target_area_m2);
                        if let Some(target_m2) =
                            self.cell(ui, &label, &target).and_then(|t| typed_number(&t).optional())
                        {
                            edits
                                .push(SettingValue::Target { theme: theme.key.clone(), target_m2 });
                        }
                        ui.end_row();
                    }
                },
            );
            ui.weak("List price = area × price per m² of its theme × (1 + premium of its type).");
        };
        let closed = ask(
            ctx,
            "layout_settings",
            520.0,
            "Layout settings",
            body,
            &[Choice::plain("Close", ())],
            (),
        )
        .is_some();
        for edit in edits {
            doc.set_setting(&edit);
        }
        closed
    }

    /// A labelled row: [`Self::cell`] after its label.
    fn field(&mut self, ui: &mut egui::Ui, label: &str, value: &str) -> Option<String> {
        ui.label(label);
        let typed = self.cell(ui, label, value);
        ui.end_row();
        typed
    }

    /// A text field named `label` showing `value`; the text typed, once the planner presses
    /// Enter or leaves it having changed it.
    fn cell(&mut self, ui: &mut egui::Ui, label: &str, value: &str) -> Option<String> {
        let mut text = match &self.editing {
            Some((field, text)) if field == label => text.clone(),
            _ => value.to_owned(),
        };
        let response = ui
            .add(egui::TextEdit::singleline(&mut text).desired_width(110.0))
            .accessible_name(label);
        if response.lost_focus() {
            self.editing = None;
            return (text != value).then_some(text);
        }
        if response.has_focus() {
            self.editing = Some((label.to_owned(), text));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_as_planners_type_them() {
        assert_eq!(typed_number("1,200"), Typed::Number(1200.0));
        assert_eq!(typed_number(" 15.5 "), Typed::Number(15.5));
        assert_eq!(typed_number(""), Typed::Empty);
        assert_eq!(typed_number("-3"), Typed::Invalid);
        assert_eq!(typed_number("abc"), Typed::Invalid);
    }
}

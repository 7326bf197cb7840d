//! What the last frame painted, read from its shapes: shared by the window and canvas tests.
#![allow(dead_code, reason = "each test crate uses a different part of this support module")]

use egui_kittest::Harness;

/// Every text painted in the last frame.
pub fn painted_texts<S>(harness: &Harness<'_, S>) -> Vec<String> {
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) => Some(text.galley.text().to_owned()),
            _ => None,
        })
        .collect()
}

/// How many mesh vertices of the last frame have this colour.
pub fn vertices_coloured<S>(harness: &Harness<'_, S>, colour: egui::Color32) -> usize {
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Mesh(mesh) => {
                Some(mesh.vertices.iter().filter(|v| v.color == colour).count())
            }
            _ => None,
        })
        .sum()
}

//! The panels around the canvas.

pub mod background_layers;
pub mod find_bar;
pub mod findings;
pub mod inspector;
pub mod layers;
pub mod status_bar;
pub mod summary;
pub mod tool_icons;
pub mod toolbar;

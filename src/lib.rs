//! boothplan: lay out the floor of a trade fair — halls, themed zones and booths — and check it.
//!
//! Layers (DEVELOPERS.md): [`model`] is plain data, [`check`] validates it with `geo`, [`io`]
//! reads and writes files, `editor` holds the document being edited and `ui` draws it with egui.
//! Only `ui` knows about egui.

pub mod check;
pub mod editor;
pub mod io;
pub mod model;
pub mod sample;
pub mod stats;
pub mod ui;

//! The document being edited (layout, selection, undo history) and the tools that edit it. No
//! egui here.
//!
//! The UI turns pointer and key input into calls on the [`ToolController`] (in world metres),
//! handing it the [`Document`], and paints what [`ToolController::feedback`] and
//! [`Document::layout`] say; everything a planner can do is an undoable [`Command`], and a drag
//! previews inside a [`Transaction`], so the whole editor is testable without a window.

mod arrange;
mod background_plan;
mod check_worker;
mod clipboard;
mod command;
mod create;
mod document;
mod edit;
mod field;
mod find;
mod generate;
mod history;
mod hit;
mod ids;
mod inventory;
mod layers;
mod object;
mod on_disk;
mod resolve;
mod selection;
mod snapping;
mod tool;
mod transaction;

pub use arrange::{Align, Distribute};
pub use command::{Change, Command, LayoutSettings};
pub use document::{COLUMN_SIDE_M, Document, EditorSettings, STANDARD_BOOTH_SIZES_M, SaveError};
pub use edit::{MIN_SIDE_M, Nudge, resized_rect, rotated, with_bounds};
pub use field::FieldValue;
pub use find::find_booths;
pub use generate::FillTarget;
pub use hit::{Hover, edge_at, hall_containing, handle_at, object_at, point_in_polygon, vertex_at};
pub use ids::{IdAllocator, next_booth_id, next_column_id, next_hall_id, next_zone_id};
pub use inventory::SettingValue;
pub use layers::{Layer, Layers};
pub use object::{EditorKey, Handle, Modifiers, Object, ObjectRef};
pub use on_disk::DiskState;
pub use resolve::{Side, side_held};
pub use selection::Selection;
pub use snapping::Guide;
pub use tool::{
    AXIS_SNAP_DEG, CLICKED_EXIT_WIDTH_M, Calibration, CalibrationStep, MIN_EXIT_WIDTH_M, Tool,
    ToolController, ToolFeedback, ToolState, WallPoint, calibrated, wall_near,
};
pub use transaction::Transaction;

//! Files: the RON layout format, GeoJSON interchange and the exported plans. No egui here.

pub mod atomic;
pub mod background_image;
pub mod background_pdf;
pub mod caught_panic;
pub mod disk_stamp;
pub mod dxf;
pub mod exhibitor_list;
pub mod export;
pub mod geojson;
pub mod layout_file;
pub mod overwrite;
pub mod recovery;
pub mod ron_file;

pub use ron_file::shown;

/// The Global Digital Trade Expo layout the GUI opens when no file is named.
pub const DEFAULT_LAYOUT_RON: &str = include_str!("../../../../layouts/gdte-hangzhou.ron");

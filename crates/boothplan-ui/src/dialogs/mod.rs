//! Dialogs: files, confirmations, errors and help.

pub mod confirm;
pub mod disk_changed;
pub mod export_options;
pub mod fallback_picker;
pub mod file_dialog;
pub mod fill_zone;
pub mod import_drawing;
pub mod import_exhibitors;
pub mod layout_settings;
pub mod load_error;
pub mod numbering_fields;
pub mod pdf_page;
pub mod question;
pub mod recovery;
pub mod renumber;
pub mod revision;
pub mod shortcuts;

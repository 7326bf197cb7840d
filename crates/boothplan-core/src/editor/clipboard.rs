//! The internal clipboard: copies of objects, pasted with fresh ids.

use super::Object;

/// Objects copied with Ctrl+C, and how many times they were pasted (each paste lands one grid
/// step further away, so repeated pastes do not stack).
#[derive(Clone, Debug, Default)]
pub struct Clipboard {
    pub(crate) objects: Vec<Object>,
    pub(crate) pastes: u32,
}

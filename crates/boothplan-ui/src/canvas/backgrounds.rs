//! The background plans under the halls: each image read off the frame
//! ([`super::background_loader`]), uploaded once as an egui texture (kept while its file is
//! named by the layout, never re-uploaded per frame) and drawn as a quad at its calibrated
//! corners, faded by its opacity. While it is read its place is framed with "Loading…"; an
//! image that cannot be read is framed and reported as a warning, in a sentence naming the file.

use std::path::Path;

use egui::{Align2, Mesh, Painter, Pos2, Shape, pos2};

use super::background_loader::{BackgroundLoader, DrawingKey, Load, Texture};
use super::view::ScreenFromWorld;
use crate::editor::Document;
use crate::io::background_image::{background_file, lexically_normal};
use crate::model::Background;
use crate::theme_tokens as tokens;

/// The textures of the background plans, by file and page, read off the frame.
#[derive(Default)]
pub struct BackgroundTextures {
    loader: BackgroundLoader,
}

impl std::fmt::Debug for BackgroundTextures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BackgroundTextures").field("drawings", &self.loader.known()).finish()
    }
}

/// Which drawing `b` shows, on disk. The path is normalised lexically, so that one file named
/// two ways (`/y/../x/venue.pdf` after a Save As into a sibling folder, `/x/venue.pdf`) is
/// read and uploaded once.
fn key(doc: &Document, b: &Background) -> DrawingKey {
    (lexically_normal(&background_file(doc.path(), &b.path)), b.page)
}

impl BackgroundTextures {
    /// Starts reading every shown background plan not asked for yet, uploads what the readers
    /// finished, and forgets those the layout no longer names. Never waits for a reader.
    pub fn update(&mut self, ctx: &egui::Context, doc: &Document) {
        let keys: Vec<DrawingKey> = doc.layout().backgrounds.iter().map(|b| key(doc, b)).collect();
        self.loader.keep_only(&keys);
        let max_side = u32::try_from(ctx.input(|i| i.max_texture_side)).unwrap_or(2048).min(8192);
        for (b, key) in doc.layout().backgrounds.iter().zip(&keys) {
            if b.visible {
                self.loader.request(ctx, key, max_side);
            }
        }
        self.loader.upload_finished(ctx);
    }

    /// A sentence for each shown background plan whose image could not be read.
    #[must_use]
    pub fn warnings(&self, doc: &Document) -> Vec<String> {
        let mut out: Vec<String> = doc
            .layout()
            .backgrounds
            .iter()
            .filter(|b| b.visible)
            .filter_map(|b| match self.loader.get(&key(doc, b)) {
                Some(Load::Failed(why)) => Some(format!(
                    "Not shown: {why}. The plan is unchanged and the drawing keeps its place in \
                     the layout; Reload in the Layers panel tries again."
                )),
                _ => None,
            })
            .collect();
        out.dedup();
        out
    }

    /// Whether the image of `file` is uploaded (tests check it is done once).
    #[must_use]
    pub fn is_uploaded(&self, file: &Path, page: Option<u32>) -> bool {
        matches!(self.loader.get(&(lexically_normal(file), page)), Some(Load::Shown(_)))
    }

    /// Waits for every drawing asked for so far; the next frame shows what was read.
    pub fn wait_for_readers(&mut self) {
        self.loader.wait();
    }

    /// Starts no read until [`Self::wait_for_readers`] (tests line requests up).
    pub fn hold_readers(&mut self) {
        self.loader.hold();
    }

    /// How many drawings have been read so far.
    #[must_use]
    pub fn reads(&self) -> usize {
        self.loader.reads()
    }

    /// Reads the drawing of `file` again on the next frame (it may have been fixed or
    /// replaced on disk).
    pub fn reload(&mut self, file: &Path) {
        self.loader.reload(&lexically_normal(file));
    }

    /// Tries again, on the next frame, every drawing that could not be read.
    pub fn retry_failed(&mut self) {
        self.loader.retry_failed();
    }
}

/// Draws every shown background plan, in layout order, bottom first.
pub fn paint_backgrounds(
    painter: &Painter,
    view: &ScreenFromWorld,
    doc: &Document,
    textures: &BackgroundTextures,
) {
    for b in doc.layout().backgrounds.iter().filter(|b| b.visible) {
        match textures.loader.get(&key(doc, b)) {
            Some(Load::Shown(texture)) => paint_image(painter, view, b, texture),
            Some(Load::Reading(..) | Load::Read(_)) | None => {
                paint_frame(painter, view, b);
                paint_loading(painter, view, b);
            }
            Some(Load::Failed(_)) => paint_frame(painter, view, b),
        }
    }
}

fn paint_image(painter: &Painter, view: &ScreenFromWorld, b: &Background, texture: &Texture) {
    // The file's own size, should it differ from the one recorded when it was placed.
    let sized = Background { size_px: texture.size_px, ..b.clone() };
    let corners = sized.corners().map(|p| view.screen_pos(p));
    if !quad_bounds(&corners).intersects(view.screen()) {
        return;
    }
    #[expect(clippy::cast_possible_truncation, reason = "an opacity from 0 to 1")]
    let tint = tokens::BACKGROUND_PLAN_TINT.gamma_multiply(b.opacity.clamp(0.0, 1.0) as f32);
    let mut mesh = Mesh::with_texture(texture.handle.id());
    let uvs = [pos2(0.0, 0.0), pos2(1.0, 0.0), pos2(1.0, 1.0), pos2(0.0, 1.0)];
    for (pos, uv) in corners.into_iter().zip(uvs) {
        mesh.vertices.push(egui::epaint::Vertex { pos, uv, color: tint });
    }
    mesh.indices.extend([0, 1, 2, 0, 2, 3]);
    painter.add(Shape::mesh(mesh));
}

/// "Loading venue.pdf page 2…" in the middle of where a drawing being read will lie.
fn paint_loading(painter: &Painter, view: &ScreenFromWorld, b: &Background) {
    let corners = b.corners().map(|p| view.screen_pos(p));
    let middle = quad_bounds(&corners).center();
    if view.screen().contains(middle) {
        let text = format!("Loading {}…", b.drawing_name());
        painter.text(
            middle,
            Align2::CENTER_CENTER,
            text,
            tokens::background_loading_font(),
            tokens::BACKGROUND_LOADING_TEXT,
        );
    }
}

/// Where an image that could not be read (or is being read) lies: a thin grey frame.
fn paint_frame(painter: &Painter, view: &ScreenFromWorld, b: &Background) {
    let corners = b.corners().map(|p| view.screen_pos(p));
    painter.add(Shape::closed_line(corners.to_vec(), tokens::MISSING_BACKGROUND_FRAME));
}

fn quad_bounds(corners: &[Pos2; 4]) -> egui::Rect {
    egui::Rect::from_points(corners)
}

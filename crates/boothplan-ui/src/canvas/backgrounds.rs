//! The background plans under the halls: each image uploaded once as an egui texture (kept
//! while its file is named by the layout, never re-uploaded per frame) and drawn as a quad at
//! its calibrated corners, faded by its opacity. An image that cannot be read is framed where
//! it would lie and reported as a warning, in a sentence naming the file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use egui::{Mesh, Painter, Pos2, Shape, TextureHandle, TextureOptions, pos2};

use super::view::ScreenFromWorld;
use crate::editor::Document;
use crate::io::background_image::{background_file, read_background_image};
use crate::model::Background;
use crate::theme_tokens as tokens;

/// The textures of the background plans, by file on disk, or why one could not be read.
#[derive(Clone, Default)]
pub struct BackgroundTextures {
    loaded: HashMap<PathBuf, Result<Texture, String>>,
}

/// An uploaded image and its size in pixels.
#[derive(Clone)]
struct Texture {
    handle: TextureHandle,
    size_px: (u32, u32),
}

impl std::fmt::Debug for BackgroundTextures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BackgroundTextures").field("files", &self.loaded.len()).finish()
    }
}

impl BackgroundTextures {
    /// Reads and uploads the image of every shown background plan not read yet, and forgets
    /// those the layout no longer names.
    pub fn update(&mut self, ctx: &egui::Context, doc: &Document) {
        let files: Vec<PathBuf> =
            doc.layout().backgrounds.iter().map(|b| background_file(doc.path(), &b.path)).collect();
        self.loaded.retain(|file, _| files.contains(file));
        let max_side = u32::try_from(ctx.input(|i| i.max_texture_side)).unwrap_or(2048).min(8192);
        for (b, file) in doc.layout().backgrounds.iter().zip(files) {
            if !b.visible || self.loaded.contains_key(&file) {
                continue;
            }
            let texture = read_background_image(&file).map_err(|e| e.to_string()).map(|image| {
                let size_px = (image.width, image.height);
                let image = image.fitted(max_side);
                let pixels = egui::ColorImage::from_rgba_unmultiplied(
                    [image.width as usize, image.height as usize],
                    &image.rgba,
                );
                let handle =
                    ctx.load_texture(file.display().to_string(), pixels, TextureOptions::LINEAR);
                Texture { handle, size_px }
            });
            self.loaded.insert(file, texture);
        }
    }

    /// A sentence for each shown background plan whose image could not be read.
    #[must_use]
    pub fn warnings(&self, doc: &Document) -> Vec<String> {
        let mut out: Vec<String> = doc
            .layout()
            .backgrounds
            .iter()
            .filter(|b| b.visible)
            .filter_map(|b| match self.loaded.get(&background_file(doc.path(), &b.path)) {
                Some(Err(why)) => Some(format!(
                    "Not shown: {why}. The plan is unchanged and the drawing keeps its place in \
                     the layout."
                )),
                _ => None,
            })
            .collect();
        out.dedup();
        out
    }

    /// Whether the image of `file` is uploaded (tests check it is done once).
    #[must_use]
    pub fn is_uploaded(&self, file: &Path) -> bool {
        matches!(self.loaded.get(file), Some(Ok(_)))
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
        match textures.loaded.get(&background_file(doc.path(), &b.path)) {
            Some(Ok(texture)) => paint_image(painter, view, b, texture),
            _ => paint_frame(painter, view, b),
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

/// Where an image that could not be read would lie: a thin grey frame.
fn paint_frame(painter: &Painter, view: &ScreenFromWorld, b: &Background) {
    let corners = b.corners().map(|p| view.screen_pos(p));
    painter.add(Shape::closed_line(corners.to_vec(), tokens::MISSING_BACKGROUND_FRAME));
}

fn quad_bounds(corners: &[Pos2; 4]) -> egui::Rect {
    egui::Rect::from_points(corners)
}

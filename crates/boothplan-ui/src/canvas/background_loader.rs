//! Reading the background plans off the frame: each drawing is read and decoded on a worker
//! thread of its own, so a huge scan or a slow PDF page never freezes the window. The worker
//! asks for one repaint when it is done (no waking up meanwhile); the frame after that uploads
//! the image as a texture. A drawing that could not be read stays so until the planner asks
//! again (Reload in the Layers panel, or opening or saving the layout).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use egui::{TextureHandle, TextureOptions};

use crate::io::background_image::{BackgroundImage, read_background_page};

/// Which drawing: the file on disk and, for a PDF, the page (`None`: the first).
pub(super) type DrawingKey = (PathBuf, Option<u32>);

/// What a worker hands back: the image fitted to the texture limit and the size it had before,
/// or why it could not be read.
type Read = Result<(BackgroundImage, (u32, u32)), String>;

/// An uploaded image and the size of the drawing in pixels (before fitting to the texture).
#[derive(Clone)]
pub(super) struct Texture {
    /// The image on the graphics card.
    pub handle: TextureHandle,
    /// The drawing's own size, pixels.
    pub size_px: (u32, u32),
}

/// Where one drawing is on its way to the screen.
pub(super) enum Load {
    /// A worker is reading it.
    Reading(Receiver<Read>),
    /// Read (by a worker that finished, or waited for), not uploaded yet.
    Read(Read),
    /// Uploaded.
    Shown(Texture),
    /// Could not be read: why, in a sentence naming the file.
    Failed(String),
}

/// The drawings being read and those read, by file and page.
#[derive(Default)]
pub(super) struct BackgroundLoader {
    loads: HashMap<DrawingKey, Load>,
}

impl BackgroundLoader {
    /// Forgets every drawing not in `named` (taken out of the layout).
    pub fn keep_only(&mut self, named: &[DrawingKey]) {
        self.loads.retain(|key, _| named.contains(key));
    }

    /// Starts reading `key` on a worker unless it is read, being read, or has failed.
    pub fn request(&mut self, ctx: &egui::Context, key: &DrawingKey, max_side: u32) {
        if self.loads.contains_key(key) {
            return;
        }
        let (tx, rx) = mpsc::channel();
        let (file, page) = key.clone();
        let repaint = ctx.clone();
        let started =
            std::thread::Builder::new().name("background plan".to_owned()).spawn(move || {
                let read = read_background_page(&file, page)
                    .map(|image| {
                        let size_px = (image.width, image.height);
                        (image.fitted(max_side), size_px)
                    })
                    .map_err(|e| e.to_string());
                // The window may have forgotten the drawing meanwhile; then nobody listens.
                let _ = tx.send(read);
                repaint.request_repaint();
            });
        let load = match started {
            Ok(_) => Load::Reading(rx),
            Err(e) => Load::Failed(format!("the background plan could not be read: {e}")),
        };
        self.loads.insert(key.clone(), load);
    }

    /// Takes in what the workers finished and uploads it; never waits.
    pub fn upload_finished(&mut self, ctx: &egui::Context) {
        for (key, load) in &mut self.loads {
            if let Load::Reading(rx) = load {
                match rx.try_recv() {
                    Ok(read) => *load = Load::Read(read),
                    Err(TryRecvError::Empty) => {}
                    Err(TryRecvError::Disconnected) => *load = stopped(key),
                }
            }
            if let Load::Read(read) = load {
                *load = match std::mem::replace(read, Err(String::new())) {
                    Ok((image, size_px)) => Load::Shown(upload(ctx, key, &image, size_px)),
                    Err(why) => Load::Failed(why),
                };
            }
        }
    }

    /// Blocks until every worker started so far has finished (tests, instead of sleeping);
    /// the next frame uploads what they read.
    pub fn wait(&mut self) {
        for (key, load) in &mut self.loads {
            if let Load::Reading(rx) = load {
                *load = rx.recv().map_or_else(|_| stopped(key), Load::Read);
            }
        }
    }

    /// Forgets the drawing of `file` (every page), so that the next frame reads it again.
    pub fn reload(&mut self, file: &std::path::Path) {
        self.loads.retain(|(f, _), _| f != file);
    }

    /// Forgets the drawings that could not be read, so that they are tried again.
    pub fn retry_failed(&mut self) {
        self.loads.retain(|_, load| !matches!(load, Load::Failed(_)));
    }

    /// Where `key` is, if it was asked for.
    pub fn get(&self, key: &DrawingKey) -> Option<&Load> {
        self.loads.get(key)
    }

    /// How many drawings are known (read, being read or failed).
    pub fn known(&self) -> usize {
        self.loads.len()
    }
}

/// A worker that ended without an answer (it panicked): said like any other failure.
fn stopped(key: &DrawingKey) -> Load {
    Load::Failed(format!(
        "the background plan {} could not be read: reading it stopped unexpectedly",
        key.0.display()
    ))
}

fn upload(
    ctx: &egui::Context,
    key: &DrawingKey,
    image: &BackgroundImage,
    size_px: (u32, u32),
) -> Texture {
    let pixels = egui::ColorImage::from_rgba_unmultiplied(
        [image.width as usize, image.height as usize],
        &image.rgba,
    );
    let name = match key.1 {
        Some(page) => format!("{} page {page}", key.0.display()),
        None => key.0.display().to_string(),
    };
    Texture { handle: ctx.load_texture(name, pixels, TextureOptions::LINEAR), size_px }
}

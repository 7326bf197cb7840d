//! Reading the background plans off the frame: the drawings are read and decoded one at a time
//! on a single loader thread, so a huge scan or a slow PDF page never freezes the window and
//! never more than one drawing is decoded at once (a PDF page may take well over a gigabyte
//! before it is fitted). Asking again for a drawing still waiting or being read joins that read;
//! a drawing the window forgot (taken out of the layout, undone) before its turn is skipped.
//! The loader asks for one repaint per drawing read (no waking up meanwhile); the frame after
//! that uploads the image as a texture. A drawing that could not be read stays so until the
//! planner asks again (Reload in the Layers panel) or another document takes this one's place.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, Weak};

use egui::{TextureHandle, TextureOptions};

use crate::io::background_image::{BackgroundImage, read_background_page};
use crate::io::caught_panic::quietly;

/// Which drawing: the file on disk and, for a PDF, the page (`None`: the first).
pub(super) type DrawingKey = (PathBuf, Option<u32>);

/// What the loader hands back: the image fitted to the texture limit and the size it had
/// before, or why it could not be read.
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
    /// Waiting for its turn on the loader thread, or being read there. The token keeps the
    /// request alive: once the window forgets the drawing the loader skips it.
    Reading(
        Receiver<Read>,
        #[expect(
            dead_code,
            reason = "held, never read: dropping it says the drawing is not wanted"
        )]
        Arc<()>,
    ),
    /// Read (by the loader, or waited for), not uploaded yet.
    Read(Read),
    /// Uploaded.
    Shown(Texture),
    /// Could not be read: why, in a sentence naming the file.
    Failed(String),
}

/// Someone waiting for a drawing: where to send it, and whether they still want it.
struct Waiter {
    wanted: Weak<()>,
    answer: Sender<Read>,
}

/// One drawing to read and everyone waiting for it.
struct Job {
    key: DrawingKey,
    max_side: u32,
    waiters: Vec<Waiter>,
}

impl Job {
    fn wanted(&self) -> bool {
        self.waiters.iter().any(|w| w.wanted.strong_count() > 0)
    }
}

/// What the window and the loader thread share.
#[derive(Default)]
struct Queue {
    /// Drawings waiting for their turn, oldest first.
    waiting: VecDeque<Job>,
    /// The drawing being read and who waits for it.
    current: Option<Job>,
    /// While set the loader starts no read (tests line requests up without racing it).
    held: bool,
    /// The window closed: the loader ends.
    closed: bool,
    /// How many drawings the loader has read so far.
    reads: usize,
}

#[derive(Default)]
struct Shared {
    queue: Mutex<Queue>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Queue> {
        // The loader never panics holding the lock (reads run outside it); should it, the
        // queue is still consistent.
        self.queue.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// The drawings being read and those read, by file and page.
#[derive(Default)]
pub(super) struct BackgroundLoader {
    loads: HashMap<DrawingKey, Load>,
    shared: Arc<Shared>,
    /// Whether the loader thread runs.
    started: bool,
    /// Drawings the planner asked to read afresh (Reload, a retry): their next request must
    /// not join a read that began before the ask, which may have seen the file as it was.
    afresh: HashSet<DrawingKey>,
}

impl Drop for BackgroundLoader {
    fn drop(&mut self) {
        self.shared.lock().closed = true;
        self.shared.changed.notify_all();
    }
}

impl BackgroundLoader {
    /// Forgets every drawing not in `named` (taken out of the layout).
    pub fn keep_only(&mut self, named: &[DrawingKey]) {
        self.loads.retain(|key, _| named.contains(key));
    }

    /// Queues `key` for the loader unless it is read, being read, or has failed; a drawing
    /// already waiting or being read for an earlier request is not read twice.
    pub fn request(&mut self, ctx: &egui::Context, key: &DrawingKey, max_side: u32) {
        if self.loads.contains_key(key) {
            return;
        }
        if let Err(e) = self.start(ctx) {
            let why = format!(
                "the background plan {} could not be read: the loader could not start: {e}",
                key.0.display()
            );
            self.loads.insert(key.clone(), Load::Failed(why));
            return;
        }
        let (answer, rx) = mpsc::channel();
        let token = Arc::new(());
        let waiter = Waiter { wanted: Arc::downgrade(&token), answer };
        // A read in progress may have opened the file before a Reload: only a queued one,
        // which opens it later, serves a drawing asked for afresh.
        let afresh = self.afresh.remove(key);
        {
            let mut queue = self.shared.lock();
            let queue = &mut *queue;
            let current = queue.current.iter_mut().filter(|_| !afresh);
            let same = current
                .chain(queue.waiting.iter_mut())
                .find(|job| job.key == *key && job.max_side == max_side);
            match same {
                Some(job) => job.waiters.push(waiter),
                None => {
                    queue.waiting.push_back(Job {
                        key: key.clone(),
                        max_side,
                        waiters: vec![waiter],
                    });
                }
            }
        }
        self.shared.changed.notify_all();
        self.loads.insert(key.clone(), Load::Reading(rx, token));
    }

    /// Starts the loader thread if it does not run yet.
    fn start(&mut self, ctx: &egui::Context) -> std::io::Result<()> {
        if self.started {
            return Ok(());
        }
        let shared = Arc::clone(&self.shared);
        let repaint = ctx.clone();
        std::thread::Builder::new()
            .name("background plans".to_owned())
            .spawn(move || read_in_turn(&shared, &repaint))?;
        self.started = true;
        Ok(())
    }

    /// Takes in what the loader finished and uploads it; never waits.
    pub fn upload_finished(&mut self, ctx: &egui::Context) {
        for (key, load) in &mut self.loads {
            if let Load::Reading(rx, _) = load {
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

    /// Blocks until every drawing asked for so far is read (tests, instead of sleeping);
    /// the next frame uploads them. Lets go of a [`Self::hold`] first.
    pub fn wait(&mut self) {
        self.shared.lock().held = false;
        self.shared.changed.notify_all();
        for (key, load) in &mut self.loads {
            if let Load::Reading(rx, _) = load {
                *load = rx.recv().map_or_else(|_| stopped(key), Load::Read);
            }
        }
    }

    /// Makes the loader start no read until [`Self::wait`]: tests line requests up (place,
    /// undo, redo, reload) and count the reads, without racing the loader.
    pub fn hold(&mut self) {
        self.shared.lock().held = true;
    }

    /// How many drawings the loader has read so far.
    pub fn reads(&self) -> usize {
        self.shared.lock().reads
    }

    /// Forgets the drawing of `file` (every page), so that the next frame reads it again.
    pub fn reload(&mut self, file: &std::path::Path) {
        let afresh = &mut self.afresh;
        self.loads.retain(|key, _| {
            let keep = key.0 != file;
            if !keep {
                afresh.insert(key.clone());
            }
            keep
        });
    }

    /// Forgets the drawings that could not be read, so that they are tried again.
    pub fn retry_failed(&mut self) {
        let afresh = &mut self.afresh;
        self.loads.retain(|key, load| {
            let keep = !matches!(load, Load::Failed(_));
            if !keep {
                afresh.insert(key.clone());
            }
            keep
        });
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

/// The loader thread: reads the queued drawings one after the other, skipping those nobody
/// wants any more, until the window closes.
fn read_in_turn(shared: &Shared, repaint: &egui::Context) {
    loop {
        let job = {
            let mut queue = shared.lock();
            loop {
                if queue.closed {
                    return;
                }
                if !queue.held {
                    queue.waiting.retain(Job::wanted);
                    if let Some(job) = queue.waiting.pop_front() {
                        // Current in the same hold of the lock: a request in between would
                        // find it neither waiting nor current and queue a second read.
                        let key = (job.key.clone(), job.max_side);
                        queue.current = Some(job);
                        queue.reads += 1;
                        break key;
                    }
                }
                queue =
                    shared.changed.wait(queue).unwrap_or_else(std::sync::PoisonError::into_inner);
            }
        };
        let (key, max_side) = job;
        // A reader that panics (a bug, not a hostile file: those are refused) ends this read
        // only: its waiters hear nothing and say the reading stopped; the next drawing is read.
        // Caught quietly: the window goes on, so it is no crash for the recovery hook.
        let read = quietly(std::panic::AssertUnwindSafe(|| {
            read_background_page(&key.0, key.1)
                .map(|image| {
                    let size_px = (image.width, image.height);
                    (image.fitted(max_side), size_px)
                })
                .map_err(|e| e.to_string())
        }));
        let Some(job) = shared.lock().current.take() else { continue };
        let Some(read) = read else {
            repaint.request_repaint();
            continue;
        };
        // The window may have forgotten the drawing meanwhile; then nobody listens.
        let mut listening: Vec<Waiter> =
            job.waiters.into_iter().filter(|w| w.wanted.strong_count() > 0).collect();
        if let Some(last) = listening.pop() {
            for waiter in listening {
                let _ = waiter.answer.send(read.clone());
            }
            let _ = last.answer.send(read);
        }
        repaint.request_repaint();
    }
}

/// A read that ended without an answer (the loader stopped): said like any other failure.
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

//! Egress findings worked out off the pointer's thread: the window hands the slow walk of a
//! hall (`travel-distance`) to a worker, so a drag step never waits for it; the findings catch
//! up a frame or so later.

use super::Document;

impl Document {
    /// From now on walks halls for `travel-distance` on a worker thread; `notify` is called
    /// from that thread when findings are ready (the window asks for a repaint), and the window
    /// then calls [`Self::take_background_findings`]. Documents start without, and every
    /// call starts a fresh worker.
    pub fn check_in_background(&mut self, notify: impl Fn() + Send + Sync + 'static) {
        self.live.walk_in_background(Box::new(notify));
    }

    /// True when [`Self::check_in_background`] was called on this document.
    #[must_use]
    pub fn checks_in_background(&self) -> bool {
        self.live.walks_in_background()
    }

    /// Puts in the findings the worker finished since the last call; true when they changed.
    pub fn take_background_findings(&mut self) -> bool {
        let changed = self.live.take_walks();
        if changed {
            self.findings_changed();
        }
        changed
    }

    /// Waits for the worker to finish every walk asked for and puts its findings in: then
    /// [`Self::findings`] equal a full check of the layout (before saving, and in tests).
    pub fn wait_for_findings(&mut self) {
        if self.live.wait_for_walks() {
            self.findings_changed();
        }
    }

    /// True while some hall's walk is asked for and its findings are not in yet.
    #[must_use]
    pub fn findings_pending(&self) -> bool {
        self.live.walk_pending()
    }

    /// A number that changes whenever the findings do, for views that derive from them.
    #[must_use]
    pub fn findings_version(&self) -> u64 {
        self.live.version()
    }
}

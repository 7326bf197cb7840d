//! What the canvas keeps of the booths between frames, so that a frame with 100,000 booths in
//! view repeats no per-booth work it did the frame before: each booth's theme colour and the
//! size of the largest booth (kept per document revision), and the painted booth layer (kept
//! per revision, view and Find matches). Panning or zooming repaints the layer; a frame in
//! which only the pointer moved reuses it.

use egui::{Color32, Shape, Vec2};

use super::paint::ThemeColours;
use super::view::ScreenFromWorld;
use crate::editor::Document;

/// What the kept facts were computed from; when any part differs they are computed again (the
/// shell may replace the document with one whose revision counter matches).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Source {
    revision: u64,
    booths: usize,
    booths_at: usize,
}

impl Source {
    pub(super) fn of(doc: &Document) -> Self {
        let booths = &doc.layout().booths;
        Self { revision: doc.revision(), booths: booths.len(), booths_at: booths.as_ptr() as usize }
    }
}

/// The booths' colours and extent for one revision of the layout, and the last painted layer.
#[derive(Clone, Debug, Default)]
pub struct BoothLayer {
    source: Option<Source>,
    /// Each booth's theme colour, in layout order.
    theme_colours: Vec<Color32>,
    /// The widest and the tallest booth, metres (not always the same booth).
    largest_m: (f64, f64),
    /// The booth layer as last painted, and what it was painted for.
    painted: Option<(Source, ScreenFromWorld, u64, Shape)>,
}

impl BoothLayer {
    /// Brings the kept colours and extent up to `doc`'s revision.
    pub fn update(&mut self, doc: &Document) {
        let source = Source::of(doc);
        if self.source == Some(source) {
            return;
        }
        let layout = doc.layout();
        let themes = ThemeColours::new(layout);
        self.theme_colours = layout.booths.iter().map(|b| themes.get(&b.theme)).collect();
        self.largest_m = layout
            .booths
            .iter()
            .map(|b| (b.rect.width_m, b.rect.height_m))
            .filter(|(w, h)| w.is_finite() && h.is_finite())
            .fold((0.0, 0.0), |(w, h), (bw, bh)| (w.max(bw), h.max(bh)));
        self.source = Some(source);
        self.painted = None;
    }

    /// How wide the widest booth and how tall the tallest booth are on screen, points: a pass
    /// whose smallest useful booth is larger than this has nothing to draw and is skipped.
    #[must_use]
    pub fn largest_on_screen(&self, view: &ScreenFromWorld) -> Vec2 {
        let (w, h) = self.largest_m;
        Vec2::new(view.points(w), view.points(h))
    }

    /// The booth layer painted for this view and Find generation `found`, reused when the last
    /// one was painted for the same revision, view and matches; else `paint` makes it anew.
    pub fn shape(
        &mut self,
        view: &ScreenFromWorld,
        found: u64,
        paint: impl FnOnce(&[Color32]) -> Shape,
    ) -> Shape {
        let Some(source) = self.source else { return paint(&[]) };
        if let Some((s, v, f, shape)) = &self.painted
            && *s == source
            && v == view
            && *f == found
        {
            return shape.clone();
        }
        let shape = paint(&self.theme_colours);
        self.painted = Some((source, *view, found, shape.clone()));
        shape
    }
}

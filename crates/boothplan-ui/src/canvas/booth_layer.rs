//! What the canvas keeps of the booths between frames, so that a frame with 100,000 booths in
//! view repeats no per-booth work it did the frame before: each booth's theme colour and the
//! size of the largest booth (kept per document revision), and the painted booth layer (kept
//! per revision, view and Find matches). Panning or zooming repaints the layer; a frame in
//! which only the pointer moved reuses it.

use egui::{Color32, Shape, Vec2};

use super::paint::ThemeColours;
use super::view::ScreenFromWorld;
use crate::editor::Document;
use crate::model::Layout;

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
    /// Each booth's colours and place, in layout order.
    facts: BoothFacts,
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
        self.facts = BoothFacts::of(layout);
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
        paint: impl FnOnce(&BoothFacts) -> Shape,
    ) -> Shape {
        let Some(source) = self.source else { return paint(&BoothFacts::default()) };
        if let Some((s, v, f, shape)) = &self.painted
            && *s == source
            && v == view
            && *f == found
        {
            return shape.clone();
        }
        let shape = paint(&self.facts);
        self.painted = Some((source, *view, found, shape.clone()));
        shape
    }
}

/// What painting a booth far away needs, packed tight: a fitted view of 100,000 booths reads
/// 2 MB of these instead of the booths themselves (their names and numbers beside) each time
/// the view moves.
#[derive(Clone, Debug, Default)]
pub struct BoothFacts {
    /// Each booth's theme colour, in layout order.
    pub theme_colours: Vec<Color32>,
    /// Each booth's rectangle as `[min x, min y, max x, max y]`, metres from `origin`.
    pub rects: Vec<[f32; 4]>,
    /// Each booth's colour as a plain patch far away.
    pub far_colours: Vec<Color32>,
    /// The venue point the rectangles are measured from (the first booth's corner).
    pub origin: [f64; 2],
}

impl BoothFacts {
    /// The facts of `layout`'s booths.
    #[must_use]
    pub fn of(layout: &Layout) -> Self {
        let themes = ThemeColours::new(layout);
        let theme_colours: Vec<Color32> =
            layout.booths.iter().map(|b| themes.get(&b.theme)).collect();
        let origin = layout
            .booths
            .iter()
            .map(|b| [b.rect.x_m, b.rect.y_m])
            .find(|o| o.iter().all(|v| v.is_finite()))
            .unwrap_or([0.0, 0.0]);
        #[expect(
            clippy::cast_possible_truncation,
            reason = "metres across a venue; painting far away needs no more than a centimetre"
        )]
        let rects = layout
            .booths
            .iter()
            .map(|b| {
                let r = b.rect;
                let (x, y) = (r.x_m - origin[0], r.y_m - origin[1]);
                [x as f32, y as f32, (x + r.width_m) as f32, (y + r.height_m) as f32]
            })
            .collect();
        let far_colours = layout
            .booths
            .iter()
            .zip(&theme_colours)
            .map(|(b, &theme)| super::paint::far_patch(b.status, theme))
            .collect();
        Self { theme_colours, rects, far_colours, origin }
    }

    /// Whether these are the facts of `layout`'s booths (as many of them).
    #[must_use]
    pub fn fit(&self, layout: &Layout) -> bool {
        let n = layout.booths.len();
        self.theme_colours.len() == n && self.rects.len() == n && self.far_colours.len() == n
    }
}

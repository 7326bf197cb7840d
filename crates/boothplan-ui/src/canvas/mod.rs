//! The floor-plan canvas: paints the layout being edited and turns pointer and key input over it
//! into pan/zoom and into the editor's world-coordinate tool events.
//!
//! One job per file: [`view`] is the metres ↔ screen transform, `paint` the layers, `labels` the
//! level-of-detail text, `overlay` findings/selection/tool feedback, `grid` and `scale_bar` the
//! metric aids, `input` the pointer and keys, `booth_info` tooltips and accessibility.

mod background_loader;
mod backgrounds;
mod booth_info;
mod booth_layer;
mod compare_marks;
mod exits;
mod finding_outlines;
mod grid;
mod guides;
mod input;
mod labels;
mod legend;
mod mesh;
mod overlay;
mod paint;
mod scale_bar;
pub mod view;
mod walk_overlay;

pub use booth_info::{booth_at, booth_node_id, booth_summary};
pub use compare_marks::paint_compare_marks;
pub use grid::grid_steps_m;
pub use input::{DRAG_THRESHOLD_POINTS, KEY_ZOOM_FACTOR, PICK_RADIUS_POINTS, SNAP_RADIUS_POINTS};
pub use labels::format_area_m2;
pub use paint::BLOCK_FILLS_FROM;
pub use scale_bar::{format_length, round_length_m};
pub use view::ScreenFromWorld;

use egui::{Key, Sense, Ui, WidgetInfo};

use crate::editor::{Document, Layer, ToolController};
use crate::model::{Point, Rect};
use crate::theme_tokens;

/// Screen points left free around the layout by "fit all".
const FIT_MARGIN_POINTS: f32 = 24.0;

/// The canvas widget's state: the view, what the pointer is doing and the tools it drives.
/// Keep one per window.
#[derive(Debug)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent view toggles and frame-to-frame flags, each set and read in one place"
)]
pub struct Canvas {
    /// Paint the metric grid (View ▸ Grid).
    pub show_grid: bool,
    /// Paint the legend of theme colours and sales statuses (View ▸ Legend).
    pub show_legend: bool,
    /// Paint the walking distance to the exits (View ▸ Walking distance to exits).
    pub show_walk: bool,
    /// The walking-distance picture, kept between frames.
    walk: walk_overlay::WalkOverlay,
    screen_from_world: ScreenFromWorld,
    /// What to do once the canvas knows its size (the first frame, or after a request).
    pending: Option<PendingView>,
    /// True once the canvas has been laid out at least once.
    shown: bool,
    pointer: input::PointerTracker,
    /// The editing tools the pointer and keys over the canvas drive.
    tools: ToolController,
    cursor_m: Option<Point>,
    /// The pointer was over the canvas itself last frame, not over a menu or dialog on top.
    hovered: bool,
    outlines: finding_outlines::FindingOutlines,
    /// One flag per booth while Find has a query: matches are drawn as usual, the rest dimmed.
    found: Option<Vec<bool>>,
    /// Counts changes of `found`, so the kept booth layer knows when it is stale.
    found_generation: u64,
    /// The booths' colours, extent and painted layer, kept between frames.
    booths: booth_layer::BoothLayer,
    /// The booths' screen footprints that names keep off, kept while revision and view hold.
    footprints: labels::KeptFootprints,
    /// The background plans' images, uploaded once each.
    backgrounds: backgrounds::BackgroundTextures,
}

impl Default for Canvas {
    fn default() -> Self {
        Self {
            show_grid: true,
            show_legend: true,
            show_walk: false,
            walk: walk_overlay::WalkOverlay::default(),
            screen_from_world: ScreenFromWorld::default(),
            pending: None,
            shown: false,
            pointer: input::PointerTracker::default(),
            tools: ToolController::default(),
            cursor_m: None,
            hovered: false,
            outlines: finding_outlines::FindingOutlines::default(),
            found: None,
            found_generation: 0,
            booths: booth_layer::BoothLayer::default(),
            footprints: labels::KeptFootprints::default(),
            backgrounds: backgrounds::BackgroundTextures::default(),
        }
    }
}

/// A view change asked for before the canvas knew its size on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
enum PendingView {
    /// Show this venue rectangle.
    Rect(Rect),
    /// Zoom by this factor about the canvas centre.
    Zoom(f64),
}

/// What happened on the canvas this frame, for the shell (status bar, repaint).
#[derive(Clone, Debug)]
pub struct CanvasResponse {
    /// The canvas's egui response (hover, clicks, context menu).
    pub response: egui::Response,
    /// The venue point under the pointer, metres.
    pub cursor_m: Option<Point>,
    /// The view was panned or zoomed this frame.
    pub view_changed: bool,
}

impl Canvas {
    /// The canvas's metres → screen transform (for tests, and for painting on top of it).
    #[must_use]
    pub fn screen_from_world(&self) -> &ScreenFromWorld {
        &self.screen_from_world
    }

    /// The editing tools: which one is active and what it is doing.
    #[must_use]
    pub fn tools(&self) -> &ToolController {
        &self.tools
    }

    /// The editing tools, for the toolbar, menus and keys that switch or cancel them.
    pub fn tools_mut(&mut self) -> &mut ToolController {
        &mut self.tools
    }

    /// The venue point under the pointer, for the status bar; `None` when it is off the canvas.
    #[must_use]
    pub fn cursor_m(&self) -> Option<Point> {
        self.cursor_m
    }

    /// Where a paste should land: the venue point under the pointer while it is over the
    /// canvas itself; `None` while it is over a menu, a panel or a dialog (the paste then goes
    /// beside the copied objects, never under the menu that asked for it).
    #[must_use]
    pub fn paste_point_m(&self) -> Option<Point> {
        self.cursor_m.filter(|_| self.hovered)
    }

    /// Screen points per metre: the zoom, for the status bar.
    #[must_use]
    pub fn points_per_m(&self) -> f64 {
        self.screen_from_world.points_per_m()
    }

    /// Shows the whole layout (`F` / Home), on the next frame if the canvas has not been shown.
    pub fn fit_all(&mut self, doc: &Document) {
        if let Some(bounds) = doc.layout().bounds() {
            self.zoom_to(bounds);
        }
    }

    /// Shows `rect_m` (venue metres) as large as fits, centred.
    pub fn zoom_to(&mut self, rect_m: Rect) {
        if self.shown {
            self.screen_from_world.fit(&rect_m, FIT_MARGIN_POINTS);
        } else {
            self.pending = Some(PendingView::Rect(rect_m));
        }
    }

    /// Shows the selected objects, with some room around them; does nothing without a selection.
    pub fn zoom_to_selection(&mut self, doc: &Document) {
        let layout = doc.layout();
        let bounds =
            doc.selection().iter().filter_map(|o| o.bounds(layout)).reduce(|a, b| a.union(&b));
        if let Some(b) = bounds {
            self.zoom_around(b);
        }
    }

    /// Shows the venue rectangle `b` with some room around it: what a click on a finding or a
    /// compared change zooms to.
    pub fn zoom_around(&mut self, b: Rect) {
        // A lone 3 m booth should not fill the screen: keep at least 30 m in view.
        let pad_x = ((30.0 - b.width_m) / 2.0).max(b.width_m * 0.15);
        let pad_y = ((30.0 - b.height_m) / 2.0).max(b.height_m * 0.15);
        self.zoom_to(Rect::new(
            b.x_m - pad_x,
            b.y_m - pad_y,
            b.width_m + 2.0 * pad_x,
            b.height_m + 2.0 * pad_y,
        ));
    }

    /// Zooms by `factor` (> 1 zooms in) about the canvas centre (menu items, `+`/`-`).
    pub fn zoom_by(&mut self, factor: f64) {
        if self.shown {
            let centre = self.screen_from_world.screen().center();
            self.screen_from_world.zoom_about(factor, centre);
        } else {
            self.pending = Some(PendingView::Zoom(factor));
        }
    }

    /// Each hall's farthest walk to an exit in metres, as the overlay labels it; `None` while
    /// the overlay is off.
    #[must_use]
    pub fn worst_walks_m(&self) -> Option<Vec<f64>> {
        self.show_walk.then(|| self.walk.worst_walks_m())
    }

    /// Dims every booth whose flag is false (Find's matches), or none with `None`.
    pub fn set_found(&mut self, found: Option<&[bool]>) {
        if self.found.as_deref() != found {
            self.found = found.map(<[bool]>::to_vec);
            self.found_generation += 1;
        }
    }

    /// A sentence for each shown background plan whose image could not be read.
    #[must_use]
    pub fn background_warnings(&self, doc: &Document) -> Vec<String> {
        self.backgrounds.warnings(doc)
    }

    /// Whether the background image at `file` (page `page` of a PDF) is uploaded as a texture.
    #[must_use]
    pub fn background_uploaded(&self, file: &std::path::Path, page: Option<u32>) -> bool {
        self.backgrounds.is_uploaded(file, page)
    }

    /// Blocks until the background plans being read are read; the next frame shows them.
    /// For tests (and anything that must not race the readers): the window itself never waits.
    pub fn wait_for_background_plans(&mut self) {
        self.backgrounds.wait_for_readers();
    }

    /// Makes the background plans asked for from now on wait, unread, until
    /// [`Self::wait_for_background_plans`]: tests line requests up without racing the loader.
    pub fn hold_background_plans(&mut self) {
        self.backgrounds.hold_readers();
    }

    /// How many background drawings have been read so far (each read is a whole decode).
    #[must_use]
    pub fn background_reads(&self) -> usize {
        self.backgrounds.reads()
    }

    /// Reads the background plan at `file` again (the planner's Reload).
    pub fn reload_background(&mut self, file: &std::path::Path) {
        self.backgrounds.reload(file);
    }

    /// Tries again every background plan that could not be read (a layout opened or saved).
    pub fn retry_background_plans(&mut self) {
        self.backgrounds.retry_failed();
    }

    /// Paints `doc` into the rest of `ui` and handles input over it.
    pub fn ui(&mut self, ui: &mut Ui, doc: &mut Document) -> CanvasResponse {
        let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Canvas, true, "Floor plan"));
        let before = self.screen_from_world;
        self.layout_view(doc, response.rect);

        // Input first, so this frame paints its result.
        let mut view_changed = input::handle_wheel_zoom(ui, &response, &mut self.screen_from_world);
        doc.settings.pick_radius_m = self.screen_from_world.metres(PICK_RADIUS_POINTS);
        doc.settings.drag_threshold_m = self.screen_from_world.metres(DRAG_THRESHOLD_POINTS);
        doc.settings.snap_radius_m = self.screen_from_world.metres(SNAP_RADIUS_POINTS);
        self.pointer.handle_pointer(
            ui,
            &response,
            &mut self.screen_from_world,
            doc,
            &mut self.tools,
        );
        input::handle_tool_keys(ui, &response, doc, &mut self.tools);
        view_changed |= self.screen_from_world != before;

        let hover_pos = self.pointer.last_pos().filter(|p| response.rect.contains(*p));
        self.cursor_m = hover_pos.map(|p| self.screen_from_world.world_pos(p));
        self.hovered = response.contains_pointer();

        self.outlines.update(doc);
        self.booths.update(doc);
        self.backgrounds.update(ui.ctx(), doc);
        if self.show_walk {
            self.walk.update(ui.ctx(), doc, self.pointer.is_pressing());
        }
        self.paint(&painter, doc);
        let largest = self.booths.largest_on_screen(&self.screen_from_world);
        booth_info::add_booth_nodes(
            ui,
            response.id,
            &self.screen_from_world,
            doc.layout(),
            largest,
        );

        let space_down = ui.input(|i| i.key_down(Key::Space));
        if response.contains_pointer() || self.pointer.is_pressing() || self.pointer.is_panning() {
            ui.ctx().set_cursor_icon(input::cursor_icon(
                doc,
                &self.tools,
                &self.pointer,
                space_down,
            ));
        }
        let response = self.booth_tooltip(response, doc);
        CanvasResponse { response, cursor_m: self.cursor_m, view_changed }
    }

    /// Fits the canvas to its rectangle, applying a view asked for before it had one.
    fn layout_view(&mut self, doc: &Document, screen: egui::Rect) {
        if self.pointer.is_pressing() || self.pointer.is_panning() {
            // Mid-gesture the floor stays put under the pointer even if a panel beside the
            // canvas changes size: a booth drops exactly where it was released.
            self.screen_from_world.set_screen_keeping_content(screen);
        } else {
            self.screen_from_world.set_screen(screen);
        }
        if !self.shown {
            self.shown = true;
            if self.pending.is_none() {
                self.fit_all(doc);
            }
        }
        match self.pending.take() {
            Some(PendingView::Rect(r)) => self.screen_from_world.fit(&r, FIT_MARGIN_POINTS),
            Some(PendingView::Zoom(f)) => self.screen_from_world.zoom_about(f, screen.center()),
            None => {}
        }
    }

    /// Paints every layer, bottom to top.
    fn paint(&mut self, painter: &egui::Painter, doc: &Document) {
        let view = &self.screen_from_world;
        let largest = self.booths.largest_on_screen(view);
        let layout = doc.layout();
        let painter = painter.with_clip_rect(view.screen());
        painter.rect_filled(view.screen(), 0.0, theme_tokens::CANVAS_BACKGROUND);
        let themes = paint::ThemeColours::new(layout);
        let layers = doc.layers();
        let shown = |layer: Layer| layers.is_visible(layer);
        backgrounds::paint_backgrounds(&painter, view, doc, &self.backgrounds);
        if shown(Layer::Halls) {
            paint::paint_halls(&painter, view, layout);
        }
        if self.show_grid {
            grid::paint_grid(&painter, view, layout.grid_step_m);
        }
        if shown(Layer::Zones) {
            paint::paint_zones(&painter, view, layout, &themes);
        }
        if shown(Layer::Columns) {
            paint::paint_columns(&painter, view, layout);
        }
        if self.show_walk {
            self.walk.paint_heat(&painter, view);
        }
        if shown(Layer::Booths) {
            let found = self.found.as_deref();
            painter.add(self.booths.shape(view, self.found_generation, |facts| {
                paint::booth_layer(view, layout, facts, found, largest)
            }));
        }
        if shown(Layer::Exits) {
            exits::paint_exits(&painter, view, layout);
        }
        if shown(Layer::Findings) {
            self.outlines.paint(&painter, view, layout);
        }
        if shown(Layer::Labels) {
            // Names keep off the booths that are drawn (none when booths are hidden).
            let booths = if shown(Layer::Booths) {
                labels::BoothFootprints::new(view, layout, self.footprints.take(doc, view))
            } else {
                labels::BoothFootprints::none(view)
            };
            if shown(Layer::Zones) {
                labels::paint_zone_labels(&painter, view, layout, &booths);
            }
            if shown(Layer::Booths) {
                let type_of = |id: &str| doc.booth_type(id);
                labels::paint_booth_labels(&painter, view, layout, &type_of, largest);
            }
            if shown(Layer::Halls) {
                labels::paint_hall_labels(&painter, view, layout, &booths);
            }
            self.footprints.keep(doc, view, booths);
        }
        if self.show_walk {
            self.walk.paint_lines(&painter, view);
        }
        let feedback = self.tools.feedback(doc);
        overlay::paint_selection(&painter, view, doc, &feedback);
        overlay::paint_tool_feedback(&painter, view, &feedback);
        guides::paint_guides(&painter, view, &feedback.guides);
        scale_bar::paint_scale_bar(&painter, view);
        if self.show_legend {
            let doors = shown(Layer::Exits) && !layout.exits.is_empty();
            legend::paint_legend(&painter, view, layout, doors);
        }
    }

    /// Shows the tooltip of the booth under a resting pointer.
    fn booth_tooltip(&self, response: egui::Response, doc: &Document) -> egui::Response {
        if self.pointer.is_pressing()
            || self.pointer.is_panning()
            || !doc.layers().is_visible(Layer::Booths)
        {
            return response;
        }
        let Some(booth) = self
            .cursor_m
            .and_then(|p| booth_at(doc.layout(), p))
            .and_then(|i| doc.layout().booths.get(i))
        else {
            return response;
        };
        response.on_hover_ui_at_pointer(|ui| booth_info::booth_tooltip_ui(ui, doc, booth))
    }
}

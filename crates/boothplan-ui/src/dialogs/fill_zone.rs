//! Edit ▸ Fill zone with booths…: module size, aisles, blocks, numbering, with a live preview
//! on the canvas and its counts before Apply. Apply is one undo step, the same fill as
//! `boothplan fill`.

use super::numbering_fields::{NumberingFields, text_row_ui};
use crate::editor::{Document, FillTarget};
use crate::generate::{Fill, FillOptions, FillStats, parse_module_size};

/// Above this many module places (zone area over module area, an upper bound on the booths)
/// the dialog shows no live preview: the fill runs on the window's thread, and a zone this
/// large takes long enough to make typing in the fields stutter. Apply still fills it.
pub const PREVIEW_PLACE_LIMIT: f64 = 20_000.0;

/// What the dialog shows under its fields for the fields as they were last frame.
#[derive(Clone, Debug)]
enum Preview {
    /// The fill the fields give, drawn on the canvas.
    Ready(Fill),
    /// What is wrong with the fields.
    Problem(String),
    /// The zone holds too many places to fill on every keystroke.
    TooLarge,
}

/// What the planner did in the dialog this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    /// Apply the fill (or renumbering).
    Apply,
    /// Close without changing anything.
    Cancel,
}

/// The fill dialog's fields and the preview they give.
#[derive(Clone, Debug)]
pub struct FillDialog {
    /// The zone or dragged area being filled.
    pub target: FillTarget,
    /// Module size as typed, e.g. `3x3`.
    pub module: String,
    /// Main aisle width, metres.
    pub main_aisle_m: f64,
    /// Cross aisle width, metres.
    pub cross_aisle_m: f64,
    /// Modules per row between cross aisles.
    pub block_modules: u32,
    /// Back-to-back double rows.
    pub back_to_back: bool,
    /// Clearance from columns, metres.
    pub column_clearance_m: f64,
    /// The numbering.
    pub numbering: NumberingFields,
    /// The preview for the fields as they were last frame, or what is wrong with them.
    preview: Option<(FillDialogKey, Preview)>,
}

/// What the preview depends on, to compute it again only when something changed.
type FillDialogKey =
    (String, [u64; 3], u32, bool, NumberingKey, u64, Option<(String, Option<String>)>);
/// The numbering fields, comparable.
type NumberingKey = (String, u64, u64, bool, String, usize, usize);

impl FillDialog {
    /// The dialog for `zone` with the defaults of `doc`'s layout: 3 × 3 m modules, blocks of
    /// ten, aisles of the layout's minimum, `{hall}-{n:03}` from 1 (numbers other zones took
    /// are passed over, so zone after zone numbers on).
    #[must_use]
    pub fn new(target: FillTarget, doc: &Document) -> Self {
        let o = FillOptions::for_layout(doc.layout());
        Self {
            target,
            module: format!("{}x{}", o.module_width_m, o.module_depth_m),
            main_aisle_m: o.main_aisle_m,
            cross_aisle_m: o.cross_aisle_m,
            block_modules: o.block_modules,
            back_to_back: o.back_to_back,
            column_clearance_m: o.column_clearance_m,
            numbering: NumberingFields::default(),
            preview: None,
        }
    }

    /// The fill options the fields describe, or what is wrong with them.
    ///
    /// # Errors
    /// A module size that does not read.
    pub fn options(&self) -> Result<FillOptions, String> {
        let (w, d) = parse_module_size(&self.module)?;
        Ok(FillOptions {
            module_width_m: w,
            module_depth_m: d,
            block_modules: self.block_modules,
            back_to_back: self.back_to_back,
            main_aisle_m: self.main_aisle_m,
            cross_aisle_m: self.cross_aisle_m,
            column_clearance_m: self.column_clearance_m,
            start: self.numbering.start_corner,
            direction: self.numbering.direction,
        })
    }

    /// The booths the preview shows (none while the fields have a mistake).
    #[must_use]
    pub fn preview(&self) -> Option<&Fill> {
        match &self.preview {
            Some((_, Preview::Ready(fill))) => Some(fill),
            _ => None,
        }
    }

    /// What the preview depends on now.
    fn key(&self, doc: &Document) -> FillDialogKey {
        let n = &self.numbering;
        let sizes =
            [self.main_aisle_m, self.cross_aisle_m, self.column_clearance_m].map(f64::to_bits);
        let numbering = (
            n.pattern.clone(),
            n.start,
            n.step,
            n.odd_even,
            n.skip_digit.clone(),
            n.start_corner as usize,
            n.direction as usize,
        );
        let layout = doc.revision();
        // A dragged area takes the toolbar's theme, which is no edit of the layout.
        let area = doc.fill_area_of(&self.target).ok().map(|a| (a.theme, a.zone));
        (self.module.clone(), sizes, self.block_modules, self.back_to_back, numbering, layout, area)
    }

    /// Computes the preview again if a field changed (or the layout did: `revision`).
    fn refresh(&mut self, doc: &Document) {
        let key = self.key(doc);
        if self.preview.as_ref().is_some_and(|(k, _)| *k == key) {
            return;
        }
        let result = self.options().and_then(|options| {
            let scheme = self.numbering.scheme()?;
            if self.places_at_most(doc, &options) > PREVIEW_PLACE_LIMIT {
                return Ok(Preview::TooLarge);
            }
            doc.fill_preview(&self.target, &options, &scheme)
                .map_err(|e| e.to_string())
                .map(Preview::Ready)
        });
        self.preview = Some((key, result.unwrap_or_else(Preview::Problem)));
    }

    /// How many modules the zone's area could hold at most: its area over a module's, a
    /// bound that costs nothing to compute (0 for an unknown zone, whose fill fails at once).
    fn places_at_most(&self, doc: &Document, options: &FillOptions) -> f64 {
        let module_m2 = options.module_width_m * options.module_depth_m;
        doc.fill_area_of(&self.target).map_or(0.0, |a| a.rect.area_m2() / module_m2)
    }

    /// Fills the zone as one undo step: with the preview's booths when nothing changed since
    /// it was computed (the fill is not run twice), else by filling now.
    ///
    /// # Errors
    /// What is wrong with the fields, or why the zone cannot be filled.
    pub fn apply(&mut self, doc: &mut Document) -> Result<FillStats, String> {
        let key = self.key(doc);
        if let Some((k, Preview::Ready(fill))) = self.preview.take()
            && k == key
        {
            return Ok(doc.apply_fill(&self.target, fill));
        }
        let options = self.options()?;
        let scheme = self.numbering.scheme()?;
        doc.fill(&self.target, &options, &scheme).map_err(|e| e.to_string())
    }

    /// Shows the dialog (not modal: the canvas stays in view with the preview on it).
    pub fn ui(&mut self, ctx: &egui::Context, doc: &Document) -> Option<DialogAnswer> {
        self.refresh(doc);
        generator_window(ctx, "Fill with booths", |ui| {
            ui.label(format!("Filling {}", self.target.describe()));
            if let Some(line) = area_theme_line(&self.target, doc) {
                ui.label(line);
            }
            egui::Grid::new("fill_zone_grid").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
                text_row_ui(ui, "Module size", &mut self.module)
                    .on_hover_text("Width × depth in metres, e.g. 3x3 or 6x3");
                metres_row_ui(ui, "Main aisle", &mut self.main_aisle_m);
                metres_row_ui(ui, "Cross aisle", &mut self.cross_aisle_m);
                ui.label("Block");
                ui.horizontal(|ui| {
                    ui.add(egui::DragValue::new(&mut self.block_modules).range(1..=100));
                    ui.label("modules in a row");
                    ui.checkbox(&mut self.back_to_back, "back to back");
                });
                ui.end_row();
                metres_row_ui(ui, "Column clearance", &mut self.column_clearance_m);
                self.numbering.grid_rows_ui(ui);
            });
            ui.separator();
            let can_apply = match self.preview.as_ref().map(|(_, p)| p) {
                Some(Preview::Ready(fill)) => {
                    ui.strong(fill.stats.summary());
                    // What the fire and egress rules changed, in the generator's own words.
                    for note in fill.stats.rules.notes() {
                        ui.label(note);
                    }
                    !fill.booths.is_empty()
                }
                Some(Preview::Problem(problem)) => {
                    ui.colored_label(ui.visuals().error_fg_color, problem);
                    false
                }
                Some(Preview::TooLarge) => {
                    ui.label("Too large to preview; Apply fills it.");
                    true
                }
                None => false,
            };
            apply_cancel_ui(ui, can_apply)
        })
    }
}

/// For a dragged area, which theme its booths get and where it comes from: the zone the area
/// lies in, or the toolbar's current theme on free floor.
fn area_theme_line(target: &FillTarget, doc: &Document) -> Option<String> {
    if !matches!(target, FillTarget::Area(_)) {
        return None;
    }
    let area = doc.fill_area_of(target).ok()?;
    let theme = doc.layout().theme(&area.theme).map_or(area.theme.as_str(), |t| t.name.as_str());
    Some(match &area.zone {
        Some(zone) => format!("Theme {theme}, of zone {zone}"),
        None => format!("Theme {theme}, the current theme (no zone here)"),
    })
}

/// A generator dialog's window: not modal, so the plan stays in view. Closing it is Cancel.
pub fn generator_window(
    ctx: &egui::Context,
    title: &str,
    body: impl FnOnce(&mut egui::Ui) -> Option<DialogAnswer>,
) -> Option<DialogAnswer> {
    let mut open = true;
    let shown = egui::Window::new(title)
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_pos([80.0, 120.0])
        .show(ctx, body);
    let answer = shown.and_then(|s| s.inner).flatten();
    if open { answer } else { Some(DialogAnswer::Cancel) }
}

/// The Apply (when `can_apply`) and Cancel buttons.
pub fn apply_cancel_ui(ui: &mut egui::Ui, can_apply: bool) -> Option<DialogAnswer> {
    ui.horizontal(|ui| {
        if ui.add_enabled(can_apply, egui::Button::new("Apply")).clicked() {
            return Some(DialogAnswer::Apply);
        }
        ui.button("Cancel").clicked().then_some(DialogAnswer::Cancel)
    })
    .inner
}

/// A labelled width in metres.
fn metres_row_ui(ui: &mut egui::Ui, label: &str, value: &mut f64) {
    ui.label(label);
    ui.add(egui::DragValue::new(value).range(0.0..=100.0).speed(0.1).suffix(" m"))
        .on_hover_text(label);
    ui.end_row();
}

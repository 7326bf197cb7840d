//! The plan as an SVG document, written by hand: the one drawing PDF and PNG are made from.
//!
//! Paper millimetres are the user unit (`width="841mm"` with a matching `viewBox`), every layer
//! is an Inkscape layer with an id, and all text is real `<text>` in the embedded font's family.

mod background_crop;
mod background_images;
mod floor;
mod label;
mod legend;
pub(in crate::io::export) mod marshal;
mod name_spot;
mod names;
mod pen;
mod scene;
mod sheet;
pub(in crate::io::export) mod style;
mod title_block;
mod wrap;
pub(in crate::io::export) mod writer;

pub use background_crop::PRINT_DPI;
pub use background_images::SheetBackgrounds;
pub use sheet::standard_scale;

use super::{ExportError, ExportOptions, Paper, SheetKind, fonts::FONT_FAMILY_CSS};
use crate::model::Layout;
use floor::Ids;
use marshal::{MarshalFacts, MarshalParts};
use scene::Scene;
use sheet::{Projection, Sheet};
use title_block::TitleInfo;
use writer::{Esc, Num, put};

/// What one plan sheet shows and on what paper.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanOptions {
    /// The hall this sheet shows; `None` for the overview of every hall.
    pub hall: Option<String>,
    /// Paper size.
    pub paper: Paper,
    /// Portrait instead of landscape.
    pub portrait: bool,
    /// Date printed in the title block (an option, so that the same layout gives the same file).
    pub date: String,
    /// `(this sheet, sheets in the set)` for the title block of a multi-page PDF.
    pub sheet_of: Option<(usize, usize)>,
    /// The floor plan or the fire marshal's sheet.
    pub kind: SheetKind,
}

impl PlanOptions {
    /// The sheet an export with these options makes (one hall or the overview).
    #[must_use]
    pub fn from_export(options: &ExportOptions) -> Self {
        Self {
            hall: options.hall.clone(),
            paper: options.paper,
            portrait: options.portrait,
            date: options.date.clone(),
            sheet_of: None,
            kind: options.sheet,
        }
    }
}

/// The finished sheet: its SVG text and the scale it was drawn at.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanSheet {
    /// The SVG document.
    pub svg: String,
    /// The `N` of the scale `1:N` written on the sheet.
    pub scale: f64,
}

/// One plan sheet as an SVG document; fails only for a hall id the layout does not have.
pub fn plan_svg(layout: &Layout, options: &PlanOptions) -> Result<String, ExportError> {
    plan_sheet(layout, options).map(|sheet| sheet.svg)
}

/// One plan sheet with the scale it was drawn at.
pub fn plan_sheet(layout: &Layout, options: &PlanOptions) -> Result<PlanSheet, ExportError> {
    plan_sheet_over(layout, options, &SheetBackgrounds::default())
}

/// One sheet, as [`plan_sheet`] draws it, with the drawings of `backgrounds` that belong on it
/// under its floor.
pub(in crate::io::export) fn plan_sheet_over(
    layout: &Layout,
    options: &PlanOptions,
    backgrounds: &SheetBackgrounds,
) -> Result<PlanSheet, ExportError> {
    let facts = (options.kind == SheetKind::FireMarshal).then(|| MarshalFacts::of(layout));
    plan_sheet_with(layout, options, facts.as_ref(), backgrounds)
}

/// One sheet, with what the checks found when it is a fire marshal's (`facts`, worked out
/// once for all the sheets of a PDF); a floor plan when `facts` is `None`. The drawings of
/// `backgrounds` that belong on this sheet lie under the floor.
pub(in crate::io::export) fn plan_sheet_with(
    layout: &Layout,
    options: &PlanOptions,
    facts: Option<&MarshalFacts>,
    backgrounds: &SheetBackgrounds,
) -> Result<PlanSheet, ExportError> {
    let scene = Scene::new(layout, options.hall.as_deref())?;
    let (width_mm, height_mm) = options.paper.size_mm(options.portrait);
    let (sheet, proj) = sheet_frame(&scene, options);
    let stats = scene.stats(layout);
    let u = sheet.unit;

    // About 400 bytes a booth (rectangle and two label lines) keeps the buffer from regrowing.
    let mut out = String::with_capacity(8192 + 400 * scene.booths.len());
    put!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" \
         xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" \
         width=\"{w}mm\" height=\"{h}mm\" viewBox=\"0 0 {w} {h}\" \
         font-family=\"{font}\" font-stretch=\"condensed\">\n",
        w = Num(width_mm),
        h = Num(height_mm),
        font = FONT_FAMILY_CSS,
    );
    let mut title = match scene.hall {
        Some(hall) => format!("{} — {}", layout.name, hall.name),
        None => layout.name.clone(),
    };
    if facts.is_some() {
        title.push_str(" — fire marshal");
    }
    put!(out, "<title>{}</title>\n", Esc(&title));
    put!(
        out,
        "<rect id=\"paper\" width=\"{}\" height=\"{}\" fill=\"#FFFFFF\"/>\n",
        Num(width_mm),
        Num(height_mm)
    );
    let f = sheet.frame;
    put!(
        out,
        "<rect id=\"frame\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"/>\n",
        Num(f.x),
        Num(f.y),
        Num(f.w),
        Num(f.h),
        style::INK,
        Num(0.5 * u)
    );
    let mut ids = Ids::default();
    let hall = scene.hall.map(|h| h.id.as_str());
    backgrounds.layer(&mut out, hall, &proj, sheet.drawing);
    let over_drawing = |r| backgrounds.under(hall, r);
    floor::halls_layer(&mut out, &scene, &proj, u, &mut ids, &over_drawing);
    floor::zones_layer(&mut out, &scene, &proj, u, &mut ids, &over_drawing);
    floor::walls_layer(&mut out, &scene, &proj, u);
    floor::columns_layer(&mut out, &scene, &proj, &mut ids);
    floor::exits_layer(&mut out, &scene, &proj, u, &mut ids);
    floor::booths_layer(&mut out, &scene, &proj, u, &mut ids);
    if let Some(facts) = facts {
        marshal::walk_layer(&mut out, layout, &scene, &proj, u, facts);
    }
    let left_out = floor::booth_labels_layer(&mut out, &scene, &proj, u);
    names::names_layers(&mut out, &scene, &proj, u);
    if let Some(facts) = facts {
        marshal::marks_layer(&mut out, layout, &scene, &proj, u, facts);
    }
    let note = numbers_left_out_note(left_out, &scene, &proj, options.paper);
    let info = TitleInfo {
        date: &options.date,
        paper: options.paper.name(),
        sheet_of: options.sheet_of,
        note: note.as_deref(),
        kind: options.kind,
    };
    match facts {
        Some(facts) => {
            let parts = MarshalParts { layout, scene: &scene, facts };
            legend::sidebar_with(&mut out, &parts, layout, &scene, &proj, &sheet, &info);
        }
        None => legend::sidebar(&mut out, layout, &scene, &stats, &proj, &sheet, &info),
    }
    out.push_str("</svg>\n");
    Ok(PlanSheet { svg: out, scale: proj.scale })
}

/// Where the plan of `scene` goes on a sheet with `options`: the sheet's division and the
/// projection of the venue into its plan area. Background plans are cut to the same area.
fn sheet_frame(scene: &Scene<'_>, options: &PlanOptions) -> (Sheet, Projection) {
    let (width_mm, height_mm) = options.paper.size_mm(options.portrait);
    let sheet = Sheet::new(width_mm, height_mm);
    let bounds = scene.bounds.unwrap_or(crate::model::Rect::new(0.0, 0.0, 10.0, 10.0));
    (sheet, Projection::fit(bounds, sheet.drawing))
}

/// What the title block says when booths are too small on paper for their numbers: how many,
/// and how to get them (each hall on its own sheet, larger paper, the booth list).
fn numbers_left_out_note(
    left_out: usize,
    scene: &Scene<'_>,
    proj: &Projection,
    paper: Paper,
) -> Option<String> {
    if left_out == 0 {
        return None;
    }
    let what = format!(
        "{left_out} of {} booth numbers are too small to print at 1:{}.",
        scene.booths.len(),
        Num(proj.scale)
    );
    let how = match (scene.hall, paper) {
        (None, Paper::A0) => "For them, print each hall on its own sheet (export --hall ID).",
        (None, _) => {
            "For them, print each hall on its own sheet (export --hall ID) or on larger paper \
             (--paper A0)."
        }
        (Some(_), Paper::A0) => "For them, use the booth list (export -o booths.csv).",
        (Some(_), _) => {
            "For them, print on larger paper (--paper A0) or use the booth list \
             (export -o booths.csv)."
        }
    };
    Some(format!("{what} {how}"))
}

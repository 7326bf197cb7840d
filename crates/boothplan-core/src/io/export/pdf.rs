//! The plan as a vector PDF: an overview sheet and one sheet per hall, in one file.
//!
//! Each sheet is the SVG of [`plan_svg`](super::plan_svg), parsed by usvg with the embedded font
//! and turned into a PDF form by svg2pdf; the pages placing those forms are written here with
//! pdf-writer, so text stays real, selectable text in the embedded font.

use std::collections::HashMap;

use pdf_writer::types::PageMode;
use pdf_writer::{Content, Date, Finish as _, Name, Pdf, Rect, Ref, TextStr};
use rayon::prelude::*;
use resvg::usvg;

use super::progress::{ProgressFn, Ticker};
use super::svg::marshal::MarshalFacts;
use super::svg::{SheetBackgrounds, plan_sheet_with};
use super::{ExportError, ExportOptions, PlanOptions, SheetKind, fonts};
use crate::model::Layout;

/// PDF points per millimetre.
const PT_PER_MM: f64 = 72.0 / 25.4;

/// The sheets a PDF holds: the overview and every hall, or the one hall asked for.
pub(super) fn sheets(layout: &Layout, options: &ExportOptions) -> Vec<Option<String>> {
    match &options.hall {
        Some(id) => vec![Some(id.clone())],
        None => {
            std::iter::once(None).chain(layout.halls.iter().map(|h| Some(h.id.clone()))).collect()
        }
    }
}

/// Parses a sheet's SVG with the embedded font.
pub(super) fn parse_svg(svg: &str) -> Result<usvg::Tree, ExportError> {
    usvg::Tree::from_str(svg, &fonts::usvg_options())
        .map_err(|e| ExportError::Failed(format!("the plan drawing could not be read back: {e}")))
}

/// The whole PDF file, with `backgrounds` under the floor of the sheets they belong on.
pub fn plan_pdf(
    layout: &Layout,
    options: &ExportOptions,
    backgrounds: &SheetBackgrounds,
    progress: ProgressFn<'_>,
) -> Result<Vec<u8>, ExportError> {
    let sheets = sheets(layout, options);
    let ticker = Ticker::new(progress, sheets.len() + 1);
    let titles: Vec<String> = sheets
        .iter()
        .map(|hall| match hall {
            None => "Overview".to_owned(),
            Some(id) => layout.hall(id).map_or_else(|| id.clone(), |h| h.name.clone()),
        })
        .collect();
    let count = sheets.len();
    // The checks behind a fire marshal's sheets run once for all of them.
    let facts = (options.sheet == SheetKind::FireMarshal).then(|| MarshalFacts::of(layout));
    // Sheets are independent: draw, parse and convert them in parallel.
    let chunks: Vec<(pdf_writer::Chunk, Ref)> = sheets
        .into_par_iter()
        .enumerate()
        .map(|(i, hall)| {
            let plan = PlanOptions {
                hall,
                sheet_of: Some((i + 1, count)),
                ..PlanOptions::from_export(options)
            };
            let tree =
                parse_svg(&plan_sheet_with(layout, &plan, facts.as_ref(), backgrounds)?.svg)?;
            let chunk = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
                .map_err(|e| ExportError::Failed(format!("PDF conversion failed: {e}")));
            ticker.tick();
            chunk
        })
        .collect::<Result<_, _>>()?;
    let size_mm = options.paper.size_mm(options.portrait);
    let about = About::of(layout, options, &titles);
    assemble(&about, &chunks, &titles, size_mm)
}

/// What a PDF viewer's document properties show: set from the layout and the export options
/// only (never the clock), so the same input gives the same file.
struct About {
    /// The fair's name and the sheet (or "floor plans" for the whole set).
    title: String,
    /// What the file holds: how many sheets, on what paper.
    subject: String,
    /// The date of the export options, as the creation date.
    date: Option<Date>,
}

impl About {
    /// The properties of a PDF of `sheets` for `layout`.
    fn of(layout: &Layout, options: &ExportOptions, sheets: &[String]) -> Self {
        let paper = options.paper.name();
        let (one, many) = match options.sheet {
            SheetKind::Plan => ("Floor plan", "floor plans"),
            SheetKind::FireMarshal => ("Fire marshal sheet", "fire marshal sheets"),
        };
        let (title, subject) = match (&options.hall, sheets) {
            (Some(_), [hall]) => {
                let title = match options.sheet {
                    SheetKind::Plan => format!("{} — {hall}", layout.name),
                    SheetKind::FireMarshal => format!("{} — {hall} — fire marshal", layout.name),
                };
                (title, format!("{one} of {hall} on {paper}"))
            }
            _ => (
                format!("{} — {many}", layout.name),
                format!(
                    "{}{} on {paper}: {} ({} sheets)",
                    many[..1].to_uppercase(),
                    &many[1..],
                    sheets.join(", "),
                    sheets.len()
                ),
            ),
        };
        Self { title, subject, date: pdf_date(&options.date) }
    }
}

/// A `YYYY-MM-DD` date as a PDF date; `None` for anything else (the file then has no date).
fn pdf_date(text: &str) -> Option<Date> {
    let mut parts = text.trim().splitn(3, '-');
    let year: u16 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| Date::new(year).month(month).day(day))
}

/// One page a sheet, each placing its drawing over the whole page, with bookmarks and title.
fn assemble(
    about: &About,
    chunks: &[(pdf_writer::Chunk, Ref)],
    bookmarks: &[String],
    (w_mm, h_mm): (f64, f64),
) -> Result<Vec<u8>, ExportError> {
    let (w_pt, h_pt) = ((w_mm * PT_PER_MM) as f32, (h_mm * PT_PER_MM) as f32);
    let mut alloc = Ref::new(1);
    let catalog = alloc.bump();
    let page_tree = alloc.bump();
    let info = alloc.bump();
    let outline = alloc.bump();
    let pages: Vec<(Ref, Ref)> = chunks.iter().map(|_| (alloc.bump(), alloc.bump())).collect();
    let items: Vec<Ref> = chunks.iter().map(|_| alloc.bump()).collect();

    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(page_tree).outlines(outline).page_mode(PageMode::UseOutlines);
    write_bookmarks(&mut pdf, outline, &items, &pages, bookmarks);
    pdf.pages(page_tree)
        .kids(pages.iter().map(|(page, _)| *page))
        .count(i32::try_from(pages.len()).unwrap_or(i32::MAX));
    let creator = concat!("boothplan ", env!("CARGO_PKG_VERSION"));
    let mut properties = pdf.document_info(info);
    properties
        .title(TextStr(&about.title))
        .subject(TextStr(&about.subject))
        .creator(TextStr(creator))
        .producer(TextStr(creator));
    if let Some(date) = about.date {
        properties.creation_date(date).modified_date(date);
    }
    properties.finish();
    let sheet_name = Name(b"Sheet");
    for ((chunk, root), (page_ref, content_ref)) in chunks.iter().zip(&pages) {
        let mut map = HashMap::new();
        let chunk = chunk.renumber(|old| *map.entry(old).or_insert_with(|| alloc.bump()));
        let root = map
            .get(root)
            .copied()
            .ok_or_else(|| ExportError::Failed("PDF sheet lost its drawing".into()))?;
        let mut page = pdf.page(*page_ref);
        page.media_box(Rect::new(0.0, 0.0, w_pt, h_pt));
        page.parent(page_tree);
        page.contents(*content_ref);
        page.resources().x_objects().pair(sheet_name, root);
        page.finish();
        let mut content = Content::new();
        content.transform([w_pt, 0.0, 0.0, h_pt, 0.0, 0.0]).x_object(sheet_name);
        pdf.stream(*content_ref, &content.finish());
        pdf.extend(&chunk);
    }
    Ok(pdf.finish())
}

/// One bookmark a page (Overview, Hall 1A, …), so a PDF viewer lists the sheets by name.
fn write_bookmarks(
    pdf: &mut Pdf,
    outline: Ref,
    items: &[Ref],
    pages: &[(Ref, Ref)],
    titles: &[String],
) {
    let (Some(&first), Some(&last)) = (items.first(), items.last()) else { return };
    let count = i32::try_from(items.len()).unwrap_or(i32::MAX);
    pdf.outline(outline).first(first).last(last).count(count);
    for (i, ((&item, (page, _)), title)) in items.iter().zip(pages).zip(titles).enumerate() {
        let mut entry = pdf.outline_item(item);
        entry.title(TextStr(title)).parent(outline);
        if i > 0 {
            entry.prev(items[i - 1]);
        }
        if let Some(&next) = items.get(i + 1) {
            entry.next(next);
        }
        entry.dest().page(*page).fit();
    }
}

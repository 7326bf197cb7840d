//! A page of a venue's PDF placed through File ▸ Place background plan…: a PDF of several
//! pages asks which (the first offered, a number out of range refused in the question), the
//! page chosen is kept in the layout and drawn from a texture whose red lies where the page's
//! points say, over the plan; a damaged PDF is refused naming the file.

use super::backgrounds::{backgrounds, undo, wait_for_drawings};
use super::inventory::open_menu_item;
use super::pdf_support::{PdfPage, pdf_with_pages, red_rectangle};
use super::*;

use std::sync::Arc;

/// `halls.pdf` in `dir`: page 1 blank, 1 × 1 inch; page 2 4 × 2⅔ inches (600 × 400 pixels at
/// 150 an inch) with a red rectangle from (144, 96) to (216, 144) points, y up.
fn halls_pdf(dir: &Path) -> PathBuf {
    let red = red_rectangle(144.0, 96.0, 72.0, 48.0);
    let pages = [
        PdfPage { width_pt: 72.0, height_pt: 72.0, content: "" },
        PdfPage { width_pt: 288.0, height_pt: 192.0, content: &red },
    ];
    let path = dir.join("halls.pdf");
    std::fs::write(&path, pdf_with_pages(&pages)).unwrap();
    path
}

fn type_page(harness: &mut Harness<'static, BoothplanApp>, page: &str) {
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Page");
    field.focus();
    harness.run_steps(1);
    harness.key_press(egui::Key::Backspace);
    harness.run_steps(1);
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Page").type_text(page);
    harness.run_steps(1);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
}

/// Every image the window uploaded, by texture: what the graphics card was given, kept as a
/// renderer would (the harness hands each frame's texture changes to its renderer).
#[derive(Clone, Default)]
struct KeptTextures(Rc<RefCell<std::collections::HashMap<egui::TextureId, Arc<egui::ColorImage>>>>);

impl egui_kittest::TestRenderer for KeptTextures {
    fn handle_delta(&mut self, delta: &mut egui::TexturesDelta) {
        for (id, images) in delta.set.drain() {
            for image in images {
                if let (egui::ImageData::Color(pixels), None) = (&image.image, image.pos) {
                    self.0.borrow_mut().insert(id, pixels.clone());
                }
            }
        }
        // Freed textures are of no interest here.
        delta.clear();
    }
}

/// The textured meshes the last frame painted: their texture and corner positions.
fn textured_quads(
    harness: &Harness<'static, BoothplanApp>,
) -> Vec<(egui::TextureId, Vec<egui::Pos2>)> {
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Mesh(mesh) if mesh.texture_id != egui::TextureId::default() => {
                Some((mesh.texture_id, mesh.vertices.iter().map(|v| v.pos).collect()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn the_page_chosen_is_placed_kept_and_drawn_red_where_its_points_say() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = halls_pdf(dir.path());
    let dialogs = FakeDialogs::default();
    let kept = KeptTextures::default();
    let mut harness =
        Harness::builder().with_size([1400.0, 900.0]).renderer(kept.clone()).build_ui_state(
            |ui, app: &mut BoothplanApp| app.frame_ui(ui),
            app(small_layout(vec![]), None, &dialogs),
        );
    harness.run_steps(3);
    dialogs.answer_next(FileAnswer::Picked(pdf.clone()));
    open_menu_item(&mut harness, "File", "Place background plan…");
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Place a page of the PDF"));
    assert!(shows_text(&harness, "halls.pdf has 2 pages."));
    assert!(backgrounds(&harness).is_empty(), "nothing placed before the page is chosen");

    type_page(&mut harness, "3");
    assert!(shows_text(&harness, "Type a page number from 1 to 2."));
    assert!(backgrounds(&harness).is_empty());
    type_page(&mut harness, "2");
    assert_eq!(harness.state().modal_title(), None);

    // Page 2 is 600 × 400 pixels: spread over the 60 m × 40 m hall at 0.1 m a pixel.
    let placed = backgrounds(&harness);
    assert_eq!(placed.len(), 1);
    assert_eq!((placed[0].page, placed[0].size_px), (Some(2), (600, 400)));
    assert!((placed[0].placement.m_per_px - 0.1).abs() < 1e-12);
    assert!(shows_text(&harness, "Click the first point of a known distance on the drawing."));
    harness.key_press(egui::Key::Escape);
    harness.run_steps(1);

    wait_for_drawings(&mut harness);
    assert!(harness.state().canvas().background_uploaded(&pdf, Some(2)));

    let quads = textured_quads(&harness);
    assert_eq!(quads.len(), 1, "one drawing, one quad: {quads:?}");
    let (texture, corners) = &quads[0];
    let near = |a: egui::Pos2, b: egui::Pos2| (a - b).length() < 0.5;
    assert!(near(corners[0], screen(&harness, Point::new(0.0, 0.0))), "{corners:?}");
    assert!(near(corners[2], screen(&harness, Point::new(60.0, 40.0))), "{corners:?}");

    let image = kept.0.borrow().get(texture).cloned().expect("the quad's texture was uploaded");
    // The red rectangle: 144–216 points across is pixels 300–450, 192 − 144 to 192 − 96
    // points down is pixels 100–200; at 0.1 m a pixel, 30–45 m by 10–20 m on the plan.
    assert_eq!(image.size, [600, 400]);
    let at = |u: usize, v: usize| image.pixels[v * 600 + u];
    let red = |c: egui::Color32| c.r() > 200 && c.g() < 60 && c.b() < 60;
    assert!(red(at(375, 150)) && red(at(302, 102)) && red(at(447, 197)));
    assert!(!red(at(297, 150)) && !red(at(453, 150)) && !red(at(375, 97)) && !red(at(375, 203)));

    // Saved and opened again, the drawing is still page 2.
    let file = dir.path().join("fair.ron");
    harness.state_mut().document_mut().save_as(&file).unwrap();
    let reopened = boothplan_core::io::ron_file::load_layout(&file).unwrap();
    let kept_page = &reopened.backgrounds[0];
    assert_eq!((kept_page.path.as_str(), kept_page.page), ("halls.pdf", Some(2)));
    assert_eq!(kept_page.size_px, (600, 400));
    undo(&mut harness);
    assert!(backgrounds(&harness).is_empty(), "placing is one undo step");
}

#[test]
fn a_one_page_pdf_is_placed_without_asking_and_a_damaged_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let single = dir.path().join("hall.pdf");
    let page = PdfPage { width_pt: 144.0, height_pt: 72.0, content: "" };
    std::fs::write(&single, pdf_with_pages(&[page])).unwrap();
    let dialogs = FakeDialogs::default();
    let mut harness = harness(small_layout(vec![]), None, &dialogs);
    dialogs.answer_next(FileAnswer::Picked(single));
    open_menu_item(&mut harness, "File", "Place background plan…");
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title(), None);
    assert_eq!(backgrounds(&harness)[0].page, Some(1));
    assert_eq!(backgrounds(&harness)[0].size_px, (300, 150));
    harness.key_press(egui::Key::Escape);
    harness.run_steps(1);

    let broken = dir.path().join("broken.pdf");
    std::fs::write(&broken, b"%PDF-1.7\nnot really\n").unwrap();
    dialogs.answer_next(FileAnswer::Picked(broken));
    open_menu_item(&mut harness, "File", "Place background plan…");
    harness.run_steps(2);
    assert_eq!(harness.state().modal_title().as_deref(), Some("Cannot place the background plan"));
    assert!(shows_text(&harness, "broken.pdf cannot be shown: it is damaged or not a PDF"));
    assert_eq!(backgrounds(&harness).len(), 1, "nothing more placed");
}

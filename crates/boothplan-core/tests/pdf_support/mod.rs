//! PDFs written by hand for the background-plan tests: PDF syntax is plain text, so a page
//! with a red rectangle at known points is a few lines, its cross-reference table counted here.
//! Shared with the window's tests (`#[path]`), so both place the same files.

/// A page: its width and height in PDF points (1/72 inch) and its content stream.
#[derive(Clone, Copy)]
pub struct PdfPage<'a> {
    pub width_pt: f64,
    pub height_pt: f64,
    pub content: &'a str,
}

/// A red filled rectangle at `(x, y)` (from the page's bottom-left corner), `w × h`, points.
pub fn red_rectangle(x: f64, y: f64, w: f64, h: f64) -> String {
    format!("1 0 0 rg {x} {y} {w} {h} re f")
}

/// A PDF file of `pages`, with a correct cross-reference table.
pub fn pdf_with_pages(pages: &[PdfPage<'_>]) -> Vec<u8> {
    write_pdf(pages, None)
}

/// The same file protected by a user password the reader is not given: a standard security
/// handler whose check value matches no empty password.
pub fn password_protected_pdf(pages: &[PdfPage<'_>]) -> Vec<u8> {
    let filler = "41".repeat(32);
    let handler = format!("<< /Filter /Standard /V 1 /R 2 /O <{filler}> /U <{filler}> /P -4 >>");
    write_pdf(pages, Some(&handler))
}

fn write_pdf(pages: &[PdfPage<'_>], encrypt: Option<&str>) -> Vec<u8> {
    let n = pages.len();
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 3 + 2 * i)).collect();
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")),
    ];
    for (i, page) in pages.iter().enumerate() {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {} {}] /Contents {} 0 R >>",
            page.width_pt,
            page.height_pt,
            4 + 2 * i
        ));
        objects.push(format!(
            "<< /Length {} >>\nstream\n{}\nendstream",
            page.content.len(),
            page.content
        ));
    }
    let mut trailer_extra = String::new();
    if let Some(handler) = encrypt {
        objects.push(handler.to_owned());
        let id = "0123456789ABCDEF0123456789ABCDEF";
        trailer_extra = format!(" /Encrypt {} 0 R /ID [<{id}> <{id}>]", objects.len());
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R{trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

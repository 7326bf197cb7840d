//! From a file's bytes to the DXF crate's drawing: bounded, with DWG and other look-alikes told
//! apart, and the crate's own errors placed at the line they name.

use std::path::Path;

use crate::io::ron_file::{self, LoadError};

/// The first bytes of an `AutoCAD` DWG file: `AC10` and two more digits (`AC1015`, `AC1032`…).
const DWG_MAGIC: &[u8] = b"AC10";

/// The bytes of `path`, refusing files over the layout size limit, then the drawing in them.
pub(super) fn read_drawing(path: &Path) -> Result<(Vec<u8>, dxf::Drawing), LoadError> {
    let bytes = ron_file::read_limited(path).map_err(|m| LoadError::whole_file(path, m))?;
    let drawing = parse(&bytes).map_err(|(line, message)| LoadError {
        path: path.to_owned(),
        line,
        column: 1,
        message,
    })?;
    Ok((bytes, drawing))
}

/// The drawing in `bytes`, or the line (1 when unknown) and a sentence saying what is wrong.
fn parse(bytes: &[u8]) -> Result<dxf::Drawing, (usize, String)> {
    if bytes.starts_with(DWG_MAGIC)
        && bytes.get(4..6).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    {
        let version = String::from_utf8_lossy(&bytes[..6]).into_owned();
        return Err((
            1,
            format!(
                "this is an AutoCAD DWG drawing ({version}), which boothplan cannot read; \
                 save it as DXF from the CAD program (File > Save As > DXF) and import that"
            ),
        ));
    }
    if !looks_like_dxf(bytes) {
        return Err((
            1,
            "expected a DXF drawing (text starting with `0` and `SECTION`, or binary DXF); \
             this file is neither"
                .to_owned(),
        ));
    }
    // The crate panics on a header date out of chrono's range ($TDCREATE…): boothplan needs no
    // date, so a text drawing's are read as 0 (lines stay where they were, for messages), and a
    // drawing with an odd date still imports. Any other panic while parsing is reported like an
    // unreadable drawing, never a crash.
    let dated = without_header_dates(bytes);
    let bytes = dated.as_deref().unwrap_or(bytes);
    match crate::io::caught_panic::quietly(|| dxf::Drawing::load(&mut std::io::Cursor::new(bytes)))
    {
        Some(Ok(drawing)) => Ok(drawing),
        Some(Err(e)) => Err(crate_error(&e)),
        None => Err((1, "the DXF reader could not make sense of this drawing".to_owned())),
    }
}

/// A copy of a text DXF whose header dates and times (`$TD…`) are all `0`, line for line; `None`
/// when it has none (or is binary).
fn without_header_dates(bytes: &[u8]) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(bytes).ok()?;
    let header_end = text.find("ENDSEC").unwrap_or(0);
    if !text[..header_end].contains("$TD") {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut lines = text[..header_end].split_inclusive('\n');
    let mut in_date = false;
    while let Some(code) = lines.next() {
        let Some(value) = lines.next() else {
            out.push_str(code);
            break;
        };
        out.push_str(code);
        match code.trim() {
            "9" => {
                in_date = value.trim().starts_with("$TD");
                out.push_str(value);
            }
            "0" => {
                in_date = false;
                out.push_str(value);
            }
            _ if in_date => out.push_str(if value.ends_with("\r\n") { "0\r\n" } else { "0\n" }),
            _ => out.push_str(value),
        }
    }
    out.push_str(&text[header_end..]);
    Some(out.into_bytes())
}

/// True for text DXF (a group code `0` then `SECTION`, maybe after comments `999`) and binary
/// DXF (its sentinel).
fn looks_like_dxf(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"AutoCAD Binary DXF") || bytes.starts_with(b"AutoCAD DXB") {
        return true;
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let mut lines = head.trim_start_matches('\u{feff}').lines().map(str::trim);
    while let Some(code) = lines.next() {
        let value = lines.next().unwrap_or_default();
        match code {
            "999" => {}
            "0" => return value.eq_ignore_ascii_case("SECTION"),
            _ => return false,
        }
    }
    false
}

/// The crate's error as a line and a sentence. Its offsets are line numbers in a text file.
fn crate_error(e: &dxf::DxfError) -> (usize, String) {
    use dxf::DxfError as E;
    let line = match e {
        E::ParseFloatError(_, o)
        | E::ParseIntError(_, o)
        | E::ParseError(o)
        | E::UnexpectedCode(_, o)
        | E::UnexpectedByte(_, o)
        | E::UnexpectedEnumValue(o)
        | E::ExpectedTableType(o)
        | E::WrongValueType(o) => *o,
        E::UnexpectedCodePair(pair, _) => pair.offset,
        _ => 1,
    };
    let what = e.to_string();
    let what = what.split(" at line/offset").next().unwrap_or(&what).to_owned();
    (line.max(1), format!("not a readable DXF drawing: {what}"))
}

/// The 1-based line of the entity with this handle in a text DXF (the line of its type name),
/// so that a refusal points where the planner can look; `None` in binary DXF or when absent.
pub(super) fn line_of_handle(bytes: &[u8], handle: &str) -> Option<usize> {
    if handle.is_empty() || bytes.starts_with(b"AutoCAD Binary DXF") {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let mut entity_line = 1;
    let mut lines = text.lines().enumerate();
    while let Some((i, code)) = lines.next() {
        let (_, value) = lines.next()?;
        match code.trim() {
            "0" => entity_line = i + 2,
            "5" if value.trim().eq_ignore_ascii_case(handle) => return Some(entity_line),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dwg_is_recognised_by_its_magic() {
        let (line, message) = parse(b"AC1032\0\0\0\0binary stuff").unwrap_err();
        assert_eq!(line, 1);
        assert!(message.contains("DWG") && message.contains("AC1032"), "{message}");
    }

    #[test]
    fn a_date_out_of_range_neither_panics_nor_stops_the_import() {
        let text = "  0\nSECTION\n  2\nHEADER\n  9\n$TDCREATE\n 40\n1e300\n  0\nENDSEC\n  0\nEOF\n";
        assert!(parse(text.as_bytes()).is_ok());
    }

    #[test]
    fn a_handle_is_found_at_its_entity() {
        let text = b"  0\nSECTION\n  2\nENTITIES\n  0\nLINE\n  5\n2F\n  8\nWALLS\n  0\nENDSEC\n";
        assert_eq!(line_of_handle(text, "2f"), Some(6));
        assert_eq!(line_of_handle(text, "30"), None);
    }
}

//! The exhibitor list a sales team keeps: a CSV of `number,exhibitor,status`, read so that a
//! spreadsheet's export opens as it is (UTF-8 with or without a byte order mark, CRLF or LF,
//! quoted fields, any case of status, an optional header row) and anything else is refused at
//! its `FILE:LINE:COL`.

use std::path::Path;

use super::ron_file::{LoadError, line_col};
use crate::model::BoothStatus;

/// One row of the list: which booth, who has it, in which status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExhibitorRow {
    /// The booth number, e.g. `1A-012`.
    pub number: String,
    /// The exhibitor (empty to clear it).
    pub exhibitor: String,
    /// The booth's new status.
    pub status: BoothStatus,
    /// The 1-based line the row starts on, for messages.
    pub line: usize,
}

/// Reads the list in `path` through the same bounded reader as layouts.
pub fn read_exhibitor_list(path: &Path) -> Result<Vec<ExhibitorRow>, LoadError> {
    let text = super::layout_file::read_text(path)?;
    parse_exhibitor_list(&text, path)
}

/// Parses list text; `path` only names the file in messages. Blank lines are skipped; a first
/// row reading `number,exhibitor,status` (any case) is a header.
pub fn parse_exhibitor_list(text: &str, path: &Path) -> Result<Vec<ExhibitorRow>, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let error = |offset: usize, message: String| {
        let (line, column) = line_col(text, offset);
        LoadError { path: path.to_owned(), line, column, message }
    };
    let mut rows = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let (fields, next) = record(text, at).map_err(|(o, m)| error(o, m))?;
        let start = at;
        at = next;
        if fields.len() == 1 && fields[0].1.trim().is_empty() {
            continue;
        }
        let is_header = rows.is_empty()
            && fields.len() == 3
            && ["number", "exhibitor", "status"]
                .iter()
                .zip(&fields)
                .all(|(want, (_, got))| got.trim().eq_ignore_ascii_case(want));
        if is_header {
            continue;
        }
        let [(number_at, number), (_, exhibitor), (status_at, status)] =
            <[(usize, String); 3]>::try_from(fields).map_err(|fields| {
                let n = fields.len();
                error(start, format!("expected 3 fields, number,exhibitor,status; found {n}"))
            })?;
        if number.trim().is_empty() {
            return Err(error(number_at, "expected a booth number, found an empty field".into()));
        }
        let status = BoothStatus::parse(&status).ok_or_else(|| {
            error(
                status_at,
                format!(
                    "expected a status (available, reserved, sold or blocked), found `{}`",
                    super::shown(status.trim())
                ),
            )
        })?;
        rows.push(ExhibitorRow {
            number: number.trim().to_owned(),
            exhibitor: exhibitor.trim().to_owned(),
            status,
            line: line_col(text, start).0,
        });
    }
    Ok(rows)
}

/// A field's start offset and its text.
type Field = (usize, String);

/// A problem's offset and message.
type Located = (usize, String);

/// One record from byte `at`: its fields with their start offsets, and where the next record
/// starts. Quoted fields may hold commas, doubled quotes and line breaks.
fn record(text: &str, mut at: usize) -> Result<(Vec<Field>, usize), Located> {
    let bytes = text.as_bytes();
    let mut fields = Vec::new();
    loop {
        let start = at;
        let mut value = String::new();
        if bytes.get(at) == Some(&b'"') {
            at += 1;
            loop {
                let Some(end) = text[at..].find('"').map(|i| at + i) else {
                    return Err((start, "a quoted field is not closed; expected `\"`".into()));
                };
                value.push_str(&text[at..end]);
                at = end + 1;
                if bytes.get(at) == Some(&b'"') {
                    value.push('"');
                    at += 1;
                } else {
                    break;
                }
            }
            if !matches!(bytes.get(at), None | Some(b',' | b'\r' | b'\n')) {
                return Err((
                    at,
                    "expected `,` or the end of the line after a quoted field".into(),
                ));
            }
        } else {
            let end = text[at..].find([',', '\r', '\n']).map_or(text.len(), |i| at + i);
            value.push_str(&text[at..end]);
            at = end;
        }
        fields.push((start, value));
        match bytes.get(at) {
            Some(b',') => at += 1,
            Some(b'\r') if bytes.get(at + 1) == Some(&b'\n') => return Ok((fields, at + 2)),
            Some(b'\r' | b'\n') => return Ok((fields, at + 1)),
            _ => return Ok((fields, text.len())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<ExhibitorRow>, LoadError> {
        parse_exhibitor_list(text, Path::new("list.csv"))
    }

    #[test]
    fn a_spreadsheet_export_reads_as_written() {
        let text = "\u{feff}Number,Exhibitor,Status\r\n1A-001,\"杭州数智科技有限公司\",SOLD\r\n\
                    1A-002,\"Acme, \"\"Ltd\"\"\",reserved\r\n\r\n1A-003,,Available";
        let rows = parse(text).unwrap();
        let got: Vec<_> = rows
            .iter()
            .map(|r| (r.number.as_str(), r.exhibitor.as_str(), r.status, r.line))
            .collect();
        assert_eq!(
            got,
            vec![
                ("1A-001", "杭州数智科技有限公司", BoothStatus::Sold, 2),
                ("1A-002", "Acme, \"Ltd\"", BoothStatus::Reserved, 3),
                ("1A-003", "", BoothStatus::Available, 5),
            ]
        );
    }

    #[test]
    fn mistakes_are_refused_where_they_are() {
        let err = parse("1A-001,Acme,sold\n1A-002,数智,paid\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 11), "{err}");
        assert!(err.message.contains("`paid`"), "{err}");
        let err = parse("1A-001,Acme\n").unwrap_err();
        assert_eq!((err.line, err.column), (1, 1), "{err}");
        assert!(err.message.contains("found 2"), "{err}");
        let err = parse("1A-001,\"Acme,sold\n").unwrap_err();
        assert!(err.message.contains("not closed"), "{err}");
        let err = parse(",Acme,sold\n").unwrap_err();
        assert!(err.message.contains("booth number"), "{err}");
    }
}

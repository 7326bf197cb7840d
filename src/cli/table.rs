//! Aligned plain-text tables for human output: left-aligned words, right-aligned figures.

/// How a column lines up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Text: ids, names.
    Left,
    /// Figures: counts, areas.
    Right,
}

/// Lays out `rows` under `header` with two spaces between columns; no trailing spaces.
///
/// Written straight into one string: `check` prints thousands of findings this way.
pub fn render(header: &[&str], align: &[Align], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let rows = rows.iter().map(|row| row.iter().map(String::as_str).collect::<Vec<_>>());
    for row in std::iter::once(header.to_vec()).chain(rows) {
        let line_start = out.len();
        for (i, ((cell, &width), &a)) in row.iter().zip(&widths).zip(align).enumerate() {
            if i > 0 {
                out.push_str("  ");
            }
            let pad = width.saturating_sub(cell.chars().count());
            if a == Align::Right {
                out.extend(std::iter::repeat_n(' ', pad));
            }
            out.push_str(cell);
            if a == Align::Left {
                out.extend(std::iter::repeat_n(' ', pad));
            }
        }
        let kept = out[line_start..].trim_end().len();
        out.truncate(line_start + kept);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_and_figures_align_right() {
        let rows = vec![
            vec!["1A".to_owned(), "10,530 m²".to_owned()],
            vec!["Total".to_owned(), "80,000 m²".to_owned()],
            vec!["2".to_owned(), "9 m²".to_owned()],
        ];
        let text = render(&["Hall", "Area"], &[Align::Left, Align::Right], &rows);
        assert_eq!(
            text,
            "Hall        Area\n1A     10,530 m²\nTotal  80,000 m²\n2           9 m²\n"
        );
    }
}

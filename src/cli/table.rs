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
pub fn render(header: &[&str], align: &[Align], rows: &[Vec<String>]) -> String {
    let cells = |row: &[String]| row.iter().map(|c| c.chars().count()).collect::<Vec<_>>();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, n) in widths.iter_mut().zip(cells(row)) {
            *w = (*w).max(n);
        }
    }
    let header: Vec<String> = header.iter().map(|h| (*h).to_owned()).collect();
    let mut out = String::new();
    for row in std::iter::once(&header).chain(rows) {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .zip(align)
            .map(|((cell, &width), &a)| {
                let pad = " ".repeat(width.saturating_sub(cell.chars().count()));
                if a == Align::Left { format!("{cell}{pad}") } else { format!("{pad}{cell}") }
            })
            .collect();
        out.push_str(line.join("  ").trim_end());
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

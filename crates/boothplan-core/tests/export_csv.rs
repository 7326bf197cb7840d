//! The CSV booth list: one row per booth with the agreed columns, Excel-friendly UTF-8.

mod export_support;

use boothplan_core::io::export::{
    ExportError, ExportOptions, Format, export_bytes, export_to_path,
};

fn rows(bytes: &[u8]) -> Vec<csv::StringRecord> {
    let text =
        std::str::from_utf8(bytes.strip_prefix("\u{FEFF}".as_bytes()).expect("starts with a BOM"))
            .unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        [
            "number",
            "hall",
            "zone",
            "theme",
            "x_m",
            "y_m",
            "width_m",
            "height_m",
            "area_m2",
            "status",
            "exhibitor",
            "type"
        ]
    );
    reader.records().map(Result::unwrap).collect()
}

#[test]
fn one_row_per_booth_and_chinese_names_survive() {
    let layout = export_support::small_layout();
    let rows = rows(&export_bytes(&layout, Format::Csv, &export_support::options()).unwrap());
    assert_eq!(rows.len(), layout.booths.len());
    let first = &rows[0];
    assert_eq!(
        first.iter().collect::<Vec<_>>(),
        [
            "1-001",
            "1",
            "1-Z1",
            "technology",
            "3",
            "6",
            "6",
            "6",
            "36",
            "sold",
            "阿里巴巴",
            "peninsula"
        ]
    );
    assert_eq!(&rows[2][10], "");
    assert_eq!(&rows[3][10], "顺丰速运有限公司");
    assert_eq!(&rows[3][2], "1-Z2");
}

#[test]
fn names_with_commas_and_quotes_stay_one_field() {
    let mut layout = export_support::small_layout();
    layout.booths[1].exhibitor = "Acme, \"Robotics\"\nLtd".into();
    let rows = rows(&export_bytes(&layout, Format::Csv, &export_support::options()).unwrap());
    assert_eq!(&rows[1][10], "Acme, \"Robotics\"\nLtd");
}

#[test]
fn one_hall_only_and_files_written_whole() {
    let layout = export_support::three_halls();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("booths.CSV");
    let options = ExportOptions { hall: Some("1B".into()), ..export_support::options() };
    export_to_path(&layout, &out, &options).unwrap();
    let rows = rows(&std::fs::read(&out).unwrap());
    assert_eq!(
        rows.len(),
        layout.booths.iter().filter(|b| b.hall.as_deref() == Some("1B")).count()
    );
    assert!(rows.iter().all(|r| &r[1] == "1B"));
    // Nothing but the output is left in the folder (no temporary files).
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn unknown_formats_and_halls_are_refused_before_writing() {
    let layout = export_support::small_layout();
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("plan.docx");
    let err = export_to_path(&layout, &docx, &export_support::options()).unwrap_err();
    assert!(matches!(err, ExportError::UnknownFormat(_)));
    assert!(err.to_string().contains(".pdf, .png, .svg, .csv, .geojson or .html"), "{err}");
    let options = ExportOptions { hall: Some("nope".into()), ..export_support::options() };
    let err = export_to_path(&layout, &dir.path().join("plan.svg"), &options).unwrap_err();
    assert_eq!(err.to_string(), "no hall with id \"nope\" in this layout");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    let missing_dir = dir.path().join("no/such/dir/plan.svg");
    let err = export_to_path(&layout, &missing_dir, &export_support::options()).unwrap_err();
    assert!(matches!(err, ExportError::Write { .. }), "{err}");
}

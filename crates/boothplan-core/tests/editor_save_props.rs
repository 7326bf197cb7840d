//! Property: whatever the editor can make, the file holds. Random gestures with every tool,
//! anywhere on the floor (inside either hall, across both, outside every hall), then Save and
//! Open through the document: the layout read back equals the one on screen, and `check`
//! reports an object drawn outside every hall instead of the file being refused.

mod editor_support;

use boothplan_core::check::{Rule, check_layout};
use boothplan_core::editor::{Document, EditorKey, Modifiers, Nudge, ObjectRef, Selection, Tool};
use boothplan_core::model::Point;
use editor_support::{click, drag_tool, pt};
use proptest::prelude::*;

/// One thing a planner does with the mouse or keyboard.
#[derive(Clone, Debug)]
enum Gesture {
    /// Press, drag and release with a tool (Select moves, resizes or bands; the others draw).
    Drag(Tool, Point, Point),
    /// A click with a tool (drops a booth or a column, picks, places a hall corner).
    Click(Tool, Point),
    /// A double-click (closes a hall polygon, adds or removes a hall corner).
    DoubleClick(Point),
    /// A key the editor takes.
    Key(EditorKey),
    /// Select all, copy and paste at a point (or beside the copies).
    CopyPaste(Option<Point>),
    /// Select all and duplicate.
    Duplicate,
    /// Delete, an arrow key or R on the selection, as the menu commands run them, or a hall
    /// deleted.
    EditSelection(u8),
}

fn tool() -> impl Strategy<Value = Tool> {
    prop_oneof![
        Just(Tool::Select),
        Just(Tool::Hall),
        Just(Tool::Column),
        Just(Tool::Zone),
        Just(Tool::Booth),
        Just(Tool::Exit)
    ]
}

/// Anywhere from well left of hall 1A to well right of hall 1B and below both: inside, across
/// and outside the halls (1A spans x 0–60, 1B x 70–130, both y 0–40).
fn point() -> impl Strategy<Value = Point> {
    (-40i32..170, -20i32..70).prop_map(|(x, y)| pt(f64::from(x) + 0.5, f64::from(y) + 0.5))
}

fn key() -> impl Strategy<Value = EditorKey> {
    prop_oneof![Just(EditorKey::Enter), Just(EditorKey::Escape), Just(EditorKey::Backspace),]
}

fn gesture() -> impl Strategy<Value = Gesture> {
    prop_oneof![
        4 => (tool(), point(), point()).prop_map(|(t, a, b)| Gesture::Drag(t, a, b)),
        3 => (tool(), point()).prop_map(|(t, a)| Gesture::Click(t, a)),
        1 => point().prop_map(Gesture::DoubleClick),
        1 => key().prop_map(Gesture::Key),
        1 => proptest::option::of(point()).prop_map(Gesture::CopyPaste),
        1 => Just(Gesture::Duplicate),
        1 => (0u8..5).prop_map(Gesture::EditSelection),
    ]
}

fn perform(doc: &mut editor_support::Editor, gesture: &Gesture) {
    match gesture {
        Gesture::Drag(tool, from, to) => drag_tool(doc, *tool, *from, *to, Modifiers::NONE),
        Gesture::Click(tool, at) => click(doc, *tool, *at, Modifiers::NONE),
        Gesture::DoubleClick(at) => {
            let tool = doc.tools.tool();
            click(doc, tool, *at, Modifiers::NONE);
            click(doc, tool, *at, Modifiers::NONE);
            doc.double_clicked(*at);
        }
        Gesture::Key(key) => {
            doc.key(*key, Modifiers::NONE);
        }
        Gesture::CopyPaste(at) => {
            doc.select_all();
            doc.copy();
            doc.paste(*at);
        }
        Gesture::Duplicate => {
            doc.select_all();
            doc.duplicate_selection();
        }
        Gesture::EditSelection(what) => match what {
            0 => doc.delete_selection(),
            1 => doc.nudge(Nudge::Left, false),
            2 => doc.nudge(Nudge::Down, true),
            3 => doc.rotate_selection(),
            _ if doc.layout().halls.is_empty() => {}
            _ => {
                // A hall deleted from under its booths.
                doc.set_selection(Selection::of([ObjectRef::hall(0)]));
                doc.delete_selection();
            }
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn whatever_the_editor_makes_saves_and_opens_equal(
        gestures in proptest::collection::vec(gesture(), 1..14),
    ) {
        let mut doc = editor_support::unlocked_doc();
        for g in &gestures {
            perform(&mut doc, g);
        }
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("drawn.ron");
        doc.save_as(&file).unwrap();
        let mut reopened = Document::new(boothplan_core::model::Layout::default(), None);
        let opened = reopened.open(&file);
        prop_assert!(opened.is_ok(), "the saved file is refused: {:?}", opened.err());
        prop_assert_eq!(reopened.layout(), doc.layout());

        // Every object that names no hall is reported, never silently accepted.
        let layout = doc.layout();
        let homeless: Vec<&str> = layout
            .booths
            .iter()
            .filter(|b| b.hall.is_none())
            .map(|b| b.id.as_str())
            .chain(layout.zones.iter().filter(|z| z.hall.is_none()).map(|z| z.id.as_str()))
            .chain(layout.columns.iter().filter(|c| c.hall.is_none()).map(|c| c.id.as_str()))
            .collect();
        let findings = check_layout(layout);
        for id in homeless {
            prop_assert!(
                findings.iter().any(|f| f.rule == Rule::OutsideHall && f.ids == [id]),
                "{id} stands in no hall but is not reported"
            );
        }
    }
}

#[test]
fn a_booth_dropped_outside_every_hall_saves_opens_and_is_reported() {
    let mut doc = editor_support::unlocked_doc();
    click(&mut doc, Tool::Booth, pt(-20.5, 50.5), Modifiers::NONE);
    let booth = doc.layout().booths.last().unwrap().clone();
    assert_eq!(booth.hall, None, "no hall under it");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("outside.ron");
    doc.save_as(&file).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text.lines().find(|l| l.contains(&format!("\"{}\"", booth.id))).unwrap();
    assert!(!line.contains("hall:"), "no hall written: {line}");
    let reopened = boothplan_core::io::ron_file::load_layout(&file).unwrap();
    assert_eq!(&reopened, doc.layout());
    let outside: Vec<_> =
        check_layout(&reopened).into_iter().filter(|f| f.rule == Rule::OutsideHall).collect();
    assert_eq!(outside.len(), 1);
    assert_eq!(outside[0].ids, vec![booth.id.clone()]);
    assert_eq!(outside[0].message, format!("Booth {} stands in no hall.", booth.id));
}

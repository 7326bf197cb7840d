//! Property: any sequence of edits undoes back to the original layout step by step, redoes to
//! the final one, keeps the selection valid and the live findings equal to a fresh check.
#![expect(clippy::many_single_char_names, reason = "x, y, a, b: coordinates of generated gestures")]

mod editor_support;

use boothplan_core::check::check_layout;
use boothplan_core::editor::{
    Document, EditorKey, FieldValue, Handle, Modifiers, Nudge, ObjectRef, Selection, Tool,
};
use boothplan_core::model::{BoothStatus, Layout, ObjectKind, Point, Rect};
use editor_support::{click, drag_tool, drag_without_release, pt, small_fair, unlocked_doc};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    Select(ObjectKind, usize, bool),
    SelectAll,
    Move(i8, i8),
    Nudge(u8, bool),
    Resize(usize, usize, i8, i8),
    Rotate,
    Delete,
    Duplicate,
    CopyPaste(Option<(i8, i8)>),
    DropBooth(i8, i8),
    DrawZone(i8, i8, i8, i8),
    DropColumn(i8, i8),
    SetBooth(usize, u8),
    /// A bulk edit from the inspector: one field written into every selected object.
    SetSelected(u8),
    HallVertex(usize, u8, i8, i8),
    Drag(i8, i8, i8, i8, bool),
    CancelledDrag(i8, i8, i8, i8),
}

fn kind() -> impl Strategy<Value = ObjectKind> {
    prop_oneof![
        Just(ObjectKind::Hall),
        Just(ObjectKind::Column),
        Just(ObjectKind::Zone),
        Just(ObjectKind::Booth),
        Just(ObjectKind::Booth),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let c = || -5i8..70;
    prop_oneof![
        (kind(), 0usize..6, any::<bool>()).prop_map(|(k, i, add)| Op::Select(k, i, add)),
        Just(Op::SelectAll),
        (-4i8..5, -4i8..5).prop_map(|(x, y)| Op::Move(x, y)),
        (0u8..4, any::<bool>()).prop_map(|(d, big)| Op::Nudge(d, big)),
        (0usize..6, 0usize..8, c(), c()).prop_map(|(i, h, x, y)| Op::Resize(i, h, x, y)),
        Just(Op::Rotate),
        Just(Op::Delete),
        Just(Op::Duplicate),
        proptest::option::of((c(), c())).prop_map(Op::CopyPaste),
        (c(), c()).prop_map(|(x, y)| Op::DropBooth(x, y)),
        (c(), c(), c(), c()).prop_map(|(a, b, x, y)| Op::DrawZone(a, b, x, y)),
        (c(), c()).prop_map(|(x, y)| Op::DropColumn(x, y)),
        (0usize..6, any::<u8>()).prop_map(|(i, v)| Op::SetBooth(i, v)),
        any::<u8>().prop_map(Op::SetSelected),
        (0usize..3, any::<u8>(), c(), c()).prop_map(|(h, v, x, y)| Op::HallVertex(h, v, x, y)),
        (c(), c(), c(), c(), any::<bool>()).prop_map(|(a, b, x, y, alt)| Op::Drag(a, b, x, y, alt)),
        (c(), c(), c(), c()).prop_map(|(a, b, x, y)| Op::CancelledDrag(a, b, x, y)),
    ]
}

fn p(x: i8, y: i8) -> Point {
    // Half-metre offsets so presses land inside booths as well as on grid lines.
    pt(f64::from(x) + 0.5, f64::from(y) * 0.6 + 0.5)
}

fn run(doc: &mut editor_support::Editor, op: &Op) {
    let len = |doc: &Document, k| match k {
        ObjectKind::Hall => doc.layout().halls.len(),
        ObjectKind::Column => doc.layout().columns.len(),
        ObjectKind::Zone => doc.layout().zones.len(),
        ObjectKind::Booth => doc.layout().booths.len(),
        ObjectKind::Exit => doc.layout().exits.len(),
    };
    match *op {
        Op::Select(k, i, add) => {
            let n = len(doc, k);
            if n > 0 {
                let mut s = if add { doc.selection().clone() } else { Selection::default() };
                s.insert(ObjectRef::new(k, i % n));
                doc.set_selection(s);
            }
        }
        Op::SelectAll => doc.select_all(),
        Op::Move(x, y) => doc.move_selection(f64::from(x), f64::from(y) * 1.5),
        Op::Nudge(d, big) => {
            let dir = [Nudge::Left, Nudge::Right, Nudge::Up, Nudge::Down][usize::from(d)];
            doc.nudge(dir, big);
        }
        Op::Resize(i, h, x, y) => {
            let n = len(doc, ObjectKind::Booth);
            if n > 0 {
                doc.resize(ObjectRef::booth(i % n), Handle::ALL[h], p(x, y));
            }
        }
        Op::Rotate => doc.rotate_selection(),
        Op::Delete => doc.delete_selection(),
        Op::Duplicate => doc.duplicate_selection(),
        Op::CopyPaste(at) => {
            doc.copy();
            doc.paste(at.map(|(x, y)| p(x, y)));
        }
        Op::DropBooth(x, y) => click(doc, Tool::Booth, p(x, y), Modifiers::NONE),
        Op::DrawZone(a, b, x, y) => drag_tool(doc, Tool::Zone, p(a, b), p(x, y), Modifiers::NONE),
        Op::DropColumn(x, y) => click(doc, Tool::Column, p(x, y), Modifiers::NONE),
        Op::SetBooth(i, v) => {
            let n = len(doc, ObjectKind::Booth);
            if n > 0 {
                let i = i % n;
                match v % 4 {
                    0 => doc.set_field(
                        &[ObjectRef::booth(i)],
                        &FieldValue::BoothNumber(format!("1A-{v:03}")),
                    ),
                    1 => doc.set_field(
                        &[ObjectRef::booth(i)],
                        &FieldValue::Status(BoothStatus::ALL[usize::from(v) % 3]),
                    ),
                    2 => doc.set_field(
                        &[ObjectRef::booth(i)],
                        &FieldValue::Exhibitor(format!("Exhibitor {v}")),
                    ),
                    _ => doc.set_field(
                        &[ObjectRef::booth(i)],
                        &FieldValue::Rect(Rect::new(f64::from(v % 50), 5.0, 3.0, 3.0)),
                    ),
                }
            }
        }
        Op::SetSelected(v) => {
            let selected: Vec<ObjectRef> = doc.selection().iter().collect();
            let value = match v % 4 {
                0 => FieldValue::Theme(["technology", "logistics"][usize::from(v) % 2].into()),
                1 => FieldValue::Status(BoothStatus::ALL[usize::from(v) % BoothStatus::ALL.len()]),
                2 => FieldValue::Exhibitor(format!("Exhibitor {v}")),
                _ => FieldValue::BoothNumber(format!("1A-{v:03}")),
            };
            doc.set_field(&selected, &value);
        }
        Op::HallVertex(h, v, x, y) => {
            let n = len(doc, ObjectKind::Hall);
            if n > 0 {
                let h = h % n;
                let vertices = doc.layout().halls[h].outline.len();
                let vtx = usize::from(v) % vertices;
                match v % 3 {
                    0 => doc.move_hall_vertex(h, vtx, p(x, y)),
                    1 => doc.insert_hall_vertex(h, vtx, p(x, y)),
                    _ => doc.remove_hall_vertex(h, vtx),
                }
            }
        }
        Op::Drag(a, b, x, y, alt) => {
            let m = if alt { Modifiers::ALT } else { Modifiers::NONE };
            drag_tool(doc, Tool::Select, p(a, b), p(x, y), m);
        }
        Op::CancelledDrag(a, b, x, y) => {
            drag_without_release(doc, Tool::Select, p(a, b), p(x, y));
            doc.key(EditorKey::Escape, Modifiers::NONE);
            doc.pointer_released(p(x, y));
        }
    }
}

fn assert_consistent(doc: &Document) {
    assert_eq!(doc.findings(), check_layout(doc.layout()).as_slice(), "live findings drifted");
    for r in doc.selection().iter() {
        assert!(r.get(doc.layout()).is_some(), "selection names a missing {r:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_edit_sequence_undoes_and_redoes_exactly(ops in proptest::collection::vec(op(), 1..40)) {
        let mut doc = unlocked_doc();
        let mut states: Vec<Layout> = vec![small_fair()];
        for op in &ops {
            run(&mut doc, op);
            assert_consistent(&doc);
            if doc.layout() != states.last().unwrap() {
                states.push(doc.layout().clone());
            }
        }
        // Each recorded step is exactly one change of the layout, so undo walks back the states.
        for expected in states.iter().rev().skip(1) {
            prop_assert!(doc.can_undo());
            doc.undo();
            assert_consistent(&doc);
            prop_assert_eq!(doc.layout(), expected);
        }
        prop_assert!(!doc.can_undo());
        prop_assert!(!doc.is_dirty());
        for expected in states.iter().skip(1) {
            prop_assert!(doc.can_redo());
            doc.redo();
            assert_consistent(&doc);
            prop_assert_eq!(doc.layout(), expected);
        }
        prop_assert!(!doc.can_redo());
        prop_assert_eq!(doc.is_dirty(), states.len() > 1);
    }
}

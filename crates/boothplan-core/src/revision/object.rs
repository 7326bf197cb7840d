//! What the diff and the merge need to know of each kind of object: its id, where it is, how to
//! describe a change of it and how to merge it property by property.

use super::fields::Fields;
use super::words;
use super::{ChangeKind, Object, Subject};
use crate::model::{Booth, Column, Exit, Hall, Point, Rect, Theme, Zone};

/// One property change: what kind, from what, to what (in plain words).
pub(crate) type PropertyChange = (ChangeKind, String, String);

/// A booth's place, theme and hall, exactly: two booths with the same spot are the same booth
/// under two numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Spot<'a> {
    rect: [u64; 4],
    theme: &'a str,
    hall: Option<&'a str>,
}

/// An object of a layout list, as compared and merged.
pub(crate) trait Versioned: Clone + PartialEq {
    /// Which list it is in.
    const SUBJECT: Subject;
    /// Its id (a theme's key).
    fn id(&self) -> &str;
    /// Where a booth stands, for recognising renumbering; `None` for anything else.
    fn spot(&self) -> Option<Spot<'_>> {
        None
    }
    /// Its bounding box, for a view to show it.
    fn place(&self) -> Option<Rect>;
    /// Each property that differs from `old`, in a fixed order.
    fn changes(old: &Self, new: &Self, out: &mut Vec<PropertyChange>);
    /// The three-way merge of its properties; conflicting ones are noted in `fields`.
    fn merge_fields(base: &Self, ours: &Self, theirs: &Self, fields: &mut Fields) -> Self;
    /// The object as a conflict record shows it.
    fn to_object(&self) -> Object;
}

/// `-0.0` and `0.0` are the same place.
fn bits(v: f64) -> u64 {
    (v + 0.0).to_bits()
}

fn push_if<T: PartialEq>(
    out: &mut Vec<PropertyChange>,
    kind: ChangeKind,
    old: &T,
    new: &T,
    word: impl Fn(&T) -> String,
) {
    if old != new {
        out.push((kind, word(old), word(new)));
    }
}

fn rect_changes(old: &Rect, new: &Rect, out: &mut Vec<PropertyChange>) {
    if (old.x_m, old.y_m) != (new.x_m, new.y_m) {
        out.push((
            ChangeKind::Moved,
            words::position(old.x_m, old.y_m),
            words::position(new.x_m, new.y_m),
        ));
    }
    if (old.width_m, old.height_m) != (new.width_m, new.height_m) {
        out.push((ChangeKind::Resized, words::size(old), words::size(new)));
    }
}

fn outline_changes(old: &[Point], new: &[Point], out: &mut Vec<PropertyChange>) {
    if old == new {
        return;
    }
    let kind = if words::common_shift(old, new).is_some() {
        ChangeKind::Moved
    } else {
        ChangeKind::Reshaped
    };
    out.push((kind, words::outline(old), words::outline(new)));
}

#[expect(
    clippy::ref_option,
    reason = "it is handed to `push_if` as `Fn(&T)` for T = Option<String>"
)]
fn hall_word(hall: &Option<String>) -> String {
    words::hall(hall.as_deref())
}

impl Versioned for Theme {
    const SUBJECT: Subject = Subject::Theme;
    fn id(&self) -> &str {
        &self.key
    }
    fn place(&self) -> Option<Rect> {
        None
    }
    fn changes(old: &Self, new: &Self, out: &mut Vec<PropertyChange>) {
        push_if(out, ChangeKind::Renamed, &old.name, &new.name, Clone::clone);
        push_if(out, ChangeKind::Recoloured, &old.colour, &new.colour, ToString::to_string);
    }
    fn merge_fields(b: &Self, o: &Self, t: &Self, f: &mut Fields) -> Self {
        Theme {
            key: f.pick("key", &b.key, &o.key, &t.key),
            name: f.pick("name", &b.name, &o.name, &t.name),
            colour: f.pick("colour", &b.colour, &o.colour, &t.colour),
            target_area_m2: f.pick(
                "target_area_m2",
                &b.target_area_m2,
                &o.target_area_m2,
                &t.target_area_m2,
            ),
        }
    }
    fn to_object(&self) -> Object {
        Object::Theme(self.clone())
    }
}

impl Versioned for Hall {
    const SUBJECT: Subject = Subject::Hall;
    fn id(&self) -> &str {
        &self.id
    }
    fn place(&self) -> Option<Rect> {
        self.bounds()
    }
    fn changes(old: &Self, new: &Self, out: &mut Vec<PropertyChange>) {
        push_if(out, ChangeKind::Renamed, &old.name, &new.name, Clone::clone);
        let sprinklers = |on: &bool| if *on { "sprinklered" } else { "no sprinklers" }.to_owned();
        push_if(out, ChangeKind::Setting, &old.sprinklered, &new.sprinklered, sprinklers);
        outline_changes(&old.outline, &new.outline, out);
    }
    fn merge_fields(b: &Self, o: &Self, t: &Self, f: &mut Fields) -> Self {
        Hall {
            id: f.pick("id", &b.id, &o.id, &t.id),
            name: f.pick("name", &b.name, &o.name, &t.name),
            sprinklered: f.pick("sprinklered", &b.sprinklered, &o.sprinklered, &t.sprinklered),
            outline: f.pick("outline", &b.outline, &o.outline, &t.outline),
        }
    }
    fn to_object(&self) -> Object {
        Object::Hall(self.clone())
    }
}

impl Versioned for Column {
    const SUBJECT: Subject = Subject::Column;
    fn id(&self) -> &str {
        &self.id
    }
    fn place(&self) -> Option<Rect> {
        self.bounds()
    }
    fn changes(old: &Self, new: &Self, out: &mut Vec<PropertyChange>) {
        push_if(out, ChangeKind::Hall, &old.hall, &new.hall, hall_word);
        outline_changes(&old.outline, &new.outline, out);
    }
    fn merge_fields(b: &Self, o: &Self, t: &Self, f: &mut Fields) -> Self {
        Column {
            id: f.pick("id", &b.id, &o.id, &t.id),
            hall: f.pick("hall", &b.hall, &o.hall, &t.hall),
            outline: f.pick("outline", &b.outline, &o.outline, &t.outline),
        }
    }
    fn to_object(&self) -> Object {
        Object::Column(self.clone())
    }
}

impl Versioned for Exit {
    const SUBJECT: Subject = Subject::Exit;
    fn id(&self) -> &str {
        &self.id
    }
    fn place(&self) -> Option<Rect> {
        Some(self.bounds())
    }
    fn changes(old: &Self, new: &Self, out: &mut Vec<PropertyChange>) {
        push_if(out, ChangeKind::Hall, &old.hall, &new.hall, hall_word);
        outline_changes(&[old.from, old.to], &[new.from, new.to], out);
    }
    fn merge_fields(b: &Self, o: &Self, t: &Self, f: &mut Fields) -> Self {
        // The two ends are one property: a door moved on one side and widened on the other
        // is a conflict, not a door with one end from each.
        let ends = |e: &Self| [e.from, e.to];
        let [from, to] = f.pick("ends", &ends(b), &ends(o), &ends(t));
        Exit {
            id: f.pick("id", &b.id, &o.id, &t.id),
            hall: f.pick("hall", &b.hall, &o.hall, &t.hall),
            from,
            to,
        }
    }
    fn to_object(&self) -> Object {
        Object::Exit(self.clone())
    }
}

impl Versioned for Zone {
    const SUBJECT: Subject = Subject::Zone;
    fn id(&self) -> &str {
        &self.id
    }
    fn place(&self) -> Option<Rect> {
        Some(self.rect)
    }
    fn changes(old: &Self, new: &Self, out: &mut Vec<PropertyChange>) {
        push_if(out, ChangeKind::Renamed, &old.name, &new.name, Clone::clone);
        push_if(out, ChangeKind::Hall, &old.hall, &new.hall, hall_word);
        push_if(out, ChangeKind::Rethemed, &old.theme, &new.theme, Clone::clone);
        rect_changes(&old.rect, &new.rect, out);
    }
    fn merge_fields(b: &Self, o: &Self, t: &Self, f: &mut Fields) -> Self {
        Zone {
            id: f.pick("id", &b.id, &o.id, &t.id),
            hall: f.pick("hall", &b.hall, &o.hall, &t.hall),
            theme: f.pick("theme", &b.theme, &o.theme, &t.theme),
            name: f.pick("name", &b.name, &o.name, &t.name),
            rect: f.pick("rect", &b.rect, &o.rect, &t.rect),
        }
    }
    fn to_object(&self) -> Object {
        Object::Zone(self.clone())
    }
}

impl Versioned for Booth {
    const SUBJECT: Subject = Subject::Booth;
    fn id(&self) -> &str {
        &self.id
    }
    fn spot(&self) -> Option<Spot<'_>> {
        let r = &self.rect;
        Some(Spot {
            rect: [bits(r.x_m), bits(r.y_m), bits(r.width_m), bits(r.height_m)],
            theme: &self.theme,
            hall: self.hall.as_deref(),
        })
    }
    fn place(&self) -> Option<Rect> {
        Some(self.rect)
    }
    fn changes(old: &Self, new: &Self, out: &mut Vec<PropertyChange>) {
        push_if(out, ChangeKind::Renumbered, &old.id, &new.id, Clone::clone);
        push_if(out, ChangeKind::Hall, &old.hall, &new.hall, hall_word);
        push_if(out, ChangeKind::Rethemed, &old.theme, &new.theme, Clone::clone);
        rect_changes(&old.rect, &new.rect, out);
        push_if(out, ChangeKind::Status, &old.status, &new.status, ToString::to_string);
        push_if(out, ChangeKind::Exhibitor, &old.exhibitor, &new.exhibitor, |e| {
            words::exhibitor(e)
        });
    }
    fn merge_fields(b: &Self, o: &Self, t: &Self, f: &mut Fields) -> Self {
        Booth {
            id: f.pick("number", &b.id, &o.id, &t.id),
            hall: f.pick("hall", &b.hall, &o.hall, &t.hall),
            theme: f.pick("theme", &b.theme, &o.theme, &t.theme),
            rect: f.pick("rect", &b.rect, &o.rect, &t.rect),
            status: f.pick("status", &b.status, &o.status, &t.status),
            exhibitor: f.pick("exhibitor", &b.exhibitor, &o.exhibitor, &t.exhibitor),
        }
    }
    fn to_object(&self) -> Object {
        Object::Booth(self.clone())
    }
}

//! The one list of things a planner can ask for: it drives the menus, the shortcuts and the
//! Help ▸ Shortcuts window, so a menu item and its key can never disagree (Rerun's `UICommand`).

use egui::{Key, KeyboardShortcut, Modifiers};

/// One command of the app. Menu items, toolbar buttons and shortcuts only ever queue these;
/// the app applies the queue once per frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumIter)]
pub enum UiCommand {
    /// Start an empty layout.
    New,
    /// Open a layout file.
    Open,
    /// Save to the current file (or ask where, if it has none).
    Save,
    /// Save to a new file.
    SaveAs,
    /// Export a floor plan or booth list.
    Export,
    /// Give booths exhibitors and statuses from a CSV list.
    ImportExhibitors,
    /// Start a layout from a venue drawing (DXF): halls, columns and exits by layer.
    ImportDrawing,
    /// Put an image of the venue's drawing under the plan and calibrate it.
    PlaceBackground,
    /// Compare the open layout with another version of it, drawn over the plan.
    CompareWith,
    /// Compare the open layout with a git revision of its file (`HEAD`, `HEAD~1`, a branch).
    CompareWithRevision,
    /// Leave the app (asks first when there are unsaved changes).
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Copy the selection and delete it.
    Cut,
    /// Copy the selection.
    Copy,
    /// Paste what was copied.
    Paste,
    /// Duplicate the selection beside itself.
    Duplicate,
    /// Delete the selection.
    Delete,
    /// Select every object.
    SelectAll,
    /// Find a booth by number or exhibitor.
    Find,
    /// Rotate the selected booths by 90°.
    Rotate,
    /// Fill the selected zone with numbered booths.
    FillZone,
    /// Number the selected booths again.
    Renumber,
    /// Currency, prices, premiums and theme targets.
    LayoutSettings,
    /// Bring the selected objects' left edges to the leftmost.
    AlignLeft,
    /// Bring the selected objects' centres to one vertical line.
    AlignCentre,
    /// Bring the selected objects' right edges to the rightmost.
    AlignRight,
    /// Bring the selected objects' top edges to the topmost.
    AlignTop,
    /// Bring the selected objects' centres to one horizontal line.
    AlignMiddle,
    /// Bring the selected objects' bottom edges to the bottommost.
    AlignBottom,
    /// Make the gaps between the selected objects equal from left to right.
    DistributeHorizontally,
    /// Make the gaps between the selected objects equal from top to bottom.
    DistributeVertically,
    /// Move the selection one grid step left.
    NudgeLeft,
    /// Move the selection one grid step right.
    NudgeRight,
    /// Move the selection one grid step up the page.
    NudgeUp,
    /// Move the selection one grid step down the page.
    NudgeDown,
    /// Move the selection ten grid steps left.
    NudgeLeftFar,
    /// Move the selection ten grid steps right.
    NudgeRightFar,
    /// Move the selection ten grid steps up the page.
    NudgeUpFar,
    /// Move the selection ten grid steps down the page.
    NudgeDownFar,
    /// Close Find, else cancel what is in progress, else clear the selection.
    Cancel,
    /// Show the whole layout.
    FitAll,
    /// Show the selection.
    ZoomToSelection,
    /// Zoom in about the centre of the view.
    ZoomIn,
    /// Zoom out about the centre of the view.
    ZoomOut,
    /// Show or hide the grid.
    ToggleGrid,
    /// Show or hide the legend.
    ToggleLegend,
    /// Show or hide the walking distance to the exits.
    ToggleWalkingDistance,
    /// Turn snapping to the grid on or off.
    ToggleSnap,
    /// Turn snapping to neighbours' edges, centres and aisle gaps on or off.
    ToggleObjectSnap,
    /// The Select tool.
    ToolSelect,
    /// The Hall tool.
    ToolHall,
    /// The Column tool.
    ToolColumn,
    /// The Zone tool.
    ToolZone,
    /// The Booth tool.
    ToolBooth,
    /// The Exit tool: doors on hall walls.
    ToolExit,
    /// The Fill tool: drag an area of a hall to fill it with booths.
    ToolFill,
    /// Show the list of shortcuts.
    Shortcuts,
}

/// Which menu a command belongs to, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuGroup {
    /// File menu.
    File,
    /// Edit menu.
    Edit,
    /// View menu.
    View,
    /// Arrange menu: align and distribute.
    Arrange,
    /// Tools menu.
    Tools,
    /// Help menu.
    Help,
    /// Keyboard only (nudges, Esc).
    KeyboardOnly,
}

const fn key(k: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, k)
}

const fn cmd(k: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, k)
}

const fn shift(k: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::SHIFT, k)
}

const fn alt(k: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::ALT, k)
}

const fn alt_shift(k: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::ALT.plus(Modifiers::SHIFT), k)
}

const fn cmd_shift(k: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), k)
}

impl UiCommand {
    /// Every command, in menu order (the order of the declaration: derived, never kept by hand).
    pub fn all() -> impl Iterator<Item = UiCommand> {
        <Self as strum::IntoEnumIterator>::iter()
    }

    /// The label of the menu item or button.
    #[must_use]
    pub fn text(self) -> &'static str {
        match self {
            Self::New => "New",
            Self::Open => "Open…",
            Self::Save => "Save",
            Self::SaveAs => "Save As…",
            Self::Export => "Export…",
            Self::ImportExhibitors => "Import exhibitors…",
            Self::ImportDrawing => "Import drawing…",
            Self::PlaceBackground => "Place background plan…",
            Self::CompareWith => "Compare with…",
            Self::CompareWithRevision => "Compare with revision…",
            Self::Quit => "Quit",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::Cut => "Cut",
            Self::Copy => "Copy",
            Self::Paste => "Paste",
            Self::Duplicate => "Duplicate",
            Self::Delete => "Delete",
            Self::SelectAll => "Select all",
            Self::Find => "Find…",
            Self::Rotate => "Rotate 90°",
            Self::FillZone => "Fill zone with booths…",
            Self::Renumber => "Renumber selection…",
            Self::LayoutSettings => "Layout settings…",
            Self::AlignLeft => "Align left",
            Self::AlignCentre => "Align centres",
            Self::AlignRight => "Align right",
            Self::AlignTop => "Align top",
            Self::AlignMiddle => "Align middles",
            Self::AlignBottom => "Align bottom",
            Self::DistributeHorizontally => "Distribute horizontally",
            Self::DistributeVertically => "Distribute vertically",
            Self::NudgeLeft => "Nudge left",
            Self::NudgeRight => "Nudge right",
            Self::NudgeUp => "Nudge up",
            Self::NudgeDown => "Nudge down",
            Self::NudgeLeftFar => "Nudge left ×10",
            Self::NudgeRightFar => "Nudge right ×10",
            Self::NudgeUpFar => "Nudge up ×10",
            Self::NudgeDownFar => "Nudge down ×10",
            Self::Cancel => "Cancel",
            Self::FitAll => "Fit all",
            Self::ZoomToSelection => "Zoom to selection",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ToggleGrid => "Grid",
            Self::ToggleLegend => "Legend",
            Self::ToggleWalkingDistance => "Walking distance to exits",
            Self::ToggleSnap => "Snap to grid",
            Self::ToggleObjectSnap => "Snap to objects",
            Self::ToolSelect => "Select",
            Self::ToolHall => "Hall",
            Self::ToolColumn => "Column",
            Self::ToolZone => "Zone",
            Self::ToolBooth => "Booth",
            Self::ToolExit => "Exit",
            Self::ToolFill => "Fill area",
            Self::Shortcuts => "Shortcuts",
        }
    }

    /// A sentence saying what the command does, for tooltips and the Shortcuts window.
    #[must_use]
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::New => "Start an empty layout",
            Self::Open => "Open a layout file (.ron)",
            Self::Save => "Save the layout (checks it first)",
            Self::SaveAs => "Save the layout to a new file",
            Self::Export => "Export a floor plan (PDF, PNG, SVG), booth list (CSV) or GeoJSON",
            Self::ImportExhibitors => {
                "Give booths exhibitors and statuses from a CSV of number,exhibitor,status"
            }
            Self::ImportDrawing => {
                "Start a new layout from a venue drawing (DXF): choose which layers are halls, \
                 columns and exits"
            }
            Self::PlaceBackground => {
                "Put the venue's drawing (PNG or JPEG) under the plan, then click two points and \
                 type their distance to bring it to scale"
            }
            Self::CompareWith => {
                "Compare with another version of this layout: what was added, removed, moved or \
                 changed, drawn over the plan"
            }
            Self::CompareWithRevision => {
                "Compare with the file as git holds it in a revision: HEAD, HEAD~1, a branch or a tag"
            }
            Self::Quit => "Close boothplan",
            Self::Undo => "Undo the last change",
            Self::Redo => "Redo the last undone change",
            Self::Cut => "Copy the selection and remove it",
            Self::Copy => "Copy the selection",
            Self::Paste => "Paste the copied objects",
            Self::Duplicate => "Make a copy of the selection beside it",
            Self::Delete => "Remove the selection",
            Self::SelectAll => "Select every object",
            Self::Find => "Find booths by number or exhibitor; Enter steps through them",
            Self::Rotate => "Turn the selected booths by 90° about their centres",
            Self::FillZone => {
                "Fill the selected zone with numbered booths and aisles, previewed before Apply"
            }
            Self::Renumber => {
                "Number the selected booths (or every booth of a selected hall) again with a pattern"
            }
            Self::LayoutSettings => "Set the currency, prices per m², premiums and theme targets",
            Self::AlignLeft => "Line the selected objects' left edges up with the leftmost",
            Self::AlignCentre => "Centre the selected objects on one vertical line",
            Self::AlignRight => "Line the selected objects' right edges up with the rightmost",
            Self::AlignTop => "Line the selected objects' top edges up with the topmost",
            Self::AlignMiddle => "Centre the selected objects on one horizontal line",
            Self::AlignBottom => "Line the selected objects' bottom edges up with the bottommost",
            Self::DistributeHorizontally => {
                "Space three or more selected objects with equal gaps from left to right"
            }
            Self::DistributeVertically => {
                "Space three or more selected objects with equal gaps from top to bottom"
            }
            Self::NudgeLeft | Self::NudgeRight | Self::NudgeUp | Self::NudgeDown => {
                "Move the selection by one grid step"
            }
            Self::NudgeLeftFar | Self::NudgeRightFar | Self::NudgeUpFar | Self::NudgeDownFar => {
                "Move the selection by ten grid steps"
            }
            Self::Cancel => "Close Find, cancel the drawing in progress, or clear the selection",
            Self::FitAll => "Show the whole layout",
            Self::ZoomToSelection => "Show the selected objects",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ToggleGrid => "Show or hide the metric grid",
            Self::ToggleLegend => "Show or hide the key to theme colours and sales statuses",
            Self::ToggleWalkingDistance => {
                "Colour the floor by the walk to the nearest exit (red at the limit), with a line \
                 every 10 m and each hall's farthest walk marked"
            }
            Self::ToggleSnap => "Snap to the grid while drawing and dragging (hold Alt to bypass)",
            Self::ToggleObjectSnap => {
                "Line edges and centres up with neighbours and stop one aisle from booths while \
                 dragging, with guides and gaps in metres (hold Alt to bypass)"
            }
            Self::ToolSelect => {
                "Select, move and resize objects; drag on empty floor to select many"
            }
            Self::ToolHall => "Draw a hall: click its corners, double-click or Enter to close",
            Self::ToolColumn => "Mark a column or other no-build area by dragging a rectangle",
            Self::ToolZone => "Drag a themed zone; its theme comes from the palette",
            Self::ToolBooth => "Click to drop a booth of the chosen size, or drag any size",
            Self::ToolExit => {
                "Click a hall's wall to put a 2 m door there, or drag along the wall for its width"
            }
            Self::ToolFill => "Drag an area of a hall to fill it with booths, with a preview first",
            Self::Shortcuts => "List every keyboard shortcut",
        }
    }

    /// Every key that runs the command, the one shown in menus first.
    #[must_use]
    pub fn kb_shortcuts(self) -> Vec<KeyboardShortcut> {
        match self {
            Self::New => vec![cmd(Key::N)],
            Self::Open => vec![cmd(Key::O)],
            Self::Save => vec![cmd(Key::S)],
            Self::SaveAs => vec![cmd_shift(Key::S)],
            Self::Export => vec![cmd(Key::E)],
            Self::ImportExhibitors
            | Self::ImportDrawing
            | Self::PlaceBackground
            | Self::LayoutSettings
            | Self::CompareWith
            | Self::CompareWithRevision => vec![],
            Self::Quit => vec![cmd(Key::Q)],
            Self::Undo => vec![cmd(Key::Z)],
            Self::Redo => vec![cmd_shift(Key::Z), cmd(Key::Y)],
            Self::Cut => vec![cmd(Key::X)],
            Self::Copy => vec![cmd(Key::C)],
            Self::Paste => vec![cmd(Key::V)],
            Self::Duplicate => vec![cmd(Key::D)],
            // Backspace stays with the canvas: it removes the last corner of a hall being drawn.
            Self::Delete => vec![key(Key::Delete)],
            Self::SelectAll => vec![cmd(Key::A)],
            Self::Find => vec![cmd(Key::F)],
            Self::Rotate => vec![key(Key::R)],
            Self::FillZone | Self::Renumber => Vec::new(),
            // Figma's keys.
            Self::AlignLeft => vec![alt(Key::A)],
            Self::AlignCentre => vec![alt(Key::H)],
            Self::AlignRight => vec![alt(Key::D)],
            Self::AlignTop => vec![alt(Key::W)],
            Self::AlignMiddle => vec![alt(Key::V)],
            Self::AlignBottom => vec![alt(Key::S)],
            Self::DistributeHorizontally => vec![alt_shift(Key::H)],
            Self::DistributeVertically => vec![alt_shift(Key::V)],
            Self::NudgeLeft => vec![key(Key::ArrowLeft)],
            Self::NudgeRight => vec![key(Key::ArrowRight)],
            Self::NudgeUp => vec![key(Key::ArrowUp)],
            Self::NudgeDown => vec![key(Key::ArrowDown)],
            Self::NudgeLeftFar => vec![shift(Key::ArrowLeft)],
            Self::NudgeRightFar => vec![shift(Key::ArrowRight)],
            Self::NudgeUpFar => vec![shift(Key::ArrowUp)],
            Self::NudgeDownFar => vec![shift(Key::ArrowDown)],
            Self::Cancel => vec![key(Key::Escape)],
            Self::FitAll => vec![key(Key::F), key(Key::Home)],
            Self::ZoomToSelection => vec![shift(Key::F)],
            Self::ZoomIn => vec![key(Key::Plus), key(Key::Equals)],
            Self::ZoomOut => vec![key(Key::Minus)],
            Self::ToggleGrid => vec![key(Key::G)],
            Self::ToggleLegend => vec![key(Key::L)],
            Self::ToggleWalkingDistance => vec![key(Key::E)],
            Self::ToggleSnap => vec![key(Key::S)],
            Self::ToggleObjectSnap => vec![shift(Key::S)],
            Self::ToolSelect => vec![key(Key::V)],
            Self::ToolHall => vec![key(Key::H)],
            Self::ToolColumn => vec![key(Key::C)],
            Self::ToolZone => vec![key(Key::Z)],
            Self::ToolBooth => vec![key(Key::B)],
            Self::ToolExit => vec![key(Key::D)],
            Self::ToolFill => vec![shift(Key::B)],
            Self::Shortcuts => vec![key(Key::F1)],
        }
    }

    /// The shortcut shown beside the menu item, if any.
    #[must_use]
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.kb_shortcuts().first().copied()
    }

    /// The menu the command appears in.
    #[must_use]
    pub fn group(self) -> MenuGroup {
        match self {
            Self::New
            | Self::Open
            | Self::Save
            | Self::SaveAs
            | Self::Export
            | Self::ImportExhibitors
            | Self::ImportDrawing
            | Self::PlaceBackground
            | Self::CompareWith
            | Self::CompareWithRevision
            | Self::Quit => MenuGroup::File,
            Self::Undo
            | Self::Redo
            | Self::Cut
            | Self::Copy
            | Self::Paste
            | Self::Duplicate
            | Self::Delete
            | Self::SelectAll
            | Self::Find
            | Self::Rotate
            | Self::FillZone
            | Self::Renumber
            | Self::LayoutSettings => MenuGroup::Edit,
            Self::FitAll
            | Self::ZoomToSelection
            | Self::ZoomIn
            | Self::ZoomOut
            | Self::ToggleGrid
            | Self::ToggleLegend
            | Self::ToggleWalkingDistance
            | Self::ToggleSnap
            | Self::ToggleObjectSnap => MenuGroup::View,
            Self::AlignLeft
            | Self::AlignCentre
            | Self::AlignRight
            | Self::AlignTop
            | Self::AlignMiddle
            | Self::AlignBottom
            | Self::DistributeHorizontally
            | Self::DistributeVertically => MenuGroup::Arrange,
            Self::ToolSelect
            | Self::ToolHall
            | Self::ToolColumn
            | Self::ToolZone
            | Self::ToolBooth
            | Self::ToolExit
            | Self::ToolFill => MenuGroup::Tools,
            Self::Shortcuts => MenuGroup::Help,
            Self::NudgeLeft
            | Self::NudgeRight
            | Self::NudgeUp
            | Self::NudgeDown
            | Self::NudgeLeftFar
            | Self::NudgeRightFar
            | Self::NudgeUpFar
            | Self::NudgeDownFar
            | Self::Cancel => MenuGroup::KeyboardOnly,
        }
    }

    /// Whether the command can do anything to `doc` now; menus and the toolbar grey out the
    /// others (the menu also waits for a running export).
    #[must_use]
    pub fn is_enabled(self, doc: &crate::editor::Document) -> bool {
        match self {
            Self::Undo => doc.can_undo(),
            Self::Redo => doc.can_redo(),
            Self::Cut
            | Self::Copy
            | Self::Duplicate
            | Self::Delete
            | Self::Rotate
            | Self::ZoomToSelection => !doc.selection().is_empty(),
            Self::Paste => doc.can_paste(),
            Self::FillZone => crate::app_generate::selected_zone(doc).is_some(),
            Self::Renumber => crate::app_generate::selected_booths(doc) > 0,
            Self::AlignLeft
            | Self::AlignCentre
            | Self::AlignRight
            | Self::AlignTop
            | Self::AlignMiddle
            | Self::AlignBottom => arrangeable(doc) >= 2,
            Self::DistributeHorizontally | Self::DistributeVertically => arrangeable(doc) >= 3,
            _ => true,
        }
    }

    /// The commands of one menu, in order.
    pub fn in_group(group: MenuGroup) -> impl Iterator<Item = UiCommand> {
        Self::all().filter(move |c| c.group() == group)
    }
}

/// How many selected objects align and distribute would move (halls never do).
fn arrangeable(doc: &crate::editor::Document) -> usize {
    doc.selection().iter().filter(|r| r.kind != crate::model::ObjectKind::Hall).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = std::collections::HashMap::new();
        for command in UiCommand::all() {
            for shortcut in command.kb_shortcuts() {
                let key = (shortcut.modifiers, shortcut.logical_key);
                if let Some(other) = seen.insert(key, command) {
                    panic!("{command:?} and {other:?} share {shortcut:?}");
                }
            }
        }
    }

    #[test]
    fn every_command_has_a_label_and_a_tooltip() {
        assert!(UiCommand::all().all(|c| !c.text().is_empty() && !c.tooltip().is_empty()));
    }
}

//! The toolbar: tools with icons, tooltips and shortcuts; the theme palette for new zones and
//! booths; the booth size chooser.

use egui::{Color32, Sense, vec2};

use crate::commands::UiCommand;
use crate::editor::{Document, STANDARD_BOOTH_SIZES_M, Tool};
use crate::panels::tool_icons::{ICON_SIZE, paint_tool_icon};

/// The command that picks `tool`.
#[must_use]
pub fn tool_command(tool: Tool) -> UiCommand {
    match tool {
        Tool::Select => UiCommand::ToolSelect,
        Tool::Hall => UiCommand::ToolHall,
        Tool::Column => UiCommand::ToolColumn,
        Tool::Zone => UiCommand::ToolZone,
        Tool::Booth => UiCommand::ToolBooth,
        Tool::Exit => UiCommand::ToolExit,
        Tool::Fill => UiCommand::ToolFill,
    }
}

/// The label of a tool's button: its name (tests click it by this label).
#[must_use]
pub fn tool_label(tool: Tool) -> String {
    tool.name().to_owned()
}

/// "Tooltip (Shortcut)": what a button does and the key that does the same.
#[must_use]
pub fn tooltip_with_shortcut(ctx: &egui::Context, command: UiCommand) -> String {
    match command.shortcut() {
        Some(shortcut) => format!("{} ({})", command.tooltip(), ctx.format_shortcut(&shortcut)),
        None => command.tooltip().to_owned(),
    }
}

/// Shows the toolbar (`active` is the tool in use); the buttons queue commands into `queue`, the palette and size chooser
/// change `doc.settings` directly (they are choices, not edits).
pub fn toolbar_ui(ui: &mut egui::Ui, doc: &mut Document, active: Tool, queue: &mut Vec<UiCommand>) {
    ui.horizontal_wrapped(|ui| {
        for &tool in Tool::ALL {
            let command = tool_command(tool);
            if tool_button_ui(ui, tool, active == tool)
                .on_hover_text(tooltip_with_shortcut(ui.ctx(), command))
                .clicked()
            {
                queue.push(command);
            }
        }
        ui.separator();
        for command in [UiCommand::Undo, UiCommand::Redo] {
            let response = ui
                .add_enabled(command.is_enabled(doc), egui::Button::new(command.text()))
                .on_hover_text(tooltip_with_shortcut(ui.ctx(), command));
            if response.clicked() {
                queue.push(command);
            }
        }
        ui.separator();
        theme_palette_ui(ui, doc);
        ui.separator();
        booth_size_ui(ui, doc);
    });
}

/// A tool's button: a painted icon, then the tool's name.
fn tool_button_ui(ui: &mut egui::Ui, tool: Tool, selected: bool) -> egui::Response {
    let icon = egui::Atom::paint(vec2(ICON_SIZE, ICON_SIZE), move |ui, args| {
        paint_tool_icon(ui.painter(), args.rect, tool, args.fallback_text_color);
    });
    ui.add(egui::Button::selectable(selected, (icon, tool_label(tool))))
}

/// One swatch per theme; the chosen one colours new zones and booths.
fn theme_palette_ui(ui: &mut egui::Ui, doc: &mut Document) {
    ui.label("Theme:");
    let themes: Vec<(String, String, Color32)> = doc
        .layout()
        .themes
        .iter()
        .map(|t| (t.key.clone(), t.name.clone(), crate::theme_tokens::theme_colour(t.colour)))
        .collect();
    for (key, name, colour) in themes {
        let selected = doc.settings.current_theme == key;
        let (rect, response) = ui.allocate_exact_size(vec2(18.0, 18.0), Sense::click());
        let stroke = if selected {
            ui.visuals().selection.stroke
        } else {
            ui.visuals().widgets.noninteractive.bg_stroke
        };
        ui.painter().rect_filled(rect.shrink(2.0), 3.0, colour);
        ui.painter().rect_stroke(rect, 3.0, stroke, egui::StrokeKind::Inside);
        let response = response
            .on_hover_text(format!("Theme for new zones and booths: {name}"))
            .on_hover_cursor(egui::CursorIcon::PointingHand);
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::RadioButton, true, selected, &name)
        });
        if response.clicked() {
            doc.settings.current_theme = key;
        }
    }
}

fn size_text((w, d): (f64, f64)) -> String {
    format!("{w}×{d} m")
}

/// The size of booth a click of the Booth tool drops: a standard module or a custom size.
fn booth_size_ui(ui: &mut egui::Ui, doc: &mut Document) {
    ui.label("Booth size:");
    let current = doc.settings.booth_size_m;
    let is_standard = STANDARD_BOOTH_SIZES_M.contains(&current);
    let mut custom = !is_standard;
    let shown = if is_standard { size_text(current) } else { "custom".to_owned() };
    let _ = egui::ComboBox::from_id_salt("booth_size")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for size in STANDARD_BOOTH_SIZES_M {
                if ui.selectable_label(current == size, size_text(size)).clicked() {
                    doc.settings.booth_size_m = size;
                    custom = false;
                }
            }
            if ui.selectable_label(!is_standard, "custom").clicked() && is_standard {
                // Start the custom size from the standard one, one module deeper, so it differs.
                doc.settings.booth_size_m = (current.0, current.1 + 3.0);
                custom = true;
            }
        })
        .response
        .accessible_name("Booth size");
    if custom {
        let (w, d) = &mut doc.settings.booth_size_m;
        ui.add(egui::DragValue::new(w).range(1.0..=100.0).speed(0.5).suffix(" m"))
            .accessible_name("Booth width")
            .on_hover_text("Booth width");
        ui.label("×");
        ui.add(egui::DragValue::new(d).range(1.0..=100.0).speed(0.5).suffix(" m"))
            .accessible_name("Booth depth")
            .on_hover_text("Booth depth");
    }
}

//! The offer at start-up to restore edits that a crash (or a power cut) left unsaved.

use std::path::Path;
use std::time::SystemTime;

use crate::io::recovery::RecoveryEntry;

/// What the planner chose for one of the offered recovery files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoveryAnswer {
    /// Open the edits of entry `i` as an unsaved document.
    Restore(usize),
    /// Delete the edits of entry `i`.
    Discard(usize),
}

/// Lists `entries` (newest first) with when their edits were made, as of `now`, under the
/// `problem` of a failed Restore if any, and asks Restore or Discard for each. There is no "later": an unanswered offer could be overwritten
/// by the next autosave of the same document.
#[must_use]
pub fn recovery_offer_ui(
    ctx: &egui::Context,
    entries: &[RecoveryEntry],
    problem: Option<&str>,
    now: SystemTime,
) -> Option<RecoveryAnswer> {
    let mut answer = None;
    // Esc and clicks outside do nothing: these edits are the planner's to decide about.
    let _ = egui::Modal::new(egui::Id::unique("recovery_offer")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading("Restore unsaved edits?");
        ui.label("boothplan closed before these edits were saved. Restore opens them unsaved; save them to keep them.");
        if let Some(problem) = problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        ui.add_space(8.0);
        egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
            for (i, entry) in entries.iter().enumerate() {
                ui.group(|ui| {
                    ui.set_min_width(520.0);
                    ui.strong(document_name(entry.source.as_deref()));
                    ui.label(format!("edits from {}", when(entry.written_at, now)));
                    if let Some(folder) = entry.source.as_deref().and_then(Path::parent) {
                        ui.weak(format!("in {}", folder.display()));
                    }
                    ui.horizontal(|ui| {
                        if ui.button("Restore").clicked() {
                            answer = Some(RecoveryAnswer::Restore(i));
                        }
                        let discard = ui.button("Discard");
                        if discard.on_hover_text("Delete these edits for good").clicked() {
                            answer = Some(RecoveryAnswer::Discard(i));
                        }
                    });
                });
            }
        });
    });
    answer
}

/// The file name of the document, or "Untitled layout" for one never saved: how the offer,
/// its errors and the status bar name a kept copy.
#[must_use]
pub fn document_name(source: Option<&Path>) -> String {
    source
        .and_then(Path::file_name)
        .map_or_else(|| "Untitled layout".to_owned(), |name| name.to_string_lossy().into_owned())
}

/// "12 minutes ago (2026-11-23 12:54 UTC)": how old first, for the decision, then the moment.
#[must_use]
pub fn when(written_at: SystemTime, now: SystemTime) -> String {
    let age = now.duration_since(written_at).map_or(0, |d| d.as_secs());
    let ago = match age {
        0..60 => "just now".to_owned(),
        60..3_600 => plural(age / 60, "minute"),
        3_600..86_400 => plural(age / 3_600, "hour"),
        _ => plural(age / 86_400, "day"),
    };
    let secs = written_at.duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (y, m, d) = crate::io::export::civil_from_days(i64::try_from(secs / 86_400).unwrap_or(0));
    let (hour, minute) = (secs % 86_400 / 3_600, secs % 3_600 / 60);
    format!("{ago} ({y:04}-{m:02}-{d:02} {hour:02}:{minute:02} UTC)")
}

fn plural(n: u64, unit: &str) -> String {
    if n == 1 { format!("1 {unit} ago") } else { format!("{n} {unit}s ago") }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn ages_read_as_a_planner_would_say_them() {
        // 2026-11-23 12:54:10 UTC.
        let written = SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_438_450);
        let at = |secs| when(written, written + Duration::from_secs(secs));
        assert_eq!(at(5), "just now (2026-11-23 12:54 UTC)");
        assert_eq!(at(60), "1 minute ago (2026-11-23 12:54 UTC)");
        assert_eq!(at(125), "2 minutes ago (2026-11-23 12:54 UTC)");
        assert_eq!(at(7_300), "2 hours ago (2026-11-23 12:54 UTC)");
        assert_eq!(at(3 * 86_400), "3 days ago (2026-11-23 12:54 UTC)");
        // A clock set back since: not "-5 minutes".
        assert_eq!(
            when(written, written - Duration::from_mins(5)),
            "just now (2026-11-23 12:54 UTC)"
        );
        assert_eq!(document_name(None), "Untitled layout");
        assert_eq!(document_name(Some(Path::new("/fairs/gdte.ron"))), "gdte.ron");
    }
}

//! The `boothplan` command: the GUI without a sub-command, headless tools with one.

fn main() -> anyhow::Result<()> {
    boothplan::ui::run_gui(None)
}

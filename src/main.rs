//! The `boothplan` command: the GUI without a sub-command, headless tools with one (docs/SPEC.md §4).

#![warn(
    clippy::allow_attributes,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "exceptions are `expect`s with a reason, and nothing the user gives may panic"
)]

mod cli;

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let args = cli::Args::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(e) => {
            // One line, no backtrace: load errors already read `FILE:LINE:COL: what was expected`.
            eprintln!("{e:#}");
            ExitCode::from(2)
        }
    }
}

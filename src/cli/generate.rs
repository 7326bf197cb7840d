//! `boothplan generate …` (hidden): writes the generated layouts of [`boothplan_core::sample`].
//!
//! `layouts/gdte-hangzhou.ron` is made with `boothplan generate gdte -o layouts/gdte-hangzhou.ron`;
//! a test keeps the file equal to what the generator makes.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::anyhow;
use boothplan_core::io::{atomic, ron_file};
use boothplan_core::sample;

/// Arguments of `generate`.
#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    #[command(subcommand)]
    which: Which,
}

/// Which layout to generate.
#[derive(Debug, clap::Subcommand)]
enum Which {
    /// The Global Digital Trade Expo, Hangzhou (the default layout).
    Gdte {
        /// Where to write the RON.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// A large fair for benchmarks, with a known number of overlapping booths.
    Synthetic {
        /// Number of booths.
        #[arg(long)]
        booths: usize,
        /// Seed of the generator.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Put doors on the halls' walls, so the fire and egress rules run (egress benchmarks).
        #[arg(long)]
        doors: bool,
        /// Where to write the RON.
        #[arg(short, long)]
        output: PathBuf,
    },
}

/// Generates the layout and writes it atomically (no backup: it is generated).
pub fn run(args: &GenerateArgs) -> anyhow::Result<ExitCode> {
    let (layout, output) = match &args.which {
        Which::Gdte { output } => (sample::gdte_hangzhou(), output),
        Which::Synthetic { booths, seed, doors: false, output } => {
            (sample::synthetic(*booths, *seed), output)
        }
        Which::Synthetic { booths, seed, doors: true, output } => {
            (sample::synthetic_with_doors(*booths, *seed), output)
        }
    };
    let text = ron_file::layout_to_ron(&layout)?;
    atomic::write_atomic(output, text.as_bytes(), false)
        .map_err(|e| anyhow!("{}: cannot write: {e}", output.display()))?;
    super::out::print(&format!("Wrote {} ({} booths)\n", output.display(), layout.booths.len()))?;
    Ok(ExitCode::SUCCESS)
}

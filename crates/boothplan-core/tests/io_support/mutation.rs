//! Mutations of a valid file's bytes (truncations, deletions, duplications, splices of tricky
//! fragments, flipped bytes), shared by the library fuzzers and the command-line fuzzer.

use boothplan_core::model::Layout;
use proptest::prelude::*;
use proptest::strategy::ValueTree as _;
use proptest::test_runner::TestRunner;

/// Fragments that hit the parsers' corners when spliced in.
pub const SPLICES: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"",
    "\\",
    "'",
    "NaN",
    "inf",
    "-inf",
    "1e999",
    "-0.0",
    "99999999999999999999999",
    "format: 2,",
    "r#\"",
    "/*",
    "//",
    "\u{feff}",
    "\0",
    "展",
    "3",
    "+3.0",
    ".5",
    "5.",
    "007.5",
    "1E5",
    "1e+5",
    "1_000.0",
    "0x10",
    "\\0",
    "\\x41",
    "\\u{41}",
    "\\u{D800}",
    "\\u{}",
    "\n",
    "\t",
    " exhibitor: \"x\"",
    ", status: Sold",
    "Layout",
    "Rect",
    "\"kind\":\"booth\"",
    "\"type\":\"Point\"",
    "null",
    "true",
    "[[[",
    "]]]",
    "Some(",
];

/// One change to a file's bytes.
#[derive(Clone, Debug)]
pub enum Mutation {
    Truncate(prop::sample::Index),
    Delete(prop::sample::Index, usize),
    Duplicate(prop::sample::Index, usize),
    Splice(prop::sample::Index, prop::sample::Index),
    FlipByte(prop::sample::Index, u8),
}

/// Any one mutation.
pub fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<prop::sample::Index>().prop_map(Mutation::Truncate),
        (any::<prop::sample::Index>(), 1..40usize).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<prop::sample::Index>(), 1..200usize).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
        (any::<prop::sample::Index>(), any::<prop::sample::Index>())
            .prop_map(|(i, s)| Mutation::Splice(i, s)),
        (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::FlipByte(i, b)),
    ]
}

/// Applies `m` to `bytes`.
pub fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    match m {
        Mutation::Truncate(i) => bytes.truncate(i.index(bytes.len())),
        Mutation::Delete(i, n) => {
            let at = i.index(bytes.len());
            bytes.drain(at..(at + n).min(bytes.len()));
        }
        Mutation::Duplicate(i, n) => {
            let at = i.index(bytes.len());
            let piece = bytes[at..(at + n).min(bytes.len())].to_vec();
            bytes.splice(at..at, piece);
        }
        Mutation::Splice(i, s) => {
            let at = i.index(bytes.len());
            let piece = SPLICES[s.index(SPLICES.len())].as_bytes().to_vec();
            bytes.splice(at..at, piece);
        }
        Mutation::FlipByte(i, b) => {
            let at = i.index(bytes.len());
            bytes[at] = *b;
        }
    }
}

/// How many mutants a fuzzer tries: `PROPTEST_CASES`, 1,500 by default.
pub fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(1500)
}

/// The layout every fuzzer starts from: 12 objects of each kind, always the same.
pub fn seed_layout() -> Layout {
    let mut runner = TestRunner::deterministic();
    super::layout(12).new_tree(&mut runner).unwrap().current()
}

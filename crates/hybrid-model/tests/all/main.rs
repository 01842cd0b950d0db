//! The model's tests, one binary with a module a subject: it links the model and the test
//! dependencies (tree-sitter, proptest, pulldown-cmark, zip) once, where a binary a file linked
//! them 32 times. The CLI tests run the built `sfb-hybrid` as before.

mod cli_support;
mod support;

mod access;
mod ambiguous_json;
mod change_record;
mod checklist;
mod cli;
mod cli_inputs;
mod cli_outputs;
mod cli_redact;
mod cli_waves;
mod confirmations;
mod corrections;
mod cutover;
mod finding_todos;
mod forged_screen;
mod fuzz_readers;
mod golden;
mod hostile_values;
mod languages;
mod plan;
mod preflight;
mod redact;
mod reference;
mod report_belongs;
mod review_2026_12_05;
mod scripts;
mod share;
mod snapshots;
mod style;
mod suggestions;
mod validation;
mod verify;
mod waves;

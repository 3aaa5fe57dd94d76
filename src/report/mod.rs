//! The summary sheet: every figure of a scenario with its unit and derivation, in one
//! flat list that the command line, the clipboard and the exports all print.

mod summary;
mod text;

pub use summary::{Figure, Value, summary, summary_timetable};
pub use text::{summary_json, summary_table};

//! The summary sheet and its writers: every figure of a scenario with its unit and
//! derivation, printed as a table, JSON, CSV, an Excel workbook or a notice draft.

pub mod compare;
mod csv_export;
mod export;
pub mod fmt_ja;
mod notice;
mod sanitize;
mod summary;
mod text;
mod xlsx;

pub use export::{
    ComparisonFormat, ExportError, ExportOptions, Format, UTF8_BOM, render, render_comparison,
    render_with,
};
pub use sanitize::neutralize;
pub use summary::{
    Derivation, Figure, Stated, Status, Unit, Value, amount_derivation, amount_text, assumed_date,
    summary, summary_timetable,
};
pub use text::{comparison_table_in, summary_json, summary_table, summary_table_in, summary_tsv};

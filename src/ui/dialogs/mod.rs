//! Modal dialogs, one per file.

pub mod about;
pub mod conflict;
pub mod curve_preview;
pub mod help;
pub mod import_preview;
pub mod path_prompt;
pub mod restore;
pub mod unsaved;

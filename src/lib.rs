//! Offering Desk: pricing of Japanese equity offerings and stock-compensation options.
//!
//! `domain` holds the pure rules, `scenario` the saved document, `report` the summary
//! every front end prints, `storage` the file handling, `cli` the command line and
//! `ui` the desktop window. The UI and the CLI compute nothing themselves.

pub mod cli;
pub mod domain;
pub mod i18n;
pub mod price_csv;
pub mod report;
pub mod scenario;
pub mod storage;
pub mod text_encoding;
pub mod ui;

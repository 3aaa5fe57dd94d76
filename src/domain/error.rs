//! The one error every domain function returns for bad input: which field, and what is
//! wrong with it as data — a message id and its arguments — so the window and the CLI
//! say it in the user's language (`crate::i18n::message` renders it).

pub use super::message::{Arg, Message};

/// A rejected input: the field's path (e.g. `offering.discount_rate`) and the problem,
/// which says what is accepted (e.g. "must be at least 0 % and below 100 %").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: Message,
}

impl FieldError {
    pub fn new(field: impl Into<String>, problem: Message) -> Self {
        Self {
            field: field.into(),
            problem,
        }
    }

    /// The same problem said of another field (a CLI flag for a scenario path).
    pub fn at(self, field: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            problem: self.problem,
        }
    }
}

impl std::error::Error for FieldError {}

//! The one error every domain function returns for bad input: which field, and what is accepted.

use std::fmt;

/// A rejected input: the field's path (e.g. `offering.discount_rate`) and a message
/// that says what is accepted (e.g. "must be at least 0 % and below 100 %").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for FieldError {}

//! Pure, deterministic pricing rules: plain inputs in, results with every intermediate
//! value out. No egui, no files, no clock.

pub mod calendar;
pub mod dates;
pub mod dilution;
pub mod error;
pub mod input;
pub mod message;
pub mod money;
pub mod offering;
pub mod options;
pub mod paid_option;
pub mod schedule;
pub mod split_check;
pub mod volatility;
pub mod yield_curve;

pub use error::FieldError;
pub use message::{Arg, Message};

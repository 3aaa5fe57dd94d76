//! Closed-form values of continuously monitored single-barrier calls (to be replaced by
//! the Reiner–Rubinstein formulas).

use crate::domain::{FieldError, Message};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BarrierKind {
    DownAndOut,
    DownAndIn,
    UpAndOut,
    UpAndIn,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BarrierInputs {
    pub spot: f64,
    pub strike: f64,
    pub barrier: f64,
    pub term_years: f64,
    pub volatility: f64,
    pub risk_free_rate: f64,
    pub dividend_yield: f64,
}

pub fn barrier_call(_kind: BarrierKind, _inputs: &BarrierInputs) -> Result<f64, FieldError> {
    Err(FieldError::new(
        "paid_option.monitoring",
        Message::id("err-paid-positive"),
    ))
}

pub fn rebate_at_hit(
    _down: bool,
    _rebate: f64,
    _inputs: &BarrierInputs,
) -> Result<f64, FieldError> {
    Err(FieldError::new(
        "paid_option.monitoring",
        Message::id("err-paid-positive"),
    ))
}

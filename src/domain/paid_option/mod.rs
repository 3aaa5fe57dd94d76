//! Paid-in stock options (issue 15): calls whose terms end or force exercise at a barrier.

pub mod closed_form;

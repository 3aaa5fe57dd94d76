//! The closes a share-price condition is tested on: every TSE business day after the
//! valuation date up to the end of the exercise period, each at the time
//! (calendar days from the valuation date) / 365, the convention of Japanese
//! valuation reports (and of the stock-option notice's expected remaining period).

use chrono::NaiveDate;

use crate::domain::calendar::{business_days_between, ensure_in_calendar};
use crate::domain::{FieldError, Message};

/// The monitored closes: their dates and times in years from the valuation date. The
/// last is the expiry close, on which a European right is exercised.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitoredCloses {
    pub dates: Vec<NaiveDate>,
    pub times: Vec<f64>,
}

impl MonitoredCloses {
    /// The time of the last close, the exercise at the end of the period.
    pub fn expiry_time(&self) -> f64 {
        self.times.last().copied().unwrap_or(0.0)
    }
}

/// Every business day after `valuation` up to and including `expiry` (the last business
/// day on or before it, when it is a holiday). An expiry on or before the valuation
/// date, or with no business day between, is refused.
pub fn monitored_closes(
    valuation: NaiveDate,
    expiry: NaiveDate,
) -> Result<MonitoredCloses, FieldError> {
    ensure_in_calendar(valuation, "paid_option.valuation_date")?;
    ensure_in_calendar(expiry, "paid_option.expiry")?;
    if expiry <= valuation {
        return Err(FieldError::new(
            "paid_option.expiry",
            Message::id("err-paid-expiry-after-valuation").with("valuation", valuation),
        ));
    }
    let first = valuation.succ_opt().unwrap_or(valuation);
    let dates = business_days_between(first, expiry)?;
    if dates.is_empty() {
        return Err(FieldError::new(
            "paid_option.expiry",
            Message::id("err-paid-expiry-after-valuation").with("valuation", valuation),
        ));
    }
    let times = dates
        .iter()
        .map(|d| (*d - valuation).num_days() as f64 / 365.0)
        .collect();
    Ok(MonitoredCloses { dates, times })
}

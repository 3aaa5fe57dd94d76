//! The offering timetable.
//!
//! Every date derives from the calculation (pricing) date by TSE business-day offsets, or from
//! the effective date it follows (delivery after payment, cover start after the subscription
//! period, allotment payment after allotment subscription). Any date can be overridden, since
//! real deals sometimes move one date by agreement; later dates then follow the override, and
//! the order of the whole timetable is checked again.

use chrono::{Datelike, NaiveDate, Weekday};
use std::fmt;

use super::calendar::{self, SkippedClosures};
use super::error::{Arg, FieldError, Message};

/// Largest offset accepted: about a year of business days, far beyond any real timetable,
/// so a typo (e.g. 500) is refused instead of producing a date nobody meant.
pub const MAX_OFFSET: u32 = 250;

/// Business-day offsets from the calculation date for the dates that count from it.
/// Saved as is in scenario files (missing fields take the defaults).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScheduleOffsets {
    pub subscription_start: u32,
    pub subscription_end: u32,
    pub payment: u32,
    pub cover_end: u32,
    pub allotment_subscription: u32,
}

impl Default for ScheduleOffsets {
    /// The usual Japanese public-offering timetable (the IIJ 2013 seed).
    fn default() -> Self {
        Self {
            subscription_start: 1,
            subscription_end: 2,
            payment: 5,
            cover_end: 12,
            allotment_subscription: 16,
        }
    }
}

/// Manually fixed dates; `None` keeps the derived date. Saved in scenario files with
/// only the dates that are set.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScheduleOverrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_start: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_end: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_start: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_end: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allotment_subscription: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allotment_payment: Option<NaiveDate>,
}

impl ScheduleOverrides {
    /// The override for `item`, so UI code can loop over [`TimetableItem::ALL`].
    pub fn get(&self, item: TimetableItem) -> Option<NaiveDate> {
        // Eight small Copy fields: cloning keeps one accessor instead of two.
        *self.clone().slot_mut(item)
    }

    /// Sets or clears the override for `item`.
    pub fn set(&mut self, item: TimetableItem, date: Option<NaiveDate>) {
        *self.slot_mut(item) = date;
    }

    fn slot_mut(&mut self, item: TimetableItem) -> &mut Option<NaiveDate> {
        match item {
            TimetableItem::SubscriptionStart => &mut self.subscription_start,
            TimetableItem::SubscriptionEnd => &mut self.subscription_end,
            TimetableItem::Payment => &mut self.payment,
            TimetableItem::Delivery => &mut self.delivery,
            TimetableItem::CoverStart => &mut self.cover_start,
            TimetableItem::CoverEnd => &mut self.cover_end,
            TimetableItem::AllotmentSubscription => &mut self.allotment_subscription,
            TimetableItem::AllotmentPayment => &mut self.allotment_payment,
        }
    }
}

/// Everything the timetable depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleInputs {
    pub calculation_date: NaiveDate,
    pub offsets: ScheduleOffsets,
    pub overrides: ScheduleOverrides,
}

impl ScheduleInputs {
    /// Default offsets and no overrides.
    pub fn new(calculation_date: NaiveDate) -> Self {
        Self {
            calculation_date,
            offsets: ScheduleOffsets::default(),
            overrides: ScheduleOverrides::default(),
        }
    }
}

/// The dates of the timetable, in timetable order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimetableItem {
    SubscriptionStart,
    SubscriptionEnd,
    Payment,
    Delivery,
    CoverStart,
    CoverEnd,
    AllotmentSubscription,
    AllotmentPayment,
}

impl TimetableItem {
    /// All items in timetable order; `ALL[item.index()] == item`.
    pub const ALL: [TimetableItem; 8] = [
        TimetableItem::SubscriptionStart,
        TimetableItem::SubscriptionEnd,
        TimetableItem::Payment,
        TimetableItem::Delivery,
        TimetableItem::CoverStart,
        TimetableItem::CoverEnd,
        TimetableItem::AllotmentSubscription,
        TimetableItem::AllotmentPayment,
    ];

    /// Position in [`TimetableItem::ALL`] and in [`Timetable::dates`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Human-readable name for tables and messages.
    pub fn label(self) -> &'static str {
        match self {
            TimetableItem::SubscriptionStart => "Subscription period start",
            TimetableItem::SubscriptionEnd => "Subscription period end",
            TimetableItem::Payment => "Payment date",
            TimetableItem::Delivery => "Delivery date",
            TimetableItem::CoverStart => "Syndicate cover transaction period start",
            TimetableItem::CoverEnd => "Syndicate cover transaction period end",
            TimetableItem::AllotmentSubscription => "Third-party allotment subscription date",
            TimetableItem::AllotmentPayment => "Third-party allotment payment date",
        }
    }

    /// snake_case key, the suffix of the field paths `schedule.overrides.<key>`.
    pub fn key(self) -> &'static str {
        match self {
            TimetableItem::SubscriptionStart => "subscription_start",
            TimetableItem::SubscriptionEnd => "subscription_end",
            TimetableItem::Payment => "payment",
            TimetableItem::Delivery => "delivery",
            TimetableItem::CoverStart => "cover_start",
            TimetableItem::CoverEnd => "cover_end",
            TimetableItem::AllotmentSubscription => "allotment_subscription",
            TimetableItem::AllotmentPayment => "allotment_payment",
        }
    }

    /// The catalogue message naming the item (the figure of the same key).
    pub fn message_id(self) -> &'static str {
        match self {
            TimetableItem::SubscriptionStart => "fig-subscription_start",
            TimetableItem::SubscriptionEnd => "fig-subscription_end",
            TimetableItem::Payment => "fig-payment",
            TimetableItem::Delivery => "fig-delivery",
            TimetableItem::CoverStart => "fig-cover_start",
            TimetableItem::CoverEnd => "fig-cover_end",
            TimetableItem::AllotmentSubscription => "fig-allotment_subscription",
            TimetableItem::AllotmentPayment => "fig-allotment_payment",
        }
    }

    /// Field path of this item's override, used in [`FieldError::field`].
    pub fn override_field(self) -> String {
        format!("schedule.overrides.{}", self.key())
    }

    /// Whether the derived date comes from an offset fitted to one deal rather than a rule
    /// of the market: the cover period's end and the third-party allotment's subscription
    /// date are fixed by the board at launch (12 and 16 business days matched the 2013
    /// sample and miss other deals by a week). The allotment's payment date follows its
    /// subscription date, so it is assumed while that one is.
    pub fn fitted(self) -> bool {
        matches!(
            self,
            TimetableItem::CoverEnd | TimetableItem::AllotmentSubscription
        )
    }

    /// Whether the date must fall on a TSE business day. The cover period starts on the
    /// calendar day after the subscription period, which is often a Saturday.
    pub fn requires_business_day(self) -> bool {
        self != TimetableItem::CoverStart
    }
}

/// One resolved date of the timetable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimetableDate {
    pub item: TimetableItem,
    /// The effective date: the override if any, else `derived`.
    pub date: NaiveDate,
    /// What the rule gives (from the effective earlier dates), shown beside an override.
    pub derived: NaiveDate,
    pub overridden: bool,
    /// How `derived` is computed; its `Display` is the English wording ("5th TSE
    /// business day after the calculation date"), other languages word the same data.
    pub rule: DateRule,
    /// Weekday closures (holidays, year-end) skipped while counting to `derived`, with their
    /// names, so the UI can say "Jul 15 Marine Day pushed this date". Weekends are left out:
    /// they never move a date compared with an ordinary week.
    pub shifted_by: Vec<(NaiveDate, String)>,
    /// The effective date is not a TSE business day (worth a warning when overridden).
    pub not_business_day: bool,
    /// The date comes from a fitted offset (or follows one) and was not entered: the board
    /// fixes it at launch, so every surface marks it until the user sets it.
    pub assumed: bool,
}

/// How a timetable date is derived: data, so each language can word it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRule {
    /// The n-th TSE business day after the calculation date.
    BusinessDaysAfterCalculation(u32),
    /// The next TSE business day after another item's effective date.
    NextBusinessDayAfter(TimetableItem),
    /// The calendar day after another item's effective date (the cover period starts the
    /// day after subscription ends, often a Saturday).
    CalendarDayAfter(TimetableItem),
}

impl fmt::Display for DateRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateRule::BusinessDaysAfterCalculation(n) => write!(
                f,
                "{} TSE business day after the calculation date",
                ordinal(*n)
            ),
            DateRule::NextBusinessDayAfter(TimetableItem::Payment) => {
                f.write_str("next TSE business day after the payment date")
            }
            DateRule::NextBusinessDayAfter(TimetableItem::AllotmentSubscription) => f.write_str(
                "next TSE business day after the third-party allotment subscription date",
            ),
            DateRule::NextBusinessDayAfter(item) => {
                write!(
                    f,
                    "next TSE business day after the {}",
                    item.label().to_lowercase()
                )
            }
            DateRule::CalendarDayAfter(TimetableItem::SubscriptionEnd) => {
                f.write_str("calendar day after the subscription period ends")
            }
            DateRule::CalendarDayAfter(item) => {
                write!(f, "calendar day after the {}", item.label().to_lowercase())
            }
        }
    }
}

/// The resolved timetable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timetable {
    pub calculation_date: NaiveDate,
    /// One entry per item, in the order of [`TimetableItem::ALL`]; a fixed array so that
    /// [`Timetable::get`] cannot miss.
    pub dates: [TimetableDate; 8],
}

impl Timetable {
    /// The entry for `item`.
    pub fn get(&self, item: TimetableItem) -> &TimetableDate {
        &self.dates[item.index()]
    }

    /// The effective date of `item`.
    pub fn date(&self, item: TimetableItem) -> NaiveDate {
        self.get(item).date
    }

    /// Non-fatal problems: overridden dates that fall on a day the TSE is closed.
    pub fn warnings(&self) -> Vec<String> {
        self.dates
            .iter()
            .filter(|d| d.overridden && d.not_business_day && d.item.requires_business_day())
            .map(|d| {
                format!(
                    "{} is overridden to {} ({}), which is not a TSE business day",
                    d.item.label(),
                    d.date,
                    d.date.weekday()
                )
            })
            .collect()
    }
}

/// English ordinal for rule texts ("1st", "2nd", "12th", "23rd").
fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Keeps the closures that actually pushed a date: those on weekdays.
fn weekday_closures(skipped: SkippedClosures) -> Vec<(NaiveDate, String)> {
    skipped
        .into_iter()
        .filter(|(date, _)| !matches!(date.weekday(), Weekday::Sat | Weekday::Sun))
        .map(|(date, closure)| (date, closure.to_string()))
        .collect()
}

/// `n` business days after `base`, with the error re-pointed at `field`.
fn count_from(
    base: NaiveDate,
    n: u32,
    field: &str,
) -> Result<(NaiveDate, Vec<(NaiveDate, String)>), FieldError> {
    let n = i32::try_from(n).map_err(|_| {
        FieldError::new(
            field,
            Message::id("err-offset-too-large").with("max", MAX_OFFSET),
        )
    })?;
    calendar::add_business_days_traced(base, n)
        .map(|(date, skipped)| (date, weekday_closures(skipped)))
        .map_err(|e| e.at(field))
}

/// Checks one offset against its accepted range; `after` names the offsets that set
/// its floor, for the message (`None` for the first).
fn check_offset(value: u32, min: u32, key: &str, after: Floor) -> Result<(), FieldError> {
    if (min..=MAX_OFFSET).contains(&value) {
        return Ok(());
    }
    let problem = Message::id("err-offset-range")
        .with("min", min)
        .with("max", MAX_OFFSET)
        .with("value", value);
    let problem = match after {
        Floor::None => problem.with("floor", "none"),
        Floor::NotBefore(name, n) => problem
            .with("floor", "not-before")
            .with("other", name)
            .with("other_value", n),
        Floor::After(name, n) => problem
            .with("floor", "after")
            .with("other", name)
            .with("other_value", n),
        Floor::AfterBoth(a, b) => problem
            .with("floor", "after-both")
            .with("other", "cover_end")
            .with("other_value", a)
            .with("second", "payment")
            .with("second_value", b),
    };
    Err(FieldError::new(format!("schedule.offsets.{key}"), problem))
}

/// What sets an offset's lowest accepted value.
enum Floor {
    None,
    NotBefore(&'static str, u32),
    After(&'static str, u32),
    /// After both cover_end and payment.
    AfterBoth(u32, u32),
}

fn validate_offsets(o: &ScheduleOffsets) -> Result<(), FieldError> {
    check_offset(o.subscription_start, 1, "subscription_start", Floor::None)?;
    check_offset(
        o.subscription_end,
        o.subscription_start,
        "subscription_end",
        Floor::NotBefore("subscription_start", o.subscription_start),
    )?;
    check_offset(
        o.payment,
        o.subscription_end + 1,
        "payment",
        Floor::After("subscription_end", o.subscription_end),
    )?;
    check_offset(
        o.cover_end,
        o.subscription_end + 1,
        "cover_end",
        Floor::After("subscription_end", o.subscription_end),
    )?;
    let floor = o.cover_end.max(o.payment);
    check_offset(
        o.allotment_subscription,
        floor + 1,
        "allotment_subscription",
        Floor::AfterBoth(o.cover_end, o.payment),
    )
}

/// Builds one entry from its derived date and the override.
fn entry(
    item: TimetableItem,
    derived: (NaiveDate, Vec<(NaiveDate, String)>),
    rule: DateRule,
    overrides: &ScheduleOverrides,
) -> Result<TimetableDate, FieldError> {
    let (derived, shifted_by) = derived;
    let overridden = overrides.get(item);
    let date = overridden.unwrap_or(derived);
    let field = if overridden.is_some() {
        item.override_field()
    } else {
        "schedule.calculation_date".to_owned()
    };
    calendar::ensure_in_calendar(date, &field)?;
    Ok(TimetableDate {
        item,
        date,
        derived,
        assumed: overridden.is_none() && item.fitted(),
        overridden: overridden.is_some(),
        rule,
        shifted_by,
        not_business_day: !calendar::is_business_day(date).map_err(|e| e.at(field))?,
    })
}

/// The order every effective timetable must keep: (earlier, later, later may equal earlier).
const ORDER: [(TimetableItem, TimetableItem, bool); 7] = [
    (
        TimetableItem::SubscriptionStart,
        TimetableItem::SubscriptionEnd,
        true,
    ),
    (TimetableItem::SubscriptionEnd, TimetableItem::Payment, true),
    (TimetableItem::Payment, TimetableItem::Delivery, false),
    (
        TimetableItem::SubscriptionEnd,
        TimetableItem::CoverStart,
        false,
    ),
    (TimetableItem::CoverStart, TimetableItem::CoverEnd, true),
    (
        TimetableItem::CoverEnd,
        TimetableItem::AllotmentSubscription,
        false,
    ),
    (
        TimetableItem::AllotmentSubscription,
        TimetableItem::AllotmentPayment,
        true,
    ),
];

/// Checks the order of effective dates. The error names the later item's override if it is
/// overridden, else the earlier one's: the override is what the user can fix.
fn validate_order(
    calculation_date: NaiveDate,
    dates: &[TimetableDate; 8],
) -> Result<(), FieldError> {
    let first = &dates[TimetableItem::SubscriptionStart.index()];
    if first.date <= calculation_date {
        return Err(FieldError::new(
            first.item.override_field(),
            Message::id("err-first-date-after-calculation")
                .with("item", Arg::Label(first.item.message_id()))
                .with("date", first.date)
                .with("calculation", calculation_date),
        ));
    }
    for (earlier, later, may_equal) in ORDER {
        let (e, l) = (&dates[earlier.index()], &dates[later.index()]);
        let ok = if may_equal {
            l.date >= e.date
        } else {
            l.date > e.date
        };
        if ok {
            continue;
        }
        let field = if l.overridden || !e.overridden {
            later.override_field()
        } else {
            earlier.override_field()
        };
        return Err(FieldError::new(
            field,
            Message::id("err-date-order")
                .with("later", Arg::Label(later.message_id()))
                .with("later_date", l.date)
                .with("may_equal", if may_equal { "yes" } else { "no" })
                .with("earlier", Arg::Term(earlier.message_id()))
                .with("earlier_date", e.date),
        ));
    }
    Ok(())
}

/// Resolves the timetable: derive every date, apply overrides, check the order.
///
/// Errors name the input to fix: `schedule.calculation_date`, `schedule.offsets.<key>` or
/// `schedule.overrides.<key>`.
pub fn derive_timetable(inputs: &ScheduleInputs) -> Result<Timetable, FieldError> {
    let calc = inputs.calculation_date;
    calendar::ensure_in_calendar(calc, "schedule.calculation_date")?;
    let o = &inputs.offsets;
    validate_offsets(o)?;
    let ov = &inputs.overrides;
    for item in TimetableItem::ALL {
        if let Some(date) = ov.get(item) {
            calendar::ensure_in_calendar(date, &item.override_field())?;
        }
    }

    let from_calc = |n: u32| count_from(calc, n, "schedule.calculation_date");
    let after_calc = DateRule::BusinessDaysAfterCalculation;

    let subscription_start = entry(
        TimetableItem::SubscriptionStart,
        from_calc(o.subscription_start)?,
        after_calc(o.subscription_start),
        ov,
    )?;
    let subscription_end = entry(
        TimetableItem::SubscriptionEnd,
        from_calc(o.subscription_end)?,
        after_calc(o.subscription_end),
        ov,
    )?;
    let payment = entry(
        TimetableItem::Payment,
        from_calc(o.payment)?,
        after_calc(o.payment),
        ov,
    )?;
    let delivery = entry(
        TimetableItem::Delivery,
        count_from(payment.date, 1, &TimetableItem::Payment.override_field())?,
        DateRule::NextBusinessDayAfter(TimetableItem::Payment),
        ov,
    )?;
    let cover_start_derived = subscription_end.date.succ_opt().ok_or_else(|| {
        FieldError::new(
            TimetableItem::SubscriptionEnd.override_field(),
            Message::id("err-day-after-subscription"),
        )
    })?;
    let cover_start = entry(
        TimetableItem::CoverStart,
        (cover_start_derived, Vec::new()),
        DateRule::CalendarDayAfter(TimetableItem::SubscriptionEnd),
        ov,
    )?;
    let cover_end = entry(
        TimetableItem::CoverEnd,
        from_calc(o.cover_end)?,
        after_calc(o.cover_end),
        ov,
    )?;
    let allotment_subscription = entry(
        TimetableItem::AllotmentSubscription,
        from_calc(o.allotment_subscription)?,
        after_calc(o.allotment_subscription),
        ov,
    )?;
    let mut allotment_payment = entry(
        TimetableItem::AllotmentPayment,
        count_from(
            allotment_subscription.date,
            1,
            &TimetableItem::AllotmentSubscription.override_field(),
        )?,
        DateRule::NextBusinessDayAfter(TimetableItem::AllotmentSubscription),
        ov,
    )?;
    allotment_payment.assumed = !allotment_payment.overridden && allotment_subscription.assumed;

    let dates = [
        subscription_start,
        subscription_end,
        payment,
        delivery,
        cover_start,
        cover_end,
        allotment_subscription,
        allotment_payment,
    ];
    validate_order(calc, &dates)?;
    Ok(Timetable {
        calculation_date: calc,
        dates,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112]
            .map(ordinal)
            .to_vec();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd",
                "101st", "111th", "112th"
            ]
        );
    }

    #[test]
    fn all_is_in_index_order() {
        for (i, item) in TimetableItem::ALL.iter().enumerate() {
            assert_eq!(item.index(), i);
        }
    }

    #[test]
    fn offsets_out_of_order_are_refused() {
        let o = ScheduleOffsets {
            payment: 2,
            ..ScheduleOffsets::default()
        };
        let err = validate_offsets(&o).unwrap_err();
        assert_eq!(err.field, "schedule.offsets.payment");
        let o = ScheduleOffsets {
            subscription_start: 0,
            ..ScheduleOffsets::default()
        };
        assert_eq!(
            validate_offsets(&o).unwrap_err().field,
            "schedule.offsets.subscription_start"
        );
        let o = ScheduleOffsets {
            allotment_subscription: 12,
            ..ScheduleOffsets::default()
        };
        assert_eq!(
            validate_offsets(&o).unwrap_err().field,
            "schedule.offsets.allotment_subscription"
        );
        let o = ScheduleOffsets {
            allotment_subscription: MAX_OFFSET + 1,
            ..ScheduleOffsets::default()
        };
        assert!(validate_offsets(&o).unwrap_err().message().contains("250"));
    }
}

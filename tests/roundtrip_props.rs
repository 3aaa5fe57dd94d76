//! Properties of the scenario format: every valid scenario survives save → load
//! unchanged and saves to the same bytes again; no input of any kind makes the loader
//! panic.

use chrono::{Days, NaiveDate};
use offering_desk::domain::options::AmountConvention;
use offering_desk::domain::schedule::{
    ScheduleInputs, ScheduleOffsets, ScheduleOverrides, TimetableItem, derive_timetable,
};
use offering_desk::domain::yield_curve::{CurveMethod, CurveRow, TenorYield, rate_for};
use offering_desk::scenario::{
    self, AllotmentGroupTerms, FrequencyTerm, IssuePriceTerms, OptionTerms, PaidTerms, PricePoint,
    RateSource, Scenario, SplitTerms, UseOfProceedsTerms, VolatilitySource, from_json, to_json,
    validate,
};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use rust_decimal::Decimal;

const CASES: u32 = 256;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A date from `first` to `last`, inclusive.
fn date_in(first: NaiveDate, last: NaiveDate) -> impl Strategy<Value = NaiveDate> {
    let span = (last - first).num_days() as u64;
    (0..=span).prop_map(move |d| first + Days::new(d))
}

/// A decimal of `min..=max` whole units with 0 to `max_scale` decimals.
fn decimal(min: i64, max: i64, max_scale: u32) -> impl Strategy<Value = Decimal> {
    (0..=max_scale).prop_flat_map(move |scale| {
        let f = 10i64.pow(scale);
        (min * f..=max * f).prop_map(move |m| Decimal::new(m, scale))
    })
}

/// A fraction `min..=max` with four decimals (0.0300 stays "0.0300" on file).
fn rate(min: i64, max: i64) -> impl Strategy<Value = Decimal> {
    (min..=max).prop_map(|m| Decimal::new(m, 4))
}

/// Text as users type it: anything, plus what breaks CSV, Excel and JSON writers.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>(),
        1 => Just("=SUM(A1:A9)".to_owned()),
        1 => Just("+81 3 5205 6500, -1, @cell".to_owned()),
        1 => Just("\"quoted\", 'single', \\backslash\\".to_owned()),
        1 => Just("line one\nline two\r\nline three\ttab".to_owned()),
        1 => Just("設備投資資金（ネットワーク）及び借入金の返済".to_owned()),
        1 => Just("\u{0}\u{1f}\u{7f}\u{2028}\u{feff}😀".to_owned()),
        1 => Just(String::new()),
    ]
}

fn price() -> impl Strategy<Value = Decimal> {
    decimal(1, 1_000_000, 2)
}

fn offering() -> impl Strategy<Value = scenario::OfferingTerms> {
    let issue = prop_oneof![
        rate(0, 2000).prop_map(|discount_rate| IssuePriceTerms::Discount { discount_rate }),
        price().prop_map(|issue_price| IssuePriceTerms::Entered { issue_price }),
    ];
    let paid = prop_oneof![
        price().prop_map(|amount_to_be_paid| PaidTerms::Entered { amount_to_be_paid }),
        rate(0, 1000).prop_map(|spread_rate| PaidTerms::Spread { spread_rate }),
    ];
    let uses = vec(
        (
            text(),
            decimal(0, 100_000_000_000, 2),
            text(),
            text(),
            text(),
        )
            .prop_map(|(purpose, amount, deadline, purpose_ja, deadline_ja)| {
                UseOfProceedsTerms {
                    purpose,
                    amount,
                    deadline,
                    purpose_ja,
                    deadline_ja,
                }
            }),
        0..4,
    );
    (
        price(),
        issue,
        option::of(decimal(1, 100, 1)),
        paid,
        1u64..=10_000_000_000,
        (0u64..=2_000_000, 0u64..=2_000_000),
        rate(5000, 10000),
        decimal(0, 1_000_000_000_000, 2),
        uses,
    )
        .prop_map(
            |(base, issue, tick, paid, new_shares, (oa, al), ratio, expenses, uses)| {
                scenario::OfferingTerms {
                    base_price: base,
                    issue_price: issue,
                    tick_size: tick,
                    amount_to_be_paid: paid,
                    new_shares,
                    stated_capital_ratio: ratio,
                    over_allotment_shares: oa,
                    allotment_shares: al,
                    estimated_expenses: expenses,
                    uses_of_proceeds: uses,
                }
            },
        )
}

/// A calculation date (business day or not), usually the standard offsets, sometimes
/// others, and overrides on some items: the derived date or a day either side (the
/// validation filter drops the ones that break the timetable's order).
fn schedule() -> impl Strategy<Value = scenario::ScheduleTerms> {
    let offsets = prop_oneof![
        3 => Just(ScheduleOffsets::default()),
        1 => (1u32..=5, 0u32..=3, 1u32..=5, 1u32..=15, 1u32..=10).prop_map(
            |(start, len, pay, cover, allot)| {
                let end = start + len;
                let payment = end + pay;
                let cover_end = end + cover;
                ScheduleOffsets {
                    subscription_start: start,
                    subscription_end: end,
                    payment,
                    cover_end,
                    allotment_subscription: payment.max(cover_end) + allot,
                }
            }
        ),
    ];
    let overrides = prop_oneof![
        2 => Just(None),
        1 => vec(
            option::weighted(0.3, prop_oneof![4 => Just(0i64), 1 => Just(1), 1 => Just(-1)]),
            8
        )
        .prop_map(Some),
    ];
    (
        date_in(ymd(1990, 1, 5), ymd(2060, 12, 20)),
        offsets,
        overrides,
    )
        .prop_map(|(calculation_date, offsets, shifts)| {
            let mut overrides = ScheduleOverrides::default();
            if let Some(shifts) = shifts
                && let Ok(derived) = derive_timetable(&ScheduleInputs {
                    calculation_date,
                    offsets: offsets.clone(),
                    overrides: ScheduleOverrides::default(),
                })
            {
                for (item, shift) in TimetableItem::ALL.into_iter().zip(shifts) {
                    if let Some(days) = shift {
                        let date = derived.date(item);
                        let date = if days >= 0 {
                            date + Days::new(days as u64)
                        } else {
                            date - Days::new(days.unsigned_abs())
                        };
                        overrides.set(item, Some(date));
                    }
                }
            }
            scenario::ScheduleTerms {
                calculation_date,
                // Set by `NoticeFields::apply`.
                launch_resolution_date: None,
                pricing_resolution_date: None,
                offsets,
                overrides,
            }
        })
}

fn frequency() -> impl Strategy<Value = FrequencyTerm> {
    prop_oneof![Just(FrequencyTerm::Daily), Just(FrequencyTerm::Weekly)]
}

/// An optional window with start ≤ end.
fn window() -> impl Strategy<Value = (Option<NaiveDate>, Option<NaiveDate>)> {
    let d = || option::of(date_in(ymd(1990, 1, 1), ymd(2060, 12, 31)));
    (d(), d()).prop_map(|(a, b)| match (a, b) {
        (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
        other => other,
    })
}

/// Typed in, or read off a day of a JGB curve (tenors 1 to 40 years, any of them
/// missing, yields of −1 % to 8 % with three decimals) for a T between that day's
/// tenors, so the recorded rate is the one the day gives.
fn rate_source() -> impl Strategy<Value = RateSource> {
    let tenors = [1u32, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 40];
    let curve = (
        date_in(ymd(1974, 9, 24), ymd(2060, 12, 31)),
        vec((any::<bool>(), -1_000i64..=8_000), tenors.len()),
        0u32..=14,
        (0u32..=1000, 0u32..=4),
        prop_oneof![Just(CurveMethod::Linear), Just(CurveMethod::NearestTenor)],
        text(),
    )
        .prop_filter_map(
            "a day with at least one yield",
            move |(date, present, after, (t, scale), method, file)| {
                let yields: Vec<TenorYield> = tenors
                    .iter()
                    .zip(present)
                    .filter(|(_, (here, _))| *here)
                    .map(|(&years, (_, rate))| TenorYield {
                        years,
                        rate: Decimal::new(rate, 5),
                    })
                    .collect();
                let (first, last) = (yields.first()?.years, yields.last()?.years);
                let span = Decimal::from(last - first);
                let term =
                    Decimal::from(first) + (span * Decimal::new(i64::from(t), 3)).round_dp(scale);
                let curve = CurveRow { date, yields };
                let valuation = date + Days::new(u64::from(after));
                let r = rate_for(std::slice::from_ref(&curve), valuation, term, method).ok()?;
                let file: String = file.chars().filter(|c| !matches!(c, '\n' | '\r')).collect();
                Some(RateSource::from_curve(&file, &r))
            },
        );
    prop_oneof![1 => Just(RateSource::Manual), 1 => curve]
}

fn option_terms() -> impl Strategy<Value = scenario::OptionTerms> {
    let source = prop_oneof![
        Just(VolatilitySource::Manual),
        (window(), frequency()).prop_map(|((window_start, window_end), frequency)| {
            VolatilitySource::History {
                window_start,
                window_end,
                frequency,
            }
        }),
    ];
    let groups = vec(
        (text(), 0u32..=50, 0u32..=500).prop_map(|(name, persons, rights)| {
            let name = if name.trim().is_empty() {
                format!("group {name}x")
            } else {
                name
            };
            AllotmentGroupTerms {
                name,
                // At least one person when the group receives rights.
                persons: if rights > 0 { persons.max(1) } else { persons },
                rights,
            }
        }),
        0..4,
    );
    (
        (text(), decimal(1, 1_000_000, 2), decimal(1, 1_000_000, 2)),
        (
            decimal(1, 100, 2),
            rate(1, 50_000),
            source,
            rate(-9_999, 9_999),
            rate_source(),
        ),
        (decimal(0, 100_000, 2), decimal(1, 1000, 2), 1u32..=1000),
        (groups, 0u32..=1000, any::<u32>()),
        (
            date_in(ymd(1990, 1, 1), ymd(2060, 12, 31)),
            0u64..=400,
            0u64..=20_000,
        ),
        (
            decimal(1, 100, 3),
            prop_oneof![
                Just(AmountConvention::Exact),
                Just(AmountConvention::Spreadsheet)
            ],
        ),
    )
        .prop_map(
            |(
                (series_name, share_price, exercise_price),
                (term_years, volatility, volatility_source, risk_free_rate, risk_free_rate_source),
                (dividend_per_share, dividend_split_ratio, shares_per_right),
                (allotment, spare_rights, exercised),
                (allotment_date, to_start, to_end),
                (later_split_ratio, amount_convention),
            )| {
                let total: u32 = allotment.iter().map(|g| g.rights).sum();
                let exercise_period_start = allotment_date + Days::new(to_start);
                OptionTerms {
                    series_name,
                    share_price,
                    exercise_price,
                    term_years,
                    volatility,
                    volatility_source,
                    risk_free_rate,
                    risk_free_rate_source,
                    dividend_per_share,
                    dividend_split_ratio,
                    shares_per_right,
                    max_rights: (total + spare_rights).max(1),
                    rights_exercised: if total == 0 {
                        0
                    } else {
                        exercised % (total + 1)
                    },
                    allotment,
                    allotment_date,
                    exercise_period_start,
                    exercise_period_end: exercise_period_start + Days::new(to_end),
                    later_split_ratio,
                    amount_convention,
                    // Set by `NoticeFields::apply`.
                    resolution_date: None,
                    dividend_fiscal_year_end: None,
                    dividend_split_effective_date: None,
                    acquisition_conditions: String::new(),
                    restructuring_terms: String::new(),
                    exercise_conditions: String::new(),
                    acquisition_conditions_ja: String::new(),
                    restructuring_terms_ja: String::new(),
                    exercise_conditions_ja: String::new(),
                }
            },
        )
}

fn price_history() -> impl Strategy<Value = scenario::PriceHistory> {
    let closes = (
        date_in(ymd(1990, 1, 1), ymd(2030, 12, 31)),
        vec((1u64..=5, decimal(1, 10_000_000, 2)), 0..300),
    )
        .prop_map(|(start, steps)| {
            let mut date = start;
            steps
                .into_iter()
                .map(|(gap, close)| {
                    date = date + Days::new(gap);
                    PricePoint { date, close }
                })
                .collect::<Vec<_>>()
        });
    let splits = vec(
        (
            date_in(ymd(1990, 1, 1), ymd(2060, 12, 31)),
            decimal(1, 1000, 2),
        )
            .prop_map(|(effective_date, ratio)| SplitTerms {
                effective_date,
                ratio,
            }),
        0..3,
    );
    let confirmed_moves = vec(date_in(ymd(1990, 1, 1), ymd(2060, 12, 31)), 0..3);
    (
        text(),
        closes,
        splits,
        window(),
        frequency(),
        2u32..=1000,
        confirmed_moves,
    )
        .prop_map(
            |(
                source,
                closes,
                splits,
                (window_start, window_end),
                frequency,
                rolling_returns,
                confirmed_moves,
            )| {
                scenario::PriceHistory {
                    source,
                    closes,
                    splits,
                    window_start,
                    window_end,
                    frequency,
                    rolling_returns,
                    confirmed_moves,
                }
            },
        )
}

/// One line of user text (a name, a code, a title), at most 40 characters.
fn line() -> impl Strategy<Value = String> {
    text().prop_map(|t| t.replace(['\n', '\r'], " ").chars().take(40).collect())
}

/// The fields schema version 2 added for the notice drafts, with dates as days before
/// (or after) the dates they are checked against.
#[derive(Debug, Clone)]
struct NoticeFields {
    short_name: String,
    listing_codes: Vec<String>,
    dateline_city: String,
    /// Launch resolution: days before the calculation date.
    launch_before: Option<u64>,
    /// Pricing resolution: days after the launch (or the calculation date).
    pricing_after: Option<u64>,
    /// Launch release: days after the launch resolution, at most up to the calculation date.
    release_after: Option<u64>,
    release_title: String,
    show_new_shares: bool,
    /// Option resolution, fiscal year end, split: days before the allotment date.
    option_dates: (Option<u64>, Option<u64>, Option<u64>),
    /// Items (8), (9), (11), in English then in Japanese; empty = none in that language.
    items: (String, String, String, String, String, String),
}

fn notice_fields() -> impl Strategy<Value = NoticeFields> {
    let days = |max: u64| option::of(0..=max);
    let item = || prop_oneof![2 => Just(String::new()), 1 => text()];
    (
        (line(), vec(line(), 0..4), line()),
        (days(60), days(10), days(60), line(), any::<bool>()),
        (days(60), days(400), days(4000)),
        (item(), item(), item(), item(), item(), item()),
    )
        .prop_map(
            |(
                (short_name, codes, dateline_city),
                (launch_before, pricing_after, release_after, release_title, show_new_shares),
                option_dates,
                items,
            )| {
                // Listing codes are non-empty and distinct.
                let mut listing_codes: Vec<String> = Vec::new();
                for (i, code) in codes.into_iter().enumerate() {
                    let code = if code.trim().is_empty() {
                        format!("X:{i}")
                    } else {
                        code
                    };
                    if !listing_codes.contains(&code) {
                        listing_codes.push(code);
                    }
                }
                NoticeFields {
                    short_name,
                    listing_codes,
                    dateline_city,
                    launch_before,
                    pricing_after,
                    release_after,
                    release_title,
                    show_new_shares,
                    option_dates,
                    items,
                }
            },
        )
}

impl NoticeFields {
    fn apply(self, s: &mut Scenario) {
        s.company.short_name = self.short_name;
        s.company.listing_codes = self.listing_codes;
        s.company.dateline_city = self.dateline_city;
        let calc = s.schedule.calculation_date;
        let launch = self.launch_before.map(|d| calc - Days::new(d));
        s.schedule.launch_resolution_date = launch;
        s.schedule.pricing_resolution_date = self
            .pricing_after
            .map(|d| launch.unwrap_or(calc) + Days::new(d));
        s.drafts.launch_release_title = self.release_title;
        s.drafts.launch_release_date = self
            .release_after
            .map(|d| (launch.unwrap_or(calc) + Days::new(d)).min(calc));
        s.drafts.show_new_shares_offered = self.show_new_shares;
        let allot = s.option.allotment_date;
        let before = |d: Option<u64>| d.map(|d| allot - Days::new(d));
        s.option.resolution_date = before(self.option_dates.0);
        s.option.dividend_fiscal_year_end = before(self.option_dates.1);
        s.option.dividend_split_effective_date = before(self.option_dates.2);
        (
            s.option.acquisition_conditions,
            s.option.restructuring_terms,
            s.option.exercise_conditions,
            s.option.acquisition_conditions_ja,
            s.option.restructuring_terms_ja,
            s.option.exercise_conditions_ja,
        ) = self.items;
    }
}

/// The capital section (schema version 7): empty, or issued shares with fewer treasury
/// shares and net income, EPS or neither, of either sign.
fn capital() -> impl Strategy<Value = scenario::CapitalTerms> {
    let earnings = prop_oneof![
        Just((None, None)),
        decimal(-1_000_000_000_000, 1_000_000_000_000, 2).prop_map(|v| (Some(v), None)),
        decimal(-100_000, 100_000, 2).prop_map(|v| (None, Some(v))),
    ];
    let given = (1u64..=10_000_000_000)
        .prop_flat_map(|issued| (Just(issued), 0..issued))
        .prop_flat_map(move |shares| (Just(shares), earnings.clone()))
        .prop_map(
            |((issued, treasury), (net_income, eps))| scenario::CapitalTerms {
                issued_shares: Some(issued),
                treasury_shares: treasury,
                net_income,
                eps,
            },
        );
    prop_oneof![
        1 => Just(scenario::CapitalTerms::default()),
        3 => given,
    ]
}

/// Arbitrary scenarios; mostly valid (the tests keep only the valid ones).
fn any_scenario() -> impl Strategy<Value = Scenario> {
    // Boxed: the whole strategy by value overflows a test thread's stack in debug builds.
    (
        (text(), text(), text(), text()),
        offering().boxed(),
        schedule().boxed(),
        option_terms().boxed(),
        price_history().boxed(),
        notice_fields().boxed(),
        capital().boxed(),
    )
        .prop_map(
            |(
                (title, company, code, notes),
                offering,
                schedule,
                option,
                history,
                notice,
                capital,
            )| {
                let mut s = Scenario::template(schedule.calculation_date);
                s.title = title;
                s.company.name = company;
                s.company.securities_code = code;
                s.notes = notes;
                s.offering = offering;
                s.capital = capital;
                s.schedule = schedule;
                s.option = option;
                s.price_history = history;
                notice.apply(&mut s);
                s
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: CASES,
        // The timetable and the exercise period reject a few percent of the cases.
        max_global_rejects: 4 * CASES,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_valid_scenario_round_trips_exactly(s in any_scenario()) {
        let problems = validate(&s);
        prop_assume!(problems.is_empty(), "{:?}", problems);
        let text = to_json(&s);
        let back = from_json(&text);
        prop_assert_eq!(back.as_ref(), Ok(&s));
        // Stable: saving what was loaded writes the same bytes.
        prop_assert_eq!(to_json(&back.unwrap()), text);
    }

    #[test]
    fn lossy_bytes_never_panic_the_loader(bytes in vec(any::<u8>(), 0..2048)) {
        let _ = from_json(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_strings_never_panic_the_loader(text in any::<String>()) {
        let _ = from_json(&text);
        // The same with a valid-looking head, to get past the version check.
        let _ = from_json(&format!("{{\"schema_version\": 1, {text}"));
    }

    #[test]
    fn mutated_samples_never_panic_the_loader(
        doc in prop_oneof![Just(Doc::Sample), Just(Doc::Template)],
        edits in vec(edit(), 1..6),
    ) {
        let mut bytes = doc.bytes();
        for e in edits {
            e.apply(&mut bytes);
        }
        let _ = from_json(&String::from_utf8_lossy(&bytes));
    }
}

/// The documents the mutation test starts from: the big sample, and a small template
/// whose every field is close to the start (so edits reach all of them).
#[derive(Debug, Clone, Copy)]
enum Doc {
    Sample,
    Template,
}

impl Doc {
    fn bytes(self) -> Vec<u8> {
        match self {
            Doc::Sample => scenario::SAMPLE_SCENARIO_JSON.as_bytes().to_vec(),
            Doc::Template => {
                let mut s = Scenario::template(ymd(2013, 7, 10));
                s.price_history = scenario::sample().unwrap().price_history;
                s.price_history.closes.truncate(5);
                s.offering = scenario::sample().unwrap().offering;
                to_json(&s).into_bytes()
            }
        }
    }
}

/// One mutation; positions are fractions of the length so they fit any document.
#[derive(Debug, Clone)]
enum Edit {
    /// XOR one byte.
    Flip { at: f64, mask: u8 },
    /// Cut the document at a point.
    Truncate { at: f64 },
    /// Copy a slice and insert it elsewhere.
    Duplicate { from: f64, len: usize, to: f64 },
    /// Replace a byte with one that matters to JSON.
    Token { at: f64, byte: u8 },
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = || 0.0..1.0f64;
    prop_oneof![
        4 => (at(), 1u8..=255).prop_map(|(at, mask)| Edit::Flip { at, mask }),
        1 => at().prop_map(|at| Edit::Truncate { at }),
        2 => (at(), 1usize..400, at()).prop_map(|(from, len, to)| Edit::Duplicate { from, len, to }),
        3 => (at(), proptest::sample::select(b"{}[]\",:-0123456789.eE \\nt".to_vec()))
            .prop_map(|(at, byte)| Edit::Token { at, byte }),
    ]
}

impl Edit {
    fn apply(&self, bytes: &mut Vec<u8>) {
        if bytes.is_empty() {
            return;
        }
        let index = |f: f64| ((f * bytes.len() as f64) as usize).min(bytes.len() - 1);
        match *self {
            Edit::Flip { at, mask } => {
                let i = index(at);
                bytes[i] ^= mask;
            }
            Edit::Truncate { at } => {
                let i = index(at);
                bytes.truncate(i);
            }
            Edit::Duplicate { from, len, to } => {
                let start = index(from);
                let end = (start + len).min(bytes.len());
                let slice = bytes[start..end].to_vec();
                let to = index(to);
                bytes.splice(to..to, slice);
            }
            Edit::Token { at, byte } => {
                let i = index(at);
                bytes[i] = byte;
            }
        }
    }
}

#[test]
fn the_generator_mostly_makes_valid_scenarios() {
    // Guards the property above against a generator that drifts into rejecting almost
    // everything (prop_assume would then test next to nothing).
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = any_scenario();
    let valid = (0..200)
        .filter(|_| {
            let s = strategy.new_tree(&mut runner).unwrap().current();
            validate(&s).is_empty()
        })
        .count();
    assert!(
        valid >= 150,
        "only {valid} of 200 generated scenarios are valid"
    );
}

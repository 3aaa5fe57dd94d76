//! The scenario File > New starts from: valid, round figures to overwrite.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::*;
use crate::domain::options::AmountConvention;
use crate::domain::schedule::{ScheduleOffsets, ScheduleOverrides};

impl Scenario {
    /// A new scenario priced on `calculation_date` (the UI passes today). Every field
    /// holds a valid placeholder so the results show from the first keystroke.
    pub fn template(calculation_date: NaiveDate) -> Scenario {
        let d = |v: i64, scale: u32| Decimal::new(v, scale);
        Scenario {
            schema_version: SCHEMA_VERSION,
            title: "Untitled scenario".into(),
            company: Company {
                name: String::new(),
                short_name: String::new(),
                securities_code: String::new(),
                listing_codes: Vec::new(),
                // Most TSE issuers date their releases from Tokyo; editable.
                dateline_city: "Tokyo".into(),
                name_ja: String::new(),
            },
            offering: OfferingTerms {
                base_price: d(1000, 0),
                issue_price: IssuePriceTerms::Discount {
                    discount_rate: d(3, 2),
                },
                tick_size: None,
                amount_to_be_paid: PaidTerms::Spread {
                    spread_rate: d(4, 2),
                },
                new_shares: 1_000_000,
                stated_capital_ratio: d(5, 1),
                over_allotment_shares: 150_000,
                allotment_shares: 150_000,
                estimated_expenses: Decimal::ZERO,
                uses_of_proceeds: Vec::new(),
            },
            capital: CapitalTerms::default(),
            schedule: ScheduleTerms {
                calculation_date,
                launch_resolution_date: None,
                pricing_resolution_date: None,
                offsets: ScheduleOffsets::default(),
                overrides: ScheduleOverrides::default(),
            },
            option: OptionTerms {
                series_name: String::new(),
                share_price: d(1000, 0),
                exercise_price: Decimal::ONE,
                term_years: d(15, 0),
                volatility: d(30, 2),
                volatility_source: VolatilitySource::Manual,
                risk_free_rate: d(1, 2),
                risk_free_rate_source: RateSource::Manual,
                dividend_per_share: Decimal::ZERO,
                dividend_split_ratio: Decimal::ONE,
                shares_per_right: 100,
                max_rights: 100,
                allotment: vec![AllotmentGroupTerms {
                    name: "Directors".into(),
                    persons: 1,
                    rights: 100,
                }],
                allotment_date: calculation_date,
                exercise_period_start: calculation_date,
                exercise_period_end: calculation_date,
                rights_exercised: 100,
                later_split_ratio: Decimal::ONE,
                amount_convention: AmountConvention::Exact,
                resolution_date: None,
                dividend_fiscal_year_end: None,
                dividend_split_effective_date: None,
                acquisition_conditions: String::new(),
                restructuring_terms: String::new(),
                exercise_conditions: String::new(),
                acquisition_conditions_ja: String::new(),
                restructuring_terms_ja: String::new(),
                exercise_conditions_ja: String::new(),
            },
            paid_option: None,
            price_history: PriceHistory {
                source: String::new(),
                closes: Vec::new(),
                splits: Vec::new(),
                window_start: None,
                window_end: None,
                frequency: FrequencyTerm::Weekly,
                rolling_returns: 52,
                confirmed_moves: Vec::new(),
            },
            drafts: DraftTerms::default(),
            notes: String::new(),
            title_ja: String::new(),
            notes_ja: String::new(),
        }
    }
}

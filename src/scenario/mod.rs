//! The saved document: every input of an offering and an option grant, the price
//! history it was valued on, and free-text notes, as one self-contained JSON file.
//!
//! Amounts and rates are decimal strings ("3450", "0.03") so nothing is lost to
//! binary floating point; dates are ISO 8601. `schema_version` guards the format:
//! older versions migrate forward, newer ones are refused.

mod history_check;
mod load;
mod paid;
mod paid_template;
mod paid_terms;
mod rate_check;
mod results;
mod template;
mod terms;
mod validate;
mod variant;
pub mod wording;

pub use history_check::{
    HistoryCheck, SIGMA_DP, SigmaCheck, check_sigma, sigma_against, sigma_for_option,
};
pub use load::{LoadError, from_json, to_json};
pub use paid::*;
pub use paid_template::{
    TEMPLATE_EXERCISE_MULTIPLE, TEMPLATE_RIGHTS, TEMPLATE_SHARES_PER_RIGHT, TEMPLATE_THRESHOLD,
};
pub use paid_terms::*;
pub use rate_check::{RateCheck, check_rate};
pub use results::{OptionResults, ScenarioResults, VolatilityResults};
pub use terms::*;
pub use validate::validate;

/// The format this build writes. Bump it with a migration in `load.rs`.
pub const SCHEMA_VERSION: u32 = 8;

/// The sample scenario bundled with the app: IIJ's 2013 offering and option notices.
pub const SAMPLE_SCENARIO_JSON: &str = include_str!("../../assets/scenarios/iij-2013.json");

/// Loads the bundled sample. It is checked by the test suite, so this cannot fail in
/// a released build; should it ever, the caller gets the load error, not a panic.
pub fn sample() -> Result<Scenario, LoadError> {
    from_json(SAMPLE_SCENARIO_JSON)
}

//! Stock-compensation stock options: the Black–Scholes value per share (f64), the amount
//! per right rounded up exactly (double-double where the remainder is tiny), and the yen
//! amounts built on it (Decimal).

mod amounts;
mod black_scholes;
mod dd;
mod normal;
mod per_right;

pub use amounts::{
    AllotmentGroup, AllotmentRow, AllotmentSummary, DividendYield, ExerciseCapital,
    RATIO_PRODUCT_DECIMAL_PLACES, SplitAdjustment, adjust_shares_per_right, allotment,
    capital_on_exercise, dividend_yield,
};
pub(crate) use black_scholes::log_moneyness;
pub use black_scholes::{
    BlackScholesInputs, BlackScholesResult, Evaluation, MAX_TERM_YEARS, Part, RATE_LIMIT,
    VOLATILITY_RANGE, black_scholes,
};
pub use normal::{norm_cdf, norm_pdf};
pub use per_right::{
    AmountConvention, AmountPerRight, Ceiling, ExactInputs, Method, Quotient,
    STATED_PRICE_DECIMAL_PLACES, amount_per_right, spreadsheet_roundup,
};

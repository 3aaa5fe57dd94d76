//! Stock-compensation stock options: the Black–Scholes value per share (f64) and the yen
//! amounts built on it (Decimal).

mod amounts;
mod black_scholes;
mod normal;

pub use amounts::{
    AllotmentGroup, AllotmentRow, AllotmentSummary, AmountPerRight, DividendYield, ExerciseCapital,
    PRICE_DECIMAL_PLACES, RATIO_PRODUCT_DECIMAL_PLACES, SplitAdjustment, adjust_shares_per_right,
    allotment, amount_per_right, capital_on_exercise, dividend_yield,
};
pub use black_scholes::{
    BlackScholesInputs, BlackScholesResult, MAX_TERM_YEARS, RATE_LIMIT, VOLATILITY_RANGE,
    black_scholes,
};
pub use normal::{norm_cdf, norm_pdf};

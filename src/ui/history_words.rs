//! Suspected splits, split ratios and σ in words, for the import preview and the
//! Stock options and Volatility panels alike.

use rust_decimal::Decimal;

use crate::domain::money::{format_grouped, format_percent, format_yen, round_half_up};
use crate::i18n::{self, Language};

/// σ as the figures show it, a percent to 4 decimals, kept on one line when text wraps:
/// 0.425281 → "42.5281 %".
pub fn sigma_percent(sigma: Decimal) -> String {
    format_percent(sigma, 4).replace(' ', "\u{a0}")
}
use crate::domain::split_check::SuspectedSplit;
use crate::scenario::{FrequencyTerm, VolatilitySource};

/// A ratio to two decimals with separators: 203.869895 → "203.87".
pub fn ratio_text(r: f64) -> String {
    Decimal::from_f64_retain(r)
        .map(|v| format_grouped(round_half_up(v, 2)))
        .unwrap_or_else(|| r.to_string())
}

/// A move between two closes given as previous ÷ next: "÷ 203.87" for a fall, "× 2.02"
/// for a rise.
pub fn change_text(implied_ratio: f64) -> String {
    if implied_ratio >= 1.0 {
        format!("÷ {}", ratio_text(implied_ratio))
    } else {
        format!("× {}", ratio_text(1.0 / implied_ratio))
    }
}

/// One suspected split, in words: "2012-10-01: 858,700 → 4,212 (÷ 203.87), ≈ 1:200 split".
pub fn describe_suspect(s: &SuspectedSplit) -> String {
    let price = |v: f64| {
        Decimal::from_f64_retain(v)
            .map(|d| format_yen(round_half_up(d, 2)))
            .unwrap_or_default()
    };
    let change = change_text(s.implied_ratio);
    let tail = match (s.unadjusted(), s.suggested) {
        (true, Some(r)) => format!("looks like a {} with no adjustment entered", r.describe()),
        (true, None) => "a large move with no adjustment entered".to_owned(),
        (false, Some(r)) => format!(
            "the ratio entered here ({}) leaves a jump; the closes suggest a {}",
            ratio_text(s.entered_ratio),
            r.describe()
        ),
        (false, None) => format!(
            "the closes do not jump here, but a ratio of {} is entered: it makes a jump",
            ratio_text(s.entered_ratio)
        ),
    };
    format!(
        "{}: {} → {} ({change}), {tail}",
        s.date,
        price(s.previous_close),
        price(s.close)
    )
}

/// The window σ was recorded with, in `language`: "2005-12-02 to 2013-07-11, weekly",
/// "2005-12-02 から 2013-07-11、週次"; empty for σ entered by hand.
pub fn window_words(language: Language, source: &VolatilitySource) -> String {
    let VolatilitySource::History {
        window_start,
        window_end,
        frequency,
    } = source
    else {
        return String::new();
    };
    let date = |d: &Option<chrono::NaiveDate>, none: &str| {
        d.map_or_else(|| i18n::text(language, none), |d| d.to_string())
    };
    let sampling = match frequency {
        FrequencyTerm::Daily => "radio-daily",
        FrequencyTerm::Weekly => "radio-weekly",
    };
    i18n::text_with(
        language,
        "sigma-window",
        &[
            ("from", date(window_start, "sigma-first-close").into()),
            ("to", date(window_end, "sigma-last-close").into()),
            ("sampling", i18n::text(language, sampling).into()),
        ],
    )
}

/// Where σ came from, in `language`: "σ entered", or "σ from price history, 2005-12-02
/// to 2013-07-11, weekly".
pub fn sigma_source(language: Language, source: &VolatilitySource) -> String {
    match source {
        VolatilitySource::Manual => i18n::text(language, "sigma-entered"),
        VolatilitySource::History { .. } => i18n::text_with(
            language,
            "sigma-from-history",
            &[("window", window_words(language, source).into())],
        ),
    }
}

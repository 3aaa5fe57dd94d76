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
use crate::domain::split_check::{SplitRatio, SuspectedSplit};
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

/// A split or consolidation in `language`: "1:200 split", 「1:200の株式分割」.
pub fn ratio_words(language: Language, r: SplitRatio) -> String {
    ratio_message(r).text(language)
}

/// [`ratio_words`] as a message, to put inside another one.
pub fn ratio_message(r: SplitRatio) -> crate::domain::Message {
    let id = if r.consolidation {
        "split-ratio-consolidation"
    } else {
        "split-ratio-split"
    };
    crate::domain::Message::id(id).with("n", crate::domain::Arg::Count(r.n.into()))
}

/// One suspected split, in words: "2012-10-01: 858,700 → 4,212 (÷ 203.87), looks like a
/// 1:200 split with no adjustment entered".
pub fn describe_suspect(language: Language, s: &SuspectedSplit) -> String {
    let price = |v: f64| {
        Decimal::from_f64_retain(v)
            .map(|d| format_yen(round_half_up(d, 2)))
            .unwrap_or_default()
    };
    let text = |id: &str, args: &[(&str, String)]| {
        let args: Vec<_> = args.iter().map(|(k, v)| (*k, v.clone().into())).collect();
        i18n::text_with(language, id, &args)
    };
    let tail = match (s.unadjusted(), s.suggested) {
        (true, Some(r)) => text("suspect-unadjusted", &[("ratio", ratio_words(language, r))]),
        (true, None) => text("suspect-large-move", &[]),
        (false, Some(r)) => text(
            "suspect-ratio-leaves-jump",
            &[
                ("entered", ratio_text(s.entered_ratio)),
                ("ratio", ratio_words(language, r)),
            ],
        ),
        (false, None) => text(
            "suspect-ratio-makes-jump",
            &[("entered", ratio_text(s.entered_ratio))],
        ),
    };
    text(
        "suspect-line",
        &[
            ("date", s.date.to_string()),
            ("previous", price(s.previous_close)),
            ("close", price(s.close)),
            ("change", change_text(s.implied_ratio)),
            ("tail", tail),
        ],
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

//! The scenario's history check (suspected splits, a σ that no longer comes from the
//! history), kept until the history or the option's σ changes: with years of daily
//! closes, checking every frame would cost as much as the rest of the frame.

use rust_decimal::Decimal;

use crate::scenario::{HistoryCheck, PriceHistory, Scenario, VolatilitySource};

#[derive(Default)]
pub struct CheckCache {
    /// What the check was made on: compared each frame, cloned only on change.
    key: Option<(PriceHistory, Decimal, VolatilitySource)>,
    check: Option<HistoryCheck>,
}

impl CheckCache {
    /// The check of `scenario`, made again only if what it depends on changed.
    pub fn get(&mut self, scenario: &Scenario) -> &HistoryCheck {
        let o = &scenario.option;
        let unchanged = self.key.as_ref().is_some_and(|(h, sigma, source)| {
            *sigma == o.volatility && *source == o.volatility_source && *h == scenario.price_history
        });
        if !unchanged || self.check.is_none() {
            self.key = Some((
                scenario.price_history.clone(),
                o.volatility,
                o.volatility_source.clone(),
            ));
            self.check = None;
        }
        self.check.get_or_insert_with(|| HistoryCheck::of(scenario))
    }
}

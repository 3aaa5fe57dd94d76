//! Amount per right against σ and against S, each point valued by the domain
//! (`black_scholes`, then `amount_per_right` in the scenario's rounding convention) with
//! the other inputs as they stand.

use crate::ui::lang::tr;
use eframe::egui::{RichText, Ui};
use egui_plot::{Corner, GridMark, Legend, Line, Plot, PlotPoints, VLine};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::super::PanelContext;
use crate::domain::money::format_count;
use crate::domain::options::{BlackScholesInputs, ExactInputs, amount_per_right, black_scholes};
use crate::scenario::OptionTerms;
use crate::ui::results::problem;

/// σ from 1 % to 150 % in steps of 1 %.
const SIGMA_PCT: std::ops::RangeInclusive<u32> = 1..=150;
/// S from 50 % to 150 % of the current price in steps of 1 %.
const SPOT_PCT: std::ops::RangeInclusive<u32> = 50..=150;
const HEIGHT: f32 = 220.0;

pub fn show(ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
    ui.heading(tr(ui, "ui-option-sensitivity"));
    let o = &cx.form.scenario.option;
    let inputs = match &cx.results.option {
        Ok(r) => r.inputs,
        Err(e) => {
            problem(ui, &e.to_string());
            return;
        }
    };
    ui.label(RichText::new(crate::ui::lang::tr(ui, "sensitivity-explained")).weak());
    let by_sigma = sigma_points(o);
    let by_spot = spot_points(o);
    let sigma_now = inputs.volatility * 100.0;
    let spot_now = inputs.spot;
    // Words first: the columns borrow `ui` for themselves.
    let sigma_axis = tr(ui, "ui-volatility");
    let spot_axis = tr(ui, "ui-share-price-s-jpy");
    let per_right_axis = tr(ui, "ui-jpy-per-right");
    let amount_line = tr(ui, "chart-amount-per-right");
    let current_sigma = tr(ui, "chart-current-sigma");
    let current_spot = tr(ui, "chart-current-spot");
    ui.columns(2, |cols| {
        Plot::new("option-by-sigma")
            .height(HEIGHT)
            .legend(Legend::default().position(Corner::LeftTop))
            .x_axis_label(sigma_axis)
            .y_axis_label(per_right_axis.clone())
            .y_axis_formatter(grouped)
            .allow_scroll(false)
            .show(&mut cols[0], |plot| {
                plot.line(Line::new(amount_line.clone(), PlotPoints::from(by_sigma)));
                plot.vline(VLine::new(current_sigma, sigma_now));
            });
        Plot::new("option-by-spot")
            .height(HEIGHT)
            .legend(Legend::default().position(Corner::LeftTop))
            .x_axis_label(spot_axis)
            .y_axis_label(per_right_axis)
            .x_axis_formatter(grouped)
            .y_axis_formatter(grouped)
            .allow_scroll(false)
            .show(&mut cols[1], |plot| {
                plot.line(Line::new(amount_line, PlotPoints::from(by_spot)));
                plot.vline(VLine::new(current_spot, spot_now));
            });
    });
}

/// The amount per right in yen for one set of inputs (the scenario's convention), as a
/// plotting number.
fn amount(exact: &ExactInputs, o: &OptionTerms) -> Option<f64> {
    let q = exact.dividend_yield;
    let inputs = BlackScholesInputs {
        spot: exact.spot.to_f64()?,
        strike: exact.strike.to_f64()?,
        term_years: exact.term_years.to_f64()?,
        volatility: exact.volatility.to_f64()?,
        risk_free_rate: exact.risk_free_rate.to_f64()?,
        dividend_yield: q.numerator.checked_div(q.denominator)?.to_f64()?,
    };
    let valuation = black_scholes(&inputs).ok()?;
    amount_per_right(
        exact,
        &inputs,
        &valuation,
        o.shares_per_right,
        o.amount_convention,
    )
    .ok()?
    .amount
    .to_f64()
}

fn sigma_points(o: &OptionTerms) -> Vec<[f64; 2]> {
    let Some(base) = o.exact_inputs_at(o.share_price) else {
        return Vec::new();
    };
    SIGMA_PCT
        .filter_map(|pct| {
            let at = ExactInputs {
                volatility: Decimal::from(pct) / Decimal::ONE_HUNDRED,
                ..base
            };
            amount(&at, o).map(|y| [f64::from(pct), y])
        })
        .collect()
}

fn spot_points(o: &OptionTerms) -> Vec<[f64; 2]> {
    SPOT_PCT
        .filter_map(|pct| {
            let spot = o.share_price * Decimal::from(pct) / Decimal::ONE_HUNDRED;
            let at = o.exact_inputs_at(spot)?;
            let x = spot.to_f64()?;
            amount(&at, o).map(|y| [x, y])
        })
        .collect()
}

/// Axis ticks with thousands separators once they are whole numbers.
fn grouped(mark: GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    if mark.step_size >= 1.0 && mark.value >= 0.0 {
        format_count(mark.value.round() as u64)
    } else {
        format!("{}", mark.value)
    }
}

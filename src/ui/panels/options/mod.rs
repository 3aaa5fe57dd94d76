//! The stock options panel: the terms of a stock-acquisition-rights issue as the notice
//! words them, the valuation and its derivation beside them, the allotment table, and
//! how the amount per right moves with σ and S.

mod allotment;
mod sensitivity;
mod terms;

use eframe::egui::{self, RichText, Ui};

use super::PanelContext;
use crate::report::{self, Figure};
use crate::ui::results::{derivations_toggle, figures_grid, problem};

/// Figures of the "option" section, by group and in the notice's order.
const VALUATION: &[&str] = &[
    "dividend_yield",
    "d1",
    "d2",
    "price_per_share",
    "amount_per_right",
];
const GREEKS: &[&str] = &["delta", "gamma", "vega", "theta", "rho"];
const ALLOTMENT_TOTALS: &[&str] = &[
    "total_persons",
    "total_rights",
    "total_shares",
    "total_value",
];
const EXERCISE: &[&str] = &[
    "exercise_capital_increase_limit",
    "exercise_stated_capital",
    "exercise_capital_reserve",
];
const SPLIT: &[&str] = &["shares_per_right_after_split"];

/// View state of the panel (none yet: the charts' ranges are fixed).
#[derive(Default)]
pub struct OptionsPanel {}

impl OptionsPanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        ui.columns(2, |cols| {
            terms::show(&mut cols[0], cx.form, &cx.history.sigma, cx.queue);
            figures(&mut cols[1], cx);
        });
        ui.add_space(12.0);
        ui.separator();
        allotment::show(ui, cx);
        ui.add_space(12.0);
        ui.separator();
        sensitivity::show(ui, cx);
    }
}

/// The "option" figures of the summary, in groups; the section's problem instead when
/// the valuation cannot be made.
fn figures(ui: &mut Ui, cx: &PanelContext<'_, '_>) {
    ui.heading("Valuation");
    if let Err(e) = &cx.results.option {
        problem(ui, &e.to_string());
        return;
    }
    let all = report::summary(cx.form.scenario, cx.results);
    let pick = |keys: &[&str]| -> Vec<&Figure> {
        keys.iter()
            .filter_map(|k| all.iter().find(|f| f.section == "option" && f.key == *k))
            .collect()
    };
    let stale = cx.stale();
    if let Some(amount) = pick(&["amount_per_right"]).first() {
        headline(ui, amount);
    }
    derivations_toggle(ui);
    if stale {
        ui.label(
            RichText::new("Not current: results are from the last valid entries.")
                .color(ui.visuals().warn_fg_color),
        );
    }
    ui.scope(|ui| {
        if stale {
            ui.multiply_opacity(0.45);
        }
        // Dimmed once for all groups above, so each grid is drawn as current.
        figures_grid(ui, "option-valuation", &pick(VALUATION), false);
        group(ui, "Greeks of C (per share)");
        figures_grid(ui, "option-greeks", &pick(GREEKS), false);
        group(ui, "Allotment");
        figures_grid(
            ui,
            "option-allotment-totals",
            &pick(ALLOTMENT_TOTALS),
            false,
        );
        group(
            ui,
            "Capital on exercise (Ordinance on Company Accounting art. 17)",
        );
        figures_grid(ui, "option-exercise", &pick(EXERCISE), false);
        group(ui, "Adjustment on a later split or consolidation");
        figures_grid(ui, "option-split", &pick(SPLIT), false);
    });
}

/// The figure the notice is about, with the calculation it prints beside it.
fn headline(ui: &mut Ui, f: &Figure) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label("Amount to be paid per right");
            ui.label(
                RichText::new(f.value.display())
                    .monospace()
                    .strong()
                    .size(18.0),
            );
        });
        ui.label(RichText::new(&f.derivation).small().weak());
    });
}

fn group(ui: &mut Ui, title: &str) {
    ui.add_space(8.0);
    ui.label(RichText::new(title).strong());
}

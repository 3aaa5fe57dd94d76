//! The stock options panel: the terms of a stock-acquisition-rights issue as the notice
//! words them, the valuation and its derivation beside them, the allotment table, and
//! how the amount per right moves with σ and S.

mod allotment;
mod sensitivity;
mod terms;

pub use terms::use_rate;

use crate::ui::lang::{tr, tr_args};
use eframe::egui::{self, RichText, Ui};

use super::PanelContext;
use crate::domain::options::{AmountConvention, AmountPerRight, Ceiling};
use crate::report::{self, Figure, Value};
use crate::ui::results::{derivations_toggle, figures_grid, problem};

/// Figures of the "option" section, by group and in the notice's order.
const VALUATION: &[&str] = &[
    "dividend_yield",
    "d1",
    "d2",
    "n_d1",
    "n_d2",
    "price_per_share",
    "price_times_shares",
    "amount_per_right",
    "amount_per_right_exact",
    "amount_per_right_spreadsheet",
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
    ui.heading(tr(ui, "ui-valuation"));
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
    if let (Some(amount), Ok(o)) = (pick(&["amount_per_right"]).first(), &cx.results.option) {
        headline(ui, amount, &o.per_right);
    }
    derivations_toggle(ui);
    if stale {
        ui.label(
            RichText::new(tr(
                ui,
                "ui-not-current-results-are-from-the-last-valid-entr",
            ))
            .color(ui.visuals().warn_fg_color),
        );
    }
    ui.scope(|ui| {
        if stale {
            ui.multiply_opacity(0.45);
        }
        // Dimmed once for all groups above, so each grid is drawn as current.
        figures_grid(ui, "option-valuation", &pick(VALUATION), false);
        group(ui, "ui-greeks-of-c-per-share");
        figures_grid(ui, "option-greeks", &pick(GREEKS), false);
        group(ui, "ui-allotment");
        figures_grid(
            ui,
            "option-allotment-totals",
            &pick(ALLOTMENT_TOTALS),
            false,
        );
        group(ui, "ui-capital-on-exercise");
        figures_grid(ui, "option-exercise", &pick(EXERCISE), false);
        group(ui, "ui-adjustment-on-a-later-split-or-consolidation");
        figures_grid(ui, "option-split", &pick(SPLIT), false);
    });
}

/// The figure the notice is about, with the calculation it prints beside it; where the
/// exact and the spreadsheet rounding differ, both, and which one the scenario files;
/// where the computation cannot decide, that, in the error colour.
fn headline(ui: &mut Ui, f: &Figure, per: &AmountPerRight) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let undecided = per.chosen().decided().is_none();
        ui.horizontal(|ui| {
            ui.label(tr(ui, "ui-amount-to-be-paid-per-right"));
            let language = crate::ui::lang::language(ui.ctx());
            let text = RichText::new(f.shown_in(language))
                .monospace()
                .strong()
                .size(18.0);
            ui.label(if undecided {
                text.color(ui.visuals().error_fg_color)
            } else {
                text
            });
        });
        if !per.conventions_agree() {
            let language = crate::ui::lang::language(ui.ctx());
            let yen = |v| Value::Yen(v).display_in(language);
            let figure = |c: Ceiling| match c {
                Ceiling::Decided(v) => yen(v),
                Ceiling::Undecided { low, high } => tr_args(
                    ui,
                    "option-undecided-between",
                    &[("low", &yen(low)), ("high", &yen(high))],
                ),
            };
            let used = if per.convention == AmountConvention::Exact {
                "exact"
            } else {
                "spreadsheet"
            };
            let warn = ui.visuals().warn_fg_color;
            let text = tr_args(
                ui,
                "option-roundings-differ",
                &[
                    ("exact", &figure(per.exact)),
                    ("spreadsheet", &figure(per.spreadsheet)),
                    ("used", used),
                ],
            );
            ui.label(RichText::new(text).color(warn));
        }
        if undecided {
            ui.label(
                RichText::new(tr(ui, "option-undecided-explained"))
                    .color(ui.visuals().error_fg_color),
            );
        }
        let language = crate::ui::lang::language(ui.ctx());
        ui.label(RichText::new(f.explained_in(language)).small().weak());
    });
}

/// A group heading between figure grids; `id` is its message.
fn group(ui: &mut Ui, id: &str) {
    ui.add_space(8.0);
    ui.label(RichText::new(tr(ui, id)).strong());
}

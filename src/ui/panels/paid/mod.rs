//! The paid-in options panel (有償ストックオプション): the grant's terms, share-price
//! conditions, performance condition and early exercise on the left, its value from the
//! background valuation on the right, then the convergence and sample-path charts and
//! the design table. Without a grant, what
//! the panel is for and a button that adds one prefilled from the scenario.

mod charts;
mod check;
mod conditions;
mod design;
mod performance;
mod result;
mod terms;

use std::collections::BTreeMap;

use eframe::egui::{self, RichText, Ui};

use super::PanelContext;
use crate::scenario::PaidOptionTerms;
use crate::ui::lang::tr;
use crate::ui::results::problem;

/// View state: cached sample paths, the design table, refusals on condition rows, the
/// check by simulation, and whether "Remove the grant" waits for its confirmation.
#[derive(Default)]
pub struct PaidPanel {
    paths: charts::PathCache,
    design: design::DesignTable,
    refused: BTreeMap<usize, String>,
    performance: performance::PerformanceState,
    check: check::SimulationCheck,
    confirm_remove: bool,
}

impl PaidPanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        let Some(terms) = cx.form.scenario.paid_option.clone() else {
            empty_state(ui, cx);
            return;
        };
        let paid = match &cx.results.paid_option {
            Some(Ok(p)) => Some(p.clone()),
            _ => None,
        };
        let inputs = paid.as_ref().map(|p| &p.inputs);
        ui.columns(2, |cols| {
            terms::show(&mut cols[0], cx.form, &terms, inputs);
            cols[0].add_space(12.0);
            conditions::show(&mut cols[0], cx.form, &terms, inputs, &mut self.refused);
            cols[0].add_space(12.0);
            performance::show(&mut cols[0], cx.form, &terms, &mut self.performance);
            match (&paid, &cx.results.paid_option) {
                (Some(p), _) => result::show(&mut cols[1], cx, p, &mut self.check),
                (None, Some(Err(e))) => {
                    cols[1].heading(tr(&cols[1], "paid-heading-result"));
                    let language = crate::ui::lang::language(cols[1].ctx());
                    problem(
                        &mut cols[1],
                        &format!("{}: {}", e.field, e.message_in(language)),
                    );
                }
                _ => {}
            }
        });
        ui.add_space(12.0);
        ui.separator();
        if let Some(p) = &paid {
            let view = cx.paid;
            let shown = match (&p.valued, view.last) {
                (Some(Ok(v)), _) => Some(&v.valuation),
                (_, Some((_, Ok(v)))) => Some(&v.valuation),
                _ => None,
            };
            ui.columns(2, |cols| {
                let check = view.current.then(|| self.check.result(&p.inputs)).flatten();
                charts::convergence(&mut cols[0], shown, check);
                charts::sample(&mut cols[1], &mut self.paths, &p.inputs);
            });
            ui.add_space(12.0);
            ui.separator();
        }
        design::show(ui, &mut self.design, inputs);
        ui.add_space(12.0);
        ui.separator();
        self.remove(ui, cx);
    }

    /// "Remove the grant…", then its confirmation; Edit › Undo brings it back.
    fn remove(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        if !self.confirm_remove {
            if ui
                .button(tr(ui, "paid-remove"))
                .on_hover_text(tr(ui, "paid-remove-hint"))
                .clicked()
            {
                self.confirm_remove = true;
            }
            return;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(tr(ui, "paid-remove-confirm")).color(ui.visuals().warn_fg_color),
            );
            if ui.button(tr(ui, "paid-remove-yes")).clicked() {
                cx.form.scenario.paid_option = None;
                cx.form.drafts.clear();
                self.refused.clear();
                self.performance = Default::default();
                self.confirm_remove = false;
            }
            if ui.button(tr(ui, "paid-remove-cancel")).clicked() {
                self.confirm_remove = false;
            }
        });
    }
}

/// What the panel does, and a grant to start from.
fn empty_state(ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
    ui.add_space(24.0);
    ui.vertical(|ui| {
        ui.set_max_width(720.0);
        ui.heading(tr(ui, "paid-empty-heading"));
        ui.add_space(8.0);
        for id in ["paid-empty-what", "paid-empty-how", "paid-empty-start"] {
            ui.add(egui::Label::new(tr(ui, id)).wrap());
            ui.add_space(6.0);
        }
        ui.add_space(6.0);
        if ui
            .button(RichText::new(tr(ui, "paid-add")).size(15.0))
            .on_hover_text(tr(ui, "paid-add-hint"))
            .clicked()
        {
            let template = PaidOptionTerms::template(cx.form.scenario);
            cx.form.scenario.paid_option = Some(template);
        }
    });
}

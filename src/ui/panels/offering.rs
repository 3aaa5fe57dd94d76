//! The offering panel: the pricing terms as the notice words them, the figures beside
//! them, the uses of proceeds, and the discount-rate explorer.

use crate::ui::lang::{tr, tr_args};
use eframe::egui::{self, RichText, Ui};
use egui_plot::{Legend, Line, Plot, PlotPoints, VLine};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::PanelContext;
use crate::domain::money::round_half_up;
use crate::domain::offering::{IssuePricing, MAX_SHARES, PaidPricing, compute_offering};
use crate::i18n::Language;
use crate::report::{self, Figure};
use crate::scenario::{IssuePriceTerms, PaidTerms, UseOfProceedsTerms};
use crate::ui::fields::Field;
use crate::ui::results::{derivations_toggle, figures_grid, problem};

const BASE_PRICE: Field = Field::new("offering.base_price", "JPY");
const DISCOUNT: Field = Field::new("offering.discount_rate", "%");
const ISSUE_PRICE: Field = Field::new("offering.issue_price", "JPY");
const TICK: Field = Field::new("offering.tick_size", "JPY");
const PAID: Field = Field::new("offering.amount_to_be_paid", "JPY");
const SPREAD: Field = Field::new("offering.spread_rate", "%");
const NEW_SHARES: Field = Field::new("offering.new_shares", "shares");
const CAPITAL_RATIO: Field = Field::new("offering.stated_capital_ratio", "%");
const OVER_ALLOTMENT: Field = Field::new("offering.over_allotment_shares", "shares");
const ALLOTMENT: Field = Field::new("offering.allotment_shares", "shares");
const EXPENSES: Field = Field::new("offering.estimated_expenses", "JPY");
const ISSUED: Field = Field::new("capital.issued_shares", "shares");
const TREASURY: Field = Field::new("capital.treasury_shares", "shares");
const NET_INCOME: Field = Field::new("capital.net_income", "JPY");
const EPS: Field = Field::new("capital.eps", "JPY per share");

/// View state of the panel: the explorer's range.
pub struct OfferingPanel {
    max_discount_pct: f64,
}

impl Default for OfferingPanel {
    fn default() -> Self {
        Self {
            max_discount_pct: 10.0,
        }
    }
}

impl OfferingPanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        ui.columns(2, |cols| {
            self.terms(&mut cols[0], cx);
            self.figures(&mut cols[1], cx);
        });
        ui.add_space(12.0);
        ui.separator();
        ui.columns(2, |cols| {
            self.capital(&mut cols[0], cx);
            self.dilution(&mut cols[1], cx);
        });
        ui.add_space(12.0);
        ui.separator();
        self.uses_of_proceeds(ui, cx);
        ui.add_space(12.0);
        ui.separator();
        self.explorer(ui, cx);
    }

    fn terms(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        ui.heading(tr(ui, "ui-terms"));
        let form = &mut *cx.form;
        egui::Grid::new("offering-terms")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let o = form.scenario.offering.clone();
                form.yen(ui, BASE_PRICE, o.base_price, |s, v| {
                    s.offering.base_price = v
                });
                ui.end_row();

                ui.label(tr(ui, "ui-issue-price-set-by"));
                ui.horizontal(|ui| {
                    let by_discount = matches!(o.issue_price, IssuePriceTerms::Discount { .. });
                    if ui.radio(by_discount, tr(ui, "radio-discount")).clicked() && !by_discount {
                        let rate = current_discount(cx.results).unwrap_or(Decimal::new(3, 2));
                        form.drafts.clear_path(ISSUE_PRICE.path);
                        form.scenario.offering.issue_price = IssuePriceTerms::Discount {
                            discount_rate: rate,
                        };
                    }
                    if ui
                        .radio(!by_discount, tr(ui, "radio-entered-price"))
                        .clicked()
                        && by_discount
                    {
                        let price = current_issue_price(cx.results).unwrap_or(o.base_price);
                        form.drafts.clear_path(DISCOUNT.path);
                        form.scenario.offering.issue_price =
                            IssuePriceTerms::Entered { issue_price: price };
                    }
                });
                ui.end_row();
                match o.issue_price {
                    IssuePriceTerms::Discount { discount_rate } => {
                        form.percent(ui, DISCOUNT, discount_rate, |s, v| {
                            s.offering.issue_price = IssuePriceTerms::Discount { discount_rate: v }
                        });
                    }
                    IssuePriceTerms::Entered { issue_price } => {
                        form.yen(ui, ISSUE_PRICE, issue_price, |s, v| {
                            s.offering.issue_price = IssuePriceTerms::Entered { issue_price: v }
                        });
                    }
                }
                ui.end_row();
                form.yen(ui, TICK, o.tick_size.unwrap_or(Decimal::ONE), |s, v| {
                    s.offering.tick_size = if v == Decimal::ONE { None } else { Some(v) };
                });
                ui.end_row();

                ui.label(tr(ui, "ui-amount-to-be-paid-set-by"));
                ui.horizontal(|ui| {
                    let entered = matches!(o.amount_to_be_paid, PaidTerms::Entered { .. });
                    if ui.radio(entered, tr(ui, "radio-entered-amount")).clicked() && !entered {
                        let paid = cx
                            .results
                            .offering
                            .as_ref()
                            .map(|r| r.paid.amount_to_be_paid)
                            .unwrap_or(o.base_price);
                        form.drafts.clear_path(SPREAD.path);
                        form.scenario.offering.amount_to_be_paid = PaidTerms::Entered {
                            amount_to_be_paid: paid,
                        };
                    }
                    if ui.radio(!entered, tr(ui, "radio-spread")).clicked() && entered {
                        let spread = cx
                            .results
                            .offering
                            .as_ref()
                            .map(|r| round_half_up(r.paid.spread_rate, 4))
                            .unwrap_or(Decimal::new(4, 2));
                        form.drafts.clear_path(PAID.path);
                        form.scenario.offering.amount_to_be_paid = PaidTerms::Spread {
                            spread_rate: spread,
                        };
                    }
                });
                ui.end_row();
                match o.amount_to_be_paid {
                    PaidTerms::Entered { amount_to_be_paid } => {
                        form.yen(ui, PAID, amount_to_be_paid, |s, v| {
                            s.offering.amount_to_be_paid = PaidTerms::Entered {
                                amount_to_be_paid: v,
                            }
                        });
                    }
                    PaidTerms::Spread { spread_rate } => {
                        form.percent(ui, SPREAD, spread_rate, |s, v| {
                            s.offering.amount_to_be_paid = PaidTerms::Spread { spread_rate: v }
                        });
                    }
                }
                ui.end_row();
                form.count(ui, NEW_SHARES, o.new_shares, MAX_SHARES, |s, v| {
                    s.offering.new_shares = v
                });
                ui.end_row();
                form.percent(ui, CAPITAL_RATIO, o.stated_capital_ratio, |s, v| {
                    s.offering.stated_capital_ratio = v
                });
                ui.end_row();
                form.count(
                    ui,
                    OVER_ALLOTMENT,
                    o.over_allotment_shares,
                    MAX_SHARES,
                    |s, v| s.offering.over_allotment_shares = v,
                );
                ui.end_row();
                form.count(ui, ALLOTMENT, o.allotment_shares, MAX_SHARES, |s, v| {
                    s.offering.allotment_shares = v
                });
                ui.end_row();
                form.yen(ui, EXPENSES, o.estimated_expenses, |s, v| {
                    s.offering.estimated_expenses = v
                });
                ui.end_row();
            });
    }

    fn figures(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        ui.heading(tr(ui, "ui-figures"));
        derivations_toggle(ui);
        match &cx.results.offering {
            Ok(_) => {
                let all = report::summary(cx.form.scenario, cx.results);
                let rows: Vec<&Figure> = all
                    .iter()
                    .filter(|f| f.section == "offering" && f.key != "base_price")
                    .collect();
                figures_grid(ui, "offering-figures", &rows, cx.stale());
            }
            Err(e) => problem(ui, &e.to_string()),
        }
    }

    /// The shares before the offering and last year's earnings: the inputs of the
    /// dilution and EPS figures, each optional (an empty box is "not entered").
    fn capital(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        ui.heading(tr(ui, "ui-capital-and-dilution"));
        let form = &mut *cx.form;
        let c = form.scenario.capital.clone();
        egui::Grid::new("capital-terms")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                form.optional_count(ui, ISSUED, c.issued_shares, MAX_SHARES, |s, v| {
                    s.capital.issued_shares = v
                });
                ui.end_row();
                form.count(ui, TREASURY, c.treasury_shares, MAX_SHARES, |s, v| {
                    s.capital.treasury_shares = v
                });
                ui.end_row();
                form.optional_yen(ui, NET_INCOME, c.net_income, |s, v| {
                    s.capital.net_income = v
                });
                ui.end_row();
                form.optional_yen(ui, EPS, c.eps, |s, v| s.capital.eps = v);
                ui.end_row();
            });
    }

    /// The dilution and EPS figures, or the line saying what to enter for them.
    fn dilution(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        // Level with the fields, under the heading of the left column.
        ui.add_space(ui.text_style_height(&egui::TextStyle::Heading) + ui.spacing().item_spacing.y);
        match &cx.results.dilution {
            Ok(_) => {
                let all = report::summary(cx.form.scenario, cx.results);
                let rows: Vec<&Figure> = all.iter().filter(|f| f.section == "dilution").collect();
                figures_grid(ui, "dilution-figures", &rows, cx.stale());
            }
            Err(e) => {
                let language = crate::ui::lang::language(ui.ctx());
                problem(ui, &format!("{}: {}", e.field, e.message_in(language)));
            }
        }
    }

    fn uses_of_proceeds(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        ui.heading(tr(ui, "ui-use-of-proceeds"));
        let form = &mut *cx.form;
        let uses = form.scenario.offering.uses_of_proceeds.clone();
        let language = crate::ui::lang::language(ui.ctx());
        let mut remove = None;
        // Plain rows rather than a Grid: a grid column keeps the width of its first
        // frame, which squeezes the wide text boxes.
        for (i, u) in uses.iter().enumerate() {
            ui.horizontal(|ui| {
                // Each window edits its own language's words; an empty box shows what
                // the draft prints meanwhile (the other language's text).
                let japanese = language == Language::Japanese;
                let suffix = if japanese { "_ja" } else { "" };
                let purpose_path = format!("offering.uses_of_proceeds[{i}].purpose{suffix}");
                let amount_path = format!("offering.uses_of_proceeds[{i}].amount");
                let deadline_path = format!("offering.uses_of_proceeds[{i}].deadline{suffix}");
                let (purpose, deadline) = if japanese {
                    (&u.purpose_ja, &u.deadline_ja)
                } else {
                    (&u.purpose, &u.deadline)
                };
                let (shown_purpose, shown_deadline) = u.texts_in(language);
                form.standard_text(
                    ui,
                    Field::new(&purpose_path, "").wide(),
                    purpose,
                    shown_purpose,
                    move |s, v| {
                        if let Some(x) = s.offering.uses_of_proceeds.get_mut(i) {
                            *if japanese {
                                &mut x.purpose_ja
                            } else {
                                &mut x.purpose
                            } = v;
                        }
                    },
                );
                form.yen(
                    ui,
                    Field::new(&amount_path, "JPY"),
                    u.amount,
                    move |s, v| {
                        if let Some(x) = s.offering.uses_of_proceeds.get_mut(i) {
                            x.amount = v;
                        }
                    },
                );
                form.standard_text(
                    ui,
                    Field::new(&deadline_path, "").narrow_text(),
                    deadline,
                    shown_deadline,
                    move |s, v| {
                        if let Some(x) = s.offering.uses_of_proceeds.get_mut(i) {
                            *if japanese {
                                &mut x.deadline_ja
                            } else {
                                &mut x.deadline
                            } = v;
                        }
                    },
                );
                if ui.small_button(tr(ui, "ui-remove")).clicked() {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            form.drafts.clear();
            form.scenario.offering.uses_of_proceeds.remove(i);
        }
        ui.horizontal(|ui| {
            if ui.button(tr(ui, "ui-add-a-use")).clicked() {
                form.scenario
                    .offering
                    .uses_of_proceeds
                    .push(UseOfProceedsTerms::default());
            }
            if let Ok(r) = &cx.results.offering {
                let p = &r.proceeds;
                let text = if p.unallocated.is_zero() {
                    RichText::new(tr(ui, "ui-the-uses-reconcile-with-the-net-proceeds"))
                } else {
                    RichText::new(tr_args(
                        ui,
                        "ui-uses-differ",
                        &[("amount", &crate::domain::money::format_yen(p.unallocated))],
                    ))
                    .color(ui.visuals().warn_fg_color)
                };
                ui.label(text);
            }
        });
    }

    /// Issue price, total amount to be paid and net proceeds across discount rates,
    /// each point computed by the domain, with the current choice marked.
    fn explorer(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        ui.heading(tr(ui, "ui-discount-rate-explorer"));
        let form = &mut *cx.form;
        let inputs = form.scenario.offering.to_inputs();
        let current = match inputs.pricing {
            IssuePricing::Discount { discount_rate } => discount_rate,
            IssuePricing::Entered { .. } => current_discount(cx.results).unwrap_or_default(),
        };
        let mut pct = (current * Decimal::ONE_HUNDRED).to_f64().unwrap_or(0.0);
        ui.horizontal(|ui| {
            let label = ui.label(tr(ui, "ui-discount-rate"));
            let slider = egui::Slider::new(&mut pct, 0.0..=self.max_discount_pct)
                .step_by(0.01)
                .suffix(" %")
                .fixed_decimals(2);
            let response = ui.add(slider).labelled_by(label.id);
            if response.changed()
                && let Some(rate) = Decimal::from_f64_retain(pct)
                    .map(|p| round_half_up(p, 2) / Decimal::ONE_HUNDRED)
            {
                form.drafts.clear_path(DISCOUNT.path);
                form.scenario.offering.issue_price = IssuePriceTerms::Discount {
                    discount_rate: rate,
                };
            }
            ui.label(RichText::new(tr(ui, "ui-dragging-sets-the-issue-price-by-discount")).weak());
        });

        // An entered amount to be paid does not move with the discount; across the
        // curve the underwriters' spread is what deals keep, so hold that instead.
        let mut curve_inputs = inputs.clone();
        let held_spread = match (inputs.paid, &cx.results.offering) {
            (PaidPricing::Entered { .. }, Ok(r)) => {
                let spread = round_half_up(r.paid.spread_rate, 4);
                curve_inputs.paid = PaidPricing::Spread {
                    spread_rate: spread,
                };
                Some(spread)
            }
            _ => None,
        };
        if let Some(spread) = held_spread {
            ui.label(
                RichText::new(tr_args(
                    ui,
                    "ui-curves-keep-spread",
                    &[("spread", &crate::domain::money::format_percent(spread, 2))],
                ))
                .weak(),
            );
        }
        let mut issue = Vec::new();
        let mut paid_total = Vec::new();
        let mut net = Vec::new();
        let steps = 200;
        for k in 0..=steps {
            let rate = Decimal::from(k)
                * Decimal::from_f64_retain(self.max_discount_pct).unwrap_or(Decimal::TEN)
                / Decimal::from(steps * 100);
            let mut i = curve_inputs.clone();
            i.pricing = IssuePricing::Discount {
                discount_rate: rate,
            };
            if let Ok(r) = compute_offering(&i) {
                let x = (rate * Decimal::ONE_HUNDRED).to_f64().unwrap_or(0.0);
                issue.push([x, r.issue_price.issue_price.to_f64().unwrap_or(0.0)]);
                paid_total.push([x, millions(r.public_offering_paid.total)]);
                net.push([x, millions(r.proceeds.net)]);
            }
        }
        // Words first: the columns borrow `ui` for themselves.
        let discount_axis = tr(ui, "ui-discount-rate-2");
        let per_share_axis = tr(ui, "ui-jpy-per-share");
        let millions_axis = tr(ui, "ui-jpy-millions");
        let current = tr(ui, "chart-current");
        let issue_line = tr(ui, "chart-issue-price");
        let paid_line = tr(ui, "chart-total-amount-to-be-paid");
        let net_line = tr(ui, "chart-net-proceeds");
        ui.columns(2, |cols| {
            Plot::new("explorer-price")
                .height(220.0)
                .legend(Legend::default())
                .x_axis_label(discount_axis.clone())
                .y_axis_label(per_share_axis)
                .allow_scroll(false)
                .show(&mut cols[0], |plot| {
                    plot.line(Line::new(issue_line, PlotPoints::from(issue)));
                    plot.vline(VLine::new(current.clone(), pct));
                });
            Plot::new("explorer-totals")
                .height(220.0)
                .legend(Legend::default())
                .x_axis_label(discount_axis)
                .y_axis_label(millions_axis)
                .allow_scroll(false)
                .show(&mut cols[1], |plot| {
                    plot.line(Line::new(paid_line, PlotPoints::from(paid_total)));
                    plot.line(Line::new(net_line, PlotPoints::from(net)));
                    plot.vline(VLine::new(current, pct));
                });
        });
    }
}

fn millions(v: Decimal) -> f64 {
    (v / Decimal::from(1_000_000)).to_f64().unwrap_or(0.0)
}

fn current_discount(results: &crate::scenario::ScenarioResults) -> Option<Decimal> {
    results
        .offering
        .as_ref()
        .ok()
        .map(|r| round_half_up(r.issue_price.applied_discount, 4))
}

fn current_issue_price(results: &crate::scenario::ScenarioResults) -> Option<Decimal> {
    results
        .offering
        .as_ref()
        .ok()
        .map(|r| r.issue_price.issue_price)
}

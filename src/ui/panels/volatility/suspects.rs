//! Moves in the closes that look like splits or consolidations nobody adjusted for,
//! each with one click to fix it (add the split it suggests, correct or remove the one
//! entered) or to confirm it as a real move; and the moves already confirmed as real.

use crate::ui::lang::{language, tr, tr_args, tr_count};
use chrono::NaiveDate;
use eframe::egui::{self, RichText, Ui};

use super::PanelContext;
use crate::domain::split_check::SuspectedSplit;
use crate::scenario::SplitTerms;
use crate::ui::app::SUSPECTS_FOCUS;
use crate::ui::fields::Form;
use crate::ui::history_words::{describe_suspect, ratio_words};

/// Suspects listed at most; a file full of jumps is not one share's closes, and a
/// thousand rows of buttons would help nobody.
const SHOWN: usize = 20;

/// What a click asks for.
enum Fix {
    /// Add the suggested split on the move's date.
    Add(SplitTerms),
    /// Replace the splits entered across the move with this one.
    SetRatio(NaiveDate, NaiveDate, SplitTerms),
    /// Remove the splits entered across the move (previous date, date].
    Remove(NaiveDate, NaiveDate),
    /// Not a split: a real move.
    Confirm(NaiveDate),
    /// Report the move again.
    Unconfirm(NaiveDate),
}

/// The section; nothing when the closes show no suspect and none is confirmed.
pub fn show(ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
    let suspects = &cx.history.suspects;
    let confirmed = cx.form.scenario.price_history.confirmed_moves.clone();
    if suspects.is_empty() && confirmed.is_empty() {
        return;
    }
    ui.add_space(8.0);
    let heading = if suspects.is_empty() {
        ui.heading(tr(ui, "ui-large-moves"))
    } else {
        ui.heading(
            RichText::new(tr_count(ui, "suspects-heading", suspects.len()))
                .color(ui.visuals().warn_fg_color),
        )
    };
    if cx.form.focus.as_deref() == Some(SUSPECTS_FOCUS) {
        heading.scroll_to_me(Some(egui::Align::TOP));
        *cx.form.focus = None;
    }
    let mut fix = None;
    if !suspects.is_empty() {
        ui.label(RichText::new(tr(ui, "suspects-explained")).weak());
    }
    for s in suspects.iter().take(SHOWN) {
        ui.label(
            RichText::new(format!("⚠ {}", describe_suspect(language(ui.ctx()), s)))
                .color(ui.visuals().warn_fg_color),
        );
        ui.horizontal_wrapped(|ui| {
            if let Some(f) = buttons(ui, s) {
                fix = Some(f);
            }
        });
    }
    if suspects.len() > SHOWN {
        ui.label(
            RichText::new(tr_count(ui, "suspects-more", suspects.len() - SHOWN))
                .color(ui.visuals().warn_fg_color),
        );
    }
    if !confirmed.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr(ui, "ui-confirmed-as-real-moves-not-splits")).weak());
            for date in &confirmed {
                if ui
                    .small_button(format!("{date} ✕"))
                    .on_hover_text(tr(ui, "ui-check-this-move-again"))
                    .clicked()
                {
                    fix = Some(Fix::Unconfirm(*date));
                }
            }
        });
    }
    if let Some(fix) = fix {
        apply(cx.form, fix);
    }
}

/// The fixes offered for one suspect; the one clicked, if any.
fn buttons(ui: &mut Ui, s: &SuspectedSplit) -> Option<Fix> {
    let mut fix = None;
    let language = language(ui.ctx());
    let date = s.date.to_string();
    match (s.unadjusted(), s.suggested) {
        (true, Some(r)) => {
            if ui
                .button(tr_args(
                    ui,
                    "suspect-add",
                    &[("ratio", &ratio_words(language, r)), ("date", &date)],
                ))
                .on_hover_text(tr_args(
                    ui,
                    "suspect-add-hint",
                    &[("date", &date), ("factor", &r.as_decimal().to_string())],
                ))
                .clicked()
            {
                fix = Some(Fix::Add(SplitTerms {
                    effective_date: s.date,
                    ratio: r.as_decimal(),
                }));
            }
        }
        (false, Some(r)) => {
            if ui
                .button(tr_args(
                    ui,
                    "suspect-make",
                    &[("ratio", &ratio_words(language, r)), ("date", &date)],
                ))
                .on_hover_text(tr(ui, "ui-replaces-the-ratio-entered-across-this-move"))
                .clicked()
            {
                fix = Some(Fix::SetRatio(
                    s.previous_date,
                    s.date,
                    SplitTerms {
                        effective_date: s.date,
                        ratio: r.as_decimal(),
                    },
                ));
            }
        }
        (false, None) => {
            if ui
                .button(tr_args(ui, "suspect-remove", &[("date", &date)]))
                .on_hover_text(tr(
                    ui,
                    "ui-the-closes-do-not-jump-here-the-split-belongs-to",
                ))
                .clicked()
            {
                fix = Some(Fix::Remove(s.previous_date, s.date));
            }
        }
        (true, None) => {}
    }
    if ui
        .button(tr_args(ui, "suspect-not-a-split", &[("date", &date)]))
        .on_hover_text(tr(ui, "suspect-not-a-split-hint"))
        .clicked()
    {
        fix = Some(Fix::Confirm(s.date));
    }
    fix
}

/// Carries out a fix on the scenario.
fn apply(form: &mut Form<'_>, fix: Fix) {
    let count = form.scenario.price_history.splits.len();
    let h = &mut form.scenario.price_history;
    let across = |s: &SplitTerms, from: NaiveDate, to: NaiveDate| {
        s.effective_date > from && s.effective_date <= to
    };
    match fix {
        Fix::Add(split) => h.splits.push(split),
        Fix::SetRatio(from, to, split) => {
            h.splits.retain(|s| !across(s, from, to));
            h.splits.push(split);
        }
        Fix::Remove(from, to) => h.splits.retain(|s| !across(s, from, to)),
        Fix::Confirm(date) => {
            if !h.confirmed_moves.contains(&date) {
                h.confirmed_moves.push(date);
                h.confirmed_moves.sort_unstable();
            }
        }
        Fix::Unconfirm(date) => h.confirmed_moves.retain(|d| *d != date),
    }
    // Split rows may have shifted: their drafts would land on the wrong row.
    for j in 0..count {
        form.drafts
            .clear_path(&format!("price_history.splits[{j}].effective_date"));
        form.drafts
            .clear_path(&format!("price_history.splits[{j}].ratio"));
    }
}

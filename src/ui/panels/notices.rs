//! The notices panel: what the drafts print besides the figures — the scenario's title
//! and notes, the company as the notices name it, the board's dates, the launch press
//! release the pricing notice refers to, and the stock-option notice's standard items,
//! which start from the seed notice's wording: each window edits the texts of the drafts
//! in its own language.

use crate::ui::lang::tr;
use eframe::egui::{self, RichText, Ui};

use super::PanelContext;
use crate::report::Format;
use crate::scenario::{ItemSource, OptionItem, item_wording};
use crate::ui::command::Command;
use crate::ui::fields::{Field, Form};

const TITLE: Field = Field::new("title", "").wide();
const NOTES: Field = Field::new("notes", "").paragraphs(3);
const TITLE_JA: Field = Field::new("title_ja", "").wide();
const NOTES_JA: Field = Field::new("notes_ja", "").paragraphs(3);
const COMPANY_JA: Field = Field::new("company.name_ja", "").wide();
const COMPANY: Field = Field::new("company.name", "").wide();
const SHORT_NAME: Field = Field::new("company.short_name", "").narrow_text();
const CODE: Field = Field::new("company.securities_code", "").narrow_text();
const LISTINGS: Field = Field::new("company.listing_codes", "").wide();
const CITY: Field = Field::new("company.dateline_city", "").narrow_text();
const LAUNCH: Field = Field::new("schedule.launch_resolution_date", "");
const PRICING: Field = Field::new("schedule.pricing_resolution_date", "");
const RELEASE_TITLE: Field = Field::new("drafts.launch_release_title", "").wide();
const RELEASE_DATE: Field = Field::new("drafts.launch_release_date", "");
const OPTION_RESOLUTION: Field = Field::new("option.resolution_date", "");
const FISCAL_YEAR_END: Field = Field::new("option.dividend_fiscal_year_end", "");
const SPLIT_DATE: Field = Field::new("option.dividend_split_effective_date", "");
const ITEM_8: Field = Field::new("option.acquisition_conditions", "").paragraphs(5);
const ITEM_9: Field = Field::new("option.restructuring_terms", "").paragraphs(8);
const ITEM_11: Field = Field::new("option.exercise_conditions", "").paragraphs(6);

#[derive(Default)]
pub struct NoticesPanel {}

impl NoticesPanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        ui.heading(tr(ui, "ui-scenario"));
        grid(ui, "notices-scenario", |ui| {
            let form = &mut *cx.form;
            let s = form.scenario.clone();
            form.text(ui, TITLE, &s.title, |sc, v| sc.title = v);
            ui.end_row();
            form.text(ui, NOTES, &s.notes, |sc, v| sc.notes = v);
            ui.end_row();
            form.text(ui, TITLE_JA, &s.title_ja, |sc, v| sc.title_ja = v);
            ui.end_row();
            form.text(ui, NOTES_JA, &s.notes_ja, |sc, v| sc.notes_ja = v);
            ui.end_row();
            ui.label(tr(ui, "ui-japanese-drafts"));
            let mut era = s.drafts.japanese_era;
            if ui
                .checkbox(&mut era, tr(ui, "ui-dates-with-the-era"))
                .on_hover_text(tr(ui, "ui-dates-with-the-era-hint"))
                .changed()
            {
                form.scenario.drafts.japanese_era = era;
            }
            ui.end_row();
        });
        ui.add_space(8.0);
        ui.heading(tr(ui, "ui-company"));
        grid(ui, "notices-company", |ui| company(ui, cx.form));
        ui.add_space(8.0);
        ui.separator();
        ui.heading(tr(ui, "ui-pricing-notice"));
        grid(ui, "notices-pricing", |ui| pricing(ui, cx.form));
        exports(
            ui,
            cx.queue,
            [Format::PricingNoticeHtml, Format::PricingNoticeMd],
        );
        ui.add_space(8.0);
        ui.separator();
        ui.heading(tr(ui, "ui-stock-option-notice"));
        grid(ui, "notices-option", |ui| option_dates(ui, cx.form));
        ui.add_space(4.0);
        ui.label(RichText::new(tr(ui, "ui-option-items-intro")).weak());
        for (item, field) in ITEMS {
            standard_item(ui, cx.form, item, field);
        }
        exports(
            ui,
            cx.queue,
            [Format::OptionNoticeHtml, Format::OptionNoticeMd],
        );
        // The paid-in grant's notice, when the scenario has one (its terms are on the
        // Paid-in options tab).
        if cx.form.scenario.paid_option.is_some() {
            ui.add_space(8.0);
            ui.separator();
            ui.heading(tr(ui, "ui-paid-notice"));
            ui.label(RichText::new(tr(ui, "ui-paid-notice-intro")).weak());
            exports(ui, cx.queue, [Format::PaidNoticeHtml, Format::PaidNoticeMd]);
        }
    }
}

fn grid(ui: &mut Ui, id: &str, add: impl FnOnce(&mut Ui)) {
    // One label width for every grid, so the fields of all sections line up.
    egui::Grid::new(id)
        .num_columns(2)
        .min_col_width(190.0)
        .spacing([12.0, 6.0])
        .show(ui, add);
}

fn company(ui: &mut Ui, form: &mut Form<'_>) {
    let c = form.scenario.company.clone();
    form.text(ui, COMPANY, &c.name, |s, v| s.company.name = v);
    ui.end_row();
    form.text(ui, COMPANY_JA, &c.name_ja, |s, v| s.company.name_ja = v);
    ui.end_row();
    form.text(ui, SHORT_NAME, &c.short_name, |s, v| {
        s.company.short_name = v
    });
    ui.end_row();
    form.text(ui, CODE, &c.securities_code, |s, v| {
        s.company.securities_code = v
    });
    ui.end_row();
    form.list(ui, LISTINGS, &c.listing_codes, |s, v| {
        s.company.listing_codes = v
    });
    ui.end_row();
    form.text(ui, CITY, &c.dateline_city, |s, v| {
        s.company.dateline_city = v
    });
    ui.end_row();
}

fn pricing(ui: &mut Ui, form: &mut Form<'_>) {
    let sched = form.scenario.schedule.clone();
    let drafts = form.scenario.drafts.clone();
    form.optional_date(ui, LAUNCH, sched.launch_resolution_date, |s, v| {
        s.schedule.launch_resolution_date = v
    });
    ui.end_row();
    form.optional_date(ui, PRICING, sched.pricing_resolution_date, |s, v| {
        s.schedule.pricing_resolution_date = v
    });
    ui.end_row();
    form.text(ui, RELEASE_TITLE, &drafts.launch_release_title, |s, v| {
        s.drafts.launch_release_title = v
    });
    ui.end_row();
    form.optional_date(ui, RELEASE_DATE, drafts.launch_release_date, |s, v| {
        s.drafts.launch_release_date = v
    });
    ui.end_row();
    ui.label(tr(ui, "ui-rows"));
    let mut show = drafts.show_new_shares_offered;
    if ui
        .checkbox(
            &mut show,
            tr(ui, "ui-print-the-number-of-new-shares-offered"),
        )
        .on_hover_text(tr(ui, "ui-new-shares-offered-hint"))
        .changed()
    {
        form.scenario.drafts.show_new_shares_offered = show;
    }
    ui.end_row();
}

fn option_dates(ui: &mut Ui, form: &mut Form<'_>) {
    let o = form.scenario.option.clone();
    form.optional_date(ui, OPTION_RESOLUTION, o.resolution_date, |s, v| {
        s.option.resolution_date = v
    });
    ui.end_row();
    form.optional_date(ui, FISCAL_YEAR_END, o.dividend_fiscal_year_end, |s, v| {
        s.option.dividend_fiscal_year_end = v
    });
    ui.end_row();
    form.optional_date(ui, SPLIT_DATE, o.dividend_split_effective_date, |s, v| {
        s.option.dividend_split_effective_date = v
    });
    ui.end_row();
}

/// Items (8), (9) and (11). A field's path is that of the English text; the Japanese
/// window edits the Japanese text under the same label (`field-option-…_ja`).
const ITEMS: [(OptionItem, Field<'static>); 3] = [
    (OptionItem::Acquisition, ITEM_8),
    (OptionItem::Restructuring, ITEM_9),
    (OptionItem::Exercise, ITEM_11),
];

/// One item, in the window's language: the text its draft prints (the standard wording
/// until edited), where that text comes from, and a way back.
fn standard_item(ui: &mut Ui, form: &mut Form<'_>, item: OptionItem, field: Field<'static>) {
    ui.add_space(6.0);
    let language = crate::ui::lang::language(ui.ctx());
    let field = Field {
        path: item.path(language),
        ..field
    };
    let option = &form.scenario.option;
    let current = option.item_text(item, language).to_owned();
    let other = option.item_text(item, language.other()).to_owned();
    let source = option.item_in(item, language).source;
    // What the draft prints while this language has no text: shown in the empty box.
    let when_empty = item_wording("", &other, item.standard(language))
        .text
        .to_owned();
    form.standard_text(ui, field, &current, &when_empty, move |s, v| {
        *s.option.item_text_mut(item, language) = v
    });
    ui.horizontal(|ui| match source {
        ItemSource::Standard => {
            ui.label(RichText::new(tr(ui, "ui-the-notice-s-standard-wording")).weak());
        }
        ItemSource::OtherLanguage => {
            let warn = ui.visuals().warn_fg_color;
            ui.add(
                egui::Label::new(
                    RichText::new(tr(ui, "ui-item-uses-the-other-language")).color(warn),
                )
                .wrap(),
            );
        }
        ItemSource::Own => {
            ui.label(RichText::new(tr(ui, "ui-edited-for-this-scenario")).weak());
            let back = if other.trim().is_empty() {
                tr(ui, "ui-back-to-the-standard-wording")
            } else {
                tr(ui, "ui-use-the-other-language-s-text")
            };
            if ui.button(back).clicked() {
                form.scenario.option.item_text_mut(item, language).clear();
                form.drafts.clear_path(field.path);
            }
        }
    });
}

fn exports(ui: &mut Ui, queue: &mut Vec<Command>, formats: [Format; 2]) {
    ui.horizontal(|ui| {
        for format in formats {
            let label = format.label_in(crate::ui::lang::language(ui.ctx()));
            if ui.button(format!("{label}…")).clicked() {
                queue.push(Command::ExportDialog(format));
            }
        }
    });
}

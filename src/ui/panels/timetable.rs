//! The timetable panel: the calculation date, every date of the offering timetable with
//! the rule that gives it and the holidays that pushed it, overrides, the business-day
//! offsets, and the TSE closures the timetable runs across. Dates come from the domain
//! (`ScenarioResults::timetable`, `calendar::closure`); the panel only lays them out.

use crate::domain::schedule::DateRule;
use crate::i18n::{self, Language};
use crate::report::fmt_ja;
use crate::ui::lang::{language, tr, tr_args};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use eframe::egui::{self, Color32, RichText, Ui};

use super::PanelContext;
use crate::domain::calendar::{self, Closure};
use crate::domain::schedule::ScheduleOffsets;
use crate::domain::schedule::{MAX_OFFSET, Timetable, TimetableDate, TimetableItem};
use crate::report::Value;
use crate::scenario::Scenario;
use crate::ui::fields::{Field, Form};
use crate::ui::results::problem;

const CALCULATION_DATE: Field = Field::new("schedule.calculation_date", "");

/// An offset field: its key (the suffix of `schedule.offsets.<key>`) and binding; its
/// label and rule are the catalogue's `field-schedule-offsets-<key>`.
struct Offset {
    key: &'static str,
    get: fn(&ScheduleOffsets) -> u32,
    set: fn(&mut ScheduleOffsets, u32),
}

const OFFSETS: [Offset; 5] = [
    Offset {
        key: "subscription_start",
        get: |o| o.subscription_start,
        set: |o, v| o.subscription_start = v,
    },
    Offset {
        key: "subscription_end",
        get: |o| o.subscription_end,
        set: |o, v| o.subscription_end = v,
    },
    Offset {
        key: "payment",
        get: |o| o.payment,
        set: |o, v| o.payment = v,
    },
    Offset {
        key: "cover_end",
        get: |o| o.cover_end,
        set: |o, v| o.cover_end = v,
    },
    Offset {
        key: "allotment_subscription",
        get: |o| o.allotment_subscription,
        set: |o, v| o.allotment_subscription = v,
    },
];

/// How long the closures list looks ahead when the timetable cannot be derived.
const FALLBACK_SPAN_DAYS: u64 = 31;

#[derive(Default)]
pub struct TimetablePanel {}

impl TimetablePanel {
    pub fn ui(&mut self, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        ui.heading(tr(ui, "ui-timetable"));
        calculation_date(ui, cx);
        ui.add_space(8.0);
        dates(ui, cx);
        ui.add_space(8.0);
        offsets(ui, cx);
        ui.add_space(12.0);
        ui.separator();
        closures(ui, cx);
    }
}

/// "Thu 2013-07-18", as the notices and the summary print a date.
fn day(d: NaiveDate) -> String {
    Value::Date(d).display()
}

fn warning(ui: &mut Ui, text: impl Into<String>) {
    let color = ui.visuals().warn_fg_color;
    ui.label(RichText::new(format!("⚠ {}", text.into())).color(color));
}

/// The timetable's error, when it names `path`.
fn error_for(ui: &Ui, cx: &PanelContext<'_, '_>, path: &str) -> Option<String> {
    cx.results
        .timetable
        .as_ref()
        .err()
        .filter(|e| e.field == path)
        .map(|e| e.message_in(language(ui.ctx())))
}

fn calculation_date(ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
    egui::Grid::new("timetable-calculation-date")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let current = cx.form.scenario.schedule.calculation_date;
            cx.form.date(ui, CALCULATION_DATE, current, |s, v| {
                s.schedule.calculation_date = v
            });
            ui.end_row();
            let calc = cx.form.scenario.schedule.calculation_date;
            if let Ok(Some(why)) = calendar::closure(calc) {
                ui.label("");
                let language = language(ui.ctx());
                let text = tr_args(
                    ui,
                    "timetable-calculation-closed",
                    &[
                        ("date", &day_in(language, calc)),
                        ("why", &closure_in(language, &why)),
                    ],
                );
                warning(ui, text);
                ui.end_row();
            }
        });
    // Problems that no override row owns (calculation date, offsets) show here.
    if let Err(e) = &cx.results.timetable
        && !e.field.starts_with("schedule.overrides.")
    {
        problem(
            ui,
            &format!("{} ({})", e.message_in(language(ui.ctx())), e.field),
        );
    }
}

/// The timetable as a list: each date, how it is set, what moved it, and its override.
fn dates(ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
    let results = cx.results;
    let timetable = results.timetable.as_ref().ok();
    if cx.stale() {
        let text = tr(ui, "timetable-not-current");
        warning(ui, text);
    }
    let mut reset = None;
    egui::Grid::new("timetable-dates")
        .num_columns(5)
        .striped(true)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            ui.label(RichText::new(tr(ui, "ui-date")).strong());
            ui.label(RichText::new(tr(ui, "ui-override-empty-derived")).strong());
            ui.label(RichText::new(tr(ui, "ui-effective-date")).strong());
            ui.label("");
            ui.label(RichText::new(tr(ui, "ui-how-it-is-set")).strong());
            ui.end_row();
            for item in TimetableItem::ALL {
                let entry = timetable.map(|t| t.get(item));
                if row(ui, cx, item, entry) {
                    reset = Some(item);
                }
                ui.end_row();
            }
        });
    if let Some(item) = reset {
        let path = item.override_field();
        cx.form.scenario.schedule.overrides.set(item, None);
        cx.form.drafts.clear_path(&path);
    }
}

/// One timetable row; returns true when its Reset button was clicked.
fn row(
    ui: &mut Ui,
    cx: &mut PanelContext<'_, '_>,
    item: TimetableItem,
    entry: Option<&TimetableDate>,
) -> bool {
    let path = item.override_field();
    let japanese = language(ui.ctx()) == Language::Japanese;
    let rule = match entry {
        Some(e) if japanese => fmt_ja::date_rule(e.rule),
        Some(e) => e.rule.to_string(),
        None => tr(ui, "timetable-rule-unknown"),
    };
    let id = if item.fitted() || item == TimetableItem::AllotmentPayment {
        "timetable-override-hint-fitted"
    } else {
        "timetable-override-hint"
    };
    let hint = tr_args(
        ui,
        id,
        &[("item", &tr(ui, item.message_id())), ("rule", &rule)],
    );
    let current = cx.form.scenario.schedule.overrides.get(item);
    let label = tr(ui, item.message_id());
    cx.form.optional_date(
        ui,
        Field::new(&path, "").words(&label, &hint),
        current,
        move |s: &mut Scenario, v| s.schedule.overrides.set(item, v),
    );
    match entry {
        Some(e) => {
            let language = crate::ui::lang::language(ui.ctx());
            let text = RichText::new(Value::Date(e.date).display_in(language))
                .monospace()
                .strong();
            let text = if e.overridden {
                text.color(ui.visuals().warn_fg_color)
            } else if e.assumed {
                text.italics().color(ui.visuals().warn_fg_color)
            } else {
                text
            };
            ui.label(text).on_hover_text(rule_text(ui, e.rule));
        }
        None => {
            ui.label(RichText::new("—").weak());
        }
    }
    let clicked = if current.is_some() {
        ui.small_button(tr(ui, "ui-reset"))
            .on_hover_text(tr(
                ui,
                "ui-clear-the-override-the-date-follows-its-rule-aga",
            ))
            .clicked()
    } else {
        ui.label("");
        false
    };
    ui.vertical(|ui| {
        if let Some(e) = entry {
            notes(ui, e);
        }
        if let Some(message) = error_for(ui, cx, &path) {
            problem(ui, &message);
        }
    });
    clicked
}

/// How the date is derived, in the window's language.
fn rule_text(ui: &Ui, rule: DateRule) -> String {
    match crate::ui::lang::language(ui.ctx()) {
        Language::English => rule.to_string(),
        Language::Japanese => fmt_ja::date_rule(rule),
    }
}

/// The rule, the holidays that pushed the date, the override and any business-day
/// warning, in the window's language.
fn notes(ui: &mut Ui, e: &TimetableDate) {
    let language = language(ui.ctx());
    let rule = rule_text(ui, e.rule);
    if e.overridden {
        let derived = day_in(language, e.derived);
        let text = tr_args(
            ui,
            "timetable-overridden",
            &[("date", &derived), ("rule", &rule)],
        );
        ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
    } else if e.assumed {
        // One line, so the row keeps its height and the date stays beside its field.
        let color = ui.visuals().warn_fg_color;
        let hint = tr_args(ui, "timetable-assumed-hint", &[("rule", &rule)]);
        ui.label(RichText::new(tr(ui, "timetable-assumed")).color(color))
            .on_hover_text(hint);
    } else {
        ui.label(RichText::new(rule).weak());
    }
    if !e.shifted_by.is_empty() {
        let text = tr_args(
            ui,
            "timetable-skipped",
            &[("days", &skipped_days(language, &e.shifted_by))],
        );
        ui.label(text);
    }
    business_day_note(ui, e);
}

/// Under a date that falls on a closed day: a warning where the date must be a business
/// day, a quiet note for the cover period, which counts calendar days.
fn business_day_note(ui: &mut Ui, e: &TimetableDate) {
    if !e.not_business_day {
        return;
    }
    let language = language(ui.ctx());
    let why = calendar::closure(e.date)
        .ok()
        .flatten()
        .map(|c| closure_in(language, &c))
        .unwrap_or_else(|| tr(ui, "timetable-closed-day"));
    if e.item.requires_business_day() {
        let text = tr_args(
            ui,
            "timetable-not-business-day",
            &[("date", &day_in(language, e.date)), ("why", &why)],
        );
        warning(ui, text);
    } else {
        let text = tr_args(ui, "timetable-cover-calendar-days", &[("why", &why)]);
        ui.label(RichText::new(text).small().weak());
    }
}

/// A date as the window's language writes it: "Thu 2013-07-11", "2013年7月11日（木）".
fn day_in(language: Language, d: NaiveDate) -> String {
    match language {
        Language::Japanese => fmt_ja::long_date(d),
        Language::English => day(d),
    }
}

/// Why the TSE is closed, in `language`: "Marine Day", 「海の日」, "Saturday", 「土曜日」.
fn closure_in(language: Language, c: &Closure) -> String {
    match (language, c) {
        (Language::English, c) => c.to_string(),
        (Language::Japanese, Closure::Saturday) => "土曜日".to_owned(),
        (Language::Japanese, Closure::Sunday) => "日曜日".to_owned(),
        (Language::Japanese, c) => fmt_ja::holiday(&c.to_string()).to_owned(),
    }
}

/// The closed days a date was counted past, grouped by closure: "Marine Day (Mon
/// 2013-07-15)", 海の日（2013年7月15日（月））.
fn skipped_days(language: Language, shifted_by: &[(NaiveDate, String)]) -> String {
    let mut groups: Vec<(&str, Vec<String>)> = Vec::new();
    for (date, name) in shifted_by {
        let day = day_in(language, *date);
        match groups.iter_mut().find(|(n, _)| *n == name.as_str()) {
            Some((_, days)) => days.push(day),
            None => groups.push((name.as_str(), vec![day])),
        }
    }
    let day_joiner = i18n::text(language, "timetable-day-joiner");
    let parts: Vec<String> = groups
        .into_iter()
        .map(|(name, days)| {
            let name = match language {
                Language::English => name,
                Language::Japanese => fmt_ja::holiday(name),
            };
            i18n::text_with(
                language,
                "timetable-skipped-group",
                &[
                    ("name", name.into()),
                    ("days", days.join(&day_joiner).into()),
                ],
            )
        })
        .collect();
    parts.join(&i18n::text(language, "timetable-group-joiner"))
}

/// The offsets, collapsed by default: most deals keep the usual ones.
fn offsets(ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
    egui::CollapsingHeader::new(tr(ui, "timetable-offsets"))
        .id_salt("timetable-offsets")
        .default_open(false)
        .show(ui, |ui| {
            let form: &mut Form<'_> = &mut *cx.form;
            egui::Grid::new("timetable-offsets-grid")
                .num_columns(2)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    for o in &OFFSETS {
                        let path = format!("schedule.offsets.{}", o.key);
                        let current = (o.get)(&form.scenario.schedule.offsets);
                        let set = o.set;
                        form.count(
                            ui,
                            Field::new(&path, "business days"),
                            u64::from(current),
                            u64::from(MAX_OFFSET),
                            move |s, v| {
                                if let Ok(v) = u32::try_from(v) {
                                    set(&mut s.schedule.offsets, v);
                                }
                            },
                        );
                        ui.end_row();
                    }
                });
            let defaults = ScheduleOffsets::default();
            let changed = form.scenario.schedule.offsets != defaults;
            let restore = ui
                .add_enabled(
                    changed,
                    egui::Button::new(tr(ui, "timetable-restore-defaults")),
                )
                .on_hover_text(tr(
                    ui,
                    "ui-the-usual-timetable-1-2-5-12-and-16-tse-business",
                ));
            if restore.clicked() {
                form.scenario.schedule.offsets = defaults;
                for o in &OFFSETS {
                    form.drafts
                        .clear_path(&format!("schedule.offsets.{}", o.key));
                }
            }
        });
}

/// The TSE closures between the calculation date and the last timetable date: a list
/// with names, and month calendars with the timetable dates marked.
fn closures(ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
    let results = cx.results;
    let timetable = results.timetable.as_ref().ok();
    let from = cx.form.scenario.schedule.calculation_date;
    let to = timetable
        .and_then(|t| t.dates.iter().map(|d| d.date).max())
        .or_else(|| from.checked_add_days(Days::new(FALLBACK_SPAN_DAYS)))
        .unwrap_or(from);
    ui.heading(tr(ui, "ui-tse-closures"));
    let japanese = crate::ui::lang::language(ui.ctx()) == Language::Japanese;
    let day_in = |d: NaiveDate| {
        if japanese {
            fmt_ja::long_date(d)
        } else {
            day(d)
        }
    };
    let span = tr_args(
        ui,
        "timetable-closures-span",
        &[("from", &day_in(from)), ("to", &day_in(to))],
    );
    ui.label(RichText::new(span).weak());
    let closed: Vec<(NaiveDate, Closure)> = from
        .iter_days()
        .take_while(|d| *d <= to)
        .filter_map(|d| match calendar::closure(d) {
            Ok(Some(c)) if !c.is_weekend() => Some((d, c)),
            _ => None,
        })
        .collect();
    if closed.is_empty() {
        ui.label(tr(
            ui,
            "ui-none-every-weekday-in-this-span-is-a-tse-busines",
        ));
    } else {
        egui::Grid::new("timetable-closures")
            .num_columns(2)
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                for (d, c) in &closed {
                    ui.label(RichText::new(day_in(*d)).monospace());
                    let name = c.to_string();
                    ui.label(if japanese {
                        fmt_ja::holiday(&name).to_owned()
                    } else {
                        name
                    });
                    ui.end_row();
                }
            });
    }
    ui.add_space(8.0);
    ui.horizontal_top(|ui| {
        let mut month = from.with_day(1).unwrap_or(from);
        while month <= to {
            month_calendar(ui, month, from, timetable);
            ui.add_space(16.0);
            match month.checked_add_months(Months::new(1)) {
                Some(next) => month = next,
                None => break,
            }
        }
    });
    legend(ui);
}

fn holiday_color(ui: &Ui) -> Color32 {
    ui.visuals().error_fg_color
}

/// One month, Monday first: closures in colour with their name on hover, the calculation
/// date and the timetable dates highlighted with what falls on them.
fn month_calendar(ui: &mut Ui, first: NaiveDate, calc: NaiveDate, timetable: Option<&Timetable>) {
    ui.vertical(|ui| {
        let month = if crate::ui::lang::language(ui.ctx()) == Language::Japanese {
            format!("{}年{}月", first.year(), first.month())
        } else {
            first.format("%B %Y").to_string()
        };
        ui.label(RichText::new(month).strong());
        egui::Grid::new(("timetable-month", first.year(), first.month()))
            .num_columns(7)
            .spacing([6.0, 2.0])
            .show(ui, |ui| {
                let names = if crate::ui::lang::language(ui.ctx()) == Language::Japanese {
                    ["月", "火", "水", "木", "金", "土", "日"]
                } else {
                    ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
                };
                for name in names {
                    ui.label(RichText::new(name).small().weak());
                }
                ui.end_row();
                for _ in 0..first.weekday().num_days_from_monday() {
                    ui.label("");
                }
                let mut d = first;
                while d.month() == first.month() {
                    day_cell(ui, d, calc, timetable);
                    if d.weekday() == Weekday::Sun {
                        ui.end_row();
                    }
                    match d.succ_opt() {
                        Some(next) => d = next,
                        None => break,
                    }
                }
                ui.end_row();
            });
    });
}

fn day_cell(ui: &mut Ui, d: NaiveDate, calc: NaiveDate, timetable: Option<&Timetable>) {
    let closure = calendar::closure(d).ok().flatten();
    let mut events: Vec<String> = Vec::new();
    if d == calc {
        events.push(tr(ui, "fig-calculation_date"));
    }
    if let Some(t) = timetable {
        events.extend(
            t.dates
                .iter()
                .filter(|e| e.date == d)
                .map(|e| tr(ui, e.item.message_id())),
        );
    }
    let mut text = RichText::new(format!("{:>2}", d.day())).monospace();
    text = match closure {
        Some(c) if c.is_weekend() => text.weak(),
        Some(_) => text.color(holiday_color(ui)),
        None => text,
    };
    if !events.is_empty() {
        text = text
            .strong()
            .background_color(ui.visuals().selection.bg_fill);
    }
    let mut hover = events;
    let language = language(ui.ctx());
    if let Some(c) = closure {
        hover.push(tr_args(
            ui,
            "timetable-closed",
            &[("why", &closure_in(language, &c))],
        ));
    }
    let response = ui.label(text);
    if !hover.is_empty() {
        response.on_hover_text(format!("{}\n{}", day_in(language, d), hover.join("\n")));
    }
}

fn legend(ui: &mut Ui) {
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(" 15 ")
                .monospace()
                .strong()
                .background_color(ui.visuals().selection.bg_fill),
        );
        ui.label(RichText::new(tr(ui, "ui-calculation-or-timetable-date")).small());
        ui.add_space(8.0);
        ui.label(RichText::new("15").monospace().color(holiday_color(ui)));
        ui.label(RichText::new(tr(ui, "ui-tse-holiday")).small());
        ui.add_space(8.0);
        ui.label(RichText::new("15").monospace().weak());
        ui.label(RichText::new(tr(ui, "ui-weekend")).small());
        ui.label(
            RichText::new(tr(ui, "ui-hover-a-day-for-details"))
                .small()
                .weak(),
        );
    });
}

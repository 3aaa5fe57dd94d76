//! Input fields bound to the scenario.
//!
//! A field shows the scenario's value, formatted, until the user types. While typing,
//! the raw text lives in a `Draft`; every keystroke is parsed and checked, and only a
//! value that parses *and* keeps the scenario valid is written to it. An invalid entry
//! keeps its text and shows its message beside the field; the scenario keeps the last
//! good value, so results stay visible (marked not current).

use crate::i18n::{self, Language};
use std::collections::BTreeMap;

use chrono::NaiveDate;
use eframe::egui::{self, Response, RichText, TextEdit, Ui};
use rust_decimal::Decimal;

use crate::domain::dates::{DateError, parse_date};
use crate::domain::input::{parse_count, parse_decimal, parse_percent, parse_yen};
use crate::domain::money::{format_count, format_grouped, format_yen};
use crate::scenario::{Scenario, validate};

/// Text being edited in a field, and why it is not (yet) in the scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub text: String,
    pub error: Option<String>,
}

/// Drafts by field path ("offering.discount_rate").
#[derive(Debug, Default, Clone)]
pub struct Drafts {
    map: BTreeMap<String, Draft>,
}

impl Drafts {
    pub fn clear(&mut self) {
        self.map.clear();
    }

    /// Invalid entries, in field-path order.
    pub fn errors(&self) -> impl Iterator<Item = (&str, &str)> {
        self.map
            .iter()
            .filter_map(|(k, d)| d.error.as_deref().map(|e| (k.as_str(), e)))
    }

    pub fn error_count(&self) -> usize {
        self.errors().count()
    }

    pub fn get(&self, path: &str) -> Option<&Draft> {
        self.map.get(path)
    }

    /// Drops the draft of one field (its value was set another way, e.g. a slider).
    pub fn clear_path(&mut self, path: &str) {
        self.map.remove(path);
    }

    /// Drops the drafts of `prefix` and every field under it ("paid_option.performance"
    /// takes its tiers' rows too): rows that moved or a section that went.
    pub fn clear_under(&mut self, prefix: &str) {
        self.map.retain(|path, _| !is_under(path, prefix));
    }
}

/// True when `path` is a row of the list `list` ("…year_ends[1]" of "…year_ends").
fn is_row_of(path: &str, list: &str) -> bool {
    path.strip_prefix(list)
        .is_some_and(|rest| rest.starts_with('['))
}

/// True when `path` is `parent` or a field inside it (`parent.x`, `parent[2]…`).
fn is_under(path: &str, parent: &str) -> bool {
    path.strip_prefix(parent)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// What a panel edits through: the scenario, the drafts, and a focus request.
pub struct Form<'a> {
    pub scenario: &'a mut Scenario,
    pub drafts: &'a mut Drafts,
    /// A field path to focus this frame ("N problems" in the status bar sets it).
    pub focus: &'a mut Option<String>,
}

/// How a field is labelled and explained: by its path, whose label and rule the
/// catalogue words (`field-<path>`, `hint-<path>`) in the window's language.
#[derive(Debug, Clone, Copy)]
pub struct Field<'s> {
    /// Field path, as in validation messages and the scenario file.
    pub path: &'s str,
    /// A label and rule already in words, for a field the catalogue cannot name by
    /// its path alone (a timetable override, worded from its item and rule).
    pub words: Option<(&'s str, &'s str)>,
    /// Unit shown after the field, as a catalogue key ("JPY" is `unit-jpy`).
    pub unit: &'s str,
    /// Width of the text box in points.
    pub width: f32,
    /// Free text reads from the left; figures line up on the right.
    pub left_aligned: bool,
    /// Rows of a multi-line box; 0 for a single line.
    pub rows: usize,
}

/// A field's label, hint and unit in the window's language: the messages
/// `field-<path>`, `hint-<path>` and `unit-<unit>` (assets/i18n), a message missing in
/// the language in English (tests/i18n.rs makes sure none is).
struct Words {
    label: String,
    hint: String,
    unit: String,
}

impl Words {
    fn of(ui: &Ui, f: &Field<'_>) -> Self {
        let language = super::lang::language(ui.ctx());
        let key = message_key(f.path);
        // A row of a list ("Group 2") is numbered from its index: `$n` in the message.
        let n = row_number(f.path);
        let find = |prefix: &str| {
            let id = format!("{prefix}-{key}");
            let args = [("n", n.into())];
            i18n::lookup_with(language, &id, &args)
                .or_else(|| i18n::lookup_with(Language::English, &id, &args))
                .unwrap_or(id)
        };
        let unit_key = f.unit.to_ascii_lowercase().replace(" ", "-");
        let (label, hint) = match f.words {
            Some((label, hint)) => (label.to_owned(), hint.to_owned()),
            None => (find("field"), find("hint")),
        };
        Self {
            label,
            hint,
            unit: i18n::lookup(language, &format!("unit-{unit_key}"))
                .unwrap_or_else(|| f.unit.to_owned()),
        }
    }
}

/// A date that cannot be read, worded in `language` (English: the domain's words).
fn date_error(language: Language, e: DateError) -> String {
    if language == Language::English {
        return e.to_string();
    }
    match e {
        DateError::NotADate { text } => {
            i18n::text_with(language, "err-not-a-date", &[("text", text.into())])
        }
        DateError::OutsideEra { text, date, era } => i18n::text_with(
            language,
            "err-outside-era",
            &[
                ("text", text.into()),
                ("date", crate::report::fmt_ja::date(date).into()),
                ("era", era.kanji().into()),
            ],
        ),
    }
}

/// A typing error in `language`: English keeps the domain's message (the CLI says the
/// same); another language has its own sentence `id` with the typed text as `$text`.
fn in_language(language: Language, id: &str, typed: &str, english: String) -> String {
    if language == Language::English {
        english
    } else {
        i18n::text_with(language, id, &[("text", typed.trim().into())])
    }
}

/// A whole count typed in `t`, at most `max`, or why not in `language`.
fn count_at_most(language: Language, t: &str, max: u64) -> Result<u64, String> {
    let v = parse_count(t).map_err(|e| in_language(language, "err-not-count", t, e))?;
    if v <= max {
        Ok(v)
    } else {
        let most = format_count(max);
        Err(i18n::text_with(
            language,
            "err-at-most",
            &[("text", most.into())],
        ))
    }
}

/// "offering.uses_of_proceeds[2].amount" → "offering-uses_of_proceeds-amount": the
/// field's message key, the same for every row of a list.
/// The 1-based number of the list row a path is in: 2 for `option.allotment[1].name`.
fn row_number(path: &str) -> usize {
    path.split_once('[')
        .and_then(|(_, rest)| rest.split_once(']'))
        .and_then(|(index, _)| index.parse::<usize>().ok())
        .map_or(0, |i| i + 1)
}

pub fn message_key(path: &str) -> String {
    let mut key = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            _ if in_index => {}
            '.' => key.push('-'),
            c => key.push(c),
        }
    }
    key
}

impl<'s> Field<'s> {
    /// The field at `path`, with `unit` after it ("" for none).
    pub const fn new(path: &'s str, unit: &'s str) -> Self {
        Self {
            path,
            words: None,
            unit,
            width: FIELD_WIDTH,
            left_aligned: false,
            rows: 0,
        }
    }

    /// The field labelled and explained with words already in the window's language.
    pub const fn words(mut self, label: &'s str, hint: &'s str) -> Self {
        self.words = Some((label, hint));
        self
    }

    /// A wide, left-aligned box for free text (purposes, names).
    pub const fn wide(mut self) -> Self {
        self.width = 320.0;
        self.left_aligned = true;
        self
    }

    /// A left-aligned box of the usual width, for short text (a deadline).
    pub const fn narrow_text(mut self) -> Self {
        self.left_aligned = true;
        self.width = 180.0;
        self
    }

    /// A wide box of `rows` lines for paragraphs (a notice's items, notes).
    pub const fn paragraphs(mut self, rows: usize) -> Self {
        self.width = 640.0;
        self.left_aligned = true;
        self.rows = rows;
        self
    }

    /// A box of `width` points (table cells).
    pub const fn with_width(mut self, width: f32) -> Self {
        self.width = width;
        self
    }
}

const FIELD_WIDTH: f32 = 150.0;

impl Form<'_> {
    /// Tries a new value: accepted if it adds no validation problem to the scenario.
    /// Returns the message of the first problem it would add.
    pub(crate) fn try_commit(
        &mut self,
        language: Language,
        path: &str,
        apply: &dyn Fn(&mut Scenario),
    ) -> Result<(), String> {
        let mut candidate = self.scenario.clone();
        apply(&mut candidate);
        if candidate == *self.scenario {
            return Ok(());
        }
        let before = validate(self.scenario);
        let added = validate(&candidate)
            .into_iter()
            .find(|e| !before.contains(e));
        match added {
            None => {
                *self.scenario = candidate;
                Ok(())
            }
            // Name the other field when the new value breaks a rule stated elsewhere; a
            // rule on the whole list (its order) is this row's own.
            Some(e) if e.field == path || is_row_of(path, &e.field) => Err(e.message_in(language)),
            Some(e) => Err(format!("{} ({})", e.message_in(language), e.field)),
        }
    }

    /// The generic field: a labelled text edit, its unit and its message.
    /// Call inside a two-column `Grid`; the caller ends the row.
    pub fn field<T: PartialEq + Clone>(
        &mut self,
        ui: &mut Ui,
        f: Field<'_>,
        current: T,
        format: impl Fn(&T) -> String,
        parse: impl Fn(&str) -> Result<T, String>,
        set: impl Fn(&mut Scenario, T),
    ) -> Response {
        let words = Words::of(ui, &f);
        let label = ui.label(&words.label).on_hover_text(&words.hint);
        let mut text = match self.drafts.get(f.path) {
            Some(d) => d.text.clone(),
            None => format(&current),
        };
        // The message goes under the field and wraps inside its column, so a long one
        // never runs into the next column or off the window.
        let inner = ui.vertical(|ui| {
            let response = ui.horizontal(|ui| self.edit(ui, f, &label, &mut text, &parse, &set));
            if let Some(err) = self.drafts.get(f.path).and_then(|d| d.error.as_deref()) {
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("⚠ {err}")).color(ui.visuals().error_fg_color),
                    )
                    .wrap(),
                );
            }
            response.inner
        });
        inner.inner
    }

    /// The text edit and unit of `field`, and what typing in it does.
    fn edit<T: PartialEq + Clone>(
        &mut self,
        ui: &mut Ui,
        f: Field<'_>,
        label: &Response,
        text: &mut String,
        parse: &impl Fn(&str) -> Result<T, String>,
        set: &impl Fn(&mut Scenario, T),
    ) -> Response {
        {
            let id = ui.make_persistent_id(("field", f.path));
            let edit = if f.rows > 0 {
                TextEdit::multiline(text).desired_rows(f.rows)
            } else {
                TextEdit::singleline(text)
            };
            let edit = edit.id(id).desired_width(f.width).align(if f.left_aligned {
                egui::Align2::LEFT_CENTER
            } else {
                egui::Align2::RIGHT_CENTER
            });
            let words = Words::of(ui, &f);
            let response = ui
                .add(edit)
                .labelled_by(label.id)
                .on_hover_text(&words.hint);
            if !words.unit.is_empty() {
                ui.label(RichText::new(&words.unit).weak());
            }
            if self.focus.as_deref() == Some(f.path) {
                response.request_focus();
                response.scroll_to_me(Some(egui::Align::Center));
                *self.focus = None;
            }
            if response.changed() {
                let error = match parse(text) {
                    Ok(value) => {
                        let language = super::lang::language(ui.ctx());
                        self.try_commit(language, f.path, &|s| set(s, value.clone()))
                            .err()
                    }
                    Err(message) => Some(message),
                };
                self.drafts.map.insert(
                    f.path.to_owned(),
                    Draft {
                        text: text.clone(),
                        error,
                    },
                );
            }
            // Leaving a valid field shows the value as the app formats it.
            if response.lost_focus() && self.drafts.get(f.path).is_some_and(|d| d.error.is_none()) {
                self.drafts.map.remove(f.path);
            }
            response
        }
    }

    /// A yen amount ("3,450", "3450円", "JPY 3,450", "¥3,450", full-width digits).
    pub fn yen(
        &mut self,
        ui: &mut Ui,
        f: Field<'_>,
        current: Decimal,
        set: impl Fn(&mut Scenario, Decimal),
    ) -> Response {
        let language = super::lang::language(ui.ctx());
        let parse =
            move |t: &str| parse_yen(t).map_err(|e| in_language(language, "err-not-yen", t, e));
        self.field(ui, f, current, |v| format_yen(*v), parse, set)
    }

    /// A rate stored as a fraction and shown as a percent ("3", "3%", "3.0 %").
    pub fn percent(
        &mut self,
        ui: &mut Ui,
        f: Field<'_>,
        current: Decimal,
        set: impl Fn(&mut Scenario, Decimal),
    ) -> Response {
        let language = super::lang::language(ui.ctx());
        self.field(
            ui,
            f,
            current,
            |v| format_grouped(*v * Decimal::ONE_HUNDRED),
            move |t: &str| {
                parse_percent(t).map_err(|e| in_language(language, "err-not-percent", t, e))
            },
            set,
        )
    }

    /// A whole count (shares, rights, persons) that fits `max`.
    pub fn count(
        &mut self,
        ui: &mut Ui,
        f: Field<'_>,
        current: u64,
        max: u64,
        set: impl Fn(&mut Scenario, u64),
    ) -> Response {
        let language = super::lang::language(ui.ctx());
        self.field(
            ui,
            f,
            current,
            |v| format_count(*v),
            move |t: &str| count_at_most(language, t, max),
            set,
        )
    }

    /// A count that may be left empty ("not entered"): an empty box is `None`.
    pub fn optional_count(
        &mut self,
        ui: &mut Ui,
        f: Field<'_>,
        current: Option<u64>,
        max: u64,
        set: impl Fn(&mut Scenario, Option<u64>),
    ) -> Response {
        let language = super::lang::language(ui.ctx());
        self.field(
            ui,
            f,
            current,
            |v| v.map(format_count).unwrap_or_default(),
            move |t: &str| {
                if t.trim().is_empty() {
                    Ok(None)
                } else {
                    count_at_most(language, t, max).map(Some)
                }
            },
            set,
        )
    }

    /// A yen amount that may be left empty (net income, EPS): an empty box is `None`.
    pub fn optional_yen(
        &mut self,
        ui: &mut Ui,
        f: Field<'_>,
        current: Option<Decimal>,
        set: impl Fn(&mut Scenario, Option<Decimal>),
    ) -> Response {
        let language = super::lang::language(ui.ctx());
        self.field(
            ui,
            f,
            current,
            |v| v.map(format_yen).unwrap_or_default(),
            move |t: &str| {
                if t.trim().is_empty() {
                    Ok(None)
                } else {
                    parse_yen(t)
                        .map(Some)
                        .map_err(|e| in_language(language, "err-not-yen", t, e))
                }
            },
            set,
        )
    }

    /// A plain number (a ratio, years).
    pub fn decimal(
        &mut self,
        ui: &mut Ui,
        f: Field<'_>,
        current: Decimal,
        set: impl Fn(&mut Scenario, Decimal),
    ) -> Response {
        let language = super::lang::language(ui.ctx());
        let parse = move |t: &str| {
            parse_decimal(t).map_err(|e| in_language(language, "err-not-number", t, e))
        };
        self.field(ui, f, current, |v| format_grouped(*v), parse, set)
    }

    /// A date: "2013-07-10", "2013/7/10", "2013年7月10日" or an era form ("H25.7.10").
    pub fn date(
        &mut self,
        ui: &mut Ui,
        f: Field<'_>,
        current: NaiveDate,
        set: impl Fn(&mut Scenario, NaiveDate),
    ) -> Response {
        let language = super::lang::language(ui.ctx());
        let parse = move |t: &str| parse_date(t).map_err(|e| date_error(language, e));
        self.field(ui, f, current, |d| d.to_string(), parse, set)
    }

    /// An optional date; empty means "not set" (derived, or the series' own end).
    pub fn optional_date(
        &mut self,
        ui: &mut Ui,
        f: Field<'_>,
        current: Option<NaiveDate>,
        set: impl Fn(&mut Scenario, Option<NaiveDate>),
    ) -> Response {
        let language = super::lang::language(ui.ctx());
        self.field(
            ui,
            f,
            current,
            |d| d.map(|d| d.to_string()).unwrap_or_default(),
            move |t: &str| {
                if t.trim().is_empty() {
                    Ok(None)
                } else {
                    parse_date(t).map(Some).map_err(|e| date_error(language, e))
                }
            },
            set,
        )
    }

    /// A list typed on one line, comma-separated ("NASDAQ:IIJI, TSE:3774").
    pub fn list(
        &mut self,
        ui: &mut Ui,
        f: Field<'_>,
        current: &[String],
        set: impl Fn(&mut Scenario, Vec<String>),
    ) -> Response {
        self.field(
            ui,
            f,
            current.to_vec(),
            |v| v.join(", "),
            |t| {
                Ok(t.split([',', '、', '，'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect())
            },
            set,
        )
    }

    /// Text that has a default: the box shows `when_empty`, what the scenario prints
    /// while it holds none (a standard wording), and text equal to it is stored as none.
    pub fn standard_text(
        &mut self,
        ui: &mut Ui,
        f: Field<'_>,
        current: &str,
        when_empty: &str,
        set: impl Fn(&mut Scenario, String),
    ) -> Response {
        let shown = if current.is_empty() {
            when_empty
        } else {
            current
        };
        self.field(
            ui,
            f,
            shown.to_owned(),
            |s| s.clone(),
            |t| {
                Ok(if t == when_empty {
                    String::new()
                } else {
                    t.to_owned()
                })
            },
            set,
        )
    }

    /// Free text (names, purposes, notes): always accepted.
    pub fn text(
        &mut self,
        ui: &mut Ui,
        f: Field<'_>,
        current: &str,
        set: impl Fn(&mut Scenario, String),
    ) -> Response {
        self.field(
            ui,
            f,
            current.to_owned(),
            |s| s.clone(),
            |t| Ok(t.to_owned()),
            set,
        )
    }
}

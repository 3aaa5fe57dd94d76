//! Several scenarios side by side: every input and every figure in rows, lined up by
//! id, with the change of each column against the first. The window's Compare tab, the
//! `compare` command and the comparison's CSV and workbook all read this one table.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use super::summary::{Status, Unit, Value, summary};
use fluent_bundle::FluentValue;

use crate::domain::Message;
use crate::i18n::Language;
use crate::scenario::{Scenario, ScenarioResults};

/// At least two scenarios make a comparison, and six columns still fit a screen.
pub const MIN_COLUMNS: usize = 2;
pub const MAX_COLUMNS: usize = 6;

/// One scenario to compare and the name its column goes by (its file name).
pub struct Column<'a> {
    pub name: String,
    pub scenario: &'a Scenario,
}

/// Whether a row is something typed in or something computed from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Input,
    Figure,
}

/// One value of a row in one column.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The exact value (the difference is taken on it).
    pub value: Value,
    /// The value as a notice prints it, when it is rounded for print (3.01 %).
    pub stated: Option<Value>,
    pub status: Option<Status>,
    /// Equal identities mean equal values, also for what a cell only summarises (the
    /// closes of a price history).
    identity: u64,
}

impl Cell {
    fn new(value: Value, identity: u64) -> Self {
        Self {
            value,
            stated: None,
            status: None,
            identity,
        }
    }

    /// As the Summary shows it: the printed value where there is one.
    pub fn shown_in(&self, language: Language) -> String {
        let shown = self
            .stated
            .as_ref()
            .unwrap_or(&self.value)
            .display_in(language);
        match self.status {
            Some(status) => format!("{shown} ({})", status.text_in(language)),
            None => shown,
        }
    }
}

/// One row: an input or a figure, its value in each column (`None` where a scenario
/// does not have it: a section refused, an optional input left empty).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub kind: Kind,
    /// The Summary's section (`offering`, `timetable`, `option`, `volatility`, …), or
    /// `scenario` for the inputs that belong to none.
    pub group: &'static str,
    /// Stable id: a figure's `section.key`, an input's field path.
    pub id: String,
    label: Label,
    /// What the label says when the catalogue has no words for it.
    fallback: String,
    pub unit: Unit,
    pub cells: Vec<Option<Cell>>,
}

impl Row {
    /// The row's name in `language`.
    pub fn label_in(&self, language: Language) -> String {
        use crate::i18n::{lookup, lookup_with, text_with};
        let (id, n, list) = match &self.label {
            Label::Words(words) => return words.text(language),
            Label::Catalogue { id, n, list } => (id, *n, list),
        };
        let n_arg = [("n", FluentValue::from(n))];
        // An input's own words in a comparison (`input-…`: inputs only a file holds, and
        // items of a list, whose window labels are numbered), else the window's label.
        let leaf = lookup_with(language, &id.replacen("field-", "input-", 1), &n_arg)
            .or_else(|| lookup_with(language, id, &n_arg))
            .unwrap_or_else(|| self.fallback.clone());
        match list {
            Some(list) => text_with(
                language,
                "cmp-list-item",
                &[
                    (
                        "list",
                        FluentValue::from(lookup(language, list).unwrap_or_default()),
                    ),
                    ("n", FluentValue::from(n)),
                    ("item", FluentValue::from(leaf)),
                ],
            ),
            None => leaf,
        }
    }

    /// Whether any column holds something else than the first.
    pub fn differs(&self) -> bool {
        (1..self.cells.len()).any(|i| self.differs_at(i))
    }

    /// Whether column `i` holds something else than the first (a value where the first
    /// has none counts).
    pub fn differs_at(&self, i: usize) -> bool {
        let identity = |c: Option<&Option<Cell>>| c.and_then(|c| c.as_ref().map(|c| c.identity));
        identity(self.cells.get(i)) != identity(self.cells.first())
    }

    /// Column `i` against the first column, when both hold numbers of one kind.
    pub fn change(&self, i: usize) -> Option<Change> {
        let base = self.cells.first()?.as_ref()?;
        let other = self.cells.get(i)?.as_ref()?;
        change(&base.value, &other.value)
    }
}

/// How a row is named: words built from data, or a catalogue message.
#[derive(Debug, Clone, PartialEq)]
enum Label {
    /// An allotment group's row, named by the user.
    Words(Message),
    /// The message `id` (its `$n` the position in a list), in front of it the name of
    /// the list when the row is an item of one ("Use of proceeds 2: Amount").
    Catalogue {
        id: String,
        n: usize,
        list: Option<String>,
    },
}

/// What an exact difference counts, so it is written as the values are (円, 株).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Yen,
    Shares,
    Number,
}

/// The difference of a value from the first column's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change {
    /// Exact amounts and counts: the difference in the row's unit, and as a fraction
    /// of the first value (none when that is zero).
    Exact {
        delta: Decimal,
        relative: Option<Decimal>,
        /// What the difference counts: yen, shares, or a plain number.
        of: Counted,
    },
    /// Rates: the difference in percentage points (a fraction: 0.005 is 0.50 pt), shown
    /// with `dp` decimals as the rates themselves are.
    Points { delta: Decimal, dp: u32 },
    /// Statistics and model values (f64): the difference and its fraction of the first.
    Measured {
        delta: f64,
        relative: Option<f64>,
        dp: usize,
    },
    /// Dates: calendar days later (+) or earlier (−).
    Days(i64),
}

fn change(base: &Value, other: &Value) -> Option<Change> {
    let exact = |a: Decimal, b: Decimal, of: Counted| {
        let delta = b - a;
        Some(Change::Exact {
            delta,
            relative: (!a.is_zero()).then(|| delta / a),
            of,
        })
    };
    match (base, other) {
        (Value::Yen(a), Value::Yen(b)) => exact(*a, *b, Counted::Yen),
        (Value::Shares(a), Value::Shares(b)) => {
            exact(Decimal::from(*a), Decimal::from(*b), Counted::Shares)
        }
        (Value::Count(a), Value::Count(b)) => {
            exact(Decimal::from(*a), Decimal::from(*b), Counted::Number)
        }
        (Value::Decimal(a), Value::Decimal(b)) => exact(*a, *b, Counted::Number),
        (Value::Rate { rate: a, dp }, Value::Rate { rate: b, dp: dp_b }) => Some(Change::Points {
            delta: b - a,
            dp: (*dp).max(*dp_b),
        }),
        (Value::Percent { fraction: a, dp }, Value::Percent { fraction: b, .. }) => {
            let dp = (*dp as u32).min(10);
            Some(Change::Points {
                delta: Decimal::from_f64_retain(b - a)?.round_dp(dp + 2),
                dp,
            })
        }
        (Value::Number { value: a, dp }, Value::Number { value: b, .. }) => {
            Some(Change::Measured {
                delta: b - a,
                relative: (*a != 0.0).then(|| (b - a) / a),
                dp: *dp,
            })
        }
        (Value::Date(a), Value::Date(b)) => Some(Change::Days((*b - *a).num_days())),
        _ => None,
    }
}

/// "+", or the minus sign, before a difference's size.
fn signed(negative: bool, size: String) -> String {
    format!("{}{size}", if negative { '−' } else { '+' })
}

/// A fraction as a signed percent with two decimals, half up ("+1.02 %").
fn relative_text(fraction: Decimal) -> String {
    let pct = (fraction * Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    signed(
        pct.is_sign_negative() && !pct.is_zero(),
        format!("{} %", crate::domain::money::fixed_dp(pct.abs(), 2)),
    )
}

impl Change {
    /// Whether the difference is nil (a value equal to the first column's).
    pub fn is_zero(&self) -> bool {
        match self {
            Change::Exact { delta, .. } | Change::Points { delta, .. } => delta.is_zero(),
            Change::Measured { delta, .. } => *delta == 0.0,
            Change::Days(d) => *d == 0,
        }
    }

    /// In words: "+JPY 34 (+1.02 %)", "−0.50 pt", "+1 day"; Japanese "+34円（+1.02 %）".
    pub fn text_in(&self, language: Language) -> String {
        match *self {
            Change::Exact {
                delta,
                relative,
                of,
            } => {
                // Shown to the sen (two decimals) when it has more, as the figures
                // themselves are; a smaller difference with as many as it needs.
                let shown = (2..=10)
                    .map(|dp| {
                        delta
                            .abs()
                            .round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
                    })
                    .find(|d| !d.is_zero())
                    .unwrap_or(delta.abs());
                let size = match (of, shown.to_u64()) {
                    (Counted::Yen, _) => Value::Yen(shown).display_in(language),
                    (Counted::Shares, Some(n)) => Value::Shares(n).display_in(language),
                    _ => crate::domain::money::format_grouped(shown),
                };
                let delta_text = signed(delta.is_sign_negative() && !delta.is_zero(), size);
                match relative {
                    Some(r) => Message::id("cmp-change-relative")
                        .with("delta", delta_text)
                        .with("relative", relative_text(r))
                        .text(language),
                    None => delta_text,
                }
            }
            Change::Points { delta, dp } => {
                // Half up to the rates' decimals; a difference too small for those
                // gets as many more as it needs (never "+0.00 pt" for a change).
                let pct = delta * Decimal::ONE_HUNDRED;
                let round = |dp: u32| {
                    pct.abs()
                        .round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
                };
                let dp = (dp..=10)
                    .find(|dp| !round(*dp).is_zero() || pct.is_zero())
                    .unwrap_or(10);
                let size = crate::domain::money::fixed_dp(round(dp), dp);
                Message::id("cmp-change-points")
                    .with(
                        "delta",
                        signed(delta.is_sign_negative() && !delta.is_zero(), size),
                    )
                    .text(language)
            }
            Change::Measured {
                delta,
                relative,
                dp,
            } => {
                let delta_text = signed(delta < 0.0, format!("{:.dp$}", delta.abs()));
                match relative.and_then(Decimal::from_f64_retain) {
                    Some(r) => Message::id("cmp-change-relative")
                        .with("delta", delta_text)
                        .with("relative", relative_text(r))
                        .text(language),
                    None => delta_text,
                }
            }
            Change::Days(days) => Message::id("cmp-change-days")
                .with("sign", if days < 0 { "−" } else { "+" })
                .with("days", days.unsigned_abs())
                .text(language),
        }
    }
}

/// The table: a column per scenario, a row per input and figure, in the Summary's
/// groups.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Each column's name (its file name), in order.
    pub names: Vec<String>,
    /// Each column's scenario title, in English and Japanese.
    pub titles: Vec<(String, String)>,
    pub rows: Vec<Row>,
}

impl Comparison {
    /// The rows to show: all, or only those where a column differs from the first.
    pub fn rows(&self, only_differences: bool) -> impl Iterator<Item = &Row> {
        self.rows
            .iter()
            .filter(move |r| !only_differences || r.differs())
    }

    /// Column `i`'s title in `language`.
    pub fn title_in(&self, i: usize, language: Language) -> &str {
        let (en, ja) = &self.titles[i];
        match language {
            Language::Japanese if !ja.is_empty() => ja,
            _ => en,
        }
    }

    /// Lossless JSON: `{"files": [...], "inputs": {path: [v, …]}, "figures":
    /// {"section.key": [v, …]}}`, one value per file (`null` where a file lacks it).
    pub fn to_json(&self, only_differences: bool) -> serde_json::Value {
        let mut inputs = serde_json::Map::new();
        let mut figures = serde_json::Map::new();
        for row in self.rows(only_differences) {
            let values = row
                .cells
                .iter()
                .map(|c| {
                    c.as_ref()
                        .map_or(serde_json::Value::Null, |c| c.value.to_json())
                })
                .collect();
            let map = match row.kind {
                Kind::Input => &mut inputs,
                Kind::Figure => &mut figures,
            };
            map.insert(row.id.clone(), serde_json::Value::Array(values));
        }
        serde_json::json!({
            "files": self.names,
            "titles": self.titles.iter().map(|(en, _)| en).collect::<Vec<_>>(),
            "inputs": inputs,
            "figures": figures,
        })
    }
}

/// The groups in the Summary's order, with the scenario's own inputs (title, company,
/// drafts) first. Inputs sit in the group of the section they drive.
const GROUPS: [&str; 7] = [
    "scenario",
    "offering",
    "dilution",
    "timetable",
    "option",
    "volatility",
    "paid_option",
];

/// The Summary group an input belongs to, by the first part of its path.
fn group_of_input(path: &str) -> &'static str {
    match path.split('.').next().unwrap_or("") {
        "offering" => "offering",
        "capital" => "dilution",
        "schedule" => "timetable",
        "option" => "option",
        "price_history" => "volatility",
        "paid_option" => "paid_option",
        _ => "scenario",
    }
}

fn group_rank(group: &str) -> usize {
    GROUPS
        .iter()
        .position(|g| *g == group)
        .unwrap_or(GROUPS.len())
}

/// Compares `columns` (two to six; the caller says so when there are more or fewer).
pub fn compare(columns: &[Column<'_>]) -> Comparison {
    compare_with(columns, ScenarioResults::compute)
}

/// [`compare`] with each paid-in grant valued (seconds each at most): what the command
/// line prints, where nothing waits on a frame.
pub fn compare_valued(columns: &[Column<'_>]) -> Comparison {
    compare_with(columns, ScenarioResults::compute_valued)
}

/// [`compare`] with the grant values already known put in by `fill` (the window's
/// background valuations); a grant without one shows "not valued yet".
pub fn compare_filled(columns: &[Column<'_>], fill: impl Fn(&mut ScenarioResults)) -> Comparison {
    compare_with(columns, |scenario| {
        let mut results = ScenarioResults::compute(scenario);
        fill(&mut results);
        results
    })
}

fn compare_with(
    columns: &[Column<'_>],
    results_of: impl Fn(&Scenario) -> ScenarioResults,
) -> Comparison {
    let mut rows: Vec<Row> = Vec::new();
    let mut index: HashMap<(Kind, String), usize> = HashMap::new();
    let n = columns.len();
    for (i, column) in columns.iter().enumerate() {
        let results = results_of(column.scenario);
        let mut entries = inputs(column.scenario);
        entries.extend(figures(column.scenario, &results));
        for entry in entries {
            let at = *index
                .entry((entry.kind, entry.id.clone()))
                .or_insert_with(|| {
                    rows.push(Row {
                        kind: entry.kind,
                        group: entry.group,
                        id: entry.id.clone(),
                        label: entry.label.clone(),
                        fallback: entry.fallback.clone(),
                        unit: entry.unit,
                        cells: vec![None; n],
                    });
                    rows.len() - 1
                });
            rows[at].cells[i] = Some(entry.cell);
        }
    }
    // Inputs before figures within a group, each in the order first met; a stable sort
    // keeps that order.
    rows.sort_by_key(|r| (group_rank(r.group), r.kind == Kind::Figure));
    Comparison {
        names: columns.iter().map(|c| c.name.clone()).collect(),
        titles: columns
            .iter()
            .map(|c| (c.scenario.title.clone(), c.scenario.title_ja.clone()))
            .collect(),
        rows,
    }
}

/// A row as one scenario has it, before it is lined up with the others.
struct Entry {
    kind: Kind,
    group: &'static str,
    id: String,
    label: Label,
    fallback: String,
    unit: Unit,
    cell: Cell,
}

fn identity(value: &impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

fn figures(scenario: &Scenario, results: &ScenarioResults) -> Vec<Entry> {
    summary(scenario, results)
        .into_iter()
        .map(|f| {
            let label = f.label_words.clone().map_or_else(
                || Label::Catalogue {
                    id: format!("fig-{}", f.key),
                    n: 1,
                    list: None,
                },
                Label::Words,
            );
            let id = format!("{}.{}", f.section, f.key);
            let mut cell = Cell::new(f.value.clone(), identity(&f.value.plain()));
            cell.stated = f.stated.as_ref().map(|s| s.value.clone());
            cell.status = f.status;
            if let Value::Refused(e) = &f.value {
                cell.identity = identity(&(e.field.as_str(), e.message_in(Language::English)));
            }
            Entry {
                kind: Kind::Figure,
                group: f.section,
                id,
                label,
                fallback: f.label.clone(),
                unit: f.unit,
                cell,
            }
        })
        .collect()
}

/// Lists longer than this are summarised in one row (the closes of a price history,
/// the rows of a yield curve), their content still compared.
const LIST_ROWS: usize = 8;

/// Every input of `scenario`, by field path, from its saved form: what the file says
/// is what is compared.
fn inputs(scenario: &Scenario) -> Vec<Entry> {
    let doc = serde_json::to_value(scenario).unwrap_or_default();
    let mut out = Vec::new();
    flatten(&mut out, &mut Vec::new(), None, &doc);
    out
}

/// One segment of a field path: a key, or the position in a list (from 1).
enum Part<'a> {
    Key(&'a str),
    Item(usize),
}

fn flatten<'a>(
    out: &mut Vec<Entry>,
    path: &mut Vec<Part<'a>>,
    item: Option<(String, usize)>,
    value: &'a serde_json::Value,
) {
    use serde_json::Value as J;
    match value {
        J::Object(map) => {
            for (key, v) in map {
                if path.is_empty() && key == "schema_version" {
                    continue;
                }
                path.push(Part::Key(key));
                flatten(out, path, item.clone(), v);
                path.pop();
            }
        }
        J::Array(list) if list.len() <= LIST_ROWS && list.iter().all(J::is_object) => {
            let list_id = catalogue_id("cmp-list", path);
            for (i, v) in list.iter().enumerate() {
                path.push(Part::Item(i + 1));
                flatten(out, path, Some((list_id.clone(), i + 1)), v);
                path.pop();
            }
        }
        J::Null => {}
        leaf => out.push(input_entry(path, item, leaf)),
    }
}

/// The catalogue id of a path without its list positions: `field-offering-base_price`.
fn catalogue_id(prefix: &str, path: &[Part<'_>]) -> String {
    let mut id = prefix.to_owned();
    for part in path {
        if let Part::Key(k) = part {
            id.push('-');
            id.push_str(k);
        }
    }
    id
}

fn dotted(path: &[Part<'_>]) -> String {
    let parts: Vec<String> = path
        .iter()
        .map(|p| match p {
            Part::Key(k) => (*k).to_owned(),
            Part::Item(i) => i.to_string(),
        })
        .collect();
    parts.join(".")
}

/// Fields holding a fraction shown as a percent.
const RATE_FIELDS: [&str; 8] = [
    "discount_rate",
    "stated_capital_ratio",
    "spread_rate",
    "volatility",
    "risk_free_rate",
    "dividend_yield",
    "fraction",
    "drift",
];

/// Fields holding yen.
const YEN_FIELDS: [&str; 15] = [
    "base_price",
    "net_income",
    "eps",
    "issue_price",
    "tick_size",
    "amount_to_be_paid",
    "amount",
    "estimated_expenses",
    "share_price",
    "exercise_price",
    "dividend_per_share",
    "close",
    "yen",
    "threshold",
    "last_actual",
];

fn input_entry(
    path: &[Part<'_>],
    item: Option<(String, usize)>,
    leaf: &serde_json::Value,
) -> Entry {
    use serde_json::Value as J;
    let id = dotted(path);
    let leaf_name = match path.last() {
        Some(Part::Key(k)) => *k,
        _ => "",
    };
    let field_id = catalogue_id("field", path);
    let (value, unit) = match leaf {
        J::Bool(b) => (
            Value::Choice {
                key: if *b { "true" } else { "false" },
                label: if *b { "cmp-yes" } else { "cmp-no" },
            },
            Unit::Text,
        ),
        J::Number(n) => {
            let count = n.as_u64().unwrap_or_default();
            if leaf_name.contains("shares") {
                (Value::Shares(count), Unit::Shares)
            } else if leaf_name.contains("rights") {
                (Value::Count(count), Unit::Rights)
            } else if leaf_name == "persons" {
                (Value::Count(count), Unit::Persons)
            } else {
                (Value::Count(count), Unit::Dimensionless)
            }
        }
        J::String(s) => typed_text(leaf_name, s),
        J::Array(list)
            if list.iter().all(|v| !v.is_object() && !v.is_array()) && list.len() <= LIST_ROWS =>
        {
            let words: Vec<String> = list
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                .collect();
            (Value::Text(words.join(", ")), Unit::Text)
        }
        J::Array(list) => (Value::Count(list.len() as u64), Unit::Dimensionless),
        J::Object(_) | J::Null => (Value::Text(String::new()), Unit::Text),
    };
    let label = Label::Catalogue {
        id: field_id,
        n: item.as_ref().map_or(1, |(_, n)| *n),
        list: item.map(|(list, _)| list),
    };
    Entry {
        kind: Kind::Input,
        group: group_of_input(&id),
        fallback: id.clone(),
        id,
        label,
        unit,
        cell: Cell::new(value, identity(&leaf.to_string())),
    }
}

/// Fields holding a plain number (split ratios); digits elsewhere are words (a
/// securities code). A paid-in condition's `level` is a fraction of the exercise price
/// or yen, as its unit says, so it is compared as a number; its figure row beside it
/// gives the level in yen.
const NUMBER_FIELDS: [&str; 6] = [
    "dividend_split_ratio",
    "later_split_ratio",
    "ratio",
    "level",
    "correlation",
    "exercise_multiple",
];

/// A string field typed by its content and name: a date, a rate, yen, a number, or
/// words.
fn typed_text(field: &str, s: &str) -> (Value, Unit) {
    if let Ok(date) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return (Value::Date(date), Unit::Date);
    }
    if let Ok(v) = Decimal::from_str_exact(s) {
        if RATE_FIELDS.contains(&field) {
            let dp = v.normalize().scale().saturating_sub(2).max(2);
            return (Value::Rate { rate: v, dp }, Unit::Percent);
        }
        if YEN_FIELDS.contains(&field) {
            return (Value::Yen(v), Unit::Jpy);
        }
        if field == "term_years" {
            return (Value::Decimal(v), Unit::Years);
        }
        if NUMBER_FIELDS.contains(&field) {
            return (Value::Decimal(v), Unit::Dimensionless);
        }
    }
    match choice(s) {
        Some((key, label)) => (Value::Choice { key, label }, Unit::Text),
        None => (Value::Text(s.to_owned()), Unit::Text),
    }
}

/// The words of the file's fixed choices (a method, a sampling, where σ or r came from).
fn choice(s: &str) -> Option<(&'static str, &'static str)> {
    Some(match s {
        "discount" => ("discount", "radio-discount"),
        "entered" => ("entered", "cmp-choice-entered"),
        "weekly" => ("weekly", "radio-weekly"),
        "daily" => ("daily", "radio-daily"),
        "history" => ("history", "cmp-choice-history"),
        "manual" => ("manual", "cmp-choice-manual"),
        "curve" => ("curve", "cmp-choice-curve"),
        "close_of" => ("close_of", "cmp-choice-close-of"),
        "of_exercise_price" => ("of_exercise_price", "cmp-choice-of-exercise-price"),
        "yen" => ("yen", "cmp-choice-yen"),
        "knock-out-below" => ("knock-out-below", "paid-kind-knock-out-below"),
        "forced-exercise-below" => ("forced-exercise-below", "paid-kind-forced-exercise-below"),
        "knock-in-above" => ("knock-in-above", "paid-kind-knock-in-above"),
        "knock-out-above" => ("knock-out-above", "paid-kind-knock-out-above"),
        "knock-in-below" => ("knock-in-below", "paid-kind-knock-in-below"),
        "any_year" => ("any_year", "cmp-choice-any-year"),
        "given_year" => ("given_year", "cmp-choice-given-year"),
        "probabilities" => ("probabilities", "cmp-choice-probabilities"),
        "simulated" => ("simulated", "cmp-choice-simulated"),
        "auto" => ("auto", "cmp-choice-auto"),
        "simulation" => ("simulation", "cmp-choice-simulation"),
        _ => return None,
    })
}

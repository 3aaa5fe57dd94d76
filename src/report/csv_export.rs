//! CSV exports: every figure one per row, and the price series. UTF-8 with a header;
//! user text neutralised so no cell can run as a formula. The byte-order mark Excel
//! needs to read UTF-8 is added by `export::render`.

use rust_decimal::prelude::ToPrimitive;

use fluent_bundle::FluentValue;

use super::{ExportError, Value, neutralize, summary};
use crate::domain::volatility::adjust_for_splits;
use crate::i18n::{Language, text, text_with};
use crate::scenario::{Scenario, ScenarioResults};

fn finish(writer: csv::Writer<Vec<u8>>) -> Result<String, ExportError> {
    let bytes = writer
        .into_inner()
        .map_err(|e| ExportError::Csv(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| ExportError::Csv(e.to_string()))
}

/// `section,item,value,unit,key,rounding,status` (in `language`: 区分,項目,値,単位,キー,
/// 端数処理,状態), one figure per row, each value in its
/// unit (rates in percent, amounts as exact decimals); a section with a problem appears
/// as a row with its message, so the file never silently lacks it.
///
/// `key` is the figure's stable key (the JSON's). A figure a notice prints rounded is
/// followed by a row `<key>_stated` with the printed value and its rounding in words in
/// `rounding`; `status` says when a figure is not final ("assumed — set the date from the
/// launch notice", "undecided — …").
pub fn figures_csv(
    scenario: &Scenario,
    results: &ScenarioResults,
    language: Language,
) -> Result<String, ExportError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let csv_err = |e: csv::Error| ExportError::Csv(e.to_string());
    let words = |id: &str| text(language, id);
    w.write_record(
        [
            "csv-col-section",
            "csv-col-item",
            "csv-col-value",
            "csv-col-unit",
            "csv-col-key",
            "csv-col-rounding",
            "csv-col-status",
        ]
        .map(words),
    )
    .map_err(csv_err)?;
    // Exact values as data; words (a problem, a convention) in the file's language.
    let cell = |v: &Value| match v {
        Value::Text(_) | Value::Choice { .. } | Value::Undecided { .. } | Value::Refused(_) => {
            neutralize(&v.display_in(language))
        }
        v => v.plain(),
    };
    for f in summary(scenario, results) {
        let section = words(&format!("csv-section-{}", f.section));
        let label = f.label_in(language);
        let unit = f.unit.label_in(language);
        let status = f.status.map(|s| s.text_in(language)).unwrap_or_default();
        w.write_record([
            &section,
            &neutralize(&label),
            &cell(&f.value),
            &unit,
            &f.key,
            "",
            &status,
        ])
        .map_err(csv_err)?;
        if let Some(stated) = &f.stated {
            let stated_label = text_with(
                language,
                "csv-as-stated",
                &[("label", FluentValue::from(label.clone()))],
            );
            w.write_record([
                &section,
                &neutralize(&stated_label),
                &cell(&stated.value),
                &unit,
                &format!("{}_stated", f.key),
                &stated.rule_in(language),
                "",
            ])
            .map_err(csv_err)?;
        }
    }
    finish(w)
}

/// `date,close,adjusted_close`: the closes as saved, and divided by later splits.
pub fn prices_csv(scenario: &Scenario) -> Result<String, ExportError> {
    let h = &scenario.price_history;
    let adjusted = adjust_for_splits(&h.closes_f64(), &h.split_events()).map_err(|e| {
        ExportError::Incomplete {
            section: "price history",
            problem: e,
        }
    })?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let csv_err = |e: csv::Error| ExportError::Csv(e.to_string());
    w.write_record(["date", "close", "adjusted_close"])
        .map_err(csv_err)?;
    for (p, a) in h.closes.iter().zip(&adjusted) {
        // The adjusted close is statistics input (f64); the quoted close stays exact.
        let adjusted_text = match p.close.to_f64() {
            Some(_) => format!("{}", a.close),
            None => String::new(),
        };
        w.write_record([
            p.date.to_string(),
            p.close.normalize().to_string(),
            adjusted_text,
        ])
        .map_err(csv_err)?;
    }
    finish(w)
}

/// The comparison: `group,item,unit,kind,id` then each file's value, and after every
/// file but the first its change against the first (in the row's unit: yen, shares,
/// percentage points for rates, days for dates) and that change in percent. Values are
/// exact and machine-readable as in [`figures_csv`].
pub fn comparison_csv(
    cmp: &super::compare::Comparison,
    only_differences: bool,
    language: Language,
) -> Result<String, ExportError> {
    use super::compare::Change;
    let mut w = csv::Writer::from_writer(Vec::new());
    let csv_err = |e: csv::Error| ExportError::Csv(e.to_string());
    let words = |id: &str| text(language, id);
    let first = cmp.names.first().cloned().unwrap_or_default();
    let change_header = text_with(
        language,
        "cmp-col-change",
        &[("first", FluentValue::from(first))],
    );
    let mut header: Vec<String> = [
        "csv-col-section",
        "csv-col-item",
        "csv-col-unit",
        "csv-col-kind",
        "csv-col-key",
    ]
    .map(words)
    .to_vec();
    for (i, name) in cmp.names.iter().enumerate() {
        header.push(neutralize(name));
        if i > 0 {
            header.push(format!("{} ({})", change_header, neutralize(name)));
            header.push(format!(
                "{} ({})",
                words("cmp-col-change-percent"),
                neutralize(name)
            ));
        }
    }
    w.write_record(&header).map_err(csv_err)?;
    let cell = |v: &Value| match v {
        Value::Text(_) | Value::Choice { .. } | Value::Undecided { .. } | Value::Refused(_) => {
            neutralize(&v.display_in(language))
        }
        v => v.plain(),
    };
    let hundred = rust_decimal::Decimal::ONE_HUNDRED;
    for row in cmp.rows(only_differences) {
        let mut record = vec![
            words(&format!("cmp-group-{}", row.group)),
            neutralize(&row.label_in(language)),
            row.unit.label_in(language),
            words(match row.kind {
                super::compare::Kind::Input => "cmp-kind-input",
                super::compare::Kind::Figure => "cmp-kind-figure",
            }),
            row.id.clone(),
        ];
        for (i, c) in row.cells.iter().enumerate() {
            record.push(c.as_ref().map_or_else(String::new, |c| cell(&c.value)));
            if i > 0 {
                let (delta, relative) = match row.change(i) {
                    Some(Change::Exact {
                        delta, relative, ..
                    }) => (
                        delta.normalize().to_string(),
                        relative.map(|r| (r * hundred).normalize().to_string()),
                    ),
                    Some(Change::Points { delta, .. }) => {
                        ((delta * hundred).normalize().to_string(), None)
                    }
                    Some(Change::Measured {
                        delta, relative, ..
                    }) => (delta.to_string(), relative.map(|r| (r * 100.0).to_string())),
                    Some(Change::Days(days)) => (days.to_string(), None),
                    None => (String::new(), None),
                };
                record.push(delta);
                record.push(relative.unwrap_or_default());
            }
        }
        w.write_record(&record).map_err(csv_err)?;
    }
    finish(w)
}

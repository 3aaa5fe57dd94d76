//! The Volatility sheet: the sampled, split-adjusted closes in the window with their
//! log returns, σ as STDEV.S × √periods, the rolling σ, and a native line chart.

use chrono::NaiveDate;
use rust_xlsxwriter::{Chart, ChartType, Worksheet};

use super::{Formats, Rows, Sheet, abs_ref, num, rel_ref, to_f64};
use crate::domain::volatility::{Frequency, adjust_for_splits, rolling_volatility, sample};
use crate::report::ExportError;
use crate::scenario::{Scenario, VolatilityResults};

const COLUMNS: [(&str, f64); 6] = [
    ("xl-col-date", 12.0),
    ("xl-col-close-on-file", 14.0),
    ("xl-col-split-divisor", 12.0),
    ("xl-col-adjusted-close", 14.0),
    ("xl-col-log-return", 13.0),
    ("xl-col-rolling", 11.0),
];
/// Columns of the series and of the summary block beside it.
const DATE: u16 = 0;
const CLOSE: u16 = 1;
const DIVISOR: u16 = 2;
const ADJUSTED: u16 = 3;
const RETURN: u16 = 4;
const ROLLING: u16 = 5;
const LABEL: u16 = 7;
const VALUE: u16 = 8;

fn incomplete(e: crate::domain::FieldError) -> ExportError {
    ExportError::Incomplete {
        section: "volatility",
        problem: e,
    }
}

pub(crate) fn sheet(
    s: &Scenario,
    v: &VolatilityResults,
    f: &Formats,
) -> Result<Worksheet, ExportError> {
    let h = &s.price_history;
    let frequency: Frequency = h.frequency.into();
    let closes = h.closes_f64();
    let adjusted = adjust_for_splits(&closes, &h.split_events()).map_err(incomplete)?;
    let window = h.window();
    let in_window: Vec<_> = adjusted
        .into_iter()
        .filter(|c| window.start.is_none_or(|d| c.date >= d))
        .filter(|c| window.end.is_none_or(|d| c.date <= d))
        .collect();
    let samples = sample(&in_window, frequency);
    let k = h.rolling_returns as usize;
    let rolling = rolling_volatility(&samples, k, frequency);

    // Cumulative split divisor of a close dated `date`: the product of the ratios of
    // the splits after it, multiplied from the last one as the app does.
    let mut splits = h.split_events();
    splits.sort_by_key(|sp| sp.effective_date);
    let mut suffix = vec![1.0; splits.len() + 1];
    for i in (0..splits.len()).rev() {
        suffix[i] = suffix[i + 1] * splits[i].ratio;
    }
    let divisor = |date: NaiveDate| suffix[splits.partition_point(|sp| sp.effective_date <= date)];
    let raw_close = |date: NaiveDate| {
        closes
            .binary_search_by_key(&date, |c| c.date)
            .map(|i| closes[i].close)
            .unwrap_or(f64::NAN)
    };

    let mut w = Rows::new(Sheet::Volatility, &COLUMNS, f)?;
    w.set_width(6, 2.0);
    w.set_width(LABEL, 34.0);
    w.set_width(VALUE, 14.0);
    let close_fmt = f.yen_exact(rust_decimal::Decimal::new(1, 2));
    let ret_fmt = Formats::decimals(8);
    let sigma_fmt = Formats::percent(2);
    let n = samples.len() as u32;
    let first_row = 1u32;
    let last_row = n; // samples occupy rows 1..=n
    let periods_ref = abs_ref(VALUE, 8);

    let mut rolling_iter = rolling.iter().peekable();
    for (j, c) in samples.iter().enumerate() {
        let r = first_row + j as u32;
        w.date(r, DATE, c.date)?;
        w.number(r, CLOSE, raw_close(c.date), &close_fmt)?;
        w.number(r, DIVISOR, divisor(c.date), &f.general)?;
        w.formula(
            r,
            ADJUSTED,
            &format!("={}/{}", rel_ref(CLOSE, r), rel_ref(DIVISOR, r)),
            num(c.close),
            &close_fmt,
        )?;
        if j > 0 {
            let previous = samples[j - 1].close;
            w.formula(
                r,
                RETURN,
                &format!("=LN({}/{})", rel_ref(ADJUSTED, r), rel_ref(ADJUSTED, r - 1)),
                num((c.close / previous).ln()),
                &ret_fmt,
            )?;
        }
        while rolling_iter.peek().is_some_and(|(d, _)| *d < c.date) {
            rolling_iter.next();
        }
        if let Some((_, sigma)) = rolling_iter.next_if(|(d, _)| *d == c.date)
            && j >= k
        {
            w.formula(
                r,
                ROLLING,
                &format!(
                    "=STDEV.S({}:{})*SQRT({periods_ref})",
                    rel_ref(RETURN, r + 1 - k as u32),
                    rel_ref(RETURN, r)
                ),
                num(*sigma),
                &sigma_fmt,
            )?;
        }
    }

    // Summary block beside the series.
    let returns = format!(
        "{}:{}",
        rel_ref(RETURN, first_row + 1),
        rel_ref(RETURN, last_row.max(first_row + 1))
    );
    let label = |w: &mut Rows<'_>, row: u32, text: &str| w.text(row, LABEL, text, &f.wrap);
    w.text(0, LABEL, &f.t("xl-vol-historical-volatility"), &f.header)?;
    w.text(0, VALUE, &f.t("xl-col-value"), &f.header)?;
    label(&mut w, 1, &f.t("xl-vol-sampling"))?;
    let sampling = match frequency {
        Frequency::Daily => "der-daily",
        Frequency::Weekly => "der-weekly",
    };
    w.text(1, VALUE, &f.t(sampling), &f.text)?;
    label(&mut w, 2, &f.t("fig-first_date"))?;
    w.date(2, VALUE, v.first_date)?;
    label(&mut w, 3, &f.t("fig-last_date"))?;
    w.date(3, VALUE, v.last_date)?;
    label(&mut w, 4, &f.t("fig-samples"))?;
    w.formula(
        4,
        VALUE,
        &format!(
            "=COUNT({}:{})",
            rel_ref(ADJUSTED, first_row),
            rel_ref(ADJUSTED, last_row.max(first_row))
        ),
        v.samples.to_string(),
        &f.count,
    )?;
    label(&mut w, 5, &f.t("fig-returns"))?;
    w.formula(
        5,
        VALUE,
        &format!("=COUNT({returns})"),
        v.returns.to_string(),
        &f.count,
    )?;
    label(&mut w, 6, &f.t("xl-vol-mean-return"))?;
    w.formula(
        6,
        VALUE,
        &format!("=AVERAGE({returns})"),
        num(v.mean_return),
        &ret_fmt,
    )?;
    label(&mut w, 7, &f.t("xl-vol-stdev"))?;
    w.formula(
        7,
        VALUE,
        &format!("=STDEV.S({returns})"),
        num(v.stdev_per_period),
        &ret_fmt,
    )?;
    label(&mut w, 8, &f.t("xl-vol-periods-per-year"))?;
    w.number(8, VALUE, v.periods_per_year, &f.general)?;
    label(&mut w, 9, &f.t("xl-vol-annualised"))?;
    w.formula(
        9,
        VALUE,
        &format!("={}*SQRT({periods_ref})", rel_ref(VALUE, 7)),
        num(v.annualized),
        &Formats::percent(4),
    )?;
    label(&mut w, 10, &f.t("xl-vol-sigma-used"))?;
    w.formula(
        10,
        VALUE,
        "=Volatility",
        num(to_f64(s.option.volatility)),
        &Formats::percent(4),
    )?;
    label(&mut w, 11, &f.t("xl-vol-rolling-window"))?;
    w.formula(11, VALUE, "=RollingReturns", k.to_string(), &f.count)?;
    w.note_at(12, LABEL, VALUE, &f.t("xl-note-volatility"))?;

    if n >= 2 {
        let name = f.sheet(Sheet::Volatility);
        let name = name.as_str();
        let mut chart = Chart::new(ChartType::Line);
        chart.title().set_name(f.t("xl-vol-chart-title").as_str());
        chart
            .add_series()
            .set_name((name, 0, ADJUSTED))
            .set_categories((name, first_row, DATE, last_row, DATE))
            .set_values((name, first_row, ADJUSTED, last_row, ADJUSTED));
        if !rolling.is_empty() {
            chart
                .add_series()
                .set_name((name, 0, ROLLING))
                .set_categories((name, first_row, DATE, last_row, DATE))
                .set_values((name, first_row, ROLLING, last_row, ROLLING))
                .set_secondary_axis(true);
        }
        chart.x_axis().set_date_axis(true).set_num_format("yyyy-mm");
        chart
            .y_axis()
            .set_name(f.t("measure-jpy").as_str())
            .set_num_format("#,##0");
        chart.y2_axis().set_name("σ").set_num_format("0%");
        chart
            .legend()
            .set_position(rust_xlsxwriter::ChartLegendPosition::Bottom);
        chart.set_width(720).set_height(360);
        w.ws.insert_chart(16, LABEL, &chart)
            .map_err(super::xlsx_error)?;
    }

    w.finish(true)
}

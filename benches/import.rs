//! Speed goals of the price import (README lists the measured figures): reading a
//! 150,000-row daily price file and its weekly σ under 15 ms, and a 2,000,000-row file
//! under 0.25 s. The 150,000 rows are in Yahoo Finance's layout
//! (`Date,Open,High,Low,Close,Adj Close,Volume`), the widest a user brings; the
//! 2,000,000 in `Date,Close`, which keeps the file (34 MB) under the import's size limit.

use std::fmt::Write;
use std::hint::black_box;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use criterion::{Criterion, criterion_group, criterion_main};
use offering_desk::domain::money::price_to_f64;
use offering_desk::domain::volatility::{
    Close, Frequency, VolatilityWindow, historical_volatility,
};
use offering_desk::price_csv::parse_price_csv;

/// `rows` weekday closes from 1900 on, a seeded random walk in yen and sen, in Yahoo's
/// layout (`wide`) or as `Date,Close`.
pub fn price_file(rows: usize, wide: bool) -> String {
    let mut text = String::with_capacity(rows * 64);
    text.push_str(if wide {
        "Date,Open,High,Low,Close,Adj Close,Volume\n"
    } else {
        "Date,Close\n"
    });
    let mut date = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut price = 3450.0_f64;
    let mut written = 0;
    while written < rows {
        date = date + Days::new(1);
        if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            continue;
        }
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let u = (state >> 11) as f64 / (1u64 << 53) as f64 - 0.5;
        price = (price * (0.02 * u).exp()).clamp(100.0, 100_000.0);
        let close = (price * 10.0).round() / 10.0;
        let _ = if wide {
            writeln!(
                text,
                "{date},{close:.1},{:.1},{:.1},{close:.1},{close:.1},{}",
                close + 5.0,
                close - 5.0,
                1_000 + written % 977
            )
        } else {
            writeln!(text, "{date},{close:.1}")
        };
        written += 1;
    }
    text
}

/// What `offering-desk volatility` does with a file's text: read the closes, convert
/// them to statistics inputs once, weekly σ over the whole series.
fn import_and_sigma(text: &str) -> f64 {
    let parsed = parse_price_csv(text).expect("the generated file reads");
    let closes: Vec<Close> = parsed
        .closes
        .iter()
        .map(|(date, close)| Close {
            date: *date,
            close: price_to_f64(*close),
        })
        .collect();
    let window = VolatilityWindow {
        start: None,
        end: None,
    };
    historical_volatility(&closes, &[], window, Frequency::Weekly)
        .expect("enough closes")
        .annualized
}

fn import(c: &mut Criterion) {
    let mut group = c.benchmark_group("price import");
    group.sample_size(20);
    let small = price_file(150_000, true);
    group.bench_function("150,000 daily rows + weekly sigma", |b| {
        b.iter(|| import_and_sigma(black_box(&small)))
    });
    let large = price_file(2_000_000, false);
    group.sample_size(10);
    group.bench_function("2,000,000 daily rows + weekly sigma", |b| {
        b.iter(|| import_and_sigma(black_box(&large)))
    });
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);

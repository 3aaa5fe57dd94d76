//! Frame time of the real app (egui_kittest harness, no GPU) with 30 years of daily
//! closes loaded: the goal is under 4 ms of CPU per frame on the Volatility panel.

use std::hint::black_box;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use offering_desk::scenario::{self, PricePoint};
use offering_desk::ui::{DeskApp, Panel, StartOptions};
use rust_decimal::Decimal;

/// Weekdays from 1995 to 2024 with a deterministic random walk (~7,800 closes).
fn thirty_years_of_closes() -> Vec<PricePoint> {
    let mut date = NaiveDate::from_ymd_opt(1995, 1, 2).expect("valid date");
    let end = NaiveDate::from_ymd_opt(2024, 12, 31).expect("valid date");
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut price = 2_000.0f64;
    let mut closes = Vec::new();
    while date <= end {
        if !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let u = (state >> 11) as f64 / (1u64 << 53) as f64 - 0.5;
            price *= (0.05 * u).exp();
            closes.push(PricePoint {
                date,
                close: Decimal::from(price.round() as i64).max(Decimal::ONE),
            });
        }
        date = date + Days::new(1);
    }
    closes
}

fn harness_on(panel: Panel) -> (tempfile::TempDir, Harness<'static, DeskApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("thirty-years.json");
    let mut s = scenario::sample().expect("sample loads");
    s.price_history.closes = thirty_years_of_closes();
    s.price_history.splits.clear();
    s.price_history.window_start = None;
    s.price_history.window_end = None;
    offering_desk::storage::save_scenario(&path, &s).expect("saved");
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| {
            DeskApp::new(
                cc,
                StartOptions {
                    file: Some(path),
                    panel: Some(panel),
                    language: Some(offering_desk::i18n::Language::English),
                    ..StartOptions::default()
                },
            )
        });
    h.run();
    (dir, h)
}

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame, 30 years of daily closes");
    for panel in [Panel::Volatility, Panel::Offering, Panel::Options] {
        let (_dir, mut h) = harness_on(panel);
        group.bench_function(format!("{panel:?}"), |b| {
            b.iter(|| {
                h.step();
                black_box(h.output());
            })
        });
    }
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);

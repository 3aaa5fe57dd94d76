//! Replacing the price history through the real window: what happens to the splits
//! entered for the old closes (clear / keep / review and the default), suspected
//! unadjusted splits in the new closes, the notice that says what was decided, and the
//! background read of a large file with its progress and Cancel.

mod common;

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use common::*;
use eframe::egui::accesskit::{Role, Toggled};
use egui_kittest::kittest::{NodeT, Queryable};
use offering_desk::scenario::SplitTerms;
use offering_desk::ui::{Command, DeskApp, Panel};
use rust_decimal::Decimal;

type H = egui_kittest::Harness<'static, DeskApp>;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn click(h: &mut H, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Another share's closes, every weekday from 1999-07-01 to 2025-06-30: 1,000 + 400
/// sin(t / 50) yen on the t-th weekday (600 to 1,400: never within 0.5 % of the sample's,
/// which are above 2,500 yen), with a 1:5 split on Wednesday 2015-04-01 left unadjusted:
/// closes from that date on are a fifth (120 to 280). Returns the number of rows.
fn write_other_share(path: &Path) -> usize {
    let mut text = String::from("Date,Close\n");
    let mut day = date(1999, 7, 1);
    let mut rows = 0usize;
    while day <= date(2025, 6, 30) {
        if day.weekday().num_days_from_monday() < 5 {
            let t = rows as f64;
            let price = 1_000.0 + 400.0 * (t / 50.0).sin();
            let price = if day >= date(2015, 4, 1) {
                price / 5.0
            } else {
                price
            };
            text.push_str(&format!("{day},{price:.1}\n"));
            rows += 1;
        }
        day = day.succ_opt().unwrap();
    }
    std::fs::write(path, text).unwrap();
    rows
}

/// Weekdays from 1999-07-01 (Thursday) to 2025-06-30 (Monday): 9,497 days are 1,356
/// whole weeks (6,780 weekdays) and 5 days more, Thursday to Monday (3 weekdays).
const OTHER_SHARE_ROWS: usize = 6_783;

fn import(h: &mut H, path: &Path) {
    h.state_mut()
        .push(Command::PreviewPrices(path.to_path_buf()));
    // One frame carries out the command; the read then runs beside the frames.
    h.step();
    wait_for_import(h);
}

fn temp_csv(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    (dir, path)
}

fn toggled(h: &H, label: &str) -> Option<Toggled> {
    h.get_by_label(label).accesskit_node().toggled()
}

fn sample_split() -> SplitTerms {
    SplitTerms {
        effective_date: date(2012, 10, 1),
        ratio: Decimal::from(200),
    }
}

#[test]
fn another_shares_closes_clear_the_old_split_by_default() {
    let (_dir, path) = temp_csv("other.csv");
    assert_eq!(write_other_share(&path), OTHER_SHARE_ROWS);
    let mut h = harness_on(Panel::Volatility);
    import(&mut h, &path);

    assert!(shows(&h, "6,783 closes from 1999-07-01 to 2025-06-30"));
    // All 1,868 sample dates are weekdays inside the new span, and no close agrees.
    assert!(shows(
        &h,
        "The new closes differ from the loaded ones on 1,868 of 1,868 shared dates"
    ));
    assert_eq!(toggled(&h, "Clear them (default)"), Some(Toggled::True));
    assert_eq!(toggled(&h, "Keep them"), Some(Toggled::False));
    // The 1:5 split in the new closes: 2015-03-31 is weekday t = 4,108 from the start,
    // 1,000 + 400 sin(82.16) = 1,184.2 (to one decimal, as written); 2015-04-01 at
    // t = 4,109 is (1,000 + 400 sin(82.18)) / 5 = 238.3; 1,184.2 / 238.3 = 4.969 ≈ 5.
    assert!(shows(
        &h,
        "2015-04-01: 1,184.20 → 238.30 (÷ 4.97), looks like a 1:5 split"
    ));
    assert!(shows(
        &h,
        "On replace: Cleared the adjustments entered for the old closes (2012-10-01 × 200): \
         the new file is another source."
    ));
    click(&mut h, "Add a 1:5 split on 2015-04-01");
    click(&mut h, "Replace price history");

    let history = &h.state().scenario().price_history;
    assert_eq!(history.closes.len(), OTHER_SHARE_ROWS);
    assert_eq!(
        history.splits,
        vec![SplitTerms {
            effective_date: date(2015, 4, 1),
            ratio: Decimal::from(5),
        }]
    );
    assert_eq!(history.source, "Imported from other.csv");
    assert!(shows(&h, "Imported 6,783 closes from other.csv."));
    assert!(shows(&h, "Added a 1:5 split on 2015-04-01."));
    // The option's σ was measured on the sample; the new closes give another figure.
    // The sample's σ window on the new closes: Python's statistics.stdev of the weekly
    // (last close of each ISO week) log returns × √52 = 0.2195103167526783 → 21.9510 %.
    assert!(shows(
        &h,
        "The option's σ (42.5281\u{a0}%) does not come from these closes: over 2005-12-02 \
         to 2013-07-11, weekly, they give 21.9510\u{a0}%; update it on the Stock options panel."
    ));
    assert!(shows(&h, "1 problem"));
    h.get_by_label("⚠ 1 problem").click();
    h.run();
    assert!(shows(
        &h,
        "σ 42.5281\u{a0}% no longer comes from the loaded price history"
    ));
}

#[test]
fn keeping_the_old_split_on_another_shares_closes_is_flagged() {
    let (_dir, path) = temp_csv("other.csv");
    write_other_share(&path);
    let mut h = harness_on(Panel::Volatility);
    import(&mut h, &path);
    click(&mut h, "Keep them");
    // The new closes move normally on 2012-10-01, so the kept 1:200 split makes a jump.
    assert!(shows(
        &h,
        "the closes do not jump here, but a ratio of 200 is entered: it makes a jump"
    ));
    assert!(shows(
        &h,
        "Kept the adjustments entered before (2012-10-01 × 200), as chosen, although the \
         new file looks like another source."
    ));
    click(&mut h, "Replace price history");
    assert_eq!(
        h.state().scenario().price_history.splits,
        vec![sample_split()]
    );
    // Two suspected splits (2012-10-01 and 2015-04-01) and the σ no longer measured.
    assert!(shows(&h, "⚠ 3 problems"));
    assert!(shows(&h, "Remove the split entered on 2012-10-01"));
    click(&mut h, "Remove the split entered on 2012-10-01");
    assert!(h.state().scenario().price_history.splits.is_empty());
    assert!(shows(&h, "⚠ 2 problems"));
}

#[test]
fn review_shows_how_each_split_fits_the_new_closes() {
    let (_dir, path) = temp_csv("other.csv");
    write_other_share(&path);
    let mut h = harness_on(Panel::Volatility);
    import(&mut h, &path);
    click(&mut h, "Review each");
    // Across 2012-10-01 the new closes move by less than 1 %: the split does not fit,
    // so it is not ticked.
    assert!(shows(&h, "no split: keeping it would create a jump"));
    assert_eq!(toggled(&h, "Keep 2012-10-01 × 200"), Some(Toggled::False));
    click(&mut h, "Replace price history");
    assert!(h.state().scenario().price_history.splits.is_empty());
    assert!(shows(
        &h,
        "After review, kept 0 of 1 split or consolidation. Removed: 2012-10-01 × 200."
    ));
}

#[test]
fn the_same_closes_keep_the_split_by_default() {
    let path = PathBuf::from("assets/prices/iij-2005-2013-synthetic.csv");
    let mut h = harness_on(Panel::Volatility);
    import(&mut h, &path);
    assert!(shows(
        &h,
        "The new closes match the loaded ones on 1,868 of 1,868 shared dates"
    ));
    assert_eq!(toggled(&h, "Keep them (default)"), Some(Toggled::True));
    // 858,700 / 4,212 = 203.87 across the kept 1:200 split: it fits.
    click(&mut h, "Review each");
    assert_eq!(toggled(&h, "Keep 2012-10-01 × 200"), Some(Toggled::True));
    assert!(shows(&h, "the new closes move ÷ 203.87 there: it matches"));
    click(&mut h, "Keep them (default)");
    assert!(shows(
        &h,
        "None: no move between consecutive closes of × 1.8 or more either way is left \
         unexplained."
    ));
    click(&mut h, "Replace price history");
    let history = &h.state().scenario().price_history;
    assert_eq!(history.splits, vec![sample_split()]);
    assert_eq!(history.closes.len(), 1_868);
    assert!(shows(
        &h,
        "Kept the adjustments entered before (2012-10-01 × 200): the new closes match the \
         old ones."
    ));
    assert!(shows(&h, "No problems"));
    assert!(shows(&h, "In use for the option valuation"));
}

/// Rows of the large test file: weekday-free consecutive days from 1800-01-01, closes
/// cycling 1,000.00 … 1,099.99 (never a large move), every 50,000th row unreadable.
fn write_large(path: &Path, rows: usize) -> usize {
    let mut text = String::with_capacity(rows * 20);
    text.push_str("Date,Close\n");
    let mut day = date(1800, 1, 1);
    let mut rejected = 0;
    for i in 0..rows {
        if i % 50_000 == 49_999 {
            text.push_str(&format!("{day},n/a\n"));
            rejected += 1;
        } else {
            text.push_str(&format!(
                "{day},{}.{:02}\n",
                1_000 + (i / 100) % 100,
                i % 100
            ));
        }
        day = day.succ_opt().unwrap();
    }
    std::fs::write(path, text).unwrap();
    rows - rejected
}

#[test]
fn a_large_file_is_read_in_the_background_with_progress() {
    let (_dir, path) = temp_csv("large.csv");
    // 450,000 rows of "1800-01-01,1000.00": 19 bytes each, 8.6 MB.
    let accepted = write_large(&path, 450_000);
    // 9 of the 450,000 rows (every 50,000th) are unreadable.
    assert_eq!(accepted, 449_991);
    assert!(std::fs::metadata(&path).unwrap().len() > 8_000_000);

    let mut h = harness_on(Panel::Offering);
    h.state_mut().push(Command::PreviewPrices(path.clone()));
    h.step();
    // The window keeps drawing frames while the worker reads and parses.
    let mut frames_while_reading = 0;
    let mut saw_progress = false;
    let started = std::time::Instant::now();
    while h.state().importing() {
        saw_progress |= shows(&h, "large.csv:") && shows(&h, "Cancel import");
        frames_while_reading += 1;
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(1));
        assert!(
            started.elapsed().as_secs() < 300,
            "the import did not finish"
        );
    }
    wait_for_import(&mut h);
    assert!(frames_while_reading >= 1);
    assert!(
        saw_progress,
        "no progress shown in {frames_while_reading} frames"
    );
    assert!(shows(&h, "449,991 closes from 1800-01-01 to"));
    assert!(shows(&h, "9 lines rejected:"));
    // Nothing changes before the user says so.
    assert_eq!(h.state().scenario().price_history.closes.len(), 1_868);
    click(&mut h, "Replace price history");
    assert_eq!(h.state().scenario().price_history.closes.len(), 449_991);
}

#[test]
fn cancelling_a_read_changes_nothing() {
    let (_dir, path) = temp_csv("large.csv");
    write_large(&path, 450_000);
    let mut h = harness_on(Panel::Volatility);
    h.state_mut().push(Command::PreviewPrices(path.clone()));
    h.step();
    h.step();
    assert!(h.state().importing());
    h.get_by_label("Cancel import").click();
    h.step();
    wait_for_import(&mut h);
    assert!(shows(&h, "cancelled"));
    assert!(!shows(&h, "Replace price history"));
    assert_eq!(h.state().scenario().price_history.closes.len(), 1_868);
    assert!(!h.state().is_dirty());
}

#[test]
fn a_file_that_fails_changes_nothing() {
    let (dir, path) = temp_csv("bad.csv");
    std::fs::write(&path, "Date,Close\n2013-07-11,abc\n").unwrap();
    let mut h = harness_on(Panel::Volatility);
    import(&mut h, &path);
    assert!(shows(&h, "Could not import the price history"));
    assert!(shows(&h, "no usable rows"));
    // Over the size limit: refused before a byte is read (a sparse file).
    let big = dir.path().join("big.csv");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(offering_desk::storage::MAX_FILE_BYTES + 1)
        .unwrap();
    import(&mut h, &big);
    assert!(shows(&h, "the limit is 52428800 bytes"));
    assert_eq!(h.state().scenario().price_history.closes.len(), 1_868);
    assert!(!h.state().is_dirty());
}

#[test]
fn a_shift_jis_broker_file_imports_and_says_how_it_was_read() {
    // tests/fixtures/broker/make.py: eight Friday closes, newest first, in Shift_JIS.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broker/closes-sjis.csv");
    let mut h = harness();
    import(&mut h, &path);
    assert!(shows(
        &h,
        "8 closes from 2013-05-17 to 2013-07-05 (columns “日付” and “終値”; Shift_JIS (CP932) text)."
    ));
    click(&mut h, "Replace price history");
    let closes = &h.state().scenario().price_history.closes;
    assert_eq!(closes.len(), 8);
    assert_eq!(closes[0].date, date(2013, 5, 17));
    assert_eq!(closes[0].close, Decimal::from(3600));
    assert_eq!(closes[7].date, date(2013, 7, 5));
    assert_eq!(closes[7].close, Decimal::from(3450));
}

#[test]
fn what_replacing_does_is_said_in_japanese() {
    let (_dir, path) = temp_csv("other.csv");
    assert_eq!(write_other_share(&path), OTHER_SHARE_ROWS);
    let mut h = japanese_on(Some(Panel::Volatility));
    import(&mut h, &path);
    // The same file as above: another share's closes, with a 1:5 split on 2015-04-01.
    assert!(shows(
        &h,
        "置き換えると：古い終値に入力されていた調整（2012-10-01 × 200）を消去しました。\
         新しいファイルは別の出所のものです。"
    ));
    assert!(shows(
        &h,
        "2015-04-01：1,184.20 → 238.30（÷ 4.97）、調整が入力されていない1:5の株式分割のようです"
    ));
    click(&mut h, "2015-04-01 に1:5の株式分割を追加");
    click(&mut h, "株価履歴を置き換える");
    let history = &h.state().scenario().price_history;
    assert_eq!(history.closes.len(), OTHER_SHARE_ROWS);
    assert_eq!(history.splits.len(), 1);
    assert!(shows(&h, "2015-04-01 に1:5の株式分割を追加しました。"));
}

#[test]
fn another_close_column_is_chosen_in_the_preview() {
    // tests/fixtures/sources/make.py: J-Quants daily quotes across a 1:200 split whose
    // ex-date is 2012-09-26; 2012-10-02 had no trading.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sources/jquants.csv");
    let mut h = harness_on(Panel::Volatility);
    import(&mut h, &path);
    assert!(shows(
        &h,
        "13 closes from 2012-09-18 to 2012-10-05 (columns “Date” and “Close”; UTF-8 text)."
    ));
    assert!(shows(&h, "line 12: close is empty — 2012-10-02,37740,"));
    // The raw closes jump at the ex-date: a suspected split.
    assert!(shows(&h, "looks like a 1:200 split"));
    assert!(!shows(&h, "holds adjusted closes"));

    h.get_by_role_and_label(Role::ComboBox, "Close from column")
        .click();
    h.run();
    assert!(shows_exactly(&h, "Close (default)"));
    h.get_by_label("AdjustmentClose").click();
    h.step();
    wait_for_import(&mut h);
    assert!(shows(
        &h,
        "13 closes from 2012-09-18 to 2012-10-05 (columns “Date” and “AdjustmentClose”;"
    ));
    assert!(shows(
        &h,
        "⚠ “AdjustmentClose” holds adjusted closes, which already include splits: the split \
         list must be empty (Clear them), or the splits are applied twice."
    ));
    // The adjusted closes move smoothly across the ex-date.
    assert!(shows(&h, "None: no move between consecutive closes"));
    assert_eq!(toggled(&h, "Clear them (default)"), Some(Toggled::True));
    click(&mut h, "Replace price history");

    let history = &h.state().scenario().price_history;
    assert!(history.splits.is_empty());
    let closes: Vec<(NaiveDate, Decimal)> =
        history.closes.iter().map(|p| (p.date, p.close)).collect();
    assert_eq!(closes.len(), 13);
    assert_eq!(closes[0], (date(2012, 9, 18), Decimal::from(4260)));
    assert_eq!(closes[5], (date(2012, 9, 25), Decimal::from(4345)));
    assert_eq!(closes[6], (date(2012, 9, 26), Decimal::from(4330)));
    assert_eq!(closes[12], (date(2012, 10, 5), Decimal::from(4370)));
}

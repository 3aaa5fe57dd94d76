//! The Compare tab and "Duplicate as variant", driven through the real window.

mod common;

use common::{
    drop_files, harness, harness_on, japanese_on, paid_file, shows, shows_exactly, step_until,
};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use offering_desk::scenario::{IssuePriceTerms, sample, to_json};
use offering_desk::ui::{Command, DeskApp, Panel};

fn click(h: &mut Harness<'static, DeskApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// The sample with a 4 % discount, saved as `four.json` in `dir`: issue price
/// 3,450 × 0.96 = 3,312, 34 yen (1.02 %) under the seed's 3,346.
fn four_percent_file(dir: &std::path::Path) -> std::path::PathBuf {
    let mut s = sample().unwrap();
    s.offering.issue_price = IssuePriceTerms::Discount {
        discount_rate: "0.04".parse().unwrap(),
    };
    s.title = "Discount 4 %".into();
    let path = dir.join("four.json");
    std::fs::write(&path, to_json(&s)).unwrap();
    path
}

#[test]
fn a_file_compared_with_the_open_scenario_shows_its_changes() {
    let dir = tempfile::tempdir().unwrap();
    let four = four_percent_file(dir.path());
    let mut h = harness_on(Panel::Compare);
    assert!(shows(&h, "Add one or more scenario files"));

    h.state_mut().push(Command::AddToComparison(vec![four]));
    h.run();
    assert!(shows_exactly(&h, "four.json"));
    assert!(shows_exactly(&h, "Discount 4 %"));
    assert!(shows_exactly(&h, "−JPY 34 (−1.02 %)"));
    assert!(shows_exactly(&h, "+1.00 pt"));
    // Equal rows show until hidden.
    assert!(shows_exactly(&h, "Total amount to be paid"));
    click(&mut h, "Hide equal rows");
    assert!(!shows_exactly(&h, "Total amount to be paid"));
    assert!(shows_exactly(&h, "Issue price (selling price)"));

    // An edit of the open scenario is compared at once: with a 4 % discount too, the
    // issue price row is equal and hidden.
    let mut edited = h.state().scenario().clone();
    edited.offering.issue_price = IssuePriceTerms::Discount {
        discount_rate: "0.04".parse().unwrap(),
    };
    let path = dir.path().join("edited.json");
    std::fs::write(&path, to_json(&edited)).unwrap();
    h.state_mut().push(Command::Open(path));
    h.run();
    h.state_mut().push(Command::ShowPanel(Panel::Compare));
    h.run();
    assert!(!shows_exactly(&h, "Issue price (selling price)"));
}

#[test]
fn a_file_that_does_not_load_is_listed_and_the_others_compare() {
    let dir = tempfile::tempdir().unwrap();
    let four = four_percent_file(dir.path());
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{ not json").unwrap();
    let mut h = harness_on(Panel::Compare);
    h.state_mut()
        .push(Command::AddToComparison(vec![broken, four]));
    h.run();
    assert!(shows(&h, "broken.json was left out"));
    assert!(shows_exactly(&h, "−JPY 34 (−1.02 %)"));
    // Removing it leaves the comparison as it was.
    click(&mut h, "Remove from the comparison");
    assert!(!shows(&h, "broken.json was left out"));
    assert!(shows_exactly(&h, "−JPY 34 (−1.02 %)"));
}

#[test]
fn the_compare_tab_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let four = four_percent_file(dir.path());
    let mut h = japanese_on(Some(Panel::Compare));
    h.state_mut().push(Command::AddToComparison(vec![four]));
    h.run();
    assert!(shows_exactly(&h, "−34円（−1.02 %）"));
    assert!(shows_exactly(&h, "+1.00ポイント"));
    assert!(shows_exactly(&h, "発行価格（売出価格）") || shows(&h, "発行価格"));
    click(&mut h, "同じ行を隠す");
    assert!(shows_exactly(&h, "−34円（−1.02 %）"));
}

#[test]
fn duplicate_as_variant_keeps_the_base_file_and_compares_the_two() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.json");
    std::fs::write(&base, to_json(&sample().unwrap())).unwrap();
    let on_disk = std::fs::read(&base).unwrap();
    let mut h = harness();
    h.state_mut().push(Command::Open(base.clone()));
    h.run();
    click(&mut h, "File");
    click(&mut h, "Duplicate as variant");
    let title = h.state().scenario().title.clone();
    assert!(title.ends_with(" (variant 2)"), "{title}");
    assert!(h.state().is_dirty(), "the variant is unsaved work");
    assert!(shows(&h, "unsaved variant of base.json"));

    // Saving never touches the base: Save asks where to put the variant.
    h.state_mut().push(Command::ShowPanel(Panel::Compare));
    h.run();
    assert!(shows_exactly(&h, "base.json"));
    // Titles differ, every figure is equal: hiding equal rows leaves the title alone.
    click(&mut h, "Hide equal rows");
    assert!(shows_exactly(&h, title.as_str()));
    assert!(!shows_exactly(&h, "Issue price (selling price)"));
    assert_eq!(std::fs::read(&base).unwrap(), on_disk);
}

#[test]
fn scenario_files_dropped_on_the_compare_tab_join_the_comparison() {
    let dir = tempfile::tempdir().unwrap();
    let four = four_percent_file(dir.path());
    let mut two = sample().unwrap();
    two.offering.issue_price = IssuePriceTerms::Discount {
        discount_rate: "0.02".parse().unwrap(),
    };
    let two_path = dir.path().join("two.json");
    std::fs::write(&two_path, to_json(&two)).unwrap();
    let mut h = harness_on(Panel::Compare);
    drop_files(&mut h, &[four, two_path]);
    h.run();
    // Both are columns beside the open sample, none of them opened in its place.
    assert!(shows_exactly(&h, "four.json"));
    assert!(shows_exactly(&h, "two.json"));
    assert_eq!(h.state().scenario(), &sample().unwrap());
    // 3,450 × 0.98 = 3,381: 35 yen over 3,346, +1.0460 % → +1.05 %.
    assert!(shows_exactly(&h, "+JPY 35 (+1.05 %)"));
    assert!(shows_exactly(&h, "−JPY 34 (−1.02 %)"));
}

#[test]
fn a_scenario_file_dropped_on_another_tab_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let four = four_percent_file(dir.path());
    let mut h = harness_on(Panel::Offering);
    drop_files(&mut h, &[four]);
    h.run();
    assert_eq!(h.state().scenario().title, "Discount 4 %");
}

/// Runs frames until neither the open scenario's grant nor a compared file's is being
/// valued, then lets the window settle. Bounded by frames: each grant here is the
/// Black–Scholes value, done at once.
fn wait_for_values(h: &mut Harness<'static, DeskApp>) {
    let idle = |h: &Harness<'static, DeskApp>| !h.state().valuing() && !h.state().compare_valuing();
    assert!(step_until(h, 20_000, idle), "a valuation did not end");
    h.run();
}

/// Exports the table to `compared.csv` in `dir` as the Compare tab's button does.
fn export_csv(h: &mut Harness<'static, DeskApp>, dir: &std::path::Path) -> std::path::PathBuf {
    let out = dir.join("compared.csv");
    h.state_mut().push(Command::ExportComparison(
        offering_desk::report::ComparisonFormat::Csv,
        out.clone(),
    ));
    h.run();
    out
}

#[test]
fn paid_in_grants_are_valued_in_the_compare_tab_as_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    // No condition: the value is Black–Scholes, exact (mpmath, 40 digits, as in
    // ui_paid.rs): S 3,509, X 3,450, T = 364 / 365, σ 42.5281 %, r 1.25 %, q 0.76 %:
    // 617.68664571… per share, 61,769 yen per right; with S 3,600, 673.28545521…,
    // 67,329 yen. The open scenario is the first; the file with S 3,600 the second.
    let open = paid_file(dir.path(), |json| {
        json["paid_option"]["conditions"] = serde_json::json!([]);
    });
    let higher_dir = dir.path().join("higher");
    std::fs::create_dir(&higher_dir).unwrap();
    let higher = paid_file(&higher_dir, |json| {
        json["paid_option"]["conditions"] = serde_json::json!([]);
        json["paid_option"]["share_price"] = serde_json::json!("3600");
    });
    let mut h = harness_on(Panel::Compare);
    h.state_mut().push(Command::Open(open));
    h.run();
    h.state_mut().push(Command::AddToComparison(vec![higher]));
    h.run();
    h.state_mut().push(Command::ShowPanel(Panel::Compare));
    wait_for_values(&mut h);
    assert!(!shows(&h, "not valued yet"));
    assert!(shows_exactly(&h, "JPY 61,769"));
    assert!(shows_exactly(&h, "JPY 67,329"));
    // 5,560 / 61,769 = 9.001 %.
    assert!(shows_exactly(&h, "+JPY 5,560 (+9.00 %)"));
    // 617.68664571 to 673.28545521 per share.
    assert!(shows_exactly(&h, "673.2855"));

    // Exported, the table carries the values too.
    let out = export_csv(&mut h, dir.path());
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.contains("61769"), "{csv}");
    assert!(csv.contains("67329"), "{csv}");
    assert!(!csv.contains("not valued"), "{csv}");
}

#[test]
fn the_comparison_is_not_exported_while_a_grant_is_being_valued() {
    let dir = tempfile::tempdir().unwrap();
    // The bundled example as it is: tiers on a simulated metric, valued by simulation
    // at the default accuracy, seconds of work in a test build.
    let example = std::path::PathBuf::from("assets/scenarios/paid-in-example.json");
    let mut h = harness_on(Panel::Compare);
    h.state_mut().push(Command::AddToComparison(vec![example]));
    h.run();
    assert!(h.state().compare_valuing());
    assert!(shows(
        &h,
        "Valuing the paid-in grants of the compared files: 1 of 1"
    ));
    assert!(shows_exactly(&h, "not valued yet"));
    let out = export_csv(&mut h, dir.path());
    assert!(
        !out.exists(),
        "a table with a grant not valued yet was written"
    );
    assert!(shows(&h, "once every paid-in grant in it is valued"));
}
